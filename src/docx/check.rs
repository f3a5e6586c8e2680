//! The DOCX's self-check: the words of the written `word/document.xml`
//! (and of the footnotes it calls) are read back with `quick-xml` and
//! compared with the document model by the PDF's own comparison
//! ([`crate::verify::text::check`]): every printed field's text, in order.
//! A field missing or altered is an error naming the text, and no DOCX is
//! written.
//!
//! The paragraphs are read in the order of the body, a table's cells row by
//! row, a footnote's paragraphs after the paragraph that calls it (as the
//! PDF prints a footnote under its page's text). Each paragraph becomes one
//! line of a [`Layout`] with no geometry: a DOCX has no pages until a word
//! processor lays it out, so the placement check has nothing to look at.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::typeset::inspect::{Layout, TextRun};
use crate::verify::Scope;

/// The value of attribute `key` (its local name) of `e`.
fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The character an entity of a `w:t` stands for.
fn entity(r: &quick_xml::events::BytesRef) -> Result<String, String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Ok(c.to_string());
    }
    Ok(match r.xml10_content().as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        other => return Err(format!("unknown entity &{other};")),
    }
    .to_string())
}

/// One paragraph read back: its text (a tab as a space, a line break as a
/// new line), the footnotes it calls, and the footnote it belongs to (in
/// `footnotes.xml`).
#[derive(Default)]
struct Para {
    text: String,
    calls: Vec<String>,
    note: Option<String>,
}

/// The paragraphs of a DOCX part, in order.
fn paragraphs(xml: &str) -> Result<Vec<Para>, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut p = Para::default();
    let mut note = None;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if e.local_name().as_ref() == "footnote" => note = attr(&e, "id"),
            Event::End(e) if e.local_name().as_ref() == "footnote" => note = None,
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == "t" => in_text = false,
            Event::Empty(e) if e.local_name().as_ref() == "tab" => p.text.push(' '),
            Event::Empty(e) if e.local_name().as_ref() == "br" => p.text.push('\n'),
            Event::Empty(e) if e.local_name().as_ref() == "footnoteReference" => {
                p.calls.extend(attr(&e, "id"));
            }
            Event::Text(t) if in_text => p.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => p.text.push_str(&entity(&r)?),
            Event::End(e) if e.local_name().as_ref() == "p" => {
                p.note = note.clone();
                out.push(std::mem::take(&mut p));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The footnotes of `word/footnotes.xml` by id: their paragraphs' texts.
fn footnotes(xml: &str) -> Result<HashMap<String, Vec<String>>, String> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for p in paragraphs(xml)? {
        if let Some(id) = p.note {
            out.entry(id).or_default().push(p.text);
        }
    }
    Ok(out)
}

/// The lines of the DOCX `document.xml` with its `footnotes.xml`, in
/// reading order.
pub fn lines(document: &str, notes: Option<&str>) -> Result<Vec<String>, String> {
    let notes = match notes {
        Some(xml) => footnotes(xml)?,
        None => HashMap::new(),
    };
    let mut out = Vec::new();
    for p in paragraphs(document)? {
        // As a reader sees it: the no-break hyphen and space that keep a
        // số/ký hiệu or a spaced dash together are a hyphen and a space.
        let text = p.text.replace('\u{2011}', "-").replace('\u{a0}', " ");
        out.extend(text.split('\n').map(str::to_string));
        for id in p.calls {
            out.extend(notes.get(&id).into_iter().flatten().flat_map(|t| t.split('\n')).map(str::to_string));
        }
    }
    Ok(out)
}

/// A [`Layout`] of `lines`, one line each, for the text comparison.
fn layout(lines: &[String]) -> Layout {
    const PITCH: f64 = 20.0;
    let texts = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| TextRun {
            page: 1,
            x: 0.0,
            y: i as f64 * PITCH,
            width: 0.0,
            size: PITCH / 2.0,
            ascender: 0.0,
            family: String::new(),
            bold: false,
            italic: false,
            text: l.clone(),
            black: true,
            red: false,
            missing: Vec::new(),
        })
        .collect();
    Layout { texts, ..Layout::default() }
}

/// Compares the text of `document` (and `notes`) with what `loaded` prints:
/// the PDF's self-check over the DOCX's words.
pub fn compare(loaded: &Loaded, document: &str, notes: Option<&str>) -> Vec<Diagnostic> {
    let lines = match lines(document, notes) {
        Ok(lines) => lines,
        Err(e) => return vec![unreadable(&e)],
    };
    let scope = Scope { excerpt_only: false, appendices: crate::Appendices::All, form: None };
    crate::verify::text::check(loaded, &layout(&lines), scope).diagnostics
}

/// Reads the written package back and compares it.
pub fn check(loaded: &Loaded, bytes: &[u8]) -> Vec<Diagnostic> {
    let read = |name: &str| -> Result<Option<String>, String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
        let Ok(mut file) = zip.by_name(name) else { return Ok(None) };
        let mut out = String::new();
        file.read_to_string(&mut out).map_err(|e| e.to_string())?;
        Ok(Some(out))
    };
    let document = match read("word/document.xml") {
        Ok(Some(d)) => d,
        Ok(None) => return vec![unreadable("word/document.xml")],
        Err(e) => return vec![unreadable(&e)],
    };
    let notes = match read("word/footnotes.xml") {
        Ok(n) => n,
        Err(e) => return vec![unreadable(&e)],
    };
    compare(loaded, &document, notes.as_deref())
}

/// vanban could not read back the DOCX it wrote: its bug.
fn unreadable(error: &str) -> Diagnostic {
    Diagnostic::error(crate::verify::TEXT, crate::t!("docx-self-check-unreadable", error = error))
        .with_hint(crate::t!("docx-self-check-unreadable.hint"))
}
