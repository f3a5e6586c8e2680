//! Stage 2: NĐ30 and consistency rules over a loaded document. Each rule has
//! an id, a severity, the field it is about and the clause it enforces.
//! Lints never change the document; `render` prints their warnings and
//! refuses their errors, `check` lists them all.

mod articles;
pub(crate) mod citations;
mod forms;
mod normative;
mod values;

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Loaded;
use crate::model::{Citation, DocType};
use crate::t;
use crate::vn;

pub use articles::{ArticleShape, Reference, references, shape};
pub use citations::{Occurrence, occurrences};
pub use values::DATE_YEAR_SLACK;

/// What rules may depend on besides the document.
#[derive(Debug, Clone, Copy)]
pub struct LintContext {
    /// Today's date, for "in the future" checks.
    pub today: NaiveDate,
}

impl Default for LintContext {
    fn default() -> Self {
        Self { today: chrono::Local::now().date_naive() }
    }
}

/// A lint rule.
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// What the rule checks, for `vanban check --rules`, in the run's
    /// language ([`Rule::summary`]).
    summary: fn() -> String,
    /// The NĐ30 clause (or convention) it enforces ([`Rule::clause`]).
    clause: fn() -> String,
    /// Whether a document may acknowledge the rule's findings (`allow:`,
    /// `--allow`): rules about the document's own consistency, which a
    /// copy of a real document must keep as the original has them. Rules
    /// that protect the reader (placeholders left, characters that cannot
    /// be printed) never are.
    pub allowable: bool,
    check: fn(&Loaded, &LintContext, &Rule, &mut Vec<Diagnostic>),
}

impl Rule {
    /// What the rule checks, in the run's language.
    pub fn summary(&self) -> String {
        (self.summary)()
    }

    /// The NĐ30 clause (or convention) the rule enforces, in the run's
    /// language.
    pub fn clause(&self) -> String {
        (self.clause)()
    }

    /// A diagnostic of this rule at a field of the document.
    fn at(&self, loaded: &Loaded, path: &str, message: String) -> Diagnostic {
        let d = match self.severity {
            Severity::Error => Diagnostic::error(self.id, message),
            Severity::Warning | Severity::Note => Diagnostic::warning(self.id, message),
        };
        loaded.at(d.with_clause(self.clause()), path)
    }
}

/// Every rule, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        id: "year-range",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("year-range-summary"),
        clause: || t!("year-range-summary.rule"),
        check: values::year_range,
    },
    Rule {
        id: "date-year",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("date-year-summary"),
        clause: || t!("date-year-summary.rule"),
        check: values::date_year,
    },
    Rule {
        id: "number-range",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("number-range-summary"),
        clause: || t!("number-range-summary.rule"),
        check: values::number_range,
    },
    Rule {
        id: "number-as-issued",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("number-as-issued-summary"),
        clause: || t!("number-as-issued-summary.rule"),
        check: number_as_issued,
    },
    Rule {
        id: "empty-value",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("empty-value-summary"),
        clause: || t!("empty-value-summary.rule"),
        check: values::empty_value,
    },
    Rule {
        id: "unit-unused",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("unit-unused-summary"),
        clause: || t!("unit-unused-summary.rule"),
        check: values::unit_unused,
    },
    Rule {
        id: "placeholder",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("placeholder-summary"),
        clause: || t!("placeholder-summary.rule"),
        check: placeholders,
    },
    Rule {
        id: "citation-inconsistent",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("citation-inconsistent-summary"),
        clause: || t!("citation-inconsistent-summary.rule"),
        check: citations::inconsistent,
    },
    Rule {
        id: "citation-without-so",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("citation-without-so-summary"),
        clause: || t!("citation-without-so-summary.rule"),
        check: citations::without_so,
    },
    Rule {
        id: "ky-hieu-type",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("ky-hieu-type-summary"),
        clause: || t!("ky-hieu-type-summary.rule"),
        check: citations::ky_hieu_type,
    },
    Rule {
        id: "bases-order",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("bases-order-summary"),
        clause: || t!("bases-order-summary.rule"),
        check: citations::bases_order,
    },
    Rule {
        id: "cites-later-document",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("cites-later-document-summary"),
        clause: || t!("cites-later-document-summary.rule"),
        check: citations::cites_later,
    },
    Rule {
        id: "date-in-future",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("date-in-future-summary"),
        clause: || t!("date-in-future-summary.rule"),
        check: citations::in_future,
    },
    Rule {
        id: "replaced-basis",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("replaced-basis-summary"),
        clause: || t!("replaced-basis-summary.rule"),
        check: citations::replaced,
    },
    Rule {
        id: "weekday-mismatch",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("weekday-mismatch-summary"),
        clause: || t!("weekday-mismatch-summary.rule"),
        check: weekday_mismatch,
    },
    Rule {
        id: "title-year",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("title-year-summary"),
        clause: || t!("title-year-summary.rule"),
        check: title_year,
    },
    Rule {
        id: "plan-parts",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("plan-parts-summary"),
        clause: || t!("plan-parts-summary.rule"),
        check: plan_parts,
    },
    Rule {
        id: "signer-academic-title",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("signer-academic-title-summary"),
        clause: || t!("signer-academic-title-summary.rule"),
        check: signer_academic_title,
    },
    Rule {
        id: "appendix-not-referenced",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("appendix-not-referenced-summary"),
        clause: || t!("appendix-not-referenced-summary.rule"),
        check: appendix_not_referenced,
    },
    Rule {
        id: "appendix-missing",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("appendix-missing-summary"),
        clause: || t!("appendix-missing-summary.rule"),
        check: appendix_missing,
    },
    Rule {
        id: "table-sum",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("table-sum-summary"),
        clause: || t!("table-sum-summary.rule"),
        check: table_sums,
    },
    Rule {
        id: "person-title",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("person-title-summary"),
        clause: || t!("person-title-summary.rule"),
        check: values::person_title,
    },
    Rule {
        id: "time-order",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("time-order-summary"),
        clause: || t!("time-order-summary.rule"),
        check: values::time_order,
    },
    Rule {
        id: "collective-signer",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("collective-signer-summary"),
        clause: || t!("collective-signer-summary.rule"),
        check: values::collective_signer,
    },
    Rule {
        id: "joint-layout",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("joint-layout-summary"),
        clause: || t!("joint-layout-summary.rule"),
        check: values::joint_layout,
    },
    Rule {
        id: "leave-dates",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("leave-dates-summary"),
        clause: || t!("leave-dates-summary.rule"),
        check: values::leave_dates,
    },
    Rule {
        id: "dien-sender",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("dien-sender-summary"),
        clause: || t!("dien-sender-summary.rule"),
        check: values::dien_sender,
    },
    Rule {
        id: "empty-list",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("empty-list-summary"),
        clause: || t!("empty-list-summary.rule"),
        check: values::empty_list,
    },
    Rule {
        id: "joint-abbr",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("joint-abbr-summary"),
        clause: || t!("joint-abbr-summary.rule"),
        check: values::joint_abbr,
    },
    Rule {
        id: "figure-dot",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("figure-dot-summary"),
        clause: || t!("figure-dot-summary.rule"),
        check: figure_dot,
    },
    Rule {
        id: "legal-normative",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("legal-normative-summary"),
        clause: || t!("legal-normative-summary.rule"),
        check: normative::legal_normative,
    },
    Rule {
        id: "citation-year",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("citation-year-summary"),
        clause: || t!("citation-year-summary.rule"),
        check: normative::citation_year,
    },
    Rule {
        id: "cross-reference",
        severity: Severity::Error,
        allowable: true,
        summary: || t!("cross-reference-summary"),
        clause: || t!("cross-reference-summary.rule"),
        check: articles::cross_references,
    },
    Rule {
        id: "article-colon",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("article-colon-summary"),
        clause: || t!("article-colon-summary.rule"),
        check: articles::article_colon,
    },
    Rule {
        id: "numbering-depth",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("numbering-depth-summary"),
        clause: || t!("numbering-depth-summary.rule"),
        check: articles::numbering_depth,
    },
    Rule {
        id: "form-shape",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("form-shape-summary", max_blank_rows = crate::limits::FORM_MAX_BLANK_ROWS),
        clause: || t!("form-shape-summary.rule"),
        check: forms::form_shape,
    },
    Rule {
        id: "ky-hieu-part",
        severity: Severity::Error,
        allowable: false,
        summary: || t!("ky-hieu-part-summary"),
        clause: || t!("ky-hieu-part-summary.rule"),
        check: values::ky_hieu_part,
    },
    Rule {
        id: "recipients-written-by-vanban",
        severity: Severity::Warning,
        allowable: false,
        summary: || t!("recipients-written-by-vanban-summary"),
        clause: || t!("recipients-written-by-vanban-summary.rule"),
        check: values::recipients_written_by_vanban,
    },
    Rule {
        id: "archive-without-vt",
        severity: Severity::Warning,
        allowable: true,
        summary: || t!("archive-without-vt-summary"),
        clause: || t!("archive-without-vt-summary.rule"),
        check: archive_without_vt,
    },
];

/// Runs every rule. Findings of a rule the document acknowledges
/// (`allow:`) are notes.
pub fn lint(loaded: &Loaded, ctx: &LintContext) -> Vec<Diagnostic> {
    lint_allowing(loaded, ctx, &[])
}

/// Runs every rule; findings of rules the document acknowledges (`allow:`)
/// or that `allowed` names (`--allow`, checked by [`allowable`]) are
/// notes. A wrong `allow:` entry is an error at its line.
pub fn lint_allowing(loaded: &Loaded, ctx: &LintContext, allowed: &[String]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        (rule.check)(loaded, ctx, rule, &mut out);
    }
    let mut problems = Vec::new();
    let mut reasons: Vec<(&str, String)> = Vec::new();
    for (id, reason) in loaded.document.allow() {
        let path = format!("allow.{id}");
        if let Err(d) = allowable(id) {
            problems.push(loaded.at(d, &path));
            continue;
        }
        match reason.as_deref().map(str::trim) {
            Some(reason) if !reason.is_empty() => {
                reasons.push((id.as_str(), t!("allowed-by-document", reason = reason)))
            }
            _ => problems.push(
                loaded.at(
                    Diagnostic::error("allow-reason", t!("allow-reason", id = id.as_str()))
                        .with_hint(t!("allow-reason.hint", id = id.as_str())),
                    &path,
                ),
            ),
        }
    }
    for id in allowed {
        if !reasons.iter().any(|(r, _)| *r == id.as_str()) {
            reasons.push((id.as_str(), t!("allowed-on-command-line", id = id.as_str())));
        }
    }
    for d in &mut out {
        if let Some((_, reason)) = reasons.iter().find(|(id, _)| *id == d.code) {
            d.severity = Severity::Note;
            d.hint = Some(reason.clone());
        }
    }
    problems.extend(out);
    problems
}

/// Whether a rule may be allowed; the error says why not (an unknown id, or
/// a rule that protects the reader).
pub fn allowable(id: &str) -> Result<(), Diagnostic> {
    let allowable: Vec<&str> = RULES.iter().filter(|r| r.allowable).map(|r| r.id).collect();
    match RULES.iter().find(|r| r.id == id) {
        Some(rule) if rule.allowable => Ok(()),
        Some(_) => Err(refused(id)),
        None if crate::verify::is_rule(id) => Err(refused(id)),
        None => {
            let mut known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
            known.extend(crate::verify::RULES.iter().map(|r| r.id));
            let allowable = allowable.join(", ");
            let hint = match crate::load::suggest(id, &known) {
                Some(s) => t!("allow-unknown-suggest.hint", suggestion = s, allowable = allowable),
                None => t!("allow-unknown.hint", allowable = allowable),
            };
            Err(Diagnostic::error("allow-unknown", t!("allow-unknown", id = id)).with_hint(hint))
        }
    }
}

fn refused(id: &str) -> Diagnostic {
    Diagnostic::error("allow-refused", t!("allow-refused", id = id)).with_hint(t!("allow-refused.hint"))
}

fn number_as_issued(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if let (Some(printed), Some(n)) = (loaded.document.number_as_issued(), loaded.document.number()) {
        out.push(
            rule.at(
                loaded,
                "number",
                t!("number-as-issued", printed = printed, nd30 = vn::ky_hieu::number_text(n)),
            )
            .with_hint(t!("number-as-issued.hint", number = n.to_string())),
        );
    }
}

fn table_sums(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (path, block) in loaded.document.blocks() {
        if let crate::model::Block::Table(t) = block
            && let Ok(view) = crate::model::table::resolve(&t.table)
        {
            // Labels in levels (I / 1 / a) without `levels:`: the figures
            // typed for the parents are their rows' sums, and leaving them
            // blank would add parents and rows alike into the total.
            let hint = match crate::model::table::levels_from_labels(&t.table) {
                Some(styles) => {
                    let quoted: Vec<String> = styles
                        .iter()
                        .map(|s| {
                            if s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
                                format!("\"{s}\"")
                            } else {
                                s.to_string()
                            }
                        })
                        .collect();
                    t!("table-sum-levels.hint", levels = format!("[{}]", quoted.join(", ")))
                }
                None => t!("table-sum.hint"),
            };
            for m in view.mismatches {
                out.push(
                    rule.at(loaded, &format!("{path}.table.{}", m.path), m.message).with_hint(hint.clone()),
                );
            }
        }
    }
}

fn placeholders(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    // The Kế hoạch a quyết định issues is printed with it: its placeholders
    // too, located in its own file.
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        doc.tree.visit_strings(&mut String::new(), &mut |path, node| {
            if let Some(s) = node.as_str()
                && let Some(d) = crate::load::placeholder_in(&doc.file, path, &node.span, s)
            {
                out.push(d.with_clause(rule.clause()));
            }
        });
    }
}

fn weekday_mismatch(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        let Some(text) = node.as_str() else { return };
        for w in vn::date::wrong_weekdays(text) {
            let mut d = rule
                .at(
                    loaded,
                    path,
                    t!(
                        "weekday-mismatch",
                        date = vn::date::short(w.date),
                        weekday = vn::date::weekday(w.date),
                        stated = w.stated.as_str()
                    ),
                )
                .with_hint(t!("weekday-mismatch.hint", weekday = vn::date::weekday(w.date)));
            // Point at the weekday when the YAML holds it as written.
            let raw = &loaded.file.text[node.span.clone()];
            if let Some(o) = raw.find(&text[w.at.clone()]) {
                d = d.with_span(&loaded.file, node.span.start + o..node.span.start + o + w.at.len());
            }
            out.push(d);
        }
    });
}

fn title_year(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    // Plans, programmes and reports are about their year; a tờ trình or
    // công văn may well be about next year's.
    if !matches!(loaded.document.doc_type(), DocType::KeHoach | DocType::BaoCao | DocType::ChuongTrinh) {
        return;
    }
    let year = loaded.document.year();
    for y in title_years(loaded.document.title()) {
        if y != year {
            out.push(
                rule.at(loaded, "title", t!("title-year", stated = y.to_string(), year = year.to_string()))
                    .with_hint(t!("title-year.hint")),
            );
        }
    }
}

fn plan_parts(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    use crate::model::{Document, PartName};
    let Document::KeHoach(plan) = &loaded.document else { return };
    if plan.parts.is_empty() {
        return;
    }
    let mut seen: Vec<(PartName, usize)> = Vec::new();
    for (i, part) in plan.parts.iter().enumerate() {
        let Some(name) = part.name() else { continue };
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            out.push(
                rule.at(
                    loaded,
                    &format!("parts[{i}]"),
                    t!("plan-parts-twice", part = name.key(), first = first.to_string()),
                )
                .with_hint(t!("plan-parts-twice.hint")),
            );
        } else {
            seen.push((name, i));
        }
    }
    let filled = [
        (PartName::Purposes, !plan.purposes.is_empty() || !plan.requirements.is_empty(), "purposes"),
        (PartName::Objectives, !plan.objectives.is_empty(), "objectives"),
        (PartName::Projects, !plan.projects.is_empty(), "projects"),
        (PartName::Solutions, !plan.solutions.is_empty(), "solutions"),
        (PartName::Organization, !plan.organization.is_empty(), "organization"),
        (PartName::Sections, !plan.sections.is_empty(), "sections"),
    ];
    for (name, has_content, field) in filled {
        if has_content && !seen.iter().any(|(n, _)| *n == name) {
            // `requirements` alone is printed under `purposes`.
            let field = if field == "purposes" && plan.purposes.is_empty() { "requirements" } else { field };
            out.push(
                rule.at(loaded, field, t!("plan-parts-missing", field = field, part = name.key()))
                    .with_hint(t!("plan-parts-missing.hint", field = field, part = name.key())),
            );
        }
    }
}

/// The single years a trích yếu is about: `năm 2026`, in any case
/// (`NĂM 2026`). A year that is part of a range or a period (`năm
/// 2026-2028`, `giai đoạn 2026 - 2030`, `từ năm 2025 đến năm 2029`) is not
/// one: such a plan spans several years, and its title is written as it is.
fn title_years(title: &str) -> Vec<i32> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?i)\b(?:giai\s+đoạn|từ)?\s*năm\s+(\d{4})(\s*(?:[-–—/]|đến(?:\s+năm)?)\s*\d{4})?")
            .expect("valid regex")
    });
    re.captures_iter(title)
        .filter(|cap| cap.get(2).is_none())
        .filter(|cap| {
            let lead = cap[0].trim_start().to_lowercase();
            !(lead.starts_with("giai") || lead.starts_with("từ"))
        })
        .filter_map(|cap| cap[1].parse().ok())
        .collect()
}

fn signer_academic_title(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let name = &loaded.document.signer().name;
    if let Some(prefix) = vn::text::title_prefix(name) {
        out.push(
            rule.at(loaded, "signer.name", t!("signer-academic-title", prefix = prefix))
                .with_hint(t!("signer-academic-title.hint")),
        );
    }
}

fn appendix_not_referenced(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let appendices = loaded.document.appendices();
    if appendices.is_empty() {
        return;
    }
    let mut text = String::new();
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        if !path.starts_with("appendices")
            && let Some(s) = node.as_str()
        {
            text.push_str(s);
            text.push('\n');
        }
    });
    let text = text.to_lowercase();
    for (i, a) in appendices.iter().enumerate() {
        // A label as written (`Mẫu biểu số 01`) is what the text names.
        let own = a.label.as_deref().map(str::trim).filter(|l| !l.is_empty());
        let label = match own {
            Some(l) => l.to_string(),
            None if appendices.len() == 1 => "Phụ lục".to_string(),
            None => format!("Phụ lục {}", vn::number::roman(i as u32 + 1)),
        };
        let needle = label.to_lowercase();
        // `Phụ lục I` must not be found inside `Phụ lục II`, nor `Mẫu biểu
        // số 01` inside `Mẫu biểu số 010`.
        let found = text.match_indices(&needle).any(|(at, m)| {
            let rest = &text[at + m.len()..];
            if own.is_some() {
                !rest.starts_with(char::is_alphanumeric)
            } else {
                !rest.starts_with(|c: char| c.is_alphanumeric() && c.is_uppercase() || "ivxlc".contains(c))
            }
        });
        if !found {
            out.push(
                rule.at(
                    loaded,
                    &format!("appendices[{i}]"),
                    t!("appendix-not-referenced", label = label.as_str()),
                )
                .with_hint(t!("appendix-not-referenced.hint", label = label.as_str())),
            );
        }
    }
}

/// The text sends the reader to a phụ lục "kèm theo" (`chi tiết tại Phụ
/// lục kèm theo`, `Phụ lục II kèm theo Quyết định này`, `Phụ lục ban hành
/// kèm theo …`, `các Phụ lục I, II và III kèm theo`, `Phụ lục I đính kèm`,
/// `Phụ lục I (kèm theo)`) and the document
/// has none, nor a text issued with it that could hold it (probe 8: a
/// quyết định approving a list "chi tiết tại Phụ lục kèm theo" without
/// one was issued without a word). A phụ lục of another document (`Phụ
/// lục kèm theo Quyết định số 12/QĐ-UBND`) is not this one's.
fn appendix_missing(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    static MENTION: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let mention = MENTION.get_or_init(|| {
        // `Phụ lục`, its number(s) (`I`, `số 02`, `I, II và III`), then
        // `(ban hành) kèm theo`, `đính kèm` or `(kèm theo)`.
        let number = r"(?:số\s+)?(?:[ivxlc]+|\d+)";
        regex::Regex::new(&format!(
            r"(?i)\bphụ\s+lục(?:\s+{number}(?:\s*(?:,|và)\s*{number})*)?\s*\(?\s*(?:ban\s+hành\s+)?(?:kèm\s+theo|đính\s+kèm)\b(?P<after>[^.;\n]{{0,60}})"
        ))
        .expect("a valid pattern")
    });
    if !loaded.document.appendices().is_empty() || loaded.attachment.is_some() {
        return;
    }
    let mut found: Option<String> = None;
    loaded.tree.visit_strings(&mut String::new(), &mut |path, node| {
        if found.is_none()
            && let Some(s) = node.as_str()
            && mention.captures_iter(s).any(|c| {
                // `kèm theo Quyết định số 12/…`: another document's phụ lục.
                let after = c.name("after").map_or("", |m| m.as_str()).to_lowercase();
                !after.trim_start().starts_with(|ch: char| ch.is_alphabetic()) || !after.contains(" số ")
            })
        {
            found = Some(path.to_string());
        }
    });
    if let Some(path) = found {
        out.push(rule.at(loaded, &path, t!("appendix-missing")).with_hint(t!("appendix-missing.hint")));
    }
}

fn archive_without_vt(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if !loaded.document.archive().iter().any(|a| a.trim() == "VT") {
        out.push(
            rule.at(loaded, "archive", t!("archive-without-vt")).with_hint(t!("archive-without-vt.hint")),
        );
    }
}

/// Every structured citation of a document with its field path.
pub fn structured_citations(loaded: &Loaded) -> Vec<(String, Citation)> {
    let doc = &loaded.document;
    let mut out = Vec::new();
    for (i, b) in doc.bases().iter().enumerate() {
        if let Some(c) = b.citation() {
            out.push((format!("bases[{i}]"), c));
        }
        for (j, c) in b.group.iter().enumerate() {
            out.push((format!("bases[{i}].group[{j}]"), c.clone()));
        }
    }
    for (i, c) in doc.references().iter().enumerate() {
        out.push((format!("references[{i}]"), c.clone()));
    }
    out
}

/// `2.000` unquoted in a table: YAML reads it as two with three decimals
/// (printed `2,000`), where a Vietnamese drafter means two thousand.
fn figure_dot(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^-?\d{1,3}(?:\.\d{3})+$").expect("valid regex"));
    for doc in std::iter::once(loaded).chain(loaded.attachment.as_deref()) {
        doc.tree.visit_scalars(&mut String::new(), &mut |path, node| {
            let raw = doc.file.text.get(node.span.clone()).unwrap_or("").trim();
            if path.contains(".rows[")
                && matches!(node.value, crate::load::tree::Value::Float(_))
                && re.is_match(raw)
            {
                let thousands = raw.replace('.', "");
                out.push(
                    rule.at(doc, path, t!("figure-dot", raw = raw, read = raw.replace('.', ","))).with_hint(
                        t!(
                            "figure-dot.hint",
                            raw = raw,
                            thousands = thousands.as_str(),
                            decimal = raw.trim_end_matches('0').trim_end_matches('.')
                        ),
                    ),
                );
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::title_years;

    #[test]
    fn title_years_are_single_years_in_any_case() {
        assert_eq!(title_years("Thực hiện Chương trình năm 2026 trên địa bàn xã"), [2026]);
        assert_eq!(title_years("KẾ HOẠCH PHÁT TRIỂN NĂM 2025"), [2025]);
        assert_eq!(title_years("Năm 2024 và năm 2025"), [2024, 2025]);
    }

    #[test]
    fn ranges_and_periods_are_not_single_years() {
        for title in [
            "Phát triển du lịch giai đoạn 2026-2028",
            "Kế hoạch đầu tư công trung hạn 5 năm 2026-2030",
            "KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN 5 NĂM 2026 – 2030",
            "các năm 2025-2029",
            "từ năm 2025 đến năm 2029",
            "TỪ NĂM 2025 ĐẾN 2029",
            "giai đoạn năm 2026",
        ] {
            assert_eq!(title_years(title), Vec::<i32>::new(), "{title}");
        }
    }
}
