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
    // Every indentation in tabs: the slips are found one parse each, up to
    // MAX_SYNTAX_REPAIRS, and the rest counted.
    let tabbed: String = SAMPLE
        .lines()
        .map(|l| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            format!("{}{}{}\n", "\t".repeat(indent / 2), " ".repeat(indent % 2), &l[indent..])
        })
        .collect();
    c.bench_function("load, the sample indented with tabs (every slip said, capped)", |b| {
        b.iter(|| load_str("x.yaml", black_box(&tabbed)).unwrap_err())
    });
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
    // The self-check runs on the layout every render already reads (for
    // missing glyphs): its cost is the comparison itself.
    let layout = vanban::typeset::inspect::Layout::of(&rendered.document);
    assert!(vanban::verify::verify(&loaded, &layout, pipeline.verify_scope()).is_empty());
    c.bench_function("self-check (laid-out pages ↔ YAML)", |b| {
        b.iter(|| vanban::verify::verify(black_box(&loaded), black_box(&layout), pipeline.verify_scope()))
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

    // Warm, as `vanban watch` works: one world kept across saves, and each
    // iteration a new edit never seen before (one word of a paragraph in
    // the middle of the plan), from YAML text to PDF bytes.
    let edit = |n: u64| {
        SAMPLE.replace("Tăng cường công tác lãnh đạo", &format!("Tăng cường (lần {n}) công tác lãnh đạo"))
    };
    assert_ne!(edit(1), SAMPLE, "the edit must change the plan");
    let first = load_str("ngoc-lien-2026.yaml", SAMPLE).unwrap();
    let (source, _) = pipeline.prepare(&first).unwrap();
    let mut world = pipeline.world(&first, source);
    pipeline.typesetter.compile(&world).unwrap();
    let mut n = 0u64;
    c.bench_function("warm re-render after a new one-word edit (YAML → PDF)", |b| {
        b.iter_batched(
            || {
                // `watch` trims the cache after the PDF is written, while
                // the user reads it: not part of the wait for the next one.
                typst::comemo::evict(30);
                n += 1;
                edit(n)
            },
            |yaml| {
                let loaded = load_str("ngoc-lien-2026.yaml", &yaml).unwrap();
                let (source, warnings) = pipeline.prepare(&loaded).unwrap();
                pipeline.update_world(&mut world, &loaded, &source);
                let rendered = pipeline.layout(&loaded, &world, warnings).unwrap();
                pipeline.pdf(&loaded, &rendered).unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    c.bench_function("warm compile only, after a new one-word edit", |b| {
        b.iter_batched(
            || {
                typst::comemo::evict(30);
                n += 1;
                pipeline.typst_source(&load_str("x.yaml", &edit(n)).unwrap()).unwrap()
            },
            |source| {
                world.set_source(&source);
                pipeline.typesetter.compile(&world).unwrap()
            },
            BatchSize::PerIteration,
        )
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
