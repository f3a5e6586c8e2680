//! Every YAML syntax slip vanban can name is reported in one run, each at
//! its line and column with its cause and fix, then the mistakes in the
//! fields of the rest (`src/load/repair.rs`).

mod common;

use vanban::diagnostic::Diagnostic;
use vanban::load;

/// A công văn with a tab on line 5, curly quotes on line 9 (with a `: `
/// inside, which YAML cannot read) and `- Thời hạn: trước 16 giờ` on line 14.
const THREE_SLIPS: &str = "type: cong-van

issuer:
  name: [Ủy ban nhân dân, xã Ngọc Liên]
\tabbr: UBND
unit: VHXH
number: null
date: null
place: “Ngọc Liên: xã”
year: 2026
title: báo cáo kết quả năm 2026
to:
  - Phòng Kinh tế
  - Thời hạn: trước 16 giờ
content:
  - Đề nghị các phòng báo cáo.
recipients: []
archive: [VT]
signer:
  authority: [KT. Chủ tịch]
  title: Phó Chủ tịch
  name: Phạm Xuân Khánh
";

/// Line and column of a diagnostic.
type At = Option<(usize, usize)>;

fn errors_of(yaml: &str) -> Vec<Diagnostic> {
    match load::load_str("plan.yaml", yaml) {
        Err(e) => e.into_iter().collect(),
        Ok(_) => panic!("no error"),
    }
}

/// Line and column of the first `needle` in `yaml` (1-based, in characters).
fn position(yaml: &str, needle: &str) -> (usize, usize) {
    let at = yaml.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the YAML"));
    let line = yaml[..at].matches('\n').count() + 1;
    let col = yaml[yaml[..at].rfind('\n').map_or(0, |i| i + 1)..at].chars().count() + 1;
    (line, col)
}

fn sample_with(edits: &[(&str, &str)]) -> String {
    let mut text = common::sample_text();
    for (from, to) in edits {
        assert!(text.contains(from), "the sample no longer contains {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

#[test]
fn three_slips_are_said_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), THREE_SLIPS).unwrap();
    let out = common::vanban(dir.path(), &["check", "cv.yaml"]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    let expected = "\
lỗi[yaml-syntax]: Dòng này thụt lề bằng dấu tab (hiện là →): `→abbr: UBND`
  ┌─ cv.yaml:5:1
  │
5 │     abbr: UBND
  │ ^^^^
  │
  = cách sửa: YAML chỉ thụt lề bằng dấu cách: thay mỗi dấu tab (→) bằng dấu cách

lỗi[curly-quotes]: Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in “ ”; YAML không coi đó là dấu ngoặc nên chúng sẽ được in ra
  ┌─ cv.yaml:9:8
  │
9 │ place: “Ngọc Liên: xã”
  │        ^^^^^^^^^^^^^^^
  │
  = trường: place
  = cách sửa: Dùng dấu ngoặc kép thẳng \"Ngọc Liên: xã\", hoặc bỏ hẳn: Ngọc Liên: xã

lỗi[list-item]: Mục này của danh sách bị đọc thành trường `Thời hạn:` vì có `: ` ở trong
   ┌─ cv.yaml:14:5
   │
14 │   - Thời hạn: trước 16 giờ
   │     ^^^^^^^^
   │
   = trường: to[1]
   = cách sửa: Đặt cả mục trong dấu ngoặc kép: - \"Thời hạn: trước 16 giờ\"

cv.yaml: 3 lỗi, 0 cảnh báo
";
    assert_eq!(said, expected);

    // The same in English.
    let out = common::vanban(dir.path(), &["--lang", "en", "check", "cv.yaml"]);
    let said = String::from_utf8_lossy(&out.stderr);
    for line in [
        "error[yaml-syntax]: this line is indented with a tab (shown as →): `→abbr: UBND`",
        "  ┌─ cv.yaml:5:1",
        "error[curly-quotes]: this value is between the typographic quotes “ ”, which YAML does not read as quotes: they would be printed",
        "  ┌─ cv.yaml:9:8",
        "error[list-item]: this list item is read as a field `Thời hạn:` because of the `: ` in it",
        "   ┌─ cv.yaml:14:5",
        "cv.yaml: 3 error(s), 0 warning(s)",
    ] {
        assert!(said.lines().any(|l| l == line), "{line:?} not in:\n{said}");
    }
}

#[test]
fn a_slip_a_misspelled_field_and_an_impossible_date_together() {
    let yaml = sample_with(&[
        ("  abbr: UBND\n", "\tabbr: UBND\n"),
        ("place: Ngọc Liên", "plase: Ngọc Liên"),
        ("date: null", "date: 2026-02-30"),
    ]);
    let errors = errors_of(&yaml);
    let said: Vec<(&str, &str, At)> =
        errors.iter().map(|d| (d.code, d.message.as_str(), d.line_col())).collect();
    assert_eq!(
        said,
        [
            (
                "yaml-syntax",
                "Dòng này thụt lề bằng dấu tab (hiện là →): `→abbr: UBND`",
                Some((position(&yaml, "\tabbr").0, 1))
            ),
            ("unknown-field", "Trường `plase` không có ở đây", Some(position(&yaml, "plase"))),
            (
                "wrong-type",
                "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30",
                Some(position(&yaml, "2026-02-30"))
            ),
        ]
    );
    assert_eq!(errors[1].hint.as_deref(), Some("Có phải là `place`?"));
}

#[test]
fn curly_quotes_no_longer_hide_the_other_mistakes() {
    // Read as the user meant it: the date inside curly quotes is still read
    // as a date, and the misspelled field after it is found.
    let yaml = sample_with(&[
        ("place: Ngọc Liên", "place: “Ngọc Liên”"),
        ("date: null", "date: ‘2026-02-30’"),
        ("  name: Phạm Xuân Khánh", "  nmae: Phạm Xuân Khánh"),
    ]);
    let errors = errors_of(&yaml);
    let said: Vec<(&str, Option<&str>, At)> =
        errors.iter().map(|d| (d.code, d.path.as_deref(), d.line_col())).collect();
    assert_eq!(
        said,
        [
            ("curly-quotes", Some("place"), Some(position(&yaml, "“Ngọc"))),
            ("curly-quotes", Some("date"), Some(position(&yaml, "‘2026"))),
            ("wrong-type", Some("date"), Some(position(&yaml, "‘2026"))),
            ("unknown-field", Some("signer.nmae"), Some(position(&yaml, "nmae"))),
        ]
    );
    assert_eq!(errors[2].message, "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30");
}

#[test]
fn a_key_too_far_in_and_colons_in_values_are_read_past() {
    let yaml = sample_with(&[
        ("place: Ngọc Liên", " place: Ngọc Liên"),
        ("year: 2026", "year: 2026\nsubject: Kế hoạch: năm 2026"),
    ]);
    let errors = errors_of(&yaml);
    let said: Vec<(&str, &str, At)> =
        errors.iter().map(|d| (d.code, d.message.as_str(), d.line_col())).collect();
    assert_eq!(
        said,
        [
            (
                "yaml-syntax",
                "`place:` thụt vào nhiều hơn dòng trên 1 dấu cách, nên YAML đọc nó thành một phần của giá trị phía trên",
                Some((position(&yaml, " place").0, 1))
            ),
            // The line read, its misspelled key is found too (in file
            // order, before the colon of its value).
            ("unknown-field", "Trường `subject` không có ở đây", Some(position(&yaml, "subject"))),
            (
                "yaml-syntax",
                "Dấu `:` ở đây sẽ mở một trường mới ngay trong giá trị",
                Some(position(&yaml, ": năm 2026"))
            ),
        ]
    );
}

#[test]
fn a_slip_vanban_cannot_name_ends_the_chain() {
    // The tab is read past; the bracket never closed is where reading stops.
    let yaml = sample_with(&[("  abbr: UBND\n", "\tabbr: UBND\n"), ("year: 2026", "year: [2026")]);
    let errors = errors_of(&yaml);
    let said: Vec<(&str, &str)> = errors.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        said,
        [
            ("yaml-syntax", "Dòng này thụt lề bằng dấu tab (hiện là →): `→abbr: UBND`"),
            ("yaml-syntax", "Dấu `[` này không được đóng bằng `]`"),
        ]
    );
    assert_eq!(errors[1].line_col(), Some(position(&yaml, "[2026")));
}

#[test]
fn a_repaired_file_is_never_rendered() {
    // One tab only: the copy parses and reads, the load still fails.
    let yaml = sample_with(&[("  abbr: UBND\n", "\tabbr: UBND\n")]);
    assert_eq!(errors_of(&yaml).len(), 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), &yaml).unwrap();
    let out = common::vanban(dir.path(), &["render", "plan.yaml", "-o", "plan.pdf"]);
    assert!(!out.status.success());
    assert!(!dir.path().join("plan.pdf").exists());
    // The file is left as written.
    assert_eq!(std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap(), yaml);
}

#[test]
fn slips_past_the_budget_are_not_listed() {
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let items: String = (0..max + 5).map(|i| format!("  - Thời hạn {i}: trước 16 giờ: họp\n")).collect();
    let yaml = THREE_SLIPS
        .replace("\tabbr", "  abbr")
        .replace("“Ngọc Liên: xã”", "Ngọc Liên")
        .replace("  - Thời hạn: trước 16 giờ\n", &items);
    let errors = errors_of(&yaml);
    assert_eq!(errors.len(), max + 1);
    for (i, d) in errors[..max].iter().enumerate() {
        assert_eq!(d.code, "list-item");
        assert_eq!(
            d.message,
            format!("Mục này của danh sách bị đọc thành trường `Thời hạn {i}:` vì có `: ` ở trong")
        );
        assert_eq!(d.line_col(), Some(position(&yaml, &format!("Thời hạn {i}:"))));
    }
    // The 5 past the budget are undone too, and counted.
    let last = &errors[max];
    assert_eq!(last.message, "Còn 5 lỗi cú pháp khác đã được đọc lướt qua, không liệt kê từng lỗi");
    assert_eq!(last.hint.as_deref(), Some("Sửa các lỗi trên rồi chạy lại để xem các lỗi này"));
    assert_eq!(last.line_col(), None);
}

/// The probe's file: a misspelled field, curly quotes, an impossible date
/// and `- Thời hạn: trước 16 giờ`, then `tabs` Kính gửi lines indented
/// with a tab.
fn slips_and_tabs(tabs: usize) -> String {
    let lines: String = (0..tabs).map(|i| format!("\t- Thôn {i}\n")).collect();
    THREE_SLIPS
        .replace("\tabbr", "  abbr")
        .replace("“Ngọc Liên: xã”", "“Ngọc Liên”")
        .replace("unit: VHXH", "unit: VHXH\nsignatory_nam: x")
        .replace("date: null", "date: 2026-02-30")
        .replace("  - Phòng Kinh tế\n", &format!("  - Phòng Kinh tế\n{lines}"))
}

/// What is said in a run, in order: the code and the message.
fn said(errors: &[Diagnostic]) -> Vec<(&str, &str)> {
    errors.iter().map(|d| (d.code, d.message.as_str())).collect()
}

#[test]
fn twenty_tabs_hide_no_other_mistake() {
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let yaml = slips_and_tabs(max);
    let errors = errors_of(&yaml);
    let said = said(&errors);
    let tabs = said.iter().filter(|(_, m)| m.starts_with("Dòng này thụt lề bằng dấu tab")).count();
    assert_eq!(tabs, max);
    for other in [
        ("unknown-field", "Trường `signatory_nam` không có ở đây"),
        (
            "curly-quotes",
            "Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in “ ”; YAML không coi đó là dấu ngoặc nên chúng sẽ được in ra",
        ),
        ("list-item", "Mục này của danh sách bị đọc thành trường `Thời hạn:` vì có `: ` ở trong"),
        ("wrong-type", "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30"),
    ] {
        assert!(said.contains(&other), "{other:?} not in {said:#?}");
    }
    // Nothing was left unread, so nothing says so.
    assert!(!said.iter().any(|(_, m)| m.starts_with("Còn ") || m.starts_with("vanban dừng")), "{said:#?}");
    assert_eq!(errors.len(), max + 4, "{said:#?}");
}

#[test]
fn tabs_past_the_budget_are_undone_and_the_rest_still_read() {
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let yaml = slips_and_tabs(max + 5);
    let errors = errors_of(&yaml);
    let said = said(&errors);
    let tabs: Vec<_> =
        errors.iter().filter(|d| d.message.starts_with("Dòng này thụt lề bằng dấu tab")).collect();
    assert_eq!(tabs.len(), max);
    assert_eq!(tabs[max - 1].line_col(), Some(position(&yaml, &format!("\t- Thôn {}", max - 1))));
    assert!(
        said.contains(&("yaml-syntax", "Còn 5 dòng nữa thụt lề bằng dấu tab, không liệt kê từng dòng")),
        "{said:#?}"
    );
    // The other mistakes, after the tab-indented lines, are still found.
    for other in [
        ("unknown-field", "Trường `signatory_nam` không có ở đây"),
        (
            "curly-quotes",
            "Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in “ ”; YAML không coi đó là dấu ngoặc nên chúng sẽ được in ra",
        ),
        ("list-item", "Mục này của danh sách bị đọc thành trường `Thời hạn:` vì có `: ` ở trong"),
        ("wrong-type", "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30"),
    ] {
        assert!(said.contains(&other), "{other:?} not in {said:#?}");
    }
    assert_eq!(errors.len(), max + 5, "{said:#?}");
}

#[test]
fn reading_cut_short_by_the_budget_says_so() {
    // 20 slips listed, 20 more undone unlisted, then one more: the second
    // budget ends the reading, and the user is told the rest is unread.
    let max = vanban::limits::MAX_SYNTAX_REPAIRS;
    let items: String = (0..2 * max + 1).map(|i| format!("  - Thời hạn {i}: trước 16 giờ: họp\n")).collect();
    let yaml = THREE_SLIPS
        .replace("\tabbr", "  abbr")
        .replace("“Ngọc Liên: xã”", "Ngọc Liên")
        .replace("  - Thời hạn: trước 16 giờ\n", &items);
    let errors = errors_of(&yaml);
    assert_eq!(errors.len(), max + 1);
    let last = &errors[max];
    assert_eq!(
        last.message,
        format!("vanban dừng đọc tệp ở đây sau {max} lỗi cú pháp; phần còn lại có thể còn lỗi khác")
    );
    assert_eq!(
        last.hint.as_deref(),
        Some("Sửa các lỗi trên rồi chạy lại: các lỗi còn lại sẽ được báo khi đó")
    );
}
