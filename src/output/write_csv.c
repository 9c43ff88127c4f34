/* The graph as CSV nodes and edges (see docgraph/write.h): RFC 4180 with CRLF, a column per
 * attribute of graph/attrs.h. Gephi's own columns come first under its names (Id, Label;
 * Source, Target, Type), the others follow in table order (Weight under Gephi's name too);
 * Type says Directed or Undirected. Numbers as dg_json_number writes them. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/csv.h"

/* RFC 4180: quote a field when it has a comma, quote, CR or LF; double inner quotes. */
void dg_csv_field(FILE *f, const char *s) {
  size_t n = strlen(s);
  if (strcspn(s, ",\"\r\n") == n) {
    fwrite(s, 1, n, f);
    return;
  }
  putc('"', f);
  for (const char *q; (q = memchr(s, '"', n)) != NULL;) { /* runs up to each quote, doubled */
    size_t k = (size_t)(q - s) + 1;
    fwrite(s, 1, k, f);
    putc('"', f);
    s += k;
    n -= k;
  }
  fwrite(s, 1, n, f);
  putc('"', f);
}

/* Columns Gephi reads before all others. */
static int leads(const dg_attr *a) {
  return a->role == DG_ROLE_ID || a->role == DG_ROLE_LABEL || a->role == DG_ROLE_SOURCE ||
         a->role == DG_ROLE_TARGET || a->role == DG_ROLE_DIRECTED;
}

/* A cell: the column's header, or the value of the row's element. */
typedef void cell_fn(FILE *f, dg_attr_row *r, const dg_attr *a);

static void header(FILE *f, dg_attr_row *r, const dg_attr *a) {
  (void)r;
  fputs(a->gephi ? a->gephi : a->name, f);
}

static void value(FILE *f, dg_attr_row *r, const dg_attr *a) {
  dg_attr_value v = dg_attr_row_get(a, r);
  if (a->type == DG_ATTR_STRING) dg_csv_field(f, v.s);
  else if (a->role == DG_ROLE_DIRECTED) fputs(v.n != 0 ? "Directed" : "Undirected", f);
  else if (a->type == DG_ATTR_BOOL) fputs(v.n != 0 ? "true" : "false", f);
  else dg_json_number(f, v.n);
}

/* One line: a cell per column, Gephi's columns first, then the others in table order. */
static void line(FILE *f, dg_attr_row *r, dg_attr_of of, cell_fn *cell) {
  size_t c = 0;
  for (int lead = 1; lead >= 0; lead--)
    for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
      if (leads(a) != lead || a->role == DG_ROLE_NAME) continue;
      if (c++) putc(',', f);
      cell(f, r, a);
    }
  fputs("\r\n", f);
}

/* The header and a line for each of the n elements. */
static dg_err write_table(const dg_graph *g, FILE *f, dg_attr_of of, size_t n, dg_error *err,
                          const char *what) {
  dg_attr_row row;
  dg_attr_row_init(&row, g);
  line(f, &row, of, header);
  for (size_t i = 0; i < n; i++) {
    dg_attr_row_at(&row, of, i);
    line(f, &row, of, value);
  }
  dg_attr_row_destroy(&row);
  dg_err r = dg_stream_check(f, err, what);
  return r != DG_OK ? r : dg_graph_texts_failed(g, err);
}

dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err) {
  return write_table(g, f, DG_OF_VERTEX, dg_graph_vertex_count(g), err, "CSV nodes");
}

dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err) {
  return write_table(g, f, DG_OF_EDGE, dg_graph_edge_count(g), err, "CSV edges");
}
