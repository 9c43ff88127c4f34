#!/usr/bin/env bash
# Nothing lost under a kill: `docgraph run` is killed with SIGKILL at random points of a run
# that rewrites an output folder, and every output must then be either the previous
# complete file or the new complete file (outputs are written to a temporary name and
# renamed, src/output/outfile.c); the next run completes and writes the new outputs.
# The corpus store (docgraph.db, and the log SQLite keeps beside it while it writes) is
# not one file rewritten whole but a database written document by document: after a kill
# it must pass `PRAGMA integrity_check` and hold whole documents only (each one's rows
# as its counts say), and after the next run it must hold every document.
#
#   tests/sigkill.sh DOCGRAPH FIXTURES WORKDIR [KILLS]
set -euo pipefail
bin=$1 fixtures=$2 work=$3 kills=${4:-16}
rm -rf "$work"
mkdir -p "$work/in"
cp -r "$fixtures"/. "$work/in/"
rm -rf "$work/in/graphml"
args=(run -q -j2 --per-doc -T svg,png,dot)

# The previous outputs (A), and the new ones (B) after a document is added.
"$bin" "${args[@]}" "$work/in" -o "$work/A"
printf 'Japan and Laos signed a grant of 20億円 in Vientiane on 3 March 2025.\n' >"$work/in/new.txt"
start=$(date +%s%N)
"$bin" "${args[@]}" "$work/in" -o "$work/B"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "sigkill: a full run takes ${ms} ms; killing $kills runs at random points"

names() { (cd "$1" && find . -type f ! -name '.*' ! -name 'docgraph.db*' | sort); }
# The store after a kill: sound, and every document in it whole.
store_ok() {
  local db=$1/docgraph.db
  [ -f "$db" ] || return 0
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || { echo "sigkill: $db damaged" >&2; return 1; }
  local bad
  bad=$(sqlite3 "$db" "SELECT count(*) FROM documents d WHERE sentences != (SELECT count(*) FROM
    sentences s WHERE s.doc = d.doc) OR mentions != (SELECT count(*) FROM mentions m WHERE
    m.doc = d.doc) OR relations != (SELECT count(*) FROM relations r WHERE r.doc = d.doc)")
  [ "$bad" = 0 ] || { echo "sigkill: $db holds $bad document(s) in part" >&2; return 1; }
}
# Every output in OUT is A's or B's version of it; nothing else but hidden temporaries.
check() {
  local out=$1 f
  while read -r f; do
    if cmp -s "$out/$f" "$work/B/$f"; then continue; fi
    if [ -f "$work/A/$f" ] && cmp -s "$out/$f" "$work/A/$f"; then continue; fi
    echo "sigkill: $f is neither the previous nor the new complete file" >&2
    return 1
  done < <(names "$out")
}

RANDOM=14
for i in $(seq 1 "$kills"); do
  out=$work/out
  rm -rf "$out"
  cp -r "$work/A" "$out"
  delay=$(( RANDOM % (ms + 1) ))
  "$bin" "${args[@]}" "$work/in" -o "$out" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check "$out"
  store_ok "$out"
  left=$(cd "$out" && find . -type f -name '.*' | wc -l)
  # the next run completes and writes the new outputs
  "$bin" "${args[@]}" "$work/in" -o "$out"
  [ -z "$(diff <(names "$out") <(names "$work/B"))" ] || { echo "sigkill: files differ" >&2; exit 1; }
  check "$out"
  while read -r f; do cmp -s "$out/$f" "$work/B/$f" || { echo "sigkill: $f not new" >&2; exit 1; }; done < <(names "$out")
  store_ok "$out"
  [ "$(sqlite3 "$out/docgraph.db" 'SELECT count(*) FROM documents')" = \
    "$(sqlite3 "$work/B/docgraph.db" 'SELECT count(*) FROM documents')" ] ||
    { echo "sigkill: the store does not hold every document" >&2; exit 1; }
  echo "sigkill: kill $i at ${delay} ms: every output whole ($left temporary file(s) left); the next run completed"
done
echo "sigkill: $kills passed, 0 failed"
