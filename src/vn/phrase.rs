//! The formulaic sentences of Vietnamese plans, built from structured fields
//! so that every dự án is worded the same way.

use crate::model::{Assignment, AssignmentForm, Citation, Funding};

use super::text::{capitalize_first, join_and, sentence, strip_end_punctuation};

/// The default work of an assignment.
pub const DEFAULT_ACTION: &str = "tổ chức triển khai thực hiện";

/// The paragraphs of one assignment (one, or two for `two-items`), each
/// ending in a full stop. `-` marks are added by the caller when several
/// assignments or items are listed.
pub fn assignment(a: &Assignment) -> Vec<String> {
    let mut work = format!("{} chủ trì", a.lead.trim());
    if let Some(task) = &a.lead_task {
        work.push(' ');
        work.push_str(task.trim());
    }
    if let Some(partners) = &a.partners {
        work.push_str(", phối hợp với ");
        work.push_str(partners.trim());
    }
    work.push(' ');
    work.push_str(a.action.as_deref().unwrap_or(DEFAULT_ACTION).trim());
    if let Some(scope) = &a.scope {
        work.push(' ');
        work.push_str(scope.trim());
    }
    if let Some(guidance) = &a.guidance {
        work.push_str(" theo quy định của pháp luật có liên quan và hướng dẫn của ");
        work.push_str(guidance.trim());
    }
    let work = strip_end_punctuation(&work).to_string();

    if a.report_to.is_empty() {
        return vec![sentence(&work)];
    }
    let report_to: Vec<&str> = a.report_to.iter().map(|s| s.trim()).collect();
    let report = format!(
        "kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về {} theo quy định",
        report_to.join(", ")
    );
    match a.form {
        AssignmentForm::Sentence => vec![sentence(&format!("{work}; {report}"))],
        AssignmentForm::TwoSentences => {
            vec![format!("{}. {}", work, sentence(&capitalize_first(&report)))]
        }
        AssignmentForm::TwoItems => vec![sentence(&work), sentence(&capitalize_first(&report))],
    }
}

/// The paragraphs of phân công for a list of assignments: a single
/// one-paragraph assignment stands alone; otherwise every paragraph is a
/// `- ` item.
pub fn assignments(list: &[Assignment]) -> Vec<String> {
    let paragraphs: Vec<String> = list.iter().flat_map(assignment).collect();
    if paragraphs.len() <= 1 {
        paragraphs
    } else {
        paragraphs.into_iter().map(|p| format!("- {p}")).collect()
    }
}

/// Kinh phí: `Vốn ngân sách Trung ương theo Nghị quyết số … và Quyết định số ….`
/// `cited` holds the documents named in `under`, in order.
pub fn funding(f: &Funding, cited: &[&Citation]) -> String {
    let mut out = f.source.trim().to_string();
    if !cited.is_empty() {
        let refs: Vec<String> = cited.iter().map(|c| super::cite::reference(c)).collect();
        out.push_str(" theo ");
        out.push_str(&join_and(&refs));
    }
    let mut out = sentence(&out);
    if let Some(amount) = f.amount {
        out.push_str(&format!(" Tổng kinh phí: {} đồng.", super::number::amount(amount)));
    }
    out
}

/// The enactment sentence of a quyết định quy phạm pháp luật (ND78/2025
/// practice), after the căn cứ: `Ủy ban nhân dân tỉnh Bình Lâm ban hành
/// Quyết định ban hành Quy định về …` from the authority and the trích
/// yếu.
pub fn enactment(authority: &str, title: &str) -> String {
    let title = crate::vn::text::strip_end_punctuation(title.trim());
    format!("{} ban hành Quyết định {}.", authority.trim(), crate::vn::text::lowercase_first(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Assignment {
        Assignment {
            lead: "Phòng Văn hóa - Xã hội".into(),
            lead_task: None,
            partners: Some("các đơn vị có liên quan".into()),
            action: None,
            scope: None,
            guidance: Some("Sở Y tế".into()),
            report_to: vec!["Sở Y tế".into()],
            form: AssignmentForm::Sentence,
        }
    }

    #[test]
    fn one_sentence_form() {
        assert_eq!(
            assignment(&base()),
            [
                "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các đơn vị có liên quan tổ chức triển khai thực hiện theo quy định của pháp luật có liên quan và hướng dẫn của Sở Y tế; kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về Sở Y tế theo quy định."
            ]
        );
    }

    #[test]
    fn two_items_form_capitalises_the_second_half() {
        let a = Assignment { form: AssignmentForm::TwoItems, ..base() };
        assert_eq!(
            assignments(&[a]),
            [
                "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với các đơn vị có liên quan tổ chức triển khai thực hiện theo quy định của pháp luật có liên quan và hướng dẫn của Sở Y tế.",
                "- Kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về Sở Y tế theo quy định."
            ]
        );
    }

    #[test]
    fn lead_task_scope_and_no_guidance() {
        let a = Assignment {
            lead: "Văn phòng HĐND và UBND".into(),
            lead_task: Some("xây dựng kế hoạch".into()),
            scope: Some("nội dung số 3".into()),
            guidance: None,
            report_to: vec![],
            ..base()
        };
        assert_eq!(
            assignment(&a),
            [
                "Văn phòng HĐND và UBND chủ trì xây dựng kế hoạch, phối hợp với các đơn vị có liên quan tổ chức triển khai thực hiện nội dung số 3."
            ]
        );
    }
}
