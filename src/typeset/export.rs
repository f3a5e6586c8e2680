//! PDF, PNG and SVG output of a compiled document.

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::diagnostic::Diagnostic;

/// What makes a PDF reproducible: a stable identifier and a fixed timestamp.
#[derive(Debug, Clone, Default)]
pub struct PdfMeta {
    /// Hashed into the PDF's /ID; derived from the document, not the run.
    pub ident: String,
    /// The creation date written into the PDF (UTC), if any.
    pub timestamp: Option<chrono::NaiveDateTime>,
    /// A PDF/A level instead of plain PDF 1.7.
    pub pdf_a: Option<PdfStandard>,
}

/// PDF/A levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfStandard {
    A2b,
    A3b,
}

/// Exports a PDF (1.7, tagged; PDF/A-2b on request).
pub fn pdf(doc: &PagedDocument, meta: &PdfMeta) -> Result<Vec<u8>, Diagnostic> {
    let timestamp = meta.timestamp.and_then(|t| {
        use chrono::{Datelike, Timelike};
        Datetime::from_ymd_hms(
            t.year(),
            t.month() as u8,
            t.day() as u8,
            t.hour() as u8,
            t.minute() as u8,
            t.second() as u8,
        )
        .map(Timestamp::new_utc)
    });
    let standards = match meta.pdf_a {
        None => PdfStandards::default(),
        Some(level) => PdfStandards::new(&[match level {
            PdfStandard::A2b => typst_pdf::PdfStandard::A_2b,
            PdfStandard::A3b => typst_pdf::PdfStandard::A_3b,
        }])
        .map_err(|e| Diagnostic::error("pdf", e.message().to_string()))?,
    };
    let options = PdfOptions {
        ident: Smart::Custom(meta.ident.clone()),
        creator: Smart::Custom(Some(format!("vanban {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(doc, &options).map_err(|errors| {
        let message = errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; ");
        Diagnostic::error("pdf", crate::t!("export-pdf-failed", message = message))
    })
}

/// Renders one page to PNG at `ppi` pixels per inch.
pub fn png(doc: &PagedDocument, page: usize, ppi: f32) -> Result<Vec<u8>, Diagnostic> {
    let page = doc.pages().get(page).ok_or_else(|| Diagnostic::error("png", crate::t!("export-no-page")))?;
    let scale = f64::from(ppi) / 72.0;
    let size = page.frame.size();
    let pixels = (size.x.to_pt() * scale).ceil() * (size.y.to_pt() * scale).ceil();
    let max = crate::limits::PNG_MAX_PAGE_PIXELS;
    if !(pixels.is_finite() && pixels >= 1.0 && pixels <= max as f64) {
        return Err(Diagnostic::error(
            "png",
            crate::t!(
                "export-png-too-large",
                ppi = ppi.to_string(),
                pixels = format!("{pixels:.0}"),
                max = max
            ),
        )
        .with_hint(crate::t!(
            "export-png-too-large.hint",
            most = format!("{:.0}", ppi * (max as f64 / pixels).sqrt() as f32)
        )));
    }
    let options =
        typst_render::RenderOptions { pixel_per_pt: (f64::from(ppi) / 72.0).into(), render_bleed: false };
    let pixmap = typst_render::render(page, &options);
    pixmap
        .encode_png()
        .map_err(|e| Diagnostic::error("png", crate::t!("export-png-failed", error = e.to_string())))
}

/// Renders one page to SVG.
pub fn svg(doc: &PagedDocument, page: usize) -> Result<String, Diagnostic> {
    let page = doc.pages().get(page).ok_or_else(|| Diagnostic::error("svg", crate::t!("export-no-page")))?;
    Ok(typst_svg::svg(page, &typst_svg::SvgOptions { render_bleed: false, pretty: false }))
}
