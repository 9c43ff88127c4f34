/* Views: diagrams made for one question each, drawn from the same graph.
 *   all        the whole graph, filtered to stay readable (the most mentioned entities
 *              without dates, unless the user chose filters)
 *   timeline   meetings left to right by date, grouped by year, each with where it was
 *              held, who took part and who chaired
 *   funding    programs and meetings with their normalized amounts, a total per program
 *              and currency, and the meetings where the programs were announced
 *   countries  countries and groupings: membership (member_of, from the dictionaries:
 *              run dg_graph_add_members first) and co-occurrence
 * dg_view_build rebuilds the graph's view with the view's filters; dg_view_render draws
 * it. */
#ifndef DOCGRAPH_VIEWS_H
#define DOCGRAPH_VIEWS_H

#include "docgraph/render.h"

typedef enum dg_view {
  DG_VIEW_ALL = 0,
  DG_VIEW_TIMELINE,
  DG_VIEW_FUNDING,
  DG_VIEW_COUNTRIES,
  DG_VIEW_COUNT
} dg_view;

int dg_view_parse(const char *name, dg_view *out);
const char *dg_view_name(dg_view v);
const char *dg_view_title(dg_view v);

/* The most mentioned entities `all` shows without user filters. */
#define DG_VIEW_ALL_TOP 60

/* Build g for view v. `user` (may be NULL) replaces the default filters of `all`; the
 * other views have their own. DG_ENOTFOUND as dg_graph_build for a focus naming nothing. */
dg_err dg_view_build(dg_graph *g, dg_view v, const dg_graph_filter *user, dg_error *err);
/* As dg_view_build, with only the measures drawings use (degree, strength, PageRank,
 * communities; betweenness left 0) and `all` bounded to its 150 highest ranked entities
 * whatever the user's filter: for a view built only to be drawn. */
dg_err dg_view_build_to_draw(dg_graph *g, dg_view v, const dg_graph_filter *user,
                             dg_error *err);

/* Draw view v of g (built by dg_view_build) in each of n formats, as dg_render_formats. */
dg_err dg_view_render(const dg_graph *g, dg_view v, const dg_render_opts *o,
                      const char *const *formats, FILE *const *out, size_t n, dg_error *err);

#endif
