#!/bin/sh
# MeCab tokens made lazily (when a rule first reads a sentence's) and eagerly (every
# sentence with Japanese first) give the same output, byte for byte (docgraph/tokens.h,
# issue 13 point 3): extract's mentions and the graph's relations with their rules and
# evidence (graph -f json), over the corpora given, at -j1 and -j2. $DOCGRAPH_TOKENS picks
# the mode; a value it does not know is refused.
# usage: tokens_modes.sh DOCGRAPH OUTDIR PATH...
set -u
bin=$1 out=$2
shift 2
rm -rf "$out"
mkdir -p "$out"
fail=0
for mode in eager lazy; do
  for j in 1 2; do
    DOCGRAPH_TOKENS=$mode "$bin" extract -q -j$j "$@" >"$out/$mode-$j.jsonl" 2>"$out/$mode-$j.err"
    echo "extract $?" >"$out/$mode-$j.rc"
  done
  DOCGRAPH_TOKENS=$mode "$bin" graph -q -j2 -f json "$@" >"$out/$mode.json" 2>>"$out/$mode-2.err"
  echo "graph $?" >>"$out/$mode-2.rc"
done
for f in 1.jsonl 2.jsonl 1.rc 2.rc 1.err 2.err; do
  cmp "$out/eager-$f" "$out/lazy-$f" || { echo "FAIL: eager and lazy differ in $f"; fail=1; }
done
cmp "$out/eager.json" "$out/lazy.json" || { echo "FAIL: eager and lazy graphs differ"; fail=1; }
cmp -s "$out/lazy-1.jsonl" "$out/lazy-2.jsonl" || { echo "FAIL: -j1 and -j2 differ"; fail=1; }
n=$(grep -c '"type"' "$out/eager-1.jsonl")
[ "$n" -gt 100 ] || { echo "FAIL: only $n mentions"; fail=1; }
grep -q '"rule"' "$out/eager.json" || { echo "FAIL: no relation in the graph"; fail=1; }
if DOCGRAPH_TOKENS=sometimes "$bin" extract -q "$@" >/dev/null 2>"$out/bad.err"; then
  echo "FAIL: DOCGRAPH_TOKENS=sometimes accepted"
  fail=1
fi
[ $fail = 0 ] && echo "ok: eager and lazy tokens give the same $n mentions and graph"
exit $fail
