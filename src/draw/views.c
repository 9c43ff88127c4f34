/* Views (see docgraph/views.h). `all` and `countries` are the generic diagram of a
 * filtered graph; `timeline` and `funding` are laid out by dot from cards: HTML-like
 * tables of fixed-size cells, one per meeting or program, so their size never depends on
 * font measurements (see render_int.h). */
#include "docgraph/views.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "draw/render_int.h"

#define T(x) (1u << DG_TYPE_##x)
#define K(x) (1u << DG_REL_##x)

static const struct {
  const char *name, *title;
} views[DG_VIEW_COUNT] = {
    [DG_VIEW_ALL] = {"all", "Whole graph"},
    [DG_VIEW_TIMELINE] = {"timeline", "Timeline of meetings"},
    [DG_VIEW_FUNDING] = {"funding", "Funding"},
    [DG_VIEW_COUNTRIES] = {"countries", "Countries and groupings"},
};

int dg_view_parse(const char *name, dg_view *out) {
  for (int v = 0; v < DG_VIEW_COUNT; v++)
    if (!strcmp(name, views[v].name)) {
      *out = (dg_view)v;
      return 0;
    }
  return -1;
}

const char *dg_view_name(dg_view v) { return v < DG_VIEW_COUNT ? views[v].name : "?"; }
const char *dg_view_title(dg_view v) { return v < DG_VIEW_COUNT ? views[v].title : "?"; }

dg_err dg_view_build(dg_graph *g, dg_view v, const dg_graph_filter *user, dg_error *err) {
  dg_graph_filter f = {0};
  switch (v) {
  case DG_VIEW_ALL:
    if (user) f = *user;
    else {
      f.types = ((1u << DG_TYPE_COUNT) - 1) & ~(T(DATE) | T(QUANTITY) | T(STOP));
      f.top = DG_VIEW_ALL_TOP;
      f.rank = DG_RANK_MENTIONS;
      f.kinds = ((1u << DG_REL_COUNT) - 1) & ~K(MEMBER_OF);
    }
    break;
  case DG_VIEW_TIMELINE:
    f.types = T(MEETING) | T(DATE) | T(PLACE) | T(COUNTRY) | T(GROUP) | T(PERSON) | T(ORGANIZATION);
    f.kinds = K(HELD_ON) | K(HELD_IN) | K(PARTICIPATES_IN) | K(CHAIRED_BY);
    break;
  case DG_VIEW_FUNDING:
    f.types = T(PROGRAM) | T(MEETING) | T(AMOUNT);
    f.kinds = K(AMOUNT) | K(ANNOUNCED_AT) | K(ADOPTED_AT);
    break;
  case DG_VIEW_COUNTRIES:
    f.types = T(COUNTRY) | T(GROUP);
    f.kinds = K(CO_OCCURS) | K(MEMBER_OF);
    f.drop_isolated = 1;
    break;
  default: return dg_error_set(err, DG_EUSAGE, "no such view");
  }
  return dg_graph_build(g, &f, err);
}

/* ---- cards ---- */

/* A card: a title row and text rows, every cell as wide as the widest. */
typedef struct {
  dg_buf title;
  const char *title_bg, *title_fg, *border;
  struct {
    dg_buf text;
  } rows[6];
  int nrows;
} card;

static void card_init(card *c, const char *bg, const char *fg, const char *border) {
  memset(c, 0, sizeof *c);
  dg_buf_init(&c->title);
  for (int i = 0; i < 6; i++) dg_buf_init(&c->rows[i].text);
  c->title_bg = bg;
  c->title_fg = fg;
  c->border = border;
}

static void card_destroy(card *c) {
  dg_buf_destroy(&c->title);
  for (int i = 0; i < 6; i++) dg_buf_destroy(&c->rows[i].text);
}

/* A row of plain text (wrapped later); NULL when the card is full. */
static dg_buf *card_row(card *c) { return c->nrows < 6 ? &c->rows[c->nrows++].text : NULL; }

/* The cell text: s wrapped at `width` columns with <BR/>, escaped; its extent in w, h. */
static void cell(dg_buf *out, const char *s, int width, double fs, double *w, double *h) {
  dg_buf wrapped, plain;
  dg_buf_init(&wrapped);
  dg_buf_init(&plain);
  dgr_wrap(&wrapped, s, width, "<BR ALIGN=\"LEFT\"/>", 1);
  dgr_wrap(&plain, s, width, "\n", 0);
  dgr_label_extent(plain.data ? plain.data : "", fs, w, h);
  dg_buf_adds(out, wrapped.data ? wrapped.data : "");
  dg_buf_destroy(&wrapped);
  dg_buf_destroy(&plain);
}

/* The card as an HTML-like table of fixed-size cells into out (NULL: only measure), at
 * least min_width wide; its width in *width. */
static void card_html(card *c, dg_buf *out, double min_width, double *width) {
  const double fs = 10, tfs = 11;
  dg_buf cells[7];
  double w[7], h[7], maxw = 60;
  for (int i = 0; i <= c->nrows; i++) {
    dg_buf_init(&cells[i]);
    const char *s = i == 0 ? c->title.data : c->rows[i - 1].text.data;
    cell(&cells[i], s ? s : "", i == 0 ? 26 : 34, i == 0 ? tfs : fs, &w[i], &h[i]);
    if (w[i] > maxw) maxw = w[i];
  }
  if (min_width - 8 > maxw) maxw = min_width - 8;
  *width = ceil(maxw) + 8;
  if (!out) {
    for (int i = 0; i <= c->nrows; i++) dg_buf_destroy(&cells[i]);
    return;
  }
  dg_buf_printf(out,
                "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                "BGCOLOR=\"#FFFFFF\" COLOR=\"%s\">",
                c->border);
  for (int i = 0; i <= c->nrows; i++) {
    dg_buf_printf(out,
                  "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\" ALIGN=\"LEFT\" "
                  "BALIGN=\"LEFT\"%s%s%s><FONT POINT-SIZE=\"%.0f\" COLOR=\"%s\">%s</FONT></TD></TR>",
                  ceil(maxw) + 8, ceil(h[i]) + 4, i == 0 ? " BGCOLOR=\"" : "", i == 0 ? c->title_bg : "",
                  i == 0 ? "\"" : "", i == 0 ? tfs : fs, i == 0 ? c->title_fg : "#000000",
                  cells[i].data ? cells[i].data : "");
    dg_buf_destroy(&cells[i]);
  }
  dg_buf_adds(out, "</TABLE>");
}

/* Set the card as n's label: shape plain. */
static void card_label(Agnode_t *n, Agraph_t *G, card *c) {
  dg_buf b;
  dg_buf_init(&b);
  double w;
  card_html(c, &b, 0, &w);
  dgr_set(n, "shape", "plain");
  dgr_set(n, "style", "");
  dgr_html_label(n, G, b.data);
  dg_buf_destroy(&b);
}

static void node_link(Agnode_t *n, const dg_render_opts *o, const dg_vertex *v, dg_buf *tmp) {
  dgr_set(n, "id", v->id);
  dgr_set(n, "class", dg_type_name(v->type));
  if (!o->link) return;
  dg_buf_clear(tmp);
  dgr_set(n, "URL", dgr_link(tmp, o->link, v->id, NULL));
}

/* A diagram with nothing to show says so. */
static void nothing_to_show(Agraph_t *G, const char *msg) {
  Agnode_t *n = agnode(G, (char *)"none", 1);
  dgr_set(n, "shape", "plaintext");
  dgr_set(n, "style", "");
  dgr_set(n, "label", msg);
  dgr_fix_size(n, msg, 11, "plaintext");
}

/* Append the labels of the vertices at the other end of v's edges of `kind` (incoming when
 * `in`), at most `max`, then "+N". */
static void ends_list(const dg_graph *g, size_t v, dg_rel_kind kind, int in, dg_label_mode lm,
                      size_t max, dg_buf *out) {
  size_t n = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (e->kind != kind || (in ? e->target : e->source) != v) continue;
    if (n < max)
      dg_buf_printf(out, "%s%s", n ? (lm == DG_LABEL_JA ? "、" : ", ") : "",
                    dgr_label_of(dg_graph_vertex(g, in ? e->source : e->target), lm));
    n++;
  }
  if (n > max) dg_buf_printf(out, " +%zu", n - max);
}

/* ---- timeline ---- */

typedef struct {
  int y, m, d; /* m, d: 0 when not known */
} ymd;

/* The date a date vertex stands for: its start (of a range), the first year of a decade
 * or fiscal year. 0 when it is no date or its year is unknown. */
static int vertex_date(const dg_vertex *v, ymd *out) {
  const dg_when *w = &v->value.when;
  if (v->type != DG_TYPE_DATE || !w->year) return 0;
  out->y = w->year;
  out->m = w->month;
  out->d = w->month ? w->day : 0;
  return 1;
}

static int ymd_cmp(const ymd *a, const ymd *b) {
  if (a->y != b->y) return a->y < b->y ? -1 : 1;
  if (a->m != b->m) return a->m < b->m ? -1 : 1;
  return a->d < b->d ? -1 : a->d > b->d;
}

typedef struct {
  size_t v; /* meeting vertex */
  ymd when;
} dated;

static int dated_cmp(const void *a, const void *b) {
  const dated *x = a, *y = b;
  int c = ymd_cmp(&x->when, &y->when);
  return c ? c : (x->v < y->v ? -1 : x->v > y->v);
}

static const char *const months_en[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void date_caption(const ymd *w, dg_label_mode lm, char *buf, size_t n) {
  if (lm == DG_LABEL_JA) {
    if (w->d) snprintf(buf, n, "%d月%d日", w->m, w->d);
    else if (w->m) snprintf(buf, n, "%d月", w->m);
    else snprintf(buf, n, "%d年", w->y);
  } else {
    if (w->d) snprintf(buf, n, "%d %s", w->d, months_en[w->m]);
    else if (w->m) snprintf(buf, n, "%s", months_en[w->m]);
    else snprintf(buf, n, "%d", w->y);
  }
}

/* One column per date: the date, then the card of each meeting held that day, each card
 * a link to the meeting. */
static void column_open(dg_buf *b, const ymd *w, dg_label_mode lm) {
  char cap[64];
  date_caption(w, lm, cap, sizeof cap);
  double cw, ch;
  dgr_label_extent(cap, 11, &cw, &ch);
  dg_buf_printf(b,
                "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">"
                "<TR><TD PORT=\"d\" FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\">"
                "<FONT POINT-SIZE=\"11\">%s</FONT></TD></TR>",
                cw + 6, ch + 2, cap);
}

/* A meeting's card: where, who took part, who chaired (card_destroy it). */
static void meeting_card(card *c, const dg_graph *g, size_t mv, const dg_render_opts *o, dg_buf *tmp) {
  const dg_vertex *v = dg_graph_vertex(g, mv);
  card_init(c, dgr_type_style(DG_TYPE_MEETING)->fill, "#FFFFFF", "#D55E00");
  dg_buf_adds(&c->title, dgr_label_of(v, o->labels));
  int en = o->labels != DG_LABEL_JA;
  dg_buf *r;
  dg_buf_clear(tmp);
  ends_list(g, mv, DG_REL_HELD_IN, 0, o->labels, 4, tmp);
  if (tmp->len && (r = card_row(c))) dg_buf_printf(r, "%s%s", en ? "held in: " : "開催地: ", tmp->data);
  dg_buf_clear(tmp);
  ends_list(g, mv, DG_REL_PARTICIPATES_IN, 1, o->labels, 10, tmp);
  if (tmp->len && (r = card_row(c))) dg_buf_printf(r, "%s%s", en ? "participants: " : "参加: ", tmp->data);
  dg_buf_clear(tmp);
  ends_list(g, mv, DG_REL_CHAIRED_BY, 0, o->labels, 3, tmp);
  if (tmp->len && (r = card_row(c))) dg_buf_printf(r, "%s%s", en ? "chair: " : "議長: ", tmp->data);
}

/* The cards of the meetings ms[0..n) of one date, as rows of a column, all as wide as the
 * widest, each a link to its meeting. */
static void column_cards(dg_buf *b, const dg_graph *g, const dated *ms, size_t n,
                         const dg_render_opts *o, dg_buf *tmp) {
  double width = 0, w;
  for (size_t i = 0; i < n; i++) {
    card c;
    meeting_card(&c, g, ms[i].v, o, tmp);
    card_html(&c, NULL, 0, &w);
    if (w > width) width = w;
    card_destroy(&c);
  }
  for (size_t i = 0; i < n; i++) {
    const dg_vertex *v = dg_graph_vertex(g, ms[i].v);
    card c;
    meeting_card(&c, g, ms[i].v, o, tmp);
    dg_buf_adds(b, "<TR><TD");
    if (o->link) {
      dg_buf_clear(tmp);
      dg_buf_printf(b, " HREF=\"%s\"", dgr_link(tmp, o->link, v->id, NULL));
    }
    dg_buf_adds(b, " TITLE=\"");
    dgr_html_escape(b, v->label);
    if (*v->label_en && strcmp(v->label_en, v->label)) {
      dg_buf_adds(b, " (");
      dgr_html_escape(b, v->label_en);
      dg_buf_adds(b, ")");
    }
    dg_buf_printf(b, ": %u mention%s\">", v->mentions, v->mentions == 1 ? "" : "s");
    card_html(&c, b, width, &w);
    dg_buf_adds(b, "</TD></TR>");
    card_destroy(&c);
  }
}

static Agraph_t *timeline(const dg_graph *g, const dg_render_opts *o, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g);
  /* each meeting at its most precise date (the earliest of equally precise ones) */
  dated *ms = calloc(nv ? nv : 1, sizeof *ms);
  if (!ms) {
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  size_t nm = 0, undated = 0;
  for (size_t v = 0; v < nv; v++) {
    if (dg_graph_vertex(g, v)->type != DG_TYPE_MEETING) continue;
    ymd best = {0, 0, 0};
    int have = 0, prec = -1;
    for (size_t i = 0; i < ne; i++) {
      const dg_edge *e = dg_graph_edge(g, i);
      ymd w;
      if (e->kind != DG_REL_HELD_ON || e->source != v || !vertex_date(dg_graph_vertex(g, e->target), &w))
        continue;
      int p = (w.m > 0) + (w.d > 0);
      if (!have || p > prec || (p == prec && ymd_cmp(&w, &best) < 0)) best = w, prec = p, have = 1;
    }
    if (have) ms[nm++] = (dated){v, best};
    else undated++;
  }
  qsort(ms, nm, sizeof *ms, dated_cmp);
  const char *font = o->fontname ? o->fontname : DGR_DEFAULT_FONT;
  Agraph_t *G = dgr_open("timeline", 1, "dot", font);
  if (!G) {
    free(ms);
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  agsafeset(G, (char *)"rankdir", (char *)"LR", (char *)"");
  agsafeset(G, (char *)"ranksep", (char *)"0.3", (char *)"");
  agsafeset(G, (char *)"nodesep", (char *)"0.3", (char *)"");
  agsafeset(G, (char *)"newrank", (char *)"true", (char *)"");
  /* Lanes of at most LANE dates, stacked top to bottom: a year starts a lane, a long year
   * wraps. The first dates of all lanes share the leftmost rank; invisible flat edges keep
   * them in order (in rankdir=LR a flat edge's head goes above its tail). */
  enum { LANE = 6 };
  Agnode_t *prev_col = NULL, *prev_lane = NULL;
  Agraph_t *cluster = NULL, *starts = agsubg(G, (char *)"lane_starts", 1);
  dgr_set(starts, "rank", "same");
  dg_buf col, tmp;
  dg_buf_init(&col);
  dg_buf_init(&tmp);
  char name[64];
  size_t i = 0, in_lane = LANE;
  int year = -1;
  /* dot orders the lanes' first dates as they were made, the first at the bottom (rankdir=LR
   * turns the left-to-right order upward): make the columns latest first */
  for (size_t k = nm; k-- > 0;) {
    snprintf(name, sizeof name, "cluster_%d", ms[k].when.y);
    Agraph_t *cl = agsubg(G, name, 1);
    snprintf(name, sizeof name, "date:%04d-%02d-%02d", ms[k].when.y, ms[k].when.m, ms[k].when.d);
    agnode(cl, name, 1);
  }
  while (i < nm) {
    const ymd w = ms[i].when;
    if (w.y != year) { /* a box per year */
      year = w.y;
      snprintf(name, sizeof name, "cluster_%d", year);
      cluster = agsubg(G, name, 1);
      snprintf(name, sizeof name, "%d", year);
      dgr_set(cluster, "label", name);
      dgr_set(cluster, "fontsize", "16");
      dgr_set(cluster, "style", "rounded");
      dgr_set(cluster, "color", "#BBBBBB");
      dgr_set(cluster, "labeljust", "l");
      in_lane = LANE;
    }
    dg_buf_clear(&col);
    column_open(&col, &w, o->labels);
    size_t j = i;
    while (j < nm && ymd_cmp(&ms[j].when, &w) == 0) j++;
    column_cards(&col, g, ms + i, j - i, o, &tmp);
    dg_buf_adds(&col, "</TABLE>");
    snprintf(name, sizeof name, "date:%04d-%02d-%02d", w.y, w.m, w.d);
    Agnode_t *n = agnode(cluster, name, 1);
    dgr_set(n, "shape", "plain");
    dgr_set(n, "style", "");
    dgr_html_label(n, G, col.data);
    if (in_lane == LANE) { /* a lane's first date */
      agsubnode(starts, n, 1);
      if (prev_lane) dgr_set(agedge(G, n, prev_lane, NULL, 1), "style", "invis");
      prev_lane = n;
      in_lane = 0;
    } else { /* the time axis, from date to date */
      Agedge_t *e = agedge(G, prev_col, n, NULL, 1);
      dgr_set(e, "tailport", "d:e");
      dgr_set(e, "headport", "d:w");
      dgr_set(e, "color", "#999999");
      dgr_set(e, "penwidth", "1.5");
      dgr_set(e, "arrowsize", "0.5");
      dgr_set(e, "weight", "100");
    }
    in_lane++;
    prev_col = n;
    i = j;
  }
  if (nm == 0) nothing_to_show(G, "no meeting with a date");
  char caption[160];
  snprintf(caption, sizeof caption, "Meetings by date: %zu", nm);
  if (undated)
    snprintf(caption, sizeof caption, "Meetings by date: %zu dated, %zu without a date not shown", nm, undated);
  dgr_legend(G, caption, 0, 0);
  dg_buf_destroy(&col);
  dg_buf_destroy(&tmp);
  free(ms);
  return G;
}

/* ---- funding ---- */

/* The currency and the value(s) an amount vertex stands for (hi == lo without a range). */
static int vertex_amount(const dg_vertex *v, char cur[8], double *lo, double *hi) {
  if (v->type != DG_TYPE_AMOUNT || !v->value.currency[0]) return 0;
  memcpy(cur, v->value.currency, sizeof v->value.currency);
  *lo = dg_decimal_to_double(v->value.amount);
  *hi = v->value.has_range ? dg_decimal_to_double(v->value.amount_max) : *lo;
  return 1;
}

/* 40000000000 -> 40,000,000,000 (fractions, rare in amounts, keep two digits). */
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

typedef struct {
  char cur[8];
  double lo, hi;
  int n;
} total;

static Agraph_t *funding(const dg_graph *g, const dg_render_opts *o, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g);
  const char *font = o->fontname ? o->fontname : DGR_DEFAULT_FONT;
  Agraph_t *G = dgr_open("funding", 1, "dot", font);
  if (!G) {
    dg_error_set(err, DG_EGRAPH, "cgraph cannot create a graph");
    return NULL;
  }
  agsafeset(G, (char *)"rankdir", (char *)"LR", (char *)"");
  agsafeset(G, (char *)"ranksep", (char *)"0.6", (char *)"");
  agsafeset(G, (char *)"nodesep", (char *)"0.15", (char *)"");
  Agnode_t **nodes = calloc(nv ? nv : 1, sizeof *nodes);
  char *funded = calloc(nv ? nv : 1, 1);
  if (!nodes || !funded) {
    free(nodes);
    free(funded);
    agclose(G);
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (e->kind == DG_REL_AMOUNT) funded[e->source] = 1;
  }
  dg_buf tmp, lb;
  dg_buf_init(&tmp);
  dg_buf_init(&lb);
  size_t nfunded = 0;
  /* programs and meetings with amounts: a card with the totals per currency */
  for (size_t v = 0; v < nv; v++) {
    if (!funded[v]) continue;
    nfunded++;
    const dg_vertex *x = dg_graph_vertex(g, v);
    total tot[8];
    int nt = 0;
    for (size_t i = 0; i < ne; i++) {
      const dg_edge *e = dg_graph_edge(g, i);
      char cur[8];
      double lo, hi;
      if (e->kind != DG_REL_AMOUNT || e->source != v ||
          !vertex_amount(dg_graph_vertex(g, e->target), cur, &lo, &hi))
        continue;
      int k = 0;
      while (k < nt && strcmp(tot[k].cur, cur)) k++;
      if (k == nt) {
        if (nt == 8) continue;
        memset(&tot[nt], 0, sizeof tot[nt]);
        memcpy(tot[nt].cur, cur, sizeof cur);
        nt++;
      }
      tot[k].lo += lo;
      tot[k].hi += hi;
      tot[k].n++;
    }
    Agnode_t *n = agnode(G, (char *)x->id, 1);
    nodes[v] = n;
    const dgr_style *st = dgr_type_style(x->type);
    card c;
    card_init(&c, st->fill, st->font, x->type == DG_TYPE_MEETING ? "#D55E00" : "#B07800");
    dg_buf_adds(&c.title, dgr_label_of(x, o->labels));
    for (int k = 0; k < nt; k++) {
      dg_buf *r = card_row(&c);
      if (!r) break;
      dg_buf_printf(r, "%s %s ", o->labels == DG_LABEL_JA ? "計" : "total", tot[k].cur);
      grouped(r, tot[k].lo);
      if (tot[k].hi != tot[k].lo) {
        dg_buf_adds(r, "–");
        grouped(r, tot[k].hi);
      }
      dg_buf_printf(r, " (%d)", tot[k].n);
    }
    card_label(n, G, &c);
    card_destroy(&c);
    node_link(n, o, x, &tmp);
    dgr_set(n, "tooltip", x->label);
  }
  /* the amounts, and where the programs were announced or adopted */
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    if (!funded[e->source]) continue;
    if (e->kind == DG_REL_AMOUNT) {
      const dg_vertex *a = dg_graph_vertex(g, e->target);
      if (!nodes[e->target]) {
        Agnode_t *n = agnode(G, (char *)a->id, 1);
        nodes[e->target] = n;
        dg_buf_clear(&lb);
        dgr_wrap(&lb, a->label, 24, "\n", 0);
        char cur[8];
        double lo, hi;
        if (vertex_amount(a, cur, &lo, &hi)) {
          dg_buf_printf(&lb, "\n%s ", cur);
          grouped(&lb, lo);
          if (hi != lo) {
            dg_buf_adds(&lb, "–");
            grouped(&lb, hi);
          }
        }
        dgr_set(n, "label", lb.data);
        dgr_set(n, "shape", "note");
        dgr_set(n, "fillcolor", dgr_type_style(DG_TYPE_AMOUNT)->fill);
        dgr_set(n, "fontsize", "10");
        dgr_fix_size(n, lb.data, 10, "note");
        node_link(n, o, a, &tmp);
      }
      Agedge_t *ed = agedge(G, nodes[e->source], nodes[e->target], NULL, 1);
      dgr_set(ed, "color", "#000000");
      dgr_set(ed, "arrowsize", "0.6");
      if (e->nev) {
        dg_buf_clear(&tmp);
        dg_buf_printf(&tmp, "%s:%u: %s", dg_graph_document(g, e->ev[0].doc), e->ev[0].line, e->ev[0].text);
        dgr_set(ed, "tooltip", tmp.data);
      }
    } else if (e->kind == DG_REL_ANNOUNCED_AT || e->kind == DG_REL_ADOPTED_AT) {
      const dg_vertex *m = dg_graph_vertex(g, e->target);
      if (!nodes[e->target]) {
        Agnode_t *n = agnode(G, (char *)m->id, 1);
        nodes[e->target] = n;
        dg_buf_clear(&lb);
        dgr_wrap(&lb, dgr_label_of(m, o->labels), 20, "\n", 0);
        dgr_set(n, "label", lb.data);
        dgr_set(n, "shape", "box");
        dgr_set(n, "style", "rounded,filled");
        dgr_set(n, "fillcolor", dgr_type_style(DG_TYPE_MEETING)->fill);
        dgr_set(n, "fontcolor", "#FFFFFF");
        dgr_set(n, "fontsize", "10");
        dgr_fix_size(n, lb.data, 10, "box");
        node_link(n, o, m, &tmp);
      }
      /* meetings to the left: the line runs meeting -> program, the arrow points back */
      Agedge_t *ed = agedge(G, nodes[e->target], nodes[e->source], NULL, 1);
      dgr_set(ed, "dir", "back");
      dgr_set(ed, "style", "dashed");
      dgr_set(ed, "color", "#E69F00");
      dgr_set(ed, "arrowsize", "0.6");
      dgr_set(ed, "tooltip", dg_rel_kind_name(e->kind));
    }
  }
  if (nfunded == 0) nothing_to_show(G, "no program or meeting with an amount");
  char caption[200];
  snprintf(caption, sizeof caption,
           "Funding: %zu programs and meetings with amounts; totals add the distinct amounts tied to each", nfunded);
  dgr_legend(G, caption, T(PROGRAM) | T(MEETING) | T(AMOUNT), K(AMOUNT) | K(ANNOUNCED_AT));
  dg_buf_destroy(&tmp);
  dg_buf_destroy(&lb);
  free(nodes);
  free(funded);
  return G;
}

dg_err dg_view_render(const dg_graph *g, dg_view v, const dg_render_opts *o,
                      const char *const *formats, FILE *const *out, size_t n, dg_error *err) {
  dg_render_opts def = {0};
  if (!o) o = &def;
  if (v == DG_VIEW_ALL || v == DG_VIEW_COUNTRIES) {
    dg_render_opts vo = *o;
    if (v == DG_VIEW_COUNTRIES) {
      if (!vo.title) vo.title = "Countries and groupings: membership and co-occurrence";
      vo.no_edge_labels = 1;
    }
    return dg_render_formats(g, &vo, formats, out, n, err);
  }
  Agraph_t *G = v == DG_VIEW_TIMELINE ? timeline(g, o, err) : funding(g, o, err);
  if (!G) return err ? err->code : DG_EGRAPH;
  dg_err r = dgr_output(G, "dot", formats, out, n, o->renderer, err);
  agclose(G);
  return r;
}
