//! Building blocks shared by every document type: the issuing body, the
//! signer, nơi nhận, citations and generic content blocks.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A calendar date, written in YAML as `2026-03-05` or `05/3/2026`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-date"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                crate::vn::date::parse(v)
                    .map(Date)
                    .map_err(|(hint, m)| E::custom(crate::load::de::mistake(hint, m)))
            }
        }
        d.deserialize_str(DateVisitor)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

/// Text printed on one or more lines (tên cơ quan): a string, which vanban
/// breaks between its phrases where the column needs it (`vn::name`), or a
/// list of lines where the user wants the breaks (a line too long for the
/// column is still broken, between phrases).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Lines(pub Vec<String>);

impl<'de> Deserialize<'de> for Lines {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct LinesVisitor;
        impl<'de> Visitor<'de> for LinesVisitor {
            type Value = Lines;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-lines"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Lines, E> {
                Ok(Lines(v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Lines, A::Error> {
                let mut lines = Vec::new();
                while let Some(line) = seq.next_element::<String>()? {
                    lines.push(line);
                }
                if lines.is_empty() {
                    return Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("lines-empty"),
                    )));
                }
                Ok(Lines(lines))
            }
        }
        d.deserialize_any(LinesVisitor)
    }
}

/// The issuing body (ô 2 of the NĐ30 diagram).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// Tên cơ quan chủ quản trực tiếp (optional), e.g. `UBND TỈNH THANH HÓA`;
    /// printed in capitals, upright. Text, or its lines: `[Ủy ban nhân dân,
    /// tỉnh Lào Cai]`.
    #[serde(default)]
    pub parent: Option<Lines>,
    /// Tên cơ quan ban hành; printed in capitals, bold. Text, or its lines:
    /// `[Sở Nông nghiệp, và Môi trường]`.
    pub name: Lines,
    /// The body's abbreviation in ký hiệu (`UBND`).
    pub abbr: String,
}

/// A quyền hạn prefix of the signer block (NĐ30 Điều 13; spec §3.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Prefix {
    /// Thay mặt: signing for a collective body.
    TM,
    /// Quyền: acting head.
    Q,
    /// Ký thay: a deputy signing for the head.
    KT,
    /// Thừa lệnh.
    TL,
    /// Thừa ủy quyền.
    TUQ,
}

impl Prefix {
    pub fn as_str(self) -> &'static str {
        match self {
            Prefix::TM => "TM.",
            Prefix::Q => "Q.",
            Prefix::KT => "KT.",
            Prefix::TL => "TL.",
            Prefix::TUQ => "TUQ.",
        }
    }
}

/// One line of the signer block above the chức vụ: `KT. CHỦ TỊCH`,
/// written in YAML as `KT. Chủ tịch`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Authority {
    pub prefix: Prefix,
    /// The office or body on whose behalf the signer signs.
    pub of: String,
}

impl<'de> Deserialize<'de> for Authority {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let (head, rest) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
        let prefix = match head {
            "TM." => Prefix::TM,
            "Q." => Prefix::Q,
            "KT." => Prefix::KT,
            "TL." => Prefix::TL,
            "TUQ." => Prefix::TUQ,
            _ => {
                let message = crate::t!("authority-prefix", text = text.as_str());
                return Err(de::Error::custom(crate::load::de::mistake("authority-prefix", message)));
            }
        };
        let of = rest.trim();
        if of.is_empty() {
            let message = crate::t!("authority-no-office", text = text.as_str(), head = head);
            return Err(de::Error::custom(crate::load::de::mistake("authority-prefix", message)));
        }
        Ok(Authority { prefix, of: of.to_string() })
    }
}

/// The signer block (ô 7a–7c).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Quyền hạn lines above the chức vụ, outermost first: `TM. Ủy ban nhân
    /// dân`, `KT. Chủ tịch`.
    #[serde(default)]
    pub authority: Vec<Authority>,
    /// Chức vụ of the person who signs: `Phó Chủ tịch`.
    pub title: String,
    /// Họ và tên, without học hàm or học vị.
    pub name: String,
    /// The signer's image: a PNG of the handwritten signature in blue, on a
    /// transparent background (Phụ lục I, II.7.d), relative to this file.
    #[serde(default)]
    pub signature: Option<String>,
    /// The organisation's seal, drawn at its real size over the left third
    /// of the signature (Phụ lục I, II.8.a).
    #[serde(default)]
    pub seal: Option<Seal>,
}

/// A certified copy of the document (bản sao, NĐ30 Phần II; spec §4.4–4.5):
/// who makes it, its number in the register of copies, when, and who
/// signs it. Printed only when asked for (`render --copy sao-y`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CopyInfo {
    /// The body that makes the copy (cơ quan sao); the issuer if not given.
    #[serde(default)]
    pub issuer: Option<Issuer>,
    /// Số of the copy in the copy register (one register for SY, SL and
    /// TrS); null leaves it blank.
    #[serde(default)]
    pub number: Option<u32>,
    /// Địa danh of the copy's date; the document's if not given.
    #[serde(default)]
    pub place: Option<String>,
    /// The date of the copy; null leaves day and month blank.
    #[serde(default)]
    pub date: Option<Date>,
    /// When an electronic copy is signed: `14:30:05`, Vietnam time (+07:00).
    #[serde(default)]
    pub time: Option<Time>,
    /// Who certifies the copy (often `TL. Chủ tịch` / `Chánh Văn phòng`).
    pub signer: Signer,
    /// Nơi nhận of the copy.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// The `Lưu:` line of the copy.
    #[serde(default = "crate::model::default_archive")]
    pub archive: Vec<String>,
    /// For a trích sao of a quyết định: the Điều copied, by number
    /// (`[1, 3]`), printed from the document as they are in it.
    #[serde(default)]
    pub articles: Vec<u32>,
    /// For a trích sao: the part of the content that is copied, written
    /// out as in the original (after the `articles`, if any).
    #[serde(default)]
    pub excerpt: Vec<Block>,
}

/// The forms of copy (NĐ30 Điều 25; spec §4.4): one register, three forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyKind {
    /// Sao y: the whole document, as it is.
    SaoY,
    /// Sao lục: a copy made from a sao y.
    SaoLuc,
    /// Trích sao: part of the document.
    TrichSao,
}

impl CopyKind {
    pub fn from_key(key: &str) -> Option<CopyKind> {
        match key {
            "sao-y" => Some(CopyKind::SaoY),
            "sao-luc" => Some(CopyKind::SaoLuc),
            "trich-sao" => Some(CopyKind::TrichSao),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CopyKind::SaoY => "sao-y",
            CopyKind::SaoLuc => "sao-luc",
            CopyKind::TrichSao => "trich-sao",
        }
    }

    /// Hình thức sao as printed: `SAO Y`.
    pub fn label(self) -> &'static str {
        match self {
            CopyKind::SaoY => "SAO Y",
            CopyKind::SaoLuc => "SAO LỤC",
            CopyKind::TrichSao => "TRÍCH SAO",
        }
    }

    /// The abbreviation in the copy's ký hiệu: `05/SY-UBND`.
    pub fn abbr(self) -> &'static str {
        match self {
            CopyKind::SaoY => "SY",
            CopyKind::SaoLuc => "SL",
            CopyKind::TrichSao => "TrS",
        }
    }
}

/// A time of day, `14:30:05`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time(pub chrono::NaiveTime);

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TimeVisitor;
        impl Visitor<'_> for TimeVisitor {
            type Value = Time;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-time"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Time, E> {
                chrono::NaiveTime::parse_from_str(v.trim(), "%H:%M:%S").map(Time).map_err(|_| {
                    E::custom(crate::load::de::mistake("wrong-type", crate::t!("time-format", text = v)))
                })
            }
        }
        d.deserialize_str(TimeVisitor)
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%H:%M:%S"))
    }
}

impl JsonSchema for Time {
    fn schema_name() -> Cow<'static, str> {
        "Time".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[0-9]{2}:[0-9]{2}:[0-9]{2}$" })
    }
}

/// The seal image and its physical size.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// A PNG of the seal in red on a transparent background, relative to
    /// this file.
    pub image: String,
    /// The seal's diameter: `35mm` (or `3.5cm`). The image is drawn exactly
    /// this wide, whatever its pixels.
    pub diameter: Millimetres,
}

/// A physical length, exact to a tenth of a millimetre: `35mm`, `3.5cm`, or
/// a number of millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Millimetres {
    pub tenths: u32,
}

impl Millimetres {
    pub fn mm(self) -> f64 {
        f64::from(self.tenths) / 10.0
    }

    /// Parses `35mm`, `35.5 mm`, `3.5cm` or `35`.
    pub fn parse(text: &str) -> Option<Millimetres> {
        let t = text.trim();
        let (number, factor) = if let Some(n) = t.strip_suffix("mm") {
            (n, 10.0)
        } else if let Some(n) = t.strip_suffix("cm") {
            (n, 100.0)
        } else {
            (t, 10.0)
        };
        let n = number.trim();
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        let tenths = n.parse::<f64>().ok()? * factor;
        (tenths.is_finite() && (0.0..1e6).contains(&tenths))
            .then(|| Millimetres { tenths: tenths.round() as u32 })
    }
}

impl fmt::Display for Millimetres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.tenths.is_multiple_of(10) {
            write!(f, "{}mm", self.tenths / 10)
        } else {
            write!(f, "{}.{}mm", self.tenths / 10, self.tenths % 10)
        }
    }
}

impl Serialize for Millimetres {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Millimetres {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct LengthVisitor;
        impl Visitor<'_> for LengthVisitor {
            type Value = Millimetres;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-length"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Millimetres, E> {
                Millimetres::parse(v).ok_or_else(|| {
                    E::custom(crate::load::de::mistake("wrong-type", crate::t!("length-format", text = v)))
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Millimetres, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Millimetres, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Millimetres, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(LengthVisitor)
    }
}

impl JsonSchema for Millimetres {
    fn schema_name() -> Cow<'static, str> {
        "Millimetres".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string", "pattern": "^\\s*[0-9.]+\\s*(mm|cm)?\\s*$" },
                { "type": "number", "minimum": 0 }
            ],
            "description": "a length: 35mm, 3.5cm, or millimetres"
        })
    }
}

/// One entry of nơi nhận (or Kính gửi): the recipient and, optionally, why it
/// receives the document (`để b/c`). Written as text or as a mapping; text
/// ending in `(để …)` is split into the two parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipient {
    pub to: String,
    pub purpose: Option<String>,
}

impl Recipient {
    fn from_text(text: &str) -> Self {
        let text = text.trim();
        if let Some(open) = text.rfind(" (")
            && text.ends_with(')')
        {
            let purpose = &text[open + 2..text.len() - 1];
            if purpose.starts_with("để ") {
                return Recipient { to: text[..open].to_string(), purpose: Some(purpose.to_string()) };
            }
        }
        Recipient { to: text.to_string(), purpose: None }
    }
}

impl<'de> Deserialize<'de> for Recipient {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            to: String,
            #[serde(default)]
            purpose: Option<String>,
        }
        struct RecipientVisitor;
        impl<'de> Visitor<'de> for RecipientVisitor {
            type Value = Recipient;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-recipient"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Recipient, E> {
                Ok(Recipient::from_text(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Recipient, A::Error> {
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Recipient { to: full.to, purpose: full.purpose })
            }
        }
        d.deserialize_any(RecipientVisitor)
    }
}

/// A cited document: the parts NĐ30 asks for at its first citation (tên
/// loại, số/ký hiệu, date, issuer, trích yếu). Text fields refer to it by
/// `id` (`{{ cite("qd1719") }}`) so it is cited the same way everywhere.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    #[serde(default)]
    pub id: Option<String>,
    /// Tên loại: `Quyết định`, `Nghị quyết`, `Luật` …
    pub kind: String,
    /// Số và ký hiệu: `1719/QĐ-TTg`.
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    /// The body that issued it: `Thủ tướng Chính phủ`.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Its trích yếu as cited, with its connective: `phê duyệt …`, `về việc …`.
    #[serde(default)]
    pub subject: Option<String>,
    /// The document that replaced this one, if it is no longer in force
    /// (`check` and `rollover` report it).
    #[serde(default)]
    pub replaced_by: Option<String>,
    /// How its date is printed: `short` (`ngày 31/5/2022`) or `long`
    /// (`ngày 31 tháng 5 năm 2022`); default: the document's
    /// `citation_dates`, else short (long for a Luật, cited by name).
    #[serde(default)]
    pub date_style: Option<DateStyle>,
    /// A Luật, Bộ luật, Pháp lệnh or Hiến pháp is cited by name; `true`
    /// prints its số after the name too (`Luật số 47/2019/QH14 ngày …`).
    #[serde(default)]
    pub with_number: bool,
}

/// How a cited document's date is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateStyle {
    /// `ngày 31/5/2022`.
    Short,
    /// `ngày 31 tháng 5 năm 2022`.
    Long,
}

/// The punctuation after the last căn cứ: `.` closes the block; `;` when
/// a connecting sentence follows as its own paragraph (`Ủy ban nhân dân
/// tỉnh ban hành Kế hoạch …`); `,` when what follows continues the
/// sentence; `:` before a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum BasesEnd {
    #[serde(rename = ".")]
    Stop,
    #[serde(rename = ";")]
    Semicolon,
    #[serde(rename = ",")]
    Comma,
    #[serde(rename = ":")]
    Colon,
}

impl BasesEnd {
    pub fn mark(self) -> &'static str {
        match self {
            BasesEnd::Stop => ".",
            BasesEnd::Semicolon => ";",
            BasesEnd::Comma => ",",
            BasesEnd::Colon => ":",
        }
    }
}

/// One căn cứ: a citation, several citations of one kind and issuer printed
/// on one line (`Căn cứ các Quyết định của Thủ tướng Chính phủ: số …; số …`),
/// or free text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub replaced_by: Option<String>,
    /// `short` or `long` date, as for a citation.
    #[serde(default)]
    pub date_style: Option<DateStyle>,
    /// The số of a Luật printed too, as for a citation.
    #[serde(default)]
    pub with_number: bool,
    /// Citations sharing kind and issuer, printed on one line.
    #[serde(default)]
    pub group: Vec<Citation>,
    /// A căn cứ written out in full, used as it is.
    #[serde(default)]
    pub text: Option<String>,
}

impl Basis {
    /// The single citation this căn cứ is, if it is one.
    pub fn citation(&self) -> Option<Citation> {
        Some(Citation {
            id: self.id.clone(),
            kind: self.kind.clone()?,
            number: self.number.clone(),
            date: self.date,
            issuer: self.issuer.clone(),
            subject: self.subject.clone(),
            replaced_by: self.replaced_by.clone(),
            date_style: self.date_style,
            with_number: self.with_number,
        })
    }

    /// Every citation this căn cứ contains.
    pub fn citations(&self) -> Vec<Citation> {
        self.citation().into_iter().chain(self.group.iter().cloned()).collect()
    }
}

/// Generic content: a paragraph (text; `- ` and `+ ` at the start make the
/// dash and plus items of Vietnamese documents), a titled section, or a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Block {
    Paragraph(String),
    Section(Section),
    Table(TableBlock),
    Item(Item),
    Heading(SubHeading),
}

/// A numbered paragraph that is not a heading (`1. Bộ Tài chính chủ trì
/// …`, the whole paragraph in regular weight): numbered in its level's
/// style, counted with the sections around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub text: String,
    /// An explicit number, as for a section.
    pub number: Option<String>,
    /// How the blocks under it are numbered; default `a)` under `1.` and
    /// `1.1.`, else the next style.
    pub numbering: Option<Numbering>,
    /// Blocks under it.
    pub content: Vec<Block>,
}

/// An unnumbered sub-heading (`Thuận lợi cơ bản`): bold, or as its markup
/// says (`*Khó khăn*` italic, `**…**` bold); kept with what follows and
/// not counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubHeading {
    pub heading: String,
}

/// A table in a list of blocks (`- table: {…}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableBlock {
    pub table: super::table::Table,
}

/// How the sub-sections of a section (or of a document's content) are
/// numbered; the default follows the depth (`I.`, `1.`, `1.1.`, `a)`, `-`, `+`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum Numbering {
    /// `Phần I`, `Phần II`: a part heading, centred, its title in capitals
    /// on the next line (layout B); its sections are numbered `I.`.
    #[serde(rename = "Phần")]
    Part,
    /// `Chương I`: as a part; its sections are `Mục 1`, `Mục 2`.
    #[serde(rename = "Chương")]
    Chapter,
    /// `Mục 1`: as a part, with Arabic numerals; its sections are `1.`.
    #[serde(rename = "Mục")]
    Muc,
    /// `Tiểu mục 1`: as `Mục`.
    #[serde(rename = "Tiểu mục")]
    TieuMuc,
    /// `Điều 1.`: the article of a quy chế, quy định …: bold label and
    /// title, indented; numbered through the whole text (not again in
    /// each Chương); its khoản are `1.`, their điểm `a)`.
    #[serde(rename = "Điều")]
    Article,
    /// `A.`, `B.`: the level above `I.` (its sections are `I.`).
    #[serde(rename = "A.")]
    UpperLetter,
    #[serde(rename = "I.")]
    Roman,
    #[serde(rename = "1.")]
    Decimal,
    /// `1.1.`: the parent's number, then this one's.
    #[serde(rename = "1.1.")]
    Nested,
    #[serde(rename = "a)")]
    Letter,
    #[serde(rename = "(i)")]
    RomanLower,
    #[serde(rename = "-")]
    Dash,
    #[serde(rename = "+")]
    Plus,
    #[serde(rename = "none")]
    None,
}

/// The numbering of a text's levels, outermost first: one style
/// (`numbering: I.`) or one per level (`numbering: [Chương, Điều]`: Chương
/// holding Điều; `[Chương, Mục, Điều]`). Levels not listed follow the
/// default after the last one listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Outline(pub Vec<Numbering>);

impl<'de> Deserialize<'de> for Outline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Outline;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-outline"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Outline, A::Error> {
                let mut levels = Vec::new();
                while let Some(level) = seq.next_element()? {
                    levels.push(level);
                }
                Ok(Outline(levels))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Outline, E> {
                Numbering::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|n| Outline(vec![n]))
            }
            // `numbering: 1.` unquoted is the number 1 to YAML.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Outline, E> {
                if v == 1.0 { Ok(Outline(vec![Numbering::Decimal])) } else { self.visit_str(&v.to_string()) }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Outline, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Outline, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Outline {
    fn schema_name() -> Cow<'static, str> {
        "Outline".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<Numbering>();
        json_schema!({ "anyOf": [item, { "type": "array", "items": item, "minItems": 1 }] })
    }
}

/// A titled group of blocks, numbered by its position (or by `number`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    /// Text printed on the title's line, after it (`a) Chi đầu tư phát
    /// triển: Ước thực hiện …`), in regular weight.
    #[serde(default)]
    pub text: Option<String>,
    /// An explicit number (`3.2`), instead of the automatic one.
    #[serde(default)]
    #[schemars(schema_with = "text_or_number")]
    pub number: Option<String>,
    /// How this section's own sub-sections are numbered.
    #[serde(default)]
    pub numbering: Option<Numbering>,
    #[serde(default)]
    pub content: Vec<Block>,
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BlockVisitor;
        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = Block;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-block"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Block, E> {
                Ok(Block::Paragraph(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Any {
                    #[serde(default)]
                    title: Option<String>,
                    #[serde(default)]
                    number: Option<String>,
                    #[serde(default)]
                    numbering: Option<Numbering>,
                    #[serde(default)]
                    content: Option<Vec<Block>>,
                    #[serde(default)]
                    table: Option<super::table::Table>,
                    #[serde(default)]
                    text: Option<String>,
                    #[serde(default)]
                    heading: Option<String>,
                }
                let any = Any::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (any.title, any.table, any.text, any.heading) {
                    (Some(title), None, text, None) => Ok(Block::Section(Section {
                        title,
                        text,
                        number: any.number,
                        numbering: any.numbering,
                        content: any.content.unwrap_or_default(),
                    })),
                    (None, None, Some(text), None) => Ok(Block::Item(Item {
                        text,
                        number: any.number,
                        numbering: any.numbering,
                        content: any.content.unwrap_or_default(),
                    })),
                    (None, None, None, Some(heading))
                        if any.content.is_none() && any.number.is_none() && any.numbering.is_none() =>
                    {
                        Ok(Block::Heading(SubHeading { heading }))
                    }
                    (None, Some(table), None, None) if any.content.is_none() && any.number.is_none() => {
                        Ok(Block::Table(TableBlock { table }))
                    }
                    _ => Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("block-mixed"),
                    ))),
                }
            }
        }
        d.deserialize_any(BlockVisitor)
    }
}

/// A phụ lục: starts on a new page with `Phụ lục I`, its title and
/// `(Kèm theo … số … ngày … của …)`, numbered on its own.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appendix {
    /// The label as the original prints it (`Mẫu biểu số 01`, `Biểu số
    /// 02`, `PHỤ LỤC 01`), instead of `Phụ lục I`; the text must refer to
    /// it by this name.
    #[serde(default)]
    pub label: Option<String>,
    pub title: String,
    /// The `(Kèm theo …)` line as the original words it (`Kèm theo Kế
    /// hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau`),
    /// printed in parentheses, instead of the one vanban writes.
    #[serde(default)]
    pub attached: Option<String>,
    #[serde(default)]
    pub content: Vec<Block>,
    /// Landscape pages, for wide tables.
    #[serde(default)]
    pub landscape: bool,
}

/// An Điều of a quyết định: `Điều 1. Title` with its khoản, or one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// A title, printed bold after `Điều N.`.
    #[serde(default)]
    pub title: Option<String>,
    /// The Điều's text (after `Điều N.` when there is no title).
    #[serde(default)]
    pub text: Option<String>,
    /// Khoản, numbered 1., 2., …
    #[serde(default)]
    pub clauses: Vec<Clause>,
}

/// A khoản: text, with điểm a), b), c) … under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Clause {
    pub text: String,
    #[serde(default)]
    pub points: Vec<String>,
}

impl<'de> Deserialize<'de> for Clause {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            text: String,
            #[serde(default)]
            points: Vec<String>,
        }
        struct ClauseVisitor;
        impl<'de> Visitor<'de> for ClauseVisitor {
            type Value = Clause;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-clause"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Clause, E> {
                Ok(Clause { text: v.to_string(), points: Vec::new() })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Clause, A::Error> {
                let f = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Clause { text: f.text, points: f.points })
            }
        }
        d.deserialize_any(ClauseVisitor)
    }
}

/// The meeting a giấy mời invites to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// `Tới dự: …`: the meeting, when the trích yếu does not already name it.
    #[serde(default)]
    pub event: Option<String>,
    /// `08 giờ 00 phút, thứ Hai, ngày 12 tháng 01 năm 2027`.
    pub time: String,
    /// Địa điểm.
    pub venue: String,
    /// Nội dung: what the meeting is about.
    #[serde(default)]
    pub agenda: Vec<Block>,
    /// Who chairs it.
    #[serde(default)]
    pub chair: Option<String>,
    /// Thành phần: who is invited.
    #[serde(default)]
    pub participants: Vec<String>,
}

/// Ô 12 (NĐ30 Phụ lục I, mục II.9): ký hiệu người soạn thảo and số lượng
/// bản phát hành, printed at 11 pt in the bottom right corner of nơi nhận.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Drafter {
    /// As the office writes it: `09 KH`, `NN (03). Hg`.
    Text(String),
    /// Initials and a count: `PL.(300)`, NĐ30's form.
    Parts { initials: String, copies: u32 },
}

impl Drafter {
    /// The line printed in ô 12.
    pub fn line(&self) -> String {
        match self {
            Drafter::Text(t) => t.trim().to_string(),
            Drafter::Parts { initials, copies } => {
                format!(
                    "{}.({})",
                    crate::vn::text::upper(initials.trim()),
                    crate::vn::ky_hieu::number_text(*copies)
                )
            }
        }
    }
}

impl<'de> Deserialize<'de> for Drafter {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DrafterVisitor;
        impl<'de> Visitor<'de> for DrafterVisitor {
            type Value = Drafter;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-drafter"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Drafter, E> {
                Ok(Drafter::Text(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Drafter, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Full {
                    initials: String,
                    copies: u32,
                }
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                if full.copies == 0 {
                    return Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("drafter-no-copies"),
                    )));
                }
                Ok(Drafter::Parts { initials: full.initials, copies: full.copies })
            }
        }
        d.deserialize_any(DrafterVisitor)
    }
}

impl JsonSchema for Drafter {
    fn schema_name() -> Cow<'static, str> {
        "Drafter".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Ô 12: the drafter's initials and the number of copies, as text (`09 KH`) or as `initials` and `copies` (`PL.(300)`).",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "initials": { "type": "string" }, "copies": { "type": "integer", "minimum": 1 } },
                    "required": ["initials", "copies"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// A field that takes one item or a list of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<T> Default for OneOrMany<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-one-or-many"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

// JSON Schema of the types with hand-written deserializers, so that editors
// accept every form the loader accepts.

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date: 2026-03-05 or 05/3/2026.",
            "pattern": "^(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})$"
        })
    }
}

impl JsonSchema for Lines {
    fn schema_name() -> Cow<'static, str> {
        "Lines".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text, or a list of lines.",
            "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }]
        })
    }
}

impl JsonSchema for Authority {
    fn schema_name() -> Cow<'static, str> {
        "Authority".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A quyền hạn line: TM., Q., KT., TL. or TUQ. and the office, e.g. `KT. Chủ tịch`.",
            "pattern": "^(TM|Q|KT|TL|TUQ)\\. \\S"
        })
    }
}

impl JsonSchema for Recipient {
    fn schema_name() -> Cow<'static, str> {
        "Recipient".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A recipient as text (`Sở Y tế (để b/c)`), or `to` and `purpose`.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "to": { "type": "string" }, "purpose": { "type": ["string", "null"] } },
                    "required": ["to"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for Block {
    fn schema_name() -> Cow<'static, str> {
        "Block".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let section = generator.subschema_for::<Section>();
        let table = generator.subschema_for::<super::table::Table>();
        let blocks = generator.subschema_for::<Vec<Block>>();
        let numbering = generator.subschema_for::<Option<Numbering>>();
        json_schema!({
            "description": "A paragraph (text; `- ` and `+ ` items as typed), a section with `title` and `content`, a numbered paragraph (`text`), an unnumbered sub-heading (`heading`), or a table.",
            "anyOf": [
                { "type": "string" },
                section,
                {
                    "type": "object",
                    "description": "A numbered paragraph that is not a heading: `1. Bộ Tài chính chủ trì …` in regular weight.",
                    "properties": {
                        "text": { "type": "string" },
                        "number": { "type": ["string", "number", "null"] },
                        "numbering": numbering,
                        "content": blocks
                    },
                    "required": ["text"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "description": "An unnumbered sub-heading: bold, or italic/bold as its markup says.",
                    "properties": { "heading": { "type": "string" } },
                    "required": ["heading"],
                    "additionalProperties": false
                },
                { "type": "object", "properties": { "table": table }, "required": ["table"], "additionalProperties": false }
            ]
        })
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [item, { "type": "array", "items": item }] })
    }
}

/// For fields that read numbers as text (`number: 6`, `number: 18.2`).
pub(crate) fn text_or_number(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["string", "number", "null"] })
}

/// Độ mật (ô 10a), stamped under the số/ký hiệu: `MẬT`, `TỐI MẬT`,
/// `TUYỆT MẬT`. Each stamp is written as its key (`toi-mat`) or as the
/// words it prints (`TỐI MẬT`, `tối mật`), as users type them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Secrecy {
    #[serde(alias = "MẬT", alias = "mật", alias = "Mật")]
    Mat,
    #[serde(alias = "TỐI MẬT", alias = "tối mật", alias = "Tối mật")]
    ToiMat,
    #[serde(alias = "TUYỆT MẬT", alias = "tuyệt mật", alias = "Tuyệt mật")]
    TuyetMat,
}

/// Mức độ khẩn (ô 10b), stamped under the độ mật: `KHẨN`, `THƯỢNG KHẨN`,
/// `HỎA TỐC`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    #[serde(alias = "KHẨN", alias = "khẩn", alias = "Khẩn")]
    Khan,
    #[serde(alias = "THƯỢNG KHẨN", alias = "thượng khẩn", alias = "Thượng khẩn")]
    ThuongKhan,
    #[serde(
        alias = "HỎA TỐC",
        alias = "hỏa tốc",
        alias = "Hỏa tốc",
        alias = "HOẢ TỐC",
        alias = "hoả tốc",
        alias = "Hoả tốc"
    )]
    HoaToc,
}

/// Phạm vi lưu hành (ô 11), above the header: `XEM XONG TRẢ LẠI`, `LƯU
/// HÀNH NỘI BỘ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Circulation {
    #[serde(alias = "XEM XONG TRẢ LẠI", alias = "xem xong trả lại", alias = "Xem xong trả lại")]
    XemXongTraLai,
    #[serde(alias = "LƯU HÀNH NỘI BỘ", alias = "lưu hành nội bộ", alias = "Lưu hành nội bộ")]
    LuuHanhNoiBo,
}

/// Every stamp of ô 10a, 10b and 11: the key written in YAML and the words
/// printed.
pub const STAMPS: [(&str, &str); 8] = [
    ("mat", "MẬT"),
    ("toi-mat", "TỐI MẬT"),
    ("tuyet-mat", "TUYỆT MẬT"),
    ("khan", "KHẨN"),
    ("thuong-khan", "THƯỢNG KHẨN"),
    ("hoa-toc", "HỎA TỐC"),
    ("xem-xong-tra-lai", "XEM XONG TRẢ LẠI"),
    ("luu-hanh-noi-bo", "LƯU HÀNH NỘI BỘ"),
];

/// The words a stamp prints, from its YAML key (`toi-mat` → `TỐI MẬT`).
pub fn stamp_label(key: &str) -> Option<&'static str> {
    STAMPS.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}
