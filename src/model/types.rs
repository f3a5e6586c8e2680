//! The document types besides the Kế hoạch (NĐ30 Phụ lục III, Mẫu 1.2–1.7):
//! only what each adds to the shared parts of [`super::document!`].

use super::common::{Article, Block, Meeting, Numbering, Outline, Recipient};

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
