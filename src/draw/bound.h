/* Diagrams stay bounded: whatever the corpus, a view draws at most a fixed number of
 * entities or cards (the most mentioned), so layout and bitmaps take seconds, and its
 * legend says what was left out ("showing 60 of 7,028 entities by mentions"). */
#ifndef DG_DRAW_BOUND_H
#define DG_DRAW_BOUND_H

#include <stddef.h>

#include "docgraph/graph.h"

/* Entities the whole-graph views (all, countries) draw at most. */
#define DGR_DRAW_MAX 150
/* Cards the timeline and the funding view draw at most, and lines per funding card. */
#define DGR_CARDS_MAX 40
#define DGR_CARD_LINES_MAX 12

/* Keep in in[] (one flag per vertex of g) at most `max` of those set: the most mentioned,
 * then the first in id order. Returns how many were set before. */
size_t dgr_keep_most_mentioned(const dg_graph *g, char *in, size_t max);
/* v with a comma every three digits: 7,028. */
void dgr_grouped(char *buf, size_t n, size_t v);
/* "showing 60 of 7,028 <what> by <by>" into buf. */
void dgr_shown(char *buf, size_t n, size_t shown, size_t of, const char *what, const char *by);

#endif
