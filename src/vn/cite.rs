//! How documents are cited (NĐ30 Phụ lục I, mục II.6: at the first citation
//! tên loại, số/ký hiệu, date, issuer and trích yếu; Luật and Pháp lệnh by
//! tên loại and name only; later citations by tên loại and số/ký hiệu).

use crate::model::{Basis, Citation, DateStyle};

use super::date;

/// Kinds cited by name rather than by number.
const NAMED_KINDS: [&str; 4] = ["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"];

fn is_named(c: &Citation) -> bool {
    NAMED_KINDS.contains(&c.kind.as_str())
}

fn push_part(out: &mut String, part: &str) {
    if part.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(part);
}

/// `số 1719/QĐ-TTg ngày 14/10/2021`: the number and date of a citation.
fn number_and_date(c: &Citation) -> String {
    let mut out = String::new();
    if let Some(n) = &c.number {
        push_part(&mut out, &format!("số {n}"));
    }
    if let Some(d) = c.date {
        push_part(&mut out, &dated(c, d.0, DateStyle::Short));
    }
    out
}

/// `ngày 31/5/2022` or `ngày 31 tháng 5 năm 2022`: the citation's style,
/// else `default`.
fn dated(c: &Citation, d: chrono::NaiveDate, default: DateStyle) -> String {
    match c.date_style.unwrap_or(default) {
        DateStyle::Short => format!("ngày {}", date::short(d)),
        DateStyle::Long => date::long(d),
    }
}

/// The reference form used in running text: `Quyết định số 920/QĐ-TTg ngày
/// 14/5/2025 của Thủ tướng Chính phủ`.
pub fn reference(c: &Citation) -> String {
    if is_named(c) {
        return named(c);
    }
    let mut out = c.kind.clone();
    push_part(&mut out, &number_and_date(c));
    if let Some(issuer) = &c.issuer {
        push_part(&mut out, &format!("của {issuer}"));
    }
    out
}

/// The first-citation form with the trích yếu, as in a căn cứ.
pub fn full(c: &Citation) -> String {
    if is_named(c) {
        return named(c);
    }
    let mut out = reference(c);
    if let Some(subject) = &c.subject {
        push_part(&mut out, subject);
    }
    out
}

/// The short form of later citations: `Quyết định số 920/QĐ-TTg`.
pub fn short(c: &Citation) -> String {
    if is_named(c) {
        return named(c);
    }
    let mut out = c.kind.clone();
    if let Some(n) = &c.number {
        push_part(&mut out, &format!("số {n}"));
    }
    out
}

/// `Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025`; with
/// its số when the citation asks for it (`with_number`): `Luật số
/// 47/2019/QH14 ngày …`, `Luật Du lịch số 09/2017/QH14 ngày …`.
fn named(c: &Citation) -> String {
    let mut out = c.kind.clone();
    if let Some(subject) = &c.subject {
        push_part(&mut out, subject);
    }
    if let Some(n) = c.number.as_ref().filter(|_| c.with_number) {
        push_part(&mut out, &format!("số {n}"));
    }
    if let Some(d) = c.date {
        push_part(&mut out, &dated(c, d.0, DateStyle::Long));
    }
    out
}

/// A căn cứ line without its final punctuation (added by the list rule).
/// A group of citations sharing kind and issuer reads `Căn cứ các Quyết
/// định của Thủ tướng Chính phủ: số …; số …`.
pub fn basis_line(b: &Basis) -> String {
    if let Some(text) = &b.text {
        return text.clone();
    }
    if let Some(c) = b.citation() {
        return format!("Căn cứ {}", full(&c));
    }
    let Some(first) = b.group.first() else { return String::new() };
    let items: Vec<String> = b
        .group
        .iter()
        .map(|c| {
            let mut item = number_and_date(c);
            if let Some(subject) = &c.subject {
                push_part(&mut item, super::text::strip_end_punctuation(subject));
            }
            item
        })
        .collect();
    let issuer = first.issuer.as_deref().map(|i| format!(" của {i}")).unwrap_or_default();
    format!("Căn cứ các {}{issuer}: {}", first.kind, items.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use chrono::NaiveDate;

    fn qd(number: &str, y: i32, m: u32, d: u32, subject: &str) -> Citation {
        Citation {
            id: None,
            kind: "Quyết định".into(),
            number: Some(number.into()),
            date: Some(Date(NaiveDate::from_ymd_opt(y, m, d).unwrap())),
            issuer: Some("Thủ tướng Chính phủ".into()),
            subject: Some(subject.into()),
            replaced_by: None,
            date_style: None,
            with_number: false,
        }
    }

    #[test]
    fn reference_full_and_short_forms() {
        let c = qd("920/QĐ-TTg", 2025, 5, 14, "về việc điều chỉnh một số nội dung");
        assert_eq!(reference(&c), "Quyết định số 920/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ");
        assert_eq!(
            full(&c),
            "Quyết định số 920/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ về việc điều chỉnh một số nội dung"
        );
        assert_eq!(short(&c), "Quyết định số 920/QĐ-TTg");
    }

    #[test]
    fn laws_are_cited_by_name() {
        let c = Citation {
            id: None,
            kind: "Luật".into(),
            number: Some("72/2025/QH15".into()),
            date: Some(Date(NaiveDate::from_ymd_opt(2025, 6, 16).unwrap())),
            issuer: Some("Quốc hội".into()),
            subject: Some("Tổ chức chính quyền địa phương".into()),
            replaced_by: None,
            date_style: None,
            with_number: false,
        };
        assert_eq!(full(&c), "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025");
        let numbered = Citation { with_number: true, date_style: Some(DateStyle::Short), ..c.clone() };
        assert_eq!(full(&numbered), "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025");
        let amending =
            Citation { subject: None, with_number: true, number: Some("47/2019/QH14".into()), ..c };
        assert_eq!(full(&amending), "Luật số 47/2019/QH14 ngày 16 tháng 6 năm 2025");
    }

    #[test]
    fn a_citation_prints_its_date_short_or_long() {
        let c = qd("920/QĐ-TTg", 2022, 5, 31, "về việc điều chỉnh");
        assert_eq!(reference(&c), "Quyết định số 920/QĐ-TTg ngày 31/5/2022 của Thủ tướng Chính phủ");
        let long = Citation { date_style: Some(DateStyle::Long), ..c };
        assert_eq!(
            reference(&long),
            "Quyết định số 920/QĐ-TTg ngày 31 tháng 5 năm 2022 của Thủ tướng Chính phủ"
        );
    }

    #[test]
    fn grouped_basis_hoists_kind_and_issuer() {
        let b = Basis {
            id: None,
            kind: None,
            number: None,
            date: None,
            issuer: None,
            subject: None,
            replaced_by: None,
            date_style: None,
            with_number: false,
            group: vec![
                qd("1719/QĐ-TTg", 2021, 10, 14, "phê duyệt Chương trình"),
                qd("920/QĐ-TTg", 2025, 5, 14, "về việc điều chỉnh Chương trình"),
            ],
            text: None,
        };
        assert_eq!(
            basis_line(&b),
            "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1719/QĐ-TTg ngày 14/10/2021 phê duyệt Chương trình; số 920/QĐ-TTg ngày 14/5/2025 về việc điều chỉnh Chương trình"
        );
    }
}
