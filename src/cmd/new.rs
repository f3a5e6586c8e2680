//! `vanban new`: a commented skeleton of a document, with must-fill
//! placeholders (`<<…>>`) that `render` refuses until they are replaced.

use std::path::PathBuf;

use clap::Args;
use vanban::model::DocType;

use super::Status;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The document type (ke-hoach).
    #[arg(value_name = "TYPE")]
    doc_type: String,
    /// Where to write the skeleton; standard output if absent.
    #[arg(short, long, value_name = "FILE.yaml")]
    output: Option<PathBuf>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
}

/// The skeleton of each type.
pub fn skeleton(doc_type: DocType) -> &'static str {
    match doc_type {
        DocType::KeHoach => include_str!("../../templates/new/ke-hoach.yaml"),
    }
}

pub fn run(args: NewArgs) -> Status {
    let Some(doc_type) = DocType::from_key(&args.doc_type) else {
        let keys: Vec<&str> = DocType::ALL.iter().map(|t| t.key()).collect();
        eprintln!("error: unknown document type `{}`; expected one of: {}", args.doc_type, keys.join(", "));
        return Status::Usage;
    };
    let text = skeleton(doc_type);
    let Some(path) = args.output else {
        print!("{text}");
        return Status::Ok;
    };
    if path.exists() && !args.force {
        eprintln!("error: {} exists; use --force to replace it", path.display());
        return Status::Usage;
    }
    match vanban::output::write_atomic(&path, text.as_bytes()) {
        Ok(()) => {
            eprintln!(
                "wrote {}: fill in every <<…>>, then `vanban render {}`",
                path.display(),
                path.display()
            );
            Status::Ok
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            Status::Usage
        }
    }
}
