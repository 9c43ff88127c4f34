/* GraphML and GEXF 1.3 through libxml2's xmlTextWriter (see docgraph/write.h).
 * Both carry typed attributes (integers as int, measures as double), entity ids as node
 * ids, and every edge in the order and direction of the built graph: a typed relation
 * reads source -> target, its `kind` says which. Text is cleaned of the control characters
 * XML 1.0 cannot carry before it is written, so a stray byte never breaks a file. */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

/* s without the control characters XML 1.0 forbids (tab, newline, return stay). */
static const xmlChar *clean(dg_buf *b, const char *s) {
  dg_buf_clear(b);
  for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
    dg_buf_addc(b, (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F ? ' ' : (char)*p);
  return (const xmlChar *)(b->data ? b->data : "");
}

typedef struct {
  const char *id, *name, *type; /* GraphML key id, attribute name, attr.type */
} gml_key;

static const gml_key node_keys[] = {
    {"v_type", "type", "string"},          {"v_label", "label", "string"},
    {"v_label_en", "label_en", "string"},  {"v_mentions", "mentions", "int"},
    {"v_documents", "documents", "int"},   {"v_degree", "degree", "int"},
    {"v_strength", "strength", "double"},  {"v_pagerank", "pagerank", "double"},
    {"v_betweenness", "betweenness", "double"}, {"v_community", "community", "int"},
};

static const gml_key edge_keys[] = {
    {"e_kind", "kind", "string"},            {"e_directed", "directed", "boolean"},
    {"e_weight", "weight", "double"},        {"e_jaccard", "jaccard", "double"},
    {"e_documents", "documents", "int"},     {"e_evidence_count", "evidence_count", "int"},
    {"e_evidence", "evidence", "string"},    {"e_evidence_text", "evidence_text", "string"},
};

static void data(xmlTextWriterPtr w, const char *key, const xmlChar *value) {
  xmlTextWriterStartElement(w, BAD_CAST "data");
  xmlTextWriterWriteAttribute(w, BAD_CAST "key", BAD_CAST key);
  xmlTextWriterWriteString(w, value);
  xmlTextWriterEndElement(w);
}

static const xmlChar *num(char *buf, size_t n, double v) {
  if (v == (double)(long long)v && v < 1e15 && v > -1e15) snprintf(buf, n, "%lld", (long long)v);
  else snprintf(buf, n, "%.10g", v);
  return BAD_CAST buf;
}

static xmlTextWriterPtr open_writer(FILE *f, dg_error *err) {
  xmlOutputBufferPtr out = xmlOutputBufferCreateFile(f, NULL);
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

static dg_err close_writer(xmlTextWriterPtr w, FILE *f, dg_error *err, const char *what) {
  int r = xmlTextWriterEndDocument(w);
  xmlFreeTextWriter(w); /* flushes; the FILE stays open (the caller's) */
  if (r < 0 || ferror(f)) return dg_error_set(err, DG_EIO, "write error in %s", what);
  return DG_OK;
}

dg_err dg_write_graphml(const dg_graph *g, FILE *f, dg_error *err) {
  xmlTextWriterPtr w = open_writer(f, err);
  if (!w) return err ? err->code : DG_ENOMEM;
  dg_buf b;
  dg_buf_init(&b);
  char nb[64];
  xmlTextWriterStartElement(w, BAD_CAST "graphml");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST "http://graphml.graphdrawing.org/xmlns");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:xsi", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xsi:schemaLocation",
                              BAD_CAST "http://graphml.graphdrawing.org/xmlns "
                                       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  for (size_t i = 0; i < sizeof node_keys / sizeof *node_keys; i++) {
    xmlTextWriterStartElement(w, BAD_CAST "key");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST node_keys[i].id);
    xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST "node");
    xmlTextWriterWriteAttribute(w, BAD_CAST "attr.name", BAD_CAST node_keys[i].name);
    xmlTextWriterWriteAttribute(w, BAD_CAST "attr.type", BAD_CAST node_keys[i].type);
    xmlTextWriterEndElement(w);
  }
  for (size_t i = 0; i < sizeof edge_keys / sizeof *edge_keys; i++) {
    xmlTextWriterStartElement(w, BAD_CAST "key");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST edge_keys[i].id);
    xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST "edge");
    xmlTextWriterWriteAttribute(w, BAD_CAST "attr.name", BAD_CAST edge_keys[i].name);
    xmlTextWriterWriteAttribute(w, BAD_CAST "attr.type", BAD_CAST edge_keys[i].type);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterStartElement(w, BAD_CAST "graph");
  xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "docgraph");
  xmlTextWriterWriteAttribute(w, BAD_CAST "edgedefault", BAD_CAST "undirected");
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    xmlTextWriterStartElement(w, BAD_CAST "node");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", clean(&b, v->id));
    data(w, "v_type", BAD_CAST dg_type_name(v->type));
    data(w, "v_label", clean(&b, v->label));
    data(w, "v_label_en", clean(&b, v->label_en));
    data(w, "v_mentions", num(nb, sizeof nb, v->mentions));
    data(w, "v_documents", num(nb, sizeof nb, v->documents));
    data(w, "v_degree", num(nb, sizeof nb, v->degree));
    data(w, "v_strength", num(nb, sizeof nb, v->strength));
    data(w, "v_pagerank", num(nb, sizeof nb, v->pagerank));
    data(w, "v_betweenness", num(nb, sizeof nb, v->betweenness));
    data(w, "v_community", num(nb, sizeof nb, v->community));
    xmlTextWriterEndElement(w);
  }
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    xmlTextWriterStartElement(w, BAD_CAST "edge");
    snprintf(nb, sizeof nb, "e%zu", i);
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST nb);
    xmlTextWriterWriteAttribute(w, BAD_CAST "source", clean(&b, dg_graph_vertex(g, e->source)->id));
    xmlTextWriterWriteAttribute(w, BAD_CAST "target", clean(&b, dg_graph_vertex(g, e->target)->id));
    data(w, "e_kind", BAD_CAST dg_rel_kind_name(e->kind));
    data(w, "e_directed", BAD_CAST(dg_rel_kind_directed(e->kind) ? "true" : "false"));
    data(w, "e_weight", num(nb, sizeof nb, e->weight));
    data(w, "e_jaccard", num(nb, sizeof nb, e->jaccard));
    data(w, "e_documents", num(nb, sizeof nb, e->documents));
    data(w, "e_evidence_count", num(nb, sizeof nb, e->evidence_count));
    data(w, "e_evidence", clean(&b, e->evidence));
    data(w, "e_evidence_text", clean(&b, e->evidence_text ? e->evidence_text : ""));
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w); /* graph */
  xmlTextWriterEndElement(w); /* graphml */
  dg_buf_destroy(&b);
  return close_writer(w, f, err, "GraphML");
}

static void gexf_attr(xmlTextWriterPtr w, int id, const char *title, const char *type) {
  char nb[16];
  snprintf(nb, sizeof nb, "%d", id);
  xmlTextWriterStartElement(w, BAD_CAST "attribute");
  xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST nb);
  xmlTextWriterWriteAttribute(w, BAD_CAST "title", BAD_CAST title);
  xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST type);
  xmlTextWriterEndElement(w);
}

static void gexf_value(xmlTextWriterPtr w, int id, const xmlChar *value) {
  char nb[16];
  snprintf(nb, sizeof nb, "%d", id);
  xmlTextWriterStartElement(w, BAD_CAST "attvalue");
  xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST nb);
  xmlTextWriterWriteAttribute(w, BAD_CAST "value", value);
  xmlTextWriterEndElement(w);
}

dg_err dg_write_gexf(const dg_graph *g, FILE *f, dg_error *err) {
  xmlTextWriterPtr w = open_writer(f, err);
  if (!w) return err ? err->code : DG_ENOMEM;
  dg_buf b;
  dg_buf_init(&b);
  char nb[64];
  xmlTextWriterStartElement(w, BAD_CAST "gexf");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST "http://gexf.net/1.3");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:xsi", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xsi:schemaLocation",
                              BAD_CAST "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "1.3");
  xmlTextWriterStartElement(w, BAD_CAST "meta");
  xmlTextWriterWriteElement(w, BAD_CAST "creator", BAD_CAST "docgraph");
  xmlTextWriterWriteElement(w, BAD_CAST "description",
                            BAD_CAST "entities of the documents and how they are related");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "graph");
  xmlTextWriterWriteAttribute(w, BAD_CAST "defaultedgetype", BAD_CAST "undirected");
  xmlTextWriterWriteAttribute(w, BAD_CAST "mode", BAD_CAST "static");
  xmlTextWriterStartElement(w, BAD_CAST "attributes");
  xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "node");
  static const struct {
    const char *title, *type;
  } nattr[] = {{"type", "string"},     {"label_en", "string"}, {"mentions", "integer"},
               {"documents", "integer"}, {"degree", "integer"}, {"strength", "double"},
               {"pagerank", "double"},  {"betweenness", "double"}, {"community", "integer"}};
  for (int i = 0; i < (int)(sizeof nattr / sizeof *nattr); i++) gexf_attr(w, i, nattr[i].title, nattr[i].type);
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "attributes");
  xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "edge");
  static const struct {
    const char *title, *type;
  } eattr[] = {{"kind", "string"},      {"directed", "boolean"},   {"jaccard", "double"},
               {"documents", "integer"}, {"evidence_count", "integer"}, {"evidence", "string"},
               {"evidence_text", "string"}};
  for (int i = 0; i < (int)(sizeof eattr / sizeof *eattr); i++) gexf_attr(w, i, eattr[i].title, eattr[i].type);
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "nodes");
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    xmlTextWriterStartElement(w, BAD_CAST "node");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", clean(&b, v->id));
    xmlTextWriterWriteAttribute(w, BAD_CAST "label", clean(&b, v->label));
    xmlTextWriterStartElement(w, BAD_CAST "attvalues");
    gexf_value(w, 0, BAD_CAST dg_type_name(v->type));
    gexf_value(w, 1, clean(&b, v->label_en));
    gexf_value(w, 2, num(nb, sizeof nb, v->mentions));
    gexf_value(w, 3, num(nb, sizeof nb, v->documents));
    gexf_value(w, 4, num(nb, sizeof nb, v->degree));
    gexf_value(w, 5, num(nb, sizeof nb, v->strength));
    gexf_value(w, 6, num(nb, sizeof nb, v->pagerank));
    gexf_value(w, 7, num(nb, sizeof nb, v->betweenness));
    gexf_value(w, 8, num(nb, sizeof nb, v->community));
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "edges");
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    xmlTextWriterStartElement(w, BAD_CAST "edge");
    snprintf(nb, sizeof nb, "e%zu", i);
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST nb);
    xmlTextWriterWriteAttribute(w, BAD_CAST "source", clean(&b, dg_graph_vertex(g, e->source)->id));
    xmlTextWriterWriteAttribute(w, BAD_CAST "target", clean(&b, dg_graph_vertex(g, e->target)->id));
    xmlTextWriterWriteAttribute(w, BAD_CAST "label", BAD_CAST dg_rel_kind_name(e->kind));
    xmlTextWriterWriteAttribute(w, BAD_CAST "weight", num(nb, sizeof nb, e->weight));
    xmlTextWriterStartElement(w, BAD_CAST "attvalues");
    gexf_value(w, 0, BAD_CAST dg_rel_kind_name(e->kind));
    gexf_value(w, 1, BAD_CAST(dg_rel_kind_directed(e->kind) ? "true" : "false"));
    gexf_value(w, 2, num(nb, sizeof nb, e->jaccard));
    gexf_value(w, 3, num(nb, sizeof nb, e->documents));
    gexf_value(w, 4, num(nb, sizeof nb, e->evidence_count));
    gexf_value(w, 5, clean(&b, e->evidence));
    gexf_value(w, 6, clean(&b, e->evidence_text ? e->evidence_text : ""));
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w); /* edges */
  xmlTextWriterEndElement(w); /* graph */
  xmlTextWriterEndElement(w); /* gexf */
  dg_buf_destroy(&b);
  return close_writer(w, f, err, "GEXF");
}
