/* Option parsing for the docgraph command line (see cli.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cli_usage(FILE *f) {
  fputs(
      "usage: docgraph [COMMAND] [OPTIONS] PATH...\n"
      "\n"
      "Read Japanese and English documents (.txt .md .html .htm .xml, directories\n"
      "recursively, - for stdin) and build the graph of the countries, groupings,\n"
      "programs, meetings, organizations, people, places, amounts and dates in them.\n"
      "\n"
      "commands:\n"
      "  run PATH... [-o DIR]     write to DIR (default: output) the graph as graph.graphml,\n"
      "                           graph.gexf, graph.json, nodes.csv, edges.csv; the mentions\n"
      "                           as mentions.jsonl; the diagrams of the views (graph.*,\n"
      "                           timeline.*, funding.*, countries.* in the -T formats) and\n"
      "                           report.html. `docgraph` alone runs `docgraph run input -o\n"
      "                           output` when input/ exists.\n"
      "  extract PATH...          print every mention as one JSON object a line\n"
      "                           (schema: docs/mentions.md)\n"
      "  graph PATH... -f FORMAT  print the graph in one format on stdout (or -o FILE):\n"
      "                           graphml, gexf, json, csv (edges), nodes-csv, dot, svg, png, pdf\n"
      "  render GRAPH.graphml|PATH... -T FORMAT [-o FILE]\n"
      "                           draw a saved graph (GraphML) or documents: svg, png, pdf,\n"
      "                           dot (styled, before layout); one view (--view)\n"
      "  stats PATH... [--json]   the top entities by PageRank and degree, communities and\n"
      "                           their members, counts by type, each entity's documents\n"
      "  evidence A [B] PATH...   the sentences behind entity A, or behind the ties of A and\n"
      "                           B, with document and line (A, B: as for --focus)\n"
      "  dict check [DIR...]      validate the dictionaries and report file:line problems\n"
      "\n"
      "options:\n"
      "  -o, --output PATH        output directory (run) or file (extract, graph); - is stdout\n"
      "  -f, --format FORMAT      output format of `graph`\n"
      "      --dict DIR           add a dictionary directory over the shipped ones (repeatable)\n"
      "      --dicts DIR          use DIR instead of the shipped dictionaries\n"
      "      --mecab-dic DIR      MeCab ipadic-utf8 directory (default: found)\n"
      "  -j, --threads N          worker threads (default: number of CPUs)\n"
      "      --types LIST         keep only these entity types in the graph\n"
      "                           (comma-separated; default: all but quantity)\n"
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
      "  -q, --quiet              no warnings or summary on stderr\n"
      "  -h, --help               this help\n"
      "      --version            the version\n"
      "\n"
      "exit status: 0 ok, 64 usage, 65 bad data (a dictionary, or a document that failed;\n"
      "the other documents are still processed and written), 66 no input, 69 MeCab or\n"
      "dictionaries missing, 73 an output cannot be written.\n",
      f);
}

static int push(const char ***v, size_t *n, const char *s) {
  const char **p = realloc(*v, (*n + 1) * sizeof *p);
  if (!p) return -1;
  p[(*n)++] = s;
  *v = p;
  return 0;
}

enum {
  O_DICT = 256, O_DICTS, O_MECAB, O_TYPES, O_MINW, O_TOP, O_ISO, O_LAYOUT, O_LABEL, O_VERSION,
  O_FOCUS, O_RADIUS, O_FANOUT, O_RANK, O_KINDS, O_SCOPE, O_MEMBERS, O_MAXE, O_JSON, O_VIEW,
  O_COLOR, O_PERDOC
};

int cli_parse(int argc, char **argv, cli_opts *o) {
  static const struct option longs[] = {
      {"output", required_argument, NULL, 'o'},  {"format", required_argument, NULL, 'f'},
      {"threads", required_argument, NULL, 'j'}, {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},          {"dict", required_argument, NULL, O_DICT},
      {"dicts", required_argument, NULL, O_DICTS}, {"mecab-dic", required_argument, NULL, O_MECAB},
      {"types", required_argument, NULL, O_TYPES}, {"min-weight", required_argument, NULL, O_MINW},
      {"top", required_argument, NULL, O_TOP},   {"drop-isolated", no_argument, NULL, O_ISO},
      {"layout", required_argument, NULL, O_LAYOUT}, {"label", required_argument, NULL, O_LABEL},
      {"version", no_argument, NULL, O_VERSION}, {"focus", required_argument, NULL, O_FOCUS},
      {"radius", required_argument, NULL, O_RADIUS}, {"fanout", required_argument, NULL, O_FANOUT}, {"rank", required_argument, NULL, O_RANK},
      {"kinds", required_argument, NULL, O_KINDS}, {"scope", required_argument, NULL, O_SCOPE},
      {"members", no_argument, NULL, O_MEMBERS}, {"max-edges", required_argument, NULL, O_MAXE},
      {"json", no_argument, NULL, O_JSON}, {"view", required_argument, NULL, O_VIEW},
      {"color", required_argument, NULL, O_COLOR}, {"per-doc", no_argument, NULL, O_PERDOC},
      {NULL, 0, NULL, 0}};
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  o->threads = ncpu > 0 ? (int)(ncpu > 16 ? 16 : ncpu) : 1;
  optind = 1;
  opterr = 0;
  int c;
  char *end;
  while ((c = getopt_long(argc, argv, ":o:f:j:T:qh", longs, NULL)) != -1) {
    switch (c) {
    case 'o': o->out = optarg; break;
    case 'f': o->format = optarg; break;
    case 'j':
      errno = 0;
      o->threads = (int)strtol(optarg, &end, 10);
      if (errno || *end || o->threads < 1 || o->threads > 256) {
        fprintf(stderr, "docgraph: -j needs a number of threads from 1 to 256, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case 'q': o->quiet = 1; break;
    case 'h': cli_usage(stdout); exit(EXIT_OK);
    case O_VERSION: printf("docgraph %s\n", DG_CLI_VERSION); exit(EXIT_OK);
    case O_DICT:
      if (push(&o->dicts, &o->ndicts, optarg)) return EXIT_SOFTWARE;
      break;
    case O_DICTS: o->dicts_dir = optarg; break;
    case O_MECAB: o->mecab_dic = optarg; break;
    case O_TYPES: o->types = optarg; break;
    case O_MINW:
      errno = 0;
      o->min_weight = strtod(optarg, &end);
      if (errno || *end || o->min_weight < 0) {
        fprintf(stderr, "docgraph: --min-weight needs a number >= 0, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case O_TOP:
      errno = 0;
      o->top = (size_t)strtoul(optarg, &end, 10);
      if (errno || *end || *optarg == '-') {
        fprintf(stderr, "docgraph: --top needs a count, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case O_ISO: o->drop_isolated = 1; break;
    case O_LAYOUT: o->layout = optarg; break;
    case O_LABEL:
      if (!strcmp(optarg, "ja")) o->labels = DG_LABEL_JA;
      else if (!strcmp(optarg, "en")) o->labels = DG_LABEL_EN;
      else if (!strcmp(optarg, "both")) o->labels = DG_LABEL_BOTH;
      else {
        fprintf(stderr, "docgraph: --label takes ja, en or both, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case O_FOCUS: o->focus = optarg; break;
    case O_RADIUS:
      errno = 0;
      o->radius = (int)strtol(optarg, &end, 10);
      if (errno || *end || o->radius < 1 || o->radius > 100) {
        fprintf(stderr, "docgraph: --radius needs a number of steps from 1 to 100, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case O_FANOUT:
      errno = 0;
      o->fanout = (int)strtol(optarg, &end, 10);
      if (errno || *end || o->fanout < 0) {
        fprintf(stderr, "docgraph: --fanout needs a count (0: all), not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      o->fanout_set = 1;
      break;
    case O_RANK: o->rank = optarg; break;
    case O_KINDS: o->kinds = optarg; break;
    case O_SCOPE: o->scope = optarg; break;
    case O_MEMBERS: o->members = 1; break;
    case O_MAXE:
      errno = 0;
      o->max_edges = (size_t)strtoul(optarg, &end, 10);
      if (errno || *end || *optarg == '-') {
        fprintf(stderr, "docgraph: --max-edges needs a count (0: all), not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      o->max_edges_set = 1;
      break;
    case O_JSON: o->json = 1; break;
    case 'T': o->formats = optarg; break;
    case O_VIEW: o->view = optarg; break;
    case O_COLOR:
      if (!strcmp(optarg, "type")) o->color = DG_COLOR_TYPE;
      else if (!strcmp(optarg, "community")) o->color = DG_COLOR_COMMUNITY;
      else {
        fprintf(stderr, "docgraph: --color takes type or community, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case O_PERDOC: o->per_doc = 1; break;
    case ':':
      fprintf(stderr, "docgraph: option %s needs a value (see docgraph --help)\n", argv[optind - 1]);
      return EXIT_USAGE;
    default:
      fprintf(stderr, "docgraph: unknown option %s (see docgraph --help)\n", argv[optind - 1]);
      return EXIT_USAGE;
    }
  }
  for (int i = optind; i < argc; i++)
    if (push(&o->paths, &o->npaths, argv[i])) return EXIT_SOFTWARE;
  o->progress = !o->quiet && isatty(2);
  return EXIT_OK;
}

void cli_opts_free(cli_opts *o) {
  free(o->paths);
  free(o->dicts);
  dg_renderer_free(o->renderer);
  o->renderer = NULL;
}
