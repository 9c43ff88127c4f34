/* A name written again without the parties that open it: レジリエンス共創イニシアティブ
 * after 日ASEANレジリエンス共創イニシアティブ, "Resilience Partnership" after "Japan-ASEAN
 * Resilience Partnership". The short form is the full name's node.
 * Invariant: both are names no dictionary lists, of one type, in one document; the full
 * name opens with countries and groups (日 in 日ASEAN, joined by ・, - or a space) and the
 * short form is exactly the rest; a short form that two full names end in stays apart. */
#define _GNU_SOURCE /* qsort_r */
#include <stdlib.h>
#include <string.h>

#include "base/scan.h"
#include "recognize/names_int.h"

#define SHORTENS (T(MEETING) | T(PROGRAM) | T(ORGANIZATION))

/* Where the name of mention m goes on after the countries and groups that open it (and the
 * ・, - or spaces between them); m->start when none opens it. */
static uint32_t after_parties(dgn_ctx *c, const dg_mention *m) {
  uint32_t p = m->start;
  for (;;) {
    long k = dgn_mention_starting(c, p, T(COUNTRY) | T(GROUP));
    if (k < 0 || c->d->ments[k].end >= m->end) return p;
    p = c->d->ments[k].end;
    while (p < m->end && (c->t[p] == ' ' || c->t[p] == '-' ||
                          dg_cp_at(c->t, c->len, p) == DGN_CP_DOT))
      p += c->t[p] == ' ' || c->t[p] == '-' ? 1 : 3;
  }
}

static int minted_name(const dg_mention *m) {
  return m->entity < 0 && !m->implicit && ((SHORTENS >> m->type) & 1);
}

/* The full names (mentions whose parties open them: rest[i] != UINT32_MAX) sorted by
 * type, then their rest's text, then mention order, so the ones a short form could be
 * found by a binary search instead of a pass over every mention. */
typedef struct {
  const dgn_ctx *c;
  const uint32_t *rest;
} rest_order;

static int cmp_rest(const void *x, const void *y, void *arg) {
  const rest_order *o = arg;
  uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
  const dg_mention *a = &o->c->d->ments[i], *b = &o->c->d->ments[j];
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  size_t na = a->end - o->rest[i], nb = b->end - o->rest[j];
  int r = memcmp(o->c->t + o->rest[i], o->c->t + o->rest[j], na < nb ? na : nb);
  if (r) return r;
  if (na != nb) return na < nb ? -1 : 1;
  return (i > j) - (i < j);
}

/* Where the full names of s's type and text begin in the sorted `full` (n of them). */
static size_t first_full(const dgn_ctx *c, const uint32_t *rest, const uint32_t *full, size_t n,
                         const dg_mention *s) {
  size_t lo = 0, hi = n, len = s->end - s->start;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const dg_mention *f = &c->d->ments[full[mid]];
    size_t nf = f->end - rest[full[mid]];
    int r = f->type != s->type ? (f->type < s->type ? -1 : 1)
                               : memcmp(c->t + rest[full[mid]], c->t + s->start, nf < len ? nf : len);
    if (!r && nf != len) r = nf < len ? -1 : 1;
    if (r < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The one full name of the document whose rest is the text of s (the last in mention
 * order), or -1 (none, or two of different ids). */
static long full_name_of(const dgn_ctx *c, const uint32_t *rest, const uint32_t *full, size_t n,
                         const dg_mention *s) {
  long found = -1;
  size_t len = s->end - s->start;
  for (size_t k = first_full(c, rest, full, n, s); k < n; k++) {
    const dg_mention *f = &c->d->ments[full[k]];
    if (f->type != s->type || f->end - rest[full[k]] != len ||
        memcmp(c->t + rest[full[k]], c->t + s->start, len))
      break;
    if (f == s) continue;
    if (found >= 0 && strcmp(c->d->ments[found].id, f->id)) return -1;
    found = (long)full[k];
  }
  return found;
}

/* レジリエンス共創イニシアティブ -> 日ASEANレジリエンス共創イニシアティブ. */
dg_err dgn_short_forms(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  uint32_t *rest = malloc((d->nments + 1) * sizeof *rest);
  uint32_t *full = malloc((d->nments + 1) * sizeof *full);
  size_t n = 0;
  if (!rest || !full) {
    free(rest);
    free(full);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *f = &d->ments[i];
    uint32_t p = minted_name(f) ? after_parties(c, f) : f->start;
    rest[i] = p == f->start ? UINT32_MAX : p;
    if (rest[i] != UINT32_MAX) full[n++] = (uint32_t)i;
  }
  rest_order o = {c, rest};
  qsort_r(full, n, sizeof *full, cmp_rest, &o);
  for (size_t i = 0; i < d->nments && n; i++) {
    dg_mention *s = &d->ments[i];
    if (!minted_name(s)) continue;
    long f = full_name_of(c, rest, full, n, s);
    if (f < 0) continue;
    const dg_mention *fm = &d->ments[f];
    s->id = fm->id;
    s->label = fm->label;
    s->label_en = fm->label_en;
  }
  free(rest);
  free(full);
  return DG_OK;
}
