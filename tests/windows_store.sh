#!/bin/sh
# A long document read in windows (src/batch/windows.h), kept in the corpus store and given
# back from it window by window (docs/store.md, table windows), on a corpus of one long
# document (bench/make_corpus.py, windows of about 8 KB with DOCGRAPH_WINDOW=16000) and
# the sample input:
#  - a re-run into the same output reuses every document, the long one too (the summary
#    says so), and writes the same bytes as the first run and as a run without a store;
#  - shards (extract --shard I/N for N = 2, 3, and parts of two file lists) merged, and a
#    merge of a merge, give the single run's tree byte for byte;
#  - a store whose windows disagree is made anew before any is taken (same output); one
#    damaged inside a window's rows stops the run, which says why and makes it anew;
#  - a changed long document is read again (its windows replaced), the others reused, the
#    same bytes as a fresh run; other windows (another DOCGRAPH_WINDOW) read it again too,
#    as does a run that reads it whole (DOCGRAPH_WINDOW=off).
#   tests/windows_store.sh BIN OUT SOURCE_DIR
set -u
bin=$1 out=$2 src=$3
command -v sqlite3 >/dev/null || { echo "no sqlite3: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
rm -rf "$out"
mkdir -p "$out/corpus"
cd "$out" || exit 1
cp "$src"/input/*.txt corpus/
python3 "$src/bench/make_corpus.py" --bytes 120000 --single corpus/long.txt >/dev/null 2>&1 ||
  { echo "FAIL: make_corpus.py"; exit 1; }
DOCGRAPH_WINDOW=16000
export DOCGRAPH_WINDOW
fail=0
no() { echo "FAIL: $*"; fail=1; }
same() {
  diff -r -x docgraph.db "$1" "$2" >/dev/null ||
    no "$1 and $2 differ: $(diff -rq -x docgraph.db "$1" "$2" | head -3)"
}
reused() { sed -n 's/.* \([0-9]*\) reused.*/\1/p' "$1"; }
run() { "$bin" run -j1 -T svg,dot "$@"; }
windows() { sqlite3 "$1" "SELECT count(*) FROM windows w JOIN documents d USING (doc) WHERE d.path = 'corpus/long.txt'"; }

run corpus -o first 2>first.err || no "first run failed: $(cat first.err)"
n=$(sqlite3 first/docgraph.db 'SELECT count(*) FROM documents')
w=$(windows first/docgraph.db)
[ "${w:-0}" -ge 10 ] || no "the long document is kept in ${w:-no} windows"
cp -r first kept
rm first/run.json # else nothing changed: the re-run would end early (tests/rerun.sh)
run corpus -o first 2>again.err || no "re-run failed: $(cat again.err)"
[ "$(reused again.err)" = "$n" ] || no "re-run reused $(reused again.err) of $n: $(cat again.err)"
same kept first
run corpus -o nostore --no-store 2>/dev/null
same kept nostore
rm first/run.json
"$bin" run -j2 -T svg,dot corpus -o first 2>again2.err
[ "$(reused again2.err)" = "$n" ] || no "re-run -j2 reused $(reused again2.err) of $n"
same kept first

# a store whose windows disagree (window 3 one mention longer): damaged, said in one line,
# made anew before any window is taken; the run's output is a fresh run's
doc="(SELECT doc FROM documents WHERE path = 'corpus/long.txt')"
cp -r kept bad1
sqlite3 bad1/docgraph.db "UPDATE windows SET mentions = mentions + 1 WHERE doc = $doc AND window = 3"
run corpus -o bad1 2>bad1.err || no "run over windows that disagree failed: $(cat bad1.err)"
[ "$(grep -c 'docgraph.db: .*its windows unreadable.*made anew' bad1.err)" = 1 ] ||
  no "windows that disagree not reported in one line: $(cat bad1.err)"
same kept bad1
# a window's rows damaged (a mention of window 5 gone): found when windows before it are
# taken, so the run stops, says why, and makes the store anew; the next run is a fresh one
cp -r kept bad2
sqlite3 bad2/docgraph.db "DELETE FROM mentions WHERE doc = $doc AND mention = (SELECT mention FROM windows WHERE doc = $doc AND window = 5)"
run corpus -o bad2 2>bad2.err && no "a run over a window's damaged rows did not stop"
grep -q 'its mentions unreadable.*run again' bad2.err || no "the damaged window not said: $(cat bad2.err)"
run corpus -o bad2 2>bad2b.err || no "the run after a damaged window failed: $(cat bad2b.err)"
grep -q 'made anew' bad2b.err && no "the store made anew was not trusted: $(cat bad2b.err)"
same kept bad2

# shards and merges: the long document in one part, given back window by window
for N in 2 3; do
  i=1
  while [ $i -le $N ]; do
    "$bin" extract --shard $i/$N corpus -o parts$N 2>/dev/null || no "shard $i/$N failed"
    i=$((i + 1))
  done
  "$bin" merge -T svg,dot parts$N -o merged$N 2>merge$N.err || no "merge $N: $(cat merge$N.err)"
  same kept merged$N
done
[ "$(windows merged3/docgraph.db)" = "$w" ] || no "the merge keeps $(windows merged3/docgraph.db) windows, not $w"
"$bin" merge --partial -T dot parts3/shard-2-of-3.db parts3/shard-3-of-3.db -o m23 2>/dev/null || no "partial merge failed"
"$bin" merge -T svg,dot parts3/shard-1-of-3.db m23 -o m1_23 2>/dev/null || no "merge of a merge failed"
same kept m1_23
# parts by file lists: the long document alone in one, the others in another
"$bin" extract --shard 1/1 corpus/long.txt -o listlong 2>/dev/null || no "extract of the long document failed"
"$bin" extract --shard 1/1 $(ls corpus/*.txt | grep -v long.txt) -o listrest 2>/dev/null || no "extract of the rest failed"
"$bin" merge -T svg,dot listrest/shard-1-of-1.db listlong/shard-1-of-1.db -o mlist 2>mlist.err || no "merge of file lists: $(cat mlist.err)"
same kept mlist

# a changed long document: read again, its windows replaced
printf '\n日本とラオスの首脳会談が2024年10月にビエンチャンで行われた。\n' >>corpus/long.txt
run corpus -o first 2>changed.err || no "run after the change failed"
[ "$(reused changed.err)" = "$((n - 1))" ] || no "after a change reused $(reused changed.err), not $((n - 1))"
run corpus -o fresh --no-store 2>/dev/null
same fresh first
[ "$(windows first/docgraph.db)" -ge "$w" ] || no "the changed document's windows: $(windows first/docgraph.db)"
cmp -s kept/mentions.jsonl first/mentions.jsonl && no "the change did not reach the mentions"

# read in other windows, or whole: not reused
DOCGRAPH_WINDOW=24000 run corpus -o first 2>other.err
[ "$(reused other.err)" = "$((n - 1))" ] || no "other windows: reused $(reused other.err), not $((n - 1))"
DOCGRAPH_WINDOW=24000 run corpus -o fresh24 --no-store 2>/dev/null
same fresh24 first
DOCGRAPH_WINDOW=off run corpus -o first 2>whole.err
[ "$(reused whole.err)" = "$((n - 1))" ] || no "read whole: reused $(reused whole.err), not $((n - 1))"
[ "$(windows first/docgraph.db)" = 0 ] || no "read whole, yet kept in windows"
DOCGRAPH_WINDOW=off run corpus -o freshwhole --no-store 2>/dev/null
same freshwhole first

[ $fail = 0 ] && echo "windows_store: $n documents reused (one long, in $w windows), shards and merges agree, changes read again"
exit $fail
