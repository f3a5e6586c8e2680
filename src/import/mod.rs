//! `vanban import`: another format in (text, a text PDF), the same model
//! out. Each reader turns its file into one neutral form, a list of
//! [`Line`]s with their style; [`recognize`] finds the NĐ30 structure in
//! it (header, căn cứ, outline, nơi nhận, signer) and builds the model;
//! the YAML it writes is loaded back with [`crate::load::load_str`], so
//! every check `render` makes applies to it before anything is written.
//!
//! Nothing is dropped: what the recognisers cannot place stays as plain
//! paragraphs in order, and the [`Note`]s say what was recognised, what
//! was guessed and where to look (with the YAML line).

pub mod docx;
mod footnotes;
mod forms;
pub mod issued;
pub mod pdf;
pub mod recall;
pub mod recognize;
pub mod text;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::limits::{IMPORT_MAX_BYTES, IMPORT_MAX_LINES, IMPORT_MAX_TEXT_BYTES};
use crate::load::Loaded;
use crate::model::DocType;

/// How a line is aligned on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    Justify,
}

/// One line (or paragraph) of the source in the neutral form every reader
/// produces: its text, with bold and italic runs inside it written as
/// vanban's inline markup (`**…**`, `*…*`), and the style of the whole line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub text: String,
    /// The whole line is bold (a heading, the signer's name).
    pub bold: bool,
    /// The whole line is italic.
    pub italic: bool,
    /// Font size in points, when the format says.
    pub size: Option<f32>,
    pub align: Align,
    /// Distance from the left margin, in points (0 for text input).
    pub indent: f32,
    /// Where it is in the source: line of a text file, page of a PDF,
    /// paragraph of a Word file.
    pub source: usize,
    /// A table read as one (from Word): the line's text only names it.
    pub table: Option<TableLines>,
    /// On a landscape page (PDF) or in a landscape section (Word); false
    /// for text input.
    pub landscape: bool,
    /// The first line on a new page: a page break typed before it (Word's
    /// `w:br w:type="page"`, `w:pageBreakBefore`); false for text and PDF.
    pub page_break: bool,
}

/// A table as a reader found it: the header (a title, and the titles of
/// the columns merged under it) and the rows' cell texts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableLines {
    pub header: Vec<(String, Vec<String>)>,
    pub rows: Vec<Vec<String>>,
    /// For each row, whether all its text, figures too, is set in bold
    /// (a parent row of a table in levels). Shorter than `rows` where a
    /// reader cannot tell (text): not bold.
    pub bold: Vec<bool>,
    /// The text size of its rows in pt, where the reader can tell (PDF).
    pub size: Option<f64>,
    /// Empty rows after the last of `rows` that the reader left out (a
    /// form's rows to fill in, from a PDF).
    pub blank_rows: usize,
}

impl Line {
    /// A plain line of a text file.
    pub fn plain(text: impl Into<String>, source: usize) -> Self {
        Line { text: text.into(), source, ..Line::default() }
    }
}

/// What kind of remark a [`Note`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Found as NĐ30 lays it out.
    Recognised,
    /// Decided by a rule that may be wrong here.
    Guessed,
    /// A human should look at it.
    Check,
}

impl NoteKind {
    /// The kind's selector in the catalogue (`import-kind`).
    fn id(self) -> &'static str {
        match self {
            NoteKind::Recognised => "recognised",
            NoteKind::Guessed => "guessed",
            NoteKind::Check => "check",
        }
    }
}

/// One line of the import report.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub kind: NoteKind,
    pub message: String,
    /// The field of the YAML it is about.
    pub path: Option<String>,
    /// Its line in the YAML written, once known.
    pub yaml_line: Option<usize>,
    /// Its place in the source (line of a text file, page of a PDF).
    pub source: Option<usize>,
}

impl Note {
    fn new(kind: NoteKind, message: impl Into<String>) -> Self {
        Note { kind, message: message.into(), path: None, yaml_line: None, source: None }
    }
    pub fn recognised(message: impl Into<String>) -> Self {
        Self::new(NoteKind::Recognised, message)
    }
    pub fn guessed(message: impl Into<String>) -> Self {
        Self::new(NoteKind::Guessed, message)
    }
    pub fn check(message: impl Into<String>) -> Self {
        Self::new(NoteKind::Check, message)
    }
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
    fn at_opt(mut self, path: Option<String>) -> Self {
        self.path = path;
        self
    }
    pub fn from_source(mut self, source: usize) -> Self {
        self.source = Some(source);
        self
    }

    /// The report line, in the run's language: `guessed: … (YAML line 12;
    /// source line 40)`, `phỏng đoán: … (dòng YAML 12; dòng gốc 40)`.
    pub fn line(&self, format: Format) -> String {
        let kind = crate::t!("import-kind", kind = self.kind.id());
        let mut places = Vec::new();
        if let Some(l) = self.yaml_line {
            places.push(crate::t!("import-yaml-line", line = l));
        }
        if let Some(s) = self.source {
            places.push(format.place(s));
        }
        if places.is_empty() {
            crate::t!("import-note", kind = kind, message = self.message.as_str())
        } else {
            crate::t!(
                "import-note-at",
                kind = kind,
                message = self.message.as_str(),
                places = places.join("; ")
            )
        }
    }
}

/// The lines taken from the head of nơi nhận (`lead`) against the line
/// vanban prints there (`printed`): one it prints is said in a note; any
/// other goes back to the head of `recipients`, so that none is lost.
/// True if `value` changed.
fn keep_lead(
    value: &mut serde_json::Value,
    lead: &[String],
    printed: Option<&str>,
    notes: &mut Vec<Note>,
) -> bool {
    let key = |s: &str| crate::vn::text::strip_end_punctuation(s.trim()).to_lowercase();
    let mut printed = printed.map(key);
    let mut back = Vec::new();
    for line in lead {
        if printed.as_deref() == Some(key(line).as_str()) {
            // Printed once: a second such line is the user's own.
            printed = None;
            notes.push(
                Note::recognised(crate::t!("import-recipients-lead", line = line.as_str())).at("archive"),
            );
        } else {
            back.push(serde_json::Value::String(line.clone()));
        }
    }
    if back.is_empty() {
        return false;
    }
    let serde_json::Value::Object(m) = value else { return false };
    if let Some(serde_json::Value::Array(a)) = m.get_mut("recipients") {
        a.splice(0..0, back);
    } else {
        // None left (the empty list is not written): in its place, before `archive`.
        let mut out = serde_json::Map::new();
        let mut back = Some(serde_json::Value::Array(back));
        for (k, v) in std::mem::take(m) {
            if k == "archive"
                && let Some(b) = back.take()
            {
                out.insert("recipients".into(), b);
            }
            out.insert(k, v);
        }
        if let Some(b) = back {
            out.insert("recipients".into(), b);
        }
        *m = out;
    }
    true
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Pdf,
    Docx,
}

impl Format {
    /// The format of a file by its name (`-` is text on standard input).
    pub fn of(name: &str) -> Result<Format, Diagnostic> {
        let lower = name.to_lowercase();
        if name == "-" || lower.ends_with(".txt") || lower.ends_with(".md") {
            Ok(Format::Text)
        } else if lower.ends_with(".pdf") {
            Ok(Format::Pdf)
        } else if lower.ends_with(".docx") {
            Ok(Format::Docx)
        } else if lower.ends_with(".doc") {
            Err(Diagnostic::error("import-format", crate::t!("import-format-doc", name = name))
                .with_hint(crate::t!("import-format-doc.hint")))
        } else {
            Err(Diagnostic::error("import-format", crate::t!("import-format", name = name))
                .with_hint(crate::t!("import-format.hint")))
        }
    }

    /// The format's selector in the catalogue (`import-source`, `import-empty`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// A place in the source, in what a [`Line::source`] counts in this
    /// format: `source line 40`, `page 2`, `paragraph 12`.
    pub fn place(self, source: usize) -> String {
        crate::t!("import-source", format = self.id(), source = source)
    }
}

/// The result of an import: the YAML, the document as loaded from it, and
/// the report.
pub struct Imported {
    pub yaml: String,
    pub loaded: Loaded,
    pub notes: Vec<Note>,
    /// The text a quyết định issues, printed after it: a second YAML file
    /// (its name, beside the decision's) that `attachment:` names.
    pub attachment: Option<(String, Box<Imported>)>,
}

/// Imports a file's bytes: `name` gives its format and is shown in messages.
/// A text the document issues is named after `name` (see [`import_bytes_as`]).
pub fn import_bytes(name: &str, bytes: &[u8], doc_type: Option<DocType>) -> Result<Imported, Diagnostics> {
    import_bytes_as(name, bytes, doc_type, None)
}

/// Imports a file's bytes that will be written to `output` (a YAML file's
/// name): the text a quyết định issues is named after it
/// (`qd-2026.yaml` → `qd-2026-quy-che.yaml`), or after `name` if absent.
pub fn import_bytes_as(
    name: &str,
    bytes: &[u8],
    doc_type: Option<DocType>,
    output: Option<&str>,
) -> Result<Imported, Diagnostics> {
    let format = Format::of(name).map_err(Diagnostics::from)?;
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(Diagnostics::from(
            Diagnostic::error(
                "input-too-large",
                crate::t!(
                    "import-too-large",
                    name = name,
                    size = bytes.len() / 1024,
                    max = IMPORT_MAX_BYTES / 1024
                ),
            )
            .with_hint(crate::t!("import-too-large.hint")),
        ));
    }
    if format == Format::Text && bytes.len() > IMPORT_MAX_TEXT_BYTES {
        return Err(too_much_text(name, bytes.len()));
    }
    // A PDF with more pages than an import reads is refused from its page
    // count, before anything loads it whole.
    if format == Format::Pdf {
        pdf::check_page_count(name, bytes)?;
    }
    // A PDF vanban wrote with its YAML attached holds the document itself.
    if format == Format::Pdf
        && let Ok(files) = crate::extract::attached_files(bytes)
        && let Some(source) = files.iter().find(|f| f.is_source())
        && let Ok(yaml) = String::from_utf8(source.bytes.clone())
    {
        let loaded = crate::load::load_str(&format!("{name} (attached {})", source.name), &yaml)?;
        let note = Note::recognised(crate::t!("import-attached-yaml", file = source.name.as_str()));
        return Ok(Imported { yaml, loaded, notes: vec![note], attachment: None });
    }
    let lines = match format {
        Format::Text => text::lines(name, bytes)?,
        Format::Pdf => pdf::lines(name, bytes)?,
        Format::Docx => docx::lines(name, bytes)?,
    };
    if lines.len() > IMPORT_MAX_LINES {
        return Err(Diagnostics::from(
            Diagnostic::error(
                "input-too-large",
                crate::t!("import-too-many-lines", name = name, lines = lines.len(), max = IMPORT_MAX_LINES),
            )
            .with_hint(crate::t!("import-too-many-lines.hint")),
        ));
    }
    let text: usize = lines.iter().map(|l| l.text.len()).sum();
    if text > IMPORT_MAX_TEXT_BYTES {
        return Err(too_much_text(name, text));
    }
    import_lines_as(name, format, &lines, doc_type, output)
}

/// More text than the YAML written from it could hold: said before the
/// work, in the import's terms (not as the loader's refusal of the YAML).
fn too_much_text(name: &str, bytes: usize) -> Diagnostics {
    Diagnostics::from(
        Diagnostic::error(
            "input-too-large",
            crate::t!(
                "import-too-much-text",
                name = name,
                size = bytes / 1024,
                max = IMPORT_MAX_TEXT_BYTES / 1024
            ),
        )
        .with_hint(crate::t!("import-too-much-text.hint")),
    )
}

/// Recognises a document in neutral lines and writes its YAML.
pub fn import_lines(
    name: &str,
    format: Format,
    lines: &[Line],
    doc_type: Option<DocType>,
) -> Result<Imported, Diagnostics> {
    import_lines_as(name, format, lines, doc_type, None)
}

/// [`import_lines`], the YAML to be written to `output` (which names the
/// text a quyết định issues, when there is one).
pub fn import_lines_as(
    name: &str,
    format: Format,
    lines: &[Line],
    doc_type: Option<DocType>,
    output: Option<&str>,
) -> Result<Imported, Diagnostics> {
    // The text a quyết định issues, printed after it: a document of its own.
    // Either part not recognised: the whole is read as before (the text
    // cut off and reported).
    if let Some((decision, text)) = issued::cut(lines)
        && let Ok(recognised) = recognize::recognize(&decision, doc_type, format)
        && let Ok(issues) = recognize::recognize(&text, None, format)
        && recognised.doc_type == DocType::QuyetDinh
        && matches!(issues.doc_type.model(), "KeHoach" | "VanBan")
    {
        let file = issued::file_name(output.unwrap_or(name), issues.doc_type);
        let mut value = issues.value;
        let mut notes = issues.notes;
        issued::fill_from(&mut value, &recognised.value, &mut notes);
        let attached =
            finish(&format!("{name} ({file})"), value, issues.doc_type, notes, &issues.lead, None)?;
        let mut value = recognised.value;
        issued::name_in(&mut value, &file);
        let mut notes = recognised.notes;
        let source = text.first().map_or(0, |l| l.source);
        notes.push(
            Note::recognised(crate::t!(
                "import-issued-found",
                ten_loai = issues.doc_type.ten_loai(),
                place = format.place(source),
                file = file.as_str()
            ))
            .at("attachment"),
        );
        let mut main =
            finish(name, value, recognised.doc_type, notes, &recognised.lead, Some(attached.loaded.clone()))?;
        main.attachment = Some((file, Box::new(attached)));
        return Ok(main);
    }
    let recognised = recognize::recognize(lines, doc_type, format).map_err(Diagnostics::from)?;
    finish(name, recognised.value, recognised.doc_type, recognised.notes, &recognised.lead, None)
}

/// Rules the import never acknowledges under `allow:` on its own.
const NEVER_ACKNOWLEDGED: [&str; 1] = ["table-sum"];

/// Loads the YAML of a recognised document (with the text it issues,
/// already loaded), acknowledging the original's own inconsistencies.
/// `lead`: the first lines of nơi nhận left out because vanban prints them
/// itself; one it would not print goes back into `recipients`.
fn finish(
    name: &str,
    mut value: serde_json::Value,
    doc_type: DocType,
    mut notes: Vec<Note>,
    lead: &[String],
    attachment: Option<Loaded>,
) -> Result<Imported, Diagnostics> {
    let out_name = format!("{name} (imported)");
    let load = |yaml: &str| match &attachment {
        Some(a) => crate::load::load_str_with_attachment(&out_name, yaml, a.clone()),
        None => crate::load::load_str(&out_name, yaml),
    };
    recognize::table_notes(&value, String::new(), &mut notes);
    let mut yaml = recognize::to_yaml(&value, doc_type);
    if yaml.len() > IMPORT_MAX_TEXT_BYTES {
        return Err(too_much_text(name, yaml.len()));
    }
    let mut loaded = load(&yaml)?;
    if keep_lead(&mut value, lead, loaded.document.noi_nhan_lead().as_deref(), &mut notes) {
        yaml = recognize::to_yaml(&value, doc_type);
        loaded = load(&yaml)?;
    }
    // The original's own inconsistencies (one document cited with two ký
    // hiệu) are kept as written and acknowledged, each a place to check:
    // the import must not correct the text silently, nor fail on it.
    // A column that does not add up is another matter: it may be the
    // import's own misreading (parents counted with their children in a
    // table in levels), so the check is never switched off for it.
    let allowable: Vec<Diagnostic> = crate::lint::lint(&loaded, &crate::lint::LintContext::default())
        .into_iter()
        .filter(|d| {
            d.is_error() && !NEVER_ACKNOWLEDGED.contains(&d.code) && crate::lint::allowable(d.code).is_ok()
        })
        .collect();
    if !allowable.is_empty() {
        let mut allow = serde_json::Map::new();
        for d in &allowable {
            allow.insert(d.code.to_string(), crate::t!("import-allow-reason").into());
            let line = d.line_col().map(|(l, _)| l);
            notes.push(Note {
                yaml_line: line,
                ..Note::check(crate::t!("import-acknowledged", message = d.message.as_str()))
                    .at_opt(d.path.clone())
            });
        }
        if let serde_json::Value::Object(m) = &mut value {
            m.insert("allow".into(), serde_json::Value::Object(allow));
        }
        yaml = recognize::to_yaml(&value, doc_type);
        loaded = load(&yaml)?;
    }
    // What `vanban check` would still refuse in the YAML written (a
    // character the fonts lack, a sum that does not add up): each said,
    // at its line.
    let pipeline = crate::Pipeline::embedded();
    let mut refused = pipeline.check_coverage(&loaded);
    refused.extend(
        crate::lint::lint(&loaded, &crate::lint::LintContext::default())
            .into_iter()
            .filter(Diagnostic::is_error),
    );
    for d in &refused {
        notes.push(Note {
            yaml_line: d.line_col().map(|(l, _)| l),
            ..Note::check(crate::t!("import-check-refuses", code = d.code, message = d.message.as_str()))
                .at_opt(d.path.clone())
        });
    }
    for n in &mut notes {
        if let Some(path) = n.path.as_ref().filter(|_| n.yaml_line.is_none()) {
            let node = loaded.tree.locate(path).0;
            n.yaml_line = Some(loaded.file.line_col(node.span.start).0);
        }
    }
    Ok(Imported { yaml, loaded, notes, attachment: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_lead_vanban_prints_is_said_and_one_it_does_not_is_kept() {
        let mut notes = Vec::new();
        // `Như Điều 3`, printed by vanban: left out, said.
        let mut v = json!({"title": "x", "archive": ["VT"]});
        assert!(!keep_lead(&mut v, &["Như Điều 3".into()], Some("Như Điều 3"), &mut notes));
        assert_eq!(v, json!({"title": "x", "archive": ["VT"]}));
        assert_eq!(notes.len(), 1);
        assert!(notes[0].message.contains("`Như Điều 3`"), "{:?}", notes[0]);
        // `Như trên` where vanban prints nothing (no Kính gửi): back in
        // `recipients`, before `archive`, ahead of the others.
        let mut v = json!({"title": "x", "archive": ["VT"]});
        assert!(keep_lead(&mut v, &["Như trên".into()], None, &mut notes));
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["title", "recipients", "archive"]);
        assert_eq!(v["recipients"], json!(["Như trên"]));
        let mut v = json!({"recipients": ["Sở Tài chính"], "archive": ["VT"]});
        assert!(keep_lead(&mut v, &["Như Điều 2".into()], Some("Như Điều 3"), &mut notes));
        assert_eq!(v["recipients"], json!(["Như Điều 2", "Sở Tài chính"]));
        assert_eq!(notes.len(), 1);
    }
}
