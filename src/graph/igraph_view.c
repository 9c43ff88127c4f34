/* The built view as an igraph graph (see docgraph/graph_igraph.h): an undirected
 * multigraph with one edge per dg_edge, in order, and every attribute of graph/attrs.h
 * (an edge's ends are its structure, not attributes) through igraph's C attribute table.
 * Made under a dg_igraph_guard, which installs that table. */
#include <stdlib.h>

#include "graph/attrs.h"
#include "graph/graph_int.h"

/* Attribute `a` of element i (vertex, or edge when `edge`). */
static igraph_error_t set_attr(igraph_t *ig, const dg_attr *a, const dg_graph *g, size_t i,
                               int edge) {
  dg_textbuf b = {0};
  dg_attr_value v = dg_attr_get(a, g, i, &b);
  igraph_integer_t id = (igraph_integer_t)i;
  igraph_error_t r;
  switch (a->type) {
  case DG_ATTR_STRING: /* igraph copies the string */
    r = edge ? SETEAS(ig, a->name, id, v.s) : SETVAS(ig, a->name, id, v.s);
    free(b.s);
    return r;
  case DG_ATTR_BOOL:
    return edge ? SETEAB(ig, a->name, id, v.n != 0) : SETVAB(ig, a->name, id, v.n != 0);
  default: return edge ? SETEAN(ig, a->name, id, v.n) : SETVAN(ig, a->name, id, v.n);
  }
}

/* Every attribute of the vertices or the edges on its n elements. */
static igraph_error_t set_attrs(igraph_t *ig, dg_attr_of of, const dg_graph *g, size_t n) {
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    if (a->role == DG_ROLE_SOURCE || a->role == DG_ROLE_TARGET) continue;
    for (size_t i = 0; i < n; i++) {
      igraph_error_t r = set_attr(ig, a, g, i, of == DG_OF_EDGE);
      if (r != IGRAPH_SUCCESS) return r;
    }
  }
  return IGRAPH_SUCCESS;
}

dg_err dg_graph_make_igraph(dg_graph *g, dg_igraph_guard *gd, dg_error *err) {
  if (g->has_ig) igraph_destroy(&g->ig);
  g->has_ig = 0;
  igraph_vector_int_t el;
  igraph_error_t r = igraph_vector_int_init(&el, (igraph_integer_t)(2 * g->eorder.n));
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "allocating edges", err);
  for (size_t i = 0; i < g->eorder.n; i++) {
    VECTOR(el)[2 * i] = dg_view_source(g, i);
    VECTOR(el)[2 * i + 1] = dg_view_target(g, i);
  }
  r = igraph_create(&g->ig, &el, (igraph_integer_t)g->vs.n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&el);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "creating the graph", err);
  r = set_attrs(&g->ig, DG_OF_VERTEX, g, g->vs.n);
  if (r == IGRAPH_SUCCESS) r = set_attrs(&g->ig, DG_OF_EDGE, g, g->eorder.n);
  if (r != IGRAPH_SUCCESS) {
    igraph_destroy(&g->ig);
    return dg_igraph_fail(gd, r, "setting attributes", err);
  }
  g->has_ig = 1;
  return dg_graph_texts_failed(g, err);
}
