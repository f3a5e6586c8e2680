//! Quyết định (Mẫu 1.2, 1.3) and nghị quyết cá biệt (Mẫu 1.1) in DOCX, as
//! `quyet-dinh.typ.j2`, `nghi-quyet.typ.j2` and `articles.typ.j2` print
//! them: the authority line, căn cứ with `Theo đề nghị …`, `QUYẾT ĐỊNH:`
//! (`QUYẾT NGHỊ:`), the Điều with their khoản and điểm; a quyết định quy
//! phạm pháp luật's enactment sentence instead of the authority line; and
//! the text a quyết định issues, on pages of its own (a section whose page
//! numbers start again) with its header, tên loại, trích yếu and
//! `(Ban hành kèm theo Quyết định số …)`: a text body, or a Kế hoạch
//! (`plan.rs`); its phụ lục and forms after it.

use docx_rs::{BreakType, LineSpacing, Paragraph, Run};

use super::styles::{id, twips_pt};
use super::{DocxOptions, Writer, text_body_of};
use crate::load::Loaded;
use crate::model::{Article, Document};
use crate::template::{attached_line, typed_article_label};
use crate::vn;

/// Whether `doc` is a type this module writes.
pub(super) fn handles(doc: &Document) -> bool {
    matches!(doc, Document::QuyetDinh(_) | Document::NghiQuyet(_))
}

impl Writer<'_> {
    /// What a quyết định's attachment holds that has no DOCX form yet: an
    /// error located in the attachment's own file.
    pub(super) fn refuse_in_attachment(&mut self) {
        let Some(att) = self.loaded.attachment.as_deref() else { return };
        let doc = &att.document;
        let mut refuse = |path: &str, what: &str| {
            self.problems.push(att.at(super::unsupported(what), path));
        };
        if !matches!(doc, Document::KeHoach(_)) && text_body_of(doc).is_none() {
            refuse("type", &crate::t!("docx-part-attached-type", type = doc.doc_type().ten_loai()));
            return;
        }
        for path in super::form_tables(doc) {
            refuse(&path, &crate::t!("docx-part-table-errors"));
        }
        for (path, block) in doc.blocks() {
            if let crate::model::Block::Table(t) = block
                && crate::model::table::resolve(&t.table).is_err()
            {
                refuse(&path, &crate::t!("docx-part-table-errors"));
            }
        }
    }

    /// The whole document of a quyết định or nghị quyết.
    pub(super) fn decision(&mut self, options: DocxOptions) {
        let loaded: &Loaded = self.loaded;
        let doc = &loaded.document;
        self.header(doc, true, options);
        self.ten_loai(&doc.ten_loai(), doc.common().title, None);
        let common = doc.common();
        match doc {
            Document::QuyetDinh(q) if q.legal_normative => {
                // No authority line and no `QUYẾT ĐỊNH:`: the căn cứ end
                // with `;`, then the enactment sentence, in italics.
                let end = q.bases_end.map_or(";", |e| e.mark());
                self.can_cu(common.bases, &q.proposal.iter().cloned().collect::<Vec<_>>(), end);
                let enactment =
                    q.enactment.clone().unwrap_or_else(|| vn::phrase::enactment(&q.authority, &q.title));
                self.para(id::CAN_CU, &enactment);
                self.articles(&q.articles, true);
            }
            Document::QuyetDinh(q) => {
                self.authority(&[vn::text::upper(&q.authority)]);
                let end = q.bases_end.map_or(".", |e| e.mark());
                self.can_cu(common.bases, &q.proposal.iter().cloned().collect::<Vec<_>>(), end);
                self.decides("QUYẾT ĐỊNH:");
                self.articles(&q.articles, true);
            }
            Document::NghiQuyet(q) => {
                let lines: Vec<String> = q.authority.0.iter().map(|l| vn::text::upper(l)).collect();
                self.authority(&lines);
                let end = q.bases_end.map_or(".", |e| e.mark());
                self.can_cu(common.bases, &[], end);
                self.decides("QUYẾT NGHỊ:");
                self.articles(&q.articles, q.closing.is_none());
                if let Some(closing) = &q.closing {
                    self.closing(closing);
                }
            }
            _ => unreachable!("checked by handles()"),
        }
        self.signature(options.draft);
        self.issued_text(options);
        // Its phụ lục and forms, then those of the text it issues (after
        // that text), in the order of `quyet-dinh.typ.j2`.
        self.appendices(options.draft);
        self.forms(doc.forms());
        if let Some(att) = loaded.attachment.as_deref() {
            self.appendices_of(att.document.appendices(), options.draft);
            self.forms(att.document.forms());
        }
    }

    /// The authority line: centred, bold, in capitals, one line each.
    fn authority(&mut self, lines: &[String]) {
        let n = self.n;
        let mut p = Paragraph::new()
            .style(id::THAM_QUYEN)
            .line_spacing(LineSpacing::new().after(twips_pt(n.gap_pt.after_title) as u32));
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
            }
            p = p.add_run(Run::new().add_text(line.clone()));
        }
        self.push(p);
    }

    /// `QUYẾT ĐỊNH:` on its own line, centred, bold, a line's leading and
    /// the paragraph gap above and below (the căn cứ before it already ends
    /// with the gap).
    fn decides(&mut self, word: &str) {
        let n = self.n;
        let leading = n.leading_em * n.size_pt.body;
        let p = Paragraph::new()
            .style(id::THAM_QUYEN)
            .keep_next(true)
            .line_spacing(
                LineSpacing::new()
                    .before(twips_pt(leading) as u32)
                    .after(twips_pt(leading + n.par_gap_pt) as u32),
            )
            .add_run(Run::new().add_text(word));
        self.push(p);
    }

    /// Điều 1 … n: `Điều N.` bold with the title (bold) or the sentence; the
    /// khoản `1.`, the điểm `a)`; `./.` after the last words when `end`. A
    /// label typed at the start (`Điều 1:`) is printed as written.
    pub(super) fn articles(&mut self, articles: &[Article], end: bool) {
        let count = articles.len();
        for (k, a) in articles.iter().enumerate() {
            let last = end && k + 1 == count;
            let head = a.title.as_deref().or(a.text.as_deref()).unwrap_or("");
            let typed = typed_article_label(head);
            let label = typed.as_ref().map_or_else(|| format!("Điều {}.", k + 1), |(l, _)| l.clone());
            let ends_here = last && a.clauses.is_empty();
            if let Some(title) = &a.title {
                let title = typed.map_or_else(|| title.clone(), |(_, t)| t);
                self.dieu(&label, Some(&title), "");
                if let Some(text) = &a.text {
                    let text = if ends_here { vn::text::with_end_mark(text) } else { text.clone() };
                    self.para(id::BODY, &text);
                }
            } else {
                let text = typed.map_or_else(|| a.text.clone().unwrap_or_default(), |(_, t)| t);
                let text = if ends_here { vn::text::with_end_mark(&text) } else { text };
                self.dieu(&label, None, &text);
            }
            let clauses = a.clauses.len();
            for (c, clause) in a.clauses.iter().enumerate() {
                let last_clause = last && c + 1 == clauses;
                let text = if last_clause && clause.points.is_empty() {
                    vn::text::with_end_mark(&clause.text)
                } else {
                    clause.text.clone()
                };
                self.para(id::BODY, &format!("{}. {text}", c + 1));
                let points = clause.points.len();
                for (i, point) in clause.points.iter().enumerate() {
                    let point = if last_clause && i + 1 == points {
                        vn::text::with_end_mark(point)
                    } else {
                        point.clone()
                    };
                    self.para(id::BODY, &format!("{}) {point}", vn::number::letter(i + 1)));
                }
            }
        }
    }

    /// The text a quyết định issues (Mẫu 1.3): a new section (new page,
    /// page numbers from 1, the first unnumbered), its header without số
    /// and date, its tên loại and trích yếu with `(Ban hành kèm theo …)`,
    /// its căn cứ and body; no nơi nhận or signer of its own.
    fn issued_text(&mut self, options: DocxOptions) {
        let Document::QuyetDinh(q) = &self.loaded.document else { return };
        let Some(att) = self.loaded.attachment.as_deref() else { return };
        // The số and date of the quyết định as the PDF prints them: blank
        // on a draft.
        let mut issuing = self.loaded.document.clone();
        if options.draft {
            issuing.blank_number_and_date();
        }
        let note = attached_line(&issuing, "Ban hành kèm theo", Some(&q.authority));
        self.new_section(super::appendix::Page { landscape: false, restart: true });
        let doc = &att.document;
        self.header(doc, false, options);
        self.ten_loai(&doc.ten_loai(), doc.common().title, Some(&note));
        // A Kế hoạch (`ke-hoach-body.typ.j2`): its căn cứ and mục, with
        // its own cited documents; no Kính gửi.
        if let Document::KeHoach(k) = doc {
            let end = k.bases_end.map_or(".", |e| e.mark());
            self.can_cu(doc.common().bases, &[], end);
            self.plan(k, &att.citations);
            return;
        }
        let Some(body) = text_body_of(doc) else { return };
        let end = body.bases_end.map_or(".", |e| e.mark());
        self.can_cu(doc.common().bases, &[], end);
        self.text_to_end(&body);
    }
}
