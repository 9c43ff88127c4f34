/* `docgraph run` (see docgraph/run.h): the output tree and the view loop. The steps run in
 * the order the files depend on each other: mentions while reading, then the graph files
 * and the report's data from the filtered graph, then each view (which rebuilds the graph
 * its own way), then the report with the views' SVG. Every name in the tree is decided
 * here. */
#include "docgraph/run.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch/background.h"
#include "batch/periods.h"
#include "batch/rerun.h"
#include "docgraph/outfile.h"
#include "docgraph/outputs.h"
#include "docgraph/snapshot.h"

#define PATH_BYTES 4200
#define MAX_DATA_FILES 256 /* named in run.json; past these, files are written unnamed */

typedef struct data_plan data_plan;

typedef struct run_t {
  const dg_run_opts *o;
  const char *dir;
  const char *formats[DG_RUN_MAX_FORMATS];
  size_t nformats;
  dg_view views[DG_VIEW_COUNT];
  size_t nviews;
  dg_graph_filter filter; /* the user's, with the focus the dictionaries resolved */
  dg_diagram_opts draw;   /* the user's, with the same focus */
  dg_pipeline *p; /* closed once the documents are read (NULL after) */
  char *focus;    /* the focus resolved (a copy: the pipeline's dictionary goes) */
  dg_graph *g;
  dg_run_result *res;
  /* the report: its data and the views drawn so far */
  FILE *data; /* in a temporary file of DIR, unlinked: not in memory while views are drawn */
  dg_report_ties *drawn; /* the co-occurrences the views draw, which the report lists */
  dg_report_view rv[DG_VIEW_COUNT + 1]; /* the views, and the periods' small multiples */
  char *svg[DG_VIEW_COUNT + 1];
  size_t nrv;
  unsigned later; /* bit i: view i is drawn once the data files are written */
  dg_periods periods; /* with `by`: a graph per period */
  char data_files[MAX_DATA_FILES][64]; /* the data files written, for run.json */
  size_t ndata_files;
  dg_provenance prov; /* of the graph files, for run.json */
  dg_job_input in;    /* the user's, with the store */
  dg_store *store;    /* the corpus store, while the documents are read */
  /* the whole graph's data files, written on a second thread with -j2 or more */
  data_plan *files;
  dg_graph *snap; /* the built graph they are written from while the views rebuild g */
  dg_background bg;
  dg_timings *tm; /* the phases' times (NULL: not timed) */
  /* a re-run that changed nothing (batch/rerun.h) */
  char store_path[PATH_BYTES];
  uint64_t digest;   /* the inputs' fingerprint */
  int usable;        /* the run may be recorded, and end early */
  char version[64], options[512];
  dg_store_config cfg; /* the store's, pointing into version and options */
} run_t;

/* DIR/NAME or DIR/NAME.EXT (ext NULL) into buf; DG_EIO when it does not fit. */
static dg_err path_in(char *buf, const char *dir, const char *name, const char *ext,
                      dg_error *err) {
  int n = snprintf(buf, PATH_BYTES, "%s/%s%s%s", dir, name, ext ? "." : "", ext ? ext : "");
  if (n < 0 || n >= PATH_BYTES) return dg_error_set(err, DG_EIO, "%s/%s: path too long", dir, name);
  return DG_OK;
}

/* Is output o asked for (dg_run_opts.outputs; none named: all)? */
static int wanted(const run_t *x, dg_run_output o) {
  return !x->o->outputs || ((x->o->outputs >> o) & 1u);
}

/* DIR/NAME removed when an earlier run left it and this one does not write it. */
static void remove_stale(const run_t *x, const char *name) {
  char path[PATH_BYTES];
  if (path_in(path, x->dir, name, NULL, NULL) == DG_OK) unlink(path);
}

/* The diagram formats: the ones given (each one of svg, png, pdf, dot; a repeat counts
 * once), or svg and png when none are. */
static dg_err settle_formats(run_t *x, dg_error *err) {
  static const char *const known[] = {"svg", "png", "pdf", "dot"};
  if (!x->o->formats || !x->o->nformats) {
    x->formats[x->nformats++] = "svg";
    x->formats[x->nformats++] = "png";
    return DG_OK;
  }
  for (size_t i = 0; i < x->o->nformats; i++) {
    size_t k = 0;
    while (k < DG_RUN_MAX_FORMATS && strcmp(known[k], x->o->formats[i])) k++;
    if (k == DG_RUN_MAX_FORMATS)
      return dg_error_set(err, DG_EUSAGE, "unknown diagram format '%s'", x->o->formats[i]);
    size_t j = 0;
    while (j < x->nformats && x->formats[j] != known[k]) j++;
    if (j == x->nformats) x->formats[x->nformats++] = known[k];
  }
  return DG_OK;
}

/* The views: the ones given (a repeat counts once), or all four in their order when none
 * are. */
static dg_err settle_views(run_t *x, dg_error *err) {
  if (!x->o->views || !x->o->nviews)
    for (int v = 0; v < DG_VIEW_COUNT; v++) x->views[x->nviews++] = (dg_view)v;
  for (size_t i = 0; x->o->views && i < x->o->nviews; i++) {
    dg_view v = x->o->views[i];
    if ((unsigned)v >= DG_VIEW_COUNT) return dg_error_set(err, DG_EUSAGE, "no such view");
    size_t j = 0;
    while (j < x->nviews && x->views[j] != v) j++;
    if (j == x->nviews) x->views[x->nviews++] = v;
  }
  return DG_OK;
}

/* mkdir -p dir: every missing directory on the way made; -1 with errno on failure. */
static int mkdir_p(const char *dir) {
  char buf[PATH_BYTES];
  snprintf(buf, sizeof buf, "%s", dir);
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
      *p = '/';
    }
  return mkdir(buf, 0777) != 0 && errno != EEXIST ? -1 : 0;
}

static dg_err make_dir(const char *dir, dg_error *err) {
  if (strlen(dir) >= PATH_BYTES) return dg_error_set(err, DG_EIO, "%s: path too long", dir);
  if (mkdir_p(dir) != 0)
    return dg_error_set(err, DG_EIO, "%s: cannot create directory: %s", dir, strerror(errno));
  return DG_OK;
}

/* ---- reading ---- */

/* A document's own diagram: a graph of it alone, drawn as the `all` view into
 * DIR/docs/NAME.FMT, NAME its path with '/' as '_' (input/a.txt -> input_a.txt), so two
 * documents of the same name in different folders stay apart. */
static void doc_file_name(const char *path, char *out, size_t n) {
  while (path[0] == '.' && path[1] == '/') path += 2;
  while (*path == '/') path++;
  size_t k = 0;
  for (; *path && k + 1 < n; path++) out[k++] = *path == '/' ? '_' : *path;
  out[k] = '\0';
}

static dg_err draw_doc_graph(const run_t *x, const dg_result *d, const dg_graph *g,
                             dg_error *err) {
  char name[1024], docs[PATH_BYTES], paths[DG_RUN_MAX_FORMATS][PATH_BYTES];
  const char *pp[DG_RUN_MAX_FORMATS];
  doc_file_name(d->path, name, sizeof name);
  dg_err r = path_in(docs, x->dir, "docs", NULL, err);
  for (size_t i = 0; i < x->nformats && r == DG_OK; i++) {
    r = path_in(paths[i], docs, name, x->formats[i], err);
    pp[i] = paths[i];
  }
  dg_diagram_opts dopts = dg_diagram_doc_opts(&x->draw);
  if (r == DG_OK)
    r = dg_output_diagram(g, DG_VIEW_ALL, &dopts, pp, x->formats, x->nformats, NULL, NULL, err);
  return r;
}

static dg_err draw_doc(void *arg, const dg_result *d, dg_error *err) {
  const run_t *x = arg;
  dg_graph *g;
  dg_err r = dg_graph_new(&g, err);
  if (r != DG_OK) return r;
  dg_error e = {0};
  if ((r = dg_graph_add_result(g, d, &e)) != DG_OK ||
      (r = dg_view_build_to_draw(g, DG_VIEW_ALL, NULL, &e)))
    dg_error_set(err, r, "%s: %s", d->path, e.msg);
  else
    r = draw_doc_graph(x, d, g, err);
  dg_graph_free(g);
  return r;
}

/* What happens to each document besides the mentions and the graph: its own diagram
 * with per_doc, its period's graph with `by`. */
static dg_err each_doc(void *arg, const dg_result *d, dg_error *err) {
  run_t *x = arg;
  dg_err r = x->o->per_doc ? draw_doc(x, d, err) : DG_OK;
  if (r == DG_OK && x->periods.by) r = dg_periods_add(&x->periods, x->p, &x->in, d, err);
  return r;
}

/* The corpus store of the run, its configuration that of the pipeline and the input:
 * made anew from the parts for a merge, else kept across runs (unless no_store). */
static dg_err open_store(run_t *x, dg_error *err) {
  x->in = x->o->input;
  if (x->o->no_store && !x->o->nparts) return DG_OK;
  char path[PATH_BYTES], note[1024], opts[512];
  dg_err r = x->o->store ? DG_OK : path_in(path, x->dir, DG_RUN_STORE, NULL, err);
  if (r != DG_OK) return r;
  dg_store_config cfg = dg_job_store_config(x->p, &x->o->pipeline, &x->in, opts, sizeof opts);
  r = dg_store_open(&x->store, x->o->store ? x->o->store : path,
                    x->o->nparts ? DG_STORE_NEW : DG_STORE_UPDATE, &cfg, note, sizeof note, err);
  if (r == DG_OK && *note && x->in.log && x->in.log->problem)
    x->in.log->problem(x->in.log->arg, note);
  if (r == DG_OK && !x->o->nparts) r = dg_store_set_run_record(x->store, NULL, err);
  if (r == DG_OK && x->o->nparts)
    r = dg_store_merge_parts(x->store, x->o->parts, x->o->nparts, x->o->partial, err);
  x->in.store = x->store;
  x->in.from_store = x->o->nparts > 0;
  return r;
}

/* The focus resolved through the pipeline's dictionaries, and the documents: their
 * mentions to `mentions`, the graph (with membership, which the countries view always
 * draws), each one's own diagram with per_doc, the periods' graphs with `by`. */
static dg_err read_docs(run_t *x, FILE *mentions, dg_error *err) {
  double t = dg_clock();
  dg_err r = open_store(x, err);
  if (r != DG_OK) return r;
  dg_timings_mark(x->tm, "store opened", &t);
  const char *focus = dg_job_entity(x->p, x->o->filter.focus);
  if (focus && !(x->focus = strdup(focus))) return dg_error_set(err, DG_ENOMEM, "out of memory");
  x->filter.focus = x->draw.focus = x->focus;
  r = dg_graph_new(&x->g, err);
  if (r != DG_OK) return r;
  dg_graph_set_threads(x->g, x->in.threads);
  dg_job_source(x->p, &x->in, x->g, NULL);
  x->periods.by = x->o->by;
  int each = x->o->per_doc || x->o->by;
  dg_job_sink sink = {mentions, x->g, NULL, x, each ? each_doc : NULL};
  r = dg_job_read(x->p, &x->in, &sink, &x->res->docs, err);
  t = dg_clock();
  dg_err c = dg_store_close(x->store, err);
  x->store = NULL;
  dg_timings_mark(x->tm, "store closed", &t);
  if (r == DG_OK) r = c;
  if (r == DG_OK) r = dg_graph_add_members(x->g, dg_pipeline_dict(x->p), err);
  if (r == DG_OK) r = dg_periods_finish(&x->periods, dg_pipeline_dict(x->p), err);
  dg_timings_mark(x->tm, "graph: membership, periods", &t);
  dg_pipeline_close(x->p); /* nothing reads it from here on: its dictionaries and MeCab's
                              model (30 MB) do not stay under the graph stages */
  x->p = NULL;
  return r;
}

/* The directory, then DIR/mentions.jsonl written while the documents are read. */
static dg_err read_into_tree(run_t *x, dg_error *err) {
  char path[PATH_BYTES];
  char docs[PATH_BYTES];
  dg_err r = path_in(docs, x->dir, "docs", NULL, err);
  if (r == DG_OK) r = make_dir(x->o->per_doc ? docs : x->dir, err);
  if (r == DG_OK) r = path_in(path, x->dir, "mentions.jsonl", NULL, err);
  if (r != DG_OK) return r;
  if (!wanted(x, DG_OUT_MENTIONS)) {
    unlink(path);
    return read_docs(x, NULL, err);
  }
  dg_outfile mf;
  dg_error e = {0};
  if (dg_outfile_open(&mf, path, &e) != DG_OK) return dg_error_set(err, DG_EIO, "%s", e.msg);
  r = read_docs(x, mf.f, err);
  if (r != DG_OK) {
    dg_outfile_abort(&mf);
    return r;
  }
  double t = dg_clock();
  if (dg_outfile_commit(&mf, &e) != DG_OK) return dg_error_set(err, DG_EIO, "%s", e.msg);
  dg_timings_mark(x->tm, "mentions written", &t);
  return DG_OK;
}

/* ---- a re-run that changed nothing (batch/rerun.h) ---- */

/* Is the run recorded in its store, to end early next time? */
static int recorded(const run_t *x) {
  return x->o->rerun_key && !x->o->no_store && !x->o->nparts;
}

/* The record of the last complete run in the store, read only (so an ending run writes
 * nothing), when it was made under the run's configuration; else NULL. */
static char *last_record(const run_t *x) {
  char *rec = NULL;
  if (access(x->store_path, F_OK) == 0) dg_store_peek_run_record(x->store_path, &x->cfg, &rec);
  return rec;
}

/* The pipeline opened (the dictionaries' fingerprint), the inputs fingerprinted and, when
 * the store's record names them and the files are as it left them, the run's result that
 * run's (res->unchanged): nothing more to do. */
static dg_err check_unchanged(run_t *x, dg_error *err) {
  double t = dg_clock();
  dg_err r = dg_job_pipeline(&x->p, &x->o->pipeline, x->o->input.log, err);
  dg_timings_mark(x->tm, "pipeline opened", &t);
  if (r != DG_OK || !recorded(x)) return r;
  dg_store_config c = dg_job_store_config(x->p, &x->o->pipeline, &x->o->input, x->options,
                                          sizeof x->options);
  snprintf(x->version, sizeof x->version, "%s", c.version);
  x->cfg = (dg_store_config){x->version, c.fingerprint, x->options};
  if (x->o->store) snprintf(x->store_path, sizeof x->store_path, "%s", x->o->store);
  else if ((r = path_in(x->store_path, x->dir, DG_RUN_STORE, NULL, err)) != DG_OK) return r;
  dg_file_list fl;
  if (dgr_inputs(x->o, x->dir, &x->cfg, &fl, &x->digest, &x->usable, NULL) != DG_OK)
    x->usable = 0; /* the listing says why when the documents are read */
  char *rec = x->usable ? last_record(x) : NULL;
  const dg_job_log *log = x->o->input.log;
  if (rec && dgr_unchanged(rec, x->dir, x->digest, x->res) && log) {
    for (size_t i = 0; log->skipped && i < fl.nskipped; i++) log->skipped(log->arg, fl.skipped[i]);
    if (log->read_all) log->read_all(log->arg); /* as when the documents are read */
  }
  free(rec);
  dg_file_list_free(&fl);
  dg_timings_mark(x->tm, "inputs fingerprinted, last run's record read", &t);
  return DG_OK;
}

/* The run just completed recorded in its store, its files as they are now. */
static dg_err keep_record(run_t *x, dg_error *err) {
  if (!recorded(x) || !x->usable || x->res->docs.failed) return DG_OK;
  double t = dg_clock();
  char *rec = NULL;
  dg_store *s = NULL;
  dg_err r = dgr_record(x->dir, x->store_path, x->digest, x->res, &rec, err);
  if (r == DG_OK && rec)
    r = dg_store_open(&s, x->store_path, DG_STORE_UPDATE, &x->cfg, NULL, 0, err);
  if (r == DG_OK && s) r = dg_store_set_run_record(s, rec, err);
  dg_err c = dg_store_close(s, err);
  free(rec);
  dg_timings_mark(x->tm, "run recorded", &t);
  return r != DG_OK ? r : c;
}

/* ---- the graph files and the views ---- */

/* The data files of graph g, their names with `suffix` before the extension (graph.graphml,
 * graph-2024.graphml); the whole graph's (suffix "") has the CSV, Cytoscape and Neo4j files
 * too. Each name is kept for run.json. */
static const struct {
  const char *base, *ext;
  dg_graph_format format;
  dg_run_output out; /* the choice of dg_run_opts.outputs it belongs to */
  int whole_only;
  int cost; /* its writing time, roughly, in tenths of GraphML's (c2000, c20000) */
} data_files[] = {{"graph", "graphml", DG_GRAPH_GRAPHML, DG_OUT_GRAPHML, 0, 10},
                  {"graph", "gexf", DG_GRAPH_GEXF, DG_OUT_GEXF, 0, 8},
                  {"graph", "json", DG_GRAPH_JSON, DG_OUT_JSON, 0, 9},
                  {"nodes", "csv", DG_GRAPH_CSV_NODES, DG_OUT_CSV, 1, 0},
                  {"edges", "csv", DG_GRAPH_CSV_EDGES, DG_OUT_CSV, 1, 4},
                  {"cytoscape", "json", DG_GRAPH_CYTOSCAPE, DG_OUT_CYTOSCAPE, 1, 7},
                  {"neo4j/nodes", "csv", DG_GRAPH_NEO4J_NODES, DG_OUT_NEO4J, 1, 0},
                  {"neo4j/relationships", "csv", DG_GRAPH_NEO4J_RELATIONSHIPS, DG_OUT_NEO4J, 1, 5},
                  {"neo4j/import", "cypher", DG_GRAPH_NEO4J_CYPHER, DG_OUT_NEO4J, 1, 0}};

static const char *const output_names[DG_OUT_COUNT] = {
    "graphml", "gexf", "json", "csv", "cytoscape", "neo4j", "mentions", "report", "store"};

const char *dg_run_output_name(dg_run_output o) {
  return (unsigned)o < DG_OUT_COUNT ? output_names[o] : "?";
}

int dg_run_output_parse(const char *name, dg_run_output *out) {
  for (int k = 0; k < DG_OUT_COUNT; k++)
    if (!strcmp(name, output_names[k])) {
      *out = (dg_run_output)k;
      return 0;
    }
  return -1;
}


/* The name of data file k for suffix into buf. */
static const char *file_name(size_t k, const char *suffix, char *buf, size_t n) {
  snprintf(buf, n, "%s%s%s.%s", data_files[k].base, *suffix ? "-" : "", suffix, data_files[k].ext);
  return buf;
}

/* The name of data file k for suffix into buf, and it noted for run.json. */
static const char *data_file_name(run_t *x, size_t k, const char *suffix, char *buf, size_t n) {
  file_name(k, suffix, buf, n);
  if (x->ndata_files < MAX_DATA_FILES)
    snprintf(x->data_files[x->ndata_files++], sizeof x->data_files[0], "%.63s", buf);
  return buf;
}

#define DATA_FILES (sizeof data_files / sizeof *data_files)

/* The data files of one graph: each one's path and format, and what to write them from;
 * the threads writing them take the next file in turn, the costliest first (so the last
 * taken are short and the threads end close together), and keep each one's result. */
struct data_plan {
  const dg_graph *g;
  const dg_write_opts *write;
  size_t n;
  dg_graph_format format[DATA_FILES];
  char path[DATA_FILES][PATH_BYTES];
  int cost[DATA_FILES];
  size_t order[DATA_FILES]; /* the files in the order they are taken */
  atomic_size_t next;  /* the next file to take (an index into order) */
  atomic_int failed;   /* a file failed: take no more */
  dg_err r[DATA_FILES];
  dg_error err[DATA_FILES];
  double seconds[DATA_FILES]; /* each file's writing time */
  size_t peak_kb[DATA_FILES];  /* and the peak memory when it was written */
};

/* p->order: the planned files by falling cost, in file order among equals. */
static void take_costliest_first(data_plan *p) {
  for (size_t i = 0; i < p->n; i++) {
    size_t j = i;
    for (; j > 0 && p->cost[p->order[j - 1]] < p->cost[i]; j--) p->order[j] = p->order[j - 1];
    p->order[j] = i;
  }
}

/* The data files of graph g into p, their names noted (the directory neo4j/ made for the
 * whole graph's). */
static dg_err plan_data_files(run_t *x, const dg_graph *g, const char *suffix, data_plan *p,
                              dg_error *err) {
  char name[128];
  dg_err r = DG_OK;
  *p = (data_plan){.g = g, .write = &x->o->write};
  if (!*suffix && wanted(x, DG_OUT_NEO4J)) {
    r = path_in(p->path[0], x->dir, "neo4j", NULL, err);
    if (r == DG_OK) r = make_dir(p->path[0], err);
  }
  for (size_t k = 0; k < DATA_FILES && r == DG_OK; k++) {
    if (data_files[k].whole_only && *suffix) continue;
    if (!wanted(x, data_files[k].out)) {
      remove_stale(x, file_name(k, suffix, name, sizeof name));
      continue;
    }
    r = path_in(p->path[p->n], x->dir, data_file_name(x, k, suffix, name, sizeof name), NULL, err);
    p->cost[p->n] = data_files[k].cost;
    p->format[p->n++] = data_files[k].format;
  }
  take_costliest_first(p);
  if (r == DG_OK && !*suffix && !wanted(x, DG_OUT_NEO4J) &&
      path_in(name, x->dir, "neo4j", NULL, NULL) == DG_OK)
    rmdir(name); /* when empty: a user's own files there stay */
  return r;
}

/* The files of a plan no thread has taken yet (a dg_task_fn; its result is the plan's). */
static dg_err write_planned(void *arg, dg_error *err) {
  (void)err;
  data_plan *p = arg;
  for (size_t i; !atomic_load(&p->failed) && (i = atomic_fetch_add(&p->next, 1)) < p->n;) {
    size_t k = p->order[i];
    double t = dg_clock();
    p->r[k] = dg_output_graph(p->g, p->format[k], p->write, p->path[k], &p->err[k]);
    p->seconds[k] = dg_clock() - t;
    p->peak_kb[k] = dg_peak_kb();
    if (p->r[k] != DG_OK) atomic_store(&p->failed, 1);
  }
  return DG_OK;
}

/* A plan's result once written: its first file's failure in file order, or DG_OK. */
static dg_err plan_result(const data_plan *p, dg_error *err) {
  for (size_t k = 0; k < p->n; k++)
    if (p->r[k] != DG_OK) {
      if (err) *err = p->err[k];
      return p->r[k];
    }
  return DG_OK;
}

static dg_err write_data_files(run_t *x, const dg_graph *g, const char *suffix, dg_error *err) {
  data_plan *p = malloc(sizeof *p);
  if (!p) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = plan_data_files(x, g, suffix, p, err);
  if (r == DG_OK) write_planned(p, err);
  if (r == DG_OK) r = plan_result(p, err);
  free(p);
  return r;
}

/* The whole graph's data files started: with more than one thread, from a snapshot of the
 * built graph on a second thread; else written now (a failure stops the run here, as
 * before the views). */
static dg_err start_data_files(run_t *x, dg_error *err) {
  x->files = malloc(sizeof *x->files);
  if (!x->files) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = plan_data_files(x, x->g, "", x->files, err);
  int threads = x->in.threads;
  double t = dg_clock();
  if (r == DG_OK && threads > 1) r = dg_graph_snapshot(x->g, &x->snap, err);
  if (r != DG_OK) return r;
  if (x->snap) dg_timings_mark(x->tm, "graph snapshot", &t);
  if (x->snap) x->files->g = x->snap;
  dg_background_start(&x->bg, threads, write_planned, x->files);
  return x->bg.running ? DG_OK : plan_result(x->files, err);
}

/* The time of each file of plan p written, named by its path in the tree (once). */
static void time_files(run_t *x, data_plan *p) {
  size_t skip = strlen(x->dir) + 1;
  for (size_t k = 0; k < p->n; k++)
    if (p->seconds[k] > 0)
      dg_timings_add_peak(x->tm, p->path[k] + skip, p->seconds[k], p->peak_kb[k]);
  memset(p->seconds, 0, sizeof p->seconds); /* added once */
}

/* The data files finished, this thread taking those the other has not begun: r, or their
 * failure first (they come first in the run). */
static dg_err finish_data_files(run_t *x, dg_err r, dg_error *err) {
  if (!x->files) return r;
  if (x->bg.running) write_planned(x->files, NULL);
  double t = dg_clock();
  int waited = x->bg.running;
  dg_background_join(&x->bg, NULL);
  if (waited) dg_timings_mark(x->tm, "data files: the other thread waited for", &t);
  time_files(x, x->files);
  dg_graph_snapshot_free(x->g, x->snap); /* the ties may be set aside again */
  x->snap = NULL;
  dg_err f = plan_result(x->files, err);
  return f != DG_OK ? f : r;
}

/* DIR/run.json: the whole graph's provenance and every data file written. */
static dg_err write_run_json(run_t *x, dg_error *err) {
  const char *names[MAX_DATA_FILES];
  for (size_t i = 0; i < x->ndata_files; i++) names[i] = x->data_files[i];
  char path[PATH_BYTES];
  dg_err r = path_in(path, x->dir, "run.json", NULL, err);
  dg_outfile of;
  dg_error e = {0};
  if (r != DG_OK) return r;
  if (dg_outfile_open(&of, path, &e) != DG_OK) return dg_error_set(err, DG_EIO, "%s", e.msg);
  if (dg_write_run_json(&x->prov, x->res->entities, x->res->relations, names, x->ndata_files,
                        of.f, &e) != DG_OK) {
    dg_outfile_abort(&of);
    return dg_error_set(err, DG_EIO, "%s: %s", path, e.msg);
  }
  if (dg_outfile_commit(&of, &e) != DG_OK) return dg_error_set(err, DG_EIO, "%s", e.msg);
  return DG_OK;
}

/* The graph as the filter keeps it, in every data format. */
static dg_err write_graph_files(run_t *x, dg_error *err) {
  double t = dg_clock();
  dg_err r = dg_graph_build(x->g, &x->filter, err);
  dg_timings_mark(x->tm, "graph built (filter, metrics)", &t);
  dg_graph_provenance(x->g, &x->prov);
  x->res->entities = dg_graph_vertex_count(x->g);
  x->res->relations = dg_graph_edge_count(x->g);
  if (r == DG_OK) r = start_data_files(x, err);
  return r;
}

/* View v's diagram: DIR/graph.FMT for `all` (with graph.dot always), DIR/VIEW.FMT for the
 * others, and its SVG kept for the report as its view i. */
static dg_err draw_view(run_t *x, dg_view v, size_t i, dg_error *err) {
  const char *fmts[DG_RUN_MAX_FORMATS + 1];
  char paths[DG_RUN_MAX_FORMATS + 1][PATH_BYTES];
  const char *pp[DG_RUN_MAX_FORMATS + 1];
  size_t nf = 0;
  int has_dot = 0;
  for (size_t k = 0; k < x->nformats; k++) {
    fmts[nf++] = x->formats[k];
    has_dot |= !strcmp(x->formats[k], "dot");
  }
  if (v == DG_VIEW_ALL && !has_dot) fmts[nf++] = "dot";
  const char *base = v == DG_VIEW_ALL ? "graph" : dg_view_name(v);
  dg_err r = DG_OK;
  for (size_t k = 0; k < nf && r == DG_OK; k++) {
    r = path_in(paths[k], x->dir, base, fmts[k], err);
    pp[k] = paths[k];
  }
  size_t len = 0;
  if (r == DG_OK) r = dg_output_diagram(x->g, v, &x->draw, pp, fmts, nf, &x->svg[i], &len, err);
  if (r != DG_OK) return r;
  x->rv[i] = (dg_report_view){dg_view_name(v), dg_view_title(v), x->svg[i], len};
  return DG_OK;
}

/* The co-occurrences each view draws, gathered before the run's own build (a view is built
 * from the same accumulated graph whatever was built before), so the report's data, written
 * before the views are drawn, lists them however large the graph. */
static dg_err gather_drawn(run_t *x, dg_error *err) {
  double t = dg_clock();
  x->drawn = dg_report_ties_new();
  dg_err r = x->drawn ? DG_OK : dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t i = 0; i < x->nviews && r == DG_OK; i++) {
    dg_view v = x->views[i];
    int user = v == DG_VIEW_ALL && x->o->filter_all;
    r = dg_view_build_to_draw(x->g, v, user ? &x->filter : NULL, err);
    if (r == DG_OK && dg_report_ties_add_drawn(x->drawn, x->g))
      r = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  dg_timings_mark(x->tm, "views: ties drawn gathered", &t);
  return r;
}

/* The run's graph's ties set aside while Graphviz lays out and renders a view already
 * made (the layout hook of x->draw): a large view's bitmap does not come on top of them. */
static dg_err ties_aside(void *g, int before, dg_error *err) {
  return before ? dg_graph_set_aside(g, err) : dg_graph_take_back(g, err);
}

/* View i built its own way (`all` with the user's filter when there is one) and drawn into
 * its place among the report's views. */
static dg_err build_and_draw(run_t *x, size_t i, dg_error *err) {
  dg_view v = x->views[i];
  int user = v == DG_VIEW_ALL && x->o->filter_all;
  char name[48];
  double t = dg_clock();
  dg_err r = dg_view_build_to_draw(x->g, v, user ? &x->filter : NULL, err);
  snprintf(name, sizeof name, "view %s: built", dg_view_name(v));
  dg_timings_mark(x->tm, name, &t);
  if (r != DG_OK) return r;
  if (v == DG_VIEW_ALL) {
    x->res->drawn_entities = dg_graph_vertex_count(x->g);
    x->res->drawn_relations = dg_graph_edge_count(x->g);
  }
  r = draw_view(x, v, i, err);
  snprintf(name, sizeof name, "view %s: drawn", dg_view_name(v));
  dg_timings_mark(x->tm, name, &t);
  return r;
}

/* Does view v wait for the data files? With a snapshot (-j2) they are written from, the
 * ties it shares stay in memory while Graphviz lays a view out; the funding view, which
 * lays out every program (a 68 MB bitmap for 20,000 documents, the largest drawn), is
 * drawn once they are written when the ties are large enough to be set aside, so its
 * bitmap and the ties are not held at once (as with -j1). */
static int after_files(const run_t *x, dg_view v) {
  return x->snap && v == DG_VIEW_FUNDING && dg_graph_aside_worth(x->g);
}

/* The views of one pass: those drawn while the data files are written (later 0), or those
 * that waited for them (later 1), each in its place among the report's views. */
static dg_err draw_views(run_t *x, int later, dg_error *err) {
  dg_err r = DG_OK;
  x->draw.layout_hook = ties_aside;
  x->draw.layout_ctx = x->g;
  if (!later) {
    x->nrv = x->nviews; /* the periods' tab after them */
    for (size_t i = 0; i < x->nviews; i++) x->later |= (unsigned)after_files(x, x->views[i]) << i;
  }
  for (size_t i = 0; i < x->nviews && r == DG_OK; i++)
    if (((x->later >> i) & 1u) == (unsigned)later) r = build_and_draw(x, i, err);
  x->draw.layout_hook = NULL; /* the periods' diagrams draw graphs of their own */
  x->draw.layout_ctx = NULL;
  return r;
}

/* ---- the periods ---- */

/* Period i's graph built with the run's filter (a focus it lacks leaves it out: *skip),
 * its data files and its diagram DIR/graph-PERIOD.svg, whose SVG goes into *svg. */
static dg_err write_period(run_t *x, size_t i, char **svg, size_t *len, dg_error *err) {
  dg_period_graph *pg = &x->periods.v[i];
  dg_error e = {0};
  dg_err r = dg_graph_build(pg->g, &x->filter, &e);
  if (r == DG_ENOTFOUND && x->filter.focus) return DG_OK;
  if (r != DG_OK) return dg_error_set(err, r, "period %s: %s", pg->name, e.msg);
  r = write_data_files(x, pg->g, pg->name, err);
  char base[32], path[PATH_BYTES];
  const char *fmt = "svg", *pp = path;
  snprintf(base, sizeof base, "graph-%s", pg->name);
  if (r == DG_OK) r = path_in(path, x->dir, base, "svg", err);
  if (r == DG_OK)
    r = dg_view_build_to_draw(pg->g, DG_VIEW_ALL, x->o->filter_all ? &x->filter : NULL, err);
  if (r == DG_OK) r = dg_output_diagram(pg->g, DG_VIEW_ALL, &x->draw, &pp, &fmt, 1, svg, len, err);
  return r;
}

/* Every period's files, then DIR/periods.svg (the small multiples) and its report tab. */
static dg_err write_periods(run_t *x, dg_error *err) {
  size_t n = x->periods.n;
  dg_panel *panels = calloc(n + 1, sizeof *panels);
  char (*titles)[48] = calloc(n + 1, sizeof *titles);
  dg_err r = panels && titles ? DG_OK : dg_error_set(err, DG_ENOMEM, "out of memory");
  size_t k = 0;
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    char *svg = NULL;
    size_t len = 0;
    r = write_period(x, i, &svg, &len, err);
    if (r != DG_OK || !svg) continue;
    snprintf(titles[k], sizeof titles[k], "%s: %zu documents", x->periods.v[i].name,
             dg_graph_document_count(x->periods.v[i].g));
    panels[k] = (dg_panel){titles[k], svg, len};
    k++;
  }
  x->res->periods = k;
  x->res->undated = x->periods.undated;
  char path[PATH_BYTES];
  if (r == DG_OK) r = path_in(path, x->dir, "periods.svg", NULL, err);
  if (r == DG_OK) r = dg_output_small_multiples(path, panels, k, &x->svg[x->nrv], err);
  if (r == DG_OK && x->svg[x->nrv]) {
    x->rv[x->nrv] = (dg_report_view){"periods", "By period", x->svg[x->nrv], strlen(x->svg[x->nrv])};
    x->nrv++;
  }
  for (size_t i = 0; panels && i < k; i++) free((char *)panels[i].svg);
  free(panels);
  free(titles);
  return r;
}

/* ---- the store alone (--outputs store) ---- */

/* Is the store the run's only output? */
static int store_only(const run_t *x) { return x->o->outputs == 1u << DG_OUT_STORE; }

/* The options that cannot go with the store alone: DG_EUSAGE saying which. */
static dg_err check_store_only(const run_t *x, dg_error *err) {
  const dg_run_opts *o = x->o;
  if (!(o->outputs >> DG_OUT_STORE & 1u)) return DG_OK;
  const char *why = !store_only(x) ? "takes no other output"
                    : o->no_store  ? "needs the store (--no-store keeps none)"
                    : o->per_doc   ? "writes no diagram (--per-doc)"
                    : o->by        ? "writes no period's graph (--by)"
                                   : NULL;
  return why ? dg_error_set(err, DG_EUSAGE, "--outputs store %s", why) : DG_OK;
}

/* The store brought up to date and nothing else: the documents that changed processed
 * into it, the ones it holds unchanged only counted (a sink that takes nothing does not
 * read them back), the ones gone dropped. The record of the last complete run is cleared
 * when the store opens, so the next complete run writes every file again. */
static dg_err update_store(run_t *x, dg_error *err) {
  dg_err r = make_dir(x->dir, err);
  if (r == DG_OK) r = open_store(x, err);
  double t = dg_clock();
  dg_job_sink none = {0};
  if (r == DG_OK) r = dg_job_read(x->p, &x->in, &none, &x->res->docs, err);
  dg_err c = dg_store_close(x->store, err);
  x->store = NULL;
  dg_timings_mark(x->tm, "store updated, closed", &t);
  return r != DG_OK ? r : c;
}

/* The temporary file of the report's data: DIR/.report-data.XXXXXX, removed at once, so
 * it goes when closed (or when the process ends). */
static dg_err open_report_data(run_t *x, dg_error *err) {
  char path[PATH_BYTES];
  dg_err r = path_in(path, x->dir, ".report-data.XXXXXX", NULL, err);
  int fd = r == DG_OK ? mkstemp(path) : -1;
  if (r == DG_OK && fd < 0)
    return dg_error_set(err, DG_EIO, "%s: cannot create: %s", path, strerror(errno));
  if (r != DG_OK) return r;
  unlink(path);
  x->data = fdopen(fd, "w+");
  if (!x->data) {
    close(fd);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  __fsetlocking(x->data, FSETLOCKING_BYCALLER); /* this thread's alone */
  return DG_OK;
}

/* The graph files, the report's data (from the same graph), the views, the periods, the
 * report. */
static dg_err write_tree(run_t *x, dg_error *err) {
  char path[PATH_BYTES];
  int report = wanted(x, DG_OUT_REPORT);
  dg_err r = report ? gather_drawn(x, err) : DG_OK;
  if (r == DG_OK) r = write_graph_files(x, err);
  double t = dg_clock();
  if (r == DG_OK && report) r = open_report_data(x, err);
  if (r == DG_OK && report)
    r = dg_report_data_stream(x->g, DG_RUN_REPORT_TITLE, x->drawn, x->data, err);
  if (report) dg_timings_mark(x->tm, "report data", &t);
  if (r == DG_OK) r = draw_views(x, 0, err);
  t = dg_clock();
  if (r == DG_OK && x->o->by) r = write_periods(x, err);
  if (x->o->by) dg_timings_mark(x->tm, "periods: files and diagrams", &t);
  r = finish_data_files(x, r, err);
  if (r == DG_OK) r = draw_views(x, 1, err);
  t = dg_clock();
  if (r == DG_OK) r = write_run_json(x, err);
  if (r == DG_OK) r = path_in(path, x->dir, "report.html", NULL, err);
  if (r == DG_OK && report)
    r = dg_output_report_stream(path, DG_RUN_REPORT_TITLE, x->data, x->rv, x->nrv, err);
  else if (r == DG_OK)
    unlink(path);
  dg_timings_mark(x->tm, report ? "run.json, report.html" : "run.json", &t);
  return r;
}

dg_err dg_run(const dg_run_opts *o, dg_run_result *res, dg_error *err) {
  memset(res, 0, sizeof *res);
  run_t x = {.o = o, .dir = o->dir ? o->dir : DG_RUN_DIR, .res = res, .tm = o->input.timings};
  x.filter = o->filter;
  x.draw = o->draw;
  dg_err r = check_store_only(&x, err);
  if (r == DG_OK) r = settle_formats(&x, err);
  if (r == DG_OK) r = settle_views(&x, err);
  if (r == DG_OK) r = check_unchanged(&x, err);
  int whole = !store_only(&x);
  if (r == DG_OK && !res->unchanged && !whole) r = update_store(&x, err);
  if (r == DG_OK && !res->unchanged && whole) r = read_into_tree(&x, err);
  if (r == DG_OK && !res->unchanged && whole) r = write_tree(&x, err);
  r = finish_data_files(&x, r, err);
  if (r == DG_OK && !res->unchanged && whole) r = keep_record(&x, err);
  double t = dg_clock();
  free(x.files);
  for (size_t i = 0; i < x.nrv; i++) free(x.svg[i]);
  if (x.data) fclose(x.data);
  dg_report_ties_free(x.drawn);
  dg_periods_free(&x.periods);
  dg_store_close(x.store, NULL);
  dg_graph_free(x.g);
  dg_pipeline_close(x.p);
  free(x.focus);
  dg_timings_mark(x.tm, "freed", &t);
  return r;
}
