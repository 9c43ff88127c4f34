/* Actors a sentence leaves out (exclusion_words.tsv): "leaders of the members, except from
 * Myanmar, attended", "all ministers other than Laos and Cambodia", ミャンマーを除くASEAN各国,
 * タイ以外の国. A word of the list written "before" stands before the actor with only other
 * names of the same list, commas, spaces, "and" and "or" between; one written "after"
 * stands right after it, or after the names listed with it (ミャンマーとタイを除く).
 * Invariant: reads only; nested mentions are passed over as parts of their names. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The mention of sentence s (not nested) that ends at p, or -1. */
static long ending_at(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].end == p) return (long)i;
  return -1;
}

/* The mention of sentence s (not nested) that starts at p, or -1. */
static long starting_at(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].start == p) return (long)i;
  return -1;
}

/* Past the spaces, commas, "and" and "or" that end at p, back to where they start. */
static uint32_t back_over_joiners(const char *t, uint32_t from, uint32_t p) {
  for (;;) {
    if (p > from && (t[p - 1] == ' ' || t[p - 1] == ',')) p--;
    else if (p >= from + 4 && dg_lit_before(t, p, " and")) p -= 4;
    else if (p >= from + 3 && dg_lit_before(t, p, " or")) p -= 3;
    else return p;
  }
}

/* An English exclusion word ("before") ending at p, as whole words. */
static int word_before(const dg_rel_ctx *c, uint32_t from, uint32_t p) {
  const dg_wordlist *l = &c->r->exclusion_words;
  long w = dg_wordlist_before(l, c->d->text, from, p);
  if (w < 0 || !(l->w[w].as.title.side & DG_SIDE_BEFORE)) return 0;
  uint32_t a = p - (uint32_t)l->w[w].len;
  return a == 0 || !dg_is_ascii_alnum((unsigned char)c->d->text[a - 1]);
}

/* Is mention i of sentence s left out by an exclusion word before it (except Myanmar)? */
static int excluded_before(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t from = c->d->sents[s].start, p = c->d->ments[i].start;
  for (int hops = 0; hops < 12; hops++) {
    p = back_over_joiners(t, from, p);
    if (word_before(c, from, p)) return 1;
    long k = ending_at(c, s, p);
    if (k < 0 || !dg_rel_is_type(&c->d->ments[k], DG_REL_ACTORS)) return 0;
    p = c->d->ments[k].start;
  }
  return 0;
}

/* The length of a Japanese list joiner at p (、, と, 及び, や), or 0. */
static uint32_t ja_joiner(const char *t, uint32_t end, uint32_t p) {
  static const char *const joiners[] = {"\xE3\x80\x81", "\xE3\x81\xA8", "\xE5\x8F\x8A\xE3\x81\xB3",
                                        "\xE3\x82\x84"}; /* 、 と 及び や */
  for (size_t k = 0; k < sizeof joiners / sizeof *joiners; k++)
    if (dg_lit(t, end, p, joiners[k])) return (uint32_t)strlen(joiners[k]);
  return 0;
}

/* Is mention i of sentence s left out by an exclusion word after it, or after the names
 * listed with it (ミャンマーとタイを除く)? */
static int excluded_after(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_wordlist *l = &c->r->exclusion_words;
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end, p = c->d->ments[i].end;
  for (int hops = 0; hops < 12; hops++) {
    long w = dg_wordlist_at(l, t, end, p);
    if (w >= 0 && (l->w[w].as.title.side & DG_SIDE_AFTER)) return 1;
    uint32_t j = ja_joiner(t, end, p);
    long k = j ? starting_at(c, s, p + j) : -1;
    if (k < 0 || !dg_rel_is_type(&c->d->ments[k], DG_REL_ACTORS)) return 0;
    p = c->d->ments[k].end;
  }
  return 0;
}

int dg_rel_excluded(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  return c->r->exclusion_words.n && (excluded_before(c, s, i) || excluded_after(c, s, i));
}
