/* English meetings whose name goes on past their head with the partner they are held with,
 * or opens with the parties before it, joined by dashes:
 *  - a head of partner_heads.tsv (Session) that ends a meeting's name, then "with" (maybe
 *    "the") and a known country, group or organization: "the ASEAN PMC+1 Session with the
 *    Andean Community" is one name, not the session and its partner;
 *  - two known countries or groups or more, each maybe with its gloss in parentheses, each
 *    followed by a spaced dash, right before a meeting's name: "the Andean Community (CAN) -
 *    African Union (AU) - Senior Officials' Meeting" is one name.
 * Invariant: the name found covers the meeting's mention and the parties' mentions whole,
 * which stay inside it; nothing but "with (the)", glosses and spaced dashes between them. */
#include <string.h>

#include "recognize/names_int.h"

#define PARTY_TYPES (T(COUNTRY) | T(GROUP))
#define MAX_GLOSS 16 /* bytes inside a party's gloss: (ASEAN) */

/* The partner after a meeting whose head, of partner_heads.tsv, ends the name at z:
 * " with " (maybe "the ") and a known country, group or organization; where the partner's
 * name ends, or 0. */
static uint32_t partner_end(dgn_ctx *c, const dg_mention *m) {
  const char *t = c->t;
  uint32_t z = m->end, h = z;
  while (h > m->start && t[h - 1] != ' ') h--;
  long w = dg_wordlist_at(&c->r->partner_heads, t, z, h);
  if (w < 0 || h + c->r->partner_heads.w[w].len != z || !dg_lit(t, c->len, z, " with ")) return 0;
  uint32_t p = z + 6 + (dg_lit(t, c->len, z + 6, "the ") ? 4 : 0);
  long k = dgn_mention_starting(c, p, PARTY_TYPES | T(ORGANIZATION));
  return k >= 0 ? c->d->ments[k].end : 0;
}

/* The start of a party right before the spaced dash that ends at p (A - |, A (X) - |): a
 * known country or group, maybe its gloss in parentheses after it; or p when none. */
static uint32_t party_before(dgn_ctx *c, uint32_t p) {
  const char *t = c->t;
  if (p < 4 || memcmp(t + p - 3, " - ", 3) != 0) return p;
  uint32_t z = p - 3;
  if (t[z - 1] == ')') {
    uint32_t o = z - 1;
    while (o > 0 && t[o - 1] != '(' && z - o < MAX_GLOSS) o--;
    if (o < 2 || t[o - 1] != '(' || t[o - 2] != ' ') return p;
    z = o - 2;
  }
  long k = dgn_mention_ending(c, z, PARTY_TYPES);
  return k >= 0 ? c->d->ments[k].start : p;
}

/* Where the parties joined by dashes before meeting m start (two at least), or m's start. */
static uint32_t dashed_parties_start(dgn_ctx *c, const dg_mention *m) {
  uint32_t a = m->start, b;
  int parties = 0;
  while ((b = party_before(c, a)) < a) a = b, parties++;
  return parties >= 2 ? a : m->start;
}

dg_err dgn_partnered_meetings(dgn_ctx *c, dg_error *err) {
  size_t n = c->d->nments;
  for (size_t i = 0; i < n; i++) {
    dg_mention m = c->d->ments[i]; /* a copy: recording may move the mentions */
    if (m.type != DG_TYPE_MEETING || m.implicit) continue;
    uint32_t a = dashed_parties_start(c, &m), z = partner_end(c, &m);
    if (a == m.start && !z) continue;
    dg_err e = dgn_record_name(c, DG_TYPE_MEETING, a, z ? z : m.end, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}
