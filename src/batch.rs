//! Many documents at once: rendered in parallel on all cores, each failure
//! kept to its own document.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::{Pipeline, load, output};

/// One document to render.
#[derive(Debug, Clone)]
pub struct Job {
    pub input: PathBuf,
    /// Where its PDF goes.
    pub output: PathBuf,
    /// Also write the signing fields beside the PDF ([`fields_path`]).
    pub sign_fields: bool,
}

/// Where the signing fields of a PDF go: `plan.pdf` → `plan.fields.json`.
pub fn fields_path(pdf: &Path) -> PathBuf {
    pdf.with_extension("fields.json")
}

/// What became of a job.
#[derive(Debug)]
pub struct Outcome {
    pub job: Job,
    /// The warnings of a written PDF, or the errors that stopped it.
    pub result: Result<Vec<Diagnostic>, Diagnostics>,
}

/// Renders every job to PDF, in parallel; `on_done` is called as each
/// finishes (from worker threads). Outcomes come back in job order.
pub fn render_all(pipeline: &Pipeline, jobs: &[Job], on_done: &(dyn Fn(&Outcome) + Sync)) -> Vec<Outcome> {
    jobs.par_iter()
        .map(|job| {
            let outcome = Outcome { job: job.clone(), result: render_one(pipeline, job) };
            // Typst memoizes across documents; keep only what recent
            // documents used so memory stays flat over thousands of them.
            typst::comemo::evict(10);
            on_done(&outcome);
            outcome
        })
        .collect()
}

fn render_one(pipeline: &Pipeline, job: &Job) -> Result<Vec<Diagnostic>, Diagnostics> {
    let loaded = load::load_file(&job.input)?;
    let rendered = pipeline.render(&loaded)?;
    let pdf = pipeline.pdf(&loaded, &rendered)?;
    let write = |path: &Path, bytes: &[u8]| {
        output::write_atomic(path, bytes).map_err(|e| {
            Diagnostics::from(Diagnostic::error("io", format!("cannot write {}: {e}", path.display())))
        })
    };
    if job.sign_fields {
        let name = job.output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let json = crate::typeset::fields::sidecar(&rendered.document, &name);
        write(
            &fields_path(&job.output),
            (serde_json::to_string_pretty(&json).expect("fields serialize") + "\n").as_bytes(),
        )?;
    }
    write(&job.output, &pdf)?;
    Ok(rendered.warnings)
}
