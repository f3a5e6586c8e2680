//! Vietnamese text rules: dates, numbers and amounts, số and ký hiệu,
//! citations, list punctuation, the formulaic sentences of plans and where
//! the name of an organisation may break across lines.
//! Pure functions, no layout: the NĐ30 sizes and positions live in the Typst
//! layout library (`templates/nd30.typ`).

pub mod cite;
pub mod date;
pub mod ky_hieu;
pub mod name;
pub mod number;
pub mod phrase;
pub mod text;
