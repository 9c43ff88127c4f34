/* The report: one self-contained HTML page (no network) with the diagrams, tables of
 * entities and relations, and the sentences behind every entity and tie. The page itself
 * (src/output/report.html) is compiled in; this fills it with the graph's data as JSON and
 * the diagrams as inline SVG. */
#ifndef DOCGRAPH_REPORT_H
#define DOCGRAPH_REPORT_H

#include <stdio.h>

#include "docgraph/graph.h"

/* A diagram of the report: an SVG document as Graphviz writes it. */
typedef struct dg_report_view {
  const char *name;  /* all, timeline, funding, countries, ... */
  const char *title; /* the tab's title */
  const char *svg;
  size_t svg_len;
} dg_report_view;

/* The report's data of the built graph g: documents, entities and relations with their
 * measures and evidence sentences, as one JSON object in *json (malloc'd, *n bytes);
 * bounded as dg_report_data_stream's, with no ties drawn.
 * Taken apart from the page so the graph can be rebuilt for the diagrams meanwhile. */
dg_err dg_report_data(const dg_graph *g, const char *title, char **json, size_t *n,
                      dg_error *err);

/* The co-occurrences the diagrams draw, which the report lists whatever its bound. */
typedef struct dg_report_ties dg_report_ties;
/* An empty set, or NULL when memory runs out. */
dg_report_ties *dg_report_ties_new(void);
/* Add every co-occurrence of g's built view (a view built to be drawn); -1 when memory
 * runs out. */
int dg_report_ties_add_drawn(dg_report_ties *t, const dg_graph *g);
void dg_report_ties_free(dg_report_ties *t);

/* The same data written to stream f (a temporary file: a large graph's data need not stay
 * in memory while the diagrams are drawn). A graph of more than 50,000 co-occurrences has
 * every entity and typed relation listed, but of its co-occurrences only each entity's 10
 * strongest and those in `drawn` (may be NULL); "edges_total" then says how many the graph
 * has. DG_EIO when f fails. */
dg_err dg_report_data_stream(const dg_graph *g, const char *title, dg_report_ties *drawn,
                             FILE *f, dg_error *err);

/* Write the page to f: the title, the data from dg_report_data, the diagrams. */
dg_err dg_write_report(const char *title, const char *json, size_t n,
                       const dg_report_view *views, size_t nviews, FILE *f, dg_error *err);
/* The same with the data of dg_report_data_stream, read back from the start of `data`. */
dg_err dg_write_report_stream(const char *title, FILE *data, const dg_report_view *views,
                              size_t nviews, FILE *f, dg_error *err);

#endif
