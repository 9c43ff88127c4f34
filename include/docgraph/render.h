/* Diagrams: the built graph as DOT through cgraph, laid out and rendered by gvc.
 * Colour and shape by type (the Okabe-Ito palette, readable in print and for colour-blind
 * readers); one line per pair of entities, as wide as their ties are heavy, coloured,
 * labelled and directed when a typed relation joins them; a legend; tooltips with counts
 * and evidence sentences; a CJK font named so Japanese labels render. `neato` lays out
 * small graphs, `sfdp` large ones. */
#ifndef DOCGRAPH_RENDER_H
#define DOCGRAPH_RENDER_H

#include <stdio.h>

#include "docgraph/graph.h"

typedef enum { DG_LABEL_JA = 0, DG_LABEL_EN, DG_LABEL_BOTH } dg_label_mode;

typedef struct dg_render_opts {
  const char *layout;   /* "dot", "sfdp", "neato", "fdp", ...; NULL: by size */
  const char *fontname; /* NULL: a CJK font list */
  dg_label_mode labels;
  size_t sfdp_above;    /* vertices above which sfdp is chosen (0: default, 150) */
  const char *focus;    /* the id of an entity to draw in bold (a focus view), or NULL */
  size_t max_edges;     /* draw at most this many pairs: typed ties first, then the
                           strongest co-occurrences by Jaccard (0: all) */
} dg_render_opts;

/* The layout engine the options and graph size choose. */
const char *dg_render_layout(const dg_graph *g, const dg_render_opts *o);

/* Write the styled graph as DOT (not laid out) to f. */
dg_err dg_render_dot(const dg_graph *g, const dg_render_opts *o, FILE *f, dg_error *err);
/* Lay out and render in `format` ("svg", "png", "pdf", "dot" for laid-out DOT) to f. */
dg_err dg_render(const dg_graph *g, const dg_render_opts *o, const char *format, FILE *f,
                 dg_error *err);

#endif
