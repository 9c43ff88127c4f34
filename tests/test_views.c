/* The views: each built from a graph put together for the test and drawn as styled DOT,
 * then read back. The timeline puts each meeting in its year's box with where it was held
 * and who took part; funding shows each program's amounts with thousands separators and a
 * total per currency, and the meeting where it was announced; countries draws membership
 * dashed. Also the names of the views and the filters each applies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/views.h"
#include "dotattr.h"
#include "testutil.h"

static dg_value on(int y, int m, int d) {
  dg_value v = {0};
  v.when.year = y;
  v.when.month = m;
  v.when.day = d;
  v.when.prec = d ? DG_DATE_DAY : m ? DG_DATE_MONTH : DG_DATE_YEAR;
  return v;
}

static dg_value money(int64_t mant, int32_t exp, int64_t max_mant, const char *cur) {
  dg_value v = {0};
  v.amount = (dg_decimal){mant, exp};
  if (max_mant) {
    v.has_range = 1;
    v.amount_max = (dg_decimal){max_mant, exp};
  }
  snprintf(v.currency, sizeof v.currency, "%s", cur);
  return v;
}

/* Meetings with dates and places, a program with amounts in two currencies announced at
 * one of them, a member country of a group. */
static dg_graph *harbour_graph(void) {
  const dg_value d1 = on(2023, 11, 14), d2 = on(2024, 3, 0), d3 = on(2023, 2, 0);
  const dg_value a1 = money(40, 9, 0, "JPY"), a2 = money(25, 5, 0, "JPY");
  const dg_value a3 = money(10, 5, 25, "USD"), a4 = money(225, -2, 0, "USD");
  const struct {
    const char *id;
    dg_type type;
    const char *ja, *en;
    const dg_value *value;
  } vs[] = {
      {"meeting:harbour", DG_TYPE_MEETING, "第7回港湾会合", "7th Harbour Meeting", NULL},
      {"meeting:fisheries", DG_TYPE_MEETING, "漁業対話", "Fisheries Dialogue", NULL},
      {"meeting:tide", DG_TYPE_MEETING, "潮位会議", "Tide Conference", NULL},
      {"meeting:undated", DG_TYPE_MEETING, "某会合", "Some Meeting", NULL},
      {"date:2023-11-14", DG_TYPE_DATE, "2023-11-14", "2023-11-14", &d1},
      {"date:2024-03", DG_TYPE_DATE, "2024-03", "2024-03", &d2},
      {"date:2023-02", DG_TYPE_DATE, "2023-02", "2023-02", &d3},
      {"place:hanoi", DG_TYPE_PLACE, "ハノイ", "Hanoi", NULL},
      {"region:southeast-asia", DG_TYPE_REGION, "東南アジア", "Southeast Asia", NULL},
      {"country:VNM", DG_TYPE_COUNTRY, "ベトナム", "Viet Nam", NULL},
      {"country:LAO", DG_TYPE_COUNTRY, "ラオス", "Lao PDR", NULL},
      {"group:ASEAN", DG_TYPE_GROUP, "ASEAN", "ASEAN", NULL},
      {"program:bridge", DG_TYPE_PROGRAM, "架け橋計画", "Bridge Plan", NULL},
      {"amount:JPY:40000000000", DG_TYPE_AMOUNT, "400億円", "JPY 40 billion", &a1},
      {"amount:JPY:2500000", DG_TYPE_AMOUNT, "250万円", "JPY 2.5 million", &a2},
      {"amount:USD:1000000-2500000", DG_TYPE_AMOUNT, "100万～250万ドル", "USD 1–2.5 million", &a3},
      {"amount:USD:2.25", DG_TYPE_AMOUNT, "2.25ドル", "USD 2.25", &a4},
  };
  const struct {
    const char *from, *to;
    dg_rel_kind kind;
  } es[] = {
      {"meeting:harbour", "date:2023-11-14", DG_REL_HELD_ON},
      {"meeting:harbour", "place:hanoi", DG_REL_HELD_IN},
      {"country:VNM", "meeting:harbour", DG_REL_PARTICIPATES_IN},
      {"country:LAO", "meeting:harbour", DG_REL_PARTICIPATES_IN},
      {"meeting:fisheries", "date:2024-03", DG_REL_HELD_ON},
      {"meeting:tide", "date:2023-02", DG_REL_HELD_ON},
      {"program:bridge", "amount:JPY:40000000000", DG_REL_AMOUNT},
      {"program:bridge", "amount:JPY:2500000", DG_REL_AMOUNT},
      {"program:bridge", "amount:USD:1000000-2500000", DG_REL_AMOUNT},
      {"program:bridge", "amount:USD:2.25", DG_REL_AMOUNT},
      {"program:bridge", "meeting:harbour", DG_REL_ANNOUNCED_AT},
      {"country:VNM", "group:ASEAN", DG_REL_MEMBER_OF},
      {"country:VNM", "country:LAO", DG_REL_CO_OCCURS},
      {"country:VNM", "region:southeast-asia", DG_REL_CO_OCCURS},
  };
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
    ck_assert_int_eq(
        dg_graph_put_vertex(g, vs[i].id, vs[i].type, vs[i].ja, vs[i].en, vs[i].value, 2, 1, &err),
        DG_OK);
  for (size_t i = 0; i < sizeof es / sizeof *es; i++)
    ck_assert_int_eq(dg_graph_put_edge(g, es[i].from, es[i].to, es[i].kind, 1, 0.5, 1, 1,
                                       "harbour.txt:3", "港湾の会合について。", &err),
                     DG_OK);
  return g;
}

/* View v of g drawn as styled DOT (malloc'd). */
static char *view_dot(dg_graph *g, dg_view v, const dg_render_opts *o) {
  dg_error err = {0};
  ck_assert_msg(dg_view_build(g, v, NULL, &err) == DG_OK, "%s", err.msg);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  ck_assert_ptr_nonnull(f);
  const char *formats[] = {"dot"};
  FILE *out[] = {f};
  ck_assert_msg(dg_view_render(g, v, o, formats, out, 1, &err) == DG_OK, "%s", err.msg);
  fclose(f);
  return text;
}

static char *harbour_view(dg_view v, const dg_render_opts *o) {
  dg_graph *g = harbour_graph();
  char *dot = view_dot(g, v, o);
  dg_graph_free(g);
  return dot;
}

static void check_has(const char *text, const char *want, const char *what) {
  ck_assert_msg(text && strstr(text, want), "%s lacks \"%s\": %s", what, want,
                text ? text : "(none)");
}

static const struct {
  dg_view v;
  const char *name, *title;
} name_cases[] = {
    {DG_VIEW_ALL, "all", "Whole graph"},
    {DG_VIEW_TIMELINE, "timeline", "Timeline of meetings"},
    {DG_VIEW_FUNDING, "funding", "Funding"},
    {DG_VIEW_COUNTRIES, "countries", "Countries and groupings"},
};

START_TEST(test_names) {
  dg_view v = DG_VIEW_COUNT;
  ck_assert_int_eq(dg_view_parse(name_cases[_i].name, &v), 0);
  ck_assert_int_eq(v, name_cases[_i].v);
  ck_assert_str_eq(dg_view_name(v), name_cases[_i].name);
  ck_assert_str_eq(dg_view_title(v), name_cases[_i].title);
  ck_assert_int_eq(dg_view_parse("Timeline", &v), -1);
  ck_assert_str_eq(dg_view_name(DG_VIEW_COUNT), "?");
}
END_TEST

/* The entity types each view keeps: a region only in the whole graph. */
static const struct {
  dg_view v;
  unsigned types;
} filter_cases[] = {
    {DG_VIEW_TIMELINE, 1u << DG_TYPE_MEETING | 1u << DG_TYPE_DATE | 1u << DG_TYPE_PLACE |
                           1u << DG_TYPE_COUNTRY | 1u << DG_TYPE_GROUP},
    {DG_VIEW_FUNDING, 1u << DG_TYPE_PROGRAM | 1u << DG_TYPE_MEETING | 1u << DG_TYPE_AMOUNT},
    {DG_VIEW_COUNTRIES, 1u << DG_TYPE_COUNTRY | 1u << DG_TYPE_GROUP},
    {DG_VIEW_ALL, 1u << DG_TYPE_MEETING | 1u << DG_TYPE_PLACE | 1u << DG_TYPE_REGION |
                      1u << DG_TYPE_COUNTRY | 1u << DG_TYPE_GROUP | 1u << DG_TYPE_PROGRAM |
                      1u << DG_TYPE_AMOUNT},
};

START_TEST(test_filters) {
  dg_graph *g = harbour_graph();
  dg_error err = {0};
  ck_assert_int_eq(dg_view_build(g, filter_cases[_i].v, NULL, &err), DG_OK);
  unsigned types = 0;
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) types |= 1u << dg_graph_vertex(g, i)->type;
  ck_assert_uint_eq(types, filter_cases[_i].types);
  ck_assert_int_eq(dg_view_build(g, DG_VIEW_COUNT, NULL, &err), DG_EUSAGE);
  dg_graph_free(g);
}
END_TEST

/* Each meeting in the box of its year, at its date, with its place and participants. */
static const struct {
  dg_label_mode labels;
  const char *year, *date, *has[4];
} timeline_cases[] = {
    {DG_LABEL_JA,
     "cluster_2023",
     "date:2023-11-14",
     {"11月14日", ">第7回港湾会合<", ">開催地: ハノイ<", ">参加: ラオス、ベトナム<"}},
    {DG_LABEL_EN,
     "cluster_2023",
     "date:2023-11-14",
     {">14 Nov<", ">7th Harbour Meeting<", ">held in: Hanoi<",
      ">participants: Lao PDR, Viet Nam<"}},
    {DG_LABEL_JA, "cluster_2023", "date:2023-02-00", {">2月<", ">潮位会議<", NULL, NULL}},
    {DG_LABEL_EN, "cluster_2024", "date:2024-03-00", {">Mar<", ">Fisheries Dialogue<", NULL, NULL}},
};

START_TEST(test_timeline) {
  dg_render_opts o = {.labels = timeline_cases[_i].labels, .link = "r.html"};
  char *dot = harbour_view(DG_VIEW_TIMELINE, &o);
  char box[8192], buf[8192], quoted[64];
  ck_assert_ptr_nonnull(dot_subgraph(dot, timeline_cases[_i].year, box, sizeof box));
  snprintf(quoted, sizeof quoted, "\"%s\"", timeline_cases[_i].date);
  check_has(box, quoted, timeline_cases[_i].year);
  char year[64]; /* the box's caption: the year */
  ck_assert_ptr_nonnull(dot_list_attr(strstr(box, "graph ["), "label", year, sizeof year));
  ck_assert_str_eq(year, timeline_cases[_i].year + strlen("cluster_"));
  const char *label = dot_attr(dot, timeline_cases[_i].date, "label", buf, sizeof buf);
  for (int k = 0; k < 4 && timeline_cases[_i].has[k]; k++)
    check_has(label, timeline_cases[_i].has[k], timeline_cases[_i].date);
  ck_assert_ptr_null(strstr(dot, "某会合"));
  free(dot);
}
END_TEST

START_TEST(test_timeline_caption_and_links) {
  dg_render_opts o = {.link = "r.html"};
  char *dot = harbour_view(DG_VIEW_TIMELINE, &o);
  char buf[8192];
  check_has(dot_attr(dot, "graph", "label", buf, sizeof buf),
            ">Meetings by date: 3 dated, 1 without a date not shown<", "caption");
  check_has(dot_attr(dot, "date:2023-11-14", "label", buf, sizeof buf),
            "HREF=\"r.html#node=meeting:harbour\" TITLE=\"第7回港湾会合 (7th Harbour Meeting): 2 "
            "mentions\"",
            "card");
  /* dates of one year follow each other along the time axis */
  const char *axis = "\"date:2023-02-00\":d:e -> \"date:2023-11-14\":d:w";
  ck_assert_str_eq(dot_attr(dot, axis, "color", buf, sizeof buf), "#999999");
  ck_assert_str_eq(dot_attr(dot, axis, "weight", buf, sizeof buf), "100");
  /* the next year starts a lane of its own, tied by an invisible line */
  ck_assert_str_eq(
      dot_attr(dot, "\"date:2024-03-00\" -> \"date:2023-02-00\"", "style", buf, sizeof buf),
      "invis");
  free(dot);
}
END_TEST

/* Amounts with thousands separators, a range with a dash, the totals per currency. */
static const struct {
  dg_label_mode labels;
  const char *object, *attr, *has;
} funding_cases[] = {
    {DG_LABEL_EN, "program:bridge", "label", ">total JPY 40,002,500,000 (2)<"},
    {DG_LABEL_EN, "program:bridge", "label",
     ">total USD 1,000,002.25–2,500,002.25<BR ALIGN=\"LEFT\"/>(2)<"},
    {DG_LABEL_EN, "program:bridge", "label", ">Bridge Plan<"},
    {DG_LABEL_JA, "program:bridge", "label", ">計 JPY 40,002,500,000 (2)<"},
    {DG_LABEL_JA, "program:bridge", "label", ">架け橋計画<"},
    {DG_LABEL_JA, "amount:JPY:40000000000", "label", "400億円\nJPY 40,000,000,000"},
    {DG_LABEL_JA, "amount:USD:1000000-2500000", "label",
     "100万～250万ドル\nUSD 1,000,000–2,500,000"},
    {DG_LABEL_JA, "amount:USD:2.25", "label", "USD 2.25"},
    {DG_LABEL_EN, "meeting:harbour", "label", "7th Harbour Meeting"},
    {DG_LABEL_EN, "\"meeting:harbour\" -> \"program:bridge\"", "tooltip", "announced_at"},
    {DG_LABEL_EN, "\"program:bridge\" -> \"amount:JPY:2500000\"", "tooltip",
     "harbour.txt:3: 港湾の会合について。"},
};

START_TEST(test_funding) {
  dg_render_opts o = {.labels = funding_cases[_i].labels};
  char *dot = harbour_view(DG_VIEW_FUNDING, &o);
  char buf[8192];
  check_has(dot_attr(dot, funding_cases[_i].object, funding_cases[_i].attr, buf, sizeof buf),
            funding_cases[_i].has, funding_cases[_i].object);
  free(dot);
}
END_TEST

/* A running total holds the pledges before it: a fund's initial 70 and later 100 with a
 * cumulative 860 shows 860, never 1,030; a cumulative figure smaller than the sum of the
 * others (an older one) gives way to the sum. */
static const struct {
  int64_t cumulative;
  const char *has;
} cumulative_cases[] = {
    {860, ">cumulative USD 860 (3)<"},
    {150, ">total USD 170 (3)<"},
};

START_TEST(test_funding_cumulative) {
  dg_value v70 = money(70, 0, 0, "USD"), v100 = money(100, 0, 0, "USD"),
           vc = money(cumulative_cases[_i].cumulative, 0, 0, "USD");
  vc.cumulative = 1;
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  const struct {
    const char *id;
    dg_type type;
    const dg_value *value;
  } vs[] = {{"program:fund", DG_TYPE_PROGRAM, NULL},
            {"amount:USD:70@program:fund", DG_TYPE_AMOUNT, &v70},
            {"amount:USD:100@program:fund", DG_TYPE_AMOUNT, &v100},
            {"amount:USD:cum@program:fund", DG_TYPE_AMOUNT, &vc}};
  for (size_t i = 0; i < 4; i++) {
    ck_assert_int_eq(dg_graph_put_vertex(g, vs[i].id, vs[i].type, "x", "x", vs[i].value, 1, 1, &err),
                     DG_OK);
    if (i)
      ck_assert_int_eq(dg_graph_put_edge(g, "program:fund", vs[i].id, DG_REL_AMOUNT, 1, 0, 1, 1,
                                         "f.txt:1", "x", &err),
                       DG_OK);
  }
  dg_render_opts o = {.labels = DG_LABEL_EN};
  char *dot = view_dot(g, DG_VIEW_FUNDING, &o);
  char buf[8192];
  check_has(dot_attr(dot, "program:fund", "label", buf, sizeof buf), cumulative_cases[_i].has,
            "program:fund");
  free(dot);
  dg_graph_free(g);
}
END_TEST

/* Where a program was announced: the meeting to the left, a dashed line pointing back. */
START_TEST(test_funding_announced) {
  char *dot = harbour_view(DG_VIEW_FUNDING, NULL);
  char buf[8192];
  const char *line = "\"meeting:harbour\" -> \"program:bridge\"";
  ck_assert_str_eq(dot_attr(dot, line, "dir", buf, sizeof buf), "back");
  ck_assert_str_eq(dot_attr(dot, line, "style", buf, sizeof buf), "dashed");
  ck_assert_str_eq(dot_attr(dot, line, "color", buf, sizeof buf), "#E69F00");
  ck_assert_str_eq(dot_attr(dot, "meeting:harbour", "shape", buf, sizeof buf), "box");
  ck_assert_ptr_null(dot_list(dot, "meeting:fisheries")); /* no amount, not announced */
  check_has(dot_attr(dot, "graph", "label", buf, sizeof buf),
            ">Funding: 1 programs and meetings with amounts; totals add the distinct amounts tied "
            "to each (a cumulative one holds the rest)<",
            "caption");
  free(dot);
}
END_TEST

/* Membership dashed in its colour with an arrow to the group, no names on the lines. */
START_TEST(test_countries) {
  char *dot = harbour_view(DG_VIEW_COUNTRIES, NULL);
  char buf[8192];
  const char *member = "\"country:VNM\" -- \"group:ASEAN\"";
  ck_assert_str_eq(dot_attr(dot, member, "style", buf, sizeof buf), "dashed");
  ck_assert_str_eq(dot_attr(dot, member, "color", buf, sizeof buf), "#56B4E9");
  ck_assert_str_eq(dot_attr(dot, member, "dir", buf, sizeof buf), "forward");
  ck_assert_str_eq(dot_attr(dot, member, "class", buf, sizeof buf), "member_of");
  ck_assert_ptr_null(dot_attr(dot, member, "label", buf, sizeof buf));
  const char *co = "\"country:LAO\" -- \"country:VNM\"";
  ck_assert_str_eq(dot_attr(dot, co, "class", buf, sizeof buf), "co_occurs");
  ck_assert_ptr_null(dot_list(dot, "meeting:harbour"));
  check_has(dot_attr(dot, "graph", "label", buf, sizeof buf),
            ">Countries and groupings: membership and co-occurrence<", "caption");
  free(dot);
}
END_TEST

/* A view with nothing to show says so. */
static const struct {
  dg_view v;
  const char *msg;
} empty_cases[] = {
    {DG_VIEW_TIMELINE, "no meeting with a date"},
    {DG_VIEW_FUNDING, "no program or meeting with an amount"},
};

START_TEST(test_empty) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "country:VNM", DG_TYPE_COUNTRY, "ベトナム", "Viet Nam",
                                       NULL, 1, 1, &err),
                   DG_OK);
  char *dot = view_dot(g, empty_cases[_i].v, NULL);
  char buf[256];
  ck_assert_str_eq(dot_list_attr(strstr(dot, "\tnone\t["), "label", buf, sizeof buf),
                   empty_cases[_i].msg);
  free(dot);
  dg_graph_free(g);
}
END_TEST

static Suite *views_suite(void) {
  Suite *s = suite_create("views");
  TCase *t = tcase_create("views");
  tcase_add_loop_test(t, test_names, 0, sizeof name_cases / sizeof *name_cases);
  tcase_add_loop_test(t, test_filters, 0, sizeof filter_cases / sizeof *filter_cases);
  tcase_add_loop_test(t, test_timeline, 0, sizeof timeline_cases / sizeof *timeline_cases);
  tcase_add_test(t, test_timeline_caption_and_links);
  tcase_add_loop_test(t, test_funding, 0, sizeof funding_cases / sizeof *funding_cases);
  tcase_add_test(t, test_funding_announced);
  tcase_add_loop_test(t, test_funding_cumulative, 0,
                      sizeof cumulative_cases / sizeof *cumulative_cases);
  tcase_add_test(t, test_countries);
  tcase_add_loop_test(t, test_empty, 0, sizeof empty_cases / sizeof *empty_cases);
  suite_add_tcase(s, t);
  return s;
}

int main(void) { return tu_run(views_suite()); }
