/* The views drawn as the whole-graph diagram (render.c) of a filtered graph: `all`, the most
 * mentioned entities without dates, and `countries`, countries and groupings with their
 * membership (member_of, dashed) and co-occurrence, lines unnamed (colours say the kind). */
#include "docgraph/render.h"
#include "draw/views_int.h"

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
  return dg_render_formats(g, o, formats, out, n, err);
}

const dgr_view dgr_view_all = {"all", "Whole graph", all_filter, all_draw};

/* Countries and groupings tied by membership or co-occurrence; the unconnected left out. */
static void countries_filter(dg_graph_filter *f) {
  f->types = DGR_T(COUNTRY) | DGR_T(GROUP);
  f->kinds = DGR_K(CO_OCCURS) | DGR_K(MEMBER_OF);
  f->drop_isolated = 1;
}

/* The whole-graph diagram with a caption of its own and unnamed lines. */
static dg_err countries_draw(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                             FILE *const *out, size_t n, dg_error *err) {
  dg_render_opts vo = *o;
  if (!vo.title) vo.title = "Countries and groupings: membership and co-occurrence";
  vo.no_edge_labels = 1;
  return dg_render_formats(g, &vo, formats, out, n, err);
}

const dgr_view dgr_view_countries = {"countries", "Countries and groupings", countries_filter,
                                     countries_draw};
