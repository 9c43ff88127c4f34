/* A country's city named after it: where a meeting held "in the Kazakh capital, Astana"
 * was held is Astana, not Kazakhstan.
 *   The Forum was held in the Kazakh capital, Astana, on 3 May. -> held_in(Forum, Astana)
 *   The talks took place in the Samoan capital of Apia.         -> held_in(talks, Apia)
 *   会合はカザフスタンの首都アスタナで開催された。                -> held_in(会合, アスタナ)
 * A word of city_words.tsv (capital, port city, 首都) right after the country (its name,
 * demonym or possessive: Viet Nam's, の), then a comma, "of" or a space, then the place.
 * Invariant: the venue a rule found changes only to a place of the same sentence that
 * starts where that pattern ends; anything else leaves it as it was. */
#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Past a possessive or の right after a country's name at q ('s, ’s, の), then one space. */
static uint32_t past_owner(const char *t, uint32_t q, uint32_t e) {
  size_t n = dg_possessive_at(t, e, q);
  q += n ? (uint32_t)n : dg_lit(t, e, q, "\xE3\x81\xAE") ? 3 : 0; /* の */
  return q < e && t[q] == ' ' ? q + 1 : q;
}

/* Past the comma, " of " or space between a city word and the city's name at q. */
static uint32_t past_link(const char *t, uint32_t q, uint32_t e) {
  if (q < e && t[q] == ',') q++;
  else if (dg_lit(t, e, q, " of ")) return q + 4;
  return q < e && t[q] == ' ' ? q + 1 : q;
}

long dg_rel_city_of(const dg_rel_ctx *c, uint32_t s, long p) {
  if (p < 0 || c->d->ments[p].type != DG_TYPE_COUNTRY) return p;
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = past_owner(t, c->d->ments[p].end, e);
  size_t w = dg_rel_whole_word(&c->r->city_words, t, e, q);
  if (!w) return p;
  q = past_link(t, q + (uint32_t)w, e);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_PLACE && c->d->ments[i].start == q)
      return (long)i;
  return p;
}
