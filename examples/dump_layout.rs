//! Prints the laid-out lines of a document: page, x, baseline, size, style
//! and text. A debugging aid for layout work: `cargo run --example
//! dump_layout -- data/ngoc-lien-2026.yaml [page]`
//! (`DUMP_COPY=sao-y` for a certified copy, `DUMP_CLIPS=1` for clipped groups).

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: dump_layout FILE.yaml [page]");
    let only: Option<usize> = args.next().and_then(|p| p.parse().ok());
    let loaded = vanban::load::load_file(path.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let mut pipeline = vanban::Pipeline::embedded();
    // DUMP_COPY=sao-y lays out the certified copy.
    pipeline.issue.copy = std::env::var("DUMP_COPY").ok().and_then(|k| vanban::model::CopyKind::from_key(&k));
    let rendered = pipeline.render(&loaded).unwrap_or_else(|e| panic!("{e}"));
    let layout = vanban::typeset::inspect::Layout::of(&rendered.document);
    for page in 1..=layout.pages.len() {
        if only.is_some_and(|p| p != page) {
            continue;
        }
        for line in layout.lines(page) {
            let style = match (line.all_bold(), line.all_italic()) {
                (true, true) => "BI",
                (true, false) => "B ",
                (false, true) => " I",
                _ => "  ",
            };
            println!(
                "p{page} x={:6.2} r={:6.2} y={:6.2} {:4.1}pt {style} {}",
                line.x,
                line.right(),
                line.y,
                line.size(),
                line.text
            );
        }
    }
    for r in layout.rules.iter().filter(|r| only.is_none_or(|p| p == r.page)) {
        println!("rule p{} ({:.2},{:.2})-({:.2},{:.2})", r.page, r.x0, r.y0, r.x1, r.y1);
    }
    for i in layout.images.iter().filter(|i| only.is_none_or(|p| p == i.page)) {
        println!("image p{} x={:.2} y={:.2} w={:.2} h={:.2}", i.page, i.x, i.y, i.width, i.height);
    }
    for f in vanban::typeset::fields::sign_fields(&rendered.document) {
        println!("field {} p{} {:?} (PDF points, bottom-left origin)", f.kind, f.page, f.rect);
    }
    if std::env::var_os("DUMP_CLIPS").is_some() {
        fn clips(frame: &typst::layout::Frame, depth: usize) {
            for (pos, item) in frame.items() {
                if let typst::layout::FrameItem::Group(g) = item {
                    if g.clip.is_some() {
                        println!("{:depth$}clip at {:?} size {:?}", "", pos, g.frame.size());
                    }
                    clips(&g.frame, depth + 1);
                }
            }
        }
        for p in rendered.document.pages() {
            clips(&p.frame, 0);
        }
    }
}
