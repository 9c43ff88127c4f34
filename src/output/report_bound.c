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

/* The key of tie e of g into t->key: its two ids, the source's first; its length, or 0
 * when memory runs out. */
static size_t pair_key(dg_report_ties *t, const dg_graph *g, const dg_edge *e) {
  const char *a = dg_graph_vertex(g, e->source)->id, *b = dg_graph_vertex(g, e->target)->id;
  size_t na = strlen(a), nb = strlen(b);
  if (dg_vec_grow((void **)&t->key.v, &t->key.cap, na + 1 + nb, 1)) return 0;
  memcpy(t->key.v, a, na + 1);
  memcpy(t->key.v + na + 1, b, nb);
  t->key.n = na + 1 + nb;
  return t->key.n;
}

int dg_report_ties_add_drawn(dg_report_ties *t, const dg_graph *g) {
  for (size_t i = 0; i < dg_graph_edge_count(g) && !t->oom; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (e->kind != DG_REL_CO_OCCURS) continue;
    size_t n = pair_key(t, g, e);
    uint32_t *slot;
    if (!n || dg_hmap_put(&t->pairs, t->key.v, n, 0, &slot) < 0) t->oom = 1;
  }
  return t->oom ? -1 : 0;
}

/* Whether co-occurrence e of g is drawn (t may be NULL: none is); -1 when memory runs
 * out. */
static int drawn(dg_report_ties *t, const dg_graph *g, const dg_edge *e) {
  if (!t || !t->pairs.n) return 0;
  size_t n = pair_key(t, g, e);
  if (!n) return -1;
  return dg_hmap_get(&t->pairs, t->key.v, n) != NULL;
}

/* An end of a co-occurrence, ranked among its entity's ties. */
typedef struct {
  uint32_t vertex, edge;
  double weight;
} end;

static int by_vertex_then_strength(const void *pa, const void *pb) {
  const end *a = pa, *b = pb;
  if (a->vertex != b->vertex) return a->vertex < b->vertex ? -1 : 1;
  if (a->weight != b->weight) return a->weight > b->weight ? -1 : 1;
  return a->edge < b->edge ? -1 : a->edge > b->edge;
}

/* keep[e] = 1 for the DG_REPORT_TIES_PER_ENTITY strongest co-occurrences of each entity. */
static int strongest(const dg_graph *g, size_t ties, char *keep) {
  end *ends = malloc(2 * ties * sizeof *ends);
  if (!ends) return -1;
  size_t n = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (e->kind != DG_REL_CO_OCCURS) continue;
    ends[n++] = (end){e->source, (uint32_t)i, e->weight};
    ends[n++] = (end){e->target, (uint32_t)i, e->weight};
  }
  qsort(ends, n, sizeof *ends, by_vertex_then_strength);
  for (size_t i = 0, rank = 0; i < n; i++) {
    rank = i && ends[i].vertex == ends[i - 1].vertex ? rank + 1 : 0;
    if (rank < DG_REPORT_TIES_PER_ENTITY) keep[ends[i].edge] = 1;
  }
  free(ends);
  return 0;
}

long dg_report_keep(const dg_graph *g, dg_report_ties *drawn_ties, char *keep) {
  size_t ne = dg_graph_edge_count(g), ties = 0;
  for (size_t i = 0; i < ne; i++) ties += dg_graph_edge(g, i)->kind == DG_REL_CO_OCCURS;
  memset(keep, 1, ne);
  if (ties <= DG_REPORT_ALL_TIES) return (long)ne;
  for (size_t i = 0; i < ne; i++)
    if (dg_graph_edge(g, i)->kind == DG_REL_CO_OCCURS) keep[i] = 0;
  if (strongest(g, ties, keep)) return -1;
  long listed = 0;
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (!keep[i] && e->kind == DG_REL_CO_OCCURS) {
      int d = drawn(drawn_ties, g, e);
      if (d < 0) return -1;
      keep[i] = (char)d;
    }
    listed += keep[i];
  }
  return listed;
}
