/* Counted lists: a count of parties (a quantity whose unit holds a word of
 * party_nouns.tsv: 12 nations, 5カ国, 13カ国・地域) and the list that names as many
 * actors as it counts, written right after it in English or right before it with の in
 * Japanese: the list's actors are the parties the count stands for, and take part in the
 * meeting the count's words say.
 *   The 12 nations are--A, B, … and L, as part of the M -> each of A … L takes part in M,
 *     the meeting the sentence names after the list (none named there: no tie);
 *   A、B、C、D、Eの5カ国の外相と会談 (the count inside the talks' name, E too)
 *     -> each of A … E takes part in the talks.
 * Invariant: the list holds exactly as many actors as the count, joined only by commas,
 * spaces, "and", "the" (English) or words of list_joiners.tsv (Japanese); the meeting is
 * one the sentence names. A list of fewer names (ASEAN's ten members, including A and B)
 * or a count of something else (5 projects) ties nothing. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

#define MAX_COUNT 64 /* the largest count read so */

/* The whole number quantity q counts when its unit holds a word of party_nouns.tsv
 * (countries, nations, member states, countries and regions), else 0. */
static uint32_t party_count(const dg_rel_ctx *c, const dg_mention *q) {
  const dg_wordlist *l = &c->r->party_nouns;
  if (q->type != DG_TYPE_QUANTITY || !q->unit || q->has_range) return 0;
  size_t n = strlen(q->unit), i = 0;
  while ((i = dg_wordlist_next(l, q->unit, n, i)) < n && !dg_rel_whole_word(l, q->unit, n, i)) i++;
  if (i >= n) return 0;
  int64_t v = q->value.mant;
  for (int32_t e = q->value.exp; e > 0 && v <= MAX_COUNT; e--) v *= 10;
  return q->value.exp >= 0 && v > 1 && v <= MAX_COUNT ? (uint32_t)v : 0;
}

/* English: is t[a, z) commas, spaces, "and" and "the" (any case) only: a gap of a list?
 * dg_rel_en_list_gap's, but for "The" too, which opens a state's long name inside a list
 * (…, Palau, The Independent State of Samoa, …). */
static int en_gap(const char *t, uint32_t a, uint32_t z) {
  while (a < z) {
    if (t[a] == ',' || t[a] == ' ') a++;
    else if (dg_lit(t, z, a, "and ")) a += 4;
    else if (dg_lit(t, z, a, "the ") || dg_lit(t, z, a, "The ")) a += 4;
    else return 0;
  }
  return 1;
}

/* English: past " are" or " were" and the marks that open a list (--, —, :, namely) after
 * count q: where its first name must start. */
static uint32_t en_list_start(const char *t, uint32_t p, uint32_t e) {
  if (dg_lit(t, e, p, " are")) p += 4;
  else if (dg_lit(t, e, p, " were")) p += 5;
  for (;;) {
    if (p < e && (t[p] == ' ' || t[p] == '-' || t[p] == ':' || t[p] == ',')) p++;
    else if (dg_lit(t, e, p, "\xE2\x80\x94") || dg_lit(t, e, p, "\xE2\x80\x93")) p += 3;
    else if (dg_lit(t, e, p, "namely")) p += 6;
    else return p;
  }
}

/* English: the actors listed right after count q of sentence s into out, when they are
 * exactly n; returns how many (0 when not n). */
static uint32_t en_listed(const dg_rel_ctx *c, uint32_t s, const dg_mention *q, uint32_t n,
                          uint32_t *out) {
  const char *t = c->d->text;
  uint32_t at = en_list_start(t, q->end, c->d->sents[s].end), k = 0;
  for (uint32_t j = c->sent_first[s]; j < c->sent_end[s] && k <= n; j++) {
    const dg_mention *x = &c->d->ments[j];
    if (c->nested[j] || x->start < at) continue;
    if (!dg_rel_is_actor(x) || !(k ? en_gap(t, at, x->start) : x->start == at)) break;
    if (k < n) out[k] = j;
    k++, at = x->end;
  }
  return k == n ? n : 0;
}

/* Japanese: the actors listed right before の and count q of sentence s (the last may lie
 * nested in a meeting's name: Eの5カ国の外相と会談) into out, when they are exactly n;
 * returns how many (0 when not n). */
static uint32_t ja_listed(const dg_rel_ctx *c, uint32_t s, const dg_mention *q, uint32_t n,
                          uint32_t *out) {
  const char *t = c->d->text;
  if (q->start < 3 || !dg_lit_before(t, q->start, "\xE3\x81\xAE")) return 0; /* の */
  uint32_t at = q->start - 3, k = 0;
  for (uint32_t j = c->sent_end[s]; j-- > c->sent_first[s] && k <= n;) {
    const dg_mention *x = &c->d->ments[j];
    if (x->end > at || (x->end < at && c->nested[j])) continue;
    size_t w = k ? dg_rel_whole_word(&c->r->list_joiners, t, at, x->end) : 0;
    if (!dg_rel_is_actor(x) || (k ? x->end + w != at : x->end != at)) break;
    if (k < n) out[k] = j;
    k++, at = x->start;
  }
  return k == n ? n : 0;
}

/* Japanese: the meeting of sentence s whose name holds count q (5カ国の外相と会談), or -1. */
static long ja_meeting_over(const dg_rel_ctx *c, uint32_t s, const dg_mention *q) {
  for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++) {
    const dg_mention *m = &c->d->ments[j];
    if (m->type == DG_TYPE_MEETING && m->start < q->start && q->end <= m->end) return (long)j;
  }
  return -1;
}

void dg_rel_counted_parties(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  int ja = !dg_rel_latin(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *q = &c->d->ments[i];
    uint32_t n = party_count(c, q), ls[MAX_COUNT];
    n = !n ? 0 : ja ? ja_listed(c, s, q, n, ls) : en_listed(c, s, q, n, ls);
    if (!n) continue;
    long m = -1;
    if (ja) m = ja_meeting_over(c, s, q);
    else m = dg_rel_clause_meeting(c, s, c->ment_clause[ls[n - 1]], c->d->ments[ls[n - 1]].end);
    if (m < 0 || c->d->ments[m].sentence != s) continue;
    for (uint32_t k = 0; k < n; k++) dg_rel_add(c, kind, ls[k], (uint32_t)m, s);
  }
}
