//! The one rule for every file a document names (signature and seal
//! images, the Kế hoạch a quyết định issues) and for reading any input:
//! a path relative to the document's folder that stays inside it once
//! symbolic links are resolved, naming a regular file of bounded size.
//!
//! Names are compared in NFC, as the YAML's text is, but opened as the
//! folder stores them: macOS writes `chữ-ký.png` in NFD.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

/// Why a path a document names cannot be used.
#[derive(Debug)]
pub enum PathProblem {
    /// An absolute path; `relative` is the same file written from the
    /// document's folder, when it is inside it.
    Absolute { relative: Option<String> },
    /// `..`, or a link leading out of the folder.
    Outside,
    /// Nothing by that name (`shown` is the path looked for).
    Missing { shown: PathBuf },
    /// A folder.
    Folder { shown: PathBuf },
    /// A FIFO, device or socket: reading it could block or never end.
    NotRegular { shown: PathBuf, kind: &'static str },
    /// Larger than the caller's limit.
    TooLarge { shown: PathBuf, len: u64 },
}

/// A file inside a document's folder.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The path as the folder stores it (for messages and for reading).
    pub shown: PathBuf,
    /// Its length when resolved.
    pub len: u64,
}

/// `plan.yaml` in the current folder has an empty parent.
fn folder_or_dot(folder: &Path) -> &Path {
    if folder.as_os_str().is_empty() { Path::new(".") } else { folder }
}

/// The entry of `dir` named `name`: the name itself when it exists, else
/// the entry whose NFC form equals `name`'s (a name stored in NFD).
pub fn find_entry(dir: &Path, name: &std::ffi::OsStr) -> PathBuf {
    let exact = dir.join(name);
    if std::fs::symlink_metadata(&exact).is_ok() {
        return exact;
    }
    let Some(wanted) = name.to_str().map(|s| s.nfc().collect::<String>()) else { return exact };
    let Ok(entries) = std::fs::read_dir(folder_or_dot(dir)) else { return exact };
    entries
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_str().is_some_and(|n| n.nfc().eq(wanted.chars())))
        .map_or(exact, |e| dir.join(e.file_name()))
}

/// `relative` below `folder`, each name looked up as [`find_entry`] does.
pub fn locate(folder: &Path, relative: &Path) -> PathBuf {
    let mut out = folder.to_path_buf();
    for c in relative.components() {
        match c {
            Component::Normal(name) => out = find_entry(&out, name),
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Checks the file `path` names, relative to the document's `folder`:
/// inside it (links resolved), a regular file of at most `max` bytes.
pub fn resolve_inside(folder: &Path, path: &str, max: u64) -> Result<Resolved, PathProblem> {
    let relative = Path::new(path);
    if relative.is_absolute() {
        let root = folder_or_dot(folder).canonicalize().ok();
        let relative =
            root.and_then(|root| relative.strip_prefix(root).ok().map(|p| p.display().to_string()));
        return Err(PathProblem::Absolute { relative });
    }
    if relative.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        return Err(PathProblem::Outside);
    }
    let shown = locate(folder, relative);
    if !relative.components().any(|c| matches!(c, Component::Normal(_))) {
        return Err(PathProblem::Missing { shown });
    }
    let meta = match std::fs::metadata(&shown) {
        Ok(m) => m,
        Err(_) => {
            // A dangling link (or one into a folder we may not read) that
            // leads out is reported as leading out, not as missing.
            if std::fs::symlink_metadata(&shown).is_ok() && !inside(folder, &shown) {
                return Err(PathProblem::Outside);
            }
            return Err(PathProblem::Missing { shown });
        }
    };
    // Where a link leads is what counts; checked before the kind of file,
    // so that nothing is said about a file outside the folder.
    if !inside(folder, &shown) {
        return Err(PathProblem::Outside);
    }
    if meta.is_dir() {
        return Err(PathProblem::Folder { shown });
    }
    if !meta.is_file() {
        return Err(PathProblem::NotRegular { kind: kind_of(&meta), shown });
    }
    if meta.len() > max {
        return Err(PathProblem::TooLarge { len: meta.len(), shown });
    }
    Ok(Resolved { len: meta.len(), shown })
}

/// Whether `path`, links resolved, is inside `folder`.
fn inside(folder: &Path, path: &Path) -> bool {
    match (folder_or_dot(folder).canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(real)) => real.starts_with(root),
        _ => false,
    }
}

/// What a file that is neither a regular file nor a folder is.
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() { "a folder" } else { "not a regular file" }
}

/// What [`kind_of`] found, in the run's language.
pub fn kind_text(kind: &str) -> String {
    let key = match kind {
        "a FIFO (named pipe)" => "fifo",
        "a device" => "device",
        "a socket" => "socket",
        "a folder" => "folder",
        _ => "other",
    };
    crate::t!("file-kind", kind = key)
}

/// Why [`read_regular`] read nothing.
#[derive(Debug)]
pub enum ReadProblem {
    Io(std::io::Error),
    /// What the file is instead (`a FIFO (named pipe)`).
    NotRegular(&'static str),
    /// At least this many bytes (more than the limit).
    TooLarge(u64),
}

/// Reads a regular file of at most `max` bytes. The file is opened
/// without blocking (a FIFO would wait for a writer) and its kind and size
/// are checked on the opened file, so it cannot be swapped in between;
/// at most `max + 1` bytes are read even if it grows meanwhile.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadProblem> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(ReadProblem::Io)?;
    let meta = file.metadata().map_err(ReadProblem::Io)?;
    if !meta.is_file() {
        return Err(ReadProblem::NotRegular(kind_of(&meta)));
    }
    if meta.len() > max {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadProblem::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("doc");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(dir.path().join("outside.yaml"), "x").unwrap();
        std::fs::write(root.join("plan.yaml"), "type: ke-hoach").unwrap();
        assert!(matches!(resolve_inside(&root, "../outside.yaml", 100), Err(PathProblem::Outside)));
        assert!(matches!(resolve_inside(&root, "/etc/passwd", 100), Err(PathProblem::Absolute { .. })));
        assert!(matches!(resolve_inside(&root, "", 100), Err(PathProblem::Missing { .. })));
        assert!(matches!(resolve_inside(&root, ".", 100), Err(PathProblem::Missing { .. })));
        assert!(matches!(resolve_inside(&root, "plan.yaml", 5), Err(PathProblem::TooLarge { len: 14, .. })));
        assert_eq!(resolve_inside(&root, "./plan.yaml", 100).unwrap().len, 14);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("outside.yaml"), root.join("link.yaml")).unwrap();
            assert!(matches!(resolve_inside(&root, "link.yaml", 100), Err(PathProblem::Outside)));
            std::os::unix::fs::symlink("/nonexistent/x", root.join("dangling.yaml")).unwrap();
            assert!(matches!(resolve_inside(&root, "dangling.yaml", 100), Err(PathProblem::Outside)));
        }
    }

    #[test]
    fn names_stored_in_nfd_are_found_by_their_nfc_form() {
        let dir = tempfile::tempdir().unwrap();
        let nfd: String = "chữ-ký.png".nfd().collect();
        assert_ne!(nfd, "chữ-ký.png");
        std::fs::write(dir.path().join(&nfd), "png").unwrap();
        let found = resolve_inside(dir.path(), "chữ-ký.png", 100).unwrap();
        assert_eq!(found.shown, dir.path().join(&nfd), "opened as stored");
        assert_eq!(std::fs::read(&found.shown).unwrap(), b"png");
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.yaml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(read_regular(&fifo, 100), Err(ReadProblem::NotRegular("a FIFO (named pipe)"))));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 100),
            Err(ReadProblem::NotRegular("a device"))
        ));
        assert!(matches!(
            resolve_inside(dir.path(), "x.yaml", 100),
            Err(PathProblem::NotRegular { kind: "a FIFO (named pipe)", .. })
        ));
    }
}
