/* The views drawn as the whole-graph diagram (render.c) of a filtered graph: `all`, the most
 * mentioned entities without dates, and `countries`, countries and groupings with their
 * membership (member_of, dashed) and co-occurrence, lines unnamed (colours say the kind). */
#include <stdio.h>

#include "docgraph/render.h"
#include "draw/bound.h"
#include "draw/views_int.h"

/* The caption, with what the top N left out when it did: "Countries ...: showing 60 of
 * 183 entities by mentions" into buf; the caption alone (may be NULL) otherwise. */
static const char *bounded_caption(const dg_graph *g, const char *caption, char *buf, size_t n) {
  dg_rank rank;
  size_t of = dg_graph_top_of(g, &rank);
  if (!of) return caption;
  char shown[96];
  dgr_shown(shown, sizeof shown, dg_graph_vertex_count(g), of, "entities", dg_rank_name(rank));
  snprintf(buf, n, "%s%s%s", caption ? caption : "", caption ? ": " : "", shown);
  return buf;
}

/* The 60 most mentioned entities of every type but dates, quantities and stop words;
 * membership is left to the countries view. */
static void all_filter(dg_graph_filter *f) {
  f->types = ((1u << DG_TYPE_COUNT) - 1) & ~(DGR_T(DATE) | DGR_T(QUANTITY) | DGR_T(STOP));
  f->top = DG_VIEW_ALL_TOP;
  f->rank = DG_RANK_MENTIONS;
  f->kinds = ((1u << DG_REL_COUNT) - 1) & ~DGR_K(MEMBER_OF);
}

/* The whole-graph diagram as the options ask. */
static dg_err all_draw(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                       FILE *const *out, size_t n, dg_error *err) {
  dg_render_opts vo = *o;
  char caption[256];
  vo.title = bounded_caption(g, o->title, caption, sizeof caption);
  return dg_render_formats(g, &vo, formats, out, n, err);
}

const dgr_view dgr_view_all = {"all", "Whole graph", all_filter, all_draw};

/* Countries and groupings tied by membership or co-occurrence, the 60 most mentioned; the
 * unconnected left out. */
static void countries_filter(dg_graph_filter *f) {
  f->types = DGR_T(COUNTRY) | DGR_T(GROUP);
  f->kinds = DGR_K(CO_OCCURS) | DGR_K(MEMBER_OF);
  f->top = DG_VIEW_ALL_TOP;
  f->rank = DG_RANK_MENTIONS;
  f->drop_isolated = 1;
}

/* The whole-graph diagram with a caption of its own and unnamed lines. */
static dg_err countries_draw(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                             FILE *const *out, size_t n, dg_error *err) {
  dg_render_opts vo = *o;
  char caption[256];
  vo.title = bounded_caption(g, o->title ? o->title : "Countries and groupings: membership and "
                                                      "co-occurrence", caption, sizeof caption);
  vo.no_edge_labels = 1;
  return dg_render_formats(g, &vo, formats, out, n, err);
}

const dgr_view dgr_view_countries = {"countries", "Countries and groupings", countries_filter,
                                     countries_draw};
