//! The Vietnamese user guide (`docs/huong-dan.md`) shows what it says: every
//! picture it links is there, and every sample document is shown or named.

mod common;

use std::path::Path;

fn guide() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/huong-dan.md")).unwrap()
}

#[test]
fn every_picture_the_guide_links_exists() {
    let text = guide();
    let link = regex_lite::Regex::new(r"\]\((img/[^)\s]+)\)").unwrap();
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let linked: Vec<&str> = link.captures_iter(&text).map(|c| c.get(1).unwrap().as_str()).collect();
    assert!(linked.len() >= 17, "the guide shows a first page per kind of document: {linked:?}");
    for l in &linked {
        let png = std::fs::read(docs.join(l)).unwrap_or_else(|e| panic!("{l}: {e}"));
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{l} is not a PNG");
    }
    // And nothing in docs/img is left unlinked.
    for entry in std::fs::read_dir(docs.join("img")).unwrap() {
        let name = format!("img/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(linked.contains(&name.as_str()), "{name} is not shown in the guide");
    }
}

#[test]
fn every_sample_is_shown_or_named_in_the_guide() {
    let text = guide();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(data).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") {
            assert!(text.contains(&format!("data/{name}")), "the guide never names data/{name}");
        }
    }
}

/// The error example of section 3 is what `vanban check` says of its file,
/// word for word, in Vietnamese.
#[test]
fn the_guides_error_example_is_the_tools_output() {
    let text = guide();
    let section = &text[text.find("## 3. Đọc một thông báo lỗi").expect("section 3")..];
    let yaml_start = section.find("```yaml\n").expect("the example file") + "```yaml\n".len();
    let yaml = &section[yaml_start..yaml_start + section[yaml_start..].find("```").unwrap()];
    let shown_start = section.find("$ vanban check cong-van-loi.yaml\n").expect("the example run")
        + "$ vanban check cong-van-loi.yaml\n".len();
    let shown = &section[shown_start..shown_start + section[shown_start..].find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cong-van-loi.yaml"), yaml).unwrap();
    let out = common::vanban(dir.path(), &["check", "cong-van-loi.yaml"]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.trim_end(), shown.trim_end());
}
