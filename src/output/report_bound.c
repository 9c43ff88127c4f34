/* Which ties the report lists (see docgraph/report.h). Every entity and every typed
 * relation; of the co-occurrences, all of them up to DG_REPORT_ALL_TIES, and above that
 * each entity's DG_REPORT_TIES_PER_ENTITY strongest (weight, then the earlier tie) and
 * every one a diagram draws. A page of a 20,000-document corpus then opens in a browser
 * (a million co-occurrences made a 380 MB page that took a minute), and every line of a
 * diagram still finds its sentences. Invariant: the choice depends only on the built graph
 * and the drawn pairs, never on the order they were made in, so a graph gives one page. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "output/report_bound.h"

struct dg_report_ties {
  dg_hmap pairs; /* "source id\0target id" of the co-occurrences drawn */
  DG_VEC(char) key;
  int oom;
};

dg_report_ties *dg_report_ties_new(void) {
  dg_report_ties *t = calloc(1, sizeof *t);
  if (t) dg_hmap_init(&t->pairs);
  return t;
}

void dg_report_ties_free(dg_report_ties *t) {
  if (!t) return;
  dg_hmap_destroy(&t->pairs);
  free(t->key.v);
  free(t);
}

/* The key of the tie from vertex s to t of g into rt->key: their two ids, the source's
 * first; its length, or 0 when memory runs out. */
static size_t pair_key(dg_report_ties *rt, const dg_graph *g, uint32_t s, uint32_t t) {
  const char *a = dg_graph_vertex(g, s)->id, *b = dg_graph_vertex(g, t)->id;
  size_t na = strlen(a), nb = strlen(b);
  if (dg_vec_grow((void **)&rt->key.v, &rt->key.cap, na + 1 + nb, 1)) return 0;
  memcpy(rt->key.v, a, na + 1);
  memcpy(rt->key.v + na + 1, b, nb);
  rt->key.n = na + 1 + nb;
  return rt->key.n;
}

int dg_report_ties_add_drawn(dg_report_ties *t, const dg_graph *g) {
  for (size_t i = 0; i < dg_graph_edge_count(g) && !t->oom; i++) {
    uint32_t s, d;
    if (dg_graph_edge_ends(g, i, &s, &d) != DG_REL_CO_OCCURS) continue;
    size_t n = pair_key(t, g, s, d);
    uint32_t *slot;
    if (!n || dg_hmap_put(&t->pairs, t->key.v, n, 0, &slot) < 0) t->oom = 1;
  }
  return t->oom ? -1 : 0;
}

/* Whether co-occurrence i of g is drawn (t may be NULL: none is); -1 when memory runs
 * out. */
static int drawn(dg_report_ties *t, const dg_graph *g, size_t i) {
  if (!t || !t->pairs.n) return 0;
  uint32_t s, d;
  dg_graph_edge_ends(g, i, &s, &d);
  size_t n = pair_key(t, g, s, d);
  if (!n) return -1;
  return dg_hmap_get(&t->pairs, t->key.v, n) != NULL;
}

/* Is tie e stronger than tie f (more weight, then the earlier)? */
static int stronger(const dg_graph *g, uint32_t e, uint32_t f) {
  double we = dg_graph_edge_weight(g, e), wf = dg_graph_edge_weight(g, f);
  return we != wf ? we > wf : e < f;
}

/* Tie e offered to vertex v's list of its strongest (best, K a vertex, n[v] of them
 * held, strongest first): it goes in at its rank, the weakest falling off a full list. */
static void offer(const dg_graph *g, uint32_t *best, uint8_t *n, uint32_t v, uint32_t e) {
  enum { K = DG_REPORT_TIES_PER_ENTITY };
  uint32_t *b = best + (size_t)v * K;
  size_t k = n[v];
  if (k == K && !stronger(g, e, b[K - 1])) return;
  if (k < K) n[v]++;
  else k = K - 1;
  for (; k > 0 && stronger(g, e, b[k - 1]); k--) b[k] = b[k - 1];
  b[k] = e;
}

/* keep[e] = 1 for the DG_REPORT_TIES_PER_ENTITY strongest co-occurrences of each entity:
 * a short list a vertex, no sort of all the ties' ends. */
static int strongest(const dg_graph *g, char *keep) {
  enum { K = DG_REPORT_TIES_PER_ENTITY };
  size_t nv = dg_graph_vertex_count(g);
  uint32_t *best = malloc((nv ? nv : 1) * K * sizeof *best);
  uint8_t *n = calloc(nv ? nv : 1, 1);
  if (!best || !n) {
    free(best);
    free(n);
    return -1;
  }
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    uint32_t s, t;
    if (dg_graph_edge_ends(g, i, &s, &t) != DG_REL_CO_OCCURS) continue;
    offer(g, best, n, s, (uint32_t)i);
    offer(g, best, n, t, (uint32_t)i);
  }
  for (size_t v = 0; v < nv; v++)
    for (size_t k = 0; k < n[v]; k++) keep[best[v * K + k]] = 1;
  free(best);
  free(n);
  return 0;
}

long dg_report_keep(const dg_graph *g, dg_report_ties *drawn_ties, char *keep) {
  size_t ne = dg_graph_edge_count(g), ties = 0;
  /* one pass over the edges' kinds (each a tie read from the accumulator): the typed ones
   * kept, the co-occurrences not yet, so that a 0 below is always a co-occurrence */
  for (size_t i = 0; i < ne; i++) {
    keep[i] = dg_graph_edge_ends(g, i, NULL, NULL) != DG_REL_CO_OCCURS;
    ties += !keep[i];
  }
  if (ties <= DG_REPORT_ALL_TIES) {
    memset(keep, 1, ne);
    return (long)ne;
  }
  if (strongest(g, keep)) return -1;
  long listed = 0;
  for (size_t i = 0; i < ne; i++) {
    if (!keep[i]) {
      int d = drawn(drawn_ties, g, i);
      if (d < 0) return -1;
      keep[i] = (char)d;
    }
    listed += keep[i];
  }
  return listed;
}
