/* Meetings a sentence names as background to the one its parties attend (English):
 *   the meeting on whose sidelines they met (A and B met on the margins of the Summit): an
 *     occasion, not a meeting they are said to attend (margin_words.tsv);
 *   a meeting still to come that a party is to host or organize (welcomed the offer of A
 *     to host the next Forum; A will host the Summit in 2027; the Summit to be hosted by
 *     A): hosting ahead is no attendance (future_hosts.tsv), unless it is the document's
 *     own meeting or its section's;
 *   and a party named inside the sidelines phrase after the verb (gathered on the
 *     sidelines of meetings involving the ASEAN) describes that occasion, not who came.
 * Invariant: reads only; Japanese sentences are left alone (talks.c reads side talks). */
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does trigger g of sentence s end a word of future_hosts.tsv longer than itself (to host,
 * will be hosted)? */
static int future_host(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_wordlist *l = &c->r->future_hosts;
  const char *t = c->d->text;
  uint32_t from = c->d->sents[s].start;
  long w = dg_wordlist_before(l, t, from, g->end);
  if (w < 0 || l->w[w].len <= g->end - g->start) return 0;
  uint32_t a = g->end - (uint32_t)l->w[w].len;
  return a == from || !dg_is_ascii_alnum((unsigned char)t[a - 1]);
}

/* Is meeting mention m the document's own meeting or the one of sentence s's section,
 * under any name it has? */
static int own_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t m) {
  const char *id = c->d->ments[m].id;
  long h = dg_rel_section_meeting(c, s);
  return (c->main_meeting >= 0 && !strcmp(id, c->d->ments[c->main_meeting].id)) ||
         (h >= 0 && !strcmp(id, c->d->ments[h].id));
}

int dg_rel_hosts_ahead(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t m) {
  return dg_rel_latin(c, s) && future_host(c, s, g) && !own_meeting(c, s, m);
}

/* Does a word of margin_words.tsv end right before meeting mention m, maybe with "the "
 * between (on the sidelines of the ASEAN Summit)? */
static int after_margin(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t a = m->start, from = c->d->sents[m->sentence].start;
  if (a >= from + 4 && !memcmp(t + a - 4, "the ", 4)) a -= 4;
  while (a > from && t[a - 1] == ' ') a--;
  long w = dg_wordlist_before(&c->r->margin_words, t, from, a);
  if (w < 0) return 0;
  uint32_t z = a - (uint32_t)c->r->margin_words.w[w].len;
  return z == from || !dg_is_ascii_alnum((unsigned char)t[z - 1]);
}

size_t dg_rel_attended_only(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                            uint32_t *ms, size_t nm) {
  if (!nm || !dg_rel_latin(c, s)) return nm;
  size_t k = 0;
  for (size_t y = 0; y < nm; y++) {
    const dg_mention *m = &c->d->ments[ms[y]];
    if (m->sentence == s && after_margin(c, m)) continue; /* on the margins of the M */
    if (dg_rel_hosts_ahead(c, s, g, ms[y])) continue;       /* offer of A to host the M */
    ms[k++] = ms[y];
  }
  return k;
}

int dg_rel_in_side_phrase(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                          uint32_t i) {
  const char *t = c->d->text;
  const dg_mention *x = &c->d->ments[i];
  if (!dg_rel_latin(c, s) || x->start <= g->end) return 0;
  for (uint32_t p = g->end; p < x->start; p++) {
    if (t[p] == ',' || t[p] == ';') return 0; /* a new phrase names it */
    if (p > 0 && dg_is_ascii_alnum((unsigned char)t[p - 1])) continue;
    if (dg_rel_whole_word(&c->r->margin_words, t, x->start, p)) return 1;
  }
  return 0;
}
