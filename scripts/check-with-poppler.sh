#!/usr/bin/env bash
# The independent check, outside `cargo test`: renders every sample in data/
# and reads the PDFs with poppler-utils, what users' tools see:
#   - pdftotext reads the same words as the tests' Rust reader
#     (tests/common/pdf.rs, via `cargo run --example pdf_text`);
#   - pdffonts lists every font embedded, as a subset, with a ToUnicode map;
#   - a PDF/A-3b rendering carries PDF/A metadata (pdfinfo -meta) and its
#     YAML as an attachment (pdfdetach -list).
# Needs poppler-utils and a Rust toolchain. Run by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in pdftotext pdffonts pdfinfo pdfdetach; do
  command -v "$tool" >/dev/null || { echo "check-with-poppler: $tool is missing (apt install poppler-utils)" >&2; exit 2; }
done

# A debug build: its dependencies are optimised (see Cargo.toml's profile).
cargo build --locked --bin vanban --example pdf_text
vanban=target/debug/vanban
reader=target/debug/examples/pdf_text

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of data/, so the samples find their images and nothing is written
# into the repository.
cp -r data/. "$work/"

# One word a line: whitespace (no-break spaces too) only separates words.
words() { LC_ALL=C sed 's/\xc2\xa0/ /g' | tr -s '[:space:]' '\n' | sed '/^$/d'; }

failed=0
fail() { echo "FAIL $1: $2" >&2; failed=1; }
count=0
for yaml in "$work"/*.yaml; do
  name=$(basename "$yaml" .yaml)
  count=$((count + 1))
  pdf="$work/$name.pdf"
  a3="$work/$name.a3b.pdf"
  NO_COLOR=1 "$vanban" render "$yaml" -o "$pdf" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
  # A sample left undated for the signing tool gets its date from
  # SOURCE_DATE_EPOCH, as PDF/A needs one (2026-01-01).
  NO_COLOR=1 SOURCE_DATE_EPOCH=1767225600 "$vanban" render "$yaml" -o "$a3" --pdf-standard a-3b \
    >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }

  # Text: poppler and the tests' reader read the same words. Outside
  # tables they read them in the same order too; inside a table pdftotext's
  # column grouping is its own, so the order is reported, not failed.
  pdftotext -enc UTF-8 "$pdf" - | words >"$work/$name.poppler.txt"
  "$reader" "$pdf" | words >"$work/$name.rust.txt"
  if ! cmp -s <(sort "$work/$name.poppler.txt") <(sort "$work/$name.rust.txt"); then
    fail "$name" "pdftotext and tests/common/pdf.rs read different words (< poppler, > rust):"
    diff <(sort "$work/$name.poppler.txt") <(sort "$work/$name.rust.txt") | head -20 >&2 || true
  fi
  order=same
  cmp -s "$work/$name.poppler.txt" "$work/$name.rust.txt" || order="same words, in another order in places"

  # Fonts: every one embedded, subset, with a ToUnicode map (columns
  # emb, sub, uni are the 5th to 3rd from the end).
  for f in "$pdf" "$a3"; do
    rows=$(pdffonts "$f" 2>/dev/null | tail -n +3)
    [ -n "$rows" ] || fail "$name" "pdffonts lists no font"
    bad=$(awk '{ n = NF; if ($(n-4) != "yes" || $(n-3) != "yes" || $(n-2) != "yes") print }' <<<"$rows")
    [ -z "$bad" ] || fail "$name" "fonts not embedded/subset/with ToUnicode: $bad"
  done

  # PDF/A-3b: the XMP says so, and the YAML is attached.
  # (poppler warns about typst's /MarkInfo on stderr; the checks are on stdout.)
  meta=$(pdfinfo -meta "$a3" 2>/dev/null)
  grep -q '<pdfaid:part>3</pdfaid:part>' <<<"$meta" || fail "$name" "no pdfaid:part 3 in the XMP"
  grep -q '<pdfaid:conformance>B</pdfaid:conformance>' <<<"$meta" || fail "$name" "no pdfaid:conformance B in the XMP"
  attached=$(pdfdetach -list "$a3" 2>/dev/null)
  grep -qx "[0-9]*: $name.yaml" <<<"$attached" || fail "$name" "the YAML is not attached: $attached"
  pdfdetach -list "$pdf" 2>/dev/null | grep -qx '0 embedded files' || fail "$name" "a plain PDF has attachments"

  echo "ok   $name ($(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(wc -l <"$work/$name.rust.txt") words, order: $order)"
done

[ "$count" -gt 0 ] || { echo "check-with-poppler: no samples in data/" >&2; exit 1; }
if [ "$failed" != 0 ]; then
  echo "check-with-poppler: FAILED" >&2
  exit 1
fi
echo "check-with-poppler: $count samples agree with poppler"
