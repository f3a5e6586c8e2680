//! The generated Typst source: readable, stable, and escaped by construction.

mod common;

#[test]
fn sample_source_snapshot() {
    let loaded = vanban::load::load_file(&common::sample_path()).unwrap();
    let source = vanban::Pipeline::embedded().typst_source(&loaded).unwrap();
    // Review changes with `cargo insta review` (or INSTA_UPDATE=always).
    insta::assert_snapshot!("ngoc_lien_2026_typ", source);
}

#[test]
fn the_source_parses_without_errors_and_only_imports_the_library() {
    let loaded = vanban::load::load_file(&common::sample_path()).unwrap();
    let source = vanban::Pipeline::embedded().typst_source(&loaded).unwrap();
    let root = typst::syntax::parse(&source);
    let (errors, _) = root.errors_and_warnings();
    assert!(errors.is_empty(), "{errors:?}");
    let imports: Vec<&str> =
        source.lines().filter(|l| l.contains("#import") || l.contains("#include")).collect();
    assert_eq!(imports, ["#import \"vanban-nd30.typ\": *"]);
}
