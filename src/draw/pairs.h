/* The lines of the whole-graph diagram: one per pair of related entities, carrying all its
 * relations, their total weight and the typed relation that colours, labels and directs it;
 * and which of them are drawn under a limit. */
#ifndef DG_DRAW_PAIRS_H
#define DG_DRAW_PAIRS_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/graph.h"

typedef struct {
  uint32_t from, to;     /* vertex indices; a typed pair reads from -> to */
  double weight;         /* the sum of its relations' weights */
  double jaccard;        /* of its co-occurrence, or 0 */
  dg_edge *edges;       /* its relations (copies: a graph makes an edge when asked), in edge
                           order */
  size_t nedges;
  const dg_edge *typed; /* the first typed relation (in edges), or NULL */
} dgr_pair;

/* The pairs of g's edges, ordered: pairs with a typed relation first, then by Jaccard,
 * weight and ends. -1 when memory runs out. */
int dgr_pairs_collect(const dg_graph *g, dgr_pair **out, size_t *nout);
void dgr_pairs_free(dgr_pair *p, size_t n);
/* Mark in draw[i] the pairs drawn under max_edges (0: all) among nv vertices; returns how
 * many, or (size_t)-1 when memory runs out. */
size_t dgr_pairs_choose(const dgr_pair *p, size_t n, size_t nv, size_t max_edges, char *draw);

#endif
