/* Diagrams: the built graph as DOT through cgraph, laid out and rendered by gvc.
 * Colour and shape by type (the Okabe-Ito palette, readable in print and for colour-blind
 * readers); one line per pair of entities, as wide as their ties are heavy, coloured,
 * labelled and directed when a typed relation joins them; a legend; tooltips with counts
 * and evidence sentences; links into the report; a CJK font named so Japanese labels
 * render. `dot` lays out the smallest graphs, `neato` mid-sized ones, `sfdp` large ones.
 * Graphviz's process-wide error level is raised during each call (Graphviz prints nothing)
 * and left as the caller had it; what Graphviz says on a failure comes back in dg_error. */
#ifndef DOCGRAPH_RENDER_H
#define DOCGRAPH_RENDER_H

#include <stdio.h>

#include "docgraph/graph.h"

typedef enum { DG_LABEL_JA = 0, DG_LABEL_EN, DG_LABEL_BOTH } dg_label_mode;
typedef enum { DG_COLOR_TYPE = 0, DG_COLOR_COMMUNITY } dg_color_mode;

/* A Graphviz context kept across renders. Graphviz 2.42's text layout plugin remembers
 * the last font it measured by a pointer into the context, so a second context used after
 * the first is freed reads freed memory: a program that draws more than once keeps one
 * renderer and passes it in dg_render_opts. */
typedef struct dg_renderer dg_renderer;
dg_err dg_renderer_new(dg_renderer **out, dg_error *err);
void dg_renderer_free(dg_renderer *r);

typedef struct dg_render_opts {
  dg_renderer *renderer; /* NULL: a context for this call only (see dg_renderer) */
  const char *layout;   /* "dot", "sfdp", "neato", "fdp", ...; NULL: by size */
  const char *fontname; /* NULL: a CJK font list */
  dg_label_mode labels;
  dg_color_mode color;  /* fill by type (shapes always say the type) or by community */
  size_t dot_max;       /* vertices up to which dot is chosen (0: default, 12) */
  size_t sfdp_above;    /* vertices above which sfdp is chosen (0: default, 150) */
  const char *focus;    /* the id of an entity to draw in bold (a focus view), or NULL */
  size_t max_edges;     /* draw at most this many pairs: typed ties first, then the
                           strongest co-occurrences by Jaccard (0: all) */
  const char *link;     /* when set, nodes link to LINK#node=ID and lines to
                           LINK#edge=ID1,ID2 (ids percent-encoded): the report */
  const char *title;    /* a caption above the legend, or NULL */
  int no_edge_labels;   /* no names on typed lines (their colours say the kind) */
  /* Called with layout_ctx once the diagram's Graphviz graph is made, before it is laid
   * out (before 1) and after it is written (before 0): nothing reads the dg_graph's ties
   * meanwhile, so a caller may set them aside (dg_graph_set_aside). NULL: none. */
  dg_err (*layout_hook)(void *ctx, int before, dg_error *err);
  void *layout_ctx;
} dg_render_opts;

/* The fill colour of a type and the colour of a relation kind in diagrams ("#RRGGBB"). */
const char *dg_render_type_color(dg_type t);
const char *dg_render_kind_color(dg_rel_kind k);

/* The layout engine the options and graph size choose. */
const char *dg_render_layout(const dg_graph *g, const dg_render_opts *o);

/* Lay out once and write each of n formats to out[i]: "dot" is the styled DOT before
 * layout (to edit and lay out again), others are Graphviz output formats. */
dg_err dg_render_formats(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                         FILE *const *out, size_t n, dg_error *err);

#endif
