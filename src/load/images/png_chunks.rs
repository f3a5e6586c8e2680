//! A PNG file as its list of chunks, bounded before any decoder reads it.
//!
//! A PNG is a signature and then chunks: a 4-byte length, a 4-byte type,
//! the data and a CRC. Decoders trust what the chunks claim; a 300 KB file
//! whose colour profile (`iCCP`, zlib-compressed) inflates to gigabytes
//! makes them allocate gigabytes. [`sanitize`] walks the chunks first,
//! bounds their number and the inflated size of the colour profile, and
//! returns the file with only the chunks that change how the pixels look.
//! vanban's own check decodes that copy, and the typesetter's world hands
//! typst the same copy, so what typst decodes is what was checked.

use std::borrow::Cow;
use std::io::Read;

use crate::limits::{PNG_MAX_CHUNKS as MAX_CHUNKS, PNG_MAX_ICC_BYTES as MAX_ICC_BYTES};

/// The eight bytes every PNG file starts with.
pub const SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

/// Chunks passed on to decoders: the critical ones and the ancillary ones
/// that say how the pixels look (transparency, gamma, colour space,
/// resolution). Text (`tEXt`, `zTXt`, `iTXt`), EXIF, timestamps, animation
/// and unknown ancillary chunks are dropped: nothing printed depends on
/// them, and some are compressed.
const KEPT: &[&[u8; 4]] = &[
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs",
    b"bKGD",
];

/// Why a file is refused before decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It does not start with the PNG signature.
    NotPng,
    /// Its chunk structure is broken; says how.
    Damaged(String),
    /// More than [`MAX_CHUNKS`] chunks.
    TooManyChunks,
    /// The colour profile inflates past [`MAX_ICC_BYTES`].
    IccTooLarge,
    /// A critical chunk no PNG reader knows (the type as text).
    UnknownCritical(String),
}

impl Problem {
    /// The diagnostic code.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::IccTooLarge => "image-metadata",
            Problem::TooManyChunks => "image-size",
            _ => "image-format",
        }
    }

    /// What is wrong, said after "the seal image FILE ".
    pub fn message(&self) -> String {
        match self {
            Problem::NotPng => crate::t!("png-not-png"),
            Problem::Damaged(how) => crate::t!("png-damaged", how = how.as_str()),
            Problem::TooManyChunks => crate::t!("png-too-many-chunks", max = MAX_CHUNKS),
            Problem::IccTooLarge => crate::t!("png-icc-too-large", mb = MAX_ICC_BYTES / 1024 / 1024),
            Problem::UnknownCritical(kind) => crate::t!("png-unknown-critical", chunk = kind.as_str()),
        }
    }

    /// How to fix it.
    pub fn hint(&self) -> String {
        match self {
            Problem::NotPng => crate::t!("png-hint-not-png"),
            Problem::IccTooLarge => crate::t!("png-hint-icc"),
            Problem::TooManyChunks | Problem::Damaged(_) | Problem::UnknownCritical(_) => {
                crate::t!("png-hint-resave")
            }
        }
    }
}

/// Checks a PNG's chunks and returns the file as decoders may see it: the
/// same bytes when every chunk is kept, otherwise a copy without the
/// dropped chunks (and without anything after `IEND`). The result of a
/// result is itself: `sanitize(sanitize(x)) == sanitize(x)`.
pub fn sanitize(bytes: &[u8]) -> Result<Cow<'_, [u8]>, Problem> {
    if !bytes.starts_with(SIGNATURE) {
        return Err(Problem::NotPng);
    }
    // Byte ranges of the kept chunks, and whether anything was left out.
    let mut kept: Vec<std::ops::Range<usize>> = Vec::new();
    let mut dropped = false;
    let mut seen_icc = false;
    let mut count = 0;
    let mut pos = SIGNATURE.len();
    while pos < bytes.len() {
        let rest = &bytes[pos..];
        if rest.len() < 12 {
            return Err(Problem::Damaged(crate::t!("png-damaged-truncated")));
        }
        let length = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let kind: [u8; 4] = [rest[4], rest[5], rest[6], rest[7]];
        let name = String::from_utf8_lossy(&kind).into_owned();
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(Problem::Damaged(crate::t!("png-damaged-type")));
        }
        // The format caps lengths at 2^31 - 1; the file must hold the data.
        let end = usize::try_from(length)
            .ok()
            .filter(|_| length <= i32::MAX as u32)
            .and_then(|l| l.checked_add(12))
            .filter(|&l| l <= rest.len())
            .ok_or_else(|| Problem::Damaged(crate::t!("png-damaged-past-end", chunk = name.as_str())))?;
        count += 1;
        if count > MAX_CHUNKS {
            return Err(Problem::TooManyChunks);
        }
        if count == 1 && &kind != b"IHDR" {
            return Err(Problem::Damaged(crate::t!("png-damaged-no-header")));
        }
        let data = &rest[8..end - 4];
        let keep = match &kind {
            b"iCCP" if seen_icc => false,
            b"iCCP" => {
                seen_icc = true;
                check_icc(data)?;
                true
            }
            k if KEPT.contains(&k) => true,
            // Bit 5 of the first letter clear (upper case): critical, a
            // decoder must refuse the file; say so before it does.
            k if k[0].is_ascii_uppercase() => return Err(Problem::UnknownCritical(name)),
            _ => false,
        };
        if keep {
            kept.push(pos..pos + end);
        } else {
            dropped = true;
        }
        pos += end;
        if &kind == b"IEND" {
            dropped |= pos < bytes.len();
            break;
        }
    }
    if !dropped {
        return Ok(Cow::Borrowed(bytes));
    }
    let mut out = Vec::with_capacity(pos);
    out.extend_from_slice(SIGNATURE);
    for range in kept {
        out.extend_from_slice(&bytes[range]);
    }
    Ok(Cow::Owned(out))
}

/// An `iCCP` chunk: a name of 1–79 bytes, a zero byte, the compression
/// method (0) and a zlib stream, inflated here into nothing, stopping one
/// byte past the limit: the work is bounded whatever the stream claims.
fn check_icc(data: &[u8]) -> Result<(), Problem> {
    let damaged = Problem::Damaged;
    let name_end = data.iter().take(80).position(|&b| b == 0).filter(|&n| n > 0);
    let Some(name_end) = name_end else { return Err(damaged(crate::t!("png-damaged-icc-name"))) };
    let Some((&0, stream)) = data[name_end + 1..].split_first() else {
        return Err(damaged(crate::t!("png-damaged-icc-method")));
    };
    let limit = MAX_ICC_BYTES as u64;
    let mut inflater = flate2::read::ZlibDecoder::new(stream).take(limit + 1);
    let inflated = std::io::copy(&mut inflater, &mut std::io::sink())
        .map_err(|_| damaged(crate::t!("png-damaged-icc-data")))?;
    if inflated > limit {
        return Err(Problem::IccTooLarge);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&[0; 4]); // CRCs are the decoder's business
        out
    }

    fn png(chunks: &[Vec<u8>]) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        for c in chunks {
            out.extend_from_slice(c);
        }
        out
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn icc(profile: &[u8]) -> Vec<u8> {
        let mut data = b"ICC profile\0\0".to_vec();
        data.extend(zlib(profile));
        chunk(b"iCCP", &data)
    }

    const IHDR: [u8; 13] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    #[test]
    fn a_clean_file_is_passed_on_as_it_is() {
        let file = png(&[chunk(b"IHDR", &IHDR), icc(&[7; 3000]), chunk(b"IDAT", b"x"), chunk(b"IEND", b"")]);
        assert!(matches!(sanitize(&file), Ok(Cow::Borrowed(b)) if b == file.as_slice()));
    }

    #[test]
    fn text_exif_and_trailing_bytes_are_dropped() {
        let kept =
            [chunk(b"IHDR", &IHDR), chunk(b"pHYs", &[0; 9]), chunk(b"IDAT", b"x"), chunk(b"IEND", b"")];
        let mut file = png(&[kept[0].clone(), chunk(b"zTXt", &zlib(&[0; 100_000])), kept[1].clone()]);
        file.extend(chunk(b"eXIf", b"MM\0*"));
        file.extend_from_slice(&kept[2]);
        file.extend(chunk(b"tEXt", b"Software\0x"));
        file.extend_from_slice(&kept[3]);
        file.extend_from_slice(b"trailing garbage");
        let clean = sanitize(&file).unwrap();
        assert_eq!(clean.as_ref(), png(&kept).as_slice());
        assert!(matches!(sanitize(&clean), Ok(Cow::Borrowed(_))), "sanitizing twice changes nothing");
    }

    #[test]
    fn a_colour_profile_is_bounded_when_inflated() {
        let vi = crate::i18n::with_lang(crate::i18n::Lang::Vi, || Problem::IccTooLarge.message());
        assert_eq!(
            vi,
            "mang một hồ sơ màu (khối iCCP) khi giải nén vượt quá 4 MB, giới hạn cho một hồ sơ màu"
        );
        crate::i18n::with_lang(crate::i18n::Lang::En, colour_profile_in_english);
    }

    fn colour_profile_in_english() {
        let at_limit = png(&[chunk(b"IHDR", &IHDR), icc(&vec![0; MAX_ICC_BYTES]), chunk(b"IEND", b"")]);
        assert!(sanitize(&at_limit).is_ok());
        let over = png(&[chunk(b"IHDR", &IHDR), icc(&vec![0; MAX_ICC_BYTES + 1]), chunk(b"IEND", b"")]);
        assert_eq!(sanitize(&over).unwrap_err(), Problem::IccTooLarge);
        assert_eq!(
            Problem::IccTooLarge.message(),
            "carries a colour profile (iCCP chunk) that inflates past 4 MB, the limit for a colour profile"
        );
        let mut broken = b"ICC\0\0".to_vec();
        broken.extend_from_slice(b"not zlib at all");
        let file = png(&[chunk(b"IHDR", &IHDR), chunk(b"iCCP", &broken)]);
        assert_eq!(
            sanitize(&file).unwrap_err().message(),
            "is damaged: its colour profile (iCCP chunk) is not valid compressed data"
        );
    }

    #[test]
    fn the_chunk_count_is_bounded() {
        let mut chunks = vec![chunk(b"IHDR", &IHDR)];
        chunks.extend(std::iter::repeat_n(chunk(b"IDAT", b""), MAX_CHUNKS));
        assert_eq!(sanitize(&png(&chunks)).unwrap_err(), Problem::TooManyChunks);
        chunks.pop();
        assert!(sanitize(&png(&chunks)).is_ok());
    }

    #[test]
    fn broken_structure_is_named() {
        crate::i18n::with_lang(crate::i18n::Lang::En, broken_structure_in_english);
    }

    fn broken_structure_in_english() {
        let message = |file: &[u8]| sanitize(file).unwrap_err().message();
        assert_eq!(message(b"GIF89a"), "is not a PNG file");
        let mut cut = png(&[chunk(b"IHDR", &IHDR), chunk(b"IDAT", &[1; 50])]);
        cut.truncate(cut.len() - 10);
        assert_eq!(message(&cut), "is damaged: its IDAT chunk runs past the end of the file");
        let mut huge = png(&[chunk(b"IHDR", &IHDR)]);
        huge.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xF0]);
        huge.extend_from_slice(b"IDATxxxxxxxx");
        assert_eq!(message(&huge), "is damaged: its IDAT chunk runs past the end of the file");
        assert_eq!(
            message(&png(&[chunk(b"IDAT", b"")])),
            "is damaged: it does not start with its header (IHDR chunk)"
        );
        assert_eq!(
            message(&png(&[chunk(b"IHDR", &IHDR), chunk(b"XYZW", b"")])),
            "has a chunk `XYZW` that PNG readers do not know, and it is marked as needed"
        );
        assert_eq!(
            message(&png(&[chunk(b"IHDR", &IHDR), chunk(b"I\0AT", b"")])),
            "is damaged: a chunk has no valid type"
        );
    }
}
