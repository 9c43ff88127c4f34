#!/usr/bin/env bash
# The shard-and-merge recipes of contrib/ give what one `docgraph run` gives, byte for byte:
#   tests/shards.sh slurm BIN OUT      a one-node Slurm (scripts/slurm-local.sh) runs
#                                      contrib/slurm/submit.sh: the map as an array job, the
#                                      merge as a job that depends on it (afterok)
#   tests/shards.sh parallel BIN OUT   contrib/parallel/docgraph-parallel.sh on this machine
#                                      (GNU parallel, -S :: this machine as its only host)
#   tests/shards.sh snakemake BIN OUT  contrib/snakemake/Snakefile, two jobs at a time
# Each compares the merged tree with `run` over the same documents (diff -r; the store
# docgraph.db by its documents, its file differing by design), both run in
# OUT/work on a copy of the documents, named as a user types them. Exits 77 (skipped) when
# docgraph has no `merge` command yet, or the engine is not installed.
set -euo pipefail
mode=$1 bin=$2 out=$3
src=$(cd "$(dirname "$0")/.." && pwd)
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
case $out in /*) ;; *) out=$PWD/$out ;; esac
shards=4
docs=(input tests/eval/docs) # 14 documents (and 9 .tsv files skipped), as a user types them
timeout_s=${SHARDS_TIMEOUT:-90}

skip() {
  echo "SKIPPED: $*"
  exit 77
}

case $("$bin" merge 2>&1 || true) in
  *"unknown command"*)
    skip "docgraph has no merge command (docgraph extract --shard and merge, issue 13)" ;;
esac
rm -rf "$out"
mkdir -p "$out/work/tests/eval"
cp -r "$src/input" "$out/work/"
cp -r "$src/tests/eval/docs" "$out/work/tests/eval/"
cd "$out/work"
export DOCGRAPH=$bin

# The documents of a store (docs/store.md), one line each, in path order: what must agree
# between a merge's store and a single run's. The file itself differs by design (document
# numbers follow the order of the parts, and meta says which shards it holds).
store_documents() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for row in db.execute("SELECT path, hash, size, format, encoding, pages, date, sentences, "
                      "mentions, relations FROM documents ORDER BY path"):
    print(*row, sep="\t")
PY
}

# The merged tree is the single run's, byte for byte, but for the store (docgraph.db),
# which holds the same documents.
compare() {
  local single=$1 merged=$2
  if ! diff -r -x docgraph.db "$single" "$merged" >"$out/diff.txt"; then
    echo "FAIL: $merged differs from $single:" >&2
    head -n 40 "$out/diff.txt" >&2
    exit 1
  fi
  if [ -f "$single/docgraph.db" ]; then
    store_documents "$single/docgraph.db" >"$out/single.docs"
    store_documents "$merged/docgraph.db" >"$out/merged.docs"
    diff "$out/single.docs" "$out/merged.docs" >&2 ||
      { echo "FAIL: the stores hold other documents" >&2; exit 1; }
    echo "ok: the stores hold the same $(wc -l <"$out/single.docs") documents"
  fi
  local n
  n=$(find "$out/merged.parts" -maxdepth 1 -name "shard-*-of-$shards.db" | wc -l)
  [ "$n" -eq "$shards" ] || { echo "FAIL: $n parts, not $shards" >&2; exit 1; }
  n=$(find "$single" -type f | wc -l)
  [ "$n" -gt 10 ] || { echo "FAIL: the single run wrote only $n files" >&2; exit 1; }
  echo "ok: $merged is $single, byte for byte but for docgraph.db ($n files)"
}

# The state of job $1 (COMPLETED, FAILED, PENDING ...) from slurmctld, which keeps finished
# jobs for MinJobAge seconds (there is no accounting database).
job_state() {
  scontrol show job "$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1
}

# Wait for job $1 to finish; fail with the logs when it does not complete in time.
wait_job() {
  local id=$1 deadline=$((SECONDS + timeout_s)) state=""
  while [ $SECONDS -lt $deadline ]; do
    state=$(job_state "$id")
    case "$state" in
      COMPLETED) return 0 ;;
      FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | DEADLINE | BOOT_FAIL)
        break ;;
    esac
    sleep 0.5
  done
  echo "FAIL: job $id is ${state:-gone} after $((SECONDS))s" >&2
  tail -n 20 "$out"/merged.parts/slurm-*.out "$slurm"/log/*.log >&2 || true
  return 1
}

# The cluster's state goes in a short temporary directory: munged's and slurmd's sockets
# need paths under 108 bytes, which a build tree deep in a CI clone can exceed.
run_slurm() {
  local rc=0 ids map merge
  slurm=$(mktemp -d /tmp/docgraph-slurm.XXXXXX)
  trap 'bash "$src/scripts/slurm-local.sh" down "$slurm"; cp -r "$slurm/log" "$out/slurm-log" 2>/dev/null || true; rm -rf "$slurm"' EXIT
  bash "$src/scripts/slurm-local.sh" up "$slurm" >"$out/slurm-up.txt" || rc=$?
  [ $rc -eq 77 ] && skip "no Slurm here (scripts/slurm-local.sh: munge, slurmctld, slurmd, root)"
  [ $rc -eq 0 ] || { echo "FAIL: slurm-local.sh up exited $rc" >&2; exit 1; }
  export SLURM_CONF=$slurm/slurm.conf
  local t0=$SECONDS
  ids=$(bash "$src/contrib/slurm/submit.sh" "$shards" "$out/merged" "${docs[@]}")
  read -r map merge <<<"$ids"
  echo "submitted map array $map and merge $merge"
  wait_job "$merge"
  for ((i = 0; i < shards; i++)); do
    [ "$(job_state "${map}_$((i + 1))")" = COMPLETED ] ||
      { echo "FAIL: array task ${map}_$((i + 1))" >&2; exit 1; }
  done
  echo "ok: $shards array tasks and the merge completed in $((SECONDS - t0))s"
}

run_parallel() {
  command -v parallel >/dev/null 2>&1 || skip "GNU parallel is not installed"
  HOSTS=: bash "$src/contrib/parallel/docgraph-parallel.sh" "$shards" "$out/merged" "${docs[@]}"
  echo "ok: the parallel recipe ran ($shards shards, -S :)"
}

run_snakemake() {
  command -v snakemake >/dev/null 2>&1 || skip "Snakemake is not installed"
  snakemake -q -s "$src/contrib/snakemake/Snakefile" --cores 2 \
    --config shards="$shards" out="$out/merged" paths="${docs[*]}" docgraph="$bin" \
    >"$out/snakemake.log" 2>&1 || { tail -n 30 "$out/snakemake.log" >&2; exit 1; }
  echo "ok: the Snakefile ran ($shards shards)"
}

"$bin" run -j1 "${docs[@]}" -o "$out/single" 2>"$out/single.err"
case $mode in
  slurm) run_slurm ;;
  parallel) run_parallel ;;
  snakemake) run_snakemake ;;
  *) echo "usage: $0 slurm|parallel|snakemake BIN OUT" >&2; exit 2 ;;
esac
compare "$out/single" "$out/merged"
