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
pub mod docx;
pub mod extract;
pub mod i18n;
pub mod import;
pub mod limits;
pub mod lint;
pub mod load;
pub mod model;
pub mod nd30;
pub mod output;
pub mod register;
pub mod rollover;
pub mod template;
pub mod typeset;
pub mod verify;
pub mod vn;
pub mod watch;

use std::borrow::Cow;
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
    /// How documents are issued: draft, watermark, PDF/A, source attached.
    pub issue: IssueOptions,
    /// Lint rules acknowledged for every document (`--allow`): their
    /// findings are notes. Each must be [`lint::allowable`].
    pub allow: Vec<String>,
}

/// Options that change how a document is output, not what it says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssueOptions {
    /// Leave số and the day and month blank whatever the YAML says, for
    /// the văn thư or the signing tool to fill in.
    pub draft: bool,
    /// A review copy: `DỰ THẢO` across every page. Implies `draft`, and
    /// leaves out the signature and seal images.
    pub watermark: bool,
    /// Attach the YAML to the PDF, so that the PDF carries its source.
    pub attach_source: bool,
    /// PDF/A conformance.
    pub pdf_a: Option<PdfA>,
    /// Print a certified copy (the document's `copy:` says who certifies it).
    pub copy: Option<model::CopyKind>,
    /// An electronic copy: the ô 14 stamp at the top right of page 1
    /// instead of the paper copy block, and no images.
    pub electronic: bool,
    /// Add unsigned signature form fields at the signature and seal zones.
    pub form_fields: bool,
    /// Which phụ lục go in this file: all of them (the default), none (the
    /// main file of a document whose phụ lục are issued as separate files),
    /// or only one, as a file of its own.
    pub appendices: Appendices,
    /// Only the `n`-th form (mẫu, 1-based; a quyết định's own forms first,
    /// then those of the text it issues), as a blank form of its own.
    pub form: Option<usize>,
}

/// Which phụ lục a rendered file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Appendices {
    #[default]
    All,
    None,
    /// Only the `n`-th (1-based), as its own file: a separate electronic
    /// file of NĐ30 §4 (Mẫu 2.2), whose `(Kèm theo … số … ngày …)` blanks
    /// stay for the signing tool.
    Only(usize),
}

/// The PDF/A levels vanban writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfA {
    /// PDF/A-2b: archival; may not carry attachments other than PDF/A files.
    A2b,
    /// PDF/A-3b: archival, with the YAML source attached.
    A3b,
}

impl IssueOptions {
    /// Why these options cannot go together, if they cannot.
    pub fn conflict(&self) -> Option<String> {
        if self.pdf_a == Some(PdfA::A2b) && self.attach_source {
            return Some(t!("pipeline-conflict-pdfa2-attach"));
        }
        if self.copy.is_some() && self.form.is_some() {
            return Some(t!("pipeline-conflict-copy-form"));
        }
        if self.copy.is_some() && self.appendices != Appendices::All {
            return Some(t!("pipeline-conflict-copy-apart"));
        }
        None
    }

    fn attaches_source(&self) -> bool {
        self.attach_source || self.pdf_a == Some(PdfA::A3b)
    }
}

impl Pipeline {
    pub fn new(fonts: &FontOptions) -> Self {
        Self {
            typesetter: Typesetter::new(fonts),
            source_date_epoch: None,
            today: None,
            issue: Default::default(),
            allow: Vec::new(),
        }
    }

    /// Only the embedded fonts.
    pub fn embedded() -> Self {
        Self {
            typesetter: Typesetter::embedded(),
            source_date_epoch: None,
            today: None,
            issue: Default::default(),
            allow: Vec::new(),
        }
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
        let issue = &self.issue;
        // Review copies and electronic copies carry no signature or seal image.
        let images = !(issue.watermark || (issue.copy.is_some() && issue.electronic));
        let options = template::RenderOptions {
            font: self.typesetter.fonts.family.clone(),
            source_name: loaded.file.name.clone(),
            draft_watermark: issue.watermark,
            images,
            attach_source: issue.attaches_source().then(|| source_file_name(loaded)),
            attach_files: if issue.attaches_source() { source_files(loaded, images) } else { Vec::new() },
            copy: issue.copy.map(|kind| copy_view(&loaded.document, kind, issue.electronic)),
            appendices: match issue.appendices {
                Appendices::All => "all",
                Appendices::None => "none",
                Appendices::Only(_) => "one",
            },
            appendix_file: match issue.appendices {
                Appendices::Only(n) => Some(n),
                _ => None,
            },
            form_file: issue.form,
        };
        let mut document = Cow::Borrowed(&loaded.document);
        if issue.draft
            || issue.watermark
            || issue.form.is_some()
            || matches!(issue.appendices, Appendices::Only(_))
        {
            document.to_mut().blank_number_and_date();
        }
        let attachment = loaded.attachment.as_deref().map(|a| (&a.document, &a.citations));
        template::render(&document, &loaded.citations, &options, attachment).map_err(|e| {
            // Templates are ours and tested; an error here is a vanban bug,
            // but say which document triggered it.
            Diagnostic::error(
                "template",
                t!("pipeline-template-failed", error = template::describe_error(&e)),
            )
            .with_file(&loaded.file)
            .with_hint(t!("pipeline-bug-hint"))
            .into()
        })
    }

    /// Lints, generates and lays out a document. Errors from any stage stop
    /// it; warnings are collected in [`Rendered::warnings`].
    pub fn render(&self, loaded: &Loaded) -> Result<Rendered, Diagnostics> {
        let (source, warnings) = self.prepare(loaded)?;
        let world = self.world(loaded, source);
        self.layout(loaded, &world, warnings)
    }

    /// The world a document is laid out in: its folder for images, its date
    /// for "today", and the YAML text as loaded (for the attached source).
    pub fn world(&self, loaded: &Loaded, source: String) -> DocWorld<'_> {
        let mut world =
            self.typesetter.world(source, document_folder(loaded), loaded.document.date().map(|d| d.0));
        if self.issue.attaches_source() {
            world.add_file(&source_file_name(loaded), loaded.file.text.as_bytes().to_vec());
        }
        world
    }

    /// What the issue options need from the document.
    fn check_issue(&self, loaded: &Loaded) -> Vec<Diagnostic> {
        if let Some(n) = self.issue.form {
            let count = form_count(loaded);
            if n == 0 || n > count {
                let message = match count {
                    0 => t!("pipeline-no-forms"),
                    _ => t!("pipeline-no-such-form", count = count, n = n),
                };
                return vec![loaded.at(
                    Diagnostic::error("form-missing", message).with_hint(t!("pipeline-no-such-form.hint")),
                    "forms",
                )];
            }
        }
        let count = loaded.document.appendices().len();
        match self.issue.appendices {
            Appendices::Only(n) if n == 0 || n > count => {
                return vec![loaded.at(
                    Diagnostic::error(
                        "appendix-missing",
                        t!("pipeline-no-such-appendix", count = count, n = n),
                    ),
                    "appendices",
                )];
            }
            _ => {}
        }
        let Some(kind) = self.issue.copy else { return Vec::new() };
        let Some(copy) = loaded.document.copy() else {
            return vec![
                Diagnostic::error("copy-missing", t!("pipeline-copy-missing", kind = kind.key()))
                    .with_file(&loaded.file)
                    .with_hint(t!("pipeline-copy-missing.hint")),
            ];
        };
        let mut out = Vec::new();
        if kind == model::CopyKind::TrichSao && copy.excerpt.is_empty() && copy.articles.is_empty() {
            out.push(
                loaded.at(
                    Diagnostic::error("copy-excerpt", t!("pipeline-copy-excerpt"))
                        .with_hint(t!("pipeline-copy-excerpt.hint")),
                    "copy",
                ),
            );
        }
        if self.issue.electronic && (copy.date.is_none() || copy.time.is_none()) {
            out.push(
                loaded.at(
                    Diagnostic::error("copy-time", t!("pipeline-copy-time"))
                        .with_hint(t!("pipeline-copy-time.hint")),
                    "copy",
                ),
            );
        }
        out
    }

    /// Brings a world made by [`Pipeline::world`] up to date with an edited
    /// document, keeping typst's caches (for watch).
    pub fn update_world(&self, world: &mut DocWorld, loaded: &Loaded, source: &str) {
        world.set_source(source);
        world.set_today(loaded.document.date().map(|d| d.0));
        if self.issue.attaches_source() {
            world.add_file(&source_file_name(loaded), loaded.file.text.as_bytes().to_vec());
        }
    }

    /// Characters of the document's text that the document's font cannot
    /// print, found without typesetting (for `check` and `.typ` output; a
    /// render also checks what was actually laid out).
    pub fn check_coverage(&self, loaded: &Loaded) -> Vec<Diagnostic> {
        let fonts = &self.typesetter.fonts;
        // Distinct characters first: a plan has tens of thousands of
        // characters but a few hundred different ones. Printable ASCII is in
        // every text font.
        let mut seen = std::collections::BTreeSet::new();
        loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
            // Ids, file paths and the type are never printed.
            let field = path.rsplit('.').next().unwrap_or(path);
            let field = field.split('[').next().unwrap_or(field);
            if matches!(field, "id" | "under" | "signature" | "image" | "attachment" | "type")
                || path.starts_with("allow.")
            {
                return;
            }
            let text = node.as_str().unwrap_or("");
            seen.extend(text.chars().filter(|c| !c.is_ascii() && !c.is_whitespace() && !c.is_control()));
        });
        let covered = |c: char| fonts.family_entries().any(|f| f.info.coverage.contains(c as u32));
        let missing = seen.into_iter().filter(|&c| !covered(c)).collect();
        missing_glyphs(loaded, missing, &fonts.family)
    }

    /// Lints and generates the Typst source: everything before typesetting.
    pub fn prepare(&self, loaded: &Loaded) -> Result<(String, Vec<Diagnostic>), Diagnostics> {
        let warnings = self.check(loaded)?;
        Ok((self.typst_source(loaded)?, warnings))
    }

    /// The checks every output runs before it is made (issue options, font
    /// coverage, the linter): the warnings, or the errors.
    pub fn check(&self, loaded: &Loaded) -> Result<Vec<Diagnostic>, Diagnostics> {
        let mut problems = self.check_issue(loaded);
        problems.extend(self.check_coverage(loaded));
        if !problems.is_empty() {
            return Err(Diagnostics(problems));
        }
        let mut warnings = loaded.warnings.clone();
        let lints = lint::lint_allowing(loaded, &self.lint_context(), &self.allow);
        let (errors, lint_warnings): (Vec<_>, Vec<_>) = lints.into_iter().partition(Diagnostic::is_error);
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        warnings.extend(lint_warnings);
        Ok(warnings)
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
        let layout = Layout::of(&compiled.document);
        check_glyphs(loaded, &layout, &self.typesetter.fonts.family)?;
        // A table too wide is said as such, before the place check sees it.
        check_tables(loaded, &compiled.document)?;
        // vanban checks its own pages before anything is written.
        let problems = verify::verify(loaded, &layout, self.verify_scope());
        if !problems.is_empty() {
            return Err(Diagnostics(problems));
        }
        warnings.extend(compiled.warnings);
        Ok(Rendered { source: world.source_text().to_string(), document: compiled.document, warnings })
    }

    /// What a file rendered with these options prints of the document.
    pub fn verify_scope(&self) -> verify::Scope {
        verify::Scope {
            excerpt_only: self.issue.copy == Some(model::CopyKind::TrichSao),
            appendices: self.issue.appendices,
            form: self.issue.form,
        }
    }

    /// The PDF of a rendered document: reproducible (same YAML, same bytes).
    pub fn pdf(&self, loaded: &Loaded, rendered: &Rendered) -> Result<Vec<u8>, Diagnostics> {
        let doc = &loaded.document;
        let timestamp = match self.source_date_epoch {
            Some(secs) => chrono::DateTime::from_timestamp(secs, 0).map(|t| t.naive_utc()),
            None => doc.date().and_then(|d| d.0.and_hms_opt(0, 0, 0)),
        };
        if self.issue.pdf_a.is_some() && timestamp.is_none() {
            let d = Diagnostic::error("pdf-a-date", t!("pipeline-pdfa-date"))
                .with_hint(t!("pipeline-pdfa-date.hint"));
            return Err(loaded.at(d, "date").into());
        }
        let meta = PdfMeta {
            ident: format!(
                "vanban/{}/{}/{}/{}",
                doc.ky_hieu(),
                doc.number().map_or(String::new(), |n| n.to_string()),
                doc.year(),
                doc.title()
            ),
            timestamp,
            pdf_a: self.issue.pdf_a.map(|level| match level {
                PdfA::A2b => typeset::export::PdfStandard::A2b,
                PdfA::A3b => typeset::export::PdfStandard::A3b,
            }),
        };
        let pdf = typeset::export::pdf(&rendered.document, &meta).map_err(Diagnostics::from)?;
        if !self.issue.form_fields {
            return Ok(pdf);
        }
        let fields = typeset::fields::sign_fields(&rendered.document);
        typeset::form::add_signature_fields(&pdf, &fields)
            .map_err(|e| Diagnostic::error("pdf", crate::t!("export-sign-fields", error = e)).into())
    }
}

/// The copy as the templates print it: its form, and for an electronic
/// copy the ô 14 stamp (`SAO Y; <cơ quan sao>; 25/11/2026; 14:30:05 +07:00`).
fn copy_view(doc: &model::Document, kind: model::CopyKind, electronic: bool) -> template::CopyView {
    let stamp = doc.copy().filter(|_| electronic).and_then(|c| {
        let by = c.issuer.as_ref().unwrap_or(doc.issuer());
        let (date, time) = (c.date?, c.time?);
        Some(format!(
            "{}; {}; {}; {} +07:00",
            kind.label(),
            by.name.0.join(" "),
            date.0.format("%d/%m/%Y"),
            time.0.format("%H:%M:%S")
        ))
    });
    template::CopyView { kind: kind.key(), label: kind.label(), abbr: kind.abbr(), electronic, stamp }
}

/// The name the YAML is attached under: its file name.
fn source_file_name(loaded: &Loaded) -> String {
    Path::new(&loaded.file.name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "source.yaml".to_string())
}

/// The files besides its YAML that a document's render reads, to travel
/// with the source in the PDF: the images it prints and the Kế hoạch a
/// quyết định issues (when it sits in the document's folder).
fn source_files(loaded: &Loaded, images: bool) -> Vec<template::AttachedFile> {
    let mut out = Vec::new();
    let png = |path: &str| template::AttachedFile { path: path.to_string(), mime: "image/png" };
    let signer = loaded.document.signer();
    if images {
        out.extend(signer.signature.as_deref().map(png));
        out.extend(signer.seal.as_ref().map(|s| png(&s.image)));
    }
    if let model::Document::QuyetDinh(q) = &loaded.document
        && let Some(path) = &q.attachment
        && Path::new(path).components().all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        out.push(template::AttachedFile { path: path.clone(), mime: "application/yaml" });
    }
    // One file used twice (the same image for both) is attached once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(f.path.clone()));
    out
}

/// Every file besides its YAML that rendering a document reads (signature
/// and seal images, the Kế hoạch a quyết định issues), as paths from the
/// current folder: what `watch` must also watch.
pub fn files_read(loaded: &Loaded) -> Vec<std::path::PathBuf> {
    let base = Path::new(&loaded.file.name).parent().unwrap_or(Path::new(""));
    let signer = loaded.document.signer();
    let mut out: Vec<std::path::PathBuf> =
        signer.signature.iter().chain(signer.seal.as_ref().map(|s| &s.image)).map(|p| base.join(p)).collect();
    if let model::Document::QuyetDinh(q) = &loaded.document
        && let Some(path) = &q.attachment
    {
        out.push(base.join(path));
    }
    out
}

/// The folder a document may read files from: the one its YAML is in.
pub fn document_folder(loaded: &Loaded) -> Option<&Path> {
    Some(output::folder_of(Path::new(&loaded.file.name))).filter(|p| p.is_dir())
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
                        hint: Some(t!("pipeline-typst-value-hint")),
                        ..d
                    },
                    None => d.with_hint(t!("pipeline-typst-ours-hint")),
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

/// Reports every table the layout library could not fit to its page, at
/// the table in the YAML: a table too wide would print its figures over
/// each other and past the margin.
fn check_tables(loaded: &Loaded, doc: &typst_layout::PagedDocument) -> Result<(), Diagnostics> {
    let mut out = Vec::new();
    for o in typeset::tables::overflows(doc) {
        let mm = |pt: f64| pt * typeset::inspect::MM_PER_PT;
        // With one decimal and the excess said, two close widths never
        // read as the same number.
        let over = mm(o.needed - o.width);
        let over = if over < 0.05 { t!("pipeline-under-0-1-mm") } else { format!("{over:.1} mm") };
        let d = Diagnostic::error(
            "table-width",
            t!(
                "pipeline-table-too-wide",
                orientation = if o.landscape { "landscape" } else { "portrait" },
                size = o.size.to_string(),
                needed = format!("{:.1}", mm(o.needed)),
                over = over,
                width = format!("{:.1}", mm(o.width))
            ),
        )
        .with_hint(if o.landscape {
            t!("pipeline-table-too-wide-landscape-hint")
        } else {
            t!("pipeline-table-too-wide-portrait-hint")
        });
        out.push(match table_of(loaded, &o.id) {
            Some((doc, path, _)) => doc.at(d, &path),
            None => d.with_file(&loaded.file),
        });
    }
    for n in typeset::tables::narrow_columns(doc) {
        let mm = |pt: f64| pt * typeset::inspect::MM_PER_PT;
        let found = table_of(loaded, &n.id);
        let title =
            found.as_ref().and_then(|(_, _, t)| t.columns.get(n.column)).map_or("", |c| c.title.as_str());
        let d = Diagnostic::error(
            "table-width",
            t!(
                "pipeline-column-too-narrow",
                title = title,
                width = format!("{:.1}", mm(n.width)),
                needed = format!("{:.1}", mm(n.needed)),
                size = n.size.to_string()
            ),
        )
        .with_hint(t!("pipeline-column-too-narrow.hint", min = mm(n.needed).ceil().to_string()));
        out.push(match &found {
            Some((doc, path, _)) => doc.at(d, &format!("{path}.columns[{}].width", n.column)),
            None => d.with_file(&loaded.file),
        });
    }
    if out.is_empty() { Ok(()) } else { Err(Diagnostics(out)) }
}

/// The table whose [`fingerprint`](model::table::fingerprint) the layout
/// marked `id`, in the document or in the text a quyết định issues: the
/// document it is in, its path (`….table`) and the table.
fn table_of<'a>(loaded: &'a Loaded, id: &str) -> Option<(&'a Loaded, String, &'a model::table::Table)> {
    std::iter::once(loaded).chain(loaded.attachment.as_deref()).find_map(|l| {
        l.document.blocks().into_iter().find_map(|(path, block)| match block {
            model::Block::Table(t) if model::table::fingerprint(&t.table) == id => {
                Some((l, format!("{path}.table"), &t.table))
            }
            _ => None,
        })
    })
}

/// Reports every character drawn with the font's missing glyph, at the YAML
/// field it came from: NĐ30 documents must not print empty boxes, and the
/// layout turns off silent fallback to other fonts.
fn check_glyphs(loaded: &Loaded, layout: &Layout, family: &str) -> Result<(), Diagnostics> {
    let missing = layout.texts.iter().flat_map(|t| t.missing.iter().copied()).collect();
    let out = missing_glyphs(loaded, missing, family);
    if out.is_empty() { Ok(()) } else { Err(Diagnostics(out)) }
}

/// One error per character the font lacks, at every field that holds it.
fn missing_glyphs(loaded: &Loaded, mut missing: Vec<char>, family: &str) -> Vec<Diagnostic> {
    missing.sort_unstable();
    missing.dedup();
    let mut out = Vec::new();
    for c in missing {
        let message = t!(
            "pipeline-missing-glyph",
            char = c.to_string(),
            code = format!("{:04X}", c as u32),
            family = family
        );
        let mut located = false;
        loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
            if node.as_str().is_some_and(|s| s.contains(c)) {
                located = true;
                let raw = &loaded.file.text[node.span.clone()];
                let span = raw
                    .find(c)
                    .map_or(node.span.clone(), |o| node.span.start + o..node.span.start + o + c.len_utf8());
                out.push(
                    Diagnostic::error("missing-glyph", message.clone())
                        .with_path(path)
                        .with_span(&loaded.file, span)
                        .with_hint(t!("pipeline-missing-glyph.hint")),
                );
            }
        });
        if !located {
            out.push(Diagnostic::error("missing-glyph", message).with_file(&loaded.file));
        }
    }
    out
}

/// How many forms (mẫu) a document prints: its own, then those of the
/// text a quyết định issues.
pub fn form_count(loaded: &Loaded) -> usize {
    loaded.document.forms().len() + loaded.attachment.as_deref().map_or(0, |a| a.document.forms().len())
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
