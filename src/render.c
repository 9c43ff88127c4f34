/* Diagrams through Graphviz (see docgraph/render.h). One gvc context per call: no state
 * survives between calls. Style tables by type are data, kept together at the top. */
#include "docgraph/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hmap.h"
#include "utf8.h"

static const struct {
  const char *fill, *font, *shape, *style;
} styles[DG_TYPE_COUNT] = {
    [DG_TYPE_COUNTRY] = {"#0072B2", "#FFFFFF", "ellipse", "filled"},
    [DG_TYPE_GROUP] = {"#56B4E9", "#000000", "octagon", "filled"},
    [DG_TYPE_ORGANIZATION] = {"#009E73", "#FFFFFF", "box", "filled"},
    [DG_TYPE_PROGRAM] = {"#E69F00", "#000000", "hexagon", "filled"},
    [DG_TYPE_MEETING] = {"#D55E00", "#FFFFFF", "box", "rounded,filled"},
    [DG_TYPE_PERSON] = {"#CC79A7", "#000000", "egg", "filled"},
    [DG_TYPE_PLACE] = {"#F0E442", "#000000", "house", "filled"},
    [DG_TYPE_AMOUNT] = {"#999999", "#000000", "note", "filled"},
    [DG_TYPE_DATE] = {"#FFFFFF", "#000000", "parallelogram", "filled"},
    [DG_TYPE_QUANTITY] = {"#DDDDDD", "#000000", "note", "filled"},
    [DG_TYPE_STOP] = {"#FFFFFF", "#000000", "plaintext", "filled"},
};

#define DEFAULT_FONT "IPAGothic,Noto Sans CJK JP,sans-serif"
/* neato (stress majorization) gives the clearest pictures of small undirected graphs;
 * sfdp scales to thousands of vertices. */
#define SFDP_ABOVE 150

const char *dg_render_layout(const dg_graph *g, const dg_render_opts *o) {
  if (o && o->layout && *o->layout) return o->layout;
  size_t above = o && o->sfdp_above ? o->sfdp_above : SFDP_ABOVE;
  return dg_graph_vertex_count(g) > above ? "sfdp" : "neato";
}

/* Wrap a label at spaces (Latin) or every `width` characters (CJK); escape backslashes,
 * which DOT labels read as escapes. */
static void wrap_label(dg_buf *b, const char *s, int width) {
  const char *e = s + strlen(s);
  int col = 0;
  while (s < e) {
    uint32_t cp;
    int l = dg_utf8_decode(s, e, &cp);
    if (l == 0) l = 1;
    int wide = cp >= 0x1100;
    if (cp == ' ' && col >= width) {
      dg_buf_addc(b, '\n');
      col = 0;
      s++;
      continue;
    }
    if (wide && col >= width) {
      dg_buf_addc(b, '\n');
      col = 0;
    }
    if (cp == '\\') dg_buf_adds(b, "\\\\");
    else dg_buf_add(b, s, (size_t)l);
    col += wide ? 2 : 1;
    s += l;
  }
}

/* Node sizes come from our own estimate of the label's extent, not from the font
 * library: Graphviz would measure text through pango and fontconfig, whose answers differ
 * in the last digit from run to run (cache state) and from machine to machine (fonts), and
 * the layout, and so the output bytes, with them. Wide (CJK) characters take one em,
 * others about half. */
static void label_extent(const char *s, double fontsize, double *w, double *h) {
  const char *e = s + strlen(s);
  double line = 0, best = 0;
  int lines = 1;
  while (s < e) {
    uint32_t cp;
    int l = dg_utf8_decode(s, e, &cp);
    if (l == 0) l = 1;
    if (cp == '\n') {
      if (line > best) best = line;
      line = 0;
      lines++;
    } else if (cp >= 0x1100) {
      line += 1.0;
    } else if (cp >= 'A' && cp <= 'Z') {
      line += 0.68;
    } else if (cp == ' ' || cp == '.' || cp == ',' || cp == '\'' || cp == 'i' || cp == 'l') {
      line += 0.32;
    } else {
      line += 0.56;
    }
    s += l;
  }
  if (line > best) best = line;
  *w = best * fontsize;
  *h = lines * fontsize * 1.25;
}

/* How much wider and taller than its text each shape must be. */
static void shape_factor(const char *shape, double *fw, double *fh) {
  if (!strcmp(shape, "ellipse") || !strcmp(shape, "egg")) *fw = 1.32, *fh = 1.45;
  else if (!strcmp(shape, "hexagon") || !strcmp(shape, "octagon")) *fw = 1.3, *fh = 1.3;
  else if (!strcmp(shape, "parallelogram") || !strcmp(shape, "house")) *fw = 1.35, *fh = 1.35;
  else *fw = 1.08, *fh = 1.15;
}

static const char *vertex_label(const dg_vertex *v, dg_label_mode mode, dg_buf *b) {
  dg_buf_clear(b);
  const char *ja = v->label, *en = v->label_en;
  if (mode == DG_LABEL_EN && *en) wrap_label(b, en, 24);
  else if (mode == DG_LABEL_BOTH && *en && strcmp(ja, en) != 0) {
    wrap_label(b, ja, 24);
    dg_buf_addc(b, '\n');
    wrap_label(b, en, 24);
  } else wrap_label(b, *ja ? ja : en, 24);
  return b->data ? b->data : "";
}

static void set(void *obj, const char *k, const char *v) { agsafeset(obj, (char *)k, (char *)v, ""); }

/* Typed relations: colour and line style (Okabe-Ito colours again; dashes tell them apart
 * in print). */
static const struct {
  const char *color, *style;
} kind_styles[DG_REL_COUNT] = {
    [DG_REL_CO_OCCURS] = {"#55555588", "solid"},     [DG_REL_HELD_IN] = {"#0072B2", "dashed"},
    [DG_REL_HELD_ON] = {"#666666", "dotted"},        [DG_REL_PARTICIPATES_IN] = {"#009E73", "solid"},
    [DG_REL_CHAIRED_BY] = {"#CC79A7", "solid"},      [DG_REL_ANNOUNCED_AT] = {"#E69F00", "solid"},
    [DG_REL_ADOPTED_AT] = {"#D55E00", "solid"},      [DG_REL_AMOUNT] = {"#000000", "bold"},
    [DG_REL_MEMBER_OF] = {"#56B4E9", "dashed"},
};

/* One drawn edge per pair of vertices: its relations, their total weight, and the typed
 * one that gives it its colour, label and arrow. */
typedef struct {
  uint32_t from, to;
  double weight, jaccard;
  const dg_edge **edges;
  size_t nedges;
  const dg_edge *typed;
} pair_t;

static void free_pairs(pair_t *p, size_t n) {
  for (size_t i = 0; i < n; i++) free(p[i].edges);
  free(p);
}

/* Pairs that carry a typed relation come first, then the strongest co-occurrences. */
static int pair_cmp(const void *a, const void *b) {
  const pair_t *x = a, *y = b;
  if (!!x->typed != !!y->typed) return x->typed ? -1 : 1;
  if (x->jaccard != y->jaccard) return x->jaccard > y->jaccard ? -1 : 1;
  if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->to < y->to ? -1 : x->to > y->to;
}

static int collect_pairs(const dg_graph *g, pair_t **out, size_t *nout) {
  size_t ne = dg_graph_edge_count(g);
  pair_t *p = calloc(ne ? ne : 1, sizeof *p);
  if (!p) return -1;
  size_t n = 0;
  dg_hmap seen;
  dg_hmap_init(&seen);
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    uint32_t ab[2] = {e->source < e->target ? e->source : e->target,
                      e->source < e->target ? e->target : e->source};
    uint32_t *slot;
    int r = dg_hmap_put(&seen, (const char *)ab, sizeof ab, (uint32_t)n, &slot);
    if (r < 0) {
      dg_hmap_destroy(&seen);
      free_pairs(p, n);
      return -1;
    }
    size_t k = *slot;
    if (r == 1) {
      p[n].from = e->source;
      p[n].to = e->target;
      n++;
    }
    const dg_edge **ed = realloc(p[k].edges, (p[k].nedges + 1) * sizeof *ed);
    if (!ed) {
      dg_hmap_destroy(&seen);
      free_pairs(p, n);
      return -1;
    }
    p[k].edges = ed;
    ed[p[k].nedges++] = e;
    p[k].weight += e->weight;
    if (e->kind == DG_REL_CO_OCCURS) p[k].jaccard = e->jaccard;
    if (e->kind != DG_REL_CO_OCCURS && !p[k].typed) {
      p[k].typed = e;
      p[k].from = e->source; /* arrows follow the relation */
      p[k].to = e->target;
    }
  }
  dg_hmap_destroy(&seen);
  qsort(p, n, sizeof *p, pair_cmp);
  *out = p;
  *nout = n;
  return 0;
}

static size_t drawn_edges(const dg_graph *g, const dg_render_opts *o) {
  pair_t *p;
  size_t n;
  if (collect_pairs(g, &p, &n)) return dg_graph_edge_count(g);
  free_pairs(p, n);
  return o && o->max_edges && o->max_edges < n ? o->max_edges : n;
}

static Agraph_t *build(const dg_graph *g, const dg_render_opts *o, dg_error *err) {
  dg_render_opts def = {0};
  if (!o) o = &def;
  const char *font = o->fontname ? o->fontname : DEFAULT_FONT;
  /* Graphviz would print its warnings on stderr; a library must not (errors still come back
   * as return codes). */
  agseterr(AGMAX);
  Agraph_t *G = agopen((char *)"docgraph", Agundirected, NULL);
  if (!G) {
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  const char *layout = dg_render_layout(g, o);
  agattr(G, AGRAPH, (char *)"fontname", (char *)font);
  agattr(G, AGRAPH, (char *)"charset", (char *)"UTF-8");
  agattr(G, AGRAPH, (char *)"bgcolor", (char *)"white");
  agattr(G, AGRAPH, (char *)"pad", (char *)"0.3");
  agattr(G, AGRAPH, (char *)"overlap", (char *)(strcmp(layout, "dot") ? "prism" : "true"));
  agattr(G, AGRAPH, (char *)"outputorder", (char *)"edgesfirst");
  if (!strcmp(layout, "dot")) {
    agattr(G, AGRAPH, (char *)"rankdir", (char *)"LR");
    agattr(G, AGRAPH, (char *)"ranksep", (char *)"1.2");
    agattr(G, AGRAPH, (char *)"nodesep", (char *)"0.15");
  } else {
    /* Edges routed around nodes are the clearest, but the router's cost grows fast with
     * the number of edges (2 s at 200 edges, and curves are as slow): straight lines
     * beyond a hundred. */
    agattr(G, AGRAPH, (char *)"splines", (char *)(drawn_edges(g, o) <= 100 ? "true" : "false"));
    agattr(G, AGRAPH, (char *)"sep", (char *)"+6");
  }
  agattr(G, AGNODE, (char *)"fontname", (char *)font);
  agattr(G, AGNODE, (char *)"fontsize", (char *)"11");
  agattr(G, AGNODE, (char *)"shape", (char *)"ellipse");
  agattr(G, AGNODE, (char *)"style", (char *)"filled");
  agattr(G, AGNODE, (char *)"fillcolor", (char *)"#FFFFFF");
  agattr(G, AGNODE, (char *)"fontcolor", (char *)"#000000");
  agattr(G, AGNODE, (char *)"color", (char *)"#333333");
  agattr(G, AGNODE, (char *)"penwidth", (char *)"1");
  agattr(G, AGNODE, (char *)"margin", (char *)"0.05,0.03");
  agattr(G, AGNODE, (char *)"label", (char *)"\\N");
  agattr(G, AGNODE, (char *)"tooltip", (char *)"");
  agattr(G, AGNODE, (char *)"id", (char *)"");
  agattr(G, AGNODE, (char *)"width", (char *)"0.75");
  agattr(G, AGNODE, (char *)"height", (char *)"0.5");
  agattr(G, AGNODE, (char *)"fixedsize", (char *)"false");
  agattr(G, AGEDGE, (char *)"fontname", (char *)font);
  agattr(G, AGEDGE, (char *)"penwidth", (char *)"1");
  agattr(G, AGEDGE, (char *)"color", (char *)"#55555588");
  agattr(G, AGEDGE, (char *)"tooltip", (char *)"");
  agattr(G, AGEDGE, (char *)"weight", (char *)"1");

  size_t nv = dg_graph_vertex_count(g);
  Agnode_t **nodes = calloc(nv ? nv : 1, sizeof *nodes);
  if (!nodes) {
    agclose(G);
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  dg_buf lb, tb;
  dg_buf_init(&lb);
  dg_buf_init(&tb);
  unsigned types_present = 0;
  char num[64];
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    Agnode_t *n = agnode(G, (char *)v->id, 1);
    nodes[i] = n;
    types_present |= 1u << v->type;
    set(n, "label", vertex_label(v, o->labels, &lb));
    set(n, "shape", styles[v->type].shape);
    set(n, "style", styles[v->type].style);
    set(n, "fillcolor", styles[v->type].fill);
    set(n, "fontcolor", styles[v->type].font);
    dg_buf_clear(&tb);
    dg_buf_printf(&tb, "%s (%s): %u mention%s in %u document%s", v->label_en && *v->label_en ? v->label_en : v->label,
                  dg_type_name(v->type), v->mentions, v->mentions == 1 ? "" : "s", v->documents,
                  v->documents == 1 ? "" : "s");
    set(n, "tooltip", tb.data);
    set(n, "id", v->id);
    /* Bigger text for the entities everything hangs on. */
    double fs = round((10.0 + fmin(8.0, 40.0 * v->pagerank)) * 10) / 10;
    if (o->focus && !strcmp(o->focus, v->id)) { /* the centre of a focus view */
      fs = 18;
      set(n, "penwidth", "3");
      set(n, "color", "#000000");
    }
    snprintf(num, sizeof num, "%.1f", fs);
    set(n, "fontsize", num);
    double tw, th, fw, fh;
    label_extent(lb.data ? lb.data : "", fs, &tw, &th);
    shape_factor(styles[v->type].shape, &fw, &fh);
    snprintf(num, sizeof num, "%.2f", (tw + fs) * fw / 72.0);
    set(n, "width", num);
    snprintf(num, sizeof num, "%.2f", (th + 0.5 * fs) * fh / 72.0);
    set(n, "height", num);
    set(n, "fixedsize", "true");
  }
  unsigned kinds_present = 0;
  pair_t *pairs = NULL;
  size_t np = 0;
  if (collect_pairs(g, &pairs, &np)) {
    dg_buf_destroy(&lb);
    dg_buf_destroy(&tb);
    free(nodes);
    agclose(G);
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  size_t limit = o->max_edges ? o->max_edges : np;
  for (size_t i = 0; i < np && i < limit; i++) {
    const pair_t *p = &pairs[i];
    Agedge_t *ed = agedge(G, nodes[p->from], nodes[p->to], NULL, 1);
    if (!ed) continue;
    snprintf(num, sizeof num, "%.2f", fmin(8.0, 0.6 + 1.4 * log2(1.0 + p->weight)));
    set(ed, "penwidth", num);
    snprintf(num, sizeof num, "%.0f", p->weight);
    set(ed, "weight", num);
    dg_buf_clear(&tb);
    dg_buf_printf(&tb, "%s – %s:", dg_graph_vertex(g, p->from)->label,
                  dg_graph_vertex(g, p->to)->label);
    for (size_t k = 0; k < p->nedges; k++) {
      const dg_edge *e = p->edges[k];
      dg_buf_printf(&tb, "%s %s ×%.0f (%s) %s", k ? ";" : "", dg_rel_kind_name(e->kind), e->weight,
                    e->evidence, e->evidence_text ? e->evidence_text : "");
    }
    set(ed, "tooltip", tb.data);
    if (p->typed) {
      const dg_edge *t = p->typed;
      kinds_present |= 1u << t->kind;
      set(ed, "color", kind_styles[t->kind].color);
      set(ed, "style", kind_styles[t->kind].style);
      set(ed, "dir", "forward");
      set(ed, "arrowsize", "0.7");
      /* the kinds as a label of fixed size: see label_extent on why */
      dg_buf_clear(&lb);
      for (size_t k = 0; k < p->nedges; k++)
        if (p->edges[k]->kind != DG_REL_CO_OCCURS)
          dg_buf_printf(&lb, "%s%s", lb.len ? ", " : "", dg_rel_kind_name(p->edges[k]->kind));
      double lw, lh;
      label_extent(lb.data, 8.0, &lw, &lh);
      dg_buf_clear(&tb);
      dg_buf_printf(&tb,
                    "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" "
                    "WIDTH=\"%.0f\" HEIGHT=\"%.0f\"><FONT POINT-SIZE=\"8\" COLOR=\"%s\">%s</FONT></TD></TR>"
                    "</TABLE>",
                    lw + 4, lh, kind_styles[t->kind].color, lb.data);
      char *html = agstrdup_html(G, tb.data);
      agsafeset(ed, (char *)"label", html, (char *)"");
      agstrfree(G, html);
    }
  }
  free_pairs(pairs, np);
  /* The legend: the graph's label, an HTML-like table of fixed-size cells. A graph label
   * is placed after the layout, so it never moves a node, and fixed cells keep its size
   * independent of font measurements. */
  if (types_present) {
    dg_buf_clear(&tb);
    dg_buf_adds(&tb, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"2\"><TR>");
    double cw, ch;
    for (int t = 0; t < DG_TYPE_COUNT; t++)
      if (types_present & (1u << t)) {
        label_extent(dg_type_name((dg_type)t), 10.0, &cw, &ch);
        dg_buf_printf(&tb,
                      "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"18\" BGCOLOR=\"%s\">"
                      "<FONT COLOR=\"%s\" POINT-SIZE=\"10\">%s</FONT></TD>",
                      cw + 16, styles[t].fill, styles[t].font, dg_type_name((dg_type)t));
      }
    for (int k = 1; k < DG_REL_COUNT; k++)
      if (kinds_present & (1u << k)) {
        label_extent(dg_rel_kind_name((dg_rel_kind)k), 10.0, &cw, &ch);
        dg_buf_printf(&tb,
                      "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"18\" BORDER=\"0\">"
                      "<FONT COLOR=\"%s\" POINT-SIZE=\"10\">→ %s</FONT></TD>",
                      cw + 24, kind_styles[k].color, dg_rel_kind_name((dg_rel_kind)k));
      }
    dg_buf_adds(&tb, "</TR></TABLE>");
    char *html = agstrdup_html(G, tb.data);
    agsafeset(G, (char *)"label", html, (char *)"");
    agstrfree(G, html);
    agsafeset(G, (char *)"labelloc", (char *)"t", (char *)"");
    agsafeset(G, (char *)"labeljust", (char *)"l", (char *)"");
  }
  dg_buf_destroy(&lb);
  dg_buf_destroy(&tb);
  free(nodes);
  return G;
}

dg_err dg_render_dot(const dg_graph *g, const dg_render_opts *o, FILE *f, dg_error *err) {
  Agraph_t *G = build(g, o, err);
  if (!G) return err ? err->code : DG_EGRAPH;
  int r = agwrite(G, f);
  agclose(G);
  if (r != 0 || ferror(f)) return dg_error_set(err, DG_EIO, "write error in DOT");
  return DG_OK;
}

dg_err dg_render(const dg_graph *g, const dg_render_opts *o, const char *format, FILE *f,
                 dg_error *err) {
  Agraph_t *G = build(g, o, err);
  if (!G) return err ? err->code : DG_EGRAPH;
  GVC_t *gvc = gvContext();
  if (!gvc) {
    agclose(G);
    return dg_error_set(err, DG_EGRAPH, "Graphviz: cannot create a context");
  }
  const char *layout = dg_render_layout(g, o);
  dg_err r = DG_OK;
  if (gvLayout(gvc, G, layout) != 0) {
    r = dg_error_set(err, DG_EGRAPH, "Graphviz: layout %s failed", layout);
  } else {
    if (gvRender(gvc, G, format, f) != 0)
      r = dg_error_set(err, DG_EGRAPH, "Graphviz: cannot render %s (is the plugin installed?)",
                       format);
    gvFreeLayout(gvc, G);
  }
  agclose(G);
  gvFreeContext(gvc);
  if (r == DG_OK && ferror(f)) r = dg_error_set(err, DG_EIO, "write error in %s", format);
  return r;
}
