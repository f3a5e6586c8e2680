//! The văn thư's register of outgoing documents (sổ đăng ký văn bản đi),
//! kept in one SQLite file per office.
//!
//! NĐ30 Điều 15: số are given per issuing body, from 01 on 1 January to
//! 31 December, in the order documents are issued; secret documents keep
//! a series of their own (and an advisory body using the body's seal may
//! too: any named series). A number is taken and recorded in one
//! `IMMEDIATE` transaction, so two văn thư issuing at the same moment never
//! get the same number; a number once taken is never given again: a render
//! that fails marks it cancelled with the reason, and a run that stops
//! between taking the number and recording the PDF leaves it `reserved`,
//! which every listing shows. The series therefore has no silent gap.
//!
//! The register is opened in WAL mode with a busy timeout
//! ([`crate::limits::REGISTER_BUSY_TIMEOUT`]); a register that stays locked
//! or is damaged gives a diagnostic, never a number; so do a path that is a
//! folder or a symbolic link to nothing, a schema of a newer vanban, and a
//! read-only file (which is still read, as it is, for listings). Nothing
//! here prints: the commands in `src/cmd/` do.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior, params};
use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;

/// The register's file name when neither `--register` nor
/// [`ENV_VAR`] names one: in the folder vanban runs in.
pub const DEFAULT_FILE: &str = "vanban-register.sqlite";
/// The environment variable naming the register file.
pub const ENV_VAR: &str = "VANBAN_REGISTER";
/// The schema this vanban writes. Version 1 had one series per body and
/// year (no secret series); [`open`] migrates it.
pub const SCHEMA_VERSION: i64 = 2;
/// The series of secret documents (văn bản mật), kept apart from the
/// ordinary one (which is the empty name).
pub const SECRET_SERIES: &str = "mật";
/// The series of a body's quyết định quy phạm pháp luật: a văn bản quy
/// phạm pháp luật is numbered in its type's own series of the year
/// (`01/2026/QĐ-UBND`), apart from the administrative one.
pub const LEGAL_NORMATIVE_SERIES: &str = "QPPL";

/// Version 2 of the schema: one row per number taken.
const SCHEMA_V2: &str = "
CREATE TABLE outgoing (
    id          INTEGER PRIMARY KEY,
    body        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    series      TEXT NOT NULL DEFAULT '',
    number      INTEGER NOT NULL CHECK (number >= 1),
    ky_hieu     TEXT NOT NULL,
    date        TEXT NOT NULL,
    doc_type    TEXT NOT NULL,
    title       TEXT NOT NULL,
    signer      TEXT NOT NULL,
    recipients  TEXT NOT NULL,
    copies      INTEGER NOT NULL,
    archive     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    source      TEXT,
    file        TEXT,
    sha256      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('reserved', 'issued', 'cancelled')),
    reason      TEXT,
    taken_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (body, year, series, number)
);
";

/// The columns version 1 and version 2 share, in order.
const V1_COLUMNS: &str = "id, body, year, number, ky_hieu, date, doc_type, title, signer, recipients, \
                          copies, archive, note, source, file, sha256, status, reason, taken_at";

/// What happened to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Taken, but the PDF was not recorded: the run stopped (a crash, a
    /// kill) between taking the number and writing the PDF.
    Reserved,
    /// Issued: the PDF was written and its SHA-256 recorded.
    Issued,
    /// Taken and then given up, with the reason (the render failed).
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reserved => "reserved",
            Status::Issued => "issued",
            Status::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> Status {
        match s {
            "issued" => Status::Issued,
            "cancelled" => Status::Cancelled,
            _ => Status::Reserved,
        }
    }
}

/// A document to be given a number: everything the register records
/// about it except the number and what the render produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// The issuing body, as printed (`Ủy ban nhân dân xã Ngọc Liên`): its
    /// numbers form one series.
    pub body: String,
    /// The series within the body: empty for ordinary documents,
    /// [`SECRET_SERIES`] for secret ones.
    pub series: String,
    /// Ngày ban hành; its year picks the series' year.
    pub date: NaiveDate,
    /// The ký hiệu after the number: `KH-UBND`.
    pub ky_hieu: String,
    /// The document type's key (`ke-hoach`).
    pub doc_type: String,
    /// Tên loại and trích yếu: `Kế hoạch Triển khai …`.
    pub title: String,
    /// Người ký.
    pub signer: String,
    /// Nơi nhận, `; `-separated.
    pub recipients: String,
    /// Số lượng bản.
    pub copies: u32,
    /// Đơn vị, người nhận bản lưu (the `Lưu:` line).
    pub archive: String,
    /// Ghi chú.
    pub note: String,
    /// The YAML the document was issued from, as stored (see [`Register::stored_path`]).
    pub source: Option<String>,
}

/// One row of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: i64,
    pub year: i32,
    pub number: u32,
    pub status: Status,
    /// The PDF as stored: relative to the register's folder when inside it.
    pub file: Option<String>,
    /// The PDF's SHA-256, in lowercase hex.
    pub sha256: Option<String>,
    /// Why a number was cancelled.
    pub reason: Option<String>,
    /// When the number was taken (UTC, RFC 3339).
    pub taken_at: String,
    pub entry: NewEntry,
}

impl Entry {
    /// `15/KH-UBND`: số (two digits at least, NĐ30 Điều 15) and ký hiệu.
    pub fn so_ky_hieu(&self) -> String {
        format!("{:02}/{}", self.number, self.entry.ky_hieu)
    }

    /// Whether the entry is in the secret series.
    pub fn is_secret(&self) -> bool {
        self.entry.series == SECRET_SERIES
    }
}

/// Which entries a listing shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub year: Option<i32>,
    /// A document type's key (`ke-hoach`).
    pub doc_type: Option<String>,
    pub number: Option<u32>,
}

/// What `verify` found for one issued entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The PDF hashes to what was recorded.
    Same,
    /// The PDF is there but hashes to something else (given).
    Changed(String),
    /// The PDF cannot be read (the reason).
    Missing(String),
}

/// What [`Register::lookup`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Box<Entry>),
    None,
    /// Several issued entries have the document's body, ký hiệu and trích
    /// yếu, and none its file: which one is meant cannot be told.
    Several(Vec<Entry>),
}

/// The issuing body as the register records it: its printed name, lines joined.
pub fn body_of(doc: &crate::model::Document) -> String {
    doc.issuer().name.0.join(" ")
}

/// Tên loại and trích yếu as the register records them: `Kế hoạch Triển khai …`.
pub fn title_of(doc: &crate::model::Document) -> String {
    format!("{} {}", doc.ten_loai(), doc.title())
}

/// `15/KH-UBND` → (15, `KH-UBND`).
pub fn parse_so_ky_hieu(s: &str) -> Option<(u32, String)> {
    let (number, ky_hieu) = s.trim().split_once('/')?;
    let number = number.trim().parse().ok().filter(|n| *n >= 1)?;
    let ky_hieu = ky_hieu.trim();
    (!ky_hieu.is_empty()).then(|| (number, ky_hieu.to_string()))
}

/// An open register.
pub struct Register {
    conn: Connection,
    path: PathBuf,
    /// The folder stored paths are relative to.
    folder: PathBuf,
    busy_timeout: Duration,
    /// The file did not exist: this run made a new, empty register.
    created: bool,
    /// The file is read-only: it can be listed, not written.
    read_only: bool,
}

/// The register named by `flag`, else by [`ENV_VAR`], else [`DEFAULT_FILE`]
/// in the current folder.
pub fn default_path(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    match std::env::var_os(ENV_VAR) {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(DEFAULT_FILE),
    }
}

/// Opens the register at `path`, creating it (and its schema) if the file
/// does not exist, migrating an older schema, waiting for a lock at most
/// [`crate::limits::REGISTER_BUSY_TIMEOUT`].
pub fn open(path: &Path) -> Result<Register, Diagnostic> {
    open_with_timeout(path, crate::limits::REGISTER_BUSY_TIMEOUT)
}

/// [`open`], waiting for a lock at most `busy_timeout`.
pub fn open_with_timeout(path: &Path, busy_timeout: Duration) -> Result<Register, Diagnostic> {
    let read_only = check_file(path)?;
    // An empty file is a register that never held a number (or one that
    // was truncated): said like a new one, so that a series starting again
    // at 01 never goes unnoticed.
    let created = std::fs::metadata(path).map_or(true, |m| m.len() == 0);
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
    };
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| sqlite_error(path, busy_timeout, e))?;
    let folder = crate::output::folder_of(path);
    let folder = folder.canonicalize().unwrap_or_else(|_| folder.to_path_buf());
    let mut register = Register { conn, path: path.to_path_buf(), folder, busy_timeout, created, read_only };
    if read_only {
        // Read as it is: no WAL switch, no migration.
        register.conn.busy_timeout(busy_timeout).map_err(|e| register.error(e))?;
        let version = register.version().map_err(|e| register.error(e))?;
        if version != SCHEMA_VERSION {
            return Err(register.version_error(version).unwrap_or_else(|| {
                Diagnostic::error(
                    "register-readonly",
                    crate::t!(
                        "register-readonly-old",
                        path = path.display().to_string(),
                        version = version,
                        current = SCHEMA_VERSION
                    ),
                )
                .with_hint(crate::t!("register-readonly-old.hint"))
            }));
        }
        return Ok(register);
    }
    register.configure()?;
    register.migrate()?;
    Ok(register)
}

/// Refuses a register path that is not a plain file (a folder, a device)
/// or is a symbolic link to nothing (SQLite would create a file wherever it
/// points); says whether the file is read-only.
fn check_file(path: &Path) -> Result<bool, Diagnostic> {
    let hint = crate::t!("register-name-hint");
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(false),
        Ok(link) if link.file_type().is_symlink() && std::fs::metadata(path).is_err() => {
            Err(Diagnostic::error(
                "register-io",
                crate::t!(
                    "register-dangling-link",
                    path = path.display().to_string(),
                    target = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default()
                ),
            )
            .with_hint(hint))
        }
        Ok(_) => {
            let meta = std::fs::metadata(path).map_err(|e| {
                Diagnostic::error(
                    "register-io",
                    crate::t!(
                        "register-cannot-open",
                        path = path.display().to_string(),
                        error = crate::i18n::io_reason(&e)
                    ),
                )
                .with_hint(crate::t!("register-cannot-open.hint"))
            })?;
            if !meta.is_file() {
                let kind = if meta.is_dir() { "folder" } else { "other" };
                return Err(Diagnostic::error(
                    "register-io",
                    crate::t!("register-not-a-file", path = path.display().to_string(), kind = kind),
                )
                .with_hint(hint));
            }
            Ok(meta.permissions().readonly())
        }
    }
}

impl Register {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this run created the register (the file did not exist).
    pub fn created(&self) -> bool {
        self.created
    }

    /// Why a register of schema `version` cannot be used at all (not a
    /// register, or one of a newer vanban); `None` if it can.
    fn version_error(&self, version: i64) -> Option<Diagnostic> {
        version_error(&self.path, version)
    }

    fn configure(&self) -> Result<(), Diagnostic> {
        self.conn.busy_timeout(self.busy_timeout).map_err(|e| self.error(e))?;
        // A damaged or foreign file fails here, on its first read.
        let mode: String = self
            .conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(|e| self.error(e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Diagnostic::error(
                "register-io",
                crate::t!("register-no-wal", path = self.path.display().to_string(), mode = mode),
            )
            .with_hint(crate::t!("register-no-wal.hint")));
        }
        // Every committed number survives a power cut.
        self.conn.pragma_update(None, "synchronous", "FULL").map_err(|e| self.error(e))?;
        Ok(())
    }

    fn error(&self, e: rusqlite::Error) -> Diagnostic {
        sqlite_error(&self.path, self.busy_timeout, e)
    }

    /// The schema version the file has: 0 for a new, empty file.
    fn version(&self) -> rusqlite::Result<i64> {
        schema_version(&self.conn)
    }

    /// Creates the schema in a new file, or brings an older one up to
    /// [`SCHEMA_VERSION`], in one transaction.
    fn migrate(&mut self) -> Result<(), Diagnostic> {
        let current = self.version().map_err(|e| self.error(e))?;
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        // Everything else is decided under the write lock: another run may
        // be creating or migrating this very file (two văn thư issuing the
        // first numbers at once), and what it has not committed yet is not
        // seen outside a transaction.
        let (timeout, p) = (self.busy_timeout, self.path.clone());
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sqlite_error(&p, timeout, e))?;
        let version = schema_version(&tx).map_err(|e| sqlite_error(&p, timeout, e))?;
        if let Some(d) = version_error(&p, version) {
            return Err(d);
        }
        let result = (|| -> rusqlite::Result<()> {
            match version {
                0 => {
                    tx.execute_batch(SCHEMA_V2)?;
                    tx.execute_batch("CREATE TABLE schema_version (version INTEGER NOT NULL);")?;
                }
                1 => {
                    // Version 2 adds the series to the uniqueness of a
                    // number, which SQLite cannot alter in place: the table
                    // is rebuilt, every row kept in the ordinary series.
                    tx.execute_batch("ALTER TABLE outgoing RENAME TO outgoing_v1;")?;
                    tx.execute_batch(SCHEMA_V2)?;
                    tx.execute_batch(&format!(
                        "INSERT INTO outgoing ({V1_COLUMNS}, series) SELECT {V1_COLUMNS}, '' FROM outgoing_v1;
                         DROP TABLE outgoing_v1;
                         DELETE FROM schema_version;"
                    ))?;
                }
                _ => return Ok(()),
            }
            tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [SCHEMA_VERSION])?;
            Ok(())
        })();
        result.and_then(|()| tx.commit()).map_err(|e| sqlite_error(&p, timeout, e))
    }

    /// Takes the next number of `new`'s series (body, year of its date,
    /// series) and records it as reserved, in one `IMMEDIATE` transaction:
    /// no other run can take a number between the read and the write.
    pub fn take(&mut self, new: &NewEntry) -> Result<Entry, Diagnostic> {
        if self.read_only {
            return Err(Diagnostic::error(
                "register-readonly",
                crate::t!("register-readonly", path = self.path.display().to_string()),
            )
            .with_hint(crate::t!("register-readonly.hint")));
        }
        let (timeout, p) = (self.busy_timeout, self.path.clone());
        let year = new.date.year();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sqlite_error(&p, timeout, e))?;
        let id = (|| -> rusqlite::Result<i64> {
            let number: i64 = tx.query_row(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM outgoing WHERE body = ?1 AND year = ?2 AND series = ?3",
                params![new.body, year, new.series],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO outgoing (body, year, series, number, ky_hieu, date, doc_type, title, signer,
                     recipients, copies, archive, note, source, status)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'reserved')",
                params![
                    new.body,
                    year,
                    new.series,
                    number,
                    new.ky_hieu,
                    new.date.format("%Y-%m-%d").to_string(),
                    new.doc_type,
                    new.title,
                    new.signer,
                    new.recipients,
                    new.copies,
                    new.archive,
                    new.note,
                    new.source,
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })()
        .map_err(|e| sqlite_error(&p, timeout, e))?;
        tx.commit().map_err(|e| sqlite_error(&p, timeout, e))?;
        self.get(id)
    }

    /// Records the issued PDF of a reserved number: its path and SHA-256.
    pub fn record(&self, id: i64, pdf: &Path, sha256: &str) -> Result<Entry, Diagnostic> {
        let file = self.stored_path(pdf);
        let changed = self
            .conn
            .execute(
                "UPDATE outgoing SET status = 'issued', file = ?2, sha256 = ?3 WHERE id = ?1 AND status = 'reserved'",
                params![id, file, sha256],
            )
            .map_err(|e| self.error(e))?;
        if changed != 1 {
            return Err(Diagnostic::error("register", crate::t!("register-not-reserved", id = id)));
        }
        self.get(id)
    }

    /// Gives up a reserved number, keeping it in the series with the reason.
    pub fn cancel(&self, id: i64, reason: &str) -> Result<Entry, Diagnostic> {
        self.conn
            .execute(
                "UPDATE outgoing SET status = 'cancelled', reason = ?2 WHERE id = ?1 AND status = 'reserved'",
                params![id, reason],
            )
            .map_err(|e| self.error(e))?;
        self.get(id)
    }

    /// One entry by its row id.
    pub fn get(&self, id: i64) -> Result<Entry, Diagnostic> {
        self.select("WHERE id = ?1", params![id])?
            .pop()
            .ok_or_else(|| Diagnostic::error("register", crate::t!("register-no-entry", id = id)))
    }

    /// The entries `filter` selects, by year, body, series and number.
    pub fn list(&self, filter: &Filter) -> Result<Vec<Entry>, Diagnostic> {
        self.select(
            "WHERE (?1 IS NULL OR year = ?1) AND (?2 IS NULL OR doc_type = ?2) AND (?3 IS NULL OR number = ?3)",
            params![filter.year, filter.doc_type, filter.number],
        )
    }

    /// The issued entry whose PDF or YAML is `file`, or whose số and ký
    /// hiệu are `so_ky_hieu` (`15/KH-UBND`, or `15/KH-UBND` written `015/…`)
    /// in `year`: the newest if several.
    pub fn find(
        &self,
        year: i32,
        file: Option<&Path>,
        so_ky_hieu: Option<&str>,
    ) -> Result<Option<Entry>, Diagnostic> {
        let stored = file.map(|f| self.stored_path(f));
        let wanted = so_ky_hieu.and_then(parse_so_ky_hieu);
        let mut found: Vec<Entry> = self
            .list(&Filter { year: Some(year), ..Filter::default() })?
            .into_iter()
            .filter(|e| e.status == Status::Issued)
            .filter(|e| {
                stored
                    .as_deref()
                    .is_some_and(|s| e.entry.source.as_deref() == Some(s) || e.file.as_deref() == Some(s))
                    || wanted.as_ref().is_some_and(|(n, k)| e.number == *n && e.entry.ky_hieu == *k)
            })
            .collect();
        Ok(found.pop())
    }

    /// What the register recorded of `doc`, a document issued from `file`
    /// whose YAML may have lost its số and ngày (a copy kept as drafted, a
    /// file moved or renamed since): first by its file, then by what names
    /// it in the sổ: its body, ký hiệu, tên loại and trích yếu. The number
    /// was taken in the year of its date: the document's year or the one
    /// before (a plan issued in December).
    pub fn lookup(&self, doc: &crate::model::Document, file: &Path) -> Result<Lookup, Diagnostic> {
        let years = [doc.year(), doc.year() - 1];
        for year in years {
            if let Some(e) = self.find(year, Some(file), None)? {
                return Ok(Lookup::Found(Box::new(e)));
            }
        }
        let (body, ky_hieu, title) = (body_of(doc), doc.ky_hieu(), title_of(doc));
        let mut same: Vec<Entry> = Vec::new();
        for year in years {
            same.extend(self.list(&Filter { year: Some(year), ..Filter::default() })?.into_iter().filter(
                |e| {
                    e.status == Status::Issued
                        && e.entry.body == body
                        && e.entry.ky_hieu == ky_hieu
                        && e.entry.title == title
                },
            ));
        }
        Ok(match same.len() {
            0 => Lookup::None,
            1 => Lookup::Found(Box::new(same.remove(0))),
            _ => Lookup::Several(same),
        })
    }
    fn select(&self, condition: &str, params: impl rusqlite::Params) -> Result<Vec<Entry>, Diagnostic> {
        let sql = format!(
            "SELECT id, body, year, series, number, ky_hieu, date, doc_type, title, signer, recipients, copies,
                    archive, note, source, file, sha256, status, reason, taken_at
             FROM outgoing {condition} ORDER BY year, body, series, number"
        );
        let read = || -> rusqlite::Result<Vec<Entry>> {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(params, |r| {
                let date: String = r.get(6)?;
                Ok(Entry {
                    id: r.get(0)?,
                    year: r.get(2)?,
                    number: r.get(4)?,
                    file: r.get(15)?,
                    sha256: r.get(16)?,
                    status: Status::parse(&r.get::<_, String>(17)?),
                    reason: r.get(18)?,
                    taken_at: r.get(19)?,
                    entry: NewEntry {
                        body: r.get(1)?,
                        series: r.get(3)?,
                        date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| {
                            rusqlite::Error::FromSqlConversionFailure(
                                6,
                                rusqlite::types::Type::Text,
                                Box::new(e),
                            )
                        })?,
                        ky_hieu: r.get(5)?,
                        doc_type: r.get(7)?,
                        title: r.get(8)?,
                        signer: r.get(9)?,
                        recipients: r.get(10)?,
                        copies: r.get(11)?,
                        archive: r.get(12)?,
                        note: r.get(13)?,
                        source: r.get(14)?,
                    },
                })
            })?;
            rows.collect()
        };
        read().map_err(|e| self.error(e))
    }

    /// Checks every issued entry's PDF against its recorded SHA-256.
    pub fn verify(&self, filter: &Filter) -> Result<Vec<(Entry, Check)>, Diagnostic> {
        let entries = self.list(filter)?;
        Ok(entries
            .into_iter()
            .filter(|e| e.status == Status::Issued)
            .map(|e| {
                let check = match e.file.as_deref().map(|f| self.resolve(f)) {
                    None => Check::Missing(crate::t!("register-no-file-recorded")),
                    Some(path) => match sha256_file(&path) {
                        Ok(h) if Some(&h) == e.sha256.as_ref() => Check::Same,
                        Ok(h) => Check::Changed(h),
                        Err(err) => {
                            Check::Missing(format!("{}: {}", path.display(), crate::i18n::io_reason(&err)))
                        }
                    },
                };
                (e, check)
            })
            .collect())
    }

    /// A path as the register stores it: relative to the register's folder
    /// when the file is inside it (the office folder can move), absolute
    /// otherwise.
    pub fn stored_path(&self, path: &Path) -> String {
        let absolute = path.canonicalize().unwrap_or_else(|_| {
            std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
        });
        match absolute.strip_prefix(&self.folder) {
            Ok(rel) => rel.to_string_lossy().into_owned(),
            Err(_) => absolute.to_string_lossy().into_owned(),
        }
    }

    /// The file a stored path names.
    pub fn resolve(&self, stored: &str) -> PathBuf {
        self.folder.join(stored)
    }
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of a file's content.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    // Streamed in blocks: a recorded PDF may be large (sha2 0.11 does not
    // implement io::Write, so `io::copy` cannot feed it).
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut block = vec![0; 64 * 1024];
    loop {
        let n = file.read(&mut block)?;
        if n == 0 {
            break;
        }
        hasher.update(&block[..n]);
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// An SQLite error as a diagnostic that says what it means for the văn thư.
fn sqlite_error(path: &Path, waited: Duration, e: rusqlite::Error) -> Diagnostic {
    let name = path.display().to_string();
    let code = match &e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    match code {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Diagnostic::error(
            "register-locked",
            crate::t!("register-locked", path = name, seconds = waited.as_secs_f64()),
        )
        .with_hint(crate::t!("register-locked.hint")),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Diagnostic::error(
            "register-corrupt",
            crate::t!("register-corrupt", path = name, error = e.to_string()),
        )
        .with_hint(crate::t!("register-corrupt.hint")),
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => Diagnostic::error(
            "register-io",
            crate::t!("register-cannot-open", path = name, error = e.to_string()),
        )
        .with_hint(crate::t!("register-cannot-open.hint")),
        _ => Diagnostic::error("register", crate::t!("register-failed", path = name, error = e.to_string()))
            .with_hint(crate::t!("register-failed.hint")),
    }
}

/// The schema version of the register open on `conn`: 0 for an empty
/// file, -1 for an SQLite file that holds something else.
fn schema_version(conn: &rusqlite::Connection) -> rusqlite::Result<i64> {
    let has_table = |name: &str| -> rusqlite::Result<bool> {
        conn.query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |_| Ok(()))
            .optional()
            .map(|r| r.is_some())
    };
    if has_table("schema_version")? {
        return conn.query_row("SELECT MAX(version) FROM schema_version", [], |r| {
            r.get::<_, Option<i64>>(0).map(Option::unwrap_or_default)
        });
    }
    let objects: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))?;
    Ok(if objects == 0 { 0 } else { -1 })
}

/// Why a register of schema `version` cannot be used at all (not a
/// register, or one of a newer vanban); `None` if it can.
fn version_error(path: &Path, version: i64) -> Option<Diagnostic> {
    if version < 0 {
        return Some(
            Diagnostic::error(
                "register-corrupt",
                crate::t!("register-foreign", path = path.display().to_string()),
            )
            .with_hint(crate::t!("register-foreign.hint")),
        );
    }
    (version > SCHEMA_VERSION).then(|| {
        Diagnostic::error(
            "register-schema",
            crate::t!(
                "register-schema",
                path = path.display().to_string(),
                version = version,
                current = SCHEMA_VERSION
            ),
        )
        .with_hint(crate::t!("register-schema.hint"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(body: &str, date: &str) -> NewEntry {
        NewEntry {
            body: body.to_string(),
            series: String::new(),
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            ky_hieu: "KH-UBND".to_string(),
            doc_type: "ke-hoach".to_string(),
            title: "Kế hoạch thử".to_string(),
            signer: "Phạm Xuân Khánh".to_string(),
            recipients: "UBND huyện".to_string(),
            copies: 3,
            archive: "VT, VHXH".to_string(),
            note: String::new(),
            source: None,
        }
    }

    #[test]
    fn numbers_follow_on_and_cancelled_ones_stay_taken() {
        let dir = tempfile::tempdir().unwrap();
        let mut reg = open(&dir.path().join("r.sqlite")).unwrap();
        let a = reg.take(&entry("UBND xã A", "2026-02-01")).unwrap();
        assert_eq!((a.number, a.status, a.so_ky_hieu().as_str()), (1, Status::Reserved, "01/KH-UBND"));
        reg.cancel(a.id, "render failed").unwrap();
        let b = reg.take(&entry("UBND xã A", "2026-02-02")).unwrap();
        assert_eq!(b.number, 2);
        let all = reg.list(&Filter::default()).unwrap();
        assert_eq!(all[0].status, Status::Cancelled);
        assert_eq!(all[0].reason.as_deref(), Some("render failed"));
    }

    #[test]
    fn hashes_are_lowercase_hex() {
        assert_eq!(sha256(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
