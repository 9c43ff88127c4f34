#!/bin/sh
# No function in src/ longer than 80 lines (from the line that opens it to its closing
# brace): a long function is several rules in one, and a rule should be read, tested and
# changed alone. Lists the offenders and fails when there is one. `--all N` lists every
# function over N lines instead.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)/src
max=80
report_only=0
if [ "${1:-}" = "--all" ]; then max=${2:-40}; report_only=1; fi
out=$(find "$src" -name '*.c' | LC_ALL=C sort | xargs awk -v max="$max" '
  FNR == 1 { name = ""; start = 0 }
  /^[A-Za-z_].*\(/ && !/;[ \t]*$/ && start == 0 { name = $0; start = FNR; next }
  start && /^}/ { n = FNR - start + 1; if (n > max) printf "%s:%d: %d lines: %s\n", FILENAME, start, n, name; start = 0; next }
  start && /^[A-Za-z_#]/ && !/^[A-Za-z_].*[,(]$/ && FNR == start + 1 && !/\{/ { }
' | sed "s|^$src/|src/|")
if [ -n "$out" ]; then
  echo "$out" | sort -t: -k3 -rn
  [ $report_only = 1 ] && exit 0
  echo "FAIL: $(echo "$out" | wc -l) function(s) over $max lines"
  exit 1
fi
echo "no function over $max lines"
