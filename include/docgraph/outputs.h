/* Output files, each written whole or not at all (through dg_outfile: a temporary file
 * renamed when complete; "-" is stdout): the graph in one data format, one view's diagram in
 * several formats at once (laid out once), the report. Invariant: a file that cannot be
 * written is DG_EIO with a message naming it, whatever the writer's own error was; only a
 * diagram that cannot be drawn keeps the drawing's error. */
#ifndef DOCGRAPH_OUTPUTS_H
#define DOCGRAPH_OUTPUTS_H

#include "docgraph/diagram_policy.h"
#include "docgraph/report.h"
#include "docgraph/views.h"
#include "docgraph/write.h"

/* The data formats of a graph (docgraph/write.h). */
typedef enum dg_graph_format {
  DG_GRAPH_GRAPHML = 0,
  DG_GRAPH_GEXF,
  DG_GRAPH_JSON,
  DG_GRAPH_CSV_NODES,
  DG_GRAPH_CSV_EDGES,
  DG_GRAPH_CYTOSCAPE,
  DG_GRAPH_NEO4J_NODES,
  DG_GRAPH_NEO4J_RELATIONSHIPS,
  DG_GRAPH_NEO4J_CYPHER
} dg_graph_format;

/* Whether a format is written as CSV (and so takes the byte order mark of csv_bom). */
int dg_graph_format_is_csv(dg_graph_format f);

/* At most this many diagram files in one dg_output_diagram. */
#define DG_OUTPUT_MAX_FILES 8

/* The built graph g in format f, written as o says (NULL: the defaults), to path. */
dg_err dg_output_graph(const dg_graph *g, dg_graph_format f, const dg_write_opts *o,
                       const char *path, dg_error *err);
/* Neo4j's import files into directory dir (made when missing): nodes.csv,
 * relationships.csv and import.cypher. */
dg_err dg_output_neo4j(const dg_graph *g, const dg_write_opts *o, const char *dir,
                       dg_error *err);

/* View v of g (built for v) drawn under o into paths[i] in formats[i] (svg, png, pdf, dot),
 * laid out once; with svg non-NULL, the SVG also into memory (*svg malloc'd, *svg_len bytes).
 * DG_EUSAGE for more than DG_OUTPUT_MAX_FILES files. */
dg_err dg_output_diagram(const dg_graph *g, dg_view v, const dg_diagram_opts *o,
                         const char *const *paths, const char *const *formats, size_t n,
                         char **svg, size_t *svg_len, dg_error *err);

/* The panels side by side (dg_write_small_multiples) to path, and the same SVG into *svg
 * (malloc'd, NUL-terminated). */
dg_err dg_output_small_multiples(const char *path, const dg_panel *panels, size_t n, char **svg,
                                 dg_error *err);

/* The report page (dg_write_report) to path. */
dg_err dg_output_report(const char *path, const char *title, const char *data, size_t ndata,
                        const dg_report_view *views, size_t nviews, dg_error *err);
/* The same with the data read back from stream `data` (dg_report_data_stream). */
dg_err dg_output_report_stream(const char *path, const char *title, FILE *data,
                               const dg_report_view *views, size_t nviews, dg_error *err);

#endif
