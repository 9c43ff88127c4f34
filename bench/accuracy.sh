#!/usr/bin/env bash
# Recognition and relation accuracy: writes the "## Recognition" section of bench/RESULTS.md
# (the rest of the file, written by bench/run.sh, stays as it is). Scores the project's own
# evaluation texts (tests/eval/docs), the seed documents and the development set of real
# documents (../shared/devset: entities and typed relations, with its own scorers) when
# ../shared is present. Usage: bench/accuracy.sh [DOCGRAPH]   (default build/release/docgraph)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/docgraph}
py=/usr/bin/python3
section=$(mktemp)
{
  echo "## Recognition"
  echo
  echo "Written by \`bench/accuracy.sh\` on $(date +%F). Precision, recall and F1 per type."
  echo
  if [ -d "$root/../shared/devset" ]; then
    echo "### Real documents: the development set"
    echo
    echo "\`../shared/devset\`: $(ls "$root"/../shared/devset/docs | wc -l) public documents nobody here wrote"
    echo "(English and Japanese government releases, statements, speeches), scored by the set's"
    echo "own \`score.py\` and \`score_relations.py\`. The rules have been tuned on it: on documents"
    echo "nobody here has read, relation recall is about half of this (bench/evalsets/README.md;"
    echo "bench/ceilings/README.md: on one blind set for want of the relations' entities, on the"
    echo "other for ties across sentences)."
    echo
    "$py" "$root/bench/devset_tables.py" "$bin" "$root/../shared/devset"
    echo
  fi
  if [ -d "$root/../shared/devset" ] && [ -d "$root/bench/evalsets" ]; then
    echo "### Real documents: the further development sets"
    echo
    echo "\`bench/evalsets\` (see its README), scored by the development set's scorers:"
    echo
    echo "| set | entities P | R | F1 | relations P | R | F1 (tp, fp, fn) |"
    echo "|---|---|---|---|---|---|---|"
    ls -d "$root"/bench/evalsets/*/ | sort -V | while IFS= read -r d; do
      name=$(basename "$d")
      out=$(sh "$root/bench/evalsets/score.sh" "$name" "$bin" 2>/dev/null || true)
      ent=$(printf '%s\n' "$out" | sed -n -E 's/^overall P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+).*/\1 | \2 | \3/p')
      rel=$(printf '%s\n' "$out" | sed -n -E 's/^relations overall P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)  \((.*)\).*/\1 | \2 | \3 (\4)/p')
      echo "| $name | $ent | $rel |"
    done
    echo
  fi
  echo "### The project's own evaluation texts"
  echo
  echo "\`bench/eval.py\` against the gold annotations in \`tests/eval/docs\` ($(ls "$root"/tests/eval/docs/*.gold.tsv | wc -l) documents written"
  echo "for the project; entity level, per document; see the script for the rules):"
  echo
  "$py" "$root/bench/eval.py" --markdown --docgraph "$bin" "$root/tests/eval/docs" "$root/tests/eval/docs"
  if [ -d "$root/../shared/seeds" ]; then
    echo
    echo "The seed documents the project started from (\`../shared/seeds\`, gold in \`tests/eval/seeds\`):"
    echo
    "$py" "$root/bench/eval.py" --markdown --docgraph "$bin" "$root/tests/eval/seeds" "$root/../shared/seeds"
  fi
  echo
} > "$section"
# splice: replace from "## Recognition" up to the next "## " heading
"$py" - "$root/bench/RESULTS.md" "$section" <<'PY'
import sys
path, sec = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
start = text.find("## Recognition")
if start < 0:
    text = text.rstrip("\n") + "\n\n" + sec
else:
    nxt = text.find("\n## ", start + 3)
    text = text[:start] + sec + (text[nxt + 1:] if nxt >= 0 else "")
open(path, "w").write(text)
PY
rm -f "$section"
sed -n '/^## Recognition/,/^## Layouts/p' "$root/bench/RESULTS.md"
