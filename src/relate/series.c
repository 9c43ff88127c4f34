/* A series named without its ordinal but dated is one instance of it: in a notice that
 * lists 第10回日ASEAN防衛担当大臣会合 for 2025年11月, 「本年秋の日ASEAN防衛担当大臣会合」
 * (本年秋: 2025) is the 10th meeting, not a meeting of its own.
 * Invariant: the series mention (a listed meeting) takes the instance's id only when the
 * document holds exactly one instance of that series held on a date inside the series
 * mention's date; its own, vaguer date tie is then dropped (the instance has the
 * precise one). No instance, or two, leave it as it is. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/period.h"
#include "relate/ties.h"

/* Does date mention b lie within date mention a (a year holds its months and days)? */
static int within(const dg_mention *a, const dg_mention *b) {
  int32_t af = dg_when_day(&a->when), al = dg_when_last_day(&a->when);
  int32_t bf = dg_when_day(&b->when), bl = dg_when_last_day(&b->when);
  return af && bf && bf >= af && bl <= al;
}

/* A held_on tie of a series' instance, as the document's ties stood before any series
 * mention took an instance's id; sorted by series, then tie order. */
typedef struct {
  int32_t series;
  uint32_t k, from, to;
} held_tie;

static int cmp_held(const void *x, const void *y) {
  const held_tie *a = x, *b = y;
  if (a->series != b->series) return a->series < b->series ? -1 : 1;
  return (a->k > b->k) - (a->k < b->k);
}

/* The held_on ties of instances (n of them into *out), sorted: a series mention looks up
 * its own series' ties instead of passing over every tie. -1 when memory runs out. */
static int held_ties(const dg_rel_ctx *c, held_tie **out, size_t *n) {
  const dg_doc *d = c->d;
  held_tie *h = malloc((c->rels.n + 1) * sizeof *h);
  if (!h) return -1;
  *n = 0;
  for (size_t k = 0; k < c->rels.n; k++) {
    const dg_relation *r = &c->rels.v[k];
    if (r->kind == DG_REL_HELD_ON && d->ments[r->from].series > 0)
      h[(*n)++] = (held_tie){d->ments[r->from].series, (uint32_t)k, r->from, r->to};
  }
  qsort(h, *n, sizeof *h, cmp_held);
  *out = h;
  return 0;
}

/* The one instance (a mention index) of the series of mention m held on a date within
 * date mention `on`; -1 when none or instances of two ids are. */
static long instance_within(const dg_rel_ctx *c, const held_tie *h, size_t n, const dg_mention *m,
                            const dg_mention *on) {
  const dg_doc *d = c->d;
  int32_t series = m->entity + 1;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (h[mid].series < series) lo = mid + 1;
    else hi = mid;
  }
  long found = -1;
  for (size_t k = lo; k < n && h[k].series == series; k++) {
    if (!within(on, &d->ments[h[k].to])) continue;
    if (found >= 0 && strcmp(d->ments[found].id, d->ments[h[k].from].id)) return -1;
    found = (long)h[k].from;
  }
  return found;
}

/* 本年秋の日ASEAN防衛担当大臣会合 -> 第10回日ASEAN防衛担当大臣会合 (held 2025年11月). */
void dg_rel_series_instances(dg_rel_ctx *c) {
  dg_doc *d = c->d;
  held_tie *h;
  size_t nh, o = 0;
  if (held_ties(c, &h, &nh)) {
    c->oom = 1;
    return;
  }
  for (size_t k = 0; k < c->rels.n; k++) {
    dg_relation r = c->rels.v[k];
    dg_mention *m = &d->ments[r.from];
    long inst = -1;
    if (r.kind == DG_REL_HELD_ON && m->type == DG_TYPE_MEETING && m->entity >= 0)
      inst = instance_within(c, h, nh, m, &d->ments[r.to]);
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
  free(h);
}
