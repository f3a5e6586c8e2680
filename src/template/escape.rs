//! User text → Typst markup that prints exactly that text.
//!
//! Two rules, applied to every value the templates print:
//!
//! 1. **Escaping.** Every character that can end a text run in Typst markup
//!    gets a backslash: `\` `/` `[` `]` `~` `-` `.` `'` `"` `*` `_` `$` `<`
//!    `>` `@` `#` `=` `+` and the backtick (read from typst-syntax's lexer).
//!    Exceptions: `/ . -` between two letters or digits (`1719/QĐ-TTg`,
//!    `18.2`) cannot leave the text run and stay as they are; a `(` or `;`
//!    at the start of a value, where it would continue or end an embedded
//!    expression a template put before the value, is escaped too. In markup
//!    `\` followed by any non-space character prints that character, so
//!    `#code`, `$math$`, `*strong*`, `_emph_`, `` `raw` ``, `<label>`,
//!    `@ref`, `// comment`, `= heading`, `- list`, `+ enum`, `1. enum`, `~`,
//!    `--`, `...`, `-1` (minus sign), smart quotes and `http://` links all
//!    print as typed. Runs of whitespace that contain a line break become
//!    one space, so a value never starts a new markup line or paragraph.
//!    Inert punctuation (`, ; : ! ? % & | ^ ( ) { }`) and all non-ASCII
//!    text, Vietnamese included, pass through, which keeps the source
//!    readable.
//! 2. **Inline syntax**, the little users may write: `**bold**`,
//!    `*italic*` and `^[a footnote]`. An emphasis marker opens only before a
//!    non-space character and not inside a word, and closes only after a
//!    non-space character and not inside a word, so `5 * 3`, `a*b*c` and a
//!    lone `**` print as they are; `\*` prints a literal star; a run of
//!    three or more stars is text. A closer closes the nearest open marker
//!    of its kind (markers opened after that one print as typed); italic
//!    does not open directly inside italic, nor bold inside bold. A
//!    footnote needs its closing `]` (`\]` inside it is a literal bracket,
//!    and brackets inside it pair up); emphasis never crosses a footnote's
//!    bracket. Whatever does not pair prints as typed. Each call is written
//!    `#strong[…];`: the `;` ends the embedded expression, so the character
//!    typed after the markup (`;`, `(`, `[`, `.x`, anything) is markup text,
//!    escaped by rule 1, and never part of the call. Parsing is linear in the
//!    text's length and never recurses; markup nested deeper than
//!    [`INLINE_MAX_DEPTH`] is refused when a document is loaded and prints
//!    as typed if it reaches a template anyway.

use crate::limits::INLINE_MAX_DEPTH;

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
        if (is_markup_special(c) && !in_word) || (at_start && matches!(c, '(' | ';')) {
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

/// A piece of user text after reading its inline markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Footnote(Vec<Inline>),
}

/// Inline markup that nests deeper than [`INLINE_MAX_DEPTH`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep {
    /// How many levels the text nests.
    pub depth: usize,
    /// Byte offset in the text of the first marker beyond the limit.
    pub at: usize,
}

/// Reads `**bold**`, `*italic*`, `^[footnotes]` and `\*` in user text, in
/// time linear in its length. Markup nested deeper than
/// [`INLINE_MAX_DEPTH`] prints as typed (loading refuses it first: see
/// [`check_depth`]).
pub fn parse_inline(text: &str) -> Vec<Inline> {
    parse(text).0
}

/// How many pieces of inline markup (`**…**`, `*…*`, `^[…]`) `text` holds.
pub fn inline_spans(text: &str) -> usize {
    fn count(items: &[Inline]) -> usize {
        items
            .iter()
            .map(|i| match i {
                Inline::Text(_) => 0,
                Inline::Strong(c) | Inline::Emph(c) | Inline::Footnote(c) => 1 + count(c),
            })
            .sum()
    }
    if !text.contains(['*', '^']) {
        return 0;
    }
    count(&parse_inline(text))
}

/// Whether the inline markup of `text` nests within [`INLINE_MAX_DEPTH`].
pub fn check_depth(text: &str) -> Result<(), TooDeep> {
    if !text.contains(['*', '^']) {
        return Ok(());
    }
    match parse(text).1 {
        Some(deep) => Err(deep),
        None => Ok(()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Strong,
    Emph,
    Note,
}

/// What the scan makes of the text: runs of text, and markers that are
/// paired (`partner`: the index of the other marker) or print as typed.
enum Token {
    Text(String),
    Marker { kind: Kind, at: usize, len: usize, partner: Option<usize> },
}

/// An opened marker waiting for its closer during the scan.
struct Frame {
    kind: Kind,
    token: usize,
    /// The nearest open `**` and `*` below this frame and above the
    /// innermost footnote (emphasis never crosses a footnote's bracket).
    strong: Option<usize>,
    emph: Option<usize>,
}

/// The open frame of `kind` a closer would close: the nearest one above
/// the innermost footnote. O(1): each frame remembers those below it.
fn nearest(stack: &[Frame], kind: Kind) -> Option<usize> {
    let top = stack.len().checked_sub(1)?;
    let f = &stack[top];
    match f.kind {
        Kind::Note => None,
        k if k == kind => Some(top),
        _ if kind == Kind::Strong => f.strong,
        _ => f.emph,
    }
}

/// Pass 1: the footnotes. For each `^[` that opens one, the index of the
/// `]` that closes it: inside a footnote `[` and `]` pair up and `\` makes
/// the next character plain. A `^[` never closed, or closed at once
/// (`^[]`), is text.
fn footnotes(chars: &[char]) -> std::collections::HashMap<usize, usize> {
    let mut closes = std::collections::HashMap::new();
    // Open brackets: `Some(i)` for a `^[` at `i`, `None` for a plain `[`.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if !open.is_empty() => i += 1,
            '^' if chars.get(i + 1) == Some(&'[') => {
                open.push(Some(i));
                i += 1;
            }
            '[' if !open.is_empty() => open.push(None),
            ']' => {
                if let Some(Some(start)) = open.pop()
                    && i > start + 2
                {
                    closes.insert(start, i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    closes
}

fn push_text(tokens: &mut Vec<Token>, s: &str) {
    match tokens.last_mut() {
        Some(Token::Text(t)) => t.push_str(s),
        _ => tokens.push(Token::Text(s.to_string())),
    }
}

/// The inline markup of `text`, and whether it nests too deep.
///
/// One left-to-right scan with a stack of open markers, each character
/// looked at a bounded number of times, and no recursion: linear time and
/// constant stack, whatever the input.
fn parse(text: &str) -> (Vec<Inline>, Option<TooDeep>) {
    let (offsets, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
    let n = chars.len();
    let notes = footnotes(&chars);
    let mut tokens: Vec<Token> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Open footnotes: their index in `stack` and the index of their `]`.
    let mut open_notes: Vec<(usize, usize)> = Vec::new();
    let mut buf = [0u8; 4];
    let mut i = 0;
    while i < n {
        let c = chars[i];
        // `\*` is a literal star; inside a footnote `\]` is a literal
        // bracket and any other `\x` prints as typed.
        if c == '\\' && i + 1 < n && (!open_notes.is_empty() || chars[i + 1] == '*') {
            let next = chars[i + 1];
            if !matches!(next, '*' | ']') {
                push_text(&mut tokens, "\\");
            }
            push_text(&mut tokens, next.encode_utf8(&mut buf));
            i += 2;
            continue;
        }
        if c == '^'
            && let Some(&close) = notes.get(&i)
        {
            tokens.push(Token::Marker { kind: Kind::Note, at: offsets[i], len: 2, partner: None });
            open_notes.push((stack.len(), close));
            stack.push(Frame { kind: Kind::Note, token: tokens.len() - 1, strong: None, emph: None });
            i += 2;
            continue;
        }
        if c == ']'
            && let Some(&(frame, close)) = open_notes.last()
            && close == i
        {
            // Emphasis opened inside the footnote and never closed is text.
            stack.truncate(frame + 1);
            if let Some(f) = stack.pop() {
                close_pair(&mut tokens, f.token, Kind::Note, offsets[i], 1);
            }
            open_notes.pop();
            i += 1;
            continue;
        }
        if c == '*' {
            let len = chars[i..].iter().take_while(|&&c| c == '*').count();
            if len <= 2 {
                let kind = if len == 2 { Kind::Strong } else { Kind::Emph };
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + len).copied();
                // Emphasis hugs its text: it opens before a non-space, not
                // inside a word, and closes after a non-space, not inside a word.
                let can_open =
                    after.is_some_and(|a| !a.is_whitespace()) && !before.is_some_and(char::is_alphanumeric);
                let can_close =
                    before.is_some_and(|b| !b.is_whitespace()) && !after.is_some_and(char::is_alphanumeric);
                if can_close && let Some(frame) = nearest(&stack, kind) {
                    // Markers opened after the one this closes stay text.
                    stack.truncate(frame + 1);
                    if let Some(f) = stack.pop() {
                        close_pair(&mut tokens, f.token, kind, offsets[i], len);
                    }
                    i += len;
                    continue;
                }
                // `*a *b* c*`: no italic inside italic, as before.
                if can_open && !stack.last().is_some_and(|f| f.kind == kind) {
                    let (strong, emph) = (nearest(&stack, Kind::Strong), nearest(&stack, Kind::Emph));
                    tokens.push(Token::Marker { kind, at: offsets[i], len, partner: None });
                    stack.push(Frame { kind, token: tokens.len() - 1, strong, emph });
                    i += len;
                    continue;
                }
            }
            push_text(&mut tokens, &text[offsets[i]..offsets[i] + len]);
            i += len;
            continue;
        }
        push_text(&mut tokens, c.encode_utf8(&mut buf));
        i += 1;
    }
    build(text, tokens)
}

/// Adds the closer of the marker `tokens[opener]` and pairs the two.
fn close_pair(tokens: &mut Vec<Token>, opener: usize, kind: Kind, at: usize, len: usize) {
    let closer = tokens.len();
    if let Some(Token::Marker { partner, .. }) = tokens.get_mut(opener) {
        *partner = Some(closer);
    }
    tokens.push(Token::Marker { kind, at, len, partner: Some(opener) });
}

/// Tokens → the tree of [`Inline`]s, iteratively. Pairs nested deeper than
/// [`INLINE_MAX_DEPTH`] print as typed, so the tree (and everything that
/// walks it recursively) stays shallow.
fn build(text: &str, tokens: Vec<Token>) -> (Vec<Inline>, Option<TooDeep>) {
    let mut parents: Vec<Vec<Inline>> = Vec::new();
    let mut items: Vec<Inline> = Vec::new();
    let mut run = String::new();
    // Pairs open here, counting those too deep to build.
    let mut depth = 0;
    let mut too_deep: Option<TooDeep> = None;
    for (index, token) in tokens.into_iter().enumerate() {
        let (kind, at, len, partner) = match token {
            Token::Text(t) => {
                run.push_str(&t);
                continue;
            }
            Token::Marker { kind, at, len, partner } => (kind, at, len, partner),
        };
        let typed = &text[at..at + len];
        match partner {
            None => run.push_str(typed),
            Some(p) if p > index => {
                depth += 1;
                if depth > INLINE_MAX_DEPTH {
                    let deep = too_deep.get_or_insert(TooDeep { depth, at });
                    deep.depth = deep.depth.max(depth);
                    run.push_str(typed);
                } else {
                    if !run.is_empty() {
                        items.push(Inline::Text(std::mem::take(&mut run)));
                    }
                    parents.push(std::mem::take(&mut items));
                }
            }
            Some(_) => {
                if depth > INLINE_MAX_DEPTH {
                    run.push_str(typed);
                } else {
                    if !run.is_empty() {
                        items.push(Inline::Text(std::mem::take(&mut run)));
                    }
                    let inner = std::mem::replace(&mut items, parents.pop().unwrap_or_default());
                    items.push(match kind {
                        Kind::Strong => Inline::Strong(inner),
                        Kind::Emph => Inline::Emph(inner),
                        Kind::Note => Inline::Footnote(inner),
                    });
                }
                depth -= 1;
            }
        }
    }
    if !run.is_empty() {
        items.push(Inline::Text(run));
    }
    (items, too_deep)
}

/// User text → Typst markup: emphasis as `#strong[…];`, `#emph[…];`,
/// footnotes as `#footnote[…];`, everything else escaped. The `;` ends
/// each call, so nothing typed after it (`;`, `(`, `[`, `.x`) can continue
/// the call: Typst reads it as markup, where it is escaped.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    render(&parse_inline(text), &mut out);
    out
}

fn render(items: &[Inline], out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        let (call, inner) = match item {
            // A value may follow an expression in a template.
            Inline::Text(t) => {
                escape_into(out, t, i == 0);
                continue;
            }
            Inline::Strong(inner) => ("#strong[", inner),
            Inline::Emph(inner) => ("#emph[", inner),
            Inline::Footnote(inner) => ("#footnote[", inner),
        };
        out.push_str(call);
        render(inner, out);
        out.push_str("];");
    }
}

/// The text a reader sees once inline markup is applied (footnotes inline).
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
        // A leading parenthesis or semicolon could continue or end an
        // expression before the value.
        assert_eq!(escape("(b)"), "\\(b)");
        assert_eq!(escape(";b;"), "\\;b;");
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
            "\\(#emph[sau đây gọi tắt là Chương trình];)"
        );
        assert_eq!(markup("**Lưu ý:** xem"), "#strong[Lưu ý:]; xem");
        assert_eq!(markup("**đậm *nghiêng* đậm**"), "#strong[đậm #emph[nghiêng]; đậm];");
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
            "Kinh phí#footnote[Theo Quyết định số 2624/QĐ-UBND\\.];\\."
        );
        assert_eq!(markup("a^[b [c] d]"), "a#footnote[b \\[c\\] d];");
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

    /// Every ASCII punctuation character.
    const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// Lays out the markup of each text on a page of its own, in the
    /// embedded font, on pages wide enough for one line. Per page: the body
    /// line and the footnote lines, each the text of its runs left to right.
    fn printed(texts: &[String]) -> Vec<(String, Vec<String>)> {
        use crate::typeset::inspect::{Layout, TextRun};
        let pages: Vec<String> = texts.iter().map(|t| markup(t)).collect();
        let source = format!(
            "#set page(width: 60cm, height: 12cm, margin: 1cm)\n#set text(font: {}, size: 11pt)\n{}",
            string_literal(crate::typeset::fonts::EMBEDDED_FAMILY),
            pages.join("\n#pagebreak()\n")
        );
        let typesetter = crate::typeset::Typesetter::embedded();
        let world = typesetter.world(source.clone(), None, None);
        let compiled = typesetter.compile(&world).unwrap_or_else(|e| panic!("{e}\n{source}"));
        assert!(compiled.warnings.is_empty(), "{:?}", compiled.warnings);
        let layout = Layout::of(&compiled.document);
        assert_eq!(layout.pages.len(), texts.len(), "{source}");
        // Lines by baseline: a footnote number is raised a little above its
        // line, footnotes are a line apart.
        let lines = |runs: Vec<&TextRun>| -> Vec<String> {
            let mut runs = runs;
            runs.sort_by(|a, b| a.y.total_cmp(&b.y));
            let mut lines: Vec<Vec<&TextRun>> = Vec::new();
            for r in runs {
                match lines.last_mut() {
                    Some(l) if r.y - l[0].y < 6.0 => l.push(r),
                    _ => lines.push(vec![r]),
                }
            }
            lines
                .into_iter()
                .map(|mut l| {
                    l.sort_by(|a, b| a.x.total_cmp(&b.x));
                    l.iter().map(|r| r.text.as_str()).collect()
                })
                .collect()
        };
        (1..=texts.len())
            .map(|p| {
                let half = layout.pages[p - 1].1 / 2.0;
                let (body, notes): (Vec<&TextRun>, Vec<&TextRun>) =
                    layout.page_texts(p).partition(|r| r.y < half);
                let body = lines(body);
                assert!(body.len() <= 1, "page {p}: {body:?}");
                (body.concat(), lines(notes))
            })
            .collect()
    }

    #[test]
    fn a_semicolon_after_markup_is_printed() {
        // Typst ends an embedded expression at `;`: `#strong[hai]; ba` lost it.
        let text = "Một **hai**; ba *bốn*; năm^[chú thích]; sáu";
        assert_eq!(markup(text), "Một #strong[hai];; ba #emph[bốn];; năm#footnote[chú thích];; sáu");
        let printed = printed(&[text.to_string()]);
        assert_eq!(printed, [("Một hai; ba bốn; năm1; sáu".to_string(), vec!["1chú thích".to_string()])]);
    }

    #[test]
    fn every_ascii_punctuation_character_after_markup_is_printed() {
        // Right after `**x**`, `*x*` and `^[x]`, then a letter (`.y` would be
        // a field access, `(y` arguments) or a space.
        let mut cases = Vec::new();
        for p in PUNCTUATION.chars() {
            for tail in ["y", " y"] {
                // Typst drops a space before a footnote's number: none here.
                for (call, shown) in [("a **x**", "x"), ("a *x*", "x"), ("a^[x]", "")] {
                    let input = format!("{call}{p}{tail}");
                    // A star right after a star marker makes one run of
                    // stars: no marker there, the text prints as typed.
                    let body = if p == '*' && shown == "x" {
                        input.clone()
                    } else if shown.is_empty() {
                        format!("a{}{p}{tail}", cases.iter().filter(|(_, _, n)| *n).count() + 1)
                    } else {
                        format!("a x{p}{tail}")
                    };
                    cases.push((input, body, shown.is_empty()));
                }
            }
        }
        let texts: Vec<String> = cases.iter().map(|(input, _, _)| input.clone()).collect();
        let mut note = 0;
        for ((input, body, has_note), (got_body, got_notes)) in cases.iter().zip(printed(&texts)) {
            assert_eq!(&got_body, body, "{input:?} → {:?}", markup(input));
            let notes: Vec<String> = if *has_note {
                note += 1;
                vec![format!("{note}x")]
            } else {
                vec![]
            };
            assert_eq!(got_notes, notes, "{input:?} → {:?}", markup(input));
        }
    }

    #[test]
    fn calls_end_at_their_semicolon() {
        // Whatever follows, the call is exactly ours, closed by `;`, and the
        // rest of the source is markup.
        for p in PUNCTUATION.chars().filter(|&p| p != '*') {
            for (input, call) in [
                (format!("**x**{p}y"), "#strong[x];"),
                (format!("*x*{p}y"), "#emph[x];"),
                (format!("^[x]{p}y"), "#footnote[x];"),
            ] {
                let m = markup(&input);
                assert!(m.starts_with(call), "{input:?} → {m:?}");
                let root = typst::syntax::parse(&m);
                assert!(root.errors_and_warnings().0.is_empty(), "{input:?} → {m:?}");
                let calls: Vec<_> =
                    root.children().filter(|n| n.kind() == typst::syntax::SyntaxKind::FuncCall).collect();
                assert_eq!(calls.len(), 1, "{input:?} → {m:?}");
                assert_eq!(calls[0].full_text(), &call[1..call.len() - 1], "{input:?}");
            }
        }
    }

    #[test]
    fn nesting_builds_a_tree() {
        use Inline::*;
        let t = |s: &str| Text(s.to_string());
        assert_eq!(
            parse_inline("x^[**a *b* c**] y"),
            [t("x"), Footnote(vec![Strong(vec![t("a "), Emph(vec![t("b")]), t(" c")])]), t(" y")]
        );
        // The nearest opener of the kind closes; those opened after it stay text.
        assert_eq!(parse_inline("**a *b** c"), [Strong(vec![t("a *b")]), t(" c")]);
        // No italic directly inside italic.
        assert_eq!(parse_inline("*a *b* c*"), [Emph(vec![t("a *b")]), t(" c*")]);
        // Emphasis does not cross a footnote's bracket.
        assert_eq!(parse_inline("*a ^[b* c]"), [t("*a "), Footnote(vec![t("b* c")])]);
        assert_eq!(
            parse_inline("^[a]*b ^[c]*"),
            [Footnote(vec![t("a")]), Emph(vec![t("b "), Footnote(vec![t("c")])])]
        );
        // Inside a footnote `\]` is a bracket, and brackets pair up.
        assert_eq!(parse_inline("^[a \\] [b] \\*c]"), [Footnote(vec![t("a ] [b] *c")])]);
        // Runs of three or more stars are text.
        assert_eq!(parse_inline("***a***"), [t("***a***")]);
        assert_eq!(plain("**a** ***b*** *c*"), "a ***b*** c");
    }

    /// `depth` levels of alternating `*`/`**`, or footnotes, around `x`.
    fn nested(depth: usize, footnotes: bool) -> String {
        let (mut open, mut close) = (String::new(), String::new());
        for level in 0..depth {
            let (o, c) = match (footnotes, level % 2) {
                (true, _) => ("^[", "]"),
                (false, 0) => ("*a ", " a*"),
                (false, _) => ("**b ", " b**"),
            };
            open.push_str(o);
            close.insert_str(0, c);
        }
        format!("{open}x{close}")
    }

    fn depth_of(items: &[Inline]) -> usize {
        items
            .iter()
            .map(|i| match i {
                Inline::Text(_) => 0,
                Inline::Strong(i) | Inline::Emph(i) | Inline::Footnote(i) => 1 + depth_of(i),
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn nesting_is_limited() {
        for footnotes in [false, true] {
            let ok = nested(INLINE_MAX_DEPTH, footnotes);
            assert_eq!(check_depth(&ok), Ok(()));
            assert_eq!(depth_of(&parse_inline(&ok)), INLINE_MAX_DEPTH);
            let deep = nested(INLINE_MAX_DEPTH + 3, footnotes);
            let err = check_depth(&deep).unwrap_err();
            assert_eq!(err.depth, INLINE_MAX_DEPTH + 3, "{deep}");
            let marker = if footnotes {
                "^["
            } else if INLINE_MAX_DEPTH.is_multiple_of(2) {
                "*a"
            } else {
                "**b"
            };
            assert!(deep[err.at..].starts_with(marker), "{deep} at {}", err.at);
            assert_eq!(deep[..err.at].matches(['^', 'a', 'b']).count(), INLINE_MAX_DEPTH, "{deep}");
            // Rendering never builds the levels beyond: they print as typed.
            let items = parse_inline(&deep);
            assert_eq!(depth_of(&items), INLINE_MAX_DEPTH);
            assert!(plain(&deep).contains(&nested(3, footnotes)), "{}", plain(&deep));
        }
    }

    /// Runs `f` on a thread of its own and fails if it takes more than 20 s
    /// (a guard against a hang, not a timing).
    fn within_20s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(f()));
        rx.recv_timeout(std::time::Duration::from_secs(20)).expect("finished within 20 s")
    }

    #[test]
    fn alternating_markers_parse_in_linear_time() {
        // 44 alternating `*a`/`**a` took longer than a minute before.
        let short: String = (0..44).map(|i| if i % 2 == 0 { "*a " } else { "**a " }).collect();
        // About 200 KB of markers, openers only, closers only, and both.
        let openers: String = (0..40_000).map(|i| if i % 2 == 0 { "*a " } else { "**a " }).collect();
        let closers: String = (0..40_000).map(|i| if i % 2 == 0 { "a* " } else { "a** " }).collect();
        let both = format!("{openers}{closers}");
        assert!(both.len() >= 200_000, "{}", both.len());
        let out = within_20s(move || {
            [short, openers, closers, both]
                .map(|s| (plain(&s) == s, markup(&s).len() > s.len(), check_depth(&s).is_ok()))
        });
        // Unpaired markers print as typed; the pairs of the last nest
        // 40,000 deep, which is refused.
        assert_eq!(out, [(true, true, true), (true, true, true), (true, true, true), (false, true, false)]);
    }

    #[test]
    fn deep_nesting_neither_overflows_nor_builds_deep() {
        // 50,000 footnotes and 60,000 levels of emphasis overflowed the stack.
        let notes = format!("{}x{}", "^[".repeat(50_000), "]".repeat(50_000));
        let emphasis = nested(60_000, false);
        let out = within_20s(move || {
            let items = [parse_inline(&notes), parse_inline(&emphasis)];
            (
                items.each_ref().map(|i| depth_of(i)),
                check_depth(&notes),
                check_depth(&emphasis),
                markup(&notes).len(),
            )
        });
        assert_eq!(out.0, [INLINE_MAX_DEPTH; 2]);
        assert_eq!(out.1.unwrap_err().depth, 50_000);
        assert_eq!(out.2.unwrap_err().depth, 60_000);
        assert!(out.3 > 150_000);
    }

    #[test]
    fn lone_markers_print_as_typed() {
        let cases =
            ["*", "**", "***", "* a *", "*a", "a*", "**a", "a**", "^[", "^[]", "]", "^[a", "\\", "a\\] b"];
        for (s, (body, notes)) in cases.iter().zip(printed(&cases.map(String::from))) {
            assert_eq!((body.as_str(), notes.len()), (*s, 0), "{s:?} → {:?}", markup(s));
        }
    }
}
