//! Stage 4: Typst source → laid-out pages → PDF, PNG or SVG, compiled
//! in-process with the `typst` crate.

pub mod export;
pub mod fields;
pub mod fonts;
pub mod form;
pub mod inspect;
pub mod marks;
pub mod tables;
pub mod world;

use std::path::Path;
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic, Warned};
use typst_layout::PagedDocument;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
pub use fonts::{FontOptions, Fonts};
pub use world::DocWorld;

/// Compiles documents; holds the fonts, which are shared by every document.
pub struct Typesetter {
    pub fonts: Arc<Fonts>,
}

/// The body of the warm-up document: see [`Typesetter::warm_up`].
const WARM_UP: &str = include_str!("../../templates/warm-up.typ");

/// A compiled document and the warnings typst gave.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
}

impl Typesetter {
    pub fn new(options: &FontOptions) -> Self {
        Self { fonts: Arc::new(Fonts::new(options)) }
    }

    /// Only the embedded fonts: what tests and reproducible output use.
    pub fn embedded() -> Self {
        Self { fonts: Arc::new(Fonts::embedded()) }
    }

    /// Starts laying out a small document of the layout library
    /// (`templates/warm-up.typ`) on another thread and returns at once.
    ///
    /// A cold process spends its first milliseconds reading, checking and
    /// templating the YAML on one core; meanwhile the other builds typst's
    /// standard library, reads the fonts, evaluates the layout library and
    /// shapes the lines every document has, all of which typst memoizes.
    /// The real document then finds them done (≈ 2 ms of a 43 ms render;
    /// README, Benchmarks). The thread is not waited for: the process may
    /// end before it does.
    pub fn warm_up(&self) {
        let fonts = Arc::clone(&self.fonts);
        // A thread that cannot start only leaves the caches cold.
        let _ = std::thread::Builder::new()
            .name("warm-up".into())
            .stack_size(crate::batch::WORKER_STACK)
            .spawn(move || {
                let world = DocWorld::new(&fonts, warm_up_source(&fonts.family), None, None);
                let compile = || typst::compile::<PagedDocument>(&world);
                // Its result is not needed, and a failure here is the real
                // document's to report.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(compile));
            });
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
            return Err(Diagnostic::error("typst-panic", crate::t!("typst-panic"))
                .with_hint(crate::t!("typst-panic.hint"))
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

/// The warm-up document in `family`: see [`Typesetter::warm_up`].
pub fn warm_up_source(family: &str) -> String {
    format!(
        "#import \"{}\": *\n#show: van-ban.with(font: {})\n{WARM_UP}",
        crate::template::LAYOUT_LIBRARY_NAME,
        crate::template::escape::string_literal(family)
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The warm-up document must keep up with the layout library: a
    /// renamed or changed function would make it fail, silently, on its
    /// own thread, and warm nothing.
    #[test]
    fn the_warm_up_document_compiles_cleanly() {
        let typesetter = Typesetter::embedded();
        let source = warm_up_source(&typesetter.fonts.family);
        let world = typesetter.world(source, None, None);
        let compiled = typesetter.compile(&world).map_err(|e| e.to_string()).unwrap();
        assert!(compiled.warnings.is_empty(), "{:?}", compiled.warnings);
        let text = inspect::Layout::of(&compiled.document).text();
        assert!(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{text}");
        assert!(text.contains("PHÓ CHỦ TỊCH"), "{text}");
    }
}
