//! Decisions that issue texts (NĐ30 Mẫu 1.3): a quyết định printing the
//! quy chế it issues with that text's own title block, the quy chế's
//! Chương and Điều (numbered through the whole text), and the check of
//! references to its own Điều, khoản and điểm; on the laid-out pages.

mod common;

use std::sync::OnceLock;

use common::{MM, Output, normalize, pdftotext_body};
use vanban::typeset::inspect::{Layout, Line};

fn sample(name: &str) -> Output {
    let path = common::root().join("data").join(name);
    let loaded = vanban::load::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    common::render_loaded(loaded)
}

/// The quyết định of UBND xã Ngọc Liên issuing its Quy chế làm việc.
fn qd_quy_che() -> &'static Output {
    static O: OnceLock<Output> = OnceLock::new();
    O.get_or_init(|| sample("quyet-dinh-quy-che-ngoc-lien-2026.yaml"))
}

/// The same Quy chế, rendered on its own.
fn quy_che() -> &'static Output {
    static O: OnceLock<Output> = OnceLock::new();
    O.get_or_init(|| sample("quy-che-lam-viec-ngoc-lien-2026.yaml"))
}

fn all_lines(l: &Layout) -> Vec<Line> {
    (1..=l.pages.len()).flat_map(|p| l.lines(p)).collect()
}

fn find<'a>(lines: &'a [Line], start: &str) -> &'a Line {
    lines.iter().find(|l| l.text.trim_start().starts_with(start)).unwrap_or_else(|| {
        panic!(
            "no line starting `{start}`:\n{}",
            lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn text_center(l: &Layout) -> f64 {
    let (w, _) = l.pages[0];
    (30.0 * MM + w - 15.0 * MM) / 2.0
}

fn centred_bold(l: &Layout, line: &Line) {
    assert!(line.all_bold() && !line.all_italic(), "bold, upright: {}", line.text);
    assert!((line.center() - text_center(l)).abs() <= 1.0 * MM, "centred: {}", line.text);
    assert_eq!(line.size(), 14.0, "{}", line.text);
}

#[test]
fn the_quy_che_prints_after_the_decision_with_its_own_title_block() {
    let out = qd_quy_che();
    let l = &out.layout;
    // Page 1: the decision, ending with its signer.
    let p1 = l.lines(1);
    find(&p1, "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc");
    find(&p1, "Nơi nhận:");
    // Page 2 starts the quy chế: unnumbered, its header without số and date.
    let p2 = l.lines(2);
    assert_eq!(p2[0].text, "ỦY BAN NHÂN DÂN", "page 2 starts the attached text");
    assert!(!p2.iter().any(|x| x.text.starts_with("Số:")), "no số line on the attached text");
    assert!(!p2.iter().any(|x| x.text.contains("ngày") && x.text.starts_with("Ngọc Liên")), "no date line");
    let ten_loai = p2.iter().find(|x| x.text.trim() == "QUY CHẾ").expect("QUY CHẾ, its tên loại");
    centred_bold(l, ten_loai);
    assert!(!p2.iter().any(|x| x.text.contains("KẾ HOẠCH")), "an attached quy chế is no Kế hoạch");
    let title = find(&p2, "Làm việc của Ủy ban nhân dân xã Ngọc Liên nhiệm kỳ 2021 - 2026");
    centred_bold(l, title);
    assert!(title.y > ten_loai.y);
    let note = find(&p2, "(Ban hành kèm theo Quyết định số 12/QĐ-UBND");
    assert!(note.all_italic() && note.y > title.y);
    let text = normalize(&pdftotext_body(&out.pdf));
    assert!(
        text.contains(&normalize(
            "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân xã Ngọc Liên)"
        )),
        "{text}"
    );
    // Its text ends with ./. and it has no nơi nhận or signer of its own.
    assert!(text.contains("sửa đổi, bổ sung cho phù hợp./."), "{text}");
    assert_eq!(text.matches("Nơi nhận:").count(), 1);
    assert_eq!(text.matches("Lê Văn Minh").count(), 1);
}

#[test]
fn chuong_and_dieu_are_laid_out_and_dieu_numbered_through_the_text() {
    for out in [qd_quy_che(), quy_che()] {
        let l = &out.layout;
        // The quy chế's lines (after the decision's own Điều, if any).
        let lines = all_lines(l);
        let start = lines.iter().position(|x| x.text.trim() == "QUY CHẾ").expect("QUY CHẾ");
        let lines = lines[start..].to_vec();
        // Chương I … IV: the label, then the title in capitals, both centred and bold.
        let mut last_y = (0, 0.0);
        for (n, title) in [
            ("I", "QUY ĐỊNH CHUNG"),
            ("II", "TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC"),
            ("IV", "ĐIỀU KHOẢN THI HÀNH"),
        ] {
            let i = lines.iter().position(|x| x.text.trim() == format!("Chương {n}")).expect("Chương label");
            centred_bold(l, &lines[i]);
            assert_eq!(lines[i + 1].text.trim(), title);
            centred_bold(l, &lines[i + 1]);
        }
        // Điều 1 … 9 in order: one count through the four Chương.
        for n in 1..=9 {
            let line = find(&lines, &format!("Điều {n}."));
            assert!((line.page, line.y) > last_y, "Điều {n} after Điều {}", n - 1);
            last_y = (line.page, line.y);
            assert!(line.all_bold(), "`Điều {n}.` and its title in bold: {}", line.text);
            assert!(((line.x - 30.0 * MM) - 10.0 * MM).abs() <= 0.3 * MM, "Điều indented 1 cm");
            assert_eq!(line.size(), 14.0);
        }
        assert!(!lines.iter().any(|x| x.text.starts_with("Điều 10.")));
        let dieu4 = find(&lines, "Điều 4.");
        assert_eq!(dieu4.text.trim(), "Điều 4. Trách nhiệm của Ủy ban nhân dân xã");
        let chuong2 = lines.iter().find(|x| x.text.trim() == "Chương II").unwrap();
        assert!((dieu4.page, dieu4.y) > (chuong2.page, chuong2.y), "Điều 4 opens Chương II, numbered on");
        // Khoản `1.` and điểm `a)` in regular weight, at the paragraph indent.
        let khoan = find(&lines, "2. Phân công nhiệm vụ cho Phó Chủ tịch");
        assert!(khoan.runs.iter().all(|r| !r.bold));
        assert!(((khoan.x - 30.0 * MM) - 10.0 * MM).abs() <= 0.3 * MM);
        find(&lines, "a) Phó Chủ tịch phụ trách kinh tế");
    }
}

#[test]
fn the_quy_che_alone_has_its_own_so_and_signer() {
    let out = quy_che();
    let p1 = out.layout.lines(1);
    assert!(find(&p1, "Số:").text.ends_with("/QC-UBND"), "the quy chế's own ký hiệu");
    assert!(!p1.iter().any(|x| x.text.contains("Ban hành kèm theo")));
    let text = normalize(&pdftotext_body(&out.pdf));
    assert!(text.contains("Lê Văn Minh"));
}

#[test]
fn the_emitted_typst_marks_each_dieu_and_chuong() {
    let src = &qd_quy_che().source;
    assert!(
        src.contains(
            "#ten-loai(note: [\\(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân xã Ngọc Liên)])[QUY CHẾ][Làm việc của Ủy ban nhân dân xã Ngọc Liên"
        ),
        "{src}"
    );
    assert!(src.contains("#phan[Chương I][QUY ĐỊNH CHUNG]"), "{src}");
    assert!(src.contains("#dieu(title: [Phạm vi điều chỉnh])[Điều 1\\.][]"), "{src}");
    assert!(src.contains("#dieu(title: [Tổ chức thực hiện])[Điều 9\\.][]"), "{src}");
}

/// Loads the Quy chế sample with its text edited.
fn quy_che_with(edit: impl FnOnce(String) -> String) -> vanban::load::Loaded {
    let yaml =
        std::fs::read_to_string(common::root().join("data/quy-che-lam-viec-ngoc-lien-2026.yaml")).unwrap();
    vanban::load::load_str("qc.yaml", &edit(yaml)).unwrap_or_else(|e| panic!("{e}"))
}

fn cross_references(loaded: &vanban::load::Loaded) -> Vec<(String, String, usize)> {
    vanban::lint::lint(loaded, &Default::default())
        .into_iter()
        .filter(|d| d.code == "cross-reference")
        .map(|d| {
            assert_eq!(d.severity, vanban::diagnostic::Severity::Error);
            (d.message.clone(), d.path.clone().unwrap_or_default(), d.line_col().unwrap().0)
        })
        .collect()
}

#[test]
fn references_to_missing_dieu_khoan_and_diem_are_errors_at_their_place() {
    assert!(cross_references(&quy_che_with(|y| y)).is_empty(), "the sample's references all exist");
    let loaded = quy_che_with(|y| {
        y.replace("quy định tại Điều 7 Quy", "quy định tại Điều 12 Quy")
            .replace("theo khoản 1 Điều 3 và", "theo khoản 5 Điều 3 và")
            .replace("điểm a, điểm b khoản 2", "điểm a, điểm c khoản 2")
            .replace("theo khoản 1 Điều này", "theo khoản 3 Điều này")
    });
    let found = cross_references(&loaded);
    let text = &loaded.file.text;
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        found,
        [
            (
                "Văn bản dẫn `Điều 12`, nhưng Quy chế không có Điều 12: văn bản có từ Điều 1 đến Điều 9"
                    .to_string(),
                "content[0].content[2].content[2].text".to_string(),
                line_of("tại Điều 12 Quy chế"),
            ),
            (
                "Văn bản dẫn `điểm c khoản 2 Điều 5`, nhưng khoản 2 Điều 5 chỉ có 2 điểm (từ a đến b)"
                    .to_string(),
                "content[1].content[2].content[0]".to_string(),
                line_of("điểm a, điểm c khoản 2"),
            ),
            (
                "Văn bản dẫn `khoản 3 Điều này`, nhưng Điều 7 chỉ có 2 khoản".to_string(),
                "content[2].content[0].content[1].text".to_string(),
                line_of("theo khoản 3 Điều này"),
            ),
            (
                "Văn bản dẫn `khoản 5 Điều 3`, nhưng Điều 3 chỉ có 3 khoản".to_string(),
                "content[2].content[1].content[0]".to_string(),
                line_of("theo khoản 5 Điều 3"),
            ),
        ]
    );
    // Another document's Điều are not this text's.
    let loaded =
        quy_che_with(|y| y.replace("quy định tại Điều 7 Quy chế", "quy định tại Điều 127 Luật Đất đai,"));
    assert!(cross_references(&loaded).is_empty());
}

#[test]
fn references_as_offices_write_them_are_checked() {
    let loaded = quy_che_with(|y| {
        y.replace(
            "theo khoản 1 Điều 3 và Điều 4 Quy chế này.",
            "theo Điều 21 Quy chế làm việc này, Điều 22 của Quy chế làm việc này, điều 30 Quy chế này, \
             các Điều 4, 25 Quy chế này và khoản 1, 9 Điều 3 Quy chế này.",
        )
    });
    let found = cross_references(&loaded);
    let messages: Vec<&str> = found.iter().map(|(m, _, _)| m.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Văn bản dẫn `Điều 21`, nhưng Quy chế không có Điều 21: văn bản có từ Điều 1 đến Điều 9",
            "Văn bản dẫn `Điều 22`, nhưng Quy chế không có Điều 22: văn bản có từ Điều 1 đến Điều 9",
            "Văn bản dẫn `Điều 30`, nhưng Quy chế không có Điều 30: văn bản có từ Điều 1 đến Điều 9",
            "Văn bản dẫn `Điều 25`, nhưng Quy chế không có Điều 25: văn bản có từ Điều 1 đến Điều 9",
            "Văn bản dẫn `khoản 9 Điều 3`, nhưng Điều 3 chỉ có 3 khoản",
        ]
    );
    let line =
        loaded.file.text.lines().position(|l| l.contains("theo Điều 21 Quy chế làm việc này")).unwrap() + 1;
    assert!(
        found.iter().all(|(_, path, l)| path == "content[2].content[1].content[0]" && *l >= line),
        "{found:?}"
    );
}

#[test]
fn the_decision_checks_the_references_of_the_text_it_issues() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["quyet-dinh-quy-che-ngoc-lien-2026.yaml", "quy-che-lam-viec-ngoc-lien-2026.yaml"] {
        std::fs::copy(common::root().join("data").join(name), dir.path().join(name)).unwrap();
    }
    let qc = dir.path().join("quy-che-lam-viec-ngoc-lien-2026.yaml");
    let text =
        std::fs::read_to_string(&qc).unwrap().replace("quy định tại Điều 7 Quy", "quy định tại Điều 10 Quy");
    std::fs::write(&qc, text).unwrap();
    let loaded = vanban::load::load_file(&dir.path().join("quyet-dinh-quy-che-ngoc-lien-2026.yaml")).unwrap();
    let found = vanban::lint::lint(&loaded, &Default::default());
    let d = found.iter().find(|d| d.code == "cross-reference").expect("found in the attached text");
    assert!(
        d.file.as_ref().is_some_and(|f| f.name.ends_with("quy-che-lam-viec-ngoc-lien-2026.yaml")),
        "{d:?}"
    );
    assert_eq!(
        d.message,
        "Văn bản dẫn `Điều 10`, nhưng Quy chế không có Điều 10: văn bản có từ Điều 1 đến Điều 9"
    );
    // And a decision's own references: `Điều 4 Quyết định này` in a decision of three.
    let qd = std::fs::read_to_string(dir.path().join("quyet-dinh-quy-che-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("kể từ ngày ký.", "kể từ ngày ký; Điều 4 Quyết định này quy định việc thi hành.");
    let loaded = vanban::load::load_str(&dir.path().join("qd.yaml").display().to_string(), &qd);
    let loaded = loaded.unwrap_or_else(|e| panic!("{e}"));
    let found = vanban::lint::lint(&loaded, &Default::default());
    let d =
        found.iter().find(|d| d.code == "cross-reference" && d.path.as_deref() == Some("articles[1].text"));
    assert_eq!(
        d.map(|d| d.message.as_str()),
        Some("Văn bản dẫn `Điều 4`, nhưng Quyết định không có Điều 4: văn bản có từ Điều 1 đến Điều 3")
    );
    // The decision citing the text it issues: checked against that text's Điều.
    let qd =
        std::fs::read_to_string(dir.path().join("quyet-dinh-quy-che-ngoc-lien-2026.yaml")).unwrap().replace(
            "kể từ ngày ký.",
            "kể từ ngày ký; các Điều 1 đến Điều 9 của Quy chế ban hành kèm theo Quyết định này, \
         Điều 50 Quy chế kèm theo Quyết định này áp dụng từ ngày 01/3/2026.",
        );
    let loaded = vanban::load::load_str(&dir.path().join("qd.yaml").display().to_string(), &qd);
    let loaded = loaded.unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<_> = vanban::lint::lint(&loaded, &Default::default())
        .into_iter()
        .filter(|d| d.code == "cross-reference" && d.path.as_deref() == Some("articles[1].text"))
        .map(|d| d.message)
        .collect();
    assert_eq!(
        found,
        ["Văn bản dẫn `Điều 50`, nhưng Quy chế không có Điều 50: văn bản có từ Điều 1 đến Điều 9"]
    );
}

#[test]
fn nesting_deeper_than_khoan_and_diem_warns_at_the_block() {
    let yaml = r#"type: quy-che
issuer: {name: [Ủy ban nhân dân, xã Hải Nhân], abbr: UBND}
number: null
place: Hải Nhân
date: null
year: 2025
title: Làm việc của Ủy ban nhân dân xã Hải Nhân
numbering: [Chương, Điều]
content:
  - title: Quy định chung
    content:
      - title: Mục một
        content:
          - title: Điều sâu
            content:
              - text: Khoản
                content:
                  - text: Điểm
      - title: Phạm vi
        content:
          - text: Khoản một
            content:
              - text: Điểm a
                content:
                  - text: Cấp sáu
recipients: [Các đơn vị]
archive: [VT]
signer: {authority: [TM. Ủy ban nhân dân], title: Chủ tịch, name: Nguyễn Hữu Phước}
"#;
    let loaded = vanban::load::load_str("qc.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
    let found = vanban::lint::lint(&loaded, &Default::default());
    let line = |needle: &str| yaml.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let got: Vec<_> = found
        .iter()
        .filter(|d| d.code == "numbering-depth")
        .map(|d| {
            assert_eq!(d.severity, vanban::diagnostic::Severity::Warning);
            (d.message.as_str(), d.path.as_deref().unwrap_or(""), d.line_col().unwrap().0)
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Nội dung lồng 4 cấp, in thành `1.1.`: `numbering: [Chương, Điều]` đánh số 2 cấp, \
                 dưới Điều chỉ có khoản `1.` và điểm `a)`",
                "content[0].content[0].content[0].content[0]",
                line("- text: Khoản"),
            ),
            (
                "Nội dung lồng 5 cấp, in thành `-`: `numbering: [Chương, Điều]` đánh số 2 cấp, \
                 dưới Điều chỉ có khoản `1.` và điểm `a)`",
                "content[0].content[1].content[0].content[0].content[0]",
                line("Cấp sáu"),
            ),
        ]
    );
    // The sample, khoản and điểm below its Điều, gives none.
    let sample = vanban::lint::lint(&quy_che_with(|y| y), &Default::default());
    assert!(!sample.iter().any(|d| d.code == "numbering-depth"));
}

#[test]
fn a_decision_cannot_issue_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let qd = std::fs::read_to_string(common::root().join("data/quyet-dinh-quy-che-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("attachment: quy-che-lam-viec-ngoc-lien-2026.yaml", "attachment: cv.yaml");
    std::fs::write(dir.path().join("qd.yaml"), qd).unwrap();
    std::fs::copy(common::root().join("data/thong-bao-ngoc-lien-2026.yaml"), dir.path().join("cv.yaml"))
        .unwrap();
    let err = vanban::load::load_file(&dir.path().join("qd.yaml")).unwrap_err();
    let d = err.iter().find(|d| d.code == "attachment").expect("an attachment error");
    assert!(
        d.message.starts_with(
            "Quyết định chỉ ban hành kèm theo Kế hoạch hoặc văn bản có tên loại (quy chế, quy định, hướng dẫn …); "
        ) && d.message.ends_with("cv.yaml là Thông báo"),
        "{}",
        d.message
    );
}

#[test]
fn numbering_takes_one_style_or_one_per_level() {
    let yaml =
        std::fs::read_to_string(common::root().join("data/quy-che-lam-viec-ngoc-lien-2026.yaml")).unwrap();
    // Renumbered, the text's references to its Điều no longer hold.
    let yaml = yaml + "allow:\n  cross-reference: renumbered for the test\n";
    // One style, unquoted `1.` as YAML reads it (a number): still the style.
    let one = yaml.replace("numbering: [Chương, Điều]", "numbering: 1.");
    let out = common::render_str("qc.yaml", &one);
    let lines = all_lines(&out.layout);
    find(&lines, "1. Quy định chung");
    find(&lines, "1.1. Phạm vi điều chỉnh");
    assert!(!lines.iter().any(|x| x.text.starts_with("Điều ") && x.runs[0].bold), "no Điều heading");
    // Each Chương may say its own: Điều under Chương I only.
    let own = yaml.replace("numbering: [Chương, Điều]", "numbering: Chương").replacen(
        "  - title: Quy định chung\n",
        "  - title: Quy định chung\n    numbering: Điều\n",
        1,
    );
    let out = common::render_str("qc.yaml", &own);
    let lines = all_lines(&out.layout);
    find(&lines, "Điều 3. Nguyên tắc làm việc");
    find(&lines, "Mục 1");
    assert!(!lines.iter().any(|x| x.text.starts_with("Điều 4.")));
}

/// The quyết định quy phạm pháp luật of UBND tỉnh Bình Lâm, issuing a Quy định.
fn qppl() -> &'static Output {
    static O: OnceLock<Output> = OnceLock::new();
    O.get_or_init(|| sample("quyet-dinh-qppl-tinh-binh-lam-2026.yaml"))
}

#[test]
fn a_legal_normative_decision_has_the_year_in_its_so_and_opens_with_the_enactment() {
    let out = qppl();
    let l = &out.layout;
    let p1 = l.lines(1);
    let so = find(&p1, "Số:");
    assert_eq!(so.text.trim(), "Số: 25/2026/QĐ-UBND");
    // No authority line and no `QUYẾT ĐỊNH:` (ND78/2025 practice).
    assert!(!p1.iter().any(|x| x.text.trim() == "QUYẾT ĐỊNH:"), "no QUYẾT ĐỊNH: line");
    assert!(!p1.iter().any(|x| x.text.trim() == "ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"), "no authority line");
    // The căn cứ and the proposal end with `;`, then the enactment sentence
    // in italics, indented, and directly Điều 1.
    let last_basis = find(&p1, "Căn cứ Nghị định số 168/2017/NĐ-CP");
    let proposal = find(&p1, "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch;");
    assert!(proposal.all_italic() && proposal.y > last_basis.y);
    let enactment = find(&p1, "Ủy ban nhân dân tỉnh Bình Lâm ban hành Quyết định ban hành Quy định");
    assert!(enactment.all_italic() && enactment.y > proposal.y);
    assert!(((enactment.x - 30.0 * MM) - 10.0 * MM).abs() <= 0.3 * MM, "indented like a căn cứ");
    let dieu1 = find(&p1, "Điều 1.");
    assert!(dieu1.y > enactment.y && dieu1.runs[0].bold);
    let text = normalize(&pdftotext_body(&out.pdf));
    assert!(
        text.contains(&normalize(
            "Ủy ban nhân dân tỉnh Bình Lâm ban hành Quyết định ban hành Quy định về quản lý cơ sở lưu trú du lịch tại nhà ở có phòng cho khách du lịch thuê trên địa bàn tỉnh Bình Lâm. Điều 1."
        )),
        "{text}"
    );
    // The Quy định it issues names it with the year in its số.
    assert!(
        text.contains(&normalize(
            "(Ban hành kèm theo Quyết định số 25/2026/QĐ-UBND ngày 12 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh Bình Lâm)"
        )),
        "{text}"
    );
    assert!(l.lines(2).iter().any(|x| x.text.trim() == "QUY ĐỊNH"));
}

#[test]
fn a_legal_normative_draft_leaves_the_number_blank_before_the_year() {
    let path = common::root().join("data/quyet-dinh-qppl-tinh-binh-lam-2026.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap().replace("number: 25\n", "number: null\n");
    let loaded = vanban::load::load_str(&path.display().to_string(), &yaml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.document.ky_hieu(), "2026/QĐ-UBND");
    let out = common::render_loaded(loaded);
    let so = find(&out.layout.lines(1), "Số:").text.clone();
    assert!(so.starts_with("Số:") && so.ends_with("/2026/QĐ-UBND") && !so.contains("25"), "{so}");
    // The administrative quyết định keeps its ký hiệu without a year, and its QUYẾT ĐỊNH: line.
    let admin = qd_quy_che();
    assert_eq!(admin.loaded.document.ky_hieu(), "QĐ-UBND");
    assert!(admin.layout.lines(1).iter().any(|x| x.text.trim() == "QUYẾT ĐỊNH:"));
}

fn lint_of(name: &str, edit: impl FnOnce(String) -> String) -> Vec<vanban::diagnostic::Diagnostic> {
    let path = common::root().join("data").join(name);
    let yaml = edit(std::fs::read_to_string(&path).unwrap());
    let loaded = vanban::load::load_str(&path.display().to_string(), &yaml).unwrap_or_else(|e| panic!("{e}"));
    vanban::lint::lint(&loaded, &Default::default())
}

fn findings<'a>(found: &'a [vanban::diagnostic::Diagnostic], code: &str) -> Vec<(&'a str, &'a str)> {
    found
        .iter()
        .filter(|d| d.code == code)
        .map(|d| {
            assert_eq!(d.severity, vanban::diagnostic::Severity::Warning);
            (d.message.as_str(), d.path.as_deref().unwrap_or(""))
        })
        .collect()
}

#[test]
fn legal_normative_follows_the_law_it_cites_and_its_authority() {
    let name = "quyet-dinh-qppl-tinh-binh-lam-2026.yaml";
    assert!(findings(&lint_of(name, |y| y), "legal-normative").is_empty());
    // Citing the Luật Ban hành VBQPPL without saying so.
    let found = lint_of(name, |y| y.replace("legal_normative: true\n", ""));
    assert_eq!(
        findings(&found, "legal-normative"),
        [(
            "Quyết định dẫn Luật Ban hành văn bản quy phạm pháp luật nhưng chưa được ghi là văn bản quy phạm pháp luật",
            "bases[1]"
        )]
    );
    // Saying so without citing it, and as the Chủ tịch's act.
    let found = lint_of(name, |y| {
        y.replace("    subject: Ban hành văn bản quy phạm pháp luật\n", "    subject: Đất đai\n").replace(
            "authority: Ủy ban nhân dân tỉnh Bình Lâm",
            "authority: Chủ tịch Ủy ban nhân dân tỉnh Bình Lâm",
        )
    });
    assert_eq!(
        findings(&found, "legal-normative"),
        [
            (
                "Văn bản quy phạm pháp luật được ban hành theo Luật Ban hành văn bản quy phạm pháp luật, nhưng phần căn cứ chưa dẫn Luật này",
                "legal_normative"
            ),
            (
                "Quyết định quy phạm pháp luật là văn bản của Ủy ban nhân dân, không phải của Chủ tịch (`Chủ tịch Ủy ban nhân dân tỉnh Bình Lâm`)",
                "authority"
            ),
        ]
    );
}

#[test]
fn a_cited_legal_document_has_the_year_in_its_so_and_an_administrative_one_has_none() {
    let name = "quyet-dinh-qppl-tinh-binh-lam-2026.yaml";
    assert!(findings(&lint_of(name, |y| y), "citation-year").is_empty());
    let found = lint_of(name, |y| {
        y.replace("number: 168/2017/NĐ-CP", "number: 168/NĐ-CP").replace(
            "proposal: Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch",
            "proposal: Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 88/2026/TTr-SVHTTDL ngày 02/6/2026",
        )
    });
    assert_eq!(
        findings(&found, "citation-year"),
        [
            (
                "Nghị định số 168/NĐ-CP là văn bản quy phạm pháp luật: số của văn bản có năm ban hành (168/<năm>/NĐ-CP)",
                "bases[3].number"
            ),
            (
                "Tờ trình số 88/2026/TTr-SVHTTDL là văn bản hành chính: số không có năm (`88/TTr-SVHTTDL`), năm 2026 nằm trong ngày ban hành",
                "proposal"
            ),
        ]
    );
}

#[test]
fn dieu_typed_with_a_colon_is_printed_as_written_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let qd = std::fs::read_to_string(common::root().join("data/quyet-dinh-quy-che-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace(
            "  - text: Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "  - text: \"Điều 2: Quyết định này có hiệu lực thi hành kể từ ngày ký.\"",
        );
    let qc = std::fs::read_to_string(common::root().join("data/quy-che-lam-viec-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("      - title: Phạm vi điều chỉnh\n", "      - title: \"Điều 1: Phạm vi điều chỉnh\"\n");
    std::fs::write(dir.path().join("qd.yaml"), &qd).unwrap();
    std::fs::write(dir.path().join("quy-che-lam-viec-ngoc-lien-2026.yaml"), &qc).unwrap();
    let loaded = vanban::load::load_file(&dir.path().join("qd.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let found = vanban::lint::lint(&loaded, &Default::default());
    let warned: Vec<(&str, &str, String)> = found
        .iter()
        .filter(|d| d.code == "article-colon")
        .map(|d| {
            assert_eq!(d.severity, vanban::diagnostic::Severity::Warning);
            let (line, col) = d.line_col().unwrap();
            let text = if d.file.as_ref().unwrap().name.ends_with("qd.yaml") { &qd } else { &qc };
            let at: String = text.lines().nth(line - 1).unwrap().chars().skip(col - 1).take(7).collect();
            (d.message.as_str(), d.path.as_deref().unwrap(), at)
        })
        .collect();
    assert_eq!(
        warned,
        [
            (
                "`Điều 2:` được in đúng như đã gõ; NĐ30 ghi `Điều 2.`",
                "articles[1].text",
                "Điều 2:".to_string()
            ),
            (
                "`Điều 1:` được in đúng như đã gõ; NĐ30 ghi `Điều 1.`",
                "content[0].content[0].title",
                "Điều 1:".to_string()
            ),
        ]
    );
    // Printed as written, once, the label in bold; the self-check finds it.
    let out = common::render_loaded(loaded);
    let lines = all_lines(&out.layout);
    let dieu2 = find(&lines, "Điều 2:");
    assert_eq!(dieu2.text.trim(), "Điều 2: Quyết định này có hiệu lực thi hành kể từ ngày ký.");
    assert!(dieu2.runs[0].bold && dieu2.runs[0].text.starts_with("Điều 2:"));
    assert!(dieu2.runs.iter().skip(1).all(|r| !r.bold));
    let dieu1 = find(&lines, "Điều 1: Phạm vi điều chỉnh");
    assert!(dieu1.all_bold());
    assert!(!lines.iter().any(|x| x.text.contains("Điều 2. Điều 2") || x.text.contains("Điều 1. Điều 1")));
    // The next Điều goes on numbering as before.
    find(&lines, "Điều 2. Đối tượng áp dụng");
}

/// The page whose first line is `first`.
fn page_starting(l: &Layout, first: &str) -> usize {
    (1..=l.pages.len())
        .find(|&p| l.lines(p).first().is_some_and(|x| x.text.trim() == first))
        .unwrap_or_else(|| panic!("no page starts with `{first}`"))
}

/// The right edge of the text area (15 mm right margin).
fn text_right(l: &Layout) -> f64 {
    l.pages[0].0 - 15.0 * MM
}

#[test]
fn a_form_with_a_header_a_table_to_fill_and_a_signature_grid() {
    for out in [qd_quy_che(), quy_che()] {
        let l = &out.layout;
        // Its own page, unnumbered: `Mẫu số 01` first, bold, flush right.
        let p = page_starting(l, "Mẫu số 01");
        let lines = l.lines(p);
        let label = &lines[0];
        assert!(label.all_bold() && (label.right() - text_right(l)).abs() <= 0.5 * MM, "{}", label.right());
        // The small header: the organisation on the left, the Quốc hiệu on the right.
        let org = find(&lines, "ỦY BAN NHÂN DÂN");
        let qh = find(&lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert!(org.all_bold() && org.right() < qh.x && (org.y - qh.y).abs() < 1.0);
        find(&lines, "XÃ NGỌC LIÊN");
        // The title in capitals and the subtitle, centred, bold, 14 pt.
        let title = find(&lines, "PHIẾU ĐĂNG KÝ NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC");
        centred_bold(l, title);
        centred_bold(l, find(&lines, "Tháng …… năm 2026"));
        // The table: its header, then six empty rows of 8 mm.
        let header = find(&lines, "STT");
        let left = 30.0 * MM;
        let mut ys: Vec<f64> = l
            .rules
            .iter()
            .filter(|r| {
                r.page == p && (r.y0 - r.y1).abs() < 0.1 && r.length() > 100.0 && r.y0 > header.y - 20.0
            })
            .filter(|r| r.x0.min(r.x1) <= left + 1.0 && r.x0.max(r.x1) >= text_right(l) - 1.0)
            .map(|r| r.y0)
            .collect();
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        assert_eq!(ys.len(), 8, "the header's top and bottom, and the rules of six rows: {ys:?}");
        for w in ys[1..].windows(2) {
            assert!(((w[1] - w[0]) - 8.0 * MM).abs() < 0.3, "an empty row is 8 mm high: {ys:?}");
        }
        // Two signers side by side, each over half the width, no borders.
        let a = find(&lines, "NGƯỜI LẬP PHIẾU");
        let b = find(&lines, "THỦ TRƯỞNG ĐƠN VỊ");
        assert!(a.all_bold() && b.all_bold() && (a.y - b.y).abs() < 0.5 && a.y > *ys.last().unwrap());
        let column = (text_right(l) - left - 4.0 * MM) / 2.0;
        assert!((a.center() - (left + column / 2.0)).abs() <= 1.0 * MM, "{}", a.center());
        assert!((b.center() - (text_right(l) - column / 2.0)).abs() <= 1.0 * MM, "{}", b.center());
        let note = find(&lines, "(Ký, ghi rõ họ tên)");
        assert!(note.all_italic() && note.y > a.y && (note.center() - a.center()).abs() <= 1.0 * MM);
        find(&lines, "(Ký, ghi rõ họ tên, đóng dấu nếu có)");
        assert!(!l.frames.iter().any(|f| f.page == p), "no frames around the signers");
    }
}

/// Form `n` of a sample alone, as `vanban render --form N` prints it.
fn form_alone(name: &str, n: usize) -> Result<Output, vanban::diagnostic::Diagnostics> {
    let path = common::root().join("data").join(name);
    let loaded = vanban::load::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut pipeline = vanban::Pipeline::embedded();
    pipeline.issue.form = Some(n);
    let rendered = pipeline.render(&loaded)?;
    let pdf = pipeline.pdf(&loaded, &rendered)?;
    let layout = Layout::of(&rendered.document);
    Ok(Output { loaded, layout, pdf, source: rendered.source })
}

#[test]
fn a_form_alone_is_its_page_of_the_full_document_on_one_page() {
    for (name, full) in [
        ("quyet-dinh-quy-che-ngoc-lien-2026.yaml", qd_quy_che()),
        ("quy-che-lam-viec-ngoc-lien-2026.yaml", quy_che()),
    ] {
        for (n, label, title) in [
            (1, "Mẫu số 01", "PHIẾU ĐĂNG KÝ NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC"),
            (2, "Mẫu số 02", "GIẤY ĐỀ NGHỊ GIẢI QUYẾT CÔNG VIỆC"),
        ] {
            let alone = form_alone(name, n).unwrap_or_else(|e| panic!("{name} form {n}: {e}"));
            let l = &alone.layout;
            assert_eq!(l.pages.len(), 1, "{name} form {n}: one page");
            let lines = l.lines(1);
            // `Mẫu số 0N` first, bold, flush right; then the form's own lines.
            assert_eq!(lines[0].text.trim(), label);
            assert!(lines[0].all_bold() && (lines[0].right() - text_right(l)).abs() <= 0.5 * MM);
            centred_bold(l, find(&lines, title));
            // Line for line the form's page of the full document, in the
            // same places: no header, signer or page number of the parent.
            let p = page_starting(&full.layout, label);
            let theirs = full.layout.lines(p);
            let place = |x: &Line| (x.text.trim().to_string(), (x.x * 10.0).round(), (x.y * 10.0).round());
            assert_eq!(
                lines.iter().map(place).collect::<Vec<_>>(),
                theirs.iter().map(place).collect::<Vec<_>>(),
                "{name} form {n}"
            );
            assert!(
                !lines.iter().any(|x| x.text.trim().chars().all(|c| c.is_ascii_digit())),
                "no page number"
            );
            let text = normalize(&common::pdf::text(&alone.pdf));
            assert!(text.starts_with(label), "{text}");
            assert!(!text.contains("Số:") && !text.contains("TM. ỦY BAN NHÂN DÂN"), "{text}");
        }
    }
}

#[test]
fn a_form_asked_of_a_document_without_it_is_refused() {
    let err =
        form_alone("cong-van-ngoc-lien-2026.yaml", 1).err().expect("a công văn has no forms").to_string();
    assert!(err.contains("lỗi[form-missing]: văn bản không có mẫu (mẫu biểu) nào để in"), "{err}");
    let err =
        form_alone("quy-che-lam-viec-ngoc-lien-2026.yaml", 3).err().expect("two forms only").to_string();
    assert!(err.contains("lỗi[form-missing]: văn bản có 2 mẫu; không có mẫu 3"), "{err}");
}

#[test]
fn a_form_with_fill_in_lines_checkboxes_and_a_date_line() {
    let out = qd_quy_che();
    let l = &out.layout;
    let p = page_starting(l, "Mẫu số 02");
    let lines = l.lines(p);
    // The Quốc hiệu alone, centred.
    let qh = find(&lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert!((qh.center() - text_center(l)).abs() <= 1.0 * MM);
    centred_bold(l, find(&lines, "GIẤY ĐỀ NGHỊ GIẢI QUYẾT CÔNG VIỆC"));
    // A fill-in line: flush left, the label, dot leaders to the right margin.
    let name = find(&lines, "Họ và tên người đề nghị:");
    assert!((name.x - 30.0 * MM).abs() <= 0.3 * MM, "flush left, not indented");
    assert!(name.text.trim_end().ends_with("....."), "{}", name.text);
    assert!((name.right() - text_right(l)).abs() <= 2.0, "dots to the margin: {}", name.right());
    assert!(name.runs.iter().all(|r| !r.bold && !r.italic && r.size == 14.0));
    // Two fields on one line, each over half of it.
    let born = find(&lines, "Ngày sinh:");
    let sex =
        lines.iter().flat_map(|x| &x.runs).find(|r| r.text.starts_with("Giới tính:")).expect("Giới tính:");
    assert!((sex.y - born.y).abs() < 0.5, "on the line of Ngày sinh");
    let half = 30.0 * MM + (text_right(l) - 30.0 * MM + 0.6 * 14.0) / 2.0;
    assert!((sex.x - half).abs() <= 1.0, "the second field starts the second half: {} vs {half}", sex.x);
    // A field without a label is a line of dots.
    let dots = lines.iter().find(|x| x.text.trim().starts_with("....")).expect("a line of dots");
    assert!(dots.y > find(&lines, "Nội dung đề nghị:").y);
    // Boxes to tick: three after their label on one line, two one per line.
    let label = find(&lines, "Hình thức nhận kết quả:");
    let boxes: Vec<_> = l.frames.iter().filter(|f| f.page == p).collect();
    assert_eq!(boxes.len(), 5, "{boxes:?}");
    for f in &boxes {
        assert!(
            (f.width - 0.7 * 14.0).abs() < 0.2 && (f.height - f.width).abs() < 0.1,
            "square, 0.7 em: {f:?}"
        );
        assert!(!f.red);
    }
    let inline = boxes.iter().filter(|f| (f.y + f.height - label.y).abs() < 1.0).count();
    assert_eq!(inline, 3, "three boxes on the label's baseline");
    let mut row: Vec<&Line> = lines.iter().filter(|x| (x.y - label.y).abs() < 0.5).collect();
    row.sort_by(|a, b| a.x.total_cmp(&b.x));
    let row: String = row.iter().flat_map(|x| x.text.split_whitespace()).collect::<Vec<_>>().join(" ");
    assert_eq!(row, "Hình thức nhận kết quả: Trực tiếp Qua bưu chính Trực tuyến");
    find(&lines, "Bản sao giấy tờ liên quan");
    // The date line, italic, flush right; then the two signers.
    let date = find(&lines, "Ngọc Liên, ngày …… tháng …… năm ……");
    assert!(date.all_italic() && (date.right() - text_right(l)).abs() <= 0.5 * MM);
    let signer = find(&lines, "CÁN BỘ TIẾP NHẬN");
    assert!(signer.y > date.y);
    // The emitted Typst: fields, boxes and signers as the library's calls.
    let src = &out.source;
    assert!(src.contains("#dien([Ngày sinh:], [Giới tính:], )"), "{src}");
    assert!(src.contains(
        "#o-chon(label: [Hình thức nhận kết quả:], ([Trực tiếp], [Qua bưu chính], [Trực tuyến], ))"
    ));
    assert!(src.contains("(title: [NGƯỜI ĐỀ NGHỊ], note: none, name: none)"));
}

#[test]
fn a_tick_box_stays_with_its_item_when_the_line_wraps() {
    let items = ["Trực tiếp", "Qua bưu chính", "Trực tuyến", "Qua dịch vụ công"];
    let out = common::render_loaded(quy_che_with(|y| {
        y.replace("items: [Trực tiếp, Qua bưu chính, Trực tuyến]", &format!("items: [{}]", items.join(", ")))
    }));
    let l = &out.layout;
    let p = page_starting(l, "Mẫu số 02");
    let lines = l.lines(p);
    let label = find(&lines, "Hình thức nhận kết quả:");
    let next = find(&lines, "Giấy tờ kèm theo:");
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let block: Vec<&Line> = lines.iter().filter(|x| x.y >= label.y - 0.5 && x.y < next.y - 0.5).collect();
    let mut rows: Vec<f64> = block.iter().map(|x| x.y).collect();
    rows.sort_by(f64::total_cmp);
    rows.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    assert_eq!(
        rows.len(),
        2,
        "four items wrap once: {:?}",
        block.iter().map(|x| &x.text).collect::<Vec<_>>()
    );
    // Each item whole on one line, never `Trực` at a line's end and `tuyến` on the next.
    for item in items {
        assert!(block.iter().any(|x| squeeze(&x.text).contains(item)), "`{item}` split: {block:?}");
    }
    // Each box on the line of its item, just before it; the second line starts with a box.
    let boxes: Vec<_> =
        l.frames.iter().filter(|f| f.page == p && f.y > label.y - 20.0 && f.y < next.y - 10.0).collect();
    assert_eq!(boxes.len(), 4, "{boxes:?}");
    for f in &boxes {
        // A box sits on the baseline of its line.
        let bottom = f.y + f.height;
        let row = *rows.iter().min_by(|a, b| (bottom - **a).abs().total_cmp(&(bottom - **b).abs())).unwrap();
        assert!((bottom - row).abs() < 1.0, "a box on an item's line: {f:?} {rows:?}");
        let mut after: Vec<_> = block
            .iter()
            .filter(|x| (x.y - row).abs() < 0.5)
            .flat_map(|x| &x.runs)
            .filter(|r| r.x > f.x + f.width - 0.1)
            .collect();
        after.sort_by(|a, b| a.x.total_cmp(&b.x));
        assert!(after[0].x - (f.x + f.width) < 6.0, "the item follows its box: {f:?} {row} {:?}", after[0]);
        let text = squeeze(&after.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" "));
        assert!(items.iter().any(|i| text.starts_with(i)), "a box before `{text}`");
    }
    assert!(boxes.iter().any(|f| (f.x - 30.0 * MM).abs() < 0.5), "the wrapped line starts with a box");
}

#[test]
fn fields_too_long_to_share_a_line_take_a_line_each() {
    let labels = [
        "Họ và tên đầy đủ của người được ủy quyền theo giấy tờ tùy thân",
        "Số định danh cá nhân của người được ủy quyền",
        "Ngày cấp",
        "Nơi cấp",
    ];
    let out = common::render_loaded(quy_che_with(|y| {
        y.replace("fields: [Ngày sinh, Giới tính]", &format!("fields: [{}]", labels.join(", ")))
    }));
    let l = &out.layout;
    let lines = l.lines(page_starting(l, "Mẫu số 02"));
    let mut ys = Vec::new();
    for label in labels {
        // Flush left on a line of its own, dots to the right margin: no
        // narrow column wrapping the label into a tower.
        let line = find(&lines, &format!("{label}:"));
        assert!((line.x - 30.0 * MM).abs() <= 0.3 * MM, "`{label}` flush left: {}", line.x);
        assert!(line.text.trim_end().ends_with("....."), "{}", line.text);
        assert!((line.right() - text_right(l)).abs() <= 2.0, "dots to the margin: {}", line.right());
        ys.push(line.y);
    }
    assert!(ys.windows(2).all(|w| w[1] > w[0] + 10.0), "one line each, in order: {ys:?}");
    // Short labels still share a line.
    let phone = lines.iter().flat_map(|x| &x.runs).find(|r| r.text.starts_with("Số điện thoại:"));
    let id = find(&lines, "Số định danh cá nhân:");
    assert!(phone.is_some_and(|r| (r.y - id.y).abs() < 0.5), "on the line of Số định danh cá nhân");
}

#[test]
fn a_signature_grid_holds_two_to_four_signers() {
    let found = vanban::lint::lint(
        &quy_che_with(|y| y.replace("          - {title: Cán bộ tiếp nhận}\n", "")),
        &Default::default(),
    );
    let d = found.iter().find(|d| d.code == "form-shape").expect("form-shape");
    assert_eq!(d.severity, vanban::diagnostic::Severity::Error);
    assert_eq!(d.message, "Khung chữ ký xếp từ 2 đến 4 người ký cạnh nhau, không phải 1");
    assert_eq!(d.path.as_deref(), Some("forms[1].content[10].signatures"));
}

#[test]
fn a_form_table_the_layout_cannot_draw_is_a_located_error() {
    let form_shape = |edit: &dyn Fn(String) -> String| {
        let loaded = quy_che_with(edit);
        let found = vanban::lint::lint(&loaded, &Default::default());
        found
            .iter()
            .filter(|d| d.code == "form-shape")
            .map(|d| {
                assert_eq!(d.severity, vanban::diagnostic::Severity::Error);
                let line = d.line_col().map(|(l, _)| l).unwrap_or(0);
                (d.message.clone(), d.path.clone().unwrap_or_default(), line)
            })
            .collect::<Vec<_>>()
    };
    let columns = "          columns:\n            - {title: STT, width: 12mm}\n            - {title: Nội dung trình}\n            - {title: Cấp trình, width: 30mm}\n            - {title: Thời gian trình, width: 30mm}\n            - {title: Ghi chú, width: 25mm}\n";
    assert_eq!(
        form_shape(&|y: String| y.replace(columns, "          columns: []\n")),
        [("Bảng cần ít nhất một cột".to_string(), "forms[0].content[1].table.columns".to_string(), 116)]
    );
    let found = form_shape(&|y: String| {
        y.replace("{title: Cấp trình, width: 30mm}", "{title: Cấp trình, width: 0mm}")
    });
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        "`0mm` không phải độ rộng của cột `Cấp trình`; ghi ví dụ 15mm, 2cm, 1fr hoặc auto"
    );
    assert!(found[0].1.starts_with("forms[0].content[1].table.columns"), "{found:?}");
    // A table with only its header.
    assert_eq!(
        form_shape(&|y: String| y.replace("blank_rows: 6", "blank_rows: 0")),
        [(
            "Bảng của mẫu không có dòng nào và `blank_rows: 0` thì chỉ còn dòng tiêu đề, không có chỗ để điền".to_string(),
            "forms[0].content[1].table.blank_rows".to_string(),
            122
        )]
    );
    // A form with nothing to fill in.
    let found = form_shape(&|y: String| {
        let start = y.find("      - field: Họ và tên người đề nghị").unwrap();
        let end = y.find("\nrecipients:").unwrap();
        format!("{}    content: []\n{}", &y[..y[..start].rfind("    content:").unwrap()], &y[end..])
    });
    assert_eq!(found, [("Mẫu chưa có nội dung để điền".to_string(), "forms[1].content".to_string(), 129)]);
}

#[test]
fn form_text_is_data_never_code() {
    // Typst markup and code in every kind of form field prints literally
    // (`*…*` is vanban's own inline markup, so it is not among them).
    let hostile = [
        r#"#read("/etc/passwd")"#,
        "] #panic() [",
        "), panic(), (",
        "$x^2$ \\ // not a comment",
        "_x_ `raw` <label> @ref ~ = 1.",
    ];
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let h = hostile.iter().map(|s| q(s)).collect::<Vec<_>>();
    let yaml = format!(
        r#"type: quyet-dinh
issuer: {{name: [Ủy ban nhân dân, xã Ngọc Liên], abbr: UBND}}
number: 1
place: Ngọc Liên
date: 2026-01-15
year: 2026
title: Về việc ban hành mẫu
authority: Chủ tịch Ủy ban nhân dân xã Ngọc Liên
articles:
  - text: Ban hành kèm theo Quyết định này Mẫu số 01.
  - text: Văn phòng chịu trách nhiệm thi hành Quyết định này.
recipients: [Văn phòng]
signer: {{title: Chủ tịch, name: Lê Văn Minh}}
forms:
  - label: {h0}
    header: [{h1}]
    title: {h2}
    subtitle: {h3}
    content:
      - field: {h4}
      - fields: [{h0}, {h1}]
      - checkboxes: {{label: {h2}, items: [{h3}, {h4}]}}
      - checkboxes: [{h0}]
      - text: {h1}
      - table: {{columns: [{{title: {h2}}}, {{title: {h3}}}], blank_rows: 1}}
      - date_line: {h4}
      - signatures: [{{title: {h0}, note: {h1}, name: {h2}}}, {{title: {h3}}}]
"#,
        h0 = h[0],
        h1 = h[1],
        h2 = h[2],
        h3 = h[3],
        h4 = h[4]
    );
    let out = common::render_str("qd.yaml", &yaml);
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let page = (1..=out.layout.pages.len())
        .find(|&p| out.layout.lines(p).iter().any(|x| x.text.contains("#read")))
        .unwrap();
    let text = squeeze(&out.layout.lines(page).iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" "));
    let upper = |s: &str| vanban::vn::text::upper(s);
    for (i, s) in hostile.iter().enumerate() {
        // Titles and the organisation print in capitals.
        let printed = text.contains(&squeeze(s)) || text.contains(&squeeze(&upper(s)));
        assert!(printed, "hostile[{i}] `{s}` not printed literally on the form:\n{text}");
    }
    assert!(!out.source.contains("#read(\"/etc"), "never unescaped in the Typst source");
}

#[test]
fn a_legal_normative_decision_is_numbered_in_a_series_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), common::sample_text()).unwrap();
    let qppl = std::fs::read_to_string(common::root().join("data/quyet-dinh-qppl-tinh-binh-lam-2026.yaml"))
        .unwrap()
        .replace("number: 25\n", "number: null\n")
        .replace(
            "issuer:\n  name: [Ủy ban nhân dân, tỉnh Bình Lâm]",
            "issuer:\n  name: [Ủy ban nhân dân, xã Ngọc Liên]",
        );
    std::fs::write(dir.path().join("qd.yaml"), qppl).unwrap();
    std::fs::copy(
        common::root().join("data/quy-dinh-homestay-tinh-binh-lam-2026.yaml"),
        dir.path().join("quy-dinh-homestay-tinh-binh-lam-2026.yaml"),
    )
    .unwrap();
    let issue = |file: &str, on: &str| {
        let out = common::vanban(dir.path(), &["issue", file, "--date", on]);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "{err}");
        err
    };
    // The body's administrative series takes 01 …
    assert!(issue("ngoc-lien-2026.yaml", "2026-06-10").contains("số 01/KH-UBND"));
    // … and the QPPL quyết định starts its own at 01, with the year.
    let err = issue("qd.yaml", "2026-06-12");
    assert!(err.contains("đã ban hành qd.yaml số 01/2026/QĐ-UBND, ngày 12/06/2026; "), "{err}");
    let yaml = std::fs::read_to_string(dir.path().join("qd.yaml")).unwrap();
    assert!(yaml.contains("\nnumber: 1\n"), "{yaml}");
    let pdf = std::fs::read(dir.path().join("qd.pdf")).unwrap();
    let text = normalize(&pdftotext_body(&pdf));
    assert!(text.contains("Số: 01/2026/QĐ-UBND"), "{text}");
}
