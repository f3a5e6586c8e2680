//! Văn bản quy phạm pháp luật and administrative documents: the year in a
//! số belongs to the first (`25/2026/QĐ-UBND`, `30/2020/NĐ-CP`), never to
//! the second (`920/QĐ-TTg`, `455/UBND-VHXH`).

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::Document;

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
        let message = match year_of(&o.ky_hieu) {
            None if is(ALWAYS_NORMATIVE) => format!(
                "{kind} số {} is a văn bản quy phạm pháp luật: its số carries the year it was issued in \
                 ({}/<năm>/{})",
                o.written(),
                o.number,
                o.ky_hieu
            ),
            Some(year) if is(NEVER_NORMATIVE) => format!(
                "{kind} số {} is an administrative document: its số has no year (`{}/{}`), the year {year} is in its date",
                o.written(),
                o.number,
                o.ky_hieu.split_once('/').map_or("", |(_, rest)| rest)
            ),
            _ => continue,
        };
        let d = rule
            .at(loaded, &o.path, message)
            .with_hint("copy the số and ký hiệu exactly as the cited document prints them");
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
            rule.at(
                loaded,
                &format!("bases[{i}]"),
                "the quyết định cites the Luật Ban hành văn bản quy phạm pháp luật, but is not marked as a văn bản quy phạm pháp luật"
                    .to_string(),
            )
            .with_hint(
                "add `legal_normative: true`: its số then carries the year (`Số: 25/2026/QĐ-UBND`) and it opens with the enactment sentence",
            ),
        );
    }
    if q.legal_normative && cites.is_none() {
        out.push(
            rule.at(
                loaded,
                "legal_normative",
                "a văn bản quy phạm pháp luật is issued under the Luật Ban hành văn bản quy phạm pháp luật, which its căn cứ do not cite"
                    .to_string(),
            )
            .with_hint(
                "add the căn cứ `{kind: Luật, subject: Ban hành văn bản quy phạm pháp luật, date: 2025-02-19}`, or remove `legal_normative:` for an administrative quyết định (no year in its số)",
            ),
        );
    }
    if q.legal_normative && q.authority.trim().to_lowercase().starts_with("chủ tịch") {
        out.push(
            rule.at(
                loaded,
                "authority",
                format!(
                    "a quyết định quy phạm pháp luật is the act of the Ủy ban nhân dân, not of its Chủ tịch (`{}`)",
                    q.authority.trim()
                ),
            )
            .with_hint(
                "write the body, e.g. `authority: Ủy ban nhân dân tỉnh Bình Lâm`, and sign `TM. Ủy ban nhân dân`",
            ),
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
