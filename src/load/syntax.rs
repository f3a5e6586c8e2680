//! YAML syntax errors, explained where the mistake is. The parser reports
//! where it gave up, which for the commonest slips (a quote not closed, a
//! tab, a `[` not closed) is lines after the mistake; these rules move the
//! caret back to it and say what to change.

/// A syntax error as it will be shown.
#[derive(Debug, PartialEq, Eq)]
pub struct Explained {
    /// Byte offset of the caret.
    pub offset: usize,
    pub message: String,
    pub hint: Option<String>,
    /// Whether the caret moved away from where the parser stopped.
    pub moved: bool,
    /// How to undo the slip in a private copy of the text, where the rule
    /// knows it (see [`super::repair`]).
    pub fix: Option<(std::ops::Range<usize>, String)>,
}

/// Explains the parser's `message`, reported at byte `offset` of `text`.
pub fn explain(text: &str, offset: usize, message: &str) -> Explained {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_of = |at: usize| text[..at].matches('\n').count() + 1;
    for (quote, name) in [('"', "double-quoted"), ('\'', "single-quoted")] {
        if message.contains(&format!("after {name} scalar"))
            && let Some(open) = opening_quote(text, offset, quote)
            && line_of(open) < line_of(offset)
        {
            let line = line_of(offset);
            let (message, hint) = if quote == '"' {
                (
                    crate::t!("yaml-syntax-double-quote-open", line = line),
                    crate::t!("yaml-syntax-double-quote-open.hint"),
                )
            } else {
                (
                    crate::t!("yaml-syntax-single-quote-open", line = line),
                    crate::t!("yaml-syntax-single-quote-open.hint"),
                )
            };
            return Explained { fix: None, moved: true, offset: open, message, hint: Some(hint) };
        }
    }
    if message.contains("unclosed quote") {
        return Explained {
            fix: None,
            moved: false,
            offset,
            message: crate::t!("yaml-syntax-quote-unclosed"),
            hint: Some(crate::t!("yaml-syntax-quote-unclosed.hint")),
        };
    }
    if message.contains("tab") {
        let line_of_at = |at: usize| {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            (start, &text[start..end])
        };
        let (start, line) = line_of_at(offset);
        let indent = &line[..line.len() - line.trim_start().len()];
        let tab =
            indent.find('\t').map(|i| start + i).or_else(|| text[offset..].find('\t').map(|i| offset + i));
        if let Some(tab) = tab {
            let (start, line) = line_of_at(tab);
            let indented = line[..tab - start].trim().is_empty();
            // A tab in the indentation is the usual one; shown as →.
            let (message, hint) = if indented {
                let shown = line.trim_end().replace('\t', "→");
                (crate::t!("yaml-syntax-tab-indent", line = shown), crate::t!("yaml-syntax-tab-indent.hint"))
            } else {
                (crate::t!("yaml-syntax-tab"), crate::t!("yaml-syntax-tab.hint"))
            };
            return Explained { fix: None, moved: true, offset: tab, message, hint: Some(hint) };
        }
    }
    if (message.contains("mapping values are not allowed") || message.contains("did not find expected key"))
        && let Some(e) = over_indented(text, offset)
    {
        return e;
    }
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key).trim();
        return Explained {
            fix: None,
            moved: false,
            offset,
            message: crate::t!("yaml-syntax-duplicate-key", key = key),
            hint: Some(crate::t!("yaml-syntax-duplicate-key.hint", key = key)),
        };
    }
    let flow_trouble = ["':'", "flow", "']'", "'}'", "expected ','"].iter().any(|m| message.contains(m));
    if flow_trouble && let Some((open, bracket)) = unclosed_bracket(text, offset) {
        let close = if bracket == '[' { ']' } else { '}' };
        return Explained {
            fix: None,
            moved: true,
            offset: open,
            message: crate::t!(
                "yaml-syntax-unclosed-bracket",
                open = bracket.to_string(),
                close = close.to_string()
            ),
            hint: Some(crate::t!("yaml-syntax-unclosed-bracket.hint", close = close.to_string())),
        };
    }
    if message.contains("mapping values are not allowed") {
        return Explained {
            fix: None,
            moved: false,
            offset,
            message: crate::t!("yaml-syntax-colon"),
            hint: Some(crate::t!("yaml-syntax-colon.hint")),
        };
    }
    Explained {
        fix: None,
        moved: false,
        offset,
        message: crate::t!("yaml-syntax", message = message),
        hint: Some(crate::t!("yaml-syntax.hint")),
    }
}

/// A key indented more than the line above it, whose value is complete:
/// YAML reads the key as more of that value (`number: null` then
/// ` place: Ngọc Liên`).
fn over_indented(text: &str, offset: usize) -> Option<Explained> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let indent = line.len() - line.trim_start_matches(' ').len();
    let key = line
        .trim_start()
        .split_once(": ")
        .map(|(k, _)| k)
        .filter(|k| !k.starts_with(['-', '#', '"', '\'']))?;
    // The line above with content (not blank, not a comment).
    let above = text[..line_start.saturating_sub(1)]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let above_indent = above.len() - above.trim_start_matches(' ').len();
    let (_, value) = above.trim_start().trim_start_matches("- ").split_once(": ")?;
    let value = value.split(" #").next().unwrap_or("").trim();
    if indent <= above_indent || value.is_empty() || value.starts_with(['|', '>']) {
        return None;
    }
    let extra = indent - above_indent;
    Some(Explained {
        fix: Some((line_start..line_start + extra, String::new())),
        moved: true,
        offset: line_start,
        message: crate::t!("yaml-syntax-over-indented", key = key, spaces = extra),
        hint: Some(crate::t!("yaml-syntax-over-indented.hint", key = key, spaces = extra)),
    })
}

/// The quote that opens the quoted scalar whose closing quote is the last
/// `quote` before `offset`.
fn opening_quote(text: &str, offset: usize, quote: char) -> Option<usize> {
    let close = text[..offset].rfind(quote)?;
    let before = &text[..close];
    let mut at = before.len();
    while let Some(i) = before[..at].rfind(quote) {
        let escaped = match quote {
            '"' => before[..i].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1,
            // `''` is an apostrophe inside a single-quoted scalar.
            _ => before[..i].ends_with('\''),
        };
        if !escaped {
            return Some(i);
        }
        at = if quote == '\'' { i - 1 } else { i };
    }
    None
}

/// A flow `[` or `{` opened on one of the lines before the error and not
/// closed on its line: the usual cause of a confusing error below it.
fn unclosed_bracket(text: &str, offset: usize) -> Option<(usize, char)> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut end = line_start;
    // The error's own line and up to five before it.
    for _ in 0..6 {
        let start = text[..end.saturating_sub(1)].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = &text[start..line_end];
        if let Some((col, bracket)) = unbalanced_opener(line) {
            return Some((start + col, bracket));
        }
        if start == 0 {
            break;
        }
        end = start;
    }
    None
}

/// The first `[`/`{` opening a flow collection that the line leaves open,
/// outside quotes and comments.
fn unbalanced_opener(line: &str) -> Option<(usize, char)> {
    let value_start =
        line.find(": ").map(|i| i + 2).or_else(|| line.trim_start().strip_prefix("- ").map(|_| 0))?;
    let value = &line[value_start..];
    let trimmed = value.trim_start();
    if !trimmed.starts_with(['[', '{']) {
        return None;
    }
    let mut stack = Vec::new();
    let mut quote = None;
    for (i, c) in value.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') if value[..i].ends_with(' ') => break,
            (None, '[' | '{') => stack.push((value_start + i, c)),
            (None, ']' | '}') => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_double_quote_points_at_the_opening_quote() {
        let text = "a: 1\nplace: \"Ngọc Liên\nb: 2\nc: x \"y\" z\n";
        // The parser stops at `y`, after the quote it took as the closing one.
        let after = text.find("y\"").unwrap();
        let e = explain(text, after, "invalid trailing content after double-quoted scalar");
        assert_eq!(e.offset, text.find("\"Ngọc").unwrap());
        assert_eq!(
            e.message,
            "Giá trị mở bằng dấu ngoặc kép này không được đóng trên cùng dòng, nên kéo dài tới dòng 4"
        );
        let en = crate::i18n::with_lang(crate::i18n::Lang::En, || {
            explain(text, after, "invalid trailing content after double-quoted scalar")
        });
        assert_eq!(en.message, "this quoted value is not closed on its line; it runs on to line 4");
    }

    #[test]
    fn escaped_quotes_are_not_openings() {
        let text = "a: \"x \\\" y\nz\" w";
        let e = explain(text, text.len() - 1, "invalid trailing content after double-quoted scalar");
        assert_eq!(e.offset, 3);
        let text = "a: 'it''s\nz' w";
        let e = explain(text, text.len() - 1, "invalid trailing content after single-quoted scalar");
        assert_eq!(e.offset, 3);
    }

    #[test]
    fn a_tab_is_pointed_at() {
        let text = "number: null\n\tplace: x\n";
        let e = explain(text, 8, "while scanning a plain scalar, found a tab");
        assert_eq!(e.offset, text.find('\t').unwrap());
        assert_eq!(e.message, "Dòng này thụt lề bằng dấu tab (hiện là →): `→place: x`");
        let text = "number: null\nplace: x\t# y\n";
        let e = explain(text, 21, "while scanning a plain scalar, found a tab");
        assert_eq!(e.message, "Có dấu tab ở chỗ YAML cần dấu cách");
    }

    #[test]
    fn an_unclosed_bracket_on_a_line_above() {
        let text = "place: [Ngọc Liên\ndate: null\n";
        let e = explain(text, text.find(": null").unwrap(), "illegal placement of ':' indicator");
        assert_eq!(e.offset, text.find('[').unwrap());
        assert_eq!(e.message, "Dấu `[` này không được đóng bằng `]`");
        // A closed list, or a bracket inside quotes, is not the cause.
        assert_eq!(unbalanced_opener("report_to: [Sở Y tế]"), None);
        assert_eq!(unbalanced_opener("title: \"[x\""), None);
    }

    #[test]
    fn duplicate_keys_are_named() {
        let e = explain(
            "year: 1\nyear: 2\n",
            8,
            "duplicate mapping key: year, set DuplicateKeyPolicy in Options if acceptable",
        );
        assert_eq!(e.message, "Khóa `year` được viết hai lần ở cùng một cấp");
        assert_eq!(e.offset, 8);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]

        /// Whatever the text, offset and message, the caret lands on a
        /// character boundary inside the text, and nothing panics.
        #[test]
        fn any_error_is_explained_at_a_character(
            text in "[a-zđệ\"'\\\\\\[\\]{}:\\- \t\n#]{0,60}",
            offset in 0usize..80,
            message in proptest::sample::select(vec![
                "invalid trailing content after double-quoted scalar",
                "invalid trailing content after single-quoted scalar",
                "while scanning a plain scalar, found a tab",
                "duplicate mapping key: a, set DuplicateKeyPolicy",
                "illegal placement of ':' indicator",
                "did not find expected ',' or ']'",
                "unclosed quote",
                "mapping values are not allowed in this context",
                "something else",
            ]),
        ) {
            let e = explain(&text, offset, message);
            proptest::prop_assert!(e.offset <= text.len() && text.is_char_boundary(e.offset));
        }
    }
}
