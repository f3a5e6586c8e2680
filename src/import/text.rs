//! Text input: a `.txt` file (or standard input) holding the document's
//! text as Word or a PDF viewer copies it, one paragraph a line. Markdown
//! a converter may have added is read as style: a line wrapped in `**…**`
//! is bold, in `*…*` italic, `#` heading marks are dropped; bold or
//! italic runs inside a line stay as vanban's inline markup.

use super::Line;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// The lines of a text file, empty lines left out.
pub fn lines(name: &str, bytes: &[u8]) -> Result<Vec<Line>, Diagnostics> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Diagnostics::from(
            Diagnostic::error(
                "import-encoding",
                crate::t!("import-encoding", name = name, offset = e.valid_up_to()),
            )
            .with_hint(crate::t!("import-encoding.hint")),
        )
    })?;
    let text = crate::vn::text::nfc(text.strip_prefix('\u{feff}').unwrap_or(text));
    Ok(parse(&text))
}

/// Splits text into styled lines.
pub fn parse(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    // A bold run opened on one line and closed on a later one (`**KT. CHỦ
    // TỊCH` / `PHÓ CHỦ TỊCH**`): every line of it is bold.
    let mut open_bold = false;
    let mut last_row: Option<usize> = None;
    for (i, raw) in text.lines().enumerate() {
        let mut t = raw.trim().trim_start_matches('#').trim().to_string();
        // (A rule typed as `-----`, `_____`, `=====` goes on: the
        // recogniser leaves it out and says so.)
        if t.is_empty() {
            continue;
        }
        // The page number heading a page (`pdftotext` starts a page with a
        // form feed).
        if raw.starts_with('\u{c}') && t.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut bold = open_bold;
        let mut italic = false;
        if open_bold {
            if let Some(rest) = t.strip_suffix("**")
                && !rest.contains("**")
            {
                t = rest.trim().to_string();
                open_bold = false;
            }
        } else if t.starts_with("**") && !t[2..].contains("**") {
            t = t[2..].trim().to_string();
            bold = true;
            open_bold = true;
        }
        loop {
            if let Some(inner) = wrapped(&t, "***") {
                t = inner;
                bold = true;
                italic = true;
            } else if let Some(inner) = wrapped(&t, "**") {
                t = inner;
                bold = true;
            } else if let Some(inner) = wrapped(&t, "*") {
                t = inner;
                italic = true;
            } else {
                break;
            }
        }
        if t.is_empty() {
            continue;
        }
        // A table row in the `| a | b |` form joins the table above it.
        if let Some(cells) = table_row(&t) {
            let continues =
                last_row.is_some_and(|r| r + 1 == i) && out.last().is_some_and(|l: &Line| l.table.is_some());
            last_row = Some(i);
            match out.last_mut().filter(|_| continues) {
                Some(l) => {
                    let table = l.table.as_mut().expect("a table line");
                    if !cells.iter().all(|c| is_rule(c)) {
                        table.rows.push(cells);
                    }
                }
                None => {
                    let header = cells.into_iter().map(|c| (c, Vec::new())).collect();
                    let table = super::TableLines { header, ..Default::default() };
                    out.push(Line { text: t, source: i + 1, table: Some(table), ..Line::default() });
                }
            }
            continue;
        }
        out.push(Line { text: t, bold, italic, source: i + 1, ..Line::default() });
    }
    out
}

/// `| a | b |`: the cells of a table row, as Markdown writes them.
fn table_row(t: &str) -> Option<Vec<String>> {
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
    (cells.len() >= 2).then_some(cells)
}

/// `---`, `:--:`: the rule under a Markdown table's header.
fn is_rule(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| c == '-' || c == ':')
}

/// The text inside `mark…mark` when the whole line is one such run.
fn wrapped(t: &str, mark: &str) -> Option<String> {
    let inner = t.strip_prefix(mark)?.strip_suffix(mark)?;
    if inner.is_empty() || inner.contains(mark) || inner.starts_with('*') || inner.ends_with('*') {
        return None;
    }
    Some(inner.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_marks_become_style() {
        let lines = parse(
            "**KẾ HOẠCH**\n\n## **I. MỤC TIÊU**\n*b) Kinh phí:*\n***Tiểu dự án 2: X***\nthường (*gọi tắt*) đây\n",
        );
        let got: Vec<(&str, bool, bool, usize)> =
            lines.iter().map(|l| (l.text.as_str(), l.bold, l.italic, l.source)).collect();
        assert_eq!(
            got,
            vec![
                ("KẾ HOẠCH", true, false, 1),
                ("I. MỤC TIÊU", true, false, 3),
                ("b) Kinh phí:", false, true, 4),
                ("Tiểu dự án 2: X", true, true, 5),
                ("thường (*gọi tắt*) đây", false, false, 6),
            ]
        );
    }

    #[test]
    fn a_table_in_the_pipe_form() {
        let lines = parse(
            "Trước bảng:\n| STT | Nội dung | Kinh phí |\n|---|---|--:|\n| 1 | Văn nghệ | 10.000 |\n| 2 | Thể thao | 8.000 |\nSau bảng.\n",
        );
        assert_eq!(lines.len(), 3);
        let t = lines[1].table.as_ref().expect("a table");
        let header: Vec<&str> = t.header.iter().map(|h| h.0.as_str()).collect();
        assert_eq!(header, ["STT", "Nội dung", "Kinh phí"]);
        assert_eq!(t.rows, [["1", "Văn nghệ", "10.000"], ["2", "Thể thao", "8.000"]]);
        assert_eq!((lines[1].source, lines[2].source), (2, 6));
    }

    #[test]
    fn a_bold_run_over_two_lines() {
        let lines = parse("**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n**Phạm Xuân Khánh**");
        assert!(lines.iter().all(|l| l.bold), "{lines:?}");
        assert_eq!(lines[0].text, "KT. CHỦ TỊCH");
        assert_eq!(lines[1].text, "PHÓ CHỦ TỊCH");
    }
}
