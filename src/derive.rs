//! Documents drafted from other documents: the Báo cáo on a Kế hoạch, with
//! one section per dự án, tiểu dự án and nhiệm vụ waiting for its results.

use std::fmt::Write;

use crate::model::{Document, KeHoach, Project};
use crate::rollover::yaml_scalar;
use crate::vn;

/// A YAML report skeleton for `plan`, read from the file named `plan_file`.
pub fn bao_cao_from(plan: &KeHoach, plan_file: &str) -> String {
    let doc = Document::KeHoach(plan.clone());
    let q = yaml_scalar;
    let mut y = String::new();
    let _ = writeln!(y, "# {}", crate::t!("derive-comment-head", plan = plan_file));
    let _ = writeln!(y, "# {}", crate::t!("derive-comment-fill"));
    y.push_str("\ntype: bao-cao\n\nissuer:\n");
    if let Some(parent) = &plan.issuer.parent {
        let _ = writeln!(y, "  parent: [{}]", parent.0.iter().map(|l| q(l)).collect::<Vec<_>>().join(", "));
    }
    let _ =
        writeln!(y, "  name: [{}]", plan.issuer.name.0.iter().map(|l| q(l)).collect::<Vec<_>>().join(", "));
    let _ = writeln!(y, "  abbr: {}\n", q(&plan.issuer.abbr));
    let _ = writeln!(y, "number: null\nplace: {}\ndate: null\nyear: {}\n", q(&plan.place), plan.year);
    let title = format!("Kết quả {}", vn::text::lowercase_first(&plan.title));
    let _ = writeln!(y, "title: {}\n", q(&title.replace(&plan.year.to_string(), "{{ year }}")));
    y.push_str("to:\n  - <<Cơ quan nhận báo cáo>>\n\n");

    let id = format!("kh{}", plan.year);
    let number = match plan.number {
        Some(n) => format!("{n:02}/{}", doc.ky_hieu()),
        None => format!("<<số>>/{}", doc.ky_hieu()),
    };
    let date = plan.date.map_or("<<ngày ban hành>>".to_string(), |d| d.0.format("%Y-%m-%d").to_string());
    let _ = writeln!(
        y,
        "references:\n  - id: {id}\n    kind: Kế hoạch\n    number: {}\n    date: {}\n    issuer: {}\n",
        q(&number),
        q(&date),
        q(&plan.issuer.name.0.join(" "))
    );
    let _ = writeln!(
        y,
        "preamble: >-\n  Thực hiện {{{{ cite(\"{id}\") }}}}, {} báo cáo kết quả thực hiện năm\n  {{{{ year }}}} như sau:\n",
        plan.issuer.name.0.join(" ")
    );

    y.push_str("content:\n  - title: Kết quả thực hiện\n    content:\n");
    for p in &plan.projects {
        project(&mut y, p, "Dự án", 6);
    }
    if plan.projects.iter().any(|p| p.funding.is_some() || p.subprojects.iter().any(|s| s.funding.is_some()))
    {
        budget_table(&mut y, plan);
    }
    let _ = writeln!(
        y,
        "  - title: Tồn tại, hạn chế\n    content:\n      - <<Tồn tại, hạn chế>>\n  - title: Phương hướng, nhiệm vụ năm {{{{ year + 1 }}}}\n    content:\n      - <<Phương hướng, nhiệm vụ>>\n"
    );
    let _ = writeln!(y, "closing: Trên đây là báo cáo kết quả thực hiện năm {{{{ year }}}}.\n");
    y.push_str("recipients: []\narchive: [VT]\n\nsigner:\n");
    if !plan.signer.authority.is_empty() {
        let lines: Vec<String> =
            plan.signer.authority.iter().map(|a| q(&format!("{} {}", a.prefix.as_str(), a.of))).collect();
        let _ = writeln!(y, "  authority: [{}]", lines.join(", "));
    }
    let _ = writeln!(y, "  title: {}\n  name: {}", q(&plan.signer.title), q(&plan.signer.name));
    y
}

/// The heading of a dự án: `Dự án 6: Bảo tồn …`.
fn heading(p: &Project, default_label: &str) -> String {
    match &p.number {
        Some(n) => format!("{} {n}: {}", p.label.as_deref().unwrap_or(default_label), p.title),
        None => p.title.clone(),
    }
}

fn project(y: &mut String, p: &Project, label: &str, indent: usize) {
    let pad = " ".repeat(indent);
    let name = heading(p, label);
    let _ = writeln!(y, "{pad}- title: {}", yaml_scalar(vn::text::strip_end_punctuation(&name)));
    let _ = writeln!(y, "{pad}  content:");
    let _ = writeln!(y, "{pad}    - {}", yaml_scalar(&format!("<<Kết quả thực hiện {}>>", short(&name))));
    for t in &p.tasks {
        let task = match &t.number {
            Some(n) => format!("Nhiệm vụ {n}: {}", t.content),
            None => t.content.clone(),
        };
        let _ = writeln!(y, "{pad}    - title: {}", yaml_scalar(vn::text::strip_end_punctuation(&task)));
        let _ = writeln!(y, "{pad}      content: [{}]", yaml_scalar("<<Kết quả>>"));
    }
    for s in &p.subprojects {
        project(y, s, "Tiểu dự án", indent + 4);
    }
}

/// `Dự án 6`, or the first words of a title without a number.
fn short(name: &str) -> String {
    name.split(':').next().unwrap_or(name).trim().to_string()
}

fn budget_table(y: &mut String, plan: &KeHoach) {
    y.push_str(
        "      - table:\n          caption: Kết quả giải ngân năm {{ year }}\n          unit: \"Đơn vị tính: đồng\"\n          columns:\n            - {title: STT, width: 12mm}\n            - {title: Nội dung}\n            - {title: Kế hoạch, kind: amount, in_words: true}\n            - {title: Giải ngân, kind: amount}\n            - {title: Tỷ lệ (%), kind: percent, width: 18mm, ratio: {of: Giải ngân, to: Kế hoạch}}\n          index_row: true\n          rows:\n",
    );
    let mut n = 0;
    // A tiểu dự án is named with its dự án: `Dự án 9 - Tiểu dự án 2`.
    let mut row = |y: &mut String, p: &Project, label: &str| {
        n += 1;
        // A known amount stays a number; an unknown one is a placeholder.
        let planned = p
            .funding
            .as_ref()
            .and_then(|f| f.amount)
            .map_or(yaml_scalar("<<kế hoạch>>"), |a| a.to_string());
        let _ = writeln!(
            y,
            "            - [{n}, {}, {planned}, {}, null]",
            yaml_scalar(label),
            yaml_scalar("<<giải ngân>>")
        );
    };
    for p in &plan.projects {
        let name = short(&heading(p, "Dự án"));
        if p.funding.is_some() {
            row(y, p, &name);
        }
        for s in &p.subprojects {
            if s.funding.is_some() {
                row(y, s, &format!("{name} - {}", short(&heading(s, "Tiểu dự án"))));
            }
        }
    }
    y.push_str("          total: {}\n");
}
