//! `vanban schema`: the JSON Schema of the document format, for editors.

use std::path::PathBuf;

use clap::Args;

use super::Status;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE.json")]
    output: Option<PathBuf>,
    /// Replace FILE.json if it exists and is not a schema vanban wrote.
    #[arg(long)]
    force: bool,
}

pub fn run(args: SchemaArgs) -> Status {
    let text = format!("{:#}\n", vanban::model::json_schema());
    match args.output {
        None => {
            out!("{text}");
            Status::Ok
        }
        Some(path) if !args.force && is_foreign(&path) => {
            super::say_error(&vanban::t!("schema-foreign", path = path.display().to_string()));
            Status::Usage
        }
        Some(path) => match vanban::output::write_atomic(&path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("{}", vanban::t!("cli-wrote", path = path.display().to_string()));
                Status::Ok
            }
            Err(e) => {
                super::say_error(&vanban::t!(
                    "cli-cannot-write",
                    path = path.display().to_string(),
                    reason = vanban::i18n::io_reason(&e)
                ));
                Status::Usage
            }
        },
    }
}

/// Whether `path` holds something other than a vanban schema (of any
/// version), which a plain re-run must not replace.
fn is_foreign(path: &std::path::Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else { return false };
    let title = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("title")?.as_str().map(str::to_string));
    let ours = vanban::model::json_schema().get("title").and_then(|t| t.as_str()).map(str::to_string);
    title.is_none() || title != ours
}
