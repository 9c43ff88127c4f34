/* Graph and mention exports, and safe output files.
 * Formats: GraphML and GEXF (typed keys), NetworkX node-link JSON, CSV nodes and
 * edges (RFC 4180; Gephi's Id/Label and Source/Target/Type/Weight headers, which Neo4j's
 * LOAD CSV and pandas read too) and mentions as JSON Lines (the schema in
 * docs/mentions.md). Files are written to a temporary name in the same directory and
 * renamed when complete, so a crash never leaves half a file. */
#ifndef DOCGRAPH_WRITE_H
#define DOCGRAPH_WRITE_H

#include <stdio.h>

#include "docgraph/graph.h"

typedef struct dg_outfile {
  FILE *f;
  char *path; /* NULL for stdout */
  char *tmp;
} dg_outfile;

/* Open path for writing ("-" is stdout). */
dg_err dg_outfile_open(dg_outfile *o, const char *path, dg_error *err);
/* Flush, close and rename into place. */
dg_err dg_outfile_commit(dg_outfile *o, dg_error *err);
/* Close and remove the temporary file. */
void dg_outfile_abort(dg_outfile *o);

/* GraphML with typed keys, entity ids as node ids (Gephi, Cytoscape, NetworkX, igraph). */
dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err);
/* GEXF 1.3 (Gephi), written with libxml2's xmlTextWriter. */
dg_err dg_write_gexf(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err);
dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err);
/* One JSON object a line for each mention of d. */
dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err);

/* JSON string literal (with quotes) of s[0..n), escaping quotes, backslashes and control
 * characters; invalid UTF-8 becomes U+FFFD. */
void dg_json_string(FILE *f, const char *s, size_t n);
/* A number: integers without a fraction, others with up to 10 significant digits. */
void dg_json_number(FILE *f, double v);

#endif
