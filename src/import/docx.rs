//! Word input (`.docx`): the package is read with `zip`, its XML with
//! `quick-xml` (docx-rs's reader drops what an office file relies on here:
//! footnote text and the numbering definitions). Paragraphs become
//! [`Line`]s with their style: bold and italic runs as inline markup, a
//! whole-bold paragraph as bold, alignment and indents; typed and
//! automatic numbering as text (`1.`, `a)`, `-`); a tab or manual line
//! break in the header splits its columns and lines; footnotes as `^[…]`;
//! in a form, a tab to a dot-leader stop as dots (`…………`) and a bordered
//! blank run (a tick box) as `☐`.
//! A borderless table of two columns (the header, nơi nhận beside the
//! signer) is read as its two columns, the right one as a right column;
//! any other table becomes a [`super::TableLines`].

use std::collections::HashMap;
use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Align, Line, TableLines};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::limits::IMPORT_MAX_XML_BYTES;

/// An `import-docx` error: its message and hint, from the catalogue.
fn error(message: String, hint: String) -> Diagnostics {
    Diagnostics::from(Diagnostic::error("import-docx", message).with_hint(hint))
}

/// One part of the package, as text, within the budget.
fn part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    path: &str,
    name: &str,
) -> Result<Option<String>, Diagnostics> {
    let Ok(file) = archive.by_name(path) else { return Ok(None) };
    if file.size() > IMPORT_MAX_XML_BYTES as u64 {
        return Err(error(
            crate::t!(
                "import-docx-part-too-large",
                name = name,
                part = path,
                size = file.size() >> 20,
                max = IMPORT_MAX_XML_BYTES >> 20
            ),
            crate::t!("import-docx-part-too-large.hint"),
        ));
    }
    let mut text = String::new();
    file.take(IMPORT_MAX_XML_BYTES as u64 + 1).read_to_string(&mut text).map_err(|e| {
        error(
            crate::t!("import-docx-part-unreadable", name = name, part = path, error = e.to_string()),
            crate::t!("import-docx-part-unreadable.hint"),
        )
    })?;
    refuse_dtd(&text, path, name)?;
    Ok(Some(text))
}

/// Refuses a part whose prolog declares a DTD (`<!DOCTYPE … [<!ENTITY …>]>`):
/// Word never writes one, and it is how entity bombs ("billion laughs")
/// and external entities (`SYSTEM "file:///etc/passwd"`) come in. Nothing
/// would be expanded or read anyway, but the text that uses the entities
/// would be lost without a word. A DTD may stand only before the root
/// element, so the prolog alone is read.
fn refuse_dtd(text: &str, path: &str, name: &str) -> Result<(), Diagnostics> {
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::DocType(_)) => {
                return Err(error(
                    crate::t!("import-docx-dtd", name = name, part = path),
                    crate::t!("import-docx-dtd.hint"),
                ));
            }
            Ok(Event::Decl(_) | Event::Comment(_) | Event::PI(_) | Event::Text(_)) => {}
            _ => return Ok(()),
        }
    }
}

/// The value of attribute `key` (local name, any prefix).
fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// `<w:b/>` is on; `<w:b w:val="0"/>` (or `false`) is off.
fn on(e: &BytesStart) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

/// Paragraph style id → its bold and italic (`<w:style w:type="paragraph">`
/// with `<w:rPr><w:b/>`): a heading or a căn cứ styled so, not run by run.
fn paragraph_styles(xml: &str) -> HashMap<String, (bool, bool)> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let (mut current, mut in_rpr) = (None::<String>, false);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                "style" => {
                    current = (attr(&e, "type").as_deref() == Some("paragraph"))
                        .then(|| attr(&e, "styleId"))
                        .flatten();
                }
                "rPr" => in_rpr = true,
                _ => {}
            },
            Ok(Event::Empty(e)) if in_rpr => {
                if let Some(id) = &current {
                    let entry = out.entry(id.clone()).or_insert((false, false));
                    match e.local_name().as_ref() {
                        "b" => entry.0 = on(&e),
                        "i" => entry.1 = on(&e),
                        _ => {}
                    }
                }
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                "style" => current = None,
                "rPr" => in_rpr = false,
                _ => {}
            },
            _ => {}
        }
    }
    out
}

/// Footnote id → text.
fn footnotes(xml: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut id = None;
    let mut text = String::new();
    let mut in_t = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "footnote" => {
                id = attr(&e, "id");
                text.clear();
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "t" => in_t = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == "t" => in_t = false,
            Ok(Event::Text(t)) if in_t => text.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if in_t => text.push_str(&entity(&r)),
            Ok(Event::End(e)) if e.local_name().as_ref() == "footnote" => {
                if let Some(id) = id.take() {
                    out.insert(id, text.trim().to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

fn entity(r: &quick_xml::events::BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.xml10_content().as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_string()
}

/// A numbering level: its format and text (`%1.`, `%2)`, `-`).
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// numId → its levels, from numbering.xml.
fn numbering(xml: &str) -> HashMap<String, Vec<Level>> {
    let mut abstract_levels: HashMap<String, Vec<Level>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let (mut cur_abs, mut cur_num, mut level) = (None::<String>, None::<String>, None::<(usize, Level)>);
    loop {
        let ev = reader.read_event();
        let (e, start) = match &ev {
            Ok(Event::Start(e)) => (e.clone(), true),
            Ok(Event::Empty(e)) => (e.clone(), false),
            Ok(Event::End(e)) => {
                match e.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(a), Some((i, l))) = (&cur_abs, level.take()) {
                            let v = abstract_levels.entry(a.clone()).or_default();
                            if v.len() <= i {
                                v.resize(i + 1, Level::default());
                            }
                            v[i] = l;
                        }
                    }
                    "abstractNum" => cur_abs = None,
                    "num" => cur_num = None,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => continue,
        };
        match e.local_name().as_ref() {
            "abstractNum" if start => cur_abs = attr(&e, "abstractNumId"),
            "lvl" if start => {
                let i = attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0usize).min(8);
                level = Some((i, Level { start: 1, ..Level::default() }));
            }
            "numFmt" => {
                if let Some((_, l)) = level.as_mut() {
                    l.format = attr(&e, "val").unwrap_or_default();
                }
            }
            "lvlText" => {
                if let Some((_, l)) = level.as_mut() {
                    l.text = attr(&e, "val").unwrap_or_default();
                }
            }
            "start" => {
                if let Some((_, l)) = level.as_mut() {
                    l.start = attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(1);
                }
            }
            "num" if start => cur_num = attr(&e, "numId"),
            "abstractNumId" => {
                if let (Some(n), Some(a)) = (&cur_num, attr(&e, "val")) {
                    nums.insert(n.clone(), a);
                }
            }
            _ => {}
        }
    }
    nums.into_iter().filter_map(|(n, a)| abstract_levels.get(&a).map(|l| (n, l.clone()))).collect()
}

/// The label automatic numbering prints: `%1.` with the counters.
fn label(levels: &[Level], counters: &[u32], ilvl: usize) -> String {
    let Some(l) = levels.get(ilvl) else { return String::new() };
    if l.format == "bullet" {
        return "-".to_string();
    }
    let mut text = l.text.clone();
    for (k, c) in counters.iter().enumerate().take(ilvl + 1) {
        let fmt = levels.get(k).map_or("decimal", |l| l.format.as_str());
        let v = match fmt {
            "lowerLetter" => ((b'a' + ((c.saturating_sub(1)) % 26) as u8) as char).to_string(),
            "upperLetter" => ((b'A' + ((c.saturating_sub(1)) % 26) as u8) as char).to_string(),
            "upperRoman" => crate::vn::number::roman(*c),
            "lowerRoman" => crate::vn::number::roman(*c).to_lowercase(),
            _ => c.to_string(),
        };
        text = text.replace(&format!("%{}", k + 1), &v);
    }
    text
}

/// One paragraph being read.
#[derive(Default)]
struct Para {
    runs: Vec<(String, bool, bool)>,
    align: Align,
    indent: f32,
    num: Option<(String, usize)>,
    /// Bold and italic from the paragraph's style, under its runs' own.
    style: (bool, bool),
    /// A tab stop with a dot leader: its tabs print dots (a form's
    /// fill-in line), read as `…………`.
    leader: bool,
    /// A page break before its text (`w:pageBreakBefore`, or a
    /// `w:br w:type="page"` ahead of its first letter) and after it.
    page_before: bool,
    page_after: bool,
}

/// Where a paragraph goes: the body, or a cell of a table being read.
struct Cell {
    paras: Vec<Para>,
    span: usize,
    merged: bool,
}

/// The lines of a `.docx`.
pub fn lines(name: &str, bytes: &[u8]) -> Result<Vec<Line>, Diagnostics> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        error(
            crate::t!("import-docx-not-zip", name = name, error = e.to_string()),
            crate::t!("import-docx-not-zip.hint"),
        )
    })?;
    let Some(document) = part(&mut archive, "word/document.xml", name)? else {
        return Err(error(
            crate::t!("import-docx-no-document", name = name),
            crate::t!("import-docx-no-document.hint"),
        ));
    };
    let notes = part(&mut archive, "word/footnotes.xml", name)?.map(|x| footnotes(&x)).unwrap_or_default();
    let numbers = part(&mut archive, "word/numbering.xml", name)?.map(|x| numbering(&x)).unwrap_or_default();
    let styles =
        part(&mut archive, "word/styles.xml", name)?.map(|x| paragraph_styles(&x)).unwrap_or_default();
    let mut counters: HashMap<String, Vec<u32>> = HashMap::new();

    let mut reader = Reader::from_str(&document);
    let mut out: Vec<Line> = Vec::new();
    // Tables being read (nested ones too): rows of cells.
    let mut tables: Vec<Vec<Vec<Cell>>> = Vec::new();
    let mut para: Option<Para> = None;
    let (mut bold, mut italic, mut in_t, mut in_rpr, mut in_ppr) = (false, false, false, false, false);
    // A run with a border round it: blank, it is a form's tick box.
    let mut boxed = false;
    let mut depth_guard = 0usize;
    // A page break after a paragraph's text: the next line starts a page.
    let mut page_pending = false;
    // A section's properties come at its end: the lines from
    // `section_start` on are its own; `orientation` is what its `w:pgSz`
    // said (landscape or not), applied when its paragraph (or the body's
    // last `w:sectPr`) ends.
    // `revised`: inside a `w:sectPrChange`, the properties before a
    // tracked change (not the section's own).
    let (mut section_start, mut orientation, mut revised) = (0usize, None::<bool>, false);
    let close_section = |out: &mut Vec<Line>, start: &mut usize, landscape: bool| {
        out[*start..].iter_mut().for_each(|l| l.landscape = landscape);
        *start = out.len();
    };
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                return Err(error(
                    crate::t!("import-docx-not-xml", name = name, error = e.to_string()),
                    crate::t!("import-docx-not-xml.hint"),
                ));
            }
        };
        if matches!(ev, Event::Eof) {
            break;
        }
        match &ev {
            Event::Start(e) => {
                depth_guard += 1;
                if depth_guard > crate::limits::IMPORT_MAX_DEPTH {
                    return Err(error(
                        crate::t!("import-docx-too-deep", name = name, max = crate::limits::IMPORT_MAX_DEPTH),
                        crate::t!("import-docx-too-deep.hint"),
                    ));
                }
                match e.local_name().as_ref() {
                    "tbl" => tables.push(Vec::new()),
                    "tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.push(Vec::new());
                        }
                    }
                    "tc" => {
                        if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                            row.push(Cell { paras: Vec::new(), span: 1, merged: false });
                        }
                    }
                    "p" => para = Some(Para::default()),
                    "sectPrChange" => revised = true,
                    "pPr" => in_ppr = true,
                    "rPr" => in_rpr = true,
                    "r" => {
                        (bold, italic) = para.as_ref().map_or((false, false), |p| p.style);
                        boxed = false;
                    }
                    "t" => in_t = true,
                    _ => {}
                }
            }
            Event::Empty(e) => match e.local_name().as_ref() {
                "b" if in_rpr => bold = on(e),
                "i" if in_rpr => italic = on(e),
                "jc" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        p.align = match attr(e, "val").as_deref() {
                            Some("center") => Align::Center,
                            Some("right" | "end") => Align::Right,
                            Some("both" | "distribute") => Align::Justify,
                            _ => Align::Left,
                        };
                    }
                }
                "ind" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        let twips = |k: &str| attr(e, k).and_then(|v| v.parse::<f32>().ok()).unwrap_or(0.0);
                        p.indent = (twips("left").max(twips("start")) + twips("firstLine")) / 20.0;
                    }
                }
                "pStyle" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        p.style = attr(e, "val").and_then(|v| styles.get(&v).copied()).unwrap_or_default();
                    }
                }
                "ilvl" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        let l = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0usize).min(8);
                        p.num = Some((p.num.take().map(|n| n.0).unwrap_or_default(), l));
                    }
                }
                "numId" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        let id = attr(e, "val").unwrap_or_default();
                        let l = p.num.as_ref().map_or(0, |n| n.1);
                        p.num = Some((id, l));
                    }
                }
                "gridSpan" => {
                    if let Some(c) = tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
                        c.span = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64);
                    }
                }
                "vMerge" => {
                    if let Some(c) = tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
                        c.merged = attr(e, "val").as_deref() != Some("restart");
                    }
                }
                "pgSz" if !revised => {
                    let twips = |k: &str| attr(e, k).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
                    let turned = attr(e, "orient").as_deref() == Some("landscape");
                    orientation = Some(turned || twips("w") > twips("h"));
                }
                "tab" if !in_ppr => push(&mut para, "\t", bold, italic),
                "tab" if attr(e, "leader").as_deref() == Some("dot") => {
                    if let Some(p) = para.as_mut() {
                        p.leader = true;
                    }
                }
                "bdr" if in_rpr => boxed = attr(e, "val").is_some_and(|v| v != "none" && v != "nil"),
                // Word's non-breaking hyphen (vanban writes one in a ký hiệu).
                "noBreakHyphen" => push(&mut para, "-", bold, italic),
                "br" | "cr" => {
                    if attr(e, "type").as_deref() == Some("page")
                        && let Some(p) = para.as_mut()
                    {
                        if p.runs.iter().any(|r| r.0.chars().any(char::is_alphanumeric)) {
                            p.page_after = true;
                        } else {
                            p.page_before = true;
                        }
                    }
                    push(&mut para, "\n", bold, italic)
                }
                "pageBreakBefore" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        p.page_before = on(e);
                    }
                }
                "footnoteReference" => {
                    if let Some(text) = attr(e, "id").and_then(|id| notes.get(&id)) {
                        push(&mut para, &format!("^[{text}]"), false, false);
                    }
                }
                _ => {}
            },
            // vanban's DOCX keeps `QĐ‑UBND` on one line with U+2011.
            Event::Text(t) if in_t => {
                let text = t.xml10_content().replace('\u{2011}', "-");
                if boxed && !text.is_empty() && text.trim().is_empty() {
                    push(&mut para, "☐", bold, italic)
                } else {
                    push(&mut para, &text, bold, italic)
                }
            }
            Event::GeneralRef(r) if in_t => push(&mut para, &entity(r), bold, italic),
            Event::End(e) => {
                depth_guard = depth_guard.saturating_sub(1);
                match e.local_name().as_ref() {
                    "t" => in_t = false,
                    "rPr" => in_rpr = false,
                    "pPr" => in_ppr = false,
                    "p" => {
                        if let Some(mut p) = para.take() {
                            if p.leader {
                                for run in &mut p.runs {
                                    run.0 = run.0.replace('\t', " ………… ");
                                }
                            }
                            if let Some((id, l)) = p.num.clone()
                                && let Some(levels) = numbers.get(&id)
                            {
                                let c = counters.entry(id.clone()).or_insert_with(|| vec![0; 9]);
                                c[l] += 1;
                                if c[l] == 1 {
                                    c[l] = levels.get(l).map_or(1, |lv| lv.start.max(1));
                                }
                                for deeper in c.iter_mut().skip(l + 1) {
                                    *deeper = 0;
                                }
                                let text = label(levels, c, l);
                                if !text.is_empty() {
                                    p.runs.insert(0, (format!("{text} "), false, false));
                                }
                            }
                            match tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
                                Some(cell) => cell.paras.push(p),
                                None => {
                                    let n = out.len();
                                    let after = p.page_after;
                                    page_pending |= p.page_before;
                                    emit(&mut out, p, 0.0, n);
                                    if page_pending && let Some(first) = out.get_mut(n) {
                                        first.page_break = true;
                                        page_pending = false;
                                    }
                                    page_pending |= after;
                                    // This paragraph ends a section.
                                    if let Some(o) = orientation.take() {
                                        close_section(&mut out, &mut section_start, o);
                                    }
                                }
                            }
                        }
                    }
                    "sectPrChange" => revised = false,
                    // The body's last section.
                    "sectPr" if para.is_none() && tables.is_empty() && !revised => {
                        if let Some(o) = orientation.take() {
                            close_section(&mut out, &mut section_start, o);
                        }
                    }
                    "tbl" => {
                        if let Some(t) = tables.pop() {
                            // A table inside a cell (a boxed `HỎA TỐC` under the
                            // số): its paragraphs stay in that cell, in order.
                            match tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
                                Some(cell) => {
                                    cell.paras.extend(t.into_iter().flatten().flat_map(|c| c.paras))
                                }
                                None => {
                                    let n = out.len();
                                    table(&mut out, t);
                                    if page_pending && let Some(first) = out.get_mut(n) {
                                        first.page_break = true;
                                        page_pending = false;
                                    }
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn push(para: &mut Option<Para>, text: &str, bold: bool, italic: bool) {
    if let Some(p) = para.as_mut() {
        p.runs.push((text.to_string(), bold, italic));
    }
}

/// The text of runs with `**`/`*` around bold and italic runs, unless the
/// whole paragraph is one style.
fn styled(runs: &[(String, bool, bool)]) -> (String, bool, bool) {
    let letters = |t: &str| t.chars().any(char::is_alphabetic);
    let visible: Vec<&(String, bool, bool)> = runs.iter().filter(|r| letters(&r.0)).collect();
    let all_bold = !visible.is_empty() && visible.iter().all(|r| r.1);
    let all_italic = !visible.is_empty() && visible.iter().all(|r| r.2);
    let mut out = String::new();
    for (t, b, i) in runs {
        let mark = match (*b && !all_bold && letters(t), *i && !all_italic && letters(t)) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        let trimmed = t.trim();
        if mark.is_empty() || trimmed.is_empty() {
            out.push_str(t);
        } else {
            let lead = &t[..t.len() - t.trim_start().len()];
            let trail = &t[t.trim_end().len()..];
            out.push_str(&format!("{lead}{mark}{trimmed}{mark}{trail}"));
        }
    }
    // Adjacent runs of one style: `**a** **b**` → `**a b**`.
    let out = out.replace("** **", " ").replace("****", "");
    (out, all_bold, all_italic)
}

/// A paragraph as lines: one per manual line break; a tab with text on
/// both sides in a short line splits two columns (`Số: …⇥Ngọc Liên, ngày …`).
fn emit(out: &mut Vec<Line>, p: Para, column: f32, source: usize) {
    let (text, bold, italic) = styled(&p.runs);
    for piece in text.split('\n') {
        let parts: Vec<&str> = piece.split('\t').map(str::trim).filter(|s| !s.is_empty()).collect();
        let columns = parts.len() == 2 && piece.chars().count() < 140 && right_column(parts[1]);
        for (k, part) in parts.iter().enumerate() {
            let text = if columns {
                part.to_string()
            } else if k == 0 {
                parts.join(" ")
            } else {
                break;
            };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                continue;
            }
            out.push(Line {
                text,
                bold,
                italic,
                size: None,
                align: if columns && k == 1 { Align::Right } else { p.align },
                indent: if columns && k == 1 { column.max(300.0) } else { column + p.indent },
                source: source + 1,
                table: None,
                landscape: false,
                page_break: false,
            });
        }
    }
}

/// Text that sits in the right column of a header or a signature block
/// (after a tab): the quốc hiệu, the date line, the signer's lines.
fn right_column(text: &str) -> bool {
    let t = crate::vn::text::upper(&text.replace('*', ""));
    t.starts_with("CỘNG HÒA")
        || t.starts_with("CỘNG HOÀ")
        || t.starts_with("ĐỘC LẬP")
        || t.contains(", NGÀY ")
        || ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "].iter().any(|p| t.starts_with(p))
}

/// A table: two columns without a data row shape (the header, nơi nhận
/// beside the signer) as two columns of lines; any other as a table.
fn table(out: &mut Vec<Line>, rows: Vec<Vec<Cell>>) {
    // Two signer blocks have an empty cell between them (a biên bản's, a
    // hợp đồng's, a joint document's).
    let blank = |c: &Cell| c.paras.iter().all(|p| p.runs.iter().all(|r| r.0.trim().is_empty()));
    let layout = rows.len() <= 2 && rows.iter().all(|r| r.len() == 2 || r.len() == 3 && blank(&r[1]));
    if layout {
        for row in rows {
            let mut cells = row.into_iter();
            let first = cells.next();
            let last = cells.next_back();
            for (cell, column) in [(first, 0.0), (last, 300.0)] {
                for p in cell.map(|c| c.paras).unwrap_or_default() {
                    let n = out.len();
                    emit(out, p, column, n);
                }
            }
        }
        return;
    }
    let text_of = |c: &Cell| {
        c.paras
            .iter()
            .map(|p| styled(&p.runs).0.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Header rows: the first, and the second too when the first merges
    // cells over it (`Kinh phí` over `Kế hoạch`, `Giải ngân`).
    let two_headers = rows.len() > 2 && rows[0].iter().any(|c| c.span > 1);
    let mut header: Vec<(String, Vec<String>)> = Vec::new();
    // The second header row's own cells (those merged down from the
    // first are not its own).
    let mut second = rows
        .get(1)
        .map(|r| r.iter().filter(|c| !c.merged).map(text_of).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter();
    for c in &rows[0] {
        let title = text_of(c);
        if two_headers && c.span > 1 {
            header.push((title, second.by_ref().take(c.span).collect()));
        } else {
            header.push((title, Vec::new()));
        }
    }
    let skip = if two_headers { 2 } else { 1 };
    // A row set in bold throughout, figures too (a parent row in levels).
    let bold: Vec<bool> = rows
        .iter()
        .skip(skip)
        .map(|r| {
            let runs =
                || r.iter().flat_map(|c| &c.paras).flat_map(|p| &p.runs).filter(|x| !x.0.trim().is_empty());
            runs().next().is_some() && runs().all(|x| x.1)
        })
        .collect();
    let body: Vec<Vec<String>> = rows
        .iter()
        .skip(skip)
        .map(|r| {
            r.iter()
                .flat_map(|c| {
                    std::iter::repeat_n(text_of(c), 1).chain(std::iter::repeat_n(String::new(), c.span - 1))
                })
                .collect()
        })
        .collect();
    let n = out.len();
    out.push(Line {
        text: format!("[table of {} rows]", body.len()),
        source: n + 1,
        table: Some(TableLines { header, rows: body, bold, size: None, blank_rows: 0 }),
        ..Line::default()
    });
}
