//! Forms (mẫu): the shapes their layout holds.

use crate::diagnostic::Diagnostic;
use crate::limits::FORM_MAX_BLANK_ROWS;
use crate::load::Loaded;
use crate::model::FormBlock;
use crate::t;

use super::{LintContext, Rule};

/// Signers a form's signature grid sets side by side.
const SIGNERS: std::ops::RangeInclusive<usize> = 2..=4;
/// Fill-in fields sharing one line.
const FIELDS_PER_LINE: std::ops::RangeInclusive<usize> = 1..=4;

/// `form-shape`: something to fill in, two to four signers side by side, one
/// to four fields on a line, boxes to tick, tables the layout can draw (at
/// least one column, widths it knows) with rows to fill in, at most
/// [`FORM_MAX_BLANK_ROWS`] empty.
pub(super) fn form_shape(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        for (i, form) in doc.document.forms().iter().enumerate() {
            if form.content.is_empty() {
                out.push(
                    rule.at(doc, &format!("forms[{i}].content"), t!("form-shape-empty"))
                        .with_hint(t!("form-shape-empty.hint")),
                );
            }
            for (j, block) in form.content.iter().enumerate() {
                let path = format!("forms[{i}].content[{j}]");
                // The table the layout draws: checked as any table is.
                if let FormBlock::Table(t) = block
                    && let Err(errors) = crate::model::table::resolve(&t.table())
                {
                    for e in errors {
                        out.push(
                            rule.at(doc, &format!("{path}.table.{}", e.path), e.message)
                                .with_hint(t!("form-shape-table.hint")),
                        );
                    }
                }
                let problem = match block {
                    FormBlock::Signatures(s) if !SIGNERS.contains(&s.len()) => Some((
                        "signatures",
                        t!("form-shape-signatures", count = s.len()),
                        t!("form-shape-signatures.hint"),
                    )),
                    FormBlock::Fields(f) if !FIELDS_PER_LINE.contains(&f.len()) => Some((
                        "fields",
                        t!("form-shape-fields", count = f.len()),
                        t!("form-shape-fields.hint"),
                    )),
                    FormBlock::Checkboxes(c) if c.items.is_empty() => {
                        Some(("checkboxes", t!("form-shape-checkboxes"), t!("form-shape-checkboxes.hint")))
                    }
                    FormBlock::Table(table) if table.blank_rows > FORM_MAX_BLANK_ROWS => Some((
                        "table.blank_rows",
                        t!("form-shape-blank-rows", count = table.blank_rows, max = FORM_MAX_BLANK_ROWS),
                        t!("form-shape-blank-rows.hint"),
                    )),
                    FormBlock::Table(table) if table.blank_rows == 0 && table.rows.is_empty() => {
                        Some(("table.blank_rows", t!("form-shape-no-rows"), t!("form-shape-no-rows.hint")))
                    }
                    _ => None,
                };
                if let Some((field, message, hint)) = problem {
                    out.push(rule.at(doc, &format!("{path}.{field}"), message).with_hint(hint));
                }
            }
        }
    }
}
