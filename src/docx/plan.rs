//! The Kế hoạch in DOCX: its mục in print order (mục đích/yêu cầu, mục
//! tiêu, dự án with nhiệm vụ, kinh phí and phân công, nhiệm vụ/giải pháp,
//! tổ chức thực hiện, and the plan's own sections), numbered as text as
//! `templates/ke-hoach-body.typ.j2` numbers them.

use std::collections::HashMap;

use docx_rs::{Paragraph, Run};

use super::Writer;
use super::styles::id;
use crate::model::{Block, Citation, Section};
use crate::model::{KeHoach, PartName, PlanPart, Project};
use crate::template::{given_label, outline_label, task_lines};
use crate::vn;

/// One mục of the plan, as printed.
enum Muc<'k> {
    Part(PartName, Option<&'k str>),
    Section(&'k Section),
}

/// The mục in print order: `parts` as written, else the standard parts in
/// their usual order, then the generic sections; a part with nothing to
/// print is left out.
fn mucs(k: &KeHoach) -> Vec<Muc<'_>> {
    let filled = |p: PartName| match p {
        PartName::Purposes => !k.purposes.is_empty() || !k.requirements.is_empty(),
        PartName::Objectives => !k.objectives.is_empty(),
        PartName::Projects => !k.projects.is_empty(),
        PartName::Solutions => !k.solutions.is_empty(),
        PartName::Organization => !k.organization.is_empty(),
        PartName::Sections => true,
    };
    let mut out = Vec::new();
    if k.parts.is_empty() {
        for p in PartName::ALL {
            match p {
                PartName::Sections => out.extend(k.sections.iter().map(Muc::Section)),
                p if filled(p) => out.push(Muc::Part(p, None)),
                _ => {}
            }
        }
        return out;
    }
    for p in &k.parts {
        match p {
            PlanPart::Named(PartName::Sections) => out.extend(k.sections.iter().map(Muc::Section)),
            PlanPart::Named(name) if filled(*name) => out.push(Muc::Part(*name, None)),
            PlanPart::Renamed(r) if filled(r.part) => out.push(Muc::Part(r.part, Some(&r.heading))),
            PlanPart::Section(s) => out.push(Muc::Section(s)),
            _ => {}
        }
    }
    out
}

impl Writer<'_> {
    /// A heading of layout B: 1 = mục (`I. MỤC TIÊU`), 2 = khoản, 3 = tiểu
    /// mục; kept with what follows.
    fn heading(&mut self, level: u8, text: &str) {
        let style = match level {
            1 => id::HEADING_1,
            2 => id::HEADING_2,
            _ => id::HEADING_3,
        };
        let p = self.runs(Paragraph::new().style(style).keep_next(true), text, false, false);
        self.push(p);
    }

    /// The closing `./.` on a line of its own.
    fn end_mark(&mut self) {
        self.para(id::BODY, &vn::text::with_end_mark(""));
    }

    /// The Kế hoạch from the paragraph after the căn cứ to its `./.`;
    /// `citations`: the plan's cited documents by id (its own file's).
    pub(super) fn plan(&mut self, k: &KeHoach, citations: &HashMap<String, Citation>) {
        let mucs = mucs(k);
        // Without a closing paragraph, `./.` ends the last paragraph of the
        // last mục there is.
        let ends = k.closing.is_none();
        if let Some(preamble) = &k.preamble {
            let text = if ends && mucs.is_empty() {
                vn::text::with_end_mark(preamble)
            } else {
                preamble.to_string()
            };
            self.para(id::BODY, &text);
        }
        let count = mucs.len();
        for (i, muc) in mucs.iter().enumerate() {
            let roman = vn::number::roman(i as u32 + 1);
            let at_end = ends && i + 1 == count;
            let title = |heading: Option<&str>, default: &str| {
                format!("{roman}. {}", heading.map_or_else(|| default.to_string(), vn::text::upper))
            };
            match muc {
                Muc::Section(s) => {
                    self.heading(1, &vn::text::upper(&format!("{roman}. {}", s.title)));
                    let style = super::numbering_key(s.numbering, "1.");
                    self.blocks(&s.content, &style, &format!("{roman}."), at_end);
                    if at_end && s.content.is_empty() {
                        self.end_mark();
                    }
                }
                Muc::Part(PartName::Purposes, heading) => {
                    self.heading(1, &title(*heading, "MỤC ĐÍCH, YÊU CẦU"));
                    if !k.purposes.is_empty() {
                        self.heading(2, "1. Mục đích");
                        self.blocks(&k.purposes, "1.1.", "1.", at_end && k.requirements.is_empty());
                    }
                    if !k.requirements.is_empty() {
                        let label = if k.purposes.is_empty() { "1." } else { "2." };
                        self.heading(2, &format!("{label} Yêu cầu"));
                        self.blocks(&k.requirements, "1.1.", label, at_end);
                    }
                }
                Muc::Part(PartName::Objectives, heading) => {
                    self.heading(1, &title(*heading, "MỤC TIÊU"));
                    self.blocks(&k.objectives, "1.", "", at_end);
                }
                Muc::Part(PartName::Projects, heading) => {
                    self.heading(1, &title(*heading, "NỘI DUNG THỰC HIỆN"));
                    let n = k.projects.len();
                    for (x, p) in k.projects.iter().enumerate() {
                        let last = at_end && x + 1 == n;
                        self.heading(2, &format!("{}. {}", x + 1, project_title(p, "Dự án")));
                        self.project_parts(p, last && p.subprojects.is_empty(), citations);
                        let subs = p.subprojects.len();
                        for (y, s) in p.subprojects.iter().enumerate() {
                            let number =
                                if subs > 1 { format!("{}.{}. ", x + 1, y + 1) } else { String::new() };
                            self.heading(3, &format!("{number}{}", project_title(s, "Tiểu dự án")));
                            self.project_parts(s, last && y + 1 == subs, citations);
                        }
                    }
                }
                Muc::Part(PartName::Solutions, heading) => {
                    self.heading(1, &title(*heading, "NHIỆM VỤ, GIẢI PHÁP"));
                    // Numbered in their own sequence, as the PDF numbers
                    // them: a sub-heading or a table takes no number.
                    let n = k.solutions.len();
                    let mut num = 0;
                    for (x, s) in k.solutions.iter().enumerate() {
                        let s_end = at_end && x + 1 == n;
                        if !matches!(s, Block::Heading(_) | Block::Table(_)) {
                            num += 1;
                        }
                        match s {
                            Block::Paragraph(text) => {
                                let line = format!("{num}. {text}");
                                let line = if s_end { vn::text::with_end_mark(&line) } else { line };
                                self.para(id::BODY, &line);
                            }
                            Block::Table(t) => {
                                self.table(&t.table);
                                if s_end {
                                    self.end_mark();
                                }
                            }
                            Block::Section(sec) => {
                                self.heading(2, &format!("{num}. {}", sec.title));
                                self.blocks(&sec.content, "1.1.", &format!("{num}."), s_end);
                                if s_end && sec.content.is_empty() {
                                    self.end_mark();
                                }
                            }
                            Block::Item(item) => {
                                let label = item.number.as_deref().map_or_else(
                                    || outline_label("1.", num, ""),
                                    |given| given_label(given, "1."),
                                );
                                self.item(item, &label, "1.", &[], s_end, &mut 0);
                            }
                            Block::Heading(h) => self.sub_heading(h, s_end),
                        }
                    }
                }
                Muc::Part(PartName::Organization, heading) => {
                    self.heading(1, &title(*heading, "TỔ CHỨC THỰC HIỆN"));
                    let n = k.organization.len();
                    for (x, unit) in k.organization.iter().enumerate() {
                        let last = at_end && x + 1 == n;
                        self.heading(2, &format!("{}. {}", x + 1, unit.unit));
                        self.blocks(&unit.duties, "1.1.", &format!("{}.", x + 1), last);
                        if last && unit.duties.is_empty() {
                            self.end_mark();
                        }
                    }
                }
                Muc::Part(PartName::Sections, _) => {}
            }
        }
        if k.closing.is_some() || (mucs.is_empty() && k.preamble.is_none()) {
            self.para(id::BODY, &vn::text::with_end_mark(k.closing.as_deref().unwrap_or("")));
        }
    }

    /// a) Nội dung thực hiện (with the nhiệm vụ), b) Kinh phí thực hiện,
    /// c) Phân công thực hiện of one dự án; `end`: they end the plan's text.
    fn project_parts(&mut self, p: &Project, end: bool, citations: &HashMap<String, Citation>) {
        let mut content = p.content.clone();
        content.extend(task_lines(&p.tasks).into_iter().map(Block::Paragraph));
        let funding = p.funding.as_ref().map(|f| {
            let cited: Vec<&Citation> = f.under.iter().filter_map(|id| citations.get(id)).collect();
            vec![Block::Paragraph(vn::phrase::funding(f, &cited))]
        });
        let assignment: Vec<Block> =
            vn::phrase::assignments(&p.assignment.0).into_iter().map(Block::Paragraph).collect();
        let mut parts: Vec<(&str, Vec<Block>)> = Vec::new();
        if !content.is_empty() {
            parts.push(("Nội dung thực hiện", content));
        }
        if let Some(f) = funding {
            parts.push(("Kinh phí thực hiện", f));
        }
        if !p.assignment.0.is_empty() {
            parts.push(("Phân công thực hiện", assignment));
        }
        if end && parts.is_empty() {
            self.end_mark();
        }
        let n = parts.len();
        for (x, (label, items)) in parts.into_iter().enumerate() {
            let letter = vn::number::letter(x + 1);
            self.part(&format!("{letter}) {label}:"), &items, end && x + 1 == n);
        }
    }

    /// An `a) Label:` part: one plain paragraph is printed on the label's
    /// line, several below it.
    fn part(&mut self, label: &str, items: &[Block], end: bool) {
        if let [Block::Paragraph(text)] = items {
            let text = if end { vn::text::with_end_mark(text) } else { text.clone() };
            let p = Paragraph::new().style(id::BODY).add_run(Run::new().add_text(format!("{label} ")));
            let p = self.runs(p, &text, false, false);
            self.push(p);
        } else {
            let p = Paragraph::new().style(id::BODY).keep_next(true).add_run(Run::new().add_text(label));
            self.push(p);
            self.blocks(items, "a)", "", end);
        }
    }
}

/// `Dự án 6: Bảo tồn …` when the programme numbers it, else the title.
fn project_title(p: &Project, default: &str) -> String {
    match &p.number {
        Some(n) => format!("{} {n}: {}", p.label.as_deref().unwrap_or(default), p.title),
        None => p.title.clone(),
    }
}
