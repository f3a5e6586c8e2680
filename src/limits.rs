//! Every input budget vanban enforces, named once.
//!
//! Input is hostile until bounded: a YAML file, an image, a PDF to extract
//! from, a text template. Each limit below says what it bounds and why its
//! value fits real documents (the largest real plan is a few hundred KB).
//! The README's section on bad input lists them with the message each
//! one gives when hit; change both together.

/// Largest YAML file accepted: a plan is tens of kilobytes; this bounds the
/// work a mistaken or hostile input can cause.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How deep YAML may nest: a plan nests about eight levels.
pub const YAML_MAX_DEPTH: usize = 48;
/// How many alias references (`*name`) a YAML file may use.
pub const YAML_MAX_ALIASES: usize = 10_000;

/// Work one text field's `{{ … }}` may do: ample for `{{ year }}` and a few
/// citations, small enough that `{% for i in range(10**9) %}` stops at once.
pub const TEXT_FUEL: u64 = 20_000;
/// How deep a text field's expressions may recurse.
pub const TEXT_RECURSION: usize = 32;

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

/// Files attached to a PDF larger than this are refused by `extract`.
pub const EXTRACT_MAX_ATTACHMENT: usize = 32 * 1024 * 1024;
/// How deep a PDF's name tree may nest before `extract` calls it malformed.
pub const EXTRACT_MAX_DEPTH: usize = 16;
/// All files `extract` takes out of one PDF together, inflated: what vanban
/// attaches at most (a 16 MB YAML, two 8 MB images, a 16 MB attached plan)
/// fits. Counted per file returned, so a stream named many times counts
/// each time.
pub const EXTRACT_MAX_TOTAL: usize = 64 * 1024 * 1024;
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

/// Digits before the decimal point of a figure in a table: 24 digits is a
/// million times the largest state budget in đồng. Figures are exact
/// decimals (`i128` digits and a scale), so every figure is bounded.
pub const FIGURE_MAX_INTEGER_DIGITS: usize = 24;
/// Digits after the decimal point of a figure in a table. Together with
/// [`FIGURE_MAX_INTEGER_DIGITS`] a figure has at most 36 digits, which
/// leaves room in an `i128` to add many rows exactly.
pub const FIGURE_MAX_DECIMALS: usize = 12;

/// Years a document may carry: from the founding of the state (1945) to a
/// plan a lifetime ahead.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1945..=2100;
