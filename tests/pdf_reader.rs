//! The tests' PDF reader (`common::pdf`) against the laid-out pages: what
//! it reads from the PDF's content streams is what typst laid out, word for
//! word and in place. (`.ci/run` also checks it against poppler.)

mod common;

/// Words without the no-break spaces that join them.
fn words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text.replace('\u{a0}', " ").split_whitespace().map(str::to_string).collect();
    w.sort();
    w
}

#[test]
fn the_reader_reads_every_laid_out_word_of_the_sample() {
    let out = common::render_sample_with(|s| s);
    let from_pdf = words(&common::pdf::text(&out.pdf));
    let laid_out = words(&out.layout.text());
    assert!(laid_out.len() > 3000, "{} words", laid_out.len());
    assert_eq!(from_pdf, laid_out);
    // Pages separated as pdftotext separates them.
    assert_eq!(common::pdf::text(&out.pdf).matches('\u{c}').count(), out.layout.pages.len());
}

#[test]
fn word_boxes_sit_where_the_words_were_laid_out() {
    let out = common::render_sample_with(|s| s);
    let words = common::pdf::words(&out.pdf);
    let lines = out.layout.lines(1);
    let title = lines.iter().find(|l| l.text.trim() == "KẾ HOẠCH").expect("the title line");
    let word = words.iter().find(|w| w.text == "HOẠCH").expect("the word HOẠCH");
    assert_eq!(word.page, 1);
    // Its box ends where the laid-out line ends and holds the baseline.
    assert!((word.x1 - title.x - title.width).abs() < 0.5, "{word:?} vs {title:?}");
    assert!(word.y0 < title.y && title.y < word.y1, "{word:?} vs baseline {}", title.y);
}
