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

/// The words of a part as a reader sees them: its `w:t` texts, a new line
/// after each paragraph, no-break spaces and hyphens as plain ones.
fn words(xml: &str) -> String {
    raw_words(xml).replace('\u{a0}', " ").replace('\u{2011}', "-")
}

/// The `w:t` texts of a part as written.
fn raw_words(xml: &str) -> String {
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
const SAMPLES: [&str; 7] = [
    "cong-van-ngoc-lien-2026.yaml",
    "ngoc-lien-2026.yaml",
    "ke-hoach-tinh-binh-lam-2026.yaml",
    "bao-cao-ngoc-lien-2026.yaml",
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
    let raw = raw_words(&xml);
    assert!(raw.contains(&format!("Số:{}/UBND-VHXH", vanban::vn::date::BLANK)), "{raw}");
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
            .env_remove("LANGUAGE")
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

// ------------------------------------------------ quyết định, nghị quyết --

/// The samples of Mẫu 1.1–1.3 the DOCX writer takes (a quyết định issuing
/// a text of its own, a nghị quyết, the issued text alone).
const DECISIONS: [&str; 3] = [
    "quyet-dinh-qppl-tinh-binh-lam-2026.yaml",
    "nghi-quyet-ngoc-lien-2026.yaml",
    "quy-dinh-homestay-tinh-binh-lam-2026.yaml",
];

/// The paragraphs of `xml` as `(style, text)`, bold runs marked `**…**`.
fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut out = Vec::new();
    let (mut style, mut text, mut in_text, mut bold, mut in_run_pr) =
        (String::new(), String::new(), false, false, false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:p" => {
                style.clear();
                text.clear();
            }
            Event::Empty(e) if e.name().as_ref() == "w:pStyle" => {
                style = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "w:val")
                    .map_or_else(String::new, |a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned()
                    });
            }
            Event::Start(e) if e.name().as_ref() == "w:r" => bold = false,
            Event::Start(e) if e.name().as_ref() == "w:rPr" => in_run_pr = true,
            Event::End(e) if e.name().as_ref() == "w:rPr" => in_run_pr = false,
            Event::Empty(e) if in_run_pr && e.name().as_ref() == "w:b" => bold = true,
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Empty(e) if e.name().as_ref() == "w:br" => text.push('\n'),
            Event::Text(t) if in_text => {
                let t = t.xml10_content().into_owned();
                if bold { text.push_str(&format!("**{t}**")) } else { text.push_str(&t) }
            }
            Event::End(e) if e.name().as_ref() == "w:p" => {
                // As a reader sees it: no-break spaces and hyphens as plain ones.
                let seen = text.replace("****", "").replace('\u{a0}', " ").replace('\u{2011}', "-");
                out.push((style.clone(), seen))
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn every_printed_field_of_a_decision_is_in_the_docx() {
    for name in DECISIONS {
        let l = loaded(name);
        let bytes = docx(&l);
        let text = words(&part(&bytes, "word/document.xml")) + &words(&part(&bytes, "word/footnotes.xml"));
        let missing = missing_in(&l, SCOPE, &text);
        assert!(missing.is_empty(), "{name}: not in the DOCX: {missing:?}\n{text}");
    }
}

#[test]
fn a_quyet_dinh_has_its_authority_line_can_cu_and_bold_dieu() {
    // The sample without its Kế hoạch: the decision's own part alone.
    let text = std::fs::read_to_string(root().join("data/quyet-dinh-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("attachment: ngoc-lien-2026.yaml", "");
    let l = load::load_str("qd.yaml", &text).unwrap();
    let vanban::model::Document::QuyetDinh(q) = &l.document else { panic!("a quyết định") };
    let xml = part(&docx(&l), "word/document.xml");
    let ps = paragraphs(&xml);
    let at = |text: &str| {
        ps.iter().position(|(_, t)| t == text).unwrap_or_else(|| panic!("no {text:?} in {ps:#?}"))
    };
    // The authority line, in capitals, after the trích yếu; then the căn cứ,
    // `Theo đề nghị …` closing them with `.`, then `QUYẾT ĐỊNH:`.
    let authority = at(&vanban::vn::text::upper(&q.authority));
    assert_eq!(ps[authority].0, "VbThamQuyen");
    let proposal = at(&format!("{}.", q.proposal.as_deref().unwrap()));
    assert_eq!(ps[proposal].0, "VbCanCu");
    assert_eq!(ps[proposal - 1].0, "VbCanCu");
    assert!(authority < proposal);
    assert_eq!(ps[proposal + 1], ("VbThamQuyen".to_string(), "QUYẾT ĐỊNH:".to_string()));
    // Each Điều: the label bold, the sentence upright, on one paragraph;
    // `./.` after the last.
    for (k, a) in q.articles.iter().enumerate() {
        let text = a.text.as_deref().unwrap();
        let end = if k + 1 == q.articles.len() { "/." } else { "" };
        let line = format!("**Điều {}.** {text}{end}", k + 1);
        assert_eq!(ps[proposal + 2 + k], ("VbNoiDung".to_string(), line));
    }
    // Nơi nhận begins with the Điều that names who carries it out.
    assert!(words(&xml).contains(&format!("- Như Điều {};", q.articles.len())));
    // No text issued with it: one section, the document's own.
    assert_eq!(elements(&xml, "w:sectPr").len(), 1);
}

#[test]
fn a_typed_dieu_label_is_printed_as_written() {
    let text = std::fs::read_to_string(root().join("data/quyet-dinh-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("attachment: ngoc-lien-2026.yaml", "")
        .replace(
            "- text: Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "- text: 'Điều 2: Quyết định này có hiệu lực thi hành kể từ ngày ký.'",
        );
    assert!(text.contains("'Điều 2:"));
    let l = load::load_str("qd.yaml", &text).unwrap();
    let ps = paragraphs(&part(&docx(&l), "word/document.xml"));
    assert!(
        ps.iter().any(|(_, t)| t == "**Điều 2:** Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        "{ps:#?}"
    );
    assert!(!ps.iter().any(|(_, t)| t.contains("Điều 2.")), "{ps:#?}");
}

#[test]
fn a_legal_normative_quyet_dinh_enacts_and_issues_its_text_in_a_section_of_its_own() {
    let l = loaded("quyet-dinh-qppl-tinh-binh-lam-2026.yaml");
    let bytes = docx(&l);
    let xml = part(&bytes, "word/document.xml");
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    // No authority line, no `QUYẾT ĐỊNH:`: `Theo đề nghị …;` then the
    // enactment sentence, both căn cứ.
    assert!(!texts.contains(&"QUYẾT ĐỊNH:"), "{texts:#?}");
    let proposal = texts
        .iter()
        .position(|t| *t == "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch;")
        .unwrap();
    let vanban::model::Document::QuyetDinh(q) = &l.document else { panic!("a quyết định") };
    let enactment = vanban::vn::phrase::enactment(&q.authority, &q.title);
    assert_eq!(ps[proposal + 1], ("VbCanCu".to_string(), enactment));
    assert!(texts[proposal + 2].starts_with("**Điều 1.** Ban hành kèm theo"), "{texts:#?}");
    // The issued text: a second section (new page), its page numbers from 1,
    // its first page unnumbered; both sections show the document's headers.
    let sections = elements(&xml, "w:sectPr");
    assert_eq!(sections.len(), 2);
    let starts: Vec<i64> = elements(&xml, "w:pgNumType").iter().map(|a| attr(a, "w:start")).collect();
    assert_eq!(starts, vec![1], "only the issued text restarts");
    assert_eq!(elements(&xml, "w:titlePg").len(), 2);
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    for r in elements(&xml, "w:headerReference") {
        let id = &r.iter().find(|(k, _)| k == "r:id").unwrap().1;
        assert!(rels.contains(&format!("Id=\"{id}\"")), "{id} is not a relationship: {rels}");
    }
    // After the section break: the issuer's header without số and date, the
    // tên loại, the trích yếu and `(Ban hành kèm theo Quyết định số …)`, as
    // vanban prints it on a draft.
    let att = l.attachment.as_deref().unwrap();
    let end = xml.find("</w:sectPr>").unwrap();
    let after =
        &xml[end + xml[end..].find("</w:p>").unwrap() + "</w:p>".len()..xml.rfind("<w:sectPr>").unwrap()];
    let head = &after[..after.find("</w:tbl>").unwrap()];
    assert!(words(head).contains("TỈNH BÌNH LÂM") && !words(head).contains("Số:"), "{}", words(head));
    let mut draft = l.document.clone();
    draft.blank_number_and_date();
    let note = vanban::template::attached_line(&draft, "Ban hành kèm theo", Some(&q.authority));
    assert!(
        note.starts_with(&format!(
            "(Ban hành kèm theo Quyết định số {}/2026/QĐ-UBND",
            vanban::vn::date::BLANK
        ))
    );
    let after = paragraphs(after);
    let title = after.iter().position(|(s, _)| s == "VbTenLoai").unwrap();
    assert_eq!(after[title].1, "QUY ĐỊNH");
    assert_eq!(after[title + 1], ("VbTrichYeu".to_string(), att.document.title().to_string()));
    assert_eq!(after[title + 2], ("VbKemTheo".to_string(), note.replace('\u{a0}', " ")));
}

#[test]
fn dieu_are_counted_through_the_whole_text_under_each_chuong() {
    let ps =
        paragraphs(&part(&docx(&loaded("quy-dinh-homestay-tinh-binh-lam-2026.yaml")), "word/document.xml"));
    let dieu: Vec<&str> = ps
        .iter()
        .filter_map(|(_, t)| t.strip_prefix("**Điều ").map(|r| &r[..r.find('.').unwrap()]))
        .collect();
    assert_eq!(dieu, ["1", "2", "3", "4"], "{ps:#?}");
    let chuong: Vec<&str> = ps.iter().filter(|(s, _)| s == "VbDeMuc1").map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        chuong,
        [
            "**Chương I**\n**QUY ĐỊNH CHUNG**",
            "**Chương II**\n**TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN**"
        ]
    );
    // Khoản under a Điều: `1.`, `2.`, upright.
    assert!(ps.iter().any(|(_, t)| t.starts_with("1. Hướng dẫn, kiểm tra")), "{ps:#?}");
}

#[test]
fn a_nghi_quyet_resolves_under_its_collective() {
    let l = loaded("nghi-quyet-ngoc-lien-2026.yaml");
    let vanban::model::Document::NghiQuyet(q) = &l.document else { panic!("a nghị quyết") };
    let xml = part(&docx(&l), "word/document.xml");
    let ps = paragraphs(&xml);
    let authority: Vec<String> = q.authority.0.iter().map(|a| vanban::vn::text::upper(a)).collect();
    assert!(ps.iter().any(|(s, t)| s == "VbThamQuyen" && *t == authority.join("\n")), "{ps:#?}");
    let word = ps.iter().position(|(_, t)| t == "QUYẾT NGHỊ:").unwrap();
    assert!(ps[word + 1].1.starts_with("**Điều 1.** "), "{ps:#?}");
    // The closing paragraph ends the text, not the last Điều.
    let closing = vanban::vn::text::with_end_mark(q.closing.as_deref().unwrap());
    assert!(ps.iter().any(|(_, t)| *t == closing), "{ps:#?}");
    assert_eq!(ps.iter().filter(|(_, t)| t.ends_with("./.")).count(), 1);
    assert!(words(&xml).contains("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n"), "{}", words(&xml));
}

#[test]
fn a_quyet_dinh_issues_its_ke_hoach_in_a_section_of_its_own() {
    let l = loaded("quyet-dinh-ngoc-lien-2026.yaml");
    let bytes = docx(&l);
    let xml = part(&bytes, "word/document.xml");
    // Two sections: the quyết định, then the Kế hoạch, numbered from 1.
    assert_eq!(elements(&xml, "w:sectPr").len(), 2);
    let starts: Vec<i64> = elements(&xml, "w:pgNumType").iter().map(|a| attr(a, "w:start")).collect();
    assert_eq!(starts, vec![1]);
    let end = xml.find("</w:sectPr>").unwrap();
    let after =
        &xml[end + xml[end..].find("</w:p>").unwrap() + "</w:p>".len()..xml.rfind("<w:sectPr>").unwrap()];
    // Its header without số, its tên loại, trích yếu and `(Ban hành kèm
    // theo Quyết định số …)` as a draft prints it.
    let head = &after[..after.find("</w:tbl>").unwrap()];
    assert!(words(head).contains("XÃ NGỌC LIÊN") && !words(head).contains("Số:"), "{}", words(head));
    let vanban::model::Document::QuyetDinh(q) = &l.document else { panic!("a quyết định") };
    let att = l.attachment.as_deref().unwrap();
    let mut draft = l.document.clone();
    draft.blank_number_and_date();
    let note = vanban::template::attached_line(&draft, "Ban hành kèm theo", Some(&q.authority));
    let ps = paragraphs(after);
    let title = ps.iter().position(|(s, _)| s == "VbTenLoai").unwrap();
    assert_eq!(ps[title].1, "KẾ HOẠCH");
    assert_eq!(ps[title + 1], ("VbTrichYeu".to_string(), att.document.title().to_string()));
    assert_eq!(ps[title + 2], ("VbKemTheo".to_string(), note.replace('\u{a0}', " ")));
    // Its căn cứ, then its mục numbered as the PDF numbers them, and one
    // `./.` for the plan; no Kính gửi and no second signer.
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    let first = texts.iter().position(|t| t.starts_with("Căn cứ")).unwrap();
    assert!(first > title + 2, "{texts:#?}");
    for heading in ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "V. TỔ CHỨC THỰC HIỆN"] {
        assert!(ps.iter().any(|(s, t)| s == "VbDeMuc1" && t.contains(heading)), "{heading}: {texts:#?}");
    }
    assert_eq!(texts.iter().filter(|t| t.ends_with("./.")).count(), 1, "{texts:#?}");
    assert!(!words(after).contains("Kính gửi") && !words(after).contains("Nơi nhận"));
    // Every field of the quyết định and of its plan is there.
    let text = words(&xml) + &words(&part(&bytes, "word/footnotes.xml"));
    assert_eq!(missing_in(&l, SCOPE, &text), Vec::<(String, String)>::new());
}

/// A form (mẫu) for a plan's YAML, appended at its end.
const PLAN_FORM: &str = "
forms:
  - title: Phiếu đăng ký tham gia dự án
    content:
      - field: Họ và tên
      - signatures:
          - {title: Người đăng ký}
          - {title: Trưởng thôn}
";

#[test]
fn an_issued_plans_sub_heading_and_forms_are_in_the_docx_after_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("data/quyet-dinh-ngoc-lien-2026.yaml"), dir.path().join("qd.yaml")).unwrap();
    let plan = std::fs::read_to_string(root().join("data/ngoc-lien-2026.yaml")).unwrap();
    let plan = plan.replacen("\nsolutions:\n", "\nsolutions:\n  - heading: Giải pháp chung\n", 1) + PLAN_FORM;
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), plan).unwrap();
    let l = load::load_file(&dir.path().join("qd.yaml")).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    let missing = missing_in(&l, SCOPE, &words(&xml));
    assert!(missing.is_empty(), "{missing:?}");
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    // The sub-heading bold, unnumbered, before the first nhiệm vụ (1.).
    let muc = texts.iter().position(|t| t.ends_with("NHIỆM VỤ, GIẢI PHÁP")).expect("the mục");
    assert_eq!(texts[muc + 1], "**Giải pháp chung**", "{texts:#?}");
    assert!(texts[muc + 2].starts_with("1. Tăng cường công tác lãnh đạo"), "{texts:#?}");
    // The quyết định, the plan, its form: three sections; the form after
    // the plan's last mục.
    assert_eq!(elements(&xml, "w:sectPr").len(), 3);
    let form = texts.iter().position(|t| *t == "**Mẫu số 01**").expect("Mẫu số 01");
    assert!(form > muc && texts[form..].contains(&"PHIẾU ĐĂNG KÝ THAM GIA DỰ ÁN"), "{texts:#?}");
}

// ------------------------------------------------------- small papers --

#[test]
fn a_giay_moi_invites_with_its_details_as_bold_labels() {
    let l = loaded("giay-moi-ngoc-lien-2026.yaml");
    let vanban::model::Document::GiayMoi(g) = &l.document else { panic!("a giấy mời") };
    let bytes = docx(&l);
    let text = words(&part(&bytes, "word/document.xml"));
    assert!(missing_in(&l, SCOPE, &text).is_empty(), "{:?}", missing_in(&l, SCOPE, &text));
    let ps = paragraphs(&part(&bytes, "word/document.xml"));
    let at = |text: &str| {
        ps.iter().position(|(_, t)| t == text).unwrap_or_else(|| panic!("no {text:?} in {ps:#?}"))
    };
    // Several guests: `… trân trọng kính mời:` then one line each.
    let invite = at("Ủy ban nhân dân xã Ngọc Liên trân trọng kính mời:");
    let lines = vanban::template::kinh_gui_lines(&g.to);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(ps[invite + 1 + i].1, *line);
    }
    let m = &g.meeting;
    let time = at(&format!("**Thời gian:** {}", vanban::vn::text::sentence(&m.time)));
    assert_eq!(ps[time + 1].1, format!("**Địa điểm:** {}", vanban::vn::text::sentence(&m.venue)));
    assert_eq!(
        ps[time + 2].1,
        format!("**Chủ trì:** {}", vanban::vn::text::sentence(m.chair.as_deref().unwrap()))
    );
    assert_eq!(ps[time + 3].1, "**Nội dung:**");
    let who = at("**Thành phần:**");
    assert_eq!(ps[who + 1].1, "- Các đồng chí có tên trên;");
    // The closing paragraph carries `./.`, nothing else does.
    assert_eq!(ps.iter().filter(|(_, t)| t.ends_with("./.")).count(), 1);
    assert!(ps.iter().any(|(_, t)| *t == vanban::vn::text::with_end_mark(g.closing.as_deref().unwrap())));
}

#[test]
fn a_giay_gioi_thieu_has_its_ten_loai_rule_and_no_trich_yeu() {
    let l = loaded("giay-gioi-thieu-ngoc-lien-2026.yaml");
    let bytes = docx(&l);
    let xml = part(&bytes, "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    let ps = paragraphs(&xml);
    let name = ps.iter().position(|(s, _)| s == "VbTenLoai").unwrap();
    assert_eq!(ps[name].1, "GIẤY GIỚI THIỆU");
    // The rule right under it: no trích yếu paragraph at all.
    assert_eq!(ps[name + 1], ("VbDuongKe".to_string(), String::new()));
    assert!(!ps.iter().any(|(s, _)| s == "VbTrichYeu"), "{ps:#?}");
    let rules = elements(&xml, "w:bottom")
        .into_iter()
        .filter(|a| a.iter().any(|(k, v)| k == "w:val" && v == "single"))
        .count();
    assert_eq!(rules, 3, "cơ quan, Tiêu ngữ, tên loại");
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    let from =
        texts.iter().position(|t| *t == "Ủy ban nhân dân xã Ngọc Liên trân trọng giới thiệu:").unwrap();
    assert_eq!(
        &texts[from + 1..from + 7],
        [
            "Ông (bà) Hà Thị Mai",
            "Chức vụ: Công chức Văn hóa - Xã hội, Ủy ban nhân dân xã Ngọc Liên",
            "Được cử đến: Sở Dân tộc và Tôn giáo tỉnh Thanh Hóa",
            &format!("Về việc: {}", l.document.title()),
            "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.",
            "Giấy này có giá trị đến hết ngày 31 tháng 5 năm 2026./.",
        ]
    );
}

#[test]
fn a_cong_dien_names_its_sender_and_addressees_without_kinh_gui() {
    let n = Nd30::embedded();
    // The sample is hỏa tốc: its stamp stands under the số (stamps.rs).
    let l = loaded("cong-dien-ngoc-lien-2026.yaml");
    let vanban::model::Document::CongDien(c) = &l.document else { panic!("a công điện") };
    let xml = part(&docx(&l), "word/document.xml");
    assert!(words(&xml).contains("HỎA TỐC"), "the mức độ khẩn stamp");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    let ps = paragraphs(&xml);
    let at =
        ps.iter().position(|(_, t)| t == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN điện:").expect("the sender");
    let lines = vanban::vn::text::punctuate(&c.to, ";", ".");
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(ps[at + 1 + i].1, format!("- {line}"));
    }
    assert!(!words(&xml).contains("Kính gửi"));
    // The addressees stand `cong-dien-indent-mm` in from the margin.
    let indent = twips(n.cong_dien_indent_mm);
    let lefts: Vec<i64> = elements(&xml, "w:ind")
        .iter()
        .filter_map(|a| a.iter().find(|(k, _)| k == "w:left").map(|(_, v)| v.parse().unwrap()))
        .filter(|l| *l == indent)
        .collect();
    assert_eq!(lefts.len(), lines.len(), "one indented paragraph per addressee");
    // The content numbered `1.` after its two paragraphs.
    assert!(ps.iter().any(|(_, t)| t.starts_with("1. Trưởng các thôn Nà Lầu")), "{ps:#?}");
}

#[test]
fn a_giay_nghi_phep_and_a_thu_cong_write_their_lines() {
    let n = Nd30::embedded();
    let l = loaded("giay-nghi-phep-ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    let from = texts.iter().position(|t| t.starts_with("Xét Đơn đề nghị nghỉ phép")).unwrap();
    assert_eq!(
        &texts[from..from + 6],
        [
            "Xét Đơn đề nghị nghỉ phép ngày 01 tháng 7 năm 2026 của ông (bà) Hà Thị Mai,",
            "Ủy ban nhân dân xã Ngọc Liên cấp cho:",
            "Ông (bà): Hà Thị Mai",
            "Chức vụ: Công chức Văn hóa - Xã hội, Ủy ban nhân dân xã Ngọc Liên",
            "Được nghỉ phép trong thời gian 10 ngày làm việc kể từ ngày 13 tháng 7 năm 2026 đến hết ngày 24 tháng 7 năm 2026 tại xã Hải Thanh, tỉnh Nghệ An.",
            "Số ngày nghỉ phép nêu trên được tính vào thời gian nghỉ hằng năm năm 2026./.",
        ]
    );
    // The person first in nơi nhận; the confirmation under the signature,
    // in a block `xac-nhan-width-mm` wide at the left.
    assert!(words(&xml).contains("Nơi nhận:\n- Hà Thị Mai;\n"), "{}", words(&xml));
    let last = xml.rfind("Xác nhận của cơ quan (tổ chức)").expect("the confirmation");
    assert!(last > xml.rfind("Phạm Xuân Khánh").unwrap());
    let p = &xml[xml[..last].rfind("<w:p ").unwrap()..last];
    let right = twips(210.0 - n.margin_mm.left - n.margin_mm.right) - twips(n.xac_nhan_width_mm);
    let ind = &elements(p, "w:ind")[0];
    assert!((attr(ind, "w:right") - right).abs() <= 1, "{ind:?}");

    let l = loaded("thu-cong-ngoc-lien-2027.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    let ps = paragraphs(&xml);
    let name = ps.iter().position(|(s, _)| s == "VbTenLoai").unwrap();
    assert_eq!(ps[name].1, "THƯ");
    assert!(ps.iter().any(|(s, t)| s == "VbNoiDung" && t.starts_with("Thân gửi đồng bào")), "{ps:#?}");
    assert!(ps.iter().any(|(_, t)| t == "Chúc đồng bào một năm mới an khang, thịnh vượng./."), "{ps:#?}");
}

// ------------------------------------------------- two signers side by side --

/// The tables of `xml` (their XML), in order.
fn tables(xml: &str) -> Vec<&str> {
    xml.split("<w:tbl>").skip(1).map(|t| &t[..t.find("</w:tbl>").unwrap()]).collect()
}

#[test]
fn a_bien_ban_has_no_date_line_and_its_two_signers_in_the_nd30_columns() {
    let n = Nd30::embedded();
    let l = loaded("bien-ban-ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    // No địa danh and date line in the header.
    let header = words(tables(&xml)[0]);
    assert!(header.contains("/BB-UBND") && !header.contains("ngày"), "{header}");
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    assert!(texts.contains(&"Thời gian bắt đầu: 08 giờ 00 phút, ngày 22 tháng 4 năm 2026."), "{texts:#?}");
    assert!(texts.contains(&"Thành phần tham dự:"), "{texts:#?}");
    assert!(
        texts.contains(&"Hội nghị kết thúc vào 10 giờ 45 phút, ngày 22 tháng 4 năm 2026./."),
        "{texts:#?}"
    );
    // The closing paragraph stays with the signers.
    let closing = xml.find("Hội nghị kết thúc vào").unwrap();
    let p = &xml[xml[..closing].rfind("<w:p ").unwrap()..closing];
    assert!(p.contains("<w:keepNext />"), "{p}");
    // The signers: thư ký left, chủ tọa right, in 60 | 7.5 | 97.5 mm;
    // nơi nhận under the thư ký.
    let signers = *tables(&xml).last().unwrap();
    let cols: Vec<i64> = elements(signers, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let [a, b, _] = n.bien_ban_columns_mm.map(twips);
    assert_eq!(cols, [a, b, width - a - b]);
    let cells: Vec<String> =
        signers.split("<w:tc>").skip(1).map(|c| words(&c[..c.find("</w:tc>").unwrap()])).collect();
    assert_eq!(cells.len(), 3);
    assert!(
        cells[0].starts_with("THƯ KÝ\n\nNguyễn Thị Lan\nNơi nhận:\n- Thường trực Đảng ủy (để b/c);"),
        "{}",
        cells[0]
    );
    assert!(cells[2].starts_with("CHỦ TỌA\n\nLê Văn Minh"), "{}", cells[2]);
}

#[test]
fn a_hop_dong_names_its_parties_and_each_side_signs() {
    let n = Nd30::embedded();
    let l = loaded("hop-dong-ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    assert!(texts.contains(&"**BÊN A:** **Ủy ban nhân dân xã Ngọc Liên**"), "{texts:#?}");
    assert!(texts.contains(&"**BÊN B:** **Hợp tác xã Xây dựng Nà Lầu**"), "{texts:#?}");
    assert!(texts.contains(&"**Điều 1. Nội dung công việc**"), "{texts:#?}");
    assert_eq!(texts.iter().filter(|t| t.ends_with("./.")).count(), 1);
    let signers = *tables(&xml).last().unwrap();
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let [a, b, _] = n.lien_tich_columns.map(|f| (width as f64 * f).round() as i64);
    let cols: Vec<i64> = elements(signers, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    assert_eq!(cols, [a, b, width - a - b]);
    let text = words(signers);
    assert!(text.starts_with("ĐẠI DIỆN BÊN A\nCHỦ TỊCH\n\nLê Văn Minh\nNơi nhận:\n"), "{text}");
    assert!(text.contains("ĐẠI DIỆN BÊN B\nGIÁM ĐỐC\n\nVi Văn Thắng"), "{text}");
}

#[test]
fn a_lien_tich_document_has_both_bodies_in_its_header_and_their_signers_level() {
    let n = Nd30::embedded();
    let text = std::fs::read_to_string(root().join("data/thong-bao-ngoc-lien-2026.yaml")).unwrap().replacen(
        "\nnumber:",
        "\njoint:\n  issuer:\n    name: [Ban Thường trực, Ủy ban MTTQ Việt Nam, xã Ngọc Liên]\n    abbr: MTTQ\n  \
         signer:\n    authority: [TM. Ban Thường trực]\n    title: Chủ tịch\n    name: Lương Thị Hoa\nnumber:",
        1,
    );
    let l = load::load_str("tb.yaml", &text).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    assert!(missing_in(&l, SCOPE, &words(&xml)).is_empty(), "{:?}", missing_in(&l, SCOPE, &words(&xml)));
    // The header's left cell: both bodies, one rule under them; the ký hiệu
    // names both.
    let header = tables(&xml)[0];
    let left = &header[..header.find("</w:tc>").unwrap()];
    assert!(
        words(left).starts_with(
            "ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nBAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM\nXÃ NGỌC LIÊN\n"
        ),
        "{}",
        words(left)
    );
    assert_eq!(left.matches("w:val=\"single\"").count(), 1, "one rule under the two names");
    assert!(words(header).contains("/TBLT-UBND-MTTQ"), "{}", words(header));
    assert!(words(&xml).contains("THÔNG BÁO LIÊN TỊCH\n"));
    // The second body's signer on the left, the issuer's on the right, in
    // `lien-tich-columns`; nơi nhận under the left one.
    let signers = *tables(&xml).last().unwrap();
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let [a, b, _] = n.lien_tich_columns.map(|f| (width as f64 * f).round() as i64);
    let cols: Vec<i64> = elements(signers, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    assert_eq!(cols, [a, b, width - a - b]);
    let cells: Vec<String> =
        signers.split("<w:tc>").skip(1).map(|c| words(&c[..c.find("</w:tc>").unwrap()])).collect();
    assert!(
        cells[0].starts_with("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nLương Thị Hoa\nNơi nhận:\n"),
        "{}",
        cells[0]
    );
    assert!(cells[2].starts_with("TL. CHỦ TỊCH\n"), "{}", cells[2]);
    // The closing paragraph stays with the signers, as the PDF keeps it.
    let closing = xml.find("Văn phòng HĐND và UBND xã thông báo").unwrap();
    let p = &xml[xml[..closing].rfind("<w:p ").unwrap()..closing];
    assert!(p.contains("<w:keepNext />"), "{p}");
    // Both signer blocks start level: the same space before their first line.
    let firsts: Vec<i64> = signers
        .split("<w:tc>")
        .skip(1)
        .map(|c| &c[..c.find("</w:tc>").unwrap()])
        .filter(|c| c.contains("VbChuKy"))
        .map(|c| attr(&elements(c, "w:spacing")[0], "w:before"))
        .collect();
    assert_eq!(firsts.len(), 2);
    assert_eq!(firsts[0], firsts[1]);
}

// ---------------------------------------------------------------- forms --

#[test]
fn forms_are_sections_with_dot_leaders_tick_boxes_blank_rows_and_signers() {
    let n = Nd30::embedded();
    let l = loaded("quy-che-lam-viec-ngoc-lien-2026.yaml");
    let bytes = docx(&l);
    let xml = part(&bytes, "word/document.xml");
    let missing = missing_in(&l, SCOPE, &words(&xml));
    assert!(missing.is_empty(), "{missing:?}");
    // The quy chế, then each form in a section of its own, numbered from 1.
    assert_eq!(elements(&xml, "w:sectPr").len(), 3);
    assert_eq!(elements(&xml, "w:pgNumType").len(), 2);
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    let first = texts.iter().position(|t| *t == "**Mẫu số 01**").expect("Mẫu số 01");
    let second = texts.iter().position(|t| *t == "**Mẫu số 02**").expect("Mẫu số 02");
    assert!(first < second);
    assert!(texts[first..].contains(&"PHIẾU ĐĂNG KÝ NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC"));
    assert!(texts[second..].contains(&"Ngọc Liên, ngày …… tháng …… năm ……"), "{texts:#?}");
    // A field: its label with its colon, then a tab to a right tab stop
    // with a dot leader at the right margin; two fields share the line.
    let width = twips(210.0 - n.margin_mm.left - n.margin_mm.right);
    let at = xml.find("Mẫu số 02").unwrap();
    let form = &xml[xml[..at].rfind("<w:p ").unwrap()..xml.rfind("<w:sectPr>").unwrap()];
    let tabs: Vec<Vec<(String, String)>> = elements(form, "w:tab")
        .into_iter()
        .filter(|a| a.iter().any(|(k, v)| k == "w:leader" && v == "dot"))
        .collect();
    assert!(tabs.iter().any(|a| attr(a, "w:pos") == width), "{tabs:?}");
    let gap = (n.form.field_gap_em * n.size_pt.body * 20.0).round() as i64;
    let half = (width - gap) as f64 / 2.0;
    assert!(tabs.iter().any(|a| (attr(a, "w:pos") as f64 - half).abs() <= 1.0), "{tabs:?} {half}");
    // Each label, its tab to the dots; the second field's tab to its start.
    assert!(words(form).contains("Ngày sinh: \t\tGiới tính: \t\n"), "{}", words(form));
    // Tick boxes: bordered runs, five in the form (three on one line).
    let boxes = elements(form, "w:bdr");
    assert_eq!(boxes.len(), 5, "{boxes:?}");
    assert!(boxes.iter().all(|b| attr(b, "w:sz") as f64 == n.rule_stroke_pt * 8.0));
    // The table to fill: six empty rows `form.row-mm` high at least.
    let heights: Vec<Vec<(String, String)>> = elements(&xml, "w:trHeight")
        .into_iter()
        .filter(|a| a.iter().any(|(k, v)| k == "w:hRule" && v == "atLeast"))
        .collect();
    assert_eq!(heights.len(), 6);
    assert!(heights.iter().all(|h| attr(h, "w:val") == twips(n.form.row_mm)));
    // The signers: two columns 4 mm apart, title, note, room, no name.
    let signers = tables(form).into_iter().last().unwrap();
    let cols: Vec<i64> = elements(signers, "w:gridCol").iter().map(|a| attr(a, "w:w")).collect();
    assert_eq!(cols.len(), 3);
    assert_eq!(cols[1], twips(4.0));
    assert_eq!(cols.iter().sum::<i64>(), width);
    assert!(words(signers).starts_with("CÁN BỘ TIẾP NHẬN\n(Ký, ghi rõ họ tên)\n"), "{}", words(signers));
}

#[test]
fn the_forms_of_an_issued_text_follow_that_text() {
    let l = loaded("quyet-dinh-quy-che-ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    let missing = missing_in(&l, SCOPE, &words(&xml));
    assert!(missing.is_empty(), "{missing:?}");
    // The quyết định, the quy chế, two forms: four sections.
    assert_eq!(elements(&xml, "w:sectPr").len(), 4);
    let text = words(&xml);
    let quy_che = text.find("QUY CHẾ\n").unwrap();
    let form = text.find("Mẫu số 01").unwrap();
    assert!(text.find("QUYẾT ĐỊNH:").unwrap() < quy_che && quy_che < form);
}

#[test]
fn one_form_alone_is_refused_for_a_docx_that_holds_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let name = "quy-che-lam-viec-ngoc-lien-2026.yaml";
    std::fs::copy(root().join("data").join(name), dir.path().join(name)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["render", name, "--draft", "--form", "1", "-o", "mau.docx"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "lỗi: --form in riêng một mẫu để trống ra PDF, PNG, SVG hoặc Typst; bản DOCX đã có các mẫu cùng cả văn bản"
        ),
        "{stderr}"
    );
    assert!(!dir.path().join("mau.docx").exists());
}

/// The paragraphs of a part as the reader sees them.
fn lines(xml: &str) -> Vec<String> {
    words(xml).lines().map(str::to_string).collect()
}

/// The style of the paragraph whose text starts with `start`.
fn style_of(xml: &str, start: &str) -> String {
    let mut paragraphs = xml.split("<w:p ").skip(1).map(|p| &p[..p.find("</w:p>").unwrap_or(p.len())]);
    let at = paragraphs.find(|p| words(p).starts_with(start));
    let p = at.unwrap_or_else(|| panic!("no paragraph {start:?}"));
    let attrs = elements(p, "w:pStyle");
    attrs[0].iter().find(|(k, _)| k == "w:val").unwrap().1.clone()
}

#[test]
fn a_plan_prints_its_parts_numbered_as_the_pdf() {
    let l = loaded("ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    let lines = lines(&xml);
    let has = |l: &str| lines.iter().any(|x| x == l);
    let starts = |l: &str| lines.iter().any(|x| x.starts_with(l));
    // The mục in order, in capitals, as headings of level 1.
    let mucs: Vec<&String> = lines.iter().filter(|l| l.starts_with(['I', 'V']) && l.contains(". ")).collect();
    assert_eq!(
        mucs,
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. MỤC TIÊU",
            "III. NỘI DUNG THỰC HIỆN",
            "IV. NHIỆM VỤ, GIẢI PHÁP",
            "V. TỔ CHỨC THỰC HIỆN"
        ]
    );
    assert_eq!(style_of(&xml, "III. NỘI DUNG"), "VbDeMuc1");
    assert!(has("1. Mục đích") && has("2. Yêu cầu"));
    assert_eq!(style_of(&xml, "2. Yêu cầu"), "VbDeMuc2");
    // Dự án with their number, tiểu dự án under them, nhiệm vụ listed.
    assert!(starts("1. Dự án 6: Bảo tồn, phát huy giá trị văn hóa"));
    assert!(starts("4. Dự án 10: Truyền thông"));
    assert!(starts("4.1. Tiểu dự án 1: Biểu dương"), "{lines:?}");
    assert_eq!(style_of(&xml, "4.1. Tiểu dự án 1"), "VbDeMuc3");
    assert!(starts("Tiểu dự án 2: Giảm thiểu"), "one tiểu dự án is not numbered");
    assert!(has("a) Nội dung thực hiện:"));
    assert!(starts("Nhiệm vụ 9: Hỗ trợ hoạt động") && starts("Nhiệm vụ 18.2: "));
    // Kinh phí and phân công on their label's line, from their parts.
    assert!(has(
        "b) Kinh phí thực hiện: Vốn ngân sách Trung ương theo Nghị quyết số 661/NQ-HĐND ngày 21/7/2025 \
         của HĐND tỉnh và Quyết định số 2624/QĐ-UBND ngày 31/7/2025 của UBND tỉnh."
    ));
    assert!(starts("c) Phân công thực hiện: Phòng Văn hóa - Xã hội chủ trì, phối hợp với"));
    // Two items: the label alone, the items under it.
    assert!(has("c) Phân công thực hiện:"));
    assert!(starts("- Kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về Sở Y tế"));
    assert!(starts("5. Tập trung thực hiện quyết liệt"), "solutions numbered");
    assert!(has(
        "3. Các phòng, đơn vị liên quan được giao chủ trì thực hiện các Dự án, Tiểu dự án, nội dung thành phần của Chương trình."
    ));
    // The căn cứ end with `.`, the closing with `./.`.
    assert!(starts("Căn cứ Quyết định số 252/QĐ-UBND") && lines.iter().any(|l| l.ends_with("năm 2025.")));
    let end = lines.iter().position(|l| l.ends_with("./.")).expect("a closing ./.");
    assert!(lines[end].starts_with("Trên đây là Kế hoạch"), "{}", lines[end]);
    assert_eq!(lines.iter().filter(|l| l.contains("./.")).count(), 1);
}

#[test]
fn a_so_number_never_breaks_and_a_spaced_dash_stays_with_its_words() {
    let l = loaded("ngoc-lien-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    let text = raw_words(&xml);
    assert!(text.contains("2624/QĐ\u{2011}UBND"), "non-breaking hyphen in a số");
    assert!(text.contains("kinh tế\u{a0}-\u{a0}xã hội"), "no-break spaces around a spaced dash");
    assert!(!text.contains("2624/QĐ-UBND"));
}

/// The `w:sectPr` of a part, in order: one per section.
fn sections(xml: &str) -> Vec<&str> {
    xml.split("<w:sectPr>").skip(1).map(|t| &t[..t.find("</w:sectPr>").unwrap()]).collect()
}

#[test]
fn every_type_that_prints_a_phu_luc_writes_it() {
    // Quyết định, nghị quyết, giấy mời, công điện, biên bản, hợp đồng:
    // their templates print the phụ lục after the signer; so does the DOCX.
    let extra = "\nappendices:\n  - title: Danh sách đơn vị tham dự\n    content:\n      - Đoạn văn riêng của phụ lục.\n";
    for name in [
        "quyet-dinh-quy-che-ngoc-lien-2026.yaml",
        "nghi-quyet-ngoc-lien-2026.yaml",
        "giay-moi-ngoc-lien-2026.yaml",
        "cong-dien-ngoc-lien-2026.yaml",
        "bien-ban-ngoc-lien-2026.yaml",
        "hop-dong-ngoc-lien-2026.yaml",
    ] {
        let text = std::fs::read_to_string(root().join("data").join(name)).unwrap() + extra;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(name), &text).unwrap();
        for f in std::fs::read_dir(root().join("data")).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "yaml") && !dir.path().join(f.file_name().unwrap()).exists()
            {
                std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
            }
        }
        let l = load::load_file(&dir.path().join(name)).unwrap();
        let xml = part(&docx(&l), "word/document.xml");
        let text = words(&xml);
        let at =
            text.find("DANH SÁCH ĐƠN VỊ THAM DỰ").unwrap_or_else(|| panic!("{name}: no phụ lục\n{text}"));
        assert!(text[at..].contains("Đoạn văn riêng của phụ lục."), "{name}");
        assert_eq!(attr(&elements(&xml, "w:pgNumType").last().unwrap().clone(), "w:start"), 1, "{name}");
    }
}

#[test]
fn the_phu_luc_of_an_issued_text_follow_that_text() {
    // A phụ lục of the Kế hoạch a quyết định issues: after the plan, in a
    // section of its own, `(Kèm theo Quyết định số …)` as the PDF prints it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("data/quyet-dinh-ngoc-lien-2026.yaml"), dir.path().join("qd.yaml")).unwrap();
    let plan = std::fs::read_to_string(root().join("data/ngoc-lien-2026.yaml")).unwrap()
        + "\nappendices:\n  - title: Danh mục dự án\n    content:\n      - Đoạn văn riêng của phụ lục.\n";
    std::fs::write(dir.path().join("ngoc-lien-2026.yaml"), plan).unwrap();
    let l = load::load_file(&dir.path().join("qd.yaml")).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    assert_eq!(elements(&xml, "w:sectPr").len(), 3, "quyết định, Kế hoạch, phụ lục");
    let text = words(&xml);
    let plan_end = text.find("./.").unwrap();
    let at = text.find("DANH MỤC DỰ ÁN").expect("the phụ lục");
    assert!(plan_end < at, "{text}");
    let mut draft = l.document.clone();
    draft.blank_number_and_date();
    let vanban::model::Document::QuyetDinh(q) = &l.document else { panic!("a quyết định") };
    let note = vanban::template::attached_line(&draft, "Kèm theo", Some(&q.authority)).replace('\u{a0}', " ");
    assert!(text[at..].starts_with(&format!("DANH MỤC DỰ ÁN\n{note}\n")), "{}", &text[at..]);
}

/// The `w:spacing` of each paragraph of `xml` after its first table, with
/// its text: `(before, line, text)`.
fn spacings_after_header(xml: &str) -> Vec<(i64, i64, String)> {
    let rest = &xml[xml.find("</w:tbl>").unwrap()..];
    rest.match_indices("<w:pPr>")
        .map(|(i, _)| {
            let p = &rest[i..];
            let p = &p[..p.find("</w:p>").unwrap_or(p.len())];
            let sp = elements(p, "w:spacing");
            let get = |k: &str| {
                sp.first().and_then(|a| a.iter().find(|(n, _)| n == k)).map_or(0, |(_, v)| v.parse().unwrap())
            };
            (get("w:before"), get("w:line"), words(p).trim().to_string())
        })
        .collect()
}

#[test]
fn the_gaps_after_the_header_are_the_pdfs_from_the_nd30_numbers() {
    // Measured against the PDF (LibreOffice's rendering, pdftotext -bbox):
    // where the PDF puts `v(gap)` between two blocks it adds its paragraph
    // spacing (leading + par-gap); a DOCX line of exact pitch already holds
    // the leading above its text, so the DOCX adds par-gap to each gap.
    let n = Nd30::embedded();
    let pt = |p: f64| (p * 20.0).round() as i64;
    // Công văn: header → Kính gửi is after-header + par-gap.
    let cv = part(&docx(&loaded("cong-van-ngoc-lien-2026.yaml")), "word/document.xml");
    let s = spacings_after_header(&cv);
    assert_eq!(s[0].1, pt(n.gap_pt.after_header + n.par_gap_pt), "{s:?}");
    assert!(s[1].2.starts_with("Kính gửi:"), "{s:?}");
    // Kính gửi → căn cứ: after-title + par-gap.
    let last = s.iter().rposition(|(_, _, t)| t.starts_with("- Trưởng các thôn")).unwrap();
    assert_eq!(s[last + 1].1, pt(n.gap_pt.after_title + n.par_gap_pt), "{s:?}");
    // Tờ trình: the rule under the trích yếu is the PDF's paragraph
    // spacing below it, then after-title + par-gap to Kính gửi.
    let tt = part(&docx(&loaded("to-trinh-ngoc-lien-2027.yaml")), "word/document.xml");
    let s = spacings_after_header(&tt);
    let rule = s.iter().position(|(b, _, t)| t.is_empty() && *b > 0).unwrap();
    assert_eq!(s[rule].0, pt(n.leading_em * n.size_pt.trich_yeu + n.par_gap_pt), "{s:?}");
    assert_eq!(s[rule + 1].1, pt(n.gap_pt.after_title + n.par_gap_pt), "{s:?}");
    assert!(s[rule + 2].2.starts_with("Kính gửi:"), "{s:?}");
}

#[test]
fn a_phu_luc_is_a_landscape_section_numbered_from_one() {
    let n = Nd30::embedded();
    let l = loaded("ke-hoach-tinh-binh-lam-2026.yaml");
    let xml = part(&docx(&l), "word/document.xml");
    let s = sections(&xml);
    assert_eq!(s.len(), 2, "the plan and its phụ lục");
    let (w, h) = (twips(210.0), twips(297.0));
    let size = |sec: &str| {
        let a = &elements(sec, "w:pgSz")[0];
        (attr(a, "w:w"), attr(a, "w:h"), a.iter().any(|(k, v)| k == "w:orient" && v == "landscape"))
    };
    assert_eq!(size(s[0]), (w, h, false));
    assert_eq!(size(s[1]), (h, w, true));
    // The margins of both from nd30.toml.
    for sec in &s {
        let m = &elements(sec, "w:pgMar")[0];
        assert_eq!(attr(m, "w:left"), twips(n.margin_mm.left));
        assert_eq!(attr(m, "w:top"), twips(n.margin_mm.top));
    }
    // The plan's pages numbered from 2; the phụ lục's from 1 again, its
    // first page unnumbered too.
    assert!(elements(s[0], "w:pgNumType").is_empty());
    assert_eq!(attr(&elements(s[1], "w:pgNumType")[0], "w:start"), 1);
    assert!(s.iter().all(|sec| sec.contains("<w:titlePg />")));
    assert!(s.iter().all(|sec| sec.contains("w:type=\"default\"") && sec.contains("w:type=\"first\"")));
    // The title block, after the plan's signer, and the table filling the
    // landscape width.
    let after = &xml[xml.find("Lê Thị Thanh Hà").unwrap()..];
    let after = &after[after.find("<w:p ").unwrap()..after.find("</w:body>").unwrap()];
    let lines = lines(after);
    let at = lines.iter().position(|l| l == "Mẫu biểu số 01").expect("the label");
    assert_eq!(lines[at + 1], "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2026");
    // Số and ngày left blank, as in the draft's header.
    let b = vanban::vn::date::BLANK.replace('\u{a0}', " ");
    assert_eq!(
        lines[at + 2],
        format!(
            "(Kèm theo Kế hoạch số {b}/KH-UBND ngày{b}tháng{b}năm 2026 của Ủy ban nhân dân tỉnh Bình Lâm)"
        )
    );
    let table = &after[after.find("<w:tbl>").unwrap()..];
    let cols: Vec<i64> = elements(&table[..table.find("</w:tblGrid>").unwrap()], "w:gridCol")
        .iter()
        .map(|a| attr(a, "w:w"))
        .collect();
    let width = twips(297.0 - n.margin_mm.left - n.margin_mm.right);
    assert_eq!(cols.len(), 8);
    assert!((cols.iter().sum::<i64>() - width).abs() <= 8, "{cols:?} vs {width}");
    // Its merged header: `Chia theo nguồn vốn` over three columns, the
    // others two rows high; header rows repeated; the total first.
    assert!(table.contains("<w:gridSpan w:val=\"3\" />"));
    assert!(table.contains("<w:vMerge w:val=\"restart\" />"));
    assert_eq!(table[..table.find("</w:tbl>").unwrap()].matches("<w:tblHeader />").count(), 3);
    let text = words(table);
    assert!(text.contains("TỔNG CỘNG\n18.600,00\n11.200,00\n2.400,00\n5.000,00\n"), "{text}");
    // Set at the table's own 11 pt.
    assert!(table.contains("<w:sz w:val=\"22\" />"));
}

#[test]
fn several_phu_luc_are_numbered_and_a_plan_without_one_has_one_section() {
    let text = std::fs::read_to_string(root().join("data/ke-hoach-tinh-binh-lam-2026.yaml")).unwrap();
    let (head, tail) = text.split_at(text.find("appendices:").unwrap());
    let second = "  - title: Danh mục điểm du lịch\n    content: [Các điểm du lịch cộng đồng của tỉnh.]\n";
    let two = format!("{head}{tail}{second}").replace("  - label: Mẫu biểu số 01\n    title", "  - title");
    let l = load::load_str("kh.yaml", &two).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    assert_eq!(sections(&xml).len(), 3);
    let lines = lines(&xml);
    assert!(lines.iter().any(|l| l == "Phụ lục I") && lines.iter().any(|l| l == "Phụ lục II"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "DANH MỤC ĐIỂM DU LỊCH"));
    let xml = part(&docx(&loaded("ngoc-lien-2026.yaml")), "word/document.xml");
    assert_eq!(sections(&xml).len(), 1);
}

#[test]
fn the_drafter_stands_under_noi_nhan() {
    let xml = part(&docx(&loaded("ke-hoach-tinh-binh-lam-2026.yaml")), "word/document.xml");
    let lines = lines(&xml);
    let at = lines.iter().position(|l| l == "- Lưu: VT, VHXH.").unwrap();
    assert_eq!(lines[at + 1], "KH.(09)");
}

/// The công văn sample with the three stamps.
fn with_stamps() -> Loaded {
    let text = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap().replacen(
        "\nyear: 2026\n",
        "\nyear: 2026\nsecrecy: toi-mat\nurgency: khan\ncirculation: luu-hanh-noi-bo\n",
        1,
    );
    assert!(text.contains("secrecy: toi-mat"));
    // Named in data/, where its images are.
    load::load_str(&root().join("data/cv.yaml").display().to_string(), &text).unwrap()
}

/// The `w:tbl` elements of `xml` whose text contains `words`, innermost.
fn table_with<'x>(xml: &'x str, words: &str) -> &'x str {
    let at = xml.find(words).unwrap_or_else(|| panic!("no {words}"));
    let start = xml[..at].rfind("<w:tbl>").unwrap();
    &xml[start..at]
}

#[test]
fn stamps_are_frames_of_their_nd30_size_under_the_so_and_in_the_top_margin() {
    let n = Nd30::embedded();
    let bytes = docx(&with_stamps());
    let xml = part(&bytes, "word/document.xml");
    let s = &n.stamp;
    let width = |t: &str| attr(&elements(t, "w:tblW")[0], "w:w");
    let height = |t: &str| attr(&elements(t, "w:trHeight")[0], "w:val");
    // ô 10a, TỐI MẬT: a double frame, the gap between as padding.
    let inner = table_with(&xml, "TỐI MẬT");
    let gap = twips(s.double_gap_mm);
    assert_eq!(width(inner), twips(s.width_mm["TỐI MẬT"]) - 2 * gap);
    assert_eq!(height(inner), twips(s.height_mm) - 2 * gap);
    let outer_start = xml[..xml.find(inner).unwrap()].rfind("<w:tbl>").unwrap();
    let outer = &xml[outer_start..xml.find(inner).unwrap()];
    assert_eq!(width(outer), twips(s.width_mm["TỐI MẬT"]));
    assert_eq!(height(outer), twips(s.height_mm));
    // ô 10b, KHẨN: one frame, red, after ô 10a and under the số.
    let khan = table_with(&xml, "KHẨN");
    assert_eq!(width(khan), twips(s.width_mm["KHẨN"]));
    assert_eq!(height(khan), twips(s.height_mm));
    let top = &elements(khan, "w:top")[0];
    assert!(top.iter().any(|(k, v)| k == "w:color" && v == "FF0000"), "{top:?}");
    assert_eq!(attr(top, "w:sz") as f64, s.stroke_pt * 8.0);
    let (so, mat, khan_at) =
        (xml.find("Số:").unwrap(), xml.find("TỐI MẬT").unwrap(), xml.find("KHẨN").unwrap());
    assert!(so < mat && mat < khan_at && khan_at < xml.find("Ngọc Liên, ngày").unwrap());
    assert!(xml.contains("<w:color w:val=\"FF0000\" />"), "red words");
    // ô 11: in the header of page 1 only, floating in the top margin.
    let headers: Vec<String> = (1..=2).map(|i| part(&bytes, &format!("word/header{i}.xml"))).collect();
    let first: Vec<&String> = headers.iter().filter(|h| h.contains("LƯU HÀNH NỘI BỘ")).collect();
    assert_eq!(first.len(), 1);
    let pos = &elements(first[0], "w:tblpPr")[0];
    // Its bottom on the PDF's page-header line: `header-ascent` of the top
    // margin above the text (nd30.toml, which nd30.typ sets too).
    let bottom = n.margin_mm.top * (1.0 - n.header_ascent);
    assert_eq!(attr(pos, "w:tblpY"), twips(bottom - s.height_mm), "{pos:?}");
    assert_eq!(height(first[0]), twips(s.height_mm));
    assert!(!xml.contains("LƯU HÀNH NỘI BỘ"));
    // Without them, none of it.
    let plain = part(&docx(&loaded("cong-van-ngoc-lien-2026.yaml")), "word/document.xml");
    assert!(!plain.contains("FF0000") && !plain.contains("TỐI MẬT"));
}

/// The names of the zip's entries.
fn entries(bytes: &[u8]) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().unwrap().to_string()).collect()
}

#[test]
fn a_signed_docx_has_the_signature_and_seal_where_the_pdf_puts_them_and_a_draft_none() {
    let n = Nd30::embedded();
    let l = loaded("cong-van-ngoc-lien-2026.yaml");
    let signed = write(&l, DocxOptions { draft: false }).unwrap();
    assert_eq!(signed, write(&l, DocxOptions { draft: false }).unwrap(), "the same bytes each time");
    let xml = part(&signed, "word/document.xml");
    let anchors = elements(&xml, "wp:anchor");
    assert_eq!(anchors.len(), 2, "signature and seal");
    for a in &anchors {
        assert!(a.iter().any(|(k, v)| k == "layoutInCell" && v == "1"), "{a:?}");
        assert!(a.iter().any(|(k, v)| k == "allowOverlap" && v == "1"), "{a:?}");
    }
    // The seal above the signature.
    assert!(attr(&anchors[1], "relativeHeight") > attr(&anchors[0], "relativeHeight"));
    let ids: Vec<i64> = elements(&xml, "wp:docPr").iter().map(|a| attr(a, "id")).collect();
    assert_eq!(ids, [1, 2]);
    let emu = |mm: f64| (mm * 36_000.0).round() as i64;
    let extents: Vec<(i64, i64)> =
        elements(&xml, "wp:extent").iter().map(|a| (attr(a, "cx"), attr(a, "cy"))).collect();
    // The signature as large as fits its box, in proportion.
    let (box_w, box_h) = (emu(n.signature_box_mm.width), emu(n.signature_box_mm.height));
    let (w, h) = extents[0];
    assert!(w <= box_w + 1 && h <= box_h + 1 && (w >= box_w - 1 || h >= box_h - 1), "{w}×{h}");
    // The seal at the diameter the YAML gives (35mm).
    assert_eq!(extents[1].0, emu(35.0));
    // Its centre a third into the signature from its left, vertically on it.
    let offsets: Vec<i64> =
        xml.split("<wp:posOffset>").skip(1).map(|t| t[..t.find('<').unwrap()].parse().unwrap()).collect();
    let (sig_x, sig_y, seal_x, seal_y) = (offsets[0], offsets[1], offsets[2], offsets[3]);
    let d = emu(35.0);
    assert!((seal_x + d / 2 - (sig_x + (w as f64 * n.seal_overlap) as i64)).abs() <= d / 2 + 2);
    assert!((seal_y + d / 2 - (sig_y + h / 2)).abs() <= 2, "{offsets:?}");
    assert!(seal_y < 0, "the seal stands above the room's top, written as a negative offset");
    let names = entries(&signed);
    assert_eq!(names.iter().filter(|n| n.starts_with("word/media/")).count(), 2, "{names:?}");
    // A draft is never signed.
    let draft = docx(&l);
    assert!(!part(&draft, "word/document.xml").contains("<w:drawing>"));
    let names = entries(&draft);
    assert!(!names.iter().any(|n| n.starts_with("word/media/")));
}

/// A numbered item and a sub-heading among a plan's nhiệm vụ, giải pháp,
/// numbered as the PDF numbers them (`ke-hoach-body.typ.j2`): the item
/// takes the part's next number, its content below it; the sub-heading is
/// bold and takes none. The plan's own form follows it.
#[test]
fn a_plans_solutions_number_an_item_and_not_a_sub_heading_and_its_forms_follow() {
    let text = std::fs::read_to_string(root().join("data/ngoc-lien-2026.yaml")).unwrap().replacen(
        "\nsolutions:\n",
        "\nsolutions:\n  - text: Rà soát danh mục dự án năm {{ year }}.\n    content: [Lập danh sách.]\n  - heading: Nhóm giải pháp về vốn\n",
        1,
    ) + PLAN_FORM;
    let l = load::load_str("kh.yaml", &text).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    let missing = missing_in(&l, SCOPE, &words(&xml));
    assert!(missing.is_empty(), "{missing:?}");
    let ps = paragraphs(&xml);
    let texts: Vec<&str> = ps.iter().map(|(_, t)| t.as_str()).collect();
    let muc = texts.iter().position(|t| *t == "IV. NHIỆM VỤ, GIẢI PHÁP").expect("the mục");
    assert_eq!(ps[muc].0, "VbDeMuc1");
    assert_eq!(
        texts[muc + 1..muc + 4],
        ["1. Rà soát danh mục dự án năm 2026.", "Lập danh sách.", "**Nhóm giải pháp về vốn**"]
    );
    assert!(texts[muc + 4].starts_with("2. Tăng cường công tác lãnh đạo"), "{texts:#?}");
    // The sample's last nhiệm vụ (its fifth) is the sixth now, not the seventh.
    assert!(texts.iter().any(|t| t.starts_with("6. Tập trung thực hiện quyết liệt")), "{texts:#?}");
    // The plan, then its form in a section of its own.
    assert_eq!(elements(&xml, "w:sectPr").len(), 2);
    let form = texts.iter().position(|t| *t == "**Mẫu số 01**").expect("Mẫu số 01");
    assert!(form > muc && texts[form..].contains(&"PHIẾU ĐĂNG KÝ THAM GIA DỰ ÁN"), "{texts:#?}");
}

/// A table among a plan's nhiệm vụ, giải pháp takes no number in the DOCX
/// either (the PDF's `ke-hoach-body.typ.j2` numbers them the same way).
#[test]
fn a_table_among_a_plans_solutions_takes_no_number() {
    let text = std::fs::read_to_string(root().join("data/ngoc-lien-2026.yaml")).unwrap().replacen(
        "\nsolutions:\n",
        "\nsolutions:\n  - table:\n      columns: [{title: STT}, {title: Nhóm giải pháp}]\n      rows: [[\"1\", Về vốn đối ứng]]\n",
        1,
    );
    let l = load::load_str("kh.yaml", &text).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    let texts: Vec<String> = paragraphs(&xml).into_iter().map(|(_, t)| t).collect();
    assert!(texts.iter().any(|t| t == "Về vốn đối ứng"), "{texts:#?}");
    assert!(texts.iter().any(|t| t.starts_with("1. Tăng cường công tác lãnh đạo")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.starts_with("5. Tập trung thực hiện quyết liệt")), "{texts:#?}");
    assert!(!texts.iter().any(|t| t.starts_with("6. Tập trung thực hiện quyết liệt")), "{texts:#?}");
}

/// The names of ô 2 on the lines the PDF would choose for the DOCX's
/// column (probe 8: the user's two long lines were written as they were
/// and Word broke `ĐẦU / TƯ` itself), and ô 1 and ô 2 at their smaller NĐ30
/// sizes together when a piece of the name cannot fit at 13 pt.
#[test]
fn a_long_name_takes_the_lines_and_size_that_fit_its_column() {
    let cong_van = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", "")
        .replace("  seal:\n    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm\n", "");
    let with_name = |name: &str| {
        let start = cong_van.find("issuer:").unwrap();
        let end = start + cong_van[start..].find("\n  abbr:").unwrap();
        let text = format!("{}issuer:\n  name: {name}{}", &cong_van[..start], &cong_van[end..]);
        let l = load::load_str("cv.yaml", &text).unwrap();
        part(&docx(&l), "word/document.xml")
    };
    let xml = with_name(
        "[Ủy ban nhân dân thành phố Hồ Chí Minh, Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp]",
    );
    let texts: Vec<String> = paragraphs(&xml).into_iter().map(|(_, t)| t).collect();
    let at = texts.iter().position(|t| t == "BAN QUẢN LÝ DỰ ÁN").unwrap_or_else(|| panic!("{texts:#?}"));
    assert_eq!(
        texts[at..at + 4],
        ["BAN QUẢN LÝ DỰ ÁN", "ĐẦU TƯ XÂY DỰNG CÁC", "CÔNG TRÌNH DÂN DỤNG", "VÀ CÔNG NGHIỆP"]
    );
    // At the styles' 13 pt: no size on the runs.
    assert!(!xml.contains("<w:sz w:val=\"24\" />"), "{xml}");
    // A 20-letter word: 12 pt (24 half-points) on the Quốc hiệu and on
    // every line of the name, none on the Tiêu ngữ.
    let xml = with_name("Tổng công ty KHOANGSANVIETNAMVNAB");
    let para_of = |text: &str| {
        xml.split("</w:p>").find(|p| p.contains(text)).unwrap_or_else(|| panic!("no `{text}`")).to_string()
    };
    for text in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CÔNG TY", "KHOANGSANVIETNAMVNAB"] {
        assert!(para_of(text).contains("<w:sz w:val=\"24\" />"), "`{text}` not at 12 pt: {}", para_of(text));
    }
    assert!(!para_of("Độc lập - Tự do - Hạnh phúc").contains("<w:sz "));
}

/// The date line's day, month and year are joined by no-break spaces, so
/// that Word wraps a long date line after the place, as the PDF does
/// (probe 9: LibreOffice broke `…, ngày 28 tháng 11 năm / 2026`).
#[test]
fn the_date_line_wraps_only_after_the_place() {
    // The raw text of the run (`paragraphs` shows no-break spaces as spaces).
    let xml = part(&docx(&loaded("cong-van-ngoc-lien-2026.yaml")), "word/document.xml");
    let at = xml.find("Ngọc Liên, ngày").expect("the date line");
    let line = &xml[at..at + xml[at..].find('<').unwrap()];
    let (_, date) = line.split_once(", ").unwrap();
    assert!(date.starts_with("ngày\u{a0}") && !date.contains(' '), "{line:?}");
    assert!(date.ends_with("năm\u{a0}2026"), "{line:?}");
}

/// A tab or a line break typed inside a value is one space in the PDF
/// (Typst collapses white space); the DOCX says the same, words not glued
/// (the probe saw `trườngxuống`).
#[test]
fn white_space_inside_a_value_is_one_space_as_in_the_pdf() {
    let text = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", "")
        .replace("  seal:\n    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm\n", "")
        .replace(
            "      - Khó khăn, vướng mắc; đề xuất, kiến nghị.",
            "      - \"Hội\\ttrường\\nxuống dòng\\r\\nCRLF  hai; đề xuất, kiến nghị.\"",
        );
    assert!(text.contains("Hội\\ttrường"), "the sample changed: the replacement found nothing");
    let l = load::load_str("cv.yaml", &text).unwrap();
    let xml = part(&docx(&l), "word/document.xml");
    let seen = words(&xml);
    assert!(seen.contains("Hội trường xuống dòng CRLF hai"), "{seen}");
    assert!(!xml.contains('\t'), "a tab character left in the text");
}

// ------------------------------------------------------------ self-check --

/// The công văn's document.xml as written, and its footnotes.
fn written(name: &str) -> (Loaded, String, String) {
    let l = loaded(name);
    let bytes = docx(&l);
    let (d, f) = (part(&bytes, "word/document.xml"), part(&bytes, "word/footnotes.xml"));
    (l, d, f)
}

/// The `<w:p …>…</w:p>` of `xml` holding `text`.
fn paragraph_with<'x>(xml: &'x str, text: &str) -> &'x str {
    let at = xml.find(text).unwrap_or_else(|| panic!("no {text}"));
    let start = xml[..at].rfind("<w:p>").into_iter().chain(xml[..at].rfind("<w:p ")).max().unwrap();
    let end = at + xml[at..].find("</w:p>").unwrap() + "</w:p>".len();
    &xml[start..end]
}

#[test]
fn the_docx_self_check_passes_what_the_writer_wrote() {
    for name in ["cong-van-ngoc-lien-2026.yaml", "ngoc-lien-2026.yaml", "quyet-dinh-ngoc-lien-2026.yaml"] {
        let (l, d, f) = written(name);
        let errors = vanban::docx::check::compare(&l, &d, Some(&f));
        assert!(
            errors.is_empty(),
            "{name}: {:?}",
            errors.iter().map(|e| e.render(false)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_dropped_paragraph_fails_the_docx_self_check_naming_its_text() {
    let (l, d, f) = written("cong-van-ngoc-lien-2026.yaml");
    let p = paragraph_with(&d, "Thực hiện Công văn số 455");
    let tampered = d.replacen(p, "", 1);
    let errors = vanban::docx::check::compare(&l, &tampered, Some(&f));
    let text = errors.iter().map(|e| e.render(false)).collect::<Vec<_>>().join("\n");
    assert!(text.contains("lỗi[self-check-text]"), "{text}");
    assert!(text.contains("trường: content[0]"), "{text}");
    assert!(text.contains("Thực hiện"), "{text}");
}

#[test]
fn an_altered_word_and_a_dropped_footnote_fail_the_docx_self_check() {
    let (l, d, f) = written("cong-van-ngoc-lien-2026.yaml");
    // One word changed in the signer's name.
    let tampered = d.replacen("Phạm Xuân Khánh", "Phạm Văn Khánh", 1);
    let errors = vanban::docx::check::compare(&l, &tampered, Some(&f));
    let text = errors.iter().map(|e| e.render(false)).collect::<Vec<_>>().join("\n");
    assert!(text.contains("`Xuân` sau `Phạm`"), "{text}");
    assert!(text.contains("trường: signer.name"), "{text}");
    // A footnote's text is looked for too: without footnotes.xml it is missing.
    let yaml = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", "")
        .replace("  seal:\n    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm\n", "")
        .replace("Khó khăn, vướng mắc;", "Khó khăn^[Kể cả vướng mắc về vốn.], vướng mắc;");
    let l = load::load_str("cv.yaml", &yaml).unwrap();
    let bytes = write(&l, DRAFT).unwrap();
    let d = part(&bytes, "word/document.xml");
    assert!(vanban::docx::check::compare(&l, &d, Some(&part(&bytes, "word/footnotes.xml"))).is_empty());
    let errors = vanban::docx::check::compare(&l, &d, None);
    let text = errors.iter().map(|e| e.render(false)).collect::<Vec<_>>().join("\n");
    assert!(text.contains("Kể cả vướng mắc về vốn."), "{text}");
}

#[test]
fn a_word_too_wide_for_the_header_is_refused_as_the_pdf_refuses_it() {
    let text = std::fs::read_to_string(root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", "")
        .replace("  seal:\n    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm\n", "")
        .replacen("xã Ngọc Liên]", &format!("xã {}]", "N".repeat(200)), 1);
    let l = load::load_str("cv.yaml", &text).unwrap();
    let e = error_of(&l, DRAFT);
    assert!(e.contains("lỗi[docx-name-too-wide]: Từ `NNNNNNNNNNNNNNNNNNNN…` trong tên cơ quan rộng"), "{e}");
    let column = Nd30::embedded().header_columns[0] * (210.0 - 30.0 - 15.0);
    assert!(e.contains(&format!("không vừa cột trái của phần đầu ({column:.0} mm)")), "{e}");
    assert!(e.contains("trường: issuer.name") && e.contains("cv.yaml:9:"), "{e}");
    // A name whose words fit is written.
    let text = text.replace(&"N".repeat(200), &"N ".repeat(100));
    assert!(write(&load::load_str("cv.yaml", &text).unwrap(), DRAFT).is_ok());
}
