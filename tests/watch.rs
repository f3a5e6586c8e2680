//! `vanban watch` picks up edits: the test waits for the watcher to report
//! each render (no sleeping and hoping), then checks the PDF.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

struct Watching {
    child: Child,
    lines: Receiver<String>,
}

/// Whether a stderr line reports the outcome of one render.
fn is_outcome(line: &str) -> bool {
    line.contains("] đã xuất ") || line.contains(" có lỗi; giữ nguyên bản ")
}

impl Watching {
    /// Waits for the next render's outcome and checks it contains `needle`:
    /// every save gives exactly one render, so an outcome that does not
    /// match (an extra render, say) fails the test. Generous time, because
    /// only the order of events is being tested.
    fn next_outcome(&self, needle: &str) -> String {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if is_outcome(&line) => {
                    assert!(
                        line.contains(needle),
                        "expected `{needle}`, got `{line}` after:\n{}",
                        seen.join("\n")
                    );
                    return line;
                }
                Ok(line) => seen.push(line),
                Err(_) => panic!("no `{needle}` from vanban watch; it said:\n{}", seen.join("\n")),
            }
        }
    }

    /// Waits for a line containing `needle` that is not a render's outcome.
    fn wait_for(&self, needle: &str) {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if line.contains(needle) => return,
                Ok(line) => {
                    assert!(!is_outcome(&line), "unexpected render before `{needle}`: {line}");
                    seen.push(line)
                }
                Err(_) => panic!("no `{needle}` from vanban watch; it said:\n{}", seen.join("\n")),
            }
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(dir: &std::path::Path) -> Watching {
    start_on(dir, "plan.yaml")
}

fn start_on(dir: &std::path::Path, file: &str) -> Watching {
    let mut child = Command::new(common::bin())
        .args(["watch", file])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, lines) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    Watching { child, lines }
}

#[test]
fn watch_renders_each_save_and_keeps_the_last_good_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("plan.yaml");
    let sample = common::sample_text();
    std::fs::write(&input, &sample).unwrap();
    let watching = start(dir.path());
    watching.next_outcome("đã xuất plan.pdf");
    watching.wait_for("đang theo dõi plan.yaml (bấm Ctrl-C để dừng)");
    let first = std::fs::read(dir.path().join("plan.pdf")).unwrap();

    // Saving the same text again (and the render reading the file) renders
    // nothing: the next outcome must be the edit's.
    std::fs::write(&input, &sample).unwrap();

    // An edit, saved the way editors do: a new file renamed over the old.
    let tmp = dir.path().join(".plan.yaml.swp");
    std::fs::write(&tmp, sample.replace("Phạm Xuân Khánh", "Phạm Văn Sửa")).unwrap();
    std::fs::rename(&tmp, &input).unwrap();
    watching.next_outcome("đã xuất plan.pdf");
    let second = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    assert_ne!(first, second);
    assert!(common::pdftotext(&second).contains("Phạm Văn Sửa"));

    // A broken save: errors are printed, the PDF stays as it was.
    std::fs::write(&input, sample.replace("year: 2026", "year: hai")).unwrap();
    watching.next_outcome("plan.yaml có lỗi; giữ nguyên bản plan.pdf tốt gần nhất");
    assert_eq!(std::fs::read(dir.path().join("plan.pdf")).unwrap(), second);

    // Fixed again.
    std::fs::write(&input, &sample).unwrap();
    watching.next_outcome("đã xuất plan.pdf");
    assert_eq!(std::fs::read(dir.path().join("plan.pdf")).unwrap(), first);
}

#[test]
fn an_edit_to_a_file_the_document_draws_from_renders_too() {
    // A quyết định issuing the Kế hoạch: editing the plan changes the PDF.
    let dir = tempfile::tempdir().unwrap();
    for file in ["quyet-dinh-ngoc-lien-2026.yaml", "ngoc-lien-2026.yaml"] {
        std::fs::copy(common::root().join("data").join(file), dir.path().join(file)).unwrap();
    }
    let watching = start_on(dir.path(), "quyet-dinh-ngoc-lien-2026.yaml");
    watching.next_outcome("đã xuất quyet-dinh-ngoc-lien-2026.pdf");
    watching.wait_for("đang theo dõi quyet-dinh-ngoc-lien-2026.yaml");
    let pdf = dir.path().join("quyet-dinh-ngoc-lien-2026.pdf");
    let first = std::fs::read(&pdf).unwrap();

    let plan = dir.path().join("ngoc-lien-2026.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(&plan, text.replace("tủ sách cộng đồng", "tủ sách điện tử")).unwrap();
    watching.next_outcome("đã xuất quyet-dinh-ngoc-lien-2026.pdf");
    let second = std::fs::read(&pdf).unwrap();
    assert_ne!(first, second);
    assert!(common::normalize(&common::pdftotext(&second)).contains("tủ sách điện tử"));
}
