//! Files and paths: nothing is read from outside the document's folder,
//! no input is ever overwritten, output is all or nothing, and an
//! interrupted run leaves no temporary file behind.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::vanban;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A folder with the quyết định sample, its `attachment:` replaced.
fn quyet_dinh_attaching(attachment: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml")).unwrap();
    let edited = yaml.replace("attachment: ngoc-lien-2026.yaml", &format!("attachment: {attachment}"));
    assert_ne!(edited, yaml);
    std::fs::write(dir.path().join("qd.yaml"), edited).unwrap();
    dir
}

/// Runs `vanban` and fails the test if it does not finish in 30 s (a
/// process blocked on a FIFO would never finish).
fn vanban_within(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut child = Command::new(common::bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("vanban {args:?} did not finish in 30 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".vanban-"))
        .collect()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn an_attachment_outside_the_folder_is_refused_and_never_quoted() {
    // An absolute path, a path leading up, a link leading out.
    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), outside.path().join("plan.yaml")).unwrap();
    let cases = [
        ("/etc/passwd".to_string(), "`/etc/passwd` là đường dẫn tuyệt đối"),
        (outside.path().join("plan.yaml").display().to_string(), "là đường dẫn tuyệt đối"),
        ("../plan.yaml".to_string(), "`../plan.yaml` nằm ngoài thư mục của văn bản"),
        ("link.yaml".to_string(), "`link.yaml` nằm ngoài thư mục của văn bản"),
    ];
    for (attachment, expected) in cases {
        let dir = quyet_dinh_attaching(&attachment);
        #[cfg(unix)]
        std::os::unix::fs::symlink(outside.path().join("plan.yaml"), dir.path().join("link.yaml")).unwrap();
        for command in ["render", "check"] {
            let out = vanban(dir.path(), &[command, "qd.yaml"]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{attachment}: {err}");
            assert!(err.contains("lỗi[attachment]") && err.contains(expected), "{attachment}: {err}");
            assert!(err.contains("qd.yaml:"), "located at the field: {err}");
            assert!(!err.contains("root:"), "nothing of /etc/passwd is printed: {err}");
        }
        assert!(!dir.path().join("qd.pdf").exists());
    }

    // A file inside the folder that is not a YAML document: what it holds
    // is not shown.
    let dir = quyet_dinh_attaching("notes.txt");
    std::fs::write(dir.path().join("notes.txt"), "SECRET-LINE-1\nSECRET-LINE-2 key=value\n").unwrap();
    let out = vanban(dir.path(), &["check", "qd.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("lỗi[attachment]: Văn bản kèm theo notes.txt không phải văn bản YAML"), "{err}");
    assert!(!err.contains("SECRET"), "{err}");

    // A FIFO is refused without blocking.
    #[cfg(unix)]
    {
        let dir = quyet_dinh_attaching("pipe.yaml");
        mkfifo(&dir.path().join("pipe.yaml"));
        let out = vanban_within(dir.path(), &["check", "qd.yaml"]);
        assert!(
            stderr(&out).contains("pipe.yaml là một FIFO (ống có tên), không phải một tệp"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn attachments_that_attach_each_other_are_an_error_not_a_crash() {
    // Itself.
    let dir = quyet_dinh_attaching("qd.yaml");
    for args in [
        &["check", "qd.yaml"][..],
        &["render", "qd.yaml"],
        &["diff", "qd.yaml", "qd.yaml"],
        &["rollover", "qd.yaml", "--year", "2027", "-o", "next.yaml"],
    ] {
        let out = vanban_within(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("lỗi[attachment]: ")
                && err
                    .contains("qd.yaml đã là văn bản kèm theo một văn bản khác nên không thể kèm `qd.yaml`"),
            "{args:?}: {err}"
        );
    }
    // Two that attach each other.
    let dir = quyet_dinh_attaching("b.yaml");
    std::fs::rename(dir.path().join("qd.yaml"), dir.path().join("a.yaml")).unwrap();
    let b = std::fs::read_to_string(dir.path().join("a.yaml"))
        .unwrap()
        .replace("attachment: b.yaml", "attachment: a.yaml");
    std::fs::write(dir.path().join("b.yaml"), b).unwrap();
    let out = vanban_within(dir.path(), &["check", "a.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("không thể kèm `a.yaml`"), "{err}");
    assert!(err.contains("b.yaml:"), "located in the attached file: {err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("x.yaml"));
    for command in ["render", "check", "watch"] {
        let out = vanban_within(dir.path(), &[command, "x.yaml"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{command}: {err}");
        assert!(err.contains("x.yaml là một FIFO (ống có tên), không phải một tệp"), "{command}: {err}");
    }
    let out = vanban_within(dir.path(), &["check", "/dev/zero"]);
    assert!(stderr(&out).contains("/dev/zero là một thiết bị, không phải một tệp"), "{}", stderr(&out));
    let out = vanban_within(dir.path(), &["extract", "x.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("không đọc được x.yaml: đây là một FIFO (ống có tên), không phải một tệp"),
        "{}",
        stderr(&out)
    );
}

/// A file that is not a PDF given to `extract` is said to be one, in the
/// user's words, without the PDF parser's own English reason.
#[test]
fn extract_of_a_file_that_is_not_a_pdf_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.docx"), b"PK\x03\x04 not a pdf").unwrap();
    let out = vanban_within(dir.path(), &["extract", "cv.docx"]);
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("tệp này không phải PDF (một tệp PDF bắt đầu bằng `%PDF-`); hãy đưa tệp PDF do vanban xuất với `--attach-source`"),
        "{err}"
    );
    assert!(!err.contains("couldn't"), "{err}");
}

#[test]
fn an_input_over_the_limit_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let file = std::fs::File::create(dir.path().join("big.yaml")).unwrap();
    file.set_len(vanban::limits::MAX_INPUT_BYTES as u64 + 1).unwrap();
    let out = vanban_within(dir.path(), &["check", "big.yaml"]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "lỗi[input-too-large]: big.yaml có từ {} byte trở lên; mỗi văn bản giới hạn ở {} byte",
            vanban::limits::MAX_INPUT_BYTES + 1,
            vanban::limits::MAX_INPUT_BYTES
        )),
        "{err}"
    );
}

#[test]
fn watch_of_a_missing_file_stops_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = vanban_within(dir.path(), &["watch", "nope.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("Không đọc được nope.yaml"), "{err}");
    assert!(err.contains("Kiểm tra lại tên tệp"), "{err}");
}

#[test]
fn no_output_file_replaces_an_input() {
    // A phụ lục named like the input.
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/bao-cao-ngoc-lien-2026.yaml")).unwrap();
    std::fs::write(dir.path().join("r-phu-luc-I.pdf"), &yaml).unwrap();
    let out = vanban(dir.path(), &["render", "r-phu-luc-I.pdf", "-o", "r.pdf", "--appendices-apart"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(
            "lỗi: r-phu-luc-I.pdf sẽ ghi đè r-phu-luc-I.pdf (chính văn bản); vanban không bao giờ ghi đè tệp vào\n"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("r-phu-luc-I.pdf")).unwrap(), yaml);
    assert!(!dir.path().join("r.pdf").exists() && !dir.path().join("r-phu-luc-II.pdf").exists());
    assert!(temporaries(dir.path()).is_empty());

    // A page named like the input.
    let sample = common::sample_text();
    std::fs::write(dir.path().join("p-1.png"), &sample).unwrap();
    let out = vanban(dir.path(), &["render", "p-1.png", "-o", "p-{p}.png"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(dir.path().join("p-1.png")).unwrap(), sample);
    assert!(!dir.path().join("p-2.png").exists(), "nothing is written");

    // A page named like the plan a quyết định attaches.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml"), dir.path().join("qd.yaml"))
        .unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("ngoc-lien-2026.yaml")).unwrap();
    std::fs::rename(dir.path().join("ngoc-lien-2026.yaml"), dir.path().join("ngoc-lien-1.svg")).unwrap();
    let qd = std::fs::read_to_string(dir.path().join("qd.yaml"))
        .unwrap()
        .replace("attachment: ngoc-lien-2026.yaml", "attachment: ngoc-lien-1.svg");
    std::fs::write(dir.path().join("qd.yaml"), qd).unwrap();
    let before = std::fs::read(dir.path().join("ngoc-lien-1.svg")).unwrap();
    let out = vanban(dir.path(), &["render", "qd.yaml", "-o", "ngoc-lien-{p}.svg"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("lỗi: ngoc-lien-1.svg sẽ ghi đè ngoc-lien-1.svg (một tệp văn bản đọc vào); "),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.path().join("ngoc-lien-1.svg")).unwrap(), before);

    // A batch whose PDF would replace another input.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), &sample).unwrap();
    std::fs::write(dir.path().join("a.pdf"), &sample).unwrap();
    let out = vanban(dir.path(), &["render", "a.pdf", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(dir.path().join("a.pdf")).unwrap(), sample);
}

#[test]
fn phu_luc_files_and_the_main_pdf_are_replaced_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/bao-cao-ngoc-lien-2026.yaml")).unwrap();
    std::fs::write(dir.path().join("bc.yaml"), yaml).unwrap();
    std::fs::write(dir.path().join("bc-phu-luc-I.pdf"), "previous I").unwrap();
    std::fs::write(dir.path().join("bc-phu-luc-II.pdf"), "previous II").unwrap();
    // The main PDF cannot be written (a folder has its name).
    std::fs::create_dir(dir.path().join("bc.pdf")).unwrap();
    let out = vanban(dir.path(), &["render", "bc.yaml", "--appendices-apart"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("lỗi[io]: không ghi được bc.pdf: "), "{err}");
    assert_eq!(std::fs::read_to_string(dir.path().join("bc-phu-luc-I.pdf")).unwrap(), "previous I");
    assert_eq!(std::fs::read_to_string(dir.path().join("bc-phu-luc-II.pdf")).unwrap(), "previous II");
    assert!(temporaries(dir.path()).is_empty(), "{:?}", temporaries(dir.path()));
}

#[cfg(unix)]
#[test]
fn a_terminated_render_leaves_no_temporary_file_and_stale_ones_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.yaml"), common::big_plan(150, 10)).unwrap();
    // PNG pages are all written to temporary files before any is renamed:
    // a window of seconds in which to interrupt it.
    let child = Command::new(common::bin())
        .args(["render", "big.yaml", "-o", "p-{p}.png", "--ppi", "300"])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while temporaries(dir.path()).is_empty() {
        assert!(start.elapsed() < Duration::from_secs(120), "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) }, 0);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(128 + libc::SIGTERM), "{}", stderr(&out));
    assert!(temporaries(dir.path()).is_empty(), "{:?}", temporaries(dir.path()));
    assert!(!dir.path().join("p-1.png").exists(), "no page without the others");

    // What a killed run (SIGKILL cannot be caught) leaves is removed by
    // the next; a file of another naming is not.
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    let stale = dir.path().join(format!(".vanban-{dead}-aB3xYz.tmp"));
    let foreign = dir.path().join(".vanban-notes.tmp");
    std::fs::write(&stale, vec![0; 4096]).unwrap();
    std::fs::write(&foreign, "mine").unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("plan.yaml")).unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stale.exists());
    assert!(foreign.exists());
}

#[test]
fn names_stored_in_nfd_are_found() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap();
    let yaml = yaml.replace("images/chu-ky-pham-xuan-khanh.png", "ảnh/chữ-ký.png");
    assert!(yaml.contains("ảnh/chữ-ký.png"));
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    // Folder and file named as macOS stores them.
    let folder = dir.path().join("ảnh".nfd().collect::<String>());
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(
        common::root().join("data/images/chu-ky-pham-xuan-khanh.png"),
        folder.join("chữ-ký.png".nfd().collect::<String>()),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    std::fs::copy(
        common::root().join("data/images/dau-ubnd-xa-ngoc-lien.png"),
        dir.path().join("images/dau-ubnd-xa-ngoc-lien.png"),
    )
    .unwrap();
    let out = vanban(dir.path(), &["render", "cv.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("cv.pdf").is_file());
}

/// A quyết định and its plan rendered with their sources attached, and
/// the PDF copied alone into a new folder.
fn attached_pdf() -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml"), dir.path().join("qd.yaml"))
        .unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("plans/kh.yaml")).unwrap();
    let qd = std::fs::read_to_string(dir.path().join("qd.yaml"))
        .unwrap()
        .replace("attachment: ngoc-lien-2026.yaml", "attachment: plans/kh.yaml");
    std::fs::write(dir.path().join("qd.yaml"), qd).unwrap();
    let out = vanban(dir.path(), &["render", "qd.yaml", "--attach-source"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("qd.pdf"), other.path().join("qd.pdf")).unwrap();
    (dir, other)
}

#[test]
fn extract_never_writes_through_a_link_nor_over_its_pdf() {
    let (_dir, other) = attached_pdf();
    let outside = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), other.path().join("plans")).unwrap();
        let out = vanban(other.path(), &["extract", "qd.pdf"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("lỗi: plans là liên kết tượng trưng; vanban không ghi qua liên kết\n"), "{err}");
        assert!(err.contains("cách sửa: lấy tệp ra một thư mục không có liên kết"), "{err}");
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0, "nothing written outside");
        assert!(!other.path().join("qd.yaml").exists(), "nothing written at all");
        std::fs::remove_file(other.path().join("plans")).unwrap();
    }

    // The PDF itself, even with --force.
    let pdf = std::fs::read(other.path().join("qd.pdf")).unwrap();
    let out = vanban(other.path(), &["extract", "qd.pdf", "-o", "qd.pdf", "--force"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("qd.pdf là chính tệp PDF đang đọc; vanban không bao giờ ghi đè tệp đầu vào"),
        "{err}"
    );
    let english = [("LANG", "en_US.UTF-8")];
    let out = common::vanban_env(other.path(), &["extract", "qd.pdf", "-o", "qd.pdf", "--force"], &english);
    let err = stderr(&out);
    assert!(err.contains("error: qd.pdf is the PDF being read; vanban never overwrites its input"), "{err}");
    assert!(err.contains("hint: write the YAML elsewhere with -o\n"), "{err}");
    assert_eq!(std::fs::read(other.path().join("qd.pdf")).unwrap(), pdf);

    let out = vanban(other.path(), &["extract", "qd.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(other.path().join("plans/kh.yaml").is_file() && other.path().join("qd.yaml").is_file());
    assert!(stderr(&out).contains("đã ghi qd.yaml\n"), "{}", stderr(&out));
    let out = vanban(other.path(), &["extract", "qd.pdf"]);
    assert!(stderr(&out).contains("giữ nguyên qd.yaml (nội dung không đổi)\n"), "{}", stderr(&out));

    // The YAML under the name of a file it draws from (the plan beside it).
    let dir = tempfile::tempdir().unwrap();
    for file in ["quyet-dinh-ngoc-lien-2026.yaml", "ngoc-lien-2026.yaml"] {
        std::fs::copy(common::root().join("data").join(file), dir.path().join(file)).unwrap();
    }
    let out =
        vanban(dir.path(), &["render", "quyet-dinh-ngoc-lien-2026.yaml", "-o", "qd.pdf", "--attach-source"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("qd.pdf"), other.path().join("qd.pdf")).unwrap();
    let out = vanban(other.path(), &["extract", "qd.pdf", "-o", "ngoc-lien-2026.yaml", "--force"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("qd.pdf có hai tệp cùng sẽ được ghi vào ngoc-lien-2026.yaml"), "{err}");
    assert_eq!(std::fs::read_dir(other.path()).unwrap().count(), 1, "nothing written");
}

#[cfg(unix)]
#[test]
fn extract_refuses_a_name_with_control_characters_and_prints_it_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\nb\x1b[31m.yaml";
    std::fs::copy(common::sample_path(), dir.path().join(name)).unwrap();
    let out = vanban(dir.path(), &["render", name, "-o", "x.pdf", "--attach-source"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("x.pdf"), other.path().join("x.pdf")).unwrap();
    let out = vanban(other.path(), &["extract", "x.pdf"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(r"tệp YAML của nó là `a\nb\u{1b}[31m.yaml`, tên này có ký tự điều khiển"), "{err}");
    assert!(!err.contains('\x1b'), "no raw escape is printed: {err:?}");
    assert!(err.contains("-o"), "{err}");
    assert_eq!(std::fs::read_dir(other.path()).unwrap().count(), 1, "nothing written");
    // With a name chosen by the user, it is extracted.
    let out = vanban(other.path(), &["extract", "x.pdf", "-o", "plan.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(other.path().join("plan.yaml")).unwrap(),
        std::fs::read(common::sample_path()).unwrap()
    );
}

/// `text` as a PDF text string: UTF-16BE after its byte order mark, as PDF
/// writers store names that are not ASCII.
fn text_string(text: &str) -> lopdf::Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// A PDF carrying `source` as its YAML and `supplements` as files the
/// YAML draws from, stored the way vanban stores them.
fn pdf_carrying(source: &str, supplements: &[&str]) -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.7");
    let pages = doc.add_object(dictionary! {"Type" => "Pages", "Kids" => Vec::<Object>::new(), "Count" => 0});
    let mut names = Vec::new();
    let all = std::iter::once((source, "Source")).chain(supplements.iter().map(|s| (*s, "Supplement")));
    for (name, relationship) in all {
        let data = doc.add_object(Stream::new(dictionary! {"Type" => "EmbeddedFile"}, b"[core]\n".to_vec()));
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => Object::string_literal(name),
            "UF" => text_string(name),
            "EF" => dictionary! {"F" => data},
            "AFRelationship" => Object::Name(relationship.as_bytes().to_vec()),
        });
        names.extend([text_string(name), Object::Reference(spec)]);
    }
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! {"EmbeddedFiles" => dictionary! {"Names" => names}},
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn extract_writes_only_what_render_attaches() {
    let refused = [
        ("cv.yaml", vec![".git/config"], "`.git/config`, which starts with `.` (a hidden file or folder)"),
        ("cv.yaml", vec![".envrc"], "`.envrc`, which starts with `.` (a hidden file or folder)"),
        ("cv.yaml", vec!["images/.hidden.png"], "`images/.hidden.png`, which starts with `.`"),
        ("cv.yaml", vec!["run.sh"], "`run.sh`, which is neither a YAML (.yaml, .yml) nor a PNG image"),
        ("cv.yaml", vec!["images/"], "`images/`, which is neither a YAML (.yaml, .yml) nor a PNG image"),
        (
            "cv.yaml",
            vec!["a/b/c/d/e/f.png"],
            "`a/b/c/d/e/f.png`, which lies 5 folders deep; vanban writes at most 4",
        ),
        (".vanban-1-x.tmp", vec![], "names its YAML `.vanban-1-x.tmp`, which starts with `.`"),
        ("x.txt", vec![], "names its YAML `x.txt`, which is neither a YAML"),
    ];
    for (source, supplements, said) in refused {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("in.pdf"), pdf_carrying(source, &supplements)).unwrap();
        // Said in English here; in Vietnamese below.
        let out = common::vanban_env(dir.path(), &["extract", "in.pdf"], &[("LANG", "en_US.UTF-8")]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{source} {supplements:?}: {err}");
        assert!(err.contains(said), "{source} {supplements:?}: {err}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["in.pdf"], "nothing written for {source} {supplements:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.pdf"), pdf_carrying("cv.yaml", &["run.sh"])).unwrap();
    let err = stderr(&vanban(dir.path(), &["extract", "in.pdf"]));
    assert!(
        err.contains(
            "lỗi: in.pdf có tệp đính kèm `run.sh`, tên này không phải tệp YAML (.yaml, .yml) cũng không phải ảnh PNG\n"
        ),
        "{err}"
    );
    assert!(err.contains("cách sửa: vanban chỉ đính kèm tệp YAML và các ảnh PNG"), "{err}");
    // What vanban attaches comes back.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.pdf"), pdf_carrying("cv.yaml", &["images/ký.png", "plans/kh.yml"]))
        .unwrap();
    let out = vanban(dir.path(), &["extract", "in.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written: Vec<_> = walkdir(dir.path());
    for name in ["cv.yaml", "images/ký.png", "plans/kh.yml"] {
        let bytes = std::fs::read(dir.path().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}; written: {written:?}"));
        assert_eq!(bytes, b"[core]\n", "{name}");
    }
}

/// Every file under `dir`, relative to it.
fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { out.push(p.strip_prefix(dir).unwrap().to_path_buf()) }
        }
    }
    out.sort();
    out
}
