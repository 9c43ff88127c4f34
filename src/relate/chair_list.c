/* English chair lists that run into a list of those who attend, and the countries of the
 * chairs.
 *   The Meeting was co-chaired by A, Minister of Laos and B, Minister of China, C, Minister
 *   of Cambodia and D, Minister of Thailand attended the Meeting.
 *     -> chaired_by(Meeting, A), (Meeting, B); not C nor D (they attend)
 *   The Meeting was co-chaired by A, Minister of Myanmar and B, Minister of China.
 *     -> participates_in(Myanmar, Meeting), (China, Meeting): a chair's country takes part
 * Invariant: reads only; the list is cut when the chairing word is a post held by one (the
 * Chairman of the Meeting, A: after A), or when an attending verb with no "by" after it
 * follows the chairing word in its sentence, at a person after the one that the list's
 * first " and " brings in. */
#include "base/scan.h"
#include "relate/ties.h"

/* An attending trigger after chairing trigger g in its sentence that is no passive ("and
 * C attended the Meeting", not "and attended by C"): its start, or 0. */
static uint32_t attend_verb_after(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind == DG_REL_PARTICIPATES_IN && x->start > g->end && !dg_lit(t, e, x->end, " by"))
      return x->start;
  }
  return 0;
}

/* The first person of sentence s starting at or after p and before z, or -1. */
static long person_from(const dg_rel_ctx *c, uint32_t s, uint32_t p, uint32_t z) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_PERSON && m->start >= p && m->start < z)
      return (long)i;
  }
  return -1;
}

/* Is chairing trigger g an English post held by one, "the" before it and " of " after it,
 * no "co-" and no plural (Also attending were the Chairman of the Ocean Meeting and Minister
 * of Fiji, A, the Minister of Tonga, B): its holder is the first person after it alone? */
static int one_holder(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  return dg_rel_latin(c, s) && g->start >= 4 && dg_lit_before(t, g->start, "the ") &&
         !dg_lit(t, e, g->start, "co-") && !dg_lit(t, e, g->start, "Co-") &&
         t[g->end - 1] != 's' && dg_lit(t, e, g->end, " of ");
}

uint32_t dg_rel_chair_list_end(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  long one = one_holder(c, s, g) ? person_from(c, s, g->end, c->d->sents[s].end) : -1;
  if (one >= 0) return c->d->ments[one].end;
  uint32_t e = c->d->sents[s].end, z = dg_rel_latin(c, s) ? attend_verb_after(c, s, g) : 0;
  if (!z) return e;
  long first = person_from(c, s, g->end, z);
  if (first < 0) return e;
  for (uint32_t q = c->d->ments[first].end; q + 5 <= z; q++) {
    if (!dg_lit(t, z, q, " and ")) continue;
    long last = person_from(c, s, q, z);
    long next = last >= 0 ? person_from(c, s, c->d->ments[last].end, z) : -1;
    return next >= 0 ? c->d->ments[next].start : e;
  }
  return e;
}

/* Is there a person of sentence s between p and q? */
static int person_between(const dg_rel_ctx *c, uint32_t s, uint32_t p, uint32_t q) {
  return person_from(c, s, p, q) >= 0;
}

void dg_rel_chair_countries(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t m,
                            uint32_t end) {
  if (!dg_rel_latin(c, s) || !person_between(c, s, g->end, end)) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (c->nested[i] || p->type != DG_TYPE_COUNTRY || p->start < g->end || p->end > end ||
        c->ment_clause[i] != g->clause || dg_rel_part(c, p) == DG_PART_VENUE)
      continue;
    if (person_between(c, s, g->end, p->start)) dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, m, s);
  }
}
