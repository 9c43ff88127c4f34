/* The funding view: each program or meeting with amounts as a card with its totals per
 * currency ("total JPY 40,002,500,000 (2)"), each amount beside it with its normalized value,
 * and the meetings where the programs were announced or adopted to the left. Amounts come
 * from the vertices' typed values (dg_value), never from their ids. Laid out by dot, each
 * connected part apart, the parts packed in a grid. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw/bound.h"
#include "draw/card.h"
#include "draw/label.h"
#include "draw/legend.h"
#include "draw/link.h"
#include "draw/style.h"
#include "draw/views_int.h"

/* Currencies totalled per card; more are left out. */
#define MAX_CURRENCIES 8

/* Programs, meetings and amounts, tied by amount, announced_at and adopted_at. */
static void funding_filter(dg_graph_filter *f) {
  f->types = DGR_T(PROGRAM) | DGR_T(MEETING) | DGR_T(AMOUNT);
  f->kinds = DGR_K(AMOUNT) | DGR_K(ANNOUNCED_AT) | DGR_K(ADOPTED_AT);
}

/* ---- amounts ---- */

/* The currency and the value(s) an amount vertex stands for (hi == lo without a range). */
static int vertex_amount(const dg_vertex *v, char cur[8], double *lo, double *hi) {
  if (v->type != DG_TYPE_AMOUNT || !v->value.currency[0]) return 0;
  memcpy(cur, v->value.currency, sizeof v->value.currency);
  *lo = dg_decimal_to_double(v->value.amount);
  *hi = v->value.has_range ? dg_decimal_to_double(v->value.amount_max) : *lo;
  return 1;
}

/* 40000000000 -> 40,000,000,000 (fractions, rare in amounts, keep two digits: 2.25). */
static void grouped(dg_buf *b, double v) {
  char digits[64];
  snprintf(digits, sizeof digits, "%.0f", floor(v));
  size_t n = strlen(digits);
  for (size_t i = 0; i < n; i++) {
    if (i && (n - i) % 3 == 0) dg_buf_addc(b, ',');
    dg_buf_addc(b, digits[i]);
  }
  double frac = v - floor(v);
  if (frac > 0.005) dg_buf_printf(b, ".%02.0f", frac * 100);
}

/* A value or a range: 2,500,000 or 1,000,000–2,500,000. */
static void grouped_range(dg_buf *b, double lo, double hi) {
  grouped(b, lo);
  if (hi != lo) {
    dg_buf_adds(b, "–");
    grouped(b, hi);
  }
}

typedef struct {
  char cur[8];
  double lo, hi;         /* sums of the low and high ends of the amounts that are no total */
  double cum_lo, cum_hi; /* the largest running total (累計, cumulative), 0 when none */
  int n;                 /* amounts tied */
} total;

/* The total a card shows: the sum of its amounts, or its largest running total when that
 * is larger, since a running total already holds the pledges before it (initial US$70
 * million and cumulative US$860 million make 860 million, not 930). Returns 1 when the
 * running total is shown. */
static int shown_total(const total *t, double *lo, double *hi) {
  int cum = t->cum_lo > 0 && t->cum_lo >= t->lo;
  *lo = cum ? t->cum_lo : t->lo;
  *hi = cum ? t->cum_hi : t->hi;
  return cum;
}

/* The totals per currency of the amounts tied to vertex v, in order of first appearance;
 * returns how many currencies (at most MAX_CURRENCIES). */
static int currency_totals(const dg_graph *g, size_t v, total tot[MAX_CURRENCIES]) {
  int nt = 0;
  size_t first, n = dg_graph_edges_from(g, v, &first);
  for (size_t i = first; i < first + n; i++) {
    const dg_edge e = dg_graph_edge(g, i);
    char cur[8];
    double lo, hi;
    if (e.kind != DG_REL_AMOUNT || !vertex_amount(dg_graph_vertex(g, e.target), cur, &lo, &hi))
      continue;
    int k = 0;
    while (k < nt && strcmp(tot[k].cur, cur)) k++;
    if (k == nt) {
      if (nt == MAX_CURRENCIES) continue;
      memset(&tot[nt], 0, sizeof tot[nt]);
      memcpy(tot[nt].cur, cur, sizeof cur);
      nt++;
    }
    if (dg_graph_vertex(g, e.target)->value.cumulative) {
      if (lo > tot[k].cum_lo) tot[k].cum_lo = lo, tot[k].cum_hi = hi;
    } else {
      tot[k].lo += lo;
      tot[k].hi += hi;
    }
    tot[k].n++;
  }
  return nt;
}

/* ---- nodes and lines ---- */

/* What drawing the view shares. */
typedef struct {
  const dg_graph *g;
  const dg_render_opts *o;
  Agraph_t *G;
  Agnode_t **nodes; /* by vertex index, NULL until drawn */
  dg_buf lb, tmp;
} funding;

/* Program or meeting v as a card: its name, then a row per currency:
 * "total JPY 40,002,500,000 (2)" ("計" in Japanese), "cumulative USD 860,000,000 (3)"
 * ("累計") when a running total stands for the amounts. */
static void funded_card(funding *f, size_t v) {
  const dg_vertex *x = dg_graph_vertex(f->g, v);
  total tot[MAX_CURRENCIES];
  int nt = currency_totals(f->g, v, tot);
  Agnode_t *n = agnode(f->G, (char *)x->id, 1);
  f->nodes[v] = n;
  const dgr_style *st = dgr_type_style(x->type);
  dgr_card c;
  dgr_card_init(&c, st->fill, st->font, x->type == DG_TYPE_MEETING ? "#D55E00" : "#B07800");
  dg_buf_adds(&c.title, dgr_label_of(x, f->o->labels));
  dg_buf *r;
  for (int k = 0; k < nt && (r = dgr_card_row(&c)); k++) {
    double lo, hi;
    int cum = shown_total(&tot[k], &lo, &hi), ja = f->o->labels == DG_LABEL_JA;
    dg_buf_printf(r, "%s %s ", cum ? (ja ? "累計" : "cumulative") : (ja ? "計" : "total"),
                  tot[k].cur);
    grouped_range(r, lo, hi);
    dg_buf_printf(r, " (%d)", tot[k].n);
  }
  dgr_card_label(n, f->G, &c);
  dgr_card_destroy(&c);
  dgr_node_link(n, x, f->o->link, &f->tmp);
  dgr_set(n, "tooltip", x->label);
}

/* Vertex v beside the cards: a node in the shape and fill of type `look` with `label` at 10
 * points; `own_text` also gives it the type's style and text colour (meetings), else it
 * keeps the defaults (amounts). */
static Agnode_t *side_node(funding *f, size_t v, const char *label, dg_type look, int own_text) {
  const dg_vertex *x = dg_graph_vertex(f->g, v);
  const dgr_style *st = dgr_type_style(look);
  Agnode_t *n = agnode(f->G, (char *)x->id, 1);
  f->nodes[v] = n;
  dgr_set(n, "label", label);
  dgr_set(n, "shape", st->shape);
  if (own_text) dgr_set(n, "style", st->style);
  dgr_set(n, "fillcolor", st->fill);
  if (own_text) dgr_set(n, "fontcolor", st->font);
  dgr_set(n, "fontsize", "10");
  dgr_fix_size(n, label, 10, st->shape);
  dgr_node_link(n, x, f->o->link, &f->tmp);
  return n;
}

/* An amount: its name as written and its normalized value, "400億円\nJPY 40,000,000,000". */
static Agnode_t *amount_node(funding *f, size_t v) {
  if (f->nodes[v]) return f->nodes[v];
  const dg_vertex *a = dg_graph_vertex(f->g, v);
  dg_buf_clear(&f->lb);
  dgr_wrap(&f->lb, a->label, 24, "\n", 0);
  char cur[8];
  double lo, hi;
  if (vertex_amount(a, cur, &lo, &hi)) {
    dg_buf_printf(&f->lb, "\n%s ", cur);
    grouped_range(&f->lb, lo, hi);
  }
  return side_node(f, v, f->lb.data, DG_TYPE_AMOUNT, 0);
}

/* A meeting where a program was announced or adopted: its name wrapped at 20 columns. */
static Agnode_t *meeting_node(funding *f, size_t v) {
  if (f->nodes[v]) return f->nodes[v];
  dg_buf_clear(&f->lb);
  dgr_wrap(&f->lb, dgr_label_of(dg_graph_vertex(f->g, v), f->o->labels), 20, "\n", 0);
  return side_node(f, v, f->lb.data, DG_TYPE_MEETING, 1);
}

/* A black arrow from the card to the amount, its first sentence as the tooltip. */
static void amount_line(funding *f, const dg_edge *e) {
  Agnode_t *to = amount_node(f, e->target);
  Agedge_t *ed = agedge(f->G, f->nodes[e->source], to, NULL, 1);
  dgr_set(ed, "color", "#000000");
  dgr_set(ed, "arrowsize", "0.6");
  if (!e->nev) return;
  dg_buf_clear(&f->tmp);
  char where[1200];
  dg_evref r = dg_graph_evidence(f->g, e->ev, 0);
  dg_evref_where(f->g, &r, where, sizeof where);
  dg_textbuf text = {0}; /* "" when it cannot be read back: the graph says why */
  const char *s = dg_graph_sentence_text(f->g, r.sent, &text, NULL);
  dg_buf_printf(&f->tmp, "%s: %s", where, s ? s : "");
  free(text.s);
  dgr_set(ed, "tooltip", f->tmp.data);
}

/* Meetings to the left: the line runs meeting -> program, dashed, the arrow pointing back. */
static void announced_line(funding *f, const dg_edge *e) {
  static const dgr_attr look[] = {{"dir", "back"},
                                  {"style", "dashed"},
                                  {"color", "#E69F00"},
                                  {"arrowsize", "0.6"},
                                  {NULL, NULL}};
  Agnode_t *from = meeting_node(f, e->target);
  Agedge_t *ed = agedge(f->G, from, f->nodes[e->source], NULL, 1);
  dgr_set_all(ed, look);
  dgr_set(ed, "tooltip", dg_rel_kind_name(e->kind));
}

/* Each card with its meetings and amounts is laid out apart and the parts packed in a grid
 * of rows (packmode array_cK: K columns), not stacked in one column hundreds of cards tall.
 * K makes the grid about 1.4 times as wide as high, from the cards' sizes: a part is about
 * 450 points wide and 32 high per line beside its card (two at least). */
static void pack_in_columns(Agraph_t *G, const uint32_t *lines, const char *funded, size_t nv) {
  double high = 0;
  size_t ncards = 0;
  for (size_t v = 0; v < nv; v++)
    if (funded[v]) {
      uint32_t l = lines[v] < DGR_CARD_LINES_MAX ? lines[v] : DGR_CARD_LINES_MAX;
      high += 32.0 * (l > 2 ? l : 2);
      ncards++;
    }
  size_t k = (size_t)ceil(sqrt(1.4 * high / 450.0));
  if (k > ncards) k = ncards;
  char mode[32];
  snprintf(mode, sizeof mode, "array_c%zu", k ? k : 1);
  dgr_set(G, "packmode", mode);
}

/* The cards of everything marked in `funded`, then each of their ties in edge order, at
 * most DGR_CARD_LINES_MAX a card (*cut: how many left out), packed in columns; returns how
 * many cards. */
static size_t draw_funded(funding *f, const char *funded, size_t *cut) {
  size_t nfunded = 0, nv = dg_graph_vertex_count(f->g);
  uint32_t *lines = calloc(nv ? nv : 1, sizeof *lines);
  for (size_t v = 0; v < nv; v++)
    if (funded[v]) funded_card(f, v), nfunded++;
  for (size_t i = 0; i < dg_graph_edge_count(f->g) && lines; i++) {
    const dg_edge e = dg_graph_edge(f->g, i);
    int amount = e.kind == DG_REL_AMOUNT;
    if (!funded[e.source] || !(amount || e.kind == DG_REL_ANNOUNCED_AT ||
                                e.kind == DG_REL_ADOPTED_AT))
      continue;
    if (lines[e.source]++ >= DGR_CARD_LINES_MAX) {
      (*cut)++;
      continue;
    }
    if (amount) amount_line(f, &e);
    else announced_line(f, &e);
  }
  if (lines) pack_in_columns(f->G, lines, funded, nv);
  free(lines);
  return nfunded;
}

/* "Funding: 12 programs and meetings with amounts; totals ...", or when bounded "Funding:
 * showing 40 of 812 programs and meetings with amounts by mentions, 30 lines left out
 * (at most 12 a card); totals ..." */
static void funding_caption(char *buf, size_t n, size_t shown, size_t of, size_t cut) {
  char part[160] = "", lines[96] = "", num[32];
  if (of > shown) dgr_shown(part, sizeof part, shown, of, "programs and meetings with amounts",
                            "mentions");
  else snprintf(part, sizeof part, "%zu programs and meetings with amounts", shown);
  dgr_grouped(num, sizeof num, cut);
  if (cut) snprintf(lines, sizeof lines, ", %s lines left out (at most %d a card)", num,
                    DGR_CARD_LINES_MAX);
  snprintf(buf, n,
           "Funding: %s%s; totals add the distinct amounts tied to each (a cumulative one "
           "holds the rest)",
           part, lines);
}

/* Cards for the (at most DGR_CARDS_MAX most mentioned) programs and meetings with an
 * amount, the amounts and announcing meetings beside them, a caption that counts the cards
 * and says what was left out, and a legend of the three types. */
static dg_err funding_draw(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                           FILE *const *out, size_t n, dg_error *err) {
  static const dgr_attr attrs[] = {
      {"rankdir", "LR"}, {"ranksep", "0.6"}, {"nodesep", "0.15"}, {NULL, NULL}};
  size_t nv = dg_graph_vertex_count(g);
  funding f = {.g = g, .o = o, .G = dgr_view_open("funding", o, attrs, err)};
  if (!f.G) return err ? err->code : DG_EGRAPH;
  f.nodes = calloc(nv ? nv : 1, sizeof *f.nodes);
  char *funded = calloc(nv ? nv : 1, 1);
  if (!f.nodes || !funded) {
    free(f.nodes);
    free(funded);
    agclose(f.G);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    uint32_t s;
    if (dg_graph_edge_ends(g, i, &s, NULL) == DG_REL_AMOUNT) funded[s] = 1;
  }
  dg_buf_init(&f.lb);
  dg_buf_init(&f.tmp);
  size_t of = dgr_keep_most_mentioned(g, funded, DGR_CARDS_MAX), cut = 0;
  size_t nfunded = draw_funded(&f, funded, &cut);
  if (nfunded == 0) dgr_nothing_to_show(f.G, "no program or meeting with an amount");
  char caption[400];
  funding_caption(caption, sizeof caption, nfunded, of, cut);
  dgr_legend(f.G, caption, DGR_T(PROGRAM) | DGR_T(MEETING) | DGR_T(AMOUNT),
             DGR_K(AMOUNT) | DGR_K(ANNOUNCED_AT));
  dg_buf_destroy(&f.lb);
  dg_buf_destroy(&f.tmp);
  free(f.nodes);
  free(funded);
  return dgr_view_output(f.G, o, formats, out, n, err);
}

const dgr_view dgr_view_funding = {"funding", "Funding", funding_filter, funding_draw};
