/* The library contract with igraph. igraph keeps its error and warning handlers, its
 * attribute table and its default random generator process-wide, and by default an error
 * aborts the process and a warning prints. Every sequence of igraph calls in docgraph runs
 * between dg_igraph_enter and dg_igraph_leave, which install docgraph's own (an error
 * becomes the igraph function's return code, its message kept for the dg_error; warnings
 * are dropped; the C attribute table; a private, seeded generator on request; one OpenMP
 * thread for igraph, since Debian's igraph computes PageRank on OpenMP threads and the
 * order of their sums changes its last digits from run to run) and put back exactly what
 * the process had. Invariant: outside a guarded section no igraph setting is
 * docgraph's. Sections are serialized by one lock (Debian's igraph is not thread-safe) and
 * must not nest. */
#ifndef DG_GRAPH_IGRAPH_GUARD_H
#define DG_GRAPH_IGRAPH_GUARD_H

#include <igraph/igraph.h>

#include "docgraph/error.h"

typedef struct dg_igraph_guard {
  igraph_error_handler_t *error_handler; /* the process's, put back on leave */
  igraph_warning_handler_t *warning_handler;
  igraph_attribute_table_t *attribute_table;
  igraph_rng_t saved_rng; /* the default generator as it was (by value: igraph copies) */
  igraph_rng_t rng;       /* ours, the default while the section lasts */
  int has_rng;
  void (*omp_set)(int); /* igraph's OpenMP runtime, when the process has one */
  int omp_threads;      /* the calling thread's OpenMP thread count, put back on leave */
  char msg[512]; /* the message of the first igraph error not yet reported */
} dg_igraph_guard;

/* Take the lock, install docgraph's handlers and the C attribute table, and run igraph's
 * OpenMP regions on one thread. */
void dg_igraph_enter(dg_igraph_guard *gd);
/* Put back the process's handlers, table, generator and OpenMP thread count; release
 * the lock. */
void dg_igraph_leave(dg_igraph_guard *gd);
/* Make a private mt19937 generator seeded with `seed` the default (again seeded when
 * called again), so what draws on it gives the same result on every run. */
dg_err dg_igraph_seed(dg_igraph_guard *gd, unsigned long seed, dg_error *err);
/* DG_EGRAPH "igraph failed while <what>: <igraph's message>" for an igraph call that
 * returned `code`; the message is then forgotten, so the next failure reports its own. */
dg_err dg_igraph_fail(dg_igraph_guard *gd, igraph_error_t code, const char *what, dg_error *err);

#endif
