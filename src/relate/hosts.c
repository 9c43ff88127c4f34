/* held_in from a host: the country or place an English hosting verb (hosts.tsv: will host,
 * hosted) has as its subject, right before it, is the venue of the meeting the verb holds.
 *   Fiji will host the Pacific Ocean Forum in 2027 -> held_in(Forum, Fiji)
 *   Indonesia will host the Summit in Bali -> held_in(Summit, Bali) only (meeting apposition)
 * In Japanese, a country that is 開催国 (host country) of a meeting (ベトナムは第2回首脳会議の
 * 開催国として) is its venue.
 * Invariant: runs after every other held_in rule of the sentence, and adds a venue only to a
 * meeting the sentence names (Kazakhstan, which hosted the first ministers' meeting: no
 * name, no venue) and has placed nowhere; a host after its verb (hosted by X) is left
 * alone: an agency or a ministry hosts as often as a country. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

int dg_rel_has_tie(const dg_rel_ctx *c, dg_rel_kind kind, uint32_t from, long s) {
  const char *id = c->d->ments[from].id;
  for (size_t r = c->rels.n; r-- > 0;) {
    const dg_relation *x = &c->rels.v[r];
    if (s >= 0 && x->sentence != (uint32_t)s) break;
    if (x->kind == kind && !strcmp(c->d->ments[x->from].id, id)) return 1;
  }
  return 0;
}

/* The country or place right before trigger g, one space (or ", which ") and a hosts.tsv
 * word ending with g between them (Fiji will host; Solomon Islands, which are hosting), or
 * -1. */
static long host_subject(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_type(m, DG_REL_PLACES) || m->end + 1 >= g->end) continue;
    uint32_t p = dg_lit(t, g->end, m->end, ", which ") ? m->end + 8
                 : t[m->end] == ' '                    ? m->end + 1
                                                       : 0;
    long w = p ? dg_wordlist_at(&c->r->hosts, t, g->end, p) : -1;
    if (w >= 0 && p + c->r->hosts.w[w].len == g->end) return (long)i;
  }
  return -1;
}

/* Japanese: the meeting named right before "の開催国" at p (第2回首脳会議の開催国として),
 * or -1. */
static long hosted_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && m->end + 3 == p &&
        dg_lit(c->d->text, p, m->end, "\xE3\x81\xAE")) /* の */
      return (long)i;
  }
  return -1;
}

/* Japanese: the country that is "開催国" of meeting m: the topic or subject of the
 * sentence before m (ベトナムは…首脳会議の開催国として), else the country right after the
 * word (…の開催国ベトナム, 開催国であるベトナム); or -1. */
static long host_country(const dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t after) {
  const char *t = c->d->text;
  long best = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    uint8_t part = dg_rel_part(c, x);
    if (c->nested[i] || x->type != DG_TYPE_COUNTRY) continue;
    if (x->end <= c->d->ments[m].start && (part == DG_PART_TOPIC || part == DG_PART_SUBJECT))
      best = (long)i;
    uint32_t q = after;
    if (dg_lit(t, x->start, q, "\xE3\x81\xA7\xE3\x81\x82\xE3\x82\x8B")) q += 9; /* である */
    if (best < 0 && x->start == q) return (long)i;
  }
  return best;
}

/* Japanese: a country that is "開催国" (host country) of a meeting is where it is held,
 * unless the sentence places that meeting already.
 *   ベトナムは第2回首脳会議の開催国として… -> held_in(第2回首脳会議, ベトナム) */
static void ja_host_country(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  static const char HOST[] = "\xE9\x96\x8B\xE5\x82\xAC\xE5\x9B\xBD"; /* 開催国 */
  const dg_sentence *se = &c->d->sents[s];
  for (uint32_t p = se->start; p + 9 <= se->end; p++) {
    if (!dg_lit(c->d->text, se->end, p, HOST)) continue;
    long m = hosted_meeting(c, s, p);
    long x = m >= 0 ? host_country(c, s, (uint32_t)m, p + 9) : -1;
    if (x >= 0 && !dg_rel_has_tie(c, kind, (uint32_t)m, s))
      dg_rel_add(c, kind, (uint32_t)m, (uint32_t)x, s);
  }
}

void dg_rel_host_venue(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_latin(c, s)) {
    ja_host_country(c, s, kind);
    return;
  }
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long p = g->kind == DG_REL_HELD_ON ? host_subject(c, s, g) : -1;
    long m = p >= 0 ? dg_rel_held_meeting(c, s, g) : -1;
    if (m >= 0 && c->d->ments[m].sentence == s && !dg_rel_has_tie(c, kind, (uint32_t)m, s))
      dg_rel_add(c, kind, (uint32_t)m, (uint32_t)p, s);
  }
}
