//! The small papers in DOCX, as their templates print them: giấy mời
//! (Mẫu 1.7, `giay-moi.typ.j2`), giấy giới thiệu (Mẫu 1.8,
//! `giay-gioi-thieu.typ.j2`), công điện (Mẫu 1.6, `cong-dien.typ.j2`) and
//! giấy nghỉ phép (Mẫu 1.10, `giay-nghi-phep.typ.j2`), biên bản (Mẫu 1.9,
//! `bien-ban.typ.j2`) and hợp đồng, bản ghi nhớ, bản thỏa thuận
//! (`hop-dong.typ.j2`), whose two signers stand side by side
//! ([`super::signers`]).

use docx_rs::{AlignmentType, LineSpacing, Paragraph, Run, SpecialIndentType};

use super::signers::{Columns, SignerLines};
use super::styles::{id, text_width, twips_mm, twips_pt};
use super::{DocxOptions, Writer, measure, spacer, text_body_of};
use crate::model::Document;
use crate::template::kinh_gui_lines;
use crate::vn;

/// Whether `doc` is a type this module writes.
pub(super) fn handles(doc: &Document) -> bool {
    matches!(
        doc,
        Document::GiayMoi(_)
            | Document::GiayGioiThieu(_)
            | Document::CongDien(_)
            | Document::GiayNghiPhep(_)
            | Document::BienBan(_)
            | Document::ThoaThuan(_)
    )
}

impl Writer<'_> {
    /// The whole document of a small paper.
    pub(super) fn small_type(&mut self, options: DocxOptions) {
        let doc = &self.loaded.document;
        self.header(doc, true, options);
        match doc {
            Document::GiayMoi(_) => self.giay_moi(),
            Document::GiayGioiThieu(_) => self.giay_gioi_thieu(),
            Document::CongDien(_) => self.cong_dien(),
            Document::GiayNghiPhep(_) => self.giay_nghi_phep(),
            // Their signers are laid out by these two.
            Document::BienBan(_) => self.bien_ban(options),
            Document::ThoaThuan(_) => self.hop_dong(),
            _ => unreachable!("checked by handles()"),
        }
        if !matches!(doc, Document::BienBan(_) | Document::ThoaThuan(_)) {
            self.signature(options.draft);
        }
        if let Document::GiayNghiPhep(g) = doc
            && g.confirmation
        {
            self.xac_nhan();
        }
        // Their phụ lục after the signer, where the template prints them
        // (a giấy giới thiệu's and a giấy nghỉ phép's print none).
        if !matches!(doc, Document::GiayGioiThieu(_) | Document::GiayNghiPhep(_)) {
            self.appendices(options.draft);
        }
    }

    /// ô 5a of a paper with no trích yếu: the tên loại, centred, with the
    /// short rule directly under it.
    fn ten_loai_only(&mut self) {
        let n = self.n;
        let name = vn::text::upper(&self.loaded.document.ten_loai());
        let p = Paragraph::new()
            .style(id::TEN_LOAI)
            .line_spacing(LineSpacing::new().before(twips_pt(n.gap_pt.after_header) as u32))
            .add_run(Run::new().add_text(name.clone()));
        self.push(p);
        let w = measure(&name, n.size_pt.ten_loai, true);
        let rule = self.rule(twips_pt(w * n.short_rule), text_width(n));
        let before = super::block_gap(n, n.size_pt.ten_loai);
        self.push(rule.line_spacing(LineSpacing::new().before(twips_pt(before) as u32)));
        self.push(spacer(n.gap_pt.after_title + n.par_gap_pt));
    }

    /// A body paragraph centred, without the first-line indent.
    fn centred(&mut self, text: &str) {
        let p = Paragraph::new().style(id::BODY).align(AlignmentType::Center).indent(
            None,
            Some(SpecialIndentType::FirstLine(0)),
            None,
            None,
        );
        let p = self.runs(p, text, false, false);
        self.push(p);
    }

    /// Mẫu 1.6: `<NGƯỜI GỬI> điện:` centred, the addressees one per line
    /// `cong-dien-indent-mm` in (no Kính gửi), then the căn cứ and the text.
    fn cong_dien(&mut self) {
        let Document::CongDien(c) = &self.loaded.document else { return };
        let n = self.n;
        self.ten_loai(&self.loaded.document.ten_loai(), &c.title, None);
        let sender = vn::text::upper(crate::model::dien_sender_stem(&c.sender));
        let leading = n.leading_em * n.size_pt.body;
        let p = Paragraph::new()
            .style(id::BODY)
            .align(AlignmentType::Center)
            .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
            .line_spacing(LineSpacing::new().after(twips_pt(leading + n.par_gap_pt) as u32))
            .add_run(Run::new().add_text(format!("{sender} điện:")));
        self.push(p);
        let lines = vn::text::punctuate(&c.to, ";", ".");
        let count = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let mut p = Paragraph::new().style(id::BODY).align(AlignmentType::Left).indent(
                Some(twips_mm(n.cong_dien_indent_mm)),
                Some(SpecialIndentType::FirstLine(0)),
                None,
                None,
            );
            if i + 1 == count {
                p = p.line_spacing(LineSpacing::new().after(twips_pt(n.gap_pt.after_title) as u32));
            }
            let p = self.runs(p, &format!("- {line}"), false, false);
            self.push(p);
        }
        let body = text_body_of(&self.loaded.document).expect("a công điện has a text body");
        let end = body.bases_end.map_or(".", |e| e.mark());
        self.can_cu(c.bases.as_slice(), &[], end);
        self.text_to_end(&body);
    }

    /// Mẫu 1.10: the tên loại with its rule, the request, the person, the
    /// leave, what it counts as.
    fn giay_nghi_phep(&mut self) {
        let Document::GiayNghiPhep(g) = &self.loaded.document else { return };
        self.ten_loai_only();
        let long = |d: &crate::model::Date| vn::date::long(d.0);
        self.para(
            id::BODY,
            &format!("Xét Đơn đề nghị nghỉ phép {} của ông (bà) {},", long(&g.request_date), g.person),
        );
        self.para(id::BODY, &format!("{} cấp cho:", g.issuer.name.0.join(" ")));
        self.para(id::BODY, &format!("Ông (bà): {}", g.person));
        if let Some(position) = &g.position {
            self.para(id::BODY, &format!("Chức vụ: {position}"));
        }
        let duration = g.duration.clone().unwrap_or_else(|| {
            let days = (g.until.0 - g.from.0).num_days() + 1;
            format!("{days:02} ngày")
        });
        self.para(
            id::BODY,
            &format!(
                "Được nghỉ phép trong thời gian {duration} kể từ {} đến hết {} tại {}",
                long(&g.from),
                long(&g.until),
                vn::text::sentence(&g.at)
            ),
        );
        self.closing(&format!("Số ngày nghỉ phép nêu trên được tính vào thời gian {}", g.counted_as));
    }

    /// Mẫu 1.9: when and where, who attended, chaired and wrote it, the
    /// content, when it closed; the thư ký and the chủ tọa side by side.
    fn bien_ban(&mut self, options: DocxOptions) {
        let Document::BienBan(b) = &self.loaded.document else { return };
        self.ten_loai(&self.loaded.document.ten_loai(), &b.title, None);
        // A draft's date is left blank, as the PDF leaves it.
        let date = if options.draft { None } else { b.date };
        let moment = |m: &crate::model::Moment, day: Option<crate::model::Date>| {
            let day = vn::date::place_and_date("", m.date.or(day).map(|d| d.0), b.year);
            format!("{}{day}", m.time.words())
        };
        self.para(id::BODY, &format!("Thời gian bắt đầu: {}.", moment(&b.opened, date)));
        self.para(id::BODY, &format!("Địa điểm: {}", vn::text::sentence(&b.venue)));
        if let [one] = b.attendees.as_slice() {
            self.para(id::BODY, &format!("Thành phần tham dự: {}", vn::text::sentence(one)));
        } else {
            self.para(id::BODY, "Thành phần tham dự:");
            for p in vn::text::punctuate(&b.attendees, ";", ".") {
                self.para(id::BODY, &format!("- {p}"));
            }
        }
        self.para(id::BODY, &format!("Chủ trì (chủ tọa): {}", vn::text::sentence(&b.chair)));
        self.para(id::BODY, &format!("Thư ký (người ghi biên bản): {}", vn::text::sentence(&b.secretary)));
        self.para(id::BODY, "Nội dung:");
        let style = b.numbering.map_or_else(|| "1.".to_string(), |n| super::numbering_key(Some(n), "1."));
        self.blocks_in(&b.content, &style, &[], "", false, &mut 0);
        let word = match b.kind {
            crate::model::MeetingKind::CuocHop => "Cuộc họp",
            crate::model::MeetingKind::HoiNghi => "Hội nghị",
            crate::model::MeetingKind::HoiThao => "Hội thảo",
        };
        self.closing(&format!("{word} kết thúc vào {}", moment(&b.closed, b.opened.date.or(date))));
        let s = &b.secretary_signer;
        let left = SignerLines::new(None, &s.authority, &s.title, &s.name);
        let right = SignerLines::new(None, &b.signer.authority, &b.signer.title, &b.signer.name);
        self.two_signers(&left, &right, Columns::BienBan, None);
    }

    /// A hợp đồng, bản ghi nhớ or bản thỏa thuận: căn cứ, the parties
    /// (`BÊN A:` and the name in bold, their lines), the Điều, each side's
    /// representative signing, Bên A on the left.
    fn hop_dong(&mut self) {
        let Document::ThoaThuan(h) = &self.loaded.document else { return };
        self.ten_loai(&self.loaded.document.ten_loai(), &h.title, None);
        let end = h.bases_end.map_or(".", |e| e.mark());
        self.can_cu(&h.bases, &[], end);
        if let Some(preamble) = &h.preamble {
            self.para(id::BODY, preamble);
        }
        let label_a = h.party_a.label.clone().unwrap_or_else(|| "Bên A".to_string());
        let label_b = h.party_b.label.clone().unwrap_or_else(|| "Bên B".to_string());
        for (label, name, lines) in
            [(&label_a, &h.party_a.name, &h.party_a.lines), (&label_b, &h.party_b.name, &h.party_b.lines)]
        {
            let p = Paragraph::new()
                .style(id::BODY)
                .add_run(Run::new().add_text(vn::text::upper(&format!("{label}:"))).bold())
                .add_run(Run::new().add_text(" "));
            let p = self.runs(p, name, true, false);
            self.push(p);
            for line in lines {
                self.para(id::BODY, line);
            }
        }
        if let Some(agreement) = &h.agreement {
            self.para(id::BODY, agreement);
        }
        self.articles(&h.articles, h.closing.is_none());
        if let Some(closing) = &h.closing {
            self.closing(closing);
        }
        let left = SignerLines::new(
            Some(&format!("Đại diện {label_a}")),
            &h.signer.authority,
            &h.signer.title,
            &h.signer.name,
        );
        let s = &h.party_b.signer;
        let right = SignerLines::new(Some(&format!("Đại diện {label_b}")), &s.authority, &s.title, &s.name);
        self.two_signers(&left, &right, Columns::LienTich, None);
    }

    /// Under the signature of a giấy nghỉ phép: the confirmation of the
    /// place of leave, in a block `xac-nhan-width-mm` wide at the left,
    /// centred, italic, at the nơi nhận size, with room to sign under it.
    fn xac_nhan(&mut self) {
        let n = self.n;
        let right = (text_width(n) - twips_mm(n.xac_nhan_width_mm)).max(0);
        let p = Paragraph::new()
            .style(id::NOI_NHAN)
            .align(AlignmentType::Center)
            .keep_next(true)
            .indent(Some(0), None, Some(right), None)
            .line_spacing(LineSpacing::new().before(twips_pt(n.gap_pt.after_title) as u32))
            .add_run(
                Run::new()
                    .add_text("Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép")
                    .italic(),
            );
        self.push(p);
        self.push(spacer(n.signature_space_mm * crate::nd30::PT_PER_MM));
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
            self.closing(closing);
        }
    }

    /// Mẫu 1.8: the tên loại with its rule and no trích yếu, `<cơ quan>
    /// trân trọng giới thiệu:` centred, the person, where and why, the
    /// request, how long it is valid.
    fn giay_gioi_thieu(&mut self) {
        let Document::GiayGioiThieu(g) = &self.loaded.document else { return };
        self.ten_loai_only();
        self.centred(&format!("{} trân trọng giới thiệu:", g.issuer.name.0.join(" ")));
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
        self.closing(&format!("Giấy này có giá trị đến hết {}", vn::date::long(g.valid_until.0)));
    }
}
