#!/bin/sh
# Relation recall against two ceilings (see README.md here): what docgraph finds now, what
# typing every meeting co-occurrence of a unit would find, and what typing every pair of the
# document would find, on the devset and the sets of bench/evalsets (or the sets named).
# usage: run.sh DOCGRAPH [SET...]     SET: devset, dev4 ... (default: all there are)
set -e
[ $# -ge 1 ] || { echo "usage: $0 DOCGRAPH [SET...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
scorers=${SCORERS:-$here/../../../shared/devset}
[ -f "$scorers/score_relations.py" ] || { echo "run.sh: no scorers in $scorers: skipped" >&2; exit 77; }
sets=$*
[ -n "$sets" ] || sets="devset $(cd "$here/../evalsets" && ls -d dev* 2>/dev/null | tr '\n' ' ')"
recall() { # set dir, binary, mode ("" for docgraph itself): "R (tp/all) en R ja R"
  d=$1
  out=$(CEILING=$3 DOCGRAPH_REAL=$bin python3 "$scorers/score_relations.py" "$2" --docs "$d/docs" \
        --gold "$d/gold" --rel-gold "$d/relgold" 2>/dev/null)
  printf '%s\n' "$out" | awk '
    /^relations overall/ { for (i = 1; i <= NF; i++) if ($i ~ /^R=/) r = substr($i, 3) }
    /^language en:/ { for (i = 1; i <= NF; i++) if ($i ~ /^R=/) en = substr($i, 3) }
    /^language ja:/ { for (i = 1; i <= NF; i++) if ($i ~ /^R=/) ja = substr($i, 3) }
    END { printf "%s (en %s, ja %s)", r, en ? en : "-", ja ? ja : "-" }'
}
echo "| set | recall now | typed every meeting co-occurrence of a unit | typed every pair of the document |"
echo "|---|---|---|---|"
for s in $sets; do
  if [ "$s" = devset ]; then d=$scorers; else d=$here/../evalsets/$s; fi
  [ -d "$d/relgold" ] || continue
  echo "| $s | $(recall "$d" "$bin" "") | $(recall "$d" "$here/as_docgraph.py" unit) | $(recall "$d" "$here/as_docgraph.py" document) |"
done
