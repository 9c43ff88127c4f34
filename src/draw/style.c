/* Styles of the diagrams (see style.h): the Okabe-Ito palette for types and relation kinds,
 * readable in print and by colour-blind readers; Paul Tol's muted scheme for communities.
 * Tables only: a change of colour is a change of one row. */
#include "draw/style.h"

#include <stddef.h>

#include "docgraph/render.h"

static const dgr_style type_styles[DG_TYPE_COUNT] = {
    [DG_TYPE_COUNTRY] = {"#0072B2", "#FFFFFF", "ellipse", "filled"},
    [DG_TYPE_GROUP] = {"#56B4E9", "#000000", "octagon", "filled"},
    [DG_TYPE_ORGANIZATION] = {"#009E73", "#FFFFFF", "box", "filled"},
    [DG_TYPE_PROGRAM] = {"#E69F00", "#000000", "hexagon", "filled"},
    [DG_TYPE_MEETING] = {"#D55E00", "#FFFFFF", "box", "rounded,filled"},
    [DG_TYPE_PERSON] = {"#CC79A7", "#000000", "egg", "filled"},
    [DG_TYPE_PLACE] = {"#F0E442", "#000000", "house", "filled"},
    /* the place's yellow at half strength, dashed: an area without a fixed edge */
    [DG_TYPE_REGION] = {"#F8F2A0", "#000000", "trapezium", "filled,dashed"},
    [DG_TYPE_AMOUNT] = {"#999999", "#000000", "note", "filled"},
    [DG_TYPE_DATE] = {"#FFFFFF", "#000000", "parallelogram", "filled"},
    [DG_TYPE_QUANTITY] = {"#DDDDDD", "#000000", "note", "filled"},
    [DG_TYPE_STOP] = {"#FFFFFF", "#000000", "plaintext", "filled"},
};

/* Co-occurrence lines are translucent grey: typed ties stand out over them. */
static const dgr_line kind_lines[DG_REL_COUNT] = {
    [DG_REL_CO_OCCURS] = {"#55555588", "solid"}, [DG_REL_HELD_IN] = {"#0072B2", "dashed"},
    [DG_REL_HELD_ON] = {"#666666", "dotted"},    [DG_REL_PARTICIPATES_IN] = {"#009E73", "solid"},
    [DG_REL_CHAIRED_BY] = {"#CC79A7", "solid"},  [DG_REL_ANNOUNCED_AT] = {"#E69F00", "solid"},
    [DG_REL_ADOPTED_AT] = {"#D55E00", "solid"},  [DG_REL_AMOUNT] = {"#000000", "bold"},
    [DG_REL_MEMBER_OF] = {"#56B4E9", "dashed"},
};

/* Told apart with colour-blind vision; the last (grey) is shared by the tenth and later. */
static const struct {
  const char *fill, *font;
} community_colors[] = {
    {"#CC6677", "#000000"}, {"#332288", "#FFFFFF"}, {"#DDCC77", "#000000"}, {"#117733", "#FFFFFF"},
    {"#88CCEE", "#000000"}, {"#882255", "#FFFFFF"}, {"#44AA99", "#000000"}, {"#999933", "#000000"},
    {"#AA4499", "#FFFFFF"}, {"#DDDDDD", "#000000"},
};
#define NCOMMUNITY_COLORS (sizeof community_colors / sizeof *community_colors)

/* Out of range: the stop style (white, plaintext). */
const dgr_style *dgr_type_style(dg_type t) {
  return &type_styles[t < DG_TYPE_COUNT ? t : DG_TYPE_STOP];
}

/* Out of range: the co-occurrence line. */
const dgr_line *dgr_kind_line(dg_rel_kind k) { return &kind_lines[k < DG_REL_COUNT ? k : 0]; }

/* Community c's colours, grey past the table's end or for -1. */
void dgr_community_colors(int32_t c, const char **fill, const char **font) {
  size_t i = c >= 0 && (size_t)c < NCOMMUNITY_COLORS ? (size_t)c : NCOMMUNITY_COLORS - 1;
  *fill = community_colors[i].fill;
  *font = community_colors[i].font;
}

/* The fill of a type, for pages that match the diagrams (the report). */
const char *dg_render_type_color(dg_type t) { return dgr_type_style(t)->fill; }

/* For pages (the report's legend): co-occurrence without its alpha; unknown kinds black. */
const char *dg_render_kind_color(dg_rel_kind k) {
  return k == DG_REL_CO_OCCURS ? "#555555" : k < DG_REL_COUNT ? kind_lines[k].color : "#000000";
}
