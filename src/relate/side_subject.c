/* The meeting held on the sidelines of another: an English holding verb right before a
 * word of side_occasions.tsv (was held on the sidelines of, took place on the margins of)
 * holds its subject beside the meeting named after the word.
 *   The event was organised on the sidelines of the 12th Forum in Hanoi, Vietnam under the
 *   chair of Foreign Minister A -> held_in(own, Hanoi), chaired_by(own, A); the Forum
 *   keeps its own place
 *   The Dialogue, held on the sidelines of the Summit in Apia, was attended by A
 *     -> held_in(Dialogue, Apia), participates_in(A, Dialogue)
 * Invariant: the subject is the last meeting named before the word in its clause, or,
 * when the sentence names none before it, the section's or document's own; a place is
 * shared only from the held_in ties the sentence already gives the meeting after the
 * word, and a chair or party stated in the sentence goes to the subject alone. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does a holding verb (a held_on trigger: held, took place, organised) end right before
 * a, only spaces between? */
static int held_before(const dg_rel_ctx *c, uint32_t a) {
  const char *t = c->d->text;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind != DG_REL_HELD_ON || x->end > a) continue;
    uint32_t q = x->end;
    while (q < a && t[q] == ' ') q++;
    if (q == a && q > x->end) return 1;
  }
  return 0;
}

/* Meeting mention m, or the mention of the same meeting whose parenthesis it stands in
 * (the 12th Forum (Forum 12): the one before). */
static uint32_t paren_owner(const dg_rel_ctx *c, uint32_t s, uint32_t m) {
  const dg_mention *mm = &c->d->ments[m];
  for (uint32_t j = c->sent_first[s]; j < m; j++) {
    const dg_mention *x = &c->d->ments[j];
    if (x->end + 2 == mm->start && dg_lit(c->d->text, mm->start, x->end, " (") &&
        !strcmp(x->id, mm->id))
      return j;
  }
  return m;
}

long dg_rel_side_subject(const dg_rel_ctx *c, uint32_t s, uint32_t m) {
  if (m < c->sent_first[s] || m >= c->sent_end[s]) return -1;
  m = paren_owner(c, s, m);
  const dg_mention *mm = &c->d->ments[m];
  if (!dg_rel_latin(c, s) || mm->sentence != s || mm->type != DG_TYPE_MEETING) return -1;
  long w = dg_rel_side_occasion_start(c, mm); /* the side word (dg_rel_after_side_occasion) */
  uint32_t a = w > 0 ? (uint32_t)w : 0;
  if (!a || !held_before(c, a)) return -1;
  long subj = -1;
  int named = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING || x->sentence != s || x->end > a) continue;
    named = 1;
    if (c->ment_clause[i] == c->ment_clause[m] && !dg_rel_after_side_occasion(c, x))
      subj = (long)i;
  }
  if (!named) subj = dg_rel_section_meeting(c, s);
  if (subj < 0 || !strcmp(c->d->ments[subj].id, mm->id)) return -1;
  return subj;
}

size_t dg_rel_side_subjects(const dg_rel_ctx *c, uint32_t s, uint32_t *ms, size_t nm) {
  size_t k = 0;
  for (size_t y = 0; y < nm; y++) {
    long subj = dg_rel_side_subject(c, s, ms[y]);
    uint32_t v = subj >= 0 ? (uint32_t)subj : ms[y];
    int dup = 0;
    for (size_t z = 0; z < k; z++) dup |= ms[z] == v;
    if (!dup) ms[k++] = v;
  }
  return k;
}

void dg_rel_side_venue(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  size_t k0, n;
  dg_rel_sentence_ties(c, s, &k0, &n);
  for (size_t k = k0; k < n; k++) {
    const dg_relation r = c->rels.v[k];
    if (r.kind != kind || r.sentence != s) continue;
    long subj = dg_rel_side_subject(c, s, r.from);
    if (subj >= 0) dg_rel_add(c, kind, (uint32_t)subj, r.to, s);
  }
}
