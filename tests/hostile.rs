//! User text is data, never code: a corpus of hostile strings, each put into
//! every kind of text field (trích yếu, căn cứ subject, dự án content,
//! recipient, signer name), renders literally — the text a PDF reader
//! extracts from the PDF (`common::pdf`, in content order) equals the input
//! — or, for characters that cannot be printed, fails with a clear, located
//! diagnostic.
//!
//! Extracted text is compared without its whitespace: where a line breaks
//! (inside `https://…`, between `$` and `$`) and how wide a justified space
//! is are layout, and a PDF reader guesses spaces from gaps. Every printed
//! character, in order, must be the input's; spacing of real text is
//! checked on the sample in `sample_content.rs`.

mod common;

use vanban::Pipeline;
use vanban::load;

/// How a string must come out.
#[derive(Clone, Copy)]
enum Expect {
    /// Printed exactly as typed (after NFC and whitespace folding).
    Literal,
    /// Printed as the given text (documented inline syntax or `{{ }}`).
    Shown(&'static str),
    /// Printed as the given text right after a footnote's number (the
    /// numbers of the five fields are 1 to 5, each once).
    Noted(&'static str),
    /// Refused with one of these diagnostic codes.
    Refused(&'static [&'static str]),
}
use Expect::*;

const CONTROL: Expect = Refused(&["control-character"]);
const NO_GLYPH: Expect = Refused(&["missing-glyph"]);

/// The base corpus; each entry is also tried embedded in Vietnamese text.
const CORPUS: &[(&str, Expect)] = &[
    // Typst code, math, raw, content blocks.
    ("#read(\"/etc/passwd\")", Literal),
    ("#import \"@preview/x:0.1.0\"", Literal),
    ("#import \"@preview/x:0.1.0\": *", Literal),
    ("#include \"main.typ\"", Literal),
    ("#{panic()}", Literal),
    ("#panic(\"boom\")", Literal),
    ("#let x = 1", Literal),
    ("#set text(red)", Literal),
    ("#show: none", Literal),
    ("#show regex(\".\"): none", Literal),
    ("#eval(\"1 + 1\")", Literal),
    ("#image(\"/etc/passwd\")", Literal),
    ("#json(\"../../x.json\")", Literal),
    ("#plugin(\"x.wasm\")", Literal),
    ("#sys.inputs", Literal),
    ("#datetime.today()", Literal),
    ("#pagebreak()", Literal),
    ("#h(1cm)", Literal),
    ("#text(size: 100pt)[x]", Literal),
    ("#place(top)[x]", Literal),
    ("#hide[x]", Literal),
    ("#box[x]", Literal),
    ("#(1 + 1)", Literal),
    ("#x.y", Literal),
    ("#", Literal),
    ("##", Literal),
    ("#1", Literal),
    ("#[x]", Literal),
    ("$x$", Literal),
    ("$ a + b $", Literal),
    ("$", Literal),
    ("$$", Literal),
    ("$5", Literal),
    ("`", Literal),
    ("```", Literal),
    ("`raw`", Literal),
    ("```rust fn main() {}```", Literal),
    ("]", Literal),
    ("[", Literal),
    ("][", Literal),
    ("[a](b)", Literal),
    ("(a)", Literal),
    (")", Literal),
    ("{}", Literal),
    ("{ x }", Literal),
    ("#{}", Literal),
    // More of the language: styling, state, loops, data loading, and our
    // own field marker's label.
    ("#set page(fill: red)", Literal),
    ("#show heading: none", Literal),
    ("#metadata(1)<vanban-field>", Literal),
    ("<vanban-field>", Literal),
    ("#context here().page()", Literal),
    ("#footnote[x]", Literal),
    ("#link(\"https://x.y\")[bấm]", Literal),
    ("#raw(\"x\")", Literal),
    ("#strong[x] #emph[y]", Literal),
    ("#cite(<x>) #ref(<y>)", Literal),
    ("#bibliography(\"x.bib\")", Literal),
    ("#outline()", Literal),
    ("#counter(page).update(1)", Literal),
    ("#state(\"x\").update(1)", Literal),
    ("#while true {}", Literal),
    ("#for x in range(9) [x]", Literal),
    ("#if true [x] else [y]", Literal),
    ("#import \"/etc/passwd\"", Literal),
    ("#read(\"../../../../etc/shadow\")", Literal),
    ("#yaml(\"hostile.yaml\")", Literal),
    ("#csv(\"data.csv\") #toml(\"Cargo.toml\") #xml(\"x\")", Literal),
    ("$ sum_(i=0)^n i $", Literal),
    ("$#read(\"x\")$", Literal),
    ("#\"str\"", Literal),
    ("\\u{1F600}", Literal),
    ("\")", Literal),
    ("\"]", Literal),
    ("])", Literal),
    (") #panic()", Literal),
    // Other languages' injections print as they are, too.
    ("<script>alert(1)</script>", Literal),
    ("&amp; &lt;", Literal),
    ("'; DROP TABLE x; --", Literal),
    ("%PDF-1.7", Literal),
    ("${HOME} $(id) `id`", Literal),
    // Escapes and comments.
    ("\\", Literal),
    ("\\\\", Literal),
    ("a\\", Literal),
    ("C:\\path\\", Literal),
    ("\\u{41}", Literal),
    ("\\#", Literal),
    ("\\n", Literal),
    ("//", Literal),
    ("// comment", Literal),
    ("a // b", Literal),
    ("/*", Literal),
    ("*/", Literal),
    ("/* c */", Literal),
    ("http://example.com", Literal),
    ("https://x.y/z?a=b&c=d#f", Literal),
    // Labels, references, shorthands, smart quotes.
    ("<lbl>", Literal),
    ("<a-b>", Literal),
    ("<", Literal),
    (">", Literal),
    ("<>", Literal),
    ("<= >= => -> <- != ==", Literal),
    ("@ref", Literal),
    ("@a.b", Literal),
    ("a@b.com", Literal),
    ("@", Literal),
    ("~", Literal),
    ("~~", Literal),
    ("a~b", Literal),
    ("---", Literal),
    ("--", Literal),
    ("-?", Literal),
    ("...", Literal),
    ("-5", Literal),
    ("a -5", Literal),
    ("'quoted'", Literal),
    ("\"quoted\"", Literal),
    ("it's", Literal),
    // Line-start markup.
    ("= Heading", Literal),
    ("== x", Literal),
    ("- item", Literal),
    ("+ item", Literal),
    ("1. item", Literal),
    ("12. x", Literal),
    ("/ term: desc", Literal),
    ("a\n= b", Literal),
    ("a\n\n- b", Literal),
    ("a\n\n\nb", Literal),
    ("a\r\nb", Literal),
    ("a\tb", Literal),
    // Emphasis: only paired markers of the documented syntax.
    ("*", Literal),
    ("**", Literal),
    ("***", Literal),
    ("* a *", Literal),
    ("5 * 3", Literal),
    ("2*3*4", Literal),
    ("a*b*c", Literal),
    ("*unclosed", Literal),
    ("closed*", Literal),
    ("_", Literal),
    ("a_b_c", Literal),
    ("_x_", Literal),
    ("__init__", Literal),
    ("\\*not italic\\*", Shown("*not italic*")),
    ("*italic*", Shown("italic")),
    ("**bold**", Shown("bold")),
    ("**a *b* c**", Shown("a b c")),
    ("(*sau đây gọi tắt là Chương trình*)", Shown("(sau đây gọi tắt là Chương trình)")),
    ("*a*(b)", Shown("a(b)")),
    ("**a**[b]", Shown("a[b]")),
    ("*a*.b", Shown("a.b")),
    ("*x*#y", Shown("x#y")),
    ("*x*-1", Shown("x-1")),
    // Other punctuation.
    ("%", Literal),
    ("100%", Literal),
    ("&", Literal),
    ("|", Literal),
    ("^", Literal),
    ("!", Literal),
    ("?", Literal),
    (";", Literal),
    (":", Literal),
    (":x:", Literal),
    ("a: b", Literal),
    (",", Literal),
    ("1 + 1 = 2", Literal),
    ("a=b", Literal),
    ("+-", Literal),
    // Vietnamese administrative text.
    ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", Literal),
    ("Số: 15/KH-UBND", Literal),
    ("(để b/c)", Literal),
    ("giai đoạn I: từ năm 2021 đến năm 2025", Literal),
    ("kinh tế - xã hội", Literal),
    ("1.000.000 đồng", Literal),
    ("“Ngày hội đại đoàn kết”", Literal),
    ("Đắk Lắk – Bà Rịa — Vũng Tàu…", Literal),
    ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", Literal),
    ("Vie\u{302}\u{323}t Nam", Shown("Việt Nam")),
    ("e\u{301}", Shown("é")),
    ("a\u{a0}b", Literal),
    // Templates in text: a documented feature, or a located error.
    ("{{ year }}", Shown("2026")),
    ("{{ year - 1 }}", Shown("2025")),
    // Only the documented expressions: no `*`, lists, statements or builtins.
    ("{{ 7 * 7 }}", Refused(&["text-expression"])),
    ("{{ debug() }}", Refused(&["text-expression"])),
    ("{{ range(3) }}", Refused(&["text-expression"])),
    ("{{", Refused(&["text-expression"])),
    ("{% raw %}", Refused(&["text-expression"])),
    ("{{ nothing }}", Refused(&["text-expression"])),
    ("{{ cite('nope') }}", Refused(&["text-expression"])),
    (
        "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
        Refused(&["text-expression"]),
    ),
    ("<<TÊN CƠ QUAN>>", Refused(&["placeholder"])),
    // Scripts and symbols.
    ("αβγ ΑΒΓ", Literal),
    ("Привет", Literal),
    ("€ £ ¥ © ® ° ± × ÷", Literal),
    ("шалом שלום", Literal),
    ("مرحبا", NO_GLYPH),
    ("漢字", NO_GLYPH),
    ("😀", NO_GLYPH),
    ("✓", NO_GLYPH),
    // Very long words.
    ("Đ", Literal),
    (
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        Literal,
    ),
    (
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.002154&x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        Literal,
    ),
    // Controls and invisible characters.
    ("\u{0}", CONTROL),
    ("a\u{7}b", CONTROL),
    ("\u{1b}[31mred", CONTROL),
    // DEL is not even allowed in YAML text: the parser refuses it, located.
    ("\u{7f}", Refused(&["control-character", "yaml-syntax"])),
    ("\u{85}", CONTROL),
    ("zero\u{200b}width", CONTROL),
    ("join\u{200d}er", CONTROL),
    ("\u{feff}bom", CONTROL),
    ("\u{202e}abc", CONTROL),
    ("a\u{200f}b", CONTROL),
    ("soft\u{ad}hyphen", CONTROL),
    ("\u{2066}isolate\u{2069}", CONTROL),
];

/// Where each test value goes: field paths in the document below.
const FIELDS: [&str; 5] =
    ["title", "bases[0].subject", "projects[0].content[0]", "recipients[0]", "signer.name"];

fn document(values: &[String; 5]) -> String {
    let q = |s: &String| serde_json::to_string(s).unwrap();
    format!(
        r#"type: ke-hoach
issuer: {{ name: [Ủy ban nhân dân, xã Thử Nghiệm], abbr: UBND }}
number: 7
place: Thử Nghiệm
date: 2026-03-05
year: 2026
title: {}
bases:
  - {{ id: qd1, kind: Quyết định, number: 1/QĐ-UBND, date: 2026-01-05, issuer: UBND tỉnh, subject: {} }}
projects:
  - number: 1
    title: Dự án thử
    content: [{}]
closing: Trên đây là Kế hoạch.
recipients: [{}]
signer: {{ authority: [KT. Chủ tịch], title: Phó Chủ tịch, name: {} }}
"#,
        q(&values[0]),
        q(&values[1]),
        q(&values[2]),
        q(&values[3]),
        q(&values[4])
    )
}

fn marked(k: usize, s: &str) -> String {
    format!("QQ{k}S {s} QQ{k}E")
}

/// NFC without whitespace: how extraction compares.
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// The corpus: each base string alone, inside a Vietnamese sentence, at
/// the start of a line after a line break, and right after `**x**`, `*x*`
/// and a footnote `^[x]` (whatever follows inline markup is text, never
/// part of the call Typst is given).
fn corpus() -> Vec<(String, Expect)> {
    let mut out = Vec::new();
    for &(s, expect) in CORPUS {
        out.push((s.to_string(), expect));
        let wrap = |pre: &str, post: &str| -> (String, Expect) {
            let e = match expect {
                Shown(t) => Shown(Box::leak(format!("{pre}{t}{post}").into_boxed_str())),
                other => other,
            };
            (format!("{pre}{s}{post}"), e)
        };
        out.push(wrap("Đầu câu ", " cuối câu"));
        out.push(wrap("dòng trước\n", ""));
        let leak = |t: String| -> &'static str { Box::leak(t.into_boxed_str()) };
        // A star marker touching another star is a run of stars (text, or
        // another marker: unit-tested in escape.rs), so those are left out.
        // Touching a letter or a digit, also one printed by `{{ }}`, it is
        // inside a word and prints as typed, unless a later star closes it.
        if !s.starts_with('*') {
            for pre in ["**x**", "*x*"] {
                let shown = match expect {
                    Shown(t) => t,
                    _ => s,
                };
                let in_word = shown.starts_with(char::is_alphanumeric);
                // Then a star later in the text may close the marker.
                if in_word && s.contains('*') {
                    continue;
                }
                let e = match expect {
                    Literal if in_word => Literal,
                    Literal => Shown(leak(format!("x{s}"))),
                    Shown(t) if in_word => Shown(leak(format!("{pre}{t}"))),
                    Shown(t) => Shown(leak(format!("x{t}"))),
                    other => other,
                };
                out.push((format!("{pre}{s}"), e));
            }
        }
        let e = match expect {
            Literal => Noted(leak(s.to_string())),
            Shown(t) => Noted(t),
            other => other,
        };
        out.push((format!("^[x]{s}"), e));
    }
    out
}

fn check(pipeline: &Pipeline, input: &str, expect: Expect) -> Result<(), String> {
    let values: [String; 5] = std::array::from_fn(|k| marked(k, input));
    let yaml = document(&values);
    let loaded = load::load_str("hostile.yaml", &yaml);
    let result = loaded.and_then(|l| {
        let r = pipeline.render(&l)?;
        pipeline.pdf(&l, &r)
    });
    match (result, expect) {
        (Err(e), Refused(codes)) => {
            for d in e.iter() {
                if !codes.contains(&d.code) {
                    return Err(format!("refused with unexpected `{}`: {}", d.code, d.message));
                }
                // Located: a line of the YAML, and a field path unless the
                // YAML itself is malformed.
                if (d.path.is_none() && d.code != "yaml-syntax") || d.line_col().is_none() {
                    return Err(format!("diagnostic is not located: {d}"));
                }
            }
            Ok(())
        }
        (Err(e), _) => Err(format!("refused:\n{e}")),
        (Ok(_), Refused(codes)) => Err(format!("rendered, but should be refused with {codes:?}")),
        (Ok(pdf), expect) => {
            let text = fold(&common::pdf::raw_text(&pdf));
            let wanted = fold(match expect {
                Shown(t) | Noted(t) => t,
                _ => input,
            });
            let mut numbers = Vec::new();
            for (k, field) in FIELDS.iter().enumerate() {
                let (start, end) = (format!("QQ{k}S"), format!("QQ{k}E"));
                let got = text
                    .split_once(&start)
                    .and_then(|(_, rest)| rest.split_once(&end))
                    .map(|(inner, _)| inner.to_string())
                    .ok_or_else(|| format!("{field}: markers not found in {text:?}"))?;
                let got = match expect {
                    Noted(_) => match got.strip_suffix(&wanted).map(str::parse::<usize>) {
                        Some(Ok(n)) => {
                            numbers.push(n);
                            wanted.clone()
                        }
                        _ => format!("{got} (no footnote number first)"),
                    },
                    _ => got,
                };
                if got != wanted {
                    return Err(format!("{field}: printed {got:?}, expected {wanted:?}"));
                }
            }
            numbers.sort();
            if matches!(expect, Noted(_)) && numbers != [1, 2, 3, 4, 5] {
                return Err(format!("footnote numbers {numbers:?}, expected 1 to 5"));
            }
            Ok(())
        }
    }
}

#[test]
fn hostile_strings_print_literally_in_every_field() {
    assert!(CORPUS.len() >= 200, "{} base strings", CORPUS.len());
    let corpus = corpus();
    let pipeline = Pipeline::embedded();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let chunks: Vec<_> = corpus.chunks(corpus.len().div_ceil(4)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let pipeline = &pipeline;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|(s, e)| check(pipeline, s, *e).err().map(|m| format!("{s:?}: {m}")))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} strings failed:\n{}",
        failures.len(),
        corpus.len(),
        failures.join("\n")
    );
}

/// Runs `f` on a thread and fails if it has not finished in 30 s: a guard
/// against a hang, not a timing assertion.
fn within_30s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(30)).expect("still running after 30 s")
}

/// A small plan whose title and two căn cứ subjects are given.
fn plan_with(title: &str, subject1: &str, subject2: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    format!(
        r#"type: ke-hoach
issuer: {{ name: [Ủy ban nhân dân, xã Thử Nghiệm], abbr: UBND }}
number: 7
place: Thử Nghiệm
date: 2026-03-05
year: 2026
title: {}
bases:
  - {{ id: qd1, kind: Quyết định, number: 1/QĐ-UBND, date: 2026-01-05, issuer: UBND tỉnh, subject: {} }}
  - {{ id: qd2, kind: Quyết định, number: 2/QĐ-UBND, date: 2026-01-06, issuer: UBND tỉnh, subject: {} }}
projects:
  - number: 1
    title: Dự án thử
    content: [Nội dung.]
closing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh]
signer: {{ authority: [KT. Chủ tịch], title: Phó Chủ tịch, name: Nguyễn Văn An }}
"#,
        q(title),
        q(subject1),
        q(subject2)
    )
}

fn text_error(title: &str) -> vanban::diagnostic::Diagnostic {
    let yaml = plan_with(title, "về việc giao vốn", "về việc khác");
    // Said in English here (the Vietnamese is checked in tests/diagnostics.rs).
    let errors = within_30s(move || {
        vanban::i18n::with_lang(vanban::i18n::Lang::En, || {
            load::load_str("probe.yaml", &yaml).map(|_| ()).unwrap_err()
        })
    });
    let d = errors.iter().next().unwrap().clone();
    assert_eq!(d.code, "text-expression", "{d}");
    assert_eq!(d.path.as_deref(), Some("title"), "{d}");
    d
}

#[test]
fn text_templates_cannot_build_large_values() {
    // Each of these used to run for seconds or until memory ran out; now each
    // is refused before anything runs, at the part that is not accepted.
    for (probe, message) in [
        ("{{ k in ([2] * 100000000) }}", "`[` cannot be used in text"),
        ("{{ ([1]*100000000) == ([1]*100000000) }}", "`[` cannot be used in text"),
        ("{{ 'x' * 1000000000 }}", "`*` cannot be used in text"),
        (
            "{% set ns = namespace(x=[1]) %}{% for i in range(33) %}{% set ns.x = ns.x + ns.x %}{% endfor %}{{ ns.x }}",
            "text fields accept only `{{ … }}` expressions, not `{% … %}` statements",
        ),
        ("{# a comment #}", "text fields accept only `{{ … }}` expressions, not `{# … #}` comments"),
        ("{{ debug() }}", "`debug` is not defined in text"),
        ("{{ namespace() }}", "`namespace` is not defined in text"),
        ("{{ year | tojson }}", "`tojson` is not a filter text can use; only `upper` is"),
        ("{{ cite }}", "`cite` takes one quoted id: `cite(\"id\")`"),
        ("{{ 1234567890 }}", "numbers in text have at most 9 digits"),
    ] {
        let d = text_error(probe);
        assert_eq!(d.message, message, "{probe}");
        assert!(
            d.hint.as_deref().unwrap().starts_with("text fields accept only `{{ … }}` with `year`"),
            "{d}"
        );
    }
    // The number of names and signs in one field is bounded, so is what it prints.
    let long = format!("{{{{ {} }}}}", vec!["cite_full('qd1')"; 20].join(" ~ "));
    assert_eq!(
        text_error(&long).message,
        "this text's expressions are longer than 64 names, numbers and signs"
    );
}

#[test]
fn documented_text_expressions_still_work() {
    let yaml = plan_with(
        "Năm {{ year }}, từ {{- ' ' ~ (year - 1) -}} ; {{ place | upper }}; {{ cite_short(\"qd1\") }}; {{ \"{{\" }}",
        "về việc giao vốn",
        "về việc khác",
    );
    let loaded = load::load_str("ok.yaml", &yaml).unwrap();
    assert_eq!(loaded.document.title(), "Năm 2026, từ 2025; THỬ NGHIỆM; Quyết định số 1/QĐ-UBND; {{");
}

#[test]
fn a_cited_subject_is_expanded_before_it_is_cited() {
    // qd2's subject cites qd1, whose subject names the year: both expand.
    let yaml = plan_with(
        "Thực hiện {{ cite_full('qd2') }}",
        "về giao vốn năm {{ year }}",
        "về triển khai {{ cite_full('qd1') }}",
    );
    let loaded = load::load_str("cite.yaml", &yaml).unwrap();
    assert_eq!(
        loaded.document.title(),
        "Thực hiện Quyết định số 2/QĐ-UBND ngày 06/01/2026 của UBND tỉnh về triển khai Quyết định số \
         1/QĐ-UBND ngày 05/01/2026 của UBND tỉnh về giao vốn năm 2026"
    );
}

#[test]
fn a_cited_issuer_is_expanded_too() {
    // `{{ … }}` in a reference's issuer prints expanded through cite(), as
    // it does in the căn cứ itself (probe, round three).
    let yaml = plan_with("Thực hiện {{ cite_full('qd1') }}", "về giao vốn", "về việc khác").replacen(
        "issuer: UBND tỉnh",
        "issuer: \"Ban Chỉ đạo năm {{ year }} của {{ place }}\"",
        1,
    );
    let loaded = load::load_str("issuer.yaml", &yaml).unwrap();
    assert_eq!(
        loaded.document.title(),
        "Thực hiện Quyết định số 1/QĐ-UBND ngày 05/01/2026 của Ban Chỉ đạo năm 2026 của Thử Nghiệm về giao vốn"
    );
}

#[test]
fn subjects_that_cite_each_other_are_refused() {
    let yaml = plan_with("Thực hiện {{ cite('qd1') }}", "theo {{ cite('qd2') }}", "theo {{ cite('qd1') }}");
    let errors = within_30s(move || load::load_str("loop.yaml", &yaml).map(|_| ()).unwrap_err());
    let d = errors.iter().next().unwrap();
    assert_eq!(d.code, "text-expression", "{d}");
    assert!(
        d.message.starts_with("trích yếu của `qd")
            && d.message.contains("dẫn các văn bản thành vòng lặp hoặc sâu hơn 4 cấp"),
        "{d}"
    );
}

/// A file of 10,000 tab-indented lines, at the end of a large file: a
/// screenful of slips, each found by one parse of the copy (at most
/// `MAX_SYNTAX_REPAIRS` parses, not one per tab), and a count of the rest,
/// which are undone in one scan so that the fields are still read (here
/// 10,000 references of the wrong shape: a screenful of those, and a line
/// saying more may follow).
#[test]
fn ten_thousand_tabs_are_counted_not_listed() {
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let mut yaml = plan_with("Kế hoạch", "về việc giao vốn", "về việc khác");
    yaml.push_str("references:\n");
    for i in 0..10_000 {
        yaml.push_str(&format!("\t- text: Văn bản số {i}\n"));
    }
    let errors: Vec<_> =
        within_30s(move || load::load_str("tabs.yaml", &yaml).map(|_| ()).unwrap_err()).into_iter().collect();
    let fields = vanban::limits::MAX_FIELD_ERRORS;
    assert_eq!(errors.len(), max + 1 + fields + 1);
    let tabs: Vec<_> =
        errors.iter().filter(|d| d.message.starts_with("Dòng này thụt lề bằng dấu tab")).collect();
    assert_eq!(tabs.len(), max);
    let first_tab = plan_with("Kế hoạch", "về việc giao vốn", "về việc khác").lines().count() + 2;
    for (i, d) in tabs.iter().enumerate() {
        assert_eq!(
            d.message,
            format!("Dòng này thụt lề bằng dấu tab (hiện là →): `→- text: Văn bản số {i}`")
        );
        assert_eq!(d.line_col(), Some((first_tab + i, 1)));
    }
    let [.., last, cap] = &errors[..] else { unreachable!() };
    assert_eq!(
        cap.message,
        format!("vanban dừng lại sau {fields} lỗi trong các trường; có thể còn lỗi khác chưa được báo")
    );
    assert_eq!(
        last.message,
        format!("Còn {} dòng nữa thụt lề bằng dấu tab, không liệt kê từng dòng", 10_000 - max)
    );
    assert_eq!(
        last.hint.as_deref(),
        Some(
            "Trong trình soạn thảo, dùng Tìm và thay thế (Ctrl+H) để thay mọi dấu tab bằng dấu cách, rồi chạy lại"
        )
    );
}

#[test]
fn thousands_of_curly_quotes_are_capped_with_a_count() {
    // 2 000 Kính gửi lines between typographic quotes: a screenful, then
    // one line counting the rest (a load used to list all 2 000).
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let lines: String = (0..2000).map(|i| format!("  - “Thôn {i}”\n")).collect();
    let sample = common::sample_text();
    assert!(sample.contains("\nrecipients:\n"));
    let yaml = sample.replacen("\nrecipients:\n", &format!("\nrecipients:\n{lines}"), 1);
    assert!(yaml.contains("  - “Thôn 1999”\n"));
    let errors = within_30s(move || load::load_str("plan.yaml", &yaml).map(|_| ()).unwrap_err());
    let quotes: Vec<_> = errors.iter().filter(|d| d.code == "curly-quotes").collect();
    assert_eq!(errors.len(), max + 1, "{errors}");
    assert_eq!(quotes.len(), max + 1);
    assert!(
        quotes[..max]
            .iter()
            .all(|d| d.message.starts_with("Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in “ ”"))
    );
    let count = &quotes[max];
    assert_eq!(
        count.message,
        format!(
            "Còn {} giá trị nữa nằm giữa dấu ngoặc kép kiểu chữ in “ ” hoặc ‘ ’, không liệt kê từng giá trị",
            2000 - max
        )
    );
    assert!(count.hint.as_deref().unwrap().contains("Ctrl+H"));
    assert_eq!(count.line_col(), None);
}

#[test]
fn every_control_character_is_named_at_its_column_up_to_the_budget() {
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    // Three in one string, as typed and as escapes between double quotes.
    let title = "title: \"Có ký tự \\x07 chuông và \\x1b thoát và \\x0c trang\"\n";
    let yaml = plan_with("x", "về việc giao vốn", "về việc khác").replacen("title: \"x\"\n", title, 1);
    assert!(yaml.contains(title));
    let errors = load::load_str("probe.yaml", &yaml).map(|_| ()).unwrap_err();
    let said: Vec<(String, Option<(usize, usize)>)> =
        errors.iter().map(|d| (d.message.clone(), d.line_col())).collect();
    let line = yaml[..yaml.find(title).unwrap()].matches('\n').count() + 1;
    let col = |needle: &str| title[..title.find(needle).unwrap()].chars().count() + 1;
    assert_eq!(
        said,
        [
            (
                "Văn bản chứa ký tự điều khiển U+0007, không in ra được".to_string(),
                Some((line, col("\\x07")))
            ),
            (
                "Văn bản chứa ký tự điều khiển U+001B, không in ra được".to_string(),
                Some((line, col("\\x1b")))
            ),
            (
                "Văn bản chứa ký tự điều khiển U+000C, không in ra được".to_string(),
                Some((line, col("\\x0c")))
            ),
        ]
    );
    // 50 in one title (written `\u0007` by the JSON quoting): the budget,
    // then a count.
    let bells = "\u{7}".repeat(50);
    let yaml = plan_with(&bells, "về việc giao vốn", "về việc khác");
    let errors = load::load_str("probe.yaml", &yaml).map(|_| ()).unwrap_err();
    assert_eq!(errors.len(), max + 1, "{errors}");
    let last = errors.iter().last().unwrap();
    assert_eq!(
        last.message,
        format!("Còn {} ký tự điều khiển hoặc vô hình nữa, không liệt kê từng ký tự", 50 - max)
    );
}
