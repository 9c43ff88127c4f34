/* Graphs read back from files: GraphML as docgraph writes it, or as NetworkX, igraph,
 * Gephi or Cytoscape write it, into a dg_graph (documents named by the edges' evidence). */
#ifndef DOCGRAPH_GRAPHML_READ_H
#define DOCGRAPH_GRAPHML_READ_H

#include <stdio.h>

#include "docgraph/graph.h"

/* Read the GraphML file at `path` into g (empty, from dg_graph_new); run dg_graph_build
 * after. Data are taken by their key's attr.name: a node's type from `type` when it names
 * a docgraph type (case ignored), else from the id's prefix (country:JPN); its label from
 * label, Label, name or shared name, else the id; mentions and documents 1 when absent.
 * An edge's kind defaults to co_occurs, weight to 1 (rounded to a whole number, at least
 * 1 when above 0), jaccard to 0, documents to 1, evidence_count to the weight; of two ties
 * with the same ends and kind the first stands. Only the first <graph> is read.
 * Problems come back as DG_EINPUT with "path:line: message" (DG_EIO "path: reason" when
 * the file cannot be opened); nothing is printed or fetched and no entity expanded (a
 * DOCTYPE that declares entities is refused). On failure g holds part of the file: free
 * it. */
dg_err dg_read_graphml(dg_graph *g, const char *path, dg_error *err);

#endif
