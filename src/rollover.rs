//! Next year's draft from this year's document, edited in the YAML text
//! itself so that comments, key order and formatting survive.
//!
//! The year changes (text that says `{{ year }}` follows), số and ngày are
//! cleared for the văn thư, last year's document can be added as a căn cứ,
//! and everything that needs a human look is reported: years written
//! literally, old or replaced căn cứ, funding amounts copied from last year.

use std::ops::Range;
use std::sync::Arc;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::load::{self, Loaded, Node, tree::Value};
use crate::model::Document;
use crate::vn;

/// What to do.
#[derive(Debug, Clone)]
pub struct RolloverOptions {
    /// The new year.
    pub year: i32,
    /// Add this year's document to the căn cứ of next year's.
    pub cite_previous: bool,
    /// Căn cứ older than this many years are reported.
    pub stale_years: i32,
    /// Số and ngày of this year's document as the register recorded them,
    /// for a YAML that does not carry them: the căn cứ added by
    /// `cite_previous` is then complete.
    pub registered: Option<(u32, chrono::NaiveDate)>,
}

/// The draft and what to look at in it.
pub struct Rollover {
    pub yaml: String,
    /// Warnings located in the new draft.
    pub notes: Vec<Diagnostic>,
}

/// The fields a draft for the new year leaves blank: số and ngày of the
/// document and of any copy of it (the văn thư assigns them on issue).
const CLEARED: [&str; 5] = ["number", "date", "copy.number", "copy.date", "copy.time"];

/// A text replacement in the YAML: `range` of the source becomes `text`.
/// Rollover and `vanban issue` edit documents this way, so the rest of the
/// file (comments, key order, formatting) stays as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

/// `source` with `edits` applied; the edits must not overlap.
pub fn apply(source: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    let mut yaml = source.to_string();
    for e in edits {
        yaml.replace_range(e.range, &e.text);
    }
    yaml
}

/// The edit that sets the top-level field `key` to `value` (YAML text):
/// the value replaced where it is written (`number: null` → `number: 15`),
/// or a line `key: value` added before the field `before` where the key is
/// not written at all. `None` when neither can be done in block style (a
/// document written as one flow mapping).
pub fn set_top_level(loaded: &Loaded, key: &str, value: &str, before: &str) -> Option<Edit> {
    let text = &loaded.file.text;
    if let Some(entry) = loaded.tree.entry(key) {
        let span = entry.value.span.clone();
        if !span.is_empty() {
            return Some(Edit { range: span, text: value.to_string() });
        }
        // `number:` with nothing after it is null, spanning no text; where
        // the parser puts that empty span (before or after the `:`) is its
        // own affair, so the value goes right after the key's colon.
        let colon = entry.key_span.end + text[entry.key_span.end..].find(':')? + 1;
        return Some(Edit { range: colon..colon, text: format!(" {value}") });
    }
    let next = loaded.tree.entry(before)?;
    let line_start = text[..next.key_span.start].rfind('\n').map_or(0, |i| i + 1);
    let indent = &text[line_start..next.key_span.start];
    if !indent.chars().all(|c| c == ' ') {
        return None;
    }
    Some(Edit { range: line_start..line_start, text: format!("{indent}{key}: {value}\n") })
}

/// Makes next year's draft. `output_name` names the new file in notes.
pub fn rollover(
    loaded: &Loaded,
    options: &RolloverOptions,
    output_name: &str,
) -> Result<Rollover, Diagnostics> {
    let source = &loaded.file.text;
    let doc = &loaded.document;
    let old_year = doc.year();
    if !crate::limits::YEAR_RANGE.contains(&options.year) {
        let range = crate::limits::YEAR_RANGE;
        let d = Diagnostic::error(
            "rollover-year",
            // The lint rule `year-range`'s own wording, said of the year asked for.
            crate::t!(
                "year-range",
                year = options.year.to_string(),
                min = range.start().to_string(),
                max = range.end().to_string()
            ),
        )
        .with_hint(crate::t!("rollover-year-range.hint", next = old_year + 1));
        return Err(loaded.at(d, "year").into());
    }
    if options.year <= old_year {
        let d = Diagnostic::error(
            "rollover-year",
            crate::t!("rollover-year-not-after", year = options.year, old = old_year),
        )
        .with_hint(crate::t!("rollover-year-not-after.hint", next = old_year + 1));
        return Err(loaded.at(d, "year").into());
    }
    let mut edits = Vec::new();

    let year = loaded.tree.get("year").expect("a loaded document has a year");
    edits.push(Edit { range: year.span.clone(), text: options.year.to_string() });
    // The new year's document and any copy of it are not issued yet.
    let dated =
        CLEARED.iter().filter_map(|path| path.split('.').try_fold(&loaded.tree, |node, key| node.get(key)));
    for node in dated {
        if node.value != Value::Null {
            edits.push(Edit { range: node.span.clone(), text: "null".to_string() });
        }
    }
    let mut notes = Vec::new();
    if options.cite_previous {
        match cite_previous(loaded, options.registered) {
            Ok(edit) => edits.push(edit),
            Err(note) => notes.push(note),
        }
    }

    let yaml = apply(source, edits);

    // The draft must load (placeholders, such as the số of a cited
    // previous plan, are left for the user and reported below).
    let (draft, unfilled) = match load::load_str(output_name, &yaml) {
        Ok(draft) => (Some(draft), Vec::new()),
        // `date: <<ngày ban hành>>` is no date yet: the draft cannot load
        // until it is filled, which the notes say.
        Err(errors) if errors.iter().all(|d| d.code == "placeholder") => (None, errors.0),
        Err(errors) => return Err(errors),
    };
    let file = SourceFile::new(output_name, yaml.clone());
    let tree: Node = serde_saphyr::from_str(&yaml).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            "rollover",
            crate::t!("rollover-draft-unparsable", reason = e.to_string()),
        ))
    })?;

    let mut found = review(loaded, options, old_year);
    found.append(&mut notes);
    let mut notes: Vec<Diagnostic> = found.into_iter().map(|n| n.locate(&tree, &file)).collect();
    // What only the new year shows: a day of the week that was right for
    // last year's date, a placeholder to fill.
    let ctx = crate::lint::LintContext::default();
    let found = match &draft {
        Some(draft) => crate::lint::lint(draft, &ctx),
        None => unfilled,
    };
    for d in found.into_iter().filter(|d| matches!(d.code, "weekday-mismatch" | "placeholder")) {
        let mut note = Diagnostic::warning("rollover-review", d.message.clone());
        if let Some(span) = d.span.clone() {
            note = note.with_span(&file, span);
        }
        if let Some(path) = d.path {
            note = note.with_path(path);
        }
        if let Some(hint) = d.hint {
            note = note.with_hint(hint);
        }
        notes.push(note);
    }
    Ok(Rollover { yaml, notes })
}

/// A note about a field, before it is located in the draft.
struct Note {
    path: String,
    /// Text inside the field to point at, if any.
    needle: Option<String>,
    message: String,
    hint: String,
}

impl Note {
    fn locate(self, tree: &Node, file: &Arc<SourceFile>) -> Diagnostic {
        let d = Diagnostic::warning("rollover-review", self.message).with_hint(self.hint);
        let d = load::locate(tree, file, d.with_path(self.path.clone()), &self.path);
        match (&d.span, &self.needle) {
            (Some(span), Some(needle)) => match file.text[span.clone()].find(needle.as_str()) {
                Some(o) => d.clone().with_span(file, span.start + o..span.start + o + needle.len()),
                None => d,
            },
            _ => d,
        }
    }
}

/// What needs a human look in next year's draft.
fn review(loaded: &Loaded, options: &RolloverOptions, old_year: i32) -> Vec<Note> {
    let mut notes = Vec::new();
    // Years written out in the text (not through {{ year }}), outside the
    // citations, whose years belong to the cited documents.
    let year_re = Regex::new(&format!(r"\b{old_year}\b")).expect("valid regex");
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        // Citations keep their own years; số and ngày are cleared.
        if path.starts_with("bases") || path.starts_with("references") || CLEARED.contains(&path) {
            return;
        }
        let raw = &loaded.file.text[node.span.clone()];
        let outside_expressions = Regex::new(r"\{\{.*?\}\}").expect("valid regex").replace_all(raw, "");
        // A range or a period (`giai đoạn 2026-2030`, `từ năm 2026 đến năm
        // 2028`) spans several years and stays as written, as the
        // `title-year` rule reads it.
        let outside_ranges = Regex::new(r"(?i)\d{4}\s*(?:[-–—]|đến(?:\s+năm)?)\s*\d{4}|giai\s+đoạn\s+\d{4}")
            .expect("valid regex")
            .replace_all(&outside_expressions, "");
        if year_re.is_match(&outside_ranges) {
            notes.push(Note {
                path: path.to_string(),
                needle: Some(old_year.to_string()),
                message: crate::t!("rollover-year-written", old = old_year, year = options.year),
                hint: crate::t!("rollover-year-written.hint"),
            });
        }
    });
    for (path, c) in crate::lint::structured_citations(loaded) {
        // Age matters for what the document rests on (căn cứ), not for
        // documents it merely mentions.
        if let Some(d) = c.date
            && path.starts_with("bases")
            && options.year - chrono::Datelike::year(&d.0) > options.stale_years
        {
            notes.push(Note {
                path: format!("{path}.date"),
                needle: None,
                message: crate::t!(
                    "rollover-stale-base",
                    base = match (&c.number, &c.subject) {
                        (Some(number), _) => format!("{} {number}", c.kind),
                        // A Luật cited by its name: the name says which.
                        (None, Some(subject)) =>
                            format!("{} {}", c.kind, subject.chars().take(60).collect::<String>()),
                        (None, None) => c.kind.clone(),
                    },
                    from = chrono::Datelike::year(&d.0),
                    years = options.stale_years,
                    year = options.year
                ),
                hint: crate::t!("rollover-stale-base.hint"),
            });
        }
        // A căn cứ of the year being left about that year (`chuyển nguồn
        // năm 2026 sang năm 2027`) is seldom next year's.
        if let (Some(d), Some(subject)) = (c.date, &c.subject)
            && path.starts_with("bases")
            && chrono::Datelike::year(&d.0) == old_year
            && year_re.is_match(subject)
        {
            notes.push(Note {
                path: format!("{path}.subject"),
                needle: Some(old_year.to_string()),
                message: crate::t!(
                    "rollover-base-of-the-year",
                    kind = c.kind.as_str(),
                    number = c.number.as_deref().unwrap_or(""),
                    old = old_year,
                    year = options.year
                ),
                hint: crate::t!("rollover-base-of-the-year.hint", year = options.year),
            });
        }
        if let Some(by) = &c.replaced_by {
            notes.push(Note {
                path: format!("{path}.replaced_by"),
                needle: None,
                // The lint rule `replaced-basis`'s own wording and fix.
                message: crate::t!(
                    "replaced-basis",
                    kind = c.kind.as_str(),
                    number = c.number.as_deref().unwrap_or(""),
                    by = by.as_str()
                ),
                hint: crate::t!("replaced-basis.hint"),
            });
        }
    }
    if let Document::KeHoach(plan) = &loaded.document {
        // A funding block shared through a YAML anchor is reported once.
        let mut seen = Vec::new();
        for (i, p) in plan.projects.iter().enumerate() {
            let parts = std::iter::once((format!("projects[{i}]"), p)).chain(
                p.subprojects.iter().enumerate().map(|(j, s)| (format!("projects[{i}].subprojects[{j}]"), s)),
            );
            for (path, p) in parts {
                let Some(f) = p.funding.as_ref().filter(|f| f.amount.is_some()) else { continue };
                if seen.contains(&f) {
                    continue;
                }
                seen.push(f);
                notes.push(Note {
                    path: format!("{path}.funding.amount"),
                    needle: None,
                    message: crate::t!(
                        "rollover-amount-copied",
                        amount = vn::number::amount(f.amount.unwrap_or_default()),
                        old = old_year
                    ),
                    hint: crate::t!("rollover-amount-copied.hint", year = options.year),
                });
            }
        }
    }
    notes
}

/// This year's document as a căn cứ of next year's, appended to `bases`.
fn cite_previous(loaded: &Loaded, registered: Option<(u32, chrono::NaiveDate)>) -> Result<Edit, Note> {
    let doc = &loaded.document;
    let text = &loaded.file.text;
    let not_possible = |why: &str| Note {
        path: "bases".to_string(),
        needle: None,
        message: crate::t!("rollover-cite-impossible", reason = why),
        hint: crate::t!("rollover-cite-impossible.hint"),
    };
    let Some(entry) = loaded.tree.entry("bases") else {
        return Err(not_possible(&crate::t!("rollover-cite-no-bases")));
    };
    let Value::Seq(items) = &entry.value.value else {
        return Err(not_possible(&crate::t!("rollover-cite-bases-not-list")));
    };
    let Some(first) = items.first() else {
        return Err(not_possible(&crate::t!("rollover-cite-bases-empty")));
    };
    // Block style only: the dash of the first item starts its line.
    let line_start = text[..first.span.start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..first.span.start];
    let Some(dash) = prefix.find('-').filter(|_| prefix.trim_start().starts_with('-')) else {
        return Err(not_possible(&crate::t!("rollover-cite-bases-flow")));
    };
    let indent = " ".repeat(prefix[..dash].chars().count());

    // Insert after the list: before the next top-level key and the blank
    // lines and comments that lead up to it.
    let Value::Map(entries) = &loaded.tree.value else { unreachable!("a document is a mapping") };
    let next = entries.iter().skip_while(|e| e.key != "bases").nth(1);
    let at = match next {
        Some(e) => {
            let mut at = text[..e.key_span.start].rfind('\n').map_or(0, |i| i + 1);
            while let Some(prev) = text[..at.saturating_sub(1)].rfind('\n').map(|i| i + 1).or(Some(0)) {
                let line = text[prev..at].trim();
                if at == 0 || !(line.is_empty() || line.starts_with('#')) {
                    break;
                }
                at = prev;
            }
            at
        }
        None => text.len(),
    };

    let id = {
        let base = format!(
            "{}{}",
            doc.ky_hieu().rsplit('/').next().and_then(|k| k.split('-').next()).unwrap_or("vb").to_lowercase(),
            doc.year()
        );
        let mut id = base.clone();
        let mut n = 2;
        while loaded.citations.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    };
    let number = match doc.number().or(registered.map(|r| r.0)) {
        Some(n) => format!("{n:02}/{}", doc.ky_hieu()),
        None => format!("<<số>>/{}", doc.ky_hieu()),
    };
    let date = match doc.date().map(|d| d.0).or(registered.map(|r| r.1)) {
        Some(d) => d.format("%Y-%m-%d").to_string(),
        None => "<<ngày ban hành>>".to_string(),
    };
    let issuer = doc.issuer().name.0.join(" ");
    let subject = format!("về {}", vn::text::lowercase_first(doc.title()));
    let field = |key: &str, value: &str| format!("{indent}  {key}: {}\n", yaml_scalar(value));
    let mut block = String::new();
    if at > 0 && !text[..at].ends_with('\n') {
        block.push('\n');
    }
    block.push_str(&format!("{indent}- id: {}\n", yaml_scalar(&id)));
    block.push_str(&field("kind", &doc.ten_loai()));
    block.push_str(&field("number", &number));
    block.push_str(&field("date", &date));
    block.push_str(&field("issuer", &issuer));
    block.push_str(&field("subject", &subject));
    Ok(Edit { range: at..at, text: block })
}

/// A YAML scalar for `value`: plain when that reads back as the same text,
/// double-quoted otherwise.
pub fn yaml_scalar(value: &str) -> String {
    let starts_well = value.chars().next().is_some_and(char::is_alphanumeric) || value.starts_with("<<");
    let risky = value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.contains(['\n', '"', '\'', '{', '}', '[', ']', ',', '`'])
        || value.trim() != value
        || matches!(
            value.to_lowercase().as_str(),
            "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "~"
        )
        || value.parse::<f64>().is_ok();
    if starts_well && !risky {
        value.to_string()
    } else {
        let mut out = String::from("\"");
        for c in value.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_plain_only_when_safe() {
        assert_eq!(yaml_scalar("Kế hoạch"), "Kế hoạch");
        assert_eq!(yaml_scalar("kh2026"), "kh2026");
        assert_eq!(yaml_scalar("15/KH-UBND"), "15/KH-UBND");
        assert_eq!(yaml_scalar("<<số>>/KH-UBND"), "<<số>>/KH-UBND");
        assert_eq!(yaml_scalar("giai đoạn I: từ năm 2021"), "\"giai đoạn I: từ năm 2021\"");
        assert_eq!(yaml_scalar("2026"), "\"2026\"");
        assert_eq!(yaml_scalar("null"), "\"null\"");
        assert_eq!(yaml_scalar("- list"), "\"- list\"");
        assert_eq!(yaml_scalar("a \"b\""), "\"a \\\"b\\\"\"");
    }

    fn sample() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ngoc-lien-2026.yaml")).unwrap()
    }

    fn set(source: &str, key: &str, value: &str, before: &str) -> String {
        let loaded = load::load_str("plan.yaml", source).unwrap();
        let edit = set_top_level(&loaded, key, value, before).expect("block style");
        apply(source, vec![edit])
    }

    #[test]
    fn a_top_level_value_is_replaced_where_it_is_written() {
        let source = sample();
        let out = set(&source, "number", "15", "place");
        assert_eq!(out, source.replacen("number: null\n", "number: 15\n", 1));
        // `number:` with no value is null too.
        let bare = source.replacen("number: null\n", "number:\n", 1);
        assert_eq!(set(&bare, "number", "15", "place"), out);
    }

    #[test]
    fn a_missing_top_level_key_gets_a_line_of_its_own() {
        let source = sample().replacen("number: null\n", "", 1);
        let out = set(&source, "number", "15", "place");
        assert_eq!(out, sample().replacen("number: null\n", "number: 15\n", 1));
    }
}
