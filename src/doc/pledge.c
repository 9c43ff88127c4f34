/* Pledges: an amount belongs to what provides it or what it funds, so two unrelated
 * pledges of the same value are two entities. The id an amount goes into the graph and
 * mentions.jsonl under is its value's id qualified by its owner's id:
 *   "AHAセンターに1億ドル" and "JAIFに1億ドル" -> amount:USD:100000000@org:aha-centre and
 *   amount:USD:100000000@program:jaif, never one shared 1億ドル.
 * The owner is the source of the amount's tie (relate/amounts.c gives each amount at most
 * one); an amount no tie reaches takes the owner of the same value elsewhere in the
 * document when there is exactly one ("the $35 billion target" after "AZEC aims at $35
 * billion"), else it keeps the plain id. Ids are compared as strings: equal value ids are
 * equal values, nothing is read back out of them. */
#include <stdio.h>
#include <string.h>

#include "docgraph/doc.h"

/* A document's mentions and relations (a dg_doc's or a dg_result's). */
typedef struct {
  const dg_mention *ments;
  size_t nments;
  const dg_relation *rels;
  size_t nrels;
} mentions;

/* The source of the amount tie that reaches mention a, or -1. */
static long tied_owner(const mentions *d, uint32_t a) {
  for (size_t k = 0; k < d->nrels; k++)
    if (d->rels[k].kind == DG_REL_AMOUNT && d->rels[k].to == a) return (long)d->rels[k].from;
  return -1;
}

/* The one owner (by id) of the tied amounts of the same value as a in d; -1 when none or
 * when they belong to different owners. */
static long owner_of_value(const mentions *d, uint32_t a) {
  long found = -1;
  for (size_t k = 0; k < d->nrels; k++) {
    const dg_relation *r = &d->rels[k];
    if (r->kind != DG_REL_AMOUNT || strcmp(d->ments[r->to].id, d->ments[a].id)) continue;
    if (found >= 0 && strcmp(d->ments[found].id, d->ments[r->from].id)) return -1;
    found = (long)r->from;
  }
  return found;
}

long dg_amount_owner(const dg_mention *ments, size_t nments, const dg_relation *rels,
                     size_t nrels, uint32_t a) {
  mentions d = {ments, nments, rels, nrels};
  if (a >= nments || ments[a].type != DG_TYPE_AMOUNT) return -1;
  long o = tied_owner(&d, a);
  return o >= 0 ? o : owner_of_value(&d, a);
}

const char *dg_graph_id_of(const dg_mention *ments, size_t nments, const dg_relation *rels,
                           size_t nrels, uint32_t i, char *buf, size_t n) {
  const char *id = ments[i].id;
  long o = dg_amount_owner(ments, nments, rels, nrels, i);
  if (o < 0) return id;
  int k = snprintf(buf, n, "%s@%s", id, ments[o].id);
  return k > 0 && (size_t)k < n ? buf : id;
}
