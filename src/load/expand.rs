//! `{{ … }}` in text fields: `năm {{ year }}`, `{{ cite("qd1719") }}`.
//!
//! Expressions run in a minijinja sandbox that knows only the variables and
//! functions below, with a fuel limit so that a runaway loop ends in an
//! error. The result is plain text: it reaches Typst later through the same
//! escaping as every other value.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior, context};

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::model::Citation;
use crate::vn::cite;

pub use crate::limits::TEXT_FUEL;

/// The sandbox in which text fields are expanded.
pub struct TextEnv {
    env: Environment<'static>,
    year: Option<i64>,
    place: Option<String>,
}

/// Names a text field can use, for the hint of an error.
const AVAILABLE: &str = "`year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`";

impl TextEnv {
    pub fn new(citations: HashMap<String, Citation>, year: Option<i64>, place: Option<String>) -> Self {
        // The builtins are pure functions over values; with no template loader
        // and no filesystem access, fuel is what bounds them.
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_fuel(Some(TEXT_FUEL));
        env.set_recursion_limit(crate::limits::TEXT_RECURSION);
        env.set_debug(true);
        env.add_filter("upper", |s: &str| crate::vn::text::upper(s));
        let citations = Arc::new(citations);
        for (name, form) in [
            ("cite", cite::reference as fn(&Citation) -> String),
            ("cite_full", cite::full),
            ("cite_short", cite::short),
        ] {
            let citations = citations.clone();
            env.add_function(name, move |id: &str| -> Result<String, Error> {
                match citations.get(id) {
                    Some(c) => Ok(form(c)),
                    None => {
                        let ids: Vec<&str> = citations.keys().map(String::as_str).collect();
                        let mut msg = format!("no căn cứ or reference has the id `{id}`");
                        if let Some(s) = super::suggest(id, &ids) {
                            msg.push_str(&format!(" (did you mean `{s}`?)"));
                        }
                        Err(Error::new(ErrorKind::InvalidOperation, msg))
                    }
                }
            });
        }
        Self { env, year, place }
    }

    /// Expands one text; text without `{{`, `{%` or `{#` is returned as is.
    pub fn expand(&self, text: &str) -> Result<String, TextError> {
        if !(text.contains("{{") || text.contains("{%") || text.contains("{#")) {
            return Ok(text.to_string());
        }
        let ctx = context! { year => self.year, place => self.place.clone() };
        self.env.render_str(text, ctx).map_err(|error| TextError { error })
    }
}

/// A failed expansion, to be located in the YAML file.
#[derive(Debug)]
pub struct TextError {
    error: Error,
}

impl TextError {
    /// A diagnostic pointing at the failing expression inside the YAML scalar
    /// `value` (the field at `path`, occupying `span` of the file).
    pub fn into_diagnostic(
        self,
        file: &Arc<SourceFile>,
        path: &str,
        span: &Range<usize>,
        value: &str,
    ) -> Diagnostic {
        let e = &self.error;
        let expr = e.range().and_then(|r| value.get(r)).map(str::trim).filter(|s| !s.is_empty());
        let message = match e.kind() {
            ErrorKind::UndefinedError => match expr {
                Some(x) => format!("`{x}` is not defined in text"),
                None => "a name used in text is not defined".to_string(),
            },
            ErrorKind::OutOfFuel => {
                "the expression in this text does too much work and was stopped".to_string()
            }
            ErrorKind::SyntaxError => {
                format!("invalid expression in text: {}", e.detail().unwrap_or("syntax error"))
            }
            _ => e.detail().map_or_else(|| e.kind().to_string(), str::to_string),
        };
        let hint = match e.kind() {
            ErrorKind::OutOfFuel => {
                "text may use simple expressions such as `{{ year }}`; loops over large ranges are stopped"
                    .to_string()
            }
            _ => format!("text can use {AVAILABLE}; write `{{{{` as `{{{{ \"{{{{\" }}}}` to print it"),
        };
        // Point at the expression if it can be found in the raw YAML.
        let raw = &file.text[span.clone()];
        let span = expr
            .and_then(|x| raw.find(x).map(|o| span.start + o..span.start + o + x.len()))
            .unwrap_or_else(|| span.clone());
        Diagnostic::error("text-expression", message).with_path(path).with_span(file, span).with_hint(hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> TextEnv {
        let mut c = HashMap::new();
        c.insert(
            "qd920".to_string(),
            Citation {
                id: Some("qd920".into()),
                kind: "Quyết định".into(),
                number: Some("920/QĐ-TTg".into()),
                date: Some(crate::model::Date(chrono::NaiveDate::from_ymd_opt(2025, 5, 14).unwrap())),
                issuer: Some("Thủ tướng Chính phủ".into()),
                subject: Some("về việc điều chỉnh".into()),
                replaced_by: None,
            },
        );
        TextEnv::new(c, Some(2026), Some("Ngọc Liên".into()))
    }

    #[test]
    fn expands_year_and_citations() {
        let env = env();
        assert_eq!(env.expand("năm {{ year }}").unwrap(), "năm 2026");
        assert_eq!(env.expand("từ năm {{ year - 1 }}").unwrap(), "từ năm 2025");
        assert_eq!(
            env.expand("theo {{ cite(\"qd920\") }}").unwrap(),
            "theo Quyết định số 920/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ"
        );
        assert_eq!(env.expand("{{ cite_short('qd920') }}").unwrap(), "Quyết định số 920/QĐ-TTg");
    }

    #[test]
    fn text_without_expressions_is_untouched() {
        assert_eq!(env().expand("5 * 3 { } #read()").unwrap(), "5 * 3 { } #read()");
    }

    #[test]
    fn runaway_loop_runs_out_of_fuel() {
        let e = env()
            .expand("{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}")
            .unwrap_err();
        assert_eq!(e.error.kind(), ErrorKind::OutOfFuel);
    }

    #[test]
    fn unknown_id_suggests_the_closest() {
        let e = env().expand("{{ cite('qd902') }}").unwrap_err();
        assert!(e.error.to_string().contains("did you mean `qd920`?"), "{}", e.error);
    }

    #[test]
    fn no_templates_or_files_are_reachable() {
        assert!(env().expand("{% include '/etc/passwd' %}").is_err());
        assert!(env().expand("{% import 'x' as y %}").is_err());
    }
}
