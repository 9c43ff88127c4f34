/* Measures at scale: on a graph the size of a 2,000-document corpus's, PageRank is the same
 * bytes on every build even when the process asks OpenMP for several threads (igraph runs
 * on one inside docgraph, and the process's setting is put back); betweenness is exact up
 * to DG_BETWEENNESS_WORK and sampled above it, deterministically, close to the exact
 * values, with the method in the provenance; a build computes only the measures asked. */
#define _GNU_SOURCE /* RTLD_DEFAULT */
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/graph_igraph.h"
#include "graph/graph_int.h"
#include "testutil.h"

/* A preferential-attachment graph of n vertices, each tied to `per` earlier ones with
 * weights 1..9 (a fixed linear congruential sequence: the same graph every time). */
static dg_graph *big_graph(size_t n, size_t per) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  char id[48], to[48];
  uint64_t x = 12345;
  uint32_t *ends = malloc(2 * n * per * sizeof *ends);
  size_t ne = 0;
  for (size_t i = 0; i < n; i++) {
    snprintf(id, sizeof id, "organization:v%05zu", i);
    ck_assert_int_eq(dg_graph_put_vertex(g, id, DG_TYPE_ORGANIZATION, id, "", NULL, 1, 1, &err),
                     DG_OK);
    for (size_t k = 0; i > 0 && k < per; k++) {
      x = x * 6364136223846793005u + 1442695040888963407u;
      /* half the time an end of an earlier edge (preferential), else any earlier vertex */
      size_t j = ne && (x >> 63) ? ends[(x >> 20) % ne] : (size_t)((x >> 33) % i);
      if (j == i) continue;
      snprintf(to, sizeof to, "organization:v%05zu", j);
      dg_err r = dg_graph_put_edge(g, to, id, DG_REL_CO_OCCURS, 1 + (uint32_t)((x >> 40) % 9), 0,
                                   1, 1, NULL, NULL, &err);
      ck_assert_int_eq(r, DG_OK);
      ends[ne++] = (uint32_t)i, ends[ne++] = (uint32_t)j;
    }
  }
  free(ends);
  return g;
}

/* The process's OpenMP runtime (igraph's), looked up as docgraph does. */
static int (*omp_get)(void);
static void (*omp_set)(int);

static int have_omp(void) {
  omp_get = (int (*)(void))dlsym(RTLD_DEFAULT, "omp_get_max_threads");
  omp_set = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_num_threads");
  return omp_get && omp_set;
}

/* PageRank of the built view, each value's bytes. */
static double *pageranks(const dg_graph *g) {
  size_t n = dg_graph_vertex_count(g);
  double *p = malloc(n * sizeof *p);
  for (size_t i = 0; i < n; i++) p[i] = dg_graph_vertex(g, i)->pagerank;
  return p;
}

START_TEST(test_pagerank_same_bytes_with_threads) {
  if (!have_omp()) return; /* an igraph without OpenMP has nothing to pin */
  dg_graph *g = big_graph(2000, 20);
  omp_set(4);
  dg_graph_filter f = {.measures = DG_MEASURE_PAGERANK};
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  double *first = pageranks(g);
  size_t n = dg_graph_vertex_count(g);
  for (int run = 0; run < 6; run++) {
    ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
    double *again = pageranks(g);
    size_t differ = 0;
    for (size_t i = 0; i < n; i++) differ += memcmp(&first[i], &again[i], sizeof *first) != 0;
    ck_assert_msg(differ == 0, "build %d: %zu of %zu PageRank values changed", run, differ, n);
    free(again);
  }
  /* the process's setting is its own again */
  ck_assert_int_eq(omp_get(), 4);
  free(first);
  dg_graph_free(g);
}
END_TEST

/* How many sources: 0 (exact) while vertices x edges <= DG_BETWEENNESS_WORK. */
static const struct {
  size_t vertices, edges;
  uint32_t sources;
} budgets[] = {
    {0, 0, 0},          {50, 1000, 0},         {1000, 100000, 0},       {1001, 100000, 1000},
    {10000, 200000, 500}, {20000, 550000, 182}, {100000, 10000000, 100}, {150, 10000000, 100}, {100, 10000000, 0},
};

START_TEST(test_betweenness_budget) {
  ck_assert_uint_eq(dg_betweenness_sources(budgets[_i].vertices, budgets[_i].edges,
                                           DG_BETWEENNESS_WORK),
                    budgets[_i].sources);
}
END_TEST

/* Exact values of the built view's simple graph, through igraph directly. */
static double *exact_betweenness(const dg_graph *g) {
  const igraph_t *ig = dg_graph_igraph(g);
  igraph_t simple;
  igraph_copy(&simple, ig);
  igraph_simplify(&simple, 1, 1, NULL);
  igraph_vector_t res;
  igraph_vector_init(&res, 0);
  igraph_betweenness(&simple, &res, igraph_vss_all(), 0, NULL);
  size_t n = (size_t)igraph_vector_size(&res);
  double *b = malloc(n * sizeof *b);
  for (size_t i = 0; i < n; i++) b[i] = VECTOR(res)[i];
  igraph_vector_destroy(&res);
  igraph_destroy(&simple);
  return b;
}

/* The pairs of ig (its edges' ends) into a new array; NULL when memory runs out. */
static uint32_t *ends_of(const igraph_t *ig) {
  size_t ne = (size_t)igraph_ecount(ig);
  uint32_t *ends = malloc((2 * ne + 1) * sizeof *ends);
  for (size_t i = 0; ends && i < ne; i++) {
    ends[2 * i] = (uint32_t)IGRAPH_FROM(ig, (igraph_integer_t)i);
    ends[2 * i + 1] = (uint32_t)IGRAPH_TO(ig, (igraph_integer_t)i);
  }
  return ends;
}

/* Betweenness of every vertex of ig into res, exact or sampled within `budget`, through
 * the library's two steps on one thread (how many sources into *sources, 0 for exact). */
static dg_err graph_betweenness(const igraph_t *ig, igraph_vector_t *res, double budget,
                            dg_igraph_guard *gd, uint32_t *sources, dg_error *err) {
  size_t nv = (size_t)igraph_vcount(ig), ne = (size_t)igraph_ecount(ig);
  uint32_t *ends = ends_of(ig);
  igraph_error_t r = ends ? igraph_vector_resize(res, (igraph_integer_t)nv) : IGRAPH_ENOMEM;
  if (r != IGRAPH_SUCCESS) {
    free(ends);
    return dg_igraph_fail(gd, r, "allocating results", err);
  }
  dg_brandes *b;
  dg_err rc = dg_betweenness_start(&b, ends, ne, nv, budget, 1, gd, sources, err);
  free(ends);
  if (rc == DG_OK) rc = dg_betweenness_finish(b, nv, *sources, VECTOR(*res), err);
  return rc;
}

/* Sampled within a budget of `sources` x edges, through the steps a build calls. */
static double *sampled_betweenness(const dg_graph *g, uint32_t want) {
  const igraph_t *ig = dg_graph_igraph(g);
  igraph_t simple;
  igraph_copy(&simple, ig);
  igraph_simplify(&simple, 1, 1, NULL);
  igraph_vector_t res;
  igraph_vector_init(&res, 0);
  dg_igraph_guard gd;
  dg_error err = {0};
  uint32_t sources = 0;
  dg_igraph_enter(&gd);
  dg_err r = graph_betweenness(&simple, &res, (double)want * (double)igraph_ecount(&simple),
                                  &gd, &sources, &err);
  dg_igraph_leave(&gd);
  ck_assert_int_eq(r, DG_OK);
  ck_assert_uint_eq(sources, want);
  size_t n = (size_t)igraph_vector_size(&res);
  double *b = malloc(n * sizeof *b);
  for (size_t i = 0; i < n; i++) b[i] = VECTOR(res)[i];
  igraph_vector_destroy(&res);
  igraph_destroy(&simple);
  return b;
}

/* Sampled from 750 of 1,500 sources, scaled by 2: the sum within 5 % of the exact sum and
 * the ten most central vertices within 25 % of their exact values (the estimate is
 * unbiased; single hubs vary most); the build itself, below the budget, exactly igraph's. */
START_TEST(test_betweenness_estimate) {
  dg_graph *g = big_graph(1500, 12);
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  size_t n = dg_graph_vertex_count(g);
  double *ex = exact_betweenness(g), *est = sampled_betweenness(g, 750);
  double sum = 0, sum_est = 0;
  for (size_t i = 0; i < n; i++) {
    ck_assert_double_eq_tol(dg_graph_vertex(g, i)->betweenness, ex[i], 1e-9 * (1 + ex[i]));
    sum += ex[i], sum_est += est[i];
  }
  ck_assert_msg(fabs(sum_est - sum) <= 0.05 * sum, "sum %g, exactly %g", sum_est, sum);
  for (int top = 0; top < 10; top++) {
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
      if (ex[i] > ex[best]) best = i;
    ck_assert_msg(fabs(est[best] - ex[best]) <= 0.25 * ex[best], "vertex %zu: %g, exactly %g",
                  best, est[best], ex[best]);
    ex[best] = -1;
  }
  free(ex);
  free(est);
  dg_graph_free(g);
}
END_TEST

/* Above DG_BETWEENNESS_WORK a build samples: the same values on every build, and the
 * provenance says how. */
START_TEST(test_betweenness_sampled) {
  dg_graph *g = big_graph(2500, 25);
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  size_t n = dg_graph_vertex_count(g);
  uint32_t k = dg_betweenness_sources(n, dg_graph_edge_count(g), DG_BETWEENNESS_WORK);
  ck_assert_uint_gt(k, 0);
  ck_assert_uint_lt(k, n);
  double *est = malloc(n * sizeof *est);
  for (size_t i = 0; i < n; i++) est[i] = dg_graph_vertex(g, i)->betweenness;
  dg_provenance p;
  dg_graph_provenance(g, &p);
  char want[96];
  snprintf(want, sizeof want, "betweenness=sampled betweenness_sources=%u betweenness_seed=42", k);
  ck_assert_msg(strstr(p.options, want), "provenance: %s", p.options);
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(!memcmp(&est[i], &dg_graph_vertex(g, i)->betweenness, sizeof *est),
                  "vertex %zu changed", i);
  free(est);
  dg_graph_free(g);
}
END_TEST

/* Below the budget: exactly igraph's betweenness, and nothing in the provenance. */
START_TEST(test_betweenness_exact) {
  dg_graph *g = big_graph(400, 5);
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  double *ex = exact_betweenness(g);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++)
    ck_assert_double_eq_tol(dg_graph_vertex(g, i)->betweenness, ex[i], 1e-9 * (1 + ex[i]));
  dg_provenance p;
  dg_graph_provenance(g, &p);
  ck_assert_ptr_null(strstr(p.options, "betweenness"));
  free(ex);
  dg_graph_free(g);
}
END_TEST

/* Betweenness of the built view, each value's bytes. */
static double *betweennesses(const dg_graph *g) {
  size_t n = dg_graph_vertex_count(g);
  double *b = malloc((n + 1) * sizeof *b);
  for (size_t i = 0; i < n; i++) b[i] = dg_graph_vertex(g, i)->betweenness;
  return b;
}

/* Below DG_BRANDES_SPLIT_WORK the walks are one chunk: igraph's sums, bit for bit, on any
 * number of threads. */
START_TEST(test_brandes_one_chunk_is_igraph) {
  dg_graph *g = big_graph(300, 4);
  dg_error err = {0};
  dg_graph_set_threads(g, 2);
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  size_t n = dg_graph_vertex_count(g);
  ck_assert_uint_eq(dg_brandes_chunks(n, dg_graph_edge_count(g)), 1);
  double *ex = exact_betweenness(g), *b = betweennesses(g);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(!memcmp(&ex[i], &b[i], sizeof *b), "vertex %zu: %.17g, igraph %.17g", i, b[i],
                  ex[i]);
  free(ex);
  free(b);
  dg_graph_free(g);
}
END_TEST

/* Above it, DG_BRANDES_CHUNKS chunks summed in chunk order: the same bits through 1, 2
 * and 5 threads (whichever thread walked which chunk), and igraph's values to 1e-9. */
START_TEST(test_brandes_chunks_same_bits) {
  dg_graph *g = big_graph(1500, 12);
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  size_t n = dg_graph_vertex_count(g);
  ck_assert_uint_eq(dg_brandes_chunks(n, dg_graph_edge_count(g)), DG_BRANDES_CHUNKS);
  double *one = betweennesses(g), *ex = exact_betweenness(g);
  for (size_t i = 0; i < n; i++) ck_assert_double_eq_tol(one[i], ex[i], 1e-9 * (1 + ex[i]));
  static const int threads[] = {2, 5, 2};
  for (size_t t = 0; t < sizeof threads / sizeof *threads; t++) {
    dg_graph_set_threads(g, threads[t]);
    ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
    double *b = betweennesses(g);
    ck_assert_msg(!memcmp(one, b, n * sizeof *b), "%d threads: other bits", threads[t]);
    free(b);
  }
  free(one);
  free(ex);
  dg_graph_free(g);
}
END_TEST

/* The walks directly: a path 0-1-2-3 and a square 4-5-6-7 (a loop 3-3 left out), from
 * every vertex, sources split in chunks or not: the textbook values, the same bits. */
START_TEST(test_brandes_small) {
  static const uint32_t ends[] = {0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 7, 4};
  static const uint32_t src[] = {0, 1, 2, 3, 4, 5, 6, 7};
  static const double want[] = {0, 4, 4, 0, 1, 1, 1, 1}; /* both ends counted: twice */
  double a[8], b[8];
  dg_brandes *w;
  dg_error err = {0};
  ck_assert_int_eq(dg_brandes_start(&w, ends, 8, 8, src, 8, 1, &err), DG_OK);
  ck_assert_int_eq(dg_brandes_finish(w, a, &err), DG_OK);
  ck_assert_int_eq(dg_brandes_start(&w, ends, 8, 8, src, 8, 3, &err), DG_OK);
  ck_assert_int_eq(dg_brandes_finish(w, b, &err), DG_OK);
  for (int i = 0; i < 8; i++) {
    ck_assert_double_eq(a[i], want[i]);
    ck_assert(!memcmp(&a[i], &b[i], sizeof *a));
  }
}
END_TEST

/* A build computes only the measures asked for; degree and strength always. */
START_TEST(test_measures_asked) {
  dg_graph *g = big_graph(300, 4);
  dg_error err = {0};
  dg_graph_filter f = {.measures = DG_MEASURE_PAGERANK};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  double pr = 0, btw = 0, deg = 0;
  int comm = 0;
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    pr += v->pagerank, btw += v->betweenness, deg += v->degree, comm += v->community;
  }
  ck_assert_double_eq_tol(pr, 1.0, 1e-9);
  ck_assert_double_eq(btw, 0);
  ck_assert_int_eq(comm, 0);
  ck_assert_double_gt(deg, 0);
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  btw = 0;
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) btw += dg_graph_vertex(g, i)->betweenness;
  ck_assert_double_gt(btw, 0);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("measures");
  TCase *tc = tcase_create("measures");
  tcase_add_test(tc, test_pagerank_same_bytes_with_threads);
  tcase_add_loop_test(tc, test_betweenness_budget, 0, (int)(sizeof budgets / sizeof *budgets));
  tcase_add_test(tc, test_betweenness_estimate);
  tcase_add_test(tc, test_betweenness_sampled);
  tcase_add_test(tc, test_betweenness_exact);
  tcase_add_test(tc, test_measures_asked);
  tcase_add_test(tc, test_brandes_one_chunk_is_igraph);
  tcase_add_test(tc, test_brandes_chunks_same_bits);
  tcase_add_test(tc, test_brandes_small);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
