#!/usr/bin/env bash
# Times the release binary as a whole process on the sample plan (hyperfine),
# its peak memory, and — when a `typst` CLI is installed — the stock typst
# CLI compiling the very .typ vanban emits, with the ratio of the two.
#
#   scripts/bench-cli.sh            # needs hyperfine and /usr/bin/time (apt install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt install hyperfine" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/vanban
sample=data/ngoc-lien-2026.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median_ms() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['median']*1000:.1f}\")" "$1"; }
peak_kb() { # median peak RSS of 5 runs, in kB
  for _ in 1 2 3 4 5; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p
}

echo "== vanban render (whole process, embedded fonts)"
hyperfine -N --warmup 5 --runs 60 --export-json "$tmp/vanban.json" \
  "$bin render $sample -o $tmp/out.pdf"
echo "peak RSS: $(peak_kb "$bin" render "$sample" -o "$tmp/out.pdf") kB"

"$bin" render "$sample" -o "$tmp/plan.typ" 2>/dev/null
if command -v typst >/dev/null; then
  echo "== typst compile on the same .typ ($(typst --version))"
  hyperfine -N --warmup 5 --runs 60 --export-json "$tmp/typst.json" \
    "typst compile --ignore-system-fonts --font-path fonts/liberation-serif $tmp/plan.typ $tmp/cli.pdf"
  echo "peak RSS: $(peak_kb typst compile --ignore-system-fonts --font-path fonts/liberation-serif "$tmp/plan.typ" "$tmp/cli.pdf") kB"
  v=$(median_ms "$tmp/vanban.json"); t=$(median_ms "$tmp/typst.json")
  python3 -c "print(f'median: vanban {$v} ms, typst CLI {$t} ms, ratio {$v/$t:.2f}')"
else
  echo "(no typst CLI installed: cargo install typst-cli --version 0.15.1 --locked, to compare)"
fi
