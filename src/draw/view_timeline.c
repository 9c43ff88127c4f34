/* The timeline view: meetings left to right by date, a box per year, each date a column of
 * the cards of the meetings held that day (where, who took part, who chaired), each card a
 * link to its meeting. A meeting stands at its most precise date; meetings without one are
 * counted in the caption, not drawn. Laid out by dot in lanes of at most LANE dates. */
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

/* Dates per lane: a year starts a lane, a long year wraps. */
#define LANE 6

/* Meetings, their dates and places, who took part and who chaired. */
static void timeline_filter(dg_graph_filter *f) {
  f->types = DGR_T(MEETING) | DGR_T(DATE) | DGR_T(PLACE) | DGR_T(COUNTRY) | DGR_T(GROUP) |
             DGR_T(PERSON) | DGR_T(ORGANIZATION);
  f->kinds = DGR_K(HELD_ON) | DGR_K(HELD_IN) | DGR_K(PARTICIPATES_IN) | DGR_K(CHAIRED_BY);
}

/* ---- dates ---- */

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

/* Earlier first; a month alone (day 0) before its days. */
static int ymd_cmp(const ymd *a, const ymd *b) {
  if (a->y != b->y) return a->y < b->y ? -1 : 1;
  if (a->m != b->m) return a->m < b->m ? -1 : 1;
  return a->d < b->d ? -1 : a->d > b->d;
}

typedef struct {
  size_t v; /* meeting vertex */
  ymd when;
} dated;

/* By date, then by vertex index (id order) for meetings of one day. */
static int dated_cmp(const void *a, const void *b) {
  const dated *x = a, *y = b;
  int c = ymd_cmp(&x->when, &y->when);
  return c ? c : (x->v < y->v ? -1 : x->v > y->v);
}

/* The date of meeting mv: of its held_on dates the most precise (day over month over
 * year), the earliest of equally precise ones. 0 when it has none. */
static int meeting_date(const dg_graph *g, size_t mv, ymd *best) {
  int have = 0, prec = -1;
  size_t first, n = dg_graph_edges_from(g, mv, &first);
  for (size_t i = first; i < first + n; i++) {
    uint32_t to;
    ymd w;
    if (dg_graph_edge_ends(g, i, NULL, &to) != DG_REL_HELD_ON ||
        !vertex_date(dg_graph_vertex(g, to), &w))
      continue;
    int p = (w.m > 0) + (w.d > 0);
    if (!have || p > prec || (p == prec && ymd_cmp(&w, best) < 0)) *best = w, prec = p, have = 1;
  }
  return have;
}

/* The dated meetings of g in date order into *out (malloc'd), how many in *n and how many
 * have no date in *undated; -1 when memory runs out. */
static int dated_meetings(const dg_graph *g, dated **out, size_t *n, size_t *undated) {
  size_t nv = dg_graph_vertex_count(g);
  dated *ms = calloc(nv ? nv : 1, sizeof *ms);
  if (!ms) return -1;
  *n = *undated = 0;
  for (size_t v = 0; v < nv; v++) {
    if (dg_graph_vertex(g, v)->type != DG_TYPE_MEETING) continue;
    ymd best = {0, 0, 0};
    if (meeting_date(g, v, &best)) ms[(*n)++] = (dated){v, best};
    else (*undated)++;
  }
  qsort(ms, *n, sizeof *ms, dated_cmp);
  *out = ms;
  return 0;
}

static const char *const months_en[] = {"",    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* A column's caption: 11月14日, 3月, 2024年 in Japanese; 14 Nov, Mar, 2024 in English. */
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

/* The node name of a date's column: date:2024-03-00 for March 2024. */
static void column_name(const ymd *w, char *buf, size_t n) {
  snprintf(buf, n, "date:%04d-%02d-%02d", w->y, w->m, w->d);
}

/* ---- cards ---- */

/* Append the labels of the vertices at the other end of v's edges of `kind` (incoming when
 * `in`), at most `max`, then "+N": "ラオス、ベトナム", "Lao PDR, Viet Nam +3". */
static void ends_list(const dg_graph *g, size_t v, dg_rel_kind kind, int in, dg_label_mode lm,
                      size_t max, dg_buf *out) {
  size_t n = 0, first = 0, count = dg_graph_edge_count(g);
  if (!in) count = dg_graph_edges_from(g, v, &first); /* else a pass over every edge */
  for (size_t i = first; i < first + count; i++) {
    uint32_t s, t;
    if (dg_graph_edge_ends(g, i, &s, &t) != kind || (in ? t : s) != v) continue;
    if (n < max)
      dg_buf_printf(out, "%s%s", n ? (lm == DG_LABEL_JA ? "、" : ", ") : "",
                    dgr_label_of(dg_graph_vertex(g, in ? s : t), lm));
    n++;
  }
  if (n > max) dg_buf_printf(out, " +%zu", n - max);
}

/* The rows of a meeting's card: the other ends of one kind of tie, under a caption. */
static const struct {
  dg_rel_kind kind;
  int in;     /* the meeting is the tie's target */
  size_t max; /* names listed before "+N" */
  const char *en, *ja;
} card_rows[] = {
    {DG_REL_HELD_IN, 0, 4, "held in: ", "開催地: "},
    {DG_REL_PARTICIPATES_IN, 1, 10, "participants: ", "参加: "},
    {DG_REL_CHAIRED_BY, 0, 3, "chair: ", "議長: "},
};

/* A meeting's card: its name, where, who took part, who chaired (dgr_card_destroy it). */
static void meeting_card(dgr_card *c, const dg_graph *g, size_t mv, const dg_render_opts *o,
                         dg_buf *tmp) {
  const dg_vertex *v = dg_graph_vertex(g, mv);
  dgr_card_init(c, dgr_type_style(DG_TYPE_MEETING)->fill, "#FFFFFF", "#D55E00");
  dg_buf_adds(&c->title, dgr_label_of(v, o->labels));
  for (size_t k = 0; k < sizeof card_rows / sizeof *card_rows; k++) {
    dg_buf_clear(tmp);
    ends_list(g, mv, card_rows[k].kind, card_rows[k].in, o->labels, card_rows[k].max, tmp);
    dg_buf *r;
    if (tmp->len && (r = dgr_card_row(c)))
      dg_buf_printf(r, "%s%s", o->labels != DG_LABEL_JA ? card_rows[k].en : card_rows[k].ja,
                    tmp->data);
  }
}

/* The cell around a card: a link to the meeting and its name and count as a tooltip. */
static void card_cell_open(dg_buf *b, const dg_vertex *v, const dg_render_opts *o, dg_buf *tmp) {
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
}

/* The cards of the meetings ms[0..n) of one date, as rows of a column, all as wide as the
 * widest, each a link to its meeting. */
static void column_cards(dg_buf *b, const dg_graph *g, const dated *ms, size_t n,
                         const dg_render_opts *o, dg_buf *tmp) {
  double width = 0, w;
  for (size_t i = 0; i < n; i++) {
    dgr_card c;
    meeting_card(&c, g, ms[i].v, o, tmp);
    dgr_card_html(&c, NULL, 0, &w);
    if (w > width) width = w;
    dgr_card_destroy(&c);
  }
  for (size_t i = 0; i < n; i++) {
    dgr_card c;
    meeting_card(&c, g, ms[i].v, o, tmp);
    card_cell_open(b, dg_graph_vertex(g, ms[i].v), o, tmp);
    dgr_card_html(&c, b, width, &w);
    dg_buf_adds(b, "</TD></TR>");
    dgr_card_destroy(&c);
  }
}

/* One column per date: the date (port "d", where the time axis attaches), then the cards of
 * the meetings held that day. */
static void column_html(dg_buf *b, const dg_graph *g, const dated *ms, size_t n,
                        const dg_render_opts *o, dg_buf *tmp) {
  char cap[64];
  date_caption(&ms[0].when, o->labels, cap, sizeof cap);
  double cw, ch;
  dgr_label_extent(cap, 11, &cw, &ch);
  dg_buf_clear(b);
  dg_buf_printf(b,
                "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">"
                "<TR><TD PORT=\"d\" FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\">"
                "<FONT POINT-SIZE=\"11\">%s</FONT></TD></TR>",
                cw + 6, ch + 2, cap);
  column_cards(b, g, ms, n, o, tmp);
  dg_buf_adds(b, "</TABLE>");
}

/* ---- layout ---- */

/* What placing the columns shares. */
typedef struct {
  Agraph_t *G, *starts, *year_box;
  Agnode_t *prev_col, *prev_lane;
  size_t in_lane; /* dates in the current lane; LANE: start a new one */
  int year;
} lanes;

/* dot orders the lanes' first dates as they were made, the first at the bottom (rankdir=LR
 * turns the left-to-right order upward): make every year's box and column latest first. */
static void years_latest_first(Agraph_t *G, const dated *ms, size_t nm) {
  char name[64];
  for (size_t k = nm; k-- > 0;) {
    snprintf(name, sizeof name, "cluster_%d", ms[k].when.y);
    Agraph_t *cl = agsubg(G, name, 1);
    column_name(&ms[k].when, name, sizeof name);
    agnode(cl, name, 1);
  }
}

/* The box of a year: its number as a caption, a grey rounded frame; it starts a lane. */
static void year_box(lanes *l, int year) {
  static const dgr_attr look[] = {{"fontsize", "16"},
                                  {"style", "rounded"},
                                  {"color", "#BBBBBB"},
                                  {"labeljust", "l"},
                                  {NULL, NULL}};
  char name[64];
  l->year = year;
  snprintf(name, sizeof name, "cluster_%d", year);
  l->year_box = agsubg(l->G, name, 1);
  snprintf(name, sizeof name, "%d", year);
  dgr_set(l->year_box, "label", name);
  dgr_set_all(l->year_box, look);
  l->in_lane = LANE;
}

/* Column n in its lane: a lane's first date shares the leftmost rank with the others' and
 * an invisible flat edge keeps the lanes in order (in rankdir=LR a flat edge's head goes
 * above its tail); the next dates follow on the time axis. */
static void place_column(lanes *l, Agnode_t *n) {
  static const dgr_attr axis[] = {{"tailport", "d:e"}, {"headport", "d:w"},  {"color", "#999999"},
                                  {"penwidth", "1.5"}, {"arrowsize", "0.5"}, {"weight", "100"},
                                  {NULL, NULL}};
  if (l->in_lane == LANE) {
    agsubnode(l->starts, n, 1);
    if (l->prev_lane) dgr_set(agedge(l->G, n, l->prev_lane, NULL, 1), "style", "invis");
    l->prev_lane = n;
    l->in_lane = 0;
  } else {
    dgr_set_all(agedge(l->G, l->prev_col, n, NULL, 1), axis);
  }
  l->in_lane++;
  l->prev_col = n;
}

/* Every date's column, in date order, in its year's box. */
static void place_columns(lanes *l, const dg_graph *g, const dated *ms, size_t nm,
                          const dg_render_opts *o) {
  dg_buf col, tmp;
  dg_buf_init(&col);
  dg_buf_init(&tmp);
  char name[64];
  for (size_t i = 0, j; i < nm; i = j) {
    const ymd w = ms[i].when;
    if (w.y != l->year) year_box(l, w.y);
    for (j = i; j < nm && ymd_cmp(&ms[j].when, &w) == 0; j++) {
    }
    column_html(&col, g, ms + i, j - i, o, &tmp);
    column_name(&w, name, sizeof name);
    Agnode_t *n = agnode(l->year_box, name, 1);
    dgr_set(n, "shape", "plain");
    dgr_set(n, "style", "");
    dgr_html_label(n, l->G, col.data);
    place_column(l, n);
  }
  dg_buf_destroy(&col);
  dg_buf_destroy(&tmp);
}

/* "Meetings by date: 3 dated, 1 without a date not shown"; when bounded "Meetings by date:
 * showing 40 of 812 dated meetings by mentions, ..." */
static void timeline_caption(Agraph_t *G, size_t nm, size_t of, size_t undated) {
  char caption[256], part[128], rest[96] = "";
  if (of > nm) dgr_shown(part, sizeof part, nm, of, "dated meetings", "mentions");
  else snprintf(part, sizeof part, undated ? "%zu dated" : "%zu", nm);
  if (undated) snprintf(rest, sizeof rest, ", %zu without a date not shown", undated);
  snprintf(caption, sizeof caption, "Meetings by date: %s%s", part, rest);
  dgr_legend(G, caption, 0, 0);
}

/* The dated meetings bounded to the DGR_CARDS_MAX most mentioned, still in date order;
 * returns how many there were. */
static size_t bound_meetings(const dg_graph *g, dated *ms, size_t *nm) {
  size_t nv = dg_graph_vertex_count(g), of = *nm;
  char *in = calloc(nv ? nv : 1, 1);
  if (!in || of <= DGR_CARDS_MAX) {
    free(in);
    return of;
  }
  for (size_t i = 0; i < of; i++) in[ms[i].v] = 1;
  dgr_keep_most_mentioned(g, in, DGR_CARDS_MAX);
  size_t k = 0;
  for (size_t i = 0; i < of; i++)
    if (in[ms[i].v]) ms[k++] = ms[i];
  *nm = k;
  free(in);
  return of;
}

/* Dated meetings in order, the year boxes made latest first, then the columns placed
 * in lanes, the caption counting what is shown. */
static dg_err timeline_draw(const dg_graph *g, const dg_render_opts *o, const char *const *formats,
                            FILE *const *out, size_t n, dg_error *err) {
  static const dgr_attr attrs[] = {
      {"rankdir", "LR"}, {"ranksep", "0.3"}, {"nodesep", "0.3"}, {"newrank", "true"}, {NULL, NULL}};
  dated *ms;
  size_t nm, undated;
  if (dated_meetings(g, &ms, &nm, &undated)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  size_t of = bound_meetings(g, ms, &nm);
  lanes l = {.G = dgr_view_open("timeline", o, attrs, err), .in_lane = LANE, .year = -1};
  if (!l.G) {
    free(ms);
    return err ? err->code : DG_EGRAPH;
  }
  l.starts = agsubg(l.G, (char *)"lane_starts", 1);
  dgr_set(l.starts, "rank", "same");
  years_latest_first(l.G, ms, nm);
  place_columns(&l, g, ms, nm, o);
  if (nm == 0) dgr_nothing_to_show(l.G, "no meeting with a date");
  timeline_caption(l.G, nm, of, undated);
  free(ms);
  return dgr_view_output(l.G, o, formats, out, n, err);
}

const dgr_view dgr_view_timeline = {"timeline", "Timeline of meetings", timeline_filter,
                                    timeline_draw};
