//! Vietnamese text rules that do not depend on a document type.

use unicode_normalization::UnicodeNormalization;

/// NFC: Vietnamese typed on some keyboards arrives as base letter + combining
/// marks (NFD); search, extraction and comparison all expect precomposed text.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
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

/// Invisible formatting characters (Unicode category Cf): zero-width spaces
/// and joiners, bidirectional controls, the soft hyphen, byte-order marks.
/// They print nothing, can reorder what is printed (U+202E), and in an
/// administrative text they only ever come from copy and paste.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Academic titles and honours that NĐ30 forbids before the signer's name
/// (Phụ lục I, ô 7b): học hàm, học vị, danh hiệu.
pub const TITLE_PREFIXES: [&str; 10] =
    ["GS.TS.", "PGS.TS.", "GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "CN.", "NGƯT."];

/// The forbidden prefix a signer's name starts with, if any.
pub fn title_prefix(name: &str) -> Option<&'static str> {
    let name = name.trim_start();
    TITLE_PREFIXES.iter().copied().find(|p| {
        name.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            || name.strip_prefix(&p[..p.len() - 1]).is_some_and(|rest| rest.starts_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(title_prefix("TS. Nguyễn Văn A"), Some("TS."));
        assert_eq!(title_prefix("ThS Nguyễn Văn A"), Some("ThS."));
        assert_eq!(title_prefix("Phạm Xuân Khánh"), None);
        assert_eq!(title_prefix("Tsering"), None);
    }
}
