//! `vanban import`: the seed plan (a text extraction of the real Kế hoạch)
//! imports into YAML that passes the checks and renders back the seed's
//! words in order, with its structure found.

mod common;

use std::sync::OnceLock;

use lopdf::dictionary;

use vanban::import::{Imported, NoteKind, import_bytes, recall};
use vanban::model::{Basis, Document, KeHoach};

const SEED: &str = "tests/fixtures/ke-hoach-ngoc-lien-2026.txt";

fn seed() -> String {
    std::fs::read_to_string(common::root().join(SEED)).unwrap()
}

fn imported() -> &'static Imported {
    static IMPORTED: OnceLock<Imported> = OnceLock::new();
    IMPORTED.get_or_init(|| match import_bytes("ke-hoach-ngoc-lien-2026.txt", seed().as_bytes(), None) {
        Ok(i) => i,
        Err(e) => panic!("import failed:\n{e}"),
    })
}

fn plan() -> &'static KeHoach {
    match &imported().loaded.document {
        Document::KeHoach(k) => k,
        other => panic!("imported as {:?}", other.doc_type()),
    }
}

#[test]
fn the_seed_renders_back_with_its_words_in_order() {
    let out = common::render_str("imported.yaml", &imported().yaml);
    let text = common::pdftotext_body(&out.pdf);
    let recall = recall::in_order_recall(&seed(), &text);
    eprintln!("in-order word recall of the seed: {recall:.4}");
    assert!(recall >= 0.98, "in-order word recall {recall:.4} < 0.98");
}

#[test]
fn the_import_passes_check() {
    let loaded = &imported().loaded;
    let errors: Vec<_> =
        vanban::lint::lint(loaded, &Default::default()).into_iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_cancu_are_structured_citations_with_ids() {
    let k = plan();
    assert_eq!(k.bases.len(), 7);
    // The first is a group of two Quyết định of the Thủ tướng.
    let group: Vec<(&str, Option<&str>)> =
        k.bases[0].group.iter().map(|c| (c.kind.as_str(), c.number.as_deref())).collect();
    assert_eq!(group, [("Quyết định", Some("1719/QĐ-TTg")), ("Quyết định", Some("920/QĐ-TTg"))]);
    assert_eq!(k.bases[0].group[0].issuer.as_deref(), Some("Thủ tướng Chính phủ"));
    let kinds: Vec<&str> = k.bases[1..].iter().filter_map(|b: &Basis| b.kind.as_deref()).collect();
    assert_eq!(kinds, ["Thông báo", "Nghị quyết", "Quyết định", "Kế hoạch", "Công văn", "Quyết định"]);
    let ids: Vec<String> = k.bases.iter().flat_map(Basis::citations).filter_map(|c| c.id).collect();
    assert_eq!(ids, ["qd1719", "qd920", "tb274", "nq661", "qd2624", "kh281", "cv455", "qd252"]);
    assert!(k.bases.iter().all(|b| b.text.is_none()));
    assert_eq!(k.bases[1].issuer.as_deref(), Some("Ủy ban Dân tộc"));
    assert_eq!(k.bases[1].date.map(|d| d.0.to_string()).as_deref(), Some("2025-02-24"));
    // Kế hoạch 281 cites Quyết định 1719 by id.
    assert!(
        imported().yaml.contains(r#"về triển khai thực hiện {{ cite(\"qd1719\") }}"#),
        "{}",
        imported().yaml
    );
}

#[test]
fn the_projects_have_their_tasks_funding_and_assignments() {
    let k = plan();
    let numbers: Vec<&str> = k.projects.iter().filter_map(|p| p.number.as_deref()).collect();
    assert_eq!(numbers, ["6", "7", "9", "10"]);
    let tasks: Vec<&str> = k.projects[0].tasks.iter().filter_map(|t| t.number.as_deref()).collect();
    assert_eq!(tasks, ["9", "16", "18.2"]);
    assert_eq!(
        k.projects[0].tasks[1].content,
        "Hỗ trợ xây dựng tủ sách cộng đồng cho các xã vùng đồng bào dân tộc thiểu số"
    );
    let subs: Vec<&str> = k.projects[3].subprojects.iter().filter_map(|p| p.number.as_deref()).collect();
    assert_eq!(subs, ["1", "3"]);
    assert_eq!(k.projects[2].subprojects.len(), 1);
    for p in k
        .projects
        .iter()
        .filter(|p| p.subprojects.is_empty())
        .chain(k.projects.iter().flat_map(|p| &p.subprojects))
    {
        let f = p.funding.as_ref().unwrap_or_else(|| panic!("no funding in {}", p.title));
        assert_eq!(
            (f.source.as_str(), f.under.as_slice()),
            ("Vốn ngân sách Trung ương", &["nq661".to_string(), "qd2624".to_string()][..])
        );
        assert!(!p.assignment.0.is_empty(), "no assignment in {}", p.title);
    }
    // Tiểu dự án 1 of Dự án 10: two assignments, the second with its own task and scope.
    let two = &k.projects[3].subprojects[0].assignment.0;
    assert_eq!(two.len(), 2);
    assert_eq!(two[1].lead, "Văn phòng HĐND và UBND");
    assert_eq!(two[1].lead_task.as_deref(), Some("xây dựng kế hoạch"));
    assert_eq!(two[1].scope.as_deref(), Some("nội dung số 3 thuộc tiểu dự 1, dự án 10"));
    assert_eq!(two[1].guidance.as_deref(), Some("cấp có thẩm quyền"));
}

#[test]
fn the_other_parts_end_and_signer() {
    let k = plan();
    assert_eq!((k.purposes.len(), k.requirements.len(), k.objectives.len()), (3, 3, 1));
    assert_eq!(k.solutions.len(), 5);
    let units: Vec<&str> = k.organization.iter().map(|o| o.unit.as_str()).take(2).collect();
    assert_eq!(units, ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế"]);
    assert_eq!(k.organization.len(), 5);
    assert!(
        k.closing.as_deref().is_some_and(|c| c.starts_with("Trên đây là Kế hoạch") && !c.ends_with("./."))
    );
    let recipients: Vec<(&str, Option<&str>)> =
        k.recipients.iter().map(|r| (r.to.as_str(), r.purpose.as_deref())).collect();
    assert_eq!(recipients[0], ("Sở Dân tộc và Tôn giáo", Some("để b/c")));
    assert_eq!(recipients.len(), 6);
    assert_eq!(k.archive, ["VT"]);
    let s = &k.signer;
    assert_eq!(
        s.authority.iter().map(|a| format!("{} {}", a.prefix.as_str(), a.of)).collect::<Vec<_>>(),
        ["KT. Chủ tịch"]
    );
    assert_eq!((s.title.as_str(), s.name.as_str()), ("Phó Chủ tịch", "Phạm Xuân Khánh"));
    assert_eq!(k.year, 2026);
    assert_eq!((k.number, k.date), (None, None));
}

#[test]
fn this_plans_year_is_written_as_year() {
    let yaml = &imported().yaml;
    assert!(yaml.contains("năm {{ year }} trên địa bàn xã Ngọc"), "{yaml}");
    // A year in a cited document's trích yếu is that document's.
    assert!(yaml.contains("chuyển nguồn NS năm 2025 sang năm 2026"), "{yaml}");
}

#[test]
fn the_report_says_what_was_guessed_with_yaml_lines() {
    let notes = &imported().notes;
    let lines: Vec<&str> = imported().yaml.lines().collect();
    // The issuer is not in the seed (no header): a place to check, at its line.
    let issuer = notes
        .iter()
        .find(|n| {
            n.kind == NoteKind::Check
                && n.message
                    == "Văn bản không có phần đầu (quốc hiệu, tên cơ quan): cơ quan ban hành \
                        `Ủy ban nhân dân xã Ngọc Liên` được lấy từ `UBND xã Ngọc Liên ban hành`"
        })
        .expect("a note about the missing header");
    let line = issuer.yaml_line.expect("a YAML line");
    // The line of the value: the name's first line.
    assert!(lines[line - 1].contains("Ủy ban nhân dân"), "line {line}: {}", lines[line - 1]);
    // The Công văn cited with two ký hiệu is kept as written and acknowledged.
    assert!(notes.iter().any(|n| n.kind == NoteKind::Check
        && n.message
            == "Công văn số 455 ở đây được dẫn là `455/SDTTG-KHTH`, nhưng ở `bases[5].number` là \
                `455/SĐTTG-KHTH` (đã ghi nhận trong `allow:`)"));
    assert!(
        imported()
            .yaml
            .contains("\n  citation-inconsistent: giữ như trong bản gốc được nhập; cần kiểm tra\n"),
        "{}",
        imported().yaml
    );
    // The paragraph a page break split is joined, and said.
    assert!(notes.iter().any(|n| n.kind == NoteKind::Guessed
        && n.message == "Đã nối hai dòng thành một đoạn (`…cả hệ thống` / `chính trị trong…`)"
        && n.source == Some(136)));
}

#[test]
fn bad_input_is_refused_clearly() {
    let refusal = |name: &str, bytes: &[u8]| match import_bytes(name, bytes, None) {
        Ok(_) => panic!("{name} imported"),
        Err(e) => {
            let d = e.iter().next().unwrap();
            (d.code, d.message.clone(), d.hint.clone().unwrap_or_default())
        }
    };
    let err = |name: &str, bytes: &[u8]| refusal(name, bytes).1;
    assert_eq!(
        refusal("x.doc", b"\xd0\xcf\x11\xe0"),
        (
            "import-format",
            "x.doc là tệp Word kiểu cũ (.doc)".to_string(),
            "Mở tệp trong Word hoặc LibreOffice rồi lưu thành .docx hoặc .pdf".to_string()
        )
    );
    assert_eq!(
        refusal("x.txt", b"\xff\xfe\x00"),
        (
            "import-encoding",
            "x.txt không phải văn bản mã UTF-8 (byte sai ở vị trí 0)".to_string(),
            "Lưu tệp với bảng mã UTF-8 (Unicode); vanban không đọc các bảng mã TCVN3/VNI".to_string()
        )
    );
    assert_eq!(
        refusal("x.txt", b""),
        (
            "import-empty",
            "Tệp không có chữ nào".to_string(),
            "Tệp trống: hãy chép nội dung văn bản vào tệp".to_string()
        )
    );
    assert_eq!(
        err("x.txt", b"hello\nworld\n"),
        "Không thấy tên loại (KẾ HOẠCH, QUYẾT ĐỊNH …) hay dòng `V/v` ở đầu văn bản"
    );
    let big = vec![b'a'; vanban::limits::IMPORT_MAX_BYTES + 1];
    assert_eq!(err("x.txt", &big), "x.txt nặng 20480 KB; vanban nhập tệp tối đa 20480 KB");
    // Text the YAML could not hold is refused before the work, in the
    // import's terms (a 3 MB text passed the file budget, then the loader
    // refused the YAML it made, with a hint about aliases).
    let text = "Đoạn văn bản.\n".repeat(3 * 1024 * 1024 / 20);
    let message = err("x.txt", text.as_bytes());
    assert_eq!(
        message,
        "x.txt chứa 3071 KB chữ; tệp YAML mà lệnh import viết ra được vanban đọc lại, \
         và vanban chỉ đọc tệp YAML tối đa 2048 KB"
    );
    // The same refusals in English, with the run's language English.
    vanban::i18n::with_lang(vanban::i18n::Lang::En, || {
        assert_eq!(err("x.doc", b"\xd0\xcf\x11\xe0"), "x.doc is an old binary Word file (.doc)");
        assert_eq!(refusal("x.txt", b"").2, "the file is empty: copy the document's text into it");
        assert_eq!(err("x.txt", &big), "x.txt is 20480 KB; vanban imports files up to 20480 KB");
    });
}

#[test]
fn import_writes_beside_the_input_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join(SEED), dir.path().join("kh.txt")).unwrap();
    let out = common::vanban(dir.path(), &["import", "kh.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(dir.path().join("kh.yaml")).unwrap();
    assert_eq!(written, imported().yaml);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "\ncần xem lại: Văn bản không có phần đầu (quốc hiệu, tên cơ quan): cơ quan ban hành \
             `Ủy ban nhân dân xã Ngọc Liên` được lấy từ `UBND xã Ngọc Liên ban hành` (dòng YAML 7)\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("\nphỏng đoán: Đã nối hai dòng thành một đoạn (`…cả hệ thống` / `chính trị trong…`) (dòng gốc 136)\n"),
        "{stderr}"
    );
    // A second run refuses to replace it, unless --force.
    let again = common::vanban(dir.path(), &["import", "kh.txt"]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&again.stderr), "lỗi: kh.yaml đã có; thêm --force nếu muốn ghi đè\n");
    let forced = common::vanban(dir.path(), &["import", "kh.txt", "--force"]);
    assert!(forced.status.success());
    // And what it wrote passes `check`.
    let check = common::vanban(dir.path(), &["check", "kh.yaml"]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
}

/// Renders a sample, imports the PDF, renders the import: the text layers.
fn pdf_round_trip(sample: &str) -> (Imported, String, String) {
    // Loaded from its file: a sample's signature and seal images are beside it.
    let first =
        common::render_loaded(vanban::load::load_file(&common::root().join("data").join(sample)).unwrap());
    let imported = match import_bytes(&sample.replace(".yaml", ".pdf"), &first.pdf, None) {
        Ok(i) => i,
        Err(e) => panic!("importing the PDF of {sample} failed:\n{e}"),
    };
    let second = common::render_str("imported.yaml", &imported.yaml);
    (imported, common::pdftotext(&first.pdf), common::pdftotext(&second.pdf))
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn the_plans_pdf_imports_back_to_the_same_document() {
    let (imported, before, after) = pdf_round_trip("ngoc-lien-2026.yaml");
    assert_eq!(words(&after), words(&before), "the re-rendered text differs");
    let source = vanban::load::load_file(&common::sample_path()).unwrap();
    let (Document::KeHoach(a), Document::KeHoach(b)) = (&source.document, &imported.loaded.document) else {
        panic!("not a Kế hoạch")
    };
    // Every printed field as the source has it (ids are compared where they
    // are used: kinh phí names its căn cứ by id).
    let strip = |bases: &[Basis]| -> Vec<Basis> {
        bases
            .iter()
            .cloned()
            .map(|mut b| {
                b.id = None;
                b.group.iter_mut().for_each(|c| c.id = None);
                b
            })
            .collect()
    };
    assert_eq!(strip(&b.bases), strip(&a.bases));
    assert_eq!((&b.issuer, &b.place, b.year, &b.title), (&a.issuer, &a.place, a.year, &a.title));
    assert_eq!((b.number, b.date), (a.number, a.date));
    assert_eq!(b.preamble, a.preamble);
    assert_eq!((&b.purposes, &b.requirements, &b.objectives), (&a.purposes, &a.requirements, &a.objectives));
    assert_eq!(b.projects.len(), a.projects.len());
    // Dự án, tiểu dự án, nhiệm vụ, kinh phí (its căn cứ by the same ids) and phân công.
    for (pb, pa) in b.projects.iter().zip(&a.projects) {
        assert_eq!(pb, pa);
    }
    for (sb, sa) in b.solutions.iter().zip(&a.solutions) {
        assert_eq!(sb, sa);
    }
    assert_eq!(b.solutions.len(), a.solutions.len());
    for (ob, oa) in b.organization.iter().zip(&a.organization) {
        assert_eq!(ob, oa);
    }
    assert_eq!(b.organization.len(), a.organization.len());
    assert_eq!(b.closing, a.closing);
    assert_eq!((&b.recipients, &b.archive, &b.signer), (&a.recipients, &a.archive, &a.signer));
}

#[test]
fn other_samples_pdfs_render_back_the_same_text() {
    for sample in
        ["chi-thi-ngoc-lien-2026.yaml", "thong-bao-ngoc-lien-2026.yaml", "cong-van-ngoc-lien-2026.yaml"]
    {
        let (_, before, after) = pdf_round_trip(sample);
        assert_eq!(words(&after), words(&before), "{sample}: the re-rendered text differs");
    }
}

#[test]
fn a_pdf_with_its_yaml_attached_gives_that_yaml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("kh.yaml")).unwrap();
    let out = common::vanban(dir.path(), &["render", "kh.yaml", "--attach-source"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = std::fs::read(dir.path().join("kh.pdf")).unwrap();
    let imported = import_bytes("kh.pdf", &pdf, None).unwrap();
    assert_eq!(imported.yaml, common::sample_text());
    assert_eq!(
        imported.notes[0].message,
        "Tệp PDF có kèm tệp YAML đã dùng để tạo ra nó (kh.yaml): nhập nguyên văn, không phỏng đoán gì"
    );
}

#[test]
fn a_pdf_without_text_or_broken_is_refused() {
    let err = |bytes: &[u8]| match import_bytes("x.pdf", bytes, None) {
        Ok(_) => panic!("imported"),
        Err(e) => {
            let d = e.iter().next().unwrap();
            (d.message.clone(), d.hint.clone().unwrap_or_default())
        }
    };
    // The reader's own words about the file stay as it says them, in brackets.
    let (message, hint) = err(b"%PDF-1.7\nnot really");
    assert!(message.starts_with("x.pdf: không đọc được tệp PDF ("), "{message}");
    assert_eq!(hint, "Mở tệp bằng trình xem PDF để kiểm tra, hoặc xuất lại tệp PDF");
    // A page with no text: what a scan without OCR looks like to the reader.
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.new_object_id();
    let content = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), b"0 0 m 100 100 l S".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    assert_eq!(
        err(&bytes),
        (
            "x.pdf: tệp PDF không có lớp chữ (bản quét?)".to_string(),
            "Nhận dạng chữ (OCR) trước (chữ phải chọn được), hoặc gõ nội dung vào một tệp .txt".to_string()
        )
    );
}

/// A Word file written the way offices write them: the header in a
/// borderless table (a manual line break in the cơ quan's name), typed
/// numbering for the mục and automatic bullets, a tab, bold and italic
/// runs, a table with a merged header cell, a footnote, Times New Roman,
/// nơi nhận beside the signer in a second borderless table.
fn office_docx() -> Vec<u8> {
    use std::io::Write;
    fn run(text: &str, bold: bool, italic: bool) -> String {
        let mut pr = String::from(r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>"#);
        if bold {
            pr.push_str("<w:b/>");
        }
        if italic {
            pr.push_str("<w:i/>");
        }
        format!(r#"<w:r><w:rPr>{pr}<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }
    fn p(jc: &str, runs: &str) -> String {
        format!(r#"<w:p><w:pPr><w:jc w:val="{jc}"/><w:ind w:firstLine="567"/></w:pPr>{runs}</w:p>"#)
    }
    let plain = |t: &str| p("both", &run(t, false, false));
    let bold = |t: &str| p("both", &run(t, true, false));
    let centre = |t: &str| p("center", &run(t, true, false));
    let cell = |paras: &str, extra: &str| {
        format!(r#"<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/>{extra}</w:tcPr>{paras}</w:tc>"#)
    };
    let borderless = |cells: &str| {
        format!(
            r#"<w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tr>{cells}</w:tr></w:tbl>"#
        )
    };
    let header = borderless(&format!(
        "{}{}",
        cell(
            &format!(
                "{}{}{}",
                p("center", &run("UBND TỈNH THANH HÓA", false, false)),
                p(
                    "center",
                    &format!(
                        "{}<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>{}",
                        run("ỦY BAN NHÂN DÂN", true, false),
                        run("XÃ NGỌC LIÊN", true, false)
                    )
                ),
                p("center", &run("Số: 15/KH-UBND", false, false)),
            ),
            ""
        ),
        cell(
            &format!(
                "{}{}{}",
                centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                centre("Độc lập - Tự do - Hạnh phúc"),
                p("center", &run("Ngọc Liên, ngày 20 tháng 4 năm 2026", false, true)),
            ),
            ""
        )
    ));
    let bullet = |t: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>"#,
            run(t, false, false)
        )
    };
    let th = |t: &str, extra: &str| cell(&p("center", &run(t, true, false)), extra);
    let td = |t: &str| cell(&p("left", &run(t, false, false)), "");
    let data_table = format!(
        r#"<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr><w:tr>{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr></w:tbl>"#,
        th("STT", r#"<w:vMerge w:val="restart"/>"#),
        th("Nội dung", r#"<w:vMerge w:val="restart"/>"#),
        th("Kinh phí (đồng)", r#"<w:gridSpan w:val="2"/>"#),
        cell(&p("center", ""), "<w:vMerge/>"),
        cell(&p("center", ""), "<w:vMerge/>"),
        th("Ngân sách xã", ""),
        th("Xã hội hóa", ""),
        td("1"),
        td("Văn nghệ"),
        td("10.000.000"),
        td("5.000.000"),
        td("2"),
        td("Thể thao"),
        td("8.000.000"),
        td("2.000.000"),
    );
    let end = borderless(&format!(
        "{}{}",
        cell(
            &format!(
                "{}{}{}",
                p("left", &run("Nơi nhận:", true, true)),
                p("left", &run("- Phòng Văn hóa - Xã hội;", false, false)),
                p("left", &run("- Lưu: VT, VHXH.", false, false)),
            ),
            ""
        ),
        cell(
            &format!(
                "{}{}{}{}",
                centre("TM. ỦY BAN NHÂN DÂN"),
                centre("CHỦ TỊCH"),
                p("center", ""),
                centre("Nguyễn Văn An")
            ),
            ""
        )
    ));
    let body = [
        header,
        centre("KẾ HOẠCH"),
        centre("Tổ chức Ngày hội văn hóa các dân tộc xã Ngọc Liên năm 2026"),
        p("both", &run("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030;", false, true)),
        plain("UBND xã Ngọc Liên ban hành Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2026 như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        bold("1. Mục đích"),
        bullet("Giới thiệu bản sắc văn hóa các dân tộc trên địa bàn xã."),
        bold("2. Yêu cầu"),
        plain("- Tổ chức trang trọng, tiết kiệm, an toàn."),
        bold("II. NỘI DUNG VÀ KINH PHÍ"),
        p(
            "both",
            &format!(
                "{}{}<w:r><w:footnoteReference w:id=\"1\"/></w:r>{}",
                run("Địa điểm:", true, false),
                run(" Nhà văn hóa thôn Mó", false, false),
                run(", tổ chức trong ngày.", false, false)
            ),
        ),
        p("both", &format!("{}<w:r><w:tab/></w:r>{}", run("Thời gian:", false, false), run("ngày 15/5/2026.", false, false))),
        data_table,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        bold("1. Phòng Văn hóa - Xã hội"),
        plain("Chủ trì tổ chức Ngày hội; báo cáo kết quả về UBND xã."),
        plain("Trên đây là Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2026 của UBND xã Ngọc Liên./."),
        end,
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let footnotes = r#"<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Thôn Mó, xã Ngọc Liên &amp; vùng lân cận.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let numbering = r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (path, text) in [
        ("[Content_Types].xml", content_types),
        ("word/document.xml", document.as_str()),
        ("word/footnotes.xml", footnotes),
        ("word/numbering.xml", numbering),
    ] {
        zip.start_file(path, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    bytes.into_inner()
}

#[test]
fn a_word_file_as_offices_write_it_imports_with_its_structure() {
    let imported = match import_bytes("ke-hoach.docx", &office_docx(), None) {
        Ok(i) => i,
        Err(e) => panic!("{e}"),
    };
    let Document::KeHoach(k) = &imported.loaded.document else { panic!("not a Kế hoạch") };
    // Header: chủ quản upright, the cơ quan bold over a manual line break.
    assert_eq!(k.issuer.parent.as_ref().map(|p| p.0.clone()), Some(vec!["UBND tỉnh Thanh Hóa".to_string()]));
    assert_eq!(k.issuer.name.0, ["Ủy ban nhân dân", "xã Ngọc Liên"]);
    assert_eq!((k.issuer.abbr.as_str(), k.number, k.place.as_str()), ("UBND", Some(15), "Ngọc Liên"));
    assert_eq!(k.date.map(|d| d.0.to_string()).as_deref(), Some("2026-04-20"));
    assert_eq!(k.title, "Tổ chức Ngày hội văn hóa các dân tộc xã Ngọc Liên năm 2026");
    assert!(imported.yaml.contains("Ngọc Liên năm {{ year }}"));
    assert_eq!(k.bases.len(), 1);
    assert_eq!(k.bases[0].number.as_deref(), Some("1719/QĐ-TTg"));
    // Automatic bullets and typed ones alike.
    assert_eq!(
        k.purposes,
        [vanban::model::Block::Paragraph("- Giới thiệu bản sắc văn hóa các dân tộc trên địa bàn xã.".into())]
    );
    assert_eq!(k.requirements.len(), 1);
    // The generic mục: a bold run, a footnote, a tab, a table with its merged header.
    let yaml = &imported.yaml;
    assert!(
        yaml.contains(
            "**Địa điểm:** Nhà văn hóa thôn Mó^[Thôn Mó, xã Ngọc Liên & vùng lân cận.], tổ chức trong ngày."
        ),
        "{yaml}"
    );
    // A date of the plan's year moves with `rollover` (probe).
    assert!(yaml.contains("Thời gian: ngày 15/5/{{ year }}."), "{yaml}");
    let section = k.parts.iter().find_map(|p| match p {
        vanban::model::PlanPart::Section(s) => Some(s),
        _ => None,
    });
    let section = section.expect("the mục NỘI DUNG VÀ KINH PHÍ as a section");
    // Typed in capitals: written as vanban prints it back (in capitals).
    assert_eq!(section.title, "Nội dung và kinh phí");
    let table = section.content.iter().find_map(|b| match b {
        vanban::model::Block::Table(t) => Some(&t.table),
        _ => None,
    });
    let table = table.expect("the table");
    let titles: Vec<(&str, Vec<&str>)> = table
        .columns
        .iter()
        .map(|c| (c.title.as_str(), c.columns.iter().map(|s| s.title.as_str()).collect()))
        .collect();
    assert_eq!(
        titles,
        [("STT", vec![]), ("Nội dung", vec![]), ("Kinh phí (đồng)", vec!["Ngân sách xã", "Xã hội hóa"])]
    );
    assert_eq!(table.rows.len(), 2);
    assert_eq!(k.organization.len(), 1);
    assert_eq!(
        k.closing.as_deref(),
        Some("Trên đây là Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2026 của UBND xã Ngọc Liên.")
    );
    // Nơi nhận beside the signer.
    assert_eq!(k.recipients.iter().map(|r| r.to.as_str()).collect::<Vec<_>>(), ["Phòng Văn hóa - Xã hội"]);
    assert_eq!(k.archive, ["VT", "VHXH"]);
    let s = &k.signer;
    assert_eq!(
        s.authority.iter().map(|a| format!("{} {}", a.prefix.as_str(), a.of)).collect::<Vec<_>>(),
        ["TM. Ủy ban nhân dân"]
    );
    assert_eq!((s.title.as_str(), s.name.as_str()), ("Chủ tịch", "Nguyễn Văn An"));
    // And it renders.
    let out = common::render_str("imported.yaml", yaml);
    assert!(common::pdftotext(&out.pdf).contains("Nhà văn hóa thôn Mó"));
}

#[test]
fn a_broken_word_file_is_refused() {
    let err = match import_bytes("x.docx", b"PK\x03\x04 not a zip", None) {
        Ok(_) => panic!("imported"),
        Err(e) => e.iter().next().unwrap().message.clone(),
    };
    assert!(err.starts_with("x.docx: không phải tệp Word (.docx) ("), "{err}");
}

/// A công văn copied out of Word as text: the header's left column (with
/// the V/v) comes before the right one (Quốc hiệu, date), as a two-column
/// table reads cell by cell. The Kính gửi and the date are still found.
#[test]
fn a_cong_van_copied_as_text_keeps_its_kinh_gui_and_date() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 125/UBND-VP\nV/v tổ chức tiêm phòng dại cho chó, mèo năm 2026\n\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNgọc Liên, ngày 12 tháng 3 năm 2026\n\n\
        Kính gửi: Trưởng các thôn trên địa bàn xã.\n\n\
        Ủy ban nhân dân xã đề nghị Trưởng các thôn thông báo cho các hộ gia đình đưa chó, mèo đi tiêm phòng./.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Minh\n";
    let imported = match import_bytes("cv.txt", text.as_bytes(), None) {
        Ok(i) => i,
        Err(e) => panic!("import failed:\n{e}"),
    };
    let Document::CongVan(cv) = &imported.loaded.document else {
        panic!("imported as {:?}", imported.loaded.document.doc_type())
    };
    let to: Vec<&str> = cv.to.iter().map(|r| r.to.as_str()).collect();
    assert_eq!(to, ["Trưởng các thôn trên địa bàn xã"]);
    // The plan's year is written `{{ year }}` in the YAML, expanded when loaded.
    assert!(
        imported.yaml.contains("title: tổ chức tiêm phòng dại cho chó, mèo năm {{ year }}\n"),
        "{}",
        imported.yaml
    );
    assert_eq!(cv.title, "tổ chức tiêm phòng dại cho chó, mèo năm 2026");
    assert_eq!(cv.place, "Ngọc Liên");
    assert_eq!(cv.date.map(|d| d.0.to_string()).as_deref(), Some("2026-03-12"));
    assert_eq!(cv.number, Some(125));
}

/// The import's report (its labels, its places, its notes) and its
/// refusals speak Vietnamese by default, English when asked for.
#[test]
fn the_report_is_vietnamese_by_default_and_english_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join(SEED), dir.path().join("kh.txt")).unwrap();
    let vi = common::vanban(dir.path(), &["import", "kh.txt", "-o", "vi.yaml"]);
    let en = common::vanban(dir.path(), &["--lang", "en", "import", "kh.txt", "-o", "en.yaml"]);
    let by_locale =
        common::vanban_env(dir.path(), &["import", "kh.txt", "-o", "env.yaml"], &[("LANG", "en_US.UTF-8")]);
    for out in [&vi, &en, &by_locale] {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let vi = String::from_utf8_lossy(&vi.stderr);
    let en = String::from_utf8_lossy(&en.stderr);
    assert_eq!(String::from_utf8_lossy(&by_locale.stderr), en.replace("en.yaml", "env.yaml"));
    let first = |s: &str| s.lines().next().unwrap_or("").to_string();
    assert_eq!(first(&vi), "đã nhận ra: Tên loại KẾ HOẠCH (ke-hoach) (dòng YAML 4; dòng gốc 3)");
    assert_eq!(first(&en), "recognised: tên loại KẾ HOẠCH (ke-hoach) (YAML line 4; source line 3)");
    assert!(vi.contains("\nđã nhận ra: Nơi nhận: 6 mục, Lưu: VT (dòng YAML 313)\n"), "{vi}");
    assert!(en.contains("\nrecognised: nơi nhận: 6 entries, Lưu: VT (YAML line 313)\n"), "{en}");
    assert!(
        en.contains("\nguessed: joined two lines into one paragraph (`…cả hệ thống` / `chính trị trong…`) (source line 136)\n"),
        "{en}"
    );
    assert!(
        en.contains(
            "\ncheck: the document has no header: the issuer `Ủy ban nhân dân xã Ngọc Liên` is taken from \
             `UBND xã Ngọc Liên ban hành` (YAML line 7)\n"
        ),
        "{en}"
    );
    assert!(
        vi.ends_with("\nđã ghi vi.yaml: Xem lại các chỗ nêu ở trên, rồi chạy `vanban check vi.yaml`\n"),
        "{vi}"
    );
    assert!(en.ends_with("\nwrote en.yaml: check the places above, then `vanban check en.yaml`\n"), "{en}");
    // The YAML's acknowledgement is written in the run's language too.
    let yaml = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    assert!(
        yaml("en.yaml")
            .contains("\n  citation-inconsistent: as written in the imported original; check it\n")
    );
    assert_eq!(yaml("vi.yaml"), imported().yaml);

    // A refusal of the same file, both ways.
    std::fs::write(dir.path().join("old.doc"), b"\xd0\xcf\x11\xe0").unwrap();
    let vi = common::vanban(dir.path(), &["import", "old.doc"]);
    let en = common::vanban_env(dir.path(), &["import", "old.doc"], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(vi.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&vi.stderr),
        "lỗi[import-format]: old.doc là tệp Word kiểu cũ (.doc)\n = cách sửa: Mở tệp trong Word hoặc LibreOffice rồi lưu thành .docx hoặc .pdf\n\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&en.stderr),
        "error[import-format]: old.doc is an old binary Word file (.doc)\n = hint: open it in Word or LibreOffice and save it as .docx or .pdf\n\n"
    );
}

/// A minimal Word file of `body` (paragraphs and section properties).
fn docx_of(body: &str) -> Vec<u8> {
    docx_with_prolog("", body)
}

/// A minimal Word file of `body` whose document.xml has `prolog` after
/// its XML declaration.
fn docx_with_prolog(prolog: &str, body: &str) -> Vec<u8> {
    use std::io::Write;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    let options = zip::write::SimpleFileOptions::default();
    for (path, text) in [("[Content_Types].xml", content_types), ("word/document.xml", document.as_str())] {
        zip.start_file(path, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    bytes.into_inner()
}

/// A section's orientation comes at its end (in its last paragraph's
/// properties, or the body's last `w:sectPr`): the lines before it are
/// its own. Landscape by `w:orient` or by a page wider than tall.
#[test]
fn a_word_sections_orientation_reaches_its_lines() {
    let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let ends = |t: &str, pg: &str| {
        format!(
            "<w:p><w:pPr><w:sectPr>{pg}<w:pgMar w:top=\"1134\"/></w:sectPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"
        )
    };
    let portrait = r#"<w:pgSz w:w="11906" w:h="16838"/>"#;
    let body = [
        p("một"),
        ends("hai", portrait),
        p("ba"),
        ends("bốn", r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#),
        p("năm"),
        ends("sáu", portrait),
        p("bảy"),
        // A tracked change's former properties (portrait) are not the section's.
        format!(
            "<w:sectPr>{}<w:sectPrChange w:id=\"1\"><w:sectPr>{portrait}</w:sectPr></w:sectPrChange></w:sectPr>",
            r#"<w:pgSz w:w="16838" w:h="11906"/>"#
        ),
    ]
    .concat();
    let lines = vanban::import::docx::lines("x.docx", &docx_of(&body)).unwrap();
    let got: Vec<(&str, bool)> = lines.iter().map(|l| (l.text.as_str(), l.landscape)).collect();
    assert_eq!(
        got,
        [
            ("một", false),
            ("hai", false),
            ("ba", true),
            ("bốn", true),
            ("năm", false),
            ("sáu", false),
            ("bảy", true)
        ]
    );
}

/// A PDF page's orientation: its MediaBox wider than tall, or a tall one
/// turned a quarter by `/Rotate`, either its own or inherited from the
/// page tree.
#[test]
fn a_pdf_pages_orientation_reaches_its_lines() {
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.new_object_id();
    let resources = common::ascii_font_resources(&mut doc);
    let mut kids = Vec::new();
    for (text, media, rotate, x) in
        [("Tall.", [595, 842], 0, 100), ("Wide.", [842, 595], 0, 100), ("Turned.", [595, 842], 90, 136)]
    {
        // The third page's line indented: a paragraph of its own.
        let ops = format!("BT /F1 12 Tf {x} 400 Td ({text}) Tj ET");
        let content = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), media[0].into(), media[1].into()],
            "Rotate" => rotate,
        });
        kids.push(page.into());
    }
    // A fourth page with neither: both inherited from the page tree.
    let inner = doc.new_object_id();
    let ops = b"BT /F1 12 Tf 136 400 Td (Inherited.) Tj ET".to_vec();
    let content = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), ops));
    let fourth = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => inner, "Contents" => content, "Resources" => resources,
    });
    doc.objects.insert(
        inner,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages", "Parent" => pages, "Kids" => vec![fourth.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()], "Rotate" => 270,
        }),
    );
    kids.push(inner.into());
    doc.objects.insert(
        pages,
        lopdf::Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 4 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let lines = vanban::import::pdf::lines("x.pdf", &bytes).unwrap();
    let got: Vec<(&str, bool)> = lines.iter().map(|l| (l.text.as_str(), l.landscape)).collect();
    assert_eq!(got, [("Tall.", false), ("Wide.", true), ("Turned.", true), ("Inherited.", true)]);
}

/// A Word part carrying a DTD is refused, named, with nothing written:
/// an entity bomb ("billion laughs") and an external entity alike.
#[test]
fn a_word_file_with_a_dtd_is_refused() {
    let body = "<w:p><w:r><w:t>Kính gửi &lol9; &xxe;</w:t></w:r></w:p>";
    let laughs = format!(
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">{}]>",
        (1..10)
            .map(|k| format!(
                "<!ENTITY lol{k} \"{}\">",
                format!("&lol{};", if k == 1 { String::new() } else { (k - 1).to_string() }).repeat(10)
            ))
            .collect::<String>()
    );
    let xxe = r#"<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#;
    for (file, prolog) in [("entity.docx", laughs.as_str()), ("xxe.docx", xxe)] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(file), docx_with_prolog(prolog, body)).unwrap();
        let out = common::vanban(dir.path(), &["import", file]);
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "lỗi[import-docx]: {file}: phần word/document.xml có khai báo DTD (`<!DOCTYPE …>`); Word không bao giờ \
                 viết khai báo này, nên vanban không nhập tệp có nó\n = cách sửa: Tệp không do Word lưu, hoặc đã bị sửa \
                 (khai báo DTD dùng để tấn công: \"billion laughs\", đọc tệp trên máy); nếu tin tệp này, mở nó trong \
                 Word rồi lưu lại thành .docx\n\n"
            )
        );
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written");
    }
    // The same file without the DTD imports.
    assert!(vanban::import::docx::lines("x.docx", &docx_of(body)).is_ok());
}
