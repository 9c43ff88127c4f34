/* The Japanese labels of the dictionary's people, sorted, to ask whether a word is the
 * start of one (川口 of 川口順子: a family name MeCab reads as a place) by binary search,
 * not by walking every entity at every such word.
 * Invariant: holds every label_ja of a person that no later layer replaced, in strcmp
 * order, pointing into the dictionary (which outlives it); dg_person_prefix_of answers as
 * the walk over every entity does (names_people_ja.c listed_family_name). */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "docgraph/recognize.h"

struct dg_person_prefixes {
  DG_VEC(const char *) labels;
};

static int by_label(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

dg_err dg_person_prefixes_new(const dg_dict *d, dg_person_prefixes **out, dg_error *err) {
  dg_person_prefixes *p = calloc(1, sizeof *p);
  for (size_t i = 0; p && i < dg_dict_count(d); i++) {
    const dg_entity *e = dg_dict_entity(d, i);
    if (e->type != DG_TYPE_PERSON || e->replaced || !e->label_ja[0]) continue;
    if (DG_PUSH(p->labels, e->label_ja)) {
      dg_person_prefixes_free(p);
      p = NULL;
    }
  }
  if (!p) return dg_error_set(err, DG_ENOMEM, "out of memory");
  if (p->labels.n) qsort(p->labels.v, p->labels.n, sizeof *p->labels.v, by_label);
  *out = p;
  return DG_OK;
}

void dg_person_prefixes_free(dg_person_prefixes *p) {
  if (!p) return;
  free(p->labels.v);
  free(p);
}

/* Truncating strings to n bytes keeps their order, so the labels that start with s[0, n)
 * are one run from the first whose first n bytes are not below s; the one equal to s (no
 * longer) comes first in it. */
int dg_person_prefix_of(const dg_person_prefixes *p, const char *s, size_t n) {
  size_t lo = 0, hi = p->labels.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strncmp(p->labels.v[mid], s, n) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < p->labels.n && strncmp(p->labels.v[lo], s, n) == 0; lo++)
    if (p->labels.v[lo][n]) return 1;
  return 0;
}
