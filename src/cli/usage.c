/* The usage text of `docgraph --help`: every command and option, and the exit statuses.
 * The commands and options are also described in README.md; keep the two in step. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* The commands, then the options and what the exit statuses mean. */
static const char usage_commands[] =
      "usage: docgraph [COMMAND] [OPTIONS] PATH...\n"
      "\n"
      "Read Japanese and English documents (.txt .md .html .htm .xml .pdf .docx .odt;\n"
      "UTF-8, UTF-16, Shift_JIS, EUC-JP, ISO-2022-JP; directories recursively, - for\n"
      "stdin) and build the graph of the countries, groupings, programs, meetings,\n"
      "organizations, people, places, regions, amounts and dates in them.\n"
      "\n"
      "commands:\n"
      "  run PATH... [-o DIR]     write to DIR (default: output) the graph as graph.graphml,\n"
      "                           graph.gexf, graph.json, nodes.csv, edges.csv; the mentions\n"
      "                           as mentions.jsonl; the diagrams of the views (graph.*,\n"
      "                           timeline.*, funding.*, countries.* in the -T formats) and\n"
      "                           report.html. `docgraph` alone runs `docgraph run input -o\n"
      "                           output` when input/ exists. DIR/docgraph.db keeps each\n"
      "                           document's result: a re-run reads only what changed\n"
      "                           (schema: docs/store.md)\n"
      "  extract PATH...          print every mention as one JSON object a line\n"
      "                           (schema: docs/mentions.md); with --shard I/N -o DIR,\n"
      "                           shard I of N of the documents into DIR/shard-I-of-N.db\n"
      "  merge PART... -o DIR     run's output from the shards' parts (files or directories)\n"
      "  graph PATH... -f FORMAT  print the graph in one format on stdout (or -o FILE):\n"
      "                           graphml, gexf, json, csv (edges), nodes-csv, cytoscape,\n"
      "                           neo4j (-o DIR), dot, svg, png, pdf\n"
      "  render GRAPH.graphml|PATH... -T FORMAT [-o FILE]\n"
      "                           draw a saved graph (GraphML) or documents: svg, png, pdf,\n"
      "                           dot (styled, before layout); one view (--view)\n"
      "  stats PATH... [--json]   the top entities by PageRank and degree, communities and\n"
      "                           their members, counts by type, each entity's documents\n"
      "  evidence A [B] PATH...   the sentences behind entity A, or behind the ties of A and\n"
      "                           B, with document and line (a PDF's: file:pPAGE:line)\n"
      "                           (A, B: as for --focus)\n"
      "  dict check [DIR...]      validate the dictionaries and report file:line problems\n"
      "  help COMMAND             a command's options and examples (or: COMMAND --help)\n"
      "\n";

static const char usage_options[] =
      "options:\n"
      "  -o, --output PATH        output directory (run) or file (extract, graph); - is stdout\n"
      "  -f, --format FORMAT      output format of `graph`\n"
      "      --dict DIR           add a dictionary directory over the shipped ones (repeatable)\n"
      "      --dicts DIR          use DIR instead of the shipped dictionaries\n"
      "      --mecab-dic DIR      MeCab ipadic-utf8 directory (default: found)\n"
      "  -j, --threads N          worker threads (default: number of CPUs)\n"
      "      --types LIST         keep only these entity types in the graph: country, group,\n"
      "                           organization, program, meeting, person, place, region,\n"
      "                           amount, date, quantity (comma-separated; default: all but\n"
      "                           quantity)\n"
      "      --min-weight W       drop edges lighter than W\n"
      "      --top N              keep the N entities ranked highest (see --rank)\n"
      "      --rank R             pagerank (default), degree or mentions\n"
      "      --kinds LIST         keep only these relations: co_occurs, held_in, held_on,\n"
      "                           participates_in, chaired_by, announced_at, adopted_at,\n"
      "                           amount, member_of\n"
      "      --focus X            keep what lies within --radius steps of entity X (an id,\n"
      "                           an id without its type, or a label or alias in any case)\n"
      "      --radius K           steps around --focus (default 1)\n"
      "      --fanout N           at most N new neighbours per entity and step around --focus,\n"
      "                           typed ties first, then the heaviest (0: all; default 8)\n"
      "      --scope S            co-occurrence unit: sentence (default), paragraph, block\n"
      "      --implicit count|ignore  whether implicit mentions (日 in 日ASEAN, 我が国)\n"
      "                           co-occur and so count for centrality (default count)\n"
      "      --members            add member_of ties from the dictionaries' groups\n"
      "      --max-edges N        draw at most N lines in diagrams (0: all; default 2 per node)\n"
      "      --drop-isolated      drop entities without edges\n"
      "      --layout ENGINE      Graphviz layout: dot, sfdp, neato, fdp (default: by size)\n"
      "      --label ja|en|both   node labels in diagrams (default: ja)\n"
      "      --color type|community  fill nodes by type (default) or by community\n"
      "  -T LIST                  diagram formats: svg, png, pdf, dot (run: default svg,png)\n"
      "      --view V             views: all, timeline, funding, countries (run: a list,\n"
      "                           default all four; graph, render: one, default all)\n"
      "      --per-doc            run: also one diagram per document, in DIR/docs/\n"
      "      --store FILE         run: the corpus store (default: DIR/docgraph.db)\n"
      "      --no-store           run: keep no store; every document is read again\n"
      "      --outputs LIST       run, merge: the files to write besides the store, run.json and\n"
      "                           the diagrams: graphml, gexf, json, csv, cytoscape, neo4j,\n"
      "                           mentions, report (default: all; a file left out is removed);\n"
      "                           store alone: only the store brought up to date, no other file\n"
      "                           written (they stay the last complete run's)\n"
      "      --shard I/N          extract: shard I (1..N) of N of the sorted documents\n"
      "      --partial            merge: take parts that lack shards of their split\n"
      "      --encoding NAME      read text files in this encoding (default: detected)\n"
      "      --since DATE         keep the documents dated from DATE (2024, 2024-03, 2024-03-15)\n"
      "      --until DATE         ... and until DATE (inclusive); undated ones are left out\n"
      "      --doc-dates FILE     dates for documents that carry none: a TSV file with the\n"
      "                           header `path<TAB>date` and a line per document\n"
      "      --by PERIOD          run: also a graph per year, quarter or month (graph-2024.*,\n"
      "                           periods.svg)\n"
      "      --gexf-version V     1.2draft (default; Gephi and NetworkX) or 1.3\n"
      "      --dynamic            GEXF with time: each node and edge starts at its first\n"
      "                           document's date (Gephi's timeline)\n"
      "      --mixed              GraphML and GEXF as mixed graphs (Gephi, yEd; not NetworkX)\n"
      "      --csv-bom            a UTF-8 byte order mark before CSV files (Excel)\n"
      "  -v, --verbose            name each document read (with its encoding) and each\n"
      "                           file skipped in a directory; run: the time and peak\n"
      "                           memory of each phase at the end\n"
      "  -q, --quiet              no warnings or summary on stderr\n"
      "      --strict             exit 65 when there was any warning (bytes repaired,\n"
      "                           control characters, markup not read, a sentence cut, a\n"
      "                           folder loop); files of other formats left out of a\n"
      "                           folder are not warnings. The outputs are still written.\n"
      "  -h, --help               this help\n"
      "      --version            the version, dictionaries' fingerprint and libraries\n"
      "\n"
      "Typed ties are directed and co-occurrence is not, in every format; GraphML, GEXF and\n"
      "JSON are directed multigraphs with a co-occurrence as two reciprocal arcs. Every file\n"
      "carries its provenance. DOCGRAPH_DICTS names a dictionary directory to use instead of\n"
      "the installed one.\n"
      "\n"
      "exit status: 0 ok, 64 usage, 65 bad data (a dictionary, a document that failed, or a\n"
      "file named on its own that docgraph does not read; the other documents are still\n"
      "processed and written; with --strict also any warning), 66 no input or no such\n"
      "entity, 69 MeCab or dictionaries missing, 70 internal error (out of memory, igraph or\n"
      "Graphviz failed), 73 an output cannot be written (a folder that cannot be made, a\n"
      "full disk).\n";
void cli_usage(FILE *f) {
  fputs(usage_commands, f);
  fputs(usage_options, f);
}

/* ---- one command's help: `docgraph help CMD`, `docgraph CMD --help` ---- */

typedef struct command_help {
  const char *name, *synopsis, *what, *options, *examples;
} command_help;

#define DATES "  dates: --since DATE, --until DATE (2024, 2024-03, 2024-03-15), --doc-dates FILE.tsv\n"
#define READING                                                                              \
  "  reading: --dict DIR, --dicts DIR, --mecab-dic DIR, --scope S, --implicit count|ignore,\n" \
  "           --encoding NAME, -j N, -v, -q, --strict\n"
#define FILTERS                                                                              \
  "  filters: --types LIST, --kinds LIST, --min-weight W, --top N, --rank R, --focus X,\n"    \
  "           --radius K, --fanout N, --drop-isolated, --members\n"
#define DRAWING "  drawing: --layout ENGINE, --label ja|en|both, --color type|community, --max-edges N\n"
#define DATA_FILES "  data files: --gexf-version 1.2draft|1.3, --dynamic, --mixed, --csv-bom\n"

static const command_help helps[] = {
    {"run", "run PATH... [-o DIR]",
     "Write the whole output tree to DIR (default output): the graph (graph.graphml, .gexf,\n"
     ".json, nodes.csv, edges.csv, cytoscape.json, neo4j/), run.json, mentions.jsonl, the\n"
     "diagrams of the views and report.html. With --by, also a graph per period\n"
     "(graph-2024.graphml, ...) and periods.svg, their diagrams side by side.\n",
     "  output: -o DIR, -T svg,png,pdf,dot, --view all,timeline,funding,countries, --per-doc,\n"
     "          --by year|quarter|month, --outputs graphml,gexf,json,csv,cytoscape,neo4j,\n"
     "          mentions,report | --outputs store\n" DATA_FILES FILTERS DATES READING DRAWING,
     "  docgraph run reports/ -o out/\n"
     "  docgraph run reports/ -o out/ --by year --dynamic\n"
     "  docgraph run reports/ -o out/ --since 2024 --types country,group -T svg,pdf\n"
     "  docgraph run reports/ -o out/ --outputs graphml,report\n"
     "  docgraph run reports/ -o out/ --outputs store\n"},
    {"extract", "extract PATH... [-o FILE] | extract --shard I/N PATH... -o DIR",
     "Print every mention as one JSON object a line (schema: docs/mentions.md). With\n"
     "--shard I/N, process only shard I of N (document k of the sorted list goes to shard\n"
     "k % N + 1) into DIR/shard-I-of-N.db, for `docgraph merge` (CONTRACT.md, README).\n",
     "  output: -o FILE, --shard I/N -o DIR\n" DATES READING,
     "  docgraph extract press.html\n  cat note.txt | docgraph extract -\n"
     "  docgraph extract --shard 2/8 reports/ -o parts/\n"},
    {"merge", "merge PART... -o DIR",
     "Write what `docgraph run` writes from the parts of `extract --shard` (store files, or\n"
     "directories of *.db files), byte for byte as one run over all the documents, and the\n"
     "merged store DIR/docgraph.db (itself a part for a further merge).\n",
     "  output: -o DIR, -T, --view, --per-doc, --by, --partial, --outputs LIST\n" DATA_FILES FILTERS DATES
         DRAWING,
     "  docgraph merge parts/ -o out/\n  docgraph merge part-a/ part-b/ -o out/ -T svg\n"},
    {"graph", "graph PATH... -f FORMAT [-o FILE]",
     "Print the graph in one format: graphml, gexf, json, csv (edges), nodes-csv, cytoscape,\n"
     "neo4j (three files: -o DIR), dot, svg, png, pdf (png and pdf never to a terminal).\n",
     "  output: -f FORMAT, -o FILE, --view V (with svg, png, pdf)\n" DATA_FILES FILTERS DATES
         READING DRAWING,
     "  docgraph graph reports/ -f graphml -o g.graphml\n"
     "  docgraph graph reports/ -f neo4j -o neo4j/\n"
     "  docgraph graph reports/ -f csv --kinds held_in,held_on --since 2024-01\n"},
    {"render", "render GRAPH.graphml|PATH... -T FORMAT [-o FILE]",
     "Draw one view of a saved GraphML file (as it is, unless filters are given) or of\n"
     "documents, in svg, png, pdf or dot.\n",
     "  output: -T FORMAT, -o FILE, --view V\n" FILTERS DRAWING,
     "  docgraph render out/graph.graphml -T png -o g.png\n"
     "  docgraph render reports/ --view timeline -T pdf -o timeline.pdf\n"},
    {"stats", "stats PATH... [--json]",
     "The documents and their dates, counts by type and relation, the top entities by\n"
     "PageRank and degree, the communities, and each entity's documents.\n",
     "  output: --json, --top N\n" FILTERS DATES READING,
     "  docgraph stats reports/\n  docgraph stats --json --since 2024 reports/\n"},
    {"evidence", "evidence A [B] PATH...",
     "The sentences naming entity A, or tying A and B, as path:line: [kind] sentence. A and\n"
     "B are named as for --focus: an id, an id without its type, a label or alias, or a\n"
     "person's surname. Exit status 66 when no such entity is in the documents.\n",
     DATES READING,
     "  docgraph evidence JASMINE reports/\n  docgraph evidence country:JPN group:ASEAN reports/\n"},
    {"dict", "dict check [DIR...]",
     "Validate the dictionaries (the shipped ones, or DIR...) and print each problem as\n"
     "file:line: message.\n",
     "  --dicts DIR, -q\n", "  docgraph dict check\n  docgraph dict check my-dicts/\n"},
};

const char *const cli_command_names[] = {"run",   "extract",  "merge", "graph", "render",
                                         "stats", "evidence", "dict",  "help"};
const size_t cli_ncommand_names = sizeof cli_command_names / sizeof *cli_command_names;

int cli_usage_command(FILE *f, const char *name) {
  for (size_t i = 0; i < sizeof helps / sizeof *helps; i++) {
    const command_help *h = &helps[i];
    if (strcmp(h->name, name)) continue;
    fprintf(f, "usage: docgraph %s\n\n%s\noptions (docgraph --help says what each does):\n%s\n"
               "examples:\n%s", h->synopsis, h->what, h->options, h->examples);
    return 0;
  }
  return -1;
}
