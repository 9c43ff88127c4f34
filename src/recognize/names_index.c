/* The mentions found so far, by sentence: the questions the name rules ask about a span
 * (a mention with exactly this span, one ending or starting here, one overlapping it) look
 * at the span's own sentence only, and at the mentions added since the index was built.
 *
 * Invariant: a visit sees the mentions of the sentence of its offset that were there when
 * the index was built, in the order they were added, then every mention added since, in
 * order. The index is built again once more than 64 mentions wait, and must be dropped
 * (dgn_index_free) whenever the mentions move. */
#include <stdlib.h>
#include <string.h>

#include "recognize/names_int.h"

#define DGN_INDEX_SLACK 64 /* mentions added before the index is built again */

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

static void build(dgn_ctx *c) {
  dg_doc *d = c->d;
  dgn_index *ix = &c->ix;
  dgn_index_free(ix);
  ix->ngroups = d->nsents + 1;
  ix->head = calloc(ix->ngroups + 1, sizeof *ix->head);
  ix->tail = malloc(ix->ngroups * sizeof *ix->tail);
  ix->next = malloc((d->nments ? d->nments : 1) * sizeof *ix->next);
  if (!ix->head || !ix->tail || !ix->next) {
    dgn_index_free(ix);
    c->oom = 1;
    return;
  }
  /* head: the start of each group in next, counted then summed; tail: the fill point */
  for (size_t i = 0; i < d->nments; i++) ix->head[group_of(d, i) + 1]++;
  for (size_t g = 0; g < ix->ngroups; g++) ix->head[g + 1] += ix->head[g];
  memcpy(ix->tail, ix->head, ix->ngroups * sizeof *ix->tail);
  for (size_t i = 0; i < d->nments; i++) ix->next[ix->tail[group_of(d, i)]++] = (uint32_t)i;
  ix->built = d->nments;
}

int dgn_visit(dgn_ctx *c, uint32_t at, dgn_visit_fn f, void *arg) {
  dg_doc *d = c->d;
  if (!c->ix.head || d->nments - c->ix.built > DGN_INDEX_SLACK) build(c);
  if (!c->ix.head) { /* out of memory: look at everything */
    for (size_t i = 0; i < d->nments; i++)
      if (f(&d->ments[i], i, arg)) return 1;
    return 0;
  }
  long s = dg_doc_sentence_at(d, at);
  size_t g = s < 0 ? d->nsents : (size_t)s;
  for (uint32_t k = c->ix.head[g]; k < c->ix.head[g + 1]; k++) {
    uint32_t i = c->ix.next[k];
    if (i < d->nments && f(&d->ments[i], i, arg)) return 1;
  }
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
