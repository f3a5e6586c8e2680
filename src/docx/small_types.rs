//! The small papers in DOCX, as their templates print them: giấy mời
//! (Mẫu 1.7, `giay-moi.typ.j2`) and giấy giới thiệu (Mẫu 1.8,
//! `giay-gioi-thieu.typ.j2`).

use docx_rs::{AlignmentType, LineSpacing, Paragraph, Run, SpecialIndentType};

use super::styles::{id, text_width, twips_pt};
use super::{DocxOptions, Writer, measure, spacer};
use crate::model::Document;
use crate::template::kinh_gui_lines;
use crate::vn;

/// Whether `doc` is a type this module writes.
pub(super) fn handles(doc: &Document) -> bool {
    matches!(doc, Document::GiayMoi(_) | Document::GiayGioiThieu(_))
}

impl Writer<'_> {
    /// The whole document of a small paper.
    pub(super) fn small_type(&mut self, options: DocxOptions) {
        let doc = &self.loaded.document;
        self.header(doc, true, options);
        match doc {
            Document::GiayMoi(_) => self.giay_moi(),
            Document::GiayGioiThieu(_) => self.giay_gioi_thieu(),
            _ => unreachable!("checked by handles()"),
        }
        self.signature();
    }

    /// A paragraph of the text: `label` in bold, then `text` on the same
    /// line (`Thời gian: …`); `label` alone is kept with what follows.
    fn labelled(&mut self, label: &str, text: Option<&str>) {
        let p = Paragraph::new().style(id::BODY).add_run(Run::new().add_text(label).bold());
        let p = match text {
            Some(text) => {
                let p = p.add_run(Run::new().add_text(" "));
                self.runs(p, text, false, false)
            }
            None => p.keep_next(true),
        };
        self.push(p);
    }

    /// Mẫu 1.7: `<cơ quan> trân trọng kính mời: …`, `Tới dự:`, the
    /// content, time, place, chair, agenda and who attends, the closing.
    fn giay_moi(&mut self) {
        let Document::GiayMoi(g) = &self.loaded.document else { return };
        self.ten_loai(&self.loaded.document.ten_loai(), &g.title, None);
        if !g.to.is_empty() {
            let issuer = g.issuer.name.0.join(" ");
            let lines = kinh_gui_lines(&g.to);
            if let [line] = lines.as_slice() {
                self.para(id::BODY, &format!("{issuer} trân trọng kính mời: {line}"));
            } else {
                self.para(id::BODY, &format!("{issuer} trân trọng kính mời:"));
                for line in &lines {
                    self.para(id::BODY, line);
                }
            }
        }
        let m = &g.meeting;
        if let Some(event) = &m.event {
            self.labelled("Tới dự:", Some(&vn::text::sentence(event)));
        }
        self.blocks_in(&g.content, "1.", &[], "", false, &mut 0);
        // Without a closing paragraph, `./.` ends the last of the details.
        let ends = g.closing.is_none();
        let last = if !m.participants.is_empty() {
            "participants"
        } else if !m.agenda.is_empty() {
            "agenda"
        } else if m.chair.is_some() {
            "chair"
        } else {
            "venue"
        };
        let detail = |text: &str, this: &str| {
            if ends && last == this { vn::text::with_end_mark(text) } else { vn::text::sentence(text) }
        };
        self.labelled("Thời gian:", Some(&vn::text::sentence(&m.time)));
        self.labelled("Địa điểm:", Some(&detail(&m.venue, "venue")));
        if let Some(chair) = &m.chair {
            self.labelled("Chủ trì:", Some(&detail(chair, "chair")));
        }
        if !m.agenda.is_empty() {
            self.labelled("Nội dung:", None);
            self.blocks_in(&m.agenda, "-", &[], "", ends && last == "agenda", &mut 0);
        }
        if !m.participants.is_empty() {
            self.labelled("Thành phần:", None);
            let lines = vn::text::punctuate(&m.participants, ";", ".");
            let count = lines.len();
            for (i, p) in lines.iter().enumerate() {
                let line = format!("- {p}");
                let line = if ends && i + 1 == count { vn::text::with_end_mark(&line) } else { line };
                self.para(id::BODY, &line);
            }
        }
        if let Some(closing) = &g.closing {
            self.para(id::BODY, &vn::text::with_end_mark(closing));
        }
    }

    /// Mẫu 1.8: the tên loại with its rule and no trích yếu, `<cơ quan>
    /// trân trọng giới thiệu:` centred, the person, where and why, the
    /// request, how long it is valid.
    fn giay_gioi_thieu(&mut self) {
        let Document::GiayGioiThieu(g) = &self.loaded.document else { return };
        let n = self.n;
        let name = vn::text::upper(&self.loaded.document.ten_loai());
        let p = Paragraph::new()
            .style(id::TEN_LOAI)
            .line_spacing(LineSpacing::new().before(twips_pt(n.gap_pt.after_header) as u32))
            .add_run(Run::new().add_text(name.clone()));
        self.push(p);
        let w = measure(&name, n.size_pt.ten_loai, true);
        let rule = self.rule(twips_pt(w * n.short_rule), text_width(n));
        self.push(rule.line_spacing(LineSpacing::new().before(twips_pt(2.0) as u32)));
        self.push(spacer(n.gap_pt.after_title));
        let p = Paragraph::new()
            .style(id::BODY)
            .align(AlignmentType::Center)
            .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
            .add_run(Run::new().add_text(format!("{} trân trọng giới thiệu:", g.issuer.name.0.join(" "))));
        self.push(p);
        self.para(id::BODY, &format!("Ông (bà) {}", g.person));
        if let Some(position) = &g.position {
            self.para(id::BODY, &format!("Chức vụ: {position}"));
        }
        self.para(id::BODY, &format!("Được cử đến: {}", g.sent_to));
        self.para(id::BODY, &format!("Về việc: {}", g.title));
        self.para(
            id::BODY,
            "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.",
        );
        let valid = format!("Giấy này có giá trị đến hết {}", vn::date::long(g.valid_until.0));
        self.para(id::BODY, &vn::text::with_end_mark(&valid));
    }
}
