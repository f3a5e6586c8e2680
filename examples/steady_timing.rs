//! Per-stage cost of documents rendered one after another in a warm
//! process (what a batch pays per document), averaged over N documents
//! that differ in số, signer and one sentence (a profiling aid):
//! `cargo run --release --example steady_timing -- data/ngoc-lien-2026.yaml 200`.

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: steady_timing FILE.yaml [N]");
    let n: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let src = std::fs::read_to_string(&path).unwrap();
    let pipeline = vanban::Pipeline::embedded();
    let names = ["load", "lint + template", "compile + checks", "PDF export"];
    let mut total = [Duration::ZERO; 4];
    for i in 0..n {
        let yaml = src
            .replace("number: null", &format!("number: {}", i + 1))
            .replace("name: Phạm Xuân Khánh", &format!("name: Nguyễn Văn Số {i}"))
            .replace("Tăng cường công tác lãnh đạo", &format!("Tăng cường (lần {i}) công tác lãnh đạo"));
        let t0 = Instant::now();
        let loaded = vanban::load::load_str(&path, &yaml).unwrap();
        let t1 = Instant::now();
        let (source, warnings) = pipeline.prepare(&loaded).unwrap();
        let t2 = Instant::now();
        let world = pipeline.world(&loaded, source);
        let rendered = pipeline.layout(&loaded, &world, warnings).unwrap();
        let t3 = Instant::now();
        std::hint::black_box(pipeline.pdf(&loaded, &rendered).unwrap());
        let t4 = Instant::now();
        typst::comemo::evict(10);
        if i > 0 {
            for (k, d) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3].into_iter().enumerate() {
                total[k] += d;
            }
        }
    }
    let per = |d: Duration| d.as_secs_f64() * 1e3 / f64::from(n - 1);
    for (name, d) in names.iter().zip(total) {
        println!("{name:<18} {:>6.2} ms", per(d));
    }
    println!("{:<18} {:>6.2} ms", "per document", per(total.iter().sum()));
}
