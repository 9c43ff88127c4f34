/* GraphML with typed keys (see docgraph/write.h): a <key> per attribute of graph/attrs.h
 * (id v_<name> for nodes, e_<name> for edges; attr.type string, int, double or boolean),
 * a g_<name> key per field of the provenance (output/provenance.h), entity ids as node ids
 * and as `name` data, and every edge in the order and direction of the built graph: a
 * typed relation is an arc source -> target, a co-occurrence two opposite arcs marked
 * `reciprocal` (with opts.mixed: one edge with directed="false", the typed ones
 * directed="true"). The graph is directed: edgedefault="directed". */
#include <string.h>

#include "docgraph/write.h"
#include "output/provenance.h"
#include "output/xml_out.h"

static const char *const graphml_types[] = {
    [DG_ATTR_STRING] = "string", [DG_ATTR_INT] = "int", [DG_ATTR_DOUBLE] = "double",
    [DG_ATTR_BOOL] = "boolean"};

/* Data of a node or an edge: every attribute but the node's id and the edge's ends,
 * which are the element's own. */
static int is_data(const dg_attr *a) {
  return a->role != DG_ROLE_ID && a->role != DG_ROLE_SOURCE && a->role != DG_ROLE_TARGET;
}

/* The key of an attribute: v_<name> for nodes, e_<name> for edges. */
static const char *key_id(char *buf, size_t n, const dg_attr *a) {
  size_t k = strlen(a->name);
  if (k + 3 > n) k = n - 3;
  buf[0] = a->of == DG_OF_VERTEX ? 'v' : 'e';
  buf[1] = '_';
  memcpy(buf + 2, a->name, k);
  buf[k + 2] = '\0';
  return buf;
}

/* <key id="ID" for="FOR" attr.name="NAME" attr.type="TYPE"/> */
static void key(xml_out *o, const char *id, const char *for_, const char *name, const char *type) {
  dg_xw_start(o->w, "key");
  dg_xml_attr(o, "id", id);
  dg_xml_attr(o, "for", for_);
  dg_xml_attr(o, "attr.name", name);
  dg_xml_attr(o, "attr.type", type);
  dg_xw_end(o->w);
}

/* <key id="v_type" for="node" attr.name="type" attr.type="string"/> */
static void declare(xml_out *o, const dg_attr *a, int n, size_t i) {
  (void)n, (void)i;
  char id[64];
  key(o, key_id(id, sizeof id, a), a->of == DG_OF_VERTEX ? "node" : "edge", a->name,
      graphml_types[a->type]);
}

/* <data key="KEY">VALUE</data> */
static void data_text(xml_out *o, const char *k, const char *v) {
  dg_xw_start(o->w, "data");
  dg_xml_attr(o, "key", k);
  dg_xw_text(o->w, v);
  dg_xw_end(o->w);
}

/* <data key="v_type">country</data> of element i; the key made once an attribute (o->keys,
 * by its row in the table), not once an element. */
static void data(xml_out *o, const dg_attr *a, int n, size_t i) {
  (void)n;
  size_t row = (size_t)(a - dg_attrs);
  char id[64];
  const char *k = row < DG_XML_KEYS ? o->keys[row] : key_id(id, sizeof id, a);
  if (row < DG_XML_KEYS && !k[0]) key_id(o->keys[row], sizeof o->keys[row], a);
  data_text(o, k, dg_xml_value(o, a, i));
}

/* The provenance: a g_<name> key per field (declare), or its data in <graph>. */
static void provenance(xml_out *o, int declare_keys) {
  dg_provenance p;
  dg_graph_provenance(o->g, &p);
  for (size_t i = 0; i < dg_prov_count; i++) {
    const dg_prov_field *f = &dg_prov_fields[i];
    char id[64], buf[32];
    snprintf(id, sizeof id, "g_%s", f->name);
    if (declare_keys) key(o, id, "graph", f->name, f->number ? "int" : "string");
    else data_text(o, id, dg_prov_text(f, &p, buf, sizeof buf));
  }
}

static void head(xml_out *o) {
  dg_xml_root(o, "graphml", "http://graphml.graphdrawing.org/xmlns",
              "http://graphml.graphdrawing.org/xmlns "
              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  provenance(o, 1);
  dg_xml_each(o, DG_OF_VERTEX, is_data, declare, 0);
  dg_xml_each(o, DG_OF_EDGE, is_data, declare, 0);
  if (!o->opts.mixed) key(o, "e_reciprocal", "edge", "reciprocal", "boolean");
  dg_xw_start(o->w, "graph");
  dg_xml_attr(o, "id", "docgraph");
  dg_xml_attr(o, "edgedefault", "directed");
  provenance(o, 0);
}

static void node(xml_out *o, size_t i) {
  dg_xw_start(o->w, "node");
  dg_xml_attr(o, "id", dg_graph_vertex(o->g, i)->id);
  dg_xml_each(o, DG_OF_VERTEX, is_data, data, i);
  dg_xw_end(o->w);
}

/* One arc (or, mixed, one edge) of edge i. The second arc of a co-occurrence has the
 * first's data, byte for byte: with `shared`, the first's data are marked there and the
 * second's are those bytes written again (or written anew when no longer buffered). */
static void arc(xml_out *o, size_t i, int reverse, dg_xw_mark *shared) {
  dg_xw_start(o->w, "edge");
  dg_xml_edge_ends(o, i, reverse);
  if (o->opts.mixed)
    dg_xml_attr(o, "directed",
                (dg_rel_kind_directed(dg_xml_edge(o, i)->kind) ? "true" : "false"));
  if (reverse && shared && dg_xw_repeat(o->w, shared) == 0) return;
  dg_xw_mark here = dg_xw_mark_here(o->w);
  dg_xml_each(o, DG_OF_EDGE, is_data, data, i);
  if (!o->opts.mixed)
    data_text(o, "e_reciprocal", (dg_xml_reciprocal(o, i) ? "true" : "false"));
  dg_xw_end(o->w);
  if (shared) {
    *shared = here;
    dg_xw_span(o->w, shared);
  }
}

static void edge(xml_out *o, size_t i) {
  dg_xw_mark shared;
  int both = dg_xml_reciprocal(o, i);
  arc(o, i, 0, both ? &shared : NULL);
  if (both) arc(o, i, 1, &shared);
}

dg_err dg_write_graphml_opts(const dg_graph *g, const dg_write_opts *opts, FILE *f,
                             dg_error *err) {
  static const xml_format graphml = {"GraphML", head, NULL, NULL, node, edge};
  return dg_xml_write(g, opts, f, &graphml, err);
}

dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err) {
  return dg_write_graphml_opts(g, NULL, f, err);
}
