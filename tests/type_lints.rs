//! The lints of the newer document types, each on its sample with one
//! field changed: the exact message, the field and the line it points at.

mod common;

use common::{normalize, pdftotext_body};
use vanban::diagnostic::{Diagnostic, Severity};

fn sample(name: &str) -> String {
    std::fs::read_to_string(common::root().join("data").join(name)).unwrap()
}

/// The findings of rule `code` on `yaml`.
fn lint(yaml: &str, code: &str) -> Vec<Diagnostic> {
    let loaded = vanban::load::load_str("doc.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
    vanban::lint::lint(&loaded, &Default::default()).into_iter().filter(|d| d.code == code).collect()
}

/// The one finding of `code`, with its field, and the line it points at.
fn one<'a>(yaml: &'a str, code: &str, severity: Severity) -> (Diagnostic, &'a str) {
    let found = lint(yaml, code);
    assert_eq!(found.len(), 1, "{found:?}");
    let d = found.into_iter().next().unwrap();
    assert_eq!(d.severity, severity);
    let (line, _) = d.line_col().unwrap();
    let text = yaml.lines().nth(line - 1).unwrap();
    (d, text)
}

#[test]
fn cong_dien_sender_and_addressees() {
    let yaml = sample("cong-dien-ngoc-lien-2026.yaml");
    for code in ["empty-value", "dien-sender", "empty-list"] {
        assert!(lint(&yaml, code).is_empty(), "{code}");
    }
    let sender = "sender: Chủ tịch Ủy ban nhân dân xã Ngọc Liên\n";
    let empty = yaml.replace(sender, "sender: \"\"\n");
    let (d, line) = one(&empty, "empty-value", Severity::Error);
    assert_eq!(d.message, "Trường `sender` đang để trống");
    assert_eq!(d.path.as_deref(), Some("sender"));
    assert!(line.starts_with("sender:"), "{line}");

    let doubled = yaml.replace(sender, "sender: \"Chủ tịch Ủy ban nhân dân xã Ngọc Liên điện:\"\n");
    let (d, line) = one(&doubled, "dien-sender", Severity::Warning);
    assert_eq!(
        d.message,
        "`Chủ tịch Ủy ban nhân dân xã Ngọc Liên điện:` kết thúc bằng chữ `điện`: vanban tự ghi \"điện:\" sau người gửi"
    );
    assert_eq!(d.path.as_deref(), Some("sender"));
    assert!(line.starts_with("sender:"), "{line}");
    let bare = yaml.replace(sender, "sender: Chủ tịch Ủy ban nhân dân xã Ngọc Liên điện\n");
    assert_eq!(lint(&bare, "dien-sender").len(), 1);
    let lực = yaml.replace(sender, "sender: Giám đốc Điện lực Ngọc Liên\n");
    assert!(lint(&lực, "dien-sender").is_empty());
    // Printed once, as without it.
    let text = normalize(&pdftotext_body(&common::render_str("cd.yaml", &doubled).pdf));
    assert!(text.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN điện:"), "{text}");
    assert!(!text.contains("LIÊN ĐIỆN"), "{text}");

    let start = yaml.find("to:\n").unwrap();
    let end = start + yaml[start..].find("\ncontent:").unwrap();
    let none = format!("{}to: []{}", &yaml[..start], &yaml[end..]);
    let (d, line) = one(&none, "empty-list", Severity::Error);
    assert_eq!(d.message, "Công điện chưa có nơi nhận: `to` đang để trống");
    assert_eq!(d.path.as_deref(), Some("to"));
    assert!(line.starts_with("to:"), "{line}");
}

#[test]
fn lien_tich_second_body_is_checked_as_the_first() {
    let yaml = sample("ke-hoach-lien-tich-ngoc-lien-2026.yaml");
    assert!(lint(&yaml, "empty-value").is_empty());
    assert!(lint(&yaml, "joint-abbr").is_empty());
    let noname = yaml.replacen("    name: Lương Thị Hoa\n", "    name: \"\"\n", 1);
    assert_ne!(noname, yaml);
    let (d, line) = one(&noname, "empty-value", Severity::Error);
    assert_eq!(d.message, "Trường `joint.signer.name` đang để trống");
    assert_eq!(d.path.as_deref(), Some("joint.signer.name"));
    assert!(line.trim_start().starts_with("name:"), "{line}");

    let same = yaml.replacen("    abbr: MTTQ\n", "    abbr: UBND\n", 1);
    assert_ne!(same, yaml);
    let (d, line) = one(&same, "joint-abbr", Severity::Error);
    assert_eq!(
        d.message,
        "`joint.issuer.abbr` là `UBND`, trùng với cơ quan ban hành: ký hiệu sẽ thành `KHLT-UBND-UBND`"
    );
    assert_eq!(d.path.as_deref(), Some("joint.issuer.abbr"));
    assert_eq!(line.trim(), "abbr: UBND");

    let blank = yaml.replacen("    abbr: MTTQ\n", "    abbr: \" \"\n", 1);
    let (d, _) = one(&blank, "empty-value", Severity::Error);
    assert_eq!(d.message, "Trường `joint.issuer.abbr` đang để trống");
}

#[test]
fn bien_ban_has_attendees() {
    let yaml = sample("bien-ban-ngoc-lien-2026.yaml");
    assert!(lint(&yaml, "empty-list").is_empty());
    let start = yaml.find("attendees:\n").unwrap();
    let list: usize =
        yaml[start..].lines().skip(1).take_while(|l| l.starts_with("  ")).map(|l| l.len() + 1).sum();
    let end = start + "attendees:\n".len() + list;
    let none = format!("{}attendees: []\n{}", &yaml[..start], &yaml[end..]);
    let (d, line) = one(&none, "empty-list", Severity::Error);
    assert_eq!(d.message, "Biên bản chưa có thành phần tham dự: `attendees` đang để trống");
    assert_eq!(d.path.as_deref(), Some("attendees"));
    assert!(line.starts_with("attendees:"), "{line}");
}

#[test]
fn giay_nghi_phep_dates_agree() {
    let yaml = sample("giay-nghi-phep-ngoc-lien-2026.yaml");
    assert!(lint(&yaml, "leave-dates").is_empty());
    // 13/7 to 24/7: 12 calendar days; 10 working days are fewer.
    let days = yaml.replace("duration: 10 ngày làm việc\n", "duration: 45 ngày\n");
    assert_ne!(days, yaml);
    let (d, line) = one(&days, "leave-dates", Severity::Warning);
    assert_eq!(
        d.message,
        "`45 ngày` không khớp với thời gian nghỉ từ 13/7/2026 đến 24/7/2026: 12 ngày theo lịch"
    );
    assert_eq!(d.path.as_deref(), Some("duration"));
    assert!(line.starts_with("duration:"), "{line}");
    let right = yaml.replace("duration: 10 ngày làm việc\n", "duration: 12 ngày\n");
    assert!(lint(&right, "leave-dates").is_empty());

    let late = yaml.replace("request_date: 2026-07-01\n", "request_date: 2026-07-20\n");
    let (d, line) = one(&late, "leave-dates", Severity::Warning);
    assert_eq!(d.message, "Đơn đề nghị đề ngày 20/7/2026, sau ngày bắt đầu nghỉ 13/7/2026");
    assert_eq!(d.path.as_deref(), Some("request_date"));
    assert!(line.starts_with("request_date:"), "{line}");

    let after = yaml.replace("date: 2026-07-06\n", "date: 2026-08-10\n");
    let (d, line) = one(&after, "leave-dates", Severity::Warning);
    assert_eq!(d.message, "Giấy nghỉ phép đề ngày 10/8/2026, sau ngày nghỉ cuối 24/7/2026");
    assert_eq!(d.path.as_deref(), Some("date"));
    assert!(line.starts_with("date:"), "{line}");
}
