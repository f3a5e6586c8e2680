//! User text → Typst markup that prints exactly that text.
//!
//! Two rules, applied to every value the templates print:
//!
//! 1. **Escaping.** Every character that can end a text run in Typst markup
//!    gets a backslash: `\` `/` `[` `]` `~` `-` `.` `'` `"` `*` `_` `$` `<`
//!    `>` `@` `#` `=` `+` and the backtick (read from typst-syntax's lexer).
//!    Exceptions: `/ . -` between two letters or digits (`1719/QĐ-TTg`,
//!    `18.2`) cannot leave the text run and stay as they are; a `(` at the
//!    start of a value or right after emphasis, where it would continue an
//!    embedded expression, is escaped too. In markup `\` followed by any
//!    non-space character prints that character, so `#code`, `$math$`,
//!    `*strong*`, `_emph_`, `` `raw` ``, `<label>`, `@ref`, `// comment`,
//!    `= heading`, `- list`, `+ enum`, `1. enum`, `~`, `--`, `...`, `-1`
//!    (minus sign), smart quotes and `http://` links all print as typed.
//!    Runs of whitespace that contain a line break become one space, so a
//!    value never starts a new markup line or paragraph. Inert punctuation
//!    (`, ; : ! ? % & | ^ ( ) { }`) and all non-ASCII text, Vietnamese
//!    included, pass through, which keeps the source readable.
//! 2. **Inline syntax**, the little users may write: `**bold**`,
//!    `*italic*` and `^[a footnote]`. An emphasis marker opens only before a
//!    non-space character and not inside a word, and closes only after a
//!    non-space character and not inside a word, so `5 * 3`, `a*b*c` and a
//!    lone `**` print as they are; `\*` prints a literal star. A footnote
//!    needs its closing `]` (`\]` inside it is a literal bracket).

/// Characters that Typst's markup lexer treats as more than text.
fn is_markup_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '/'
            | '['
            | ']'
            | '~'
            | '-'
            | '.'
            | '\''
            | '"'
            | '*'
            | '_'
            | '`'
            | '$'
            | '<'
            | '>'
            | '@'
            | '#'
            | '='
            | '+'
    )
}

/// Escapes `text` for Typst markup, without interpreting any emphasis.
/// `after_code` says that the text directly follows an embedded expression
/// (or starts a value, which a template might place there).
pub fn escape_into(out: &mut String, text: &str, after_code: bool) {
    let mut chars = text.chars().peekable();
    let mut first = after_code;
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        let at_start = std::mem::take(&mut first);
        if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' {
            // Collapse a whitespace run; keep one line break's worth of space.
            let mut run = String::from(c);
            while let Some(&n) = chars.peek() {
                if n.is_whitespace() && n != '\u{a0}' && n != '\u{202f}' {
                    run.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            if run.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{b}', '\u{c}']) {
                out.push(' ');
            } else {
                out.push_str(&run);
            }
            prev = Some(' ');
            continue;
        }
        // Inside a word (`1719/QĐ-TTg`, `18.2`, `2021-2030`) a slash, dot or
        // hyphen continues Typst's text run and means nothing; anywhere else
        // it may start a comment, a list, a shorthand or a minus sign.
        let in_word = matches!(c, '/' | '.' | '-')
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if (is_markup_special(c) && !in_word) || (at_start && c == '(') {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
}

/// Escapes plain text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text, true);
    out
}

/// A Typst string literal (`"…"`) for the few values templates pass in code
/// position (the font family, the PDF author).
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A piece of user text after reading its emphasis markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Footnote(Vec<Inline>),
}

/// Reads `**bold**`, `*italic*` and `\*` in user text.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    parse_range(&chars, 0, chars.len(), &mut out, false);
    out
}

fn is_word(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space(c: Option<&char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// The number of stars at `i` (1 or 2, or 0), not counting escaped ones.
fn marker_at(chars: &[char], i: usize, end: usize) -> usize {
    if chars[i] != '*' {
        return 0;
    }
    if i + 1 < end && chars[i + 1] == '*' { 2 } else { 1 }
}

fn can_open(chars: &[char], i: usize, len: usize, end: usize) -> bool {
    let before = if i == 0 { None } else { chars.get(i - 1) };
    let after = if i + len < end { chars.get(i + len) } else { None };
    !is_space(after) && !is_word(before) && after != Some(&'*')
}

fn can_close(chars: &[char], i: usize, len: usize, end: usize, start: usize) -> bool {
    let before = if i == start { None } else { chars.get(i - 1) };
    let after = if i + len < end { chars.get(i + len) } else { None };
    !is_space(before) && !is_word(after) && before != Some(&'*') && after != Some(&'*')
}

/// Finds the closer for an opener of `len` stars whose content starts at `from`.
fn find_closer(chars: &[char], from: usize, end: usize, len: usize) -> Option<usize> {
    let mut i = from;
    while i < end {
        match chars[i] {
            '\\' if i + 1 < end && chars[i + 1] == '*' => i += 2,
            '*' => {
                let run = marker_at(chars, i, end);
                if run == len && i > from && can_close(chars, i, len, end, from) {
                    return Some(i);
                }
                // Skip a nested pair of the other kind as a unit.
                if run != len
                    && can_open(chars, i, run, end)
                    && let Some(c) = find_closer(chars, i + run, end, run)
                {
                    i = c + run;
                    continue;
                }
                i += run.max(1);
            }
            _ => i += 1,
        }
    }
    None
}

/// The index of the `]` closing a footnote whose text starts at `from`.
fn footnote_end(chars: &[char], from: usize, end: usize) -> Option<usize> {
    let mut depth = 0;
    let mut i = from;
    while i < end {
        match chars[i] {
            '\\' if i + 1 < end => i += 1,
            '[' => depth += 1,
            ']' if depth == 0 => return Some(i),
            ']' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

fn parse_range(chars: &[char], start: usize, end: usize, out: &mut Vec<Inline>, in_note: bool) {
    let mut text = String::new();
    let mut i = start;
    while i < end {
        let c = chars[i];
        if in_note && c == '\\' && i + 1 < end && chars[i + 1] == ']' {
            text.push(']');
            i += 2;
            continue;
        }
        if c == '^'
            && chars.get(i + 1) == Some(&'[')
            && let Some(close) = footnote_end(chars, i + 2, end)
            && close > i + 2
        {
            if !text.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut text)));
            }
            let mut inner = Vec::new();
            parse_range(chars, i + 2, close, &mut inner, true);
            out.push(Inline::Footnote(inner));
            i = close + 1;
            continue;
        }
        if c == '\\' && i + 1 < end && chars[i + 1] == '*' {
            text.push('*');
            i += 2;
            continue;
        }
        if c == '*' {
            let len = marker_at(chars, i, end);
            if can_open(chars, i, len, end)
                && let Some(close) = find_closer(chars, i + len, end, len)
            {
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                let mut inner = Vec::new();
                parse_range(chars, i + len, close, &mut inner, in_note);
                out.push(if len == 2 { Inline::Strong(inner) } else { Inline::Emph(inner) });
                i = close + len;
                continue;
            }
            for _ in 0..len {
                text.push('*');
            }
            i += len;
            continue;
        }
        text.push(c);
        i += 1;
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
}

/// User text → Typst markup: emphasis as `#strong[…]`/`#emph[…]`, everything
/// else escaped.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    render(&parse_inline(text), &mut out);
    out
}

fn render(items: &[Inline], out: &mut String) {
    // A value may follow an expression in a template, and text after
    // `#emph[…]` certainly does.
    for (i, item) in items.iter().enumerate() {
        match item {
            Inline::Text(t) => escape_into(out, t, i == 0 || !matches!(items[i - 1], Inline::Text(_))),
            Inline::Strong(inner) => {
                out.push_str("#strong[");
                render(inner, out);
                out.push(']');
            }
            Inline::Emph(inner) => {
                out.push_str("#emph[");
                render(inner, out);
                out.push(']');
            }
            Inline::Footnote(inner) => {
                out.push_str("#footnote[");
                render(inner, out);
                out.push(']');
            }
        }
    }
}

/// The text a reader sees once emphasis markers are applied.
pub fn plain(text: &str) -> String {
    fn walk(items: &[Inline], out: &mut String) {
        for item in items {
            match item {
                Inline::Text(t) => out.push_str(t),
                Inline::Strong(i) | Inline::Emph(i) | Inline::Footnote(i) => walk(i, out),
            }
        }
    }
    let mut out = String::new();
    walk(&parse_inline(text), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_ascii_punctuation_character() {
        assert_eq!(escape("#read(\"/etc/passwd\")"), "\\#read(\\\"\\/etc/passwd\\\")");
        assert_eq!(escape("a_b $x$ <l> @r"), "a\\_b \\$x\\$ \\<l\\> \\@r");
        assert_eq!(escape("Ngọc Liên, 2021-2030: (a); 5%"), "Ngọc Liên, 2021-2030: (a); 5%");
        assert_eq!(escape("Số 1719/QĐ-TTg, 18.2"), "Số 1719/QĐ-TTg, 18.2");
        // Outside words the same characters are escaped.
        assert_eq!(
            escape("tế - xã // c 1. x -5 a--b ..."),
            "tế \\- xã \\/\\/ c 1\\. x \\-5 a\\-\\-b \\.\\.\\."
        );
        // A leading parenthesis could continue an expression before the value.
        assert_eq!(escape("(b)"), "\\(b)");
    }

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(string_literal("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u{1}\"");
    }

    #[test]
    fn line_breaks_become_one_space() {
        assert_eq!(escape("a\n\n= b"), "a \\= b");
        assert_eq!(escape("a  b"), "a  b");
        assert_eq!(escape("a\u{a0}\u{a0}b"), "a\u{a0}\u{a0}b");
    }

    #[test]
    fn paired_markers_make_emphasis() {
        assert_eq!(
            markup("(*sau đây gọi tắt là Chương trình*)"),
            "\\(#emph[sau đây gọi tắt là Chương trình])"
        );
        assert_eq!(markup("**Lưu ý:** xem"), "#strong[Lưu ý:] xem");
        assert_eq!(markup("**đậm *nghiêng* đậm**"), "#strong[đậm #emph[nghiêng] đậm]");
    }

    #[test]
    fn lone_and_intraword_markers_are_literal() {
        assert_eq!(plain("5 * 3"), "5 * 3");
        assert_eq!(plain("a*b*c"), "a*b*c");
        assert_eq!(plain("**"), "**");
        assert_eq!(plain("*"), "*");
        assert_eq!(plain("* a *"), "* a *");
        assert_eq!(plain("2*3 = 6*"), "2*3 = 6*");
        assert_eq!(plain("a_b_c"), "a_b_c");
        assert_eq!(plain("***"), "***");
    }

    #[test]
    fn footnotes() {
        assert_eq!(
            markup("Kinh phí^[Theo Quyết định số 2624/QĐ-UBND.]."),
            "Kinh phí#footnote[Theo Quyết định số 2624/QĐ-UBND\\.]\\."
        );
        assert_eq!(markup("a^[b [c] d]"), "a#footnote[b \\[c\\] d]");
        // Not closed, or empty: literal.
        assert_eq!(plain("x^[y"), "x^[y");
        assert_eq!(plain("x^[]"), "x^[]");
        assert_eq!(plain("2^3"), "2^3");
        assert_eq!(plain("a\\] b"), "a\\] b");
    }

    #[test]
    fn backslash_star_is_a_literal_star() {
        assert_eq!(plain("\\*không nghiêng\\*"), "*không nghiêng*");
        assert_eq!(markup("\\*x\\*"), "\\*x\\*");
        assert_eq!(plain("C:\\path\\"), "C:\\path\\");
    }

    #[test]
    fn emphasis_output_parses_as_markup_only() {
        for s in ["*a*(b)", "**a**[b]", "*a*.b", "*x*#y", "*x*-1"] {
            let m = markup(s);
            // The character after `]` is escaped, so it cannot continue the call.
            assert!(m.contains("]\\"), "{s} → {m}");
        }
    }
}
