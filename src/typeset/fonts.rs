//! Fonts: the embedded Liberation Serif 2.1.5 (metric-compatible with Times
//! New Roman, full Vietnamese coverage, OFL), plus Times New Roman when the
//! user has it (`--font-path`, or system fonts on request).
//!
//! Fonts are never chosen by system name alone: a family is used only if it
//! covers the whole Vietnamese alphabet, and typst's glyph fallback is turned
//! off by the layout library, so nothing is borrowed silently from another font.

use std::path::PathBuf;

use typst::foundations::Bytes;
use typst::text::{Font, FontInfo, FontStyle, FontWeight};
use typst_kit::fonts::{FontPath, FontStore};

/// The embedded family.
pub const EMBEDDED_FAMILY: &str = "Liberation Serif";
/// The family NĐ30 asks for.
pub const PREFERRED_FAMILY: &str = "Times New Roman";

pub(crate) const EMBEDDED: [&[u8]; 4] = [
    include_bytes!("../../fonts/liberation-serif/LiberationSerif-Regular.ttf"),
    include_bytes!("../../fonts/liberation-serif/LiberationSerif-Bold.ttf"),
    include_bytes!("../../fonts/liberation-serif/LiberationSerif-Italic.ttf"),
    include_bytes!("../../fonts/liberation-serif/LiberationSerif-BoldItalic.ttf"),
];

/// Every letter of Vietnamese that is not plain ASCII: 12 vowels × 6 tones ×
/// 2 cases and đ/Đ (134 characters). A font must have all of them.
pub fn vietnamese_letters() -> impl Iterator<Item = char> {
    const LOWER: &str = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    LOWER.chars().flat_map(|c| [c, c.to_uppercase().next().unwrap_or(c)])
}

/// Where a font came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
}

/// A font known to the typesetter, for listing.
#[derive(Debug, Clone)]
pub struct FontEntry {
    pub info: FontInfo,
    pub origin: Origin,
}

impl FontEntry {
    /// `Regular`, `Bold`, `Italic` or `Bold Italic`.
    pub fn style_name(&self) -> &'static str {
        let bold = self.info.variant.weight >= FontWeight::SEMIBOLD;
        let italic = self.info.variant.style != FontStyle::Normal;
        match (bold, italic) {
            (false, false) => "Regular",
            (true, false) => "Bold",
            (false, true) => "Italic",
            (true, true) => "Bold Italic",
        }
    }

    /// The Vietnamese letters the font lacks.
    pub fn missing_vietnamese(&self) -> Vec<char> {
        vietnamese_letters().filter(|c| !self.info.coverage.contains(*c as u32)).collect()
    }
}

/// Where to look for fonts besides the embedded ones.
#[derive(Debug, Clone, Default)]
pub struct FontOptions {
    /// Folders searched (recursively) for font files, e.g. one with Times New Roman.
    pub font_paths: Vec<PathBuf>,
    /// Also use the operating system's fonts.
    pub system_fonts: bool,
}

/// The fonts of a typesetter and the family documents are set in.
pub struct Fonts {
    pub store: FontStore,
    pub entries: Vec<FontEntry>,
    /// The family to set documents in.
    pub family: String,
    /// Why a preferred font was not used, if one was found but rejected.
    pub notes: Vec<String>,
}

impl Fonts {
    /// Only the embedded fonts.
    pub fn embedded() -> Self {
        Self::new(&FontOptions::default())
    }

    pub fn new(options: &FontOptions) -> Self {
        let mut store = FontStore::new();
        let mut entries = Vec::new();
        for data in EMBEDDED {
            for font in Font::iter(Bytes::new(data)) {
                let info = font.info().clone();
                entries.push(FontEntry { info: info.clone(), origin: Origin::Embedded });
                store.push((font, info));
            }
        }

        let mut found: Vec<(FontPath, FontInfo)> = Vec::new();
        for dir in &options.font_paths {
            found.extend(typst_kit::fonts::scan(dir));
        }
        if options.system_fonts {
            found.extend(typst_kit::fonts::system());
        }
        // Deterministic order, whatever the file system returns.
        found.sort_by(|a, b| (&a.0.path, a.0.index).cmp(&(&b.0.path, b.0.index)));
        for (path, info) in found {
            // A second "Liberation Serif" (1.x lacks Vietnamese) must never
            // shadow the embedded one.
            if info.family.eq_ignore_ascii_case(EMBEDDED_FAMILY) {
                continue;
            }
            entries.push(FontEntry { info: info.clone(), origin: Origin::File(path.path.clone()) });
            store.push((path, info));
        }

        let (family, notes) = choose_family(&entries);
        Self { store, entries, family, notes }
    }

    /// Whether any font of `family` exists.
    pub fn has_family(&self, family: &str) -> bool {
        self.entries.iter().any(|e| e.info.family.eq_ignore_ascii_case(family))
    }

    /// The entries of the family documents are set in.
    pub fn family_entries(&self) -> impl Iterator<Item = &FontEntry> {
        self.entries.iter().filter(|e| e.info.family.eq_ignore_ascii_case(&self.family))
    }
}

/// Times New Roman if it is present in all four styles and covers Vietnamese;
/// otherwise the embedded Liberation Serif.
fn choose_family(entries: &[FontEntry]) -> (String, Vec<String>) {
    let tnr: Vec<&FontEntry> =
        entries.iter().filter(|e| e.info.family.eq_ignore_ascii_case(PREFERRED_FAMILY)).collect();
    if tnr.is_empty() {
        return (EMBEDDED_FAMILY.to_string(), Vec::new());
    }
    let mut notes = Vec::new();
    for style in ["Regular", "Bold", "Italic", "Bold Italic"] {
        match tnr.iter().find(|e| e.style_name() == style) {
            None => notes.push(crate::t!("fonts-style-missing", family = PREFERRED_FAMILY, style = style)),
            Some(e) => {
                let missing = e.missing_vietnamese();
                if !missing.is_empty() {
                    let sample: String = missing.iter().take(12).collect();
                    notes.push(crate::t!(
                        "fonts-letters-missing",
                        family = PREFERRED_FAMILY,
                        style = style,
                        origin = origin_text(&e.origin),
                        count = missing.len(),
                        sample = sample
                    ));
                }
            }
        }
    }
    if notes.is_empty() {
        (tnr[0].info.family.clone(), notes)
    } else {
        notes.push(crate::t!("fonts-using-embedded", family = EMBEDDED_FAMILY));
        (EMBEDDED_FAMILY.to_string(), notes)
    }
}

/// How to show where a font came from.
pub fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::Embedded => crate::t!("fonts-origin-embedded"),
        Origin::File(p) => p.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_has_134_non_ascii_letters() {
        assert_eq!(vietnamese_letters().count(), 134);
    }

    fn entry(family: &str, weight: u16, italic: bool, coverage: Vec<u32>) -> FontEntry {
        use typst::text::{Coverage, FontFlags, FontVariant};
        let variant = FontVariant {
            weight: FontWeight::from_number(weight),
            style: if italic { FontStyle::Italic } else { FontStyle::Normal },
            ..FontVariant::default()
        };
        FontEntry {
            info: FontInfo {
                family: family.into(),
                variant,
                flags: FontFlags::empty(),
                axes: Vec::new(),
                coverage: Coverage::from_vec(coverage),
            },
            origin: Origin::File(PathBuf::from(format!("/fonts/{family}-{weight}.ttf"))),
        }
    }

    fn tnr(coverage: &[u32]) -> Vec<FontEntry> {
        [(400, false), (700, false), (400, true), (700, true)]
            .into_iter()
            .map(|(w, i)| entry("Times New Roman", w, i, coverage.to_vec()))
            .collect()
    }

    #[test]
    fn times_new_roman_is_used_only_with_full_vietnamese_coverage() {
        let full: Vec<u32> = vietnamese_letters().map(|c| c as u32).collect();
        assert_eq!(choose_family(&tnr(&full)).0, "Times New Roman");

        // An old Times New Roman without ơ/ư and the tone-marked vowels.
        let latin1: Vec<u32> = vietnamese_letters().map(|c| c as u32).filter(|&c| c < 0x100).collect();
        let (family, notes) = choose_family(&tnr(&latin1));
        assert_eq!(family, EMBEDDED_FAMILY);
        assert_eq!(
            notes[0],
            "Times New Roman Regular (/fonts/Times New Roman-400.ttf) thiếu 102 chữ cái tiếng Việt, ví dụ ảẢạẠăĂằẰắẮẳẲ",
        );
        assert_eq!(notes[4], "Dùng phông Liberation Serif có sẵn trong vanban (cùng kích thước chữ) để thay");
        let (_, notes) = crate::i18n::with_lang(crate::i18n::Lang::En, || choose_family(&tnr(&latin1)));
        assert!(
            notes[0].starts_with(
                "Times New Roman Regular (/fonts/Times New Roman-400.ttf) lacks 102 Vietnamese letters"
            ),
            "{notes:?}"
        );

        // Missing a style is as bad: bold text would fall back.
        let (family, notes) = choose_family(&tnr(&full)[..1]);
        assert_eq!(family, EMBEDDED_FAMILY);
        assert_eq!(notes[0], "Không tìm thấy Times New Roman Bold");
    }

    #[test]
    fn embedded_fonts_cover_vietnamese_in_four_styles() {
        let fonts = Fonts::embedded();
        assert_eq!(fonts.family, EMBEDDED_FAMILY);
        let styles: Vec<&str> = fonts.family_entries().map(FontEntry::style_name).collect();
        assert_eq!(styles, ["Regular", "Bold", "Italic", "Bold Italic"]);
        for e in fonts.family_entries() {
            assert!(
                e.missing_vietnamese().is_empty(),
                "{} misses {:?}",
                e.style_name(),
                e.missing_vietnamese()
            );
        }
    }
}
