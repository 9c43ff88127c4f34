/* Actors a sentence leaves out (exclusion_words.tsv): "leaders of the members, except from
 * Myanmar, attended", "all ministers other than Laos and Cambodia", ミャンマーを除くASEAN各国,
 * タイ以外の国. A word of the list written "before" stands before the actor with only other
 * actors of the same list, spaces and joiners of list_joiners.tsv (、, and) between; one
 * written "after" stands right after it, or after the actors listed with it
 * (ミャンマーとタイを除く); an actor that the sentence names again where such a word leaves it
 * out (…、フィジー)と面会した(フィジーは欠席) is left out wherever the sentence names it.
 * An English word written "after" follows the actor or its list past a comma or spaces
 * (China, France and Japan, are barred from attending the meeting; Fiji did not attend).
 * Invariant: reads only; nested mentions are passed over as parts of their names. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is there a word of `list` ending at p (from on), standing whole (a Latin one not the end
 * of a longer word)? Its length, or 0. */
static size_t word_ending(const dg_wordlist *list, const char *t, uint32_t from, uint32_t p) {
  long w = dg_wordlist_before(list, t, from, p);
  if (w < 0) return 0;
  uint32_t a = p - (uint32_t)list->w[w].len;
  int latin = (unsigned char)t[a] < 0x80;
  return latin && a > 0 && dg_is_ascii_alnum((unsigned char)t[a - 1]) ? 0 : list->w[w].len;
}

/* Is mention i of sentence s left out by an exclusion word before it (except Myanmar)? */
static int excluded_before(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_wordlist *l = &c->r->exclusion_words;
  const char *t = c->d->text;
  uint32_t from = c->d->sents[s].start, p = c->d->ments[i].start;
  for (int hops = 0; hops < 12; hops++) {
    size_t n;
    while (p > from && t[p - 1] == ' ') p--;
    while ((n = word_ending(&c->r->list_joiners, t, from, p)) != 0)
      for (p -= (uint32_t)n; p > from && t[p - 1] == ' ';) p--;
    long w = dg_wordlist_before(l, t, from, p);
    if (w >= 0 && (l->w[w].as.title.side & DG_SIDE_BEFORE) && word_ending(l, t, from, p))
      return 1;
    long k = dg_rel_mention_at(c, s, p, 1, dg_rel_is_actor);
    if (k < 0) return 0;
    p = c->d->ments[k].start;
  }
  return 0;
}

/* Is mention i of sentence s left out by an exclusion word after it, or after the actors
 * listed with it (ミャンマーとタイを除く)? */
static int excluded_after(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_wordlist *l = &c->r->exclusion_words;
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end, p = c->d->ments[i].end;
  if (c->d->ments[i].type == DG_TYPE_PERSON) { /* past the person's title: 山田大臣の代理として */
    uint32_t q = p;
    while (q < end && q - p < 36 && dg_script_of(dg_cp_at(t, end, q)) == DG_SC_KANJI)
      q += (uint32_t)dg_utf8_len(t + q, t + end);
    long w = q > p ? dg_wordlist_at(l, t, end, q) : -1;
    if (w >= 0 && (l->w[w].as.title.side & DG_SIDE_AFTER)) return 1;
  }
  for (int hops = 0; hops < 12; hops++) {
    long w = dg_wordlist_at(l, t, end, p);
    if (w >= 0 && (l->w[w].as.title.side & DG_SIDE_AFTER)) return 1;
    size_t n = dg_rel_whole_word(&c->r->list_joiners, t, end, p);
    long k = n ? dg_rel_mention_at(c, s, p + (uint32_t)n, 0, dg_rel_is_actor) : -1;
    if (k < 0) return 0;
    p = c->d->ments[k].end;
  }
  return 0;
}

/* Past spaces, a comma, a joiner of list_joiners.tsv standing whole and "the " at p (",
 * and the ") up to e. */
static uint32_t en_past_joiners(const dg_rel_ctx *c, uint32_t p, uint32_t e) {
  const char *t = c->d->text;
  for (uint32_t q = e; q != p;) {
    q = p;
    while (p < e && (t[p] == ' ' || t[p] == ',')) p++;
    size_t n = dg_rel_whole_word(&c->r->list_joiners, t, e, p);
    if (n && dg_is_ascii_alnum((unsigned char)t[p])) p += (uint32_t)n;
    if (dg_lit(t, e, p, "the ")) p += 4;
  }
  return p;
}

/* English: is mention i of sentence s left out by a Latin exclusion word written "after"
 * that follows it, or the actors listed with it, past commas and spaces (A, B and C, are
 * barred from attending; A and B did not attend)? */
static int en_excluded_after(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_wordlist *l = &c->r->exclusion_words;
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end, p = c->d->ments[i].end;
  for (int hops = 0; hops < 12 && dg_rel_latin(c, s); hops++) {
    uint32_t q = p;
    while (q < end && (t[q] == ' ' || t[q] == ',')) q++;
    long w = dg_wordlist_at(l, t, end, q);
    if (w >= 0 && (l->w[w].as.title.side & DG_SIDE_AFTER) && q > p &&
        dg_rel_whole_word(l, t, end, q))
      return 1;
    long k = dg_rel_mention_at(c, s, en_past_joiners(c, p, end), 0, dg_rel_is_actor);
    if (k < 0) return 0;
    p = c->d->ments[k].end;
  }
  return 0;
}

/* Is another mention of mention i's entity in sentence s left out by a word after it (the
 * list (…、フィジー) and then フィジーは欠席: the country named twice, absent once)? */
static int named_left_out(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++)
    if (j != i && !c->nested[j] && c->d->ments[j].type == m->type &&
        !strcmp(c->d->ments[j].id, m->id) && excluded_after(c, s, j))
      return 1;
  return 0;
}

int dg_rel_excluded(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  return c->r->exclusion_words.n &&
         (excluded_before(c, s, i) || excluded_after(c, s, i) || en_excluded_after(c, s, i) ||
          named_left_out(c, s, i));
}
