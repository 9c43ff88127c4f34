/* The partner of a meeting: a name joined to the meeting's name by "with", Japanese との
 * (メローニ首相との日伊首脳会談, the Japan-Fiji Summit Meeting with Prime Minister Rabuka),
 * takes part in it, whatever the verb of the sentence (会談では…議論した).
 * participates_in: an actor (a country, group, organization, person or territory, not
 * inside a longer name), maybe with a title after it (首相, 大統領: titles.tsv), then との
 * (or との間の) and the meeting's name right after; or the meeting's name, " with ", maybe
 * a title (Prime Minister) and the actor right after.
 * A person named with the country of a title (クアン|ベトナム国家主席との) takes part with
 * it, and so does a person listed with と right before (安倍総理とクアン主席との会談).
 * A group may list its members in brackets before との, and what the meeting is may stand
 * between との and its name as a noun with である (メコン地域5カ国(カンボジア、ラオス)との対話
 * 枠組みである第12回日メコン経済大臣会合): the group and the countries in brackets take part.
 * Invariant: only names that touch the joining word on both sides are tied (past a title,
 * a group's brackets, a noun with である); a list before との (AとBとの会談) ties its last
 * name only, and a person right before it.
 * Talks named by the person met (B首相と会談, B大臣との会談: talks.c) have that person,
 * inside the name, as a partner. */
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Past a title of titles.tsv at p (首相, Prime Minister ), or p. */
static uint32_t past_title(const dg_rel_ctx *c, uint32_t p, uint32_t end) {
  long w = dg_wordlist_at(&c->r->titles, c->d->text, end, p);
  if (w < 0) return p;
  p += (uint32_t)c->r->titles.w[w].len;
  return p < end && c->d->text[p] == ' ' ? p + 1 : p;
}

/* The person named right before actor i, touching it (クアン|ベトナム国家主席: the person
 * and the country of the title), else i itself. */
static uint32_t person_of_title(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  if (m->type != DG_TYPE_COUNTRY) return i;
  for (uint32_t k = c->sent_first[s]; k < i; k++)
    if (!c->nested[k] && c->d->ments[k].type == DG_TYPE_PERSON && c->d->ments[k].end == m->start)
      return k;
  return i;
}

/* Japanese: the person who ends right before と at p, maybe with a title between (安倍総理|と
 * クアン国家主席との会談: both take part), else -1. */
static long person_before_to(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
    const dg_mention *x = &c->d->ments[k];
    if (c->nested[k] || x->end > p || x->type != DG_TYPE_PERSON) continue;
    uint32_t q = past_title(c, x->end, p);
    while (q < p) { /* a longer title: 内閣総理大臣 */
      uint32_t r = past_title(c, q, p);
      if (r == q) break;
      q = r;
    }
    if (q == p) return (long)k;
  }
  return -1;
}

/* The person listed with と right before actor i (see person_before_to), tied to meeting g
 * too. */
static void listed_person(dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t g, dg_rel_kind kind) {
  uint32_t a = c->d->ments[person_of_title(c, s, i)].start;
  if (a < 3 || !dg_lit_before(c->d->text, a, "\xE3\x81\xA8")) return; /* と */
  long p = person_before_to(c, s, a - 3);
  if (p >= 0) dg_rel_add(c, kind, (uint32_t)p, g, s);
}

#define MEMBERS_REACH 600 /* bytes a group's brackets of members may hold */
#define KIND_CHARS 10     /* characters of the noun that says what the meeting is */

/* Past the brackets right after group m that list its members (メコン地域5カ国(カンボジア、
 * ラオス)), on one line, or p when none (or m is no group). */
static uint32_t past_members(const dg_rel_ctx *c, const dg_mention *m, uint32_t p, uint32_t end) {
  const char *t = c->d->text;
  if (m->type != DG_TYPE_GROUP || p >= end || t[p] != '(') return p;
  for (uint32_t q = p + 1; q < end && q - p < MEMBERS_REACH && t[q] != '\n'; q++)
    if (t[q] == ')') return q + 1;
    else if (t[q] == '(') return p;
  return p;
}

/* Japanese: past a noun of at most KIND_CHARS kana and kanji and the である after it at p
 * (対話枠組みである: what the meeting named next is), or p. */
static uint32_t past_kind_noun(const char *t, uint32_t p, uint32_t end) {
  static const char DEARU[] = "\xE3\x81\xA7\xE3\x81\x82\xE3\x82\x8B"; /* である */
  uint32_t q = p;
  for (int n = 0; q < end && n < KIND_CHARS && dg_is_japanese(dg_cp_at(t, end, q)); n++) {
    q += (uint32_t)dg_utf8_len(t + q, t + end);
    if (dg_lit(t, end, q, DEARU)) return q + 9;
  }
  return p;
}

/* The countries in group i's brackets of members, which end at z, take part in meeting g
 * too. */
static void members_take_part(dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t z, uint32_t g,
                              dg_rel_kind kind) {
  for (uint32_t k = i + 1; k < c->sent_end[s] && c->d->ments[k].start < z; k++)
    if (!c->nested[k] && c->d->ments[k].type == DG_TYPE_COUNTRY) dg_rel_add(c, kind, k, g, s);
}

void dg_rel_meeting_partner(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i]) continue;
    long cp = m->type == DG_TYPE_MEETING ? dg_rel_talks_counterpart(c, s, i) : -1;
    if (cp >= 0) dg_rel_add(c, kind, (uint32_t)cp, i, s); /* B首相と会談 (talks.c) */
    long cc = cp >= 0 ? dg_rel_talks_country(c, s, (uint32_t)cp) : -1;
    if (cc >= 0) dg_rel_add(c, kind, (uint32_t)cc, i, s); /* B・A国首相と会談: A国 too */
    if (dg_rel_is_actor(m)) { /* メローニ首相との日伊首脳会談 */
      uint32_t z = past_members(c, m, m->end, end), p = past_title(c, z, end);
      if (!dg_lit(t, end, p, "\xE3\x81\xA8\xE3\x81\xAE")) continue; /* との */
      p += 6;
      if (dg_lit(t, end, p, "\xE9\x96\x93\xE3\x81\xAE")) p += 6; /* 間の */
      long g = dg_rel_mention_at(c, s, past_kind_noun(t, p, end), 0, dg_rel_is_meeting);
      if (g < 0) continue;
      dg_rel_add(c, kind, i, (uint32_t)g, s);
      members_take_part(c, s, i, z, (uint32_t)g, kind);
      uint32_t who = person_of_title(c, s, i);
      if (who != i) dg_rel_add(c, kind, who, (uint32_t)g, s);
      listed_person(c, s, i, (uint32_t)g, kind);
    } else if (m->type == DG_TYPE_MEETING && dg_lit(t, end, m->end, " with ")) {
      long a = dg_rel_mention_at(c, s, past_title(c, m->end + 6, end), 0, dg_rel_is_actor);
      if (a >= 0) dg_rel_add(c, kind, (uint32_t)a, i, s);
    }
  }
}
