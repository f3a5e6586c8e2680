#!/usr/bin/env bash
# Renders N different documents (default 1000) in one `vanban render` run on
# all cores, and reports wall time, time per document and peak memory.
#
#   scripts/bench-batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
cargo build --release --quiet
bin=$PWD/target/release/vanban
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in" "$tmp/out"
# Each document differs in số, year, signer and one sentence.
python3 - "$n" "$tmp/in" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
src = open("data/ngoc-lien-2026.yaml", encoding="utf-8").read()
for i in range(n):
    doc = (src.replace("number: null", f"number: {i + 1}")
              .replace("name: Phạm Xuân Khánh", f"name: Nguyễn Văn Số {i}")
              .replace("Tăng cường công tác lãnh đạo", f"Tăng cường (lần {i}) công tác lãnh đạo"))
    open(f"{out}/doc-{i:04}.yaml", "w", encoding="utf-8").write(doc)
PY
echo "== $n documents, $(nproc) cores"
/usr/bin/time -f "wall %e s, peak RSS %M kB" "$bin" render "$tmp/in" --out-dir "$tmp/out" 2>&1 \
  | grep -E "^(rendered|wall|thread|fatal)"
python3 - "$tmp/out" "$n" <<'PY'
import os, sys
files = os.listdir(sys.argv[1])
assert len(files) == int(sys.argv[2]), f"{len(files)} PDFs"
PY
