#!/usr/bin/env bash
# The DOCX check with a real client, outside `cargo test`: every sample in
# data/ that has a DOCX form is written as a draft DOCX, converted to PDF
# by LibreOffice headless, and read back with pdftotext:
#   - LibreOffice opens and converts it (a file it could not read fails);
#   - its words are the words of vanban's own PDF of the same draft, which
#     vanban's self-check has compared with the YAML (sorted, so that a
#     line broken elsewhere still counts);
#   - the page count and how many lines break where vanban's PDF breaks
#     them are reported, not failed (the two engines justify differently);
#   - the key geometry of LibreOffice's PDFs (margins, header columns, the
#     số and date baseline, the short rules, sizes, page numbers) is
#     checked against nd30.toml and vanban's PDF by the ignored test
#     tests/docx_libreoffice.rs, run here on the folder of those PDFs.
# Needs LibreOffice (libreoffice-writer-nogui), poppler-utils and a Rust
# toolchain. Run by .ci/run after the poppler check.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "check-docx-with-libreoffice: $tool is missing" >&2; exit 2; }
done

cargo build --locked --bin vanban
vanban=target/debug/vanban

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r data/. "$work/"
# LibreOffice keeps its profile here, not in the user's home.
profile="file://$work/lo-profile"

# A form's dot leaders are drawn to the end of the line: how many dots
# fill it is each engine's own, so a run of dots alone is not a word.
words() { LC_ALL=C sed 's/\xc2\xa0/ /g' | tr -s '[:space:]' '\n' | sed '/^$/d; /^\.\.\.\.*$/d'; }
# The words of a PDF as poppler finds them on the page (-bbox): the plain
# text output joins a `-` ending a line to the next line's word, and the
# two engines end different lines with a table's `-` cell.
pdfwords() {
  pdftotext -bbox -enc UTF-8 "$1" - 2>/dev/null | sed -n 's:.*<word[^>]*>\(.*\)</word>.*:\1:p' |
    sed "s/&lt;/</g; s/&gt;/>/g; s/&quot;/\"/g; s/&apos;/'/g; s/&amp;/\\&/g" | words
}
# pdftotext ends each page with a form feed (glued to the next page's first
# line): dropped, so that it neither counts as a line nor hides one.
lines() { LC_ALL=C sed 's/\xc2\xa0/ /g' | tr -d '\f' | tr -s ' \t' ' ' | sed 's/^ //; s/ $//; /^$/d'; }

# Samples that must write a DOCX: a refusal of one of them fails the check.
# Every sample in data/.
required="bao-cao-ngoc-lien-2026 bien-ban-ngoc-lien-2026 chi-thi-ngoc-lien-2026 cong-dien-ngoc-lien-2026
  cong-van-ngoc-lien-2026 giay-gioi-thieu-ngoc-lien-2026 giay-moi-ngoc-lien-2026
  giay-nghi-phep-ngoc-lien-2026 hop-dong-ngoc-lien-2026 ke-hoach-lien-tich-ngoc-lien-2026
  ke-hoach-tinh-binh-lam-2026 nghi-quyet-ngoc-lien-2026 ngoc-lien-2026
  quy-che-lam-viec-ngoc-lien-2026 quy-dinh-homestay-tinh-binh-lam-2026 quyet-dinh-ngoc-lien-2026
  quyet-dinh-qppl-tinh-binh-lam-2026 quyet-dinh-quy-che-ngoc-lien-2026 thong-bao-ngoc-lien-2026
  thu-cong-ngoc-lien-2027 to-trinh-ngoc-lien-2027"

failed=0
written=0
for yaml in "$work"/*.yaml; do
  name=$(basename "$yaml" .yaml)
  if ! NO_COLOR=1 "$vanban" render "$yaml" --draft -o "$work/$name.docx" >/dev/null 2>"$work/log"; then
    if grep -q "docx-unsupported" "$work/log" && ! grep -qw -- "$name" <<<"$required"; then
      echo "$name: no DOCX form yet ($(grep -m1 -o 'docx-unsupported]: [^:]*' "$work/log" || echo unsupported))"
      continue
    fi
    cat "$work/log" >&2
    exit 1
  fi
  written=$((written + 1))
  NO_COLOR=1 "$vanban" render "$yaml" --draft -o "$work/$name.vanban.pdf" >/dev/null 2>&1
  mkdir -p "$work/lo"
  if ! soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" \
    "$work/$name.docx" >"$work/log" 2>&1 || [ ! -s "$work/lo/$name.pdf" ]; then
    echo "FAIL $name: LibreOffice could not convert the DOCX" >&2
    cat "$work/log" >&2
    failed=1
    continue
  fi
  lo="$work/lo/$name.pdf"
  if ! cmp -s <(pdfwords "$lo" | sort) <(pdfwords "$work/$name.vanban.pdf" | sort); then
    echo "FAIL $name: LibreOffice's PDF of the DOCX and vanban's PDF hold different words (< DOCX, > PDF):" >&2
    diff <(pdfwords "$lo" | sort) <(pdfwords "$work/$name.vanban.pdf" | sort) | head -20 >&2 || true
    failed=1
  fi
  pages_lo=$(pdfinfo "$lo" | awk '/^Pages:/ {print $2}')
  pages_vb=$(pdfinfo "$work/$name.vanban.pdf" | awk '/^Pages:/ {print $2}')
  pdftotext -enc UTF-8 "$lo" - | lines >"$work/a"
  pdftotext -enc UTF-8 "$work/$name.vanban.pdf" - 2>/dev/null | lines >"$work/b"
  same=$(comm -12 <(sort "$work/a") <(sort "$work/b") | wc -l)
  total=$(wc -l <"$work/b")
  echo "$name: DOCX ok; pages LibreOffice $pages_lo, vanban $pages_vb; lines broken alike $same of $total"
done
# A signed DOCX (số, ngày, signature and seal images): the công văn, whose
# images are in data/images; LibreOffice must open it with the PDF's words.
name=cong-van-ngoc-lien-2026
NO_COLOR=1 "$vanban" render "$work/$name.yaml" -o "$work/$name-signed.docx" >/dev/null 2>&1
NO_COLOR=1 "$vanban" render "$work/$name.yaml" -o "$work/$name-signed.vanban.pdf" >/dev/null 2>&1
# (Its PDF goes apart: $work/lo holds the drafts' PDFs the geometry test reads.)
if ! soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/signed" \
  "$work/$name-signed.docx" >"$work/log" 2>&1 || [ ! -s "$work/signed/$name-signed.pdf" ]; then
  echo "FAIL $name (signed): LibreOffice could not convert the DOCX" >&2
  failed=1
elif ! cmp -s <(pdfwords "$work/signed/$name-signed.pdf" | sort) <(pdfwords "$work/$name-signed.vanban.pdf" | sort); then
  echo "FAIL $name (signed): different words" >&2
  failed=1
else
  echo "$name (signed, with images): DOCX ok"
fi
[ "$written" -gt 0 ] || { echo "check-docx-with-libreoffice: no sample wrote a DOCX" >&2; exit 1; }
# The geometry of LibreOffice's rendering of each draft, checked (and
# measured: the table README.md quotes) by the ignored Rust test.
if ! VANBAN_LIBREOFFICE_PDFS="$work/lo" cargo test --locked --test docx_libreoffice -- --ignored --nocapture; then
  echo "FAIL: LibreOffice's layout of the DOCX is not NĐ30's (tests/docx_libreoffice.rs)" >&2
  failed=1
fi
if [ "$failed" != 0 ]; then
  echo "check-docx-with-libreoffice: FAILED" >&2
  exit 1
fi
echo "check-docx-with-libreoffice: $written DOCX files open in LibreOffice with vanban's words and NĐ30's geometry"
