/* The graph as CSV nodes and edges, RFC 4180, with Gephi's headers (see docgraph/write.h). */
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

/* RFC 4180: quote a field when it has a comma, quote, CR or LF; double inner quotes. */
static void csv_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, f);
    return;
  }
  putc('"', f);
  for (; *s; s++) {
    if (*s == '"') putc('"', f);
    putc(*s, f);
  }
  putc('"', f);
}

static void csv_num(FILE *f, double v) { dg_json_number(f, v); }

dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err) {
  fputs("Id,Label,type,label_en,mentions,documents,degree,strength,pagerank,betweenness,"
        "community\r\n",
        f);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    csv_field(f, v->id);
    putc(',', f);
    csv_field(f, v->label);
    putc(',', f);
    csv_field(f, dg_type_name(v->type));
    putc(',', f);
    csv_field(f, v->label_en);
    putc(',', f);
    csv_num(f, v->mentions);
    putc(',', f);
    csv_num(f, v->documents);
    putc(',', f);
    csv_num(f, v->degree);
    putc(',', f);
    csv_num(f, v->strength);
    putc(',', f);
    csv_num(f, v->pagerank);
    putc(',', f);
    csv_num(f, v->betweenness);
    putc(',', f);
    csv_num(f, v->community);
    fputs("\r\n", f);
  }
  return dg_stream_check(f, err, "CSV nodes");
}

dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err) {
  fputs("Source,Target,Type,kind,Weight,jaccard,documents,evidence_count,evidence,evidence_text\r\n", f);
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    csv_field(f, dg_graph_vertex(g, e->source)->id);
    putc(',', f);
    csv_field(f, dg_graph_vertex(g, e->target)->id);
    putc(',', f);
    fputs(dg_rel_kind_directed(e->kind) ? "Directed," : "Undirected,", f);
    csv_field(f, dg_rel_kind_name(e->kind));
    putc(',', f);
    csv_num(f, e->weight);
    putc(',', f);
    csv_num(f, e->jaccard);
    putc(',', f);
    csv_num(f, e->documents);
    putc(',', f);
    csv_num(f, e->evidence_count);
    putc(',', f);
    csv_field(f, e->evidence);
    putc(',', f);
    csv_field(f, e->evidence_text ? e->evidence_text : "");
    fputs("\r\n", f);
  }
  return dg_stream_check(f, err, "CSV edges");
}
