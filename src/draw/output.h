/* Laying a diagram out once and writing it in several formats. */
#ifndef DG_DRAW_OUTPUT_H
#define DG_DRAW_OUTPUT_H

#include <graphviz/cgraph.h>
#include <stdio.h>

#include "docgraph/render.h"

/* Lay G out with `layout` once and write it in each format ("dot": the styled DOT before
 * layout; "svg", "png", "pdf", ...) to out[i], with r's context (NULL: one for this call). */
dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *r, dg_error *err);

#endif
