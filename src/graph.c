/* The relationship graph (see docgraph/graph.h).
 * Two layers: accumulators (hash maps of vertex and edge records that grow as documents
 * arrive) and the built view (filtered, sorted arrays plus an igraph graph with
 * attributes). Everything the built view shows is derived from the accumulators, so
 * rebuilding with other filters is cheap and never changes them. */
#include "docgraph/graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "hmap.h"

typedef struct {
  const char *id, *label, *label_en;
  dg_type type;
  uint32_t mentions, documents, units;
  uint32_t last_doc, last_unit;
} vacc;

typedef struct {
  uint32_t a, b; /* accumulator vertex indices, id(a) < id(b) */
  dg_rel_kind kind;
  uint32_t weight, documents, evidence_count;
  uint32_t last_doc;
  const char *evidence;
} eacc;

struct dg_graph {
  dg_arena arena;
  dg_hmap vmap, emap;
  DG_VEC(vacc) va;
  DG_VEC(eacc) ea;
  uint32_t ndocs;
  uint32_t unit_seq;
  /* built view */
  DG_VEC(dg_vertex) vs;
  DG_VEC(dg_edge) es;
  igraph_t ig;
  int has_ig;
};

static const char *const kind_names[DG_REL_COUNT] = {"co_occurs"};

const char *dg_rel_kind_name(dg_rel_kind k) {
  return (unsigned)k < DG_REL_COUNT ? kind_names[k] : "unknown";
}

dg_err dg_graph_new(dg_graph **out, dg_error *err) {
  dg_graph *g = calloc(1, sizeof *g);
  if (!g) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_arena_init(&g->arena);
  dg_hmap_init(&g->vmap);
  dg_hmap_init(&g->emap);
  *out = g;
  return DG_OK;
}

void dg_graph_free(dg_graph *g) {
  if (!g) return;
  if (g->has_ig) igraph_destroy(&g->ig);
  dg_hmap_destroy(&g->vmap);
  dg_hmap_destroy(&g->emap);
  free(g->va.v);
  free(g->ea.v);
  free(g->vs.v);
  free(g->es.v);
  dg_arena_destroy(&g->arena);
  free(g);
}

size_t dg_graph_document_count(const dg_graph *g) { return g->ndocs; }

static long vertex_for(dg_graph *g, const dg_mention *m) {
  uint32_t *slot;
  int r = dg_hmap_put(&g->vmap, m->id, strlen(m->id), (uint32_t)g->va.n, &slot);
  if (r < 0) return -1;
  if (r == 0) return (long)*slot;
  vacc v = {0};
  v.id = dg_arena_strdup(&g->arena, m->id);
  v.label = dg_arena_strdup(&g->arena, m->label ? m->label : "");
  v.label_en = dg_arena_strdup(&g->arena, m->label_en ? m->label_en : "");
  v.type = m->type;
  v.last_doc = UINT32_MAX;
  v.last_unit = UINT32_MAX;
  if (!v.id || !v.label || !v.label_en || DG_PUSH(g->va, v)) return -1;
  return (long)(g->va.n - 1);
}

static int add_edge(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, const dg_doc *d,
                    uint32_t line) {
  if (strcmp(g->va.v[a].id, g->va.v[b].id) > 0) {
    uint32_t t = a;
    a = b;
    b = t;
  }
  char key[16];
  memcpy(key, &a, 4);
  memcpy(key + 4, &b, 4);
  uint32_t k = (uint32_t)kind;
  memcpy(key + 8, &k, 4);
  uint32_t *slot;
  int r = dg_hmap_put(&g->emap, key, 12, (uint32_t)g->ea.n, &slot);
  if (r < 0) return -1;
  if (r == 1) {
    eacc e = {.a = a, .b = b, .kind = kind, .last_doc = UINT32_MAX};
    char ev[1200];
    snprintf(ev, sizeof ev, "%s:%u", d->path, line);
    e.evidence = dg_arena_strdup(&g->arena, ev);
    if (!e.evidence || DG_PUSH(g->ea, e)) return -1;
  }
  eacc *e = &g->ea.v[*slot];
  e->weight++;
  e->evidence_count++;
  if (e->last_doc != g->ndocs) {
    e->last_doc = g->ndocs;
    e->documents++;
  }
  return 0;
}

dg_err dg_graph_add_doc(dg_graph *g, const dg_doc *d, dg_error *err) {
  DG_VEC(uint32_t) unit = {0};
  uint32_t cur_sent = UINT32_MAX;
  uint32_t cur_line = 0;
  for (size_t i = 0; i <= d->nments; i++) {
    const dg_mention *m = i < d->nments ? &d->ments[i] : NULL;
    uint32_t s = m ? m->sentence : UINT32_MAX - 1;
    if (s != cur_sent) {
      /* Close the previous unit: an edge for every pair in it. */
      for (size_t x = 0; x < unit.n; x++)
        for (size_t y = x + 1; y < unit.n; y++)
          if (add_edge(g, unit.v[x], unit.v[y], DG_REL_CO_OCCURS, d, cur_line)) goto oom;
      unit.n = 0;
      cur_sent = s;
      g->unit_seq++;
      if (m) cur_line = m->line;
    }
    if (!m) break;
    long v = vertex_for(g, m);
    if (v < 0) goto oom;
    vacc *va = &g->va.v[v];
    va->mentions++;
    if (va->last_doc != g->ndocs) {
      va->last_doc = g->ndocs;
      va->documents++;
    }
    if (m->sentence == UINT32_MAX) continue; /* outside every sentence: no co-occurrence */
    if (va->last_unit != g->unit_seq) {
      va->last_unit = g->unit_seq;
      va->units++;
      if (DG_PUSH(unit, (uint32_t)v)) goto oom;
    }
  }
  free(unit.v);
  g->ndocs++;
  return DG_OK;
oom:
  free(unit.v);
  return dg_error_set(err, DG_ENOMEM, "%s: out of memory while building the graph", d->path);
}

/* ---- build ---- */

static int vertex_cmp(const void *a, const void *b) {
  return strcmp(((const dg_vertex *)a)->id, ((const dg_vertex *)b)->id);
}

static int edge_cmp(const void *a, const void *b) {
  const dg_edge *x = a, *y = b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  if (x->target != y->target) return x->target < y->target ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

static dg_err ig_fail(dg_error *err, const char *what) {
  return dg_error_set(err, DG_EGRAPH, "igraph failed while %s", what);
}

static dg_err build_igraph(dg_graph *g, dg_error *err) {
  igraph_set_attribute_table(&igraph_cattribute_table);
  if (g->has_ig) igraph_destroy(&g->ig);
  g->has_ig = 0;
  igraph_vector_int_t el;
  if (igraph_vector_int_init(&el, (igraph_integer_t)(2 * g->es.n))) return ig_fail(err, "allocating edges");
  for (size_t i = 0; i < g->es.n; i++) {
    VECTOR(el)[2 * i] = g->es.v[i].source;
    VECTOR(el)[2 * i + 1] = g->es.v[i].target;
  }
  igraph_error_t r = igraph_create(&g->ig, &el, (igraph_integer_t)g->vs.n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&el);
  if (r) return ig_fail(err, "creating the graph");
  g->has_ig = 1;
  igraph_t *ig = &g->ig;
  size_t nv = g->vs.n, ne = g->es.n;
  igraph_vector_t w, res;
  igraph_vector_init(&w, (igraph_integer_t)ne);
  igraph_vector_init(&res, (igraph_integer_t)nv);
  for (size_t i = 0; i < ne; i++) VECTOR(w)[i] = g->es.v[i].weight;

  igraph_vector_int_t deg;
  igraph_vector_int_init(&deg, (igraph_integer_t)nv);
  igraph_degree(ig, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS);
  for (size_t i = 0; i < nv; i++) g->vs.v[i].degree = (double)VECTOR(deg)[i];
  igraph_vector_int_destroy(&deg);

  igraph_strength(ig, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS, &w);
  for (size_t i = 0; i < nv; i++) g->vs.v[i].strength = VECTOR(res)[i];

  if (nv > 0) {
    igraph_real_t value;
    if (igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0,
                        0.85, &w, NULL) == IGRAPH_SUCCESS)
      for (size_t i = 0; i < nv; i++) g->vs.v[i].pagerank = VECTOR(res)[i];
    if (igraph_betweenness(ig, &res, igraph_vss_all(), 0, NULL) == IGRAPH_SUCCESS)
      for (size_t i = 0; i < nv; i++) g->vs.v[i].betweenness = VECTOR(res)[i];
    /* Louvain uses igraph's default random generator: give it a private, fixed-seed one
     * for the call so communities are the same on every run. */
    igraph_vector_int_t memb;
    igraph_vector_int_init(&memb, 0);
    igraph_rng_t rng;
    igraph_rng_t *old = igraph_rng_default();
    if (igraph_rng_init(&rng, &igraph_rngtype_mt19937) == IGRAPH_SUCCESS) {
      igraph_rng_seed(&rng, 42);
      igraph_rng_set_default(&rng);
      if (igraph_community_multilevel(ig, &w, 1.0, &memb, NULL, NULL) == IGRAPH_SUCCESS) {
        /* Renumber communities by first appearance so ids are dense and stable. */
        int32_t *map = malloc((nv + 1) * sizeof *map);
        if (map) {
          for (size_t i = 0; i <= nv; i++) map[i] = -1;
          int32_t next = 0;
          for (size_t i = 0; i < nv; i++) {
            igraph_integer_t c = VECTOR(memb)[i];
            if (c < 0 || (size_t)c > nv) continue;
            if (map[c] < 0) map[c] = next++;
            g->vs.v[i].community = map[c];
          }
          free(map);
        }
      }
      igraph_rng_set_default(old);
      igraph_rng_destroy(&rng);
    }
    igraph_vector_int_destroy(&memb);
  }
  igraph_vector_destroy(&w);
  igraph_vector_destroy(&res);

  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = &g->vs.v[i];
    igraph_integer_t vid = (igraph_integer_t)i;
    SETVAS(ig, "id", vid, v->id);
    SETVAS(ig, "type", vid, dg_type_name(v->type));
    SETVAS(ig, "label", vid, v->label);
    SETVAS(ig, "label_en", vid, v->label_en);
    SETVAN(ig, "mentions", vid, v->mentions);
    SETVAN(ig, "documents", vid, v->documents);
    SETVAN(ig, "degree", vid, v->degree);
    SETVAN(ig, "strength", vid, v->strength);
    SETVAN(ig, "pagerank", vid, v->pagerank);
    SETVAN(ig, "betweenness", vid, v->betweenness);
    SETVAN(ig, "community", vid, v->community);
  }
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = &g->es.v[i];
    igraph_integer_t eid = (igraph_integer_t)i;
    SETEAS(ig, "kind", eid, dg_rel_kind_name(e->kind));
    SETEAN(ig, "weight", eid, e->weight);
    SETEAN(ig, "jaccard", eid, e->jaccard);
    SETEAN(ig, "documents", eid, e->documents);
    SETEAN(ig, "evidence_count", eid, e->evidence_count);
    SETEAS(ig, "evidence", eid, e->evidence);
  }
  return DG_OK;
}

dg_err dg_graph_build(dg_graph *g, const dg_graph_filter *f, dg_error *err) {
  dg_graph_filter def = {0};
  if (!f) f = &def;
  uint32_t types = f->types ? f->types : (((1u << DG_TYPE_COUNT) - 1) & ~(1u << DG_TYPE_QUANTITY) &
                                          ~(1u << DG_TYPE_STOP));
  size_t na = g->va.n;
  int32_t *keep = malloc((na ? na : 1) * sizeof *keep);
  if (!keep) return dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t i = 0; i < na; i++) keep[i] = (types >> g->va.v[i].type) & 1 ? 0 : -1;
  /* Edges that survive the vertex and weight filters. */
  uint32_t *deg = calloc(na ? na : 1, sizeof *deg);
  if (!deg) {
    free(keep);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (int pass = 0; pass < 2; pass++) {
    memset(deg, 0, (na ? na : 1) * sizeof *deg);
    for (size_t i = 0; i < g->ea.n; i++) {
      const eacc *e = &g->ea.v[i];
      if (keep[e->a] < 0 || keep[e->b] < 0 || e->weight < f->min_weight) continue;
      deg[e->a]++, deg[e->b]++;
    }
    if (pass == 0 && f->top && f->top < na) {
      /* Keep the top N by mentions, as co-occurrence networks usually select their words
       * by frequency (ties: higher degree, then id). */
      size_t cand = 0;
      for (size_t i = 0; i < na; i++) cand += keep[i] >= 0;
      if (cand > f->top) {
        uint32_t *idx = malloc(cand * sizeof *idx);
        if (!idx) break;
        size_t k = 0;
        for (size_t i = 0; i < na; i++)
          if (keep[i] >= 0) idx[k++] = (uint32_t)i;
        /* selection by repeated max: N is small in practice */
        for (size_t a = 0; a < f->top; a++) {
          size_t best = a;
          for (size_t b = a + 1; b < cand; b++) {
            const vacc *x = &g->va.v[idx[b]], *y = &g->va.v[idx[best]];
            int better = x->mentions > y->mentions ||
                         (x->mentions == y->mentions &&
                          (deg[idx[b]] > deg[idx[best]] ||
                           (deg[idx[b]] == deg[idx[best]] && strcmp(x->id, y->id) < 0)));
            if (better) best = b;
          }
          uint32_t t = idx[a];
          idx[a] = idx[best];
          idx[best] = t;
        }
        for (size_t b = f->top; b < cand; b++) keep[idx[b]] = -1;
        free(idx);
      }
    } else {
      break;
    }
  }
  /* Vertices in id order. */
  g->vs.n = 0;
  for (size_t i = 0; i < na; i++) {
    if (keep[i] < 0 || (f->drop_isolated && deg[i] == 0)) {
      keep[i] = -1;
      continue;
    }
    const vacc *a = &g->va.v[i];
    dg_vertex v = {.id = a->id,
                   .type = a->type,
                   .label = a->label,
                   .label_en = a->label_en,
                   .mentions = a->mentions,
                   .documents = a->documents,
                   .units = a->units};
    if (DG_PUSH(g->vs, v)) goto oom;
  }
  if (g->vs.n) qsort(g->vs.v, g->vs.n, sizeof *g->vs.v, vertex_cmp);
  for (size_t i = 0; i < g->vs.n; i++) {
    uint32_t *slot = dg_hmap_get(&g->vmap, g->vs.v[i].id, strlen(g->vs.v[i].id));
    keep[*slot] = (int32_t)i;
  }
  g->es.n = 0;
  for (size_t i = 0; i < g->ea.n; i++) {
    const eacc *a = &g->ea.v[i];
    if (keep[a->a] < 0 || keep[a->b] < 0 || a->weight < f->min_weight) continue;
    dg_edge e = {.source = (uint32_t)keep[a->a],
                 .target = (uint32_t)keep[a->b],
                 .kind = a->kind,
                 .weight = a->weight,
                 .documents = a->documents,
                 .evidence_count = a->evidence_count,
                 .evidence = a->evidence};
    uint32_t ua = g->va.v[a->a].units, ub = g->va.v[a->b].units;
    double uni = (double)ua + (double)ub - a->weight;
    e.jaccard = uni > 0 ? a->weight / uni : 0;
    if (DG_PUSH(g->es, e)) goto oom;
  }
  if (g->es.n) qsort(g->es.v, g->es.n, sizeof *g->es.v, edge_cmp);
  free(keep);
  free(deg);
  return build_igraph(g, err);
oom:
  free(keep);
  free(deg);
  return dg_error_set(err, DG_ENOMEM, "out of memory while building the graph");
}

size_t dg_graph_vertex_count(const dg_graph *g) { return g->vs.n; }
const dg_vertex *dg_graph_vertex(const dg_graph *g, size_t i) { return &g->vs.v[i]; }
size_t dg_graph_edge_count(const dg_graph *g) { return g->es.n; }
const dg_edge *dg_graph_edge(const dg_graph *g, size_t i) { return &g->es.v[i]; }
const igraph_t *dg_graph_igraph(const dg_graph *g) { return g->has_ig ? &g->ig : NULL; }
