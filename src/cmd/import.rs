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
        // `-o -`: standard output.
        (Some(o), _) if o.as_os_str() == "-" => None,
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
    let out_name = output.as_ref().and_then(|o| o.file_name()).map(|f| f.to_string_lossy().into_owned());
    let imported = match vanban::import::import_bytes_as(&name, &bytes, doc_type, out_name.as_deref()) {
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
    if let Some((file, attached)) = &imported.attachment {
        eprintln!("{}", t!("import-issued-notes", file = file.as_str()));
        for kind in [NoteKind::Recognised, NoteKind::Guessed, NoteKind::Check] {
            for n in attached.notes.iter().filter(|n| n.kind == kind) {
                eprintln!("  {}", n.line(format));
            }
        }
    }
    super::report(imported.loaded.warnings.iter());
    let Some(path) = output else {
        // Two files cannot be one stream: refused, nothing printed.
        if let Some((_, attached)) = &imported.attachment {
            let ten_loai = attached.loaded.document.doc_type().ten_loai().to_lowercase();
            let d = vanban::diagnostic::Diagnostic::error(
                "import-issued-stdout",
                t!("import-issued-stdout", ten_loai = ten_loai.as_str()),
            )
            .with_hint(t!("import-issued-stdout.hint", ten_loai = ten_loai.as_str()));
            super::report([&d]);
            return Status::Usage;
        }
        out!("{}", imported.yaml);
        return Status::Ok;
    };
    // The issued text beside the decision: if either file exists (without
    // --force), neither is written.
    if let Some((file, attached)) = &imported.attachment {
        let beside = path.parent().unwrap_or(std::path::Path::new("")).join(file);
        if beside.exists() && !args.force {
            error(t!("import-output-exists", path = beside.display().to_string()));
            return Status::Usage;
        }
        if vanban::output::same_file(&beside, &args.input) {
            error(t!("import-output-is-input", path = beside.display().to_string()));
            return Status::Usage;
        }
        let status = super::write_yaml(
            &beside,
            &attached.yaml,
            &t!("import-written-next", path = beside.display().to_string()),
        );
        if status != Status::Ok {
            return status;
        }
    }
    super::write_yaml(&path, &imported.yaml, &t!("import-written-next", path = path.display().to_string()))
}
