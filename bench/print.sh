#!/usr/bin/env bash
# Usage: bench/print.sh [N ...]        (default: 100 1000)
#
# Benchmark of `exhibit print`. For each N: the corpus of bench/build.sh
# (bench/out/corpus-N, made with bench/make_corpus.py if missing, reused otherwise), printed
# once with `$EXHIBIT print --site DIR`; its progress lines are timed as they arrive. Prints
# the time per document and per page of each kind (booklet volumes, boards, labels), the
# moment the last booklet volume was done (the booklet's wall time: documents print in
# parallel, booklet volumes first) and the whole run's wall time. Wall times of documents
# printed at once grow with each other and with anything else the machine runs: the CPU
# seconds (WeasyPrint's, per document) are the figure to compare between runs.
#
# Environment:
#   EXHIBIT   the binary (default .build/release/exhibit, else .build/debug/exhibit)
#   WEASYPRINT_BIN  a folder with `weasyprint` put first on PATH (default .exhibit-tools/bin)
# Results are appended to bench/out/print-results.tsv.
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
for n in "$@"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench/print.sh: N must be a positive integer, got '$n'" >&2; exit 2; }
done
[ "$#" -gt 0 ] || set -- 100 1000
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
exhibit=${EXHIBIT:-}
if [ -z "$exhibit" ]; then
    exhibit="$repo_dir/.build/release/exhibit"
    [ -x "$exhibit" ] || exhibit="$repo_dir/.build/debug/exhibit"
fi
[ -x "$exhibit" ] || { echo "bench/print.sh: no exhibit binary at $exhibit (swift build first)" >&2; exit 1; }
export PATH="${WEASYPRINT_BIN:-$repo_dir/.exhibit-tools/bin}:$PATH"
mkdir -p "$out_dir"
for n in "$@"; do
    site="$out_dir/corpus-$n"
    if [ ! -d "$site" ]; then
        echo "making $site" >&2
        python3 "$bench_dir/make_corpus.py" "$n" "$site.tmp" --seed 1 >&2
        mv "$site.tmp" "$site"
    fi
    log="$out_dir/print-$n.log"
    start=$(date +%s.%N)
    # Each progress line with the seconds since the start; the pipeline's own lines too.
    set +e
    "$exhibit" print --verbose --site "$site" 2>&1 >"$out_dir/print-$n.out" | while IFS= read -r line; do
        printf '%.2f\t%s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$line"
    done >"$log"
    status=${PIPESTATUS[0]}
    set -e
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    [ "$status" -eq 0 ] || { echo "bench/print.sh: exhibit print failed for N=$n (see $log)" >&2; exit 1; }
    python3 - "$n" "$wall" "$log" "$out_dir/print-results.tsv" <<'PY'
import re, sys
n, wall, log, results = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
kinds = {}
booklet_done = 0.0
for line in open(log, encoding="utf-8"):
    m = re.match(r"([\d.]+)\t\[\d+/\d+\] (\S+): (\d+) page\(s\), .*, ([\d.]+) s \(([\d.]+) s CPU\)$", line.rstrip())
    if not m:
        continue
    at, path, pages, seconds, cpu = float(m.group(1)), m.group(2), int(m.group(3)), float(m.group(4)), float(m.group(5))
    kind = "booklet" if path.startswith("booklet") else "labels" if path.startswith("labels") else "boards"
    k = kinds.setdefault(kind, [0, 0, 0.0, 0.0])
    k[0] += 1; k[1] += pages; k[2] += seconds; k[3] += cpu
    if kind == "booklet":
        booklet_done = max(booklet_done, at)
print(f"N={n}: wall {wall:.1f} s; last booklet volume done at {booklet_done:.1f} s (pipeline included)")
rows = []
for kind in ("booklet", "boards", "labels"):
    docs, pages, seconds, cpu = kinds.get(kind, [0, 0, 0.0, 0.0])
    if docs:
        print(f"  {kind:8} {docs:5d} document(s) {pages:6d} pages  {seconds / docs:7.2f} s a document  {seconds / max(pages, 1):6.3f} s a page"
              f"  (CPU: {cpu / docs:.2f} s a document, {cpu / max(pages, 1):.3f} s a page, {cpu:.1f} s in all)")
        rows.append(f"{n}\t{kind}\t{docs}\t{pages}\t{seconds:.2f}\t{cpu:.2f}\t{booklet_done:.2f}\t{wall:.2f}")
with open(results, "a", encoding="utf-8") as out:
    out.write("\n".join(rows) + "\n")
PY
done
