//! Nothing lost and nothing random: interrupted renders keep the last good
//! PDF, and the same YAML gives byte-identical PDFs.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{sha256, vanban};

#[test]
fn the_same_yaml_gives_the_same_bytes_from_any_folder() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), a.path().join("plan.yaml")).unwrap();
    std::fs::create_dir(b.path().join("sub")).unwrap();
    std::fs::copy(common::sample_path(), b.path().join("sub/plan.yaml")).unwrap();

    assert!(vanban(a.path(), &["render", "plan.yaml"]).status.success());
    let out_b = b.path().join("sub/out.pdf");
    let abs_input = b.path().join("sub/plan.yaml");
    assert!(
        vanban(b.path(), &["render", abs_input.to_str().unwrap(), "-o", out_b.to_str().unwrap()])
            .status
            .success()
    );
    let first = std::fs::read(a.path().join("plan.pdf")).unwrap();
    assert_eq!(sha256(&first), sha256(&std::fs::read(&out_b).unwrap()));
    // And again, in the same folder.
    assert!(vanban(a.path(), &["render", "plan.yaml"]).status.success());
    assert_eq!(sha256(&first), sha256(&std::fs::read(a.path().join("plan.pdf")).unwrap()));
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("plan.yaml")).unwrap();
    let run = |epoch: Option<&str>| {
        let mut cmd = Command::new(common::bin());
        cmd.args(["render", "plan.yaml"]).current_dir(dir.path()).env_remove("SOURCE_DATE_EPOCH");
        if let Some(e) = epoch {
            cmd.env("SOURCE_DATE_EPOCH", e);
        }
        assert!(cmd.output().unwrap().status.success());
        std::fs::read(dir.path().join("plan.pdf")).unwrap()
    };
    let plain = run(None);
    let pinned = run(Some("1767225600")); // 2026-01-01T00:00:00Z
    assert_eq!(sha256(&pinned), sha256(&run(Some("1767225600"))));
    assert_ne!(sha256(&plain), sha256(&pinned));
    let created = common::pdf::info(&pinned, "CreationDate").expect("a CreationDate");
    // 2026-01-01T00:00:00Z, as PDF writes a date (UTC as `Z` or `+00'00'`).
    assert!(created == "D:20260101000000Z" || created.starts_with("D:20260101000000+00'00"), "{created}");
}

#[test]
fn a_killed_render_leaves_the_previous_pdf_intact() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("plan.yaml")).unwrap();
    assert!(vanban(dir.path(), &["render", "plan.yaml"]).status.success());
    let old = std::fs::read(dir.path().join("plan.pdf")).unwrap();

    // A much larger document takes long enough to be interrupted.
    std::fs::write(dir.path().join("plan.yaml"), common::big_plan(400, 1500)).unwrap();
    let mut child = Command::new(common::bin())
        .args(["render", "plan.yaml"])
        .current_dir(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();

    let now = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    if finished_early {
        // Too fast to interrupt here: then the new file must be whole.
        assert!(now.ends_with(b"%%EOF") || now.ends_with(b"%%EOF\n"));
    } else {
        assert_eq!(sha256(&now), sha256(&old), "the previous PDF is byte-for-byte intact");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

#[test]
fn a_large_plan_renders() {
    // 500 dự án and 2,000 nơi nhận: a PDF, not a hang (timing is measured
    // by scripts/bench-scale.sh, not asserted here).
    let start = Instant::now();
    let out = common::render_str("big.yaml", &common::big_plan(500, 2000));
    let text = common::pdftotext(&out.pdf);
    assert!(text.contains("Dự án 500: Dự án số 500"), "last dự án printed");
    assert!(text.contains("- Thôn số 2000 (để t/h);"), "last recipient printed");
    eprintln!("500 projects, 2000 recipients: {} pages in {:?}", out.layout.pages.len(), start.elapsed());
}
