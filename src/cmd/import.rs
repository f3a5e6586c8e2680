//! `vanban import`: last year's document (text or PDF) as vanban YAML, with
//! a report of what was recognised, guessed and needs a look.

use std::io::Read;
use std::path::PathBuf;

use clap::Args;
use vanban::import::{Format, NoteKind};
use vanban::model::DocType;

use super::Status;
use vanban::t;

/// A refusal of the command line, before any document is read: `lỗi: …`
/// (`error: …` in English), as a diagnostic's first line reads.
fn error(message: String) {
    eprintln!("{}: {message}", t!("diag-error"));
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The document: `.docx`, `.pdf` (with a text layer) or `.txt` (`-` for standard input).
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// Where to write the YAML; beside the input with `.yaml` if absent
    /// (standard output for `-`).
    #[arg(short, long, value_name = "FILE.yaml")]
    output: Option<PathBuf>,
    /// The document type when the text does not say it (ke-hoach, bao-cao … or its Vietnamese name).
    #[arg(long = "type", value_name = "TYPE")]
    doc_type: Option<String>,
    /// Replace an existing output file.
    #[arg(long)]
    force: bool,
}

pub fn run(args: ImportArgs) -> Status {
    let doc_type = match args.doc_type.as_deref().map(|k| (k, DocType::from_name(k))) {
        None => None,
        Some((_, Some(t))) => Some(t),
        Some((k, None)) => {
            let keys: Vec<&str> = DocType::ALL.iter().map(|t| t.key()).collect();
            error(t!("import-unknown-type", type = k, expected = keys.join(", ")));
            return Status::Usage;
        }
    };
    let name = args.input.display().to_string();
    let stdin = name == "-";
    let output = match (&args.output, stdin) {
        (Some(o), _) => Some(o.clone()),
        (None, true) => None,
        (None, false) => Some(args.input.with_extension("yaml")),
    };
    if let Some(out) = &output {
        if out.exists() && !args.force {
            error(t!("import-output-exists", path = out.display().to_string()));
            return Status::Usage;
        }
        if vanban::output::same_file(out, &args.input) {
            error(t!("import-output-is-input", path = out.display().to_string()));
            return Status::Usage;
        }
    }
    let format = match Format::of(&name) {
        Ok(format) => format,
        Err(d) => {
            super::report([&d]);
            return Status::Usage;
        }
    };
    let bytes = if stdin {
        let mut buf = Vec::new();
        let limit = vanban::limits::IMPORT_MAX_BYTES as u64 + 1;
        if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut buf) {
            error(t!("import-stdin-unreadable", error = e.to_string()));
            return Status::Usage;
        }
        buf
    } else {
        match std::fs::metadata(&args.input) {
            Ok(m) if m.len() > vanban::limits::IMPORT_MAX_BYTES as u64 => {
                error(t!(
                    "import-too-large",
                    name = name.as_str(),
                    size = m.len() / 1024,
                    max = vanban::limits::IMPORT_MAX_BYTES / 1024
                ));
                return Status::Usage;
            }
            _ => {}
        }
        match std::fs::read(&args.input) {
            Ok(b) => b,
            Err(e) => {
                error(t!("import-cannot-read", name = name.as_str(), error = e.to_string()));
                return Status::Usage;
            }
        }
    };
    let imported = match vanban::import::import_bytes(&name, &bytes, doc_type) {
        Ok(i) => i,
        Err(errors) => {
            super::report(errors.iter());
            return Status::DocumentErrors;
        }
    };
    for kind in [NoteKind::Recognised, NoteKind::Guessed, NoteKind::Check] {
        for n in imported.notes.iter().filter(|n| n.kind == kind) {
            eprintln!("{}", n.line(format));
        }
    }
    super::report(imported.loaded.warnings.iter());
    match output {
        None => {
            out!("{}", imported.yaml);
            Status::Ok
        }
        Some(path) => super::write_yaml(
            &path,
            &imported.yaml,
            &t!("import-written-next", path = path.display().to_string()),
        ),
    }
}
