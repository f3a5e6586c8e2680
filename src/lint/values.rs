//! Values every document needs in range: a year the state can have issued
//! a document in, a số from 1, and no empty text where a name or an
//! abbreviation is printed.

use crate::diagnostic::Diagnostic;
use crate::limits::YEAR_RANGE;
use crate::load::Loaded;
use crate::model::DocType;

use super::{LintContext, Rule};

fn at(rule: &Rule, loaded: &Loaded, path: &str, message: String, hint: &str) -> Diagnostic {
    rule.at(loaded, path, message).with_hint(hint.to_string())
}

/// `year` within [`YEAR_RANGE`].
pub(super) fn year_range(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let year = loaded.document.common().year;
    if !YEAR_RANGE.contains(&year) {
        out.push(at(
            rule,
            loaded,
            "year",
            format!(
                "the year {year} is out of range; a document's year is from {} to {}",
                YEAR_RANGE.start(),
                YEAR_RANGE.end()
            ),
            "write the year the document is for in four digits, e.g. `year: 2026`",
        ));
    }
}

/// `number` from 1; null leaves it blank.
pub(super) fn number_range(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if loaded.document.common().number == Some(0) {
        out.push(at(
            rule,
            loaded,
            "number",
            "the số 0 is not a number a document is issued under; số start at 1".to_string(),
            "write the số from the register (`number: 15`), or `number: null` to leave it for the văn thư",
        ));
    }
}

/// Text that is printed as a name or an abbreviation is not empty.
pub(super) fn empty_value(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let fields = [
        (
            "issuer.abbr",
            Some(common.issuer.abbr.as_str()),
            "the issuing body's abbreviation in the ký hiệu, e.g. `abbr: UBND`",
        ),
        ("unit", common.unit, "the drafting unit's abbreviation, e.g. `unit: VHXH`, or remove `unit:`"),
        (
            "signer.name",
            Some(common.signer.name.as_str()),
            "the signer's full name, e.g. `name: Nguyễn Văn An`",
        ),
    ];
    let sender = match &loaded.document {
        crate::model::Document::CongDien(c) => Some(c.sender.as_str()),
        _ => None,
    };
    let joint = common.joint;
    let more = [
        ("sender", sender, "who sends the công điện, e.g. `sender: Chủ tịch Ủy ban nhân dân xã Ngọc Liên`"),
        (
            "joint.issuer.abbr",
            joint.map(|j| j.issuer.abbr.as_str()),
            "the second body's abbreviation in the ký hiệu, e.g. `abbr: MTTQ`",
        ),
        (
            "joint.signer.name",
            joint.map(|j| j.signer.name.as_str()),
            "the second signer's full name, e.g. `name: Nguyễn Văn An`",
        ),
    ];
    for (path, value, fix) in fields.into_iter().chain(more) {
        if value.is_some_and(|v| v.trim().is_empty()) {
            out.push(at(rule, loaded, path, format!("`{path}` is empty"), &format!("write {fix}")));
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
                out.push(at(rule, doc, path, format!("`{path}` is empty"), fix));
            }
        });
    }
}

/// What to write instead of an empty value at `path`, if the value is
/// printed on a line of its own: the place of the date line, a line of
/// the issuer's name, a title (of the document, a section, a phụ lục), a
/// nơi nhận or Kính gửi line.
fn printed_on_its_own(path: &str) -> Option<&'static str> {
    let last = path.rsplit('.').next().unwrap_or(path);
    let field = last.split('[').next().unwrap_or(last);
    let under = |parent: &str| path.starts_with(parent) && path[parent.len()..].starts_with(['[', '.']);
    if path == "place" {
        Some("write the place of the date line, e.g. `place: Ngọc Liên`")
    } else if path == "issuer.name"
        || under("issuer.name")
        || path == "issuer.parent"
        || under("issuer.parent")
    {
        Some("write each line of the body's name, or remove the empty line")
    } else if field == "title" && !path.contains("columns") {
        Some("write the title, or remove the empty entry")
    } else if under("recipients") || under("to") {
        Some("write the recipient, or remove the empty line")
    } else {
        None
    }
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
        format!("`{person}` prints as `Ông (bà) {person}`: the form already says `Ông (bà)`"),
        &format!("write the name alone: `person: {name}`"),
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
            format!("the leave ends on {}, before its first day {}", short(g.until), short(g.from)),
            "check `from` and `until`: the leave runs from its first day to its last, both included",
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
        let when = |t: chrono::NaiveDateTime| {
            format!("{} on {}", t.format("%H:%M"), crate::vn::date::short(t.date()))
        };
        out.push(at(
            rule,
            loaded,
            path,
            format!("the meeting closes at {}, before it opened at {}", when(closed), when(opened)),
            "check `opened` and `closed`; a meeting that ended the next day says so: `closed: {time: \"01:30\", date: …}`",
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
                format!(
                    "`{}` disagrees with the leave from {} to {}: {span} calendar days",
                    duration.trim(),
                    short(from),
                    short(until)
                ),
                &format!("write `duration: {span:02} ngày`, `… ngày làm việc` when working days are meant, or check `from` and `until`"),
            ));
        }
    }
    if g.request_date.0 > from {
        out.push(at(
            rule,
            loaded,
            "request_date",
            format!(
                "the request is dated {}, after the leave begins on {}",
                short(g.request_date.0),
                short(from)
            ),
            "check `request_date`: the đơn đề nghị comes before the leave",
        ));
    }
    if let Some(date) = loaded.document.common().date
        && date.0 > until
    {
        out.push(at(
            rule,
            loaded,
            "date",
            format!("the giấy is dated {}, after the leave ended on {}", short(date.0), short(until)),
            "check `date` and `until`: the giấy is issued before the leave ends",
        ));
    }
}

/// `joint:` on a biên bản, whose two signer places are taken.
pub(super) fn joint_layout(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if loaded.document.doc_type() == DocType::BienBan && loaded.document.common().joint.is_some() {
        out.push(at(
            rule,
            loaded,
            "joint",
            "a biên bản cannot be liên tịch: the thư ký and the chủ tọa sign it".to_string(),
            "remove `joint:`; the bodies present are named in `attendees`",
        ));
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
        format!(
            "the nghị quyết is signed without `TM.`: a collective's resolution is signed on its behalf, `TM. {}`",
            crate::vn::text::upper(body)
        ),
        &format!("write `authority: [TM. {body}]` above the signer's title"),
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
        format!("`{}` ends with `điện`: vanban writes \"điện:\" after the sender itself", c.sender.trim()),
        &format!("write the sender alone: `sender: {stem}`"),
    ));
}

/// A list that is the point of its type is not empty: a công điện's
/// addressees, a biên bản's attendees.
pub(super) fn empty_list(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let (path, message, fix) = match &loaded.document {
        crate::model::Document::CongDien(c) if c.to.is_empty() => (
            "to",
            "a công điện has no addressee: `to` is empty",
            "list who the order goes to, one per line: `to: [Công an xã, Trạm Y tế xã]`",
        ),
        crate::model::Document::BienBan(b) if b.attendees.is_empty() => (
            "attendees",
            "a biên bản has no one present: `attendees` is empty",
            "list who attended, one per line: `attendees: [Ông Nguyễn Văn An, Chủ tịch UBND xã]`",
        ),
        _ => return,
    };
    out.push(at(rule, loaded, path, message.to_string(), fix));
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
        format!(
            "`joint.issuer.abbr` is `{second}`, the issuer's own: the ký hiệu would read `{}`",
            loaded.document.ky_hieu()
        ),
        "write the second body's abbreviation, e.g. `abbr: MTTQ`",
    ));
}

/// The date lies in the document's year, or next to it (a plan for 2027
/// signed in December 2026); a date before 1945, or years away from
/// `year`, is a typo in one of them.
pub(super) fn date_year(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let common = loaded.document.common();
    let Some(date) = common.date else { return };
    let (dated, year) = (chrono::Datelike::year(&date.0), common.year);
    let message = if dated < *YEAR_RANGE.start() {
        format!(
            "the date is in {dated}, before {}; no document of the state is dated then",
            YEAR_RANGE.start()
        )
    } else if (dated - year).abs() > DATE_YEAR_SLACK {
        format!("the date is in {dated}, {} years from the document's year {year}", (dated - year).abs())
    } else {
        return;
    };
    out.push(at(
        rule,
        loaded,
        "date",
        message,
        "check `date:` and `year:`; a document is dated in its year or the year next to it",
    ));
}

/// How many years the date may lie from `year` ([`date_year`]).
const DATE_YEAR_SLACK: i32 = 1;

/// Only a công văn's ký hiệu has the drafting unit (`UBND-VHXH`); on any
/// other type `unit` would be silently ignored.
pub(super) fn unit_unused(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let doc_type = loaded.document.doc_type();
    if !matches!(doc_type, DocType::CongVan | DocType::ThuCong) && loaded.document.common().unit.is_some() {
        out.push(at(
            rule,
            loaded,
            "unit",
            format!(
                "a {} has no drafting unit in its ký hiệu (`{}`); only a công văn's has one (`UBND-VHXH`)",
                doc_type.ten_loai(),
                loaded.document.ky_hieu()
            ),
            "remove `unit:`",
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
            format!("`{value}` cannot be part of a ký hiệu, which is written in capitals without spaces"),
            &format!(
                "write its abbreviation, e.g. `{}: {initials}`",
                path.rsplit('.').next().unwrap_or(path)
            ),
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
                format!("`{line}` is written by vanban from `archive:`; typed here, it is left out"),
                &format!("remove this line; write `archive: [{}]`", parts.join(", ")),
            ));
        } else if let Some(lead) = &lead
            && line.to_lowercase() == lead.to_lowercase()
        {
            out.push(at(
                rule,
                loaded,
                &path,
                format!(
                    "`{lead}` opens nơi nhận by itself for this document; typed here, it is printed once"
                ),
                "remove this line",
            ));
        }
    }
}
