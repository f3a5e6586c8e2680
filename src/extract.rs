//! Files attached to a PDF: how `vanban extract` gets a document's YAML
//! back out of the PDF it was rendered to with `--attach-source` or
//! `--pdf-standard a-3b`.

use std::collections::HashMap;
use std::sync::Arc;

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use crate::limits::{
    EXTRACT_MAX_ATTACHMENT as MAX_ATTACHMENT, EXTRACT_MAX_DEPTH as MAX_DEPTH, EXTRACT_MAX_NODES as MAX_NODES,
    EXTRACT_MAX_TOTAL as MAX_TOTAL,
};

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

/// What the hint of every refusal says: the files may still be had, with a
/// tool that does not stop where vanban does, if the PDF is trusted.
fn elsewhere() -> String {
    crate::t!("extract-elsewhere")
}

/// Megabytes, as the messages count a limit.
fn mb(bytes: usize) -> usize {
    bytes / 1024 / 1024
}

/// The work one reading may do: name-tree nodes visited, bytes returned,
/// and each stream inflated once however many names point at it.
struct Budget {
    nodes: usize,
    total: usize,
    inflated: HashMap<ObjectId, Arc<Vec<u8>>>,
}

/// Every file attached to a PDF, in the order of its name tree.
///
/// Hostile PDFs are bounded: every stream, object streams included, stops
/// inflating at [`MAX_ATTACHMENT`] bytes, the files returned together at
/// [`MAX_TOTAL`], the name tree at [`MAX_DEPTH`] levels and [`MAX_NODES`]
/// nodes and entries; a stream named many times is inflated once.
pub fn attached_files(pdf: &[u8]) -> Result<Vec<Attached>, String> {
    // A file that is not a PDF at all is said so plainly: the parser's own
    // reason (`couldn't parse input`) tells an office user nothing.
    if !pdf.starts_with(b"%PDF-") {
        return Err(crate::t!("extract-not-a-pdf"));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_ATTACHMENT),
        filter: Some(not_a_page),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(pdf, options).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            crate::t!("extract-pdf-bomb", mb = mb(MAX_ATTACHMENT), elsewhere = elsewhere())
        }
        e => crate::t!("extract-not-pdf", error = e.to_string()),
    })?;
    let catalog = doc.catalog().map_err(|e| crate::t!("extract-no-catalog", error = e.to_string()))?;
    let Some(tree) = catalog
        .get_deref(b"Names", &doc)
        .and_then(Object::as_dict)
        .ok()
        .and_then(|names| names.get_deref(b"EmbeddedFiles", &doc).and_then(Object::as_dict).ok())
    else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut budget = Budget { nodes: 0, total: 0, inflated: HashMap::new() };
    walk(&doc, tree, 0, &mut budget, &mut out)?;
    Ok(out)
}

/// Keeps every object but the pages, as the file is read: attached files
/// hang from the catalogue's name tree, never from a page, and a PDF of
/// many pages costs memory by its page objects (200,000 pages in 28 MB
/// took 715 MB).
fn not_a_page(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    let page = match &*object {
        Object::Dictionary(d) => d.has_type(b"Page"),
        _ => false,
    };
    // lopdf keeps the object it passed for a top-level object and the one
    // returned for an object inside an object stream: both must be whole.
    (!page).then(|| (id, object.clone()))
}

/// Counts one more node or entry of the name tree against the budget.
fn visit(budget: &mut Budget) -> Result<(), String> {
    budget.nodes += 1;
    if budget.nodes > MAX_NODES {
        return Err(crate::t!("extract-too-many-nodes", max = MAX_NODES, elsewhere = elsewhere()));
    }
    Ok(())
}

fn walk(
    doc: &Document,
    node: &Dictionary,
    depth: usize,
    budget: &mut Budget,
    out: &mut Vec<Attached>,
) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err(crate::t!("extract-too-deep", max = MAX_DEPTH, elsewhere = elsewhere()));
    }
    visit(budget)?;
    if let Ok(kids) = node.get_deref(b"Kids", doc).and_then(Object::as_array) {
        for kid in kids {
            if let Ok((_, Object::Dictionary(d))) = doc.dereference(kid) {
                walk(doc, d, depth + 1, budget, out)?;
            }
        }
    }
    if let Ok(names) = node.get_deref(b"Names", doc).and_then(Object::as_array) {
        for pair in names.chunks(2) {
            visit(budget)?;
            let [_, spec] = pair else { continue };
            if let Ok((_, Object::Dictionary(spec))) = doc.dereference(spec) {
                out.push(file_of(doc, spec, budget)?);
            }
        }
    }
    Ok(())
}

fn file_of(doc: &Document, spec: &Dictionary, budget: &mut Budget) -> Result<Attached, String> {
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
    let no_data = || crate::t!("extract-no-data", name = name.as_str());
    let reference = spec
        .get_deref(b"EF", doc)
        .and_then(Object::as_dict)
        .and_then(|ef| ef.get(b"F"))
        .map_err(|_| no_data())?;
    // The same stream named twice is inflated once (and counted twice).
    let id = reference.as_reference().ok();
    let cached = id.and_then(|id| budget.inflated.get(&id).cloned());
    let bytes = match cached {
        Some(bytes) => bytes,
        None => {
            let stream =
                doc.dereference(reference).and_then(|(_, o)| o.as_stream()).map_err(|_| no_data())?;
            let bytes = Arc::new(inflate(stream, &name, MAX_TOTAL - budget.total)?);
            if let Some(id) = id {
                budget.inflated.insert(id, Arc::clone(&bytes));
            }
            bytes
        }
    };
    if bytes.len() > MAX_ATTACHMENT {
        return Err(too_large(&name));
    }
    budget.total += bytes.len();
    if budget.total > MAX_TOTAL {
        return Err(too_much(&name));
    }
    Ok(Attached { name, path, bytes: bytes.to_vec(), relationship, description })
}

/// A stream's content, inflated no further than one file's limit or what is
/// left of the total, whichever is less.
fn inflate(stream: &lopdf::Stream, name: &str, left: usize) -> Result<Vec<u8>, String> {
    let limit = MAX_ATTACHMENT.min(left);
    if stream.dict.get(b"Filter").is_err() {
        return Ok(stream.content.clone());
    }
    stream.decompressed_content_with_limit(limit).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })
            if limit == MAX_ATTACHMENT =>
        {
            too_large(name)
        }
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => too_much(name),
        e => crate::t!("extract-cannot-inflate", name = name, error = e.to_string()),
    })
}

fn too_large(name: &str) -> String {
    crate::t!("extract-file-too-large", name = name, mb = mb(MAX_ATTACHMENT), elsewhere = elsewhere())
}

fn too_much(name: &str) -> String {
    crate::t!("extract-files-too-large", name = name, mb = mb(MAX_TOTAL), elsewhere = elsewhere())
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
        use crate::i18n::{Lang, with_lang};
        // Not a PDF at all: said so, without the parser's reason.
        let vi = with_lang(Lang::Vi, || attached_files(b"hello").unwrap_err());
        assert!(vi.starts_with("tệp này không phải PDF (một tệp PDF bắt đầu bằng `%PDF-`)"), "{vi}");
        let en = with_lang(Lang::En, || attached_files(b"hello").unwrap_err());
        assert!(en.starts_with("this file is not a PDF (a PDF starts with `%PDF-`)"), "{en}");
        // A PDF header over something broken: the parser's reason after ours.
        let vi = with_lang(Lang::Vi, || attached_files(b"%PDF-1.7 hello").unwrap_err());
        assert!(vi.starts_with("không phải tệp PDF vanban đọc được ("), "{vi}");
        let en = with_lang(Lang::En, || attached_files(b"%PDF-1.7 hello").unwrap_err());
        assert!(en.starts_with("not a PDF vanban can read ("), "{en}");
    }
}
