/* The sentences behind an entity or a tie in one document (see docgraph/evidence.h). */
#include "docgraph/evidence.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docgraph/entity_name.h"
#include "base/buf.h"

int dg_mention_is(const dg_mention *m, const char *s) {
  return dg_entity_name_match(m->id, m->label, m->label_en, s) != DG_NAME_NONE;
}

static int ev_cmp(const void *x, const void *y) {
  const dg_evidence *a = x, *b = y;
  if (a->sentence != b->sentence) return a->sentence < b->sentence ? -1 : 1;
  return (int)a->kind - (int)b->kind;
}

dg_err dg_doc_evidence(const dg_doc *d, const char *a, const char *b, dg_evidence **out,
                       size_t *n, dg_error *err) {
  DG_VEC(dg_evidence) v = {0};
  int oom = 0;
  if (!b) {
    for (size_t i = 0; i < d->nments && !oom; i++)
      if (dg_mention_is(&d->ments[i], a) && d->ments[i].sentence < d->nsents) {
        dg_evidence e = {DG_REL_COUNT, d->ments[i].sentence};
        oom = DG_PUSH(v, e);
      }
  } else {
    for (size_t k = 0; k < d->nunits && !oom; k++) {
      const dg_unit *u = &d->units[k];
      int ha = 0, hb = 0;
      for (uint32_t x = 0; x < u->n; x++) {
        const dg_mention *m = &d->ments[d->unit_ments[u->first + x]];
        ha |= dg_mention_is(m, a);
        hb |= dg_mention_is(m, b);
      }
      if (ha && hb) {
        dg_evidence e = {DG_REL_CO_OCCURS, u->sentence};
        oom = DG_PUSH(v, e);
      }
    }
    for (size_t k = 0; k < d->nrels && !oom; k++) {
      const dg_relation *r = &d->rels[k];
      const dg_mention *f = &d->ments[r->from], *t = &d->ments[r->to];
      if ((dg_mention_is(f, a) && dg_mention_is(t, b)) || (dg_mention_is(f, b) && dg_mention_is(t, a))) {
        dg_evidence e = {r->kind, r->sentence};
        oom = DG_PUSH(v, e);
      }
    }
  }
  if (oom) {
    free(v.v);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (v.n) qsort(v.v, v.n, sizeof *v.v, ev_cmp);
  size_t o = 0;
  for (size_t i = 0; i < v.n; i++)
    if (!o || v.v[o - 1].sentence != v.v[i].sentence || v.v[o - 1].kind != v.v[i].kind)
      v.v[o++] = v.v[i];
  *out = v.v;
  *n = o;
  return DG_OK;
}
