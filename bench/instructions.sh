#!/usr/bin/env bash
# Instructions a first build executes, counted by valgrind (callgrind, no cache model), for
# one or more exhibit binaries on the same corpus:
#
#     bench/instructions.sh N BINARY [BINARY...]
#
# Wall and CPU time on a shared 2-core machine move by a fifth from one run to the next,
# so a change of 1 or 2 % cannot be seen in them without dozens of runs; the count of
# instructions is the same from run to run to a few parts in ten thousand. It is not time:
# work that waits on memory (copying, a cache miss) costs few instructions, so a change
# meant to save copies is measured in time too (bench/compare.sh, pairs of binaries).
# Swift seeds its hashing per process; SWIFT_DETERMINISTIC_HASHING=1 takes that out of the
# count. Valgrind runs the threads one at a time and about 50 times slower: 1,000 cases take
# about 90 seconds a binary. Each build goes into an empty folder with the QR codes kept
# in .exhibit-cache/ set aside (as bench/compare.sh does); the outputs are compared.
# Valgrind 3.19 cannot read the DWARF of Swift 6 binaries, so each binary is copied
# without its debug information (its symbols stay: callgrind_annotate names functions).
# Needs valgrind (apt-get install valgrind) and the corpus (bench/make_corpus.py N DIR,
# or the one bench/compare.sh made in bench/out/corpus-N).
#
# FLOOR=path/to/exhibit-floor counts the floor too, writing the files, bytes and folders
# the first binary wrote (as bench/compare.sh gives it), and prints each binary's count
# over the floor's. Count it again whenever ExhibitMarkdown changes: the floor renders
# its Markdown with the same renderer, so a change there moves both counts.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/instructions.sh N BINARY [BINARY...]" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed: apt-get install valgrind" >&2; exit 1; }
n=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
site="${CORPUS:-$here/out/corpus-$n}"
[ -d "$site/content" ] || python3 "$here/make_corpus.py" "$n" "$site" >&2
work=$(mktemp -d "${TMPDIR:-/tmp}/exhibit-instructions.XXXXXX")
trap 'rm -rf "$work"' EXIT
first=""; base=""
printf '%-40s %16s %9s  %s\n' binary instructions "/ first" output
for bin in "$@"; do
    name=$(basename "$bin")-$RANDOM
    strip --strip-debug -o "$work/$name" "$bin"
    rm -rf "$site/.exhibit-cache/qr-codes" "$site/.exhibit-cache/previous-output"
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" "$work/$name" build --site "$site" --output "$work/out-$name" --quiet \
        >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
    count=$(grep -o 'refs: *[0-9,]*' "$work/$name.log" | tr -dc '0-9')
    same="first"
    if [ -n "$first" ]; then diff -r -q "$work/out-$first" "$work/out-$name" >/dev/null && same="same as the first" || same="DIFFERENT from the first"; else first=$name; base=$count; fi
    printf '%-40s %16s %9s  %s\n' "$bin" "$count" "$(awk -v a="$count" -v b="$base" 'BEGIN { printf "%.4f", a / b }')" "$same"
    [ -z "${KEEP:-}" ] || cp "$work/$name.out" "$KEEP/$(basename "$bin").callgrind"
done
if [ -n "${FLOOR:-}" ]; then
    out="$work/out-$first"
    # %.0f, not %d: mawk prints %d as at most 2^31 - 1 (see compare.sh).
    counts="$(find "$out" -type f | wc -l) $(find "$out" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s }') $(find "$out" -mindepth 1 -type d | wc -l)"
    strip --strip-debug -o "$work/floor" "$FLOOR"
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/floor.out" "$work/floor" "$site" "$work/out-floor" $counts \
        >"$work/floor.log" 2>&1 || { cat "$work/floor.log" >&2; exit 1; }
    floor=$(grep -o 'refs: *[0-9,]*' "$work/floor.log" | tr -dc '0-9')
    printf '%-40s %16s %9s  %s\n' "$FLOOR (the floor)" "$floor" "$(awk -v a="$floor" -v b="$base" 'BEGIN { printf "%.4f", a / b }')" "files, bytes, folders: $counts"
    printf 'over the floor: first %s' "$(awk -v a="$base" -v b="$floor" 'BEGIN { printf "%.3fx", a / b }')"
    [ "$count" = "$base" ] || printf ', last %s' "$(awk -v a="$count" -v b="$floor" 'BEGIN { printf "%.3fx", a / b }')"
    printf '\n'
fi
