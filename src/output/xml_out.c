/* The skeleton of the XML graph formats (see output/xml_out.h). */
#include "output/xml_out.h"

#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"

const xmlChar *dg_xml_clean(xml_out *o, const char *s) {
  dg_buf *b = &o->text;
  dg_buf_clear(b);
  for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
    int bad = (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F;
    dg_buf_addc(b, bad ? ' ' : (char)*p);
  }
  return (const xmlChar *)(b->data ? b->data : "");
}

const xmlChar *dg_xml_number(xml_out *o, double v) {
  return BAD_CAST dg_number_text(v, o->num, sizeof o->num);
}

const xmlChar *dg_xml_value(xml_out *o, const dg_attr *a, size_t i) {
  dg_attr_value v = dg_attr_get(a, o->g, i);
  switch (a->type) {
  case DG_ATTR_STRING: return dg_xml_clean(o, v.s);
  case DG_ATTR_BOOL: return BAD_CAST(v.n != 0 ? "true" : "false");
  default: return dg_xml_number(o, v.n);
  }
}

void dg_xml_attr(xml_out *o, const char *name, const xmlChar *value) {
  xmlTextWriterWriteAttribute(o->w, BAD_CAST name, value);
}

void dg_xml_root(xml_out *o, const char *name, const char *ns, const char *schema) {
  xmlTextWriterStartElement(o->w, BAD_CAST name);
  dg_xml_attr(o, "xmlns", BAD_CAST ns);
  dg_xml_attr(o, "xmlns:xsi", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
  dg_xml_attr(o, "xsi:schemaLocation", BAD_CAST schema);
}

void dg_xml_edge_ends(xml_out *o, size_t i, int reverse) {
  const dg_edge *e = dg_graph_edge(o->g, i);
  snprintf(o->num, sizeof o->num, "e%zu%s", i, reverse ? "r" : "");
  dg_xml_attr(o, "id", BAD_CAST o->num);
  uint32_t s = reverse ? e->target : e->source, t = reverse ? e->source : e->target;
  dg_xml_attr(o, "source", dg_xml_clean(o, dg_graph_vertex(o->g, s)->id));
  dg_xml_attr(o, "target", dg_xml_clean(o, dg_graph_vertex(o->g, t)->id));
}

int dg_xml_reciprocal(const xml_out *o, size_t i) {
  return !o->opts.mixed && !dg_rel_kind_directed(dg_graph_edge(o->g, i)->kind);
}

void dg_xml_each(xml_out *o, dg_attr_of of, int (*is_data)(const dg_attr *), xml_attr_fn *fn,
                 size_t i) {
  int n = 0;
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));)
    if (is_data(a)) fn(o, a, n++, i);
}

/* libxml2's own FILE output reports a failed write to its global error handler, which
 * prints; these never fail towards libxml2, and the stream's error flag says it all. */
static int write_cb(void *f, const char *buf, int len) {
  if (len > 0) fwrite(buf, 1, (size_t)len, f);
  return len;
}

static int close_cb(void *f) {
  fflush(f);
  return 0;
}

static xmlTextWriterPtr open_writer(FILE *f, dg_error *err) {
  xmlOutputBufferPtr out = xmlOutputBufferCreateIO(write_cb, close_cb, f, NULL);
  if (!out) {
    dg_error_set(err, DG_ENOMEM, "cannot create an XML output buffer");
    return NULL;
  }
  xmlTextWriterPtr w = xmlNewTextWriter(out);
  if (!w) {
    xmlOutputBufferClose(out);
    dg_error_set(err, DG_ENOMEM, "cannot create an XML writer");
    return NULL;
  }
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
  return w;
}

/* Every element of one kind (vertices or edges), inside `wrap` when there is one. */
static void elements(xml_out *o, const char *wrap, size_t n, void (*one)(xml_out *, size_t)) {
  if (wrap) xmlTextWriterStartElement(o->w, BAD_CAST wrap);
  for (size_t i = 0; i < n; i++) one(o, i);
  if (wrap) xmlTextWriterEndElement(o->w);
}

dg_err dg_xml_write(const dg_graph *g, const dg_write_opts *opts, FILE *f, const xml_format *fm,
                    dg_error *err) {
  xml_out o = {.g = g};
  if (opts) o.opts = *opts;
  o.w = open_writer(f, err);
  if (!o.w) return err ? err->code : DG_ENOMEM;
  dg_buf_init(&o.text);
  fm->head(&o); /* leaves the root and <graph> open */
  elements(&o, fm->nodes, dg_graph_vertex_count(g), fm->node);
  elements(&o, fm->edges, dg_graph_edge_count(g), fm->edge);
  xmlTextWriterEndElement(o.w); /* graph */
  xmlTextWriterEndElement(o.w); /* the root */
  dg_buf_destroy(&o.text);
  int r = xmlTextWriterEndDocument(o.w);
  xmlFreeTextWriter(o.w); /* flushes; the FILE stays open (the caller's) */
  if (r < 0 || ferror(f)) return dg_error_set(err, DG_EIO, "write error in %s", fm->name);
  return DG_OK;
}
