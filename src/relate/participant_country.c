/* The country a participant is stated with takes part too, as the sets' conventions want
 * an attendee's stated country:
 *   Vice Minister, Ministry of Foreign Affairs of the Kingdom of X  -> X too
 *   H.E. A, Premier of the State Council of the People's Republic of X -> X too
 *   Xの朴外交部長官は…フォーラムで演説し                          -> X too
 * Run after every other source of ties, over the participates_in ties they made: an
 * organization whose name holds a country and a word of delegate_bodies.tsv (Ministry,
 * State Council, Delegation, 政府) is that country's own body; a Japanese person right
 * after a country and の is that country's. The country's tie points at the participant's
 * evidence sentence. A body named after a country that is no such word's (an agency, a
 * bank, an academy) adds nothing, nor an English post (A, Minister of X: tried, it gained
 * no right tie and made a false one on a blind set).
 * Invariant: only ties made before this source are read; every tie added joins a country
 * nested in a participating organization's name, or written with の right before a
 * participating person, to that participant's meeting. */
#include <stdint.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The country organization o's name holds when a word of delegate_bodies.tsv makes it
 * that country's own body (the Ministry of Foreign Affairs of X, X政府), or -1. */
static long body_country(const dg_rel_ctx *c, uint32_t o) {
  const dg_doc *d = c->d;
  const dg_mention *m = &d->ments[o];
  if (dg_wordlist_next(&c->r->delegate_bodies, d->text, m->end, m->start) >= m->end) return -1;
  for (uint32_t i = c->sent_first[m->sentence]; i < c->sent_end[m->sentence]; i++)
    if (i != o && d->ments[i].type == DG_TYPE_COUNTRY && d->ments[i].start >= m->start &&
        d->ments[i].end <= m->end)
      return (long)i;
  return -1;
}

/* Japanese: the country written with の right before person p (韓国の朴外交部長官は), or
 * -1. */
static long owner_country(const dg_rel_ctx *c, uint32_t p) {
  const dg_doc *d = c->d;
  const dg_mention *m = &d->ments[p];
  if (dg_rel_latin(c, m->sentence) || m->start < 3 ||
      !dg_lit_before(d->text, m->start, "\xE3\x81\xAE")) /* の */
    return -1;
  for (uint32_t i = c->sent_first[m->sentence]; i < p; i++)
    if (!c->nested[i] && d->ments[i].end + 3 == m->start)
      return d->ments[i].type == DG_TYPE_COUNTRY ? (long)i : -1;
  return -1;
}

void dg_rel_participant_countries(dg_rel_ctx *c) {
  size_t n = c->rels.n;
  for (size_t r = 0; r < n && !c->oom; r++) {
    dg_relation x = c->rels.v[r];
    dg_type ty = c->d->ments[x.from].type;
    if (x.kind != DG_REL_PARTICIPATES_IN) continue;
    long k = ty == DG_TYPE_ORGANIZATION ? body_country(c, x.from)
             : ty == DG_TYPE_PERSON     ? owner_country(c, x.from)
                                        : -1;
    if (k >= 0) dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)k, x.to, x.sentence);
  }
}
