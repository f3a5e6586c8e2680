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
    /// The new year; default: the year after the document's.
    #[arg(long)]
    year: Option<i32>,
    /// The draft to write; default: the input's name with the year changed.
    #[arg(short, long, value_name = "OUT.yaml")]
    output: Option<PathBuf>,
    /// Add this year's document to next year's căn cứ (its số and ngày
    /// from the register when the YAML has none).
    #[arg(long)]
    cite_previous: bool,
    /// The office's register, where --cite-previous looks this year's
    /// document up (default: $VANBAN_REGISTER, else vanban-register.sqlite
    /// in the current folder).
    #[arg(long, value_name = "FILE")]
    register: Option<PathBuf>,
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
    let year = args.year.unwrap_or(old + 1);
    let Some(output) = args.output.clone().or_else(|| renamed(&args.input, old, year)) else {
        super::say_error(&vanban::t!("rollover-no-year-in-name", year = old));
        return Status::Usage;
    };
    if output.canonicalize().ok().is_some_and(|o| Some(o) == args.input.canonicalize().ok()) {
        super::say_error(&vanban::t!("rollover-replaces-source"));
        return Status::Usage;
    }
    if output.exists() && !args.force {
        super::say_error(&vanban::t!("cli-file-exists", path = output.display().to_string()));
        return Status::Usage;
    }
    let registered = if args.cite_previous && loaded.document.number().is_none() {
        match from_register(&args, &loaded.document) {
            Ok(r) => r,
            Err(d) => {
                report([&*d]);
                return Status::Usage;
            }
        }
    } else {
        None
    };
    let options = RolloverOptions {
        year,
        cite_previous: args.cite_previous,
        stale_years: args.stale_years,
        registered,
    };
    let draft = match rollover(&loaded, &options, &output.display().to_string()) {
        Ok(d) => d,
        Err(errors) => {
            report(errors.iter());
            return status_of(errors.iter());
        }
    };
    if let Err(e) = vanban::output::write_atomic(&output, draft.yaml.as_bytes()) {
        super::say_error(&vanban::t!(
            "cli-cannot-write",
            path = output.display().to_string(),
            reason = vanban::i18n::io_reason(&e)
        ));
        return Status::Usage;
    }
    report(&draft.notes);
    eprintln!(
        "{}",
        vanban::t!(
            "rollover-wrote",
            path = output.display().to_string(),
            year = year,
            count = draft.notes.len()
        )
    );
    // Where the two values to fill are, in the draft.
    let line_of =
        |key: &str| draft.yaml.lines().position(|l| l.starts_with(&format!("{key}:"))).map(|i| i + 1);
    if let (Some(number), Some(date)) = (line_of("number"), line_of("date")) {
        eprintln!(
            "{}",
            vanban::t!(
                "rollover-to-issue",
                path = output.display().to_string(),
                number_line = number,
                date_line = date
            )
        );
    }
    Status::Ok
}

/// Số and ngày of the input as the register recorded them when it was
/// issued, if there is a register and it has the document: by its file,
/// else by its body, ký hiệu and trích yếu ([`vanban::register::Register::lookup`]).
fn from_register(
    args: &RolloverArgs,
    doc: &vanban::model::Document,
) -> Result<Option<(u32, chrono::NaiveDate)>, Box<vanban::diagnostic::Diagnostic>> {
    use vanban::register::Lookup;
    let path = vanban::register::default_path(args.register.as_deref());
    if !path.exists() {
        return Ok(None);
    }
    let register = vanban::register::open(&path)?;
    Ok(match register.lookup(doc, &args.input)? {
        Lookup::Found(e) => Some((e.number, e.entry.date)),
        Lookup::None => None,
        Lookup::Several(entries) => {
            let all: Vec<String> = entries
                .iter()
                .map(|e| format!("{} ({})", e.so_ky_hieu(), e.entry.date.format("%d/%m/%Y")))
                .collect();
            super::say_warning(&vanban::t!(
                "rollover-several-registered",
                count = entries.len(),
                numbers = all.join(", "),
                path = args.input.display().to_string()
            ));
            None
        }
    })
}

/// `ke-hoach-2026.yaml` → `ke-hoach-2027.yaml`.
fn renamed(input: &Path, old: i32, new: i32) -> Option<PathBuf> {
    let name = input.file_name()?.to_str()?;
    let old = old.to_string();
    name.contains(&old).then(|| input.with_file_name(name.replace(&old, &new.to_string())))
}
