//! `vanban import` of a quyết định typed in a text file, one paragraph a
//! line, with a form typed after its signer (probe 9, item 1):
//! `tests/fixtures/probe9-qd-mau.txt`. Text has no page breaks: the form's
//! `Mẫu số 01` label after the signer starts the forms, the signer stays
//! `CHỦ TỊCH` / `Lò Văn Sơn`, and a fill-in line is never a signer.

mod common;

use vanban::import::{Format, Imported, import_bytes};
use vanban::model::form::FormBlock;

const QD: &str = "tests/fixtures/probe9-qd-mau.txt";

fn import_text(name: &str, text: &str) -> Imported {
    match import_bytes(name, text.as_bytes(), None) {
        Ok(i) => i,
        Err(e) => panic!("importing {name} failed:\n{e}"),
    }
}

fn fixture() -> String {
    std::fs::read_to_string(common::root().join(QD)).unwrap()
}

fn report(i: &Imported) -> Vec<String> {
    i.notes.iter().map(|n| n.line(Format::Text)).collect()
}

#[test]
fn a_form_after_the_signer_goes_to_forms_and_the_signer_stays() {
    let i = import_text(QD, &fixture());
    let doc = &i.loaded.document;
    let signer = doc.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Lò Văn Sơn"), "{}", i.yaml);
    assert!(signer.authority.is_empty(), "{}", i.yaml);
    let forms = doc.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    let form = &forms[0];
    assert_eq!(form.label, None, "{}", i.yaml);
    assert_eq!(form.title, "Phiếu độc hại");
    let header = form.header.as_ref().expect("the form's cơ quan line is its header");
    assert_eq!(header.organization, ["Ủy ban nhân dân xã Hòa Bình"]);
    assert_eq!(
        form.content,
        [FormBlock::Field("Họ và tên".into()), FormBlock::Field("Lời nhắn".into())],
        "{}",
        i.yaml
    );
    // The document's body ends at its Điều 2; the nơi nhận is whole.
    assert!(
        i.yaml.contains("archive:\n- VT\nsigner:\n  title: Chủ tịch\n  name: Lò Văn Sơn\n"),
        "{}",
        i.yaml
    );
    assert!(!i.yaml.contains("Mẫu số 01"), "{}", i.yaml);
    let lines = report(&i);
    assert!(lines.iter().any(|l| l.starts_with("đã nhận ra: Người ký Lò Văn Sơn, Chủ tịch")), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.starts_with(
            "cần xem lại: 1 mẫu in sau văn bản được ghi vào `forms:`: Mẫu số 01 «Phiếu độc hại» (dòng gốc 17)"
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "cần xem lại: Dòng tên cơ quan trên tên mẫu được ghi vào `header` của mẫu: Ủy ban nhân dân xã Hòa Bình."
        )),
        "{lines:#?}"
    );
    // Nothing of the signer block is left out any more.
    assert!(!lines.iter().any(|l| l.contains("Bỏ ra các dòng của phần chữ ký")), "{lines:#?}");
}

#[test]
fn a_form_title_in_capitals_after_the_signers_name_starts_the_forms_without_a_label() {
    let text = fixture().replace("Mẫu số 01\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n", "");
    let i = import_text("qd.txt", &text);
    let signer = i.loaded.document.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Lò Văn Sơn"), "{}", i.yaml);
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    assert_eq!(forms[0].title, "Phiếu độc hại");
    assert!(forms[0].header.is_none(), "{}", i.yaml);
    assert_eq!(forms[0].content.len(), 2, "{}", i.yaml);
}

#[test]
fn capitals_after_the_signer_without_fill_in_lines_are_no_form() {
    // The same end, with no dot leaders under the capitals: no form is
    // made up; the lines stay where they were read, and are said.
    let text = fixture()
        .replace("Họ và tên: ..........................\n", "")
        .replace("Lời nhắn : ..............\n", "");
    let i = import_text("qd.txt", &text);
    assert!(i.loaded.document.forms().is_empty(), "{}", i.yaml);
    let lines = report(&i);
    assert!(lines.iter().any(|l| l.contains("Bỏ ra các dòng của phần chữ ký")), "{lines:#?}");
}

#[test]
fn a_fill_in_line_is_never_the_signers_title_or_name() {
    // Fill-in lines where the signer should be, nothing else: the signer's
    // fields are left for the user, and the report says why.
    let text = fixture()
        .replace("CHỦ TỊCH\nLò Văn Sơn\nMẫu số 01\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nPHIẾU ĐỘC HẠI\n", "");
    let i = import_text("qd.txt", &text);
    assert!(!i.yaml.contains("title: \"Họ và tên"), "{}", i.yaml);
    assert!(i.yaml.contains("signer:\n  title: <<chức vụ>>\n  name: <<họ và tên>>\n"), "{}", i.yaml);
    let lines = report(&i);
    assert!(
        lines.iter().any(|l| l.starts_with("cần xem lại: Dòng để điền (có dấu chấm) không phải là chức vụ hay họ tên người ký, không ghi vào `signer`: Họ và tên: .......................... / Lời nhắn : .............."
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("cần xem lại: Không thấy người ký: hãy điền `signer`")),
        "{lines:#?}"
    );
    // `check` does not pass such a file silently: the placeholders are
    // flagged.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("qd.yaml"), &i.yaml).unwrap();
    let out = common::vanban(dir.path(), &["check", "qd.yaml"]);
    assert!(!out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

/// The fixture with a table under the form's fields: a filled row, then
/// `empty` empty rows.
fn with_table(empty: usize) -> String {
    let mut text = fixture();
    text.push_str("| STT | Họ và tên | Ghi chú |\n|---|---|---|\n| 1 | Lò Văn A | |\n");
    text.push_str(&"|  |  |  |\n".repeat(empty));
    text
}

#[test]
fn empty_rows_past_the_cap_are_cut_and_said() {
    let i = import_text("qd.txt", &with_table(250));
    let Some(FormBlock::Table(table)) = i.loaded.document.forms()[0].content.last() else {
        panic!("the form's table: {}", i.yaml)
    };
    assert_eq!(table.blank_rows, vanban::limits::FORM_MAX_BLANK_ROWS, "{}", i.yaml);
    let lines = report(&i);
    assert!(
        lines.iter().any(|l| l
            == "cần xem lại: Bảng của Mẫu số 01 có 250 dòng trống; vanban giữ 200 dòng (`blank_rows: 200`, mức tối đa của một bảng trong mẫu). Nếu cần thêm dòng, hãy chia thành nhiều bảng hoặc nhiều trang mẫu (dòng YAML 26; dòng gốc 17)"),
        "{lines:#?}"
    );
    // At the cap, nothing is cut and nothing said.
    let i = import_text("qd.txt", &with_table(200));
    let Some(FormBlock::Table(table)) = i.loaded.document.forms()[0].content.last() else {
        panic!("the form's table: {}", i.yaml)
    };
    assert_eq!(table.blank_rows, 200, "{}", i.yaml);
    assert!(!report(&i).iter().any(|l| l.contains("dòng trống")), "{:#?}", report(&i));
}

#[test]
fn kinh_gui_under_the_title_is_the_subtitle_and_a_typed_year_keeps_the_line_as_text() {
    let text = fixture().replace("PHIẾU ĐỘC HẠI\n", "PHIẾU ĐỘC HẠI\nKính gửi: Ủy ban nhân dân xã Hòa Bình\n")
        + "Hòa Bình, ngày ...... tháng ...... năm 2026\n";
    let i = import_text("qd.txt", &text);
    let form = &i.loaded.document.forms()[0];
    assert_eq!(form.subtitle.as_deref(), Some("Kính gửi: Ủy ban nhân dân xã Hòa Bình"), "{}", i.yaml);
    // The typed year is kept (as the document's year), not turned into
    // dots by a `date_line`; the report says why.
    assert!(i.yaml.contains("  - text: Hòa Bình, ngày ...... tháng ...... năm {{ year }}\n"), "{}", i.yaml);
    assert!(!form.content.iter().any(|b| matches!(b, FormBlock::DateLine(_))), "{}", i.yaml);
    let lines = report(&i);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "cần xem lại: Dòng `Hòa Bình, ngày ...... tháng ...... năm 2026` của Mẫu số 01 có năm gõ sẵn (2026): được giữ thành đoạn `text`"
        )),
        "{lines:#?}"
    );
    // With the year as dots, it is vanban's date line, and nothing is said.
    let i = import_text("qd.txt", &text.replace("năm 2026", "năm ......"));
    assert_eq!(
        i.loaded.document.forms()[0].content.last(),
        Some(&FormBlock::DateLine("Hòa Bình".into())),
        "{}",
        i.yaml
    );
    assert!(!report(&i).iter().any(|l| l.contains("năm gõ sẵn")), "{:#?}", report(&i));
}
