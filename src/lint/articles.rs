//! References written in a text to its own Điều, khoản and điểm
//! (`Điều 5 Quy chế này`, `khoản 2 Điều 3`, `điểm a khoản 1 Điều này`):
//! each must name one the text has, as it is numbered when printed.

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::{Block, Document};
use crate::t;
use crate::template::{child_style, next_style};

use super::{LintContext, Rule};

/// One Điều as printed: its number, its field path, and for each khoản the
/// number of its điểm.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleShape {
    pub number: u32,
    pub path: String,
    pub clauses: Vec<usize>,
}

/// The Điều of a document, numbered as the template numbers them: a
/// quyết định's `articles`; a văn bản's sections at the `Điều` level of its
/// `numbering` (one count through the whole text). `None`: the document is
/// not written in Điều.
pub fn shape(doc: &Document) -> Option<Vec<ArticleShape>> {
    match doc {
        Document::QuyetDinh(q) => Some(
            q.articles
                .iter()
                .enumerate()
                .map(|(i, a)| ArticleShape {
                    number: i as u32 + 1,
                    path: format!("articles[{i}]"),
                    clauses: a.clauses.iter().map(|c| c.points.len()).collect(),
                })
                .collect(),
        ),
        Document::VanBan(v) => {
            let levels: Vec<String> = match &v.numbering {
                Some(o) => o.0.iter().map(|n| numbering_key(*n)).collect(),
                None => vec!["I.".to_string()],
            };
            let mut out = Vec::new();
            let mut count = 0;
            walk(&v.content, &levels[0], &levels[1..], "content", &mut count, &mut out);
            (!out.is_empty()).then_some(out)
        }
        _ => None,
    }
}

/// The style key of a numbering, as written in YAML (`Chương`, `1.`).
fn numbering_key(n: crate::model::Numbering) -> String {
    serde_json::to_value(n).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// Counted blocks (khoản, điểm): sections and numbered paragraphs.
fn counted(blocks: &[Block]) -> impl Iterator<Item = &[Block]> {
    blocks.iter().filter_map(|b| match b {
        Block::Section(s) => Some(s.content.as_slice()),
        Block::Item(i) => Some(i.content.as_slice()),
        _ => None,
    })
}

fn walk(
    blocks: &[Block],
    style: &str,
    deeper: &[String],
    path: &str,
    count: &mut u32,
    out: &mut Vec<ArticleShape>,
) {
    for (i, b) in blocks.iter().enumerate() {
        let (number, numbering, content, is_item) = match b {
            Block::Section(s) => (s.number.as_deref(), s.numbering, s.content.as_slice(), false),
            Block::Item(it) => (it.number.as_deref(), it.numbering, it.content.as_slice(), true),
            _ => continue,
        };
        let here = format!("{path}[{i}]");
        if style == "Điều" {
            *count += 1;
            let n = number.and_then(|t| t.trim().trim_end_matches('.').parse().ok()).unwrap_or(*count);
            out.push(ArticleShape {
                number: n,
                path: here.clone(),
                clauses: counted(content).map(|c| counted(c).count()).collect(),
            });
        }
        let default = if is_item && matches!(style, "1." | "1.1.") { "a)" } else { next_style(style) };
        let explicit = numbering.map(numbering_key);
        let sub = child_style(explicit.as_deref(), deeper, default);
        walk(content, &sub[0], &sub[1..], &format!("{here}.content"), count, out);
    }
}

/// A reference found in a text: `điểm a khoản 2 Điều 5`, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub point: Option<char>,
    pub clause: Option<usize>,
    /// `None`: `Điều này`, the Điều the text is in.
    pub article: Option<u32>,
    /// Byte range in the text.
    pub at: std::ops::Range<usize>,
    /// To the text a quyết định issues (`Điều 5 Quy chế ban hành kèm theo
    /// Quyết định này`), not to the quyết định itself.
    pub issued: bool,
}

/// Whether `rest` (what follows a reference, past `của`) names the text
/// whose tên loại is `ten_loai`: `Quy chế này`, its full name then `này`
/// (`Quy chế làm việc này`), or `Quy chế (ban hành) kèm theo Quyết định
/// này`: the tên loại, then `này` within the same phrase.
fn names(rest: &str, ten_loai: &str) -> bool {
    let lower = rest.to_lowercase();
    let ten_loai = ten_loai.to_lowercase();
    let Some(after) = lower.strip_prefix(&ten_loai) else { return false };
    if after.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let phrase = after.split([',', ';', '.', ':', '(', ')', '\n']).next().unwrap_or("");
    phrase.split_whitespace().take(12).any(|w| w == "này")
}

/// The references of `text` to its own document, whose tên loại is
/// `ten_loai` (`Quy chế`), and, in a quyết định, to the text it issues
/// (whose tên loại is `issued`): `Điều N` (`điều N`), followed by the
/// text's name and `này` (`Quy chế này`, `Quy chế làm việc này`, `của Quy
/// chế này`), and, when `bare` (the text is written in Điều), a `Điều N`
/// that no other document's name follows. Lists count each number:
/// `các Điều 24, 25`, `khoản 1, 2 Điều 3`, `điểm a, b khoản 2`. `Điều này`
/// needs a khoản to say anything.
pub fn references(text: &str, ten_loai: &str, issued: Option<&str>, bare: bool) -> Vec<Reference> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)(?:\bđiểm\s+([a-zđ])((?:\s*(?:,|và|hoặc)\s*(?:điểm\s+)?[a-zđ]\b)*)\s*,?\s+)?",
            r"(?:\bkhoản\s+(\d+)((?:\s*(?:,|và|hoặc)\s*(?:khoản\s+)?\d+\b)*)\s*,?\s+)?",
            r"\bđiều\s+(\d+|này)\b((?:\s*(?:,|và|hoặc|đến)\s*\d+\b)*)"
        ))
        .expect("valid regex")
    });
    static CHAIN: OnceLock<Regex> = OnceLock::new();
    let chain = CHAIN.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:\s*(?:,|và|hoặc|đến)\s*(?:điểm\s+[a-zđ]\s*,?\s+)?(?:khoản\s+\d+\s*,?\s+)?(?:điều\s+)?\d+\b)+",
        )
        .expect("valid regex")
    });
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    let number = NUMBER.get_or_init(|| Regex::new(r"\d+").expect("valid regex"));
    static LETTER: OnceLock<Regex> = OnceLock::new();
    let letter = LETTER.get_or_init(|| Regex::new(r"(?i)\b[a-zđ]\b").expect("valid regex"));
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let mut points: Vec<Option<char>> = vec![None];
        if let Some(p) = c.get(1) {
            points = std::iter::once(p.as_str())
                .chain(c.get(2).map_or(Vec::new(), |m| {
                    letter
                        .find_iter(m.as_str())
                        .map(|l| l.as_str())
                        .filter(|l| !l.eq_ignore_ascii_case("và"))
                        .collect()
                }))
                .map(|l| l.to_lowercase().chars().next())
                .collect();
        }
        let mut clauses: Vec<Option<usize>> = vec![None];
        if let Some(k) = c.get(3) {
            clauses = std::iter::once(k.as_str())
                .chain(
                    c.get(4)
                        .map_or(Vec::new(), |m| number.find_iter(m.as_str()).map(|n| n.as_str()).collect()),
                )
                .map(|n| n.parse().ok())
                .collect();
        }
        let first = c.get(5).and_then(|m| m.as_str().parse::<u32>().ok());
        if first.is_none() && c.get(3).is_none() {
            continue;
        }
        // Further Điều numbers (`Điều 24, 25`): only before what names a
        // document or ends the phrase, not before a word (`Điều 4, 5 ngày`).
        let mut end = whole.end();
        let mut more: Vec<u32> = Vec::new();
        if let Some(m) = c.get(6).filter(|m| !m.is_empty()) {
            let next = text[m.end()..].trim_start();
            let ends = next.is_empty()
                || next.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_punctuation())
                || next.to_lowercase().starts_with("của ");
            if ends {
                more = number.find_iter(m.as_str()).filter_map(|n| n.as_str().parse().ok()).collect();
            } else {
                end = m.start();
            }
        }
        // Past a list of further references (`Điều 5, Điều 6 và Điều 7
        // Luật …`), to what names the document they are all in.
        let mut rest = &text[end..];
        if let Some(m) = chain.find(rest) {
            rest = &rest[m.end()..];
        }
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("của ").or_else(|| rest.strip_prefix("Của ")).unwrap_or(rest);
        let names_own = names(rest, ten_loai);
        let names_issued = !names_own && issued.is_some_and(|t| names(rest, t));
        // Another document named after it (`Điều 3 Luật …`): not ours.
        let names_other = rest.chars().next().is_some_and(char::is_uppercase) && !names_own;
        if !(first.is_none() || names_own || names_issued || (bare && !names_other)) {
            continue;
        }
        let articles: Vec<Option<u32>> =
            std::iter::once(first).chain(more.iter().map(|&n| Some(n))).collect();
        for (ai, &article) in articles.iter().enumerate() {
            // A khoản or điểm belongs to the first Điều of the list only.
            let (ks, ps): (&[Option<usize>], &[Option<char>]) =
                if ai == 0 { (&clauses, &points) } else { (&[None], &[None]) };
            for &clause in ks {
                for &point in ps {
                    // Several khoản and one điểm each: the điểm is of the last khoản.
                    let point = if clause == *ks.last().unwrap_or(&None) { point } else { None };
                    let r =
                        Reference { point, clause, article, at: whole.start()..end, issued: names_issued };
                    if !out.contains(&r) {
                        out.push(r);
                    }
                }
            }
        }
    }
    out
}

/// What is wrong with a reference, if anything.
fn problem(
    r: &Reference,
    articles: &[ArticleShape],
    within: Option<&ArticleShape>,
    ten_loai: &str,
) -> Option<String> {
    let written = |r: &Reference| {
        let mut s = String::new();
        if let Some(p) = r.point {
            s.push_str(&format!("điểm {p} "));
        }
        if let Some(k) = r.clause {
            s.push_str(&format!("khoản {k} "));
        }
        match r.article {
            Some(n) => s.push_str(&format!("Điều {n}")),
            None => s.push_str("Điều này"),
        }
        s
    };
    let article = match r.article {
        Some(n) => match articles.iter().find(|a| a.number == n) {
            Some(a) => a,
            None => {
                // How many Điều the text has: none, one, or a range.
                let (first, last) =
                    (articles.first().map_or(0, |a| a.number), articles.last().map_or(0, |a| a.number));
                let count = match (articles.first(), articles.last()) {
                    (Some(f), Some(l)) if f.number != l.number => 2,
                    (Some(_), _) => 1,
                    _ => 0,
                };
                return Some(t!(
                    "cross-reference-no-article",
                    reference = written(r),
                    ten_loai = ten_loai,
                    article = n.to_string(),
                    count = count,
                    first = first.to_string(),
                    last = last.to_string()
                ));
            }
        },
        None => within?,
    };
    let k = r.clause?;
    let Some(&points) = article.clauses.get(k.wrapping_sub(1)) else {
        return Some(t!(
            "cross-reference-no-clause",
            reference = written(r),
            article = article.number.to_string(),
            count = article.clauses.len()
        ));
    };
    let p = r.point?;
    let index = crate::vn::number::letter_index(p)?;
    (index > points).then(|| {
        t!(
            "cross-reference-no-point",
            reference = written(r),
            clause = k.to_string(),
            article = article.number.to_string(),
            count = points,
            last = if points == 0 { String::new() } else { crate::vn::number::letter(points).to_string() }
        )
    })
}

/// `cross-reference`: every reference to the text's own Điều, khoản and
/// điểm names one it has; in a quyết định and in the text it issues.
pub(super) fn cross_references(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        let ten_loai = doc.document.doc_type().ten_loai();
        let articles = shape(&doc.document);
        let bare = articles.is_some();
        let articles = articles.unwrap_or_default();
        // A quyết định cites the text it issues by that text's name.
        let issued = loaded
            .attachment
            .as_deref()
            .filter(|_| std::ptr::eq(doc, loaded))
            .map(|a| (a.document.doc_type().ten_loai(), shape(&a.document).unwrap_or_default()));
        doc.tree.visit_strings(&mut String::new(), &mut |path, node| {
            let top = path.split(['.', '[']).next().unwrap_or(path);
            if !matches!(top, "content" | "articles" | "preamble" | "closing" | "appendices") {
                return;
            }
            let Some(text) = node.as_str() else { return };
            // The Điều this text is in: the longest path it lies under.
            let within = articles
                .iter()
                .filter(|a| path == a.path || path.starts_with(&format!("{}.", a.path)))
                .max_by_key(|a| a.path.len());
            for r in references(text, ten_loai, issued.as_ref().map(|i| i.0), bare) {
                let message = match (&issued, r.issued) {
                    (Some((name, theirs)), true) => problem(&r, theirs, None, name),
                    _ => problem(&r, &articles, within, ten_loai),
                };
                let Some(message) = message else { continue };
                let mut d = rule.at(doc, path, message).with_hint(t!("cross-reference-no-article.hint"));
                let raw = &doc.file.text[node.span.clone()];
                if let Some(o) = raw.find(&text[r.at.clone()]) {
                    d = d.with_span(&doc.file, node.span.start + o..node.span.start + o + r.at.len());
                }
                out.push(d);
            }
        });
    }
}

/// `article-colon`: a Điều label typed with a colon (`Điều 1:`), as some
/// offices type it, is printed as written; NĐ30 writes `Điều 1.`.
pub(super) fn article_colon(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        doc.tree.visit_strings(&mut String::new(), &mut |path, node| {
            let top = path.split(['.', '[']).next().unwrap_or(path);
            if !matches!(top, "content" | "articles" | "appendices") {
                return;
            }
            let Some(text) = node.as_str() else { return };
            let Some((label, _)) = crate::template::typed_article_label(text) else { return };
            if !label.ends_with(':') {
                return;
            }
            let fixed = format!("{}.", label.trim_end_matches(':').trim_end());
            let mut d = rule
                .at(doc, path, t!("article-colon", label = label.as_str(), fixed = fixed.as_str()))
                .with_hint(t!("article-colon.hint", fixed = fixed.as_str()));
            let raw = &doc.file.text[node.span.clone()];
            if let Some(o) = raw.find(label.as_str()) {
                d = d.with_span(&doc.file, node.span.start + o..node.span.start + o + label.len());
            }
            out.push(d);
        });
    }
}

/// `numbering-depth`: a text written in Điều (`numbering: [Chương, Điều]`)
/// numbers the levels below Điều as khoản `1.` and điểm `a)`; content
/// nested deeper prints as `1.1.`, `-` or `+`, which NĐ30 does not number.
pub(super) fn numbering_depth(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        let Document::VanBan(v) = &doc.document else { continue };
        let Some(o) = &v.numbering else { continue };
        let levels: Vec<String> = o.0.iter().map(|n| numbering_key(*n)).collect();
        let Some(dieu) = levels.iter().position(|l| l == "Điều") else { continue };
        let written = format!("[{}]", levels.join(", "));
        let mut found = Vec::new();
        deep(&v.content, &levels[0], &levels[1..], "content", 0, (levels.len(), dieu), &mut found);
        for (path, depth, style) in found {
            out.push(
                rule.at(
                    doc,
                    &path,
                    t!(
                        "numbering-depth",
                        depth = (depth + 1).to_string(),
                        style = style,
                        numbering = written.as_str(),
                        levels = levels.len().to_string()
                    ),
                )
                .with_hint(t!("numbering-depth.hint")),
            );
        }
    }
}

/// The blocks nested below điểm, or numbered otherwise than khoản and
/// điểm below a Điều: (path, depth, style). Not their children.
fn deep(
    blocks: &[Block],
    style: &str,
    deeper: &[String],
    path: &str,
    depth: usize,
    (listed, dieu): (usize, usize),
    out: &mut Vec<(String, usize, String)>,
) {
    for (i, b) in blocks.iter().enumerate() {
        let (numbering, content, is_item) = match b {
            Block::Section(s) => (s.numbering, s.content.as_slice(), false),
            Block::Item(it) => (it.numbering, it.content.as_slice(), true),
            _ => continue,
        };
        let here = format!("{path}[{i}]");
        if depth >= listed && numbering.is_none() {
            let expected = match depth - dieu {
                1 => Some("1."),
                2 => Some("a)"),
                _ => None,
            };
            if expected != Some(style) {
                out.push((here, depth, style.to_string()));
                continue;
            }
        }
        let default = if is_item && matches!(style, "1." | "1.1.") { "a)" } else { next_style(style) };
        let explicit = numbering.map(numbering_key);
        let sub = child_style(explicit.as_deref(), deeper, default);
        deep(content, &sub[0], &sub[1..], &format!("{here}.content"), depth + 1, (listed, dieu), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, bare: bool) -> Vec<(Option<char>, Option<usize>, Option<u32>)> {
        references(text, "Quy chế", None, bare).into_iter().map(|r| (r.point, r.clause, r.article)).collect()
    }

    #[test]
    fn references_to_the_text_itself() {
        assert_eq!(found("theo Điều 5 Quy chế này", false), [(None, None, Some(5))]);
        assert_eq!(found("theo khoản 2 Điều 3 của Quy chế này.", false), [(None, Some(2), Some(3))]);
        assert_eq!(
            found("điểm a, điểm b khoản 2 Điều 5 Quy chế này", true),
            [(Some('a'), Some(2), Some(5)), (Some('b'), Some(2), Some(5))]
        );
        assert_eq!(found("theo khoản 1 Điều này", false), [(None, Some(1), None)]);
        // Bare references count only in a text written in Điều.
        assert_eq!(found("theo Điều 4.", true), [(None, None, Some(4))]);
        assert!(found("theo Điều 4.", false).is_empty());
    }

    #[test]
    fn references_as_real_texts_write_them() {
        // The full name, then `này`; with `của`; in lower case.
        assert_eq!(found("theo Điều 21 Quy chế làm việc này.", false), [(None, None, Some(21))]);
        assert_eq!(found("tại Điều 21 của Quy chế làm việc này", false), [(None, None, Some(21))]);
        assert_eq!(found("theo điều 30 Quy chế này", false), [(None, None, Some(30))]);
        assert_eq!(found("Khoản 2 Điều 3 Quy chế này", false), [(None, Some(2), Some(3))]);
        // Every number of a list.
        assert_eq!(
            found("các Điều 24, 25 Quy chế này", false),
            [(None, None, Some(24)), (None, None, Some(25))]
        );
        assert_eq!(
            found("Điều 24 và 25 của Quy chế này", false),
            [(None, None, Some(24)), (None, None, Some(25))]
        );
        assert_eq!(
            found("khoản 1, 2 Điều 3 Quy chế này", false),
            [(None, Some(1), Some(3)), (None, Some(2), Some(3))]
        );
        assert_eq!(
            found("khoản 1 và khoản 4 Điều 3 Quy chế này", false),
            [(None, Some(1), Some(3)), (None, Some(4), Some(3))]
        );
        assert_eq!(
            found("điểm a, b khoản 2 Điều 5 Quy chế này", false),
            [(Some('a'), Some(2), Some(5)), (Some('b'), Some(2), Some(5))]
        );
        // A number that counts something else is not a Điều.
        assert_eq!(found("theo Điều 4, 5 ngày làm việc", true), [(None, None, Some(4))]);
        // Another text's full name does not end in `này`.
        assert!(found("Điều 3 Quy chế làm việc của Bộ Nội vụ", false).is_empty());
    }

    #[test]
    fn a_decision_cites_the_text_it_issues() {
        let found = |text: &str| {
            references(text, "Quyết định", Some("Quy chế"), true)
                .into_iter()
                .map(|r| (r.article, r.issued))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("các Điều 1 đến Điều 21 của Quy chế ban hành kèm theo Quyết định này"),
            [(Some(1), true), (Some(21), true)]
        );
        assert_eq!(found("Điều 50 Quy chế kèm theo Quyết định này"), [(Some(50), true)]);
        assert_eq!(found("Điều 2 Quyết định này"), [(Some(2), false)]);
        assert!(found("Điều 5 Quy chế làm việc của Bộ Nội vụ").is_empty());
    }

    #[test]
    fn references_to_other_documents_are_not_checked() {
        assert!(found("khoản 2 Điều 3 Luật Tổ chức chính quyền địa phương", true).is_empty());
        assert!(found("Điều 5 của Nghị định số 30/2020/NĐ-CP", true).is_empty());
        assert!(found("Điều 2 Quyết định này", true).is_empty());
        assert!(found("Điều này", true).is_empty());
        // A list of them, then the other document's name.
        assert!(found("tại Điều 5, Điều 6 và khoản 2 Điều 7 Luật Đất đai", true).is_empty());
        // A list of them, then this one's: each is checked.
        assert_eq!(
            found("tại Điều 5 và Điều 6 Quy chế này", false),
            [(None, None, Some(5)), (None, None, Some(6))]
        );
    }
}
