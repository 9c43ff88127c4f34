#!/bin/sh
# The corpus store end to end (docs/store.md, CONTRACT.md), on a copy of the fixtures and the
# sample input:
#  - a re-run reuses every document and writes the same bytes as a fresh run;
#  - --outputs writes only the files named (the same bytes) and removes the others;
#  - a new, a changed and a deleted document: the re-run processes only what changed, its
#    output equals a fresh run's, and the store holds exactly the corpus;
#  - a run killed part way resumes: the next run reuses what it finished, same output;
#  - a store that cannot be trusted (not SQLite, another application's, made by a build of
#    other sources under the same version) is rebuilt, said
#    in one line, same output;
#  - shards: extract --shard I/N for N = 1, 2, 3, merged in different orders and groupings
#    (a merge of merges), give run's tree byte for byte; a missing shard is refused;
#  - every example query of docs/store.md runs in sqlite3 and returns rows.
#   tests/store.sh BIN OUT
set -u
bin=$1 out=$2
src=$(cd "$(dirname "$0")/.." && pwd)
command -v sqlite3 >/dev/null || { echo "no sqlite3: skipped"; exit 77; }
rm -rf "$out"
mkdir -p "$out/corpus/sub"
cp "$src"/input/* "$out/corpus/"
cp "$src"/tests/fixtures/*.txt "$src"/tests/fixtures/*.md "$src"/tests/fixtures/page.html "$out/corpus/sub/"
cd "$out" || exit 1
fail=0
no() { echo "FAIL: $*"; fail=1; }
# same A B: the trees equal but for the store
# (-x docs too when the output tree had a document that is gone: run leaves its diagram)
same() {
  set -f
  diff -r -x docgraph.db ${3:-} "$1" "$2" >/dev/null ||
    no "$1 and $2 differ: $(diff -rq -x docgraph.db ${3:-} "$1" "$2" | head -3)"
  set +f
}
reused() { sed -n 's/.* \([0-9]*\) reused.*/\1/p' "$1"; }
run() { "$bin" run -j2 --per-doc -T svg,dot "$@"; }

run corpus -o fresh 2>fresh.err || no "fresh run failed: $(cat fresh.err)"
n=$(sqlite3 fresh/docgraph.db 'SELECT count(*) FROM documents')
[ "$n" -ge 8 ] || no "the store holds $n documents"
rm fresh/run.json # else nothing changed: the re-run would end early (tests/rerun.sh)
run corpus -o fresh 2>again.err
[ "$(reused again.err)" = "$n" ] || no "re-run reused $(reused again.err) of $n: $(cat again.err)"
run corpus -o fresh2 --no-store 2>/dev/null
same fresh fresh2
[ ! -e fresh2/docgraph.db ] || no "--no-store wrote a store"

# --outputs: only the files asked for, each the bytes of the full run's; the others an
# earlier run left are removed; run.json names what was written; an unknown name is refused
cp -r fresh some
run corpus -o some --outputs graphml,csv 2>some.err || no "--outputs run failed: $(cat some.err)"
for f in graph.graphml nodes.csv edges.csv graph.svg run.json docgraph.db; do
  [ -e "some/$f" ] || no "--outputs graphml,csv: no $f"
done
for f in graph.graphml nodes.csv edges.csv graph.svg; do
  cmp -s "fresh/$f" "some/$f" || no "--outputs: $f differs from the full run's"
done
for f in graph.gexf graph.json cytoscape.json neo4j mentions.jsonl report.html; do
  [ ! -e "some/$f" ] || no "--outputs graphml,csv left $f"
done
grep -q '"files":\["graph.graphml","nodes.csv","edges.csv"\]' some/run.json ||
  no "run.json: $(grep -o '"files".*' some/run.json)"
"$bin" run corpus -o some --outputs graphml,gephi 2>bad.err
rc=$?
[ $rc = 64 ] && grep -q "unknown output 'gephi' in --outputs (graphml, gexf" bad.err ||
  no "--outputs gephi: exit $rc, $(cat bad.err)"

# a new, a changed and a deleted document
cp -r fresh edit
printf '日本とラオスの首脳会談がビエンチャンで行われた。\n' >corpus/new.txt
printf '\nASEAN関係閣僚会議が東京で開かれた。\n' >>corpus/sub/schedule.txt
rm corpus/sub/en_brief.md
run corpus -o edit 2>edit.err
[ "$(reused edit.err)" = "$((n - 2))" ] || no "edited re-run reused $(reused edit.err), not $((n - 2)): $(cat edit.err)"
run corpus -o editfresh 2>/dev/null
same edit editfresh '-x docs'
q='SELECT path, hash FROM documents ORDER BY path'
[ "$(sqlite3 edit/docgraph.db "$q")" = "$(sqlite3 editfresh/docgraph.db "$q")" ] || no "edited store differs from a fresh one"

# interrupted: killed part way (wherever that is), then resumed
cp -r corpus big
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do mkdir -p big/c$i && cp corpus/*.txt big/c$i/; done
timeout -s KILL 1 "$bin" run -j1 -T dot big -o killed >/dev/null 2>&1
"$bin" run -j1 -T dot big -o killed 2>resumed.err || no "resumed run failed: $(cat resumed.err)"
grep -q "made anew" resumed.err && no "the store of a killed run was not trusted: $(cat resumed.err)"
"$bin" run -j2 -T dot big -o bigfresh --no-store 2>/dev/null
same killed bigfresh '-x .*' # a killed run leaves its temporary files

# a store that cannot be trusted
# the store is made under the version and the sources' hash --version prints
sid=$("$bin" --version | sed -n 's/^sources \([0-9a-f]\{16\}\)$/\1/p')
ver=$(sqlite3 fresh/docgraph.db "SELECT value FROM meta WHERE key = 'docgraph_version'")
case $ver in *"+src.$sid") ;; *) no "store made under '$ver', not the sources $sid" ;; esac
for bad in text foreign rows pages othercode; do
  cp -r fresh $bad
  case $bad in
  text) echo "not a database at all, not even close to one, really not" >$bad/docgraph.db ;;
  foreign) rm $bad/docgraph.db && sqlite3 $bad/docgraph.db 'PRAGMA application_id = 7; CREATE TABLE documents (path)' ;;
  # found while reading: a document's rows that disagree, pages of mentions overwritten
  rows) sqlite3 $bad/docgraph.db "UPDATE documents SET mentions = mentions + 3 WHERE path LIKE '%ja_notice%'" ;;
  pages) dd if=/dev/zero of=$bad/docgraph.db bs=4096 seek=40 count=8 conv=notrunc 2>/dev/null ;;
  # a build of other code under the same version number
  othercode) sqlite3 $bad/docgraph.db "UPDATE meta SET value = replace(value, '+src.', '+src.x') WHERE key = 'docgraph_version'" ;;
  esac
  run corpus -o $bad 2>$bad.err || no "run over a $bad store failed"
  [ "$(grep -c 'docgraph.db: .*made anew' $bad.err)" = 1 ] || no "$bad store not reported in one line: $(cat $bad.err)"
  case $bad in text | foreign | othercode) [ "$(reused $bad.err)" = 0 ] || no "$bad store trusted" ;; esac
  same $bad editfresh '-x docs'
done

# shards and merges
for N in 1 2 3; do
  i=1
  while [ $i -le $N ]; do
    "$bin" extract --shard $i/$N corpus -o parts$N 2>/dev/null || no "shard $i/$N failed"
    i=$((i + 1))
  done
  run parts$N -o merged$N 2>/dev/null && no "run took parts as documents"
  "$bin" merge --per-doc -T svg,dot parts$N -o merged$N 2>merge$N.err || no "merge $N: $(cat merge$N.err)"
  same merged$N editfresh
done
"$bin" merge --per-doc -T svg,dot parts3/shard-3-of-3.db parts3/shard-1-of-3.db parts3/shard-2-of-3.db -o m321 2>/dev/null
same m321 editfresh
"$bin" merge --partial -T dot parts3/shard-2-of-3.db parts3/shard-3-of-3.db -o m23 2>/dev/null || no "partial merge failed"
"$bin" merge --per-doc -T svg,dot parts3/shard-1-of-3.db m23 -o m1_23 2>/dev/null || no "merge of a merge failed"
same m1_23 editfresh
"$bin" merge -T dot parts3/shard-1-of-3.db parts3/shard-3-of-3.db -o m13 2>m13.err
[ $? = 65 ] && grep -q "shard 2/3 is missing" m13.err || no "a missing shard was not refused: $(cat m13.err)"
"$bin" merge -T dot --scope block parts2 -o mscope 2>mscope.err
[ $? = 65 ] && grep -q "other dictionaries or options" mscope.err || no "parts of other options merged: $(cat mscope.err)"

# the example queries of docs/store.md
mkdir queries
awk '/^```sql$/{f=1;q="";next} /^```$/{if(f&&q!~/INSTALL/)print q >("queries/" ++n ".sql");f=0;next} f{q=q $0 " "}' \
  "$src/docs/store.md"
k=0
for f in queries/*.sql; do
  k=$((k + 1))
  rows=$(sqlite3 edit/docgraph.db <"$f" 2>&1) || no "query failed: $(cat "$f"): $rows"
  [ -n "$rows" ] || no "query returned nothing: $(cat "$f")"
done
[ $k -ge 5 ] || no "only $k queries found in docs/store.md"

[ $fail = 0 ] && echo "store: re-runs, resumes (killed run: $(reused resumed.err) documents kept), rebuilt stores, shards and merges agree; $k queries ran"
exit $fail
