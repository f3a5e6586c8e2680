//! The văn thư's register (sổ đăng ký văn bản đi) and `vanban issue`:
//! numbers per body, year and series (NĐ30 Điều 15) with no duplicate and
//! no silent gap, the YAML edited in place, the PDF recorded and verified.

mod common;

use std::time::Duration;

use chrono::NaiveDate;
use common::{normalize, pdftotext_body, vanban};
use vanban::register::{self, Check, Filter, NewEntry, Status};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn entry(body: &str, on: &str) -> NewEntry {
    NewEntry {
        body: body.to_string(),
        series: String::new(),
        date: date(on),
        ky_hieu: "KH-UBND".to_string(),
        doc_type: "ke-hoach".to_string(),
        title: "Kế hoạch Triển khai thử".to_string(),
        signer: "Phạm Xuân Khánh".to_string(),
        recipients: "UBND tỉnh Thanh Hóa; Các thôn".to_string(),
        copies: 4,
        archive: "VT, VHXH".to_string(),
        note: String::new(),
        source: None,
    }
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The value `register show` prints after `label:`, its column aligned.
fn shown_field<'a>(shown: &'a str, label: &str) -> Option<&'a str> {
    shown.lines().find_map(|l| l.strip_prefix(label)?.strip_prefix(':')).map(str::trim)
}

const XA: &str = "Ủy ban nhân dân xã Ngọc Liên";

#[test]
fn numbering_restarts_at_01_on_1_january() {
    let dir = tempfile::tempdir().unwrap();
    let mut reg = register::open(&dir.path().join("r.sqlite")).unwrap();
    let numbers: Vec<(i32, u32)> = ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]
        .iter()
        .map(|d| reg.take(&entry(XA, d)).map(|e| (e.year, e.number)).unwrap())
        .collect();
    assert_eq!(numbers, [(2026, 1), (2026, 2), (2027, 1), (2027, 2)]);
    // A late 2026 entry continues 2026's series, not 2027's.
    let late = reg.take(&entry(XA, "2026-12-31")).unwrap();
    assert_eq!((late.year, late.number, late.so_ky_hieu().as_str()), (2026, 3, "03/KH-UBND"));
}

#[test]
fn each_body_and_the_secret_series_count_on_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut reg = register::open(&dir.path().join("r.sqlite")).unwrap();
    let other = "Ủy ban nhân dân xã Yên Thọ";
    let secret = |on: &str| NewEntry { series: register::SECRET_SERIES.to_string(), ..entry(XA, on) };
    let taken: Vec<u32> = [
        entry(XA, "2026-03-01"),
        entry(other, "2026-03-01"),
        secret("2026-03-02"),
        entry(XA, "2026-03-02"),
        secret("2026-03-03"),
        entry(other, "2026-03-04"),
        entry(XA, "2026-03-05"),
    ]
    .iter()
    .map(|e| reg.take(e).unwrap().number)
    .collect();
    assert_eq!(taken, [1, 1, 1, 2, 2, 2, 3]);
    let listed: Vec<(String, bool, u32)> = reg
        .list(&Filter::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.entry.body.clone(), e.is_secret(), e.number))
        .collect();
    assert_eq!(
        listed,
        [
            (XA.to_string(), false, 1),
            (XA.to_string(), false, 2),
            (XA.to_string(), false, 3),
            (XA.to_string(), true, 1),
            (XA.to_string(), true, 2),
            (other.to_string(), false, 1),
            (other.to_string(), false, 2),
        ]
    );
}

#[test]
fn racing_connections_never_share_or_skip_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sqlite");
    register::open(&path).unwrap();
    const THREADS: usize = 4;
    const EACH: usize = 75;
    let (done, finished) = std::sync::mpsc::channel();
    for t in 0..THREADS {
        let (path, done) = (path.clone(), done.clone());
        std::thread::spawn(move || {
            let mut got = Vec::new();
            for _ in 0..EACH {
                // A connection of its own each time, as a separate run has.
                let mut reg = register::open_with_timeout(&path, Duration::from_secs(60)).unwrap();
                let mut new = entry(XA, "2026-06-01");
                new.note = format!("thread {t}");
                got.push(reg.take(&new).unwrap().number);
            }
            done.send(got).unwrap();
        });
    }
    let mut all = Vec::new();
    for _ in 0..THREADS {
        // A guard against a hang, not a speed test.
        all.extend(finished.recv_timeout(Duration::from_secs(300)).expect("the racing threads finished"));
    }
    all.sort();
    assert_eq!(all, (1..=(THREADS * EACH) as u32).collect::<Vec<_>>());
    let reg = register::open(&path).unwrap();
    assert_eq!(reg.list(&Filter::default()).unwrap().len(), THREADS * EACH);
}

#[test]
fn a_version_1_register_is_migrated_keeping_its_entries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        // The schema vanban wrote before series existed: one series per body and year.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE outgoing (
                id INTEGER PRIMARY KEY, body TEXT NOT NULL, year INTEGER NOT NULL,
                number INTEGER NOT NULL, ky_hieu TEXT NOT NULL, date TEXT NOT NULL,
                doc_type TEXT NOT NULL, title TEXT NOT NULL, signer TEXT NOT NULL,
                recipients TEXT NOT NULL, copies INTEGER NOT NULL, archive TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '', source TEXT, file TEXT, sha256 TEXT,
                status TEXT NOT NULL, reason TEXT, taken_at TEXT NOT NULL,
                UNIQUE (body, year, number));
             CREATE TABLE schema_version (version INTEGER NOT NULL);
             INSERT INTO schema_version VALUES (1);
             INSERT INTO outgoing VALUES (1, 'Ủy ban nhân dân xã Ngọc Liên', 2026, 1, 'KH-UBND', '2026-01-05',
                 'ke-hoach', 'Kế hoạch cũ', 'Phạm Xuân Khánh', 'Các thôn', 3, 'VT', '', 'kh.yaml', 'kh.pdf',
                 'ab', 'issued', NULL, '2026-01-05T08:00:00Z');
             INSERT INTO outgoing VALUES (2, 'Ủy ban nhân dân xã Ngọc Liên', 2026, 2, 'BC-UBND', '2026-01-06',
                 'bao-cao', 'Báo cáo cũ', 'Phạm Xuân Khánh', 'UBND tỉnh', 2, 'VT', '', NULL, NULL, NULL,
                 'cancelled', 'the render failed', '2026-01-06T08:00:00Z');",
        )
        .unwrap();
    }
    let mut reg = register::open(&path).unwrap();
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, register::SCHEMA_VERSION);
    let old = reg.list(&Filter::default()).unwrap();
    assert_eq!(old.len(), 2);
    assert_eq!(
        (old[0].so_ky_hieu().as_str(), old[0].status, old[0].entry.series.as_str()),
        ("01/KH-UBND", Status::Issued, "")
    );
    assert_eq!(old[0].file.as_deref(), Some("kh.pdf"));
    assert_eq!((old[1].status, old[1].reason.as_deref()), (Status::Cancelled, Some("the render failed")));
    // The ordinary series goes on from the migrated numbers; the secret
    // series, new in version 2, starts at 01.
    assert_eq!(reg.take(&entry(XA, "2026-02-01")).unwrap().number, 3);
    let secret = NewEntry { series: register::SECRET_SERIES.to_string(), ..entry(XA, "2026-02-01") };
    assert_eq!(reg.take(&secret).unwrap().number, 1);
    drop(reg);
    // Opening it again changes nothing.
    assert_eq!(register::open(&path).unwrap().list(&Filter::default()).unwrap().len(), 4);
}

#[test]
fn a_locked_register_gives_an_error_and_no_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sqlite");
    let mut reg = register::open_with_timeout(&path, Duration::from_millis(200)).unwrap();
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = reg.take(&entry(XA, "2026-05-01")).unwrap_err();
    assert_eq!(err.code, "register-locked");
    assert!(
        err.message.ends_with(" bị một chương trình khác khóa suốt 0.2 giây; chưa lấy số nào"),
        "{}",
        err.message
    );
    assert_eq!(
        err.hint.as_deref(),
        Some("Chờ vanban kia (hoặc chương trình đang giữ tệp) làm xong, rồi cấp số lại")
    );
    // In English.
    let err =
        vanban::i18n::with_lang(vanban::i18n::Lang::En, || reg.take(&entry(XA, "2026-05-01")).unwrap_err());
    assert!(
        err.message.ends_with(" stayed locked by another program for 0.2 s; no number was taken"),
        "{}",
        err.message
    );
    holder.execute_batch("ROLLBACK").unwrap();
    // Nothing was consumed: the next number is 01.
    assert_eq!(reg.take(&entry(XA, "2026-05-01")).unwrap().number, 1);
}

/// The sample plan in a folder of its own, with the register beside it.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), common::sample_text()).unwrap();
    dir
}

#[test]
fn a_damaged_register_gives_no_number_and_leaves_the_yaml_alone() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("vanban-register.sqlite"),
        "these are not the bytes of a database\n".repeat(200),
    )
    .unwrap();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("lỗi[register-corrupt]"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(": Sổ đăng ký vanban-register.sqlite bị hỏng hoặc không phải sổ đăng ký ("),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(
            "; chưa lấy số nào\n = cách sửa: Khôi phục sổ đăng ký từ bản sao lưu gần nhất; vanban không cấp số từ một sổ bị hỏng\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(),
        common::sample_text()
    );
    assert!(!dir.path().join("ngoc-lien-2026.pdf").exists());
}

#[test]
fn the_sample_goes_from_draft_to_registered_pdf() {
    let dir = workspace();
    let out =
        vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20", "--note", "bản giấy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "đã ban hành ngoc-lien-2026.yaml số 01/KH-UBND, ngày 20/04/2026; đã cập nhật ngoc-lien-2026.yaml; đã ghi vào vanban-register.sqlite\n"
        ),
        "{}",
        stderr(&out)
    );
    // A mistyped register path would start a second series: the new file is announced.
    assert!(
        stderr(&out).contains(
            "ghi chú: chưa có sổ đăng ký ở vanban-register.sqlite (hoặc tệp trống); vanban đã tạo sổ, các dãy số bắt đầu từ 01\n"
        ),
        "{}",
        stderr(&out)
    );

    // The YAML has its số and ngày, and nothing else changed: comments,
    // key order and formatting are kept.
    let source = common::sample_text();
    let issued = std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap();
    let changed: Vec<(&str, &str)> = source.lines().zip(issued.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [("number: null", "number: 1"), ("date: null", "date: 2026-04-20")]);
    assert_eq!(source.lines().count(), issued.lines().count());
    assert!(issued.contains("# Số and ngày are left blank (null): the văn thư fills them when issuing."));

    // The PDF carries them.
    let pdf = std::fs::read(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let text = normalize(&pdftotext_body(&pdf));
    assert!(text.contains("Số: 01/KH-UBND"), "{text}");
    assert!(text.contains("Ngọc Liên, ngày 20 tháng 4 năm 2026"), "{text}");

    // The register has it, with the PDF's hash.
    let out = vanban(dir.path(), &["register", "show", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    let sha = register::sha256(&pdf);
    assert_eq!(shown_field(&shown, "SHA-256"), Some(sha.as_str()), "{shown}");
    assert_eq!(shown_field(&shown, "Số, ký hiệu"), Some("01/KH-UBND"), "{shown}");
    assert_eq!(shown_field(&shown, "Tệp PDF"), Some("ngoc-lien-2026.pdf"), "{shown}");
    assert_eq!(shown_field(&shown, "Ghi chú"), Some("bản giấy"), "{shown}");
    assert_eq!(shown_field(&shown, "Tình trạng"), Some("đã ban hành"), "{shown}");
    // The values start in one column.
    let column = |label: &str| {
        let line = shown.lines().find(|l| l.starts_with(label)).unwrap();
        line.chars().count() - line[label.len()..].trim_start_matches(':').trim_start().chars().count()
    };
    assert_eq!(column("Số, ký hiệu"), column("Tên loại, trích yếu"), "{shown}");
    assert_eq!(column("SHA-256"), column("Lấy số lúc"), "{shown}");
    // In English, the labels are English.
    let out = common::vanban_env(dir.path(), &["register", "show", "1"], &[("LANG", "en_US.UTF-8")]);
    let english = stdout(&out);
    assert_eq!(shown_field(&english, "Number, code"), Some("01/KH-UBND"), "{english}");
    assert_eq!(shown_field(&english, "Status"), Some("issued"), "{english}");
    assert_eq!(shown_field(&english, "Number taken at"), shown_field(&shown, "Lấy số lúc"), "{english}");
    let out = vanban(dir.path(), &["register", "list"]);
    assert!(
        stdout(&out).contains(
            "Ủy ban nhân dân xã Ngọc Liên năm 2026\n  01/KH-UBND         20/04/2026  Kế hoạch Triển khai"
        ),
        "{}",
        stdout(&out)
    );

    // Issuing it again is refused, at its `number:` line.
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("lỗi[already-numbered]: ngoc-lien-2026.yaml đã có số 01/KH-UBND; ban hành lại sẽ làm một văn bản có hai số\n"), "{err}");
    assert!(err.contains("ngoc-lien-2026.yaml:21:9"), "{err}");
    assert!(
        err.contains(
            "= cách sửa: văn bản đã ban hành giữ nguyên số; muốn cấp số mới (thay số cũ), thêm --renumber\n"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(), issued);

    // Its YAML put back to number: null, or a copy of the draft under
    // another name: the register knows the document, and gives no second number.
    std::fs::write(dir.path().join("ban-sao.yaml"), &source).unwrap();
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), &source).unwrap();
    for name in ["ngoc-lien-2026.yaml", "ban-sao.yaml"] {
        let out = vanban(dir.path(), &["issue", name, "--date", "2026-04-22"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(
                "lỗi[already-registered]: sổ đăng ký đã có văn bản này: số 01/KH-UBND, ngày 20/04/2026, ban hành từ ngoc-lien-2026.yaml; ban hành lại sẽ làm một văn bản có hai số\n"
            ),
            "{err}"
        );
        assert!(
            err.contains(
                "= cách sửa: ghi số và ngày đó vào YAML; nếu đây là văn bản khác có cùng trích yếu, thêm --renumber\n"
            ),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(dir.path().join(name)).unwrap(), source);
    }
    assert!(!dir.path().join("ban-sao.pdf").exists());
    assert_eq!(std::fs::read(dir.path().join("ngoc-lien-2026.pdf")).unwrap(), pdf);
    std::fs::remove_file(dir.path().join("ban-sao.yaml")).unwrap();
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), &issued).unwrap();
    assert_eq!(
        register::open(&dir.path().join("vanban-register.sqlite"))
            .unwrap()
            .list(&Filter::default())
            .unwrap()
            .len(),
        1
    );

    // verify: as recorded; then a changed PDF is reported, then a missing one.
    let out = vanban(dir.path(), &["register", "verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("1/1 PDF đã ban hành còn đúng như sổ đã ghi"), "{}", stderr(&out));
    let mut edited = pdf.clone();
    edited.extend_from_slice(b"\n% edited after issuing\n");
    std::fs::write(dir.path().join("ngoc-lien-2026.pdf"), &edited).unwrap();
    let out = vanban(dir.path(), &["register", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "đã thay đổi: 01/KH-UBND (2026) ngoc-lien-2026.pdf: SHA-256 hiện là {}, sổ ghi {sha}",
        register::sha256(&edited)
    );
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    assert!(stderr(&out).contains("0/1 PDF đã ban hành còn đúng như sổ đã ghi"), "{}", stderr(&out));
    std::fs::remove_file(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let out = vanban(dir.path(), &["register", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("không còn: 01/KH-UBND (2026) ngoc-lien-2026.pdf: "), "{err}");
    assert!(err.contains("ngoc-lien-2026.pdf: không có tệp hoặc thư mục này\n"), "{err}");
    let out = common::vanban_env(dir.path(), &["register", "verify"], &[("LANG", "en_US.UTF-8")]);
    let err = stderr(&out);
    assert!(err.contains("missing: 01/KH-UBND (2026) ngoc-lien-2026.pdf: "), "{err}");
    assert!(err.contains("ngoc-lien-2026.pdf: no such file or folder\n"), "{err}");
    assert!(err.contains("0 of 1 issued PDF(s) as recorded"), "{err}");
}

#[test]
fn a_failed_issue_cancels_its_number_and_the_next_one_follows() {
    let dir = workspace();
    // The PDF cannot be written: a folder has its name.
    std::fs::create_dir(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let reg_path = dir.path().join("so-van-ban-di.sqlite");
    let env = [("VANBAN_REGISTER", reg_path.to_str().unwrap())];
    let out = common::vanban_env(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"], &env);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("lỗi: 01/KH-UBND chưa được ban hành; số này đã được đánh dấu hủy trong ")
            && err.contains(": không ghi được ngoc-lien-2026.pdf: đã có một thư mục mang tên này"),
        "{err}"
    );
    // Nothing was written: the YAML is as it was.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(),
        common::sample_text()
    );

    std::fs::remove_dir(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let out = common::vanban_env(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-21"], &env);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("số 02/KH-UBND"), "{}", stderr(&out));

    let out = common::vanban_env(dir.path(), &["register", "list"], &env);
    let listed = stdout(&out);
    assert!(listed.contains("01/KH-UBND         20/04/2026"), "{listed}");
    assert!(
        listed.contains("[đã hủy: không ghi được ngoc-lien-2026.pdf: đã có một thư mục mang tên này]"),
        "{listed}"
    );
    assert!(listed.contains("02/KH-UBND         21/04/2026"), "{listed}");
    let reg = register::open(&reg_path).unwrap();
    let statuses: Vec<(u32, Status)> =
        reg.list(&Filter::default()).unwrap().iter().map(|e| (e.number, e.status)).collect();
    assert_eq!(statuses, [(1, Status::Cancelled), (2, Status::Issued)]);
}

#[test]
fn a_run_that_stopped_after_taking_its_number_shows_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let mut reg = register::open(&path).unwrap();
    reg.take(&entry(XA, "2026-07-01")).unwrap();
    drop(reg);
    let out = vanban(dir.path(), &["register", "list", "--year", "2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            "01/KH-UBND         01/07/2026  Kế hoạch Triển khai thử  [đã lấy số, chưa ghi nhận văn bản: lần chạy đã dừng trước khi ghi PDF]"
        ),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_csv_export_has_the_columns_of_the_so_and_one_row_per_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let mut reg = register::open(&path).unwrap();
    let pdf = dir.path().join("kh.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 test").unwrap();
    let a = reg.take(&NewEntry { note: "gửi kèm bản giấy".to_string(), ..entry(XA, "2026-03-02") }).unwrap();
    reg.record(a.id, &pdf, &register::sha256(b"%PDF-1.7 test")).unwrap();
    let b = reg.take(&entry(XA, "2026-03-03")).unwrap();
    reg.cancel(b.id, "the render failed: a missing image").unwrap();
    let secret = NewEntry {
        series: register::SECRET_SERIES.to_string(),
        doc_type: "bao-cao".to_string(),
        ky_hieu: "BC-UBND".to_string(),
        title: "Báo cáo Tình hình an ninh".to_string(),
        ..entry(XA, "2026-03-04")
    };
    reg.take(&secret).unwrap();
    reg.take(&entry(XA, "2027-01-04")).unwrap();
    drop(reg);

    let out = vanban(dir.path(), &["register", "export", "--csv", "so.csv", "--year", "2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("đã ghi so.csv (3 mục năm 2026)"), "{}", stderr(&out));
    let mut reader = csv::Reader::from_path(dir.path().join("so.csv")).unwrap();
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        headers,
        [
            "Số, ký hiệu văn bản",
            "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản",
            "Người ký",
            "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu",
            "Số lượng bản",
            "Ghi chú",
            "SHA-256 của tệp PDF",
            "Cơ quan ban hành",
        ]
    );
    let rows: Vec<Vec<String>> =
        reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    let sha = register::sha256(b"%PDF-1.7 test");
    let row = |cells: [&str; 10]| cells.map(str::to_string).to_vec();
    assert_eq!(
        rows,
        [
            row([
                "01/KH-UBND",
                "02/03/2026",
                "Kế hoạch Triển khai thử",
                "Phạm Xuân Khánh",
                "UBND tỉnh Thanh Hóa; Các thôn",
                "VT, VHXH",
                "4",
                "gửi kèm bản giấy",
                &sha,
                XA
            ]),
            row([
                "02/KH-UBND",
                "03/03/2026",
                "Kế hoạch Triển khai thử",
                "Phạm Xuân Khánh",
                "UBND tỉnh Thanh Hóa; Các thôn",
                "VT, VHXH",
                "4",
                "Hủy số: the render failed: a missing image",
                "",
                XA
            ]),
            row([
                "01/BC-UBND",
                "04/03/2026",
                "Báo cáo Tình hình an ninh",
                "Phạm Xuân Khánh",
                "UBND tỉnh Thanh Hóa; Các thôn",
                "VT, VHXH",
                "4",
                "Mật; Đã lấy số, chưa ghi nhận văn bản",
                "",
                XA
            ]),
        ]
    );

    // --type filters.
    let out = vanban(dir.path(), &["register", "export", "--csv", "bc.csv", "--type", "bao-cao"]);
    assert!(stderr(&out).contains("đã ghi bc.csv (1 mục loại bao-cao)"), "{}", stderr(&out));
    let english = [("LANG", "en_US.UTF-8")];
    let out = common::vanban_env(
        dir.path(),
        &["register", "export", "--csv", "bc.csv", "--type", "bao-cao", "--force"],
        &english,
    );
    assert!(stderr(&out).contains("wrote bc.csv (1 entries of type bao-cao)"), "{}", stderr(&out));
    let out = vanban(dir.path(), &["register", "export", "--csv", "x.csv", "--type", "ke-hoach-nam"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("không có loại văn bản `ke-hoach-nam`; các loại là ke-hoach"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_export_never_replaces_a_recorded_file_and_others_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let mut reg = register::open(&path).unwrap();
    let (yaml, pdf) = (dir.path().join("kh.yaml"), dir.path().join("kh.pdf"));
    std::fs::write(&yaml, "type: ke-hoach\n").unwrap();
    std::fs::write(&pdf, b"%PDF-1.7 issued").unwrap();
    std::fs::write(dir.path().join("kh.pdfa.pdf"), b"%PDF-1.7 archival").unwrap();
    let a = reg.take(&NewEntry { source: Some(reg.stored_path(&yaml)), ..entry(XA, "2026-03-02") }).unwrap();
    reg.record(a.id, &pdf, &register::sha256(b"%PDF-1.7 issued")).unwrap();
    drop(reg);
    std::os::unix::fs::symlink("kh.pdf", dir.path().join("link.pdf")).unwrap();
    std::fs::write(dir.path().join("notes.csv"), "giữ lại\n").unwrap();
    let files = |dir: &std::path::Path| {
        let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.to_string_lossy().contains("vanban-register.sqlite"))
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        all.sort();
        all
    };
    let before = files(dir.path());

    // The issued YAML and PDF, by any name, even with --force.
    for (flag, target, message) in [
        (
            "--csv",
            "kh.yaml",
            "lỗi: kh.yaml là tệp YAML của văn bản 01/KH-UBND (năm 2026) đã ghi trong sổ đăng ký; vanban không bao giờ ghi đè tệp này, kể cả khi có --force\ncách sửa: Ghi tệp xuất ra tên khác, ví dụ --csv so-van-ban-di.csv hoặc --xlsx so-van-ban-di.xlsx\n",
        ),
        (
            "--xlsx",
            "kh.pdf",
            "lỗi: kh.pdf là tệp PDF của văn bản 01/KH-UBND (năm 2026) đã ghi trong sổ đăng ký; vanban không bao giờ ghi đè tệp này, kể cả khi có --force\ncách sửa: Ghi tệp xuất ra tên khác, ví dụ --csv so-van-ban-di.csv hoặc --xlsx so-van-ban-di.xlsx\n",
        ),
        (
            "--xlsx",
            "link.pdf",
            "lỗi: link.pdf là tệp PDF của văn bản 01/KH-UBND (năm 2026) đã ghi trong sổ đăng ký; vanban không bao giờ ghi đè tệp này, kể cả khi có --force\ncách sửa: Ghi tệp xuất ra tên khác, ví dụ --csv so-van-ban-di.csv hoặc --xlsx so-van-ban-di.xlsx\n",
        ),
        (
            "--csv",
            "kh.pdfa.pdf",
            "lỗi: kh.pdfa.pdf là tệp PDF của văn bản 01/KH-UBND (năm 2026) đã ghi trong sổ đăng ký; vanban không bao giờ ghi đè tệp này, kể cả khi có --force\ncách sửa: Ghi tệp xuất ra tên khác, ví dụ --csv so-van-ban-di.csv hoặc --xlsx so-van-ban-di.xlsx\n",
        ),
        (
            "--csv",
            "vanban-register.sqlite-wal",
            "lỗi: vanban-register.sqlite-wal chính là sổ đăng ký; hãy ghi tệp xuất ra tên khác\n",
        ),
    ] {
        for force in [false, true] {
            let mut args = vec!["register", "export", flag, target];
            if force {
                args.push("--force");
            }
            let out = vanban(dir.path(), &args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert_eq!(stderr(&out), message, "{args:?}");
        }
    }
    // Any other existing file: only with --force.
    let out = vanban(dir.path(), &["register", "export", "--csv", "notes.csv"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "lỗi: notes.csv đã có; vanban không ghi đè tệp có sẵn\n\
         cách sửa: Thêm --force nếu đúng là muốn thay tệp này bằng bản xuất, hoặc ghi ra tên khác\n"
    );
    // A folder is said to be one, with or without --force.
    std::fs::create_dir(dir.path().join("so.csv")).unwrap();
    for force in [&[][..], &["--force"][..]] {
        let out = vanban(dir.path(), &[&["register", "export", "--csv", "so.csv"][..], force].concat());
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(stderr(&out), "lỗi: không ghi được so.csv: đã có một thư mục mang tên này\n");
    }
    std::fs::remove_dir(dir.path().join("so.csv")).unwrap();
    // Nothing was touched, byte for byte, and the PDF still verifies.
    assert_eq!(files(dir.path()), before);
    let out = vanban(dir.path(), &["register", "verify"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = vanban(dir.path(), &["register", "export", "--csv", "notes.csv", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "đã ghi notes.csv (1 mục)\n");
    let written = std::fs::read_to_string(dir.path().join("notes.csv")).unwrap();
    assert!(written.starts_with("\"Số, ký hiệu văn bản\","), "{written}");
    assert!(written.contains("01/KH-UBND"), "{written}");
    // Written through a temporary file renamed into place: none is left.
    let names: Vec<String> = files(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["kh.pdf", "kh.pdfa.pdf", "kh.yaml", "link.pdf", "notes.csv"]);

    let english = [("LANG", "en_US.UTF-8")];
    let out = common::vanban_env(dir.path(), &["register", "export", "--csv", "kh.pdf"], &english);
    assert_eq!(
        stderr(&out),
        "error: kh.pdf is the PDF of 01/KH-UBND (2026) recorded in the register; vanban never writes over it, not even with --force\n\
         hint: write the export under another name, e.g. --csv outgoing.csv or --xlsx outgoing.xlsx\n"
    );
}

#[test]
fn issue_refuses_a_note_or_series_the_yaml_could_not_hold() {
    let dir = workspace();
    let refused = |args: &[&str], expected: &str| {
        let mut all = vec!["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"];
        all.extend_from_slice(args);
        let out = vanban(dir.path(), &all);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), expected, "{args:?}");
        // Refused before anything is read or taken: no register, no PDF,
        // the YAML as it was.
        assert!(!dir.path().join("vanban-register.sqlite").exists());
        assert!(!dir.path().join("ngoc-lien-2026.pdf").exists());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(),
            common::sample_text()
        );
    };
    let control = "cách sửa: Xóa ký tự này; nó thường lẫn vào khi sao chép chữ từ chương trình khác\n";
    refused(
        &["--note", "ghi chú\u{1b}[31m đỏ\u{7}"],
        &format!("lỗi: --note: Văn bản chứa ký tự điều khiển U+001B, không in ra được\n{control}"),
    );
    refused(
        &["--note", "bản giấy \u{202e}abc"],
        &format!("lỗi: --note: Văn bản chứa ký tự định dạng vô hình U+202E, không in ra được\n{control}"),
    );
    refused(
        &["--series", "Hội\u{200b}đồng"],
        &format!("lỗi: --series: Văn bản chứa ký tự định dạng vô hình U+200B, không in ra được\n{control}"),
    );
    let line_break =
        "cách sửa: Viết trên một dòng: thay chỗ xuống dòng bằng dấu chấm phẩy (;) hoặc dấu cách\n";
    for (value, code) in
        [("line1\nline2", "000A"), ("a\r\nb", "000D"), ("a\u{2028}b", "2028"), ("a\u{2029}b", "2029")]
    {
        refused(
            &["--note", value],
            &format!(
                "lỗi: --note: Văn bản chứa dấu xuống dòng U+{code}; ghi chú và tên dãy số trong sổ chỉ viết trên một dòng\n{line_break}"
            ),
        );
    }
    refused(
        &["--series", "Hội đồng\u{2028}thi đua"],
        &format!(
            "lỗi: --series: Văn bản chứa dấu xuống dòng U+2028; ghi chú và tên dãy số trong sổ chỉ viết trên một dòng\n{line_break}"
        ),
    );
    let long = "ghi chú ".repeat(63);
    refused(
        &["--note", &long],
        "lỗi: --note dài 504 ký tự; sổ đăng ký chỉ nhận tối đa 500 ký tự\n\
         cách sửa: Viết ngắn lại: ghi chú và tên dãy số trong sổ chỉ cần vài chữ\n",
    );
    refused(
        &["--series", &"x".repeat(101)],
        "lỗi: --series dài 101 ký tự; sổ đăng ký chỉ nhận tối đa 100 ký tự\n\
         cách sửa: Viết ngắn lại: ghi chú và tên dãy số trong sổ chỉ cần vài chữ\n",
    );
    // A value clap refuses is echoed escaped, never raw.
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "\u{1b}[31m\u{202e}X"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(
            "lỗi: giá trị `\\u{1b}[31m\\u{202e}X` không dùng được cho `--date <YYYY-MM-DD>`: `\\u{1b}[31m\\u{202e}X` không phải là ngày viết theo dạng YYYY-MM-DD\n"
        ),
        "{}",
        stderr(&out)
    );
    // A date in the form that does not exist is said to be no date, as in
    // the YAML; one in another form is told the form.
    for (date, why) in [
        ("2026-02-30", "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30"),
        ("2026-13-01", "`2026-13-01` không phải một ngày: không có tháng 13"),
        ("30-02-2026", "`30-02-2026` không phải là ngày viết theo dạng YYYY-MM-DD"),
    ] {
        let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", date]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let first = stderr(&out).lines().next().unwrap().to_string();
        assert_eq!(first, format!("lỗi: giá trị `{date}` không dùng được cho `--date <YYYY-MM-DD>`: {why}"));
        assert!(!dir.path().join("vanban-register.sqlite").exists(), "no number taken");
    }
    let english = [("LANG", "en_US.UTF-8")];
    let out = common::vanban_env(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--note", "a\u{7}"], &english);
    assert_eq!(
        stderr(&out),
        "error: --note: text contains the control character U+0007, which cannot be printed\n\
         hint: remove it; it usually comes from copying text out of another program\n"
    );
    let out =
        common::vanban_env(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--note", "a\u{2028}b"], &english);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --note: text contains the line break U+2028; a note or a series name in the register is one line\n\
         hint: write it on one line: put a semicolon (;) or a space where the line breaks\n"
    );
}

#[test]
fn stored_text_is_shown_escaped() {
    // A register written before the options were checked, or by another
    // program, may hold ESC, BEL and U+202E: show and list print them as
    // escapes, never raw to the terminal.
    let dir = tempfile::tempdir().unwrap();
    let mut reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
    reg.take(&NewEntry {
        note: "ghi chú\u{1b}[31m đỏ\u{7} \u{202e}abc".to_string(),
        series: "Hội đồng\u{1b}[2J".to_string(),
        title: "Kế hoạch\r\u{200b}thử".to_string(),
        ..entry(XA, "2026-03-02")
    })
    .unwrap();
    drop(reg);
    let out = vanban(dir.path(), &["register", "show", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert_eq!(shown_field(&shown, "Ghi chú"), Some("ghi chú\\u{1b}[31m đỏ\\u{7} \\u{202e}abc"), "{shown}");
    assert_eq!(shown_field(&shown, "Tên loại, trích yếu"), Some("Kế hoạch\\r\\u{200b}thử"), "{shown}");
    assert!(shown.starts_with("Ủy ban nhân dân xã Ngọc Liên năm 2026, sổ Hội đồng\\u{1b}[2J\n"), "{shown}");
    let out = vanban(dir.path(), &["register", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Ủy ban nhân dân xã Ngọc Liên năm 2026, sổ Hội đồng\\u{1b}[2J\n  \
         01/KH-UBND         02/03/2026  Kế hoạch\\r\\u{200b}thử  [đã lấy số, chưa ghi nhận văn bản: lần chạy đã dừng trước khi ghi PDF]\n"
    );
    for out in [stdout(&out), shown] {
        assert!(!out.contains(['\u{1b}', '\u{7}', '\r', '\u{202e}', '\u{200b}']), "{out:?}");
    }
}

#[test]
fn issue_refuses_a_date_that_cannot_be_meant_unless_forced() {
    let dir = workspace();
    let yaml = dir.path().join("ngoc-lien-2026.yaml");
    // Refused before anything is taken: no register, no PDF, the YAML as it was.
    let refused = |args: &[&str], code: i32, expected: &str| {
        let mut all = vec!["issue", "ngoc-lien-2026.yaml"];
        all.extend_from_slice(args);
        let out = vanban(dir.path(), &all);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), expected, "{args:?}");
        assert!(!dir.path().join("vanban-register.sqlite").exists());
        assert!(!dir.path().join("ngoc-lien-2026.pdf").exists());
        assert_eq!(std::fs::read_to_string(&yaml).unwrap(), common::sample_text());
    };
    let out_of_range = "lỗi[issue-date]: ngày ban hành 01/01/1900 không dùng được: năm phải từ 1945 đến 2100; chưa lấy số nào\n \
                        = cách sửa: Kiểm tra lại --date (viết dạng YYYY-MM-DD) hoặc trường `date:` của văn bản\n\n";
    refused(&["--date", "1900-01-01"], 2, out_of_range);
    // No year outside the state's is ever given a number, even with --force.
    refused(&["--date", "1900-01-01", "--force"], 2, out_of_range);
    let today = chrono::Local::now().date_naive();
    let ahead = today + chrono::Days::new(30);
    refused(
        &["--date", &ahead.format("%Y-%m-%d").to_string()],
        2,
        &format!(
            "lỗi[issue-date]: ngày ban hành {} còn sau hôm nay ({}); số chỉ cấp cho văn bản đã ký, và số đã cấp thì không lấy lại được; chưa lấy số nào\n \
             = cách sửa: Kiểm tra lại --date hoặc trường `date:`; nếu đúng là phải cấp số với ngày này, thêm --force\n\n",
            ahead.format("%d/%m/%Y"),
            today.format("%d/%m/%Y")
        ),
    );
    refused(
        &["--date", "2020-05-01"],
        2,
        "lỗi[issue-date]: ngày ban hành 01/05/2020 cách năm 2026 của văn bản 6 năm; số sẽ thuộc dãy số năm 2020, và số đã cấp thì không lấy lại được; chưa lấy số nào\n \
         = cách sửa: Kiểm tra lại --date, trường `date:` và trường `year:`; nếu đúng như vậy, thêm --force\n\n",
    );
    // The YAML's own date: the error points at it (exit 1).
    std::fs::write(&yaml, common::sample_text().replace("date: null\n", "date: 1900-01-01\n")).unwrap();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("lỗi[issue-date]: ngày ban hành 01/01/1900 không dùng được: năm phải từ 1945 đến 2100; chưa lấy số nào\n"), "{err}");
    assert!(err.contains("ngoc-lien-2026.yaml:23:7"), "{err}");
    assert!(!dir.path().join("vanban-register.sqlite").exists());
    std::fs::write(&yaml, common::sample_text()).unwrap();

    // Issued early in January 2027 (--force: a date that may be ahead of
    // today), the body's register starts in 2027: a 2026 date would open
    // a series for a year that is over.
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2027-01-05", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let issued = std::fs::read(&yaml).unwrap();
    let pdf = std::fs::read(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--renumber", "--date", "2026-04-20"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "lỗi[issue-date]: ngày ban hành 20/04/2026 thuộc năm 2026, trước năm đầu tiên sổ đăng ký có số của Ủy ban nhân dân xã Ngọc Liên (2027); số sẽ mở dãy số của một năm đã qua, và số đã cấp thì không lấy lại được; chưa lấy số nào\n \
         = cách sửa: Kiểm tra lại --date hoặc trường `date:`; nếu đúng là cấp số năm 2026, thêm --force\n\n"
    );
    assert_eq!(std::fs::read(&yaml).unwrap(), issued);
    assert_eq!(std::fs::read(dir.path().join("ngoc-lien-2026.pdf")).unwrap(), pdf);
    let out = vanban(dir.path(), &["register", "list"]);
    assert_eq!(stdout(&out).lines().filter(|l| l.starts_with("  ")).count(), 1, "{}", stdout(&out));

    // --force: the văn thư says the date is meant.
    let out = vanban(
        dir.path(),
        &["issue", "ngoc-lien-2026.yaml", "--renumber", "--date", "2026-04-20", "--force"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("số 01/KH-UBND, ngày 20/04/2026"), "{}", stderr(&out));
}

/// The cells of each worksheet of an .xlsx, as text, read back with calamine.
fn read_xlsx(path: &std::path::Path) -> Vec<(String, Vec<Vec<String>>)> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Empty => String::new(),
                            Data::Float(f) => format!("{f}"),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn the_xlsx_export_is_laid_out_as_the_so_of_nd30() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let mut reg = register::open(&path).unwrap();
    let pdf = dir.path().join("kh.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 test").unwrap();
    let a = reg.take(&entry(XA, "2026-03-02")).unwrap();
    reg.record(a.id, &pdf, &register::sha256(b"%PDF-1.7 test")).unwrap();
    let b = reg.take(&entry(XA, "2026-03-09")).unwrap();
    reg.cancel(b.id, "the render failed").unwrap();
    let secret = NewEntry {
        series: register::SECRET_SERIES.to_string(),
        ky_hieu: "BC-UBND".to_string(),
        title: "Báo cáo Tình hình an ninh".to_string(),
        ..entry(XA, "2026-03-04")
    };
    reg.take(&secret).unwrap();
    // A nơi nhận longer than a spreadsheet cell holds (many long lines).
    let long = "Trưởng thôn Đồng Lạc và các hộ gia đình; ".repeat(1_000);
    reg.take(&NewEntry { recipients: long.clone(), ..entry(XA, "2026-03-10") }).unwrap();
    reg.take(&entry(XA, "2027-01-04")).unwrap();
    drop(reg);

    let out = vanban(dir.path(), &["register", "export", "--xlsx", "so.xlsx", "--year", "2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let sheets = read_xlsx(&dir.path().join("so.xlsx"));
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["2026", "2026 mật"], "one sổ per series");

    let sheet = &sheets[0].1;
    let first_cells: Vec<&str> = sheet.iter().take(5).map(|r| r[0].as_str()).collect();
    assert_eq!(
        first_cells,
        [
            "ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN",
            "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
            "Năm 2026",
            "Từ ngày 02/03/2026 đến ngày 10/03/2026",
            "Từ số 01 đến số 03",
        ]
    );
    assert_eq!(
        sheet[6],
        [
            "Số, ký hiệu văn bản",
            "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản",
            "Người ký",
            "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu",
            "Số lượng bản",
            "Ghi chú",
            "SHA-256 của tệp PDF",
        ]
    );
    assert_eq!(sheet[7], ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]);
    let sha = register::sha256(b"%PDF-1.7 test");
    assert_eq!(
        sheet[8],
        [
            "01/KH-UBND",
            "02/03/2026",
            "Kế hoạch Triển khai thử",
            "Phạm Xuân Khánh",
            "UBND tỉnh Thanh Hóa; Các thôn",
            "VT, VHXH",
            "4",
            "",
            sha.as_str(),
        ]
    );
    assert_eq!((sheet[9][0].as_str(), sheet[9][7].as_str()), ("02/KH-UBND", "Hủy số: the render failed"));
    // The long nơi nhận is cut at Excel's 32,767 characters, saying so.
    let cut = &sheet[10][4];
    assert_eq!(cut.chars().count(), 32_767);
    assert!(cut.ends_with(" … [cắt bớt: xem bản CSV]"), "{}", &cut[cut.len() - 60..]);
    assert!(long.starts_with(cut.trim_end_matches(" … [cắt bớt: xem bản CSV]")));
    assert_eq!(sheet.len(), 11, "2027's number is not in 2026's sổ");

    let secret = &sheets[1].1;
    assert_eq!(secret[1][0], "SỔ ĐĂNG KÝ VĂN BẢN ĐI MẬT");
    assert_eq!(secret[4][0], "Từ số 01 đến số 01");
    assert_eq!(
        (secret[8][0].as_str(), secret[8][7].as_str()),
        ("01/BC-UBND", "Mật; Đã lấy số, chưa ghi nhận văn bản")
    );

    // The CSV keeps the whole value.
    let out = vanban(dir.path(), &["register", "export", "--csv", "so.csv", "--year", "2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_path(dir.path().join("so.csv")).unwrap();
    assert!(reader.records().any(|r| r.unwrap()[4] == *long.as_str()));
}

#[test]
fn verify_reports_only_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut reg = register::open(&dir.path().join("r.sqlite")).unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    std::fs::write(&a, b"A").unwrap();
    std::fs::write(&b, b"B").unwrap();
    let ea = reg.take(&entry(XA, "2026-01-02")).unwrap();
    reg.record(ea.id, &a, &register::sha256(b"A")).unwrap();
    let eb = reg.take(&entry(XA, "2026-01-03")).unwrap();
    reg.record(eb.id, &b, &register::sha256(b"B")).unwrap();
    std::fs::write(&b, b"B, edited").unwrap();
    let checks: Vec<(u32, Check)> =
        reg.verify(&Filter::default()).unwrap().into_iter().map(|(e, c)| (e.number, c)).collect();
    assert_eq!(checks, [(1, Check::Same), (2, Check::Changed(register::sha256(b"B, edited")))]);
    assert_eq!(reg.get(ea.id).unwrap().file.as_deref(), Some("a.pdf"), "stored relative to the register");
}

#[test]
fn rollover_cites_last_years_document_with_the_number_the_register_gave_it() {
    let dir = workspace();
    let yaml = dir.path().join("ngoc-lien-2026.yaml");
    {
        let mut reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
        reg.take(&entry(XA, "2026-01-10")).unwrap();
        let mut new = entry(XA, "2026-04-20");
        new.source = Some(reg.stored_path(&yaml));
        let taken = reg.take(&new).unwrap();
        let pdf = dir.path().join("ngoc-lien-2026.pdf");
        std::fs::write(&pdf, b"%PDF").unwrap();
        reg.record(taken.id, &pdf, &register::sha256(b"%PDF")).unwrap();
    }
    // The YAML itself has no số (it was issued from another copy).
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027", "--cite-previous"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    assert!(
        draft.contains("  - id: kh2026\n    kind: Kế hoạch\n    number: 02/KH-UBND\n    date: 2026-04-20\n"),
        "{draft}"
    );
    // Without a register the placeholders stay for the user.
    std::fs::remove_file(dir.path().join("vanban-register.sqlite")).unwrap();
    let out = vanban(
        dir.path(),
        &["rollover", "ngoc-lien-2026.yaml", "--year", "2027", "--cite-previous", "--force"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    assert!(draft.contains("    number: <<số>>/KH-UBND\n    date: <<ngày ban hành>>\n"), "{draft}");
}

#[test]
fn two_processes_issuing_at_once_get_distinct_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let giay_moi = std::fs::read_to_string(common::root().join("data/giay-moi-ngoc-lien-2026.yaml")).unwrap();
    const EACH: usize = 8;
    let mut racers = Vec::new();
    for t in 0..2 {
        let (dir, giay_moi) = (dir.path().to_path_buf(), giay_moi.clone());
        racers.push(std::thread::spawn(move || {
            for i in 0..EACH {
                let name = format!("gm-{t}-{i}.yaml");
                // Sixteen meetings: each giấy mời its own trích yếu (the
                // same one twice would be the same document issued twice).
                let text = giay_moi.replacen("title: >-\n", &format!("title: >-\n  Phiên {t}-{i}:\n"), 1);
                std::fs::write(dir.join(&name), text).unwrap();
                let out = vanban(&dir, &["issue", &name, "--date", "2026-04-15"]);
                assert!(out.status.success(), "{}", stderr(&out));
            }
        }));
    }
    for r in racers {
        r.join().unwrap();
    }
    let reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
    let entries = reg.list(&Filter::default()).unwrap();
    let mut numbers: Vec<u32> = entries.iter().map(|e| e.number).collect();
    numbers.sort();
    assert_eq!(numbers, (1..=2 * EACH as u32).collect::<Vec<_>>());
    assert!(entries.iter().all(|e| e.status == Status::Issued));
    // Each YAML holds the number the register gave it.
    for e in &entries {
        let yaml = std::fs::read_to_string(reg.resolve(e.entry.source.as_deref().unwrap())).unwrap();
        assert!(yaml.contains(&format!("\nnumber: {}\n", e.number)), "{yaml}");
    }
}

/// A process of its own taking numbers: run by
/// `two_processes_racing_hundreds_of_times_share_no_number` as a child (this
/// test binary again, with this test named); in the suite itself, without
/// the race's variables, it returns at once (never ignored, so that the
/// suite skips nothing).
#[test]
fn racer_child() {
    let Some(path) = std::env::var_os("VANBAN_TEST_RACER_REGISTER") else { return };
    let each: usize = std::env::var("VANBAN_TEST_RACER_EACH").unwrap().parse().unwrap();
    for _ in 0..each {
        let mut reg = register::open_with_timeout(path.as_ref(), Duration::from_secs(60)).unwrap();
        reg.take(&NewEntry { note: format!("process {}", std::process::id()), ..entry(XA, "2026-09-02") })
            .unwrap();
    }
}

#[test]
fn two_processes_racing_hundreds_of_times_share_no_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    const EACH: usize = 150;
    let children: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "racer_child", "--test-threads", "1"])
                .env("VANBAN_TEST_RACER_REGISTER", &path)
                .env("VANBAN_TEST_RACER_EACH", EACH.to_string())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let reg = register::open(&path).unwrap();
    let entries = reg.list(&Filter::default()).unwrap();
    let numbers: Vec<u32> = entries.iter().map(|e| e.number).collect();
    assert_eq!(numbers, (1..=2 * EACH as u32).collect::<Vec<_>>(), "no number twice, none skipped");
    let mut processes: Vec<&str> = entries.iter().map(|e| e.entry.note.as_str()).collect();
    processes.sort();
    processes.dedup();
    assert_eq!(processes.len(), 2, "both processes took numbers: {processes:?}");
}

#[test]
fn a_run_killed_between_taking_its_number_and_writing_the_pdf_leaves_a_reserved_record() {
    let dir = workspace();
    let path = dir.path().join("vanban-register.sqlite");
    let mut child = std::process::Command::new(common::bin())
        .args(["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("VANBAN_REGISTER")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Watch the register (WAL: reading never blocks the writer) until the
    // number is committed as reserved, then kill the run mid-render.
    let started = std::time::Instant::now();
    let reserved = loop {
        let seen = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT status FROM outgoing", [], |r| r.get::<_, String>(0)))
            .ok();
        if seen.as_deref() == Some("reserved") {
            break true;
        }
        if child.try_wait().unwrap().is_some() || started.elapsed() > Duration::from_secs(120) {
            break false;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(reserved, "the run ended before its number was seen reserved");

    // Nothing was written, and the register says what happened.
    assert!(!dir.path().join("ngoc-lien-2026.pdf").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(),
        common::sample_text()
    );
    let out = vanban(dir.path(), &["register", "list"]);
    let line = stdout(&out).lines().find(|l| l.contains("01/KH-UBND")).map(str::to_string);
    let line = line.unwrap_or_else(|| panic!("{}", stdout(&out)));
    assert!(line.starts_with("  01/KH-UBND         20/04/2026  Kế hoạch "), "{line}");
    assert!(
        line.ends_with("[đã lấy số, chưa ghi nhận văn bản: lần chạy đã dừng trước khi ghi PDF]"),
        "{line}"
    );
    let out = vanban(dir.path(), &["register", "verify"]);
    assert!(
        stderr(&out).contains(
            "ghi chú: 1 số đã lấy nhưng chưa được ghi nhận là đã ban hành; `vanban register list` liệt kê các số này"
        ),
        "{}",
        stderr(&out)
    );

    // The next issue takes 02: the reserved 01 is never given again.
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-21"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("số 02/KH-UBND"), "{}", stderr(&out));
}

/// Records the sample plan as issued (số 02, 20/04/2026) from `source`, the
/// way `vanban issue` records it, without rendering.
fn record_sample(reg: &mut register::Register, source: &std::path::Path) -> register::Entry {
    let doc = vanban::load::load_str("ngoc-lien-2026.yaml", &common::sample_text()).unwrap().document;
    let new = NewEntry {
        body: register::body_of(&doc),
        ky_hieu: doc.ky_hieu(),
        title: register::title_of(&doc),
        source: Some(reg.stored_path(source)),
        ..entry(XA, "2026-04-20")
    };
    let taken = reg.take(&new).unwrap();
    let pdf = source.with_extension("pdf");
    std::fs::write(&pdf, b"%PDF").unwrap();
    reg.record(taken.id, &pdf, &register::sha256(b"%PDF")).unwrap()
}

#[test]
fn rollover_finds_a_moved_document_by_its_ky_hieu_and_trich_yeu() {
    let dir = workspace();
    {
        let mut reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
        reg.take(&entry(XA, "2026-01-10")).unwrap();
        record_sample(&mut reg, &dir.path().join("ngoc-lien-2026.yaml"));
    }
    // The office copy, kept as drafted, moved to another name since.
    std::fs::create_dir(dir.path().join("luu")).unwrap();
    std::fs::rename(dir.path().join("ngoc-lien-2026.yaml"), dir.path().join("luu/kh-2026.yaml")).unwrap();
    let out = vanban(
        dir.path(),
        &["rollover", "luu/kh-2026.yaml", "--year", "2027", "--cite-previous", "-o", "kh-2027.yaml"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("kh-2027.yaml")).unwrap();
    assert!(draft.contains("    number: 02/KH-UBND\n    date: 2026-04-20\n"), "{draft}");

    // Two issued documents with that ký hiệu and trích yếu, neither from
    // this file: which is meant cannot be told, and vanban says so.
    {
        let mut reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
        record_sample(&mut reg, &dir.path().join("khac.yaml"));
    }
    let out = vanban(
        dir.path(),
        &[
            "rollover",
            "luu/kh-2026.yaml",
            "--year",
            "2027",
            "--cite-previous",
            "-o",
            "kh-2027.yaml",
            "--force",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "cảnh báo: sổ đăng ký có 2 văn bản đã ban hành cùng ký hiệu và trích yếu này (02/KH-UBND (20/04/2026), 03/KH-UBND (20/04/2026)), không văn bản nào từ luu/kh-2026.yaml; số và ngày để trống chờ điền\n"
        ),
        "{}",
        stderr(&out)
    );
    let draft = std::fs::read_to_string(dir.path().join("kh-2027.yaml")).unwrap();
    assert!(draft.contains("    number: <<số>>/KH-UBND\n    date: <<ngày ban hành>>\n"), "{draft}");
}

#[test]
fn diff_takes_last_years_document_from_the_register() {
    let dir = workspace();
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Without a register: both YAMLs have no số, so no số changed.
    let out = vanban(dir.path(), &["diff", "ngoc-lien-2026.yaml", "ngoc-lien-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("số:"), "{}", stdout(&out));
    let without = stdout(&out);

    {
        let mut reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
        reg.take(&entry(XA, "2026-01-10")).unwrap();
        record_sample(&mut reg, &dir.path().join("ngoc-lien-2026.yaml"));
    }
    // By its file: the YAML has no số, the register has.
    let out = vanban(dir.path(), &["diff", "ngoc-lien-2026.yaml", "ngoc-lien-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "ghi chú: ngoc-lien-2026.yaml chưa có số; theo sổ đăng ký, số là 02/KH-UBND, ngày 20/04/2026\n"
        ),
        "{}",
        stderr(&out)
    );
    let by_file = stdout(&out);
    assert!(by_file.lines().any(|l| l == "- số: 2"), "{by_file}");
    assert!(by_file.lines().any(|l| l.starts_with("- ngày: ")), "{by_file}");
    // Everything else is as without the register.
    let rest: Vec<&str> =
        by_file.lines().filter(|l| !l.starts_with("- số") && !l.starts_with("- ngày")).collect();
    assert_eq!(rest, without.lines().collect::<Vec<_>>());

    // By its số and ký hiệu.
    let out = vanban(dir.path(), &["diff", "02/KH-UBND", "ngoc-lien-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("ghi chú: theo sổ đăng ký, 02/KH-UBND (2026) là tệp "), "{}", stderr(&out));
    assert_eq!(stdout(&out), by_file);
    // A number the register did not issue (01 has no PDF) is an error.
    for (so, years) in [("01/KH-UBND", "2026, 2027"), ("7/KH-UBND", "2026, 2027")] {
        let out = vanban(dir.path(), &["diff", so, "ngoc-lien-2027.yaml"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "lỗi[register-lookup]: sổ đăng ký vanban-register.sqlite không có văn bản số {so} ban hành năm {years}\n"
            )),
            "{}",
            stderr(&out)
        );
    }
    let out = vanban(dir.path(), &["diff", "02/KH-UBND", "ngoc-lien-2027.yaml", "--year", "2025"]);
    assert!(stderr(&out).contains("không có văn bản số 02/KH-UBND ban hành năm 2025\n"), "{}", stderr(&out));
}

/// `vanban issue` of the sample against `register` (relative to the
/// workspace): it must fail with `expected` in its message, take no number
/// and leave the YAML and the folder as they were.
fn issue_refused(dir: &tempfile::TempDir, register: &str, expected: &str) {
    let out =
        vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20", "--register", register]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(expected), "{}", stderr(&out));
    assert!(!stderr(&out).contains("issued"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(),
        common::sample_text()
    );
    assert!(!dir.path().join("ngoc-lien-2026.pdf").exists());
}

#[test]
fn a_register_that_is_a_folder_or_a_link_to_nothing_is_refused() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("so.sqlite")).unwrap();
    issue_refused(
        &dir,
        "so.sqlite",
        "lỗi[register-io]: Sổ đăng ký so.sqlite là một thư mục; chưa lấy số nào\n = cách sửa: Ghi tên tệp sổ đăng ký bằng --register hoặc biến VANBAN_REGISTER\n",
    );
    // SQLite would create a file wherever a dangling link points.
    std::os::unix::fs::symlink(dir.path().join("nowhere/so.sqlite"), dir.path().join("link.sqlite")).unwrap();
    issue_refused(
        &dir,
        "link.sqlite",
        "lỗi[register-io]: Sổ đăng ký link.sqlite là liên kết tượng trưng tới ",
    );
    assert!(!dir.path().join("nowhere").exists());
}

#[test]
fn a_document_marked_secret_is_numbered_in_the_secret_series() {
    // `secrecy:` in the YAML is enough (NĐ30 Điều 15); `--secret` is not needed.
    let dir = workspace();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let secret = common::sample_text().replacen("type: ke-hoach\n", "type: ke-hoach\nsecrecy: mat\n", 1);
    std::fs::write(
        dir.path().join("mat.yaml"),
        secret.replace("Triển khai thực hiện", "Kế hoạch mật triển khai"),
    )
    .unwrap();
    let out = vanban(dir.path(), &["issue", "mat.yaml", "--date", "2026-04-21"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
    let entries = reg.list(&Filter::default()).unwrap();
    let series: Vec<(bool, u32)> = entries.iter().map(|e| (e.is_secret(), e.number)).collect();
    assert_eq!(series, [(false, 1), (true, 1)], "the secret series starts at 01 of its own");
}

#[test]
fn an_empty_register_file_is_announced_like_a_new_one() {
    // A truncated register must not restart the series at 01 unnoticed.
    let dir = workspace();
    std::fs::write(dir.path().join("vanban-register.sqlite"), b"").unwrap();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("(hoặc tệp trống); vanban đã tạo sổ, các dãy số bắt đầu từ 01\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_number_dated_before_the_previous_one_is_warned() {
    // Probe of #19: số 16 dated 15/01 after số 14 dated 02/06, no word.
    let dir = workspace();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-06-02"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let tb = std::fs::read_to_string(common::root().join("data/thong-bao-ngoc-lien-2026.yaml")).unwrap();
    std::fs::write(dir.path().join("tb.yaml"), tb).unwrap();
    let out = vanban(dir.path(), &["issue", "tb.yaml", "--date", "2026-01-15"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "cảnh báo: 02/TB-UBND đề ngày 15/01/2026, trước 01/KH-UBND đề ngày 02/06/2026: số văn bản theo thứ tự ban hành (NĐ30 Điều 15); hãy kiểm tra --date\n"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_empty_vanban_register_means_the_default_file() {
    // Probe of #19: set but empty, it gave a parser error about --register.
    let dir = workspace();
    let env = [("VANBAN_REGISTER", "")];
    let out = common::vanban_env(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"], &env);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("vanban-register.sqlite").exists());
}

#[test]
fn the_kinh_gui_addressees_are_recorded_with_their_copies() {
    // Probe of the register: a công văn to four units recorded no nơi nhận
    // and 2 copies (the two Lưu only).
    let dir = workspace();
    let cv = std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap();
    std::fs::write(dir.path().join("cv.yaml"), cv).unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    for image in std::fs::read_dir(common::root().join("data/images")).unwrap() {
        let image = image.unwrap().path();
        std::fs::copy(&image, dir.path().join("images").join(image.file_name().unwrap())).unwrap();
    }
    let out = vanban(dir.path(), &["issue", "cv.yaml", "--date", "2026-04-21"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let reg = register::open(&dir.path().join("vanban-register.sqlite")).unwrap();
    let entry = reg.list(&Filter::default()).unwrap().remove(0);
    assert_eq!(
        entry.entry.recipients,
        "Phòng Văn hóa - Xã hội; Phòng Kinh tế; Văn phòng HĐND và UBND xã; Trưởng các thôn"
    );
    assert_eq!(entry.entry.copies, 6, "four addressees and two kept (VT, VHXH)");
}

#[test]
fn a_link_to_the_office_register_numbers_in_it() {
    let dir = workspace();
    let office = tempfile::tempdir().unwrap();
    let real = office.path().join("so-van-ban-di.sqlite");
    register::open(&real).unwrap().take(&entry(XA, "2026-01-05")).unwrap();
    std::os::unix::fs::symlink(&real, dir.path().join("vanban-register.sqlite")).unwrap();
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml", "--date", "2026-04-20"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("số 02/KH-UBND"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("created"), "{}", stderr(&out));
    assert_eq!(register::open(&real).unwrap().list(&Filter::default()).unwrap().len(), 2);
}

#[test]
fn a_read_only_register_is_listed_but_gives_no_number() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace();
    let path = dir.path().join("vanban-register.sqlite");
    {
        let mut reg = register::open(&path).unwrap();
        reg.take(&entry(XA, "2026-01-05")).unwrap();
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    issue_refused(
        &dir,
        "vanban-register.sqlite",
        "lỗi[register-readonly]: Sổ đăng ký vanban-register.sqlite chỉ cho đọc; chưa lấy số nào\n = cách sửa: Cấp số bằng sổ đăng ký ghi được của cơ quan (chmod u+w, hoặc một bản sao bạn được ghi)\n",
    );
    let out = vanban(dir.path(), &["register", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("01/KH-UBND         05/01/2026"), "{}", stdout(&out));
    assert_eq!(register::open(&path).unwrap().list(&Filter::default()).unwrap().len(), 1);
}

#[test]
fn a_register_of_a_newer_schema_or_another_program_gives_no_number() {
    let dir = workspace();
    let newer = dir.path().join("newer.sqlite");
    register::open(&newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().execute("INSERT INTO schema_version VALUES (3)", []).unwrap();
    issue_refused(
        &dir,
        "newer.sqlite",
        "lỗi[register-schema]: newer.sqlite có lược đồ phiên bản 3, do một vanban mới hơn ghi; vanban này chỉ biết phiên bản 2",
    );
    let out = vanban(dir.path(), &["register", "list", "--register", "newer.sqlite"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lỗi[register-schema]"), "{}", stderr(&out));

    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE khach (ten TEXT);").unwrap();
    issue_refused(
        &dir,
        "other.sqlite",
        "lỗi[register-corrupt]: other.sqlite là tệp SQLite nhưng không phải sổ đăng ký của vanban",
    );
}

/// A note or title a spreadsheet would take for a formula: the CSV cell gets
/// OWASP's leading `'`, the .xlsx cell is a string cell (no `<f>`), and
/// neither is evaluated when the file is opened.
#[test]
fn cells_that_look_like_formulas_stay_text_in_csv_and_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let mut reg = register::open(&path).unwrap();
    let notes = [
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "gửi kèm = bản giấy",
    ];
    for (i, note) in notes.iter().enumerate() {
        let on = format!("2026-03-{:02}", i + 1);
        let taken = reg.take(&NewEntry { note: note.to_string(), ..entry(XA, &on) }).unwrap();
        let pdf = dir.path().join(format!("{i}.pdf"));
        std::fs::write(&pdf, format!("%PDF-1.7 {i}")).unwrap();
        reg.record(taken.id, &pdf, &register::sha256(format!("%PDF-1.7 {i}").as_bytes())).unwrap();
    }
    reg.take(&NewEntry { title: "=1+1".to_string(), ..entry(XA, "2026-03-20") }).unwrap();
    drop(reg);

    let out = vanban(dir.path(), &["register", "export", "--csv", "so.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let raw = std::fs::read_to_string(dir.path().join("so.csv")).unwrap();
    assert!(raw.contains(r#""'=HYPERLINK(""http://evil"",""x"")""#), "{raw}");
    let mut reader = csv::Reader::from_path(dir.path().join("so.csv")).unwrap();
    let rows: Vec<Vec<String>> =
        reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    let ghi_chu: Vec<&str> = rows.iter().map(|r| r[7].as_str()).collect();
    assert_eq!(
        ghi_chu,
        [
            "'=HYPERLINK(\"http://evil\",\"x\")",
            "'+1+1",
            "'-2+3",
            "'@SUM(A1:A2)",
            "'\t=1",
            "'\r=1",
            "gửi kèm = bản giấy",
            "Đã lấy số, chưa ghi nhận văn bản"
        ]
    );
    assert_eq!(rows[7][2], "'=1+1", "the title column too");
    assert_eq!(rows[0][0], "01/KH-UBND", "other cells are as they were");

    let out = vanban(dir.path(), &["register", "export", "--xlsx", "so.xlsx"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = std::fs::File::open(dir.path().join("so.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
    assert!(!sheet.contains("<f>") && !sheet.contains("<f "), "no formula cell: {sheet}");
    let sheets = read_xlsx(&dir.path().join("so.xlsx"));
    let cells: Vec<&String> = sheets[0].1.iter().flatten().collect();
    assert!(
        cells.iter().any(|c| c.as_str() == "=HYPERLINK(\"http://evil\",\"x\")"),
        "kept as its text: {cells:?}"
    );
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(dir.path().join("so.xlsx")).unwrap();
    let range = calamine::Reader::worksheet_range(&mut book, "2026").unwrap();
    let note = range.cells().find(|(_, _, c)| c.to_string().starts_with("=HYPERLINK")).unwrap().2;
    assert!(matches!(note, calamine::Data::String(_)), "{note:?}");
}
