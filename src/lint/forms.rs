//! Forms (mẫu): the shapes their layout holds.

use crate::diagnostic::Diagnostic;
use crate::limits::FORM_MAX_BLANK_ROWS;
use crate::load::Loaded;
use crate::model::FormBlock;

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
                    rule.at(
                        doc,
                        &format!("forms[{i}].content"),
                        "a form needs something to fill in".to_string(),
                    )
                    .with_hint("add `field:`, `fields:`, `checkboxes:`, `table:` or `signatures:` blocks"),
                );
            }
            for (j, block) in form.content.iter().enumerate() {
                let path = format!("forms[{i}].content[{j}]");
                // The table the layout draws: checked as any table is.
                if let FormBlock::Table(t) = block
                    && let Err(errors) = crate::model::table::resolve(&t.table())
                {
                    for e in errors {
                        out.push(rule.at(doc, &format!("{path}.table.{}", e.path), e.message).with_hint(
                            "give the table its columns, each with a `title` (and a `width` such as 30mm, 2fr or auto)",
                        ));
                    }
                }
                let problem = match block {
                    FormBlock::Signatures(s) if !SIGNERS.contains(&s.len()) => Some((
                        "signatures".to_string(),
                        format!("a signature grid sets 2 to 4 signers side by side, not {}", s.len()),
                        "list two to four signers; a single signer signs under a date line, or use a second grid below",
                    )),
                    FormBlock::Fields(f) if !FIELDS_PER_LINE.contains(&f.len()) => Some((
                        "fields".to_string(),
                        format!("one line holds 1 to 4 fill-in fields, not {}", f.len()),
                        "split the fields over several `fields:` lines",
                    )),
                    FormBlock::Checkboxes(c) if c.items.is_empty() => Some((
                        "checkboxes".to_string(),
                        "a checkbox list needs at least one item".to_string(),
                        "list the choices to tick, e.g. `checkboxes: [Có, Không]`",
                    )),
                    FormBlock::Table(t) if t.blank_rows > FORM_MAX_BLANK_ROWS => Some((
                        "table.blank_rows".to_string(),
                        format!(
                            "{} empty rows; a form's table has at most {FORM_MAX_BLANK_ROWS}",
                            t.blank_rows
                        ),
                        "print the sheet several times instead",
                    )),
                    FormBlock::Table(t) if t.blank_rows == 0 && t.rows.is_empty() => Some((
                        "table.blank_rows".to_string(),
                        "a form's table with no rows and `blank_rows: 0` is a header with nothing to fill in"
                            .to_string(),
                        "leave `blank_rows` out (5 empty rows) or give the number of rows to fill in",
                    )),
                    _ => None,
                };
                if let Some((field, message, hint)) = problem {
                    out.push(rule.at(doc, &format!("{path}.{field}"), message).with_hint(hint.to_string()));
                }
            }
        }
    }
}
