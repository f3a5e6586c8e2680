//! Binary input is bounded before it is decoded: PNG images a document
//! names (chunk count, the colour profile's inflated size, what the file
//! is) and PDFs `extract` reads (inflated bytes per file and in total,
//! name-tree nodes, each stream inflated once).
//!
//! Each hostile file is built here, small on disk and huge when inflated.
//! The work is measured with a counting allocator (peak bytes allocated
//! while the call runs); the tests run one at a time so the peak is theirs,
//! and each runs under a generous timeout so that a regression fails
//! instead of hanging.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use lopdf::{Dictionary, Document, Object, Stream, dictionary};

/// Counts the bytes allocated now and the most at any moment.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = CURRENT.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time: the peak is the running test's.
static SERIAL: Mutex<()> = Mutex::new(());

const MB: usize = 1024 * 1024;

/// Runs `f` on its own thread; its result and the most memory allocated
/// above what was allocated when it started. Fails if it takes more than
/// `secs` seconds (a guard against a hang, not a speed test).
fn bounded<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> (T, usize) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let base = CURRENT.load(Relaxed);
    PEAK.store(base, Relaxed);
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(f());
    });
    let out = receive
        .recv_timeout(Duration::from_secs(secs))
        .unwrap_or_else(|_| panic!("did not finish within {secs} s"));
    let peak = PEAK.load(Relaxed).saturating_sub(base);
    eprintln!("peak allocated: {:.1} MB", peak as f64 / MB as f64);
    (out, peak)
}

/// zlib data that inflates to `size` zero bytes, made without holding them.
fn zlib_zeros(size: usize) -> Vec<u8> {
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![0; MB];
    let mut left = size;
    while left > 0 {
        let n = left.min(MB);
        zlib.write_all(&block[..n]).unwrap();
        left -= n;
    }
    zlib.finish().unwrap()
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
    out
}

/// A good signature image (blue strokes on a transparent 300×100
/// background) with a colour profile that inflates to `profile` bytes.
fn signature_with_profile(profile: usize) -> Vec<u8> {
    let (w, h) = (300, 100);
    let mut plain = Vec::new();
    let mut encoder = png::Encoder::new(&mut plain, w, h);
    encoder.set_color(png::ColorType::Rgba);
    let mut pixels = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let ink = (x + y) % 9 == 0;
            pixels.extend_from_slice(if ink { &[20, 40, 200, 255] } else { &[0, 0, 0, 0] });
        }
    }
    encoder.write_header().unwrap().write_image_data(&pixels).unwrap();
    let mut icc = b"ICC profile\0\0".to_vec();
    icc.extend(zlib_zeros(profile));
    let after_header = 8 + 25;
    [&plain[..after_header], &png_chunk(b"iCCP", &icc), &plain[after_header..]].concat()
}

/// A folder with the Công văn sample, signed, its images beside it.
fn signed_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(common::root().join("data/cong-van-ngoc-lien-2026.yaml")).unwrap();
    let path = dir.path().join("cong-van.yaml");
    std::fs::write(&path, yaml).unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    for image in ["chu-ky-pham-xuan-khanh.png", "dau-ubnd-xa-ngoc-lien.png"] {
        std::fs::copy(common::root().join("data/images").join(image), dir.path().join("images").join(image))
            .unwrap();
    }
    (dir, path)
}

/// The line of `signature:` in the sample.
fn signature_line(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().position(|l| l.trim_start().starts_with("signature:")).unwrap() + 1
}

fn set_signature(path: &Path, signature: &str) {
    let yaml = std::fs::read_to_string(path)
        .unwrap()
        .replace("signature: images/chu-ky-pham-xuan-khanh.png", &format!("signature: {signature}"));
    std::fs::write(path, yaml).unwrap();
}

fn first_error(path: &Path) -> vanban::diagnostic::Diagnostic {
    match vanban::load::load_file(path) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.iter().next().unwrap().clone(),
    }
}

/// Runs the binary in `dir`, killing it after `secs` seconds.
fn vanban(dir: &Path, args: &[&str], secs: u64) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            panic!("vanban {args:?} did not finish within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_colour_profile_bomb_is_refused_at_its_field_before_decoding() {
    // 300 KB on disk, 300 MB when inflated: past the PNG decoder's own
    // memory limit (whose error it ignores for profiles) and far past ours.
    let bomb = signature_with_profile(300 * MB);
    assert!(bomb.len() < MB, "{}", bomb.len());
    let (dir, path) = signed_folder();
    std::fs::write(dir.path().join("images/chu-ky-pham-xuan-khanh.png"), &bomb).unwrap();

    let load = path.clone();
    let (e, peak) = bounded(120, move || first_error(&load));
    assert_eq!(e.code, "image-metadata");
    assert_eq!(
        e.message,
        format!(
            "Ảnh chữ ký {} mang một hồ sơ màu (khối iCCP) khi giải nén vượt quá 4 MB, giới hạn cho một hồ sơ màu",
            dir.path().join("images/chu-ky-pham-xuan-khanh.png").display()
        )
    );
    assert_eq!(
        e.hint.as_deref(),
        Some("Lưu lại ảnh không kèm hồ sơ màu (dạng sRGB), ví dụ `optipng -strip all FILE`")
    );
    assert_eq!(e.path.as_deref(), Some("signer.signature"));
    assert_eq!(e.line_col().map(|(l, _)| l), Some(signature_line(&path)));
    // The profile was inflated into nothing, a block at a time.
    assert!(peak < 32 * MB, "loading took {} MB at its peak", peak / MB);

    // `check` and `render` say the same, at the same line, and fail.
    let located = format!("cong-van.yaml:{}:", signature_line(&path));
    for args in [&["check", "cong-van.yaml"][..], &["render", "cong-van.yaml"]] {
        let out = vanban(dir.path(), args, 120);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("lỗi[image-metadata]"), "{args:?}: {stderr}");
        assert!(stderr.contains("giải nén vượt quá 4 MB, giới hạn cho một hồ sơ màu"), "{args:?}: {stderr}");
        assert!(stderr.contains(&located), "{args:?}: {stderr}");
    }
    assert!(!dir.path().join("cong-van.pdf").exists());
}

#[test]
fn a_small_colour_profile_still_renders() {
    let (dir, path) = signed_folder();
    std::fs::write(dir.path().join("images/chu-ky-pham-xuan-khanh.png"), signature_with_profile(3000))
        .unwrap();
    let (loaded, _) = bounded(120, move || vanban::load::load_file(&path).map_err(|e| e.to_string()));
    loaded.unwrap();
}

#[test]
fn a_backslash_in_an_image_path_is_refused_at_its_field() {
    let (_dir, path) = signed_folder();
    set_signature(&path, "images\\chu-ky-pham-xuan-khanh.png");
    let e = first_error(&path);
    assert_eq!(e.code, "image-path");
    assert_eq!(e.message, "`images\\chu-ky-pham-xuan-khanh.png` có dấu gạch ngược (\\)");
    assert_eq!(
        e.hint.as_deref(),
        Some(
            "Viết `images/chu-ky-pham-xuan-khanh.png`: đường dẫn trong vanban dùng dấu `/`, cả trên Windows"
        )
    );
    assert_eq!(e.path.as_deref(), Some("signer.signature"));
    assert_eq!(e.line_col().map(|(l, _)| l), Some(signature_line(&path)));
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_is_named_for_what_it_is() {
    let (dir, path) = signed_folder();
    let fifo = dir.path().join("images/pipe.png");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    set_signature(&path, "images/pipe.png");
    // Reading a FIFO nobody writes to would block: the guard catches that.
    let load = path.clone();
    let (e, _) = bounded(60, move || first_error(&load));
    assert_eq!(e.code, "image-format");
    assert_eq!(
        e.message,
        format!("Ảnh chữ ký {} là một FIFO (ống có tên), không phải một tệp", fifo.display())
    );
    assert_eq!(e.hint.as_deref(), Some("Ghi đường dẫn của một tệp ảnh PNG, tính từ thư mục chứa tệp YAML"));
    assert_eq!(e.path.as_deref(), Some("signer.signature"));

    // A link to /dev/zero: endless if read.
    let (dir, path) = signed_folder();
    let zero = dir.path().join("images/zero.png");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    set_signature(&path, "images/zero.png");
    let (e, peak) = bounded(60, move || first_error(&path));
    // The link leads out of the folder: refused before anything is read.
    assert_eq!(e.message, "`images/zero.png` nằm ngoài thư mục của văn bản");
    assert!(peak < 32 * MB, "{} MB", peak / MB);
}

/// A PDF whose name tree of attached files is built by `tree`, from the
/// document it adds its objects to.
fn pdf_with_names(tree: impl FnOnce(&mut Document) -> Dictionary) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages = doc.add_object(dictionary! {"Type" => "Pages", "Kids" => Vec::<Object>::new(), "Count" => 0});
    let embedded = tree(&mut doc);
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! {"EmbeddedFiles" => embedded},
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A file specification of `name` whose data is zlib data inflating to
/// `size` zero bytes; its object id.
fn zeros_file(doc: &mut Document, name: &str, size: usize) -> lopdf::ObjectId {
    let stream =
        Stream::new(dictionary! {"Type" => "EmbeddedFile", "Filter" => "FlateDecode"}, zlib_zeros(size))
            .with_compression(false);
    let data = doc.add_object(stream);
    doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal(name),
        "UF" => Object::string_literal(name),
        "EF" => dictionary! {"F" => data},
    })
}

/// The library's answer, in English (the binary, run below, speaks Vietnamese).
fn extract(pdf: Vec<u8>) -> (Result<Vec<vanban::extract::Attached>, String>, usize) {
    use vanban::i18n::{Lang, with_lang};
    bounded(120, move || with_lang(Lang::En, || vanban::extract::attached_files(&pdf)))
}

#[test]
fn many_names_for_one_stream_inflate_it_once_within_a_total() {
    // 2,000 names, one 30 MB stream: each name is a 30 MB file.
    let pdf = pdf_with_names(|doc| {
        let spec = zeros_file(doc, "plan.yaml", 30 * MB);
        let names: Vec<Object> = (0..2000)
            .flat_map(|i| [Object::string_literal(format!("f{i:04}")), Object::Reference(spec)])
            .collect();
        dictionary! {"Names" => names}
    });
    assert!(pdf.len() < 100 * 1024, "{}", pdf.len());
    let (result, peak) = extract(pdf);
    assert_eq!(
        result.unwrap_err(),
        "the attached files inflate past 64 MB together (at plan.yaml), the limit for one PDF; \
         vanban attaches far less; if you trust the PDF, take its files out with another tool, \
         e.g. `pdfdetach -saveall`"
    );
    // The stream once and two copies of it, not 2,000.
    assert!(peak < 200 * MB, "{} MB", peak / MB);

    // Two names for one stream within the budget: both files, equal.
    let pdf = pdf_with_names(|doc| {
        let spec = zeros_file(doc, "plan.yaml", 1000);
        let names = vec![Object::string_literal("a"), spec.into(), Object::string_literal("b"), spec.into()];
        dictionary! {"Names" => names}
    });
    let files = extract(pdf).0.unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].bytes, vec![0; 1000]);
    assert_eq!(files[0], files[1]);
}

#[test]
fn a_wide_deep_name_tree_stops_at_the_node_budget() {
    // 16 levels of 10 kids each, all the same object one level down:
    // 10^16 paths to the one file at the bottom.
    let pdf = pdf_with_names(|doc| {
        let spec = zeros_file(doc, "plan.yaml", 1000);
        let mut below = doc.add_object(dictionary! {
            "Names" => vec![Object::string_literal("plan.yaml"), spec.into()],
        });
        for _ in 0..15 {
            below = doc.add_object(dictionary! {"Kids" => vec![Object::Reference(below); 10]});
        }
        dictionary! {"Kids" => vec![Object::Reference(below); 10]}
    });
    let (result, peak) = extract(pdf);
    assert_eq!(
        result.unwrap_err(),
        "the PDF's list of attached files has more than 4096 nodes and entries, the most vanban reads; \
         vanban attaches a few files; if you trust the PDF, take its files out with another tool, \
         e.g. `pdfdetach -saveall`"
    );
    assert!(peak < 64 * MB, "{} MB", peak / MB);
}

#[test]
fn a_decompression_bomb_says_it_inflates_past_the_limit() {
    let pdf = pdf_with_names(|doc| {
        let spec = zeros_file(doc, "plan.yaml", 100 * MB);
        dictionary! {"Names" => vec![Object::string_literal("plan.yaml"), spec.into()]}
    });
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bomb.pdf"), &pdf).unwrap();
    let (result, peak) = extract(pdf);
    let message = "the attached file plan.yaml inflates past 32 MB, the limit for one attached file; \
                   it is damaged or a decompression bomb, not a file vanban attached; \
                   if you trust the PDF, take its files out with another tool, e.g. `pdfdetach -saveall`";
    assert_eq!(result.unwrap_err(), message);
    assert!(peak < 100 * MB, "{} MB", peak / MB);
    // The command says it too, and fails.
    let out = vanban(dir.path(), &["extract", "bomb.pdf"], 120);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let message = "lỗi: bomb.pdf: tệp đính kèm plan.yaml khi giải nén vượt quá 32 MB, giới hạn cho một tệp đính kèm; \
                   tệp bị hỏng hoặc là \"bom giải nén\", không phải tệp do vanban đính kèm; \
                   nếu tin tệp PDF này, hãy lấy các tệp đính kèm bằng công cụ khác, ví dụ `pdfdetach -saveall`";
    assert!(stderr.contains(message), "{stderr}");
    assert!(!dir.path().join("plan.yaml").exists());
}

/// zlib data that inflates to `size` spaces (blank page content).
fn zlib_spaces(size: usize) -> Vec<u8> {
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![b' '; MB];
    let mut left = size;
    while left > 0 {
        let n = left.min(MB);
        zlib.write_all(&block[..n]).unwrap();
        left -= n;
    }
    zlib.finish().unwrap()
}

/// A PDF of `pages` pages, each drawing the one content stream `content`
/// (zlib data) and, when given, the form XObject `form` (zlib data) as
/// `/X`; the page tree's `/Count` is `count`.
fn pdf_of_pages(pages: usize, count: i64, content: Vec<u8>, form: Option<Vec<u8>>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let content =
        doc.add_object(Stream::new(dictionary! {"Filter" => "FlateDecode"}, content).with_compression(false));
    let mut resources = Dictionary::new();
    if let Some(form) = form {
        let form = doc.add_object(
            Stream::new(
                dictionary! {"Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()], "Filter" => "FlateDecode"},
                form,
            )
            .with_compression(false),
        );
        resources.set("XObject", dictionary! {"X" => form});
    }
    let tree = doc.new_object_id();
    let kids: Vec<Object> = (0..pages)
        .map(|_| {
            doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => tree,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Contents" => content,
                "Resources" => resources.clone(),
            })
            .into()
        })
        .collect();
    doc.objects
        .insert(tree, Object::Dictionary(dictionary! {"Type" => "Pages", "Kids" => kids, "Count" => count}));
    let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => tree});
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The import's refusal of a PDF, in English, and the peak memory it took.
fn import_pdf(pdf: Vec<u8>) -> (String, usize) {
    use vanban::i18n::{Lang, with_lang};
    let (result, peak) = bounded(120, move || {
        with_lang(Lang::En, || match vanban::import::import_bytes("bomb.pdf", &pdf, None) {
            Ok(_) => "imported".to_string(),
            Err(e) => {
                e.iter().map(|d| format!("{}\n{}", d.message, d.hint.clone().unwrap_or_default())).collect()
            }
        })
    });
    (result, peak)
}

/// `vanban import` of `pdf` in a fresh folder: its stderr and exit code,
/// and whether it wrote anything.
fn import_command(pdf: &[u8]) -> (String, Option<i32>, bool) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bomb.pdf"), pdf).unwrap();
    let out = vanban(dir.path(), &["import", "bomb.pdf"], 120);
    let wrote = std::fs::read_dir(dir.path()).unwrap().count() > 1;
    (String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code(), wrote)
}

const BOMB_HINT: &str = "the file is damaged or a \"decompression bomb\", not a real document; if you trust it, \
                         open it in a PDF viewer and print it to a new PDF, or copy its text into a .txt file";

#[test]
fn an_imported_pdf_page_that_inflates_past_the_limit_is_refused_while_inflating() {
    // 100 KB on disk, 1 GB inflated.
    let pdf = pdf_of_pages(1, 1, zlib_zeros(1024 * MB), None);
    assert!(pdf.len() < 2 * MB);
    let (message, peak) = import_pdf(pdf.clone());
    assert_eq!(
        message,
        format!(
            "bomb.pdf: the content of page 1 is more than 16 MB inflated; vanban reads streams up to 16 MB \
             (limits::IMPORT_MAX_STREAM_BYTES)\n{BOMB_HINT}"
        )
    );
    // The stream stopped at the bound, not after inflating it all.
    assert!(peak < 64 * MB, "{} MB", peak / MB);
    let (stderr, code, wrote) = import_command(&pdf);
    assert_eq!(
        stderr,
        "lỗi[import-pdf]: bomb.pdf: nội dung trang 1 khi giải nén nặng hơn 16 MB; vanban đọc mỗi luồng tối đa 16 MB \
         (limits::IMPORT_MAX_STREAM_BYTES)\n = cách sửa: Tệp bị hỏng hoặc là \"bom giải nén\", không phải văn bản thật; \
         nếu tin tệp này, mở nó trong trình xem PDF rồi in ra PDF mới, hoặc chép nội dung vào một tệp .txt\n\n"
    );
    assert_eq!(code, Some(1));
    assert!(!wrote);
}

#[test]
fn a_form_a_page_draws_is_bounded_as_its_content_is() {
    let pdf = pdf_of_pages(1, 1, zlib_spaces(10), Some(zlib_zeros(200 * MB)));
    // The page's own content draws the form.
    let mut doc = Document::load_mem(&pdf).unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let contents = doc.get_page_contents(page)[0];
    doc.objects.insert(contents, Object::Stream(Stream::new(Dictionary::new(), b"/X Do".to_vec())));
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf).unwrap();
    let (message, peak) = import_pdf(pdf);
    assert!(
        message.starts_with(
            "bomb.pdf: the content of page 1 is more than 16 MB inflated; vanban reads streams up to 16 MB"
        ),
        "{message}"
    );
    assert!(peak < 64 * MB, "{} MB", peak / MB);
}

#[test]
fn the_pages_of_an_imported_pdf_are_bounded_together() {
    // Seven pages each drawing the same 10 MB (under the bound for one
    // stream): 70 MB read in all, past the 64 MB a PDF may inflate to.
    let pdf = pdf_of_pages(7, 7, zlib_spaces(10 * MB), None);
    let (message, _) = import_pdf(pdf.clone());
    assert_eq!(
        message,
        "bomb.pdf: the pages' content is more than 64 MB inflated in all (past it on page 7); vanban reads up to \
         64 MB per PDF (limits::IMPORT_MAX_CONTENT_BYTES)\nimport the part you need, or copy its text into a .txt file"
    );
    let (stderr, code, wrote) = import_command(&pdf);
    assert!(
        stderr.starts_with(
            "lỗi[import-pdf]: bomb.pdf: nội dung các trang khi giải nén nặng hơn 64 MB cộng lại (vượt ở trang 7); \
             vanban đọc tối đa 64 MB cho một tệp PDF (limits::IMPORT_MAX_CONTENT_BYTES)\n"
        ),
        "{stderr}"
    );
    assert_eq!(code, Some(1));
    assert!(!wrote);
}

#[test]
fn a_pdf_with_too_many_pages_is_refused_by_its_page_count_and_by_its_pages() {
    // The page tree says 120,000 pages: refused from that count, before
    // the file is loaded (it has one page).
    let (message, _) = import_pdf(pdf_of_pages(1, 120_000, zlib_spaces(10), None));
    assert_eq!(
        message,
        "bomb.pdf has 120000 pages; vanban imports documents up to 500 pages (limits::IMPORT_MAX_PAGES)\n\
         import the part you need"
    );
    // A count that lies low does not let 600 pages through.
    let (message, _) = import_pdf(pdf_of_pages(600, 1, zlib_spaces(10), None));
    assert!(message.starts_with("bomb.pdf has 600 pages;"), "{message}");
}

#[test]
fn extract_refuses_a_pdf_larger_than_its_limit_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse file: the size alone is read.
    let file = std::fs::File::create(dir.path().join("big.pdf")).unwrap();
    file.set_len(vanban::limits::EXTRACT_MAX_FILE_BYTES + 1).unwrap();
    let out = vanban(dir.path(), &["extract", "big.pdf"], 60);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi: big.pdf nặng 65 MB; vanban đọc tệp PDF tối đa 64 MB (limits::EXTRACT_MAX_FILE_BYTES): một PDF do vanban \
         xuất nhẹ hơn nhiều\ncách sửa: nếu tin tệp PDF này, hãy lấy các tệp đính kèm bằng công cụ khác, ví dụ \
         `pdfdetach -saveall`\n"
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn extract_reads_a_pdf_of_many_pages_without_keeping_its_pages() {
    // 100,000 pages and one attached file: the pages are dropped as the
    // file is read (kept, they took 129 MB here; dropped, 5 MB).
    let pdf = pdf_with_names(|doc| {
        for _ in 0..100_000 {
            doc.add_object(dictionary! {"Type" => "Page", "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()]});
        }
        let spec = zeros_file(doc, "plan.yaml", 1024);
        dictionary! {"Names" => vec![Object::string_literal("plan.yaml"), spec.into()]}
    });
    let (result, peak) = extract(pdf);
    let files = result.unwrap();
    assert_eq!(files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["plan.yaml"]);
    assert_eq!(files[0].bytes, vec![0; 1024]);
    assert!(peak < 32 * MB, "{} MB", peak / MB);
}
