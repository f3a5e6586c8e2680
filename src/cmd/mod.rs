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

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
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
    /// Render documents to PDF (or a Word DOCX, Typst source, PNG or SVG pages).
    Render(render::RenderArgs),
    /// Validate documents and run the NĐ30 and consistency rules.
    Check(check::CheckArgs),
    /// What changed between two versions of a document.
    Diff(diff::DiffArgs),
    /// Get the YAML source back out of a PDF rendered with it attached.
    Extract(extract::ExtractArgs),
    /// Turn last year's document (Word .docx, PDF or text) into vanban YAML.
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

/// Says a problem the command found itself (not in the document):
/// `lỗi: …` (`error: …`).
pub fn say_error(message: &str) {
    eprintln!("{}: {message}", vanban::t!("diag-error"));
}

/// `cảnh báo: …` (`warning: …`).
pub fn say_warning(message: &str) {
    eprintln!("{}: {message}", vanban::t!("diag-warning"));
}

/// `ghi chú: …` (`note: …`).
pub fn say_note(message: &str) {
    eprintln!("{}: {message}", vanban::t!("diag-note"));
}

/// What to do about the problem just said: `cách sửa: …` (`hint: …`).
pub fn say_hint(hint: &str) {
    eprintln!("{}", vanban::t!("diag-hint", hint = hint));
}

/// Writes a YAML file made for the user (`new`, `import`) whole or not at
/// all, and says what to do with it next.
pub fn write_yaml(path: &std::path::Path, text: &str, next: &str) -> Status {
    match vanban::output::write_atomic(path, text.as_bytes()) {
        Ok(()) => {
            eprintln!("{}", vanban::t!("cli-wrote-next", path = path.display().to_string(), next = next));
            Status::Ok
        }
        Err(e) => {
            say_error(&vanban::t!(
                "cli-cannot-write",
                path = path.display().to_string(),
                reason = vanban::i18n::io_reason(&e)
            ));
            Status::Usage
        }
    }
}

/// The command line with its help in the run's language: every command's
/// `about` and every argument's `help` from the catalogue (`cli-render`,
/// `cli-render-output`; an argument several commands share, such as
/// `--font-path`, once as `cli-arg-font-path`), and clap's own words
/// (`Usage:`, `Options:`, `[default: …]`) through its templates and headings.
/// The doc comments stay the developers' documentation.
pub fn command() -> clap::Command {
    let mut cmd = Cli::command();
    // Built first, so that clap's own -h, -V and `help` are there to be
    // given their words too.
    cmd.build();
    localize(cmd, "cli")
}

/// The catalogue id of a command (`cli-render`) or of one of its arguments:
/// the command's own (`cli-register-list-year`), else its parent's
/// (`cli-register-year`), else one shared by all (`cli-arg-font-paths`).
pub fn help_id(command: &str, arg: Option<&str>) -> String {
    let Some(arg) = arg else { return command.to_string() };
    let arg = arg.replace('_', "-");
    let mut path = command;
    while let Some((parent, _)) = path.rsplit_once('-') {
        let own = format!("{path}-{arg}");
        if vanban::i18n::has(vanban::i18n::Lang::Vi, &own) {
            return own;
        }
        path = parent;
    }
    format!("cli-arg-{arg}")
}

/// The catalogue id of the command at `path` (`cli-register-list`). Every
/// `help` (`vanban help`, `vanban register help`) is `cli-help`, and the
/// copies of the commands it holds (`cli-help-render`) have the words of the
/// commands themselves (`cli-render`).
fn command_id(path: &str) -> String {
    if path.ends_with("-help") {
        return "cli-help".to_string();
    }
    path.split('-').filter(|&s| s != "help").collect::<Vec<_>>().join("-")
}

fn localize(cmd: clap::Command, path: &str) -> clap::Command {
    let id = &command_id(path);
    let text = |id: &str| vanban::i18n::text(id, &[]);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text("cli-usage")
    );
    let cmd = cmd
        .about(text(&help_id(id, None)))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(text("cli-heading-commands"))
        .subcommand_value_name(text("cli-value-command"))
        .mut_args(|arg| localize_arg(arg, id));
    let ids: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    let cmd = ids
        .iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, |sub| localize(sub, &format!("{path}-{name}"))));
    localize_usage(cmd)
}

/// The usage line clap generates from the command tree (its value names
/// already in the run's language), with clap's own `[OPTIONS]` said in it
/// too: `vanban render [TÙY_CHỌN] <TỆP>...`.
fn localize_usage(cmd: clap::Command) -> clap::Command {
    let generated = cmd.clone().render_usage().to_string();
    let options = format!("[{}]", vanban::i18n::text("cli-value-options", &[]));
    let lines: Vec<String> = generated
        .trim()
        .strip_prefix("Usage:")
        .unwrap_or(generated.trim())
        .lines()
        .map(|l| l.trim().replace("[OPTIONS]", &options))
        .collect();
    // Later lines line up under the first, after the heading `Cách dùng: `.
    let indent = " ".repeat(vanban::i18n::text("cli-usage", &[]).chars().count() + 2);
    cmd.override_usage(lines.join(&format!("\n{indent}")))
}

fn localize_arg(arg: clap::Arg, command: &str) -> clap::Arg {
    let text = |id: &str| vanban::i18n::text(id, &[]);
    let mut help = text(&help_id(command, Some(arg.get_id().as_str())));
    // clap's brackets, in words of the run's language.
    let joined = |values: Vec<String>| values.join(", ");
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !possible.is_empty() {
        help.push_str(&format!(" [{}]", vanban::t!("cli-possible-values", values = joined(possible))));
    }
    let defaults: Vec<String> =
        arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && arg.get_num_args().is_none_or(|n| n.takes_values()) {
        help.push_str(&format!(" [{}]", vanban::t!("cli-default", value = joined(defaults))));
    }
    if let Some(env) = arg.get_env() {
        help.push_str(&format!(" [{}]", vanban::t!("cli-env", name = env.to_string_lossy().into_owned())));
    }
    let heading =
        if arg.is_positional() { text("cli-heading-arguments") } else { text("cli-heading-options") };
    let heading = arg.get_help_heading().map(str::to_string).unwrap_or(heading);
    // `<FILE>`, `<DIR>`, `<FILE.yaml>`: clap's value names, said in the
    // run's language where the catalogue has them (`cli-value-file`).
    let names: Vec<String> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|name| {
            let (base, ext) = name.split_once('.').map_or((name.as_str(), None), |(b, e)| (b, Some(e)));
            let id = format!("cli-value-{}", base.to_lowercase());
            let base =
                if vanban::i18n::has(vanban::i18n::lang(), &id) { text(&id) } else { base.to_string() };
            ext.map_or(base.clone(), |ext| format!("{base}.{ext}"))
        })
        .collect();
    let arg = if names.is_empty() { arg } else { arg.value_names(names) };
    arg.help(help)
        .long_help(None)
        .hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true)
        .help_heading(heading)
}

/// Parses the command line; a usage mistake is said in the run's language
/// (exit code 2), help and version are printed as asked (exit code 0).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    let matches = command().try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m));
    match matches {
        Ok(cli) => cli,
        Err(e) => usage_error(e),
    }
}

/// Why clap refused a value, in the user's language: the number parsers'
/// own reasons are English (`invalid digit found in string`, `number too
/// large to fit in target type`, `0 is not in 1..=65535`); vanban's own
/// value parsers already speak through the catalogue.
fn value_reason(e: &clap::Error) -> String {
    use std::num::IntErrorKind;
    let Some(source) = std::error::Error::source(e) else { return String::new() };
    if let Some(p) = source.downcast_ref::<std::num::ParseIntError>() {
        return match p.kind() {
            IntErrorKind::Empty => vanban::t!("cli-reason-empty"),
            IntErrorKind::PosOverflow => vanban::t!("cli-reason-too-large"),
            IntErrorKind::NegOverflow => vanban::t!("cli-reason-too-small"),
            _ => vanban::t!("cli-reason-not-a-number"),
        };
    }
    if source.downcast_ref::<std::num::ParseFloatError>().is_some() {
        return vanban::t!("cli-reason-not-a-number");
    }
    let text = source.to_string();
    // clap's ranged parsers: `{value} is not in {range}`.
    if let Some((_, range)) = text.split_once(" is not in ") {
        return vanban::t!("cli-reason-range", range = range.replace("..=", "–"));
    }
    text
}

fn usage_error(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let value = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => {
            Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))
        }
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = value(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
        ErrorKind::UnknownArgument => Some(vanban::t!("cli-error-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => Some(vanban::t!(
            "cli-error-unknown-command",
            command = value(ContextKind::InvalidSubcommand).unwrap_or_default()
        )),
        // `-o` at the end: clap says InvalidValue with an empty value.
        ErrorKind::InvalidValue => match (
            value(ContextKind::InvalidValue).filter(|v| !v.is_empty()),
            value(ContextKind::ValidValue).filter(|v| !v.is_empty()),
        ) {
            (None, _) => Some(vanban::t!("cli-error-missing-value", arg = arg)),
            (Some(v), Some(valid)) => {
                Some(vanban::t!("cli-error-invalid-value", value = v, arg = arg, valid = valid))
            }
            (Some(_), None) => None,
        },
        ErrorKind::ValueValidation => Some(vanban::t!(
            "cli-error-value-validation",
            value = value(ContextKind::InvalidValue).unwrap_or_default(),
            arg = arg,
            reason = value_reason(&e)
        )),
        ErrorKind::MissingRequiredArgument => Some(vanban::t!("cli-error-missing-argument", arg = arg)),
        ErrorKind::ArgumentConflict => Some(vanban::t!(
            "cli-error-conflict",
            arg = arg,
            other = value(ContextKind::PriorArg).unwrap_or_default()
        )),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            Some(vanban::t!("cli-error-missing-command"))
        }
        _ => None,
    };
    let Some(message) = message else { e.exit() };
    let mut out = format!("{}: {message}\n", vanban::t!("diag-error"));
    if let Some(suggested) =
        value(ContextKind::SuggestedArg).or_else(|| value(ContextKind::SuggestedSubcommand))
    {
        out.push_str(&format!("  {}\n", vanban::t!("cli-error-suggestion", suggestion = suggested)));
    }
    if let Some(usage) = value(ContextKind::Usage) {
        let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim().to_string();
        out.push_str(&format!("\n{}: {usage}\n", vanban::t!("cli-usage")));
        // `vanban render --output <OUT> …` → `vanban render`: the command's
        // words before its first option or value.
        let command: Vec<&str> =
            usage.split_whitespace().take_while(|w| !w.starts_with(['-', '[', '<'])).collect();
        let command = if command.is_empty() { "vanban".to_string() } else { command.join(" ") };
        out.push_str(&format!("{}\n", vanban::t!("cli-error-more", command = command)));
    }
    // The values echoed are the user's, and may hold ESC or U+202E.
    let out: String =
        out.lines().map(|line| format!("{}\n", vanban::diagnostic::escape_for_terminal(line))).collect();
    eprint!("{out}");
    std::process::exit(2)
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
        say_error(&vanban::t!("cli-cannot-write-stdout", reason = vanban::i18n::io_reason(&e)));
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
            say_warning(&vanban::t!("cli-source-date-epoch", value = format!("{value:?}")));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vanban::i18n::{Lang, has, with_lang};

    /// Every command and argument, `help` and its copies included, has its
    /// words in both catalogues.
    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>, seen: &mut usize) {
            let id = &command_id(path);
            let mut ids = vec![help_id(id, None)];
            ids.extend(cmd.get_arguments().map(|a| help_id(id, Some(a.get_id().as_str()))));
            for help in ids {
                *seen += 1;
                for lang in Lang::ALL {
                    if !has(lang, &help) {
                        missing.push(format!("{help} (locales/{}/cli.ftl)", lang.code()));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path}-{}", sub.get_name()), missing, seen);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let (mut missing, mut seen) = (Vec::new(), 0);
        walk(&cmd, "cli", &mut missing, &mut seen);
        assert!(seen > 150, "the walk saw only {seen} commands and arguments");
        assert!(missing.is_empty(), "help text missing:\n{}", missing.join("\n"));
    }

    #[test]
    fn an_argument_shared_by_commands_is_said_once_and_its_own_wins() {
        assert_eq!(help_id("cli-render", Some("font_paths")), "cli-arg-font-paths");
        assert_eq!(help_id("cli-render", Some("output")), "cli-render-output");
        assert_eq!(help_id("cli-register-list", Some("year")), "cli-register-year");
        assert_eq!(help_id("cli-rollover", Some("year")), "cli-rollover-year");
        let vi = with_lang(Lang::Vi, command);
        let render = vi.find_subcommand("render").unwrap();
        let ppi = render.get_arguments().find(|a| a.get_id() == "ppi").unwrap();
        assert_eq!(
            ppi.get_help().unwrap().to_string(),
            "Độ phân giải trang PNG, tính bằng điểm ảnh mỗi inch (từ 1 đến 2400) [mặc định: 144]"
        );
        let en = with_lang(Lang::En, command);
        let render = en.find_subcommand("render").unwrap();
        let ppi = render.get_arguments().find(|a| a.get_id() == "ppi").unwrap();
        assert_eq!(
            ppi.get_help().unwrap().to_string(),
            "Resolution of PNG pages, in pixels per inch (1 to 2400) [default: 144]"
        );
    }
}
