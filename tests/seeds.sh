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
# the typed relations the relations issue promised, each with its evidence sentence
while read -r src dst kind word; do
  row=$(grep "^$src,$dst,Directed,$kind," "$out/edges.csv") || { echo "FAIL: no $kind $src -> $dst"; fail=1; continue; }
  case $row in *"$word"*) ;; *) echo "FAIL: $kind $src -> $dst: evidence lacks $word"; fail=1 ;; esac
done <<'EOF_REL'
meeting:asean-japan-defense-vice-ministers:13 place:tokyo held_in 東京において
meeting:asean-japan-defense-vice-ministers:13 date:2024-01-30 held_on 30日
program:jasmine meeting:asean-japan-defense-ministers:8 announced_at 提示
program:next-gen-cocreation amount:JPY:40000000000@program:next-gen-cocreation amount 400億円
country:KAZ meeting:ca-jad-summit participates_in カザフスタン
country:KGZ meeting:ca-jad-summit participates_in キルギス
country:TJK meeting:ca-jad-summit participates_in タジキスタン
country:TKM meeting:ca-jad-summit participates_in トルクメニスタン
country:UZB meeting:ca-jad-summit participates_in ウズベキスタン
meeting:日aseanデジタル大臣会合 country:PHL held_in フィリピン
meeting:日aseanデジタル大臣会合 date:2023-02-10 held_on 2月10日
meeting:日asean交通大臣会合 country:LAO held_in ラオス
meeting:日asean交通大臣会合 date:2023-11-10 held_on 11月10日
EOF_REL
# the focus view of JASMINE: a neighbourhood, not the whole graph
n=$("$bin" graph -q -f nodes-csv --focus JASMINE --radius 2 "$seeds" | tail -n +2 | wc -l)
[ "$n" -ge 10 ] && [ "$n" -le 80 ] || { echo "FAIL: focus JASMINE radius 2 has $n nodes"; fail=1; }
# the views: the timeline places the 13th vice-ministerial meeting in Tokyo; funding totals
grep -q '第13回日ASEAN防衛当局次官級' "$out/timeline.svg" && grep -q '開催地: 東京' "$out/timeline.svg" ||
  { echo "FAIL: timeline lacks the 13th meeting in Tokyo"; fail=1; }
grep -q 'JPY 40,000,000,000' "$out/funding.svg" || { echo "FAIL: funding lacks JPY 40,000,000,000"; fail=1; }
# the report: from the JASMINE node to its sentences (skipped without Chromium)
/usr/bin/python3 "$(dirname "$0")/report_test.py" "$out/report.html" --node program:jasmine --expect JASMINE \
  --screenshot "$out/report.png" >"$out/report-test.log" 2>&1
r=$?
[ $r = 0 ] || [ $r = 77 ] || { echo "FAIL: report test"; cat "$out/report-test.log"; fail=1; }
xmllint --noout "$out/graph.svg" "$out/graph.graphml" || fail=1
[ $fail = 0 ] && echo "seeds ok"
exit $fail
