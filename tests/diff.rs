//! `vanban diff`: the changes a leader asks about, not YAML lines.

mod common;

use vanban::diff::{ChangeKind, diff};
use vanban::load::load_str;

fn changes(old: &str, new: &str) -> Vec<String> {
    let old = load_str("old.yaml", old).unwrap().document;
    let new = load_str("new.yaml", new).unwrap().document;
    diff(&old, &new).iter().map(ToString::to_string).collect()
}

#[test]
fn the_same_document_has_no_changes() {
    assert!(changes(&common::sample_text(), &common::sample_text()).is_empty());
}

#[test]
fn laws_cited_by_name_are_told_apart() {
    // Several Luật without a số (cited by name) are several căn cứ: the
    // same document has no changes, and replacing one is one change.
    for name in ["ke-hoach-tinh-binh-lam-2026.yaml", "quyet-dinh-qppl-tinh-binh-lam-2026.yaml"] {
        let text = std::fs::read_to_string(common::root().join("data").join(name))
            .unwrap()
            .replace("attachment: quy-dinh-homestay-tinh-binh-lam-2026.yaml\n", "");
        assert_eq!(changes(&text, &text), Vec::<String>::new(), "{name}");
    }
    let text = std::fs::read_to_string(common::root().join("data/ke-hoach-tinh-binh-lam-2026.yaml")).unwrap();
    let edited = text.replace("    subject: Du lịch\n", "    subject: Đất đai\n");
    let found = changes(&text, &edited);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("- căn cứ Luật Du lịch"), "{found:?}");
    assert!(found[1].starts_with("+ căn cứ Luật Đất đai"), "{found:?}");
}

#[test]
fn next_years_plan_lists_what_really_changed() {
    let old = common::sample_text();
    let new = old
        .replace("year: 2026", "year: 2027")
        .replacen("under: [nq661, qd2624]", "under: [nq661, qd2624]\n      amount: 150000000", 1)
        .replace("  - Các thôn, làng trên địa bàn xã\n", "  - Trạm Y tế xã (để t/h)\n")
        .replace("date: 2026-03-06", "date: 2026-03-16")
        .replace("name: Phạm Xuân Khánh", "name: Lê Thị Hoa");
    assert_eq!(
        changes(&old, &new),
        [
            "~ năm: 2026 → 2027",
            // A long text changed in a few words: those words, in context.
            "~ căn cứ qd252: Quyết định số 252/QĐ-UBND ngày [-06/3/2026-]{+16/3/2026+} của UBND xã về …",
            // What a leader compares first: the money.
            "+ tổng kinh phí: 750.000.000 đồng",
            "+ dự án 6: kinh phí: 150.000.000 đồng",
            "+ dự án 7: kinh phí: 150.000.000 đồng",
            "+ dự án 9: tiểu dự án 2: kinh phí: 150.000.000 đồng",
            "+ dự án 10: tiểu dự án 1: kinh phí: 150.000.000 đồng",
            "+ dự án 10: tiểu dự án 3: kinh phí: 150.000.000 đồng",
            "- nơi nhận: Các thôn, làng trên địa bàn xã",
            "+ nơi nhận: Trạm Y tế xã (để t/h)",
            "~ người ký: KT. Chủ tịch Phó Chủ tịch Phạm Xuân Khánh → KT. Chủ tịch Phó Chủ tịch Lê Thị Hoa",
        ]
    );
}

#[test]
fn projects_added_removed_and_edited() {
    let old = common::sample_text();
    // Drop Dự án 7 and edit a task of Dự án 6.
    let start = old.find("\n  - number: 7\n").unwrap();
    let end = old.find("\n  - number: 9\n    title").unwrap();
    let new = format!("{}{}", &old[..start], &old[end..]).replace("tủ sách cộng đồng", "tủ sách điện tử");
    let list = {
        let o = load_str("o.yaml", &old).unwrap().document;
        let n = load_str("n.yaml", &new).unwrap().document;
        diff(&o, &n)
    };
    let kinds: Vec<(ChangeKind, &str)> = list.iter().map(|c| (c.kind, c.what.as_str())).collect();
    assert_eq!(kinds, [(ChangeKind::Changed, "dự án 6: nhiệm vụ 16"), (ChangeKind::Removed, "dự án 7")]);
}

#[test]
fn a_removed_project_shows_its_money_and_a_renamed_recipient_is_one_change() {
    let old = common::sample_text().replacen(
        "under: [nq661, qd2624]",
        "under: [nq661, qd2624]\n      amount: 200000000",
        1,
    );
    let start = old.find("\n  - number: 7\n").unwrap();
    let end = old.find("\n  - number: 9\n    title").unwrap();
    let new = format!("{}{}", &old[..start], &old[end..])
        .replace("  - Các thôn, làng trên địa bàn xã\n", "  - Các thôn, làng, bản trên địa bàn xã\n");
    let list = changes(&old, &new);
    assert_eq!(
        list,
        [
            "~ tổng kinh phí: 1.000.000.000 đồng → 800.000.000 đồng",
            "- dự án 7: Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số; phòng chống suy dinh dưỡng trẻ em (kinh phí 200.000.000 đồng)",
            "~ nơi nhận: Các thôn, làng trên địa bàn xã → Các thôn, làng, bản trên địa bàn xã",
        ]
    );
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), common::sample_text()).unwrap();
    let mut child = Command::new(common::bin())
        .args(["check", "--rules"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read nothing: close the pipe at once, as `| head -0` would.
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("internal error") && !err.contains("panicked"), "{err}");
    assert!(status.success(), "{err}");
}

#[test]
fn diff_command_prints_json() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), common::sample_text()).unwrap();
    std::fs::write(dir.path().join("b.yaml"), common::sample_text().replace("year: 2026", "year: 2027"))
        .unwrap();
    let out = common::vanban(dir.path(), &["diff", "a.yaml", "b.yaml", "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json, serde_json::json!([{"kind": "changed", "what": "năm", "old": "2026", "new": "2027"}]));
}

/// Runs `f` on a thread and fails if it has not finished in 60 s: a guard
/// against a hang, not a timing assertion.
fn within_60s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(60)).expect("still running after 60 s")
}

/// About 100 KB of words, different for each `seed`.
/// 2,500 words, about 17,000 characters: under the limit of one text
/// (20,000), over the word diff's (4,000 old and new together).
fn long_text(seed: usize) -> String {
    (0..2_500).map(|i| format!("từ{}", (i * 7919 + seed * 104_729) % 5003)).collect::<Vec<_>>().join(" ")
}

#[test]
fn two_long_edited_texts_are_shown_whole_not_word_by_word() {
    let (old_text, new_text) = (long_text(1), long_text(2));
    assert!((15_000..20_000).contains(&old_text.chars().count()));
    let old = common::big_plan(1, 1).replace("Kế hoạch thử tải năm {{ year }}", &old_text);
    let new = common::big_plan(1, 1).replace("Kế hoạch thử tải năm {{ year }}", &new_text);
    let changes = within_60s(move || changes(&old, &new));
    assert_eq!(changes.len(), 1, "{:?}", changes.iter().map(|c| &c[..80]).collect::<Vec<_>>());
    assert!(
        changes[0].starts_with("~ trích yếu: (quá dài để so từng từ: 5000 từ, nhiều hơn 4000) [-từ"),
        "{}",
        &changes[0][..200]
    );
    assert!(changes[0].contains(&format!("-]{{+{new_text}+}}")));
}

#[test]
fn two_long_edited_paragraphs_are_listed_not_paired() {
    // Pairing them would compare 17,000 × 17,000 characters, more than
    // the pairing budget.
    let with = |t: &str| common::big_plan(1, 1).replacen("content: [\"", &format!("content: [\"{t} "), 1);
    let (old, new) = (with(&long_text(1)), with(&long_text(2)));
    let changes = within_60s(move || changes(&old, &new));
    let heads: Vec<&str> = changes.iter().map(|c| c.split_once(" từ").unwrap().0).collect();
    assert_eq!(heads, ["- dự án 1: nội dung:", "+ dự án 1: nội dung:"]);
}

#[test]
fn twenty_thousand_recipients_compare_in_linear_time() {
    let old = common::big_plan(1, 20_000);
    let new = old
        .replace("Thôn số 7 (để t/h)", "Thôn số 7 (để b/c)")
        .replace("Thôn số 19999 (để t/h)", "Thôn số 19999 (để b/c)");
    let changes = within_60s(move || changes(&old, &new));
    assert_eq!(
        changes,
        [
            "~ nơi nhận: Thôn số 7 (để t/h) → Thôn số 7 (để b/c)",
            "~ nơi nhận: Thôn số 19999 (để t/h) → Thôn số 19999 (để b/c)"
        ]
    );
}
