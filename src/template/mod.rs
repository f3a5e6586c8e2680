//! Stage 3: model → Typst source, through the minijinja templates in
//! `templates/`.
//!
//! Escaping is by construction: templates named `*.typ.j2` auto-escape with a
//! Typst formatter ([`escape`]), the `safe` filter is removed, and the Rust
//! helpers below return plain text, so there is no way for a value to reach
//! Typst except as escaped markup. Templates only ever print values in markup
//! position (inside `[…]` or on a markup line), never inside Typst code.

pub mod escape;

use std::collections::HashMap;
use std::sync::OnceLock;

use minijinja::value::{Serde, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::{Deserialize, Serialize};

use crate::model::{Assignment, Basis, Citation, Date, Document, Funding, OneOrMany, Recipient, Task};
use crate::vn;

/// The Typst layout library: every NĐ30 size, margin and rule.
pub const LAYOUT_LIBRARY: &str = include_str!("../../templates/nd30.typ");
/// The file name under which generated documents import the library.
pub const LAYOUT_LIBRARY_NAME: &str = "vanban-nd30.typ";

/// The templates, embedded so the binary needs nothing beside it.
const TEMPLATES: &[(&str, &str)] = &[
    ("parts.typ.j2", include_str!("../../templates/parts.typ.j2")),
    ("ke-hoach.typ.j2", include_str!("../../templates/ke-hoach.typ.j2")),
];

/// What a template needs besides the document.
#[derive(Debug, Clone, Serialize)]
pub struct RenderOptions {
    /// The font family the document is set in.
    pub font: String,
    /// Shown in the generated file's first comment line.
    pub source_name: String,
}

/// The shared template environment, built once per process.
pub fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| build_environment().expect("embedded templates are valid"))
}

fn build_environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".typ.j2") { AutoEscape::Custom("typst".into()) } else { AutoEscape::None }
    });
    env.set_formatter(typst_formatter);
    // No way around the formatter: a value cannot be marked safe by a template.
    env.remove_filter("safe");

    env.add_filter("upper", |s: &str| vn::text::upper(s));
    env.add_filter("roman", |n: u32| vn::number::roman(n));
    env.add_filter("letter", |n: usize| vn::number::letter(n));
    env.add_filter("end_mark", |s: &str| vn::text::with_end_mark(s));
    env.add_filter("sentence", |s: &str| vn::text::sentence(s));
    env.add_function("so_line", |number: Option<u32>, ky_hieu: &str| vn::ky_hieu::so_line(number, ky_hieu));
    env.add_function("place_and_date", |place: &str, date: Option<Serde<Date>>, year: i32| {
        vn::date::place_and_date(place, date.map(|d| d.0.0), year)
    });
    env.add_function("basis_lines", |bases: Serde<Vec<Basis>>| {
        let lines: Vec<String> = bases.iter().map(vn::cite::basis_line).collect();
        vn::text::punctuate(&lines, ";", ".")
    });
    env.add_function("assignments", |list: Serde<OneOrMany<Assignment>>| vn::phrase::assignments(&list.0.0));
    env.add_function("funding", funding);
    env.add_function("task_lines", |tasks: Serde<Vec<Task>>| task_lines(&tasks));
    env.add_filter("typst_str", |s: &str| Value::from_safe_string(escape::string_literal(s)));
    env.add_function("recipient_lines", |recipients: Serde<Vec<Recipient>>, archive: Vec<String>| {
        recipient_lines(&recipients, &archive)
    });

    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// The escaping formatter: user text becomes markup that prints literally
/// (see [`escape`]); output of macros and of the formatter itself passes.
fn typst_formatter(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    if !matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "typst") {
        return write!(out, "{value}").map_err(|_| Error::from(ErrorKind::WriteFailure));
    }
    let text = match value.kind() {
        _ if value.is_safe() => value.to_string(),
        ValueKind::String => escape::markup(value.as_str().unwrap_or_default()),
        ValueKind::Number => escape::escape(&value.to_string()),
        ValueKind::Undefined | ValueKind::None => {
            return Err(Error::new(ErrorKind::InvalidOperation, "a template printed a missing value"));
        }
        other => {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!("a template printed a {other} value"),
            ));
        }
    };
    out.write_str(&text).map_err(|_| Error::from(ErrorKind::WriteFailure))
}

/// Kinh phí sentence; the cited documents come from the render context.
fn funding(state: &State, f: Serde<Funding>) -> Result<String, Error> {
    let citations = state.lookup("citations").ok_or_else(|| Error::from(ErrorKind::UndefinedError))?;
    let citations = HashMap::<String, Citation>::deserialize(citations)
        .map_err(|e| Error::new(ErrorKind::CannotDeserialize, e.to_string()))?;
    let cited: Vec<&Citation> = f.under.iter().filter_map(|id| citations.get(id)).collect();
    Ok(vn::phrase::funding(&f, &cited))
}

/// Nhiệm vụ lines: `Nhiệm vụ 9: …;`, the last ending in `.`.
pub fn task_lines(tasks: &[Task]) -> Vec<String> {
    let lines: Vec<String> = tasks
        .iter()
        .map(|t| match &t.number {
            Some(n) => format!("Nhiệm vụ {n}: {}", t.content.trim()),
            None => t.content.trim().to_string(),
        })
        .collect();
    vn::text::punctuate(&lines, ";", ".")
}

/// Nơi nhận: `- Sở … (để b/c);` lines, then `- Lưu: VT, …`, punctuated.
pub fn recipient_lines(recipients: &[Recipient], archive: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = recipients
        .iter()
        .map(|r| match &r.purpose {
            Some(p) => format!("- {} ({})", vn::text::strip_end_punctuation(&r.to), p),
            None => format!("- {}", r.to),
        })
        .collect();
    lines.push(format!("- Lưu: {}", archive.join(", ")));
    vn::text::punctuate(&lines, ";", ".")
}

/// Renders a document to Typst source.
pub fn render(
    document: &Document,
    citations: &HashMap<String, Citation>,
    options: &RenderOptions,
) -> Result<String, Error> {
    let env = environment();
    let template = env.get_template(document.doc_type().template())?;
    let source = template.render(minijinja::context! {
        doc => Serde(document),
        ten_loai => document.doc_type().ten_loai(),
        ky_hieu => document.ky_hieu(),
        citations => Serde(citations),
        options => Serde(options),
        // Our own constant, not user data: printed as it is.
        version => Value::from_safe_string(env!("CARGO_PKG_VERSION").to_string()),
    })?;
    Ok(tidy_blank_lines(&source))
}

/// At most one blank line between blocks. Blank lines only ever come from
/// the templates (escaped values never contain a line break), and in Typst
/// markup one blank line means the same as several.
fn tidy_blank_lines(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut blank = 0;
    for line in source.lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(source: &str, ctx: Value) -> Result<String, Error> {
        let mut env = environment().clone();
        env.add_template_owned("test.typ.j2", source.to_string())?;
        env.get_template("test.typ.j2")?.render(ctx)
    }

    #[test]
    fn every_printed_value_is_escaped() {
        let out = render_str("[{{ x }}]", minijinja::context! { x => "#read(\"/etc/passwd\")" }).unwrap();
        assert_eq!(out, "[\\#read(\\\"\\/etc/passwd\\\")]");
    }

    #[test]
    fn safe_is_not_available() {
        let err = render_str("{{ x|safe }}", minijinja::context! { x => "#x" }).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownFilter);
    }

    #[test]
    fn printing_a_missing_value_fails() {
        assert!(render_str("{{ nothing }}", minijinja::context! {}).is_err());
        assert!(render_str("{{ x }}", minijinja::context! { x => () }).is_err());
    }

    #[test]
    fn recipient_lines_end_with_luu() {
        let r = vec![
            Recipient { to: "Sở Dân tộc và Tôn giáo".into(), purpose: Some("để b/c".into()) },
            Recipient { to: "Các thôn;".into(), purpose: None },
        ];
        assert_eq!(
            recipient_lines(&r, &["VT".into(), "VHXH".into()]),
            ["- Sở Dân tộc và Tôn giáo (để b/c);", "- Các thôn;", "- Lưu: VT, VHXH."]
        );
    }
}
