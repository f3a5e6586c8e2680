//! Số and ký hiệu (NĐ30 Phụ lục I, mục II.3; Phụ lục III, mục I).

use super::date::BLANK;

/// Phụ lục III, mục I: the abbreviation of each tên loại. Công văn and thư
/// công have none (their ký hiệu is body + drafting unit).
pub const TYPE_ABBREVIATIONS: [(&str, &str); 29] = [
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Thông cáo", "TC"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Chương trình", "CTr"),
    ("Kế hoạch", "KH"),
    ("Phương án", "PA"),
    ("Đề án", "ĐA"),
    ("Dự án", "DA"),
    ("Báo cáo", "BC"),
    ("Biên bản", "BB"),
    ("Tờ trình", "TTr"),
    ("Hợp đồng", "HĐ"),
    ("Công điện", "CĐ"),
    ("Bản ghi nhớ", "BGN"),
    ("Bản thỏa thuận", "BTT"),
    ("Giấy ủy quyền", "GUQ"),
    ("Giấy mời", "GM"),
    ("Giấy giới thiệu", "GGT"),
    ("Giấy nghỉ phép", "GNP"),
    ("Phiếu gửi", "PG"),
    ("Phiếu chuyển", "PC"),
    ("Phiếu báo", "PB"),
    ("Bản sao y", "SY"),
    ("Bản trích sao", "TrS"),
];

/// The Phụ lục III abbreviation of a tên loại (`Kế hoạch` → `KH`).
pub fn type_abbreviation(ten_loai: &str) -> Option<&'static str> {
    let wanted = super::text::nfc(ten_loai).to_lowercase();
    TYPE_ABBREVIATIONS.iter().find(|(name, _)| name.to_lowercase() == wanted).map(|(_, abbr)| *abbr)
}

/// The tên loại an abbreviation stands for (`KH` → `Kế hoạch`).
pub fn type_name(abbreviation: &str) -> Option<&'static str> {
    TYPE_ABBREVIATIONS.iter().find(|(_, a)| *a == abbreviation).map(|(name, _)| *name)
}

/// The ký hiệu of a document: type abbreviation + issuing body
/// (`KH-UBND`); for a công văn (no type abbreviation) body + drafting unit
/// (`UBND-VHXH`).
pub fn ky_hieu(type_abbr: Option<&str>, issuer_abbr: &str, unit: Option<&str>) -> String {
    match (type_abbr, unit) {
        (Some(t), _) => format!("{t}-{issuer_abbr}"),
        (None, Some(u)) => format!("{issuer_abbr}-{u}"),
        (None, None) => issuer_abbr.to_string(),
    }
}

/// The ký hiệu of a liên tịch document: the type's abbreviation and `LT`,
/// then both bodies (`KHLT-UBND-UBMTTQ`); without a type abbreviation
/// (a công văn), the bodies alone (`UBND-UBMTTQ`).
pub fn joint_ky_hieu(type_abbr: Option<&str>, issuer_abbr: &str, partner_abbr: &str) -> String {
    match type_abbr {
        Some(t) => format!("{t}LT-{issuer_abbr}-{partner_abbr}"),
        None => format!("{issuer_abbr}-{partner_abbr}"),
    }
}

/// A số as printed: two digits below 10 (`05`).
pub fn number_text(n: u32) -> String {
    format!("{n:02}")
}

/// The số line (ô 3): `Số: 15/KH-UBND`, numbers below 10 padded (`05`); a
/// missing number leaves a blank for the văn thư (`Số:      /KH-UBND`).
pub fn so_line(number: Option<u32>, ky_hieu: &str) -> String {
    match number {
        Some(n) => format!("Số: {}/{ky_hieu}", number_text(n)),
        None => format!("Số:{BLANK}/{ky_hieu}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joint_ky_hieu_names_both_bodies() {
        assert_eq!(joint_ky_hieu(Some("KH"), "UBND", "MTTQ"), "KHLT-UBND-MTTQ");
        assert_eq!(joint_ky_hieu(Some("NQ"), "UBND", "BTTUBMTTQ"), "NQLT-UBND-BTTUBMTTQ");
        assert_eq!(joint_ky_hieu(None, "UBND", "MTTQ"), "UBND-MTTQ");
    }

    #[test]
    fn ky_hieu_for_typed_documents_and_cong_van() {
        assert_eq!(ky_hieu(type_abbreviation("Kế hoạch"), "UBND", None), "KH-UBND");
        assert_eq!(ky_hieu(type_abbreviation("Tờ trình"), "UBND", None), "TTr-UBND");
        assert_eq!(ky_hieu(type_abbreviation("Quyết định"), "BNV", None), "QĐ-BNV");
        assert_eq!(ky_hieu(None, "UBND", Some("VHXH")), "UBND-VHXH");
    }

    #[test]
    fn abbreviations_follow_phu_luc_iii() {
        assert_eq!(type_abbreviation("kế hoạch"), Some("KH"));
        assert_eq!(type_abbreviation("Quy định"), Some("QyĐ"));
        assert_eq!(type_abbreviation("Công văn"), None);
        assert_eq!(type_name("GM"), Some("Giấy mời"));
    }

    #[test]
    fn so_line_pads_below_ten_and_leaves_a_blank() {
        assert_eq!(so_line(Some(15), "KH-UBND"), "Số: 15/KH-UBND");
        assert_eq!(so_line(Some(5), "KH-UBND"), "Số: 05/KH-UBND");
        assert_eq!(so_line(Some(1), "QĐ-UBND"), "Số: 01/QĐ-UBND");
        assert_eq!(so_line(Some(123), "UBND-VHXH"), "Số: 123/UBND-VHXH");
        assert_eq!(so_line(None, "KH-UBND"), format!("Số:{BLANK}/KH-UBND"));
    }
}
