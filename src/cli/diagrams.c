/* The commands' diagram outputs: the views in several formats at once (laid out once),
 * one diagram per document, and the report. Files are written through dg_outfile, so a
 * failed or interrupted run never leaves half a file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "docgraph/report.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

int cli_parse_formats(const char *list, const char **fmts, size_t *n, size_t max) {
  static const char *const known[] = {"svg", "png", "pdf", "dot"};
  *n = 0;
  const char *p = list;
  while (*p) {
    size_t len = strcspn(p, ",");
    size_t k = 0;
    while (k < 4 && !(strlen(known[k]) == len && !strncmp(known[k], p, len))) k++;
    if (k == 4) {
      fprintf(stderr, "docgraph: unknown diagram format '%.*s' in -T (svg, png, pdf, dot)\n", (int)len, p);
      return EXIT_USAGE;
    }
    int dup = 0;
    for (size_t i = 0; i < *n; i++) dup |= fmts[i] == known[k];
    if (!dup && *n < max) fmts[(*n)++] = known[k];
    p += len;
    if (*p == ',') p++;
  }
  if (*n == 0) {
    fprintf(stderr, "docgraph: -T needs at least one format (svg, png, pdf, dot)\n");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

int cli_parse_views(const char *list, dg_view *views, size_t *n) {
  *n = 0;
  const char *p = list;
  while (*p) {
    size_t len = strcspn(p, ",");
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)(len < 31 ? len : 31), p);
    dg_view v;
    if (dg_view_parse(name, &v)) {
      fprintf(stderr, "docgraph: unknown view '%s' in --view (all, timeline, funding, countries)\n", name);
      return EXIT_USAGE;
    }
    int dup = 0;
    for (size_t i = 0; i < *n; i++) dup |= views[i] == v;
    if (!dup && *n < DG_VIEW_COUNT) views[(*n)++] = v;
    p += len;
    if (*p == ',') p++;
  }
  if (*n == 0) {
    fprintf(stderr, "docgraph: --view needs a view (all, timeline, funding, countries)\n");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

dg_render_opts cli_render_opts(const cli_opts *o, const dg_graph *g) {
  dg_render_opts ro = {.renderer = o->renderer,
                       .layout = o->layout,
                       .labels = o->labels,
                       .color = o->color,
                       .max_edges = o->max_edges,
                       .link = "report.html"};
  if (o->focus) {
    long fv = dg_graph_find(g, o->focus);
    if (fv >= 0) ro.focus = dg_graph_vertex(g, (size_t)fv)->id;
  }
  /* by default a diagram draws two lines per entity: typed ties first, then the
   * strongest co-occurrences */
  size_t nv = dg_graph_vertex_count(g);
  if (!o->max_edges_set) ro.max_edges = 2 * nv > 60 ? 2 * nv : 60;
  return ro;
}

int cli_draw(const cli_opts *o, const dg_graph *g, dg_view v, const char *const *paths,
             const char *const *fmts, size_t nf, char **svg, size_t *svg_len) {
  dg_outfile of[8];
  FILE *out[9];
  const char *formats[9];
  size_t n = 0, opened = 0;
  dg_error err = {0};
  int rc = EXIT_OK;
  char *mem = NULL;
  size_t memlen = 0;
  FILE *mf = NULL;
  for (size_t i = 0; i < nf && i < 8; i++) {
    if (dg_outfile_open(&of[i], paths[i], &err) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = EXIT_CANTCREAT;
      break;
    }
    opened++;
    formats[n] = fmts[i];
    out[n++] = of[i].f;
  }
  if (rc == EXIT_OK && svg) {
    mf = open_memstream(&mem, &memlen);
    if (!mf) rc = EXIT_SOFTWARE;
    else {
      formats[n] = "svg";
      out[n++] = mf;
    }
  }
  if (rc == EXIT_OK) {
    dg_render_opts ro = cli_render_opts(o, g);
    if (dg_view_render(g, v, &ro, formats, out, n, &err) != DG_OK) {
      fprintf(stderr, "docgraph: %s view: %s\n", dg_view_name(v), err.msg);
      rc = err.code == DG_EIO ? EXIT_CANTCREAT : EXIT_SOFTWARE;
    }
  }
  for (size_t i = 0; i < opened; i++) {
    if (rc != EXIT_OK) {
      dg_outfile_abort(&of[i]);
    } else if (dg_outfile_commit(&of[i], &err) != DG_OK) {
      fprintf(stderr, "docgraph: %s\n", err.msg);
      rc = EXIT_CANTCREAT;
    }
  }
  if (mf) fclose(mf);
  if (svg && rc == EXIT_OK) {
    *svg = mem;
    *svg_len = memlen;
  } else {
    free(mem);
  }
  return rc;
}

/* A file name for a document's own diagram: its path with '/' as '_' (input/a.txt ->
 * input_a.txt), so two documents of the same name in different folders stay apart. */
static void doc_file_name(const char *path, char *out, size_t n) {
  while (path[0] == '.' && path[1] == '/') path += 2;
  while (*path == '/') path++;
  size_t k = 0;
  for (; *path && k + 1 < n; path++) out[k++] = *path == '/' ? '_' : *path;
  out[k] = '\0';
}

int cli_draw_doc(const cli_opts *o, const dg_doc *d, const char *dir, const char *const *fmts,
                 size_t nf) {
  dg_graph *g;
  dg_error err = {0};
  if (dg_graph_new(&g, &err) != DG_OK) return EXIT_SOFTWARE;
  int rc = EXIT_OK;
  if (dg_graph_add_doc(g, d, &err) != DG_OK || dg_view_build(g, DG_VIEW_ALL, NULL, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s: %s\n", d->path, err.msg);
    rc = EXIT_SOFTWARE;
  }
  char name[1024];
  doc_file_name(d->path, name, sizeof name);
  char paths[8][4200];
  const char *pp[8];
  for (size_t i = 0; i < nf && i < 8; i++) {
    snprintf(paths[i], sizeof paths[i], "%s/docs/%s.%s", dir, name, fmts[i]);
    pp[i] = paths[i];
  }
  if (rc == EXIT_OK) {
    cli_opts po = *o;
    po.focus = NULL;
    po.max_edges_set = 0;
    rc = cli_draw(&po, g, DG_VIEW_ALL, pp, fmts, nf < 8 ? nf : 8, NULL, NULL);
  }
  dg_graph_free(g);
  return rc;
}

int cli_write_report(const char *path, const char *title, const char *data, size_t ndata,
                     const dg_report_view *views, size_t nviews) {
  dg_outfile of;
  dg_error err = {0};
  if (dg_outfile_open(&of, path, &err) != DG_OK) {
    fprintf(stderr, "docgraph: %s\n", err.msg);
    return EXIT_CANTCREAT;
  }
  if (dg_write_report(title, data, ndata, views, nviews, of.f, &err) != DG_OK) {
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
