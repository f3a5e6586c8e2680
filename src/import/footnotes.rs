//! Footnotes of a PDF: a raised small number after a word in the text,
//! and at the foot of the same page, under a short rule, the entry in a
//! smaller size starting with that number. Folded back into vanban's
//! inline form, `word^[entry]`, on the glyphs, before the page's lines
//! are made (so the recognisers see the note where the marker was).
//! A Word file's footnotes are read by [`super::docx`].

use super::pdf::{Glyph, Page, Rule};

/// The longest rule that can be a footnote separator, in pt (Typst and
/// Word draw it a third of the text width or less: ~150 pt on A4).
const SEPARATOR_MAX: f64 = 220.0;

/// A raised number: digits smaller than the glyph beside them (`before`
/// the glyph to its left, in the text; after it, the entry's first word),
/// their baseline above its baseline.
fn raised(d: &Glyph, beside: &Glyph) -> bool {
    d.text.chars().all(|c| c.is_ascii_digit())
        && !d.text.is_empty()
        && d.size < 0.9 * beside.size
        && beside.y - d.y > 0.12 * beside.size
        && beside.y - d.y < 0.8 * beside.size
}

/// The page with its footnote entries taken off its foot and written at
/// their markers; the page itself when it has none.
pub(super) fn fold(page: &Page) -> Page {
    let copy = || Page { glyphs: page.glyphs.clone(), rules: page.rules.clone(), landscape: page.landscape };
    let Some(sep) = separator(page) else { return copy() };
    let (foot, body): (Vec<&Glyph>, Vec<&Glyph>) = page.glyphs.iter().partition(|g| g.y > sep.y0);
    let entries = entries(&foot);
    if entries.is_empty() {
        return copy();
    }
    // The markers in the text: raised digits right after a glyph.
    let mut glyphs: Vec<Glyph> = body.into_iter().cloned().collect();
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_by(|&a, &b| glyphs[a].x.total_cmp(&glyphs[b].x));
    let mut changes: Vec<(usize, Glyph)> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    for &k in &order {
        let d = &glyphs[k];
        if d.text.is_empty() || !d.text.chars().all(|c| c.is_ascii_digit()) || taken.contains(&k) {
            continue;
        }
        // The glyph it follows, on the line below its raised baseline.
        let Some(word) = glyphs.iter().find(|g| {
            !g.text.trim().is_empty() && (g.x + g.width - d.x).abs() < 0.3 * g.size && raised(d, g)
        }) else {
            continue;
        };
        // A marker of several digits: the ones right after it, raised alike.
        let mut number = d.text.clone();
        let mut end = d.x + d.width;
        let mut parts = vec![k];
        while let Some(&n) = order.iter().find(|&&n| {
            !parts.contains(&n)
                && glyphs[n].text.chars().all(|c| c.is_ascii_digit())
                && !glyphs[n].text.is_empty()
                && (glyphs[n].x - end).abs() < 0.2 * d.size
                && (glyphs[n].y - d.y).abs() < 0.1 * d.size
        }) {
            number.push_str(&glyphs[n].text);
            end = glyphs[n].x + glyphs[n].width;
            parts.push(n);
        }
        let Some((_, text)) = entries.iter().find(|(n, _)| *n == number) else { continue };
        let mut note = word.clone();
        note.text = format!("^[{text}]");
        note.x = d.x;
        note.width = end - d.x;
        changes.push((k, note));
        taken.extend(parts);
    }
    if changes.is_empty() {
        return copy();
    }
    for (k, g) in changes {
        glyphs[k] = g;
    }
    let glyphs = glyphs
        .into_iter()
        .enumerate()
        .filter(|(k, g)| !taken.contains(k) || g.text.starts_with("^["))
        .map(|(_, g)| g)
        .collect();
    let rules = page.rules.iter().filter(|r| !std::ptr::eq(*r, sep)).copied().collect();
    Page { glyphs, rules, landscape: page.landscape }
}

/// The footnote separator: a short horizontal rule with text under it,
/// all of it smaller than the text above it, and nothing else below.
fn separator(page: &Page) -> Option<&Rule> {
    let body_size = |y: f64| {
        let mut sizes: Vec<f64> = page.glyphs.iter().filter(|g| g.y < y).map(|g| g.size).collect();
        sizes.sort_by(f64::total_cmp);
        sizes.get(sizes.len() / 2).copied()
    };
    page.rules
        .iter()
        .filter(|r| r.horizontal() && r.x1 - r.x0 < SEPARATOR_MAX)
        // No vertical rule meets it (a table's).
        .filter(|r| !page.rules.iter().any(|v| v.vertical() && v.y0 - 1.0 <= r.y0 && v.y1 + 1.0 >= r.y0))
        .filter(|r| {
            let below: Vec<&Glyph> = page.glyphs.iter().filter(|g| g.y > r.y0).collect();
            let Some(body) = body_size(r.y0) else { return false };
            !below.is_empty() && below.iter().all(|g| g.size < 0.95 * body)
        })
        .min_by(|a, b| a.y0.total_cmp(&b.y0))
}

/// The entries under the separator: each starts with its raised number;
/// its lines joined with spaces.
fn entries(foot: &[&Glyph]) -> Vec<(String, String)> {
    let mut g: Vec<&Glyph> = foot.iter().copied().filter(|g| !g.text.is_empty()).collect();
    g.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // The entry numbers: raised digits before a larger glyph.
    let is_number = |d: &Glyph| {
        foot.iter().any(|w| {
            !w.text.trim().is_empty()
                && !w.text.chars().all(|c| c.is_ascii_digit())
                && w.x >= d.x + d.width - 0.5
                && w.x - (d.x + d.width) < 0.8 * w.size
                && raised(d, w)
        })
    };
    let numbers: Vec<&Glyph> = g
        .iter()
        .copied()
        .filter(|d| d.text.chars().all(|c| c.is_ascii_digit()))
        .filter(|d| {
            is_number(d)
                || foot.iter().any(|n| {
                    n.text.chars().all(|c| c.is_ascii_digit())
                        && (n.x - (d.x + d.width)).abs() < 0.2 * d.size
                        && (n.y - d.y).abs() < 0.1 * d.size
                        && is_number(n)
                })
        })
        .collect();
    let text: Vec<&Glyph> =
        g.iter().copied().filter(|d| !numbers.iter().any(|n| std::ptr::eq(*n, *d))).collect();
    // Rows of the entries' text, by baseline.
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for t in text {
        match rows.last_mut() {
            Some(r) if (r[0].y - t.y).abs() < 0.3 * r[0].size => r.push(t),
            _ => rows.push(vec![t]),
        }
    }
    let mut out: Vec<(String, String)> = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let y = row[0].y;
        let x = row[0].x;
        // The number raised at the row's start opens an entry.
        let mut number: Vec<&&Glyph> =
            numbers.iter().filter(|n| n.x < x && y - n.y > 0.0 && y - n.y < row[0].size).collect();
        number.sort_by(|a, b| a.x.total_cmp(&b.x));
        let line = words(&row);
        if !number.is_empty() {
            let n: String = number.iter().map(|g| g.text.as_str()).collect();
            out.push((n, line));
        } else if let Some(last) = out.last_mut() {
            last.1.push(' ');
            last.1.push_str(&line);
        }
    }
    out
}

/// A row's text, a space at each gap between words.
fn words(row: &[&Glyph]) -> String {
    let mut s = String::new();
    let mut end: Option<f64> = None;
    for g in row {
        if end.is_some_and(|e| g.x - e > 0.15 * g.size) && !s.ends_with(' ') && !g.text.starts_with(' ') {
            s.push(' ');
        }
        s.push_str(&g.text);
        end = Some(g.x + g.width);
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
