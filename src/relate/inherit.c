/* Ties a list item or table row inherits from the line it hangs under: each of its names
 * co-occurs with each name of the heading or lead line above it, whatever the scope of
 * co-occurrence units.
 *   日メコン連結性基金への5千万ドルの拠出
 *   - ラオスの道路整備      -> co_occurs(基金, ラオス)
 * The evidence is the item's first sentence. Quantities (3件, 200人) take no part. Each
 * side ties its first DG_MAX_UNIT_ENTITIES entities at most (unit_bound.c). */
#include <stdint.h>
#include <stdlib.h>

#include "relate/ties.h"

/* Mentions that take part: not nested in a longer name, not a quantity, not implicit when
 * implicit mentions are ignored. */
static int takes_part(const dg_rel_ctx *c, uint32_t i) {
  return !c->nested[i] && c->d->ments[i].type != DG_TYPE_QUANTITY &&
         !(c->ignore_implicit && c->d->ments[i].implicit);
}

typedef DG_VEC(uint32_t) index_vec;

/* The mentions of block b that take part, the first of each entity only (dg_rel_add would
 * drop the others' ties as repeats), cut to DG_MAX_UNIT_ENTITIES; *over when cut. */
static int block_names(dg_rel_ctx *c, const uint32_t *bfirst, const uint32_t *bend, uint32_t b,
                       index_vec *v, int *over) {
  v->n = 0;
  for (uint32_t i = bfirst[b]; i < bend[b]; i++)
    if (takes_part(c, i) && DG_PUSH(*v, i)) return -1;
  long n = dg_rel_bound_unit(c->d, v->v, v->n, 1, over);
  if (n < 0) return -1;
  v->n = (size_t)n;
  return 0;
}

/* Tie every name of the item to every name of its parent. Each entity is there once a
 * side and no other rule ties co-occurrence, so no tie repeats one of its sentence: no
 * need to look for it (dg_rel_add would, at a cost quadratic in the ties). */
static void tie_to_parent(dg_rel_ctx *c, const index_vec *item, const index_vec *parent,
                          uint32_t sentence) {
  for (size_t i = 0; i < item->n; i++)
    for (size_t k = 0; k < parent->n; k++)
      dg_rel_add_new(c, DG_REL_CO_OCCURS, parent->v[k], item->v[i], sentence);
}

/* The names of the parent block last read, for the run of items under it. */
typedef struct {
  long block; /* -1: none yet */
  int over;   /* its names were cut to the bound */
  index_vec v;
} parent_names;

/* Tie the names of item block b to those of its parent p. */
static int inherit_block(dg_rel_ctx *c, const uint32_t *bfirst, const uint32_t *bend, uint32_t b,
                         uint32_t p, uint32_t sentence, index_vec *iv, parent_names *pn) {
  int over_i;
  if (pn->block != (long)p && block_names(c, bfirst, bend, p, &pn->v, &pn->over)) return -1;
  pn->block = (long)p;
  if (block_names(c, bfirst, bend, b, iv, &over_i)) return -1;
  if ((over_i || pn->over) && iv->n && pn->v.n) dg_rel_bound_note(&c->over_items, c->d, iv->v[0]);
  tie_to_parent(c, iv, &pn->v, sentence);
  return 0;
}

void dg_rel_inherit(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  uint32_t *bfirst = calloc(d->nblocks + 1, sizeof *bfirst); /* each block's mentions */
  uint32_t *bend = calloc(d->nblocks + 1, sizeof *bend);
  uint32_t *bsent = malloc((d->nblocks + 1) * sizeof *bsent); /* its first sentence */
  if (!bfirst || !bend || !bsent) {
    free(bfirst), free(bend), free(bsent);
    c->oom = 1;
    return;
  }
  for (size_t b = 0; b < d->nblocks; b++) bsent[b] = UINT32_MAX;
  for (size_t s = d->nsents; s-- > 0;) bsent[d->sents[s].block] = (uint32_t)s;
  dg_rel_mention_runs(d, 1, bfirst, bend);
  index_vec iv = {0};
  parent_names pn = {.block = -1};
  for (size_t b = 0; b < d->nblocks && !c->oom; b++) {
    const dg_block *bl = &d->blocks[b];
    if ((bl->kind != DG_BLOCK_LIST_ITEM && bl->kind != DG_BLOCK_TABLE_ROW) || bl->parent < 0 ||
        bsent[b] == UINT32_MAX || bsent[bl->parent] == UINT32_MAX)
      continue;
    if (inherit_block(c, bfirst, bend, (uint32_t)b, (uint32_t)bl->parent, bsent[b], &iv, &pn))
      c->oom = 1;
  }
  dg_rel_bound_warn(c->d, &c->over_items, "a list item or table row with its lead line");
  free(iv.v);
  free(pn.v.v);
  free(bfirst);
  free(bend);
  free(bsent);
}
