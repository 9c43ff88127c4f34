/* A snapshot of a graph's built view: its vertices, edges and provenance as they are now,
 * for reading (the writers of docgraph/write.h, dg_graph_vertex ...) on another thread
 * while the graph itself is built again for something else. */
#ifndef DOCGRAPH_SNAPSHOT_H
#define DOCGRAPH_SNAPSHOT_H

#include "docgraph/graph.h"

/* A read-only copy of g's built view into *out, freed with dg_graph_free (which frees only
 * what the copy owns). It shares the accumulated data (ids, labels, evidence, documents)
 * with g, so g must outlive it and receive no more documents; building g again is fine
 * (g is marked shared: from then on its builds keep the ties in memory, see
 * graph/spill.c). Never build, add to or measure the snapshot itself, and it has no
 * igraph graph. */
dg_err dg_graph_snapshot(dg_graph *g, dg_graph **out, dg_error *err);

/* Snapshot s of g freed (s may be NULL) and g no longer marked shared, so its ties may be
 * set aside again (dg_graph_set_aside, and its builds' measures). Only once nothing reads
 * s any more (the thread that wrote from it joined), and s must be g's only snapshot. */
void dg_graph_snapshot_free(dg_graph *g, dg_graph *s);

#endif
