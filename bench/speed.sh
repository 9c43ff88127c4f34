#!/bin/sh
# Per-document cost: `docgraph extract -j1` on one big file made of the project's sample
# texts (input/, tests/eval/docs) repeated to each size, beside the `mecab` CLI on the same
# bytes, in one interleaved run (medians of user CPU seconds), then the share of each
# pipeline stage (perf, when installed) for the last binary on the largest size.
#
#   bench/speed.sh [-s "1 10"] [-r ROUNDS] [-w WORK] BIN...
#
# -s: sizes in MB (default "1 10"); BIN: one or more docgraph binaries (a build before and
# after a change). Linear cost shows as time growing like the size; `ratio` is extract over
# mecab. Results go to stdout, the corpora and perf data to WORK (default /tmp/dg-speed).
set -eu
sizes="1 10" rounds=3 work=/tmp/dg-speed
while getopts s:r:w: o; do
  case $o in
    s) sizes=$OPTARG ;; r) rounds=$OPTARG ;; w) work=$OPTARG ;;
    *) exit 64 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: bench/speed.sh [-s SIZES] [-r ROUNDS] [-w WORK] BIN..." >&2; exit 64; }
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"

# one file per size: the sample texts, whole, repeated until the size, cut at a line
cat "$root"/input/*.txt "$root"/input/*.md "$root"/tests/eval/docs/*.txt \
  "$root"/tests/eval/docs/*.md >"$work/unit.txt"
for mb in $sizes; do
  f=$work/$mb.txt
  [ -s "$f" ] && continue
  python3 - "$work/unit.txt" "$f" "$mb" <<'EOF'
import sys
u = open(sys.argv[1], 'rb').read() + b'\n\n'
size = int(float(sys.argv[3]) * (1 << 20))
out = u * (size // len(u) + 1)
open(sys.argv[2], 'wb').write(out[:size].rsplit(b'\n', 1)[0] + b'\n')
EOF
done

# user CPU seconds of one command
cpu() { /usr/bin/time -f %U "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }

for mb in $sizes; do
  f=$work/$mb.txt
  : >"$work/t.$mb"
  for r in $(seq "$rounds"); do
    i=0
    for b in "$@"; do
      i=$((i + 1))
      echo "bin$i $(cpu "$b" extract -j1 "$f" -o /dev/null)" >>"$work/t.$mb"
    done
    echo "mecab $(cpu sh -c "mecab <'$f' >/dev/null")" >>"$work/t.$mb"
  done
  m=$(grep '^mecab ' "$work/t.$mb" | cut -d' ' -f2 | median)
  i=0
  for b in "$@"; do
    i=$((i + 1))
    t=$(grep "^bin$i " "$work/t.$mb" | cut -d' ' -f2 | median)
    echo "$mb MB  extract -j1 $b: ${t} s  mecab: ${m} s  ratio $(echo "$t $m" | awk '{printf "%.2f", $1/$2}')"
  done
done

command -v perf >/dev/null || exit 0
for b in "$@"; do last=$b; done
for mb in $sizes; do big=$work/$mb.txt; done
perf record -q -F 499 --call-graph dwarf,16384 -o "$work/perf.data" \
  "$last" extract -j1 "$big" -o /dev/null 2>/dev/null
echo "stage shares ($last, $(basename "$big")):"
perf report -i "$work/perf.data" --children --stdio -g none --sort sym 2>/dev/null |
  grep -E '\] (dg_source_prepare|dg_segment_sentences|dg_segment_tokens|mecab_parse_lattice|dg_recognize_before_names|date_mentions|dictionary_mentions|amount_mentions|dg_names_run|dg_relate|dg_write_mentions)( |$)' |
  awk '{sub("%", "", $1); v[$4] += $1; if (!($4 in o)) o[$4] = ++n; k[o[$4]] = $4}
       END {for (i = 1; i <= n; i++) printf "  %-28s %.1f%%\n", k[i], v[k[i]]}'
