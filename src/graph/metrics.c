/* The measures of the built view (see docgraph/graph.h): degree (distinct neighbours),
 * strength (sum of edge weights), and those asked for: PageRank, betweenness (exact or
 * sampled: betweenness.c) and Louvain communities. All but strength are computed on the
 * simple graph behind the view (one pair per pair of vertices tied, weights summed), so a
 * pair tied three ways does not count three times. PageRank is our own power iteration on
 * the pairs (pagerank.c); betweenness our own walks (brandes.c, igraph's sums), on the
 * graph's threads while communities run on igraph, on one OpenMP thread (igraph_guard.c);
 * with one thread the walks come first. Invariant: the same view gives the same measures
 * on every run (communities draw on a generator seeded for each call; PageRank adds in a
 * fixed order). */
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

#define COMMUNITY_SEED 42
#define PAGERANK_DAMPING 0.85

static void reset_measures(dg_graph *g) {
  for (size_t i = 0; i < g->vs.n; i++) {
    dg_vertex *v = &g->vs.v[i];
    v->degree = v->strength = v->pagerank = v->betweenness = 0;
    v->community = 0;
  }
}

static dg_err centrality(dg_vertex *vs, size_t nv, const dg_pairs *p, dg_pairs *release,
                         unsigned need, int threads, uint32_t *sources, dg_igraph_guard *gd,
                         dg_error *err);

/* The first view edge from a to b, or the count: searched among a's edges alone,
 * edges[from[a] .. from[a + 1]) (edges are sorted by source, target), a few ties read where
 * a search of every edge read twenty, each a cache miss. */
static size_t first_edge(const dg_graph *g, const uint32_t *from, uint32_t a, uint32_t b) {
  size_t lo = from[a], hi = from[a + 1];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (dg_view_target(g, mid) < b) lo = mid + 1;
    else hi = mid;
  }
  if (lo < from[a + 1] && dg_view_target(g, lo) == b) return lo;
  return g->eorder.n;
}

/* The pair of edge i: the pair of an earlier edge joining the same two vertices (one with
 * the same ends is the edge before, edges being sorted; one read the other way is found
 * by search), else a new one, *n (counted). */
static uint32_t pair_of(const dg_graph *g, const uint32_t *from, const uint32_t *pid, size_t i,
                        uint32_t *n) {
  uint32_t s = dg_view_source(g, i), t = dg_view_target(g, i);
  if (i && dg_view_source(g, i - 1) == s && dg_view_target(g, i - 1) == t) return pid[i - 1];
  size_t back = first_edge(g, from, t, s);
  return back < i ? pid[back] : (*n)++;
}

/* Where each vertex's edges start (from[v]; from[nv] the count): the edges are sorted by
 * source. NULL when memory runs out. */
static uint32_t *edges_from(const dg_graph *g) {
  uint32_t *from = calloc(g->vs.n + 2, sizeof *from);
  if (!from) return NULL;
  for (size_t i = 0; i < g->eorder.n; i++) from[dg_view_source(g, i) + 1]++;
  for (size_t v = 0; v < g->vs.n; v++) from[v + 1] += from[v];
  from[g->vs.n + 1] = from[g->vs.n];
  return from;
}

/* The pairs of the view's edges into p, in the order of their first edge, and every
 * vertex's strength: each edge's pair found first and counted, so p's arrays are made
 * of their size once (grown by doubling they took up to twice it, 17 MB more for 1.1
 * million pairs, at the build's peak); weights summed in edge order as before. */
static int simple_pairs(dg_graph *g, dg_pairs *p) {
  uint32_t *pid = malloc((g->eorder.n + 1) * sizeof *pid), n = 0; /* each edge's pair */
  uint32_t *from = edges_from(g);
  if (!pid || !from) return free(pid), free(from), -1;
  for (size_t i = 0; i < g->eorder.n; i++) pid[i] = pair_of(g, from, pid, i, &n);
  free(from);
  p->ends.v = malloc(((size_t)n + 1) * 2 * sizeof *p->ends.v);
  p->w.v = calloc((size_t)n + 1, sizeof *p->w.v);
  if (!p->ends.v || !p->w.v) return free(pid), -1;
  p->ends.n = p->ends.cap = 2 * (size_t)n;
  p->w.n = p->w.cap = n;
  for (uint32_t i = 0, made = 0; i < g->eorder.n; i++) {
    uint32_t k = pid[i], s = dg_view_source(g, i), t = dg_view_target(g, i);
    if (k == made) { /* the pair's first edge */
      p->ends.v[2 * k] = s < t ? s : t;
      p->ends.v[2 * k + 1] = s < t ? t : s;
      made++;
    }
    double w = dg_view_weight(g, i);
    p->w.v[k] += w;
    g->vs.v[s].strength += w;
    g->vs.v[t].strength += w;
  }
  free(pid);
  return 0;
}

int dg_graph_pairs(dg_graph *g, dg_pairs *p) {
  reset_measures(g);
  memset(p, 0, sizeof *p);
  if (simple_pairs(g, p)) {
    free(p->ends.v);
    free(p->w.v);
    memset(p, 0, sizeof *p);
    return -1;
  }
  for (size_t i = 0; i < p->w.n; i++) {
    g->vs.v[p->ends.v[2 * i]].degree++;
    g->vs.v[p->ends.v[2 * i + 1]].degree++;
  }
  return 0;
}

dg_err dg_graph_measure(dg_graph *g, dg_pairs *p, dg_igraph_guard *gd, unsigned need,
                        dg_error *err) {
  /* the pairs go once igraph has them: Louvain's copies come on top of what is held */
  dg_err rc = centrality(g->vs.v, g->vs.n, p, p, need, g->threads, &g->btw_sources, gd, err);
  free(p->ends.v);
  free(p->w.v);
  memset(p, 0, sizeof *p);
  return rc;
}

/* ---- on igraph ---- */

/* The igraph objects of one computation; `made` counts those initialised, in this order. */
typedef struct {
  igraph_t g;
  igraph_vector_t w, res;
  igraph_vector_int_t memb;
  int made;
} work;

static void work_destroy(work *k) {
  if (k->made > 3) igraph_vector_int_destroy(&k->memb);
  if (k->made > 2) igraph_vector_destroy(&k->res);
  if (k->made > 1) igraph_vector_destroy(&k->w);
  if (k->made > 0) igraph_destroy(&k->g);
}

/* The simple graph on nv vertices as igraph, its weights and the result vectors. */
static dg_err work_init(work *k, size_t nv, const dg_pairs *p, dg_igraph_guard *gd, dg_error *err) {
  igraph_vector_int_t el;
  igraph_error_t r = igraph_vector_int_init(&el, (igraph_integer_t)p->ends.n);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "allocating edges", err);
  for (size_t i = 0; i < p->ends.n; i++) VECTOR(el)[i] = p->ends.v[i];
  r = igraph_create(&k->g, &el, (igraph_integer_t)nv, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&el);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "creating the graph", err);
  k->made = 1;
  if ((r = igraph_vector_init(&k->w, (igraph_integer_t)p->w.n)) != IGRAPH_SUCCESS)
    return dg_igraph_fail(gd, r, "allocating weights", err);
  k->made = 2;
  for (size_t i = 0; i < p->w.n; i++) VECTOR(k->w)[i] = p->w.v[i];
  if ((r = igraph_vector_init(&k->res, (igraph_integer_t)nv)) != IGRAPH_SUCCESS)
    return dg_igraph_fail(gd, r, "allocating results", err);
  k->made = 3;
  if ((r = igraph_vector_int_init(&k->memb, 0)) != IGRAPH_SUCCESS)
    return dg_igraph_fail(gd, r, "allocating results", err);
  k->made = 4;
  return DG_OK;
}

/* Weighted PageRank (damping 0.85) on the pairs themselves (pagerank.c), before igraph
 * copies them: PRPACK made two more copies of the graph. */
static dg_err pagerank(const dg_pairs *p, dg_vertex *vs, size_t nv, dg_error *err) {
  double *x = malloc(nv * sizeof *x);
  if (!x || dg_pagerank(p, nv, PAGERANK_DAMPING, x)) {
    free(x);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (size_t i = 0; i < nv; i++) vs[i].pagerank = x[i];
  free(x);
  return DG_OK;
}

/* Weighted Louvain communities, renumbered by first appearance in vertex order so the
 * ids are dense and stable. */
static dg_err communities(work *k, dg_vertex *vs, size_t nv, dg_igraph_guard *gd, dg_error *err) {
  dg_err rc = dg_igraph_seed(gd, COMMUNITY_SEED, err);
  if (rc != DG_OK) return rc;
  igraph_error_t r = igraph_community_multilevel(&k->g, &k->w, 1.0, &k->memb, NULL, NULL);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "finding communities", err);
  int32_t *map = malloc((nv + 1) * sizeof *map);
  if (!map) return dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t i = 0; i <= nv; i++) map[i] = -1;
  int32_t next = 0;
  for (size_t i = 0; i < nv; i++) {
    igraph_integer_t cm = VECTOR(k->memb)[i];
    if (cm < 0 || (size_t)cm > nv) continue;
    if (map[cm] < 0) map[cm] = next++;
    vs[i].community = map[cm];
  }
  free(map);
  return DG_OK;
}

/* The pairs freed (when `release` is not NULL), once igraph and the walks have copies. */
static void let_go(dg_pairs *release) {
  if (!release) return;
  free(release->ends.v);
  free(release->w.v);
  memset(release, 0, sizeof *release);
}

/* Louvain on igraph's copy of the pairs, the pairs let go once it is made. */
static dg_err louvain(dg_vertex *vs, size_t nv, const dg_pairs *p, dg_pairs *release,
                      dg_igraph_guard *gd, dg_error *err) {
  work k = {.made = 0};
  dg_err rc = work_init(&k, nv, p, gd, err);
  let_go(release);
  if (rc == DG_OK) rc = communities(&k, vs, nv, gd, err);
  work_destroy(&k);
  return rc;
}

/* The betweenness walks finished, their values into vs; rc, or else their failure. */
static dg_err walks_done(dg_brandes *b, dg_vertex *vs, size_t nv, uint32_t sources, dg_err rc,
                         dg_error *err) {
  double *x = malloc((nv + 1) * sizeof *x);
  dg_error e = {0};
  dg_err r = dg_betweenness_finish(b, nv, sources, x, &e); /* x NULL: joined, DG_ENOMEM */
  for (size_t i = 0; r == DG_OK && i < nv; i++) vs[i].betweenness = x[i];
  free(x);
  if (rc == DG_OK && r != DG_OK) {
    *err = e;
    rc = r;
  }
  return rc;
}

/* dg_graph_centrality, with `release` (when not NULL) freed as soon as igraph and the
 * walks have their copies of the pairs. Betweenness walks on up to `threads` threads
 * (brandes.c) while this one finds the communities on igraph, which stays on this
 * thread (it is not thread-safe); the values do not depend on the threads. */
static dg_err centrality(dg_vertex *vs, size_t nv, const dg_pairs *p, dg_pairs *release,
                         unsigned need, int threads, uint32_t *sources, dg_igraph_guard *gd,
                         dg_error *err) {
  *sources = 0;
  if (nv == 0 || !(need & DG_MEASURE_ALL)) return DG_OK;
  dg_err rc = DG_OK;
  if (need & DG_MEASURE_PAGERANK) rc = pagerank(p, vs, nv, err);
  dg_brandes *b = NULL;
  if (rc == DG_OK && (need & DG_MEASURE_BETWEENNESS))
    rc = dg_betweenness_start(&b, p->ends.v, p->w.n, nv, DG_BETWEENNESS_WORK, threads, gd,
                              sources, err);
  /* one thread: the walks end before Louvain starts, so their memory and igraph's copy are
   * never held at once (the values are the same either way) */
  if (b && threads <= 1) rc = walks_done(b, vs, nv, *sources, rc, err), b = NULL;
  if (rc == DG_OK && (need & DG_MEASURE_COMMUNITY)) rc = louvain(vs, nv, p, release, gd, err);
  let_go(release);
  return b ? walks_done(b, vs, nv, *sources, rc, err) : rc;
}

dg_err dg_graph_centrality(dg_vertex *vs, size_t nv, const dg_pairs *p, unsigned need,
                           uint32_t *sources, dg_igraph_guard *gd, dg_error *err) {
  return centrality(vs, nv, p, NULL, need, 1, sources, gd, err);
}
