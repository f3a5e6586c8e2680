//! The DOCX backend: model → DOCX bytes (styles, tables, zip) for the
//! samples it takes. `cargo bench --bench docx`; figures in README.md.
//! (Target: ≤ 10 ms for a document; LibreOffice takes about 1 s to turn a
//! DOCX into a PDF.)

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use vanban::docx::{DocxOptions, write};
use vanban::load::load_file;

const SAMPLES: [(&str, &str); 6] = [
    ("cong-van", "data/cong-van-ngoc-lien-2026.yaml"),
    ("to-trinh (with a table)", "data/to-trinh-ngoc-lien-2027.yaml"),
    ("ke-hoach, the sample plan (9 pages)", "data/ngoc-lien-2026.yaml"),
    ("ke-hoach with a landscape phu luc", "data/ke-hoach-tinh-binh-lam-2026.yaml"),
    ("quyet-dinh QPPL with the quy dinh it issues", "data/quyet-dinh-qppl-tinh-binh-lam-2026.yaml"),
    ("quyet-dinh with its quy che and two forms", "data/quyet-dinh-quy-che-ngoc-lien-2026.yaml"),
];

fn docx(c: &mut Criterion) {
    for (name, path) in SAMPLES {
        // From the file: the công văn's images are checked beside it.
        let loaded = load_file(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
        let options = DocxOptions { draft: true };
        assert!(write(&loaded, options).is_ok());
        c.bench_function(&format!("docx: {name} (model → DOCX bytes)"), |b| {
            b.iter(|| write(black_box(&loaded), options).unwrap())
        });
    }
    // Signed: the công văn with its signature and seal images read and placed.
    let loaded = load_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/cong-van-ngoc-lien-2026.yaml"),
    )
    .unwrap();
    let options = DocxOptions { draft: false };
    c.bench_function("docx: cong-van signed (images)", |b| {
        b.iter(|| write(black_box(&loaded), options).unwrap())
    });
}

criterion_group!(benches, docx);
criterion_main!(benches);
