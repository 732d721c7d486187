#!/usr/bin/env bash
# Usage: bench/memory.sh [N]        (default: 1000)
#
# Shows that `exhibit build`'s memory is the site model, not the pages written: builds the
# N-case corpus (bench/out/corpus-N, made by bench/make_corpus.py if missing) twice, as
# it is (per_page 20) and with `per_page: 1`, which writes several times more list pages
# from the same model, and prints pages, megabytes written and peak RSS of each. If pages
# were held in memory, the second build's peak would grow with what it writes.
#
# Environment: EXHIBIT, the binary (default .build-release/release/exhibit).
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
n=${1:-1000}
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench/memory.sh: N must be a positive integer" >&2; exit 2; }
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
exhibit=${EXHIBIT:-$repo_dir/.build-release/release/exhibit}
[ -x "$exhibit" ] || { echo "bench/memory.sh: no exhibit binary at $exhibit (swift build -c release --static-swift-stdlib --scratch-path .build-release)" >&2; exit 1; }
corpus="$bench_dir/out/corpus-$n"
[ -d "$corpus/content" ] || python3 "$bench_dir/make_corpus.py" "$n" "$corpus"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$corpus/content" "$scratch/content-1"
sed -i 's/^per_page: .*/per_page: 1/' "$scratch/content-1/site.yaml"
grep -q '^per_page: 1$' "$scratch/content-1/site.yaml" || echo "per_page: 1" >> "$scratch/content-1/site.yaml"

printf '%-14s %8s %10s %12s\n' "per_page" "pages" "MB_written" "peak_RSS_MB"
for variant in as-is 1; do
    site="$scratch/site-$variant"
    mkdir -p "$site"
    if [ "$variant" = as-is ]; then cp -r "$corpus/content" "$site/content"; else mv "$scratch/content-1" "$site/content"; fi
    /usr/bin/time -v "$exhibit" build --site "$site" --output "$site/public" > "$scratch/out" 2> "$scratch/time"
    pages=$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' "$scratch/out")
    written=$(du -sm "$site/public" | cut -f1)
    rss=$(awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$scratch/time")
    printf '%-14s %8s %10s %12s\n' "$variant" "$pages" "$written" "$rss"
    rm -rf "$site"
done
