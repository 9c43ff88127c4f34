/* The commands that write documents out as data and diagrams: run, extract, graph and
 * render. Each checks its options, runs its job through the library and prints; the
 * library decides what is computed and which files are written. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "docgraph/outfile.h"
#include "docgraph/outputs.h"
#include "docgraph/run.h"

/* ---- run ---- */

/* The summary line of a run, on stderr: the documents read by encoding or format. */
static void run_summary(const cli_job *j, const dg_run_result *r, const char *dir) {
  char as[600];
  cli_tally_text(&j->read_as, as, sizeof as);
  fprintf(stderr,
          "docgraph: %zu document%s read%s%s%s, %zu failed; %zu entities, %zu relations "
          "(diagram: %zu, %zu) -> %s/\n",
          r->docs.ok, r->docs.ok == 1 ? "" : "s", *as ? " (" : "", as, *as ? ")" : "",
          r->docs.failed, r->entities, r->relations, r->drawn_entities, r->drawn_relations, dir);
}

int cmd_run(cli_opts *o) {
  if (o->npaths == 0) return cli_usage_error("run needs at least one PATH (see docgraph --help)");
  cli_job j;
  cli_job_init(&j, o);
  dg_run_opts ro = {.input = j.in, .dir = o->out, .per_doc = o->per_doc};
  const char *fmts[DG_RUN_MAX_FORMATS];
  dg_view views[DG_VIEW_COUNT];
  if (cli_filter(o, &ro.filter) ||
      cli_parse_formats(o->formats ? o->formats : "svg,png", fmts, &ro.nformats,
                        DG_RUN_MAX_FORMATS) ||
      cli_parse_views(o->view ? o->view : "all,timeline,funding,countries", views, &ro.nviews) ||
      cli_pipeline_opts(o, &ro.pipeline))
    return EXIT_USAGE;
  ro.formats = fmts;
  ro.views = views;
  ro.filter_all = cli_has_filters(o);
  ro.draw = cli_diagram_opts(o);
  dg_run_result res;
  dg_error err = {0};
  dg_err r = dg_run(&ro, &res, &err);
  if (r != DG_OK) return cli_fail(r, &err);
  if (!o->quiet) run_summary(&j, &res, o->out ? o->out : DG_RUN_DIR);
  return res.docs.failed ? EXIT_DATAERR : EXIT_OK;
}

/* ---- extract ---- */

int cmd_extract(cli_opts *o) {
  if (o->npaths == 0)
    return cli_usage_error("extract needs at least one PATH (see docgraph --help)");
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

/* The formats of `graph -f`: data formats, or a diagram (dot: styled, before layout). */
typedef struct {
  const char *name;
  int diagram; /* 0: data, 1: dot, 2: a drawing */
  dg_graph_format data;
} graph_format;

static const graph_format graph_formats[] = {
    {"graphml", 0, DG_GRAPH_GRAPHML}, {"gexf", 0, DG_GRAPH_GEXF},
    {"json", 0, DG_GRAPH_JSON},       {"csv", 0, DG_GRAPH_CSV_EDGES},
    {"edges-csv", 0, DG_GRAPH_CSV_EDGES}, {"nodes-csv", 0, DG_GRAPH_CSV_NODES},
    {"dot", 1, 0}, {"svg", 2, 0}, {"png", 2, 0}, {"pdf", 2, 0}};

/* The options of `graph`: its format and view, checked in the order users have seen. */
static int graph_args(const cli_opts *o, const graph_format **gf, dg_view *view) {
  const char *names = "graphml, gexf, json, csv, nodes-csv, dot, svg, png or pdf";
  if (!o->format) return cli_usage_error("graph needs -f FORMAT: %s", names);
  *gf = NULL;
  for (size_t i = 0; i < sizeof graph_formats / sizeof *graph_formats; i++)
    if (!strcmp(o->format, graph_formats[i].name)) *gf = &graph_formats[i];
  if (!*gf) return cli_usage_error("unknown format '%s': %s", o->format, names);
  if (o->npaths == 0)
    return cli_usage_error("graph needs at least one PATH (see docgraph --help)");
  if (cli_parse_view(o->view, view)) return EXIT_USAGE;
  if (*view != DG_VIEW_ALL && (*gf)->diagram != 2)
    return cli_usage_error("--view draws a diagram: use -f svg, png or pdf (or render -T)");
  return EXIT_OK;
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
  if (rc == EXIT_OK && gf->diagram) {
    rc = draw_to_out(o, j.g, view, gf->name);
  } else if (rc == EXIT_OK) {
    r = dg_output_graph(j.g, gf->data, o->out ? o->out : "-", &err);
    if (r != DG_OK) rc = cli_fail(r, &err);
  }
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
