//! The message catalogues (`locales/<lang>/*.ftl`): both languages say the
//! same messages with the same arguments, and every message the code asks
//! for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use vanban::i18n::{self, Lang};

/// Every message id (`name` and `name.attribute`) of one file, with the
/// variables its text uses.
fn messages(lang: Lang, file: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("locales/{}/{file}: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                out.insert(m.id.name.to_string(), variables(value));
            }
            for a in &m.attributes {
                out.insert(format!("{}.{}", m.id.name, a.id.name), variables(&a.value));
            }
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect(pattern, &mut out);
    out
}

fn collect(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                collect(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let mut problems = Vec::new();
    for (i, file) in i18n::FILES.iter().enumerate() {
        let vi = messages(Lang::Vi, file, Lang::Vi.catalogue()[i].1);
        let en = messages(Lang::En, file, Lang::En.catalogue()[i].1);
        for (id, vars) in &vi {
            match en.get(id) {
                None => problems.push(format!("{file}: `{id}` is in vi and not in en")),
                Some(en_vars) if en_vars != vars => {
                    problems.push(format!("{file}: `{id}` uses {vars:?} in vi and {en_vars:?} in en"))
                }
                Some(_) => {}
            }
        }
        for id in en.keys().filter(|id| !vi.contains_key(*id)) {
            problems.push(format!("{file}: `{id}` is in en and not in vi"));
        }
    }
    assert!(problems.is_empty(), "the catalogues differ:\n{}", problems.join("\n"));
}

#[test]
fn every_catalogue_file_is_embedded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL {
        let mut on_disk: Vec<String> = std::fs::read_dir(root.join(lang.code()))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = i18n::FILES.iter().map(|f| f.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "locales/{}: add the file to catalogues! in src/i18n.rs", lang.code());
    }
}

/// Every `t!("id" …)` in the sources names a message of both catalogues.
#[test]
fn every_message_the_code_asks_for_exists() {
    let call = regex_lite::Regex::new(r#"\bt!\(\s*"([^"]+)""#).unwrap();
    let mut missing = Vec::new();
    let mut asked = 0;
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Doc comments show the macro with ids of their own.
            let code: String =
                text.lines().filter(|l| !l.trim_start().starts_with("//")).flat_map(|l| [l, "\n"]).collect();
            for c in call.captures_iter(&code) {
                asked += 1;
                for lang in Lang::ALL {
                    if !i18n::has(lang, &c[1]) {
                        missing.push(format!(
                            "{}: `{}` not in locales/{}",
                            path.display(),
                            &c[1],
                            lang.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(asked > 0, "no t!() call found: the pattern no longer matches the code");
    assert!(missing.is_empty(), "messages asked for and missing:\n{}", missing.join("\n"));
}

#[test]
fn a_diagnostic_is_labelled_in_the_language_of_the_run() {
    use vanban::diagnostic::Diagnostic;
    let d = Diagnostic::error("unknown-field", "x").with_path("signer.nmae").with_hint("y");
    let vi = i18n::with_lang(Lang::Vi, || d.render(false));
    assert!(vi.starts_with("lỗi[unknown-field]: x"), "{vi}");
    assert!(vi.contains("= trường: signer.nmae") && vi.contains("= cách sửa: y"), "{vi}");
    let en = i18n::with_lang(Lang::En, || d.render(false));
    assert!(en.starts_with("error[unknown-field]: x"), "{en}");
    assert!(en.contains("= field: signer.nmae") && en.contains("= hint: y"), "{en}");
    let w = Diagnostic::warning("bases-order", "z");
    assert!(i18n::with_lang(Lang::Vi, || w.render(false)).starts_with("cảnh báo[bases-order]: z"));
    // The code stays as written in colour too.
    let coloured = i18n::with_lang(Lang::Vi, || d.render(true));
    assert!(coloured.contains("lỗi[unknown-field]"), "{coloured:?}");
}
