//! Rules about cited documents: consistency of ký hiệu and dates wherever a
//! document is cited (in structured căn cứ and in free text), order of the
//! căn cứ, dates that cannot be right.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{LintContext, Rule, structured_citations};
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::Citation;
use crate::t;
use crate::vn;

/// One place where a document is cited.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The field it is in.
    pub path: String,
    /// Its exact place in the YAML, when the text can be found there.
    pub span: Option<Range<usize>>,
    /// Tên loại as written: `Quyết định`.
    pub kind: String,
    /// The number before the slash: `455`.
    pub number: String,
    /// Everything after the first slash: `SĐTTG-KHTH`, `2019/QH14`.
    pub ky_hieu: String,
    pub date: Option<NaiveDate>,
    /// Whether `số` precedes the number (free text only; structured
    /// citations are always worded with it).
    pub has_so: bool,
    /// From a structured citation rather than free text.
    pub structured: bool,
}

impl Occurrence {
    pub fn written(&self) -> String {
        format!("{}/{}", self.number, self.ky_hieu)
    }
}

/// The tên loại a citation may name: Phụ lục III's, and the legal kinds
/// that have no abbreviation there (also read by `import`).
pub(crate) fn kinds() -> Vec<&'static str> {
    vn::ky_hieu::TYPE_ABBREVIATIONS
        .iter()
        .map(|(name, _)| *name)
        .chain(["Nghị định", "Thông tư", "Công văn", "Luật", "Pháp lệnh", "Thông tư liên tịch"])
        .collect()
}

fn citation_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let kinds = kinds().join("|");
        Regex::new(&format!(
            r"(?P<kind>{kinds})(?P<so>\s+số)?\s+(?P<num>\d+)/(?P<kh>[^\s,;:()]+?)(?:[.;,:]?\s+ngày\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})|[.;,:]?(?:\s|$))"
        ))
        .expect("valid citation regex")
    })
}

/// Splits `1719/QĐ-TTg` into number and ký hiệu.
fn split_number(written: &str) -> Option<(String, String)> {
    let (n, rest) = written.split_once('/')?;
    Some((n.trim().to_string(), rest.trim().to_string()))
}

/// Every citation of a document: structured ones from `bases` and
/// `references`, and `Quyết định số …/… ngày …` written in any text.
pub fn occurrences(loaded: &Loaded) -> Vec<Occurrence> {
    let mut out: Vec<Occurrence> = structured_citations(loaded)
        .into_iter()
        .filter_map(|(path, c)| {
            let (number, ky_hieu) = split_number(c.number.as_deref()?)?;
            let span = loaded.tree.locate(&format!("{path}.number")).0.span.clone();
            Some(Occurrence {
                path: format!("{path}.number"),
                span: Some(span),
                kind: c.kind.clone(),
                number,
                ky_hieu,
                date: c.date.map(|d| d.0),
                has_so: true,
                structured: true,
            })
        })
        .collect();
    // Numbers the regex cannot take whole (`05/2025/TT- BDTTG` holds a
    // space): where the text writes one of them in full, as `cite()` does,
    // the citation is that number, not the part before the space.
    let whole: Vec<(String, String, String)> = out
        .iter()
        .filter(|o| o.written().contains(|c: char| c.is_whitespace() || ",;:()".contains(c)))
        .map(|o| (o.kind.to_lowercase(), o.written(), o.ky_hieu.clone()))
        .collect();
    let re = citation_regex();
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        let Some(text) = node.as_str() else { return };
        for cap in re.captures_iter(text) {
            let date = match (cap.name("d"), cap.name("m"), cap.name("y")) {
                (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(
                    y.as_str().parse().unwrap_or(0),
                    m.as_str().parse().unwrap_or(0),
                    d.as_str().parse().unwrap_or(0),
                ),
                _ => None,
            };
            let from_number = &text[cap.name("num").map_or(0, |m| m.start())..];
            let full = whole.iter().find(|(kind, written, _)| {
                *kind == cap["kind"].to_lowercase() && from_number.starts_with(written.as_str())
            });
            let matched = &text[cap.get(0).map_or(0..0, |m| m.range())];
            let raw = &loaded.file.text[node.span.clone()];
            let span = raw
                .find(matched.trim_end())
                .map(|o| node.span.start + o..node.span.start + o + matched.trim_end().len());
            out.push(Occurrence {
                path: path.to_string(),
                span,
                kind: cap["kind"].to_string(),
                number: cap["num"].to_string(),
                ky_hieu: match full {
                    Some((_, _, ky_hieu)) => ky_hieu.clone(),
                    // A footnote or parenthesis closing after it is not part of it.
                    None => cap["kh"].trim_end_matches(['.', ';', ',', ':', ']', ')']).to_string(),
                },
                // The regex stopped inside the number, before any date.
                date: if full.is_some() { None } else { date },
                has_so: cap.name("so").is_some(),
                structured: false,
            });
        }
    });
    out
}

fn located(loaded: &Loaded, rule: &Rule, o: &Occurrence, message: String) -> Diagnostic {
    let d = rule.at(loaded, &o.path, message);
    match &o.span {
        Some(span) => d.with_span(&loaded.file, span.clone()),
        None => d,
    }
}

/// `citation-inconsistent`: the same kind and number cited with different
/// ký hiệu (on the same date), or with different dates (same ký hiệu).
pub(super) fn inconsistent(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let all = occurrences(loaded);
    let mut first: HashMap<(String, String), &Occurrence> = HashMap::new();
    for o in &all {
        let key = (o.kind.to_lowercase(), o.number.clone());
        let Some(prev) = first.get(&key) else {
            first.insert(key, o);
            continue;
        };
        let same_date = prev.date.is_none() || o.date.is_none() || prev.date == o.date;
        if prev.ky_hieu != o.ky_hieu && same_date {
            out.push(
                located(
                    loaded,
                    rule,
                    o,
                    t!(
                        "citation-inconsistent-ky-hieu",
                        kind = o.kind.as_str(),
                        number = o.number.as_str(),
                        here = o.written(),
                        there = prev.written(),
                        path = prev.path.as_str()
                    ),
                )
                .with_hint(t!("citation-inconsistent-ky-hieu.hint")),
            );
        } else if prev.ky_hieu == o.ky_hieu && !same_date {
            let show = |d: Option<NaiveDate>| d.map(vn::date::short).unwrap_or_default();
            out.push(
                located(
                    loaded,
                    rule,
                    o,
                    t!(
                        "citation-inconsistent-date",
                        kind = o.kind.as_str(),
                        number = o.written(),
                        here = show(o.date),
                        there = show(prev.date),
                        path = prev.path.as_str()
                    ),
                )
                .with_hint(t!("citation-inconsistent-date.hint")),
            );
        }
    }
}

/// `citation-without-so`: `Kế hoạch 281/KH-UBND` instead of `Kế hoạch số 281/KH-UBND`.
pub(super) fn without_so(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for o in occurrences(loaded).iter().filter(|o| !o.has_so && !o.structured) {
        if matches!(o.kind.as_str(), "Luật" | "Pháp lệnh") {
            continue;
        }
        out.push(
            located(loaded, rule, o, t!("citation-without-so", kind = o.kind.as_str(), number = o.written()))
                .with_hint(t!("citation-without-so.hint", kind = o.kind.as_str(), number = o.written())),
        );
    }
}

/// `ky-hieu-type`: `Quyết định số 12/KH-UBND`, a plan's ký hiệu on a decision.
pub(super) fn ky_hieu_type(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for o in occurrences(loaded) {
        let last = o.ky_hieu.rsplit('/').next().unwrap_or("");
        let group = last.split('-').next().unwrap_or("");
        if let Some(name) = vn::ky_hieu::type_name(group)
            && name.to_lowercase() != o.kind.to_lowercase()
        {
            out.push(located(
                loaded,
                rule,
                &o,
                t!("ky-hieu-type", number = o.written(), type_name = name, kind = o.kind.as_str()),
            ));
        }
    }
}

/// Legal rank of a cited document, highest force first; `None` when the
/// kind and issuer say too little.
pub fn rank(c: &Citation) -> Option<u8> {
    let kind = c.kind.as_str();
    let issuer = c.issuer.as_deref().unwrap_or("");
    let has = |s: &str| issuer.contains(s);
    Some(match () {
        _ if kind == "Hiến pháp" => 0,
        _ if matches!(kind, "Luật" | "Bộ luật") || has("Quốc hội") && !has("Thường vụ") => 1,
        _ if kind == "Pháp lệnh" || has("Ủy ban Thường vụ Quốc hội") => 2,
        _ if kind == "Nghị định" || issuer == "Chính phủ" => 3,
        _ if has("Thủ tướng") => 4,
        _ if kind == "Thông tư"
            || issuer.starts_with("Bộ ")
            || has("Ủy ban Dân tộc")
            || has("Ngân hàng Nhà nước") =>
        {
            5
        }
        _ if has("HĐND tỉnh") || has("Hội đồng nhân dân tỉnh") || has("HĐND thành phố") => 6,
        _ if central_city(issuer, &["hđnd", "hội đồng nhân dân"]) => 6,
        _ if has("UBND tỉnh") || has("Ủy ban nhân dân tỉnh") || has("UBND thành phố") => 7,
        _ if central_city(issuer, &["ubnd", "ủy ban nhân dân"]) => 7,
        _ if issuer.starts_with("Sở ") => 8,
        _ if has("HĐND") || has("Hội đồng nhân dân") => 9,
        _ if has("UBND") || has("Ủy ban nhân dân") => 10,
        _ => return None,
    })
}

/// The cities run by the central government, ranked as provinces.
const CENTRAL_CITIES: [&str; 6] = ["hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"];

/// Whether `issuer` is a body (`UBND`, `Ủy ban nhân dân`, in `bodies`,
/// lower case) of a centrally-run city: `Ủy ban nhân dân Thành phố Hồ Chí
/// Minh`, `UBND TP. Hà Nội`, in any case.
fn central_city(issuer: &str, bodies: &[&str]) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let text: String = issuer.nfc().collect::<String>().to_lowercase().replace("uỷ", "ủy");
    bodies.iter().any(|body| {
        text.match_indices(body).any(|(at, _)| {
            let rest = text[at + body.len()..].trim_start();
            let rest = ["thành phố", "tp.", "tp"]
                .iter()
                .find_map(|city| rest.strip_prefix(city))
                .map(str::trim_start);
            rest.is_some_and(|rest| CENTRAL_CITIES.iter().any(|c| rest.starts_with(c)))
        })
    })
}

/// `bases-order`: căn cứ run from the highest legal force down, and within
/// one rank from the oldest.
pub(super) fn bases_order(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let mut previous: Option<(usize, u8, Option<NaiveDate>)> = None;
    for (i, b) in loaded.document.bases().iter().enumerate() {
        let Some(c) = b.citation().or_else(|| b.group.first().cloned()) else { continue };
        let Some(r) = rank(&c) else { continue };
        let date = c.date.map(|d| d.0);
        if let Some((j, pr, pd)) = previous {
            let out_of_rank = r < pr;
            let out_of_date = r == pr && matches!((date, pd), (Some(d), Some(p)) if d < p);
            if out_of_rank || out_of_date {
                let (message, hint) = if out_of_rank {
                    (t!("bases-order-rank", before = j.to_string()), t!("bases-order-rank.hint"))
                } else {
                    (t!("bases-order-date", before = j.to_string()), t!("bases-order-date.hint"))
                };
                out.push(rule.at(loaded, &format!("bases[{i}]"), message).with_hint(hint));
            }
        }
        previous = Some((i, r, date));
    }
}

/// Each cited document once (its first occurrence), for rules about the
/// document rather than about one place that cites it.
fn distinct(loaded: &Loaded) -> Vec<Occurrence> {
    let mut seen = std::collections::HashSet::new();
    occurrences(loaded)
        .into_iter()
        .filter(|o| seen.insert((o.kind.to_lowercase(), o.written(), o.date)))
        .collect()
}

/// `cites-later-document`: a document cannot cite one issued after it.
pub(super) fn cites_later(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let Some(own) = loaded.document.date() else { return };
    for o in distinct(loaded) {
        if let Some(d) = o.date
            && d > own.0
        {
            out.push(located(
                loaded,
                rule,
                &o,
                t!(
                    "cites-later-document",
                    kind = o.kind.as_str(),
                    number = o.written(),
                    date = vn::date::short(d),
                    own = vn::date::short(own.0)
                ),
            ));
        }
    }
}

/// `date-in-future`: the document's date or a cited date after today.
pub(super) fn in_future(loaded: &Loaded, ctx: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if let Some(d) = loaded.document.date()
        && d.0 > ctx.today
    {
        out.push(rule.at(loaded, "date", t!("date-in-future", date = vn::date::short(d.0))));
    }
    for o in distinct(loaded) {
        if let Some(d) = o.date
            && d > ctx.today
        {
            out.push(located(
                loaded,
                rule,
                &o,
                t!(
                    "date-in-future-cited",
                    kind = o.kind.as_str(),
                    number = o.written(),
                    date = vn::date::short(d)
                ),
            ));
        }
    }
}

/// `replaced-basis`: a căn cứ no longer in force.
pub(super) fn replaced(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (path, c) in structured_citations(loaded) {
        if let Some(by) = &c.replaced_by {
            out.push(
                rule.at(
                    loaded,
                    &format!("{path}.replaced_by"),
                    t!(
                        "replaced-basis",
                        kind = c.kind.as_str(),
                        number = c.number.as_deref().unwrap_or(""),
                        by = by.as_str()
                    ),
                )
                .with_hint(t!("replaced-basis.hint")),
            );
        }
    }
}
