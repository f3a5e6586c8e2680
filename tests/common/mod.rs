//! Helpers shared by the integration tests: rendering through the library,
//! and reading PDFs back in Rust (`pdf.rs`), so the tests need no system
//! tools. `.ci/run` checks the same samples with poppler-utils as well.
#![allow(dead_code)]

pub mod pdf;
pub mod round_trip;

use std::path::{Path, PathBuf};
use std::process::Command;

use vanban::Pipeline;
use vanban::load::{self, Loaded};
use vanban::typeset::inspect::Layout;

pub const MM: f64 = 72.0 / 25.4;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_path() -> PathBuf {
    root().join("data/ngoc-lien-2026.yaml")
}

pub fn sample_text() -> String {
    std::fs::read_to_string(sample_path()).unwrap()
}

/// A rendered document: its layout, PDF bytes and Typst source.
pub struct Output {
    pub loaded: Loaded,
    pub layout: Layout,
    pub pdf: Vec<u8>,
    pub source: String,
}

pub fn render_str(name: &str, yaml: &str) -> Output {
    let loaded = match load::load_str(name, yaml) {
        Ok(l) => l,
        Err(e) => panic!("loading {name} failed:\n{e}"),
    };
    render_loaded(loaded)
}

pub fn render_loaded(loaded: Loaded) -> Output {
    let pipeline = Pipeline::embedded();
    let rendered = match pipeline.render(&loaded) {
        Ok(r) => r,
        Err(e) => panic!("rendering failed:\n{e}"),
    };
    let pdf = pipeline.pdf(&loaded, &rendered).unwrap();
    let layout = Layout::of(&rendered.document);
    Output { loaded, layout, pdf, source: rendered.source }
}

/// The sample, with `edit` applied to its YAML text first.
pub fn render_sample_with(edit: impl FnOnce(String) -> String) -> Output {
    render_str("ngoc-lien-2026.yaml", &edit(sample_text()))
}

/// The text of a PDF, page by page (each page ends with a form feed), in
/// reading order: what `pdftotext` prints, read by `pdf::text` in Rust.
pub fn pdftotext(pdf: &[u8]) -> String {
    pdf::text(pdf)
}

/// The extracted text without the page numbers at the top of pages 2..n,
/// which interrupt sentences that run across a page break.
pub fn pdftotext_body(pdf: &[u8]) -> String {
    let text = pdftotext(pdf);
    let mut out = String::new();
    for (i, page) in text.split('\u{c}').enumerate() {
        if page.trim().is_empty() {
            continue;
        }
        // Pages 2..n of a document (and of each phụ lục) start with their
        // number; the first page of a phụ lục has none.
        let first = page.lines().next().unwrap_or("").trim();
        let page = if i > 0 && !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()) {
            page.split_once('\n').map_or("", |(_, rest)| rest)
        } else {
            page
        };
        out.push_str(page);
        out.push('\n');
    }
    out
}

/// Collapses all whitespace (including no-break spaces) to single spaces and
/// drops the space after `-` and `/`, where a line may break, so texts
/// compare equal however they were broken into lines.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with(['-', '/']) {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_vanban"))
}

/// Runs the `vanban` binary in `dir`.
pub fn vanban(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .output()
        .unwrap()
}

/// `vanban` with extra environment variables.
pub fn vanban_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// A plan with `projects` dự án and `recipients` nơi nhận entries, for
/// scale and interruption tests.
pub fn big_plan(projects: usize, recipients: usize) -> String {
    let mut y = String::from(
        "type: ke-hoach\nissuer: {name: [Ủy ban nhân dân, xã Lớn], abbr: UBND}\nnumber: 12\nplace: Lớn\ndate: 2026-03-05\nyear: 2026\n\
         title: Kế hoạch thử tải năm {{ year }}\n\
         bases:\n  - {id: qd1, kind: Quyết định, number: 1/QĐ-UBND, date: 2026-01-05, issuer: UBND tỉnh, subject: về việc giao vốn}\n\
         projects:\n",
    );
    for i in 1..=projects {
        y.push_str(&format!(
            "  - number: {i}\n    title: Dự án số {i} về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số\n    \
             content: [\"Nội dung {i}: hỗ trợ các thôn, bản triển khai thực hiện theo {{{{ cite('qd1') }}}}.\"]\n    \
             funding: {{source: Vốn ngân sách Trung ương, under: [qd1], amount: {}}}\n    \
             assignment: {{lead: Phòng Văn hóa - Xã hội, partners: các đơn vị có liên quan, report_to: [UBND xã]}}\n",
            i * 1_000_000
        ));
    }
    y.push_str("closing: Trên đây là Kế hoạch thử tải.\nrecipients:\n");
    for i in 1..=recipients {
        y.push_str(&format!("  - Thôn số {i} (để t/h)\n"));
    }
    y.push_str("signer: {authority: [KT. Chủ tịch], title: Phó Chủ tịch, name: Nguyễn Văn An}\n");
    y
}

pub fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Resources of a hand-made test PDF: one font `F1` (Helvetica) whose
/// ASCII codes map to themselves, each glyph 500 units wide.
pub fn ascii_font_resources(doc: &mut lopdf::Document) -> lopdf::ObjectId {
    use lopdf::dictionary;
    let cmap = "begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange endcmap";
    let to_unicode = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), cmap.as_bytes().to_vec()));
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        "ToUnicode" => to_unicode, "FirstChar" => 32, "LastChar" => 126,
        "Widths" => vec![lopdf::Object::Integer(500); 95],
    });
    doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } })
}
