//! Signature-ready output: blank số and ngày for the văn thư, signature and
//! seal images where NĐ30 puts them, the fields signing tools look for, the
//! review watermark, and PDF/A with the YAML inside, round-tripping.

mod common;

use std::path::{Path, PathBuf};

use common::{MM, pdf, vanban};
use vanban::typeset::fields::{SignField, sign_fields};
use vanban::typeset::inspect::{Layout, Line, Placed};
use vanban::{IssueOptions, Pipeline};

const NBSP8: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";
const PAGE_HEIGHT: f64 = 841.89;

/// A folder with the công văn sample (numbered 125, dated 20/11/2026) and
/// its images, as an office would keep it.
fn signed_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml"))
        .unwrap()
        .replace("\nnumber: null", "\nnumber: 125")
        .replace("\ndate: null", "\ndate: 2026-11-20");
    assert!(yaml.contains("number: 125") && yaml.contains("date: 2026-11-20"));
    let path = dir.path().join("cong-van.yaml");
    std::fs::write(&path, yaml).unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    for image in ["chu-ky-pham-xuan-khanh.png", "dau-ubnd-xa-ngoc-lien.png"] {
        std::fs::copy(common::root().join("data/images").join(image), dir.path().join("images").join(image))
            .unwrap();
    }
    (dir, path)
}

struct Signed {
    layout: Layout,
    fields: Vec<SignField>,
    pdf: Vec<u8>,
}

fn render(path: &Path, issue: IssueOptions) -> Signed {
    let loaded = vanban::load::load_file(path).unwrap_or_else(|e| panic!("{e}"));
    let mut pipeline = Pipeline::embedded();
    pipeline.issue = issue;
    let rendered = pipeline.render(&loaded).unwrap_or_else(|e| panic!("{e}"));
    let pdf = pipeline.pdf(&loaded, &rendered).unwrap_or_else(|e| panic!("{e}"));
    Signed { layout: Layout::of(&rendered.document), fields: sign_fields(&rendered.document), pdf }
}

fn field<'a>(fields: &'a [SignField], kind: &str) -> &'a SignField {
    fields.iter().find(|f| f.kind == kind).unwrap_or_else(|| panic!("no `{kind}` field in {fields:?}"))
}

fn line<'a>(lines: &'a [Line], start: &str) -> &'a Line {
    lines
        .iter()
        .find(|l| l.text.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line `{start}`"))
}

/// A word with its box, top-left origin (as `pdftotext -bbox`).
use common::pdf::{Word, words};

fn word<'a>(words: &'a [Word], text: &str) -> &'a Word {
    words.iter().find(|w| w.text == text).unwrap_or_else(|| panic!("no word `{text}`"))
}

/// Whether a word's box lies inside a field's rectangle (with a hair of
/// tolerance for rounding).
fn inside(w: &Word, f: &SignField) -> bool {
    let (x, y, width, height) = f.top_left(PAGE_HEIGHT);
    let e = 0.5;
    w.x0 >= x - e && w.x1 <= x + width + e && w.y0 >= y - e && w.y1 <= y + height + e
}

fn image_at(images: &[Placed], f: &SignField) -> Placed {
    let (x, y, w, h) = f.top_left(PAGE_HEIGHT);
    images
        .iter()
        .find(|i| {
            (i.x - x).abs() < 0.5
                && (i.y - y).abs() < 0.5
                && (i.width - w).abs() < 0.5
                && (i.height - h).abs() < 0.5
        })
        .unwrap_or_else(|| panic!("no image drawn at the {} field {:?}; images: {images:?}", f.kind, f.rect))
        .clone()
}

#[test]
fn numbers_and_dates_sit_inside_their_fields() {
    let (_dir, path) = signed_folder();
    let out = render(&path, IssueOptions::default());
    let words = words(&out.pdf);
    let so = field(&out.fields, "so");
    let number_word = word(&words, "125/UBND-VHXH");
    // pdftotext joins the number to the ký hiệu; the field starts with it
    // and ends where `/` begins.
    assert!((number_word.x0 - so.rect[0]).abs() < 0.5, "{number_word:?} vs {so:?}");
    assert!(so.width() > 15.0 && so.width() < 25.0, "three digits wide: {so:?}");
    assert!(inside(word(&words, "20"), field(&out.fields, "ngay")));
    assert!(inside(word(&words, "11"), field(&out.fields, "thang")));
    for f in ["so", "ngay", "thang"] {
        assert_eq!(field(&out.fields, f).page, 1);
    }
}

#[test]
fn a_draft_leaves_so_and_date_blank_in_their_nd30_places() {
    let (_dir, path) = signed_folder();
    let out = render(&path, IssueOptions { draft: true, ..Default::default() });
    let lines = out.layout.lines(1);
    assert_eq!(line(&lines, "Số:").text, format!("Số:{NBSP8}/UBND-VHXH"));
    assert_eq!(line(&lines, "Ngọc Liên,").text, format!("Ngọc Liên, ngày{NBSP8}tháng{NBSP8}năm 2026"));
    // The blanks are the fields: between `Số:` and `/UBND-VHXH`, between
    // `ngày` and `tháng`, between `tháng` and `năm`, on their lines.
    let words = words(&out.pdf);
    let between = |f: &SignField, left: &str, right: &str| {
        let (l, r) = (word(&words, left), word(&words, right));
        assert!(
            (f.rect[0] - l.x1).abs() < 0.5 && (f.rect[2] - r.x0).abs() < 0.5,
            "{} between {left} and {right}",
            f.kind
        );
        let (_, y, _, h) = f.top_left(PAGE_HEIGHT);
        assert!(y <= l.y0 + 0.5 && y + h >= l.y1 - 0.5, "{} spans its line", f.kind);
        assert!(!words.iter().any(|w| inside(w, f)), "{} is blank", f.kind);
    };
    between(field(&out.fields, "so"), "Số:", "/UBND-VHXH");
    between(field(&out.fields, "ngay"), "ngày", "tháng");
    between(field(&out.fields, "thang"), "tháng", "năm");
    // The date's year stays.
    assert!(words.iter().any(|w| w.text == "2026"));
}

#[test]
fn the_signature_is_centred_between_chuc_vu_and_name() {
    let (_dir, path) = signed_folder();
    let out = render(&path, IssueOptions::default());
    let lines = out.layout.lines(1);
    let title = line(&lines, "PHÓ CHỦ TỊCH");
    let name = line(&lines, "Phạm Xuân Khánh");
    let sig = image_at(&out.layout.images, field(&out.fields, "signature"));
    let axis = title.center();
    assert!((name.center() - axis).abs() < 1.0 * MM, "one axis for the signer block");
    assert!(
        (sig.x + sig.width / 2.0 - axis).abs() <= 3.0 * MM,
        "signature centre {:.1} vs axis {axis:.1}",
        sig.x + sig.width / 2.0
    );
    assert!(sig.y > title.y && sig.y + sig.height < name.y, "between the chức vụ and name baselines");
    // Drawn as large as fits 60 × 20 mm, keeping its proportions (709 × 260 px).
    assert!((sig.height - 20.0 * MM).abs() < 0.5 || (sig.width - 60.0 * MM).abs() < 0.5);
    assert!((sig.width / sig.height - 709.0 / 260.0).abs() < 0.01);
}

#[test]
fn the_seal_is_real_size_over_the_left_third_of_the_signature() {
    let (_dir, path) = signed_folder();
    let out = render(&path, IssueOptions::default());
    let sig = image_at(&out.layout.images, field(&out.fields, "signature"));
    let seal = image_at(&out.layout.images, field(&out.fields, "seal"));
    assert!((seal.width - 35.0 * MM).abs() <= 0.5 * MM, "35 mm across: {:.2} mm", seal.width / MM);
    assert!((seal.height - seal.width).abs() < 0.5, "round");
    let overlap = (seal.x + seal.width).min(sig.x + sig.width) - seal.x.max(sig.x);
    let share = overlap / sig.width;
    assert!((0.25..=0.40).contains(&share), "the seal covers {:.0} % of the signature", share * 100.0);
    assert!(seal.x < sig.x, "on its left side");
    // Vertically centred on the signature.
    assert!(((seal.y + seal.height / 2.0) - (sig.y + sig.height / 2.0)).abs() < 1.0);
    // The seal is drawn after (over) the signature.
    let order: Vec<f64> = out.layout.images.iter().map(|i| i.width).collect();
    assert_eq!(order, [sig.width, seal.width]);
}

/// The ink of an image as the PDF stores it: its colour samples where its
/// soft mask (alpha) shows them.
fn ink_of(colour: &pdf::Image, mask: &pdf::Image) -> &'static str {
    assert_eq!(colour.components, 3);
    assert_eq!((mask.components, mask.width, mask.height), (1, colour.width, colour.height));
    let (mut blue, mut red, mut other) = (0, 0, 0);
    for (px, &a) in colour.samples.chunks_exact(3).zip(&mask.samples) {
        if a < 128 {
            continue;
        }
        let (r, g, b) = (px[0] as i32, px[1] as i32, px[2] as i32);
        if b > r + 60 && b > g + 30 {
            blue += 1;
        } else if r > g + 60 && r > b + 60 {
            red += 1;
        } else if r + g + b < 600 {
            other += 1;
        }
    }
    if blue > red && blue > other {
        "blue"
    } else if red > blue && red > other {
        "red"
    } else {
        "other"
    }
}

#[test]
fn the_pdf_holds_a_blue_signature_and_a_red_seal_with_transparency() {
    let (_dir, path) = signed_folder();
    let out = render(&path, IssueOptions::default());
    let images = pdf::images(&out.pdf);
    assert_eq!(
        images.len(),
        2,
        "two images: {:?}",
        images.iter().map(|i| (i.width, i.height)).collect::<Vec<_>>()
    );
    // Pull the colour data out of the PDF and look at its ink.
    let inks: Vec<&str> =
        images.iter().map(|i| ink_of(i, i.smask.as_deref().expect("each image has an alpha mask"))).collect();
    assert_eq!(inks, ["blue", "red"], "the signature, then the seal");
}

#[test]
fn the_sign_fields_sidecar_locates_number_date_signature_and_seal() {
    let (dir, _) = signed_folder();
    let out = vanban(dir.path(), &["render", "cong-van.yaml", "--sign-fields"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("cong-van.fields.json")).unwrap())
            .unwrap();
    assert_eq!(json["pdf"], "cong-van.pdf");
    assert_eq!(json["origin"], "bottom-left");
    assert_eq!(json["units"], "pt");
    let kinds: Vec<&str> =
        json["fields"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["so", "ngay", "thang", "signature", "seal"]);
    let fields: Vec<SignField> = json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| SignField {
            kind: f["kind"].as_str().unwrap().into(),
            page: f["page"].as_u64().unwrap() as usize,
            rect: std::array::from_fn(|i| f["rect"][i].as_f64().unwrap()),
        })
        .collect();
    let pdf = std::fs::read(dir.path().join("cong-van.pdf")).unwrap();
    let words = words(&pdf);
    assert!(inside(word(&words, "20"), field(&fields, "ngay")));
    assert!(inside(word(&words, "11"), field(&fields, "thang")));
    // The signature zone sits between chức vụ and name, as pdftotext sees them.
    let (_, sig_y, _, sig_h) = field(&fields, "signature").top_left(PAGE_HEIGHT);
    let tich: Vec<&Word> = words.iter().filter(|w| w.text == "TỊCH").collect();
    let title_bottom = tich.iter().map(|w| w.y1).fold(0.0, f64::max);
    assert!(sig_y >= title_bottom, "below PHÓ CHỦ TỊCH");
    assert!(sig_y + sig_h <= word(&words, "Khánh").y0, "above the name");
}

#[test]
fn pdf_a_3b_carries_its_yaml_and_extract_render_round_trips() {
    let (dir, _) = signed_folder();
    let out = vanban(dir.path(), &["render", "cong-van.yaml", "-o", "issued.pdf", "--pdf-standard", "a-3b"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = std::fs::read(dir.path().join("issued.pdf")).unwrap();
    let meta = pdf::xmp(&pdf);
    assert!(
        meta.contains("<pdfaid:part>3</pdfaid:part>")
            && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>")
    );
    let attached = pdf::attachment_names(&pdf);
    assert_eq!(
        attached,
        ["cong-van.yaml", "images/chu-ky-pham-xuan-khanh.png", "images/dau-ubnd-xa-ngoc-lien.png"],
        "the YAML and the images it prints"
    );

    // Elsewhere, with only the PDF: extract, render, compare.
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("issued.pdf"), other.path().join("issued.pdf")).unwrap();
    let out = vanban(other.path(), &["extract", "issued.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for file in ["cong-van.yaml", "images/chu-ky-pham-xuan-khanh.png", "images/dau-ubnd-xa-ngoc-lien.png"] {
        assert_eq!(
            std::fs::read(other.path().join(file)).unwrap(),
            std::fs::read(dir.path().join(file)).unwrap(),
            "{file} comes back byte for byte"
        );
    }
    let out = vanban(other.path(), &["render", "cong-van.yaml", "-o", "again.pdf", "--pdf-standard", "a-3b"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(other.path().join("again.pdf")).unwrap() == pdf, "the same PDF, byte for byte");

    // Extracting again leaves identical files alone and never overwrites
    // one the user has changed.
    let out = vanban(other.path(), &["extract", "issued.pdf"]);
    assert!(out.status.success());
    std::fs::write(other.path().join("cong-van.yaml"), "edited").unwrap();
    let out = vanban(other.path(), &["extract", "issued.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi: cong-van.yaml đã có; thêm --force để ghi đè, hoặc dùng -o để ghi vào chỗ khác\n"
    );
    assert_eq!(std::fs::read_to_string(other.path().join("cong-van.yaml")).unwrap(), "edited");
}

#[test]
fn a_quyet_dinh_carries_the_ke_hoach_it_issues() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["quyet-dinh-ngoc-lien-2026.yaml", "ngoc-lien-2026.yaml"] {
        std::fs::copy(common::root().join("data").join(file), dir.path().join(file)).unwrap();
    }
    let args = ["render", "quyet-dinh-ngoc-lien-2026.yaml", "-o", "qd.pdf", "--pdf-standard", "a-3b"];
    let render = |folder: &Path| {
        let out = common::vanban_env(folder, &args, &[("SOURCE_DATE_EPOCH", "1767225600")]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read(folder.join("qd.pdf")).unwrap()
    };
    let pdf = render(dir.path());
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("qd.pdf"), &pdf).unwrap();
    let out = vanban(other.path(), &["extract", "qd.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(other.path().join("ngoc-lien-2026.yaml").is_file());
    assert!(render(other.path()) == pdf, "the same PDF, byte for byte");

    // Outside PDF/A-3 there is no AFRelationship: the source is still the
    // quyết định, not the first YAML found, and its plan comes back too.
    let out =
        vanban(dir.path(), &["render", "quyet-dinh-ngoc-lien-2026.yaml", "-o", "att.pdf", "--attach-source"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let third = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("att.pdf"), third.path().join("att.pdf")).unwrap();
    let out = vanban(third.path(), &["extract", "att.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let extracted = std::fs::read_to_string(third.path().join("quyet-dinh-ngoc-lien-2026.yaml")).unwrap();
    assert!(extracted.contains("\ntype: quyet-dinh\n"));
    assert!(third.path().join("ngoc-lien-2026.yaml").is_file());
}

#[test]
fn pdf_a_2b_has_no_attachment_and_every_pdf_a_needs_a_date() {
    let (dir, _) = signed_folder();
    let out = vanban(dir.path(), &["render", "cong-van.yaml", "-o", "a2b.pdf", "--pdf-standard", "a-2b"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = std::fs::read(dir.path().join("a2b.pdf")).unwrap();
    assert!(pdf::xmp(&pdf).contains("<pdfaid:part>2</pdfaid:part>"));
    assert_eq!(pdf::attachment_names(&pdf), Vec::<String>::new());
    let out = vanban(dir.path(), &["extract", "a2b.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(
            "lỗi: a2b.pdf không có tệp YAML đính kèm; hãy xuất lại văn bản với --attach-source hoặc --pdf-standard a-3b"
        ),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = vanban(dir.path(), &["render", "cong-van.yaml", "--pdf-standard", "a-2b", "--attach-source"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with(
            "lỗi: PDF/A-2 chỉ cho đính kèm tệp PDF/A, nên bản PDF/A-2b không mang được tệp YAML"
        )
    );

    let undated = std::fs::read_to_string(dir.path().join("cong-van.yaml"))
        .unwrap()
        .replace("date: 2026-11-20", "date: null");
    std::fs::write(dir.path().join("undated.yaml"), undated).unwrap();
    let out = vanban(dir.path(), &["render", "undated.yaml", "--pdf-standard", "a-3b"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("lỗi[pdf-a-date]: tệp PDF/A phải ghi ngày của nó, mà văn bản này chưa có ngày"),
        "{stderr}"
    );
    assert!(stderr.contains("undated.yaml:15:7"), "{stderr}");
    assert!(!dir.path().join("undated.pdf").exists());
}

#[test]
fn the_watermark_marks_review_copies_and_leaves_out_number_date_and_images() {
    let (_dir, path) = signed_folder();
    let review = render(&path, IssueOptions { watermark: true, ..Default::default() });
    let marks: Vec<_> = review.layout.texts.iter().filter(|t| t.text == "DỰ THẢO").collect();
    assert_eq!(marks.len(), 1, "one watermark on the one page");
    assert!(!marks[0].black, "light, under the text");
    assert!(review.layout.images.is_empty(), "no signature or seal on a review copy");
    assert_eq!(line(&review.layout.lines(1), "Số:").text, format!("Số:{NBSP8}/UBND-VHXH"));

    let fin = render(&path, IssueOptions::default());
    assert!(!fin.layout.texts.iter().any(|t| t.text.contains("DỰ THẢO")), "never on the final document");
}

/// Writes an RGBA PNG whose pixel at (x, y) is `pixel(x, y)`.
fn write_png(path: &Path, w: u32, h: u32, pixel: impl Fn(u32, u32) -> [u8; 4]) {
    let file = std::fs::File::create(path).unwrap();
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().unwrap();
    let mut data = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        for x in 0..w {
            data.extend_from_slice(&pixel(x, y));
        }
    }
    writer.write_image_data(&data).unwrap();
}

/// Loads the signed folder's YAML with its signer's images replaced.
fn load_with(
    signature: &str,
    seal: &str,
) -> (tempfile::TempDir, Result<vanban::load::Loaded, vanban::diagnostic::Diagnostics>) {
    let (dir, path) = signed_folder();
    let yaml = std::fs::read_to_string(&path)
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", &format!("signature: {signature}"))
        .replace("    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm", seal);
    std::fs::write(&path, yaml).unwrap();
    let loaded = vanban::load::load_file(&path);
    (dir, loaded)
}

const GOOD_SEAL: &str = "    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 35mm";

fn first_error(
    result: Result<vanban::load::Loaded, vanban::diagnostic::Diagnostics>,
) -> vanban::diagnostic::Diagnostic {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.iter().next().unwrap().clone(),
    }
}

#[test]
fn bad_images_are_refused_at_their_field() {
    let (dir, r) = load_with("images/nope.png", GOOD_SEAL);
    let e = first_error(r);
    assert_eq!(e.code, "image-missing");
    assert_eq!(
        e.message,
        format!("Không tìm thấy ảnh chữ ký {}", dir.path().join("images/nope.png").display())
    );
    assert_eq!(e.hint.as_deref(), Some("Ghi đường dẫn của một tệp ảnh PNG, tính từ thư mục chứa tệp YAML"));
    // The same in English.
    let e = vanban::i18n::with_lang(vanban::i18n::Lang::En, || {
        first_error(load_with("images/nope.png", GOOD_SEAL).1)
    });
    assert!(
        e.message.starts_with("the signature image ") && e.message.ends_with("images/nope.png was not found"),
        "{}",
        e.message
    );
    assert_eq!(e.path.as_deref(), Some("signer.signature"));
    assert_eq!(e.line_col().map(|(l, _)| l), Some(69));

    let e = first_error(load_with("../outside.png", GOOD_SEAL).1);
    assert_eq!(
        (e.code, e.message.as_str()),
        ("image-path", "`../outside.png` nằm ngoài thư mục của văn bản")
    );

    // An absolute path to the right file: say how to write it.
    let (dir, path) = signed_folder();
    let absolute = dir.path().canonicalize().unwrap().join("images/chu-ky-pham-xuan-khanh.png");
    let yaml = std::fs::read_to_string(&path).unwrap().replace(
        "signature: images/chu-ky-pham-xuan-khanh.png",
        &format!("signature: {}", absolute.display()),
    );
    std::fs::write(&path, yaml).unwrap();
    let e = first_error(vanban::load::load_file(&path));
    assert_eq!(
        (e.code, e.message.clone()),
        ("image-path", format!("`{}` là đường dẫn tuyệt đối", absolute.display()))
    );
    assert_eq!(
        e.hint.as_deref(),
        Some(
            "Viết `images/chu-ky-pham-xuan-khanh.png`: đường dẫn tính từ tệp YAML, để có thể chuyển cả thư mục đi nơi khác"
        )
    );
    // A folder is not an image.
    let e = first_error(load_with("images", GOOD_SEAL).1);
    assert_eq!(e.code, "image-missing");
    assert!(e.message.ends_with("images là một thư mục, không phải ảnh chữ ký"), "{}", e.message);

    let (dir, path) = signed_folder();
    std::fs::write(dir.path().join("images/text.png"), "not an image").unwrap();
    let yaml = std::fs::read_to_string(&path).unwrap().replace("chu-ky-pham-xuan-khanh.png", "text.png");
    std::fs::write(&path, yaml).unwrap();
    let e = first_error(vanban::load::load_file(&path));
    assert_eq!(e.code, "image-format");
    assert!(e.message.starts_with("Ảnh chữ ký "), "{}", e.message);
    assert!(e.message.ends_with("text.png không phải tệp PNG"), "{}", e.message);

    // A scan with a white background: no transparency.
    let (dir, path) = signed_folder();
    write_png(&dir.path().join("images/scan.png"), 300, 100, |x, _| {
        if x % 7 == 0 { [20, 40, 200, 255] } else { [255, 255, 255, 255] }
    });
    let yaml = std::fs::read_to_string(&path).unwrap().replace("chu-ky-pham-xuan-khanh.png", "scan.png");
    std::fs::write(&path, yaml).unwrap();
    let e = first_error(vanban::load::load_file(&path));
    assert_eq!(e.code, "image-opaque");
    assert_eq!(e.message, "Ảnh chữ ký không có nền trong suốt; ảnh sẽ che mất chữ bên dưới");

    // A seal of an impossible size.
    let e = first_error(
        load_with(
            "images/chu-ky-pham-xuan-khanh.png",
            "    image: images/dau-ubnd-xa-ngoc-lien.png\n    diameter: 8cm",
        )
        .1,
    );
    assert_eq!(e.code, "seal-size");
    assert_eq!(
        e.message,
        "Con dấu đường kính 80mm không phải cỡ dấu thật; con dấu có đường kính từ 20 đến 60 mm"
    );
    assert_eq!(e.path.as_deref(), Some("signer.seal.diameter"));
}

#[test]
fn a_signature_in_the_wrong_ink_is_a_warning() {
    let (dir, path) = signed_folder();
    // A black signature on a transparent background.
    write_png(&dir.path().join("images/black.png"), 300, 100, |x, y| {
        if (x as i32 - 3 * y as i32).abs() < 4 { [10, 10, 10, 255] } else { [0, 0, 0, 0] }
    });
    let yaml = std::fs::read_to_string(&path).unwrap().replace("chu-ky-pham-xuan-khanh.png", "black.png");
    std::fs::write(&path, yaml).unwrap();
    let loaded = vanban::load::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let w: Vec<(&str, &str)> = loaded.warnings.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(w, [("image-colour", "Ảnh chữ ký không phải chủ yếu màu xanh")]);
    assert_eq!(
        loaded.warnings[0].hint.as_deref(),
        Some("NĐ30 quy định chữ ký bằng mực màu xanh (Phụ lục I, II.7.d)")
    );
    // The sample images pass without a word.
    let (_dir, path) = signed_folder();
    assert!(vanban::load::load_file(&path).unwrap().warnings.is_empty());
}

#[test]
fn signature_form_fields_are_appended_at_the_signature_and_seal() {
    let (_dir, path) = signed_folder();
    let plain = render(&path, IssueOptions::default());
    let with_fields = render(&path, IssueOptions { form_fields: true, ..Default::default() });
    // An incremental update: the PDF as typst wrote it, then the fields.
    assert!(with_fields.pdf.len() > plain.pdf.len());
    assert!(with_fields.pdf[..plain.pdf.len()] == plain.pdf[..], "the original bytes are kept as they are");
    assert!(pdf::has_acroform(&with_fields.pdf));
    assert!(!pdf::has_acroform(&plain.pdf));

    let doc = lopdf::Document::load_mem(&with_fields.pdf).unwrap();
    let form = doc.catalog().unwrap().get_deref(b"AcroForm", &doc).unwrap().as_dict().unwrap();
    let fields = form.get(b"Fields").unwrap().as_array().unwrap();
    let mut seen = Vec::new();
    for f in fields {
        let w = doc.get_object(f.as_reference().unwrap()).unwrap().as_dict().unwrap();
        assert_eq!(w.get(b"FT").unwrap().as_name().unwrap(), b"Sig");
        assert_eq!(w.get(b"Subtype").unwrap().as_name().unwrap(), b"Widget");
        let name = String::from_utf8(w.get(b"T").unwrap().as_str().unwrap().to_vec()).unwrap();
        let rect: Vec<f64> = w
            .get(b"Rect")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_float().unwrap() as f64)
            .collect();
        let zone = field(&with_fields.fields, if name == "chu-ky" { "signature" } else { "seal" });
        for (a, b) in rect.iter().zip(zone.rect) {
            assert!((a - b).abs() < 0.01, "{name}: {rect:?} vs {:?}", zone.rect);
        }
        // On page 1's annotations.
        let page = doc.get_pages()[&1];
        let annots =
            doc.get_object(page).unwrap().as_dict().unwrap().get(b"Annots").unwrap().as_array().unwrap();
        assert!(annots.contains(f));
        seen.push(name);
    }
    assert_eq!(seen, ["chu-ky", "dau"]);
}

#[test]
fn an_image_linked_from_outside_the_folder_is_refused() {
    let (dir, path) = signed_folder();
    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::root().join("data/images/chu-ky-pham-xuan-khanh.png"),
        outside.path().join("x.png"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("x.png"), dir.path().join("images/link.png")).unwrap();
    let yaml = std::fs::read_to_string(&path).unwrap().replace("chu-ky-pham-xuan-khanh.png", "link.png");
    std::fs::write(&path, yaml).unwrap();
    let e = first_error(vanban::load::load_file(&path));
    assert_eq!(
        (e.code, e.message.as_str()),
        ("image-path", "`images/link.png` nằm ngoài thư mục của văn bản")
    );
}
