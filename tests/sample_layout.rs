//! The Ngọc Liên sample against the machine-checkable NĐ30 rules of
//! `shared/spec/nd30-layout.md` §5 that apply to a Kế hoạch (R1–R23,
//! R32–R33), checked on the laid-out frames (positions, sizes, styles) and on
//! the PDF itself (read in Rust by `common::pdf`). The numbers here are the spec's ranges, not the
//! layout library's choices.

mod common;

use std::sync::OnceLock;

use common::{MM, Output, pdf};
use vanban::typeset::inspect::{Layout, Line};

/// Page 1 with số and ngày filled in, so R9/R10 can be checked on them.
fn numbered() -> &'static Output {
    static OUT: OnceLock<Output> = OnceLock::new();
    OUT.get_or_init(|| {
        common::render_sample_with(|y| {
            y.replace("number: null", "number: 15").replace("date: null", "date: 2026-04-20")
        })
    })
}

/// The sample as it is (số and ngày blank).
fn sample() -> &'static Output {
    static OUT: OnceLock<Output> = OnceLock::new();
    OUT.get_or_init(|| common::render_str("ngoc-lien-2026.yaml", &common::sample_text()))
}

const PAGE_W: f64 = 595.28;
const PAGE_H: f64 = 841.89;
/// The text area found on the pages: left and right edges of body text.
fn text_left(l: &Layout) -> f64 {
    body_lines(l).iter().map(|x| x.x).fold(f64::MAX, f64::min)
}
fn text_right(l: &Layout) -> f64 {
    body_lines(l).iter().map(|x| x.right()).fold(0.0, f64::max)
}
fn text_center(l: &Layout) -> f64 {
    (text_left(l) + text_right(l)) / 2.0
}

fn line<'a>(lines: &'a [Line], text: &str) -> &'a Line {
    lines.iter().find(|l| l.text.trim() == text).unwrap_or_else(|| {
        panic!(
            "no line `{text}` among:\n{}",
            lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn is_upper(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// Every line of running content: from the first căn cứ on page 1 to the
/// line ending in `./.`, without page numbers.
fn body_lines(l: &Layout) -> Vec<Line> {
    let mut out = Vec::new();
    let mut started = false;
    for p in 1..=l.pages.len() {
        for line in l.lines(p) {
            if p > 1 && line.y < 20.0 * MM {
                continue; // page number
            }
            if !started && line.text.starts_with("Căn cứ") {
                started = true;
            }
            if started {
                let end = line.text.trim_end().ends_with("./.");
                out.push(line);
                if end {
                    return out;
                }
            }
        }
    }
    panic!("no line ends with ./.");
}

/// Lines of page 1 above the căn cứ: the header and the title.
fn head_lines(l: &Layout) -> Vec<Line> {
    l.lines(1).into_iter().take_while(|x| !x.text.starts_with("Căn cứ")).collect()
}

/// Lines after the content: nơi nhận and the signer.
fn foot_lines(l: &Layout) -> Vec<Line> {
    let last = l.pages.len();
    let lines = l.lines(last);
    let end = lines.iter().position(|x| x.text.trim_end().ends_with("./.")).expect("./. on the last page");
    lines[end + 1..].to_vec()
}

#[test]
fn r1_r32_a4_pages_and_pdf_version() {
    let out = sample();
    for (w, h) in &out.layout.pages {
        assert!((w - PAGE_W).abs() < 1.0 && (h - PAGE_H).abs() < 1.0, "page {w}×{h} is not A4");
    }
    // The page size as written in the PDF, not only as laid out.
    for (w, h) in pdf::page_sizes(&out.pdf) {
        assert!((w - 595.276).abs() < 0.01 && (h - 841.89).abs() < 0.01, "MediaBox {w} x {h} is not A4");
    }
    let version: f64 = pdf::version(&out.pdf).parse().unwrap();
    assert!(version >= 1.4, "PDF version {version}");
}

#[test]
fn r2_text_stays_inside_the_margins() {
    let l = &sample().layout;
    let (left, right) = (text_left(l), text_right(l));
    assert!((30.0 * MM - 0.1..=35.0 * MM).contains(&left), "left margin {} mm", left / MM);
    assert!(
        (PAGE_W - 20.0 * MM..=PAGE_W - 15.0 * MM + 0.1).contains(&right),
        "right margin {} mm",
        (PAGE_W - right) / MM
    );
    for t in &l.texts {
        let page_number = t.page > 1 && t.y < 20.0 * MM;
        if page_number {
            continue;
        }
        assert!(
            t.x >= left - 0.1 && t.right() <= right + 0.1,
            "`{}` on page {} leaves the text area",
            t.text,
            t.page
        );
        // A line's box starts at its font's ascender.
        assert!(t.y - t.ascender >= 20.0 * MM - 0.1, "`{}` is in the top margin", t.text);
        assert!(t.y + 0.25 * t.size <= PAGE_H - 20.0 * MM + 0.1, "`{}` is in the bottom margin", t.text);
    }
}

#[test]
fn r3_fonts_are_embedded_with_unicode_maps_and_text_is_black() {
    let out = sample();
    let fonts = pdf::fonts(&out.pdf);
    assert_eq!(fonts.len(), 4, "{fonts:?}");
    for f in &fonts {
        // Times New Roman's metric twin, embedded as a subset with ToUnicode.
        assert!(f.name.contains("LiberationSerif"), "{f:?}");
        assert!(f.embedded && f.subset && f.unicode, "emb/sub/uni: {f:?}");
    }
    assert!(out.layout.texts.iter().all(|t| t.black), "all text is black");
    assert!(out.layout.texts.iter().all(|t| t.family == "Liberation Serif"));
}

#[test]
fn r4_r5_r6_quoc_hieu_tieu_ngu_and_rule() {
    let l = &sample().layout;
    let head = head_lines(l);
    let qh = line(&head, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert!(qh.all_bold() && (12.0..=13.0).contains(&qh.size()));
    assert!(qh.x > text_left(l) + 40.0 * MM, "right-hand block");
    let top_right = head.iter().filter(|x| x.x > PAGE_W / 2.0 - 20.0).map(|x| x.y).fold(f64::MAX, f64::min);
    assert_eq!(qh.y, top_right, "Quốc hiệu is the top line of the right block");

    let tn = line(&head, "Độc lập - Tự do - Hạnh phúc");
    assert!(tn.all_bold() && (13.0..=14.0).contains(&tn.size()));
    assert!((tn.center() - qh.center()).abs() <= 1.0 * MM, "Tiêu ngữ centred under Quốc hiệu");

    let rule = l
        .rules
        .iter()
        .find(|r| r.page == 1 && r.y0 > tn.y && r.y0 < tn.y + 10.0 && r.center() > text_center(l))
        .expect("rule under Tiêu ngữ");
    assert!((rule.y0 - rule.y1).abs() < 0.01, "horizontal");
    assert!((rule.length() / tn.width - 1.0).abs() <= 0.05, "rule {} vs text {}", rule.length(), tn.width);
    assert!((rule.center() - tn.center()).abs() <= 1.0 * MM);
}

#[test]
fn r7_r8_r33_ten_co_quan_and_its_rule() {
    let l = &sample().layout;
    let head = head_lines(l);
    let names = [line(&head, "ỦY BAN NHÂN DÂN"), line(&head, "XÃ NGỌC LIÊN")];
    for n in names {
        assert!(n.all_bold() && (12.0..=13.0).contains(&n.size()) && is_upper(&n.text));
        assert!(n.center() < text_center(l), "left block");
    }
    assert!((names[0].center() - names[1].center()).abs() < 0.5, "lines centred on one axis");
    let widest = names.iter().map(|n| n.width).fold(0.0, f64::max);
    let below = names[1].y;
    let rule =
        l.rules.iter().find(|r| r.page == 1 && r.center() < text_center(l) && r.y0 > below).expect("rule");
    let ratio = rule.length() / widest;
    assert!((1.0 / 3.0..=0.5).contains(&ratio), "rule is {ratio:.2} of the name");
    assert!((rule.center() - names[0].center()).abs() <= 1.0 * MM);
}

#[test]
fn r9_r10_so_and_date_lines() {
    let l = &numbered().layout;
    let head = head_lines(l);
    let so = line(&head, "Số: 15/KH-UBND");
    let so_re = regex_lite::Regex::new(r"^Số: (0[1-9]|[1-9][0-9]+)/[^\s/]+(-[^\s/-]+)+$").unwrap();
    assert!(so_re.is_match(so.text.trim()));
    assert!(so.runs.iter().all(|r| r.size == 13.0 && !r.italic && !r.bold));
    let date = line(&head, "Ngọc Liên, ngày 20 tháng 4 năm 2026");
    let date_re = regex_lite::Regex::new(
        r"^[^,]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (01|02|[3-9]|1[0-2]) năm [0-9]{4}$",
    )
    .unwrap();
    assert!(date_re.is_match(date.text.trim()));
    assert!(date.all_italic() && (13.0..=14.0).contains(&date.size()));
    assert!((date.y - so.y).abs() < 0.5, "số and date share a baseline");
    let tn = line(&head, "Độc lập - Tự do - Hạnh phúc");
    assert!((date.center() - tn.center()).abs() <= 1.0 * MM, "date centred under the Tiêu ngữ");
    assert!(
        (so.center() - line(&head, "ỦY BAN NHÂN DÂN").center()).abs() <= 1.0 * MM,
        "số centred under the body"
    );
}

#[test]
fn blank_so_and_date_leave_room_for_the_van_thu() {
    let l = &sample().layout;
    let head = head_lines(l);
    let so = head.iter().find(|x| x.text.starts_with("Số:")).unwrap();
    let date = head.iter().find(|x| x.text.starts_with("Ngọc Liên, ngày")).unwrap();
    // `Số:`, a blank of no-break spaces, `/KH-UBND`: at least as wide as
    // the line with a two-digit number.
    assert_eq!(so.text, format!("Số:{}/KH-UBND", "\u{a0}".repeat(8)));
    let numbered = head_lines(&numbered().layout).into_iter().find(|x| x.text.starts_with("Số:")).unwrap();
    assert!(so.width >= numbered.width, "blank {} < numbered {}", so.width, numbered.width);
    let words: Vec<&str> = date.text.split_whitespace().collect();
    assert_eq!(words, ["Ngọc", "Liên,", "ngày", "tháng", "năm", "2026"]);
    assert!(date.width > 60.0 * MM, "blanks for day and month");
}

#[test]
fn r11_ten_loai_trich_yeu_and_rule() {
    let l = &sample().layout;
    let head = head_lines(l);
    let tl = line(&head, "KẾ HOẠCH");
    assert!(tl.all_bold() && (13.0..=14.0).contains(&tl.size()) && is_upper(&tl.text));
    assert!((tl.center() - text_center(l)).abs() <= 1.0 * MM, "centred on the text area");
    let ty: Vec<&Line> = head.iter().filter(|x| x.y > tl.y).collect();
    assert!(ty.len() >= 2, "trích yếu lines");
    for t in &ty {
        assert!(t.all_bold() && (13.0..=14.0).contains(&t.size()) && !is_upper(&t.text));
        assert!((t.center() - text_center(l)).abs() <= 1.0 * MM, "`{}` centred", t.text);
    }
    let last = ty.last().unwrap();
    let widest = ty.iter().map(|t| t.width).fold(0.0, f64::max);
    let rule = l.rules.iter().find(|r| r.page == 1 && r.y0 > last.y).expect("rule under trích yếu");
    let ratio = rule.length() / widest;
    assert!((1.0 / 3.0..=0.5).contains(&ratio), "rule is {ratio:.2} of the trích yếu");
    assert!((rule.center() - text_center(l)).abs() <= 1.0 * MM);
}

#[test]
fn r12_page_numbers_from_page_two_centred_in_the_top_margin() {
    let l = &sample().layout;
    assert!(l.pages.len() >= 5);
    assert!(l.lines(1).iter().all(|x| x.y > 20.0 * MM), "page 1 has no number");
    for p in 2..=l.pages.len() {
        let first = &l.lines(p)[0];
        assert_eq!(first.text, p.to_string());
        assert!((13.0..=14.0).contains(&first.size()) && !first.all_bold() && !first.all_italic());
        assert!(first.y < 20.0 * MM, "inside the top margin");
        assert!((first.center() - text_center(l)).abs() <= 2.0 * MM, "centred on the text area");
    }
}

/// Body lines with their role: a paragraph start (indented) or a continuation.
fn classify(l: &Layout) -> Vec<(Line, bool)> {
    let left = text_left(l);
    body_lines(l)
        .into_iter()
        .map(|x| {
            let indent = x.x - left;
            let start = (indent - 10.0 * MM).abs() <= 0.3 * MM;
            assert!(start || indent.abs() < 0.5, "`{}` starts {:.2} mm from the margin", x.text, indent / MM);
            (x, start)
        })
        .collect()
}

#[test]
fn r13_r14_paragraphs_are_justified_indented_and_spaced() {
    let l = &sample().layout;
    let lines = classify(l);
    let right = text_right(l);
    let mut pitches = Vec::new();
    for pair in lines.windows(2) {
        let ((a, _), (b, b_start)) = (&pair[0], &pair[1]);
        assert_eq!(a.size(), 14.0, "one body size: `{}`", a.text);
        if a.page != b.page {
            continue;
        }
        let pitch = b.y - a.y;
        if *b_start {
            // A new paragraph: at least 6 pt more than the line pitch.
            pitches.push((pitch, true));
        } else {
            assert!((a.right() - right).abs() < 0.5, "`{}` is not justified", a.text);
            pitches.push((pitch, false));
        }
        assert!(!a.runs.iter().any(|r| r.italic && r.bold) || a.all_bold(), "mixed style in `{}`", a.text);
    }
    let line_pitch = pitches.iter().filter(|p| !p.1).map(|p| p.0).fold(f64::MAX, f64::min);
    assert!((1.15 * 14.0..=1.73 * 14.0).contains(&line_pitch), "line pitch {line_pitch} pt");
    for (pitch, new_par) in pitches {
        if new_par {
            assert!(pitch - line_pitch >= 6.0 - 0.01, "paragraph gap {} pt", pitch - line_pitch);
        } else {
            assert!((pitch - line_pitch).abs() < 0.5, "uneven line pitch {pitch}");
        }
    }
    for (x, _) in &lines {
        assert!(x.runs.iter().all(|r| r.size == 14.0));
    }
    // Body text is upright: only căn cứ (R15), the bold tiểu dự án headings
    // and what the data itself marks `*italic*` are italic.
    let sample = common::sample_text();
    // `*…*` on one line (a YAML alias `*name` stands alone).
    let emphasis = regex_lite::Regex::new(r"\*([^*\s][^*\n]*[^*\s])\*").unwrap();
    let marked: Vec<&str> = emphasis.captures_iter(&sample).map(|c| c.get(1).unwrap().as_str()).collect();
    assert_eq!(marked, ["sau đây gọi tắt là Chương trình"]);
    for (text, lines) in paragraphs(l) {
        if text.starts_with("Căn cứ") || lines.iter().all(Line::all_bold) {
            continue;
        }
        for r in lines.iter().flat_map(|x| &x.runs).filter(|r| r.italic) {
            assert!(
                marked.iter().any(|m| m.contains(r.text.trim())),
                "`{}` is not upright in `{text}`",
                r.text
            );
        }
    }
}

/// Paragraph texts of the body, assembled from their lines.
fn paragraphs(l: &Layout) -> Vec<(String, Vec<Line>)> {
    let mut out: Vec<(String, Vec<Line>)> = Vec::new();
    for (x, start) in classify(l) {
        if start || out.is_empty() {
            out.push((x.text.clone(), vec![x]));
        } else {
            let last = out.last_mut().unwrap();
            last.0.push(' ');
            last.0.push_str(&x.text);
            last.1.push(x);
        }
    }
    out
}

#[test]
fn r15_can_cu_are_italic_and_punctuated() {
    let l = &sample().layout;
    let cc: Vec<(String, Vec<Line>)> =
        paragraphs(l).into_iter().filter(|p| p.0.starts_with("Căn cứ")).collect();
    assert_eq!(cc.len(), 7);
    for (i, (text, lines)) in cc.iter().enumerate() {
        assert!(lines.iter().all(Line::all_italic), "căn cứ {i} is italic");
        let end = if i + 1 == cc.len() { '.' } else { ';' };
        assert!(text.trim_end().ends_with(end), "căn cứ {i} ends with {end}: {text}");
    }
}

#[test]
fn r17_r18_muc_headings_and_diem_sequence() {
    let l = &sample().layout;
    let pars = paragraphs(l);
    let muc: Vec<&String> = pars
        .iter()
        .map(|p| &p.0)
        .filter(|t| {
            t.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| "IVXLC".contains(c)))
        })
        .collect();
    assert_eq!(
        muc.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. MỤC TIÊU",
            "III. NỘI DUNG THỰC HIỆN",
            "IV. NHIỆM VỤ, GIẢI PHÁP",
            "V. TỔ CHỨC THỰC HIỆN"
        ]
    );
    for (text, lines) in &pars {
        if muc.contains(&text) {
            assert!(lines.iter().all(Line::all_bold), "{text} is bold");
        }
    }
    // Khoản `1. …` are upright (bold when titled, as layout B asks).
    let khoan = |t: &str| {
        t.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut seen = 0;
    for (text, lines) in pars.iter().filter(|p| khoan(&p.0)) {
        assert!(lines.iter().all(|x| x.runs.iter().all(|r| !r.italic)), "khoản upright: {text}");
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} khoản found");
    // Điểm a) b) c) in order within each dự án, upright.
    let mut expected = 'a';
    for (text, lines) in &pars {
        let label = text.chars().next().filter(|_| text.chars().nth(1) == Some(')'));
        match label {
            Some(c) => {
                assert_eq!(c, expected, "điểm order at `{text}`");
                assert!(!lines[0].runs[0].italic && !lines[0].runs[0].bold, "điểm upright: {text}");
                expected = (c as u8 + 1) as char;
            }
            None if lines[0].all_bold() => expected = 'a',
            None => {}
        }
    }
}

#[test]
fn r19_r20_r21_signer_and_noi_nhan() {
    let l = &sample().layout;
    let foot = foot_lines(l);
    let label = line(&foot, "Nơi nhận:");
    assert!(label.all_bold() && label.all_italic() && label.size() == 12.0);
    assert!((label.x - text_left(l)).abs() < 0.5, "flush left");
    let kt = line(&foot, "KT. CHỦ TỊCH");
    let title = line(&foot, "PHÓ CHỦ TỊCH");
    let name = line(&foot, "Phạm Xuân Khánh");
    for x in [kt, title] {
        assert!(x.all_bold() && is_upper(&x.text) && (13.0..=14.0).contains(&x.size()));
    }
    assert!(name.all_bold() && !is_upper(&name.text) && (13.0..=14.0).contains(&name.size()));
    assert!(kt.center() > text_center(l), "right block");
    for x in [title, name] {
        assert!((x.center() - kt.center()).abs() <= 1.0 * MM, "`{}` on the block's axis", x.text);
    }
    assert!(kt.y < title.y && title.y < name.y);
    assert!(name.y - title.y > 20.0 * MM, "room for signature and seal");
    // Tops level within 2 mm.
    let top = |x: &Line| x.y - x.runs[0].ascender;
    assert!((top(label) - top(kt)).abs() <= 2.0 * MM);
    assert!(vanban::vn::text::title_prefix(&name.text).is_none(), "R20");

    // Items: 11 pt, upright, `- ` … `;`, the last `- Lưu: VT.`.
    let items: Vec<&Line> = foot.iter().filter(|x| x.x < text_center(l) && x.text != "Nơi nhận:").collect();
    let mut joined: Vec<String> = Vec::new();
    for x in &items {
        assert!(x.runs.iter().all(|r| r.size == 11.0 && !r.bold && !r.italic), "`{}`", x.text);
        if x.text.starts_with("- ") {
            joined.push(x.text.clone());
        } else {
            let last = joined.last_mut().unwrap();
            last.push(' ');
            last.push_str(&x.text);
        }
    }
    let (last, rest) = joined.split_last().unwrap();
    assert!(rest.iter().all(|i| i.ends_with(';')), "{rest:?}");
    let luu = regex_lite::Regex::new(r"^- Lưu: VT(, .+)?\.$").unwrap();
    assert!(luu.is_match(last), "{last}");
    assert_eq!(joined.len(), 7);
}

#[test]
fn r23_content_ends_with_the_end_mark() {
    let l = &sample().layout;
    assert!(body_lines(l).last().unwrap().text.trim_end().ends_with("theo quy định./."));
}
