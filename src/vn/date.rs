//! Dates as NĐ30 writes them (Phụ lục I, mục II.4; spec §3.2).

use chrono::{Datelike, NaiveDate};

/// A blank for the văn thư to fill by hand: non-breaking spaces, because
/// Typst (like every typesetter) collapses ordinary runs of spaces.
pub const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";

/// Day: two digits below 10 (`05`).
pub fn day(d: u32) -> String {
    format!("{d:02}")
}

/// Month: `01` and `02` are padded (so nobody can add a digit in front of
/// them by hand); 3–12 are written as they are.
pub fn month(m: u32) -> String {
    if m <= 2 { format!("{m:02}") } else { m.to_string() }
}

/// `ngày 05 tháng 3 năm 2026`.
pub fn long(date: NaiveDate) -> String {
    format!("ngày {} tháng {} năm {}", day(date.day()), month(date.month()), date.year())
}

/// The short form used inside citations: `14/4/2026`, `06/3/2026`,
/// `24/02/2025` (same padding rules as the long form).
pub fn short(date: NaiveDate) -> String {
    format!("{}/{}/{}", day(date.day()), month(date.month()), date.year())
}

/// The pieces of the date line: day and month as printed (`None` where
/// the văn thư fills them in) and the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParts {
    pub day: Option<String>,
    pub month: Option<String>,
    pub year: i32,
}

/// The date of ô 4 in pieces; without a date, day and month are blank and
/// the year is the document's.
pub fn parts(date: Option<NaiveDate>, year: i32) -> DateParts {
    match date {
        Some(d) => DateParts { day: Some(day(d.day())), month: Some(month(d.month())), year: d.year() },
        None => DateParts { day: None, month: None, year },
    }
}

/// The địa danh and date line of the header (ô 4): `Ngọc Liên, ngày 05 tháng 3
/// năm 2026`. Without a date, day and month are left blank for the văn thư.
pub fn place_and_date(place: &str, date: Option<NaiveDate>, year: i32) -> String {
    match date {
        Some(d) => format!("{place}, {}", long(d)),
        None => format!("{place}, ngày{BLANK}tháng{BLANK}năm {year}"),
    }
}

/// Parses a date written as `2026-03-05` (ISO, what YAML editors suggest) or
/// `05/3/2026` (how Vietnamese offices write it), with a message that says
/// what is wrong with an impossible date such as `31/02/2026`. The error is
/// the kind of mistake (the catalogue id whose `.hint` fixes it) and the
/// message in the run's language.
pub fn parse(text: &str) -> Result<NaiveDate, (&'static str, String)> {
    let text = text.trim();
    if text.is_empty() {
        return Err(("date-empty", crate::t!("date-empty")));
    }
    // `30-11-2026`: day first, with the dashes of the year-first form.
    if let [d, m, y] = text.split('-').collect::<Vec<_>>()[..]
        && y.len() == 4
        && (1..=2).contains(&d.len())
        && [d, m, y].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let message = crate::t!(
            "date-day-first",
            text = text,
            iso = format!("{y}-{m:0>2}-{d:0>2}"),
            slash = format!("{d}/{m}/{y}")
        );
        return Err(("date-day-first", message));
    }
    let (y, m, d) = if let Some((y, rest)) = text.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or_else(|| format_hint(text))?;
        (y, m, d)
    } else if let Some((d, rest)) = text.split_once('/') {
        let (m, y) = rest.split_once('/').ok_or_else(|| format_hint(text))?;
        (y, m, d)
    } else {
        return Err(format_hint(text));
    };
    let num = |s: &str| -> Result<u32, (&'static str, String)> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format_hint(text));
        }
        s.parse().map_err(|_| format_hint(text))
    };
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    // Numbers as text: a year is not grouped (2026, not 2.026).
    let impossible = |message: String| ("date-format", message);
    if !(1..=12).contains(&m) {
        return Err(impossible(crate::t!("date-no-month", text = text, month = m.to_string())));
    }
    if !(1900..=9999).contains(&y) {
        return Err(impossible(crate::t!("date-year-range", text = text, year = y.to_string())));
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(|| {
        impossible(if d == 0 {
            crate::t!("date-day-zero", text = text)
        } else {
            crate::t!(
                "date-no-day",
                text = text,
                month = m.to_string(),
                year = y.to_string(),
                day = d.to_string()
            )
        })
    })
}

fn format_hint(text: &str) -> (&'static str, String) {
    ("date-format", crate::t!("date-format", text = text))
}

/// The Vietnamese name of a date's day of the week: `thứ Hai` … `thứ Bảy`,
/// `Chủ nhật`.
pub fn weekday(date: NaiveDate) -> &'static str {
    use chrono::Weekday::*;
    match date.weekday() {
        Mon => "thứ Hai",
        Tue => "thứ Ba",
        Wed => "thứ Tư",
        Thu => "thứ Năm",
        Fri => "thứ Sáu",
        Sat => "thứ Bảy",
        Sun => "Chủ nhật",
    }
}

/// A day of the week written next to a date in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedWeekday {
    /// Where the day of the week is written (byte range in the text).
    pub at: std::ops::Range<usize>,
    pub stated: String,
    pub date: NaiveDate,
}

/// Every `thứ Tư, ngày 22 tháng 4 năm 2026` (or `thứ Tư, 22/4/2026`, or
/// `ngày 22/4/2026 (thứ Tư)`) in `text` whose stated day of the week is not
/// the date's.
pub fn wrong_weekdays(text: &str) -> Vec<StatedWeekday> {
    use std::sync::OnceLock;
    static RES: OnceLock<[regex::Regex; 2]> = OnceLock::new();
    // Day names are capitalised (`thứ Hai`); `lần thứ hai` is an ordinal.
    const WEEKDAY: &str = r"(?P<w>(?:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy))|[Cc]hủ\s+[Nn]hật)";
    const DATE: &str =
        r"(?:ngày\s+)?(?P<d>[0-9]{1,2})(?:\s+tháng\s+|/)(?P<m>[0-9]{1,2})(?:\s+năm\s+|/)(?P<y>[0-9]{4})";
    // Most texts name no day of the week: they are skipped before the
    // regexes (a millisecond to build) are even made.
    let lower = text.to_lowercase();
    const DAYS: [&str; 7] = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"];
    if !DAYS.iter().any(|d| lower.contains(d)) {
        return Vec::new();
    }
    let res = RES.get_or_init(|| {
        [
            regex::Regex::new(&format!(r"{WEEKDAY}\s*,?\s*{DATE}")).expect("valid regex"),
            regex::Regex::new(&format!(r"{DATE}\s*\(\s*{WEEKDAY}\s*\)")).expect("valid regex"),
        ]
    });
    let mut out = Vec::new();
    for re in res {
        for cap in re.captures_iter(text) {
            let num = |k: &str| cap[k].parse::<u32>().ok();
            let (Some(d), Some(m), Some(y)) = (num("d"), num("m"), num("y")) else { continue };
            let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) else { continue };
            let w = cap.name("w").expect("the pattern has a weekday");
            let stated: String = w.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            if stated.to_lowercase() != weekday(date).to_lowercase() {
                out.push(StatedWeekday { at: w.range(), stated, date });
            }
        }
    }
    out.sort_by_key(|w| w.at.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn day_is_padded_below_ten_and_month_only_for_january_and_february() {
        assert_eq!(long(d(2026, 3, 5)), "ngày 05 tháng 3 năm 2026");
        assert_eq!(long(d(2026, 1, 1)), "ngày 01 tháng 01 năm 2026");
        assert_eq!(long(d(2026, 2, 9)), "ngày 09 tháng 02 năm 2026");
        assert_eq!(long(d(2026, 10, 10)), "ngày 10 tháng 10 năm 2026");
        assert_eq!(long(d(2026, 11, 30)), "ngày 30 tháng 11 năm 2026");
        assert_eq!(long(d(2026, 12, 31)), "ngày 31 tháng 12 năm 2026");
        assert_eq!(long(d(2019, 6, 29)), "ngày 29 tháng 6 năm 2019");
        // Months 3 to 9 are never padded, whatever the day.
        for month in 3..=9 {
            assert_eq!(long(d(2026, month, 7)), format!("ngày 07 tháng {month} năm 2026"));
            assert_eq!(long(d(2026, month, 10)), format!("ngày 10 tháng {month} năm 2026"));
        }
    }

    #[test]
    fn short_form_follows_the_same_padding() {
        assert_eq!(short(d(2026, 4, 14)), "14/4/2026");
        assert_eq!(short(d(2026, 3, 6)), "06/3/2026");
        assert_eq!(short(d(2025, 2, 24)), "24/02/2025");
        assert_eq!(short(d(2021, 10, 14)), "14/10/2021");
    }

    #[test]
    fn place_and_date_line_with_and_without_a_date() {
        assert_eq!(place_and_date("Hà Nội", Some(d(2020, 1, 5)), 2020), "Hà Nội, ngày 05 tháng 01 năm 2020");
        let blank = place_and_date("Ngọc Liên", None, 2026);
        assert_eq!(blank, format!("Ngọc Liên, ngày{BLANK}tháng{BLANK}năm 2026"));
    }

    #[test]
    fn parses_iso_and_vietnamese_forms() {
        assert_eq!(parse("2026-03-05"), Ok(d(2026, 3, 5)));
        assert_eq!(parse("05/3/2026"), Ok(d(2026, 3, 5)));
        assert_eq!(parse("5/03/2026"), Ok(d(2026, 3, 5)));
    }

    #[test]
    fn explains_impossible_dates() {
        let message = |text| parse(text).unwrap_err();
        assert_eq!(
            message("31/02/2026"),
            (
                "date-format",
                "`31/02/2026` không phải một ngày: tháng 2 năm 2026 không có ngày 31".to_string()
            )
        );
        assert_eq!(message("2026-13-01").1, "`2026-13-01` không phải một ngày: không có tháng 13");
        assert_eq!(
            message("hôm qua").1,
            "`hôm qua` không phải một ngày; viết theo dạng YYYY-MM-DD (2026-03-05) hoặc DD/MM/YYYY (05/3/2026)"
        );
        // Day first with dashes, and an empty text: each its own kind of mistake.
        assert_eq!(message("30-11-2026").0, "date-day-first");
        assert_eq!(message(" ").0, "date-empty");
        let english = crate::i18n::with_lang(crate::i18n::Lang::En, || message("31/02/2026").1);
        assert_eq!(english, "`31/02/2026` is not a date: month 2 of 2026 has no day 31");
    }

    #[test]
    fn days_of_the_week_next_to_dates() {
        assert_eq!(weekday(d(2026, 4, 22)), "thứ Tư");
        assert_eq!(weekday(d(2026, 11, 29)), "Chủ nhật");
        assert!(wrong_weekdays("08 giờ 00 phút, thứ Tư, ngày 22 tháng 4 năm 2026").is_empty());
        assert!(wrong_weekdays("vào Chủ nhật, 29/11/2026 tại hội trường").is_empty());
        let text = "08 giờ 00 phút, thứ Tư, ngày 22 tháng 4 năm 2027";
        let wrong = wrong_weekdays(text);
        assert_eq!(wrong.len(), 1);
        assert_eq!((&text[wrong[0].at.clone()], wrong[0].date), ("thứ Tư", d(2027, 4, 22)));
        let wrong = wrong_weekdays("họp ngày 22/4/2027 (thứ Tư) và ngày 23/4/2027 (thứ Sáu)");
        assert_eq!(wrong.iter().map(|w| w.date).collect::<Vec<_>>(), [d(2027, 4, 22)]);
        // Not a date: nothing to check.
        assert!(wrong_weekdays("thứ Hai, ngày 31 tháng 2 năm 2027").is_empty());
        // An ordinal is not a day of the week.
        assert!(wrong_weekdays("Hội nghị lần thứ hai, ngày 10 tháng 7 năm 2026").is_empty());
    }
}
