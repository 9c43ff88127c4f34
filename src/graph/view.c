/* Building the view (see docgraph/graph.h): which accumulated vertices and ties go into the
 * built graph, sorted, with their measures. Filters apply in order: types, kinds and
 * minimum weight; the focus and its radius; the top N; isolated vertices. Each step
 * narrows keep[] (accumulator vertex -> view index, or -1) and fills the view again, so the
 * next step ranks and walks the view the previous one left. Measures are computed once,
 * on the final view (and PageRank before a top N that ranks by it), not at every step.
 * Invariant: vertices are sorted
 * by id and edges by (source, target, kind), so the view does not depend on the order in
 * which documents were added. */
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>
#include <strings.h>

#include "docgraph/entity_name.h"
#include "graph/graph_int.h"

static const char *const rank_names[] = {
    [DG_RANK_PAGERANK] = "pagerank", [DG_RANK_DEGREE] = "degree", [DG_RANK_MENTIONS] = "mentions"};

int dg_rank_parse(const char *name, dg_rank *out) {
  for (size_t i = 0; i < sizeof rank_names / sizeof *rank_names; i++)
    if (!strcmp(name, rank_names[i])) {
      *out = (dg_rank)i;
      return 0;
    }
  return -1;
}

const char *dg_rank_name(dg_rank r) {
  return (size_t)r < sizeof rank_names / sizeof *rank_names ? rank_names[r] : "?";
}

/* ---- the view ---- */

static int vertex_cmp(const void *a, const void *b) {
  return strcmp(((const dg_vertex *)a)->id, ((const dg_vertex *)b)->id);
}

/* A view edge's place in the order of edges (source, target, kind) and its accumulator:
 * the view keeps only the accumulators in order (g->eorder, 4 bytes an edge), and makes
 * an edge's 80 bytes when asked (dg_graph_edge). */
typedef struct {
  uint32_t source, target, kind, i;
} edge_key;

static int edge_cmp(const void *a, const void *b) {
  const edge_key *x = a, *y = b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  if (x->target != y->target) return x->target < y->target ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

/* The view's vertices: the accumulator vertices with keep[i] >= 0, sorted by id; keep[]
 * then maps each to its view index. */
static int view_vertices(dg_graph *g, int32_t *keep) {
  g->vs.n = 0;
  for (size_t i = 0; i < g->va.n; i++) {
    if (keep[i] < 0) continue;
    const vacc *a = &g->va.v[i];
    dg_vertex v = {.id = a->id,
                   .type = a->type,
                   .label = a->label,
                   .label_en = a->label_en,
                   .mentions = a->mentions,
                   .documents = a->documents,
                   .units = a->units,
                   .docs = a->docs.v,
                   .ndocs = (uint32_t)a->docs.n,
                   .ev = a->ev.head,
                   .nev = a->ev.n,
                   .ev_total = a->ev.total,
                   .value = a->value,
                   .amount = a->amount,
                   .amount_max = a->amount_max,
                   .first_day = a->first_day};
    if (DG_PUSH(g->vs, v)) return -1;
  }
  if (g->vs.n) qsort(g->vs.v, g->vs.n, sizeof *g->vs.v, vertex_cmp);
  for (size_t i = 0; i < g->vs.n; i++) {
    uint32_t *slot = dg_hmap_get(&g->vmap, g->vs.v[i].id, strlen(g->vs.v[i].id));
    keep[*slot] = (int32_t)i;
  }
  return 0;
}

/* View edge k, made from its tie (accumulator i) between view vertices. Jaccard of a
 * co_occurs tie: the units both ends are in over the units either is in (as given, for a
 * graph read back). */
dg_edge dg_graph_edge(const dg_graph *g, size_t k) {
  size_t i = g->eorder.v[k];
  const int32_t *keep = g->vof.v;
  const eacc *a = &g->ea.v[i];
  dg_edge e = {.source = (uint32_t)keep[a->a],
               .target = (uint32_t)keep[a->b],
               .kind = (dg_rel_kind)a->kind,
               .weight = a->weight,
               .documents = a->documents,
               .evidence_count = dg_graph_tie_evidence_count(g, i),
               .first = a->first,
               .rule = dg_graph_rule_text(g, a->rule),
               .ev = a->ev_head,
               .nev = a->nev,
               .ev_total = a->ev_total,
               .first_day = a->first_day};
  if (i < g->jaccards.n && g->jaccards.v[i] >= 0) {
    e.jaccard = g->jaccards.v[i];
  } else if (a->kind == DG_REL_CO_OCCURS) {
    double uni = (double)g->va.v[a->a].units + (double)g->va.v[a->b].units - a->unit_weight;
    e.jaccard = uni > 0 ? a->unit_weight / uni : 0;
  }
  return e;
}

dg_rel_kind dg_graph_edge_ends(const dg_graph *g, size_t i, uint32_t *source, uint32_t *target) {
  const eacc *a = dg_view_tie(g, i);
  if (source) *source = (uint32_t)g->vof.v[a->a];
  if (target) *target = (uint32_t)g->vof.v[a->b];
  return (dg_rel_kind)a->kind;
}

double dg_graph_edge_weight(const dg_graph *g, size_t i) { return dg_view_weight(g, i); }

/* The first view edge whose source is at least v (edges sorted by source). */
static size_t lower_source(const dg_graph *g, size_t v) {
  size_t lo = 0, hi = g->eorder.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (dg_view_source(g, mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

size_t dg_graph_edges_from(const dg_graph *g, size_t v, size_t *first) {
  *first = lower_source(g, v);
  return lower_source(g, v + 1) - *first;
}

/* Is tie a in the view: both ends kept, of a kept kind (kinds 0: all), at least
 * min_weight heavy? */
static int in_view(const eacc *a, const int32_t *keep, uint32_t kinds, double min_weight) {
  return keep[a->a] >= 0 && keep[a->b] >= 0 && a->weight >= min_weight &&
         (!kinds || ((kinds >> a->kind) & 1));
}

/* Sort the edges of one source, eorder[from..to), by target and kind (keys: room for
 * them). */
static void sort_source(dg_graph *g, const int32_t *keep, size_t from, size_t to,
                        edge_key *keys) {
  for (size_t k = from; k < to; k++) {
    const eacc *a = &g->ea.v[g->eorder.v[k]];
    keys[k - from] = (edge_key){(uint32_t)keep[a->a], (uint32_t)keep[a->b], a->kind,
                                g->eorder.v[k]};
  }
  qsort(keys, to - from, sizeof *keys, edge_cmp);
  for (size_t k = from; k < to; k++) g->eorder.v[k] = keys[k - from].i;
}

/* The view's edges (in_view), sorted by source, target and kind, their accumulators in
 * g->eorder, which holds exactly them: counted by source first, placed, then each
 * source's few sorted, so nothing but eorder grows with the edges (a 16-byte key an edge
 * sorted whole took 23 MB more for 1.4 million ties). */
static int view_edges(dg_graph *g, const int32_t *keep, uint32_t kinds, double min_weight) {
  size_t nv = g->vs.n, n = 0, widest = 0;
  uint32_t *end = calloc(nv + 1, sizeof *end); /* end[s]: past source s's last edge */
  if (!end) return -1;
  for (size_t i = 0; i < g->ea.n; i++)
    if (in_view(&g->ea.v[i], keep, kinds, min_weight)) end[keep[g->ea.v[i].a]]++, n++;
  free(g->eorder.v);
  g->eorder.n = g->eorder.cap = 0;
  if (!(g->eorder.v = malloc((n ? n : 1) * sizeof *g->eorder.v))) return free(end), -1;
  g->eorder.n = g->eorder.cap = n;
  uint32_t at = 0; /* end[s] becomes where source s starts, and moves to its end */
  for (size_t s = 0; s < nv; s++) {
    uint32_t c = end[s];
    end[s] = at;
    at += c;
    if (c > widest) widest = c;
  }
  for (size_t i = 0; i < g->ea.n; i++)
    if (in_view(&g->ea.v[i], keep, kinds, min_weight))
      g->eorder.v[end[keep[g->ea.v[i].a]]++] = (uint32_t)i;
  edge_key *keys = malloc((widest ? widest : 1) * sizeof *keys);
  for (size_t s = 0, from = 0; s < nv && keys; from = end[s++])
    if (end[s] - from > 1) sort_source(g, keep, from, end[s], keys);
  int rc = keys ? 0 : -1;
  free(keys);
  free(end);
  return rc;
}

/* Free memory in the middle of the heap (igraph's work) back to the system, so what is
 * allocated next (the edges, a diagram) does not come on top of it. */
static void give_back(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

/* The view's measures (those of `need`, with degree and strength), the ties' records set
 * aside meanwhile (spill.c), then what igraph freed given back to the system, so a
 * diagram drawn next does not come on top of it. */
static dg_err measured(dg_graph *g, unsigned need, dg_igraph_guard *gd, dg_error *err) {
  dg_pairs p;
  if (dg_graph_pairs(g, &p)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  int igraph_work = (need & (DG_MEASURE_BETWEENNESS | DG_MEASURE_COMMUNITY)) &&
                    p.w.n >= g->spill_pairs; /* small views: igraph's copies are small too */
  if (g->shared) igraph_work = 0; /* a snapshot on another thread reads the ties */
  FILE *aside = igraph_work ? dg_graph_spill(g, 0) : NULL;
  dg_err r = dg_graph_measure(g, &p, gd, need, err);
  give_back();
  if (dg_graph_unspill(g, aside) && r == DG_OK)
    r = dg_error_set(err, DG_ENOMEM, "out of memory (reading back the ties set aside)");
  return r;
}

/* Fill the view from keep[] and the filter's kinds and weight (measures not yet known). */
static dg_err fill_view(dg_graph *g, int32_t *keep, const dg_graph_filter *f, dg_error *err) {
  if (view_vertices(g, keep) || view_edges(g, keep, f->kinds, f->min_weight))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* Keep only the view vertices with in[view index] set, and fill the view again. */
static dg_err narrow(dg_graph *g, int32_t *keep, const char *in, const dg_graph_filter *f,
                     dg_error *err) {
  for (size_t i = 0; i < g->va.n; i++)
    if (keep[i] >= 0) keep[i] = in[keep[i]] ? 0 : -1;
  return fill_view(g, keep, f, err);
}

/* ---- focus ---- */

/* The best match wins; of equal ones, the first in id order. */
/* Whether `name` is a person's surname in label: the label's start in Japanese (石破 of
 * 石破茂, not a whole label), or a whole word of an English label, ASCII case ignored
 * (Ishiba of Shigeru Ishiba or ISHIBA Shigeru). */
static int surname_of(const char *label, const char *name) {
  size_t n = strlen(name), len = strlen(label);
  if (!n || n >= len) return 0;
  if ((unsigned char)name[0] >= 0x80) return !strncmp(label, name, n);
  for (const char *p = label; *p; p++) {
    int starts = p == label || p[-1] == ' ';
    if (starts && !strncasecmp(p, name, n) && (p[n] == '\0' || p[n] == ' ')) return 1;
  }
  return 0;
}

/* The person a surname names: the one most mentioned among those it could be, or -1. */
static long by_surname(const dg_graph *g, const char *s) {
  long best = -1;
  for (size_t i = 0; i < g->vs.n; i++) {
    const dg_vertex *v = &g->vs.v[i];
    if (v->type != DG_TYPE_PERSON || !(surname_of(v->label, s) || surname_of(v->label_en, s)))
      continue;
    if (best < 0 || v->mentions > g->vs.v[best].mentions) best = (long)i;
  }
  return best;
}

size_t dg_graph_top_of(const dg_graph *g, dg_rank *rank) {
  if (rank) *rank = g->built.rank;
  return g->top_of;
}

long dg_graph_find(const dg_graph *g, const char *s) {
  long best = -1;
  dg_name_match how = DG_NAME_NONE;
  for (size_t i = 0; i < g->vs.n && how != DG_NAME_ID; i++) {
    const dg_vertex *v = &g->vs.v[i];
    dg_name_match m = dg_entity_name_match(v->id, v->label, v->label_en, s);
    if (m > how) how = m, best = (long)i;
  }
  return best >= 0 ? best : by_surname(g, s);
}

/* Order of edges for the focus walk: typed first, then weight, then index. */
typedef struct {
  int typed;
  double weight;
  uint32_t i;
} strength_t;

static int strength_cmp(const void *a, const void *b) {
  const strength_t *x = a, *y = b;
  if (x->typed != y->typed) return y->typed - x->typed;
  if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* One step of the walk: from the vertices at hop h to new ones, along the edges in
 * `order` (strongest first), at most `fanout` new neighbours from each (0: all). */
static void walk_step(const dg_graph *g, const strength_t *order, int *hop, int *taken, int h,
                      int fanout) {
  memset(taken, 0, g->vs.n * sizeof *taken);
  for (size_t k = 0; k < g->eorder.n; k++) {
    uint32_t s = dg_view_source(g, order[k].i), t = dg_view_target(g, order[k].i);
    uint32_t from, to;
    if (hop[s] == h && hop[t] < 0) from = s, to = t;
    else if (hop[t] == h && hop[s] < 0) from = t, to = s;
    else continue;
    if (fanout > 0 && taken[from] >= fanout) continue;
    taken[from]++;
    hop[to] = h + 1;
  }
}

/* in[] = the view vertices within the radius of vertex c (0 is taken as 1); -1 when
 * memory runs out. */
static int focus_reach(const dg_graph *g, long c, const dg_graph_filter *f, char *in) {
  size_t nv = g->vs.n, ne = g->eorder.n;
  int *hop = malloc((nv ? nv : 1) * sizeof *hop);
  int *taken = calloc(nv ? nv : 1, sizeof *taken);
  strength_t *order = malloc((ne ? ne : 1) * sizeof *order);
  int rc = hop && taken && order ? 0 : -1;
  if (rc == 0) {
    for (size_t i = 0; i < nv; i++) hop[i] = -1;
    hop[c] = 0;
    for (size_t i = 0; i < ne; i++)
      order[i] = (strength_t){dg_view_tie(g, i)->kind != DG_REL_CO_OCCURS, dg_view_weight(g, i),
                              (uint32_t)i};
    if (ne) qsort(order, ne, sizeof *order, strength_cmp);
    int radius = f->radius > 0 ? f->radius : 1;
    for (int h = 0; h < radius; h++) walk_step(g, order, hop, taken, h, f->fanout);
    for (size_t i = 0; i < nv; i++) in[i] = hop[i] >= 0;
  }
  free(order);
  free(taken);
  free(hop);
  return rc;
}

/* ---- top N ---- */

static double rank_of(const dg_vertex *v, dg_rank r) {
  switch (r) {
  case DG_RANK_DEGREE: return v->degree;
  case DG_RANK_MENTIONS: return v->mentions;
  default: return v->pagerank;
  }
}

/* Ranked higher: by the rank, then mentions, then id. */
static int rank_better(const dg_vertex *x, const dg_vertex *y, dg_rank r) {
  double a = rank_of(x, r), b = rank_of(y, r);
  if (a != b) return a > b;
  if (x->mentions != y->mentions) return x->mentions > y->mentions;
  return strcmp(x->id, y->id) < 0;
}

/* in[] = the `top` view vertices ranked highest (top < the view's size); -1 when memory
 * runs out. A partial selection: N is small in practice. The rank's measure must be known. */
static int top_ranked(const dg_graph *g, size_t top, dg_rank rank, char *in) {
  size_t nv = g->vs.n;
  uint32_t *idx = malloc(nv * sizeof *idx);
  if (!idx) return -1;
  for (size_t i = 0; i < nv; i++) idx[i] = (uint32_t)i;
  for (size_t a = 0; a < top; a++) {
    size_t best = a;
    for (size_t b = a + 1; b < nv; b++)
      if (rank_better(&g->vs.v[idx[b]], &g->vs.v[idx[best]], rank)) best = b;
    uint32_t t = idx[a];
    idx[a] = idx[best];
    idx[best] = t;
  }
  memset(in, 0, nv);
  for (size_t a = 0; a < top; a++) in[idx[a]] = 1;
  free(idx);
  return 0;
}

/* in[] = the view vertices with at least one edge. */
static void linked(const dg_graph *g, char *in) {
  memset(in, 0, g->vs.n);
  for (size_t i = 0; i < g->eorder.n; i++) in[dg_view_source(g, i)] = in[dg_view_target(g, i)] = 1;
}

/* ---- build ---- */

/* The top N of the view into in[], its rank's measure computed first. */
static dg_err top_of(dg_graph *g, const dg_graph_filter *f, char *in, dg_igraph_guard *gd,
                     dg_error *err) {
  if (!in) return dg_error_set(err, DG_ENOMEM, "out of memory");
  unsigned need = f->rank == DG_RANK_PAGERANK ? DG_MEASURE_PAGERANK : 0;
  dg_err r = measured(g, need, gd, err);
  if (r == DG_OK && top_ranked(g, f->top, f->rank, in))
    r = dg_error_set(err, DG_ENOMEM, "out of memory");
  return r;
}

/* The focus, top N and isolated-vertex filters, each on the view the previous left. */
static dg_err narrow_steps(dg_graph *g, int32_t *keep, const dg_graph_filter *f,
                           dg_igraph_guard *gd, dg_error *err) {
  dg_err r = DG_OK;
  if (f->focus) {
    long c = dg_graph_find(g, f->focus);
    if (c < 0)
      return dg_error_set(err, DG_ENOTFOUND, "no entity \"%s\" in the graph (give an id such as "
                          "program:jasmine or a label)", f->focus);
    char *in = malloc(g->vs.n + 1);
    r = in && !focus_reach(g, c, f, in) ? narrow(g, keep, in, f, err)
                                        : dg_error_set(err, DG_ENOMEM, "out of memory");
    free(in);
  }
  if (r == DG_OK && f->top && f->top < g->vs.n) {
    g->top_of = g->vs.n;
    char *in = malloc(g->vs.n + 1);
    r = top_of(g, f, in, gd, err);
    if (r == DG_OK) r = narrow(g, keep, in, f, err);
    free(in);
  }
  if (r == DG_OK && f->drop_isolated) {
    char *in = malloc(g->vs.n + 1);
    if (in) linked(g, in);
    r = in ? narrow(g, keep, in, f, err) : dg_error_set(err, DG_ENOMEM, "out of memory");
    free(in);
  }
  return r;
}

/* keep[] for a new build: the view's map from accumulator vertices (g->vof), each of a
 * kept type 0, the others -1; -1 when memory runs out. */
static int start_keep(dg_graph *g, uint32_t types) {
  g->vof.n = 0;
  g->eorder.n = 0;
  g->vs.n = 0;
  for (size_t i = 0; i < g->va.n; i++)
    if (DG_PUSH(g->vof, (types >> g->va.v[i].type) & 1 ? 0 : -1)) return -1;
  return 0;
}

dg_err dg_graph_build(dg_graph *g, const dg_graph_filter *f, dg_error *err) {
  dg_graph_filter def = {0};
  if (!f) f = &def;
  dg_graph_note_filter(g, f);
  g->top_of = 0;
  dg_graph_tie_index_drop(g); /* 4 bytes a slot, 2 slots a tie: not needed to build */
  dg_graph_fit(g);
  uint32_t types = f->types ? f->types
                            : (((1u << DG_TYPE_COUNT) - 1) & ~(1u << DG_TYPE_QUANTITY) &
                               ~(1u << DG_TYPE_STOP));
  if (start_keep(g, types)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  int32_t *keep = g->vof.v;
  dg_igraph_guard gd;
  dg_igraph_enter(&gd);
  if (g->has_ig) igraph_destroy(&g->ig); /* of the last build */
  g->has_ig = g->ig_due = 0;
  dg_err r = fill_view(g, keep, f, err);
  if (r == DG_OK) r = narrow_steps(g, keep, f, &gd, err);
  if (r == DG_OK) r = measured(g, f->measures ? f->measures : DG_MEASURE_ALL, &gd, err);
  g->ig_due = r == DG_OK; /* made when asked for: most callers never do (run, the views) */
  dg_igraph_leave(&gd);
  if (r != DG_OK) g->vs.n = g->eorder.n = 0; /* an empty view, not half of one */
  return r;
}
