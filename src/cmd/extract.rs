//! `vanban extract`: the YAML a PDF was rendered from, out of the PDF.

use std::path::{Path, PathBuf};

use clap::Args;
use vanban::extract::attached_files;
use vanban::output;

use super::Status;

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
    let pdf = match std::fs::read(&args.input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.input.display());
            return Status::Usage;
        }
    };
    let files = match attached_files(&pdf) {
        Ok(f) => f,
        Err(message) => {
            eprintln!("error: {}: {message}", args.input.display());
            return Status::DocumentErrors;
        }
    };
    let source = files.iter().find(|f| f.is_source()).or_else(|| {
        files.iter().find(|f| !f.is_supplement() && (f.name.ends_with(".yaml") || f.name.ends_with(".yml")))
    });
    let Some(source) = source else {
        eprintln!(
            "error: {} carries no YAML source; render it with --attach-source or --pdf-standard a-3b",
            args.input.display()
        );
        return Status::DocumentErrors;
    };
    let target = args.output.unwrap_or_else(|| args.input.with_file_name(&source.name));
    // The files the YAML refers to (images, an attached Kế hoạch) go to the
    // same relative paths beside it, so that rendering it again works.
    let folder = target.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut writes = vec![(target.clone(), &source.bytes)];
    // vanban attaches a handful (two images, one plan); a PDF with hundreds
    // was not made by it and must not fill the folder.
    const MAX_FILES: usize = 32;
    let supplements = files.iter().filter(|f| f.is_supplement()).count();
    if supplements > MAX_FILES {
        eprintln!(
            "error: {} carries {supplements} attached files; vanban writes back at most {MAX_FILES}",
            args.input.display()
        );
        return Status::DocumentErrors;
    }
    for file in files.iter().filter(|f| !std::ptr::eq(*f, source) && f.is_supplement()) {
        match &file.path {
            Some(path) => writes.push((folder.join(path), &file.bytes)),
            None => eprintln!(
                "warning: skipped the attached file {}: its stored path is not a plain relative path",
                file.name
            ),
        }
    }
    // Check everything before writing anything.
    for (path, bytes) in &writes {
        if let Ok(existing) = std::fs::read(path)
            && existing != **bytes
            && !args.force
        {
            eprintln!(
                "error: {} exists; use --force to replace it, or -o to write elsewhere",
                path.display()
            );
            return Status::Usage;
        }
    }
    for (path, bytes) in writes {
        if std::fs::read(&path).is_ok_and(|existing| existing == *bytes) {
            eprintln!("unchanged {}", path.display());
            continue;
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            eprintln!("error: cannot create {}: {e}", parent.display());
            return Status::Usage;
        }
        if let Err(e) = output::write_atomic(&path, bytes) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return Status::Usage;
        }
        eprintln!("wrote {}", path.display());
    }
    Status::Ok
}
