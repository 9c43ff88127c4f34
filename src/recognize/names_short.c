/* A name written again without the parties that open it: レジリエンス共創イニシアティブ
 * after 日ASEANレジリエンス共創イニシアティブ, "Resilience Partnership" after "Japan-ASEAN
 * Resilience Partnership". The short form is the full name's node.
 * Invariant: both are names no dictionary lists, of one type, in one document; the full
 * name opens with countries and groups (日 in 日ASEAN, joined by ・, - or a space) and the
 * short form is exactly the rest; a short form that two full names end in stays apart. */
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

/* The one full name of the document whose rest (rest[i]: where mention i goes on after
 * its parties, or UINT32_MAX) is the text of s, or -1 (none, or two). */
static long full_name_of(dgn_ctx *c, const uint32_t *rest, const dg_mention *s) {
  long found = -1;
  size_t n = s->end - s->start;
  for (size_t i = 0; i < c->d->nments; i++) {
    const dg_mention *f = &c->d->ments[i];
    uint32_t p = rest[i];
    if (p == UINT32_MAX || f == s || f->type != s->type || f->end - p != n ||
        memcmp(c->t + p, c->t + s->start, n))
      continue;
    if (found >= 0 && strcmp(c->d->ments[found].id, f->id)) return -1;
    found = (long)i;
  }
  return found;
}

/* レジリエンス共創イニシアティブ -> 日ASEANレジリエンス共創イニシアティブ. */
dg_err dgn_short_forms(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  uint32_t *rest = malloc((d->nments + 1) * sizeof *rest);
  if (!rest) return dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *f = &d->ments[i];
    uint32_t p = minted_name(f) ? after_parties(c, f) : f->start;
    rest[i] = p == f->start ? UINT32_MAX : p;
  }
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *s = &d->ments[i];
    if (!minted_name(s)) continue;
    long f = full_name_of(c, rest, s);
    if (f < 0) continue;
    const dg_mention *full = &d->ments[f];
    s->id = full->id;
    s->label = full->label;
    s->label_en = full->label_en;
  }
  free(rest);
  return DG_OK;
}
