/* PageRank by power iteration (src/graph/pagerank.c) against igraph's PRPACK, which the
 * measures used before: the same values to 1e-9 on weighted graphs with isolated
 * vertices, several components, a self-loop, and one large enough (over 128 vertices)
 * for PRPACK to iterate rather than eliminate; sums to 1; the same bytes on every call;
 * vertices with the same neighbours the same value to the bit.
 * A variant that drops the dangling vertices' rank is shown to miss igraph's values, so
 * the comparison would catch that mistake. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"
#include "testutil.h"

#define DAMPING 0.85

typedef struct {
  size_t nv, np;
  uint32_t ends[2 * 4096];
  double w[4096];
} pairs_in;

static dg_pairs as_pairs(pairs_in *in) {
  dg_pairs p = {.ends = {in->ends, 2 * in->np, 2 * in->np}, .w = {in->w, in->np, in->np}};
  return p;
}

static void add(pairs_in *in, uint32_t a, uint32_t b, double w) {
  ck_assert_uint_lt(in->np, 4096);
  in->ends[2 * in->np] = a, in->ends[2 * in->np + 1] = b;
  in->w[in->np++] = w;
}

/* igraph's weighted undirected PageRank (PRPACK) of the pairs. */
static double *igraph_ranks(pairs_in *in) {
  igraph_vector_int_t el;
  igraph_vector_t w, res;
  igraph_t g;
  ck_assert_int_eq(igraph_vector_int_init(&el, (igraph_integer_t)(2 * in->np)), 0);
  for (size_t i = 0; i < 2 * in->np; i++) VECTOR(el)[i] = in->ends[i];
  ck_assert_int_eq(igraph_create(&g, &el, (igraph_integer_t)in->nv, IGRAPH_UNDIRECTED), 0);
  ck_assert_int_eq(igraph_vector_init(&w, (igraph_integer_t)in->np), 0);
  for (size_t i = 0; i < in->np; i++) VECTOR(w)[i] = in->w[i];
  ck_assert_int_eq(igraph_vector_init(&res, 0), 0);
  igraph_real_t value;
  ck_assert_int_eq(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                                   igraph_vss_all(), 0, DAMPING, &w, NULL),
                   0);
  double *r = malloc(in->nv * sizeof *r);
  for (size_t i = 0; i < in->nv; i++) r[i] = VECTOR(res)[i];
  igraph_vector_destroy(&res);
  igraph_vector_destroy(&w);
  igraph_destroy(&g);
  igraph_vector_int_destroy(&el);
  return r;
}

static double *our_ranks(pairs_in *in) {
  double *r = malloc(in->nv * sizeof *r);
  dg_pairs p = as_pairs(in);
  ck_assert_int_eq(dg_pagerank(&p, in->nv, DAMPING, r), 0);
  return r;
}

/* The largest difference between two rank vectors. */
static double max_diff(const double *a, const double *b, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs(a[i] - b[i]));
  return m;
}

/* Power iteration as pagerank.c but with the dangling vertices' rank dropped (then scaled
 * to sum 1): the mistake the comparison must catch. */
static double *without_dangling(pairs_in *in) {
  size_t n = in->nv;
  double *s = calloc(n, sizeof *s), *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
  for (size_t i = 0; i < in->np; i++) {
    s[in->ends[2 * i]] += in->w[i];
    s[in->ends[2 * i + 1]] += in->w[i];
  }
  for (size_t v = 0; v < n; v++) x[v] = 1.0 / (double)n;
  for (int it = 0; it < 2000; it++) {
    for (size_t v = 0; v < n; v++) y[v] = (1 - DAMPING) / (double)n;
    for (size_t i = 0; i < in->np; i++) {
      uint32_t a = in->ends[2 * i], b = in->ends[2 * i + 1];
      y[a] += DAMPING * in->w[i] * x[b] / s[b];
      y[b] += DAMPING * in->w[i] * x[a] / s[a];
    }
    double sum = 0;
    for (size_t v = 0; v < n; v++) sum += y[v];
    for (size_t v = 0; v < n; v++) x[v] = y[v] / sum;
  }
  free(s);
  free(y);
  return x;
}

/* Graph 0: two weighted components and an isolated vertex. 1: a self-loop and an isolated
 * vertex. 2: a path and a star, unweighted. 3: 600 vertices, random weights, 40 isolated,
 * several components (PRPACK iterates above 128 vertices). */
static void make(pairs_in *in, int which) {
  memset(in, 0, sizeof *in);
  if (which == 0) {
    in->nv = 7;
    add(in, 0, 1, 2), add(in, 1, 2, 1), add(in, 0, 2, 3.5), add(in, 3, 4, 1), add(in, 4, 6, 0.25);
  } else if (which == 1) {
    in->nv = 4;
    add(in, 0, 0, 2), add(in, 0, 1, 1), add(in, 1, 2, 1);
  } else if (which == 2) {
    in->nv = 12;
    for (uint32_t v = 0; v < 5; v++) add(in, v, v + 1, 1);
    for (uint32_t v = 7; v < 12; v++) add(in, 6, v, 1);
  } else {
    in->nv = 600;
    uint64_t x = 99;
    for (int k = 0; k < 3000; k++) {
      x = x * 6364136223846793005u + 1442695040888963407u;
      uint32_t a = (uint32_t)((x >> 33) % 560), b = (uint32_t)((x >> 13) % 560);
      if (a == b || (a < 280) != (b < 280)) continue; /* two halves, never joined */
      add(in, a < b ? a : b, a < b ? b : a, 1 + (double)((x >> 50) % 97) / 7.0);
    }
  }
}

START_TEST(test_pagerank_as_prpack) {
  pairs_in *in = malloc(sizeof *in);
  make(in, _i);
  double *ours = our_ranks(in), *theirs = igraph_ranks(in), sum = 0;
  for (size_t v = 0; v < in->nv; v++) sum += ours[v];
  ck_assert_double_eq_tol(sum, 1.0, 1e-12);
  double d = max_diff(ours, theirs, in->nv);
  ck_assert_msg(d < 1e-9, "graph %d: off by %g", _i, d);
  double *again = our_ranks(in);
  ck_assert(memcmp(ours, again, in->nv * sizeof *ours) == 0);
  free(again);
  free(ours);
  free(theirs);
  free(in);
}
END_TEST

/* Graph 0 has an isolated vertex: dropping its rank moves every value well beyond 1e-9. */
START_TEST(test_pagerank_dangling_matters) {
  pairs_in *in = malloc(sizeof *in);
  make(in, 0);
  double *theirs = igraph_ranks(in), *dropped = without_dangling(in);
  ck_assert_double_gt(max_diff(dropped, theirs, in->nv), 1e-3);
  free(theirs);
  free(dropped);
  free(in);
}
END_TEST

/* Two vertices with the same neighbours (and each other) get the same value to the last
 * bit, though their terms are summed in different orders: a top N then keeps the one
 * with the smaller id, not the one the rounding favoured. */
START_TEST(test_pagerank_twins_equal) {
  pairs_in *in = malloc(sizeof *in);
  memset(in, 0, sizeof *in);
  in->nv = 9;
  /* 1 and 7 are tied to each other and, with the same weights, to 0, 2, 3, 6 and 8;
   * their pairs listed in different orders (without the rounding, 7 gets 3e-17 more) */
  add(in, 1, 0, 0.9), add(in, 1, 2, 5.1), add(in, 1, 3, 4.6), add(in, 1, 6, 1.6);
  add(in, 1, 8, 3.0), add(in, 1, 7, 1.1);
  add(in, 0, 7, 0.9), add(in, 2, 7, 5.1), add(in, 3, 7, 4.6), add(in, 7, 8, 3.0);
  add(in, 6, 7, 1.6);
  add(in, 0, 2, 1), add(in, 3, 6, 0.7), add(in, 2, 8, 0.9), add(in, 4, 5, 1);
  double *r = our_ranks(in);
  ck_assert(memcmp(&r[1], &r[7], sizeof *r) == 0);
  free(r);
  free(in);
}
END_TEST

/* No vertices: nothing to do; weights that are not positive count as no pair at all. */
START_TEST(test_pagerank_edges) {
  dg_pairs none = {0};
  ck_assert_int_eq(dg_pagerank(&none, 0, DAMPING, NULL), 0);
  pairs_in *in = malloc(sizeof *in);
  memset(in, 0, sizeof *in);
  in->nv = 3;
  add(in, 0, 1, -1), add(in, 1, 2, 0);
  double *r = our_ranks(in);
  for (size_t v = 0; v < 3; v++) ck_assert_double_eq_tol(r[v], 1.0 / 3, 1e-12);
  free(r);
  free(in);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("pagerank");
  TCase *tc = tcase_create("pagerank");
  tcase_add_loop_test(tc, test_pagerank_as_prpack, 0, 4);
  tcase_add_test(tc, test_pagerank_dangling_matters);
  tcase_add_test(tc, test_pagerank_twins_equal);
  tcase_add_test(tc, test_pagerank_edges);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
