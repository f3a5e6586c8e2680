//! Arbitrary bytes as a PDF to extract from: any input ends in the attached
//! files or a message, never a panic, a hang or runaway memory (the
//! budgets of `vanban::extract`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(files) = vanban::extract::attached_files(data) {
        let total: usize = files.iter().map(|f| f.bytes.len()).sum();
        assert!(total <= vanban::limits::EXTRACT_MAX_TOTAL, "{total} bytes returned");
        for file in &files {
            // A stored path never leaves the folder extracted into.
            if let Some(path) = &file.path {
                assert!(path.components().all(|c| matches!(c, std::path::Component::Normal(_))), "{path:?}");
            }
        }
    }
});
