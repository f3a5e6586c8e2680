//! `vanban watch`: render on every save, keeping the last good PDF when
//! the YAML has errors, with typst's caches warm between edits.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use clap::Args;
use notify::{EventKind, RecursiveMode, Watcher};
use vanban::Pipeline;
use vanban::watch::{Outcome, Session};

use super::{FontArgs, Status, report};

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The YAML document to watch.
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// The PDF to keep up to date; default: the input with .pdf.
    #[arg(short, long, value_name = "OUT.pdf")]
    output: Option<PathBuf>,
    #[command(flatten)]
    allow: super::AllowArgs,
    #[command(flatten)]
    fonts: FontArgs,
}

/// Saves come as bursts of events (write, rename, metadata); wait this long
/// for the burst to end before rendering.
const SETTLE: Duration = Duration::from_millis(60);

pub fn run(args: WatchArgs) -> Status {
    let output = args.output.clone().unwrap_or_else(|| args.input.with_extension("pdf"));
    if output.extension().is_none_or(|e| e != "pdf") {
        super::say_error(&vanban::t!("watch-pdf-only"));
        return Status::Usage;
    }
    if args.input.file_name().is_none() {
        super::say_error(&vanban::t!("watch-not-a-file", path = args.input.display().to_string()));
        return Status::Usage;
    }
    // A file that is not there (or cannot be read, or is a FIFO) stops
    // watch at once: there is nothing to watch, and a typo should not
    // leave it waiting for a file that will never come.
    if let Err(d) = vanban::load::read_input(&args.input) {
        report([&d]);
        return Status::Usage;
    }
    if vanban::output::same_file(&args.input, &output) {
        super::say_error(&vanban::t!("cli-output-is-input", path = output.display().to_string()));
        return Status::Usage;
    }
    let folder = vanban::output::folder_of(&args.input);

    let mut pipeline = Pipeline::new(&args.fonts.options());
    pipeline.source_date_epoch = super::source_date_epoch();
    pipeline.allow = args.allow.allowed.clone();
    pipeline.typesetter.warm_up();
    let mut session = Session::new(&pipeline, &args.input, &output);

    let (tx, rx) = mpsc::channel();
    let mut files = match notify::recommended_watcher(tx) {
        Ok(watcher) => Followed { watcher, folders: HashSet::new(), wanted: HashSet::new() },
        Err(e) => {
            super::say_error(&vanban::t!(
                "watch-cannot-watch",
                path = folder.display().to_string(),
                reason = e.to_string()
            ));
            return Status::Usage;
        }
    };
    if let Err(e) = files.follow(&session) {
        super::say_error(&e);
        return Status::Usage;
    }

    let first = session.render();
    show(&session, first);
    if let Err(e) = files.follow(&session) {
        super::say_warning(&e);
    }
    eprintln!("{}", vanban::t!("watch-watching", path = args.input.display().to_string()));
    while let Ok(event) = rx.recv() {
        if !files.changed_by(&event) {
            continue;
        }
        while rx.recv_timeout(SETTLE).is_ok() {}
        let outcome = session.render();
        show(&session, outcome);
        if let Err(e) = files.follow(&session) {
            super::say_warning(&e);
        }
    }
    Status::Ok
}

/// The files a session renders from, and the folders watched for them:
/// folders, not files, because editors save by writing a new file and
/// renaming it over the old one.
struct Followed {
    watcher: notify::RecommendedWatcher,
    /// Folders watched (canonical).
    folders: HashSet<PathBuf>,
    /// The YAML and the files it draws from (canonical folder + name).
    wanted: HashSet<PathBuf>,
}

impl Followed {
    /// Watches the YAML's folder and those of the files its last version
    /// draws from (images, an attached Kế hoạch).
    fn follow(&mut self, session: &Session) -> Result<(), String> {
        self.wanted.clear();
        for file in session.watched_files() {
            let Ok(dir) = vanban::output::folder_of(&file).canonicalize() else { continue };
            if self.folders.insert(dir.clone()) {
                self.watcher.watch(&dir, RecursiveMode::NonRecursive).map_err(|e| {
                    vanban::t!("watch-cannot-watch", path = dir.display().to_string(), reason = e.to_string())
                })?;
            }
            if let Some(name) = file.file_name() {
                self.wanted.insert(dir.join(name));
            }
        }
        Ok(())
    }

    /// Whether `event` changed one of the files. Reading a file (as every
    /// render does) raises access events, which must not start another.
    fn changed_by(&self, event: &notify::Result<notify::Event>) -> bool {
        event.as_ref().is_ok_and(|e| {
            matches!(e.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Any)
                && e.paths.iter().any(|p| self.wanted.contains(p))
        })
    }
}

fn show(session: &Session, outcome: Outcome) {
    let time = chrono::Local::now().format("%H:%M:%S");
    match outcome {
        Outcome::Rendered { pages, warnings, took } => {
            report(&warnings);
            let (path, ms) = (session.output().display().to_string(), took.as_millis() as u64);
            eprintln!("[{time}] {}", vanban::t!("watch-rendered", path = path, pages = pages, ms = ms));
        }
        Outcome::Unchanged => {}
        Outcome::Failed(errors) => {
            report(errors.iter());
            let (input, output) =
                (session.input().display().to_string(), session.output().display().to_string());
            eprintln!("[{time}] {}", vanban::t!("watch-failed", input = input, output = output));
        }
    }
}
