/* The mentions found so far, by sentence: the questions the name rules ask about a span
 * (a mention with exactly this span, one ending or starting here, one overlapping it) look
 * at the span's own sentence only, and at the mentions added lately.
 *
 * Invariant: a visit sees the mentions linked into the sentence of its offset, in the order
 * they were added, then every mention added since the last link-up, in order. The new
 * mentions are linked once more than 64 wait, each once: the index costs time linear in
 * the mentions. It must be dropped (dgn_index_free) whenever the mentions move. */
#include <stdlib.h>
#include <string.h>

#include "recognize/names_int.h"

#define SLACK 64          /* mentions added before they are linked into their sentences */
#define NONE UINT32_MAX /* the end of a sentence's chain */

void dgn_index_free(dgn_index *ix) {
  free(ix->head);
  free(ix->tail);
  free(ix->next);
  memset(ix, 0, sizeof *ix);
}

/* The group of a mention: its sentence, or the last group for none. */
static size_t group_of(const dg_doc *d, size_t i) {
  uint32_t s = d->ments[i].sentence;
  return s < d->nsents ? s : d->nsents;
}

/* Room for every sentence's chain, all empty; returns 0, or -1 when memory runs out. */
static int open_index(dgn_index *ix, size_t nsents) {
  ix->ngroups = nsents + 1;
  ix->head = malloc(ix->ngroups * sizeof *ix->head);
  ix->tail = malloc(ix->ngroups * sizeof *ix->tail);
  if (!ix->head || !ix->tail) return -1;
  for (size_t g = 0; g < ix->ngroups; g++) ix->head[g] = ix->tail[g] = NONE;
  return 0;
}

/* Room in `next` for n mentions; returns 0, or -1 when memory runs out. */
static int reserve(dgn_index *ix, size_t n) {
  if (n <= ix->cap) return 0;
  size_t cap = ix->cap ? ix->cap : 64;
  while (cap < n) cap *= 2;
  uint32_t *p = realloc(ix->next, cap * sizeof *p);
  if (!p) return -1;
  ix->next = p;
  ix->cap = cap;
  return 0;
}

/* Link the mentions added since the last link-up to the end of their sentences' chains. */
static void link_new(dgn_ctx *c) {
  const dg_doc *d = c->d;
  dgn_index *ix = &c->ix;
  if ((!ix->head && open_index(ix, d->nsents)) || reserve(ix, d->nments)) {
    dgn_index_free(ix);
    c->oom = 1;
    return;
  }
  for (size_t i = ix->built; i < d->nments; i++) {
    size_t g = group_of(d, i);
    ix->next[i] = NONE;
    if (ix->head[g] == NONE) ix->head[g] = (uint32_t)i;
    else ix->next[ix->tail[g]] = (uint32_t)i;
    ix->tail[g] = (uint32_t)i;
  }
  ix->built = d->nments;
}

int dgn_visit(dgn_ctx *c, uint32_t at, dgn_visit_fn f, void *arg) {
  dg_doc *d = c->d;
  if (!c->ix.head || d->nments - c->ix.built > SLACK) link_new(c);
  if (!c->ix.head) { /* out of memory: look at everything */
    for (size_t i = 0; i < d->nments; i++)
      if (f(&d->ments[i], i, arg)) return 1;
    return 0;
  }
  long s = dg_doc_sentence_at(d, at);
  size_t g = s < 0 ? d->nsents : (size_t)s;
  for (uint32_t i = c->ix.head[g]; i != NONE; i = c->ix.next[i])
    if (f(&d->ments[i], i, arg)) return 1;
  for (size_t i = c->ix.built; i < d->nments; i++)
    if (f(&d->ments[i], i, arg)) return 1;
  return 0;
}

/* ---- questions about a span ---- */

typedef struct {
  uint32_t a, z, types;
  long best;
  const dg_doc *d;
} query;

static int wanted(const query *q, const dg_mention *m) { return (q->types >> m->type) & 1; }

static int q_exact(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->start == q->a && m->end == q->z && wanted(q, m)) {
    q->best = (long)i;
    return 1;
  }
  return 0;
}

static int q_ending(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->end == q->z && wanted(q, m) && (q->best < 0 || m->start < q->d->ments[q->best].start))
    q->best = (long)i;
  return 0;
}

static int q_starting(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->start == q->a && wanted(q, m) && (q->best < 0 || m->end > q->d->ments[q->best].end))
    q->best = (long)i;
  return 0;
}

static int q_overlap(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  (void)i;
  return m->start < q->z && q->a < m->end && wanted(q, m);
}

long dgn_mention_exact(dgn_ctx *c, uint32_t a, uint32_t z, uint32_t types) {
  query q = {a, z, types, -1, c->d};
  dgn_visit(c, a, q_exact, &q);
  return q.best;
}

long dgn_mention_ending(dgn_ctx *c, uint32_t z, uint32_t types) {
  query q = {0, z, types, -1, c->d};
  dgn_visit(c, z ? z - 1 : 0, q_ending, &q);
  return q.best;
}

long dgn_mention_starting(dgn_ctx *c, uint32_t a, uint32_t types) {
  query q = {a, 0, types, -1, c->d};
  dgn_visit(c, a, q_starting, &q);
  return q.best;
}

int dgn_overlaps(dgn_ctx *c, uint32_t a, uint32_t z, uint32_t types) {
  query q = {a, z, types, -1, c->d};
  return dgn_visit(c, a, q_overlap, &q);
}
