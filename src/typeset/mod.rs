//! Stage 4: Typst source → laid-out pages → PDF, PNG or SVG, compiled
//! in-process with the `typst` crate.

pub mod export;
pub mod fields;
pub mod fonts;
pub mod form;
pub mod inspect;
pub mod world;

use std::path::Path;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic, Warned};
use typst_layout::PagedDocument;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
pub use fonts::{FontOptions, Fonts};
pub use world::DocWorld;

/// Compiles documents; holds the fonts, which are shared by every document.
pub struct Typesetter {
    pub fonts: Fonts,
}

/// A compiled document and the warnings typst gave.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
}

impl Typesetter {
    pub fn new(options: &FontOptions) -> Self {
        Self { fonts: Fonts::new(options) }
    }

    /// Only the embedded fonts: what tests and reproducible output use.
    pub fn embedded() -> Self {
        Self { fonts: Fonts::embedded() }
    }

    /// A world for one document. `root` is the only folder it may read.
    pub fn world(
        &self,
        source: String,
        root: Option<&Path>,
        today: Option<chrono::NaiveDate>,
    ) -> DocWorld<'_> {
        DocWorld::new(&self.fonts, source, root, today)
    }

    /// Lays out a world's document. A panic inside typst becomes an error
    /// diagnostic instead of ending the process.
    pub fn compile(&self, world: &DocWorld) -> Result<Compiled, Diagnostics> {
        let compiled =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| typst::compile::<PagedDocument>(world)));
        let Ok(Warned { output, warnings }) = compiled else {
            return Err(Diagnostic::error("typst-panic", "the typesetter stopped with an internal error")
                .with_hint("this is a bug in typst or vanban; please report it with the YAML file")
                .into());
        };
        let generated = SourceFile::new("<generated>.typ", world.source_text());
        let convert = |d: &SourceDiagnostic| typst_diagnostic(world, &generated, d);
        match output {
            Ok(document) => Ok(Compiled { document, warnings: warnings.iter().map(convert).collect() }),
            Err(errors) => Err(Diagnostics(errors.iter().chain(warnings.iter()).map(convert).collect())),
        }
    }
}

/// A typst diagnostic, located in the generated source. (Values in that
/// source are escaped user text; [`crate::Pipeline`] maps what it can back to
/// the YAML field.)
fn typst_diagnostic(
    world: &DocWorld,
    generated: &std::sync::Arc<SourceFile>,
    d: &SourceDiagnostic,
) -> Diagnostic {
    let mut out = match d.severity {
        TypstSeverity::Error => Diagnostic::error("typst", d.message.to_string()),
        TypstSeverity::Warning => Diagnostic::warning("typst", d.message.to_string()),
    };
    if let Some(range) = world.range(d.span)
        && d.span.id() == Some(world::main_id())
    {
        out = out.with_span(generated, range);
    }
    if let Some(hint) = d.hints.first() {
        out = out.with_hint(hint.v.to_string());
    }
    out
}
