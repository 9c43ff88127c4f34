#!/usr/bin/env bash
# Benchmark: build a corpus of about 100 MB from the sample documents in input/, then time
# `docgraph run` on it (1 and 2 threads) against `mecab` alone on the same text, and the
# dictionary matcher alone against `grep -F` over the same names. Wall time, MB/s and peak
# memory (from /usr/bin/time -v) go to bench/RESULTS.md; then bench/scale.sh (issue 13:
# generated corpora of 2,000 and 20,000 documents, one 10 MB and one 100 MB file, run,
# extract, -j1/-j2, a re-run with one new document, mecab and grep -F, interleaved,
# medians) writes its "## Scale" section. Usage: bench/run.sh [MB] | bench/run.sh --quick
# (the scale section on 2,000 documents only; extra arguments go to scale.sh, such as
# --rounds N or --compare OTHER_DOCGRAPH).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=0
[ "${1:-}" = --quick ] && quick=1 && shift
mb=100
[ "$quick" = 0 ] && [ -n "${1:-}" ] && [ "${1#--}" = "$1" ] && mb=$1 && shift
bash scripts/install-deps.sh --test >/dev/null
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DDG_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null
bin=$root/build/release/docgraph
if [ "$quick" = 1 ]; then
  exec bash "$root/bench/scale.sh" "$bin" --quick "$@"
fi
corpus=$root/bench/corpus
work=$root/bench/work
rm -rf "$work"
mkdir -p "$corpus" "$work"

# The corpus: copies of each sample document, about 1 MB a file, same formats as input/.
target=$((mb * 1000 * 1000))
have=$(du -sb "$corpus" 2>/dev/null | cut -f1)
if [ "${have:-0}" -lt $((target * 95 / 100)) ] || [ "${have:-0}" -gt $((target * 105 / 100)) ]; then
  rm -rf "$corpus"
  mkdir -p "$corpus"
  total=0 i=0
  while [ "$total" -lt "$target" ]; do
    for f in input/*; do
      ext=${f##*.}
      out=$corpus/doc$(printf %05d $i).$ext
      : > "$out"
      while [ "$(stat -c %s "$out")" -lt 1000000 ]; do
        if [ "$ext" = html ]; then cat "$f" >> "$out"; else { cat "$f"; echo; } >> "$out"; fi
      done
      total=$((total + $(stat -c %s "$out")))
      i=$((i + 1))
      [ "$total" -ge "$target" ] && break
    done
  done
fi
bytes=$(du -sb "$corpus" | cut -f1)
files=$(ls "$corpus" | wc -l)
cat "$corpus"/*.txt "$corpus"/*.md > "$work/plain.txt"
plain=$(stat -c %s "$work/plain.txt")

measure() { # name, bytes, command...
  local name=$1 n=$2
  shift 2
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    return 1
  }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  printf '| %s | %.1f | %.2f | %.1f | %.0f |\n' "$name" "$(echo "$n / 1000000" | bc -l)" "$wall" \
    "$(echo "$n / 1000000 / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

dicdir=/var/lib/mecab/dic/ipadic-utf8
rows=$(
  measure "docgraph run, 1 thread" "$bytes" "$bin" run -q -j1 "$corpus" -o "$work/out1"
  measure "docgraph run, 2 threads" "$bytes" "$bin" run -q -j2 "$corpus" -o "$work/out2"
  measure "docgraph extract, 2 threads" "$bytes" sh -c "'$bin' extract -q -j2 '$corpus' > '$work/mentions.jsonl'"
  measure "mecab alone (plain-text part)" "$plain" sh -c "mecab -d $dicdir < '$work/plain.txt' > /dev/null"
)
# The matcher alone, against grep -F over the same surfaces.
"$root/build/release/match_bench" "$root/dicts" "$work/plain.txt" 3 > "$work/match.txt"
awk -F'\t' 'NR>1 && $1 !~ /^#/ {print $3; print $4; n=split($5,a,"|"); for(i=1;i<=n;i++) print a[i]}' \
  "$root"/dicts/*.tsv | grep -v '^$' | sort -u > "$work/names.txt"
# Every match, as the matcher finds every match (grep -c into /dev/null would stop at the
# first one: GNU grep treats an output of /dev/null like -q).
start=$(date +%s.%N)
LC_ALL=C grep -F -o -f "$work/names.txt" "$work/plain.txt" | wc -l > "$work/grep-count.txt" || true
grep_s=$(echo "$(date +%s.%N) - $start" | bc -l)
grep_rate=$(echo "$plain / 1000000 / $grep_s" | bc -l)
match_rate=$(awk -F'\t' '$1=="match_mb_s" {print $2}' "$work/match.txt")
norm_rate=$(awk -F'\t' '$1=="normalize_mb_s" {print $2}' "$work/match.txt")
surfaces=$(awk -F'\t' '$1=="surfaces" {print $2}' "$work/match.txt")
states=$(awk -F'\t' '$1=="trie_states" {print $2}' "$work/match.txt")

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))."
  echo "Corpus: $files files, $(echo "$bytes / 1000000" | bc) MB, copies of the sample documents in \`input/\`"
  echo "(plain text, Markdown and HTML). Wall time and peak memory from \`/usr/bin/time -v\`, one run each."
  echo
  echo "| what | MB | wall s | MB/s | peak RSS MiB |"
  echo "|---|---|---|---|---|"
  echo "$rows"
  echo
  echo "Matcher alone (\`build/release/match_bench\`, best of 3, no MeCab) on the plain-text part:"
  echo
  echo "| what | MB/s |"
  echo "|---|---|"
  printf '| dictionary matcher, %s surfaces, %s trie states | %s |\n' "$surfaces" "$states" "$match_rate"
  printf '| normalization (NFKC folding with offset map) | %s |\n' "$norm_rate"
  printf '| grep -F -o over the same %s names | %.0f |\n' "$(wc -l < "$work/names.txt")" "$grep_rate"
  echo
  echo "## Layouts"
  echo
  echo "\`bench/layouts.py\`: graphs shaped like docgraph's (hubs, cliques of entities named"
  echo "together) of growing size, drawn by \`docgraph render\` with each Graphviz layout (two"
  echo "lines per entity, as by default): wall time, and pairs of nodes whose shapes overlap."
  echo "docgraph picks \`dot\` up to 12 entities (layers, instant), \`neato\` up to 150 (the"
  echo "clearest mid-sized pictures), \`sfdp\` beyond (the only one that stays fast)."
  echo "Lines are routed around nodes up to 50 lines, straight beyond: routing costs"
  echo "seconds from about 80 lines."
  echo
  /usr/bin/python3 "$root/bench/layouts.py" "$bin" 10 12 20 40 80 150 300 600 1200
} > "$root/bench/RESULTS.md"
# the recognition and relation scores (its own section, also run alone)
bash "$root/bench/accuracy.sh" "$bin" >/dev/null
# the scale section (its own section, also run alone)
bash "$root/bench/scale.sh" "$bin" "$@" >/dev/null
cat "$root/bench/RESULTS.md"
