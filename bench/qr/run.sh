#!/usr/bin/env bash
# Usage: bench/qr/run.sh [N] [ROUNDS]     (default: 1000 URLs, 3 rounds)
#
# Time a symbol of a case's URL takes: ExhibitQR's encoder against libqrencode, which
# Exhibit used before (its mask scoring was 13 % of a 1,000-case first build's CPU), in
# alternation. Both are compiled here: libqrencode.c with gcc -O2 against Debian's
# libqrencode (libqrencode-dev), main.swift with the ExhibitQR sources it needs, with
# swiftc -O -wmo as a release build compiles them. Needs swiftc, gcc, libqrencode-dev.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); src="$here/../../Sources/ExhibitQR"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/libqrencode" "$here/libqrencode.c" -lqrencode
printf 'public enum QRCode {}\n' >"$work/stub.swift"
# Every file of the module but QRCode.swift (the drawing, which needs ExhibitText): a stub
# declares the enum the matrix extends.
sources=()
for f in "$src"/*.swift; do [ "$(basename "$f")" = QRCode.swift ] || sources+=("$f"); done
swiftc -O -wmo -o "$work/exhibitqr" "$here/main.swift" "$work/stub.swift" "${sources[@]}"
n=${1:-1000}; rounds=${2:-3}
for r in $(seq "$rounds"); do
    "$work/libqrencode" "$n" 1 | sed "s/round 1/round $r/"
    "$work/exhibitqr" "$n" 1 | sed "s/round 1/round $r/"
done
