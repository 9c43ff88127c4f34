#!/bin/bash
# docgraph over many documents on a Slurm cluster: N array tasks each extract one shard,
# then one job merges the parts once all of them succeeded.
#   contrib/slurm/submit.sh N OUT PATH... [-- SBATCH_OPTION...]
# prints the two job ids (map, merge). The parts go to OUT.parts/shard-I-of-N.db, the logs to
# OUT.parts/slurm-*.out; OUT is what `docgraph run PATH... -o OUT` writes. Options after
# `--` go to both sbatch calls (--partition=..., --account=..., --time=...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 3 ]; then
  echo "usage: $0 N OUT PATH... [-- SBATCH_OPTION...]" >&2
  exit 2
fi
n=$1 out=$2
shift 2
paths=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do paths+=("$1"); shift; done
[ $# -gt 0 ] && shift
parts=$out.parts
mkdir -p "$parts"
map=$(sbatch --parsable "$@" --array="1-$n" --output="$parts/slurm-%A_%a.out" \
        "$here/docgraph-map.sbatch" "$n" "$parts" "${paths[@]}")
map=${map%%;*}
merge=$(sbatch --parsable "$@" --dependency="afterok:$map" --output="$parts/slurm-%j.out" \
          "$here/docgraph-merge.sbatch" "$parts" "$out")
echo "$map ${merge%%;*}"
