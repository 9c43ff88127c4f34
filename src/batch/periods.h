/* Graphs per period for `docgraph run --by` (see docgraph/run.h): each document read also
 * goes into the graph of its period (its year, quarter or month), made when the first
 * document of that period arrives; undated documents are counted and go into none. The
 * periods are then put in date order. */
#ifndef DG_BATCH_PERIODS_H
#define DG_BATCH_PERIODS_H

#include "docgraph/job.h"
#include "docgraph/period.h"

typedef struct dg_period_graph {
  char name[16]; /* 2024, 2024-Q1, 2024-03 */
  int32_t key;   /* its first day, yyyymmdd */
  dg_graph *g;
} dg_period_graph;

typedef struct dg_periods {
  dg_period_by by;
  dg_period_graph *v;
  size_t n, cap;
  size_t undated;
} dg_periods;

/* Document d into the graph of its period (a new graph's source said by dg_job_source). */
dg_err dg_periods_add(dg_periods *ps, const dg_pipeline *p, const dg_job_input *in,
                      const dg_result *d, dg_error *err);
/* member_of ties in every period's graph, and the periods in date order. */
dg_err dg_periods_finish(dg_periods *ps, const dg_dict *dict, dg_error *err);
void dg_periods_free(dg_periods *ps);

#endif
