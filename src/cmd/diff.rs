//! `vanban diff`: what changed between two versions of a document.
//!
//! The earlier version may be named by its số and ký hiệu as the office's
//! register recorded it (`01/KH-UBND`); and an earlier version whose YAML
//! has no số and ngày (kept as drafted) gets them from the register, so
//! that the diff shows the number last year's document was issued with.

use std::path::{Path, PathBuf};

use clap::Args;
use vanban::diagnostic::Diagnostic;
use vanban::load::Loaded;
use vanban::register::{self, Lookup};

use super::check::Format;
use super::{Status, report, status_of};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier version (e.g. last year's plan): its file, or its số and
    /// ký hiệu as the register recorded it (`01/KH-UBND`).
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The later version.
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The year OLD, given as số/ký hiệu, was issued in (default: the year
    /// before NEW's, then NEW's).
    #[arg(long, value_name = "YEAR")]
    year: Option<i32>,
    /// The office's register (default: $VANBAN_REGISTER, else
    /// vanban-register.sqlite in the
    /// current folder); read only, and only if it exists.
    #[arg(long, value_name = "FILE")]
    register: Option<PathBuf>,
}

pub fn run(args: DiffArgs) -> Status {
    let new = match load_comparable(&args.new) {
        Ok(l) => l,
        Err(errors) => {
            report(errors.iter());
            return status_of(errors.iter());
        }
    };
    let old = match old_version(&args, new.document.year()) {
        Ok(l) => l,
        Err(Failure::Diagnostics(errors)) => {
            report(errors.iter());
            return status_of(errors.iter());
        }
        Err(Failure::Register(d)) => {
            report([&*d]);
            return Status::Usage;
        }
    };
    let changes = vanban::diff::diff(&old.document, &new.document);
    match args.format {
        Format::Json => outln!("{}", serde_json::to_string_pretty(&changes).expect("changes serialize")),
        Format::Human => {
            for c in &changes {
                outln!("{c}");
            }
            eprintln!(
                "{}",
                vanban::t!(
                    "diff-summary",
                    count = changes.len(),
                    old = old.file.name.as_str(),
                    new = args.new.display().to_string()
                )
            );
        }
    }
    Status::Ok
}

enum Failure {
    /// The document does not load.
    Diagnostics(vanban::diagnostic::Diagnostics),
    /// The register cannot say which document is meant.
    Register(Box<Diagnostic>),
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Failure::Register(Box::new(d))
    }
}

/// The earlier version: the file OLD names, or the YAML the register
/// recorded for the số and ký hiệu OLD names; with số and ngày from the
/// register when its YAML has none.
fn old_version(args: &DiffArgs, new_year: i32) -> Result<Loaded, Failure> {
    let register_path = register::default_path(args.register.as_deref());
    let wanted = args.old.to_str().and_then(register::parse_so_ky_hieu);
    let path = match wanted {
        Some(_) if !args.old.exists() => {
            let so = args.old.to_string_lossy();
            if !register_path.exists() {
                return Err(Diagnostic::error(
                    "register-io",
                    vanban::t!(
                        "diff-no-register",
                        so = so.as_ref(),
                        register = register_path.display().to_string()
                    ),
                )
                .with_hint(vanban::t!("diff-no-register.hint"))
                .into());
            }
            let reg = register::open(&register_path)?;
            let years = match args.year {
                Some(y) => vec![y],
                None => vec![new_year - 1, new_year],
            };
            let mut found = None;
            for y in &years {
                if let Some(e) = reg.find(*y, None, Some(&so))? {
                    found = Some(e);
                    break;
                }
            }
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            let Some(entry) = found else {
                return Err(Diagnostic::error(
                    "register-lookup",
                    vanban::t!(
                        "diff-not-in-register",
                        register = register_path.display().to_string(),
                        so = so.as_ref(),
                        years = years.join(", ")
                    ),
                )
                .with_hint(vanban::t!("diff-not-in-register.hint"))
                .into());
            };
            let Some(source) = entry.entry.source.as_deref() else {
                return Err(Diagnostic::error(
                    "register-lookup",
                    vanban::t!("diff-no-yaml", so = so.as_ref(), year = entry.year),
                )
                .into());
            };
            let path = reg.resolve(source);
            super::say_note(&vanban::t!(
                "diff-found",
                so = so.as_ref(),
                year = entry.year,
                path = path.display().to_string()
            ));
            path
        }
        _ => args.old.clone(),
    };
    let loaded = load_comparable(&path).map_err(Failure::Diagnostics)?;
    if loaded.document.number().is_some() || !register_path.exists() {
        return Ok(loaded);
    }
    with_registered_number(loaded, &path, &register_path)
}

/// `loaded`, whose YAML has no số, with the số and ngày the register gave
/// it, written into its text as `issue` writes them and loaded again.
fn with_registered_number(loaded: Loaded, path: &Path, register_path: &Path) -> Result<Loaded, Failure> {
    let reg = register::open(register_path)?;
    let entry = match reg.lookup(&loaded.document, path)? {
        Lookup::Found(e) => *e,
        Lookup::None => return Ok(loaded),
        Lookup::Several(entries) => {
            let all: Vec<String> = entries.iter().map(|e| e.so_ky_hieu()).collect();
            super::say_warning(&vanban::t!(
                "diff-several-registered",
                count = entries.len(),
                path = path.display().to_string(),
                numbers = all.join(", ")
            ));
            return Ok(loaded);
        }
    };
    let edits = [
        vanban::rollover::set_top_level(&loaded, "number", &entry.number.to_string(), "place"),
        vanban::rollover::set_top_level(
            &loaded,
            "date",
            &entry.entry.date.format("%Y-%m-%d").to_string(),
            "year",
        ),
    ];
    let Some(edits) = edits.into_iter().collect::<Option<Vec<_>>>() else { return Ok(loaded) };
    let yaml = vanban::rollover::apply(&loaded.file.text, edits);
    let filled = vanban::load::load_str(&loaded.file.name, &yaml).map_err(Failure::Diagnostics)?;
    super::say_note(&vanban::t!(
        "diff-number-from-register",
        path = path.display().to_string(),
        so = entry.so_ky_hieu(),
        date = entry.entry.date.format("%d/%m/%Y").to_string()
    ));
    Ok(filled)
}

/// A version to compare: as loaded, or, for a draft from `rollover` that
/// waits for its placeholders (`date: <<ngày ban hành>>`), with them read
/// as empty (and a note saying so).
fn load_comparable(path: &Path) -> Result<Loaded, vanban::diagnostic::Diagnostics> {
    match vanban::load::load_file(path) {
        Err(errors) if errors.iter().all(|d| d.code == "placeholder") => {
            let loaded = unfilled_as_empty(path, &errors)?;
            super::say_note(&vanban::t!(
                "diff-placeholders",
                path = path.display().to_string(),
                count = errors.iter().count()
            ));
            Ok(loaded)
        }
        other => other,
    }
}

/// The document at `path` loaded with every value that is only a
/// placeholder (`key: <<…>>`, `- <<…>>`) read as null; the placeholders
/// inside longer text stay as they are. The text is the one already read
/// (the diagnostics carry it), so no limit of the first read is bypassed.
fn unfilled_as_empty(
    path: &Path,
    errors: &vanban::diagnostic::Diagnostics,
) -> Result<Loaded, vanban::diagnostic::Diagnostics> {
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
