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
            // A draft from `rollover` may wait for its placeholders (`date:
            // <<ngày ban hành>>`): compared with them read as empty.
            Err(errors) if errors.iter().all(|d| d.code == "placeholder") => {
                match unfilled_as_empty(path, &errors) {
                    Ok(l) => {
                        eprintln!(
                            "note: {} still has {} placeholder(s) (`<<…>>`); a field that is only a placeholder is compared as empty",
                            path.display(),
                            errors.iter().count()
                        );
                        docs.push(l.document)
                    }
                    Err(errors) => {
                        report(errors.iter());
                        return status_of(errors.iter());
                    }
                }
            }
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

/// The document at `path` loaded with every value that is only a
/// placeholder (`key: <<…>>`, `- <<…>>`) read as null; the placeholders
/// inside longer text stay as they are. The text is the one already read
/// (the diagnostics carry it), so no limit of the first read is bypassed.
fn unfilled_as_empty(
    path: &std::path::Path,
    errors: &vanban::diagnostic::Diagnostics,
) -> Result<vanban::load::Loaded, vanban::diagnostic::Diagnostics> {
    let Some(file) = errors.iter().find_map(|d| d.file.clone()) else { return Err(errors.clone()) };
    let mut spans: Vec<std::ops::Range<usize>> = errors.iter().filter_map(|d| d.span.clone()).collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.start));
    let mut text = file.text.clone();
    for span in spans {
        let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let before = text[line_start..span.start].trim_end();
        let after = text[span.end..].split('\n').next().unwrap_or("").trim();
        let whole_value = (before.ends_with(':') || before.trim_start() == "-" || before.ends_with(" -"))
            && (after.is_empty() || after.starts_with('#'));
        if whole_value && text.get(span.clone()).is_some_and(|p| p.starts_with("<<") && p.ends_with(">>")) {
            text.replace_range(span, "null");
        }
    }
    vanban::load::load_bytes(path, text.into_bytes())
}
