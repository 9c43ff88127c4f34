/* The graph as NetworkX node-link JSON (see docgraph/write.h). */
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g);
  fputs("{\"directed\":false,\"multigraph\":true,\"graph\":{\"name\":\"docgraph\",", f);
  dg_json_key_num(f, "documents", (double)dg_graph_document_count(g));
  fputs("},\n\"nodes\":[\n", f);
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    putc('{', f);
    dg_json_key_str(f, "id", v->id);
    putc(',', f);
    dg_json_key_str(f, "type", dg_type_name(v->type));
    putc(',', f);
    dg_json_key_str(f, "label", v->label);
    putc(',', f);
    dg_json_key_str(f, "label_en", v->label_en);
    putc(',', f);
    dg_json_key_num(f, "mentions", v->mentions);
    putc(',', f);
    dg_json_key_num(f, "documents", v->documents);
    putc(',', f);
    dg_json_key_num(f, "degree", v->degree);
    putc(',', f);
    dg_json_key_num(f, "strength", v->strength);
    putc(',', f);
    dg_json_key_num(f, "pagerank", v->pagerank);
    putc(',', f);
    dg_json_key_num(f, "betweenness", v->betweenness);
    putc(',', f);
    dg_json_key_num(f, "community", v->community);
    fputs(i + 1 < nv ? "},\n" : "}\n", f);
  }
  fputs("],\n\"links\":[\n", f);
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    putc('{', f);
    dg_json_key_str(f, "source", dg_graph_vertex(g, e->source)->id);
    putc(',', f);
    dg_json_key_str(f, "target", dg_graph_vertex(g, e->target)->id);
    putc(',', f);
    dg_json_key_str(f, "key", dg_rel_kind_name(e->kind));
    putc(',', f);
    dg_json_key_str(f, "kind", dg_rel_kind_name(e->kind));
    fputs(dg_rel_kind_directed(e->kind) ? ",\"directed\":true," : ",\"directed\":false,", f);
    dg_json_key_num(f, "weight", e->weight);
    putc(',', f);
    dg_json_key_num(f, "jaccard", e->jaccard);
    putc(',', f);
    dg_json_key_num(f, "documents", e->documents);
    putc(',', f);
    dg_json_key_num(f, "evidence_count", e->evidence_count);
    putc(',', f);
    dg_json_key_str(f, "evidence", e->evidence);
    putc(',', f);
    dg_json_key_str(f, "evidence_text", e->evidence_text ? e->evidence_text : "");
    fputs(i + 1 < ne ? "},\n" : "}\n", f);
  }
  fputs("]}\n", f);
  return dg_stream_check(f, err, "JSON");
}
