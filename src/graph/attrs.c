/* The attribute table of vertices and edges (see graph/attrs.h). The order of the rows is
 * the order of every format's columns and keys: changing it changes every export. Most
 * attributes are fields of dg_vertex and dg_edge, read by their offset and C type; the few
 * computed ones (names of types and kinds, an edge's ends) have a function. */
#include "graph/attrs.h"

#include "graph/graph_int.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef dg_attr_value val;

static val str(const char *s) { return (val){.s = s ? s : ""}; }
static val num(double n) { return (val){.s = "", .n = n}; }

static val type_name(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(dg_type_name(r->v->type));
}
static val source_id(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(dg_graph_vertex(r->g, r->e.source)->id);
}
static val target_id(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(dg_graph_vertex(r->g, r->e.target)->id);
}
static val kind_name(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(dg_rel_kind_name(r->e.kind));
}
static val currency(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(r->v->value.currency);
}
static val cumulative(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return num(r->v->value.cumulative != 0);
}
static val amount_owner(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return str(r->v->value.owner);
}
static val directed(const dg_attr_row *r, dg_textbuf *b) {
  (void)b;
  return num(dg_rel_kind_directed(r->e.kind) != 0);
}
/* The edge's first evidence, read back: "" when it cannot be (the graph keeps why). */
static val evidence(const dg_attr_row *r, dg_textbuf *b) {
  return str(dg_graph_sentence_where(r->g, r->e.first, b, NULL));
}
static val evidence_text(const dg_attr_row *r, dg_textbuf *b) {
  return str(dg_graph_sentence_text(r->g, r->e.first, b, NULL));
}

/* A row's source: a field of dg_vertex or dg_edge and its C type, or a function. */
#define V_FIELD(f, c) offsetof(dg_vertex, f), DG_FIELD_##c, NULL
#define E_FIELD(f, c) offsetof(dg_edge, f), DG_FIELD_##c, NULL
#define COMPUTED(fn) 0, DG_FIELD_STR, fn
#define VX DG_OF_VERTEX
#define ED DG_OF_EDGE
const dg_attr dg_attrs[] = {
    {VX, "id", "Id", DG_ATTR_STRING, DG_ROLE_ID, V_FIELD(id, STR)},
    {VX, "name", NULL, DG_ATTR_STRING, DG_ROLE_NAME, V_FIELD(id, STR)},
    {VX, "type", NULL, DG_ATTR_STRING, DG_ROLE_DATA, COMPUTED(type_name)},
    {VX, "label", "Label", DG_ATTR_STRING, DG_ROLE_LABEL, V_FIELD(label, STR)},
    {VX, "label_en", NULL, DG_ATTR_STRING, DG_ROLE_DATA, V_FIELD(label_en, STR)},
    {VX, "mentions", NULL, DG_ATTR_INT, DG_ROLE_DATA, V_FIELD(mentions, U32)},
    {VX, "documents", NULL, DG_ATTR_INT, DG_ROLE_DATA, V_FIELD(documents, U32)},
    {VX, "degree", NULL, DG_ATTR_INT, DG_ROLE_DATA, V_FIELD(degree, F64)},
    {VX, "strength", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, V_FIELD(strength, F64)},
    {VX, "pagerank", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, V_FIELD(pagerank, F64)},
    {VX, "betweenness", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, V_FIELD(betweenness, F64)},
    {VX, "community", NULL, DG_ATTR_INT, DG_ROLE_DATA, V_FIELD(community, I32)},
    /* amounts: the value as an exact decimal, the pledge's owner and whether it is a
     * running total (a client summing amounts skips cumulative ones) */
    {VX, "amount", NULL, DG_ATTR_STRING, DG_ROLE_DATA, V_FIELD(amount, STR)},
    {VX, "amount_max", NULL, DG_ATTR_STRING, DG_ROLE_DATA, V_FIELD(amount_max, STR)},
    {VX, "currency", NULL, DG_ATTR_STRING, DG_ROLE_DATA, COMPUTED(currency)},
    {VX, "cumulative", NULL, DG_ATTR_BOOL, DG_ROLE_DATA, COMPUTED(cumulative)},
    {VX, "amount_owner", NULL, DG_ATTR_STRING, DG_ROLE_DATA, COMPUTED(amount_owner)},
    {ED, "source", "Source", DG_ATTR_STRING, DG_ROLE_SOURCE, COMPUTED(source_id)},
    {ED, "target", "Target", DG_ATTR_STRING, DG_ROLE_TARGET, COMPUTED(target_id)},
    {ED, "kind", NULL, DG_ATTR_STRING, DG_ROLE_KIND, COMPUTED(kind_name)},
    {ED, "directed", "Type", DG_ATTR_BOOL, DG_ROLE_DIRECTED, COMPUTED(directed)},
    {ED, "weight", "Weight", DG_ATTR_DOUBLE, DG_ROLE_WEIGHT, E_FIELD(weight, F64)},
    {ED, "jaccard", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, E_FIELD(jaccard, F64)},
    {ED, "documents", NULL, DG_ATTR_INT, DG_ROLE_DATA, E_FIELD(documents, U32)},
    {ED, "evidence_count", NULL, DG_ATTR_INT, DG_ROLE_DATA, E_FIELD(evidence_count, U32)},
    {ED, "evidence", NULL, DG_ATTR_STRING, DG_ROLE_DATA, COMPUTED(evidence)},
    {ED, "evidence_text", NULL, DG_ATTR_STRING, DG_ROLE_DATA, COMPUTED(evidence_text)},
    {ED, "rule", NULL, DG_ATTR_STRING, DG_ROLE_DATA, E_FIELD(rule, STR)},
};
#undef V_FIELD
#undef E_FIELD
#undef COMPUTED
#undef VX
#undef ED
const size_t dg_attr_count = sizeof dg_attrs / sizeof *dg_attrs;

const dg_attr *dg_attr_next(dg_attr_of of, const dg_attr *a) {
  for (a = a ? a + 1 : dg_attrs; a < dg_attrs + dg_attr_count; a++)
    if (a->of == of) return a;
  return NULL;
}

void dg_attr_row_init(dg_attr_row *r, const dg_graph *g) {
  memset(r, 0, sizeof *r);
  r->g = g;
}

void dg_attr_row_at(dg_attr_row *r, dg_attr_of of, size_t i) {
  r->of = of;
  r->i = i;
  if (of == DG_OF_VERTEX) r->v = dg_graph_vertex(r->g, i);
  else {
    dg_view_ahead(r->g, i + DG_VIEW_AHEAD); /* rows are mostly asked for in order */
    r->e = dg_graph_edge(r->g, i);
  }
}

void dg_attr_row_destroy(dg_attr_row *r) {
  free(r->text.s);
  r->text = (dg_textbuf){0};
}

/* Attribute a of the row's element, a string read back in b. */
static val row_get(const dg_attr *a, const dg_attr_row *r, dg_textbuf *b) {
  if (a->get) return a->get(r, b);
  const char *p = (a->of == DG_OF_VERTEX ? (const char *)r->v : (const char *)&r->e) + a->offset;
  switch (a->field) {
  case DG_FIELD_STR: return str(*(const char *const *)(const void *)p);
  case DG_FIELD_U32: return num(*(const uint32_t *)(const void *)p);
  case DG_FIELD_I32: return num(*(const int32_t *)(const void *)p);
  default: return num(*(const double *)(const void *)p);
  }
}

dg_attr_value dg_attr_row_get(const dg_attr *a, dg_attr_row *r) {
  return row_get(a, r, &r->text);
}

dg_attr_value dg_attr_get(const dg_attr *a, const dg_graph *g, size_t i, dg_textbuf *b) {
  dg_attr_row r;
  dg_attr_row_init(&r, g);
  dg_attr_row_at(&r, a->of, i);
  return row_get(a, &r, b);
}
