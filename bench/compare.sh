#!/usr/bin/env bash
# Usage: bench/compare.sh [N ...]      (default: 1000)
#
# Side-by-side benchmark of `exhibit build` against Hugo on the same corpus. For each N:
#   1. generate a corpus of N cases into bench/out/corpus-N with bench/make_corpus.py
#      (reused if it is already there; REGEN=1 regenerates it);
#   2. convert it into a Hugo site, bench/out/hugo-N, with bench/hugo/convert.py (the
#      templates in bench/hugo/layouts are the equivalent of Exhibit's default theme);
#   3. build in alternation, exhibit, hugo, exhibit, hugo, …, $RUNS runs each, every run
#      under /usr/bin/time -v into a fresh, empty output folder (Hugo with a fresh
#      --cacheDir and --ignoreCache, so no cache is reused between runs);
#   4. print per run and as medians: wall s, CPU s (user+sys), peak RSS MB, files written,
#      and the ratios exhibit/Hugo; the load average (uptime) before every run; and check
#      that Exhibit's output is byte-identical between its runs (sha256 of every file) and,
#      if `exhibit build` has a --threads option, between --threads 1 and the default.
#
# Environment:
#   EXHIBIT  the binary (default .build-release/release/exhibit under the repository root;
#            build it with: swift build -c release --scratch-path .build-release)
#   HUGO     the hugo binary (default: hugo on PATH; Debian: apt-get install hugo)
#   RUNS     runs per generator and N (default 3)
#   SEED     corpus seed (default 1; another seed uses bench/out/corpus-N-sSEED)
#   REGEN=1  regenerate the corpus even if it exists
# Rows are appended to bench/out/compare.tsv; logs, time -v output and checksums go to
# bench/out/compare-logs/. Exit status 1 if a build fails or Exhibit's outputs differ.
set -euo pipefail

usage() { sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac
for n in "$@"; do
    if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
        echo "bench/compare.sh: N must be a positive integer, got '$n' (see --help)" >&2; exit 2
    fi
done
[ "$#" -gt 0 ] || set -- 1000

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
RUNS=${RUNS:-3}
SEED=${SEED:-1}
REGEN=${REGEN:-0}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench/compare.sh: RUNS must be a positive integer" >&2; exit 2; }
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "bench/compare.sh: SEED must be a non-negative integer" >&2; exit 2; }

# ------------------------------------------------------------------------- tools
if [ -n "${EXHIBIT:-}" ]; then
    exhibit="$EXHIBIT"
    if [[ "$exhibit" == */* ]]; then [[ "$exhibit" == /* ]] || exhibit="$PWD/$exhibit"
    else exhibit=$(command -v -- "$exhibit" || echo "$exhibit"); fi
else
    exhibit="$repo_dir/.build-release/release/exhibit"
fi
if [ ! -x "$exhibit" ] || [ -d "$exhibit" ]; then
    echo "bench/compare.sh: no exhibit binary at $exhibit" >&2
    echo "  build it:  (cd $repo_dir && swift build -c release --scratch-path .build-release)" >&2
    echo "  or point EXHIBIT at a binary:  EXHIBIT=/path/to/exhibit bench/compare.sh" >&2
    exit 1
fi
hugo=${HUGO:-hugo}
if ! command -v -- "$hugo" >/dev/null 2>&1; then
    echo "bench/compare.sh: no hugo ($hugo); install Debian's: apt-get install hugo" >&2; exit 1
fi
hugo=$(command -v -- "$hugo")
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "bench/compare.sh: GNU time is needed for /usr/bin/time -v: apt-get install time" >&2; exit 1
fi
command -v python3 >/dev/null || { echo "bench/compare.sh: python3 is needed" >&2; exit 1; }

logs="$out_dir/compare-logs"
mkdir -p "$logs"
results="$out_dir/compare.tsv"
[ -s "$results" ] || printf 'timestamp\tgenerator\tN\trun\twall_s\tcpu_s\tpeak_rss_mb\tfiles\tload1\tnote\n' >"$results"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
work=$(mktemp -d "$out_dir/compare-tmp.XXXXXX")
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }' <<<"$1"; }
median() { sort -g | awk -v f="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    if (NR % 2) printf f, v[(NR + 1) / 2]; else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
manifest() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum); }
load1() { awk '{ print $1 }' /proc/loadavg; }

# Snapshot the binary: a parallel `swift build` may replace it while the benchmark runs,
# and every Exhibit run must use the same program. (It finds its libraries through an
# absolute RUNPATH, so a copy runs.)
exhibit_src=$exhibit
cp "$exhibit_src" "$work/exhibit"
exhibit="$work/exhibit"
exhibit_id="$(sha256sum "$exhibit" | cut -c1-12), built $(date -r "$exhibit_src" '+%F %T')"

exhibit_has_threads=0
if "$exhibit" build --help 2>&1 | grep -q -- '--threads'; then exhibit_has_threads=1; fi

# measure GEN N RUN OUTPUT CMD... : runs CMD under time -v, sets wall cpu rss files load
measure() {
    local gen=$1 n=$2 run=$3 output=$4; shift 4
    local tfile="$logs/time-$gen-$n-$run.txt" log="$logs/build-$gen-$n-$run.log" t0 t1 rc=0
    rm -rf "$output"
    sync
    load=$(load1)
    printf '# %s  uptime: %s\n' "$gen run $run" "$(uptime)" >>"$logs/uptime-$n.txt"
    t0=$(now_ns)
    /usr/bin/time -v -o "$tfile" "$@" >"$log" 2>&1 || rc=$?
    t1=$(now_ns)
    if [ "$rc" -ne 0 ]; then
        printf '%-10s %7s %4s   FAILED (exit %s); last lines of %s:\n' "$gen" "$n" "$run" "$rc" "${log#"$repo_dir"/}"
        tail -n 15 "$log" | sed 's/^/      /'
        return 1
    fi
    if [[ "$t0" =~ ^[0-9]+$ && "$t1" =~ ^[0-9]+$ ]]; then
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    else
        wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time[^:]*: *//p' "$tfile")")
    fi
    local user sys rss_kb
    user=$(sed -n 's/^[[:space:]]*User time (seconds): *//p' "$tfile")
    sys=$(sed -n 's/^[[:space:]]*System time (seconds): *//p' "$tfile")
    rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$tfile")
    cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')
    rss=$(awk -v k="${rss_kb:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
    files=$(find "$output" -type f | wc -l | tr -d ' ')
    printf '%-10s %7s %4s %9s %9s %9s %8s %7s\n' "$gen" "$n" "$run" "$wall" "$cpu" "$rss" "$files" "$load"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$gen" "$n" "$run" "$wall" "$cpu" "$rss" "$files" "$load" "" >>"$results"
}

status=0
summary=()
printf '\nexhibit: %s (sha256 %s; runs use a copy)\nhugo:    %s (%s)\n' "$exhibit_src" "$exhibit_id" "$hugo" "$("$hugo" version 2>/dev/null | awk '{ print $2 }')"
printf 'machine: %s CPUs; %s runs each, in alternation; load = 1-minute load average before the run\n' "$(nproc)" "$RUNS"
if [ "$exhibit_has_threads" = 1 ]; then
    echo "exhibit build has --threads: its default output is also compared with --threads 1"
else
    echo "exhibit build has no --threads option: the 1-thread/default comparison is skipped"
fi

for n in "$@"; do
    name="corpus-$n"; [ "$SEED" = 1 ] || name="corpus-$n-s$SEED"
    site="$out_dir/$name"
    if [ "$REGEN" = 1 ] || ! [ -f "$site/content/site.yaml" ] || ! [ -d "$site/content/cases" ]; then
        rm -rf "$site.tmp"
        python3 "$bench_dir/make_corpus.py" "$n" "$site.tmp" --seed "$SEED" >&2
        rm -rf "$site"; mv "$site.tmp" "$site"
    fi
    hsite="$out_dir/hugo-${name#corpus-}"
    python3 "$bench_dir/hugo/convert.py" "$site" "$hsite" >&2
    : >"$logs/uptime-$n.txt"

    printf '\n%-10s %7s %4s %9s %9s %9s %8s %7s\n' generator N run wall_s cpu_s rss_MB files load
    printf '%-10s %7s %4s %9s %9s %9s %8s %7s\n' ---------- ------- ---- --------- --------- --------- -------- -------
    ew=(); ec=(); er=(); hw=(); hc=(); hr=(); efiles=0; hfiles=0
    first_e=""; first_h=""; e_identical=yes; h_identical=yes; failed=0
    for run in $(seq 1 "$RUNS"); do
        out="$work/exhibit-$n"
        if measure exhibit "$n" "$run" "$out" "$exhibit" build --site "$site" --output "$out"; then
            ew+=("$wall"); ec+=("$cpu"); er+=("$rss"); efiles=$files
            m="$logs/manifest-exhibit-$n-$run.sha256"; manifest "$out" >"$m"
            if [ -z "$first_e" ]; then first_e=$m; elif ! cmp -s "$first_e" "$m"; then e_identical=NO; fi
        else failed=1; status=1; break; fi
        out="$work/hugo-$n"
        cache="$work/hugo-cache-$n-$run"
        if measure hugo "$n" "$run" "$out" "$hugo" --source "$hsite" --destination "$out" --quiet \
                --cacheDir "$cache" --ignoreCache; then
            hw+=("$wall"); hc+=("$cpu"); hr+=("$rss"); hfiles=$files
            m="$logs/manifest-hugo-$n-$run.sha256"; manifest "$out" >"$m"
            if [ -z "$first_h" ]; then first_h=$m; elif ! cmp -s "$first_h" "$m"; then h_identical=NO; fi
        else failed=1; status=1; break; fi
        rm -rf "$cache"
    done
    if [ "$failed" = 1 ]; then summary+=("$(printf '%7s  a build failed (see above)' "$n")"); continue; fi
    threads_note="skipped (exhibit build has no --threads option)"
    if [ "$exhibit_has_threads" = 1 ]; then
        out="$work/exhibit-$n-t1"
        if measure exhibit-t1 "$n" 1 "$out" "$exhibit" build --site "$site" --output "$out" --threads 1; then
            manifest "$out" >"$logs/manifest-exhibit-t1-$n.sha256"
            if cmp -s "$first_e" "$logs/manifest-exhibit-t1-$n.sha256"; then threads_note="identical"
            else threads_note="DIFFERENT"; status=1
                diff "$first_e" "$logs/manifest-exhibit-t1-$n.sha256" | head -n 10 | sed 's/^/           [--threads 1] /' || true
            fi
        else threads_note="--threads 1 build FAILED"; status=1; fi
    fi
    mew=$(printf '%s\n' "${ew[@]}" | median %.3f); mhw=$(printf '%s\n' "${hw[@]}" | median %.3f)
    mec=$(printf '%s\n' "${ec[@]}" | median %.2f); mhc=$(printf '%s\n' "${hc[@]}" | median %.2f)
    mer=$(printf '%s\n' "${er[@]}" | median %.1f); mhr=$(printf '%s\n' "${hr[@]}" | median %.1f)
    printf '%-10s %7s %4s %9s %9s %9s %8s\n' exhibit "$n" med "$mew" "$mec" "$mer" "$efiles"
    printf '%-10s %7s %4s %9s %9s %9s %8s\n' hugo "$n" med "$mhw" "$mhc" "$mhr" "$hfiles"
    printf '%-10s %7s %4s %9s %9s %9s\n' ex/hugo "$n" ratio "$(ratio "$mew" "$mhw")" "$(ratio "$mec" "$mhc")" "$(ratio "$mer" "$mhr")"
    if [ "$RUNS" -lt 2 ]; then e_identical="n/a (1 run)"; h_identical="n/a (1 run)"
    elif [ "$e_identical" = NO ]; then
        status=1
        echo "         exhibit outputs differ between runs; first differences:"
        for run in $(seq 2 "$RUNS"); do
            diff "$first_e" "$logs/manifest-exhibit-$n-$run.sha256" | head -n 10 | sed "s/^/           [run $run] /" || true
        done
    fi
    for g in exhibit hugo; do
        if [ $g = exhibit ]; then w=$mew c=$mec r=$mer f=$efiles; else w=$mhw c=$mhc r=$mhr f=$hfiles; fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$g" "$n" median "$w" "$c" "$r" "$f" "-" \
            "$([ $g = exhibit ] && echo "identical between runs: $e_identical; --threads 1: $threads_note" || echo "identical between runs: $h_identical")" >>"$results"
    done
    summary+=("$(printf '%7s  wall %ss vs %ss (%s×)  cpu %ss vs %ss (%s×)  rss %s vs %s MB (%s×)  files %s vs %s\n         exhibit output identical between runs: %s; --threads 1 vs default: %s; hugo identical between runs: %s' \
        "$n" "$mew" "$mhw" "$(ratio "$mew" "$mhw")" "$mec" "$mhc" "$(ratio "$mec" "$mhc")" "$mer" "$mhr" "$(ratio "$mer" "$mhr")" \
        "$efiles" "$hfiles" "$e_identical" "$threads_note" "$h_identical")")
done

printf '\nmedians, exhibit vs hugo (ratio exhibit/hugo; < 1 means exhibit is faster / smaller):\n'
printf '%s\n' "${summary[@]}"
echo "note: the load average before each run is in the load column and in ${logs#"$repo_dir"/}/uptime-N.txt;"
echo "      on a shared machine the figures are noisy: compare the ratios of alternating runs."
echo "(rows appended to ${results#"$repo_dir"/}; logs, time -v output and checksums in ${logs#"$repo_dir"/}/)"
exit "$status"
