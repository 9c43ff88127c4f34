/* held_in from a host: the country or place an English hosting verb (hosts.tsv: will host,
 * hosted) has as its subject, right before it, is the venue of the meeting the verb holds.
 *   Fiji will host the Pacific Ocean Forum in 2027 -> held_in(Forum, Fiji)
 *   Indonesia will host the Summit in Bali -> held_in(Summit, Bali) only (meeting apposition)
 * Invariant: runs after every other held_in rule of the sentence, and adds a venue only to a
 * meeting the sentence has placed nowhere; a host after its verb (hosted by X) is left
 * alone: an agency or a ministry hosts as often as a country. */
#include <stdint.h>
#include <string.h>

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

/* The country or place right before trigger g, one space and a hosts.tsv word ending with
 * g between them (Fiji will host), or -1. */
static long host_subject(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_type(m, DG_REL_PLACES) || m->end + 1 >= g->end ||
        t[m->end] != ' ')
      continue;
    long w = dg_wordlist_at(&c->r->hosts, t, g->end, m->end + 1);
    if (w >= 0 && m->end + 1 + c->r->hosts.w[w].len == g->end) return (long)i;
  }
  return -1;
}

void dg_rel_host_venue(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_latin(c, s)) return;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long p = g->kind == DG_REL_HELD_ON ? host_subject(c, s, g) : -1;
    long m = p >= 0 ? dg_rel_held_meeting(c, s, g) : -1;
    if (m >= 0 && !dg_rel_has_tie(c, kind, (uint32_t)m, s))
      dg_rel_add(c, kind, (uint32_t)m, (uint32_t)p, s);
  }
}
