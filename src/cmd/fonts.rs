//! `vanban fonts`: the fonts vanban can use, and which family documents are
//! set in.

use clap::Args;
use vanban::typeset::Fonts;
use vanban::typeset::fonts::{PREFERRED_FAMILY, origin_text};

use super::{FontArgs, Status};

#[derive(Debug, Args)]
pub struct FontsArgs {
    /// List every font found, not only the Times New Roman candidates and the embedded family.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    fonts: FontArgs,
}

pub fn run(args: FontsArgs) -> Status {
    let fonts = Fonts::new(&args.fonts.options());
    outln!("{}", vanban::t!("fonts-family", family = fonts.family.as_str()));
    for note in &fonts.notes {
        outln!("  {}: {note}", vanban::t!("diag-note"));
    }
    outln!("");
    let mut last_family = String::new();
    for entry in &fonts.entries {
        let family = &entry.info.family;
        let relevant = args.all || family == &fonts.family || family.eq_ignore_ascii_case(PREFERRED_FAMILY);
        if !relevant {
            continue;
        }
        if *family != last_family {
            outln!("{family}");
            last_family = family.clone();
        }
        let missing = entry.missing_vietnamese().len();
        let coverage = vanban::t!("fonts-coverage", missing = missing);
        outln!("  {:<12} {:<22} {}", entry.style_name(), coverage, origin_text(&entry.origin));
    }
    if !args.all {
        let others = fonts.entries.len()
            - fonts
                .entries
                .iter()
                .filter(|e| {
                    e.info.family == fonts.family || e.info.family.eq_ignore_ascii_case(PREFERRED_FAMILY)
                })
                .count();
        if others > 0 {
            outln!("\n{}", vanban::t!("fonts-others", count = others));
        }
    }
    Status::Ok
}
