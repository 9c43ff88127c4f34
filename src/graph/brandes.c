/* Betweenness by Brandes's walks over an undirected simple graph, the walks from a list of
 * sources split into chunks that threads take in turn (see graph_int.h, dg_brandes_*).
 * Each chunk adds its sources' dependencies, source after source, into an array of its
 * own; when all are done the chunks are added in chunk order. How many chunks depends on
 * the work alone (dg_brandes_chunks), never on the threads, so a graph gives the same
 * bits whatever the thread count and whichever thread walked which chunk. With one chunk
 * the sums are igraph 0.10's (igraph_betweenness, igraph_betweenness_subset) bit for bit:
 * the same breadth-first order (neighbours by increasing index, loops left out), the same
 * path counts and the same additions in the same order. A vertex's predecessors are found
 * again on the way back (its neighbours one step nearer the source) instead of kept in
 * lists (4 bytes an arc a thread): each predecessor p gets one addition from v, and the
 * additions into p come in the order of the v's, so the order in which v's predecessors
 * are visited changes no bit. No igraph call here: Debian's
 * igraph 0.10 is built without IGRAPH_THREAD_SAFE (its error and cleanup stacks are
 * process-wide), so igraph itself must never run on two threads at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

/* A thread's working arrays, one entry a vertex. */
typedef struct {
  int32_t *dist; /* -1: not reached */
  double *sigma, *delta;
  uint32_t *order; /* the vertices in the order the walk reached them */
} walker;

struct dg_brandes {
  size_t nv, ns, nchunks;
  uint32_t *off, *adj; /* neighbours of v: adj[off[v] .. off[v + 1]), increasing */
  uint32_t *src;       /* the sources, walked in this order */
  double *sums;        /* chunk c's sums at sums[c * nv] */
  atomic_size_t next;  /* the next chunk to take */
  atomic_int failed;   /* a thread ran out of memory */
  pthread_t th[DG_BRANDES_MAX_THREADS];
  int nth;
  /* each thread's arrays, the caller's last; made and freed by the caller, so no thread's
   * own malloc arena keeps their pages after the walks (10 MB of c20000's peak) */
  walker w[DG_BRANDES_MAX_THREADS + 1];
  atomic_int nextw; /* the next walker to hand out */
};


size_t dg_brandes_chunks(size_t sources, size_t pairs) {
  if ((double)sources * (double)pairs < DG_BRANDES_SPLIT_WORK) return 1;
  return sources < DG_BRANDES_CHUNKS ? (sources ? sources : 1) : DG_BRANDES_CHUNKS;
}

/* The neighbour lists of pairs ends[0..2 npairs) on nv vertices into b->off and b->adj,
 * each list increasing: the lists are made once in pair order, then read vertex after
 * vertex into the final ones (u appended to each of its neighbours' lists, u rising). */
static int adjacency(dg_brandes *b, const uint32_t *ends, size_t npairs) {
  size_t nv = b->nv;
  uint32_t *off0 = calloc(nv + 1, sizeof *off0), *fill = calloc(nv + 1, sizeof *fill);
  b->off = calloc(nv + 1, sizeof *b->off);
  size_t n = 0;
  for (size_t i = 0; i < npairs; i++) n += ends[2 * i] != ends[2 * i + 1] ? 2 : 0;
  uint32_t *adj0 = malloc((n + 1) * sizeof *adj0);
  b->adj = malloc((n + 1) * sizeof *b->adj);
  if (!off0 || !fill || !b->off || !adj0 || !b->adj) return free(off0), free(fill), free(adj0), -1;
  for (size_t i = 0; i < npairs; i++)
    if (ends[2 * i] != ends[2 * i + 1]) off0[ends[2 * i] + 1]++, off0[ends[2 * i + 1] + 1]++;
  for (size_t v = 0; v < nv; v++) off0[v + 1] += off0[v];
  memcpy(b->off, off0, (nv + 1) * sizeof *off0);
  for (size_t i = 0; i < npairs; i++) {
    uint32_t a = ends[2 * i], c = ends[2 * i + 1];
    if (a == c) continue;
    adj0[off0[a] + fill[a]++] = c;
    adj0[off0[c] + fill[c]++] = a;
  }
  memset(fill, 0, (nv + 1) * sizeof *fill);
  for (uint32_t u = 0; u < nv; u++)
    for (uint32_t k = off0[u]; k < off0[u + 1]; k++) {
      uint32_t v = adj0[k];
      b->adj[b->off[v] + fill[v]++] = u;
    }
  free(off0);
  free(fill);
  free(adj0);
  return 0;
}

/* The walk from s: path counts forward, dependencies back, each vertex but s adding its
 * own into sum (igraph's order of operations, see the top). */
static void walk(const dg_brandes *b, walker *w, uint32_t s, double *sum) {
  size_t head = 0, n = 0;
  w->order[n++] = s;
  w->dist[s] = 0;
  w->sigma[s] = 1;
  while (head < n) {
    uint32_t v = w->order[head++];
    int32_t next = w->dist[v] + 1;
    for (uint32_t k = b->off[v]; k < b->off[v + 1]; k++) {
      uint32_t u = b->adj[k];
      if (w->dist[u] < 0) {
        w->dist[u] = next;
        w->order[n++] = u;
      }
      if (w->dist[u] == next) w->sigma[u] += w->sigma[v];
    }
  }
  for (size_t i = n; i-- > 0;) {
    uint32_t v = w->order[i];
    double coeff = (1 + w->delta[v]) / w->sigma[v];
    int32_t before = w->dist[v] - 1; /* v's predecessors' distance */
    for (uint32_t k = b->off[v]; k < b->off[v + 1]; k++) {
      uint32_t p = b->adj[k];
      if (w->dist[p] == before) w->delta[p] += w->sigma[p] * coeff;
    }
    if (v != s) sum[v] += w->delta[v];
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t v = w->order[i];
    w->dist[v] = -1;
    w->sigma[v] = w->delta[v] = 0;
  }
}

/* w's arrays for nv vertices; 0 or -1. */
static int walker_new(walker *w, size_t nv) {
  *w = (walker){malloc((nv + 1) * sizeof *w->dist), calloc(nv + 1, sizeof *w->sigma),
                calloc(nv + 1, sizeof *w->delta), malloc((nv + 1) * sizeof *w->order)};
  if (!w->dist || !w->sigma || !w->delta || !w->order) return -1;
  for (size_t v = 0; v < nv; v++) w->dist[v] = -1;
  return 0;
}

static void walker_free(walker *w) {
  free(w->dist);
  free(w->sigma);
  free(w->delta);
  free(w->order);
}

/* Chunks taken in turn until none is left (or a thread has failed), with the next walker. */
static void *take_chunks(void *arg) {
  dg_brandes *b = arg;
  walker *w = &b->w[atomic_fetch_add(&b->nextw, 1)];
  for (size_t c; !atomic_load(&b->failed) && (c = atomic_fetch_add(&b->next, 1)) < b->nchunks;) {
    size_t from = c * b->ns / b->nchunks, to = (c + 1) * b->ns / b->nchunks;
    for (size_t i = from; i < to; i++) walk(b, w, b->src[i], b->sums + c * b->nv);
  }
  return NULL;
}

static void brandes_free(dg_brandes *b) {
  for (size_t k = 0; k < sizeof b->w / sizeof b->w[0]; k++) walker_free(&b->w[k]);
  free(b->off);
  free(b->adj);
  free(b->src);
  free(b->sums);
  free(b);
}

dg_err dg_brandes_start(dg_brandes **out, const uint32_t *ends, size_t npairs, size_t nv,
                        const uint32_t *sources, size_t ns, int threads, dg_error *err) {
  dg_brandes *b = calloc(1, sizeof *b);
  *out = NULL;
  if (!b) return dg_error_set(err, DG_ENOMEM, "out of memory");
  b->nv = nv;
  b->ns = ns;
  b->nchunks = dg_brandes_chunks(ns, npairs);
  b->src = malloc((ns + 1) * sizeof *b->src);
  b->sums = calloc(b->nchunks * nv + 1, sizeof *b->sums);
  if (!b->src || !b->sums || adjacency(b, ends, npairs)) {
    brandes_free(b);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (ns) memcpy(b->src, sources, ns * sizeof *sources);
  atomic_init(&b->next, 0);
  atomic_init(&b->failed, 0);
  int more = threads - 1; /* the caller is one of the threads, from dg_brandes_finish */
  if ((size_t)more > b->nchunks - 1) more = (int)(b->nchunks - 1);
  if (more > DG_BRANDES_MAX_THREADS) more = DG_BRANDES_MAX_THREADS;
  for (int k = 0; k <= more; k++)
    if (walker_new(&b->w[k], nv)) {
      brandes_free(b);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
  atomic_init(&b->nextw, 0);
  for (int k = 0; k < more && pthread_create(&b->th[k], NULL, take_chunks, b) == 0; k++) b->nth++;
  *out = b;
  return DG_OK;
}

dg_err dg_brandes_finish(dg_brandes *b, double *res, dg_error *err) {
  take_chunks(b);
  for (int k = 0; k < b->nth; k++) pthread_join(b->th[k], NULL);
  int failed = atomic_load(&b->failed) || !res;
  for (size_t v = 0; v < b->nv && !failed; v++) {
    double x = b->sums[v];
    for (size_t c = 1; c < b->nchunks; c++) x += b->sums[c * b->nv + v];
    res[v] = x;
  }
  brandes_free(b);
  return failed ? dg_error_set(err, DG_ENOMEM, "out of memory (betweenness)") : DG_OK;
}
