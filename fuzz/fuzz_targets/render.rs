//! YAML → model → Typst → PDF: any input ends in a PDF or diagnostics,
//! never a panic or a hang.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vanban::Pipeline;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::embedded)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(loaded) = vanban::load::load_str("fuzz.yaml", &text) else { return };
    let pipeline = pipeline();
    match pipeline.render(&loaded) {
        Ok(rendered) => {
            let pdf = pipeline.pdf(&loaded, &rendered).expect("a rendered document exports");
            assert!(pdf.starts_with(b"%PDF-"));
        }
        Err(errors) => {
            for d in errors.iter() {
                let _ = d.render(false);
            }
        }
    }
    // Keep memory flat over millions of runs.
    typst::comemo::evict(10);
});
