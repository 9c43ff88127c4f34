/* The date of a chaired meeting: an English chairing verb whose object is a meeting (will
 * co-chair the Summit with the President of Korea on 26 November) says when that meeting
 * is held, as a holding verb would; the date is that of the meeting it chairs.
 *   The Prime Minister will chair the Ocean Summit in Apia on 3 May 2026
 *     -> held_on(Ocean Summit, 2026-05-03)
 * Invariant: only the meeting standing right after the verb (maybe after "the") is
 * dated, only by a date after it in the verb's clause that is more than a year alone (set
 * to chair the Summit in 2027: the chair's term), with no other trigger word nor
 * meeting between them (chairs the Summit, and will attend the Forum on 5 May: the
 * Forum's date). */
#include <stdint.h>

#include "base/scan.h"
#include "relate/ties.h"

/* The meeting chairing verb g takes as its object: right after it and a space, maybe
 * after "the" (or with "the" as its first word: a back reference, the Summit), not
 * nested; or -1. */
static long chaired_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t p = g->end + 1, e = c->d->sents[s].end;
  if (g->end >= e || t[g->end] != ' ') return -1;
  uint32_t q = dg_lit(t, e, p, "the ") ? p + 4 : p;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && (m->start == p || m->start == q) && m->type == DG_TYPE_MEETING &&
        c->ment_clause[i] == g->clause)
      return (long)i;
  }
  return -1;
}

/* Does a trigger word other than g, or a meeting, stand between offsets a and z? */
static int word_between(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t a,
                        uint32_t z) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->start != g->start && x->start >= a && x->end <= z) return 1;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && m->start >= a && m->end <= z) return 1;
  }
  return 0;
}

/* held_on: each date after the meeting a chairing verb takes as its object (see
 * chaired_object), in the verb's clause, to that meeting (see the invariant above). */
void dg_rel_chaired_date(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_latin(c, s)) return;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long m = g->kind == DG_REL_CHAIRED_BY ? chaired_object(c, s, g) : -1;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++) {
      const dg_mention *dt = &c->d->ments[i];
      if (!dg_rel_in_clause(c, i, g->clause) || dt->type != DG_TYPE_DATE ||
          dt->start < c->d->ments[m].end || dg_rel_in_meeting_paren(c, s, i) ||
          (dt->when.prec == DG_DATE_YEAR && !dt->when.year2) ||
          word_between(c, s, g, c->d->ments[m].end, dt->start))
        continue;
      dg_rel_add(c, kind, (uint32_t)m, i, s);
    }
  }
}
