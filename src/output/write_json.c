/* The graph as NetworkX node-link JSON (see docgraph/write.h): a multigraph, a node per
 * vertex and a link per edge, one a line, each with every attribute of graph/attrs.h in
 * table order; a link also carries NetworkX's multigraph `key` (its kind), before the kind. */
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"

/* Element i as one object, "},\n" after it unless it is the last. */
static void object(FILE *f, const dg_graph *g, dg_attr_of of, size_t i, size_t n) {
  dg_json_obj o = dg_json_open(f);
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    dg_attr_value v = dg_attr_get(a, g, i);
    if (a->role == DG_ROLE_KIND) dg_json_str(&o, "key", v.s);
    if (a->type == DG_ATTR_STRING) dg_json_str(&o, a->name, v.s);
    else if (a->type == DG_ATTR_BOOL) dg_json_bool(&o, a->name, v.n != 0);
    else dg_json_num(&o, a->name, v.n);
  }
  dg_json_close(&o);
  fputs(i + 1 < n ? ",\n" : "\n", f);
}

dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g);
  fputs("{\"directed\":false,\"multigraph\":true,\"graph\":{\"name\":\"docgraph\",", f);
  dg_json_key_num(f, "documents", (double)dg_graph_document_count(g));
  fputs("},\n\"nodes\":[\n", f);
  for (size_t i = 0; i < nv; i++) object(f, g, DG_OF_VERTEX, i, nv);
  fputs("],\n\"links\":[\n", f);
  for (size_t i = 0; i < ne; i++) object(f, g, DG_OF_EDGE, i, ne);
  fputs("]}\n", f);
  return dg_stream_check(f, err, "JSON");
}
