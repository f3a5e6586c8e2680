//! The placement check: everything drawn lies inside the text area, and the
//! header's two columns keep apart.
//!
//! The text area is each page's size minus the margins of the layout
//! library, read from `templates/nd30.typ` itself (`#let margin = …`,
//! `#let header-columns = …`), so the numbers live in one place. The top
//! margin holds the page number (and an electronic copy's stamp): text
//! whose baseline is above the text area is in that zone and not checked.

use std::sync::OnceLock;

use super::PLACE;
use super::text::FieldRef;
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::typeset::inspect::{Layout, MM_PER_PT};

/// How far past an edge counts (pt): rounding in the layout.
const TOLERANCE: f64 = 0.5;

/// The page margins, in pt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    pub top: f64,
    pub bottom: f64,
    pub left: f64,
    pub right: f64,
    /// The share of the text width given to the header's left column.
    pub header_left: f64,
}

impl Margins {
    /// The margins and header columns of NĐ30's numbers (`nd30.toml`).
    pub fn of(numbers: &crate::nd30::Nd30) -> Margins {
        let pt = |mm: f64| mm / MM_PER_PT;
        Margins {
            top: pt(numbers.margin_mm.top),
            bottom: pt(numbers.margin_mm.bottom),
            left: pt(numbers.margin_mm.left),
            right: pt(numbers.margin_mm.right),
            header_left: numbers.header_columns[0],
        }
    }

    /// The margins the embedded layout library lays out with.
    pub fn embedded() -> &'static Margins {
        static MARGINS: OnceLock<Margins> = OnceLock::new();
        MARGINS.get_or_init(|| Margins::of(crate::nd30::Nd30::embedded()))
    }
}

/// One thing drawn out of place.
struct Breach {
    page: usize,
    /// What it is, for the message: "`text`", "a rule", "an image".
    what: String,
    /// Where it goes, e.g. "8.3 mm past the right margin".
    how: String,
    /// The field it prints (or lies beside).
    field: Option<FieldRef>,
}

/// Checks every page of `layout`; `owners` says which field each text run
/// printed (from [`super::text::check`]).
pub fn check(loaded: &Loaded, layout: &Layout, owners: &[Option<FieldRef>], header: bool) -> Vec<Diagnostic> {
    check_with(loaded, layout, owners, Margins::embedded(), header)
}

/// `8.3 mm past the right margin`; `edge` is `left`, `right` or `bottom`.
fn past(over: f64, edge: &str) -> String {
    crate::t!("self-check-place-past", mm = format!("{:.1}", over * MM_PER_PT), edge = edge)
}

/// A run of text as the message names it.
fn quoted(text: &str) -> String {
    crate::t!("self-check-place-what", kind = "text", text = text.trim())
}

/// Checks `layout` against the given margins; `header`: page 1 starts
/// with the document's header.
pub fn check_with(
    loaded: &Loaded,
    layout: &Layout,
    owners: &[Option<FieldRef>],
    m: &Margins,
    header: bool,
) -> Vec<Diagnostic> {
    let mut breaches = Vec::new();
    let out_of = |page: usize, x0: f64, x1: f64, y1: f64| -> Option<String> {
        let (w, h) = *layout.pages.get(page - 1)?;
        if x0 < m.left - TOLERANCE {
            Some(past(m.left - x0, "left"))
        } else if x1 > w - m.right + TOLERANCE {
            Some(past(x1 - (w - m.right), "right"))
        } else if y1 > h - m.bottom + TOLERANCE {
            Some(past(y1 - (h - m.bottom), "bottom"))
        } else {
            None
        }
    };
    for (i, t) in layout.texts.iter().enumerate() {
        // The page-number zone, and a review copy's watermark (grey, under
        // the text, across the page by design).
        if t.y < m.top || !t.black || t.text.trim().is_empty() {
            continue;
        }
        if let Some(how) = out_of(t.page, t.x, t.right(), t.y) {
            let field = owners.get(i).cloned().flatten();
            breaches.push(Breach { page: t.page, what: quoted(&t.text), how, field });
        }
    }
    // Rules and images belong to the field printed nearest them.
    let nearest = |page: usize, y: f64| -> Option<FieldRef> {
        layout
            .texts
            .iter()
            .zip(owners)
            .filter(|(t, o)| t.page == page && o.is_some())
            .min_by(|(a, _), (b, _)| (a.y - y).abs().total_cmp(&(b.y - y).abs()))
            .and_then(|(_, o)| o.clone())
    };
    for r in &layout.rules {
        if r.y0.min(r.y1) < m.top {
            continue;
        }
        if let Some(how) = out_of(r.page, r.x0.min(r.x1), r.x0.max(r.x1), r.y0.max(r.y1)) {
            let field = nearest(r.page, r.y0);
            breaches.push(Breach {
                page: r.page,
                what: crate::t!("self-check-place-what", kind = "rule"),
                how,
                field,
            });
        }
    }
    for im in &layout.images {
        if let Some(how) = out_of(im.page, im.x, im.x + im.width, im.y + im.height) {
            let field = nearest(im.page, im.y + im.height / 2.0);
            breaches.push(Breach {
                page: im.page,
                what: crate::t!("self-check-place-what", kind = "image"),
                how,
                field,
            });
        }
    }
    if header {
        breaches.extend(header_overlap(layout, owners, m));
    }

    // One error per field (the first breach), one for vanban's own text.
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for b in breaches {
        let key = b.field.as_ref().map(|f| (f.file.name.clone(), f.path.clone()));
        if !seen.insert(key) {
            continue;
        }
        let (what, page, how) = (b.what.as_str(), b.page, b.how.as_str());
        out.push(match &b.field {
            Some(field) => field
                .at(Diagnostic::error(
                    PLACE,
                    crate::t!("self-check-place", what = what, page = page, how = how),
                ))
                .with_hint(crate::t!("self-check-place.hint")),
            None => Diagnostic::error(
                PLACE,
                crate::t!("self-check-place-ours", what = what, page = page, how = how),
            )
            .with_file(&loaded.file)
            .with_hint(crate::t!("self-check-place-ours.hint")),
        });
    }
    out
}

/// Page 1's header: the runs up to the date line (cơ quan, số and V/v on the
/// left, Quốc hiệu, tiêu ngữ and the date on the right) must each stay in
/// their column.
fn header_overlap(layout: &Layout, owners: &[Option<FieldRef>], m: &Margins) -> Vec<Breach> {
    let Some(&(w, _)) = layout.pages.first() else { return Vec::new() };
    // The columns as laid out (sized from their content); the default
    // share of `header-columns` when the layout did not mark them.
    let boundary = m.left + layout.header_left.unwrap_or(m.header_left * (w - m.left - m.right));
    let Some(end) = layout.texts.iter().position(|t| t.page == 1 && t.italic && t.text.contains("ngày"))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, t) in layout.texts[..=end].iter().enumerate() {
        // A review copy's watermark (grey) crosses the page by design.
        if t.page != 1 || t.y < m.top || !t.black || t.text.trim().is_empty() {
            continue;
        }
        if t.x < boundary - TOLERANCE && t.right() > boundary + TOLERANCE {
            let side = if t.center() < boundary { "left" } else { "right" };
            out.push(Breach {
                page: 1,
                what: quoted(&t.text),
                how: crate::t!(
                    "self-check-place-header",
                    side = side,
                    mm = format!(
                        "{:.1}",
                        if side == "left" { t.right() - boundary } else { boundary - t.x } * MM_PER_PT
                    )
                ),
                field: owners.get(i).cloned().flatten(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_are_read_from_the_nd30_numbers() {
        let m = Margins::embedded();
        let n = crate::nd30::Nd30::embedded();
        assert!((m.top * MM_PER_PT - n.margin_mm.top).abs() < 1e-9, "{m:?}");
        assert!((m.left * MM_PER_PT - n.margin_mm.left).abs() < 1e-9, "{m:?}");
        assert!(m.top > 0.0 && m.bottom > 0.0 && m.left > m.right, "{m:?}");
        let mut other = n.clone();
        other.margin_mm.left = 35.0;
        other.header_columns = [0.45, 0.55];
        let p = Margins::of(&other);
        assert!((p.left - 35.0 / MM_PER_PT).abs() < 1e-9);
        assert_eq!(p.header_left, 0.45);
    }
}
