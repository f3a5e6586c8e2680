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

/// Vietnamese words for text around inline markup; digits too, which a
/// footnote's number may touch.
const WORDS: &[&str] = &[
    "Một",
    "hai",
    "ba",
    "bốn",
    "năm",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "tỉnh",
    "Đắk",
    "Lắk",
    "kế",
    "hoạch",
    "thực",
    "hiện",
    "Điều",
    "5",
    "2026",
    "30/2020/NĐ-CP",
    "người",
    "dự",
    "án",
];

/// ASCII punctuation placed right before and after markers: all of it but
/// the star, which next to a star marker makes one run of stars (text, as
/// the unit tests in `escape.rs` check).
const TOUCHING: &str = "!\"#$%&'()+,-./:;<=>?@[\\]^_`{|}~";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Strong,
    Emph,
    Note,
}

impl Mark {
    fn around(self, inner: &str) -> String {
        match self {
            Mark::Strong => format!("**{inner}**"),
            Mark::Emph => format!("*{inner}*"),
            Mark::Note => format!("^[{inner}]"),
        }
    }
}

/// Text with inline markup, and what it must print: the body line (a
/// footnote shows as its number) and each footnote's line (its number, then
/// its text).
#[derive(Debug, Clone, Default)]
struct Marked {
    input: String,
    body: String,
    notes: Vec<String>,
}

fn words(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), range).prop_map(|w| w.join(" "))
}

fn touching(except: &'static str) -> impl Strategy<Value = Option<char>> {
    let chars: Vec<char> = TOUCHING.chars().filter(|c| !except.contains(*c)).collect();
    prop::option::of(prop::sample::select(chars))
}

/// Emphasis inside another construct: `p**words**q` (not the outer kind:
/// italic does not open inside italic). Inside a footnote the punctuation
/// leaves out brackets, which would pair with or close the footnote's.
fn inner(outer: Mark) -> impl Strategy<Value = (String, String)> {
    let except = if outer == Mark::Note { "\\[]" } else { "\\" };
    let kinds = match outer {
        Mark::Strong => vec![Mark::Emph],
        Mark::Emph => vec![Mark::Strong],
        Mark::Note => vec![Mark::Strong, Mark::Emph],
    };
    (
        touching(except),
        prop::sample::select(kinds),
        words(1..3),
        touching(if outer == Mark::Note { "[]" } else { "" }),
    )
        .prop_map(|(p, kind, w, q)| {
            let (p, q) = (p.map(String::from).unwrap_or_default(), q.map(String::from).unwrap_or_default());
            (format!("{p}{}{q}", kind.around(&w)), format!("{p}{w}{q}"))
        })
}

/// A construct: its mark, the punctuation before it, its text as typed and
/// as shown, the punctuation after it, and the next word.
type Construct = (Mark, Option<char>, String, String, Option<char>, String);

/// One construct with punctuation right before and after it, its text
/// possibly holding one level of emphasis, then a word.
fn construct() -> impl Strategy<Value = Construct> {
    prop::sample::select(vec![Mark::Strong, Mark::Emph, Mark::Note]).prop_flat_map(|mark| {
        // `\` right before a star escapes it.
        let before = touching(if mark == Mark::Note { "" } else { "\\" });
        // A word after the inner construct: `*a*` right before `**` would
        // make a run of three stars, which is text.
        let nested = prop::option::of((words(0..2), inner(mark), words(1..2)));
        (Just(mark), before, words(1..3), nested, touching(""), words(1..2)).prop_map(
            |(mark, p, w, nested, q, next)| {
                let (input, shown) = match nested {
                    None => (w.clone(), w),
                    Some((a, (i, s), b)) => {
                        let join = |parts: [&str; 4]| {
                            parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ")
                        };
                        (join([&w, &a, &i, &b]), join([&w, &a, &s, &b]))
                    }
                };
                (mark, p, input, shown, q, next)
            },
        )
    })
}

fn marked_text() -> impl Strategy<Value = Marked> {
    (words(1..3), prop::collection::vec(construct(), 1..4)).prop_map(|(first, constructs)| {
        let mut m = Marked { input: first.clone(), body: first, notes: Vec::new() };
        for (mark, p, input, shown, q, next) in constructs {
            let (p, q) = (p.map(String::from).unwrap_or_default(), q.map(String::from).unwrap_or_default());
            // Typst drops the space before a footnote's number: none typed.
            let space = if mark == Mark::Note && p.is_empty() { "" } else { " " };
            m.input.push_str(&format!("{space}{p}{}{q} {next}", mark.around(&input)));
            let shown = if mark == Mark::Note {
                m.notes.push(format!("{}{shown}", m.notes.len() + 1));
                m.notes.len().to_string()
            } else {
                shown
            };
            m.body.push_str(&format!("{space}{p}{shown}{q} {next}"));
        }
        m
    })
}

/// The body line and the footnote lines of `markup` laid out alone on a
/// page wide enough for one line, each line's runs left to right.
fn laid_out(markup: &str) -> Result<(String, Vec<String>), String> {
    use vanban::typeset::inspect::{Layout, TextRun};
    static TYPESETTER: std::sync::OnceLock<vanban::typeset::Typesetter> = std::sync::OnceLock::new();
    let typesetter = TYPESETTER.get_or_init(vanban::typeset::Typesetter::embedded);
    let source = format!(
        "#set page(width: 60cm, height: 12cm, margin: 1cm)\n#set text(font: {}, size: 11pt)\n{markup}",
        escape::string_literal(vanban::typeset::fonts::EMBEDDED_FAMILY)
    );
    let world = typesetter.world(source, None, None);
    let compiled = typesetter.compile(&world).map_err(|e| e.to_string())?;
    let layout = Layout::of(&compiled.document);
    if layout.pages.len() != 1 {
        return Err(format!("{} pages", layout.pages.len()));
    }
    // A footnote's number is raised a few points above its line; the
    // footnotes are at the bottom of the page, a line apart.
    let lines = |mut runs: Vec<&TextRun>| -> Vec<String> {
        runs.sort_by(|a, b| a.y.total_cmp(&b.y));
        let mut lines: Vec<Vec<&TextRun>> = Vec::new();
        for r in runs {
            match lines.last_mut() {
                Some(l) if r.y - l[0].y < 6.0 => l.push(r),
                _ => lines.push(vec![r]),
            }
        }
        lines
            .into_iter()
            .map(|mut l| {
                l.sort_by(|a, b| a.x.total_cmp(&b.x));
                l.iter().map(|r| r.text.as_str()).collect()
            })
            .collect()
    };
    let half = layout.pages[0].1 / 2.0;
    let (body, notes): (Vec<&TextRun>, Vec<&TextRun>) = layout.texts.iter().partition(|r| r.y < half);
    let body = lines(body);
    if body.len() > 1 {
        return Err(format!("the body takes {} lines: {body:?}", body.len()));
    }
    Ok((body.concat(), lines(notes)))
}

proptest! {
    // Each case lays out a page (a few ms): modest cases.
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Vietnamese text with `**`, `*` and `^[…]`, punctuation touching the
    /// markers on both sides: every character prints, in order, emphasis
    /// markers gone, each footnote as its number in the text and as a line
    /// of its own below.
    #[test]
    fn inline_markup_prints_exactly(m in marked_text()) {
        let markup = escape::markup(&m.input);
        let (body, notes) = laid_out(&markup).map_err(|e| TestCaseError::fail(format!("{:?} → {markup:?}: {e}", m.input)))?;
        prop_assert_eq!(&body, &m.body, "{:?} → {:?}", m.input, markup);
        prop_assert_eq!(&notes, &m.notes, "{:?} → {:?}", m.input, markup);
    }
}
