//! Compiles a Typst file with vanban's World and embedded fonts and prints
//! its lines (a debugging aid for the layout library):
//! `cargo run --example compile_typ -- file.typ`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: compile_typ FILE.typ");
    let source = std::fs::read_to_string(&path).unwrap();
    let typesetter = vanban::typeset::Typesetter::embedded();
    let world = typesetter.world(source, None, None);
    let compiled = typesetter.compile(&world).unwrap_or_else(|e| panic!("{e}"));
    let layout = vanban::typeset::inspect::Layout::of(&compiled.document);
    for page in 1..=layout.pages.len() {
        for line in layout.lines(page) {
            println!("p{page} x={:6.2} r={:6.2} y={:6.2} {}", line.x, line.right(), line.y, line.text);
            if std::env::var_os("RUNS").is_some() {
                for r in &line.runs {
                    println!("    run x={:6.2} w={:6.2} {:?}", r.x, r.width, r.text);
                }
            }
        }
    }
}
