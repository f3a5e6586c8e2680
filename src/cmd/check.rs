//! `vanban check`: validation and lint rules, without rendering. Each
//! finding has a rule id, a severity, its place in the YAML and the NĐ30
//! clause it enforces; `--format json` prints them for machines.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use vanban::diagnostic::{Diagnostic, JsonDiagnostic, Severity};
use vanban::lint::{LintContext, RULES};

use super::{FontArgs, Status, report};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The YAML documents to check.
    #[arg(value_name = "FILE", required_unless_present = "rules")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// List the lint rules instead.
    #[arg(long)]
    rules: bool,
    #[command(flatten)]
    allow: super::AllowArgs,
    #[command(flatten)]
    fonts: FontArgs,
}

pub fn run(args: CheckArgs) -> Status {
    if args.rules {
        // The allow column: `yes` for rules a document may acknowledge
        // (`allow:`, `--allow`), `no` for those that protect the reader.
        let rows = RULES.iter().map(|r| (r.id, r.severity, r.allowable, r.summary(), r.clause()));
        let checks = vanban::verify::RULES.iter().map(|r| (r.id, r.severity, false, r.summary(), r.clause()));
        for (id, severity, allowable, summary, clause) in rows.chain(checks) {
            let severity = if severity == Severity::Error {
                vanban::t!("diag-error")
            } else {
                vanban::t!("diag-warning")
            };
            let allow = if allowable { vanban::t!("rules-allow-yes") } else { vanban::t!("rules-allow-no") };
            outln!("{id:<24} {severity:<8} {allow:<6} {summary}\n{:<40} ({clause})", "");
        }
        return Status::Ok;
    }
    let ctx = LintContext::default();
    // The fonts a render would use, to report characters they cannot print.
    let pipeline = vanban::Pipeline::new(&args.fonts.options());
    let mut status = Status::Ok;
    let mut json = Vec::new();
    for input in &args.inputs {
        let diagnostics: Vec<Diagnostic> = match vanban::load::load_file(input) {
            Ok(loaded) => {
                let mut found = pipeline.check_coverage(&loaded);
                found.extend(vanban::lint::lint_allowing(&loaded, &ctx, &args.allow.allowed));
                // What only the laid-out pages show (a table too wide, the
                // self-check): a file `check` passes is one `render` prints.
                if !found.iter().any(Diagnostic::is_error) {
                    let laid_out = pipeline.typst_source(&loaded).and_then(|source| {
                        let world = pipeline.world(&loaded, source);
                        pipeline.layout(&loaded, &world, Vec::new()).map(drop)
                    });
                    if let Err(errors) = laid_out {
                        found.extend(errors);
                    }
                }
                loaded.warnings.iter().cloned().chain(found).collect()
            }
            Err(errors) => errors.into_iter().collect(),
        };
        if diagnostics.iter().any(Diagnostic::is_error) {
            status = status.max(super::status_of(&diagnostics));
        }
        match args.format {
            Format::Human => {
                report(&diagnostics);
                let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
                let (errors, warnings, notes) =
                    (count(Severity::Error), count(Severity::Warning), count(Severity::Note));
                eprintln!(
                    "{}",
                    vanban::t!(
                        "check-summary",
                        file = input.display().to_string(),
                        errors = errors,
                        warnings = warnings,
                        notes = notes
                    )
                );
            }
            Format::Json => json.push(serde_json::json!({
                "file": input.display().to_string(),
                "diagnostics": diagnostics.iter().map(JsonDiagnostic::from).collect::<Vec<_>>(),
            })),
        }
    }
    if args.format == Format::Json {
        outln!("{}", serde_json::to_string_pretty(&json).expect("diagnostics serialize"));
    }
    status
}
