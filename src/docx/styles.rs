//! The paragraph styles of a vanban DOCX: one named style per NĐ30 role,
//! every size, indent and spacing from the shared numbers (`nd30.toml`),
//! converted to Word's units here and nowhere else.

use docx_rs::{AlignmentType, LineSpacing, LineSpacingType, RunFonts, SpecialIndentType, Style, StyleType};

use crate::nd30::Nd30;

/// The font named in the DOCX: Word has Times New Roman; the PDF embeds its
/// metric-compatible twin (Liberation Serif), so lines break alike.
pub const FONT: &str = "Times New Roman";

/// The height of a line box in em (ascender to descender of Times New
/// Roman and its metric twins), to which the library's `leading` is added.
pub const LINE_BOX_EM: f64 = 0.91;

/// Twentieths of a point.
pub fn twips_pt(pt: f64) -> i32 {
    (pt * 20.0).round() as i32
}

/// Twentieths of a point from millimetres.
pub fn twips_mm(mm: f64) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

/// Half-points, Word's unit of font size.
pub fn half_points(pt: f64) -> usize {
    (pt * 2.0).round() as usize
}

/// The width of the text area (A4 minus the side margins), in twips.
pub fn text_width(n: &Nd30) -> i32 {
    let (width, _) = n.paper_mm().unwrap_or((210.0, 297.0));
    twips_mm(width - n.margin_mm.left - n.margin_mm.right)
}

/// The line pitch of text at `size` pt, as the PDF sets it: the line box
/// plus the leading, as an exact spacing (twips).
pub fn pitch(size: f64, leading_em: f64) -> i32 {
    twips_pt(size * (LINE_BOX_EM + leading_em))
}

/// The style ids, one per role.
pub mod id {
    pub const CO_QUAN: &str = "VbCoQuan";
    pub const CHU_QUAN: &str = "VbChuQuan";
    pub const QUOC_HIEU: &str = "VbQuocHieu";
    pub const TIEU_NGU: &str = "VbTieuNgu";
    pub const SO: &str = "VbSo";
    pub const DIA_DANH: &str = "VbDiaDanh";
    pub const V_V: &str = "VbVv";
    pub const TEN_LOAI: &str = "VbTenLoai";
    pub const TRICH_YEU: &str = "VbTrichYeu";
    pub const KEM_THEO: &str = "VbKemTheo";
    pub const THAM_QUYEN: &str = "VbThamQuyen";
    pub const KINH_GUI: &str = "VbKinhGui";
    pub const CAN_CU: &str = "VbCanCu";
    pub const BODY: &str = "VbNoiDung";
    pub const HEADING_1: &str = "VbDeMuc1";
    pub const HEADING_2: &str = "VbDeMuc2";
    pub const HEADING_3: &str = "VbDeMuc3";
    pub const NOI_NHAN_LABEL: &str = "VbNoiNhanNhan";
    pub const NOI_NHAN: &str = "VbNoiNhan";
    pub const CHU_KY: &str = "VbChuKy";
    pub const PAGE_NUMBER: &str = "VbSoTrang";
    pub const RULE: &str = "VbDuongKe";
    pub const FOOTNOTE: &str = "VbChuThich";
    pub const TABLE: &str = "VbBang";
}

/// Every style of the document, built from the shared numbers.
pub fn all(n: &Nd30) -> Vec<Style> {
    let s = &n.size_pt;
    let fonts = || RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(FONT);
    let gap = twips_pt(n.par_gap_pt) as u32;
    let indent = twips_mm(n.indent_cm * 10.0);
    let para = |id: &str, name: &str, size: f64| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .q_format(true)
            .fonts(fonts())
            .size(half_points(size))
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(pitch(size, n.leading_em))
                    .before(0)
                    .after(0),
            )
    };
    // Centred lines of the header and ô 5, without a gap between them.
    let centred = |id: &str, name: &str, size: f64| para(id, name, size).align(AlignmentType::Center);
    // Paragraphs of the text: justified, first-line indent, the NĐ30 gap.
    let text = |id: &str, name: &str| {
        para(id, name, s.body)
            .align(AlignmentType::Both)
            .indent(None, Some(SpecialIndentType::FirstLine(indent)), None, None)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(pitch(s.body, n.leading_em))
                    .before(0)
                    .after(gap),
            )
    };
    let tight = |size: f64| {
        LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(pitch(size, n.noi_nhan_leading_em))
            .before(0)
            .after(0)
    };
    vec![
        centred(id::CHU_QUAN, "vanban Cơ quan chủ quản", s.co_quan),
        centred(id::CO_QUAN, "vanban Cơ quan ban hành", s.co_quan).bold(),
        centred(id::QUOC_HIEU, "vanban Quốc hiệu", s.quoc_hieu).bold(),
        centred(id::TIEU_NGU, "vanban Tiêu ngữ", s.tieu_ngu).bold(),
        centred(id::SO, "vanban Số, ký hiệu", s.so),
        centred(id::DIA_DANH, "vanban Địa danh, ngày tháng", s.dia_danh).italic(),
        centred(id::V_V, "vanban Trích yếu công văn", s.v_v),
        centred(id::TEN_LOAI, "vanban Tên loại", s.ten_loai).bold(),
        centred(id::TRICH_YEU, "vanban Trích yếu", s.trich_yeu).bold(),
        // `(Ban hành kèm theo Quyết định số …)` under a text's trích yếu.
        centred(id::KEM_THEO, "vanban Ban hành kèm theo", s.body).italic(),
        // A quyết định's authority line, `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`.
        centred(id::THAM_QUYEN, "vanban Thẩm quyền", s.body).bold(),
        // A rule: an empty paragraph whose bottom border is the line.
        centred(id::RULE, "vanban Đường kẻ", 2.0).line_spacing(
            LineSpacing::new().line_rule(LineSpacingType::Exact).line(twips_pt(2.0)).before(0).after(0),
        ),
        para(id::KINH_GUI, "vanban Kính gửi", s.kinh_gui),
        text(id::CAN_CU, "vanban Căn cứ").italic(),
        text(id::BODY, "vanban Nội dung"),
        text(id::HEADING_1, "vanban Đề mục 1").bold(),
        text(id::HEADING_2, "vanban Đề mục 2").bold(),
        text(id::HEADING_3, "vanban Đề mục 3").bold().italic(),
        para(id::NOI_NHAN_LABEL, "vanban Nơi nhận", s.noi_nhan_label).bold().italic(),
        para(id::NOI_NHAN, "vanban Nơi nhận (danh sách)", s.noi_nhan).line_spacing(tight(s.noi_nhan)),
        centred(id::CHU_KY, "vanban Chữ ký", s.chu_ky).bold(),
        centred(id::PAGE_NUMBER, "vanban Số trang", s.page_number),
        // Table text: the library's 0.2 em leading inside cells.
        para(id::TABLE, "vanban Bảng", s.table).line_spacing(
            LineSpacing::new().line_rule(LineSpacingType::Exact).line(pitch(s.table, 0.2)).before(0).after(0),
        ),
        para(id::FOOTNOTE, "vanban Chú thích", s.footnote)
            .align(AlignmentType::Both)
            .line_spacing(tight(s.footnote)),
    ]
}
