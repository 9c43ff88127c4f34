/* Snapshots of a built view (see docgraph/snapshot.h): the graph's struct copied, with its
 * own copies of the view's vertices, of its edges' accumulators (eorder), of its map from
 * accumulator vertices (vof) and of the last build's filter; every other pointer (the
 * accumulators the view is made from, the documents, the arena) is shared and only read.
 * Invariant: a snapshot owns exactly its three arrays and itself, which is all
 * dg_graph_free frees of it; g is marked shared from the snapshot until
 * dg_graph_snapshot_free. */
#include "docgraph/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

/* n elements of `size` bytes copied, or NULL (also when n is 0). */
static void *copy(const void *v, size_t n, size_t size, int *oom) {
  if (!n) return NULL;
  void *c = malloc(n * size);
  if (c) memcpy(c, v, n * size);
  else *oom = 1;
  return c;
}

dg_err dg_graph_snapshot(dg_graph *g, dg_graph **out, dg_error *err) {
  *out = NULL;
  if (g->aside) return dg_error_set(err, DG_EUSAGE, "snapshot of a graph whose ties are set aside");
  g->shared = 1; /* the snapshot reads g's ties: never set aside from now on */
  dg_graph *s = malloc(sizeof *s);
  if (!s) return dg_error_set(err, DG_ENOMEM, "out of memory");
  *s = *g;
  int oom = 0;
  s->vs.v = copy(g->vs.v, g->vs.n, sizeof *g->vs.v, &oom);
  s->eorder.v = copy(g->eorder.v, g->eorder.n, sizeof *g->eorder.v, &oom);
  s->vof.v = copy(g->vof.v, g->vof.n, sizeof *g->vof.v, &oom);
  s->vs.cap = s->vs.n;
  s->eorder.cap = s->eorder.n;
  s->vof.cap = s->vof.n;
  s->has_ig = 0;
  memset(&s->ig, 0, sizeof s->ig);
  if (g->built.focus) s->built.focus = s->built_focus;
  s->snapshot = 1;
  if (oom) {
    dg_graph_free(s);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  *out = s;
  return DG_OK;
}

void dg_graph_snapshot_free(dg_graph *g, dg_graph *s) {
  if (!s) return;
  dg_graph_free(s);
  g->shared = 0;
}
