/* The tie records set aside while igraph measures (src/graph/spill.c): a build that sets
 * them aside gives the same view, measures and evidence as one that keeps them, and the
 * records read back are the bytes that were written; below the size nothing is set aside. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/snapshot.h"
#include "graph/graph_int.h"
#include "testutil.h"

/* 300 vertices in a ring with chords, each tie with a sentence of evidence. */
static dg_graph *ring(void) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  char id[48], to[48], text[64];
  for (int i = 0; i < 300; i++) {
    snprintf(id, sizeof id, "country:c%03d", i);
    ck_assert_int_eq(dg_graph_put_vertex(g, id, DG_TYPE_COUNTRY, id, "", NULL, 1, 1, &err), DG_OK);
  }
  for (int i = 0; i < 300; i++)
    for (int step = 1; step <= 7; step += 3) {
      snprintf(id, sizeof id, "country:c%03d", i);
      snprintf(to, sizeof to, "country:c%03d", (i + step) % 300);
      snprintf(text, sizeof text, "c%03d and c%03d met.", i, (i + step) % 300);
      ck_assert_int_eq(dg_graph_put_edge(g, id, to, DG_REL_CO_OCCURS, 1 + (uint32_t)(i % 5), -1,
                                         1, 1, "doc.txt:1", text, &err),
                       DG_OK);
    }
  return g;
}

/* Every byte of the ties' and evidence records, and the built view's vertices. */
static void same_graph(const dg_graph *a, const dg_graph *b) {
  ck_assert_uint_eq(a->ea.n, b->ea.n);
  ck_assert_uint_eq(a->evrecs.n, b->evrecs.n);
  ck_assert(memcmp(a->ea.v, b->ea.v, a->ea.n * sizeof *a->ea.v) == 0);
  ck_assert(memcmp(a->evrecs.v, b->evrecs.v, a->evrecs.n * sizeof *a->evrecs.v) == 0);
  ck_assert_uint_eq(a->pool.at.n, b->pool.at.n);
  ck_assert(memcmp(a->pool.at.v, b->pool.at.v, a->pool.at.n * sizeof *a->pool.at.v) == 0);
  ck_assert(memcmp(a->pool.lines.v, b->pool.lines.v, a->pool.at.n * sizeof *a->pool.lines.v) == 0);
  ck_assert_uint_eq(a->vs.n, b->vs.n);
  ck_assert_uint_eq(a->eorder.n, b->eorder.n);
  for (size_t i = 0; i < a->vs.n; i++) {
    const dg_vertex *x = &a->vs.v[i], *y = &b->vs.v[i];
    ck_assert(memcmp(&x->pagerank, &y->pagerank, sizeof x->pagerank) == 0);
    ck_assert(memcmp(&x->betweenness, &y->betweenness, sizeof x->betweenness) == 0);
    ck_assert_int_eq(x->community, y->community);
  }
}

START_TEST(test_spill_round_trip) {
  dg_graph *kept = ring(), *aside = ring();
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(kept, NULL, &err), DG_OK);
  ck_assert_int_eq(dg_graph_build(aside, NULL, &err), DG_OK);
  /* below the size: nothing set aside */
  ck_assert_ptr_null(dg_graph_spill(aside, SIZE_MAX));
  ck_assert_ptr_nonnull(aside->ea.v);
  FILE *f = dg_graph_spill(aside, 0);
  ck_assert_ptr_nonnull(f);
  ck_assert_ptr_null(aside->ea.v);
  ck_assert_ptr_null(aside->evrecs.v);
  ck_assert_int_eq(dg_graph_unspill(aside, f), 0);
  same_graph(kept, aside);
  ck_assert_int_eq(dg_graph_unspill(aside, NULL), 0);
  /* a build whose measures run with the records set aside, then one with a top N */
  aside->spill_pairs = 0;
  ck_assert_int_eq(dg_graph_build(aside, NULL, &err), DG_OK);
  same_graph(kept, aside);
  dg_graph_filter top = {.top = 150}; /* the 40 ranked highest are one in five: no tie */
  ck_assert_int_eq(dg_graph_build(kept, &top, &err), DG_OK);
  ck_assert_int_eq(dg_graph_build(aside, &top, &err), DG_OK);
  same_graph(kept, aside);
  ck_assert_uint_gt(dg_graph_edge_count(aside), 3);
  dg_edge e = dg_graph_edge(aside, 3);
  ck_assert_str_eq(tu_sentence(aside, e.first), tu_sentence(kept, dg_graph_edge(kept, 3).first));
  dg_graph_free(kept);
  dg_graph_free(aside);
}
END_TEST

/* A snapshot shares the ties' arrays and may read them on another thread while the graph
 * is built again: from the first snapshot on, builds keep the ties in memory. */
START_TEST(test_spill_not_under_snapshot) {
  dg_graph *g = ring(), *s;
  dg_error err = {0};
  g->spill_pairs = 0;
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  char text[64];
  snprintf(text, sizeof text, "%s", tu_sentence(g, dg_graph_edge(g, 5).first));
  ck_assert_int_eq(dg_graph_snapshot(g, &s, &err), DG_OK);
  const eacc *ties = g->ea.v;
  const evrec *records = g->evrecs.v;
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  ck_assert_ptr_eq(g->ea.v, ties);
  ck_assert_ptr_eq(g->evrecs.v, records);
  ck_assert_ptr_eq(s->ea.v, g->ea.v);
  ck_assert_str_eq(tu_sentence(s, dg_graph_edge(s, 5).first), text);
  dg_graph_free(s);
  dg_graph_free(g);
}
END_TEST

/* Ties set aside while a diagram is laid out come back byte for byte; below the size, or
 * under a snapshot, nothing is set aside (again once the snapshot is freed); the spill's
 * file is made in $TMPDIR. */
START_TEST(test_set_aside_round_trip) {
  dg_graph *kept = ring(), *aside = ring();
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(kept, NULL, &err), DG_OK);
  ck_assert_int_eq(dg_graph_build(aside, NULL, &err), DG_OK);
  ck_assert_int_eq(dg_graph_set_aside(aside, &err), DG_OK); /* below DG_ASIDE_MIN_BYTES */
  ck_assert_ptr_nonnull(aside->ea.v);
  ck_assert_int_eq(dg_graph_take_back(aside, &err), DG_OK);
  setenv("TMPDIR", "/nonexistent-dg-spill-dir", 1);
  aside->aside_bytes = 0;
  ck_assert_int_eq(dg_graph_set_aside(aside, &err), DG_OK); /* no file: the ties stay */
  ck_assert_ptr_nonnull(aside->ea.v);
  ck_assert_ptr_null(aside->aside);
  unsetenv("TMPDIR");
  ck_assert_int_eq(dg_graph_set_aside(aside, &err), DG_OK);
  ck_assert_ptr_null(aside->ea.v);
  ck_assert_ptr_null(aside->evrecs.v);
  ck_assert_uint_eq(dg_graph_edge_count(aside), dg_graph_edge_count(kept));
  dg_graph *s;
  ck_assert_int_eq(dg_graph_snapshot(aside, &s, &err), DG_EUSAGE);
  ck_assert_int_eq(dg_graph_take_back(aside, &err), DG_OK);
  same_graph(kept, aside);
  ck_assert_str_eq(tu_sentence(aside, dg_graph_edge(aside, 7).first),
                   tu_sentence(kept, dg_graph_edge(kept, 7).first));
  ck_assert_int_eq(dg_graph_snapshot(aside, &s, &err), DG_OK);
  ck_assert_int_eq(dg_graph_set_aside(aside, &err), DG_OK); /* shared: stays */
  ck_assert_ptr_nonnull(aside->ea.v);
  ck_assert(dg_graph_aside_worth(aside)); /* large enough, shared or not */
  ck_assert(!dg_graph_aside_worth(kept)); /* below DG_ASIDE_MIN_BYTES */
  dg_graph_snapshot_free(aside, s); /* no longer shared: set aside again */
  ck_assert_int_eq(dg_graph_set_aside(aside, &err), DG_OK);
  ck_assert_ptr_null(aside->ea.v);
  ck_assert_int_eq(dg_graph_take_back(aside, &err), DG_OK);
  same_graph(kept, aside);
  dg_graph_snapshot_free(aside, NULL);
  dg_graph_free(kept);
  dg_graph_free(aside);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("spill");
  TCase *tc = tcase_create("spill");
  tcase_add_test(tc, test_spill_round_trip);
  tcase_add_test(tc, test_spill_not_under_snapshot);
  tcase_add_test(tc, test_set_aside_round_trip);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
