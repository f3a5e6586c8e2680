//! Renders `examples/sample_images.typ` to the sample signature and seal
//! images in `data/images/` (transparent PNGs at 300 dpi):
//! `cargo run --example sample_images`.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join("examples/sample_images.typ")).unwrap();
    let typesetter = vanban::typeset::Typesetter::embedded();
    let world = typesetter.world(source, None, None);
    let compiled = typesetter.compile(&world).unwrap_or_else(|e| panic!("{e}"));
    for (page, name) in [(0, "chu-ky-pham-xuan-khanh.png"), (1, "dau-ubnd-xa-ngoc-lien.png")] {
        let png = vanban::typeset::export::png(&compiled.document, page, 300.0).unwrap();
        let path = root.join("data/images").join(name);
        std::fs::write(&path, png).unwrap();
        println!("wrote {}", path.display());
    }
}
