#!/bin/sh
# Score a docgraph binary on one of the sets here with the devset's scorers.
# usage: score.sh SET DOCGRAPH [--verbose]
set -e
[ $# -ge 2 ] || { echo "usage: $0 SET DOCGRAPH [--verbose]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
set_dir=$here/$1
bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
scorers=${SCORERS:-$here/../../../shared/devset}
[ -d "$set_dir/docs" ] || { echo "score.sh: no set $set_dir" >&2; exit 2; }
[ -f "$scorers/score.py" ] || { echo "score.sh: no scorers in $scorers (../shared/devset): skipped" >&2; exit 77; }
echo "== entities"
python3 "$scorers/score.py" "$bin" --docs "$set_dir/docs" --gold "$set_dir/gold" "$@"
echo "== relations"
python3 "$scorers/score_relations.py" "$bin" --docs "$set_dir/docs" --gold "$set_dir/gold" \
  --rel-gold "$set_dir/relgold" "$@"
