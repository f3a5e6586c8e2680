//! `vanban register`: the sổ đăng ký văn bản đi as the văn thư keeps it:
//! list, show one number, export to CSV or a spreadsheet, verify the PDFs.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use vanban::diagnostic::escape_for_terminal as printable;
use vanban::model::DocType;
use vanban::register::{self, Check, Entry, Filter, Register, Status as EntryStatus};

use vanban::t;

use super::{Status, report, say_error, say_hint, say_note};

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// The office's register (default: $VANBAN_REGISTER, else
    /// vanban-register.sqlite in the
    /// current folder).
    #[arg(long, value_name = "FILE", global = true)]
    register: Option<PathBuf>,
    #[command(subcommand)]
    command: RegisterCommand,
}

#[derive(Debug, Subcommand)]
enum RegisterCommand {
    /// Every number taken, by year, body and series, with what became of it.
    List(FilterArgs),
    /// Everything recorded about số N.
    Show {
        /// The số.
        #[arg(value_name = "N")]
        number: u32,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Write the register as a CSV file or a spreadsheet (.xlsx), in the
    /// columns of the sổ đăng ký văn bản đi.
    Export {
        /// The CSV file to write.
        #[arg(long, value_name = "FILE", required_unless_present = "xlsx", conflicts_with = "xlsx")]
        csv: Option<PathBuf>,
        /// The spreadsheet to write.
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
        /// Replace an existing file (never the register itself, nor a YAML
        /// or PDF it records).
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Check that each issued PDF still hashes to what was recorded.
    Verify(FilterArgs),
}

#[derive(Debug, Clone, Args)]
struct FilterArgs {
    /// Only this year's numbers.
    #[arg(long, value_name = "YEAR")]
    year: Option<i32>,
    /// Only this document type (its `type:` key, e.g. ke-hoach).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    doc_type: Option<String>,
}

impl FilterArgs {
    fn filter(&self, number: Option<u32>) -> Filter {
        Filter { year: self.year, doc_type: self.doc_type.clone(), number }
    }
}

fn parse_type(key: &str) -> Result<String, String> {
    match DocType::from_key(key) {
        Some(t) => Ok(t.key().to_string()),
        None => {
            let keys: Vec<&str> = DocType::ALL.iter().map(|t| t.key()).collect();
            Err(t!("register-cmd-unknown-type", key = key, types = keys.join(", ")))
        }
    }
}

pub fn run(args: RegisterArgs) -> Status {
    let path = register::default_path(args.register.as_deref());
    // Reading a register that is not there would create an empty one.
    if !path.exists() {
        say_error(&t!("register-cmd-missing", path = path.display().to_string()));
        say_hint(&t!("register-cmd-missing.hint", var = register::ENV_VAR));
        return Status::Usage;
    }
    let register = match register::open(&path) {
        Ok(r) => r,
        Err(d) => {
            report([&d]);
            return Status::Usage;
        }
    };
    let result = match &args.command {
        RegisterCommand::List(f) => list(&register, &f.filter(None)),
        RegisterCommand::Show { number, filter } => show(&register, &filter.filter(Some(*number))),
        RegisterCommand::Export { csv, xlsx, force, filter } => {
            let Some(path) = csv.as_deref().or(xlsx.as_deref()) else {
                unreachable!("clap requires --csv or --xlsx")
            };
            match refuse_target(&register, path, *force) {
                Ok(None) => export(&register, &filter.filter(None), csv.as_deref(), xlsx.as_deref()),
                Ok(Some(status)) => Ok(status),
                Err(d) => Err(d),
            }
        }
        RegisterCommand::Verify(f) => verify(&register, &f.filter(None)),
    };
    result.unwrap_or_else(|d| {
        report([&*d]);
        Status::Usage
    })
}

/// A diagnostic is large; boxed, the Ok path stays small.
type Outcome<T> = Result<T, Box<vanban::diagnostic::Diagnostic>>;

fn list(register: &Register, filter: &Filter) -> Outcome<Status> {
    let entries = register.list(filter)?;
    if entries.is_empty() {
        eprintln!(
            "{}",
            t!("register-cmd-empty", path = register.path().display().to_string(), filter = describe(filter))
        );
        return Ok(Status::Ok);
    }
    let mut group = None;
    for e in &entries {
        let this = (e.year, e.entry.body.clone(), e.entry.series.clone());
        // What the register holds is printed escaped: a register written
        // by an older vanban (or another program) may hold ESC or U+202E.
        if group.as_ref() != Some(&this) {
            outln!("{}", printable(&series_heading(e)));
            group = Some(this);
        }
        let line = format!(
            "  {:<18} {}  {}{}",
            e.so_ky_hieu(),
            e.entry.date.format("%d/%m/%Y"),
            e.entry.title,
            status_note(e)
        );
        outln!("{}", printable(&line));
    }
    Ok(Status::Ok)
}

fn show(register: &Register, filter: &Filter) -> Outcome<Status> {
    let entries = register.list(filter)?;
    if entries.is_empty() {
        say_error(&t!(
            "register-cmd-no-number",
            number = filter.number.unwrap_or_default(),
            filter = describe(filter)
        ));
        return Ok(Status::Usage);
    }
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            outln!("");
        }
        outln!("{}", printable(&series_heading(e)));
        let mut lines = vec![
            (t!("register-show-so"), e.so_ky_hieu()),
            (t!("register-show-date"), e.entry.date.format("%d/%m/%Y").to_string()),
            (t!("register-show-title"), e.entry.title.clone()),
            (t!("register-show-signer"), e.entry.signer.clone()),
            (t!("register-show-recipients"), e.entry.recipients.clone()),
            (t!("register-show-copies"), e.entry.copies.to_string()),
            (t!("register-show-archive"), e.entry.archive.clone()),
            (t!("register-show-note"), e.entry.note.clone()),
            (
                t!("register-show-status"),
                format!("{}{}", t!("register-status", status = e.status.as_str()), status_note(e)),
            ),
        ];
        if let Some(source) = &e.entry.source {
            lines.push((t!("register-show-yaml"), source.clone()));
        }
        if let Some(file) = &e.file {
            lines.push((t!("register-show-pdf"), file.clone()));
        }
        if let Some(sha) = &e.sha256 {
            lines.push((t!("register-show-sha"), sha.clone()));
        }
        lines.push((t!("register-show-taken-at"), e.taken_at.to_string()));
        // The values in one column, whatever the language's labels.
        let width = lines.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 1;
        for (label, value) in lines {
            let label = format!("{label}:");
            let line = format!("{label:<width$} {value}", width = width);
            outln!("{}", printable(line.trim_end()));
        }
    }
    Ok(Status::Ok)
}

fn verify(register: &Register, filter: &Filter) -> Outcome<Status> {
    let checks = register.verify(filter)?;
    let mut bad = 0;
    for (e, check) in &checks {
        let file = printable(e.file.as_deref().unwrap_or(""));
        let file = file.as_str();
        match check {
            Check::Same => {}
            Check::Changed(now) => {
                bad += 1;
                eprintln!(
                    "{}",
                    t!(
                        "register-verify-changed",
                        so = e.so_ky_hieu(),
                        year = e.year.to_string(),
                        file = file,
                        now = now.as_str(),
                        recorded = e.sha256.as_deref().unwrap_or("")
                    )
                );
            }
            Check::Missing(why) => {
                bad += 1;
                let year = e.year.to_string();
                eprintln!(
                    "{}",
                    t!(
                        "register-verify-missing",
                        so = e.so_ky_hieu(),
                        year = year,
                        file = file,
                        reason = why.as_str()
                    )
                );
            }
        }
    }
    let reserved = register.list(filter)?.into_iter().filter(|e| e.status == EntryStatus::Reserved).count();
    if reserved > 0 {
        say_note(&t!("register-verify-reserved", count = reserved));
    }
    eprintln!("{}", t!("register-verify-summary", same = checks.len() - bad, total = checks.len()));
    Ok(if bad == 0 { Status::Ok } else { Status::DocumentErrors })
}

/// The columns of the sổ đăng ký văn bản đi, then the PDF's fingerprint and
/// the body whose series the number is in.
const COLUMNS: [&str; 10] = [
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ghi chú",
    "SHA-256 của tệp PDF",
    "Cơ quan ban hành",
];

/// One row of the sổ, in [`COLUMNS`] order.
fn row(e: &Entry) -> [String; 10] {
    [
        e.so_ky_hieu(),
        e.entry.date.format("%d/%m/%Y").to_string(),
        e.entry.title.clone(),
        e.entry.signer.clone(),
        e.entry.recipients.clone(),
        e.entry.archive.clone(),
        e.entry.copies.to_string(),
        ghi_chu(e),
        e.sha256.clone().unwrap_or_default(),
        e.entry.body.clone(),
    ]
}

/// The Ghi chú column: the series, what became of the number, the văn thư's note.
fn ghi_chu(e: &Entry) -> String {
    let mut parts = Vec::new();
    if e.is_secret() {
        parts.push("Mật".to_string());
    } else if !e.entry.series.is_empty() {
        parts.push(format!("Sổ {}", e.entry.series));
    }
    match e.status {
        EntryStatus::Cancelled => parts.push(format!("Hủy số: {}", e.reason.as_deref().unwrap_or(""))),
        EntryStatus::Reserved => parts.push("Đã lấy số, chưa ghi nhận văn bản".to_string()),
        EntryStatus::Issued => {}
    }
    if !e.entry.note.is_empty() {
        parts.push(e.entry.note.clone());
    }
    parts.join("; ")
}

fn export(register: &Register, filter: &Filter, csv: Option<&Path>, xlsx: Option<&Path>) -> Outcome<Status> {
    let entries = register.list(filter)?;
    let (path, bytes) = match (csv, xlsx) {
        (Some(path), _) => (path, to_csv(&entries)),
        (None, Some(path)) => match to_xlsx(&entries) {
            Ok(bytes) => (path, bytes),
            Err(e) => {
                say_error(&t!("register-export-xlsx-failed", error = e.to_string()));
                return Ok(Status::Usage);
            }
        },
        (None, None) => unreachable!("clap requires --csv or --xlsx"),
    };
    if let Err(e) = vanban::output::write_atomic(path, &bytes) {
        say_error(&t!(
            "cli-cannot-write",
            path = path.display().to_string(),
            reason = vanban::i18n::io_reason(&e)
        ));
        return Ok(Status::Usage);
    }
    eprintln!(
        "{}",
        t!(
            "register-export-wrote",
            path = path.display().to_string(),
            count = entries.len(),
            filter = describe(filter)
        )
    );
    Ok(Status::Ok)
}

/// Why the export may not be written at `path`, said and as the exit
/// status: the register itself (or its journal) and every YAML and PDF it
/// records are never replaced, even with `--force`; any other existing
/// file only with it. `Ok(None)`: the path is free.
fn refuse_target(register: &Register, path: &Path, force: bool) -> Outcome<Option<Status>> {
    let shown = path.display().to_string();
    let db = register.path();
    let journals = ["", "-wal", "-shm", "-journal"].map(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    });
    let mut target = Target::new(path);
    if journals.iter().any(|j| target.is(j)) {
        say_error(&t!("register-export-is-register", path = shown));
        return Ok(Some(Status::Usage));
    }
    for e in register.list(&Filter::default())? {
        let yaml = e.entry.source.as_deref().map(|s| (register.resolve(s), "yaml"));
        let pdf = e.file.as_deref().map(|s| register.resolve(s));
        // `issue --pdf-standard` writes the archival copy beside the PDF.
        let archival = pdf.as_ref().map(|p| (p.with_extension("pdfa.pdf"), "pdf"));
        let recorded = yaml.into_iter().chain(pdf.map(|p| (p, "pdf"))).chain(archival);
        if let Some((_, kind)) = recorded.into_iter().find(|(file, _)| target.is(file)) {
            say_error(&t!(
                "register-export-is-recorded",
                path = shown,
                kind = kind,
                so = e.so_ky_hieu(),
                year = e.year.to_string()
            ));
            say_hint(&t!("register-export-is-recorded.hint"));
            return Ok(Some(Status::Usage));
        }
    }
    // A folder: the write says so, --force or not.
    if std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_dir()) && !force {
        say_error(&t!("register-export-exists", path = shown));
        say_hint(&t!("register-export-exists.hint"));
        return Ok(Some(Status::Usage));
    }
    Ok(None)
}

/// The export's path, compared with each file the register names: as the
/// same existing file (links followed), or by name, its folder's links
/// resolved (one `realpath` per folder however many entries are in it).
struct Target<'a> {
    path: &'a Path,
    exists: bool,
    absolute: Option<PathBuf>,
    folders: std::collections::HashMap<PathBuf, Option<PathBuf>>,
}

impl<'a> Target<'a> {
    fn new(path: &'a Path) -> Target<'a> {
        let mut target = Target { path, exists: path.exists(), absolute: None, folders: Default::default() };
        target.absolute = target.absolute_of(path);
        target
    }

    fn absolute_of(&mut self, p: &Path) -> Option<PathBuf> {
        let folder = vanban::output::folder_of(p);
        let resolved = self.folders.entry(folder.to_path_buf()).or_insert_with(|| folder.canonicalize().ok());
        Some(resolved.as_ref()?.join(p.file_name()?))
    }

    /// Whether `other` names the export's file.
    fn is(&mut self, other: &Path) -> bool {
        (self.exists && vanban::output::same_file(self.path, other))
            || (self.absolute.is_some() && self.absolute_of(other) == self.absolute)
    }
}

fn to_csv(entries: &[Entry]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let expect = "writing CSV to memory cannot fail";
    writer.write_record(COLUMNS).expect(expect);
    for e in entries {
        writer.write_record(row(e).map(inert_cell)).expect(expect);
    }
    writer.into_inner().expect(expect)
}

/// `cell`, with a `'` in front if a spreadsheet opening the CSV would take
/// it for a formula: Excel and LibreOffice evaluate a cell that starts
/// with `=`, `+`, `-` or `@` (tab and CR too), so a note
/// `=HYPERLINK("http://…","x")` would become a live link. OWASP's rule for
/// CSV injection; the spreadsheet shows the `'` as "text", not as a
/// character. The .xlsx export writes string cells and needs no prefix.
fn inert_cell(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

/// The columns of NĐ30's sổ đăng ký văn bản đi (Phụ lục IV), numbered (1)
/// to (8) on the printed form, then the PDF's fingerprint.
const XLSX_COLUMNS: usize = 9;

/// What Excel holds in one cell; a longer value is cut there, with a mark.
const XLSX_MAX_CELL_CHARS: usize = 32_767;

/// `value`, cut to what a spreadsheet cell holds, saying so.
fn cell_text(value: &str) -> std::borrow::Cow<'_, str> {
    const MARK: &str = " … [cắt bớt: xem bản CSV]";
    if value.chars().count() <= XLSX_MAX_CELL_CHARS {
        return value.into();
    }
    let keep: String = value.chars().take(XLSX_MAX_CELL_CHARS - MARK.chars().count()).collect();
    format!("{keep}{MARK}").into()
}

/// The worksheet of one series: `2026`, `2026 mật`, `2026 Hội đồng thi
/// đua`; unique in the book and within Excel's 31 characters.
fn sheet_name(e: &Entry, taken: &[String]) -> String {
    let kind = if e.is_secret() {
        " mật".to_string()
    } else if e.entry.series.is_empty() {
        String::new()
    } else {
        format!(" {}", e.entry.series)
    };
    let clean: String =
        format!("{}{kind}", e.year).chars().map(|c| if "[]:*?/\\'".contains(c) { ' ' } else { c }).collect();
    let clean = clean.trim().to_string();
    (1..)
        .map(|k| {
            let suffix = if k == 1 { String::new() } else { format!(" ({k})") };
            let room = 31 - suffix.chars().count();
            format!("{}{suffix}", clean.chars().take(room).collect::<String>().trim_end())
        })
        .find(|name| !taken.iter().any(|t| t.to_lowercase() == name.to_lowercase()))
        .expect("some suffix is free")
}

/// The sổ as a spreadsheet laid out as NĐ30's form (Phụ lục IV): one
/// worksheet per body, year and series (a secret series is a sổ of its
/// own), each headed with the body's name, `SỔ ĐĂNG KÝ VĂN BẢN ĐI`, the
/// year, the first and last date and số it holds; then the eight columns
/// of the form, numbered (1)–(8) beneath, and the PDF's SHA-256; one row
/// per number. Printed landscape on A4, headings repeated on every page.
fn to_xlsx(entries: &[Entry]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};
    let mut book = Workbook::new();
    let base = Format::new().set_font_name("Times New Roman").set_font_size(12);
    let centred = base.clone().set_align(FormatAlign::Center);
    let body_format = base.clone().set_bold().set_align(FormatAlign::Center);
    let title = base.clone().set_bold().set_font_size(14).set_align(FormatAlign::Center);
    let heading = base
        .clone()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let numbering = base.clone().set_italic().set_border(FormatBorder::Thin).set_align(FormatAlign::Center);
    let cell = base.clone().set_text_wrap().set_border(FormatBorder::Thin).set_align(FormatAlign::Top);
    let last = (XLSX_COLUMNS - 1) as u16;
    const HEADING_ROW: u32 = 6;

    let mut groups: Vec<&[Entry]> = entries
        .chunk_by(|a, b| (a.year, &a.entry.body, &a.entry.series) == (b.year, &b.entry.body, &b.entry.series))
        .collect();
    if groups.is_empty() {
        groups.push(&[]);
    }
    let mut names: Vec<String> = Vec::new();
    for group in groups {
        let sheet = book.add_worksheet();
        let Some(first) = group.first() else {
            sheet.set_name("Sổ văn bản đi")?;
            sheet.merge_range(0, 0, 0, last, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", &title)?;
            sheet.merge_range(1, 0, 1, last, "(không có văn bản nào)", &centred)?;
            continue;
        };
        let name = sheet_name(first, &names);
        sheet.set_name(&name)?;
        names.push(name);
        let series = if first.is_secret() {
            " MẬT".to_string()
        } else if first.entry.series.is_empty() {
            String::new()
        } else {
            format!(" – {}", first.entry.series.to_uppercase())
        };
        let (from, to) = group.iter().fold((first.entry.date, first.entry.date), |(lo, hi), e| {
            (lo.min(e.entry.date), hi.max(e.entry.date))
        });
        let (low, high) = group
            .iter()
            .fold((first.number, first.number), |(lo, hi), e| (lo.min(e.number), hi.max(e.number)));
        sheet.merge_range(0, 0, 0, last, &cell_text(&first.entry.body.to_uppercase()), &body_format)?;
        sheet.merge_range(1, 0, 1, last, &format!("SỔ ĐĂNG KÝ VĂN BẢN ĐI{series}"), &title)?;
        sheet.merge_range(2, 0, 2, last, &format!("Năm {}", first.year), &centred)?;
        let dates = format!("Từ ngày {} đến ngày {}", from.format("%d/%m/%Y"), to.format("%d/%m/%Y"));
        sheet.merge_range(3, 0, 3, last, &dates, &centred)?;
        sheet.merge_range(4, 0, 4, last, &format!("Từ số {low:02} đến số {high:02}"), &centred)?;
        for (c, name) in COLUMNS[..XLSX_COLUMNS].iter().enumerate() {
            sheet.write_string_with_format(HEADING_ROW, c as u16, *name, &heading)?;
            sheet.write_string_with_format(HEADING_ROW + 1, c as u16, format!("({})", c + 1), &numbering)?;
        }
        sheet.set_row_height(HEADING_ROW, 48)?;
        for (c, width) in [14, 12, 48, 20, 32, 20, 8, 24, 20].into_iter().enumerate() {
            sheet.set_column_width(c as u16, width)?;
        }
        for (r, e) in group.iter().enumerate() {
            let r = HEADING_ROW + 2 + r as u32;
            for (c, value) in row(e).into_iter().take(XLSX_COLUMNS).enumerate() {
                if c == 6 {
                    sheet.write_number_with_format(r, c as u16, f64::from(e.entry.copies), &cell)?;
                } else {
                    sheet.write_string_with_format(r, c as u16, cell_text(&value), &cell)?;
                }
            }
        }
        sheet.set_landscape().set_paper_size(9).set_repeat_rows(HEADING_ROW, HEADING_ROW + 1)?;
        sheet.set_freeze_panes(HEADING_ROW + 2, 0)?;
    }
    book.save_to_buffer()
}

fn series_heading(e: &Entry) -> String {
    let series = if e.is_secret() {
        t!("register-cmd-series-secret")
    } else if e.entry.series.is_empty() {
        String::new()
    } else {
        t!("register-cmd-series", series = e.entry.series.as_str())
    };
    t!("register-cmd-heading", body = e.entry.body.as_str(), year = e.year.to_string(), series = series)
}

fn status_note(e: &Entry) -> String {
    match e.status {
        EntryStatus::Issued => String::new(),
        EntryStatus::Cancelled => {
            let reason = e.reason.clone().unwrap_or_else(|| t!("register-cmd-no-reason"));
            format!("  {}", t!("register-cmd-cancelled", reason = reason))
        }
        EntryStatus::Reserved => format!("  {}", t!("register-cmd-reserved")),
    }
}

fn describe(filter: &Filter) -> String {
    let mut s = String::new();
    if let Some(y) = filter.year {
        s.push_str(&t!("register-cmd-filter-year", year = y.to_string()));
    }
    if let Some(key) = &filter.doc_type {
        s.push_str(&t!("register-cmd-filter-type", kind = key.as_str()));
    }
    s
}
