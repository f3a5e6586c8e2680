//! Tables fit the page (issue #12, item 4): column widths from the content,
//! table text at 12, 11 or 10 pt, landscape when asked, and a located error
//! where a table still cannot fit; and every page of consecutive landscape
//! phụ lục carries its number (item 5). Checked on the laid-out pages.

mod common;

use common::{MM, Output};
use vanban::typeset::inspect::{Layout, TextRun};

/// The báo cáo sample up to its phụ lục, then `appendices`.
fn bao_cao_with(appendices: &str) -> String {
    let yaml = std::fs::read_to_string(common::root().join("data/bao-cao-ngoc-lien-2026.yaml")).unwrap();
    let head = &yaml[..yaml.find("\nappendices:").unwrap()];
    format!("{head}\nappendices:\n{appendices}")
}

/// A five-year budget table: STT, Nội dung, and for 2026–2030 the plan and
/// the spending, with their totals: 12 amount columns in `nghìn đồng`.
fn budget_table(rows: usize, indent: &str) -> String {
    budget_table_over(5, rows, indent, 1)
}

/// Six years of plan and spending, 12 columns of 7-digit figures, no sums.
fn six_years(rows: usize, indent: &str) -> String {
    let t = budget_table_over(6, rows, indent, 1);
    let t = t.replace(&format!("{indent}      - {{title: Cộng, columns: [{{title: Tổng kế hoạch, kind: amount}}, {{title: Tổng thực hiện, kind: amount}}]}}\n"), "");
    let t = t.replace(&format!("{indent}    total: {{}}\n"), "");
    // Drop the two sums at the end of each row.
    t.lines()
        .map(|l| {
            if l.trim_start().starts_with("- [") {
                let mut c: Vec<&str> = l.trim_end_matches(']').split(", ").collect();
                c.truncate(c.len() - 2);
                format!("{}]", c.join(", "))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// A budget table over `years` years from 2026: 2 × `years` + 2 amount
/// columns, in nghìn đồng, or in triệu đồng with `divisor` 1000.
fn budget_table_over(years: usize, rows: usize, indent: &str, divisor: usize) -> String {
    let mut columns = vec!["{title: STT, width: 12mm}".to_string(), "{title: Nội dung}".to_string()];
    for year in 2026..2026 + years {
        columns.push(format!(
            "{{title: Năm {year}, columns: [{{title: Kế hoạch, kind: amount}}, {{title: Thực hiện, kind: amount}}]}}"
        ));
    }
    columns.push(
        "{title: Cộng, columns: [{title: Tổng kế hoạch, kind: amount}, {title: Tổng thực hiện, kind: amount}]}"
            .to_string(),
    );
    let unit = if divisor == 1 { "nghìn đồng" } else { "triệu đồng" };
    let mut out =
        format!("{indent}- table:\n{indent}    unit: \"Đơn vị tính: {unit}\"\n{indent}    columns:\n");
    for c in columns {
        out.push_str(&format!("{indent}      - {c}\n"));
    }
    out.push_str(&format!("{indent}    rows:\n"));
    for r in 0..rows {
        let mut cells = vec![(r + 1).to_string(), format!("\"Hỗ trợ phát triển sản xuất, thôn {}\"", r + 1)];
        let mut plan = 0;
        let mut done = 0;
        for y in 0..years {
            let p = (2_034_558 + 241_719 * (y + r) % 997_331) / divisor;
            let d = p - 17_432 * (y + 1) / divisor;
            plan += p;
            done += d;
            cells.push(p.to_string());
            cells.push(d.to_string());
        }
        cells.push(plan.to_string());
        cells.push(done.to_string());
        out.push_str(&format!("{indent}      - [{}]\n", cells.join(", ")));
    }
    out.push_str(&format!("{indent}    total: {{}}\n"));
    out
}

fn appendix(title: &str, landscape: bool, body: &str) -> String {
    format!("  - title: {title}\n    landscape: {landscape}\n    content:\n{body}")
}

fn render(yaml: &str) -> Output {
    common::render_str("bang.yaml", yaml)
}

/// The pages on which a line starts with `start`.
fn pages_with(l: &Layout, start: &str) -> Vec<usize> {
    (1..=l.pages.len()).filter(|&p| l.lines(p).iter().any(|x| x.text.starts_with(start))).collect()
}

/// The text runs of the table on page `p`: those between the unit line
/// and the page foot, in the body (below the top margin).
fn table_runs(l: &Layout, p: usize) -> Vec<&TextRun> {
    l.page_texts(p).filter(|t| t.y > 20.0 * MM && t.text.trim().chars().any(|c| c.is_ascii_digit())).collect()
}

/// A figure as printed: `2.034.558`, `10.172.790`.
fn is_figure(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.split('.').all(|g| !g.is_empty() && g.len() <= 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Every figure of the table on its pages: inside the text area, whole
/// (never broken), at an allowed size, and no two on a line overlapping.
fn assert_fits(l: &Layout, pages: &[usize], landscape: bool) -> f64 {
    let mut sizes = Vec::new();
    let mut figures = 0;
    for &p in pages {
        let (w, h) = l.pages[p - 1];
        assert_eq!(w > h, landscape, "page {p} orientation");
        let (left, right) = (30.0 * MM, w - 15.0 * MM);
        let mut runs: Vec<&TextRun> = table_runs(l, p).into_iter().filter(|t| is_figure(&t.text)).collect();
        assert!(runs.len() > 20, "page {p} holds the table");
        for t in &runs {
            assert!(
                t.x >= left - 0.1 && t.right() <= right + 0.1,
                "p{p}: `{}` at {:.1}–{:.1} pt leaves the text area ({left:.1}–{right:.1})",
                t.text,
                t.x,
                t.right()
            );
            sizes.push(t.size);
        }
        runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        for pair in runs.windows(2) {
            if (pair[0].y - pair[1].y).abs() < 0.5 {
                assert!(
                    pair[0].right() + 2.0 <= pair[1].x,
                    "p{p}: `{}` and `{}` overlap or touch ({:.1} > {:.1})",
                    pair[0].text,
                    pair[1].text,
                    pair[0].right(),
                    pair[1].x
                );
            }
        }
        figures += runs.len();
    }
    assert!(figures > 0);
    // Every body figure is one run: the longest, the 5-year totals, whole.
    let size = sizes[0];
    assert!(sizes.iter().all(|&s| s == size), "one size for the table: {sizes:?}");
    assert!([12.0, 11.0, 10.0].contains(&size), "table text at {size} pt");
    size
}

#[test]
fn a_wide_budget_table_fits_a_landscape_phu_luc() {
    let yaml = bao_cao_with(&appendix("Kinh phí giai đoạn 2026 - 2031", true, &six_years(8, "      ")));
    let out = render(&yaml);
    let l = &out.layout;
    let pages = pages_with(l, "Phụ lục");
    assert_eq!(pages.len(), 1);
    let size = assert_fits(l, &pages, true);
    // 12 columns of 7-digit figures do not fit at 12 pt in 252 mm.
    assert!(size < 12.0, "set smaller: {size}");
    // Every figure is printed whole, one run each: 8 rows of 12.
    let whole = l.page_texts(pages[0]).filter(|t| is_figure(&t.text) && t.text.trim().len() == 9).count();
    assert_eq!(whole, 8 * 12, "every 7-digit figure, whole");
}

#[test]
fn page_numbers_of_consecutive_landscape_phu_luc() {
    // Three landscape phụ lục of several pages each: each is numbered on
    // its own (R28), its first page unnumbered, then 2, 3, … centred in the
    // top margin (R12).
    let body = budget_table_over(3, 60, "      ", 1000);
    let appendices: String = ["Phân bổ năm 2026", "Phân bổ năm 2027", "Phân bổ năm 2028"]
        .iter()
        .map(|t| appendix(t, true, &body))
        .collect();
    let out = render(&bao_cao_with(&appendices));
    let l = &out.layout;
    let starts = pages_with(l, "Phụ lục");
    assert_eq!(starts.len(), 3, "three phụ lục");
    let ends: Vec<usize> = starts.iter().skip(1).map(|s| s - 1).chain([l.pages.len()]).collect();
    for (k, (&first, &last)) in starts.iter().zip(&ends).enumerate() {
        assert!(last - first >= 2, "phụ lục {} has several pages ({first}–{last})", k + 1);
        for p in first..=last {
            let (w, h) = l.pages[p - 1];
            assert!(w > h, "page {p} is landscape");
            let top: Vec<&TextRun> = l.page_texts(p).filter(|t| t.y < 20.0 * MM).collect();
            if p == first {
                assert!(top.is_empty(), "the first page of phụ lục {} shows no number: {top:?}", k + 1);
                continue;
            }
            assert_eq!(top.len(), 1, "page {p}: one number in the top margin: {top:?}");
            let n = &top[0];
            assert_eq!(
                n.text.trim(),
                (p - first + 1).to_string(),
                "page {p} is page {} of phụ lục {}",
                p - first + 1,
                k + 1
            );
            assert!((13.0..=14.0).contains(&n.size) && !n.bold && !n.italic);
            let centre = (30.0 * MM + w - 15.0 * MM) / 2.0;
            assert!((n.center() - centre).abs() <= 2.0 * MM, "page {p}: centred on the text area");
        }
    }
}

#[test]
fn a_budget_table_in_portrait_is_set_smaller_to_fit() {
    // Four years in triệu đồng: 10 figure columns that do not fit 165 mm at
    // 12 pt beside a readable Nội dung column.
    let yaml = bao_cao_with(&appendix(
        "Kinh phí giai đoạn 2026 - 2029",
        false,
        &budget_table_over(4, 8, "      ", 1000),
    ));
    let out = render(&yaml);
    let l = &out.layout;
    let pages = pages_with(l, "Phụ lục");
    let size = assert_fits(l, &pages, false);
    assert!(size < 12.0, "set smaller: {size}");
}

#[test]
fn a_table_too_wide_even_in_landscape_is_an_error_at_its_line() {
    // Ten years: 22 columns of figures cannot fit 252 mm even at 10 pt.
    let yaml = bao_cao_with(&appendix(
        "Kinh phí giai đoạn 2026 - 2035",
        true,
        &budget_table_over(10, 4, "      ", 1),
    ));
    let errors = vanban::Pipeline::embedded()
        .render(&vanban::load::load_str("bang.yaml", &yaml).unwrap())
        .err()
        .expect("a table too wide is an error, not overprinted figures");
    let d = errors.iter().next().unwrap();
    assert_eq!(errors.iter().count(), 1);
    assert_eq!(d.code, "table-width");
    assert_eq!(
        d.message,
        "bảng không vừa trang ngang: ngay cả với cỡ chữ 10 pt các cột của bảng cần 439.5 mm, hơn 187.5 mm so với 252.0 mm bề rộng phần chữ"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some("ghi `width` hẹp hơn cho các cột chữ của bảng, hoặc tách thành nhiều bảng ít cột hơn")
    );
    assert_eq!(d.path.as_deref(), Some("appendices[0].content[0].table"));
    // At the table's `table:` key (the phụ lục's; the sample has one before).
    let table_line =
        yaml.lines().collect::<Vec<_>>().iter().rposition(|l| l.trim() == "- table:").unwrap() + 1;
    assert_eq!(d.line_col(), Some((table_line, 9)));
}

#[test]
fn a_figure_column_narrower_than_its_figures_is_an_error_at_its_width() {
    // Probe, round three: `width: 15mm` for a 12-digit amount printed the
    // figure across the cell's border, and the render succeeded.
    let table = |width: &str| {
        appendix(
            "Kinh phí",
            false,
            &format!(
                "      - table:\n          columns:\n            - {{title: STT, width: 12mm}}\n            - {{title: Nội dung}}\n            - {{title: Kinh phí, kind: amount, width: {width}}}\n          rows:\n            - [1, Xây dựng nhà văn hóa, 123456789012]\n"
            ),
        )
    };
    let yaml = bao_cao_with(&table("15mm"));
    let errors = vanban::Pipeline::embedded()
        .render(&vanban::load::load_str("bang.yaml", &yaml).unwrap())
        .err()
        .expect("a figure wider than its column is an error");
    let d = errors.iter().next().unwrap();
    assert_eq!(errors.iter().count(), 1, "{errors}");
    assert_eq!(d.code, "table-width");
    assert!(
        d.message.starts_with("cột `Kinh phí` rộng 15.0 mm, nhưng con số dài nhất của cột cần ")
            && d.message.ends_with(" mm ở cỡ chữ 12 pt: số sẽ in tràn qua đường kẻ ô"),
        "{}",
        d.message
    );
    assert_eq!(d.path.as_deref(), Some("appendices[0].content[0].table.columns[2].width"));
    let line = yaml.lines().position(|l| l.contains("width: 15mm")).unwrap() + 1;
    assert_eq!(d.line_col().map(|(l, _)| l), Some(line));
    // Wide enough, it prints.
    let yaml = bao_cao_with(&table("35mm"));
    assert!(
        vanban::Pipeline::embedded().render(&vanban::load::load_str("bang.yaml", &yaml).unwrap()).is_ok()
    );
}

#[test]
fn a_figure_written_with_a_thousands_dot_but_no_quotes_is_warned() {
    // Probe of #14: `2.000` unquoted is two for YAML, printed 2,000; a
    // Vietnamese drafter means two thousand.
    let body = "      - table:\n          columns:\n            - {title: Nội dung}\n            - {title: Kinh phí, kind: amount}\n          rows:\n            - [Xây dựng, 2.000]\n            - [Sửa chữa, \"1.500\"]\n            - [Mua sắm, 2.5]\n";
    let yaml = bao_cao_with(&appendix("Kinh phí", false, body));
    let loaded = vanban::load::load_str("bang.yaml", &yaml).unwrap();
    let ctx = vanban::lint::LintContext::default();
    let found: Vec<_> =
        vanban::lint::lint(&loaded, &ctx).into_iter().filter(|d| d.code == "figure-dot").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].message, "`2.000` được đọc là 2,000 (trong YAML, dấu chấm là dấu thập phân)");
    assert_eq!(
        found[0].hint.as_deref(),
        Some("Ghi `2000` hoặc `\"2.000\"` (trong dấu nháy) nếu là 2000; ghi `2` nếu là số thập phân")
    );
    assert_eq!(found[0].path.as_deref(), Some("appendices[0].content[0].table.rows[0][1]"));
    assert!(!found[0].is_error());
}

#[test]
fn check_finds_a_table_too_wide_as_render_does() {
    // `check` lays the document out too: a file it passes is one `render`
    // prints (probe, round three: it said 0 errors here).
    let yaml = bao_cao_with(&appendix("Kinh phí giai đoạn 2026 - 2030", false, &budget_table(4, "      ")));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bang.yaml"), &yaml).unwrap();
    let out = common::vanban(dir.path(), &["check", "bang.yaml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("lỗi[table-width]: bảng không vừa trang dọc"), "{err}");
    assert!(err.contains("bang.yaml: 1 lỗi, 0 cảnh báo\n"), "{err}");
}

#[test]
fn a_wide_table_in_portrait_says_to_turn_the_page() {
    let yaml = bao_cao_with(&appendix("Kinh phí giai đoạn 2026 - 2030", false, &budget_table(4, "      ")));
    // Said in English here (in Vietnamese above).
    let errors = vanban::i18n::with_lang(vanban::i18n::Lang::En, || {
        vanban::Pipeline::embedded()
            .render(&vanban::load::load_str("bang.yaml", &yaml).unwrap())
            .err()
            .unwrap()
    });
    let d = errors.iter().next().unwrap();
    assert_eq!(
        d.message,
        "the table does not fit the portrait page: even at 10 pt its columns need 256.2 mm, 91.2 mm more than the 165.0 mm the text is wide"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "put it in a phụ lục with `landscape: true`, give its text columns a narrower `width`, or split it into tables with fewer columns"
        )
    );
}

// ------------------------------------------- tables as offices write them ----
// Issue #14, tables: the province's Kế hoạch carries a landscape budget phụ
// lục of three levels (I → 1 → a), the total at the top.

const PROVINCE: &str = "data/ke-hoach-tinh-binh-lam-2026.yaml";

fn province_yaml() -> String {
    std::fs::read_to_string(common::root().join(PROVINCE)).unwrap()
}

/// The first page on which a run reads exactly `text`.
fn page_of(l: &Layout, text: &str) -> usize {
    (1..=l.pages.len())
        .find(|&p| l.page_texts(p).any(|r| r.text.trim() == text))
        .unwrap_or_else(|| panic!("{text}"))
}

/// The runs of the table row whose first cell reads `first` (the `nth`
/// such run on page `p`), left to right: those on its baseline (cells are
/// centred vertically, so a text cell of two lines is off it).
fn row_runs<'a>(l: &'a Layout, p: usize, first: &str, nth: usize) -> Vec<&'a TextRun> {
    // Not a footnote's mark (smaller).
    let key = l
        .page_texts(p)
        .filter(|r| r.text.trim() == first && r.size > 9.0)
        .nth(nth)
        .unwrap_or_else(|| panic!("{first}"));
    let mut runs: Vec<&TextRun> = l.page_texts(p).filter(|r| (r.y - key.y).abs() < 0.5).collect();
    runs.sort_by(|a, b| a.x.total_cmp(&b.x));
    runs
}

fn texts(runs: &[&TextRun]) -> Vec<String> {
    runs.iter().map(|r| r.text.trim().to_string()).filter(|t| !t.is_empty()).collect()
}

fn run<'a>(runs: &[&'a TextRun], text: &str) -> &'a TextRun {
    runs.iter()
        .copied()
        .find(|r| r.text.trim() == text)
        .unwrap_or_else(|| panic!("{text} in {:?}", texts(runs)))
}

#[test]
fn levels_add_up_with_the_total_on_top_bold_and_decimals_as_typed() {
    let out = common::render_str("kh.yaml", &province_yaml());
    let l = &out.layout;
    let p = page_of(l, "TỔNG CỘNG");
    let (w, h) = l.pages[p - 1];
    assert!(w > h, "the budget phụ lục is landscape");

    // The total stands first, under the index row, bold, figures included;
    // the parents are computed from their children, and bold.
    let total = row_runs(l, p, "TỔNG CỘNG", 0);
    assert_eq!(texts(&total), ["TỔNG CỘNG", "18.600,00", "11.200,00", "2.400,00", "5.000,00", "60,2"]);
    assert!(total.iter().all(|r| r.bold), "the total row is bold");
    let one = row_runs(l, p, "I", 0);
    assert_eq!(
        texts(&one),
        ["I", "12.200,00", "6.600,00", "1.400,00", "4.200,00", "54,1"],
        "a parent row: its figures are its children's sums (6.600,00 given and checked)"
    );
    assert!(one.iter().all(|r| r.bold), "a parent row is bold, figures included");
    assert!(total[0].y < one[0].y, "the total is above the first row");
    let a = row_runs(l, p, "a", 0);
    let ta = texts(&a);
    assert_eq!(ta[0], "a");
    assert_eq!(ta[ta.len() - 6..], ["2.700,50", "1.850,50", "250,00", "600,00", "68,5", "UBND xã Đá Bàn"]);
    assert!(a.iter().all(|r| !r.bold), "a leaf row is regular");
    // The middle level (1 under I) sums a, b, c.
    let first = row_runs(l, p, "1", 0);
    assert_eq!(texts(&first)[1..5], ["5.500,00", "4.000,00", "500,00", "1.000,00"]);
    assert!(first.iter().all(|r| r.bold));

    // `-` stands where a source gives nothing, right-aligned with the
    // figures of its column, and the sums skip it.
    let b = row_runs(l, p, "b", 0);
    let dash = run(&b, "-");
    let xhh = run(&a, "600,00");
    assert!((dash.right() - xhh.right()).abs() < 0.5, "`-` {} vs {}", dash.right(), xhh.right());
    let tb = texts(&b);
    assert_eq!(
        tb[tb.len() - 6..tb.len() - 3],
        ["1.600,00", "1.420,00", "180,00"],
        "Tổng số of b skips its `-`"
    );

    // STT centred whatever it holds (I, 1, a); `align: center` centres a
    // text column.
    for label in ["1", "a", "b"] {
        let r = row_runs(l, p, label, 0)[0];
        assert!((r.center() - one[0].center()).abs() < 0.5, "{label} centred under I");
    }
    let (lead_a, lead_b) = (a[a.len() - 1], b[b.len() - 1]);
    assert!((lead_a.center() - lead_b.center()).abs() < 0.5, "Đơn vị chủ trì centred");
    assert!((lead_a.x - lead_b.x).abs() > 1.0, "and not left-aligned");
}

#[test]
fn a_parent_figure_that_is_not_its_childrens_sum_is_an_allowable_error() {
    let yaml = province_yaml().replace(
        "[I, Phát triển sản phẩm du lịch cộng đồng, null, 6600.00,",
        "[I, Phát triển sản phẩm du lịch cộng đồng, null, 6500.00,",
    );
    let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
    let ctx = vanban::lint::LintContext { today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() };
    let found = vanban::lint::lint(&loaded, &ctx);
    let d = found.iter().find(|d| d.code == "table-sum").expect("table-sum");
    assert_eq!(d.severity, vanban::diagnostic::Severity::Error);
    assert_eq!(
        d.message,
        "`Ngân sách tỉnh` của `I` là tổng của 2 dòng dưới nó, 6.600,00, không phải 6.500,00 như đã ghi"
    );
    assert_eq!(d.path.as_deref(), Some("appendices[0].content[0].table.rows[0][3]"));
    let (line, col) = d.line_col().unwrap();
    let at: String = yaml.lines().nth(line - 1).unwrap().chars().skip(col - 1).take(7).collect();
    assert_eq!(at, "6500.00");

    // A copy of an original keeps its figure: acknowledged, it is a note,
    // and the page prints it as given.
    let allowed =
        yaml.replacen("\ntype: ke-hoach\n", "\ntype: ke-hoach\nallow:\n  table-sum: như bản gốc\n", 1);
    let loaded = vanban::load::load_str("kh.yaml", &allowed).unwrap();
    let found = vanban::lint::lint(&loaded, &ctx);
    let d = found.iter().find(|d| d.code == "table-sum").unwrap();
    assert_eq!(d.severity, vanban::diagnostic::Severity::Note);
    let out = common::render_loaded(loaded);
    let l = &out.layout;
    let p = page_of(l, "TỔNG CỘNG");
    assert_eq!(texts(&row_runs(l, p, "I", 0))[2], "6.500,00");
}

#[test]
fn figure_cells_hold_dashes_ranges_and_decimals_as_typed() {
    let yaml = bao_cao_with(&appendix(
        "Định mức",
        false,
        "      - table:\n          columns:\n            - {title: STT}\n            - {title: Nội dung}\n            - {title: Định mức, kind: number}\n            - {title: Số lượng, kind: number, align: center}\n          rows:\n            - [1, Xăng xe, 8.00, \"1-1,5\"]\n            - [2, Văn phòng phẩm, \"2,50\", \"-\"]\n            - [3, Khác, \"\", 4]\n          total: {}\n",
    ));
    let out = render(&yaml);
    let l = &out.layout;
    let p = page_of(l, "Xăng xe");
    assert_eq!(texts(&row_runs(l, p, "Xăng xe", 0)), ["1", "Xăng xe", "8,00", "1-1,5"]);
    assert_eq!(texts(&row_runs(l, p, "Văn phòng phẩm", 0)), ["2", "Văn phòng phẩm", "2,50", "-"]);
    // Sums skip the range and the dash, and keep the decimals typed.
    assert_eq!(texts(&row_runs(l, p, "Tổng cộng", 0)), ["Tổng cộng", "10,50", "4"]);
    // `align: center` on a figure column centres its cells.
    let (range, four) = (run(&row_runs(l, p, "Xăng xe", 0), "1-1,5"), run(&row_runs(l, p, "Khác", 0), "4"));
    assert!((range.center() - four.center()).abs() < 0.5);
    // Text that is no figure is still an error at its cell.
    let bad = yaml.replace("\"1-1,5\"", "khoảng 1");
    let e = vanban::load::load_str("bang.yaml", &bad).unwrap_err();
    let d = e.iter().next().unwrap();
    assert_eq!(
        d.message,
        "`khoảng 1` trong cột số `Số lượng` không phải số viết theo cách Việt Nam (hàng nghìn tách bằng `.` theo nhóm ba chữ số, phần thập phân sau `,`: `1.250.000`, `1,5`)"
    );
}

#[test]
fn size_per_table_unit_line_and_footnotes_on_headers_and_cells() {
    // The sample with a footnote on a header cell and one on a text cell
    // (not in the sample itself: pdftotext glues a footnote mark in a
    // table cell to its word, which the poppler check would read as
    // another word than the tests' reader).
    let yaml = province_yaml()
        .replacen(
            "{title: Xã hội hóa, kind: amount}",
            "{title: \"Xã hội hóa^[Vốn của doanh nghiệp, hợp tác xã và hộ gia đình tham gia du lịch cộng đồng.]\", kind: amount}",
            1,
        )
        .replacen(
            "\"Hỗ trợ cải tạo nhà ở, công trình vệ sinh đón khách\"",
            "\"Hỗ trợ cải tạo nhà ở, công trình vệ sinh đón khách^[Mức hỗ trợ theo {{ cite_short(\\\"nq12\\\") }}.]\"",
            1,
        );
    let out = common::render_str("kh.yaml", &yaml);
    let l = &out.layout;
    let p = page_of(l, "TỔNG CỘNG");
    // `size: 11`: the table is set at 11 pt, the text around it is not.
    let total = row_runs(l, p, "TỔNG CỘNG", 0);
    assert!(
        total.iter().all(|r| (r.size - 11.0).abs() < 0.01),
        "{:?}",
        total.iter().map(|r| r.size).collect::<Vec<_>>()
    );
    let unit = l.page_texts(p).find(|r| r.text.trim() == "Đơn vị tính: triệu đồng").unwrap();
    assert!(unit.italic);
    let (w, _) = l.pages[p - 1];
    assert!((w - 15.0 * MM - unit.right()).abs() < 1.0, "the unit line ends at the right margin");
    assert!(unit.y < total[0].y);
    // A footnote on a header cell and one on a text cell: marks in the
    // table, the notes at the foot of the page.
    let header = l.page_texts(p).find(|r| r.text.trim() == "Xã hội hóa").unwrap();
    let mark = l
        .page_texts(p)
        .find(|r| r.text.trim() == "1" && r.size < 9.0 && (r.x - header.right()).abs() < 1.0)
        .expect("the footnote mark after the header");
    assert!(mark.y < header.y, "a superscript");
    let last_row = row_runs(l, p, "III", 0)[0].y;
    for note in ["Vốn của doanh nghiệp", "Mức hỗ trợ theo Nghị quyết số 12/2025/NQ-HĐND"] {
        let line = l.lines(p).into_iter().find(|x| x.text.contains(note)).unwrap_or_else(|| panic!("{note}"));
        assert!(line.runs[0].y > last_row, "{note} at the foot of the page");
    }

    // Sizes outside what a printed table can use are an error at the field.
    let yaml = province_yaml().replace("size: 11", "size: 8");
    let e = vanban::load::load_str("kh.yaml", &yaml).unwrap_err();
    let d = e.iter().next().unwrap();
    assert_eq!(
        d.message,
        "Chữ trong bảng cỡ từ 10 đến 14 pt, không phải 8; các cơ quan dùng cỡ 12, hoặc 11 và 10 cho bảng rộng"
    );
    assert_eq!(d.path.as_deref(), Some("appendices[0].content[0].table.size"));
    // The binary says it in Vietnamese by default, in English under an English locale.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kh.yaml"), &yaml).unwrap();
    let out = common::vanban(dir.path(), &["check", "kh.yaml"]);
    let vi = String::from_utf8_lossy(&out.stderr);
    assert!(
        vi.contains("lỗi[table]: Chữ trong bảng cỡ từ 10 đến 14 pt, không phải 8; các cơ quan dùng cỡ 12"),
        "{vi}"
    );
    let out = common::vanban_env(dir.path(), &["check", "kh.yaml"], &[("LANG", "en_US.UTF-8")]);
    let en = String::from_utf8_lossy(&out.stderr);
    assert!(
        en.contains(
            "error[table]: a table's text is 10 to 14 pt, not 8; offices use 12, or 11 and 10 for wide tables"
        ),
        "{en}"
    );
}

#[test]
fn phu_luc_labels_and_attached_lines_as_written() {
    let out = common::render_str("kh.yaml", &province_yaml());
    let l = &out.layout;
    let p = page_of(l, "Mẫu biểu số 01");
    let lines = l.lines(p);
    let label = lines.iter().find(|x| x.text == "Mẫu biểu số 01").unwrap();
    assert!(label.all_bold() && (label.size() - 14.0).abs() < 0.01);
    let (w, _) = l.pages[p - 1];
    assert!((label.center() - (30.0 * MM + (w - 45.0 * MM) / 2.0)).abs() < 1.0, "centred on the text");
    assert!(!(1..=l.pages.len()).any(|q| l.lines(q).iter().any(|x| x.text.starts_with("Phụ lục"))));

    // The lint connects the body's "Mẫu biểu số 01" to the label: without
    // the mention, the phụ lục is said to be never referred to, by its label.
    let ctx = vanban::lint::LintContext { today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() };
    let unreferenced = |yaml: &str| {
        let loaded = vanban::load::load_str("kh.yaml", yaml).unwrap();
        vanban::lint::lint(&loaded, &ctx)
            .into_iter()
            .filter(|d| d.code == "appendix-not-referenced")
            .collect::<Vec<_>>()
    };
    assert!(unreferenced(&province_yaml()).is_empty());
    let found = unreferenced(
        &province_yaml().replace("(chi tiết tại Mẫu biểu số 01 kèm theo)", "(chi tiết kèm theo)"),
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Nội dung văn bản không nhắc đến Mẫu biểu số 01");
    // `Mẫu biểu số 010` is another form.
    let found = unreferenced(&province_yaml().replace("Mẫu biểu số 01 kèm theo", "Mẫu biểu số 010 kèm theo"));
    assert_eq!(found.len(), 1);

    // The `(Kèm theo …)` line as the original words it.
    let yaml = province_yaml().replace(
        "  - label: Mẫu biểu số 01\n",
        "  - label: Mẫu biểu số 01\n    attached: Kèm theo Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Bình Lâm\n",
    );
    let out = common::render_str("kh.yaml", &yaml);
    let l = &out.layout;
    let p = page_of(l, "Mẫu biểu số 01");
    let line = l.lines(p).into_iter().find(|x| x.text.starts_with("(Kèm theo")).unwrap();
    assert_eq!(line.text, "(Kèm theo Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Bình Lâm)");
    assert!(line.all_italic());
}

#[test]
fn a_number_as_issued_prints_as_printed_with_a_warning() {
    let ctx = vanban::lint::LintContext { today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() };
    for written in ["\"0204\"", "0204"] {
        let yaml = province_yaml().replacen("\nnumber: null\n", &format!("\nnumber: {written}\n"), 1);
        let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
        assert_eq!(loaded.document.number(), Some(204), "{written} is 204, read in decimal");
        let found = vanban::lint::lint(&loaded, &ctx);
        let d = found.iter().find(|d| d.code == "number-as-issued").expect("a warning");
        assert_eq!(d.severity, vanban::diagnostic::Severity::Warning);
        assert_eq!(d.message, "Số `0204` được in đúng như khi ban hành; NĐ30 ghi là `204`");
        assert_eq!(d.path.as_deref(), Some("number"));
        let out = common::render_loaded(loaded);
        let l = &out.layout;
        assert!(l.lines(1).iter().any(|x| x.text == "Số: 0204/KH-UBND"), "{written}");
        let p = page_of(l, "Mẫu biểu số 01");
        assert!(l.lines(p).iter().any(|x| x.text.starts_with("(Kèm theo Kế hoạch số 0204/KH-UBND ngày")));
    }
    // vanban's own numbers keep the NĐ30 rule, without a warning.
    let yaml = province_yaml().replacen("\nnumber: null\n", "\nnumber: 5\n", 1);
    let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
    assert!(!vanban::lint::lint(&loaded, &ctx).iter().any(|d| d.code == "number-as-issued"));
    let out = common::render_loaded(loaded);
    assert!(out.layout.lines(1).iter().any(|x| x.text == "Số: 05/KH-UBND"));
    // Anything but digits is not a số.
    let yaml = province_yaml().replacen("\nnumber: null\n", "\nnumber: \"02x\"\n", 1);
    let e = vanban::load::load_str("kh.yaml", &yaml).unwrap_err();
    let d = e.iter().next().unwrap();
    assert_eq!(
        d.message,
        "`02x` không phải số văn bản; ghi số, ví dụ 15, hoặc số đã cấp đúng như khi in, đặt trong dấu ngoặc kép, ví dụ \"0204\""
    );
    assert_eq!(d.path.as_deref(), Some("number"));
}

#[test]
fn a_wrong_parent_figure_is_said_only_where_figures_were_given() {
    // Probe of #14: a wrong parent figure also gave errors at the blank
    // cells vanban computed from it ("not … as written" where nothing was
    // written). The sample's `I` gives its Ngân sách tỉnh, 6600.00.
    let yaml = std::fs::read_to_string(common::root().join("data/ke-hoach-tinh-binh-lam-2026.yaml"))
        .unwrap()
        .replacen(
            "Phát triển sản phẩm du lịch cộng đồng, null, 6600.00,",
            "Phát triển sản phẩm du lịch cộng đồng, null, 6700.00,",
            1,
        );
    let loaded = vanban::load::load_str("kh.yaml", &yaml).unwrap();
    let found: Vec<_> = vanban::lint::lint(&loaded, &vanban::lint::LintContext::default())
        .into_iter()
        .filter(|d| d.code == "table-sum")
        .collect();
    assert_eq!(
        found[0].message,
        "`Ngân sách tỉnh` của `I` là tổng của 2 dòng dưới nó, 6.600,00, không phải 6.700,00 như đã ghi"
    );
    // The total the sample gives no longer agrees with the given `I`
    // either; nothing is said at the blank cells computed from it (`I`'s
    // Tổng số, the total's Tổng số).
    let paths: Vec<&str> = found.iter().filter_map(|d| d.path.as_deref()).collect();
    assert_eq!(
        paths,
        ["appendices[0].content[0].table.rows[0][3]", "appendices[0].content[0].table.total.values[3]"],
        "{found:#?}"
    );
}

/// A table whose labels read I / 1 / a but has no `levels:` adds parents and
/// rows alike into its total: the `table-sum` hint suggests `levels:` first,
/// since "leave it blank" would print a total too large. A table with
/// `levels:` (or flat labels) keeps the usual hint.
#[test]
fn a_sum_mismatch_in_a_table_labelled_in_levels_suggests_levels_first() {
    let yaml = province_yaml();
    assert!(yaml.contains("          levels: [I, \"1\", a]\n"));
    let flat = yaml.replacen("          levels: [I, \"1\", a]\n", "", 1);
    let loaded = vanban::load::load_str("kh.yaml", &flat).unwrap();
    let found: Vec<_> = vanban::lint::lint(&loaded, &vanban::lint::LintContext::default())
        .into_iter()
        .filter(|d| d.code == "table-sum")
        .collect();
    assert!(!found.is_empty());
    for d in &found {
        assert_eq!(
            d.hint.as_deref(),
            Some(
                "Cột đầu của bảng ghi theo cấp (I, 1, a …): thêm `levels: [I, \"1\", a]` vào bảng để vanban biết dòng nào là dòng cha và cộng đúng; đừng để trống số liệu khi chưa có `levels`, vì tổng cộng sẽ cộng cả dòng cha lẫn dòng con. Nếu bảng không chia cấp thì sửa số liệu, hoặc ghi nhận: `allow: {table-sum: \"giữ như bản gốc\"}`"
            ),
            "{d}"
        );
    }
    // With `levels:`, a wrong parent figure: the usual hint.
    let wrong = yaml.replace(
        "[I, Phát triển sản phẩm du lịch cộng đồng, null, 6600.00,",
        "[I, Phát triển sản phẩm du lịch cộng đồng, null, 6500.00,",
    );
    let loaded = vanban::load::load_str("kh.yaml", &wrong).unwrap();
    let found = vanban::lint::lint(&loaded, &vanban::lint::LintContext::default());
    let d = found.iter().find(|d| d.code == "table-sum").unwrap();
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "Sửa số liệu, để trống để vanban tự điền, hoặc, với bản sao giữ số liệu của bản gốc, ghi nhận: `allow: {table-sum: \"giữ như bản gốc\"}`"
        )
    );
    // Labels that are no level style (names of communes): the usual hint.
    let named = flat.replacen("[I, Phát triển", "[Xã Đá Bàn, Phát triển", 1);
    let loaded = vanban::load::load_str("kh.yaml", &named).unwrap();
    let found = vanban::lint::lint(&loaded, &vanban::lint::LintContext::default());
    let d = found.iter().find(|d| d.code == "table-sum").unwrap();
    assert!(d.hint.as_deref().unwrap().starts_with("Sửa số liệu, để trống"), "{d}");
}
