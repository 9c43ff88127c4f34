#!/bin/sh
# The seed documents the project started from (../shared/seeds), when present: the graph
# has the entities the first issue promised, 400億円 is JPY 40000000000, India is absent.
# Exit 77 (skipped) in a clone without ../shared.
set -u
bin=$1 seeds=$2 out=$3
if [ ! -d "$seeds" ]; then
  echo "no $seeds: skipped"
  exit 77
fi
rm -rf "$out"
"$bin" run -q "$seeds" -o "$out" || { echo "FAIL: docgraph run exited $?"; exit 1; }
fail=0
for id in country:JPN group:ASEAN country:IDN country:KAZ country:TLS program:jasmine program:azec program:jaif; do
  grep -q "\"id\":\"$id\"" "$out/graph.json" || { echo "FAIL: $id is not a node"; fail=1; }
done
if grep -q '"id":"country:IND"' "$out/graph.json"; then echo "FAIL: India is a node"; fail=1; fi
grep '"text":"400億円"' "$out/mentions.jsonl" | grep -q '"value":40000000000,"currency":"JPY"' ||
  { echo "FAIL: 400億円 is not JPY 40000000000"; fail=1; }
xmllint --noout "$out/graph.svg" "$out/graph.graphml" || fail=1
[ $fail = 0 ] && echo "seeds ok"
exit $fail
