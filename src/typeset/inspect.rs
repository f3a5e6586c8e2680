//! A flat view of a laid-out document: every text run and every rule with
//! its page position, size and style. Used to check NĐ30 geometry in tests,
//! to find glyphs the font lacks, and to locate fields on the page.

use typst::layout::{Frame, FrameItem, Point, Transform};
use typst::text::{FontStyle, FontWeight};
use typst::visualize::{Geometry, Paint};
use typst_layout::PagedDocument;

/// Millimetres per typographic point.
pub const MM_PER_PT: f64 = 25.4 / 72.0;

/// A run of shaped text on a page. Positions are in pt from the page's top
/// left corner; `y` is the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// 1-based page number.
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub size: f64,
    /// Height of the font's line box above the baseline (its ascender), in pt.
    pub ascender: f64,
    pub family: String,
    pub bold: bool,
    pub italic: bool,
    pub text: String,
    /// Whether the fill is pure black.
    pub black: bool,
    /// Whether the fill is bright red (the khẩn and mật stamps).
    pub red: bool,
    /// Characters drawn with the font's "missing glyph" (glyph 0).
    pub missing: Vec<char>,
}

impl TextRun {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn center(&self) -> f64 {
        self.x + self.width / 2.0
    }
}

/// A straight line drawn on a page (the rules of the header and title).
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub page: usize,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub thickness: f64,
}

impl Rule {
    pub fn length(&self) -> f64 {
        ((self.x1 - self.x0).powi(2) + (self.y1 - self.y0).powi(2)).sqrt()
    }
    pub fn center(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
}

/// A stroked rectangle on a page (a stamp's frame).
#[derive(Debug, Clone, PartialEq)]
pub struct BoxFrame {
    pub page: usize,
    /// Top-left corner, in pt from the page's top left.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub thickness: f64,
    /// Whether the stroke is bright red.
    pub red: bool,
}

/// An image placed on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Everything drawn on the pages.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Page sizes in pt (width, height).
    pub pages: Vec<(f64, f64)>,
    pub texts: Vec<TextRun>,
    pub rules: Vec<Rule>,
    pub images: Vec<Placed>,
    /// Stroked rectangles (the frames of the stamps, ô 10a, 10b, 11).
    pub frames: Vec<BoxFrame>,
    /// The width of page 1's left header column as laid out, in pt (the
    /// layout library sizes the columns from their content and marks the
    /// result `<vanban-header>`); `None` without a header.
    pub header_left: Option<f64>,
}

impl Layout {
    pub fn of(doc: &PagedDocument) -> Self {
        let mut out = Layout::default();
        for (i, page) in doc.pages().iter().enumerate() {
            let size = page.frame.size();
            out.pages.push((size.x.to_pt(), size.y.to_pt()));
            walk(&page.frame, Transform::identity(), i + 1, &mut out);
        }
        out.header_left = header_left(doc);
        out
    }

    /// Text runs of one page.
    pub fn page_texts(&self, page: usize) -> impl Iterator<Item = &TextRun> {
        self.texts.iter().filter(move |t| t.page == page)
    }

    /// The lines of text of a page, top to bottom: runs sharing a baseline
    /// (within 0.5 pt) and overlapping horizontally-adjacent are joined.
    pub fn lines(&self, page: usize) -> Vec<Line> {
        let mut runs: Vec<&TextRun> = self.page_texts(page).collect();
        runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let mut lines: Vec<Line> = Vec::new();
        for r in runs {
            match lines.last_mut() {
                Some(l) if (l.y - r.y).abs() < 0.5 && r.x - l.right() < 20.0 => l.push(r),
                _ => lines.push(Line::new(r)),
            }
        }
        lines
    }

    /// All text of the document, line by line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for p in 1..=self.pages.len() {
            for l in self.lines(p) {
                out.push_str(&l.text);
                out.push('\n');
            }
        }
        out
    }
}

/// A line of text assembled from runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub text: String,
    pub runs: Vec<TextRun>,
}

impl Line {
    fn new(r: &TextRun) -> Self {
        Line { page: r.page, x: r.x, y: r.y, width: r.width, text: r.text.clone(), runs: vec![r.clone()] }
    }

    fn push(&mut self, r: &TextRun) {
        // A visible gap between runs is a space (typst puts spaces in runs
        // themselves, so only gaps wider than a hair count).
        if r.x - self.right() > 1.0 && !self.text.ends_with(' ') && !r.text.starts_with(' ') {
            self.text.push(' ');
        }
        self.text.push_str(&r.text);
        self.width = r.right() - self.x;
        self.runs.push(r.clone());
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn center(&self) -> f64 {
        self.x + self.width / 2.0
    }

    /// The largest font size on the line.
    pub fn size(&self) -> f64 {
        self.runs.iter().map(|r| r.size).fold(0.0, f64::max)
    }

    pub fn all_bold(&self) -> bool {
        self.runs.iter().filter(|r| !r.text.trim().is_empty()).all(|r| r.bold)
    }

    pub fn all_italic(&self) -> bool {
        self.runs.iter().filter(|r| !r.text.trim().is_empty()).all(|r| r.italic)
    }
}

fn apply(t: Transform, p: Point) -> (f64, f64) {
    let p = p.transform(t);
    (p.x.to_pt(), p.y.to_pt())
}

fn walk(frame: &Frame, ts: Transform, page: usize, out: &mut Layout) {
    for (pos, item) in frame.items() {
        let here = ts.pre_concat(Transform::translate(pos.x, pos.y));
        match item {
            FrameItem::Group(group) => walk(&group.frame, here.pre_concat(group.transform), page, out),
            FrameItem::Text(text) => {
                let (x, y) = apply(here, Point::zero());
                let info = text.font.font().info();
                let missing = text
                    .glyphs
                    .iter()
                    .filter(|g| g.id == 0)
                    .filter_map(|g| text.text.get(g.range()).and_then(|s| s.chars().next()))
                    .collect();
                out.texts.push(TextRun {
                    page,
                    x,
                    y,
                    width: text.width().to_pt() * here.sx.get(),
                    size: text.size.to_pt() * here.sy.get().abs(),
                    ascender: text.font.metrics().ascender.at(text.size).to_pt() * here.sy.get().abs(),
                    family: info.family.clone(),
                    bold: info.variant.weight >= FontWeight::SEMIBOLD,
                    italic: info.variant.style != FontStyle::Normal,
                    text: text.text.to_string(),
                    black: is_black(&text.fill),
                    red: is_red(&text.fill),
                    missing,
                });
            }
            FrameItem::Shape(shape, _) => match shape.geometry {
                Geometry::Line(to) => {
                    let (x0, y0) = apply(here, Point::zero());
                    let (x1, y1) = apply(here, to);
                    let thickness = shape.stroke.as_ref().map_or(0.0, |s| s.thickness.to_pt());
                    out.rules.push(Rule { page, x0, y0, x1, y1, thickness });
                }
                Geometry::Rect(size) => {
                    if let Some(stroke) = &shape.stroke {
                        let (x, y) = apply(here, Point::zero());
                        let (x1, y1) = apply(here, Point::new(size.x, size.y));
                        out.frames.push(BoxFrame {
                            page,
                            x,
                            y,
                            width: x1 - x,
                            height: y1 - y,
                            thickness: stroke.thickness.to_pt(),
                            red: is_red(&stroke.paint),
                        });
                    }
                }
                _ => {}
            },
            FrameItem::Image(_, size, _) => {
                let (x, y) = apply(here, Point::zero());
                let (x1, y1) = apply(here, Point::new(size.x, size.y));
                out.images.push(Placed { page, x, y, width: x1 - x, height: y1 - y });
            }
            FrameItem::Link(..) | FrameItem::Tag(_) => {}
        }
    }
}

fn is_red(paint: &Paint) -> bool {
    match paint {
        Paint::Solid(color) => {
            let c = color.to_rgb();
            c.red >= 0.9 && c.green <= 0.1 && c.blue <= 0.1 && c.alpha == 1.0
        }
        _ => false,
    }
}

fn is_black(paint: &Paint) -> bool {
    match paint {
        Paint::Solid(color) => {
            let c = color.to_rgb();
            c.red == 0.0 && c.green == 0.0 && c.blue == 0.0 && c.alpha == 1.0
        }
        _ => false,
    }
}

/// The left header column's width marked by the layout library's `header`.
fn header_left(doc: &PagedDocument) -> Option<f64> {
    super::marks::number(super::marks::dicts(doc, "vanban-header").first()?, "left")
}
