/* Talks named by the person met (B首相と会談, B大臣との会談: names_talks.c). Such a name
 * is a person, a title maybe, と or との and 会談, nothing else; the reports that name
 * talks so are a visitor's (理事長は、…を訪問し、B大統領と会談した), and they leave out who
 * met B when the sentence before said it.
 *   the counterpart: the person inside the name takes part (partner.c calls
 *     dg_rel_talks_counterpart), past ・ and a country, a title, a gloss in brackets and a
 *     word of talks_prefixes.tsv (チン・ベトナム首相(H.E. ...)と電話会談);
 *   the visitor: a person of the sentence that is its topic or speaker (A理事長は、…B首相と
 *     会談した; B大臣との会談で、A理事長は; A副大臣から、) takes part; a sentence that
 *     names no person but the counterpart (続いて、…B大統領と会談を行いました) has the topic
 *     of the sentence before, in the same block (A理事長は、), as the other side;
 *   the place visited: a place or country right before を訪問し / を訪れ in the same
 *     sentence, before the talks (…州を訪問し、…B大統領と会談) -> held_in(talks, place).
 * Invariant: only meetings whose name is talks named by a person are read. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

#define TO "\xE3\x81\xA8"                 /* と */
#define NO "\xE3\x81\xAE"                 /* の */
#define HA "\xE3\x81\xAF"                 /* は */
#define KARA "\xE3\x81\x8B\xE3\x82\x89"         /* から */
#define KAIDAN "\xE4\xBC\x9A\xE8\xAB\x87" /* 会談 */

/* Past a title of titles.tsv at p (首相), or p. */
static uint32_t past_title(const dg_rel_ctx *c, uint32_t p, uint32_t end) {
  long w = dg_wordlist_at(&c->r->titles, c->d->text, end, p);
  return w >= 0 && c->r->titles.w[w].as.title.side == DG_SIDE_AFTER
             ? p + (uint32_t)c->r->titles.w[w].len
             : p;
}

/* Past ・ and a country's mention of sentence s at p (チン|・ベトナム首相), or p; the
 * country may lie nested in the talks' span. */
static uint32_t past_country(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  if (!dg_lit(c->d->text, c->d->sents[s].end, p, "\xE3\x83\xBB")) return p; /* ・ */
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++)
    if (c->d->ments[k].start == p + 3 && c->d->ments[k].type == DG_TYPE_COUNTRY)
      return c->d->ments[k].end;
  return p;
}

long dg_rel_talks_country(const dg_rel_ctx *c, uint32_t s, uint32_t cp) {
  uint32_t p = c->d->ments[cp].end;
  if (!dg_lit(c->d->text, c->d->sents[s].end, p, "\xE3\x83\xBB")) return -1; /* ・ */
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++)
    if (c->d->ments[k].start == p + 3 && c->d->ments[k].type == DG_TYPE_COUNTRY) return (long)k;
  return -1;
}

/* Past a gloss in brackets at p ((H.E. Mr. ...), （...）) that closes before `end`, or p. */
static uint32_t past_gloss(const char *t, uint32_t p, uint32_t end) {
  int full = p + 3 <= end && dg_cp_at(t, end, p) == 0xFF08;
  if (p >= end || (t[p] != '(' && !full)) return p;
  for (uint32_t q = p + 1; q < end; q++)
    if ((!full && t[q] == ')') || (full && dg_cp_at(t, end, q) == 0xFF09))
      return q + (full ? 3 : 1);
  return p;
}

/* Are t[a, z) katakana and ・ only (a given name before a person's mention), or empty? */
static int katakana_only(const char *t, uint32_t a, uint32_t z) {
  while (a < z) {
    uint32_t cp = dg_cp_at(t, z, a);
    if (dg_script_of(cp) != DG_SC_KATAKANA && cp != 0x30FB) return 0;
    a += (uint32_t)dg_utf8_len(t + a, t + z);
  }
  return 1;
}

long dg_rel_talks_counterpart(const dg_rel_ctx *c, uint32_t s, uint32_t g) {
  const char *t = c->d->text;
  const dg_mention *m = &c->d->ments[g];
  if (m->type != DG_TYPE_MEETING || dg_rel_latin(c, s)) return -1;
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
    const dg_mention *x = &c->d->ments[k];
    if (k == g || x->type != DG_TYPE_PERSON || x->start < m->start || x->end >= m->end ||
        !katakana_only(t, m->start, x->start))
      continue;
    uint32_t p = past_gloss(t, past_title(c, past_country(c, s, x->end), m->end), m->end);
    if (!dg_lit(t, m->end, p, TO)) continue;
    p += 3;
    if (dg_lit(t, m->end, p, NO)) p += 3;
    long w = dg_wordlist_at(&c->r->talks_prefixes, t, m->end, p); /* と電話会談 */
    if (w >= 0) p += (uint32_t)c->r->talks_prefixes.w[w].len;
    if (dg_lit(t, m->end, p, KAIDAN) && p + 6 == m->end) return (long)k;
  }
  return -1;
}

/* Is person mention i of sentence s the topic or the speaker of its clause: a title maybe,
 * then は or から (A理事長は; A副大臣から、: who speaks in a report of talks)? */
static int topic_at(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, p = past_title(c, c->d->ments[i].end, e);
  return dg_lit(t, e, p, HA) || dg_lit(t, e, p, KARA);
}

/* The person that is the topic of sentence s: a person (not nested), a title maybe, は and
 * a comma, at the sentence's start or after a date and a comma; or -1. */
static long topic_person(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i]) continue;
    if (m->type != DG_TYPE_PERSON) return -1;
    uint32_t p = past_title(c, m->end, e);
    if (!dg_lit(t, e, p, HA)) return -1;
    uint32_t cp = p + 3 < e ? dg_cp_at(t, e, p + 3) : 0;
    return cp == 0x3001 || cp == 0xFF0C ? (long)i : -1;
  }
  return -1;
}

void dg_rel_talks_visitor(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (dg_rel_latin(c, s)) return;
  for (uint32_t g = c->sent_first[s]; g < c->sent_end[s]; g++) {
    long cp = c->nested[g] ? -1 : dg_rel_talks_counterpart(c, s, g);
    if (cp < 0) continue;
    int other = 0, tied = 0;
    for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
      const dg_mention *x = &c->d->ments[k];
      if (c->nested[k] || x->type != DG_TYPE_PERSON || !strcmp(x->id, c->d->ments[cp].id))
        continue;
      other = 1;
      if (topic_at(c, s, k)) {
        dg_rel_add(c, kind, k, g, s);
        tied = 1;
      }
    }
    if (tied || other || s == 0 || c->d->sents[s - 1].block != c->d->sents[s].block) continue;
    long v = topic_person(c, s - 1); /* 続いて、…B大統領と会談を行いました */
    if (v >= 0) dg_rel_add(c, kind, (uint32_t)v, g, s);
  }
}

void dg_rel_talks_visit(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  static const char *const VISIT[] = {"\xE3\x82\x92\xE8\xA8\xAA\xE5\x95\x8F\xE3\x81\x97",  /* を訪問し */
                                      "\xE3\x82\x92\xE8\xA8\xAA\xE3\x82\x8C"};               /* を訪れ */
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (dg_rel_latin(c, s)) return;
  for (uint32_t g = c->sent_first[s]; g < c->sent_end[s]; g++) {
    if (c->nested[g] || dg_rel_talks_counterpart(c, s, g) < 0) continue;
    for (uint32_t k = c->sent_first[s]; k < g; k++) {
      const dg_mention *x = &c->d->ments[k];
      if (c->nested[k] || !dg_rel_is_type(x, DG_REL_PLACES) || x->end > c->d->ments[g].start)
        continue;
      for (size_t v = 0; v < sizeof VISIT / sizeof *VISIT; v++)
        if (dg_lit(t, e, x->end, VISIT[v])) dg_rel_add(c, kind, g, k, s);
    }
  }
}
