//! Where the name of an organisation may break across lines (tên cơ quan,
//! ô 2 of NĐ30): between its phrases, never inside a word or a place name,
//! preferably before `VÀ` and before the administrative level word:
//! `SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG`, `ỦY BAN NHÂN DÂN / TỈNH LÀO CAI`.
//!
//! Vietnamese words are written as separate syllables, so a space is not a
//! word boundary: `NÔNG NGHIỆP`, `LÀO CAI`, `HỒ CHÍ MINH` are one word or
//! one name each. A small lexicon of the words that make up the names of
//! public bodies, the administrative level words (`TỈNH`, `THÀNH PHỐ`,
//! `XÃ` …) that start a place name, and abbreviations (`HĐND VÀ UBND`) tell
//! the phrases apart. The layout measures the options this module gives and
//! takes the first that fits its column.

use unicode_normalization::UnicodeNormalization;

/// Words of several syllables found in the names of public bodies, written
/// in capitals with the tone mark where NĐ30's samples put it (`ỦY`,
/// `HÓA`). The longest match wins, so `ỦY BAN NHÂN DÂN` is one phrase.
const WORDS: &[&str] = &[
    "ỦY BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN",
    "ỦY BAN KIỂM TRA",
    "MẶT TRẬN TỔ QUỐC",
    "HÀNH CHÍNH CÔNG",
    "CỰU CHIẾN BINH",
    "HỢP TÁC XÃ",
    "CHUYỂN ĐỔI SỐ",
    "TIẾP CÔNG DÂN",
    "VIỆN KIỂM SÁT",
    "THI HÀNH ÁN",
    "ỦY BAN",
    "HỘI ĐỒNG",
    "NHÂN DÂN",
    "MẶT TRẬN",
    "TỔ QUỐC",
    "VIỆT NAM",
    "CỘNG HÒA",
    "XÃ HỘI",
    "CHỦ NGHĨA",
    "VĂN PHÒNG",
    "TRUNG TÂM",
    "PHỤC VỤ",
    "HÀNH CHÍNH",
    "NÔNG NGHIỆP",
    "MÔI TRƯỜNG",
    "TÀI NGUYÊN",
    "TÀI CHÍNH",
    "KẾ HOẠCH",
    "ĐẦU TƯ",
    "GIÁO DỤC",
    "ĐÀO TẠO",
    "Y TẾ",
    "VĂN HÓA",
    "THỂ THAO",
    "DU LỊCH",
    "DÂN TỘC",
    "TÔN GIÁO",
    "NỘI VỤ",
    "TƯ PHÁP",
    "XÂY DỰNG",
    "CÔNG THƯƠNG",
    "KHOA HỌC",
    "CÔNG NGHỆ",
    "LAO ĐỘNG",
    "THƯƠNG BINH",
    "GIAO THÔNG",
    "VẬN TẢI",
    "THÔNG TIN",
    "TRUYỀN THÔNG",
    "PHÁT TRIỂN",
    "NÔNG THÔN",
    "KINH TẾ",
    "HẠ TẦNG",
    "ĐÔ THỊ",
    "QUỐC PHÒNG",
    "CÔNG AN",
    "QUÂN SỰ",
    "CHÍNH PHỦ",
    "THANH TRA",
    "KHO BẠC",
    "NHÀ NƯỚC",
    "BẢO HIỂM",
    "ĐẤT ĐAI",
    "ĐĂNG KÝ",
    "QUẢN LÝ",
    "DỰ ÁN",
    "BỆNH VIỆN",
    "ĐA KHOA",
    "TIỂU HỌC",
    "TRUNG HỌC",
    "CƠ SỞ",
    "PHỔ THÔNG",
    "MẦM NON",
    "ĐẠI HỌC",
    "CAO ĐẲNG",
    "HỌC VIỆN",
    "NGHIÊN CỨU",
    "THỐNG KÊ",
    "CHI NHÁNH",
    "CHI CỤC",
    "TỔNG CỤC",
    "THANH NIÊN",
    "CỘNG SẢN",
    "PHỤ NỮ",
    "NÔNG DÂN",
    "LIÊN ĐOÀN",
    "ĐẢNG ỦY",
    "TỈNH ỦY",
    "HUYỆN ỦY",
    "THÀNH ỦY",
    "THƯỜNG TRỰC",
    "THƯỜNG VỤ",
    "CHỈ ĐẠO",
    "DÂN SỐ",
    "GIA ĐÌNH",
    "TRẺ EM",
    "AN NINH",
    "TRẬT TỰ",
    "PHÒNG CHÁY",
    "CHỮA CHÁY",
    "CỨU NẠN",
    "CỨU HỘ",
    "KIỂM LÂM",
    "THỦY LỢI",
    "THÚ Y",
    "TRỒNG TRỌT",
    "BẢO VỆ",
    "THỰC VẬT",
    "KHUYẾN NÔNG",
    "LÂM NGHIỆP",
    "THỦY SẢN",
    "CHĂN NUÔI",
    "HỘ TỊCH",
    "CHỨNG THỰC",
    "CÔNG DÂN",
    "MỘT CỬA",
    "ĐIỀU HÀNH",
    "THÔNG MINH",
    "CHUYỂN ĐỔI",
    "VIỄN THÔNG",
    "BƯU ĐIỆN",
    "ĐIỆN LỰC",
    "CẤP NƯỚC",
    "THOÁT NƯỚC",
    "VỆ SINH",
    "AN TOÀN",
    "THỰC PHẨM",
    "DỊCH VỤ",
    "SỰ NGHIỆP",
    "CÔNG LẬP",
    "NGÂN HÀNG",
    "CHÍNH SÁCH",
    "TÒA ÁN",
    "KIỂM SÁT",
    "DÂN SỰ",
    "HÌNH SỰ",
    "TỔ CHỨC",
    "CÁN BỘ",
    "TUYÊN GIÁO",
    "DÂN VẬN",
    "ĐOÀN THỂ",
    "CHÍNH TRỊ",
    "BỒI DƯỠNG",
    "KIỂM TRA",
    "GIÁM SÁT",
    "THẨM ĐỊNH",
    "GIẢI PHÓNG",
    "MẶT BẰNG",
    "QUỸ ĐẤT",
    "TIỂU BAN",
    "CÔNG TRÌNH",
    "DÂN DỤNG",
    "CÔNG NGHIỆP",
    "GIAO THÔNG VẬN TẢI",
    "PHÒNG CHỐNG",
    "THIÊN TAI",
    "TÌM KIẾM",
    "ĐỐI NGOẠI",
    "NGOẠI VỤ",
    "HẢI QUAN",
    // Probe, round three: `CHẤT / LƯỢNG`, `ĐỒNG / BẰNG` were split.
    "CHẤT LƯỢNG",
    "NÔNG LÂM SẢN",
    "ĐỒNG BẰNG",
    "SÔNG CỬU LONG",
    "SÔNG HỒNG",
    "TRUNG DU",
    "MIỀN NÚI",
    "TÂY NGUYÊN",
    "DUYÊN HẢI",
    "ĐO LƯỜNG",
    "TIÊU CHUẨN",
];

/// Administrative level words: each starts a place name, which runs to the
/// end of the phrase (`TỈNH LÀO CAI`, `THÀNH PHỐ HỒ CHÍ MINH`).
const LEVELS: &[&str] =
    &["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "KHU VỰC", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ"];

/// Words that open the second half of a name: a line may well start with
/// them, never end with them.
const CONNECTORS: &[&str] = &["VÀ", "CỦA", "THUỘC", "TRỰC THUỘC", "VỀ"];

/// The cost of a line break at each kind of boundary: the options are
/// ranked by their lines, then by these costs added up.
mod cost {
    /// Before `VÀ`, before the level word of a place.
    pub const NATURAL: u32 = 1;
    /// After a comma (`SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH` is second best).
    pub const COMMA: u32 = 2;
    /// Between two words of the lexicon.
    pub const PHRASE: u32 = 3;
    /// Between syllables the lexicon does not know (maybe one word).
    pub const UNKNOWN: u32 = 6;
    /// Between the level word and the place name (`THÀNH PHỐ / HỒ CHÍ MINH`).
    pub const PLACE: u32 = 8;
}

/// The most breaks an option adds to the lines as given, and how many
/// options of each line count are kept: enough for any real name; the
/// enumeration stays small for hostile text. A name given as several lines
/// may need breaks in more than one of them (`Ủy ban nhân dân thành phố Hồ
/// Chí Minh` above `Ban Quản lý dự án đầu tư xây dựng các công trình dân
/// dụng và công nghiệp` needs five), so a name with few break places may
/// add more.
const MAX_ADDED_BREAKS: usize = 3;
const MAX_ADDED_BREAKS_FEW_PLACES: usize = 5;
const OPTIONS_PER_LINE_COUNT: usize = 6;

/// One piece of a name that is never broken, with the cost of breaking the
/// line before it (`None`: the user's own line break).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    text: String,
    before: Option<u32>,
}

/// Ways to print a name on lines, best first. `lines` are the lines as the
/// user wrote them (one, or several where the user wants the breaks): the
/// first option keeps them as they are; the next ones also break inside
/// them, at the phrase boundaries only, the more natural and the fewer
/// lines first. The layout takes the first option whose lines fit.
///
/// ```
/// use vanban::vn::name::line_options;
/// let options = line_options(&["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG".to_string()]);
/// assert_eq!(options[0], ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]);
/// assert_eq!(options[1], ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]);
/// let options = line_options(&["Ủy ban nhân dân tỉnh Lào Cai".to_string()]);
/// assert_eq!(options[1], ["Ủy ban nhân dân", "tỉnh Lào Cai"]);
/// ```
pub fn line_options(lines: &[String]) -> Vec<Vec<String>> {
    let pieces: Vec<Piece> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| {
            let mut p = phrases(l);
            if let Some(first) = p.first_mut() {
                first.before = None;
            }
            p
        })
        .collect();
    if pieces.is_empty() {
        return vec![lines.to_vec()];
    }
    // Break positions: before piece i (i ≥ 1), forced or optional.
    let forced: Vec<usize> = (1..pieces.len()).filter(|&i| pieces[i].before.is_none()).collect();
    let optional: Vec<usize> = (1..pieces.len()).filter(|&i| pieces[i].before.is_some()).collect();
    let most = match optional.len() {
        0..=12 => MAX_ADDED_BREAKS_FEW_PLACES,
        13..=24 => MAX_ADDED_BREAKS,
        25..=64 => 2,
        65..=512 => 1,
        _ => 0,
    };
    let mut options: Vec<(usize, u32, usize, Vec<String>)> = Vec::new();
    let mut chosen = Vec::new();
    combinations(&optional, most, 0, &mut chosen, &mut |added| {
        let mut breaks: Vec<usize> = forced.iter().chain(added).copied().collect();
        breaks.sort_unstable();
        let cost: u32 = added.iter().map(|&i| pieces[i].before.unwrap_or(0)).sum();
        let lines = join_lines(&pieces, &breaks);
        let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        options.push((lines.len(), cost, widest, lines));
    });
    // Stable: equal options keep the order of enumeration (earlier breaks first).
    options.sort_by_key(|(n, cost, widest, _)| (*n, *cost, *widest));
    // For each line count, the narrowest option too (the cheapest of
    // those): when a long name fits only once balanced, the cheap options
    // kept may all be too wide, and the layout would have to break a line
    // itself, inside a phrase.
    let mut narrowest: Vec<(usize, u32, usize, usize)> = Vec::new();
    for (k, (n, cost, widest, _)) in options.iter().enumerate() {
        match narrowest.iter_mut().find(|(m, ..)| m == n) {
            Some(best) if (*widest, *cost) < (best.2, best.1) => *best = (*n, *cost, *widest, k),
            Some(_) => {}
            None => narrowest.push((*n, *cost, *widest, k)),
        }
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut per_count = (0, 0);
    for (k, (n, _, _, lines)) in options.iter().enumerate() {
        if per_count.0 != *n {
            per_count = (*n, 0);
        }
        let last_of_count = options.get(k + 1).is_none_or(|next| next.0 != *n);
        if per_count.1 < OPTIONS_PER_LINE_COUNT && !out.contains(lines) {
            per_count.1 += 1;
            out.push(lines.clone());
        }
        if last_of_count
            && let Some(&(.., at)) = narrowest.iter().find(|(m, ..)| m == n)
            && !out.contains(&options[at].3)
        {
            out.push(options[at].3.clone());
        }
    }
    out
}

/// Calls `f` with every choice of at most `most` positions from `from`
/// (in increasing order), the empty choice first.
fn combinations(
    from: &[usize],
    most: usize,
    start: usize,
    chosen: &mut Vec<usize>,
    f: &mut impl FnMut(&[usize]),
) {
    f(chosen);
    if chosen.len() == most {
        return;
    }
    for i in start..from.len() {
        chosen.push(from[i]);
        combinations(from, most, i + 1, chosen, f);
        chosen.pop();
    }
}

fn join_lines(pieces: &[Piece], breaks: &[usize]) -> Vec<String> {
    let mut lines = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for &end in breaks.iter().chain(std::iter::once(&pieces.len())) {
        let words: Vec<&str> = pieces[start..end].iter().map(|p| p.text.as_str()).collect();
        lines.push(words.join(" "));
        start = end;
    }
    lines
}

/// The unbreakable phrases of one line of a name, each with the cost of a
/// break before it.
fn phrases(line: &str) -> Vec<Piece> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
    // Group syllables into words of the lexicon, level words, connectors.
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Known,
        Level,
        Connector,
        Unknown,
    }
    let mut groups: Vec<(usize, usize, Kind)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let found = [(CONNECTORS, Kind::Connector), (WORDS, Kind::Known), (LEVELS, Kind::Level)]
            .iter()
            .filter_map(|(list, kind)| matching(&keys[i..], list).map(|n| (n, *kind)))
            .max_by_key(|(n, _)| *n);
        let (n, kind) = found.unwrap_or((1, Kind::Unknown));
        groups.push((i, i + n, kind));
        i += n;
    }
    // A spaced dash joins what is on either side (`BÀ RỊA - VŨNG TÀU`);
    // so does `VÀ` between abbreviations (`HĐND VÀ UBND`).
    let mut glue = vec![false; groups.len()];
    for g in 1..groups.len() {
        let (prev, this) = (groups[g - 1], groups[g]);
        let dash = |k: &str| k == "-" || k == "–";
        if dash(&keys[this.0]) || dash(&keys[prev.1 - 1]) {
            glue[g] = true;
        }
        if this.2 == Kind::Connector
            && keys[this.0] == "VÀ"
            && g + 1 < groups.len()
            && abbreviation(&keys[prev.1 - 1])
            && abbreviation(&keys[groups[g + 1].0])
        {
            glue[g] = true;
            glue[g + 1] = true;
        }
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut in_place = false;
    for (g, &(start, end, kind)) in groups.iter().enumerate() {
        let text = words[start..end].join(" ");
        let prev = g.checked_sub(1).map(|p| groups[p]);
        let comma = prev.is_some_and(|p| words[p.1 - 1].ends_with([',', ';']));
        // A place name runs from its level word to a comma, a connector or
        // the next level word; its own syllables never part.
        if comma || matches!(kind, Kind::Connector | Kind::Level) {
            in_place = false;
        }
        let before = match prev {
            None => cost::NATURAL,
            Some(_) if glue[g] => 0,
            Some(_) if comma => cost::COMMA,
            Some(_) if in_place && prev.is_some_and(|p| p.2 == Kind::Level) => cost::PLACE,
            Some(_) if in_place => 0,
            // A connector never ends a line (`… VÀ / MÔI TRƯỜNG`).
            Some(p) if p.2 == Kind::Connector => 0,
            Some(_) if matches!(kind, Kind::Connector | Kind::Level) => cost::NATURAL,
            Some(p) if p.2 == Kind::Unknown && kind == Kind::Unknown => cost::UNKNOWN,
            Some(_) => cost::PHRASE,
        };
        if kind == Kind::Level {
            in_place = true;
        }
        match pieces.last_mut() {
            Some(last) if before == 0 => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => pieces.push(Piece { text, before: Some(before) }),
        }
    }
    pieces
}

/// How many syllables at the start of `keys` make one of the `list`'s words.
fn matching(keys: &[String], list: &[&str]) -> Option<usize> {
    list.iter()
        .filter_map(|w| {
            let n = w.split(' ').count();
            (keys.len() >= n && keys[..n].iter().map(String::as_str).eq(w.split(' '))).then_some(n)
        })
        .max()
}

/// A syllable as the lexicon spells it: capitals, NFC, end punctuation
/// dropped, and the tone of `oa`, `oe`, `uy` on the first vowel as in NĐ30's
/// samples (`HOÁ` → `HÓA`, `UỶ` → `ỦY`).
fn key(word: &str) -> String {
    let upper = super::text::upper(word.trim_end_matches([',', ';', '.', ':']));
    let chars: Vec<char> = upper.chars().collect();
    if let [.., a, b] = chars[..] {
        let q = chars.len() >= 3 && chars[chars.len() - 3] == 'Q';
        let pair = [a, b].iter().collect::<String>();
        let moved = match pair.as_str() {
            _ if q => None,
            "OÀ" => Some("ÒA"),
            "OÁ" => Some("ÓA"),
            "OẢ" => Some("ỎA"),
            "OÃ" => Some("ÕA"),
            "OẠ" => Some("ỌA"),
            "OÈ" => Some("ÒE"),
            "OÉ" => Some("ÓE"),
            "OẺ" => Some("ỎE"),
            "OẼ" => Some("ÕE"),
            "OẸ" => Some("ỌE"),
            "UỲ" => Some("ÙY"),
            "UÝ" => Some("ÚY"),
            "UỶ" => Some("ỦY"),
            "UỸ" => Some("ŨY"),
            "UỴ" => Some("ỤY"),
            _ => None,
        };
        if let Some(m) = moved {
            return chars[..chars.len() - 2].iter().collect::<String>() + m;
        }
    }
    upper
}

/// An abbreviation such as `UBND`, `HĐND`, `MTTQ`: letters that do not
/// spell a Vietnamese syllable.
fn abbreviation(key: &str) -> bool {
    key.chars().count() >= 2 && key.chars().all(char::is_alphabetic) && !syllable(key)
}

/// Whether `key` (in capitals) is one Vietnamese syllable: an initial
/// consonant, one run of vowels, a final consonant.
fn syllable(key: &str) -> bool {
    // Base letters: `Ế` → `E`; `Đ` stays itself.
    let base: String = key.chars().map(|c| c.nfd().next().unwrap_or(c)).collect();
    const INITIALS: &[&str] = &[
        "NGH", "NG", "NH", "GH", "GI", "KH", "PH", "QU", "TH", "TR", "CH", "B", "C", "D", "Đ", "G", "H", "K",
        "L", "M", "N", "P", "R", "S", "T", "V", "X", "",
    ];
    const FINALS: &[&str] = &["NG", "NH", "CH", "C", "M", "N", "P", "T", ""];
    let vowel = |c: char| "AEIOUY".contains(c);
    INITIALS.iter().filter_map(|i| base.strip_prefix(i)).any(|rest| {
        let vowels = rest.chars().take_while(|&c| vowel(c)).count();
        let tail: String = rest.chars().skip(vowels).collect();
        (1..=3).contains(&vowels) && FINALS.contains(&tail.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(name: &str, lines: usize) -> Vec<String> {
        line_options(&[name.to_string()])
            .into_iter()
            .find(|o| o.len() == lines)
            .unwrap_or_else(|| panic!("no {lines}-line option for {name}"))
    }

    #[test]
    fn the_name_as_written_comes_first() {
        assert_eq!(line_options(&["Sở Y tế".into()])[0], ["Sở Y tế"]);
        let given = vec!["Ủy ban nhân dân".to_string(), "xã Ngọc Liên".to_string()];
        assert_eq!(line_options(&given)[0], given);
    }

    #[test]
    fn two_lines_break_at_the_natural_phrase() {
        assert_eq!(best("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", 2), ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]);
        assert_eq!(best("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", 2), ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]);
        assert_eq!(
            best("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 2),
            ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]
        );
        assert_eq!(best("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", 2), ["TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"]);
        assert_eq!(best("VĂN PHÒNG HĐND VÀ UBND", 2), ["VĂN PHÒNG", "HĐND VÀ UBND"]);
        assert_eq!(
            best("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", 2),
            ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"]
        );
        assert_eq!(
            best("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THỪA THIÊN HUẾ", 2),
            ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH THỪA THIÊN HUẾ"]
        );
    }

    #[test]
    fn lower_case_and_old_tone_marks_are_the_same_words() {
        assert_eq!(best("Uỷ ban nhân dân tỉnh Thanh Hoá", 2), ["Uỷ ban nhân dân", "tỉnh Thanh Hoá"]);
        assert_eq!(best("Sở Văn hoá, Thể thao và Du lịch", 2), ["Sở Văn hoá, Thể thao", "và Du lịch"]);
    }

    #[test]
    fn no_option_splits_a_word_a_place_or_an_abbreviation_pair() {
        let names = [
            ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", ["HỒ CHÍ MINH", "NHÂN DÂN"]),
            ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ["NÔNG NGHIỆP", "MÔI TRƯỜNG"]),
            ("VĂN PHÒNG HĐND VÀ UBND", ["HĐND VÀ UBND", "VĂN PHÒNG"]),
            ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", ["BÀ RỊA - VŨNG TÀU", "ỦY BAN"]),
            ("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", ["THỪA THIÊN HUẾ", "NHÂN DÂN"]),
        ];
        for (name, kept) in names {
            let options = line_options(&[name.to_string()]);
            assert!(options.len() > 1, "{name}");
            for option in options {
                assert_eq!(option.join(" "), name);
                for k in kept {
                    assert!(option.iter().any(|l| l.contains(k)), "{name}: `{k}` split in {option:?}");
                }
                assert!(!option.iter().any(|l| l.ends_with(" VÀ") || l.ends_with(" -")), "{option:?}");
            }
        }
    }

    #[test]
    fn the_users_lines_are_kept_and_only_split_further() {
        let given =
            vec!["Ủy ban nhân dân tỉnh Lào Cai".to_string(), "Sở Nông nghiệp và Môi trường".to_string()];
        let options = line_options(&given);
        assert_eq!(options[0], given);
        assert_eq!(options[1].len(), 3);
        for o in &options {
            // The break between the two given lines is always there.
            let joined = o.join("\n");
            assert!(joined.contains("Lào Cai\nSở"), "{o:?}");
        }
    }

    #[test]
    fn abbreviations_are_not_syllables() {
        for a in ["UBND", "HĐND", "MTTQ", "TP"] {
            assert!(abbreviation(a), "{a}");
        }
        for s in ["XÃ", "NGHIỆP", "TRƯỜNG", "HUẾ", "GIÁO", "QUỐC", "ỦY", "VÀ", "TỈNH"] {
            assert!(!abbreviation(&key(s)), "{s}");
        }
    }

    #[test]
    fn hostile_text_gives_few_options_quickly() {
        let long = "A ".repeat(5000);
        let options = line_options(std::slice::from_ref(&long));
        assert_eq!(options, vec![vec![long.trim_end().to_string()]]);
        let medium = "MỘT HAI BA BỐN NĂM SÁU BẢY TÁM CHÍN MƯỜI ".repeat(4);
        assert!(line_options(&[medium]).len() <= 4 * OPTIONS_PER_LINE_COUNT);
    }
}
