//! Prints the text the tests' Rust PDF reader (`tests/common/pdf.rs`)
//! extracts from a PDF, for `scripts/check-with-poppler.sh` to compare
//! with `pdftotext`: `cargo run --example pdf_text -- FILE.pdf [--raw|--rows]`.

#[path = "../tests/common/pdf.rs"]
#[allow(dead_code)]
mod pdf;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: pdf_text FILE.pdf [--raw|--rows]");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match args.next().as_deref() {
        None => print!("{}", pdf::text(&bytes)),
        Some("--raw") => print!("{}", pdf::raw_text(&bytes)),
        Some("--rows") => pdf::rows(&bytes).iter().for_each(|r| println!("{r}")),
        Some(other) => panic!("unknown option {other}"),
    }
}
