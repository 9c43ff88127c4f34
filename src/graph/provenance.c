/* Where a graph comes from (see dg_provenance in docgraph/graph.h): what the job said (the
 * dictionaries' fingerprint, its options, the period), the filter of the last build, and
 * what the graph itself knows (its documents and their dates, how its betweenness was
 * computed when it was sampled). Every export writes the
 * same provenance, so a file can be traced to the run that made it. Nothing in it depends
 * on the machine or the clock: the same input gives the same bytes. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "docgraph/period.h"
#include "graph/graph_int.h"

#ifndef DG_VERSION
#define DG_VERSION "unknown"
#endif

int32_t dg_graph_earlier(int32_t a, int32_t b) {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

void dg_graph_set_source(dg_graph *g, int has_dicts, uint64_t dicts, const char *options,
                         const char *period) {
  g->has_dicts = has_dicts;
  g->dicts = dicts;
  snprintf(g->source_opts, sizeof g->source_opts, "%s", options ? options : "");
  snprintf(g->period, sizeof g->period, "%s", period ? period : "");
}

void dg_graph_note_filter(dg_graph *g, const dg_graph_filter *f) {
  g->built = *f;
  snprintf(g->built_focus, sizeof g->built_focus, "%s", f->focus ? f->focus : "");
  g->built.focus = f->focus ? g->built_focus : NULL;
}

/* Append " name=value" (printf-style) to buf of size n at *k. */
static void word(char *buf, size_t n, size_t *k, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void word(char *buf, size_t n, size_t *k, const char *fmt, ...) {
  if (*k >= n) return;
  if (*k) buf[(*k)++] = ' ';
  va_list ap;
  va_start(ap, fmt);
  int w = *k < n ? vsnprintf(buf + *k, n - *k, fmt, ap) : 0;
  va_end(ap);
  *k += w > 0 ? (size_t)w : 0;
  if (*k >= n) *k = n - 1, buf[n - 1] = '\0';
}

/* "a,b,c": the names of the bits of mask, name(i) for bit i < count. */
static void names(char *buf, size_t n, uint32_t mask, int count, const char *(*name)(int)) {
  size_t k = 0;
  buf[0] = '\0';
  for (int i = 0; i < count && k + 1 < n; i++)
    if ((mask >> i) & 1) k += (size_t)snprintf(buf + k, n - k, "%s%s", k ? "," : "", name(i));
}

static const char *type_at(int i) { return dg_type_name((dg_type)i); }
static const char *kind_at(int i) { return dg_rel_kind_name((dg_rel_kind)i); }

/* The filter of the last build as words: only what it sets. */
static void filter_words(const dg_graph_filter *f, char *buf, size_t n, size_t *k) {
  char list[512];
  if (f->types) {
    names(list, sizeof list, f->types, DG_TYPE_COUNT, type_at);
    word(buf, n, k, "types=%s", list);
  }
  if (f->kinds) {
    names(list, sizeof list, f->kinds, DG_REL_COUNT, kind_at);
    word(buf, n, k, "kinds=%s", list);
  }
  if (f->min_weight > 0) word(buf, n, k, "min_weight=%g", f->min_weight);
  if (f->focus)
    word(buf, n, k, "focus=%s radius=%d fanout=%d", f->focus, f->radius ? f->radius : 1,
         f->fanout);
  if (f->top) word(buf, n, k, "top=%zu rank=%s", f->top, dg_rank_name(f->rank));
  if (f->drop_isolated) word(buf, n, k, "drop_isolated");
}

/* How the last measures were computed, when not exactly: betweenness from sampled sources
 * (graph/betweenness.c). Exact measures add no word. */
static void measure_words(const dg_graph *g, char *buf, size_t n, size_t *k) {
  if (g->btw_sources)
    word(buf, n, k, "betweenness=sampled betweenness_sources=%u betweenness_seed=%d",
         g->btw_sources, DG_BETWEENNESS_SEED);
}

/* The documents, how many are dated, and the earliest and latest date. */
static void doc_dates(const dg_graph *g, dg_provenance *p) {
  int32_t lo = 0, hi = 0;
  p->documents = g->docs.n;
  for (size_t i = 0; i < g->dates.n; i++) {
    int32_t d = dg_when_day(&g->dates.v[i]);
    if (!d) continue;
    p->dated++;
    lo = dg_graph_earlier(lo, d);
    if (d > hi) hi = d;
  }
  dg_day_iso(lo, p->date_from, sizeof p->date_from);
  dg_day_iso(hi, p->date_to, sizeof p->date_to);
}

void dg_graph_put_provenance(dg_graph *g, const dg_provenance *p) {
  g->has_file_prov = 1;
  g->file_prov = *p;
}

void dg_graph_provenance(const dg_graph *g, dg_provenance *p) {
  if (g->has_file_prov) {
    *p = g->file_prov;
    size_t k = strlen(p->options);
    filter_words(&g->built, p->options, sizeof p->options, &k);
    measure_words(g, p->options, sizeof p->options, &k);
    return;
  }
  memset(p, 0, sizeof *p);
  snprintf(p->version, sizeof p->version, "%s", DG_VERSION);
  if (g->has_dicts) snprintf(p->dicts, sizeof p->dicts, "%016" PRIx64, g->dicts);
  size_t k = 0;
  if (g->source_opts[0]) word(p->options, sizeof p->options, &k, "%s", g->source_opts);
  filter_words(&g->built, p->options, sizeof p->options, &k);
  measure_words(g, p->options, sizeof p->options, &k);
  snprintf(p->period, sizeof p->period, "%s", g->period);
  doc_dates(g, p);
}
