//! The recognisers of NĐ30 structure, in one place, over the neutral
//! [`Line`]s every reader produces: header (chủ quản, cơ quan, số/ký
//! hiệu, place and date, tên loại, trích yếu, Kính gửi), căn cứ, the
//! outline (Phần/Chương/Mục, I./1./1.1./a)/-/+) and a Kế hoạch's parts,
//! the closing, nơi nhận and `Lưu:`, the signer.
//!
//! Where vanban words a part itself (a căn cứ, a dự án's kinh phí and phân
//! công), a reading is accepted only when vanban's wording of it gives the
//! original text back; otherwise the text is kept as written.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value, json};

use super::{Align, Format, Line, Note};
use crate::diagnostic::Diagnostic;
use crate::limits::{TABLE_SIZE_MAX, TABLE_SIZE_MIN};
use crate::model::{Assignment, AssignmentForm, Citation, DocType, Funding};
use crate::vn;
use crate::vn::text::upper;

/// What the recognisers made of the lines.
pub struct Recognised {
    /// The document as YAML's data model, in the order it is written.
    pub value: Value,
    pub doc_type: DocType,
    pub notes: Vec<Note>,
    /// The first lines of nơi nhận left out of `recipients` because vanban
    /// prints them itself (`Như Điều 3`, `Như trên`): checked against what
    /// it prints once the YAML is loaded, and put back if it does not.
    pub lead: Vec<String>,
}

/// Text without vanban's inline markup (`*`, `**`).
pub(super) fn plain(text: &str) -> String {
    text.replace('*', "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `ỦY BAN NHÂN DÂN` is in capitals; `UBND xã` is not.
pub(super) fn is_caps(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase())
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid import regex"))
}

const ROMAN: &str = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";

/// An outline marker at the start of a line.
#[derive(Debug, Clone, PartialEq)]
enum Marker {
    /// `Phần I`, `Chương II`, `Mục 1` and their text.
    Part(String),
    Roman(String),
    Decimal(String),
    Nested(String),
    Letter(String),
}

fn marker(text: &str) -> Option<(Marker, String)> {
    static PART: OnceLock<Regex> = OnceLock::new();
    static R: OnceLock<Regex> = OnceLock::new();
    static D: OnceLock<Regex> = OnceLock::new();
    static N: OnceLock<Regex> = OnceLock::new();
    static L: OnceLock<Regex> = OnceLock::new();
    let t = plain(text);
    if let Some(c) = regex(&PART, r"^(Phần|PHẦN|Chương|CHƯƠNG)\s+(\S+)\.?\s*(.*)$").captures(&t) {
        return Some((Marker::Part(format!("{} {}", &c[1], &c[2])), c[3].to_string()));
    }
    let r = regex(&R, &format!(r"^({ROMAN})\.\s+(.+)$"));
    if let Some(c) = r.captures(&t)
        && !c[1].is_empty()
    {
        return Some((Marker::Roman(c[1].to_string()), c[2].to_string()));
    }
    if let Some(c) = regex(&N, r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.+)$").captures(&t) {
        return Some((Marker::Nested(c[1].to_string()), c[2].to_string()));
    }
    if let Some(c) = regex(&D, r"^(\d{1,2})\.\s+(.+)$").captures(&t) {
        return Some((Marker::Decimal(c[1].to_string()), c[2].to_string()));
    }
    if let Some(c) = regex(&L, r"^([a-zđ])\)\s*(.+)$").captures(&t) {
        return Some((Marker::Letter(c[1].to_string()), c[2].to_string()));
    }
    None
}

/// Joins a paragraph a page break split (`… của cả hệ thống` / `chính trị
/// trong …`): a long body line without final punctuation, followed by a
/// line that is no outline marker, item or heading.
fn join_continuations(lines: &[Line], notes: &mut Vec<Note>, format: Format) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    // The text file's line number of the last line taken: a line right
    // under it (no blank line between) is the next printed line.
    let mut last_source = usize::MAX;
    // The trích yếu under the tên loại: a line that starts with a capital
    // after it is the text's first paragraph, not its continuation.
    let mut title_at = None;
    // A trích yếu already wrapped once, its last line full: a capital
    // after it goes on it (`… trên địa bàn xã` / `Ngọc Liên`).
    let mut title_wrapped = false;
    let mut last_long = false;
    for line in lines {
        let under = format == Format::Text && line.source == last_source.wrapping_add(1);
        last_source = line.source;
        if out.last().is_some_and(|p| find_type(std::slice::from_ref(p)).is_some()) {
            title_at = Some(out.len());
            title_wrapped = false;
        }
        let starts_upper = plain(&line.text).chars().next().is_some_and(char::is_uppercase);
        let on_title = title_at == Some(out.len().wrapping_sub(1));
        let was_long = std::mem::replace(&mut last_long, plain(&line.text).chars().count() > 60);
        if on_title && starts_upper && !(title_wrapped && was_long) {
            out.push(line.clone());
            continue;
        }
        if let Some(prev) = out.last_mut().filter(|p| p.table.is_none() && line.table.is_none()) {
            let prev_plain = plain(&prev.text);
            let next = plain(&line.text);
            // `… giai đoạn I:` / `từ năm 2021 …`: a colon wrapped mid-sentence.
            let lower = next.chars().next().is_some_and(char::is_lowercase);
            // `… thực hiện Chương trình;` / `hướng dẫn lồng ghép …`: a
            // printed line of a text file that ends at a `;` or a full stop
            // goes on when the line right under it starts in lower case (no
            // sentence, no paragraph does).
            let ends_open = (!prev_plain.ends_with(['.', ';', '!', '?', ')'])
                && (!prev_plain.ends_with(':') || lower && plain(&prev.text).starts_with("Căn cứ")))
                || (under && prev_plain.ends_with(['.', ';']) && lower);
            // A box to tick (`☐ Tham gia văn nghệ`) starts an item of its own.
            let starts_item = next.starts_with("- ")
                || next.starts_with("+ ")
                || next.starts_with(BOXES)
                || marker(&line.text).is_some();
            if ends_open
                && prev_plain.chars().count() > 60
                && !prev.bold
                && !line.bold
                && !starts_item
                && !next.starts_with("Căn cứ")
                && !next.starts_with("Nơi nhận")
                // A typed rule (`-----`) ends the paragraph above it.
                && !typed_rule(&next)
                // A Word table's right cell (the date line beside a V/v).
                && prev.indent < 200.0
                && line.indent < 200.0
                // A quyết định's thẩm quyền, in capitals under its trích yếu.
                && (!is_caps(&next) || is_caps(&prev_plain))
                // A giấy mời's `… trân trọng kính mời:` after its trích yếu.
                && !next.contains("trân trọng")
                && !next.ends_with(" điện:")
                // `BÊN B: …` after Bên A's lines; one labelled line after
                // another (`Địa chỉ: …`, `Đại diện: …`).
                && !next.starts_with("BÊN ")
                // A form's fill-in line, its tick boxes: lines of their own.
                && !super::forms::own_line(&prev_plain)
                && !super::forms::own_line(&next)
                && !(labelled_line(&prev_plain) && labelled_line(&next))
            {
                notes.push(
                    Note::guessed(crate::t!(
                        "import-joined",
                        end = tail(&prev_plain, 3),
                        start = head(&next, 3)
                    ))
                    .from_source(line.source),
                );
                prev.text.push(' ');
                prev.text.push_str(line.text.trim());
                title_wrapped |= on_title;
                continue;
            }
        }
        out.push(line.clone());
    }
    out
}

/// Boxes to tick as offices type them.
const BOXES: [char; 5] = ['☐', '☑', '☒', '□', '■'];

/// `Địa chỉ: thôn …`: a short label, its colon, a value.
fn labelled_line(text: &str) -> bool {
    static L: OnceLock<Regex> = OnceLock::new();
    regex(&L, r"^\p{Lu}[^:]{0,25}: \S").is_match(text)
}

fn head(text: &str, words: usize) -> String {
    text.split_whitespace().take(words).collect::<Vec<_>>().join(" ")
}

fn tail(text: &str, words: usize) -> String {
    let w: Vec<&str> = text.split_whitespace().collect();
    w[w.len().saturating_sub(words)..].join(" ")
}

/// `30/11/2026` in running text → `30/11/{{ year }}`, unless a cited
/// document's date (`ngày 14/4/2026 của Sở …`), which stays that document's.
fn short_dates_of_year(text: &str, year: i32) -> String {
    static D: OnceLock<Regex> = OnceLock::new();
    let re = regex(&D, r"\b(\d{1,2}/\d{1,2})/(\d{4})\b");
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in re.captures_iter(text) {
        let whole = c.get(0).expect("a match");
        let cited = text[whole.end()..].starts_with(" của ");
        if c[2].parse::<i32>().ok() == Some(year) && !cited {
            out.push_str(&text[last..whole.start()]);
            out.push_str(&c[1]);
            out.push_str("/{{ year }}");
            last = whole.end();
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Abbreviations kept in capitals when a name or chức vụ is recased.
const KEEP: [&str; 10] = ["UBND", "HĐND", "MTTQ", "VN", "TW", "CP", "TTg", "DTTS", "NN", "PTNT"];

/// Capitals to how a name is written: `ỦY BAN NHÂN DÂN` → `Ủy ban nhân
/// dân`, `XÃ NGỌC LIÊN` → `xã Ngọc Liên` (proper names after an
/// administrative unit keep their capitals), `UBND` kept.
pub fn name_case(line: &str, first_capital: bool) -> String {
    const UNITS: [&str; 8] = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"];
    let lower = line.to_lowercase();
    let mut proper_from = None;
    for u in UNITS {
        if let Some(rest) = lower.strip_prefix(u)
            && rest.starts_with(' ')
        {
            proper_from = Some(u.split(' ').count());
        } else if let Some(pos) = lower.find(&format!(" {u} ")) {
            let before = lower[..pos].split_whitespace().count();
            proper_from = Some(proper_from.unwrap_or(usize::MAX).min(before + u.split(' ').count()));
        }
    }
    let words: Vec<String> = line
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            if KEEP.contains(&w) {
                w.to_string()
            } else if proper_from.is_some_and(|p| i >= p) || (i == 0 && first_capital) {
                vn::text::capitalize_first(&w.to_lowercase())
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    words.join(" ")
}

/// A chức vụ or quyền hạn from capitals: `PHÓ CHỦ TỊCH` → `Phó Chủ tịch`,
/// `KT. CHỦ TỊCH` → `KT. Chủ tịch`.
fn office_case(text: &str) -> String {
    if !is_caps(text) {
        return text.to_string();
    }
    let (prefix, rest) = match text.split_once(' ') {
        Some((p, r)) if ["TM.", "KT.", "TL.", "TUQ.", "Q."].contains(&p) => (format!("{p} "), r),
        _ => (String::new(), text),
    };
    let mut s = vn::text::capitalize_first(&rest.to_lowercase());
    // `HĐND`, `UBND` … stay as written.
    for w in rest.split_whitespace().filter(|w| KEEP.contains(w)) {
        s = s.replace(&format!(" {}", w.to_lowercase()), &format!(" {w}"));
    }
    for title in ["chủ tịch", "giám đốc", "chánh văn phòng", "văn phòng", "trưởng phòng", "bí thư"]
    {
        s = s.replace(title, &vn::text::capitalize_first(title));
    }
    format!("{prefix}{s}")
}

/// An id for a cited document: kind abbreviation and number (`qd1719`).
fn citation_id(kind: &str, number: &str, taken: &mut HashSet<String>) -> String {
    let abbr = vn::ky_hieu::type_abbreviation(kind).map(str::to_string).unwrap_or_else(|| {
        match kind {
            "Công văn" => "CV",
            "Nghị định" => "NĐ",
            "Thông tư" => "TT",
            "Thông tư liên tịch" => "TTLT",
            "Luật" => "Luat",
            "Pháp lệnh" => "PL",
            _ => "VB",
        }
        .to_string()
    });
    let ascii: String = format!("{abbr}{}", number.split('/').next().unwrap_or(""))
        .chars()
        .filter_map(|c| match c {
            'Đ' | 'đ' => Some('d'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect();
    let mut id = ascii.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{ascii}-{n}");
        n += 1;
    }
    id
}

/// `14/10/2021` or `14 tháng 10 năm 2021` as a date, and whether it was long.
fn parse_date(text: &str) -> Option<(chrono::NaiveDate, bool)> {
    static SHORT: OnceLock<Regex> = OnceLock::new();
    static LONG: OnceLock<Regex> = OnceLock::new();
    let (c, long) = match regex(&SHORT, r"^(\d{1,2})/(\d{1,2})/(\d{4})$").captures(text) {
        Some(c) => (c, false),
        None => (regex(&LONG, r"^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$").captures(text)?, true),
    };
    let d = chrono::NaiveDate::from_ymd_opt(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?)?;
    Some((d, long))
}

/// Words that start a cited document's trích yếu after its issuer.
const SUBJECT_STARTS: [&str; 10] = [
    " về ",
    " phê duyệt ",
    " ban hành ",
    " quy định ",
    " hướng dẫn ",
    " sửa đổi",
    " điều chỉnh ",
    " giao ",
    " triển khai ",
    " thông qua ",
];

/// `của Thủ tướng Chính phủ về việc …` → issuer and subject.
fn issuer_and_subject(rest: &str) -> (Option<String>, Option<String>) {
    let Some(after) = rest.strip_prefix("của ") else {
        let s = rest.trim();
        return (None, (!s.is_empty()).then(|| s.to_string()));
    };
    let cut = SUBJECT_STARTS.iter().filter_map(|w| after.find(w)).min();
    match cut {
        Some(i) => (Some(after[..i].trim().to_string()), Some(after[i..].trim().to_string())),
        None => (Some(after.trim().to_string()), None),
    }
}

/// Reads one citation: `Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của …`.
fn parse_citation(text: &str, kind_hint: Option<&str>) -> Option<(Citation, bool)> {
    static ONE: OnceLock<Regex> = OnceLock::new();
    static NAMED: OnceLock<Regex> = OnceLock::new();
    // A Luật is cited by its name, its số only at times, its date long:
    // `Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025`.
    let named = regex(
        &NAMED,
        r"^(?P<kind>Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s+(?P<subject>.+?)(?:\s+số\s+(?P<num>[0-9][^\s,;]*))?(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})(?:\s+(?P<after>.+))?)?$",
    );
    if kind_hint.is_none()
        && let Some(c) = named.captures(text.trim())
    {
        let (date, long) = match c.name("date") {
            Some(d) => parse_date(d.as_str()).map(|(d, l)| (Some(crate::model::Date(d)), l))?,
            None => (None, true),
        };
        let number = c.name("num").map(|m| m.as_str().to_string());
        return Some((
            Citation {
                id: None,
                kind: c["kind"].to_string(),
                with_number: number.is_some(),
                number,
                date,
                issuer: None,
                // Words after the date (`… năm 2015 (sửa đổi, bổ sung năm
                // 2020)`) stay with the name; the date is the citation's,
                // and the căn cứ is said reworded.
                subject: Some(match c.name("after") {
                    Some(a) => format!("{} {}", &c["subject"], a.as_str()),
                    None => c["subject"].to_string(),
                }),
                replaced_by: None,
                date_style: (!long).then_some(crate::model::DateStyle::Short),
            },
            true,
        ));
    }
    let kinds = kinds_pattern();
    let re = regex(
        &ONE,
        &format!(
            r"^(?:(?P<kind>{kinds})\s+)?(?P<so>số\s+)?(?P<num>[0-9][^\s,;]*/[^\s,;]+)(?:\s+ngày\s+(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}} tháng \d{{1,2}} năm \d{{4}}))?(?:\s+(?P<rest>.*))?$"
        ),
    );
    let c = re.captures(text.trim())?;
    let kind = c.name("kind").map(|m| m.as_str()).or(kind_hint)?.to_string();
    let (date, long) = match c.name("date") {
        Some(d) => {
            let (d, long) = parse_date(d.as_str())?;
            (Some(crate::model::Date(d)), long)
        }
        None => (None, false),
    };
    let (issuer, subject) = issuer_and_subject(c.name("rest").map_or("", |m| m.as_str()));
    Some((
        Citation {
            id: None,
            kind,
            number: Some(c["num"].to_string()),
            date,
            issuer,
            subject,
            replaced_by: None,
            date_style: long.then_some(crate::model::DateStyle::Long),
            with_number: false,
        },
        c.name("so").is_some(),
    ))
}

/// The citation recognisers' kinds as a regex alternation, longest first
/// (`Thông tư liên tịch` before `Thông tư`).
fn kinds_pattern() -> String {
    let mut kinds = crate::lint::citations::kinds();
    kinds.sort_by_key(|k| std::cmp::Reverse(k.len()));
    kinds.join("|")
}

fn citation_value(c: &Citation) -> Value {
    let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
    prune(&mut v);
    v
}

/// One căn cứ as the model's `Basis` (a citation, a group or text).
fn parse_basis(
    text: &str,
    taken: &mut HashSet<String>,
    cited: &mut Vec<Citation>,
    notes: &mut Vec<Note>,
    path: &str,
    source: usize,
) -> Value {
    static GROUP: OnceLock<Regex> = OnceLock::new();
    let body = vn::text::strip_end_punctuation(text.trim()).to_string();
    let kinds = kinds_pattern();
    let group = regex(
        &GROUP,
        &format!(r"^Căn cứ các (?P<kind>{kinds})(?: của (?P<issuer>[^:]+))?:\s*(?P<items>.+)$"),
    );
    let mut out = None;
    if let Some(g) = group.captures(&body) {
        let items: Vec<&str> = g["items"].split("; ").collect();
        let mut group = Vec::new();
        for item in &items {
            match parse_citation(item, Some(&g["kind"])) {
                Some((mut c, _)) if c.issuer.is_none() => {
                    c.issuer = g.name("issuer").map(|m| m.as_str().trim().to_string());
                    group.push(c);
                }
                _ => break,
            }
        }
        if group.len() == items.len() && g.name("issuer").is_some() {
            for c in &mut group {
                c.id = Some(citation_id(&c.kind, c.number.as_deref().unwrap_or(""), taken));
                cited.push(c.clone());
            }
            out = Some(json!({ "group": group.iter().map(citation_value).collect::<Vec<_>>() }));
        }
    }
    if out.is_none() {
        let rest = body.strip_prefix("Căn cứ ").unwrap_or(&body);
        let rest = rest.strip_prefix("các ").unwrap_or(rest);
        if let Some((mut c, has_so)) = parse_citation(rest, None) {
            c.id = Some(citation_id(&c.kind, c.number.as_deref().unwrap_or(""), taken));
            cited.push(c.clone());
            if !has_so {
                notes.push(
                    Note::check(crate::t!(
                        "import-cite-no-number",
                        cited = head(rest, 3),
                        printed = head(&vn::cite::full(&c), 4)
                    ))
                    .at(format!("{path}.number"))
                    .from_source(source),
                );
            }
            out = Some(citation_value(&c));
        }
    }
    let Some(v) = out else {
        notes.push(Note::check(crate::t!("import-basis-as-written")).at(path).from_source(source));
        return json!({ "text": body });
    };
    // Does vanban's wording give the original back?
    let basis: crate::model::Basis = match serde_json::from_value(v.clone()) {
        Ok(b) => b,
        Err(_) => return json!({ "text": body }),
    };
    let printed = vn::cite::basis_line(&basis);
    if plain(&printed) != plain(&body) {
        notes.push(
            Note::check(crate::t!("import-basis-reworded", original = body.as_str()))
                .at(path)
                .from_source(source),
        );
    }
    v
}

/// Removes what the YAML need not say: nulls, empty lists and maps, `false`.
fn prune(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, v| {
                prune(v);
                !(v.is_null()
                    || v == &Value::Bool(false)
                    || v.as_array().is_some_and(Vec::is_empty)
                    || v.as_object().is_some_and(Map::is_empty)
                    || k == "number_as_issued"
                    || (k == "form" && v == "sentence"))
            });
        }
        Value::Array(a) => a.iter_mut().for_each(prune),
        _ => {}
    }
}

/// A paragraph's text for the YAML: `{{`/`{%` would be read as an
/// expression, so they are written as one.
fn text_value(text: &str) -> String {
    if text.contains("{{") || text.contains("{%") || text.contains("{#") {
        text.replace('{', "{{ \"{\" }}")
    } else {
        text.to_string()
    }
}

/// Generic blocks from lines: outline markers make sections (heading-like
/// lines) or numbered paragraphs; everything else is a paragraph (`- ` and
/// `+ ` items stay as written, as vanban reads them).
fn blocks(lines: &[Line]) -> (Vec<Value>, Option<&'static str>) {
    let mut out = Vec::new();
    let mut style = None;
    let mut i = 0;
    // The marker kind of the first heading decides this level.
    let level = lines
        .iter()
        .find_map(|l| marker(&l.text).filter(|_| heading_like(l)).map(|(m, _)| std::mem::discriminant(&m)));
    // Without headings, numbered paragraphs (`1. Trưởng các thôn …`) set it.
    let numbered = level.is_none();
    let level = level.or_else(|| {
        lines.iter().find_map(|l| {
            marker(&l.text)
                .filter(|(m, _)| matches!(m, Marker::Decimal(_) | Marker::Letter(_)))
                .map(|(m, _)| std::mem::discriminant(&m))
        })
    });
    let mut spelled = Vec::new();
    while i < lines.len() {
        if spelled.contains(&i) {
            i += 1;
            continue;
        }
        let l = &lines[i];
        match marker(&l.text) {
            Some((m, rest)) if heading_like(l) && Some(std::mem::discriminant(&m)) == level => {
                style = Some(numbering_of(&m));
                let mut j = i + 1;
                while j < lines.len()
                    && !marker(&lines[j].text).is_some_and(|(m2, _)| {
                        heading_like(&lines[j]) && Some(std::mem::discriminant(&m2)) == level
                    })
                {
                    j += 1;
                }
                let (content, sub) = blocks(&lines[i + 1..j]);
                let mut s = Map::new();
                let (title, text) = split_title(&rest);
                // `I. KẾT QUẢ THỰC HIỆN`: vanban prints a top heading in
                // capitals from the title as written.
                let title = if is_caps(&plain(&title)) { name_case(&title, true) } else { title };
                s.insert("title".into(), Value::String(text_value(&title)));
                if let Some(t) = text {
                    s.insert("text".into(), Value::String(text_value(&t)));
                }
                // The style under `I.` is `1.` unless the text says otherwise.
                if let Some(sub) = sub.filter(|s| *s != crate::template::next_style(numbering_of(&m))) {
                    s.insert("numbering".into(), Value::String(sub.into()));
                }
                if !content.is_empty() {
                    s.insert("content".into(), Value::Array(content));
                }
                out.push(Value::Object(s));
                i = j;
            }
            Some((m, rest)) if numbered && Some(std::mem::discriminant(&m)) == level => {
                // A numbered paragraph, counted with its siblings.
                style = Some(numbering_of(&m));
                let raw = l.text.trim();
                let text = raw.split_once(' ').map(|(_, r)| r.trim()).filter(|r| plain(r) == rest);
                out.push(json!({"text": text_value(text.unwrap_or(&rest))}));
                i += 1;
            }
            _ => {
                let v = match &l.table {
                    Some(t) => {
                        let mut v = table_value(t);
                        // `Đơn vị tính: đồng`, right above it, is its unit.
                        if let Some(Value::String(u)) = out.last()
                            && u.starts_with("Đơn vị tính")
                            && u.chars().count() < 60
                        {
                            v["table"]["unit"] = Value::String(u.clone());
                            out.pop();
                        }
                        // `Bảng 1. Kết quả …` above it is its caption.
                        static CAPTION: OnceLock<Regex> = OnceLock::new();
                        if let Some(Value::String(c)) = out.last()
                            && regex(&CAPTION, r"^Bảng \d+[.:] \S").is_match(c)
                            && c.chars().count() < 200
                        {
                            v["table"]["caption"] = Value::String(c.clone());
                            out.pop();
                        }
                        // `Bằng chữ: …` under it: the amount column whose total it
                        // spells (a page's footnotes may come between in reading order).
                        if let Some(k) = (i + 1..lines.len().min(i + 5))
                            .take_while(|&k| lines[k].table.is_none())
                            .find(|&k| plain(&lines[k].text).starts_with("Bằng chữ:"))
                            && in_words(&mut v, &plain(&lines[k].text))
                        {
                            spelled.push(k);
                        }
                        computed_total(&mut v);
                        v
                    }
                    None => Value::String(text_value(&l.text)),
                };
                out.push(v);
                i += 1;
            }
        }
    }
    (out, style)
}

/// A figure as vanban prints one (`1.250.000`, `83,3`, `-5`): the value,
/// scaled to whole units, if it is one.
fn figure(cell: &str) -> Option<f64> {
    static F: OnceLock<Regex> = OnceLock::new();
    let t = cell.trim();
    regex(&F, r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$").is_match(t).then_some(())?;
    t.replace('.', "").replace(',', ".").parse().ok()
}

/// A total or subtotal row's label: `Tổng cộng`, `Cộng dự án 6`, `TỔNG CỘNG`.
fn sum_label(cell: &str) -> bool {
    let l = cell.trim().to_lowercase();
    l.starts_with("tổng cộng")
        || l == "cộng"
        || l.starts_with("cộng ") && !l.starts_with("cộng đồng")
        || l == "tổng số"
}

/// Where a total or subtotal row's label stands: its first cell with text
/// (`Tổng cộng` under an empty STT), when that cell is such a label.
fn sum_at(row: &[String]) -> Option<usize> {
    let k = row.iter().position(|c| !c.trim().is_empty())?;
    sum_label(&row[k]).then_some(k)
}

/// A table block: its columns (merged header cells over theirs) and rows,
/// typed from what they print: the index row (`A`, `B`, `1`, `3=2/1`)
/// under the header, group rows (one cell across the table), subtotal and
/// total rows (`Cộng …`, `Tổng cộng`, their figures as printed), figure
/// columns (every cell a figure) as `number`, `percent` where the title
/// says `%` or `Tỷ lệ`.
fn table_value(t: &super::TableLines) -> Value {
    let columns: Vec<Value> = t
        .header
        .iter()
        .map(|(title, under)| {
            let title = if title.is_empty() { " ".to_string() } else { title.clone() };
            if under.is_empty() {
                json!({"title": title})
            } else {
                json!({"title": title, "columns": under.iter().map(|u| json!({"title": u})).collect::<Vec<_>>()})
            }
        })
        .collect();
    let leaves: Vec<&String> = t
        .header
        .iter()
        .flat_map(|(title, under)| if under.is_empty() { vec![title] } else { under.iter().collect() })
        .collect();
    let mut rows: &[Vec<String>] = &t.rows;
    let mut bold: &[bool] = &t.bold;
    let mut table = Map::new();
    table.insert("columns".into(), Value::Array(columns));
    static INDEX: OnceLock<Regex> = OnceLock::new();
    if let Some(first) = rows.first()
        && first.len() == leaves.len()
        && first.len() > 1
        && first.iter().all(|c| regex(&INDEX, r"^(?:[A-Z]|\d+(?:=\d+(?:[-+*/x]\d+)*)?)$").is_match(c.trim()))
    {
        table.insert("index_row".into(), json!(first));
        rows = &rows[1..];
        bold = bold.get(1..).unwrap_or_default();
    }
    // The last row labelled `Tổng cộng` is the total; or the first, with
    // the total at the top.
    let mut total = None;
    if let Some((last, rest)) = rows.split_last()
        && sum_at(last).is_some()
        && !rest.is_empty()
    {
        total = Some((last, "bottom"));
        rows = rest;
    } else if let Some((first, rest)) = rows.split_first()
        && sum_at(first).is_some()
        && !rest.is_empty()
    {
        total = Some((first, "top"));
        rows = rest;
        bold = bold.get(1..).unwrap_or_default();
    }
    let empty = |c: &String| c.trim().is_empty();
    // A sum row's figures: none in its label's cell or before it.
    let figures = |r: &Vec<String>| -> Value {
        let label = sum_at(r).unwrap_or(0);
        json!(
            r.iter()
                .enumerate()
                .map(|(k, c)| if k <= label || empty(c) { Value::Null } else { Value::String(c.clone()) })
                .collect::<Vec<_>>()
        )
    };
    // A column is of figures when every data row's cell in it is one.
    let data: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| {
            let group = r.len() > 1 && r[1..].iter().all(empty);
            !group && sum_at(r).is_none()
        })
        .collect();
    let kinds: Vec<Option<&str>> = (0..leaves.len())
        .map(|k| {
            let cells: Vec<&str> =
                data.iter().filter_map(|r| r.get(k)).map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
            // STT: 1, 2, 3 … counts rows and is not summed.
            let counter = cells.iter().enumerate().all(|(n, c)| *c == (n + 1).to_string());
            // A figure column may hold `-` (none) in some of its cells.
            let dash = |c: &&str| matches!(*c, "-" | "–" | "—");
            let figures = cells.iter().filter(|c| !dash(c)).map(|c| figure(c)).collect::<Option<Vec<_>>>();
            if k == 0 || counter || figures.is_none_or(|f| f.is_empty()) {
                return None;
            }
            let title = leaves[k].to_lowercase();
            Some(if title.contains('%') || title.contains("tỷ lệ") { "percent" } else { "number" })
        })
        .collect();
    if let Some(Value::Array(cols)) = table.get_mut("columns") {
        let mut k = 0;
        for c in cols.iter_mut() {
            let subs = match c.get_mut("columns") {
                Some(Value::Array(a)) => a.iter_mut().collect::<Vec<_>>(),
                _ => vec![c],
            };
            for leaf in subs {
                if let Some(kind) = kinds.get(k).copied().flatten() {
                    leaf["kind"] = Value::String(kind.into());
                }
                k += 1;
            }
        }
    }
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| {
            if r.len() > 1 && !empty(&r[0]) && r[1..].iter().all(empty) {
                json!({"group": r[0]})
            } else if let Some(k) = sum_at(r) {
                json!({"subtotal": r[k], "values": figures(r)})
            } else {
                json!(r)
            }
        })
        .collect();
    table.insert("rows".into(), Value::Array(rows));
    // Its text size, where it is not vanban's 12 pt (a wide table's 11).
    if let Some(size) = t.size.map(f64::round).filter(|&s| s != 12.0)
        && (f64::from(TABLE_SIZE_MIN)..=f64::from(TABLE_SIZE_MAX)).contains(&size)
    {
        table.insert("size".into(), json!(size as u32));
    }
    levels(&mut table, bold);
    if let Some((t, position)) = total {
        let label = &t[sum_at(t).unwrap_or(0)];
        let mut total = json!({"label": label, "values": figures(t)});
        if position == "top" {
            total["position"] = json!(position);
        }
        table.insert("total".into(), total);
    }
    json!({ "table": table })
}

/// The kind of each leaf column of a table value (`None`: text).
fn leaf_kinds(table: &Map<String, Value>) -> Vec<Option<&str>> {
    fn leaves<'a>(cols: &'a [Value], out: &mut Vec<Option<&'a str>>) {
        for c in cols {
            match c.get("columns").and_then(Value::as_array) {
                Some(under) if !under.is_empty() => leaves(under, out),
                _ => out.push(c.get("kind").and_then(Value::as_str)),
            }
        }
    }
    let mut out = Vec::new();
    leaves(table.get("columns").and_then(Value::as_array).map_or(&[][..], Vec::as_slice), &mut out);
    out
}

/// Whether each leaf column sums (`number`, `amount`).
fn summed_columns(table: &Map<String, Value>) -> Vec<bool> {
    leaf_kinds(table).iter().map(|k| matches!(k, Some("number" | "amount"))).collect()
}

/// The table as vanban lays it out, if it loads.
fn resolved(table: &Map<String, Value>) -> Option<crate::model::table::TableView> {
    let t: crate::model::Table = serde_json::from_value(Value::Object(table.clone())).ok()?;
    crate::model::table::resolve(&t).ok()
}

/// Blanks the cells `at` (row, column) of the table's rows, or of its total
/// (`row` None), that vanban computes back to the same print; the others
/// keep their figure (a sum that does not add up stays as printed, and the
/// load flags it). `print` finds a cell's print in the laid-out table.
fn blank_computed(
    table: &mut Map<String, Value>,
    mut at: Vec<(Option<usize>, usize)>,
    print: impl Fn(&crate::model::table::TableView, Option<usize>, usize) -> Option<String>,
) {
    fn cell(table: &mut Map<String, Value>, r: Option<usize>, i: usize) -> Option<&mut Value> {
        match r {
            Some(r) => table.get_mut("rows")?.get_mut(r)?.get_mut(i),
            None => table.get_mut("total")?.get_mut("values")?.get_mut(i),
        }
    }
    let original: Vec<Value> =
        at.iter().map(|&(r, i)| cell(table, r, i).map_or(Value::Null, |c| c.clone())).collect();
    let mut original: Vec<((Option<usize>, usize), Value)> = at.iter().copied().zip(original).collect();
    for &(r, i) in &at {
        if let Some(c) = cell(table, r, i) {
            *c = Value::Null;
        }
    }
    // A parent's sum feeds its own parent's: restore until what is blank
    // prints as before.
    while !at.is_empty() {
        let view = resolved(table);
        let wrong: Vec<usize> = (0..at.len())
            .filter(|&k| {
                let ((r, i), was) = (&original[k].0, &original[k].1);
                view.as_ref().and_then(|v| print(v, *r, *i)).as_deref() != was.as_str()
            })
            .collect();
        if wrong.is_empty() {
            break;
        }
        for &k in wrong.iter().rev() {
            let ((r, i), was) = original.remove(k);
            if let Some(c) = cell(table, r, i) {
                *c = was;
            }
            at.remove(k);
        }
    }
}

/// A table whose first column's labels follow two or more of vanban's
/// level styles in nesting order (`I`, `1`, `a` …), each row with rows
/// under it printed bold and no other: `levels`, and each parent's figure
/// that is the sum of its rows left blank (computed). Offices often set
/// only the top level in bold (probe 8: `I`, `II` bold, `1` not): then the
/// bold rows must all be parents or of the top level, and every figure of
/// every parent must be
/// its rows' sum, so that the levels are the table's own arithmetic, not
/// a guess from the labels (vanban then prints every parent in bold).
fn levels(table: &mut Map<String, Value>, bold: &[bool]) {
    let Some(rows) = table.get("rows").and_then(Value::as_array) else { return };
    let labels: Option<Vec<&str>> = rows.iter().map(|r| r.get(0).and_then(Value::as_str)).collect();
    let Some(labels) = labels.filter(|_| rows.iter().all(Value::is_array)) else { return };
    if !bold.iter().any(|&b| b) {
        return;
    }
    let mut styles: Vec<&str> = Vec::new();
    for l in labels.iter().filter(|l| !l.trim().is_empty()) {
        let could = crate::model::table::level_samples(l);
        if could.is_empty() {
            return;
        }
        if !could.iter().any(|c| styles.contains(c)) {
            styles.push(could[0]);
        }
    }
    if styles.len() < 2 {
        return;
    }
    let before: Vec<Value> = rows.clone();
    let mut with = table.clone();
    with.insert("levels".into(), json!(styles));
    // The parents are the rows printed bold, and every row prints as it did.
    let Some(view) = resolved(&with) else { return };
    let as_before = |view: &crate::model::table::TableView| {
        view.rows.len() == before.len()
            && view.rows.iter().zip(&before).all(|(v, b)| {
                b.as_array()
                    .is_some_and(|b| b.iter().zip(&v.cells).all(|(b, c)| b.as_str() == Some(c.as_str())))
            })
    };
    let bold_at = |r: usize| bold.get(r).copied().unwrap_or(false);
    let exact = view.rows.iter().enumerate().all(|(r, v)| v.bold == bold_at(r));
    // Only some parents bold: every bold row a parent.
    // A top-level row without rows under it may be bold too (`II` with
    // its figure and nothing under it).
    let top = |r: usize| {
        labels.get(r).is_some_and(|l| crate::model::table::level_samples(l).first() == styles.first())
    };
    let some_parents = !exact
        && (0..view.rows.len()).any(bold_at)
        && view.rows.iter().enumerate().all(|(r, v)| v.bold || top(r) || !bold_at(r));
    if !as_before(&view) || !(exact || some_parents) {
        return;
    }
    let summed = summed_columns(&with);
    let at: Vec<(Option<usize>, usize)> = (0..before.len())
        .filter(|&r| view.rows[r].bold)
        .flat_map(|r| (0..summed.len()).filter(|&i| summed[i]).map(move |i| (Some(r), i)))
        .filter(|&(r, i)| before[r.expect("a row")][i].as_str().and_then(figure).is_some())
        .collect();
    blank_computed(&mut with, at.clone(), |v, r, i| v.rows.get(r?)?.cells.get(i).cloned());
    let all_sums = at.iter().all(|&(r, i)| {
        with.get("rows").and_then(|rows| rows.get(r?)).and_then(|row| row.get(i)).is_some_and(Value::is_null)
    });
    if some_parents && (at.is_empty() || !all_sums) {
        return;
    }
    *table = with;
}

/// A note for each table whose rows came back in `levels` or whose total's
/// figures were left to vanban, at the table's path in the document.
pub(super) fn table_notes(v: &Value, path: String, notes: &mut Vec<Note>) {
    let at = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    match v {
        Value::Object(m) => match m.get("table").and_then(Value::as_object) {
            Some(t) => {
                let in_total =
                    t.get("total").and_then(|t| t.get("values")).and_then(Value::as_array).map_or(0, |v| {
                        let summed = summed_columns(t);
                        v.iter()
                            .enumerate()
                            .filter(|&(i, c)| c.is_null() && summed.get(i) == Some(&true))
                            .count()
                    });
                let note = match t.get("levels").and_then(Value::as_array) {
                    Some(levels) => {
                        let names: Vec<&str> = levels.iter().filter_map(Value::as_str).collect();
                        let summed = summed_columns(t);
                        let in_rows: usize = t["rows"].as_array().map_or(0, |rows| {
                            rows.iter()
                                .map(|r| {
                                    (0..summed.len())
                                        .filter(|&i| summed[i] && r.get(i).is_some_and(Value::is_null))
                                        .count()
                                })
                                .sum()
                        });
                        crate::t!(
                            "import-table-levels",
                            levels = names.join(", "),
                            blank = in_rows + in_total
                        )
                    }
                    None if in_total > 0 => crate::t!("import-table-total-computed", blank = in_total),
                    None => return,
                };
                notes.push(Note::recognised(note).at(at("table")));
            }
            None => m.iter().for_each(|(k, x)| table_notes(x, at(k), notes)),
        },
        Value::Array(a) => {
            a.iter().enumerate().for_each(|(k, x)| table_notes(x, format!("{path}[{k}]"), notes))
        }
        _ => {}
    }
}

/// A table's total: each figure that vanban computes back to the same
/// print left blank, so that it follows the rows.
fn computed_total(v: &mut Value) {
    let Some(table) = v.get_mut("table").and_then(Value::as_object_mut) else { return };
    let Some(values) = table.get("total").and_then(|t| t.get("values")).and_then(Value::as_array) else {
        return;
    };
    let summed = summed_columns(table);
    let at: Vec<(Option<usize>, usize)> = (0..summed.len())
        .filter(|&i| summed[i] && values.get(i).and_then(Value::as_str).and_then(figure).is_some())
        .map(|i| (None, i))
        .collect();
    // The total's figures follow its label, which spans the columns
    // before the first figure column (a row of its own when none is free).
    let first = leaf_kinds(table).iter().position(Option::is_some).unwrap_or(0);
    blank_computed(table, at, move |v, _, i| {
        let row = v.rows.iter().rev().find(|r| r.kind == "total")?;
        row.cells.get(i + 1 - first).cloned()
    });
}

/// `Bằng chữ: Một trăm triệu đồng.` under a table: the figure column
/// whose total it spells becomes an amount `in_words`. False if none.
fn in_words(v: &mut Value, line: &str) -> bool {
    let Some(words) = line.strip_prefix("Bằng chữ:").map(str::trim) else { return false };
    let Some(Value::Array(totals)) = v["table"]["total"].get("values").cloned() else { return false };
    let mut k = 0;
    let Some(Value::Array(cols)) = v["table"].get_mut("columns") else { return false };
    for c in cols.iter_mut() {
        let subs = match c.get_mut("columns") {
            Some(Value::Array(a)) => a.iter_mut().collect::<Vec<_>>(),
            _ => vec![c],
        };
        for leaf in subs {
            let spelled = totals
                .get(k)
                .and_then(Value::as_str)
                .and_then(figure)
                .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                .map(|f| format!("{}.", vn::number::money_in_words(f as u128)));
            if leaf.get("kind").and_then(Value::as_str) == Some("number") && spelled.as_deref() == Some(words)
            {
                leaf["kind"] = Value::String("amount".into());
                leaf["in_words"] = Value::Bool(true);
                return true;
            }
            k += 1;
        }
    }
    false
}

/// `a) Nội dung thực hiện: Chi tiết …` → title and the text on its line.
fn split_title(rest: &str) -> (String, Option<String>) {
    let p = rest.trim();
    if let Some((t, after)) = p.split_once(": ")
        && t.chars().count() < 80
        && !after.trim().is_empty()
    {
        return (format!("{}:", t.trim()).replace('*', ""), Some(after.trim().to_string()));
    }
    (p.replace('*', ""), None)
}

fn numbering_of(m: &Marker) -> &'static str {
    match m {
        Marker::Part(p) if p.to_lowercase().starts_with("chương") => "Chương",
        Marker::Part(_) => "Phần",
        Marker::Roman(_) => "I.",
        Marker::Decimal(_) => "1.",
        Marker::Nested(_) => "1.1.",
        Marker::Letter(_) => "a)",
    }
}

/// A heading rather than a numbered paragraph: bold or italic, or short
/// without a sentence's end.
fn heading_like(l: &Line) -> bool {
    let p = plain(&l.text);
    l.bold || l.italic || l.text.starts_with('*') || (p.chars().count() < 90 && !p.ends_with(['.', ';']))
}

/// Splits lines at top-level headings (`I.`, `II.` …).
/// Lines before the first mục, and each mục: heading, lines, source.
type Mucs = (Vec<Line>, Vec<(String, Vec<Line>, usize)>);

fn roman_segments(lines: &[Line]) -> Mucs {
    let mut before = Vec::new();
    let mut segs: Vec<(String, Vec<Line>, usize)> = Vec::new();
    for l in lines {
        match marker(&l.text) {
            Some((Marker::Roman(_), title)) => segs.push((title, Vec::new(), l.source)),
            _ => match segs.last_mut() {
                Some(s) => s.1.push(l.clone()),
                None => before.push(l.clone()),
            },
        }
    }
    (before, segs)
}

/// Splits lines at the headings of one marker kind (`1.`, or `1.1.`).
type Segments<'a> = (Vec<&'a Line>, Vec<(Marker, String, Vec<&'a Line>)>);

fn split_at<'a, L: std::borrow::Borrow<Line>>(
    lines: &'a [L],
    keep: impl Fn(&Marker) -> bool,
) -> Segments<'a> {
    let mut before = Vec::new();
    let mut segs: Vec<(Marker, String, Vec<&Line>)> = Vec::new();
    for l in lines {
        let l: &Line = l.borrow();
        match marker(&l.text) {
            Some((m, title)) if keep(&m) => segs.push((m, title, Vec::new())),
            _ => match segs.last_mut() {
                Some(s) => s.2.push(l),
                None => before.push(l),
            },
        }
    }
    (before, segs)
}

fn strings(lines: &[&Line]) -> Vec<Value> {
    lines.iter().map(|l| Value::String(text_value(&l.text))).collect()
}

/// The Kế hoạch's standard part a top-level heading names.
fn part_of(title: &str) -> Option<(&'static str, &'static str)> {
    let t = upper(&plain(title));
    let t = t.trim_end_matches(['.', ':']);
    [
        ("purposes", "MỤC ĐÍCH, YÊU CẦU"),
        ("objectives", "MỤC TIÊU"),
        ("projects", "NỘI DUNG THỰC HIỆN"),
        ("solutions", "NHIỆM VỤ, GIẢI PHÁP"),
        ("organization", "TỔ CHỨC THỰC HIỆN"),
    ]
    .into_iter()
    .find(|(_, h)| t == *h)
}

/// A heading printed in capitals (`II. KẾT QUẢ THỰC HIỆN NĂM 2025`), as
/// written in the YAML from which vanban prints it so.
fn heading_case(heading: &str) -> String {
    let t = plain(heading);
    if is_caps(&t) { name_case(&t, true) } else { t }
}

/// State shared by the recognisers of one document.
struct Ctx {
    notes: Vec<Note>,
    cited: Vec<Citation>,
    year: Option<i32>,
}

impl Ctx {
    /// Running text: citations of cited documents become `{{ cite(…) }}`,
    /// this document's year `{{ year }}` (`năm 2026`).
    fn body_text(&self, text: &str) -> String {
        let mut t = text.to_string();
        for c in &self.cited {
            let Some(id) = &c.id else { continue };
            let full = vn::cite::full(c);
            if c.subject.is_some() && t.contains(&full) {
                t = t.replace(&full, &format!("{{{{ cite_full(\"{id}\") }}}}"));
            }
            let reference = vn::cite::reference(c);
            if c.issuer.is_some() && t.contains(&reference) {
                t = t.replace(&reference, &format!("{{{{ cite(\"{id}\") }}}}"));
            }
        }
        if let Some(y) = self.year {
            t = t
                .replace(&format!("năm {y}"), "năm {{ year }}")
                .replace(&format!("NĂM {y}"), "NĂM {{ year }}");
            t = short_dates_of_year(&t, y);
        }
        t
    }

    fn body_value(&self, v: &mut Value) {
        match v {
            Value::String(s) => *s = self.body_text(s),
            Value::Array(a) => a.iter_mut().for_each(|v| self.body_value(v)),
            Value::Object(m) => {
                for (k, v) in m.iter_mut() {
                    if !matches!(k.as_str(), "number" | "numbering" | "under" | "form") {
                        self.body_value(v);
                    }
                }
            }
            _ => {}
        }
    }
}

/// `Nhiệm vụ 9: Hỗ trợ …;` as a task.
fn task(text: &str) -> Option<Value> {
    static T: OnceLock<Regex> = OnceLock::new();
    let c = regex(&T, r"^Nhiệm vụ\s+(\d+(?:\.\d+)*):\s*(.+?)[;.]?$").captures(text.trim())?;
    Some(json!({"number": &c[1], "content": &c[2]}))
}

const REPORT: &str = "kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện về ";
const GUIDANCE: &str = " theo quy định của pháp luật có liên quan và hướng dẫn của ";

/// The work half of an assignment: `{lead} chủ trì[ task], phối hợp với
/// {partners} {action}[ {scope}][ theo … hướng dẫn của {guidance}]`.
fn assignment_work(work: &str) -> Option<Assignment> {
    let work = vn::text::strip_end_punctuation(work.trim());
    let (work, guidance) = match work.split_once(GUIDANCE) {
        Some((w, g)) => (w, Some(g.trim().to_string())),
        None => (work, None),
    };
    let (lead, rest) = work.split_once(" chủ trì")?;
    let (lead_task, with_partners) = match rest.split_once(", phối hợp với ") {
        Some((t, r)) => ((!t.trim().is_empty()).then(|| t.trim().to_string()), Some(r)),
        None => (None, None),
    };
    let default = format!(" {}", vn::phrase::DEFAULT_ACTION);
    let (partners, tail) = match with_partners {
        None => (None, rest.trim()),
        Some(r) => match (r.find(&default), r.find("liên quan ")) {
            (Some(d), Some(lq)) if lq + "liên quan".len() == d => {
                (Some(r[..d].to_string()), r[d + 1..].trim())
            }
            (_, Some(lq)) => {
                (Some(r[..lq + "liên quan".len()].to_string()), r[lq + "liên quan ".len()..].trim())
            }
            (Some(d), None) => (Some(r[..d].to_string()), r[d + 1..].trim()),
            (None, None) => return None,
        },
    };
    let (action, scope) = match tail.strip_prefix(vn::phrase::DEFAULT_ACTION) {
        Some(s) => (None, (!s.trim().is_empty()).then(|| s.trim().to_string())),
        None if tail.is_empty() => return None,
        None => (Some(tail.to_string()), None),
    };
    Some(Assignment {
        lead: lead.trim().to_string(),
        lead_task,
        partners,
        action,
        scope,
        guidance,
        report_to: Vec::new(),
        form: AssignmentForm::Sentence,
    })
}

/// `Sở Văn hóa, Thể thao và Du lịch, Sở Dân tộc và Tôn giáo` → the two
/// bodies: a comma starts a new one only before a body's name (the list
/// prints the same either way).
fn split_units(text: &str) -> Vec<String> {
    const STARTS: [&str; 16] = [
        "Sở ",
        "Phòng ",
        "UBND",
        "Ủy ban",
        "Văn phòng",
        "Bộ ",
        "Ban ",
        "Cục ",
        "Chi cục",
        "Trung tâm",
        "Hội ",
        "Đài ",
        "Công an",
        "Thường trực",
        "Các ",
        "HĐND",
    ];
    let mut out: Vec<String> = Vec::new();
    for piece in text.split(", ") {
        match out.last_mut() {
            Some(last) if !STARTS.iter().any(|s| piece.starts_with(s)) => {
                last.push_str(", ");
                last.push_str(piece);
            }
            _ => out.push(piece.to_string()),
        }
    }
    out
}

/// Phân công paragraphs as assignments, accepted only when vanban words
/// them back to the same paragraphs.
fn assignments(paragraphs: &[String]) -> Option<Vec<Assignment>> {
    let items: Vec<String> =
        paragraphs.iter().map(|p| p.trim().trim_start_matches("- ").trim().to_string()).collect();
    let mut out: Vec<Assignment> = Vec::new();
    let report_cap = vn::text::capitalize_first(REPORT);
    for p in &items {
        if let Some(r) = p.strip_prefix(&report_cap) {
            let last = out.last_mut()?;
            if !last.report_to.is_empty() {
                return None;
            }
            last.report_to = split_units(r.trim_end_matches('.').trim_end_matches(" theo quy định"));
            last.form = AssignmentForm::TwoItems;
            continue;
        }
        let (work, report, form) = if let Some((w, r)) = p.split_once(&format!("; {REPORT}")) {
            (w, Some(r), AssignmentForm::Sentence)
        } else if let Some((w, r)) = p.split_once(&format!(". {report_cap}")) {
            (w, Some(r), AssignmentForm::TwoSentences)
        } else {
            (p.as_str(), None, AssignmentForm::Sentence)
        };
        let mut a = assignment_work(work)?;
        a.form = form;
        if let Some(r) = report {
            a.report_to = split_units(r.trim_end_matches('.').trim_end_matches(" theo quy định"));
        }
        out.push(a);
    }
    let back = vn::phrase::assignments(&out);
    (!out.is_empty() && back.iter().map(|s| plain(s)).eq(paragraphs.iter().map(|s| plain(s)))).then_some(out)
}

/// Kinh phí: `Vốn … theo Nghị quyết số … và Quyết định số ….`, accepted
/// when every document is a căn cứ and vanban words it back the same.
fn funding(text: &str, cited: &[Citation]) -> Option<Value> {
    let t = text.trim();
    let (source, refs) = t.split_once(" theo ")?;
    let mut under = Vec::new();
    let mut used = Vec::new();
    for c in cited {
        if refs.contains(&vn::cite::reference(c)) {
            under.push(c.id.clone()?);
            used.push(c);
        }
    }
    used.sort_by_key(|c| refs.find(&vn::cite::reference(c)));
    under = used.iter().filter_map(|c| c.id.clone()).collect();
    let f = Funding { source: source.to_string(), under: under.clone(), amount: None };
    (!under.is_empty() && plain(&vn::phrase::funding(&f, &used)) == plain(t))
        .then(|| json!({"source": source, "under": under}))
}

/// One dự án (or tiểu dự án) from its lines: a) content and tasks, b)
/// funding, c) assignment; `None` when a part cannot be read back.
fn project(
    number: Option<&str>,
    label: Option<&str>,
    title: &str,
    lines: &[&Line],
    ctx: &Ctx,
) -> Option<Map<String, Value>> {
    let mut p = Map::new();
    if let Some(l) = label {
        p.insert("label".into(), Value::String(l.into()));
    }
    if let Some(n) = number {
        p.insert("number".into(), Value::String(n.into()));
    }
    p.insert("title".into(), Value::String(plain(title)));
    let (before, parts) = split_at(lines, |m| matches!(m, Marker::Letter(_)));
    if !before.is_empty() {
        return None;
    }
    let (mut content, mut tasks) = (Vec::new(), Vec::new());
    let mut tail = Map::new();
    for (_, title, body) in &parts {
        let (name, inline) = split_title(title);
        let mut paras: Vec<String> = inline.into_iter().collect();
        paras.extend(body.iter().map(|l| l.text.clone()));
        match name.trim_end_matches(':').trim() {
            "Nội dung thực hiện" => {
                for para in &paras {
                    match task(para) {
                        Some(t) if content.is_empty() => tasks.push(t),
                        _ if !tasks.is_empty() => return None,
                        _ => content.push(Value::String(text_value(para))),
                    }
                }
            }
            "Kinh phí thực hiện" => {
                let [one] = paras.as_slice() else { return None };
                tail.insert("funding".into(), funding(one, &ctx.cited)?);
            }
            "Phân công thực hiện" => {
                let list = assignments(&paras)?;
                let v =
                    serde_json::to_value(if list.len() == 1 { json!(list[0]) } else { json!(list) }).ok()?;
                tail.insert("assignment".into(), v);
            }
            _ => return None,
        }
    }
    if !content.is_empty() {
        p.insert("content".into(), Value::Array(content));
    }
    if !tasks.is_empty() {
        p.insert("tasks".into(), Value::Array(tasks));
    }
    p.extend(tail);
    Some(p)
}

/// `Dự án 6: …` / `Tiểu dự án 2: …` → label, number, title.
fn project_heading(title: &str) -> Option<(String, String, String)> {
    static P: OnceLock<Regex> = OnceLock::new();
    let c = regex(&P, r"^(Dự án|Tiểu dự án)\s+(\S+?):\s*(.+)$").captures(title.trim())?;
    Some((c[1].to_string(), c[2].to_string(), c[3].to_string()))
}

/// III. Nội dung thực hiện as `projects`.
fn projects(lines: &[Line], ctx: &Ctx) -> Option<Vec<Value>> {
    let (before, segs) = split_at(lines, |m| matches!(m, Marker::Decimal(_)));
    if !before.is_empty() || segs.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for (_, title, body) in segs {
        let (label, number, title) = match project_heading(&plain(&title)) {
            Some(h) => h,
            // A dự án without its label (`1. Phát triển sản phẩm …`), known
            // by its `a) Nội dung thực hiện:` … (an empty one is no dự án).
            None if !body.is_empty() => ("Dự án".to_string(), String::new(), plain(&title)),
            None => return None,
        };
        if label != "Dự án" {
            return None;
        }
        // Tiểu dự án: `4.1. Tiểu dự án 1: …`, or `Tiểu dự án 2: …` alone.
        let starts: Vec<usize> = body
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                let t = plain(&l.text);
                let t = match marker(&l.text) {
                    Some((Marker::Nested(_), rest)) => plain(&rest),
                    _ => t,
                };
                project_heading(&t).is_some_and(|(lab, _, _)| lab == "Tiểu dự án")
            })
            .map(|(i, _)| i)
            .collect();
        let own_end = starts.first().copied().unwrap_or(body.len());
        let own: Vec<&Line> = body[..own_end].to_vec();
        let mut p = project(Some(number.as_str()).filter(|n| !n.is_empty()), None, &title, &own, ctx)?;
        let mut subs = Vec::new();
        for (k, &s) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(body.len());
            let head_text = match marker(&body[s].text) {
                Some((Marker::Nested(_), rest)) => plain(&rest),
                _ => plain(&body[s].text),
            };
            let (_, n, t) = project_heading(&head_text)?;
            subs.push(Value::Object(project(Some(&n), None, &t, &body[s + 1..end], ctx)?));
        }
        if !subs.is_empty() {
            p.insert("subprojects".into(), Value::Array(subs));
        }
        out.push(Value::Object(p));
    }
    Some(out)
}

/// Text copied out of a two-column header (or a Word header table read cell
/// by cell) gives the left column first: a công văn's `V/v` line comes
/// before the right column's Quốc hiệu, Tiêu ngữ and date line, which would
/// then be read as the body. Those lines, found just after the `V/v`, are
/// put before it, where the header is read.
fn hoist_right_column(mut lines: Vec<Line>) -> Vec<Line> {
    static PLACE_DATE: OnceLock<Regex> = OnceLock::new();
    let Some(v) = lines.iter().take(40).position(|l| plain(&l.text).starts_with("V/v")) else { return lines };
    let right = |l: &Line| {
        let t = plain(&l.text);
        let u = upper(&t);
        u.starts_with("CỘNG HÒA XÃ HỘI")
            || u.starts_with("CỘNG HOÀ XÃ HỘI")
            || u.starts_with("ĐỘC LẬP")
            || regex(&PLACE_DATE, r"^[^,]+,\s*ngày\s*\d*\s*tháng\s*\d*\s*năm\s*\d{4}$").is_match(&t)
    };
    let end = (v + 8).min(lines.len());
    let moved: Vec<usize> = (v + 1..end).filter(|&j| right(&lines[j])).collect();
    // (A Word file's header table: the date line in the right cell, after the V/v in the left.)
    let word_cell = !moved.is_empty() && moved.iter().all(|&j| lines[j].indent >= 200.0);
    if !word_cell && !moved.iter().any(|&j| upper(&plain(&lines[j].text)).starts_with("CỘNG H")) {
        return lines;
    }
    let taken: Vec<Line> = moved.iter().rev().map(|&j| lines.remove(j)).collect();
    for l in taken {
        lines.insert(v, l);
    }
    lines
}

/// A rule typed as characters on a line of its own (`———`, `______`,
/// `-----`, `─────`, `***`): at least three, nothing else.
///
/// ```text
/// typed_rule("———") == true; typed_rule("- Lưu: VT.") == false
/// ```
fn typed_rule(text: &str) -> bool {
    let t: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && t.iter().all(|c| matches!(c, '-' | '_' | '=' | '*' | '.' | '—' | '–' | '─' | '━' | '‒' | '―'))
        && !t.iter().all(|c| *c == '.')
}

/// Leaves out the rules typed as characters, each said: under the name or
/// the Tiêu ngữ (before the tên loại) vanban draws its own; between
/// paragraphs NĐ30 has none. Never kept as text (nor joined to the
/// paragraph above).
fn drop_typed_rules(lines: &[Line], notes: &mut Vec<Note>) -> Vec<Line> {
    let type_at = find_type(lines).map_or(0, |(i, _)| i);
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    // A rule that opened a page hands that on to the next line.
    let mut page_break = false;
    for (k, l) in lines.iter().enumerate() {
        let t = plain(&l.text);
        if l.table.is_none() && typed_rule(&t) {
            page_break |= l.page_break;
            let note = if k < type_at {
                Note::recognised(crate::t!("import-rule-dropped", line = t.as_str())).at("issuer")
            } else {
                Note::recognised(crate::t!("import-rule-dropped-body", line = t.as_str()))
            };
            notes.push(note.from_source(l.source));
        } else {
            kept.push(Line { page_break: l.page_break || page_break, ..l.clone() });
            page_break = false;
        }
    }
    kept
}

/// Finds the tên loại line: a type's name in capitals, alone on its line.
fn find_type(lines: &[Line]) -> Option<(usize, DocType)> {
    lines.iter().take(40).enumerate().find_map(|(i, l)| {
        let t = upper(&plain(&l.text));
        // A joint document's tên loại: `KẾ HOẠCH LIÊN TỊCH`.
        let t = t.strip_suffix(" LIÊN TỊCH").unwrap_or(&t);
        DocType::ALL.iter().find(|d| **d != DocType::CongVan && upper(d.ten_loai()) == t).map(|d| (i, *d))
    })
}

/// Recognises a document and writes its YAML.
pub fn recognize(lines: &[Line], wanted: Option<DocType>, format: Format) -> Result<Recognised, Diagnostic> {
    let mut ctx = Ctx { notes: Vec::new(), cited: Vec::new(), year: None };
    // A PDF's reader makes paragraphs from the page's geometry; text has
    // only its line breaks, which a page break may have put mid-sentence.
    let lines = match format {
        Format::Text | Format::Docx => hoist_right_column(join_continuations(lines, &mut ctx.notes, format)),
        Format::Pdf => lines.to_vec(),
    };
    let lines = drop_typed_rules(&lines, &mut ctx.notes);
    // A text issued with the document (Mẫu 1.3: a Kế hoạch, a quy chế) or
    // a form (mẫu) after it starts with a header of its own: the document
    // ends there.
    let (lines, attached) = cut_attachment(lines);
    // A form on a page of its own, without a header (a Word page break,
    // then its title): the document ends there, its nơi nhận and signer
    // wherever they were typed.
    let (lines, attached) = match attached {
        None => cut_form_page(lines, &mut ctx.notes),
        some => (lines, some),
    };
    if lines.is_empty() {
        return Err(Diagnostic::error("import-empty", crate::t!("import-empty"))
            .with_hint(crate::t!("import-empty.hint", format = format.id())));
    }
    let found = find_type(&lines);
    let vv = lines.iter().take(40).position(|l| plain(&l.text).starts_with("V/v"));
    let (doc_type, body_start) = match (wanted, found, vv) {
        (Some(t), Some((i, _)), _) => (t, i + 1),
        (Some(t), None, Some(v)) => (t, v),
        (Some(t), None, None) => (t, 0),
        (None, Some((i, t)), _) => (t, i + 1),
        (None, None, Some(v)) => (DocType::CongVan, v),
        (None, None, None) => {
            return Err(Diagnostic::error("import-type", crate::t!("import-type"))
                .with_hint(crate::t!("import-type.hint")));
        }
    };
    let model = doc_type.model();
    if let Some((i, _)) = found {
        ctx.notes.push(
            Note::recognised(
                crate::t!("import-type-found", ten_loai = upper(doc_type.ten_loai()), type = doc_type.key()),
            )
            .at("type")
            .from_source(lines[i].source),
        );
    }

    // ---- Header ----
    let header_end = found.map(|(i, _)| i).or(vv).unwrap_or(0);
    let mut issuer_lines: Vec<&Line> = Vec::new();
    let (mut number, mut ky_hieu, mut place, mut date) =
        (None::<u32>, None::<String>, None::<String>, None::<String>);
    let mut date_year = None;
    let mut numbered_with_year = false;
    let mut marks: Vec<(&str, &str)> = Vec::new();
    static SO: OnceLock<Regex> = OnceLock::new();
    static PLACE: OnceLock<Regex> = OnceLock::new();
    for l in &lines[..header_end] {
        let t = plain(&l.text);
        let u = upper(&t);
        if u.starts_with("CỘNG HÒA XÃ HỘI") || u.starts_with("CỘNG HOÀ XÃ HỘI") || u.starts_with("ĐỘC LẬP")
        {
            continue;
        }
        if let Some(c) = regex(&SO, r"^Số\s*:\s*(\d*)\s*/\s*(?:(?P<year>\d{4})/)?(\S+)$").captures(&t) {
            number = c[1].parse().ok();
            ky_hieu = Some(c[3].to_string());
            // `25/2026/QĐ-UBND`: a văn bản quy phạm pháp luật's số carries its year.
            numbered_with_year = c.name("year").is_some();
            ctx.notes.push(
                Note::recognised(crate::t!("import-number-found", number = t.as_str()))
                    .at("number")
                    .from_source(l.source),
            );
            continue;
        }
        if let Some(c) = regex(
            &PLACE,
            r"^(?P<place>[^,]+),\s*ngày\s*(?P<d>\d*)\s*tháng\s*(?P<m>\d*)\s*năm\s*(?P<y>\d{4})$",
        )
        .captures(&t)
        {
            place = Some(c["place"].trim().to_string());
            date_year = c["y"].parse().ok();
            if let (Ok(d), Ok(m), Some(y)) = (c["d"].parse::<u32>(), c["m"].parse::<u32>(), date_year) {
                date = chrono::NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string());
            }
            ctx.notes.push(
                Note::recognised(crate::t!("import-place-date-found")).at("place").from_source(l.source),
            );
            continue;
        }
        if vv.is_some_and(|v| std::ptr::eq(l, &lines[v])) {
            continue;
        }
        // Độ khẩn and độ mật, stamped under the số (ô 10a, 10b).
        let mark = match u.as_str() {
            "HỎA TỐC" | "HOẢ TỐC" => Some(("urgency", "hoa-toc")),
            "THƯỢNG KHẨN" => Some(("urgency", "thuong-khan")),
            "KHẨN" => Some(("urgency", "khan")),
            "MẬT" => Some(("secrecy", "mat")),
            "TỐI MẬT" => Some(("secrecy", "toi-mat")),
            "TUYỆT MẬT" => Some(("secrecy", "tuyet-mat")),
            _ => None,
        };
        if let Some(m) = mark {
            ctx.notes.push(
                Note::recognised(crate::t!("import-mark-found", field = m.0, text = t.as_str()))
                    .at(m.0)
                    .from_source(l.source),
            );
            marks.push(m);
            continue;
        }
        issuer_lines.push(l);
    }

    // A joint document (`KẾ HOẠCH LIÊN TỊCH`, số `04/KHLT-UBND-MTTQ`): the
    // second body's lines under the first's in the header, its
    // abbreviation last in the ký hiệu.
    let joint = found.is_some_and(|(i, _)| upper(&plain(&lines[i].text)).ends_with(" LIÊN TỊCH"));
    let mut joint_issuer = None;
    if joint {
        let mut second_abbr = "<<viết tắt>>".to_string();
        if let (Some(kh), Some(t)) = (ky_hieu.clone(), vn::ky_hieu::type_abbreviation(doc_type.ten_loai())) {
            let parts: Vec<&str> = kh.split('-').collect();
            if parts.len() >= 3 && parts[0] == format!("{t}LT") {
                second_abbr = parts[parts.len() - 1].to_string();
                ky_hieu = Some(format!("{t}-{}", parts[1..parts.len() - 1].join("-")));
            }
        }
        // The first body's name ends at its administrative unit (`XÃ NGỌC LIÊN`).
        let unit = |t: &str| {
            ["XÃ ", "PHƯỜNG ", "THỊ TRẤN ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "TỈNH ", "THÀNH PHỐ "]
                .iter()
                .any(|u| upper(t).starts_with(u))
        };
        let left: Vec<usize> = (0..issuer_lines.len())
            .filter(|&k| issuer_lines[k].align != Align::Right && issuer_lines[k].indent < 200.0)
            .collect();
        let cut =
            left.iter().position(|&k| unit(&plain(&issuer_lines[k].text))).map_or(left.len() / 2, |p| p + 1);
        if let Some(&from) = left.get(cut) {
            let second: Vec<String> = issuer_lines
                .split_off(from)
                .iter()
                .filter(|l| l.align != Align::Right && l.indent < 200.0)
                .map(|l| {
                    let t = plain(&l.text);
                    joint_case(&name_case(&t, !unit(&t)))
                })
                .collect();
            joint_issuer = Some(json!({"name": second, "abbr": second_abbr}));
        }
    }

    // Trích yếu: the bold lines after the tên loại (or the V/v line).
    let decision = model == "QuyetDinh" || model == "NghiQuyet";
    // A giấy giới thiệu prints no trích yếu: its `title` is the `Về việc:`.
    let no_title = model == "GiayGioiThieu" || model == "GiayNghiPhep";
    let mut i = body_start;
    let mut title_parts = Vec::new();
    if found.is_none()
        && let Some(v) = vv
    {
        // The V/v line itself: after the header in a PDF's reading order,
        // inside the left column's lines in a text or Word file.
        let mut j = v;
        title_parts.push(plain(&lines[j].text).trim_start_matches("V/v").trim().to_string());
        j += 1;
        // A V/v wrapped in the header's left column (PDF: indented lines).
        while j < lines.len()
            && lines[j].indent > 0.5
            && lines[j].indent < 200.0
            && !plain(&lines[j].text).starts_with("Kính gửi")
            && !plain(&lines[j].text).starts_with("Căn cứ")
            && marker(&lines[j].text).is_none()
            && title_parts.len() < 4
        {
            title_parts.push(plain(&lines[j].text));
            j += 1;
        }
        if v >= body_start {
            i = j;
        }
    } else if !no_title {
        while i < lines.len() {
            let t = plain(&lines[i].text);
            if t.starts_with("Căn cứ") || t.starts_with("Kính gửi") || marker(&lines[i].text).is_some()
            {
                break;
            }
            if t.ends_with(" điện:") {
                break;
            }
            if !title_parts.is_empty() && (!lines[i].bold || (decision && is_caps(&t))) {
                break;
            }
            title_parts.push(t);
            i += 1;
            if !lines[i - 1].bold {
                break;
            }
        }
    }
    let title = title_parts.join(" ");
    // A quyết định's thẩm quyền: the capitals under the trích yếu.
    let mut authority_lines = Vec::new();
    while decision && i < lines.len() && is_caps(&plain(&lines[i].text)) && authority_lines.len() < 4 {
        authority_lines.push(plain(&lines[i].text));
        i += 1;
    }

    // The year: the date line's, else the one the title names.
    static YEAR: OnceLock<Regex> = OnceLock::new();
    ctx.year = date_year
        .or_else(|| regex(&YEAR, r"(?i)năm (\d{4})").captures(&title).and_then(|c| c[1].parse().ok()));

    // Kính gửi.
    let mut to = Vec::new();
    if i < lines.len() && plain(&lines[i].text).starts_with("Kính gửi") {
        let first = plain(&lines[i].text);
        let rest = first.trim_start_matches("Kính gửi").trim_start_matches(':').trim().to_string();
        i += 1;
        if !rest.is_empty() {
            to.push(vn::text::strip_end_punctuation(rest.trim_start_matches("- ")).to_string());
        }
        while i < lines.len()
            && plain(&lines[i].text).starts_with("- ")
            && !plain(&lines[i].text).starts_with("- Lưu")
        {
            to.push(
                vn::text::strip_end_punctuation(plain(&lines[i].text).trim_start_matches("- ")).to_string(),
            );
            i += 1;
        }
    }

    // Căn cứ.
    let mut bases = Vec::new();
    let mut taken = HashSet::new();
    let mut bases_end = None;
    while i < lines.len()
        && (plain(&lines[i].text).starts_with("Căn cứ")
            || decision && plain(&lines[i].text).starts_with("Xét "))
    {
        let t = plain(&lines[i].text);
        let path = format!("bases[{}]", bases.len());
        if t.starts_with("Xét ") {
            // `Xét Tờ trình …; Báo cáo thẩm tra …`: kept as written.
            bases.push(json!({ "text": vn::text::strip_end_punctuation(&t) }));
        } else {
            bases.push(parse_basis(&t, &mut taken, &mut ctx.cited, &mut ctx.notes, &path, lines[i].source));
        }
        bases_end = t.chars().last().filter(|c| [';', ',', ':'].contains(c));
        i += 1;
    }
    // The last căn cứ typed with `;` before a sentence of its own (a Kế
    // hoạch's `Ủy ban nhân dân xã xây dựng kế hoạch như sau:`): nothing
    // continues it, so it ends with vanban's `.`, and that is said.
    if !decision
        && bases_end == Some(';')
        && lines.get(i).is_some_and(|l| plain(&l.text).chars().next().is_some_and(char::is_uppercase))
    {
        bases_end = None;
        ctx.notes.push(
            Note::recognised(crate::t!("import-bases-end-dropped"))
                .at(format!("bases[{}]", bases.len().saturating_sub(1)))
                .from_source(lines[i - 1].source),
        );
    }
    // `Theo đề nghị của …`, closing a quyết định's căn cứ.
    let mut proposal = None;
    if model == "QuyetDinh" && i < lines.len() && plain(&lines[i].text).starts_with("Theo đề nghị") {
        let t = plain(&lines[i].text);
        bases_end = t.chars().last().filter(|c| [';', ',', ':'].contains(c));
        proposal = Some(vn::text::strip_end_punctuation(&t).to_string());
        i += 1;
    }
    // A căn cứ's trích yếu citing an earlier one: `{{ cite("qd1719") }}`.
    for b in &mut bases {
        let items: Vec<&mut Value> = match b.get_mut("group") {
            Some(Value::Array(g)) => g.iter_mut().collect(),
            _ => vec![b],
        };
        for c in items {
            let own = c.get("id").and_then(Value::as_str).map(str::to_string);
            if let Some(Value::String(subject)) = c.get_mut("subject") {
                for other in ctx.cited.iter().filter(|o| o.id != own && o.issuer.is_some()) {
                    let r = vn::cite::reference(other);
                    if subject.contains(&r) {
                        *subject = subject.replace(
                            &r,
                            &format!("{{{{ cite(\"{}\") }}}}", other.id.as_deref().unwrap_or("")),
                        );
                    }
                }
            }
        }
    }
    if !bases.is_empty() {
        ctx.notes.push(
            Note::recognised(crate::t!("import-bases-found", bases = bases.len(), cited = ctx.cited.len()))
                .at("bases"),
        );
    }

    // ---- The end: nơi nhận, signer ----
    let nn = lines.iter().rposition(|l| upper(&plain(&l.text)).starts_with("NƠI NHẬN"));
    let mut body_end = nn.unwrap_or_else(|| signer_start(&lines, i));
    // A joint document's two signer blocks stand above its nơi nhận, the
    // second body's on the left.
    let mut joint_block: Vec<&Line> = Vec::new();
    if joint
        && let Some(nn) = nn
        && let Some(k) = lines[i..nn].iter().rposition(|l| plain(&l.text).ends_with("./."))
    {
        body_end = i + k + 1;
        joint_block = lines[body_end..nn].iter().collect();
    }
    let mut recipients: Vec<String> = Vec::new();
    let mut archive = Vec::new();
    let mut signer_lines: Vec<&Line> = Vec::new();
    let mut drafter = None;
    if let Some(nn) = nn {
        let first = plain(&lines[nn].text);
        let after = first.split_once(':').map(|x| x.1.trim().to_string()).unwrap_or_default();
        if !after.is_empty() {
            recipients.push(after);
        }
        let right = |l: &Line| l.indent > 200.0;
        let mut open = false;
        for l in &lines[nn + 1..] {
            let t = plain(&l.text);
            if right(l) {
                signer_lines.push(l);
            } else if let Some(rest) = t.strip_prefix("- Lưu").or_else(|| t.strip_prefix("Lưu")) {
                let rest = vn::text::strip_end_punctuation(rest.trim_start_matches(':').trim());
                archive = rest.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            } else if let Some(r) = t.strip_prefix("- ") {
                recipients.push(vn::text::strip_end_punctuation(r.trim()).to_string());
                open = !r.trim_end().ends_with([';', '.', ',']);
            } else if let Some(last) = recipients.last_mut().filter(|_| open && archive.is_empty()) {
                // An entry wrapped in its column (text copied from a PDF).
                *last = format!("{last} {}", vn::text::strip_end_punctuation(&t));
                open = !t.ends_with([';', '.', ',']);
            } else if archive.is_empty() && recipients.is_empty() {
                recipients.push(vn::text::strip_end_punctuation(&t).to_string());
            } else if drafter.is_none() && regex_drafter().is_match(&t) {
                drafter = Some(t);
            } else {
                signer_lines.push(l);
            }
        }
    } else {
        signer_lines.extend(lines[body_end..].iter());
    }
    // What nơi nhận held, before the lines vanban prints itself are taken.
    let held = recipients.clone();
    // A giấy nghỉ phép's block for the confirmation of the place of leave,
    // under the signature.
    let mut confirmation = false;
    if signer_lines.iter().any(|l| plain(&l.text).starts_with("Xác nhận của cơ quan")) {
        confirmation = true;
        signer_lines.retain(|l| {
            let t = plain(&l.text);
            !t.starts_with("Xác nhận của cơ quan") && !t.starts_with("quyền địa phương nơi nghỉ phép")
        });
    }
    signer_lines.extend(joint_block.iter().filter(|l| l.align == Align::Right));
    let joint_signer = (!joint_block.is_empty()).then(|| {
        let left: Vec<&Line> = joint_block.iter().copied().filter(|l| l.align != Align::Right).collect();
        let mut s = signer(&left, &mut ctx.notes);
        if let Some(Value::Array(a)) = s.get_mut("authority") {
            a.iter_mut().for_each(|x| *x = Value::String(joint_case(x.as_str().unwrap_or_default())));
        }
        s
    });
    let mut signer = signer(&signer_lines, &mut ctx.notes);

    // ---- Issuer: from the header, else from the text ----
    let issuer = issuer(&issuer_lines, ky_hieu.as_deref(), doc_type, &lines, &mut ctx.notes);
    if place.is_none() {
        place = guess_place(&issuer);
        ctx.notes.push(
            Note::check(match &place {
                Some(p) => crate::t!("import-no-date-place", place = p.as_str()),
                None => crate::t!("import-no-date"),
            })
            .at("place"),
        );
    }
    let year = match ctx.year {
        Some(y) => y,
        None => {
            ctx.notes.push(Note::check(crate::t!("import-no-year")).at("year"));
            chrono::Datelike::year(&chrono::Local::now().date_naive())
        }
    };
    ctx.year = Some(year);

    // ---- Body ----
    let mut body: Vec<Line> = lines[i..body_end].to_vec();
    let mut closing = None;
    if let Some(last) = body.last()
        && plain(&last.text).ends_with("./.")
    {
        // `… theo quy định./.`: the sentence keeps its full stop; vanban
        // adds `/.` (and the stop, where the text has none).
        let t = last.text.trim_end();
        closing = Some(t[..t.len() - 2].trim_end().to_string());
        body.pop();
    }

    let mut doc = Map::new();
    doc.insert("type".into(), Value::String(doc_type.key().into()));
    doc.insert("issuer".into(), issuer.0);
    if let Some(mut j) = joint_issuer {
        if let Some(s) = joint_signer {
            j = json!({"issuer": j, "signer": s});
        } else {
            j = json!({"issuer": j});
        }
        doc.insert("joint".into(), j);
    }
    doc.insert("number".into(), number.map_or(Value::Null, |n| json!(n)));
    if let Some(u) = issuer.1 {
        doc.insert("unit".into(), Value::String(u));
    }
    doc.insert("place".into(), place.map_or(Value::String("<<địa danh>>".into()), Value::String));
    doc.insert("date".into(), date.map_or(Value::Null, Value::String));
    doc.insert("year".into(), json!(year));
    for (k, v) in &marks {
        doc.insert(k.to_string(), Value::String(v.to_string()));
    }
    let mut title_v = Value::String(ctx.body_text(&text_value(&title)));
    if title.is_empty() && !no_title {
        ctx.notes.push(Note::check(crate::t!("import-no-title")).at("title"));
        title_v = Value::String("<<trích yếu>>".into());
    }
    doc.insert("title".into(), title_v);
    if !to.is_empty() {
        doc.insert("to".into(), json!(to));
    }
    if !bases.is_empty() {
        doc.insert("bases".into(), Value::Array(bases));
    }
    if let Some(e) = bases_end.filter(|e| !(decision && numbered_with_year && *e == ';')) {
        doc.insert("bases_end".into(), Value::String(e.to_string()));
    }

    if model == "KeHoach" {
        // A plan without a closing paragraph ends its last item (`- …`) in `./.`.
        if let Some(c) = closing.take_if(|c| c.starts_with("- ") || c.starts_with("+ ")) {
            body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
        }
        ke_hoach_body(&body, &mut doc, &mut ctx);
    } else if model == "GiayMoi" || model == "GiayGioiThieu" {
        // The closing may be one of the details, the last ending in `./.`.
        if let Some(c) = closing.take() {
            body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
        }
        if model == "GiayMoi" {
            giay_moi_body(&body, &mut doc, &mut ctx);
        } else {
            giay_gioi_thieu_body(&body, &mut doc, &mut ctx);
        }
        // `Như trên`: vanban writes it.
        if recipients.first().is_some_and(|r| r == "Như trên") {
            recipients.remove(0);
        }
    } else if model == "GiayNghiPhep" {
        if let Some(c) = closing.take() {
            body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
        }
        giay_nghi_phep_body(&body, &mut doc, &mut ctx);
        if confirmation {
            doc.insert("confirmation".into(), Value::Bool(true));
        }
        // The person, first in nơi nhận: vanban writes it.
        if recipients.first().is_some_and(|r| doc.get("person").and_then(Value::as_str) == Some(r.as_str())) {
            recipients.remove(0);
        }
    } else if model == "ThoaThuan" {
        if let Some(c) = closing.take() {
            body.push(Line { text: format!("{c}./."), ..body.last().cloned().unwrap_or_default() });
        }
        // Bên B's block, in a Word file's right cell after the nơi nhận.
        body.extend(signer_lines.iter().filter(|l| l.indent >= 200.0).map(|l| (*l).clone()));
        if let Some(s) = thoa_thuan_body(&body, &mut doc, &mut ctx) {
            signer = s;
        }
    } else if model == "BienBan" {
        if let Some(c) = closing.take() {
            body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
        }
        if let Some(s) = bien_ban_body(&body, &signer_lines, &mut doc, &mut ctx) {
            signer = s;
        }
    } else if decision {
        // The last Điều ends in `./.` when no closing paragraph follows.
        if (model == "QuyetDinh" || closing.as_deref().is_some_and(|c| article_label(c).is_some()))
            && let Some(c) = closing.take()
        {
            body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
        }
        let d = Decision {
            authority: &authority_lines,
            numbered_with_year: numbered_with_year && model == "QuyetDinh",
            resolution: model == "NghiQuyet",
            title: &title,
            proposal,
        };
        decision_body(&body, d, &mut doc, &mut recipients, &mut ctx);
    } else {
        // A thư's salutation: `Thân gửi đồng bào …!`.
        if model == "ThuCong"
            && let Some(first) = body.first()
        {
            let t = plain(&first.text);
            if t.ends_with('!')
                || ["Thân gửi", "Kính gửi", "Kính thưa", "Thân ái gửi"].iter().any(|g| t.starts_with(g))
            {
                doc.insert("greeting".into(), Value::String(ctx.body_text(&text_value(first.text.trim()))));
                ctx.notes.push(
                    Note::recognised(crate::t!("import-greeting-found"))
                        .at("greeting")
                        .from_source(first.source),
                );
                body.remove(0);
            }
        }
        if model == "CongDien" {
            cong_dien_head(&mut body, &mut doc, &mut ctx);
            if recipients.first().is_some_and(|r| r == "Như trên") {
                recipients.remove(0);
            }
        }
        let (before, content) = match body.iter().position(|l| marker(&l.text).is_some()) {
            Some(p) if model != "CongVan" => (body[..p].to_vec(), body[p..].to_vec()),
            _ => (Vec::new(), body.clone()),
        };
        // A quy chế, quy định …: Chương and Điều.
        let first_outline = (model == "VanBan" && body.iter().any(|l| article_label(&l.text).is_some()))
            .then(|| body.iter().position(|l| article_label(&l.text).is_some() || chuong(&l.text).is_some()))
            .flatten();
        if let Some(k) = first_outline {
            // The `./.` ends the last Điều.
            if let Some(c) = closing.take() {
                body.push(Line { text: c, ..body.last().cloned().unwrap_or_default() });
            }
            if k == 1 {
                doc.insert("preamble".into(), Value::String(ctx.body_text(&text_value(&body[0].text))));
            }
            let mut content: Vec<Value> =
                if k > 1 { strings(&body[..k].iter().collect::<Vec<_>>()) } else { Vec::new() };
            let (outline, numbering) = chuong_dieu(&body[k..]);
            content.extend(outline);
            ctx.body_value_vec(&mut content);
            ctx.notes.push(
                Note::recognised(crate::t!("import-outline-found", numbering = numbering.join(", ")))
                    .at("content"),
            );
            doc.insert("numbering".into(), json!(numbering));
            doc.insert("content".into(), Value::Array(content));
        } else {
            // A báo cáo and a văn bản have a preamble; others keep it as a
            // paragraph of their content.
            let has_preamble = matches!(model, "BaoCao" | "VanBan");
            if let [one] = before.as_slice()
                && has_preamble
            {
                doc.insert("preamble".into(), Value::String(ctx.body_text(&text_value(&one.text))));
            }
            let mut all = before.clone();
            if before.len() == 1 && has_preamble {
                all.clear();
            }
            all.extend(content);
            let (mut content, style) = blocks(&all);
            ctx.body_value_vec(&mut content);
            if let Some(s) = style {
                // Each layout's own default (templates: `numbering or …`).
                let default = if matches!(model, "CongVan" | "CongDien" | "ThongBao" | "ToTrinh" | "ThuCong")
                {
                    "1."
                } else {
                    "I."
                };
                if s != default {
                    doc.insert("numbering".into(), Value::String(s.into()));
                }
            }
            doc.insert("content".into(), Value::Array(content));
        }
    }
    if let Some(c) = closing {
        doc.insert("closing".into(), Value::String(ctx.body_text(&text_value(&c))));
    }
    if let Some((source, _, Rest::Annex(annex))) = &attached {
        let appendices = appendices(annex, &mut ctx);
        ctx.notes.push(
            Note::recognised(crate::t!(
                "import-appendices-found",
                count = appendices.len(),
                place = format.place(*source)
            ))
            .at("appendices"),
        );
        doc.insert("appendices".into(), Value::Array(appendices));
    } else if let Some((_, _, Rest::Forms(rest))) = &attached {
        let (values, named) = forms(rest, &mut ctx);
        // The lines of their bodies left as text.
        let text = values
            .iter()
            .filter_map(|f| f.get("content").and_then(Value::as_array))
            .flatten()
            .filter(|b| b.get("text").is_some())
            .count();
        // Each named, up to a report line's worth; then how many more.
        const NAMED: usize = 20;
        let mut listed: Vec<String> = named
            .iter()
            .take(NAMED)
            .map(|(label, title, source)| {
                crate::t!(
                    "import-form",
                    label = label.as_str(),
                    title = title.as_str(),
                    place = format.place(*source)
                )
            })
            .collect();
        if named.len() > NAMED {
            listed.push(crate::t!("import-forms-more", count = named.len() - NAMED));
        }
        let listed = listed.join("; ");
        if matches!(model, "QuyetDinh" | "KeHoach" | "VanBan") {
            ctx.notes.push(
                Note::check(crate::t!(
                    "import-forms-found",
                    count = named.len(),
                    forms = listed,
                    text = text
                ))
                .at("forms"),
            );
            doc.insert("forms".into(), Value::Array(values));
        } else {
            ctx.notes.push(
                Note::check(crate::t!("import-forms-left-out", count = named.len(), forms = listed))
                    .at("title"),
            );
        }
    } else if let Some((source, ten_loai, _)) = attached {
        ctx.notes.push(
            Note::check(crate::t!(
                "import-attached-left-out",
                ten_loai = ten_loai,
                place = format.place(source)
            ))
            .at("title"),
        );
    }
    // `Như trên` opening nơi nhận: vanban writes it where the type has a
    // Kính gửi (or its addressees).
    let lead_nhu_tren = matches!(model, "CongVan" | "ToTrinh" | "GiayGioiThieu" | "CongDien")
        || (matches!(model, "BaoCao" | "KeHoach" | "ThongBao" | "GiayMoi" | "VanBan")
            && doc.get("to").is_some_and(|t| t.as_array().is_some_and(|a| !a.is_empty())));
    if lead_nhu_tren && recipients.first().is_some_and(|r| r == "Như trên") {
        recipients.remove(0);
    }
    // Only the first lines are ever taken (each type's own lead).
    let taken = held.len().saturating_sub(recipients.len());
    let lead: Vec<String> = held[..taken].to_vec();
    ctx.notes.push(
        Note::recognised(crate::t!(
            "import-recipients-found",
            count = held.len(),
            archive = archive.join(", ")
        ))
        .at(if recipients.is_empty() { "archive" } else { "recipients" }),
    );
    doc.insert("recipients".into(), json!(recipients));
    doc.insert("archive".into(), json!(if archive.is_empty() { vec!["VT".to_string()] } else { archive }));
    doc.insert("signer".into(), signer);
    if let Some(d) = drafter {
        // `KH.(09)`, as vanban prints initials and copies: the two parts.
        static PARTS: OnceLock<Regex> = OnceLock::new();
        let parts = regex(&PARTS, r"^([A-ZĐ]{1,5})\.\((\d+)\)$").captures(&d).and_then(|c| {
            let copies: u32 = c[2].parse().ok().filter(|n| *n > 0)?;
            Some(json!({"initials": &c[1], "copies": copies}))
        });
        doc.insert("drafter".into(), parts.unwrap_or(Value::String(d)));
    }
    if let Some(Value::Object(p)) = doc.get_mut("issuer") {
        p.retain(|_, v| !v.is_null());
    }
    let mut yaml_value = Value::Object(doc);
    prune_keep_top(&mut yaml_value);
    Ok(Recognised { value: yaml_value, doc_type, notes: ctx.notes, lead })
}

fn regex_drafter() -> &'static Regex {
    static D: OnceLock<Regex> = OnceLock::new();
    regex(&D, r"^[A-ZĐ]{1,5}\.?\(\d+\)$")
}

/// The names a body's title keeps capitalised (`Ban Thường trực`, `Ủy ban
/// MTTQ Việt Nam`), after `name_case` or `office_case` lowered them.
fn joint_case(text: &str) -> String {
    let mut s = text.to_string();
    for (low, proper) in [
        ("việt nam", "Việt Nam"),
        ("Việt nam", "Việt Nam"),
        ("ban thường trực", "Ban Thường trực"),
        ("Ban thường trực", "Ban Thường trực"),
        ("tổ quốc", "Tổ quốc"),
    ] {
        s = s.replace(low, proper);
    }
    s
}

/// Prunes all but the top-level `number` and `date`, which say "blank for
/// the văn thư" when null.
fn prune_keep_top(v: &mut Value) {
    if let Value::Object(m) = v {
        let keep: Vec<(String, Value)> = ["number", "date"]
            .iter()
            .filter_map(|k| m.get(*k).filter(|v| v.is_null()).map(|v| (k.to_string(), v.clone())))
            .collect();
        prune(v);
        if let Value::Object(m) = v {
            let mut out = Map::new();
            for (k, val) in std::mem::take(m) {
                out.insert(k.clone(), val);
                if k == "issuer" {
                    for (kk, vv) in &keep {
                        if kk == "number" {
                            out.insert(kk.clone(), vv.clone());
                        }
                    }
                }
                if k == "place" {
                    for (kk, vv) in &keep {
                        if kk == "date" {
                            out.insert(kk.clone(), vv.clone());
                        }
                    }
                }
            }
            *m = out;
        }
    }
}

impl Ctx {
    fn body_value_vec(&self, v: &mut [Value]) {
        v.iter_mut().for_each(|v| self.body_value(v));
    }
}

/// Where the signer block starts when there is no nơi nhận: the
/// quyền hạn line or the last capitals line near the end.
fn signer_start(lines: &[Line], from: usize) -> usize {
    let n = lines.len();
    let lo = n.saturating_sub(5).max(from);
    (lo..n)
        .find(|&k| {
            let t = plain(&lines[k].text);
            ["TM.", "KT.", "TL.", "TUQ.", "Q."].iter().any(|p| t.starts_with(p))
                || (is_caps(&t) && t.chars().count() < 40)
        })
        .unwrap_or(n)
}

/// The signer block: quyền hạn lines, chức vụ, name.
fn signer(lines: &[&Line], notes: &mut Vec<Note>) -> Value {
    let (texts, asides): (Vec<String>, Vec<String>) = lines
        .iter()
        .map(|l| plain(&l.text))
        .filter(|t| !t.is_empty())
        .partition(|t| !t.starts_with('(') && !t.starts_with('['));
    // `(Ký, ghi rõ họ tên)`, `(Đã ký)`, `[chữ ký]`: vanban leaves the
    // space to sign; the lines are said, never dropped silently.
    if !asides.is_empty() {
        notes.push(Note::check(crate::t!("import-signer-asides", lines = asides.join(" / "))).at("signer"));
    }
    // A fill-in line (`Họ và tên: ……`, a form's) is never a signer's
    // title or name: said, and left out.
    let (fill_in, texts): (Vec<String>, Vec<String>) =
        texts.into_iter().partition(|t| super::forms::own_line(t));
    if !fill_in.is_empty() {
        notes.push(Note::check(crate::t!("import-signer-fill-in", lines = fill_in.join(" / "))).at("signer"));
    }
    let mut authority = Vec::new();
    let mut rest = Vec::new();
    for t in &texts {
        if ["TM.", "KT.", "TL.", "TUQ.", "Q."].iter().any(|p| t.starts_with(&format!("{p} "))) {
            authority.push(office_case(t));
        } else {
            rest.push(t.clone());
        }
    }
    let (title, name) = match rest.as_slice() {
        [] => {
            notes.push(Note::check(crate::t!("import-no-signer")).at("signer"));
            ("<<chức vụ>>".to_string(), "<<họ và tên>>".to_string())
        }
        [one] => {
            notes.push(Note::check(crate::t!("import-signer-one-line")).at("signer"));
            (office_case(one), "<<họ và tên>>".to_string())
        }
        [.., t, n] => {
            notes.push(
                Note::recognised(crate::t!("import-signer-found", name = n.as_str(), title = office_case(t)))
                    .at("signer"),
            );
            if rest.len() > 2 {
                notes.push(
                    Note::check(crate::t!(
                        "import-signer-left-out",
                        lines = rest[..rest.len() - 2].join(" / ")
                    ))
                    .at("signer"),
                );
            }
            (office_case(t), name_case_person(n))
        }
    };
    json!({"authority": authority, "title": title, "name": name})
}

/// `PHẠM XUÂN KHÁNH` → `Phạm Xuân Khánh`; a name in mixed case is kept.
fn name_case_person(name: &str) -> String {
    if !is_caps(name) {
        return name.to_string();
    }
    name.split_whitespace()
        .map(|w| vn::text::capitalize_first(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The issuer from the header's left column: chủ quản (upright) and the
/// cơ quan (bold); its abbreviation from the ký hiệu. Without a header,
/// from the text (`UBND xã Ngọc Liên ban hành …`).
fn issuer(
    lines: &[&Line],
    ky_hieu: Option<&str>,
    doc_type: DocType,
    all: &[Line],
    notes: &mut Vec<Note>,
) -> (Value, Option<String>) {
    let type_abbr = vn::ky_hieu::type_abbreviation(doc_type.ten_loai());
    let (mut abbr, mut unit) = (None, None);
    if let Some(kh) = ky_hieu {
        let parts: Vec<&str> = kh.split('-').collect();
        match (type_abbr, parts.as_slice()) {
            (Some(t), [a, b, ..]) if *a == t => {
                abbr = Some(b.to_string());
                if parts.len() > 2 {
                    unit = Some(parts[2..].join("-"));
                }
            }
            (None, [a, b, ..]) => {
                abbr = Some(a.to_string());
                unit = Some(b.to_string());
            }
            (_, [a]) => abbr = Some(a.to_string()),
            _ => {
                notes.push(Note::check(crate::t!("import-abbr-mismatch", number = kh)).at("issuer.abbr"));
                abbr = parts.last().map(|s| s.to_string());
            }
        }
    }
    let lines: Vec<&&Line> = lines.iter().filter(|l| l.align != Align::Right && l.indent < 200.0).collect();
    let (parent, name): (Vec<String>, Vec<String>) = if lines.is_empty() {
        // No header: `UBND xã Ngọc Liên ban hành` in the text.
        static BH: OnceLock<Regex> = OnceLock::new();
        let re = regex(&BH, r"^(?P<who>(?:UBND|Ủy ban nhân dân|Sở|Phòng|HĐND)\s+[^,.;]+?)\s+ban hành");
        match all.iter().find_map(|l| re.captures(&plain(&l.text)).map(|c| c["who"].to_string())) {
            Some(who) => {
                let full = who.replacen("UBND", "Ủy ban nhân dân", 1);
                let split = ["xã ", "phường ", "thị trấn ", "huyện ", "tỉnh ", "thành phố "]
                    .iter()
                    .filter_map(|u| full.find(u))
                    .min();
                let name = match split {
                    Some(s) if s > 0 => vec![full[..s].trim().to_string(), full[s..].trim().to_string()],
                    _ => vec![full.clone()],
                };
                notes.push(
                    Note::check(crate::t!("import-issuer-from-text", issuer = name.join(" "), who = who))
                        .at("issuer.name"),
                );
                (Vec::new(), name)
            }
            None => {
                notes.push(Note::check(crate::t!("import-no-issuer")).at("issuer.name"));
                (Vec::new(), vec!["<<Tên cơ quan ban hành>>".to_string()])
            }
        }
    } else {
        // Bold lines are the cơ quan; lines above them the chủ quản. With no
        // style (text input), one line is the cơ quan; of more, the first is
        // the chủ quản unless the next names an administrative unit.
        // A line whose every word is in `**…**` is bold too (a Word cell
        // with `ỦY BAN NHÂN DÂN` upright and `XÃ HÒA BÌNH` in bold).
        let bold = |l: &Line| {
            let t = l.text.trim();
            l.bold
                || (t.len() > 4
                    && t.starts_with("**")
                    && t.ends_with("**")
                    && !t[2..t.len() - 2].contains("**"))
        };
        let any_bold = lines.iter().any(|l| bold(l));
        let texts: Vec<String> = lines.iter().map(|l| plain(&l.text)).collect();
        let split = if any_bold {
            lines.iter().position(|l| bold(l)).unwrap_or(0)
        } else if texts.len() >= 3 || texts.len() == 2 && !admin_unit(&texts[1]) {
            1
        } else {
            0
        };
        // `ỦY BAN NHÂN DÂN` / `XÃ HÒA BÌNH`: a People's Committee or
        // Council written on two lines, as every commune writes it, is one
        // name, not a chủ quản over it.
        let bare_body = |t: &str| {
            matches!(upper(t).as_str(), "ỦY BAN NHÂN DÂN" | "UỶ BAN NHÂN DÂN" | "HỘI ĐỒNG NHÂN DÂN")
        };
        let split = if split == 1 && bare_body(&texts[0]) && texts.get(1).is_some_and(|t| admin_unit(t)) {
            0
        } else {
            split
        };
        // No line taken as the chủ quản: nothing was guessed.
        if !any_bold && texts.len() > 1 && split > 0 {
            notes.push(Note::guessed(crate::t!("import-header-split", count = split)).at("issuer"));
        }
        let parent = texts[..split].iter().map(|t| name_case(t, true)).collect();
        let name = texts[split..].iter().enumerate().map(|(k, t)| name_case(t, k == 0)).collect();
        (parent, name)
    };
    let abbr = abbr.unwrap_or_else(|| {
        let joined = upper(&name.join(" "));
        let guess = if joined.starts_with("ỦY BAN NHÂN DÂN") || joined.starts_with("UBND") {
            "UBND"
        } else if joined.starts_with("HỘI ĐỒNG NHÂN DÂN") {
            "HĐND"
        } else {
            "<<viết tắt>>"
        };
        notes.push(Note::check(crate::t!("import-abbr-guess", guess = guess)).at("issuer.abbr"));
        guess.to_string()
    });
    let mut v = json!({"parent": if parent.is_empty() { Value::Null } else { json!(parent) }, "name": name, "abbr": abbr});
    if let Value::Object(m) = &mut v {
        m.retain(|_, v| !v.is_null());
    }
    (v, unit)
}

/// A name that starts with an administrative unit: `XÃ HÒA BÌNH`,
/// `huyện Bá Thước`, `THÀNH PHỐ HÀ NỘI`.
fn admin_unit(text: &str) -> bool {
    let u = upper(text);
    ["XÃ ", "PHƯỜNG ", "THỊ TRẤN ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "TỈNH ", "THÀNH PHỐ ", "ĐẶC KHU "]
        .iter()
        .any(|p| u.starts_with(p))
}

/// The place of the date line from the issuer (`xã Ngọc Liên` → `Ngọc Liên`).
fn guess_place(issuer: &(Value, Option<String>)) -> Option<String> {
    let name = issuer.0.get("name")?.as_array()?.last()?.as_str()?.to_string();
    for u in ["xã ", "phường ", "thị trấn ", "huyện ", "tỉnh ", "thành phố "] {
        if let Some(i) = name.find(u) {
            return Some(name[i + u.len()..].trim().to_string());
        }
    }
    None
}

/// A Kế hoạch's body: preamble, then the mục by their headings.
fn ke_hoach_body(body: &[Line], doc: &mut Map<String, Value>, ctx: &mut Ctx) {
    let (before, segs) = roman_segments(body);
    let mut parts: Vec<Value> = Vec::new();
    match before.as_slice() {
        [] => {}
        [one] => {
            doc.insert("preamble".into(), Value::String(text_value(&one.text)));
        }
        many => {
            // Paragraphs before the first mục: the last is the preamble,
            // the others a section of their own, first.
            ctx.notes.push(Note::check(crate::t!("import-preamble-section")).at("parts"));
            let (content, _) = blocks(&many[..many.len() - 1]);
            parts.push(json!({"title": "", "content": content}));
            doc.insert("preamble".into(), Value::String(text_value(&many[many.len() - 1].text)));
        }
    }
    let mut sections = Vec::new();
    let mut used = HashSet::new();
    for (heading, lines, source) in &segs {
        let std_part = part_of(heading).filter(|(k, _)| !used.contains(k));
        // Dự án under the plan's own heading (`NHIỆM VỤ, GIẢI PHÁP`).
        let mut as_projects = false;
        let placed = match std_part {
            Some(("purposes", _)) => {
                let (pre, subs) = split_at(lines, |m| matches!(m, Marker::Decimal(_)));
                let mut ok = pre.is_empty();
                for (_, t, body) in &subs {
                    let key = match plain(t).trim_end_matches([':', '.']).to_lowercase().as_str() {
                        "mục đích" => "purposes",
                        "yêu cầu" => "requirements",
                        _ => {
                            ok = false;
                            continue;
                        }
                    };
                    doc.insert(key.into(), Value::Array(strings(body)));
                }
                ok && !subs.is_empty()
            }
            Some(("objectives", _)) => {
                let (content, _) = blocks(lines);
                doc.insert("objectives".into(), Value::Array(content));
                true
            }
            Some(("projects", _)) => match projects(lines, ctx) {
                Some(p) => {
                    ctx.notes.push(
                        Note::recognised(crate::t!("import-projects-found", count = p.len())).at("projects"),
                    );
                    doc.insert("projects".into(), Value::Array(p));
                    true
                }
                None => {
                    ctx.notes.push(Note::check(crate::t!("import-projects-unread")).from_source(*source));
                    false
                }
            },
            Some(("solutions", _)) => {
                let (pre, subs) = split_at(lines, |m| matches!(m, Marker::Decimal(_)));
                if pre.is_empty() && subs.iter().all(|(_, _, b)| b.is_empty()) && !subs.is_empty() {
                    doc.insert(
                        "solutions".into(),
                        Value::Array(subs.iter().map(|(_, t, _)| Value::String(text_value(t))).collect()),
                    );
                    true
                } else if !used.contains("projects")
                    && !doc.contains_key("projects")
                    && let Some(p) = projects(lines, ctx)
                {
                    ctx.notes.push(
                        Note::recognised(crate::t!("import-projects-found", count = p.len())).at("projects"),
                    );
                    doc.insert("projects".into(), Value::Array(p));
                    as_projects = true;
                    true
                } else {
                    false
                }
            }
            Some(("organization", _)) => {
                let (pre, subs) = split_at(lines, |m| matches!(m, Marker::Decimal(_)));
                if pre.is_empty() && !subs.is_empty() {
                    let list: Vec<Value> = subs
                        .iter()
                        .map(|(_, t, b)| json!({"unit": plain(t), "duties": strings(b)}))
                        .collect();
                    doc.insert("organization".into(), Value::Array(list));
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if placed {
            let (key, default) =
                if as_projects { ("projects", "") } else { std_part.expect("placed parts are standard") };
            used.insert(key);
            let written = upper(&plain(heading));
            if written.trim_end_matches(['.', ':']) == default {
                parts.push(Value::String(key.into()));
            } else {
                parts.push(json!({"part": key, "heading": heading_case(heading)}));
            }
        } else {
            let (content, style) = blocks(lines);
            let mut s = json!({"title": heading_case(heading), "content": content});
            if let Some(st) = style.filter(|s| *s != "1.") {
                s["numbering"] = Value::String(st.into());
            }
            ctx.notes.push(
                Note::guessed(crate::t!("import-generic-section", heading = plain(heading)))
                    .from_source(*source),
            );
            sections.push(parts.len());
            parts.push(s);
        }
    }
    // `parts` only when the order is not the default one.
    let default_order = ["purposes", "objectives", "projects", "solutions", "organization"];
    let names: Vec<Option<&str>> = parts.iter().map(|p| p.as_str()).collect();
    let in_default = names.iter().all(Option::is_some) && {
        let pos: Vec<usize> =
            names.iter().map(|n| default_order.iter().position(|d| Some(*d) == *n).unwrap_or(0)).collect();
        pos.windows(2).all(|w| w[0] < w[1])
    };
    let trailing_sections = {
        let first_section = parts.iter().position(|p| p.is_object() && p.get("title").is_some());
        first_section.is_some_and(|f| parts[f..].iter().all(|p| p.get("title").is_some()))
            && parts.iter().filter(|p| p.is_string()).map(|p| p.as_str()).collect::<Vec<_>>().windows(2).all(
                |w| {
                    default_order.iter().position(|d| Some(*d) == w[0])
                        < default_order.iter().position(|d| Some(*d) == w[1])
                },
            )
    };
    if in_default {
        // The default order prints them as they are.
    } else if trailing_sections && parts.iter().all(|p| p.is_string() || p.get("title").is_some()) {
        let secs: Vec<Value> = parts.iter().filter(|p| p.get("title").is_some()).cloned().collect();
        doc.insert("sections".into(), Value::Array(secs));
    } else {
        doc.insert("parts".into(), Value::Array(parts));
    }
    for key in [
        "preamble",
        "purposes",
        "requirements",
        "objectives",
        "projects",
        "solutions",
        "organization",
        "sections",
        "parts",
    ] {
        if let Some(v) = doc.get_mut(key) {
            let mut taken = std::mem::take(v);
            ctx.body_value(&mut taken);
            *v = taken;
        }
    }
}

/// The YAML text: a comment saying where it came from, then the document.
pub fn to_yaml(v: &Value, doc_type: DocType) -> String {
    // Long text as folded block scalars (`>-`), serde-saphyr's default.
    let body = serde_saphyr::to_string(v).unwrap_or_default();
    // In the run's language, a `# ` before each of its lines.
    let comment = crate::t!("import-yaml-comment", ten_loai = doc_type.ten_loai());
    let comment: String = comment.lines().map(|l| format!("# {}\n", l.trim())).collect();
    format!("{comment}\n{body}")
}

/// Cuts the lines where a second header starts (a Quốc hiệu after the
/// first one): the text a quyết định issues, printed after it, or a form.
/// Returns the document's lines, and where the rest starts with its tên
/// loại.
pub(super) type Attached = Option<(usize, String, Rest)>;

/// What follows the document, after the cut.
pub(super) enum Rest {
    /// Phụ lục after the nơi nhận (without a header of their own).
    Annex(Vec<Line>),
    /// Forms (`Mẫu số 01` over a header of their own), all of them.
    Forms(Vec<Line>),
    /// A text with a header of its own (issued with the document).
    Text,
}

/// The forms after a document: each from its label (`Mẫu số 01`), its
/// header (the Quốc hiệu, the organisation's lines on its left), its title
/// in capitals, a centred (or, from Word, bold) line under it, and its
/// body block by block (`super::forms`: fields, boxes, tables, the date
/// line, signers; any other line as `text`, so that no word is lost).
/// Each returns with its label, title and place.
fn forms(lines: &[Line], ctx: &mut Ctx) -> (Vec<Value>, Vec<(String, String, usize)>) {
    let mut starts: Vec<usize> =
        lines.iter().enumerate().filter(|(_, l)| annex_label(&plain(&l.text))).map(|(k, _)| k).collect();
    // A form without a label (its page starts at its title): vanban's own
    // label (`Mẫu số 01`) is printed, and said.
    let unlabelled = starts.first() != Some(&0) && !lines.is_empty();
    if unlabelled {
        starts.insert(0, 0);
    }
    let mut out = Vec::new();
    let mut named = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        let part = &lines[start..end];
        let own_label = !(unlabelled && n == 0);
        if !own_label {
            ctx.notes.push(
                Note::check(crate::t!("import-form-unlabelled", title = plain(&part[0].text)))
                    .at("forms[0].title")
                    .from_source(part[0].source),
            );
        }
        let label = if own_label { plain(&part[0].text) } else { format!("Mẫu số {:02}", n + 1) };
        let mut k = usize::from(own_label);
        // The header: up to the Tiêu ngữ, within its first lines.
        let motto = part.iter().take(8).position(|l| upper(&plain(&l.text)).starts_with("ĐỘC LẬP"));
        let mut organization = Vec::new();
        if let Some(m) = motto {
            for l in &part[1..m] {
                let t = plain(&l.text);
                let u = upper(&t);
                if !(u.starts_with("CỘNG HÒA") || u.starts_with("CỘNG HOÀ")) && is_caps(&t) {
                    organization.push(name_case(&t, organization.is_empty()));
                }
            }
            k = m + 1;
        } else {
            // No Quốc hiệu: a cơ quan's name in capitals over the title
            // (`ỦY BAN NHÂN DÂN XÃ HÒA BÌNH` / `PHIẾU …`) is the header's
            // organisation, not the title's first line; said.
            while k + 1 < part.len()
                && part[k].table.is_none()
                && part[k + 1].table.is_none()
                && is_caps(&plain(&part[k + 1].text))
                && (organization_like(&plain(&part[k].text))
                    || !organization.is_empty() && admin_unit(&plain(&part[k].text)))
            {
                organization.push(name_case(&plain(&part[k].text), organization.is_empty()));
                k += 1;
            }
            if !organization.is_empty() {
                ctx.notes.push(
                    Note::check(crate::t!("import-form-organization", lines = organization.join(" / ")))
                        .at(format!("forms[{n}].header"))
                        .from_source(part[0].source),
                );
            }
        }
        let mut title = Vec::new();
        while k < part.len() && part[k].table.is_none() && is_caps(&plain(&part[k].text)) {
            title.push(plain(&part[k].text));
            k += 1;
        }
        // A PDF may join the title and the line under it: the capitals
        // that open the line are the title.
        let mut under = None;
        if title.is_empty() && k < part.len() && part[k].table.is_none() {
            let t = plain(&part[k].text);
            let words: Vec<&str> = t.split(' ').collect();
            let caps = words.iter().take_while(|w| is_caps(w)).count();
            if caps >= 2 && caps < words.len() {
                title.push(words[..caps].join(" "));
                under = Some(words[caps..].join(" "));
                k += 1;
            }
        }
        let title = vn::text::capitalize_first(&title.join(" ").to_lowercase());
        let mut f = Map::new();
        if label != format!("Mẫu số {:02}", n + 1) {
            f.insert("label".into(), Value::String(label.clone()));
        }
        match (motto, organization.is_empty()) {
            (None, true) => {}
            (None, false) => _ = f.insert("header".into(), json!(organization)),
            (Some(_), true) => _ = f.insert("header".into(), Value::Bool(true)),
            (Some(_), false) => _ = f.insert("header".into(), json!(organization)),
        }
        let shown = if title.is_empty() { label.clone() } else { title.clone() };
        f.insert("title".into(), Value::String(ctx.body_text(&text_value(&shown))));
        if under.is_none()
            && k < part.len()
            && part[k].table.is_none()
            // From Word (no size read), the subtitle's style centres it,
            // which the reader does not see: it is bold.
            && (part[k].align == super::Align::Center
                || part[k].size.is_none() && part[k].bold && !super::forms::own_line(&plain(&part[k].text)))
        {
            under = Some(plain(&part[k].text));
            k += 1;
        }
        // `Kính gửi: …` under the title is centred: the subtitle when the
        // form has none (text has no alignment to tell); after one, a
        // paragraph (a form has one subtitle), said.
        if k < part.len() && part[k].table.is_none() {
            let t = plain(&part[k].text);
            if t.starts_with("Kính gửi") && !super::forms::own_line(&t) {
                if under.is_none() {
                    under = Some(t);
                    k += 1;
                } else {
                    ctx.notes.push(
                        Note::check(crate::t!(
                            "import-form-kinh-gui",
                            label = label.as_str(),
                            line = t.as_str()
                        ))
                        .at(format!("forms[{n}]"))
                        .from_source(part[k].source),
                    );
                }
            }
        }
        if let Some(u) = under {
            f.insert("subtitle".into(), Value::String(ctx.body_text(&text_value(&u))));
        }
        let mut said = Vec::new();
        let content = super::forms::blocks(
            &part[k.min(part.len())..],
            &table_value,
            &mut |t| ctx.body_text(&text_value(t)),
            &mut |s| said.push(s),
        );
        for s in said {
            let message = match s {
                // Empty rows past the cap are dropped: said, with how many.
                super::forms::Said::RowsCut(rows) => crate::t!(
                    "import-form-blank-rows-cut",
                    label = label.as_str(),
                    count = rows,
                    max = crate::limits::FORM_MAX_BLANK_ROWS
                ),
                super::forms::Said::YearTyped(line, year) => crate::t!(
                    "import-form-date-year",
                    label = label.as_str(),
                    line = line.as_str(),
                    year = year.as_str()
                ),
            };
            ctx.notes.push(Note::check(message).at(format!("forms[{n}]")).from_source(part[0].source));
        }
        if !content.is_empty() {
            f.insert("content".into(), Value::Array(content));
        }
        out.push(Value::Object(f));
        named.push((label, title, part[0].source));
    }
    (out, named)
}

/// A cơ quan's name in capitals: `ỦY BAN NHÂN DÂN …`, `SỞ …`, `TRƯỜNG …`.
fn organization_like(t: &str) -> bool {
    const HEADS: [&str; 18] = [
        "ỦY BAN ",
        "UỶ BAN ",
        "UBND ",
        "HỘI ĐỒNG ",
        "SỞ ",
        "BỘ ",
        "PHÒNG ",
        "CỤC ",
        "CHI CỤC ",
        "TỔNG CỤC ",
        "BAN ",
        "TRƯỜNG ",
        "TRUNG TÂM ",
        "VIỆN ",
        "CÔNG AN ",
        "CÔNG TY ",
        "ĐẢNG ỦY ",
        "BỆNH VIỆN ",
    ];
    is_caps(t) && HEADS.iter().any(|h| t.starts_with(h))
}

/// The phụ lục after the nơi nhận: each from its label (`Phụ lục I`,
/// `Mẫu biểu số 01`), its title in capitals, vanban's `(Kèm theo …)`
/// line, its content (paragraphs, sections, tables).
fn appendices(lines: &[Line], ctx: &mut Ctx) -> Vec<Value> {
    static DEFAULT: OnceLock<Regex> = OnceLock::new();
    let default_label = regex(&DEFAULT, &format!("^Phụ lục {ROMAN}$"));
    let mut starts: Vec<usize> =
        lines.iter().enumerate().filter(|(_, l)| annex_label(&plain(&l.text))).map(|(k, _)| k).collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let mut out = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        let part = &lines[start..end];
        let label = plain(&part[0].text);
        let mut k = 1;
        let mut title = Vec::new();
        while k < part.len() && part[k].table.is_none() && is_caps(&plain(&part[k].text)) {
            title.push(plain(&part[k].text));
            k += 1;
        }
        // `(Kèm theo …)`: vanban writes it.
        if k < part.len() && plain(&part[k].text).starts_with("(Kèm theo") {
            while k < part.len() && !plain(&part[k].text).ends_with(')') {
                k += 1;
            }
            k += 1;
        }
        let title = annex_title_case(&title.join(" "));
        let (mut content, _) = blocks(&part[k.min(part.len())..]);
        ctx.body_value_vec(&mut content);
        let mut a = Map::new();
        if !default_label.is_match(&label) {
            a.insert("label".into(), Value::String(label));
        }
        a.insert("title".into(), Value::String(ctx.body_text(&text_value(&title))));
        // Printed on landscape pages (most of its lines are).
        if 2 * part.iter().filter(|l| l.landscape).count() > part.len() {
            a.insert("landscape".into(), Value::Bool(true));
        }
        a.insert("content".into(), Value::Array(content));
        out.push(Value::Object(a));
    }
    if !out.is_empty() {
        ctx.notes.push(Note::check(crate::t!("import-appendix-capitals")).at("appendices"));
    }
    out
}

/// A phụ lục's title from its capitals, in sentence case as a title is
/// written: proper names after an administrative unit (`xã Ngọc Liên`)
/// and abbreviations (`UBND`) as `name_case` puts them back, a số and ký
/// hiệu as printed, and the name
/// of a document it refers to keeps its capital: a tên loại followed by
/// `số`, or after `thực hiện`, `triển khai`, `kèm theo` (`… thực hiện Kế
/// hoạch phát triển du lịch …`, `… theo Quyết định số 12/QĐ-UBND`).
fn annex_title_case(caps: &str) -> String {
    const KINDS: [&str; 9] = [
        "kế hoạch",
        "quyết định",
        "nghị quyết",
        "nghị định",
        "thông tư",
        "chỉ thị",
        "công văn",
        "đề án",
        "chương trình",
    ];
    const BEFORE: [&str; 3] = ["thực hiện", "triển khai", "kèm theo"];
    // A số and ký hiệu (`12/QĐ-UBND`) as printed.
    let mut s = name_case(caps, true)
        .split(' ')
        .zip(caps.split_whitespace())
        .map(|(w, c)| if c.contains(|ch: char| ch.is_ascii_digit()) { c } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    for kind in KINDS {
        let mut from = 0;
        while let Some(at) = s[from..].find(kind).map(|k| k + from) {
            let end = at + kind.len();
            let word_start = at == 0 || s[..at].ends_with(' ');
            let word_end = s[end..].is_empty() || s[end..].starts_with(' ');
            let before = s[..at].trim_end();
            let names = s[end..].starts_with(" số ") || BEFORE.iter().any(|b| before.ends_with(b));
            if word_start && word_end && names {
                s = format!("{}{}{}", &s[..at], vn::text::capitalize_first(kind), &s[end..]);
            }
            from = end;
        }
    }
    s
}

/// `Phụ lục I`, `PHỤ LỤC 01`, `Mẫu biểu số 01`, `Mẫu số 02`, `Biểu số 03`.
fn annex_label(t: &str) -> bool {
    static ANNEX: OnceLock<Regex> = OnceLock::new();
    regex(&ANNEX, r"^(?:Mẫu(?: biểu)? số \S+|PHỤ LỤC(?: \S+)?|Phụ lục(?: \S+)?|Biểu số \S+)$").is_match(t)
}

pub(super) fn cut_attachment(mut lines: Vec<Line>) -> (Vec<Line>, Attached) {
    let quoc_hieu = |l: &Line| {
        let u = upper(&plain(&l.text));
        u.starts_with("CỘNG HÒA XÃ HỘI") || u.starts_with("CỘNG HOÀ XÃ HỘI")
    };
    let Some(first) = lines.iter().position(quoc_hieu) else { return (lines, None) };
    // A phụ lục or a form (mẫu biểu) after the nơi nhận, without a header.
    let nn = lines.iter().position(|l| upper(&plain(&l.text)).starts_with("NƠI NHẬN"));
    let annex_at = nn
        .and_then(|n| lines.iter().skip(n + 1).position(|l| annex_label(&plain(&l.text))).map(|k| k + n + 1));
    let second = lines.iter().skip(first + 1).position(quoc_hieu).map(|k| k + first + 1);
    // A form (`Mẫu số 01` over a header of its own) is not a phụ lục.
    let form = |a: usize| lines.iter().skip(a + 1).take(4).any(quoc_hieu);
    if let Some(a) = annex_at.filter(|a| second.is_none_or(|s| *a < s) && !form(*a)) {
        let rest = lines.split_off(a);
        let what = plain(&rest[0].text);
        return (lines, Some((rest[0].source, what, Rest::Annex(rest))));
    }
    let Some(second) = second else {
        return (lines, None);
    };
    // The cơ quan's lines before it (a PDF reads the two columns line by
    // line): capitals, not a signer's quyền hạn, not past a signer's name.
    let mut cut = second;
    while cut > first + 1 && second - cut < 3 {
        let t = plain(&lines[cut - 1].text);
        if !is_caps(&t) || ["TM.", "KT.", "TL.", "TUQ.", "Q."].iter().any(|p| t.starts_with(p)) {
            break;
        }
        cut -= 1;
    }
    if cut > first + 1 && annex_label(&plain(&lines[cut - 1].text)) {
        cut -= 1;
    }
    let rest = lines.split_off(cut);
    let source = rest[0].source;
    let label = plain(&rest[0].text);
    if annex_label(&label) {
        // A form (`Mẫu số 01`, `Biểu số 02`); a phụ lục with a header of
        // its own is named as before.
        if label.starts_with("Mẫu") || label.starts_with("Biểu") {
            return (lines, Some((source, label, Rest::Forms(rest))));
        }
        return (lines, Some((source, label, Rest::Text)));
    }
    let ten_loai = find_type(&rest).map_or_else(|| "text".to_string(), |(_, t)| t.ten_loai().to_string());
    (lines, Some((source, ten_loai, Rest::Text)))
}

/// A form that starts on a page of its own without a header: the first
/// line after the tên loại that a page break puts on a new page and that
/// is a form's `Mẫu số …` label or a title (capitals, bold or centred, no
/// outline marker: `PHIẾU ĐĂNG KÝ THAM GIA`). The form runs to the end,
/// except the document's own end typed after it (nơi nhận with the signer
/// beside or under it), which goes back to the document: the signer is
/// the block after the body, never the form's signature grid.
fn cut_form_page(mut lines: Vec<Line>, notes: &mut Vec<Note>) -> (Vec<Line>, Attached) {
    let Some((type_at, _)) = find_type(&lines) else { return (lines, None) };
    let title_like = |l: &Line| {
        let t = plain(&l.text);
        let whole_bold = {
            let x = l.text.trim();
            l.bold || (x.starts_with("**") && x.ends_with("**"))
        };
        // In capitals, but for a word at its end (a code, a note).
        let words: Vec<&str> = t.split(' ').collect();
        let caps = words.iter().take_while(|w| is_caps(w)).count();
        // Not a heading of the document itself on a new page: `QUYẾT
        // ĐỊNH:`, `CHƯƠNG II`, `PHỤ LỤC I`, `I. …`, `Điều 3.`.
        let own_heading = t.ends_with(':')
            || chuong(&t).is_some()
            || article_label(&l.text).is_some()
            || marker(&l.text).is_some()
            || upper(&t).starts_with("NƠI NHẬN")
            || upper(&t).starts_with("PHỤ LỤC");
        form_label(&t)
            || (caps >= 2
                && caps + 1 >= words.len()
                && (whole_bold || l.align == Align::Center)
                && !own_heading
                && l.table.is_none()
                && l.indent < 200.0)
    };
    // A form's label (`Mẫu số 01`, `Biểu số 02`) before the nơi nhận
    // starts a form with or without a page break; after it, it is read
    // as a phụ lục's, as before.
    let nn = lines.iter().rposition(|l| upper(&plain(&l.text)).starts_with("NƠI NHẬN"));
    let Some(start) = lines
        .iter()
        .enumerate()
        .skip(type_at + 2)
        .find(|(k, l)| {
            let set_apart =
                l.page_break || l.bold || l.text.trim().starts_with("**") || l.align != Align::Left;
            (l.page_break && title_like(l))
                || (form_label(&plain(&l.text)) && set_apart && nn.is_some_and(|n| *k < n))
        })
        .map(|(k, _)| k)
        .or_else(|| nn.and_then(|n| form_after_end(&lines, n)))
    else {
        return (lines, None);
    };
    let mut form: Vec<Line>;
    if let Some(nn) = nn.filter(|&n| n > start) {
        // The document's end, typed after the form: the nơi nhận column
        // (its first line, `- …` entries, `Lưu`, the drafter's initials)
        // and the signer's block (in the right column of a Word table, or
        // under the nơi nhận in text: quyền hạn, chức vụ, then the name,
        // the first line not in capitals; at most five lines). What
        // follows is the form's again (its signature grid).
        let mut end = nn + 1;
        let (mut signer, mut name_seen, mut right_seen) = (0, false, false);
        while end < lines.len() {
            let l = &lines[end];
            let t = plain(&l.text);
            let right = l.indent > 200.0;
            let recipient = t.starts_with('-') || t.starts_with("Lưu") || regex_drafter().is_match(&t);
            if signer == 0 && !right && recipient {
                end += 1;
                continue;
            }
            // The right column done, a left line is the form's again.
            if name_seen || signer >= 5 || (right_seen && !right) {
                break;
            }
            let authority = ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "].iter().any(|p| t.starts_with(p));
            let caps = is_caps(&t) && t.chars().count() < 60;
            let name = signer > 0 && !t.starts_with('(') && t.split(' ').count() <= 6 && !t.contains(':');
            if !(right || authority || caps || name) {
                break;
            }
            right_seen |= right;
            name_seen = !caps && !authority && !t.starts_with('(');
            signer += 1;
            end += 1;
        }
        let tail = lines.split_off(end);
        let end_block = lines.split_off(nn);
        form = lines.split_off(start);
        form.extend(tail);
        lines.extend(end_block);
        notes.push(
            Note::recognised(crate::t!("import-end-after-form", form = plain(&form[0].text)))
                .at("signer")
                .from_source(form[0].source),
        );
    } else {
        form = lines.split_off(start);
    }
    let label = plain(&form[0].text);
    (lines, Some((form[0].source, label, Rest::Forms(form))))
}

/// A form typed after the document's end, with no page break to set it
/// apart (a text file, or Word without one): after the nơi nhận, a form's
/// label (`Mẫu số 01`) or a Quốc hiệu; or, once the signer's name is past,
/// a line in capitals (the form's cơ quan or title). Only when fill-in
/// lines (dot leaders, boxes) or a table follow: the form's body.
fn form_after_end(lines: &[Line], nn: usize) -> Option<usize> {
    let filled_in = |k: usize| {
        lines[k + 1..].iter().any(|l| l.table.is_some() || super::forms::own_line(&plain(&l.text)))
    };
    let mut name_seen = false;
    for (k, l) in lines.iter().enumerate().skip(nn + 1) {
        let t = plain(&l.text);
        let u = upper(&t);
        let authority = ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "].iter().any(|p| t.starts_with(p));
        let caps = is_caps(&t) && t.split(' ').count() >= 2;
        if form_label(&t)
            || u.starts_with("CỘNG HÒA XÃ HỘI")
            || u.starts_with("CỘNG HOÀ XÃ HỘI")
            || (name_seen && caps && !authority)
        {
            return filled_in(k).then_some(k);
        }
        let recipient = t.starts_with(['-', '+']) || t.starts_with("Lưu") || regex_drafter().is_match(&t);
        if !(recipient || authority || is_caps(&t) || t.starts_with(['(', '[']) || l.table.is_some()) {
            name_seen = true;
        }
    }
    None
}

/// A form's label: `Mẫu số 01`, `Mẫu biểu số 02`, `Biểu số 03`.
fn form_label(t: &str) -> bool {
    (t.starts_with("Mẫu") || t.starts_with("Biểu")) && annex_label(t)
}

/// What the header and căn cứ said that a quyết định's body needs.
struct Decision<'a> {
    /// The capitals under the trích yếu (absent in a văn bản quy phạm).
    authority: &'a [String],
    /// `Số: 25/2026/QĐ-UBND`: a văn bản quy phạm pháp luật.
    numbered_with_year: bool,
    /// A nghị quyết: `QUYẾT NGHỊ:`, its authority in lines.
    resolution: bool,
    title: &'a str,
    proposal: Option<String>,
}

/// `CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGỌC LIÊN` → `Chủ tịch Ủy ban nhân dân
/// xã Ngọc Liên` (printed in capitals again, so only the reading changes).
fn authority_case(caps: &str) -> String {
    let mut s = name_case(caps, true);
    for body in ["ủy ban nhân dân", "hội đồng nhân dân", "ban thường vụ", "ban chấp hành", "ủy ban"]
    {
        if let Some(k) = s.find(&format!(" {body}")) {
            let cap = vn::text::capitalize_first(body);
            s = format!("{}{}{}", &s[..k + 1], cap, &s[k + 1 + body.len()..]);
            break;
        }
    }
    for title in ["chủ tịch", "giám đốc", "chánh văn phòng", "trưởng phòng", "bí thư"] {
        if let Some(rest) = s.strip_prefix(&vn::text::capitalize_first(title)) {
            s = format!("{}{rest}", vn::text::capitalize_first(title));
        }
    }
    s
}

/// `KHÓA I, KỲ HỌP THỨ NĂM` → `Khóa I, Kỳ họp thứ năm`: a sentence's
/// capitals, Roman numerals kept, each comma's part capitalised.
fn session_case(caps: &str) -> String {
    if !is_caps(caps) {
        return caps.to_string();
    }
    static R: OnceLock<Regex> = OnceLock::new();
    let roman = regex(&R, &format!("^{ROMAN}[,.;]?$"));
    caps.split(", ")
        .map(|part| {
            let words: Vec<String> = part
                .split_whitespace()
                .enumerate()
                .map(|(k, w)| {
                    if roman.is_match(w) {
                        w.to_string()
                    } else if k == 0 {
                        vn::text::capitalize_first(&w.to_lowercase())
                    } else {
                        w.to_lowercase()
                    }
                })
                .collect();
            words.join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A quyết định's body: `QUYẾT ĐỊNH:` (or, in a văn bản quy phạm, the
/// enactment sentence), then the Điều with their khoản and điểm.
fn decision_body(
    body: &[Line],
    d: Decision,
    doc: &mut Map<String, Value>,
    recipients: &mut Vec<String>,
    ctx: &mut Ctx,
) {
    let first_article = body.iter().position(|l| article_label(&l.text).is_some()).unwrap_or(body.len());
    let mut before: Vec<&Line> = body[..first_article]
        .iter()
        .filter(|l| !["QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"].contains(&upper(&plain(&l.text)).as_str()))
        .collect();
    let mut authority = authority_case(&d.authority.join(" "));
    let legal = !d.resolution && (d.numbered_with_year || (d.authority.is_empty() && !before.is_empty()));
    let mut enactment = None;
    if legal && !before.is_empty() {
        let line = before.remove(0);
        let t = plain(&line.text);
        if let Some((who, _)) = t.split_once(" ban hành Quyết định") {
            authority = who.to_string();
        }
        if t != vn::phrase::enactment(&authority, d.title) {
            enactment = Some(ctx.body_text(&text_value(&t)));
        }
        ctx.notes.push(
            Note::recognised(crate::t!("import-legal-normative"))
                .at("legal_normative")
                .from_source(line.source),
        );
    }
    if authority.is_empty() {
        ctx.notes.push(Note::check(crate::t!("import-no-authority")).at("authority"));
        authority = "<<thẩm quyền ban hành>>".into();
    }
    for l in &before {
        ctx.notes.push(
            Note::check(crate::t!("import-before-article", text = head(&plain(&l.text), 6)))
                .at("articles[0]")
                .from_source(l.source),
        );
    }
    for l in body[first_article..].iter().filter(|l| l.table.is_some()) {
        ctx.notes
            .push(Note::check(crate::t!("import-table-in-article")).at("articles").from_source(l.source));
    }
    let mut articles = articles(&body[first_article..]);
    if let (Some(first), false) = (articles.first_mut(), before.is_empty()) {
        let lead: Vec<String> = before.iter().map(|l| l.text.clone()).collect();
        let text = first.get("text").and_then(Value::as_str).map(str::to_string);
        let joined = lead.into_iter().chain(text).collect::<Vec<_>>().join("\n\n");
        first.insert("text".into(), Value::String(joined));
    }
    if legal {
        doc.insert("legal_normative".into(), Value::Bool(true));
    }
    if d.resolution && !d.authority.is_empty() {
        // `HỘI ĐỒNG NHÂN DÂN XÃ NGỌC LIÊN` / `KHÓA I, KỲ HỌP THỨ NĂM`.
        let mut lines = vec![Value::String(authority_case(&d.authority[0]))];
        lines.extend(d.authority[1..].iter().map(|l| Value::String(session_case(l))));
        doc.insert("authority".into(), Value::Array(lines));
    } else {
        doc.insert("authority".into(), Value::String(authority));
    }
    if let Some(p) = d.proposal {
        doc.insert("proposal".into(), Value::String(ctx.body_text(&text_value(&p))));
    }
    if let Some(e) = enactment {
        doc.insert("enactment".into(), Value::String(e));
    }
    ctx.notes
        .push(Note::recognised(crate::t!("import-articles-found", count = articles.len())).at("articles"));
    let mut articles: Vec<Value> = articles.into_iter().map(Value::Object).collect();
    ctx.body_value_vec(&mut articles);
    let n = articles.len();
    doc.insert("articles".into(), Value::Array(articles));
    // `Như Điều 3`: vanban writes it from `executors_article`.
    static NHU: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = recipients.first().and_then(|r| regex(&NHU, r"^Như Điều (\d+)$").captures(r)) {
        let k: usize = c[1].parse().unwrap_or(n);
        if k != n {
            doc.insert("executors_article".into(), json!(k));
        }
        recipients.remove(0);
    }
}

/// `Điều 1.` (`**Điều 1.**`, `Điều 1:`) at the start of a line: its number,
/// whether the label alone was bold (the Điều then has no title), and the
/// rest of the line.
fn article_label(text: &str) -> Option<(u32, bool, String)> {
    static A: OnceLock<Regex> = OnceLock::new();
    let c = regex(&A, r"^(\*\*)?Điều\s+(\d+)[.:](\*\*)?\s*(.*)$").captures(text.trim())?;
    let label_bold = c.get(1).is_some() && c.get(3).is_some();
    Some((c[2].parse().ok()?, label_bold, c[4].to_string()))
}

/// The Điều: a title (a bold line, or a short one without a sentence's
/// end), or its sentence; khoản `1.`, điểm `a)`; other paragraphs join its
/// text.
/// A table as paragraphs, one a row, its cells joined by ` | `, for a place
/// that holds text only. The header rows first, as printed: the first with
/// each title once (a merged title too), the second with the titles
/// merged under them; nothing printed is lost.
fn table_as_paragraphs(t: &super::TableLines) -> String {
    let first: Vec<String> = t.header.iter().map(|(title, _)| title.clone()).collect();
    let second: Vec<String> = t.header.iter().flat_map(|(_, under)| under.iter().cloned()).collect();
    std::iter::once(first)
        .chain((!second.is_empty()).then_some(second))
        .chain(t.rows.iter().cloned())
        // A row left blank to fill in prints no word.
        .filter(|cells| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|cells| cells.iter().map(|c| c.trim()).collect::<Vec<_>>().join(" | "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn articles(lines: &[Line]) -> Vec<Map<String, Value>> {
    static K: OnceLock<Regex> = OnceLock::new();
    static P: OnceLock<Regex> = OnceLock::new();
    let mut out: Vec<Map<String, Value>> = Vec::new();
    for l in lines {
        if let Some((_, label_bold, rest)) = article_label(&l.text) {
            let mut a = Map::new();
            let p = plain(&rest);
            let titled = l.bold
                || (!label_bold && !rest.is_empty() && heading_like(&Line { bold: false, ..l.clone() }));
            if titled {
                a.insert("title".into(), Value::String(text_value(&p)));
            } else if !rest.is_empty() {
                a.insert("text".into(), Value::String(text_value(rest.trim())));
            }
            out.push(a);
            continue;
        }
        let Some(a) = out.last_mut() else { continue };
        // A Điều holds text only (the PDF prints no table there): a table's
        // rows come back as paragraphs, nothing lost; the caller says so.
        let as_text = l.table.as_ref().map(table_as_paragraphs);
        let t = as_text.as_deref().unwrap_or(&l.text).trim();
        let clauses = a.entry("clauses").or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(clauses) = clauses else { continue };
        if let Some(c) = regex(&K, r"^(\d{1,2})\.\s+(.+)$").captures(t) {
            clauses.push(json!({"text": text_value(&c[2])}));
        } else if let (Some(c), Some(Value::Object(last))) =
            (regex(&P, r"^([a-zđ])\)\s+(.+)$").captures(t), clauses.last_mut())
        {
            let points = last.entry("points").or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(p) = points {
                p.push(Value::String(text_value(&c[2])));
            }
        } else {
            let text = match a.get("text").and_then(Value::as_str) {
                Some(before) => format!("{before}\n\n{t}"),
                None => t.to_string(),
            };
            a.insert("text".into(), Value::String(text_value(&text)));
        }
    }
    // A khoản without điểm is written as its text.
    for a in &mut out {
        if let Some(Value::Array(cs)) = a.get_mut("clauses") {
            for c in cs.iter_mut() {
                if c.get("points").is_none()
                    && let Some(t) = c.get("text").cloned()
                {
                    *c = t;
                }
            }
        }
        if a.get("clauses").and_then(Value::as_array).is_some_and(Vec::is_empty) {
            a.remove("clauses");
        }
    }
    out
}

/// A giấy mời's body (Mẫu 1.7): `<cơ quan> trân trọng kính mời:` and the
/// guests, paragraphs, then `Tới dự:`, `Thời gian:`, `Địa điểm:`, `Chủ
/// trì:`, `Nội dung:` with its items, `Thành phần:` with its list, and the
/// closing paragraph.
fn giay_moi_body(body: &[Line], doc: &mut Map<String, Value>, ctx: &mut Ctx) {
    #[derive(PartialEq)]
    enum At {
        Content,
        Agenda,
        Participants,
        Closing,
    }
    let mut to = Vec::new();
    let mut content = Vec::new();
    let mut meeting = Map::new();
    let mut agenda = Vec::new();
    let mut participants = Vec::new();
    let mut closing: Vec<String> = Vec::new();
    let mut at = At::Content;
    let mut k = 0;
    if body.first().is_some_and(|l| plain(&l.text).ends_with("trân trọng kính mời:")) {
        k = 1;
        while k < body.len() && plain(&body[k].text).starts_with("- ") {
            to.push(
                vn::text::strip_end_punctuation(plain(&body[k].text).trim_start_matches("- ")).to_string(),
            );
            k += 1;
        }
    }
    let value = |t: &str| ctx.body_text(&text_value(vn::text::strip_end_punctuation(t.trim())));
    for l in &body[k..] {
        let t = plain(&l.text);
        let labelled =
            [("Tới dự:", "event"), ("Thời gian:", "time"), ("Địa điểm:", "venue"), ("Chủ trì:", "chair")]
                .into_iter()
                .find_map(|(label, key)| t.strip_prefix(label).map(|rest| (key, rest.trim().to_string())));
        if let Some((key, rest)) = labelled.filter(|_| at != At::Closing) {
            meeting.insert(key.into(), Value::String(value(&rest)));
            at = At::Content;
        } else if t == "Nội dung:" && at != At::Closing {
            at = At::Agenda;
        } else if t == "Thành phần:" && at != At::Closing {
            at = At::Participants;
        } else if at == At::Agenda && (t.starts_with("- ") || t.starts_with("+ ")) {
            agenda.push(Value::String(ctx.body_text(&text_value(l.text.trim()))));
        } else if at == At::Participants && t.starts_with("- ") {
            participants.push(Value::String(value(t.trim_start_matches("- "))));
        } else if at == At::Content && meeting.is_empty() {
            content.push(Value::String(ctx.body_text(&text_value(l.text.trim()))));
        } else {
            at = At::Closing;
            closing.push(l.text.trim().to_string());
        }
    }
    if !to.is_empty() {
        doc.insert("to".into(), json!(to));
    }
    if !content.is_empty() {
        doc.insert("content".into(), Value::Array(content));
    }
    for (key, what) in [("time", "<<thời gian>>"), ("venue", "<<địa điểm>>")] {
        if !meeting.contains_key(key) {
            ctx.notes.push(Note::check(crate::t!("import-meeting-missing", key = key)).at("meeting"));
            meeting.insert(key.into(), Value::String(what.into()));
        }
    }
    if !agenda.is_empty() {
        meeting.insert("agenda".into(), Value::Array(agenda));
    }
    if !participants.is_empty() {
        meeting.insert("participants".into(), Value::Array(participants));
    }
    ctx.notes.push(
        Note::recognised(crate::t!(
            "import-meeting-found",
            keys = meeting.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
        .at("meeting"),
    );
    doc.insert("meeting".into(), Value::Object(meeting));
    if !closing.is_empty() {
        doc.insert("closing".into(), Value::String(ctx.body_text(&text_value(&closing.join(" ")))));
    }
}

/// A giấy giới thiệu's body (Mẫu 1.8), by its labels: `Ông (bà)`, `Chức
/// vụ:`, `Được cử đến:`, `Về việc:`, vanban's request sentence, `Giấy
/// này có giá trị đến hết ngày …`. A PDF's reader may have run them into
/// one paragraph; they are found in the text as one.
fn giay_gioi_thieu_body(body: &[Line], doc: &mut Map<String, Value>, ctx: &mut Ctx) {
    let all = body.iter().map(|l| plain(&l.text)).collect::<Vec<_>>().join(" ");
    const LABELS: [&str; 6] = [
        "Ông (bà)",
        "Chức vụ:",
        "Được cử đến:",
        "Về việc:",
        "Đề nghị Quý cơ quan tạo điều kiện",
        "Giấy này có giá trị đến hết",
    ];
    let mut found: Vec<(usize, usize)> =
        LABELS.iter().enumerate().filter_map(|(k, l)| all.find(l).map(|at| (at, k))).collect();
    found.sort();
    let field = |k: usize| -> Option<String> {
        let n = found.iter().position(|f| f.1 == k)?;
        let start = found[n].0 + LABELS[k].len();
        let end = found.get(n + 1).map_or(all.len(), |f| f.0);
        Some(all[start..end].trim().to_string())
    };
    let mut put = |key: &str, k: usize, placeholder: &str, ctx: &mut Ctx| match field(k) {
        Some(v) => {
            doc.insert(
                key.into(),
                Value::String(ctx.body_text(&text_value(vn::text::strip_end_punctuation(&v)))),
            );
        }
        None if placeholder.is_empty() => {}
        None => {
            ctx.notes.push(Note::check(crate::t!("import-label-missing", label = LABELS[k])).at(key));
            doc.insert(key.into(), Value::String(placeholder.into()));
        }
    };
    put("person", 0, "<<họ và tên>>", ctx);
    put("position", 1, "", ctx);
    put("sent_to", 2, "<<nơi được cử đến>>", ctx);
    put("title", 3, "<<về việc>>", ctx);
    static UNTIL: OnceLock<Regex> = OnceLock::new();
    let until = field(5)
        .and_then(|v| {
            regex(&UNTIL, r"^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
                .captures(&v)
                .map(|c| (c[1].parse(), c[2].parse(), c[3].parse()))
        })
        .and_then(|(d, m, y)| chrono::NaiveDate::from_ymd_opt(y.ok()?, m.ok()?, d.ok()?));
    let until = until.unwrap_or_else(|| {
        ctx.notes.push(Note::check(crate::t!("import-no-valid-until")).at("valid_until"));
        chrono::NaiveDate::from_ymd_opt(ctx.year.unwrap_or(2000), 12, 31).unwrap_or_default()
    });
    doc.insert("valid_until".into(), Value::String(until.format("%Y-%m-%d").to_string()));
    if let Some(intro) = found
        .first()
        .map(|f| all[..f.0].trim())
        .filter(|t| !t.is_empty() && !t.ends_with("trân trọng giới thiệu:"))
    {
        ctx.notes.push(Note::check(crate::t!("import-intro-left-out", text = intro)).at("person"));
    }
    ctx.notes.push(Note::recognised(crate::t!("import-introduction-found")).at("person"));
}

/// `08 giờ 00 phút, ngày 22 tháng 4 năm 2026` as a biên bản's moment.
fn moment(text: &str) -> Option<(String, Option<chrono::NaiveDate>)> {
    static M: OnceLock<Regex> = OnceLock::new();
    let c = regex(
        &M,
        r"^(\d{1,2}) giờ (\d{1,2})(?: phút)?(?:,? (?:ngày )?(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))?",
    )
    .captures(text.trim())?;
    let time = format!("{:02}:{:02}", c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
    let date = match (c.get(3), c.get(4), c.get(5)) {
        (Some(d), Some(m), Some(y)) => chrono::NaiveDate::from_ymd_opt(
            y.as_str().parse().ok()?,
            m.as_str().parse().ok()?,
            d.as_str().parse().ok()?,
        ),
        _ => None,
    };
    Some((time, date))
}

/// A biên bản's body (Mẫu 1.9): when it opened, where, who attended,
/// chaired and wrote it, `Nội dung:`, `… kết thúc vào …`; then the thư ký
/// and the chủ tọa signing side by side. Returns the chủ tọa's block.
fn bien_ban_body(
    body: &[Line],
    signer_lines: &[&Line],
    doc: &mut Map<String, Value>,
    ctx: &mut Ctx,
) -> Option<Value> {
    static END: OnceLock<Regex> = OnceLock::new();
    let end_re = regex(&END, r"^(Cuộc họp|Hội nghị|Hội thảo) kết thúc vào (.+?)\.?$");
    let end = body.iter().rposition(|l| end_re.is_match(&plain(&l.text)));
    let details_end = end.unwrap_or(body.len());
    let value = |t: &str, ctx: &Ctx| ctx.body_text(&text_value(vn::text::strip_end_punctuation(t.trim())));
    let mut attendees = Vec::new();
    let mut content_from = None;
    let mut in_attendees = false;
    let mut opened_date = None;
    for (k, l) in body[..details_end].iter().enumerate() {
        let t = plain(&l.text);
        if let Some(rest) = t.strip_prefix("Thời gian bắt đầu:") {
            match moment(rest) {
                Some((time, date)) => {
                    opened_date = date;
                    let mut m = json!({"time": time});
                    if let Some(d) = date {
                        m["date"] = Value::String(d.format("%Y-%m-%d").to_string());
                    }
                    doc.insert("opened".into(), m);
                }
                None => {
                    ctx.notes.push(Note::check(crate::t!("import-opened-unread", text = rest)).at("opened"))
                }
            }
        } else if let Some(rest) = t.strip_prefix("Địa điểm:") {
            doc.insert("venue".into(), Value::String(value(rest, ctx)));
        } else if let Some(rest) = t.strip_prefix("Thành phần tham dự:") {
            in_attendees = rest.trim().is_empty();
            if !in_attendees {
                attendees.push(Value::String(value(rest, ctx)));
            }
            continue;
        } else if let (true, Some(item)) = (in_attendees, t.strip_prefix("- ")) {
            attendees.push(Value::String(value(item, ctx)));
            continue;
        } else if let Some(rest) = t.strip_prefix("Chủ trì (chủ tọa):") {
            doc.insert("chair".into(), Value::String(value(rest, ctx)));
        } else if let Some(rest) = t.strip_prefix("Thư ký (người ghi biên bản):") {
            doc.insert("secretary".into(), Value::String(value(rest, ctx)));
        } else if t == "Nội dung:" {
            content_from = Some(k + 1);
            break;
        } else {
            ctx.notes.push(
                Note::check(crate::t!("import-before-content", text = head(&t, 8))).from_source(l.source),
            );
        }
        in_attendees = false;
    }
    doc.insert("attendees".into(), Value::Array(attendees));
    if let Some(d) = opened_date.filter(|_| doc.get("date").is_none_or(Value::is_null)) {
        // The header has no date line: the day it was held.
        doc.insert("date".into(), Value::String(d.format("%Y-%m-%d").to_string()));
    }
    for (key, placeholder) in
        [("venue", "<<địa điểm>>"), ("chair", "<<chủ trì>>"), ("secretary", "<<thư ký>>")]
    {
        if !doc.contains_key(key) {
            ctx.notes.push(Note::check(crate::t!("import-minutes-missing", key = key)).at(key));
            doc.insert(key.into(), Value::String(placeholder.into()));
        }
    }
    if !doc.contains_key("opened") {
        doc.insert("opened".into(), json!({"time": "00:00"}));
        ctx.notes.push(Note::check(crate::t!("import-no-opened")).at("opened"));
    }
    let (mut content, style) =
        blocks(&body[content_from.unwrap_or(details_end).min(details_end)..details_end]);
    ctx.body_value_vec(&mut content);
    if let Some(s) = style.filter(|s| *s != "1.") {
        doc.insert("numbering".into(), Value::String(s.into()));
    }
    doc.insert("content".into(), Value::Array(content));
    let closed = end.and_then(|e| {
        let line = plain(&body[e].text);
        let c = end_re.captures(&line)?;
        let kind = match &c[1] {
            "Hội nghị" => Some("hoi-nghi"),
            "Hội thảo" => Some("hoi-thao"),
            _ => None,
        };
        if let Some(k) = kind {
            doc.insert("kind".into(), Value::String(k.into()));
        }
        moment(&c[2])
    });
    let closed = match closed {
        Some((time, date)) => {
            let mut m = json!({"time": time});
            if let Some(d) = date.filter(|d| Some(*d) != opened_date) {
                m["date"] = Value::String(d.format("%Y-%m-%d").to_string());
            }
            m
        }
        None => {
            ctx.notes.push(Note::check(crate::t!("import-no-closed")).at("closed"));
            json!({"time": "00:00"})
        }
    };
    doc.insert("closed".into(), closed);
    // The two blocks: capitals are their chức vụ, the other lines names,
    // the thư ký's first (on the left).
    let tail: Vec<String> = body[end.map_or(details_end, |e| e + 1)..]
        .iter()
        .chain(signer_lines.iter().copied())
        .map(|l| plain(&l.text))
        .filter(|t| !t.is_empty())
        .collect();
    let titles: Vec<&String> = tail.iter().filter(|t| is_caps(t)).collect();
    let names: Vec<&String> = tail.iter().filter(|t| !is_caps(t)).collect();
    let block = |k: usize, what: &str, ctx: &mut Ctx| {
        let title = titles.get(k).map(|t| office_case(t)).unwrap_or_else(|| {
            ctx.notes.push(Note::check(crate::t!("import-block-title-missing", who = what)).at("signer"));
            "<<chức vụ>>".into()
        });
        let name = names.get(k).map(|n| name_case_person(n)).unwrap_or_else(|| "<<họ và tên>>".into());
        json!({"title": title, "name": name})
    };
    doc.insert("secretary_signer".into(), block(0, "thư ký", ctx));
    let chair = block(1, "chủ tọa", ctx);
    ctx.notes.retain(|n| n.path.as_deref() != Some("signer") || n.kind != super::NoteKind::Recognised);
    ctx.notes.push(Note::recognised(crate::t!("import-minutes-signers-found")).at("secretary_signer"));
    Some(chair)
}

/// A công điện's `<SENDER> điện:` and its addressees (`- …;`), taken off
/// the body's start.
fn cong_dien_head(body: &mut Vec<Line>, doc: &mut Map<String, Value>, ctx: &mut Ctx) {
    let Some(k) = body.iter().take(3).position(|l| plain(&l.text).ends_with(" điện:")) else {
        ctx.notes.push(Note::check(crate::t!("import-no-sender")).at("sender"));
        doc.insert("sender".into(), Value::String("<<người gửi>>".into()));
        doc.insert("to".into(), json!(["<<nơi nhận điện>>"]));
        return;
    };
    let t = plain(&body[k].text);
    let sender = t.trim_end_matches(" điện:").trim();
    doc.insert("sender".into(), Value::String(authority_case(sender)));
    let mut to = Vec::new();
    let mut j = k + 1;
    while j < body.len() && plain(&body[j].text).starts_with("- ") {
        to.push(vn::text::strip_end_punctuation(plain(&body[j].text).trim_start_matches("- ")).to_string());
        j += 1;
    }
    ctx.notes.push(Note::recognised(crate::t!("import-sender-found", count = to.len())).at("sender"));
    doc.insert("to".into(), json!(to));
    body.drain(..j);
}

/// A giấy nghỉ phép's body (Mẫu 1.10), vanban's sentences read back: the
/// request, the person and chức vụ, the leave (duration, from, until,
/// where), what it counts as. The register's trích yếu is not printed.
fn giay_nghi_phep_body(body: &[Line], doc: &mut Map<String, Value>, ctx: &mut Ctx) {
    static G: OnceLock<Regex> = OnceLock::new();
    const D: &str = r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})";
    let all = body.iter().map(|l| plain(&l.text)).collect::<Vec<_>>().join(" ");
    let re = regex(
        &G,
        &format!(
            r"^Xét Đơn đề nghị nghỉ phép (?P<req>{D}) của ông \(bà\) (?P<p1>.+?), .+? cấp cho: Ông \(bà\): (?P<person>.+?) (?:Chức vụ: (?P<pos>.+?) )?Được nghỉ phép trong thời gian (?P<dur>.+?) kể từ (?P<from>{D}) đến hết (?P<until>{D}) tại (?P<at>.+?)\.? Số ngày nghỉ phép nêu trên được tính vào thời gian (?P<counted>.+?)\.?$"
        ),
    );
    let date = |t: &str| parse_date(t.trim_start_matches("ngày ").trim()).map(|(d, _)| d);
    let Some(c) = re.captures(&all) else {
        ctx.notes.push(Note::check(crate::t!("import-leave-unread")).at("person"));
        let today =
            chrono::NaiveDate::from_ymd_opt(ctx.year.unwrap_or(2000), 1, 1).unwrap_or_default().to_string();
        for (k, v) in [
            ("person", "<<họ và tên>>".to_string()),
            ("request_date", today.clone()),
            ("from", today.clone()),
            ("until", today),
            ("at", "<<nơi nghỉ>>".into()),
            ("counted_as", "<<nghỉ hằng năm>>".into()),
        ] {
            doc.insert(k.into(), Value::String(v));
        }
        return;
    };
    let text = |v: &str, ctx: &Ctx| ctx.body_text(&text_value(v.trim()));
    doc.insert("person".into(), Value::String(c["person"].to_string()));
    if let Some(p) = c.name("pos") {
        doc.insert("position".into(), Value::String(text(p.as_str(), ctx)));
    }
    let days = |k: &str| date(&c[k]).map(|d| d.format("%Y-%m-%d").to_string());
    for k in ["request_date", "from", "until"] {
        let key = if k == "request_date" { "req" } else { k };
        doc.insert(k.into(), days(key).map_or(Value::Null, Value::String));
    }
    // `05 ngày`, the calendar days, is vanban's default.
    let default = match (date(&c["from"]), date(&c["until"])) {
        (Some(f), Some(u)) => format!("{:02} ngày", (u - f).num_days() + 1),
        _ => String::new(),
    };
    if c["dur"] != default {
        doc.insert("duration".into(), Value::String(text(&c["dur"], ctx)));
    }
    doc.insert("at".into(), Value::String(text(&c["at"], ctx)));
    doc.insert("counted_as".into(), Value::String(text(&c["counted"], ctx)));
    let title = format!("Cấp giấy nghỉ phép cho ông (bà) {}", &c["person"]);
    doc.insert("title".into(), Value::String(title));
    ctx.notes.push(Note::check(crate::t!("import-leave-title")).at("title"));
    ctx.notes.push(Note::recognised(crate::t!("import-leave-found")).at("person"));
}

/// A hợp đồng's (bản thỏa thuận's) body: the paragraph before the
/// parties, `BÊN A: …` and `BÊN B: …` with their lines, the sentence
/// before the Điều, the Điều, the closing paragraph (ending `./.`); then
/// `ĐẠI DIỆN BÊN A` and `ĐẠI DIỆN BÊN B` side by side. Returns Bên A's
/// signer.
fn thoa_thuan_body(body: &[Line], doc: &mut Map<String, Value>, ctx: &mut Ctx) -> Option<Value> {
    static PARTY: OnceLock<Regex> = OnceLock::new();
    static LABELLED: OnceLock<Regex> = OnceLock::new();
    let party_re = regex(&PARTY, r"^(BÊN [AB](?: \([^)]*\))?):\s*(.+)$");
    let labelled = regex(&LABELLED, r"^[^:]{1,40}: \S");
    let texts: Vec<String> = body.iter().map(|l| plain(&l.text)).collect();
    let a = texts.iter().position(|t| t.starts_with("BÊN A"));
    let b = texts.iter().position(|t| t.starts_with("BÊN B"));
    let first_article = body.iter().position(|l| article_label(&l.text).is_some()).unwrap_or(body.len());
    let end = texts.iter().rposition(|t| t.ends_with("./.")).unwrap_or(body.len().saturating_sub(1));
    let value = |t: &str, ctx: &Ctx| ctx.body_text(&text_value(t.trim()));
    let preamble: Vec<&str> = texts[..a.unwrap_or(0)].iter().map(String::as_str).collect();
    if !preamble.is_empty() {
        doc.insert("preamble".into(), Value::String(value(&preamble.join(" "), ctx)));
    }
    let party = |from: Option<usize>,
                 to: usize,
                 ctx: &mut Ctx,
                 who: &str|
     -> (Map<String, Value>, Vec<String>) {
        let mut m = Map::new();
        let Some(k) = from.filter(|&k| k < to) else {
            ctx.notes.push(Note::check(crate::t!("import-party-missing", who = who)).at(if who == "BÊN A" {
                "party_a"
            } else {
                "party_b"
            }));
            m.insert("name".into(), Value::String("<<tên>>".into()));
            return (m, Vec::new());
        };
        let (label, name) = match party_re.captures(&texts[k]) {
            Some(c) => (c[1].to_string(), c[2].to_string()),
            None => {
                (who.to_string(), texts[k].trim_start_matches(who).trim_start_matches(':').trim().to_string())
            }
        };
        if label != who {
            m.insert("label".into(), Value::String(vn::text::capitalize_first(&label.to_lowercase())));
        }
        m.insert("name".into(), Value::String(value(&name, ctx)));
        (m, texts[k + 1..to].to_vec())
    };
    let (mut party_a, lines_a) = party(a, b.unwrap_or(first_article), ctx, "BÊN A");
    let (mut party_b, mut lines_b) = party(b, first_article, ctx, "BÊN B");
    // The sentence before the Điều (`Hai bên thống nhất … sau:`).
    if lines_b.last().is_some_and(|t| !labelled.is_match(t)) {
        let agreement = lines_b.pop().unwrap_or_default();
        doc.insert("agreement".into(), Value::String(value(&agreement, ctx)));
    }
    for (p, lines) in [(&mut party_a, lines_a), (&mut party_b, lines_b)] {
        if !lines.is_empty() {
            p.insert(
                "lines".into(),
                Value::Array(lines.iter().map(|l| Value::String(value(l, ctx))).collect()),
            );
        }
    }
    // The closing paragraph, unless the `./.` ends the last Điều.
    let mut article_lines: Vec<Line> =
        body[first_article..=end.max(first_article).min(body.len().saturating_sub(1))].to_vec();
    if let Some(last) = article_lines.last_mut() {
        last.text = last.text.trim_end().trim_end_matches("/.").to_string();
    }
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = regex(&ITEM, r"^(?:\d{1,2}\.|[a-zđ]\))\s");
    let last_is_closing = article_lines.len() > 1
        && article_lines
            .last()
            .is_some_and(|l| article_label(&l.text).is_none() && !item.is_match(&plain(&l.text)) && !l.bold)
        && article_lines.len() >= 2;
    if last_is_closing && let Some(c) = article_lines.pop() {
        doc.insert("closing".into(), Value::String(value(&c.text, ctx)));
    }
    let mut articles: Vec<Value> = articles(&article_lines).into_iter().map(Value::Object).collect();
    ctx.body_value_vec(&mut articles);
    ctx.notes
        .push(Note::recognised(crate::t!("import-contract-found", count = articles.len())).at("articles"));
    // The signers: `ĐẠI DIỆN …` lines lead them; capitals are chức vụ,
    // the other lines names; Bên A's first.
    let tail: Vec<&String> =
        texts[(end + 1).min(texts.len())..].iter().filter(|t| !t.starts_with("ĐẠI DIỆN")).collect();
    let titles: Vec<&&String> = tail.iter().filter(|t| is_caps(t)).collect();
    let names: Vec<&&String> = tail.iter().filter(|t| !is_caps(t)).collect();
    let block = |k: usize, ctx: &mut Ctx| {
        let title = titles.get(k).map(|t| office_case(t)).unwrap_or_else(|| {
            ctx.notes.push(Note::check(crate::t!("import-contract-title-missing")).at("signer"));
            "<<chức vụ>>".into()
        });
        let name = names.get(k).map(|n| name_case_person(n)).unwrap_or_else(|| "<<họ và tên>>".into());
        json!({"title": title, "name": name})
    };
    party_b.insert("signer".into(), block(1, ctx));
    let signer_a = block(0, ctx);
    doc.insert("party_a".into(), Value::Object(party_a));
    doc.insert("party_b".into(), Value::Object(party_b));
    doc.insert("articles".into(), Value::Array(articles));
    ctx.notes.retain(|n| n.path.as_deref() != Some("signer") || n.kind != super::NoteKind::Recognised);
    Some(signer_a)
}

/// `Chương I` alone on its line: the chương's number.
fn chuong(text: &str) -> Option<String> {
    static C: OnceLock<Regex> = OnceLock::new();
    let t = plain(text);
    regex(&C, &format!(r"^(?:Chương|CHƯƠNG) ({ROMAN}|\d+)$")).captures(&t).map(|c| c[1].to_string())
}

/// A văn bản in Chương and Điều (a quy chế, a quy định): each Chương with
/// its title (the capitals under it), each Điều with its title, khoản
/// `1.` as numbered paragraphs, điểm `a)` under their khoản, other
/// paragraphs as written. The numbering: `[Chương, Điều]`, or `[Điều]`.
fn chuong_dieu(lines: &[Line]) -> (Vec<Value>, Vec<&'static str>) {
    static K: OnceLock<Regex> = OnceLock::new();
    static P: OnceLock<Regex> = OnceLock::new();
    let khoan = regex(&K, r"^(\d{1,2})\.\s+(.+)$");
    let diem = regex(&P, r"^([a-zđ])\)\s+(.+)$");
    let mut chuongs: Vec<Map<String, Value>> = Vec::new();
    let mut dieus: Vec<Map<String, Value>> = Vec::new();
    let mut any_chuong = false;
    let flush = |dieus: &mut Vec<Map<String, Value>>, chuongs: &mut Vec<Map<String, Value>>| {
        if let Some(c) = chuongs.last_mut() {
            let list: Vec<Value> = dieus.drain(..).map(Value::Object).collect();
            c.insert("content".into(), Value::Array(list));
        }
    };
    let mut k = 0;
    while k < lines.len() {
        let l = &lines[k];
        let t = plain(&l.text);
        if chuong(&l.text).is_some() {
            flush(&mut dieus, &mut chuongs);
            any_chuong = true;
            let mut title = Vec::new();
            while k + 1 < lines.len()
                && is_caps(&plain(&lines[k + 1].text))
                && article_label(&lines[k + 1].text).is_none()
            {
                title.push(plain(&lines[k + 1].text));
                k += 1;
            }
            let mut c = Map::new();
            c.insert(
                "title".into(),
                Value::String(vn::text::capitalize_first(&title.join(" ").to_lowercase())),
            );
            chuongs.push(c);
        } else if let Some((_, _, rest)) = article_label(&l.text) {
            let mut d = Map::new();
            d.insert("title".into(), Value::String(text_value(&plain(&rest))));
            d.insert("content".into(), Value::Array(Vec::new()));
            dieus.push(d);
        } else if let Some(Value::Array(content)) = dieus.last_mut().and_then(|d| d.get_mut("content")) {
            if let Some(table) = &l.table {
                // A Điều's content takes a table as any text body does.
                content.push(table_value(table));
                continue;
            }
            let raw = l.text.trim();
            if let Some(c) = khoan.captures(&t) {
                let text = raw
                    .split_once(' ')
                    .map(|(_, r)| r.trim())
                    .filter(|r| plain(r) == c[2].trim())
                    .unwrap_or(&c[2]);
                content.push(json!({"text": text_value(text)}));
            } else if let (Some(c), Some(Value::Object(last))) = (diem.captures(&t), content.last_mut()) {
                let points = last.entry("content").or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(p) = points {
                    p.push(json!({"text": text_value(&c[2])}));
                }
            } else {
                content.push(Value::String(text_value(raw)));
            }
        }
        k += 1;
    }
    if any_chuong {
        flush(&mut dieus, &mut chuongs);
        (chuongs.into_iter().map(Value::Object).collect(), vec!["Chương", "Điều"])
    } else {
        (dieus.into_iter().map(Value::Object).collect(), vec!["Điều"])
    }
}

#[cfg(test)]
mod tests {
    use super::{admin_unit, annex_title_case, typed_rule};
    use serde_json::{Value, json};

    /// A table as a reader finds it: STT, Nội dung, Kinh phí; I/1/a rows,
    /// `bold` naming the rows set in bold; the `Tổng cộng` row last.
    fn budget(ii: &str, total: &str, bold: &[usize]) -> Value {
        let rows: Vec<Vec<String>> = [
            ["I", "Xây dựng hạ tầng", "500"],
            ["1", "Đường giao thông", "300"],
            ["a", "Đường thôn Đồng Lớn", "180"],
            ["b", "Đường thôn Bản Lốc", "120"],
            ["2", "Nhà văn hóa", "200"],
            ["II", "Hỗ trợ sản xuất", ii],
            ["1", "Giống cây trồng", "90"],
            ["2", "Phân bón", "60"],
            ["", "Tổng cộng", total],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        let t = crate::import::TableLines {
            header: ["STT", "Nội dung", "Kinh phí"].iter().map(|h| (h.to_string(), Vec::new())).collect(),
            bold: (0..rows.len()).map(|r| bold.contains(&r) || r == 8).collect(),
            rows,
            size: None,
            blank_rows: 0,
        };
        let mut v = super::table_value(&t);
        super::computed_total(&mut v);
        v["table"].take()
    }

    /// A printed line ending at `;` goes on when the line right under it
    /// starts in lower case; not across a blank line, nor before a capital.
    #[test]
    fn a_text_line_ending_at_a_semicolon_goes_on_in_lower_case() {
        let first = "- Tham mưu huy động các nguồn lực hợp pháp để thực hiện Chương trình;";
        let next = "hướng dẫn lồng ghép, sử dụng hiệu quả các nguồn vốn.";
        let joined = |text: &str| {
            let lines = crate::import::text::parse(text);
            let mut notes = Vec::new();
            super::join_continuations(&lines, &mut notes, crate::import::Format::Text)
                .into_iter()
                .map(|l| l.text)
                .collect::<Vec<_>>()
        };
        assert_eq!(joined(&format!("{first}\n{next}\n")), [format!("{first} {next}")]);
        assert_eq!(joined(&format!("{first}\n\n{next}\n")), [first, next]);
        let capital = "Hướng dẫn lồng ghép, sử dụng hiệu quả các nguồn vốn.";
        assert_eq!(joined(&format!("{first}\n{capital}\n")), [first, capital]);
    }

    #[test]
    fn a_table_in_levels_comes_back_with_its_sums_blank_where_they_add_up() {
        let t = budget("150", "650", &[0, 1, 5]);
        assert_eq!(t["levels"], json!(["I", "1", "a"]));
        let figures: Vec<&Value> = t["rows"].as_array().unwrap().iter().map(|r| &r[2]).collect();
        assert_eq!(
            figures,
            [
                &Value::Null,
                &Value::Null,
                &json!("180"),
                &json!("120"),
                &json!("200"),
                &Value::Null,
                &json!("90"),
                &json!("60")
            ]
        );
        assert_eq!(t["total"]["values"], json!([null, null, null]));
    }

    #[test]
    fn a_parents_figure_that_is_not_the_sum_of_its_rows_stays_as_printed() {
        // II: 90 + 60 is 150, not 160; the total then is 660, not 650.
        let t = budget("160", "650", &[0, 1, 5]);
        assert_eq!(t["levels"], json!(["I", "1", "a"]));
        assert_eq!((&t["rows"][0][2], &t["rows"][1][2]), (&Value::Null, &Value::Null));
        assert_eq!(t["rows"][5][2], json!("160"));
        assert_eq!(t["total"]["values"], json!([null, null, "650"]));
    }

    #[test]
    fn only_the_top_level_in_bold_is_levels_when_every_parent_is_its_rows_sum() {
        // `I` and `II` bold, `1` not (probe 8's office table): the sums add
        // up, so the levels are the table's own.
        let t = budget("150", "650", &[0, 5]);
        assert_eq!(t["levels"], json!(["I", "1", "a"]));
        assert_eq!(
            (&t["rows"][0][2], &t["rows"][1][2], &t["rows"][5][2]),
            (&Value::Null, &Value::Null, &Value::Null)
        );
        // One parent's figure not its rows' sum: read flat, as printed.
        let t = budget("160", "660", &[0, 5]);
        assert_eq!(t.get("levels"), None);
        assert_eq!(t["rows"][5][2], json!("160"));
    }

    #[test]
    fn labels_in_levels_without_their_parents_in_bold_are_no_levels() {
        // No row bold; or a row bold that has no rows under it (`a`); or
        // only the top level bold with a parent that is not its rows' sum.
        for (bold, ii) in [(&[][..], "150"), (&[0, 1, 2, 5], "150"), (&[0, 5], "160")] {
            let t = budget(ii, "650", bold);
            assert_eq!(t.get("levels"), None, "{bold:?}");
            assert_eq!(t["rows"][0][2], json!("500"), "{bold:?}");
        }
    }

    #[test]
    fn a_typed_rule_is_only_rule_characters() {
        for rule in ["———", "______", "-----", "─────────", "━━━", "= = = ="] {
            assert!(typed_rule(rule), "{rule}");
        }
        for text in ["--", "- Lưu: VT.", "…………", "......", "Số: 45/KH-UBND", "— UBND —"] {
            assert!(!typed_rule(text), "{text}");
        }
    }

    #[test]
    fn an_administrative_unit_opens_a_communes_second_line() {
        for name in ["XÃ HÒA BÌNH", "xã Ngọc Liên", "THỊ TRẤN PHONG SƠN", "Quận 3", "PHƯỜNG 12"]
        {
            assert!(admin_unit(name), "{name}");
        }
        for name in ["BAN CHỈ ĐẠO", "PHÒNG NỘI VỤ", "UBND HUYỆN BÁ THƯỚC", "HỘI ĐỒNG NHÂN DÂN"]
        {
            assert!(!admin_unit(name), "{name}");
        }
    }

    #[test]
    fn a_phu_lucs_title_comes_back_in_sentence_case() {
        for (caps, written) in [
            (
                "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2026",
                "Dự toán kinh phí thực hiện Kế hoạch phát triển du lịch cộng đồng năm 2026",
            ),
            ("DANH SÁCH CÁC THÔN THỤ HƯỞNG NĂM 2026", "Danh sách các thôn thụ hưởng năm 2026"),
            (
                "KINH PHÍ THEO QUYẾT ĐỊNH SỐ 12/QĐ-UBND CỦA UBND XÃ NGỌC LIÊN",
                "Kinh phí theo Quyết định số 12/QĐ-UBND của UBND xã Ngọc Liên",
            ),
            // A kế hoạch named by no document stays lower case.
            ("CHỈ TIÊU KẾ HOẠCH NĂM 2026", "Chỉ tiêu kế hoạch năm 2026"),
            ("KẾ HOẠCH VỐN NĂM 2026", "Kế hoạch vốn năm 2026"),
        ] {
            assert_eq!(annex_title_case(caps), written, "{caps}");
        }
    }
}
