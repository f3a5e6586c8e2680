//! YAML → model: any input ends in a document or diagnostics, never a
//! panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match vanban::load::load_str("fuzz.yaml", &text) {
        Ok(_) => {}
        Err(errors) => {
            // Every diagnostic renders (codespan must accept its span).
            for d in errors.iter() {
                let _ = d.render(false);
            }
        }
    }
});
