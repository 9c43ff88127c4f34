/* The ties' accumulators and evidence records set aside while igraph measures a view.
 * The measures read only the view's vertices and the simple graph's pairs, made before
 * they start; the tie records (48 bytes a tie) and the evidence records (8 bytes a
 * sentence cited) are the largest arrays held (about 125 MB for 20,000 documents) and
 * igraph's copies of the graph come on top of them; with them go the pool's records of
 * the sentences (28 bytes each, 21 MB), which nothing reads meanwhile. So, above a size,
 * they wait in an unlinked temporary file (base/tempfile.h: in $TMPDIR, gone when closed
 * or when the process ends) and are read back, byte for byte, once the measures are done.
 * The same while Graphviz lays out a diagram already made (dg_graph_set_aside, for
 * dg_render_opts.layout_hook): a diagram's bitmap (68 MB for the funding view of 20,000
 * documents) no longer comes on top of them.
 * Never while a snapshot (snapshot.c) shares the arrays: it may be reading them on
 * another thread (g->shared, until dg_graph_snapshot_free).
 * Invariant: after dg_graph_unspill the eight arrays hold what they held before
 * dg_graph_spill (their capacity fitted to their count); when nothing could be written,
 * nothing was freed and the measures simply run with the arrays in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* The arrays set aside: the ties' records, the evidence records and the pool's sentences
 * (six arrays of offsets, lengths, documents, lines and pages: 28 bytes a sentence). */
typedef struct {
  void **v;
  size_t *cap, n, size;
} array;
#define ARRAY(vec) {(void **)&(vec).v, &(vec).cap, (vec).n, sizeof *(vec).v}
#define NARRAYS 8

static void arrays_of(dg_graph *g, array a[NARRAYS]) {
  sentpool *p = &g->pool;
  array all[NARRAYS] = {ARRAY(g->ea),     ARRAY(g->evrecs), ARRAY(p->at),    ARRAY(p->tlens),
                        ARRAY(p->wlens), ARRAY(p->docs),   ARRAY(p->lines), ARRAY(p->pages)};
  memcpy(a, all, sizeof all);
}

/* The bytes the arrays set aside would take. */
static size_t bytes_of(const array a[NARRAYS]) {
  size_t bytes = 0;
  for (int k = 0; k < NARRAYS; k++) bytes += a[k].n * a[k].size;
  return bytes;
}

FILE *dg_graph_spill(dg_graph *g, size_t min_bytes) {
  array a[NARRAYS];
  arrays_of(g, a);
  size_t bytes = bytes_of(a);
  if (bytes < min_bytes || bytes == 0) return NULL;
  int fd;
  char path[DG_TEMPFILE_PATH];
  if (dg_tempfile_open("docgraph-spill", &fd, path, NULL) != DG_OK) return NULL;
  FILE *f = fdopen(fd, "w+b");
  if (!f) {
    close(fd);
    return NULL;
  }
  int ok = 1;
  for (int k = 0; k < NARRAYS && ok; k++) ok = put(f, *a[k].v, a[k].n, a[k].size);
  if (!ok || fflush(f) != 0) {
    fclose(f);
    return NULL; /* a full disk: keep them in memory */
  }
  for (int k = 0; k < NARRAYS; k++) {
    free(*a[k].v);
    *a[k].v = NULL, *a[k].cap = 0;
  }
  return f;
}

/* After a failed read the graph keeps no tie, no evidence and no sentence (every list
 * emptied), so it stays consistent for dg_graph_free. */
static void lose_ties(dg_graph *g, array a[NARRAYS]) {
  for (int k = 0; k < NARRAYS; k++) {
    free(*a[k].v);
    *a[k].v = NULL, *a[k].cap = 0;
  }
  g->ea.n = g->evrecs.n = 0;
  g->pool.at.n = g->pool.tlens.n = g->pool.wlens.n = 0;
  g->pool.docs.n = g->pool.lines.n = g->pool.pages.n = 0;
  g->eorder.n = 0;
  for (size_t i = 0; i < g->va.n; i++) g->va.v[i].ev = dg_graph_ev_empty();
}

int dg_graph_unspill(dg_graph *g, FILE *f) {
  if (!f) return 0;
  rewind(f);
  array a[NARRAYS];
  arrays_of(g, a);
  int ok = 1;
  for (int k = 0; k < NARRAYS && ok; k++) {
    ok = (*a[k].v = get(f, a[k].n, a[k].size)) != NULL;
    *a[k].cap = a[k].n;
  }
  fclose(f);
  if (!ok) {
    lose_ties(g, a);
    return -1;
  }
  return 0;
}

dg_err dg_graph_set_aside(dg_graph *g, dg_error *err) {
  (void)err; /* a file that cannot be written leaves the ties in memory: no error */
  if (!g->aside && !g->shared && !g->snapshot) g->aside = dg_graph_spill(g, g->aside_bytes);
  return DG_OK;
}

int dg_graph_aside_worth(const dg_graph *g) {
  array a[NARRAYS];
  arrays_of((dg_graph *)g, a); /* only the counts are read */
  size_t bytes = bytes_of(a);
  return bytes > 0 && bytes >= g->aside_bytes;
}

dg_err dg_graph_take_back(dg_graph *g, dg_error *err) {
  FILE *f = g->aside;
  g->aside = NULL;
  if (dg_graph_unspill(g, f))
    return dg_error_set(err, DG_EIO, "the graph's ties set aside could not be read back");
  return DG_OK;
}
