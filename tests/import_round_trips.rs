//! Round trips of `vanban import`: each sample in `data/` rendered by
//! vanban, to PDF and to DOCX, imports back to a document equal to its
//! source on every printed field. Where a field cannot come back from
//! print, the test names it with the reason. (The PDF round trips of the
//! other types are in `tests/import_types.rs`.)

mod common;

use serde_json::Value;
use vanban::import::{Imported, import_bytes};
use vanban::load::Loaded;

fn source(sample: &str) -> Loaded {
    vanban::load::load_file(&common::root().join("data").join(sample)).unwrap()
}

fn import(name: &str, bytes: &[u8]) -> Imported {
    match import_bytes(name, bytes, None) {
        Ok(i) => i,
        Err(e) => panic!("importing {name} failed:\n{e}"),
    }
}

/// The document as data, without what is not printed or cannot come
/// back: the ids of the căn cứ (compared where they are used), the
/// certified copy's details (printed only with `--copy`), the signature
/// and seal images, the fields named in `absent`.
fn printed(loaded: &Loaded, absent: &[&str]) -> Value {
    let mut v = serde_json::to_value(&loaded.document).unwrap();
    let m = v.as_object_mut().unwrap();
    for k in ["copy", "number_as_issued"].iter().chain(absent) {
        m.remove(*k);
    }
    if let Some(Value::Object(s)) = m.get_mut("signer") {
        s.remove("signature");
        s.remove("seal");
    }
    if let Some(Value::Array(bases)) = m.get_mut("bases") {
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

/// Equal, or a failure naming each field that differs, both ways.
fn same(got: &Value, want: &Value, what: &str, yaml: &str) {
    if got == want {
        return;
    }
    let mut diffs = Vec::new();
    for (k, w) in want.as_object().unwrap() {
        let g = &got[k];
        if g != w {
            diffs.push(format!("{k}:\n  imported {g}\n  source   {w}"));
        }
    }
    for (k, g) in got.as_object().unwrap() {
        if !want.as_object().unwrap().contains_key(k) {
            diffs.push(format!("{k}:\n  imported {g}\n  source   (none)"));
        }
    }
    panic!("{what} differs from the source:\n{}\n--- the YAML:\n{yaml}", diffs.join("\n"));
}

fn words(text: &str) -> Vec<String> {
    common::normalize(text).split(' ').map(str::to_string).collect()
}

/// Renders `sample` to PDF and imports it: equal to the source on every
/// printed field but `absent`, and the import renders back the same words.
fn pdf_round_trip(sample: &str, absent: &[&str]) -> Imported {
    let loaded = source(sample);
    let first = common::render_loaded(loaded.clone());
    let imported = import(&sample.replace(".yaml", ".pdf"), &first.pdf);
    same(
        &printed(&imported.loaded, absent),
        &printed(&loaded, absent),
        &format!("{sample}: the PDF's import"),
        &imported.yaml,
    );
    let again = common::render_str("imported.yaml", &imported.yaml).pdf;
    assert_eq!(
        words(&common::pdftotext(&again)),
        words(&common::pdftotext(&first.pdf)),
        "{sample}: the re-rendered text differs"
    );
    imported
}

#[test]
fn a_chi_thi_imports_back_from_its_pdf() {
    pdf_round_trip("chi-thi-ngoc-lien-2026.yaml", &[]);
}

#[test]
fn a_cong_van_imports_back_from_its_pdf() {
    // A `references:` entry prints only where the body cites it
    // (`{{ cite_full("cv455") }}`), as words of the sentence: it comes
    // back as that text, not as an entry.
    let i = pdf_round_trip("cong-van-ngoc-lien-2026.yaml", &["references"]);
    assert!(i.yaml.contains("Thực hiện Công văn số 455/SDTTG-KHTH ngày 14/4/2026 của"), "{}", i.yaml);
}

/// The two bodies of a Kế hoạch liên tịch: the second body's name under
/// the first's in the header, `KHLT-UBND-MTTQ`, the two signer blocks
/// side by side above the nơi nhận.
#[test]
fn a_ke_hoach_lien_tich_imports_back_with_its_two_bodies() {
    let i = pdf_round_trip("ke-hoach-lien-tich-ngoc-lien-2026.yaml", &[]);
    let vanban::model::Document::KeHoach(k) = &i.loaded.document else { panic!("not a Kế hoạch") };
    let joint = k.joint.as_ref().expect("the second body");
    assert_eq!(joint.issuer.abbr, "MTTQ");
    assert_eq!(joint.signer.name, "Lương Thị Hoa");
    assert_eq!(k.signer.name, "Lê Văn Minh");
}
