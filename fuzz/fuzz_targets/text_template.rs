//! Text-field expansion: any text either expands or is refused with an
//! error — never a panic, a hang, or output larger than the budget allows.
#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;
use vanban::load::expand::TextEnv;
use vanban::model::Citation;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Citations whose subjects are themselves templates, citing each other.
    let mut citations = HashMap::new();
    for (id, subject) in [("a", "năm {{ year }}"), ("b", "theo {{ cite_full('a') }}"), ("c", "{{ cite('c') }}")] {
        citations.insert(
            id.to_string(),
            Citation {
                id: Some(id.into()),
                kind: "Quyết định".into(),
                number: Some(format!("1/{id}")),
                date: None,
                issuer: Some("UBND tỉnh".into()),
                subject: Some(subject.into()),
                replaced_by: None,
                date_style: None,
                with_number: false,
            },
        );
    }
    let env = TextEnv::new(citations, Some(2026), Some("Ngọc Liên".into()));
    if let Ok(out) = env.expand(&text) {
        assert!(out.len() <= vanban::limits::TEXT_MAX_OUTPUT_BYTES);
    }
});
