//! The text comparison: every printed field of the YAML must be found on
//! the laid-out pages, character for character, in order.
//!
//! Both sides are compared as NFC capitals (titles and names print in
//! capitals) without white space, so line breaks, justification and
//! spacing never matter. Inline markup (`**`, `*`, `\*`) is read as the
//! template reads it; a footnote's text (`^[…]`) is looked for on its own,
//! and the number the footnote gets is vanban's.
//!
//! vanban's own words (`Căn cứ`, `Dự án 6:`, `Nơi nhận:`, formatted dates,
//! list punctuation) are never looked for: they sit between fields. Inside
//! one field the printed text must follow the written text without a gap,
//! with two exceptions that vanban makes itself: digits (a footnote's
//! number after a word, a page number at a page break) and a jump from the
//! end of one line to the start of a later one (a paragraph that continues
//! after the page's footnotes and the next page's number). A punctuation
//! mark that vanban adds or replaces at the very end of a field (`;`, `.`)
//! is not compared; any other character missing or changed is an error.

use std::ops::Range;
use std::sync::Arc;

use super::{Scope, TEXT};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::limits::SELF_CHECK_WORK;
use crate::load::Loaded;
use crate::template::escape::{Inline, parse_inline};
use crate::typeset::inspect::Layout;
use crate::vn::text::upper;

/// The result of the comparison: errors, and for every text run of the
/// layout the field whose text it printed (for [`super::place`]).
pub struct TextCheck {
    pub diagnostics: Vec<Diagnostic>,
    /// For each run of [`Layout::texts`], the field printed in it.
    pub owners: Vec<Option<FieldRef>>,
}

/// A field of the YAML: its path, and where it is in which file.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRef {
    pub path: String,
    pub file: Arc<SourceFile>,
    pub span: Range<usize>,
}

impl FieldRef {
    /// A diagnostic located at this field.
    pub fn at(&self, d: Diagnostic) -> Diagnostic {
        d.with_path(&self.path).with_span(&self.file, self.span.clone())
    }
}

/// One piece of printed text of a field: its main text, or one footnote.
#[derive(Debug, Clone)]
pub struct Printed {
    pub field: usize,
    /// The text as the reader sees it (markup applied).
    pub text: String,
    /// The compared characters: capitals, no white space.
    chars: Vec<char>,
    /// For each compared character, its byte offset in `text`.
    offsets: Vec<usize>,
}

/// Fields whose value is never printed as written: ids and cross
/// references, file paths, layout settings, dates vanban formats itself,
/// the reasons given under `allow:`, and the stamps' keys (`hoa-toc` prints
/// `HỎA TỐC`).
fn never_printed(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    let top = path.split(['.', '[']).next().unwrap_or(path);
    matches!(top, "type" | "references" | "allow" | "copy" | "secrecy" | "urgency" | "circulation")
        // A biên bản's times print in words (`08 giờ 00 phút`), its `kind`
        // as the word of the closing line (`hoi-nghi` prints `Hội nghị`).
        || matches!(top, "opened" | "closed")
        // A giấy nghỉ phép's dates, printed long.
        || matches!(path, "request_date" | "from" | "until")
        || path == "kind"
        || matches!(
            last,
            "id" | "under"
                | "signature"
                | "image"
                | "attachment"
                | "date"
                | "valid_until"
                | "replaced_by"
                | "form"
                | "numbering"
                | "width"
                | "align"
                | "diameter"
                | "sum"
                // `parts: [purposes, {part: projects, heading: …}]`: the
                // names of a Kế hoạch's standard parts (their headings print).
                | "parts"
                | "part"
                | "date_style"
                | "citation_dates"
                | "bases_end"
                // A table's level labels, as samples: `levels: [I, "1", a]`.
                | "levels"
        )
        // `total: {position: top}`.
        || path.ends_with(".total.position")
        // Column settings: `kind: amount`, `ratio: {of, to}`.
        || path.contains(".columns[") && matches!(last, "kind" | "of" | "to")
        || path.contains(".ratio.")
}

/// Shared fields a type's layout does not print: a biên bản's place (Mẫu
/// 1.9 has no địa danh and date line), a giấy nghỉ phép's trích yếu (Mẫu
/// 1.10 has none; it is the register's).
fn unprinted_by_type(doc_type: crate::model::DocType, path: &str) -> bool {
    use crate::model::DocType;
    matches!((doc_type, path), (DocType::BienBan, "place") | (DocType::GiayNghiPhep, "title"))
}

/// Every printed piece of text of a document (and of the document it
/// attaches), with the field it comes from. One place decides what is
/// printed; the comparison only looks for these.
pub fn printed(loaded: &Loaded, scope: Scope) -> (Vec<FieldRef>, Vec<Printed>) {
    let mut fields = Vec::new();
    let mut pieces = Vec::new();
    let mut add = |doc: &Loaded, node: &crate::load::Node, path: &str, keep: &dyn Fn(&str) -> bool| {
        node.visit_strings(&mut path.to_string(), &mut |path, node| {
            let Some(value) = node.as_str() else { return };
            if !keep(path) {
                return;
            }
            let field = fields.len();
            fields.push(FieldRef { path: path.to_string(), file: doc.file.clone(), span: node.span.clone() });
            let (main, notes) = reader_text(value);
            for text in std::iter::once(main).chain(notes) {
                let piece = compared(field, text);
                if !piece.chars.is_empty() {
                    pieces.push(piece);
                }
            }
        });
    };
    if scope.excerpt_only {
        // A trích sao prints the header, the copied part and the signer;
        // the excerpt written out is what is compared.
        if let Some(excerpt) = loaded.tree.get("copy").and_then(|c| c.get("excerpt")) {
            add(loaded, excerpt, "copy.excerpt", &|_| true);
        }
        return (fields, pieces);
    }
    // A blank form alone: the document's own `forms[i]`, or, past those,
    // a form of the text a quyết định issues.
    let own_forms = loaded.document.forms().len();
    let attached_form =
        scope.form.filter(|&n| n > own_forms).map(|n| format!("forms[{}]", n - own_forms - 1));
    let only = match (scope.form, scope.appendices) {
        // An empty prefix: nothing of the document's own is printed.
        (Some(n), _) if n > own_forms => Some(String::new()),
        (Some(n), _) => Some(format!("forms[{}]", n.saturating_sub(1))),
        (None, crate::Appendices::Only(n)) => Some(format!("appendices[{}]", n.saturating_sub(1))),
        _ => None,
    };
    let doc_type = loaded.document.doc_type();
    // A `Lưu:` line typed among the recipients is left out for `archive`'s.
    let archive_lines: Vec<String> = loaded
        .document
        .recipients()
        .iter()
        .enumerate()
        .filter(|(_, r)| crate::template::archive_in_recipients(&r.to).is_some())
        .flat_map(|(i, _)| [format!("recipients[{i}]"), format!("recipients[{i}].to")])
        .collect();
    let keep = |path: &str| {
        if archive_lines.iter().any(|p| p == path) {
            return false;
        }
        let printed = match (&only, scope.appendices) {
            (Some(prefix), _) => {
                !prefix.is_empty() && (path == prefix || path.starts_with(&format!("{prefix}.")))
            }
            (None, crate::Appendices::None) => !path.starts_with("appendices"),
            _ => true,
        };
        printed && !never_printed(path) && !unprinted_by_type(doc_type, path)
    };
    add(loaded, &loaded.tree, "", &keep);
    if only.is_none()
        && let Some(attached) = loaded.attachment.as_deref()
    {
        // Issued with a quyết định, a text prints without its own số, nơi
        // nhận and signer block.
        let attached_keep = |path: &str| {
            let top = path.split(['.', '[']).next().unwrap_or(path);
            !never_printed(path)
                && !matches!(top, "number" | "recipients" | "archive" | "signer" | "drafter" | "to")
        };
        add(attached, &attached.tree, "", &attached_keep);
    }
    if let (Some(prefix), Some(attached)) = (&attached_form, loaded.attachment.as_deref()) {
        let form_keep =
            |path: &str| (path == prefix || path.starts_with(&format!("{prefix}."))) && !never_printed(path);
        add(attached, &attached.tree, "", &form_keep);
    }
    (fields, pieces)
}

/// The text a reader sees, and each footnote's text apart.
fn reader_text(value: &str) -> (String, Vec<String>) {
    fn walk(items: &[Inline], main: &mut String, notes: &mut Vec<String>) {
        for item in items {
            match item {
                Inline::Text(t) => main.push_str(t),
                Inline::Strong(i) | Inline::Emph(i) => walk(i, main, notes),
                Inline::Footnote(i) => {
                    let mut note = String::new();
                    walk(i, &mut note, notes);
                    notes.push(note);
                }
            }
        }
    }
    let mut main = String::new();
    let mut notes = Vec::new();
    walk(&parse_inline(value), &mut main, &mut notes);
    (main, notes)
}

/// End punctuation that vanban adds or replaces (list items, căn cứ, nơi nhận).
fn end_punctuation(c: char) -> bool {
    matches!(c, '.' | ';' | ',' | ':')
}

/// The capitals of `text` (by [`upper`], as titles are printed) without
/// white space, each with the byte offset of the character it comes from
/// (0 in the rare text whose capitals are more characters than it has).
///
/// Text in NFC whose letters each have a one-letter capital (all of
/// Vietnamese) is done a character at a time, without allocating: this
/// runs on every character of every page.
fn capitals(text: &str) -> Vec<(char, usize)> {
    let keep = |c: &char| !c.is_whitespace() && !c.is_control();
    let mut out = Vec::with_capacity(text.len());
    if surely_nfc(text)
        || unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        let mut simple = true;
        for (at, c) in text.char_indices() {
            let Some(u) = one_capital(c) else {
                simple = false;
                break;
            };
            if keep(&u) {
                out.push((u, at));
            }
        }
        if simple {
            return out;
        }
        out.clear();
    }
    let up = upper(text);
    let offsets: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    let same = up.chars().count() == offsets.len();
    out.extend(
        up.chars().enumerate().map(|(k, c)| (c, if same { offsets[k] } else { 0 })).filter(|(c, _)| keep(c)),
    );
    out
}

/// Whether `text` is NFC without asking the normalisation tables: every
/// character below U+0300 (Latin, no combining mark) or a precomposed
/// letter of Latin Extended Additional (U+1E00–U+1EFF, where Vietnamese's
/// ạ…ỹ live) is NFC whatever surrounds it.
fn surely_nfc(text: &str) -> bool {
    text.chars().all(|c| (c as u32) < 0x300 || (0x1E00..=0x1EFF).contains(&(c as u32)))
}

/// The capital of `c` when it is one character (None for `ß` → `SS` and
/// the few like it). Characters below U+2000 (every Vietnamese letter) are
/// read from a table built once: this runs on every character of every
/// page, and the standard library's lookup is a search.
fn one_capital(c: char) -> Option<char> {
    const TABLE_END: u32 = 0x2000;
    static TABLE: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    let single = |c: char| {
        let mut up = c.to_uppercase();
        let u = up.next().unwrap_or(c);
        if up.next().is_some() { None } else { Some(u) }
    };
    if (c as u32) >= TABLE_END {
        return single(c);
    }
    let table = TABLE.get_or_init(|| {
        (0..TABLE_END)
            .map(|code| char::from_u32(code).and_then(single).map_or(u32::MAX, |u| u as u32))
            .collect()
    });
    char::from_u32(table[c as usize])
}

fn compared(field: usize, text: String) -> Printed {
    let mut chars = Vec::new();
    let mut offsets = Vec::new();
    for (c, at) in capitals(&text) {
        chars.push(c);
        offsets.push(at);
    }
    while chars.last().is_some_and(|&c| end_punctuation(c)) {
        chars.pop();
        offsets.pop();
    }
    Printed { field, text, chars, offsets }
}

/// The pages' text as one sequence of capitals without white space, in the
/// order the layout holds it (each paragraph, cell and footnote whole).
struct Stream {
    chars: Vec<char>,
    /// The run each character was printed in, and its byte offset there.
    at: Vec<(u32, u32)>,
    /// Whether the character starts a line (or a page, or a cell).
    line_start: Vec<bool>,
}

impl Stream {
    fn of(layout: &Layout) -> Self {
        let mut s = Stream { chars: Vec::new(), at: Vec::new(), line_start: Vec::new() };
        let mut prev: Option<&crate::typeset::inspect::TextRun> = None;
        for (i, run) in layout.texts.iter().enumerate() {
            // A new line: another page, or a baseline further away than a
            // raised footnote number goes.
            let mut new_line =
                prev.is_none_or(|p| p.page != run.page || (p.y - run.y).abs() > 0.75 * p.size.max(run.size));
            for (u, at) in capitals(&run.text) {
                s.chars.push(u);
                s.at.push((i as u32, at as u32));
                s.line_start.push(new_line);
                new_line = false;
            }
            prev = Some(run);
        }
        s
    }

    /// Printed text from a position to the end of its line (at most
    /// `chars` characters), as the runs hold it, for messages.
    fn excerpt(&self, layout: &Layout, from: usize, chars: usize) -> String {
        let Some(&(run, offset)) = self.at.get(from) else { return String::new() };
        let mut out = String::new();
        let mut prev: Option<&crate::typeset::inspect::TextRun> = None;
        for (k, r) in layout.texts.iter().enumerate().skip(run as usize) {
            if let Some(p) = prev {
                if p.page != r.page || (p.y - r.y).abs() > 0.75 * p.size.max(r.size) {
                    break;
                }
                if r.x - p.right() > 1.0 && !out.ends_with(' ') && !r.text.starts_with(' ') {
                    out.push(' ');
                }
            }
            out.push_str(if k == run as usize {
                r.text.get(offset as usize..).unwrap_or("")
            } else {
                &r.text
            });
            if out.chars().count() >= chars {
                break;
            }
            prev = Some(r);
        }
        let out: String = out.chars().take(chars).collect();
        out.trim().to_string()
    }
}

/// How far (in characters) a field may jump from the end of a line to the
/// start of a later one: past a page's footnotes and the next page number.
const JUMP: usize = 4000;
/// How many of the field's next characters a later line must start with to
/// be where the field goes on (the first such line is taken: no
/// backtracking, so the search is linear in what it reads).
const JUMP_AGREE: usize = 12;

/// The outcome of matching a field from one start.
enum Outcome {
    /// Found; the stream range it covers.
    Found(Range<usize>),
    /// Not found: how many of the field's characters matched from which
    /// stream position.
    Failed { matched: usize, start: usize },
    /// The comparison budget ran out (see [`SELF_CHECK_WORK`]).
    OutOfWork,
}

/// Character comparisons left to the whole check.
struct Work(usize);

impl Work {
    /// Spends one comparison; false when none is left.
    fn spend(&mut self) -> bool {
        self.0 = self.0.saturating_sub(1);
        self.0 > 0
    }
}

fn match_from(field: &[char], s: &Stream, start: usize, work: &mut Work) -> Outcome {
    let (mut i, mut j) = (0, start);
    loop {
        if i == field.len() {
            return Outcome::Found(start..j);
        }
        if !work.spend() {
            return Outcome::OutOfWork;
        }
        let Some(&c) = s.chars.get(j) else { return Outcome::Failed { matched: i, start } };
        if c == field[i] {
            i += 1;
            j += 1;
            continue;
        }
        if c.is_numeric() && !s.line_start[j] {
            j += 1;
            continue;
        }
        if !(s.line_start[j] && i > 0) {
            return Outcome::Failed { matched: i, start };
        }
        // The field's text may go on at the start of a later line (after a
        // page's footnotes and the next page's number): the first later
        // line that starts, past its digits, with the field's next
        // characters.
        let agree = JUMP_AGREE.min(field.len() - i);
        let mut next = None;
        let mut k = j + 1;
        while k < s.chars.len() && k < j + JUMP {
            if !work.spend() {
                return Outcome::OutOfWork;
            }
            if s.line_start[k] {
                let mut m = k;
                while m < s.chars.len() && s.chars[m].is_numeric() && s.chars[m] != field[i] {
                    m += 1;
                }
                if s.chars.get(m..m + agree) == Some(&field[i..i + agree]) {
                    next = Some(m);
                    break;
                }
            }
            k += 1;
        }
        match next {
            Some(m) => j = m,
            None => return Outcome::Failed { matched: i, start },
        }
    }
}

/// How far past the end of the previous piece a piece is first looked for,
/// a position at a time: fields are mostly printed in the order written.
const NEAR: usize = 2_000;

/// Where every three compared characters of the pages start, sorted by
/// the characters then the position. Built the first time a piece is not
/// near the previous one (a section written `content:` before `title:`, as
/// key-sorting formatters write it), so that looking elsewhere visits only
/// the places the piece's text could start, not the whole document.
struct Starts(Vec<(u64, u32)>);

impl Starts {
    fn of(s: &Stream) -> Self {
        let mut starts: Vec<(u64, u32)> =
            s.chars.windows(3).enumerate().map(|(p, w)| (trigram(w), p as u32)).collect();
        starts.sort_unstable();
        Starts(starts)
    }

    /// The positions where `w`'s first three characters start, ascending.
    fn of_trigram(&self, w: &[char]) -> impl DoubleEndedIterator<Item = usize> + Clone + '_ {
        let key = trigram(w);
        let from = self.0.partition_point(|e| e.0 < key);
        let to = self.0.partition_point(|e| e.0 <= key);
        self.0[from..to].iter().map(|&(_, p)| p as usize)
    }
}

/// Three characters (21 bits each) as one number.
fn trigram(w: &[char]) -> u64 {
    (w[0] as u64) << 42 | (w[1] as u64) << 21 | w[2] as u64
}

/// Finds a piece on the pages: first near where the previous piece ended,
/// then wherever its first three characters stand (just before `hint`,
/// then after it, then the rest), and only if that fails (text not printed as written, or
/// interrupted by a footnote number within its first characters) at every
/// position, to report the closest text.
fn find(piece: &Printed, s: &Stream, hint: usize, work: &mut Work, starts: &mut Option<Starts>) -> Outcome {
    let first = piece.chars[0];
    let hint = hint.min(s.chars.len());
    let near = hint..(hint + NEAR).min(s.chars.len());
    let mut candidates = |positions: &mut dyn Iterator<Item = usize>, best: &mut (usize, Outcome)| {
        for p in positions {
            if !work.spend() {
                return Some(Outcome::OutOfWork);
            }
            if s.chars[p] != first {
                continue;
            }
            match match_from(&piece.chars, s, p, work) {
                found @ Outcome::Found(_) => return Some(found),
                Outcome::Failed { matched, start } if matched > best.0 => {
                    *best = (matched, Outcome::Failed { matched, start });
                }
                Outcome::Failed { .. } => {}
                Outcome::OutOfWork => return Some(Outcome::OutOfWork),
            }
        }
        None
    };
    let mut best = (0, Outcome::Failed { matched: 0, start: hint });
    if let Some(outcome) = candidates(&mut near.clone(), &mut best) {
        return outcome;
    }
    if piece.chars.len() >= 3 {
        let starts = starts.get_or_insert_with(|| Starts::of(s));
        // Just before `hint` first (a title printed above the text written
        // before it), then after the near part, then the rest.
        let at = starts.of_trigram(&piece.chars);
        let before = hint.saturating_sub(NEAR);
        let mut ordered = (at.clone().filter(|&p| (before..hint).contains(&p)))
            .chain(at.clone().filter(|&p| p >= near.end))
            .chain(at.filter(|&p| p < before));
        if let Some(outcome) = candidates(&mut ordered, &mut best) {
            return outcome;
        }
    }
    let mut everywhere = (near.end..s.chars.len()).chain(0..hint);
    candidates(&mut everywhere, &mut best).unwrap_or(best.1)
}

/// The printed pieces of `loaded` that another output's plain `text` (a
/// DOCX's words, say) does not hold: each as its field path and its text.
/// The same comparison as [`check`] (capitals, no white space, end marks
/// aside), but each piece is looked for anywhere, since such text has no
/// page order to follow.
pub fn missing_in(loaded: &Loaded, scope: Scope, text: &str) -> Vec<(String, String)> {
    let hay: Vec<char> = capitals(text).into_iter().map(|(c, _)| c).collect();
    let (fields, pieces) = printed(loaded, scope);
    pieces
        .into_iter()
        .filter(|p| !hay.windows(p.chars.len()).any(|w| w == p.chars.as_slice()))
        .map(|p| (fields[p.field].path.clone(), p.text))
        .collect()
}

/// Compares the document's printed fields with the laid-out pages.
pub fn check(loaded: &Loaded, layout: &Layout, scope: Scope) -> TextCheck {
    let (fields, pieces) = printed(loaded, scope);
    let stream = Stream::of(layout);
    let mut owners: Vec<Option<FieldRef>> = vec![None; layout.texts.len()];
    let mut diagnostics = Vec::new();
    let mut failed = vec![false; fields.len()];
    let mut hint = 0;
    let compared: usize = pieces.iter().map(|p| p.chars.len()).sum();
    let budget = SELF_CHECK_WORK.saturating_mul(stream.chars.len() + compared);
    let mut work = Work(budget);
    let mut starts = None;
    for piece in &pieces {
        match find(piece, &stream, hint, &mut work, &mut starts) {
            Outcome::OutOfWork => {
                diagnostics.push(
                    fields[piece.field]
                        .at(Diagnostic::error(
                            TEXT,
                            crate::t!("self-check-text-budget", budget = budget, per = SELF_CHECK_WORK),
                        ))
                        .with_hint(crate::t!("self-check-text-budget.hint")),
                );
                break;
            }
            Outcome::Found(range) => {
                hint = range.end;
                for &(run, _) in &stream.at[range] {
                    owners[run as usize].get_or_insert_with(|| fields[piece.field].clone());
                }
            }
            Outcome::Failed { matched, start } => {
                if std::mem::replace(&mut failed[piece.field], true) {
                    continue;
                }
                let printed = stream.excerpt(layout, start, 60);
                diagnostics.push(mismatch(&fields[piece.field], piece, matched, &printed));
            }
        }
    }
    TextCheck { diagnostics, owners }
}

/// The error for a field whose text is not on the pages as written.
fn mismatch(field: &FieldRef, piece: &Printed, matched: usize, printed: &str) -> Diagnostic {
    let text = &piece.text;
    let mut cut = piece.offsets.get(matched).copied().unwrap_or(text.len());
    // From the start of the word the difference is in.
    while let Some(c) = text[..cut].chars().next_back()
        && c.is_alphanumeric()
        && text[cut..].starts_with(char::is_alphanumeric)
    {
        cut -= c.len_utf8();
    }
    let before: Vec<&str> = text[..cut].split_whitespace().collect();
    let before = before[before.len().saturating_sub(4)..].join(" ");
    // The written word (or mark) that is missing or altered.
    let rest = &text[cut..];
    let missing = if rest.starts_with(|c: char| c.is_alphanumeric()) {
        rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(rest)
    } else {
        rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
    };
    let (message, hint) = if cut == 0 {
        (
            crate::t!("self-check-text-missing", text = shorten(text)),
            crate::t!("self-check-text-missing.hint"),
        )
    } else {
        (
            crate::t!("self-check-text-altered", missing = missing, before = before, printed = printed),
            crate::t!("self-check-text-altered.hint"),
        )
    };
    field.at(Diagnostic::error(TEXT, message)).with_hint(hint)
}

fn shorten(text: &str) -> String {
    let t: String = text.chars().take(60).collect();
    if t.len() < text.len() { format!("{t}…") } else { t }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_read_and_footnotes_stand_apart() {
        let (main, notes) = reader_text("Một **hai**; ba *bốn*; năm^[chú thích]; sáu");
        assert_eq!(main, "Một hai; ba bốn; năm; sáu");
        assert_eq!(notes, ["chú thích"]);
        let p = compared(0, main);
        assert_eq!(p.chars.iter().collect::<String>(), "MỘTHAI;BABỐN;NĂM;SÁU");
    }

    /// A stream of lines, each starting a new line.
    fn stream(lines: &[&str]) -> Stream {
        let mut s = Stream { chars: Vec::new(), at: Vec::new(), line_start: Vec::new() };
        for (n, line) in lines.iter().enumerate() {
            for (k, c) in line.chars().enumerate() {
                s.chars.push(c);
                s.at.push((n as u32, k as u32));
                s.line_start.push(k == 0);
            }
        }
        s
    }

    #[test]
    fn a_field_goes_on_past_a_page_number_without_backtracking() {
        // The paragraph breaks at a page end; footnote and page number
        // between. Every line starts like the field (the text that made the
        // old recursive search run for hours): the first line that agrees
        // with the next 12 characters is taken, in one pass.
        let s = stream(&["AAAAAAAAAA", "AAAAAAB1", "1AAAAFOOTNOTE", "2", "AAAAAAAAAAB", "AAAAAAAAAAAAC"]);
        let field: Vec<char> = "AAAAAAAAAAAAAAAAB AAAAAAAAAAAAC".chars().filter(|c| *c != ' ').collect();
        let mut work = Work(10_000);
        let Outcome::Found(r) = match_from(&field, &s, 0, &mut work) else { panic!("not found") };
        assert_eq!(r.end, s.chars.len());
        assert!(10_000 - work.0 < 200, "{} comparisons", 10_000 - work.0);
    }

    #[test]
    fn the_search_stops_when_its_budget_is_spent() {
        let s = stream(&["ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
        let piece = compared(0, "ABCDEFGHIJKLMNOPQRSTUVWXYZ".into());
        assert!(matches!(find(&piece, &s, 0, &mut Work(1_000), &mut None), Outcome::Found(_)));
        assert!(matches!(find(&piece, &s, 0, &mut Work(10), &mut None), Outcome::OutOfWork));
    }

    #[test]
    fn only_end_punctuation_is_left_to_vanban() {
        let p = compared(0, "Sở Y tế (để b/c);".into());
        assert_eq!(p.chars.iter().collect::<String>(), "SỞYTẾ(ĐỂB/C)");
    }

    #[test]
    fn ids_dates_and_settings_are_not_printed_fields() {
        for path in ["bases[0].id", "bases[0].date", "type", "allow.bases-order", "references[1].subject"] {
            assert!(never_printed(path), "{path}");
        }
        for path in ["bases[0].subject", "title", "content[2].table.columns[1].title", "meeting.time"] {
            assert!(!never_printed(path), "{path}");
        }
        assert!(never_printed("content[2].table.columns[1].kind"));
        assert!(never_printed("parts[0]") && never_printed("parts[2].part"));
        assert!(!never_printed("parts[2].heading") && !never_printed("parts[1].title"));
    }
}
