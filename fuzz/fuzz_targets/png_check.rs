//! Arbitrary bytes as a signature or seal image: the chunk walk and the
//! decode after it end in a size or a message, never a panic, a hang or
//! runaway memory; and what the walk passes on is stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban::load::png_chunks::sanitize;

fuzz_target!(|data: &[u8]| {
    if let Ok(clean) = sanitize(data) {
        // Sanitizing what was sanitized changes nothing: typst's copy is
        // the one vanban checked.
        let again = sanitize(&clean).expect("a sanitized PNG passes again");
        assert_eq!(again.as_ref(), clean.as_ref());
    }
    let _ = vanban::load::check_png_bytes(data);
});
