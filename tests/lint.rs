//! Each lint rule fires on a document crafted to break it, at the right
//! field, and stays silent on a clean document.

mod common;

use chrono::NaiveDate;
use vanban::diagnostic::{Diagnostic, Severity};
use vanban::lint::{LintContext, RULES, lint};
use vanban::load;

fn ctx() -> LintContext {
    LintContext { today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() }
}

/// The sample with its căn cứ in the right order: nothing to report.
fn clean() -> String {
    let text = common::sample_text();
    let kh_start = text.find("  - id: kh281").unwrap();
    let kh_end = text.find("  - id: cv455").unwrap();
    let kh = text[kh_start..kh_end].to_string();
    let without = format!("{}{}", &text[..kh_start], &text[kh_end..]);
    let qd = without.find("  - id: qd2624").unwrap();
    format!("{}{}{}", &without[..qd], kh, &without[qd..])
}

fn lints(yaml: &str) -> Vec<Diagnostic> {
    let loaded = load::load_str("plan.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
    lint(&loaded, &ctx())
}

/// The diagnostics of one rule.
fn of(rule: &str, yaml: &str) -> Vec<Diagnostic> {
    lints(yaml).into_iter().filter(|d| d.code == rule).collect()
}

fn edit(yaml: &str, from: &str, to: &str) -> String {
    assert!(yaml.contains(from), "{from:?} not found");
    yaml.replacen(from, to, 1)
}

#[test]
fn a_clean_plan_has_nothing_to_report() {
    let found = lints(&clean());
    assert!(found.is_empty(), "{}", found.iter().map(|d| d.to_string()).collect::<String>());
}

#[test]
fn a_unit_that_cannot_be_a_ky_hieu_is_named_with_its_abbreviation() {
    let path = common::root().join("data/cong-van-ngoc-lien-2026.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let yaml = edit(&text, "unit: VHXH", "unit: Văn phòng");
    let loaded = load::load_str(&path.display().to_string(), &yaml).unwrap();
    let found: Vec<Diagnostic> =
        lint(&loaded, &ctx()).into_iter().filter(|d| d.code == "ky-hieu-part").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(
        found[0].message,
        "`Văn phòng` không thể là một phần của ký hiệu: ký hiệu viết bằng chữ in hoa, không có dấu cách"
    );
    assert_eq!(found[0].hint.as_deref(), Some("Ghi chữ viết tắt, ví dụ `unit: VP`"));
    assert_eq!(found[0].path.as_deref(), Some("unit"));
    // The body's abbreviation too; `SGDĐT` and the sample's are abbreviations.
    let found = of("ky-hieu-part", &edit(&clean(), "abbr: UBND", "abbr: Ủy ban"));
    assert_eq!(found[0].hint.as_deref(), Some("Ghi chữ viết tắt, ví dụ `abbr: UB`"));
    assert!(of("ky-hieu-part", &edit(&clean(), "abbr: UBND", "abbr: SGDĐT")).is_empty());
    // The second body of a liên tịch document: its abbreviation is in the ký hiệu too.
    let path = common::root().join("data/ke-hoach-lien-tich-ngoc-lien-2026.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let loaded =
        load::load_str(&path.display().to_string(), &edit(&text, "abbr: MTTQ", "abbr: MT-TQ/x y")).unwrap();
    let found: Vec<Diagnostic> =
        lint(&loaded, &ctx()).into_iter().filter(|d| d.code == "ky-hieu-part").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path.as_deref(), Some("joint.issuer.abbr"));
    assert_eq!(
        found[0].message,
        "`MT-TQ/x y` không thể là một phần của ký hiệu: ký hiệu viết bằng chữ in hoa, không có dấu cách"
    );
}

#[test]
fn nhu_tren_and_luu_typed_into_recipients_are_warned_and_printed_once() {
    let path = common::root().join("data/cong-van-ngoc-lien-2026.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let yaml = edit(&text, "recipients: []", "recipients:\n  - Như trên\n  - Sở Y tế\n  - \"Lưu: VT, VP.\"");
    let loaded = load::load_str(&path.display().to_string(), &yaml).unwrap();
    let found: Vec<(String, Option<String>, Option<String>)> = lint(&loaded, &ctx())
        .into_iter()
        .filter(|d| d.code == "recipients-written-by-vanban")
        .map(|d| (d.message, d.hint, d.path))
        .collect();
    assert_eq!(
        found,
        [
            (
                "Với văn bản này, vanban tự ghi `Như trên` ở đầu nơi nhận; gõ ở đây, dòng này chỉ được in một lần"
                    .to_string(),
                Some("Xóa dòng này".to_string()),
                Some("recipients[0]".to_string())
            ),
            (
                "Dòng `Lưu: VT, VP` do vanban tự viết từ `archive:`; gõ ở đây, dòng này sẽ bị bỏ qua".to_string(),
                Some("Xóa dòng này; ghi `archive: [VT, VP]`".to_string()),
                Some("recipients[2]".to_string())
            ),
        ]
    );
    let lines = vanban::template::recipient_lines(
        loaded.document.recipients(),
        loaded.document.archive(),
        loaded.document.noi_nhan_lead().as_deref(),
    );
    assert_eq!(lines, ["- Như trên;", "- Sở Y tế;", "- Lưu: VT, VHXH."]);
}

#[test]
fn every_rule_has_an_id_severity_and_clause() {
    // The summary and the clause are in both catalogues: a missing message
    // would come back as its id.
    for lang in vanban::i18n::Lang::ALL {
        vanban::i18n::with_lang(lang, || {
            for r in RULES {
                let (summary, clause) = (r.summary(), r.clause());
                assert!(!r.id.is_empty(), "{lang:?}");
                assert!(!summary.is_empty() && !summary.ends_with("-summary"), "{}: {summary}", r.id);
                assert!(!clause.is_empty() && !clause.ends_with(".rule"), "{}: {clause}", r.id);
            }
        });
    }
    let ids: std::collections::HashSet<_> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), RULES.len(), "unique ids");
}

#[test]
fn the_seed_cites_one_cong_van_with_two_ky_hieu() {
    let yaml = std::fs::read_to_string(common::root().join("tests/fixtures/seed-literal.yaml")).unwrap();
    let found = of("citation-inconsistent", &yaml);
    assert_eq!(found.len(), 1);
    let d = &found[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        d.message,
        "Công văn số 455 ở đây được dẫn là `455/SDTTG-KHTH`, nhưng ở `bases[5].text` là `455/SĐTTG-KHTH`"
    );
    assert_eq!(d.path.as_deref(), Some("solutions[4]"));
    let (line, col) = d.line_col().unwrap();
    assert_eq!(
        yaml.lines().nth(line - 1).unwrap().chars().skip(col - 1).take(14).collect::<String>(),
        "Công văn số 45"
    );
    assert_eq!(d.clause.as_deref(), Some("NĐ30 Phụ lục I, mục II.6"));
}

#[test]
fn the_seed_cites_a_ke_hoach_without_so() {
    let yaml = std::fs::read_to_string(common::root().join("tests/fixtures/seed-literal.yaml")).unwrap();
    let found = of("citation-without-so", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "`Kế hoạch 281/KH-UBND` được dẫn thiếu chữ `số`");
    assert_eq!(found[0].hint.as_deref(), Some("Ghi `Kế hoạch số 281/KH-UBND`"));
    assert_eq!(found[0].path.as_deref(), Some("bases[4].text"));
}

/// Findings are Vietnamese by default and English when the run is: the
/// message, its hint and its clause, in-process and from the binary.
#[test]
fn findings_speak_vietnamese_by_default_and_english_on_request() {
    use vanban::i18n::{Lang, with_lang};
    let yaml = std::fs::read_to_string(common::root().join("tests/fixtures/seed-literal.yaml")).unwrap();
    let en = with_lang(Lang::En, || of("citation-without-so", &yaml));
    assert_eq!(en[0].message, "`Kế hoạch 281/KH-UBND` is cited without `số`");
    assert_eq!(en[0].hint.as_deref(), Some("write `Kế hoạch số 281/KH-UBND`"));
    let order = |lang| with_lang(lang, || of("bases-order", &common::sample_text()));
    let (vi, en) = (order(Lang::Vi), order(Lang::En));
    assert_eq!(vi[0].message, "Căn cứ này được ban hành sớm hơn căn cứ ngay trên nó (bases[3])");
    assert_eq!(en[0].message, "this căn cứ is older than the one before it (bases[3])");
    assert_eq!(
        vi[0].clause.as_deref(),
        Some("thông lệ: căn cứ xếp từ văn bản có hiệu lực pháp lý cao xuống, văn bản cũ trước")
    );
    assert_eq!(
        en[0].clause.as_deref(),
        Some("convention: căn cứ from the highest legal force down, older first")
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), common::sample_text()).unwrap();
    let out = common::vanban(dir.path(), &["check", "plan.yaml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "cảnh báo[bases-order]: Căn cứ này được ban hành sớm hơn căn cứ ngay trên nó (bases[3])"
        ),
        "{err}"
    );
    assert!(err.contains("= quy định: thông lệ: căn cứ xếp từ văn bản"), "{err}");
    let out = common::vanban_env(dir.path(), &["check", "plan.yaml"], &[("LANG", "en_US.UTF-8")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning[bases-order]: this căn cứ is older than the one before it (bases[3])"),
        "{err}"
    );
    assert!(err.contains("= hint: order căn cứ by legal force"), "{err}");
}

#[test]
fn one_document_with_two_dates() {
    let yaml = edit(
        &clean(),
        "Tăng cường công tác tuyên truyền, phổ biến",
        "Theo Quyết định số 920/QĐ-TTg ngày 15/5/2025, tăng cường công tác tuyên truyền, phổ biến",
    );
    let found = of("citation-inconsistent", &yaml);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "Quyết định số 920/QĐ-TTg ở đây đề ngày 15/5/2025, nhưng ở `bases[0].group[1].number` là 14/5/2025"
    );
    assert_eq!(found[0].path.as_deref(), Some("solutions[2]"));
}

#[test]
fn ky_hieu_of_another_type() {
    let yaml = edit(&clean(), "  - id: qd2624\n    kind: Quyết định", "  - id: qd2624\n    kind: Kế hoạch");
    let found = of("ky-hieu-type", &yaml);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "Ký hiệu `2624/QĐ-UBND` là ký hiệu của Quyết định, nhưng văn bản được dẫn là Kế hoạch"
    );
    assert_eq!(found[0].path.as_deref(), Some("bases[4].number"));
}

#[test]
fn bases_out_of_order() {
    // The sample keeps the seed's order, where the 2021 Kế hoạch follows a 2025 Quyết định.
    let found = of("bases-order", &common::sample_text());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Căn cứ này được ban hành sớm hơn căn cứ ngay trên nó (bases[3])");
    assert_eq!(found[0].path.as_deref(), Some("bases[4]"));
    // A Thông báo of Ủy ban Dân tộc before a Quyết định of the Thủ tướng.
    let text = clean();
    let tb = text.find("  - id: tb274").unwrap();
    let nq = text.find("  - id: nq661").unwrap();
    let moved = format!(
        "{}{}{}{}",
        &text[..text.find("  - group:").unwrap()],
        &text[tb..nq],
        &text[text.find("  - group:").unwrap()..tb],
        &text[nq..]
    );
    let found = of("bases-order", &moved);
    assert_eq!(found[0].message, "Căn cứ này có hiệu lực pháp lý cao hơn căn cứ ngay trên nó (bases[0])");
}

#[test]
fn citing_a_document_issued_later() {
    let yaml = edit(&clean(), "date: null", "date: 2026-03-01");
    let found = of("cites-later-document", &yaml);
    let messages: Vec<_> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Công văn số 455/SDTTG-KHTH đề ngày 14/4/2026, sau ngày của văn bản này (01/3/2026)",
            "Quyết định số 252/QĐ-UBND đề ngày 06/3/2026, sau ngày của văn bản này (01/3/2026)"
        ]
    );
    assert!(found.iter().all(|d| d.severity == Severity::Error));
    assert!(of("cites-later-document", &clean()).is_empty());
}

#[test]
fn dates_in_the_future() {
    let yaml = edit(&clean(), "date: null", "date: 2027-01-05");
    let found = of("date-in-future", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Văn bản đề ngày 05/01/2027, sau ngày hôm nay");
    assert_eq!(found[0].path.as_deref(), Some("date"));
    let yaml = edit(&clean(), "date: 2026-04-14", "date: 2026-12-14");
    let found = of("date-in-future", &yaml);
    assert_eq!(found[0].message, "Công văn số 455/SDTTG-KHTH đề ngày 14/12/2026, sau ngày hôm nay");
}

#[test]
fn a_replaced_basis() {
    let yaml = edit(
        &clean(),
        "    issuer: Ủy ban Dân tộc\n",
        "    issuer: Ủy ban Dân tộc\n    replaced_by: Thông báo số 12/TB-BDTTG\n",
    );
    let found = of("replaced-basis", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Thông báo 274/TB-UBDT đã được thay thế bằng Thông báo số 12/TB-BDTTG");
    assert_eq!(found[0].path.as_deref(), Some("bases[1].replaced_by"));
}

#[test]
fn a_title_with_another_year() {
    let yaml = edit(&clean(), "miền núi, năm {{ year }} trên địa bàn", "miền núi, năm 2025 trên địa bàn");
    let found = of("title-year", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Trích yếu ghi năm 2025, nhưng `year` của văn bản là 2026");
}

#[test]
fn a_chuong_trinh_is_about_its_year_and_a_chi_thi_may_look_ahead() {
    let yaml = std::fs::read_to_string(common::root().join("data/chi-thi-ngoc-lien-2026.yaml")).unwrap();
    let yaml = edit(&yaml, "mùa khô năm {{ year }}", "mùa khô năm 2027");
    assert!(of("title-year", &yaml).is_empty(), "a chỉ thị may be about next year");
    let yaml = edit(&yaml, "type: chi-thi", "type: chuong-trinh");
    let found = of("title-year", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Trích yếu ghi năm 2027, nhưng `year` của văn bản là 2026");
    assert_eq!(found[0].path.as_deref(), Some("title"));
}

#[test]
fn a_signer_with_an_academic_title() {
    let yaml = edit(&clean(), "name: Phạm Xuân Khánh", "name: TS. Phạm Xuân Khánh");
    let found = of("signer-academic-title", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].message, "Trước họ tên người ký có ghi `TS.`");
}

#[test]
fn a_signer_title_in_other_forms() {
    for (name, prefix) in [("Ths. Phạm Xuân Khánh", "Ths."), ("Tiến sĩ Phạm Xuân Khánh", "Tiến sĩ")]
    {
        let yaml = edit(&clean(), "name: Phạm Xuân Khánh", &format!("name: {name}"));
        let found = of("signer-academic-title", &yaml);
        assert_eq!(found.len(), 1, "{name}");
        assert_eq!(found[0].message, format!("Trước họ tên người ký có ghi `{prefix}`"));
    }
}

#[test]
fn a_day_of_the_week_that_is_not_the_dates() {
    let yaml = edit(
        &clean(),
        "closing: >-\n",
        "closing: >-\n  Hội nghị sơ kết họp vào thứ Hai, ngày 22 tháng 6 năm {{ year }} (thứ Hai đúng).\n",
    );
    let found = of("weekday-mismatch", &yaml);
    assert!(found.is_empty(), "22/6/2026 is a Monday");
    let yaml = yaml.replace("thứ Hai, ngày 22", "thứ Ba, ngày 22");
    let found = of("weekday-mismatch", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].message, "Ngày 22/6/2026 là thứ Hai, không phải thứ Ba");
    assert_eq!(found[0].path.as_deref(), Some("closing"));
    let line = yaml[..yaml.find("thứ Ba").unwrap()].matches('\n').count() + 1;
    assert_eq!(found[0].line_col().map(|(l, _)| l), Some(line));
}

#[test]
fn noi_nhan_without_van_thu() {
    let yaml = edit(&clean(), "archive: [VT]", "archive: [VHXH]");
    let found = of("archive-without-vt", &yaml);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path.as_deref(), Some("archive"));
}

#[test]
fn check_prints_json_for_machines() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = common::root().join("tests/fixtures/seed-literal.yaml");
    let out = common::vanban(dir.path(), &["check", "--format", "json", fixture.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "an error-level finding fails the check");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = json[0]["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = diags.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["citation-inconsistent", "citation-without-so"]);
    assert_eq!(diags[1]["line"], 24);
    assert_eq!(diags[1]["severity"], "warning");
    // The clean plan passes.
    std::fs::write(dir.path().join("clean.yaml"), clean()).unwrap();
    let out = common::vanban(dir.path(), &["check", "clean.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A Kế hoạch of a Sở of Thành phố Hồ Chí Minh citing a decision of the
/// city's UBND, then one of the Sở.
const SO_PLAN: &str = r#"type: ke-hoach
issuer:
  parent: Ủy ban nhân dân Thành phố Hồ Chí Minh
  name: Sở Giáo dục và Đào tạo
  abbr: SGDĐT
number: 12
place: Thành phố Hồ Chí Minh
date: 2026-11-20
year: 2027
title: Tổ chức Hội thi năm {{ year }}
bases:
  - id: qd1
    kind: Quyết định
    number: 3456/QĐ-UBND
    date: 2026-08-15
    issuer: Ủy ban nhân dân Thành phố Hồ Chí Minh
    subject: về việc phê duyệt Kế hoạch thời gian năm học
  - id: kh1
    kind: Quyết định
    number: 1234/QĐ-SGDĐT
    date: 2026-11-18
    issuer: Sở Giáo dục và Đào tạo
    subject: về tổ chức Hội thi năm 2026
preamble: Sở ban hành Kế hoạch như sau
purposes: ["- Mục đích."]
requirements: ["- Yêu cầu."]
objectives: [Mục tiêu.]
projects: []
solutions: [Giải pháp.]
organization: [{unit: Phòng Tổ chức cán bộ, duties: ["- Chủ trì."]}]
recipients: [Các trường THPT]
archive: [VT]
signer: {authority: [KT. Giám đốc], title: Phó Giám đốc, name: Nguyễn Văn A}
"#;

#[test]
fn a_centrally_run_city_ranks_as_a_province() {
    assert_eq!(of("bases-order", SO_PLAN), [], "UBND of Thành phố Hồ Chí Minh above a Sở");
    let city = "issuer: Ủy ban nhân dân Thành phố Hồ Chí Minh";
    for issuer in [
        "UBND Thành phố Hồ Chí Minh",
        "UBND TP. Hà Nội",
        "Ủy ban nhân dân thành phố Huế",
        "Uỷ ban nhân dân Thành phố Đà Nẵng",
        "UBND thành phố Cần Thơ",
        "Hội đồng nhân dân Thành phố Hải Phòng",
    ] {
        let yaml = edit(SO_PLAN, city, &format!("issuer: {issuer}"));
        assert_eq!(of("bases-order", &yaml), [], "{issuer}");
    }
    // A city inside a province ranks as a district-level UBND, below a Sở.
    let yaml = edit(SO_PLAN, city, "issuer: Ủy ban nhân dân thành phố Thủ Dầu Một");
    let found = of("bases-order", &yaml);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].message, "Căn cứ này có hiệu lực pháp lý cao hơn căn cứ ngay trên nó (bases[0])");
}

#[test]
fn a_cited_number_holding_a_space_is_consistent_with_its_own_citation() {
    let sample = std::fs::read_to_string(common::root().join("data/thong-bao-ngoc-lien-2026.yaml")).unwrap();
    let with_reference = edit(
        &sample,
        "year: 2026\n",
        "year: 2026\nreferences:\n  - {id: tt05, kind: Thông tư, number: \"05/2025/TT- BDTTG\", date: 2025-03-01, issuer: Bộ Dân tộc và Tôn giáo}\n",
    );
    let yaml = edit(
        &with_reference,
        "content:\n",
        "content:\n  - \"Thực hiện {{ cite('tt05') }}, {{ cite_full('tt05') }} và {{ cite_short('tt05') }}.\"\n",
    );
    assert_eq!(of("citation-inconsistent", &yaml), []);
    // Typed by hand in full, it is the same document.
    let typed =
        edit(&with_reference, "content:\n", "content:\n  - Thực hiện Thông tư số 05/2025/TT- BDTTG.\n");
    assert_eq!(of("citation-inconsistent", &typed), []);
    // Another ký hiệu for the same number is still found.
    let other = edit(&with_reference, "content:\n", "content:\n  - Thực hiện Thông tư số 05/2025/TT-BNV.\n");
    let found = of("citation-inconsistent", &other);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "Thông tư số 05 ở đây được dẫn là `05/2025/TT-BNV`, nhưng ở `references[0].number` là `05/2025/TT- BDTTG`"
    );
}

/// A text that sends the reader to a phụ lục "kèm theo" must have one
/// (probe 8: a quyết định approving a list "chi tiết tại Phụ lục kèm theo"
/// without it passed `check` without a word); another document's phụ lục
/// (`kèm theo Quyết định số …`) is not this one's.
#[test]
fn a_phu_luc_referred_to_but_missing_is_a_warning_at_its_sentence() {
    let closing = "  đoàn thể tổ chức thực hiện theo quy định.";
    let yaml = edit(
        &clean(),
        closing,
        "  đoàn thể tổ chức thực hiện theo quy định (chi tiết tại Phụ lục kèm theo).",
    );
    let found = of("appendix-missing", &yaml);
    assert_eq!(found.len(), 1, "{found:?}");
    let d = &found[0];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.path.as_deref(), Some("closing"));
    assert_eq!(d.message, "Nội dung nhắc đến phụ lục kèm theo, nhưng văn bản không có phụ lục nào");
    assert_eq!(
        d.hint.as_deref(),
        Some("Thêm phụ lục vào `appendices:`, hoặc sửa câu nhắc đến phụ lục nếu văn bản không kèm phụ lục")
    );
    // This document's too, however it is worded (probe 9's wordings).
    for wording in [
        "Phụ lục II kèm theo Kế hoạch này",
        "Phụ lục ban hành kèm theo Kế hoạch này",
        "Phụ lục số 02 ban hành kèm theo Kế hoạch này",
        "các Phụ lục I, II và III kèm theo",
        "Phụ lục I đính kèm",
        "Phụ lục I (kèm theo)",
        "Phụ\u{a0}lục\u{a0}kèm theo",
    ] {
        let yaml = edit(&clean(), closing, &format!("  đoàn thể tổ chức thực hiện theo {wording}."));
        assert_eq!(of("appendix-missing", &yaml).len(), 1, "{wording}");
    }
    // Another document's, with its số.
    for wording in [
        "Phụ lục I kèm theo Nghị định số 30/2020/NĐ-CP",
        "Phụ lục ban hành kèm theo Thông tư số 01/2011/TT-BNV",
    ] {
        let yaml = edit(&clean(), closing, &format!("  đoàn thể tổ chức thực hiện theo {wording}."));
        assert!(of("appendix-missing", &yaml).is_empty(), "{wording}");
    }
    // Another document's phụ lục, cited with its số: nothing to report.
    let yaml = edit(
        &clean(),
        closing,
        "  đoàn thể tổ chức thực hiện theo Phụ lục kèm theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh.",
    );
    assert!(of("appendix-missing", &yaml).is_empty());
    // With the phụ lục: nothing to report.
    let yaml = edit(
        &clean(),
        closing,
        "  đoàn thể tổ chức thực hiện theo quy định (chi tiết tại Phụ lục kèm theo).",
    ) + "appendices:\n  - title: Danh mục dự án\n    content: [Dự án 1.]\n";
    assert!(of("appendix-missing", &yaml).is_empty());
}
