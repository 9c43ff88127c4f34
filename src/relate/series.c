/* A series named without its ordinal but dated is one instance of it: in a notice that
 * lists 第10回日ASEAN防衛担当大臣会合 for 2025年11月, 「本年秋の日ASEAN防衛担当大臣会合」
 * (本年秋: 2025) is the 10th meeting, not a meeting of its own.
 * Invariant: the series mention (a listed meeting) takes the instance's id only when the
 * document holds exactly one instance of that series held on a date inside the series
 * mention's date; its own, vaguer date tie is then dropped (the instance has the
 * precise one). No instance, or two, leave it as it is. */
#include <string.h>

#include "docgraph/period.h"
#include "relate/ties.h"

/* Does date mention b lie within date mention a (a year holds its months and days)? */
static int within(const dg_mention *a, const dg_mention *b) {
  int32_t af = dg_when_day(&a->when), al = dg_when_last_day(&a->when);
  int32_t bf = dg_when_day(&b->when), bl = dg_when_last_day(&b->when);
  return af && bf && bf >= af && bl <= al;
}

/* The one instance (a mention index) of the series of mention m held on a date within
 * date mention `on`; -1 when none or instances of two ids are. */
static long instance_within(const dg_rel_ctx *c, const dg_mention *m, const dg_mention *on) {
  const dg_doc *d = c->d;
  long found = -1;
  for (size_t k = 0; k < c->rels.n; k++) {
    const dg_relation *r = &c->rels.v[k];
    const dg_mention *x = &d->ments[r->from];
    if (r->kind != DG_REL_HELD_ON || x->series != m->entity + 1 ||
        !within(on, &d->ments[r->to]))
      continue;
    if (found >= 0 && strcmp(d->ments[found].id, x->id)) return -1;
    found = (long)r->from;
  }
  return found;
}

/* 本年秋の日ASEAN防衛担当大臣会合 -> 第10回日ASEAN防衛担当大臣会合 (held 2025年11月). */
void dg_rel_series_instances(dg_rel_ctx *c) {
  dg_doc *d = c->d;
  size_t o = 0;
  for (size_t k = 0; k < c->rels.n; k++) {
    dg_relation r = c->rels.v[k];
    dg_mention *m = &d->ments[r.from];
    long inst = -1;
    if (r.kind == DG_REL_HELD_ON && m->type == DG_TYPE_MEETING && m->entity >= 0)
      inst = instance_within(c, m, &d->ments[r.to]);
    if (inst >= 0) {
      const dg_mention *x = &d->ments[inst];
      m->series = m->entity + 1;
      m->id = x->id;
      m->label = x->label;
      m->label_en = x->label_en;
      m->entity = -1;
      continue; /* the instance's own date stands */
    }
    c->rels.v[o++] = r;
  }
  c->rels.n = o;
}
