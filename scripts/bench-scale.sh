#!/usr/bin/env bash
# How render time grows with the size of a plan: the sample with its dự án
# and nơi nhận repeated 1×, 10× and 100×, one process each.
#
#   scripts/bench-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/vanban
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
src = open("data/ngoc-lien-2026.yaml", encoding="utf-8").read()
start = src.index("\nprojects:\n") + len("\nprojects:\n")
end = src.index("\nsolutions:\n")
projects = src[start:end].replace("&von-trung-uong", "").replace(
    "*von-trung-uong", "{source: Vốn ngân sách Trung ương, under: [nq661, qd2624]}")
for times in (1, 10, 100):
    out = src[:end] + projects * (times - 1) + src[end:]
    extra = "".join(f"  - Thôn số {i} (để t/h)\n" for i in range(times * 6))
    out = out.replace("recipients:\n", "recipients:\n" + extra, 1)
    open(f"{sys.argv[1]}/x{times}.yaml", "w", encoding="utf-8").write(out)
PY
for times in 1 10 100; do
  "$bin" render "$tmp/x$times.yaml" -o "$tmp/x$times.pdf" 2>/dev/null
  pages=$(python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$tmp/x$times.pdf")
  /usr/bin/time -f "${times}x: %e s, peak RSS %M kB, $pages pages" "$bin" render "$tmp/x$times.yaml" -o "$tmp/x$times.pdf" 2>&1 | tail -1
done
