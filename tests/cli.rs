//! The `vanban` binary as a user runs it: outputs, formats, exit codes.

mod common;

use std::path::Path;

use common::{vanban, vanban_env};

/// A temporary folder holding a copy of the sample.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::sample_path(), dir.path().join("plan.yaml")).unwrap();
    dir
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn render_writes_the_pdf_next_to_the_yaml() {
    let dir = workspace();
    let before = std::fs::read(dir.path().join("plan.yaml")).unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7"));
    assert!(common::pdftotext(&pdf).contains("KẾ HOẠCH"));
    assert_eq!(std::fs::read(dir.path().join("plan.yaml")).unwrap(), before, "the input is never modified");
    assert!(stderr(&out).contains("đã ghi plan.pdf\n"), "{}", stderr(&out));
}

#[test]
fn typ_output_comes_with_the_layout_library() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "out/plan.typ"]);
    // The output folder must exist: nothing is created behind the user's back.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "out/plan.typ"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let typ = std::fs::read_to_string(dir.path().join("out/plan.typ")).unwrap();
    assert!(typ.contains("#import \"vanban-nd30.typ\": *"));
    let lib = std::fs::read_to_string(dir.path().join("out/vanban-nd30.typ")).unwrap();
    assert_eq!(lib, vanban::template::LAYOUT_LIBRARY);
    // The library reads its NĐ30 numbers from the file beside it.
    assert!(lib.contains("toml(\"vanban-nd30.toml\")"));
    let data = std::fs::read_to_string(dir.path().join("out/vanban-nd30.toml")).unwrap();
    assert_eq!(data, vanban::template::LAYOUT_DATA);
}

#[test]
fn a_foreign_file_named_like_the_library_needs_force() {
    let dir = workspace();
    std::fs::write(dir.path().join("vanban-nd30.typ"), "// my own notes\n").unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "plan.typ"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with(
            "\nlỗi: vanban-nd30.typ đã có và không do vanban viết; thêm --force nếu muốn ghi đè\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("vanban-nd30.typ")).unwrap(), "// my own notes\n");
    assert!(!dir.path().join("plan.typ").exists());
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "plan.typ", "--force"]);
    assert!(out.status.success());
}

#[test]
fn an_output_in_a_missing_folder_names_the_folder_not_a_temporary_file() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "nope/plan.pdf"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "lỗi[io]: không ghi được nope/plan.pdf: thư mục nope không có; hãy tạo thư mục trước, hoặc ghi vào chỗ khác\n"
        ),
        "{err}"
    );
    assert!(!err.contains(".tmp"), "{err}");
}

#[test]
fn an_output_named_like_the_library_is_refused() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "plan.typ"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for force in [false, true] {
        let mut args = vec!["render", "plan.yaml", "-o", "vanban-nd30.typ"];
        if force {
            args.push("--force");
        }
        let out = vanban(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(
                "lỗi: tệp kết quả vanban-nd30.typ sẽ thay thư viện trình bày mà vanban ghi cạnh mọi tệp .typ\ncách sửa: đặt tên khác cho tệp .typ, ví dụ tên của tệp YAML với đuôi .typ\n"
            ),
            "{}",
            stderr(&out)
        );
        // The library is intact, so plan.typ still compiles.
        let lib = std::fs::read_to_string(dir.path().join("vanban-nd30.typ")).unwrap();
        assert_eq!(lib, vanban::template::LAYOUT_LIBRARY);
    }
}

#[test]
fn png_and_svg_pages() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "page-{p}.png", "--ppi", "40"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pages = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("page-"));
    let count = pages.count();
    assert!(count >= 5, "{count} pages");
    let png = std::fs::read(dir.path().join("page-1.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");

    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "p{0p}.svg"]);
    assert!(out.status.success());
    let svg =
        std::fs::read_to_string(dir.path().join(format!("p{:0w$}.svg", 1, w = count.to_string().len())))
            .unwrap();
    assert!(svg.starts_with("<svg"));
}

#[test]
fn several_pages_need_a_page_pattern() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "page.png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .ends_with("\nlỗi: văn bản có 9 trang; hãy ghi {p} vào tên tệp kết quả (ví dụ trang-{p}.png)\n"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("page.png").exists());
}

#[test]
fn the_systems_reason_for_an_unreadable_file_is_said_in_the_users_language() {
    let dir = workspace();
    let out = vanban(dir.path(), &["check", "missing.yaml"]);
    assert!(
        stderr(&out).contains("lỗi[io]: Không đọc được missing.yaml: không có tệp hoặc thư mục này\n"),
        "{}",
        stderr(&out)
    );
    let out = vanban_env(dir.path(), &["check", "missing.yaml"], &[("LANG", "en_US.UTF-8")]);
    assert!(stderr(&out).contains(": no such file or folder\n"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("os error"), "{}", stderr(&out));
    // A file taken for a folder.
    let out = vanban(dir.path(), &["check", "plan.yaml/x.yaml"]);
    assert!(
        stderr(&out).contains("Không đọc được plan.yaml/x.yaml: một phần của đường dẫn không phải thư mục\n"),
        "{}",
        stderr(&out)
    );
    // A file its owner may not read (root reads every file: checked only
    // where the permission holds).
    use std::os::unix::fs::PermissionsExt;
    let locked = dir.path().join("locked.yaml");
    std::fs::copy(dir.path().join("plan.yaml"), &locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_err() {
        let out = vanban(dir.path(), &["check", "locked.yaml"]);
        assert!(stderr(&out).contains("locked.yaml: không có quyền truy cập\n"), "{}", stderr(&out));
        let out = vanban_env(dir.path(), &["check", "locked.yaml"], &[("LANG", "en_US.UTF-8")]);
        assert!(stderr(&out).contains("locked.yaml: permission denied\n"), "{}", stderr(&out));
    }
}

#[test]
fn language_is_read_as_gettext_reads_it() {
    let dir = workspace();
    let said = |env: &[(&str, &str)]| stderr(&vanban_env(dir.path(), &["check", "missing.yaml"], env));
    let english = "error[io]: cannot read missing.yaml: no such file or folder";
    let vietnamese = "lỗi[io]: Không đọc được missing.yaml: không có tệp hoặc thư mục này";
    assert!(said(&[("LANGUAGE", "en")]).contains(english));
    assert!(said(&[("LANGUAGE", "en:vi"), ("LANG", "vi_VN.UTF-8")]).contains(english));
    assert!(said(&[("LANGUAGE", "fr:en")]).contains(english));
    assert!(said(&[("LANGUAGE", "vi:en"), ("LANG", "en_US.UTF-8")]).contains(vietnamese));
    // A C locale turns LANGUAGE off, as in gettext; --lang outranks it.
    assert!(said(&[("LANGUAGE", "en"), ("LC_ALL", "C")]).contains(vietnamese));
    let out = vanban_env(dir.path(), &["--lang", "vi", "check", "missing.yaml"], &[("LANGUAGE", "en")]);
    assert!(stderr(&out).contains(vietnamese), "{}", stderr(&out));
}

#[test]
fn unknown_extension_and_missing_input_are_usage_errors() {
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "plan.doc"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: không biết định dạng của plan.doc: hãy dùng .pdf, .typ, .png, .svg hoặc .docx\n"
    );
    let out = vanban(dir.path(), &["render", "missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Không đọc được missing.yaml"), "{}", stderr(&out));
}

#[test]
fn output_may_not_be_the_input() {
    let dir = workspace();
    std::fs::copy(dir.path().join("plan.yaml"), dir.path().join("plan.typ")).unwrap();
    let out = vanban(dir.path(), &["render", "plan.typ", "-o", "plan.typ"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: tệp kết quả plan.typ chính là tệp vào; vanban không bao giờ ghi đè tệp vào\n"
    );
}

#[test]
fn a_document_error_exits_with_1_and_keeps_the_old_pdf() {
    let dir = workspace();
    let path = dir.path().join("plan.yaml");
    assert!(vanban(dir.path(), &["render", "plan.yaml"]).status.success());
    let good = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    let text = std::fs::read_to_string(&path).unwrap().replace("year: 2026", "year: hai nghìn");
    std::fs::write(&path, text).unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("lỗi[wrong-type]"), "{err}");
    assert!(err.contains("plan.yaml:"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("plan.pdf")).unwrap(), good, "the last good PDF is intact");
}

#[test]
fn fonts_lists_the_embedded_family() {
    let out = vanban(Path::new("."), &["fonts"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Phông chữ của văn bản: Liberation Serif\n"), "{text}");
    for style in ["Regular", "Bold", "Italic", "Bold Italic"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(style)
                && l.contains("tiếng Việt: đủ")
                && l.ends_with(" có sẵn trong vanban")),
            "{style} missing:\n{text}"
        );
    }
}

#[test]
fn new_takes_the_vietnamese_name_of_a_type() {
    let dir = tempfile::tempdir().unwrap();
    let out = vanban(dir.path(), &["new", "thông báo", "-o", "tb.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("tb.yaml")).unwrap();
    assert!(text.lines().any(|l| l == "type: thong-bao"), "{text}");
}

#[test]
fn new_writes_its_comments_in_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let vi = "recipients: []        # tự thêm dòng \"- Như trên;\"";
    let en = "recipients: []        # \"- Như trên;\" is added";
    let out = vanban(dir.path(), &["new", "cong-van"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().any(|l| l == vi), "{text}");
    assert!(
        text.contains("# Công văn: không có tên loại; `title` là dòng V/v. Điền hết các chỗ <<…>>.\n"),
        "{text}"
    );
    for out in [
        vanban(dir.path(), &["--lang", "en", "new", "cong-van"]),
        vanban_env(dir.path(), &["new", "cong-van"], &[("LANG", "en_US.UTF-8")]),
    ] {
        assert!(out.status.success(), "{}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.lines().any(|l| l == en), "{text}");
        assert!(!text.lines().any(|l| l == vi), "{text}");
    }
}

#[test]
fn new_writes_a_skeleton_that_cannot_be_rendered_until_filled() {
    let dir = tempfile::tempdir().unwrap();
    let out = vanban(dir.path(), &["new", "ke-hoach", "-o", "draft.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = vanban(dir.path(), &["new", "ke-hoach", "-o", "draft.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "lỗi: draft.yaml đã có; thêm --force nếu muốn ghi đè\n");

    let out = vanban(dir.path(), &["render", "draft.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for path in ["issuer.name[1]", "place", "year", "title", "bases[0].id", "signer.name"] {
        assert!(err.contains(&format!("= trường: {path}\n")), "{path} not reported:\n{err}");
    }
    assert!(err.contains("lỗi[placeholder]: `<<Họ và tên>>` phải được điền trước khi ban hành văn bản"));
    assert!(!dir.path().join("draft.pdf").exists());

    // Filled in, it renders.
    let filled = std::fs::read_to_string(dir.path().join("draft.yaml")).unwrap();
    let filled = regex_lite::Regex::new(r"<<([^<>]*)>>").unwrap().replace_all(&filled, "Điền $1");
    let filled =
        filled.replace("year: Điền năm", "year: 2027").replace("date: Điền 2025-01-31", "date: 2025-01-31");
    std::fs::write(dir.path().join("draft.yaml"), filled).unwrap();
    let out = vanban(dir.path(), &["render", "draft.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn phu_luc_issued_as_files_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/bao-cao-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("number: null", "number: 21")
        .replace("date: null", "date: 2026-12-01");
    std::fs::write(dir.path().join("bc.yaml"), yaml).unwrap();
    let out = vanban(dir.path(), &["render", "bc.yaml", "--appendices-apart"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text =
        |name: &str| common::normalize(&common::pdftotext(&std::fs::read(dir.path().join(name)).unwrap()));

    // The main file: the report, numbered and dated, without its phụ lục.
    let main = text("bc.pdf");
    assert!(main.contains("Số: 21/BC-UBND"), "{main}");
    assert!(!main.contains("DANH SÁCH CÁC THÔN"), "{main}");
    // Each phụ lục alone, from its first line; the số and ngày of
    // `(Kèm theo …)` left blank for the signing tool (NĐ30 §4).
    let first = text("bc-phu-luc-I.pdf");
    assert!(first.starts_with("Phụ lục I DANH SÁCH CÁC THÔN THỤ HƯỞNG NĂM 2026 (Kèm theo Báo cáo số /BC-UBND ngày tháng năm 2026 của"), "{first}");
    assert!(!first.contains("TIẾN ĐỘ GIẢI NGÂN") && !first.contains("BÁO CÁO"), "{first}");
    let second = std::fs::read(dir.path().join("bc-phu-luc-II.pdf")).unwrap();
    assert!(
        common::normalize(&common::pdftotext(&second)).contains("Phụ lục II CHI TIẾT GIẢI NGÂN THEO THÁNG")
    );
    let sizes = common::pdf::page_sizes(&second);
    // One landscape page: the wide table, no empty page before it.
    assert_eq!(sizes.len(), 1, "{sizes:?}");
    let (w, h) = sizes[0];
    assert!(
        (w - 841.89).abs() < 0.01 && (h - 595.276).abs() < 0.01,
        "the wide table's phụ lục is landscape: {sizes:?}"
    );

    // A document without phụ lục, or another format, is a usage error.
    std::fs::copy(common::sample_path(), dir.path().join("plan.yaml")).unwrap();
    let out = vanban(dir.path(), &["render", "plan.yaml", "--appendices-apart"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "lỗi: plan.yaml không có phụ lục để ban hành riêng\n");
    let out = vanban(dir.path(), &["render", "bc.yaml", "--appendices-apart", "-o", "bc.typ"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_placeholder_in_the_plan_a_quyet_dinh_issues_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml"), dir.path().join("qd.yaml"))
        .unwrap();
    let plan =
        common::sample_text().replacen("title: >-\n  Triển khai", "title: >-\n  <<TÊN>> Triển khai", 1);
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), plan).unwrap();
    for command in ["render", "check"] {
        let out = vanban(dir.path(), &[command, "qd.yaml"]);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("lỗi[placeholder]: `<<TÊN>>` phải được điền"), "{err}");
        assert!(err.contains("ngoc-lien-2026.yaml:"), "located in the plan's own file: {err}");
    }
    assert!(!dir.path().join("qd.pdf").exists());
}

#[test]
fn a_form_is_rendered_alone_as_a_blank_form_to_print() {
    let dir = workspace();
    for name in ["quy-che-lam-viec-ngoc-lien-2026.yaml", "quyet-dinh-quy-che-ngoc-lien-2026.yaml"] {
        std::fs::copy(common::root().join("data").join(name), dir.path().join(name)).unwrap();
    }
    // Named after the document and the form's number, beside it.
    let out = vanban(dir.path(), &["render", "quy-che-lam-viec-ngoc-lien-2026.yaml", "--form", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("đã ghi quy-che-lam-viec-ngoc-lien-2026-mau-02.pdf"), "{}", stderr(&out));
    assert!(!dir.path().join("quy-che-lam-viec-ngoc-lien-2026.pdf").exists(), "only the form is written");
    let pdf = std::fs::read(dir.path().join("quy-che-lam-viec-ngoc-lien-2026-mau-02.pdf")).unwrap();
    assert_eq!(common::pdf::page_sizes(&pdf).len(), 1);
    let text = common::normalize(&common::pdftotext(&pdf));
    assert!(text.starts_with("Mẫu số 02 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{text}");
    assert!(text.contains("GIẤY ĐỀ NGHỊ GIẢI QUYẾT CÔNG VIỆC Kính gửi:"), "{text}");
    // A quyết định's forms are those of the quy chế it issues.
    let out = vanban(
        dir.path(),
        &["render", "quyet-dinh-quy-che-ngoc-lien-2026.yaml", "--form", "1", "-o", "mau.pdf"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = common::normalize(&common::pdftotext(&std::fs::read(dir.path().join("mau.pdf")).unwrap()));
    assert!(
        text.starts_with("Mẫu số 01") && text.contains("PHIẾU ĐĂNG KÝ NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC"),
        "{text}"
    );
    assert!(!text.contains("QUYẾT ĐỊNH"), "{text}");
    // An existing form file is replaced, as every render replaces its
    // output; the input never is.
    let out = vanban(
        dir.path(),
        &["render", "quyet-dinh-quy-che-ngoc-lien-2026.yaml", "--form", "2", "-o", "mau.pdf"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = common::normalize(&common::pdftotext(&std::fs::read(dir.path().join("mau.pdf")).unwrap()));
    assert!(text.starts_with("Mẫu số 02"), "{text}");
    let before = std::fs::read(dir.path().join("quy-che-lam-viec-ngoc-lien-2026.yaml")).unwrap();
    let out = vanban(
        dir.path(),
        &[
            "render",
            "quyet-dinh-quy-che-ngoc-lien-2026.yaml",
            "--form",
            "1",
            "-o",
            "quy-che-lam-viec-ngoc-lien-2026.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(dir.path().join("quy-che-lam-viec-ngoc-lien-2026.yaml")).unwrap(), before);
    // A form that is not there, or with --appendices-apart, is refused.
    let out = vanban(dir.path(), &["render", "quy-che-lam-viec-ngoc-lien-2026.yaml", "--form", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("văn bản có 2 mẫu; không có mẫu 3"), "{}", stderr(&out));
    assert!(!dir.path().join("quy-che-lam-viec-ngoc-lien-2026-mau-03.pdf").exists());
    let out = vanban(
        dir.path(),
        &["render", "quy-che-lam-viec-ngoc-lien-2026.yaml", "--form", "1", "--appendices-apart"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_copy_is_not_issued_with_its_appendices_apart() {
    let dir = workspace();
    std::fs::copy(common::root().join("data/bao-cao-ngoc-lien-2026.yaml"), dir.path().join("bc.yaml"))
        .unwrap();
    let out = vanban(dir.path(), &["render", "bc.yaml", "--copy", "sao-y", "--appendices-apart"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--appendices-apart dùng khi ban hành, không dùng cho bản sao"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_skeleton_renders_once_its_placeholders_are_filled() {
    let dir = tempfile::tempdir().unwrap();
    let fill = regex_lite::Regex::new(r"<<([^<>]*)>>").unwrap();
    for kind in vanban::model::DocType::ALL.iter().map(|t| t.key()) {
        let file = format!("{kind}.yaml");
        let out = vanban(dir.path(), &["new", kind, "-o", &file]);
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
        let skeleton = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        assert!(skeleton.lines().any(|l| l == format!("type: {kind}")), "{kind}: its own `type:` line");
        // Typed in place of each placeholder, as a user would: its own words.
        // A ký hiệu part is an abbreviation (`ky-hieu-part`): the one shown.
        let filled = skeleton
            .replace("year: <<năm>>", "year: 2027")
            .replace("<<2025-01-31>>", "2025-01-31")
            .replace("unit: <<VHXH>>", "unit: VHXH");
        let filled = fill.replace_all(&filled, "Điền $1");
        std::fs::write(dir.path().join(&file), filled.as_ref()).unwrap();
        let out = vanban(dir.path(), &["render", &file]);
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
    }
}

#[test]
fn a_report_drafted_from_the_plan_has_a_section_per_project_and_renders_once_filled() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("schema")).unwrap();
    std::fs::copy(
        common::root().join("schema/vanban.schema.json"),
        dir.path().join("schema/vanban.schema.json"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("bc")).unwrap();
    let out = vanban(dir.path(), &["new", "bao-cao", "--from", "plan.yaml", "-o", "bc/report.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("bc/report.yaml")).unwrap();
    // Editors find the schema from the new file's folder.
    assert!(draft.starts_with("# yaml-language-server: $schema=../schema/vanban.schema.json\n"), "{draft}");
    for section in [
        "<<Kết quả thực hiện Dự án 6>>",
        "Nhiệm vụ 16: Hỗ trợ xây dựng tủ sách cộng đồng",
        "<<Kết quả thực hiện Tiểu dự án 2>>",
        "[3, Dự án 9 - Tiểu dự án 2, <<kế hoạch>>, <<giải ngân>>, null]",
    ] {
        assert!(draft.contains(section), "no {section} in:\n{draft}");
    }
    let out = vanban(dir.path(), &["check", "bc/report.yaml"]);
    assert_eq!(out.status.code(), Some(1), "placeholders left");

    // Filled in: the figures add up, the rates are computed.
    let mut filled = draft.replace("<<Cơ quan nhận báo cáo>>", "Ủy ban nhân dân tỉnh Thanh Hóa");
    filled = filled
        .replace("number: <<số>>/KH-UBND", "number: 15/KH-UBND")
        .replace("<<ngày ban hành>>", "2026-04-20");
    for (i, (plan, paid)) in [(200, 180), (1050, 1000), (300, 150), (100, 100), (50, 25)].iter().enumerate() {
        let from = format!("[{}, ", i + 1);
        let at = filled.find(&from).unwrap();
        let end = at + filled[at..].find('\n').unwrap();
        let row = filled[at..end]
            .replace("<<kế hoạch>>", &format!("{plan}000000"))
            .replace("<<giải ngân>>", &format!("{paid}000000"));
        filled.replace_range(at..end, &row);
    }
    let filled = regex_lite::Regex::new(r"<<([^<>]*)>>").unwrap().replace_all(&filled, "Nội dung $1");
    std::fs::write(dir.path().join("bc/report.yaml"), filled.as_ref()).unwrap();
    let out = vanban(dir.path(), &["render", "bc/report.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The table read across, row by row.
    let rows: Vec<String> = common::pdf::rows(&std::fs::read(dir.path().join("bc/report.pdf")).unwrap())
        .iter()
        .map(|r| common::normalize(r))
        .collect();
    for row in ["1 Dự án 6 200.000.000 180.000.000 90", "Tổng cộng 1.700.000.000 1.455.000.000 85,6"] {
        assert!(rows.iter().any(|r| r == row), "no row `{row}` in {rows:#?}");
    }
    assert!(rows.iter().any(|r| r == "Bằng chữ: Một tỷ bảy trăm triệu đồng."), "{rows:#?}");
}

#[test]
fn check_lints_a_half_filled_document_and_finds_what_the_font_lacks() {
    let dir = workspace();
    let plan = std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap();
    let half = plan
        .replacen("place: Ngọc Liên", "place: <<Địa danh>>", 1)
        .replace("name: Phạm Xuân Khánh", "name: TS. Phạm Xuân Khánh")
        .replacen("year: 2026", "year: 2026\n# ✓\n", 1)
        .replacen("title: >-\n  Triển khai", "title: >-\n  ✓ Triển khai", 1);
    std::fs::write(dir.path().join("half.yaml"), &half).unwrap();
    let out = vanban(dir.path(), &["check", "half.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    // The placeholder does not hide the other findings.
    for code in [
        "lỗi[placeholder]: `<<Địa danh>>` phải được điền",
        "lỗi[signer-academic-title]",
        "lỗi[missing-glyph]: ký tự `✓` (U+2713) không in được bằng phông Liberation Serif",
    ] {
        assert!(err.contains(code), "no {code} in:\n{err}");
    }
    assert!(err.contains("half.yaml: 3 lỗi, 1 cảnh báo\n"), "{err}");

    // What is never printed (an id) may hold any character.
    let id_only =
        plan.replace("  - id: kh281", "  - id: kh281✓").replace("cite(\"kh281\")", "cite(\"kh281✓\")");
    std::fs::write(dir.path().join("ids.yaml"), &id_only).unwrap();
    let out = vanban(dir.path(), &["check", "ids.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));

    // The generated Typst source gets the same checks as a PDF.
    let out = vanban(dir.path(), &["render", "half.yaml", "-o", "half.typ"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!dir.path().join("half.typ").exists());
}

#[test]
fn files_beside_the_output_that_vanban_did_not_write_need_force() {
    let dir = workspace();
    let fields = dir.path().join("plan.fields.json");
    std::fs::write(&fields, "{\"mine\": true}\n").unwrap();
    for args in
        [&["render", "plan.yaml", "--sign-fields"][..], &["render", "plan.yaml", ".", "--sign-fields"]]
    {
        let out = vanban(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(
                "lỗi: plan.fields.json đã có và không do vanban viết; thêm --force nếu muốn ghi đè\n"
            ),
            "{}",
            stderr(&out)
        );
        assert_eq!(std::fs::read_to_string(&fields).unwrap(), "{\"mine\": true}\n");
        assert!(!dir.path().join("plan.pdf").exists(), "nothing is written");
    }
    // With --force it is replaced; vanban's own is replaced on every run.
    let out = vanban(dir.path(), &["render", "plan.yaml", "--sign-fields", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = vanban(dir.path(), &["render", "plan.yaml", "--sign-fields"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&fields).unwrap().contains("\"generator\": \"vanban "));

    // The same for the schema.
    std::fs::write(dir.path().join("notes.json"), "{}").unwrap();
    let out = vanban(dir.path(), &["schema", "-o", "notes.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(dir.path().join("notes.json")).unwrap(), "{}");
    let out = vanban(dir.path(), &["schema", "-o", "schema.json"]);
    assert!(out.status.success());
    let out = vanban(dir.path(), &["schema", "-o", "schema.json"]);
    assert!(out.status.success(), "its own schema is replaced: {}", stderr(&out));
}

#[test]
fn a_source_date_epoch_that_is_not_a_number_is_reported() {
    let dir = workspace();
    let out = common::vanban_env(dir.path(), &["render", "plan.yaml"], &[("SOURCE_DATE_EPOCH", "hôm qua")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).starts_with(
        "cảnh báo: SOURCE_DATE_EPOCH=\"hôm qua\" không phải là số giây; dùng ngày của văn bản\n"
    ));
}

#[test]
fn a_folder_renders_in_parallel_and_one_broken_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    for name in ["a", "b", "c"] {
        std::fs::copy(common::sample_path(), inputs.join(format!("{name}.yaml"))).unwrap();
    }
    std::fs::write(inputs.join("broken.yaml"), "type: ke-hoach\nyear: 2026\n").unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = vanban(dir.path(), &["render", "in", "--out-dir", "out"]);
    assert_eq!(out.status.code(), Some(1), "one failure makes the batch fail");
    let err = stderr(&out);
    assert!(err.contains("đã xuất 3/4 văn bản trong "), "{err}");
    assert!(err.contains(" giây; 1 văn bản lỗi:\n  in/broken.yaml\n"), "{err}");
    assert!(err.contains("lỗi[missing-field]: Thiếu trường `issuer`"), "{err}");
    let mut written: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written, ["a.pdf", "b.pdf", "c.pdf"]);
    // The same bytes as a single render: parallel output is deterministic.
    let single = vanban(dir.path(), &["render", "in/a.yaml", "-o", "single.pdf"]);
    assert!(single.status.success());
    assert_eq!(
        common::sha256(&std::fs::read(dir.path().join("single.pdf")).unwrap()),
        common::sha256(&std::fs::read(dir.path().join("out/b.pdf")).unwrap())
    );
}

#[test]
fn glob_patterns_and_name_clashes() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["x", "y"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::copy(common::sample_path(), dir.path().join(sub).join("plan.yaml")).unwrap();
    }
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = vanban(dir.path(), &["render", "*/plan.yaml", "--out-dir", "out"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lỗi: hai văn bản cùng ghi vào out/plan.pdf\n"), "{}", stderr(&out));
    let out = vanban(dir.path(), &["render", "*/plan.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("x/plan.pdf").exists() && dir.path().join("y/plan.pdf").exists());
}

/// A batch long enough that documents nested on one worker's stack (what a
/// rayon pool does when the PDF writer yields to it) would overflow it:
/// every document renders, each exactly as it would alone.
#[test]
fn a_long_batch_renders_every_document_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = vanban::Pipeline::embedded();
    let sample = common::sample_text();
    let jobs: Vec<vanban::batch::Job> = (0..150)
        .map(|i| {
            let input = dir.path().join(format!("doc-{i:03}.yaml"));
            std::fs::write(&input, sample.replace("number: null", &format!("number: {}", i + 1))).unwrap();
            vanban::batch::Job {
                input: input.clone(),
                output: input.with_extension("pdf"),
                sign_fields: false,
            }
        })
        .collect();
    let threads = std::sync::Mutex::new(std::collections::HashSet::new());
    let outcomes = vanban::batch::render_all(&pipeline, &jobs, None, &|_| {
        threads.lock().unwrap().insert(std::thread::current().id());
    });
    assert_eq!(outcomes.len(), 150);
    for (o, job) in outcomes.iter().zip(&jobs) {
        assert_eq!(o.job.input, job.input, "outcomes in job order");
        assert!(o.result.is_ok(), "{}: {:?}", job.input.display(), o.result);
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(threads.lock().unwrap().len() <= workers, "one worker per core");
    let text = common::pdftotext(&std::fs::read(dir.path().join("doc-149.pdf")).unwrap());
    assert!(text.contains("Số: 150/KH-UBND"), "{}", &text[..300]);
}

#[test]
fn ppi_outside_its_range_is_refused_before_any_work() {
    let dir = workspace();
    for ppi in ["inf", "1e9", "0", "-5", "nan", "20000", "hai"] {
        let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "page-{p}.png", &format!("--ppi={ppi}")]);
        assert_eq!(out.status.code(), Some(2), "--ppi {ppi}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "lỗi: giá trị `{ppi}` không dùng được cho `--ppi <PPI>`: độ phân giải phải là một số từ 1 đến 2400 điểm ảnh mỗi inch\n"
            )),
            "{err}"
        );
    }
    assert!(!dir.path().join("page-1.png").exists());
}

#[test]
fn a_png_page_has_a_pixel_budget() {
    // 2,400 ppi is accepted, but an A4 page at that resolution would be
    // 557 million pixels (2.2 GB): refused before the pixels are allocated.
    let dir = workspace();
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "page-{p}.png", "--ppi", "2400"]);
    assert_ne!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(err.contains(": Một trang ở độ phân giải 2400 điểm ảnh mỗi inch sẽ có 55"), "{err}");
    assert!(err.contains(" điểm ảnh; mỗi trang PNG giới hạn ở 100000000 điểm ảnh\n"), "{err}");
    assert!(err.contains(" = cách sửa: Dùng --ppi nhỏ hơn (với trang này, tối đa 10"), "{err}");
    // In English.
    let out =
        vanban(dir.path(), &["--lang", "en", "render", "plan.yaml", "-o", "page-{p}.png", "--ppi", "2400"]);
    let err = stderr(&out);
    assert!(err.contains("pixels; PNG pages are limited to 100000000 pixels"), "{err}");
    assert!(err.contains("use a lower --ppi (at most 10"), "{err}");
    assert!(!dir.path().join("page-1.png").exists());
}

/// `--help` speaks Vietnamese by default, English with `--lang en` or an
/// English locale: the command's words and clap's own.
#[test]
fn help_is_vietnamese_by_default_and_english_on_request() {
    let dir = workspace();
    let out = vanban(dir.path(), &["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.starts_with("Soạn văn bản hành chính từ tệp YAML, trình bày theo Nghị định 30/2020/NĐ-CP\n\nCách dùng: vanban [TÙY_CHỌN] <LỆNH>\n\nLệnh:\n"),
        "{help}"
    );
    assert!(
        help.contains(
            "\n  render    Xuất văn bản ra PDF (hoặc tệp Word DOCX, mã nguồn Typst, trang PNG, SVG)\n"
        ),
        "{help}"
    );
    assert!(help.contains("\nTùy chọn:\n"), "{help}");
    assert!(help.contains("  -h, --help             In trợ giúp\n"), "{help}");
    assert!(help.contains("  --lang <NGÔN_NGỮ>  "), "{help}");
    assert!(!help.contains("[OPTIONS]") && !help.contains("<FILE>"), "{help}");
    assert!(!help.contains("Usage") && !help.contains("Options") && !help.contains("Print"), "{help}");

    let out = vanban(dir.path(), &["render", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.starts_with("Xuất văn bản ra PDF (hoặc tệp Word DOCX, mã nguồn Typst, trang PNG, SVG)\n\nCách dùng: vanban render [TÙY_CHỌN] <TỆP>...\n\nĐối số:\n  <TỆP>...  "), "{help}");
    assert!(
        help.contains("--ppi <PPI>            Độ phân giải trang PNG, tính bằng điểm ảnh mỗi inch (từ 1 đến 2400) [mặc định: 144]\n"),
        "{help}"
    );
    assert!(
        help.contains("[giá trị: a-2b, a-3b]") && help.contains("[biến môi trường: VANBAN_FONT_PATHS]"),
        "{help}"
    );
    assert!(!help.contains("default:") && !help.contains("possible values"), "{help}");

    for out in [
        vanban(dir.path(), &["--lang", "en", "render", "--help"]),
        vanban_env(dir.path(), &["render", "-h"], &[("LANG", "en_US.UTF-8")]),
    ] {
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.starts_with("Render documents to PDF (or a Word DOCX, Typst source, PNG or SVG pages)\n\nUsage: vanban render [OPTIONS] <FILE>...\n\nArguments:\n"), "{help}");
        assert!(help.contains("--ppi <PPI>             Resolution of PNG pages, in pixels per inch (1 to 2400) [default: 144]\n"), "{help}");
        assert!(
            help.contains("\nOptions:\n") && help.contains("  -h, --help                  Print help\n"),
            "{help}"
        );
    }
}

/// A mistake on the command line is said in the user's language, with the
/// usage and where to read more; the exit code stays 2.
#[test]
fn usage_mistakes_are_said_in_the_language_of_the_run() {
    let dir = workspace();
    let out = vanban(dir.path(), &["rendr", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: vanban không có lệnh `rendr`\n  có phải là `render`?\n\nCách dùng: vanban [TÙY_CHỌN] <LỆNH>\nXem thêm: `vanban --help`\n"
    );
    let out = vanban(dir.path(), &["render", "plan.yaml", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: lệnh này không có tùy chọn `--bogus`\n\nCách dùng: vanban render [TÙY_CHỌN] <TỆP>...\nXem thêm: `vanban render --help`\n"
    );
    // An option given without its value: the usage line names the option;
    // where to read more names only the command (the probe saw
    // `vanban render --output --help`).
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err, "lỗi: `--output <TỆP_RA>` cần một giá trị ghi ngay sau nó\n");
    let out = vanban(dir.path(), &["render", "plan.yaml", "-o", "a.pdf", "--out-dir", "d"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.ends_with("Xem thêm: `vanban render --help`\n"), "{err}");
    let out = vanban(dir.path(), &["check", "--format", "xml", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: `--format <ĐỊNH_DẠNG>` không nhận giá trị `xml`; hãy dùng một trong: human, json\n"
    );
    let out = vanban(dir.path(), &["render", "plan.yaml", "--ppi", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: giá trị `0` không dùng được cho `--ppi <PPI>`: độ phân giải phải là một số từ 1 đến 2400 điểm ảnh mỗi inch\n"
    );
    let out = vanban(dir.path(), &["render"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("lỗi: thiếu `<TỆP>...`, đối số bắt buộc\n"), "{}", stderr(&out));

    let out = vanban_env(dir.path(), &["rendr", "plan.yaml"], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: there is no command `rendr`\n  did you mean `render`?\n\nUsage: vanban [OPTIONS] <COMMAND>\nFor more information: `vanban --help`\n"
    );
    let out = vanban(dir.path(), &["--lang", "en", "render", "plan.yaml", "--ppi", "0"]);
    assert_eq!(
        stderr(&out),
        "error: `0` cannot be given to `--ppi <PPI>`: the resolution must be a number from 1 to 2400 pixels per inch\n"
    );
}

/// clap's number parsers give English reasons; vanban says them in the
/// user's language, and nothing else changes (rc 2, the usage after).
#[test]
fn a_bad_number_on_the_command_line_is_explained_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 4] = [
        (
            &["register", "show", "99999999999999999999"],
            "lỗi: giá trị `99999999999999999999` không dùng được cho `<N>`: số quá lớn\n",
        ),
        (
            &["issue", "x.yaml", "--copies", "abc"],
            "lỗi: giá trị `abc` không dùng được cho `--copies <N>`: đây không phải số nguyên (chỉ viết các chữ số 0–9)\n",
        ),
        (
            &["register", "show", "abc"],
            "lỗi: giá trị `abc` không dùng được cho `<N>`: đây không phải số nguyên (chỉ viết các chữ số 0–9)\n",
        ),
        (
            &["render", "x.yaml", "--jobs", "0"],
            "lỗi: giá trị `0` không dùng được cho `--jobs <N>`: số phải trong khoảng 1–65535\n",
        ),
    ];
    for (args, first) in cases {
        let out = vanban(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with(first), "{args:?}: {err}");
        for english in ["in string", "target type", "is not in"] {
            assert!(!err.contains(english), "{err}");
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
}

/// `new bao-cao --from` given something other than a Kế hoạch: rc 1 and a
/// located error with a hint, whether it is another document (said at its
/// `type:`) or not a document at all (named with its line:col, its lines
/// not echoed); nothing written.
#[test]
fn new_from_a_file_that_is_not_a_plan_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();

    std::fs::write(dir.path().join("pw.txt"), "root:x:0:0:root:/root:/bin/bash\nbin:x:1:1\n").unwrap();
    let hint = " = cách sửa: --from cần tệp YAML của một Kế hoạch (`type: ke-hoach`), Kế hoạch mà báo cáo này báo cáo \
                việc thực hiện; hoặc bỏ --from để có bản khung trống\n";
    // A sample Công văn, read where it is (its images beside it).
    let bc = dir.path().join("bc.yaml");
    let args = ["new", "bao-cao", "--from", "cong-van-ngoc-lien-2026.yaml", "-o", bc.to_str().unwrap()];
    let out = vanban(&common::root().join("data"), &args);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "lỗi[new-from-not-plan]: cong-van-ngoc-lien-2026.yaml là Công văn, không phải Kế hoạch\n  \
             ┌─ cong-van-ngoc-lien-2026.yaml:6:7\n"
        ),
        "{err}"
    );
    assert!(err.contains("= trường: type\n"), "{err}");
    assert!(err.contains(&hint[1..]), "{err}");
    let out = vanban(dir.path(), &["new", "bao-cao", "--from", "pw.txt", "-o", "bc.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "pw.txt:1:1: lỗi[not-a-document]: Tệp cần là một văn bản (gồm các trường như `type:` và `title:`), \
             nhưng ở đây là một đoạn chữ\n{hint}\n"
        )
    );
    assert!(!dir.path().join("bc.yaml").exists());
}

/// A folder that exists but takes no new files (`/proc`) is not said to
/// be missing.
#[test]
fn an_output_folder_that_takes_no_files_is_not_called_missing() {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = vanban(dir.path(), &["new", "ke-hoach", "-o", "/proc/cv.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: không ghi được /proc/cv.yaml: thư mục /proc có, nhưng không cho tạo tệp mới trong đó (thư mục đặc biệt \
         của hệ thống, như /proc); hãy ghi vào một thư mục thường, ví dụ thư mục của văn bản\n"
    );
    let out = vanban(dir.path(), &["new", "ke-hoach", "-o", "missing/cv.yaml"]);
    assert_eq!(
        stderr(&out),
        "lỗi: không ghi được missing/cv.yaml: thư mục missing không có; hãy tạo thư mục trước, hoặc ghi vào chỗ khác\n"
    );
}
