//! `vanban import` on what probe 7 found lost or mistyped: two Word files
//! LibreOffice made (a quyết định with a table in its Điều 1, a báo cáo
//! with the same table ending in a bold `Tổng cộng` row, both kept in
//! `tests/fixtures/`), and the quy chế sample's forms. Also a báo cáo
//! typed the office way in Word, its table's rows in levels (I, 1, a, the
//! parents in bold): `probe-bao-cao-cap.docx`, made from the `.html` beside
//! it with `soffice --headless --convert-to 'docx:MS Word 2007 XML'
//! probe-bao-cao-cap.html` (LibreOffice 7).

mod common;

use vanban::import::{Format, Imported, NoteKind, import_bytes, import_bytes_as};
use vanban::model::Document;

const QUYET_DINH: &str = "tests/fixtures/probe-quyet-dinh-bang.docx";
const BAO_CAO: &str = "tests/fixtures/probe-bao-cao-bang.docx";
const BAO_CAO_CAP: &str = "tests/fixtures/probe-bao-cao-cap.docx";

fn import(path: &str) -> Imported {
    let bytes = std::fs::read(common::root().join(path)).unwrap();
    match import_bytes(path, &bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {path} failed:\n{e}"),
    }
}

fn report(i: &Imported) -> Vec<String> {
    i.notes.iter().map(|n| n.line(Format::Docx)).collect()
}

#[test]
fn a_table_in_a_dieu_keeps_both_header_rows_and_the_merged_title() {
    let i = import(QUYET_DINH);
    let Document::QuyetDinh(q) = &i.loaded.document else { panic!("a quyết định:\n{}", i.yaml) };
    let first = q.articles[0].text.clone().unwrap_or_default();
    let paragraphs: Vec<&str> = first.split("\n\n").collect();
    // The header rows as Word prints them: the merged title once, then the
    // titles under it; then the rows.
    assert_eq!(
        paragraphs[1..],
        [
            "STT | Thôn | Kinh phí (triệu đồng) | Tỷ lệ (%)",
            "Trung ương | Địa phương",
            "1 | Thôn Đồng Lớn | 120 | 30 | 60,0",
            "2 | Thôn Bản Lốc | 80 | 20 | 40,0",
            " | Tổng cộng | 200 | 50 | 100,0",
        ],
        "{first}"
    );
    // Rendered again, every word of the table is printed.
    let text = common::normalize(&common::pdftotext(&common::render_loaded(i.loaded.clone()).pdf));
    for words in ["Kinh phí (triệu đồng)", "Trung ương | Địa phương", "Tỷ lệ (%)"] {
        assert!(text.contains(words), "{words} not printed:\n{text}");
    }
}

#[test]
fn nhu_dieu_3_is_said_and_printed_by_vanban() {
    let i = import(QUYET_DINH);
    let lines = report(&i);
    // Counted among nơi nhận, and said why it is not under `recipients`.
    assert!(lines.iter().any(|l| l.starts_with("đã nhận ra: Nơi nhận: 1 mục, Lưu: VT, KT")), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.starts_with(
            "đã nhận ra: Dòng `Như Điều 3` đầu nơi nhận không ghi vào `recipients`: vanban tự in dòng này"
        )),
        "{lines:#?}"
    );
    assert_eq!(i.loaded.document.noi_nhan_lead().as_deref(), Some("Như Điều 3"));
    let text = common::pdftotext(&common::render_loaded(i.loaded.clone()).pdf);
    assert!(text.contains("- Như Điều 3;\n- Lưu: VT, KT."), "{text}");
}

#[test]
fn no_guess_is_reported_when_no_header_line_is_taken_for_the_chu_quan() {
    let i = import(QUYET_DINH);
    assert!(!i.notes.iter().any(|n| n.kind == NoteKind::Guessed), "{:#?}", report(&i));
    // Three lines without style: the first is guessed to be the chủ quản, and said.
    let text = "UBND TỈNH THANH HÓA\nUBND HUYỆN BÁ THƯỚC\nBAN CHỈ ĐẠO\nSố: 3/BC-BCĐ\n\
BÁO CÁO\nKết quả công tác năm 2026\nI. KẾT QUẢ\nĐã hoàn thành.\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nLê Văn Minh\n";
    let i = import_bytes("bc.txt", text.as_bytes(), None).unwrap();
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Text)).collect();
    assert!(
        lines.iter().any(|l| l.starts_with(
            "phỏng đoán: 1 dòng đầu được hiểu là cơ quan chủ quản, phần còn lại là cơ quan ban hành"
        )),
        "{lines:#?}"
    );
}

#[test]
fn a_bold_tong_cong_row_under_an_empty_stt_is_the_total() {
    let i = import(BAO_CAO);
    let table = i.yaml.split("table:").nth(1).unwrap_or_default();
    assert!(
        table.contains(
            "      total:\n        label: Tổng cộng\n        values:\n        - null\n        - null\n        - null\n        - null\n        - 100,0\n"
        ),
        "{}",
        i.yaml
    );
    // Its sums, 200 and 50, left blank: vanban computes them (the
    // percentage, not summed, stays as printed).
    assert!(!table.contains("- Tổng cộng"), "still a data row:\n{}", i.yaml);
    let lines = report(&i);
    assert!(
        lines
            .iter()
            .any(|l| l
                .starts_with("đã nhận ra: Dòng tổng cộng của bảng: 2 số bằng tổng các dòng nên để trống")),
        "{lines:#?}"
    );
    // Printed as vanban prints a total: its label across the text columns, bold.
    let out = common::render_loaded(i.loaded.clone());
    let rows = common::pdf::rows(&out.pdf);
    let total = rows.iter().find(|r| r.contains("Tổng cộng")).expect("a total row");
    assert!(total.contains("200") && total.contains("50") && total.contains("100,0"), "{rows:#?}");
}

#[test]
fn the_yaml_comment_is_in_the_runs_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join(QUYET_DINH), dir.path().join("qd.docx")).unwrap();
    for (args, first) in [
        (&["import", "qd.docx", "-o", "vi.yaml"][..], "# Tệp này do `vanban import` tạo ra (Quyết định): "),
        (
            &["--lang", "en", "import", "qd.docx", "-o", "en.yaml"][..],
            "# Imported by `vanban import` (Quyết định): ",
        ),
    ] {
        let out = common::vanban(dir.path(), args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let yaml = std::fs::read_to_string(dir.path().join(args[args.len() - 1])).unwrap();
        let comment: Vec<&str> = yaml.lines().take_while(|l| l.starts_with('#')).collect();
        assert_eq!(comment.len(), 2, "{yaml}");
        assert!(comment[0].starts_with(first), "{yaml}");
        assert!(comment[1].contains("`vanban check`"), "{yaml}");
        if args[0] != "--lang" {
            assert!(!yaml.contains("Imported by"), "{yaml}");
        }
    }
}

#[test]
fn the_quy_ches_two_forms_come_back_as_forms_and_are_named() {
    let source =
        vanban::load::load_file(&common::root().join("data/quyet-dinh-quy-che-ngoc-lien-2026.yaml")).unwrap();
    let pdf = common::render_loaded(source).pdf;
    let imported = import_bytes_as("qc.pdf", &pdf, None, Some("qc.yaml")).unwrap();
    let (_, attached) = imported.attachment.as_ref().expect("the quy chế");
    let forms = attached.loaded.document.forms();
    let titles: Vec<(&str, Option<&str>)> =
        forms.iter().map(|f| (f.title.as_str(), f.subtitle.as_deref())).collect();
    assert_eq!(
        titles,
        [
            ("Phiếu đăng ký nội dung chương trình công tác", Some("Tháng …… năm 2026")),
            ("Giấy đề nghị giải quyết công việc", Some("Kính gửi: Chủ tịch Ủy ban nhân dân xã Ngọc Liên")),
        ],
        "{}",
        attached.yaml
    );
    // Each named in the report: label, title, page.
    let lines: Vec<String> = attached.notes.iter().map(|n| n.line(Format::Pdf)).collect();
    let note =
        lines.iter().find(|l| l.contains("mẫu in sau văn bản")).unwrap_or_else(|| panic!("{lines:#?}"));
    assert!(note.starts_with("cần xem lại: 2 mẫu in sau văn bản được ghi vào `forms:`"), "{note}");
    assert!(note.contains("Mẫu số 01 «Phiếu đăng ký nội dung chương trình công tác» (trang 4)"), "{note}");
    assert!(note.contains("Mẫu số 02 «Giấy đề nghị giải quyết công việc» (trang 5)"), "{note}");
    // No word of the forms is lost: each word the source prints after
    // `Mẫu số 01` is printed again by the import (dot leaders aside).
    let again = common::render_loaded(imported.loaded.clone()).pdf;
    let tail = |pdf: &[u8]| -> Vec<String> {
        let text = common::normalize(&common::pdftotext(pdf));
        let from = text.find("Mẫu số 01").expect("the first form");
        let mut w: Vec<String> = text[from..]
            .split(' ')
            .map(|w| w.trim_matches(|c: char| c == '.' || c == '…' || c == '|').to_string())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        w.sort();
        w
    };
    assert_eq!(tail(&again), tail(&pdf));
}

/// Forms after a type without `forms:` (a báo cáo): each named with its
/// title and place, and where they go; after a quyết định (from text):
/// imported, with the header's organisation and every line.
#[test]
fn forms_after_a_type_without_forms_are_named_and_after_a_quyet_dinh_imported() {
    let form = "Mẫu số 01\nỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
PHIẾU ĐĂNG KÝ\nHọ và tên: ……\nNgười đăng ký\n";
    let bao_cao = format!(
        "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 3/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Ngọc Liên, ngày 20 tháng 4 năm 2026\nBÁO CÁO\nKết quả công tác tháng 4\nI. KẾT QUẢ\nĐã hoàn thành.\n\
Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n{form}"
    );
    let i = import_bytes("bc.txt", bao_cao.as_bytes(), None).unwrap();
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Text)).collect();
    assert!(
        lines.iter().any(|l| l.starts_with("cần xem lại: 1 mẫu in sau văn bản không nằm trong tệp YAML này: Mẫu số 01 «Phiếu đăng ký» (dòng gốc 16). Loại văn bản này không có `forms:`")),
        "{lines:#?}"
    );
    let quyet_dinh = format!(
        "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 3/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Ngọc Liên, ngày 20 tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc ban hành mẫu phiếu đăng ký\n\
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
QUYẾT ĐỊNH:\nĐiều 1. Ban hành mẫu phiếu đăng ký (Mẫu số 01).\nĐiều 2. Quyết định này có hiệu lực từ ngày ký./.\n\
Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n{form}"
    );
    let i = import_bytes("qd.txt", quyet_dinh.as_bytes(), None).unwrap();
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    assert_eq!(forms[0].title, "Phiếu đăng ký");
    assert_eq!(
        forms[0].header.as_ref().map(|h| h.organization.clone()),
        Some(vec!["Ủy ban nhân dân".to_string(), "xã Ngọc Liên".to_string()])
    );
    // The fill-in line is a field (printed with vanban's dot leader); the
    // line after it stays text.
    assert_eq!(
        forms[0].content,
        [
            vanban::model::FormBlock::Field("Họ và tên".into()),
            vanban::model::FormBlock::Text("Người đăng ký".into())
        ],
        "{}",
        i.yaml
    );
    let text = common::normalize(&common::pdftotext(&common::render_loaded(i.loaded.clone()).pdf));
    for words in ["PHIẾU ĐĂNG KÝ", "Họ và tên: .....", "Người đăng ký"] {
        assert!(text.contains(words), "{words} not printed:\n{text}");
    }
}

/// Many forms: the report names the first 20 and counts the rest; every
/// form is imported.
#[test]
fn many_forms_are_all_imported_and_the_report_counts_past_twenty() {
    let mut text = String::from(
        "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 3/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Ngọc Liên, ngày 20 tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc ban hành các mẫu phiếu\n\
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
QUYẾT ĐỊNH:\nĐiều 1. Ban hành các mẫu phiếu.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký./.\n\
Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n",
    );
    for k in 1..=25 {
        text.push_str(&format!(
            "Mẫu số {k:02}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPHIẾU SỐ {k}\nHọ và tên: ……\n"
        ));
    }
    let i = import_bytes("qd.txt", text.as_bytes(), None).unwrap();
    assert_eq!(i.loaded.document.forms().len(), 25, "{}", i.yaml);
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Text)).collect();
    let note =
        lines.iter().find(|l| l.contains("mẫu in sau văn bản")).unwrap_or_else(|| panic!("{lines:#?}"));
    assert!(note.contains("; Mẫu số 20 «Phiếu số 20» (dòng gốc "), "{note}");
    assert!(note.contains("); và 5 mẫu nữa. Dòng điền (`field`, `fields`)"), "{note}");
    // Each form's `Họ và tên: ……` is a field: no line is left as text.
    assert!(note.contains("; không còn dòng nào để nguyên thành đoạn `text`."), "{note}");
    assert!(!note.contains("Mẫu số 21"), "{note}");
}

/// Word's table with I / 1 / a rows, the rows with rows under them in
/// bold: `levels`, the parents' figures and the total left to vanban,
/// which prints them as Word did.
#[test]
fn a_word_table_with_i_1_a_rows_and_bold_parents_comes_back_in_levels() {
    let i = import(BAO_CAO_CAP);
    fn first_table(v: &serde_json::Value) -> Option<serde_json::Value> {
        match v {
            serde_json::Value::Object(m) => {
                m.get("table").cloned().or_else(|| m.values().find_map(first_table))
            }
            serde_json::Value::Array(a) => a.iter().find_map(first_table),
            _ => None,
        }
    }
    let found = first_table(&serde_json::to_value(&i.loaded.document).unwrap());
    let table: vanban::model::Table =
        serde_json::from_value(found.unwrap_or_else(|| panic!("no table:\n{}", i.yaml))).unwrap();
    assert_eq!(table.levels.as_deref(), Some(&["I".to_string(), "1".into(), "a".into()][..]), "{}", i.yaml);
    use vanban::model::table::{Cell, Row};
    let figures: Vec<String> = table
        .rows
        .iter()
        .map(|r| match r {
            Row::Cells(c) => match &c[2] {
                Cell::Empty => "·".into(),
                Cell::Text(t) => t.clone(),
                Cell::Number(n) => n.typed(),
            },
            _ => panic!("not a data row:\n{}", i.yaml),
        })
        .collect();
    assert_eq!(figures, ["·", "·", "180", "120", "200", "·", "90", "60"], "{}", i.yaml);
    assert!(table.total.as_ref().is_some_and(|t| t.values.iter().flatten().all(|c| *c == Cell::Empty)));
    assert!(!i.yaml.contains("\nallow:"), "{}", i.yaml);
    // Said in the report: three parents' figures and the total's.
    let lines = report(&i);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "đã nhận ra: Bảng có các dòng theo cấp I, 1, a (`levels`): 4 số của dòng cấp trên và dòng tổng cộng \
             bằng tổng các dòng bên dưới nên để trống"
        )),
        "{lines:#?}"
    );
    // Printed as Word printed it: the sums computed.
    let rows = common::pdf::rows(&common::render_loaded(i.loaded.clone()).pdf);
    for (label, sum) in [("Xây dựng hạ tầng", "500"), ("Hỗ trợ sản xuất", "150"), ("Tổng cộng", "650")]
    {
        let row = rows.iter().find(|r| r.contains(label)).unwrap_or_else(|| panic!("{label}: {rows:#?}"));
        assert!(row.split(' ').any(|w| w == sum), "{label}: {row}");
    }
    // `1. Đường giao thông nông thôn` wraps in its cell: its 300 on a row of its own.
    assert!(rows.iter().any(|r| r.split(' ').any(|w| w == "300")), "{rows:#?}");
}
