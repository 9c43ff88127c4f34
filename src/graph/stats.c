/* Statistics of a built graph (see docgraph/stats.h). Everything is counted once, in
 * dg_stats_compute; the writers only print what it found, so the text and the JSON always
 * tell the same numbers. Lists keep the graph's order (vertices by id) unless they are
 * rankings, whose ties go by id too: the output depends on the graph alone. */
#include "docgraph/stats.h"

#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/period.h"

/* Highest PageRank first; equal ranks by id (ids are unique, so the order is total). */
static int by_pagerank(const void *a, const void *b) {
  const dg_vertex *x = *(const dg_vertex *const *)a, *y = *(const dg_vertex *const *)b;
  if (x->pagerank != y->pagerank) return x->pagerank > y->pagerank ? -1 : 1;
  return strcmp(x->id, y->id);
}

/* Highest degree first; equal degrees by id. */
static int by_degree(const void *a, const void *b) {
  const dg_vertex *x = *(const dg_vertex *const *)a, *y = *(const dg_vertex *const *)b;
  if (x->degree != y->degree) return x->degree > y->degree ? -1 : 1;
  return strcmp(x->id, y->id);
}

/* One more document read as `as` (UTF-8, PDF ...); NULL (a graph file's) is not counted. */
static void count_read_as(dg_stats *s, const char *as) {
  if (!as) return;
  size_t i = 0;
  while (i < s->nread_as && strcmp(s->read_as[i], as)) i++;
  if (i == DG_STATS_READ_AS) /* the last slot counts every other kind too */
    s->read_as[--i] = "other";
  else if (i == s->nread_as)
    s->read_as[s->nread_as++] = as;
  s->read_as_count[i]++;
}

/* The graph's documents and entities, and the counts by type, kind and encoding. */
static int collect(const dg_graph *g, dg_stats *s) {
  s->ndocuments = dg_graph_document_count(g);
  s->nentities = dg_graph_vertex_count(g);
  s->nrelations = dg_graph_edge_count(g);
  s->documents = malloc((s->ndocuments + 1) * sizeof *s->documents);
  s->entities = malloc((s->nentities + 1) * sizeof *s->entities);
  if (!s->documents || !s->entities) return -1;
  for (size_t i = 0; i < s->ndocuments; i++) s->documents[i] = dg_graph_document(g, i);
  for (size_t i = 0; i < s->nentities; i++) {
    s->entities[i] = dg_graph_vertex(g, i);
    s->types[s->entities[i]->type]++;
  }
  for (size_t i = 0; i < s->nrelations; i++) s->kinds[dg_graph_edge_ends(g, i, NULL, NULL)]++;
  for (size_t i = 0; i < s->ndocuments; i++) count_read_as(s, dg_graph_document_read_as(g, i));
  s->dates = calloc(s->ndocuments + 1, sizeof *s->dates);
  if (!s->dates) return -1;
  for (size_t i = 0; i < s->ndocuments; i++) {
    const dg_when *w = dg_graph_document_date(g, i);
    if (!w || !dg_when_day(w)) continue;
    dg_day_iso(dg_when_day(w), s->dates[i], sizeof s->dates[i]);
    s->ndated++;
  }
  return 0;
}

/* The first ntop entities of a ranking: all of them sorted by cmp, then cut. */
static const dg_vertex **ranking(const dg_stats *s, int (*cmp)(const void *, const void *)) {
  const dg_vertex **v = malloc((s->nentities + 1) * sizeof *v);
  if (!v) return NULL;
  if (s->nentities) memcpy(v, s->entities, s->nentities * sizeof *v);
  if (s->nentities) qsort(v, s->nentities, sizeof *v, cmp);
  return v;
}

/* Communities 0 .. the highest id any entity has, each with its members in entity order
 * (a community no entity has stays empty). */
static int communities(dg_stats *s) {
  int32_t maxc = -1;
  for (size_t i = 0; i < s->nentities; i++)
    if (s->entities[i]->community > maxc) maxc = s->entities[i]->community;
  s->ncommunities = (size_t)(maxc + 1);
  s->communities = calloc(s->ncommunities + 1, sizeof *s->communities);
  if (!s->communities) return -1;
  for (size_t i = 0; i < s->nentities; i++)
    if (s->entities[i]->community >= 0) s->communities[s->entities[i]->community].n++;
  for (size_t c = 0; c < s->ncommunities; c++) {
    dg_stats_community *sc = &s->communities[c];
    sc->id = (int32_t)c;
    sc->members = malloc((sc->n + 1) * sizeof *sc->members);
    if (!sc->members) return -1;
    sc->n = 0;
  }
  for (size_t i = 0; i < s->nentities; i++) {
    int32_t c = s->entities[i]->community;
    if (c >= 0) s->communities[c].members[s->communities[c].n++] = s->entities[i];
  }
  return 0;
}

dg_err dg_stats_compute(const dg_graph *g, const dg_stats_opts *o, dg_stats *s, dg_error *err) {
  memset(s, 0, sizeof *s);
  int bad = collect(g, s);
  if (!bad) {
    s->ntop = o && o->top ? o->top : DG_STATS_TOP;
    if (s->ntop > s->nentities) s->ntop = s->nentities;
    s->top_pagerank = ranking(s, by_pagerank);
    s->top_degree = ranking(s, by_degree);
    bad = !s->top_pagerank || !s->top_degree || communities(s);
  }
  if (bad) {
    dg_stats_destroy(s);
    return dg_error_set(err, DG_ENOMEM, "out of memory while counting the graph");
  }
  return DG_OK;
}

void dg_stats_destroy(dg_stats *s) {
  for (size_t c = 0; s->communities && c < s->ncommunities; c++) free(s->communities[c].members);
  free(s->communities);
  free(s->top_pagerank);
  free(s->top_degree);
  free(s->entities);
  free(s->documents);
  free(s->dates);
  memset(s, 0, sizeof *s);
}

/* ---- JSON ---- */

static void json_str(FILE *f, const char *s) { dg_json_string(f, s, strlen(s)); }

/* ["a","b"] */
static void json_strings(FILE *f, const char *const *v, size_t n) {
  putc('[', f);
  for (size_t i = 0; i < n; i++) {
    if (i) putc(',', f);
    json_str(f, v[i]);
  }
  putc(']', f);
}

/* "key":{"name":count,...} for the non-zero counts, named by name(i). */
static void json_counts(FILE *f, const char *key, const size_t *c, int n,
                        const char *(*name)(int)) {
  json_str(f, key);
  fputs(":{", f);
  int first = 1;
  for (int i = 0; i < n; i++) {
    if (!c[i]) continue;
    if (!first) putc(',', f);
    dg_json_key_num(f, name(i), (double)c[i]);
    first = 0;
  }
  putc('}', f);
}

static const char *type_name(int t) { return dg_type_name((dg_type)t); }
static const char *kind_name(int k) { return dg_rel_kind_name((dg_rel_kind)k); }

/* "key":[{"id":..,"label":..,"pagerank":..,"degree":..,"mentions":..},...] */
static void json_top(FILE *f, const char *key, const dg_vertex *const *v, size_t n) {
  json_str(f, key);
  fputs(":[", f);
  for (size_t i = 0; i < n; i++) {
    fputs(i ? ",{" : "{", f);
    dg_json_key_str(f, "id", v[i]->id);
    putc(',', f);
    dg_json_key_str(f, "label", v[i]->label);
    putc(',', f);
    dg_json_key_num(f, "pagerank", v[i]->pagerank);
    putc(',', f);
    dg_json_key_num(f, "degree", v[i]->degree);
    putc(',', f);
    dg_json_key_num(f, "mentions", v[i]->mentions);
    putc('}', f);
  }
  putc(']', f);
}

/* "communities":[{"id":0,"members":["country:KHM",...]},...] */
static void json_communities(FILE *f, const dg_stats *s) {
  fputs("\"communities\":[", f);
  for (size_t c = 0; c < s->ncommunities; c++) {
    const dg_stats_community *sc = &s->communities[c];
    fputs(c ? ",{" : "{", f);
    dg_json_key_num(f, "id", sc->id);
    fputs(",\"members\":[", f);
    for (size_t i = 0; i < sc->n; i++) {
      if (i) putc(',', f);
      json_str(f, sc->members[i]->id);
    }
    fputs("]}", f);
  }
  putc(']', f);
}

/* "entity_documents":{"country:KHM":["input/a.txt",...],...} */
static void json_entity_documents(FILE *f, const dg_stats *s) {
  fputs("\"entity_documents\":{", f);
  for (size_t i = 0; i < s->nentities; i++) {
    const dg_vertex *v = s->entities[i];
    if (i) putc(',', f);
    json_str(f, v->id);
    fputs(":[", f);
    for (uint32_t k = 0; k < v->ndocs; k++) {
      if (k) putc(',', f);
      json_str(f, s->documents[v->docs[k]]);
    }
    putc(']', f);
  }
  putc('}', f);
}

dg_err dg_stats_write_json(const dg_stats *s, FILE *f, dg_error *err) {
  fputs("{\"documents\":", f);
  json_strings(f, s->documents, s->ndocuments);
  fputs(",\"document_dates\":[", f);
  for (size_t i = 0; i < s->ndocuments; i++) {
    if (i) putc(',', f);
    json_str(f, s->dates[i]);
  }
  putc(']', f);
  fputs(",\"encodings\":{", f);
  for (size_t i = 0; i < s->nread_as; i++) {
    if (i) putc(',', f);
    dg_json_key_num(f, s->read_as[i], (double)s->read_as_count[i]);
  }
  fputs("},", f);
  dg_json_key_num(f, "entities", (double)s->nentities);
  putc(',', f);
  dg_json_key_num(f, "relations", (double)s->nrelations);
  putc(',', f);
  json_counts(f, "types", s->types, DG_TYPE_COUNT, type_name);
  putc(',', f);
  json_counts(f, "kinds", s->kinds, DG_REL_COUNT, kind_name);
  putc(',', f);
  json_top(f, "top_pagerank", s->top_pagerank, s->ntop);
  putc(',', f);
  json_top(f, "top_degree", s->top_degree, s->ntop);
  putc(',', f);
  json_communities(f, s);
  putc(',', f);
  json_entity_documents(f, s);
  fputs("}\n", f);
  return dg_stream_check(f, err, "the statistics");
}

/* ---- text ---- */

/* 東南アジア諸国連合 (ASEAN): the label, and the English one when it says more. */
static void text_label(FILE *f, const dg_vertex *v) {
  fputs(v->label, f);
  if (*v->label_en && strcmp(v->label, v->label_en)) fprintf(f, " (%s)", v->label_en);
}

static void text_counts(FILE *f, const dg_stats *s) {
  fprintf(f, "%zu documents, %zu entities, %zu relations\n", s->ndocuments, s->nentities,
          s->nrelations);
  fprintf(f, "\nDocuments and their dates (%zu of %zu dated):\n", s->ndated, s->ndocuments);
  for (size_t i = 0; i < s->ndocuments; i++)
    fprintf(f, "  %-10s  %s\n", *s->dates[i] ? s->dates[i] : "(undated)", s->documents[i]);
  if (s->nread_as) fputs("\nDocuments by encoding (or format):\n", f);
  for (size_t i = 0; i < s->nread_as; i++)
    fprintf(f, "  %-14s %6zu\n", s->read_as[i], s->read_as_count[i]);
  fputs("\nEntities by type:\n", f);
  for (int t = 0; t < DG_TYPE_COUNT; t++)
    if (s->types[t]) fprintf(f, "  %-14s %6zu\n", type_name(t), s->types[t]);
  fputs("\nRelations by kind:\n", f);
  for (int k = 0; k < DG_REL_COUNT; k++)
    if (s->kinds[k]) fprintf(f, "  %-16s %6zu\n", kind_name(k), s->kinds[k]);
}

/* One ranking, its measure in the first column:
 *     #  pagerank  degree  mentions  entity
 *     1    0.0812      14        31  group:ASEAN  東南アジア諸国連合 (ASEAN) */
static void text_top(FILE *f, const dg_vertex *const *v, size_t n, int by_degree) {
  fprintf(f, "\nTop entities by %s:\n    #  %s  mentions  entity\n",
          by_degree ? "degree" : "PageRank", by_degree ? "degree  pagerank" : "pagerank  degree");
  for (size_t i = 0; i < n; i++) {
    fprintf(f, "  %3zu  ", i + 1);
    if (by_degree) fprintf(f, "%6.0f  %8.4f", v[i]->degree, v[i]->pagerank);
    else fprintf(f, "%8.4f  %6.0f", v[i]->pagerank, v[i]->degree);
    fprintf(f, "  %8u  %s  ", v[i]->mentions, v[i]->id);
    text_label(f, v[i]);
    putc('\n', f);
  }
}

static void text_communities(FILE *f, const dg_stats *s) {
  fputs("\nCommunities (Louvain):\n", f);
  for (size_t c = 0; c < s->ncommunities; c++) {
    const dg_stats_community *sc = &s->communities[c];
    fprintf(f, "  %d (%zu):", sc->id, sc->n);
    for (size_t i = 0; i < sc->n; i++) fprintf(f, " %s", sc->members[i]->label);
    putc('\n', f);
  }
}

static void text_entity_documents(FILE *f, const dg_stats *s) {
  fputs("\nDocuments of each entity:\n", f);
  for (size_t i = 0; i < s->nentities; i++) {
    const dg_vertex *v = s->entities[i];
    fprintf(f, "  %s  ", v->id);
    text_label(f, v);
    putc(':', f);
    for (uint32_t k = 0; k < v->ndocs; k++) fprintf(f, " %s", s->documents[v->docs[k]]);
    putc('\n', f);
  }
}

dg_err dg_stats_write_text(const dg_stats *s, FILE *f, dg_error *err) {
  text_counts(f, s);
  text_top(f, s->top_pagerank, s->ntop, 0);
  text_top(f, s->top_degree, s->ntop, 1);
  text_communities(f, s);
  text_entity_documents(f, s);
  return dg_stream_check(f, err, "the statistics");
}
