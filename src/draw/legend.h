/* The legend of a diagram: a caption line and a row of keys (the entity types and typed
 * relation kinds present), set as the graph's label, placed after the layout so it never
 * moves a node. */
#ifndef DG_DRAW_LEGEND_H
#define DG_DRAW_LEGEND_H

#include <graphviz/cgraph.h>

/* Set the legend of G: the caption (or NULL), then a key per type and per kind whose bit
 * (1 << type, 1 << kind) is set; co-occurrence, kind 0, has no key. Nothing when all are
 * absent. */
void dgr_legend(Agraph_t *G, const char *caption, unsigned types, unsigned kinds);

#endif
