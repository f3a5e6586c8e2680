//! What `vanban issue` costs beyond the render, on the Ngọc Liên plan: the
//! check before a number is taken, opening the register, looking the
//! document up in it (issued before?), taking the number
//! (one IMMEDIATE transaction, synced), writing số and ngày into the YAML
//! text and loading it again, hashing the PDF and recording it — the steps
//! of `src/cmd/issue.rs` other than typesetting, in its order, on a
//! register that already holds 1,000 numbers.
//!
//! `cargo bench --bench register`; the figure is reported in README.md.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use vanban::Pipeline;
use vanban::load::load_str;
use vanban::register::{self, NewEntry};

const SAMPLE: &str = include_str!("../data/ngoc-lien-2026.yaml");

fn new_entry(date: NaiveDate) -> NewEntry {
    NewEntry {
        body: "Ủy ban nhân dân xã Ngọc Liên".to_string(),
        series: String::new(),
        date,
        ky_hieu: "KH-UBND".to_string(),
        doc_type: "ke-hoach".to_string(),
        title: "Kế hoạch Triển khai".to_string(),
        signer: "Phạm Xuân Khánh".to_string(),
        recipients: "UBND tỉnh; Các thôn".to_string(),
        copies: 5,
        archive: "VT, VHXH".to_string(),
        note: String::new(),
        source: Some("ngoc-lien-2026.yaml".to_string()),
    }
}

fn issue_overhead(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanban-register.sqlite");
    let date = NaiveDate::from_ymd_opt(2026, 4, 20).unwrap();
    {
        let mut reg = register::open(&path).unwrap();
        for _ in 0..1000 {
            reg.take(&new_entry(date)).unwrap();
        }
    }
    let pipeline = Pipeline::embedded();
    let loaded = load_str("ngoc-lien-2026.yaml", SAMPLE).unwrap();
    let pdf = pipeline.pdf(&loaded, &pipeline.render(&loaded).unwrap()).unwrap();
    let pdf_path = dir.path().join("ngoc-lien-2026.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();

    c.bench_function("issue beyond the render (check, look up, take, edit, reload, hash, record)", |b| {
        b.iter(|| {
            let loaded = load_str("ngoc-lien-2026.yaml", SAMPLE).unwrap();
            pipeline.prepare(&loaded).unwrap();
            let mut reg = register::open(&path).unwrap();
            // Was this document issued before (by its file, then its ký hiệu and trích yếu)?
            black_box(reg.lookup(&loaded.document, "ngoc-lien-2026.yaml".as_ref()).unwrap());
            let taken = reg.take(&new_entry(date)).unwrap();
            let edits = vec![
                vanban::rollover::set_top_level(&loaded, "number", &taken.number.to_string(), "place")
                    .unwrap(),
                vanban::rollover::set_top_level(&loaded, "date", "2026-04-20", "year").unwrap(),
            ];
            let yaml = vanban::rollover::apply(&loaded.file.text, edits);
            let issued = load_str("ngoc-lien-2026.yaml", &yaml).unwrap();
            let sha = register::sha256(black_box(&pdf));
            reg.record(taken.id, &pdf_path, &sha).unwrap();
            black_box(issued)
        })
    });
    c.bench_function("register: open and take one number", |b| {
        b.iter(|| register::open(&path).unwrap().take(&new_entry(date)).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = issue_overhead
}
criterion_main!(benches);
