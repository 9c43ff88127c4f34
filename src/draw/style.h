/* Styles of the diagrams: how an entity type, a relation kind and a community look. Every
 * colour, shape and dash of a diagram comes from the tables of style.c, so a palette is one
 * edit; a type or kind out of range gets the `stop` style or the co-occurrence line. */
#ifndef DG_DRAW_STYLE_H
#define DG_DRAW_STYLE_H

#include <stdint.h>

#include "docgraph/types.h"

/* A node: fill and font colour, Graphviz shape and style. */
typedef struct {
  const char *fill, *font, *shape, *style;
} dgr_style;

/* A line: colour and Graphviz style (dashes tell kinds apart in print). */
typedef struct {
  const char *color, *style;
} dgr_line;

const dgr_style *dgr_type_style(dg_type t);
const dgr_line *dgr_kind_line(dg_rel_kind k);
/* The fill and font colour of community c (--color community): c's own up to the tenth,
 * grey for the tenth and later and for none (-1). */
void dgr_community_colors(int32_t c, const char **fill, const char **font);

#endif
