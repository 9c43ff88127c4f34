/* Bounded diagrams (see draw/bound.h): which entities a view keeps when it has more than it
 * can draw, and the words that say so. Invariant: the choice depends only on the graph
 * (mentions, then id order), so the same graph gives the same diagram. */
#include "draw/bound.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  uint32_t mentions, i;
} ranked;

/* Most mentioned first; of equal ones the lower index (id order). */
static int ranked_cmp(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->mentions != y->mentions) return x->mentions > y->mentions ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

size_t dgr_keep_most_mentioned(const dg_graph *g, char *in, size_t max) {
  size_t nv = dg_graph_vertex_count(g), n = 0;
  for (size_t i = 0; i < nv; i++) n += in[i] != 0;
  if (n <= max) return n;
  ranked *r = malloc(n * sizeof *r);
  if (!r) return n; /* out of memory: drawn unbounded rather than not at all */
  size_t k = 0;
  for (size_t i = 0; i < nv; i++)
    if (in[i]) r[k++] = (ranked){dg_graph_vertex(g, i)->mentions, (uint32_t)i};
  qsort(r, n, sizeof *r, ranked_cmp);
  for (size_t j = max; j < n; j++) in[r[j].i] = 0;
  free(r);
  return n;
}

void dgr_grouped(char *buf, size_t n, size_t v) {
  char digits[32];
  int len = snprintf(digits, sizeof digits, "%zu", v);
  size_t k = 0;
  for (int i = 0; i < len && k + 1 < n; i++) {
    if (i && (len - i) % 3 == 0 && k + 2 < n) buf[k++] = ',';
    buf[k++] = digits[i];
  }
  buf[k] = '\0';
}

void dgr_shown(char *buf, size_t n, size_t shown, size_t of, const char *what, const char *by) {
  char a[32], b[32];
  dgr_grouped(a, sizeof a, shown);
  dgr_grouped(b, sizeof b, of);
  snprintf(buf, n, "showing %s of %s %s by %s", a, b, what, by);
}
