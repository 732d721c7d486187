#!/usr/bin/env bash
# Usage: bench/search/compare.sh PUBLIC_DIR [N_QUERIES]     (default 60 queries)
#
# Exhibit's static search against Pagefind 1.5.2 (PyPI pagefind-bin, and
# pagefind-bin-extended, the build that segments Chinese with jieba) on a built site:
#   - recall over N Chinese queries of 2-4 Han characters cut at random places from the
#     cases' texts (so many cross word boundaries); the truth is every case whose text
#     contains the query as written (bench/search/docs.py queries);
#   - bytes and files a query fetches, cold: Exhibit meta.json + shards + the top-10
#     result files (+ search.js); Pagefind its entry, meta, wasm, index chunks and
#     top-10 fragments (+ pagefind.js); both run for real in node (bench/search/query.mjs);
#   - index size on disk, files written, index time.
# Prints a Markdown table. Nothing is written inside PUBLIC_DIR: Pagefind's output and
# the work files go to bench/out/search/<name>/.
#
# The Exhibit index is PUBLIC_DIR/search/ as `exhibit build` wrote it. Its index time is
# measured with a stand-in (bench/search/index_docs.swift over the site's documents,
# extracted by docs.py), which is also what provides the index if PUBLIC_DIR/search/ is
# missing. Needs python3 (PyYAML), node, swift; installs pagefind-bin(-extended)==1.5.2
# with pip if missing.
#
# Environment: QUERY_SEED (default 1), RUNS (index timing runs, default 3), PAGEFIND=0 to
# skip Pagefind.
set -euo pipefail

usage() { sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in -h|--help|"") usage; [ -n "${1:-}" ]; exit $? ;; esac
public=$(cd "$1" && pwd)
nq=${2:-60}
[[ "$nq" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: N_QUERIES must be a positive integer" >&2; exit 2; }
[ -f "$public/data/cases.json" ] || { echo "compare.sh: $public is not a built Exhibit site (no data/cases.json)" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
name=$(basename "$(dirname "$public")")-$(basename "$public")
work="$repo/bench/out/search/$name"
mkdir -p "$work"
SEED=${QUERY_SEED:-1}
RUNS=${RUNS:-3}

for tool in python3 node swift; do
    command -v "$tool" >/dev/null || { echo "compare.sh: $tool is needed" >&2; exit 1; }
done

now_ns() { date +%s%N; }
files_in() { find "$1" -type f | wc -l | tr -d ' '; }
bytes_in() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

# ---- documents and queries
python3 "$here/docs.py" site "$public" >"$work/docs.json"
python3 "$here/docs.py" queries "$work/docs.json" "$nq" --seed "$SEED" >"$work/queries.json"
site_root=$(dirname "$public")
categories=""
[ -f "$site_root/content/site.yaml" ] && categories=$(python3 "$here/docs.py" categories "$site_root")

# ---- Exhibit: the stand-in indexer (release build of ExhibitSearch + index_docs.swift)
echo "building the ExhibitSearch stand-in indexer…" >&2
(cd "$repo" && swift build -c release --scratch-path .build-search-rel --target ExhibitSearch >&2)
B="$repo/.build-search-rel/release"
swiftc -O -I "$B/Modules" "$here/index_docs.swift" "$B"/ExhibitSearch.build/*.o "$B"/ExhibitText.build/*.o \
    -o "$work/index_docs" >&2
standin="$work/exhibit"
rm -rf "$standin"; mkdir -p "$standin"
standin_out=$("$work/index_docs" "$work/docs.json" "$standin" "$categories" "$RUNS")
echo "$standin_out" >&2
ex_time=$(sed -n 's/.*index_seconds=\([0-9.]*\).*/\1/p' <<<"$standin_out")
ex_cpu=$(sed -n 's/.*index_cpu_seconds=\([0-9.]*\).*/\1/p' <<<"$standin_out")
if [ -f "$public/search/meta.json" ]; then
    ex_public="$public"; ex_source="PUBLIC_DIR/search (exhibit build)"
else
    ex_public="$standin"; ex_source="stand-in (no PUBLIC_DIR/search)"
fi
search_js="$public/js/search.js"
[ -f "$search_js" ] || search_js="$repo/templates/static/js/search.js"
ex_files=$(files_in "$ex_public/search"); ex_bytes=$(bytes_in "$ex_public/search")

# ---- Pagefind
pf_dirs=(); pf_rows=()
if [ "${PAGEFIND:-1}" != 0 ]; then
    for pkg in pagefind_bin pagefind_bin_extended; do
        dist=${pkg//_/-}
        python3 -c "import $pkg" 2>/dev/null || python3 -m pip install -q "$dist==1.5.2" >&2
        out="$work/$dist"
        rm -rf "$out"
        t0=$(now_ns)
        python3 -m "$pkg" --site "$public" --output-path "$out" >"$work/$dist.log" 2>&1
        t1=$(now_ns)
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        own=$(sed -n 's/^Finished in \([0-9.]*\) seconds.*/\1/p' "$work/$dist.log" | tail -1)
        # the index: everything but the UI bundles (pagefind-*ui*, highlight, worker)
        idx_files=$(find "$out" -type f ! -name '*ui*' ! -name 'pagefind-highlight.js' | wc -l | tr -d ' ')
        idx_bytes=$(find "$out" -type f ! -name '*ui*' ! -name 'pagefind-highlight.js' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
        pf_dirs+=("$out")
        pf_rows+=("$dist|$idx_files ($(files_in "$out") with UI)|$idx_bytes ($(bytes_in "$out") with UI)|${own:-?} s (wall $wall s, incl. reading the site)")
    done
fi

# ---- queries in node
node "$here/query.mjs" "$search_js" "$ex_public" "$work/queries.json" "${pf_dirs[@]}" >"$work/result.json"

# ---- table
python3 - "$work/result.json" "$ex_files" "$ex_bytes" "$ex_time" "$ex_cpu" "$ex_source" "$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/docs.json")" "${pf_rows[@]}" <<'EOF'
import json, sys
res = json.load(open(sys.argv[1]))
ex_files, ex_bytes, ex_time, ex_cpu, ex_source, ndocs = sys.argv[2:8]
pf = [r.split("|") for r in sys.argv[8:]]
def kb(b): return "%.1f KB" % (float(b) / 1024)
print()
print("%s cases, %d queries of 2-4 Han characters (random cuts of the cases' texts)" % (ndocs, res[0]["queries"]))
print()
print("| | recall | queries with every case found | bytes per query: data, avg / median / max | + code | files per query | index on disk | files written | index time |")
print("|---|---|---|---|---|---|---|---|---|")
for i, r in enumerate(res):
    data_avg = r["bytes_avg"] - (r["code_bytes"] if i else 0)
    data_med = r["bytes_median"] - (r["code_bytes"] if i else 0)
    data_max = r["bytes_max"] - (r["code_bytes"] if i else 0)
    if i == 0:
        name, files, size, time = "Exhibit", ex_files, kb(ex_bytes), "%s s (CPU %s s)" % (ex_time, ex_cpu)
    else:
        name, files, size, time = "Pagefind " + pf[i - 1][0], pf[i - 1][1], pf[i - 1][2], pf[i - 1][3]
        size = " ".join([kb(size.split()[0])] + ["(%s with UI)" % kb(size.split("(")[1].split()[0])])
    # Pagefind's counted bytes include pagefind.js (code_bytes) but not Exhibit's search.js
    code = r["code_bytes"]
    print("| %s | %.1f%% | %d / %d | %s / %s / %s | %s | %.1f | %s | %s | %s |" % (
        name, 100 * r["recall"], r["full"], r["queries"], kb(data_avg), kb(data_med), kb(data_max),
        kb(code), r["files_avg"] - (1 if i else 0), size, files, time))
print()
for r in res:
    if r["misses"]:
        print("%s: some cases not found for %s" % (r["name"], "、".join(r["misses"])))
print("Exhibit index: %s. Pagefind's bytes per query include its wasm (in 'data'); 'code' is search.js / pagefind.js." % ex_source)
EOF
