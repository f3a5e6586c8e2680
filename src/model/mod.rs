//! The document model: serde types for each document type, as users write
//! them in YAML. Only data lives here; wording is in [`crate::vn`] and layout
//! in the templates.
//!
//! Every type shares the parts written once in [`document!`] (issuer, số,
//! date, trích yếu, căn cứ, nơi nhận, signer, phụ lục) and adds its own.
//! Adding a type: a line in [`doc_types!`] below (and, for a new model, a
//! struct made with `document!`), a template `templates/<type>.typ.j2`
//! listed in `src/template/mod.rs` and a skeleton `templates/new/{vi,en}/<type>.yaml`.

mod common;
pub mod form;
mod ke_hoach;
pub mod table;
mod types;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use common::{
    Appendix, Article, Authority, BasesEnd, Basis, Block, Circulation, Citation, Clause, CopyInfo, CopyKind,
    Date, DateStyle, Drafter, Issuer, Item, Lines, Meeting, Millimetres, Numbering, OneOrMany, Outline,
    Prefix, Recipient, STAMPS, Seal, Secrecy, Section, Signer, SubHeading, Time, Urgency, stamp_label,
};
pub use form::{Form, FormBlock};
pub use ke_hoach::{
    Assignment, AssignmentForm, Funding, KeHoach, PartName, PlanPart, Project, RenamedPart, Responsibility,
    Task,
};
pub use table::Table;
pub use types::{
    BaoCao, BienBan, ClockTime, CoSigner, CongDien, CongVan, GiayGioiThieu, GiayMoi, GiayNghiPhep, Joint,
    JointIssuer, MeetingKind, Moment, NghiQuyet, OtherParty, Party, QuyetDinh, ThoaThuan, ThongBao, ThuCong,
    ToTrinh, VanBan, dien_sender_stem,
};

/// Declares a document type: the shared fields of every văn bản, then the
/// type's own.
macro_rules! document {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// The document type, which picks the model and the layout.
            #[serde(rename = "type")]
            pub doc_type: $crate::model::DocType,
            /// The issuing body (ô 2).
            pub issuer: $crate::model::Issuer,
            /// Số; null leaves the number blank for the văn thư. An issued
            /// number printed otherwise than NĐ30 writes it (`"0204"`) is
            /// kept as printed, with a warning (`number-as-issued`).
            #[serde(default, deserialize_with = "crate::model::so_number")]
            #[schemars(schema_with = "crate::model::so_number_schema")]
            pub number: Option<u32>,
            /// The số as printed on an issued document when it is not as
            /// vanban writes it (`0204`); set by the loader from `number`.
            #[serde(skip_deserializing, default)]
            #[schemars(skip)]
            pub number_as_issued: Option<String>,
            /// Địa danh of the date line (`Ngọc Liên`).
            pub place: String,
            /// Ngày ban hành; null leaves day and month blank.
            #[serde(default)]
            pub date: Option<$crate::model::Date>,
            /// The document's year: text may say `{{ year }}` so next year's
            /// draft changes one number.
            pub year: i32,
            /// Trích yếu (under the tên loại; `V/v …` for a công văn).
            pub title: String,
            /// The drafting unit's abbreviation (`VHXH`): the second part of a
            /// công văn's ký hiệu (`UBND-VHXH`).
            #[serde(default)]
            pub unit: Option<String>,
            /// Căn cứ, in the order they are printed.
            #[serde(default)]
            pub bases: Vec<$crate::model::Basis>,
            /// Documents cited in the text but not as căn cứ.
            #[serde(default)]
            pub references: Vec<$crate::model::Citation>,
            /// How every cited document's date is printed, unless a citation
            /// says otherwise: `short` (`ngày 31/5/2022`) or `long` (`ngày 31
            /// tháng 5 năm 2022`). Default: short, long for a Luật.
            #[serde(default)]
            pub citation_dates: Option<$crate::model::DateStyle>,
            /// The punctuation after the last căn cứ (`.` by default; `;` or
            /// `,` when the sentence after it connects to them).
            #[serde(default)]
            pub bases_end: Option<$crate::model::BasesEnd>,
            /// Nơi nhận, without the final `Lưu:` line.
            #[serde(default)]
            pub recipients: Vec<$crate::model::Recipient>,
            /// The `Lưu:` line: văn thư (`VT`) and the drafting unit.
            #[serde(default = "crate::model::default_archive")]
            pub archive: Vec<String>,
            /// The signer block.
            pub signer: $crate::model::Signer,
            /// Ô 12: the drafter's initials and the number of copies issued,
            /// at the foot of nơi nhận (`{initials: PL, copies: 300}` prints
            /// `PL.(300)`; text prints as written: `09 KH`).
            #[serde(default)]
            pub drafter: Option<$crate::model::Drafter>,
            /// Phụ lục, each on new pages after the document.
            #[serde(default)]
            pub appendices: Vec<$crate::model::Appendix>,
            /// A certified copy's details, printed with `render --copy`.
            #[serde(default)]
            pub copy: Option<$crate::model::CopyInfo>,
            /// Consistency rules this document acknowledges, each with the
            /// reason (`citation-inconsistent: "typed this way in the
            /// original"`): they report as notes instead of stopping the
            /// render. `vanban check --rules` says which rules may be allowed.
            #[serde(default)]
            pub allow: std::collections::BTreeMap<String, Option<String>>,
            /// Độ mật (ô 10a): `mat`, `toi-mat` or `tuyet-mat`, stamped in
            /// red under the số/ký hiệu.
            #[serde(default)]
            pub secrecy: Option<$crate::model::Secrecy>,
            /// Mức độ khẩn (ô 10b): `khan`, `thuong-khan` or `hoa-toc`,
            /// stamped in red under the số/ký hiệu (and the độ mật).
            #[serde(default)]
            pub urgency: Option<$crate::model::Urgency>,
            /// Phạm vi lưu hành (ô 11): `xem-xong-tra-lai` or
            /// `luu-hanh-noi-bo`, in a frame above the header of page 1.
            #[serde(default)]
            pub circulation: Option<$crate::model::Circulation>,
            /// A liên tịch document: the second issuing body, named under
            /// the issuer in the header and in the ký hiệu (`KHLT-UBND-UBMTTQ`),
            /// and its signer, on the left of the issuer's.
            #[serde(default)]
            pub joint: Option<$crate::model::Joint>,
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl $crate::model::Common for $name {
            fn set_number_as_issued(&mut self, value: u32, printed: String) {
                self.number = Some(value);
                self.number_as_issued = Some(printed);
            }

            fn blank_number_and_date(&mut self) {
                self.number = None;
                self.number_as_issued = None;
                self.date = None;
            }

            fn apply_citation_dates(&mut self) {
                if let Some(style) = self.citation_dates {
                    for b in &mut self.bases {
                        b.date_style.get_or_insert(style);
                        for c in &mut b.group {
                            c.date_style.get_or_insert(style);
                        }
                    }
                    for c in &mut self.references {
                        c.date_style.get_or_insert(style);
                    }
                }
            }

            fn common(&self) -> $crate::model::CommonRef<'_> {
                $crate::model::CommonRef {
                    issuer: &self.issuer,
                    number: self.number,
                    place: &self.place,
                    date: self.date,
                    year: self.year,
                    title: &self.title,
                    unit: self.unit.as_deref(),
                    bases: &self.bases,
                    references: &self.references,
                    recipients: &self.recipients,
                    archive: &self.archive,
                    signer: &self.signer,
                    appendices: &self.appendices,
                    copy: self.copy.as_ref(),
                    allow: &self.allow,
                    secrecy: self.secrecy,
                    urgency: self.urgency,
                    circulation: self.circulation,
                    joint: self.joint.as_ref(),
                    drafter: self.drafter.as_ref(),
                }
            }
        }
    };
}
pub(crate) use document;

pub(crate) fn default_archive() -> Vec<String> {
    vec!["VT".to_string()]
}

/// The parts every document has, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct CommonRef<'a> {
    pub issuer: &'a Issuer,
    pub number: Option<u32>,
    pub place: &'a str,
    pub date: Option<Date>,
    pub year: i32,
    pub title: &'a str,
    pub unit: Option<&'a str>,
    pub bases: &'a [Basis],
    pub references: &'a [Citation],
    pub recipients: &'a [Recipient],
    pub archive: &'a [String],
    pub signer: &'a Signer,
    pub appendices: &'a [Appendix],
    pub copy: Option<&'a CopyInfo>,
    pub allow: &'a std::collections::BTreeMap<String, Option<String>>,
    pub secrecy: Option<Secrecy>,
    pub urgency: Option<Urgency>,
    pub circulation: Option<Circulation>,
    pub joint: Option<&'a Joint>,
    /// Ô 12, under nơi nhận.
    pub drafter: Option<&'a Drafter>,
}

/// Access to the shared parts of any document type.
pub trait Common {
    fn common(&self) -> CommonRef<'_>;
    /// Leaves số and ngày for the văn thư (a draft for issuing).
    fn blank_number_and_date(&mut self);
    /// Sets the số as issued: its value and, when it is printed otherwise
    /// than NĐ30 writes it, the printed text.
    fn set_number_as_issued(&mut self, value: u32, printed: String);
    /// Gives every citation without a date style of its own the
    /// document's `citation_dates`.
    fn apply_citation_dates(&mut self);
}

/// Declares every document type in one place: the models (structs made
/// with [`document!`]) and, for each `type:` key, its tên loại, model,
/// template and `vanban new` skeleton. From this list come [`DocType`],
/// [`Document`], their dispatch, the loader's choice of model, the JSON
/// Schema and the skeletons. Several keys may share one model (the Mẫu 1.4
/// types: one layout, the tên loại and ký hiệu from the key).
macro_rules! doc_types {
    (
        models { $($model:ident),* $(,)? }
        types { $($(#[$vmeta:meta])* $variant:ident = $key:literal, $ten_loai:literal, $model_of:ident, $template:literal, $skeleton:literal;)* }
    ) => {
        /// The `type:` of a document, which picks its model and template.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
        pub enum DocType {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant,)*
        }

        impl DocType {
            /// Every type, in the order of the README's table.
            pub const ALL: &'static [DocType] = &[$(DocType::$variant,)*];

            /// The value written after `type:`.
            pub fn key(self) -> &'static str {
                match self { $(DocType::$variant => $key,)* }
            }

            /// Tên loại as named (printed in capitals); a công văn has none printed.
            pub fn ten_loai(self) -> &'static str {
                match self { $(DocType::$variant => $ten_loai,)* }
            }

            /// The template that lays this type out.
            pub fn template(self) -> &'static str {
                match self { $(DocType::$variant => $template,)* }
            }

            /// The commented skeleton `vanban new` writes, its comments in the
            /// run's language ([`crate::i18n::lang`]); its `type:` line names
            /// one of the keys sharing it (`new` writes the one asked for).
            pub fn skeleton(self) -> &'static str {
                self.skeleton_in(crate::i18n::lang())
            }

            /// The skeleton with its comments in `lang`: the same YAML in
            /// `templates/new/vi/` and `templates/new/en/`.
            pub fn skeleton_in(self, lang: crate::i18n::Lang) -> &'static str {
                match lang {
                    crate::i18n::Lang::Vi => match self {
                        $(DocType::$variant => include_str!(concat!("../../templates/new/vi/", $skeleton)),)*
                    },
                    crate::i18n::Lang::En => match self {
                        $(DocType::$variant => include_str!(concat!("../../templates/new/en/", $skeleton)),)*
                    },
                }
            }

            /// The model's name, the same for the types that share one.
            pub fn model(self) -> &'static str {
                match self { $(DocType::$variant => stringify!($model_of),)* }
            }

            pub fn from_key(key: &str) -> Option<DocType> {
                Self::ALL.iter().copied().find(|t| t.key() == key)
            }

            /// The type by its key or its Vietnamese name, in any case and
            /// with or without marks: `cong-van`, `công văn`, `Kế hoạch`.
            pub fn from_name(name: &str) -> Option<DocType> {
                let folded = crate::vn::text::fold(name);
                Self::from_key(name)
                    .or_else(|| Self::from_key(&folded))
                    // The printed tên loại where it is not the key's words
                    // (`Thư` for `thu-cong`).
                    .or_else(|| Self::ALL.iter().copied().find(|t| crate::vn::text::fold(t.ten_loai()) == folded))
            }

            /// Reads a document of this type from its YAML tree; on failure,
            /// every mistake found (up to [`crate::limits::MAX_FIELD_ERRORS`]).
            pub(crate) fn deserialize(
                self,
                tree: &crate::load::tree::Node,
                text: &str,
            ) -> Result<Document, Vec<crate::load::de::Error>> {
                let max = crate::limits::MAX_FIELD_ERRORS;
                match self {
                    $(DocType::$variant => crate::load::de::from_node_all(tree, "", text, max).map(Document::$model_of),)*
                }
            }

            /// The JSON Schema of this type's model.
            fn subschema(self, generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                match self { $(DocType::$variant => generator.subschema_for::<$model_of>(),)* }
            }
        }

        /// A loaded document of any type.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(untagged)]
        pub enum Document {
            $($model($model),)*
        }

        impl Document {
            pub fn doc_type(&self) -> DocType {
                match self { $(Document::$model(d) => d.doc_type,)* }
            }

            /// The shared parts.
            pub fn common(&self) -> CommonRef<'_> {
                match self { $(Document::$model(d) => d.common(),)* }
            }

            /// See [`Common::apply_citation_dates`].
            pub fn apply_citation_dates(&mut self) {
                match self { $(Document::$model(d) => d.apply_citation_dates(),)* }
            }

            /// Leaves số and ngày blank, as on a draft for the văn thư to issue.
            pub fn blank_number_and_date(&mut self) {
                match self { $(Document::$model(d) => d.blank_number_and_date(),)* }
            }

            /// Sets the số as issued (`0204`), see [`Common::set_number_as_issued`].
            pub fn set_number_as_issued(&mut self, value: u32, printed: String) {
                match self { $(Document::$model(d) => d.set_number_as_issued(value, printed),)* }
            }

            /// The số as an issued document prints it when that is not as
            /// vanban writes it (`0204`).
            pub fn number_as_issued(&self) -> Option<&str> {
                match self { $(Document::$model(d) => d.number_as_issued.as_deref(),)* }
            }
        }
    };
}

doc_types! {
    models { KeHoach, QuyetDinh, BaoCao, CongVan, ToTrinh, ThongBao, GiayMoi, VanBan, GiayGioiThieu, BienBan, NghiQuyet, CongDien, GiayNghiPhep, ThoaThuan, ThuCong }
    types {
        KeHoach = "ke-hoach", "Kế hoạch", KeHoach, "ke-hoach.typ.j2", "ke-hoach.yaml";
        QuyetDinh = "quyet-dinh", "Quyết định", QuyetDinh, "quyet-dinh.typ.j2", "quyet-dinh.yaml";
        NghiQuyet = "nghi-quyet", "Nghị quyết", NghiQuyet, "nghi-quyet.typ.j2", "nghi-quyet.yaml";
        BaoCao = "bao-cao", "Báo cáo", BaoCao, "bao-cao.typ.j2", "bao-cao.yaml";
        CongVan = "cong-van", "Công văn", CongVan, "cong-van.typ.j2", "cong-van.yaml";
        CongDien = "cong-dien", "Công điện", CongDien, "cong-dien.typ.j2", "cong-dien.yaml";
        ToTrinh = "to-trinh", "Tờ trình", ToTrinh, "to-trinh.typ.j2", "to-trinh.yaml";
        ThongBao = "thong-bao", "Thông báo", ThongBao, "thong-bao.typ.j2", "thong-bao.yaml";
        GiayMoi = "giay-moi", "Giấy mời", GiayMoi, "giay-moi.typ.j2", "giay-moi.yaml";
        GiayGioiThieu = "giay-gioi-thieu", "Giấy giới thiệu", GiayGioiThieu, "giay-gioi-thieu.typ.j2", "giay-gioi-thieu.yaml";
        BienBan = "bien-ban", "Biên bản", BienBan, "bien-ban.typ.j2", "bien-ban.yaml";
        ThuCong = "thu-cong", "Thư", ThuCong, "thu-cong.typ.j2", "thu-cong.yaml";
        // Two parties, each signing (no NĐ30 sample): one model and layout.
        HopDong = "hop-dong", "Hợp đồng", ThoaThuan, "hop-dong.typ.j2", "hop-dong.yaml";
        BanGhiNho = "ban-ghi-nho", "Bản ghi nhớ", ThoaThuan, "hop-dong.typ.j2", "hop-dong.yaml";
        BanThoaThuan = "ban-thoa-thuan", "Bản thỏa thuận", ThoaThuan, "hop-dong.typ.j2", "hop-dong.yaml";
        GiayNghiPhep = "giay-nghi-phep", "Giấy nghỉ phép", GiayNghiPhep, "giay-nghi-phep.typ.j2", "giay-nghi-phep.yaml";
        // Mẫu 1.4, văn bản có tên loại: one model and layout; the key names the tên loại.
        ChiThi = "chi-thi", "Chỉ thị", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        QuyChe = "quy-che", "Quy chế", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        QuyDinh = "quy-dinh", "Quy định", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        ThongCao = "thong-cao", "Thông cáo", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        HuongDan = "huong-dan", "Hướng dẫn", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        ChuongTrinh = "chuong-trinh", "Chương trình", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        PhuongAn = "phuong-an", "Phương án", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        DeAn = "de-an", "Đề án", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        DuAn = "du-an", "Dự án", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        GiayUyQuyen = "giay-uy-quyen", "Giấy ủy quyền", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        PhieuGui = "phieu-gui", "Phiếu gửi", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        PhieuChuyen = "phieu-chuyen", "Phiếu chuyển", VanBan, "van-ban.typ.j2", "van-ban.yaml";
        PhieuBao = "phieu-bao", "Phiếu báo", VanBan, "van-ban.typ.j2", "van-ban.yaml";
    }
}

impl Document {
    pub fn issuer(&self) -> &Issuer {
        self.common().issuer
    }
    pub fn number(&self) -> Option<u32> {
        self.common().number
    }
    pub fn date(&self) -> Option<Date> {
        self.common().date
    }
    pub fn year(&self) -> i32 {
        self.common().year
    }
    pub fn title(&self) -> &str {
        self.common().title
    }
    pub fn signer(&self) -> &Signer {
        self.common().signer
    }
    pub fn recipients(&self) -> &[Recipient] {
        self.common().recipients
    }
    pub fn archive(&self) -> &[String] {
        self.common().archive
    }
    pub fn bases(&self) -> &[Basis] {
        self.common().bases
    }
    pub fn references(&self) -> &[Citation] {
        self.common().references
    }
    pub fn appendices(&self) -> &[Appendix] {
        self.common().appendices
    }
    pub fn copy(&self) -> Option<&CopyInfo> {
        self.common().copy
    }
    /// The rules the document acknowledges, with their reasons (`allow:`).
    pub fn allow(&self) -> &std::collections::BTreeMap<String, Option<String>> {
        self.common().allow
    }

    /// The forms (mẫu) it carries (a quyết định, a Kế hoạch, a văn bản có
    /// tên loại may).
    pub fn forms(&self) -> &[Form] {
        match self {
            Document::QuyetDinh(d) => &d.forms,
            Document::KeHoach(d) => &d.forms,
            Document::VanBan(d) => &d.forms,
            _ => &[],
        }
    }

    /// The first line of nơi nhận that the text itself implies: `Như Điều
    /// 3` for a quyết định (the Điều naming who carries it out), `Như trên`
    /// for a text with Kính gửi (Phụ lục I, II.9.b).
    pub fn noi_nhan_lead(&self) -> Option<String> {
        match self {
            Document::QuyetDinh(q) => {
                Some(format!("Như Điều {}", q.executors_article.unwrap_or(q.articles.len() as u32)))
            }
            Document::NghiQuyet(q) => {
                Some(format!("Như Điều {}", q.executors_article.unwrap_or(q.articles.len() as u32)))
            }
            Document::CongVan(_)
            | Document::ToTrinh(_)
            | Document::GiayGioiThieu(_)
            | Document::CongDien(_) => Some("Như trên".to_string()),
            Document::BaoCao(b) if !b.to.is_empty() => Some("Như trên".to_string()),
            Document::KeHoach(k) if !k.to.is_empty() => Some("Như trên".to_string()),
            Document::ThongBao(t) if !t.to.is_empty() => Some("Như trên".to_string()),
            Document::GiayMoi(g) if !g.to.is_empty() => Some("Như trên".to_string()),
            // Mẫu 1.10: the person granted leave, first.
            Document::GiayNghiPhep(g) => Some(g.person.clone()),
            Document::VanBan(v) if !v.to.is_empty() => Some("Như trên".to_string()),
            _ => None,
        }
    }

    /// The ký hiệu: `KH-UBND`; a công văn's is body + drafting unit
    /// (`UBND-VHXH`); a liên tịch document's names both bodies after the
    /// type's abbreviation and `LT` (`KHLT-UBND-UBMTTQ`); a văn bản quy
    /// phạm pháp luật's starts with the year it is issued in
    /// (`2026/QĐ-UBND`: `Số: 25/2026/QĐ-UBND`).
    pub fn ky_hieu(&self) -> String {
        let abbr = match self.doc_type() {
            DocType::CongVan | DocType::ThuCong => None,
            t => crate::vn::ky_hieu::type_abbreviation(t.ten_loai()),
        };
        let ky_hieu = match self.common().joint {
            Some(j) => crate::vn::ky_hieu::joint_ky_hieu(abbr, &self.issuer().abbr, &j.issuer.abbr),
            None => crate::vn::ky_hieu::ky_hieu(abbr, &self.issuer().abbr, self.common().unit),
        };
        match self {
            Document::QuyetDinh(q) if q.legal_normative => {
                let year = q.date.map_or(q.year, |d| chrono::Datelike::year(&d.0));
                format!("{year}/{ky_hieu}")
            }
            _ => ky_hieu,
        }
    }

    /// Whether it is a văn bản quy phạm pháp luật (`legal_normative`).
    pub fn is_legal_normative(&self) -> bool {
        matches!(self, Document::QuyetDinh(q) if q.legal_normative)
    }

    /// The tên loại as printed: `Kế hoạch`, `Kế hoạch liên tịch` for a
    /// document of two bodies.
    pub fn ten_loai(&self) -> String {
        let name = self.doc_type().ten_loai();
        match self.common().joint {
            Some(_) => format!("{name} liên tịch"),
            None => name.to_string(),
        }
    }

    /// Every content block of the document, with its field path, for checks
    /// that look at all text (tables, for instance).
    pub fn blocks(&self) -> Vec<(String, &Block)> {
        fn walk<'a>(path: String, blocks: &'a [Block], out: &mut Vec<(String, &'a Block)>) {
            for (i, b) in blocks.iter().enumerate() {
                let p = format!("{path}[{i}]");
                match b {
                    Block::Section(s) => walk(format!("{p}.content"), &s.content, out),
                    Block::Item(i) => walk(format!("{p}.content"), &i.content, out),
                    _ => {}
                }
                out.push((p, b));
            }
        }
        let mut out = Vec::new();
        for (i, a) in self.appendices().iter().enumerate() {
            walk(format!("appendices[{i}].content"), &a.content, &mut out);
        }
        match self {
            Document::KeHoach(d) => {
                for (name, list) in [
                    ("purposes", &d.purposes),
                    ("requirements", &d.requirements),
                    ("objectives", &d.objectives),
                    ("solutions", &d.solutions),
                ] {
                    walk(name.to_string(), list, &mut out);
                }
                for (i, s) in d.sections.iter().enumerate() {
                    walk(format!("sections[{i}].content"), &s.content, &mut out);
                }
                for (i, p) in d.parts.iter().enumerate() {
                    if let PlanPart::Section(s) = p {
                        walk(format!("parts[{i}].content"), &s.content, &mut out);
                    }
                }
                for (i, p) in d.projects.iter().enumerate() {
                    walk(format!("projects[{i}].content"), &p.content, &mut out);
                    for (j, s) in p.subprojects.iter().enumerate() {
                        walk(format!("projects[{i}].subprojects[{j}].content"), &s.content, &mut out);
                    }
                }
            }
            Document::QuyetDinh(_)
            | Document::NghiQuyet(_)
            | Document::GiayGioiThieu(_)
            | Document::GiayNghiPhep(_)
            | Document::ThoaThuan(_) => {}
            Document::BaoCao(d) => walk("content".into(), &d.content, &mut out),
            Document::CongVan(d) => walk("content".into(), &d.content, &mut out),
            Document::ToTrinh(d) => walk("content".into(), &d.content, &mut out),
            Document::ThongBao(d) => walk("content".into(), &d.content, &mut out),
            Document::GiayMoi(d) => walk("content".into(), &d.content, &mut out),
            Document::VanBan(d) => walk("content".into(), &d.content, &mut out),
            Document::BienBan(d) => walk("content".into(), &d.content, &mut out),
            Document::CongDien(d) => walk("content".into(), &d.content, &mut out),
            Document::ThuCong(d) => walk("content".into(), &d.content, &mut out),
        }
        out
    }
}

/// The JSON Schema of the document format: one schema per `type:`, chosen
/// by that field, for editors (yaml-language-server) to complete and check.
pub fn json_schema() -> serde_json::Value {
    let mut generator = schemars::SchemaGenerator::default();
    let variants: Vec<serde_json::Value> =
        DocType::ALL.iter().map(|t| t.subschema(&mut generator).to_value()).collect();
    let mut root = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "vanban document",
        "description": "A Vietnamese administrative document (văn bản hành chính) for vanban.",
        // The type field picks the one schema that applies. `allOf` of
        // if/then (not `oneOf`) lets an editor report the field at fault
        // instead of "matches none of 7 schemas".
        "allOf": DocType::ALL.iter().zip(&variants).map(|(t, v)| serde_json::json!({
            "if": { "properties": { "type": { "const": t.key() } }, "required": ["type"] },
            "then": v
        })).collect::<Vec<_>>(),
    });
    let defs = generator.take_definitions(true);
    root["$defs"] = serde_json::Value::Object(defs.into_iter().collect());
    one_or_list(&mut root);
    root["required"] = serde_json::json!(["type"]);
    root["properties"] =
        serde_json::json!({ "type": { "enum": DocType::ALL.iter().map(|t| t.key()).collect::<Vec<_>>() } });
    root
}

/// Every list in the schema also takes one item alone, as the loader does
/// (`archive: VT` is `archive: [VT]`).
fn one_or_list(schema: &mut serde_json::Value) {
    match schema {
        serde_json::Value::Object(map) => {
            for value in map.values_mut() {
                one_or_list(value);
            }
            let is_list = map.get("type").is_some_and(|t| t == "array");
            // A list of lists takes a list (the loader reads no item alone there).
            let item =
                map.get("items").filter(|i| i.is_object() && i.get("type").is_none_or(|t| t != "array"));
            if is_list && let Some(item) = item.cloned() {
                let list = serde_json::Value::Object(std::mem::take(map));
                map.insert("anyOf".to_string(), serde_json::json!([list, item]));
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(one_or_list),
        _ => {}
    }
}

/// Reads `number`: a whole number, null, or the digits of an issued number
/// as printed (`"0204"`), whose value it keeps (the loader keeps the text).
pub(crate) fn so_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct SoVisitor;
    impl<'de> serde::de::Visitor<'de> for SoVisitor {
        type Value = Option<u32>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&crate::t!("expect-so"))
        }
        fn visit_none<E>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Option<u32>, D2::Error> {
            d.deserialize_any(self)
        }
        // Numbers that are no u32 are said as u32's own would be ("out of range").
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Option<u32>, E> {
            u32::try_from(v)
                .map(Some)
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &"u32"))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Option<u32>, E> {
            u32::try_from(v).map(Some).map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &"u32"))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Option<u32>, E> {
            // `0204` unquoted: YAML may read it as a float; the loader keeps its text.
            if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) {
                Ok(Some(v as u32))
            } else {
                Err(E::invalid_value(serde::de::Unexpected::Float(v), &"u32"))
            }
        }
        fn visit_str<E: serde::de::Error>(self, t: &str) -> Result<Option<u32>, E> {
            let t = t.trim();
            // `125/UBND-VP`: the số with the ký hiệu vanban writes itself.
            if let Some((n, ky_hieu)) = t.split_once('/')
                && !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
            {
                let message = crate::t!("so-with-ky-hieu", typed = t, number = n, ky_hieu = ky_hieu);
                return Err(E::custom(crate::load::de::mistake("so-with-ky-hieu", message)));
            }
            match t.parse::<u32>() {
                Ok(n) if t.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(n)),
                _ => Err(E::custom(crate::load::de::mistake(
                    "wrong-type",
                    crate::t!("so-not-number", typed = t),
                ))),
            }
        }
    }
    d.deserialize_option(SoVisitor)
}

pub(crate) fn so_number_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "anyOf": [
            { "type": "integer", "minimum": 0 },
            { "type": "string", "pattern": "^[0-9]{1,9}$" },
            { "type": "null" }
        ]
    })
}
