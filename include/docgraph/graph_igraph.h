/* The built graph as an igraph object, for callers that compute on it with igraph's own
 * functions. Kept apart from docgraph/graph.h so that code which only reads vertices and
 * edges does not pull in igraph's headers. */
#ifndef DOCGRAPH_GRAPH_IGRAPH_H
#define DOCGRAPH_GRAPH_IGRAPH_H

#include <igraph/igraph.h>

#include "docgraph/graph.h"

/* The built graph as igraph (undirected multigraph, one edge per dg_edge in order), made
 * on the first call after dg_graph_build (so a build that is never asked for it costs no
 * copy of every attribute; not to be called on one graph from two threads at once), with
 * vertex attributes id, type, label, label_en, mentions, documents, degree, strength,
 * pagerank, betweenness, community and edge attributes kind, directed, weight, jaccard,
 * documents, evidence_count, evidence, evidence_text; NULL before dg_graph_build, after a
 * build that failed, for a snapshot, and when igraph cannot make it (out of memory). Its
 * attributes are igraph's C attribute handler's: read them with VAS, VAN, EAS ... at any
 * time; to copy the graph or derive graphs from it with their attributes, install
 * igraph_cattribute_table first (docgraph leaves the process's table as it found it). */
const igraph_t *dg_graph_igraph(const dg_graph *g);

#endif
