//! Two signers side by side, as `chu-ky-doi` in `nd30.typ` draws them: a
//! biên bản's thư ký and chủ tọa (columns `bien-ban-columns-mm`), a hợp
//! đồng's two parties and a liên tịch document's two bodies (columns
//! `lien-tich-columns`, fractions of the text width), in a borderless
//! three-column table; nơi nhận under the left signer.

use docx_rs::{LineSpacing, Paragraph, Run};

use super::styles::{id, text_width, twips_mm, twips_pt};
use super::{Child, Writer, borderless};
use crate::model::Authority;
use crate::template::recipient_lines;
use crate::vn;

/// One signer block: the lines above the chức vụ (already in capitals),
/// the chức vụ, the name.
pub(super) struct SignerLines {
    pub above: Vec<String>,
    pub title: String,
    pub name: String,
}

impl SignerLines {
    /// `lead` (`Đại diện Bên A`) first, then the quyền hạn lines.
    pub(super) fn new(lead: Option<&str>, authority: &[Authority], title: &str, name: &str) -> Self {
        let above = lead
            .map(vn::text::upper)
            .into_iter()
            .chain(authority.iter().map(|a| vn::text::upper(&format!("{} {}", a.prefix.as_str(), a.of))))
            .collect();
        SignerLines { above, title: vn::text::upper(title), name: name.to_string() }
    }
}

/// Which columns the two signers stand in.
pub(super) enum Columns {
    /// A biên bản's: `bien-ban-columns-mm`.
    BienBan,
    /// A hợp đồng's and a liên tịch document's: `lien-tich-columns`.
    LienTich,
}

impl Writer<'_> {
    /// A liên tịch document's signers: the second body's on the left, the
    /// issuer's on the right, in `lien-tich-columns`; nơi nhận under the
    /// left one, led as the document's own (`Như trên`, `Như Điều 3`).
    pub(super) fn joint_signature(&mut self, joint: &crate::model::Joint) {
        let doc = &self.loaded.document;
        let s = &doc.common().signer;
        let left = SignerLines::new(None, &joint.signer.authority, &joint.signer.title, &joint.signer.name);
        let right = SignerLines::new(None, &s.authority, &s.title, &s.name);
        let lead = doc.noi_nhan_lead();
        self.two_signers(&left, &right, Columns::LienTich, lead.as_deref());
    }

    /// The three columns' widths in twips, the last taking what rounding left.
    fn signer_columns(&self, columns: Columns) -> [i32; 3] {
        let n = self.n;
        let width = text_width(n);
        let [a, b, _] = match columns {
            Columns::BienBan => n.bien_ban_columns_mm.map(twips_mm),
            Columns::LienTich => n.lien_tich_columns.map(|f| (f64::from(width) * f).round() as i32),
        };
        [a, b, width - a - b]
    }

    /// A signer's paragraphs, centred, bold: the lines above, the chức vụ,
    /// the room to sign, the name.
    fn signer_paragraphs(&self, s: &SignerLines) -> Vec<Paragraph> {
        let n = self.n;
        let mut out = Vec::new();
        for line in s.above.iter().chain(std::iter::once(&s.title)) {
            out.push(
                Paragraph::new().style(id::CHU_KY).keep_next(true).add_run(Run::new().add_text(line.clone())),
            );
        }
        out.push(
            Paragraph::new().style(id::CHU_KY).keep_next(true).line_spacing(
                LineSpacing::new()
                    .line_rule(docx_rs::LineSpacingType::Exact)
                    .line(twips_mm(n.signature_space_mm)),
            ),
        );
        out.push(Paragraph::new().style(id::CHU_KY).add_run(Run::new().add_text(s.name.clone())));
        out
    }

    /// The two signers level, nơi nhận (`lead` its first line) under the
    /// left one after the gap under a title.
    pub(super) fn two_signers(
        &mut self,
        left: &SignerLines,
        right: &SignerLines,
        columns: Columns,
        lead: Option<&str>,
    ) {
        let n = self.n;
        let common = self.loaded.document.common();
        let widths = self.signer_columns(columns);
        let before = twips_pt(n.gap_pt.before_signature) as u32;
        let mut left_cell = self.signer_paragraphs(left);
        let mut right_cell = self.signer_paragraphs(right);
        for cell in [&mut left_cell, &mut right_cell] {
            if let Some(first) = cell.first_mut() {
                *first = first.clone().line_spacing(LineSpacing::new().before(before));
            }
        }
        let lines = recipient_lines(common.recipients, common.archive, lead);
        if !lines.is_empty() {
            left_cell.push(
                Paragraph::new()
                    .style(id::NOI_NHAN_LABEL)
                    .line_spacing(LineSpacing::new().before(twips_pt(n.gap_pt.after_title) as u32))
                    .keep_next(true)
                    .add_run(Run::new().add_text("Nơi nhận:")),
            );
            for line in lines {
                let p = self.runs(Paragraph::new().style(id::NOI_NHAN), &line, false, false);
                left_cell.push(p);
            }
        }
        let table =
            borderless(&widths, vec![vec![left_cell, vec![Paragraph::new().style(id::RULE)], right_cell]]);
        self.body.push(Child::Table(Box::new(table)));
    }
}
