//! What the round trips of `vanban import` share (`tests/import_types.rs`,
//! `tests/import_round_trips.rs`, `tests/import_issued.rs`): a sample
//! loaded, an import that names its input when it fails, the document as
//! the fields it prints, tables as they print, and the comparison that
//! names each field that differs, both ways.

use serde_json::{Value, json};
use vanban::import::{Imported, import_bytes};
use vanban::load::Loaded;

pub fn source(sample: &str) -> Loaded {
    vanban::load::load_file(&super::root().join("data").join(sample)).unwrap()
}

pub fn import(name: &str, bytes: &[u8]) -> Imported {
    match import_bytes(name, bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {name} failed:\n{e}"),
    }
}

/// The document as data, without what is not printed or cannot come
/// back: the ids of the căn cứ (compared where they are used), the
/// certified copy's details (printed only with `--copy`), the signature
/// and seal images, the fields named in `absent`.
pub fn printed(loaded: &Loaded, absent: &[&str]) -> Value {
    let mut v = serde_json::to_value(&loaded.document).unwrap();
    let m = v.as_object_mut().unwrap();
    for k in ["copy", "number_as_issued"].iter().chain(absent) {
        m.remove(*k);
    }
    // `appendices-content`: each phụ lục's label, title and orientation
    // compared, not its content.
    if absent.contains(&"appendices-content")
        && let Some(Value::Array(a)) = m.get_mut("appendices")
    {
        a.iter_mut().for_each(|x| {
            x.as_object_mut().unwrap().remove("content");
        });
    }
    if let Some(Value::Object(s)) = m.get_mut("signer") {
        s.remove("signature");
        s.remove("seal");
    }
    // A căn cứ vanban prints the same from text or from its parts.
    if absent.contains(&"bases-as-printed") {
        let lines: Vec<String> = loaded.document.bases().iter().map(vanban::vn::cite::basis_line).collect();
        m.insert("bases".into(), json!(lines));
    }
    if let Some(Value::Array(bases)) = m.get_mut("bases").filter(|_| !absent.contains(&"bases-as-printed")) {
        for b in bases {
            let b = b.as_object_mut().unwrap();
            b.remove("id");
            if let Some(Value::Array(g)) = b.get_mut("group") {
                g.iter_mut().for_each(|c| {
                    c.as_object_mut().unwrap().remove("id");
                });
            }
        }
    }
    v
}

/// Every table in `v` as it prints: its caption, unit, header, index row,
/// rows (data, group, subtotal, total: their kind and cells as printed)
/// and `Bằng chữ` lines; a form's table, its empty rows too. What a table does not print cannot come back: a
/// column's width (geometry only), `number` or `amount` (printed alike),
/// whether a total was given or summed, a percent given or computed from
/// its `ratio`.
pub fn tables_as_printed(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(t) = m.get_mut("table") {
                // A form's table: its empty rows printed after the rest.
                let blank_rows = t.as_object_mut().unwrap().remove("blank_rows");
                let table: vanban::model::Table = serde_json::from_value(t.clone()).unwrap();
                let mut view = serde_json::to_value(vanban::model::table::resolve(&table).unwrap()).unwrap();
                for k in ["widths", "aligns", "figures", "id", "size"] {
                    view.as_object_mut().unwrap().remove(k);
                }
                if let Some(b) = blank_rows {
                    view.as_object_mut().unwrap().insert("blank_rows".into(), b);
                }
                *t = view;
            } else {
                m.values_mut().for_each(tables_as_printed);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(tables_as_printed),
        _ => {}
    }
}

/// Where two values first differ: the path inside them, and both sides.
pub fn first_difference(got: &Value, want: &Value) -> String {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                let gv = g.get(k).unwrap_or(&Value::Null);
                if gv != wv {
                    return format!(".{k}{}", first_difference(gv, wv));
                }
            }
            format!(":\n  imported {got}\n  source   {want}")
        }
        (Value::Array(g), Value::Array(w)) if g.len() == w.len() => {
            let k = (0..w.len()).find(|&k| g[k] != w[k]).unwrap_or(0);
            format!("[{k}]{}", first_difference(&g[k], &w[k]))
        }
        _ => format!(":\n  imported {got}\n  source   {want}"),
    }
}

/// Equal, or a failure naming each field that differs, both ways.
pub fn same(got: &Value, want: &Value, what: &str, yaml: &str) {
    if got == want {
        return;
    }
    let mut diffs = Vec::new();
    for (k, w) in want.as_object().unwrap() {
        let g = &got[k];
        if g != w {
            diffs.push(format!("{k}{}", first_difference(g, w)));
        }
    }
    for (k, g) in got.as_object().unwrap() {
        if !want.as_object().unwrap().contains_key(k) {
            diffs.push(format!("{k}:\n  imported {g}\n  source   (none)"));
        }
    }
    panic!("{what} differs from the source:\n{}\n--- the YAML:\n{yaml}", diffs.join("\n"));
}

pub fn words(text: &str) -> Vec<String> {
    super::normalize(text).split(' ').map(str::to_string).collect()
}
