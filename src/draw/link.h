/* Links from diagrams into the report page: PAGE#node=ID for an entity and PAGE#edge=ID,ID2
 * for a pair, ids percent-encoded so any id (spaces, Japanese) makes a valid URL fragment. */
#ifndef DG_DRAW_LINK_H
#define DG_DRAW_LINK_H

#include <graphviz/cgraph.h>

#include "base/buf.h"
#include "docgraph/graph.h"

/* An id as a URL fragment value: [A-Za-z0-9-_.:] as is, other bytes %XX. */
void dgr_url_id(dg_buf *b, const char *id);
/* Append the link into the report page for an entity (id2 NULL) or a pair; returns b's text. */
const char *dgr_link(dg_buf *b, const char *page, const char *id, const char *id2);
/* Give node n the id and class (its type) of v, and its link into `page` when page is set
 * (tmp: scratch space). */
void dgr_node_link(Agnode_t *n, const dg_vertex *v, const char *page, dg_buf *tmp);

#endif
