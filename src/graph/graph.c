/* The relationship graph (see docgraph/graph.h).
 * Two layers: accumulators (hash maps of vertex and edge records that grow as documents
 * arrive) and the built view (filtered, sorted arrays plus an igraph graph with
 * attributes). Everything the built view shows is derived from the accumulators, so
 * rebuilding with other filters is cheap and never changes them. Metrics are computed on
 * the simple graph behind the view (one edge per pair of vertices, weights summed), so
 * a pair tied three ways does not count three times. */
#include "docgraph/graph_igraph.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docgraph/entity_name.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/hmap.h"

/* The sentences behind a vertex or an edge: the first `cap` distinct ones, and a count of
 * all. Consecutive instances from the same sentence count once. */
typedef struct {
  DG_VEC(dg_evref) v;
  uint32_t total;
  uint32_t last_doc, last_sent;
} evlist;

typedef struct {
  const char *id, *label, *label_en;
  dg_type type;
  uint32_t mentions, documents, units;
  uint32_t last_doc, last_unit;
  DG_VEC(uint32_t) docs;
  evlist ev;
  dg_value value;
} vacc;

typedef struct {
  uint32_t a, b; /* accumulator vertex indices; co_occurs: id(a) < id(b) */
  dg_rel_kind kind;
  uint32_t weight, documents, evidence_count;
  uint32_t unit_weight; /* co_occurs: the units both are in (weight also counts ties a list
                           item or a table row inherits from its heading) */
  uint32_t last_doc;
  double jaccard; /* < 0: computed from the units of its ends */
  const char *evidence, *evidence_text;
  evlist ev;
} eacc;

/* Sentence texts, each stored once however many vertices and edges cite it. */
typedef struct {
  dg_hmap map; /* (doc, sentence) -> index in texts */
  DG_VEC(const char *) texts;
  DG_VEC(uint32_t) lines;
} sentpool;

struct dg_graph {
  dg_arena arena;
  dg_hmap vmap, emap;
  DG_VEC(vacc) va;
  DG_VEC(eacc) ea;
  DG_VEC(const char *) docs;
  dg_hmap docmap; /* path -> index, for documents named by graph files */
  sentpool pool;
  uint32_t unit_seq;
  /* built view */
  DG_VEC(dg_vertex) vs;
  DG_VEC(dg_edge) es;
  igraph_t ig;
  int has_ig;
};

int dg_rank_parse(const char *name, dg_rank *out) {
  if (!strcmp(name, "pagerank")) *out = DG_RANK_PAGERANK;
  else if (!strcmp(name, "degree")) *out = DG_RANK_DEGREE;
  else if (!strcmp(name, "mentions")) *out = DG_RANK_MENTIONS;
  else return -1;
  return 0;
}

dg_err dg_graph_new(dg_graph **out, dg_error *err) {
  dg_graph *g = calloc(1, sizeof *g);
  if (!g) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_arena_init(&g->arena);
  dg_hmap_init(&g->vmap);
  dg_hmap_init(&g->emap);
  dg_hmap_init(&g->docmap);
  dg_hmap_init(&g->pool.map);
  *out = g;
  return DG_OK;
}

void dg_graph_free(dg_graph *g) {
  if (!g) return;
  if (g->has_ig) igraph_destroy(&g->ig);
  dg_hmap_destroy(&g->vmap);
  dg_hmap_destroy(&g->emap);
  dg_hmap_destroy(&g->docmap);
  dg_hmap_destroy(&g->pool.map);
  free(g->pool.texts.v);
  free(g->pool.lines.v);
  for (size_t i = 0; i < g->va.n; i++) {
    free(g->va.v[i].docs.v);
    free(g->va.v[i].ev.v.v);
  }
  for (size_t i = 0; i < g->ea.n; i++) free(g->ea.v[i].ev.v.v);
  free(g->va.v);
  free(g->ea.v);
  free(g->docs.v);
  free(g->vs.v);
  free(g->es.v);
  dg_arena_destroy(&g->arena);
  free(g);
}

size_t dg_graph_document_count(const dg_graph *g) { return g->docs.n; }
const char *dg_graph_document(const dg_graph *g, size_t i) { return g->docs.v[i]; }

static long vertex_for(dg_graph *g, const char *id, const char *label, const char *label_en,
                       dg_type type, const dg_value *value) {
  uint32_t *slot;
  int r = dg_hmap_put(&g->vmap, id, strlen(id), (uint32_t)g->va.n, &slot);
  if (r < 0) return -1;
  if (r == 0) return (long)*slot;
  vacc v;
  memset(&v, 0, sizeof v);
  v.id = dg_arena_strdup(&g->arena, id);
  v.label = dg_arena_strdup(&g->arena, label ? label : "");
  v.label_en = dg_arena_strdup(&g->arena, label_en ? label_en : "");
  v.type = type;
  if (value) v.value = *value;
  v.last_doc = UINT32_MAX;
  v.last_unit = UINT32_MAX;
  v.ev.last_doc = UINT32_MAX;
  if (!v.id || !v.label || !v.label_en || DG_PUSH(g->va, v)) return -1;
  return (long)(g->va.n - 1);
}

/* The sentence s of document d as evidence: pooled text and line; NULL when out of
 * memory. */
static const char *pooled_sentence(dg_graph *g, const dg_doc *d, uint32_t doc, uint32_t s,
                                   uint32_t *line) {
  uint32_t key[2] = {doc, s};
  uint32_t *slot;
  int r = dg_hmap_put(&g->pool.map, (const char *)key, sizeof key, (uint32_t)g->pool.texts.n, &slot);
  if (r < 0) return NULL;
  if (r == 0) {
    *line = g->pool.lines.v[*slot];
    return g->pool.texts.v[*slot];
  }
  const char *text;
  size_t n;
  dg_doc_sentence_text(d, s, &text, &n, line);
  if (n > DG_EVIDENCE_TEXT_MAX) { /* cut on a character boundary */
    n = DG_EVIDENCE_TEXT_MAX;
    while (n && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
  }
  char *tx = dg_arena_strndup(&g->arena, text ? text : "", text ? n : 0);
  if (!tx) return NULL;
  for (char *p = tx; *p; p++) /* the sentence on one line */
    if (*p == '\n' || *p == '\t' || *p == '\r') *p = ' ';
  if (DG_PUSH(g->pool.texts, tx) || DG_PUSH(g->pool.lines, *line)) return NULL;
  return tx;
}

/* Count one more instance in sentence s of the current document; keep it while there is
 * room. */
static int ev_add(dg_graph *g, evlist *l, size_t cap, const dg_doc *d, uint32_t s) {
  uint32_t doc = (uint32_t)g->docs.n;
  if (l->last_doc == doc && l->last_sent == s) return 0;
  l->last_doc = doc;
  l->last_sent = s;
  l->total++;
  if (l->v.n >= cap) return 0;
  dg_evref r = {.doc = doc};
  r.text = pooled_sentence(g, d, doc, s, &r.line);
  if (!r.text) return -1;
  return DG_PUSH(l->v, r);
}

/* The hash key of a tie: its ends (co_occurs: in id order) and kind. */
static void edge_key(const dg_graph *g, uint32_t *a, uint32_t *b, dg_rel_kind kind, char key[12]) {
  if (!dg_rel_kind_directed(kind) && strcmp(g->va.v[*a].id, g->va.v[*b].id) > 0) {
    uint32_t t = *a;
    *a = *b;
    *b = t;
  }
  uint32_t k = (uint32_t)kind;
  memcpy(key, a, 4);
  memcpy(key + 4, b, 4);
  memcpy(key + 8, &k, 4);
}

/* Record one instance of a tie, stated in sentence s of d, or (d NULL) by `source`;
 * `in_unit`: a co-occurrence unit both ends are in (counted for Jaccard). */
static int add_edge(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, const dg_doc *d,
                    uint32_t s, const char *source, int in_unit) {
  if (a == b) return 0;
  char key[12];
  edge_key(g, &a, &b, kind, key);
  uint32_t *slot;
  int r = dg_hmap_put(&g->emap, key, sizeof key, (uint32_t)g->ea.n, &slot);
  if (r < 0) return -1;
  if (r == 1) {
    eacc e = {.a = a, .b = b, .kind = kind, .last_doc = UINT32_MAX, .jaccard = -1};
    e.ev.last_doc = UINT32_MAX;
    if (DG_PUSH(g->ea, e)) return -1;
  }
  eacc *e = &g->ea.v[*slot];
  e->weight++;
  e->unit_weight += in_unit != 0;
  e->evidence_count++;
  if (e->last_doc != g->docs.n) {
    e->last_doc = (uint32_t)g->docs.n;
    e->documents++;
  }
  if (d) {
    if (ev_add(g, &e->ev, DG_EDGE_EVIDENCE, d, s)) return -1;
    if (!e->evidence) {
      char where[1200];
      snprintf(where, sizeof where, "%s:%u", d->path, e->ev.v.v[0].line);
      e->evidence = dg_arena_strdup(&g->arena, where);
      e->evidence_text = e->ev.v.v[0].text;
      if (!e->evidence) return -1;
    }
  } else if (!e->evidence && source) {
    e->evidence = dg_arena_strdup(&g->arena, source);
    e->evidence_text = "";
    if (!e->evidence) return -1;
  }
  return 0;
}

/* What an amount or date mention stands for. */
static dg_value mention_value(const dg_mention *m) {
  dg_value v;
  memset(&v, 0, sizeof v);
  if (m->type == DG_TYPE_AMOUNT) {
    v.amount = m->value;
    v.amount_max = m->value_max;
    v.has_range = m->has_range;
    v.qualifier = m->qualifier;
    memcpy(v.currency, m->currency, sizeof v.currency);
  } else if (m->type == DG_TYPE_DATE) {
    v.when = m->when;
  }
  return v;
}

dg_err dg_graph_add_doc(dg_graph *g, const dg_doc *d, dg_error *err) {
  const char *path = dg_arena_strdup(&g->arena, d->path);
  if (!path) goto oom;
  uint32_t doc = (uint32_t)g->docs.n;
  /* vertices of the mentions, in order */
  uint32_t *vof = malloc((d->nments + 1) * sizeof *vof);
  if (!vof) goto oom;
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    dg_value val = mention_value(m);
    long v = vertex_for(g, m->id, m->label, m->label_en, m->type, &val);
    if (v < 0) {
      free(vof);
      goto oom;
    }
    vof[i] = (uint32_t)v;
    vacc *va = &g->va.v[v];
    va->mentions++;
    if (m->sentence < d->nsents && ev_add(g, &va->ev, DG_VERTEX_EVIDENCE, d, m->sentence)) {
      free(vof);
      goto oom;
    }
    if (va->last_doc != doc) {
      va->last_doc = doc;
      va->documents++;
      if (DG_PUSH(va->docs, doc)) {
        free(vof);
        goto oom;
      }
    }
  }
  /* co-occurrence units: every pair of distinct entities in a unit */
  DG_VEC(uint32_t) u = {0};
  for (size_t k = 0; k < d->nunits; k++) {
    const dg_unit *un = &d->units[k];
    g->unit_seq++;
    u.n = 0;
    for (uint32_t x = 0; x < un->n; x++) {
      uint32_t v = vof[d->unit_ments[un->first + x]];
      vacc *va = &g->va.v[v];
      if (va->last_unit == g->unit_seq) continue;
      va->last_unit = g->unit_seq;
      va->units++;
      if (DG_PUSH(u, v)) goto oom_u;
    }
    if (u.n < 2) continue;
    for (size_t x = 0; x < u.n; x++)
      for (size_t y = x + 1; y < u.n; y++)
        if (add_edge(g, u.v[x], u.v[y], DG_REL_CO_OCCURS, d, un->sentence, NULL, 1)) goto oom_u;
  }
  free(u.v);
  /* typed relations and ties inherited from a heading or lead line */
  for (size_t k = 0; k < d->nrels; k++) {
    const dg_relation *r = &d->rels[k];
    if (add_edge(g, vof[r->from], vof[r->to], r->kind, d, r->sentence, NULL, 0)) {
      free(vof);
      goto oom;
    }
  }
  free(vof);
  if (DG_PUSH(g->docs, path)) goto oom;
  uint32_t *dslot;
  if (dg_hmap_put(&g->docmap, path, strlen(path), doc, &dslot) < 0) goto oom;
  return DG_OK;
oom_u:
  free(u.v);
  free(vof);
oom:
  return dg_error_set(err, DG_ENOMEM, "%s: out of memory while building the graph", d->path);
}

dg_err dg_graph_add_members(dg_graph *g, const dg_dict *dict, dg_error *err) {
  size_t n = g->va.n;
  for (size_t i = 0; i < n; i++) {
    const vacc *grp = &g->va.v[i];
    if (grp->type != DG_TYPE_GROUP) continue;
    long e = dg_dict_find(dict, grp->id);
    if (e < 0) continue;
    char buf[4096];
    const char *members = dg_entity_attr(dg_dict_entity(dict, (size_t)e), "members", buf, sizeof buf);
    if (!members) continue;
    char where[600];
    snprintf(where, sizeof where, "dictionary:%s", grp->id);
    for (char *p = buf; *p;) {
      char *comma = strchr(p, ',');
      if (comma) *comma = '\0';
      uint32_t *v = dg_hmap_get(&g->vmap, p, strlen(p));
      if (v && add_edge(g, *v, (uint32_t)i, DG_REL_MEMBER_OF, NULL, 0, where, 0))
        return dg_error_set(err, DG_ENOMEM, "out of memory");
      if (!comma) break;
      p = comma + 1;
    }
  }
  return DG_OK;
}

/* ---- graphs read back from files ---- */

dg_err dg_graph_put_vertex(dg_graph *g, const char *id, dg_type type, const char *label,
                           const char *label_en, const dg_value *value, uint32_t mentions,
                           uint32_t documents, dg_error *err) {
  long v = vertex_for(g, id, label, label_en, type, value);
  if (v < 0) return dg_error_set(err, DG_ENOMEM, "out of memory");
  g->va.v[v].mentions = mentions;
  g->va.v[v].documents = documents;
  return DG_OK;
}

/* The index of a document named by a graph file, added when new. */
static long doc_named(dg_graph *g, const char *path, size_t n) {
  uint32_t *slot = dg_hmap_get(&g->docmap, path, n);
  if (slot) return *slot;
  const char *p = dg_arena_strndup(&g->arena, path, n);
  if (!p || dg_hmap_put(&g->docmap, p, n, (uint32_t)g->docs.n, &slot) < 0 || DG_PUSH(g->docs, p))
    return -1;
  return (long)g->docs.n - 1;
}

dg_err dg_graph_put_edge(dg_graph *g, const char *source, const char *target, dg_rel_kind kind,
                         uint32_t weight, double jaccard, uint32_t documents,
                         uint32_t evidence_count, const char *evidence,
                         const char *evidence_text, dg_error *err) {
  uint32_t *a = dg_hmap_get(&g->vmap, source, strlen(source));
  uint32_t *b = dg_hmap_get(&g->vmap, target, strlen(target));
  if (!a || !b)
    return dg_error_set(err, DG_EINPUT, "edge %s -> %s: no node %s", source, target, a ? target : source);
  /* the same tie twice: the first stands */
  uint32_t x = *a, y = *b;
  char key[12];
  edge_key(g, &x, &y, kind, key);
  if (x == y || dg_hmap_get(&g->emap, key, sizeof key)) return DG_OK;
  if (add_edge(g, *a, *b, kind, NULL, 0, evidence && *evidence ? evidence : NULL, 0))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  eacc *e = &g->ea.v[g->ea.n - 1];
  e->weight = weight;
  e->jaccard = kind == DG_REL_CO_OCCURS ? jaccard : 0;
  e->documents = documents;
  e->evidence_count = evidence_count;
  e->ev.total = evidence_count;
  /* "path:line" and its sentence as the tie's one kept evidence */
  const char *colon = evidence ? strrchr(evidence, ':') : NULL;
  if (colon && colon[1]) {
    char *end;
    unsigned long line = strtoul(colon + 1, &end, 10);
    long doc = *end ? -1 : doc_named(g, evidence, (size_t)(colon - evidence));
    if (doc >= 0) {
      dg_evref r = {(uint32_t)doc, (uint32_t)line, dg_arena_strdup(&g->arena, evidence_text ? evidence_text : "")};
      if (!r.text || DG_PUSH(e->ev.v, r)) return dg_error_set(err, DG_ENOMEM, "out of memory");
      e->evidence_text = r.text;
    }
  }
  return DG_OK;
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

/* Degree, strength, PageRank, betweenness and communities of the view, on its simple
 * graph (pairs merged, weights summed). */
static dg_err metrics(dg_graph *g, dg_error *err) {
  size_t nv = g->vs.n, ne = g->es.n;
  for (size_t i = 0; i < nv; i++) {
    dg_vertex *v = &g->vs.v[i];
    v->degree = v->strength = v->pagerank = v->betweenness = 0;
    v->community = 0;
  }
  /* pairs: edges are sorted by (source, target) but typed edges read both ways */
  dg_hmap pairs;
  dg_hmap_init(&pairs);
  DG_VEC(uint32_t) ends = {0};
  DG_VEC(double) pw = {0};
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = &g->es.v[i];
    uint32_t a = e->source < e->target ? e->source : e->target;
    uint32_t b = e->source < e->target ? e->target : e->source;
    char key[8];
    memcpy(key, &a, 4);
    memcpy(key + 4, &b, 4);
    uint32_t *slot;
    int r = dg_hmap_put(&pairs, key, 8, (uint32_t)pw.n, &slot);
    if (r < 0 || (r == 1 && (DG_PUSH(ends, a) || DG_PUSH(ends, b) || DG_PUSH(pw, 0.0)))) {
      dg_hmap_destroy(&pairs);
      free(ends.v);
      free(pw.v);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    pw.v[*slot] += e->weight;
    g->vs.v[e->source].strength += e->weight;
    g->vs.v[e->target].strength += e->weight;
  }
  dg_hmap_destroy(&pairs);
  for (size_t p = 0; p < pw.n; p++) {
    g->vs.v[ends.v[2 * p]].degree++;
    g->vs.v[ends.v[2 * p + 1]].degree++;
  }
  dg_err rc = DG_OK;
  if (nv > 0) {
    igraph_t sg;
    igraph_vector_int_t el;
    igraph_vector_t w, res;
    if (igraph_vector_int_init(&el, (igraph_integer_t)ends.n)) {
      free(ends.v);
      free(pw.v);
      return ig_fail(err, "allocating edges");
    }
    for (size_t i = 0; i < ends.n; i++) VECTOR(el)[i] = ends.v[i];
    if (igraph_create(&sg, &el, (igraph_integer_t)nv, IGRAPH_UNDIRECTED)) {
      igraph_vector_int_destroy(&el);
      free(ends.v);
      free(pw.v);
      return ig_fail(err, "creating the graph");
    }
    igraph_vector_int_destroy(&el);
    igraph_vector_init(&w, (igraph_integer_t)pw.n);
    for (size_t i = 0; i < pw.n; i++) VECTOR(w)[i] = pw.v[i];
    igraph_vector_init(&res, (igraph_integer_t)nv);
    igraph_real_t value;
    if (igraph_pagerank(&sg, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0,
                        0.85, &w, NULL) == IGRAPH_SUCCESS)
      for (size_t i = 0; i < nv; i++) g->vs.v[i].pagerank = VECTOR(res)[i];
    else rc = ig_fail(err, "computing PageRank");
    if (rc == DG_OK && igraph_betweenness(&sg, &res, igraph_vss_all(), 0, NULL) == IGRAPH_SUCCESS)
      for (size_t i = 0; i < nv; i++) g->vs.v[i].betweenness = VECTOR(res)[i];
    /* Louvain draws on igraph's default random generator: give it a private, fixed-seed
     * one for the call, so communities are the same on every run. */
    igraph_vector_int_t memb;
    igraph_vector_int_init(&memb, 0);
    igraph_rng_t rng;
    igraph_rng_t *old = igraph_rng_default();
    if (rc == DG_OK && igraph_rng_init(&rng, &igraph_rngtype_mt19937) == IGRAPH_SUCCESS) {
      igraph_rng_seed(&rng, 42);
      igraph_rng_set_default(&rng);
      if (igraph_community_multilevel(&sg, &w, 1.0, &memb, NULL, NULL) == IGRAPH_SUCCESS) {
        /* Renumber by first appearance so ids are dense and stable. */
        int32_t *map = malloc((nv + 1) * sizeof *map);
        if (map) {
          for (size_t i = 0; i <= nv; i++) map[i] = -1;
          int32_t next = 0;
          for (size_t i = 0; i < nv; i++) {
            igraph_integer_t cm = VECTOR(memb)[i];
            if (cm < 0 || (size_t)cm > nv) continue;
            if (map[cm] < 0) map[cm] = next++;
            g->vs.v[i].community = map[cm];
          }
          free(map);
        }
      }
      igraph_rng_set_default(old);
      igraph_rng_destroy(&rng);
    }
    igraph_vector_int_destroy(&memb);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&res);
    igraph_destroy(&sg);
  }
  free(ends.v);
  free(pw.v);
  return rc;
}

/* The view as an igraph multigraph with attributes. */
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
  for (size_t i = 0; i < g->vs.n; i++) {
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
  for (size_t i = 0; i < g->es.n; i++) {
    const dg_edge *e = &g->es.v[i];
    igraph_integer_t eid = (igraph_integer_t)i;
    SETEAS(ig, "kind", eid, dg_rel_kind_name(e->kind));
    SETEAB(ig, "directed", eid, dg_rel_kind_directed(e->kind));
    SETEAN(ig, "weight", eid, e->weight);
    SETEAN(ig, "jaccard", eid, e->jaccard);
    SETEAN(ig, "documents", eid, e->documents);
    SETEAN(ig, "evidence_count", eid, e->evidence_count);
    SETEAS(ig, "evidence", eid, e->evidence);
  }
  return DG_OK;
}

/* Fill the view from the accumulator vertices with keep[i] >= 0 and the edges that pass,
 * sorted; keep[] ends up mapping accumulator vertices to view indices. */
static dg_err fill_view(dg_graph *g, int32_t *keep, uint32_t kinds, double min_weight,
                        dg_error *err) {
  size_t na = g->va.n;
  g->vs.n = 0;
  for (size_t i = 0; i < na; i++) {
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
                   .ev = a->ev.v.v,
                   .nev = (uint32_t)a->ev.v.n,
                   .ev_total = a->ev.total,
                   .value = a->value};
    if (DG_PUSH(g->vs, v)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (g->vs.n) qsort(g->vs.v, g->vs.n, sizeof *g->vs.v, vertex_cmp);
  for (size_t i = 0; i < g->vs.n; i++) {
    uint32_t *slot = dg_hmap_get(&g->vmap, g->vs.v[i].id, strlen(g->vs.v[i].id));
    keep[*slot] = (int32_t)i;
  }
  g->es.n = 0;
  for (size_t i = 0; i < g->ea.n; i++) {
    const eacc *a = &g->ea.v[i];
    if (keep[a->a] < 0 || keep[a->b] < 0 || a->weight < min_weight) continue;
    if (kinds && !((kinds >> a->kind) & 1)) continue;
    dg_edge e = {.source = (uint32_t)keep[a->a],
                 .target = (uint32_t)keep[a->b],
                 .kind = a->kind,
                 .weight = a->weight,
                 .documents = a->documents,
                 .evidence_count = a->evidence_count,
                 .evidence = a->evidence ? a->evidence : "",
                 .evidence_text = a->evidence_text ? a->evidence_text : "",
                 .ev = a->ev.v.v,
                 .nev = (uint32_t)a->ev.v.n,
                 .ev_total = a->ev.total};
    if (a->jaccard >= 0) {
      e.jaccard = a->jaccard;
    } else if (a->kind == DG_REL_CO_OCCURS) {
      double uni = (double)g->va.v[a->a].units + (double)g->va.v[a->b].units - a->unit_weight;
      e.jaccard = uni > 0 ? a->unit_weight / uni : 0;
    }
    if (DG_PUSH(g->es, e)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (g->es.n) qsort(g->es.v, g->es.n, sizeof *g->es.v, edge_cmp);
  return metrics(g, err);
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

/* The best match wins; of equal ones, the first in id order. */
long dg_graph_find(const dg_graph *g, const char *s) {
  long best = -1;
  dg_name_match how = DG_NAME_NONE;
  for (size_t i = 0; i < g->vs.n && how != DG_NAME_ID; i++) {
    const dg_vertex *v = &g->vs.v[i];
    dg_name_match m = dg_entity_name_match(v->id, v->label, v->label_en, s);
    if (m > how) how = m, best = (long)i;
  }
  return best;
}

static double rank_of(const dg_vertex *v, dg_rank r) {
  switch (r) {
  case DG_RANK_DEGREE: return v->degree;
  case DG_RANK_MENTIONS: return v->mentions;
  default: return v->pagerank;
  }
}

static int rank_better(const dg_vertex *x, const dg_vertex *y, dg_rank r) {
  double a = rank_of(x, r), b = rank_of(y, r);
  if (a != b) return a > b;
  if (x->mentions != y->mentions) return x->mentions > y->mentions;
  return strcmp(x->id, y->id) < 0;
}

dg_err dg_graph_build(dg_graph *g, const dg_graph_filter *f, dg_error *err) {
  dg_graph_filter def = {0};
  if (!f) f = &def;
  uint32_t types = f->types ? f->types
                            : (((1u << DG_TYPE_COUNT) - 1) & ~(1u << DG_TYPE_QUANTITY) &
                               ~(1u << DG_TYPE_STOP));
  size_t na = g->va.n;
  int32_t *keep = malloc((na ? na : 1) * sizeof *keep);
  if (!keep) return dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t i = 0; i < na; i++) keep[i] = (types >> g->va.v[i].type) & 1 ? 0 : -1;
  dg_err r = fill_view(g, keep, f->kinds, f->min_weight, err);

  /* focus: what lies within `radius` of one entity */
  if (r == DG_OK && f->focus) {
    long c = dg_graph_find(g, f->focus);
    if (c < 0) {
      free(keep);
      return dg_error_set(err, DG_ENOTFOUND, "no entity \"%s\" in the graph (give an id such as "
                          "program:jasmine or a label)", f->focus);
    }
    int radius = f->radius > 0 ? f->radius : 1;
    size_t nv = g->vs.n;
    int *hop = malloc((nv ? nv : 1) * sizeof *hop);
    if (!hop) {
      free(keep);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nv; i++) hop[i] = -1;
    hop[c] = 0;
    /* edges from the strongest down: typed ties first, then by weight, so a fan-out cap
     * keeps what matters */
    size_t ne = g->es.n;
    strength_t *order = malloc((ne ? ne : 1) * sizeof *order);
    if (!order) {
      free(hop);
      free(keep);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < ne; i++)
      order[i] = (strength_t){g->es.v[i].kind != DG_REL_CO_OCCURS, g->es.v[i].weight, (uint32_t)i};
    if (ne) qsort(order, ne, sizeof *order, strength_cmp);
    int *taken = calloc(nv ? nv : 1, sizeof *taken);
    for (int h = 0; h < radius && taken; h++) {
      memset(taken, 0, nv * sizeof *taken);
      for (size_t k = 0; k < ne; k++) {
        const dg_edge *e = &g->es.v[order[k].i];
        uint32_t from, to;
        if (hop[e->source] == h && hop[e->target] < 0) from = e->source, to = e->target;
        else if (hop[e->target] == h && hop[e->source] < 0) from = e->target, to = e->source;
        else continue;
        if (f->fanout > 0 && taken[from] >= f->fanout) continue;
        taken[from]++;
        hop[to] = h + 1;
      }
    }
    free(taken);
    free(order);
    for (size_t i = 0; i < na; i++)
      if (keep[i] >= 0 && hop[keep[i]] < 0) keep[i] = -1;
    free(hop);
    for (size_t i = 0; i < na; i++)
      if (keep[i] >= 0) keep[i] = 0;
    r = fill_view(g, keep, f->kinds, f->min_weight, err);
  }

  /* top N by rank, computed on the view so far */
  if (r == DG_OK && f->top && f->top < g->vs.n) {
    size_t nv = g->vs.n;
    uint32_t *idx = malloc(nv * sizeof *idx);
    if (!idx) {
      free(keep);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nv; i++) idx[i] = (uint32_t)i;
    for (size_t a = 0; a < f->top; a++) { /* partial selection: N is small in practice */
      size_t best = a;
      for (size_t b = a + 1; b < nv; b++)
        if (rank_better(&g->vs.v[idx[b]], &g->vs.v[idx[best]], f->rank)) best = b;
      uint32_t t = idx[a];
      idx[a] = idx[best];
      idx[best] = t;
    }
    char *chosen = calloc(nv, 1);
    if (!chosen) {
      free(idx);
      free(keep);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    for (size_t a = 0; a < f->top; a++) chosen[idx[a]] = 1;
    for (size_t i = 0; i < na; i++)
      if (keep[i] >= 0) keep[i] = chosen[keep[i]] ? 0 : -1;
    free(chosen);
    free(idx);
    r = fill_view(g, keep, f->kinds, f->min_weight, err);
  }

  if (r == DG_OK && f->drop_isolated) {
    char *linked = calloc(g->vs.n + 1, 1);
    if (!linked) {
      free(keep);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->es.n; i++) linked[g->es.v[i].source] = linked[g->es.v[i].target] = 1;
    for (size_t i = 0; i < na; i++)
      if (keep[i] >= 0) keep[i] = linked[keep[i]] ? 0 : -1;
    free(linked);
    r = fill_view(g, keep, f->kinds, f->min_weight, err);
  }
  free(keep);
  if (r != DG_OK) return r;
  return build_igraph(g, err);
}

size_t dg_graph_vertex_count(const dg_graph *g) { return g->vs.n; }
const dg_vertex *dg_graph_vertex(const dg_graph *g, size_t i) { return &g->vs.v[i]; }
size_t dg_graph_edge_count(const dg_graph *g) { return g->es.n; }
const dg_edge *dg_graph_edge(const dg_graph *g, size_t i) { return &g->es.v[i]; }
const igraph_t *dg_graph_igraph(const dg_graph *g) { return g->has_ig ? &g->ig : NULL; }
