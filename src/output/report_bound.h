/* Which ties the report lists: all of a small graph's; of a large one's co-occurrences,
 * each entity's strongest and those a diagram draws (report_bound.c). */
#ifndef DG_OUTPUT_REPORT_BOUND_H
#define DG_OUTPUT_REPORT_BOUND_H

#include "docgraph/report.h"

/* Co-occurrences listed in full up to this many; above it the bound applies. */
#define DG_REPORT_ALL_TIES 50000
/* Above it, the co-occurrences listed of each entity (its strongest). */
#define DG_REPORT_TIES_PER_ENTITY 10

/* keep[i] (one per edge of the built graph g) = whether the report lists edge i; returns
 * how many it lists, or -1 when memory runs out. drawn may be NULL. */
long dg_report_keep(const dg_graph *g, dg_report_ties *drawn, char *keep);

#endif
