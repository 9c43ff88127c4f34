/* Graph and mention exports.
 * Formats: GraphML and GEXF (typed keys), NetworkX node-link JSON, CSV nodes and
 * edges (RFC 4180; Gephi's Id/Label and Source/Target/Type/Weight headers, which Neo4j's
 * LOAD CSV and pandas read too) and mentions as JSON Lines (the schema in
 * docs/mentions.md). Each writes to a stream the caller opened (docgraph/outfile.h). */
#ifndef DOCGRAPH_WRITE_H
#define DOCGRAPH_WRITE_H

#include <stdio.h>

#include "docgraph/graph.h"

/* GraphML with typed keys, entity ids as node ids (Gephi, Cytoscape, NetworkX, igraph). */
dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err);
/* GEXF 1.3 (Gephi), written with libxml2's xmlTextWriter. */
dg_err dg_write_gexf(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err);
/* One JSON object a line for each mention of d. */
dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err);

#endif
