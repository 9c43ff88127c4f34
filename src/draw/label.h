/* Label text of the diagrams: wrapped, escaped for DOT or HTML-like labels, and measured by
 * our own estimate. Every size is computed here from the text, never measured by Graphviz
 * through the font library, so the same graph gives the same bytes on every run and
 * machine. */
#ifndef DG_DRAW_LABEL_H
#define DG_DRAW_LABEL_H

#include <graphviz/cgraph.h>

#include "base/buf.h"
#include "docgraph/render.h"

/* Append s wrapped at spaces (Latin) or every `width` columns (CJK: 2 columns), lines
 * joined by `nl`; `html` escapes for HTML-like labels, else backslashes for DOT. */
void dgr_wrap(dg_buf *b, const char *s, int width, const char *nl, int html);
/* Append text escaped for an HTML-like label (not wrapped). */
void dgr_html_escape(dg_buf *b, const char *s);
/* The width and height in points of a label (lines split by \n) at fontsize: wide (CJK)
 * characters take one em, capitals 0.68, narrow marks 0.32, others 0.56. */
void dgr_label_extent(const char *s, double fontsize, double *w, double *h);
/* Give n a fixed size fitting `label` at fontsize in its shape. */
void dgr_fix_size(Agnode_t *n, const char *label, double fontsize, const char *shape);
/* The name of v in the chosen language: English when asked and known, or when v has no
 * Japanese name; else Japanese. */
const char *dgr_label_of(const dg_vertex *v, dg_label_mode mode);
/* The label of v in the chosen language(s), wrapped at 24 columns, into b (DOT escapes);
 * both names on two lines for DG_LABEL_BOTH when they differ. Returns b's text. */
const char *dgr_vertex_label(const dg_vertex *v, dg_label_mode mode, dg_buf *b);

#endif
