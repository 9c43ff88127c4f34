#!/bin/bash
# docgraph over many documents with GNU parallel: N shards extracted at once, here or on
# other machines over ssh, then merged here into what `docgraph run PATH... -o OUT` writes.
#   contrib/parallel/docgraph-parallel.sh N OUT PATH...
# HOSTS (optional) is parallel's -S list: "server1,server2" (or "4/server1,:" for 4 jobs on
# server1 and the default on this machine, ":"). Remote hosts need docgraph on their PATH
# (or DOCGRAPH) and this working directory on a shared file system: each job runs in the
# same directory (--workdir .) and writes its part there (OUT.parts/shard-I-of-N.db). Without HOSTS, the shards run on
# this machine, as many at once as it has cores.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: [HOSTS=host1,host2] $0 N OUT PATH..." >&2
  exit 2
fi
n=$1 out=$2
shift 2
dg=${DOCGRAPH:-docgraph}
parts=$out.parts
mkdir -p "$parts"
hosts=()
[ -n "${HOSTS:-}" ] && hosts=(-S "$HOSTS" --workdir .)
# {} is the shard, 1 to N; -q keeps every path one word on the remote shell too
seq 1 "$n" | parallel "${hosts[@]}" --halt now,fail=1 -q \
  "$dg" extract -j 1 --shard "{}/$n" "$@" -o "$parts"
"$dg" merge "$parts" -o "$out"
