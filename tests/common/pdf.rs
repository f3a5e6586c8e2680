//! A small PDF text reader for the tests, in Rust (on `lopdf`), so that
//! `cargo test` needs no system tools. It runs the text operators of each
//! page's content stream (and of the form XObjects it draws), maps every
//! glyph to Unicode through its font's `ToUnicode` CMap, places it with the
//! text and graphics matrices, and assembles lines by baseline, as
//! `pdftotext` does. `scripts/check-with-poppler.sh` (run by `.ci/run`)
//! checks that poppler reads the same text from every sample.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// One glyph on a page, in pt, with a top-left origin (as `pdftotext -bbox`).
#[derive(Debug, Clone)]
pub struct Glyph {
    pub text: String,
    /// Left edge and baseline.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub size: f64,
}

/// A word: glyphs on one baseline with no gap between them.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A horizontal rule: a stroked horizontal segment, or a filled rectangle
/// under 2 pt high, in pt with a top-left origin.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    /// The stroke width (the rectangle's height when filled).
    pub stroke: f64,
}

/// A page's glyphs, horizontal rules and height.
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub glyphs: Vec<Glyph>,
    pub rules: Vec<Rule>,
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn num(o: &Object) -> f64 {
    match o {
        Object::Integer(i) => *i as f64,
        Object::Real(r) => *r as f64,
        _ => 0.0,
    }
}

fn matrix(ops: &[Object]) -> Matrix {
    let mut m = IDENTITY;
    for (i, o) in ops.iter().take(6).enumerate() {
        m[i] = num(o);
    }
    m
}

/// What the tests need of a font: code length, widths and Unicode.
struct Font {
    two_byte: bool,
    /// Glyph-space-to-text-space factor (1/1000, or a Type3 font's matrix).
    scale: f64,
    widths: HashMap<u32, f64>,
    default_width: f64,
    unicode: HashMap<u32, String>,
}

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match resolve(doc, o) {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn hex(s: &str) -> Option<(u32, usize)> {
    let s = s.trim().trim_start_matches('<').trim_end_matches('>');
    Some((u32::from_str_radix(s, 16).ok()?, s.len()))
}

fn utf16(s: &str) -> String {
    let s = s.trim().trim_start_matches('<').trim_end_matches('>');
    let units: Vec<u16> =
        (0..s.len() / 4).filter_map(|i| u16::from_str_radix(&s[i * 4..i * 4 + 4], 16).ok()).collect();
    String::from_utf16_lossy(&units)
}

/// The `bfchar` and `bfrange` entries of a ToUnicode CMap.
fn parse_cmap(text: &str, out: &mut HashMap<u32, String>) {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .flat_map(|t| {
            // Split "<0001><0002>" into two tokens.
            let mut parts = Vec::new();
            let mut rest = t;
            while let Some(end) = rest.find('>') {
                parts.push(&rest[..=end]);
                rest = &rest[end + 1..];
            }
            if !rest.is_empty() {
                parts.push(rest);
            }
            parts
        })
        .filter(|t| !t.is_empty())
        .collect();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while i + 1 < tokens.len() && tokens[i] != "endbfchar" {
                    if let Some((code, _)) = hex(tokens[i]) {
                        out.insert(code, utf16(tokens[i + 1]));
                    }
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while i + 2 < tokens.len() && tokens[i] != "endbfrange" {
                    let (Some((lo, _)), Some((hi, _))) = (hex(tokens[i]), hex(tokens[i + 1])) else {
                        i += 1;
                        continue;
                    };
                    if tokens[i + 2] == "[" || tokens[i + 2].starts_with('[') {
                        let mut j = i + 2;
                        let mut code = lo;
                        while j < tokens.len() && !tokens[j].ends_with(']') {
                            let t = tokens[j].trim_start_matches('[');
                            if t.starts_with('<') {
                                out.insert(code, utf16(t));
                                code += 1;
                            }
                            j += 1;
                        }
                        i = j + 1;
                    } else {
                        let base = utf16(tokens[i + 2]);
                        let mut chars: Vec<char> = base.chars().collect();
                        for code in lo..=hi {
                            out.insert(code, chars.iter().collect());
                            if let Some(last) = chars.last_mut() {
                                *last = char::from_u32(*last as u32 + 1).unwrap_or(*last);
                            }
                        }
                        i += 3;
                    }
                }
            }
            _ => i += 1,
        }
    }
}

fn load_font(doc: &Document, font: &Dictionary) -> Font {
    let subtype = font.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let mut f = Font {
        two_byte: false,
        scale: 0.001,
        widths: HashMap::new(),
        default_width: 0.0,
        unicode: HashMap::new(),
    };
    if subtype == b"Type0" {
        f.two_byte = true;
        f.default_width = 1000.0;
        let descendant = font
            .get(b"DescendantFonts")
            .ok()
            .map(|o| resolve(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .and_then(|o| dict(doc, o));
        if let Some(cid) = descendant {
            if let Ok(dw) = cid.get(b"DW") {
                f.default_width = num(resolve(doc, dw));
            }
            if let Some(Object::Array(w)) = cid.get(b"W").ok().map(|o| resolve(doc, o)) {
                let mut i = 0;
                while i + 1 < w.len() {
                    let first = num(resolve(doc, &w[i])) as u32;
                    match resolve(doc, &w[i + 1]) {
                        Object::Array(ws) => {
                            for (k, width) in ws.iter().enumerate() {
                                f.widths.insert(first + k as u32, num(resolve(doc, width)));
                            }
                            i += 2;
                        }
                        last if i + 2 < w.len() => {
                            let last = num(last) as u32;
                            let width = num(resolve(doc, &w[i + 2]));
                            for c in first..=last {
                                f.widths.insert(c, width);
                            }
                            i += 3;
                        }
                        _ => break,
                    }
                }
            }
        }
    } else {
        if subtype == b"Type3"
            && let Some(Object::Array(m)) = font.get(b"FontMatrix").ok().map(|o| resolve(doc, o))
        {
            f.scale = m.first().map(|o| num(resolve(doc, o))).unwrap_or(0.001);
        }
        let first = font.get(b"FirstChar").map(|o| num(resolve(doc, o)) as u32).unwrap_or(0);
        if let Some(Object::Array(ws)) = font.get(b"Widths").ok().map(|o| resolve(doc, o)) {
            for (k, width) in ws.iter().enumerate() {
                f.widths.insert(first + k as u32, num(resolve(doc, width)));
            }
        }
    }
    if let Some(Object::Stream(s)) = font.get(b"ToUnicode").ok().map(|o| resolve(doc, o)) {
        let data = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
        parse_cmap(&String::from_utf8_lossy(&data), &mut f.unicode);
    }
    f
}

struct State {
    ctm: Matrix,
    font: Option<ObjectId>,
    font_key: Vec<u8>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    hscale: f64,
    leading: f64,
    rise: f64,
    line_width: f64,
}

struct Interp<'a> {
    doc: &'a Document,
    fonts: HashMap<(ObjectId, Vec<u8>), Font>,
    glyphs: Vec<Glyph>,
    rules: Vec<Rule>,
    height: f64,
}

impl Interp<'_> {
    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&Dictionary>,
        ctm: Matrix,
        res_id: ObjectId,
        depth: usize,
    ) {
        let Ok(content) = Content::decode(content) else { return };
        let doc = self.doc;
        let font_dict = resources.and_then(|r| r.get(b"Font").ok()).and_then(|o| dict(doc, o));
        let xobjects = resources.and_then(|r| r.get(b"XObject").ok()).and_then(|o| dict(doc, o));
        let mut stack = Vec::new();
        let mut gs = State {
            ctm,
            font: None,
            font_key: Vec::new(),
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
            line_width: 1.0,
        };
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        // The path being built, in device space: straight segments and
        // rectangles (x, y, width, height).
        let mut segs: Vec<[f64; 4]> = Vec::new();
        let mut rects: Vec<[f64; 4]> = Vec::new();
        let (mut cur, mut start) = ((0.0, 0.0), (0.0, 0.0));
        let at = |m: &Matrix, x: f64, y: f64| (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
        for op in &content.operations {
            let a = &op.operands;
            match op.operator.as_str() {
                "q" => stack.push((gs.ctm, gs.font, gs.font_key.clone(), gs.size, gs.line_width)),
                "Q" => {
                    if let Some((c, f, k, s, w)) = stack.pop() {
                        (gs.ctm, gs.font, gs.font_key, gs.size, gs.line_width) = (c, f, k, s, w);
                    }
                }
                "w" => gs.line_width = a.first().map(num).unwrap_or(1.0),
                "m" => {
                    cur = at(&gs.ctm, a.first().map(num).unwrap_or(0.0), a.get(1).map(num).unwrap_or(0.0));
                    start = cur;
                }
                "l" => {
                    let p = at(&gs.ctm, a.first().map(num).unwrap_or(0.0), a.get(1).map(num).unwrap_or(0.0));
                    segs.push([cur.0, cur.1, p.0, p.1]);
                    cur = p;
                }
                "h" => {
                    segs.push([cur.0, cur.1, start.0, start.1]);
                    cur = start;
                }
                "re" => {
                    let v: Vec<f64> = a.iter().take(4).map(num).collect();
                    if v.len() == 4 {
                        let (x0, y0) = at(&gs.ctm, v[0], v[1]);
                        let (x1, y1) = at(&gs.ctm, v[0] + v[2], v[1] + v[3]);
                        rects.push([x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs()]);
                    }
                }
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" | "n" => {
                    let op = op.operator.as_str();
                    let stroke = matches!(op, "S" | "s" | "B" | "B*" | "b" | "b*");
                    let fill = matches!(op, "f" | "F" | "f*" | "B" | "B*" | "b" | "b*");
                    let scale = (gs.ctm[2] * gs.ctm[2] + gs.ctm[3] * gs.ctm[3]).sqrt();
                    if stroke {
                        for [x0, y0, x1, y1] in segs.iter().copied().chain(
                            rects
                                .iter()
                                .flat_map(|&[x, y, w, h]| [[x, y, x + w, y], [x, y + h, x + w, y + h]]),
                        ) {
                            if (y1 - y0).abs() < 0.1 && (x1 - x0).abs() > 1.0 {
                                let y = self.height - y0;
                                self.rules.push(Rule {
                                    x0: x0.min(x1),
                                    x1: x0.max(x1),
                                    y,
                                    stroke: gs.line_width * scale,
                                });
                            }
                        }
                    }
                    if fill {
                        for &[x, y, w, h] in &rects {
                            if h < 2.0 && w > 1.0 {
                                let y = self.height - (y + h / 2.0);
                                self.rules.push(Rule { x0: x, x1: x + w, y, stroke: h });
                            }
                        }
                    }
                    segs.clear();
                    rects.clear();
                }
                "cm" => gs.ctm = mul(&matrix(a), &gs.ctm),
                "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
                "Tf" => {
                    gs.size = a.get(1).map(num).unwrap_or(0.0);
                    let name = a.first().and_then(|o| o.as_name().ok()).unwrap_or(b"").to_vec();
                    let font = font_dict.and_then(|d| d.get(&name).ok());
                    gs.font = match font {
                        Some(Object::Reference(id)) => Some(*id),
                        Some(_) => Some(res_id),
                        None => None,
                    };
                    gs.font_key = name.clone();
                    let key = (gs.font.unwrap_or(res_id), name);
                    if let Some(d) = font.and_then(|o| dict(doc, o))
                        && !self.fonts.contains_key(&key)
                    {
                        self.fonts.insert(key, load_font(doc, d));
                    }
                }
                "Tc" => gs.char_spacing = a.first().map(num).unwrap_or(0.0),
                "Tw" => gs.word_spacing = a.first().map(num).unwrap_or(0.0),
                "Tz" => gs.hscale = a.first().map(num).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = a.first().map(num).unwrap_or(0.0),
                "Ts" => gs.rise = a.first().map(num).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (tx, ty) = (a.first().map(num).unwrap_or(0.0), a.get(1).map(num).unwrap_or(0.0));
                    if op.operator == "TD" {
                        gs.leading = -ty;
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                    tm = tlm;
                }
                "Tm" => {
                    tlm = matrix(a);
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator != "Tj" && op.operator != "TJ" {
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    let items: Vec<&Object> = match op.operator.as_str() {
                        "TJ" => a
                            .first()
                            .and_then(|o| o.as_array().ok())
                            .map(|v| v.iter().collect())
                            .unwrap_or_default(),
                        "\"" => a.get(2).into_iter().collect(),
                        _ => a.first().into_iter().collect(),
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => self.show(bytes, &gs, &mut tm, res_id),
                            other => {
                                let adj = -num(other) / 1000.0 * gs.size * gs.hscale;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, adj, 0.0], &tm);
                            }
                        }
                    }
                }
                "Do" if depth < 8 => {
                    let name = a.first().and_then(|o| o.as_name().ok()).unwrap_or(b"");
                    let Some(obj) = xobjects.and_then(|x| x.get(name).ok()) else { continue };
                    let id = match obj {
                        Object::Reference(id) => *id,
                        _ => res_id,
                    };
                    if let Object::Stream(s) = resolve(doc, obj)
                        && s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(b"Form")
                    {
                        let m = s.dict.get(b"Matrix").ok().and_then(|o| o.as_array().ok()).map(|v| matrix(v));
                        let ctm = mul(&m.unwrap_or(IDENTITY), &gs.ctm);
                        let res = s.dict.get(b"Resources").ok().and_then(|o| dict(doc, o)).or(resources);
                        let data = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
                        self.run(&data, res, ctm, id, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn show(&mut self, bytes: &[u8], gs: &State, tm: &mut Matrix, res_id: ObjectId) {
        let Some(font) = self.fonts.get(&(gs.font.unwrap_or(res_id), gs.font_key.clone())) else { return };
        let codes: Vec<u32> = if font.two_byte {
            bytes.chunks(2).map(|c| c.iter().fold(0u32, |acc, b| acc << 8 | *b as u32)).collect()
        } else {
            bytes.iter().map(|b| *b as u32).collect()
        };
        for code in codes {
            let w = font.widths.get(&code).copied().unwrap_or(font.default_width) * font.scale;
            let trm = mul(&[gs.size * gs.hscale, 0.0, 0.0, gs.size, 0.0, gs.rise], &mul(tm, &gs.ctm));
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            let width = w * (trm[0] * trm[0] + trm[1] * trm[1]).sqrt();
            let text = font.unicode.get(&code).cloned().unwrap_or_default();
            let space = if !font.two_byte && code == 32 { gs.word_spacing } else { 0.0 };
            self.glyphs.push(Glyph { text, x: trm[4], y: self.height - trm[5], width, size });
            let tx = (w * gs.size + gs.char_spacing + space) * gs.hscale;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
    }
}

/// A page's resource dictionary, its own or inherited, direct or referenced.
fn page_resources(doc: &Document, page_id: ObjectId) -> Option<&Dictionary> {
    let (res, ids) = doc.get_page_resources(page_id).ok()?;
    res.or_else(|| ids.first().and_then(|id| doc.get_dictionary(*id).ok()))
}

/// The glyphs of every page.
pub fn pages(pdf: &[u8]) -> Vec<Page> {
    let doc = Document::load_mem(pdf).expect("the PDF parses");
    let mut out = Vec::new();
    for (_, &page_id) in doc.get_pages().iter() {
        let page = doc.get_dictionary(page_id).unwrap();
        let media = page
            .get(b"MediaBox")
            .ok()
            .and_then(|o| resolve(&doc, o).as_array().ok())
            .map(|v| v.iter().map(|o| num(resolve(&doc, o))).collect::<Vec<_>>())
            .unwrap_or_else(|| vec![0.0, 0.0, 595.0, 842.0]);
        let height = media[3] - media[1];
        let res = page_resources(&doc, page_id);
        let mut interp =
            Interp { doc: &doc, fonts: HashMap::new(), glyphs: Vec::new(), rules: Vec::new(), height };
        let content = doc.get_page_content(page_id);
        // Content streams have a bottom-left origin offset by the MediaBox.
        let ctm = [1.0, 0.0, 0.0, 1.0, -media[0], -media[1]];
        interp.run(&content, res, ctm, page_id, 0);
        out.push(Page { width: media[2] - media[0], height, glyphs: interp.glyphs, rules: interp.rules });
    }
    out
}

/// A run of glyphs on one baseline with no wide gap: a piece of a line.
#[derive(Debug, Clone)]
pub struct Segment {
    pub x0: f64,
    pub x1: f64,
    /// The baseline, from the top of the page.
    pub y: f64,
    /// The size of its first glyph.
    pub size: f64,
    last_size: f64,
    pub text: String,
}

/// The segments of a page: glyphs grouped by baseline, split where the gap
/// is wide enough to separate columns.
pub fn segments(page: &Page) -> Vec<Segment> {
    let mut glyphs: Vec<&Glyph> = page.glyphs.iter().filter(|g| !g.text.is_empty()).collect();
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // Group by baseline.
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(r) if (r[0].y - g.y).abs() < 0.3 * r[0].size.max(g.size) => r.push(g),
            _ => rows.push(vec![g]),
        }
    }
    // A superscript (a footnote number) belongs to the line it is raised
    // above: smaller glyphs less than half a line above the next row.
    let mut merged: Vec<Vec<&Glyph>> = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while let Some(mut row) = rows.next() {
        let small = row.iter().map(|g| g.size).fold(0.0, f64::max);
        if let Some(next) = rows.peek_mut() {
            let size = next.iter().map(|g| g.size).fold(0.0, f64::max);
            if small < 0.85 * size && next[0].y - row[0].y < 0.5 * size {
                next.append(&mut row);
                continue;
            }
        }
        merged.push(row);
    }
    let mut out = Vec::new();
    for mut row in merged {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut seg: Option<Segment> = None;
        for g in row {
            if let Some(s) = seg.as_mut() {
                let gap = g.x - s.x1;
                if gap > 2.0 * s.size.max(g.size) {
                    out.push(seg.take().unwrap());
                } else {
                    // A change of size (a superscript) starts a word at a
                    // smaller gap.
                    let resized = (g.size - s.last_size).abs() > 0.15 * g.size.max(s.last_size);
                    let wide = if resized { 0.02 } else { 0.15 } * g.size;
                    s.last_size = g.size;
                    if gap > wide && !s.text.ends_with(' ') && !g.text.starts_with(' ') {
                        s.text.push(' ');
                    }
                    s.text.push_str(&g.text);
                    s.x1 = s.x1.max(g.x + g.width);
                    continue;
                }
            }
            seg = Some(Segment {
                x0: g.x,
                x1: g.x + g.width,
                y: g.y,
                size: g.size,
                last_size: g.size,
                text: g.text.clone(),
            });
        }
        out.extend(seg);
    }
    out
}

/// The text of each page, in reading order: segments that follow one
/// another down the page and overlap horizontally form a block (a column
/// of a table, one side of the header), and blocks are read top to bottom,
/// left to right, as `pdftotext` reads them.
pub fn page_text(page: &Page) -> String {
    let segs = segments(page);
    let mut blocks: Vec<Vec<Segment>> = Vec::new();
    for s in segs {
        let fit = blocks.iter_mut().rev().find(|b| {
            let last = b.last().unwrap();
            let dy = s.y - last.y;
            dy > 0.0 && dy < 2.0 * last.size.max(s.size) && s.x0 < last.x1 && s.x1 > last.x0
        });
        match fit {
            Some(b) => b.push(s),
            None => blocks.push(vec![s]),
        }
    }
    let mut out = String::new();
    for b in blocks {
        for s in b {
            out.push_str(s.text.trim_end());
            out.push('\n');
        }
    }
    out
}

/// The text of the document, pages separated by form feeds (as `pdftotext`).
pub fn text(pdf: &[u8]) -> String {
    let mut out = String::new();
    for page in pages(pdf) {
        out.push_str(&page_text(&page));
        out.push('\u{c}');
    }
    out
}

/// Words with their boxes (as `pdftotext -bbox`), top-left origin.
pub fn words(pdf: &[u8]) -> Vec<Word> {
    let mut out = Vec::new();
    for (i, page) in pages(pdf).iter().enumerate() {
        let mut glyphs: Vec<&Glyph> = page.glyphs.iter().collect();
        glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let mut word: Option<Word> = None;
        let mut last_y = f64::NAN;
        for g in glyphs {
            let new_line = (g.y - last_y).abs() >= 0.3 * g.size || last_y.is_nan();
            let blank = g.text.trim().is_empty();
            if let Some(w) = word.as_mut()
                && !new_line
                && !blank
                && g.x - w.x1 <= 0.15 * g.size
            {
                w.text.push_str(&g.text);
                w.x1 = w.x1.max(g.x + g.width);
                w.y0 = w.y0.min(g.y - 0.8 * g.size);
                continue;
            }
            out.extend(word.take());
            last_y = g.y;
            if !blank {
                word = Some(Word {
                    page: i + 1,
                    text: g.text.clone(),
                    x0: g.x,
                    y0: g.y - 0.8 * g.size,
                    x1: g.x + g.width,
                    y1: g.y + 0.2 * g.size,
                });
            }
        }
        out.extend(word);
    }
    out
}

fn load(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("the PDF parses")
}

fn catalog(doc: &Document) -> &Dictionary {
    doc.catalog().expect("the PDF has a catalog")
}

/// The size of each page in pt (width, height), from its MediaBox.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let doc = load(pdf);
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).unwrap();
            let b: Vec<f64> = page
                .get(b"MediaBox")
                .ok()
                .and_then(|o| resolve(&doc, o).as_array().ok())
                .map(|v| v.iter().map(|o| num(resolve(&doc, o))).collect())
                .expect("the page has a MediaBox");
            (b[2] - b[0], b[3] - b[1])
        })
        .collect()
}

/// The PDF version in the header (`1.7`).
pub fn version(pdf: &[u8]) -> String {
    load(pdf).version
}

/// A font as `pdffonts` lists it.
#[derive(Debug, Clone)]
pub struct FontInfo {
    pub name: String,
    pub subtype: String,
    /// A font program is embedded (FontFile, FontFile2 or FontFile3).
    pub embedded: bool,
    /// Its name has a subset tag (`ABCDEF+`).
    pub subset: bool,
    /// It has a ToUnicode map.
    pub unicode: bool,
}

/// Every font the pages use, directly or in their form XObjects.
pub fn fonts(pdf: &[u8]) -> Vec<FontInfo> {
    let doc = load(pdf);
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (&id, obj) in &doc.objects {
        let Some(d) = dict(&doc, obj) else { continue };
        if d.get(b"Type").ok().and_then(|o| o.as_name().ok()) != Some(b"Font") {
            continue;
        }
        let subtype = d.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
        if subtype == b"CIDFontType0" || subtype == b"CIDFontType2" {
            continue; // listed through its Type0 parent
        }
        if !seen.insert(id) {
            continue;
        }
        let name = d
            .get(b"BaseFont")
            .ok()
            .and_then(|o| o.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_else(|| "[none]".into());
        let descendant = if subtype == b"Type0" {
            d.get(b"DescendantFonts")
                .ok()
                .and_then(|o| resolve(&doc, o).as_array().ok())
                .and_then(|a| a.first())
                .and_then(|o| dict(&doc, o))
        } else {
            Some(d)
        };
        let descriptor = descendant.and_then(|f| f.get(b"FontDescriptor").ok()).and_then(|o| dict(&doc, o));
        // A Type3 font's glyphs are content streams in the PDF itself.
        let embedded = subtype == b"Type3"
            || descriptor.is_some_and(|fd| {
                [&b"FontFile"[..], b"FontFile2", b"FontFile3"].iter().any(|k| fd.get(k).is_ok())
            });
        let tag = name.split_once('+').map(|(t, _)| t);
        let subset = tag.is_some_and(|t| t.len() == 6 && t.bytes().all(|b| b.is_ascii_uppercase()));
        out.push(FontInfo {
            name,
            subtype: String::from_utf8_lossy(subtype).into_owned(),
            embedded,
            subset,
            unicode: d.get(b"ToUnicode").is_ok(),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The XMP metadata packet of the document catalog.
pub fn xmp(pdf: &[u8]) -> String {
    let doc = load(pdf);
    let Some(Object::Stream(s)) = catalog(&doc).get(b"Metadata").ok().map(|o| resolve(&doc, o)) else {
        return String::new();
    };
    String::from_utf8_lossy(&s.decompressed_content().unwrap_or_else(|_| s.content.clone())).into_owned()
}

/// An entry of the document information dictionary, as written
/// (`D:20260101000000Z` for dates).
pub fn info(pdf: &[u8], key: &str) -> Option<String> {
    let doc = load(pdf);
    let info = doc.trailer.get(b"Info").ok().and_then(|o| dict(&doc, o))?;
    match resolve(&doc, info.get(key.as_bytes()).ok()?) {
        Object::String(bytes, _) => Some(if bytes.starts_with(&[0xfe, 0xff]) {
            let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        }),
        _ => None,
    }
}

/// The document has an interactive form (`/AcroForm` in the catalog).
pub fn has_acroform(pdf: &[u8]) -> bool {
    catalog(&load(pdf)).get(b"AcroForm").is_ok()
}

/// The names of the embedded files, in the order of the catalog's
/// `EmbeddedFiles` name tree (as `pdfdetach -list`).
pub fn attachment_names(pdf: &[u8]) -> Vec<String> {
    fn walk(doc: &Document, node: &Dictionary, out: &mut Vec<String>) {
        if let Ok(Object::Array(names)) = node.get(b"Names").map(|o| resolve(doc, o)) {
            for spec in names.iter().skip(1).step_by(2) {
                let Some(spec) = dict(doc, spec) else { continue };
                let name = spec.get(b"UF").or_else(|_| spec.get(b"F")).ok().map(|o| resolve(doc, o));
                if let Some(Object::String(bytes, _)) = name {
                    out.push(if bytes.starts_with(&[0xfe, 0xff]) {
                        let units: Vec<u16> =
                            bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
                        String::from_utf16_lossy(&units)
                    } else {
                        String::from_utf8_lossy(bytes).into_owned()
                    });
                }
            }
        }
        if let Ok(Object::Array(kids)) = node.get(b"Kids").map(|o| resolve(doc, o)) {
            for kid in kids {
                if let Some(kid) = dict(doc, kid) {
                    walk(doc, kid, out);
                }
            }
        }
    }
    let doc = load(pdf);
    let mut out = Vec::new();
    let tree = catalog(&doc)
        .get(b"Names")
        .ok()
        .and_then(|o| dict(&doc, o))
        .and_then(|n| n.get(b"EmbeddedFiles").ok())
        .and_then(|o| dict(&doc, o));
    if let Some(tree) = tree {
        walk(&doc, tree, &mut out);
    }
    out
}

/// An image XObject, its samples decoded (8 bits per component).
#[derive(Debug, Clone)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    /// Components per pixel: 1 (gray) or 3 (RGB).
    pub components: usize,
    pub samples: Vec<u8>,
    /// Its soft mask (alpha), if any.
    pub smask: Option<Box<Image>>,
}

fn image(doc: &Document, s: &lopdf::Stream) -> Image {
    let get = |k: &[u8]| s.dict.get(k).map(|o| num(resolve(doc, o))).unwrap_or(0.0);
    let space = s.dict.get(b"ColorSpace").ok().map(|o| resolve(doc, o));
    let components = match space {
        Some(Object::Name(n)) if n == b"DeviceGray" => 1,
        Some(Object::Array(a)) if a.first().and_then(|o| o.as_name().ok()) == Some(b"ICCBased") => a
            .get(1)
            .and_then(|o| dict(doc, o))
            .and_then(|d| d.get(b"N").ok())
            .map(|o| num(resolve(doc, o)) as usize)
            .unwrap_or(3),
        None => 1, // a soft mask
        _ => 3,
    };
    assert_eq!(get(b"BitsPerComponent"), 8.0, "8-bit image samples");
    let smask = s.dict.get(b"SMask").ok().map(|o| resolve(doc, o)).and_then(|o| match o {
        Object::Stream(m) => Some(Box::new(image(doc, m))),
        _ => None,
    });
    Image {
        width: get(b"Width") as u32,
        height: get(b"Height") as u32,
        components,
        samples: s.decompressed_content().expect("image samples decode (FlateDecode)"),
        smask,
    }
}

/// The images drawn on the pages (not their soft masks), in page order.
pub fn images(pdf: &[u8]) -> Vec<Image> {
    let doc = load(pdf);
    let mut out = Vec::new();
    for &page_id in doc.get_pages().values() {
        let Some(xobjects) =
            page_resources(&doc, page_id).and_then(|r| r.get(b"XObject").ok()).and_then(|o| dict(&doc, o))
        else {
            continue;
        };
        collect_images(&doc, xobjects, &mut out, 0);
    }
    out
}

fn collect_images(doc: &Document, xobjects: &Dictionary, out: &mut Vec<Image>, depth: usize) {
    for (_, obj) in xobjects.iter() {
        let Object::Stream(s) = resolve(doc, obj) else { continue };
        match s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) {
            Some(b"Image") => out.push(image(doc, s)),
            Some(b"Form") if depth < 8 => {
                let inner = s
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|o| dict(doc, o))
                    .and_then(|r| r.get(b"XObject").ok())
                    .and_then(|o| dict(doc, o));
                if let Some(inner) = inner {
                    collect_images(doc, inner, out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// Whether a glyph's text is right-to-left (Hebrew, Arabic, Syriac, Thaana,
/// NKo and their presentation forms).
fn rtl(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x07FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The text in content-stream order (as `pdftotext -raw`): glyphs as drawn,
/// a new line where the baseline changes, a space at a visible gap.
pub fn raw_text(pdf: &[u8]) -> String {
    let mut out = String::new();
    for page in pages(pdf) {
        let mut glyphs: Vec<&Glyph> = page.glyphs.iter().filter(|g| !g.text.is_empty()).collect();
        // Right-to-left runs (Hebrew, Arabic) read from right to left,
        // whichever order they were drawn in (as pdftotext does).
        let mut i = 0;
        while i < glyphs.len() {
            if !rtl(&glyphs[i].text) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < glyphs.len()
                && (glyphs[j].y - glyphs[i].y).abs() < 0.3 * glyphs[i].size
                && (rtl(&glyphs[j].text)
                    || glyphs[j].text.trim().is_empty() && glyphs.get(j + 1).is_some_and(|n| rtl(&n.text)))
            {
                j += 1;
            }
            glyphs[i..j].sort_by(|a, b| b.x.total_cmp(&a.x));
            i = j;
        }
        let mut last: Option<&Glyph> = None;
        for g in glyphs {
            if let Some(l) = last {
                if (g.y - l.y).abs() >= 0.3 * g.size.max(l.size) {
                    out.push('\n');
                } else if !rtl(&g.text)
                    && (g.x - (l.x + l.width)).abs() > 0.15 * g.size
                    && !g.text.starts_with(' ')
                {
                    out.push(' ');
                }
            }
            out.push_str(&g.text);
            last = Some(g);
        }
        out.push_str("\n\u{c}");
    }
    out
}

/// The rows of each page, top to bottom: all glyphs on one baseline, left
/// to right, whatever the gaps between them (a table row read across).
pub fn rows(pdf: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for page in pages(pdf) {
        let mut segs = segments(&page);
        segs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
        let mut last_y = f64::NAN;
        for s in segs {
            if (s.y - last_y).abs() < 0.3 * s.size {
                let row: &mut String = out.last_mut().unwrap();
                row.push(' ');
                row.push_str(s.text.trim());
            } else {
                out.push(s.text.trim().to_string());
                last_y = s.y;
            }
        }
    }
    out
}
