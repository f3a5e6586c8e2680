//! Every YAML syntax slip of a file in one run.
//!
//! serde-saphyr stops at the first syntax error. When that error is a slip
//! vanban can name and undo (a tab where spaces belong, a value between
//! curly quotes, a `: ` inside a value or a list item, a key indented too
//! far), the slip is undone in a private copy of the text, its diagnostic
//! kept, and the copy parsed again, up to [`MAX_SYNTAX_REPAIRS`] times. The
//! copy is only read for what else is wrong: spans are mapped back to the
//! file as written, and a load that repaired anything fails with every
//! diagnostic found, so a repaired text is never rendered.
//!
//! Why repair and parse again rather than scan the lines up front: only
//! the parser knows whether a tab or a colon is a mistake (a tab inside a
//! `|` block or a quoted value is text), so every slip reported is one the
//! parser stopped at, at its exact place. Each parse stops at the next
//! error, so a file full of slips costs at most the budget in parses.

use std::ops::Range;

use super::tree::{Node, Value};

pub use crate::limits::MAX_SYNTAX_REPAIRS;

/// Pieces of the copy (ranges, in order) with the text that replaces them.
pub type Pieces = Vec<(Range<usize>, String)>;

/// Edits made to the private copy, to map its offsets back to the file.
#[derive(Debug, Default)]
pub struct Edits {
    /// `(start in the copy, length in the copy, start in the file, length
    /// in the file)`, in order: each edit lies after the ones before it.
    edits: Vec<(usize, usize, usize, usize)>,
}

impl Edits {
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Where the last edit ends in the copy: a later repair must lie after
    /// it (else the parser stopped because of an earlier repair).
    pub fn end(&self) -> usize {
        self.edits.last().map_or(0, |&(start, len, _, _)| start + len)
    }

    /// The offset in the file of `at`, an offset in the copy. Inside an
    /// edited piece it is the piece's start, or its end for the copy's end
    /// of the piece, so spans stay on character boundaries of the file.
    pub fn to_file(&self, at: usize) -> usize {
        let i = self.edits.partition_point(|&(start, _, _, _)| start <= at);
        let Some(&(start, len, file_start, file_len)) = i.checked_sub(1).map(|i| &self.edits[i]) else {
            return at;
        };
        if at >= start + len { file_start + file_len + (at - start - len) } else { file_start }
    }

    pub fn span_to_file(&self, span: &Range<usize>) -> Range<usize> {
        let start = self.to_file(span.start);
        start..self.to_file(span.end).max(start)
    }

    /// Applies `pieces` (ranges of `copy`, in order, with their new text) to
    /// the copy and records them; `None`, changing nothing, when a piece is
    /// not after every earlier edit or would add or remove a line.
    pub fn apply(&mut self, copy: &mut String, pieces: &[(Range<usize>, String)]) -> Option<()> {
        let mut from = self.end();
        for (range, new) in pieces {
            let old = copy.get(range.clone())?;
            if range.start < from || old.contains('\n') || new.contains('\n') {
                return None;
            }
            from = range.end;
        }
        let mut out = String::with_capacity(copy.len() + 16);
        let mut last = 0;
        // The copy's offsets shift by what earlier pieces of this repair added.
        let mut shift: isize = 0;
        for (range, new) in pieces {
            out.push_str(&copy[last..range.start]);
            out.push_str(new);
            last = range.end;
            let in_copy = (range.start as isize + shift) as usize;
            // Earlier pieces of this repair are recorded already, at their
            // places in the new copy, which `in_copy` is after.
            let file_start = self.to_file(in_copy);
            self.edits.push((in_copy, new.len(), file_start, range.len()));
            shift += new.len() as isize - range.len() as isize;
        }
        out.push_str(&copy[last..]);
        *copy = out;
        Some(())
    }
}

/// A slip found where the parser stopped, said as a diagnostic's parts and
/// how to undo it in the copy.
#[derive(Debug)]
pub struct Slip {
    pub code: &'static str,
    pub span: Range<usize>,
    pub message: String,
    pub hint: String,
    pub pieces: Pieces,
}

/// The line of `text` around byte `at`: its start and its text.
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, &text[start..end])
}

/// Where the value of a `key: value` or `- value` line starts in it.
fn value_start(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    if let Some(item) = rest.strip_prefix("- ") {
        let after = indent + 2 + (item.len() - item.trim_start().len());
        // `- key: value`: the value of the key.
        return Some(key_value_start(&line[after..]).map_or(after, |v| after + v));
    }
    key_value_start(rest).map(|v| indent + v)
}

/// The value after a plain `key: ` at the start of `s`.
fn key_value_start(s: &str) -> Option<usize> {
    if s.starts_with(['"', '\'', '“', '‘', '#', '[', '{']) {
        return None;
    }
    let colon = s.find(": ")?;
    let value = &s[colon + 2..];
    Some(colon + 2 + (value.len() - value.trim_start().len()))
}

/// A value between curly quotes on the line where the parser stopped
/// (`title: “Kế hoạch: năm 2026”`): YAML does not take them for quotes, so
/// the `: ` inside broke the line. Undone by straight quotes.
pub fn curly_quotes(text: &str, offset: usize) -> Option<Slip> {
    let (start, line) = line_at(text, offset);
    let v = value_start(line)?;
    let value = &line[v..];
    let (open, close) = [('“', '”'), ('‘', '’')].into_iter().find(|(o, _)| value.starts_with(*o))?;
    let inner_start = open.len_utf8();
    let close_at = value[inner_start..].rfind(close)? + inner_start;
    let inner = &value[inner_start..close_at];
    let after = value[close_at + close.len_utf8()..].trim();
    if !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    // Single quotes keep everything but `'` as written; else double ones.
    let straight = if !inner.contains('\'') {
        '\''
    } else if !inner.contains(['"', '\\']) {
        '"'
    } else {
        return None;
    };
    let at = start + v;
    let end = at + close_at + close.len_utf8();
    Some(Slip {
        code: "curly-quotes",
        span: at..end,
        message: crate::t!("curly-quotes", open = open.to_string(), close = close.to_string()),
        hint: crate::t!("curly-quotes.hint", inner = inner),
        pieces: vec![
            (at..at + open.len_utf8(), straight.to_string()),
            (at + close_at..end, straight.to_string()),
        ],
    })
}

/// A tab the parser stopped at (`explained` points at it): in the
/// indentation it becomes the spaces the line most likely meant (the
/// indentation of the line above, two more after a `key:` that opens a
/// block or a `- `), elsewhere one space.
pub fn tab(text: &str, at: usize) -> Option<Pieces> {
    if text.as_bytes().get(at) != Some(&b'\t') {
        return None;
    }
    let (start, line) = line_at(text, at);
    let ws = line.len() - line.trim_start_matches([' ', '\t']).len();
    if at - start >= ws {
        return Some(vec![(at..at + 1, " ".into())]);
    }
    let above = text[..start.saturating_sub(1)]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .unwrap_or("");
    let above_indent = above.len() - above.trim_start_matches(' ').len();
    let spaces = meant_indent(above_indent, above.trim_start(), line.trim_start());
    Some(vec![(start..start + ws, " ".repeat(spaces))])
}

/// The indentation a tab-indented `line` most likely meant, after the line
/// `above` (without its indentation, `above_indent` spaces): the same, or
/// two more after a `key:` that opens a block or a `- `.
fn meant_indent(above_indent: usize, above: &str, line: &str) -> usize {
    let body = above.split(" #").next().unwrap_or(above).trim_end();
    // `key:`, `key: >-` and `key: |` open a block; a `- ` item's fields
    // line up after the dash.
    let block = body.rsplit_once(": ").is_some_and(|(_, v)| v.starts_with(['|', '>']));
    let opens = body.ends_with(':') || block || body.starts_with("- ") && !line.starts_with("- ");
    if opens { above_indent + 2 } else { above_indent }
}

/// Every tab-indented line of `text` from byte `from` (a line start) given
/// the indentation [`tab`] would give it, each after the line above as
/// undone: what is left of a file indented with tabs when the budget of
/// listed repairs is spent, undone in one pass rather than a parse each.
pub fn tab_indents(text: &str, from: usize) -> Pieces {
    let content = |l: &str| {
        let t = l.trim_start_matches([' ', '\t']);
        !t.trim().is_empty() && !t.starts_with('#')
    };
    // The line above, as it reads once undone: its indentation and text.
    let mut above: (usize, &str) = text[..from.saturating_sub(1)]
        .lines()
        .rev()
        .find(|l| content(l))
        .map_or((0, ""), |l| (l.len() - l.trim_start_matches(' ').len(), l.trim_start()));
    let mut pieces = Pieces::new();
    let mut start = from;
    for raw in text[from..].split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let rest = line.trim_start_matches([' ', '\t']);
        let ws = line.len() - rest.len();
        let mut indent = ws;
        if content(line) && line[..ws].contains('\t') {
            indent = meant_indent(above.0, above.1, rest);
            pieces.push((start..start + ws, " ".repeat(indent)));
        }
        if content(line) {
            above = (indent, rest);
        }
        start += raw.len();
    }
    pieces
}

/// A `: ` inside a plain value (`title: Kế hoạch: năm 2026`) or a list
/// item (`- Thời hạn: trước 16 giờ: họp`), which YAML reads as a second
/// key: the value is put between double quotes. Not for a value that goes
/// on on the next lines (the quote would have to close there).
pub fn colon(text: &str, offset: usize) -> Option<Slip> {
    let (start, line) = line_at(text, offset);
    let indent = line.len() - line.trim_start_matches(' ').len();
    // `- title: a: b` is a field of a list item; `- Thời hạn: trước 16 giờ:
    // họp` is text read as a field.
    let item = line[indent..].strip_prefix("- ").is_some_and(|rest| {
        let key = rest.trim_start().split(": ").next().unwrap_or("");
        key.contains(' ') || !key.is_ascii()
    });
    let v = if item {
        let rest = &line[indent + 2..];
        indent + 2 + (rest.len() - rest.trim_start().len())
    } else {
        value_start(line)?
    };
    let value = line[v..].split(" #").next().unwrap_or("").trim_end();
    if value.is_empty() || value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!', '“', '‘']) {
        return None;
    }
    let (key, _) = value.split_once(": ")?;
    // The next line with content must not continue the value.
    let end = start + line.len();
    let next = text[end..].lines().skip(1).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if let Some(next) = next {
        let next_indent = next.len() - next.trim_start_matches(' ').len();
        if next_indent > indent && !(item && next_indent == indent + 2 && next.trim_start().contains(": ")) {
            return None;
        }
    }
    let at = start + v;
    let mut pieces = vec![(at..at, "\"".to_string())];
    for (i, c) in value.char_indices() {
        if c == '"' || c == '\\' {
            pieces.push((at + i..at + i, "\\".into()));
        }
    }
    pieces.push((at + value.len()..at + value.len(), "\"".into()));
    let (code, message, hint) = if item {
        (
            "list-item",
            crate::t!("list-item-colon", key = key),
            crate::t!("list-item-colon.hint", item = value),
        )
    } else {
        ("yaml-syntax", crate::t!("yaml-syntax-colon"), crate::t!("yaml-syntax-colon.hint"))
    };
    // At the key, as when the item is read as a field; else at the colon.
    let span = if item { at..at + key.len() } else { at + key.len()..at + key.len() + 1 };
    Some(Slip { code, span, message, hint, pieces })
}

/// Lines of `text` whose indentation holds a tab: what is left of a file
/// indented with tabs when the budget of repairs is spent.
pub fn tab_lines(text: &str) -> usize {
    let tab_indented = |l: &str| {
        let indent = l.len() - l.trim_start_matches([' ', '\t']).len();
        !l.trim().is_empty() && l[..indent].contains('\t')
    };
    text.lines().filter(|l| tab_indented(l)).count()
}

/// Maps every span of a tree read from the copy back to the file.
pub fn remap(node: &mut Node, edits: &Edits) {
    if edits.is_empty() {
        return;
    }
    node.span = edits.span_to_file(&node.span);
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|n| remap(n, edits)),
        Value::Map(entries) => {
            for e in entries {
                e.key_span = edits.span_to_file(&e.key_span);
                remap(&mut e.value, edits);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, pieces: &[(Range<usize>, String)]) -> (String, Edits) {
        let mut copy = text.to_string();
        let mut edits = Edits::default();
        edits.apply(&mut copy, pieces).expect("applies");
        (copy, edits)
    }

    #[test]
    fn offsets_map_back_to_the_file() {
        let text = "title: “a: b” # x\nnext: 1\n";
        let slip = curly_quotes(text, text.find(": b").unwrap()).expect("a slip");
        let (copy, edits) = apply(text, &slip.pieces);
        assert_eq!(copy, "title: 'a: b' # x\nnext: 1\n");
        let value = copy.find('\'').unwrap()..copy.rfind('\'').unwrap() + 1;
        assert_eq!(&text[edits.span_to_file(&value)], "“a: b”");
        let next = copy.find("next").unwrap();
        assert_eq!(edits.to_file(next), text.find("next").unwrap());
        let inner = copy.find("a:").unwrap();
        assert_eq!(edits.to_file(inner), text.find("a:").unwrap());
    }

    #[test]
    fn a_colon_in_a_value_is_quoted() {
        let text = "title: Kế hoạch: năm \"2026\"\nyear: 1\n";
        let slip = colon(text, text.find(": năm").unwrap()).expect("a slip");
        let (copy, edits) = apply(text, &slip.pieces);
        assert_eq!(copy, "title: \"Kế hoạch: năm \\\"2026\\\"\"\nyear: 1\n");
        assert_eq!(edits.to_file(copy.find("year").unwrap()), text.find("year").unwrap());
        // A value that goes on below is left to the user.
        assert!(colon("title: a: b\n  c\n", 8).is_none());
    }

    #[test]
    fn a_tab_takes_the_indentation_meant() {
        let text = "issuer:\n  name: x\n\tabbr: UBND\n";
        let pieces = tab(text, text.find('\t').unwrap()).unwrap();
        assert_eq!(apply(text, &pieces).0, "issuer:\n  name: x\n  abbr: UBND\n");
        let text = "issuer:\n\tname: x\n";
        let pieces = tab(text, text.find('\t').unwrap()).unwrap();
        assert_eq!(apply(text, &pieces).0, "issuer:\n  name: x\n");
        let text = "title: >-\n\tbáo cáo\n";
        let pieces = tab(text, text.find('\t').unwrap()).unwrap();
        assert_eq!(apply(text, &pieces).0, "title: >-\n  báo cáo\n");
        assert_eq!(tab_lines("a:\n\tb: 1\n\tc: 2\n  \td: 3\n\t\n"), 3);
    }

    #[test]
    fn tab_lines_left_are_undone_in_one_pass() {
        let text = "a: 1\nb:\n\tc: 1\n\te:\n\t\t- x\n\t\t- y\n\t# note\nf: 2\n";
        let pieces = tab_indents(text, 0);
        assert_eq!(apply(text, &pieces).0, "a: 1\nb:\n  c: 1\n  e:\n    - x\n    - y\n\t# note\nf: 2\n");
        // From a later line, after the lines undone before.
        let text = "b:\n  d:\n    - x\n\t\t- y\n";
        let from = text.find("\t\t- y").unwrap();
        assert_eq!(apply(text, &tab_indents(text, from)).0, "b:\n  d:\n    - x\n    - y\n");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        /// Whatever slips a text holds, loading it ends (with at most the
        /// budget of slips and a count), nothing panics, and every
        /// diagnostic points at a character of the file as written.
        #[test]
        fn any_text_is_read_past_its_slips_safely(
            lines in proptest::collection::vec(
                r#"[ \t]{0,3}(- )?([a-zđ]{1,5}: )?[a-zđ “”‘’:\-\t\[\]\\"']{0,14}"#,
                0..12,
            ),
        ) {
            let text = format!("type: cong-van\n{}\n", lines.join("\n"));
            if let Err(es) = crate::load::load_str("x.yaml", &text) {
                proptest::prop_assert!(es.len() <= MAX_SYNTAX_REPAIRS + crate::limits::MAX_FIELD_ERRORS + 20);
                for d in es.iter() {
                    if let Some(span) = &d.span {
                        proptest::prop_assert!(span.start <= span.end && span.end <= text.len());
                        proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                    }
                }
            }
        }
    }

    #[test]
    fn an_edit_before_an_earlier_one_is_refused() {
        let mut copy = "a: 1\nb: 2\n".to_string();
        let mut edits = Edits::default();
        edits.apply(&mut copy, &[(5..6, "c".into())]).unwrap();
        assert!(edits.apply(&mut copy, &[(0..1, "d".into())]).is_none());
        assert_eq!(copy, "a: 1\nc: 2\n");
    }
}
