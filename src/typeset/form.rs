//! Unsigned signature form fields at the signature and seal zones, so that
//! a PDF reader or signing tool offers "sign here" where NĐ30 puts the
//! signature (ô 7c) and the organisation's seal (ô 8).
//!
//! The fields are added as an incremental update (ISO 32000-1, 7.5.6): the
//! PDF typst wrote stays byte for byte at the start of the file, and the
//! new objects, a cross-reference section and a trailer follow it — the
//! same way a signature is later added.

use lopdf::{Dictionary, Document, IncrementalDocument, Object, ObjectId, Stream, StringFormat};

use super::fields::SignField;

/// Field names by zone kind: `signature` → `chu-ky`, `seal` → `dau`,
/// `copy-signature` → `ban-sao-chu-ky`, `copy-seal` → `ban-sao-dau`.
fn field_name(kind: &str) -> Option<&'static str> {
    match kind {
        "signature" => Some("chu-ky"),
        "seal" => Some("dau"),
        "copy-signature" => Some("ban-sao-chu-ky"),
        "copy-seal" => Some("ban-sao-dau"),
        _ => None,
    }
}

/// Appends an unsigned signature field for every signature and seal zone.
pub fn add_signature_fields(pdf: &[u8], fields: &[SignField]) -> Result<Vec<u8>, String> {
    let prev = Document::load_mem(pdf)
        .map_err(|e| crate::t!("export-sign-fields-unreadable", error = e.to_string()))?;
    let pages = prev.get_pages();
    let catalog_id = prev
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| crate::t!("export-sign-fields-no-catalog"))?;
    let mut inc = IncrementalDocument::create_from(pdf.to_vec(), prev);

    let mut refs = Vec::new();
    let mut per_page: Vec<(ObjectId, ObjectId)> = Vec::new();
    for f in fields {
        let Some(name) = field_name(&f.kind) else { continue };
        let page = *pages
            .get(&(f.page as u32))
            .ok_or_else(|| crate::t!("export-sign-fields-no-page", page = f.page))?;
        let [x0, y0, x1, y1] = f.rect;
        // PDF/A wants an appearance for every widget: an empty one.
        let mut appearance = Dictionary::new();
        appearance.set("Type", "XObject");
        appearance.set("Subtype", "Form");
        appearance.set("BBox", vec![0.into(), 0.into(), real(x1 - x0), real(y1 - y0)]);
        let appearance = inc.new_document.add_object(Stream::new(appearance, Vec::new()));
        let mut ap = Dictionary::new();
        ap.set("N", appearance);
        let mut widget = Dictionary::new();
        widget.set("Type", "Annot");
        widget.set("Subtype", "Widget");
        widget.set("FT", "Sig");
        widget.set("T", Object::String(name.as_bytes().to_vec(), StringFormat::Literal));
        widget.set("Rect", vec![real(x0), real(y0), real(x1), real(y1)]);
        // Print: PDF/A requires it of annotations.
        widget.set("F", 4);
        widget.set("P", page);
        widget.set("AP", ap);
        let id = inc.new_document.add_object(widget);
        refs.push(Object::Reference(id));
        per_page.push((page, id));
    }
    if refs.is_empty() {
        return Ok(pdf.to_vec());
    }

    for (page, widget) in &per_page {
        inc.opt_clone_object_to_new_document(*page).map_err(|e| e.to_string())?;
        // Existing annotations (links) stay; an indirect array is copied in.
        let existing: Vec<Object> = {
            let page_dict =
                inc.new_document.get_object(*page).and_then(Object::as_dict).map_err(|e| e.to_string())?;
            match page_dict.get(b"Annots") {
                Ok(Object::Array(a)) => a.clone(),
                Ok(Object::Reference(r)) => inc
                    .get_prev_documents()
                    .get_object(*r)
                    .and_then(Object::as_array)
                    .cloned()
                    .unwrap_or_default(),
                _ => Vec::new(),
            }
        };
        let mut annots = existing;
        annots.push(Object::Reference(*widget));
        let page_dict = inc
            .new_document
            .get_object_mut(*page)
            .and_then(Object::as_dict_mut)
            .map_err(|e| e.to_string())?;
        page_dict.set("Annots", annots);
    }

    inc.opt_clone_object_to_new_document(catalog_id).map_err(|e| e.to_string())?;
    let catalog = inc
        .new_document
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| e.to_string())?;
    let mut form = Dictionary::new();
    form.set("Fields", refs);
    catalog.set("AcroForm", form);

    let mut out = Vec::new();
    inc.save_to(&mut out).map_err(|e| crate::t!("export-sign-fields-unwritable", error = e.to_string()))?;
    Ok(out)
}

fn real(v: f64) -> Object {
    Object::Real(v as f32)
}
