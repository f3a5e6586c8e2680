//! `vanban diff`: what changed between two versions of a document.

use std::path::PathBuf;

use clap::Args;

use super::check::Format;
use super::{Status, report, status_of};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier version (e.g. last year's plan).
    old: PathBuf,
    /// The later version.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub fn run(args: DiffArgs) -> Status {
    let mut docs = Vec::new();
    for path in [&args.old, &args.new] {
        match vanban::load::load_file(path) {
            Ok(l) => docs.push(l.document),
            Err(errors) => {
                report(errors.iter());
                return status_of(errors.iter());
            }
        }
    }
    let changes = vanban::diff::diff(&docs[0], &docs[1]);
    match args.format {
        Format::Json => outln!("{}", serde_json::to_string_pretty(&changes).expect("changes serialize")),
        Format::Human => {
            for c in &changes {
                outln!("{c}");
            }
            eprintln!("{} change(s) from {} to {}", changes.len(), args.old.display(), args.new.display());
        }
    }
    Status::Ok
}
