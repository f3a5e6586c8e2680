//! `vanban issue`: the văn thư gives a document its số and ngày from the
//! register, writes them into the YAML, renders the PDF and records it.
//!
//! Order matters for the series: everything that can be checked without a
//! number is checked first (the document, the output path); then the number
//! is taken (and committed as reserved); a failure after that cancels it
//! with the reason; the YAML and the PDF are written together only after
//! the render succeeded, and only then is the number recorded as issued.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use vanban::diagnostic::{Diagnostic, Diagnostics};
use vanban::load::{self, Loaded};
use vanban::register::{self, NewEntry, Register};
use vanban::rollover::{self, Edit};
use vanban::{PdfA, Pipeline};

use super::{FontArgs, Status, report, status_of};

#[derive(Debug, Args)]
pub struct IssueArgs {
    /// The document to issue: its `number` is blank (null).
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// Ngày ban hành (default: the document's `date`, else today); its
    /// year picks the series.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// The office's register (default: $VANBAN_REGISTER, else
    /// vanban-register.sqlite in the
    /// current folder).
    #[arg(long, value_name = "FILE")]
    register: Option<PathBuf>,
    /// The PDF to write; default: the input with .pdf.
    #[arg(short, long, value_name = "OUT.pdf")]
    output: Option<PathBuf>,
    /// Give a document that already has a number a new one (the old entry
    /// stays in the register).
    #[arg(long)]
    renumber: bool,
    /// A secret document (văn bản mật): numbered in the body's secret
    /// series, as is any document whose YAML has `secrecy:`.
    #[arg(long, conflicts_with = "series")]
    secret: bool,
    /// A series of its own within the body, e.g. for an advisory council
    /// that uses the body's seal.
    #[arg(long, value_name = "NAME", value_parser = parse_series)]
    series: Option<String>,
    /// Issue although the date looks wrong: after today, more than a year
    /// from the document's `year:`, or before the first year the register
    /// holds for the body (a number once given is never taken back).
    #[arg(long)]
    force: bool,
    /// Số lượng bản (default: one per nơi nhận entry and per `Lưu:` entry).
    #[arg(long, value_name = "N")]
    copies: Option<u32>,
    /// Ghi chú for the register.
    #[arg(long, value_name = "TEXT", default_value = "")]
    note: String,
    /// Also write the archival PDF, NAME.pdfa.pdf: a-2b, or a-3b (with the
    /// YAML attached).
    #[arg(long, value_name = "LEVEL", value_parser = ["a-2b", "a-3b"])]
    pdf_standard: Option<String>,
    #[command(flatten)]
    allow: super::AllowArgs,
    #[command(flatten)]
    fonts: FontArgs,
}

pub fn run(mut args: IssueArgs) -> Status {
    // What the register stores from the command line is checked as the
    // YAML's text is, before anything is read or taken.
    let limits = [
        ("--note", vanban::limits::REGISTER_NOTE_MAX_CHARS),
        ("--series", vanban::limits::REGISTER_SERIES_MAX_CHARS),
    ];
    for (value, (option, max)) in [Some(&mut args.note), args.series.as_mut()].into_iter().zip(limits) {
        let Some(value) = value else { continue };
        if let Err(status) = stored_text(option, value, max) {
            return status;
        }
    }
    let args = args;
    let input = &args.input;
    let bytes = match load::read_input(input) {
        Ok(b) => b,
        Err(d) => return fail(&d.into()),
    };
    let loaded = match load::load_bytes(input, bytes.clone()) {
        Ok(l) => l,
        Err(errors) => return fail(&errors),
    };
    let doc = &loaded.document;
    if let Some(n) = doc.number()
        && !args.renumber
    {
        let d = Diagnostic::error(
            "already-numbered",
            vanban::t!(
                "issue-already-numbered",
                path = input.display().to_string(),
                so = format!("{n:02}/{}", doc.ky_hieu())
            ),
        )
        .with_hint(vanban::t!("issue-already-numbered.hint"));
        return fail(&loaded.at(d, "number").into());
    }
    let output = args.output.clone().unwrap_or_else(|| input.with_extension("pdf"));
    let archival = args.pdf_standard.as_ref().map(|_| output.with_extension("pdfa.pdf"));
    for out in std::iter::once(&output).chain(&archival) {
        if vanban::output::same_file(input, out) {
            super::say_error(&vanban::t!("issue-pdf-is-input", path = out.display().to_string()));
            return Status::Usage;
        }
    }
    // The date the signer wrote stands unless the văn thư gives another.
    let date = args.date.or(doc.date().map(|d| d.0)).unwrap_or_else(|| chrono::Local::now().date_naive());

    // A number once given is never taken back: a date that cannot be
    // meant is refused before one is taken.
    let today = chrono::Local::now().date_naive();
    let from_yaml = args.date.is_none() && doc.date().is_some();
    if let Some(d) = unlikely_date(date, doc.common().year, today, args.force) {
        return refuse_date(&loaded, d, from_yaml);
    }

    let mut pipeline = Pipeline::new(&args.fonts.options());
    pipeline.source_date_epoch = super::source_date_epoch();
    pipeline.allow = args.allow.allowed.clone();
    // What can fail without a number fails before one is taken.
    if let Err(errors) = pipeline.prepare(&loaded) {
        report(errors.iter());
        super::say_error(&vanban::t!("issue-not-issued", path = input.display().to_string()));
        return status_of(errors.iter());
    }
    if number_and_date(&loaded, 1, date).is_none() {
        let d = Diagnostic::error("issue-edit", vanban::t!("issue-edit"))
            .with_hint(vanban::t!("issue-edit.hint"));
        return fail(&d.into());
    }

    let register_path = register::default_path(args.register.as_deref());
    let mut register = match register::open(&register_path) {
        Ok(r) => r,
        Err(d) => return fail(&d.into()),
    };
    if register.created() {
        // A mistyped --register would otherwise start a second series at 01.
        super::say_note(&vanban::t!("issue-register-created", path = register_path.display().to_string()));
    }
    // The same document issued before (its YAML reset to number: null, or
    // a copy of it): a second number would give one document two.
    if !args.renumber {
        let before = match register.lookup(doc, input) {
            Ok(register::Lookup::Found(e)) => Some(*e),
            Ok(register::Lookup::Several(mut all)) => all.pop(),
            Ok(register::Lookup::None) => None,
            Err(d) => return fail(&d.into()),
        };
        if let Some(e) = before {
            let d = Diagnostic::error(
                "already-registered",
                vanban::t!(
                    "issue-already-registered",
                    so = e.so_ky_hieu(),
                    date = e.entry.date.format("%d/%m/%Y").to_string(),
                    source = e.entry.source.clone().unwrap_or_else(|| vanban::t!("issue-source-unknown"))
                ),
            )
            .with_hint(vanban::t!("issue-already-registered.hint"));
            return fail(&loaded.at(d, "number").into());
        }
    }
    // A year before the register's first for this body would open a
    // series for a year that is over.
    if !args.force {
        let body = register::body_of(doc);
        let first = match register.list(&register::Filter::default()) {
            Ok(all) => all.iter().filter(|e| e.entry.body == body).map(|e| e.year).min(),
            Err(d) => return fail(&d.into()),
        };
        let dated = chrono::Datelike::year(&date);
        if let Some(first) = first.filter(|&first| dated < first) {
            let d = Diagnostic::error(
                "issue-date",
                vanban::t!(
                    "issue-date-before-register",
                    date = date.format("%d/%m/%Y").to_string(),
                    dated = dated.to_string(),
                    body = body.as_str(),
                    first = first.to_string()
                ),
            )
            .with_hint(vanban::t!("issue-date-before-register.hint", dated = dated.to_string()));
            return refuse_date(&loaded, d, from_yaml);
        }
    }
    // NĐ30 Điều 15: a secret document (`secrecy:` in the YAML, or
    // `--secret`) keeps the body's secret series; a quyết định quy phạm
    // pháp luật is numbered in the series of its type and year.
    let secret = args.secret || loaded.document.common().secrecy.is_some();
    let series = match (&args.series, secret) {
        (Some(name), _) => name.clone(),
        (None, true) => register::SECRET_SERIES.to_string(),
        (None, false) if loaded.document.is_legal_normative() => register::LEGAL_NORMATIVE_SERIES.to_string(),
        (None, false) => String::new(),
    };
    let new = new_entry(&loaded, &args, &register, series, date);
    let taken = match register.take(&new) {
        Ok(e) => e,
        Err(d) => return fail(&d.into()),
    };
    let so = taken.so_ky_hieu();
    // Numbers follow the order of issue (NĐ30 Điều 15): a later number
    // dated before an earlier one is a wrong date, or a number taken late.
    let same_series = |e: &register::Entry| {
        e.entry.body == taken.entry.body && e.entry.series == taken.entry.series && e.number < taken.number
    };
    if let Ok(earlier) = register.list(&register::Filter { year: Some(taken.year), ..Default::default() })
        && let Some(later_dated) = earlier.iter().filter(|e| same_series(e)).max_by_key(|e| e.entry.date)
        && later_dated.entry.date > date
    {
        super::say_warning(&vanban::t!(
            "issue-date-order",
            so = so.as_str(),
            date = date.format("%d/%m/%Y").to_string(),
            later = later_dated.so_ky_hieu(),
            later_date = later_dated.entry.date.format("%d/%m/%Y").to_string()
        ));
    }

    // From here on, a failure cancels the number with its reason.
    let cancel = |register: &Register, reason: String| match register.cancel(taken.id, &reason) {
        Ok(_) => super::say_error(&vanban::t!(
            "issue-cancelled",
            so = so.as_str(),
            register = register.path().display().to_string(),
            reason = reason.as_str()
        )),
        Err(d) => report([&d]),
    };
    let yaml = rollover::apply(
        &loaded.file.text,
        number_and_date(&loaded, taken.number, date).expect("checked above"),
    );
    let issued = match load::load_str(&loaded.file.name, &yaml) {
        Ok(l) => l,
        Err(errors) => {
            report(errors.iter());
            cancel(&register, first_error(&vanban::t!("issue-reason-load"), &errors));
            return status_of(errors.iter());
        }
    };
    let pdf = match pipeline.render(&issued).and_then(|r| {
        report(&r.warnings);
        pipeline.pdf(&issued, &r)
    }) {
        Ok(pdf) => pdf,
        Err(errors) => {
            report(errors.iter());
            cancel(&register, first_error(&vanban::t!("issue-reason-render"), &errors));
            return status_of(errors.iter());
        }
    };
    let archival_pdf = match &args.pdf_standard {
        Some(level) => {
            pipeline.issue.pdf_a = Some(if level == "a-2b" { PdfA::A2b } else { PdfA::A3b });
            match pipeline.render(&issued).and_then(|r| pipeline.pdf(&issued, &r)) {
                Ok(pdf) => Some(pdf),
                Err(errors) => {
                    report(errors.iter());
                    cancel(&register, first_error(&vanban::t!("issue-reason-archival"), &errors));
                    return status_of(errors.iter());
                }
            }
        }
        None => None,
    };

    // Someone saved the YAML while it rendered: writing ours would lose
    // their edit, and the PDF would not be of the file they have.
    if std::fs::read(input).ok().as_deref() != Some(bytes.as_slice()) {
        cancel(&register, vanban::t!("issue-reason-changed", path = input.display().to_string()));
        return Status::Usage;
    }
    let mut staged = vanban::output::Staged::default();
    let mut files: Vec<(&Path, &[u8])> = vec![(output.as_path(), pdf.as_slice())];
    if let (Some(path), Some(bytes)) = (&archival, &archival_pdf) {
        files.push((path.as_path(), bytes.as_slice()));
    }
    files.push((input.as_path(), yaml.as_bytes()));
    for (path, bytes) in files {
        if let Err(e) = staged.add(path, bytes) {
            cancel(
                &register,
                vanban::t!(
                    "cli-cannot-write",
                    path = path.display().to_string(),
                    reason = vanban::i18n::io_reason(&e)
                ),
            );
            return Status::Usage;
        }
    }
    if let Err(e) = staged.commit() {
        cancel(&register, vanban::t!("render-cannot-commit", reason = vanban::i18n::io_reason(&e)));
        return Status::Usage;
    }
    match register.record(taken.id, &output, &register::sha256(&pdf)) {
        Ok(_) => {
            eprintln!("{}", vanban::t!("cli-wrote", path = output.display().to_string()));
            if let Some(path) = &archival {
                eprintln!("{}", vanban::t!("cli-wrote", path = path.display().to_string()));
            }
            eprintln!(
                "{}",
                vanban::t!(
                    "issue-issued",
                    path = input.display().to_string(),
                    so = so.as_str(),
                    date = date.format("%d/%m/%Y").to_string(),
                    register = register.path().display().to_string()
                )
            );
            Status::Ok
        }
        Err(d) => {
            // The files are written but the register could not say so: the
            // entry stays reserved, which `register list` shows.
            report([&d]);
            Status::Usage
        }
    }
}

/// Why `date` cannot be the date a number is given with: a year no
/// document may carry (whatever `force` says); then, unless `force`, a day
/// after `today` (a number is given once the document is signed), or more
/// than [`vanban::lint::DATE_YEAR_SLACK`] years from the document's `year`.
fn unlikely_date(date: NaiveDate, year: i32, today: NaiveDate, force: bool) -> Option<Diagnostic> {
    use chrono::Datelike;
    let range = vanban::limits::YEAR_RANGE;
    let shown = date.format("%d/%m/%Y").to_string();
    let (message, hint) = if !range.contains(&date.year()) {
        (
            vanban::t!(
                "issue-date-out-of-range",
                date = shown,
                min = range.start().to_string(),
                max = range.end().to_string()
            ),
            vanban::t!("issue-date-out-of-range.hint"),
        )
    } else if force {
        return None;
    } else if date > today {
        (
            vanban::t!("issue-date-future", date = shown, today = today.format("%d/%m/%Y").to_string()),
            vanban::t!("issue-date-future.hint"),
        )
    } else if (date.year() - year).abs() > vanban::lint::DATE_YEAR_SLACK {
        (
            vanban::t!(
                "issue-date-far-from-year",
                date = shown,
                year = year.to_string(),
                dated = date.year().to_string(),
                distance = (date.year() - year).abs()
            ),
            vanban::t!("issue-date-far-from-year.hint"),
        )
    } else {
        return None;
    };
    Some(Diagnostic::error("issue-date", message).with_hint(hint))
}

/// Reports a refused date: at the YAML's `date:` when it came from there
/// (exit 1), else as a wrong `--date` (exit 2). Nothing is taken or written.
fn refuse_date(loaded: &Loaded, d: Diagnostic, from_yaml: bool) -> Status {
    if from_yaml {
        report([&loaded.at(d, "date")]);
        return Status::DocumentErrors;
    }
    report([&d]);
    Status::Usage
}

/// The edits that write `number` and `date` into the YAML text.
fn number_and_date(loaded: &Loaded, number: u32, date: NaiveDate) -> Option<Vec<Edit>> {
    Some(vec![
        rollover::set_top_level(loaded, "number", &number.to_string(), "place")?,
        rollover::set_top_level(loaded, "date", &date.format("%Y-%m-%d").to_string(), "year")?,
    ])
}

/// What the register records about the document.
fn new_entry(
    loaded: &Loaded,
    args: &IssueArgs,
    register: &Register,
    series: String,
    date: NaiveDate,
) -> NewEntry {
    let doc = &loaded.document;
    // Kính gửi first: each addressee gets a copy, and they are the "Như
    // trên" the nơi nhận list opens with.
    let addressees: Vec<&str> = match loaded.tree.get("to").map(|n| &n.value) {
        Some(vanban::load::tree::Value::Seq(items)) => items
            .iter()
            .filter_map(|item| item.as_str().or_else(|| item.get("to").and_then(|t| t.as_str())))
            .collect(),
        Some(vanban::load::tree::Value::String(one)) => vec![one.as_str()],
        _ => Vec::new(),
    };
    let recipients: Vec<&str> =
        addressees.into_iter().chain(doc.recipients().iter().map(|r| r.to.as_str())).collect();
    NewEntry {
        body: register::body_of(doc),
        series,
        date,
        ky_hieu: doc.ky_hieu(),
        doc_type: doc.doc_type().key().to_string(),
        title: register::title_of(doc),
        signer: doc.signer().name.clone(),
        recipients: recipients.join("; "),
        copies: args.copies.unwrap_or((recipients.len() + doc.archive().len()) as u32),
        archive: doc.archive().join(", "),
        note: args.note.clone(),
        source: Some(register.stored_path(&args.input)),
    }
}

fn first_error(what: &str, errors: &Diagnostics) -> String {
    match errors.iter().find(|d| d.is_error()) {
        Some(d) => {
            let more = errors.iter().filter(|d| d.is_error()).count() - 1;
            vanban::t!("issue-first-error", what = what, message = d.message.as_str(), more = more)
        }
        None => what.to_string(),
    }
}

fn fail(errors: &Diagnostics) -> Status {
    report(errors.iter());
    let status = status_of(errors.iter());
    if errors.iter().any(|d| d.code.starts_with("register")) { Status::Usage } else { status }
}

/// Refuses text from option `option` that the register would store but a
/// YAML text value may not hold (a control or invisible character, said
/// as the loader says it), or longer than `max` characters; else puts it
/// in NFC, as the loader does. A line break, which a YAML value may hold,
/// is refused too: the register's note and series are one line, and the
/// help says the option takes no control character.
fn stored_text(option: &str, value: &mut String, max: usize) -> Result<(), Status> {
    let line_break = |c: char| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
    if let Some(c) = value.chars().find(|&c| load::refused_char(c) || line_break(c)) {
        let (problem, hint) = if line_break(c) {
            let code = format!("{:04X}", c as u32);
            (vanban::t!("issue-option-line-break", code = code), vanban::t!("issue-option-line-break.hint"))
        } else {
            load::refused_char_text(c)
        };
        super::say_error(&vanban::t!("issue-option-refused", option = option, problem = problem));
        super::say_hint(&hint);
        return Err(Status::Usage);
    }
    let count = value.chars().count();
    if count > max {
        super::say_error(&vanban::t!("issue-option-too-long", option = option, count = count, max = max));
        super::say_hint(&vanban::t!("issue-option-too-long.hint"));
        return Err(Status::Usage);
    }
    vanban::vn::text::make_nfc(value);
    Ok(())
}

/// `--date`, written YYYY-MM-DD. A date in that form that does not exist
/// (`2026-02-30`) is said so in the words of a YAML `date:` (tháng 2 năm
/// 2026 không có ngày 30), not called a wrong form.
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let in_form = matches!(parts[..], [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()))
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        match vanban::vn::date::parse(s) {
            Err((_, message)) if in_form => message,
            _ => vanban::t!("issue-bad-date", value = s),
        }
    })
}

fn parse_series(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(vanban::t!("issue-empty-series"));
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_is_put_in_nfc_and_bounded() {
        // `Hội đồng` typed as base letters and combining marks: the same
        // series as the precomposed name, not a second one.
        let mut series = "Ho\u{302}\u{323}i đo\u{302}\u{300}ng".to_string();
        assert!(stored_text("--series", &mut series, 100).is_ok());
        assert_eq!(series, "Hội đồng");
        let mut exact = "x".repeat(100);
        assert!(stored_text("--series", &mut exact, 100).is_ok());
        let mut over = "x".repeat(101);
        assert!(matches!(stored_text("--series", &mut over, 100), Err(Status::Usage)));
        let mut tab = "a\tb".to_string();
        assert!(stored_text("--note", &mut tab, 500).is_ok(), "a tab is text, as in the YAML");
    }
}
