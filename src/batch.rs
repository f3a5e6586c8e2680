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

pub use crate::limits::WORKER_STACK;

/// Renders every job to PDF, in parallel on `workers` threads (all cores if
/// `None`); `on_done` is called as each finishes (from worker threads).
/// Outcomes come back in job order.
///
/// Each worker takes the next job from a shared counter and runs it inside
/// a rayon pool of its own, with one thread. The PDF writer hands its
/// background work (compression, font subsets) to the current rayon pool
/// and waits for it with `rayon::yield_now`: in a worker's own pool that
/// runs the work at once on the same thread. In the shared global pool,
/// idle pool threads spin and sleep around every hand-off and compete with
/// the workers for the cores; in a pool that also held the documents,
/// `yield_now` would start *another document* on the same stack, nesting
/// documents until memory (and the stack) run out.
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
            let outcome = finish(pipeline, i, job, on_done);
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        }
    };
    let pools: Vec<rayon::ThreadPool> = (0..workers)
        .filter_map(|_| rayon::ThreadPoolBuilder::new().num_threads(1).stack_size(WORKER_STACK).build().ok())
        .collect();
    std::thread::scope(|scope| {
        // Each scoped thread only waits while its pool's thread works.
        let started = pools
            .iter()
            .filter(|pool| std::thread::Builder::new().spawn_scoped(scope, || pool.install(work)).is_ok())
            .count();
        // No thread could be started: do the work here.
        if started == 0 {
            work();
        }
    });
    results
        .into_iter()
        .zip(jobs)
        .map(|(slot, job)| {
            slot.into_inner().unwrap_or_else(|e| e.into_inner()).unwrap_or_else(|| Outcome {
                job: job.clone(),
                result: Err(Diagnostic::error("internal", crate::t!("batch-not-rendered")).into()),
            })
        })
        .collect()
}

/// How often (in documents) typst's memoization cache is trimmed, and the
/// age (in trims) an unused entry may reach. Entries the last 8 to 12
/// documents used are kept: documents of a batch share most of their text.
/// A trim walks the whole cache (≈ 0.7 ms), so it is not done after every
/// document; memory stays flat over thousands of them either way.
const EVICT_EVERY: usize = 4;
const EVICT_AGE: usize = 2;

/// Renders job number `index`, then trims the cache after every
/// [`EVICT_EVERY`]th job.
fn finish(pipeline: &Pipeline, index: usize, job: &Job, on_done: &(dyn Fn(&Outcome) + Sync)) -> Outcome {
    let outcome = Outcome { job: job.clone(), result: contain_panic(job, || render_one(pipeline, job)) };
    if (index + 1).is_multiple_of(EVICT_EVERY) {
        typst::comemo::evict(EVICT_AGE);
    }
    on_done(&outcome);
    outcome
}

/// Runs `render` for `job`; a panic becomes an error of this document alone,
/// so that the other documents of the batch are still rendered and the
/// summary still printed. (A stack overflow aborts the process: it cannot be
/// caught.)
fn contain_panic(
    job: &Job,
    render: impl FnOnce() -> Result<Vec<Diagnostic>, Diagnostics>,
) -> Result<Vec<Diagnostic>, Diagnostics> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(render)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| crate::t!("batch-unknown-cause"));
        Err(Diagnostic::error(
            "internal",
            crate::t!("batch-crashed", path = job.input.display().to_string(), cause = what),
        )
        .with_hint(crate::t!("batch-crashed.hint"))
        .into())
    })
}

fn render_one(pipeline: &Pipeline, job: &Job) -> Result<Vec<Diagnostic>, Diagnostics> {
    let loaded = load::load_file(&job.input)?;
    let rendered = pipeline.render(&loaded)?;
    let pdf = pipeline.pdf(&loaded, &rendered)?;
    // The PDF and its sidecar are written together or not at all.
    let io = |path: &Path, e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "io",
            crate::t!(
                "batch-cannot-write",
                path = path.display().to_string(),
                error = crate::i18n::io_reason(&e)
            ),
        ))
    };
    let mut staged = output::Staged::default();
    if job.sign_fields {
        let name = job.output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let json = crate::typeset::fields::sidecar(&rendered.document, &name);
        let path = fields_path(&job.output);
        staged
            .add(&path, (serde_json::to_string_pretty(&json).expect("fields serialize") + "\n").as_bytes())
            .map_err(|e| io(&path, e))?;
    }
    staged.add(&job.output, &pdf).map_err(|e| io(&job.output, e))?;
    staged.commit().map_err(|e| io(&job.output, e))?;
    Ok(rendered.warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_an_error_of_its_document() {
        let job = Job { input: "a.yaml".into(), output: "a.pdf".into(), sign_fields: false };
        let errors = contain_panic(&job, || panic!("index out of bounds")).unwrap_err();
        let d = errors.iter().next().unwrap();
        assert_eq!(d.code, "internal");
        assert_eq!(d.message, "vanban gặp sự cố khi in a.yaml: index out of bounds");
        assert_eq!(
            d.hint.as_deref(),
            Some("Đây là lỗi của vanban; xin báo lỗi kèm văn bản này. Các văn bản khác vẫn được in")
        );
        let english = crate::i18n::with_lang(crate::i18n::Lang::En, || {
            contain_panic(&job, || panic!("index out of bounds")).unwrap_err()
        });
        assert_eq!(
            english.iter().next().unwrap().message,
            "vanban crashed while rendering a.yaml: index out of bounds"
        );
        assert!(contain_panic(&job, || Ok(Vec::new())).unwrap().is_empty());
    }
}
