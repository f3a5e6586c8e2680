//! The DOCX as a real client lays it out: LibreOffice's PDF of each
//! sample's draft DOCX, checked for the key NĐ30 geometry against the
//! numbers of `templates/nd30.toml` (read through `vanban::nd30`, the one
//! source both outputs use) and against vanban's own PDF of the same draft:
//!
//! - pages: A4, the first portrait, landscape pages where vanban has them;
//! - margins: the text block's left edge, the right edge of justified
//!   lines, the top of page 1's first line;
//! - the header: every line of the two columns centred where vanban's PDF
//!   centres it, the số and the date line on one baseline, the short rules
//!   under the cơ quan, the Tiêu ngữ and the trích yếu where vanban draws
//!   them, under the same text;
//! - sizes: every line of page 1's header and title at vanban's size, the
//!   Quốc hiệu, Tiêu ngữ, số and body at the nd30.toml size;
//! - the page-number rule: none on a section's first page, the page's
//!   number in its section, centred in the top margin, on every other page.
//!
//! It needs LibreOffice's PDFs, so it is ignored by default and reads them
//! from the folder named by `VANBAN_LIBREOFFICE_PDFS` (`NAME.pdf` converted
//! from the draft DOCX of `data/NAME.yaml`);
//! `scripts/check-docx-with-libreoffice.sh` makes that folder and runs
//! `VANBAN_LIBREOFFICE_PDFS=dir cargo test --test docx_libreoffice -- --ignored --nocapture`,
//! which prints what it measured for each sample.

mod common;

use std::path::PathBuf;

use common::{MM, pdf};
use vanban::Pipeline;
use vanban::nd30::Nd30;

const VAR: &str = "VANBAN_LIBREOFFICE_PDFS";

/// Tolerances. Margins: LibreOffice places the text block where the DOCX
/// says, to a fraction of a mm; columns and rules: the two engines measure
/// the same font alike, so a centred line lands within a fraction of a mm.
const MARGIN_TOL_MM: f64 = 1.0;
/// The top of the first line: Word's line box starts at the font's
/// ascender, typst's at the cap height plus the line gap it is given.
const TOP_TOL_MM: f64 = 1.5;
const COLUMN_TOL_MM: f64 = 1.5;
const RULE_TOL_MM: f64 = 1.5;
/// Lines on one baseline: to the eye on paper, within 1.5 pt (0.5 mm).
/// The số (13 pt) and the date line (14 pt) sit in two cells that start at
/// the same height, so LibreOffice sets the số's baseline about 1 pt
/// higher (vanban: 0); the table prints the measured difference.
const BASELINE_TOL_PT: f64 = 1.5;
const SIZE_TOL_PT: f64 = 0.05;
/// Liberation Serif's ascender: the top of a line's box above its baseline.
const ASCENT_EM: f64 = 0.891;

/// A line of text: glyphs on one baseline without a column gap.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
}

impl Line {
    fn centre(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
    fn top(&self) -> f64 {
        self.y - ASCENT_EM * self.size
    }
}

struct Pdf {
    pages: Vec<pdf::Page>,
    lines: Vec<Vec<Line>>,
}

fn norm(text: &str) -> String {
    text.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Pdf {
    fn read(bytes: &[u8]) -> Pdf {
        let pages = pdf::pages(bytes);
        let lines = pages
            .iter()
            .map(|p| {
                let mut lines: Vec<Line> = pdf::segments(p)
                    .into_iter()
                    .map(|s| {
                        // The ink's ends: typst ends a justified line with
                        // its space glyph, which no reader counts.
                        let inked = p.glyphs.iter().filter(|g| {
                            !g.text.trim().is_empty()
                                && (g.y - s.y).abs() < 0.3 * s.size
                                && g.x >= s.x0 - 0.01
                                && g.x < s.x1
                        });
                        let (x0, x1) =
                            inked.fold((f64::MAX, f64::MIN), |(a, b), g| (a.min(g.x), b.max(g.x + g.width)));
                        Line { text: norm(&s.text), x0, x1, y: s.y, size: s.size }
                    })
                    .filter(|l| !l.text.is_empty())
                    .collect();
                lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
                lines
            })
            .collect();
        Pdf { pages, lines }
    }

    fn portrait(&self, p: usize) -> bool {
        self.pages[p].width < self.pages[p].height
    }

    /// The page number printed in the top margin of page `p`, if any, and
    /// the lines there.
    fn top_margin_lines(&self, p: usize, nd30: &Nd30) -> Vec<&Line> {
        self.lines[p].iter().filter(|l| l.y < nd30.margin_mm.top * MM).collect()
    }

    /// The lines of the text block (the top margin's left out).
    fn block_lines(&self, p: usize, nd30: &Nd30) -> impl Iterator<Item = &Line> {
        self.lines[p].iter().filter(move |l| l.y >= nd30.margin_mm.top * MM)
    }

    /// The left and right edges of the text block on the pages of one
    /// orientation.
    fn edges(&self, portrait: bool, nd30: &Nd30) -> Option<(f64, f64)> {
        let lines: Vec<&Line> = (0..self.pages.len())
            .filter(|&p| self.portrait(p) == portrait)
            .flat_map(|p| self.block_lines(p, nd30))
            .collect();
        if lines.is_empty() {
            return None;
        }
        Some((
            lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min),
            lines.iter().map(|l| l.x1).fold(f64::MIN, f64::max),
        ))
    }

    /// The most frequent glyph size of the document (the body text's).
    fn body_size(&self) -> f64 {
        let mut count: std::collections::BTreeMap<i64, usize> = Default::default();
        for g in self.pages.iter().flat_map(|p| &p.glyphs).filter(|g| !g.text.trim().is_empty()) {
            *count.entry((g.size * 10.0).round() as i64).or_default() += 1;
        }
        count.into_iter().max_by_key(|&(_, n)| n).map(|(s, _)| s as f64 / 10.0).unwrap_or(0.0)
    }

    /// The first line of page `p` inside the text block.
    fn first_line(&self, p: usize, nd30: &Nd30) -> Option<&Line> {
        self.block_lines(p, nd30).next()
    }

    /// Page 1's line that reads `text` exactly, when there is one only.
    fn unique_line(&self, text: &str) -> Option<&Line> {
        let mut found = self.lines[0].iter().filter(|l| l.text == text);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// The words on the baseline of page 1's first line starting with
    /// `Số`, and how far from that baseline the farthest of them stands.
    fn so_row(&self) -> Option<(f64, Vec<String>, f64)> {
        let so = self.lines[0].iter().find(|l| l.text.starts_with("Số:") || l.text.starts_with("Số "))?;
        let mut row: Vec<&Line> =
            self.lines[0].iter().filter(|l| (l.y - so.y).abs() < BASELINE_TOL_PT).collect();
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut words: Vec<String> = row.iter().flat_map(|l| l.text.split(' ').map(String::from)).collect();
        words.sort();
        let off = row.iter().map(|l| (l.y - so.y).abs()).fold(0.0, f64::max);
        Some((so.y, words, off))
    }

    /// The horizontal extent of the rules (a table's borders) on the pages
    /// of one orientation.
    fn rule_extent(&self, portrait: bool) -> Option<(f64, f64)> {
        let rules: Vec<&pdf::Rule> = (0..self.pages.len())
            .filter(|&p| self.portrait(p) == portrait)
            .flat_map(|p| &self.pages[p].rules)
            .collect();
        if rules.is_empty() {
            return None;
        }
        Some((
            rules.iter().map(|r| r.x0).fold(f64::MAX, f64::min),
            rules.iter().map(|r| r.x1).fold(f64::MIN, f64::max),
        ))
    }
}

impl Pdf {
    /// The whole page moved `dx` pt to the right (for the check's own test).
    fn shift(&mut self, dx: f64) {
        for page in &mut self.pages {
            page.glyphs.iter_mut().for_each(|g| g.x += dx);
            page.rules.iter_mut().for_each(|r| (r.x0, r.x1) = (r.x0 + dx, r.x1 + dx));
        }
        for line in self.lines.iter_mut().flatten() {
            (line.x0, line.x1) = (line.x0 + dx, line.x1 + dx);
        }
    }

    /// Text set at `from` pt set at `to` pt instead, in place.
    fn resize(&mut self, from: f64, to: f64) {
        let glyphs = self.pages.iter_mut().flat_map(|p| &mut p.glyphs);
        glyphs.filter(|g| (g.size - from).abs() < SIZE_TOL_PT).for_each(|g| g.size = to);
        let lines = self.lines.iter_mut().flatten();
        lines.filter(|l| (l.size - from).abs() < SIZE_TOL_PT).for_each(|l| l.size = to);
    }
}

/// What was measured for one sample, printed as a row of the README's table.
#[derive(Default)]
struct Measured {
    pages: (usize, usize),
    left_mm: f64,
    right_mm: f64,
    top_mm: f64,
    baseline_mm: f64,
    header_mm: f64,
    header_lines: usize,
    so_row_pt: f64,
    rules_mm: f64,
    rules: usize,
    sizes: usize,
    body_pt: f64,
    numbers: usize,
}

fn folder() -> PathBuf {
    let Some(dir) = std::env::var_os(VAR) else {
        panic!(
            "{VAR} is not set: this test reads LibreOffice's PDFs of the samples' DOCX; \
             run scripts/check-docx-with-libreoffice.sh, which makes them and runs it"
        );
    };
    let dir = PathBuf::from(dir);
    assert!(dir.is_dir(), "{VAR}={}: no such folder", dir.display());
    dir
}

/// vanban's own PDF of the draft of `data/NAME.yaml`, as `render --draft`.
fn vanban_pdf(name: &str) -> Vec<u8> {
    let yaml = common::root().join("data").join(format!("{name}.yaml"));
    assert!(yaml.is_file(), "{name}.pdf in {VAR} has no sample {}", yaml.display());
    let loaded = vanban::load::load_file(&yaml).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut pipeline = Pipeline::embedded();
    pipeline.issue.draft = true;
    let rendered = pipeline.render(&loaded).unwrap_or_else(|e| panic!("{name}: {e}"));
    pipeline.pdf(&loaded, &rendered).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn mm(pt: f64) -> f64 {
    pt / MM
}

/// Checks LibreOffice's PDF `lo` against nd30.toml and vanban's PDF `vb`;
/// returns what failed, and what was measured.
fn check(lo: &Pdf, vb: &Pdf, nd30: &Nd30) -> (Vec<String>, Measured) {
    let mut fail = Vec::new();
    let mut m = Measured { pages: (lo.pages.len(), vb.pages.len()), ..Default::default() };
    let (a4w, a4h) = nd30.paper_mm().expect("A4");
    let (a4w, a4h) = (a4w * MM, a4h * MM);

    // Pages: A4, the first portrait; landscape where vanban has landscape.
    for (p, page) in lo.pages.iter().enumerate() {
        let (w, h) = (page.width.min(page.height), page.width.max(page.height));
        if (w - a4w).abs() > 0.5 || (h - a4h).abs() > 0.5 {
            fail.push(format!("page {}: {:.1} × {:.1} pt, not A4", p + 1, page.width, page.height));
        }
    }
    if !lo.portrait(0) {
        fail.push("page 1 is landscape".into());
    }
    let landscape = |d: &Pdf| (0..d.pages.len()).filter(|&p| !d.portrait(p)).count();
    if (landscape(lo) > 0) != (landscape(vb) > 0) {
        fail.push(format!("{} landscape pages, vanban {}", landscape(lo), landscape(vb)));
    }

    // Margins: the text block of portrait pages against nd30.toml.
    let margin = nd30.margin_mm;
    let (left, right) = lo.edges(true, nd30).expect("portrait pages have text");
    m.left_mm = mm(left) - margin.left;
    m.right_mm = mm(a4w - right) - margin.right;
    if m.left_mm.abs() > MARGIN_TOL_MM {
        fail.push(format!("text block's left edge at {:.2} mm, nd30.toml {} mm", mm(left), margin.left));
    }
    if m.right_mm.abs() > MARGIN_TOL_MM {
        fail.push(format!(
            "justified lines end {:.2} mm from the right edge, nd30.toml {} mm",
            mm(a4w - right),
            margin.right
        ));
    }
    // Landscape pages (a phụ lục's table): its borders where vanban draws
    // them (the text inside the cells sits at each engine's padding).
    if let (Some((l, r)), Some((vl, vr))) = (lo.rule_extent(false), vb.rule_extent(false))
        && (mm(l - vl).abs() > MARGIN_TOL_MM || mm(r - vr).abs() > MARGIN_TOL_MM)
    {
        fail.push(format!(
            "landscape pages' rules run {:.1}–{:.1} mm, vanban's {:.1}–{:.1} mm",
            mm(l),
            mm(r),
            mm(vl),
            mm(vr)
        ));
    }
    // The top of page 1's first line.
    let first = lo.first_line(0, nd30).expect("page 1 has text");
    m.top_mm = mm(first.top()) - margin.top;
    // vanban's first line has its cap height at the margin (typst's top
    // edge), LibreOffice's its ascender: their baselines, compared.
    m.baseline_mm = vb.first_line(0, nd30).map(|l| mm(first.y - l.y)).unwrap_or(f64::NAN);
    if m.top_mm.abs() > TOP_TOL_MM {
        fail.push(format!(
            "page 1's first line `{}` starts {:.2} mm from the top, nd30.toml {} mm",
            first.text,
            mm(first.top()),
            margin.top
        ));
    }

    // The header and title of page 1: every line that both PDFs print once
    // in the upper part of page 1, at vanban's size; the header's lines
    // (down to the số row) centred where vanban centres them.
    let so_row = vb.so_row();
    let header_bottom = so_row.as_ref().map(|(y, _, _)| y + BASELINE_TOL_PT).unwrap_or(0.0);
    for v in vb.lines[0].iter().filter(|l| l.y < 0.45 * a4h) {
        let (Some(v), Some(l)) = (vb.unique_line(&v.text), lo.unique_line(&v.text)) else { continue };
        m.sizes += 1;
        if (l.size - v.size).abs() > SIZE_TOL_PT {
            fail.push(format!("`{}` is set at {:.2} pt, vanban {:.2} pt", l.text, l.size, v.size));
        }
        if v.y <= header_bottom {
            m.header_lines += 1;
            let d = mm(l.centre() - v.centre());
            m.header_mm = m.header_mm.max(d.abs());
            if d.abs() > COLUMN_TOL_MM {
                fail.push(format!("header line `{}` centred {d:+.2} mm from vanban's", l.text));
            }
        }
    }
    let sizes = &nd30.size_pt;
    for (text, size, what) in [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sizes.quoc_hieu, "Quốc hiệu"),
        ("Độc lập - Tự do - Hạnh phúc", sizes.tieu_ngu, "Tiêu ngữ"),
    ] {
        if vb.unique_line(text).is_none() {
            continue;
        }
        match lo.unique_line(text) {
            None => fail.push(format!("no line `{text}` on page 1")),
            Some(l) if (l.size - size).abs() > SIZE_TOL_PT => {
                fail.push(format!("the {what} is set at {:.2} pt, nd30.toml {size} pt", l.size))
            }
            Some(_) => {}
        }
    }
    // The số and the date line on one baseline: the words vanban prints on
    // the số's baseline are those LibreOffice prints on it.
    if let Some((_, words, _)) = &so_row {
        match lo.so_row() {
            None => fail.push("no `Số:` line on page 1".into()),
            Some((y, lo_words, off)) => {
                m.so_row_pt = off;
                if &lo_words != words {
                    fail.push(format!("on the số's baseline: {lo_words:?}, vanban {words:?}"));
                }
                let so = lo.lines[0].iter().find(|l| (l.y - y).abs() < BASELINE_TOL_PT).unwrap();
                if (so.size - sizes.so).abs() > SIZE_TOL_PT {
                    fail.push(format!("the số is set at {:.2} pt, nd30.toml {} pt", so.size, sizes.so));
                }
            }
        }
    }
    // Body text.
    m.body_pt = lo.body_size();
    if (m.body_pt - sizes.body).abs() > SIZE_TOL_PT && (vb.body_size() - sizes.body).abs() <= SIZE_TOL_PT {
        fail.push(format!("body text at {} pt, nd30.toml {} pt", m.body_pt, sizes.body));
    }

    // The short rules of page 1's header and title: each of vanban's has
    // one in LibreOffice's PDF at the same place, under the same line.
    let under = |d: &Pdf, r: &pdf::Rule| -> Option<String> {
        d.lines[0]
            .iter()
            .filter(|l| l.y < r.y && l.x0 < r.x1 && l.x1 > r.x0)
            .max_by(|a, b| a.y.total_cmp(&b.y))
            .map(|l| l.text.clone())
    };
    for v in vb.pages[0].rules.iter().filter(|r| r.y < 0.45 * a4h && r.x1 - r.x0 < 0.9 * (right - left)) {
        m.rules += 1;
        let text = under(vb, v);
        let off = |r: &pdf::Rule| (r.x0 - v.x0).abs() + (r.x1 - v.x1).abs();
        let best = lo.pages[0]
            .rules
            .iter()
            .filter(|r| under(lo, r) == text)
            .min_by(|a, b| off(a).total_cmp(&off(b)))
            .or_else(|| lo.pages[0].rules.iter().min_by(|a, b| off(a).total_cmp(&off(b))));
        let Some(l) = best else {
            fail.push(format!("no rule under `{}`", text.unwrap_or_default()));
            continue;
        };
        let d = mm((l.x0 - v.x0).abs().max((l.x1 - v.x1).abs()));
        m.rules_mm = m.rules_mm.max(d);
        let lo_text = under(lo, l);
        if d > RULE_TOL_MM || text != lo_text {
            fail.push(format!(
                "the rule under `{}` runs {:.1}–{:.1} mm (under `{}`), vanban's {:.1}–{:.1} mm",
                text.unwrap_or_default(),
                mm(l.x0),
                mm(l.x1),
                lo_text.unwrap_or_default(),
                mm(v.x0),
                mm(v.x1)
            ));
        }
    }

    // Page numbers. A section starts on page 1 and on each page that starts
    // as a page of vanban's PDF without a number does (a phụ lục): its first
    // page has no number, its n-th page the number n, centred on the text
    // block in the top margin.
    let starts: Vec<String> = (1..vb.pages.len())
        .filter(|&p| vb.top_margin_lines(p, nd30).is_empty())
        .filter_map(|p| vb.first_line(p, nd30).map(|l| l.text.clone()))
        .collect();
    let mut in_section = 0;
    let mut sections = 1;
    for p in 0..lo.pages.len() {
        in_section += 1;
        if p > 0 && lo.first_line(p, nd30).is_some_and(|l| starts.contains(&l.text)) {
            in_section = 1;
            sections += 1;
        }
        let top = lo.top_margin_lines(p, nd30);
        let want = (in_section > 1).then(|| in_section.to_string());
        let got: Vec<&str> = top.iter().map(|l| l.text.as_str()).collect();
        match (&want, top.as_slice()) {
            (None, []) => {}
            (Some(n), [l]) if &l.text == n => {
                m.numbers += 1;
                let (page_w, orient) = (lo.pages[p].width, lo.portrait(p));
                let (bl, br) = if orient {
                    (margin.left * MM, page_w - margin.right * MM)
                } else {
                    vb.edges(false, nd30).unwrap_or((left, right))
                };
                let d = mm(l.centre() - (bl + br) / 2.0);
                if d.abs() > COLUMN_TOL_MM {
                    fail.push(format!(
                        "page {}: its number is {d:+.2} mm off the text block's centre",
                        p + 1
                    ));
                }
                if l.y + 0.22 * l.size > margin.top * MM {
                    fail.push(format!("page {}: its number reaches below the top margin", p + 1));
                }
            }
            _ => fail.push(format!("page {}: top margin holds {got:?}, expected {want:?}", p + 1)),
        }
    }
    if sections != starts.len() + 1 {
        fail.push(format!("{sections} numbered sections, vanban {}", starts.len() + 1));
    }
    (fail, m)
}

/// Deviations measured and not fixed yet, as (sample, start of the
/// failure): each must still be found, so that the one who fixes it takes
/// it off this list (and the README's table).
// Empty: the báo cáo's page 1 set one line low by LibreOffice (an empty
// paragraph it adds before a leading table when the file has footnotes)
// was fixed in the writer with a 1 pt paragraph of its own, and the số's
// 1 pt above the date line by starting it lower. An entry is (sample,
// start of the failure line).
const KNOWN: &[(&str, &str)] = &[];

#[test]
#[ignore = "needs LibreOffice's PDFs: VANBAN_LIBREOFFICE_PDFS=dir, see scripts/check-docx-with-libreoffice.sh"]
fn libreoffice_lays_the_docx_out_as_nd30_and_vanban_do() {
    let dir = folder();
    let nd30 = Nd30::embedded();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".pdf").map(String::from)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "{VAR}={}: no PDF in that folder", dir.display());
    let mut failures = Vec::new();
    println!(
        "sample | pages LO/vanban | left, right margin Δ mm | top Δ mm (1st baseline Δ vanban) | header centres Δ mm (lines) | số/date Δ pt | rules Δ mm (rules) | sizes checked | body pt | page numbers"
    );
    for name in &names {
        let lo = Pdf::read(&std::fs::read(dir.join(format!("{name}.pdf"))).unwrap());
        let vb = Pdf::read(&vanban_pdf(name));
        let (fail, m) = check(&lo, &vb, nd30);
        println!(
            "{name} | {}/{} | {:+.2}, {:+.2} | {:+.2} ({:+.2}) | ≤ {:.2} ({}) | {:.2} | ≤ {:.2} ({}) | {} | {} | {}",
            m.pages.0,
            m.pages.1,
            m.left_mm,
            m.right_mm,
            m.top_mm,
            m.baseline_mm,
            m.header_mm,
            m.header_lines,
            m.so_row_pt,
            m.rules_mm,
            m.rules,
            m.sizes,
            m.body_pt,
            m.numbers
        );
        failures.extend(fail.into_iter().map(|f| format!("{name}: {f}")));
    }
    let known = |f: &str| KNOWN.iter().any(|(name, start)| f.starts_with(&format!("{name}: {start}")));
    for (name, start) in KNOWN {
        if names.contains(&name.to_string()) {
            assert!(
                failures.iter().any(|f| f.starts_with(&format!("{name}: {start}"))),
                "{name}: `{start}…` no longer differs: take it off KNOWN and the README"
            );
        }
    }
    failures.retain(|f| !known(f));
    assert!(failures.is_empty(), "LibreOffice's layout of the DOCX differs:\n{}", failures.join("\n"));
}

/// The check itself, without LibreOffice: vanban's PDF checked against
/// itself passes with nothing off; moved 3 mm to the right, or with its
/// 14 pt text at 13 pt, it fails at each place that moved or shrank.
#[test]
fn the_check_passes_vanban_against_itself_and_sees_a_moved_or_resized_page() {
    let nd30 = Nd30::embedded();
    let bytes = vanban_pdf("ngoc-lien-2026");
    let vb = Pdf::read(&bytes);
    let (fail, m) = check(&Pdf::read(&bytes), &vb, nd30);
    assert!(fail.is_empty(), "{fail:#?}");
    assert_eq!((m.header_mm, m.rules_mm, m.so_row_pt, m.baseline_mm), (0.0, 0.0, 0.0, 0.0));
    assert_eq!((m.header_lines, m.rules, m.numbers), (6, 3, 8));

    let mut moved = Pdf::read(&bytes);
    moved.shift(3.0 * MM);
    let (fail, _) = check(&moved, &vb, nd30);
    for want in [
        "text block's left edge at 33.",
        "justified lines end 12.",
        "header line `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` centred +3.00 mm",
        "header line `Số: /KH-UBND` centred +3.00 mm",
        "the rule under `Độc lập - Tự do - Hạnh phúc` runs",
        "page 2: its number is +3.00 mm off",
    ] {
        assert!(fail.iter().any(|f| f.starts_with(want)), "`{want}` not among {fail:#?}");
    }

    let mut small = Pdf::read(&bytes);
    small.resize(nd30.size_pt.body, 13.0);
    let (fail, m) = check(&small, &vb, nd30);
    assert_eq!(m.body_pt, 13.0);
    for want in [
        "`Độc lập - Tự do - Hạnh phúc` is set at 13.00 pt, vanban 14.00 pt",
        "the Tiêu ngữ is set at 13.00 pt",
        "body text at 13 pt",
    ] {
        assert!(fail.iter().any(|f| f.starts_with(want)), "`{want}` not among {fail:#?}");
    }
}
