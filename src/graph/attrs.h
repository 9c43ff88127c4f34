/* The attributes of a built graph's vertices and edges, as every export and the igraph
 * graph carry them: one table, a row per attribute (whose, name, type, role, getter), in
 * the order the formats list them. Invariant: JSON, CSV, GraphML, GEXF and
 * dg_graph_igraph all loop over this table, so a new attribute is one row in
 * graph/attrs.c (a field of dg_vertex or dg_edge, or a small function computing it). */
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
  DG_ROLE_WEIGHT,   /* GEXF's edge weight, CSV Weight */
  DG_ROLE_NAME      /* the id again as GraphML's `name` (R igraph's V(g)$name), igraph's
                       name; formats that key nodes by id already (JSON, CSV, GEXF) skip it */
} dg_attr_role;

/* A value: `s` for strings (never NULL), `n` for numbers and booleans (0 or 1). */
typedef struct dg_attr_value {
  const char *s;
  double n;
} dg_attr_value;

/* Whose attribute it is. */
typedef enum dg_attr_of { DG_OF_VERTEX = 0, DG_OF_EDGE } dg_attr_of;

/* The C type of a field read straight from dg_vertex or dg_edge. */
typedef enum dg_attr_field {
  DG_FIELD_STR = 0, /* const char * */
  DG_FIELD_U32,
  DG_FIELD_I32,
  DG_FIELD_F64
} dg_attr_field;

/* One element's attributes read together: the element looked up once (an edge made by
 * dg_graph_edge once, not once an attribute), a string read back into the row's buffer.
 * Init once per output, dg_attr_row_at per element, destroy at the end. */
typedef struct dg_attr_row {
  const dg_graph *g;
  dg_attr_of of;
  size_t i;
  const dg_vertex *v; /* of == DG_OF_VERTEX */
  dg_edge e;          /* of == DG_OF_EDGE */
  dg_textbuf text;    /* the last string read back (evidence, evidence_text) */
} dg_attr_row;

typedef struct dg_attr {
  dg_attr_of of;
  const char *name;  /* JSON key, GraphML attr.name, GEXF title, CSV header */
  const char *gephi; /* CSV header where Gephi has a name of its own (Id, Source, ...) */
  dg_attr_type type;
  dg_attr_role role;
  size_t offset;       /* a plain field: where it is in dg_vertex or dg_edge, */
  dg_attr_field field; /* and its C type; */
  dg_attr_value (*get)(const dg_attr_row *r, dg_textbuf *b); /* else computed from the
                                                              row's element (in b) */
} dg_attr;

/* Every attribute, the vertices' first; loop with dg_attr_next. */
extern const dg_attr dg_attrs[];
extern const size_t dg_attr_count;

/* The attribute of `of` after a (NULL: the first), or NULL after the last:
 *   for (const dg_attr *a = NULL; (a = dg_attr_next(DG_OF_EDGE, a));) ... */
const dg_attr *dg_attr_next(dg_attr_of of, const dg_attr *a);
/* The value of attribute a for vertex or edge i of the built graph. A string read back
 * from the graph's file of sentences (evidence, evidence_text) is in b, valid until b's
 * next use; one that cannot be read is "" and dg_graph_texts_failed then says why (an
 * output checks it once, when it is written). */
dg_attr_value dg_attr_get(const dg_attr *a, const dg_graph *g, size_t i, dg_textbuf *b);

/* A row on g's elements; none looked up yet. */
void dg_attr_row_init(dg_attr_row *r, const dg_graph *g);
/* The row on vertex or edge i of the built graph. */
void dg_attr_row_at(dg_attr_row *r, dg_attr_of of, size_t i);
/* Attribute a (of the row's kind) of the row's element, as dg_attr_get; a string read
 * back is in the row's buffer, valid until the next call. */
dg_attr_value dg_attr_row_get(const dg_attr *a, dg_attr_row *r);
void dg_attr_row_destroy(dg_attr_row *r);

#endif
