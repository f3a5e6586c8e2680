//! PDF input: a text PDF as vanban or Word writes it. The text operators
//! of each page are run (on `lopdf`, as the tests' reader does), every
//! glyph is mapped to Unicode through its font's `ToUnicode` CMap and
//! placed with its size and its font's weight and slant; glyphs make
//! lines by baseline, split into columns at wide gaps, and lines make
//! paragraphs (first-line indents, full lines, style) — the neutral
//! [`Line`]s the recognisers read. Ruling lines make tables (a form's
//! trailing empty rows counted); a form's drawn tick boxes read as `☐`;
//! a line ending in a dot leader or holding a box is a line of its own.
//! A PDF vanban wrote with its YAML attached gives that YAML back instead
//! (see [`crate::extract`]).

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

use super::{Align, Line};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// One glyph on a page, in pt, with a top-left origin.
#[derive(Debug, Clone)]
pub(super) struct Glyph {
    pub(super) text: String,
    /// Left edge and baseline.
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) width: f64,
    pub(super) size: f64,
    pub(super) bold: bool,
    pub(super) italic: bool,
}

/// A page's glyphs and its ruling lines (a table's borders).
pub(super) struct Page {
    pub(super) glyphs: Vec<Glyph>,
    pub(super) rules: Vec<Rule>,
    /// Wider than tall once turned by its `/Rotate`: a landscape page.
    pub(super) landscape: bool,
}

/// A straight stroke, horizontal or vertical, in pt with a top-left
/// origin: `(x0, y0)` its top or left end.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rule {
    pub(super) x0: f64,
    pub(super) y0: f64,
    pub(super) x1: f64,
    pub(super) y1: f64,
}

impl Rule {
    pub(super) fn horizontal(&self) -> bool {
        (self.y1 - self.y0).abs() < 0.5 && self.x1 - self.x0 > 5.0
    }
    pub(super) fn vertical(&self) -> bool {
        (self.x1 - self.x0).abs() < 0.5 && self.y1 - self.y0 > 5.0
    }
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

/// What the import needs of a font: code length, widths and Unicode.
struct Font {
    bold: bool,
    italic: bool,
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

/// Which bound an inflated stream went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Over {
    /// [`IMPORT_MAX_STREAM_BYTES`](crate::limits::IMPORT_MAX_STREAM_BYTES), one stream.
    Stream,
    /// [`IMPORT_MAX_CONTENT_BYTES`](crate::limits::IMPORT_MAX_CONTENT_BYTES), all together.
    Total,
}

/// The bytes one import has inflated so far: every stream is inflated
/// against what is left, so a stream stops inflating at the first byte
/// past a bound instead of being measured afterwards.
#[derive(Debug, Clone, Copy, Default)]
struct Inflated(usize);

impl Inflated {
    fn inflate(&mut self, stream: &Stream) -> Result<Vec<u8>, Over> {
        use crate::limits::{IMPORT_MAX_CONTENT_BYTES, IMPORT_MAX_STREAM_BYTES};
        let left = IMPORT_MAX_CONTENT_BYTES.saturating_sub(self.0);
        let (limit, over) = if left < IMPORT_MAX_STREAM_BYTES {
            (left, Over::Total)
        } else {
            (IMPORT_MAX_STREAM_BYTES, Over::Stream)
        };
        let data = match stream.decompressed_content_with_limit(limit) {
            Ok(data) => data,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                return Err(over);
            }
            // A stream that does not inflate is read as it stands (as
            // before), within the same bounds.
            Err(_) if stream.content.len() <= limit => stream.content.clone(),
            Err(_) => return Err(over),
        };
        self.0 += data.len();
        Ok(data)
    }
}

fn load_font(doc: &Document, font: &Dictionary, inflated: &mut Inflated) -> Result<Font, Over> {
    let subtype = font.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let base = font.get(b"BaseFont").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let base = String::from_utf8_lossy(base).to_lowercase();
    let mut f = Font {
        bold: base.contains("bold")
            || base.contains("black")
            || base.contains("heavy")
            || base.contains(",bd"),
        italic: base.contains("italic") || base.contains("oblique"),
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
        let data = inflated.inflate(s)?;
        parse_cmap(&String::from_utf8_lossy(&data), &mut f.unicode);
    }
    Ok(f)
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
}

struct Interp<'a> {
    doc: &'a Document,
    fonts: HashMap<(ObjectId, Vec<u8>), Font>,
    glyphs: Vec<Glyph>,
    height: f64,
    /// Straight strokes drawn so far, and the path being built.
    rules: Vec<Rule>,
    path: Vec<Rule>,
    current: Option<(f64, f64)>,
    /// What the import has inflated, and the bound it went past (the page
    /// is then read no further).
    inflated: Inflated,
    over: Option<Over>,
}

impl Interp<'_> {
    /// A point of user space on the page, top-left origin.
    fn point(&self, ctm: &Matrix, x: f64, y: f64) -> (f64, f64) {
        (ctm[0] * x + ctm[2] * y + ctm[4], self.height - (ctm[1] * x + ctm[3] * y + ctm[5]))
    }

    /// A segment of the path, kept when horizontal or vertical.
    fn segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        let r = Rule { x0: a.0.min(b.0), y0: a.1.min(b.1), x1: a.0.max(b.0), y1: a.1.max(b.1) };
        if (r.horizontal() || r.vertical()) && self.path.len() < 10_000 {
            self.path.push(r);
        }
    }
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
        };
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        for op in &content.operations {
            if self.over.is_some() {
                return;
            }
            let a = &op.operands;
            let n = |k: usize| a.get(k).map(num).unwrap_or(0.0);
            match op.operator.as_str() {
                // Paths: straight strokes are kept as rules (a table's
                // borders); a thin filled rectangle is a rule too.
                "m" => self.current = Some(self.point(&gs.ctm, n(0), n(1))),
                "l" => {
                    let p = self.point(&gs.ctm, n(0), n(1));
                    if let Some(c) = self.current {
                        self.segment(c, p);
                    }
                    self.current = Some(p);
                }
                "re" => {
                    let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                    let c = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
                        .map(|(x, y)| self.point(&gs.ctm, x, y));
                    if w.abs() < 1.5 || h.abs() < 1.5 {
                        let mid = |a: (f64, f64), b: (f64, f64)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                        let (a, b) = if w.abs() < 1.5 {
                            (mid(c[0], c[1]), mid(c[2], c[3]))
                        } else {
                            (mid(c[0], c[3]), mid(c[1], c[2]))
                        };
                        self.segment(a, b);
                    } else {
                        for k in 0..4 {
                            self.segment(c[k], c[(k + 1) % 4]);
                        }
                    }
                }
                "S" | "s" | "B" | "b" | "B*" | "b*" | "f" | "F" | "f*" => {
                    let path = std::mem::take(&mut self.path);
                    if self.rules.len() < 20_000 {
                        self.rules.extend(path);
                    }
                    self.current = None;
                }
                "n" => {
                    self.path.clear();
                    self.current = None;
                }
                "q" => stack.push((gs.ctm, gs.font, gs.font_key.clone(), gs.size)),
                "Q" => {
                    if let Some((c, f, k, s)) = stack.pop() {
                        (gs.ctm, gs.font, gs.font_key, gs.size) = (c, f, k, s);
                    }
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
                        match load_font(doc, d, &mut self.inflated) {
                            Ok(font) => {
                                self.fonts.insert(key, font);
                            }
                            Err(over) => self.over = Some(over),
                        }
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
                        match self.inflated.inflate(s) {
                            Ok(data) => self.run(&data, res, ctm, id, depth + 1),
                            Err(over) => self.over = Some(over),
                        }
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
            if self.glyphs.len() < crate::limits::IMPORT_MAX_GLYPHS {
                self.glyphs.push(Glyph {
                    text,
                    x: trm[4],
                    y: self.height - trm[5],
                    width,
                    size,
                    bold: font.bold,
                    italic: font.italic,
                });
            }
            let tx = (w * gs.size + gs.char_spacing + space) * gs.hscale;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
    }
}

/// A page's attribute, its own or inherited from the page tree above it
/// (`MediaBox`, `Rotate`), resolved; a few levels at most.
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..crate::limits::IMPORT_MAX_DEPTH {
        if let Ok(o) = node.get(key) {
            return Some(resolve(doc, o));
        }
        node = node.get(b"Parent").ok().and_then(|p| dict(doc, p))?;
    }
    None
}

/// A page's resource dictionary, its own or inherited, direct or referenced.
fn page_resources(doc: &Document, page_id: ObjectId) -> Option<&Dictionary> {
    let (res, ids) = doc.get_page_resources(page_id).ok()?;
    res.or_else(|| ids.first().and_then(|id| doc.get_dictionary(*id).ok()))
}

/// An `import-pdf` error: its message and hint, from the catalogue.
fn error(message: String, hint: String) -> Diagnostics {
    Diagnostics::from(Diagnostic::error("import-pdf", message).with_hint(hint))
}

/// A stream inflated past a bound: on page `page` (0: while the file was
/// read, before any page).
fn inflates_too_much(name: &str, page: usize, over: Over) -> Diagnostics {
    use crate::limits::{IMPORT_MAX_CONTENT_BYTES, IMPORT_MAX_STREAM_BYTES};
    match over {
        Over::Stream => error(
            crate::t!(
                "import-pdf-stream-too-large",
                name = name,
                page = page,
                max = IMPORT_MAX_STREAM_BYTES >> 20
            ),
            crate::t!("import-pdf-stream-too-large.hint"),
        ),
        Over::Total => error(
            crate::t!(
                "import-pdf-content-too-large",
                name = name,
                page = page,
                max = IMPORT_MAX_CONTENT_BYTES >> 20
            ),
            crate::t!("import-pdf-content-too-large.hint"),
        ),
    }
}

fn too_many_pages(name: &str, pages: usize) -> Diagnostics {
    error(
        crate::t!(
            "import-pdf-too-many-pages",
            name = name,
            pages = pages,
            max = crate::limits::IMPORT_MAX_PAGES
        ),
        crate::t!("import-pdf-too-many-pages.hint"),
    )
}

/// Refuses a PDF whose page tree says it has more pages than an import
/// reads, from its `/Count` alone, before the file is loaded whole (which
/// costs memory by the number of objects). A count that lies low is caught
/// again when the pages are listed.
pub(super) fn check_page_count(name: &str, pdf: &[u8]) -> Result<(), Diagnostics> {
    match Document::load_metadata_mem(pdf) {
        Ok(meta) if meta.page_count as usize > crate::limits::IMPORT_MAX_PAGES => {
            Err(too_many_pages(name, meta.page_count as usize))
        }
        _ => Ok(()),
    }
}

fn encrypted(name: &str) -> Diagnostics {
    error(crate::t!("import-pdf-encrypted", name = name), crate::t!("import-pdf-encrypted.hint"))
}

/// The glyphs of every page.
fn pages(name: &str, pdf: &[u8]) -> Result<Vec<Page>, Diagnostics> {
    check_page_count(name, pdf)?;
    let options = LoadOptions {
        max_decompressed_size: Some(crate::limits::IMPORT_MAX_STREAM_BYTES),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(pdf, options).map_err(|e| {
        if let lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) = e {
            return inflates_too_much(name, 0, Over::Stream);
        }
        let msg = e.to_string();
        if msg.to_lowercase().contains("encrypt") || msg.to_lowercase().contains("password") {
            encrypted(name)
        } else {
            error(
                crate::t!("import-pdf-unreadable", name = name, error = msg),
                crate::t!("import-pdf-unreadable.hint"),
            )
        }
    })?;
    if doc.is_encrypted() {
        return Err(encrypted(name));
    }
    let page_ids: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    if page_ids.len() > crate::limits::IMPORT_MAX_PAGES {
        return Err(too_many_pages(name, page_ids.len()));
    }
    let mut out = Vec::new();
    let mut inflated = Inflated::default();
    for (index, page_id) in page_ids.into_iter().enumerate() {
        let Ok(page) = doc.get_dictionary(page_id) else { continue };
        let media = inherited(&doc, page, b"MediaBox")
            .and_then(|o| o.as_array().ok())
            .map(|v| v.iter().map(|o| num(resolve(&doc, o))).collect::<Vec<_>>())
            .filter(|v| v.len() == 4)
            .unwrap_or_else(|| vec![0.0, 0.0, 595.0, 842.0]);
        let height = media[3] - media[1];
        // A page turned a quarter shows its MediaBox's width as its height.
        let quarter =
            inherited(&doc, page, b"Rotate").map(|o| num(o) as i64).is_some_and(|r| r.rem_euclid(180) == 90);
        let wide = (media[2] - media[0]).abs() > height.abs();
        let landscape = wide != quarter;
        let res = page_resources(&doc, page_id);
        let mut interp = Interp {
            doc: &doc,
            fonts: HashMap::new(),
            glyphs: Vec::new(),
            height,
            rules: Vec::new(),
            path: Vec::new(),
            current: None,
            inflated,
            over: None,
        };
        // The page's content streams, one after another, each inflated
        // within the bounds.
        let mut content = Vec::new();
        for id in doc.get_page_contents(page_id) {
            let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else { continue };
            match interp.inflated.inflate(stream) {
                Ok(data) => content.extend_from_slice(&data),
                Err(over) => return Err(inflates_too_much(name, index + 1, over)),
            }
            content.push(b'\n');
        }
        let ctm = [1.0, 0.0, 0.0, 1.0, -media[0], -media[1]];
        interp.run(&content, res, ctm, page_id, 0);
        if let Some(over) = interp.over {
            return Err(inflates_too_much(name, index + 1, over));
        }
        inflated = interp.inflated;
        out.push(Page { glyphs: interp.glyphs, rules: interp.rules, landscape });
    }
    if out.iter().all(|p| p.glyphs.iter().all(|g| g.text.trim().is_empty())) {
        return Err(error(
            crate::t!("import-pdf-no-text", name = name),
            crate::t!("import-pdf-no-text.hint"),
        ));
    }
    Ok(out)
}

/// A run of glyphs on one baseline with no wide gap: one line of a column.
#[derive(Debug, Clone)]
struct Segment {
    page: usize,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    /// The text with inline markup for bold and italic runs.
    text: String,
    bold: bool,
    italic: bool,
    /// A table read from its ruling lines, standing where it starts.
    table: Option<super::TableLines>,
}

/// The text of glyphs with `**`/`*` around bold and italic runs, unless
/// the whole run is one style (then the segment says it).
fn styled(glyphs: &[(String, bool, bool)]) -> (String, bool, bool) {
    // Only letters carry style: a digit or a dash set from a fallback font
    // (upright in an italic căn cứ) does not split a run.
    let letter = |t: &str| t.chars().any(char::is_alphabetic);
    // Punctuation after the last letter counts too (`…2026**).`).
    let last_letter = glyphs.iter().rposition(|g| letter(&g.0));
    let trailing = |k: usize| {
        last_letter.is_some_and(|l| k > l)
            && !glyphs[k].0.trim().is_empty()
            && !glyphs[k].0.chars().any(char::is_alphanumeric)
    };
    let mut visible: Vec<&(String, bool, bool)> =
        glyphs.iter().enumerate().filter(|(k, g)| letter(&g.0) || trailing(*k)).map(|(_, g)| g).collect();
    // A run of digits alone (`2026` ending a bold trích yếu) has their style.
    if visible.is_empty() {
        visible = glyphs.iter().filter(|g| !g.0.trim().is_empty()).collect();
    }
    let all_bold = !visible.is_empty() && visible.iter().all(|g| g.1);
    let all_italic = !visible.is_empty() && visible.iter().all(|g| g.2);
    let mut out = String::new();
    let mark = |b: bool, i: bool| match (b && !all_bold, i && !all_italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    let mut cur = visible.first().map_or((false, false), |g| (g.1, g.2));
    out.push_str(mark(cur.0, cur.1));
    let mut pending_space = String::new();
    // The style of the next letter after each glyph: a mark that has it
    // belongs to what follows (`*Chương trình*),` closes before `)`).
    let mut next_letter = vec![None; glyphs.len()];
    let mut ahead = None;
    for (k, g) in glyphs.iter().enumerate().rev() {
        next_letter[k] = ahead;
        if letter(&g.0) {
            ahead = Some((g.1, g.2));
        }
    }
    for (k, (t, b, i)) in glyphs.iter().enumerate() {
        if t.trim().is_empty() {
            pending_space.push_str(t);
            continue;
        }
        let style = (*b, *i);
        // Punctuation after the last letter (`…2026**).`) has its own style.
        let trailing = next_letter[k].is_none() && !t.chars().any(char::is_alphanumeric);
        if style != cur && (letter(t) || next_letter[k] == Some(style) || trailing) {
            out.push_str(mark(cur.0, cur.1));
            cur = style;
            out.push_str(&pending_space);
            pending_space.clear();
            out.push_str(mark(cur.0, cur.1));
        } else {
            out.push_str(&pending_space);
            pending_space.clear();
        }
        out.push_str(t);
    }
    out.push_str(mark(cur.0, cur.1));
    (out, all_bold, all_italic)
}

/// `**a** **b**` → `**a b**`, where the marks are bold's alone (not
/// part of `***`).
fn merge_bold_runs(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut k = 0;
    while k < text.len() {
        let at = text[k..].find("** **").map(|i| i + k);
        let Some(i) = at else {
            out.push_str(&text[k..]);
            break;
        };
        let alone = (i == 0 || b[i - 1] != b'*') && b.get(i + 5) != Some(&b'*');
        out.push_str(&text[k..i]);
        out.push_str(if alone { " " } else { "** **" });
        k = i + 5;
    }
    out
}

/// A whole line's style as inline markup.
fn inline(text: &str, bold: bool, italic: bool) -> String {
    let mark = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    format!("{mark}{text}{mark}")
}

/// The segments of a page, top to bottom, left to right.
fn segments(page: &Page, index: usize) -> Vec<Segment> {
    let mut glyphs: Vec<&Glyph> = page.glyphs.iter().filter(|g| !g.text.is_empty()).collect();
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(r) if (r[0].y - g.y).abs() < 0.3 * r[0].size.max(g.size) => r.push(g),
            _ => rows.push(vec![g]),
        }
    }
    let mut out = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut cur: Vec<(String, bool, bool)> = Vec::new();
        let (mut x0, mut x1, mut size, mut y) = (0.0, 0.0, 0.0, 0.0);
        let flush = |cur: &mut Vec<(String, bool, bool)>,
                     x0: f64,
                     x1: f64,
                     y: f64,
                     size: f64,
                     out: &mut Vec<Segment>| {
            if cur.iter().any(|g| !g.0.trim().is_empty()) {
                let (text, bold, italic) = styled(cur);
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                out.push(Segment { page: index, x0, x1, y, size, text, bold, italic, table: None });
            }
            cur.clear();
        };
        for g in row {
            if !cur.is_empty() {
                let gap = g.x - x1;
                // A form's tick box stays with the items on its line.
                let tick = g.text == TICK_BOX && gap < 4.0 * f64::max(size, g.size);
                if gap > 2.0 * f64::max(size, g.size) && !tick {
                    flush(&mut cur, x0, x1, y, size, &mut out);
                } else {
                    if gap > 0.15 * g.size
                        && !cur.last().is_some_and(|c| c.0.ends_with(' '))
                        && !g.text.starts_with(' ')
                    {
                        cur.push((" ".into(), g.bold, g.italic));
                    }
                    cur.push((g.text.clone(), g.bold, g.italic));
                    x1 = f64::max(x1, g.x + g.width);
                    size = f64::max(size, g.size);
                    continue;
                }
            }
            (x0, x1, y, size) = (g.x, g.x + g.width, g.y, g.size);
            cur.push((g.text.clone(), g.bold, g.italic));
        }
        flush(&mut cur, x0, x1, y, size, &mut out);
    }
    out
}

/// What a drawn tick box (a form's) reads as.
const TICK_BOX: &str = "☐";

/// A form's tick boxes, drawn as small squares: each as a `☐` glyph on
/// the baseline its square sits on, the size of the text there. Within
/// the budgets [`IMPORT_MAX_TICK_BOX_STROKES`] and [`IMPORT_MAX_TICK_BOXES`].
fn tick_boxes(page: &Page) -> Vec<Glyph> {
    use crate::limits::{IMPORT_MAX_TICK_BOX_STROKES, IMPORT_MAX_TICK_BOXES};
    let near = |a: f64, b: f64| (a - b).abs() < 0.5;
    // A box's sides are shorter than 16 pt (a line's text is 11–14 pt).
    let hs: Vec<&Rule> = page.rules.iter().filter(|r| r.horizontal() && r.x1 - r.x0 < 16.0).collect();
    let vs: Vec<&Rule> = page.rules.iter().filter(|r| r.vertical() && r.y1 - r.y0 < 22.0).collect();
    if hs.len() > IMPORT_MAX_TICK_BOX_STROKES || vs.len() > IMPORT_MAX_TICK_BOX_STROKES {
        return Vec::new();
    }
    let mut out: Vec<Glyph> = Vec::new();
    for top in &hs {
        if out.len() >= IMPORT_MAX_TICK_BOXES {
            break;
        }
        let w = top.x1 - top.x0;
        for bottom in &hs {
            let h = bottom.y0 - top.y0;
            if !(near(top.x0, bottom.x0) && near(top.x1, bottom.x1)) || h < 0.75 * w || h > 1.33 * w {
                continue;
            }
            let side =
                |x: f64| vs.iter().any(|v| near(v.x0, x) && v.y0 < top.y0 + 0.5 && v.y1 > bottom.y0 - 0.5);
            // A closed path's last side (`h`) is not read: one side will do.
            if !(side(top.x0) || side(top.x1))
                || out.iter().any(|g| near(g.x, top.x0) && near(g.y, bottom.y0))
            {
                continue;
            }
            let size = page
                .glyphs
                .iter()
                .find(|g| (g.y - bottom.y0).abs() < 2.0 && !g.text.trim().is_empty())
                .map_or(h / 0.7, |g| g.size);
            out.push(Glyph {
                text: TICK_BOX.into(),
                x: top.x0,
                y: bottom.y0,
                width: w,
                size,
                bold: false,
                italic: false,
            });
        }
    }
    out
}

/// A table's area on its page.
struct Area {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Area {
    fn contains(&self, g: &Glyph) -> bool {
        let (cx, cy) = (g.x + g.width / 2.0, g.y - g.size / 3.0);
        cx > self.x0 && cx < self.x1 && cy > self.y0 && cy < self.y1
    }
}

/// The text of glyphs: rows by baseline, words by their gaps.
fn glyph_text(glyphs: &[&Glyph]) -> String {
    let mut g: Vec<&Glyph> = glyphs.to_vec();
    g.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for glyph in g {
        match rows.last_mut() {
            Some(r) if (r[0].y - glyph.y).abs() < 0.3 * r[0].size.max(glyph.size) => r.push(glyph),
            _ => rows.push(vec![glyph]),
        }
    }
    let mut out = String::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut x1: Option<f64> = None;
        for glyph in row {
            if x1.is_some_and(|x| glyph.x - x > 0.15 * glyph.size) || (x1.is_none() && !out.is_empty()) {
                out.push(' ');
            }
            out.push_str(&glyph.text);
            x1 = Some(glyph.x + glyph.width);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Values within a tolerance counted once, in order.
fn distinct(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    let mut out: Vec<f64> = Vec::new();
    for x in v {
        if out.last().is_none_or(|l| x - l > 1.0) {
            out.push(x);
        }
    }
    out
}

/// The tables a page draws with ruling lines (vanban's, Word's): the
/// vertical rules that overlap make one table; its horizontal rules the
/// rows; a vertical rule missing across a row merges its cells. The
/// leading rows set in bold are the header: a cell over several columns
/// is a merged header cell over the cells under it.
fn tables(page: &Page) -> Vec<(Area, super::TableLines)> {
    let mut vs: Vec<Rule> = page.rules.iter().copied().filter(Rule::vertical).collect();
    let hs: Vec<Rule> = page.rules.iter().copied().filter(Rule::horizontal).collect();
    vs.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    let mut clusters: Vec<Vec<Rule>> = Vec::new();
    for v in vs {
        match clusters.last_mut() {
            Some(c) if v.y0 <= c.iter().map(|r| r.y1).fold(f64::MIN, f64::max) + 1.0 => c.push(v),
            _ => clusters.push(vec![v]),
        }
    }
    let mut out = Vec::new();
    for c in clusters {
        let cols = distinct(c.iter().map(|r| r.x0).collect());
        if cols.len() < 3 {
            continue;
        }
        let (x0, x1) = (cols[0], cols[cols.len() - 1]);
        let (y0, y1) = (
            c.iter().map(|r| r.y0).fold(f64::MAX, f64::min),
            c.iter().map(|r| r.y1).fold(f64::MIN, f64::max),
        );
        let rows = distinct(
            hs.iter()
                .filter(|h| h.y0 > y0 - 1.0 && h.y0 < y1 + 1.0 && h.x0 < x1 - 1.0 && h.x1 > x0 + 1.0)
                .map(|h| h.y0)
                .chain([y0, y1])
                .collect(),
        );
        if rows.len() < 3 {
            continue;
        }
        let area = Area { x0: x0 - 0.5, y0: y0 - 0.5, x1: x1 + 0.5, y1: y1 + 0.5 };
        let glyphs: Vec<&Glyph> =
            page.glyphs.iter().filter(|g| area.contains(g) && !g.text.trim().is_empty()).collect();
        // Each row: its cells as (first column, last column, text, bold),
        // and whether every glyph of it, figures too, is set in bold.
        let mut grid: Vec<Vec<(usize, usize, String, bool)>> = Vec::new();
        let mut all_bold: Vec<bool> = Vec::new();
        for band in rows.windows(2) {
            let mid = (band[0] + band[1]) / 2.0;
            let present = |x: f64| c.iter().any(|r| (r.x0 - x).abs() < 1.0 && r.y0 <= mid && r.y1 >= mid);
            let mut cells = Vec::new();
            let mut start = 0;
            let mut row_bold = true;
            for k in 1..cols.len() {
                if k == cols.len() - 1 || present(cols[k]) {
                    let (l, r) = (cols[start], cols[k]);
                    let inside: Vec<&Glyph> = glyphs
                        .iter()
                        .copied()
                        .filter(|g| {
                            let (cx, cy) = (g.x + g.width / 2.0, g.y - g.size / 3.0);
                            cx > l && cx < r && cy > band[0] && cy < band[1]
                        })
                        .collect();
                    let bold = !inside.is_empty()
                        && inside.iter().filter(|g| g.text.chars().any(char::is_alphabetic)).all(|g| g.bold);
                    row_bold &= inside.iter().all(|g| g.bold);
                    cells.push((start, k - 1, glyph_text(&inside), bold));
                    start = k;
                }
            }
            all_bold.push(row_bold);
            grid.push(cells);
        }
        let leaves = cols.len() - 1;
        let header_rows = grid
            .iter()
            .take_while(|r| r.iter().any(|c| !c.2.is_empty()) && r.iter().all(|c| c.2.is_empty() || c.3))
            .count()
            .min(2);
        let mut header: Vec<(String, Vec<String>)> = Vec::new();
        match header_rows {
            0 => header = (0..leaves).map(|k| (format!("Cột {}", k + 1), Vec::new())).collect(),
            1 => {
                for cell in &grid[0] {
                    header.push((cell.2.clone(), Vec::new()));
                    for _ in cell.0..cell.1 {
                        header.push((String::new(), Vec::new()));
                    }
                }
            }
            _ => {
                for cell in &grid[0] {
                    let under: Vec<&(usize, usize, String, bool)> =
                        grid[1].iter().filter(|u| u.0 >= cell.0 && u.1 <= cell.1).collect();
                    if cell.1 > cell.0 {
                        header.push((cell.2.clone(), under.iter().map(|u| u.2.clone()).collect()));
                    } else {
                        // A cell merged down the two header rows.
                        let below = under.iter().map(|u| u.2.as_str()).collect::<Vec<_>>().join(" ");
                        let title = [cell.2.as_str(), below.as_str()].join(" ").trim().to_string();
                        header.push((title, Vec::new()));
                    }
                }
            }
        }
        let all: Vec<(Vec<String>, bool)> = grid[header_rows..]
            .iter()
            .zip(&all_bold[header_rows..])
            .map(|(r, &b)| {
                let mut row = vec![String::new(); leaves];
                for cell in r {
                    row[cell.0] = cell.2.clone();
                }
                (row, b)
            })
            .collect();
        // The empty rows after the last filled one (a form's rows to fill
        // in) are counted; any other empty row prints nothing.
        let filled = all.iter().rposition(|(r, _)| r.iter().any(|c| !c.is_empty())).map_or(0, |k| k + 1);
        let blank_rows = all.len() - filled;
        let (body, bold): (Vec<Vec<String>>, Vec<bool>) =
            all.into_iter().take(filled).filter(|(r, _)| r.iter().any(|c| !c.is_empty())).unzip();
        // The text size of its rows: the size most of their glyphs have.
        let top = rows[header_rows.min(rows.len() - 1)];
        let mut sizes: Vec<u32> = glyphs
            .iter()
            .filter(|g| g.y - g.size / 3.0 > top)
            .map(|g| (g.size * 2.0).round() as u32)
            .collect();
        sizes.sort_unstable();
        let size = sizes.chunk_by(|a, b| a == b).max_by_key(|c| c.len()).map(|c| f64::from(c[0]) / 2.0);
        out.push((area, super::TableLines { header, rows: body, bold, size, blank_rows }));
    }
    out
}

/// The lines of a PDF as paragraphs in reading order.
pub fn lines(name: &str, pdf: &[u8]) -> Result<Vec<Line>, Diagnostics> {
    let pages = pages(name, pdf)?;
    let mut segs: Vec<Segment> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        // Footnotes: each entry under the page's short rule goes back to
        // its raised marker in the text as `^[…]`.
        let folded = super::footnotes::fold(page);
        let page = &folded;
        // Tables first: their glyphs are read cell by cell.
        let found = tables(page);
        let inside = |g: &Glyph| found.iter().any(|t| t.0.contains(g));
        let rest = Page {
            glyphs: page.glyphs.iter().cloned().chain(tick_boxes(page)).filter(|g| !inside(g)).collect(),
            rules: Vec::new(),
            landscape: page.landscape,
        };
        let mut s = segments(&rest, i + 1);
        // The page number at the top of pages 2 … n.
        if i > 0
            && let Some(first) = s.first()
            && first.text.chars().all(|c| c.is_ascii_digit())
        {
            s.remove(0);
        }
        for (area, table) in found {
            let at = s.iter().position(|seg| seg.y > area.y0).unwrap_or(s.len());
            let seg = Segment {
                page: i + 1,
                x0: area.x0,
                x1: area.x1,
                y: area.y0,
                size: 0.0,
                text: "[table]".into(),
                bold: false,
                italic: false,
                table: Some(table),
            };
            s.insert(at, seg);
        }
        segs.extend(s);
    }
    // The body's margins: the most common left edge, the furthest right one.
    let mut lefts: HashMap<i64, usize> = HashMap::new();
    for s in segs.iter().filter(|s| s.table.is_none()) {
        *lefts.entry(s.x0.round() as i64).or_default() += 1;
    }
    // The most common one is that of the first lines of paragraphs in a
    // short document; the margin is the leftmost edge that recurs (nơi
    // nhận, paragraphs' second lines).
    let most = lefts.values().copied().max().unwrap_or(0);
    let left =
        lefts.iter().filter(|(_, n)| **n >= 3.min(most)).map(|(x, _)| *x).min().map_or(85.0, |x| x as f64);
    // Justified lines all end at the right margin: the most common right
    // edge among lines starting at the left one.
    let mut rights: HashMap<i64, usize> = HashMap::new();
    for s in segs.iter().filter(|s| (s.x0 - left).abs() < 2.0) {
        *rights.entry(s.x1.round() as i64).or_default() += 1;
    }
    let right = rights.iter().max_by_key(|(x, n)| (**n, **x)).map_or(510.0, |(x, _)| *x as f64);
    let mid = (left + right) / 2.0;
    let centre = |s: &Segment| ((s.x0 + s.x1) / 2.0 - mid).abs() < 3.0 && s.x0 > left + 2.0;
    // A line of one column of the header or the signature block.
    let column = |s: &Segment| (s.x1 < mid - 5.0 && s.x0 > left + 2.0) || s.x0 > mid + 5.0;

    let landscape = |s: &Segment| pages.get(s.page.wrapping_sub(1)).is_some_and(|p| p.landscape);
    let mut out: Vec<Line> = Vec::new();
    let mut prev: Option<Segment> = None;
    for mut s in segs {
        if let Some(table) = s.table.take() {
            let landscape = landscape(&s);
            out.push(Line {
                text: s.text.clone(),
                source: s.page,
                table: Some(table),
                landscape,
                ..Line::default()
            });
            prev = None;
            continue;
        }
        let joins = prev.as_ref().is_some_and(|p| {
            // A form's lines: a fill-in line (ending in its dot leader) and
            // tick boxes are lines of their own.
            let leader =
                p.text.chars().rev().take_while(|c| matches!(c, '.' | '…' | ' ')).filter(|c| *c != ' ');
            if leader.map(|c| if c == '…' { 3 } else { 1 }).sum::<usize>() >= 10
                || p.text.contains(TICK_BOX)
                || s.text.starts_with(TICK_BOX)
            {
                return false;
            }
            // A line without letters (`2027`, `(%)`) takes any style.
            let neutral = !s.text.chars().any(char::is_alphabetic);
            let same_style =
                (neutral || p.bold == s.bold && p.italic == s.italic) && (p.size - s.size).abs() < 0.5;
            // A paragraph does not run on from a page of another
            // orientation (a new section starts there).
            let next_line = (s.page == p.page && s.y > p.y && s.y - p.y < 1.8 * p.size)
                || s.page == p.page + 1 && landscape(p) == landscape(&s);
            let full = p.x1 > right - 1.5 * p.size;
            let at_left = (s.x0 - left).abs() < 2.0;
            let starts_item = s.text.starts_with("- ") || s.text.starts_with("+ ");
            if column(p) || column(&s) {
                // A nơi nhận entry wrapped onto a second line.
                return column(p)
                    && p.x1 < mid
                    && s.x1 < mid
                    && next_line
                    && same_style
                    && p.text.starts_with("- ")
                    && !starts_item
                    && !p.text.ends_with([';', '.', ':']);
            }
            let wide = p.x1 - p.x0 > 0.6 * (right - left);
            // A full line continued at the margin is one paragraph whatever
            // the style (a bold run across the line break).
            next_line
                && !starts_item
                && ((at_left && full && (p.size - s.size).abs() < 0.5)
                    || same_style && at_left && !p.text.ends_with(['.', ';', ':', '!', '?'])
                    || same_style && centre(p) && centre(&s) && wide)
        });
        if joins {
            let last = out.last_mut().expect("a line to join");
            let neutral = !s.text.chars().any(char::is_alphabetic);
            if neutral || (last.bold == s.bold && last.italic == s.italic) {
                last.text.push(' ');
                last.text.push_str(&s.text);
                // A bold run across the line break is one run.
                last.text = merge_bold_runs(&last.text);
            } else {
                // The styles differ: both become inline runs.
                last.text = inline(&last.text, last.bold, last.italic);
                (last.bold, last.italic) = (false, false);
                last.text.push(' ');
                last.text.push_str(&inline(&s.text, s.bold, s.italic));
                last.text = last.text.replace("** **", " ");
            }
        } else {
            out.push(Line {
                text: s.text.clone(),
                bold: s.bold,
                italic: s.italic,
                size: Some(s.size as f32),
                align: if centre(&s) {
                    Align::Center
                } else if s.x0 > mid {
                    Align::Right
                } else {
                    Align::Left
                },
                indent: (s.x0 - left) as f32,
                source: s.page,
                table: None,
                landscape: landscape(&s),
                page_break: false,
            });
        }
        prev = Some(s);
    }
    Ok(out)
}
