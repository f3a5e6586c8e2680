//! Stage 2: NĐ30 and consistency rules over a loaded document. Each rule has
//! an id, a severity, the field it is about and the clause it enforces.
//! Lints never change the document; `render` prints their warnings and
//! `check` lists them all.

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::vn;

/// A lint rule.
pub struct Rule {
    pub id: &'static str,
    /// What the rule checks, for `vanban check --list`.
    pub summary: &'static str,
    pub check: fn(&Loaded, &mut Vec<Diagnostic>),
}

/// Every rule, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        id: "signer-academic-title",
        summary: "no học hàm or học vị (TS., ThS., GS. …) before the signer's name",
        check: signer_academic_title,
    },
    Rule {
        id: "archive-without-vt", summary: "nơi nhận ends with `Lưu: VT, …`", check: archive_without_vt
    },
];

/// Runs every rule.
pub fn lint(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        (rule.check)(loaded, &mut out);
    }
    out
}

fn signer_academic_title(loaded: &Loaded, out: &mut Vec<Diagnostic>) {
    let name = &loaded.document.signer().name;
    if let Some(prefix) = vn::text::title_prefix(name) {
        out.push(
            loaded.at(
                Diagnostic::error(
                    "signer-academic-title",
                    format!("the signer's name starts with the title `{prefix}`"),
                )
                .with_hint("write only the name: NĐ30 puts no học hàm, học vị or danh hiệu before it")
                .with_clause("NĐ30 Phụ lục I, mục II.7.b (ô 7b)"),
                "signer.name",
            ),
        );
    }
}

fn archive_without_vt(loaded: &Loaded, out: &mut Vec<Diagnostic>) {
    if !loaded.document.archive().iter().any(|a| a.trim() == "VT") {
        out.push(
            loaded.at(
                Diagnostic::warning(
                    "archive-without-vt",
                    "the `Lưu:` line of nơi nhận does not name the văn thư (`VT`)",
                )
                .with_hint("write `archive: [VT, <drafting unit>]`")
                .with_clause("NĐ30 Phụ lục I, mục II.9.b"),
                "archive",
            ),
        );
    }
}
