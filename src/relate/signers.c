/* Who signs a meeting's outcome takes part in the meeting (English).
 *   The Harbour Declaration was signed by President A of Xland and Prime Minister B.
 *     -> participates_in(A), (Xland), (B) to the meeting of the clause, else of the section
 *   Island leaders signed the Reef Agreement at the 5th Harbour Summit.
 *     -> participates_in(leaders' group or countries before "signed", 5th Harbour Summit)
 * Invariant: only an adopted_at trigger "signed"; the passive reads the persons and
 * countries after "by" in its clause up to a trigger of another kind; the active the actor
 * right before it (only letters and spaces between) and those listed with it, and only
 * when "at" names the meeting after it. */
#include <string.h>

#include "base/scan.h"
#include "relate/ties.h"

/* Is trigger g the word "signed" (any case of its first letter)? */
static int is_signed(const dg_rel_ctx *c, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  return g->end - g->start == 6 && (t[g->start] == 's' || t[g->start] == 'S') &&
         !memcmp(t + g->start + 1, "igned", 5);
}

/* The start of the first trigger of another kind than g's after g in sentence s, or the
 * sentence's end. */
static uint32_t next_other_trigger(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  uint32_t z = c->d->sents[s].end;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind != g->kind && x->start >= g->end && x->start < z) z = x->start;
  }
  return z;
}

/* Add participates_in to meeting m from each person or country of g's clause in [a, z). */
static void add_signers(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, long m,
                        uint32_t a, uint32_t z) {
  const uint32_t types = DG_TYPESET(PERSON) | DG_TYPESET(COUNTRY);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, g->clause) || p->start < a || p->end > z ||
        !dg_rel_is_type(p, types) ||
        dg_rel_part(c, p) == DG_PART_VENUE)
      continue;
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, (uint32_t)m, s);
  }
}

/* English: the actor that stands as the subject right before trigger g, only letters and
 * spaces between (Island leaders signed; Pacific Islands Forum Leaders signed), not a
 * dateline's place nor an owner (JICA's loan, signed at: a comma and 's between), or -1. */
static long subject_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_end[s]; i-- > c->sent_first[s];) {
    const dg_mention *p = &c->d->ments[i];
    if (c->nested[i] || p->end > g->start || !dg_rel_in_clause(c, i, g->clause)) continue;
    if (!dg_rel_is_actor(p)) return -1;
    for (uint32_t q = p->end; q < g->start; q++)
      if (!dg_is_upper(t[q]) && !dg_is_lower(t[q]) && t[q] != ' ') return -1;
    return (long)i;
  }
  return -1;
}

/* English: the meeting named right after "at" or "at the" after trigger g in its clause
 * (signed X at the 5th Summit), or -1. */
static long at_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, g->clause) || p->type != DG_TYPE_MEETING || p->start < g->end)
      continue;
    uint32_t a = p->start;
    if (a >= 4 && dg_lit_before(t, a, "the ")) a -= 4;
    if (a >= 4 && dg_lit_before(t, a, " at ")) return (long)i;
  }
  return -1;
}

void dg_rel_signers(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind;
  if (!dg_rel_latin(c, s)) return;
  const char *t = c->d->text;
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->kind != DG_REL_ADOPTED_AT || !is_signed(c, g)) continue;
    long m = dg_rel_clause_meeting(c, s, g->clause, g->start), subj;
    if (dg_lit(t, c->d->sents[s].end, g->end, " by ")) {
      if (m < 0) m = dg_rel_section_meeting(c, s);
      add_signers(c, s, g, m, g->end, next_other_trigger(c, s, g));
    } else if ((m = at_meeting(c, s, g)) >= 0 && (subj = subject_before(c, s, g)) >= 0) {
      uint32_t ls[DG_REL_MAXM];
      size_t n = dg_rel_list_before(c, s, (uint32_t)subj, ls, DG_REL_MAXM);
      dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)subj, (uint32_t)m, s);
      for (size_t y = 0; y < n; y++) dg_rel_add(c, DG_REL_PARTICIPATES_IN, ls[y], (uint32_t)m, s);
    }
  }
}
