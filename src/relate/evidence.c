/* The sentences behind an entity or a tie in one document (see docgraph/evidence.h).
 * Evidence for one entity: every sentence that names it. For two: every co-occurrence
 * unit that holds both (its first sentence) and every relation between them either way.
 * Invariant: the result is in text order, each (sentence, kind) once. */
#include "docgraph/evidence.h"

#include <stdlib.h>

#include "base/buf.h"
#include "docgraph/entity_name.h"

int dg_mention_is(const dg_mention *m, const char *s) {
  return dg_entity_name_match(m->id, m->label, m->label_en, s) != DG_NAME_NONE;
}

typedef DG_VEC(dg_evidence) ev_vec;

static int push(ev_vec *v, dg_rel_kind kind, uint32_t sentence) {
  dg_evidence e = {kind, sentence};
  return DG_PUSH(*v, e);
}

/* Every sentence that names a (kind DG_REL_COUNT). */
static int naming(const dg_doc *d, const char *a, ev_vec *v) {
  for (size_t i = 0; i < d->nments; i++)
    if (dg_mention_is(&d->ments[i], a) && d->ments[i].sentence < d->nsents &&
        push(v, DG_REL_COUNT, d->ments[i].sentence))
      return -1;
  return 0;
}

/* The first sentence of every unit that names both a and b. */
static int co_occurring(const dg_doc *d, const char *a, const char *b, ev_vec *v) {
  for (size_t k = 0; k < d->nunits; k++) {
    const dg_unit *u = &d->units[k];
    int ha = 0, hb = 0;
    for (uint32_t x = 0; x < u->n; x++) {
      const dg_mention *m = &d->ments[d->unit_ments[u->first + x]];
      ha |= dg_mention_is(m, a);
      hb |= dg_mention_is(m, b);
    }
    if (ha && hb && push(v, DG_REL_CO_OCCURS, u->sentence)) return -1;
  }
  return 0;
}

/* The sentence of every relation between a and b, either way. */
static int related(const dg_doc *d, const char *a, const char *b, ev_vec *v) {
  for (size_t k = 0; k < d->nrels; k++) {
    const dg_relation *r = &d->rels[k];
    const dg_mention *f = &d->ments[r->from], *t = &d->ments[r->to];
    int ab = dg_mention_is(f, a) && dg_mention_is(t, b);
    int ba = dg_mention_is(f, b) && dg_mention_is(t, a);
    if ((ab || ba) && push(v, r->kind, r->sentence)) return -1;
  }
  return 0;
}

static int ev_cmp(const void *x, const void *y) {
  const dg_evidence *a = x, *b = y;
  if (a->sentence != b->sentence) return a->sentence < b->sentence ? -1 : 1;
  return (int)a->kind - (int)b->kind;
}

/* Sort by sentence, then kind, and drop repeats; returns the new count. */
static size_t sort_unique(ev_vec *v) {
  if (v->n) qsort(v->v, v->n, sizeof *v->v, ev_cmp);
  size_t o = 0;
  for (size_t i = 0; i < v->n; i++)
    if (!o || v->v[o - 1].sentence != v->v[i].sentence || v->v[o - 1].kind != v->v[i].kind)
      v->v[o++] = v->v[i];
  return o;
}

dg_err dg_doc_evidence(const dg_doc *d, const char *a, const char *b, dg_evidence **out,
                       size_t *n, dg_error *err) {
  ev_vec v = {0};
  int oom = b ? co_occurring(d, a, b, &v) || related(d, a, b, &v) : naming(d, a, &v);
  if (oom) {
    free(v.v);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  *n = sort_unique(&v);
  *out = v.v;
  return DG_OK;
}
