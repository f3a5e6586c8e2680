//! Stage 5: vanban checks its own pages. After layout and before anything
//! is written, the laid-out pages ([`Layout`]) are compared with what the
//! user wrote:
//!
//! - [`text`]: every printed field's words are on the pages, in order
//!   (NFC, case, spaces and line breaks ignored; vanban's own words —
//!   labels, `Căn cứ`, numbering, footnote numbers, page numbers — fall in
//!   the gaps between fields or between lines). A field whose text is
//!   missing or altered is a bug in vanban.
//! - [`place`]: no glyph, rule or image lies outside the text area (the page
//!   minus the margins of `templates/nd30.typ`, the page-number zone
//!   aside), and the header's two columns do not overlap.
//!
//! The checks see only the [`Layout`]: no Typst types. They are never
//! skipped and their rules are never allowable.

pub mod place;
pub mod text;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Loaded;
use crate::typeset::inspect::Layout;

/// A self-check rule (listed by `vanban check --rules` after the lint rules).
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    summary: fn() -> String,
    clause: fn() -> String,
}

impl Rule {
    /// What the rule checks, in the run's language.
    pub fn summary(&self) -> String {
        (self.summary)()
    }
    /// What it rests on, in the run's language.
    pub fn clause(&self) -> String {
        (self.clause)()
    }
}

/// The self-check rules. Never allowable: they protect the reader.
pub const RULES: &[Rule] = &[
    Rule {
        id: TEXT,
        severity: Severity::Error,
        summary: || crate::t!("self-check-text-summary"),
        clause: || crate::t!("self-check-text-summary.rule"),
    },
    Rule {
        id: PLACE,
        severity: Severity::Error,
        summary: || crate::t!("self-check-place-summary"),
        clause: || crate::t!("self-check-place-summary.rule"),
    },
];

/// Rule id of the text comparison.
pub const TEXT: &str = "self-check-text";
/// Rule id of the placement check.
pub const PLACE: &str = "self-check-place";

/// What a rendered file prints of the document, besides its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    /// A trích sao prints the copied part only: the body is not checked
    /// field by field, only the excerpt.
    pub excerpt_only: bool,
    /// Which phụ lục the file holds.
    pub appendices: crate::Appendices,
    /// The form (1-based) the file holds alone, if it is a blank form.
    pub form: Option<usize>,
}

/// Runs both checks; an empty result means the pages are what the user
/// wrote, in place.
pub fn verify(loaded: &Loaded, layout: &Layout, scope: Scope) -> Vec<Diagnostic> {
    let texts = text::check(loaded, layout, scope);
    let mut out = texts.diagnostics;
    // A phụ lục issued as a file of its own has no header on its page 1.
    // Nor has a blank form printed alone.
    let header = !matches!(scope.appendices, crate::Appendices::Only(_)) && scope.form.is_none();
    out.extend(place::check(loaded, layout, &texts.owners, header));
    out
}

/// Whether `id` is a self-check rule.
pub fn is_rule(id: &str) -> bool {
    RULES.iter().any(|r| r.id == id)
}
