/* The skeleton of the XML graph formats (see output/xml_out.h). */
#include "output/xml_out.h"

#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"

const char *dg_xml_number(xml_out *o, double v) {
  return dg_number_text(v, o->num, sizeof o->num);
}

/* The row on element i of `of`, looked up once for all its attributes. */
static dg_attr_row *row(xml_out *o, dg_attr_of of, size_t i) {
  if (!o->at || o->row.of != of || o->row.i != i) dg_attr_row_at(&o->row, of, i);
  o->at = 1;
  return &o->row;
}

const char *dg_xml_value(xml_out *o, const dg_attr *a, size_t i) {
  dg_attr_value v = dg_attr_row_get(a, row(o, a->of, i));
  switch (a->type) {
  case DG_ATTR_STRING: return v.s;
  case DG_ATTR_BOOL: return v.n != 0 ? "true" : "false";
  default: return dg_xml_number(o, v.n);
  }
}

void dg_xml_attr(xml_out *o, const char *name, const char *value) {
  dg_xw_attr(o->w, name, value);
}

void dg_xml_root(xml_out *o, const char *name, const char *ns, const char *schema) {
  dg_xw_start(o->w, name);
  dg_xml_attr(o, "xmlns", ns);
  dg_xml_attr(o, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  dg_xml_attr(o, "xsi:schemaLocation", schema);
}

void dg_xml_edge_ends(xml_out *o, size_t i, int reverse) {
  const dg_attr_row *r = row(o, DG_OF_EDGE, i);
  uint32_t source = r->e.source, target = r->e.target;
  o->num[0] = 'e';
  dg_number_text((double)i, o->num + 1, sizeof o->num - 2);
  if (reverse) strcat(o->num, "r");
  dg_xml_attr(o, "id", o->num);
  uint32_t s = reverse ? target : source, t = reverse ? source : target;
  dg_xml_attr(o, "source", dg_graph_vertex(o->g, s)->id);
  dg_xml_attr(o, "target", dg_graph_vertex(o->g, t)->id);
}

const dg_edge *dg_xml_edge(xml_out *o, size_t i) { return &row(o, DG_OF_EDGE, i)->e; }

int dg_xml_reciprocal(xml_out *o, size_t i) {
  return !o->opts.mixed && !dg_rel_kind_directed(row(o, DG_OF_EDGE, i)->e.kind);
}

void dg_xml_each(xml_out *o, dg_attr_of of, int (*is_data)(const dg_attr *), xml_attr_fn *fn,
                 size_t i) {
  int n = 0;
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));)
    if (is_data(a)) fn(o, a, n++, i);
}

/* Every element of one kind (vertices or edges), inside `wrap` when there is one. */
static void elements(xml_out *o, const char *wrap, size_t n, void (*one)(xml_out *, size_t)) {
  if (wrap) dg_xw_start(o->w, wrap);
  for (size_t i = 0; i < n; i++) one(o, i);
  if (wrap) dg_xw_end(o->w);
}

dg_err dg_xml_write(const dg_graph *g, const dg_write_opts *opts, FILE *f, const xml_format *fm,
                    dg_error *err) {
  xml_out o = {.g = g};
  dg_attr_row_init(&o.row, g);
  if (opts) o.opts = *opts;
  o.w = malloc(sizeof *o.w);
  if (!o.w) return dg_error_set(err, DG_ENOMEM, "cannot create an XML writer");
  dg_xw_begin(o.w, f);
  fm->head(&o); /* leaves the root and <graph> open */
  elements(&o, fm->nodes, dg_graph_vertex_count(g), fm->node);
  elements(&o, fm->edges, dg_graph_edge_count(g), fm->edge);
  int r = dg_xw_finish(o.w); /* closes <graph> and the root */
  free(o.w);
  dg_attr_row_destroy(&o.row);
  if (r < 0 || fflush(f) != 0 || ferror(f))
    return dg_error_set(err, DG_EIO, "write error in %s", fm->name);
  return dg_graph_texts_failed(g, err);
}
