//! Where `Pipeline::prepare` spends its time (a profiling aid):
//! `cargo run --release --example prepare_timing -- data/ngoc-lien-2026.yaml 500`.

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: prepare_timing FILE.yaml [N]");
    let n: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(500);
    let loaded = vanban::load::load_file(std::path::Path::new(&path)).unwrap();
    let pipeline = vanban::Pipeline::embedded();
    let ctx = pipeline.lint_context();
    let mut t = [Duration::ZERO; 3];
    for _ in 0..n {
        let a = Instant::now();
        std::hint::black_box(vanban::lint::lint(&loaded, &ctx));
        let b = Instant::now();
        std::hint::black_box(pipeline.check_coverage(&loaded));
        let c = Instant::now();
        std::hint::black_box(pipeline.typst_source(&loaded).unwrap());
        let d = Instant::now();
        for (k, x) in [b - a, c - b, d - c].into_iter().enumerate() {
            t[k] += x;
        }
    }
    for (name, x) in ["lint", "coverage", "template"].iter().zip(t) {
        println!("{name:<10} {:>6.3} ms", x.as_secs_f64() * 1e3 / f64::from(n));
    }
}
