/* docgraph: the command-line tool. Parses options, calls libdocgraph, prints. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"
#include "docgraph/graph.h"
#include "docgraph/batch.h"
#include "docgraph/evidence.h"
#include "docgraph/files.h"
#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/pipeline.h"
#include "docgraph/graphml_read.h"
#include "docgraph/relate.h"
#include "docgraph/render.h"
#include "docgraph/source.h"
#include "docgraph/write.h"

static void print_diags(const cli_opts *o, dg_diags *d) {
  if (!o->quiet)
    for (size_t i = 0; i < d->n; i++) fprintf(stderr, "docgraph: warning: %s\n", d->msgs[i]);
}

static int exit_for(dg_err e) {
  switch (e) {
  case DG_OK: return EXIT_OK;
  case DG_EUSAGE: return EXIT_USAGE;
  case DG_EDICT: return EXIT_DATAERR;
  case DG_EINPUT: return EXIT_DATAERR;
  case DG_EMECAB: return EXIT_UNAVAILABLE;
  case DG_EIO: return EXIT_CANTCREAT;
  case DG_ENOTFOUND: return EXIT_NOINPUT;
  default: return EXIT_SOFTWARE;
  }
}

/* What the user means by an entity name: the dictionary's id for an alias in any case or
 * width (JASMINE, jasmine -> program:jasmine); else the name as given (an id or a label). */
static const char *canon_name(const dg_pipeline *p, const char *name) {
  const char *id = name ? dg_dict_resolve(dg_pipeline_dict(p), name) : NULL;
  return id ? id : name;
}

static int open_pipeline(cli_opts *o, dg_pipeline **p) {
  dg_pipeline_opts po = {.dicts_dir = o->dicts_dir,
                         .user_dicts = o->dicts,
                         .nuser_dicts = o->ndicts,
                         .mecab_dic = o->mecab_dic};
  if (o->scope && dg_scope_parse(o->scope, &po.scope)) {
    fprintf(stderr, "docgraph: --scope takes sentence, paragraph or block, not '%s'\n", o->scope);
    return EXIT_USAGE;
  }
  dg_diags problems;
  dg_diags_init(&problems);
  dg_error err = {0};
  dg_err r = dg_pipeline_open(p, &po, &problems, &err);
  for (size_t i = 0; i < problems.n; i++) fprintf(stderr, "docgraph: %s\n", problems.msgs[i]);
  dg_diags_destroy(&problems);
  if (r != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return r == DG_EDICT && !strstr(err.msg, "not found") ? EXIT_DATAERR : exit_for(r) == EXIT_DATAERR ? EXIT_UNAVAILABLE : exit_for(r);
  }
  o->focus = canon_name(*p, o->focus);
  return EXIT_OK;
}

static int parse_types(const char *list, uint32_t *mask) {
  *mask = 0;
  if (!list) return 0;
  char buf[256];
  snprintf(buf, sizeof buf, "%s", list);
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
    dg_type t;
    if (dg_type_parse(tok, &t) || t == DG_TYPE_STOP) {
      fprintf(stderr, "docgraph: unknown type '%s' in --types (types: country, group, "
                      "organization, program, meeting, person, place, amount, date, quantity)\n",
              tok);
      return -1;
    }
    *mask |= 1u << t;
  }
  return 0;
}

/* What a batch produced: the graph and, optionally, mentions written as they come. */
typedef struct {
  size_t ok, failed;
} batch_stats;

/* Something to do with each document as it comes (evidence). */
typedef int (*doc_hook)(const cli_opts *o, const dg_doc *d, void *arg);

static int run_batch(const cli_opts *o, dg_pipeline *p, dg_graph *g, FILE *mentions,
                     batch_stats *st, doc_hook hook, void *hook_arg) {
  char **files = NULL;
  size_t nfiles = 0;
  dg_diags problems;
  dg_diags_init(&problems);
  dg_error err = {0};
  if (dg_files_expand(o->paths, o->npaths, &files, &nfiles, &problems, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    dg_diags_destroy(&problems);
    return EXIT_SOFTWARE;
  }
  for (size_t i = 0; i < problems.n; i++) fprintf(stderr, "docgraph: %s\n", problems.msgs[i]);
  st->failed += problems.n;
  dg_diags_destroy(&problems);
  if (nfiles == 0) {
    fprintf(stderr, "docgraph: no documents found in the given paths (looked for .txt .md "
                    ".html .htm .xml)\n");
    dg_files_free(files, nfiles);
    return EXIT_NOINPUT;
  }
  dg_batch *b;
  if (dg_batch_open(&b, p, files, nfiles, o->threads, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    dg_files_free(files, nfiles);
    return exit_for(err.code);
  }
  int rc = EXIT_OK;
  dg_doc *d;
  size_t k = 0;
  while (dg_batch_next(b, &d, &err)) {
    k++;
    if (o->progress) fprintf(stderr, "\r\033[K[%zu/%zu] %s", k, nfiles, files[k - 1]);
    if (!d) {
      if (o->progress) fputc('\n', stderr);
      fprintf(stderr, "docgraph: error: %s (skipped)\n", err.msg);
      st->failed++;
      continue;
    }
    if (d->diags.n && o->progress) fputc('\n', stderr);
    print_diags(o, &d->diags);
    dg_error e2 = {0};
    if (mentions && dg_write_mentions(d, mentions, &e2) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", e2.msg);
      rc = EXIT_CANTCREAT;
    }
    if (g && dg_graph_add_doc(g, d, &e2) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", e2.msg);
      rc = EXIT_SOFTWARE;
    }
    if (hook && rc == EXIT_OK) rc = hook(o, d, hook_arg);
    st->ok++;
    dg_batch_release(b, d);
    if (rc != EXIT_OK) break;
  }
  if (o->progress) fputs("\r\033[K", stderr);
  dg_batch_close(b);
  dg_files_free(files, nfiles);
  return rc;
}

static int has_filters(const cli_opts *o) {
  return o->types || o->top || o->min_weight > 0 || o->drop_isolated || o->focus || o->kinds;
}

static int parse_kinds(const char *list, uint32_t *mask) {
  *mask = 0;
  if (!list) return 0;
  char buf[256];
  snprintf(buf, sizeof buf, "%s", list);
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
    dg_rel_kind k;
    if (dg_rel_kind_parse(tok, &k)) {
      fprintf(stderr, "docgraph: unknown relation '%s' in --kinds (co_occurs, held_in, held_on, "
                      "participates_in, chaired_by, announced_at, adopted_at, amount, member_of)\n",
              tok);
      return -1;
    }
    *mask |= 1u << k;
  }
  return 0;
}

/* The user's filters; EXIT_OK or the exit status of a bad option. */
static int user_filter(const cli_opts *o, dg_graph_filter *f) {
  memset(f, 0, sizeof *f);
  f->min_weight = o->min_weight;
  f->top = o->top;
  f->drop_isolated = o->drop_isolated;
  f->focus = o->focus;
  f->radius = o->radius;
  f->fanout = o->fanout_set ? o->fanout : 8;
  if (parse_types(o->types, &f->types) || parse_kinds(o->kinds, &f->kinds)) return EXIT_USAGE;
  /* membership ties come from the dictionaries, not the documents: only when asked for */
  if (!f->kinds && !o->members) f->kinds = ((1u << DG_REL_COUNT) - 1) & ~(1u << DG_REL_MEMBER_OF);
  if (o->rank && dg_rank_parse(o->rank, &f->rank)) {
    fprintf(stderr, "docgraph: --rank takes pagerank, degree or mentions, not '%s'\n", o->rank);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

static int build_graph(const cli_opts *o, dg_graph *g, const dg_graph_filter *f) {
  dg_error err = {0};
  dg_graph_filter uf = *f;
  uf.focus = o->focus; /* as the dictionary resolved it */
  dg_err r = dg_graph_build(g, &uf, &err);
  if (r != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return r == DG_ENOTFOUND ? EXIT_NOINPUT : EXIT_SOFTWARE;
  }
  return EXIT_OK;
}

/* The graph of the documents in o->paths: opens the pipeline (*p) and a new graph (*g),
 * reads the batch (mentions, hook as in run_batch) and adds member_of ties from the
 * dictionaries when `members`. The caller frees *g and then closes *p, also on failure
 * (names resolved by open_pipeline point into its dictionary). */
static int read_graph(cli_opts *o, dg_pipeline **p, dg_graph **g, FILE *mentions, doc_hook hook,
                      void *hook_arg, int members, batch_stats *st) {
  *p = NULL;
  *g = NULL;
  int rc = open_pipeline(o, p);
  if (rc) return rc;
  dg_error err = {0};
  if (dg_graph_new(g, &err) != DG_OK) return EXIT_SOFTWARE;
  rc = run_batch(o, *p, *g, mentions, st, hook, hook_arg);
  if (rc == EXIT_OK && members && dg_graph_add_members(*g, dg_pipeline_dict(*p), &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    rc = EXIT_SOFTWARE;
  }
  return rc;
}

typedef enum { F_GRAPHML, F_GEXF, F_JSON, F_CSV_EDGES, F_CSV_NODES, F_DOT, F_SVG, F_PNG, F_PDF } out_fmt;

static int write_format(const dg_graph *g, out_fmt fmt, const char *path) {
  dg_outfile of;
  dg_error err = {0};
  if (dg_outfile_open(&of, path, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return EXIT_CANTCREAT;
  }
  dg_err r;
  switch (fmt) { /* the data formats; diagrams go through cli_draw */
  case F_GRAPHML: r = dg_write_graphml(g, of.f, &err); break;
  case F_GEXF: r = dg_write_gexf(g, of.f, &err); break;
  case F_JSON: r = dg_write_json(g, of.f, &err); break;
  case F_CSV_EDGES: r = dg_write_csv_edges(g, of.f, &err); break;
  default: r = dg_write_csv_nodes(g, of.f, &err); break;
  }
  if (r != DG_OK) {
    fprintf(stderr, "docgraph: %s: %s\n", path, err.msg);
    dg_outfile_abort(&of);
    return EXIT_CANTCREAT;
  }
  if (dg_outfile_commit(&of, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return EXIT_CANTCREAT;
  }
  return EXIT_OK;
}

static int mkdir_p(const char *dir) {
  char buf[4200];
  snprintf(buf, sizeof buf, "%s", dir);
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
      *p = '/';
    }
  if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
  return 0;
}

typedef struct {
  const char *dir;
  const char *fmts[4];
  size_t nf;
} per_doc_arg;

static int per_doc_hook(const cli_opts *o, const dg_doc *d, void *arg) {
  const per_doc_arg *a = arg;
  return cli_draw_doc(o, d, a->dir, a->fmts, a->nf);
}

/* The graph files: the whole graph, or what the user's filters keep. */
static int write_graph_files(const dg_graph *g, const char *dir) {
  static const struct {
    const char *name;
    out_fmt fmt;
  } files[] = {{"graph.graphml", F_GRAPHML}, {"graph.gexf", F_GEXF}, {"graph.json", F_JSON},
               {"nodes.csv", F_CSV_NODES}, {"edges.csv", F_CSV_EDGES}};
  char path[4200];
  int rc = EXIT_OK;
  for (size_t i = 0; i < sizeof files / sizeof *files && rc == EXIT_OK; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
    rc = write_format(g, files[i].fmt, path);
  }
  return rc;
}

static int cmd_run(cli_opts *o) {
  const char *dir = o->out ? o->out : "output";
  if (o->npaths == 0) {
    fprintf(stderr, "docgraph: run needs at least one PATH (see docgraph --help)\n");
    return EXIT_USAGE;
  }
  dg_graph_filter uf;
  if (user_filter(o, &uf)) return EXIT_USAGE;
  per_doc_arg pd = {.dir = dir};
  dg_view views[DG_VIEW_COUNT];
  size_t nviews;
  if (cli_parse_formats(o->formats ? o->formats : "svg,png", pd.fmts, &pd.nf, 4) ||
      cli_parse_views(o->view ? o->view : "all,timeline,funding,countries", views, &nviews))
    return EXIT_USAGE;
  char path[4200];
  snprintf(path, sizeof path, "%s/docs", dir);
  if (mkdir_p(o->per_doc ? path : dir) != 0) {
    fprintf(stderr, "docgraph: %s: cannot create directory: %s\n", o->per_doc ? path : dir, strerror(errno));
    return EXIT_CANTCREAT;
  }
  snprintf(path, sizeof path, "%s/mentions.jsonl", dir);
  dg_outfile mf;
  dg_error err = {0};
  if (dg_outfile_open(&mf, path, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return EXIT_CANTCREAT;
  }
  /* membership is always drawn in the countries view; the graph files carry it with
   * --members */
  dg_pipeline *p;
  dg_graph *g;
  batch_stats st = {0};
  int rc = read_graph(o, &p, &g, mf.f, o->per_doc ? per_doc_hook : NULL, &pd, 1, &st);
  if (rc == EXIT_OK) {
    if (dg_outfile_commit(&mf, &err) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = EXIT_CANTCREAT;
    }
  } else {
    dg_outfile_abort(&mf);
  }
  if (rc == EXIT_OK) rc = build_graph(o, g, &uf);
  if (rc == EXIT_OK) rc = write_graph_files(g, dir);
  size_t files_v = g ? dg_graph_vertex_count(g) : 0, files_e = g ? dg_graph_edge_count(g) : 0;
  /* the report's tables hold the same graph as the files */
  char *data = NULL;
  size_t ndata = 0;
  const char *title = "docgraph report";
  if (rc == EXIT_OK && dg_report_data(g, title, &data, &ndata, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    rc = EXIT_SOFTWARE;
  }
  dg_report_view rv[DG_VIEW_COUNT];
  char *svgs[DG_VIEW_COUNT] = {0};
  size_t nrv = 0, all_v = 0, all_e = 0;
  for (size_t i = 0; i < nviews && rc == EXIT_OK; i++) {
    dg_view v = views[i];
    dg_graph_filter vf = uf;
    vf.focus = o->focus;
    if (dg_view_build(g, v, v == DG_VIEW_ALL && has_filters(o) ? &vf : NULL, &err) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = EXIT_SOFTWARE;
      break;
    }
    if (v == DG_VIEW_ALL) all_v = dg_graph_vertex_count(g), all_e = dg_graph_edge_count(g);
    /* the whole graph is graph.*; it also keeps its styled DOT, to edit and lay out again */
    const char *base = v == DG_VIEW_ALL ? "graph" : dg_view_name(v);
    const char *fmts[5];
    char paths[5][4200];
    const char *pp[5];
    size_t nf = 0;
    for (size_t k = 0; k < pd.nf; k++) fmts[nf++] = pd.fmts[k];
    int has_dot = 0;
    for (size_t k = 0; k < nf; k++) has_dot |= !strcmp(fmts[k], "dot");
    if (v == DG_VIEW_ALL && !has_dot) fmts[nf++] = "dot";
    for (size_t k = 0; k < nf; k++) {
      snprintf(paths[k], sizeof paths[k], "%s/%s.%s", dir, base, fmts[k]);
      pp[k] = paths[k];
    }
    size_t svg_len = 0;
    rc = cli_draw(o, g, v, pp, fmts, nf, &svgs[nrv], &svg_len);
    if (rc == EXIT_OK) {
      rv[nrv] = (dg_report_view){dg_view_name(v), dg_view_title(v), svgs[nrv], svg_len};
      nrv++;
    }
  }
  if (rc == EXIT_OK) {
    snprintf(path, sizeof path, "%s/report.html", dir);
    rc = cli_write_report(path, title, data, ndata, rv, nrv);
  }
  for (size_t i = 0; i < nrv; i++) free(svgs[i]);
  free(data);
  if (rc == EXIT_OK && !o->quiet)
    fprintf(stderr,
            "docgraph: %zu document%s read, %zu failed; %zu entities, %zu relations (diagram: "
            "%zu, %zu) -> %s/\n",
            st.ok, st.ok == 1 ? "" : "s", st.failed, files_v, files_e, all_v, all_e, dir);
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_graph_free(g);
  dg_pipeline_close(p);
  return rc;
}

static int cmd_extract(cli_opts *o) {
  if (o->npaths == 0) {
    fprintf(stderr, "docgraph: extract needs at least one PATH (see docgraph --help)\n");
    return EXIT_USAGE;
  }
  dg_pipeline *p;
  int rc = open_pipeline(o, &p);
  if (rc) return rc;
  dg_outfile of;
  dg_error err = {0};
  if (dg_outfile_open(&of, o->out ? o->out : "-", &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    dg_pipeline_close(p);
    return EXIT_CANTCREAT;
  }
  batch_stats st = {0};
  rc = run_batch(o, p, NULL, of.f, &st, NULL, NULL);
  if (rc == EXIT_OK && dg_outfile_commit(&of, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    rc = EXIT_CANTCREAT;
  } else if (rc != EXIT_OK) {
    dg_outfile_abort(&of);
  }
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_pipeline_close(p);
  return rc;
}

static int cmd_graph(cli_opts *o) {
  static const struct {
    const char *name;
    out_fmt fmt;
  } fmts[] = {{"graphml", F_GRAPHML}, {"gexf", F_GEXF}, {"json", F_JSON}, {"csv", F_CSV_EDGES},
              {"edges-csv", F_CSV_EDGES}, {"nodes-csv", F_CSV_NODES}, {"dot", F_DOT},
              {"svg", F_SVG}, {"png", F_PNG}, {"pdf", F_PDF}};
  if (!o->format) {
    fprintf(stderr, "docgraph: graph needs -f FORMAT: graphml, gexf, json, csv, nodes-csv, dot, svg, png or pdf\n");
    return EXIT_USAGE;
  }
  int fi = -1;
  for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
    if (!strcmp(o->format, fmts[i].name)) fi = (int)i;
  if (fi < 0) {
    fprintf(stderr, "docgraph: unknown format '%s': graphml, gexf, json, csv, nodes-csv, dot, svg, png or pdf\n",
            o->format);
    return EXIT_USAGE;
  }
  if (o->npaths == 0) {
    fprintf(stderr, "docgraph: graph needs at least one PATH (see docgraph --help)\n");
    return EXIT_USAGE;
  }
  dg_view view = DG_VIEW_ALL;
  if (o->view && dg_view_parse(o->view, &view)) {
    fprintf(stderr, "docgraph: unknown view '%s' (all, timeline, funding, countries)\n", o->view);
    return EXIT_USAGE;
  }
  int diagram = fmts[fi].fmt == F_SVG || fmts[fi].fmt == F_PNG || fmts[fi].fmt == F_PDF;
  if (view != DG_VIEW_ALL && !diagram) {
    fprintf(stderr, "docgraph: --view draws a diagram: use -f svg, png or pdf (or render -T)\n");
    return EXIT_USAGE;
  }
  dg_graph_filter uf;
  if (user_filter(o, &uf)) return EXIT_USAGE;
  dg_pipeline *p;
  dg_graph *g;
  dg_error err = {0};
  batch_stats st = {0};
  int rc = read_graph(o, &p, &g, NULL, NULL, NULL, o->members || view != DG_VIEW_ALL, &st);
  if (rc == EXIT_OK && view != DG_VIEW_ALL && dg_view_build(g, view, NULL, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    rc = EXIT_SOFTWARE;
  } else if (rc == EXIT_OK && view == DG_VIEW_ALL) {
    rc = build_graph(o, g, &uf);
  }
  const char *path = o->out ? o->out : "-";
  if (rc == EXIT_OK && (diagram || fmts[fi].fmt == F_DOT))
    rc = cli_draw(o, g, view, &path, &fmts[fi].name, 1, NULL, NULL);
  else if (rc == EXIT_OK)
    rc = write_format(g, fmts[fi].fmt, path);
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_graph_free(g);
  dg_pipeline_close(p);
  return rc;
}

/* ---- render ---- */

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcasecmp(s + n - m, suffix);
}

static int cmd_render(cli_opts *o) {
  if (o->npaths == 0) {
    fprintf(stderr, "docgraph: render needs a GRAPH.graphml or documents (see docgraph --help)\n");
    return EXIT_USAGE;
  }
  const char *fmt[4];
  size_t nf;
  dg_view view = DG_VIEW_ALL;
  if (cli_parse_formats(o->formats ? o->formats : "svg", fmt, &nf, 4)) return EXIT_USAGE;
  if (nf != 1) {
    fprintf(stderr, "docgraph: render writes one format (-T svg, png, pdf or dot)\n");
    return EXIT_USAGE;
  }
  if (o->view && dg_view_parse(o->view, &view)) {
    fprintf(stderr, "docgraph: unknown view '%s' (all, timeline, funding, countries)\n", o->view);
    return EXIT_USAGE;
  }
  dg_graph_filter uf;
  if (user_filter(o, &uf)) return EXIT_USAGE;
  dg_graph *g = NULL;
  dg_pipeline *p = NULL;
  dg_error err = {0};
  int rc = EXIT_OK, saved = o->npaths == 1 && ends_with(o->paths[0], ".graphml");
  batch_stats st = {0};
  if (saved) {
    /* a graph saved before: drawn as it is, unless filters are given */
    if (dg_graph_new(&g, &err) != DG_OK) return EXIT_SOFTWARE;
    dg_err r = dg_read_graphml(g, o->paths[0], &err);
    if (r != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = r == DG_EIO ? EXIT_NOINPUT : EXIT_DATAERR;
    }
  } else {
    rc = read_graph(o, &p, &g, NULL, NULL, NULL, 1, &st);
  }
  if (rc == EXIT_OK) {
    dg_graph_filter vf = uf;
    vf.focus = o->focus;
    if (saved && !has_filters(o)) memset(&vf, 0, sizeof vf);
    dg_err r = dg_view_build(g, view, view == DG_VIEW_ALL && (saved || has_filters(o)) ? &vf : NULL, &err);
    if (r != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = r == DG_ENOTFOUND ? EXIT_NOINPUT : EXIT_SOFTWARE;
    }
  }
  const char *path = o->out ? o->out : "-";
  if (rc == EXIT_OK) rc = cli_draw(o, g, view, &path, fmt, 1, NULL, NULL);
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_graph_free(g);
  dg_pipeline_close(p);
  return rc;
}

/* ---- stats ---- */

static void print_label(FILE *f, const dg_vertex *v) {
  fprintf(f, "%s", v->label);
  if (*v->label_en && strcmp(v->label, v->label_en)) fprintf(f, " (%s)", v->label_en);
}

static int by_pagerank(const void *a, const void *b) {
  const dg_vertex *x = *(const dg_vertex *const *)a, *y = *(const dg_vertex *const *)b;
  if (x->pagerank != y->pagerank) return x->pagerank > y->pagerank ? -1 : 1;
  return strcmp(x->id, y->id);
}

static int by_degree(const void *a, const void *b) {
  const dg_vertex *x = *(const dg_vertex *const *)a, *y = *(const dg_vertex *const *)b;
  if (x->degree != y->degree) return x->degree > y->degree ? -1 : 1;
  return strcmp(x->id, y->id);
}

static void stats_json(const dg_graph *g, const dg_vertex **pr, const dg_vertex **dg, size_t ntop) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g), nd = dg_graph_document_count(g);
  FILE *f = stdout;
  fprintf(f, "{\"documents\":[");
  for (size_t i = 0; i < nd; i++) {
    if (i) putc(',', f);
    dg_json_string(f, dg_graph_document(g, i), strlen(dg_graph_document(g, i)));
  }
  fprintf(f, "],\"entities\":%zu,\"relations\":%zu,\"types\":{", nv, ne);
  int first = 1;
  for (int t = 0; t < DG_TYPE_COUNT; t++) {
    size_t c = 0;
    for (size_t i = 0; i < nv; i++) c += dg_graph_vertex(g, i)->type == (dg_type)t;
    if (!c) continue;
    fprintf(f, "%s\"%s\":%zu", first ? "" : ",", dg_type_name((dg_type)t), c);
    first = 0;
  }
  fprintf(f, "},\"kinds\":{");
  first = 1;
  for (int k = 0; k < DG_REL_COUNT; k++) {
    size_t c = 0;
    for (size_t i = 0; i < ne; i++) c += dg_graph_edge(g, i)->kind == (dg_rel_kind)k;
    if (!c) continue;
    fprintf(f, "%s\"%s\":%zu", first ? "" : ",", dg_rel_kind_name((dg_rel_kind)k), c);
    first = 0;
  }
  const dg_vertex **lists[2] = {pr, dg};
  const char *names[2] = {"top_pagerank", "top_degree"};
  for (int l = 0; l < 2; l++) {
    fprintf(f, "%c,\"%s\":[", l == 0 ? '}' : ']', names[l]);
    for (size_t i = 0; i < ntop; i++) {
      const dg_vertex *v = lists[l][i];
      fprintf(f, "%s{\"id\":", i ? "," : "");
      dg_json_string(f, v->id, strlen(v->id));
      fprintf(f, ",\"label\":");
      dg_json_string(f, v->label, strlen(v->label));
      fprintf(f, ",\"pagerank\":");
      dg_json_number(f, v->pagerank);
      fprintf(f, ",\"degree\":");
      dg_json_number(f, v->degree);
      fprintf(f, ",\"mentions\":%u}", v->mentions);
    }
  }
  fprintf(f, "],\"communities\":[");
  int32_t maxc = -1;
  for (size_t i = 0; i < nv; i++)
    if (dg_graph_vertex(g, i)->community > maxc) maxc = dg_graph_vertex(g, i)->community;
  for (int32_t c = 0; c <= maxc; c++) {
    fprintf(f, "%s{\"id\":%d,\"members\":[", c ? "," : "", c);
    int fm = 1;
    for (size_t i = 0; i < nv; i++) {
      const dg_vertex *v = dg_graph_vertex(g, i);
      if (v->community != c) continue;
      if (!fm) putc(',', f);
      dg_json_string(f, v->id, strlen(v->id));
      fm = 0;
    }
    fprintf(f, "]}");
  }
  fprintf(f, "],\"entity_documents\":{");
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    if (i) putc(',', f);
    dg_json_string(f, v->id, strlen(v->id));
    fprintf(f, ":[");
    for (uint32_t k = 0; k < v->ndocs; k++) {
      if (k) putc(',', f);
      const char *p = dg_graph_document(g, v->docs[k]);
      dg_json_string(f, p, strlen(p));
    }
    putc(']', f);
  }
  fprintf(f, "}}\n");
}

static void stats_text(const dg_graph *g, const dg_vertex **pr, const dg_vertex **dg, size_t ntop) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g), nd = dg_graph_document_count(g);
  FILE *f = stdout;
  fprintf(f, "%zu documents, %zu entities, %zu relations\n\nEntities by type:\n", nd, nv, ne);
  for (int t = 0; t < DG_TYPE_COUNT; t++) {
    size_t c = 0;
    for (size_t i = 0; i < nv; i++) c += dg_graph_vertex(g, i)->type == (dg_type)t;
    if (c) fprintf(f, "  %-14s %6zu\n", dg_type_name((dg_type)t), c);
  }
  fprintf(f, "\nRelations by kind:\n");
  for (int k = 0; k < DG_REL_COUNT; k++) {
    size_t c = 0;
    for (size_t i = 0; i < ne; i++) c += dg_graph_edge(g, i)->kind == (dg_rel_kind)k;
    if (c) fprintf(f, "  %-16s %6zu\n", dg_rel_kind_name((dg_rel_kind)k), c);
  }
  fprintf(f, "\nTop entities by PageRank:\n    #  pagerank  degree  mentions  entity\n");
  for (size_t i = 0; i < ntop; i++) {
    fprintf(f, "  %3zu  %8.4f  %6.0f  %8u  %s  ", i + 1, pr[i]->pagerank, pr[i]->degree,
            pr[i]->mentions, pr[i]->id);
    print_label(f, pr[i]);
    putc('\n', f);
  }
  fprintf(f, "\nTop entities by degree:\n    #  degree  pagerank  mentions  entity\n");
  for (size_t i = 0; i < ntop; i++) {
    fprintf(f, "  %3zu  %6.0f  %8.4f  %8u  %s  ", i + 1, dg[i]->degree, dg[i]->pagerank,
            dg[i]->mentions, dg[i]->id);
    print_label(f, dg[i]);
    putc('\n', f);
  }
  int32_t maxc = -1;
  for (size_t i = 0; i < nv; i++)
    if (dg_graph_vertex(g, i)->community > maxc) maxc = dg_graph_vertex(g, i)->community;
  fprintf(f, "\nCommunities (Louvain):\n");
  for (int32_t c = 0; c <= maxc; c++) {
    size_t n = 0;
    for (size_t i = 0; i < nv; i++) n += dg_graph_vertex(g, i)->community == c;
    fprintf(f, "  %d (%zu):", c, n);
    for (size_t i = 0; i < nv; i++)
      if (dg_graph_vertex(g, i)->community == c) fprintf(f, " %s", dg_graph_vertex(g, i)->label);
    putc('\n', f);
  }
  fprintf(f, "\nDocuments of each entity:\n");
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    fprintf(f, "  %s  ", v->id);
    print_label(f, v);
    fprintf(f, ":");
    for (uint32_t k = 0; k < v->ndocs; k++) fprintf(f, " %s", dg_graph_document(g, v->docs[k]));
    putc('\n', f);
  }
}

static int cmd_stats(cli_opts *o) {
  if (o->npaths == 0) {
    fprintf(stderr, "docgraph: stats needs at least one PATH (see docgraph --help)\n");
    return EXIT_USAGE;
  }
  dg_graph_filter uf;
  if (user_filter(o, &uf)) return EXIT_USAGE;
  dg_pipeline *p;
  dg_graph *g;
  batch_stats st = {0};
  int rc = read_graph(o, &p, &g, NULL, NULL, NULL, o->members, &st);
  if (rc == EXIT_OK) rc = build_graph(o, g, &uf);
  if (rc == EXIT_OK) {
    size_t nv = dg_graph_vertex_count(g);
    const dg_vertex **pr = malloc((nv + 1) * sizeof *pr), **dgv = malloc((nv + 1) * sizeof *dgv);
    if (!pr || !dgv) {
      rc = EXIT_SOFTWARE;
    } else {
      for (size_t i = 0; i < nv; i++) pr[i] = dgv[i] = dg_graph_vertex(g, i);
      if (nv) {
        qsort(pr, nv, sizeof *pr, by_pagerank);
        qsort(dgv, nv, sizeof *dgv, by_degree);
      }
      size_t ntop = o->top ? o->top : 20;
      if (ntop > nv) ntop = nv;
      if (o->json) stats_json(g, pr, dgv, ntop);
      else stats_text(g, pr, dgv, ntop);
    }
    free(pr);
    free(dgv);
  }
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_graph_free(g);
  dg_pipeline_close(p);
  return rc;
}

/* ---- evidence ---- */

typedef struct {
  const char *a, *b;
  size_t found;
} evidence_arg;

static int print_evidence(const cli_opts *o, const dg_doc *d, void *arg) {
  (void)o;
  evidence_arg *ea = arg;
  dg_evidence *ev;
  size_t n;
  dg_error err = {0};
  if (dg_doc_evidence(d, ea->a, ea->b, &ev, &n, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return EXIT_SOFTWARE;
  }
  for (size_t i = 0; i < n; i++) {
    const char *s;
    size_t sn;
    uint32_t line;
    dg_doc_sentence_text(d, ev[i].sentence, &s, &sn, &line);
    printf("%s:%u: [%s] ", d->path, line,
           ev[i].kind == DG_REL_COUNT ? "mention" : dg_rel_kind_name(ev[i].kind));
    for (size_t k = 0; k < sn; k++) putchar(s[k] == '\n' || s[k] == '\t' ? ' ' : s[k]);
    putchar('\n');
  }
  ea->found += n;
  free(ev);
  return EXIT_OK;
}

static int cmd_evidence(cli_opts *o) {
  if (o->npaths < 2) {
    fprintf(stderr, "docgraph: usage: docgraph evidence A [B] PATH... (A, B: an entity id such as "
                    "program:jasmine, or a label)\n");
    return EXIT_USAGE;
  }
  evidence_arg ea = {o->paths[0], NULL, 0};
  size_t skip = 1;
  struct stat st0;
  if (o->npaths >= 3 && strcmp(o->paths[1], "-") && stat(o->paths[1], &st0) != 0) {
    ea.b = o->paths[1];
    skip = 2;
  }
  dg_pipeline *p;
  int rc = open_pipeline(o, &p);
  if (rc) return rc;
  ea.a = canon_name(p, ea.a);
  ea.b = canon_name(p, ea.b);
  cli_opts sub = *o;
  sub.paths = o->paths + skip;
  sub.npaths = o->npaths - skip;
  batch_stats st = {0};
  rc = run_batch(&sub, p, NULL, NULL, &st, print_evidence, &ea);
  if (rc == EXIT_OK && !ea.found && !o->quiet)
    fprintf(stderr, "docgraph: no sentence %s %s%s%s\n", ea.b ? "ties" : "names", ea.a,
            ea.b ? " and " : "", ea.b ? ea.b : "");
  if (rc == EXIT_OK && st.failed) rc = EXIT_DATAERR;
  dg_pipeline_close(p);
  return rc;
}

static int cmd_dict(cli_opts *o) {
  if (o->npaths == 0 || strcmp(o->paths[0], "check") != 0) {
    fprintf(stderr, "docgraph: usage: docgraph dict check [DIR...]\n");
    return EXIT_USAGE;
  }
  const char *shipped = o->dicts_dir ? o->dicts_dir : dg_default_dicts_dir();
  size_t ndirs = o->npaths - 1;
  const char **dirs = ndirs ? o->paths + 1 : &shipped;
  if (!ndirs) ndirs = 1;
  if (!dirs[0]) {
    fprintf(stderr, "docgraph: dictionary directory not found: set DOCGRAPH_DICTS or pass DIR\n");
    return EXIT_UNAVAILABLE;
  }
  dg_dict *d;
  dg_error err = {0};
  if (dg_dict_new(&d, &err) != DG_OK) return EXIT_SOFTWARE;
  dg_diags problems;
  dg_diags_init(&problems);
  for (size_t i = 0; i < ndirs; i++) {
    if (i) dg_dict_new_layer(d);
    dg_dict_load_dir(d, dirs[i], &problems, &err);
  }
  dg_rules *r = NULL;
  dg_rules_load(&r, dirs, ndirs, &problems, &err);
  for (size_t i = 0; i < problems.n; i++) printf("%s\n", problems.msgs[i]);
  int rc = problems.n ? EXIT_DATAERR : EXIT_OK;
  if (!o->quiet) {
    size_t counts[DG_TYPE_COUNT] = {0};
    size_t live = 0;
    for (size_t i = 0; i < dg_dict_count(d); i++) {
      const dg_entity *e = dg_dict_entity(d, i);
      if (e->replaced) continue;
      counts[e->type]++;
      live++;
    }
    fprintf(stderr, "docgraph: %zu entities, %zu surfaces", live, dg_dict_surface_count(d));
    for (int t = 0; t < DG_TYPE_COUNT; t++)
      if (counts[t]) fprintf(stderr, ", %s %zu", dg_type_name((dg_type)t), counts[t]);
    fprintf(stderr, "; %zu problem%s\n", problems.n, problems.n == 1 ? "" : "s");
  }
  dg_diags_destroy(&problems);
  dg_rules_free(r);
  dg_dict_free(d);
  return rc;
}

int main(int argc, char **argv) {
  cli_opts o = {0};
  const char *cmd = argc > 1 ? argv[1] : NULL;
  if (cmd && (!strcmp(cmd, "-h") || !strcmp(cmd, "--help"))) {
    cli_usage(stdout);
    return EXIT_OK;
  }
  if (cmd && !strcmp(cmd, "--version")) {
    printf("docgraph %s\n", DG_CLI_VERSION);
    return EXIT_OK;
  }
  int rc;
  if (!cmd) {
    struct stat st;
    if (stat("input", &st) != 0 || !S_ISDIR(st.st_mode)) {
      cli_usage(stderr);
      return EXIT_USAGE;
    }
    static const char *in[] = {"input"};
    o.command = "run";
    o.paths = NULL;
    rc = cli_parse(1, argv, &o);
    if (rc) return rc;
    o.paths = malloc(sizeof *o.paths);
    if (!o.paths) return EXIT_SOFTWARE;
    o.paths[0] = in[0];
    o.npaths = 1;
    o.out = "output";
    dg_error rerr = {0};
    if (dg_renderer_new(&o.renderer, &rerr) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", rerr.msg);
      cli_opts_free(&o);
      return EXIT_SOFTWARE;
    }
    rc = cmd_run(&o);
    cli_opts_free(&o);
    return rc;
  }
  o.command = cmd;
  rc = cli_parse(argc - 1, argv + 1, &o);
  if (rc) {
    cli_opts_free(&o);
    return rc;
  }
  dg_error rerr = {0};
  int draws = !strcmp(cmd, "run") || !strcmp(cmd, "graph") || !strcmp(cmd, "render");
  if (draws && dg_renderer_new(&o.renderer, &rerr) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", rerr.msg);
    cli_opts_free(&o);
    return EXIT_SOFTWARE;
  }
  if (!strcmp(cmd, "run")) rc = cmd_run(&o);
  else if (!strcmp(cmd, "extract")) rc = cmd_extract(&o);
  else if (!strcmp(cmd, "graph")) rc = cmd_graph(&o);
  else if (!strcmp(cmd, "dict")) rc = cmd_dict(&o);
  else if (!strcmp(cmd, "stats")) rc = cmd_stats(&o);
  else if (!strcmp(cmd, "evidence")) rc = cmd_evidence(&o);
  else if (!strcmp(cmd, "render")) rc = cmd_render(&o);
  else {
    fprintf(stderr, "docgraph: unknown command '%s' (commands: run, extract, graph, render, stats, evidence, dict; see docgraph --help)\n", cmd);
    rc = EXIT_USAGE;
  }
  cli_opts_free(&o);
  return rc;
}
