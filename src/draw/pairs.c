/* The lines of the whole-graph diagram (see pairs.h). A pair is keyed by its two vertex
 * indices, smaller first, so a co-occurrence and a typed tie between the same two entities
 * make one line; the order of pairs is total, so the choice under a limit is the same on
 * every run. */
#include "draw/pairs.h"

#include <stdlib.h>

#include "base/hmap.h"

/* Each pair's list of relations, then the pairs. */
void dgr_pairs_free(dgr_pair *p, size_t n) {
  for (size_t i = 0; i < n; i++) free(p[i].edges);
  free(p);
}

/* Pairs that carry a typed relation come first, then the strongest co-occurrences. */
static int pair_cmp(const void *a, const void *b) {
  const dgr_pair *x = a, *y = b;
  if (!!x->typed != !!y->typed) return x->typed ? -1 : 1;
  if (x->jaccard != y->jaccard) return x->jaccard > y->jaccard ? -1 : 1;
  if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->to < y->to ? -1 : x->to > y->to;
}

/* The first typed relation among p's edges, or NULL. */
static const dg_edge *typed_of(const dgr_pair *p) {
  for (size_t k = 0; k < p->nedges; k++)
    if (p->edges[k].kind != DG_REL_CO_OCCURS) return &p->edges[k];
  return NULL;
}

/* Add a copy of e to its pair p: its weight, its Jaccard (co-occurrence), and, for the
 * first typed relation, its direction, which the line takes (p->typed is set once the
 * pair's edges stop moving). -1 when memory runs out. */
static int pair_add(dgr_pair *p, const dg_edge *e) {
  int first_typed = e->kind != DG_REL_CO_OCCURS && !typed_of(p);
  dg_edge *ed = realloc(p->edges, (p->nedges + 1) * sizeof *ed);
  if (!ed) return -1;
  p->edges = ed;
  ed[p->nedges++] = *e;
  p->weight += e->weight;
  if (e->kind == DG_REL_CO_OCCURS) p->jaccard = e->jaccard;
  if (first_typed) {
    p->from = e->source; /* arrows follow the relation */
    p->to = e->target;
  }
  return 0;
}

/* The pair of e in p[0..*n), added at *n when new; NULL when memory runs out. */
static dgr_pair *pair_of(dg_hmap *seen, dgr_pair *p, size_t *n, const dg_edge *e) {
  uint32_t ab[2] = {e->source < e->target ? e->source : e->target,
                    e->source < e->target ? e->target : e->source};
  uint32_t *slot;
  int r = dg_hmap_put(seen, (const char *)ab, sizeof ab, (uint32_t)*n, &slot);
  if (r < 0) return NULL;
  if (r == 1) {
    p[*n].from = e->source;
    p[*n].to = e->target;
    (*n)++;
  }
  return &p[*slot];
}

/* One pass over the edges in edge order, then one sort. */
int dgr_pairs_collect(const dg_graph *g, dgr_pair **out, size_t *nout) {
  size_t ne = dg_graph_edge_count(g), n = 0;
  dgr_pair *p = calloc(ne ? ne : 1, sizeof *p);
  if (!p) return -1;
  dg_hmap seen;
  dg_hmap_init(&seen);
  for (size_t i = 0; i < ne; i++) {
    const dg_edge e = dg_graph_edge(g, i);
    dgr_pair *pair = pair_of(&seen, p, &n, &e);
    if (!pair || pair_add(pair, &e)) {
      dg_hmap_destroy(&seen);
      dgr_pairs_free(p, n);
      return -1;
    }
  }
  dg_hmap_destroy(&seen);
  for (size_t i = 0; i < n; i++) p[i].typed = typed_of(&p[i]);
  qsort(p, n, sizeof *p, pair_cmp);
  *out = p;
  *nout = n;
  return 0;
}

/* Within the limit, first every entity's strongest tie (so no entity is left floating when
 * it has one), then the strongest of the rest. */
size_t dgr_pairs_choose(const dgr_pair *p, size_t n, size_t nv, size_t max_edges, char *draw) {
  size_t limit = max_edges && max_edges < n ? max_edges : n, ndraw = 0;
  if (limit < n) {
    char *tied = calloc(nv ? nv : 1, 1);
    if (!tied) return (size_t)-1;
    for (size_t i = 0; i < n && ndraw < limit; i++)
      if (!tied[p[i].from] || !tied[p[i].to]) {
        draw[i] = 1;
        tied[p[i].from] = tied[p[i].to] = 1;
        ndraw++;
      }
    free(tied);
  }
  for (size_t i = 0; i < n && ndraw < limit; i++)
    if (!draw[i]) draw[i] = 1, ndraw++;
  return ndraw;
}
