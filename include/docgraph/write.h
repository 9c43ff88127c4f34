/* Graph and mention exports.
 * Formats: GraphML and GEXF (typed keys), NetworkX node-link JSON, CSV nodes and
 * edges (RFC 4180; Gephi's Id/Label and Source/Target/Type/Weight headers, which Neo4j's
 * LOAD CSV and pandas read too), Neo4j's bulk import (neo4j-admin database import CSV and a
 * Cypher LOAD CSV script), Cytoscape.js elements JSON and mentions as JSON Lines (the
 * schema in docs/mentions.md). Each writes to a stream the caller opened
 * (docgraph/outfile.h).
 * Direction, the same in every client: typed ties are directed (source -> target) and
 * co-occurrence is not. No client reads a mixed graph from every format (NetworkX refuses
 * GraphML and GEXF that mix the two), so GraphML, GEXF and node-link JSON are directed
 * multigraphs in which a co-occurrence is a pair of opposite arcs: GraphML and JSON write
 * both arcs with `reciprocal` true, GEXF writes one edge of type "mutual" (which GEXF
 * readers take as both arcs). Every tie also carries `directed`, false for co-occurrence.
 * CSV, Neo4j and Cytoscape.js write one row or element per tie.
 * Provenance: every file says which docgraph, dictionaries and options made it
 * (dg_provenance): GraphML graph data, GEXF meta, the JSON graph object, the Cypher
 * script's comments; CSV has run.json beside it (dg_write_run_json). */
#ifndef DOCGRAPH_WRITE_H
#define DOCGRAPH_WRITE_H

#include <stdio.h>

#include "docgraph/graph.h"

/* How the XML formats are written; all zero is the default. */
typedef enum dg_gexf_version { DG_GEXF_1_2 = 0, DG_GEXF_1_3 } dg_gexf_version;
typedef struct dg_write_opts {
  dg_gexf_version gexf; /* 1.2draft (NetworkX and Gephi read it) or 1.3 (Gephi) */
  int dynamic;          /* GEXF mode="dynamic": a node or edge starts at the date of the
                           first document naming it (Gephi's timeline plays the growth) */
  int mixed;            /* GraphML and GEXF as mixed graphs, one undirected edge per
                           co-occurrence (Gephi, yEd; NetworkX cannot read them) */
  int csv_bom;          /* a UTF-8 byte order mark before CSV files (dg_output_graph) */
} dg_write_opts;

/* GraphML with typed keys, entity ids as node ids and as the `name` data (R igraph's
 * V(g)$name), the provenance as graph data (Gephi, Cytoscape, NetworkX, igraph). */
dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_graphml_opts(const dg_graph *g, const dg_write_opts *o, FILE *f, dg_error *err);
/* GEXF 1.2draft, or 1.3 (Gephi, NetworkX), written with libxml2's xmlTextWriter. */
dg_err dg_write_gexf(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_gexf_opts(const dg_graph *g, const dg_write_opts *o, FILE *f, dg_error *err);
/* NetworkX node-link JSON: nx.node_link_graph reads a MultiDiGraph keyed by kind. */
dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err);
/* Cytoscape.js: {"data": provenance, "elements": {"nodes": [{"data": ...}], "edges": [...]}},
 * which Cytoscape desktop opens as .cyjs and nx.cytoscape_graph reads. */
dg_err dg_write_cytoscape(const dg_graph *g, FILE *f, dg_error *err);
/* neo4j-admin database import: nodes (id:ID, :LABEL Entity;Country, typed properties such
 * as mentions:int), relationships (:START_ID, :END_ID, :TYPE CO_OCCURS, weight:float ...),
 * and a Cypher script that loads the same two files with LOAD CSV. */
dg_err dg_write_neo4j_nodes(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_neo4j_relationships(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_neo4j_cypher(const dg_graph *g, FILE *f, dg_error *err);
/* A diagram among others: its title and its SVG (as Graphviz wrote it). */
typedef struct dg_panel {
  const char *title;
  const char *svg;
  size_t len;
} dg_panel;
/* The diagrams side by side in one SVG, three to a row, each under its title (small
 * multiples: one per period). */
dg_err dg_write_small_multiples(const dg_panel *panels, size_t n, FILE *f, dg_error *err);

/* run.json: the provenance of the files of a run (p), the size of its graph and the names
 * of its files (CSV's sidecar). */
dg_err dg_write_run_json(const dg_provenance *p, size_t entities, size_t relations,
                         const char *const *files, size_t nfiles, FILE *f, dg_error *err);
dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err);
/* One JSON object a line for each mention of d. */
dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err);
/* The same for a document's result (dg_write_mentions is this on d's result). */
dg_err dg_write_result_mentions(const dg_result *r, FILE *f, dg_error *err);

#endif
