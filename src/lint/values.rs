//! Values every document needs in range: a year the state can have issued
//! a document in, a số from 1, and no empty text where a name or an
//! abbreviation is printed.

use crate::diagnostic::Diagnostic;
use crate::limits::YEAR_RANGE;
use crate::load::Loaded;
use crate::model::DocType;
use crate::t;

use super::{LintContext, Rule};

fn at(rule: &Rule, loaded: &Loaded, path: &str, message: String, hint: String) -> Diagnostic {
    rule.at(loaded, path, message).with_hint(hint)
}

/// `year` within [`YEAR_RANGE`].
pub(super) fn year_range(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let year = loaded.document.common().year;
    if !YEAR_RANGE.contains(&year) {
        out.push(at(
            rule,
            loaded,
            "year",
            t!(
                "year-range",
                year = year.to_string(),
                min = YEAR_RANGE.start().to_string(),
                max = YEAR_RANGE.end().to_string()
            ),
            t!("year-range.hint"),
        ));
    }
}

/// `number` from 1; null leaves it blank.
pub(super) fn number_range(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if loaded.document.common().number == Some(0) {
        out.push(at(rule, loaded, "number", t!("number-range"), t!("number-range.hint")));
    }
}

/// A field that must not be empty: its path, its value if the document has
/// it, and the hint for an empty one.
type Field<'a> = (&'a str, Option<&'a str>, fn() -> String);

/// Text that is printed as a name or an abbreviation is not empty.
pub(super) fn empty_value(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let fields: [Field; 3] = [
        ("issuer.abbr", Some(common.issuer.abbr.as_str()), || t!("empty-value.hint-issuer-abbr")),
        ("unit", common.unit, || t!("empty-value.hint-unit")),
        ("signer.name", Some(common.signer.name.as_str()), || t!("empty-value.hint-signer-name")),
    ];
    let sender = match &loaded.document {
        crate::model::Document::CongDien(c) => Some(c.sender.as_str()),
        _ => None,
    };
    let joint = common.joint;
    let more: [Field; 3] = [
        ("sender", sender, || t!("empty-value.hint-sender")),
        ("joint.issuer.abbr", joint.map(|j| j.issuer.abbr.as_str()), || {
            t!("empty-value.hint-joint-issuer-abbr")
        }),
        ("joint.signer.name", joint.map(|j| j.signer.name.as_str()), || {
            t!("empty-value.hint-joint-signer-name")
        }),
    ];
    for (path, value, fix) in fields.into_iter().chain(more) {
        if value.is_some_and(|v| v.trim().is_empty()) {
            let d = at(rule, loaded, path, t!("empty-value", path = path), fix());
            out.push(with_field_clause(d, path));
        }
    }
    // Text printed on a line of its own: empty, it leaves a broken line
    // (`, ngày … năm 2026`, a bare `1.`, `-;`). The plan a quyết định
    // issues is printed with it, so it is checked in its own file.
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        doc.tree.visit_strings(&mut String::new(), &mut |path, node| {
            if node.as_str().is_some_and(|s| s.trim().is_empty())
                && let Some(fix) = printed_on_its_own(path)
            {
                let d = at(rule, doc, path, t!("empty-value", path = path), fix);
                out.push(with_field_clause(d, path));
            }
        });
    }
}

/// What to write instead of an empty value at `path`, if the value is
/// printed on a line of its own: the place of the date line, a line of
/// the issuer's name, a title (of the document, a section, a phụ lục), a
/// nơi nhận or Kính gửi line.
fn printed_on_its_own(path: &str) -> Option<String> {
    let last = path.rsplit('.').next().unwrap_or(path);
    let field = last.split('[').next().unwrap_or(last);
    let under = |parent: &str| path.starts_with(parent) && path[parent.len()..].starts_with(['[', '.']);
    if path == "place" {
        Some(t!("empty-value.hint-place"))
    } else if path == "issuer.name"
        || under("issuer.name")
        || path == "issuer.parent"
        || under("issuer.parent")
    {
        Some(t!("empty-value.hint-name-line"))
    } else if field == "title" && !path.contains("columns") {
        Some(t!("empty-value.hint-title"))
    } else if under("recipients") || under("to") {
        Some(t!("empty-value.hint-recipient"))
    } else if is_paragraph(path) {
        Some(t!("empty-value.hint-paragraph"))
    } else {
        None
    }
}

/// A paragraph of a text list (`content`, a Kế hoạch's `purposes` …, a
/// biên bản's `agenda`): empty, it prints a blank paragraph. A form's
/// lines (`forms`) are left alone: there `""` is a line left blank to
/// fill in by hand, on purpose.
fn is_paragraph(path: &str) -> bool {
    const LISTS: [&str; 10] = [
        "content",
        "excerpt",
        "agenda",
        "purposes",
        "requirements",
        "objectives",
        "solutions",
        "duties",
        "points",
        "participants",
    ];
    let last = path.rsplit('.').next().unwrap_or(path);
    let Some((field, index)) = last.split_once('[') else { return false };
    !path.starts_with("forms") && !index.contains('[') && LISTS.contains(&field)
}

/// The NĐ30 provision of the field an `empty-value` is at, instead of the
/// rule's summary clause (which names the ký hiệu and the signer's name, a
/// wrong citation for an empty Kính gửi); none where no provision applies.
fn with_field_clause(mut d: Diagnostic, path: &str) -> Diagnostic {
    let last = path.rsplit('.').next().unwrap_or(path);
    let field = last.split('[').next().unwrap_or(last);
    let root = path.split(['.', '[']).next().unwrap_or(path);
    let clause = match (root, field) {
        ("to", _) => Some(t!("empty-value-clause.to")),
        ("recipients", _) => Some(t!("empty-value-clause.recipients")),
        ("place", _) => Some(t!("empty-value-clause.place")),
        ("issuer", "name" | "parent") => Some(t!("empty-value-clause.name-line")),
        (_, "abbr") | ("unit", _) => Some(t!("empty-value-clause.abbr")),
        ("title", _) => Some(t!("empty-value-clause.title")),
        (_, "title") => Some(t!("empty-value-clause.paragraph")),
        ("sender", _) => Some(t!("empty-value-clause.sender")),
        (_, "name") => Some(t!("empty-value-clause.signer-name")),
        _ if is_paragraph(path) => Some(t!("empty-value-clause.paragraph")),
        _ => None,
    };
    d.clause = clause;
    d
}

/// `person: Bà Nguyễn Thị Mai` prints `Ông (bà) Bà Nguyễn Thị Mai`: the
/// form says `Ông (bà)` itself.
pub(super) fn person_title(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let Some(person) = loaded.tree.get("person").and_then(|n| n.as_str()) else { return };
    let written = crate::vn::text::nfc(person.trim());
    let lower = written.to_lowercase();
    let Some(title) = ["ông (bà)", "ông/bà", "ông", "bà", "đồng chí", "đ/c"]
        .into_iter()
        .find(|t| lower.strip_prefix(t).is_some_and(|rest| rest.starts_with(' ')))
    else {
        return;
    };
    let name = written.get(title.len()..).unwrap_or(&written).trim_start();
    out.push(at(
        rule,
        loaded,
        "person",
        t!("person-title", person = person),
        t!("person-title.hint", name = name),
    ));
}

/// A giấy nghỉ phép's leave ends on or after its first day, and a
/// biên bản's meeting closes after it opened: `closed` (on the day it
/// opened, unless it says its own) is not before `opened` (on the
/// document's date, unless it says its own).
pub(super) fn time_order(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if let crate::model::Document::GiayNghiPhep(g) = &loaded.document
        && g.until < g.from
    {
        let short = |d: crate::model::Date| crate::vn::date::short(d.0);
        out.push(at(
            rule,
            loaded,
            "until",
            t!("time-order-leave", until = short(g.until), from = short(g.from)),
            t!("time-order-leave.hint"),
        ));
    }
    let crate::model::Document::BienBan(b) = &loaded.document else { return };
    let opened_day = b.opened.date.or(b.date);
    let (Some(opened), Some(closed)) = (b.opened.at(b.date), b.closed.at(opened_day)) else { return };
    if closed < opened {
        let path = if b.closed.date.is_some() && closed.date() < opened.date() {
            "closed.date"
        } else {
            "closed.time"
        };
        let time = |t: chrono::NaiveDateTime| t.format("%H:%M").to_string();
        let day = |t: chrono::NaiveDateTime| crate::vn::date::short(t.date());
        out.push(at(
            rule,
            loaded,
            path,
            t!(
                "time-order-meeting",
                closed_time = time(closed),
                closed_date = day(closed),
                opened_time = time(opened),
                opened_date = day(opened)
            ),
            t!("time-order-meeting.hint"),
        ));
    }
}

/// A giấy nghỉ phép's dates agree with each other: a duration in calendar
/// days is the span from `from` to `until` (`ngày làm việc` may be fewer),
/// the request comes before the leave begins, the giấy before it ends.
pub(super) fn leave_dates(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let crate::model::Document::GiayNghiPhep(g) = &loaded.document else { return };
    let short = |d: chrono::NaiveDate| crate::vn::date::short(d);
    let (from, until) = (g.from.0, g.until.0);
    let span = (until - from).num_days() + 1;
    if let Some(duration) = &g.duration
        && span > 0
    {
        let lower = crate::vn::text::nfc(duration).to_lowercase();
        let digits: String = lower.trim_start().chars().take_while(char::is_ascii_digit).collect();
        if let Ok(days) = digits.parse::<i64>()
            && lower.contains("ngày")
            && !lower.contains("làm việc")
            && days != span
        {
            out.push(at(
                rule,
                loaded,
                "duration",
                t!(
                    "leave-dates-duration",
                    duration = duration.trim(),
                    from = short(from),
                    until = short(until),
                    days = span.to_string()
                ),
                t!("leave-dates-duration.hint", written = format!("{span:02}")),
            ));
        }
    }
    if g.request_date.0 > from {
        out.push(at(
            rule,
            loaded,
            "request_date",
            t!("leave-dates-request", request = short(g.request_date.0), from = short(from)),
            t!("leave-dates-request.hint"),
        ));
    }
    if let Some(date) = loaded.document.common().date
        && date.0 > until
    {
        out.push(at(
            rule,
            loaded,
            "date",
            t!("leave-dates-issued", date = short(date.0), until = short(until)),
            t!("leave-dates-issued.hint"),
        ));
    }
}

/// `joint:` on a biên bản, whose two signer places are taken.
pub(super) fn joint_layout(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if loaded.document.doc_type() == DocType::BienBan && loaded.document.common().joint.is_some() {
        out.push(at(rule, loaded, "joint", t!("joint-layout"), t!("joint-layout.hint")));
    }
}

/// A nghị quyết is the act of a collective: its signer signs on the
/// collective's behalf, `TM.` first (`TM. Hội đồng nhân dân` / `Chủ tịch`).
pub(super) fn collective_signer(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let crate::model::Document::NghiQuyet(q) = &loaded.document else { return };
    if q.signer.authority.first().is_some_and(|a| a.prefix == crate::model::Prefix::TM) {
        return;
    }
    let body = q.issuer.name.0.first().map_or("Hội đồng nhân dân", String::as_str);
    out.push(at(
        rule,
        loaded,
        "signer",
        t!("collective-signer", body_upper = crate::vn::text::upper(body)),
        t!("collective-signer.hint", body = body),
    ));
}

/// A công điện's sender written with the `điện:` vanban prints after it
/// (`Chủ tịch … điện:`).
pub(super) fn dien_sender(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let crate::model::Document::CongDien(c) = &loaded.document else { return };
    let stem = crate::model::dien_sender_stem(&c.sender);
    if stem.len() == c.sender.trim_end().len() {
        return;
    }
    out.push(at(
        rule,
        loaded,
        "sender",
        t!("dien-sender", sender = c.sender.trim()),
        t!("dien-sender.hint", stem = stem),
    ));
}

/// A list that is the point of its type is not empty: a công điện's
/// addressees, a biên bản's attendees.
pub(super) fn empty_list(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let (path, message, fix) = match &loaded.document {
        crate::model::Document::CongDien(c) if c.to.is_empty() => {
            ("to", t!("empty-list-to"), t!("empty-list-to.hint"))
        }
        crate::model::Document::BienBan(b) if b.attendees.is_empty() => {
            ("attendees", t!("empty-list-attendees"), t!("empty-list-attendees.hint"))
        }
        _ => return,
    };
    out.push(at(rule, loaded, path, message, fix));
}

/// The two bodies of a liên tịch document have different abbreviations
/// (`KHLT-UBND-MTTQ`, not `KHLT-UBND-UBND`).
pub(super) fn joint_abbr(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let Some(joint) = common.joint else { return };
    let (main, second) = (common.issuer.abbr.trim(), joint.issuer.abbr.trim());
    if main.is_empty() || !crate::vn::text::nfc(main).eq_ignore_ascii_case(&crate::vn::text::nfc(second)) {
        return;
    }
    out.push(at(
        rule,
        loaded,
        "joint.issuer.abbr",
        t!("joint-abbr", abbr = second, ky_hieu = loaded.document.ky_hieu()),
        t!("joint-abbr.hint"),
    ));
}

/// The date lies in the document's year, or next to it (a plan for 2027
/// signed in December 2026); a date before 1945, or years away from
/// `year`, is a typo in one of them.
pub(super) fn date_year(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let Some(date) = common.date else { return };
    let (dated, year) = (chrono::Datelike::year(&date.0), common.year);
    let (message, hint) = if dated < *YEAR_RANGE.start() {
        (
            t!("date-year-before", dated = dated.to_string(), min = YEAR_RANGE.start().to_string()),
            t!("date-year-before.hint"),
        )
    } else if (dated - year).abs() > DATE_YEAR_SLACK {
        (
            t!(
                "date-year-far",
                dated = dated.to_string(),
                distance = (dated - year).abs().to_string(),
                year = year.to_string()
            ),
            t!("date-year-far.hint"),
        )
    } else {
        return;
    };
    out.push(at(rule, loaded, "date", message, hint));
}

/// How many years the date may lie from `year` ([`date_year`]; `vanban
/// issue` refuses a date farther than that without `--force`).
pub const DATE_YEAR_SLACK: i32 = 1;

/// Only a công văn's ký hiệu has the drafting unit (`UBND-VHXH`); on any
/// other type `unit` would be silently ignored.
pub(super) fn unit_unused(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let doc_type = loaded.document.doc_type();
    if !matches!(doc_type, DocType::CongVan | DocType::ThuCong) && loaded.document.common().unit.is_some() {
        out.push(at(
            rule,
            loaded,
            "unit",
            t!("unit-unused", ten_loai = doc_type.ten_loai(), ky_hieu = loaded.document.ky_hieu()),
            t!("unit-unused.hint"),
        ));
    }
}

/// A ký hiệu part (`issuer.abbr`, `unit`) is an abbreviation in capitals
/// (`UBND`, `VHXH`), not a name (`Văn phòng`), which would print
/// `/UBND-Văn phòng`.
pub(super) fn ky_hieu_part(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let joint = common.joint.map(|j| j.issuer.abbr.as_str());
    for (path, value) in [
        ("issuer.abbr", Some(common.issuer.abbr.as_str())),
        ("unit", common.unit),
        ("joint.issuer.abbr", joint),
    ] {
        let Some(value) = value.map(str::trim) else { continue };
        // An empty one is `empty-value`'s; a placeholder is `placeholder`'s.
        if value.is_empty() || value.contains("<<") {
            continue;
        }
        if value.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '&' | '.')) {
            continue;
        }
        // Initials without tone marks, as abbreviations are written (Đ kept).
        let initials: String = value
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .map(|c| match c {
                'đ' | 'Đ' => "Đ".to_string(),
                c => crate::vn::text::fold(&c.to_string()).to_uppercase(),
            })
            .collect();
        out.push(at(
            rule,
            loaded,
            path,
            t!("ky-hieu-part", value = value),
            t!("ky-hieu-part.hint", key = path.rsplit('.').next().unwrap_or(path), initials = initials),
        ));
    }
}

/// Lines of nơi nhận that vanban writes itself, typed into `recipients`:
/// `Như trên` (or `Như Điều 3`) where the document implies it, and the
/// `Lưu:` line, which comes from `archive`.
pub(super) fn recipients_written_by_vanban(
    loaded: &Loaded,
    _: &LintContext,
    rule: &Rule,
    out: &mut Vec<Diagnostic>,
) {
    let doc = &loaded.document;
    let lead = doc.noi_nhan_lead();
    for (i, r) in doc.recipients().iter().enumerate() {
        let path = format!("recipients[{i}]");
        let line = crate::vn::text::strip_end_punctuation(r.to.trim());
        if let Some(parts) = crate::template::archive_in_recipients(line) {
            out.push(at(
                rule,
                loaded,
                &path,
                t!("recipients-written-by-vanban-archive", line = line),
                t!("recipients-written-by-vanban-archive.hint", archive = parts.join(", ")),
            ));
        } else if let Some(lead) = &lead
            && line.to_lowercase() == lead.to_lowercase()
        {
            out.push(at(
                rule,
                loaded,
                &path,
                t!("recipients-written-by-vanban-lead", lead = lead.as_str()),
                t!("recipients-written-by-vanban-lead.hint"),
            ));
        }
    }
}
