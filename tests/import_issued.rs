//! `vanban import` of a quyết định with the text it issues printed after
//! it (a quy chế, quy định, Kế hoạch with `(Ban hành kèm theo Quyết định
//! số …)`): the text comes back as a second document, named by the
//! decision's `attachment:`, both equal to the source pair on every
//! printed field, and the pair renders back the same words.

mod common;

use common::round_trip::{printed, same, source, tables_as_printed, words};

use vanban::import::{Imported, import_bytes, import_bytes_as};

/// What the issued text does not print, and the import takes from the
/// decision or leaves out: its nơi nhận, Lưu line, signer; a Kế hoạch's
/// `references` (printed only where the text cites them, which the
/// import writes out). Its forms (mẫu) come back block by block and are
/// compared with the rest.
const NOT_PRINTED: &[&str] = &["recipients", "archive", "signer", "references"];

/// Imports `bytes` (the rendering of `sample` as `ext`) and checks the
/// pair against the source's; returns the import.
fn pair(sample: &str, bytes: &[u8], ext: &str, key: &str) -> Imported {
    pair_but(sample, bytes, ext, key, &[])
}

/// [`pair`], the issued text compared but for the fields `absent`.
fn pair_but(sample: &str, bytes: &[u8], ext: &str, key: &str, absent: &[&str]) -> Imported {
    let loaded = source(sample);
    let name = sample.replace(".yaml", ext);
    let imported = match import_bytes(&name, bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {name} failed:\n{e}"),
    };
    let Some((file, attached)) = &imported.attachment else {
        panic!("{name}: no issued text found:\n{}", imported.yaml)
    };
    assert_eq!(*file, format!("{}-{key}.yaml", sample.trim_end_matches(".yaml")));
    assert!(imported.yaml.contains(&format!("\nattachment: {file}\n")), "{}", imported.yaml);
    // The decision: every printed field but `attachment` (its name is the
    // import's, not the source's).
    same(
        &printed(&imported.loaded, &["attachment"]),
        &printed(&loaded, &["attachment"]),
        &format!("{name}: the decision"),
        &imported.yaml,
    );
    // The issued text, as loaded from its own YAML and as the decision's;
    // its tables (its forms' too) as they print.
    let not_compared: Vec<&str> = NOT_PRINTED.iter().chain(absent).copied().collect();
    let issued = |l: &vanban::load::Loaded| {
        let mut v = printed(l, &not_compared);
        tables_as_printed(&mut v);
        v
    };
    let want = issued(loaded.attachment.as_deref().unwrap());
    let alone = vanban::load::load_str(file, &attached.yaml).unwrap();
    same(&issued(&alone), &want, &format!("{name}: the issued text"), &attached.yaml);
    let within = imported.loaded.attachment.as_deref().expect("the decision holds its text");
    same(&issued(within), &want, &format!("{name}: the decision's text"), &attached.yaml);
    imported
}

/// The pair rendered again prints the words the source printed, in order
/// up to the first form; the forms' words all (dot leaders too), in any
/// order: a table's column widths are not read back, and a column title
/// wraps where its width makes it.
fn renders_back(original: &[u8], imported: &Imported) {
    let mut before = words(&common::pdftotext(original));
    let mut after = words(&common::pdftotext(&common::render_loaded(imported.loaded.clone()).pdf));
    let forms = before.iter().position(|w| w == "Mẫu").unwrap_or(before.len());
    let sorted = |w: &mut Vec<String>| {
        let from = forms.min(w.len());
        w[from..].sort();
    };
    sorted(&mut before);
    sorted(&mut after);
    if after != before {
        let k = (0..after.len().min(before.len())).find(|&k| after[k] != before[k]).unwrap_or(0);
        let around = |w: &[String]| w[k.saturating_sub(5)..(k + 15).min(w.len())].join(" ");
        panic!(
            "the re-rendered text differs at word {k}:\n  imported: {}\n  source:   {}",
            around(&after),
            around(&before)
        );
    }
}

fn from_pdf(sample: &str, key: &str) {
    let first = common::render_loaded(source(sample));
    let imported = pair(sample, &first.pdf, ".pdf", key);
    renders_back(&first.pdf, &imported);
}

#[test]
fn a_quy_che_issued_by_a_quyet_dinh_imports_from_the_pdf_as_a_second_file() {
    from_pdf("quyet-dinh-quy-che-ngoc-lien-2026.yaml", "quy-che");
}

#[test]
fn the_ke_hoach_a_quyet_dinh_issues_imports_from_the_pdf() {
    from_pdf("quyet-dinh-ngoc-lien-2026.yaml", "ke-hoach");
}

#[test]
fn a_quy_dinh_issued_by_a_quyet_dinh_quy_pham_imports_from_the_pdf() {
    from_pdf("quyet-dinh-qppl-tinh-binh-lam-2026.yaml", "quy-dinh");
}

#[test]
fn the_quy_che_pair_imports_from_vanbans_docx() {
    let sample = "quyet-dinh-quy-che-ngoc-lien-2026.yaml";
    let docx = vanban::docx::write(&source(sample), vanban::docx::DocxOptions { draft: false }).unwrap();
    let imported = pair(sample, &docx, ".docx", "quy-che");
    let first = common::render_loaded(source(sample));
    renders_back(&first.pdf, &imported);
}

#[test]
fn the_ke_hoach_pair_imports_from_vanbans_docx() {
    let sample = "quyet-dinh-ngoc-lien-2026.yaml";
    let docx = vanban::docx::write(&source(sample), vanban::docx::DocxOptions { draft: false }).unwrap();
    let imported = pair(sample, &docx, ".docx", "ke-hoach");
    let first = common::render_loaded(source(sample));
    renders_back(&first.pdf, &imported);
}

/// The pair's text copied out of vanban's PDF (as `pdftotext` prints it,
/// read here by the tests' PDF reader): one line a printed line, no
/// indent, a paragraph's lines to join. A form's blocks are not compared:
/// text has no tick boxes, no table rulings and no bold to tell a
/// signature grid, so its lines come back as `text` (README, import);
/// their words are (`renders_back`).
fn from_text(sample: &str, key: &str) {
    let first = common::render_loaded(source(sample));
    let text = common::pdftotext(&first.pdf);
    let imported = pair_but(sample, text.as_bytes(), ".txt", key, &["forms"]);
    renders_back(&first.pdf, &imported);
}

#[test]
fn the_quy_che_pair_imports_from_the_text_of_its_pdf() {
    from_text("quyet-dinh-quy-che-ngoc-lien-2026.yaml", "quy-che");
}

#[test]
fn the_quy_dinh_pair_imports_from_the_text_of_its_pdf() {
    from_text("quyet-dinh-qppl-tinh-binh-lam-2026.yaml", "quy-dinh");
}

#[test]
fn the_issued_text_is_named_after_the_output_file() {
    let sample = "quyet-dinh-quy-che-ngoc-lien-2026.yaml";
    let pdf = common::render_loaded(source(sample)).pdf;
    let imported = import_bytes_as("scan.pdf", &pdf, None, Some("qd-2026.yaml")).unwrap();
    let (file, attached) = imported.attachment.as_ref().unwrap();
    assert_eq!(file, "qd-2026-quy-che.yaml");
    assert!(imported.yaml.contains("\nattachment: qd-2026-quy-che.yaml\n"), "{}", imported.yaml);
    assert!(attached.yaml.contains("\ntype: quy-che\n"), "{}", attached.yaml);
    // What the issued text does not print is taken from the decision, and said.
    assert!(
        attached
            .notes
            .iter()
            .any(|n| n.message == "`signer` không in trên văn bản ban hành kèm theo: lấy theo quyết định"),
        "{:#?}",
        attached.notes
    );
}

#[test]
fn the_command_writes_both_files_or_neither_and_refuses_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = common::render_loaded(source("quyet-dinh-quy-che-ngoc-lien-2026.yaml")).pdf;
    std::fs::write(dir.path().join("qd.pdf"), &pdf).unwrap();
    let out = common::vanban(dir.path(), &["import", "qd.pdf", "-o", "qd-2026.yaml"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("\nTrong qd-2026-quy-che.yaml:\n"), "{stderr}");
    assert!(stderr.contains("\nđã ghi qd-2026-quy-che.yaml: "), "{stderr}");
    let decision = std::fs::read_to_string(dir.path().join("qd-2026.yaml")).unwrap();
    assert!(decision.contains("\nattachment: qd-2026-quy-che.yaml\n"), "{decision}");
    // Each passes `check`; the decision's check reads the text beside it.
    for file in ["qd-2026.yaml", "qd-2026-quy-che.yaml"] {
        let check = common::vanban(dir.path(), &["check", file]);
        assert!(check.status.success(), "{file}: {}", String::from_utf8_lossy(&check.stderr));
    }
    // One of the two exists: neither is written.
    std::fs::remove_file(dir.path().join("qd-2026.yaml")).unwrap();
    let again = common::vanban(dir.path(), &["import", "qd.pdf", "-o", "qd-2026.yaml"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .ends_with("lỗi: qd-2026-quy-che.yaml đã có; thêm --force nếu muốn ghi đè\n"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(!dir.path().join("qd-2026.yaml").exists());
    // Two files cannot go to standard output.
    let stdout = common::vanban(dir.path(), &["import", "qd.pdf", "-o", "-"]);
    assert_eq!(stdout.status.code(), Some(2));
    assert!(stdout.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&stdout.stderr);
    assert!(
        stderr.contains(
            "Văn bản này ban hành kèm theo một quy chế, phải ghi thành hai tệp YAML nên không in ra đầu ra chuẩn được"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("`-o ten-tep.yaml`"), "{stderr}");
}

// ---- Footnotes ----

/// The báo cáo sample's footnote, as its text holds it once loaded.
const NOTE: &str = "đồng^[Số liệu giải ngân tính đến hết ngày 30/11/2026, theo báo cáo của Kho bạc Nhà nước khu \
                    vực.], đạt 94,4% kế hoạch";

fn footnote_comes_back(name: &str, bytes: &[u8]) {
    let imported = match import_bytes(name, bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {name} failed:\n{e}"),
    };
    let text = serde_json::to_string(&imported.loaded.document).unwrap();
    assert!(text.contains(NOTE), "{name}: the footnote is not at its marker:\n{}", imported.yaml);
    // Once: the entry at the page's foot is not left as a paragraph too.
    assert_eq!(text.matches("Số liệu giải ngân").count(), 1, "{}", imported.yaml);
    // And it prints as the source's did: marker in the text, entry at the foot.
    let again = common::pdftotext(&common::render_loaded(imported.loaded.clone()).pdf);
    let first = common::pdftotext(&common::render_loaded(source("bao-cao-ngoc-lien-2026.yaml")).pdf);
    let at = |t: &str| {
        let w = words(t);
        let k = w.iter().position(|x| x == "Kho").unwrap();
        w[k - 12..k + 4].join(" ")
    };
    assert_eq!(at(&again), at(&first));
}

#[test]
fn a_pdf_footnote_comes_back_at_its_marker() {
    let pdf = common::render_loaded(source("bao-cao-ngoc-lien-2026.yaml")).pdf;
    footnote_comes_back("bao-cao.pdf", &pdf);
}

#[test]
fn a_docx_footnote_comes_back_at_its_marker() {
    let loaded = source("bao-cao-ngoc-lien-2026.yaml");
    let docx = vanban::docx::write(&loaded, vanban::docx::DocxOptions { draft: false }).unwrap();
    footnote_comes_back("bao-cao.docx", &docx);
}
