/* Offset maps as runs (see docgraph/offmap.h): a break a place where the text and its
 * source stop moving in step, found by binary search. */
#include "docgraph/offmap.h"

#include <stdlib.h>

#include "base/buf.h"

int dg_offmap_put(dg_offmap *m, uint32_t t, uint32_t s) {
  dg_offmap_run *last = m->n ? &m->runs[m->n - 1] : NULL;
  if (last && last->to + (t - last->at) == s) return 0; /* the last run goes on through t */
  if (last && last->at == t) { /* a character that left no byte: the later one wins */
    last->to = s;
    return 0;
  }
  if (dg_vec_grow((void **)&m->runs, &m->cap, m->n + 1, sizeof *m->runs)) return -1;
  m->runs[m->n++] = (dg_offmap_run){t, s};
  return 0;
}

/* The run holding character start c: the last k whose `at` is at most c. */
static size_t run_of(const dg_offmap *m, uint32_t c) {
  size_t lo = 0, hi = m->n;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (m->runs[mid].at <= c) lo = mid;
    else hi = mid;
  }
  return lo;
}

uint32_t dg_offmap_at(const dg_offmap *m, const char *text, uint32_t t) {
  if (!m->n) return t;
  uint32_t c = t; /* the start of t's character (the text is valid UTF-8) */
  while (c > 0 && ((unsigned char)text[c] & 0xC0) == 0x80) c--;
  const dg_offmap_run *r = &m->runs[run_of(m, c)];
  return r->to + (c - r->at);
}

uint32_t dg_offmap_next(const dg_offmap *m, dg_offmap_cursor *c, uint32_t t) {
  if (!m->n) return t;
  while (c->k + 1 < m->n && m->runs[c->k + 1].at <= t) c->k++;
  return m->runs[c->k].to + (t - m->runs[c->k].at);
}

void dg_offmap_fit(dg_offmap *m) {
  dg_vec_fit((void **)&m->runs, &m->cap, m->n, sizeof *m->runs);
}

void dg_offmap_free(dg_offmap *m) {
  free(m->runs);
  m->runs = NULL;
  m->n = m->cap = 0;
}
