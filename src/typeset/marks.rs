//! Values the layout library hands back: `templates/nd30.typ` places
//! `metadata(..)` labelled `<vanban-…>` where it decided something vanban
//! must know after layout (a signing field's box, a table too wide, the
//! header's columns). They print nothing.

use typst::foundations::{Dict, Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// The dictionaries marked with `label`, in document order.
pub fn dicts(doc: &PagedDocument, label: &str) -> Vec<Dict> {
    let Some(label) = Label::new(PicoStr::intern(label)) else { return Vec::new() };
    doc.introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| match &content.to_packed::<MetadataElem>()?.value {
            Value::Dict(dict) => Some(dict.clone()),
            _ => None,
        })
        .collect()
}

/// A number of a mark (an integer or a float).
pub fn number(dict: &Dict, key: &str) -> Option<f64> {
    match dict.get(key).ok()? {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        _ => None,
    }
}

/// A string of a mark.
pub fn string(dict: &Dict, key: &str) -> Option<String> {
    match dict.get(key).ok()? {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}
