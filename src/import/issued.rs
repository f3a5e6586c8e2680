//! The text a quyết định issues (a quy chế, quy định, Kế hoạch …),
//! printed after the decision with a header of its own and the line
//! `(Ban hành kèm theo Quyết định số …)`: cut from the decision's lines,
//! recognised as a document of its own, and named by the decision's
//! `attachment:`, as vanban's model writes the pair (two files).
//!
//! What the issued text does not print (its place, year, nơi nhận and
//! signer: vanban prints it without them) is taken from the decision,
//! each a guess the report names.

use serde_json::{Map, Value};

use super::recognize::{Rest, cut_attachment, plain};
use super::{Line, Note};
use crate::model::DocType;

/// vanban's line under the issued text's title: `(Ban hành kèm theo
/// Quyết định số 12/QĐ-UBND ngày … của …)`.
const ISSUED_BY: &str = "(Ban hành kèm theo";

/// The decision's lines and the issued text's (its header, tên loại,
/// title and body, without the `(Ban hành kèm theo …)` line, which vanban
/// writes from the decision), when the lines hold such a text.
pub fn cut(lines: &[Line]) -> Option<(Vec<Line>, Vec<Line>)> {
    let marker = lines.iter().position(|l| plain(&l.text).starts_with(ISSUED_BY))?;
    let end = (marker..lines.len()).find(|&k| plain(&lines[k].text).ends_with(')'))?;
    // Where its header starts: the second Quốc hiệu and the cơ quan's
    // lines beside it, found as the cut of a printed attachment is.
    let (head, attached) = cut_attachment(lines[..marker].to_vec());
    match attached {
        Some((_, _, Rest::Text | Rest::Forms(_))) => {}
        _ => return None,
    }
    let mut issued: Vec<Line> = lines[head.len()..marker].to_vec();
    issued.extend_from_slice(&lines[end + 1..]);
    // vanban prints it without nơi nhận and signer: an empty nơi nhận ends
    // it (before the forms that follow it), so that its last lines stay
    // its body, not a signer.
    let at = cut_attachment(issued.clone()).0.len();
    let source = issued[..at].last().map_or(0, |l| l.source);
    issued.insert(at, Line { text: "Nơi nhận:".into(), bold: true, ..Line::plain("", source) });
    Some((head, issued))
}

/// The issued text's file: the decision's YAML name with the tên loại's
/// key: `qd-2026.yaml` → `qd-2026-quy-che.yaml`.
pub fn file_name(decision: &str, issued: DocType) -> String {
    let base = std::path::Path::new(decision);
    let stem = base.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{stem}-{}.yaml", issued.key())
}

/// Names the issued text in the decision (`attachment:`, before the nơi
/// nhận as vanban's samples write it).
pub fn name_in(decision: &mut Value, file: &str) {
    let Value::Object(m) = decision else { return };
    let old = std::mem::take(m);
    let mut out = Map::new();
    let mut placed = false;
    for (k, v) in old {
        if k == "attachment" {
            continue;
        }
        if !placed && matches!(k.as_str(), "recipients" | "archive" | "signer") {
            out.insert("attachment".into(), Value::String(file.to_string()));
            placed = true;
        }
        out.insert(k, v);
    }
    if !placed {
        out.insert("attachment".into(), Value::String(file.to_string()));
    }
    *m = out;
}

/// Fills what the issued text does not print from the decision: its
/// place and year (after its số: the recogniser's guesses from the
/// issuer's name give way), its signer (at the end, when none was
/// found). Each field taken is a guess in the report; the empty nơi nhận
/// that ended the text is not reported.
pub fn fill_from(issued: &mut Value, decision: &Value, notes: &mut Vec<Note>) {
    let (Value::Object(m), Value::Object(d)) = (issued, decision) else { return };
    // A signer the import could not find is written with placeholders.
    let unsigned = m.get("signer").is_none_or(|v| v.is_null() || v.to_string().contains("<<"));
    let taken: Vec<(&str, Value)> = ["place", "year", "signer"]
        .into_iter()
        .filter(|k| *k != "signer" || unsigned)
        .filter_map(|k| d.get(k).filter(|v| !v.is_null()).map(|v| (k, v.clone())))
        .collect();
    notes.retain(|n| {
        let at = n.path.as_deref().unwrap_or("");
        at != "recipients" && !taken.iter().any(|(k, _)| *k == at)
    });
    let old = std::mem::take(m);
    let after = ["date", "number", "issuer"].into_iter().find(|k| old.contains_key(*k));
    for (k, v) in old {
        let here = after == Some(k.as_str());
        if !taken.iter().any(|(t, _)| *t == k) {
            m.insert(k, v);
        }
        if here {
            for (k, v) in taken.iter().filter(|(k, _)| *k != "signer") {
                m.insert(k.to_string(), v.clone());
            }
        }
    }
    for (k, v) in &taken {
        if !m.contains_key(*k) {
            m.insert(k.to_string(), v.clone());
        }
        notes.push(Note::guessed(crate::t!("import-issued-from-decision", field = *k)).at(*k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_file_is_named_from_the_decisions_with_the_type() {
        assert_eq!(file_name("qd-2026.yaml", DocType::from_name("quy-che").unwrap()), "qd-2026-quy-che.yaml");
        assert_eq!(file_name("dir/qd.pdf", DocType::KeHoach), "qd-ke-hoach.yaml");
    }

    #[test]
    fn attachment_goes_before_the_noi_nhan() {
        let mut v = json!({"type": "quyet-dinh", "articles": [], "recipients": [], "signer": {}});
        name_in(&mut v, "qd-quy-che.yaml");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["type", "articles", "attachment", "recipients", "signer"]);
    }

    #[test]
    fn what_the_text_does_not_print_comes_from_the_decision() {
        let mut text = json!({"type": "quy-che", "issuer": {}, "number": null, "place": "Xã", "year": 2025,
            "title": "T", "signer": {"title": "<<chức vụ>>", "name": "<<họ và tên>>"}});
        let decision =
            json!({"place": "Ngọc Liên", "year": 2026, "signer": {"title": "Chủ tịch", "name": "A"}});
        let mut notes = vec![Note::check("no signer").at("signer")];
        fill_from(&mut text, &decision, &mut notes);
        assert_eq!(text["place"], "Ngọc Liên");
        assert_eq!(text["year"], 2026);
        assert_eq!(text["signer"]["name"], "A");
        let keys: Vec<&String> = text.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["type", "issuer", "number", "place", "year", "title", "signer"]);
        let paths: Vec<_> = notes.iter().map(|n| (n.kind, n.path.as_deref())).collect();
        use super::super::NoteKind::Guessed;
        assert_eq!(paths, [(Guessed, Some("place")), (Guessed, Some("year")), (Guessed, Some("signer"))]);
    }
}
