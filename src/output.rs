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
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            "typ" => Some(Format::Typst),
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

/// Writes `bytes` to `path` atomically (temporary file + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = folder_of(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".vanban-").suffix(".tmp");
    // A temporary file is private (0600); the result should not be. A new
    // file gets 0666 minus the umask (open(2) applies it) as an editor's save
    // would, and a file written over keeps its own mode, so a shared office
    // folder can still read what we wrote.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir)?;
    let previous = std::fs::metadata(path).ok();
    if let Some(meta) = &previous {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.write_all(bytes)?;
    // Replacing a file: its new content must be on disk before the rename,
    // or a crash could leave an empty file where the old one was. A new
    // file replaces nothing, and a batch writing thousands of them should
    // not wait for the disk each time.
    if previous.is_some() {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
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
        assert_eq!(Format::from_path(Path::new("x.docx")), None);
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
