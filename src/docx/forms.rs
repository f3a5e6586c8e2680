//! Forms (mẫu) in DOCX, as `parts.typ.j2`'s `form` and `nd30.typ`'s `mau`,
//! `dien`, `o-chon`, `ngay-thang` and `ky-ten` print them, each in a
//! section of its own (new page, page numbers from 1): `Mẫu số 01` at the
//! top right, the small header if asked, the title; fill-in lines as dot
//! leaders of right tab stops (they stay dots when Word reflows the line),
//! tick boxes as bordered runs, tables with empty rows `form.row-mm` high,
//! signers side by side, the date line.

use docx_rs::{
    AlignmentType, LineSpacing, Paragraph, Run, SpecialIndentType, Tab, TabLeaderType, TabValueType,
};

use super::styles::{id, text_width, twips_mm, twips_pt};
use super::{Child, Writer, borderless, eighths, measure, spacer};
use crate::model::form::{Checkboxes, Form, FormBlock, FormSigner};
use crate::vn;

/// A blank day, month or year on a date line, and a blank place.
const DATE_DOTS: &str = "……";
const PLACE_DOTS: &str = "…………";

/// The label of a fill-in field: its colon added when not typed; an empty
/// one is a line of dots (`field_label` in the templates).
fn field_label(label: &str) -> String {
    let s = label.trim_end();
    if s.is_empty() || s.ends_with([':', '.', '?']) { s.to_string() } else { format!("{s}:") }
}

impl Writer<'_> {
    /// Every form of a document, each in its own section.
    pub(super) fn forms(&mut self, forms: &[Form]) {
        for (i, f) in forms.iter().enumerate() {
            self.new_section(super::appendix::Page { landscape: false, restart: true });
            self.form(f, i + 1);
        }
    }

    /// A paragraph of a form's body: flush left, not justified, no indent.
    fn flush(&self) -> Paragraph {
        Paragraph::new().style(id::BODY).align(AlignmentType::Left).indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(0)),
            None,
            None,
        )
    }

    fn form(&mut self, f: &Form, n: usize) {
        let nd = self.n;
        let label = f.label.clone().unwrap_or_else(|| format!("Mẫu số {n:02}"));
        let p = self.flush().align(AlignmentType::Right).add_run(Run::new().add_text(label).bold());
        self.push(p);
        if let Some(header) = &f.header {
            self.push(spacer(nd.gap_pt.header_rows));
            self.form_header(&header.organization);
            self.push(spacer(nd.gap_pt.after_header));
        }
        let p = Paragraph::new().style(id::TEN_LOAI).add_run(Run::new().add_text(vn::text::upper(&f.title)));
        self.push(p);
        if let Some(subtitle) = &f.subtitle {
            let p = self.runs(Paragraph::new().style(id::TRICH_YEU), subtitle, false, false);
            self.push(p);
        }
        self.push(spacer(nd.gap_pt.after_title));
        for b in &f.content {
            match b {
                FormBlock::Text(t) => {
                    let p = self.runs(self.flush(), t, false, false);
                    self.push(p);
                }
                FormBlock::Field(l) => self.fields(std::slice::from_ref(l)),
                FormBlock::Fields(ls) => self.fields(ls),
                FormBlock::Checkboxes(c) => self.checkboxes(c),
                FormBlock::Table(t) => {
                    self.table_with_blank_rows(&t.table(), t.blank_rows as usize);
                }
                FormBlock::Signatures(s) => self.form_signers(s),
                FormBlock::DateLine(place) => {
                    let place = if place.trim().is_empty() { PLACE_DOTS } else { place.as_str() };
                    let text = format!("{place}, ngày {DATE_DOTS} tháng {DATE_DOTS} năm {DATE_DOTS}");
                    let p = self.flush().align(AlignmentType::Right);
                    let p = self.runs(p, &text, false, true);
                    self.push(p);
                }
            }
        }
    }

    /// The Quốc hiệu and Tiêu ngữ with its rule, the organisation's lines
    /// (bold capitals, a rule under them) on their left when given, in the
    /// header's columns.
    fn form_header(&mut self, organization: &[String]) {
        let n = self.n;
        let tieu_ngu = "Độc lập - Tự do - Hạnh phúc";
        let width = text_width(n);
        let left = (f64::from(width) * n.header_columns[0]).round() as i32;
        let room = if organization.is_empty() { width } else { width - left };
        let quoc_hieu = vec![
            Paragraph::new()
                .style(id::QUOC_HIEU)
                .add_run(Run::new().add_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
            Paragraph::new().style(id::TIEU_NGU).add_run(Run::new().add_text(tieu_ngu)),
            self.rule(twips_pt(measure(tieu_ngu, n.size_pt.tieu_ngu, true)), room),
        ];
        if organization.is_empty() {
            for p in quoc_hieu {
                self.push(p);
            }
            return;
        }
        let mut org = Vec::new();
        let mut widest: f64 = 0.0;
        for line in organization {
            let upper = vn::text::upper(line);
            widest = widest.max(measure(&upper, n.size_pt.co_quan, true));
            org.push(Paragraph::new().style(id::CO_QUAN).add_run(Run::new().add_text(upper)));
        }
        org.push(self.rule(twips_pt(widest * n.short_rule), left));
        let table = borderless(&[left, width - left], vec![vec![org, quoc_hieu]]);
        self.body.push(Child::Table(Box::new(table)));
    }

    /// Fill-in fields sharing a line: each label, then dots to the end of
    /// its equal share of the line (a right tab stop with a dot leader);
    /// fields whose labels leave one of them less than
    /// `form.field-min-dots-mm` of dots take a line each.
    fn fields(&mut self, labels: &[String]) {
        let n = self.n;
        let size = n.size_pt.body;
        let width = f64::from(text_width(n)) / 20.0;
        let gap = n.form.field_gap_em * size;
        let dots_gap = n.form.dots_gap_em * size;
        let share = (width - gap * (labels.len().saturating_sub(1)) as f64) / labels.len().max(1) as f64;
        let min_dots = n.form.field_min_dots_mm * crate::nd30::PT_PER_MM;
        let labels: Vec<String> = labels.iter().map(|l| field_label(l)).collect();
        let fits = labels.iter().all(|l| measure(l, size, false) + dots_gap + min_dots <= share);
        let lines: Vec<Vec<String>> =
            if fits { vec![labels] } else { labels.into_iter().map(|l| vec![l]).collect() };
        for line in lines {
            let count = line.len();
            let share = (width - gap * (count - 1) as f64) / count as f64;
            let mut p = self.flush();
            for (i, label) in line.iter().enumerate() {
                let start = i as f64 * (share + gap);
                let end = start + share;
                if i > 0 {
                    p = p.add_tab(Tab::new().val(TabValueType::Left).pos(twips_pt(start) as usize));
                    p = p.add_run(Run::new().add_tab());
                }
                p = p.add_tab(
                    Tab::new()
                        .val(TabValueType::Right)
                        .leader(TabLeaderType::Dot)
                        .pos(twips_pt(end) as usize),
                );
                if !label.is_empty() {
                    // The label, then the small gap before the dots.
                    p = self.runs(p, label, false, false).add_run(Run::new().add_text(" "));
                }
                p = p.add_run(Run::new().add_tab());
            }
            self.push(p);
        }
    }

    /// A tick box: a bordered run of four non-breaking spaces (0.25 em
    /// each in Times New Roman) at a size that makes it `form.checkbox-em`
    /// of the body size wide, and about as high.
    fn tick_box(&self) -> Run {
        let n = self.n;
        let size = super::styles::half_points(n.form.checkbox_em * n.size_pt.body);
        Run::new().add_text("\u{a0}".repeat(4)).size(size).text_border(
            docx_rs::TextBorder::new()
                .border_type(docx_rs::BorderType::Single)
                .size(eighths(n.rule_stroke_pt))
                .color("000000"),
        )
    }

    /// Tick boxes: after the label on one line, `form.checkbox-gap-em`
    /// between items, each box kept with its item; or one per line.
    fn checkboxes(&mut self, c: &Checkboxes) {
        let n = self.n;
        match &c.label {
            Some(label) => {
                let p = self.flush();
                let mut p = self.runs(p, label, false, false);
                // The gap as spaces (0.25 em each) so that Word may wrap there.
                let gap = " ".repeat(((n.form.checkbox_gap_em / 0.25).round() as usize).max(1));
                for (i, item) in c.items.iter().enumerate() {
                    p = p.add_run(Run::new().add_text(if i == 0 { " " } else { gap.as_str() }));
                    p = p.add_run(self.tick_box()).add_run(Run::new().add_text("\u{a0}"));
                    p = self.runs(p, &item.replace(' ', "\u{a0}"), false, false);
                }
                self.push(p);
            }
            None => {
                for item in &c.items {
                    let p = self.flush().add_run(self.tick_box()).add_run(Run::new().add_text(" "));
                    let p = self.runs(p, item, false, false);
                    self.push(p);
                }
            }
        }
    }

    /// Signers side by side without borders, 4 mm apart: each with its
    /// title (bold, capitals), its note (italic), the signing space
    /// (`form.signature-space-mm`), its name (bold) if known.
    fn form_signers(&mut self, signers: &[FormSigner]) {
        if signers.is_empty() {
            return;
        }
        let n = self.n;
        let width = text_width(n);
        let gutter = twips_mm(4.0);
        let k = signers.len() as i32;
        let share = (width - gutter * (k - 1)) / k;
        let mut widths = Vec::new();
        let mut cells = Vec::new();
        let leading = n.leading_em * n.size_pt.body;
        let before = twips_pt(leading + n.par_gap_pt + n.gap_pt.before_signature) as u32;
        for (i, s) in signers.iter().enumerate() {
            if i > 0 {
                widths.push(gutter);
                cells.push(vec![Paragraph::new().style(id::RULE)]);
            }
            widths.push(if i + 1 == signers.len() { width - (share + gutter) * (k - 1) } else { share });
            let note = s.note.clone().unwrap_or_else(|| "(Ký, ghi rõ họ tên)".to_string());
            let mut cell = vec![
                Paragraph::new()
                    .style(id::CHU_KY)
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().before(before))
                    .add_run(Run::new().add_text(vn::text::upper(&s.title))),
                Paragraph::new()
                    .style(id::CHU_KY)
                    .keep_next(true)
                    .add_run(Run::new().add_text(note).italic().disable_bold()),
                Paragraph::new().style(id::CHU_KY).keep_next(true).line_spacing(
                    LineSpacing::new()
                        .line_rule(docx_rs::LineSpacingType::Exact)
                        .line(twips_mm(n.form.signature_space_mm)),
                ),
            ];
            if let Some(name) = &s.name {
                cell.push(Paragraph::new().style(id::CHU_KY).add_run(Run::new().add_text(name.clone())));
            }
            cells.push(cell);
        }
        let table = borderless(&widths, vec![cells]);
        self.body.push(Child::Table(Box::new(table)));
    }
}
