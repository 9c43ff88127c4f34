/* The relationship graph object (see docgraph/graph.h and graph/graph_int.h): creating and
 * freeing it, and reading its documents and its built view. Invariant: the built view
 * points into the accumulators (ids, labels, evidence), so it stays valid until the next
 * dg_graph_build or dg_graph_free. */
#include <stdlib.h>

#include "graph/graph_int.h"

dg_err dg_graph_new(dg_graph **out, dg_error *err) {
  dg_graph *g = calloc(1, sizeof *g);
  if (!g) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_arena_init(&g->arena);
  dg_hmap_init(&g->vmap);
  dg_hmap_init(&g->docmap);
  dg_hmap_init(&g->pool.map);
  dg_hmap_init(&g->rulemap);
  g->spill_pairs = DG_SPILL_MIN_PAIRS;
  g->threads = 1;
  g->aside_bytes = DG_ASIDE_MIN_BYTES;
  if (!(g->texts = dg_spool_new("docgraph-texts"))) {
    dg_graph_free(g);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  dg_spool_set_memory(g->texts, DG_TEXTS_MEMORY);
  *out = g;
  return DG_OK;
}

void dg_graph_set_threads(dg_graph *g, int threads) {
  g->threads = threads < 1 ? 1 : threads;
}

/* The igraph graph, destroyed under the guard: igraph frees its attributes through the
 * attribute table in place, which only the guard's section has. */
static void free_igraph(dg_graph *g) {
  if (!g->has_ig) return;
  dg_igraph_guard gd;
  dg_igraph_enter(&gd);
  igraph_destroy(&g->ig);
  dg_igraph_leave(&gd);
  g->has_ig = 0;
}

void dg_graph_free(dg_graph *g) {
  if (!g) return;
  if (g->snapshot) { /* the rest is the graph's it was taken from */
    free(g->vs.v);
    free(g->eorder.v);
    free(g->vof.v);
    free(g);
    return;
  }
  free_igraph(g);
  if (g->aside) fclose(g->aside);
  dg_hmap_destroy(&g->vmap);
  free(g->tslots.v);
  dg_hmap_destroy(&g->docmap);
  dg_hmap_destroy(&g->pool.map);
  dg_hmap_destroy(&g->rulemap);
  free(g->rules.v);
  dg_spool_free(g->texts);
  free(g->pool.at.v);
  free(g->pool.tlens.v);
  free(g->pool.wlens.v);
  free(g->pool.docs.v);
  free(g->evrecs.v);
  free(g->pool.lines.v);
  free(g->pool.pages.v);
  free(g->read_as.v);
  free(g->dates.v);
  for (size_t i = 0; i < g->va.n; i++) free(g->va.v[i].docs.v);
  free(g->va.v);
  free(g->ea.v);
  free(g->jaccards.v);
  free(g->ec_over.v);
  free(g->docs.v);
  free(g->vs.v);
  free(g->eorder.v);
  free(g->vof.v);
  dg_arena_destroy(&g->arena);
  free(g);
}

size_t dg_graph_document_count(const dg_graph *g) { return g->docs.n; }
const char *dg_graph_document(const dg_graph *g, size_t i) { return g->docs.v[i]; }
const char *dg_graph_document_read_as(const dg_graph *g, size_t i) {
  return i < g->read_as.n ? g->read_as.v[i] : NULL;
}
const dg_when *dg_graph_document_date(const dg_graph *g, size_t i) {
  return i < g->dates.n ? &g->dates.v[i] : NULL;
}
size_t dg_graph_vertex_count(const dg_graph *g) { return g->vs.n; }
const dg_vertex *dg_graph_vertex(const dg_graph *g, size_t i) { return &g->vs.v[i]; }
size_t dg_graph_edge_count(const dg_graph *g) { return g->eorder.n; }
/* Made on the first call after a build (the graph is logically unchanged: the cast is
 * the cache's), under the guard that installs igraph's attribute table. */
const igraph_t *dg_graph_igraph(const dg_graph *cg) {
  if (cg->has_ig || !cg->ig_due || cg->snapshot) return cg->has_ig ? &cg->ig : NULL;
  dg_graph *g = (dg_graph *)cg;
  dg_igraph_guard gd;
  dg_igraph_enter(&gd);
  dg_err r = dg_graph_make_igraph(g, &gd, NULL);
  dg_igraph_leave(&gd);
  g->ig_due = 0;
  return r == DG_OK ? &g->ig : NULL;
}
