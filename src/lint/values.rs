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
    for (path, value, fix) in fields {
        if value.is_some_and(|v| v.trim().is_empty()) {
            out.push(at(rule, loaded, path, format!("`{path}` is empty"), &format!("write {fix}")));
        }
    }
}

/// Only a công văn's ký hiệu has the drafting unit (`UBND-VHXH`); on any
/// other type `unit` would be silently ignored.
pub(super) fn unit_unused(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let doc_type = loaded.document.doc_type();
    if doc_type != DocType::CongVan && loaded.document.common().unit.is_some() {
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
