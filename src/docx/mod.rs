//! The DOCX backend: a Word file of a document, from the same document
//! model as the PDF (never from the Typst source), laid out as NĐ30 asks
//! with the numbers of `nd30.toml` ([`crate::nd30`]).
//!
//! The file is built with `docx-rs`; its XML parts are then packed again
//! here into a zip whose entries carry a fixed date, so that the same YAML
//! gives the same bytes. A part of a document that has no DOCX form yet
//! (a Kế hoạch, a phụ lục, a stamp, a copy block, images) is an error at
//! its field, never a silently different document.
//!
//! Here: the shared pieces (header, tên loại, căn cứ, numbered blocks,
//! tables, nơi nhận and signer) and the types written as a text body (công
//! văn, báo cáo, tờ trình, thông báo, văn bản có tên loại, thư công);
//! `decision` writes the quyết định and nghị quyết, `small_types` the
//! papers of Mẫu 1.6–1.10 and the hợp đồng, `signers` two signers side by
//! side, `forms` the mẫu.

mod appendix;
pub mod check;
mod decision;
mod forms;
mod images;
mod plan;
mod signers;
mod small_types;
mod stamps;
pub mod styles;

use std::io::{Cursor, Write};

use docx_rs::{
    AlignmentType, BreakType, Docx, Footnote, Header, LineSpacing, PageMargin, PageNum, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, SpecialIndentType, Table, TableBorders,
    TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::{BasesEnd, Block, DocType, Document};
use crate::nd30::Nd30;
use crate::template::escape::{Inline, parse_inline};
use crate::template::{
    child_style, given_label, kinh_gui_lines, next_style, outline_label, recipient_lines, typed_article_label,
};
use crate::vn;
use styles::{half_points, id, text_width, twips_mm, twips_pt};

/// How the DOCX is made.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocxOptions {
    /// Số and the day and month left blank for the văn thư.
    pub draft: bool,
}

/// The DOCX of `loaded`, or the errors that keep it from having one.
pub fn write(loaded: &Loaded, options: DocxOptions) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let n = Nd30::embedded();
    let mut w = Writer {
        n,
        loaded,
        problems: Vec::new(),
        body: Vec::new(),
        footnotes: 0,
        page: appendix::Page::default(),
    };
    w.refuse_unsupported();
    if !w.problems.is_empty() {
        return Err(w.problems);
    }
    w.document(options);
    if !w.problems.is_empty() {
        return Err(w.problems);
    }
    let mut body = std::mem::take(&mut w.body);
    if w.footnotes > 0 && matches!(body.first(), Some(Child::Table(_))) {
        // LibreOffice puts an empty paragraph of the body size before a
        // leading table when the file has footnotes, setting page 1 one
        // line (6 mm) low, past NĐ30's top margin. A 1 pt paragraph of our
        // own takes that place: 0.35 mm, in Word as in LibreOffice.
        body.insert(0, Child::Paragraph(Box::new(spacer(1.0))));
    }
    let bytes = pack(w.docx(body, w.page), loaded, options);
    // The words written are the model's, in order, or no DOCX at all.
    let problems = check::check(loaded, &bytes);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(bytes)
}

/// Times New Roman's ascent, in em (its `hhea` ascender, 1825/2048): where
/// a line's baseline sits below the line's top in Word and LibreOffice.
/// A property of the font the DOCX names, not an NĐ30 number.
const TIMES_ASCENT_EM: f64 = 0.891;

/// A piece of the body, in order.
enum Child {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
    /// The end of a section laid out on this page (the phụ lục start new
    /// ones).
    SectionEnd(appendix::Page),
}

struct Writer<'a> {
    n: &'a Nd30,
    loaded: &'a Loaded,
    problems: Vec<Diagnostic>,
    body: Vec<Child>,
    footnotes: usize,
    /// The page of the section being written.
    page: appendix::Page,
}

/// The parts of a document that have a text body of generic blocks.
struct TextBody<'a> {
    to: &'a [crate::model::Recipient],
    preamble: Option<&'a str>,
    content: &'a [Block],
    style: String,
    /// The numbering of the levels below the top one, as the document
    /// lists them (`[Chương, Điều]`).
    deeper: Vec<String>,
    closing: Option<&'a str>,
    bases_end: Option<BasesEnd>,
}

fn numbering_key(n: Option<crate::model::Numbering>, default: &str) -> String {
    n.and_then(|n| serde_json::to_value(n).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| default.to_string())
}

/// The field paths of `doc`'s form tables that do not resolve.
fn form_tables(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for (i, f) in doc.forms().iter().enumerate() {
        for (j, b) in f.content.iter().enumerate() {
            if let crate::model::form::FormBlock::Table(t) = b
                && crate::model::table::resolve(&t.table()).is_err()
            {
                out.push(format!("forms[{i}].content[{j}]"));
            }
        }
    }
    out
}

/// The text body of `d`, for the types written as generic blocks.
fn text_body_of(d: &Document) -> Option<TextBody<'_>> {
    Some(match d {
        Document::CongVan(c) => TextBody {
            to: &c.to,
            preamble: None,
            content: &c.content,
            style: numbering_key(c.numbering, "1."),
            deeper: Vec::new(),
            closing: c.closing.as_deref(),
            bases_end: c.bases_end,
        },
        Document::BaoCao(b) => TextBody {
            to: &b.to,
            preamble: b.preamble.as_deref(),
            content: &b.content,
            style: numbering_key(b.numbering, "I."),
            deeper: Vec::new(),
            closing: b.closing.as_deref(),
            bases_end: b.bases_end,
        },
        Document::ToTrinh(t) => TextBody {
            to: &t.to,
            preamble: None,
            content: &t.content,
            style: numbering_key(t.numbering, "1."),
            deeper: Vec::new(),
            closing: t.closing.as_deref(),
            bases_end: t.bases_end,
        },
        Document::ThongBao(t) => TextBody {
            to: &t.to,
            preamble: None,
            content: &t.content,
            style: numbering_key(t.numbering, "1."),
            deeper: Vec::new(),
            closing: t.closing.as_deref(),
            bases_end: t.bases_end,
        },
        Document::VanBan(v) => TextBody {
            to: &v.to,
            preamble: v.preamble.as_deref(),
            content: &v.content,
            style: numbering_key(v.numbering.as_ref().and_then(|o| o.0.first().copied()), "I."),
            deeper: v
                .numbering
                .as_ref()
                .map(|o| o.0.iter().skip(1).map(|n| numbering_key(Some(*n), "")).collect())
                .unwrap_or_default(),
            closing: v.closing.as_deref(),
            bases_end: v.bases_end,
        },
        // Thư công (NĐ30 Điều 7, no sample): the greeting opens the text.
        Document::ThuCong(t) => TextBody {
            to: &[],
            preamble: t.greeting.as_deref(),
            content: &t.content,
            style: "1.".to_string(),
            deeper: Vec::new(),
            closing: t.closing.as_deref(),
            bases_end: t.bases_end,
        },
        // Công điện: its addressees are printed by `small_types`.
        Document::CongDien(c) => TextBody {
            to: &[],
            preamble: None,
            content: &c.content,
            style: numbering_key(c.numbering, "1."),
            deeper: Vec::new(),
            closing: c.closing.as_deref(),
            bases_end: c.bases_end,
        },
        _ => return None,
    })
}

impl<'a> Writer<'a> {
    fn unsupported(&mut self, path: &str, what: &str) {
        self.problems.push(self.loaded.at(unsupported(what), path));
    }

    fn text_body(&self) -> Option<TextBody<'a>> {
        text_body_of(&self.loaded.document)
    }

    /// Every part of the document the DOCX cannot print as the PDF does.
    fn refuse_unsupported(&mut self) {
        let doc = &self.loaded.document;
        if self.text_body().is_none()
            && !decision::handles(doc)
            && !small_types::handles(doc)
            && !matches!(doc, Document::KeHoach(_))
        {
            let t = doc.doc_type().ten_loai().to_string();
            self.unsupported("type", &crate::t!("docx-part-type", type = t));
            return;
        }
        for path in form_tables(doc) {
            self.unsupported(&path, &crate::t!("docx-part-table-errors"));
        }
        self.refuse_too_wide(self.loaded);
        if let Some(att) = self.loaded.attachment.as_deref() {
            self.refuse_too_wide(att);
        }
        self.refuse_in_attachment();
        for (path, block) in doc.blocks() {
            if let Block::Table(t) = block
                && crate::model::table::resolve(&t.table).is_err()
            {
                self.unsupported(&path, &crate::t!("docx-part-table-errors"));
            }
        }
    }

    /// A word of the cơ quan's name wider than the header's left column:
    /// Word would break it inside the word, and the PDF refuses it (its
    /// rule under the name leaves the text area, `self-check-place`), so
    /// the DOCX refuses it too, at the name.
    fn refuse_too_wide(&mut self, file: &Loaded) {
        let n = self.n;
        let common = file.document.common();
        let mut lines = name_lines(&common.issuer.name.0);
        if let Some(j) = common.joint {
            lines.extend(name_lines(&j.issuer.name.0));
        }
        let column = text_width(n) as f64 / 20.0 * n.header_columns[0];
        let upper: Vec<String> = lines.iter().map(|l| vn::text::upper(l)).collect();
        let widest = upper
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(|w| (measure(w, n.size_pt.co_quan, true), w))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((width, word)) = widest
            && width > column
        {
            let mm = |pt: f64| format!("{:.0}", pt / crate::nd30::PT_PER_MM);
            let short: String = word.chars().take(20).collect();
            let e = Diagnostic::error(
                "docx-name-too-wide",
                crate::t!("docx-name-too-wide", word = short, width = mm(width), column = mm(column)),
            )
            .with_hint(crate::t!("docx-name-too-wide.hint"));
            self.problems.push(file.at(e, "issuer.name"));
        }
    }

    // ------------------------------------------------------------ pieces --

    fn push(&mut self, p: Paragraph) {
        self.body.push(Child::Paragraph(Box::new(p)));
    }

    /// Runs of `text` with its inline markup (`**bold**`, `*italic*`,
    /// `^[footnote]`), on top of `bold`/`italic`.
    fn runs(&mut self, mut p: Paragraph, text: &str, bold: bool, italic: bool) -> Paragraph {
        for item in parse_inline(text) {
            p = self.inline(p, &item, bold, italic);
        }
        p
    }

    fn inline(&mut self, mut p: Paragraph, item: &Inline, bold: bool, italic: bool) -> Paragraph {
        match item {
            Inline::Text(t) => p.add_run(run(&unbreakable(&one_space(t)), bold, italic)),
            Inline::Strong(items) => {
                for i in items {
                    p = self.inline(p, i, true, italic);
                }
                p
            }
            Inline::Emph(items) => {
                for i in items {
                    p = self.inline(p, i, bold, true);
                }
                p
            }
            Inline::Footnote(items) => {
                self.footnotes += 1;
                let mut note = Paragraph::new().style(id::FOOTNOTE);
                for i in items {
                    note = self.inline(note, i, false, false);
                }
                // docx-rs numbers footnotes from a process-wide counter:
                // numbered here instead, so that every file reads alike.
                let mut f = Footnote::new();
                f.id = self.footnotes;
                let f = f.add_content(note);
                let mut r = Run::new().add_footnote_reference(f);
                r.run_property = r.run_property.vert_align(docx_rs::VertAlignType::SuperScript);
                p.add_run(r)
            }
        }
    }

    /// A paragraph of style `style` holding `text` (with its markup).
    fn para(&mut self, style: &str, text: &str) {
        let p = self.runs(Paragraph::new().style(style), text, false, false);
        self.push(p);
    }

    /// `Điều N.` as the PDF prints it: the label bold, then its title
    /// (bold, kept with what follows) or its sentence (upright), on one
    /// indented line.
    pub(crate) fn dieu(&mut self, label: &str, title: Option<&str>, text: &str) {
        let p = Paragraph::new().style(id::BODY);
        let p = match title {
            Some(title) => {
                let p = p.keep_next(true).add_run(run(label, true, false)).add_run(run(" ", true, false));
                self.runs(p, title, true, false)
            }
            None => {
                let p = p.add_run(run(label, true, false)).add_run(Run::new().add_text(" "));
                self.runs(p, text, false, false)
            }
        };
        self.push(p);
    }

    /// An empty paragraph of `style` whose bottom border is a rule `width`
    /// twips long, centred in a space `room` twips wide.
    fn rule(&self, width: i32, room: i32) -> Paragraph {
        let side = ((room - width) / 2).max(0);
        let mut p = Paragraph::new().style(id::RULE).indent(Some(side), None, Some(side), None);
        p.property = p.property.set_borders(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                    .size(eighths(self.n.rule_stroke_pt))
                    .space(0),
            ),
        );
        p
    }

    // ------------------------------------------------------------ layout --

    fn document(&mut self, options: DocxOptions) {
        if decision::handles(&self.loaded.document) {
            self.decision(options);
            return;
        }
        if small_types::handles(&self.loaded.document) {
            self.small_type(options);
            return;
        }
        let doc = &self.loaded.document;
        self.header(doc, true, options);
        if doc.doc_type() != DocType::CongVan {
            self.ten_loai(&doc.ten_loai(), doc.common().title, None);
        } else {
            // No tên loại: the gap after the header leads to Kính gửi, with
            // the paragraph spacing the PDF adds after the header's block.
            self.push(spacer(self.n.gap_pt.after_header + self.n.par_gap_pt));
        }
        let end = |e: Option<BasesEnd>| e.map_or(".", |e| e.mark());
        if let Document::KeHoach(k) = doc {
            // A Kế hoạch: its parts in src/docx/plan.rs.
            self.kinh_gui(&k.to);
            self.can_cu(doc.common().bases, &[], end(k.bases_end));
            self.plan(k, &self.loaded.citations);
        } else {
            let body = self.text_body().expect("checked in refuse_unsupported");
            self.kinh_gui(body.to);
            self.can_cu(doc.common().bases, &[], end(body.bases_end));
            self.text_to_end(&body);
        }
        self.signature(options.draft);
        // The phụ lục, then the mẫu, as `ke-hoach.typ.j2` and
        // `van-ban.typ.j2` print them.
        self.appendices(options.draft);
        self.forms(doc.forms());
    }

    /// ô 1–4 (and ô 5b for a công văn) of `doc` in a borderless two-column
    /// table; without the số and date row unless `with_number` (the text a
    /// quyết định issues).
    pub(crate) fn header(&mut self, doc: &Document, with_number: bool, options: DocxOptions) {
        let n = self.n;
        let common = doc.common();
        let width = text_width(n);
        let left = (width as f64 * n.header_columns[0]).round() as i32;
        let right = width - left;
        let s = &n.size_pt;

        let mut cell_left = Vec::new();
        let parent = common.issuer.parent.as_ref().map(|l| l.0.clone()).unwrap_or_default();
        // The names' lines as the PDF chooses them (`_header` in nd30.typ):
        // the first of vanban's line options that fits the left column, at
        // the cơ quan size; ô 1 and ô 2 drop to their smaller NĐ30 sizes
        // together when no option of a name fits there.
        let room = f64::from(left) / 20.0 - n.header_gap_mm / crate::typeset::inspect::MM_PER_PT;
        let mut names = vec![(parent, false), (common.issuer.name.0.clone(), true)];
        if let Some(j) = common.joint {
            names.push((j.issuer.name.0.clone(), true));
        }
        let small = names.iter().any(|(lines, bold)| fitting_lines(lines, s.co_quan, *bold, room).is_none());
        let (co_quan, quoc_hieu) =
            if small { (s.co_quan_long, s.quoc_hieu_long) } else { (s.co_quan, s.quoc_hieu) };
        // A size other than the style's, on the run (half-points).
        let sized = |run: Run, size: f64, style: f64| {
            if (size - style).abs() > f64::EPSILON { run.size((size * 2.0).round() as usize) } else { run }
        };
        let chosen = |lines: &[String], bold: bool| {
            fitting_lines(lines, co_quan, bold, room).unwrap_or_else(|| narrowest_lines(lines, co_quan, bold))
        };
        for line in chosen(&names[0].0, false) {
            let run = sized(Run::new().add_text(vn::text::upper(&line)), co_quan, s.co_quan);
            cell_left.push(Paragraph::new().style(id::CHU_QUAN).add_run(run));
        }
        // A liên tịch document: the second body's lines under the issuer's,
        // one name block with one rule under it.
        let issuer: Vec<String> = names[1..].iter().flat_map(|(lines, _)| chosen(lines, true)).collect();
        let mut widest: f64 = 0.0;
        for line in &issuer {
            let upper = vn::text::upper(line);
            widest = widest.max(measure(&upper, co_quan, true));
            let run = sized(Run::new().add_text(upper), co_quan, s.co_quan);
            cell_left.push(Paragraph::new().style(id::CO_QUAN).add_run(run));
        }
        cell_left.push(self.rule(twips_pt(widest * n.short_rule), left));

        let tieu_ngu = "Độc lập - Tự do - Hạnh phúc";
        let cell_right = vec![
            Paragraph::new().style(id::QUOC_HIEU).add_run(sized(
                Run::new().add_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                quoc_hieu,
                s.quoc_hieu,
            )),
            Paragraph::new().style(id::TIEU_NGU).add_run(Run::new().add_text(tieu_ngu)),
            self.rule(twips_pt(measure(tieu_ngu, s.tieu_ngu, true)), right),
        ];

        let (number, date) = if options.draft {
            (None, None)
        } else {
            (doc.number_as_issued().map(str::to_string), common.date)
        };
        let number =
            number.or_else(|| if options.draft { None } else { common.number.map(vn::ky_hieu::number_text) });
        let so = match number {
            Some(n) => format!("Số: {n}/{}", doc.ky_hieu()),
            None => format!("Số:{}/{}", vn::date::BLANK, doc.ky_hieu()),
        };
        let parts = vn::date::parts(date.map(|d| d.0), common.year);
        let blank = vn::date::BLANK;
        // The day, month and year joined by no-break spaces, as the PDF
        // sets them in one box: Word wraps a long date line after the place
        // (probe 9: `…, ngày 28 tháng 11 năm / 2026` in LibreOffice).
        let date = format!(
            "ngày{}tháng{}năm {}",
            parts.day.as_ref().map_or(blank.to_string(), |d| format!(" {d} ")),
            parts.month.as_ref().map_or(blank.to_string(), |m| format!(" {m} ")),
            parts.year
        )
        .replace(' ', "\u{a0}");
        let date_line = format!("{}, {date}", common.place);
        let row_gap = twips_pt(n.gap_pt.header_rows) as u32;
        // The số (13 pt) and the date line (14 pt) share a baseline, as in
        // the PDF: both cells start at the row's top, so the smaller line
        // starts lower by the difference of the two ascents.
        let so_lower = twips_pt(TIMES_ASCENT_EM * (s.dia_danh - s.so).max(0.0)) as u32;
        let mut so_cell = vec![
            Paragraph::new()
                .style(id::SO)
                .line_spacing(LineSpacing::new().before(row_gap + so_lower))
                .add_run(Run::new().add_text(so)),
        ];
        if doc.doc_type() == DocType::CongVan {
            let p = Paragraph::new()
                .style(id::V_V)
                .line_spacing(LineSpacing::new().before(twips_pt(n.v_v_gap_pt) as u32));
            let p = self.runs(p, &format!("V/v {}", common.title), false, false);
            so_cell.push(p);
        }
        // A biên bản has no địa danh and date line (Mẫu 1.9).
        let date_line = if doc.doc_type() == DocType::BienBan { String::new() } else { date_line };
        let date_cell = vec![
            Paragraph::new()
                .style(id::DIA_DANH)
                .line_spacing(LineSpacing::new().before(row_gap))
                .add_run(Run::new().add_text(date_line)),
        ];
        let mut rows = vec![vec![cell_left, cell_right]];
        if with_number {
            rows.push(vec![so_cell, date_cell]);
        }
        let mut table = borderless(&[left, right], rows);
        if with_number {
            // Ô 10a and 10b under the số: src/docx/stamps.rs.
            self.add_stamps(&mut table);
        }
        self.body.push(Child::Table(Box::new(table)));
    }

    /// ô 5a: tên loại and trích yếu, with the short rule; `note` (`(Ban
    /// hành kèm theo …)`) in italics between the trích yếu and the rule.
    pub(crate) fn ten_loai(&mut self, ten_loai: &str, title: &str, note: Option<&str>) {
        let n = self.n;
        let name = vn::text::upper(ten_loai);
        let p = Paragraph::new()
            .style(id::TEN_LOAI)
            .line_spacing(LineSpacing::new().before(twips_pt(n.gap_pt.after_header) as u32))
            .add_run(Run::new().add_text(name));
        self.push(p);
        let p = self.runs(Paragraph::new().style(id::TRICH_YEU), title, false, false);
        self.push(p);
        if let Some(note) = note {
            let p = self.runs(Paragraph::new().style(id::KEM_THEO), note, false, false);
            self.push(p);
        }
        let plain: String = reader_text(title);
        let w = measure(&plain, n.size_pt.trich_yeu, true).min(text_width(n) as f64 / 20.0);
        let mut rule = self.rule(twips_pt(w * n.short_rule), text_width(n));
        let last = if note.is_some() { n.size_pt.body } else { n.size_pt.trich_yeu };
        rule = rule.line_spacing(LineSpacing::new().before(twips_pt(block_gap(n, last)) as u32));
        self.push(rule);
        self.push(spacer(n.gap_pt.after_title + n.par_gap_pt));
    }

    /// ô 9a: `Kính gửi:` with its recipients, their dashes aligned.
    fn kinh_gui(&mut self, to: &[crate::model::Recipient]) {
        if to.is_empty() {
            return;
        }
        let n = self.n;
        let size = n.size_pt.kinh_gui;
        let label = "Kính gửi:";
        let hang = twips_pt(measure(label, size, false) + 0.25 * size);
        let left = twips_mm(n.kinh_gui_indent_mm) + hang;
        let lines = kinh_gui_lines(to);
        for (i, line) in lines.iter().enumerate() {
            // The first line hangs out by the label; the others start
            // under the first recipient.
            let mut p = Paragraph::new().style(id::KINH_GUI);
            if i == 0 {
                p = p
                    .indent(Some(left), Some(SpecialIndentType::Hanging(hang)), None, None)
                    .add_run(Run::new().add_text(label).add_tab());
            } else {
                p = p.indent(Some(left), None, None, None);
            }
            let p = self.runs(p, line, false, false);
            self.push(p);
        }
        // The PDF's `v(after-title)` and the paragraph spacing after the
        // Kính gửi block.
        self.push(spacer(n.gap_pt.after_title + n.par_gap_pt));
    }

    /// Căn cứ, one italic paragraph each; `extra` lines (`Theo đề nghị
    /// của …`) close the block and share its punctuation; `end` is the last
    /// line's mark.
    pub(crate) fn can_cu(&mut self, bases: &[crate::model::Basis], extra: &[String], end: &str) {
        let lines: Vec<String> =
            bases.iter().map(vn::cite::basis_line).chain(extra.iter().cloned()).collect();
        for line in vn::text::punctuate(&lines, ";", end) {
            self.para(id::CAN_CU, &line);
        }
    }

    fn text_to_end(&mut self, body: &TextBody) {
        if let Some(preamble) = body.preamble {
            if body.closing.is_none() && body.content.is_empty() {
                self.para(id::BODY, &vn::text::with_end_mark(preamble));
            } else {
                self.para(id::BODY, preamble);
            }
        }
        self.blocks_in(body.content, &body.style, &body.deeper, "", body.closing.is_none(), &mut 0);
        if body.closing.is_some() || (body.content.is_empty() && body.preamble.is_none()) {
            self.closing(body.closing.unwrap_or(""));
        }
    }

    /// The closing paragraph, `./.` at its end, kept on the signature's
    /// page as the PDF keeps it (`ket-thuc`).
    fn closing(&mut self, text: &str) {
        let p = Paragraph::new().style(id::BODY).keep_next(true);
        let p = self.runs(p, &vn::text::with_end_mark(text), false, false);
        self.push(p);
    }

    /// [`Self::blocks_in`] for content numbered level by level from `style`
    /// (a Kế hoạch's parts, a phụ lục), with no Điều to count.
    pub(crate) fn blocks(&mut self, items: &[Block], style: &str, parent: &str, end: bool) {
        self.blocks_in(items, style, &[], parent, end, &mut 0);
    }

    /// An unnumbered sub-heading (`heading:`): bold, or as its markup says;
    /// kept with what follows; `last`: it ends the text (`./.` under it).
    pub(crate) fn sub_heading(&mut self, h: &crate::model::SubHeading, last: bool) {
        let bold = !h.heading.contains('*');
        let p = self.runs(Paragraph::new().style(id::BODY).keep_next(true), &h.heading, bold, false);
        self.push(p);
        if last {
            self.para(id::BODY, "./.");
        }
    }

    /// A numbered item (`text:`) at a level numbered `style`, not a Điều:
    /// `label text` in regular weight, then its content.
    pub(crate) fn item(
        &mut self,
        item: &crate::model::Item,
        label: &str,
        style: &str,
        deeper: &[String],
        last: bool,
        dieu: &mut usize,
    ) {
        let line = format!("{label} {}", item.text).trim().to_string();
        let line = if last && item.content.is_empty() { vn::text::with_end_mark(&line) } else { line };
        self.para(id::BODY, &line);
        self.item_content(item, label, style, deeper, last, dieu);
    }

    /// The blocks under an item labelled `label` at a level numbered
    /// `style`: `a)` under `1.` and `1.1.`, else the next style, unless the
    /// item says its `numbering`.
    fn item_content(
        &mut self,
        item: &crate::model::Item,
        label: &str,
        style: &str,
        deeper: &[String],
        last: bool,
        dieu: &mut usize,
    ) {
        let default = if matches!(style, "1." | "1.1.") { "a)" } else { next_style(style) };
        let key = item.numbering.map(|n| numbering_key(Some(n), default));
        let sub = child_style(key.as_deref(), deeper, default);
        self.blocks_in(&item.content, &sub[0], &sub[1..], label, last, dieu);
    }

    /// Generic content, numbered as the PDF numbers it (`parts.typ.j2`'s
    /// `blocks`): the numbers are written as text. `style` numbers this
    /// level, `deeper` the levels below (as a document's `numbering:
    /// [Chương, Điều]` lists them); `dieu` counts the Điều so far (they are
    /// numbered through the whole text).
    pub(crate) fn blocks_in(
        &mut self,
        items: &[Block],
        style: &str,
        deeper: &[String],
        parent: &str,
        end: bool,
        dieu: &mut usize,
    ) {
        let mut i = 0;
        let count = items.len();
        for (k, b) in items.iter().enumerate() {
            let last = end && k + 1 == count;
            match b {
                Block::Paragraph(text) => {
                    let text = if last { vn::text::with_end_mark(text) } else { text.clone() };
                    self.para(id::BODY, &text);
                }
                Block::Table(t) => {
                    self.table(&t.table);
                    if last {
                        self.para(id::BODY, "./.");
                    }
                }
                Block::Heading(h) => self.sub_heading(h, last),
                Block::Item(item) => {
                    i += 1;
                    if style == "Điều" {
                        *dieu += 1;
                        let typed = typed_article_label(&item.text);
                        let label = match &typed {
                            Some((l, _)) => l.clone(),
                            None => item.number.as_deref().map_or_else(
                                || outline_label(style, *dieu, parent),
                                |n| given_label(n, style),
                            ),
                        };
                        let text = typed.map_or_else(|| item.text.clone(), |(_, t)| t);
                        let text = if last && item.content.is_empty() {
                            vn::text::with_end_mark(&text)
                        } else {
                            text
                        };
                        self.dieu(&label, None, &text);
                        self.item_content(item, &label, style, deeper, last, dieu);
                    } else {
                        let label = item
                            .number
                            .as_deref()
                            .map_or_else(|| outline_label(style, i, parent), |num| given_label(num, style));
                        self.item(item, &label, style, deeper, last, dieu);
                    }
                }
                Block::Section(s) => {
                    i += 1;
                    let text_end = last && s.content.is_empty();
                    let label = if style == "Điều" {
                        *dieu += 1;
                        match typed_article_label(&s.title) {
                            Some((l, _)) => l,
                            None => s.number.as_deref().map_or_else(
                                || outline_label(style, *dieu, parent),
                                |n| given_label(n, style),
                            ),
                        }
                    } else {
                        s.number
                            .as_deref()
                            .map_or_else(|| outline_label(style, i, parent), |num| given_label(num, style))
                    };
                    let head = format!("{label} {}", s.title).trim().to_string();
                    let part = matches!(style, "Phần" | "Chương" | "Mục" | "Tiểu mục");
                    if style == "Điều" {
                        let title = typed_article_label(&s.title).map_or_else(|| s.title.clone(), |(_, t)| t);
                        self.dieu(&label, Some(&title), "");
                        if let Some(t) = &s.text {
                            let t = if text_end { vn::text::with_end_mark(t) } else { t.clone() };
                            self.para(id::BODY, &t);
                        }
                    } else if part {
                        let p = Paragraph::new().style(id::HEADING_1).align(AlignmentType::Center).indent(
                            None,
                            Some(SpecialIndentType::FirstLine(0)),
                            None,
                            None,
                        );
                        let p = p
                            .add_run(run(&label, true, false))
                            .add_run(Run::new().add_break(BreakType::TextWrapping))
                            .add_run(run(&vn::text::upper(&s.title), true, false));
                        self.push(p);
                        if let Some(t) = &s.text {
                            let t = if text_end { vn::text::with_end_mark(t) } else { t.clone() };
                            self.para(id::BODY, &t);
                        }
                    } else if let Some(t) = &s.text {
                        let t = if text_end { vn::text::with_end_mark(t) } else { t.clone() };
                        let (head, bold, italic) = match style {
                            "A." | "I." => (vn::text::upper(&head), true, false),
                            "1." | "none" => (head, true, false),
                            "1.1." => (head, true, true),
                            _ => (head, false, false),
                        };
                        let p = self.runs(Paragraph::new().style(id::BODY), &head, bold, italic);
                        let p = p.add_run(Run::new().add_text(" "));
                        let p = self.runs(p, &t, false, false);
                        self.push(p);
                    } else {
                        let (style_id, text) = match style {
                            "A." | "I." => (id::HEADING_1, vn::text::upper(&head)),
                            "1." | "none" => (id::HEADING_2, head),
                            "1.1." => (id::HEADING_3, head),
                            _ => (id::BODY, head),
                        };
                        let p = Paragraph::new().style(style_id);
                        let p = if style_id == id::BODY { p } else { p.keep_next(true) };
                        let p = self.runs(p, &text, false, false);
                        self.push(p);
                    }
                    let key = s.numbering.map(|n| numbering_key(Some(n), next_style(style)));
                    let sub = child_style(key.as_deref(), deeper, next_style(style));
                    self.blocks_in(&s.content, &sub[0], &sub[1..], &label, last, dieu);
                    if last && s.content.is_empty() && s.text.is_none() {
                        self.para(id::BODY, "./.");
                    }
                }
            }
        }
    }

    /// A table as the PDF draws it: 0.5 pt rules, the header rows (with
    /// their merged cells) repeated on every page, figures aligned, group
    /// and sum rows in bold; the caption above, the unit at the right,
    /// `Bằng chữ` lines under it.
    fn table(&mut self, table: &crate::model::table::Table) {
        self.table_with_blank_rows(table, 0);
    }

    /// [`Self::table`] with `blank` empty rows after its rows, each
    /// `form.row-mm` high (a form's table to fill in).
    fn table_with_blank_rows(&mut self, table: &crate::model::table::Table, blank: usize) {
        let Ok(v) = crate::model::table::resolve(table) else { return };
        let n = self.n;
        let size = v.size.map_or(n.size_pt.table, f64::from);
        if let Some(caption) = &v.caption {
            let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Center).keep_next(true);
            let p = self.runs(p, caption, true, false);
            let p = self.sized(p, size);
            self.push(p);
        }
        if let Some(unit) = &v.unit {
            let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Right).keep_next(true);
            let p = self.runs(p, unit, false, true);
            let p = self.sized(p, size);
            self.push(p);
        }
        let cols = v.widths.len();
        let widths = self.column_widths(&v, size);
        let align = |x: usize| match v.aligns.get(x).copied() {
            Some("center") => AlignmentType::Center,
            Some("right") => AlignmentType::Right,
            _ => AlignmentType::Left,
        };
        let span_width = |from: usize, span: usize| widths[from..(from + span).min(cols)].iter().sum::<i32>();
        let mut rows = Vec::new();
        // The header: cells placed on a grid, a rowspan as a vertical merge.
        let mut grid: Vec<Vec<Option<TableCell>>> = vec![vec![None; cols]; v.header.len()];
        for (y, x, span, c) in header_places(&v) {
            let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Center);
            let p = self.runs(p, &c.text, true, false);
            let p = self.sized(p, size);
            let mut cell = self.cell(span_width(x, span), span).add_paragraph(p);
            if c.rowspan > 1 {
                cell = cell.vertical_merge(docx_rs::VMergeType::Restart);
                for dy in 1..c.rowspan {
                    if let Some(r) = grid.get_mut(y + dy) {
                        let cont = self
                            .cell(span_width(x, span), span)
                            .vertical_merge(docx_rs::VMergeType::Continue)
                            .add_paragraph(self.sized(Paragraph::new().style(id::TABLE), size));
                        r[x] = Some(cont);
                    }
                }
            }
            grid[y][x] = Some(cell);
        }
        for row in grid {
            rows.push(header_row(row.into_iter().flatten().collect()));
        }
        if let Some(index) = &v.index {
            let cells = index
                .iter()
                .enumerate()
                .map(|(x, i)| {
                    let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Center);
                    let p = self.runs(p, i, false, true);
                    let p = self.sized(p, size);
                    self.cell(widths[x.min(cols - 1)], 1).add_paragraph(p)
                })
                .collect();
            rows.push(header_row(cells));
        }
        for r in &v.rows {
            let mut cells = Vec::new();
            match r.kind {
                "group" => {
                    let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Left);
                    let p = self.runs(p, r.cells.first().map_or("", String::as_str), true, false);
                    let p = self.sized(p, size);
                    cells.push(self.cell(span_width(0, cols), cols).add_paragraph(p));
                }
                "data" => {
                    for (x, text) in r.cells.iter().enumerate().take(cols) {
                        let p = Paragraph::new().style(id::TABLE).align(align(x));
                        let p = self.runs(p, text, r.bold, false);
                        let p = self.sized(p, size);
                        cells.push(self.cell(widths[x], 1).add_paragraph(p));
                    }
                }
                _ => {
                    let (first, from) =
                        if r.label_span == 0 { (None, 0) } else { (r.cells.first(), r.label_span) };
                    if let Some(label) = first {
                        let span = r.label_span.min(cols);
                        let p = Paragraph::new().style(id::TABLE).align(AlignmentType::Center);
                        let p = self.runs(p, label, true, false);
                        let p = self.sized(p, size);
                        cells.push(self.cell(span_width(0, span), span).add_paragraph(p));
                    }
                    for (k, text) in r.cells.iter().skip(1).enumerate() {
                        let x = from + k;
                        if x >= cols {
                            break;
                        }
                        let p = Paragraph::new().style(id::TABLE).align(align(x));
                        let p = self.runs(p, text, true, false);
                        let p = self.sized(p, size);
                        cells.push(self.cell(widths[x], 1).add_paragraph(p));
                    }
                }
            }
            rows.push(TableRow::new(cells).cant_split());
        }
        for _ in 0..blank {
            let cells = widths
                .iter()
                .map(|w| self.cell(*w, 1).add_paragraph(Paragraph::new().style(id::TABLE)))
                .collect();
            rows.push(
                TableRow::new(cells)
                    .cant_split()
                    .row_height(twips_mm(n.form.row_mm) as f32)
                    .height_rule(docx_rs::HeightRule::AtLeast),
            );
        }
        let stroke = eighths(n.rule_stroke_pt);
        let mut borders = TableBorders::new();
        for position in [
            docx_rs::TableBorderPosition::Top,
            docx_rs::TableBorderPosition::Left,
            docx_rs::TableBorderPosition::Bottom,
            docx_rs::TableBorderPosition::Right,
            docx_rs::TableBorderPosition::InsideH,
            docx_rs::TableBorderPosition::InsideV,
        ] {
            borders = borders.set(docx_rs::TableBorder::new(position).size(stroke).color("000000"));
        }
        let inset = n.table_inset_pt;
        // Word's exact line height holds the leading under every line; the
        // PDF's cell has it only between lines: half of it comes off the
        // cell's top and bottom padding, so that rows are as high.
        let y = (inset.y - 0.1 * size).max(0.0);
        let table = Table::new(rows)
            .set_grid(widths.iter().map(|w| *w as usize).collect())
            .width(widths.iter().sum::<i32>() as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .indent(0)
            .margins(TableCellMargins::new().margin(
                twips_pt(y) as usize,
                twips_pt(inset.x) as usize,
                twips_pt(y) as usize,
                twips_pt(inset.x) as usize,
            ))
            .set_borders(borders);
        self.push(spacer(n.par_gap_pt));
        self.body.push(Child::Table(Box::new(table)));
        for w in &v.in_words {
            let p = Paragraph::new().style(id::TABLE);
            let p = self.runs(p, w, false, true);
            let p = self.sized(p, size);
            self.push(p);
        }
        self.push(spacer(n.par_gap_pt));
    }

    /// A table paragraph set at `size` (a table's own `size`, or the
    /// smaller size it was fitted at) instead of the style's, with the
    /// line pitch of that size.
    fn sized(&self, mut p: Paragraph, size: f64) -> Paragraph {
        if (size - self.n.size_pt.table).abs() < f64::EPSILON {
            return p;
        }
        for child in p.children.iter_mut() {
            if let docx_rs::ParagraphChild::Run(r) = child {
                r.run_property = r.run_property.clone().size(half_points(size));
            }
        }
        p.line_spacing(
            LineSpacing::new()
                .line_rule(docx_rs::LineSpacingType::Exact)
                .line(styles::pitch(size, 0.2))
                .before(0)
                .after(0),
        )
    }

    fn cell(&self, width: i32, span: usize) -> TableCell {
        let c = TableCell::new()
            .width(width.max(0) as usize, WidthType::Dxa)
            .vertical_align(docx_rs::VAlignType::Center);
        if span > 1 { c.grid_span(span) } else { c }
    }

    /// The columns' widths in twips: given lengths as given, `auto` columns
    /// at their widest text (figures never shrunk), `fr` columns sharing
    /// what is left; all scaled into the text width when they overflow.
    fn column_widths(&self, v: &crate::model::table::TableView, size: f64) -> Vec<i32> {
        let n = self.n;
        let total = f64::from(self.width()) / 20.0;
        let cols = v.widths.len();
        let pad = 2.0 * n.table_inset_pt.x;
        let mut natural = vec![0.0f64; cols];
        let mut see = |x: usize, text: &str, face: usize| {
            if x < cols {
                let w =
                    reader_text(text).split('\n').map(|l| measure_face(l, size, face)).fold(0.0, f64::max);
                // Two points of slack: Word and LibreOffice take the rules'
                // width and their rounding off a cell's room, and would
                // break a word that just fits.
                natural[x] = natural[x].max(w + pad + 2.0);
            }
        };
        for (_, x, span, c) in header_places(v) {
            if span == 1 {
                see(x, &c.text, 1);
            }
        }
        // The index row is italic.
        for (x, i) in v.index.iter().flatten().enumerate() {
            see(x, i, 2);
        }
        for r in &v.rows {
            match r.kind {
                "group" => {}
                "data" => r.cells.iter().enumerate().for_each(|(x, t)| see(x, t, usize::from(r.bold))),
                _ => {
                    let from = if r.label_span == 0 { 0 } else { r.label_span };
                    r.cells.iter().skip(1).enumerate().for_each(|(k, t)| see(from + k, t, 1));
                }
            }
        }
        let mut out = vec![0.0f64; cols];
        let mut fr = vec![0.0f64; cols];
        for (x, w) in v.widths.iter().enumerate() {
            let w = w.trim();
            let number = |unit: &str| w.strip_suffix(unit).and_then(|v| v.parse::<f64>().ok());
            if let Some(mm) = number("mm") {
                out[x] = mm * crate::nd30::PT_PER_MM;
            } else if let Some(cm) = number("cm") {
                out[x] = cm * 10.0 * crate::nd30::PT_PER_MM;
            } else if let Some(pt) = number("pt") {
                out[x] = pt;
            } else if let Some(p) = number("%") {
                out[x] = total * p / 100.0;
            } else if let Some(f) = number("fr") {
                fr[x] = f;
            } else {
                out[x] = natural[x].max(pad + size);
            }
        }
        let used: f64 = out.iter().sum();
        let fr_sum: f64 = fr.iter().sum();
        if fr_sum > 0.0 {
            let rest = (total - used).max(n.table_text_min_mm * crate::nd30::PT_PER_MM * fr_sum);
            for (w, f) in out.iter_mut().zip(&fr) {
                if *f > 0.0 {
                    *w = rest * f / fr_sum;
                }
            }
        }
        let sum: f64 = out.iter().sum();
        if sum > total {
            // Shrink what is not a figure first, then everything.
            let figures: f64 = (0..cols).filter(|&x| v.figures.get(x) == Some(&true)).map(|x| out[x]).sum();
            let others = sum - figures;
            if others > 0.0 && figures < total {
                let k = (total - figures) / others;
                for (x, w) in out.iter_mut().enumerate() {
                    if v.figures.get(x) != Some(&true) {
                        *w *= k;
                    }
                }
            } else {
                let k = total / sum;
                out.iter_mut().for_each(|w| *w *= k);
            }
        }
        out.iter().map(|w| twips_pt(*w)).collect()
    }

    /// Nơi nhận and the signer, in a borderless two-column table.
    fn signature(&mut self, draft: bool) {
        let n = self.n;
        let doc = &self.loaded.document;
        let common = doc.common();
        if let Some(joint) = common.joint {
            // A liên tịch document: the two bodies' signers level.
            self.joint_signature(joint);
            return;
        }
        let width = text_width(n);
        let left = (width as f64 * n.signature_columns[0]).round() as i32;
        let before = twips_pt(n.gap_pt.before_signature) as u32;
        let mut noi_nhan = vec![
            Paragraph::new()
                .style(id::NOI_NHAN_LABEL)
                .line_spacing(LineSpacing::new().before(before))
                .keep_next(true)
                .add_run(Run::new().add_text("Nơi nhận:")),
        ];
        let lead = doc.noi_nhan_lead();
        for line in recipient_lines(common.recipients, common.archive, lead.as_deref()) {
            let p = self.runs(Paragraph::new().style(id::NOI_NHAN), &line, false, false);
            noi_nhan.push(p);
        }
        // Ô 12: the drafter's initials and the copies, at the right of the
        // nơi nhận column.
        if let Some(d) = common.drafter {
            let size = half_points(n.size_pt.drafter);
            noi_nhan.push(
                Paragraph::new()
                    .style(id::NOI_NHAN)
                    .align(AlignmentType::Right)
                    .line_spacing(LineSpacing::new().before(twips_pt(2.0) as u32))
                    .add_run(Run::new().size(size).add_text(d.line())),
            );
        }
        let mut signer = Vec::new();
        let first = LineSpacing::new().before(before);
        for a in &common.signer.authority {
            let text = vn::text::upper(&format!("{} {}", a.prefix.as_str(), a.of));
            let mut p = Paragraph::new().style(id::CHU_KY).keep_next(true);
            if signer.is_empty() {
                p = p.line_spacing(first.clone());
            }
            signer.push(p.add_run(Run::new().add_text(text)));
        }
        let mut title = Paragraph::new().style(id::CHU_KY).keep_next(true);
        if signer.is_empty() {
            title = title.line_spacing(first);
        }
        signer.push(title.add_run(Run::new().add_text(vn::text::upper(&common.signer.title))));
        // The room for the handwritten signature and the seal, with their
        // images when the document is signed (src/docx/images.rs).
        let space = Paragraph::new().style(id::CHU_KY).keep_next(true).line_spacing(
            LineSpacing::new()
                .line_rule(docx_rs::LineSpacingType::Exact)
                .line(twips_mm(n.signature_space_mm)),
        );
        signer.push(self.signer_images(space, width - left, draft));
        signer.push(
            Paragraph::new().style(id::CHU_KY).add_run(Run::new().add_text(common.signer.name.clone())),
        );
        let mut table = borderless(&[left, width - left], vec![vec![noi_nhan, signer]]);
        table = table.set_grid(vec![left as usize, (width - left) as usize]);
        self.body.push(Child::Table(Box::new(table)));
    }

    // ------------------------------------------------------------ output --

    /// The Word document of `body`, its last section laid out on `last`.
    fn docx(&self, body: Vec<Child>, last: appendix::Page) -> Docx {
        let n = self.n;
        let (w, h) = n.paper_mm().unwrap_or((210.0, 297.0));
        let page_number = || Paragraph::new().style(id::PAGE_NUMBER).add_page_num(PageNum::new());
        let margin = || {
            PageMargin::new()
                .top(twips_mm(n.margin_mm.top))
                .bottom(twips_mm(n.margin_mm.bottom))
                .left(twips_mm(n.margin_mm.left))
                .right(twips_mm(n.margin_mm.right))
                // The page number stands in the top margin with its
                // baseline where the PDF's is: `header-ascent` of the
                // margin above the text (Word measures to the line's top).
                .header(
                    twips_mm(n.margin_mm.top * (1.0 - n.header_ascent))
                        - twips_pt(TIMES_ASCENT_EM * n.size_pt.page_number),
                )
                .footer(twips_mm(n.margin_mm.bottom / 2.0))
                .gutter(0)
        };
        let mut docx = Docx::new()
            .page_size(twips_mm(w) as u32, twips_mm(h) as u32)
            .page_margin(margin())
            .default_fonts(
                docx_rs::RunFonts::new()
                    .ascii(styles::FONT)
                    .hi_ansi(styles::FONT)
                    .cs(styles::FONT)
                    .east_asia(styles::FONT),
            )
            .default_size(half_points(n.size_pt.body))
            // Page numbers from page 2: page 1 has its own, empty header.
            .header(Header::new().add_paragraph(page_number()))
            .first_header(match self.circulation() {
                // Ô 11 in the top margin of page 1: src/docx/stamps.rs.
                Some(frame) => Header::new().add_table(frame).add_paragraph(Paragraph::new()),
                None => Header::new(),
            });
        for style in styles::all(n) {
            docx = docx.add_style(style);
        }
        // Every section has the document's margins and page-number headers.
        let base = docx.document.section_property.clone();
        for child in body {
            docx = match child {
                Child::Paragraph(p) => docx.add_paragraph(*p),
                Child::Table(t) => docx.add_table(*t),
                // A section ends with a paragraph holding its properties:
                // an empty one, 1 pt high.
                Child::SectionEnd(page) => {
                    docx.add_paragraph(spacer(1.0).section_property(appendix::section(&base, n, page)))
                }
            };
        }
        docx.document.section_property = appendix::section(&base, n, last);
        docx
    }
}

/// `what` (a part, said in the user's language) has no DOCX form: refused,
/// never printed differently.
fn unsupported(what: &str) -> Diagnostic {
    Diagnostic::error("docx-unsupported", crate::t!("docx-unsupported", what = what))
        .with_hint(crate::t!("docx-unsupported.hint"))
}

/// The base of a rule's stroke: Word measures borders in eighths of a point.
fn eighths(pt: f64) -> usize {
    (pt * 8.0).round().max(2.0) as usize
}

fn run(text: &str, bold: bool, italic: bool) -> Run {
    let mut r = Run::new().add_text(text);
    if bold {
        r = r.bold();
    }
    if italic {
        r = r.italic();
    }
    r
}

/// `text` with the places the PDF never breaks a line made unbreakable,
/// as `nd30.typ` boxes them: a số/ký hiệu or date (`2624/QĐ-UBND`) keeps
/// its hyphens (non-breaking hyphens), a spaced dash (`kinh tế - xã hội`)
/// its spaces (no-break spaces), so that neither ends or starts a line.
/// Each run of white space (a tab, a line break typed inside a value) as
/// one space, as the PDF prints it (`template::escape` and Typst collapse
/// them); no-break spaces stay.
fn one_space(text: &str) -> std::borrow::Cow<'_, str> {
    let space = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    if !text.chars().any(|c| space(c) && c != ' ') && !text.contains("  ") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    std::borrow::Cow::Owned(out)
}

fn unbreakable(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        while end < chars.len() && !chars[end].is_whitespace() {
            end += 1;
        }
        let word = &chars[start..end];
        // `[^\s/]+(/[^\s/]+)+`: a slash with something on both sides.
        let numbered = word.first().is_some_and(|c| *c != '/')
            && word.last().is_some_and(|c| *c != '/')
            && word.contains(&'/')
            && !word.windows(2).any(|w| w == ['/', '/']);
        for c in word {
            out.push(if numbered && *c == '-' { '\u{2011}' } else { *c });
        }
        if end < chars.len() {
            // ` - ` between two words.
            let dash = chars.get(end + 1) == Some(&'-')
                && chars.get(end + 2) == Some(&' ')
                && chars[end] == ' '
                && end > start
                && chars.get(end + 3).is_some_and(|c| !c.is_whitespace());
            if dash {
                out.push_str("\u{a0}-\u{a0}");
                start = end + 3;
                continue;
            }
            out.push(chars[end]);
            end += 1;
        }
        start = end;
    }
    out
}

/// An empty paragraph `pt` high: a vertical gap between blocks.
/// The space the PDF leaves between a line of `size` pt and the next block
/// (the rule under a tên loại or trích yếu): its paragraph spacing,
/// `leading` + `par-gap`. A DOCX line of exact pitch holds its leading
/// above the text, so all of it comes after the line here; the rule's own
/// 2 pt line stands for the PDF's `v(2pt)` above the rule.
fn block_gap(n: &Nd30, size: f64) -> f64 {
    n.leading_em * size + n.par_gap_pt
}

fn spacer(pt: f64) -> Paragraph {
    Paragraph::new().style(id::RULE).line_spacing(
        LineSpacing::new()
            .line_rule(docx_rs::LineSpacingType::Exact)
            .line(twips_pt(pt.max(1.0)))
            .before(0)
            .after(0),
    )
}

/// Where each header cell of `v` stands: (row, column, columns spanned,
/// cell), rows spanned taking their place in the rows below.
fn header_places(
    v: &crate::model::table::TableView,
) -> Vec<(usize, usize, usize, &crate::model::table::HeaderCell)> {
    let cols = v.widths.len();
    let mut taken = vec![vec![false; cols]; v.header.len()];
    let mut out = Vec::new();
    for (y, row) in v.header.iter().enumerate() {
        let mut x = 0;
        for c in row {
            while x < cols && taken[y][x] {
                x += 1;
            }
            if x >= cols {
                break;
            }
            let span = c.colspan.max(1).min(cols - x);
            for r in taken.iter_mut().skip(y).take(c.rowspan.max(1)) {
                r[x..x + span].iter_mut().for_each(|t| *t = true);
            }
            out.push((y, x, span, c));
            x += span;
        }
    }
    out
}

/// A header row: repeated at the top of every page the table runs onto.
/// docx-rs writes no `w:tblHeader`; the row carries a marker (an automatic
/// height of 0, a no-op by itself) that [`pack`] turns into one.
fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split().row_height(0.0).height_rule(docx_rs::HeightRule::Auto)
}

/// What docx-rs writes for [`header_row`]'s marker.
const HEADER_MARK: &str = "<w:trHeight w:val=\"0\" w:hRule=\"auto\" />";

/// A table without borders or cell padding, columns `widths` (twips),
/// each cell a list of paragraphs.
fn borderless(widths: &[i32], rows: Vec<Vec<Vec<Paragraph>>>) -> Table {
    let rows = rows
        .into_iter()
        .map(|cells| {
            TableRow::new(
                cells
                    .into_iter()
                    .zip(widths)
                    .map(|(paragraphs, w)| {
                        let mut c = TableCell::new().width(*w as usize, WidthType::Dxa);
                        for p in paragraphs {
                            c = c.add_paragraph(p);
                        }
                        c
                    })
                    .collect(),
            )
            .cant_split()
        })
        .collect();
    Table::new(rows)
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .width(widths.iter().sum::<i32>() as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .set_borders(TableBorders::new().clear_all())
}

/// The lines of a name of ô 2 as the PDF prints them when they fit: the
/// user's lines, or vanban's phrase breaks.
fn name_lines(lines: &[String]) -> Vec<String> {
    vn::name::line_options(lines).into_iter().next().unwrap_or_default()
}

/// The widest of a name's `lines`, in capitals, at `size` (pt).
fn widest_line(lines: &[String], size: f64, bold: bool) -> f64 {
    lines.iter().map(|l| measure(&vn::text::upper(l), size, bold)).fold(0.0, f64::max)
}

/// The first of vanban's line options for a name whose lines all fit
/// `room` pt at `size`, as the PDF's `_fitting` chooses; `None` if none
/// does.
fn fitting_lines(lines: &[String], size: f64, bold: bool, room: f64) -> Option<Vec<String>> {
    vn::name::line_options(lines).into_iter().find(|o| widest_line(o, size, bold) <= room)
}

/// The narrowest of a name's line options at `size`.
fn narrowest_lines(lines: &[String], size: f64, bold: bool) -> Vec<String> {
    vn::name::line_options(lines)
        .into_iter()
        .min_by(|a, b| widest_line(a, size, bold).total_cmp(&widest_line(b, size, bold)))
        .unwrap_or_default()
}

/// The text a reader sees of `text` (markup removed, footnotes left out).
fn reader_text(text: &str) -> String {
    fn walk(items: &[Inline], out: &mut String) {
        for i in items {
            match i {
                Inline::Text(t) => out.push_str(t),
                Inline::Strong(c) | Inline::Emph(c) => walk(c, out),
                Inline::Footnote(_) => {}
            }
        }
    }
    let mut out = String::new();
    walk(&parse_inline(text), &mut out);
    out
}

/// The width in pt of `text` at `size` in the embedded Times New Roman twin
/// (Liberation Serif, the same advance widths), for the rules' lengths.
fn measure(text: &str, size: f64, bold: bool) -> f64 {
    measure_face(text, size, usize::from(bold))
}

/// The width in pt of `text` at `size` in face `face` of the embedded
/// family (0 regular, 1 bold, 2 italic, 3 bold italic).
fn measure_face(text: &str, size: f64, face: usize) -> f64 {
    let bytes = crate::typeset::fonts::EMBEDDED[face.min(3)];
    let Ok(face) = ttf_parser::Face::parse(bytes, 0) else { return 0.0 };
    let units = f64::from(face.units_per_em());
    let advance: f64 = text
        .chars()
        .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(0.0, f64::from))
        .sum();
    advance / units * size
}

/// The date every zip entry carries: fixed, so the bytes depend only on
/// the document.
fn zip_time() -> zip::DateTime {
    zip::DateTime::from_date_and_time(1980, 1, 1, 0, 0, 0).expect("a valid zip date")
}

/// The core properties: title, author (the issuer), created (the
/// document's date).
fn core_xml(loaded: &Loaded) -> Vec<u8> {
    let doc = &loaded.document;
    let common = doc.common();
    let title = format!("{} {}", vn::text::upper(doc.doc_type().ten_loai()), reader_text(common.title));
    let author = vn::text::upper(&common.issuer.name.0.join(" "));
    let created = common
        .date
        .map(|d| {
            format!(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:created>",
                d.0.format("%Y-%m-%d")
            )
        })
        .unwrap_or_default();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>vi-VN</dc:language>{created}</cp:coreProperties>",
        xml_escape(&title),
        xml_escape(&author),
    )
    .into_bytes()
}

/// The one escaping of text that vanban writes into XML itself (the core
/// properties); docx-rs escapes the parts it writes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot hold are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Packs the parts into a zip with fixed dates and a fixed order.
fn pack(docx: Docx, loaded: &Loaded, _options: DocxOptions) -> Vec<u8> {
    let mut xml = docx.build();
    xml.doc_props.core = core_xml(loaded);
    let document = String::from_utf8(std::mem::take(&mut xml.document)).expect("docx-rs writes UTF-8");
    let document = document.replace(HEADER_MARK, &format!("{HEADER_MARK}<w:tblHeader />"));
    xml.document = images::mend_drawings(&document).into_bytes();
    // A footnote's text starts with its number (`w:footnoteRef`, which
    // docx-rs does not write): without it Word prints no number there.
    let footnotes = String::from_utf8(std::mem::take(&mut xml.footnotes)).expect("docx-rs writes UTF-8");
    let note_start = format!("<w:pStyle w:val=\"{}\" /></w:pPr>", id::FOOTNOTE);
    xml.footnotes = footnotes
        .replace(
            &note_start,
            &format!(
                "{note_start}<w:r><w:rPr><w:vertAlign w:val=\"superscript\" /></w:rPr><w:footnoteRef /></w:r>\
                 <w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
            ),
        )
        .into_bytes();
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    // As docx-rs packs them: each header and footer with its relationships.
    for (i, h) in xml.headers.into_iter().enumerate() {
        parts.push((format!("word/header{}.xml", i + 1), h));
        if let Some(rels) = xml.header_rels.get(i) {
            parts.push((format!("word/_rels/header{}.xml.rels", i + 1), rels.clone()));
        }
    }
    // The signature and seal images.
    for (id, bytes) in xml.media {
        parts.push((format!("word/media/{id}.png"), bytes));
    }
    for (i, f) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
        if let Some(rels) = xml.footer_rels.get(i) {
            parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone()));
        }
    }
    let mut out = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip_time())
            .unix_permissions(0o644);
        for (name, bytes) in parts {
            zip.start_file(name, options).expect("writing to memory");
            zip.write_all(&bytes).expect("writing to memory");
        }
        zip.finish().expect("writing to memory");
    }
    out.into_inner()
}
