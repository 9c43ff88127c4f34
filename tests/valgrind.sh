#!/usr/bin/env bash
# valgrind memcheck over the end-to-end runs: every command on the fixtures (run with
# per-document diagrams and every data format, graph, render of the saved graph, extract,
# stats, evidence, dict check) and a run over hostile inputs (bad bytes, control characters, a
# long line, deep markup, an entity bomb, a symbolic link loop, a truncated Word file).
# Definite leaks and every memory error fail; the suppressions (tests/valgrind.supp) cover
# only what fontconfig, pango, glib and Graphviz's plugins keep for the process.
#
#   tests/valgrind.sh DOCGRAPH SUPPRESSIONS
set -euo pipefail
bin=$1 supp=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --suppressions="$supp")
fx=$here/fixtures
# A folder of hostile inputs beside one good document.
bad=$out/bad
mkdir -p "$bad/sub"
printf 'Japan and Vietnam met in Hanoi.\n' >"$bad/good.txt"
printf 'Laos \377\376 and \033[1mThailand\007 met.\000\n' >"$bad/ctl.txt"
head -c 20000 /dev/zero | tr '\0' 'x' >"$bad/long.txt"
printf '\n\nCambodia and Laos met.\n' >>"$bad/long.txt"
python3 -c "print('<html><body>' + '<div>' * 3000 + 'Laos' + '</div>' * 3000 + '</body></html>')" >"$bad/deep.html"
printf '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><d><p>Laos &b;</p></d>\n' >"$bad/bomb.xml"
printf 'PK\003\004 truncated' >"$bad/half.docx"
ln -s .. "$bad/sub/up"

step() { echo "valgrind: $*"; "${vg[@]}" "$bin" "$@"; }
step run -q -j2 --per-doc "$fx" -o "$out/run"
step render "$out/run/graph.graphml" -T png -o "$out/again.png"
step render "$out/run/graph.graphml" -T svg --view timeline -o "$out/timeline.svg"
# run wrote GraphML, GEXF, JSON and the CSVs through the same writers: the graph command
# once for itself, and DOT, which run writes only with -T dot.
for f in json dot; do step graph -q "$fx" -f "$f" -o "$out/g.$f"; done
step extract -q "$fx" -o "$out/mentions.jsonl"
step stats -q "$fx" --json >"$out/stats.json"
step evidence -q 日本 "$fx" >"$out/evidence.txt"
step dict check >/dev/null
set +e
"${vg[@]}" "$bin" run -q -j2 "$bad" -o "$out/bad" -T svg
rc=$?
set -e
echo "valgrind: run over hostile inputs: exit $rc"
[ $rc -eq 65 ] # the truncated Word file fails; a memory error would be 99
echo "valgrind: clean"
