//! Values: figures printed exactly as written (never through floating
//! point), totals never printed over, invisible characters refused, and
//! out-of-range or empty values reported at their line with the fix.

mod common;

use vanban::Pipeline;
use vanban::diagnostic::Diagnostic;
use vanban::load;
use vanban::typeset::inspect::TextRun;

fn sample(name: &str) -> String {
    std::fs::read_to_string(common::root().join("data").join(name)).unwrap()
}

/// The Báo cáo sample with one textual edit; the edit must apply. Its
/// villages' total is labelled `Cộng các thôn`, printed nowhere else.
fn bao_cao(from: &str, to: &str) -> String {
    let text = sample("bao-cao-ngoc-lien-2026.yaml").replacen(
        "total: {label: Cộng}",
        "total: {label: Cộng các thôn}",
        1,
    );
    assert!(text.contains(from), "the sample no longer contains {from:?}");
    text.replacen(from, to, 1)
}

/// The single error loading (and, if that succeeds, rendering) produces.
fn error_of(yaml: &str) -> Diagnostic {
    // Named inside `data/`, where the samples' images are.
    let name = common::root().join("data").join("doc.yaml");
    let errors = match load::load_str(&name.display().to_string(), yaml) {
        Err(e) => e,
        Ok(loaded) => match Pipeline::embedded().render(&loaded) {
            Err(e) => e,
            Ok(_) => panic!("no error"),
        },
    };
    assert_eq!(errors.len(), 1, "{errors}");
    errors.into_iter().next().unwrap()
}

/// Line and column of the first occurrence of `needle` in `yaml` (1-based,
/// columns in characters).
fn position(yaml: &str, needle: &str) -> (usize, usize) {
    let at = yaml.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the YAML"));
    let before = &yaml[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    (line, col)
}

/// Line and column just after `prefix`, where its value starts.
fn after(yaml: &str, prefix: &str) -> (usize, usize) {
    let (line, col) = position(yaml, prefix);
    (line, col + prefix.chars().count())
}

fn assert_diag(d: &Diagnostic, code: &str, message: &str, path: &str, at: (usize, usize)) {
    assert_eq!(d.code, code, "{d}");
    assert_eq!(d.message, message, "{d}");
    assert_eq!(d.path.as_deref(), Some(path), "{d}");
    assert_eq!(d.line_col(), Some(at), "{d}");
    assert!(d.hint.is_some(), "a fix is suggested: {d}");
}

/// The runs printing `text` (as a whole word, possibly split into several
/// runs) on the page where `label` (printed once) is, joined.
fn run_on_page_of(out: &common::Output, text: &str, label: &str) -> TextRun {
    let find = |text: &str, page: Option<usize>| {
        let pages: Vec<usize> = match page {
            Some(p) => vec![p],
            None => (1..=out.layout.pages.len()).collect(),
        };
        let mut found = Vec::new();
        for p in pages {
            for line in out.layout.lines(p) {
                // Runs on one baseline, joined into words: a word is the
                // runs that touch.
                let mut words: Vec<Vec<&TextRun>> = Vec::new();
                for r in &line.runs {
                    match words.last_mut() {
                        Some(w) if r.x - (w.last().unwrap().x + w.last().unwrap().width) < 0.5 => w.push(r),
                        _ => words.push(vec![r]),
                    }
                }
                for w in words {
                    let joined: String = w.iter().map(|r| r.text.as_str()).collect();
                    if joined.trim() == text || joined.split_whitespace().any(|x| x == text) {
                        let mut run = w[0].clone();
                        run.text = joined;
                        run.bold = w.iter().all(|r| r.bold);
                        found.push(run);
                    }
                }
            }
        }
        assert_eq!(found.len(), 1, "{text:?} printed once: {found:?}\n{}", out.layout.text());
        found.remove(0)
    };
    let page = find(label, None).page;
    find(text, Some(page))
}

const VILLAGES: &str = "            - [1, Thôn Đồng Tâm, 112, 310000000]
            - [2, Thôn Minh Thịnh, 96, 290000000]
            - [3, Thôn Làng Ngán, 143, 580000000]";

#[test]
fn large_figures_print_and_add_up_exactly() {
    let yaml = bao_cao(
        VILLAGES,
        "            - [1, Thôn Đồng Tâm, 112, 12345678901234567890123]
            - [2, Thôn Minh Thịnh, 96, 1]
            - [3, Thôn Làng Ngán, 143, 99999999999999999999999]",
    );
    let out = common::render_str("bao-cao.yaml", &yaml);
    let text = out.layout.text();
    assert!(text.contains("12.345.678.901.234.567.890.123"), "{text}");
    assert!(text.contains("99.999.999.999.999.999.999.999"), "{text}");
    // 12345678901234567890123 + 1 + 99999999999999999999999, bold in the total row.
    let total = run_on_page_of(&out, "112.345.678.901.234.567.890.123", "Cộng các thôn");
    assert!(total.bold);
}

#[test]
fn decimals_print_as_written_and_add_up_exactly() {
    let yaml = bao_cao(
        VILLAGES,
        "            - [1, Thôn Đồng Tâm, 0.1, 1.23456789012]
            - [2, Thôn Minh Thịnh, 0.2, 1e3]
            - [3, Thôn Làng Ngán, 0.4, 2.5E-3]",
    );
    let out = common::render_str("bao-cao.yaml", &yaml);
    let text = out.layout.text();
    assert!(text.contains("1,23456789012"), "{text}");
    assert!(text.contains("1.000"), "1e3 is a thousand: {text}");
    assert!(text.contains("0,0025"), "{text}");
    // 0,1 + 0,2 + 0,4 is 0,7, not 0,7000000000000001; 1,23456789012 + 1000 + 0,0025.
    let households = run_on_page_of(&out, "0,7", "Cộng các thôn");
    let amount = run_on_page_of(&out, "1.001,23706789012", "Cộng các thôn");
    assert!(households.bold && amount.bold);
    assert!((households.y - amount.y).abs() < 0.5, "one total row: {households:?} {amount:?}");
}

#[test]
fn figures_that_cannot_be_exact_are_refused_at_their_line() {
    let yaml = bao_cao("112, 310000000]", "112, 1.23456789012345678]");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "`1.23456789012345678` có 17 chữ số sau dấu thập phân; một con số có tối đa 12",
        "appendices[0].content[0].table.rows[0][3]",
        position(&yaml, "1.23456789012345678"),
    );

    let yaml = bao_cao("112, 310000000]", "112, 1234567890123456789012345]");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "`1234567890123456789012345` có 25 chữ số trước dấu thập phân; một con số có tối đa 24",
        "appendices[0].content[0].table.rows[0][3]",
        position(&yaml, "1234567890123456789012345"),
    );

    // A tiny float: refused where it is, not "a bug in vanban".
    let yaml = bao_cao("112, 310000000]", "112, 1e-300]");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "`1e-300` có 300 chữ số sau dấu thập phân; một con số có tối đa 12",
        "appendices[0].content[0].table.rows[0][3]",
        position(&yaml, "1e-300"),
    );

    let yaml = bao_cao("112, 310000000]", "112, 0x1F]");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "`0x1F` không phải con số vanban in được; ghi bằng chữ số thập phân, ví dụ 1250000 hoặc 12.5",
        "appendices[0].content[0].table.rows[0][3]",
        position(&yaml, "0x1F"),
    );
}

#[test]
fn a_first_column_of_amounts_keeps_its_total() {
    let yaml = bao_cao(
        "            - {title: STT, width: 12mm}
            - {title: Thôn}
            - {title: Số hộ, kind: number}
            - {title: Kinh phí, kind: amount}",
        "            - {title: Kinh phí, kind: amount}
            - {title: Thôn}
            - {title: Số hộ, kind: number}
            - {title: STT, width: 12mm}",
    )
    .replacen(
        VILLAGES,
        "            - [310000000, Thôn Đồng Tâm, 112, 1]
            - [290000000, Thôn Minh Thịnh, 96, 2]
            - [580000000, Thôn Làng Ngán, 143, 3]",
        1,
    );
    let out = common::render_str("bao-cao.yaml", &yaml);
    let run = |text: &str| run_on_page_of(&out, text, "Cộng các thôn");
    let label = run("Cộng các thôn");
    let amount = run("1.180.000.000");
    let households = run("351");
    // The first column's total is printed, on the row under the label,
    // in line with the number column's.
    assert!(label.bold && amount.bold && households.bold);
    assert_eq!(amount.page, label.page);
    assert!(amount.y > label.y + 5.0, "the figures under the label: {amount:?} {label:?}");
    assert!((amount.y - households.y).abs() < 0.5, "{amount:?} {households:?}");
    assert!(amount.x < households.x, "in column order");
}

#[test]
fn invisible_characters_are_refused_at_their_place() {
    // U+034F (combining grapheme joiner) doubled the text layer.
    let yaml = bao_cao("place: Ngọc Liên", "place: Ngọc Lie\u{34F}\u{300}n");
    let d = error_of(&yaml);
    let (line, col) = position(&yaml, "\u{34F}");
    assert_diag(
        &d,
        "control-character",
        "Văn bản chứa ký tự định dạng vô hình U+034F, không in ra được",
        "place",
        (line, col),
    );
    // Every default-ignorable code point is refused; Vietnamese letters and
    // combining marks are not.
    for c in ['\u{115F}', '\u{180B}', '\u{3164}', '\u{FE0F}', '\u{FFA0}', '\u{E0100}', '\u{2065}'] {
        let yaml = bao_cao("place: Ngọc Liên", &format!("place: Ngọc{c} Liên"));
        let d = error_of(&yaml);
        assert_eq!(d.code, "control-character", "U+{:04X}: {d}", c as u32);
    }
    let yaml = bao_cao("place: Ngọc Liên", "place: Ngo\u{323}c Lie\u{302}n");
    assert!(load::load_str("doc.yaml", &yaml).is_ok(), "decomposed Vietnamese is normalised, not refused");
}

#[test]
fn numbers_in_messages_are_shown_as_typed() {
    let yaml = bao_cao("number: null", "number: 99999999999999999999999");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "số 99999999999999999999999 nằm ngoài khoảng cho phép; cần một số nguyên từ 0 đến 4294967295",
        "number",
        position(&yaml, "99999999999999999999999"),
    );
    // Whole numbers that do not fit are out of range, said with the range.
    for (typed, range) in [("4294967297", "0 đến 4294967295"), ("-3", "0 đến 4294967295")] {
        let yaml = bao_cao("number: null", &format!("number: {typed}"));
        let d = error_of(&yaml);
        assert_diag(
            &d,
            "wrong-type",
            &format!("số {typed} nằm ngoài khoảng cho phép; cần một số nguyên từ {range}"),
            "number",
            after(&yaml, "number: "),
        );
    }
}

#[test]
fn a_document_type_that_is_a_number_is_named() {
    let yaml = bao_cao("type: bao-cao", "type: 5");
    let d = error_of(&yaml);
    let (line, col) = position(&yaml, "type: 5");
    assert_diag(&d, "unknown-type", "Không có loại văn bản `5`", "type", (line, col + 6));
}

#[test]
fn fixed_values_are_named_as_written_never_by_rust_type() {
    let yaml = sample("thong-bao-ngoc-lien-2026.yaml");
    let edit = |to: &str| {
        assert!(yaml.contains("numbering: a)"));
        yaml.replacen("numbering: a)", to, 1)
    };
    // A list where a numbering style goes.
    let bad = edit("numbering: [a)]");
    let d = error_of(&bad);
    assert_eq!(d.code, "wrong-type", "{d}");
    assert_eq!(
        d.message,
        "Cần một trong các giá trị `Phần`, `Chương`, `Mục`, `Tiểu mục`, `Điều`, `A.`, `I.`, `1.`, `1.1.`, `a)`, `(i)`, `-`, `+`, `none`, nhưng ở đây là một danh sách"
    );
    assert_eq!(d.line_col(), Some(position(&bad, "[a)]")));
    assert!(!d.to_string().contains("Numbering"), "{d}");
    // `1.` is YAML's float 1.0, but means the style `1.`.
    let good = edit("numbering: 1.");
    let loaded = load::load_str("doc.yaml", &good).unwrap();
    assert!(format!("{:?}", loaded.document).contains("Decimal"));
    // An index row that is neither a flag nor labels.
    let yaml = bao_cao("index_row: [A, B, \"1\", \"2\", \"3=2/1\"]", "index_row: 5");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "Cần `true`, `false` hoặc một danh sách nhãn, nhưng ở đây là số 5",
        "content[0].content[1].content[1].table.index_row",
        after(&yaml, "index_row: "),
    );
    // A number that is no style: the number as typed, with the choices.
    let bad = edit("numbering: 5");
    let d = error_of(&bad);
    assert_eq!(d.code, "unknown-value", "{d}");
    assert_eq!(d.message, "Không có giá trị `5`");
    let (line, col) = position(&bad, "numbering: 5");
    assert_eq!(d.line_col(), Some((line, col + 11)));
}

#[test]
fn out_of_range_and_empty_values_are_located_errors() {
    for year in ["0", "-5", "99999", "1944", "2101"] {
        let yaml = bao_cao("year: 2026", &format!("year: {year}"));
        let d = error_of(&yaml);
        assert_diag(
            &d,
            "year-range",
            &format!("Năm {year} nằm ngoài khoảng cho phép: năm của văn bản phải từ 1945 đến 2100"),
            "year",
            after(&yaml, "year: "),
        );
    }
    let yaml = bao_cao("number: null", "number: 0");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "number-range",
        "Số 0 không phải là số văn bản; số văn bản bắt đầu từ 1",
        "number",
        after(&yaml, "number: "),
    );
    let yaml = bao_cao("abbr: UBND", "abbr: \"\"");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "empty-value",
        "Trường `issuer.abbr` đang để trống",
        "issuer.abbr",
        after(&yaml, "abbr: "),
    );
    let yaml = bao_cao("  name: Phạm Xuân Khánh", "  name: \"  \"");
    let d = error_of(&yaml);
    let (line, col) = position(&yaml, "name: \"  \"");
    assert_diag(&d, "empty-value", "Trường `signer.name` đang để trống", "signer.name", (line, col + 6));

    let cong_van = sample("cong-van-ngoc-lien-2026.yaml");
    let yaml = cong_van.replacen("unit: VHXH", "unit: \"\"", 1);
    let d = error_of(&yaml);
    assert_diag(&d, "empty-value", "Trường `unit` đang để trống", "unit", after(&yaml, "unit: "));

    // Values printed on a line of their own: empty, they print broken
    // lines (`, ngày …`, a bare `1.`, `-;`).
    let thong_bao = sample("thong-bao-ngoc-lien-2026.yaml");
    let edits = [
        ("place: Ngọc Liên", "place: \"\"", "place", "place: "),
        ("name: [Ủy ban nhân dân, xã Ngọc Liên]", "name: [\"\", xã Ngọc Liên]", "issuer.name[0]", "name: ["),
        ("  - title: Đánh giá chung", "  - title: \" \"", "content[1].title", "  - title: "),
        ("  - Các thôn trên địa bàn xã", "  - \"\"", "recipients[1]", "  - \"\"\n"),
    ];
    for (from, to, path, at) in edits {
        assert!(thong_bao.contains(from), "{from}");
        let yaml = thong_bao.replacen(from, to, 1);
        let d = error_of(&yaml);
        let at = if at.ends_with('\n') { position(&yaml, at.trim_end()) } else { after(&yaml, at) };
        let at = if path.starts_with("recipients") { (at.0, at.1 + 4) } else { at };
        assert_diag(&d, "empty-value", &format!("Trường `{path}` đang để trống"), path, at);
    }

    // `unit` on a type whose ký hiệu has no drafting unit.
    let yaml = bao_cao("number: null", "number: null\nunit: VHXH");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "unit-unused",
        "Ký hiệu của Báo cáo không có đơn vị soạn thảo (`BC-UBND`); chỉ ký hiệu công văn mới có (`UBND-VHXH`)",
        "unit",
        after(&yaml, "unit: "),
    );
}

#[test]
fn an_empty_paragraph_is_refused_and_each_empty_value_cites_its_own_clause() {
    let cong_van = sample("cong-van-ngoc-lien-2026.yaml");
    // A paragraph of `content`, at the top and inside a section: empty or
    // blank, it would print an empty paragraph.
    for (from, to, path) in [
        ("content:\n  - >-\n", "content:\n  - \"\"\n  - >-\n", "content[0]"),
        ("content:\n  - >-\n", "content:\n  - \"  \"\n  - >-\n", "content[0]"),
    ] {
        assert!(cong_van.contains(from), "{from}");
        let yaml = cong_van.replacen(from, to, 1);
        let d = error_of(&yaml);
        let (line, col) = position(&yaml, "  - \"");
        assert_diag(&d, "empty-value", &format!("Trường `{path}` đang để trống"), path, (line, col + 4));
        assert_eq!(d.hint.as_deref(), Some("Viết nội dung đoạn này, hoặc xóa dòng `- \"\"`"));
        assert_eq!(d.clause.as_deref(), Some("NĐ30 Phụ lục I, mục II.6 (nội dung văn bản)"));
    }
    let thong_bao = sample("thong-bao-ngoc-lien-2026.yaml");
    let at = thong_bao.find("  - title: Đánh giá chung").unwrap();
    let content = at + thong_bao[at..].find("    content:\n").unwrap() + "    content:\n".len();
    let yaml = format!("{}      - \"\"\n{}", &thong_bao[..content], &thong_bao[content..]);
    let d = error_of(&yaml);
    assert_eq!(d.path.as_deref(), Some("content[1].content[0]"), "{d}");
    assert_eq!(d.message, "Trường `content[1].content[0]` đang để trống");

    // Kính gửi: its own provision, not the ký hiệu's and signer's.
    let yaml = cong_van.replacen("  - Phòng Kinh tế\n", "  - \"\"\n", 1);
    let d = error_of(&yaml);
    assert_eq!(d.message, "Trường `to[1]` đang để trống");
    assert_eq!(d.clause.as_deref(), Some("NĐ30 Phụ lục I, mục II.9.b (Kính gửi)"));
    for (from, to, clause) in [
        ("unit: VHXH", "unit: \"\"", "NĐ30 Phụ lục I, mục II.3 (ký hiệu)"),
        ("  name: Phạm Xuân Khánh", "  name: \"\"", "NĐ30 Phụ lục I, mục II.7 (họ tên người ký)"),
        ("place: Ngọc Liên", "place: \"\"", "NĐ30 Phụ lục I, mục II.4 (địa danh)"),
    ] {
        assert!(cong_van.contains(from), "{from}");
        let d = error_of(&cong_van.replacen(from, to, 1));
        assert_eq!(d.clause.as_deref(), Some(clause), "{d}");
    }
    // Said so in the run's output.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    for image in std::fs::read_dir(common::root().join("data/images")).unwrap() {
        let image = image.unwrap().path();
        std::fs::copy(&image, dir.path().join("images").join(image.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("cv.yaml"), cong_van.replacen("  - Phòng Kinh tế\n", "  - \"\"\n", 1))
        .unwrap();
    let out = common::vanban(dir.path(), &["check", "cv.yaml"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("= quy định: NĐ30 Phụ lục I, mục II.9.b (Kính gửi)\n"), "{said}");
    assert!(!said.contains("họ tên người ký"), "{said}");

    // A form's `field: ""` is a line left blank on purpose: still accepted.
    let quy_che = sample("quy-che-lam-viec-ngoc-lien-2026.yaml");
    assert!(quy_che.contains("- field: \"\""));
    let loaded = load::load_str("qc.yaml", &quy_che).unwrap_or_else(|e| panic!("{e}"));
    let ctx = vanban::lint::LintContext { today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() };
    let empty: Vec<_> =
        vanban::lint::lint(&loaded, &ctx).into_iter().filter(|d| d.code == "empty-value").collect();
    assert!(empty.is_empty(), "{empty:?}");
}

#[test]
fn a_date_far_from_the_year_is_warned() {
    let lint = |yaml: &str| {
        let loaded = load::load_str("doc.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
        let ctx = vanban::lint::LintContext { today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() };
        vanban::lint::lint(&loaded, &ctx).into_iter().filter(|d| d.code == "date-year").collect::<Vec<_>>()
    };
    let thong_bao = sample("thong-bao-ngoc-lien-2026.yaml");
    assert!(thong_bao.contains("date: null"));
    for (date, message) in [
        (
            "1900-01-01",
            "Ngày của văn bản thuộc năm 1900, trước năm 1945; không có văn bản nhà nước nào mang ngày đó",
        ),
        ("2016-05-04", "Ngày của văn bản thuộc năm 2016, cách năm 2026 của văn bản 10 năm"),
    ] {
        let yaml = thong_bao.replacen("date: null", &format!("date: {date}"), 1);
        let found = lint(&yaml);
        assert_eq!(found.len(), 1, "{date}: {found:?}");
        assert_eq!(found[0].message, message);
        assert_eq!(found[0].path.as_deref(), Some("date"));
        assert_eq!(found[0].line_col(), Some(after(&yaml, "date: ")));
        assert!(!found[0].is_error(), "a warning");
    }
    // The year before or after is usual (a plan signed in December).
    for date in ["2025-12-20", "2026-04-22", "2027-01-05"] {
        let yaml = thong_bao.replacen("date: null", &format!("date: {date}"), 1);
        assert_eq!(lint(&yaml), [], "{date}");
    }
}

#[test]
fn a_person_written_with_ong_or_ba_is_warned() {
    // Probe of #18: `person: Bà Nguyễn Thị Lan` printed `Ông (bà) Bà Nguyễn Thị Lan`.
    let sample = sample("giay-gioi-thieu-ngoc-lien-2026.yaml");
    let lint = |yaml: &str| {
        let loaded = load::load_str("ggt.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
        let ctx = vanban::lint::LintContext::default();
        vanban::lint::lint(&loaded, &ctx).into_iter().filter(|d| d.code == "person-title").collect::<Vec<_>>()
    };
    assert_eq!(lint(&sample), []);
    for (written, name) in [
        ("Bà Hà Thị Mai", "Hà Thị Mai"),
        ("ông Lê Văn Tám", "Lê Văn Tám"),
        ("Đồng chí Hà Thị Mai", "Hà Thị Mai"),
    ] {
        let yaml = sample.replacen("person: Hà Thị Mai", &format!("person: {written}"), 1);
        let found = lint(&yaml);
        assert_eq!(found.len(), 1, "{written}");
        assert_eq!(
            found[0].message,
            format!("`{written}` sẽ in thành `Ông (bà) {written}`: mẫu đã in sẵn `Ông (bà)`")
        );
        assert_eq!(found[0].hint.as_deref(), Some(format!("Chỉ ghi họ tên: `person: {name}`").as_str()));
        assert_eq!(found[0].path.as_deref(), Some("person"));
    }
    // A name that merely starts like one is not a title.
    assert_eq!(lint(&sample.replacen("person: Hà Thị Mai", "person: Bàng Thị Mai", 1)), []);
}
