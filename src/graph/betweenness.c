/* Betweenness of the simple graph behind a view: exact while the work stays small, else
 * estimated from sampled sources. Exact betweenness walks from every vertex (work about
 * vertices x edges), which grows with the square of a corpus; above DG_BETWEENNESS_WORK
 * the walks start from k sources drawn at random (k x edges about the budget, at least
 * DG_BETWEENNESS_MIN_SOURCES) and the sums are scaled by vertices / k (Brandes and Pich's
 * estimator, unbiased). Invariant: the sources are drawn by a generator seeded with
 * DG_BETWEENNESS_SEED over vertices sorted by id, so the same view gives the same values
 * on every run; the outputs' provenance names the method (betweenness=sampled ...). */
#include <math.h>

#include "graph/graph_int.h"

static dg_err exact(const igraph_t *ig, igraph_vector_t *res, dg_igraph_guard *gd, dg_error *err) {
  igraph_error_t r = igraph_betweenness(ig, res, igraph_vss_all(), 0, NULL);
  return r == IGRAPH_SUCCESS ? DG_OK : dg_igraph_fail(gd, r, "computing betweenness", err);
}

/* The sampled estimate from k sources drawn without replacement. */
static dg_err sampled(const igraph_t *ig, igraph_vector_t *res, igraph_integer_t k,
                      dg_igraph_guard *gd, dg_error *err) {
  igraph_integer_t n = igraph_vcount(ig);
  dg_err rc = dg_igraph_seed(gd, DG_BETWEENNESS_SEED, err);
  if (rc != DG_OK) return rc;
  igraph_vector_int_t src;
  igraph_error_t r = igraph_vector_int_init(&src, 0);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "allocating sources", err);
  r = igraph_random_sample(&src, 0, n - 1, k);
  if (r == IGRAPH_SUCCESS)
    r = igraph_betweenness_subset(ig, res, igraph_vss_all(), 0, igraph_vss_vector(&src),
                                  igraph_vss_all(), NULL);
  igraph_vector_int_destroy(&src);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "computing betweenness", err);
  igraph_vector_scale(res, (double)n / (double)k);
  return DG_OK;
}

uint32_t dg_betweenness_sources(size_t vertices, size_t edges, double budget) {
  double work = (double)vertices * (double)edges;
  if (work <= budget || vertices <= DG_BETWEENNESS_MIN_SOURCES) return 0;
  double k = ceil(budget / (edges ? (double)edges : 1.0));
  if (k < DG_BETWEENNESS_MIN_SOURCES) k = DG_BETWEENNESS_MIN_SOURCES;
  return k >= (double)vertices ? 0 : (uint32_t)k;
}

dg_err dg_graph_betweenness(const igraph_t *ig, igraph_vector_t *res, double budget,
                            dg_igraph_guard *gd, uint32_t *sources, dg_error *err) {
  *sources = dg_betweenness_sources((size_t)igraph_vcount(ig), (size_t)igraph_ecount(ig), budget);
  return *sources ? sampled(ig, res, (igraph_integer_t)*sources, gd, err) : exact(ig, res, gd, err);
}
