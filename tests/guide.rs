//! The Vietnamese user guide (`docs/huong-dan.md`) shows what it says: every
//! picture it links is there, and every sample document is shown or named.

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
