/* The attribute tables of vertices and edges (see graph/attrs.h). The order of the rows is
 * the order of every format's columns and keys: changing it changes every export. */
#include "graph/attrs.h"

static const dg_vertex *V(const dg_graph *g, size_t i) { return dg_graph_vertex(g, i); }
static const dg_edge *E(const dg_graph *g, size_t i) { return dg_graph_edge(g, i); }
static dg_attr_value str(const char *s) { return (dg_attr_value){.s = s ? s : ""}; }
static dg_attr_value num(double n) { return (dg_attr_value){.s = "", .n = n}; }

static dg_attr_value v_id(const dg_graph *g, size_t i) { return str(V(g, i)->id); }
static dg_attr_value v_type(const dg_graph *g, size_t i) {
  return str(dg_type_name(V(g, i)->type));
}
static dg_attr_value v_label(const dg_graph *g, size_t i) { return str(V(g, i)->label); }
static dg_attr_value v_label_en(const dg_graph *g, size_t i) { return str(V(g, i)->label_en); }
static dg_attr_value v_mentions(const dg_graph *g, size_t i) { return num(V(g, i)->mentions); }
static dg_attr_value v_documents(const dg_graph *g, size_t i) { return num(V(g, i)->documents); }
static dg_attr_value v_degree(const dg_graph *g, size_t i) { return num(V(g, i)->degree); }
static dg_attr_value v_strength(const dg_graph *g, size_t i) { return num(V(g, i)->strength); }
static dg_attr_value v_pagerank(const dg_graph *g, size_t i) { return num(V(g, i)->pagerank); }
static dg_attr_value v_betweenness(const dg_graph *g, size_t i) {
  return num(V(g, i)->betweenness);
}
static dg_attr_value v_community(const dg_graph *g, size_t i) { return num(V(g, i)->community); }

const dg_attr dg_vertex_attrs[] = {
    {"id", "Id", DG_ATTR_STRING, DG_ROLE_ID, v_id},
    {"type", NULL, DG_ATTR_STRING, DG_ROLE_DATA, v_type},
    {"label", "Label", DG_ATTR_STRING, DG_ROLE_LABEL, v_label},
    {"label_en", NULL, DG_ATTR_STRING, DG_ROLE_DATA, v_label_en},
    {"mentions", NULL, DG_ATTR_INT, DG_ROLE_DATA, v_mentions},
    {"documents", NULL, DG_ATTR_INT, DG_ROLE_DATA, v_documents},
    {"degree", NULL, DG_ATTR_INT, DG_ROLE_DATA, v_degree},
    {"strength", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, v_strength},
    {"pagerank", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, v_pagerank},
    {"betweenness", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, v_betweenness},
    {"community", NULL, DG_ATTR_INT, DG_ROLE_DATA, v_community},
};
const size_t dg_vertex_attr_count = sizeof dg_vertex_attrs / sizeof *dg_vertex_attrs;

static dg_attr_value e_source(const dg_graph *g, size_t i) {
  return str(V(g, E(g, i)->source)->id);
}
static dg_attr_value e_target(const dg_graph *g, size_t i) {
  return str(V(g, E(g, i)->target)->id);
}
static dg_attr_value e_kind(const dg_graph *g, size_t i) {
  return str(dg_rel_kind_name(E(g, i)->kind));
}
static dg_attr_value e_directed(const dg_graph *g, size_t i) {
  return num(dg_rel_kind_directed(E(g, i)->kind) != 0);
}
static dg_attr_value e_weight(const dg_graph *g, size_t i) { return num(E(g, i)->weight); }
static dg_attr_value e_jaccard(const dg_graph *g, size_t i) { return num(E(g, i)->jaccard); }
static dg_attr_value e_documents(const dg_graph *g, size_t i) { return num(E(g, i)->documents); }
static dg_attr_value e_evidence_count(const dg_graph *g, size_t i) {
  return num(E(g, i)->evidence_count);
}
static dg_attr_value e_evidence(const dg_graph *g, size_t i) { return str(E(g, i)->evidence); }
static dg_attr_value e_evidence_text(const dg_graph *g, size_t i) {
  return str(E(g, i)->evidence_text);
}

const dg_attr dg_edge_attrs[] = {
    {"source", "Source", DG_ATTR_STRING, DG_ROLE_SOURCE, e_source},
    {"target", "Target", DG_ATTR_STRING, DG_ROLE_TARGET, e_target},
    {"kind", NULL, DG_ATTR_STRING, DG_ROLE_KIND, e_kind},
    {"directed", "Type", DG_ATTR_BOOL, DG_ROLE_DIRECTED, e_directed},
    {"weight", "Weight", DG_ATTR_DOUBLE, DG_ROLE_WEIGHT, e_weight},
    {"jaccard", NULL, DG_ATTR_DOUBLE, DG_ROLE_DATA, e_jaccard},
    {"documents", NULL, DG_ATTR_INT, DG_ROLE_DATA, e_documents},
    {"evidence_count", NULL, DG_ATTR_INT, DG_ROLE_DATA, e_evidence_count},
    {"evidence", NULL, DG_ATTR_STRING, DG_ROLE_DATA, e_evidence},
    {"evidence_text", NULL, DG_ATTR_STRING, DG_ROLE_DATA, e_evidence_text},
};
const size_t dg_edge_attr_count = sizeof dg_edge_attrs / sizeof *dg_edge_attrs;
