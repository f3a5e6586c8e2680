//! Every input budget vanban enforces, named once.
//!
//! Input is hostile until bounded: a YAML file, an image, a PDF to extract
//! from, a text template. Each limit below says what it bounds and why its
//! value fits real documents (the largest real plan is a few hundred KB).
//! The README's section on bad input lists them with the message each
//! one gives when hit; change both together.

/// Largest YAML file accepted: a plan is tens of kilobytes and the largest
/// real one a few hundred; this bounds the work a mistaken or hostile input
/// can cause (a 15 MB file used to take 81 s and 2 GB).
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// How many mistakes in a document's fields one run reports (a misspelled
/// field, a wrong value, a missing one): all of them in a file being
/// written, a screenful at most when the file is not a document at all.
/// Each is found by reading the document again, so this also bounds that
/// work.
pub const MAX_FIELD_ERRORS: usize = 20;

/// How many YAML syntax slips (a tab, curly quotes, a `: ` inside a value)
/// one run reports: each is undone in a private copy and the copy parsed
/// again, so this bounds the parses a file full of tabs costs, and keeps
/// the report to a screenful ("and N more lines" says the rest).
pub const MAX_SYNTAX_REPAIRS: usize = 20;

/// How deep YAML may nest: a plan nests about eight levels.
pub const YAML_MAX_DEPTH: usize = 48;
/// Characters in one text value (a paragraph, a title, a name): the longest
/// paragraph of a real plan is under 1,000; 20,000 is about four pages.
/// Typst lays a paragraph out as a whole, at a cost that grows faster than
/// its length, so one huge paragraph could run for minutes.
pub const TEXT_MAX_CHARS: usize = 20_000;

/// How many alias references (`*name`) a YAML file may use.
pub const YAML_MAX_ALIASES: usize = 10_000;
/// How many values (mappings, lists, scalars) the YAML may hold once every
/// alias is expanded: a large plan has a few thousand. Aliases could
/// otherwise turn 73 KB into thousands of pages.
pub const YAML_MAX_NODES: usize = 50_000;
/// Total bytes of text in the YAML once every alias is expanded: no more
/// than the largest file, so aliases cannot amplify the input.
pub const YAML_MAX_TEXT_BYTES: usize = MAX_INPUT_BYTES;
/// Event copies serde-saphyr may keep to replay anchors: an anchor is a few
/// lines of a plan.
pub const YAML_MAX_ANCHOR_EVENTS: usize = 100_000;

/// Work one text field's `{{ … }}` may do: ample for `{{ year }}` and a few
/// citations, small enough that `{% for i in range(10**9) %}` stops at once.
pub const TEXT_FUEL: u64 = 20_000;
/// How deep a text field's expressions may recurse (parentheses).
pub const TEXT_RECURSION: usize = 32;
/// Names, numbers, quoted texts and signs the `{{ … }}` of one text field
/// may hold: `{{ cite_full("nq88") }}` is four. With no lists, loops or `*`
/// in the accepted syntax, this bounds what one field can print to this
/// many citations or literals.
pub const TEXT_MAX_TOKENS: usize = 64;
/// Bytes all `{{ … }}` expressions of one document may print in all
/// (citations included): real documents print a few kilobytes.
pub const TEXT_MAX_OUTPUT_BYTES: usize = 4 * 1024 * 1024;
/// How deep the subject of a cited document may cite another cited
/// document (`kh281` cites `qd1719`, one level); a loop never resolves.
pub const TEXT_CITE_DEPTH: usize = 4;

/// Words (old and new together) past which `diff` shows an edited text
/// whole instead of word by word: the word diff is quadratic at worst, and
/// a long paragraph has a few hundred words.
pub const DIFF_MAX_WORDS: usize = 4_000;
/// Character comparisons `diff` may spend pairing edited paragraphs with
/// their old text (the product of the two lengths per pair); past it,
/// paragraphs are listed as removed and added.
pub const DIFF_MAX_PAIRING_WORK: usize = 50_000_000;

/// `--ppi` of PNG pages: typst's own CLI takes 1 to 2400 too; a finite
/// number in this range, or the command line is refused.
pub const PPI_RANGE: std::ops::RangeInclusive<f32> = 1.0..=2400.0;
/// Pixels one PNG page may have: an A4 page at 1,000 ppi is 97 million; at
/// 4 bytes a pixel this keeps one page's image near 400 MB.
pub const PNG_MAX_PAGE_PIXELS: u64 = 100_000_000;

/// Signature and seal images larger than this are refused before decoding.
pub const IMAGE_MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// Largest image side in pixels: a seal at 600 dpi is under 1,000 px.
pub const IMAGE_MAX_SIDE: u32 = 6000;
/// Smallest image side in pixels: below this an image prints as a smudge.
pub const IMAGE_MIN_SIDE: u32 = 100;
/// Memory the PNG decoder may use for one image.
pub const IMAGE_DECODE_BYTES: usize = 256 * 1024 * 1024;
/// How many chunks a PNG image may have, counted before decoding: a scan
/// has a handful besides its pixel data, which encoders split into chunks
/// of 8 KB or more (an 8 MB file has about 1,000).
pub const PNG_MAX_CHUNKS: usize = 10_000;
/// Largest colour profile (`iCCP` chunk) a PNG may carry, inflated, checked
/// before decoding: profiles are a few KB (large printer profiles 1 MB);
/// a few KB of compressed zeros can claim gigabytes.
pub const PNG_MAX_ICC_BYTES: usize = 4 * 1024 * 1024;

/// Largest PDF `extract` reads, checked by its size before it is read:
/// a PDF vanban writes is its pages (hundreds of KB) and the files it
/// attaches (far less than [`EXTRACT_MAX_TOTAL`]); reading a PDF costs
/// memory by its objects (a 28 MB PDF of 200,000 pages took 715 MB).
pub const EXTRACT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Files attached to a PDF larger than this are refused by `extract`.
pub const EXTRACT_MAX_ATTACHMENT: usize = 32 * 1024 * 1024;
/// How deep a PDF's name tree may nest before `extract` calls it malformed.
pub const EXTRACT_MAX_DEPTH: usize = 16;
/// All files `extract` takes out of one PDF together, inflated: what vanban
/// attaches at most (a 16 MB YAML, two 8 MB images, a 16 MB attached plan)
/// fits. Counted per file returned, so a stream named many times counts
/// each time.
pub const EXTRACT_MAX_TOTAL: usize = 64 * 1024 * 1024;
/// Folders a file `extract` writes may lie under, below the YAML's folder
/// (`images/seal.png` is one): vanban attaches the files a document names
/// beside it; a PDF asking for `a/b/c/…/l.png` was not made by it.
pub const EXTRACT_MAX_FOLDERS: usize = 4;
/// Nodes and entries of a PDF's name tree `extract` visits: vanban writes
/// one node with a few entries; a tree 10 wide and 16 deep has 10^16.
pub const EXTRACT_MAX_NODES: usize = 4_096;

/// Stack of each worker thread: what the main thread has. Typst's layout
/// recurses deeply, and the 2 MiB a spawned thread gets by default is not
/// enough for ordinary documents.
pub const WORKER_STACK: usize = 8 * 1024 * 1024;

/// How deep inline markup (`**bold**`, `*italic*`, `^[footnote]`) may nest
/// in one text: real documents nest two or three levels (bold inside a
/// footnote); the bound keeps the tree, and Typst's work on it, shallow.
pub const INLINE_MAX_DEPTH: usize = 8;

/// Pieces of inline markup (`**bold**`, `*italic*`, `^[footnote]`) in one
/// YAML file (an attached plan counts on its own): a real plan has a few
/// dozen. Each is a
/// styled element to Typst (measured at 4–5 KB of memory each): a 2 MiB
/// document of nothing but markup took 1.1 GB before this bound.
pub const INLINE_MAX_SPANS: usize = 5_000;

/// Digits before the decimal point of a figure in a table: 24 digits is a
/// million times the largest state budget in đồng. Figures are exact
/// decimals (`i128` digits and a scale), so every figure is bounded.
pub const FIGURE_MAX_INTEGER_DIGITS: usize = 24;
/// Digits after the decimal point of a figure in a table. Together with
/// [`FIGURE_MAX_INTEGER_DIGITS`] a figure has at most 36 digits, which
/// leaves room in an `i128` to add many rows exactly.
pub const FIGURE_MAX_DECIMALS: usize = 12;
/// The text sizes a table's `size` may ask for, in pt: below 10 pt a
/// printed table is hard to read, above 14 it is larger than the body.
pub const TABLE_SIZE_MIN: u32 = 10;
/// See [`TABLE_SIZE_MIN`].
pub const TABLE_SIZE_MAX: u32 = 14;

/// Years a document may carry: from the founding of the state (1945) to a
/// plan a lifetime ahead.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1945..=2100;

/// Character comparisons the self-check may make, per character of the
/// pages and of the fields it looks for: a document checks in about two
/// per character; text built to make the search backtrack (one letter
/// repeated across lines and pages) stops here with an error instead of
/// running for hours.
pub const SELF_CHECK_WORK: usize = 64;

/// How long `vanban issue` and `vanban register` wait for a register that
/// another run is writing: taking a number holds the lock for a few
/// milliseconds, so a lock held longer is a stuck program; after this the
/// command stops with an error and takes no number.
pub const REGISTER_BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Characters of `vanban issue --note`, the register's Ghi chú: a few
/// sentences (`gửi kèm bản giấy`, `phát hành lại do sai nơi nhận`).
pub const REGISTER_NOTE_MAX_CHARS: usize = 500;
/// Characters of `vanban issue --series`, a series' name within a body
/// (`Hội đồng thi đua khen thưởng`): it heads a worksheet and a listing.
pub const REGISTER_SERIES_MAX_CHARS: usize = 100;

/// Empty rows one form's table may ask for (`blank_rows`): a register
/// sheet has a few dozen; more would only multiply pages.
pub const FORM_MAX_BLANK_ROWS: u32 = 200;
/// Blocks (`field`, `fields`, `text`, `checkboxes`, `table`, `signatures`)
/// one form may hold: a real form (Mẫu số 01) has tens, a long one under a
/// hundred. Each fill-in line is a measured, dot-led line to Typst, about
/// 100 KB of memory in a debug build: 10,000 `field:` lines imported from a
/// 40 KB DOCX took 1.06 GB and 6 s before this bound.
pub const FORM_MAX_BLOCKS: usize = 300;
/// Largest file `vanban import` reads (text or PDF): a Kế hoạch of twenty
/// pages is a few hundred kilobytes as PDF, tens as text.
pub const IMPORT_MAX_BYTES: usize = 20 * 1024 * 1024;
/// Text an import keeps (the words of every line): what it writes is a
/// YAML file, which `MAX_INPUT_BYTES` bounds, so more text could never be
/// loaded back. A Word or PDF file may be larger ([`IMPORT_MAX_BYTES`]):
/// fonts and images are not text.
pub const IMPORT_MAX_TEXT_BYTES: usize = MAX_INPUT_BYTES;
/// Lines (paragraphs of a text file, lines of a PDF) an import reads: a
/// long plan has a few thousand.
pub const IMPORT_MAX_LINES: usize = 20_000;
/// Pages of a PDF an import reads: a long plan with its phụ lục has tens.
pub const IMPORT_MAX_PAGES: usize = 500;
/// Glyphs read from a PDF in all: about 3,000 a page of 500 pages; more
/// are not read (a hostile content stream could repeat text forever).
pub const IMPORT_MAX_GLYPHS: usize = 1_500_000;
/// Short strokes of one PDF page searched for a form's tick boxes (each
/// box has two or three; a form page has tens): a page with more is not
/// searched, its boxes' items come back as text (the search pairs them,
/// so a hostile page of many strokes would cost their square).
pub const IMPORT_MAX_TICK_BOX_STROKES: usize = 400;
/// Tick boxes read on one PDF page: a form has a few tens at most.
pub const IMPORT_MAX_TICK_BOXES: usize = 200;
/// Bytes of one XML part of a Word file, unpacked (`word/document.xml`):
/// a long plan's is a few megabytes; a zip bomb stops here.
pub const IMPORT_MAX_XML_BYTES: usize = 64 * 1024 * 1024;
/// How deep a Word file's XML may nest: real documents nest about 15.
pub const IMPORT_MAX_DEPTH: usize = 200;
/// Bytes one stream of a PDF may inflate to when imported (a page's
/// content, a form it draws, a font's `ToUnicode` map, an object stream),
/// checked while inflating: a page of text is tens of kilobytes; a few
/// hundred KB of compressed zeros can claim gigabytes.
pub const IMPORT_MAX_STREAM_BYTES: usize = 16 * 1024 * 1024;
/// Bytes all the streams one PDF import inflates may come to together
/// (every page, a form drawn twice counted twice): as much as one Word
/// part ([`IMPORT_MAX_XML_BYTES`]), hundreds of pages of text.
pub const IMPORT_MAX_CONTENT_BYTES: usize = IMPORT_MAX_XML_BYTES;
