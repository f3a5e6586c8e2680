//! The document model: serde types for each document type, as users write
//! them in YAML. Only data lives here; wording is in [`crate::vn`] and layout
//! in the templates.

mod common;
mod ke_hoach;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use common::{
    Authority, Basis, Block, Citation, Date, Issuer, Lines, OneOrMany, Prefix, Recipient, Section, Signer,
};
pub use ke_hoach::{Assignment, AssignmentForm, Funding, KeHoach, Project, Responsibility, Task};

/// The `type:` of a document, which picks its model and template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DocType {
    KeHoach,
}

impl DocType {
    pub const ALL: [DocType; 1] = [DocType::KeHoach];

    /// The value written after `type:`.
    pub fn key(self) -> &'static str {
        match self {
            DocType::KeHoach => "ke-hoach",
        }
    }

    /// Tên loại as printed (in capitals by the layout).
    pub fn ten_loai(self) -> &'static str {
        match self {
            DocType::KeHoach => "Kế hoạch",
        }
    }

    /// The template that lays this type out.
    pub fn template(self) -> &'static str {
        match self {
            DocType::KeHoach => "ke-hoach.typ.j2",
        }
    }

    pub fn from_key(key: &str) -> Option<DocType> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A loaded document of any type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Document {
    KeHoach(KeHoach),
}

impl Document {
    pub fn doc_type(&self) -> DocType {
        match self {
            Document::KeHoach(_) => DocType::KeHoach,
        }
    }

    pub fn issuer(&self) -> &Issuer {
        match self {
            Document::KeHoach(d) => &d.issuer,
        }
    }

    pub fn number(&self) -> Option<u32> {
        match self {
            Document::KeHoach(d) => d.number,
        }
    }

    pub fn date(&self) -> Option<Date> {
        match self {
            Document::KeHoach(d) => d.date,
        }
    }

    pub fn year(&self) -> i32 {
        match self {
            Document::KeHoach(d) => d.year,
        }
    }

    pub fn title(&self) -> &str {
        match self {
            Document::KeHoach(d) => &d.title,
        }
    }

    pub fn signer(&self) -> &Signer {
        match self {
            Document::KeHoach(d) => &d.signer,
        }
    }

    pub fn recipients(&self) -> &[Recipient] {
        match self {
            Document::KeHoach(d) => &d.recipients,
        }
    }

    pub fn archive(&self) -> &[String] {
        match self {
            Document::KeHoach(d) => &d.archive,
        }
    }

    pub fn bases(&self) -> &[Basis] {
        match self {
            Document::KeHoach(d) => &d.bases,
        }
    }

    pub fn references(&self) -> &[Citation] {
        match self {
            Document::KeHoach(d) => &d.references,
        }
    }

    /// The ký hiệu: `KH-UBND`.
    pub fn ky_hieu(&self) -> String {
        let abbr = crate::vn::ky_hieu::type_abbreviation(self.doc_type().ten_loai());
        crate::vn::ky_hieu::ky_hieu(abbr, &self.issuer().abbr, None)
    }
}

/// The JSON Schema of the document format: one schema per `type:`, chosen
/// by that field, for editors (yaml-language-server) to complete and check.
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(KeHoach)).expect("schema serializes");
    let map = schema.as_object_mut().expect("a schema object");
    map.insert("title".into(), "vanban document".into());
    schema
}
