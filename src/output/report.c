/* The report page (see docgraph/report.h). The compiled-in page has three markers, each
 * replaced once: DOCGRAPH_TITLE (HTML-escaped text), the JSON data inside its script
 * element, and the diagrams as <section> elements holding inline SVG. Inside the script
 * every '<' of the data becomes \u003c, so no sentence can close the element. */
#include "docgraph/report.h"

#include <stdlib.h>
#include <string.h>

#include "docgraph/render.h"
#include "docgraph/json.h"
#include "docgraph/write.h"
#include "base/buf.h"
#include "base/hmap.h"

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

static void key(FILE *f, const char *k) { fprintf(f, "\"%s\":", k); }

static void str(FILE *f, const char *s) { dg_json_string(f, s ? s : "", s ? strlen(s) : 0); }

/* Sentences cited by many entities and ties are written once, in "sentences", and cited
 * by index. The graph pools each sentence's text, so its address identifies it. */
typedef struct {
  dg_hmap map; /* text address -> index */
  DG_VEC(const dg_evref *) refs;
  int oom;
} citations;

static uint32_t cite(citations *c, const dg_evref *r) {
  uint32_t *slot;
  int k = dg_hmap_put(&c->map, (const char *)&r->text, sizeof r->text, (uint32_t)c->refs.n, &slot);
  if (k < 0 || (k == 1 && DG_PUSH(c->refs, r))) {
    c->oom = 1;
    return 0;
  }
  return *slot;
}

static void evidence(FILE *f, citations *c, const dg_evref *ev, uint32_t n, uint32_t total) {
  key(f, "evidence");
  putc('[', f);
  for (uint32_t i = 0; i < n; i++) fprintf(f, "%s%u", i ? "," : "", cite(c, &ev[i]));
  fprintf(f, "],\"evidence_total\":%u", total);
}

static int data_json(const dg_graph *g, const char *title, FILE *f) {
  citations cites = {0};
  dg_hmap_init(&cites.map);
  putc('{', f);
  key(f, "title");
  str(f, title);
  fprintf(f, ",\"generator\":\"docgraph %s\",", DG_VERSION);
  key(f, "documents");
  putc('[', f);
  for (size_t i = 0; i < dg_graph_document_count(g); i++) {
    if (i) putc(',', f);
    str(f, dg_graph_document(g, i));
  }
  fputs("],\"types\":[", f);
  for (int t = 0; t < DG_TYPE_STOP; t++)
    fprintf(f, "%s{\"name\":\"%s\",\"color\":\"%s\"}", t ? "," : "", dg_type_name((dg_type)t),
            dg_render_type_color((dg_type)t));
  fputs("],\"kinds\":[", f);
  for (int k = 0; k < DG_REL_COUNT; k++)
    fprintf(f, "%s{\"name\":\"%s\",\"color\":\"%s\",\"directed\":%s}", k ? "," : "",
            dg_rel_kind_name((dg_rel_kind)k), dg_render_kind_color((dg_rel_kind)k),
            dg_rel_kind_directed((dg_rel_kind)k) ? "true" : "false");
  fputs("],\n\"nodes\":[", f);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    fputs(i ? ",\n{" : "\n{", f);
    key(f, "id");
    str(f, v->id);
    fputs(",\"label\":", f);
    str(f, v->label);
    fputs(",\"label_en\":", f);
    str(f, v->label_en);
    fprintf(f, ",\"type\":\"%s\",\"mentions\":%u,\"documents\":[", dg_type_name(v->type), v->mentions);
    for (uint32_t k = 0; k < v->ndocs; k++) fprintf(f, "%s%u", k ? "," : "", v->docs[k]);
    fputs("],\"degree\":", f);
    dg_json_number(f, v->degree);
    fputs(",\"pagerank\":", f);
    dg_json_number(f, v->pagerank);
    fputs(",\"betweenness\":", f);
    dg_json_number(f, v->betweenness);
    fprintf(f, ",\"community\":%d,", v->community);
    evidence(f, &cites, v->ev, v->nev, v->ev_total);
    putc('}', f);
  }
  fputs("],\n\"edges\":[", f);
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    fputs(i ? ",\n{" : "\n{", f);
    key(f, "source");
    str(f, dg_graph_vertex(g, e->source)->id);
    fputs(",\"target\":", f);
    str(f, dg_graph_vertex(g, e->target)->id);
    fprintf(f, ",\"kind\":\"%s\",\"directed\":%s,\"weight\":", dg_rel_kind_name(e->kind),
            dg_rel_kind_directed(e->kind) ? "true" : "false");
    dg_json_number(f, e->weight);
    fputs(",\"jaccard\":", f);
    dg_json_number(f, e->jaccard);
    fprintf(f, ",\"documents\":%u,", e->documents);
    evidence(f, &cites, e->ev, e->nev, e->ev_total);
    putc('}', f);
  }
  fputs("],\n\"sentences\":[", f);
  for (size_t i = 0; i < cites.refs.n; i++) {
    const dg_evref *r = cites.refs.v[i];
    fprintf(f, "%s{\"doc\":%u,\"line\":%u,\"text\":", i ? ",\n" : "\n", r->doc, r->line);
    str(f, r->text);
    putc('}', f);
  }
  fputs("]}", f);
  int oom = cites.oom;
  dg_hmap_destroy(&cites.map);
  free(cites.refs.v);
  return oom ? -1 : 0;
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
  int bad = data_json(g, title, mf);
  if (fclose(mf) != 0 || !*json || bad) {
    free(*json);
    *json = NULL;
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

dg_err dg_write_report(const char *title, const char *data, size_t dn,
                       const dg_report_view *views, size_t nviews, FILE *f, dg_error *err) {
  const char *t = (const char *)dg_report_template, *end = t + dg_report_template_len;
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
      for (size_t i = 0; i < dn; i++) {
        if (data[i] == '<') fputs("\\u003c", f);
        else putc(data[i], f);
      }
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
  if (ferror(f)) return dg_error_set(err, DG_EIO, "write error in the report");
  return DG_OK;
}
