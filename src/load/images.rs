//! Checks of the signature and seal images a document names: they must be
//! PNG files inside the document's folder, with a transparent background,
//! of a size that prints; their colour (blue signature, red seal) is
//! checked too, as a warning.

use std::io::Cursor;
use std::path::Path;

use super::paths::PathProblem;

use super::Loaded;
use crate::diagnostic::Diagnostic;

use crate::limits::{
    IMAGE_MAX_FILE_BYTES as MAX_FILE_BYTES, IMAGE_MAX_SIDE as MAX_SIDE, IMAGE_MIN_SIDE as MIN_SIDE,
};

pub mod png_chunks;
/// Print resolution below which a seal looks blurred (NĐ30 asks 200 dpi of
/// digitised documents).
const MIN_SEAL_DPI: f64 = 200.0;
/// Seal diameters accepted: from a small round seal to the largest.
const SEAL_MM: std::ops::RangeInclusive<f64> = 20.0..=60.0;

/// What an image must be drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ink {
    Blue,
    Red,
}

/// The pixels that matter, summarised.
#[derive(Debug, Clone, Copy)]
struct Summary {
    width: u32,
    height: u32,
    /// Share of pixels that are (nearly) transparent.
    transparent: f64,
    /// Share of the visible, coloured pixels whose hue is the ink's.
    in_ink: f64,
    /// Visible pixels that are grey or black rather than coloured.
    grey: f64,
}

/// Checks every image a document names; errors stop the render, warnings
/// are reported with it.
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let signer = loaded.document.signer();
    let folder = Path::new(&loaded.file.name).parent().unwrap_or(Path::new(""));
    if let Some(path) = &signer.signature {
        out.extend(check_image(loaded, folder, path, "signer.signature", Ink::Blue, None));
    }
    if let Some(seal) = &signer.seal {
        let mm = seal.diameter.mm();
        if !SEAL_MM.contains(&mm) {
            out.push(
                loaded.at(
                    Diagnostic::error(
                        "seal-size",
                        crate::t!("seal-size", diameter = seal.diameter.to_string()),
                    )
                    .with_hint(crate::t!("seal-size.hint")),
                    "signer.seal.diameter",
                ),
            );
        }
        out.extend(check_image(loaded, folder, &seal.image, "signer.seal.image", Ink::Red, Some(mm)));
    }
    out
}

fn check_image(
    loaded: &Loaded,
    folder: &Path,
    path: &str,
    field: &str,
    ink: Ink,
    print_mm: Option<f64>,
) -> Vec<Diagnostic> {
    let what = match ink {
        Ink::Blue => "signature",
        Ink::Red => "seal",
    };
    let error = |code: &'static str, message: String, hint: String| {
        vec![loaded.at(Diagnostic::error(code, message).with_hint(hint), field)]
    };
    let shown = |p: &Path| p.display().to_string();
    if path.contains('\\') {
        // Typst refuses the path when it lays the image out, without saying
        // where it came from; `/` works on every system.
        return error(
            "image-path",
            crate::t!("image-backslash", path = path),
            crate::t!("image-backslash.hint", fixed = path.replace('\\', "/")),
        );
    }
    let inside_hint = || crate::t!("image-inside-hint");
    let full = match super::paths::resolve_inside(folder, path, MAX_FILE_BYTES) {
        Ok(resolved) => resolved.shown,
        Err(PathProblem::Absolute { relative }) => {
            // The same file, written from the document's folder, if it is there.
            let hint = match relative {
                Some(p) => crate::t!("image-absolute.hint", relative = p.to_string()),
                None => inside_hint(),
            };
            return error("image-path", crate::t!("image-absolute", path = path), hint);
        }
        // A symbolic link may point anywhere; what counts is where it leads
        // (the typesetter refuses the same files).
        Err(PathProblem::Outside) => {
            return error("image-path", crate::t!("image-outside", path = path), inside_hint());
        }
        Err(PathProblem::Folder { shown: shown_p }) => {
            return error(
                "image-missing",
                crate::t!("image-folder", path = shown(&shown_p), what = what),
                crate::t!("image-folder.hint"),
            );
        }
        Err(PathProblem::Missing { shown: shown_p }) => {
            return error(
                "image-missing",
                crate::t!("image-missing", what = what, path = shown(&shown_p)),
                crate::t!("image-missing.hint"),
            );
        }
        Err(PathProblem::NotRegular { shown: shown_p, kind }) => {
            // There, but not a file one can read an image from.
            return error(
                "image-format",
                crate::t!(
                    "image-not-regular",
                    what = what,
                    path = shown(&shown_p),
                    kind = super::paths::kind_text(kind)
                ),
                crate::t!("image-missing.hint"),
            );
        }
        Err(PathProblem::TooLarge { len, .. }) => {
            return error(
                "image-size",
                crate::t!(
                    "image-too-large",
                    what = what,
                    size = len / 1_000_000,
                    max = MAX_FILE_BYTES / 1_000_000
                ),
                crate::t!("image-too-large.hint"),
            );
        }
    };
    let bytes = match super::paths::read_regular(&full, MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(e) => {
            let cause = match e {
                super::paths::ReadProblem::Io(e) => crate::i18n::io_reason(&e),
                super::paths::ReadProblem::NotRegular(kind) => {
                    crate::t!("image-read-not-regular", kind = super::paths::kind_text(kind))
                }
                super::paths::ReadProblem::TooLarge(_) => crate::t!("image-read-grew"),
            };
            return error(
                "image-missing",
                crate::t!("image-unreadable", path = shown(&full), cause = cause),
                crate::t!("image-unreadable.hint"),
            );
        }
    };
    // Chunks first: their number and the colour profile's inflated size
    // are bounded before any decoder reads the file, and the decoder reads
    // the copy typst will get.
    let bytes = match png_chunks::sanitize(&bytes) {
        Ok(clean) => clean,
        Err(problem) => {
            return error(
                problem.code(),
                crate::t!("image-problem", what = what, path = shown(&full), problem = problem.message()),
                problem.hint(),
            );
        }
    };
    let summary = match summarize(&bytes, ink) {
        Ok(s) => s,
        Err(message) => {
            return error(
                "image-format",
                crate::t!("image-problem", what = what, path = shown(&full), problem = message),
                crate::t!("png-hint-not-png"),
            );
        }
    };
    let mut out = Vec::new();
    let (w, h) = (summary.width, summary.height);
    if w.min(h) < MIN_SIDE || w.max(h) > MAX_SIDE {
        out.extend(error(
            "image-size",
            crate::t!("image-pixels", what = what, width = w, height = h, min = MIN_SIDE, max = MAX_SIDE),
            crate::t!("image-pixels.hint"),
        ));
    }
    if summary.transparent < 0.05 {
        out.extend(error(
            "image-opaque",
            crate::t!("image-opaque", what = what),
            crate::t!("image-opaque.hint"),
        ));
    }
    if !out.is_empty() {
        return out;
    }
    if let Some(mm) = print_mm {
        let dpi = f64::from(w) / (mm / 25.4);
        if dpi < MIN_SEAL_DPI {
            out.push(
                loaded.at(
                    Diagnostic::warning(
                        "image-resolution",
                        crate::t!("image-resolution", dpi = format!("{dpi:.0}"), width = w, mm = mm),
                    )
                    .with_hint(crate::t!("image-resolution.hint")),
                    field,
                ),
            );
        }
        let ratio = f64::from(w) / f64::from(h);
        if !(0.9..=1.1).contains(&ratio) {
            out.push(
                loaded.at(
                    Diagnostic::warning(
                        "seal-shape",
                        crate::t!("seal-shape", width = w, height = h, mm = mm),
                    )
                    .with_hint(crate::t!("seal-shape.hint")),
                    field,
                ),
            );
        }
    }
    let rule = match ink {
        Ink::Blue => crate::t!("image-colour.signature"),
        Ink::Red => crate::t!("image-colour.seal"),
    };
    if summary.grey > 0.5 || summary.in_ink < 0.6 {
        out.push(loaded.at(
            Diagnostic::warning("image-colour", crate::t!("image-colour", what = what)).with_hint(rule),
            field,
        ));
    }
    out
}

/// Decodes a PNG and summarises its transparency and colour.
fn summarize(bytes: &[u8], ink: Ink) -> Result<Summary, String> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(crate::t!("png-not-png"));
    }
    let limits = png::Limits { bytes: crate::limits::IMAGE_DECODE_BYTES };
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), limits);
    decoder.set_transformations(png::Transformations::ALPHA | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| crate::t!("png-unreadable", error = e.to_string()))?;
    let (width, height) = reader.info().size();
    if width.max(height) > MAX_SIDE {
        // Not decoded: the caller refuses it for its size.
        return Ok(Summary { width, height, transparent: 1.0, in_ink: 1.0, grey: 0.0 });
    }
    let (color, _) = reader.output_color_type();
    if !matches!(color, png::ColorType::Rgba | png::ColorType::GrayscaleAlpha) {
        return Err(crate::t!("png-no-alpha"));
    }
    let size = reader.output_buffer_size().ok_or_else(|| crate::t!("png-buffer-too-large"))?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| crate::t!("png-unreadable", error = e.to_string()))?;
    let pixels = &buf[..info.buffer_size()];
    let channels = info.color_type.samples();
    let (mut total, mut transparent, mut coloured, mut inked, mut grey) = (0u64, 0u64, 0u64, 0u64, 0u64);
    for px in pixels.chunks_exact(channels) {
        total += 1;
        let (r, g, b, a) = match channels {
            4 => (px[0], px[1], px[2], px[3]),
            _ => (px[0], px[0], px[0], px[1]),
        };
        if a < 32 {
            transparent += 1;
            continue;
        }
        let (hue, saturation) = hue_saturation(r, g, b);
        if saturation < 0.25 {
            grey += 1;
            continue;
        }
        coloured += 1;
        let matches = match ink {
            Ink::Blue => (180.0..=270.0).contains(&hue),
            Ink::Red => !(25.0..=335.0).contains(&hue),
        };
        if matches {
            inked += 1;
        }
    }
    let visible = (total - transparent).max(1) as f64;
    Ok(Summary {
        width,
        height,
        transparent: transparent as f64 / total.max(1) as f64,
        in_ink: inked as f64 / coloured.max(1) as f64,
        grey: grey as f64 / visible,
    })
}

/// Hue in degrees and HSV saturation of an RGB colour.
fn hue_saturation(r: u8, g: u8, b: u8) -> (f64, f64) {
    let (r, g, b) = (f64::from(r) / 255.0, f64::from(g) / 255.0, f64::from(b) / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let delta = max - min;
    let saturation = if max == 0.0 { 0.0 } else { delta / max };
    if delta == 0.0 {
        return (0.0, saturation);
    }
    let hue = if max == r {
        60.0 * (((g - b) / delta).rem_euclid(6.0))
    } else if max == g {
        60.0 * ((b - r) / delta + 2.0)
    } else {
        60.0 * ((r - g) / delta + 4.0)
    };
    (hue, saturation)
}

/// The checks of [`check`] on a file's bytes, without a document: the
/// chunks bounded, then decoded. The image's size in pixels, or what is
/// wrong. (For fuzzing.)
pub fn check_png_bytes(bytes: &[u8]) -> Result<(u32, u32), String> {
    let clean = png_chunks::sanitize(bytes).map_err(|p| p.message())?;
    summarize(&clean, Ink::Blue).map(|s| (s.width, s.height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hues_of_inks() {
        assert_eq!(hue_saturation(0, 0, 255).0, 240.0);
        assert_eq!(hue_saturation(255, 0, 0).0, 0.0);
        assert!(hue_saturation(20, 20, 20).1 < 0.25, "black is grey");
    }
}
