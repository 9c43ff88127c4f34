# bash completion for docgraph: commands, options, and the values of the options that take
# a choice (formats, views, types, kinds, periods); paths otherwise.
_docgraph() {
  local cur prev cmd
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=${COMP_WORDS[1]}
  local commands="run extract merge graph render stats evidence dict help"
  local opts="-o --output -f --format --dict --dicts --mecab-dic -j --threads --types --kinds
    --min-weight --top --rank --focus --radius --fanout --scope --implicit --members
    --max-edges --drop-isolated --layout --label --color -T --view --per-doc --encoding
    --since --until --doc-dates --by --gexf-version --dynamic --mixed --csv-bom --json
    --outputs --store --no-store --shard --partial
    -v --verbose -q --quiet --strict -h --help --version"
  local types="country group organization program meeting person place region amount date quantity"
  local kinds="co_occurs held_in held_on participates_in chaired_by announced_at adopted_at amount member_of"
  case $prev in
    -f|--format) COMPREPLY=($(compgen -W "graphml gexf json csv nodes-csv cytoscape neo4j dot svg png pdf" -- "$cur")); return ;;
    -T) COMPREPLY=($(compgen -W "svg png pdf dot" -- "$cur")); return ;;
    --view) COMPREPLY=($(compgen -W "all timeline funding countries" -- "$cur")); return ;;
    --outputs) COMPREPLY=($(compgen -W "graphml gexf json csv cytoscape neo4j mentions report" -- "$cur")); return ;;
    --types) COMPREPLY=($(compgen -W "$types" -- "$cur")); return ;;
    --kinds) COMPREPLY=($(compgen -W "$kinds" -- "$cur")); return ;;
    --rank) COMPREPLY=($(compgen -W "pagerank degree mentions" -- "$cur")); return ;;
    --scope) COMPREPLY=($(compgen -W "sentence paragraph block" -- "$cur")); return ;;
    --implicit) COMPREPLY=($(compgen -W "count ignore" -- "$cur")); return ;;
    --layout) COMPREPLY=($(compgen -W "dot sfdp neato fdp" -- "$cur")); return ;;
    --label) COMPREPLY=($(compgen -W "ja en both" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "type community" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "year quarter month" -- "$cur")); return ;;
    --gexf-version) COMPREPLY=($(compgen -W "1.2draft 1.3" -- "$cur")); return ;;
    -o|--output|--dict|--dicts|--mecab-dic|--doc-dates|--store) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
  elif [ "$cmd" = help ] && [ "$COMP_CWORD" -eq 2 ]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
  elif [ "$cmd" = dict ] && [ "$COMP_CWORD" -eq 2 ]; then
    COMPREPLY=($(compgen -W "check" -- "$cur"))
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _docgraph docgraph
