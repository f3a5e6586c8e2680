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

/// Runs `f` on a thread and fails if it has not finished in 60 s: a guard
/// against a hang, not a timing assertion.
fn within_60s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    // On a thread of the stack vanban gives every document it works on
    // (the test harness's own threads have 2 MiB, less than a debug build
    // needs to reach the nesting limit).
    let worker = std::thread::Builder::new().stack_size(vanban::limits::WORKER_STACK);
    worker
        .spawn(move || {
            let _ = tx.send(f());
        })
        .unwrap();
    rx.recv_timeout(Duration::from_secs(60)).expect("still running after 60 s")
}

fn load_error(yaml: String) -> vanban::diagnostic::Diagnostic {
    let errors = within_60s(move || vanban::load::load_str("big.yaml", &yaml).map(|_| ()).unwrap_err());
    errors.iter().next().unwrap().clone()
}

#[test]
fn yaml_aliases_cannot_amplify_a_small_file() {
    // 10 aliases of 10 aliases of … of a 10-item list: a few hundred bytes
    // that would expand to 10^6 values, in a list a plan really has.
    let mut yaml = common::big_plan(1, 1).replace("recipients:\n  - Thôn số 1 (để t/h)\n", "");
    yaml.push_str("x0: &x0 [Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn]\n");
    for i in 1..6 {
        yaml.push_str(&format!("x{i}: &x{i} [{}]\n", vec![format!("*x{}", i - 1); 10].join(", ")));
    }
    yaml.push_str("recipients: *x5\n");
    assert!(yaml.len() < 3_000);
    let d = load_error(yaml);
    assert_eq!(d.code, "yaml-too-large", "{d}");
    assert_eq!(
        d.message,
        "Tệp YAML này chứa hơn 50000 giá trị khi mở rộng các bí danh (`*name`); mỗi văn bản giới hạn ở 50000"
    );
}

#[test]
fn a_file_without_aliases_is_told_the_limit_it_hit_not_about_aliases() {
    // 50 001 list items written out, no anchor anywhere (the `&` of a name
    // like `NN&PTNT` is text): the message counts values, the hint does not
    // speak of aliases.
    let mut yaml = common::big_plan(1, 1).replace("recipients:\n  - Thôn số 1 (để t/h)\n", "");
    yaml.push_str("x-note: Sở NN&PTNT\nrecipients:\n");
    yaml.push_str(&"  - Thôn\n".repeat(50_001));
    let d = load_error(yaml);
    assert_eq!(d.code, "yaml-too-large", "{d}");
    assert_eq!(
        d.message,
        "Tệp YAML này chứa hơn 50000 giá trị (trường, mục danh sách, đoạn chữ); mỗi văn bản giới hạn ở 50000"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "Một văn bản thật chỉ có vài nghìn giá trị: hãy tách nó thành nhiều văn bản, hoặc xem lại phần có hàng nghìn dòng giống nhau (thường do nhập từ tệp khác)"
        )
    );
}

#[test]
fn aliases_of_long_text_cannot_amplify_it() {
    // One 100 KB paragraph, used 40 times: 4 MB of text from a 100 KB file.
    let mut yaml = common::big_plan(1, 1);
    yaml.push_str(&format!("x-text: &t \"{}\"\n", "chữ ".repeat(20_000)));
    yaml.push_str(&format!("x-many: [{}]\n", vec!["*t"; 40].join(", ")));
    let d = load_error(yaml);
    assert_eq!(d.code, "yaml-too-large", "{d}");
    assert_eq!(
        d.message,
        "Tệp YAML này chứa hơn 2097152 byte chữ khi mở rộng các bí danh (`*name`); mỗi văn bản giới hạn ở 2097152"
    );
}

#[test]
fn yaml_budgets_are_named_in_words_with_their_limit() {
    let base = common::big_plan(1, 1);
    let cases = [
        (
            format!("{base}x: {}1{}\n", "{x: ".repeat(100), "}".repeat(100)),
            "Tệp YAML này lồng danh sách và nhóm trường sâu hơn 48 cấp; mỗi văn bản giới hạn ở 48",
        ),
        (
            format!("{base}x: {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
            "Tệp YAML này lồng danh sách và nhóm trường sâu hơn 48 cấp; mỗi văn bản giới hạn ở 48",
        ),
        (
            format!(
                "{base}y: [{}]\nx: [{}]\n",
                (0..10_001).map(|i| format!("&a{i} 1")).collect::<Vec<_>>().join(", "),
                (0..10_001).map(|i| format!("*a{i}")).collect::<Vec<_>>().join(", ")
            ),
            "Tệp YAML này dùng bí danh (`*name`) hơn 10000 lần; mỗi văn bản giới hạn ở 10000",
        ),
    ];
    for (yaml, message) in cases {
        let d = load_error(yaml);
        assert_eq!(d.code, "yaml-too-large", "{d}");
        assert_eq!(d.message, message);
        assert!(d.hint.is_some(), "{d}");
    }
    // Whatever the breach, no Rust value reaches the user.
    let ratio = format!("{base}a: &a 1\nx: [{}]\n", vec!["*a"; 9_999].join(", "));
    let d = load_error(ratio);
    assert_eq!(d.code, "yaml-too-large", "{d}");
    assert!(!d.message.contains('{') && !d.message.contains("breach"), "{d}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let mut yaml = common::big_plan(1, 1);
    while yaml.len() <= 2 * 1024 * 1024 {
        yaml.push_str("# một dòng chú thích dài cho đủ kích thước của tệp thử nghiệm\n");
    }
    std::fs::write(&path, &yaml).unwrap();
    let errors = within_60s(move || vanban::load::load_file(&path).map(|_| ()).unwrap_err());
    let d = errors.iter().next().unwrap();
    assert_eq!(d.code, "input-too-large", "{d}");
    assert!(d.message.contains("byte trở lên; mỗi văn bản giới hạn ở 2097152 byte"), "{d}");
}

#[test]
fn one_text_longer_than_the_limit_is_refused_at_its_field() {
    // A 1.9 MB paragraph used to be laid out for minutes.
    let yaml = common::big_plan(1, 1)
        .replace("closing: Trên đây là Kế hoạch thử tải.", &format!("closing: \"{}\"", "chữ ".repeat(5_001)));
    let line = yaml.lines().position(|l| l.starts_with("closing:")).unwrap() + 1;
    let d = load_error(yaml);
    assert_eq!(d.code, "text-too-long", "{d}");
    assert_eq!(d.message, "Đoạn chữ này dài hơn 20000 ký tự; mỗi đoạn giới hạn ở 20000");
    assert_eq!(d.path.as_deref(), Some("closing"));
    assert_eq!(d.line_col().map(|(l, _)| l), Some(line));
    assert_eq!(
        d.hint.as_deref(),
        Some("Một đoạn văn chỉ vài trăm chữ: hãy tách thành nhiều đoạn (nhiều mục của danh sách)")
    );
    // The same in English.
    let long = common::big_plan(1, 1)
        .replace("closing: Trên đây là Kế hoạch thử tải.", &format!("closing: \"{}\"", "chữ ".repeat(5_001)));
    let errors = vanban::i18n::with_lang(vanban::i18n::Lang::En, || {
        vanban::load::load_str("big.yaml", &long).map(|_| ()).unwrap_err()
    });
    let d = errors.iter().next().unwrap();
    assert_eq!(d.message, "this text is more than 20000 characters long; one text is limited to 20000");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "a paragraph is a few hundred words: split the text into several paragraphs (items of the list)"
        )
    );
    // At the limit it loads.
    let yaml = common::big_plan(1, 1)
        .replace("closing: Trên đây là Kế hoạch thử tải.", &format!("closing: \"{}\"", "chữ ".repeat(5_000)));
    within_60s(move || vanban::load::load_str("big.yaml", &yaml).map(|_| ()).unwrap());
}

#[test]
fn inline_markup_is_bounded_per_document_and_said_once() {
    // 2 MiB of `**đậm** và *nghiêng*` took 1.1 GB to lay out (probe, round
    // two): 5,000 pieces per file, the error at the field that crosses.
    let para = "**đậm** và *nghiêng* ".repeat(500).trim_end().to_string();
    assert_eq!(vanban::template::escape::inline_spans(&para), 1_000);
    let mut yaml = common::big_plan(1, 1);
    let paras: String = (0..6).map(|_| format!("  - \"{para}\"\n")).collect();
    yaml = yaml.replace("closing: ", &format!("purposes:\n{paras}closing: "));
    let line = yaml.lines().position(|l| l.starts_with("purposes:")).unwrap() + 1 + 6;
    let errors = within_60s(move || vanban::load::load_str("big.yaml", &yaml).map(|_| ()).unwrap_err());
    let found: Vec<_> = errors.iter().filter(|d| d.code == "inline-too-many").collect();
    assert_eq!(found.len(), 1, "{errors}");
    let d = found[0];
    assert_eq!(
        d.message,
        "Tính đến trường này, văn bản có hơn 5000 chỗ định dạng trong dòng (`**đậm**`, `*nghiêng*`, `^[chú thích]`); mỗi văn bản giới hạn ở 5000"
    );
    assert_eq!(d.path.as_deref(), Some("purposes[5]"));
    assert_eq!(d.line_col().map(|(l, _)| l), Some(line));
    // Five such paragraphs load.
    let mut yaml = common::big_plan(1, 1);
    let paras: String = (0..5).map(|_| format!("  - \"{para}\"\n")).collect();
    yaml = yaml.replace("closing: ", &format!("purposes:\n{paras}closing: "));
    within_60s(move || vanban::load::load_str("big.yaml", &yaml).map(|_| ()).unwrap());
}

/// The line of `yaml` a diagnostic points at.
fn line_at(d: &vanban::diagnostic::Diagnostic, yaml: &str) -> String {
    let (line, _) = d.line_col().unwrap_or_else(|| panic!("no line:col in {d}"));
    yaml.lines().nth(line - 1).unwrap().to_string()
}

#[test]
fn a_yaml_budget_points_at_the_line_where_it_ran_out() {
    // Aliases: where the parser was expanding them.
    let mut yaml = common::big_plan(1, 1).replace("recipients:\n  - Thôn số 1 (để t/h)\n", "");
    yaml.push_str("x0: &x0 [Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn, Thôn]\n");
    for i in 1..6 {
        yaml.push_str(&format!("x{i}: &x{i} [{}]\n", vec![format!("*x{}", i - 1); 10].join(", ")));
    }
    yaml.push_str("recipients: *x5\n");
    let d = load_error(yaml.clone());
    assert_eq!(d.code, "yaml-too-large", "{d}");
    assert!(line_at(&d, &yaml).contains("*x"), "{d}");
    assert!(d.render(false).contains("┌─ big.yaml:"), "{}", d.render(false));

    // Nesting in block style: the line indented too deep, and a hint
    // about indentation (there is no bracket to look for).
    let base = common::big_plan(1, 1);
    let nested: String = (0..60).map(|k| format!("{}a:\n", "  ".repeat(k))).collect();
    let yaml = format!("{base}x:\n{}", nested.lines().map(|l| format!("  {l}\n")).collect::<String>());
    let d = load_error(yaml.clone());
    assert_eq!(
        d.message,
        "Tệp YAML này lồng danh sách và nhóm trường sâu hơn 48 cấp; mỗi văn bản giới hạn ở 48"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "Một văn bản chỉ lồng vài cấp: dòng này thụt vào sâu hơn 48 cấp (mỗi mức thụt lề dưới một `content:` \
             hay `- ` là một cấp); hãy đưa các mục lên ít cấp hơn"
        )
    );
    let line = line_at(&d, &yaml);
    assert!(line.trim_start() == "a:" && line.len() - 2 > 2 * 40, "{line:?}");

    // Nesting in flow style: the brackets.
    let yaml = format!("{base}x: {}1{}\n", "{x: ".repeat(100), "}".repeat(100));
    let d = load_error(yaml.clone());
    assert_eq!(
        d.hint.as_deref(),
        Some("Một văn bản chỉ lồng vài cấp: hãy tìm một dấu `[` hoặc `{` không được đóng")
    );
    assert!(line_at(&d, &yaml).starts_with("x: {x: "), "{d}");
}

/// A form of thousands of fill-in lines (10,000 took 1 GB and 6 s to
/// check) is refused at load, at the first block over
/// `FORM_MAX_BLOCKS`, before any layout; the limit itself is accepted.
#[test]
fn a_form_longer_than_its_block_limit_is_refused_at_load_where_it_crosses() {
    let max = vanban::limits::FORM_MAX_BLOCKS;
    let sample =
        std::fs::read_to_string(common::root().join("data/quy-che-lam-viec-ngoc-lien-2026.yaml")).unwrap();
    let anchor = "    content:\n      - text: \"Thực hiện khoản 2";
    assert!(sample.contains(anchor));
    let with = |extra: usize| {
        let lines: String = (0..extra).map(|i| format!("      - field: Mục thứ {i}\n")).collect();
        sample.replacen(anchor, &format!("    content:\n{lines}      - text: \"Thực hiện khoản 2"), 1)
    };
    // The form has 3 blocks of its own: up to the limit it loads.
    let blocks = |yaml: &str| {
        let loaded = vanban::load::load_str("quy-che.yaml", yaml).unwrap();
        loaded.document.forms()[0].content.len()
    };
    assert_eq!(blocks(&with(max - 3)), max);

    let dir = tempfile::tempdir().unwrap();
    let yaml = with(max + 1);
    std::fs::write(dir.path().join("quy-che.yaml"), &yaml).unwrap();
    let out = common::vanban(dir.path(), &["render", "quy-che.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let line = yaml.lines().position(|l| l.contains(&format!("field: Mục thứ {max}"))).unwrap() + 1;
    assert!(
        err.starts_with(&format!(
            "lỗi[form-too-many-blocks]: Mẫu có {} khối (`field`, `fields`, `text`, `table`…); mỗi mẫu giới hạn ở {max} khối, mẫu thật chỉ có vài chục\n    ┌─ quy-che.yaml:{line}:9\n",
            max + 4
        )),
        "{err}"
    );
    assert!(err.contains(&format!("= trường: forms[0].content[{max}]\n")), "{err}");
    assert!(
        err.contains("= cách sửa: Xem lại mẫu này: hàng nghìn dòng điền giống nhau thường do nhập từ tệp khác; bỏ bớt, hoặc dùng một `table:` với `blank_rows` cho các dòng cần điền\n"),
        "{err}"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["quy-che.yaml"], "nothing written");
}
