/* The country whose own body takes part takes part with it:
 *   Vice Minister, Ministry of Foreign Affairs of the Kingdom of X  -> X too
 *   H.E. A, Premier of the State Council of the People's Republic of X -> X too
 * Run after every other source of ties, over the participates_in ties they made: an
 * organization whose name holds a country and a word of delegate_bodies.tsv (Ministry,
 * State Council, Delegation, 政府) is that country's own body, so the country takes part
 * too, with the organization's evidence sentence. A body named after a country that is no
 * such word's (an agency, a bank, an academy) adds nothing.
 * Invariant: only ties made before this source are read; every tie added joins a country
 * nested in a participating organization's name to that organization's meeting. */
#include <stdint.h>

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

void dg_rel_body_countries(dg_rel_ctx *c) {
  size_t n = c->rels.n;
  for (size_t r = 0; r < n && !c->oom; r++) {
    dg_relation x = c->rels.v[r];
    if (x.kind != DG_REL_PARTICIPATES_IN || c->d->ments[x.from].type != DG_TYPE_ORGANIZATION)
      continue;
    long k = body_country(c, x.from);
    if (k >= 0) dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)k, x.to, x.sentence);
  }
}
