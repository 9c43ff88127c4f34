/* A name glossed in parentheses right after a meeting's name: "The 32nd Meeting of the
 * Coastal Forum (CF) was held in Suva": what is held is the meeting written out, not the
 * forum the gloss abbreviates.
 *   The Twelfth Meeting of the Coastal Forum (CF) was held in Suva -> held_in(Meeting, Suva)
 * Invariant: reads only; a gloss is a whole parenthesis holding one mention, right after a
 * meeting's name and one space at most. */
#include "base/scan.h"
#include "relate/ties.h"

long dg_rel_gloss_of(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  const dg_mention *m = &c->d->ments[i];
  uint32_t a = m->start, e = c->d->sents[s].end;
  if (!dg_rel_latin(c, s) || a < 2 || t[a - 1] != '(' || m->end >= e || t[m->end] != ')')
    return -1;
  uint32_t z = t[a - 2] == ' ' ? a - 2 : a - 1;
  for (uint32_t j = c->sent_first[s]; j < i; j++)
    if (!c->nested[j] && c->d->ments[j].type == DG_TYPE_MEETING && c->d->ments[j].end == z)
      return (long)j;
  return -1;
}
