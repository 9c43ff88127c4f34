/* Ties a list item or table row inherits from the line it hangs under: each of its names
 * co-occurs with each name of the heading or lead line above it, whatever the scope of
 * co-occurrence units.
 *   日メコン連結性基金への5千万ドルの拠出
 *   - ラオスの道路整備      -> co_occurs(基金, ラオス)
 * The evidence is the item's first sentence. Quantities (3件, 200人) take no part. */
#include <stdint.h>
#include <stdlib.h>

#include "relate/ties.h"

/* Mentions that take part: not nested in a longer name, not a quantity, not implicit when
 * implicit mentions are ignored. */
static int takes_part(const dg_rel_ctx *c, uint32_t i) {
  return !c->nested[i] && c->d->ments[i].type != DG_TYPE_QUANTITY &&
         !(c->ignore_implicit && c->d->ments[i].implicit);
}

/* Tie every name of block b (mentions [bfirst[b], bend[b])) to every name of block p. */
static void tie_to_parent(dg_rel_ctx *c, const uint32_t *bfirst, const uint32_t *bend,
                          uint32_t b, uint32_t p, uint32_t sentence) {
  for (uint32_t i = bfirst[b]; i < bend[b]; i++) {
    if (!takes_part(c, i)) continue;
    for (uint32_t k = bfirst[p]; k < bend[p]; k++)
      if (takes_part(c, k)) dg_rel_add(c, DG_REL_CO_OCCURS, k, i, sentence);
  }
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
  for (size_t b = 0; b < d->nblocks; b++) {
    const dg_block *bl = &d->blocks[b];
    if ((bl->kind != DG_BLOCK_LIST_ITEM && bl->kind != DG_BLOCK_TABLE_ROW) || bl->parent < 0 ||
        bsent[b] == UINT32_MAX || bsent[bl->parent] == UINT32_MAX)
      continue;
    tie_to_parent(c, bfirst, bend, (uint32_t)b, (uint32_t)bl->parent, bsent[b]);
  }
  free(bfirst);
  free(bend);
  free(bsent);
}
