//! Rules about a document's own consistency can be acknowledged (`allow:`
//! in the YAML, `--allow` on the command line): their findings become
//! notes. Rules that protect the reader cannot.

mod common;

use chrono::NaiveDate;
use vanban::diagnostic::Severity;
use vanban::lint::{LintContext, RULES, lint, lint_allowing};
use vanban::load;

fn ctx() -> LintContext {
    LintContext { today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() }
}

fn seed() -> String {
    std::fs::read_to_string(common::root().join("tests/fixtures/seed-literal.yaml")).unwrap()
}

/// The seed with an `allow:` section after its `type:` line.
fn seed_allowing(allow: &str) -> String {
    seed().replacen("type: ke-hoach\n", &format!("type: ke-hoach\nallow:\n{allow}"), 1)
}

#[test]
fn an_allowed_rule_reports_a_note_with_the_reason() {
    let yaml =
        seed_allowing("  citation-inconsistent: \"typed this way in the original, kept for the copy\"\n");
    let loaded = load::load_str("plan.yaml", &yaml).unwrap();
    let found = lint(&loaded, &ctx());
    let d = found.iter().find(|d| d.code == "citation-inconsistent").unwrap();
    assert_eq!(d.severity, Severity::Note);
    assert_eq!(
        d.hint.as_deref(),
        Some("văn bản ghi nhận: typed this way in the original, kept for the copy")
    );
    assert!(!found.iter().any(|d| d.is_error()), "{found:?}");
    // Without the allow, the same finding is an error.
    let loaded = load::load_str("plan.yaml", &seed()).unwrap();
    let d = lint(&loaded, &ctx()).into_iter().find(|d| d.code == "citation-inconsistent").unwrap();
    assert_eq!(d.severity, Severity::Error);
}

#[test]
fn allow_needs_a_known_allowable_rule_and_a_reason() {
    let yaml = seed_allowing(
        "  citation-inconsistant: x\n  placeholder: \"the original has one\"\n  self-check-text: y\n  bases-order: \"\"\n",
    );
    let loaded = load::load_str("plan.yaml", &yaml).unwrap();
    let found = lint(&loaded, &ctx());
    let of = |code: &str| found.iter().filter(|d| d.code == code).collect::<Vec<_>>();

    let unknown = of("allow-unknown");
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].message, "`citation-inconsistant` không phải là quy tắc của vanban");
    assert!(
        unknown[0]
            .hint
            .as_deref()
            .unwrap()
            .starts_with("Có phải là `citation-inconsistent`? Các quy tắc có thể ghi nhận: ")
    );
    assert_eq!(unknown[0].path.as_deref(), Some("allow.citation-inconsistant"));
    let (line, _) = unknown[0].line_col().unwrap();
    assert_eq!(yaml.lines().nth(line - 1).unwrap(), "  citation-inconsistant: x");

    let refused = of("allow-refused");
    let messages: Vec<&str> = refused.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Không thể bỏ qua quy tắc `placeholder`: quy tắc này bảo vệ người đọc văn bản",
            "Không thể bỏ qua quy tắc `self-check-text`: quy tắc này bảo vệ người đọc văn bản",
        ]
    );
    let reason = of("allow-reason");
    assert_eq!(reason.len(), 1);
    assert_eq!(reason[0].message, "`allow: bases-order` cần ghi lý do");
    assert!(found.iter().filter(|d| d.code.starts_with("allow-")).all(|d| d.is_error()));
    // The refused rule still stops the document as before.
    assert_eq!(found.iter().find(|d| d.code == "citation-inconsistent").unwrap().severity, Severity::Error);
}

#[test]
fn allow_from_the_command_line() {
    let loaded = load::load_str("plan.yaml", &seed()).unwrap();
    let found = lint_allowing(&loaded, &ctx(), &["citation-inconsistent".to_string()]);
    let d = found.iter().find(|d| d.code == "citation-inconsistent").unwrap();
    assert_eq!(d.severity, Severity::Note);
    assert_eq!(d.hint.as_deref(), Some("được chấp nhận trên dòng lệnh (--allow citation-inconsistent)"));
}

#[test]
fn reader_protecting_rules_are_not_allowable() {
    for id in ["placeholder", "signer-academic-title"] {
        assert!(!RULES.iter().find(|r| r.id == id).unwrap().allowable, "{id}");
    }
    for id in ["citation-inconsistent", "cites-later-document", "bases-order"] {
        assert!(RULES.iter().find(|r| r.id == id).unwrap().allowable, "{id}");
    }
    for r in vanban::verify::RULES {
        assert!(vanban::lint::allowable(r.id).is_err(), "{}", r.id);
    }
}

#[test]
fn check_with_allow_reports_notes_in_json_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = common::root().join("tests/fixtures/seed-literal.yaml");
    let fixture = fixture.to_str().unwrap();
    let out = common::vanban(
        dir.path(),
        &["check", "--format", "json", "--allow", "citation-inconsistent", fixture],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = json[0]["diagnostics"].as_array().unwrap();
    let d = diags.iter().find(|d| d["code"] == "citation-inconsistent").unwrap();
    assert_eq!(d["severity"], "note");
    assert_eq!(d["hint"], "được chấp nhận trên dòng lệnh (--allow citation-inconsistent)");

    // The same from the document's own `allow:`.
    std::fs::write(
        dir.path().join("plan.yaml"),
        seed_allowing("  citation-inconsistent: typed this way in the original\n"),
    )
    .unwrap();
    let out = common::vanban(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ghi chú[citation-inconsistent]"), "{err}");
    assert!(err.contains("plan.yaml: 0 lỗi, 1 cảnh báo, 1 đã chấp nhận (ghi chú)\n"), "{err}");
}

#[test]
fn allow_on_the_command_line_refuses_unknown_and_protecting_rules() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), seed()).unwrap();
    for cmd in ["check", "render", "watch"] {
        let out = common::vanban(dir.path(), &[cmd, "--allow", "placeholder", "plan.yaml"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(
                "lỗi: giá trị `placeholder` không dùng được cho `--allow <QUY_TẮC>`: Không thể bỏ qua quy tắc `placeholder`: quy tắc này bảo vệ người đọc văn bản"
            ),
            "{cmd}: {err}"
        );
    }
    let out = common::vanban(dir.path(), &["render", "--allow", "bases-ordre", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`bases-ordre` không phải là quy tắc của vanban; Có phải là `bases-order`?"),
        "{err}"
    );
    // The same mistake in English.
    let out = common::vanban_env(
        dir.path(),
        &["render", "--allow", "bases-ordre", "plan.yaml"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`bases-ordre` is not a rule of vanban; did you mean `bases-order`?"), "{err}");
    assert!(!dir.path().join("plan.pdf").exists());
}

#[test]
fn render_with_allow_writes_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), seed()).unwrap();
    let out = common::vanban(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(1), "the inconsistency stops the render");
    assert!(!dir.path().join("plan.pdf").exists());
    let out = common::vanban(dir.path(), &["render", "--allow", "citation-inconsistent", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("plan.pdf").exists());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ghi chú[citation-inconsistent]"));
}

#[test]
fn check_rules_says_which_rules_are_allowable() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::vanban(dir.path(), &["check", "--rules"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let line = |id: &str| text.lines().find(|l| l.starts_with(&format!("{id} "))).unwrap().to_string();
    assert!(line("citation-inconsistent").starts_with("citation-inconsistent    lỗi      allow  "), "{text}");
    assert!(line("bases-order").starts_with("bases-order              cảnh báo allow  "), "{text}");
    assert!(line("placeholder").starts_with("placeholder              lỗi      -      "), "{text}");
    assert!(line("self-check-text").starts_with("self-check-text          lỗi      -      "), "{text}");
    assert!(line("self-check-place").contains(" -      "), "{text}");
    assert!(
        text.contains(
            "bases-order              cảnh báo allow  căn cứ không xếp theo hiệu lực pháp lý, rồi theo ngày\n\
             \x20                                        (thông lệ: căn cứ xếp từ văn bản có hiệu lực pháp lý cao xuống, văn bản cũ trước)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "self-check-place         lỗi      -      không có chữ, đường kẻ hay ảnh nào nằm ngoài vùng trình bày; hai cột của phần đầu không chồng lên nhau (mỗi lần in)\n\
             \x20                                        (NĐ30 Phụ lục I, mục I.5 (lề trang) và Sơ đồ (ô 1–2))\n"
        ),
        "{text}"
    );
    // In English with `--lang en`.
    let out = common::vanban(dir.path(), &["--lang", "en", "check", "--rules"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "self-check-text          error    -      every printed field's words are on the laid-out pages, in order (checked at every render)\n\
             \x20                                        (vanban's promise: the document says what the YAML says)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "bases-order              warning  allow  căn cứ not ordered by legal rank, then by date\n\
             \x20                                        (convention: căn cứ from the highest legal force down, older first)\n"
        ),
        "{text}"
    );
}
