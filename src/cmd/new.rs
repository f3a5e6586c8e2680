//! `vanban new`: a commented skeleton of a document, with must-fill
//! placeholders (`<<…>>`) that `render` refuses until they are replaced.

use std::path::{Path, PathBuf};

use clap::Args;
use vanban::model::DocType;

use super::Status;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The document type (`type:` of the YAML): ke-hoach, quyet-dinh,
    /// bao-cao, cong-van, … or its Vietnamese name ("thông báo"); an
    /// unknown one lists them all.
    #[arg(value_name = "TYPE")]
    doc_type: String,
    /// Where to write the skeleton; standard output if absent.
    #[arg(short, long, value_name = "FILE.yaml")]
    output: Option<PathBuf>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
    /// Draft a báo cáo from this Kế hoạch: one section per dự án and nhiệm vụ.
    #[arg(long, value_name = "PLAN.yaml")]
    from: Option<PathBuf>,
}

/// The skeleton of each type in the run's language, its `type:` line naming
/// that type (types sharing a model share a skeleton). Only the `type:` line
/// itself changes, never a comment that mentions a key.
pub fn skeleton(doc_type: DocType) -> std::borrow::Cow<'static, str> {
    let text = doc_type.skeleton();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("type: ") {
            let key = rest.split_whitespace().next().unwrap_or("");
            if key == doc_type.key() {
                break;
            }
            let start = offset + "type: ".len() + rest.find(key).unwrap_or(0);
            let mut owned = text.to_string();
            owned.replace_range(start..start + key.len(), doc_type.key());
            return std::borrow::Cow::Owned(owned);
        }
        offset += line.len();
    }
    std::borrow::Cow::Borrowed(text)
}

pub fn run(args: NewArgs) -> Status {
    let Some(doc_type) = DocType::from_name(&args.doc_type) else {
        let keys: Vec<&str> = DocType::ALL.iter().map(|t| t.key()).collect();
        super::say_error(&vanban::t!(
            "new-unknown-type",
            name = args.doc_type.as_str(),
            types = keys.join(", ")
        ));
        return Status::Usage;
    };
    let (derived, skel);
    let text = match (&args.from, doc_type) {
        (None, _) => {
            skel = skeleton(doc_type);
            &*skel
        }
        (Some(plan), DocType::BaoCao) => match vanban::load::load_file(plan) {
            Ok(loaded) => match &loaded.document {
                vanban::model::Document::KeHoach(k) => {
                    derived = vanban::derive::bao_cao_from(k, &plan.display().to_string());
                    &derived
                }
                other => {
                    // A document, but not a plan: the mistake is in the
                    // document given, so it is said at its `type:`.
                    let d = vanban::diagnostic::Diagnostic::error(
                        "new-from-not-plan",
                        vanban::t!(
                            "new-from-not-plan",
                            path = plan.display().to_string(),
                            kind = other.doc_type().ten_loai()
                        ),
                    )
                    .with_hint(vanban::t!("new-from-not-plan.hint"));
                    let d = loaded.at(d, "type");
                    super::report([&d]);
                    return Status::DocumentErrors;
                }
            },
            Err(errors) => {
                // A file that is not a vanban document at all (any text,
                // `/etc/passwd`) is named, not echoed: its lines are not
                // the user's document.
                let foreign = errors.iter().any(|d| d.code == "not-a-document");
                let errors: Vec<vanban::diagnostic::Diagnostic> = errors
                    .iter()
                    .cloned()
                    .map(|mut d| {
                        if foreign {
                            // `pw.txt:1:1: lỗi[…]`, without the lines.
                            if let (Some(file), Some((line, col))) = (d.file.clone(), d.line_col()) {
                                let name = format!("{}:{line}:{col}", file.name);
                                d = d.with_file(&vanban::diagnostic::SourceFile::new(name, ""));
                            }
                            d.span = None;
                            d.hint = Some(vanban::t!("new-from-not-plan.hint"));
                        }
                        d
                    })
                    .collect();
                super::report(errors.iter());
                return super::status_of(errors.iter());
            }
        },
        (Some(_), _) => {
            super::say_error(&vanban::t!("new-from-only-bao-cao"));
            return Status::Usage;
        }
    };
    let text = format!("{}{text}", schema_line(args.output.as_deref()));
    let Some(path) = args.output else {
        out!("{text}");
        return Status::Ok;
    };
    if path.exists() && !args.force {
        super::say_error(&vanban::t!("cli-file-exists", path = path.display().to_string()));
        return Status::Usage;
    }
    super::write_yaml(&path, &text, &vanban::t!("new-next", path = path.display().to_string()))
}

/// The first line that points editors (yaml-language-server) at the JSON
/// Schema: relative to the new file when a `vanban.schema.json` or
/// `schema/vanban.schema.json` is found in its folder or above, otherwise
/// how to make one.
fn schema_line(output: Option<&Path>) -> String {
    const CANDIDATES: [&str; 2] = ["vanban.schema.json", "schema/vanban.schema.json"];
    let folder = output.map_or(Path::new("."), vanban::output::folder_of);
    let mut up = String::new();
    for ancestor in folder.canonicalize().iter().flat_map(|f| f.ancestors()).take(5) {
        if let Some(found) = CANDIDATES.iter().find(|c| ancestor.join(c).is_file()) {
            return format!("# yaml-language-server: $schema={up}{found}\n#\n");
        }
        up.push_str("../");
    }
    let comment: String = vanban::t!("new-schema-comment").lines().map(|l| format!("# {l}\n")).collect();
    format!("{comment}# # yaml-language-server: $schema=vanban.schema.json\n#\n")
}
