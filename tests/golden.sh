#!/bin/sh
# The golden test: every output docgraph writes for a fixed corpus, hashed and compared with
# a committed snapshot, so a refactor that changes one byte of any output fails here.
#
#   tests/golden.sh BIN NAME OUT DIR...          compare with tests/golden/NAME.sha256
#   tests/golden.sh --update BIN NAME OUT DIR... write the snapshot anew
#
# It runs `run` (all views, every diagram format, --per-doc), `extract`, `graph` in every
# format and with the filters, `stats`, `evidence`, `render` and `dict check` over the
# documents in DIR..., and records each command's exit status and stderr beside its
# outputs. Paths are given relative to the source tree, as a user types them. A change of
# output is its own commit that runs --update and says why. PDFs are hashed on their content
# (golden_hash.py says why). Exit 77 (skipped) when a DIR
# is missing (the development set in a clone without ../shared).
set -u
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
bin=$1 name=$2 out=$3
shift 3
src=$(cd "$(dirname "$0")/.." && pwd)
snap=$src/tests/golden/$name.sha256
for d in "$@"; do
  [ -d "$src/$d" ] || { echo "no $d: skipped"; exit 77; }
done
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
rm -rf "$out"
mkdir -p "$out/cmd"
cd "$src" || exit 1

n=0
# step NAME ARGS...: run docgraph with ARGS, stdout to cmd/NAME.out, stderr and the exit
# status to cmd/NAME.err
step() {
  s=$1
  shift
  "$bin" "$@" >"$out/cmd/$s.out" 2>"$out/cmd/$s.tmp"
  echo "exit $?" >>"$out/cmd/$s.tmp"
  sed "s|$out|OUT|g" "$out/cmd/$s.tmp" >"$out/cmd/$s.err" && rm "$out/cmd/$s.tmp"
  n=$((n + 1))
}

step run run -j2 --per-doc -T svg,png,pdf,dot -o "$out/run" "$@"
# the report and the drawing options on a second tree (paths in it are the same as above)
step run-opts run -j1 --scope paragraph --members --label both --color community \
  --view all,timeline,funding --top 30 --max-edges 0 -T svg,dot -o "$out/run-opts" "$@"
step extract extract -j2 "$@"
for f in graphml gexf json csv nodes-csv dot svg; do
  step "graph-$f" graph -j2 -f "$f" "$@"
done
step graph-cytoscape graph -j2 -f cytoscape "$@"
step graph-neo4j graph -j2 -f neo4j -o "$out/neo4j" "$@"
step graph-since graph -j2 -f nodes-csv --since 2024-01 --until 2024-12 "$@"
step graph-mixed graph -j2 -f gexf --mixed --dynamic --gexf-version 1.3 "$@"
step run-by run -j2 --by year -T svg --view all -o "$out/run-by" "$@"
step graph-focus graph -f csv --focus JASMINE --radius 2 "$@"
step graph-kinds graph -f csv --kinds held_in,held_on,amount,participates_in,chaired_by "$@"
step graph-types graph -f nodes-csv --types country,group --min-weight 2 "$@"
step graph-top graph -f csv --top 20 --rank degree --drop-isolated "$@"
step graph-block graph -f csv --scope block "$@"
step graph-en graph -f dot --label en --layout sfdp "$@"
step view-timeline graph -f svg --view timeline "$@"
step view-funding graph -f svg --view funding "$@"
step view-countries graph -f svg --view countries --members "$@"
step stats stats "$@"
step stats-json stats --json "$@"
step evidence-one evidence JAIF "$@"
step evidence-two evidence country:JPN group:ASEAN "$@"
step evidence-none evidence nosuch-entity "$@"
step focus-none graph -f csv --focus nosuch-entity "$@"
step render-svg render "$out/run/graph.graphml" -T svg -o "$out/render.svg"
step render-png render "$out/run/graph.graphml" -T png -o "$out/render.png"
step render-dot render "$out/run/graph.graphml" -T dot --view countries
step render-docs render --view timeline -T dot "$@"
step render-timeline render "$out/run/graph.graphml" --view timeline -T svg -o "$out/render-timeline.svg"
step render-funding render "$out/run/graph.graphml" --view funding -T svg -o "$out/render-funding.svg"
step dict-check dict check
step bad-utf8 extract tests/fixtures/bad_utf8.txt
step bad-graphml render tests/fixtures/graphml/bad_malformed.graphml -T dot
step usage graph --no-such-option
step stdin-missing extract /nonexistent/file.txt

# hash: every file under $out (PDFs on their content: see golden_hash.py), sorted by path
got=$out.sha256
python3 "$src/tests/golden_hash.py" "$out" | LC_ALL=C sort -k2 >"$got"

if [ $update = 1 ]; then
  mkdir -p "$(dirname "$snap")"
  cp "$got" "$snap"
  echo "golden $name: snapshot written ($(wc -l <"$snap") files, $n commands)"
  exit 0
fi
[ -f "$snap" ] || { echo "FAIL: no snapshot $snap (run with --update)"; exit 1; }
if diff -u "$snap" "$got" >"$out.diff"; then
  echo "golden $name: $(wc -l <"$snap") files identical ($n commands)"
  exit 0
fi
echo "FAIL: outputs differ from tests/golden/$name.sha256 (outputs in $out):"
grep '^[-+][^-+]' "$out.diff" | sed 's/^\(.\)[0-9a-f]*  /\1 /' | sort -k2 -u | head -40
exit 1
