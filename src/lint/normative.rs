//! Văn bản quy phạm pháp luật and administrative documents: the year in a
//! số belongs to the first (`25/2026/QĐ-UBND`, `30/2020/NĐ-CP`), never to
//! the second (`920/QĐ-TTg`, `455/UBND-VHXH`).

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::Document;
use crate::t;

use super::citations::occurrences;
use super::{LintContext, Rule};

/// Kinds that are always văn bản quy phạm pháp luật, whose số carries the
/// year (Luật Ban hành văn bản quy phạm pháp luật: `số/năm/ký hiệu`).
const ALWAYS_NORMATIVE: &[&str] =
    &["Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch", "Lệnh"];

/// Kinds that are never: administrative documents (NĐ30), whose số has
/// no year.
const NEVER_NORMATIVE: &[&str] = &[
    "Công văn",
    "Kế hoạch",
    "Báo cáo",
    "Tờ trình",
    "Thông báo",
    "Giấy mời",
    "Công điện",
    "Biên bản",
    "Chương trình",
    "Phương án",
    "Đề án",
    "Giấy giới thiệu",
];

/// The year at the head of a ký hiệu (`2020/NĐ-CP` → 2020).
fn year_of(ky_hieu: &str) -> Option<&str> {
    let (head, _) = ky_hieu.split_once('/')?;
    (head.len() == 4 && head.bytes().all(|b| b.is_ascii_digit())).then_some(head)
}

/// `citation-year`: a cited Luật, Nghị định, Thông tư … without the year
/// in its số, or a cited công văn, kế hoạch, báo cáo … with one.
pub(super) fn citation_year(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for o in occurrences(loaded) {
        let kind = o.kind.as_str();
        let is = |list: &[&str]| list.iter().any(|k| k.to_lowercase() == kind.to_lowercase());
        let (message, hint) = match year_of(&o.ky_hieu) {
            None if is(ALWAYS_NORMATIVE) => (
                t!(
                    "citation-year-missing",
                    kind = kind,
                    number = o.written(),
                    bare = o.number.as_str(),
                    ky_hieu = o.ky_hieu.as_str()
                ),
                t!("citation-year-missing.hint"),
            ),
            Some(year) if is(NEVER_NORMATIVE) => (
                t!(
                    "citation-year-extra",
                    kind = kind,
                    number = o.written(),
                    bare = o.number.as_str(),
                    ky_hieu = o.ky_hieu.split_once('/').map_or("", |(_, rest)| rest),
                    year = year
                ),
                t!("citation-year-extra.hint"),
            ),
            _ => continue,
        };
        let d = rule.at(loaded, &o.path, message).with_hint(hint);
        out.push(match &o.span {
            Some(span) => d.with_span(&loaded.file, span.clone()),
            None => d,
        });
    }
}

/// The căn cứ that cites the Luật Ban hành văn bản quy phạm pháp luật, if any.
fn cites_the_law_on_legal_documents(loaded: &Loaded) -> Option<usize> {
    loaded.document.bases().iter().position(|b| {
        let subjects = b.citations().into_iter().filter_map(|c| c.subject).chain(b.text.clone());
        subjects.map(|s| s.to_lowercase()).any(|s| s.contains("ban hành văn bản quy phạm pháp luật"))
    })
}

/// `legal-normative`: a quyết định that cites the Luật Ban hành văn bản
/// quy phạm pháp luật is one (and says so, for its số and its opening),
/// one that says so cites it, and is the act of the Ủy ban nhân dân, not of
/// its Chủ tịch.
pub(super) fn legal_normative(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let Document::QuyetDinh(q) = &loaded.document else { return };
    let cites = cites_the_law_on_legal_documents(loaded);
    if !q.legal_normative
        && let Some(i) = cites
    {
        out.push(
            rule.at(loaded, &format!("bases[{i}]"), t!("legal-normative-unmarked"))
                .with_hint(t!("legal-normative-unmarked.hint")),
        );
    }
    if q.legal_normative && cites.is_none() {
        out.push(
            rule.at(loaded, "legal_normative", t!("legal-normative-uncited"))
                .with_hint(t!("legal-normative-uncited.hint")),
        );
    }
    if q.legal_normative && q.authority.trim().to_lowercase().starts_with("chủ tịch") {
        out.push(
            rule.at(loaded, "authority", t!("legal-normative-chairman", authority = q.authority.trim()))
                .with_hint(t!("legal-normative-chairman.hint")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::year_of;

    #[test]
    fn the_year_heads_the_ky_hieu_of_a_legal_document() {
        assert_eq!(year_of("2020/NĐ-CP"), Some("2020"));
        assert_eq!(year_of("2019/QH14"), Some("2019"));
        assert_eq!(year_of("QĐ-TTg"), None);
        assert_eq!(year_of("SĐTTG-KHTH"), None);
        assert_eq!(year_of("20/NĐ"), None);
    }
}
