/* Diagrams through Graphviz (see docgraph/render.h). One gvc context per call: no state
 * survives between calls. Style tables by type and kind are data, kept together at the
 * top; the helpers shared with the views (views.c) are declared in render_int.h. */
#include "docgraph/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "draw/render_int.h"
#include "base/utf8.h"

static const dgr_style styles[DG_TYPE_COUNT] = {
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

/* Communities (--color community): Paul Tol's muted scheme, told apart with colour-blind
 * vision; the tenth and later communities share grey. */
static const struct {
  const char *fill, *font;
} community_colors[] = {
    {"#CC6677", "#000000"}, {"#332288", "#FFFFFF"}, {"#DDCC77", "#000000"}, {"#117733", "#FFFFFF"},
    {"#88CCEE", "#000000"}, {"#882255", "#FFFFFF"}, {"#44AA99", "#000000"}, {"#999933", "#000000"},
    {"#AA4499", "#FFFFFF"}, {"#DDDDDD", "#000000"},
};
#define NCOMMUNITY_COLORS (sizeof community_colors / sizeof *community_colors)

/* dot draws small graphs as clear layers; neato (stress majorization) gives the clearest
 * pictures of mid-sized undirected graphs; sfdp scales to thousands of vertices. The
 * thresholds come from bench/layouts.sh (see bench/RESULTS.md). */
#define DOT_MAX 12
#define SFDP_ABOVE 150
/* Lines routed around nodes (splines) up to this many drawn lines: the router is slow. */
#define SPLINES_MAX 50

const dgr_style *dgr_type_style(dg_type t) { return &styles[t < DG_TYPE_COUNT ? t : DG_TYPE_STOP]; }
const char *dgr_kind_style(dg_rel_kind k) { return kind_styles[k < DG_REL_COUNT ? k : 0].style; }
const char *dg_render_type_color(dg_type t) { return dgr_type_style(t)->fill; }

/* Without the alpha of co-occurrence lines. */
const char *dg_render_kind_color(dg_rel_kind k) {
  return k == DG_REL_CO_OCCURS ? "#555555" : k < DG_REL_COUNT ? kind_styles[k].color : "#000000";
}

const char *dg_render_layout(const dg_graph *g, const dg_render_opts *o) {
  if (o && o->layout && *o->layout) return o->layout;
  size_t nv = dg_graph_vertex_count(g);
  size_t dot_max = o && o->dot_max ? o->dot_max : DOT_MAX;
  size_t above = o && o->sfdp_above ? o->sfdp_above : SFDP_ABOVE;
  return nv <= dot_max ? "dot" : nv > above ? "sfdp" : "neato";
}

void dgr_set(void *obj, const char *k, const char *v) { agsafeset(obj, (char *)k, (char *)v, ""); }
/* ---- shared helpers (render_int.h) ---- */

void dgr_wrap(dg_buf *b, const char *s, int width, const char *nl, int html) {
  const char *e = s + strlen(s);
  int col = 0;
  while (s < e) {
    uint32_t cp;
    int l = dg_utf8_decode(s, e, &cp);
    if (l == 0) l = 1;
    int wide = cp >= 0x1100;
    if (cp == ' ' && col >= width) {
      dg_buf_adds(b, nl);
      col = 0;
      s++;
      continue;
    }
    if (wide && col >= width) {
      dg_buf_adds(b, nl);
      col = 0;
    }
    if (html && (cp == '<' || cp == '>' || cp == '&' || cp == '"')) {
      dg_buf_adds(b, cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : cp == '&' ? "&amp;" : "&quot;");
    } else if (!html && cp == '\\') {
      dg_buf_adds(b, "\\\\");
    } else {
      dg_buf_add(b, s, (size_t)l);
    }
    col += wide ? 2 : 1;
    s += l;
  }
}

void dgr_html_escape(dg_buf *b, const char *s) { dgr_wrap(b, s, 1 << 30, "", 1); }

/* Node sizes come from our own estimate of the label's extent, not from the font
 * library: Graphviz would measure text through pango and fontconfig, whose answers differ
 * in the last digit from run to run (cache state) and from machine to machine (fonts), and
 * the layout, and so the output bytes, with them. */
void dgr_label_extent(const char *s, double fontsize, double *w, double *h) {
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

void dgr_fix_size(Agnode_t *n, const char *label, double fs, const char *shape) {
  char num[32];
  double tw, th, fw, fh;
  dgr_label_extent(label, fs, &tw, &th);
  shape_factor(shape, &fw, &fh);
  snprintf(num, sizeof num, "%.2f", (tw + fs) * fw / 72.0);
  dgr_set(n, "width", num);
  snprintf(num, sizeof num, "%.2f", (th + 0.5 * fs) * fh / 72.0);
  dgr_set(n, "height", num);
  dgr_set(n, "fixedsize", "true");
}

const char *dgr_label_of(const dg_vertex *v, dg_label_mode mode) {
  return (mode == DG_LABEL_EN && *v->label_en) || !*v->label ? v->label_en : v->label;
}

const char *dgr_vertex_label(const dg_vertex *v, dg_label_mode mode, dg_buf *b) {
  dg_buf_clear(b);
  const char *ja = v->label, *en = v->label_en;
  if (mode == DG_LABEL_BOTH && *en && *ja && strcmp(ja, en) != 0) {
    dgr_wrap(b, ja, 24, "\n", 0);
    dg_buf_addc(b, '\n');
    dgr_wrap(b, en, 24, "\n", 0);
  } else {
    dgr_wrap(b, dgr_label_of(v, mode), 24, "\n", 0);
  }
  return b->data ? b->data : "";
}

void dgr_url_id(dg_buf *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == ':')
      dg_buf_addc(b, (char)c);
    else {
      dg_buf_addc(b, '%');
      dg_buf_addc(b, hex[c >> 4]);
      dg_buf_addc(b, hex[c & 15]);
    }
  }
}

const char *dgr_link(dg_buf *b, const char *page, const char *id, const char *id2) {
  dg_buf_printf(b, "%s#%s=", page, id2 ? "edge" : "node");
  dgr_url_id(b, id);
  if (id2) {
    dg_buf_addc(b, ',');
    dgr_url_id(b, id2);
  }
  return b->data;
}

void dgr_html_label(void *obj, Agraph_t *G, const char *html) {
  char *h = agstrdup_html(G, (char *)html);
  agsafeset(obj, (char *)"label", h, (char *)"");
  agstrfree(G, h);
}

/* Object ids by order of creation. cgraph's own discipline makes a name's id the address
 * of its interned string and keeps subgraphs in id order, so clusters would come out in
 * an order that changes with the heap from run to run; anonymous ids come from a counter
 * shared by all graphs of the process. Here both are the graph's own: the i-th name is
 * 2i+2 (even, as cgraph expects of names), anonymous objects count 1, 3, 5, ... */
typedef struct {
  Agraph_t *g;
  dg_hmap map; /* name -> index */
  DG_VEC(char *) names; /* cgraph's own strings (agstrdup), freed with the graph */
  IDTYPE anon;
} idstate;

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  idstate *st = calloc(1, sizeof *st);
  if (st) {
    st->g = g;
    dg_hmap_init(&st->map);
    st->anon = 1;
  }
  return st;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  idstate *st = state;
  (void)objtype;
  if (!str) {
    *id = st->anon;
    st->anon += 2;
    return 1;
  }
  uint32_t *slot = dg_hmap_get(&st->map, str, strlen(str));
  if (slot) {
    *id = 2 * (IDTYPE)*slot + 2;
    return 1;
  }
  if (!createflag) return 0;
  /* an interned string, as cgraph's writer tells HTML names from others by its flag */
  char *copy = agstrdup(st->g, str);
  if (!copy || DG_PUSH(st->names, copy) ||
      dg_hmap_put(&st->map, copy, strlen(copy), (uint32_t)(st->names.n - 1), &slot) < 0)
    return 0;
  *id = 2 * (IDTYPE)(st->names.n - 1) + 2;
  return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request) {
  (void)state;
  (void)objtype;
  (void)request;
  return 0;
}

static void id_free(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id; /* names live until the graph is closed */
}

static char *id_print(void *state, int objtype, IDTYPE id) {
  idstate *st = state;
  (void)objtype;
  if (id % 2 || id < 2 || (id - 2) / 2 >= st->names.n) return NULL;
  return st->names.v[(id - 2) / 2];
}

static void id_close(void *state) {
  idstate *st = state;
  free(st->names.v);
  dg_hmap_destroy(&st->map);
  free(st);
}

static void id_register(void *state, int objtype, void *obj) {
  (void)state;
  (void)objtype;
  (void)obj;
}

/* Constant tables (cgraph's API takes them by non-const pointer). */
static Agiddisc_t seq_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
static Agdisc_t seq_disc = {&AgMemDisc, &seq_ids, &AgIoDisc};

Agraph_t *dgr_open(const char *name, int directed, const char *layout, const char *font) {
  /* Graphviz would print its warnings on stderr; a library must not (errors still come back
   * as return codes). */
  agseterr(AGMAX);
  Agraph_t *G = agopen((char *)name, directed ? Agdirected : Agundirected, &seq_disc);
  if (!G) return NULL;
  agattr(G, AGRAPH, (char *)"fontname", (char *)font);
  agattr(G, AGRAPH, (char *)"charset", (char *)"UTF-8");
  agattr(G, AGRAPH, (char *)"bgcolor", (char *)"white");
  agattr(G, AGRAPH, (char *)"pad", (char *)"0.3");
  agattr(G, AGRAPH, (char *)"overlap", (char *)(strcmp(layout, "dot") ? "prism" : "true"));
  agattr(G, AGRAPH, (char *)"outputorder", (char *)"edgesfirst");
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
  agattr(G, AGNODE, (char *)"class", (char *)"");
  agattr(G, AGNODE, (char *)"URL", (char *)"");
  agattr(G, AGNODE, (char *)"width", (char *)"0.75");
  agattr(G, AGNODE, (char *)"height", (char *)"0.5");
  agattr(G, AGNODE, (char *)"fixedsize", (char *)"false");
  agattr(G, AGEDGE, (char *)"fontname", (char *)font);
  agattr(G, AGEDGE, (char *)"fontsize", (char *)"8");
  agattr(G, AGEDGE, (char *)"penwidth", (char *)"1");
  agattr(G, AGEDGE, (char *)"color", (char *)"#55555588");
  agattr(G, AGEDGE, (char *)"tooltip", (char *)"");
  agattr(G, AGEDGE, (char *)"labeltooltip", (char *)"");
  agattr(G, AGEDGE, (char *)"weight", (char *)"1");
  agattr(G, AGEDGE, (char *)"class", (char *)"");
  agattr(G, AGEDGE, (char *)"URL", (char *)"");
  return G;
}

static double legend_width(const char *text, int border) {
  double cw, ch;
  dgr_label_extent(text, 10.0, &cw, &ch);
  return round(cw + (border ? 16 : 24));
}

/* A legend cell: fixed size, so its extent does not depend on font measurements. */
static void legend_cell(dg_buf *b, const char *text, const char *bg, const char *fg, int border) {
  dg_buf_printf(b, "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"18\"%s%s%s%s>"
                   "<FONT COLOR=\"%s\" POINT-SIZE=\"10\">",
                legend_width(text, border), bg ? " BGCOLOR=\"" : "", bg ? bg : "", bg ? "\"" : "",
                border ? "" : " BORDER=\"0\"", fg);
  dgr_html_escape(b, text);
  dg_buf_adds(b, "</FONT></TD>");
}

/* The legend is the graph's label, placed after the layout, so it never moves a node. */
void dgr_legend(Agraph_t *G, const char *caption, unsigned types, unsigned kinds) {
  if (!types && !kinds && !caption) return;
  dg_buf b;
  dg_buf_init(&b);
  /* a caption line, then a row of fixed-size cells: two tables, so a long caption does
   * not stretch the cells */
  dg_buf_adds(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
  if (caption) {
    double cw, ch;
    dgr_label_extent(caption, 12.0, &cw, &ch);
    dg_buf_printf(&b, "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\" ALIGN=\"LEFT\">"
                      "<FONT POINT-SIZE=\"12\">",
                  cw + 8, ch + 4);
    dgr_html_escape(&b, caption);
    dg_buf_adds(&b, "</FONT></TD></TR>");
  }
  if (types || kinds) {
    /* the row's own width, so a wider caption does not stretch it */
    double total = 3;
    for (int t = 0; t < DG_TYPE_COUNT; t++)
      if (types & (1u << t)) total += legend_width(dg_type_name((dg_type)t), 1) + 3;
    for (int k = 1; k < DG_REL_COUNT; k++)
      if (kinds & (1u << k)) {
        char txt[64];
        snprintf(txt, sizeof txt, "→ %s", dg_rel_kind_name((dg_rel_kind)k));
        total += legend_width(txt, 0) + 3;
      }
    dg_buf_printf(&b, "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" "
                      "CELLPADDING=\"2\" FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"24\"><TR>",
                  total);
    for (int t = 0; t < DG_TYPE_COUNT; t++)
      if (types & (1u << t)) legend_cell(&b, dg_type_name((dg_type)t), styles[t].fill, styles[t].font, 1);
    for (int k = 1; k < DG_REL_COUNT; k++)
      if (kinds & (1u << k)) {
        char txt[64];
        snprintf(txt, sizeof txt, "→ %s", dg_rel_kind_name((dg_rel_kind)k));
        legend_cell(&b, txt, NULL, kind_styles[k].color, 0);
      }
    dg_buf_adds(&b, "</TR></TABLE></TD></TR>");
  }
  dg_buf_adds(&b, "</TABLE>");
  if (b.data) {
    dgr_html_label(G, G, b.data);
    agsafeset(G, (char *)"labelloc", (char *)"t", (char *)"");
    agsafeset(G, (char *)"labeljust", (char *)"l", (char *)"");
  }
  dg_buf_destroy(&b);
}

struct dg_renderer {
  GVC_t *gvc;
};

dg_err dg_renderer_new(dg_renderer **out, dg_error *err) {
  dg_renderer *r = calloc(1, sizeof *r);
  if (!r) return dg_error_set(err, DG_ENOMEM, "out of memory");
  agseterr(AGMAX);
  r->gvc = gvContext();
  if (!r->gvc) {
    free(r);
    return dg_error_set(err, DG_EGRAPH, "Graphviz: cannot create a context");
  }
  *out = r;
  return DG_OK;
}

void dg_renderer_free(dg_renderer *r) {
  if (!r) return;
  gvFreeContext(r->gvc);
  free(r);
}

dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *rdr, dg_error *err) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(formats[i], "dot") && (agwrite(G, out[i]) != 0 || ferror(out[i])))
      return dg_error_set(err, DG_EIO, "write error in DOT");
  int drawn = 0;
  for (size_t i = 0; i < n; i++) drawn |= strcmp(formats[i], "dot") != 0;
  if (!drawn) return DG_OK;
  GVC_t *gvc = rdr ? rdr->gvc : gvContext();
  if (!gvc) return dg_error_set(err, DG_EGRAPH, "Graphviz: cannot create a context");
  dg_err r = DG_OK;
  if (gvLayout(gvc, G, layout) != 0) {
    r = dg_error_set(err, DG_EGRAPH, "Graphviz: layout %s failed", layout);
  } else {
    for (size_t i = 0; i < n && r == DG_OK; i++) {
      if (!strcmp(formats[i], "dot")) continue;
      if (gvRender(gvc, G, formats[i], out[i]) != 0)
        r = dg_error_set(err, DG_EGRAPH, "Graphviz: cannot render %s (is the plugin installed?)",
                         formats[i]);
      else if (ferror(out[i]))
        r = dg_error_set(err, DG_EIO, "write error in %s", formats[i]);
    }
    gvFreeLayout(gvc, G);
  }
  if (!rdr) gvFreeContext(gvc);
  return r;
}

/* ---- the graph as a diagram ---- */

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

static Agraph_t *build(const dg_graph *g, const dg_render_opts *o, dg_error *err) {
  dg_render_opts def = {0};
  if (!o) o = &def;
  const char *font = o->fontname ? o->fontname : DGR_DEFAULT_FONT;
  const char *layout = dg_render_layout(g, o);
  Agraph_t *G = dgr_open("docgraph", 0, layout, font);
  if (!G) {
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  if (!strcmp(layout, "dot")) {
    agsafeset(G, (char *)"rankdir", (char *)"LR", (char *)"");
    agsafeset(G, (char *)"ranksep", (char *)"0.9", (char *)"");
    agsafeset(G, (char *)"nodesep", (char *)"0.25", (char *)"");
  } else {
    agsafeset(G, (char *)"sep", (char *)"+6", (char *)"");
  }
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
    dgr_set(n, "label", dgr_vertex_label(v, o->labels, &lb));
    dgr_set(n, "shape", styles[v->type].shape);
    dgr_set(n, "style", styles[v->type].style);
    if (o->color == DG_COLOR_COMMUNITY) {
      size_t c = v->community >= 0 && (size_t)v->community < NCOMMUNITY_COLORS
                     ? (size_t)v->community
                     : NCOMMUNITY_COLORS - 1;
      dgr_set(n, "fillcolor", community_colors[c].fill);
      dgr_set(n, "fontcolor", community_colors[c].font);
    } else {
      dgr_set(n, "fillcolor", styles[v->type].fill);
      dgr_set(n, "fontcolor", styles[v->type].font);
    }
    /* the tooltip: what it is, how often and where it is named */
    dg_buf_clear(&tb);
    dg_buf_printf(&tb, "%s", v->label);
    if (*v->label_en && strcmp(v->label_en, v->label)) dg_buf_printf(&tb, " (%s)", v->label_en);
    dg_buf_printf(&tb, "\n%s · %u mention%s in %u document%s", dg_type_name(v->type), v->mentions,
                  v->mentions == 1 ? "" : "s", v->documents, v->documents == 1 ? "" : "s");
    if (o->color == DG_COLOR_COMMUNITY) dg_buf_printf(&tb, " · community %d", v->community);
    for (uint32_t k = 0; k < v->ndocs && k < 8; k++)
      dg_buf_printf(&tb, "\n%s", dg_graph_document(g, v->docs[k]));
    if (v->ndocs > 8) dg_buf_printf(&tb, "\n… %u more", v->ndocs - 8);
    dgr_set(n, "tooltip", tb.data);
    dgr_set(n, "id", v->id);
    dgr_set(n, "class", dg_type_name(v->type));
    if (o->link) {
      dg_buf_clear(&tb);
      dgr_set(n, "URL", dgr_link(&tb, o->link, v->id, NULL));
    }
    /* Bigger text for the entities everything hangs on. */
    double fs = round((10.0 + fmin(8.0, 40.0 * v->pagerank)) * 10) / 10;
    if (o->focus && !strcmp(o->focus, v->id)) { /* the centre of a focus view */
      fs = 18;
      dgr_set(n, "penwidth", "3");
      dgr_set(n, "color", "#000000");
    }
    snprintf(num, sizeof num, "%.1f", fs);
    dgr_set(n, "fontsize", num);
    dgr_fix_size(n, lb.data ? lb.data : "", fs, styles[v->type].shape);
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
  /* Which pairs are drawn: within the limit, first every entity's strongest tie (so no
   * entity is left floating when it has one), then the strongest of the rest. */
  size_t limit = o->max_edges && o->max_edges < np ? o->max_edges : np;
  char *draw = calloc(np ? np : 1, 1), *tied = calloc(nv ? nv : 1, 1);
  if (!draw || !tied) {
    free(draw);
    free(tied);
    free_pairs(pairs, np);
    dg_buf_destroy(&lb);
    dg_buf_destroy(&tb);
    free(nodes);
    agclose(G);
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  size_t ndraw = 0, ntyped = 0;
  if (limit < np) {
    for (size_t i = 0; i < np && ndraw < limit; i++)
      if (!tied[pairs[i].from] || !tied[pairs[i].to]) {
        draw[i] = 1;
        tied[pairs[i].from] = tied[pairs[i].to] = 1;
        ndraw++;
      }
  }
  for (size_t i = 0; i < np && ndraw < limit; i++)
    if (!draw[i]) draw[i] = 1, ndraw++;
  /* Edges routed around nodes are the clearest, but the router's cost grows fast with the
   * number of lines (0.6 s at 40, 3 s at 80; bench/layouts.py): straight lines beyond
   * SPLINES_MAX. */
  if (strcmp(layout, "dot"))
    agsafeset(G, (char *)"splines", (char *)(ndraw <= SPLINES_MAX ? "true" : "false"), (char *)"");
  for (size_t i = 0; i < np; i++) ntyped += draw[i] && pairs[i].typed;
  /* the names of typed ties, while they are few enough to read */
  int kind_labels = !o->no_edge_labels && ntyped <= 24;
  for (size_t i = 0; i < np; i++) {
    if (!draw[i]) continue;
    const pair_t *p = &pairs[i];
    Agedge_t *ed = agedge(G, nodes[p->from], nodes[p->to], NULL, 1);
    if (!ed) continue;
    snprintf(num, sizeof num, "%.2f", fmin(8.0, 0.6 + 1.4 * log2(1.0 + p->weight)));
    dgr_set(ed, "penwidth", num);
    snprintf(num, sizeof num, "%.0f", p->weight);
    dgr_set(ed, "weight", num);
    /* the tooltip: every relation of the pair and the sentences behind it */
    dg_buf_clear(&tb);
    dg_buf_printf(&tb, "%s – %s", dg_graph_vertex(g, p->from)->label, dg_graph_vertex(g, p->to)->label);
    for (size_t k = 0; k < p->nedges; k++) {
      const dg_edge *e = p->edges[k];
      dg_buf_printf(&tb, "\n%s ×%.0f", dg_rel_kind_name(e->kind), e->weight);
      for (uint32_t x = 0; x < e->nev && x < 3; x++)
        dg_buf_printf(&tb, "\n  %s:%u: %s", dg_graph_document(g, e->ev[x].doc), e->ev[x].line,
                      e->ev[x].text);
      if (e->ev_total > 3) dg_buf_printf(&tb, "\n  … %u more", e->ev_total - (e->nev < 3 ? e->nev : 3));
    }
    dgr_set(ed, "tooltip", tb.data);
    dgr_set(ed, "labeltooltip", tb.data);
    dgr_set(ed, "class", p->typed ? dg_rel_kind_name(p->typed->kind) : "co_occurs");
    if (o->link) {
      dg_buf_clear(&tb);
      dgr_set(ed, "URL", dgr_link(&tb, o->link, dg_graph_vertex(g, p->from)->id, dg_graph_vertex(g, p->to)->id));
    }
    if (p->typed) {
      const dg_edge *t = p->typed;
      kinds_present |= 1u << t->kind;
      dgr_set(ed, "color", kind_styles[t->kind].color);
      dgr_set(ed, "style", kind_styles[t->kind].style);
      dgr_set(ed, "dir", "forward");
      dgr_set(ed, "arrowsize", "0.7");
      if (!kind_labels) continue;
      /* the kinds as a label of fixed size: see dgr_label_extent on why */
      dg_buf_clear(&lb);
      for (size_t k = 0; k < p->nedges; k++)
        if (p->edges[k]->kind != DG_REL_CO_OCCURS)
          dg_buf_printf(&lb, "%s%s", lb.len ? ", " : "", dg_rel_kind_name(p->edges[k]->kind));
      double lw, lh;
      dgr_label_extent(lb.data, 8.0, &lw, &lh);
      dg_buf_clear(&tb);
      dg_buf_printf(&tb,
                    "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" "
                    "WIDTH=\"%.0f\" HEIGHT=\"%.0f\"><FONT POINT-SIZE=\"8\" COLOR=\"%s\">%s</FONT></TD></TR>"
                    "</TABLE>",
                    lw + 4, lh, kind_styles[t->kind].color, lb.data);
      dgr_html_label(ed, G, tb.data);
    }
  }
  free(draw);
  free(tied);
  free_pairs(pairs, np);
  if (o->color == DG_COLOR_COMMUNITY) types_present = 0; /* the colours say community */
  dgr_legend(G, o->title, types_present, kinds_present);
  dg_buf_destroy(&lb);
  dg_buf_destroy(&tb);
  free(nodes);
  return G;
}

dg_err dg_render_formats(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                         FILE *const *out, size_t n, dg_error *err) {
  Agraph_t *G = build(g, o, err);
  if (!G) return err ? err->code : DG_EGRAPH;
  dg_err r = dgr_output(G, dg_render_layout(g, o), formats, out, n, o ? o->renderer : NULL, err);
  agclose(G);
  return r;
}
