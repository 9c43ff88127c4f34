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
#include <stdlib.h>
#include <string.h>

#include "base/hmap.h"
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

const char *dg_graph_id_owned(const dg_mention *ments, uint32_t i, long owner, char *buf,
                              size_t n) {
  const char *id = ments[i].id;
  if (owner < 0) return id;
  int k = snprintf(buf, n, "%s@%s", id, ments[owner].id);
  return k > 0 && (size_t)k < n ? buf : id;
}

const char *dg_graph_id_of(const dg_mention *ments, size_t nments, const dg_relation *rels,
                           size_t nrels, uint32_t i, char *buf, size_t n) {
  return dg_graph_id_owned(ments, i, dg_amount_owner(ments, nments, rels, nrels, i), buf, n);
}

/* What the amount ties to one value say: the source of the last of them, and whether
 * two of them come from owners with different ids (then the value has no one owner). */
typedef struct {
  long last;
  int split;
} value_owner;

/* owner_of_value for every value at once: vo[] by the map's index of the value's id. */
static int owners_of_values(const mentions *d, dg_hmap *ids, value_owner *vo) {
  for (size_t k = 0; k < d->nrels; k++) {
    const dg_relation *r = &d->rels[k];
    if (r->kind != DG_REL_AMOUNT) continue;
    const char *id = d->ments[r->to].id;
    uint32_t *slot;
    int put = dg_hmap_put(ids, id, strlen(id), (uint32_t)ids->n, &slot);
    if (put < 0) return -1;
    value_owner *v = &vo[*slot];
    if (put) v->split = 0;
    else if (strcmp(d->ments[v->last].id, d->ments[r->from].id)) v->split = 1;
    v->last = (long)r->from;
  }
  return 0;
}

int dg_amount_owners(const dg_mention *ments, size_t nments, const dg_relation *rels,
                     size_t nrels, long *owner) {
  mentions d = {ments, nments, rels, nrels};
  for (size_t i = 0; i < nments; i++) owner[i] = -1;
  for (size_t k = 0; k < nrels; k++) /* tied_owner: the first tie that reaches it */
    if (rels[k].kind == DG_REL_AMOUNT && rels[k].to < nments && owner[rels[k].to] < 0)
      owner[rels[k].to] = (long)rels[k].from;
  dg_hmap ids;
  dg_hmap_init(&ids);
  value_owner *vo = malloc((nrels + 1) * sizeof *vo);
  int bad = !vo || owners_of_values(&d, &ids, vo);
  for (size_t i = 0; i < nments && !bad; i++) {
    if (ments[i].type != DG_TYPE_AMOUNT) owner[i] = -1;
    else if (owner[i] < 0) {
      const uint32_t *x = dg_hmap_get(&ids, ments[i].id, strlen(ments[i].id));
      owner[i] = x && !vo[*x].split ? vo[*x].last : -1;
    }
  }
  free(vo);
  dg_hmap_destroy(&ids);
  return bad ? -1 : 0;
}
