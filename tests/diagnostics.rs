//! Bad input gets a precise diagnostic: the exact message, the field path,
//! line and column in the YAML, and a hint.

mod common;

use vanban::Pipeline;
use vanban::diagnostic::Diagnostic;
use vanban::i18n::{Lang, with_lang};
use vanban::load;

/// The sample with one textual edit; the edit must apply.
fn edited(from: &str, to: &str) -> String {
    let text = common::sample_text();
    assert!(text.contains(from), "the sample no longer contains {from:?}");
    text.replacen(from, to, 1)
}

/// The single error loading (and, if that succeeds, rendering) produces.
fn error_of(yaml: &str) -> Diagnostic {
    let errors = match load::load_str("plan.yaml", yaml) {
        Err(e) => e,
        Ok(loaded) => match Pipeline::embedded().render(&loaded) {
            Err(e) => e,
            Ok(_) => panic!("no error"),
        },
    };
    assert_eq!(errors.len(), 1, "{errors}");
    errors.into_iter().next().unwrap()
}

/// Line and column of the first occurrence of `needle` in `yaml` (1-based,
/// columns in characters), to state expectations without counting by hand.
fn position(yaml: &str, needle: &str) -> (usize, usize) {
    let at = yaml.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the YAML"));
    let before = &yaml[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    (line, col)
}

fn assert_diag(d: &Diagnostic, code: &str, message: &str, path: Option<&str>, at: (usize, usize)) {
    assert_eq!(d.code, code, "{d}");
    assert_eq!(d.message, message, "{d}");
    assert_eq!(d.path.as_deref(), path, "{d}");
    assert_eq!(d.line_col(), Some(at), "{d}");
}

/// Every error loading `yaml` reports.
fn errors_of(yaml: &str) -> Vec<Diagnostic> {
    match load::load_str("plan.yaml", yaml) {
        Err(e) => e.into_iter().collect(),
        Ok(_) => panic!("no error"),
    }
}

#[test]
fn every_mistake_in_the_fields_is_reported_in_one_run() {
    // A misspelled field, a misspelled nested field, an impossible date
    // and a wrong type, one below the other: four errors, in file order,
    // each at its place (a misspelled required field is not also "missing").
    let mut yaml = edited("  abbr: UBND\n", "  abr: UBND\n");
    yaml = yaml.replacen("place: Ngọc Liên", "plase: Ngọc Liên", 1);
    yaml = yaml.replacen("date: null", "date: 2026-02-30", 1);
    yaml = yaml.replacen("year: 2026", "year: hai nghìn", 1);
    yaml = yaml.replacen("  name: Phạm Xuân Khánh", "  nam: Phạm Xuân Khánh", 1);
    let errors = errors_of(&yaml);
    let codes: Vec<(&str, &str, Option<&str>)> =
        errors.iter().map(|d| (d.code, d.message.as_str(), d.path.as_deref())).collect();
    assert_eq!(
        codes,
        [
            ("unknown-field", "Trường `abr` không có ở đây", Some("issuer.abr")),
            ("unknown-field", "Trường `plase` không có ở đây", Some("plase")),
            (
                "wrong-type",
                "`2026-02-30` không phải một ngày: tháng 2 năm 2026 không có ngày 30",
                Some("date")
            ),
            ("wrong-type", "Cần một số nguyên, nhưng ở đây là chữ \"hai nghìn\"", Some("year")),
            ("unknown-field", "Trường `nam` không có ở đây", Some("signer.nam")),
        ]
    );
    assert_eq!(errors[0].line_col(), Some(position(&yaml, "abr:")));
    assert_eq!(errors[1].hint.as_deref(), Some("Có phải là `place`?"));
    assert_eq!(errors[2].line_col(), Some(position(&yaml, "2026-02-30")));
    assert_eq!(errors[3].line_col(), Some(position(&yaml, "hai nghìn")));
    assert_eq!(errors[4].hint.as_deref(), Some("Có phải là `name`?"));

    // A required field left out is reported with the others.
    let yaml = edited("  abbr: UBND\n", "").replacen("year: 2026", "year: hai nghìn", 1);
    let errors = errors_of(&yaml);
    let codes: Vec<&str> = errors.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(codes, ["Thiếu trường `issuer.abbr`", "Cần một số nguyên, nhưng ở đây là chữ \"hai nghìn\""]);
}

#[test]
fn the_number_of_field_errors_is_capped() {
    // A file of 200 misspelled fields is named in a screenful.
    let mut yaml = common::sample_text();
    for i in 0..200 {
        yaml.push_str(&format!("field{i}: x\n"));
    }
    let errors = errors_of(&yaml);
    let max = vanban::limits::MAX_FIELD_ERRORS;
    assert_eq!(errors.len(), max + 1);
    assert_eq!(errors[0].message, "Trường `field0` không có ở đây");
    // Then one line says more may follow.
    let last = &errors[max];
    assert_eq!(
        last.message,
        format!("vanban dừng lại sau {max} lỗi trong các trường; có thể còn lỗi khác chưa được báo")
    );
    assert_eq!(last.hint.as_deref(), Some("Sửa các lỗi trên rồi chạy lại để xem các lỗi còn lại"));
    assert_eq!(last.line_col(), None);
}

/// Code, message and hint of the one error `yaml` gives, and where.
fn said(yaml: &str) -> (&'static str, String, Option<String>, Option<(usize, usize)>) {
    let d = error_of(yaml);
    (d.code, d.message.clone(), d.hint.clone(), d.line_col())
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The same loading mistakes, said by the binary in Vietnamese by default
/// and in English under an English locale.
#[test]
fn loading_mistakes_are_said_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tab.yaml"), edited("  abbr: UBND", "\tabbr: UBND")).unwrap();
    std::fs::write(dir.path().join("field.yaml"), edited("place: Ngọc Liên", "plase: Ngọc Liên")).unwrap();
    let vi = stderr_of(&common::vanban(dir.path(), &["check", "tab.yaml"]));
    assert!(
        vi.contains("lỗi[yaml-syntax]: Dòng này thụt lề bằng dấu tab (hiện là →): `→abbr: UBND`"),
        "{vi}"
    );
    assert!(
        vi.contains("= cách sửa: YAML chỉ thụt lề bằng dấu cách: thay mỗi dấu tab (→) bằng dấu cách"),
        "{vi}"
    );
    let en = stderr_of(&common::vanban_env(dir.path(), &["check", "tab.yaml"], &[("LANG", "en_US.UTF-8")]));
    assert!(
        en.contains("error[yaml-syntax]: this line is indented with a tab (shown as →): `→abbr: UBND`"),
        "{en}"
    );
    assert!(en.contains("= hint: YAML indents with spaces only: replace each tab (→) with spaces"), "{en}");

    let vi = stderr_of(&common::vanban(dir.path(), &["check", "field.yaml"]));
    assert!(vi.contains("lỗi[unknown-field]: Trường `plase` không có ở đây"), "{vi}");
    assert!(vi.contains("= cách sửa: Có phải là `place`?"), "{vi}");
    let en = stderr_of(&common::vanban(dir.path(), &["--lang", "en", "check", "field.yaml"]));
    assert!(en.contains("error[unknown-field]: unknown field `plase`"), "{en}");
    assert!(en.contains("= hint: did you mean `place`?"), "{en}");

    // A value's mistake (the model's and the loader's wrong types) too.
    std::fs::write(dir.path().join("date.yaml"), edited("date: null", "date: 31/02/2026")).unwrap();
    let vi = stderr_of(&common::vanban(dir.path(), &["check", "date.yaml"]));
    assert!(
        vi.contains("lỗi[wrong-type]: `31/02/2026` không phải một ngày: tháng 2 năm 2026 không có ngày 31"),
        "{vi}"
    );
    assert!(vi.contains("= cách sửa: Viết ngày dạng 2026-03-05 hoặc 05/3/2026"), "{vi}");
    let en = stderr_of(&common::vanban_env(dir.path(), &["check", "date.yaml"], &[("LANG", "en_US.UTF-8")]));
    assert!(
        en.contains("error[wrong-type]: `31/02/2026` is not a date: month 2 of 2026 has no day 31"),
        "{en}"
    );
    assert!(en.contains("= hint: write dates as 2026-03-05 or 05/3/2026"), "{en}");
    std::fs::write(dir.path().join("year.yaml"), edited("year: 2026", "year: \"hai nghìn\"")).unwrap();
    let vi = stderr_of(&common::vanban(dir.path(), &["check", "year.yaml"]));
    assert!(vi.contains("lỗi[wrong-type]: Cần một số nguyên, nhưng ở đây là chữ \"hai nghìn\""), "{vi}");
    assert!(
        vi.contains("= cách sửa: Ghi số bằng chữ số, không đặt trong dấu ngoặc kép (year: 2026)"),
        "{vi}"
    );
    let en = stderr_of(&common::vanban(dir.path(), &["--lang", "en", "check", "year.yaml"]));
    assert!(en.contains("error[wrong-type]: expected a whole number, found text \"hai nghìn\""), "{en}");
    assert!(en.contains("= hint: write the number in digits, without quotes (year: 2026)"), "{en}");
}

#[test]
fn a_tab_in_the_indentation_is_shown_and_named() {
    let yaml = edited("  abbr: UBND", "\tabbr: UBND");
    let (code, message, hint, at) = said(&yaml);
    assert_eq!(code, "yaml-syntax");
    assert_eq!(message, "Dòng này thụt lề bằng dấu tab (hiện là →): `→abbr: UBND`");
    assert_eq!(hint.as_deref(), Some("YAML chỉ thụt lề bằng dấu cách: thay mỗi dấu tab (→) bằng dấu cách"));
    assert_eq!(at, Some((position(&yaml, "\tabbr").0, 1)));
}

#[test]
fn curly_quotes_around_a_value_are_named() {
    for (open, close) in [('“', '”'), ('‘', '’')] {
        let yaml = edited("place: Ngọc Liên", &format!("place: {open}Ngọc Liên{close}"));
        let (code, message, hint, at) = said(&yaml);
        assert_eq!(code, "curly-quotes");
        assert_eq!(
            message,
            format!(
                "Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in {open} {close}; YAML không coi đó là dấu ngoặc nên chúng sẽ được in ra"
            )
        );
        assert_eq!(hint.as_deref(), Some("Dùng dấu ngoặc kép thẳng \"Ngọc Liên\", hoặc bỏ hẳn: Ngọc Liên"));
        assert_eq!(at, Some(position(&yaml, &format!("{open}Ngọc"))));
    }
    // Quotes inside a text are text.
    let yaml = edited("place: Ngọc Liên", "place: xã “Ngọc Liên” mới");
    assert!(load::load_str("plan.yaml", &yaml).is_ok());
}

#[test]
fn a_list_item_read_as_a_field_or_a_list_says_to_quote_it() {
    let yaml = edited("  - Chủ tịch, các PCT UBND xã", "  - Thời hạn: trước 16 giờ");
    let (code, message, hint, at) = said(&yaml);
    assert_eq!(code, "list-item");
    assert_eq!(message, "Mục này của danh sách bị đọc thành trường `Thời hạn:` vì có `: ` ở trong");
    assert_eq!(hint.as_deref(), Some("Đặt cả mục trong dấu ngoặc kép: - \"Thời hạn: trước 16 giờ\""));
    assert_eq!(at, Some(position(&yaml, "Thời hạn")));
    assert_eq!(error_of(&yaml).path.as_deref(), Some("recipients[2]"));

    let yaml = edited("  - Chủ tịch, các PCT UBND xã", "  - - Thiệt hại");
    let (code, message, hint, at) = said(&yaml);
    assert_eq!(code, "list-item");
    assert_eq!(
        message,
        "Mục này của danh sách bắt đầu bằng `- ` nên YAML đọc nó thành một danh sách lồng trong danh sách"
    );
    assert_eq!(hint.as_deref(), Some("Đặt cả mục trong dấu ngoặc kép: - \"- Thiệt hại\""));
    assert_eq!(at, Some(position(&yaml, "- Thiệt")));
}

#[test]
fn a_flow_list_split_at_a_comma_says_so() {
    let yaml = edited("authority: [KT. Chủ tịch]", "authority: [KT. Bộ trưởng, Chủ nhiệm]");
    let (code, message, hint, _) = said(&yaml);
    assert_eq!(code, "wrong-type");
    assert_eq!(
        message,
        "`Chủ nhiệm` không bắt đầu bằng quyền hạn ký: ghi `TM.`, `Q.`, `KT.`, `TL.` hoặc `TUQ.` rồi đến cơ quan hay chức vụ, ví dụ `KT. Chủ tịch`"
    );
    assert_eq!(
        hint.as_deref(),
        Some(
            "Dấu phẩy bên trong `[…]` đã tách nó thành 2 mục: `KT. Bộ trưởng`, `Chủ nhiệm`; nếu dấu phẩy là một phần của nội dung, hãy đặt nội dung đó trong dấu ngoặc kép: [\"KT. Bộ trưởng, Chủ nhiệm\"]"
        )
    );
}

#[test]
fn one_space_too_much_before_a_key_is_named() {
    let yaml = edited("place: Ngọc Liên", " place: Ngọc Liên");
    let (code, message, hint, at) = said(&yaml);
    assert_eq!(code, "yaml-syntax");
    assert_eq!(
        message,
        "`place:` thụt vào nhiều hơn dòng trên 1 dấu cách, nên YAML đọc nó thành một phần của giá trị phía trên"
    );
    assert_eq!(
        hint.as_deref(),
        Some("Xóa 1 dấu cách trước `place:`: các trường cùng một cấp bắt đầu ở cùng một cột")
    );
    assert_eq!(at, Some((position(&yaml, " place:").0, 1)));
    // Inside a mapping too.
    let yaml = edited("  abbr: UBND", "   abbr: UBND");
    assert_eq!(
        said(&yaml).1,
        "`abbr:` thụt vào nhiều hơn dòng trên 1 dấu cách, nên YAML đọc nó thành một phần của giá trị phía trên"
    );
}

#[test]
fn day_first_dates_and_empty_dates_say_what_to_write() {
    let yaml = edited("date: null", "date: 30-11-2026");
    let (code, message, hint, _) = said(&yaml);
    assert_eq!(code, "wrong-type");
    assert_eq!(
        message,
        "`30-11-2026` không phải một ngày: viết với dấu `-` thì năm đứng trước (2026-11-30); ngày đứng trước thì viết với dấu `/` (30/11/2026)"
    );
    assert_eq!(hint.as_deref(), Some("Ghi năm trước nếu dùng dấu `-`, hoặc ngày trước nếu dùng dấu `/`"));
    let (message, hint) = with_lang(Lang::En, || {
        let d = error_of(&yaml);
        (d.message, d.hint)
    });
    assert_eq!(
        message,
        "`30-11-2026` is not a date: with `-` the year comes first (2026-11-30); day first is written with `/` (30/11/2026)"
    );
    assert_eq!(hint.as_deref(), Some("write the date year first with `-`, or day first with `/`"));

    let yaml = edited("date: null", "date: \"\"");
    let (_, message, hint, at) = said(&yaml);
    assert_eq!(
        message,
        "Chuỗi rỗng (\"\") không phải một ngày; `null` (không có dấu ngoặc) mới để trống ngày"
    );
    assert_eq!(
        hint.as_deref(),
        Some("Viết `date: null` để văn thư điền ngày khi ban hành, hoặc ghi ngày: `date: 2026-03-05`")
    );
    assert_eq!(at, Some(position(&yaml, "\"\"")));
}

#[test]
fn a_number_with_its_ky_hieu_says_where_the_ky_hieu_comes_from() {
    let yaml = edited("number: null", "number: 125/UBND-VP");
    let (code, message, hint, _) = said(&yaml);
    assert_eq!(code, "wrong-type");
    assert_eq!(
        message,
        "`125/UBND-VP` là số kèm ký hiệu; trường `number` chỉ ghi số (125): vanban tự viết ký hiệu `UBND-VP` từ loại văn bản, `issuer.abbr` và `unit`"
    );
    assert_eq!(
        hint.as_deref(),
        Some(
            "Chỉ ghi số (number: 125); phần sau dấu `/` được lập từ `issuer.abbr` (UBND) và `unit` (VP trong ký hiệu UBND-VP của công văn)"
        )
    );
    let english = with_lang(Lang::En, || error_of(&yaml).hint);
    assert_eq!(
        english.as_deref(),
        Some(
            "write the number alone (number: 125); the part after `/` comes from `issuer.abbr` (UBND) and `unit` (VP for a công văn's UBND-VP)"
        )
    );
}

#[test]
fn a_ky_hieu_part_left_empty_is_named() {
    let yaml = edited("  abbr: UBND\n", "  abbr:\n");
    let (code, message, hint, _) = said(&yaml);
    assert_eq!(code, "wrong-type");
    assert_eq!(message, "`issuer.abbr` đang để trống, mà ký hiệu sau số văn bản được lập từ trường này");
    assert_eq!(hint.as_deref(), Some("Ghi tên viết tắt của cơ quan ban hành, ví dụ `abbr: UBND`"));
}

#[test]
fn word_and_pdf_files_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "cv.docx",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xff\xfe",
            "cv.docx là văn bản Word (.docx), không phải văn bản YAML",
        ),
        (
            "cv.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\xff",
            "cv.doc là văn bản Word kiểu cũ (.doc), không phải văn bản YAML",
        ),
        ("cv.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "cv.pdf là tệp PDF, không phải văn bản YAML"),
        (
            "cv.yaml",
            b"PK\x03\x04\x14\x00\xff",
            "cv.yaml là tệp nén (tệp Word .docx, bảng tính hoặc tệp .zip), không phải văn bản YAML",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let errors = load::load_file(&path).unwrap_err();
        let d = errors.iter().next().unwrap();
        assert_eq!(d.code, "not-yaml");
        assert_eq!(d.message, message.replace(name, &path.display().to_string()));
        let hint = d.hint.as_deref().unwrap();
        let shown = path.display().to_string();
        if name == "cv.pdf" {
            assert!(hint.contains("thì `vanban extract` lấy lại được tệp YAML"), "{hint}");
            assert!(
                hint.ends_with(&format!("`vanban import {shown} -o doc.yaml` tạo ra tệp YAML")),
                "{hint}"
            );
        } else if name == "cv.doc" {
            assert_eq!(
                hint,
                "vanban đọc văn bản viết dưới dạng YAML: mở tệp trong Word, lưu thành .docx, rồi lệnh `vanban import FILE.docx -o doc.yaml` tạo ra tệp YAML; hoặc soạn mới bằng `vanban new` (ví dụ `vanban new cong-van -o cv.yaml`)"
            );
        } else {
            assert_eq!(
                hint,
                format!(
                    "vanban đọc văn bản viết dưới dạng YAML: lệnh `vanban import {shown} -o doc.yaml` tạo tệp YAML từ tệp Word .docx; hoặc soạn mới bằng `vanban new` (ví dụ `vanban new cong-van -o cv.yaml`)"
                )
            );
        }
    }
    // The same in English.
    let path = dir.path().join("cv.docx");
    let shown = path.display().to_string();
    let errors = with_lang(Lang::En, || load::load_file(&path).unwrap_err());
    let d = errors.iter().next().unwrap();
    assert_eq!(d.message, format!("{shown} is a Word document (.docx), not a YAML document"));
    assert_eq!(
        d.hint.as_deref(),
        Some(
            format!(
                "vanban reads documents written as YAML text: `vanban import {shown} -o doc.yaml` makes its YAML from a Word .docx, or start one with `vanban new` (e.g. `vanban new cong-van -o cv.yaml`)"
            )
            .as_str()
        )
    );
}

#[test]
fn vietnamese_type_names_are_understood() {
    for name in ["công văn", "Công văn", "cong van", "CÔNG VĂN"] {
        let yaml = common::sample_text().replacen("type: ke-hoach", &format!("type: {name}"), 1);
        // A Kế hoạch's fields are no công văn's: the errors say the type was read.
        let errors = errors_of(&yaml);
        assert!(errors.iter().all(|d| d.code != "unknown-type"), "{name}: {errors:?}");
    }
    let yaml = common::sample_text().replacen("type: ke-hoach", "type: Kế hoạch", 1);
    let loaded = load::load_str("plan.yaml", &yaml).unwrap();
    assert_eq!(loaded.document.doc_type(), vanban::model::DocType::KeHoach);
    for t in vanban::model::DocType::ALL {
        assert_eq!(vanban::model::DocType::from_name(t.ten_loai()), Some(*t), "{}", t.ten_loai());
    }
}

#[test]
fn vietnamese_field_names_get_the_field_to_write() {
    for (from, to, field, hint) in [
        (
            "recipients:",
            "nơi nhận:",
            "nơi nhận",
            "Tên trường của vanban viết bằng tiếng Anh: `nơi nhận` viết là `recipients:`",
        ),
        (
            "signer:",
            "người ký:",
            "người ký",
            "Tên trường của vanban viết bằng tiếng Anh: `người ký` viết là `signer:`",
        ),
        (
            "issuer:",
            "Cơ quan:",
            "Cơ quan",
            "Tên trường của vanban viết bằng tiếng Anh: `Cơ quan` viết là `issuer:`",
        ),
        (
            "  title: Phó Chủ tịch",
            "  chức vụ: Phó Chủ tịch",
            "chức vụ",
            "Tên trường của vanban viết bằng tiếng Anh: `chức vụ` viết là `title:`",
        ),
    ] {
        let yaml = edited(from, to);
        let errors = errors_of(&yaml);
        let d = errors.iter().find(|d| d.code == "unknown-field").unwrap_or_else(|| panic!("{errors:?}"));
        assert_eq!(d.message, format!("Trường `{field}` không có ở đây"));
        assert_eq!(d.hint.as_deref(), Some(hint));
        // The field it stands for is not also said to be missing.
        assert!(errors.iter().all(|d| d.code != "missing-field"), "{errors:?}");
    }
}

#[test]
fn one_value_where_a_list_is_natural_is_one_item() {
    let yaml = edited("archive: [VT]", "archive: VT").replacen(
        "authority: [KT. Chủ tịch]",
        "authority: KT. Chủ tịch",
        1,
    );
    let one = load::load_str("plan.yaml", &yaml).unwrap();
    let list = load::load_str("plan.yaml", &common::sample_text()).unwrap();
    assert_eq!(one.document, list.document);
    // A wrong single value is reported at the field itself.
    let yaml = edited("authority: [KT. Chủ tịch]", "authority: Chủ tịch");
    let d = error_of(&yaml);
    assert_eq!(d.path.as_deref(), Some("signer.authority"));
    assert_eq!(d.line_col(), Some(position(&yaml, "Chủ tịch\n")));
}

#[test]
fn malformed_yaml() {
    // The parser gives up 60 lines below, where the next `"` is; the error
    // is shown at the quote that was never closed.
    let yaml = edited("place: Ngọc Liên", "place: \"Ngọc Liên");
    let d = error_of(&yaml);
    let (line, _) = position(&yaml, "\"Ngọc");
    let runs_to = yaml.lines().position(|l| l.contains("cite(\"")).unwrap() + 1;
    assert_diag(
        &d,
        "yaml-syntax",
        &format!(
            "Giá trị mở bằng dấu ngoặc kép này không được đóng trên cùng dòng, nên kéo dài tới dòng {runs_to}"
        ),
        None,
        (line, 8),
    );
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "Đóng giá trị bằng `\"` ngay trên dòng đó (dấu ngoặc kép bên trong giá trị viết là `\\\"`), hoặc bỏ dấu ngoặc mở"
        ),
        "{d}"
    );

    // A tab in the indentation, pointed at.
    let yaml = edited("place: Ngọc Liên", "\tplace: Ngọc Liên");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "yaml-syntax",
        "Dòng này thụt lề bằng dấu tab (hiện là →): `→place: Ngọc Liên`",
        None,
        (line, 1),
    );

    // A list not closed.
    let yaml = edited("place: Ngọc Liên", "place: [Ngọc Liên");
    let d = error_of(&yaml);
    assert_diag(&d, "yaml-syntax", "Dấu `[` này không được đóng bằng `]`", None, (line, 8));

    // A colon that ends a plain value.
    let yaml = edited("place: Ngọc Liên", "place: Ngọc Liên như sau:");
    let d = error_of(&yaml);
    assert_diag(&d, "yaml-syntax", "Dấu `:` ở đây sẽ mở một trường mới ngay trong giá trị", None, (line, 25));
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "Đặt giá trị trong dấu ngoặc kép, hoặc viết thành khối: `>-` sau tên trường, nội dung ở các dòng sau, thụt lề"
        ),
        "{d}"
    );

    // A key given twice.
    let yaml = edited("place: Ngọc Liên", "place: Ngọc Liên\nplace: Hà Nội");
    let d = error_of(&yaml);
    assert_diag(&d, "yaml-syntax", "Khóa `place` được viết hai lần ở cùng một cấp", None, (line + 1, 1));
}

#[test]
fn an_impossible_date() {
    let yaml = edited("date: null", "date: 31/02/2026");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "`31/02/2026` không phải một ngày: tháng 2 năm 2026 không có ngày 31",
        Some("date"),
        position(&yaml, "31/02/2026"),
    );
}

#[test]
fn a_year_in_words() {
    let yaml = edited("year: 2026", "year: \"hai nghìn\"");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "wrong-type",
        "Cần một số nguyên, nhưng ở đây là chữ \"hai nghìn\"",
        Some("year"),
        position(&yaml, "\"hai nghìn\""),
    );
    let rendered = d.render(false);
    assert!(rendered.contains(&format!("plan.yaml:{}:{}", position(&yaml, "\"hai").0, 7)), "{rendered}");
    assert!(rendered.contains("^^^^^^^^^^^"), "{rendered}");
    assert!(rendered.contains("= trường: year"), "{rendered}");
}

#[test]
fn a_missing_field_names_its_path() {
    // The second dự án's assignment without its lead unit.
    let yaml = edited(
        "    assignment:\n      lead: Phòng Văn hóa - Xã hội\n      partners: các đơn vị có liên quan\n      guidance: Sở Y tế",
        "    assignment:\n      partners: các đơn vị có liên quan\n      guidance: Sở Y tế",
    );
    let d = error_of(&yaml);
    let at = position(&yaml, "partners: các đơn vị có liên quan\n      guidance: Sở Y tế");
    assert_diag(
        &d,
        "missing-field",
        "Thiếu trường `projects[1].assignment.lead`",
        Some("projects[1].assignment.lead"),
        at,
    );
    assert_eq!(d.hint.as_deref(), Some("Thêm `lead:` vào `projects[1].assignment`"));
}

#[test]
fn an_unknown_field_suggests_the_right_one() {
    let yaml = edited("recipients:", "recipents:");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "unknown-field",
        "Trường `recipents` không có ở đây",
        Some("recipents"),
        position(&yaml, "recipents:"),
    );
    assert_eq!(d.hint.as_deref(), Some("Có phải là `recipients`?"));
}

#[test]
fn an_unknown_type_suggests_the_right_one() {
    let yaml = edited("type: ke-hoach", "type: ke-hoch");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "unknown-type",
        "Không có loại văn bản `ke-hoch`",
        Some("type"),
        position(&yaml, "ke-hoch"),
    );
    assert_eq!(d.hint.as_deref(), Some("Có phải là `ke-hoach`?"));
}

#[test]
fn a_reference_to_an_undefined_can_cu() {
    let yaml = edited("under: [nq661, qd2624]", "under: [nq616, qd2624]");
    // The funding is an anchor used by five dự án: one error for each use.
    let errors = load::load_str("plan.yaml", &yaml).unwrap_err();
    assert_eq!(errors.len(), 5, "{errors}");
    let d = errors.iter().next().unwrap();
    assert_diag(
        d,
        "undefined-id",
        "Không có căn cứ hay văn bản tham chiếu nào có id `nq616`",
        Some("projects[0].funding.under[0]"),
        position(&yaml, "nq616"),
    );
    assert_eq!(d.hint.as_deref(), Some("Có phải là `nq661`?"));
    let paths: Vec<_> = errors.iter().map(|d| d.path.clone().unwrap()).collect();
    assert_eq!(paths[4], "projects[3].subprojects[1].funding.under[0]");
}

#[test]
fn an_undefined_id_in_text() {
    let yaml = edited("{{ cite_full(\"cv455\") }}", "{{ cite_full(\"cv454\") }}");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "text-expression",
        "không có căn cứ hay văn bản dẫn chiếu nào có id `cv454` (có phải là `cv455`?)",
        Some("solutions[4]"),
        position(&yaml, "cite_full(\"cv454\")"),
    );
}

#[test]
fn two_cited_documents_with_one_id() {
    let sample = common::sample_text();
    let first = sample.find("id: ").expect("the sample cites by id");
    let end = first + sample[first..].find('\n').unwrap();
    let second = end + sample[end..].find("id: ").expect("a second id");
    let second_end = second + sample[second..].find('\n').unwrap();
    let yaml = format!("{}{}{}", &sample[..second], &sample[first..end], &sample[second_end..]);
    let d = error_of(&yaml);
    assert_eq!(d.code, "duplicate-id", "{d}");
    assert_eq!(d.message, format!("id `{}` được dùng cho hai văn bản", &sample[first + 4..end]), "{d}");
    assert_eq!(d.hint.as_deref(), Some("đặt cho mỗi văn bản được dẫn một id riêng"), "{d}");
}

#[test]
fn a_template_error_in_text() {
    let yaml =
        edited("năm {{ year }} trên địa bàn\n  xã Ngọc Liên", "năm {{ yaer }} trên địa bàn\n  xã Ngọc Liên");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "text-expression",
        "`yaer` không có trong chữ (không phải tên dùng được)",
        Some("title"),
        position(&yaml, "yaer"),
    );
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "trường chữ chỉ nhận `{{ … }}` với `year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`, số, chữ trong ngoặc kép, `+`, `-`, `~`, dấu ngoặc đơn và `| upper`; muốn in `{{` thì ghi `{{ \"{{\" }}`"
        ),
        "{d}"
    );
}

#[test]
fn a_loop_in_text_is_refused_before_it_runs() {
    let yaml = edited(
        "closing: >-",
        "closing: >-\n  {% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
    );
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "text-expression",
        "trường chữ chỉ nhận biểu thức `{{ … }}`, không nhận câu lệnh `{% … %}`",
        Some("closing"),
        // At the first statement.
        position(&yaml, "{% for i"),
    );
}

#[test]
fn a_placeholder_left_in_place() {
    let yaml = edited("name: Phạm Xuân Khánh", "name: <<Họ và tên>>");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "placeholder",
        "`<<Họ và tên>>` phải được điền trước khi ban hành văn bản",
        Some("signer.name"),
        position(&yaml, "<<Họ và tên>>"),
    );
}

#[test]
fn what_an_expression_prints_is_checked_like_typed_text() {
    // A right-to-left override would print the name reversed.
    let yaml = edited("name: Phạm Xuân Khánh", "name: 'Phạm {{ \"\\u202e\" }}Khánh'");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "control-character",
        "Văn bản chứa ký tự định dạng vô hình U+202E, không in ra được",
        Some("signer.name"),
        position(&yaml, "'Phạm"),
    );
    // A placeholder assembled by an expression still stops the render.
    let yaml = edited("name: Phạm Xuân Khánh", "name: 'Phạm {{ \"<\" ~ \"<tên>>\" }}'");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "placeholder",
        "`<<tên>>` phải được điền trước khi ban hành văn bản",
        Some("signer.name"),
        position(&yaml, "'Phạm"),
    );
}

#[test]
fn a_control_character() {
    let yaml = edited("place: Ngọc Liên", "place: \"Ngọc\\u0007Liên\"");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "control-character",
        "Văn bản chứa ký tự điều khiển U+0007, không in ra được",
        Some("place"),
        // At the escape that writes it.
        position(&yaml, "\\u0007"),
    );
}

#[test]
fn a_character_the_font_cannot_print() {
    let yaml = edited("name: Phạm Xuân Khánh", "name: Phạm Xuân Khánh 😀");
    let d = error_of(&yaml);
    assert_diag(
        &d,
        "missing-glyph",
        "ký tự `😀` (U+1F600) không in được bằng phông Liberation Serif",
        Some("signer.name"),
        position(&yaml, "😀"),
    );
}

#[test]
fn a_group_of_can_cu_must_share_kind_and_issuer() {
    let yaml = edited(
        "        number: 920/QĐ-TTg\n        date: 2025-05-14\n        issuer: Thủ tướng Chính phủ",
        "        number: 920/QĐ-TTg\n        date: 2025-05-14\n        issuer: Bộ Tài chính",
    );
    let d = error_of(&yaml);
    assert_eq!(d.code, "basis-group");
    assert_eq!(d.path.as_deref(), Some("bases[0].group[1]"));
}

#[test]
fn every_error_is_reported_at_once() {
    // Two placeholders and a control character: three located errors, in
    // the order of the file.
    let yaml = edited("name: Phạm Xuân Khánh", "name: <<Họ và tên>>").replacen(
        "place: Ngọc Liên",
        "place: <<Địa danh>>",
        1,
    );
    let with_control = yaml.replacen("year: 2026", "year: 2026\ntitle_note: \"a\\u0007b\"", 1);
    let errors = load::load_str("plan.yaml", &with_control).unwrap_err();
    let found: Vec<_> = errors.iter().map(|d| (d.code, d.path.clone().unwrap())).collect();
    assert_eq!(
        found,
        [
            ("placeholder", "place".to_string()),
            ("control-character", "title_note".to_string()),
            ("placeholder", "signer.name".to_string())
        ]
    );

    // Without the control character the document loads, so that `check`
    // can lint a half-filled skeleton; the placeholders stop any render.
    let loaded = load::load_str("plan.yaml", &yaml).unwrap();
    let Err(errors) = Pipeline::embedded().render(&loaded) else { panic!("placeholders rendered") };
    let found: Vec<_> = errors.iter().map(|d| (d.code, d.path.clone().unwrap())).collect();
    assert_eq!(found, [("placeholder", "place".to_string()), ("placeholder", "signer.name".to_string())]);
}
