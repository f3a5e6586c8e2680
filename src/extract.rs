//! Files attached to a PDF: how `vanban extract` gets a document's YAML
//! back out of the PDF it was rendered to with `--attach-source` or
//! `--pdf-standard a-3b`.

use lopdf::{Dictionary, Document, Object};

use crate::limits::{EXTRACT_MAX_ATTACHMENT as MAX_ATTACHMENT, EXTRACT_MAX_DEPTH as MAX_DEPTH};

/// A file attached to a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    /// Its file name, as stored (without any folder).
    pub name: String,
    /// The relative path it was stored under (`images/seal.png`), when that
    /// is a plain relative path: never absolute, never with `..`.
    pub path: Option<std::path::PathBuf>,
    pub bytes: Vec<u8>,
    /// `Source`, `Data`, …: why it is attached (PDF/A-3 `AFRelationship`).
    pub relationship: Option<String>,
    /// Its description (`/Desc`): vanban names its source and the files
    /// it draws from there, which also holds outside PDF/A-3 (where there
    /// is no `AFRelationship`).
    pub description: Option<String>,
}

/// The description vanban gives the YAML it attaches.
pub const SOURCE_DESCRIPTION: &str = "vanban source of this document";
/// The start of the description of a file the YAML draws from.
pub const SUPPLEMENT_DESCRIPTION: &str = "vanban source file ";

impl Attached {
    /// The YAML the PDF was rendered from.
    pub fn is_source(&self) -> bool {
        self.relationship.as_deref() == Some("Source")
            || self.description.as_deref() == Some(SOURCE_DESCRIPTION)
    }

    /// A file the YAML draws from (an image, an attached Kế hoạch).
    pub fn is_supplement(&self) -> bool {
        self.relationship.as_deref() == Some("Supplement")
            || self.description.as_deref().is_some_and(|d| d.starts_with(SUPPLEMENT_DESCRIPTION))
    }
}

/// Every file attached to a PDF, in the order of its name tree.
pub fn attached_files(pdf: &[u8]) -> Result<Vec<Attached>, String> {
    let doc = Document::load_mem(pdf).map_err(|e| format!("not a PDF vanban can read ({e})"))?;
    let catalog = doc.catalog().map_err(|e| format!("the PDF has no catalog ({e})"))?;
    let Some(tree) = catalog
        .get_deref(b"Names", &doc)
        .and_then(Object::as_dict)
        .ok()
        .and_then(|names| names.get_deref(b"EmbeddedFiles", &doc).and_then(Object::as_dict).ok())
    else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    walk(&doc, tree, 0, &mut out)?;
    Ok(out)
}

fn walk(doc: &Document, node: &Dictionary, depth: usize, out: &mut Vec<Attached>) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err("the PDF's list of attached files is nested too deep".into());
    }
    if let Ok(kids) = node.get_deref(b"Kids", doc).and_then(Object::as_array) {
        for kid in kids {
            if let Ok((_, Object::Dictionary(d))) = doc.dereference(kid) {
                walk(doc, d, depth + 1, out)?;
            }
        }
    }
    if let Ok(names) = node.get_deref(b"Names", doc).and_then(Object::as_array) {
        for pair in names.chunks(2) {
            let [_, spec] = pair else { continue };
            if let Ok((_, Object::Dictionary(spec))) = doc.dereference(spec) {
                out.push(file_of(doc, spec)?);
            }
        }
    }
    Ok(())
}

fn file_of(doc: &Document, spec: &Dictionary) -> Result<Attached, String> {
    let text = |key: &[u8]| -> Option<String> {
        match spec.get_deref(key, doc).ok()? {
            Object::String(bytes, _) => Some(decode_text(bytes)),
            Object::Name(name) => Some(String::from_utf8_lossy(name).into_owned()),
            _ => None,
        }
    };
    let stored = text(b"UF").or_else(|| text(b"F")).unwrap_or_else(|| "attachment".into());
    // Only the file name, and a folder only if it stays below the folder
    // we extract into: a stored path must not choose where we write.
    let name = stored.rsplit(['/', '\\']).next().unwrap_or_default().to_string();
    let path = Some(std::path::PathBuf::from(&stored)).filter(|p| {
        !stored.contains('\\') && p.components().all(|c| matches!(c, std::path::Component::Normal(_)))
    });
    let relationship = text(b"AFRelationship");
    let description = text(b"Desc");
    let stream = spec
        .get_deref(b"EF", doc)
        .and_then(Object::as_dict)
        .and_then(|ef| ef.get_deref(b"F", doc))
        .and_then(Object::as_stream)
        .map_err(|_| format!("the attached file {name} has no data"))?;
    let bytes = if stream.dict.get(b"Filter").is_ok() {
        stream
            .decompressed_content_with_limit(MAX_ATTACHMENT)
            .map_err(|e| format!("the attached file {name} cannot be decompressed ({e})"))?
    } else {
        stream.content.clone()
    };
    if bytes.len() > MAX_ATTACHMENT {
        return Err(format!("the attached file {name} is larger than {} MB", MAX_ATTACHMENT / 1024 / 1024));
    }
    Ok(Attached { name, path, bytes, relationship, description })
}

/// A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, or
/// PDFDocEncoding (read as Latin-1, which agrees on the printable range).
fn decode_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_in_their_encodings() {
        assert_eq!(decode_text(b"\xFE\xFF\x00k\x1E\xBF"), "kế");
        assert_eq!(decode_text(b"plan.yaml"), "plan.yaml");
    }

    #[test]
    fn not_a_pdf() {
        assert!(attached_files(b"hello").unwrap_err().starts_with("not a PDF vanban can read"));
    }
}
