//! `vanban import` of a form (mẫu) typed the office way in Word: dots or
//! `…` after a label, `☐`/`□` boxes, a dotted date line, a bordered table
//! with empty rows, a borderless table of signers. The fixture
//! `tests/fixtures/probe-mau-don-word.docx` was made by LibreOffice from
//! `tests/fixtures/probe-mau-don-word.html` beside it:
//! `soffice --headless --infilter="HTML (StarWriter)" --convert-to
//! 'docx:MS Word 2007 XML' probe-mau-don-word.html`.

mod common;

use common::round_trip::tables_as_printed;
use serde_json::{Value, json};
use vanban::import::{Format, Imported, import_bytes};

const FIXTURE: &str = "tests/fixtures/probe-mau-don-word.docx";

fn import() -> Imported {
    let bytes = std::fs::read(common::root().join(FIXTURE)).unwrap();
    match import_bytes(FIXTURE, &bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {FIXTURE} failed:\n{e}"),
    }
}

#[test]
fn a_form_typed_in_word_comes_back_block_by_block() {
    let i = import();
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    let f = &forms[0];
    assert_eq!(f.title, "Đơn đề nghị xác nhận");
    assert_eq!(f.subtitle.as_deref(), Some("Kính gửi: Ủy ban nhân dân xã Ngọc Liên"));
    assert!(f.header.as_ref().is_some_and(|h| h.organization.is_empty()), "{}", i.yaml);
    assert_eq!(
        serde_json::to_value(&f.content).unwrap(),
        json!([
            // `Họ và tên: .......`, `Ngày sinh: ……… Giới tính: ………`
            {"field": "Họ và tên"},
            {"fields": ["Ngày sinh", "Giới tính"]},
            {"field": "Nơi cư trú"},
            // `Hình thức nhận kết quả: ☐ Trực tiếp ☐ Qua bưu chính`
            {"checkboxes": {"label": "Hình thức nhận kết quả:", "items": ["Trực tiếp", "Qua bưu chính"]}},
            {"text": "Giấy tờ kèm theo:"},
            // `□ …` one a line.
            {"checkboxes": {"label": null, "items": ["Bản sao căn cước", "Giấy ủy quyền (nếu có)"]}},
            // One filled row, three empty ones.
            {"table": {
                "caption": null,
                "columns": [
                    {"title": "STT", "kind": "text", "width": null, "in_words": false, "ratio": null, "sum": null, "columns": []},
                    {"title": "Tên giấy tờ", "kind": "text", "width": null, "in_words": false, "ratio": null, "sum": null, "columns": []},
                    {"title": "Số bản", "kind": "number", "width": null, "in_words": false, "ratio": null, "sum": null, "columns": []}
                ],
                "index_row": null,
                "rows": [["1", "Đơn đề nghị", "01"]],
                "blank_rows": 3
            }},
            {"text": "Tôi xin cam đoan những nội dung trên là đúng sự thật."},
            // `…………, ngày …… tháng …… năm ……`: no place.
            {"date_line": ""},
            {"signatures": [
                {"title": "Xác nhận của trưởng thôn", "note": null, "name": null},
                {"title": "Người đề nghị", "note": null, "name": null}
            ]}
        ]),
        "{}",
        i.yaml
    );
    // The report names the form and counts the lines left as text.
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Docx)).collect();
    let note =
        lines.iter().find(|l| l.contains("mẫu in sau văn bản")).unwrap_or_else(|| panic!("{lines:#?}"));
    assert!(note.contains(": Mẫu số 01 «Đơn đề nghị xác nhận» (đoạn "), "{note}");
    assert!(note.contains("; 2 dòng khác để nguyên thành đoạn `text`: hãy so với bản gốc"), "{note}");
}

/// Rendered again, the form prints its labels with vanban's dot leaders,
/// its boxes' items, table and signers: every word of the Word file's
/// form.
#[test]
fn the_imported_form_prints_every_word_again() {
    let i = import();
    let text = common::normalize(&common::pdftotext(&common::render_loaded(i.loaded.clone()).pdf));
    let form = &text[text.rfind("Mẫu số 01").expect("the form")..];
    for words in [
        "ĐƠN ĐỀ NGHỊ XÁC NHẬN",
        "Họ và tên: .....",
        "Giới tính: .....",
        "Hình thức nhận kết quả:",
        "Qua bưu chính",
        "Giấy ủy quyền (nếu có)",
        "STT",
        "Tên giấy tờ",
        "Số bản",
        "Đơn đề nghị",
        ", ngày …… tháng …… năm ……",
        "XÁC NHẬN CỦA TRƯỞNG THÔN",
        "NGƯỜI ĐỀ NGHỊ",
    ] {
        assert!(form.contains(words), "{words} not printed:\n{form}");
    }
}

/// Every block a form may hold, with three signers (two named, one with a
/// note of its own) and two (the first named, the second a body whose
/// proper name keeps its capitals), filled and empty rows.
const EVERY_BLOCK: &str = r#"type: quy-che
issuer:
  name: [Ủy ban nhân dân, xã Ngọc Liên]
  abbr: UBND
number: 5
place: Ngọc Liên
date: 2026-03-02
year: 2026
title: Tiếp nhận hồ sơ tại bộ phận một cửa
content:
  - title: Quy định chung
    content:
      - Quy chế này quy định việc tiếp nhận hồ sơ tại bộ phận một cửa của xã.
forms:
  - title: Sổ theo dõi hồ sơ
    header: [Ủy ban nhân dân, xã Ngọc Liên]
    content:
      - fields: [Họ và tên, Số điện thoại]
      - table:
          columns:
            - {title: STT, width: 12mm}
            - {title: Tên hồ sơ}
            - {title: Ngày nhận, width: 30mm}
          rows:
            - ["1", "Đăng ký khai sinh", "02/3/2026"]
          blank_rows: 4
      - date_line: ""
      - signatures:
          - {title: Người nộp}
          - {title: Cán bộ tiếp nhận, name: Hà Thị Mai}
          - {title: Trưởng bộ phận, note: "(Ký, đóng dấu)", name: Lê Văn Minh}
  - title: Phiếu hẹn trả kết quả
    label: Mẫu số 02/PH
    header: true
    subtitle: "Số: ……/PH"
    content:
      - field: Người nộp hồ sơ
      - field: ""
      - checkboxes: {label: "Nhận kết quả:", items: [Tại bộ phận một cửa, Qua bưu chính]}
      - text: "Hồ sơ gồm:"
      - checkboxes: [Tờ khai, Bản sao giấy tờ]
      - date_line: Ngọc Liên
      - signatures:
          - {title: Cán bộ tiếp nhận, name: Hà Thị Mai}
          - {title: UBND xã Ngọc Liên}
recipients: [Các bộ phận]
archive: [VT]
signer:
  authority: [TM. Ủy ban nhân dân]
  title: Chủ tịch
  name: Lê Văn Minh
"#;

/// The forms as they print: a table's column widths left out.
fn forms(loaded: &vanban::load::Loaded) -> Value {
    let mut v = serde_json::to_value(loaded.document.forms()).unwrap();
    tables_as_printed(&mut v);
    v
}

/// vanban's PDF and DOCX of forms with every block import back to the
/// same forms: signers' names under their own titles (a PDF's by the
/// column they are centred in; Word's three signers from a table's cells,
/// two from its columns), a table's filled and empty rows.
#[test]
fn every_form_block_comes_back_from_vanbans_pdf_and_docx() {
    let loaded = vanban::load::load_str("mau.yaml", EVERY_BLOCK).unwrap();
    let want = forms(&loaded);
    let pdf = common::render_loaded(loaded.clone()).pdf;
    let docx = vanban::docx::write(&loaded, vanban::docx::DocxOptions { draft: false }).unwrap();
    for (name, bytes) in [("mau.pdf", pdf), ("mau.docx", docx)] {
        let i = match import_bytes(name, &bytes, None) {
            Ok(i) => i,
            Err(e) => panic!("importing {name} failed:\n{e}"),
        };
        assert_eq!(forms(&i.loaded), want, "{name}:\n{}", i.yaml);
    }
}

/// A PDF of two pages, each with a drawn square before `Yes` on one line
/// (as typst strokes a box: three sides and `h`), the second also with
/// `strokes` short strokes elsewhere.
fn boxed_pdf(strokes: usize) -> Vec<u8> {
    use lopdf::dictionary;
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.new_object_id();
    let resources = common::ascii_font_resources(&mut doc);
    let mut kids = Vec::new();
    for extra in [0, strokes] {
        let mut ops = String::from(
            "0.5 w 100 400 m 109 400 l 109 409 l 100 409 l h S\nBT /F1 12 Tf 113 400 Td (Yes) Tj ET\n",
        );
        for k in 0..extra {
            ops.push_str(&format!("300 {y} m 308 {y} l S\n", y = 50.0 + k as f64 * 0.7));
        }
        let content = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page.into());
    }
    doc.objects.insert(
        pages,
        lopdf::Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 2 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// A drawn square reads as `☐` before its item; a page with more short
/// strokes than `IMPORT_MAX_TICK_BOX_STROKES` is not searched for boxes
/// (its item comes back alone), one within the budget is.
#[test]
fn a_pdfs_drawn_tick_box_reads_as_a_box_within_its_budget() {
    let max = vanban::limits::IMPORT_MAX_TICK_BOX_STROKES;
    let read = |strokes: usize| -> Vec<String> {
        vanban::import::pdf::lines("x.pdf", &boxed_pdf(strokes))
            .unwrap()
            .into_iter()
            .map(|l| l.text)
            .collect()
    };
    // The box's own two horizontal sides count.
    assert_eq!(read(max - 2), ["☐ Yes", "☐ Yes"]);
    assert_eq!(read(max - 1), ["☐ Yes", "Yes"]);
}

/// A Word form of thousands of fill-in lines is refused by the import with
/// the loader's located `form-too-many-blocks`; nothing is returned to write.
#[test]
fn an_imported_form_longer_than_its_block_limit_is_refused() {
    use std::io::{Read, Write};
    let bytes = std::fs::read(common::root().join(FIXTURE)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == "word/document.xml" {
            let xml = String::from_utf8(data).unwrap();
            let at = xml.find("Họ và tên: ").unwrap();
            let start = xml[..at].rfind("<w:p>").into_iter().chain(xml[..at].rfind("<w:p ")).max().unwrap();
            let end = start + xml[start..].find("</w:p>").unwrap() + "</w:p>".len();
            let line = &xml[start..end];
            let many = line.repeat(vanban::limits::FORM_MAX_BLOCKS + 1);
            data = format!("{}{many}{}", &xml[..start], &xml[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&data).unwrap();
    }
    let docx = out.finish().unwrap().into_inner();
    let Err(errors) = import_bytes("mau.docx", &docx, None) else { panic!("imported a form of 300+ blocks") };
    let d = errors.iter().find(|d| d.code == "form-too-many-blocks").unwrap_or_else(|| panic!("{errors}"));
    assert!(d.message.starts_with("Mẫu có "), "{}", d.message);
    assert!(d.message.contains("mỗi mẫu giới hạn ở 300 khối"), "{}", d.message);
    assert_eq!(d.path.as_deref(), Some("forms[0].content[300]"));
}
