//! The DOCX backend (`vanban::docx`), read back in Rust: the zip is opened
//! with `zip`, the parts with `quick-xml`. Texts are compared with the
//! self-check's comparison (`verify::text::missing_in`), geometry with the
//! shared NĐ30 numbers (`nd30.toml`), never with numbers typed here.

use std::io::Read;

use quick_xml::events::Event;
use vanban::docx::{DocxOptions, write};
use vanban::load::{self, Loaded};
use vanban::nd30::Nd30;
use vanban::verify::{Scope, text::missing_in};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn loaded(name: &str) -> Loaded {
    load::load_file(&root().join("data").join(name)).unwrap()
}

const DRAFT: DocxOptions = DocxOptions { draft: true };

fn docx(loaded: &Loaded) -> Vec<u8> {
    match write(loaded, DRAFT) {
        Ok(bytes) => bytes,
        Err(e) => panic!("{}", e.iter().map(|d| d.render(false)).collect::<Vec<_>>().join("\n")),
    }
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(name).unwrap_or_else(|_| panic!("no {name} in the DOCX"));
    let mut out = String::new();
    file.read_to_string(&mut out).unwrap();
    out
}

/// The words of a part: its `w:t` texts, a new line after each paragraph.
fn words(xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut out = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == "w:p" => out.push('\n'),
            Event::Empty(e) if e.name().as_ref() == "w:tab" => out.push('\t'),
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let name = r.xml10_content();
                out.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The attributes of every element `name` in `xml`, in order.
fn elements(xml: &str, name: &str) -> Vec<Vec<(String, String)>> {
    let mut reader = quick_xml::Reader::from_str(xml);
    // Parts of a part are read too (one table of document.xml).
    reader.config_mut().check_end_names = false;
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == name => {
                out.push(
                    e.attributes()
                        .map(|a| {
                            let a = a.unwrap();
                            (
                                a.key.as_ref().to_string(),
                                a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned(),
                            )
                        })
                        .collect(),
                );
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn attr(attrs: &[(String, String)], key: &str) -> i64 {
    attrs.iter().find(|(k, _)| k == key).unwrap_or_else(|| panic!("no {key} in {attrs:?}")).1.parse().unwrap()
}

fn twips(mm: f64) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

const SCOPE: Scope = Scope { excerpt_only: false, appendices: vanban::Appendices::All, form: None };

/// Every sample the DOCX writer takes.
const SAMPLES: [&str; 4] = [
    "cong-van-ngoc-lien-2026.yaml",
    "chi-thi-ngoc-lien-2026.yaml",
    "thong-bao-ngoc-lien-2026.yaml",
    "to-trinh-ngoc-lien-2027.yaml",
];

#[test]
fn every_printed_field_is_in_the_docx() {
    for name in SAMPLES {
        let l = loaded(name);
        let bytes = docx(&l);
        let text = words(&part(&bytes, "word/document.xml")) + &words(&part(&bytes, "word/footnotes.xml"));
        let missing = missing_in(&l, SCOPE, &text);
        assert!(missing.is_empty(), "{name}: not in the DOCX: {missing:?}\n{text}");
    }
}

#[test]
fn the_comparison_sees_a_missing_field() {
    // The check above can fail: a text without the signer's name misses it.
    let l = loaded("cong-van-ngoc-lien-2026.yaml");
    let text = words(&part(&docx(&l), "word/document.xml")).replace("Phạm Xuân Khánh", "");
    let missing = missing_in(&l, SCOPE, &text);
    assert_eq!(missing, vec![("signer.name".to_string(), "Phạm Xuân Khánh".to_string())]);
}

#[test]
fn page_size_and_margins_come_from_the_nd30_numbers() {
    let n = Nd30::embedded();
    let xml = part(&docx(&loaded("cong-van-ngoc-lien-2026.yaml")), "word/document.xml");
    let size = &elements(&xml, "w:pgSz")[0];
    let (w, h) = n.paper_mm().unwrap();
    assert_eq!((attr(size, "w:w"), attr(size, "w:h")), (twips(w), twips(h)));
    let m = &elements(&xml, "w:pgMar")[0];
    assert_eq!(attr(m, "w:top"), twips(n.margin_mm.top));
    assert_eq!(attr(m, "w:bottom"), twips(n.margin_mm.bottom));
    assert_eq!(attr(m, "w:left"), twips(n.margin_mm.left));
    assert_eq!(attr(m, "w:right"), twips(n.margin_mm.right));
    // Page numbers from page 2: a first page of its own, without one.
    assert_eq!(elements(&xml, "w:titlePg").len(), 1);
    let refs = elements(&xml, "w:headerReference");
    let kinds: Vec<&str> =
        refs.iter().map(|a| a.iter().find(|(k, _)| k == "w:type").unwrap().1.as_str()).collect();
    assert_eq!(kinds.len(), 2, "{refs:?}");
    assert!(kinds.contains(&"default") && kinds.contains(&"first"), "{kinds:?}");
}

#[test]
fn the_header_is_a_borderless_table_in_the_nd30_columns() {
    let n = Nd30::embedded();
    let l = loaded("cong-van-ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let cols: Vec<i64> = elements(&xml, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    let left = (width as f64 * n.header_columns[0]).round() as i64;
    assert_eq!(&cols[..2], &[left, width - left], "{cols:?}");
    // No visible table border: every table's borders are nil.
    let tables: Vec<&str> =
        xml.split("<w:tblBorders>").skip(1).map(|t| &t[..t.find("</w:tblBorders>").unwrap()]).collect();
    assert_eq!(tables.len(), 2, "the header and the signature");
    for borders in tables {
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            let a = &elements(borders, side)[0];
            assert!(a.iter().any(|(k, v)| k == "w:val" && v == "nil"), "{side} {a:?}");
        }
    }
    // The short rules: paragraph bottom borders, 0.5 pt (4 eighths).
    let rules: Vec<_> = elements(&xml, "w:bottom")
        .into_iter()
        .filter(|a| a.iter().any(|(k, v)| k == "w:val" && v == "single"))
        .collect();
    assert_eq!(rules.len(), 2, "cơ quan and Tiêu ngữ: {rules:?}");
    assert!(rules.iter().all(|r| attr(r, "w:sz") as f64 == n.rule_stroke_pt * 8.0));
    let text = words(&xml);
    assert!(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"), "{text}");
    assert!(text.contains(&format!("Số:{}/UBND-VHXH", vanban::vn::date::BLANK)), "{text}");
    assert!(text.contains("V/v báo cáo kết quả"), "{text}");
    assert!(text.contains("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Xuân Khánh"), "{text}");
}

#[test]
fn each_nd30_role_has_its_named_style() {
    let n = Nd30::embedded();
    let bytes = docx(&loaded("cong-van-ngoc-lien-2026.yaml"));
    let styles = part(&bytes, "word/styles.xml");
    let ids: Vec<String> = elements(&styles, "w:style")
        .iter()
        .filter_map(|a| a.iter().find(|(k, _)| k == "w:styleId").map(|(_, v)| v.clone()))
        .collect();
    for id in
        ["VbCanCu", "VbNoiDung", "VbDeMuc1", "VbDeMuc2", "VbDeMuc3", "VbNoiNhan", "VbKinhGui", "VbChuKy"]
    {
        assert!(ids.iter().any(|i| i == id), "no style {id} in {ids:?}");
    }
    // The body's first-line indent and size are the shared numbers.
    let body = &styles[styles.find("w:styleId=\"VbNoiDung\"").unwrap()..];
    let body = &body[..body.find("</w:style>").unwrap()];
    assert_eq!(attr(&elements(body, "w:ind")[0], "w:firstLine"), twips(n.indent_cm * 10.0));
    assert_eq!(attr(&elements(body, "w:sz")[0], "w:val"), (n.size_pt.body * 2.0) as i64);
    // Paragraphs use the styles: căn cứ none in the công văn; body and headings.
    let doc = part(&bytes, "word/document.xml");
    let used: Vec<String> = elements(&doc, "w:pStyle").into_iter().map(|a| a[0].1.clone()).collect();
    for id in ["VbNoiDung", "VbDeMuc2", "VbKinhGui", "VbNoiNhan", "VbCoQuan", "VbQuocHieu"] {
        assert!(used.iter().any(|u| u == id), "{id} unused: {used:?}");
    }
}

#[test]
fn the_same_yaml_gives_the_same_bytes() {
    let l = loaded("cong-van-ngoc-lien-2026.yaml");
    let first = docx(&l);
    // Another document in between: nothing carries over from one to the next.
    let _ = docx(&loaded("thong-bao-ngoc-lien-2026.yaml"));
    assert_eq!(first, docx(&l));
}

#[test]
fn the_document_properties_are_title_issuer_and_date() {
    let mut l = loaded("thong-bao-ngoc-lien-2026.yaml");
    let core = part(&docx(&l), "docProps/core.xml");
    assert!(core.contains("<dc:title>THÔNG BÁO "), "{core}");
    assert!(core.contains("<dc:creator>ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN</dc:creator>"), "{core}");
    // The created date is the document's own (a draft has none to give).
    if let vanban::model::Document::ThongBao(t) = &mut l.document {
        t.date = Some(vanban::model::Date(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()));
    }
    let core = part(&docx(&l), "docProps/core.xml");
    assert!(core.contains(">2026-03-02T00:00:00Z</dcterms:created>"), "{core}");
}

#[test]
fn footnotes_are_word_footnotes_and_markup_becomes_runs() {
    let text = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", "")
        .replace("  seal:\n    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm\n", "")
        .replace("Khó khăn, vướng mắc;", "Khó khăn^[Kể cả *vướng mắc* <về> vốn & đất.], vướng mắc;");
    let l = load::load_str("cv.yaml", &text).unwrap();
    let bytes = write(&l, DocxOptions { draft: false }).unwrap();
    let doc = part(&bytes, "word/document.xml");
    assert_eq!(elements(&doc, "w:footnoteReference").len(), 1);
    let notes = words(&part(&bytes, "word/footnotes.xml"));
    assert!(notes.contains("Kể cả vướng mắc <về> vốn & đất."), "{notes}");
    assert!(!words(&doc).contains("Kể cả"));
    // `**…**` is a bold run.
    assert!(doc.contains("<w:b />") || doc.contains("<w:b/>"), "no bold run");
}

fn error_of(l: &Loaded, options: DocxOptions) -> String {
    let errors = write(l, options).expect_err("no DOCX form");
    errors.iter().map(|d| d.render(false)).collect::<Vec<_>>().join("\n")
}

#[test]
fn parts_without_a_docx_form_are_errors_at_their_field() {
    let e = error_of(&loaded("ngoc-lien-2026.yaml"), DRAFT);
    assert!(
        e.contains("lỗi[docx-unsupported]: A Kế hoạch has no DOCX form in this version of vanban"),
        "{e}"
    );
    assert!(e.contains("trường: type"), "{e}");
    let e = error_of(&loaded("bao-cao-ngoc-lien-2026.yaml"), DRAFT);
    assert!(e.contains("A phụ lục has no DOCX form"), "{e}");
    assert!(e.contains("trường: appendices"), "{e}");
    // Images are never dropped silently: a final DOCX with them is refused.
    let e = error_of(&loaded("cong-van-ngoc-lien-2026.yaml"), DocxOptions { draft: false });
    assert!(e.contains("the signature and seal images have no DOCX form"), "{e}");
    assert!(e.contains("--draft"), "{e}");
}

#[test]
fn the_cli_writes_docx_by_extension_and_with_format() {
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        std::fs::copy(root().join("data").join(name), dir.path().join(name)).unwrap();
    }
    std::fs::create_dir(dir.path().join("images")).unwrap();
    for f in std::fs::read_dir(root().join("data/images")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.path().join("images").join(f.file_name().unwrap())).unwrap();
    }
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .unwrap()
    };
    let out = run(&["render", "cong-van-ngoc-lien-2026.yaml", "--draft", "-o", "cv.docx"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(dir.path().join("cv.docx")).unwrap();
    assert_eq!(bytes, docx(&loaded("cong-van-ngoc-lien-2026.yaml")));
    // A PDF-only option is refused for a DOCX, saying why.
    let out = run(&["render", "cong-van-ngoc-lien-2026.yaml", "--watermark", "-o", "cv.docx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("lỗi: --watermark chỉ dùng cho PDF; DOCX không có phần này\ncách sửa: đặt tên tệp kết quả *.pdf, hoặc bỏ --watermark khi xuất DOCX\n")
    );
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let mut args = vec!["render", "--draft", "--out-dir", "out", "--format", "docx"];
    args.extend(SAMPLES);
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in SAMPLES {
        assert!(dir.path().join("out").join(name.replace(".yaml", ".docx")).exists(), "{name}");
    }
}

#[test]
fn a_table_has_ruled_cells_a_repeated_header_and_its_figures() {
    let n = Nd30::embedded();
    let l = loaded("to-trinh-ngoc-lien-2027.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    // The header, the signature and the table.
    let tables: Vec<&str> = xml.split("<w:tbl>").skip(1).map(|t| &t[..t.find("</w:tbl>").unwrap()]).collect();
    assert_eq!(tables.len(), 3);
    let table = tables.iter().find(|t| t.contains("w:tblHeader")).expect("a repeated header row");
    assert_eq!(table.matches("<w:tblHeader />").count(), 1, "one header row");
    let borders = &table[table.find("<w:tblBorders>").unwrap()..table.find("</w:tblBorders>").unwrap()];
    let top = &elements(borders, "w:top")[0];
    assert!(top.iter().any(|(k, v)| k == "w:val" && v == "single"), "{top:?}");
    assert_eq!(attr(top, "w:sz") as f64, n.rule_stroke_pt * 8.0);
    // The columns fill the text width.
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let cols: Vec<i64> = elements(table, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    assert_eq!(cols.len(), 3);
    assert!((cols.iter().sum::<i64>() - width).abs() <= 3, "{cols:?} vs {width}");
    let text = words(table);
    assert!(text.contains("Tổng cộng\n100.000.000\n"), "{text}");
    // The total's label spans the columns before the figures.
    assert!(table.contains("<w:gridSpan w:val=\"2\" />"), "no merged label cell");
}
