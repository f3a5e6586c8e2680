//! Writing results without ever losing what the user had: every file is
//! written to a temporary file in the same folder and renamed over the
//! target, so a failed or interrupted run leaves the previous file intact.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The output formats, chosen by the output file's extension as the typst CLI does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Png,
    Svg,
    /// The generated Typst source.
    Typst,
    /// A Word file (`src/docx/`), from the document model.
    Docx,
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            "typ" => Some(Format::Typst),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// Whether the format produces one file per page.
    pub fn per_page(self) -> bool {
        matches!(self, Format::Png | Format::Svg)
    }
}

/// The folder a file is in: `.` for `plan.yaml`, whose parent is empty.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether two paths name the same existing file (links followed).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `path` atomically (temporary file + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut staged = Staged::default();
    staged.add(path, bytes)?;
    staged.commit()
}

/// Several files written all or nothing: every file is first written in
/// full to a temporary file beside its target; only when all of them are
/// written are they renamed over their targets, one after the other. A
/// failure before that (a full disk, an error) leaves every target as it
/// was and removes the temporary files.
#[derive(Default)]
pub struct Staged {
    files: Vec<Temp>,
}

impl Staged {
    /// Writes the temporary file that will become `path`.
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                crate::t!("output-folder-has-name"),
            ));
        }
        let dir = folder_of(path);
        remove_stale(dir);
        let mut builder = tempfile::Builder::new();
        let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
        builder.prefix(&prefix).suffix(TEMP_SUFFIX);
        // A temporary file is private (0600); the result should not be. A new
        // file gets 0666 minus the umask (open(2) applies it) as an editor's save
        // would, and a file written over keeps its own mode, so a shared office
        // folder can still read what we wrote.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        // Said in the user's terms: the folder, never our temporary name.
        let created = builder.tempfile_in(dir).map_err(|e| {
            let kind = e.kind();
            let message = match kind {
                // The folder is there but refuses new files (`/proc`, a
                // special file system): "not found" is about the file.
                std::io::ErrorKind::NotFound if std::fs::metadata(dir).is_ok_and(|m| m.is_dir()) => {
                    crate::t!("output-folder-no-new-files", path = dir.display().to_string())
                }
                std::io::ErrorKind::NotFound => {
                    crate::t!("output-folder-missing", path = dir.display().to_string())
                }
                std::io::ErrorKind::PermissionDenied => {
                    crate::t!("output-folder-readonly", path = dir.display().to_string())
                }
                _ => crate::i18n::io_reason(&e),
            };
            std::io::Error::new(kind, message)
        })?;
        let tmp = Temp::new(created, path);
        let file = tmp.file.as_ref().expect("a staged file is present until committed").as_file();
        let previous = std::fs::metadata(path).ok();
        if let Some(meta) = &previous {
            file.set_permissions(meta.permissions())?;
        }
        let mut writer = file;
        writer.write_all(bytes)?;
        // Replacing a file: its new content must be on disk before the rename,
        // or a crash could leave an empty file where the old one was. A new
        // file replaces nothing, and a batch writing thousands of them should
        // not wait for the disk each time.
        if previous.is_some() {
            file.sync_all()?;
        }
        self.files.push(tmp);
        Ok(())
    }

    /// The targets, in the order they were added.
    pub fn targets(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|t| t.target.as_path())
    }

    /// Renames every temporary file over its target.
    pub fn commit(mut self) -> std::io::Result<()> {
        for mut tmp in self.files.drain(..) {
            let file = tmp.file.take().expect("a staged file is present until committed");
            let path = file.path().to_path_buf();
            let result = file.persist(&tmp.target).map_err(|e| e.error);
            forget_temp(&path);
            result?;
        }
        Ok(())
    }
}

/// Temporary files are `.vanban-<pid>-<random>.tmp`: the process that
/// writes one is known, so one left by a killed run can be told from one
/// being written.
const TEMP_PREFIX: &str = ".vanban-";
const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file being written, known to the signal handler until it is
/// renamed or removed.
struct Temp {
    file: Option<tempfile::NamedTempFile>,
    target: PathBuf,
}

impl Temp {
    fn new(file: tempfile::NamedTempFile, target: &Path) -> Temp {
        live().lock().unwrap_or_else(|e| e.into_inner()).push(file.path().to_path_buf());
        Temp { file: Some(file), target: target.to_path_buf() }
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        // Not committed: the temporary file is removed (by NamedTempFile).
        if let Some(file) = self.file.take() {
            let path = file.path().to_path_buf();
            drop(file);
            forget_temp(&path);
        }
    }
}

/// The temporary files this process is writing.
fn live() -> &'static std::sync::Mutex<Vec<PathBuf>> {
    static LIVE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    &LIVE
}

fn forget_temp(path: &Path) {
    live().lock().unwrap_or_else(|e| e.into_inner()).retain(|p| p != path);
}

/// On SIGTERM, SIGINT or SIGHUP, removes the temporary files being written
/// and exits (128 + the signal, as a shell reports it). SIGKILL cannot be
/// caught: what it leaves is removed by the next run ([`remove_stale`]).
pub fn clean_up_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else { return };
        let _ = std::thread::Builder::new().name("signals".into()).spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until exit: no new temporary file is started meanwhile.
                let files = live().lock().unwrap_or_else(|e| e.into_inner());
                for path in files.iter() {
                    let _ = std::fs::remove_file(path);
                }
                std::process::exit(128 + signal);
            }
        });
    }
}

/// How old a temporary file of ours must be before a run that cannot tell
/// whether its writer is alive removes it.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Removes, once per folder and run, the temporary files of ours that a
/// killed run left in `dir`: only names of our exact pattern, and only
/// when the process that wrote them is gone (or, unknowable, when they
/// are older than [`STALE_AFTER`]).
fn remove_stale(dir: &Path) {
    static DONE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    {
        let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
        if done.iter().any(|d| d == dir) {
            return;
        }
        done.push(dir.to_path_buf());
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(writer) = name.to_str().and_then(temp_writer) else { continue };
        let stale = writer.is_some_and(|pid| !process_alive(pid))
            || entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE_AFTER);
        if stale && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// For a name of our temporary-file pattern, the process that wrote it:
/// `Some(Some(pid))` for `.vanban-<pid>-<6 characters>.tmp`, `Some(None)`
/// for the older `.vanban-<6 characters>.tmp`; `None` for any other name.
fn temp_writer(name: &str) -> Option<Option<u32>> {
    let middle = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let random = |s: &str| s.len() == 6 && s.bytes().all(|b| b.is_ascii_alphanumeric());
    match middle.split_once('-') {
        Some((pid, rest)) if random(rest) && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) => {
            Some(Some(pid.parse().ok()?))
        }
        None if random(middle) => Some(None),
        _ => None,
    }
}

/// Whether a process with this id exists.
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
        // Signal 0 checks without sending; EPERM means it exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    true
}

/// The file for page `page` (1-based) of `total` from a path template with
/// `{p}` (page number), `{0p}` (zero-padded) and `{t}` (page count). A
/// template without `{p}`/`{0p}` is only valid for a one-page document.
pub fn page_path(template: &Path, page: usize, total: usize) -> Option<PathBuf> {
    let text = template.to_string_lossy();
    if !text.contains("{p}") && !text.contains("{0p}") {
        return (total == 1).then(|| template.to_path_buf());
    }
    let width = total.to_string().len();
    let out = text
        .replace("{0p}", &format!("{page:0width$}"))
        .replace("{p}", &page.to_string())
        .replace("{t}", &total.to_string());
    Some(PathBuf::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.PDF")), Some(Format::Pdf));
        assert_eq!(Format::from_path(Path::new("page-{p}.png")), Some(Format::Png));
        assert_eq!(Format::from_path(Path::new("x.typ")), Some(Format::Typst));
        assert_eq!(Format::from_path(Path::new("x.docx")), Some(Format::Docx));
        assert_eq!(Format::from_path(Path::new("x.doc")), None);
    }

    #[test]
    fn page_paths() {
        assert_eq!(page_path(Path::new("p-{p}.png"), 3, 12), Some(PathBuf::from("p-3.png")));
        assert_eq!(page_path(Path::new("p-{0p}-of-{t}.png"), 3, 12), Some(PathBuf::from("p-03-of-12.png")));
        assert_eq!(page_path(Path::new("one.png"), 1, 1), Some(PathBuf::from("one.png")));
        assert_eq!(page_path(Path::new("one.png"), 1, 2), None);
    }

    #[test]
    fn atomic_write_replaces_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        write_atomic(&path, b"first version, longer").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn staged_files_replace_their_targets_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
        std::fs::write(&a, "old a").unwrap();
        std::fs::write(&b, "old b").unwrap();
        // The second file cannot be written (its folder does not exist):
        // the first target keeps its content, and no temporary file stays.
        let mut staged = Staged::default();
        staged.add(&a, b"new a").unwrap();
        assert!(staged.add(&dir.path().join("missing/c.pdf"), b"c").is_err());
        drop(staged);
        assert_eq!(std::fs::read(&a).unwrap(), b"old a");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        // None of ours is still registered for removal on a signal (other
        // tests stage files at the same time: only this folder is ours).
        assert!(!live().lock().unwrap().iter().any(|p| p.starts_with(dir.path())));

        let mut staged = Staged::default();
        staged.add(&a, b"new a").unwrap();
        staged.add(&b, b"new b").unwrap();
        // Nothing is replaced before the commit.
        assert_eq!(std::fs::read(&b).unwrap(), b"old b");
        staged.commit().unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"new b");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn stale_temporary_files_of_dead_runs_are_removed_and_nothing_else() {
        assert_eq!(temp_writer(".vanban-123-aB3xYz.tmp"), Some(Some(123)));
        assert_eq!(temp_writer(".vanban-aB3xYz.tmp"), Some(None));
        assert_eq!(temp_writer(".vanban-123-aB3xYz.tmp.bak"), None);
        assert_eq!(temp_writer(".vanban-notes.tmp"), None);
        assert_eq!(temp_writer("vanban-123-aB3xYz.tmp"), None);

        let dir = tempfile::tempdir().unwrap();
        // A process that has exited: its id is free (until reused).
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!(".vanban-{dead}-aB3xYz.tmp"));
        let ours = dir.path().join(format!(".vanban-{}-Qw12er.tmp", std::process::id()));
        let recent_old_style = dir.path().join(".vanban-Zx98cv.tmp");
        let other = dir.path().join(".vanban-notes.tmp");
        for p in [&stale, &ours, &recent_old_style, &other] {
            std::fs::write(p, "x").unwrap();
        }
        write_atomic(&dir.path().join("out.pdf"), b"pdf").unwrap();
        assert!(!stale.exists(), "left by a dead run");
        assert!(ours.exists(), "this process's own");
        assert!(recent_old_style.exists(), "writer unknown, and recent");
        assert!(other.exists(), "not our naming");
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_not_private_and_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("new.pdf");
        write_atomic(&fresh, b"x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        // The mode any program's new file gets under this umask.
        let usual = {
            let probe = dir.path().join("probe");
            std::fs::write(&probe, b"").unwrap();
            std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777
        };
        assert_eq!(mode, usual);

        let kept = dir.path().join("kept.pdf");
        std::fs::write(&kept, b"old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o604)).unwrap();
        write_atomic(&kept, b"new").unwrap();
        assert_eq!(std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777, 0o604);
    }
}
