/* cgraph graphs as the diagrams make them: the house defaults declared once per graph, and
 * object ids by order of creation, so a graph written twice gives the same bytes. */
#ifndef DG_DRAW_AGRAPH_H
#define DG_DRAW_AGRAPH_H

#include <graphviz/cgraph.h>

/* IPA P Gothic (proportional) first: its Latin letters are not typewriter-wide */
#define DGR_DEFAULT_FONT "IPAPGothic,IPAGothic,Noto Sans CJK JP,sans-serif"

/* An attribute and its value, for tables of attributes set together. */
typedef struct {
  const char *name, *value;
} dgr_attr;

/* Set an attribute of a graph, node or edge (declared with default "" when new). */
void dgr_set(void *obj, const char *key, const char *value);
/* Set each attribute of a table ending in {NULL, NULL}, in order. */
void dgr_set_all(void *obj, const dgr_attr *attrs);
/* Set an HTML-like label (which must be well-formed) on a node, edge or graph. */
void dgr_html_label(void *obj, Agraph_t *G, const char *html);
/* A new graph with the house defaults for `layout` and font (NULL: DGR_DEFAULT_FONT), or
 * NULL when cgraph cannot make one. */
Agraph_t *dgr_open(const char *name, int directed, const char *layout, const char *font);

#endif
