#!/usr/bin/env bash
# Usage: bench/build.sh [N ...]        (default: 1000)
#
# Build benchmark of `exhibit build`. For each N:
#   1. generate a corpus of N cases into bench/out/corpus-N (reused if it is already there;
#      delete the folder to regenerate) with bench/make_corpus.py --seed $SEED;
#   2. run `$EXHIBIT build --site DIR --output DIR/public` $RUNS times under /usr/bin/time -v,
#      each from a clean output folder;
#   3. print one row per run (wall s, user+sys CPU s, peak RSS MB, files under public/) and
#      the medians per N, and check that all runs wrote byte-identical output.
#
# Environment:
#   EXHIBIT  the binary (default .build/release/exhibit, relative to the repository root)
#   RUNS     runs per N (default 3)
#   SEED     corpus seed (default 1; a seed other than 1 uses bench/out/corpus-N-sSEED)
#   KEEP=1   keep public/ and the previous output and QR codes exhibit keeps in
#            .exhibit-cache/ between runs (measures a rebuild, the editor's case); otherwise
#            each run starts from an empty output folder with neither (a first build, as in CI)
# Results are also appended to bench/out/results.tsv. Exit status 1 if a build fails or
# the outputs differ.
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
    -h|--help) usage; exit 0 ;;
esac
for n in "$@"; do
    if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
        echo "bench/build.sh: N must be a positive integer, got '$n'" >&2
        echo "usage: bench/build.sh [N ...]   (see bench/build.sh --help)" >&2
        exit 2
    fi
done
if [ "$#" -eq 0 ]; then set -- 1000; fi

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
RUNS=${RUNS:-3}
SEED=${SEED:-1}
KEEP=${KEEP:-0}
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then echo "bench/build.sh: RUNS must be a positive integer" >&2; exit 2; fi
if ! [[ "$SEED" =~ ^[0-9]+$ ]]; then echo "bench/build.sh: SEED must be a non-negative integer" >&2; exit 2; fi

# The binary: $EXHIBIT as given (relative to the caller's directory, or a command on PATH),
# else the release build of this repository.
if [ -n "${EXHIBIT:-}" ]; then
    if [[ "$EXHIBIT" == */* ]]; then
        exhibit="$EXHIBIT"
        [[ "$exhibit" == /* ]] || exhibit="$PWD/$exhibit"
    else
        exhibit=$(command -v -- "$EXHIBIT" || true)
        [ -n "$exhibit" ] || exhibit="$EXHIBIT"
    fi
else
    exhibit="$repo_dir/.build/release/exhibit"
fi
if [ ! -x "$exhibit" ] || [ -d "$exhibit" ]; then
    echo "bench/build.sh: no exhibit binary at $exhibit" >&2
    if [ -z "${EXHIBIT:-}" ]; then
        echo "  build it first:  (cd $repo_dir && swift build -c release --static-swift-stdlib)" >&2
        echo "  or point EXHIBIT at a binary:  EXHIBIT=/path/to/exhibit bench/build.sh" >&2
    else
        echo "  EXHIBIT=$EXHIBIT is not an executable file; build with: swift build -c release --static-swift-stdlib" >&2
    fi
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "bench/build.sh: /usr/bin/time is missing (GNU time, for -v)." >&2
    echo "  install it:  apt-get install time" >&2
    exit 1
fi
if ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "bench/build.sh: /usr/bin/time does not support -v (need GNU time: apt-get install time)" >&2
    exit 1
fi
command -v python3 >/dev/null || { echo "bench/build.sh: python3 is needed for make_corpus.py" >&2; exit 1; }

logs="$out_dir/logs"
mkdir -p "$out_dir" "$logs"
results="$out_dir/results.tsv"
[ -s "$results" ] || printf 'timestamp\tbinary\tN\trun\twall_s\tcpu_s\tpeak_rss_mb\tfiles\tidentical\n' >"$results"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# "h:mm:ss" or "m:ss.ss" from time -v → seconds (used only if date lacks %N)
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }' <<<"$1"; }
now_ns() { date +%s%N; }
median() { sort -g | awk -v f="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    if (NR % 2) printf f, v[(NR + 1) / 2]; else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# checksum manifest of every file under $1: "sha256  ./relative/path", sorted by path
manifest() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum); }

# shellcheck source=bench/aside.sh
. "$bench_dir/aside.sh"
aside_tmp=$(mktemp -d "$out_dir/build-tmp.XXXXXX")
aside_init "$aside_tmp"   # earlier outputs go aside, deleted at exit: see bench/aside.sh

status=0
summary=()
printf '\nexhibit: %s\n' "$exhibit"
printf '%8s %4s %9s %9s %9s %8s\n' N run wall_s cpu_s rss_MB files
printf '%8s %4s %9s %9s %9s %8s\n' -------- ---- --------- --------- --------- --------

for n in "$@"; do
    name="corpus-$n"; [ "$SEED" = 1 ] || name="corpus-$n-s$SEED"
    site="$out_dir/$name"
    if [ -f "$site/content/site.yaml" ] && [ -d "$site/content/cases" ]; then
        :   # reuse
    else
        rm -rf "$site.tmp"
        python3 "$bench_dir/make_corpus.py" "$n" "$site.tmp" --seed "$SEED" >&2
        aside "$site"
        mv "$site.tmp" "$site"
    fi
    public="$site/public"
    aside "$public" "$site/.exhibit-cache/previous-output" "$site/.exhibit-cache/qr-codes"
    walls=(); cpus=(); rsss=(); first_manifest=""; identical="yes"; failed=0; warnings=0
    for run in $(seq 1 "$RUNS"); do
        [ "$KEEP" = 1 ] || aside "$public" "$site/.exhibit-cache/previous-output" "$site/.exhibit-cache/qr-codes"
        sync   # no writeback of the previous run's files during this one
        tfile="$logs/time-$n-$run.txt"
        log="$logs/build-$n-$run.log"
        t0=$(now_ns)
        rc=0
        /usr/bin/time -v -o "$tfile" "$exhibit" build --site "$site" --output "$public" >"$log" 2>&1 || rc=$?
        t1=$(now_ns)
        if [ "$rc" -ne 0 ]; then
            printf '%8s %4s   FAILED (exit %s), last lines of %s:\n' "$n" "$run" "$rc" "$log"
            tail -n 15 "$log" | sed 's/^/      /'
            failed=1; status=1
            break
        fi
        if [[ "$t0" =~ ^[0-9]+$ && "$t1" =~ ^[0-9]+$ ]]; then
            wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        else
            wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time[^:]*: *//p' "$tfile")")
        fi
        user=$(sed -n 's/^[[:space:]]*User time (seconds): *//p' "$tfile")
        sys=$(sed -n 's/^[[:space:]]*System time (seconds): *//p' "$tfile")
        rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$tfile")
        cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')
        rss=$(awk -v k="${rss_kb:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
        if [ -d "$public" ]; then
            files=$(find "$public" -type f | wc -l | tr -d ' ')
            m="$logs/manifest-$n-$run.sha256"
            manifest "$public" >"$m"
            if [ -z "$first_manifest" ]; then
                first_manifest="$m"
            elif ! cmp -s "$first_manifest" "$m"; then
                identical="NO"
            fi
        else
            files=0; identical="NO (no public/)"
        fi
        warnings=$(grep -c ': warning:' "$log" || true)
        walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
        printf '%8s %4s %9s %9s %9s %8s\n' "$n" "$run" "$wall" "$cpu" "$rss" "$files"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$exhibit" "$n" "$run" "$wall" "$cpu" "$rss" "$files" "-" >>"$results"
    done
    if [ "$failed" = 1 ]; then
        summary+=("$(printf '%8s %6s   build failed' "$n" "")")
        continue
    fi
    mw=$(printf '%s\n' "${walls[@]}" | median %.3f)
    mc=$(printf '%s\n' "${cpus[@]}" | median %.2f)
    mr=$(printf '%s\n' "${rsss[@]}" | median %.1f)
    printf '%8s %4s %9s %9s %9s %8s\n' "$n" med "$mw" "$mc" "$mr" "$files"
    if [ "$RUNS" -lt 2 ]; then
        identical="n/a (1 run)"
    elif [[ "$identical" == NO* ]]; then
        status=1
        echo "         outputs differ between runs; first differences (run 1 vs later runs):"
        for run in $(seq 2 "$RUNS"); do
            diff "$first_manifest" "$logs/manifest-$n-$run.sha256" | head -n 10 | sed "s/^/           [run $run] /" || true
        done
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$exhibit" "$n" median "$mw" "$mc" "$mr" "$files" "$identical" >>"$results"
    summary+=("$(printf '%8s   median wall %ss  cpu %ss  rss %s MB  files %s  warnings %s  %s runs, outputs identical: %s' \
        "$n" "$mw" "$mc" "$mr" "$files" "$warnings" "$RUNS" "$identical")")
done

echo
printf '%s\n' "${summary[@]}"
echo "(raw rows appended to ${results#"$repo_dir"/}; build logs, time -v output and checksums in ${logs#"$repo_dir"/}/)"
exit "$status"
