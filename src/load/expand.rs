//! `{{ … }}` in text fields: `năm {{ year }}`, `{{ cite("qd1719") }}`.
//!
//! Text fields accept a small, fixed language, checked before anything runs
//! ([`check`]): `{{ … }}` expressions made of `year`, `place`, integer and
//! string literals, `cite(id)`, `cite_full(id)`, `cite_short(id)`, `+` `-`
//! `~` and parentheses, and the `upper` filter. No statements, no lists, no
//! `*`: nothing can build a value larger than the text and the citations it
//! names, so the size of what an expression prints is bounded by
//! construction ([`crate::limits::TEXT_MAX_TOKENS`]). What passes runs in a
//! minijinja environment with no builtins at all and a fuel limit as a second
//! guard. The result is plain text: it reaches Typst later through the same
//! escaping as every other value.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior, context};

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::limits::{TEXT_CITE_DEPTH, TEXT_MAX_OUTPUT_BYTES, TEXT_MAX_TOKENS};
use crate::model::Citation;
use crate::vn::cite;

pub use crate::limits::TEXT_FUEL;

/// The sandbox in which text fields are expanded.
pub struct TextEnv {
    env: Environment<'static>,
    year: Option<i64>,
    place: Option<String>,
    /// Bytes expanded text has printed so far in this document.
    printed: Arc<AtomicUsize>,
}

/// A cited document, and whether the `{{ … }}` of its own subject and
/// issuer are expanded.
struct Cited {
    citation: Citation,
    ready: bool,
}

use crate::t;

fn has_template(text: &str) -> bool {
    text.contains("{{") || text.contains("{%") || text.contains("{#")
}

impl TextEnv {
    pub fn new(citations: HashMap<String, Citation>, year: Option<i64>, place: Option<String>) -> Self {
        // No builtins at all: only what the README documents is reachable.
        let mut env = Environment::empty();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_fuel(Some(TEXT_FUEL));
        env.set_recursion_limit(crate::limits::TEXT_RECURSION);
        env.set_debug(false);
        env.add_filter("upper", |s: &str| crate::vn::text::upper(s));
        let table: HashMap<String, Cited> = citations
            .into_iter()
            .map(|(id, citation)| {
                let ready = ![&citation.subject, &citation.issuer]
                    .iter()
                    .any(|text| text.as_deref().is_some_and(has_template));
                (id, Cited { citation, ready })
            })
            .collect();
        let table = Arc::new(RwLock::new(table));
        let printed = Arc::new(AtomicUsize::new(0));
        for (name, form) in [
            ("cite", cite::reference as fn(&Citation) -> String),
            ("cite_full", cite::full),
            ("cite_short", cite::short),
        ] {
            let table = table.clone();
            let printed = printed.clone();
            env.add_function(name, move |id: &str| -> Result<String, Error> {
                let table = table.read().unwrap_or_else(|e| e.into_inner());
                match table.get(id) {
                    Some(c) if c.ready => {
                        let text = form(&c.citation);
                        if printed.load(Ordering::Relaxed).saturating_add(text.len()) > TEXT_MAX_OUTPUT_BYTES
                        {
                            return Err(Error::new(ErrorKind::InvalidOperation, too_much_text()));
                        }
                        Ok(text)
                    }
                    Some(_) => Err(Error::new(
                        ErrorKind::InvalidOperation,
                        t!("expr-cite-loop", id = id, depth = TEXT_CITE_DEPTH),
                    )),
                    None => {
                        let mut ids: Vec<&str> = table.keys().map(String::as_str).collect();
                        ids.sort_unstable();
                        let mut msg = t!("expr-no-id", id = id);
                        if let Some(s) = super::suggest(id, &ids) {
                            msg.push_str(&t!("expr-did-you-mean", suggestion = s));
                        }
                        Err(Error::new(ErrorKind::InvalidOperation, msg))
                    }
                }
            });
        }
        let this = Self { env, year, place, printed };
        // A subject (or issuer) may itself say `năm {{ year }}` or cite
        // another document: expand them first, a level at a time, so that a
        // citation prints them expanded. A loop never becomes ready; a text
        // that fails is left as is and reported where the field itself is
        // expanded.
        type Texts = (Option<String>, Option<String>);
        for _ in 0..TEXT_CITE_DEPTH {
            let pending: Vec<(String, Texts)> = {
                let t = table.read().unwrap_or_else(|e| e.into_inner());
                t.iter()
                    .filter(|(_, c)| !c.ready)
                    .map(|(id, c)| (id.clone(), (c.citation.subject.clone(), c.citation.issuer.clone())))
                    .collect()
            };
            let expand = |text: Option<String>| text.map(|t| this.expand(&t)).transpose().ok();
            let done: Vec<(String, Texts)> = pending
                .into_iter()
                .filter_map(|(id, (subject, issuer))| Some((id, (expand(subject)?, expand(issuer)?))))
                .collect();
            if done.is_empty() {
                break;
            }
            let mut t = table.write().unwrap_or_else(|e| e.into_inner());
            for (id, (subject, issuer)) in done {
                if let Some(c) = t.get_mut(&id) {
                    c.citation.subject = subject;
                    c.citation.issuer = issuer;
                    c.ready = true;
                }
            }
        }
        this
    }

    /// Expands one text; text without `{{`, `{%` or `{#` is returned as is.
    pub fn expand(&self, text: &str) -> Result<String, TextError> {
        if !has_template(text) {
            return Ok(text.to_string());
        }
        check(text)?;
        let ctx = context! { year => self.year, place => self.place.clone() };
        let out = self.env.render_str(text, ctx).map_err(TextError::Jinja)?;
        let total = self.printed.fetch_add(out.len(), Ordering::Relaxed).saturating_add(out.len());
        if total > TEXT_MAX_OUTPUT_BYTES {
            return Err(TextError::Refused { message: too_much_text(), range: None });
        }
        Ok(out)
    }
}

fn refused((message, range): (String, Range<usize>)) -> TextError {
    TextError::Refused { message, range: Some(range) }
}

fn too_much_text() -> String {
    t!("expr-too-much", max = TEXT_MAX_OUTPUT_BYTES)
}

/// Checks that every `{{ … }}` in `text` is made only of what text fields
/// accept, before minijinja sees it; refuses `{% … %}` and `{# … #}`.
pub fn check(text: &str) -> Result<(), TextError> {
    let refuse = |message: String, range: Range<usize>| Err(refused((message, range)));
    let bytes = text.as_bytes();
    let mut tokens = 0usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'{', b'%') => {
                return refuse(t!("expr-statement"), i..i + 2);
            }
            (b'{', b'#') => {
                return refuse(t!("expr-comment"), i..i + 2);
            }
            (b'{', b'{') => {
                let open = i;
                i += 2;
                // `{{-` and `{{+` control whitespace, as in minijinja.
                if matches!(bytes.get(i), Some(b'-' | b'+')) {
                    i += 1;
                }
                let (toks, end) = lex(text, i).map_err(refused)?;
                let Some(end) = end else {
                    return refuse(t!("expr-unclosed"), open..open + 2);
                };
                tokens += toks.len();
                if tokens > TEXT_MAX_TOKENS {
                    return refuse(t!("expr-too-long", max = TEXT_MAX_TOKENS), open..end + 2);
                }
                Parser { text, toks: &toks, at: 0, depth: 0 }.whole(open..end + 2).map_err(refused)?;
                i = end + 2;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Int,
    Str,
    Name,
    Sign(u8),
}

type Lexed = (Vec<(Tok, Range<usize>)>, Option<usize>);

/// The tokens of one expression from `start`, and where its `}}` is (`None`
/// if the text ends first).
fn lex(text: &str, start: usize) -> Result<Lexed, (String, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut toks: Vec<(Tok, Range<usize>)> = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                // `-}}` and `+}}` control whitespace, as in minijinja.
                if let Some((Tok::Sign(b'-' | b'+'), r)) = toks.last()
                    && r.end == i
                {
                    toks.pop();
                }
                return Ok((toks, Some(i)));
            }
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'0'..=b'9' => {
                let s = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if i - s > 9 {
                    return Err((t!("expr-digits"), s..i));
                }
                toks.push((Tok::Int, s..i));
            }
            b'"' | b'\'' => {
                let s = i;
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => {
                            return Err((t!("expr-unclosed-quote"), s..s + 1));
                        }
                        Some(b'\\') => i += 2,
                        Some(&q) if q == c => break,
                        Some(_) => i += 1,
                    }
                }
                i += 1;
                toks.push((Tok::Str, s..i));
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let s = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                toks.push((Tok::Name, s..i));
            }
            b'+' | b'-' | b'~' | b'|' | b'(' | b')' => {
                toks.push((Tok::Sign(c), i..i + 1));
                i += 1;
            }
            _ => {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                let sign = &text[i..i + len];
                return Err((t!("expr-sign", sign = sign), i..i + len));
            }
        }
    }
    Ok((toks, None))
}

/// Recursive descent over the accepted grammar:
/// `expr := unary (("+" | "-" | "~") unary)*`,
/// `unary := "-"* primary ("|" "upper")*`,
/// `primary := INT | STR | year | place | cite…"(" STR ")" | "(" expr ")"`.
struct Parser<'a> {
    text: &'a str,
    toks: &'a [(Tok, Range<usize>)],
    at: usize,
    depth: usize,
}

type Parsed = Result<(), (String, Range<usize>)>;

impl Parser<'_> {
    fn whole(&mut self, all: Range<usize>) -> Parsed {
        if self.toks.is_empty() {
            return Err((t!("expr-empty"), all));
        }
        self.expr()?;
        match self.toks.get(self.at) {
            None => Ok(()),
            Some((_, r)) => Err(self.unexpected(r.clone())),
        }
    }

    fn unexpected(&self, r: Range<usize>) -> (String, Range<usize>) {
        (t!("expr-unexpected", token = &self.text[r.clone()]), r)
    }

    fn next(&mut self) -> Option<(Tok, Range<usize>)> {
        let t = self.toks.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn end(&self) -> Range<usize> {
        self.toks.last().map_or(0..0, |(_, r)| r.clone())
    }

    fn expr(&mut self) -> Parsed {
        self.depth += 1;
        if self.depth > crate::limits::TEXT_RECURSION {
            return Err((t!("expr-too-deep"), self.end()));
        }
        self.unary()?;
        while let Some((Tok::Sign(b'+' | b'-' | b'~'), _)) = self.toks.get(self.at) {
            self.at += 1;
            self.unary()?;
        }
        self.depth -= 1;
        Ok(())
    }

    fn unary(&mut self) -> Parsed {
        while let Some((Tok::Sign(b'-'), _)) = self.toks.get(self.at) {
            self.at += 1;
        }
        self.primary()?;
        while let Some((Tok::Sign(b'|'), _)) = self.toks.get(self.at) {
            self.at += 1;
            match self.next() {
                Some((Tok::Name, r)) if &self.text[r.clone()] == "upper" => {}
                Some((Tok::Name, r)) => {
                    return Err((t!("expr-not-a-filter", name = &self.text[r.clone()]), r));
                }
                Some((_, r)) => return Err(self.unexpected(r)),
                None => {
                    return Err((t!("expr-filter-missing"), self.end()));
                }
            }
        }
        Ok(())
    }

    fn primary(&mut self) -> Parsed {
        match self.next() {
            Some((Tok::Int | Tok::Str, _)) => Ok(()),
            Some((Tok::Sign(b'('), _)) => {
                self.expr()?;
                match self.next() {
                    Some((Tok::Sign(b')'), _)) => Ok(()),
                    Some((_, r)) => Err(self.unexpected(r)),
                    None => Err((t!("expr-paren-unclosed"), self.end())),
                }
            }
            Some((Tok::Name, r)) => match &self.text[r.clone()] {
                "year" | "place" => Ok(()),
                "cite" | "cite_full" | "cite_short" => {
                    let name = &self.text[r.clone()];
                    match (self.next(), self.next(), self.next()) {
                        (Some((Tok::Sign(b'('), _)), Some((Tok::Str, _)), Some((Tok::Sign(b')'), _))) => {
                            Ok(())
                        }
                        _ => Err((t!("expr-cite-arg", name = name), r)),
                    }
                }
                name => Err((t!("expr-undefined", name = name), r)),
            },
            Some((_, r)) => Err(self.unexpected(r)),
            None => Err((t!("expr-missing-end"), self.end())),
        }
    }
}

/// A failed expansion, to be located in the YAML file.
#[derive(Debug)]
pub enum TextError {
    /// minijinja stopped: an undefined name, a failed `cite`, no fuel.
    Jinja(Error),
    /// Refused before anything ran: not what text fields accept (`range`
    /// within the text), or over a budget.
    Refused { message: String, range: Option<Range<usize>> },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Jinja(e) => write!(f, "{e}"),
            TextError::Refused { message, .. } => f.write_str(message),
        }
    }
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
        let (message, hint, range) = match self {
            TextError::Refused { message, range } => (message, t!("expr-accepted"), range),
            TextError::Jinja(e) => {
                let expr = e.range().and_then(|r| value.get(r)).map(str::trim).filter(|s| !s.is_empty());
                let message = match e.kind() {
                    ErrorKind::UndefinedError => match expr {
                        Some(x) => t!("expr-undefined", name = x),
                        None => t!("expr-undefined-some"),
                    },
                    ErrorKind::OutOfFuel => t!("expr-out-of-fuel"),
                    // minijinja's own words follow ours.
                    ErrorKind::SyntaxError => {
                        t!("expr-syntax", detail = e.detail().unwrap_or("syntax error"))
                    }
                    _ => e.detail().map_or_else(|| e.kind().to_string(), str::to_string),
                };
                let hint = t!("expr-available");
                (message, hint, e.range())
            }
        };
        let expr = range.and_then(|r| value.get(r)).map(str::trim).filter(|s| !s.is_empty());
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
                date_style: None,
                with_number: false,
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
    fn loops_are_refused_before_they_run() {
        let e = env()
            .expand("{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}")
            .unwrap_err();
        assert!(matches!(e, TextError::Refused { range: Some(ref r), .. } if *r == (0..2)), "{e:?}");
        assert_eq!(e.to_string(), "trường chữ chỉ nhận biểu thức `{{ … }}`, không nhận câu lệnh `{% … %}`");
    }

    #[test]
    fn only_the_accepted_grammar_passes() {
        for ok in [
            "{{ year }}",
            "{{-year-}}",
            "{{ (year - 1) ~ ' – ' ~ year }}",
            "{{ place|upper }}",
            "{{ '}}' }}",
            "a }} b",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        use crate::i18n::{Lang, with_lang};
        assert_eq!(
            check("{{ year year }}").unwrap_err().to_string(),
            "biểu thức trong chữ không hợp lệ: không chờ `year` ở đây"
        );
        assert_eq!(check("năm {{ year").unwrap_err().to_string(), "`{{` chưa được đóng bằng `}}`");
        for (bad, message) in [
            ("{{ year year }}", "invalid expression in text: unexpected `year`"),
            ("{{ (year }}", "invalid expression in text: `(` is not closed"),
            ("{{ year ~ }}", "invalid expression in text: an expression is missing at the end"),
            ("{{ cite(year) }}", "`cite` takes one quoted id: `cite(\"id\")`"),
            ("{{ 'abc }}", "a quoted text in `{{ … }}` is not closed"),
            ("{{ year.x }}", "`.` cannot be used in text"),
            ("{{ }}", "`{{ }}` holds no expression"),
            ("năm {{ year", "`{{` is not closed by `}}`"),
        ] {
            assert_eq!(with_lang(Lang::En, || check(bad).unwrap_err().to_string()), message, "{bad}");
        }
        let deep = format!("{{{{ {}1{} }}}}", "(".repeat(40), ")".repeat(40));
        assert_eq!(
            with_lang(Lang::En, || check(&deep).unwrap_err().to_string()),
            "this text's expressions are longer than 64 names, numbers and signs"
        );
    }

    #[test]
    fn what_all_expressions_print_is_bounded() {
        let mut c = HashMap::new();
        let long = "x".repeat(200_000);
        c.insert(
            "big".to_string(),
            Citation {
                id: Some("big".into()),
                kind: "Quyết định".into(),
                number: None,
                date: None,
                issuer: None,
                subject: Some(long),
                replaced_by: None,
                date_style: None,
                with_number: false,
            },
        );
        let env = TextEnv::new(c, Some(2026), None);
        let text = "{{ cite_full('big') }}";
        // Each expansion prints 200 KB: fine until the document's total
        // would pass the limit.
        let mut printed = 0;
        while let Ok(out) = env.expand(text) {
            printed += out.len();
        }
        assert!(printed <= TEXT_MAX_OUTPUT_BYTES && printed + 200_000 > TEXT_MAX_OUTPUT_BYTES, "{printed}");
        let e = env.expand(text).unwrap_err();
        let wanted = format!(
            "các biểu thức `{{{{ … }}}}` của văn bản này in ra hơn {TEXT_MAX_OUTPUT_BYTES} byte cộng lại"
        );
        assert!(e.to_string().contains(&wanted), "{e}");
    }

    #[test]
    fn unknown_id_suggests_the_closest() {
        let e = env().expand("{{ cite('qd902') }}").unwrap_err();
        assert!(
            e.to_string()
                .contains("không có căn cứ hay văn bản dẫn chiếu nào có id `qd902` (có phải là `qd920`?)"),
            "{e}"
        );
    }

    #[test]
    fn no_templates_or_files_are_reachable() {
        assert!(env().expand("{% include '/etc/passwd' %}").is_err());
        assert!(env().expand("{% import 'x' as y %}").is_err());
    }
}
