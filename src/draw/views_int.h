/* The views behind docgraph/views.h: each is a row of dgr_views (views.c) naming its filters
 * and how it draws, defined in a file of its own (view_graph.c: all and countries,
 * view_timeline.c, view_funding.c). Views drawn from cards share the helpers below. */
#ifndef DG_DRAW_VIEWS_INT_H
#define DG_DRAW_VIEWS_INT_H

#include <graphviz/cgraph.h>
#include <stdio.h>

#include "docgraph/views.h"
#include "draw/agraph.h"

#define DGR_T(x) (1u << DG_TYPE_##x)
#define DGR_K(x) (1u << DG_REL_##x)

typedef struct {
  const char *name, *title;
  /* the view's filters into f (zeroed before) */
  void (*filter)(dg_graph_filter *f);
  /* draw g (built with those filters) in each of n formats */
  dg_err (*draw)(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                 FILE *const *out, size_t n, dg_error *err);
} dgr_view;

extern const dgr_view dgr_view_all, dgr_view_countries, dgr_view_timeline, dgr_view_funding;

/* A directed graph laid out by dot, with the view's graph attributes (a table ending in
 * {NULL, NULL}); NULL with err set when cgraph cannot make one. */
Agraph_t *dgr_view_open(const char *name, const dg_render_opts *o, const dgr_attr *attrs,
                        dg_error *err);
/* A node that says the view has nothing to show: "no meeting with a date". */
void dgr_nothing_to_show(Agraph_t *G, const char *msg);
/* Lay out G (from dgr_view_open) with dot, write each format, close G. */
dg_err dgr_view_output(Agraph_t *G, const dg_render_opts *o, const char *const *formats,
                       FILE *const *out, size_t n, dg_error *err);

#endif
