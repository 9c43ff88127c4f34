/* PageRank of the simple graph behind a view (metrics.c's pairs), by power iteration over
 * the pairs themselves: no copy of the graph, only three vectors of one double a vertex.
 * The model is igraph's weighted undirected PageRank as PRPACK solves it: a pair {a, b}
 * of weight w is an arc each way of weight w (a self-loop, an arc a -> a twice); a vertex
 * hands its rank to its neighbours in proportion to the weights; a vertex without a
 * positive weight (isolated, "dangling") hands it to every vertex evenly; and with
 * probability 1 - damping the walk jumps to any vertex evenly:
 *   x'[i] = (1 - d) / n + d * (dangling rank / n + sum over pairs {i, j} of w x[j] / s[j])
 * with s[j] the sum of j's weights. Pairs whose weight is not positive are left out, as
 * PRPACK leaves them out. From the uniform vector it iterates until the L1 change is below
 * DG_PAGERANK_TOLERANCE or DG_PAGERANK_MAX_ITERATIONS are done, then scales to sum 1 and
 * rounds each value to DG_PAGERANK_BITS significant bits: the sums' rounding differs with
 * the order terms arrive in, so two vertices the model ranks equal (the same neighbours)
 * could differ in the last bit and a top N keep one by chance; rounded, they are equal and
 * the id decides, as the ranking says.
 * Invariant: pairs are added in their order and vertices in index order, on one thread,
 * so the same pairs give the same bytes on every run. */
#include <math.h>
#include <stdlib.h>

#include "graph/graph_int.h"

/* Whether pair i counts: its weight positive (NaN is not). */
static int counts(const dg_pairs *p, size_t i) { return p->w.v[i] > 0; }

/* s[v]: the sum of v's weights (a self-loop's twice). */
static void strengths(const dg_pairs *p, double *s, size_t nv) {
  for (size_t v = 0; v < nv; v++) s[v] = 0;
  for (size_t i = 0; i < p->w.n; i++) {
    if (!counts(p, i)) continue;
    s[p->ends.v[2 * i]] += p->w.v[i];
    s[p->ends.v[2 * i + 1]] += p->w.v[i];
  }
}

/* One step: next from x (both of nv values), share[v] = d / s[v] (0 when dangling).
 * Returns the L1 change. */
static double step(const dg_pairs *p, const double *share, const double *x, double *next,
                   size_t nv, double d) {
  double dangling = 0;
  for (size_t v = 0; v < nv; v++)
    if (share[v] == 0) dangling += x[v];
  double base = (1 - d) / (double)nv + d * dangling / (double)nv;
  for (size_t v = 0; v < nv; v++) next[v] = base;
  for (size_t i = 0; i < p->w.n; i++) {
    if (!counts(p, i)) continue;
    uint32_t a = p->ends.v[2 * i], b = p->ends.v[2 * i + 1];
    double w = p->w.v[i];
    next[a] += w * share[b] * x[b];
    next[b] += w * share[a] * x[a];
  }
  double change = 0;
  for (size_t v = 0; v < nv; v++) change += fabs(next[v] - x[v]);
  return change;
}

/* v rounded to DG_PAGERANK_BITS significant bits. */
static double rounded(double v) {
  int e;
  double m = frexp(v, &e);
  return ldexp(nearbyint(ldexp(m, DG_PAGERANK_BITS)), e - DG_PAGERANK_BITS);
}

/* The iterations, from the uniform vector; returns whichever of buf[0], buf[1] holds the
 * last iterate. */
static double *iterate(const dg_pairs *p, const double *share, double *buf[2], size_t nv,
                       double d) {
  double *x = buf[0], *next = buf[1];
  for (size_t v = 0; v < nv; v++) x[v] = 1.0 / (double)nv;
  for (int it = 0; it < DG_PAGERANK_MAX_ITERATIONS; it++) {
    double change = step(p, share, x, next, nv, d);
    double *t = x;
    x = next, next = t;
    if (change < DG_PAGERANK_TOLERANCE) break;
  }
  return x;
}

int dg_pagerank(const dg_pairs *p, size_t nv, double damping, double *out) {
  if (nv == 0) return 0;
  double *share = malloc(nv * sizeof *share), *other = malloc(nv * sizeof *other);
  if (!share || !other) {
    free(share);
    free(other);
    return -1;
  }
  strengths(p, share, nv);
  for (size_t v = 0; v < nv; v++) share[v] = share[v] > 0 ? damping / share[v] : 0;
  double *buf[2] = {out, other};
  double *x = iterate(p, share, buf, nv, damping), sum = 0;
  for (size_t v = 0; v < nv; v++) sum += x[v];
  for (size_t v = 0; v < nv; v++) out[v] = rounded(x[v] / sum);
  free(share);
  free(other);
  return 0;
}
