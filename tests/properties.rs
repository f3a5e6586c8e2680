//! Properties over generated input: escaping always yields plain markup,
//! loading and rendering never panic, number and date rules round-trip.

mod common;

use proptest::prelude::*;
use typst::syntax::SyntaxKind;
use vanban::template::escape;

/// Every node kind the escaped form of any text may parse to.
fn only_text(node: &typst::syntax::SyntaxNode) -> Result<(), String> {
    match node.kind() {
        SyntaxKind::Markup | SyntaxKind::Text | SyntaxKind::Space | SyntaxKind::Escape => {}
        other => return Err(format!("{other:?} in {:?}", node.full_text())),
    }
    node.children().try_for_each(only_text)
}

/// Text biased towards what matters: markup characters, Vietnamese letters,
/// whitespace and the occasional anything.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => prop::sample::select(vec![
            "#", "$", "*", "_", "`", "[", "]", "(", ")", "<", ">", "@", "~", "-", "--", ".", "...", "/", "//", "/*",
            "*/", "\\", "'", "\"", "=", "+", ":", "1.", "http://", "{{", "}}", "{%", "a", "Đ", "ệ", " ", "\n",
            "\n\n", "\t", "5", "x_y", "**", "\u{a0}", "^[", "^",
        ]).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn escaped_text_parses_as_text_only(s in hostile_text()) {
        let escaped = escape::escape(&s);
        let root = typst::syntax::parse(&escaped);
        prop_assert!(only_text(&root).is_ok(), "{:?} → {:?}: {:?}", s, escaped, only_text(&root));
    }

    #[test]
    fn emphasis_markup_parses_without_errors(s in hostile_text()) {
        let markup = escape::markup(&s);
        let root = typst::syntax::parse(&markup);
        let (errors, _) = root.errors_and_warnings();
        prop_assert!(errors.is_empty(), "{:?} → {:?}: {:?}", s, markup, errors);
        // The only code the markup may hold is our own calls for the
        // documented inline syntax: emphasis and footnotes (`^[…]`).
        for code in markup.match_indices('#').filter(|(i, _)| !markup[..*i].ends_with('\\')) {
            let rest = &markup[code.0..];
            prop_assert!(
                ["#strong[", "#emph[", "#footnote["].iter().any(|c| rest.starts_with(c)),
                "{:?}",
                markup
            );
        }
    }

    #[test]
    fn amounts_group_their_digits(n in any::<u64>()) {
        let a = vanban::vn::number::amount(n);
        prop_assert_eq!(a.replace('.', ""), n.to_string());
        prop_assert!(a.split('.').skip(1).all(|g| g.len() == 3));
        let words = vanban::vn::number::in_words(n.into());
        prop_assert!(!words.is_empty() && !words.contains("  "));
    }

    #[test]
    fn dates_round_trip(days in 0i64..80_000) {
        let d = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        let short = vanban::vn::date::short(d);
        prop_assert_eq!(vanban::vn::date::parse(&short), Ok(d));
        prop_assert_eq!(vanban::vn::date::parse(&d.format("%Y-%m-%d").to_string()), Ok(d));
    }

    #[test]
    fn loading_any_text_never_panics(s in hostile_text()) {
        let _ = vanban::load::load_str("x.yaml", &s);
        let _ = vanban::load::load_str("x.yaml", &format!("type: ke-hoach\ntitle: {s}\n"));
    }
}

proptest! {
    // Each case renders a document: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn edited_samples_render_or_report(
        edits in prop::collection::vec((0.0f64..1.0, hostile_text()), 1..4)
    ) {
        let mut yaml = common::sample_text();
        for (at, text) in edits {
            let mut i = (at * yaml.len() as f64) as usize;
            while !yaml.is_char_boundary(i) { i -= 1; }
            yaml.insert_str(i, &text);
        }
        match vanban::load::load_str("x.yaml", &yaml) {
            Err(errors) => prop_assert!(!errors.is_empty()),
            Ok(loaded) => {
                let pipeline = vanban::Pipeline::embedded();
                if let Ok(rendered) = pipeline.render(&loaded) {
                    let pdf = pipeline.pdf(&loaded, &rendered);
                    prop_assert!(pdf.is_ok());
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// A word diff keeps every word of both texts, marked or as context,
    /// and an unchanged text shows no change.
    #[test]
    fn word_diffs_mark_what_changed(old in hostile_text(), new in hostile_text()) {
        let marks = ["[-", "-]", "{+", "+}"];
        prop_assume!(!marks.iter().any(|m| old.contains(m) || new.contains(m)));
        let same = vanban::diff::word_diff(&old, &old);
        prop_assert!(!marks.iter().any(|m| same.contains(m)), "{same:?}");
        // Different words are marked.
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let shown = vanban::diff::word_diff(&old, &new);
        if words(&old) != words(&new) {
            prop_assert!(shown.contains("[-") || shown.contains("{+"), "{old:?} → {new:?}: {shown:?}");
        }
    }

    /// Any text with days of the week and dates: only wrong pairs reported,
    /// each at a day name inside the text.
    #[test]
    fn weekdays_are_checked_without_panicking(
        words in prop::collection::vec(prop::sample::select(vec![
            "thứ Hai", "thứ Tư", "Chủ nhật", "ngày", "22", "tháng", "4", "năm", "2026", "2027", "/", ",", "(", ")",
            " ", "31", "02", "0", "99999",
        ]), 0..24)
    ) {
        let text = words.concat();
        for w in vanban::vn::date::wrong_weekdays(&text) {
            prop_assert!(text.get(w.at.clone()).is_some());
            prop_assert_ne!(w.stated.to_lowercase(), vanban::vn::date::weekday(w.date).to_lowercase());
        }
    }
}
