#!/bin/sh
# A re-run that changed nothing (batch/rerun.h, docs/store.md "Re-runs"), end to end on a
# copy of the sample input and the fixtures:
#  - run twice over the same documents: the second says "nothing changed" and writes no
#    file, the store included (every size and modification time kept), at -j1 after -j2;
#  - a document touched but not changed: still nothing to do;
#  - an output deleted, or edited by hand: the next run writes the tree again, the bytes of
#    a fresh run's;
#  - another option (-T, --top) or a new document: written again, and equal to a fresh run;
#  - the store alone (--outputs store): documents added and removed go into the store, no
#    other file is written, and a merge of it or the next complete run is a fresh run's tree;
#  - a run killed part way leaves no record (the next one cannot end early).
#   tests/rerun.sh BIN OUT
set -u
bin=$1 out=$2
src=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out/corpus/sub"
cp "$src"/input/* "$out/corpus/"
cp "$src"/tests/fixtures/en_brief.md "$src"/tests/fixtures/schedule.txt "$src"/tests/fixtures/page.html "$out/corpus/sub/"
cd "$out" || exit 1
fail=0
no() { echo "FAIL: $*"; fail=1; }
same() { # the trees equal but for the store
  diff -r -x docgraph.db "$1" "$2" >/dev/null || no "$1 and $2 differ: $(diff -rq -x docgraph.db "$1" "$2" | head -3)"
}
stamps() { find "$1" -type f -printf '%P %s %T@\n' | sort; }
kept() { grep -q "^docgraph: nothing changed; $2 documents reused, outputs kept -> t/$" "$1"; }

"$bin" run -j2 corpus -o t 2>first.err || no "first run failed: $(cat first.err)"
n=$(ls corpus/*.* corpus/sub/* | wc -l)
stamps t >before.txt
sleep 0.05
"$bin" run -j1 corpus -o t 2>again.err || no "re-run failed: $(cat again.err)"
kept again.err "$n" || no "re-run did not end early: $(cat again.err)"
stamps t >after.txt
cmp -s before.txt after.txt || no "a re-run that changed nothing wrote: $(diff before.txt after.txt | head -4)"

# a file docgraph does not read: said as the run that wrote the tree said it
echo x >corpus/sub/notes.csv
"$bin" run corpus -o t 2>skip1.err
"$bin" run corpus -o t 2>skip2.err
kept skip2.err "$n" || no "a skipped file: $(cat skip2.err)"
grep -q "1 file skipped: 1 .csv" skip2.err || no "the skipped file was not said: $(cat skip2.err)"
rm corpus/sub/notes.csv
"$bin" run corpus -o t 2>/dev/null

touch corpus/ja_summit_summary.txt
"$bin" run corpus -o t 2>touched.err
kept touched.err "$n" || no "a document touched, not changed, was read again: $(cat touched.err)"

"$bin" run corpus -o fresh --no-store 2>/dev/null || no "fresh run failed"
# a file gone, a file edited by hand (same size too), each made again
for f in timeline.svg edges.csv; do
  case $f in
  timeline.svg) rm t/$f ;;
  edges.csv) sed -i '2s/^./X/' t/$f ;;
  esac
  "$bin" run corpus -o t 2>$f.err || no "run after $f changed failed"
  kept $f.err "$n" && no "$f changed, yet nothing was written"
  grep -q " $n reused" $f.err || no "after $f changed the documents were not reused: $(cat $f.err)"
  same t fresh
  "$bin" run corpus -o t 2>$f.again.err
  kept $f.again.err "$n" || no "the run after $f was mended is not recorded: $(cat $f.again.err)"
done

# another option: the tree written again, then recorded under it
"$bin" run corpus -o t --top 5 2>top.err
kept top.err "$n" && no "--top 5 kept the outputs of a run without it"
"$bin" run corpus -o topfresh --top 5 --no-store 2>/dev/null
diff -r -x docgraph.db t topfresh >/dev/null || no "--top 5 re-run differs from a fresh one"
"$bin" run corpus -o t --top 5 2>top2.err
kept top2.err "$n" || no "--top 5 twice: $(cat top2.err)"
"$bin" run corpus -o t 2>back.err
kept back.err "$n" && no "back without --top kept the --top 5 outputs"
same t fresh

# a new document
printf '日本とラオスの首脳会談がビエンチャンで行われた。\n' >corpus/new.txt
"$bin" run corpus -o t 2>new.err
kept new.err $((n + 1)) && no "a new document kept the outputs"
grep -q " $n reused" new.err || no "new document: $(cat new.err)"
"$bin" run corpus -o newfresh --no-store 2>/dev/null
same t newfresh

# the store alone (--outputs store): a document added, then one removed, taken into the
# store with nothing else written (the other files as they were); a merge of that store and
# the complete run after it give a fresh run's tree
stored() { grep -q "^docgraph: store updated: $2 documents\? read.*, $3 reused unread, 0 failed -> t/docgraph.db;" "$1"; }
others() { stamps t | grep -v '^docgraph\.db '; }
printf 'Japan and Fiji held talks in Suva on 3 May 2024.\n' >corpus/new2.txt
others >so.before
"$bin" run corpus -o t --outputs store 2>so.err || no "--outputs store failed: $(cat so.err)"
stored so.err 1 $((n + 1)) || no "--outputs store with a new document: $(cat so.err)"
others >so.after
cmp -s so.before so.after || no "--outputs store wrote another file: $(diff so.before so.after | head -4)"
"$bin" merge t/docgraph.db -o merged 2>/dev/null || no "merge of the store alone failed"
"$bin" run corpus -o fresh2 --no-store 2>/dev/null
same merged fresh2
"$bin" run corpus -o t 2>full.err
kept full.err $((n + 2)) && no "the complete run after the store alone kept the outputs"
grep -q " $((n + 2)) reused" full.err || no "after the store alone: $(cat full.err)"
same t fresh2
rm corpus/new2.txt
"$bin" run corpus -o t --outputs store 2>so2.err
stored so2.err 0 $((n + 1)) || no "--outputs store with a document removed: $(cat so2.err)"
"$bin" merge t/docgraph.db -o merged2 2>/dev/null
same merged2 newfresh
for bad in store,graphml "store --by year" "store --no-store" "store --per-doc"; do
  # shellcheck disable=SC2086
  "$bin" run corpus -o t --outputs $bad 2>bad.err
  [ $? = 64 ] && grep -q "^docgraph: --outputs store " bad.err || no "--outputs $bad: $(cat bad.err)"
done
"$bin" run corpus -o t 2>/dev/null

# killed part way: no record left
command -v sqlite3 >/dev/null || { [ $fail = 0 ] && echo "rerun: no sqlite3, the killed run not checked"; exit $fail; }
for i in 1 2 3 4 5 6 7 8 9 10; do mkdir -p corpus/c$i && cp corpus/*.txt corpus/c$i/; done
"$bin" run corpus -o t 2>/dev/null
[ "$(sqlite3 t/docgraph.db "SELECT count(*) FROM meta WHERE key = 'last_run'")" = 1 ] || no "a complete run left no record"
cp corpus/c1/new.txt was.txt
echo >>corpus/c1/new.txt
# killed once the run has begun (its store holds no record), not at a fixed time: on a busy
# machine one second may end it before it opened the store
"$bin" run -j1 corpus -o t >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 1000 ] && kill -0 $pid 2>/dev/null &&
  [ "$(sqlite3 t/docgraph.db "SELECT count(*) FROM meta WHERE key = 'last_run'" 2>/dev/null)" != 0 ]; do
  sleep 0.01
  i=$((i + 1))
done
kill -KILL $pid 2>/dev/null
wait $pid
rc=$?
if [ $rc = 137 ]; then
  [ "$(sqlite3 t/docgraph.db "SELECT count(*) FROM meta WHERE key = 'last_run'")" = 0 ] ||
    no "a killed run left the last run's record"
  cp was.txt corpus/c1/new.txt # the documents of the recorded run again
  "$bin" run corpus -o t 2>resumed.err
  grep -q "nothing changed" resumed.err && no "the run after a killed one ended early"
fi

[ $fail = 0 ] && echo "rerun: unchanged re-runs write nothing; a deleted or edited output, an option or a document changed write the tree again (killed run: exit $rc)"
exit $fail
