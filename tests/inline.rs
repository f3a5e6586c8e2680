//! Inline markup (`**bold**`, `*italic*`, `^[footnotes]`) in a document:
//! nesting beyond the limit is refused when the YAML is loaded, so `check`
//! reports it as `render` does, located at the field and at the marker.

mod common;

use vanban::limits::INLINE_MAX_DEPTH;

/// `depth` footnotes inside each other around `x`.
fn notes(depth: usize) -> String {
    format!("{}x{}", "^[".repeat(depth), "]".repeat(depth))
}

/// The sample with `place:` (a plain one-line scalar) set to `text`.
fn with_place(text: &str) -> String {
    let sample = common::sample_text();
    assert!(sample.contains("\nplace: Ngọc Liên\n"));
    sample.replace("\nplace: Ngọc Liên\n", &format!("\nplace: {text}\n"))
}

/// 1-based line and column (in characters) of `needle` in `text`.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (text[..at].matches('\n').count() + 1, text[line_start..at].chars().count() + 1)
}

#[test]
fn nesting_beyond_the_limit_is_a_located_error() {
    let deep = notes(INLINE_MAX_DEPTH + 1);
    let yaml = with_place(&format!("Ngọc Liên {deep}"));
    let errors = vanban::load::load_str("plan.yaml", &yaml).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors}");
    let d = errors.iter().next().unwrap();
    assert_eq!(d.code, "inline-too-deep");
    assert_eq!(
        d.message,
        format!(
            "Định dạng trong dòng lồng nhau {} cấp; tối đa là {INLINE_MAX_DEPTH} cấp",
            INLINE_MAX_DEPTH + 1
        )
    );
    assert_eq!(d.path.as_deref(), Some("place"));
    // At the first `^[` beyond the limit.
    let (line, column) = position(&yaml, &deep);
    assert_eq!(d.line_col(), Some((line, column + 2 * INLINE_MAX_DEPTH)), "{d}");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            format!(
                "Chỉ lồng `**đậm**`, `*nghiêng*` và `^[chú thích]` tối đa {INLINE_MAX_DEPTH} cấp; \
                 dấu sao không phải định dạng thì viết là `\\*`"
            )
            .as_str()
        )
    );
    // Quoted, the text is not the YAML's: the field is pointed at.
    let emphasis: String = (0..=INLINE_MAX_DEPTH).map(|i| if i % 2 == 0 { "*a " } else { "**b " }).collect();
    let closing: String =
        (0..=INLINE_MAX_DEPTH).rev().map(|i| if i % 2 == 0 { " a*" } else { " b**" }).collect();
    let yaml = with_place(&format!("\"{emphasis}x{closing}\""));
    let errors = vanban::load::load_str("plan.yaml", &yaml).unwrap_err();
    let d = errors.iter().next().unwrap();
    assert_eq!((d.code, d.path.as_deref()), ("inline-too-deep", Some("place")), "{d}");
    assert_eq!(d.line_col(), Some(position(&yaml, "\"*a **b")), "{d}");
    // At the limit it loads.
    vanban::load::load_str("plan.yaml", &with_place(&format!("Ngọc Liên {}", notes(INLINE_MAX_DEPTH))))
        .unwrap();
}

#[test]
fn check_reports_deep_nesting_without_overflowing() {
    // 50,000 levels overflowed the stack; `check` let them through.
    let dir = tempfile::tempdir().unwrap();
    let yaml = with_place(&format!("Ngọc Liên {}", notes(50_000)));
    std::fs::write(dir.path().join("plan.yaml"), &yaml).unwrap();
    for command in ["check", "render"] {
        let out = common::vanban(dir.path(), &[command, "plan.yaml"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(
            err.contains(
                &format!("lỗi[inline-too-deep]: Định dạng trong dòng lồng nhau 50000 cấp; tối đa là {INLINE_MAX_DEPTH} cấp")
            ),
            "{err}"
        );
        let (line, column) = position(&yaml, "^[");
        assert!(err.contains(&format!("plan.yaml:{line}:{}", column + 2 * INLINE_MAX_DEPTH)), "{err}");
    }
    assert!(!dir.path().join("plan.pdf").exists());
}
