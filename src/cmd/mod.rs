//! Subcommands, one file each, and what they share: font options, printing
//! diagnostics and exit codes.

/// `println!` to standard output that ends the program quietly when the
/// reader has gone (`vanban diff … | head`) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cmd::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// The same without a newline.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cmd::write_out(format_args!($($arg)*)) };
}

mod check;
mod diff;
mod extract;
mod fonts;
mod import;
mod issue;
mod new;
mod register;
mod render;
mod rollover;
mod schema;
mod watch;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use vanban::diagnostic::Diagnostic;
use vanban::typeset::FontOptions;

/// Vietnamese administrative documents (văn bản hành chính) from YAML,
/// laid out as Nghị định 30/2020/NĐ-CP prescribes.
#[derive(Debug, Parser)]
#[command(name = "vanban", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages: vi (the default) or en; without it, an English
    /// locale (LANG=en_US.UTF-8) chooses English.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["vi", "en"])]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Render documents to PDF (or Typst source, PNG or SVG pages).
    Render(render::RenderArgs),
    /// Validate documents and run the NĐ30 and consistency rules.
    Check(check::CheckArgs),
    /// What changed between two versions of a document.
    Diff(diff::DiffArgs),
    /// Get the YAML source back out of a PDF rendered with it attached.
    Extract(extract::ExtractArgs),
    /// Turn last year's document (text or PDF) into vanban YAML.
    Import(import::ImportArgs),
    /// List the fonts vanban can use and the one documents are set in.
    Fonts(fonts::FontsArgs),
    /// Write next year's draft of a document.
    Rollover(rollover::RolloverArgs),
    /// Issue a document: its số and ngày from the register, the PDF, the record.
    Issue(issue::IssueArgs),
    /// The register of outgoing documents: list, show, export, verify.
    Register(register::RegisterArgs),
    /// Render a document on every save, keeping the last good PDF.
    Watch(watch::WatchArgs),
    /// Print the JSON Schema of the document format (for editors).
    Schema(schema::SchemaArgs),
    /// Write a skeleton of a new document, with placeholders to fill.
    New(new::NewArgs),
}

/// Where fonts come from, shared by every command that typesets.
#[derive(Debug, Clone, Args)]
pub struct FontArgs {
    /// A folder with more fonts (e.g. Times New Roman); may be repeated.
    #[arg(long = "font-path", value_name = "DIR", env = "VANBAN_FONT_PATHS", value_delimiter = ':')]
    font_paths: Vec<PathBuf>,
    /// Also use the operating system's fonts (to find Times New Roman).
    #[arg(long)]
    system_fonts: bool,
}

impl FontArgs {
    fn options(&self) -> FontOptions {
        FontOptions { font_paths: self.font_paths.clone(), system_fonts: self.system_fonts }
    }
}

/// Rules acknowledged on the command line, shared by every command that lints.
#[derive(Debug, Clone, Args)]
pub struct AllowArgs {
    /// Acknowledge a consistency rule for this run (repeatable): its
    /// findings become notes. `vanban check --rules` says which rules may be
    /// allowed; a document says it once with `allow:`.
    #[arg(long = "allow", value_name = "RULE", value_parser = parse_allow)]
    pub allowed: Vec<String>,
}

fn parse_allow(id: &str) -> Result<String, String> {
    match vanban::lint::allowable(id) {
        Ok(()) => Ok(id.to_string()),
        Err(d) => Err(match d.hint {
            Some(hint) => format!("{}; {hint}", d.message),
            None => d.message,
        }),
    }
}

/// Exit codes: 0 success, 1 the document has errors, 2 usage or I/O problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Ok = 0,
    DocumentErrors = 1,
    Usage = 2,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(s as u8)
    }
}

/// Prints diagnostics to stderr, in colour on a terminal.
pub fn report<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in diagnostics {
        eprint!("{}", d.render(color));
    }
}

/// The exit status for a failed stage: I/O problems are usage-class (2),
/// problems in the document are 1.
pub fn status_of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Status {
    if diagnostics.into_iter().any(|d| d.is_error() && d.code == "io") {
        Status::Usage
    } else {
        Status::DocumentErrors
    }
}

/// Writes a YAML file made for the user (`new`, `import`) whole or not at
/// all, and says what to do with it next.
pub fn write_yaml(path: &std::path::Path, text: &str, next: &str) -> Status {
    match vanban::output::write_atomic(path, text.as_bytes()) {
        Ok(()) => {
            eprintln!("wrote {}: {next}", path.display());
            Status::Ok
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            Status::Usage
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let status = match cli.command {
        Command::Render(args) => render::run(args),
        Command::Check(args) => check::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Fonts(args) => fonts::run(args),
        Command::Import(args) => import::run(args),
        Command::New(args) => new::run(args),
        Command::Rollover(args) => rollover::run(args),
        Command::Issue(args) => issue::run(args),
        Command::Register(args) => register::run(args),
        Command::Watch(args) => watch::run(args),
        Command::Schema(args) => schema::run(args),
    };
    status.into()
}

/// Writes to standard output. A closed pipe means the reader has what it
/// wanted: exit 0 silently, as command-line tools do.
pub fn write_out(args: std::fmt::Arguments) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), the reproducible-builds
/// convention for the PDF's date. A value that is not a number is said, not
/// silently ignored: the PDF would otherwise carry the document's date.
pub fn source_date_epoch() -> Option<i64> {
    let value = std::env::var("SOURCE_DATE_EPOCH").ok()?;
    match value.trim().parse::<i64>() {
        Ok(secs) if chrono::DateTime::from_timestamp(secs, 0).is_some() => Some(secs),
        _ => {
            eprintln!(
                "warning: SOURCE_DATE_EPOCH={value:?} is not a number of seconds; using the document's date"
            );
            None
        }
    }
}
