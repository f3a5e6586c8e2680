//! Compiles a Typst file with vanban's World and embedded fonts and prints
//! its lines (a debugging aid for the layout library):
//! `cargo run --example compile_typ -- file.typ [out.pdf]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: compile_typ FILE.typ [OUT.pdf]");
    let source = std::fs::read_to_string(&path).unwrap();
    let typesetter = vanban::typeset::Typesetter::embedded();
    let world = typesetter.world(source, None, None);
    let compiled = typesetter.compile(&world).unwrap_or_else(|e| panic!("{e}"));
    let layout = vanban::typeset::inspect::Layout::of(&compiled.document);
    for page in 1..=layout.pages.len() {
        for line in layout.lines(page) {
            println!("p{page} x={:6.2} r={:6.2} y={:6.2} {}", line.x, line.right(), line.y, line.text);
        }
    }
    for f in vanban::typeset::fields::sign_fields(&compiled.document) {
        println!("field {} p{} {:?}", f.kind, f.page, f.rect);
    }
    for i in &layout.images {
        println!("image p{} x={:.2} y={:.2} w={:.2} h={:.2}", i.page, i.x, i.y, i.width, i.height);
    }
    if let Some(out) = args.next() {
        let pdf = vanban::typeset::export::pdf(&compiled.document, &Default::default()).unwrap();
        std::fs::write(out, pdf).unwrap();
    }
}
