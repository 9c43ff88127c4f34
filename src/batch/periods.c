/* Graphs per period (see batch/periods.h). */
#include "batch/periods.h"

#include <stdlib.h>
#include <string.h>

/* The graph of period `name` (key: its first day), made when new; NULL when out of memory. */
static dg_graph *period_graph(dg_periods *ps, const dg_pipeline *p, const dg_job_input *in,
                              const char *name, int32_t key) {
  for (size_t i = 0; i < ps->n; i++)
    if (ps->v[i].key == key) return ps->v[i].g;
  if (ps->n == ps->cap) {
    size_t cap = ps->cap ? 2 * ps->cap : 8;
    dg_period_graph *v = realloc(ps->v, cap * sizeof *v);
    if (!v) return NULL;
    ps->v = v, ps->cap = cap;
  }
  dg_period_graph *pg = &ps->v[ps->n];
  memset(pg, 0, sizeof *pg);
  snprintf(pg->name, sizeof pg->name, "%s", name);
  pg->key = key;
  if (dg_graph_new(&pg->g, NULL) != DG_OK) return NULL;
  dg_job_source(p, in, pg->g, pg->name);
  ps->n++;
  return pg->g;
}

dg_err dg_periods_add(dg_periods *ps, const dg_pipeline *p, const dg_job_input *in,
                      const dg_result *d, dg_error *err) {
  char name[16];
  int32_t key = dg_period_of(&d->date, ps->by, name, sizeof name);
  if (!key) {
    ps->undated++;
    return DG_OK;
  }
  dg_graph *g = period_graph(ps, p, in, name, key);
  if (!g) return dg_error_set(err, DG_ENOMEM, "out of memory");
  return dg_graph_add_result(g, d, err);
}

static int by_key(const void *a, const void *b) {
  const dg_period_graph *x = a, *y = b;
  return x->key < y->key ? -1 : x->key > y->key;
}

dg_err dg_periods_finish(dg_periods *ps, const dg_dict *dict, dg_error *err) {
  if (ps->n) qsort(ps->v, ps->n, sizeof *ps->v, by_key);
  dg_err r = DG_OK;
  for (size_t i = 0; i < ps->n && r == DG_OK; i++) r = dg_graph_add_members(ps->v[i].g, dict, err);
  return r;
}

void dg_periods_free(dg_periods *ps) {
  for (size_t i = 0; i < ps->n; i++) dg_graph_free(ps->v[i].g);
  free(ps->v);
  memset(ps, 0, sizeof *ps);
}
