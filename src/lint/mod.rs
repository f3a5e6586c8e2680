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
use crate::vn;

pub use articles::{ArticleShape, Reference, references, shape};
pub use citations::{Occurrence, occurrences};

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
    /// What the rule checks, for `vanban check --rules`.
    pub summary: &'static str,
    /// The NĐ30 clause (or convention) it enforces.
    pub clause: &'static str,
    /// Whether a document may acknowledge the rule's findings (`allow:`,
    /// `--allow`): rules about the document's own consistency, which a
    /// copy of a real document must keep as the original has them. Rules
    /// that protect the reader (placeholders left, characters that cannot
    /// be printed) never are.
    pub allowable: bool,
    check: fn(&Loaded, &LintContext, &Rule, &mut Vec<Diagnostic>),
}

impl Rule {
    /// A diagnostic of this rule at a field of the document.
    fn at(&self, loaded: &Loaded, path: &str, message: String) -> Diagnostic {
        let d = match self.severity {
            Severity::Error => Diagnostic::error(self.id, message),
            Severity::Warning | Severity::Note => Diagnostic::warning(self.id, message),
        };
        loaded.at(d.with_clause(self.clause), path)
    }
}

/// Every rule, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        id: "year-range",
        severity: Severity::Error,
        allowable: false,
        summary: "the document's `year` lies from 1945 to 2100",
        clause: "consistency: a year the document can be issued in",
        check: values::year_range,
    },
    Rule {
        id: "date-year",
        severity: Severity::Warning,
        allowable: true,
        summary: "the document's date lies in its `year` or next to it, and not before 1945",
        clause: "consistency: the date and the year of one document",
        check: values::date_year,
    },
    Rule {
        id: "number-range",
        severity: Severity::Error,
        allowable: false,
        summary: "a số starts at 1 (`number: 0` is no số)",
        clause: "NĐ30 Phụ lục I, mục II.3 (số văn bản, in Arabic numerals)",
        check: values::number_range,
    },
    Rule {
        id: "number-as-issued",
        severity: Severity::Warning,
        allowable: true,
        summary: "a số written with more leading zeros than NĐ30's (`0204`) is printed as issued",
        clause: "NĐ30 Phụ lục I, mục II.3 (số in Arabic numerals, below 10 with a leading 0)",
        check: number_as_issued,
    },
    Rule {
        id: "empty-value",
        severity: Severity::Error,
        allowable: false,
        summary: "no empty body abbreviation, drafting unit, signer name (the liên tịch one too), công điện sender, place, name line, title or recipient",
        clause: "NĐ30 Phụ lục I, mục II.3 and II.7 (ký hiệu, họ tên người ký)",
        check: values::empty_value,
    },
    Rule {
        id: "unit-unused",
        severity: Severity::Error,
        allowable: false,
        summary: "`unit` only on a công văn, whose ký hiệu has the drafting unit",
        clause: "NĐ30 Phụ lục I, mục II.3 (ký hiệu công văn)",
        check: values::unit_unused,
    },
    Rule {
        id: "placeholder",
        severity: Severity::Error,
        allowable: false,
        summary: "no must-fill placeholder (`<<TÊN CƠ QUAN>>`) is left in the document",
        clause: "NĐ30 Điều 8 (every component of the thể thức filled in)",
        check: placeholders,
    },
    Rule {
        id: "citation-inconsistent",
        severity: Severity::Error,
        allowable: true,
        summary: "one document cited with different ký hiệu or dates",
        clause: "NĐ30 Phụ lục I, mục II.6",
        check: citations::inconsistent,
    },
    Rule {
        id: "citation-without-so",
        severity: Severity::Warning,
        allowable: true,
        summary: "a citation without `số` before its number",
        clause: "NĐ30 Phụ lục I, mục II.6",
        check: citations::without_so,
    },
    Rule {
        id: "ky-hieu-type",
        severity: Severity::Warning,
        allowable: true,
        summary: "a cited ký hiệu whose type abbreviation does not match the kind",
        clause: "NĐ30 Phụ lục III, mục I",
        check: citations::ky_hieu_type,
    },
    Rule {
        id: "bases-order",
        severity: Severity::Warning,
        allowable: true,
        summary: "căn cứ not ordered by legal rank, then by date",
        clause: "convention: căn cứ from the highest legal force down, older first",
        check: citations::bases_order,
    },
    Rule {
        id: "cites-later-document",
        severity: Severity::Error,
        allowable: true,
        summary: "a cited document dated after the document itself",
        clause: "NĐ30 Phụ lục I, mục II.4",
        check: citations::cites_later,
    },
    Rule {
        id: "date-in-future",
        severity: Severity::Warning,
        allowable: true,
        summary: "the document's date, or a cited date, lies in the future",
        clause: "NĐ30 Phụ lục I, mục II.4",
        check: citations::in_future,
    },
    Rule {
        id: "replaced-basis",
        severity: Severity::Warning,
        allowable: true,
        summary: "a căn cứ marked as replaced",
        clause: "convention: cite documents in force",
        check: citations::replaced,
    },
    Rule {
        id: "weekday-mismatch",
        severity: Severity::Error,
        allowable: true,
        summary: "a day of the week written next to a date is that date's (`thứ Tư, ngày 22 tháng 4 năm 2026`)",
        clause: "consistency",
        check: weekday_mismatch,
    },
    Rule {
        id: "title-year",
        severity: Severity::Warning,
        allowable: true,
        summary: "a year in the trích yếu of a Kế hoạch, Báo cáo or Chương trình different from `year`",
        clause: "consistency",
        check: title_year,
    },
    Rule {
        id: "plan-parts",
        severity: Severity::Error,
        allowable: false,
        summary: "a Kế hoạch's `parts` names each standard part once, and every part that has content",
        clause: "consistency: nothing written is left unprinted",
        check: plan_parts,
    },
    Rule {
        id: "signer-academic-title",
        severity: Severity::Error,
        allowable: false,
        summary: "no học hàm or học vị (TS., ThS., GS. …) before the signer's name",
        clause: "NĐ30 Phụ lục I, mục II.7.b (ô 7b)",
        check: signer_academic_title,
    },
    Rule {
        id: "appendix-not-referenced",
        severity: Severity::Warning,
        allowable: true,
        summary: "every phụ lục is referred to in the text (`Phụ lục I`, `Phụ lục II`)",
        clause: "NĐ30 Phụ lục I, mục II (phụ lục)",
        check: appendix_not_referenced,
    },
    Rule {
        id: "table-sum",
        severity: Severity::Error,
        allowable: true,
        summary: "a table's figures given for sums, parent rows, totals and ratios are what they add up to",
        clause: "consistency: a copied original's figures as printed, acknowledged where it is wrong",
        check: table_sums,
    },
    Rule {
        id: "person-title",
        severity: Severity::Warning,
        allowable: true,
        summary: "a giấy giới thiệu's `person` is the name alone: the form prints `Ông (bà)` before it",
        clause: "NĐ30 Phụ lục III, Mẫu 1.8 (Giấy giới thiệu)",
        check: values::person_title,
    },
    Rule {
        id: "time-order",
        severity: Severity::Error,
        allowable: true,
        summary: "a biên bản closes after it opened; a giấy nghỉ phép's leave ends on or after its first day",
        clause: "NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản), Mẫu 1.10 (Giấy nghỉ phép)",
        check: values::time_order,
    },
    Rule {
        id: "collective-signer",
        severity: Severity::Warning,
        allowable: true,
        summary: "a nghị quyết is signed `TM.` of the collective that adopted it",
        clause: "NĐ30 Phụ lục I, mục II.7.a; Phụ lục III, Mẫu 1.1 (Nghị quyết)",
        check: values::collective_signer,
    },
    Rule {
        id: "joint-layout",
        severity: Severity::Error,
        allowable: false,
        summary: "a biên bản is not liên tịch: its two signers are the thư ký and the chủ tọa",
        clause: "NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản)",
        check: values::joint_layout,
    },
    Rule {
        id: "leave-dates",
        severity: Severity::Warning,
        allowable: true,
        summary: "a giấy nghỉ phép's duration in calendar days is its span; the request precedes the leave, the giấy its end",
        clause: "NĐ30 Phụ lục III, Mẫu 1.10 (Giấy nghỉ phép)",
        check: values::leave_dates,
    },
    Rule {
        id: "dien-sender",
        severity: Severity::Warning,
        allowable: true,
        summary: "a công điện's `sender` is who sends it, without the `điện:` vanban prints after it",
        clause: "NĐ30 Phụ lục III, Mẫu 1.6 (Công điện)",
        check: values::dien_sender,
    },
    Rule {
        id: "empty-list",
        severity: Severity::Error,
        allowable: false,
        summary: "a công điện has addressees (`to`), a biên bản attendees",
        clause: "NĐ30 Phụ lục III, Mẫu 1.6 (Công điện), Mẫu 1.9 (Biên bản)",
        check: values::empty_list,
    },
    Rule {
        id: "joint-abbr",
        severity: Severity::Error,
        allowable: false,
        summary: "the second body of a liên tịch document has an abbreviation of its own",
        clause: "NĐ30 Phụ lục I, mục II.3 (ký hiệu văn bản liên tịch)",
        check: values::joint_abbr,
    },
    Rule {
        id: "figure-dot",
        severity: Severity::Warning,
        allowable: true,
        summary: "no table figure written `2.000` without quotes: YAML reads the dot as a decimal point",
        clause: "consistency: a figure is what the drafter means (Vietnamese groups thousands with `.`)",
        check: figure_dot,
    },
    Rule {
        id: "legal-normative",
        severity: Severity::Warning,
        allowable: true,
        summary: "a quyết định citing the Luật Ban hành văn bản quy phạm pháp luật says `legal_normative: true`, and one that says so cites it and is the Ủy ban nhân dân's act",
        clause: "Luật Ban hành văn bản quy phạm pháp luật; NĐ78/2025 (số with the year, enactment sentence)",
        check: normative::legal_normative,
    },
    Rule {
        id: "citation-year",
        severity: Severity::Warning,
        allowable: true,
        summary: "a cited Luật, Nghị định, Thông tư … has the year in its số (`30/2020/NĐ-CP`); a cited công văn, kế hoạch, báo cáo … has none",
        clause: "Luật Ban hành văn bản quy phạm pháp luật (số/năm/ký hiệu); NĐ30 Phụ lục I, mục II.3 (no year)",
        check: normative::citation_year,
    },
    Rule {
        id: "cross-reference",
        severity: Severity::Error,
        allowable: true,
        summary: "a reference to the text's own Điều, khoản or điểm (`khoản 2 Điều 3 Quy chế này`) names one it has",
        clause: "consistency: Điều numbered through the whole text (Luật Ban hành VBQPPL, kỹ thuật trình bày)",
        check: articles::cross_references,
    },
    Rule {
        id: "article-colon",
        severity: Severity::Warning,
        allowable: true,
        summary: "a Điều label typed with a colon (`Điều 1:`) is printed as written; NĐ30 writes `Điều 1.`",
        clause: "NĐ30 Phụ lục III, Mẫu 1.2–1.3 (`Điều 1.`)",
        check: articles::article_colon,
    },
    Rule {
        id: "numbering-depth",
        severity: Severity::Warning,
        allowable: true,
        summary: "a text written in Điều nests no deeper than khoản `1.` and điểm `a)` below its Điều",
        clause: "NĐ30 Phụ lục I, mục II.6 (Điều, khoản 1., điểm a))",
        check: articles::numbering_depth,
    },
    Rule {
        id: "form-shape",
        severity: Severity::Error,
        allowable: false,
        summary: "a form has content; its signature grid has 2 to 4 signers, a fill-in line 1 to 4 fields, a checkbox list an item, a table columns it can draw and rows to fill in, at most `limits::FORM_MAX_BLANK_ROWS` empty",
        clause: "layout: forms (mẫu) attached to a decision or plan",
        check: forms::form_shape,
    },
    Rule {
        id: "ky-hieu-part",
        severity: Severity::Error,
        allowable: false,
        summary: "`issuer.abbr` and `unit` are abbreviations in capitals (`VP`, not `Văn phòng`)",
        clause: "NĐ30 Phụ lục I, mục II.3 (ký hiệu: chữ viết tắt)",
        check: values::ky_hieu_part,
    },
    Rule {
        id: "recipients-written-by-vanban",
        severity: Severity::Warning,
        allowable: false,
        summary: "no `Như trên` or `Lưu: …` typed into `recipients`: vanban writes them",
        clause: "NĐ30 Phụ lục I, mục II.9.b",
        check: values::recipients_written_by_vanban,
    },
    Rule {
        id: "archive-without-vt",
        severity: Severity::Warning,
        allowable: true,
        summary: "nơi nhận ends with `Lưu: VT, …`",
        clause: "NĐ30 Phụ lục I, mục II.9.b",
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
            Some(reason) if !reason.is_empty() => reasons.push((id.as_str(), format!("allowed by the document: {reason}"))),
            _ => problems.push(loaded.at(
                Diagnostic::error("allow-reason", format!("`allow: {id}` needs a reason")).with_hint(format!(
                    "say why the document keeps it, e.g. `{id}: \"typed this way in the original, kept for the copy\"`"
                )),
                &path,
            )),
        }
    }
    for id in allowed {
        if !reasons.iter().any(|(r, _)| *r == id.as_str()) {
            reasons.push((id.as_str(), format!("allowed on the command line (--allow {id})")));
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
            let hint = match crate::load::suggest(id, &known) {
                Some(s) => format!("did you mean `{s}`? Rules that may be allowed: {}", allowable.join(", ")),
                None => format!("rules that may be allowed: {}", allowable.join(", ")),
            };
            Err(Diagnostic::error("allow-unknown", format!("`{id}` is not a rule of vanban")).with_hint(hint))
        }
    }
}

fn refused(id: &str) -> Diagnostic {
    Diagnostic::error(
        "allow-refused",
        format!("the rule `{id}` cannot be allowed: it protects the reader of the document"),
    )
    .with_hint(
        "correct the document instead; only rules about the document's own consistency may be allowed (`vanban check --rules` lists them)",
    )
}

fn number_as_issued(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if let (Some(printed), Some(n)) = (loaded.document.number_as_issued(), loaded.document.number()) {
        out.push(
            rule.at(
                loaded,
                "number",
                format!(
                    "số `{printed}` is printed as issued; NĐ30 writes it `{}`",
                    vn::ky_hieu::number_text(n)
                ),
            )
            .with_hint(format!(
                "keep it for a document issued with this number; for a new document write `number: {n}`"
            )),
        );
    }
}

fn table_sums(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (path, block) in loaded.document.blocks() {
        if let crate::model::Block::Table(t) = block
            && let Ok(view) = crate::model::table::resolve(&t.table)
        {
            for m in view.mismatches {
                out.push(rule.at(loaded, &format!("{path}.table.{}", m.path), m.message).with_hint(
                    "correct the figure, leave it blank for vanban to fill in, or, for a copy that keeps the original's figures, acknowledge it: `allow: {table-sum: \"as printed in the original\"}`",
                ));
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
                out.push(d.with_clause(rule.clause));
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
                    format!("{} is {}, not {}", vn::date::short(w.date), vn::date::weekday(w.date), w.stated),
                )
                .with_hint(format!("write `{}`", vn::date::weekday(w.date)));
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
                rule.at(
                    loaded,
                    "title",
                    format!("the trích yếu says năm {y}, but the document's `year` is {year}"),
                )
                .with_hint("write `năm {{ year }}` so the title follows `year`"),
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
                    format!("`parts` names `{}` twice (also at `parts[{first}]`)", name.key()),
                )
                .with_hint("name each part once, where it is printed"),
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
                rule.at(
                    loaded,
                    field,
                    format!(
                        "`{field}` has content, but `parts` does not name `{}`, so it would not be printed",
                        name.key()
                    ),
                )
                .with_hint(format!(
                    "add `{}` to `parts` where it is to be printed, or remove `{field}`",
                    name.key()
                )),
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
            rule.at(loaded, "signer.name", format!("the signer's name starts with the title `{prefix}`"))
                .with_hint("write only the name: NĐ30 puts no học hàm, học vị or danh hiệu before it"),
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
                rule.at(loaded, &format!("appendices[{i}]"), format!("the text never refers to {label}"))
                    .with_hint(format!(
                        "mention it where it belongs, e.g. `(chi tiết tại {label} kèm theo)`"
                    )),
            );
        }
    }
}

fn archive_without_vt(loaded: &Loaded, _: &LintContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    if !loaded.document.archive().iter().any(|a| a.trim() == "VT") {
        out.push(
            rule.at(
                loaded,
                "archive",
                "the `Lưu:` line of nơi nhận does not name the văn thư (`VT`)".to_string(),
            )
            .with_hint("write `archive: [VT, <drafting unit>]`"),
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
            if path.contains(".rows[") && matches!(node.value, crate::load::tree::Value::Float(_)) && re.is_match(raw) {
                let thousands = raw.replace('.', "");
                out.push(
                    rule.at(doc, path, format!("`{raw}` is read as {} (the dot is a decimal point in YAML)", raw.replace('.', ",")))
                        .with_hint(format!(
                            "write `{thousands}` or `\"{raw}\"` (quoted) for {thousands}; `{}` if you mean the decimal",
                            raw.trim_end_matches('0').trim_end_matches('.')
                        )),
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
