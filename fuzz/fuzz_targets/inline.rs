//! The inline markup parser and escaping (`src/template/escape.rs`): any
//! text becomes Typst markup that parses without an error, holds no code
//! but our own `#strong[…];`, `#emph[…];` and `#footnote[…];`, prints every
//! character the reader should see, and nests no deeper than the limit.
//! Linear time is checked by libFuzzer's `-timeout` on long inputs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use typst::syntax::{SyntaxKind, SyntaxNode};
use vanban::limits::INLINE_MAX_DEPTH;
use vanban::template::escape::{self, Inline};

fuzz_target!(|data: &[u8]| check(&String::from_utf8_lossy(data)));

fn check(text: &str) {
    let items = escape::parse_inline(text);
    let depth = depth_of(&items);
    assert!(depth <= INLINE_MAX_DEPTH, "the tree nests {depth} levels");
    match escape::check_depth(text) {
        Ok(()) => {}
        Err(deep) => {
            assert!(deep.depth > INLINE_MAX_DEPTH && deep.at < text.len(), "{deep:?}");
            assert!(matches!(&text[deep.at..deep.at + 1], "*" | "^"), "{deep:?}");
        }
    }

    let markup = escape::markup(text);
    let root = typst::syntax::parse(&markup);
    let (errors, _) = root.errors_and_warnings();
    assert!(errors.is_empty(), "{text:?} → {markup:?}: {errors:?}");
    let mut printed = String::new();
    if let Err(e) = walk(&root, &mut printed) {
        panic!("{text:?} → {markup:?}: {e}");
    }
    // What Typst prints is what the reader sees: the text without its
    // markers (footnotes in line here), whitespace aside.
    let fold = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(fold(&printed), fold(&escape::plain(text)), "{text:?} → {markup:?}");
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

/// Checks that `markup` is text, escapes and our calls, each call closed by
/// `;`, and collects the text it prints.
fn walk(markup: &SyntaxNode, printed: &mut String) -> Result<(), String> {
    let children: Vec<&SyntaxNode> = markup.children().collect();
    for (i, node) in children.iter().enumerate() {
        match node.kind() {
            SyntaxKind::Text | SyntaxKind::Space => printed.push_str(node.leaf_text()),
            // `\x` prints `x`.
            SyntaxKind::Escape => printed.push_str(&node.leaf_text()[1..]),
            SyntaxKind::Hash => {
                if children.get(i + 1).map(|n| n.kind()) != Some(SyntaxKind::FuncCall) {
                    return Err("a `#` that does not start a call".into());
                }
            }
            SyntaxKind::FuncCall => {
                if children.get(i + 1).map(|n| n.kind()) != Some(SyntaxKind::Semicolon) {
                    return Err(format!("a call not closed by `;`: {:?}", node.full_text()));
                }
                call(node, printed)?;
            }
            // The `;` that closes a call (the one right after it).
            SyntaxKind::Semicolon if i > 0 && children[i - 1].kind() == SyntaxKind::FuncCall => {}
            other => return Err(format!("{other:?} in {:?}", node.full_text())),
        }
    }
    Ok(())
}

/// `strong[…]`, `emph[…]` or `footnote[…]` with one content block.
fn call(node: &SyntaxNode, printed: &mut String) -> Result<(), String> {
    let parts: Vec<&SyntaxNode> = node.children().collect();
    let [callee, args] = parts[..] else { return Err(format!("a call of {} parts", parts.len())) };
    if callee.kind() != SyntaxKind::Ident
        || !["strong", "emph", "footnote"].contains(&callee.leaf_text().as_str())
    {
        return Err(format!("a call of {:?}", callee.full_text()));
    }
    let args: Vec<&SyntaxNode> = args.children().collect();
    let [block] = args[..] else { return Err(format!("{} arguments", args.len())) };
    let inner: Vec<&SyntaxNode> = block.children().collect();
    match inner[..] {
        [l, m, r]
            if block.kind() == SyntaxKind::ContentBlock
                && l.kind() == SyntaxKind::LeftBracket
                && m.kind() == SyntaxKind::Markup
                && r.kind() == SyntaxKind::RightBracket =>
        {
            walk(m, printed)
        }
        _ => Err(format!("arguments {:?}", block.full_text())),
    }
}
