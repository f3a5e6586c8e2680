//! Many documents at once: rendered in parallel on all cores, each failure
//! kept to its own document.

use std::path::{Path, PathBuf};

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// The signing-fields file of `pdf` if it exists and vanban did not write
/// it: replacing it needs `--force`. (vanban's own says so in `generator`.)
pub fn foreign_fields_file(pdf: &Path) -> Option<PathBuf> {
    let path = fields_path(pdf);
    let bytes = std::fs::read(&path).ok()?;
    let ours = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("generator")?.as_str().map(|g| g.starts_with("vanban ")))
        .unwrap_or(false);
    (!ours).then_some(path)
}

/// What became of a job.
#[derive(Debug)]
pub struct Outcome {
    pub job: Job,
    /// The warnings of a written PDF, or the errors that stopped it.
    pub result: Result<Vec<Diagnostic>, Diagnostics>,
}

/// Stack of each worker thread: what the main thread has. Typst's layout
/// recurses deeply, and the 2 MiB a spawned thread gets by default is not
/// enough for ordinary documents.
pub const WORKER_STACK: usize = 8 * 1024 * 1024;

/// Renders every job to PDF, in parallel on `workers` threads (all cores if
/// `None`); `on_done` is called as each finishes (from worker threads).
/// Outcomes come back in job order.
///
/// The workers are plain threads taking the next job from a shared
/// counter, not a rayon pool: the PDF writer waits for its background
/// work with `rayon::yield_now`, which on a rayon worker would start
/// *another document* on the same stack, nesting documents until memory
/// (and the stack) run out.
pub fn render_all(
    pipeline: &Pipeline,
    jobs: &[Job],
    workers: Option<usize>,
    on_done: &(dyn Fn(&Outcome) + Sync),
) -> Vec<Outcome> {
    let workers = workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Outcome>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else { break };
            let outcome = finish(pipeline, job, on_done);
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        }
    };
    std::thread::scope(|scope| {
        let spawned = (0..workers)
            .filter(|_| {
                std::thread::Builder::new().stack_size(WORKER_STACK).spawn_scoped(scope, work).is_ok()
            })
            .count();
        // No thread could be started: do the work here.
        if spawned == 0 {
            work();
        }
    });
    results
        .into_iter()
        .zip(jobs)
        .map(|(slot, job)| {
            slot.into_inner().unwrap_or_else(|e| e.into_inner()).unwrap_or_else(|| Outcome {
                job: job.clone(),
                result: Err(Diagnostic::error("internal", "the document was not rendered").into()),
            })
        })
        .collect()
}

fn finish(pipeline: &Pipeline, job: &Job, on_done: &(dyn Fn(&Outcome) + Sync)) -> Outcome {
    let outcome = Outcome { job: job.clone(), result: render_one(pipeline, job) };
    // Typst memoizes across documents; keep only what recent documents
    // used so memory stays flat over thousands of them.
    typst::comemo::evict(10);
    on_done(&outcome);
    outcome
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
