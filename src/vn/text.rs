//! Vietnamese text rules that do not depend on a document type.

use unicode_normalization::UnicodeNormalization;

/// NFC: Vietnamese typed on some keyboards arrives as base letter + combining
/// marks (NFD); search, extraction and comparison all expect precomposed text.
pub fn nfc(text: &str) -> String {
    let mut out = text.to_string();
    make_nfc(&mut out);
    out
}

/// [`nfc`] in place. Almost all text is already NFC, and the quick check
/// (no allocation, no decomposition) says so: such a string is left as it
/// is. Loading a plan calls this on every string.
pub fn make_nfc(text: &mut String) {
    if !text.is_ascii()
        && unicode_normalization::is_nfc_quick(text.chars()) != unicode_normalization::IsNormalized::Yes
    {
        *text = text.nfc().collect();
    }
}

/// Upper case with diacritics kept (`xã Ngọc Liên` → `XÃ NGỌC LIÊN`), in NFC.
pub fn upper(text: &str) -> String {
    nfc(&text.to_uppercase())
}

/// Upper-cases the first letter only: `kiểm tra` → `Kiểm tra`.
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => nfc(&(first.to_uppercase().collect::<String>() + chars.as_str())),
        None => String::new(),
    }
}

/// Lower-cases the first letter only.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// Removes the final punctuation a user may have typed (`;`, `.`, `,`, `:`)
/// and trailing spaces, so that the tool can put the right mark itself.
pub fn strip_end_punctuation(text: &str) -> &str {
    text.trim_end().trim_end_matches([';', '.', ',', ':']).trim_end()
}

/// List punctuation used by căn cứ, nơi nhận and Kính gửi: every line ends in
/// `middle`, the last in `last`, whatever the user typed.
pub fn punctuate<S: AsRef<str>>(lines: &[S], middle: &str, last: &str) -> Vec<String> {
    let n = lines.len();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mark = if i + 1 == n { last } else { middle };
            format!("{}{mark}", strip_end_punctuation(line.as_ref()))
        })
        .collect()
}

/// The closing paragraph of a document ends with `./.` (every Mẫu of Phụ lục III).
pub fn with_end_mark(text: &str) -> String {
    let trimmed = text.trim_end();
    let body = trimmed.strip_suffix("./.").unwrap_or(trimmed);
    format!("{}./.", strip_end_punctuation(body))
}

/// Ends a sentence with exactly one full stop.
pub fn sentence(text: &str) -> String {
    format!("{}.", strip_end_punctuation(text))
}

/// Joins a list the Vietnamese way: `a`, `a và b`, `a, b và c`.
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} và {}", init.join(", "), last.as_ref())
        }
    }
}

/// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties,
/// Unicode 16): characters a renderer shows as nothing. None of them is
/// needed to write Vietnamese, whose letters are complete precomposed (NFC)
/// or base letters with combining marks; the combining grapheme joiner
/// U+034F, variation selectors, Hangul fillers, joiners and tags only ever
/// come from copy and paste, and can double or hide what is printed.
pub const DEFAULT_IGNORABLE: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

/// Invisible formatting characters (Unicode category Cf) that are not
/// default-ignorable but print nothing either: number signs of Arabic and
/// other scripts that wrap the digits after them, and interlinear
/// annotation anchors.
const OTHER_FORMAT: &[(u32, u32)] = &[
    (0x0600, 0x0605),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
];

/// Vietnamese words folded for matching: lower case, without tone or vowel
/// marks, `đ` as `d`, spaces and `_` as `-`.
///
/// ```
/// assert_eq!(vanban::vn::text::fold("Công văn"), "cong-van");
/// assert_eq!(vanban::vn::text::fold("nơi  nhận"), "noi-nhan");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().nfd() {
        match c {
            'đ' | 'Đ' => out.push('d'),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c if c.is_whitespace() || c == '_' || c == '-' => {
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Invisible characters: every default-ignorable code point
/// ([`DEFAULT_IGNORABLE`]: zero-width spaces and joiners, the combining
/// grapheme joiner, bidirectional controls, the soft hyphen, variation
/// selectors, byte-order marks, tags) and the other invisible formatting
/// characters. They print nothing, can reorder what is printed (U+202E) or
/// double the text layer (U+034F), and in an administrative text they only
/// ever come from copy and paste.
pub fn is_invisible(c: char) -> bool {
    let c = c as u32;
    DEFAULT_IGNORABLE.iter().chain(OTHER_FORMAT).any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Abbreviated học hàm, học vị and danh hiệu that NĐ30 forbids before the
/// signer's name (Phụ lục I, ô 7b), lower case: `TS.`, `ThS.`, `GS.TSKH.`,
/// `BSCKII.`, `NGƯT.` … Military ranks are allowed there and not listed.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "gs", "pgs", "ts", "tskh", "ths", "ks", "bs", "bsck", "bscki", "bsckii", "ds", "cn", "ls", "ngưt",
    "ngnd", "ttưt", "ttnd", "nsưt", "nsnd", "ahlđ",
];

/// The same, written out (lower case).
const TITLE_WORDS: &[&str] = &[
    "giáo sư",
    "phó giáo sư",
    "tiến sĩ",
    "tiến sỹ",
    "thạc sĩ",
    "thạc sỹ",
    "kỹ sư",
    "bác sĩ",
    "bác sỹ",
    "dược sĩ",
    "cử nhân",
    "luật sư",
    "nhà giáo ưu tú",
    "nhà giáo nhân dân",
    "thầy thuốc ưu tú",
    "thầy thuốc nhân dân",
    "nghệ sĩ ưu tú",
    "nghệ sĩ nhân dân",
    "anh hùng lao động",
];

/// The học hàm, học vị or danh hiệu a signer's name starts with, as written
/// (`TS.`, `ThS`, `GS.TSKH.`, `Tiến sĩ`), in any letter case.
pub fn title_prefix(name: &str) -> Option<String> {
    let name = name.trim_start();
    let lower = name.to_lowercase();
    // Lower-casing Vietnamese keeps the number of characters, so a prefix
    // found in `lower` is as many characters long in `name`.
    let as_written = |chars: usize| name.chars().take(chars).collect::<String>();
    let ends_word = |rest: &str| rest.is_empty() || rest.starts_with([' ', ',', '.']);
    if let Some(w) = TITLE_WORDS.iter().find(|w| lower.strip_prefix(**w).is_some_and(ends_word)) {
        return Some(as_written(w.chars().count()));
    }
    // A chain of abbreviations, each ending with `.` (the last one may be
    // followed by a space only: `ThS Nguyễn`).
    let mut rest = lower.as_str();
    let mut chars = 0;
    loop {
        let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_len);
        if !TITLE_ABBREVIATIONS.contains(&word) {
            break;
        }
        if let Some(after) = after.strip_prefix('.') {
            chars += word.chars().count() + 1;
            rest = after.trim_start_matches(' ');
            chars += after.len() - rest.len();
        } else if after.starts_with(' ') {
            chars += word.chars().count();
            break;
        } else {
            break;
        }
    }
    // Every abbreviation taken ended with `.` or a space, so it stood alone.
    (chars > 0).then(|| as_written(chars).trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_ignorable_code_point_is_invisible_and_no_vietnamese_letter_is() {
        for &(lo, hi) in DEFAULT_IGNORABLE {
            for c in (lo..=hi).filter_map(char::from_u32) {
                assert!(is_invisible(c), "U+{:04X}", c as u32);
            }
        }
        assert!(is_invisible('\u{34F}'), "the combining grapheme joiner");
        let vietnamese = "ĐđƠơƯưĂăÂâÊêÔô àáảãạ ằắẳẵặ ầấẩẫậ ềếểễệ ồốổỗộ ờớởỡợ ừứửữự ỳýỷỹỵ";
        let marks = "\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31B}";
        for c in vietnamese.chars().chain(marks.chars()).chain(' '..='~') {
            assert!(!is_invisible(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn upper_keeps_diacritics_and_is_nfc() {
        assert_eq!(upper("xã Ngọc Liên"), "XÃ NGỌC LIÊN");
        assert_eq!(upper("ủy ban nhân dân đồng hới"), "ỦY BAN NHÂN DÂN ĐỒNG HỚI");
        // NFD input (e + combining circumflex + combining dot below).
        assert_eq!(upper("e\u{302}\u{323}"), "Ệ");
    }

    #[test]
    fn nfc_composes_combining_marks() {
        assert_eq!(nfc("Vie\u{302}\u{323}t"), "Việt");
        // Marks in a non-canonical order are reordered, then composed.
        assert_eq!(nfc("Vie\u{323}\u{302}t"), "Việt");
        assert_eq!(nfc("Việt Nam"), "Việt Nam");
        let mut typed = String::from("Vie\u{302}\u{323}t");
        make_nfc(&mut typed);
        assert_eq!(typed, "Việt");
    }

    #[test]
    fn punctuate_fixes_every_line_and_the_last() {
        let lines = ["Căn cứ A;", "Căn cứ B.", "Căn cứ C", "Căn cứ D;"];
        assert_eq!(punctuate(&lines, ";", "."), ["Căn cứ A;", "Căn cứ B;", "Căn cứ C;", "Căn cứ D."]);
        assert_eq!(punctuate(&["Một"], ";", "."), ["Một."]);
        // Whatever mark the user typed at the end is replaced, not doubled.
        let typed = ["Căn cứ A,", "Căn cứ B:", "Căn cứ C; ", "Căn cứ D,"];
        assert_eq!(punctuate(&typed, ";", "."), ["Căn cứ A;", "Căn cứ B;", "Căn cứ C;", "Căn cứ D."]);
        assert!(punctuate::<&str>(&[], ";", ".").is_empty());
    }

    #[test]
    fn end_mark_is_added_once() {
        assert_eq!(with_end_mark("theo quy định."), "theo quy định./.");
        assert_eq!(with_end_mark("theo quy định./."), "theo quy định./.");
        assert_eq!(with_end_mark("theo quy định"), "theo quy định./.");
    }

    #[test]
    fn join_and_uses_va_before_the_last() {
        assert_eq!(join_and(&["A"]), "A");
        assert_eq!(join_and(&["A", "B"]), "A và B");
        assert_eq!(join_and(&["A", "B", "C"]), "A, B và C");
    }

    #[test]
    fn capitalize_and_lowercase_first_letter() {
        assert_eq!(capitalize_first("kiểm tra"), "Kiểm tra");
        assert_eq!(capitalize_first("đôn đốc"), "Đôn đốc");
        assert_eq!(lowercase_first("Kiểm tra"), "kiểm tra");
    }

    #[test]
    fn recognises_academic_prefixes() {
        let prefix = |name| title_prefix(name);
        assert_eq!(prefix("TS. Nguyễn Văn A").as_deref(), Some("TS."));
        assert_eq!(prefix("ThS Nguyễn Văn A").as_deref(), Some("ThS"));
        assert_eq!(prefix("Ths. Nguyễn Văn A").as_deref(), Some("Ths."));
        assert_eq!(prefix("ThS.Phạm Văn B").as_deref(), Some("ThS."));
        assert_eq!(prefix("TS.BS. Lê Thị C").as_deref(), Some("TS.BS."));
        assert_eq!(prefix("GS. TSKH. Lê D").as_deref(), Some("GS. TSKH."));
        assert_eq!(prefix("BSCKII. Hà E").as_deref(), Some("BSCKII."));
        assert_eq!(prefix("Tiến sĩ Nguyễn Văn A").as_deref(), Some("Tiến sĩ"));
        assert_eq!(prefix("thạc sĩ Nguyễn Văn A").as_deref(), Some("thạc sĩ"));
        assert_eq!(prefix("Phó Giáo sư Trần F").as_deref(), Some("Phó Giáo sư"));
        assert_eq!(prefix("NGƯT. Đỗ G").as_deref(), Some("NGƯT."));
        // Names and military ranks are not titles.
        assert_eq!(prefix("Phạm Xuân Khánh"), None);
        assert_eq!(prefix("Tsering"), None);
        assert_eq!(prefix("Thạch Sơn"), None);
        assert_eq!(prefix("Cù Thị H"), None);
        assert_eq!(prefix("Đại tá Nguyễn Văn I"), None);
    }
}
