//! vanban: Vietnamese administrative documents (văn bản hành chính) from
//! YAML, laid out as Nghị định 30/2020/NĐ-CP prescribes.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! YAML ─load─▶ Document ─lint─▶ diagnostics
//!                 │
//!                 └─template─▶ Typst source ─typeset─▶ pages ─▶ PDF / PNG / SVG
//! ```
//!
//! - [`load`]: YAML → [`model::Document`], with located diagnostics.
//! - [`lint`]: NĐ30 and consistency rules.
//! - [`template`]: minijinja templates → Typst source, every value escaped.
//! - [`typeset`]: the typst `World`, fonts, compilation and export.
//! - [`vn`]: Vietnamese text rules (dates, numbers, ký hiệu, citations).
//!
//! ```no_run
//! let pipeline = vanban::Pipeline::embedded();
//! let loaded = vanban::load::load_file("data/ngoc-lien-2026.yaml".as_ref()).unwrap();
//! let rendered = pipeline.render(&loaded).unwrap();
//! let pdf = pipeline.pdf(&loaded, &rendered).unwrap();
//! # let _ = pdf;
//! ```

// Diagnostics are large (path, span, file, hint, clause) and travel only on
// the error path, where their size costs nothing measurable.
#![allow(clippy::result_large_err)]

pub mod batch;
pub mod derive;
pub mod diagnostic;
pub mod diff;
pub mod lint;
pub mod load;
pub mod model;
pub mod output;
pub mod rollover;
pub mod template;
pub mod typeset;
pub mod vn;
pub mod watch;

use std::path::Path;

use diagnostic::{Diagnostic, Diagnostics};
use load::Loaded;
use typeset::export::PdfMeta;
use typeset::inspect::Layout;
use typeset::{DocWorld, FontOptions, Typesetter};
use typst_layout::PagedDocument;

/// A document laid out, with the source it came from.
pub struct Rendered {
    /// The generated Typst source.
    pub source: String,
    pub document: PagedDocument,
    /// Warnings from linting and typesetting.
    pub warnings: Vec<Diagnostic>,
}

/// The whole pipeline with its fonts; build one and reuse it for many documents.
pub struct Pipeline {
    pub typesetter: Typesetter,
    /// Overrides the PDF creation date (seconds since 1970), as
    /// `SOURCE_DATE_EPOCH` does for reproducible builds.
    pub source_date_epoch: Option<i64>,
    /// "Today" for lint rules; the local date if unset.
    pub today: Option<chrono::NaiveDate>,
}

impl Pipeline {
    pub fn new(fonts: &FontOptions) -> Self {
        Self { typesetter: Typesetter::new(fonts), source_date_epoch: None, today: None }
    }

    /// Only the embedded fonts.
    pub fn embedded() -> Self {
        Self { typesetter: Typesetter::embedded(), source_date_epoch: None, today: None }
    }

    /// The context lint rules run in.
    pub fn lint_context(&self) -> lint::LintContext {
        match self.today {
            Some(today) => lint::LintContext { today },
            None => lint::LintContext::default(),
        }
    }

    /// The Typst source of a document.
    pub fn typst_source(&self, loaded: &Loaded) -> Result<String, Diagnostics> {
        let options = template::RenderOptions {
            font: self.typesetter.fonts.family.clone(),
            source_name: loaded.file.name.clone(),
        };
        let attachment = loaded.attachment.as_deref().map(|a| (&a.document, &a.citations));
        template::render(&loaded.document, &loaded.citations, &options, attachment).map_err(|e| {
            // Templates are ours and tested; an error here is a vanban bug,
            // but say which document triggered it.
            Diagnostic::error("template", format!("could not generate the document: {e}"))
                .with_file(&loaded.file)
                .with_hint("this is a bug in vanban; please report it with the YAML file")
                .into()
        })
    }

    /// Lints, generates and lays out a document. Errors from any stage stop
    /// it; warnings are collected in [`Rendered::warnings`].
    pub fn render(&self, loaded: &Loaded) -> Result<Rendered, Diagnostics> {
        let (source, warnings) = self.prepare(loaded)?;
        let world =
            self.typesetter.world(source, document_folder(loaded), loaded.document.date().map(|d| d.0));
        self.layout(loaded, &world, warnings)
    }

    /// Lints and generates the Typst source: everything before typesetting.
    pub fn prepare(&self, loaded: &Loaded) -> Result<(String, Vec<Diagnostic>), Diagnostics> {
        let mut warnings = loaded.warnings.clone();
        let lints = lint::lint(loaded, &self.lint_context());
        let (errors, lint_warnings): (Vec<_>, Vec<_>) = lints.into_iter().partition(Diagnostic::is_error);
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        warnings.extend(lint_warnings);
        Ok((self.typst_source(loaded)?, warnings))
    }

    /// Lays out the source held by `world` (from [`Pipeline::prepare`]).
    /// Reusing one world across edits keeps typst's caches warm.
    pub fn layout(
        &self,
        loaded: &Loaded,
        world: &DocWorld,
        mut warnings: Vec<Diagnostic>,
    ) -> Result<Rendered, Diagnostics> {
        let compiled = self.typesetter.compile(world).map_err(|e| locate_typst_errors(loaded, e))?;
        check_glyphs(loaded, &Layout::of(&compiled.document), &self.typesetter.fonts.family)?;
        warnings.extend(compiled.warnings);
        Ok(Rendered { source: world.source_text().to_string(), document: compiled.document, warnings })
    }

    /// The PDF of a rendered document: reproducible (same YAML, same bytes).
    pub fn pdf(&self, loaded: &Loaded, rendered: &Rendered) -> Result<Vec<u8>, Diagnostics> {
        let doc = &loaded.document;
        let timestamp = match self.source_date_epoch {
            Some(secs) => chrono::DateTime::from_timestamp(secs, 0).map(|t| t.naive_utc()),
            None => doc.date().and_then(|d| d.0.and_hms_opt(0, 0, 0)),
        };
        let meta = PdfMeta {
            ident: format!(
                "vanban/{}/{}/{}/{}",
                doc.ky_hieu(),
                doc.number().map_or(String::new(), |n| n.to_string()),
                doc.year(),
                doc.title()
            ),
            timestamp,
            pdf_a: false,
        };
        typeset::export::pdf(&rendered.document, &meta).map_err(Diagnostics::from)
    }
}

/// The folder a document may read files from: the one its YAML is in.
pub fn document_folder(loaded: &Loaded) -> Option<&Path> {
    Path::new(&loaded.file.name).parent().filter(|p| p.is_dir())
}

/// Typst errors point into the generated source; where the offending text
/// is a value from the YAML, point at that field instead (keeping the typst
/// message), so the user sees their own file, not generated code.
fn locate_typst_errors(loaded: &Loaded, errors: Diagnostics) -> Diagnostics {
    Diagnostics(
        errors
            .into_iter()
            .map(|d| {
                let (Some(file), Some(span)) = (&d.file, &d.span) else { return d };
                if file.name != "<generated>.typ" {
                    return d;
                }
                match field_at(loaded, &file.text, span.clone()) {
                    Some((path, yaml_span)) => Diagnostic {
                        path: Some(path),
                        span: Some(yaml_span),
                        file: Some(loaded.file.clone()),
                        hint: Some(
                            "the typesetter could not lay out this value; please report it with the YAML file"
                                .to_string(),
                        ),
                        ..d
                    },
                    None => d.with_hint(
                        "the error is in vanban's generated Typst, not in your file; please report it with the YAML file",
                    ),
                }
            })
            .collect(),
    )
}

/// The YAML field whose escaped text covers `span` of the generated source.
fn field_at(
    loaded: &Loaded,
    generated: &str,
    span: std::ops::Range<usize>,
) -> Option<(String, std::ops::Range<usize>)> {
    let mut found = None;
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        if found.is_some() {
            return;
        }
        let Some(value) = node.as_str() else { return };
        let markup = template::escape::markup(value);
        if markup.trim().len() < 3 {
            return;
        }
        let covers = generated
            .match_indices(markup.as_str())
            .any(|(at, m)| at <= span.start && span.start < at + m.len().max(1));
        if covers {
            found = Some((path.to_string(), node.span.clone()));
        }
    });
    found
}

/// Reports every character drawn with the font's missing glyph, at the YAML
/// field it came from: NĐ30 documents must not print empty boxes, and the
/// layout turns off silent fallback to other fonts.
fn check_glyphs(loaded: &Loaded, layout: &Layout, family: &str) -> Result<(), Diagnostics> {
    let mut missing: Vec<char> = layout.texts.iter().flat_map(|t| t.missing.iter().copied()).collect();
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return Ok(());
    }
    let mut out = Diagnostics::default();
    for c in missing {
        let message =
            format!("the character `{c}` (U+{:04X}) cannot be printed with the font {family}", c as u32);
        let mut located = false;
        loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
            if !located && node.as_str().is_some_and(|s| s.contains(c)) {
                located = true;
                let raw = &loaded.file.text[node.span.clone()];
                let span = raw
                    .find(c)
                    .map_or(node.span.clone(), |o| node.span.start + o..node.span.start + o + c.len_utf8());
                out.push(
                    Diagnostic::error("missing-glyph", message.clone())
                        .with_path(path)
                        .with_span(&loaded.file, span)
                        .with_hint(
                            "remove or replace the character; NĐ30 documents use Times New Roman text only",
                        ),
                );
            }
        });
        if !located {
            out.push(Diagnostic::error("missing-glyph", message).with_file(&loaded.file));
        }
    }
    Err(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typst_errors_in_generated_source_point_at_the_yaml_field() {
        let yaml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ngoc-lien-2026.yaml"))
            .unwrap();
        let loaded = load::load_str("plan.yaml", &yaml).unwrap();
        let source = Pipeline::embedded().typst_source(&loaded).unwrap();
        // A span inside the escaped signer name.
        let at = source.find("Phạm Xuân Khánh").unwrap();
        let (path, span) = field_at(&loaded, &source, at + 3..at + 5).unwrap();
        assert_eq!(path, "signer.name");
        assert_eq!(&yaml[span], "Phạm Xuân Khánh");
        // A span in template text (the header call) belongs to no field.
        let at = source.find("#header(").unwrap();
        assert_eq!(field_at(&loaded, &source, at..at + 1), None);
    }
}
