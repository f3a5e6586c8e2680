//! Real-length names in the header and real place names in the date line
//! (issue #12): every name breaks between words — at its natural phrase —
//! centred in its column, the two header blocks never overlap, the Quốc
//! hiệu and the date line stay on one line each; and `./.` ends the last
//! paragraph of a text without a closing sentence. All checked on the
//! laid-out pages.

mod common;

use common::{MM, Output};
use vanban::typeset::inspect::{Layout, TextRun};

/// A báo cáo with this chủ quản (`parent`, YAML), issuer name (YAML) and
/// place, numbered and dated so that the date line is as long as it gets.
fn bao_cao(parent: Option<&str>, name: &str, place: &str) -> Output {
    common::render_str("bc.yaml", &bao_cao_yaml(parent, name, place))
}

fn bao_cao_yaml(parent: Option<&str>, name: &str, place: &str) -> String {
    let parent = parent.map_or(String::new(), |p| format!("  parent: {p}\n"));
    format!(
        "type: bao-cao\nissuer:\n{parent}  name: {name}\n  abbr: UBND\nnumber: 15\nplace: {place}\n\
         date: 2025-11-28\nyear: 2025\ntitle: Kết quả thực hiện nhiệm vụ năm {{{{ year }}}}\n\
         content:\n  - Các nhiệm vụ được triển khai đúng tiến độ.\n\
         closing: Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm {{{{ year }}}}.\n\
         recipients: [Văn phòng Chính phủ]\nsigner: {{title: Giám đốc, name: Nguyễn Văn An}}\n"
    )
}

/// A line of the header as printed: runs on one baseline that touch.
#[derive(Debug, Clone)]
struct HeadLine {
    x: f64,
    right: f64,
    y: f64,
    size: f64,
    bold: bool,
    italic: bool,
    text: String,
}

impl HeadLine {
    fn center(&self) -> f64 {
        (self.x + self.right) / 2.0
    }
}

/// The lines of page 1 above the tên loại, each column's lines apart (runs
/// more than 2 pt apart on a baseline belong to different lines).
fn header_lines(l: &Layout, ten_loai: &str) -> Vec<HeadLine> {
    let mut runs: Vec<&TextRun> = l.page_texts(1).filter(|r| !r.text.trim().is_empty()).collect();
    runs.sort_by(|a, b| a.y.total_cmp(&b.y));
    // Runs on one baseline, left to right.
    let mut rows: Vec<Vec<&TextRun>> = Vec::new();
    for r in runs {
        match rows.last_mut() {
            Some(row) if (row[0].y - r.y).abs() < 0.5 => row.push(r),
            _ => rows.push(vec![r]),
        }
    }
    let mut lines: Vec<HeadLine> = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut current: Option<HeadLine> = None;
        for r in row {
            match current.as_mut() {
                // Words of one line are at most a space apart; the columns
                // are further apart than that.
                Some(h) if r.x - h.right < 0.6 * r.size => {
                    if r.x - h.right > 1.0 && !h.text.ends_with(' ') && !r.text.starts_with(' ') {
                        h.text.push(' ');
                    }
                    h.text.push_str(&r.text);
                    h.right = r.x + r.width;
                    h.size = h.size.max(r.size);
                    h.bold &= r.bold;
                    h.italic &= r.italic;
                }
                _ => {
                    lines.extend(current.take());
                    current = Some(HeadLine {
                        x: r.x,
                        right: r.x + r.width,
                        y: r.y,
                        size: r.size,
                        bold: r.bold,
                        italic: r.italic,
                        text: r.text.clone(),
                    });
                }
            }
        }
        lines.extend(current);
    }
    for h in &mut lines {
        h.text = h.text.trim().to_string();
    }
    let end = lines.iter().position(|h| h.text == ten_loai).expect("the tên loại");
    lines.truncate(end);
    lines
}

/// The header of a rendered báo cáo, taken apart and checked against NĐ30:
/// returns the chủ quản and issuer lines as printed.
fn check_header(out: &Output, parent: Option<&str>, name: &str, date: &str) -> (Vec<String>, Vec<String>) {
    let l = &out.layout;
    let (page_w, _) = l.pages[0];
    let lines = header_lines(l, "BÁO CÁO");
    let all = || {
        lines
            .iter()
            .map(|h| format!("{:7.2} {:7.2} {:7.2} {}", h.x, h.right, h.y, h.text))
            .collect::<Vec<_>>()
    };
    let find = |text: &str| {
        lines
            .iter()
            .find(|h| h.text == text)
            .unwrap_or_else(|| panic!("no line `{text}` in\n{}", all().join("\n")))
    };
    // ô 1 and ô 4, each on one line.
    let qh = find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert!(qh.bold && (12.0..=13.0).contains(&qh.size));
    let tn = find("Độc lập - Tự do - Hạnh phúc");
    let dl = find(date);
    assert!(dl.italic && (13.0..=14.0).contains(&dl.size), "date line 13–14 pt italic: {} pt", dl.size);
    let so = find("Số: 15/BC-UBND");
    assert!((dl.y - so.y).abs() < 0.5, "số and date share a baseline");
    let right = [qh, tn, dl];
    for r in right {
        assert!((r.center() - qh.center()).abs() <= 0.5, "`{}` centred under the Quốc hiệu", r.text);
        assert!(r.right <= page_w - 15.0 * MM + 0.5, "`{}` inside the right margin", r.text);
    }
    // ô 2 and ô 3: every other line, left of the right block.
    let left: Vec<&HeadLine> = lines.iter().filter(|h| !right.iter().any(|r| r.text == h.text)).collect();
    let right_x = right.iter().map(|r| r.x).fold(f64::MAX, f64::min);
    for h in &left {
        assert!(h.x >= 30.0 * MM - 0.5, "`{}` inside the left margin", h.text);
        assert!(
            h.right + 3.0 * MM <= right_x,
            "`{}` ends at {:.1}, the right block starts at {right_x:.1}: they must not touch\n{}",
            h.text,
            h.right,
            all().join("\n")
        );
        assert!((h.center() - so.center()).abs() <= 0.5, "`{}` centred in the left column", h.text);
    }
    // The rules of ô 1 and ô 2 stay in their columns too.
    for rule in l.rules.iter().filter(|r| r.page == 1 && r.y0 < so.y) {
        let inside_left = rule.x1.max(rule.x0) + 3.0 * MM <= right_x;
        let inside_right = rule.x0.min(rule.x1) >= right_x - 0.5;
        assert!(inside_left || inside_right, "a header rule across both columns: {rule:?}");
    }
    let names: Vec<&HeadLine> = left.iter().copied().filter(|h| h.text != so.text).collect();
    let parent_lines: Vec<String> = names.iter().filter(|h| !h.bold).map(|h| h.text.clone()).collect();
    let issuer_lines: Vec<String> = names.iter().filter(|h| h.bold).map(|h| h.text.clone()).collect();
    for h in &names {
        assert!(h.size == 13.0 && !h.italic, "ô 2 at 13 pt upright: {h:?}");
    }
    // Whole-word splits: the lines, joined by one space, are the name.
    let upper = |s: &str| vanban::vn::text::upper(s);
    assert_eq!(issuer_lines.join(" "), upper(name), "issuer lines {issuer_lines:?}");
    if let Some(p) = parent {
        assert_eq!(parent_lines.join(" "), upper(p), "chủ quản lines {parent_lines:?}");
    } else {
        assert!(parent_lines.is_empty());
    }
    (parent_lines, issuer_lines)
}

#[test]
fn ubnd_thanh_pho_ho_chi_minh() {
    let name = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
    let out = bao_cao(None, name, "Thành phố Hồ Chí Minh");
    let (_, issuer) = check_header(&out, None, name, "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025");
    // The date line takes 98 mm even at 13 pt: the left column keeps at
    // most 63 mm, too little for `THÀNH PHỐ HỒ CHÍ MINH` in bold with the
    // gap; the place name stays whole on a line of its own.
    assert_eq!(issuer, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ", "HỒ CHÍ MINH"]);
    // With a short place, the same name takes its natural two lines and
    // the date line its full 14 pt.
    let out = bao_cao(None, name, "Hà Nội");
    let (_, issuer) = check_header(&out, None, name, "Hà Nội, ngày 28 tháng 11 năm 2025");
    assert_eq!(issuer, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]);
    let date =
        header_lines(&out.layout, "BÁO CÁO").into_iter().find(|h| h.text.starts_with("Hà Nội")).unwrap();
    assert_eq!(date.size, 14.0);
}

#[test]
fn so_nong_nghiep_under_ubnd_tinh_lao_cai() {
    let (parent, name) = ("Ủy ban nhân dân tỉnh Lào Cai", "Sở Nông nghiệp và Môi trường");
    let out = bao_cao(Some(parent), name, "Lào Cai");
    let (p, i) = check_header(&out, Some(parent), name, "Lào Cai, ngày 28 tháng 11 năm 2025");
    assert_eq!(p, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]);
    assert_eq!(i, ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]);
}

#[test]
fn trung_tam_phuc_vu_hanh_chinh_cong_in_thua_thien_hue() {
    let (parent, name) = ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Trung tâm Phục vụ hành chính công");
    let out = bao_cao(Some(parent), name, "Thừa Thiên Huế");
    let (_, i) = check_header(&out, Some(parent), name, "Thừa Thiên Huế, ngày 28 tháng 11 năm 2025");
    assert_eq!(i, ["TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"]);
}

#[test]
fn van_phong_hdnd_va_ubnd_in_ba_ria_vung_tau() {
    let (parent, name) = ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Văn phòng HĐND và UBND");
    let out = bao_cao(Some(parent), name, "Bà Rịa - Vũng Tàu");
    let (p, i) = check_header(&out, Some(parent), name, "Bà Rịa - Vũng Tàu, ngày 28 tháng 11 năm 2025");
    assert!(p.iter().any(|l| l.contains("BÀ RỊA - VŨNG TÀU")), "{p:?}");
    assert!(i.iter().any(|l| l.contains("HĐND VÀ UBND")), "{i:?}");
}

#[test]
fn the_users_lines_for_the_chu_quan_are_kept() {
    let out = bao_cao(Some("[UBND, tỉnh Lào Cai]"), "Sở Y tế", "Lào Cai");
    let (p, i) =
        check_header(&out, Some("UBND tỉnh Lào Cai"), "Sở Y tế", "Lào Cai, ngày 28 tháng 11 năm 2025");
    assert_eq!(p, ["UBND", "TỈNH LÀO CAI"]);
    assert_eq!(i, ["SỞ Y TẾ"]);
    // Written as one text, the same chủ quản fits on one line.
    let out = bao_cao(Some("UBND tỉnh Lào Cai"), "Sở Y tế", "Lào Cai");
    let (p, _) =
        check_header(&out, Some("UBND tỉnh Lào Cai"), "Sở Y tế", "Lào Cai, ngày 28 tháng 11 năm 2025");
    assert_eq!(p, ["UBND TỈNH LÀO CAI"]);
}

#[test]
fn a_short_name_keeps_the_decrees_columns() {
    // 40 % / 60 % of the text area: the Quốc hiệu centred at 30 + 0.4 × 165
    // + 0.3 × 165 mm from the page's left edge, as in every sample.
    let out = bao_cao(None, "[Ủy ban nhân dân, xã Ngọc Liên]", "Ngọc Liên");
    check_header(&out, None, "Ủy ban nhân dân xã Ngọc Liên", "Ngọc Liên, ngày 28 tháng 11 năm 2025");
    let lines = header_lines(&out.layout, "BÁO CÁO");
    let qh = lines.iter().find(|h| h.text.starts_with("CỘNG HÒA")).unwrap();
    assert!((qh.center() - (30.0 + 0.7 * 165.0) * MM).abs() < 0.5, "{}", qh.center() / MM);
    let name = lines.iter().find(|h| h.text == "ỦY BAN NHÂN DÂN").unwrap();
    assert!((name.center() - (30.0 + 0.2 * 165.0) * MM).abs() < 0.5, "{}", name.center() / MM);
}

/// The YAML without its `closing:` paragraph.
fn without_closing(yaml: &str) -> String {
    let mut out = String::new();
    let (mut skipping, mut removed) = (false, false);
    for line in yaml.lines() {
        if line.starts_with("closing:") {
            (skipping, removed) = (true, true);
            continue;
        }
        if skipping && (line.starts_with(' ') || line.trim().is_empty()) {
            continue;
        }
        skipping = false;
        out.push_str(line);
        out.push('\n');
    }
    assert!(removed, "no closing to remove");
    out
}

/// The lines holding `./.`, over every page.
fn end_mark_lines(l: &Layout) -> Vec<String> {
    (1..=l.pages.len())
        .flat_map(|p| l.lines(p))
        .map(|x| x.text.trim().to_string())
        .filter(|t| t.contains("./."))
        .collect()
}

#[test]
fn end_mark_ends_the_last_paragraph_of_a_bao_cao_without_closing() {
    let yaml = without_closing(&bao_cao_yaml(None, "Sở Y tế", "Lào Cai"));
    let out = common::render_str("bc.yaml", &yaml);
    let marks = end_mark_lines(&out.layout);
    assert_eq!(marks, ["Các nhiệm vụ được triển khai đúng tiến độ./."]);
}

#[test]
fn end_mark_ends_the_text_of_every_type_without_closing() {
    // Each sample's text without its closing sentence: the mark ends the
    // last words of what is left, never stands alone.
    let samples = [
        ("bao-cao-ngoc-lien-2026.yaml", ""),
        ("cong-van-ngoc-lien-2026.yaml", ""),
        ("thong-bao-ngoc-lien-2026.yaml", ""),
        ("to-trinh-ngoc-lien-2027.yaml", ""),
        ("giay-moi-ngoc-lien-2026.yaml", ""),
        ("chi-thi-ngoc-lien-2026.yaml", ""),
        ("ngoc-lien-2026.yaml", ""),
    ];
    for (file, expected) in samples {
        let yaml = std::fs::read_to_string(common::root().join("data").join(file)).unwrap();
        let out = common::render_str(&format!("data/{file}"), &without_closing(&yaml));
        let marks = end_mark_lines(&out.layout);
        assert_eq!(marks.len(), 1, "{file}: {marks:?}");
        assert!(marks[0].ends_with("./.") && marks[0].len() > "./.".len() + 3, "{file}: {marks:?}");
        assert!(!marks[0].contains(" ./."), "{file}: {marks:?}");
        if !expected.is_empty() {
            assert!(marks[0].ends_with(expected), "{file}: {marks:?}");
        }
    }
}

#[test]
fn a_long_management_board_breaks_between_phrases_only() {
    // Probe, round two: the six cheapest options were all too wide, and the
    // layout broke `DÂN / DỤNG` itself. The narrowest option is kept too.
    let (parent, name) = (
        "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
    );
    let out = bao_cao(Some(parent), name, "Bà Rịa - Vũng Tàu");
    let (_, issuer) = check_header(&out, Some(parent), name, "Bà Rịa - Vũng Tàu, ngày 28 tháng 11 năm 2025");
    assert_eq!(issuer, ["BAN QUẢN LÝ DỰ ÁN", "ĐẦU TƯ XÂY DỰNG CÁC", "CÔNG TRÌNH DÂN DỤNG", "VÀ CÔNG NGHIỆP"]);
    // `phòng, chống` is one phrase.
    let name = "Cục Quản lý xây dựng công trình và phòng, chống thiên tai";
    let out = bao_cao(Some(parent), name, "Bà Rịa - Vũng Tàu");
    let (_, issuer) = check_header(&out, Some(parent), name, "Bà Rịa - Vũng Tàu, ngày 28 tháng 11 năm 2025");
    assert!(issuer.iter().all(|l| !l.ends_with("PHÒNG,") && !l.starts_with("CHỐNG")), "{issuer:?}");
}

#[test]
fn a_place_too_long_for_one_date_line_wraps_the_date_not_the_names() {
    // Probe, round three: with this place the date line takes the whole
    // right column even at 13 pt, and the names were squeezed into 41 mm,
    // broken inside `PHAN RANG - THÁP CHÀM` with lines touching.
    let (parent, name) =
        ("Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm", "Trung tâm Phục vụ hành chính công");
    let out = bao_cao(Some(parent), name, "Thành phố Phan Rang - Tháp Chàm");
    let lines = header_lines(&out.layout, "BÁO CÁO");
    let texts: Vec<&str> = lines.iter().map(|h| h.text.as_str()).collect();
    // The names in their phrases: the place whole on a line of its own.
    let left: Vec<&str> = lines
        .iter()
        .filter(|h| {
            h.size == 13.0 && !h.italic && !h.text.starts_with("CỘNG HÒA") && !h.text.starts_with("Số:")
        })
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(
        left,
        // The issuer fitted to the column the place name makes (probe 9:
        // it was fitted to a narrower one and took a line more).
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ", "PHAN RANG - THÁP CHÀM", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"],
        "{texts:?}"
    );
    // The Quốc hiệu on one line; the date line wrapped in its column, both
    // of its lines right of every line of the left column.
    let qh =
        lines.iter().find(|h| h.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").expect("Quốc hiệu on one line");
    let date: Vec<_> = lines.iter().filter(|h| h.italic).collect();
    assert_eq!(date.len(), 2, "the date line in two lines: {texts:?}");
    // Wrapped after the place, the day, month and year together (probe 8
    // saw `năm` end a line and the year alone under it).
    assert_eq!(
        [date[0].text.as_str(), date[1].text.as_str()],
        ["Thành phố Phan Rang - Tháp Chàm,", "ngày 28 tháng 11 năm 2025"]
    );
    let right_x = date.iter().map(|h| h.x).fold(qh.x, f64::min);
    for h in lines.iter().filter(|h| !h.italic && h.x < qh.x - 1.0) {
        assert!(h.right + 3.0 * MM <= right_x, "`{}` runs into the right column: {texts:?}", h.text);
    }
}

#[test]
fn a_name_given_as_two_long_lines_breaks_inside_both() {
    // Probe 8: the city above a long management board, both as the user's
    // lines. Three added breaks were not enough for both lines, and the
    // layout broke `ĐẦU / TƯ`, `CÔNG / TRÌNH`, `CÔNG / NGHIỆP` itself, lines
    // touching.
    let lines = [
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
    ];
    let out = bao_cao(None, &format!("[{}]", lines.join(", ")), "Thành phố Hồ Chí Minh");
    let (_, issuer) =
        check_header(&out, None, &lines.join(" "), "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025");
    assert_eq!(
        issuer,
        [
            "ỦY BAN NHÂN DÂN",
            "THÀNH PHỐ",
            "HỒ CHÍ MINH",
            "BAN QUẢN LÝ DỰ ÁN",
            "ĐẦU TƯ XÂY DỰNG CÁC",
            "CÔNG TRÌNH DÂN DỤNG",
            "VÀ CÔNG NGHIỆP"
        ]
    );
}

#[test]
fn a_name_too_wide_at_13_pt_drops_to_12_with_the_quoc_hieu() {
    // One piece of the name (a 20-letter word) is wider than the left
    // column can be beside the Quốc hiệu at 13 pt: ô 1 and ô 2 take their
    // smaller NĐ30 sizes (12–13 pt) together, and the word stays whole on
    // its line.
    let out = bao_cao(None, "Tổng công ty KHOANGSANVIETNAMVNAB", "Hà Nội");
    let lines = header_lines(&out.layout, "BÁO CÁO");
    let texts: Vec<String> = lines.iter().map(|h| format!("{} {}", h.size, h.text)).collect();
    let qh = lines.iter().find(|h| h.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").expect("Quốc hiệu");
    assert_eq!(qh.size, 12.0, "{texts:#?}");
    let word =
        lines.iter().find(|h| h.text == "KHOANGSANVIETNAMVNAB").expect("the word on a line of its own");
    assert!(word.bold && word.size == 12.0, "{texts:#?}");
    let name = lines.iter().find(|h| h.text == "TỔNG CÔNG TY").expect("the name's first line");
    assert_eq!(name.size, 12.0, "{texts:#?}");
    assert!(word.right + 3.0 * MM <= qh.x, "{texts:#?}");
    // The Tiêu ngữ and the date line keep their sizes.
    assert_eq!(lines.iter().find(|h| h.text == "Độc lập - Tự do - Hạnh phúc").unwrap().size, 14.0);
    assert_eq!(lines.iter().find(|h| h.text.starts_with("Hà Nội, ngày")).unwrap().size, 14.0);
    // A shorter word keeps 13 pt.
    let out = bao_cao(None, "Tổng công ty KHOANGSANVN", "Hà Nội");
    let lines = header_lines(&out.layout, "BÁO CÁO");
    let qh = lines.iter().find(|h| h.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").expect("Quốc hiệu");
    assert_eq!(qh.size, 13.0);
}

#[test]
fn compound_words_of_a_long_name_stay_on_one_line() {
    // Probe, round three: `CHẤT / LƯỢNG` and `ĐỒNG / BẰNG` were split.
    let parent = "Bộ Nông nghiệp và Môi trường";
    for name in [
        "Cục Quản lý chất lượng nông lâm sản và thủy sản",
        "Ban Quản lý dự án phát triển nông nghiệp vùng Đồng bằng sông Cửu Long",
    ] {
        let out = bao_cao(Some(parent), name, "Cần Thơ");
        let (_, issuer) = check_header(&out, Some(parent), name, "Cần Thơ, ngày 28 tháng 11 năm 2025");
        for (end, start) in [("CHẤT", "LƯỢNG"), ("ĐỒNG", "BẰNG"), ("NÔNG", "LÂM"), ("SÔNG", "CỬU")]
        {
            assert!(
                !issuer.windows(2).any(|w| w[0].ends_with(end) && w[1].starts_with(start)),
                "`{end} / {start}` split: {issuer:?}"
            );
        }
    }
}
