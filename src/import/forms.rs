//! The body of a form (mẫu) as its blocks (`src/model/form.rs`), from the
//! lines under its title, as vanban prints them (PDF, DOCX) and as offices
//! type them in Word:
//!
//! - a label followed by a run of dots (`.` or `…`) is a `field`; two to
//!   four such on one line are `fields`; a line of dots alone is an
//!   empty `field`;
//! - lines opening with a box (`☐`, `□`; the PDF and DOCX readers turn
//!   vanban's drawn boxes into `☐`) are `checkboxes`, one a line; boxes
//!   after a label on one line are `{label, items}`;
//! - `<place>, ngày … tháng … năm …` with dots for the date is a
//!   `date_line` (dots for the place: an empty one);
//! - bold titles in capitals side by side, each with its `(Ký, …)` note
//!   under it (row by row from a PDF, cell by cell from Word's borderless
//!   table) are `signatures`;
//! - a table is a `table`: its filled rows `rows`, the empty rows after
//!   them `blank_rows`.
//!
//! Anything else stays a `text` paragraph, as written: no word is lost.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value, json};

use super::recognize::{is_caps, name_case, plain};
use super::{Line, TableLines};
use crate::limits::FORM_MAX_BLANK_ROWS;

/// The note vanban prints under a form signer's title when none is given.
const SIGNER_NOTE: &str = "(Ký, ghi rõ họ tên)";

/// Signers a form's signature grid sets side by side (as `form-shape`).
const SIGNERS: std::ops::RangeInclusive<usize> = 2..=4;

/// Fill-in fields one line holds (as `form-shape`).
const FIELDS: std::ops::RangeInclusive<usize> = 1..=4;

/// A dot leader: at least this many dots (`…` counts three).
const MIN_DOTS: usize = 5;

/// The boxes a form's tick boxes are typed or read as.
const BOXES: [char; 2] = ['☐', '□'];

/// The blocks of a form's body. `table` turns a table read into the
/// model's table (`columns`, `rows`, …); `text` makes any string the YAML's
/// (the document's year as `{{ year }}`, citations).
///
/// `said` is told what the report should say: each table whose empty rows
/// were more than [`FORM_MAX_BLANK_ROWS`], each date line kept as text.
pub(super) fn blocks(
    lines: &[Line],
    table: &dyn Fn(&TableLines) -> Value,
    text: &mut dyn FnMut(&str) -> String,
    said: &mut dyn FnMut(Said),
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let line = &lines[k];
        if let Some(t) = &line.table {
            out.push(match signatures_in_table(t) {
                Some(signers) => signatures_value(&signers, text),
                None => form_table(t, table, text, said),
            });
            k += 1;
            continue;
        }
        if let Some((signers, used)) = signatures(&lines[k..]) {
            out.push(signatures_value(&signers, text));
            k += used;
            continue;
        }
        let t = plain(&line.text);
        if let Some(place) = date_line(&t) {
            out.push(json!({"date_line": text(&place)}));
        } else if t.starts_with(BOXES)
            && !t[t.char_indices().nth(1).map_or(t.len(), |(i, _)| i)..].contains(BOXES)
        {
            // One box a line, as long as lines open with one.
            let mut items = Vec::new();
            while k < lines.len() && lines[k].table.is_none() {
                let t = plain(&lines[k].text);
                let Some(rest) = t.strip_prefix(BOXES) else { break };
                if rest.contains(BOXES) || rest.trim().is_empty() {
                    break;
                }
                items.push(Value::String(text(rest.trim())));
                k += 1;
            }
            out.push(json!({ "checkboxes": items }));
            continue;
        } else if let Some((label, items)) = boxes_on_a_line(&t) {
            let items: Vec<Value> = items.iter().map(|i| Value::String(text(i))).collect();
            match label {
                Some(label) => out.push(json!({"checkboxes": {"label": text(&label), "items": items}})),
                None => out.push(json!({ "checkboxes": items })),
            }
        } else if let Some(labels) = fields(&t) {
            let mut labels: Vec<Value> = labels.iter().map(|l| Value::String(text(l))).collect();
            out.push(if labels.len() == 1 {
                json!({"field": labels.remove(0)})
            } else {
                json!({ "fields": labels })
            });
        } else {
            if let Some(year) = date_line_with_year(&t) {
                said(Said::YearTyped(t.clone(), year));
            }
            out.push(json!({"text": text(line.text.trim())}));
        }
        k += 1;
    }
    out
}

/// A form's line that stands alone: tick boxes in it, or a dot leader at
/// its end (a fill-in line). No paragraph runs on from or into it.
pub(super) fn own_line(text: &str) -> bool {
    let dots: usize = text
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | '…') || c.is_whitespace())
        .map(|c| if c == '…' { 3 } else { usize::from(c == '.') })
        .sum();
    text.contains(BOXES) || dots >= MIN_DOTS
}

/// The labels of a line of fill-in fields: each label (its colon, which
/// vanban adds, taken off) followed by a dot leader, the line ending with
/// one; a line of dots alone is one empty label. A label ending in neither
/// `:` nor `.`/`?` (`Tôi tên là ……`) would print with a colon added: the
/// line is not fields.
///
/// `Ngày sinh: ........ Giới tính: ……` → `["Ngày sinh", "Giới tính"]`.
fn fields(line: &str) -> Option<Vec<String>> {
    static LEADER: OnceLock<Regex> = OnceLock::new();
    // A run of dots, spaces inside it (Word's leaders, typed runs `… …`).
    let leader = LEADER.get_or_init(|| Regex::new(r"[.…]+(?:\s*[.…]+)*").expect("valid regex"));
    let dots = |s: &str| s.chars().map(|c| if c == '…' { 3 } else { usize::from(c == '.') }).sum::<usize>();
    let mut labels = Vec::new();
    let mut from = 0;
    for m in leader.find_iter(line) {
        if dots(m.as_str()) < MIN_DOTS {
            continue;
        }
        let label = line[from..m.start()].trim();
        if !label.is_empty() && !label.ends_with([':', '.', '?']) {
            return None;
        }
        let label = label.strip_suffix(':').unwrap_or(label).trim_end();
        if label.is_empty() && !(from == 0 && m.end() == line.len()) {
            return None;
        }
        labels.push(label.to_string());
        from = m.end();
    }
    (from == line.len() && FIELDS.contains(&labels.len())).then_some(labels)
}

/// `Ngọc Liên, ngày …… tháng …… năm ……` → `Ngọc Liên`; dots for the
/// place → an empty place.
fn date_line(line: &str) -> Option<String> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    let re = DATE.get_or_init(|| {
        Regex::new(r"^(.*?),\s*ngày\s*[.…]+\s*tháng\s*[.…]+\s*năm\s*[.…]+$").expect("valid regex")
    });
    let place = re.captures(line)?.get(1)?.as_str().trim();
    if place.chars().all(|c| c == '.' || c == '…' || c.is_whitespace()) {
        return Some(String::new());
    }
    (!place.contains(['.', '…'])).then(|| place.to_string())
}

/// What a form's blocks leave for the report to say.
pub(super) enum Said {
    /// A table's empty rows past [`FORM_MAX_BLANK_ROWS`]: how many it had.
    RowsCut(usize),
    /// A date line with its year typed (the line, the year): vanban's
    /// `date_line` prints dots for the year too, so it stays text.
    YearTyped(String, String),
}

/// `Hòa Bình, ngày …… tháng …… năm 2026` → `2026`: a date line with dots
/// for the day and month and the year typed.
fn date_line_with_year(line: &str) -> Option<String> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    let re = DATE.get_or_init(|| {
        Regex::new(r"^[^.…]*,\s*ngày\s*[.…]+\s*tháng\s*[.…]+\s*năm\s*(\d{4})\.?$").expect("valid regex")
    });
    Some(re.captures(line)?.get(1)?.as_str().to_string())
}

/// Boxes on one line: the label before the first (none when the line opens
/// with one), each item after its box.
fn boxes_on_a_line(line: &str) -> Option<(Option<String>, Vec<String>)> {
    let at = line.find(BOXES)?;
    let label = line[..at].trim();
    let items: Vec<String> =
        line[at..].split(BOXES).map(str::trim).filter(|i| !i.is_empty()).map(str::to_string).collect();
    // Each box has its item.
    if items.len() != line.matches(BOXES).count() || label.contains(['.', '…']) && fields(label).is_some() {
        return None;
    }
    Some(((!label.is_empty()).then(|| label.to_string()), items))
}

/// One signer: title (as written, in capitals), note, name if printed.
struct Signer {
    title: String,
    note: String,
    name: Option<String>,
}

/// A signer's title: a whole line bold, in capitals, no dots.
fn title_line(l: &Line) -> bool {
    let t = plain(&l.text);
    let bold =
        l.bold || l.text.starts_with("**") && l.text.ends_with("**") && l.text.matches("**").count() == 2;
    bold && is_caps(&t) && !t.starts_with('(') && !t.contains(['.', '…']) && t.chars().count() <= 60
}

/// A signer's note: `(Ký, ghi rõ họ tên)` and the like.
fn note_line(l: &Line) -> bool {
    let t = plain(&l.text);
    l.table.is_none() && t.starts_with('(') && t.ends_with(')') && t.chars().count() <= 80
}

/// A signer's name under the signing space: a whole line bold, not in
/// capitals, no dots.
fn name_line(l: &Line) -> bool {
    let t = plain(&l.text);
    let bold =
        l.bold || l.text.starts_with("**") && l.text.ends_with("**") && l.text.matches("**").count() == 2;
    l.table.is_none() && bold && !is_caps(&t) && !note_line(l) && !own_line(&t) && t.chars().count() <= 60
}

/// Where a centred line's middle is, from its left edge and length (a
/// PDF's lines; Word's columns have one edge each).
fn middle(l: &Line) -> f32 {
    l.indent + plain(&l.text).chars().count() as f32 * l.size.unwrap_or(13.0) * 0.25
}

/// Signers from the lines at the start of `lines`: their titles, notes and
/// names row by row (a PDF; each name goes under the title whose column
/// it is centred in), or each title with its note and name (Word's
/// borderless table, cell by cell). The signers and the lines used.
fn signatures(lines: &[Line]) -> Option<(Vec<Signer>, usize)> {
    let titles = lines.iter().take(*SIGNERS.end()).take_while(|l| l.table.is_none() && title_line(l)).count();
    if SIGNERS.contains(&titles)
        && lines.len() >= 2 * titles
        && lines[titles..2 * titles].iter().all(note_line)
    {
        let mut signers: Vec<Signer> = (0..titles)
            .map(|k| Signer {
                title: plain(&lines[k].text),
                note: plain(&lines[titles + k].text),
                name: None,
            })
            .collect();
        let mut used = 2 * titles;
        let names: Vec<&Line> = lines[used..].iter().take(titles).take_while(|l| name_line(l)).collect();
        for l in names {
            let distance = |k: usize| (middle(&lines[k]) - middle(l)).abs();
            let Some(k) = (0..titles).min_by(|&a, &b| distance(a).total_cmp(&distance(b))) else { break };
            if signers[k].name.is_some() {
                break;
            }
            signers[k].name = Some(plain(&l.text));
            used += 1;
        }
        return Some((signers, used));
    }
    let mut signers = Vec::new();
    let mut k = 0;
    while signers.len() < *SIGNERS.end()
        && k + 1 < lines.len()
        && lines[k].table.is_none()
        && title_line(&lines[k])
        && note_line(&lines[k + 1])
    {
        let name = lines.get(k + 2).filter(|l| name_line(l)).map(|l| plain(&l.text));
        let used = 2 + usize::from(name.is_some());
        signers.push(Signer { title: plain(&lines[k].text), note: plain(&lines[k + 1].text), name });
        k += used;
    }
    SIGNERS.contains(&signers.len()).then_some((signers, k))
}

/// Signers in a table of one row read as a header (Word's borderless grid
/// of three or four, its gutters empty): each cell a title and its note.
fn signatures_in_table(t: &TableLines) -> Option<Vec<Signer>> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"^(.+?)\s*(\([^()]*\))(?:\s+([^()]+))?$").expect("valid regex"));
    // Up to three rows (titles, notes, names), as offices type the grid
    // too: each column read top to bottom.
    if t.rows.len() > 2 || t.header.iter().any(|h| !h.1.is_empty()) {
        return None;
    }
    let cells: Vec<String> = (0..t.header.len())
        .map(|k| {
            let column = std::iter::once(t.header[k].0.as_str())
                .chain(t.rows.iter().filter_map(|r| r.get(k)).map(String::as_str));
            plain(&column.collect::<Vec<_>>().join(" "))
        })
        .filter(|c| !c.is_empty())
        .collect();
    let signers: Vec<Signer> = cells
        .iter()
        .filter_map(|c| {
            let m = re.captures(c)?;
            let title = m[1].to_string();
            let name = m.get(3).map(|n| n.as_str().to_string());
            (is_caps(&title) && name.as_deref().is_none_or(|n| !is_caps(n))).then(|| Signer {
                title,
                note: m[2].to_string(),
                name,
            })
        })
        .collect();
    (SIGNERS.contains(&signers.len()) && signers.len() == cells.len()).then_some(signers)
}

fn signatures_value(signers: &[Signer], text: &mut dyn FnMut(&str) -> String) -> Value {
    let list: Vec<Value> = signers
        .iter()
        .map(|s| {
            let mut m = Map::new();
            // `XÁC NHẬN CỦA UBND XÃ NGỌC LIÊN` → `Xác nhận của UBND xã Ngọc Liên`.
            let title = name_case(&s.title, true);
            m.insert("title".into(), Value::String(text(&title)));
            if s.note != SIGNER_NOTE {
                m.insert("note".into(), Value::String(text(&s.note)));
            }
            if let Some(name) = &s.name {
                m.insert("name".into(), Value::String(text(name)));
            }
            Value::Object(m)
        })
        .collect();
    json!({ "signatures": list })
}

/// A form's table: the model's columns and filled rows, the empty rows
/// after them as `blank_rows` (up to [`FORM_MAX_BLANK_ROWS`]). A table the
/// form's cannot hold (a total row) stays a table's text.
fn form_table(
    t: &TableLines,
    table: &dyn Fn(&TableLines) -> Value,
    text: &mut dyn FnMut(&str) -> String,
    said: &mut dyn FnMut(Said),
) -> Value {
    let filled = t.rows.iter().rposition(|r| r.iter().any(|c| !c.trim().is_empty())).map_or(0, |k| k + 1);
    let blank = t.rows.len() - filled + t.blank_rows;
    let rows = TableLines {
        header: t.header.clone(),
        rows: t.rows[..filled].to_vec(),
        bold: t.bold.iter().take(filled).copied().collect(),
        size: t.size,
        blank_rows: 0,
    };
    let mut value = table(&rows);
    let Some(Value::Object(m)) = value.get_mut("table") else { return value };
    if m.contains_key("total") || (filled == 0 && blank == 0) {
        let cells: Vec<String> = t.header.iter().map(|h| h.0.clone()).collect();
        return json!({"text": text(&cells.join(" | "))});
    }
    let mut out = Map::new();
    for key in ["columns", "index_row", "rows"] {
        if let Some(v) = m.remove(key) {
            out.insert(key.into(), v);
        }
    }
    if blank > FORM_MAX_BLANK_ROWS as usize {
        said(Said::RowsCut(blank));
    }
    out.insert("blank_rows".into(), json!(blank.min(FORM_MAX_BLANK_ROWS as usize)));
    json!({ "table": out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_labels_before_dot_leaders() {
        assert_eq!(fields("Họ và tên: ......................"), Some(vec!["Họ và tên".to_string()]));
        assert_eq!(
            fields("Ngày sinh: …………… Giới tính: ……………"),
            Some(vec!["Ngày sinh".to_string(), "Giới tính".to_string()])
        );
        assert_eq!(fields("…………… ……………"), Some(vec![String::new()]));
        assert_eq!(fields("Số: ....../QĐ-UBND"), None);
        assert_eq!(fields("Tháng …… năm 2026"), None);
        assert_eq!(fields("v.v..."), None);
        assert_eq!(fields("Ghi chú: .... xem sau"), None);
        // Printed as a field, it would gain a colon.
        assert_eq!(fields("Tôi tên là ………………"), None);
        assert_eq!(fields("Địa chỉ: ……………, xã ……………"), None);
    }

    #[test]
    fn a_date_line_has_dots_for_its_date() {
        assert_eq!(date_line("Ngọc Liên, ngày …… tháng …… năm ……").as_deref(), Some("Ngọc Liên"));
        assert_eq!(date_line("…………, ngày ..... tháng ..... năm ......").as_deref(), Some(""));
        assert_eq!(date_line("Ngọc Liên, ngày 20 tháng 4 năm 2026"), None);
        // The year typed: not vanban's date line, which prints dots for it.
        assert_eq!(date_line("Hòa Bình, ngày …… tháng …… năm 2026"), None);
        assert_eq!(date_line_with_year("Hòa Bình, ngày …… tháng …… năm 2026").as_deref(), Some("2026"));
        assert_eq!(date_line_with_year("Hòa Bình, ngày 20 tháng 4 năm 2026"), None);
    }

    #[test]
    fn signers_come_from_a_tables_columns() {
        let header = |t: &[&str]| t.iter().map(|t| (t.to_string(), Vec::new())).collect();
        let row = |t: &[&str]| t.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        // vanban's grid of three: one row, gutters empty.
        let one = TableLines {
            header: header(&["NGƯỜI NỘP (Ký, ghi rõ họ tên)", "", "CÁN BỘ (Ký, ghi rõ họ tên) Hà Thị Mai"]),
            rows: Vec::new(),
            ..Default::default()
        };
        let s = signatures_in_table(&one).unwrap();
        assert_eq!((s[0].title.as_str(), s[0].name.as_deref()), ("NGƯỜI NỘP", None));
        assert_eq!((s[1].title.as_str(), s[1].name.as_deref()), ("CÁN BỘ", Some("Hà Thị Mai")));
        // Typed in rows: titles, notes, names.
        let rows = TableLines {
            header: header(&["NGƯỜI NỘP", "CÁN BỘ", "TRƯỞNG THÔN"]),
            rows: vec![row(&["(Ký, ghi rõ họ tên)"; 3]), row(&["", "Hà Thị Mai", ""])],
            ..Default::default()
        };
        let s = signatures_in_table(&rows).unwrap();
        assert_eq!(s.iter().map(|s| s.note.as_str()).collect::<Vec<_>>(), ["(Ký, ghi rõ họ tên)"; 3]);
        assert_eq!(s[1].name.as_deref(), Some("Hà Thị Mai"));
        // A table of data is not.
        let data = TableLines {
            header: header(&["STT", "Nội dung"]),
            rows: vec![row(&["1", "Họp (định kỳ)"])],
            ..Default::default()
        };
        assert!(signatures_in_table(&data).is_none());
    }

    #[test]
    fn boxes_after_a_label_share_its_line() {
        assert_eq!(
            boxes_on_a_line("Hình thức: ☐ Trực tiếp ☐ Qua bưu chính"),
            Some((
                Some("Hình thức:".to_string()),
                vec!["Trực tiếp".to_string(), "Qua bưu chính".to_string()]
            ))
        );
        assert_eq!(boxes_on_a_line("Hình thức: ☐"), None);
    }
}
