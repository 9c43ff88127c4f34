/* Japanese: the participants named as a noun, the topic or subject of another verb
 * (会合参加者は前日、A総理を表敬した): whom they call on, meet or visit, the object after
 * that noun, is no participant of the meeting.
 *   会合参加者は前日、山田総理を表敬した。 -> no participates_in(山田)
 *   会合の参加者は、タイのA外相、ラオスのB外相です。 -> both take part (no object)
 * Invariant: only an actor after the trigger and marked by を (role object), or one that
 * owns such an actor with の (タイのA首相を), is left out, and only when 者 and は or が
 * follow the trigger right away. */
#include "base/scan.h"
#include "relate/ties.h"

int dg_rel_object_of_participants(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                                  uint32_t i) {
  static const char *const NOUN[] = {"\xE8\x80\x85\xE3\x81\xAF", "\xE8\x80\x85\xE3\x81\x8C"};
  const char *t = c->d->text;
  const dg_mention *m = &c->d->ments[i];
  if (m->start < g->end || (unsigned char)t[g->start] < 0x80) return 0; /* 者は 者が */
  if (!dg_lit(t, c->d->len, g->end, NOUN[0]) && !dg_lit(t, c->d->len, g->end, NOUN[1]))
    return 0;
  for (uint32_t k = i; k < c->d->nments && c->d->ments[k].start < c->d->sents[s].end; k++) {
    uint8_t part = dg_rel_part(c, &c->d->ments[k]); /* タイの|A首相を: A's part is theirs */
    if (c->nested[k] || part == DG_PART_OF) continue;
    return part == DG_PART_OBJECT;
  }
  return 0;
}
