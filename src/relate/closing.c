/* The closing line of an English outcome text: a line that opens with a word of
 * closing_openers.tsv and names only places and dates says where and when the text was
 * made, which is where and when the document's own meeting was held.
 *   Done at Vientiane, Lao PDR, on the Twenty-Second Day of July in the Year Two Thousand
 *   and Sixteen -> held_in(meeting, Vientiane), held_on(meeting, 2016-07-22)
 *   Adopted in Suva, Fiji, this 10th day of August 2022; Issued in Astana on 6 May 2019
 * Only the first place and the first date of the first such line count.
 * Invariant: the rule only fills in, like the dateline (dateline.c): a meeting the
 * document places (or dates) anywhere else keeps that venue (or date) alone; and a
 * document with no meeting of its own (an agreement signed on a visit) gets no tie. */
#include <stdint.h>

#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does English sentence s open with a word of closing_openers.tsv and a space, and name
 * nothing but places and dates, at least one? Its first place and date in *place and
 * *date (-1 none). */
static int closing_line(const dg_rel_ctx *c, uint32_t s, long *place, long *date) {
  const dg_sentence *se = &c->d->sents[s];
  const char *t = c->d->text;
  long w = dg_wordlist_at(&c->r->closing_openers, t, se->end, se->start);
  if (!dg_rel_latin(c, s) || w < 0 || se->start + c->r->closing_openers.w[w].len >= se->end ||
      t[se->start + c->r->closing_openers.w[w].len] != ' ')
    return 0;
  *place = *date = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i]) continue;
    if (dg_rel_is_type(m, DG_REL_PLACES)) {
      if (*place < 0) *place = (long)i;
    } else if (m->type == DG_TYPE_DATE) {
      if (*date < 0) *date = (long)i;
    } else {
      return 0;
    }
  }
  return *place >= 0 || *date >= 0;
}

void dg_rel_closing_line(dg_rel_ctx *c) {
  if (c->main_meeting < 0) return;
  uint32_t m = (uint32_t)c->main_meeting;
  long place = -1, date = -1;
  for (uint32_t s = 0; s < c->d->nsents; s++) {
    if (!closing_line(c, s, &place, &date)) continue;
    if (place >= 0 && !dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1))
      dg_rel_add(c, DG_REL_HELD_IN, m, (uint32_t)place, s);
    if (date >= 0 && !dg_rel_has_tie(c, DG_REL_HELD_ON, m, -1))
      dg_rel_add(c, DG_REL_HELD_ON, m, (uint32_t)date, s);
    return;
  }
}
