//! Diagnostics shared by every pipeline stage: a message about one place in one
//! YAML file, shown the way rustc and typst show theirs.
//!
//! Every stage reports problems as [`Diagnostic`]s that carry the field path
//! (`projects[2].assignment.lead`) and, when the path could be located, the
//! byte range in the source. Rendering turns them into
//! `file:line:column` + the offending line with a caret + hint.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use serde::Serialize;

/// How bad a diagnostic is. Errors stop a render; warnings never do; a note
/// is a finding the document acknowledges (`allow:`), reported for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

/// A source file as the user wrote it: its display name and its text.
#[derive(Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The name is enough; the text would bury every failing assertion.
        write!(f, "SourceFile({:?}, {} bytes)", self.name, self.text.len())
    }
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self { name: name.into(), text: text.into() })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier: a lint rule id (`nd30-signer-title`) or an
    /// input error class (`yaml-syntax`, `unknown-field`).
    pub code: &'static str,
    pub message: String,
    /// The field path inside the document, e.g. `projects[2].assignment.lead`.
    pub path: Option<String>,
    /// Byte range in [`Diagnostic::file`]'s text.
    pub span: Option<Range<usize>>,
    pub file: Option<Arc<SourceFile>>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The NĐ30 clause (or other rule) the diagnostic enforces.
    pub clause: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity,
            code,
            message: message.into(),
            path: None,
            span: None,
            file: None,
            hint: None,
            clause: None,
        }
    }

    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn with_span(mut self, file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        self.file = Some(file.clone());
        self.span = Some(span);
        self
    }

    pub fn with_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.file = Some(file.clone());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_clause(mut self, clause: impl Into<String>) -> Self {
        self.clause = Some(clause.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// 1-based line and column of the start of the span, if located.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        Some(self.file.as_ref()?.line_col(self.span.as_ref()?.start))
    }

    /// Renders the diagnostic like rustc: header, `file:line:col`, the line
    /// with a caret, then path, hint and clause notes. `color` adds ANSI colours.
    ///
    /// Messages quote the YAML, which may come from someone else: every
    /// control character in the text (message, notes, file name and the
    /// source line) is written as an escape (`\u{1b}`), here and only here,
    /// so that no diagnostic can move the cursor, retitle the window or set
    /// the clipboard of the terminal that shows it.
    pub fn render(&self, color: bool) -> String {
        let mut cs = match self.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
            Severity::Note => CsDiagnostic::note(),
        }
        .with_code(self.code)
        .with_message(printable(&self.message, false));

        let mut notes = Vec::new();
        if let Some(path) = &self.path {
            notes.push(crate::t!("diag-field", path = printable(path, false)));
        }
        if let Some(hint) = &self.hint {
            notes.push(crate::t!("diag-hint", hint = printable(hint, false)));
        }
        if let Some(clause) = &self.clause {
            notes.push(crate::t!("diag-rule", rule = printable(clause, false)));
        }
        cs = cs.with_notes(notes);

        let config = Config::default();
        let name = self.file.as_ref().map(|f| printable(&f.name, false));
        let out = match (&self.file, &self.span) {
            (Some(file), Some(span)) => {
                // Escapes lengthen the text: move the span with them.
                let text = printable(&file.text, true);
                let span = escaped_offset(&file.text, span.start)..escaped_offset(&file.text, span.end);
                let files = SimpleFile::new(name.as_deref().unwrap_or(""), text.as_ref());
                // codespan needs a non-empty range to draw a caret.
                let span = widen(&text, span);
                let cs = cs.with_labels(vec![Label::primary((), span)]);
                emit(&config, &files, &cs, color)
            }
            (Some(_), None) => {
                let name = name.as_deref().unwrap_or("");
                let files = SimpleFile::new(name, "");
                let mut out = emit(&config, &files, &cs, color);
                // Without a span codespan prints no file name; add it.
                out.insert_str(0, &format!("{name}: "));
                out
            }
            _ => {
                let files = SimpleFile::new("", "");
                emit(&config, &files, &cs, color)
            }
        };
        self.with_severity_in_language(out)
    }

    /// codespan writes `error[code]` in English; the user's language names
    /// the severity (`lỗi[unknown-field]`), the code stays as it is.
    fn with_severity_in_language(&self, out: String) -> String {
        let (english, id) = match self.severity {
            Severity::Error => ("error", "diag-error"),
            Severity::Warning => ("warning", "diag-warning"),
            Severity::Note => ("note", "diag-note"),
        };
        let label = crate::i18n::text(id, &[]);
        if label == english {
            return out;
        }
        let written = format!("{english}[{}]", self.code);
        match out.find(&written) {
            Some(at) => format!("{}{label}[{}]{}", &out[..at], self.code, &out[at + written.len()..]),
            None => out,
        }
    }
}

fn emit(config: &Config, files: &SimpleFile<&str, &str>, cs: &CsDiagnostic<()>, color: bool) -> String {
    if color {
        let mut buffer = term::termcolor::Buffer::ansi();
        let styles = term::Styles::default();
        let mut writer = term::StylesWriter::new(&mut buffer, &styles);
        if term::emit_to_write_style(&mut writer, config, files, cs).is_ok() {
            return String::from_utf8_lossy(buffer.as_slice()).into_owned();
        }
    }
    term::emit_into_string(config, files, cs).unwrap_or_else(|_| format!("{}\n", cs.message))
}

/// Whether `c` (at `at` in `text`) is printed as an escape. Lines of source
/// keep their line ends (`\n`, and `\r` before it) and tabs.
fn escaped(text: &str, at: usize, c: char, source: bool) -> bool {
    (c.is_control()
        && c != '\t'
        && !(source && (c == '\n' || (c == '\r' && text[at + 1..].starts_with('\n')))))
        || crate::vn::text::is_invisible(c)
}

/// How an [`escaped`] character is printed: a control character as a Rust
/// escape (`\u{1b}`), an invisible one (U+202E, which would reorder the
/// line on the terminal; U+200B) by its code point, `<U+202E>`, as the
/// message about it names it.
fn escape(c: char) -> String {
    if c.is_control() { c.escape_default().collect() } else { format!("<U+{:04X}>", c as u32) }
}

/// `text` with its control characters written as Rust escapes (`\u{1b}`,
/// `\n`), so that printing it cannot drive the terminal.
fn printable(text: &str, source: bool) -> Cow<'_, str> {
    if !text.char_indices().any(|(i, c)| escaped(text, i, c, source)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        if escaped(text, i, c, source) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text stored by someone else (a name in a PDF, a note in the register)
/// with its control characters (a newline, ESC) and invisible ones
/// ([`crate::vn::text::is_invisible`]: U+202E, U+200B) written as escapes,
/// so that printing it cannot move the cursor, recolour the terminal or
/// reorder what is shown.
pub fn escape_for_terminal(text: &str) -> String {
    let escaped = |c: char| c.is_control() || crate::vn::text::is_invisible(c);
    text.chars()
        .flat_map(|c| if escaped(c) { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect()
}

/// Where byte `offset` of a source text lands in its [`printable`] form.
fn escaped_offset(text: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let grown: usize = text[..offset]
        .char_indices()
        .filter(|&(i, c)| escaped(text, i, c, true))
        .map(|(_, c)| escape(c).len() - c.len_utf8())
        .sum();
    offset + grown
}

/// Extends an empty range to cover the next character (or the previous one at
/// end of file) so that the caret points at something.
fn widen(text: &str, span: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    if end > start {
        return start..end;
    }
    match text[start..].chars().next() {
        Some('\n') | None => match text[..start].chars().next_back() {
            Some(c) if c != '\n' => start - c.len_utf8()..start,
            _ => start..start,
        },
        Some(c) => start..start + c.len_utf8(),
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// The machine-readable form used by `--format json`.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub severity: Severity,
    pub code: &'a str,
    pub message: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub path: Option<&'a str>,
    pub hint: Option<&'a str>,
    pub clause: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        let (line, column) = d.line_col().unzip();
        Self {
            severity: d.severity,
            code: d.code,
            message: &d.message,
            file: d.file.as_ref().map(|f| f.name.as_str()),
            line,
            column,
            path: d.path.as_deref(),
            hint: d.hint.as_deref(),
            clause: d.clause.as_deref(),
        }
    }
}

/// The outcome of a stage that may fail with several diagnostics at once.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_is_escaped_for_the_terminal() {
        assert_eq!(escape_for_terminal("a\nb\x1b[31m\x07"), "a\\nb\\u{1b}[31m\\u{7}");
        assert_eq!(escape_for_terminal("ghi \u{202e}abc\u{200b}"), "ghi \\u{202e}abc\\u{200b}");
        assert_eq!(escape_for_terminal("Hội đồng thi đua"), "Hội đồng thi đua");
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a.yaml", "tên: x\nnăm: 2026\n");
        assert_eq!(f.line_col(0), (1, 1));
        // "năm: " is 5 characters but 6 bytes; the value starts at column 6.
        let off = f.text.find("2026").unwrap();
        assert_eq!(f.line_col(off), (2, 6));
    }

    #[test]
    fn render_shows_location_caret_and_notes() {
        let f = SourceFile::new("doc.yaml", "year: hai\n");
        let d = Diagnostic::error("wrong-type", "expected a year such as 2026")
            .with_span(&f, 6..9)
            .with_path("year")
            .with_hint("write the year in digits");
        let text = d.render(false);
        assert!(text.contains("lỗi[wrong-type]: expected a year such as 2026"), "{text}");
        assert!(text.contains("doc.yaml:1:7"), "{text}");
        assert!(text.contains("^^^"), "{text}");
        assert!(text.contains("= trường: year"), "{text}");
        assert!(text.contains("= cách sửa: write the year in digits"), "{text}");
    }

    #[test]
    fn render_shows_invisible_characters_by_their_code_point() {
        // A right-to-left override would reorder the echoed line on the
        // terminal; a zero-width space would hide. Both print as `<U+…>`,
        // and the caret stays under the character.
        let f = SourceFile::new("doc.yaml", "a: 1\nb: \"x\u{202e}cba\u{202c} y\u{200b}\"\n");
        let at = f.text.find('\u{202e}').unwrap();
        let d = Diagnostic::error("control-character", "U+202E").with_span(&f, at..at + 3);
        let text = d.render(false);
        assert!(!text.contains('\u{202e}') && !text.contains('\u{200b}'), "{text:?}");
        assert!(text.contains("2 │ b: \"x<U+202E>cba<U+202C> y<U+200B>\"\n"), "{text}");
        assert!(text.contains(&format!("│ {}{}\n", " ".repeat(5), "^".repeat(8))), "{text}");
    }

    #[test]
    fn render_escapes_control_characters_from_the_yaml() {
        // An OSC title sequence and a colour in a key: the message, the
        // field, the hint and the source line all print them escaped, and
        // the caret still points under the key.
        let f = SourceFile::new("doc.yaml", "a: 1\n\u{1b}]0;T\u{7}x\u{1b}[31m: 2\r\n");
        let d = Diagnostic::error("unknown-field", "unknown field `\u{1b}]0;T\u{7}x\u{1b}[31m`")
            .with_span(&f, 5..17)
            .with_path("\u{1b}]0;T\u{7}x\u{1b}[31m")
            .with_hint("remove \u{9b}2J it");
        for color in [false, true] {
            let text = d.render(color);
            let bad: Vec<char> =
                text.chars().filter(|&c| c.is_control() && c != '\n' && !(color && c == '\u{1b}')).collect();
            assert!(bad.is_empty(), "{bad:?} in {text:?}");
            // The only escapes left are codespan's own colours (`ESC[…m`);
            // no OSC sequence from the YAML survives.
            assert!(!text.contains("\u{1b}]"), "{text:?}");
            if !color {
                assert!(!text.contains('\u{1b}'), "{text:?}");
                assert!(text.contains("unknown field `\\u{1b}]0;T\\u{7}x\\u{1b}[31m`"), "{text}");
                assert!(text.contains("= trường: \\u{1b}]0;T\\u{7}x"), "{text}");
                assert!(text.contains("= cách sửa: remove \\u{9b}2J it"), "{text}");
                assert!(text.contains("2 │ \\u{1b}]0;T\\u{7}x\\u{1b}[31m: 2"), "{text}");
                // The caret spans the whole escaped key: 26 characters.
                assert!(text.contains(&format!("│ {}\n", "^".repeat(26))), "{text}");
            }
        }
    }
}
