/* GraphML with typed keys (see docgraph/write.h): a <key> per attribute of graph/attrs.h
 * (id v_<name> for nodes, e_<name> for edges; attr.type string, int, double or boolean),
 * entity ids as node ids, and every edge in the order and direction of the built graph: a
 * typed relation reads source -> target, its `kind` says which. */
#include "docgraph/write.h"
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
  snprintf(buf, n, "%c_%s", a->of == DG_OF_VERTEX ? 'v' : 'e', a->name);
  return buf;
}

/* <key id="v_type" for="node" attr.name="type" attr.type="string"/> */
static void declare(xml_out *o, const dg_attr *a, int n, size_t i) {
  (void)n, (void)i;
  char id[64];
  xmlTextWriterStartElement(o->w, BAD_CAST "key");
  dg_xml_attr(o, "id", BAD_CAST key_id(id, sizeof id, a));
  dg_xml_attr(o, "for", BAD_CAST(a->of == DG_OF_VERTEX ? "node" : "edge"));
  dg_xml_attr(o, "attr.name", BAD_CAST a->name);
  dg_xml_attr(o, "attr.type", BAD_CAST graphml_types[a->type]);
  xmlTextWriterEndElement(o->w);
}

/* <data key="v_type">country</data> of element i. */
static void data(xml_out *o, const dg_attr *a, int n, size_t i) {
  (void)n;
  char id[64];
  xmlTextWriterStartElement(o->w, BAD_CAST "data");
  dg_xml_attr(o, "key", BAD_CAST key_id(id, sizeof id, a));
  xmlTextWriterWriteString(o->w, dg_xml_value(o, a, i));
  xmlTextWriterEndElement(o->w);
}

static void head(xml_out *o) {
  dg_xml_root(o, "graphml", "http://graphml.graphdrawing.org/xmlns",
              "http://graphml.graphdrawing.org/xmlns "
              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  dg_xml_each(o, DG_OF_VERTEX, is_data, declare, 0);
  dg_xml_each(o, DG_OF_EDGE, is_data, declare, 0);
  xmlTextWriterStartElement(o->w, BAD_CAST "graph");
  dg_xml_attr(o, "id", BAD_CAST "docgraph");
  dg_xml_attr(o, "edgedefault", BAD_CAST "undirected");
}

static void node(xml_out *o, size_t i) {
  xmlTextWriterStartElement(o->w, BAD_CAST "node");
  dg_xml_attr(o, "id", dg_xml_clean(o, dg_graph_vertex(o->g, i)->id));
  dg_xml_each(o, DG_OF_VERTEX, is_data, data, i);
  xmlTextWriterEndElement(o->w);
}

static void edge(xml_out *o, size_t i) {
  xmlTextWriterStartElement(o->w, BAD_CAST "edge");
  dg_xml_edge_ends(o, i);
  dg_xml_each(o, DG_OF_EDGE, is_data, data, i);
  xmlTextWriterEndElement(o->w);
}

dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err) {
  static const xml_format graphml = {"GraphML", head, NULL, NULL, node, edge};
  return dg_xml_write(g, f, &graphml, err);
}
