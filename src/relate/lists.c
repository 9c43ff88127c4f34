/* Lists: names of one type written one after another with only joiners between them
 * (list_joiners.tsv: 、, 及び, and) or side by side in quotes (「A」「B」), so that what a
 * sentence says of the last of them, the one its particle or preposition marks, it says of
 * all: 「日メコン会合」、「日ASEAN会合」が開催され、大臣が出席した (the minister attends both).
 * In English what a verb says of the first name after it, it says of the names listed after
 * that one: adopted the A, the B and the C (dg_rel_list_after).
 * Invariant: a list never runs over a word that is not a joiner, a space, a quote, "the",
 * an item's mark ((b) the B: enumerators.c) or the parenthesis right after a member, nor over a member that is nested in a longer
 * name or closed by a role word of its own (following the Summit, the Forum). */
#include <stdint.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is cp a quote mark or a space that may wrap a listed name (「」『』"" ' and spaces)? */
static int wrapper(uint32_t cp) {
  return cp == ' ' || cp == '"' || cp == '\'' || cp == 0x300C || cp == 0x300D ||
         cp == 0x300E || cp == 0x300F || cp == 0x201C || cp == 0x201D;
}

/* Is [a, z) one closing corner quote and the opening one of the next name, maybe with
 * spaces (「A宣言」「B声明」など: quoted names side by side need no joiner)? */
static int quotes_side_by_side(const char *t, uint32_t a, uint32_t z) {
  while (a < z && t[a] == ' ') a++;
  while (z > a && t[z - 1] == ' ') z--;
  if (z - a != 6) return 0;
  uint32_t x = dg_cp_at(t, z, a), y = dg_cp_at(t, z, a + 3);
  return (x == 0x300D && y == 0x300C) || (x == 0x300F && y == 0x300E); /* 」「 』『 */
}

/* Past a period of years in digits at t[a] (2021-2030, 2021–2025, 2030), before z: the
 * span a plan runs, written after its name and its short form (the Strategy (BDS)
 * 2021-2030 and the Plan): returns its end, or a when none stands there. */
static uint32_t past_years(const char *t, uint32_t a, uint32_t z) {
  uint32_t q = a < z && t[a] == ' ' ? a + 1 : a, d = q;
  while (q < z && dg_is_digit((unsigned char)t[q])) q++;
  if (q - d != 4) return a;
  uint32_t y = q; /* the first year's end */
  if (q < z && t[q] == '-') q++;
  else if (dg_lit(t, z, q, "\xE2\x80\x93")) q += 3; /* – */
  else return y;
  d = q;
  while (q < z && dg_is_digit((unsigned char)t[q])) q++;
  return q - d == 4 || q - d == 2 ? q : y;
}

/* The end of what glosses name mention m after it: its parenthesis (a short form, a
 * period) and a period of years after that (the Strategy (BDS) 2021-2030), within sentence
 * s; m's end when nothing follows so. Mentions inside are no members of a list through m. */
static uint32_t gloss_end(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = m->end;
  if (q + 1 < e && t[q] == ' ' && t[q + 1] == '(') q = dg_rel_past_paren(t, q + 1, e);
  return q == m->end ? q : past_years(t, q, e);
}

/* Does [a, z) join two names of a list: wrappers, one parenthesis first (or the ')' that
 * closes a gloss: the 9th Ocean Summit (OS) and the Ocean Forum) and a period of years
 * (past_years), "the", and exactly one joiner (a comma right before another joiner, maybe
 * with a space between, is part of it: 、及び, A, B, and C), or no joiner between two quoted
 * names (see quotes_side_by_side)? */
static int joins(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  int joiners = 0;
  if (quotes_side_by_side(t, a, z)) return 1;
  uint32_t comma_end = 0; /* where a comma joiner just ended: 、及び is one joiner */
  z = dg_rel_enumerator_before(t, a, z); /* 1)X、2)Y: enumerators.c */
  uint32_t zt = z >= a + 4 && dg_lit_before(t, z, "the ") ? z - 4 : z;
  if (dg_rel_item_mark_before(t, a, zt) != zt) z = dg_rel_item_mark_before(t, a, zt); /* (b) the */
  while (a < z && wrapper(dg_cp_at(t, z, a))) a += (uint32_t)dg_utf8_len(t + a, t + z);
  a = dg_rel_past_paren(t, a, z);
  if (a < z && t[a] == ')') a++; /* a gloss's end */
  a = past_years(t, a, z);
  while (a < z) {
    uint32_t cp = dg_cp_at(t, z, a);
    if (wrapper(cp)) {
      if (cp == ' ' && a == comma_end) comma_end++; /* A, B, and C: ", and" is one joiner */
      a += (uint32_t)dg_utf8_len(t + a, t + z);
      continue;
    }
    size_t n = dg_rel_whole_word(&c->r->list_joiners, t, z, a);
    if (!n && a + 4 <= z && dg_lit(t, z, a, "the ")) n = 3;
    else if (n && a != comma_end) joiners++;
    if (!n) return 0;
    comma_end = (cp == 0x3001 || cp == ',') && n == (size_t)dg_utf8_len(t + a, t + z) ? a + (uint32_t)n : 0;
    a += (uint32_t)n;
  }
  return joiners == 1;
}

/* May mention i of sentence s be a member of a list of type `type` before its last: not
 * nested, and with no role word of its own, which would close its phrase (At the Summit,
 * the Forum ...; 会合では、…会議が; following the Summit), except in English the
 * preposition of the whole list (in the Summit and the Forum; to the Summit and the
 * Forum)? */
static int member(const dg_rel_ctx *c, uint32_t s, uint32_t i, dg_type type) {
  if (c->nested[i] || c->d->ments[i].type != type) return 0;
  uint8_t part = dg_rel_part(c, &c->d->ments[i]);
  return !part || (dg_rel_latin(c, s) && (part == DG_PART_VENUE || part == DG_PART_OBJECT ||
                                          part == DG_PART_OWNER));
}

size_t dg_rel_list_before(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t *out,
                          size_t max) {
  size_t n = 0;
  dg_type type = c->d->ments[i].type;
  uint32_t last = i;
  for (uint32_t j = i; j-- > c->sent_first[s] && n < max;) {
    if (c->nested[j]) continue;
    if (!member(c, s, j, type) || !joins(c, c->d->ments[j].end, c->d->ments[last].start)) break;
    out[n++] = j;
    last = j;
  }
  return n;
}

size_t dg_rel_list_after(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t *out,
                         size_t max) {
  size_t n = 0;
  dg_type type = c->d->ments[i].type;
  uint32_t last = i;
  for (uint32_t j = i + 1; j < c->sent_end[s] && n < max; j++) {
    if (c->nested[j] || c->d->ments[j].end <= gloss_end(c, s, &c->d->ments[last])) continue;
    if (!member(c, s, j, type) || !joins(c, c->d->ments[last].end, c->d->ments[j].start)) break;
    out[n++] = j;
    last = j;
  }
  return n;
}
