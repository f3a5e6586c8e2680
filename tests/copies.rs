//! Certified copies (NĐ30 Phần II): the paper copy block after the copied
//! text, sao lục and trích sao, and the electronic copy's stamp (ô 14).

mod common;

use common::MM;
use vanban::model::CopyKind;
use vanban::typeset::fields::sign_fields;
use vanban::typeset::inspect::{Layout, Line};
use vanban::{IssueOptions, Pipeline};

const NBSP8: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";
/// Left and right edges of the text area (30 mm and 15 mm margins).
const LEFT: f64 = 30.0 * MM;
const RIGHT: f64 = 595.28 - 15.0 * MM;

fn quyet_dinh(edit: impl FnOnce(String) -> String) -> vanban::load::Loaded {
    let path = common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml");
    let yaml = edit(std::fs::read_to_string(&path).unwrap());
    // Under the sample's own name, so that its attachment is found.
    vanban::load::load_str(&path.to_string_lossy(), &yaml).unwrap_or_else(|e| panic!("{e}"))
}

fn render(
    loaded: &vanban::load::Loaded,
    issue: IssueOptions,
) -> Result<(Layout, Vec<vanban::typeset::fields::SignField>), vanban::diagnostic::Diagnostics> {
    let mut pipeline = Pipeline::embedded();
    pipeline.issue = issue;
    let rendered = pipeline.render(loaded)?;
    Ok((Layout::of(&rendered.document), sign_fields(&rendered.document)))
}

fn copy(kind: CopyKind) -> IssueOptions {
    IssueOptions { copy: Some(kind), ..Default::default() }
}

fn find<'a>(lines: &'a [Line], start: &str) -> &'a Line {
    lines.iter().find(|l| l.text.trim_start().starts_with(start)).unwrap_or_else(|| {
        panic!(
            "no line `{start}` in\n{}",
            lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
        )
    })
}

#[test]
fn a_paper_copy_ends_with_the_copy_block_under_a_full_width_rule() {
    let loaded = quyet_dinh(|y| {
        y.replace("copy:\n  number: null\n  date: null", "copy:\n  number: 5\n  date: 2026-11-25")
    });
    let (l, fields) = render(&loaded, copy(CopyKind::SaoY)).unwrap();
    let last = l.pages.len();
    let lines = l.lines(last);
    let kind = find(&lines, "SAO Y");
    let issuer = find(&lines, "ỦY BAN NHÂN DÂN");
    let so = find(&lines, "Số:");
    let date = find(&lines, "Ngọc Liên, ngày");
    assert_eq!(so.text, "Số: 05/SY-UBND", "the copy's own number, in the copy register");
    assert_eq!(date.text, "Ngọc Liên, ngày 25 tháng 11 năm 2026");
    assert!(kind.all_bold() && kind.size() == 14.0 && kind.text == "SAO Y");
    assert!(issuer.all_bold() && find(&lines, "XÃ NGỌC LIÊN").all_bold());
    assert!(date.all_italic() && (so.y - date.y).abs() < 0.5, "số and date share a baseline");
    assert!((kind.center() - date.center()).abs() <= 1.0 * MM, "SAO Y over the date");
    assert!((kind.y - issuer.y).abs() <= 1.0, "SAO Y level with the cơ quan sao");
    assert!((issuer.center() - so.center()).abs() <= 1.0 * MM);
    assert!(issuer.right() < 300.0 && kind.x > 300.0, "left and right columns");
    // A solid rule across the full text width, just above the block.
    let rule = l
        .rules
        .iter()
        .filter(|r| r.page == last && r.y0 < issuer.y)
        .max_by(|a, b| a.y0.total_cmp(&b.y0))
        .expect("a rule above the copy block");
    assert!((rule.x0 - LEFT).abs() < 0.5 && (rule.x1 - RIGHT).abs() < 0.5, "full width: {rule:?}");
    assert!(issuer.y - rule.y0 < 20.0, "the block starts under the rule");
    // Below: nơi nhận of the copy and its signer.
    let noi_nhan = lines.iter().rfind(|x| x.text == "Nơi nhận:").unwrap();
    assert!(noi_nhan.y > so.y && noi_nhan.size() == 12.0 && noi_nhan.all_bold() && noi_nhan.all_italic());
    assert_eq!(find(&lines, "- Các thôn").text, "- Các thôn;");
    assert_eq!(find(&lines, "- Lưu: VT").text, "- Lưu: VT.");
    let tl = find(&lines, "TL. CHỦ TỊCH");
    assert!((tl.y - noi_nhan.y).abs() < 2.0 * MM, "signer level with Nơi nhận");
    assert!((find(&lines, "Nguyễn Thị Lan").center() - tl.center()).abs() < 1.0 * MM);
    // Its fields are the copy's, apart from the original's.
    let kinds: Vec<&str> = fields.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "so",
            "ngay",
            "thang",
            "signature",
            "seal",
            "copy-so",
            "copy-ngay",
            "copy-thang",
            "copy-signature",
            "copy-seal"
        ]
    );
    assert!(fields.iter().filter(|f| f.kind.starts_with("copy-")).all(|f| f.page == last));
}

#[test]
fn sao_luc_and_a_blank_copy_number() {
    let (l, _) = render(&quyet_dinh(|y| y), copy(CopyKind::SaoLuc)).unwrap();
    let lines = l.lines(l.pages.len());
    assert_eq!(find(&lines, "SAO LỤC").text, "SAO LỤC");
    assert_eq!(find(&lines, "Số:").text, format!("Số:{NBSP8}/SL-UBND"));
    assert_eq!(find(&lines, "Ngọc Liên, ngày").text, format!("Ngọc Liên, ngày{NBSP8}tháng{NBSP8}năm 2026"));
}

#[test]
fn trich_sao_copies_the_excerpt_only() {
    let (l, _) = render(&quyet_dinh(|y| y), copy(CopyKind::TrichSao)).unwrap();
    assert_eq!(l.pages.len(), 1, "the excerpt, not the whole decision and its plan");
    let text = l.text();
    // `articles: [1, 2]`: printed from the decision, as they are in it
    // (Điều 2 is not its last, so no `./.`).
    assert!(text.contains("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch"), "{text}");
    assert!(text.contains("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"), "{text}");
    assert!(!text.contains("Điều 3."), "only the excerpt");
    // The original's nơi nhận as it is, first line included.
    assert!(text.contains("- Như Điều 3;\n- Sở Dân tộc và Tôn giáo (để b/c);"), "{text}");
    assert!(!text.contains("Căn cứ"), "no căn cứ: they are not in the excerpt");
    let lines = l.lines(1);
    assert_eq!(find(&lines, "TRÍCH SAO").text, "TRÍCH SAO");
    assert!(lines.iter().any(|x| x.text == format!("Số:{NBSP8}/TrS-UBND")));
    // The original's own header and signer come first.
    assert!(find(&lines, "QUYẾT ĐỊNH").y < find(&lines, "Điều 1.").y);
    assert!(find(&lines, "Lê Văn Minh").y < find(&lines, "TRÍCH SAO").y);
}

#[test]
fn an_electronic_copy_is_stamped_top_right_in_10_pt() {
    let loaded = quyet_dinh(|y| {
        y.replace(
            "copy:\n  number: null\n  date: null",
            "copy:\n  number: null\n  date: 2026-11-25\n  time: \"14:30:05\"",
        )
    });
    let (l, fields) =
        render(&loaded, IssueOptions { copy: Some(CopyKind::SaoY), electronic: true, ..Default::default() })
            .unwrap();
    assert_eq!(l.texts.iter().filter(|t| t.text.contains("+07:00")).count(), 1, "on page 1 only");
    let lines = l.lines(1);
    let s = lines.iter().find(|x| x.text.contains("+07:00")).unwrap();
    assert_eq!(s.text, "SAO Y; Ủy ban nhân dân xã Ngọc Liên; 25/11/2026; 14:30:05 +07:00");
    assert!(s.size() == 10.0 && !s.runs.iter().any(|r| r.bold || r.italic), "10 pt, upright");
    assert!(s.runs.iter().all(|r| r.black), "black");
    assert!((s.right() - RIGHT).abs() < 0.5, "flush with the text area's right edge");
    assert!(s.y < 20.0 * MM, "in the top margin, above the header");
    let header = lines.iter().find(|x| x.text.contains("CỘNG HÒA")).unwrap();
    assert!(s.y < header.y);
    assert!(l.images.is_empty(), "no seal image on an electronic copy");
    assert!(!l.text().contains("\nSAO Y\n"), "no paper copy block");
    assert!(!fields.iter().any(|f| f.kind.starts_with("copy-")));
}

#[test]
fn copies_say_what_they_need() {
    let no_copy = quyet_dinh(|y| y[..y.find("\n# A certified copy").unwrap()].to_string() + "\n");
    let e = render(&no_copy, copy(CopyKind::SaoY)).err().unwrap();
    let d = e.iter().next().unwrap();
    assert_eq!(d.code, "copy-missing");
    assert_eq!(d.message, "--copy sao-y cần phần `copy:` của văn bản: ai sao văn bản");

    let loaded = quyet_dinh(|y| y);
    let e =
        render(&loaded, IssueOptions { copy: Some(CopyKind::SaoY), electronic: true, ..Default::default() })
            .err()
            .unwrap();
    let d = e.iter().next().unwrap();
    assert_eq!(d.code, "copy-time");
    assert_eq!(d.path.as_deref(), Some("copy"));

    let no_excerpt = quyet_dinh(|y| y.replace("  articles: [1, 2]\n", ""));
    let e = render(&no_excerpt, copy(CopyKind::TrichSao)).err().unwrap();
    assert_eq!(
        e.iter().next().unwrap().message,
        "trích sao chỉ sao một phần văn bản; `copy.articles` hoặc `copy.excerpt` cho biết phần nào"
    );

    // A Điều the decision does not have, at its place in the YAML.
    let yaml = std::fs::read_to_string(common::root().join("data/quyet-dinh-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("articles: [1, 2]", "articles: [1, 4]")
        .replace("attachment: ngoc-lien-2026.yaml\n", "");
    let e = vanban::load::load_str("qd.yaml", &yaml).err().unwrap();
    let d = e.iter().next().unwrap();
    assert_eq!(
        (d.code, d.message.as_str()),
        ("copy-articles", "Quyết định có từ Điều 1 đến Điều 3; không có Điều 4")
    );
    assert_eq!(d.path.as_deref(), Some("copy.articles[1]"));
}

#[test]
fn every_type_can_be_copied_in_part() {
    let copy_section = "\ncopy:\n  signer: {authority: [TL. Chủ tịch], title: Chánh Văn phòng, name: Nguyễn Thị Lan}\n  excerpt: [\"Đoạn được trích.\"]\n";
    for (file, lead) in [
        ("ngoc-lien-2026.yaml", None),
        ("cong-van-ngoc-lien-2026.yaml", Some("- Như trên;")),
        ("bao-cao-ngoc-lien-2026.yaml", Some("- Như trên;")),
        ("thong-bao-ngoc-lien-2026.yaml", None),
        ("to-trinh-ngoc-lien-2027.yaml", Some("- Như trên;")),
        ("giay-moi-ngoc-lien-2026.yaml", Some("- Như trên;")),
    ] {
        let path = common::root().join("data").join(file);
        let yaml = std::fs::read_to_string(&path).unwrap() + copy_section;
        let loaded =
            vanban::load::load_str(&path.to_string_lossy(), &yaml).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (l, _) = render(&loaded, copy(CopyKind::TrichSao)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = l.text();
        assert!(text.contains("Đoạn được trích.") && text.contains("TRÍCH SAO"), "{file}");
        // The original's nơi nhận keeps its first line.
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        match lead {
            Some(lead) => assert!(lines.contains(&lead), "{file}: no `{lead}` in\n{text}"),
            None => assert!(!lines.contains(&"- Như trên;"), "{file}"),
        }
    }
}
