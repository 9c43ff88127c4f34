/* Drawing helpers shared by the diagrams (render.c) and the views (views.c): styles by
 * type and relation kind, label measures, fixed-size nodes and HTML-like cells, links,
 * the legend, and laying out once for several output formats. Every size is computed
 * here from the text, never measured by Graphviz through the font library, so the same
 * graph gives the same bytes on every run and machine. */
#ifndef DG_RENDER_INT_H
#define DG_RENDER_INT_H

#include <graphviz/cgraph.h>
#include <stdio.h>

#include "base/buf.h"
#include "docgraph/render.h"

/* IPA P Gothic (proportional) first: its Latin letters are not typewriter-wide */
#define DGR_DEFAULT_FONT "IPAPGothic,IPAGothic,Noto Sans CJK JP,sans-serif"

typedef struct {
  const char *fill, *font, *shape, *style;
} dgr_style;

const dgr_style *dgr_type_style(dg_type t);
const char *dgr_kind_style(dg_rel_kind k); /* dashes tell kinds apart in print */

void dgr_set(void *obj, const char *key, const char *value);
/* A new graph with the house defaults for `layout`. */
Agraph_t *dgr_open(const char *name, int directed, const char *layout, const char *font);

/* The width and height in points of a label (lines split by \n) at fontsize: wide (CJK)
 * characters take one em, others about half. */
void dgr_label_extent(const char *s, double fontsize, double *w, double *h);
/* Append s wrapped at spaces (Latin) or every `width` columns (CJK: 2 columns), lines
 * joined by `nl`; `html` escapes for HTML-like labels, else backslashes for DOT. */
void dgr_wrap(dg_buf *b, const char *s, int width, const char *nl, int html);
/* The label of v in the chosen language(s), wrapped, into b (DOT escapes). */
const char *dgr_vertex_label(const dg_vertex *v, dg_label_mode mode, dg_buf *b);
const char *dgr_label_of(const dg_vertex *v, dg_label_mode mode);
/* Give n a fixed size fitting `label` at fontsize in its shape. */
void dgr_fix_size(Agnode_t *n, const char *label, double fontsize, const char *shape);
/* An id as a URL fragment value: [A-Za-z0-9-_.:] as is, other bytes %XX. */
void dgr_url_id(dg_buf *b, const char *id);
/* Append the link into the report page for an entity (id2 NULL) or a pair:
 * PAGE#node=ID or PAGE#edge=ID,ID2; returns b's text. */
const char *dgr_link(dg_buf *b, const char *page, const char *id, const char *id2);
/* Set an HTML-like label (which must be well-formed) on a node, edge or graph. */
void dgr_html_label(void *obj, Agraph_t *G, const char *html);
/* Append text escaped for an HTML-like label. */
void dgr_html_escape(dg_buf *b, const char *s);
/* The legend as the graph's label: a caption line (or NULL), then the types and relation
 * kinds present (bit masks). */
void dgr_legend(Agraph_t *G, const char *caption, unsigned types, unsigned kinds);
/* Lay G out with `layout` once and write it in each format ("dot": the styled DOT before
 * layout; "svg", "png", "pdf", ...) to out[i]. */
dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *r, dg_error *err);

#endif
