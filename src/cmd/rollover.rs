//! `vanban rollover`: next year's draft from this year's document.

use std::path::{Path, PathBuf};

use clap::Args;
use vanban::rollover::{RolloverOptions, rollover};

use super::{Status, report, status_of};

#[derive(Debug, Args)]
pub struct RolloverArgs {
    /// This year's document.
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// The new year.
    #[arg(long)]
    year: i32,
    /// The draft to write; default: the input's name with the year changed.
    #[arg(short, long, value_name = "OUT.yaml")]
    output: Option<PathBuf>,
    /// Add this year's document to next year's căn cứ.
    #[arg(long)]
    cite_previous: bool,
    /// Report căn cứ older than this many years.
    #[arg(long, default_value_t = 5, value_name = "N")]
    stale_years: i32,
    /// Replace an existing output file.
    #[arg(long)]
    force: bool,
}

pub fn run(args: RolloverArgs) -> Status {
    let loaded = match vanban::load::load_file(&args.input) {
        Ok(l) => l,
        Err(errors) => {
            report(errors.iter());
            return status_of(errors.iter());
        }
    };
    let old = loaded.document.year();
    let Some(output) = args.output.clone().or_else(|| renamed(&args.input, old, args.year)) else {
        eprintln!("error: the file name has no {old} to change; name the draft with -o");
        return Status::Usage;
    };
    if output.canonicalize().ok().is_some_and(|o| Some(o) == args.input.canonicalize().ok()) {
        eprintln!("error: the draft would replace its source; vanban never overwrites its input");
        return Status::Usage;
    }
    if output.exists() && !args.force {
        eprintln!("error: {} exists; use --force to replace it", output.display());
        return Status::Usage;
    }
    let options =
        RolloverOptions { year: args.year, cite_previous: args.cite_previous, stale_years: args.stale_years };
    let draft = match rollover(&loaded, &options, &output.display().to_string()) {
        Ok(d) => d,
        Err(errors) => {
            report(errors.iter());
            return status_of(errors.iter());
        }
    };
    if let Err(e) = vanban::output::write_atomic(&output, draft.yaml.as_bytes()) {
        eprintln!("error: cannot write {}: {e}", output.display());
        return Status::Usage;
    }
    report(&draft.notes);
    eprintln!(
        "wrote {} for {}: {} thing(s) to review; số and ngày are blank for the văn thư",
        output.display(),
        args.year,
        draft.notes.len()
    );
    Status::Ok
}

/// `ke-hoach-2026.yaml` → `ke-hoach-2027.yaml`.
fn renamed(input: &Path, old: i32, new: i32) -> Option<PathBuf> {
    let name = input.file_name()?.to_str()?;
    let old = old.to_string();
    name.contains(&old).then(|| input.with_file_name(name.replace(&old, &new.to_string())))
}
