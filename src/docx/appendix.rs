//! Phụ lục in DOCX, as `nd30.typ`'s `phu-luc` lays them out: each in a
//! section of its own (a new page, landscape where the YAML says so), its
//! pages numbered from 1 with the first unnumbered, the label (`Phụ lục
//! I`), the title in capitals and the `(Kèm theo …)` line centred above
//! its content.

use docx_rs::{
    AlignmentType, LineSpacing, PageNumType, PageOrientationType, Paragraph, Run, SectionProperty,
};

use super::Writer;
use super::styles::{half_points, id, twips_mm, twips_pt};
use crate::model::Document;
use crate::vn;

/// The page of a section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Page {
    /// Landscape (a phụ lục with wide tables).
    pub landscape: bool,
    /// Page numbers start again at 1 (a phụ lục).
    pub restart: bool,
}

/// `base` (the document's section: size, margins, page-number headers)
/// with the orientation and numbering of `page`.
pub(super) fn section(base: &SectionProperty, n: &crate::nd30::Nd30, page: Page) -> SectionProperty {
    let (w, h) = n.paper_mm().unwrap_or((210.0, 297.0));
    let mut s = base.clone();
    s = if page.landscape {
        s.page_size(docx_rs::PageSize::new().size(twips_mm(h) as u32, twips_mm(w) as u32))
            .page_orient(PageOrientationType::Landscape)
    } else {
        s.page_size(docx_rs::PageSize::new().size(twips_mm(w) as u32, twips_mm(h) as u32))
    };
    if page.restart {
        s = s.page_num_type(PageNumType::new().start(1));
    }
    // Its first page is unnumbered, as the document's.
    s.title_pg = true;
    s
}

impl<'a> Writer<'a> {
    /// The width of the text on the current section's pages, in twips.
    pub(super) fn width(&self) -> i32 {
        let n = self.n;
        let (w, h) = n.paper_mm().unwrap_or((210.0, 297.0));
        let across = if self.page.landscape { h } else { w };
        twips_mm(across - n.margin_mm.left - n.margin_mm.right)
    }

    /// Ends the current section here; what follows is laid out on `page`.
    pub(super) fn new_section(&mut self, page: Page) {
        self.body.push(super::Child::SectionEnd(self.page));
        self.page = page;
    }

    /// Every phụ lục of the document, numbered I, II, … when there are
    /// several.
    pub(super) fn appendices(&mut self, draft: bool) {
        self.appendices_of(self.loaded.document.common().appendices, draft);
    }

    /// The phụ lục in `list` (the document's, or those of the text a
    /// quyết định issues), their `(Kèm theo …)` line naming the document.
    pub(super) fn appendices_of(&mut self, list: &[crate::model::Appendix], draft: bool) {
        let doc = &self.loaded.document;
        if list.is_empty() {
            return;
        }
        // `(Kèm theo Kế hoạch số …/KH-UBND ngày … của …)`, with the blanks
        // of a draft.
        let by = match doc {
            Document::QuyetDinh(q) => Some(q.authority.as_str()),
            _ => None,
        };
        let note = if draft {
            let mut d = doc.clone();
            d.blank_number_and_date();
            crate::template::attached_line(&d, "Kèm theo", by)
        } else {
            crate::template::attached_line(doc, "Kèm theo", by)
        };
        let several = list.len() > 1;
        for (i, a) in list.iter().enumerate() {
            self.new_section(Page { landscape: a.landscape, restart: true });
            let label = match &a.label {
                Some(l) => l.clone(),
                None if several => format!("Phụ lục {}", vn::number::roman(i as u32 + 1)),
                None => "Phụ lục".to_string(),
            };
            let note = match &a.attached {
                Some(text) => format!("({})", trim_parens(text)),
                None => note.clone(),
            };
            self.appendix_title(&label, &a.title, &note);
            self.blocks(&a.content, "I.", "", false);
        }
    }

    /// The label (14 pt bold), the title (capitals, bold) and the note
    /// (italic), centred, then the gap after a title.
    fn appendix_title(&mut self, label: &str, title: &str, note: &str) {
        let n = self.n;
        let label = Paragraph::new()
            .style(id::TEN_LOAI)
            .add_run(run_plain(label).size(half_points(n.size_pt.phu_luc)));
        self.push(label);
        let p = Paragraph::new().style(id::TEN_LOAI);
        let p = self.runs(p, &vn::text::upper(title), false, false);
        self.push(p);
        let p = Paragraph::new()
            .style(id::TEN_LOAI)
            .align(AlignmentType::Center)
            .add_run(run_plain(note).size(half_points(n.size_pt.body)).disable_bold().italic());
        self.push(p);
        self.push(
            Paragraph::new().style(id::RULE).line_spacing(
                LineSpacing::new()
                    .line_rule(docx_rs::LineSpacingType::Exact)
                    .line(twips_pt(n.gap_pt.after_title)),
            ),
        );
    }
}

fn run_plain(text: &str) -> Run {
    Run::new().add_text(text)
}

/// A `(Kèm theo …)` line as written, with or without its parentheses.
fn trim_parens(s: &str) -> &str {
    let t = s.trim();
    t.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(t).trim()
}
