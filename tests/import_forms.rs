//! `vanban import` of a form (mẫu) typed the office way in Word: dots or
//! `…` after a label, `☐`/`□` boxes, a dotted date line, a bordered table
//! with empty rows, a borderless table of signers. The fixture
//! `tests/fixtures/probe-mau-don-word.docx` was made by LibreOffice from
//! `tests/fixtures/probe-mau-don-word.html` beside it:
//! `soffice --headless --infilter="HTML (StarWriter)" --convert-to
//! 'docx:MS Word 2007 XML' probe-mau-don-word.html`.

mod common;

use serde_json::json;
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
