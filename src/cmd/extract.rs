//! `vanban extract`: the YAML a PDF was rendered from, out of the PDF.

use std::path::{Path, PathBuf};

use clap::Args;
use vanban::diagnostic::escape_for_terminal as printable;
use vanban::extract::attached_files;
use vanban::load::paths::ReadProblem;
use vanban::output;

use vanban::t;

use super::{Status, say_error, say_hint};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// A PDF rendered with --attach-source or --pdf-standard a-3b.
    #[arg(value_name = "PDF")]
    input: PathBuf,
    /// Where to write the YAML. Default: its own name, beside the PDF.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
}

pub fn run(args: ExtractArgs) -> Status {
    // A FIFO or a device is refused before it is read.
    let pdf = match vanban::load::paths::read_regular(&args.input, vanban::limits::EXTRACT_MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(problem) => {
            let cause = match problem {
                ReadProblem::Io(e) => vanban::i18n::io_reason(&e),
                ReadProblem::NotRegular(kind) => {
                    t!("extract-not-regular", kind = vanban::load::paths::kind_text(kind))
                }
                ReadProblem::TooLarge(len) => {
                    say_error(&t!(
                        "extract-too-large",
                        path = args.input.display().to_string(),
                        mb = len.div_ceil(1 << 20).to_string(),
                        max = (vanban::limits::EXTRACT_MAX_FILE_BYTES >> 20).to_string()
                    ));
                    say_hint(&t!("extract-too-large.hint"));
                    return Status::DocumentErrors;
                }
            };
            say_error(&t!("extract-cannot-read", path = args.input.display().to_string(), cause = cause));
            say_hint(&t!("extract-cannot-read.hint"));
            return Status::Usage;
        }
    };
    let files = match attached_files(&pdf) {
        Ok(f) => f,
        Err(message) => {
            say_error(&format!("{}: {}", args.input.display(), printable(&message)));
            return Status::DocumentErrors;
        }
    };
    let source = files.iter().find(|f| f.is_source()).or_else(|| {
        files.iter().find(|f| !f.is_supplement() && (f.name.ends_with(".yaml") || f.name.ends_with(".yml")))
    });
    let Some(source) = source else {
        say_error(&t!("extract-no-source", path = args.input.display().to_string()));
        return Status::DocumentErrors;
    };
    let target = match args.output {
        Some(path) => path,
        None => {
            // The name comes from the PDF: it must be a plain file name.
            if let Err(problem) =
                usable_name(&source.name).and_then(|()| attachable(&source.name, true)).and_then(|()| {
                    if source.name.to_lowercase().ends_with(".png") {
                        Err(t!("extract-name-not-yaml"))
                    } else {
                        Ok(())
                    }
                })
            {
                say_error(&t!(
                    "extract-bad-name",
                    path = args.input.display().to_string(),
                    name = printable(&source.name),
                    problem = problem
                ));
                say_hint(&t!("extract-bad-name.hint"));
                return Status::DocumentErrors;
            }
            args.input.with_file_name(&source.name)
        }
    };
    // The files the YAML refers to (images, an attached Kế hoạch) go to the
    // same relative paths beside it, so that rendering it again works.
    let folder = target.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut writes = vec![(target.clone(), &source.bytes)];
    // vanban attaches a handful (two images, one plan); a PDF with hundreds
    // was not made by it and must not fill the folder.
    const MAX_FILES: usize = 32;
    let supplements = files.iter().filter(|f| f.is_supplement()).count();
    if supplements > MAX_FILES {
        say_error(&t!(
            "extract-too-many",
            path = args.input.display().to_string(),
            count = supplements,
            max = MAX_FILES
        ));
        return Status::DocumentErrors;
    }
    // Only what `render` attaches comes back out: the YAML and its PNG
    // images (or attached plan), under plain names. Anything else (a
    // `.git/config`, an `.envrc`, a program) is refused, and nothing is
    // written.
    for file in files.iter().filter(|f| !std::ptr::eq(*f, source) && f.is_supplement()) {
        let Some(path) = file.path.as_ref() else {
            return refuse(&args.input, &file.name, &t!("extract-name-not-relative"));
        };
        let shown = path.to_string_lossy();
        let components: Vec<&str> = path.iter().filter_map(|c| c.to_str()).collect();
        if components.len() != path.iter().count() {
            return refuse(&args.input, &shown, &t!("extract-name-not-utf8"));
        }
        let last = components.len().saturating_sub(1);
        for (i, c) in components.iter().enumerate() {
            if let Err(problem) = usable_name(c).and_then(|()| attachable(c, i == last)) {
                return refuse(&args.input, &shown, &problem);
            }
        }
        if last > vanban::limits::EXTRACT_MAX_FOLDERS {
            let problem =
                t!("extract-name-too-deep", depth = last, max = vanban::limits::EXTRACT_MAX_FOLDERS);
            return refuse(&args.input, &shown, &problem);
        }
        writes.push((folder.join(path), &file.bytes));
    }
    // Check everything before writing anything.
    for (i, (path, bytes)) in writes.iter().enumerate() {
        if output::same_file(path, &args.input) {
            say_error(&t!("extract-is-input", path = path.display().to_string()));
            say_hint(&t!("extract-is-input.hint"));
            return Status::Usage;
        }
        if writes[..i]
            .iter()
            .any(|(earlier, _)| lexical(earlier) == lexical(path) || output::same_file(earlier, path))
        {
            say_error(&t!(
                "extract-same-target",
                pdf = args.input.display().to_string(),
                path = printable(&path.display().to_string())
            ));
            say_hint(&t!("extract-same-target.hint"));
            return Status::DocumentErrors;
        }
        if i > 0
            && let Some(link) = link_on_the_way(&folder, path)
        {
            say_error(&t!("extract-through-link", path = link.display().to_string()));
            say_hint(&t!("extract-through-link.hint"));
            return Status::Usage;
        }
        if let Ok(meta) = std::fs::symlink_metadata(path)
            && !meta.is_file()
            && !(i == 0 && meta.file_type().is_symlink())
        {
            say_error(&t!(
                "extract-not-a-file",
                path = printable(&path.display().to_string()),
                kind = vanban::load::paths::kind_text(vanban::load::paths::kind_of(&meta))
            ));
            say_hint(&t!("extract-not-a-file.hint"));
            return Status::Usage;
        }
        if let Ok(existing) = std::fs::read(path)
            && existing != **bytes
            && !args.force
        {
            say_error(&t!("extract-exists", path = printable(&path.display().to_string())));
            return Status::Usage;
        }
    }
    // All the files are written, then all renamed into place: a failure
    // leaves none of them changed.
    let mut staged = output::Staged::default();
    for (path, bytes) in writes {
        if std::fs::read(&path).is_ok_and(|existing| existing == *bytes) {
            eprintln!("{}", t!("extract-unchanged", path = printable(&path.display().to_string())));
            continue;
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            say_error(&t!(
                "extract-cannot-create",
                path = parent.display().to_string(),
                reason = vanban::i18n::io_reason(&e)
            ));
            return Status::Usage;
        }
        if let Err(e) = staged.add(&path, bytes) {
            say_error(&t!(
                "cli-cannot-write",
                path = path.display().to_string(),
                reason = vanban::i18n::io_reason(&e)
            ));
            return Status::Usage;
        }
    }
    let targets: Vec<PathBuf> = staged.targets().map(Path::to_path_buf).collect();
    if let Err(e) = staged.commit() {
        say_error(&t!("extract-cannot-commit", reason = vanban::i18n::io_reason(&e)));
        return Status::Usage;
    }
    for path in targets {
        eprintln!("{}", t!("extract-wrote", path = path.display().to_string()));
    }
    Status::Ok
}

/// A path without its `.` components, to compare.
fn lexical(path: &Path) -> PathBuf {
    path.components().filter(|c| *c != std::path::Component::CurDir).collect()
}

/// Why a name stored in a PDF cannot be a file name here, if it cannot.
fn usable_name(name: &str) -> Result<(), String> {
    match name {
        "" => Err(t!("extract-name-empty")),
        "." | ".." => Err(t!("extract-name-folder")),
        _ if name.contains(['/', '\\']) => Err(t!("extract-name-separator")),
        _ if name.chars().any(char::is_control) => Err(t!("extract-name-control")),
        _ => Ok(()),
    }
}

/// Why a name component stored in a PDF is not one `render` attaches:
/// `last` is the file's own name, which must be a YAML or a PNG image.
fn attachable(name: &str, last: bool) -> Result<(), String> {
    let lower = name.to_lowercase();
    if name.starts_with('.') {
        Err(t!("extract-name-hidden"))
    } else if last && ![".yaml", ".yml", ".png"].iter().any(|ext| lower.ends_with(ext)) {
        Err(t!("extract-name-kind"))
    } else {
        Ok(())
    }
}

/// Refuses the whole extraction because of one stored file.
fn refuse(pdf: &Path, name: &str, problem: &str) -> Status {
    say_error(&t!(
        "extract-refused",
        pdf = pdf.display().to_string(),
        name = printable(name),
        problem = problem
    ));
    say_hint(&t!("extract-refused.hint"));
    Status::DocumentErrors
}

/// The first symbolic link among the folders (and the file) from `folder`
/// down to `path`, which the PDF chose: writing there must not follow one
/// out of the folder.
fn link_on_the_way(folder: &Path, path: &Path) -> Option<PathBuf> {
    let relative = path.strip_prefix(folder).ok()?;
    let mut at = folder.to_path_buf();
    for c in relative.components() {
        at.push(c);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Some(at),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_a_pdf_must_be_plain_file_names() {
        use vanban::i18n::{Lang, with_lang};
        let err = |s: &str| Err(s.to_string());
        with_lang(Lang::En, || {
            assert_eq!(usable_name(""), err("is empty"));
            assert_eq!(usable_name("."), err("names a folder, not a file"));
            assert_eq!(usable_name(".."), err("names a folder, not a file"));
            assert_eq!(usable_name("a/b.yaml"), err("holds a folder separator"));
            assert_eq!(usable_name("a\nb.yaml"), err("holds control characters"));
            assert_eq!(usable_name("kế-hoạch.yaml"), Ok(()));
            assert_eq!(printable("a\nb\x1b[31m"), "a\\nb\\u{1b}[31m");
            assert_eq!(attachable("kế-hoạch.yaml", true), Ok(()));
            assert_eq!(attachable("chữ-ký.PNG", true), Ok(()));
            assert_eq!(attachable("images", false), Ok(()));
            assert_eq!(attachable(".git", false), err("starts with `.` (a hidden file or folder)"));
            assert_eq!(attachable(".vanban-1-x.tmp", true), err("starts with `.` (a hidden file or folder)"));
            assert_eq!(attachable("run.sh", true), err("is neither a YAML (.yaml, .yml) nor a PNG image"));
            assert_eq!(attachable("images", true), err("is neither a YAML (.yaml, .yml) nor a PNG image"));
        });
        assert_eq!(
            with_lang(Lang::Vi, || attachable("run.sh", true)),
            err("không phải tệp YAML (.yaml, .yml) cũng không phải ảnh PNG")
        );
    }
}
