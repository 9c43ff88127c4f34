/* The report page (see docgraph/report.h). The compiled-in page has three markers, each
 * replaced once: DOCGRAPH_TITLE (HTML-escaped text), the JSON data inside its script
 * element, and the diagrams as <section> elements holding inline SVG. Inside the script
 * every '<' of the data becomes \u003c, so no sentence can close the element. */
#include "docgraph/report.h"

#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/render.h"
#include "docgraph/json.h"
#include "docgraph/write.h"
#include "base/buf.h"
#include "output/provenance.h"
#include "base/hmap.h"
#include "output/report_bound.h"

extern const unsigned char dg_report_template[];
extern const size_t dg_report_template_len;

#define M_TITLE "DOCGRAPH_TITLE"
#define M_DATA "/*DOCGRAPH_DATA*/"
#define M_VIEWS "<!--DOCGRAPH_DIAGRAMS-->"

static void html_text(FILE *f, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    default: putc(s[i], f);
    }
  }
}

static const char *nz(const char *s) { return s ? s : ""; }

/* Sentences cited by many entities and ties are written once, in "sentences", and cited
 * by index. The graph pools each sentence once, so its index (dg_evref.sent) identifies
 * it. */
typedef struct {
  dg_hmap map; /* sentence index -> citation index */
  DG_VEC(dg_evref) refs;
  int oom;
} citations;

static uint32_t cite(citations *c, dg_evref r) {
  uint32_t *slot;
  int k = dg_hmap_put(&c->map, (const char *)&r.sent, sizeof r.sent, (uint32_t)c->refs.n, &slot);
  if (k < 0 || (k == 1 && DG_PUSH(c->refs, r))) {
    c->oom = 1;
    return 0;
  }
  return *slot;
}

/* Item i of a list of numbers: x, after a comma unless it is the first. */
static void uint_item(FILE *f, uint32_t i, uint32_t x) {
  if (i) putc(',', f);
  dg_json_number(f, x);
}

/* "evidence":[sentence indices],"evidence_total":N */
static void evidence(dg_json_obj *o, citations *c, const dg_graph *g, uint32_t ev, uint32_t n,
                     uint32_t total) {
  FILE *f = dg_json_member(o, "evidence");
  putc('[', f);
  for (uint32_t i = 0; i < n; i++) uint_item(f, i, cite(c, dg_graph_evidence(g, ev, i)));
  putc(']', f);
  dg_json_num(o, "evidence_total", total);
}

/* {"name":..,"color":..} of a type or a kind (a kind's "directed" too: directed >= 0),
 * after a comma unless it is the first. */
static void legend_item(FILE *f, int first, const char *name, const char *color, int directed) {
  if (!first) putc(',', f);
  dg_json_obj o = dg_json_open(f);
  dg_json_str(&o, "name", name);
  dg_json_str(&o, "color", color);
  if (directed >= 0) dg_json_bool(&o, "directed", directed);
  dg_json_close(&o);
}

/* "documents":[paths], "types":[name and colour], "kinds":[name, colour, direction] */
static void legend(dg_json_obj *top, const dg_graph *g) {
  FILE *f = dg_json_member(top, "documents");
  putc('[', f);
  for (size_t i = 0; i < dg_graph_document_count(g); i++) {
    if (i) putc(',', f);
    dg_json_string(f, dg_graph_document(g, i), strlen(dg_graph_document(g, i)));
  }
  fputs("],\"types\":[", f);
  for (int t = 0; t < DG_TYPE_STOP; t++)
    legend_item(f, t == 0, dg_type_name((dg_type)t), dg_render_type_color((dg_type)t), -1);
  fputs("],\"kinds\":[", f);
  for (int k = 0; k < DG_REL_COUNT; k++)
    legend_item(f, k == 0, dg_rel_kind_name((dg_rel_kind)k), dg_render_kind_color((dg_rel_kind)k),
                dg_rel_kind_directed((dg_rel_kind)k) != 0);
  putc(']', f);
}

static void node(FILE *f, citations *c, const dg_graph *g, const dg_vertex *v) {
  dg_json_obj o = dg_json_open(f);
  dg_json_str(&o, "id", nz(v->id));
  dg_json_str(&o, "label", nz(v->label));
  dg_json_str(&o, "label_en", nz(v->label_en));
  dg_json_str(&o, "type", dg_type_name(v->type));
  dg_json_num(&o, "mentions", v->mentions);
  FILE *d = dg_json_member(&o, "documents");
  putc('[', d);
  for (uint32_t k = 0; k < v->ndocs; k++) uint_item(d, k, v->docs[k]);
  putc(']', d);
  dg_json_num(&o, "degree", v->degree);
  dg_json_num(&o, "pagerank", v->pagerank);
  dg_json_num(&o, "betweenness", v->betweenness);
  dg_json_num(&o, "community", v->community);
  evidence(&o, c, g, v->ev, v->nev, v->ev_total);
  dg_json_close(&o);
}

/* The fields of an edge row, in order: "source" and "target" are node indices (a large
 * corpus has hundreds of thousands of edges: a row of values is a fifth of an object
 * naming both ends by id), the page makes objects of them again. */
#define EDGE_FIELDS                                                                          \
  "[\"source\",\"target\",\"kind\",\"rule\",\"directed\",\"weight\",\"jaccard\",\"documents\","   \
  "\"evidence\",\"evidence_total\"]"

/* One edge as a row of EDGE_FIELDS. */
static void edge(FILE *f, citations *c, const dg_graph *g, const dg_edge *e) {
  fprintf(f, "[%u,%u,", e->source, e->target);
  dg_json_string(f, dg_rel_kind_name(e->kind), strlen(dg_rel_kind_name(e->kind)));
  putc(',', f);
  dg_json_string(f, nz(e->rule), strlen(nz(e->rule)));
  fputs(dg_rel_kind_directed(e->kind) ? ",true," : ",false,", f);
  dg_json_number(f, e->weight);
  putc(',', f);
  dg_json_number(f, e->jaccard);
  putc(',', f);
  dg_json_number(f, e->documents);
  putc(',', f);
  putc('[', f);
  for (uint32_t i = 0; i < e->nev; i++) uint_item(f, i, cite(c, dg_graph_evidence(g, e->ev, i)));
  putc(']', f);
  putc(',', f);
  dg_json_number(f, e->ev_total);
  putc(']', f);
}

/* The sentences cited, in order of first citation: document, line (and a PDF's page),
 * text (read back from the graph; one that cannot be is "", and dg_graph_texts_failed
 * says why). */
static void sentences(FILE *f, const dg_graph *g, const citations *c) {
  dg_textbuf b = {0};
  for (size_t i = 0; i < c->refs.n; i++) {
    const dg_evref *r = &c->refs.v[i];
    fputs(i ? ",\n" : "\n", f);
    dg_json_obj o = dg_json_open(f);
    dg_json_num(&o, "doc", r->doc);
    dg_json_num(&o, "line", r->line);
    if (r->page) dg_json_num(&o, "page", r->page);
    dg_json_str(&o, "text", nz(dg_graph_sentence_text(g, r->sent, &b, NULL)));
    dg_json_close(&o);
  }
  free(b.s);
}

/* The report's data: one object, the nodes, edges and sentences a line each. */
static int data_json(const dg_graph *g, const char *title, dg_report_ties *drawn, FILE *f) {
  citations cites = {0};
  dg_hmap_init(&cites.map);
  dg_json_obj top = dg_json_open(f);
  dg_json_str(&top, "title", nz(title));
  dg_json_str(&top, "generator", "docgraph " DG_VERSION);
  dg_provenance prov;
  dg_graph_provenance(g, &prov);
  FILE *pf = dg_json_member(&top, "provenance");
  dg_json_obj po = dg_json_open(pf);
  dg_prov_json(&po, &prov);
  dg_json_close(&po);
  legend(&top, g);
  fputs(",\n\"nodes\":[", f);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    fputs(i ? ",\n" : "\n", f);
    node(f, &cites, g, dg_graph_vertex(g, i));
  }
  fputs("],\n\"edge_fields\":" EDGE_FIELDS ",\n\"edges\":[", f);
  size_t ne = dg_graph_edge_count(g);
  char *keep = malloc(ne ? ne : 1);
  long listed = keep ? dg_report_keep(g, drawn, keep) : -1;
  for (size_t i = 0, k = 0; listed >= 0 && i < ne; i++) {
    if (!keep[i]) continue;
    fputs(k++ ? ",\n" : "\n", f);
    const dg_edge e = dg_graph_edge(g, i);
    edge(f, &cites, g, &e);
  }
  putc(']', f);
  if (listed >= 0 && (size_t)listed < ne) dg_json_num(&top, "edges_total", (double)ne);
  fputs(",\n\"sentences\":[", f);
  sentences(f, g, &cites);
  putc(']', f);
  dg_json_close(&top);
  free(keep);
  int oom = cites.oom || listed < 0;
  dg_hmap_destroy(&cites.map);
  free(cites.refs.v);
  return oom ? -1 : 0;
}

/* The data inside the script element, each '<' as \u003c. */
static void script_data(FILE *f, const char *data, size_t n) {
  const char *p = data, *e = data + n;
  for (const char *lt; p < e && (lt = memchr(p, '<', (size_t)(e - p))); p = lt + 1) {
    fwrite(p, 1, (size_t)(lt - p), f);
    fputs("\\u003c", f);
  }
  if (p < e) fwrite(p, 1, (size_t)(e - p), f);
}

/* The SVG element of a Graphviz SVG document, without its prolog and doctype. */
static void svg_element(FILE *f, const char *svg, size_t n) {
  const char *p = svg, *e = svg + n;
  while (p < e) {
    const char *q = memchr(p, '<', (size_t)(e - p));
    if (!q) return;
    if (e - q >= 4 && !memcmp(q, "<svg", 4)) {
      fwrite(q, 1, (size_t)(e - q), f);
      return;
    }
    p = q + 1;
  }
}

dg_err dg_report_data(const dg_graph *g, const char *title, char **json, size_t *n,
                      dg_error *err) {
  *json = NULL;
  *n = 0;
  FILE *mf = open_memstream(json, n);
  if (!mf) return dg_error_set(err, DG_ENOMEM, "out of memory");
  __fsetlocking(mf, FSETLOCKING_BYCALLER); /* this function's alone */
  int bad = data_json(g, title, NULL, mf);
  if (fclose(mf) != 0 || !*json || bad) {
    free(*json);
    *json = NULL;
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  dg_err r = dg_graph_texts_failed(g, err);
  if (r != DG_OK) free(*json), *json = NULL;
  return r;
}

dg_err dg_report_data_stream(const dg_graph *g, const char *title, dg_report_ties *drawn,
                             FILE *f, dg_error *err) {
  if (data_json(g, title, drawn, f)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  if (fflush(f) != 0 || ferror(f)) return dg_error_set(err, DG_EIO, "write error in the report's data");
  return dg_graph_texts_failed(g, err);
}

/* Where the page's data comes from: bytes in memory, or a stream read from its start. */
typedef struct {
  const char *bytes;
  size_t n;
  FILE *stream;
} page_data;

/* The data into the script element (script_data), from memory or read in pieces (each
 * '<' escaped alone, so any split gives the same bytes). */
static int put_data(FILE *f, const page_data *d) {
  if (!d->stream) {
    script_data(f, d->bytes, d->n);
    return 0;
  }
  char buf[65536];
  size_t k;
  if (fseek(d->stream, 0, SEEK_SET) != 0) return -1;
  while ((k = fread(buf, 1, sizeof buf, d->stream)) > 0) script_data(f, buf, k);
  return ferror(d->stream) ? -1 : 0;
}

static dg_err page(const char *title, const page_data *data, const dg_report_view *views,
                   size_t nviews, FILE *f, dg_error *err) {
  const char *t = (const char *)dg_report_template, *end = t + dg_report_template_len;
  int bad = 0;
  while (t < end) {
    const char *m = strstr(t, "DOCGRAPH_TITLE"), *d = strstr(t, M_DATA), *v = strstr(t, M_VIEWS);
    const char *next = m;
    if (d && (!next || d < next)) next = d;
    if (v && (!next || v < next)) next = v;
    if (!next) {
      fwrite(t, 1, (size_t)(end - t), f);
      break;
    }
    fwrite(t, 1, (size_t)(next - t), f);
    if (next == m) {
      html_text(f, title, strlen(title));
      t = next + strlen(M_TITLE);
    } else if (next == d) {
      bad |= put_data(f, data);
      t = next + strlen(M_DATA);
    } else {
      for (size_t i = 0; i < nviews; i++) {
        fputs("<section class=\"dg-view\" data-view=\"", f);
        html_text(f, views[i].name, strlen(views[i].name));
        fputs("\" data-title=\"", f);
        html_text(f, views[i].title, strlen(views[i].title));
        fputs("\">\n", f);
        svg_element(f, views[i].svg, views[i].svg_len);
        fputs("</section>\n", f);
      }
      t = next + strlen(M_VIEWS);
    }
  }
  if (bad) return dg_error_set(err, DG_EIO, "cannot read back the report's data");
  if (ferror(f)) return dg_error_set(err, DG_EIO, "write error in the report");
  return DG_OK;
}

dg_err dg_write_report(const char *title, const char *data, size_t dn,
                       const dg_report_view *views, size_t nviews, FILE *f, dg_error *err) {
  page_data d = {data, dn, NULL};
  return page(title, &d, views, nviews, f, err);
}

dg_err dg_write_report_stream(const char *title, FILE *data, const dg_report_view *views,
                              size_t nviews, FILE *f, dg_error *err) {
  page_data d = {NULL, 0, data};
  return page(title, &d, views, nviews, f, err);
}
