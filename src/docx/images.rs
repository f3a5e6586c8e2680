//! The signer's signature and the seal in DOCX, placed as `nd30.typ`'s
//! `_signature-zone` places them: the signature as large as fits
//! `[signature-box-mm]`, keeping its proportions, centred in the room
//! between chức vụ and name; the seal at its real diameter over the left
//! third of the signature (`seal-overlap`), centred on it vertically, on
//! top. Both are floating pictures anchored to that room's paragraph, in
//! the signer's cell. Never in a draft (`--draft`): a draft is not signed.

use std::path::Path;

use docx_rs::{Paragraph, Pic, RelativeFromHType, RelativeFromVType, Run};

use super::Writer;
use crate::diagnostic::Diagnostic;

/// English Metric Units in a millimetre (Word measures pictures in them).
const EMU_PER_MM: f64 = 36_000.0;

fn emu(mm: f64) -> i32 {
    (mm * EMU_PER_MM).round() as i32
}

impl<'a> Writer<'a> {
    /// The PNG `path` names, beside the YAML file (the loader has checked
    /// that it is inside the document's folder), and its size in pixels.
    fn png(&mut self, path: &str, field: &str) -> Option<(Vec<u8>, u32, u32)> {
        let folder = Path::new(&self.loaded.file.name).parent().unwrap_or(Path::new(""));
        let read = crate::load::paths::resolve_inside(folder, path, crate::limits::IMAGE_MAX_FILE_BYTES)
            .ok()
            .and_then(|r| std::fs::read(r.shown).ok());
        let size = read.as_ref().and_then(|bytes| {
            let info = png::Decoder::new(std::io::Cursor::new(bytes.as_slice())).read_info().ok()?;
            let i = info.info();
            (i.width > 0 && i.height > 0).then_some((i.width, i.height))
        });
        match (read, size) {
            (Some(bytes), Some((w, h))) => Some((bytes, w, h)),
            _ => {
                let d = Diagnostic::error("image-missing", crate::t!("docx-image-unreadable", path = path))
                    .with_hint(crate::t!("docx-image-unreadable.hint"));
                self.problems.push(self.loaded.at(d, field));
                None
            }
        }
    }

    /// `space`, the room for the signature and seal in a signer cell
    /// `column` twips wide, with the signer's images on it (none for a
    /// draft).
    pub(super) fn signer_images(&mut self, mut space: Paragraph, column: i32, draft: bool) -> Paragraph {
        let signer = self.loaded.document.common().signer;
        if draft || (signer.signature.is_none() && signer.seal.is_none()) {
            return space;
        }
        let n = self.n;
        let zone = n.signature_space_mm;
        let column_mm = f64::from(column) * 25.4 / 1440.0;
        let (mut w, mut h) = (n.signature_box_mm.width, n.signature_box_mm.height);
        let mut count = 0;
        let mut picture = |bytes: Vec<u8>, px: (u32, u32), size: (f64, f64), at: (f64, f64), z: u32| {
            count += 1;
            let mut pic = Pic::new_with_dimensions(bytes, px.0, px.1)
                // Numbered here: docx-rs counts pictures process-wide, and
                // the same YAML must give the same bytes.
                .id(format!("rIdImage{count}"))
                .size(emu(size.0) as u32, emu(size.1) as u32)
                .floating()
                .overlapping()
                .relative_from_h(RelativeFromHType::Column)
                .relative_from_v(RelativeFromVType::Paragraph)
                .offset_x(emu(at.0))
                .offset_y(emu(at.1))
                .relative_height(z);
            pic.layout_in_cell = true;
            Run::new().add_image(pic)
        };
        let mut runs = Vec::new();
        if let Some(path) = signer.signature.clone()
            && let Some((bytes, pw, ph)) = self.png(&path, "signer.signature")
        {
            let scale = (w / f64::from(pw)).min(h / f64::from(ph));
            (w, h) = (f64::from(pw) * scale, f64::from(ph) * scale);
            let at = (column_mm / 2.0 - w / 2.0, (zone - h) / 2.0);
            runs.push(picture(bytes, (pw, ph), (w, h), at, 1));
        }
        if let Some(seal) = signer.seal.clone()
            && let Some((bytes, pw, ph)) = self.png(&seal.image, "signer.seal.image")
        {
            let d = seal.diameter.mm();
            let y = (zone - h) / 2.0;
            // `nd30.typ` centres the seal on the zone's axis moved by
            // this much; its left edge is half a diameter further left.
            let dx = -w / 2.0 + w * n.seal_overlap - d / 2.0;
            let x = column_mm / 2.0 + dx - d / 2.0;
            let size = (d, d * f64::from(ph) / f64::from(pw));
            runs.push(picture(bytes, (pw, ph), size, (x, y + h / 2.0 - d / 2.0), 2));
        }
        for r in runs {
            space = space.add_run(r);
        }
        space
    }
}

/// Mends what docx-rs writes of floating pictures: every `wp:docPr` gets an
/// id of its own (it writes 1 for all, and Word repairs such a file), a
/// negative offset is written as such (it writes the `i32` as unsigned:
/// the seal stands above its anchor's top), and pictures may overlap (it
/// writes `allowOverlap="0"` whatever is asked; the seal covers the
/// signature).
pub(super) fn mend_drawings(xml: &str) -> String {
    const DOC_PR: &str = "<wp:docPr id=\"1\" ";
    const OFFSET: &str = "<wp:posOffset>";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    let mut id = 0;
    loop {
        let next = [rest.find(DOC_PR), rest.find(OFFSET)].into_iter().flatten().min();
        let Some(at) = next else { break };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(tail) = rest.strip_prefix(DOC_PR) {
            id += 1;
            out.push_str(&format!("<wp:docPr id=\"{id}\" "));
            rest = tail;
        } else {
            let tail = &rest[OFFSET.len()..];
            let end = tail.find('<').unwrap_or(tail.len());
            let value = tail[..end]
                .parse::<u32>()
                .map_or_else(|_| tail[..end].to_string(), |v| (v as i32).to_string());
            out.push_str(OFFSET);
            out.push_str(&value);
            rest = &tail[end..];
        }
    }
    out.push_str(rest);
    out.replace(
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" allowOverlap=\"0\"",
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" allowOverlap=\"1\"",
    )
}
