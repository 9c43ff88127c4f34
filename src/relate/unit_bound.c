/* The bound on co-occurrence (DG_MAX_UNIT_ENTITIES, docgraph/relate.h): a unit of
 * co-occurrence, or a list item with its lead line, ties the first 256 entities it names and
 * no more, so a pathological sentence (a table flattened into one line, thousands of names
 * between commas) costs at most 256 * 255 / 2 pairs. Every mention is still recognized; the
 * ones left out only co-occur with nothing in that unit.
 * Invariant: under the bound the list is left as it is (outputs do not change); an amount
 * counts as an entity at each mention, since its vertex depends on its owner. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "relate/ties.h"

typedef struct {
  dg_hmap seen; /* entity ids kept so far */
  size_t entities;
  int over;
} bound_state;

/* Is mention m kept: an entity kept before (once only when first_only; an amount again
 * counts as a new entity), or a new one while there is room? -1 when memory runs out. */
static int keep(bound_state *b, const dg_mention *m, int first_only) {
  size_t len = strlen(m->id);
  if (dg_hmap_get(&b->seen, m->id, len)) {
    if (first_only) return 0;
    if (m->type != DG_TYPE_AMOUNT) return 1;
  }
  if (b->entities == DG_MAX_UNIT_ENTITIES) {
    b->over = 1;
    return 0;
  }
  uint32_t *slot;
  if (dg_hmap_put(&b->seen, m->id, len, 0, &slot) < 0) return -1;
  b->entities++;
  return 1;
}

long dg_rel_bound_unit(const dg_doc *d, uint32_t *ms, size_t n, int first_only, int *over) {
  *over = 0;
  if (!first_only && n <= DG_MAX_UNIT_ENTITIES) return (long)n;
  bound_state b = {.entities = 0, .over = 0};
  dg_hmap_init(&b.seen);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    int k = keep(&b, &d->ments[ms[i]], first_only);
    if (k < 0) {
      dg_hmap_destroy(&b.seen);
      return -1;
    }
    if (k) ms[o++] = ms[i];
  }
  dg_hmap_destroy(&b.seen);
  *over = b.over;
  return (long)o;
}

void dg_rel_bound_note(dg_rel_bound_count *bc, const dg_doc *d, uint32_t mention) {
  if (!bc->n++) bc->first = d->ments[mention].start;
}

void dg_rel_bound_warn(dg_doc *d, const dg_rel_bound_count *bc, const char *what) {
  if (!bc->n) return;
  uint32_t line, col;
  dg_doc_line_col(d, dg_doc_raw_offset(d, bc->first), &line, &col);
  dg_diags_add(&d->diags, "%s:%u: %s names more than %d entities: only the first %d co-occur "
               "(%zu such)", d->path, line, what, DG_MAX_UNIT_ENTITIES, DG_MAX_UNIT_ENTITIES,
               bc->n);
}
