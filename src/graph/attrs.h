/* The attributes of a built graph's vertices and edges, as every export and the igraph
 * graph carry them: one table each, a row per attribute (name, type, role, getter), in the
 * order the formats list them. Invariant: JSON, CSV, GraphML, GEXF and dg_graph_igraph
 * all loop over these tables, so a new attribute is one row here (and one getter). */
#ifndef DG_GRAPH_ATTRS_H
#define DG_GRAPH_ATTRS_H

#include <stddef.h>

#include "docgraph/graph.h"

typedef enum dg_attr_type {
  DG_ATTR_STRING = 0,
  DG_ATTR_INT,    /* counts and ids: GraphML int, GEXF integer */
  DG_ATTR_DOUBLE, /* measures */
  DG_ATTR_BOOL
} dg_attr_type;

/* What a format may do with an attribute besides writing it as data: the element's id
 * or label, an edge's ends, and the columns Gephi knows by name. */
typedef enum dg_attr_role {
  DG_ROLE_DATA = 0,
  DG_ROLE_ID,     /* a vertex's id: GraphML and GEXF node id, CSV Id */
  DG_ROLE_LABEL,  /* a vertex's label: GEXF node label, CSV Label */
  DG_ROLE_SOURCE, /* an edge's ends, by vertex id */
  DG_ROLE_TARGET,
  DG_ROLE_KIND,     /* an edge's kind: also GEXF's edge label and NetworkX's multigraph key */
  DG_ROLE_DIRECTED, /* CSV Type: Directed or Undirected */
  DG_ROLE_WEIGHT    /* GEXF's edge weight, CSV Weight */
} dg_attr_role;

/* A value: `s` for strings (never NULL), `n` for numbers and booleans (0 or 1). */
typedef struct dg_attr_value {
  const char *s;
  double n;
} dg_attr_value;

typedef struct dg_attr {
  const char *name;  /* JSON key, GraphML attr.name, GEXF title, CSV header */
  const char *gephi; /* CSV header where Gephi has a name of its own (Id, Source, ...) */
  dg_attr_type type;
  dg_attr_role role;
  dg_attr_value (*get)(const dg_graph *g, size_t i); /* of vertex or edge i */
} dg_attr;

extern const dg_attr dg_vertex_attrs[];
extern const size_t dg_vertex_attr_count;
extern const dg_attr dg_edge_attrs[];
extern const size_t dg_edge_attr_count;

#endif
