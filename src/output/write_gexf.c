/* GEXF for Gephi and NetworkX (see docgraph/write.h): 1.2draft by default (both read it;
 * NetworkX 2.8 knows no 1.3), 1.3 with opts.gexf. A node's id and label and an edge's ends,
 * kind (as its label) and weight are GEXF's own attributes; every other attribute of
 * graph/attrs.h is declared in <attributes> (ids 0, 1, ... in table order; types string,
 * integer, double, boolean) and given in <attvalues>. The graph is directed: a typed tie
 * is an edge of type "directed", a co-occurrence one of type "mutual" (both arcs; with
 * opts.mixed the graph is "mixed" and a co-occurrence "undirected"). The provenance is
 * the meta's description; with opts.dynamic the graph is dynamic and each node and edge
 * starts at the date of its first document (timeformat "date"). */
#include "docgraph/json.h"
#include "docgraph/period.h"
#include "docgraph/write.h"
#include "output/provenance.h"
#include "output/xml_out.h"

static const char *const gexf_types[] = {
    [DG_ATTR_STRING] = "string", [DG_ATTR_INT] = "integer", [DG_ATTR_DOUBLE] = "double",
    [DG_ATTR_BOOL] = "boolean"};

/* Declared and valued as an attribute: all but what GEXF has its own attribute for. */
static int is_attvalue(const dg_attr *a) {
  switch (a->role) {
  case DG_ROLE_ID:
  case DG_ROLE_NAME:
  case DG_ROLE_LABEL:
  case DG_ROLE_SOURCE:
  case DG_ROLE_TARGET:
  case DG_ROLE_WEIGHT: return 0;
  default: return 1;
  }
}

/* <attribute id="0" title="type" type="string"/> */
static void declare(xml_out *o, const dg_attr *a, int n, size_t i) {
  (void)i;
  char nb[16];
  dg_number_text(n, nb, sizeof nb);
  dg_xw_start(o->w, "attribute");
  dg_xml_attr(o, "id", nb);
  dg_xml_attr(o, "title", a->name);
  dg_xml_attr(o, "type", gexf_types[a->type]);
  dg_xw_end(o->w);
}

/* Attribute number n as text: below 32 (every table so far) from a list, not formatted
 * for each of the elements' dozen values. */
static const char *attr_number(int n, char *nb, size_t size) {
  static const char *const small[] = {
      "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "10",
      "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
      "22", "23", "24", "25", "26", "27", "28", "29", "30", "31"};
  if (n >= 0 && n < (int)(sizeof small / sizeof *small)) return small[n];
  return dg_number_text(n, nb, size);
}

/* <attvalue for="0" value="country"/> of element i. */
static void attvalue(xml_out *o, const dg_attr *a, int n, size_t i) {
  char nb[16];
  dg_xw_start(o->w, "attvalue");
  dg_xml_attr(o, "for", attr_number(n, nb, sizeof nb));
  dg_xml_attr(o, "value", dg_xml_value(o, a, i));
  dg_xw_end(o->w);
}

/* <name class="cls"> (or no class) around fn for each attribute of `of` of element i. */
static void wrapped(xml_out *o, const char *name, const char *cls, dg_attr_of of,
                    xml_attr_fn *fn, size_t i) {
  dg_xw_start(o->w, name);
  if (cls) dg_xml_attr(o, "class", cls);
  dg_xml_each(o, of, is_attvalue, fn, i);
  dg_xw_end(o->w);
}

/* The root of the version asked for. */
static void root(xml_out *o) {
  if (o->opts.gexf == DG_GEXF_1_3) {
    dg_xml_root(o, "gexf", "http://gexf.net/1.3",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    dg_xml_attr(o, "version", "1.3");
  } else {
    dg_xml_root(o, "gexf", "http://www.gexf.net/1.2draft",
                "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd");
    dg_xml_attr(o, "version", "1.2");
  }
}

/* <name>text</name> */
static void element(xml_out *o, const char *name, const char *text) {
  dg_xw_start(o->w, name);
  dg_xw_text(o->w, text);
  dg_xw_end(o->w);
}

/* <meta>: docgraph as the creator, the provenance as the description. */
static void meta(xml_out *o) {
  dg_provenance p;
  char line[2048], creator[64];
  dg_graph_provenance(o->g, &p);
  snprintf(creator, sizeof creator, "docgraph %s", p.version);
  dg_xw_start(o->w, "meta");
  element(o, "creator", creator);
  element(o, "description", dg_prov_line(&p, line, sizeof line));
  dg_xw_end(o->w);
}

static void head(xml_out *o) {
  root(o);
  meta(o);
  dg_xw_start(o->w, "graph");
  dg_xml_attr(o, "defaultedgetype", o->opts.mixed ? "mixed" : "directed");
  dg_xml_attr(o, "mode", o->opts.dynamic ? "dynamic" : "static");
  if (o->opts.dynamic) dg_xml_attr(o, "timeformat", "date");
  wrapped(o, "attributes", "node", DG_OF_VERTEX, declare, 0);
  wrapped(o, "attributes", "edge", DG_OF_EDGE, declare, 0);
}

/* start="2024-01-30" in a dynamic graph, when the element has a dated document. */
static void start(xml_out *o, int32_t day) {
  char iso[16];
  if (o->opts.dynamic && day) dg_xml_attr(o, "start", dg_day_iso(day, iso, sizeof iso));
}

static void node(xml_out *o, size_t i) {
  const dg_vertex *v = dg_graph_vertex(o->g, i);
  dg_xw_start(o->w, "node");
  dg_xml_attr(o, "id", v->id);
  dg_xml_attr(o, "label", v->label);
  start(o, v->first_day);
  wrapped(o, "attvalues", NULL, DG_OF_VERTEX, attvalue, i);
  dg_xw_end(o->w);
}

static void edge(xml_out *o, size_t i) {
  const dg_edge e = *dg_xml_edge(o, i);
  int directed = dg_rel_kind_directed(e.kind) != 0;
  dg_xw_start(o->w, "edge");
  dg_xml_edge_ends(o, i, 0);
  dg_xml_attr(o, "type", (directed ? "directed" : o->opts.mixed ? "undirected" : "mutual"));
  dg_xml_attr(o, "label", dg_rel_kind_name(e.kind));
  dg_xml_attr(o, "weight", dg_xml_number(o, e.weight));
  start(o, e.first_day);
  wrapped(o, "attvalues", NULL, DG_OF_EDGE, attvalue, i);
  dg_xw_end(o->w);
}

dg_err dg_write_gexf_opts(const dg_graph *g, const dg_write_opts *opts, FILE *f, dg_error *err) {
  static const xml_format gexf = {"GEXF", head, "nodes", "edges", node, edge};
  return dg_xml_write(g, opts, f, &gexf, err);
}

dg_err dg_write_gexf(const dg_graph *g, FILE *f, dg_error *err) {
  return dg_write_gexf_opts(g, NULL, f, err);
}
