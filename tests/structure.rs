//! Kế hoạch and Báo cáo as offices write them (issue #14): parts ordered,
//! renamed and interleaved with sections, Kính gửi on every type that can
//! be addressed, ô 12 under nơi nhận, and the title-year rule on ranges.
//! Checked on the laid-out pages: order, positions, sizes, weights.

mod common;

use std::sync::OnceLock;

use common::{MM, Output};
use vanban::typeset::inspect::{Layout, Line, TextRun};

const SAMPLE: &str = "ke-hoach-tinh-binh-lam-2026.yaml";

fn sample_text() -> String {
    std::fs::read_to_string(common::root().join("data").join(SAMPLE)).unwrap()
}

fn province() -> &'static Output {
    static O: OnceLock<Output> = OnceLock::new();
    O.get_or_init(|| common::render_str(SAMPLE, &sample_text()))
}

/// Every line of the document, page after page.
fn all_lines(l: &Layout) -> Vec<Line> {
    (1..=l.pages.len()).flat_map(|p| l.lines(p)).collect()
}

/// The index in `lines` of the first line whose text starts with `start`.
fn at(lines: &[Line], start: &str) -> usize {
    lines.iter().position(|l| l.text.trim_start().starts_with(start)).unwrap_or_else(|| {
        panic!(
            "no line starting `{start}`:\n{}",
            lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
        )
    })
}

/// The mục headings (a Roman number, then capitals), in print order.
fn muc_headings(l: &Layout) -> Vec<(String, bool)> {
    let is_muc = |t: &str| {
        let Some((number, rest)) = t.split_once(". ") else { return false };
        !number.is_empty()
            && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && rest.chars().next().is_some_and(char::is_uppercase)
            && rest.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    all_lines(l)
        .into_iter()
        .filter(|x| is_muc(x.text.trim_start()))
        .map(|x| (x.text.trim().to_string(), x.all_bold()))
        .collect()
}

#[test]
fn parts_print_in_the_order_written_with_their_headings_and_numbers() {
    let l = &province().layout;
    let headings: Vec<String> = muc_headings(l).iter().map(|(t, _)| t.clone()).collect();
    assert_eq!(
        headings,
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. KẾT QUẢ THỰC HIỆN NĂM 2025",
            "III. MỤC TIÊU",
            "IV. NHIỆM VỤ, GIẢI PHÁP",
            "V. KINH PHÍ THỰC HIỆN",
            "VI. TỔ CHỨC THỰC HIỆN",
        ]
    );
    assert!(muc_headings(l).iter().all(|(_, bold)| *bold), "mục headings are bold");
    // The renamed part keeps its semantics: the dự án with their a) b) c).
    let lines = all_lines(l);
    let iv = at(&lines, "IV. NHIỆM VỤ, GIẢI PHÁP");
    let v = at(&lines, "V. KINH PHÍ THỰC HIỆN");
    let project = at(&lines, "1. Phát triển sản phẩm du lịch cộng đồng");
    let funding = at(&lines, "b) Kinh phí thực hiện:");
    let assignment = at(&lines, "c) Phân công thực hiện:");
    assert!(iv < project && project < funding && funding < assignment && assignment < v, "dự án under IV");
    assert!(
        lines[funding].text.contains("Ngân sách tỉnh theo Nghị quyết số 12/2025/NQ-HĐND"),
        "{}",
        lines[funding].text
    );
    assert!(
        lines[assignment].text.contains("Sở Văn hóa, Thể thao và Du lịch chủ trì"),
        "{}",
        lines[assignment].text
    );
    // A section's own sub-sections are numbered under it, bold: 1. Thuận lợi.
    let ii = at(&lines, "II. KẾT QUẢ");
    let thuan_loi = at(&lines, "1. Thuận lợi");
    let iii = at(&lines, "III. MỤC TIÊU");
    assert!(ii < thuan_loi && thuan_loi < iii && lines[thuan_loi].all_bold());
    // The standard heading is not printed as well.
    assert!(!lines.iter().any(|x| x.text.contains("NỘI DUNG THỰC HIỆN")));
}

#[test]
fn the_default_order_is_the_order_written_out() {
    // Naming the standard order gives the same Typst, byte for byte, as
    // leaving `parts` out: the samples without `parts` are unchanged.
    let plain = common::render_sample_with(|y| y);
    let named = common::render_sample_with(|y| {
        y + "\nparts: [purposes, objectives, projects, solutions, organization, sections]\n"
    });
    assert_eq!(plain.source, named.source);
    let headings: Vec<String> = muc_headings(&plain.layout).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        headings,
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. MỤC TIÊU",
            "III. NỘI DUNG THỰC HIỆN",
            "IV. NHIỆM VỤ, GIẢI PHÁP",
            "V. TỔ CHỨC THỰC HIỆN"
        ]
    );
}

#[test]
fn organization_can_come_after_sections_and_the_end_mark_follows_the_last_part() {
    // Five mục of the plan's own, then TỔ CHỨC THỰC HIỆN; no closing
    // paragraph, so `./.` ends the last duty of the last unit.
    let out = common::render_sample_with(|y| {
        let cut = y.find("\nclosing: >-").unwrap();
        let end = cut + y[cut..].find("\nrecipients:").unwrap();
        format!("{}{}", &y[..cut], &y[end..])
            + "\nparts:\n  - {title: Đánh giá năm trước, content: [Kết quả đạt được.]}\n  - purposes\n  - {part: projects, heading: Nội dung và dự án}\n  - objectives\n  - solutions\n  - organization\n"
    });
    let headings: Vec<String> = muc_headings(&out.layout).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        headings,
        [
            "I. ĐÁNH GIÁ NĂM TRƯỚC",
            "II. MỤC ĐÍCH, YÊU CẦU",
            "III. NỘI DUNG VÀ DỰ ÁN",
            "IV. MỤC TIÊU",
            "V. NHIỆM VỤ, GIẢI PHÁP",
            "VI. TỔ CHỨC THỰC HIỆN",
        ]
    );
    let lines = all_lines(&out.layout);
    let end: Vec<&Line> = lines.iter().filter(|x| x.text.contains("./.")).collect();
    assert_eq!(end.len(), 1);
    assert!(end[0].text.trim_end().ends_with("hiệu quả./."), "{}", end[0].text);
}

fn load_error(yaml: &str) -> (String, String, usize) {
    let errors = vanban::load::load_str("kh.yaml", yaml).expect_err("an error");
    let d = errors.iter().next().unwrap();
    let line = d.line_col().map_or(0, |(l, _)| l);
    (d.code.to_string(), d.message.clone(), line)
}

fn line_of(yaml: &str, needle: &str) -> usize {
    yaml.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn a_part_left_out_of_parts_or_named_twice_is_an_error_at_its_line() {
    let yaml = common::sample_text() + "\nparts: [purposes, objectives, projects, organization]\n";
    let errors = vanban::lint::lint(&vanban::load::load_str("kh.yaml", &yaml).unwrap(), &Default::default());
    let d = errors.iter().find(|d| d.code == "plan-parts").expect("plan-parts");
    assert_eq!(
        d.message,
        "`solutions` có nội dung, nhưng `parts` không nêu `solutions`, nên phần này sẽ không được in"
    );
    assert_eq!(d.hint.as_deref(), Some("Thêm `solutions` vào `parts` ở chỗ cần in, hoặc xóa `solutions`"));
    assert_eq!(d.line_col().unwrap().0, line_of(&yaml, "solutions:"));

    let yaml = common::sample_text()
        + "\nparts: [purposes, objectives, projects, solutions, organization,\n  projects]\n";
    let errors = vanban::lint::lint(&vanban::load::load_str("kh.yaml", &yaml).unwrap(), &Default::default());
    let d = errors.iter().find(|d| d.code == "plan-parts").expect("plan-parts");
    assert_eq!(d.message, "`parts` nêu `projects` hai lần (lần trước ở `parts[2]`)");
    assert_eq!(d.line_col().unwrap().0, yaml.lines().count());

    // render refuses it: content would be lost.
    let yaml = common::sample_text() + "\nparts: [purposes, objectives, projects, organization]\n";
    let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
    assert!(vanban::Pipeline::embedded().render(&loaded).is_err());
}

#[test]
fn an_unknown_part_or_a_mixed_entry_is_refused_when_loading() {
    let yaml = common::sample_text() + "\nparts: [purposes, objetives]\n";
    let errors = vanban::load::load_str("kh.yaml", &yaml).expect_err("an error");
    let d = errors.iter().next().unwrap();
    assert_eq!((d.code, d.message.as_str()), ("unknown-value", "Không có giá trị `objetives`"));
    assert_eq!(d.hint.as_deref(), Some("Có phải là `objectives`?"));
    assert_eq!(d.line_col().unwrap().0, yaml.lines().count());
    let yaml = common::sample_text() + "\nparts:\n  - {part: projects, title: Dự án}\n";
    let (_, message, _) = load_error(&yaml);
    assert_eq!(
        message,
        "Một phần là phần chuẩn (`part`, `heading`) hoặc một mục (`title`, `content`), không trộn hai dạng"
    );
    let yaml = common::sample_text() + "\nparts:\n  - {part: sections, heading: Khác}\n";
    let (_, message, _) = load_error(&yaml);
    assert_eq!(message, "`sections` không có tiêu đề riêng: mỗi mục in `title` của nó");
}

#[test]
fn kinh_gui_of_a_ke_hoach_is_laid_out_as_a_cong_vans() {
    let l = &province().layout;
    let lines = l.lines(1);
    let title = at(&lines, "Phát triển du lịch cộng đồng năm 2026");
    let kg = at(&lines, "Kính gửi:");
    let first_base = at(&lines, "Căn cứ Luật Du lịch");
    assert!(title < kg && kg < first_base, "Kính gửi under the trích yếu, above the căn cứ");
    let k = &lines[kg];
    assert_eq!(k.text.trim(), "Kính gửi: Hội đồng nhân dân tỉnh Bình Lâm.");
    assert!(k.runs.iter().all(|r| r.size == 14.0 && !r.bold && !r.italic), "14 pt upright");
    // The công văn's indent: 35 mm from the left margin (30 mm).
    assert!((k.x - 65.0 * MM).abs() < 0.5, "Kính gửi at {:.1} mm", k.x / MM);
    let cv = common::render_loaded(
        vanban::load::load_file(&common::root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap(),
    );
    let cv_kg = cv.layout.lines(1).into_iter().find(|x| x.text.starts_with("Kính gửi:")).unwrap();
    assert!((cv_kg.x - k.x).abs() < 0.1, "same x as the công văn's");
    // Addressed, its nơi nhận opens with `- Như trên;`.
    let runs: Vec<&TextRun> = (1..=l.pages.len()).flat_map(|p| l.page_texts(p)).collect();
    let label = runs.iter().position(|r| r.text.trim() == "Nơi nhận:").unwrap();
    let first = runs[label + 1..].iter().find(|r| r.text.trim_start().starts_with("- ")).unwrap();
    assert_eq!(first.text.trim(), "- Như trên;");
}

#[test]
fn kinh_gui_of_a_thong_bao() {
    let path = common::root().join("data/thong-bao-ngoc-lien-2026.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let yaml = yaml.replacen("\nclosing:", "\nto: [Phòng Văn hóa - Xã hội, Trưởng các thôn]\nclosing:", 1);
    assert!(yaml.contains("\nto: "), "the sample has `closing:`");
    let out = common::render_str("tb.yaml", &yaml);
    let lines = out.layout.lines(1);
    let kg = &lines[at(&lines, "Kính gửi:")];
    assert_eq!(kg.text.trim(), "Kính gửi: - Phòng Văn hóa - Xã hội;");
    let next = &lines[at(&lines, "- Trưởng các thôn.")];
    let dash = kg.runs.iter().find(|r| r.text.starts_with("- ")).map_or(kg.x, |r| r.x);
    assert!((next.x - dash).abs() < 0.5, "dashes aligned after the colon");
}

/// The runs of the nơi nhận column (left of the signer block) from
/// `Nơi nhận:` to the end of the page.
fn noi_nhan_runs(l: &Layout) -> Vec<TextRun> {
    let page = (1..=l.pages.len()).find(|&p| l.page_texts(p).any(|r| r.text.trim() == "Nơi nhận:")).unwrap();
    let label = l.page_texts(page).find(|r| r.text.trim() == "Nơi nhận:").unwrap().clone();
    l.page_texts(page).filter(|r| r.y >= label.y && r.x < 90.0 * MM).cloned().collect()
}

#[test]
fn o12_sits_under_nơi_nhận_at_11_pt_in_its_right_corner() {
    let l = &province().layout;
    let runs = noi_nhan_runs(l);
    let luu = runs.iter().find(|r| r.text.contains("Lưu:")).unwrap();
    assert_eq!(luu.text.trim(), "- Lưu: VT, VHXH.", "ô 12 is not glued to the Lưu line");
    let o12 = runs.iter().find(|r| r.text.trim() == "KH.(09)").expect("ô 12");
    assert_eq!(o12.size, 11.0);
    assert!(!o12.bold && !o12.italic);
    assert!(o12.y > luu.y + 5.0, "below the list");
    // The nơi nhận column is 40 % of the 165 mm text area: its right edge
    // is at 30 + 66 mm.
    assert!((o12.right() - 96.0 * MM).abs() < 0.5, "right edge at {:.1} mm", o12.right() / MM);
    assert!(o12.x > luu.right(), "in the column's right corner");
}

#[test]
fn o12_as_written_and_absent_by_default() {
    let out = common::render_sample_with(|y| y + "\ndrafter: NN (03). Hg\n");
    let runs = noi_nhan_runs(&out.layout);
    let o12 = runs.iter().find(|r| r.text.trim() == "NN (03). Hg").expect("ô 12 as written");
    assert_eq!(o12.size, 11.0);
    let plain = common::render_sample_with(|y| y);
    let last = noi_nhan_runs(&plain.layout).into_iter().max_by(|a, b| a.y.total_cmp(&b.y)).unwrap();
    assert_eq!(last.text.trim(), "- Lưu: VT.");
    let (_, message, _) = load_error(&(common::sample_text() + "\ndrafter: {initials: KH, copies: 0}\n"));
    assert_eq!(message, "`copies` bằng 0; ô 12 ghi số bản phát hành, từ 1 trở lên");
}

fn title_year_findings(title: &str, year: i32) -> Vec<String> {
    let yaml = common::sample_text();
    let start = yaml.find("\ntitle: >-").unwrap();
    let end = start + yaml[start..].find("\n\nbases:").unwrap();
    let yaml = format!("{}\ntitle: \"{title}\"{}", &yaml[..start], &yaml[end..])
        .replace("year: 2026", &format!("year: {year}"));
    let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
    vanban::lint::lint(&loaded, &Default::default())
        .into_iter()
        .filter(|d| d.code == "title-year")
        .map(|d| d.message)
        .collect()
}

#[test]
fn title_year_reads_capitals_and_leaves_ranges_alone() {
    assert_eq!(
        title_year_findings("KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2025", 2026),
        ["Trích yếu ghi năm 2025, nhưng `year` của văn bản là 2026"]
    );
    assert!(title_year_findings("Phát triển du lịch giai đoạn 2026-2028", 2026).is_empty());
    assert!(title_year_findings("Đầu tư công trung hạn 5 năm 2025-2029", 2026).is_empty());
    assert!(title_year_findings("ĐẦU TƯ CÔNG TRUNG HẠN 5 NĂM 2025 - 2029", 2026).is_empty());
    assert!(title_year_findings("Thực hiện từ năm 2025 đến năm 2029", 2026).is_empty());
    assert!(title_year_findings("Phát triển du lịch năm 2026, giai đoạn 2026-2030", 2026).is_empty());
}

/// A Báo cáo of the province with `body` after its header.
fn bao_cao(body: &str) -> Output {
    let yaml = format!(
        "type: bao-cao
issuer: {{name: [Ủy ban nhân dân, tỉnh Bình Lâm], abbr: UBND}}
number: null
place: Bình Lâm
date: null
year: 2026
title: Tình hình thực hiện dự toán ngân sách năm {{{{ year }}}}
{body}
recipients: [Bộ Tài chính]
archive: [VT, KT]
signer: {{authority: [TM. Ủy ban nhân dân], title: Chủ tịch, name: Trần Văn Minh}}
"
    );
    common::render_str("bc.yaml", &yaml)
}

#[test]
fn outline_levels_print_as_offices_write_them() {
    let out = bao_cao(
        "numbering: A.
content:
  - title: Kết quả thực hiện
    content:
      - title: Thu, chi ngân sách
        content:
          - heading: Thuận lợi cơ bản
          - Nguồn thu ổn định.
          - heading: \"*Khó khăn*\"
          - text: Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan hướng dẫn thực hiện.
            content:
              - {title: \"Chi đầu tư phát triển:\", text: Ước thực hiện 1.250 tỷ đồng.}
          - text: Các địa phương chủ động cân đối nguồn lực.
          - {title: \"Nguyên nhân:\", text: Do giá vật liệu tăng.}
  - title: Nhiệm vụ năm tới
    content: [Tiếp tục thực hiện.]
",
    );
    let lines = all_lines(&out.layout);
    let order = [
        "A. KẾT QUẢ THỰC HIỆN",
        "I. THU, CHI NGÂN SÁCH",
        "Thuận lợi cơ bản",
        "Nguồn thu ổn định.",
        "Khó khăn",
        "1. Bộ Tài chính chủ trì",
        "a) Chi đầu tư phát triển: Ước thực hiện 1.250 tỷ đồng.",
        "2. Các địa phương chủ động cân đối nguồn lực.",
        "3. Nguyên nhân: Do giá vật liệu tăng.",
        "B. NHIỆM VỤ NĂM TỚI",
        "Tiếp tục thực hiện./.",
    ];
    let found: Vec<usize> = order.iter().map(|s| at(&lines, s)).collect();
    assert!(found.windows(2).all(|w| w[0] < w[1]), "in order: {found:?}");
    let line = |s: &str| &lines[at(&lines, s)];
    let bold = |l: &Line| l.runs.iter().filter(|r| !r.text.trim().is_empty()).all(|r| r.bold);
    let regular = |l: &Line| l.runs.iter().all(|r| !r.bold && !r.italic);
    // A. and I. bold capitals.
    assert!(bold(line("A. KẾT QUẢ")) && bold(line("I. THU, CHI")) && bold(line("B. NHIỆM VỤ")));
    // Sub-headings: bold as plain text, italic as typed, no number.
    let thuan_loi = line("Thuận lợi cơ bản");
    assert!(bold(thuan_loi) && !thuan_loi.all_italic(), "bold");
    let kho_khan = line("Khó khăn");
    assert!(kho_khan.all_italic() && !kho_khan.runs.iter().any(|r| r.bold), "italic as typed");
    // Numbered paragraphs: regular weight, indented as a paragraph.
    let item = line("1. Bộ Tài chính");
    assert!(regular(item), "a numbered paragraph is not a heading");
    let para = line("Nguồn thu ổn định.");
    assert!((item.x - para.x).abs() < 0.1, "indented as a paragraph");
    assert!((thuan_loi.x - para.x).abs() < 0.1, "the sub-heading too");
    assert!(regular(line("2. Các địa phương")));
    // a) with its text on the same line, regular.
    assert!(regular(line("a) Chi đầu tư")));
    // 3. Title: text — the title bold, the text regular, one line.
    let cause = line("3. Nguyên nhân:");
    let title_run = cause.runs.iter().find(|r| r.text.contains("Nguyên nhân")).unwrap();
    let text_run = cause.runs.iter().find(|r| r.text.contains("Do giá")).unwrap();
    assert!(title_run.bold && !text_run.bold);
    // The numbers count numbered paragraphs and titled sections together,
    // and not the sub-headings.
    assert!(!lines.iter().any(|l| l.text.trim_start().starts_with("4.")));
}

#[test]
fn can_cu_dates_luat_numbers_and_the_connecting_sentence() {
    let out = bao_cao(
        "citation_dates: long
bases_end: \";\"
bases:
  - kind: Luật
    number: 47/2019/QH14
    with_number: true
    date: 2019-11-22
  - id: nq12
    kind: Nghị quyết
    number: 12/2025/NQ-HĐND
    date: 2025-07-10
    issuer: Hội đồng nhân dân tỉnh
    subject: quy định chính sách hỗ trợ phát triển du lịch cộng đồng
  - kind: Quyết định
    number: 845/QĐ-UBND
    date: 2025-09-22
    issuer: Ủy ban nhân dân tỉnh
    subject: phê duyệt Đề án phát triển du lịch cộng đồng
    date_style: short
preamble: Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện như sau
content:
  - Thực hiện {{ cite(\"nq12\") }}, các địa phương đã triển khai.
",
    );
    let text = common::normalize(&out.layout.text());
    for expected in [
        "Căn cứ Luật số 47/2019/QH14 ngày 22 tháng 11 năm 2019;",
        "Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển du lịch cộng đồng;",
        "Căn cứ Quyết định số 845/QĐ-UBND ngày 22/9/2025 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát triển du lịch cộng đồng;",
        "Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện như sau",
        "Thực hiện Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh, các địa phương",
    ] {
        assert!(text.contains(expected), "`{expected}` not in:\n{text}");
    }
    // The căn cứ italic, the connecting sentence upright, each its own
    // paragraph (a first-line indent of its own).
    let lines = all_lines(&out.layout);
    let last_base = &lines[at(&lines, "Căn cứ Quyết định số 845")];
    assert!(last_base.all_italic());
    let preamble = &lines[at(&lines, "Ủy ban nhân dân tỉnh báo cáo")];
    assert!(preamble.runs.iter().all(|r| !r.italic && !r.bold), "upright");
    assert!((preamble.x - last_base.x).abs() < 0.1, "indented as a paragraph");
    // Without `bases_end`, the last căn cứ ends with a full stop.
    let plain = bao_cao(
        "bases:
  - {kind: Quyết định, number: 845/QĐ-UBND, date: 2025-09-22, issuer: Ủy ban nhân dân tỉnh, subject: phê duyệt Đề án}
preamble: Ủy ban nhân dân tỉnh báo cáo như sau
content: [Nội dung.]
",
    );
    let text = common::normalize(&plain.layout.text());
    assert!(text.contains("ngày 22/9/2025 của Ủy ban nhân dân tỉnh phê duyệt Đề án."), "{text}");
}

/// A numbered item and a sub-heading among a plan's nhiệm vụ, giải pháp
/// (they used to stop the render with an internal template error): the
/// item takes the part's next number with its content below it, the
/// sub-heading is a bold line that takes no number, so the paragraphs after
/// it go on from the item's.
#[test]
fn an_item_and_a_sub_heading_among_the_solutions_print_in_the_solutions_count() {
    let out = common::render_sample_with(|y| {
        y.replacen(
            "\nsolutions:\n",
            "\nsolutions:\n  - text: Rà soát danh mục dự án năm {{ year }}.\n    content: [Lập danh sách.]\n  - heading: Nhóm giải pháp về vốn\n",
            1,
        )
    });
    let lines = all_lines(&out.layout);
    let muc = at(&lines, "IV. NHIỆM VỤ, GIẢI PHÁP");
    let item = at(&lines, "1. Rà soát danh mục dự án năm 2026.");
    let content = at(&lines, "Lập danh sách.");
    let heading = at(&lines, "Nhóm giải pháp về vốn");
    let next = at(&lines, "2. Tăng cường công tác lãnh đạo");
    assert_eq!((item, content, heading, next), (muc + 1, muc + 2, muc + 3, muc + 4));
    // The item in regular weight, the sub-heading bold, unnumbered.
    assert!(lines[item].runs.iter().all(|r| !r.bold), "{:?}", lines[item].runs);
    assert!(lines[heading].all_bold() && lines[heading].text.trim() == "Nhóm giải pháp về vốn");
    // The numbers go on to the sample's last nhiệm vụ (five before, six now).
    let text = common::normalize(&out.layout.text());
    assert!(text.contains("6. Tập trung thực hiện quyết liệt"), "{text}");
    assert!(!text.contains("7. Tập trung thực hiện quyết liệt"), "{text}");
}

/// A table among a plan's nhiệm vụ, giải pháp is printed without a number
/// and takes none, as a table among any blocks does: the nhiệm vụ after it
/// go on from the one before (it used to use a number up, so the part read
/// 1., 3., …).
#[test]
fn a_table_among_the_solutions_takes_no_number() {
    let out = common::render_sample_with(|y| {
        y.replacen(
            "\nsolutions:\n",
            "\nsolutions:\n  - table:\n      columns: [{title: STT}, {title: Nhóm giải pháp}]\n      rows: [[\"1\", Về vốn đối ứng]]\n",
            1,
        )
    });
    let text = common::normalize(&out.layout.text());
    assert!(text.contains("Về vốn đối ứng"), "{text}");
    assert!(text.contains("1. Tăng cường công tác lãnh đạo"), "{text}");
    assert!(text.contains("5. Tập trung thực hiện quyết liệt"), "{text}");
    assert!(!text.contains("2. Tăng cường công tác lãnh đạo"), "{text}");
    assert!(!text.contains("6. Tập trung thực hiện quyết liệt"), "{text}");
}

#[test]
fn the_schema_knows_the_new_fields() {
    let schema = vanban::model::json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let sample: serde_json::Value = serde_saphyr::from_str(&sample_text()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&sample).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // A misspelt part name and a drafter without its count are refused.
    let mut bad = sample.clone();
    bad["parts"][0] = serde_json::json!("purpose");
    assert!(!validator.is_valid(&bad));
    let mut bad = sample;
    bad["drafter"] = serde_json::json!({"initials": "KH"});
    assert!(!validator.is_valid(&bad));
}
