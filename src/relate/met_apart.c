/* Those met apart from a meeting (English): a sentence that names a meeting and, in
 * another phrase, whom someone met —
 *   Yesterday, the Minister co-chaired the Ocean Forum; had bilateral meetings with the
 *   Foreign Ministers of A and B; and met C's Speaker.
 *   The Minister will hold bilateral meetings with counterparts from A and B, whilst also
 *   attending the Ocean Forum.
 * — says that A, B and C met the Minister, not that they took part in the Forum.
 *   strong: after a word of bilateral_words.tsv (bilateral meetings with) an actor takes
 *     no part in any meeting the sentence names outside that phrase;
 *   weak: after a verb of met_words.tsv (met, held talks with) an actor takes no part in
 *     a meeting named before the verb across a ";", or after the actor across a ";",
 *     "whilst" or "while";
 *   the phrase's own meeting stays theirs (met B at the Summit; met B on the margins of the
 *     Summit), and so does a meeting the sentence does not name (the document's own, its
 *     title: Mr. A held a meeting with Mr. B, under a heading naming their meeting).
 * And talks held on the occasion of another meeting (side talks): where an English verb of
 * talks (met_words.tsv, bilateral_words.tsv: held a meeting with) has only meetings the
 * sentence names after a word of side_occasions.tsv (on the margins of the Summit), the
 * talks are the meeting of the sentence's section or document when the sentence does not
 * name it (a heading: A-B Foreign Ministers' Meeting; then "A held a meeting with B on the
 * margins of the Summit"): who met take part in that one (dg_rel_side_talks).
 * Invariant: reads only; Japanese sentences are never left out here (talks.c reads them). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is there a clause break (";", " whilst ", " while ") in t[a, z)? */
static int break_between(const char *t, uint32_t a, uint32_t z) {
  for (uint32_t p = a; p < z; p++)
    if (t[p] == ';' || dg_lit(t, z, p, " whilst ") || dg_lit(t, z, p, " while ")) return 1;
  return 0;
}

/* The last word of `list` standing whole in sentence s that ends before offset `before`
 * with no ";" between its end and `before`: its start in *a and end in *z; 0 when none. */
static int last_word_before(const dg_rel_ctx *c, uint32_t s, const dg_wordlist *list,
                            uint32_t before, uint32_t *a, uint32_t *z) {
  const char *t = c->d->text;
  int found = 0;
  for (uint32_t p = c->d->sents[s].start; p < before; p++) {
    if (t[p] == ';') found = 0;
    if (p > 0 && dg_is_ascii_alnum((unsigned char)t[p - 1])) continue;
    size_t n = dg_rel_whole_word(list, t, before, p);
    if (!n || p + n > before) continue;
    *a = p, *z = p + (uint32_t)n, found = 1;
  }
  return found;
}

int dg_rel_met_apart(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t m) {
  const dg_mention *x = &c->d->ments[i], *mt = &c->d->ments[m];
  const char *t = c->d->text;
  if (!dg_rel_latin(c, s) || mt->sentence != s || mt->implicit) return 0;
  uint32_t ba = 0, bz = 0, wa = 0, wz = 0;
  int strong = last_word_before(c, s, &c->r->bilateral_words, x->start, &ba, &bz);
  int weak = last_word_before(c, s, &c->r->met_words, x->start, &wa, &wz);
  if (strong && weak && wa > ba) strong = 0; /* the nearer verb speaks */
  if (!strong && !weak) return 0;
  uint32_t a = strong ? ba : wa, z = strong ? bz : wz;
  /* met B at the M (no break after B); met the M's chair, B (the M before B) */
  if (mt->start >= z && !break_between(t, x->end, mt->start)) return 0;
  if (strong) return 1;
  return mt->end <= a ? break_between(t, mt->end, a) : break_between(t, x->end, mt->start);
}

long dg_rel_side_occasion_start(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t a = m->start;
  if (a >= 4 && dg_lit_before(t, a, "the ")) a -= 4;
  while (a > 0 && t[a - 1] == ' ') a--;
  long w = dg_wordlist_before(&c->r->side_occasions, t, c->d->sents[m->sentence].start, a);
  return w < 0 ? -1 : (long)(a - c->r->side_occasions.w[w].len);
}

int dg_rel_after_side_occasion(const dg_rel_ctx *c, const dg_mention *m) {
  return dg_rel_side_occasion_start(c, m) >= 0;
}

size_t dg_rel_side_talks(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                         uint32_t *ms, size_t nm) {
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end;
  if (!nm || !dg_rel_latin(c, s) || (!dg_rel_whole_word(&c->r->met_words, t, end, g->start) &&
                                     !dg_rel_whole_word(&c->r->bilateral_words, t, end, g->start)))
    return nm;
  for (size_t y = 0; y < nm; y++) {
    const dg_mention *m = &c->d->ments[ms[y]];
    if (m->sentence != s || !dg_rel_after_side_occasion(c, m)) return nm;
  }
  long own = dg_rel_section_meeting(c, s);
  if (own < 0) return nm;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!strcmp(c->d->ments[i].id, c->d->ments[own].id)) return nm; /* named here: not apart */
  ms[0] = (uint32_t)own;
  return 1;
}
