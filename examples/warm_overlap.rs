//! Experiment: a cold render where a helper thread warms typst (library,
//! fonts, layout library, a tiny document) while the main thread loads,
//! lints and templates the YAML.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: warm_overlap FILE.yaml");
    let warm = std::env::args().nth(2).as_deref() == Some("warm");
    let t = Instant::now();
    let pipeline = vanban::Pipeline::embedded();
    std::thread::scope(|s| {
        let p = &pipeline;
        let h = warm.then(|| s.spawn(move || {
            let t0 = Instant::now();
            let src = format!(
                "#import \"{}\": *\n#show: van-ban.with(font: \"{}\", title: [], author: \"\")\n#header(parent: (), issuer: ([ỦY BAN NHÂN DÂN], [XÃ]), number: [Số: /KH-UBND], date: [ngày tháng năm 2026])\n#ten-loai[KẾ HOẠCH][Triển khai]\nCăn cứ *Quyết định* _số_ ngày tháng năm\n",
                vanban::template::LAYOUT_LIBRARY_NAME, p.typesetter.fonts.family);
            let world = p.typesetter.world(src, None, None);
            let r = p.typesetter.compile(&world);
            eprintln!("warm-up {:.2} ms ok={}", t0.elapsed().as_secs_f64() * 1e3, r.is_ok());
        }));
        let loaded = vanban::load::load_file(path.as_ref()).unwrap();
        let (source, warnings) = pipeline.prepare(&loaded).unwrap();
        eprintln!("prepared at {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
        let world = pipeline.world(&loaded, source);
        let t1 = Instant::now();
        let rendered = pipeline.layout(&loaded, &world, warnings).unwrap();
        eprintln!("compile {:.2} ms", t1.elapsed().as_secs_f64() * 1e3);
        let t2 = Instant::now();
        let pdf = pipeline.pdf(&loaded, &rendered).unwrap();
        eprintln!("export {:.2} ms", t2.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(pdf);
        if let Some(h) = h {
            h.join().unwrap();
        }
    });
    eprintln!("total {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
}
