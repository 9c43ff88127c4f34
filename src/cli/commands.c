/* The commands that write documents out as data and diagrams: run, extract, graph and
 * render. Each checks its options, runs its job through the library and prints; the
 * library decides what is computed and which files are written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "docgraph/outfile.h"
#include "docgraph/outputs.h"
#include "docgraph/run.h"

/* ---- run ---- */

/* The summary line of a run, on stderr: the documents read by encoding or format. */
static void run_summary(const cli_job *j, const dg_run_result *r, const char *dir) {
  char as[600], mid[64], end[64];
  cli_tally_text(&j->read_as, as, sizeof as);
  cli_progress_tails(&j->progress, &r->docs, mid, end, sizeof mid);
  fprintf(stderr,
          "docgraph: %zu document%s read%s%s%s, %zu reused, %zu failed%s; %zu entities, %zu "
          "relations (diagram: %zu, %zu) -> %s/%s\n",
          r->docs.ok, r->docs.ok == 1 ? "" : "s", *as ? " (" : "", as, *as ? ")" : "",
          r->docs.reused, r->docs.failed, mid, r->entities, r->relations, r->drawn_entities,
          r->drawn_relations, dir, end);
  if (r->periods || r->undated)
    fprintf(stderr, "docgraph: %zu period%s (graph-PERIOD.*, periods.svg); %zu undated document%s "
            "in none\n", r->periods, r->periods == 1 ? "" : "s", r->undated,
            r->undated == 1 ? "" : "s");
}

/* The summary line of a run that kept the store alone (--outputs store), on stderr. */
static void store_summary(const cli_job *j, const dg_run_result *r, const cli_opts *o) {
  char as[600], mid[64], end[64], path[4200];
  cli_tally_text(&j->read_as, as, sizeof as);
  cli_progress_tails(&j->progress, &r->docs, mid, end, sizeof mid);
  snprintf(path, sizeof path, "%s/%s", o->out ? o->out : DG_RUN_DIR, DG_RUN_STORE);
  size_t read = r->docs.ok - r->docs.reused;
  fprintf(stderr,
          "docgraph: store updated: %zu document%s read%s%s%s, %zu reused unread, %zu failed%s "
          "-> %s%s; the other files are the last complete run's\n",
          read, read == 1 ? "" : "s", *as ? " (" : "", as, *as ? ")" : "", r->docs.reused,
          r->docs.failed, mid, o->store ? o->store : path, end);
}

/* The words for what shapes a run's outputs besides its documents (dg_run_opts.rerun_key):
 * the options given but -j, -v, -q, the environment variables the library reads that
 * change results, and the bytes of the --doc-dates table. NULL (never end early) with
 * --strict, whose exit status counts warnings a run that ends early does not see again,
 * or when memory runs out. Free it. */
static char *rerun_key(const cli_opts *o) {
  static const char *const env[] = {"DOCGRAPH_WINDOW", "DOCGRAPH_DICTS", "DOCGRAPH_MECAB_DIC"};
  char *buf = NULL;
  size_t n = 0;
  FILE *f = o->strict ? NULL : open_memstream(&buf, &n);
  if (!f) return NULL;
  fputs(o->rerun_key ? o->rerun_key : "", f);
  for (size_t i = 0; i < sizeof env / sizeof *env; i++)
    fprintf(f, "%s=%s\n", env[i], getenv(env[i]) ? getenv(env[i]) : "");
  FILE *dates = o->doc_dates ? fopen(o->doc_dates, "rb") : NULL;
  for (int c; dates && (c = getc(dates)) != EOF;) fputc(c, f);
  if (dates) fclose(dates);
  if (fclose(f) != 0) {
    free(buf);
    return NULL;
  }
  return buf;
}

/* run, or (parts) merge: the output tree of the documents of the paths, or of the parts. */
static int run_tree(cli_opts *o, int parts) {
  cli_job j;
  cli_job_init(&j, o);
  dg_run_opts ro = {.input = j.in, .dir = o->out, .per_doc = o->per_doc, .store = o->store,
                    .no_store = o->no_store};
  if (parts) ro.parts = o->paths, ro.nparts = o->npaths, ro.partial = o->partial;
  const char *fmts[DG_RUN_MAX_FORMATS];
  dg_view views[DG_VIEW_COUNT];
  if (cli_filter(o, &ro.filter) ||
      cli_parse_formats(o->formats ? o->formats : "svg,png", fmts, &ro.nformats,
                        DG_RUN_MAX_FORMATS) ||
      cli_parse_views(o->view ? o->view : "all,timeline,funding,countries", views, &ro.nviews) ||
      cli_parse_outputs(o->outputs, &ro.outputs) ||
      cli_pipeline_opts(o, &ro.pipeline))
    return EXIT_USAGE;
  ro.formats = fmts;
  ro.views = views;
  ro.filter_all = cli_has_filters(o);
  ro.draw = cli_diagram_opts(o);
  ro.write = cli_write_opts(o);
  if (o->by && dg_period_by_parse(o->by, &ro.by))
    return cli_usage_error("--by takes year, quarter or month, not '%s'", o->by);
  if (cli_job_dates(&j)) return cli_job_end(&j, EXIT_USAGE);
  dg_timings tm = {0};
  if (o->verbose) j.in.timings = &tm;
  ro.input = j.in;
  dg_run_result res;
  dg_error err = {0};
  char *key = parts ? NULL : rerun_key(o);
  ro.rerun_key = key;
  dg_err r = dg_run(&ro, &res, &err);
  free(key);
  if (r != DG_OK) return cli_job_end(&j, cli_fail(r, &err));
  if (!o->quiet && res.unchanged)
    fprintf(stderr, "docgraph: nothing changed; %zu document%s reused, outputs kept -> %s/\n",
            res.docs.ok, res.docs.ok == 1 ? "" : "s", o->out ? o->out : DG_RUN_DIR);
  else if (!o->quiet && ro.outputs == 1u << DG_OUT_STORE) store_summary(&j, &res, o);
  else if (!o->quiet) run_summary(&j, &res, o->out ? o->out : DG_RUN_DIR);
  if (o->verbose) cli_timings_print(&tm, cli_progress_elapsed(&j.progress));
  j.counts = res.docs;
  return cli_job_end(&j, res.docs.failed ? EXIT_DATAERR : EXIT_OK);
}

int cmd_run(cli_opts *o) {
  if (o->npaths == 0) return cli_usage_error("run needs at least one PATH (see docgraph --help)");
  return run_tree(o, 0);
}

int cmd_merge(cli_opts *o) {
  if (o->npaths == 0)
    return cli_usage_error("merge needs at least one PART (see docgraph help merge)");
  if (o->no_store)
    return cli_usage_error("merge writes the merged store: --no-store does not apply");
  return run_tree(o, 1);
}

/* ---- extract ---- */

/* extract --shard I/N -o DIR: shard I of N of the documents into DIR/shard-I-of-N.db. */
static int extract_shard(cli_opts *o) {
  unsigned i, n;
  char end;
  if (sscanf(o->shard, "%u/%u%c", &i, &n, &end) != 2 || i < 1 || i > n)
    return cli_usage_error("--shard takes I/N, I from 1 to N (1/4, 2/4 ...), not '%s'", o->shard);
  if (!o->out || !strcmp(o->out, "-"))
    return cli_usage_error("--shard writes a part into a directory: give it with -o DIR");
  cli_job j;
  cli_job_init(&j, o);
  int rc = cli_job_open(&j);
  if (rc) return cli_job_end(&j, rc);
  dg_pipeline_opts po;
  cli_pipeline_opts(o, &po);
  j.in.shard_i = i, j.in.shard_n = n;
  dg_error err = {0};
  char path[4200];
  dg_err r = dg_job_part(j.p, &po, &j.in, o->out, path, sizeof path, &j.counts, &err);
  if (r != DG_OK) return cli_job_end(&j, cli_fail(r, &err));
  if (!o->quiet)
    fprintf(stderr, "docgraph: shard %u/%u: %zu document%s read, %zu failed -> %s\n", i, n,
            j.counts.ok, j.counts.ok == 1 ? "" : "s", j.counts.failed, path);
  j.counts.failed = 0; /* recorded in the part: the merge counts them and exits 65 */
  return cli_job_end(&j, EXIT_OK);
}

/* On a terminal, the summary line of extract: documents, mentions, relations and time. */
static void extract_summary(const cli_job *j) {
  if (!j->progress.on) return;
  char as[600], mid[64], end[64];
  cli_tally_text(&j->read_as, as, sizeof as);
  cli_progress_tails(&j->progress, &j->counts, mid, end, sizeof mid);
  fprintf(stderr, "docgraph: %zu document%s read%s%s%s, %zu failed%s; %zu mentions, %zu relations%s\n",
          j->counts.ok, j->counts.ok == 1 ? "" : "s", *as ? " (" : "", as, *as ? ")" : "",
          j->counts.failed, mid, j->mentions, j->rels, end);
}

int cmd_extract(cli_opts *o) {
  if (o->npaths == 0)
    return cli_usage_error("extract needs at least one PATH (see docgraph --help)");
  if (o->shard) return extract_shard(o);
  cli_job j;
  cli_job_init(&j, o);
  int rc = cli_job_open(&j);
  if (rc) return cli_job_end(&j, rc);
  dg_outfile of;
  dg_error err = {0};
  dg_err r = dg_outfile_open(&of, o->out ? o->out : "-", &err);
  if (r != DG_OK) return cli_job_end(&j, cli_fail(DG_EIO, &err));
  dg_job_sink sink = {.mentions = of.f};
  r = dg_job_read(j.p, &j.in, &sink, &j.counts, &err);
  if (r != DG_OK) {
    dg_outfile_abort(&of);
    return cli_job_end(&j, cli_fail(r, &err));
  }
  if (dg_outfile_commit(&of, &err) != DG_OK) rc = cli_fail(DG_EIO, &err);
  if (rc == EXIT_OK) extract_summary(&j);
  return cli_job_end(&j, rc);
}

/* ---- graph and render: one graph or diagram on stdout or -o FILE ---- */

/* Draw view v of the built graph into -o (or stdout) in format fmt. */
static int draw_to_out(const cli_opts *o, const dg_graph *g, dg_view v, const char *fmt) {
  const char *path = o->out ? o->out : "-";
  dg_diagram_opts d = cli_diagram_opts(o);
  dg_error err = {0};
  dg_err r = dg_output_diagram(g, v, &d, &path, &fmt, 1, NULL, NULL, &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

/* The formats of `graph -f`: data formats, Neo4j's files (a directory), or a diagram (dot:
 * styled, before layout). */
enum { DATA = 0, DOT, DRAWING, NEO4J };
typedef struct {
  const char *name;
  int diagram; /* DATA, DOT, DRAWING or NEO4J */
  dg_graph_format data;
  int binary; /* never written to a terminal */
} graph_format;

static const graph_format graph_formats[] = {
    {"graphml", DATA, DG_GRAPH_GRAPHML, 0},     {"gexf", DATA, DG_GRAPH_GEXF, 0},
    {"json", DATA, DG_GRAPH_JSON, 0},           {"csv", DATA, DG_GRAPH_CSV_EDGES, 0},
    {"edges-csv", DATA, DG_GRAPH_CSV_EDGES, 0}, {"nodes-csv", DATA, DG_GRAPH_CSV_NODES, 0},
    {"cytoscape", DATA, DG_GRAPH_CYTOSCAPE, 0}, {"neo4j", NEO4J, 0, 0},
    {"dot", DOT, 0, 0},                         {"svg", DRAWING, 0, 0},
    {"png", DRAWING, 0, 1},                     {"pdf", DRAWING, 0, 1}};
#define NFORMATS (sizeof graph_formats / sizeof *graph_formats)

/* -f FORMAT: its row, or the message naming the formats (and the nearest one). */
static int find_format(const char *name, const graph_format **gf) {
  const char *names[NFORMATS];
  for (size_t i = 0; i < NFORMATS; i++) names[i] = graph_formats[i].name;
  const char *all = "graphml, gexf, json, csv, nodes-csv, cytoscape, neo4j, dot, svg, png or pdf";
  if (!name) return cli_usage_error("graph needs -f FORMAT: %s", all);
  for (size_t i = 0; i < NFORMATS; i++)
    if (!strcmp(name, names[i])) {
      *gf = &graph_formats[i];
      return EXIT_OK;
    }
  const char *near = cli_nearest(name, names, NFORMATS);
  return cli_usage_error("unknown format '%s'%s%s%s: %s", name, near ? " (did you mean " : "",
                         near ? near : "", near ? "?)" : "", all);
}

/* The options of `graph`: its format and view, checked in the order users have seen. */
static int graph_args(const cli_opts *o, const graph_format **gf, dg_view *view) {
  *gf = NULL;
  if (find_format(o->format, gf)) return EXIT_USAGE;
  if (o->npaths == 0)
    return cli_usage_error("graph needs at least one PATH (see docgraph --help)");
  if (cli_parse_view(o->view, view)) return EXIT_USAGE;
  if (*view != DG_VIEW_ALL && (*gf)->diagram != DRAWING)
    return cli_usage_error("--view draws a diagram: use -f svg, png or pdf (or render -T)");
  if ((*gf)->diagram == NEO4J && (!o->out || !strcmp(o->out, "-")))
    return cli_usage_error("-f neo4j writes three files: give their directory with -o DIR");
  if ((*gf)->binary && cli_to_terminal(o->out))
    return cli_usage_error("-f %s is binary and stdout is a terminal: give -o FILE (or pipe it)",
                           (*gf)->name);
  if (o->by) return cli_usage_error("--by writes a graph per period: use it with run");
  return EXIT_OK;
}

/* The data format of gf written to -o (or stdout), or Neo4j's files into -o DIR. */
static int write_data(const cli_opts *o, const dg_graph *g, const graph_format *gf) {
  dg_write_opts wo = cli_write_opts(o);
  dg_error err = {0};
  dg_err r = gf->diagram == NEO4J ? dg_output_neo4j(g, &wo, o->out, &err)
                                  : dg_output_graph(g, gf->data, &wo, o->out ? o->out : "-", &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

int cmd_graph(cli_opts *o) {
  const graph_format *gf = NULL;
  dg_view view;
  dg_graph_filter uf;
  if (graph_args(o, &gf, &view) || cli_filter(o, &uf)) return EXIT_USAGE;
  cli_job j;
  cli_job_init(&j, o);
  /* the views other than `all` draw membership and have their own filters */
  int rc = cli_job_graph(&j, o->members || view != DG_VIEW_ALL);
  dg_error err = {0};
  dg_err r;
  if (rc == EXIT_OK && view != DG_VIEW_ALL && (r = dg_view_build(j.g, view, NULL, &err)))
    rc = cli_fail(r, &err);
  else if (rc == EXIT_OK && view == DG_VIEW_ALL)
    rc = cli_job_build(&j, &uf);
  if (rc == EXIT_OK && (gf->diagram == DOT || gf->diagram == DRAWING))
    rc = draw_to_out(o, j.g, view, gf->name);
  else if (rc == EXIT_OK)
    rc = write_data(o, j.g, gf);
  return cli_job_end(&j, rc);
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcasecmp(s + n - m, suffix);
}

/* The graph to render: a GraphML file saved before, or the documents' (with membership). */
static int render_graph(cli_job *j, int saved) {
  if (!saved) return cli_job_graph(j, 1);
  dg_error err = {0};
  dg_err r = dg_job_saved_graph(j->o->paths[0], &j->g, &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

int cmd_render(cli_opts *o) {
  if (o->npaths == 0)
    return cli_usage_error("render needs a GRAPH.graphml or documents (see docgraph --help)");
  const char *fmt[DG_RUN_MAX_FORMATS];
  size_t nf;
  dg_view view;
  dg_graph_filter uf;
  if (cli_parse_formats(o->formats ? o->formats : "svg", fmt, &nf, DG_RUN_MAX_FORMATS))
    return EXIT_USAGE;
  if (nf != 1) return cli_usage_error("render writes one format (-T svg, png, pdf or dot)");
  if ((!strcmp(fmt[0], "png") || !strcmp(fmt[0], "pdf")) && cli_to_terminal(o->out))
    return cli_usage_error("-T %s is binary and stdout is a terminal: give -o FILE (or pipe it)",
                           fmt[0]);
  if (cli_parse_view(o->view, &view) || cli_filter(o, &uf)) return EXIT_USAGE;
  cli_job j;
  cli_job_init(&j, o);
  int saved = o->npaths == 1 && ends_with(o->paths[0], ".graphml");
  int rc = render_graph(&j, saved);
  /* a saved graph is drawn as it is, unless filters are given */
  int filtered = cli_has_filters(o);
  uf.focus = o->focus;
  if (saved && !filtered) memset(&uf, 0, sizeof uf);
  dg_error err = {0};
  dg_err r;
  if (rc == EXIT_OK &&
      (r = dg_view_build(j.g, view, view == DG_VIEW_ALL && (saved || filtered) ? &uf : NULL, &err)))
    rc = cli_fail(r, &err);
  if (rc == EXIT_OK) rc = draw_to_out(o, j.g, view, fmt[0]);
  return cli_job_end(&j, rc);
}
