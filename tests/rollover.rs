//! `vanban rollover`: next year's draft keeps the text, comments and layout
//! of this year's YAML, changes the year, clears số and ngày, and reports
//! what needs a human look.

mod common;

use common::{normalize, pdftotext_body, vanban};

fn workspace(yaml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), yaml).unwrap();
    dir
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_2027_draft_renders_with_the_new_year_and_blank_so_and_ngay() {
    // Số and ngày filled in this year's document.
    let source =
        common::sample_text().replace("number: null", "number: 15").replace("date: null", "date: 2026-04-20");
    let dir = workspace(&source);
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("đã ghi ngoc-lien-2027.yaml cho năm 2027: "));

    // The source is untouched, byte for byte.
    assert_eq!(std::fs::read_to_string(dir.path().join("ngoc-lien-2026.yaml")).unwrap(), source);
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    // Comments, key order and formatting survive: only three values change.
    let changed: Vec<(&str, &str)> = source.lines().zip(draft.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(
        changed,
        [("number: 15", "number: null"), ("date: 2026-04-20", "date: null"), ("year: 2026", "year: 2027")]
    );
    assert_eq!(source.lines().count(), draft.lines().count());
    assert!(draft.starts_with(
        "# yaml-language-server: $schema=../schema/vanban.schema.json\n#\n# Kế hoạch thực hiện"
    ));

    let out = vanban(dir.path(), &["render", "ngoc-lien-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("ngoc-lien-2027.pdf")).unwrap();
    let text = normalize(&pdftotext_body(&pdf));
    assert!(text.contains("miền núi, năm 2027 trên địa bàn xã Ngọc Liên"), "title follows the year");
    assert!(text.contains("Số: /KH-UBND"), "số blank");
    assert!(text.contains("Ngọc Liên, ngày tháng năm 2027"), "ngày blank");
}

#[test]
fn the_year_defaults_to_the_next_one() {
    let dir = workspace(&common::sample_text());
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("đã ghi ngoc-lien-2027.yaml cho năm 2027: "), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    assert!(draft.lines().any(|l| l == "year: 2027"));
    // Which two values to fill, and where.
    let line = |key: &str| draft.lines().position(|l| l.starts_with(key)).unwrap() + 1;
    assert!(
        stderr(&out).ends_with(&format!(
            "để ban hành: `vanban issue ngoc-lien-2027.yaml` điền cả hai, hoặc tự ghi: `number:` ở dòng {}, `date:` ở dòng {}\n",
            line("number:"),
            line("date:")
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_existing_draft_is_not_overwritten_without_force() {
    let dir = workspace(&common::sample_text());
    std::fs::write(dir.path().join("ngoc-lien-2027.yaml"), "# my edits\n").unwrap();
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lỗi: ngoc-lien-2027.yaml đã có; thêm --force nếu muốn ghi đè\n"));
    assert_eq!(std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap(), "# my edits\n");
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027", "--force"]);
    assert!(out.status.success());
    let out = vanban(
        dir.path(),
        &["rollover", "ngoc-lien-2026.yaml", "--year", "2027", "-o", "ngoc-lien-2026.yaml", "--force"],
    );
    assert_eq!(out.status.code(), Some(2), "never the source");
}

#[test]
fn cite_previous_adds_this_years_plan_to_the_can_cu() {
    let dir = workspace(&common::sample_text());
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027", "--cite-previous"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    let added = "  - id: kh2026\n    kind: Kế hoạch\n    number: <<số>>/KH-UBND\n    date: <<ngày ban hành>>\n    issuer: Ủy ban nhân dân xã Ngọc Liên\n";
    assert!(
        draft.contains(&format!("chương trình MTQG và nguồn bổ sung sau 30/9 năm 2025\n{added}")),
        "{draft}"
    );
    // Last year's số and ngày were blank: the rollover and the draft say
    // what to fill in.
    let err = stderr(&out);
    assert!(err.contains("cảnh báo[rollover-review]: `<<số>>` phải được điền"), "{err}");
    assert!(err.contains("= trường: bases[7].date"), "{err}");
    let out = vanban(dir.path(), &["render", "ngoc-lien-2027.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("= trường: bases[7].number") && err.contains("= trường: bases[7].date"), "{err}");
    // The yearly cycle goes on with `diff`: the draft compares as it is,
    // its placeholder date read as empty (probe, round three).
    let out = vanban(dir.path(), &["diff", "ngoc-lien-2026.yaml", "ngoc-lien-2027.yaml"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("ghi chú: ngoc-lien-2027.yaml còn 2 chỗ chưa điền (`<<…>>`); trường chỉ có chỗ chưa điền được so sánh như để trống\n"),
        "{err}"
    );
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("<<số>>/KH-UBND"), "{listed}");
    // Filled in, the căn cứ reads as last year's plan.
    let filled = draft.replace("<<số>>/KH-UBND", "15/KH-UBND").replace("<<ngày ban hành>>", "2026-04-20");
    std::fs::write(dir.path().join("ngoc-lien-2027.yaml"), filled).unwrap();
    let out = vanban(dir.path(), &["render", "ngoc-lien-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = normalize(&pdftotext_body(&std::fs::read(dir.path().join("ngoc-lien-2027.pdf")).unwrap()));
    assert!(text.contains(
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/4/2026 của Ủy ban nhân dân xã Ngọc Liên về triển khai thực hiện Chương trình"
    ));
}

#[test]
fn what_needs_a_human_look_is_reported_where_it_is() {
    let source = common::sample_text()
        .replace("giải ngân vốn đầu tư công năm {{ year }} của", "giải ngân vốn đầu tư công năm 2026 của")
        .replacen("under: [nq661, qd2624]", "under: [nq661, qd2624]\n      amount: 250000000", 1)
        .replace(
            "    issuer: Ủy ban Dân tộc\n",
            "    issuer: Ủy ban Dân tộc\n    replaced_by: Thông báo số 12/TB-BDTTG\n",
        );
    let dir = workspace(&source);
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "2027"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let draft = std::fs::read_to_string(dir.path().join("ngoc-lien-2027.yaml")).unwrap();
    let line_of = |needle: &str| draft[..draft.find(needle).unwrap()].matches('\n').count() + 1;
    // A year written out, pointed at in the draft.
    assert!(
        err.contains(
            "cảnh báo[rollover-review]: `2026` được ghi thẳng ở đây nên vẫn là 2026 trong bản dự thảo năm 2027\n"
        ),
        "{err}"
    );
    let l = line_of("công năm 2026 của");
    assert!(err.contains(&format!("ngoc-lien-2027.yaml:{l}:")), "{err}");
    assert!(err.contains("= trường: solutions[4]"));
    // Old and replaced căn cứ, copied amounts.
    assert!(
        err.contains(": Quyết định 1719/QĐ-TTg ban hành năm 2021, đã hơn 5 năm so với năm 2027\n"),
        "{err}"
    );
    assert!(
        err.contains(": Thông báo 274/TB-UBDT đã được thay thế bằng Thông báo số 12/TB-BDTTG\n"),
        "{err}"
    );
    assert!(err.contains(": số tiền (250.000.000 đồng) được chép từ năm 2026\n"), "{err}");
    assert!(err.contains("= cách sửa: ghi số kinh phí được giao cho năm 2027\n"), "{err}");
    assert!(err.contains("= trường: projects[0].funding.amount"));
    // The amount sits in a funding block shared by five dự án: reported once.
    assert_eq!(err.matches("được chép từ năm 2026").count(), 1);
    // References (documents the text mentions, not căn cứ) are not aged:
    // Nghị quyết 88/2019/QH14 is not reported.
    assert!(!err.contains("88/2019/QH14"), "{err}");
    // A căn cứ of 2026 about 2026 (chuyển nguồn … sang năm 2026), at the year.
    assert!(
        err.contains(
            "cảnh báo[rollover-review]: Quyết định 252/QĐ-UBND năm 2026 nói về năm 2026: căn cứ của năm cũ ít khi còn dùng được cho năm 2027\n"
        ),
        "{err}"
    );
    let l = line_of("sang năm 2026");
    let line = draft.lines().nth(l - 1).unwrap();
    let col = line[..line.find("2026").unwrap()].chars().count() + 1;
    assert!(err.contains(&format!("ngoc-lien-2027.yaml:{l}:{col}")), "{err}");
    assert!(err.contains("= cách sửa: dẫn văn bản năm 2027 thay thế nó, hoặc bỏ căn cứ này\n"), "{err}");
    assert!(err.contains(": 6 điểm cần xem lại; "), "{err}");
}

#[test]
fn a_copy_section_is_blanked_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = common::root().join("data");
    std::fs::copy(data.join("ngoc-lien-2026.yaml"), dir.path().join("ngoc-lien-2026.yaml")).unwrap();
    let source = std::fs::read_to_string(data.join("quyet-dinh-ngoc-lien-2026.yaml")).unwrap().replace(
        "copy:\n  number: null\n  date: null",
        "copy:\n  number: 7\n  date: 2026-05-02\n  time: \"09:15:00\"",
    );
    std::fs::write(dir.path().join("qd-2026.yaml"), &source).unwrap();
    let out = vanban(dir.path(), &["rollover", "qd-2026.yaml", "--year", "2027", "-o", "qd-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read_to_string(dir.path().join("qd-2027.yaml")).unwrap();
    let changed: Vec<(&str, &str)> = source.lines().zip(draft.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(
        changed,
        [
            ("year: 2026", "year: 2027"),
            ("  number: 7", "  number: null"),
            ("  date: 2026-05-02", "  date: null"),
            ("  time: \"09:15:00\"", "  time: null")
        ]
    );
}

#[test]
fn a_day_of_the_week_that_moves_with_the_year_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(common::root().join("data/giay-moi-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("date: null", "date: 2026-04-10");
    assert!(source.contains("thứ Tư, ngày 22 tháng 4 năm {{ year }}"));
    std::fs::write(dir.path().join("gm.yaml"), &source).unwrap();
    let out = vanban(dir.path(), &["rollover", "gm.yaml", "--year", "2027", "-o", "gm-2027.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cảnh báo[rollover-review]: Ngày 22/4/2027 là thứ Năm, không phải thứ Tư"), "{err}");
    // The cleared date is not reported as a year written out.
    assert!(!err.contains("= trường: date\n"), "{err}");
    // Rendering the draft as it is stops at the wrong day.
    let out = vanban(dir.path(), &["render", "gm-2027.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("lỗi[weekday-mismatch]: Ngày 22/4/2027 là thứ Năm, không phải thứ Tư"));
}

#[test]
fn the_draft_year_must_come_after_the_document_year() {
    let dir = workspace(&common::sample_text());
    for year in ["2026", "2025"] {
        let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", year, "-o", "x.yaml"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(&format!(
            "lỗi[rollover-year]: năm của bản dự thảo ({year}) không sau năm của văn bản (2026)\n"
        )));
        assert!(!dir.path().join("x.yaml").exists());
    }
    // A year no document has (probe, round three: it wrote plan-99999.yaml).
    let out = vanban(dir.path(), &["rollover", "ngoc-lien-2026.yaml", "--year", "99999", "-o", "x.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "lỗi[rollover-year]: Năm 99999 nằm ngoài khoảng cho phép: năm của văn bản phải từ 1945 đến 2100"
        ),
        "{err}"
    );
    assert!(err.contains("= cách sửa: chuyển sang năm sau: --year 2027\n"), "{err}");
    // The same mistake in English, with an English locale.
    let out = common::vanban_env(
        dir.path(),
        &["rollover", "ngoc-lien-2026.yaml", "--year", "99999", "-o", "x.yaml"],
        &[("LANG", "en_US.UTF-8")],
    );
    let err = stderr(&out);
    assert!(
        err.contains(
            "error[rollover-year]: the year 99999 is out of range; a document's year is from 1945 to 2100\n"
        ),
        "{err}"
    );
    assert!(err.contains("= hint: roll over to the next year: --year 2027\n"), "{err}");
    assert!(!dir.path().join("x.yaml").exists());
    // The same words as the lint rule `year-range`, in English under an English locale.
    let args = ["rollover", "ngoc-lien-2026.yaml", "--year", "99999", "-o", "x.yaml"];
    let err = stderr(&common::vanban_env(dir.path(), &args, &[("LANG", "en_US.UTF-8")]));
    assert!(
        err.contains(
            "error[rollover-year]: the year 99999 is out of range; a document's year is from 1945 to 2100"
        ),
        "{err}"
    );
}

#[test]
fn a_range_of_years_is_not_asked_to_become_year() {
    // Probe of #14: `giai đoạn 2026-2030` in the province plan's title was
    // flagged by rollover although the title-year rule leaves ranges alone.
    let plan = std::fs::read_to_string(common::root().join("data/ke-hoach-tinh-binh-lam-2026.yaml")).unwrap();
    let dir = workspace(&plan);
    std::fs::rename(dir.path().join("ngoc-lien-2026.yaml"), dir.path().join("kh-2026.yaml")).unwrap();
    let out = vanban(dir.path(), &["rollover", "kh-2026.yaml", "--year", "2027", "-o", "kh-2027.yaml"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("= trường: title\n"), "{err}");
    // A year written alone is still pointed out.
    let alone = plan.replacen("năm {{ year }}, định hướng", "năm 2026, định hướng", 1);
    std::fs::write(dir.path().join("kh-2026.yaml"), alone).unwrap();
    let out = vanban(dir.path(), &["rollover", "kh-2026.yaml", "--year", "2027", "-o", "kh-2027b.yaml"]);
    let err = stderr(&out);
    assert!(
        err.contains("`2026` được ghi thẳng ở đây nên vẫn là 2026 trong bản dự thảo năm 2027\n"),
        "{err}"
    );
    assert!(err.contains("= trường: title\n"), "{err}");
}
