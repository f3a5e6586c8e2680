//! `vanban schema`: the JSON Schema of the document format, for editors.

use std::path::PathBuf;

use clap::Args;

use super::Status;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE.json")]
    output: Option<PathBuf>,
}

pub fn run(args: SchemaArgs) -> Status {
    let text = format!("{:#}\n", vanban::model::json_schema());
    match args.output {
        None => {
            print!("{text}");
            Status::Ok
        }
        Some(path) => match vanban::output::write_atomic(&path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote {}", path.display());
                Status::Ok
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                Status::Usage
            }
        },
    }
}
