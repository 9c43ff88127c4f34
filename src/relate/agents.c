/* Agents of another verb: English names after "by" that do what a participle other than a
 * trigger word says (a needs assessment prepared by the UNDP, the World Bank and the ADB;
 * a report funded by Japan). They are the agents of that participle, not actors of the
 * clause's verb of taking part or holding: the UNDP prepared, it did not attend.
 * Invariant: the names counted are those of the list that follows "<participle> by" (names
 * joined by commas, "and", "the" and spaces only), and a participle that is a trigger word
 * (hosted by, chaired by, attended by) keeps its agents. Reporters: the names of a closing
 * attribution (..., the Andina agency cites the ministry; ..., Minister X said) report
 * the sentence (dg_rel_reporter): a tail after the last comma with no trigger word; so
 * do those of a tail opening with a word of report_openers.tsv (..., according to X).
 * Credits: the name after a word of credit_words.tsv ((Photo: VNA)) made the picture
 * (dg_rel_credit). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does the Latin word w end at offset z (after spaces), as a whole word? Sets *a to where
 * it starts. */
static int word_ends(const char *t, uint32_t min, uint32_t z, const char *w, uint32_t *a) {
  uint32_t n = 0;
  while (w[n]) n++;
  while (z > min && t[z - 1] == ' ') z--;
  if (z < min + n || !dg_lit(t, z, z - n, w)) return 0;
  *a = z - n;
  return *a == min || !dg_is_ascii_alnum((unsigned char)t[*a - 1]);
}

/* The mention of an actor type ending at offset z (spaces before z skipped), not nested,
 * or -1. */
static long name_ending(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  while (z > c->d->sents[s].start && t[z - 1] == ' ') z--;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].end == z && dg_rel_is_type(&c->d->ments[i], DG_REL_ACTORS))
      return (long)i;
  return -1;
}

/* Does a trigger word of the sentence end at offset z? */
static int trigger_ends(const dg_rel_ctx *c, uint32_t z) {
  for (size_t k = 0; k < c->trigs.n; k++)
    if (c->trigs.v[k].end == z) return 1;
  return 0;
}

int dg_rel_agent_of_other(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t min = c->d->sents[s].start, at = c->d->ments[i].start, a;
  if (!dg_rel_latin(c, s)) return 0;
  for (int step = 0; step < 32; step++) {
    if (word_ends(t, min, at, "the", &a)) at = a;
    uint32_t z = at;
    while (z > min && t[z - 1] == ' ') z--;
    if (word_ends(t, min, z, "by", &a)) {
      uint32_t w = a;
      while (w > min && t[w - 1] == ' ') w--;
      uint32_t v = w;
      while (v > min && t[v - 1] >= 'a' && t[v - 1] <= 'z') v--;
      return v < w && !trigger_ends(c, w);
    }
    if (z > min && t[z - 1] == ',') z--;
    else if (word_ends(t, min, z, "and", &a)) z = a;
    else return 0;
    if (z > min && t[z - 1] == ',') z--; /* A, and B */
    long j = name_ending(c, s, z);
    if (j < 0) return 0;
    at = c->d->ments[j].start;
  }
  return 0;
}

/* Does a word of report_openers.tsv start, as a whole word, at offset p (..., according to
 * X)? */
static int report_opener_at(const dg_rel_ctx *c, uint32_t p, uint32_t end) {
  const char *t = c->d->text;
  long w = dg_wordlist_at(&c->r->report_openers, t, end, p);
  if (w < 0) return 0;
  uint32_t e = p + (uint32_t)c->r->report_openers.w[w].len;
  return e == end || !dg_is_ascii_alnum((unsigned char)t[e]);
}

/* Does a word of report_verbs.tsv start, as a whole word, at one of [from, end)? */
static int report_verb_in(const dg_rel_ctx *c, uint32_t from, uint32_t end) {
  const char *t = c->d->text;
  for (uint32_t p = from; p < end; p++) {
    if (p > from && dg_is_ascii_alnum((unsigned char)t[p - 1])) continue;
    long w = dg_wordlist_at(&c->r->report_verbs, t, end, p);
    if (w < 0) continue;
    uint32_t e = p + (uint32_t)c->r->report_verbs.w[w].len;
    if (e == end || !dg_is_ascii_alnum((unsigned char)t[e])) return 1;
  }
  return 0;
}

int dg_rel_credit(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start, a = c->d->ments[i].start;
  if (!dg_rel_latin(c, s)) return 0;
  if (a > lo && t[a - 1] == ' ') a--;
  long w = dg_wordlist_before(&c->r->credit_words, t, lo, a);
  if (w < 0) return 0;
  uint32_t b = a - (uint32_t)c->r->credit_words.w[w].len;
  return b == 0 || t[b - 1] == '(' || t[b - 1] == '\n';
}

/* English: does mention i of sentence s stand in an opening attribution, a word of
 * report_openers.tsv opening the sentence and i before the first comma after it (According
 * to the Foreign Ministry, the ministers discussed ...)? */
static int opening_source(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  if (!report_opener_at(c, se->start, se->end)) return 0;
  const char *comma = memchr(t + se->start, ',', se->end - se->start);
  return comma && c->d->ments[i].end <= (uint32_t)(comma - t);
}

int dg_rel_reporter(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  uint32_t q = se->end, p;
  if (!dg_rel_latin(c, s)) return 0;
  if (opening_source(c, s, i)) return 1; /* According to X, ... */
  while (q > se->start && t[q - 1] != ',') q--;
  if (q == se->start || q > c->d->ments[i].start) return 0;
  for (p = q; p < se->end && t[p] == ' ';) p++;
  int opener = p < se->end && report_opener_at(c, p, se->end);
  if (p == se->end || ((t[p] < 'A' || t[p] > 'Z') && !opener)) return 0;
  for (size_t g = 0; g < c->trigs.n; g++)
    if (c->trigs.v[g].start >= q) return 0; /* ..., and Laos said it will attend */
  return opener || report_verb_in(c, q, se->end);
}
