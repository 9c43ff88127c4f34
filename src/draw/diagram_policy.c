/* The drawing policy (see docgraph/diagram_policy.h): the user's diagram options turned into
 * render options for one graph. Nothing here draws; every choice that depends on the graph
 * (how many lines, which vertex is the focus) is made here and nowhere else. */
#include "docgraph/diagram_policy.h"

/* Lines to draw when the user did not say: two per entity (typed ties first, then the
 * strongest co-occurrences), at least 60, so a small graph keeps all its lines. */
static size_t default_max_edges(const dg_graph *g) {
  size_t n = DG_DIAGRAM_EDGES_PER_NODE * dg_graph_vertex_count(g);
  return n > DG_DIAGRAM_EDGES_MIN ? n : DG_DIAGRAM_EDGES_MIN;
}

/* The id of the vertex the focus names (--focus jica: org:jica), or NULL when the graph
 * has none: a focus outside the drawing is not drawn in bold. */
static const char *focus_id(const dg_graph *g, const char *focus) {
  if (!focus) return NULL;
  long v = dg_graph_find(g, focus);
  return v >= 0 ? dg_graph_vertex(g, (size_t)v)->id : NULL;
}

dg_render_opts dg_diagram_render_opts(const dg_diagram_opts *o, const dg_graph *g) {
  dg_render_opts ro = {.renderer = o->renderer,
                       .layout = o->layout,
                       .labels = o->labels,
                       .color = o->color,
                       .max_edges = o->max_edges_set ? o->max_edges : default_max_edges(g),
                       .focus = focus_id(g, o->focus),
                       .link = DG_DIAGRAM_LINK,
                       .layout_hook = o->layout_hook,
                       .layout_ctx = o->layout_ctx};
  return ro;
}

dg_diagram_opts dg_diagram_doc_opts(const dg_diagram_opts *o) {
  dg_diagram_opts d = *o;
  d.focus = NULL;
  d.max_edges_set = 0;
  return d;
}
