/* Statistics of a built graph (docgraph/stats.h): counts by type and kind, the two top
 * lists with their ties, the communities with their members, the documents of each entity,
 * and the exact text and JSON the writers print. The graph is put together by hand (as a
 * GraphML file would give it), so every number is known. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/stats.h"
#include "testutil.h"

/* Two groups of entities: ASEAN with four countries (IDN and THA also tied), and a meeting
 * held in Hanoi where a program was discussed. */
static dg_graph *small_graph(void) {
  static const struct {
    const char *id;
    dg_type type;
    const char *label, *label_en;
    unsigned mentions;
  } vs[] = {{"group:ASEAN", DG_TYPE_GROUP, "東南アジア諸国連合", "ASEAN", 9},
            {"country:IDN", DG_TYPE_COUNTRY, "インドネシア", "Indonesia", 4},
            {"country:THA", DG_TYPE_COUNTRY, "タイ", "Thailand", 3},
            {"country:VNM", DG_TYPE_COUNTRY, "ベトナム", "Viet Nam", 2},
            {"country:KHM", DG_TYPE_COUNTRY, "カンボジア", "Cambodia", 1},
            {"meeting:beta", DG_TYPE_MEETING, "ベータ会合", "", 2},
            {"place:hanoi", DG_TYPE_PLACE, "ハノイ", "Hanoi", 1},
            {"program:alpha", DG_TYPE_PROGRAM, "Alpha", "Alpha", 1}};
  static const struct {
    const char *a, *b;
    dg_rel_kind kind;
    unsigned weight;
  } es[] = {{"country:IDN", "group:ASEAN", DG_REL_CO_OCCURS, 3},
            {"country:THA", "group:ASEAN", DG_REL_CO_OCCURS, 2},
            {"country:VNM", "group:ASEAN", DG_REL_CO_OCCURS, 1},
            {"country:KHM", "group:ASEAN", DG_REL_CO_OCCURS, 1},
            {"country:IDN", "country:THA", DG_REL_CO_OCCURS, 1},
            {"meeting:beta", "program:alpha", DG_REL_CO_OCCURS, 1},
            {"meeting:beta", "place:hanoi", DG_REL_HELD_IN, 1}};
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
    ck_assert_int_eq(dg_graph_put_vertex(g, vs[i].id, vs[i].type, vs[i].label, vs[i].label_en,
                                         NULL, vs[i].mentions, 1, &err),
                     DG_OK);
  for (size_t i = 0; i < sizeof es / sizeof *es; i++)
    ck_assert_int_eq(dg_graph_put_edge(g, es[i].a, es[i].b, es[i].kind, es[i].weight, 0, 1, 1,
                                       NULL, NULL, &err),
                     DG_OK);
  dg_graph_filter f = {0};
  ck_assert_msg(dg_graph_build(g, &f, &err) == DG_OK, "%s", err.msg);
  return g;
}

/* "id id id" of a list of vertices */
static const char *ids(const dg_vertex *const *v, size_t n, char *buf, size_t size) {
  size_t k = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < n && k < size; i++)
    k += (size_t)snprintf(buf + k, size - k, "%s%s", i ? " " : "", v[i]->id);
  return buf;
}

START_TEST(counts) {
  dg_graph *g = small_graph();
  dg_stats s;
  dg_error err = {0};
  ck_assert_int_eq(dg_stats_compute(g, NULL, &s, &err), DG_OK);
  ck_assert_uint_eq(s.nentities, 8);
  ck_assert_uint_eq(s.nrelations, 7);
  ck_assert_uint_eq(s.ndocuments, 0);
  ck_assert_uint_eq(s.types[DG_TYPE_COUNTRY], 4);
  ck_assert_uint_eq(s.types[DG_TYPE_GROUP], 1);
  ck_assert_uint_eq(s.types[DG_TYPE_MEETING], 1);
  ck_assert_uint_eq(s.types[DG_TYPE_PERSON], 0);
  ck_assert_uint_eq(s.kinds[DG_REL_CO_OCCURS], 6);
  ck_assert_uint_eq(s.kinds[DG_REL_HELD_IN], 1);
  ck_assert_uint_eq(s.kinds[DG_REL_MEMBER_OF], 0);
  /* entities in the graph's (id) order */
  ck_assert_str_eq(s.entities[0]->id, "country:IDN");
  ck_assert_str_eq(s.entities[7]->id, "program:alpha");
  dg_stats_destroy(&s);
  dg_graph_free(g);
}
END_TEST

/* The top lists for a --top: PageRank weighs the ties (ASEAN-IDN is the heaviest), degree
 * counts neighbours and breaks its ties by id. */
static const struct {
  size_t top;
  const char *pagerank, *degree;
} tops[] = {
    {1, "group:ASEAN", "group:ASEAN"},
    {4, "group:ASEAN meeting:beta country:IDN country:THA",
     "group:ASEAN country:IDN country:THA meeting:beta"},
    {0, /* DG_STATS_TOP, but never more than the graph has */
     NULL, "group:ASEAN country:IDN country:THA meeting:beta country:KHM country:VNM place:hanoi "
           "program:alpha"},
    {100, NULL, "group:ASEAN country:IDN country:THA meeting:beta country:KHM country:VNM "
                "place:hanoi program:alpha"},
};

START_TEST(top_lists) {
  dg_graph *g = small_graph();
  dg_stats s;
  dg_stats_opts o = {tops[_i].top};
  dg_error err = {0};
  char buf[512];
  ck_assert_int_eq(dg_stats_compute(g, &o, &s, &err), DG_OK);
  ck_assert_uint_eq(s.ntop, tops[_i].top && tops[_i].top < 8 ? tops[_i].top : 8);
  if (tops[_i].pagerank)
    ck_assert_str_eq(ids(s.top_pagerank, s.ntop, buf, sizeof buf), tops[_i].pagerank);
  ck_assert_str_eq(ids(s.top_degree, s.ntop, buf, sizeof buf), tops[_i].degree);
  for (size_t i = 1; i < s.ntop; i++)
    ck_assert(s.top_pagerank[i - 1]->pagerank >= s.top_pagerank[i]->pagerank);
  dg_stats_destroy(&s);
  dg_graph_free(g);
}
END_TEST

START_TEST(communities) {
  dg_graph *g = small_graph();
  dg_stats s;
  dg_error err = {0};
  char buf[512];
  ck_assert_int_eq(dg_stats_compute(g, NULL, &s, &err), DG_OK);
  ck_assert_uint_eq(s.ncommunities, 2);
  ck_assert_int_eq(s.communities[0].id, 0);
  ck_assert_str_eq(ids(s.communities[0].members, s.communities[0].n, buf, sizeof buf),
                   "country:IDN country:KHM country:THA country:VNM group:ASEAN");
  ck_assert_str_eq(ids(s.communities[1].members, s.communities[1].n, buf, sizeof buf),
                   "meeting:beta place:hanoi program:alpha");
  dg_stats_destroy(&s);
  dg_graph_free(g);
}
END_TEST

/* What a writer prints for the small graph with --top 2. */
static char *written(int json) {
  dg_graph *g = small_graph();
  dg_stats s;
  dg_stats_opts o = {2};
  dg_error err = {0};
  ck_assert_int_eq(dg_stats_compute(g, &o, &s, &err), DG_OK);
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  ck_assert_int_eq(json ? dg_stats_write_json(&s, f, &err) : dg_stats_write_text(&s, f, &err),
                   DG_OK);
  fclose(f);
  dg_stats_destroy(&s);
  dg_graph_free(g);
  return out;
}

START_TEST(text) {
  char *t = written(0);
  const char *expect[] = {
      "0 documents, 8 entities, 7 relations\n\nDocuments and their dates (0 of 0 dated):\n\n"
      "Entities by type:\n  country             4\n"
      "  group               1\n  program             1\n  meeting             1\n"
      "  place               1\n\nRelations by kind:\n  co_occurs             6\n"
      "  held_in               1\n\n",
      "Top entities by PageRank:\n    #  pagerank  degree  mentions  entity\n"
      "    1    0.2630       4         9  group:ASEAN  東南アジア諸国連合 (ASEAN)\n"
      "    2    0.1824       2         2  meeting:beta  ベータ会合\n\n",
      "Top entities by degree:\n    #  degree  pagerank  mentions  entity\n"
      "    1       4    0.2630         9  group:ASEAN  東南アジア諸国連合 (ASEAN)\n"
      "    2       2    0.1468         4  country:IDN  インドネシア (Indonesia)\n\n",
      "Communities (Louvain):\n  0 (5): インドネシア カンボジア タイ ベトナム 東南アジア諸国連合\n"
      "  1 (3): ベータ会合 ハノイ Alpha\n\n",
      "Documents of each entity:\n  country:IDN  インドネシア (Indonesia):\n",
      "  program:alpha  Alpha:\n"}; /* the English label only when it differs */
  for (size_t i = 0; i < sizeof expect / sizeof *expect; i++)
    ck_assert_msg(strstr(t, expect[i]) != NULL, "missing:\n%s\nin:\n%s", expect[i], t);
  ck_assert_uint_eq(strlen(t), strlen(strstr(t, expect[0])));
  free(t);
}
END_TEST

START_TEST(json) {
  char *j = written(1);
  ck_assert_str_eq(
      j,
      "{\"documents\":[],\"document_dates\":[],\"encodings\":{},\"entities\":8,\"relations\":7,\"types\":{\"country\":4,\"group\":1,"
      "\"program\":1,\"meeting\":1,\"place\":1},\"kinds\":{\"co_occurs\":6,\"held_in\":1},"
      "\"top_pagerank\":[{\"id\":\"group:ASEAN\",\"label\":\"東南アジア諸国連合\","
      "\"pagerank\":0.2630027014,\"degree\":4,\"mentions\":9},{\"id\":\"meeting:beta\","
      "\"label\":\"ベータ会合\",\"pagerank\":0.1824324324,\"degree\":2,\"mentions\":2}],"
      "\"top_degree\":[{\"id\":\"group:ASEAN\",\"label\":\"東南アジア諸国連合\","
      "\"pagerank\":0.2630027014,\"degree\":4,\"mentions\":9},{\"id\":\"country:IDN\","
      "\"label\":\"インドネシア\",\"pagerank\":0.1468067046,\"degree\":2,\"mentions\":4}],"
      "\"communities\":[{\"id\":0,\"members\":[\"country:IDN\",\"country:KHM\",\"country:THA\","
      "\"country:VNM\",\"group:ASEAN\"]},{\"id\":1,\"members\":[\"meeting:beta\","
      "\"place:hanoi\",\"program:alpha\"]}],\"entity_documents\":{\"country:IDN\":[],"
      "\"country:KHM\":[],\"country:THA\":[],\"country:VNM\":[],\"group:ASEAN\":[],"
      "\"meeting:beta\":[],\"place:hanoi\":[],\"program:alpha\":[]}}\n");
  free(j);
}
END_TEST

/* The documents of each entity, from documents merged one by one. */
START_TEST(entity_documents) {
  static const char *const texts[] = {"ラオスとベトナムの外相が電話で会談した。",
                                      "Laos and Thailand agreed to share river data."};
  static const char *const names[] = {"notes/a.txt", "notes/b.txt"};
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < 2; i++) {
    dg_doc *d = tu_doc(names[i], texts[i]);
    if (i == 1) d->date = (dg_when){.year = 2024, .month = 3, .day = 5, .prec = DG_DATE_DAY};
    ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
    tu_doc_free(d);
  }
  dg_graph_filter f = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  dg_stats s;
  ck_assert_int_eq(dg_stats_compute(g, NULL, &s, &err), DG_OK);
  ck_assert_uint_eq(s.ndocuments, 2);
  ck_assert_str_eq(s.documents[1], "notes/b.txt");
  char *out = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&out, &n);
  dg_stats_write_json(&s, fp, &err);
  fclose(fp);
  /* each document's date: the second has one, the first none */
  ck_assert_ptr_nonnull(strstr(out, "{\"documents\":[\"notes/a.txt\",\"notes/b.txt\"],"
                                    "\"document_dates\":[\"\",\"2024-03-05\"],"));
  ck_assert_uint_eq(s.ndated, 1);
  ck_assert_ptr_nonnull(strstr(out, "\"types\":{\"country\":3},\"kinds\":{\"co_occurs\":2}"));
  ck_assert_ptr_nonnull(strstr(out, "\"entity_documents\":{\"country:LAO\":[\"notes/a.txt\","
                                    "\"notes/b.txt\"],\"country:THA\":[\"notes/b.txt\"],"
                                    "\"country:VNM\":[\"notes/a.txt\"]}}\n"));
  free(out);
  dg_stats_destroy(&s);
  dg_graph_free(g);
}
END_TEST

/* An empty graph: no lists, no communities, and the writers still write whole objects. */
START_TEST(empty) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_graph_filter f = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  dg_stats s;
  ck_assert_int_eq(dg_stats_compute(g, NULL, &s, &err), DG_OK);
  ck_assert_uint_eq(s.ntop, 0);
  ck_assert_uint_eq(s.ncommunities, 0);
  char *out = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&out, &n);
  dg_stats_write_json(&s, fp, &err);
  fclose(fp);
  ck_assert_str_eq(out, "{\"documents\":[],\"document_dates\":[],\"encodings\":{},\"entities\":0,\"relations\":0,\"types\":{},"
                        "\"kinds\":{},\"top_pagerank\":[],\"top_degree\":[],\"communities\":[],"
                        "\"entity_documents\":{}}\n");
  free(out);
  dg_stats_destroy(&s);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("stats");
  TCase *tc = tcase_create("stats");
  tcase_add_test(tc, counts);
  tcase_add_loop_test(tc, top_lists, 0, (int)(sizeof tops / sizeof *tops));
  tcase_add_test(tc, communities);
  tcase_add_test(tc, text);
  tcase_add_test(tc, json);
  tcase_add_test(tc, entity_documents);
  tcase_add_test(tc, empty);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
