//! `vanban import` of the seed plan (a text extraction of the real Kế
//! hoạch) and of the Ngọc Liên sample's PDF: reading, recognising, writing
//! the YAML and loading it back. Target: ≤ 100 ms for the seed.
//!
//! `cargo bench --bench import`; figures are reported in README.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use vanban::Pipeline;
use vanban::import::import_bytes;
use vanban::load::load_str;

const SEED: &str = include_str!("../tests/fixtures/ke-hoach-ngoc-lien-2026.txt");
const SAMPLE: &str = include_str!("../data/ngoc-lien-2026.yaml");

fn import(c: &mut Criterion) {
    c.bench_function("import seed (text → YAML, loaded)", |b| {
        b.iter(|| import_bytes("seed.txt", black_box(SEED.as_bytes()), None).unwrap())
    });
    let pipeline = Pipeline::embedded();
    let loaded = load_str("ngoc-lien-2026.yaml", SAMPLE).unwrap();
    let rendered = pipeline.render(&loaded).unwrap();
    let pdf = pipeline.pdf(&loaded, &rendered).unwrap();
    c.bench_function("import sample PDF (PDF → YAML, loaded)", |b| {
        b.iter(|| import_bytes("plan.pdf", black_box(&pdf), None).unwrap())
    });
}

criterion_group!(benches, import);
criterion_main!(benches);
