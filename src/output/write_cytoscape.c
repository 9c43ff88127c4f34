/* The graph as Cytoscape.js elements JSON (see docgraph/write.h), the .cyjs file Cytoscape
 * desktop opens: the provenance as the graph's `data`, a node per vertex and an edge per
 * tie, one a line, each `{"data": {...}}` with every attribute of graph/attrs.h. A node's
 * `id` is the entity id (also its `value`, the key nx.cytoscape_graph reads) and its
 * `name` the label Cytoscape shows; an edge has an `id` (e0, e1, ...), its kind as the
 * multigraph `key`, and `directed` (a style can draw arrows on `edge[?directed]`). */
#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/provenance.h"

/* Element i of `of` as {"data":{...}}, read through the row r. */
static void element(FILE *f, dg_attr_row *r, dg_attr_of of, size_t i) {
  fputs("{\"data\":", f);
  dg_json_obj o = dg_json_open(f);
  if (of == DG_OF_EDGE) {
    char id[32] = "e";
    dg_number_text((double)i, id + 1, sizeof id - 1); /* "%zu" below 10^15 */
    dg_json_str(&o, "id", id);
  }
  dg_attr_row_at(r, of, i);
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    if (a->role == DG_ROLE_NAME) continue;
    dg_attr_value v = dg_attr_row_get(a, r);
    if (a->role == DG_ROLE_KIND) dg_json_str(&o, "key", v.s);
    if (a->type == DG_ATTR_STRING) dg_json_str(&o, a->name, v.s);
    else if (a->type == DG_ATTR_BOOL) dg_json_bool(&o, a->name, v.n != 0);
    else dg_json_num(&o, a->name, v.n);
    if (a->role == DG_ROLE_ID) dg_json_str(&o, "value", v.s);
    if (a->role == DG_ROLE_LABEL) dg_json_str(&o, "name", v.s);
  }
  dg_json_close(&o);
  putc('}', f);
}

/* "nodes" or "edges": every element of `of`, one a line. */
static void elements(FILE *f, const dg_graph *g, dg_attr_of of, size_t n) {
  dg_attr_row r;
  dg_attr_row_init(&r, g);
  for (size_t i = 0; i < n; i++) {
    element(f, &r, of, i);
    fputs(i + 1 < n ? ",\n" : "\n", f);
  }
  dg_attr_row_destroy(&r);
}

dg_err dg_write_cytoscape(const dg_graph *g, FILE *f, dg_error *err) {
  dg_provenance p;
  dg_graph_provenance(g, &p);
  fprintf(f, "{\"format_version\":\"1.0\",\"generated_by\":\"docgraph %s\",", p.version);
  fputs("\"target_cytoscapejs_version\":\"~3\",\"directed\":true,\"multigraph\":true,\"data\":", f);
  dg_json_obj go = dg_json_open(f);
  dg_json_str(&go, "name", "docgraph");
  dg_prov_json(&go, &p);
  dg_json_close(&go);
  fputs(",\n\"elements\":{\"nodes\":[\n", f);
  elements(f, g, DG_OF_VERTEX, dg_graph_vertex_count(g));
  fputs("],\n\"edges\":[\n", f);
  elements(f, g, DG_OF_EDGE, dg_graph_edge_count(g));
  fputs("]}}\n", f);
  dg_err r = dg_stream_check(f, err, "Cytoscape JSON");
  return r != DG_OK ? r : dg_graph_texts_failed(g, err);
}
