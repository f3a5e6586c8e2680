//! Where a cold, whole-process render spends its time, stage by stage
//! (a profiling aid for the benchmarks in README):
//! `cargo run --release --example cold_timing -- data/ngoc-lien-2026.yaml`.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: cold_timing FILE.yaml");
    let t = Instant::now();
    let mut last = t;
    let mut step = |name: &str| {
        let now = Instant::now();
        eprintln!("{name:<28} {:>7.2} ms", (now - last).as_secs_f64() * 1e3);
        last = now;
    };
    let pipeline = vanban::Pipeline::embedded();
    step("fonts (embedded)");
    let loaded = vanban::load::load_file(path.as_ref()).unwrap();
    step("load + validate");
    let (source, warnings) = pipeline.prepare(&loaded).unwrap();
    step("lint + template");
    let world = pipeline.world(&loaded, source);
    step("world");
    let compiled = pipeline.typesetter.compile(&world).unwrap();
    step("typst compile");
    let layout = vanban::typeset::inspect::Layout::of(&compiled.document);
    step("layout inspection");
    drop(layout);
    let rendered = pipeline.layout(&loaded, &world, warnings).unwrap();
    step("compile again (warm)");
    let pdf = pipeline.pdf(&loaded, &rendered).unwrap();
    step("PDF export");
    std::hint::black_box(pdf);
    eprintln!("{:<28} {:>7.2} ms", "total", t.elapsed().as_secs_f64() * 1e3);
}
