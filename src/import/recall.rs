//! In-order word recall: how much of a reference text another text says,
//! in the same order. The import's measure: the seed's words found, in
//! order, in the text of the PDF rendered from the imported YAML.

/// The words of a text, lower case, without punctuation or markup
/// (`**Căn cứ**` → `căn`, `cứ`; `1719/QĐ-TTg` → `1719`, `qđ`, `ttg`).
pub fn words(text: &str) -> Vec<String> {
    crate::vn::text::nfc(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The share of `reference`'s words that `candidate` has in the same order
/// (the longest common subsequence over the reference's length): 1.0 when
/// every word is there in order, whatever the candidate adds.
pub fn in_order_recall(reference: &str, candidate: &str) -> f64 {
    let r = words(reference);
    let c = words(candidate);
    if r.is_empty() {
        return 1.0;
    }
    // One row of the LCS table at a time, in O(|r|·|c|) time.
    let mut prev = vec![0u32; c.len() + 1];
    let mut row = vec![0u32; c.len() + 1];
    for rw in &r {
        for (j, cw) in c.iter().enumerate() {
            row[j + 1] = if rw == cw { prev[j] + 1 } else { row[j].max(prev[j + 1]) };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    f64::from(prev[c.len()]) / r.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_is_full_recall_whatever_the_markup() {
        assert_eq!(
            in_order_recall("**Căn cứ** Quyết định 1719/QĐ-TTg;", "Căn cứ Quyết định 1719/QĐ-TTg."),
            1.0
        );
    }

    #[test]
    fn additions_do_not_count_missing_words_do() {
        assert_eq!(in_order_recall("a b c d", "x a y b c z d"), 1.0);
        assert_eq!(in_order_recall("a b c d", "a b d"), 0.75);
        assert_eq!(in_order_recall("", "a"), 1.0);
        assert_eq!(in_order_recall("a", ""), 0.0);
    }

    #[test]
    fn order_matters() {
        // `c d a b` holds every word but only two in order.
        assert_eq!(in_order_recall("a b c d", "c d a b"), 0.5);
    }

    #[test]
    fn case_and_composition_do_not_matter() {
        // NFD `Ủ` and upper case against NFC lower case.
        assert_eq!(in_order_recall("U\u{309}y ban", "ỦY BAN"), 1.0);
    }
}
