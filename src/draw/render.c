/* The whole-graph diagram (see docgraph/render.h): every vertex a node, styled by type or
 * community and sized to its label; one line per related pair (pairs.c), as wide as its ties
 * are heavy, coloured, labelled and directed by its typed relation; tooltips with the
 * sentences behind it; links into the report; the legend. Each step is one function below,
 * run in a fixed order, so the same graph gives the same DOT. */
#include "docgraph/render.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "draw/agraph.h"
#include "draw/label.h"
#include "draw/legend.h"
#include "draw/link.h"
#include "draw/output.h"
#include "draw/pairs.h"
#include "draw/style.h"

/* dot draws small graphs as clear layers; neato (stress majorization) gives the clearest
 * pictures of mid-sized undirected graphs; sfdp scales to thousands of vertices. The
 * thresholds come from bench/layouts.sh (see bench/RESULTS.md). */
#define DOT_MAX 12
#define SFDP_ABOVE 150
/* Lines routed around nodes (splines) up to this many drawn lines: the router is slow. */
#define SPLINES_MAX 50
/* Names on typed lines up to this many typed lines: more could not be read. */
#define KIND_LABELS_MAX 24
/* Documents and sentences listed in a tooltip. */
#define TOOLTIP_DOCS 8
#define TOOLTIP_SENTENCES 3

/* What the steps share while the diagram is made. */
typedef struct {
  const dg_graph *g;
  const dg_render_opts *o;
  Agraph_t *G;
  Agnode_t **nodes;      /* by vertex index */
  dg_buf lb, tb;         /* scratch: labels, tooltips and links */
  unsigned types, kinds; /* present, for the legend */
} diagram;

/* The layout asked for, else by vertex count: dot up to dot_max, neato up to sfdp_above,
 * sfdp beyond. */
const char *dg_render_layout(const dg_graph *g, const dg_render_opts *o) {
  if (o && o->layout && *o->layout) return o->layout;
  size_t nv = dg_graph_vertex_count(g);
  size_t dot_max = o && o->dot_max ? o->dot_max : DOT_MAX;
  size_t above = o && o->sfdp_above ? o->sfdp_above : SFDP_ABOVE;
  return nv <= dot_max ? "dot" : nv > above ? "sfdp" : "neato";
}

/* dot: left to right in layers; the others: a little room between nodes. */
static void graph_attributes(Agraph_t *G, const char *layout) {
  static const dgr_attr layered[] = {
      {"rankdir", "LR"}, {"ranksep", "0.9"}, {"nodesep", "0.25"}, {NULL, NULL}};
  static const dgr_attr spread[] = {{"sep", "+6"}, {NULL, NULL}};
  dgr_set_all(G, strcmp(layout, "dot") ? spread : layered);
}

/* ---- nodes ---- */

/* Fill and font colour by type (the default) or by community; the shape always says the
 * type. */
static void node_style(Agnode_t *n, const dg_vertex *v, dg_color_mode mode) {
  const dgr_style *st = dgr_type_style(v->type);
  dgr_set(n, "shape", st->shape);
  dgr_set(n, "style", st->style);
  const char *fill = st->fill, *font = st->font;
  if (mode == DG_COLOR_COMMUNITY) dgr_community_colors(v->community, &fill, &font);
  dgr_set(n, "fillcolor", fill);
  dgr_set(n, "fontcolor", font);
}

/* What it is, how often and where it is named:
 *   日本 (Japan)
 *   country · 9 mentions in 2 documents
 *   notes.txt */
static const char *node_tooltip(dg_buf *b, const dg_graph *g, const dg_vertex *v,
                                dg_color_mode mode) {
  dg_buf_clear(b);
  dg_buf_printf(b, "%s", v->label);
  if (*v->label_en && strcmp(v->label_en, v->label)) dg_buf_printf(b, " (%s)", v->label_en);
  dg_buf_printf(b, "\n%s · %u mention%s in %u document%s", dg_type_name(v->type), v->mentions,
                v->mentions == 1 ? "" : "s", v->documents, v->documents == 1 ? "" : "s");
  if (mode == DG_COLOR_COMMUNITY) dg_buf_printf(b, " · community %d", v->community);
  for (uint32_t k = 0; k < v->ndocs && k < TOOLTIP_DOCS; k++)
    dg_buf_printf(b, "\n%s", dg_graph_document(g, v->docs[k]));
  if (v->ndocs > TOOLTIP_DOCS) dg_buf_printf(b, "\n… %u more", v->ndocs - TOOLTIP_DOCS);
  return b->data;
}

/* Bigger text for the entities everything hangs on: 10 points, plus 40 per unit of
 * PageRank up to 8 more; the focus of a focus view at 18 points in a thick black outline. */
static double node_emphasis(Agnode_t *n, const dg_vertex *v, const char *focus) {
  double fs = round((10.0 + fmin(8.0, 40.0 * v->pagerank)) * 10) / 10;
  if (focus && !strcmp(focus, v->id)) {
    fs = 18;
    dgr_set(n, "penwidth", "3");
    dgr_set(n, "color", "#000000");
  }
  return fs;
}

/* Vertex i as a node: label, style, tooltip, link, emphasis and a size fitting the label. */
static void add_node(diagram *d, size_t i) {
  const dg_vertex *v = dg_graph_vertex(d->g, i);
  Agnode_t *n = agnode(d->G, (char *)v->id, 1);
  d->nodes[i] = n;
  d->types |= 1u << v->type;
  dgr_set(n, "label", dgr_vertex_label(v, d->o->labels, &d->lb));
  node_style(n, v, d->o->color);
  dgr_set(n, "tooltip", node_tooltip(&d->tb, d->g, v, d->o->color));
  dgr_node_link(n, v, d->o->link, &d->tb);
  double fs = node_emphasis(n, v, d->o->focus);
  char num[64];
  snprintf(num, sizeof num, "%.1f", fs);
  dgr_set(n, "fontsize", num);
  dgr_fix_size(n, d->lb.data ? d->lb.data : "", fs, dgr_type_style(v->type)->shape);
}

/* ---- lines ---- */

/* The line width for a pair's total weight: 0.6 + 1.4 log2(1 + weight) points, at most 8,
 * so weight 1 is 2 points and weight 7 is 4.8. */
static double line_width(double weight) { return fmin(8.0, 0.6 + 1.4 * log2(1.0 + weight)); }

/* Every relation of the pair and the first sentences behind each:
 *   日本 – ベトナム
 *   co_occurs ×7
 *     notes.txt:4: 日本とベトナムは港湾で協力する。
 *     … 6 more */
static const char *line_tooltip(dg_buf *b, const dg_graph *g, const dgr_pair *p) {
  dg_buf_clear(b);
  dg_buf_printf(b, "%s – %s", dg_graph_vertex(g, p->from)->label, dg_graph_vertex(g, p->to)->label);
  dg_textbuf text = {0}; /* a sentence read back ("" when it cannot be: the graph says why) */
  for (size_t k = 0; k < p->nedges; k++) {
    const dg_edge *e = &p->edges[k];
    uint32_t shown = e->nev < TOOLTIP_SENTENCES ? e->nev : TOOLTIP_SENTENCES;
    dg_buf_printf(b, "\n%s ×%.0f", dg_rel_kind_name(e->kind), e->weight);
    for (uint32_t x = 0; x < shown; x++) {
      char where[1200];
      dg_evref r = dg_graph_evidence(g, e->ev, x);
      dg_evref_where(g, &r, where, sizeof where);
      const char *s = dg_graph_sentence_text(g, r.sent, &text, NULL);
      dg_buf_printf(b, "\n  %s: %s", where, s ? s : "");
    }
    if (e->ev_total > TOOLTIP_SENTENCES) dg_buf_printf(b, "\n  … %u more", e->ev_total - shown);
  }
  free(text.s);
  return b->data;
}

/* The names of the pair's typed relations ("held_in, participates_in") as an HTML-like
 * label of fixed size (see dgr_label_extent on why) in the colour of the first. */
static void kind_label(diagram *d, Agedge_t *ed, const dgr_pair *p) {
  dg_buf_clear(&d->lb);
  for (size_t k = 0; k < p->nedges; k++)
    if (p->edges[k].kind != DG_REL_CO_OCCURS)
      dg_buf_printf(&d->lb, "%s%s", d->lb.len ? ", " : "", dg_rel_kind_name(p->edges[k].kind));
  double lw, lh;
  dgr_label_extent(d->lb.data, 8.0, &lw, &lh);
  dg_buf_clear(&d->tb);
  dg_buf_printf(
      &d->tb,
      "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" "
      "WIDTH=\"%.0f\" HEIGHT=\"%.0f\"><FONT POINT-SIZE=\"8\" COLOR=\"%s\">%s</FONT></TD></TR>"
      "</TABLE>",
      lw + 4, lh, dgr_kind_line(p->typed->kind)->color, d->lb.data);
  dgr_html_label(ed, d->G, d->tb.data);
}

/* A typed line: its kind's colour and dashes, an arrow along the relation, and its name. */
static void typed_line(diagram *d, Agedge_t *ed, const dgr_pair *p, int named) {
  const dgr_line *look = dgr_kind_line(p->typed->kind);
  d->kinds |= 1u << p->typed->kind;
  dgr_set(ed, "color", look->color);
  dgr_set(ed, "style", look->style);
  dgr_set(ed, "dir", "forward");
  dgr_set(ed, "arrowsize", "0.7");
  if (named) kind_label(d, ed, p);
}

/* Pair p as a line: width and rank weight by its weight, tooltip, class, link, and the
 * look of its typed relation when it has one. */
static void add_line(diagram *d, const dgr_pair *p, int named) {
  Agedge_t *ed = agedge(d->G, d->nodes[p->from], d->nodes[p->to], NULL, 1);
  if (!ed) return;
  char num[64];
  snprintf(num, sizeof num, "%.2f", line_width(p->weight));
  dgr_set(ed, "penwidth", num);
  snprintf(num, sizeof num, "%.0f", p->weight);
  dgr_set(ed, "weight", num);
  const char *tip = line_tooltip(&d->tb, d->g, p);
  dgr_set(ed, "tooltip", tip);
  dgr_set(ed, "labeltooltip", tip);
  dgr_set(ed, "class", p->typed ? dg_rel_kind_name(p->typed->kind) : "co_occurs");
  if (d->o->link) {
    dg_buf_clear(&d->tb);
    dgr_set(ed, "URL",
            dgr_link(&d->tb, d->o->link, dg_graph_vertex(d->g, p->from)->id,
                     dg_graph_vertex(d->g, p->to)->id));
  }
  if (p->typed) typed_line(d, ed, p, named);
}

/* The lines chosen under max_edges. Edges routed around nodes are the clearest, but the
 * router's cost grows fast with the number of lines (0.6 s at 40, 3 s at 80;
 * bench/layouts.py): straight lines beyond SPLINES_MAX. Typed lines are named while there
 * are few enough to read. */
static int add_lines(diagram *d, const char *layout) {
  dgr_pair *pairs = NULL;
  size_t np = 0;
  if (dgr_pairs_collect(d->g, &pairs, &np)) return -1;
  char *draw = calloc(np ? np : 1, 1);
  size_t ndraw =
      draw ? dgr_pairs_choose(pairs, np, dg_graph_vertex_count(d->g), d->o->max_edges, draw)
           : (size_t)-1;
  if (ndraw == (size_t)-1) {
    free(draw);
    dgr_pairs_free(pairs, np);
    return -1;
  }
  if (strcmp(layout, "dot")) dgr_set(d->G, "splines", ndraw <= SPLINES_MAX ? "true" : "false");
  size_t ntyped = 0;
  for (size_t i = 0; i < np; i++) ntyped += draw[i] && pairs[i].typed;
  int named = !d->o->no_edge_labels && ntyped <= KIND_LABELS_MAX;
  for (size_t i = 0; i < np; i++)
    if (draw[i]) add_line(d, &pairs[i], named);
  free(draw);
  dgr_pairs_free(pairs, np);
  return 0;
}

/* ---- the diagram ---- */

/* The graph g as a cgraph graph styled for drawing with o, or NULL with err set. */
static Agraph_t *build(const dg_graph *g, const dg_render_opts *o, dg_error *err) {
  const char *layout = dg_render_layout(g, o);
  size_t nv = dg_graph_vertex_count(g);
  diagram d = {.g = g, .o = o};
  d.G = dgr_open("docgraph", 0, layout, o->fontname);
  if (!d.G) {
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  graph_attributes(d.G, layout);
  dg_buf_init(&d.lb);
  dg_buf_init(&d.tb);
  d.nodes = calloc(nv ? nv : 1, sizeof *d.nodes);
  int fail = !d.nodes;
  for (size_t i = 0; i < nv && !fail; i++) add_node(&d, i);
  if (!fail) fail = add_lines(&d, layout);
  if (!fail) dgr_legend(d.G, o->title, o->color == DG_COLOR_COMMUNITY ? 0 : d.types, d.kinds);
  dg_buf_destroy(&d.lb);
  dg_buf_destroy(&d.tb);
  free(d.nodes);
  if (fail) {
    agclose(d.G);
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  return d.G;
}

/* Build, lay out once, write every format, close: all with Graphviz quiet. */
dg_err dg_render_formats(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                         FILE *const *out, size_t n, dg_error *err) {
  dg_render_opts def = {0};
  if (!o) o = &def;
  dgr_quiet q;
  dgr_quiet_begin(&q);
  Agraph_t *G = build(g, o, err);
  dg_err r = G     ? dgr_output_hooked(G, dg_render_layout(g, o), o, formats, out, n, err)
             : err ? err->code
                   : DG_EGRAPH;
  if (G) agclose(G);
  dgr_quiet_end(&q);
  return r != DG_OK ? r : dg_graph_texts_failed(g, err); /* a tooltip's sentence */
}
