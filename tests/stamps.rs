//! The stamps of NĐ30 Phụ lục I, ô 10a (độ mật), 10b (mức độ khẩn) and 11
//! (phạm vi lưu hành), checked on the laid-out pages: their words, sizes,
//! frames, ink and places, on every type.

mod common;

use common::MM;
use vanban::typeset::inspect::{BoxFrame, Layout, TextRun};

const TOP_MARGIN: f64 = 20.0 * MM;

fn with_stamps(file: &str, stamps: &str) -> common::Output {
    let yaml = std::fs::read_to_string(common::root().join("data").join(file)).unwrap();
    // A sample's own stamps (the công điện is hỏa tốc) give way to these.
    let yaml: String = yaml
        .lines()
        .filter(|l| !["secrecy:", "urgency:", "circulation:"].iter().any(|k| l.starts_with(k)))
        .map(|l| format!("{l}\n"))
        .collect();
    let line = yaml.lines().find(|l| l.starts_with("type: ")).unwrap().to_string();
    common::render_str(&format!("data/{file}"), &yaml.replacen(&line, &format!("{line}\n{stamps}"), 1))
}

fn run<'a>(l: &'a Layout, words: &str) -> &'a TextRun {
    l.page_texts(1)
        .find(|t| t.text.trim() == words)
        .unwrap_or_else(|| panic!("no `{words}` on page 1:\n{}", l.text()))
}

/// The frames around a run, outermost first.
fn frames_around<'a>(l: &'a Layout, t: &TextRun) -> Vec<&'a BoxFrame> {
    let mut f: Vec<&BoxFrame> = l
        .frames
        .iter()
        .filter(|f| {
            f.page == 1 && f.x <= t.x && f.x + f.width >= t.right() && f.y <= t.y && f.y + f.height >= t.y
        })
        .collect();
    f.sort_by(|a, b| b.width.total_cmp(&a.width));
    f
}

fn so_line(l: &Layout) -> vanban::typeset::inspect::Line {
    l.lines(1).into_iter().find(|x| x.text.starts_with("Số:")).unwrap()
}

#[test]
fn khan_and_mat_stamps_have_their_sizes_red_frames_and_place_under_the_so() {
    for (secrecy, mat, mat_w, urgency, khan, khan_w) in [
        ("tuyet-mat", "TUYỆT MẬT", 40.0, "thuong-khan", "THƯỢNG KHẨN", 40.0),
        ("toi-mat", "TỐI MẬT", 30.0, "hoa-toc", "HỎA TỐC", 30.0),
        ("mat", "MẬT", 20.0, "khan", "KHẨN", 20.0),
    ] {
        let out =
            with_stamps("cong-van-ngoc-lien-2026.yaml", &format!("secrecy: {secrecy}\nurgency: {urgency}"));
        let l = &out.layout;
        let so = so_line(l);
        let vv = l.lines(1).into_iter().find(|x| x.text.starts_with("V/v")).unwrap();
        let vv_last = l.lines(1).into_iter().rfind(|x| x.y > vv.y && x.y < vv.y + 60.0 && x.center() < 250.0);
        let above = vv_last.map_or(vv.y, |x| x.y);
        let mut last_bottom = above;
        for (words, width, double) in [(mat, mat_w, true), (khan, khan_w, false)] {
            let t = run(l, words);
            assert!(t.bold && !t.italic && t.red && t.size == 13.0, "{words}: bold 13 pt upright red: {t:?}");
            let frames = frames_around(l, t);
            assert_eq!(frames.len(), if double { 2 } else { 1 }, "{words}: its frame(s)");
            let outer = frames[0];
            assert!(frames.iter().all(|f| f.red), "{words}: red frame");
            assert!((outer.width - width * MM).abs() <= 1.0 * MM, "{words}: {:.1} mm wide", outer.width / MM);
            assert!((outer.height - 8.0 * MM).abs() <= 1.0 * MM, "{words}: {:.1} mm high", outer.height / MM);
            if double {
                let inner = frames[1];
                assert!((inner.x - outer.x - 1.0 * MM).abs() < 0.2 * MM, "{words}: double border 1 mm apart");
                assert!((inner.y - outer.y - 1.0 * MM).abs() < 0.2 * MM, "{words}: double border 1 mm apart");
            }
            // Words centred in the frame.
            assert!((t.center() - (outer.x + outer.width / 2.0)).abs() < 1.0, "{words}: centred");
            // Under the số and V/v (10a first, then 10b), centred on the số.
            assert!(outer.y > last_bottom, "{words}: under what comes before it");
            assert!(
                (outer.x + outer.width / 2.0 - so.center()).abs() <= 1.0 * MM,
                "{words}: centred under the số"
            );
            let left = 30.0 * MM + l.header_left.unwrap();
            assert!(outer.x + outer.width < left, "{words}: in the left column");
            last_bottom = outer.y + outer.height;
        }
        // Before the Kính gửi.
        let kinh_gui = l.lines(1).into_iter().find(|x| x.text.starts_with("Kính gửi:")).unwrap();
        assert!(kinh_gui.y > last_bottom, "stamps above the Kính gửi");
    }
}

#[test]
fn pham_vi_luu_hanh_is_framed_above_the_header_on_page_one_only() {
    for (key, words) in [("xem-xong-tra-lai", "XEM XONG TRẢ LẠI"), ("luu-hanh-noi-bo", "LƯU HÀNH NỘI BỘ")]
    {
        let out = with_stamps("ngoc-lien-2026.yaml", &format!("circulation: {key}"));
        let l = &out.layout;
        let t = run(l, words);
        assert!(t.bold && !t.italic && t.black && t.size == 13.0, "{words}: bold 13 pt upright: {t:?}");
        let frames = frames_around(l, t);
        assert_eq!(frames.len(), 1, "{words}: a single frame");
        let f = frames[0];
        assert!(f.y + f.height < TOP_MARGIN, "{words}: in the top margin, above the header");
        assert!((f.height - 8.0 * MM).abs() < 0.5 * MM);
        let quoc_hieu = run(l, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert!(
            t.x > 30.0 * MM + l.header_left.unwrap() - 1.0,
            "{words}: centre-right, over the right column"
        );
        assert!((t.center() - quoc_hieu.center()).abs() <= 5.0 * MM, "{words}: about over the Quốc hiệu");
        assert_eq!(l.texts.iter().filter(|r| r.text.trim() == words).count(), 1, "{words}: page 1 only");
        assert!(l.pages.len() > 1);
    }
}

#[test]
fn every_type_carries_the_stamps() {
    for entry in std::fs::read_dir(common::root().join("data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let file = path.file_name().unwrap().to_str().unwrap();
        let out = with_stamps(file, "secrecy: mat\nurgency: hoa-toc\ncirculation: luu-hanh-noi-bo");
        let l = &out.layout;
        let so = so_line(l);
        for words in ["MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ"] {
            let t = run(l, words);
            assert_eq!(frames_around(l, t).len(), if words == "MẬT" { 2 } else { 1 }, "{file}: {words}");
        }
        assert!(run(l, "MẬT").y > so.y && run(l, "HỎA TỐC").y > run(l, "MẬT").y, "{file}: under the số");
        assert!(run(l, "LƯU HÀNH NỘI BỘ").y < so.y, "{file}");
    }
}

#[test]
fn stamps_are_keys_and_a_wrong_one_is_an_error_at_its_line() {
    let yaml = std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replacen("type: cong-van", "type: cong-van\nurgency: khaan", 1);
    let errors = vanban::load::load_str("cv.yaml", &yaml).unwrap_err();
    let d = errors.iter().next().unwrap();
    assert_eq!(d.message, "Không có giá trị `khaan`");
    assert!(d.to_string().contains("Có phải là `khan`?"), "{d}");
    let (line, _) = d.line_col().unwrap();
    assert!(yaml.lines().nth(line - 1).unwrap().starts_with("urgency:"));
}

#[test]
fn without_stamps_the_typst_source_has_none() {
    let out = common::render_str(
        "data/cv.yaml",
        &std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap(),
    );
    assert!(!out.source.contains("secrecy:") && !out.source.contains("urgency:"));
    assert!(out.layout.frames.is_empty());
}

#[test]
fn stamps_may_be_written_as_the_words_they_print() {
    // Probe of #18: `secrecy: MẬT` was refused without a suggestion; a
    // văn thư types the words on the stamp.
    let keys = with_stamps(
        "thong-bao-ngoc-lien-2026.yaml",
        "secrecy: toi-mat\nurgency: hoa-toc\ncirculation: luu-hanh-noi-bo",
    );
    let words = with_stamps(
        "thong-bao-ngoc-lien-2026.yaml",
        "secrecy: TỐI MẬT\nurgency: Hỏa tốc\ncirculation: lưu hành nội bộ",
    );
    let common = |o: &common::Output| {
        let c = o.loaded.document.common();
        (c.secrecy, c.urgency, c.circulation)
    };
    assert_eq!(common(&words), common(&keys));
    assert!(common(&words).0.is_some() && common(&words).1.is_some() && common(&words).2.is_some());
    assert_eq!(words.pdf, keys.pdf, "the same stamps, the same bytes");
}
