/* The ties' accumulators and evidence records set aside while igraph measures a view.
 * The measures read only the view's vertices and the simple graph's pairs, made before
 * they start; the tie records (64 bytes a tie) and the evidence records (8 bytes a
 * sentence cited) are the largest arrays held (about 125 MB for 20,000 documents) and
 * igraph's copies of the graph come on top of them. So, above a size, they wait in an
 * unlinked temporary file (base/tempfile.h: in $TMPDIR, gone when closed or when the
 * process ends) and are
 * read back, byte for byte, once the measures are done.
 * The same while Graphviz lays out a diagram already made (dg_graph_set_aside, for
 * dg_render_opts.layout_hook): a diagram's bitmap (68 MB for the funding view of 20,000
 * documents) no longer comes on top of them.
 * Never while a snapshot (snapshot.c) shares the arrays: it may be reading them on
 * another thread (g->shared).
 * Invariant: after dg_graph_unspill the two arrays hold what they held before
 * dg_graph_spill (their capacity fitted to their count); when nothing could be written,
 * nothing was freed and the measures simply run with the arrays in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/tempfile.h"

#include "graph/graph_int.h"

/* Whether n records of `size` bytes went to f whole. */
static int put(FILE *f, const void *v, size_t n, size_t size) {
  return n == 0 || fwrite(v, size, n, f) == n;
}

/* v: n records of `size` bytes read from f into a new array, or NULL. */
static void *get(FILE *f, size_t n, size_t size) {
  void *v = malloc(n ? n * size : 1);
  if (v && n && fread(v, size, n, f) != n) {
    free(v);
    v = NULL;
  }
  return v;
}

FILE *dg_graph_spill(dg_graph *g, size_t min_bytes) {
  size_t bytes = g->ea.n * sizeof *g->ea.v + g->evrecs.n * sizeof *g->evrecs.v;
  if (bytes < min_bytes || bytes == 0) return NULL;
  int fd;
  char path[DG_TEMPFILE_PATH];
  if (dg_tempfile_open("docgraph-spill", &fd, path, NULL) != DG_OK) return NULL;
  FILE *f = fdopen(fd, "w+b");
  if (!f) {
    close(fd);
    return NULL;
  }
  if (!put(f, g->ea.v, g->ea.n, sizeof *g->ea.v) ||
      !put(f, g->evrecs.v, g->evrecs.n, sizeof *g->evrecs.v) || fflush(f) != 0) {
    fclose(f);
    return NULL; /* a full disk: keep them in memory */
  }
  free(g->ea.v);
  free(g->evrecs.v);
  g->ea.v = NULL, g->ea.cap = 0;
  g->evrecs.v = NULL, g->evrecs.cap = 0;
  return f;
}

/* After a failed read the graph keeps no tie and no evidence (every list emptied), so it
 * stays consistent for dg_graph_free. */
static void lose_ties(dg_graph *g) {
  g->ea.n = g->evrecs.n = 0;
  g->eorder.n = 0;
  for (size_t i = 0; i < g->va.n; i++) g->va.v[i].ev = dg_graph_ev_empty();
}

int dg_graph_unspill(dg_graph *g, FILE *f) {
  if (!f) return 0;
  rewind(f);
  g->ea.v = get(f, g->ea.n, sizeof *g->ea.v);
  g->evrecs.v = g->ea.v ? get(f, g->evrecs.n, sizeof *g->evrecs.v) : NULL;
  fclose(f);
  if (!g->ea.v || !g->evrecs.v) {
    free(g->ea.v);
    g->ea.v = NULL;
    lose_ties(g);
    return -1;
  }
  g->ea.cap = g->ea.n;
  g->evrecs.cap = g->evrecs.n;
  return 0;
}

dg_err dg_graph_set_aside(dg_graph *g, dg_error *err) {
  (void)err; /* a file that cannot be written leaves the ties in memory: no error */
  if (!g->aside && !g->shared && !g->snapshot) g->aside = dg_graph_spill(g, g->aside_bytes);
  return DG_OK;
}

dg_err dg_graph_take_back(dg_graph *g, dg_error *err) {
  FILE *f = g->aside;
  g->aside = NULL;
  if (dg_graph_unspill(g, f))
    return dg_error_set(err, DG_EIO, "the graph's ties set aside could not be read back");
  return DG_OK;
}
