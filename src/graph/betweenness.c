/* Betweenness of the simple graph behind a view: exact while the work stays small, else
 * estimated from sampled sources. Exact betweenness walks from every vertex (work about
 * vertices x edges), which grows with the square of a corpus; above DG_BETWEENNESS_WORK
 * the walks start from k sources drawn at random (k x edges about the budget, at least
 * DG_BETWEENNESS_MIN_SOURCES) and the sums are scaled by vertices / k (Brandes and Pich's
 * estimator, unbiased). Invariant: the sources are drawn by a generator seeded with
 * DG_BETWEENNESS_SEED over vertices sorted by id, so the same view gives the same values
 * on every run; the outputs' provenance names the method (betweenness=sampled ...). The
 * walks themselves are brandes.c's, on as many threads as the graph may use, with the
 * same bits whatever their number. */
#include <math.h>
#include <stdlib.h>

#include "graph/graph_int.h"

/* The k sources drawn without replacement among n vertices (igraph's generator seeded
 * with DG_BETWEENNESS_SEED), into out[0..k) in igraph's order. */
static dg_err draw(size_t n, uint32_t k, uint32_t *out, dg_igraph_guard *gd, dg_error *err) {
  dg_err rc = dg_igraph_seed(gd, DG_BETWEENNESS_SEED, err);
  if (rc != DG_OK) return rc;
  igraph_vector_int_t src;
  igraph_error_t r = igraph_vector_int_init(&src, 0);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "allocating sources", err);
  r = igraph_random_sample(&src, 0, (igraph_integer_t)n - 1, k);
  for (igraph_integer_t i = 0; r == IGRAPH_SUCCESS && i < (igraph_integer_t)k; i++)
    out[i] = (uint32_t)VECTOR(src)[i];
  igraph_vector_int_destroy(&src);
  return r == IGRAPH_SUCCESS ? DG_OK : dg_igraph_fail(gd, r, "drawing sources", err);
}

uint32_t dg_betweenness_sources(size_t vertices, size_t edges, double budget) {
  double work = (double)vertices * (double)edges;
  if (work <= budget || vertices <= DG_BETWEENNESS_MIN_SOURCES) return 0;
  double k = ceil(budget / (edges ? (double)edges : 1.0));
  if (k < DG_BETWEENNESS_MIN_SOURCES) k = DG_BETWEENNESS_MIN_SOURCES;
  return k >= (double)vertices ? 0 : (uint32_t)k;
}

dg_err dg_betweenness_start(dg_brandes **b, const uint32_t *ends, size_t npairs, size_t nv,
                            double budget, int threads, dg_igraph_guard *gd,
                            uint32_t *sources, dg_error *err) {
  *b = NULL;
  *sources = dg_betweenness_sources(nv, npairs, budget);
  size_t ns = *sources ? *sources : nv;
  uint32_t *src = malloc((ns + 1) * sizeof *src);
  if (!src) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err rc = DG_OK;
  if (*sources) rc = draw(nv, *sources, src, gd, err);
  else
    for (size_t i = 0; i < nv; i++) src[i] = (uint32_t)i;
  if (rc == DG_OK) rc = dg_brandes_start(b, ends, npairs, nv, src, ns, threads, err);
  free(src);
  return rc;
}

dg_err dg_betweenness_finish(dg_brandes *b, size_t nv, uint32_t sources, double *res,
                             dg_error *err) {
  dg_err rc = dg_brandes_finish(b, res, err);
  for (size_t i = 0; rc == DG_OK && i < nv; i++) {
    res[i] *= 0.5; /* undirected: each path was counted from both ends (igraph's scaling) */
    if (sources) res[i] *= (double)nv / (double)sources;
  }
  return rc;
}
