/* Roles: the part a name plays in its clause, from the role word of roles.tsv next to it:
 * the particle after a Japanese name (会合は topic, 会合に続いて after, 基金を通じ owner) or
 * the preposition before an English one (at the Summit: scene, under the Initiative:
 * owner). The relation rules pick with it which of several names a verb speaks of: the
 * meeting held is the topic, subject or object of 開催, never one it follows.
 * An English country after a place and a comma is where the place is (in Phuket,
 * Thailand): it plays the place's part.
 * Invariant: only words of roles.tsv on the name's own side count. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/context.h"

static int is_closer(char ch) { return ch == ')' || ch == '"' || ch == '\'' || ch == ']'; }

/* Past the closing quotes (」』 or ASCII) and one parenthesis after offset p, up to e. */
static uint32_t skip_after(const char *t, uint32_t p, uint32_t e) {
  for (int round = 0; round < 2; round++) {
    while (p < e && (t[p] == ' ' || is_closer(t[p]) || dg_cp_at(t, e, p) == 0x300D ||
                     dg_cp_at(t, e, p) == 0x300F))
      p += (unsigned char)t[p] < 0x80 ? 1 : 3;
    if (p < e && t[p] == '(') {
      uint32_t q = p + 1;
      while (q < e && t[q] != ')' && t[q] != '\n' && q - p < 80) q++;
      if (q < e && t[q] == ')') p = q + 1;
    }
  }
  return p;
}

/* A name that opens a quotation whose title goes on with a subtitle (「日メコン交流フォーラム
 * ―未来へ―」を開催): the end of the quotation, whose role is the name's; else m->end. The
 * subtitle starts with a space, a dash or a colon, and no quotation opens inside. */
static uint32_t quoted_title_end(const char *t, const dg_mention *m, const dg_sentence *se) {
  uint32_t q = m->end;
  if (m->start < se->start + 3 || dg_cp_at(t, se->end, m->start - 3) != 0x300C || q >= se->end)
    return m->end;
  uint32_t cp = dg_cp_at(t, se->end, q);
  if (cp != ' ' && cp != ':' && cp != '-' && cp != 0x2015 && cp != 0x2014 && cp != 0x2500 &&
      cp != 0x301C)
    return m->end;
  while (q < se->end && q - m->end < 150) {
    cp = dg_cp_at(t, se->end, q);
    if (cp == 0x300D) return q;
    if (cp == 0x300C || cp == 0x3002) break;
    int l = dg_utf8_len(t + q, t + se->end);
    q += l > 0 ? (uint32_t)l : 1;
  }
  return m->end;
}

/* Most kanji of a body's name before a title after a person (外交部長官, 国土交通大臣). */
#define MAX_BODY_KANJI 8

/* The end of a title after a person that a body's name opens: a run of kanji from p (at
 * most MAX_BODY_KANJI) that ends in a title of titles.tsv written after a name (外交部|長官,
 * 国防省|次官); or 0. */
static uint32_t body_title_end(const dg_rel_ctx *c, uint32_t p, uint32_t e) {
  const char *t = c->d->text;
  uint32_t q = p;
  for (int n = 0; q < e && n < MAX_BODY_KANJI && dg_script_of(dg_cp_at(t, e, q)) == DG_SC_KANJI; n++)
    q += 3;
  long tw = q > p ? dg_wordlist_before(&c->r->titles, t, p, q) : -1;
  return tw >= 0 && c->r->titles.w[tw].as.title.side == DG_SIDE_AFTER &&
                 q - c->r->titles.w[tw].len > p
             ? q
             : 0;
}

/* The role word right after a Japanese name (past a parenthesis, the titles that follow a
 * person's name: 岸田総理（当時）が, 鈴木外務大臣は, 朴外交部長官は (body_title_end), and a
 * quoted title's subtitle), or 0. */
static uint8_t part_after(const dg_rel_ctx *c, const dg_mention *m, const dg_sentence *se) {
  const char *t = c->d->text;
  uint32_t p = skip_after(t, quoted_title_end(t, m, se), se->end);
  for (int k = 0; k < 2 && m->type == DG_TYPE_PERSON; k++) {
    long tw = dg_wordlist_at(&c->r->titles, t, se->end, p);
    uint32_t z = tw >= 0 && c->r->titles.w[tw].as.title.side == DG_SIDE_AFTER
                     ? p + c->r->titles.w[tw].len
                     : body_title_end(c, p, se->end);
    if (!z) break;
    p = skip_after(t, z, se->end);
  }
  long w = dg_wordlist_at(&c->r->roles, t, se->end, p);
  if (w < 0 || c->r->roles.w[w].as.role.side != DG_SIDE_AFTER) return 0;
  return c->r->roles.w[w].as.role.part;
}

/* The start of the word that ends at q (spaces before q skipped), or q when none. */
static uint32_t word_before(const char *t, uint32_t min, uint32_t *q) {
  while (*q > min && t[*q - 1] == ' ') (*q)--;
  uint32_t w = *q;
  while (w > min && (dg_is_ascii_alnum((unsigned char)t[w - 1]) || t[w - 1] == '-')) w--;
  return w;
}

/* A word that may stand between a preposition and its name: an article, or a word in
 * lower case (the first ever Summit, the new Fund). */
static int skippable(const char *t, uint32_t a, uint32_t z) {
  if (a == z) return 0;
  for (uint32_t i = a; i < z; i++)
    if (t[i] >= 'A' && t[i] <= 'Z') return 0;
  return 1;
}

/* English: is the role word wd at ws one word with the article "the" right before it (The
 * following countries attended the Summit: a determiner, no preposition)? A role of words
 * that ends in one (the reports of the Meeting) keeps its role after an article. */
static int after_article(const char *t, const dg_sentence *se, uint32_t ws, const dg_word *wd) {
  return !memchr(wd->s, ' ', wd->len) && ws >= se->start + 4 &&
         (dg_lit_before(t, ws, "the ") || dg_lit_before(t, ws, "The "));
}

/* The role word before an English name (up to three skippable words away), or 0. */
static uint8_t part_before(const dg_rel_ctx *c, const dg_mention *m, const dg_sentence *se) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  for (int step = 0; step < 4; step++) {
    uint32_t a = word_before(t, se->start, &q);
    long w = dg_wordlist_before(&c->r->roles, t, se->start, q);
    if (w >= 0) {
      const dg_word *wd = &c->r->roles.w[w];
      uint32_t ws = q - wd->len;
      if (wd->as.role.side == DG_SIDE_BEFORE &&
          (ws == se->start || !dg_is_ascii_alnum((unsigned char)t[ws - 1])) &&
          !after_article(t, se, ws, wd))
        return wd->as.role.part;
    }
    if (!skippable(t, a, q)) return 0;
    q = a;
  }
  return 0;
}

/* English: the name a short form in parentheses stands after (Partnership for X (PGII)),
 * whose part the short form shares; or m itself. */
static const dg_mention *long_form(const dg_rel_ctx *c, const dg_mention *m,
                                   const dg_sentence *se) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (q <= se->start || t[q - 1] != '(') return m;
  q--;
  while (q > se->start && t[q - 1] == ' ') q--;
  for (uint32_t i = c->sent_first[m->sentence]; i < c->sent_end[m->sentence]; i++)
    if (c->d->ments[i].end == q && !c->nested[i]) return &c->d->ments[i];
  return m;
}

/* English: the place a country or place m stands after as its apposition, a comma and
 * maybe "the" between (in Phuket, Thailand; in Bangkok, the Kingdom of Thailand), whose
 * part m shares; or NULL. */
static const dg_mention *apposed_to(const dg_rel_ctx *c, const dg_mention *m,
                                    const dg_sentence *se) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (m->type != DG_TYPE_COUNTRY && m->type != DG_TYPE_PLACE) return NULL;
  if (q >= se->start + 4 && dg_lit_before(t, q, "the ")) q -= 4;
  if (q < se->start + 2 || !dg_lit_before(t, q, ", ")) return NULL;
  q -= 2;
  for (uint32_t i = c->sent_first[m->sentence]; i < c->sent_end[m->sentence]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (x->end == q && !c->nested[i]) return x->type == DG_TYPE_PLACE ? x : NULL;
  }
  return NULL;
}

/* Can m be an item of a list of places or parties (not a date: Suva, Fiji, Aug. 5)? */
static int list_item(const dg_mention *m) {
  return m->type == DG_TYPE_COUNTRY || m->type == DG_TYPE_PLACE || m->type == DG_TYPE_REGION ||
         m->type == DG_TYPE_GROUP || m->type == DG_TYPE_ORGANIZATION;
}

/* English: do names a and b stand in a list: a name before a past a comma (Fiji, French
 * Polynesia), or one after b past a comma or "and" (Kiribati, Nauru; Kiribati and Nauru)? */
static int in_list(const dg_rel_ctx *c, const dg_mention *a, const dg_mention *b) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[a->sentence];
  uint32_t p = a->start, q = b->end;
  if (p >= se->start + 2 && dg_lit_before(t, p, ", ") &&
      dg_rel_mention_at(c, a->sentence, p - 2, 1, list_item) >= 0)
    return 1;
  if (dg_lit(t, se->end, q, ",")) q++;
  while (q < se->end && t[q] == ' ') q++;
  if (dg_lit(t, se->end, q, "and ")) q += 4;
  if (dg_lit(t, se->end, q, "the ")) q += 4;
  return q > b->end && dg_rel_mention_at(c, a->sentence, q, 0, list_item) >= 0;
}

int dg_rel_apposed_place(const dg_rel_ctx *c, const dg_mention *m) {
  if (m->sentence >= c->d->nsents || !dg_rel_latin(c, m->sentence)) return 0;
  const dg_mention *place = apposed_to(c, m, &c->d->sents[m->sentence]);
  return place && !in_list(c, place, m);
}

uint8_t dg_rel_part(const dg_rel_ctx *c, const dg_mention *m) {
  if (m->sentence >= c->d->nsents) return 0;
  const dg_sentence *se = &c->d->sents[m->sentence];
  if (!dg_rel_latin(c, m->sentence)) return part_after(c, m, se);
  uint8_t part = part_before(c, long_form(c, m, se), se);
  const dg_mention *place = part ? NULL : apposed_to(c, m, se);
  return place ? part_before(c, place, se) : part;
}
