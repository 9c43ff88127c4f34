/* Co-occurrence units: which mentions of a document count as appearing together, by the
 * scope the user chose (--scope). `sentence` (the default): each sentence; `block`: each
 * heading, paragraph, list item or table row; `paragraph`: a paragraph or list item with
 * the list items and table rows that hang under it.
 * Invariant: units follow sentence order, each unit's evidence is its first sentence, and
 * quantities take no part in any unit, nor, with --implicit ignore, implicit mentions; a
 * unit ties at most DG_MAX_UNIT_ENTITIES entities (unit_bound.c). */
#include <stdint.h>
#include <stdlib.h>

#include "relate/ties.h"

/* Does block b join the unit of its parent in paragraph scope? List items and table rows
 * under a paragraph or a list item do (a lead line and its bullets are one unit). */
static int joins_parent(const dg_doc *d, const dg_block *bl) {
  if (bl->kind != DG_BLOCK_LIST_ITEM && bl->kind != DG_BLOCK_TABLE_ROW) return 0;
  if (bl->parent < 0) return 0;
  dg_block_kind pk = d->blocks[bl->parent].kind;
  return pk == DG_BLOCK_PARAGRAPH || pk == DG_BLOCK_LIST_ITEM;
}

/* The unit key of each block: itself, or in paragraph scope the unit of its parent. */
static uint32_t *block_units(const dg_doc *d, dg_scope scope) {
  uint32_t *unit_of = malloc((d->nblocks + 1) * sizeof *unit_of);
  if (!unit_of) return NULL;
  for (size_t b = 0; b < d->nblocks; b++) {
    const dg_block *bl = &d->blocks[b];
    unit_of[b] = (uint32_t)b;
    if (scope == DG_SCOPE_PARAGRAPH && joins_parent(d, bl)) unit_of[b] = unit_of[bl->parent];
  }
  return unit_of;
}

typedef DG_VEC(dg_unit) unit_vec;
typedef DG_VEC(uint32_t) index_vec;

/* Close the last unit of U: its mentions M[first ..) cut to the bound (unit_bound.c). */
static int close_unit(dg_rel_ctx *c, unit_vec *U, index_vec *M) {
  if (!U->n) return 0;
  dg_unit *u = &U->v[U->n - 1];
  int over = 0;
  size_t have = M->n - u->first; /* none: M->v may still be NULL */
  long n = have ? dg_rel_bound_unit(c->d, M->v + u->first, have, 0, &over) : 0;
  if (n < 0) return -1;
  if (over) dg_rel_bound_note(&c->over_units, c->d, M->v[u->first]);
  M->n = u->first + (size_t)n;
  u->n = (uint32_t)n;
  return 0;
}

/* Cut the sentences into units: a new unit starts where the key changes (paragraph units
 * gather blocks that need not be adjacent in sentence order only through their parent). */
static int gather(dg_rel_ctx *c, dg_scope scope, const uint32_t *unit_of, unit_vec *U,
                  index_vec *M) {
  const dg_doc *d = c->d;
  long cur = -1;
  for (size_t s = 0; s < d->nsents; s++) {
    long key = scope == DG_SCOPE_SENTENCE ? (long)s : (long)unit_of[d->sents[s].block];
    if (key != cur) {
      if (close_unit(c, U, M)) return -1;
      dg_unit u = {(uint32_t)M->n, 0, (uint32_t)s};
      if (DG_PUSH(*U, u)) return -1;
      cur = key;
    }
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (d->ments[i].type != DG_TYPE_QUANTITY && !(c->ignore_implicit && d->ments[i].implicit) &&
          DG_PUSH(*M, i))
        return -1;
    U->v[U->n - 1].n = (uint32_t)M->n - U->v[U->n - 1].first;
  }
  return close_unit(c, U, M);
}

dg_err dg_rel_units(dg_rel_ctx *c, dg_scope scope, dg_error *err) {
  dg_doc *d = c->d;
  uint32_t *unit_of = block_units(d, scope);
  unit_vec U = {0};
  index_vec M = {0};
  if (!unit_of || gather(c, scope, unit_of, &U, &M)) {
    free(unit_of);
    free(U.v);
    free(M.v);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  free(unit_of);
  static const char *const what[] = {[DG_SCOPE_SENTENCE] = "a sentence",
                                     [DG_SCOPE_PARAGRAPH] = "a paragraph",
                                     [DG_SCOPE_BLOCK] = "a block"};
  dg_rel_bound_warn(d, &c->over_units, what[scope]);
  free(d->units);
  free(d->unit_ments);
  DG_FIT(U); /* done growing: a long document's result is made beside them */
  DG_FIT(M);
  d->units = U.v;
  d->nunits = U.n;
  d->unit_ments = M.v;
  d->nunit_ments = M.n;
  return DG_OK;
}
