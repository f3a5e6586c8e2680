//! The numbers of NĐ30 (margins, font sizes, indents, spacing, columns,
//! stamps), read from `templates/nd30.toml`: the one source both outputs
//! use. The Typst layout library reads the same file with `toml()`; the
//! DOCX writer converts these to twips and half-points.
//!
//! Every key of the file has a field here (`deny_unknown_fields`), and
//! `tests::typst_reads_every_key` checks that the Typst library uses each.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The file, embedded in the binary.
pub const SOURCE: &str = include_str!("../templates/nd30.toml");

/// Points per millimetre.
pub const PT_PER_MM: f64 = 72.0 / 25.4;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Nd30 {
    pub paper: String,
    pub indent_cm: f64,
    pub par_gap_pt: f64,
    pub leading_em: f64,
    pub noi_nhan_leading_em: f64,
    pub short_rule: f64,
    pub rule_stroke_pt: f64,
    pub header_columns: [f64; 2],
    pub header_gap_mm: f64,
    /// The page header's bottom above the text, as a fraction of the top
    /// margin (Typst's `header-ascent`).
    pub header_ascent: f64,
    pub signature_columns: [f64; 2],
    pub kinh_gui_indent_mm: f64,
    pub v_v_gap_pt: f64,
    pub signature_space_mm: f64,
    pub seal_overlap: f64,
    pub seal_diameter_mm: f64,
    pub table_sizes_pt: Vec<f64>,
    pub table_text_min_mm: f64,
    pub margin_mm: Sides,
    pub size_pt: Sizes,
    pub stamp: Stamp,
    pub table_inset_pt: Inset,
    pub signature_box_mm: BoxSize,
    pub watermark: Watermark,
    pub gap_pt: Gaps,
    pub cong_dien_indent_mm: f64,
    pub xac_nhan_width_mm: f64,
    pub bien_ban_columns_mm: [f64; 3],
    pub lien_tich_columns: [f64; 3],
    pub form: Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sides {
    pub top: f64,
    pub bottom: f64,
    pub left: f64,
    pub right: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Sizes {
    pub quoc_hieu: f64,
    /// ô 1 when the cơ quan's name cannot fit beside it at `quoc_hieu`.
    pub quoc_hieu_long: f64,
    pub tieu_ngu: f64,
    pub co_quan: f64,
    /// ô 2 when its name cannot fit beside the Quốc hiệu at `co_quan`.
    pub co_quan_long: f64,
    pub so: f64,
    pub dia_danh: f64,
    pub dia_danh_long: f64,
    pub ten_loai: f64,
    pub trich_yeu: f64,
    pub v_v: f64,
    pub body: f64,
    pub chu_ky: f64,
    pub noi_nhan_label: f64,
    pub noi_nhan: f64,
    pub page_number: f64,
    pub phu_luc: f64,
    pub kinh_gui: f64,
    pub table: f64,
    pub footnote: f64,
    pub hinh_thuc_sao: f64,
    pub e_stamp: f64,
    pub drafter: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Stamp {
    pub size_pt: f64,
    pub stroke_pt: f64,
    pub height_mm: f64,
    pub double: Vec<String>,
    pub double_gap_mm: f64,
    pub gap_pt: f64,
    pub circulation_inset_mm: f64,
    pub width_mm: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inset {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoxSize {
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Watermark {
    pub text: String,
    pub size_pt: f64,
    pub grey: f64,
    pub angle_deg: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Gaps {
    pub header_rows: f64,
    pub after_header: f64,
    pub after_title: f64,
    pub before_signature: f64,
    pub before_copy: f64,
}

/// Forms (mẫu): sizes of tick boxes, fill-in lines, rows and signers.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Form {
    pub checkbox_em: f64,
    pub checkbox_gap_em: f64,
    pub field_gap_em: f64,
    pub dots_gap_em: f64,
    pub field_min_dots_mm: f64,
    pub row_mm: f64,
    pub signature_space_mm: f64,
}

impl Nd30 {
    /// Reads the numbers from the text of an `nd30.toml`.
    pub fn parse(text: &str) -> Result<Nd30, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The numbers embedded in the binary.
    pub fn embedded() -> &'static Nd30 {
        static NUMBERS: OnceLock<Nd30> = OnceLock::new();
        NUMBERS.get_or_init(|| Nd30::parse(SOURCE).expect("templates/nd30.toml is valid (tested)"))
    }

    /// The paper size in mm (width, height); NĐ30 knows only A4.
    pub fn paper_mm(&self) -> Option<(f64, f64)> {
        (self.paper == "a4").then_some((210.0, 297.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_numbers_parse() {
        let n = Nd30::embedded();
        assert_eq!(n.paper_mm(), Some((210.0, 297.0)));
        assert!(n.margin_mm.left > n.margin_mm.right);
        assert_eq!(n.header_columns.iter().sum::<f64>(), 1.0);
    }

    #[test]
    fn an_unknown_key_is_refused() {
        let text = format!("{SOURCE}\nnew-number = 3\n");
        let err = Nd30::parse(&text).unwrap_err();
        assert!(err.contains("new-number"), "{err}");
    }

    /// Every key of the file is read by the Typst library: each top-level
    /// key appears there as `_nd30.<key>`, each key of a table's key as
    /// `<key>` inside `s.`/`w.` or through `_pt`/`_mm` (whole tables).
    #[test]
    fn typst_reads_every_key() {
        let library = crate::template::LAYOUT_LIBRARY;
        let table: toml::Table = toml::from_str(SOURCE).unwrap();
        for (key, value) in &table {
            assert!(library.contains(&format!("_nd30.{key}")), "nd30.typ does not read `{key}`");
            if let toml::Value::Table(inner) = value {
                let whole = library.contains(&format!("_pt(_nd30.{key})"))
                    || library.contains(&format!("_mm(_nd30.{key})"));
                for sub in inner.keys() {
                    assert!(
                        whole || library.contains(&format!(".{sub}")),
                        "nd30.typ does not read `{key}.{sub}`"
                    );
                }
            }
        }
    }
}
