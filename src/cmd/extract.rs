//! `vanban extract`: the YAML a PDF was rendered from, out of the PDF.

use std::path::PathBuf;

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
    let source = files
        .iter()
        .find(|f| f.relationship.as_deref() == Some("Source"))
        .or_else(|| files.iter().find(|f| f.name.ends_with(".yaml") || f.name.ends_with(".yml")));
    let Some(source) = source else {
        eprintln!(
            "error: {} carries no YAML source; render it with --attach-source or --pdf-standard a-3b",
            args.input.display()
        );
        return Status::DocumentErrors;
    };
    let target = args.output.unwrap_or_else(|| args.input.with_file_name(&source.name));
    if target.exists() && !args.force {
        eprintln!("error: {} exists; use --force to replace it, or -o to write elsewhere", target.display());
        return Status::Usage;
    }
    match output::write_atomic(&target, &source.bytes) {
        Ok(()) => {
            eprintln!("wrote {}", target.display());
            Status::Ok
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", target.display());
            Status::Usage
        }
    }
}
