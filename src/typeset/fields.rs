//! The zones of a laid-out document that signing tools fill in: the số and
//! the day and month of the date (for the văn thư's number), the signature
//! and the seal.
//!
//! The layout library marks each zone with a `metadata` value labelled
//! `<vanban-field>` holding its page and rectangle, computed by typst from
//! the laid-out page (`here().position()` and `measure`); this module only
//! reads them back. Nothing here knows where a zone is.

use serde::Serialize;
use typst::foundations::Dict;
use typst_layout::PagedDocument;

/// The label the layout library puts on field marks.
const FIELD_LABEL: &str = "vanban-field";

/// One zone, in PDF user space: points, origin at the bottom left of the
/// page, as PDF annotations and signing tools expect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignField {
    /// `so` (the number blank), `ngay` and `thang` (the date blanks),
    /// `signature`, `seal`.
    pub kind: String,
    /// 1-based page number.
    pub page: usize,
    /// `[x0, y0, x1, y1]`: left, bottom, right, top.
    pub rect: [f64; 4],
}

impl SignField {
    pub fn width(&self) -> f64 {
        self.rect[2] - self.rect[0]
    }

    pub fn height(&self) -> f64 {
        self.rect[3] - self.rect[1]
    }

    /// The rectangle with the origin at the top left (as typst and
    /// `pdftotext -bbox` measure): `(x, y, width, height)`.
    pub fn top_left(&self, page_height: f64) -> (f64, f64, f64, f64) {
        (self.rect[0], page_height - self.rect[3], self.width(), self.height())
    }
}

/// The fields of a document, in document order.
pub fn sign_fields(doc: &PagedDocument) -> Vec<SignField> {
    let heights: Vec<f64> = doc.pages().iter().map(|p| p.frame.size().y.to_pt()).collect();
    super::marks::dicts(doc, FIELD_LABEL).iter().filter_map(|dict| field(dict, &heights)).collect()
}

fn field(dict: &Dict, page_heights: &[f64]) -> Option<SignField> {
    let number = |key: &str| super::marks::number(dict, key);
    let kind = super::marks::string(dict, "kind")?;
    let page = usize::try_from(number("page")? as i64).ok()?;
    let height = *page_heights.get(page.checked_sub(1)?)?;
    let (x, y, w, h) = (number("x")?, number("y")?, number("width")?, number("height")?);
    let round = |v: f64| (v * 100.0).round() / 100.0;
    Some(SignField { kind, page, rect: [round(x), round(height - y - h), round(x + w), round(height - y)] })
}

/// The sidecar file for signing tools: the PDF it describes, the page
/// sizes and every field, in PDF points with the origin at the bottom left.
pub fn sidecar(doc: &PagedDocument, pdf_name: &str) -> serde_json::Value {
    let pages: Vec<[f64; 2]> =
        doc.pages().iter().map(|p| [p.frame.size().x.to_pt(), p.frame.size().y.to_pt()]).collect();
    serde_json::json!({
        "pdf": pdf_name,
        "generator": format!("vanban {}", env!("CARGO_PKG_VERSION")),
        "units": "pt",
        "origin": "bottom-left",
        "pages": pages,
        "fields": sign_fields(doc),
    })
}
