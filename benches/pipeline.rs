//! Each stage of the pipeline on the Ngọc Liên plan, the whole pipeline cold
//! and warm, and how cost grows with the size of a plan.
//!
//! `cargo bench --bench pipeline`; figures are reported in README.md.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use vanban::Pipeline;
use vanban::load::load_str;

const SAMPLE: &str = include_str!("../data/ngoc-lien-2026.yaml");

/// The sample with every dự án repeated `times` times and nơi nhận likewise.
fn scaled(times: usize) -> String {
    let start = SAMPLE.find("\nprojects:\n").unwrap() + "\nprojects:\n".len();
    let end = SAMPLE.find("\nsolutions:\n").unwrap();
    let projects = &SAMPLE[start..end];
    // Anchors may be defined once only: repeat the projects without them.
    let repeat = projects
        .replace("&von-trung-uong", "")
        .replace("*von-trung-uong", "{source: Vốn ngân sách Trung ương, under: [nq661, qd2624]}");
    let mut out = String::from(&SAMPLE[..end]);
    for _ in 1..times {
        out.push_str(&repeat);
    }
    out.push_str(&SAMPLE[end..]);
    let recipients = "recipients:\n";
    let at = out.find(recipients).unwrap() + recipients.len();
    let extra: String = (0..times * 6).map(|i| format!("  - Thôn số {i} (để t/h)\n")).collect();
    out.insert_str(at, &extra);
    out
}

fn stages(c: &mut Criterion) {
    let pipeline = Pipeline::embedded();
    let loaded = load_str("ngoc-lien-2026.yaml", SAMPLE).unwrap();
    let source = pipeline.typst_source(&loaded).unwrap();
    let rendered = pipeline.render(&loaded).unwrap();

    c.bench_function("load (YAML → model)", |b| b.iter(|| load_str("x.yaml", black_box(SAMPLE)).unwrap()));
    c.bench_function("template (model → Typst)", |b| {
        b.iter(|| pipeline.typst_source(black_box(&loaded)).unwrap())
    });
    c.bench_function("compile (Typst → pages), cold", |b| {
        b.iter_batched(
            || {
                typst::comemo::evict(0);
                pipeline.typesetter.world(source.clone(), None, None)
            },
            |world| pipeline.typesetter.compile(&world).unwrap(),
            BatchSize::PerIteration,
        )
    });
    c.bench_function("export (pages → PDF)", |b| {
        b.iter(|| pipeline.pdf(&loaded, black_box(&rendered)).unwrap())
    });
    c.bench_function("pipeline cold (YAML → PDF, new world)", |b| {
        b.iter_batched(
            || typst::comemo::evict(0),
            |()| {
                let loaded = load_str("x.yaml", SAMPLE).unwrap();
                let rendered = pipeline.render(&loaded).unwrap();
                pipeline.pdf(&loaded, &rendered).unwrap()
            },
            BatchSize::PerIteration,
        )
    });

    // Warm: one world, a one-word edit per iteration (two versions alternate).
    let edited = SAMPLE.replace("Phạm Xuân Khánh", "Phạm Xuân Khang");
    let versions = [load_str("a.yaml", SAMPLE).unwrap(), load_str("b.yaml", &edited).unwrap()];
    let sources: Vec<String> = versions.iter().map(|l| pipeline.typst_source(l).unwrap()).collect();
    let mut world = pipeline.typesetter.world(sources[0].clone(), None, None);
    pipeline.typesetter.compile(&world).unwrap();
    let mut turn = 0;
    c.bench_function("warm re-render after a one-word edit (YAML → PDF)", |b| {
        b.iter(|| {
            turn ^= 1;
            let loaded = &versions[turn];
            let (source, warnings) = pipeline.prepare(loaded).unwrap();
            world.set_source(&source);
            let rendered = pipeline.layout(loaded, &world, warnings).unwrap();
            pipeline.pdf(loaded, &rendered).unwrap()
        })
    });
    c.bench_function("warm compile only after a one-word edit", |b| {
        b.iter(|| {
            turn ^= 1;
            world.set_source(&sources[turn]);
            pipeline.typesetter.compile(&world).unwrap()
        })
    });
}

fn scale(c: &mut Criterion) {
    let pipeline = Pipeline::embedded();
    let mut group = c.benchmark_group("scale (cold pipeline)");
    group.sample_size(10);
    for times in [1, 10, 100] {
        let yaml = scaled(times);
        group.bench_function(format!("{times}× dự án and nơi nhận"), |b| {
            b.iter_batched(
                || typst::comemo::evict(0),
                |()| {
                    let loaded = load_str("x.yaml", &yaml).unwrap();
                    let rendered = pipeline.render(&loaded).unwrap();
                    pipeline.pdf(&loaded, &rendered).unwrap()
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, stages, scale);
criterion_main!(benches);
