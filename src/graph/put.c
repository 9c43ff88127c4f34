/* Graphs put back from files (see docgraph/graph.h): the GraphML reader hands over each
 * vertex and tie with its counts as the file gives them. Invariant: a tie's ends are put
 * before it, and of two ties with the same ends and kind the first stands; the documents
 * named by ties' evidence ("path:line") become the graph's documents, in order of first
 * mention. */
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

dg_err dg_graph_put_vertex(dg_graph *g, const char *id, dg_type type, const char *label,
                           const char *label_en, const dg_value *value, uint32_t mentions,
                           uint32_t documents, dg_error *err) {
  long v = dg_graph_vertex_for(g, id, label, label_en, type, value);
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

/* The page of "path:pPAGE:line" whose last colon is at `colon` (0 without one), and where
 * the path ends. */
static unsigned long page_before(const char *evidence, const char **colon) {
  const char *p = *colon;
  while (p > evidence && p[-1] >= '0' && p[-1] <= '9') p--;
  if (p == *colon || p - evidence < 3 || p[-1] != 'p' || p[-2] != ':') return 0;
  unsigned long page = strtoul(p, NULL, 10);
  *colon = p - 2;
  return page;
}

/* A tie or its evidence not kept: the texts' file failed (its error), or memory ran out. */
static dg_err lost(const dg_graph *g, dg_error *err) {
  dg_err r = dg_graph_texts_failed(g, err);
  return r != DG_OK ? r : dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* "path:line" (a PDF's "path:pPAGE:line") and its sentence as the tie's one kept evidence
 * (nothing when the evidence names no line: "dictionary:group:ASEAN"). */
static dg_err keep_evidence(dg_graph *g, eacc *e, const char *evidence, const char *text,
                            dg_error *err) {
  const char *colon = evidence ? strrchr(evidence, ':') : NULL;
  if (!colon || !colon[1]) return DG_OK;
  char *end;
  unsigned long line = strtoul(colon + 1, &end, 10);
  unsigned long page = *end ? 0 : page_before(evidence, &colon);
  long doc = *end ? -1 : doc_named(g, evidence, (size_t)(colon - evidence));
  if (doc < 0) return DG_OK;
  if (dg_graph_ev_push(g, &e->ev_head, e->first))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  e->nev++;
  /* the pool entry add_tie made of the evidence, now a sentence of the document: its
   * "path:line" as the file wrote it, and its text */
  g->pool.docs.v[e->first] = (uint32_t)doc;
  g->pool.lines.v[e->first] = (uint32_t)line;
  g->pool.pages.v[e->first] = (uint32_t)page;
  if (dg_graph_pool_text(g, e->first, evidence, text ? text : "")) return lost(g, err);
  return DG_OK;
}

/* Tie i's evidence count as the file gave it: what it has beyond its weight kept in
 * g->ec_over (0 for the ties before it); 0 or -1 when memory runs out. */
static int given_evidence_count(dg_graph *g, size_t i, uint32_t evidence_count) {
  int64_t over = (int64_t)evidence_count - (int64_t)g->ea.v[i].weight;
  if (!over && g->ec_over.n <= i) return 0;
  while (g->ec_over.n <= i)
    if (DG_PUSH(g->ec_over, 0)) return -1;
  g->ec_over.v[i] = over;
  return 0;
}

/* Tie i's Jaccard as the file gave it, kept in g->jaccards (-1 for the ties before it
 * that the file gave none); 0 or -1 when memory runs out. */
static int given_jaccard(dg_graph *g, size_t i, double jaccard) {
  while (g->jaccards.n <= i)
    if (DG_PUSH(g->jaccards, -1.0)) return -1;
  g->jaccards.v[i] = jaccard;
  return 0;
}

dg_err dg_graph_put_edge(dg_graph *g, const char *source, const char *target, dg_rel_kind kind,
                         uint32_t weight, double jaccard, uint32_t documents,
                         uint32_t evidence_count, const char *evidence, const char *evidence_text,
                         dg_error *err) {
  uint32_t *a = dg_hmap_get(&g->vmap, source, strlen(source));
  uint32_t *b = dg_hmap_get(&g->vmap, target, strlen(target));
  if (!a || !b)
    return dg_error_set(err, DG_EINPUT, "edge %s -> %s: no node %s", source, target,
                        a ? target : source);
  /* the same tie twice: the first stands */
  uint32_t x = *a, y = *b;
  dg_graph_tie_ends(g, &x, &y, kind);
  if (x == y || dg_graph_tie_find(g, x, y, kind) >= 0) return DG_OK;
  if (dg_graph_add_tie(g, *a, *b, kind, NULL, 0, evidence && *evidence ? evidence : NULL, NULL,
                       0))
    return lost(g, err);
  eacc *e = &g->ea.v[g->ea.n - 1];
  e->weight = weight;
  if (kind == DG_REL_CO_OCCURS && given_jaccard(g, g->ea.n - 1, jaccard))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  e->documents = documents;
  if (given_evidence_count(g, g->ea.n - 1, evidence_count))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  e->ev_total = evidence_count;
  return keep_evidence(g, e, evidence, evidence_text, err);
}

dg_err dg_graph_put_edge_rule(dg_graph *g, const char *source, const char *target,
                              dg_rel_kind kind, const char *rule, dg_error *err) {
  uint32_t *a = dg_hmap_get(&g->vmap, source, strlen(source));
  uint32_t *b = dg_hmap_get(&g->vmap, target, strlen(target));
  uint32_t x = a ? *a : 0, y = b ? *b : 0;
  if (a && b) dg_graph_tie_ends(g, &x, &y, kind);
  long k = a && b ? dg_graph_tie_find(g, x, y, kind) : -1;
  if (k < 0)
    return dg_error_set(err, DG_EINPUT, "edge %s -> %s: no such %s tie", source, target,
                        dg_rel_kind_name(kind));
  eacc *e = &g->ea.v[k];
  for (const char *p = rule; p && *p;) { /* "held_in|amounts": each once */
    size_t l = strcspn(p, "|");
    char *one = dg_arena_strndup(&g->arena, p, l);
    if (!one || dg_graph_tie_rule(g, e, one)) return dg_error_set(err, DG_ENOMEM, "out of memory");
    p += l + (p[l] == '|');
  }
  return DG_OK;
}
