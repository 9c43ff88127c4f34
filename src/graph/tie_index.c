/* The index of the tie accumulators (see graph/graph_int.h): an open-addressing table of
 * indices into g->ea, hashed by (ends, kind) and compared against the accumulators
 * themselves, so a tie costs its 4-byte slot and no copy of its key. A corpus of 20,000
 * documents has 1.4 million ties: a byte-string map held 37 bytes of key and entry for
 * each beyond its slots. Invariant: every accumulator is in the table exactly once, under
 * its ends as dg_graph_tie_ends orders them, and at most three quarters of the slots are
 * used (linear probing stays short at that load: the 1.56 million ties of a 100 MB file
 * fit 2^21 slots, 8 MB, where at half they took 16 MB); or the table is empty (dropped
 * while a view is built, put again by the next find or put). */
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

static uint64_t tie_hash(uint32_t a, uint32_t b, dg_rel_kind kind) {
  uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
  h ^= (uint64_t)kind * 0xC2B2AE3D27D4EB4Full;
  return h ^ h >> 29;
}

void dg_graph_tie_ends(const dg_graph *g, uint32_t *a, uint32_t *b, dg_rel_kind kind) {
  if (!dg_rel_kind_directed(kind) && strcmp(g->va.v[*a].id, g->va.v[*b].id) > 0) {
    uint32_t t = *a;
    *a = *b;
    *b = t;
  }
}

/* The slot of the tie, or of the empty slot where it would go. */
static uint32_t *slot_of(const dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind) {
  size_t mask = g->tslots.n - 1, i = (size_t)tie_hash(a, b, kind) & mask;
  for (;; i = (i + 1) & mask) {
    uint32_t *s = &g->tslots.v[i];
    if (!*s) return s;
    const eacc *e = &g->ea.v[*s - 1];
    if (e->a == a && e->b == b && e->kind == (uint8_t)kind) return s;
  }
}

/* Whether n slots hold `ties` within the load the table keeps. */
static int fits(size_t ties, size_t n) {
  return 4 * ties <= 3 * n;
}

/* Twice the slots (at least 1024, and room for one more accumulator), every accumulator
 * put again; -1 when memory runs out. */
static int grow(dg_graph *g) {
  size_t n = g->tslots.n ? g->tslots.n * 2 : 1024;
  while (!fits(g->ea.n + 1, n)) n *= 2;
  uint32_t *v = calloc(n, sizeof *v);
  if (!v) return -1;
  free(g->tslots.v);
  g->tslots.v = v;
  g->tslots.n = g->tslots.cap = n;
  for (size_t i = 0; i < g->ea.n; i++) {
    const eacc *e = &g->ea.v[i];
    *slot_of(g, e->a, e->b, (dg_rel_kind)e->kind) = (uint32_t)i + 1;
  }
  return 0;
}

long dg_graph_tie_find(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind) {
  if (!g->tslots.n && (!g->ea.n || grow(g))) return -1; /* none, or dropped by a build */
  uint32_t s = *slot_of(g, a, b, kind);
  return s ? (long)s - 1 : -1;
}

long dg_graph_tie_put(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, int *added) {
  *added = 0;
  if (!fits(g->ea.n + 1, g->tslots.n) && grow(g)) return -1;
  uint32_t *s = slot_of(g, a, b, kind);
  if (*s) return (long)*s - 1;
  eacc e = {.a = a, .b = b, .kind = (uint8_t)kind, .last_doc = UINT32_MAX,
            .first = DG_EV_NONE, .ev_head = DG_EV_NONE, .ev_last_sent = DG_EV_NONE};
  if (DG_PUSH(g->ea, e)) return -1;
  *s = (uint32_t)g->ea.n;
  *added = 1;
  return (long)g->ea.n - 1;
}

void dg_graph_tie_index_drop(dg_graph *g) {
  free(g->tslots.v);
  memset(&g->tslots, 0, sizeof g->tslots);
}
