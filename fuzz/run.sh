#!/usr/bin/env bash
# Run every fuzz target for SECONDS, JOBS at a time, each from its seed corpus
# (fuzz/corpus/NAME) into a fresh working corpus; a crash, a leak, a timeout (10 s for
# one input) or an out-of-memory (4 GB) fails the run and leaves the input in
# ARTIFACTS (default build/fuzz/artifacts) for a regression test.
#
#   fuzz/run.sh BIN_DIR SECONDS [JOBS] [TARGET...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$1 secs=$2 jobs=${3:-2}
shift $(( $# >= 3 ? 3 : $# ))
art=${ARTIFACTS:-$(dirname "$bin")/artifacts}
mkdir -p "$art"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$here/../tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$bin"/fuzz_*; do [ -x "$f" ] && targets+=("$(basename "$f" | sed 's/^fuzz_//')"); done
fi

one() { # target: runs it, prints one line, returns its status
  local t=$1 work log
  work=$(mktemp -d) log=$art/$t.log
  local dirs=("$here/corpus/$t") # the seeds, and the inputs a fuzzer once failed on
  [ -d "$here/regressions/$t" ] && dirs+=("$here/regressions/$t")
  "$bin/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$art/$t-" "$work" "${dirs[@]}" >"$log" 2>&1
  local rc=$?
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  rm -rf "$work"
  if [ $rc -eq 0 ]; then
    echo "fuzz_$t: ${runs:-?} runs in ${secs} s, $cov, no finding"
  else
    echo "fuzz_$t: FAILED (exit $rc); see $log"
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
  fi
  return $rc
}

failed=0 running=0 pids=()
for t in "${targets[@]}"; do
  one "$t" & pids+=($!)
  running=$((running + 1))
  if [ $running -ge "$jobs" ]; then
    wait -n || failed=$((failed + 1))
    running=$((running - 1))
  fi
done
while [ $running -gt 0 ]; do
  wait -n || failed=$((failed + 1))
  running=$((running - 1))
done
echo "fuzz: $(( ${#targets[@]} - failed )) passed, $failed failed"
[ $failed -eq 0 ]
