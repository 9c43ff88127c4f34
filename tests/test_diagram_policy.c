/* The drawing policy (docgraph/diagram_policy.h): how many lines a diagram draws (two per
 * entity, at least 60, unless the user chose), which vertex the focus names, the links into
 * the report, and the options of a document's own diagram. */
#include <string.h>

#include "docgraph/diagram_policy.h"
#include "testutil.h"

/* A built graph of n places, place:p00 ... (labels P00 ...), without edges. */
static dg_graph *places(size_t n) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < n; i++) {
    char id[32], label[32];
    snprintf(id, sizeof id, "place:p%02zu", i);
    snprintf(label, sizeof label, "P%02zu", i);
    ck_assert_int_eq(dg_graph_put_vertex(g, id, DG_TYPE_PLACE, label, label, NULL, 1, 1, &err),
                     DG_OK);
  }
  dg_graph_filter f = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  return g;
}

static const struct {
  size_t entities;
  size_t max_edges;
  int max_edges_set;
  const char *focus;
  size_t want_edges;
  const char *want_focus;
} cases[] = {
    {8, 0, 0, NULL, 60, NULL},           /* small: at least 60 */
    {30, 0, 0, NULL, 60, NULL},          /* 2 x 30 */
    {31, 0, 0, NULL, 62, NULL},          /* above 60: two per entity */
    {40, 5, 1, NULL, 5, NULL},           /* the user's limit */
    {40, 0, 1, NULL, 0, NULL},           /* --max-edges 0: all */
    {8, 0, 0, "place:p03", 60, "place:p03"},
    {8, 0, 0, "p05", 60, "place:p05"},   /* an id without its type */
    {8, 0, 0, "P07", 60, "place:p07"},   /* a label */
    {8, 0, 0, "p99", 60, NULL},          /* not in the drawing: nothing in bold */
};

START_TEST(render_opts) {
  dg_graph *g = places(cases[_i].entities);
  dg_diagram_opts o = {.layout = "neato",
                       .labels = DG_LABEL_BOTH,
                       .color = DG_COLOR_COMMUNITY,
                       .max_edges = cases[_i].max_edges,
                       .max_edges_set = cases[_i].max_edges_set,
                       .focus = cases[_i].focus};
  dg_render_opts ro = dg_diagram_render_opts(&o, g);
  ck_assert_uint_eq(ro.max_edges, cases[_i].want_edges);
  if (cases[_i].want_focus) ck_assert_str_eq(ro.focus, cases[_i].want_focus);
  else ck_assert_ptr_null(ro.focus);
  ck_assert_str_eq(ro.link, "report.html");
  ck_assert_str_eq(ro.layout, "neato");
  ck_assert_int_eq(ro.labels, DG_LABEL_BOTH);
  ck_assert_int_eq(ro.color, DG_COLOR_COMMUNITY);
  ck_assert_ptr_null(ro.title);
  dg_graph_free(g);
}
END_TEST

/* A document's own diagram: no focus and the default number of lines, the rest kept. */
START_TEST(doc_opts) {
  dg_diagram_opts o = {.layout = "sfdp",
                       .labels = DG_LABEL_EN,
                       .max_edges = 3,
                       .max_edges_set = 1,
                       .focus = "place:p01"};
  dg_diagram_opts d = dg_diagram_doc_opts(&o);
  ck_assert_ptr_null(d.focus);
  ck_assert_int_eq(d.max_edges_set, 0);
  ck_assert_str_eq(d.layout, "sfdp");
  ck_assert_int_eq(d.labels, DG_LABEL_EN);
  dg_graph *g = places(40);
  ck_assert_uint_eq(dg_diagram_render_opts(&d, g).max_edges, 80);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("diagram_policy");
  TCase *tc = tcase_create("diagram_policy");
  tcase_add_loop_test(tc, render_opts, 0, (int)(sizeof cases / sizeof *cases));
  tcase_add_test(tc, doc_opts);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
