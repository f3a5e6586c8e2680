//! `vanban import` on a Kế hoạch typed the office way (probe 8, item 5):
//! `tests/fixtures/probe-ke-hoach-phieu.html`, converted by LibreOffice
//! with `soffice --headless --convert-to docx probe-ke-hoach-phieu.html`
//! into `probe-ke-hoach-phieu.docx`. Its header is a borderless table
//! (`ỦY BAN NHÂN DÂN` / bold `XÃ HÒA BÌNH` / a typed rule `———`), a page
//! break puts a registration form (`PHIẾU ĐĂNG KÝ THAM GIA`, `☐` boxes) on
//! a page of its own, the nơi nhận and the signer (`TM. ỦY BAN NHÂN DÂN`
//! / `CHỦ TỊCH` / `Nguyễn Văn Hùng`) are typed after the form, and the
//! form's signature grid (`NGƯỜI ĐĂNG KÝ` / `TRƯỞNG THÔN`) comes last.
//! Every paragraph carries a token `HTM…`, so that a lost word shows.

mod common;

use vanban::import::{Format, Imported, NoteKind, import_bytes};
use vanban::model::Document;

const PLAN: &str = "tests/fixtures/probe-ke-hoach-phieu.docx";
const HTML: &str = "tests/fixtures/probe-ke-hoach-phieu.html";

fn import() -> Imported {
    let bytes = std::fs::read(common::root().join(PLAN)).unwrap();
    match import_bytes(PLAN, &bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {PLAN} failed:\n{e}"),
    }
}

fn report(i: &Imported) -> Vec<String> {
    i.notes.iter().map(|n| n.line(Format::Docx)).collect()
}

/// The YAML line a note points at.
fn yaml_line<'a>(i: &'a Imported, kind: NoteKind, contains: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = i.yaml.lines().collect();
    i.notes
        .iter()
        .filter(|n| n.kind == kind && n.message.contains(contains))
        .map(|n| lines[n.yaml_line.expect("a YAML line") - 1])
        .collect()
}

#[test]
fn a_communes_two_line_name_is_one_name_and_the_typed_rule_is_vanbans() {
    let i = import();
    let issuer = i.loaded.document.issuer();
    assert!(issuer.parent.is_none(), "{}", i.yaml);
    assert!(
        i.yaml.contains("issuer:\n  name:\n  - Ủy ban nhân dân\n  - xã Hòa Bình\n  abbr: UBND\n"),
        "{}",
        i.yaml
    );
    // The rule is nowhere in the YAML; it is said, as recognised.
    assert!(!i.yaml.contains('—'), "{}", i.yaml);
    let lines = report(&i);
    assert!(
        lines.iter().any(|l| l.starts_with("đã nhận ra: Dòng kẻ gõ bằng ký tự `———` ở phần đầu được bỏ")
            && l.ends_with("(dòng YAML 6; đoạn 1)")),
        "{lines:#?}"
    );
    // Nothing was guessed about the header.
    assert!(!lines.iter().any(|l| l.contains("cơ quan chủ quản")), "{lines:#?}");
    // Printed as vanban prints a commune's name: the two lines, then its rule.
    let text = common::pdftotext(&common::render_str("kh.yaml", &fixed(&i.yaml)).pdf);
    let head: Vec<&str> = text.lines().take(4).collect();
    assert!(head.iter().any(|l| l.contains("ỦY BAN NHÂN DÂN")), "{text}");
    assert!(head.iter().any(|l| l.contains("XÃ HÒA BÌNH")), "{text}");
    assert!(!text.contains('—'), "{text}");
}

/// The same header typed line by line in a text file, with a rule under
/// the name and under the Tiêu ngữ, of each kind offices type.
#[test]
fn a_typed_rule_in_a_text_header_is_dropped_and_said() {
    for rule in ["______", "-----", "─────────", "———"] {
        let text = format!(
            "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n{rule}\nSố: 3/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
Độc lập - Tự do - Hạnh phúc\n{rule}\nHòa Bình, ngày 2 tháng 4 năm 2026\nTHÔNG BÁO\nVề việc nghỉ lễ\n\
Ủy ban nhân dân xã thông báo lịch nghỉ lễ.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n"
        );
        let i = import_bytes("tb.txt", text.as_bytes(), None).unwrap();
        assert!(
            i.yaml.contains("issuer:\n  name:\n  - Ủy ban nhân dân\n  - xã Hòa Bình\n  abbr: UBND\n"),
            "{rule}:\n{}",
            i.yaml
        );
        assert!(!i.yaml.contains(rule), "{rule}:\n{}", i.yaml);
        let said = i.notes.iter().filter(|n| n.message.contains(&format!("`{rule}`"))).count();
        assert_eq!(said, 2, "{rule}: {:#?}", report(&i));
    }
}

/// A rule between paragraphs of the body is no text either, and is not
/// joined to the paragraph above it.
#[test]
fn a_typed_rule_in_the_body_is_dropped_and_said() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 3/TB-UBND\nHòa Bình, ngày 2 tháng 4 năm 2026\nTHÔNG BÁO\n\
Về việc nghỉ lễ\nỦy ban nhân dân xã thông báo lịch nghỉ lễ của cán bộ, công chức trong dịp Giỗ Tổ Hùng Vương năm nay\n\
-----\nCác bộ phận bố trí trực theo lịch.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Minh\n";
    let i = import_bytes("tb.txt", text.as_bytes(), None).unwrap();
    assert!(!i.yaml.contains("---"), "{}", i.yaml);
    assert!(i.yaml.contains("năm nay\n- Các bộ phận bố trí trực theo lịch."), "{}", i.yaml);
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Text)).collect();
    assert!(
        lines.contains(
            &"đã nhận ra: Dòng kẻ gõ bằng ký tự `-----` giữa các đoạn được bỏ: văn bản theo NĐ30 \
không có dòng kẻ trong nội dung (dòng gốc 8)"
                .to_string()
        ),
        "{lines:#?}"
    );
}

#[test]
fn the_signer_is_the_block_after_the_body_not_the_forms_grid() {
    let i = import();
    let signer = i.loaded.document.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Nguyễn Văn Hùng"), "{}", i.yaml);
    assert_eq!(signer.authority.len(), 1, "{}", i.yaml);
    assert_eq!(signer.authority[0].of, "Ủy ban nhân dân", "{}", i.yaml);
    assert!(
        i.yaml.contains("recipients:\n- UBND huyện (b/c)\n- Các thôn HTMnơinhận\narchive:\n- VT\n"),
        "{}",
        i.yaml
    );
    // No line of the signer block is left out.
    let lines = report(&i);
    assert!(!lines.iter().any(|l| l.contains("Bỏ ra các dòng của phần chữ ký")), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.starts_with(
            "đã nhận ra: Nơi nhận và người ký được gõ sau mẫu «PHIẾU ĐĂNG KÝ THAM GIA HTMphiếu»"
        ) && l.ends_with("đoạn 27)")),
        "{lines:#?}"
    );
}

#[test]
fn the_form_on_its_own_page_is_a_form_not_the_last_section() {
    let i = import();
    let Document::KeHoach(k) = &i.loaded.document else { panic!("a Kế hoạch:\n{}", i.yaml) };
    let last = serde_json::to_string(k.sections.last().unwrap()).unwrap();
    assert!(last.contains("HTMtổchức") && !last.contains("PHIẾU") && !last.contains("Họ và tên"), "{last}");
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    assert_eq!(forms[0].title, "Phiếu đăng ký tham gia");
    // Its fields, boxes and the signature grid, in order, with the grid's
    // `(Ký, ghi rõ họ tên)` under each title.
    let form = serde_json::to_string(&forms[0].content).unwrap();
    let order =
        ["HTMhọtên", "HTMgiớitính", "HTMđịachỉ", "HTMhộpchọn", "NGƯỜI ĐĂNG KÝ", "TRƯỞNG THÔN", "HTMchữký"];
    let at: Vec<usize> =
        order.iter().map(|w| form.find(w).unwrap_or_else(|| panic!("{w} not in {form}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{form}");
    assert_eq!(form.matches("(Ký, ghi rõ họ tên)").count(), 2, "{form}");
    // The box line is its own, not joined to the address above it.
    assert!(!report(&i).iter().any(|l| l.contains("Đã nối hai dòng")), "{:#?}", report(&i));
    // The label vanban prints over it is said.
    assert!(
        report(&i)
            .iter()
            .any(|l| l.starts_with("cần xem lại: Mẫu «PHIẾU ĐĂNG KÝ THAM GIA HTMphiếu» không có nhãn")),
        "{:#?}",
        report(&i)
    );
}

#[test]
fn no_word_of_the_original_is_lost() {
    let i = import();
    let html = std::fs::read_to_string(common::root().join(HTML)).unwrap();
    let tokens: Vec<&str> =
        html.split(|c: char| !c.is_alphanumeric()).filter(|w| w.starts_with("HTM")).collect();
    assert_eq!(tokens.len(), 24, "{tokens:?}");
    for t in tokens {
        assert!(i.yaml.contains(t), "{t} lost:\n{}", i.yaml);
    }
}

#[test]
fn what_check_refuses_is_in_the_report_at_its_line_and_nothing_is_switched_off() {
    let i = import();
    // The import acknowledged nothing itself.
    assert!(!i.yaml.contains("allow:"), "{}", i.yaml);
    // The form's empty boxes come back as `checkboxes:` (printed as
    // vanban draws them); the ticked one, `☑`, which the fonts lack, stays
    // text and is said at its line.
    let glyphs = yaml_line(&i, NoteKind::Check, "[missing-glyph]");
    assert_eq!(glyphs.len(), 1, "{:#?}", report(&i));
    assert!(glyphs.iter().all(|l| l.contains('☑')), "{glyphs:#?}");
    assert!(i.yaml.contains("checkboxes:"), "{}", i.yaml);
    // The I/1/a table (`I` and `II` bold, `1` not, every parent its rows'
    // sum) comes back in levels, its sums left to compute: no false sum.
    assert!(yaml_line(&i, NoteKind::Check, "[table-sum]").is_empty(), "{:#?}", report(&i));
    assert!(i.yaml.contains("levels:\n"), "{}", i.yaml);
    assert!(report(&i).iter().any(|l| l.contains("(`levels`)")), "{:#?}", report(&i));
    // And `vanban check` says the same, no more.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kh.yaml"), &i.yaml).unwrap();
    let out = common::vanban(dir.path(), &["check", "kh.yaml"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("lỗi[missing-glyph]").count(), 1, "{stderr}");
    assert_eq!(stderr.matches("lỗi[").count(), 1, "{stderr}");
}

#[test]
fn the_bases_end_their_block_and_the_luats_date_is_its_date() {
    let i = import();
    assert!(!i.yaml.contains("bases_end"), "{}", i.yaml);
    assert!(
        report(&i)
            .iter()
            .any(|l| l.starts_with("đã nhận ra: Căn cứ cuối cùng kết thúc bằng `;` trước một câu riêng")),
        "{:#?}",
        report(&i)
    );
    assert!(
        i.yaml.contains(
            "- id: luat\n  kind: Luật\n  date: \"2015-06-09\"\n  subject: Mặt trận Tổ quốc Việt Nam HTMcăncứ1\n"
        ),
        "{}",
        i.yaml
    );
    // Printed: the Luật with its long date, the last căn cứ with `.`.
    let text = common::normalize(&common::pdftotext(&common::render_str("kh.yaml", &fixed(&i.yaml)).pdf));
    assert!(
        text.contains("Căn cứ Luật Mặt trận Tổ quốc Việt Nam HTMcăncứ1 ngày 09 tháng 6 năm 2015;"),
        "{text}"
    );
    assert!(text.contains("về việc HTMcăncứ2."), "{text}");
}

/// The YAML with what the report asks to correct corrected (the boxes,
/// the total), so that it renders.
fn fixed(yaml: &str) -> String {
    yaml.replace('☐', "o").replace('☑', "x").replace("\"6.500.000\"", "\"14.500.000\"")
}

/// The usual order, from a second LibreOffice file
/// (`tests/fixtures/probe-ke-hoach-mau-sau.html`, made with `soffice
/// --headless --convert-to "docx:MS Word 2007 XML"`): a district HĐND's
/// plan, rules of `-----` and `______` typed in its header, its nơi nhận
/// and signer after the body, then a page break and a form whose
/// signature grid has a `(Ký tên, đóng dấu)`.
#[test]
fn a_form_after_the_signer_on_its_own_page_is_a_form() {
    const FILE: &str = "tests/fixtures/probe-ke-hoach-mau-sau.docx";
    let bytes = std::fs::read(common::root().join(FILE)).unwrap();
    let i = import_bytes(FILE, &bytes, None).unwrap();
    assert!(
        i.yaml.contains("issuer:\n  name:\n  - Hội đồng nhân dân\n  - huyện Bá Thước\n  abbr: HĐND\n"),
        "{}",
        i.yaml
    );
    let lines = report(&i);
    for rule in ["-----", "______"] {
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("đã nhận ra: Dòng kẻ gõ bằng ký tự `{rule}`"))),
            "{lines:#?}"
        );
    }
    let signer = i.loaded.document.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Lê Thị Mai"), "{}", i.yaml);
    assert_eq!(signer.authority[0].of, "Thường trực HĐND", "{}", i.yaml);
    let Document::KeHoach(k) = &i.loaded.document else { panic!("a Kế hoạch:\n{}", i.yaml) };
    let last = serde_json::to_string(k.sections.last().unwrap()).unwrap();
    assert!(last.contains("TOKtổchức") && !last.contains("ĐƠN"), "{last}");
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    assert_eq!(forms[0].title, "Đơn đăng ký giám sát");
    let form = serde_json::to_string(&forms[0].content).unwrap();
    for words in
        ["TOKhọtên", "NGƯỜI VIẾT ĐƠN", "(Ký, ghi rõ họ tên)", "XÁC NHẬN CỦA XÃ", "(Ký tên, đóng dấu)"]
    {
        assert!(form.contains(words), "{words} not in {form}");
    }
    let html =
        std::fs::read_to_string(common::root().join("tests/fixtures/probe-ke-hoach-mau-sau.html")).unwrap();
    let tokens: Vec<&str> =
        html.split(|c: char| !c.is_alphanumeric()).filter(|w| w.starts_with("TOK")).collect();
    assert_eq!(tokens.len(), 9, "{tokens:?}");
    for t in tokens {
        assert!(i.yaml.contains(t), "{t} lost:\n{}", i.yaml);
    }
    // Nothing `check` refuses: the report has no such line, and the
    // YAML renders.
    assert!(!lines.iter().any(|l| l.contains("`vanban check` sẽ báo lỗi")), "{lines:#?}");
    let text = common::normalize(&common::pdftotext(&common::render_str("kh.yaml", &i.yaml).pdf));
    assert!(text.contains("ĐƠN ĐĂNG KÝ GIÁM SÁT"), "{text}");
}

/// A form's `Mẫu số 01` label before the nơi nhận starts the form without
/// a page break (here in a text file, the label in bold); the nơi nhận
/// and signer typed after it are the document's.
#[test]
fn a_mau_so_label_before_the_noi_nhan_starts_a_form() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 5/KH-UBND\nHòa Bình, ngày 2 tháng 4 năm 2026\nKẾ HOẠCH\n\
**Tổ chức hội thi năm 2026**\nI. MỤC ĐÍCH\nPhát huy tinh thần đoàn kết.\nII. TỔ CHỨC THỰC HIỆN\n\
Các thôn đăng ký theo mẫu kèm theo.\n**Mẫu số 01**\n**PHIẾU ĐĂNG KÝ**\nHọ và tên: ……………\n\
Nơi nhận:\n- Các thôn;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng\n";
    let i = import_bytes("kh.txt", text.as_bytes(), None).unwrap();
    let forms = i.loaded.document.forms();
    assert_eq!(forms.len(), 1, "{}", i.yaml);
    assert_eq!(forms[0].title, "Phiếu đăng ký", "{}", i.yaml);
    assert!(serde_json::to_string(&forms[0].content).unwrap().contains("Họ và tên"), "{}", i.yaml);
    let signer = i.loaded.document.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Nguyễn Văn Hùng"), "{}", i.yaml);
    assert!(i.yaml.contains("recipients:\n- Các thôn\n"), "{}", i.yaml);
    let Document::KeHoach(k) = &i.loaded.document else { panic!("a Kế hoạch:\n{}", i.yaml) };
    let last = serde_json::to_string(k.sections.last().unwrap()).unwrap();
    assert!(last.contains("mẫu kèm theo") && !last.contains("Mẫu số"), "{last}");
}

/// A bracketed line of the signer block, which vanban does not print, is
/// named in the report, not dropped silently.
#[test]
fn a_bracketed_line_of_the_signer_block_is_said() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 3/TB-UBND\nHòa Bình, ngày 2 tháng 4 năm 2026\nTHÔNG BÁO\n\
Về việc nghỉ lễ\nỦy ban nhân dân xã thông báo lịch nghỉ lễ.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n(Đã ký)\nLê Văn Minh\n";
    let i = import_bytes("tb.txt", text.as_bytes(), None).unwrap();
    let signer = i.loaded.document.signer();
    assert_eq!((signer.title.as_str(), signer.name.as_str()), ("Chủ tịch", "Lê Văn Minh"), "{}", i.yaml);
    let lines: Vec<String> = i.notes.iter().map(|n| n.line(Format::Text)).collect();
    assert!(
        lines.iter().any(|l| l.starts_with(
            "cần xem lại: Dòng trong ngoặc ở phần chữ ký không ghi vào tệp YAML: (Đã ký) (vanban để trống chỗ ký"
        )),
        "{lines:#?}"
    );
}
