//! Numbers the Vietnamese way: `1.250.000` (dot for thousands, comma for
//! decimals), amounts in words, Roman numerals for mục and the letter order
//! of điểm (a b c d đ e g h i k …, no f j w z).

/// `1250000` → `1.250.000`.
pub fn amount(n: u64) -> String {
    group_thousands(&n.to_string())
}

/// A decimal written in the data as `1250.5` → `1.250,5`. Returns `None` if
/// the text is not a plain decimal number.
pub fn decimal(text: &str) -> Option<String> {
    let text = text.trim();
    let (neg, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) || (digits.contains('.') && frac.is_empty()) {
        return None;
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&group_thousands(int));
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    Some(out)
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// Reads a group of three digits. `full` asks for "không trăm" and "linh" when
/// the group follows a larger one (1.000.005 → "… không trăm linh năm").
fn read_group(n: u64, full: bool, out: &mut Vec<&'static str>) {
    let (h, t, u) = ((n / 100) as usize, ((n / 10) % 10) as usize, (n % 10) as usize);
    if h > 0 || full {
        out.extend([DIGITS[h], "trăm"]);
    }
    match t {
        0 if u > 0 && (h > 0 || full) => out.push("linh"),
        0 => {}
        1 => out.push("mười"),
        _ => out.extend([DIGITS[t], "mươi"]),
    }
    match u {
        0 => {}
        1 if t >= 2 => out.push("mốt"),
        5 if t >= 1 => out.push("lăm"),
        _ => out.push(DIGITS[u]),
    }
}

fn read_below_billion(n: u64, leading: bool, out: &mut Vec<&'static str>) {
    let groups = [(n / 1_000_000, "triệu"), ((n / 1000) % 1000, "nghìn"), (n % 1000, "")];
    let mut started = !leading;
    for (g, scale) in groups {
        if g == 0 {
            continue;
        }
        read_group(g, started, out);
        if !scale.is_empty() {
            out.push(scale);
        }
        started = true;
    }
}

fn read(n: u128, leading: bool, out: &mut Vec<&'static str>) {
    let (billions, rest) = (n / 1_000_000_000, (n % 1_000_000_000) as u64);
    if billions > 0 {
        // 1.000 tỷ is "một nghìn tỷ": the part above a tỷ reads like any number.
        read(billions, leading, out);
        out.push("tỷ");
    }
    if rest > 0 {
        read_below_billion(rest, leading && billions == 0, out);
    }
}

/// The number in words, lower case: 105 → "một trăm linh năm". Above a
/// nghìn tỷ the part before `tỷ` reads as a number of its own
/// (10^21 → "một nghìn tỷ tỷ").
pub fn in_words(n: u128) -> String {
    if n == 0 {
        return "không".to_string();
    }
    let mut words = Vec::new();
    read(n, true, &mut words);
    words.join(" ")
}

/// An amount of money in words as written under a table or a total:
/// `Một tỷ hai trăm năm mươi triệu đồng`.
pub fn money_in_words(n: u128) -> String {
    super::text::capitalize_first(&format!("{} đồng", in_words(n)))
}

/// Roman numerals for mục headings: 4 → `IV`.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// The Vietnamese alphabetical order of điểm (NĐ30: a b c d đ e g h i, then
/// k l m n o p q r s t u v x y; no f, j, w, z).
pub const LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
    "x", "y",
];

/// The 1-based `n`th điểm letter; after `y` the sequence doubles (`aa`, `bb`).
pub fn letter(n: usize) -> String {
    let n = n.max(1) - 1;
    LETTERS[n % LETTERS.len()].repeat(n / LETTERS.len() + 1)
}

/// The 1-based position of a single điểm letter: `a` → 1, `đ` → 5, `e` →
/// 6; `None` for a letter điểm are not numbered with (`f`, `w`).
pub fn letter_index(c: char) -> Option<usize> {
    LETTERS.iter().position(|l| l.chars().eq([c])).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_use_dots_for_thousands() {
        assert_eq!(amount(0), "0");
        assert_eq!(amount(999), "999");
        assert_eq!(amount(1000), "1.000");
        assert_eq!(amount(1_250_000), "1.250.000");
        assert_eq!(amount(1_000_000_000), "1.000.000.000");
        assert_eq!(amount(21), "21");
        assert_eq!(amount(105), "105");
        assert_eq!(amount(1_000_005), "1.000.005");
        assert_eq!(amount(15_000_000_500), "15.000.000.500");
    }

    #[test]
    fn decimals_use_a_comma() {
        assert_eq!(decimal("1250.5").as_deref(), Some("1.250,5"));
        assert_eq!(decimal("0.25").as_deref(), Some("0,25"));
        assert_eq!(decimal("-1000").as_deref(), Some("-1.000"));
        assert_eq!(decimal("12a"), None);
        assert_eq!(decimal("1."), None);
    }

    #[test]
    fn words_for_the_edge_cases() {
        assert_eq!(in_words(0), "không");
        assert_eq!(in_words(21), "hai mươi mốt");
        assert_eq!(in_words(15), "mười lăm");
        assert_eq!(in_words(25), "hai mươi lăm");
        assert_eq!(in_words(11), "mười một");
        assert_eq!(in_words(105), "một trăm linh năm");
        assert_eq!(in_words(110), "một trăm mười");
        assert_eq!(in_words(1000), "một nghìn");
        assert_eq!(in_words(1_000_005), "một triệu không trăm linh năm");
        assert_eq!(in_words(1_000_000_000), "một tỷ");
        assert_eq!(in_words(15_500_000_000), "mười lăm tỷ năm trăm triệu");
        // "15 tỷ 5 trăm" read the other way: nothing between tỷ and trăm.
        assert_eq!(in_words(15_000_000_500), "mười lăm tỷ năm trăm");
        assert_eq!(money_in_words(15_000_000_500), "Mười lăm tỷ năm trăm đồng");
        assert_eq!(in_words(1_250_000_000), "một tỷ hai trăm năm mươi triệu");
        assert_eq!(in_words(2_000_001_000), "hai tỷ không trăm linh một nghìn");
        assert_eq!(in_words(1_000_000_000_000), "một nghìn tỷ");
        // Beyond 64 bits, as exact amounts can be.
        assert_eq!(in_words(10u128.pow(21)), "một nghìn tỷ tỷ");
        assert_eq!(in_words(100_000_000_000_000_000_005), "một trăm tỷ tỷ không trăm linh năm");
    }

    #[test]
    fn money_in_words_is_capitalised_with_the_currency() {
        assert_eq!(money_in_words(0), "Không đồng");
        assert_eq!(money_in_words(1_250_000_000), "Một tỷ hai trăm năm mươi triệu đồng");
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(2026), "MMXXVI");
    }

    #[test]
    fn letters_follow_vietnamese_order() {
        let first: Vec<_> = (1..=11).map(letter).collect();
        assert_eq!(first, ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"]);
        assert_eq!(letter(23), "y");
        assert_eq!(letter(24), "aa");
    }
}
