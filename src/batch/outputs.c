/* Output files written whole (see docgraph/outputs.h). Every file goes through one
 * skeleton: open a dg_outfile, write, commit, or abort on failure; failures to open, write
 * or commit become DG_EIO, as the user sees them all as "this output cannot be written". */
#include "docgraph/outputs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "docgraph/outfile.h"
#include "docgraph/write.h"

/* err as DG_EIO with e's message (e != err: the message is copied). */
static dg_err as_io(dg_error *err, const dg_error *e) {
  return dg_error_set(err, DG_EIO, "%s", e->msg);
}

/* Writes one output to an open stream. */
typedef dg_err (*write_fn)(FILE *f, const void *arg, dg_error *err);

/* path written by write(f, arg): a writer's failure is reported as "PATH: message". */
static dg_err write_whole(const char *path, write_fn write, const void *arg, dg_error *err) {
  dg_outfile of;
  dg_error e = {0};
  if (dg_outfile_open(&of, path, &e) != DG_OK) return as_io(err, &e);
  if (write(of.f, arg, &e) != DG_OK) {
    dg_outfile_abort(&of);
    return dg_error_set(err, DG_EIO, "%s: %s", path, e.msg);
  }
  if (dg_outfile_commit(&of, &e) != DG_OK) return as_io(err, &e);
  return DG_OK;
}

typedef struct {
  const dg_graph *g;
  dg_graph_format f;
  const dg_write_opts *o;
} graph_arg;

int dg_graph_format_is_csv(dg_graph_format f) {
  return f == DG_GRAPH_CSV_NODES || f == DG_GRAPH_CSV_EDGES || f == DG_GRAPH_NEO4J_NODES ||
         f == DG_GRAPH_NEO4J_RELATIONSHIPS;
}

static dg_err write_graph(FILE *f, const void *arg, dg_error *err) {
  const graph_arg *a = arg;
  if (a->o && a->o->csv_bom && dg_graph_format_is_csv(a->f)) fputs("\xEF\xBB\xBF", f);
  switch (a->f) {
  case DG_GRAPH_GRAPHML: return dg_write_graphml_opts(a->g, a->o, f, err);
  case DG_GRAPH_GEXF: return dg_write_gexf_opts(a->g, a->o, f, err);
  case DG_GRAPH_JSON: return dg_write_json(a->g, f, err);
  case DG_GRAPH_CSV_NODES: return dg_write_csv_nodes(a->g, f, err);
  case DG_GRAPH_CSV_EDGES: return dg_write_csv_edges(a->g, f, err);
  case DG_GRAPH_CYTOSCAPE: return dg_write_cytoscape(a->g, f, err);
  case DG_GRAPH_NEO4J_NODES: return dg_write_neo4j_nodes(a->g, f, err);
  case DG_GRAPH_NEO4J_RELATIONSHIPS: return dg_write_neo4j_relationships(a->g, f, err);
  case DG_GRAPH_NEO4J_CYPHER: return dg_write_neo4j_cypher(a->g, f, err);
  }
  return dg_error_set(err, DG_EUSAGE, "no such graph format");
}

dg_err dg_output_graph(const dg_graph *g, dg_graph_format f, const dg_write_opts *o,
                       const char *path, dg_error *err) {
  graph_arg a = {g, f, o};
  return write_whole(path, write_graph, &a, err);
}

dg_err dg_output_neo4j(const dg_graph *g, const dg_write_opts *o, const char *dir,
                       dg_error *err) {
  static const struct {
    const char *name;
    dg_graph_format f;
  } files[] = {{"nodes.csv", DG_GRAPH_NEO4J_NODES},
               {"relationships.csv", DG_GRAPH_NEO4J_RELATIONSHIPS},
               {"import.cypher", DG_GRAPH_NEO4J_CYPHER}};
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    return dg_error_set(err, DG_EIO, "%s: cannot create directory: %s", dir, strerror(errno));
  dg_err r = DG_OK;
  for (size_t i = 0; i < sizeof files / sizeof *files && r == DG_OK; i++) {
    char path[4200];
    if (snprintf(path, sizeof path, "%s/%s", dir, files[i].name) >= (int)sizeof path)
      return dg_error_set(err, DG_EIO, "%s: path too long", dir);
    r = dg_output_graph(g, files[i].f, o, path, err);
  }
  return r;
}

typedef struct {
  const char *text;
  size_t n;
} bytes_arg;

static dg_err write_bytes(FILE *f, const void *arg, dg_error *err) {
  const bytes_arg *a = arg;
  fwrite(a->text, 1, a->n, f);
  return dg_stream_check(f, err, "SVG");
}

dg_err dg_output_small_multiples(const char *path, const dg_panel *panels, size_t n, char **svg,
                                 dg_error *err) {
  size_t len = 0;
  *svg = NULL;
  FILE *mem = open_memstream(svg, &len);
  if (!mem) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = dg_write_small_multiples(panels, n, mem, err);
  fclose(mem);
  bytes_arg a = {*svg, len};
  if (r == DG_OK) r = write_whole(path, write_bytes, &a, err);
  return r;
}

typedef struct {
  const char *title, *data;
  size_t ndata;
  FILE *stream; /* the data from this stream instead (NULL: from data) */
  const dg_report_view *views;
  size_t nviews;
} report_arg;

static dg_err write_report(FILE *f, const void *arg, dg_error *err) {
  const report_arg *a = arg;
  if (a->stream) return dg_write_report_stream(a->title, a->stream, a->views, a->nviews, f, err);
  return dg_write_report(a->title, a->data, a->ndata, a->views, a->nviews, f, err);
}

dg_err dg_output_report(const char *path, const char *title, const char *data, size_t ndata,
                        const dg_report_view *views, size_t nviews, dg_error *err) {
  report_arg a = {title, data, ndata, NULL, views, nviews};
  return write_whole(path, write_report, &a, err);
}

dg_err dg_output_report_stream(const char *path, const char *title, FILE *data,
                               const dg_report_view *views, size_t nviews, dg_error *err) {
  report_arg a = {title, NULL, 0, data, views, nviews};
  return write_whole(path, write_report, &a, err);
}

/* ---- diagrams: several files from one layout ---- */

typedef struct {
  dg_outfile of[DG_OUTPUT_MAX_FILES];
  size_t opened;
  FILE *out[DG_OUTPUT_MAX_FILES + 1]; /* the files, then the in-memory SVG */
  const char *formats[DG_OUTPUT_MAX_FILES + 1];
  size_t n;
  FILE *mem;
  char *svg;
  size_t svg_len;
} diagram_files;

/* Open the n files, and the in-memory SVG when want_svg. */
static dg_err open_diagram(diagram_files *d, const char *const *paths, const char *const *formats,
                           size_t n, int want_svg, dg_error *err) {
  dg_error e = {0};
  for (size_t i = 0; i < n; i++) {
    if (dg_outfile_open(&d->of[i], paths[i], &e) != DG_OK) return as_io(err, &e);
    d->opened++;
    d->formats[d->n] = formats[i];
    d->out[d->n++] = d->of[i].f;
  }
  if (!want_svg) return DG_OK;
  d->mem = open_memstream(&d->svg, &d->svg_len);
  if (!d->mem) return dg_error_set(err, DG_ENOMEM, "out of memory");
  d->formats[d->n] = "svg";
  d->out[d->n++] = d->mem;
  return DG_OK;
}

/* Commit every file after a good drawing (once one commit fails, the rest are aborted), or
 * abort them all after a failure r. */
static dg_err close_diagram(diagram_files *d, dg_err r, dg_error *err) {
  dg_error e = {0};
  for (size_t i = 0; i < d->opened; i++) {
    if (r != DG_OK) dg_outfile_abort(&d->of[i]);
    else if (dg_outfile_commit(&d->of[i], &e) != DG_OK) r = as_io(err, &e);
  }
  if (d->mem) fclose(d->mem);
  return r;
}

dg_err dg_output_diagram(const dg_graph *g, dg_view v, const dg_diagram_opts *o,
                         const char *const *paths, const char *const *formats, size_t n,
                         char **svg, size_t *svg_len, dg_error *err) {
  if (n > DG_OUTPUT_MAX_FILES)
    return dg_error_set(err, DG_EUSAGE, "at most %d diagram files at once", DG_OUTPUT_MAX_FILES);
  diagram_files d = {0};
  dg_err r = open_diagram(&d, paths, formats, n, svg != NULL, err);
  if (r == DG_OK) {
    dg_render_opts ro = dg_diagram_render_opts(o, g);
    dg_error e = {0};
    r = dg_view_render(g, v, &ro, d.formats, d.out, d.n, &e);
    if (r != DG_OK) dg_error_set(err, r, "%s view: %s", dg_view_name(v), e.msg);
  }
  r = close_diagram(&d, r, err);
  if (svg && r == DG_OK) {
    *svg = d.svg;
    *svg_len = d.svg_len;
  } else {
    free(d.svg);
  }
  return r;
}
