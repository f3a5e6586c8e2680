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
        err.message.contains("stayed locked by another program for 0.2 s; no number was taken"),
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
    assert!(stderr(&out).contains("error[register-corrupt]"), "{}", stderr(&out));
    assert!(stderr(&out).contains("is damaged or not a register"), "{}", stderr(&out));
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
        stderr(&out).contains("issued ngoc-lien-2026.yaml số 01/KH-UBND, ngày 20/04/2026"),
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
    assert!(shown.contains(&format!("SHA-256:          {sha}")), "{shown}");
    assert!(shown.contains("Số, ký hiệu:      01/KH-UBND"), "{shown}");
    assert!(shown.contains("PDF:              ngoc-lien-2026.pdf"), "{shown}");
    assert!(shown.contains("Ghi chú:          bản giấy"), "{shown}");
    let out = vanban(dir.path(), &["register", "list"]);
    assert!(
        stdout(&out).contains(
            "Ủy ban nhân dân xã Ngọc Liên 2026\n  01/KH-UBND         20/04/2026  Kế hoạch Triển khai"
        ),
        "{}",
        stdout(&out)
    );

    // Issuing it again is refused, at its `number:` line.
    let out = vanban(dir.path(), &["issue", "ngoc-lien-2026.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[already-numbered]: ngoc-lien-2026.yaml already has số 01/KH-UBND"), "{err}");
    assert!(err.contains("ngoc-lien-2026.yaml:21:9"), "{err}");
    assert!(err.contains("add --renumber"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(), issued);

    // verify: as recorded; then a changed PDF is reported, then a missing one.
    let out = vanban(dir.path(), &["register", "verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 of 1 issued PDF(s) as recorded"));
    let mut edited = pdf.clone();
    edited.extend_from_slice(b"\n% edited after issuing\n");
    std::fs::write(dir.path().join("ngoc-lien-2026.pdf"), &edited).unwrap();
    let out = vanban(dir.path(), &["register", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "changed: 01/KH-UBND (2026) ngoc-lien-2026.pdf: SHA-256 {}, recorded {sha}",
        register::sha256(&edited)
    );
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 of 1 issued PDF(s) as recorded"));
    std::fs::remove_file(dir.path().join("ngoc-lien-2026.pdf")).unwrap();
    let out = vanban(dir.path(), &["register", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing: 01/KH-UBND (2026) ngoc-lien-2026.pdf:"), "{}", stderr(&out));
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
        err.contains("error: 01/KH-UBND was not issued; the number is marked cancelled in")
            && err.contains("cannot write ngoc-lien-2026.pdf: a folder has that name"),
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
        listed.contains("[cancelled: cannot write ngoc-lien-2026.pdf: a folder has that name]"),
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
            "01/KH-UBND         01/07/2026  Kế hoạch Triển khai thử  [reserved, never recorded as issued: the run stopped before the PDF was written]"
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
    assert!(stderr(&out).contains("wrote so.csv (3 entries in 2026)"), "{}", stderr(&out));
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

    // --type filters; the spreadsheet is an .xlsx (a zip with a worksheet).
    let out = vanban(dir.path(), &["register", "export", "--csv", "bc.csv", "--type", "bao-cao"]);
    assert!(stderr(&out).contains("wrote bc.csv (1 entries of type bao-cao)"), "{}", stderr(&out));
    let out = vanban(dir.path(), &["register", "export", "--xlsx", "so.xlsx", "--year", "2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let xlsx = std::fs::read(dir.path().join("so.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK\x03\x04"));
    assert!(xlsx.windows(24).any(|w| w == b"xl/worksheets/sheet1.xml"));
    let out = vanban(dir.path(), &["register", "export", "--csv", "x.csv", "--type", "ke-hoach-nam"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no document type `ke-hoach-nam`; the types are ke-hoach"),
        "{}",
        stderr(&out)
    );
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
                std::fs::write(dir.join(&name), &giay_moi).unwrap();
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
