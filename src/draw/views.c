/* Views (see docgraph/views.h): the table of views, the filters each applies and the
 * drawing each makes, and the helpers of views drawn from cards. A view is one row of
 * `views` and one file (view_*.c) defining its dgr_view. */
#include "docgraph/views.h"

#include <string.h>

#include "draw/bound.h"
#include "draw/label.h"
#include "draw/output.h"
#include "draw/views_int.h"

static const dgr_view *const views[DG_VIEW_COUNT] = {
    [DG_VIEW_ALL] = &dgr_view_all,
    [DG_VIEW_TIMELINE] = &dgr_view_timeline,
    [DG_VIEW_FUNDING] = &dgr_view_funding,
    [DG_VIEW_COUNTRIES] = &dgr_view_countries,
};

/* By exact name: "timeline"; 0 when found, -1 when not. */
int dg_view_parse(const char *name, dg_view *out) {
  for (int v = 0; v < DG_VIEW_COUNT; v++)
    if (!strcmp(name, views[v]->name)) {
      *out = (dg_view)v;
      return 0;
    }
  return -1;
}

/* "all", "timeline", ...; "?" out of range. */
const char *dg_view_name(dg_view v) { return v < DG_VIEW_COUNT ? views[v]->name : "?"; }
/* The view's title for pages ("Timeline of meetings"); "?" out of range. */
const char *dg_view_title(dg_view v) { return v < DG_VIEW_COUNT ? views[v]->title : "?"; }

/* The user's filters replace those of `all`; the other views keep their own. `measures`:
 * as dg_graph_filter's (0: all). */
static dg_err build(dg_graph *g, dg_view v, const dg_graph_filter *user, unsigned measures,
                    dg_error *err) {
  if (v >= DG_VIEW_COUNT) return dg_error_set(err, DG_EUSAGE, "no such view");
  dg_graph_filter f = {0};
  if (v == DG_VIEW_ALL && user) f = *user;
  else views[v]->filter(&f);
  if (measures) f.measures = measures;
  /* drawn: the whole graph bounded whatever the user's filter */
  if (measures && v == DG_VIEW_ALL && (!f.top || f.top > DGR_DRAW_MAX)) f.top = DGR_DRAW_MAX;
  return dg_graph_build(g, &f, err);
}

dg_err dg_view_build(dg_graph *g, dg_view v, const dg_graph_filter *user, dg_error *err) {
  return build(g, v, user, 0, err);
}

dg_err dg_view_build_to_draw(dg_graph *g, dg_view v, const dg_graph_filter *user,
                             dg_error *err) {
  return build(g, v, user, DG_MEASURE_PAGERANK | DG_MEASURE_COMMUNITY, err);
}

/* The view's own drawing, with Graphviz quiet for the whole call. */
dg_err dg_view_render(const dg_graph *g, dg_view v, const dg_render_opts *o,
                      const char *const *formats, FILE *const *out, size_t n, dg_error *err) {
  if (v >= DG_VIEW_COUNT) return dg_error_set(err, DG_EUSAGE, "no such view");
  dg_render_opts def = {0};
  dgr_quiet q;
  dgr_quiet_begin(&q);
  dg_err r = views[v]->draw(g, o ? o : &def, formats, out, n, err);
  dgr_quiet_end(&q);
  return r != DG_OK ? r : dg_graph_texts_failed(g, err); /* a tooltip's sentence */
}

/* ---- helpers of views drawn from cards ---- */

Agraph_t *dgr_view_open(const char *name, const dg_render_opts *o, const dgr_attr *attrs,
                        dg_error *err) {
  Agraph_t *G = dgr_open(name, 1, "dot", o->fontname);
  if (!G) {
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  dgr_set_all(G, attrs);
  return G;
}

/* Plain text in the middle of an otherwise empty diagram. */
void dgr_nothing_to_show(Agraph_t *G, const char *msg) {
  Agnode_t *n = agnode(G, (char *)"none", 1);
  dgr_set(n, "shape", "plaintext");
  dgr_set(n, "style", "");
  dgr_set(n, "label", msg);
  dgr_fix_size(n, msg, 11, "plaintext");
}

/* Views made of cards are always laid out by dot. */
dg_err dgr_view_output(Agraph_t *G, const dg_render_opts *o, const char *const *formats,
                       FILE *const *out, size_t n, dg_error *err) {
  dg_err r = dgr_output_hooked(G, "dot", o, formats, out, n, err);
  agclose(G);
  return r;
}
