/* Dates that say how long something has lasted, not when a meeting was held: a date after
 * "since" or before 以来 (lasting_words.tsv: the first meeting in person since 2019;
 * 2019年以来の開催), and a range whose ends lie in different years, not only across one
 * new year (met every year from 2010 until 2020; 2019-2022): a meeting lasts days.
 *   The Forum was held in Apia on 3 May 2024, the first since 2019.
 *     -> held_on(Forum, 2024-05-03) only
 * Invariant: such a date is never the end of a held_on tie (dg_rel_add leaves it); every
 * other tie it may have is kept. */
#include <stdint.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/context.h"

/* Is a word of lasting_words.tsv written before date m (one space between) or right after
 * it? */
static int lasting_word(const dg_rel_ctx *c, const dg_mention *m) {
  const dg_wordlist *l = &c->r->lasting_words;
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[m->sentence];
  long w = dg_wordlist_at(l, t, se->end, m->end);
  if (w >= 0 && l->w[w].as.title.side == DG_SIDE_AFTER) return 1;
  if (m->start < se->start + 2 || t[m->start - 1] != ' ') return 0;
  w = dg_wordlist_before(l, t, se->start, m->start - 1);
  if (w < 0 || l->w[w].as.title.side != DG_SIDE_BEFORE) return 0;
  uint32_t ws = m->start - 1 - (uint32_t)l->w[w].len;
  return ws == se->start || !dg_is_ascii_alnum((unsigned char)t[ws - 1]);
}

/* Does range w run over more than one new year (2010 until 2020; not 30 December to 2
 * January)? */
static int years_long(const dg_when *w) {
  if (!w->year || !w->year2 || w->year2 == w->year) return 0;
  return !(w->year2 == w->year + 1 && w->month == 12 && w->month2 == 1);
}

int dg_rel_lasting_date(const dg_rel_ctx *c, const dg_mention *m) {
  if (m->type != DG_TYPE_DATE || m->sentence >= c->d->nsents) return 0;
  return years_long(&m->when) || lasting_word(c, m);
}
