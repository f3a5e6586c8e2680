//! Stage 1: YAML text → validated [`Document`], or diagnostics that say
//! where and what is wrong.
//!
//! 1. serde-saphyr parses the text into a located [`Node`] tree (syntax
//!    errors, anchors, input budgets).
//! 2. Every string is NFC-normalised and checked for control characters and
//!    must-fill placeholders (`<<TÊN CƠ QUAN>>`).
//! 3. `{{ … }}` expressions in text (`năm {{ year }}`, `{{ cite("qd1719") }}`)
//!    are checked against an allow-list and evaluated in a sandbox ([`expand`]).
//! 4. The model is deserialized from the tree ([`de`]), so type errors carry
//!    their field path and position, and references between fields are checked.

pub mod de;
pub mod expand;
mod images;
pub mod paths;
mod repair;
mod syntax;
pub mod tree;

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::model::{Basis, Citation, DocType, Document};
use crate::vn;

pub use tree::Node;

/// PNG images bounded chunk by chunk before decoding (also used by the
/// typesetter's world, so typst decodes the copy that was checked).
pub use images::{check_png_bytes, png_chunks};

pub use crate::limits::MAX_INPUT_BYTES;

/// A document loaded from YAML, with what is needed to point back into it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub document: Document,
    /// The YAML file as read.
    pub file: Arc<SourceFile>,
    /// The located tree after expansion; spans index into `file.text`.
    pub tree: Node,
    /// Every cited document by id (căn cứ, their groups and references).
    pub citations: HashMap<String, Citation>,
    /// Problems that do not stop a render.
    pub warnings: Vec<Diagnostic>,
    /// The document a quyết định issues or approves (`attachment:`).
    pub attachment: Option<Box<Loaded>>,
}

impl Loaded {
    /// A diagnostic located at a field path of this document. A path that
    /// does not exist (a missing field) is reported at its nearest parent.
    pub fn at(&self, mut d: Diagnostic, path: &str) -> Diagnostic {
        d = d.with_path(path);
        locate(&self.tree, &self.file, d, path)
    }
}

/// Locates a diagnostic at a field path of a tree read from `file`; a path
/// that does not exist is reported at its nearest parent.
pub fn locate(tree: &Node, file: &Arc<SourceFile>, d: Diagnostic, path: &str) -> Diagnostic {
    let (node, entry, found) = tree.locate(path);
    let span = match entry {
        Some(e) if !found => e.key_span.clone(),
        _ if node.span.is_empty() => entry.map_or(node.span.clone(), |e| e.key_span.clone()),
        _ => node.span.clone(),
    };
    d.with_span(file, span)
}

/// Reads and loads a YAML file. I/O problems are reported as a diagnostic
/// with code `io`.
pub fn load_file(path: &Path) -> Result<Loaded, Diagnostics> {
    let bytes = read_input(path)?;
    load_bytes(path, bytes)
}

/// Reads a YAML file for loading: a regular file (a FIFO or a device is
/// refused before anything is read from it) of at most
/// [`MAX_INPUT_BYTES`], of which no more than that is ever read.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let name = path.display();
    paths::read_regular(path, MAX_INPUT_BYTES as u64).map_err(|problem| match problem {
        paths::ReadProblem::Io(e) => {
            let hint = match e.kind() {
                std::io::ErrorKind::NotFound => crate::t!("io-hint-not-found"),
                std::io::ErrorKind::PermissionDenied => crate::t!("io-hint-permission"),
                _ if path.is_dir() => crate::t!("io-hint-folder"),
                _ => crate::t!("io-hint-yaml"),
            };
            let message =
                crate::t!("io-cannot-read", name = name.to_string(), error = crate::i18n::io_reason(&e));
            Diagnostic::error("io", message).with_hint(hint)
        }
        paths::ReadProblem::NotRegular(kind) => Diagnostic::error(
            "io",
            crate::t!("io-not-regular", name = name.to_string(), kind = paths::kind_text(kind)),
        )
        .with_hint(crate::t!("io-not-regular.hint")),
        paths::ReadProblem::TooLarge(len) => too_large(&name.to_string(), len),
    })
}

/// A Word or PDF file given where a YAML document is expected, known by
/// its first bytes (or its extension): said as what it is, with what to do.
fn not_yaml(path: &Path, bytes: &[u8]) -> Option<Diagnostic> {
    let name = path.display();
    // The name counts only for a file that is not text anyway.
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .filter(|_| std::str::from_utf8(bytes).is_err());
    let name = name.to_string();
    let (message, hint) = if bytes.starts_with(b"%PDF-") || ext.as_deref() == Some("pdf") {
        (
            crate::t!("not-yaml-pdf", name = name.as_str()),
            crate::t!("not-yaml-pdf.hint", name = name.as_str()),
        )
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        || ext.as_deref() == Some("doc")
    {
        (crate::t!("not-yaml-doc", name = name.as_str()), crate::t!("not-yaml-doc.hint"))
    } else if ext.as_deref() == Some("docx") {
        (
            crate::t!("not-yaml-docx", name = name.as_str()),
            crate::t!("not-yaml-docx.hint", name = name.as_str()),
        )
    } else if bytes.starts_with(b"PK\x03\x04") {
        (
            crate::t!("not-yaml-zip", name = name.as_str()),
            crate::t!("not-yaml-zip.hint", name = name.as_str()),
        )
    } else {
        return None;
    };
    Some(Diagnostic::error("not-yaml", message).with_hint(hint))
}

fn too_large(name: &str, len: u64) -> Diagnostic {
    Diagnostic::error(
        "input-too-large",
        crate::t!("input-too-large", name = name, len = len, max = MAX_INPUT_BYTES),
    )
    .with_hint(crate::t!("input-too-large.hint"))
}

/// Loads the bytes of the YAML file at `path` (already read by the caller).
pub fn load_bytes(path: &Path, bytes: Vec<u8>) -> Result<Loaded, Diagnostics> {
    let name = path.display().to_string();
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(&name, bytes.len() as u64).into());
    }
    if let Some(d) = not_yaml(path, &bytes) {
        return Err(d.into());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let file = SourceFile::new(&name, "");
        Diagnostic::error(
            "encoding",
            crate::t!("encoding", name = name.as_str(), offset = e.utf8_error().valid_up_to()),
        )
        .with_file(&file)
        .with_hint(crate::t!("encoding.hint"))
    })?;
    load_text(&name, &text, false)
}

/// Loads a document from YAML text; `name` is shown in diagnostics.
pub fn load_str(name: &str, text: &str) -> Result<Loaded, Diagnostics> {
    load_text(name, text, false)
}

/// Loads a quyết định from YAML text with the document its `attachment:`
/// names given already loaded (`vanban import` makes both before writing
/// either), checked as one read from its file would be.
pub fn load_str_with_attachment(name: &str, text: &str, attachment: Loaded) -> Result<Loaded, Diagnostics> {
    load_inner(name, text, Attach::Given(Box::new(attachment)))
}

/// Where the document an `attachment:` names comes from.
enum Attach {
    /// From its file, beside the quyết định's.
    File,
    /// None: this is itself an attached document.
    Nested,
    /// Already loaded by the caller.
    Given(Box<Loaded>),
}

/// Loads a document; `attached`: it is the document another attaches,
/// whose own `attachment:` is an error, not loaded (one level is all a
/// document needs, and a file attaching itself would never end).
fn load_text(name: &str, text: &str, attached: bool) -> Result<Loaded, Diagnostics> {
    load_inner(name, text, if attached { Attach::Nested } else { Attach::File })
}

fn load_inner(name: &str, text: &str, attach: Attach) -> Result<Loaded, Diagnostics> {
    let file = SourceFile::new(name, text);
    let (tree, mut slips) = parse_tree(&file)?;
    let result = read_tree(file, tree, attach, &mut slips);
    if slips.is_empty() {
        return result;
    }
    // Slips read past (a tab, curly quotes) fail the load with the rest of
    // what is wrong, in file order; one found both by the parser and by the
    // check of values is said once, with its field path.
    let mut all = slips;
    if let Err(es) = result {
        all.extend(es);
    }
    let said_with_path: Vec<(&str, Option<Range<usize>>)> =
        all.iter().filter(|d| d.path.is_some()).map(|d| (d.code, d.span.clone())).collect();
    let said_with_path: std::collections::HashSet<_> = said_with_path.into_iter().collect();
    all.retain(|d| d.path.is_some() || !said_with_path.contains(&(d.code, d.span.clone())));
    all.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
    Err(Diagnostics(all))
}

/// Reads the document from its tree. Slips that do not stop the reading
/// (curly quotes around a value) go to `slips`; the value is read as
/// meant, so that the rest is checked too.
fn read_tree(
    file: Arc<SourceFile>,
    mut tree: Node,
    attach: Attach,
    slips: &mut Vec<Diagnostic>,
) -> Result<Loaded, Diagnostics> {
    let doc_type = doc_type(&tree, &file)?;
    // `type: công văn` is read as the key the model knows.
    if let Some(node) = tree.at_mut("type") {
        node.value = tree::Value::String(doc_type.key().to_string());
    }
    let mut errors = Diagnostics::default();

    // Normalise and check every string before anything reads it. A
    // placeholder is not a load error, so that `check` can lint a skeleton
    // (the `placeholder` lint refuses it before any render); but when the
    // load fails, the placeholders are what the user most needs to see.
    let mut placeholders = Vec::new();
    // Slips said once per value (curly quotes, control characters) are
    // listed up to the budget of syntax slips, the rest counted: a file of
    // 2 000 curly-quoted lines gives a screenful, not 18 000 lines.
    let max = repair::MAX_SYNTAX_REPAIRS;
    let mut quotes = slips.iter().filter(|d| d.code == "curly-quotes").count();
    let mut controls = 0usize;
    if let Err(es) = tree.map_strings(&mut String::new(), &mut |path, span, s| {
        let (found, count) = check_text_all(&file, path, span, s);
        if count > 0 {
            let listed: Vec<Diagnostic> = found.into_iter().take(max.saturating_sub(controls)).collect();
            controls += count;
            return Err(listed);
        }
        if let Err(d) = check_curly_quotes(&file, path, span) {
            quotes += 1;
            if quotes <= max {
                slips.push(d);
            }
            let inner = [('“', '”'), ('‘', '’')]
                .iter()
                .find_map(|(open, close)| s.strip_prefix(*open)?.strip_suffix(*close));
            if let Some(inner) = inner {
                *s = inner.to_string();
            }
        }
        placeholders.extend(placeholder_in(&file, path, span, s));
        Ok(())
    }) {
        errors.extend(es.into_iter().flatten());
    }
    if quotes > max {
        let d = Diagnostic::error("curly-quotes", crate::t!("curly-quotes-more", count = quotes - max))
            .with_hint(crate::t!("curly-quotes-more.hint"))
            .with_file(&file);
        slips.push(d);
    }
    if controls > max {
        let d = Diagnostic::error(
            "control-character",
            crate::t!("control-character-more", count = controls - max),
        )
        .with_hint(crate::t!("control-character-more.hint"))
        .with_file(&file);
        errors.push(d);
    }
    let with_placeholders = |errors: Diagnostics| -> Diagnostics {
        let mut out: Vec<Diagnostic> = placeholders.clone();
        // An error about a field that holds a placeholder (`year: <<năm>>`
        // is not a number) says nothing the placeholder does not.
        out.extend(errors.into_iter().filter(|e| !placeholders.iter().any(|p| p.path == e.path)));
        // A line without a place (a count of what is not listed) comes last.
        out.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
        Diagnostics(out)
    };
    if errors.has_errors() {
        return Err(with_placeholders(errors));
    }

    // Citations must be known before text can cite them.
    let citations = match citations(&tree, &file) {
        Ok(c) => c,
        Err(mut errors) => {
            // The rest of the document is read too, so that one run
            // names every mistake in its fields.
            if let Err(es) = doc_type.deserialize(&tree, &file.text) {
                for d in deserialize_errors(&tree, &file, es) {
                    if !errors.iter().any(|e| e.path == d.path && e.message == d.message) {
                        errors.push(d);
                    }
                }
            }
            return Err(with_placeholders(errors));
        }
    };
    let year = match tree.get("year").map(|n| &n.value) {
        Some(tree::Value::Int(y)) => Some(*y),
        Some(tree::Value::UInt(y)) => i64::try_from(*y).ok(),
        _ => None,
    };
    let place = tree.get("place").and_then(Node::as_str).map(str::to_string);
    let env = expand::TextEnv::new(citations.clone(), year, place);
    let mut spans = 0usize;
    if let Err(es) = tree.map_strings(&mut String::new(), &mut |path, span, s| {
        let mut out = env.expand(s).map_err(|e| e.into_diagnostic(&file, path, span, s))?;
        // What an expression printed gets the same checks as typed text:
        // `{{ "\u{202e}" }}` must not reverse a name, nor build a placeholder.
        if out != *s {
            check_text(&file, path, span, &mut out)?;
        }
        // Depth first: a deep nest is named as such, however long.
        check_inline_depth(&file, path, span, &out)?;
        check_text_length(&file, path, span, &out)?;
        let before = spans;
        spans += crate::template::escape::inline_spans(&out);
        // Said once, at the field that crosses the limit.
        if before <= crate::limits::INLINE_MAX_SPANS {
            check_inline_spans(&file, path, span, spans)?;
        }
        *s = out;
        Ok(())
    }) {
        errors.extend(es);
        return Err(with_placeholders(errors));
    }

    let text = &file.text;
    let document = doc_type
        .deserialize(&tree, text)
        .map_err(|es| with_placeholders(deserialize_errors(&tree, &file, es)))?;
    let mut document = document;
    document.apply_citation_dates();
    // An issued số printed otherwise than vanban writes it (`0204`) is kept
    // as printed; its value is read in decimal, whatever YAML made of it.
    if let Some(written) = tree.get("number").and_then(|n| n.scalar_text(text))
        && written.starts_with('0')
        && written.bytes().all(|b| b.is_ascii_digit())
        && let Ok(value) = written.parse::<u32>()
        && written != crate::vn::ky_hieu::number_text(value)
    {
        document.set_number_as_issued(value, written.to_string());
    }

    // Rebuilt from the expanded document, so subjects read as printed.
    let citations = citation_map(&document);
    let mut loaded = Loaded { document, file, tree, citations, warnings: Vec::new(), attachment: None };
    let mut problems = validate(&loaded);
    problems.extend(images::check(&loaded));
    let (errs, warns): (Vec<_>, Vec<_>) = problems.into_iter().partition(Diagnostic::is_error);
    if !errs.is_empty() {
        return Err(with_placeholders(Diagnostics(errs)));
    }
    loaded.warnings = warns;
    if let Document::QuyetDinh(q) = &loaded.document
        && let Some(path) = &q.attachment
    {
        let attached = match attach {
            Attach::Nested => {
                let message =
                    crate::t!("attachment-nested", name = loaded.file.name.as_str(), path = path.as_str());
                let d =
                    Diagnostic::error("attachment", message).with_hint(crate::t!("attachment-nested.hint"));
                return Err(loaded.at(d, "attachment").into());
            }
            Attach::File => load_attachment(&loaded, path)?,
            Attach::Given(a) => {
                attached_type(&loaded, &a, Path::new(path))?;
                *a
            }
        };
        loaded.attachment = Some(Box::new(attached));
    }
    Ok(loaded)
}

/// Loads the document a quyết định issues, from a path relative to the
/// quyết định's own file. The path follows the rule for images (inside
/// the folder, links resolved, a regular file, size-limited), and what a
/// file that is not a YAML document holds is never quoted.
fn load_attachment(loaded: &Loaded, path: &str) -> Result<Loaded, Diagnostics> {
    let folder = Path::new(&loaded.file.name).parent().unwrap_or(Path::new(""));
    let error = |message: String, hint: String| -> Diagnostics {
        loaded.at(Diagnostic::error("attachment", message).with_hint(hint), "attachment").into()
    };
    let give_yaml = || crate::t!("attachment-give-yaml");
    let resolved = match paths::resolve_inside(folder, path, MAX_INPUT_BYTES as u64) {
        Ok(r) => r,
        Err(paths::PathProblem::Absolute { relative }) => {
            let hint = match relative {
                Some(p) => crate::t!("attachment-relative", path = p.as_str()),
                None => crate::t!("attachment-inside"),
            };
            return Err(error(crate::t!("attachment-absolute", path = path), hint));
        }
        Err(paths::PathProblem::Outside) => {
            return Err(error(crate::t!("attachment-outside", path = path), crate::t!("attachment-inside")));
        }
        Err(paths::PathProblem::Missing { shown }) => {
            let name = shown.display().to_string();
            return Err(error(
                crate::t!("attachment-missing", name = name),
                crate::t!("attachment-missing.hint"),
            ));
        }
        Err(paths::PathProblem::Folder { shown }) => {
            let name = shown.display().to_string();
            return Err(error(
                crate::t!("attachment-folder", name = name),
                crate::t!("attachment-folder.hint"),
            ));
        }
        Err(paths::PathProblem::NotRegular { shown, kind }) => {
            let name = shown.display().to_string();
            let kind = paths::kind_text(kind);
            return Err(error(crate::t!("attachment-not-regular", name = name, kind = kind), give_yaml()));
        }
        Err(paths::PathProblem::TooLarge { shown, len }) => {
            let name = shown.display().to_string();
            let message = crate::t!("attachment-too-large", name = name, len = len, max = MAX_INPUT_BYTES);
            return Err(error(message, give_yaml()));
        }
    };
    let full = resolved.shown;
    let bytes = read_input(&full).map_err(|d| error(d.message, give_yaml()))?;
    let name = full.display().to_string();
    let text = String::from_utf8(bytes)
        .map_err(|_| error(crate::t!("attachment-encoding", name = name.as_str()), give_yaml()))?;
    let attached = load_text(&name, &text, true).map_err(|errors| {
        // A file that is not a YAML mapping (a password file, an image) is
        // not the user's document: say so without showing its lines.
        let foreign = errors.iter().any(|d| {
            matches!(d.code, "yaml-syntax" | "not-a-document")
                || (d.code == "missing-field" && d.path.as_deref() == Some("type"))
        });
        if foreign {
            error(crate::t!("attachment-not-yaml", name = name.as_str()), give_yaml())
        } else {
            errors
        }
    })?;
    attached_type(loaded, &attached, &full)?;
    Ok(attached)
}

/// A text a quyết định issues: a Kế hoạch, or a văn bản có tên loại
/// (quy chế, quy định, hướng dẫn, đề án …); not another decision, letter
/// or report.
fn attached_type(loaded: &Loaded, attached: &Loaded, full: &Path) -> Result<(), Diagnostics> {
    if !matches!(attached.document, Document::KeHoach(_) | Document::VanBan(_)) {
        let message = crate::t!(
            "attachment-type",
            name = full.display().to_string(),
            doc = attached.document.doc_type().ten_loai()
        );
        let d = Diagnostic::error("attachment", message).with_hint(crate::t!("attachment-type.hint"));
        return Err(loaded.at(d, "attachment").into());
    }
    Ok(())
}

/// The file's tree, with the syntax slips undone to read it (see
/// [`repair`]); a load with slips fails after reporting the rest.
fn parse_tree(file: &Arc<SourceFile>) -> Result<(Node, Vec<Diagnostic>), Diagnostics> {
    let options = || {
        serde_saphyr::options! {
            budget: serde_saphyr::budget! {
                max_depth: crate::limits::YAML_MAX_DEPTH,
                max_documents: 1,
                max_aliases: crate::limits::YAML_MAX_ALIASES,
                max_nodes: crate::limits::YAML_MAX_NODES,
                max_total_scalar_bytes: crate::limits::YAML_MAX_TEXT_BYTES,
                max_recorded_anchor_events: crate::limits::YAML_MAX_ANCHOR_EVENTS,
                max_recorded_anchor_bytes: crate::limits::YAML_MAX_TEXT_BYTES,
            },
        }
    };
    // The private copy the slips are undone in, made at the first one.
    let mut copy: Option<String> = None;
    let mut edits = repair::Edits::default();
    let mut slips: Vec<Diagnostic> = Vec::new();
    // Once the budget of listed slips is spent, the rest are still undone
    // (tabs in the indentation all at once by a line scan, others one
    // parse each, up to a second budget) but only counted, so that the
    // rest of the file is read and its other mistakes (a misspelled field,
    // an impossible date) reported in the same run. `None` until then.
    let mut unlisted: Option<usize> = None;
    loop {
        let text = copy.as_deref().unwrap_or(&file.text);
        let e = match serde_saphyr::from_str_with_options::<Node>(text, options()) {
            Ok(mut tree) => {
                repair::remap(&mut tree, &edits);
                if !matches!(tree.value, tree::Value::Map(_)) {
                    let d =
                        Diagnostic::error("not-a-document", crate::t!("not-a-document", found = tree.kind()));
                    slips.push(locate(&tree, file, d, ""));
                    return Err(Diagnostics(slips));
                }
                if let Some(count) = unlisted.filter(|&n| n > 0) {
                    let d =
                        Diagnostic::error("yaml-syntax", crate::t!("yaml-syntax-more-count", count = count))
                            .with_hint(crate::t!("yaml-syntax-more-count.hint"))
                            .with_file(file);
                    slips.push(d);
                }
                return Ok((tree, slips));
            }
            Err(e) => e,
        };
        let (d, pieces) = syntax_error(file, text, &edits, &e);
        // When the budget of slips was spent, the reading stopping here
        // leaves the rest of the file unread: the user is told so.
        let spent = unlisted.is_some();
        let stopped = |mut slips: Vec<Diagnostic>, spent: bool| {
            if spent {
                let d = Diagnostic::error(
                    "yaml-syntax",
                    crate::t!("yaml-syntax-rest-unread", max = repair::MAX_SYNTAX_REPAIRS),
                )
                .with_hint(crate::t!("yaml-syntax-rest-unread.hint"))
                .with_file(file);
                slips.push(d);
            }
            Err(Diagnostics(slips))
        };
        let Some(d) = d else { return stopped(slips, spent) };
        let repairable = pieces.is_some();
        if let Some(count) = &mut unlisted {
            // Past the budget: undone and counted, within a second budget.
            let copy = copy.as_mut().expect("a repair made the copy");
            match pieces {
                Some(pieces)
                    if *count < repair::MAX_SYNTAX_REPAIRS && edits.apply(copy, &pieces).is_some() =>
                {
                    *count += 1;
                    continue;
                }
                _ => return stopped(slips, true),
            }
        }
        if repairable && slips.len() == repair::MAX_SYNTAX_REPAIRS {
            // The budget is spent: what is left is counted, not shown.
            let at = d.span.as_ref().map_or(0, |s| s.start);
            let line_start = file.text[..at].rfind('\n').map_or(0, |i| i + 1);
            let tabs = repair::tab_lines(&file.text[line_start..]);
            if tabs > 0 {
                let (message, hint) = (
                    crate::t!("yaml-syntax-more-tabs", count = tabs),
                    crate::t!("yaml-syntax-more-tabs.hint"),
                );
                slips.push(Diagnostic::error("yaml-syntax", message).with_hint(hint).with_file(file));
            }
            // The tab-indented lines left are undone in one scan (the line
            // above says how many); any other slip, at the next parse.
            let copy = copy.get_or_insert_with(|| file.text.clone());
            let end = edits.end();
            let from = if end == 0 { 0 } else { copy[end..].find('\n').map_or(copy.len(), |i| end + i + 1) };
            let pieces = repair::tab_indents(copy, from);
            if !pieces.is_empty() && edits.apply(copy, &pieces).is_none() {
                return stopped(slips, true);
            }
            unlisted = Some(0);
            continue;
        }
        slips.push(d);
        let copy = copy.get_or_insert_with(|| file.text.clone());
        match pieces {
            Some(pieces) if edits.apply(copy, &pieces).is_some() => {}
            _ => return stopped(slips, false),
        }
    }
}

/// The diagnostic of a parse error in `text` (the file, or its copy with
/// `edits` made), located in the file, with how to undo it where vanban
/// knows how. `None` for an error the earlier repairs caused: a repair
/// that guessed wrong is not the user's mistake.
/// The byte offset in `text` of a parser's location (its span's, else its
/// line and column's), moved back to a character boundary.
fn char_offset(text: &str, loc: &serde_saphyr::Location) -> usize {
    let offset = loc
        .span()
        .byte_offset()
        .map(|o| o as usize)
        .unwrap_or_else(|| offset_of(text, loc.line() as usize, loc.column() as usize))
        .min(text.len());
    (0..=offset).rev().find(|&o| text.is_char_boundary(o)).unwrap_or(0)
}

fn syntax_error(
    file: &Arc<SourceFile>,
    text: &str,
    edits: &repair::Edits,
    e: &serde_saphyr::Error,
) -> (Option<Diagnostic>, Option<repair::Pieces>) {
    // A budget runs out where the parser was when it did: that line and
    // column, when the parser reports one.
    let stopped = e.location().map(|loc| char_offset(text, &loc));
    let at_stop = |d: Diagnostic| match stopped {
        Some(o) => {
            let at = edits.to_file(o);
            d.with_span(file, at..at)
        }
        None => d.with_file(file),
    };
    if let Some(d) = budget_diagnostic(e, text, stopped) {
        return (Some(at_stop(d)), None);
    }
    let message = yaml_message(e);
    if message.contains("recursion limit exceeded") {
        return (Some(at_stop(too_deep(text, stopped))), None);
    }
    let Some(loc) = e.location() else {
        let d = Diagnostic::error("yaml-syntax", crate::t!("yaml-syntax", message = message.as_str()))
            .with_hint(crate::t!("yaml-syntax.hint"))
            .with_file(file);
        return (Some(d), None);
    };
    let offset = char_offset(text, &loc);
    let caused_by_repair = |at: usize| !edits.is_empty() && at < edits.end();
    if caused_by_repair(offset) {
        return (None, None);
    }
    // A tab in the indentation of the line where the parser stopped is its
    // cause, whatever the parser makes of it (in a `>-` block it ends the
    // block, and the parser misses a key).
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    let message = if indent.contains('\t') && !message.contains("tab") {
        format!("{message}, found a tab")
    } else {
        message
    };
    // Curly quotes on the line where the parser stopped are its cause.
    let explained = syntax::explain(text, offset, &message);
    let named = repair::curly_quotes(text, offset).or_else(|| {
        let colon = message.contains("mapping values are not allowed") && !explained.moved;
        colon.then(|| repair::colon(text, offset)).flatten()
    });
    if let Some(slip) = named {
        let d = Diagnostic::error(slip.code, slip.message)
            .with_span(file, edits.span_to_file(&slip.span))
            .with_hint(slip.hint);
        return (Some(d), Some(slip.pieces));
    }
    if caused_by_repair(explained.offset) {
        return (None, None);
    }
    let at = edits.to_file(explained.offset);
    let mut d = Diagnostic::error("yaml-syntax", explained.message).with_span(file, at..at);
    let line = text.lines().nth((loc.line() as usize).saturating_sub(1)).unwrap_or("");
    // `title: {{ year }}` reads as a YAML flow mapping.
    let starts_with_braces = line.contains(": {{") || line.trim_start().starts_with("- {{");
    if starts_with_braces && !explained.moved {
        d = d.with_hint(crate::t!("yaml-syntax-braces.hint"));
    } else if let Some(hint) = explained.hint {
        d = d.with_hint(hint);
    }
    let pieces = match explained.fix {
        Some(fix) => Some(vec![fix]),
        None if message.contains("tab") => repair::tab(text, explained.offset),
        None => None,
    };
    (Some(d), pieces)
}

/// A YAML budget that ran out, in words that name the limit. Aliases are
/// where a small file becomes a large tree, so they are named.
fn budget_diagnostic(mut e: &serde_saphyr::Error, text: &str, stopped: Option<usize>) -> Option<Diagnostic> {
    use serde_saphyr::budget::BudgetBreach;
    let breach = loop {
        match e {
            #[allow(deprecated)]
            serde_saphyr::Error::WithSnippet { error, .. }
            | serde_saphyr::Error::AliasError { error, .. } => e = error,
            serde_saphyr::Error::Budget { breach, .. } => break breach,
            _ => return None,
        }
    };
    // A file without anchors has no aliases to blame: the limit is named
    // by what it counts, and the hint does not suggest removing aliases.
    if !has_anchor(text) {
        let message = match breach {
            BudgetBreach::Nodes { .. } => {
                crate::t!("yaml-too-large-nodes-plain", max = crate::limits::YAML_MAX_NODES)
            }
            BudgetBreach::ScalarBytes { .. } => {
                crate::t!("yaml-too-large-text-plain", max = crate::limits::YAML_MAX_TEXT_BYTES)
            }
            _ => String::new(),
        };
        if !message.is_empty() {
            return Some(
                Diagnostic::error("yaml-too-large", message)
                    .with_hint(crate::t!("yaml-too-large-plain.hint")),
            );
        }
    }
    let message = match breach {
        BudgetBreach::Nodes { .. } => crate::t!("yaml-too-large-nodes", max = crate::limits::YAML_MAX_NODES),
        BudgetBreach::ScalarBytes { .. } | BudgetBreach::RecordedAnchorBytes { .. } => {
            crate::t!("yaml-too-large-text", max = crate::limits::YAML_MAX_TEXT_BYTES)
        }
        BudgetBreach::RecordedAnchorEvents { .. } => {
            crate::t!("yaml-too-large-anchors", max = crate::limits::YAML_MAX_ANCHOR_EVENTS)
        }
        BudgetBreach::Depth { .. } => return Some(too_deep(text, stopped)),
        BudgetBreach::Aliases { .. } => {
            crate::t!("yaml-too-large-aliases", max = crate::limits::YAML_MAX_ALIASES)
        }
        BudgetBreach::AliasAnchorRatio { aliases, anchors } => {
            crate::t!("yaml-too-large-ratio", anchors = *anchors, aliases = *aliases)
        }
        BudgetBreach::Documents { .. } => {
            return Some(
                Diagnostic::error("yaml-too-large", crate::t!("yaml-too-large-documents"))
                    .with_hint(crate::t!("yaml-too-large-documents.hint")),
            );
        }
        // Whatever else the parser counts: never its Rust name.
        _ => crate::t!("yaml-too-large-other"),
    };
    Some(Diagnostic::error("yaml-too-large", message).with_hint(crate::t!("yaml-too-large.hint")))
}

/// Whether the YAML may define an anchor (`&name`), so use aliases: an `&`
/// at the start of a line or after a space, `[`, `{` or `,`, followed by a
/// name. An `&` inside a word (`NN&PTNT`) or standing alone is text. When
/// in doubt it says yes, and the message names aliases as before.
fn has_anchor(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'&'
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'[' | b'{' | b','))
            && bytes.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace())
    })
}

/// YAML nested deeper than [`crate::limits::YAML_MAX_DEPTH`]: by the
/// budget, or by the parser's own recursion guard on deeper flow nesting.
/// The hint follows the nesting's style: brackets left open (`[`, `{`) on
/// the line where the parser stopped, or indentation (block style, where a
/// bracket hunt would mislead).
fn too_deep(text: &str, stopped: Option<usize>) -> Diagnostic {
    let max = crate::limits::YAML_MAX_DEPTH;
    let flow = match stopped {
        Some(at) => {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            text[start..end].contains(['[', '{'])
        }
        None => text.matches(['[', '{']).count() > max,
    };
    let hint = if flow {
        crate::t!("yaml-too-large-depth.hint")
    } else {
        crate::t!("yaml-too-large-depth-block", max = max)
    };
    Diagnostic::error("yaml-too-large", crate::t!("yaml-too-large-depth", max = max)).with_hint(hint)
}

/// The parser's message without the location and snippet it adds itself.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    let first = text.lines().next().unwrap_or("").trim();
    // serde-saphyr appends " at line L, column C"; the diagnostic shows that.
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_string(),
        None => first.to_string(),
    }
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset + l.char_indices().nth(column.saturating_sub(1)).map_or(l.len(), |(o, _)| o);
        }
        offset += l.len();
    }
    text.len()
}

fn doc_type(tree: &Node, file: &Arc<SourceFile>) -> Result<DocType, Diagnostics> {
    let keys: Vec<&str> = DocType::ALL.iter().map(|t| t.key()).collect();
    let Some(node) = tree.get("type") else {
        let d = Diagnostic::error("missing-field", crate::t!("missing-type"))
            .with_path("type")
            .with_hint(crate::t!("missing-type.hint", expected = keys.join(", ")));
        return Err(locate(tree, file, d, "type").into());
    };
    let Some(text) = node.scalar_text(&file.text) else {
        let d = Diagnostic::error("unknown-type", crate::t!("unknown-type-kind", found = node.kind()))
            .with_path("type")
            .with_hint(crate::t!("unknown-type-kind.hint", expected = keys.join(", ")));
        return Err(locate(tree, file, d, "type").into());
    };
    DocType::from_name(text).ok_or_else(|| {
        let d = Diagnostic::error("unknown-type", crate::t!("unknown-type", name = text)).with_path("type");
        let d = d.with_hint(suggestion_hint(text, &keys));
        locate(tree, file, d, "type").into()
    })
}

/// Applies NFC and rejects control characters in one string: the first
/// one found, for text an expression printed.
fn check_text(
    file: &Arc<SourceFile>,
    path: &str,
    span: &std::ops::Range<usize>,
    s: &mut String,
) -> Result<(), Diagnostic> {
    match check_text_all(file, path, span, s).0.into_iter().next() {
        Some(d) => Err(d),
        None => Ok(()),
    }
}

/// Applies NFC to one string, or names each control or invisible character
/// in it (up to the budget of slips), each at its own column when the YAML
/// holds it literally or as an escape, with how many there are in all.
fn check_text_all(
    file: &Arc<SourceFile>,
    path: &str,
    span: &std::ops::Range<usize>,
    s: &mut String,
) -> (Vec<Diagnostic>, usize) {
    let bad = refused_char;
    let max = repair::MAX_SYNTAX_REPAIRS;
    let count = s.chars().filter(|&c| bad(c)).count();
    if count == 0 {
        vn::text::make_nfc(s);
        return (Vec::new(), 0);
    }
    let found: Vec<char> = s.chars().filter(|&c| bad(c)).take(max).collect();
    let raw = file.text.get(span.clone()).unwrap_or("");
    // The same characters, in order, in the file (as typed, or as an
    // escape `\x07` between double quotes): then each is pointed at; else
    // the value is.
    let literal: Vec<(Range<usize>, char)> =
        written_chars(raw).into_iter().filter(|&(_, c)| bad(c)).take(max).collect();
    let at_each = literal.len() == found.len() && literal.iter().zip(&found).all(|((_, a), b)| a == b);
    let listed = found
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let (message, hint) = refused_char_text(c);
            let span = if at_each {
                let o = &literal[i].0;
                span.start + o.start..span.start + o.end
            } else {
                raw.find(c).map_or(span.clone(), |o| span.start + o..span.start + o + c.len_utf8())
            };
            Diagnostic::error("control-character", message)
                .with_path(path)
                .with_span(file, span)
                .with_hint(hint)
        })
        .collect();
    (listed, count)
}

/// Whether text may not hold `c`: a control character other than a line
/// end or a tab, or an invisible one ([`vn::text::is_invisible`]). The rule
/// of every text value, and of text given on the command line that is
/// stored (`issue --note`).
pub fn refused_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || vn::text::is_invisible(c)
}

/// What is said of a character [`refused_char`] refuses: the message and
/// its hint.
pub fn refused_char_text(c: char) -> (String, String) {
    let code = format!("{:04X}", c as u32);
    if c.is_control() {
        (crate::t!("control-character", code = code), crate::t!("control-character.hint"))
    } else {
        (crate::t!("invisible-character", code = code), crate::t!("invisible-character.hint"))
    }
}

/// The characters of a value as written in the file, each with its bytes
/// there: a double-quoted value's escapes (`\x07`, `\e`, `\u200B`) are
/// read as the character they stand for.
fn written_chars(raw: &str) -> Vec<(Range<usize>, char)> {
    let escapes = raw.starts_with('"');
    let mut out = Vec::new();
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !(escapes && c == '\\') {
            out.push((i..i + c.len_utf8(), c));
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        let hex = match e {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        let decoded = if hex > 0 {
            let digits: String = (0..hex).filter_map(|_| chars.next().map(|(_, d)| d)).collect();
            u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
        } else {
            match e {
                '0' => Some('\0'),
                'a' => Some('\u{7}'),
                'b' => Some('\u{8}'),
                'e' => Some('\u{1b}'),
                'f' => Some('\u{c}'),
                'v' => Some('\u{b}'),
                'N' => Some('\u{85}'),
                _ => None,
            }
        };
        let end = chars.peek().map_or(raw.len(), |&(j, _)| j);
        if let Some(d) = decoded {
            out.push((i..end, d));
        }
    }
    out
}

/// Refuses a value written between typographic quotes (`“Ngọc Liên”`,
/// `‘…’`), which YAML does not take for quotes: they would be printed.
fn check_curly_quotes(file: &Arc<SourceFile>, path: &str, span: &Range<usize>) -> Result<(), Diagnostic> {
    let raw = file.text.get(span.clone()).unwrap_or("").trim_end();
    let quoted = [('“', '”'), ('‘', '’')]
        .iter()
        .find(|(open, close)| raw.starts_with(*open) && raw.ends_with(*close) && raw.chars().count() > 1);
    let Some((open, close)) = quoted else { return Ok(()) };
    let inner = &raw[open.len_utf8()..raw.len() - close.len_utf8()];
    let (open, close) = (open.to_string(), close.to_string());
    Err(Diagnostic::error("curly-quotes", crate::t!("curly-quotes", open = open, close = close))
        .with_path(path)
        .with_span(file, span.start..span.start + raw.len())
        .with_hint(crate::t!("curly-quotes.hint", inner = inner)))
}

/// Refuses a text value longer than [`crate::limits::TEXT_MAX_CHARS`]: one
/// paragraph is laid out as a whole, and its cost grows faster than its
/// length.
fn check_text_length(
    file: &Arc<SourceFile>,
    path: &str,
    span: &Range<usize>,
    s: &str,
) -> Result<(), Diagnostic> {
    let max = crate::limits::TEXT_MAX_CHARS;
    // Counting stops past the limit: a huge value costs no more than that.
    if s.chars().take(max + 1).count() <= max {
        return Ok(());
    }
    Err(Diagnostic::error("text-too-long", crate::t!("text-too-long", max = max))
        .with_path(path)
        .with_span(file, span.start..span.start)
        .with_hint(crate::t!("text-too-long.hint")))
}

/// Refuses a document whose inline markup, counted up to the field at
/// `path`, passes [`crate::limits::INLINE_MAX_SPANS`]: every piece is a
/// styled element for Typst, and their memory adds up.
fn check_inline_spans(
    file: &Arc<SourceFile>,
    path: &str,
    span: &Range<usize>,
    spans: usize,
) -> Result<(), Diagnostic> {
    let max = crate::limits::INLINE_MAX_SPANS;
    if spans <= max {
        return Ok(());
    }
    Err(Diagnostic::error("inline-too-many", crate::t!("inline-too-many", max = max))
        .with_path(path)
        .with_span(file, span.start..span.start)
        .with_hint(crate::t!("inline-too-many.hint")))
}

/// Refuses text whose inline markup (`**`, `*`, `^[…]`) nests deeper than
/// [`crate::limits::INLINE_MAX_DEPTH`]: the markup is laid out by recursion.
fn check_inline_depth(
    file: &Arc<SourceFile>,
    path: &str,
    span: &Range<usize>,
    s: &str,
) -> Result<(), Diagnostic> {
    let Err(deep) = crate::template::escape::check_depth(s) else { return Ok(()) };
    let max = crate::limits::INLINE_MAX_DEPTH;
    // Point at the marker when the YAML holds the text as it is.
    let span = if file.text.get(span.clone()) == Some(s) {
        span.start + deep.at..span.start + deep.at + 1
    } else {
        span.clone()
    };
    Err(Diagnostic::error("inline-too-deep", crate::t!("inline-too-deep", depth = deep.depth, max = max))
        .with_path(path)
        .with_span(file, span)
        .with_hint(crate::t!("inline-too-deep.hint", max = max)))
}

/// The first must-fill placeholder (`<<TÊN CƠ QUAN>>`) in the string `s`
/// of the field at `path`, whose YAML occupies `span`: an error, since a
/// placeholder must never reach a signed document.
pub fn placeholder_in(
    file: &Arc<SourceFile>,
    path: &str,
    span: &Range<usize>,
    s: &str,
) -> Option<Diagnostic> {
    let start = s.find("<<")?;
    let len = s[start..].find(">>").filter(|&len| len > 2)?;
    let placeholder = &s[start..start + len + 2];
    let raw = &file.text[span.clone()];
    let span =
        raw.find(placeholder).map_or(span.clone(), |o| span.start + o..span.start + o + placeholder.len());
    Some(
        Diagnostic::error("placeholder", crate::t!("placeholder-unfilled", placeholder = placeholder))
            .with_path(path)
            .with_span(file, span)
            .with_hint(crate::t!("placeholder-unfilled.hint")),
    )
}

/// All citable documents by id: căn cứ (and their groups) and references.
fn citations(tree: &Node, file: &Arc<SourceFile>) -> Result<HashMap<String, Citation>, Diagnostics> {
    let mut out = HashMap::new();
    let mut errors = Diagnostics::default();
    let mut add = |c: Citation, path: String, errors: &mut Diagnostics| {
        if let Some(id) = c.id.clone()
            && out.insert(id.clone(), c).is_some()
        {
            let d = Diagnostic::error("duplicate-id", crate::t!("expr-duplicate-id", id = id.as_str()))
                .with_hint(crate::t!("expr-duplicate-id.hint"));
            errors.push(locate(tree, file, d.with_path(format!("{path}.id")), &format!("{path}.id")));
        }
    };
    if let Some(bases) = tree.get("bases") {
        let bases: Vec<Basis> =
            de::from_node_all(bases, "bases", &file.text, crate::limits::MAX_FIELD_ERRORS)
                .map_err(|es| deserialize_errors(tree, file, es))?;
        for (i, b) in bases.iter().enumerate() {
            if let Some(c) = b.citation() {
                add(c, format!("bases[{i}]"), &mut errors);
            }
            for (j, c) in b.group.iter().enumerate() {
                add(c.clone(), format!("bases[{i}].group[{j}]"), &mut errors);
            }
        }
    }
    if let Some(refs) = tree.get("references") {
        let refs: Vec<Citation> =
            de::from_node_all(refs, "references", &file.text, crate::limits::MAX_FIELD_ERRORS)
                .map_err(|es| deserialize_errors(tree, file, es))?;
        for (i, c) in refs.into_iter().enumerate() {
            add(c, format!("references[{i}]"), &mut errors);
        }
    }
    // `{{ cite(…) }}` prints dates in the document's style too.
    if let Some(node) = tree.get("citation_dates") {
        let style: crate::model::DateStyle =
            de::from_node(node, "citation_dates", &file.text).map_err(|e| deserialize_error(file, e))?;
        for c in out.values_mut() {
            c.date_style.get_or_insert(style);
        }
    }
    if errors.has_errors() { Err(errors) } else { Ok(out) }
}

/// The cited documents of a loaded document by id.
fn citation_map(doc: &Document) -> HashMap<String, Citation> {
    doc.bases()
        .iter()
        .flat_map(Basis::citations)
        .chain(doc.references().iter().cloned())
        .filter_map(|c| Some((c.id.clone()?, c)))
        .collect()
}

/// Every mistake found reading the model, as diagnostics.
fn deserialize_errors(tree: &Node, file: &Arc<SourceFile>, es: Vec<de::Error>) -> Diagnostics {
    // A misspelled field is also a missing one: said once, as the misspelling.
    let misspelt = |parent: &Option<String>, field: &str| {
        es.iter().any(|e| match &e.kind {
            de::ErrorKind::UnknownField { field: wrong, expected } => {
                e.path.as_deref().map(|p| p.rsplit_once('.').map_or("", |(parent, _)| parent))
                    == Some(parent.as_deref().unwrap_or(""))
                    && vietnamese_field(wrong, expected).or_else(|| suggest(wrong, expected)) == Some(field)
            }
            _ => false,
        })
    };
    let kept: Vec<&de::Error> = es
        .iter()
        .filter(|e| !matches!(&e.kind, de::ErrorKind::MissingField { field } if misspelt(&e.path, field)))
        .collect();
    let ds: Vec<Diagnostic> = kept.into_iter().flat_map(|e| deserialize_error(file, e.clone())).collect();
    let mut ds = explain_by_shape(tree, file, ds);
    // The reading stopped at the budget of field errors: say that more
    // may follow, rather than let them go unsaid.
    if es.len() >= crate::limits::MAX_FIELD_ERRORS {
        let max = crate::limits::MAX_FIELD_ERRORS;
        ds.push(
            Diagnostic::error("wrong-type", crate::t!("field-errors-more", max = max))
                .with_hint(crate::t!("field-errors-more.hint"))
                .with_file(file),
        );
    }
    Diagnostics(ds)
}

/// Field paths from the root down to `path`: `a`, `a[1]`, `a[1].b`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.char_indices().filter(|&(_, c)| c == '.' || c == '[').map(|(i, _)| &path[..i]).chain([path])
}

/// Errors whose cause is the way YAML read a line, said as that cause: a
/// list item holding `: ` or starting with `- ` (read as a mapping or a
/// list), a flow list split at a comma inside an item.
fn explain_by_shape(tree: &Node, file: &Arc<SourceFile>, ds: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let text = &file.text;
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut explained: Vec<String> = Vec::new();
    for mut d in ds {
        let path = d.path.clone().unwrap_or_default();
        if explained.iter().any(|p| ancestors(&path).any(|a| a == p)) {
            continue;
        }
        let item = ancestors(&path).filter(|a| a.ends_with(']')).last().map(str::to_string);
        let shape = item.as_deref().and_then(|at| {
            let (node, _, true) = tree.locate(at) else { return None };
            let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
            match &node.value {
                tree::Value::Map(entries) if entries.len() == 1 => {
                    let e = &entries[0];
                    let written_as_item = text[..e.key_span.start].trim_end_matches(' ').ends_with('-');
                    let not_a_field = e.key.contains(' ') || !e.key.is_ascii();
                    (written_as_item && not_a_field).then(|| {
                        let shown = text[e.key_span.start..line_end(e.key_span.start)].trim_end();
                        (
                            e.key_span.start..e.key_span.end,
                            crate::t!("list-item-colon", key = e.key.as_str()),
                            crate::t!("list-item-colon.hint", item = shown),
                        )
                    })
                }
                tree::Value::Seq(items) if text[node.span.start..].starts_with("- ") && !items.is_empty() => {
                    let shown = text[node.span.start..line_end(node.span.start)].trim_end();
                    Some((
                        node.span.start..node.span.start + 1,
                        crate::t!("list-item-dash"),
                        crate::t!("list-item-dash.hint", item = shown),
                    ))
                }
                _ => None,
            }
        });
        if let (Some(at), Some((span, message, hint))) = (item, shape) {
            d = Diagnostic::error("list-item", message)
                .with_path(at.as_str())
                .with_span(file, span)
                .with_hint(hint);
            explained.push(at);
            out.push(d);
            continue;
        }
        // `[KT. Bộ trưởng, Chủ nhiệm]`: the comma made two items, one of
        // the wrong form (a misspelled value keeps its "did you mean").
        let flow = ancestors(&path).filter(|_| d.code == "wrong-type").find_map(|at| {
            let (node, _, true) = tree.locate(at) else { return None };
            let tree::Value::Seq(items) = &node.value else { return None };
            let texts: Vec<&str> = items.iter().filter_map(Node::as_str).collect();
            (text[node.span.start..].starts_with('[') && items.len() >= 2 && texts.len() == items.len())
                .then_some(texts)
        });
        if let Some(items) = flow {
            let shown: Vec<String> = items.iter().map(|t| format!("`{t}`")).collect();
            d = d.with_hint(crate::t!(
                "flow-list-split",
                count = items.len(),
                items = shown.join(", "),
                joined = items.join(", ")
            ));
        }
        out.push(d);
    }
    out
}

/// Turns a located serde error into a diagnostic with a helpful hint.
fn deserialize_error(file: &Arc<SourceFile>, e: de::Error) -> Diagnostics {
    let path = e.path.clone().unwrap_or_default();
    let (code, message, hint) = match &e.kind {
        de::ErrorKind::MissingField { field } => {
            let full = tree::join_key(&path, field);
            let hint = if path.is_empty() {
                crate::t!("missing-field-top.hint", field = *field)
            } else {
                crate::t!("missing-field.hint", field = *field, path = path.as_str())
            };
            ("missing-field", crate::t!("missing-field", field = full), Some(hint))
        }
        de::ErrorKind::UnknownField { field, expected } => {
            let hint = match vietnamese_field(field, expected) {
                Some(en) => crate::t!("unknown-field-vietnamese", field = field.as_str(), en = en),
                None => suggestion_hint(field, expected),
            };
            ("unknown-field", crate::t!("unknown-field", field = field.as_str()), Some(hint))
        }
        de::ErrorKind::UnknownVariant { variant, expected } => {
            let hint = suggestion_hint(variant, expected);
            ("unknown-value", crate::t!("unknown-value", value = variant.as_str()), Some(hint))
        }
        // A ký hiệu part left empty (`abbr:` with nothing after it).
        de::ErrorKind::Invalid { null: true, .. } if path == "issuer.abbr" => {
            ("wrong-type", crate::t!("issuer-abbr-empty"), Some(crate::t!("issuer-abbr-empty.hint")))
        }
        de::ErrorKind::Invalid { message, hint, .. } => {
            ("wrong-type", message.clone(), Some(wrong_type_hint(hint)))
        }
    };
    let path = match &e.kind {
        de::ErrorKind::MissingField { field } => tree::join_key(&path, field),
        _ => path,
    };
    let mut d = Diagnostic::error(code, message).with_path(path);
    if let Some(h) = hint {
        d = d.with_hint(h);
    }
    match e.span {
        Some(span) => d.with_span(file, span).into(),
        None => d.with_file(file).into(),
    }
}

/// Vietnamese names of fields, each with the field it names (where that
/// field exists: `chức vụ` is the signer's `title`). One table for every
/// suggestion; a name is matched in any case, with or without marks.
pub const VIETNAMESE_FIELDS: &[(&str, &str)] = &[
    ("loại", "type"),
    ("loại văn bản", "type"),
    ("cơ quan", "issuer"),
    ("cơ quan ban hành", "issuer"),
    ("cơ quan chủ quản", "parent"),
    ("tên cơ quan", "name"),
    ("tên viết tắt", "abbr"),
    ("viết tắt", "abbr"),
    ("số", "number"),
    ("số văn bản", "number"),
    ("địa danh", "place"),
    ("ngày", "date"),
    ("ngày ban hành", "date"),
    ("năm", "year"),
    ("trích yếu", "title"),
    ("tiêu đề", "title"),
    ("về việc", "title"),
    ("v/v", "title"),
    ("đơn vị", "unit"),
    ("đơn vị soạn thảo", "unit"),
    ("căn cứ", "bases"),
    ("tham chiếu", "references"),
    ("kính gửi", "to"),
    ("nội dung", "content"),
    ("nơi nhận", "recipients"),
    ("lưu", "archive"),
    ("người ký", "signer"),
    ("quyền hạn", "authority"),
    ("thẩm quyền", "authority"),
    ("chức vụ", "title"),
    ("họ tên", "name"),
    ("họ và tên", "name"),
    ("tên", "name"),
    ("chữ ký", "signature"),
    ("con dấu", "seal"),
    ("dấu", "seal"),
    ("phụ lục", "appendices"),
    ("độ mật", "secrecy"),
    ("độ khẩn", "urgency"),
    ("mức độ khẩn", "urgency"),
    ("mục đích", "purposes"),
    ("yêu cầu", "requirements"),
    ("dự án", "projects"),
    ("kinh phí", "funding"),
];

/// The field a Vietnamese field name stands for, among those `expected`.
fn vietnamese_field(name: &str, expected: &[&'static str]) -> Option<&'static str> {
    let name = crate::vn::text::fold(name);
    VIETNAMESE_FIELDS
        .iter()
        .find(|(vi, en)| crate::vn::text::fold(vi) == name && expected.contains(en))
        .map(|(_, en)| *en)
}

/// What to write instead of a value of the wrong type: the `.hint` of the
/// catalogue message `id` names the kind of mistake (`date-format`), the
/// general one where that kind has none.
fn wrong_type_hint(id: &str) -> String {
    let id = format!("{id}.hint");
    if crate::i18n::has(crate::i18n::lang(), &id) {
        crate::i18n::text(&id, &[])
    } else {
        crate::t!("wrong-type.hint")
    }
}

/// "did you mean `x`?" when a candidate is close to `wrong`, else the list
/// of what is expected.
fn suggestion_hint(wrong: &str, candidates: &[&str]) -> String {
    match suggest(wrong, candidates) {
        Some(s) => crate::t!("load-did-you-mean", name = s),
        None => crate::t!("load-expected-one-of", expected = candidates.join(", ")),
    }
}

/// The closest candidate to a mistyped name, if one is close enough.
pub fn suggest<'a>(wrong: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(wrong, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Checks that need the whole model: references between fields and the
/// shape of each căn cứ.
fn validate(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let citations = &loaded.citations;
    let doc = &loaded.document;

    // Điều copied by a trích sao: a quyết định's, and ones it has.
    if let Some(copy) = doc.copy() {
        let count = match doc {
            Document::QuyetDinh(q) => Some(q.articles.len()),
            Document::NghiQuyet(q) => Some(q.articles.len()),
            Document::ThoaThuan(q) => Some(q.articles.len()),
            _ => None,
        };
        for (i, &n) in copy.articles.iter().enumerate() {
            let problem = match count {
                None => Some(crate::t!("copy-articles-none")),
                Some(count) if n == 0 || n as usize > count => {
                    Some(crate::t!("copy-articles-range", count = count, n = n))
                }
                Some(_) => None,
            };
            if let Some(message) = problem {
                out.push(
                    loaded.at(Diagnostic::error("copy-articles", message), &format!("copy.articles[{i}]")),
                );
            }
        }
    }
    // A form of thousands of blocks is no form (and costs Typst about
    // 100 KB a fill-in line): said at the first block over the limit.
    for (i, form) in doc.forms().iter().enumerate() {
        let max = crate::limits::FORM_MAX_BLOCKS;
        if form.content.len() > max {
            let message = crate::t!("form-too-many-blocks", count = form.content.len(), max = max);
            let d = Diagnostic::error("form-too-many-blocks", message)
                .with_hint(crate::t!("form-too-many-blocks.hint"));
            out.push(loaded.at(d, &format!("forms[{i}].content[{max}]")));
        }
    }
    let ids: Vec<&str> = citations.keys().map(String::as_str).collect();

    for (i, b) in doc.bases().iter().enumerate() {
        let path = format!("bases[{i}]");
        let forms = [b.kind.is_some(), !b.group.is_empty(), b.text.is_some()];
        if forms.iter().filter(|f| **f).count() != 1 {
            out.push(loaded.at(Diagnostic::error("basis-form", crate::t!("basis-form")), &path));
        }
        if let Some(first) = b.group.first() {
            for (j, c) in b.group.iter().enumerate().skip(1) {
                if c.kind != first.kind || c.issuer != first.issuer {
                    out.push(
                        loaded.at(
                            Diagnostic::error(
                                "basis-group",
                                crate::t!(
                                    "basis-group",
                                    kind = first.kind.to_string(),
                                    issuer = first.issuer.as_deref().unwrap_or("…")
                                ),
                            )
                            .with_hint(crate::t!("basis-group.hint")),
                            &format!("{path}.group[{j}]"),
                        ),
                    );
                }
            }
        }
    }

    for (path, block) in doc.blocks() {
        if let crate::model::Block::Table(t) = block
            && let Err(errors) = crate::model::table::resolve(&t.table)
        {
            for e in errors {
                out.push(
                    loaded.at(Diagnostic::error("table", e.message), &format!("{path}.table.{}", e.path)),
                );
            }
        }
    }

    if let Document::KeHoach(plan) = doc {
        let check_project = |p: &crate::model::Project, path: &str, out: &mut Vec<Diagnostic>| {
            if let Some(f) = &p.funding {
                for (k, id) in f.under.iter().enumerate() {
                    if !citations.contains_key(id) {
                        out.push(undefined_id(loaded, id, &ids, &format!("{path}.funding.under[{k}]")));
                    }
                }
            }
        };
        for (i, p) in plan.projects.iter().enumerate() {
            let path = format!("projects[{i}]");
            check_project(p, &path, &mut out);
            for (j, s) in p.subprojects.iter().enumerate() {
                check_project(s, &format!("{path}.subprojects[{j}]"), &mut out);
            }
        }
    }
    out
}

fn undefined_id(loaded: &Loaded, id: &str, ids: &[&str], path: &str) -> Diagnostic {
    let d = Diagnostic::error("undefined-id", crate::t!("undefined-id", id = id));
    let d = match suggest(id, ids) {
        Some(s) => d.with_hint(crate::t!("load-did-you-mean", name = s)),
        None => d.with_hint(crate::t!("undefined-id.hint")),
    };
    loaded.at(d, path)
}
