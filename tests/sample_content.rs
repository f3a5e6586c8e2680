//! The Ngọc Liên sample renders every sentence of the seed plan, in order,
//! as text a PDF reader extracts (pdftotext).

mod common;

use std::sync::OnceLock;

use common::{normalize, pdftotext, pdftotext_body};

fn rendered_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let out = common::render_str("ngoc-lien-2026.yaml", &common::sample_text());
        normalize(&pdftotext_body(&out.pdf))
    })
}

/// Lines of the seed that are extraction artefacts of its PDF, not content.
const ARTEFACTS: &[&str] = &[
    "số; chăm sóc sức khỏe, giảm tử vong bà mẹ, trẻ em; tuyên truyền vận động, truyền thông thay đổi hành vi về chăm sóc sức khỏe, dinh dưỡng bà mẹ - trẻ em;",
];

/// Where the data deliberately differs from the seed: the citations the
/// seed gets wrong are cited once, by id, and lists are punctuated by rule.
/// Each entry: (lines starting with, seed text, rendered text).
const CORRECTIONS: &[(&str, &str, &str)] = &[
    // One Công văn, two ký hiệu and a capital G in the seed.
    ("", "455/SĐTTG-KHTH", "455/SDTTG-KHTH"),
    ("", "Tôn Giáo Thanh Hóa", "Tôn giáo Thanh Hóa"),
    // Solution 5 cites the Công văn with the căn cứ's own words.
    ("5. Tập trung", "giai đoạn 2021 - 2025", "giai đoạn 2021-2025."),
    // Căn cứ wording generated from the citation.
    ("Căn cứ các Nghị quyết", "Căn cứ các Nghị quyết số 661", "Căn cứ Nghị quyết số 661"),
    ("Căn cứ Kế hoạch", "Căn cứ Kế hoạch 281/KH-UBND", "Căn cứ Kế hoạch số 281/KH-UBND"),
    // Căn cứ punctuation: `;` on every line, `.` on the last (NĐ30).
    ("Căn cứ Quyết định số 2624", "đến năm 2025.", "đến năm 2025;"),
    ("Căn cứ Quyết định số 252", "năm 2025;", "năm 2025."),
];

/// Labels the seed writes both with and without a colon (`c) Phân công thực
/// hiện:` and `c) Phân công thực hiện`); the plan prints them one way, with.
const LABELS_WITH_COLON: &[&str] =
    &["a) Nội dung thực hiện", "b) Kinh phí thực hiện", "c) Phân công thực hiện"];

/// The seed's lines as plain text: markdown marks of the extraction removed.
fn seed_lines() -> Vec<String> {
    let seed =
        std::fs::read_to_string(common::root().join("tests/fixtures/ke-hoach-ngoc-lien-2026.txt")).unwrap();
    seed.lines()
        .map(|l| l.trim_start_matches('#').replace('*', ""))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .filter(|l| !ARTEFACTS.contains(&l.as_str()))
        .map(|l| if LABELS_WITH_COLON.contains(&l.as_str()) { format!("{l}:") } else { l })
        .map(|mut l| {
            for (prefix, from, to) in CORRECTIONS {
                if l.starts_with(prefix) {
                    l = l.replace(from, to);
                }
            }
            l
        })
        .collect()
}

#[test]
fn every_seed_line_appears_in_order() {
    let text = rendered_text();
    let lines = seed_lines();
    let closing = lines.iter().position(|l| l.starts_with("Trên đây là Kế hoạch")).unwrap();
    let mut at = 0;
    let mut missing = Vec::new();
    // Everything up to the closing paragraph is one reading order.
    for line in &lines[..=closing] {
        let wanted = normalize(line);
        match text[at..].find(&wanted) {
            Some(i) => at += i + wanted.len(),
            None => missing.push(wanted),
        }
    }
    assert!(
        missing.is_empty(),
        "{} seed lines missing or out of order:\n{}",
        missing.len(),
        missing.join("\n")
    );
    assert!(text[..at].ends_with("theo quy định./."), "the content ends with ./.");
}

#[test]
fn recipients_and_signer_follow_the_content() {
    let text = rendered_text();
    let lines = seed_lines();
    let closing = lines.iter().position(|l| l.starts_with("Trên đây là Kế hoạch")).unwrap();
    let after = &text[text.find("theo quy định./.").unwrap()..];
    let tail = &lines[closing + 1..];
    // Nơi nhận and the signer sit side by side: each column in its own order.
    let (noi_nhan, signer): (Vec<&String>, Vec<&String>) =
        tail.iter().partition(|l| l.starts_with('-') || l.starts_with("Nơi nhận"));
    for column in [noi_nhan, signer] {
        let mut at = 0;
        for line in column {
            let wanted = normalize(line);
            let i =
                after[at..].find(&wanted).unwrap_or_else(|| panic!("`{wanted}` missing after the content"));
            at += i + wanted.len();
        }
    }
}

#[test]
fn the_seed_formulaic_sentences_are_generated_exactly() {
    // These come from `assignment:` fields, not from text in the YAML.
    let yaml = common::sample_text();
    for sentence in [
        "chủ trì, phối hợp với các đơn vị có liên quan tổ chức triển khai thực hiện theo quy định của pháp luật có liên quan và hướng dẫn của Sở Văn hóa, Thể thao và Du lịch; kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch, Sở Dân tộc và Tôn giáo theo quy định.",
        "Văn phòng HĐND và UBND chủ trì xây dựng kế hoạch, phối hợp với các đơn vị có liên quan tổ chức triển khai thực hiện nội dung số 3 thuộc tiểu dự 1, dự án 10 theo quy định của pháp luật có liên quan và hướng dẫn của cấp có thẩm quyền; kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về Sở Dân tộc và Tôn giáo theo quy định.",
        "Vốn ngân sách Trung ương theo Nghị quyết số 661/NQ-HĐND ngày 21/7/2025 của HĐND tỉnh và Quyết định số 2624/QĐ-UBND ngày 31/7/2025 của UBND tỉnh.",
    ] {
        assert!(!yaml.contains(sentence), "the sentence should be generated, not written in the YAML");
        assert!(rendered_text().contains(&normalize(sentence)), "missing: {sentence}");
    }
    // Kinh phí is printed for the five dự án and tiểu dự án that have it.
    assert_eq!(
        rendered_text()
            .matches("Kinh phí thực hiện: Vốn ngân sách Trung ương theo Nghị quyết số 661")
            .count(),
        5
    );
}

#[test]
fn the_year_comes_from_one_field() {
    let out = common::render_sample_with(|y| y.replace("year: 2026", "year: 2027"));
    let text = normalize(&pdftotext(&out.pdf));
    assert!(text.contains("năm 2027 trên địa bàn xã Ngọc Liên"), "title and text follow `year`");
    assert!(text.contains("phương án phân bổ vốn năm 2027"));
    assert!(text.contains("ngày tháng năm 2027"), "the date line carries the year");
    // Cited documents keep their own dates.
    assert!(text.contains("Quyết định số 252/QĐ-UBND ngày 06/3/2026"));
}
