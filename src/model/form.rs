//! Forms (mẫu) attached to a decision, a plan or a quy chế: blank sheets
//! that others fill in — fill-in lines with dot leaders, checkboxes,
//! tables with empty rows, signature grids — each on pages of its own.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::table::{Column, IndexRow, Row, Table};

/// One mẫu: its label, an optional small header, a centred title and the
/// form's body.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// `Mẫu số 01` by default (the form's place among the document's forms).
    #[serde(default)]
    pub label: Option<String>,
    /// The form's own small header, as forms are filled in by others:
    /// `true` for the Quốc hiệu and Tiêu ngữ alone, or the lines of the
    /// organisation printed on their left (`[UBND xã Ngọc Liên]`).
    #[serde(default)]
    pub header: Option<FormHeader>,
    /// The form's name, centred, bold, in capitals: `Đơn đề nghị …`.
    pub title: String,
    /// A line under the title, centred, bold (`Kính gửi: …`, `Năm …`).
    #[serde(default)]
    pub subtitle: Option<String>,
    /// The form's body, top to bottom.
    #[serde(default)]
    pub content: Vec<FormBlock>,
}

/// The header of a form: the Quốc hiệu and Tiêu ngữ, with the
/// organisation's lines on their left when given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormHeader {
    pub organization: Vec<String>,
}

impl<'de> Deserialize<'de> for FormHeader {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FormHeader;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-form-header"))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<FormHeader, E> {
                if v {
                    Ok(FormHeader { organization: Vec::new() })
                } else {
                    Err(E::custom(crate::load::de::mistake("wrong-type", crate::t!("form-header-false"))))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FormHeader, E> {
                Ok(FormHeader { organization: vec![v.to_string()] })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FormHeader, A::Error> {
                let mut organization = Vec::new();
                while let Some(line) = seq.next_element()? {
                    organization.push(line);
                }
                Ok(FormHeader { organization })
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for FormHeader {
    fn schema_name() -> Cow<'static, str> {
        "FormHeader".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "`true` for the Quốc hiệu alone, or the organisation's lines on its left.",
            "anyOf": [
                { "const": true },
                { "type": "string" },
                { "type": "array", "items": { "type": "string" }, "minItems": 1 }
            ]
        })
    }
}

/// One part of a form's body, written as a one-key mapping.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FormBlock {
    /// A paragraph, as written.
    Text(String),
    /// A fill-in line: the label, then dot leaders to the right margin
    /// (`Họ và tên: ……………`).
    Field(String),
    /// Several fill-in fields sharing one line (`Ngày sinh: …… Giới tính: ……`).
    Fields(Vec<String>),
    /// Boxes to tick: one per line, or after a label on one line.
    Checkboxes(Checkboxes),
    /// A table with empty rows to fill in.
    Table(FormTable),
    /// Signers side by side, without borders (two to four): each with its
    /// title and `(Ký, ghi rõ họ tên)`.
    Signatures(Vec<FormSigner>),
    /// `<place>, ngày …… tháng …… năm ……` on the right, in italics; an
    /// empty place leaves dots for it.
    DateLine(String),
}

/// Checkboxes: a list (one per line) or `{label, items}` (on one line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checkboxes {
    pub label: Option<String>,
    pub items: Vec<String>,
}

impl<'de> Deserialize<'de> for Checkboxes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            #[serde(default)]
            label: Option<String>,
            items: Vec<String>,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Checkboxes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-checkboxes"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checkboxes, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Checkboxes { label: None, items })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Checkboxes, A::Error> {
                let f = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Checkboxes { label: f.label, items: f.items })
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Checkboxes {
    fn schema_name() -> Cow<'static, str> {
        "Checkboxes".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "array", "items": { "type": "string" }, "minItems": 1 },
                {
                    "type": "object",
                    "properties": {
                        "label": { "type": "string" },
                        "items": { "type": "array", "items": { "type": "string" }, "minItems": 1 }
                    },
                    "required": ["items"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// A form's table: columns as any table's, rows given (if any), then
/// `blank_rows` empty rows to fill in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormTable {
    #[serde(default)]
    pub caption: Option<String>,
    pub columns: Vec<Column>,
    #[serde(default)]
    pub index_row: Option<IndexRow>,
    /// Rows printed filled in, before the empty ones.
    #[serde(default)]
    pub rows: Vec<Row>,
    /// Empty rows to fill in (5 by default; at most
    /// [`crate::limits::FORM_MAX_BLANK_ROWS`]).
    #[serde(default = "default_blank_rows")]
    pub blank_rows: u32,
}

fn default_blank_rows() -> u32 {
    5
}

impl FormTable {
    /// The table it lays out as (its empty rows are added by the layout).
    pub fn table(&self) -> Table {
        Table {
            caption: self.caption.clone(),
            unit: None,
            columns: self.columns.clone(),
            index_row: self.index_row.clone(),
            rows: self.rows.clone(),
            total: None,
            size: None,
            levels: None,
        }
    }
}

/// One signer of a form's signature grid.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormSigner {
    /// `Người khai`, `Xác nhận của UBND xã`: bold, in capitals.
    pub title: String,
    /// Under the title, in italics: `(Ký, ghi rõ họ tên)` by default.
    #[serde(default)]
    pub note: Option<String>,
    /// A name printed under the signing space, if known.
    #[serde(default)]
    pub name: Option<String>,
}
