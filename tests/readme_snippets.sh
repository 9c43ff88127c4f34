#!/bin/sh
# The R and Python snippets of README.md ("Reading the files in R and Python") run as a
# user runs them, on `docgraph run input -o out`: each prints the number of entities, typed
# ties and co-occurrences it read, and both must say what nodes.csv and edges.csv say.
# usage: tests/readme_snippets.sh DOCGRAPH OUT   (exit 77 = skipped: no Rscript with igraph)
set -eu
bin=$1 out=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
src=$(cd "$(dirname "$0")/.." && pwd)
command -v Rscript >/dev/null && Rscript -e 'library(igraph)' >/dev/null 2>&1 ||
  { echo "Rscript with r-cran-igraph is missing: skipped"; exit 77; }
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$bin" run -q -T svg --view all "$src/input" -o out
# the code block that follows the marker line <!-- tested: LANG --> in README.md
block() {
  awk -v m="<!-- tested: $1 -->" '$0 == m {on = 1; next} on && /^```/ {if (in_) exit; in_ = 1; next} on && in_' \
    "$src/README.md"
}
block r >snippet.R
block python >snippet.py
[ -s snippet.R ] && [ -s snippet.py ] || { echo "FAIL: README.md lacks a tested snippet"; exit 1; }
r=$(Rscript snippet.R | tail -1)
py=$(/usr/bin/python3 snippet.py | tail -1)
nodes=$(($(wc -l <out/nodes.csv) - 1))
typed=$(grep -c ',Directed,' out/edges.csv || true)
cooc=$(grep -c ',Undirected,' out/edges.csv || true)
fp=$(/usr/bin/python3 -c 'import json; print(json.load(open("out/run.json"))["dictionaries"])')
want="$nodes $typed $cooc $fp"
[ "$(echo $r)" = "$want" ] || { echo "FAIL: R says '$r', the CSVs '$want'"; exit 1; }
[ "$(echo $py)" = "$want" ] || { echo "FAIL: Python says '$py', the CSVs '$want'"; exit 1; }
echo "README snippets ok: R and Python read $want"
