/* The drawing policy: what a user's diagram options mean for one drawing of one graph.
 * dg_render_opts (docgraph/render.h) says exactly how to draw; dg_diagram_opts says what the
 * user asked for, and the policy fills in the rest from the graph: how many lines to draw
 * (two per entity, at least 60, unless the user chose), which vertex the focus names, and
 * the links into the report. Per-document diagrams follow the same policy without focus
 * and with the default number of lines. */
#ifndef DOCGRAPH_DIAGRAM_POLICY_H
#define DOCGRAPH_DIAGRAM_POLICY_H

#include "docgraph/render.h"

/* Diagrams link to the report that `docgraph run` writes beside them. */
#define DG_DIAGRAM_LINK "report.html"
/* Without --max-edges a diagram draws this many lines per entity, and at least ... */
#define DG_DIAGRAM_EDGES_PER_NODE 2
#define DG_DIAGRAM_EDGES_MIN 60

typedef struct dg_diagram_opts {
  dg_renderer *renderer; /* one Graphviz context for every drawing (see dg_renderer) */
  const char *layout;    /* a Graphviz engine, or NULL: chosen by size */
  dg_label_mode labels;
  dg_color_mode color;
  size_t max_edges;      /* with max_edges_set: lines drawn at most (0: all) */
  int max_edges_set;     /* 0: DG_DIAGRAM_EDGES_PER_NODE per entity, at least _MIN */
  const char *focus;     /* an entity to draw in bold (an id, label or alias), or NULL */
  /* Called with layout_ctx once a diagram's Graphviz graph is made, before it is laid
   * out (before 1) and after it is written (before 0): nothing reads the dg_graph's ties
   * meanwhile, so a caller may set them aside (dg_graph_set_aside), as in dg_render_opts. NULL:
   * none. */
  dg_err (*layout_hook)(void *ctx, int before, dg_error *err);
  void *layout_ctx;
} dg_diagram_opts;

/* How to draw g (built) under o. The result points into o and g. */
dg_render_opts dg_diagram_render_opts(const dg_diagram_opts *o, const dg_graph *g);

/* The options of a document's own diagram: o without its focus and its line limit. */
dg_diagram_opts dg_diagram_doc_opts(const dg_diagram_opts *o);

#endif
