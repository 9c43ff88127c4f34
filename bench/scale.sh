#!/usr/bin/env bash
# Scale benchmark (issue 13): corpora made by bench/make_corpus.py (2,000 and 20,000
# documents, one 10 MB and one 100 MB file; --quick: 2,000 documents only), and on each,
# in one interleaved run (every command once per round, rounds in turn; medians):
# docgraph run -j1 and -j2, extract -j1 and -j2, a re-run on the same OUT with one new
# document (`run` again into the tree of the first; fast once runs reuse a store), both
# again with `--outputs graphml` (one data file besides the diagrams and the store), mecab
# on the same bytes, and grep -F with the dictionaries' names. Wall time and peak memory
# from /usr/bin/time -v, user and system CPU seconds apart: user seconds are what a shared
# machine distorts least; system seconds are mostly the writing of the output trees, which
# go to a tmpfs (/dev/shm, or --work DIR) so that the disk's state does not time them.
# Every run but the re-run starts from an empty OUT (a store left from the last round would
# be reused), and each round's trees are deleted at its end. --compare BIN also times BIN's
# `run -j1` in the same rounds (a docgraph built before a change). Writes the "## Scale"
# section of bench/RESULTS.md, with the issue's ratios from the medians.
# Usage: bench/scale.sh BIN [--quick] [--rounds N] [--compare BIN] [--work DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=$(realpath "$1")
shift
quick=0 rounds=3 compare="" work=""
while [ $# -gt 0 ]; do
  case $1 in
  --quick) quick=1 ;;
  --rounds) rounds=$2; shift ;;
  --compare) compare=$(realpath "$2"); shift ;;
  --work) work=$2; shift ;;
  *) echo "usage: bench/scale.sh BIN [--quick] [--rounds N] [--compare BIN] [--work DIR]" >&2; exit 2 ;;
  esac
  shift
done
export DOCGRAPH_DICTS=${DOCGRAPH_DICTS:-$root/dicts}
corpus=$root/bench/corpus/scale
# The output trees (1.3 GB a run at 20,000 documents) in memory when a tmpfs can hold them.
if [ -z "$work" ]; then
  work=$root/bench/work/scale
  if [ -d /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 8000000 ]; then
    work=/dev/shm/docgraph-scale-$$
    trap 'rm -rf "$work"' EXIT
  fi
fi
rm -rf "$work"
mkdir -p "$corpus" "$work"
gen() { # name, make_corpus.py arguments...
  local name=$1
  shift
  [ -e "$corpus/$name" ] || python3 "$root/bench/make_corpus.py" "$@"
}
gen c2000 --docs 2000 --out "$corpus/c2000"
names=(c2000)
if [ "$quick" = 0 ]; then
  gen c20000 --docs 20000 --out "$corpus/c20000"
  gen one10mb.txt --bytes 10000000 --single "$corpus/one10mb.txt"
  gen one100mb.txt --bytes 100000000 --single "$corpus/one100mb.txt"
  names+=(c20000 one10mb.txt one100mb.txt)
fi
# the new document of the re-run: another seed, so it is new text
python3 "$root/bench/make_corpus.py" --seed 7 --docs 1 --out "$work/new"

# The dictionaries' names, for grep -F.
awk -F'\t' 'NR>1 && $1 !~ /^#/ {print $3; print $4; n=split($5,a,"|"); for(i=1;i<=n;i++) print a[i]}' \
  "$root"/dicts/*.tsv | grep -v '^$' | sort -u > "$work/names.txt"

# One timed command: seconds and peak KiB appended to $work/times/NAME.
timed() { # name, command...
  local name=$1
  shift
  mkdir -p "$work/times"
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    return 1
  }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; w=s}
              /User time \(seconds\)/ {u=$2} /System time \(seconds\)/ {y=$2}
              /Maximum resident set size/ {m=$2} END {print w, m, u, y}' "$work/time.txt" >> "$work/times/$name"
}

# One round over corpus c (a folder or a file).
round() { # corpus name
  local c=$1 src=$corpus/$1 out=$work/out-$1
  rm -rf "$out" "$out-before" "$out-j2"
  [ -n "$compare" ] && timed "$c.before_run_j1" "$compare" run -q -j1 "$src" -o "$out-before"
  timed "$c.run_j1" "$bin" run -q -j1 "$src" -o "$out"
  timed "$c.run_j2" "$bin" run -q -j2 "$src" -o "$out-j2"
  timed "$c.extract_j1" sh -c "'$bin' extract -q -j1 '$src' > '$work/mentions.jsonl'"
  timed "$c.extract_j2" sh -c "'$bin' extract -q -j2 '$src' > '$work/mentions.jsonl'"
  # output identical whatever -j (before the re-run changes the first tree)
  cmp -s "$out-j2/graph.graphml" "$out/graph.graphml" || echo "run -j2 differs from -j1 on $c" >&2
  # the store alone brought up to date with one new document, in the -j2 run's tree
  timed "$c.rerun_store" "$bin" run -q -j1 --outputs store "$src" "$work/new" -o "$out-j2"
  # re-run with one new document, into the tree of the first run
  timed "$c.rerun_one_new" "$bin" run -q -j1 "$src" "$work/new" -o "$out"
  # the same two with one data file (GraphML) and the diagrams, the store kept
  rm -rf "$out-graphml"
  timed "$c.run_j1_graphml" "$bin" run -q -j1 --outputs graphml "$src" -o "$out-graphml"
  timed "$c.rerun_graphml" "$bin" run -q -j1 --outputs graphml "$src" "$work/new" -o "$out-graphml"
  timed "$c.mecab" sh -c "find '$src' -type f -print0 | sort -z | xargs -0 cat | mecab > /dev/null"
  timed "$c.grep_F" sh -c "find '$src' -type f -print0 | sort -z | xargs -0 cat | LC_ALL=C grep -F -o -f '$work/names.txt' | wc -l > /dev/null"
  [ -e "$out/run.json" ] && grep -o '"entities":[0-9]*,"relations":[0-9]*' "$out/run.json" | tr -d '"' > "$work/graph-$c"
  rm -rf "$out" "$out-before" "$out-j2" "$out-graphml"
}
for r in $(seq "$rounds"); do
  for c in "${names[@]}"; do round "$c"; done
done

# Medians per corpus and command.
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
med() { # corpus, key, field (1 wall, 2 peak KiB, 3 user, 4 system): the median, or nothing
  local f=$work/times/$1.$2
  [ -e "$f" ] || return 0
  cut -d' ' -f"$3" "$f" | median
}
row() { # corpus, key, label
  [ -e "$work/times/$1.$2" ] || return 0
  printf '| %s | %s | %.2f | %.2f | %.2f | %.0f |\n' "$1" "$3" "$(med "$1" "$2" 1)" \
    "$(med "$1" "$2" 3)" "$(med "$1" "$2" 4)" "$(med "$1" "$2" 2 | awk '{print $1/1024}')"
}
ratio() { # corpus, key a, key b, field, label: a's median over b's
  local a b
  a=$(med "$1" "$2" "$4") b=$(med "$1" "$3" "$4")
  [ -n "$a" ] && [ -n "$b" ] && awk -v a="$a" -v b="$b" -v c="$1" -v l="$5" \
    'BEGIN {if (b > 0) printf "- %s: %s %.2f\n", c, l, a / b}'
  return 0
}
size_of() { du -sb "$corpus/$1" | cut -f1; }
{
  echo "## Scale"
  echo
  echo "Written by \`bench/scale.sh\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, shared; $rounds interleaved"
  echo "round(s), medians). Corpora from \`bench/make_corpus.py\` (paragraphs of the project's sample"
  echo "texts mixed, countries, places, years, ordinals and amounts renamed):"
  for c in "${names[@]}"; do
    n=$(find "$corpus/$c" -type f | wc -l)
    echo "$c: $n file(s), $(size_of "$c" | awk '{printf "%.1f", $1/1e6}') MB;"
    [ -e "$work/graph-$c" ] && sed 's/^/  graph: /' "$work/graph-$c"
  done
  echo
  echo "| corpus | what | wall s | user s | system s | peak RSS MiB |"
  echo "|---|---|---|---|---|---|"
  for c in "${names[@]}"; do
    row "$c" before_run_j1 "docgraph run -j1, before (--compare)"
    row "$c" run_j1 "docgraph run -j1"
    row "$c" run_j2 "docgraph run -j2"
    row "$c" extract_j1 "docgraph extract -j1"
    row "$c" extract_j2 "docgraph extract -j2"
    row "$c" rerun_one_new "run again on the same OUT with one new document"
    row "$c" rerun_store "run again --outputs store (the store alone) with one new document"
    row "$c" run_j1_graphml "docgraph run -j1 --outputs graphml"
    row "$c" rerun_graphml "run again --outputs graphml with one new document"
    row "$c" mecab "mecab on the same bytes"
    row "$c" grep_F "grep -F -o with the dictionaries' $(wc -l < "$work/names.txt") names"
  done
  echo
  echo "The issue's ratios, from the medians above (user seconds unless said):"
  echo
  for c in "${names[@]}"; do
    ratio "$c" run_j1 extract_j1 3 "run -j1 over extract -j1 (issue: at most 1.5)"
    ratio "$c" extract_j1 mecab 3 "extract -j1 over mecab (issue: at most 1.0)"
    ratio "$c" run_j1 run_j2 1 "run -j1 over run -j2, wall (issue: at least 1.8)"
    ratio "$c" run_j1 before_run_j1 3 "run -j1 over the --compare binary's"
    w=$(med "$c" rerun_store 1)
    [ -n "$w" ] && echo "- $c: the store alone with one new document, wall s (issue: under 1) $w"
  done
  echo
} > "$work/scale.md"
# Splice the section into RESULTS.md: replace the old one, else put it before Recognition.
python3 - "$root/bench/RESULTS.md" "$work/scale.md" <<'EOF'
import re, sys
path, new = sys.argv[1], open(sys.argv[2]).read()
s = open(path).read()
if "## Scale\n" in s:
    s = re.sub(r"## Scale\n.*?(?=^## |\Z)", lambda m: new, s, flags=re.S | re.M)
else:
    i = s.find("## Recognition")
    s = s[:i] + new + s[i:] if i >= 0 else s + "\n" + new
open(path, "w").write(s)
EOF
cat "$work/scale.md"
