//! What changed between two versions of a document, in the terms a leader
//! asks about: căn cứ, dự án, kinh phí, nơi nhận — not lines of YAML.

use serde::Serialize;

use crate::limits::{DIFF_MAX_PAIRING_WORK, DIFF_MAX_WORDS};
use crate::model::{Block, Citation, Document, Project, Recipient};
use crate::vn;

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// What changed, in words: `căn cứ qd252`, `dự án 6: kinh phí`.
    pub what: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.kind, self.old.as_deref(), self.new.as_deref()) {
            (ChangeKind::Added, _, new) => write!(f, "+ {}: {}", self.what, new.unwrap_or("")),
            (ChangeKind::Removed, old, _) => write!(f, "- {}: {}", self.what, old.unwrap_or("")),
            // A long text edited in a few words: the words, in context.
            (ChangeKind::Changed, Some(old), Some(new)) if old.len() + new.len() > 120 => {
                write!(f, "~ {}: {}", self.what, word_diff(old, new))
            }
            (ChangeKind::Changed, old, new) => {
                write!(f, "~ {}: {} → {}", self.what, old.unwrap_or("(none)"), new.unwrap_or("(none)"))
            }
        }
    }
}

/// Words around a change kept as context in [`word_diff`].
const CONTEXT_WORDS: usize = 4;

/// `… các thôn [-,-]{+, làng+} vùng …`: the words removed and added, with a
/// few words of context, the way `git diff --word-diff` shows them.
pub fn word_diff(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let words = old.split_whitespace().count() + new.split_whitespace().count();
    if words > DIFF_MAX_WORDS {
        // Myers' diff is quadratic at worst: two long texts are shown whole.
        let note = crate::t!("diff-too-long", words = words, max = DIFF_MAX_WORDS);
        return format!("({note}) [-{}-]{{+{}+}}", old.trim(), new.trim());
    }
    let diff = TextDiff::from_words(old, new);
    // Runs of (tag, text): equal text is shortened to its context.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    let count = runs.len();
    let mut out = String::new();
    for (i, (tag, text)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Delete => out.push_str(&format!("[-{}-]", text.trim())),
            ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", text.trim())),
            ChangeTag::Equal => {
                let words: Vec<&str> = text.split_whitespace().collect();
                let (lead, trail) =
                    (text.starts_with(char::is_whitespace), text.ends_with(char::is_whitespace));
                let keep_start = if i == 0 { 0 } else { CONTEXT_WORDS };
                let keep_end = if i + 1 == count { 0 } else { CONTEXT_WORDS };
                if lead && i > 0 {
                    out.push(' ');
                }
                if words.len() > keep_start + keep_end + 1 {
                    let head = words[..keep_start].join(" ");
                    let tail = words[words.len() - keep_end..].join(" ");
                    out.push_str(
                        &[head.as_str(), "…", tail.as_str()]
                            .iter()
                            .filter(|s| !s.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                } else {
                    out.push_str(&words.join(" "));
                }
                if trail && i + 1 < count {
                    out.push(' ');
                }
            }
        }
    }
    out
}

struct Changes {
    list: Vec<Change>,
    /// `năm 2026` and `năm 2027`: text that differs only by them (written
    /// `năm {{ year }}`) has not changed for the reader.
    years: (String, String),
}

impl Changes {
    fn only_year_moved(&self, old: &Option<String>, new: &Option<String>) -> bool {
        let (from, to) = &self.years;
        match (old, new) {
            (Some(o), Some(n)) => from != to && o.replace(from.as_str(), to) == *n,
            _ => false,
        }
    }

    fn value(&mut self, what: impl Into<String>, old: Option<String>, new: Option<String>) {
        if old != new && !self.only_year_moved(&old, &new) {
            let kind = match (&old, &new) {
                (None, Some(_)) => ChangeKind::Added,
                (Some(_), None) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            self.list.push(Change { kind, what: what.into(), old, new });
        }
    }

    fn text(&mut self, what: impl Into<String>, old: &str, new: &str) {
        self.value(what, Some(old.to_string()), Some(new.to_string()));
    }

    /// Lists matched by key: added, removed, and changed items.
    fn keyed<T>(
        &mut self,
        what: &str,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> String,
        show: impl Fn(&T) -> String,
        mut inner: impl FnMut(&mut Self, &str, &T, &T),
    ) {
        // Keys looked up in maps, not by scanning: 20,000 recipients compare
        // in linear time.
        let old_keys: Vec<String> = old.iter().map(&key).collect();
        let new_keys: Vec<String> = new.iter().map(&key).collect();
        let mut new_at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, k) in new_keys.iter().enumerate().rev() {
            new_at.insert(k, i);
        }
        let old_has: std::collections::HashSet<&str> = old_keys.iter().map(String::as_str).collect();
        for (o, k) in old.iter().zip(&old_keys) {
            match new_at.get(k.as_str()) {
                Some(&i) => inner(self, &format!("{what} {k}"), o, &new[i]),
                None => self.value(format!("{what} {k}"), Some(show(o)), None),
            }
        }
        for (n, k) in new.iter().zip(&new_keys) {
            if !old_has.contains(k.as_str()) {
                self.value(format!("{what} {k}"), None, Some(show(n)));
            }
        }
    }

    /// Paragraph lists: paragraphs added and removed, edited ones as changes.
    fn paragraphs(&mut self, what: &str, old: &[String], new: &[String]) {
        use std::collections::HashSet;
        let moved = |o: &String| o.replace(self.years.0.as_str(), &self.years.1);
        let old_set: HashSet<&str> = old.iter().map(String::as_str).collect();
        let old_moved: HashSet<String> = old.iter().map(moved).collect();
        let new_set: HashSet<&str> = new.iter().map(String::as_str).collect();
        let removed: Vec<&String> = old
            .iter()
            .filter(|o| !new_set.contains(o.as_str()) && !new_set.contains(moved(o).as_str()))
            .collect();
        let added: Vec<&String> =
            new.iter().filter(|n| !old_set.contains(n.as_str()) && !old_moved.contains(*n)).collect();
        // Pairing an edited paragraph with its old text costs the product of
        // their lengths; past a budget, paragraphs are listed as removed and
        // added instead of compared.
        let mut budget = DIFF_MAX_PAIRING_WORK;
        let added_len: Vec<usize> = added.iter().map(|a| a.chars().count()).collect();
        let mut paired = vec![false; added.len()];
        for r in &removed {
            let r_len = r.chars().count();
            let mut best: Option<(usize, f64)> = None;
            for (i, a) in added.iter().enumerate() {
                if budget == 0 {
                    break;
                }
                // Every candidate costs at least one step, so that the loop
                // itself is bounded too.
                let cost = r_len.saturating_mul(added_len[i]).max(1);
                if paired[i] || cost > budget {
                    budget = budget.saturating_sub(1);
                    continue;
                }
                budget -= cost;
                let score = strsim::normalized_levenshtein(r, a);
                if best.is_none_or(|(_, s)| score >= s) {
                    best = Some((i, score));
                }
            }
            match best {
                Some((i, score)) if score > 0.6 => {
                    paired[i] = true;
                    self.text(what, r, added[i]);
                }
                _ => self.value(what, Some(r.to_string()), None),
            }
        }
        for (i, a) in added.iter().enumerate() {
            if !paired[i] {
                self.value(what, None, Some(a.to_string()));
            }
        }
    }
}

fn blocks(list: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    for b in list {
        match b {
            Block::Paragraph(p) => out.push(p.clone()),
            Block::Section(s) => {
                out.push(s.title.clone());
                out.extend(s.text.clone());
                out.extend(blocks(&s.content));
            }
            Block::Item(i) => {
                out.push(i.text.clone());
                out.extend(blocks(&i.content));
            }
            Block::Heading(h) => out.push(h.heading.clone()),
            Block::Table(t) => {
                // A table compares row by row.
                for row in &t.table.rows {
                    out.push(serde_json::to_string(row).unwrap_or_default());
                }
            }
        }
    }
    out
}

/// A cited document's identity: its id, else its kind and số, else (a
/// Luật cited by name) its kind and name — several Luật without a số are
/// several documents, not one changed.
fn citation_key(c: &Citation) -> String {
    if let Some(id) = &c.id {
        return id.clone();
    }
    match &c.number {
        Some(n) => format!("{} {n}", c.kind),
        None => format!("{} {}", c.kind, c.subject.as_deref().unwrap_or("")),
    }
}

fn recipient(r: &Recipient) -> String {
    match &r.purpose {
        Some(p) => format!("{} ({p})", r.to),
        None => r.to.clone(),
    }
}

fn project_key(p: &Project) -> String {
    match &p.number {
        Some(n) => format!("{} {n}", p.label.as_deref().unwrap_or("")).trim().to_string(),
        None => p.title.clone(),
    }
}

fn amount(p: &Project) -> Option<String> {
    p.funding.as_ref()?.amount.map(|a| format!("{} đồng", vn::number::amount(a)))
}

/// A dự án as listed when added or removed: its title and its money.
fn project_summary(p: &Project) -> String {
    match total_funding(std::slice::from_ref(p)) {
        Some(total) => format!("{} (kinh phí {total})", p.title),
        None => p.title.clone(),
    }
}

/// The amounts of the dự án and their tiểu dự án, added up (`None` when no
/// amount is given): the first figure a leader compares.
fn total_funding(projects: &[Project]) -> Option<String> {
    fn add(projects: &[Project], sum: &mut Option<u64>) {
        for p in projects {
            if let Some(a) = p.funding.as_ref().and_then(|f| f.amount) {
                *sum = Some(sum.unwrap_or(0).saturating_add(a));
            }
            add(&p.subprojects, sum);
        }
    }
    let mut sum = None;
    add(projects, &mut sum);
    sum.map(|a| format!("{} đồng", vn::number::amount(a)))
}

fn project(c: &mut Changes, what: &str, old: &Project, new: &Project) {
    c.text(format!("{what}: tên"), &old.title, &new.title);
    c.paragraphs(&format!("{what}: nội dung"), &blocks(&old.content), &blocks(&new.content));
    c.keyed(
        &format!("{what}: nhiệm vụ"),
        &old.tasks,
        &new.tasks,
        |t| t.number.clone().unwrap_or_else(|| t.content.clone()),
        |t| t.content.clone(),
        |c, w, o, n| c.text(w, &o.content, &n.content),
    );
    let funding = |p: &Project| {
        p.funding.as_ref().map(|f| {
            let cited: Vec<&str> = f.under.iter().map(String::as_str).collect();
            format!("{} theo {}", f.source, cited.join(", "))
        })
    };
    c.value(format!("{what}: nguồn kinh phí"), funding(old), funding(new));
    c.value(format!("{what}: kinh phí"), amount(old), amount(new));
    let assigned = |p: &Project| vn::phrase::assignments(&p.assignment.0);
    c.paragraphs(&format!("{what}: phân công"), &assigned(old), &assigned(new));
    let label = |p: &Project| p.label.clone().unwrap_or_else(|| "tiểu dự án".to_string()).to_lowercase();
    c.keyed(
        &format!(
            "{what}: {}",
            new.subprojects.first().or(old.subprojects.first()).map_or("tiểu dự án".to_string(), label)
        ),
        &old.subprojects,
        &new.subprojects,
        |p| p.number.clone().unwrap_or_else(|| p.title.clone()),
        project_summary,
        project,
    );
}

/// The differences from `old` to `new`. Text that differs only because the
/// plan's year moved (`năm 2026` → `năm 2027`) is not listed: the year is,
/// once.
pub fn diff(old: &Document, new: &Document) -> Vec<Change> {
    let mut c =
        Changes { list: Vec::new(), years: (format!("năm {}", old.year()), format!("năm {}", new.year())) };
    c.value("loại văn bản", Some(old.doc_type().ten_loai().into()), Some(new.doc_type().ten_loai().into()));
    if old.year() != new.year() {
        c.list.push(Change {
            kind: ChangeKind::Changed,
            what: "năm".into(),
            old: Some(old.year().to_string()),
            new: Some(new.year().to_string()),
        });
    }
    c.value("số", old.number().map(|n| n.to_string()), new.number().map(|n| n.to_string()));
    c.value("ngày", old.date().map(|d| vn::date::short(d.0)), new.date().map(|d| vn::date::short(d.0)));
    c.text("cơ quan ban hành", &old.issuer().name.0.join(" "), &new.issuer().name.0.join(" "));
    c.text("trích yếu", old.title(), new.title());

    let cites = |d: &Document| -> Vec<Citation> { d.bases().iter().flat_map(|b| b.citations()).collect() };
    let show = |c: &Citation| vn::cite::full(c);
    c.keyed("căn cứ", &cites(old), &cites(new), citation_key, show, |c, w, o, n| {
        c.text(w, &show(o), &show(n))
    });
    c.keyed(
        "văn bản dẫn chiếu",
        old.references(),
        new.references(),
        citation_key,
        show,
        |c, w, o, n| c.text(w, &show(o), &show(n)),
    );

    match (old, new) {
        (Document::KeHoach(o), Document::KeHoach(n)) => plan(&mut c, o, n),
        (Document::QuyetDinh(o), Document::QuyetDinh(n)) => {
            let text = |d: &crate::model::QuyetDinh| -> Vec<String> {
                d.articles
                    .iter()
                    .enumerate()
                    .flat_map(|(i, a)| {
                        let head = format!(
                            "Điều {}. {}",
                            i + 1,
                            a.title.as_deref().or(a.text.as_deref()).unwrap_or("")
                        );
                        std::iter::once(head).chain(a.clauses.iter().map(|k| k.text.clone()))
                    })
                    .collect()
            };
            c.paragraphs("điều", &text(o), &text(n));
        }
        _ => {
            let text = |d: &Document| -> Vec<String> {
                d.blocks()
                    .into_iter()
                    .filter(|(p, _)| !p.starts_with("appendices"))
                    .flat_map(|(_, b)| blocks(std::slice::from_ref(b)))
                    .collect()
            };
            c.paragraphs("nội dung", &text(old), &text(new));
        }
    }
    let appendix_text = |d: &Document| -> Vec<String> {
        d.appendices()
            .iter()
            .flat_map(|a| std::iter::once(a.title.clone()).chain(blocks(&a.content)))
            .collect()
    };
    c.paragraphs("phụ lục", &appendix_text(old), &appendix_text(new));

    // Paired by likeness, so a renamed recipient reads as one change.
    let recipients = |d: &Document| d.recipients().iter().map(recipient).collect::<Vec<_>>();
    c.paragraphs("nơi nhận", &recipients(old), &recipients(new));
    c.text("lưu", &old.archive().join(", "), &new.archive().join(", "));
    let signer = |d: &Document| {
        let s = d.signer();
        let lines: Vec<String> =
            s.authority.iter().map(|a| format!("{} {}", a.prefix.as_str(), a.of)).collect();
        format!("{} {} {}", lines.join(" / "), s.title, s.name).trim().to_string()
    };
    c.text("người ký", &signer(old), &signer(new));
    c.list
}

/// The parts of a Kế hoạch.
fn plan(c: &mut Changes, o: &crate::model::KeHoach, n: &crate::model::KeHoach) {
    c.value("lời mở đầu", o.preamble.clone(), n.preamble.clone());
    c.paragraphs("mục đích", &blocks(&o.purposes), &blocks(&n.purposes));
    c.paragraphs("yêu cầu", &blocks(&o.requirements), &blocks(&n.requirements));
    c.paragraphs("mục tiêu", &blocks(&o.objectives), &blocks(&n.objectives));
    c.value("tổng kinh phí", total_funding(&o.projects), total_funding(&n.projects));
    c.keyed("dự án", &o.projects, &n.projects, project_key, project_summary, project);
    c.paragraphs("nhiệm vụ, giải pháp", &blocks(&o.solutions), &blocks(&n.solutions));
    c.keyed(
        "tổ chức thực hiện",
        &o.organization,
        &n.organization,
        |r| r.unit.clone(),
        |r| blocks(&r.duties).join(" "),
        |c, w, o, n| c.paragraphs(w, &blocks(&o.duties), &blocks(&n.duties)),
    );
    c.value("kết thúc", o.closing.clone(), n.closing.clone());
}
