//! The document types besides the Kế hoạch (NĐ30 Phụ lục III, Mẫu 1.2–1.7):
//! only what each adds to the shared parts of [`super::document!`].

use super::common::{Article, Block, Date, Meeting, Numbering, Outline, Recipient};

super::document! {
    /// Quyết định (Mẫu 1.2; Mẫu 1.3 when it approves an attached document).
    QuyetDinh {
        /// Thẩm quyền ban hành, printed in capitals above the căn cứ:
        /// `Chủ tịch Ủy ban nhân dân xã Ngọc Liên`.
        pub authority: String,
        /// `Theo đề nghị của …`, closing the căn cứ.
        #[serde(default)]
        pub proposal: Option<String>,
        /// Điều 1, Điều 2, …
        pub articles: Vec<Article>,
        /// The Điều naming who carries the decision out; nơi nhận starts
        /// with `Như Điều N`. Default: the last Điều.
        #[serde(default)]
        pub executors_article: Option<u32>,
        /// A văn bản quy phạm pháp luật (a quyết định of an Ủy ban nhân dân
        /// under the Luật Ban hành văn bản quy phạm pháp luật), not an
        /// administrative one: its số carries the year (`Số:
        /// 25/2026/QĐ-UBND`), and after the căn cứ and `Theo đề nghị …;` it
        /// opens with the enactment sentence (`Ủy ban nhân dân tỉnh …
        /// ban hành Quyết định …`) instead of the authority line and
        /// `QUYẾT ĐỊNH:`.
        #[serde(default)]
        pub legal_normative: bool,
        /// The enactment sentence of a `legal_normative` quyết định, when
        /// not `<authority> ban hành Quyết định <trích yếu>.`
        #[serde(default)]
        pub enactment: Option<String>,
        /// A text this quyết định issues or approves, printed after it with
        /// its own title block and `(Ban hành kèm theo Quyết định số …)`:
        /// the YAML file, relative to this one, of a Kế hoạch or a văn bản
        /// có tên loại (quy chế, quy định, hướng dẫn, đề án …).
        #[serde(default)]
        pub attachment: Option<String>,
        /// Forms (mẫu) attached to it, each on pages of its own after the
        /// phụ lục: `Mẫu số 01`, a small header if asked, the title, and
        /// fill-in lines, checkboxes, tables to fill, signature grids.
        #[serde(default)]
        pub forms: Vec<super::form::Form>,
    }
}

super::document! {
    /// Nghị quyết (cá biệt), Mẫu 1.1, ký hiệu NQ: what a collective (a Hội
    /// đồng nhân dân, a Ban chấp hành) resolves. The authority line names
    /// the collective, the căn cứ have no `Theo đề nghị`, `QUYẾT NGHỊ:`
    /// opens the Điều, and the signer signs `TM.` of the collective.
    NghiQuyet {
        /// The authority line, in bold capitals under the trích yếu: the
        /// collective, on one line or several (`[Hội đồng nhân dân xã Ngọc
        /// Liên, "Khóa I, Kỳ họp thứ năm"]`).
        pub authority: super::common::Lines,
        /// Điều 1, Điều 2, …
        pub articles: Vec<Article>,
        /// The Điều naming who carries it out; nơi nhận starts with `Như
        /// Điều N`. Default: the last Điều.
        #[serde(default)]
        pub executors_article: Option<u32>,
        /// A paragraph after the Điều (`Nghị quyết này đã được … thông
        /// qua …`); `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Công điện (Mẫu 1.6, ký hiệu CĐ): an urgent order by telegram. Under
    /// the tên loại and trích yếu, `<sender> điện:` centred, then the
    /// addressees one per line, 55 mm in; no Kính gửi.
    CongDien {
        /// Who sends it, printed in capitals before `điện:`: the body or
        /// its head's chức danh (`Chủ tịch Ủy ban nhân dân xã Ngọc Liên`).
        pub sender: String,
        /// The addressees, one per line (`- …;`, the last ending `.`).
        pub to: Vec<String>,
        #[serde(default)]
        pub content: Vec<Block>,
        /// Numbering of sections in the content (`1.` by default).
        #[serde(default)]
        pub numbering: Option<Numbering>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Báo cáo (Mẫu 1.4): results, shortcomings, next steps.
    BaoCao {
        /// Kính gửi, when the báo cáo goes to a superior body.
        #[serde(default)]
        pub to: Vec<Recipient>,
        /// The opening paragraph.
        #[serde(default)]
        pub preamble: Option<String>,
        /// Mục I., II., … (numbered `I.` at the top level unless `numbering` says otherwise).
        #[serde(default)]
        pub content: Vec<Block>,
        /// Numbering of the top-level sections.
        #[serde(default)]
        pub numbering: Option<Numbering>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Công văn (Mẫu 1.5): no tên loại; `V/v` trích yếu under the số.
    CongVan {
        /// Kính gửi: one recipient on the line, several as `- …;` lines.
        pub to: Vec<Recipient>,
        #[serde(default)]
        pub content: Vec<Block>,
        /// Numbering of sections in the content.
        #[serde(default)]
        pub numbering: Option<Numbering>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Tờ trình (Mẫu 1.4, ký hiệu TTr).
    ToTrinh {
        pub to: Vec<Recipient>,
        #[serde(default)]
        pub content: Vec<Block>,
        #[serde(default)]
        pub numbering: Option<Numbering>,
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Thông báo (Mẫu 1.4, ký hiệu TB).
    ThongBao {
        /// Kính gửi, when the thông báo is sent to named bodies.
        #[serde(default)]
        pub to: Vec<Recipient>,
        #[serde(default)]
        pub content: Vec<Block>,
        #[serde(default)]
        pub numbering: Option<Numbering>,
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Giấy mời (Mẫu 1.7, ký hiệu GM).
    GiayMoi {
        /// Whom the issuer invites: `<cơ quan> trân trọng kính mời: …`
        /// (Mẫu 1.7 has no Kính gửi).
        #[serde(default)]
        pub to: Vec<Recipient>,
        /// Paragraphs before the meeting's details, if any.
        #[serde(default)]
        pub content: Vec<Block>,
        pub meeting: Meeting,
        /// The closing paragraph (`Rất mong … đến dự đúng giờ.`).
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Văn bản có tên loại (Mẫu 1.4) with no layout of its own: chỉ thị,
    /// quy chế, quy định, thông cáo, hướng dẫn, chương trình, phương án, đề
    /// án, dự án, giấy ủy quyền, phiếu gửi/chuyển/báo. `type:` names the
    /// tên loại, printed in capitals, and its Phụ lục III abbreviation in
    /// the ký hiệu (`CT-UBND`, `QyĐ-UBND`, `GUQ-UBND` …).
    VanBan {
        /// Kính gửi, when the văn bản is sent to named bodies.
        #[serde(default)]
        pub to: Vec<Recipient>,
        /// The opening paragraph, after the căn cứ.
        #[serde(default)]
        pub preamble: Option<String>,
        /// Mục I., II., … (numbered `I.` at the top level unless `numbering` says otherwise).
        #[serde(default)]
        pub content: Vec<Block>,
        /// Numbering of the top-level sections (`1.` for a short chỉ thị,
        /// `Chương` for a quy chế), or of each level (`[Chương, Điều]`).
        #[serde(default)]
        pub numbering: Option<Outline>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
        /// Forms (mẫu) attached to it, each on pages of its own after the
        /// phụ lục: `Mẫu số 01`, a small header if asked, the title, and
        /// fill-in lines, checkboxes, tables to fill, signature grids.
        #[serde(default)]
        pub forms: Vec<super::form::Form>,
    }
}

super::document! {
    /// Giấy giới thiệu (Mẫu 1.8, ký hiệu GGT): no trích yếu is printed
    /// under the tên loại; `title` is what the person is sent about, printed
    /// after `Về việc:`.
    GiayGioiThieu {
        /// `Ông (bà) …`: the person introduced.
        pub person: String,
        /// `Chức vụ:` of the person.
        #[serde(default)]
        pub position: Option<String>,
        /// `Được cử đến:` the body the person is sent to.
        pub sent_to: String,
        /// `Giấy này có giá trị đến hết ngày …`.
        pub valid_until: super::common::Date,
    }
}

super::document! {
    /// Biên bản (Mẫu 1.9, ký hiệu BB) of a meeting, hội nghị or hội thảo:
    /// the header has no địa danh and date line; the trích yếu names the
    /// meeting; the thư ký signs on the left, the chủ tọa (`signer`) on the
    /// right, and nơi nhận stands under the thư ký.
    BienBan {
        /// `Cuộc họp` (the default), `Hội nghị` or `Hội thảo`: the word of
        /// the closing line (`Cuộc họp kết thúc vào …`).
        #[serde(default)]
        pub kind: MeetingKind,
        /// `Thời gian bắt đầu:` the time and day the meeting opened.
        pub opened: Moment,
        /// `Địa điểm:`.
        pub venue: String,
        /// `Thành phần tham dự:` one on the line, several as `- …;` lines.
        pub attendees: Vec<String>,
        /// `Chủ trì (chủ tọa):` who chaired, as printed.
        pub chair: String,
        /// `Thư ký (người ghi biên bản):` who wrote the minutes, as printed.
        pub secretary: String,
        /// `Nội dung:` what was said and decided, in order.
        pub content: Vec<Block>,
        /// Numbering of the sections of the content (`1.` by default).
        #[serde(default)]
        pub numbering: Option<Numbering>,
        /// `… kết thúc vào …`: the time (and day, if not the day it opened)
        /// the meeting closed.
        pub closed: Moment,
        /// The thư ký's signer block, on the left (`title: Thư ký`).
        pub secretary_signer: CoSigner,
    }
}

super::document! {
    /// Giấy nghỉ phép (Mẫu 1.10, ký hiệu GNP): leave granted on a
    /// person's request. No trích yếu is printed under the tên loại
    /// (`title` is the register's trích yếu).
    GiayNghiPhep {
        /// `Ông (bà): …`: the person granted leave, the name alone.
        pub person: String,
        /// `Chức vụ:` of the person.
        #[serde(default)]
        pub position: Option<String>,
        /// `Xét Đơn đề nghị nghỉ phép ngày …`: the day of the request.
        pub request_date: Date,
        /// The first day of leave (`kể từ ngày …`).
        pub from: Date,
        /// The last day of leave (`đến hết ngày …`).
        pub until: Date,
        /// `trong thời gian …`: as the office counts it (`05 ngày làm
        /// việc`); by default the calendar days from `from` to `until`.
        #[serde(default)]
        pub duration: Option<String>,
        /// `tại …`: where the leave is spent.
        pub at: String,
        /// `Số ngày nghỉ phép nêu trên được tính vào thời gian …`: the kind
        /// of leave under labour law (`nghỉ hằng năm năm 2026`).
        pub counted_as: String,
        /// Print the block for the confirmation of the place of leave (`Xác
        /// nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ
        /// phép`), under the signature, when it is needed.
        #[serde(default)]
        pub confirmation: bool,
    }
}

super::document! {
    /// Hợp đồng, bản ghi nhớ, bản thỏa thuận (ký hiệu HĐ, BGN, BTT): two
    /// parties, each signing. NĐ30 has no sample for them (spec §9); they
    /// are laid out as its one two-party form, Phụ lục V: căn cứ, the
    /// parties, the Điều, `ĐẠI DIỆN BÊN A` on the left (the issuer's
    /// `signer`) and `ĐẠI DIỆN BÊN B` on the right.
    ThoaThuan {
        /// The paragraph after the căn cứ: `Hôm nay, …, chúng tôi gồm:`.
        #[serde(default)]
        pub preamble: Option<String>,
        /// Bên A: the issuer's side, signed by `signer`.
        pub party_a: Party,
        /// Bên B, and who signs for it.
        pub party_b: OtherParty,
        /// The paragraph before the Điều: `Hai bên thống nhất … như sau:`.
        #[serde(default)]
        pub agreement: Option<String>,
        /// Điều 1, Điều 2, … as a quyết định's.
        #[serde(default)]
        pub articles: Vec<Article>,
        /// The paragraph after the Điều (`… lập thành 04 bản …`); `./.` is added.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

super::document! {
    /// Thư công (NĐ30 Điều 7): a letter of the body or its head — thư chúc
    /// mừng, thư cảm ơn, thư thăm hỏi. NĐ30 gives it no abbreviation and
    /// no sample: its ký hiệu is the body's (and the drafting unit's), as a
    /// công văn's; `THƯ` and the trích yếu head it as in Mẫu 1.4.
    ThuCong {
        /// The salutation, a paragraph of its own (`Thân gửi đồng bào, …`).
        #[serde(default)]
        pub greeting: Option<String>,
        #[serde(default)]
        pub content: Vec<Block>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
    }
}

/// A party of a hợp đồng: `BÊN A: <name>` (bold), then its lines as
/// written (`Địa chỉ: …`, `Đại diện: …`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// `Bên A` by default (`Bên giao`, `Bên A (Bên giao thầu)` …): printed
    /// in capitals with a colon, and in `ĐẠI DIỆN …` over its signer.
    #[serde(default)]
    pub label: Option<String>,
    pub name: String,
    #[serde(default)]
    pub lines: Vec<String>,
}

/// Bên B: a party and its signer (on the right).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherParty {
    /// `Bên B` by default.
    #[serde(default)]
    pub label: Option<String>,
    pub name: String,
    #[serde(default)]
    pub lines: Vec<String>,
    pub signer: CoSigner,
}

/// A công điện's sender without a `điện` or `điện:` written at its end:
/// vanban prints `<sender> điện:` itself.
pub fn dien_sender_stem(sender: &str) -> &str {
    let s = sender.trim_end();
    let s = s.strip_suffix(':').unwrap_or(s).trim_end();
    for word in ["điện", "Điện", "ĐIỆN"] {
        if let Some(stem) = s.strip_suffix(word)
            && (stem.is_empty() || stem.ends_with(char::is_whitespace))
        {
            return stem.trim_end();
        }
    }
    sender.trim_end()
}

/// The second body of a liên tịch document and who signs for it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Joint {
    /// The second issuing body: printed under the issuer in the header.
    pub issuer: JointIssuer,
    /// Its signer block, on the left of the issuer's `signer`.
    pub signer: CoSigner,
}

/// A second issuing body: its name (text or lines, printed in bold
/// capitals) and its abbreviation in the joint ký hiệu.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointIssuer {
    pub name: super::common::Lines,
    pub abbr: String,
}

/// A second signer (a biên bản's thư ký): quyền hạn lines, chức vụ and
/// name. Who signs beside the document's `signer` signs by hand: no
/// signature or seal image is drawn for them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoSigner {
    #[serde(default)]
    pub authority: Vec<super::common::Authority>,
    pub title: String,
    pub name: String,
}

/// The kind of gathering a biên bản records (Mẫu 1.9: `Cuộc họp (hội nghị,
/// hội thảo) kết thúc vào …`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema,
)]
pub enum MeetingKind {
    #[default]
    #[serde(rename = "cuoc-hop")]
    CuocHop,
    #[serde(rename = "hoi-nghi")]
    HoiNghi,
    #[serde(rename = "hoi-thao")]
    HoiThao,
}

impl MeetingKind {
    /// The word that opens the closing line.
    pub fn word(self) -> &'static str {
        match self {
            MeetingKind::CuocHop => "Cuộc họp",
            MeetingKind::HoiNghi => "Hội nghị",
            MeetingKind::HoiThao => "Hội thảo",
        }
    }
}

/// A time of day and, when it is not the document's date (or the day a
/// meeting opened), its day: `{time: "14:00", date: 2026-03-16}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    /// `14:00` (or `14h00`, `14:00:00`): printed `14 giờ 00 phút`.
    pub time: ClockTime,
    #[serde(default)]
    pub date: Option<Date>,
}

impl Moment {
    /// The moment as a date and time, the day taken from `day` when it has
    /// none of its own.
    pub fn at(&self, day: Option<Date>) -> Option<chrono::NaiveDateTime> {
        self.date.or(day).map(|d| d.0.and_time(self.time.0))
    }
}

/// A time of day to the minute: `14:00`, `7:30`, `14h00`, `14h`,
/// `14:00:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub chrono::NaiveTime);

impl ClockTime {
    pub fn parse(text: &str) -> Result<ClockTime, String> {
        let t = text.trim().to_lowercase();
        let t = t.strip_suffix('h').map_or(t.clone(), |h| format!("{h}:00"));
        let t = t.replacen('h', ":", 1);
        ["%H:%M", "%H:%M:%S"]
            .iter()
            .find_map(|f| chrono::NaiveTime::parse_from_str(&t, f).ok())
            .map(ClockTime)
            .ok_or_else(|| crate::t!("clock-time-format", text = text))
    }

    /// `14 giờ 00 phút`, `07 giờ 30 phút`.
    pub fn words(self) -> String {
        use chrono::Timelike;
        format!("{:02} giờ {:02} phút", self.0.hour(), self.0.minute())
    }
}

impl<'de> serde::Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ClockTime::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%H:%M"))
    }
}

impl schemars::JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{1,2}([:h][0-9]{2}(:[0-9]{2})?|h)$" })
    }
}
