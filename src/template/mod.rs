//! Stage 3: model → Typst source, through the minijinja templates in
//! `templates/`.
//!
//! Escaping is by construction: templates named `*.typ.j2` auto-escape with a
//! Typst formatter ([`escape`]), the `safe` filter is removed, and the Rust
//! helpers below return plain text, so there is no way for a value to reach
//! Typst except as escaped markup. Templates only ever print values in markup
//! position (inside `[…]` or on a markup line), never inside Typst code.

pub mod escape;

use std::collections::HashMap;
use std::sync::OnceLock;

use minijinja::value::{Serde, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::Serialize;

use crate::model::table::{self, Table};
use crate::model::{
    Assignment, BasesEnd, Basis, Citation, Date, Document, Drafter, Funding, OneOrMany, Recipient, Task,
};
use crate::vn;

/// The Typst layout library: every NĐ30 size, margin and rule.
pub const LAYOUT_LIBRARY: &str = include_str!("../../templates/nd30.typ");
/// The file name under which generated documents import the library.
pub const LAYOUT_LIBRARY_NAME: &str = "vanban-nd30.typ";
/// The NĐ30 numbers the library reads (`crate::nd30` reads them too).
pub const LAYOUT_DATA: &str = crate::nd30::SOURCE;
/// The file name of the numbers beside the library.
pub const LAYOUT_DATA_NAME: &str = "vanban-nd30.toml";

/// The templates, embedded so the binary needs nothing beside it.
const TEMPLATES: &[(&str, &str)] = &[
    ("parts.typ.j2", include_str!("../../templates/parts.typ.j2")),
    ("ke-hoach-body.typ.j2", include_str!("../../templates/ke-hoach-body.typ.j2")),
    ("ke-hoach.typ.j2", include_str!("../../templates/ke-hoach.typ.j2")),
    ("articles.typ.j2", include_str!("../../templates/articles.typ.j2")),
    ("quyet-dinh.typ.j2", include_str!("../../templates/quyet-dinh.typ.j2")),
    ("bao-cao.typ.j2", include_str!("../../templates/bao-cao.typ.j2")),
    ("cong-van.typ.j2", include_str!("../../templates/cong-van.typ.j2")),
    ("to-trinh.typ.j2", include_str!("../../templates/to-trinh.typ.j2")),
    ("thong-bao.typ.j2", include_str!("../../templates/thong-bao.typ.j2")),
    ("giay-moi.typ.j2", include_str!("../../templates/giay-moi.typ.j2")),
    ("van-ban.typ.j2", include_str!("../../templates/van-ban.typ.j2")),
    ("giay-gioi-thieu.typ.j2", include_str!("../../templates/giay-gioi-thieu.typ.j2")),
    ("bien-ban.typ.j2", include_str!("../../templates/bien-ban.typ.j2")),
    ("nghi-quyet.typ.j2", include_str!("../../templates/nghi-quyet.typ.j2")),
    ("cong-dien.typ.j2", include_str!("../../templates/cong-dien.typ.j2")),
    ("giay-nghi-phep.typ.j2", include_str!("../../templates/giay-nghi-phep.typ.j2")),
    ("hop-dong.typ.j2", include_str!("../../templates/hop-dong.typ.j2")),
    ("thu-cong.typ.j2", include_str!("../../templates/thu-cong.typ.j2")),
    ("trich-sao.typ.j2", include_str!("../../templates/trich-sao.typ.j2")),
    ("phu-luc-file.typ.j2", include_str!("../../templates/phu-luc-file.typ.j2")),
    ("mau-file.typ.j2", include_str!("../../templates/mau-file.typ.j2")),
];

/// What a template needs besides the document.
#[derive(Debug, Clone, Serialize)]
pub struct RenderOptions {
    /// The font family the document is set in.
    pub font: String,
    /// Shown in the generated file's first comment line.
    pub source_name: String,
    /// `DỰ THẢO` across every page (a review copy).
    pub draft_watermark: bool,
    /// Draw the signer's signature and seal images, if the document has them.
    pub images: bool,
    /// Attach this file (the YAML, by its name in the document's folder)
    /// to the PDF as its source.
    pub attach_source: Option<String>,
    /// With the source, the files it draws from (signature and seal images,
    /// the Kế hoạch a quyết định issues), by their paths relative to the
    /// document's folder, so the PDF alone can rebuild itself.
    pub attach_files: Vec<AttachedFile>,
    /// Print the document as a certified copy.
    pub copy: Option<CopyView>,
    /// Which phụ lục to print: `all`, `none`, or `one` (`appendix_file`).
    pub appendices: &'static str,
    /// The phụ lục (1-based) printed alone, as a file of its own.
    pub appendix_file: Option<usize>,
    /// The form (1-based, the document's own first, then its attachment's)
    /// printed alone, as a blank form of its own.
    pub form_file: Option<usize>,
}

/// A file the source YAML refers to, attached beside it.
#[derive(Debug, Clone, Serialize)]
pub struct AttachedFile {
    /// Relative to the document's folder, as written in the YAML.
    pub path: String,
    pub mime: &'static str,
}

/// A certified copy, as the templates print it.
#[derive(Debug, Clone, Serialize)]
pub struct CopyView {
    /// `sao-y`, `sao-luc`, `trich-sao`.
    pub kind: &'static str,
    /// `SAO Y`.
    pub label: &'static str,
    /// `SY`.
    pub abbr: &'static str,
    /// An electronic copy: the stamp text of ô 14 instead of the copy block.
    pub electronic: bool,
    /// `SAO Y; Ủy ban nhân dân xã Ngọc Liên; 25/11/2026; 14:30:05 +07:00`.
    pub stamp: Option<String>,
}

/// The shared template environment, built once per process.
pub fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| build_environment().expect("embedded templates are valid"))
}

fn build_environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".typ.j2") { AutoEscape::Custom("typst".into()) } else { AutoEscape::None }
    });
    env.set_formatter(typst_formatter);
    // No way around the formatter: a value cannot be marked safe by a template.
    env.remove_filter("safe");

    env.add_filter("upper", |s: &str| vn::text::upper(s));
    // A công điện's sender without the `điện:` the layout prints after it.
    env.add_filter("dien_sender", |s: &str| crate::model::dien_sender_stem(s).to_string());
    env.add_filter("roman", |n: u32| vn::number::roman(n));
    // A phụ lục's `(Kèm theo …)` line as written, with or without its parentheses.
    env.add_filter("trim_parens", |s: String| {
        let t = s.trim();
        t.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(t).trim().to_string()
    });
    env.add_filter("letter", |n: usize| vn::number::letter(n));
    env.add_filter("end_mark", |s: &str| vn::text::with_end_mark(s));
    env.add_filter("sentence", |s: &str| vn::text::sentence(s));
    // The words of a stamp (ô 10a, 10b, 11) from its key; our constants.
    env.add_filter("stamp_label", |key: &str| -> Result<Value, Error> {
        crate::model::stamp_label(key)
            .map(|l| Value::from_safe_string(escape::string_literal(l)))
            .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("`{key}` is not a stamp")))
    });
    env.add_function("so_line", |number: Option<u32>, ky_hieu: &str| vn::ky_hieu::so_line(number, ky_hieu));
    // The blank left for the văn thư: our constant, not user text.
    env.add_global("blank", vn::date::BLANK);
    // A số as vanban writes it (`05`), or as an issued document printed it (`0204`).
    env.add_filter("so_number", |n: Value| match n.as_str() {
        Some(printed) => printed.to_string(),
        None => vn::ky_hieu::number_text(u32::try_from(n).unwrap_or_default()),
    });
    env.add_function("date_parts", |date: Option<Serde<Date>>, year: i32| {
        let parts = vn::date::parts(date.map(|d| d.0.0), year);
        minijinja::context! { day => parts.day, month => parts.month, year => parts.year }
    });
    env.add_function("long_date", |date: Serde<Date>| vn::date::long(date.0.0));
    // `05 ngày`: the calendar days from one date to another, both counted.
    env.add_function("days_between", |from: Serde<Date>, until: Serde<Date>| {
        let days = (until.0.0 - from.0.0).num_days() + 1;
        format!("{days:02} ngày")
    });
    // `14 giờ 00 phút, ngày 16 tháng 3 năm 2026`: a moment, its day taken
    // from `day` when it has none of its own, else left blank as ô 4 is.
    env.add_function("moment", |m: Serde<crate::model::Moment>, day: Option<Serde<Date>>, year: i32| {
        let day = vn::date::place_and_date("", m.date.or(day.map(|d| d.0)).map(|d| d.0), year);
        format!("{}{day}", m.time.words())
    });
    env.add_function("place_and_date", |place: &str, date: Option<Serde<Date>>, year: i32| {
        vn::date::place_and_date(place, date.map(|d| d.0.0), year)
    });
    env.add_function(
        "basis_lines",
        |bases: Serde<Vec<Basis>>, extra: Option<Vec<String>>, end: Option<Serde<BasesEnd>>| {
            let lines: Vec<String> =
                bases.iter().map(vn::cite::basis_line).chain(extra.unwrap_or_default()).collect();
            vn::text::punctuate(&lines, ";", end.map_or(".", |e| e.0.mark()))
        },
    );
    env.add_function("name_options", |lines: Vec<String>| vn::name::line_options(&lines));
    env.add_function("punctuate", |items: Vec<String>, middle: &str, last: &str| {
        vn::text::punctuate(&items, middle, last)
    });
    env.add_function("assignments", |list: Serde<OneOrMany<Assignment>>| vn::phrase::assignments(&list.0.0));
    env.add_function("funding", funding);
    env.add_function("task_lines", |tasks: Serde<Vec<Task>>| task_lines(&tasks));
    env.add_filter("typst_str", |s: &str| Value::from_safe_string(escape::string_literal(s)));
    env.add_function(
        "recipient_lines",
        |recipients: Serde<Vec<Recipient>>, archive: Vec<String>, first: Option<String>| {
            recipient_lines(&recipients, &archive, first.as_deref())
        },
    );
    env.add_function("drafter_line", |d: Serde<Drafter>| d.line());
    env.add_function("kinh_gui_lines", |to: Serde<Vec<Recipient>>| kinh_gui_lines(&to));
    env.add_function("outline_label", outline_label);
    env.add_function("given_label", given_label);
    env.add_function("next_style", |style: &str| next_style(style).to_string());
    env.add_function("form_table", |t: Serde<crate::model::form::FormTable>| Value::from(Serde(t.table())));
    // A fill-in label ends with its colon (`Họ và tên:`), added when not
    // typed; an empty one is a line of dots (the field's second line).
    env.add_filter("field_label", |s: &str| {
        let s = s.trim_end();
        if s.is_empty() || s.ends_with([':', '.', '?']) { s.to_string() } else { format!("{s}:") }
    });
    env.add_function("typed_label", |text: Option<String>| {
        typed_article_label(text.as_deref().unwrap_or("")).map(|(label, rest)| vec![label, rest])
    });
    env.add_function("child_style", |explicit: Option<String>, deeper: Vec<String>, default: String| {
        child_style(explicit.as_deref(), &deeper, &default)
    });
    env.add_function("table_view", |t: Serde<Table>| {
        table::resolve(&t).map(|v| Value::from(Serde(v))).map_err(|errors| {
            let first = errors.first().map_or(String::new(), |e| format!("{}: {}", e.path, e.message));
            Error::new(ErrorKind::InvalidOperation, format!("invalid table ({first})"))
        })
    });
    // The only values printed in Typst code position: integers, table track
    // sizes and alignments, each checked here and refused otherwise.
    env.add_filter("int", |v: Value| -> Result<Value, Error> {
        match i64::try_from(v.clone()) {
            Ok(n) if n >= 0 => Ok(Value::from_safe_string(n.to_string())),
            _ => Err(Error::new(ErrorKind::InvalidOperation, format!("`{v}` is not a count"))),
        }
    });
    env.add_filter("mm", |v: Serde<crate::model::Millimetres>| Value::from_safe_string(v.0.to_string()));
    env.add_filter("track", |s: &str| -> Result<Value, Error> {
        table::track_size(s)
            .map(Value::from_safe_string)
            .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("`{s}` is not a track size")))
    });
    // Prefixes of signing-field names: the copy block's fields are `copy-…`.
    env.add_filter("fields", |s: &str| -> Result<Value, Error> {
        match s {
            "" | "copy-" => Ok(Value::from_safe_string(s.to_string())),
            _ => Err(Error::new(ErrorKind::InvalidOperation, format!("`{s}` is not a field prefix"))),
        }
    });
    env.add_filter("ident", |s: &str| -> Result<Value, Error> {
        match s {
            "left" | "center" | "right" => Ok(Value::from_safe_string(s.to_string())),
            _ => Err(Error::new(ErrorKind::InvalidOperation, format!("`{s}` is not an alignment"))),
        }
    });

    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// The escaping formatter: user text becomes markup that prints literally
/// (see [`escape`]); output of macros and of the formatter itself passes.
fn typst_formatter(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    if !matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "typst") {
        return write!(out, "{value}").map_err(|_| Error::from(ErrorKind::WriteFailure));
    }
    let text = match value.kind() {
        _ if value.is_safe() => value.to_string(),
        ValueKind::String => escape::markup(value.as_str().unwrap_or_default()),
        ValueKind::Number => escape::escape(&value.to_string()),
        ValueKind::Undefined | ValueKind::None => {
            return Err(Error::new(ErrorKind::InvalidOperation, crate::t!("template-missing-value")));
        }
        other => {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                crate::t!("template-printed-kind", kind = other.to_string()),
            ));
        }
    };
    out.write_str(&text).map_err(|_| Error::from(ErrorKind::WriteFailure))
}

/// Kinh phí sentence; `citations` are the document's cited documents by id.
fn funding(f: Serde<Funding>, citations: Serde<HashMap<String, Citation>>) -> String {
    let cited: Vec<&Citation> = f.under.iter().filter_map(|id| citations.get(id)).collect();
    vn::phrase::funding(&f, &cited)
}

/// Nhiệm vụ lines: `Nhiệm vụ 9: …;`, the last ending in `.`.
pub fn task_lines(tasks: &[Task]) -> Vec<String> {
    let lines: Vec<String> = tasks
        .iter()
        .map(|t| match &t.number {
            Some(n) => format!("Nhiệm vụ {n}: {}", t.content.trim()),
            None => t.content.trim().to_string(),
        })
        .collect();
    vn::text::punctuate(&lines, ";", ".")
}

/// Nơi nhận: `- Sở … (để b/c);` lines, then `- Lưu: VT, …`, punctuated;
/// `first` (`Như trên`, `Như Điều 3`) opens the list, unless the user
/// already lists it (most offices type `- Như trên;` by habit): then the
/// user's line is the one kept, where the user put it.
pub fn recipient_lines(recipients: &[Recipient], archive: &[String], first: Option<&str>) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let key = |s: &str| vn::text::strip_end_punctuation(s.trim()).nfc().collect::<String>().to_lowercase();
    let first = first.filter(|f| !recipients.iter().any(|r| key(&r.to) == key(f)));
    let mut lines: Vec<String> = first.map(|f| format!("- {f}")).into_iter().collect();
    // A `Lưu:` line typed among them is the one `archive` makes (a warning
    // says so): printed once.
    let recipients = recipients.iter().filter(|r| archive_in_recipients(&r.to).is_none());
    lines.extend(recipients.map(|r| match &r.purpose {
        Some(p) => format!("- {} ({})", vn::text::strip_end_punctuation(&r.to), p),
        None => format!("- {}", r.to),
    }));
    lines.push(format!("- Lưu: {}", archive.join(", ")));
    vn::text::punctuate(&lines, ";", ".")
}

/// The parts of a `Lưu: VT, VP` line typed as a recipient.
pub fn archive_in_recipients(line: &str) -> Option<Vec<String>> {
    let line = vn::text::strip_end_punctuation(line.trim());
    let rest = line.strip_prefix("Lưu:").or_else(|| line.strip_prefix("lưu:"))?;
    Some(rest.split(',').map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect())
}

/// Kính gửi lines: one recipient as it is (ending `.`), several as `- …;`
/// lines, the last ending `.`.
pub fn kinh_gui_lines(to: &[Recipient]) -> Vec<String> {
    let names: Vec<String> = to.iter().map(|r| r.to.trim().to_string()).collect();
    match names.as_slice() {
        [one] => vec![vn::text::sentence(one)],
        _ => vn::text::punctuate(&names.iter().map(|n| format!("- {n}")).collect::<Vec<_>>(), ";", "."),
    }
}

/// The label of the `index`-th (1-based) section numbered in `style`, under
/// a section labelled `parent`: `I.`, `1.`, `1.1.`, `a)`, `(i)`, `-`, `+`.
pub fn outline_label(style: &str, index: usize, parent: &str) -> String {
    match style {
        "Phần" | "Chương" => format!("{style} {}", vn::number::roman(index as u32)),
        "Mục" | "Tiểu mục" => format!("{style} {index}"),
        "Điều" => format!("Điều {index}."),
        "A." => format!("{}.", vn::text::upper(&vn::number::letter(index))),
        "I." => format!("{}.", vn::number::roman(index as u32)),
        "1." => format!("{index}."),
        "1.1." => format!("{}.{index}.", parent.trim_end_matches('.')),
        "a)" => format!("{})", vn::number::letter(index)),
        "(i)" => format!("({})", vn::number::roman(index as u32).to_lowercase()),
        "-" | "+" => style.to_string(),
        _ => String::new(),
    }
}

/// The label of a section numbered by hand: `3.2` → `3.2.`, `IV` → `IV.`;
/// a number that ends with its own mark (`(ii)`, `b)`, `5.`) stays as it is;
/// in a part style, `II` → `Phần II`.
pub fn given_label(number: &str, style: &str) -> String {
    let number = number.trim();
    if matches!(style, "Phần" | "Chương" | "Mục" | "Tiểu mục") {
        format!("{style} {number}")
    } else if style == "Điều" {
        format!("Điều {}.", number.trim_end_matches('.'))
    } else if number.ends_with(['.', ')']) {
        number.to_string()
    } else {
        format!("{number}.")
    }
}

/// The default numbering of sub-sections under sections numbered `style`.
pub fn next_style(style: &str) -> &'static str {
    match style {
        "Phần" => "I.",
        "Chương" => "Mục",
        "Mục" | "Tiểu mục" => "1.",
        "Điều" => "1.",
        "A." => "I.",
        "I." => "1.",
        "1." => "1.1.",
        "1.1." => "a)",
        "a)" => "-",
        "(i)" => "-",
        "-" => "+",
        _ => "+",
    }
}

/// A Điều's label typed at the start of its title or text, as some offices
/// type it: `Điều 1: Phạm vi điều chỉnh` → (`Điều 1:`, `Phạm vi điều
/// chỉnh`); `Điều 1.` too. Printed as written, in place of vanban's own
/// label (the `article-colon` rule warns of the colon).
pub fn typed_article_label(text: &str) -> Option<(String, String)> {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^\s*(Điều\s+\d+\s*[.:])(?:\s+|$)").expect("valid regex"));
    let c = re.captures(text)?;
    let whole = c.get(0)?;
    Some((c[1].to_string(), text[whole.end()..].to_string()))
}

/// The numbering of a section's sub-sections, and of the levels below
/// them: the section's own `numbering` (`explicit`), else the next of the
/// levels the document lists (`deeper`), else `default`. After an explicit
/// style that the list names, the list goes on from there (a Chương
/// numbered `Điều` in a text of `[Chương, Mục, Điều]`).
pub fn child_style(explicit: Option<&str>, deeper: &[String], default: &str) -> Vec<String> {
    match explicit {
        Some(style) => {
            let rest = deeper.iter().position(|d| d == style).map_or(&[][..], |i| &deeper[i + 1..]);
            std::iter::once(style.to_string()).chain(rest.iter().cloned()).collect()
        }
        None if !deeper.is_empty() => deeper.to_vec(),
        None => vec![default.to_string()],
    }
}

/// `(Kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 4 năm 2026 của Ủy ban
/// nhân dân xã Ngọc Liên)`: the line under a phụ lục's title; blanks where
/// số and ngày are not known yet. `lead` is `Kèm theo` or `Ban hành kèm
/// theo`; `of` names who issued it (the issuer by default).
pub fn attached_line(doc: &Document, lead: &str, of: Option<&str>) -> String {
    let ky_hieu = doc.ky_hieu();
    let number = match (doc.number_as_issued(), doc.number()) {
        (Some(printed), _) => format!("{printed}/{ky_hieu}"),
        (None, Some(n)) => format!("{n:02}/{ky_hieu}"),
        (None, None) => format!("{}/{ky_hieu}", vn::date::BLANK),
    };
    let date = match doc.date() {
        Some(d) => vn::date::long(d.0),
        None => format!("ngày{0}tháng{0}năm {1}", vn::date::BLANK, doc.year()),
    };
    let by = of.map_or_else(|| doc.issuer().name.0.join(" "), str::to_string);
    format!("({lead} {} số {number} {date} của {by})", doc.ten_loai())
}

/// Renders a document to Typst source.
pub fn render(
    document: &Document,
    citations: &HashMap<String, Citation>,
    options: &RenderOptions,
    attachment: Option<(&Document, &HashMap<String, Citation>)>,
) -> Result<String, Error> {
    let env = environment();
    let name = match &options.copy {
        _ if options.form_file.is_some() => "mau-file.typ.j2",
        _ if options.appendix_file.is_some() => "phu-luc-file.typ.j2",
        Some(c) if c.kind == "trich-sao" => "trich-sao.typ.j2",
        _ => document.doc_type().template(),
    };
    let template = env.get_template(name)?;
    // Who issues it, for `(Kèm theo … của …)`: a quyết định is the act of its authority.
    let by = match document {
        Document::QuyetDinh(q) => Some(q.authority.as_str()),
        _ => None,
    };
    let source = template.render(minijinja::context! {
        doc => Serde(document),
        ten_loai => document.ten_loai(),
        ky_hieu => document.ky_hieu(),
        citations => Serde(citations),
        options => Serde(options),
        kem_theo => attached_line(document, "Kèm theo", by),
        noi_nhan_lead => document.noi_nhan_lead(),
        ban_hanh_kem_theo => attached_line(document, "Ban hành kèm theo", by),
        enactment => match document {
            Document::QuyetDinh(q) => vn::phrase::enactment(&q.authority, &q.title),
            _ => String::new(),
        },
        attachment => attachment.map(|(d, _)| Value::from(Serde(d))),
        attachment_ten_loai => attachment.map(|(d, _)| d.doc_type().ten_loai()),
        attachment_citations => attachment.map(|(_, c)| Value::from(Serde(c))),
        // Our own constant, not user data: printed as it is.
        version => Value::from_safe_string(env!("CARGO_PKG_VERSION").to_string()),
    })?;
    Ok(tidy_blank_lines(&source))
}

/// At most one blank line between blocks. Blank lines only ever come from
/// the templates (escaped values never contain a line break), and in Typst
/// markup one blank line means the same as several.
fn tidy_blank_lines(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut blank = 0;
    for line in source.lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A template error said for the user: which template and line, in the
/// run's language, then minijinja's own detail (its words are English; they
/// name what the template did, which is what a report needs).
pub fn describe_error(e: &Error) -> String {
    let detail = e.detail().map_or_else(|| e.kind().to_string(), str::to_string);
    let template = e.name().unwrap_or("?");
    match e.line() {
        Some(line) => crate::t!("template-error", template = template, line = line, detail = detail),
        None => crate::t!("template-error-unplaced", template = template, detail = detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(source: &str, ctx: Value) -> Result<String, Error> {
        let mut env = environment().clone();
        env.add_template_owned("test.typ.j2", source.to_string())?;
        env.get_template("test.typ.j2")?.render(ctx)
    }

    #[test]
    fn a_template_error_names_the_template_and_line_in_the_users_language() {
        use crate::i18n::{Lang, with_lang};
        let e = render_str("dòng một\n{{ nothing }}", minijinja::context! {}).unwrap_err();
        let vi = with_lang(Lang::Vi, || describe_error(&e));
        assert!(vi.starts_with("mẫu trình bày test.typ.j2, dòng 2: "), "{vi}");
        let en = with_lang(Lang::En, || describe_error(&e));
        assert!(en.starts_with("template test.typ.j2, line 2: "), "{en}");
        // Our own words inside it follow the language too.
        let e = with_lang(Lang::Vi, || render_str("{{ none }}", minijinja::context! {}).unwrap_err());
        let vi = with_lang(Lang::Vi, || describe_error(&e));
        assert_eq!(vi, "mẫu trình bày test.typ.j2, dòng 1: mẫu trình bày in ra một giá trị không có");
    }

    #[test]
    fn every_document_type_has_its_template_and_skeleton() {
        for t in crate::model::DocType::ALL {
            assert!(
                TEMPLATES.iter().any(|(name, _)| *name == t.template()),
                "{}: no {}",
                t.key(),
                t.template()
            );
            assert!(environment().get_template(t.template()).is_ok(), "{}", t.key());
            let skeleton = t.skeleton();
            assert!(
                skeleton.lines().any(|l| l.starts_with("type: ")),
                "{}: the skeleton has no `type:` line",
                t.key()
            );
            assert!(skeleton.contains("<<"), "{}: the skeleton has nothing to fill in", t.key());
        }
    }

    /// Each skeleton is kept twice, its comments in Vietnamese and in
    /// English: the two copies must say the same YAML, so that they cannot
    /// drift apart (comments aside).
    #[test]
    fn both_languages_of_every_skeleton_hold_the_same_yaml() {
        use crate::i18n::Lang;
        for t in crate::model::DocType::ALL {
            let parse = |lang: Lang| -> serde_json::Value {
                serde_saphyr::from_str(t.skeleton_in(lang))
                    .unwrap_or_else(|e| panic!("{} ({}): {e}", t.key(), lang.code()))
            };
            let (vi, en) = (parse(Lang::Vi), parse(Lang::En));
            assert!(vi.is_object(), "{}: not a mapping", t.key());
            assert_eq!(vi, en, "{}: templates/new/vi and templates/new/en differ", t.key());
            assert_ne!(
                t.skeleton_in(Lang::Vi),
                t.skeleton_in(Lang::En),
                "{}: comments not translated",
                t.key()
            );
        }
    }

    #[test]
    fn every_printed_value_is_escaped() {
        let out = render_str("[{{ x }}]", minijinja::context! { x => "#read(\"/etc/passwd\")" }).unwrap();
        assert_eq!(out, "[\\#read(\\\"\\/etc/passwd\\\")]");
    }

    #[test]
    fn safe_is_not_available() {
        let err = render_str("{{ x|safe }}", minijinja::context! { x => "#x" }).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownFilter);
    }

    #[test]
    fn printing_a_missing_value_fails() {
        assert!(render_str("{{ none }}", minijinja::context! {}).is_err());
        assert!(render_str("{{ x }}", minijinja::context! { x => () }).is_err());
    }

    #[test]
    fn a_typed_dieu_label_is_kept_as_written() {
        let typed = |s: &str| typed_article_label(s);
        assert_eq!(
            typed("Điều 1: Phạm vi điều chỉnh"),
            Some(("Điều 1:".into(), "Phạm vi điều chỉnh".into()))
        );
        assert_eq!(typed("Điều 12. Hiệu lực"), Some(("Điều 12.".into(), "Hiệu lực".into())));
        assert_eq!(typed("Điều 3:"), Some(("Điều 3:".into(), String::new())));
        assert_eq!(typed("Điều 5 Quy chế này quy định …"), None);
        assert_eq!(typed("Theo Điều 1: …"), None);
    }

    #[test]
    fn recipient_lines_end_with_luu() {
        let r = vec![
            Recipient { to: "Sở Dân tộc và Tôn giáo".into(), purpose: Some("để b/c".into()) },
            Recipient { to: "Các thôn;".into(), purpose: None },
        ];
        assert_eq!(
            recipient_lines(&r, &["VT".into(), "VHXH".into()], None),
            ["- Sở Dân tộc và Tôn giáo (để b/c);", "- Các thôn;", "- Lưu: VT, VHXH."]
        );
        assert_eq!(
            recipient_lines(&r[..1], &["VT".into()], Some("Như trên")),
            ["- Như trên;", "- Sở Dân tộc và Tôn giáo (để b/c);", "- Lưu: VT."]
        );
    }

    #[test]
    fn a_typed_nhu_tren_is_not_doubled() {
        use unicode_normalization::UnicodeNormalization;
        let so = Recipient { to: "Sở Nội vụ".into(), purpose: Some("để b/c".into()) };
        for typed in ["Như trên", "như trên;", "NHƯ TRÊN.", "Như trên ;", "Nhu\u{031b} tre\u{0302}n"]
        {
            let r = vec![so.clone(), Recipient { to: typed.into(), purpose: None }];
            let lines = recipient_lines(&r, &["VT".into()], Some("Như trên"));
            assert_eq!(lines.len(), 3, "{typed:?}: {lines:?}");
            assert_eq!(lines[0], "- Sở Nội vụ (để b/c);", "{typed:?}");
            let kept: String = vn::text::strip_end_punctuation(&lines[1]).nfc().collect();
            assert_eq!(kept.to_lowercase(), "- như trên", "{typed:?}");
        }
        // Another line that merely starts the same way is not the lead.
        let r = vec![Recipient { to: "Như trên và các xã".into(), purpose: None }];
        assert_eq!(
            recipient_lines(&r, &["VT".into()], Some("Như trên")),
            ["- Như trên;", "- Như trên và các xã;", "- Lưu: VT."]
        );
    }
}
