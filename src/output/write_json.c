/* The graph as NetworkX node-link JSON (see docgraph/write.h): a directed multigraph, a
 * node per vertex and a link per arc, one a line, each with every attribute of
 * graph/attrs.h in table order; a link also carries NetworkX's multigraph `key` (its kind),
 * before the kind, and `reciprocal` last. A typed tie is one link source -> target; a
 * co-occurrence two links, the second with its ends swapped, both reciprocal. The graph
 * object holds the provenance. nx.node_link_graph reads it as a MultiDiGraph. */
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/provenance.h"

/* Element i as one object (an edge's ends swapped when `reverse`). */
static void object(FILE *f, const dg_graph *g, dg_attr_of of, size_t i, int reverse) {
  dg_json_obj o = dg_json_open(f);
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    if (a->role == DG_ROLE_NAME) continue;
    dg_attr_value v = dg_attr_get(a, g, i);
    if (reverse && (a->role == DG_ROLE_SOURCE || a->role == DG_ROLE_TARGET)) {
      const dg_edge *e = dg_graph_edge(g, i);
      v.s = dg_graph_vertex(g, a->role == DG_ROLE_SOURCE ? e->target : e->source)->id;
    }
    if (a->role == DG_ROLE_KIND) dg_json_str(&o, "key", v.s);
    if (a->type == DG_ATTR_STRING) dg_json_str(&o, a->name, v.s);
    else if (a->type == DG_ATTR_BOOL) dg_json_bool(&o, a->name, v.n != 0);
    else dg_json_num(&o, a->name, v.n);
  }
  if (of == DG_OF_EDGE)
    dg_json_bool(&o, "reciprocal", !dg_rel_kind_directed(dg_graph_edge(g, i)->kind));
  dg_json_close(&o);
}

/* Every link: an arc per typed tie, two per co-occurrence; ",\n" between them. */
static void links(FILE *f, const dg_graph *g) {
  size_t ne = dg_graph_edge_count(g);
  for (size_t i = 0, k = 0; i < ne; i++) {
    int both = !dg_rel_kind_directed(dg_graph_edge(g, i)->kind);
    for (int r = 0; r <= both; r++) {
      if (k++) fputs(",\n", f);
      object(f, g, DG_OF_EDGE, i, r);
    }
  }
  if (ne) putc('\n', f);
}

dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g);
  dg_provenance p;
  dg_graph_provenance(g, &p);
  fputs("{\"directed\":true,\"multigraph\":true,\"graph\":", f);
  dg_json_obj go = dg_json_open(f);
  dg_json_str(&go, "name", "docgraph");
  dg_prov_json(&go, &p);
  dg_json_str(&go, "co_occurs", "two links, reciprocal");
  dg_json_close(&go);
  fputs(",\n\"nodes\":[\n", f);
  for (size_t i = 0; i < nv; i++) {
    object(f, g, DG_OF_VERTEX, i, 0);
    fputs(i + 1 < nv ? ",\n" : "\n", f);
  }
  fputs("],\n\"links\":[\n", f);
  links(f, g);
  fputs("]}\n", f);
  return dg_stream_check(f, err, "JSON");
}

dg_err dg_write_run_json(const dg_provenance *p, size_t entities, size_t relations,
                         const char *const *files, size_t nfiles, FILE *f, dg_error *err) {
  dg_json_obj o = dg_json_open(f);
  dg_prov_json(&o, p);
  dg_json_num(&o, "entities", (double)entities);
  dg_json_num(&o, "relations", (double)relations);
  FILE *m = dg_json_member(&o, "files");
  putc('[', m);
  for (size_t i = 0; i < nfiles; i++) {
    if (i) putc(',', m);
    dg_json_string(m, files[i], strlen(files[i]));
  }
  putc(']', m);
  dg_json_close(&o);
  putc('\n', f);
  return dg_stream_check(f, err, "run.json");
}
