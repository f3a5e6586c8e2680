//! Tables the layout library could not fit to the page. `bang` in
//! `templates/nd30.typ` decides a table's column widths and text size from
//! its measured content; when even the smallest table size leaves it wider
//! than the text, it marks the table with a `metadata` value labelled
//! `<vanban-table-overflow>`. This module only reads the marks back.

use typst_layout::PagedDocument;

/// The label the layout library puts on the mark of a table too wide.
const OVERFLOW_LABEL: &str = "vanban-table-overflow";
/// The label of the mark of a figure column narrower than its figures.
const NARROW_LABEL: &str = "vanban-table-narrow";

/// A figure column given a `width` narrower than its widest figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Narrow {
    /// The table's [`fingerprint`](crate::model::table::fingerprint).
    pub id: String,
    /// The column, from 0.
    pub column: usize,
    /// Its width as written, in pt.
    pub width: f64,
    /// What its widest figure needs, with the cell's padding, in pt.
    pub needed: f64,
    /// The table's text size, in pt.
    pub size: f64,
}

/// The figure columns of a document's tables narrower than their figures.
pub fn narrow_columns(doc: &PagedDocument) -> Vec<Narrow> {
    super::marks::dicts(doc, NARROW_LABEL)
        .iter()
        .filter_map(|dict| {
            let number = |key: &str| super::marks::number(dict, key);
            Some(Narrow {
                id: super::marks::string(dict, "id")?,
                column: number("column")? as usize,
                width: number("width")?,
                needed: number("needed")?,
                size: number("size")?,
            })
        })
        .collect()
}

/// A table too wide for its page, as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    /// The table's [`fingerprint`](crate::model::table::fingerprint).
    pub id: String,
    /// The width of the text area, in pt.
    pub width: f64,
    /// The least width its columns need at the smallest table size, in pt.
    pub needed: f64,
    /// The smallest table size, in pt.
    pub size: f64,
    /// Whether the page is landscape.
    pub landscape: bool,
}

/// The tables of a document that do not fit their page, in document order.
pub fn overflows(doc: &PagedDocument) -> Vec<Overflow> {
    super::marks::dicts(doc, OVERFLOW_LABEL)
        .iter()
        .filter_map(|dict| {
            let number = |key: &str| super::marks::number(dict, key);
            Some(Overflow {
                id: super::marks::string(dict, "id")?,
                width: number("width")?,
                needed: number("needed")?,
                size: number("size")?,
                landscape: matches!(dict.get("landscape"), Ok(typst::foundations::Value::Bool(true))),
            })
        })
        .collect()
}
