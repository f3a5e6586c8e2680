//! `vanban import` of every type: each sample in `data/` rendered to PDF
//! imports back to a document equal to the source on every printed field,
//! and so does the text of that PDF (as `pdftotext` prints it, read here
//! from vanban's own text layer); the import renders back the same words.

mod common;

use common::round_trip::{import, printed, same, source, tables_as_printed, words};

use vanban::import::Imported;

/// Renders `sample`, imports its PDF and the PDF's text: both equal the
/// source on every printed field but `absent`, and the import's rendering
/// has the source's words (all of them, or the first pages', when what
/// `absent` names is printed after the document).
fn round_trip(sample: &str, absent: &[&str]) -> (Imported, Imported) {
    let loaded = source(sample);
    let first = common::render_loaded(loaded.clone());
    let want = printed(&loaded, absent);
    let from_pdf = import(&sample.replace(".yaml", ".pdf"), &first.pdf);
    same(&printed(&from_pdf.loaded, absent), &want, &format!("{sample}: the PDF's import"), &from_pdf.yaml);
    let text = common::pdftotext(&first.pdf);
    let from_text = import(&sample.replace(".yaml", ".txt"), text.as_bytes());
    same(
        &printed(&from_text.loaded, absent),
        &want,
        &format!("{sample}: the text's import"),
        &from_text.yaml,
    );
    let before = words(&common::pdftotext(&first.pdf));
    for imported in [&from_pdf, &from_text] {
        // The decision alone: the text it issues, a second file, is
        // compared in tests/import_issued.rs.
        let alone: String = imported
            .yaml
            .lines()
            .filter(|l| !l.starts_with("attachment: "))
            .map(|l| format!("{l}\n"))
            .collect();
        let after = words(&common::pdftotext(&common::render_str("imported.yaml", &alone).pdf));
        if absent.is_empty() {
            assert_eq!(after, before, "{sample}: the re-rendered text differs");
        } else {
            // Up to what is printed after the document (the forms: the
            // text layer has no tick boxes, and a form's table does not
            // keep its column widths).
            let end = before.iter().position(|w| w == "Mẫu").unwrap_or(before.len()).min(after.len());
            assert_eq!(after[..end], before[..end], "{sample}: the re-rendered text differs");
        }
    }
    (from_pdf, from_text)
}

#[test]
fn a_quyet_dinh_imports_with_its_authority_bases_proposal_and_articles() {
    let (pdf, _) = round_trip("quyet-dinh-ngoc-lien-2026.yaml", &["attachment"]);
    // The Kế hoạch it issues, printed after it, is a second file
    // (tests/import_issued.rs compares it with the source's).
    assert!(
        pdf.notes.iter().any(|n| n.message
            == "Kế hoạch do quyết định ban hành kèm theo (từ trang 2) được ghi vào tệp riêng \
                quyet-dinh-ngoc-lien-2026-ke-hoach.yaml, `attachment:` ghi tên tệp đó"),
        "{:#?}",
        pdf.notes
    );
    assert!(pdf.yaml.contains("authority: Chủ tịch Ủy ban nhân dân xã Ngọc Liên\n"), "{}", pdf.yaml);
}

#[test]
fn a_quyet_dinh_quy_pham_keeps_its_year_numbered_so_and_enactment() {
    let (pdf, text) = round_trip("quyet-dinh-qppl-tinh-binh-lam-2026.yaml", &["attachment"]);
    for imported in [pdf, text] {
        let vanban::model::Document::QuyetDinh(q) = &imported.loaded.document else {
            panic!("not a quyết định")
        };
        assert!(q.legal_normative);
        assert_eq!(q.number, Some(25));
        assert_eq!(q.bases.len(), 4);
    }
}

#[test]
fn a_quyet_dinh_ban_hanh_quy_che_imports() {
    round_trip("quyet-dinh-quy-che-ngoc-lien-2026.yaml", &["attachment"]);
}

#[test]
fn a_giay_moi_imports_with_its_guests_and_meeting() {
    let (pdf, _) = round_trip("giay-moi-ngoc-lien-2026.yaml", &[]);
    assert!(
        pdf.yaml.contains("time: 08 giờ 00 phút, thứ Tư, ngày 22 tháng 4 năm {{ year }}\n"),
        "{}",
        pdf.yaml
    );
}

#[test]
fn a_giay_gioi_thieu_imports_its_labelled_lines() {
    let (pdf, _) = round_trip("giay-gioi-thieu-ngoc-lien-2026.yaml", &[]);
    assert!(pdf.yaml.contains("valid_until: \"2026-05-31\"\n"), "{}", pdf.yaml);
    assert!(pdf.yaml.contains("person: Hà Thị Mai\n"), "{}", pdf.yaml);
}

#[test]
fn a_nghi_quyet_imports_with_its_authority_lines_xet_and_closing() {
    let (pdf, _) = round_trip("nghi-quyet-ngoc-lien-2026.yaml", &[]);
    let vanban::model::Document::NghiQuyet(n) = &pdf.loaded.document else { panic!("not a nghị quyết") };
    assert_eq!(n.articles[0].clauses.len(), 3);
}

#[test]
fn a_bien_ban_imports_its_meeting_and_two_signers() {
    let (pdf, _) = round_trip("bien-ban-ngoc-lien-2026.yaml", &[]);
    assert!(pdf.yaml.contains("kind: hoi-nghi\n"), "{}", pdf.yaml);
}

#[test]
fn a_cong_dien_imports_its_sender_addressees_and_urgency() {
    let (pdf, _) = round_trip("cong-dien-ngoc-lien-2026.yaml", &[]);
    assert!(pdf.yaml.contains("urgency: hoa-toc\n"), "{}", pdf.yaml);
}

#[test]
fn a_giay_nghi_phep_imports_its_dates_and_confirmation() {
    // The register's trích yếu is not printed: it cannot come back.
    let (pdf, _) = round_trip("giay-nghi-phep-ngoc-lien-2026.yaml", &["title"]);
    let vanban::model::Document::GiayNghiPhep(g) = &pdf.loaded.document else {
        panic!("not a giấy nghỉ phép")
    };
    assert!(g.confirmation);
    assert_eq!(g.title, "Cấp giấy nghỉ phép cho ông (bà) Hà Thị Mai");
}

#[test]
fn a_hop_dong_imports_its_parties_articles_and_two_signers() {
    // Its Bộ luật, written as text in the sample, comes back as a citation
    // printed the same.
    round_trip("hop-dong-ngoc-lien-2026.yaml", &["bases-as-printed"]);
}

#[test]
fn a_thu_cong_imports_its_greeting() {
    let (pdf, _) = round_trip("thu-cong-ngoc-lien-2027.yaml", &[]);
    assert!(pdf.yaml.contains("greeting: "), "{}", pdf.yaml);
}

#[test]
fn a_thong_bao_imports_back() {
    round_trip("thong-bao-ngoc-lien-2026.yaml", &[]);
}

/// A bold run ends before the punctuation after it, and a date of the
/// document's year is written `{{ year }}` (probe: `(**số liệu tính đến
/// ngày 30/11/2026).**`).
#[test]
fn a_bold_run_and_a_date_of_the_year_come_back_from_a_pdf() {
    let pdf = common::render_loaded(source("cong-van-ngoc-lien-2026.yaml")).pdf;
    let imported = import("cv.pdf", &pdf);
    let yaml = imported.yaml.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(yaml.contains("(**số liệu tính đến ngày 30/11/{{ year }}**)."), "{yaml}");
    // A cited document's date stays its own.
    assert!(yaml.contains("455/SDTTG-KHTH ngày 14/4/2026 của"), "{yaml}");
}

/// A table typed in the `| a | b |` form comes back as a table.
#[test]
fn a_table_in_text_comes_back_as_a_table() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 15/UBND-VHXH\nV/v kinh phí tổ chức Ngày hội năm 2026\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNgọc Liên, ngày 20 tháng 4 năm 2026\n\
        Kính gửi: Phòng Kinh tế.\nỦy ban nhân dân xã đề nghị bố trí kinh phí như sau:\n\
        | STT | Nội dung | Kinh phí (đồng) |\n|---|---|---|\n| 1 | Văn nghệ | 10.000.000 |\n| 2 | Thể thao | 8.000.000 |\n\
        Đề nghị Phòng Kinh tế thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n";
    let imported = import("cv.txt", text.as_bytes());
    let vanban::model::Document::CongVan(cv) = &imported.loaded.document else { panic!("not a công văn") };
    let table = cv
        .content
        .iter()
        .find_map(|b| match b {
            vanban::model::Block::Table(t) => Some(&t.table),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no table in\n{}", imported.yaml));
    let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["STT", "Nội dung", "Kinh phí (đồng)"]);
    assert_eq!(table.rows.len(), 2);
    let words = common::normalize(&common::pdftotext(&common::render_loaded(imported.loaded.clone()).pdf));
    assert!(words.contains("Thể thao") && words.contains("8.000.000"), "{words}");
}

fn first_table(doc: &vanban::model::Document) -> Option<&vanban::model::Table> {
    let content = match doc {
        vanban::model::Document::ToTrinh(t) => &t.content,
        vanban::model::Document::CongVan(c) => &c.content,
        _ => return None,
    };
    content.iter().find_map(|b| match b {
        vanban::model::Block::Table(t) => Some(&t.table),
        _ => None,
    })
}

/// A table in vanban's PDF comes back from its ruling lines: the header,
/// the unit above it, the rows (a row whose first cells are merged keeps
/// its text in the first).
#[test]
fn a_table_comes_back_from_a_pdf() {
    let pdf = common::render_loaded(source("to-trinh-ngoc-lien-2027.yaml")).pdf;
    let imported = import("tt.pdf", &pdf);
    let table =
        first_table(&imported.loaded.document).unwrap_or_else(|| panic!("no table in\n{}", imported.yaml));
    let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["STT", "Nội dung", "Vốn đối ứng"]);
    assert_eq!(table.unit.as_deref(), Some("Đơn vị tính: đồng"));
    let rows = serde_json::to_value(&table.rows).unwrap();
    assert_eq!(rows[0], serde_json::json!(["1", "Hỗ trợ đội văn nghệ truyền thống các thôn", "45.000.000"]));
    // The last row, `Tổng cộng`, is the table's total.
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.total.as_ref().map(|t| t.label.as_str()), Some("Tổng cộng"));
}

/// A merged header cell over two columns comes back as a column group.
#[test]
fn a_merged_header_comes_back_from_a_pdf() {
    let yaml = "type: cong-van\nissuer: {name: [Ủy ban nhân dân, xã Ngọc Liên], abbr: UBND}\nunit: VHXH\nnumber: 15\n\
        place: Ngọc Liên\ndate: 2026-04-20\nyear: 2026\ntitle: kinh phí tổ chức Ngày hội\nto: [Phòng Kinh tế]\n\
        content:\n  - \"Ủy ban nhân dân xã đề nghị bố trí kinh phí như sau:\"\n  - table:\n      columns:\n        - {title: STT}\n        - {title: Nội dung}\n\
        \x20       - {title: Kinh phí (đồng), columns: [{title: Ngân sách xã}, {title: Xã hội hóa}]}\n      rows:\n        - [\"1\", Văn nghệ, \"10.000.000\", \"5.000.000\"]\n\
        \x20       - [\"2\", Thể thao, \"8.000.000\", \"2.000.000\"]\n  - Đề nghị Phòng Kinh tế thực hiện.\n\
        recipients: []\nsigner: {title: Chủ tịch, name: Lê Văn Minh}\n";
    let pdf = common::render_str("cv.yaml", yaml).pdf;
    let imported = import("cv.pdf", &pdf);
    let table =
        first_table(&imported.loaded.document).unwrap_or_else(|| panic!("no table in\n{}", imported.yaml));
    let titles: Vec<(&str, Vec<&str>)> = table
        .columns
        .iter()
        .map(|c| (c.title.as_str(), c.columns.iter().map(|s| s.title.as_str()).collect()))
        .collect();
    assert_eq!(
        titles,
        [("STT", vec![]), ("Nội dung", vec![]), ("Kinh phí (đồng)", vec!["Ngân sách xã", "Xã hội hóa"])]
    );
    let rows = serde_json::to_value(&table.rows).unwrap();
    assert_eq!(
        rows,
        serde_json::json!([
            ["1", "Văn nghệ", "10.000.000", "5.000.000"],
            ["2", "Thể thao", "8.000.000", "2.000.000"]
        ])
    );
}

/// The báo cáo's phụ lục come back after its nơi nhận, each with its
/// title and table (they were read into the signer block).
#[test]
fn the_phu_luc_and_their_tables_come_back_from_a_pdf() {
    let pdf = common::render_loaded(source("bao-cao-ngoc-lien-2026.yaml")).pdf;
    let imported = import("bc.pdf", &pdf);
    let doc = &imported.loaded.document;
    assert_eq!(doc.signer().name, "Phạm Xuân Khánh");
    let appendices = doc.appendices();
    assert_eq!(appendices.len(), 2, "{}", imported.yaml);
    assert_eq!(appendices[0].title, "Danh sách các thôn thụ hưởng năm 2026");
    let vanban::model::Block::Table(t) = &appendices[0].content[0] else {
        panic!("no table in\n{}", imported.yaml)
    };
    let titles: Vec<&str> = t.table.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["STT", "Thôn", "Số hộ", "Kinh phí"]);
    // Three villages and the total row.
    assert_eq!(t.table.rows.len(), 3);
    assert_eq!(t.table.total.as_ref().map(|t| t.label.as_str()), Some("Cộng"));
    let vanban::model::Block::Table(t) = &appendices[1].content[0] else {
        panic!("no table in\n{}", imported.yaml)
    };
    assert_eq!(t.table.unit.as_deref(), Some("Đơn vị tính: triệu đồng"));
}

/// A quy chế in Chương and Điều comes back in them; its forms, printed
/// after it, come back from the PDF block by block, equal to the
/// source's (from the text layer, which has no tick boxes, they are
/// compared in tests/import_round_trips.rs through the DOCX), each named
/// in the report.
#[test]
fn a_quy_che_imports_its_chuong_and_dieu() {
    let sample = "quy-che-lam-viec-ngoc-lien-2026.yaml";
    let (pdf, _) = round_trip(sample, &["forms", "allow"]);
    let forms = |l: &vanban::load::Loaded| {
        let mut v = serde_json::to_value(l.document.forms()).unwrap();
        tables_as_printed(&mut v);
        v
    };
    assert_eq!(forms(&pdf.loaded), forms(&source(sample)), "{}", pdf.yaml);
    assert!(
        pdf.notes.iter().any(|n| n.message.contains("Mẫu số 01") && n.message.contains("Mẫu số 02")),
        "{:#?}",
        pdf.notes
    );
    assert_eq!(pdf.loaded.document.forms().len(), 2, "{}", pdf.yaml);
    round_trip("quy-dinh-homestay-tinh-binh-lam-2026.yaml", &[]);
}

/// A table in a Điều (a list of members, as offices type one): a quyết
/// định's Điều holds text only, so its rows come back as paragraphs with
/// their cells, said in the report; nothing is lost (the probe saw
/// `[table of 2 rows]` printed in place of the names).
#[test]
fn a_table_in_a_dieu_comes_back_as_its_rows_not_a_placeholder() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 15/QĐ-UBND\n\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Ngọc Liên, ngày 20 tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác phòng, chống thiên tai\n\
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN\n\
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
Theo đề nghị của Trưởng phòng Kinh tế.\nQUYẾT ĐỊNH:\n\
Điều 1. Thành lập Tổ công tác gồm các ông, bà có tên sau:\n\
| Họ và tên | Chức vụ |\n|---|---|\n| Nguyễn Văn An | Tổ trưởng |\n| Trần Thị Bình | Thành viên |\n\
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\
Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n";
    let i = import("qd.txt", text.as_bytes());
    assert!(!i.yaml.contains("[table of"), "{}", i.yaml);
    let vanban::model::Document::QuyetDinh(q) = &i.loaded.document else {
        panic!("a quyết định:\n{}", i.yaml)
    };
    let first = q.articles[0].text.clone().unwrap_or_default();
    assert!(first.contains("Họ và tên | Chức vụ"), "{first}");
    assert!(
        first.contains("Nguyễn Văn An | Tổ trưởng") && first.contains("Trần Thị Bình | Thành viên"),
        "{first}"
    );
    assert!(
        i.notes.iter().any(|n| n.line(vanban::import::Format::Text).contains("Một bảng nằm trong một Điều")),
        "{:?}",
        i.notes.iter().map(|n| n.line(vanban::import::Format::Text)).collect::<Vec<_>>()
    );
}
