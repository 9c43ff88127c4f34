/* The whole-graph diagram: a graph put together vertex by vertex, drawn as styled DOT (before
 * layout), and the exact attributes read back: fill and shape by type, line width by
 * weight, typed lines' colour, label and arrow, which pairs max_edges keeps, labels in
 * each language, the focus node, report links, the legend, the layout by size; one SVG
 * drawn for real; Graphviz's error level left as found and its messages in dg_error. */
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgraph/render.h"
#include "dotattr.h"
#include "testutil.h"

/* One Graphviz context for the whole process (see dg_renderer on why not more). */
static dg_renderer *rdr;

#define MEETING "meeting:第7回 港湾会合"
#define PLACE "place:Da Nang"
#define MEETING_URL "meeting:%E7%AC%AC7%E5%9B%9E%20%E6%B8%AF%E6%B9%BE%E4%BC%9A%E5%90%88"
#define E_JPN_VNM "\"country:JPN\" -- \"country:VNM\""
#define E_JPN_ASEAN "\"country:JPN\" -- \"group:ASEAN\""
#define E_VNM_PLACE "\"country:VNM\" -- \"" PLACE "\""
#define E_HELD_IN "\"" MEETING "\" -- \"" PLACE "\""
#define E_PARTICIPATES "\"country:VNM\" -- \"" MEETING "\""

/* Six entities, three co-occurring pairs (weights 7, 1 and 3) and two typed ties. */
static dg_graph *port_graph(void) {
  static const struct {
    const char *id;
    dg_type type;
    const char *ja, *en;
    uint32_t mentions, docs;
  } vs[] = {
      {"country:JPN", DG_TYPE_COUNTRY, "日本", "Japan", 9, 2},
      {"country:VNM", DG_TYPE_COUNTRY, "ベトナム", "Viet Nam", 3, 1},
      {"group:ASEAN", DG_TYPE_GROUP, "ASEAN", "ASEAN", 2, 1},
      {MEETING, DG_TYPE_MEETING, "第7回港湾会合", "7th Port Meeting", 2, 1},
      {PLACE, DG_TYPE_PLACE, "ダナン", "Da Nang", 1, 1},
      {"program:tidal", DG_TYPE_PROGRAM, "沿岸強靱化のための東南アジア潮流基金",
       "Tidal Fund for Coastal Resilience Projects", 1, 1},
  };
  static const struct {
    const char *from, *to;
    dg_rel_kind kind;
    uint32_t weight;
    double jaccard;
    const char *ev, *text;
  } es[] = {
      {"country:JPN", "country:VNM", DG_REL_CO_OCCURS, 7, 0.5, "ports.txt:4",
       "日本とベトナムは港湾で協力する。"},
      {"country:JPN", "group:ASEAN", DG_REL_CO_OCCURS, 1, 0.1, "ports.txt:5",
       "日本はASEANと話した。"},
      {"country:VNM", PLACE, DG_REL_CO_OCCURS, 3, 0.9, "ports.txt:6", "ベトナムのダナン港。"},
      {MEETING, PLACE, DG_REL_HELD_IN, 1, 0, "ports.txt:2", "会合はダナンで開かれた。"},
      {"country:VNM", MEETING, DG_REL_PARTICIPATES_IN, 2, 0, "ports.txt:3",
       "ベトナムが会合に出た。"},
  };
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
    ck_assert_int_eq(dg_graph_put_vertex(g, vs[i].id, vs[i].type, vs[i].ja, vs[i].en, NULL,
                                         vs[i].mentions, vs[i].docs, &err),
                     DG_OK);
  for (size_t i = 0; i < sizeof es / sizeof *es; i++)
    ck_assert_int_eq(dg_graph_put_edge(g, es[i].from, es[i].to, es[i].kind, es[i].weight,
                                       es[i].jaccard, 1, es[i].weight, es[i].ev, es[i].text, &err),
                     DG_OK);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  return g;
}

/* g drawn in `format` by dg_render_formats (malloc'd text); *rc its return code. */
static char *draw(const dg_graph *g, const dg_render_opts *o, const char *format, dg_err *rc,
                  dg_error *err) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  ck_assert_ptr_nonnull(f);
  const char *formats[] = {format};
  FILE *out[] = {f};
  *rc = dg_render_formats(g, o, formats, out, 1, err);
  fclose(f);
  return text;
}

/* The styled DOT of the port graph with options o. */
static char *port_dot(const dg_render_opts *o) {
  dg_graph *g = port_graph();
  dg_error err = {0};
  dg_err rc;
  char *dot = draw(g, o, "dot", &rc, &err);
  ck_assert_msg(rc == DG_OK, "%s", err.msg);
  dg_graph_free(g);
  return dot;
}

/* ck_assert that `object` has `name` = want (NULL: that it has no value at all). */
static void check_attr(const char *dot, const char *object, const char *name, const char *want,
                       int line) {
  char buf[4096];
  const char *got = dot_attr(dot, object, name, buf, sizeof buf);
  if (want)
    ck_assert_msg(got && !strcmp(got, want), "line %d: %s %s: got %s, want %s", line, object, name,
                  got ? got : "(none)", want);
  else ck_assert_msg(!got, "line %d: %s %s: got %s, want none", line, object, name, got);
}
#define CHECK_ATTR(dot, object, name, want) check_attr(dot, object, name, want, __LINE__)

static const struct {
  const char *id, *fill, *font, *shape, *style, *cls;
} type_cases[] = {
    {"country:JPN", "#0072B2", "#FFFFFF", "ellipse", "filled", "country"},
    {"group:ASEAN", "#56B4E9", "#000000", "octagon", "filled", "group"},
    {MEETING, "#D55E00", "#FFFFFF", "box", "rounded,filled", "meeting"},
    {PLACE, "#F0E442", "#000000", "house", "filled", "place"},
    {"program:tidal", "#E69F00", "#000000", "hexagon", "filled", "program"},
};

START_TEST(test_style_by_type) {
  char *dot = port_dot(NULL);
  CHECK_ATTR(dot, type_cases[_i].id, "fillcolor", type_cases[_i].fill);
  CHECK_ATTR(dot, type_cases[_i].id, "fontcolor", type_cases[_i].font);
  CHECK_ATTR(dot, type_cases[_i].id, "shape", type_cases[_i].shape);
  CHECK_ATTR(dot, type_cases[_i].id, "style", type_cases[_i].style);
  CHECK_ATTR(dot, type_cases[_i].id, "class", type_cases[_i].cls);
  free(dot);
}
END_TEST

/* --color community: Paul Tol's muted colours by community id, grey from the tenth on. */
START_TEST(test_fill_by_community) {
  static const char *const fills[] = {"#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
                                      "#882255", "#44AA99", "#999933", "#AA4499", "#DDDDDD"};
  dg_graph *g = port_graph();
  dg_render_opts o = {.color = DG_COLOR_COMMUNITY};
  dg_error err = {0};
  dg_err rc;
  char *dot = draw(g, &o, "dot", &rc, &err);
  ck_assert_int_eq(rc, DG_OK);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    int c = v->community >= 0 && v->community < 10 ? v->community : 9;
    CHECK_ATTR(dot, v->id, "fillcolor", fills[c]);
    CHECK_ATTR(dot, v->id, "fontcolor",
               c == 1 || c == 3 || c == 5 || c == 8 ? "#FFFFFF" : "#000000");
  }
  /* the legend names the kinds of line, not the types (the colours say community) */
  char buf[4096];
  ck_assert_ptr_nonnull(dot_attr(dot, "graph", "label", buf, sizeof buf));
  ck_assert_ptr_null(strstr(buf, ">country<"));
  ck_assert_ptr_nonnull(strstr(buf, ">→ held_in<"));
  free(dot);
  dg_graph_free(g);
}
END_TEST

/* Line width 0.6 + 1.4 log2(1 + weight), at most 8; the weight as dot's rank weight. */
static const struct {
  const char *edge, *penwidth, *weight;
} width_cases[] = {
    {E_JPN_ASEAN, "2.00", "1"},
    {E_PARTICIPATES, "2.82", "2"},
    {E_VNM_PLACE, "3.40", "3"},
    {E_JPN_VNM, "4.80", "7"},
};

START_TEST(test_line_width) {
  char *dot = port_dot(NULL);
  CHECK_ATTR(dot, width_cases[_i].edge, "penwidth", width_cases[_i].penwidth);
  CHECK_ATTR(dot, width_cases[_i].edge, "weight", width_cases[_i].weight);
  free(dot);
}
END_TEST

/* A typed tie: its kind's colour and dashes, an arrow along the relation, its name. */
static const struct {
  const char *edge, *color, *style, *dir, *cls, *label_has;
} kind_cases[] = {
    {E_HELD_IN, "#0072B2", "dashed", "forward", "held_in", ">held_in<"},
    {E_PARTICIPATES, "#009E73", "solid", "forward", "participates_in", ">participates_in<"},
    {E_JPN_VNM, "#55555588", NULL, NULL, "co_occurs", NULL},
};

START_TEST(test_typed_lines) {
  char *dot = port_dot(NULL);
  CHECK_ATTR(dot, kind_cases[_i].edge, "color", kind_cases[_i].color);
  CHECK_ATTR(dot, kind_cases[_i].edge, "style", kind_cases[_i].style);
  CHECK_ATTR(dot, kind_cases[_i].edge, "dir", kind_cases[_i].dir);
  CHECK_ATTR(dot, kind_cases[_i].edge, "class", kind_cases[_i].cls);
  char buf[4096];
  const char *label = dot_attr(dot, kind_cases[_i].edge, "label", buf, sizeof buf);
  if (kind_cases[_i].label_has)
    ck_assert_msg(label && strstr(label, kind_cases[_i].label_has), "label %s", label);
  else ck_assert_ptr_null(label);
  /* with no_edge_labels the colour alone says the kind */
  free(dot);
  dg_render_opts o = {.no_edge_labels = 1};
  dot = port_dot(&o);
  ck_assert_ptr_null(dot_attr(dot, kind_cases[_i].edge, "label", buf, sizeof buf));
  CHECK_ATTR(dot, kind_cases[_i].edge, "color", kind_cases[_i].color);
  free(dot);
}
END_TEST

/* Under max_edges: first each entity's strongest tie (typed ties first, then by Jaccard),
 * then the strongest of the rest. VNM-Da Nang has the highest Jaccard, but both its ends
 * are tied already by the typed lines. */
static const struct {
  size_t max_edges;
  int drawn[5]; /* held_in, participates_in, VNM-Da Nang, JPN-VNM, JPN-ASEAN */
} limit_cases[] = {
    {0, {1, 1, 1, 1, 1}}, {2, {1, 1, 0, 0, 0}}, {3, {1, 1, 0, 1, 0}},
    {4, {1, 1, 0, 1, 1}}, {5, {1, 1, 1, 1, 1}}, {1, {0, 1, 0, 0, 0}},
};

START_TEST(test_max_edges) {
  static const char *const edges[] = {E_HELD_IN, E_PARTICIPATES, E_VNM_PLACE, E_JPN_VNM,
                                      E_JPN_ASEAN};
  dg_render_opts o = {.max_edges = limit_cases[_i].max_edges};
  char *dot = port_dot(&o);
  for (int k = 0; k < 5; k++)
    ck_assert_msg((dot_list(dot, edges[k]) != NULL) == limit_cases[_i].drawn[k],
                  "max_edges %zu: %s %s", limit_cases[_i].max_edges, edges[k],
                  limit_cases[_i].drawn[k] ? "missing" : "drawn");
  free(dot);
}
END_TEST

/* Labels in Japanese, English or both, wrapped at 24 columns (a CJK character takes 2). */
static const struct {
  dg_label_mode mode;
  const char *id, *label;
} label_cases[] = {
    {DG_LABEL_JA, "country:JPN", "日本"},
    {DG_LABEL_EN, "country:JPN", "Japan"},
    {DG_LABEL_BOTH, "country:JPN", "日本\nJapan"},
    {DG_LABEL_BOTH, "group:ASEAN", "ASEAN"},
    {DG_LABEL_EN, MEETING, "7th Port Meeting"},
    {DG_LABEL_JA, "program:tidal", "沿岸強靱化のための東南ア\nジア潮流基金"},
    {DG_LABEL_EN, "program:tidal", "Tidal Fund for Coastal Resilience\nProjects"},
};

START_TEST(test_labels) {
  dg_render_opts o = {.labels = label_cases[_i].mode};
  char *dot = port_dot(&o);
  CHECK_ATTR(dot, label_cases[_i].id, "label", label_cases[_i].label);
  free(dot);
}
END_TEST

START_TEST(test_tooltips) {
  char *dot = port_dot(NULL);
  CHECK_ATTR(dot, "country:JPN", "tooltip", "日本 (Japan)\ncountry · 9 mentions in 2 documents");
  CHECK_ATTR(dot, "group:ASEAN", "tooltip", "ASEAN\ngroup · 2 mentions in 1 document");
  CHECK_ATTR(
      dot, E_JPN_VNM, "tooltip",
      "日本 – ベトナム\nco_occurs ×7\n  ports.txt:4: 日本とベトナムは港湾で協力する。\n  … 6 more");
  free(dot);
}
END_TEST

/* The focus entity in bold: a thick black outline and the largest text. */
START_TEST(test_focus) {
  dg_render_opts o = {.focus = "country:VNM"};
  char *dot = port_dot(&o);
  CHECK_ATTR(dot, "country:VNM", "penwidth", "3");
  CHECK_ATTR(dot, "country:VNM", "color", "#000000");
  CHECK_ATTR(dot, "country:VNM", "fontsize", "18.0");
  CHECK_ATTR(dot, "group:ASEAN", "penwidth", "1");
  CHECK_ATTR(dot, "group:ASEAN", "color", "#333333");
  free(dot);
}
END_TEST

/* Links into the report, ids percent-encoded (UTF-8 bytes and the space). */
START_TEST(test_links) {
  dg_render_opts o = {.link = "report.html"};
  char *dot = port_dot(&o);
  CHECK_ATTR(dot, MEETING, "URL", "report.html#node=" MEETING_URL);
  CHECK_ATTR(dot, "country:JPN", "URL", "report.html#node=country:JPN");
  CHECK_ATTR(dot, E_HELD_IN, "URL", "report.html#edge=" MEETING_URL ",place:Da%20Nang");
  CHECK_ATTR(dot, MEETING, "id", MEETING);
  free(dot);
  dot = port_dot(NULL);
  CHECK_ATTR(dot, MEETING, "URL", NULL);
  free(dot);
}
END_TEST

/* The legend: the caption, a cell per type present in its colours, a cell per typed kind. */
START_TEST(test_legend) {
  dg_render_opts o = {.title = "Ports & partners"};
  char *dot = port_dot(&o);
  char buf[4096];
  const char *label = dot_attr(dot, "graph", "label", buf, sizeof buf);
  ck_assert_ptr_nonnull(label);
  static const char *const has[] = {
      ">Ports &amp; partners<",
      "BGCOLOR=\"#0072B2\"><FONT COLOR=\"#FFFFFF\" POINT-SIZE=\"10\">country<",
      "BGCOLOR=\"#E69F00\"><FONT COLOR=\"#000000\" POINT-SIZE=\"10\">program<",
      "<FONT COLOR=\"#0072B2\" POINT-SIZE=\"10\">→ held_in<",
      "<FONT COLOR=\"#009E73\" POINT-SIZE=\"10\">→ participates_in<",
  };
  for (size_t i = 0; i < sizeof has / sizeof *has; i++)
    ck_assert_msg(strstr(label, has[i]), "legend lacks %s", has[i]);
  ck_assert_ptr_null(strstr(label, ">organization<")); /* no type absent from the graph */
  ck_assert_ptr_null(strstr(label, "→ co_occurs"));
  CHECK_ATTR(dot, "graph", "labelloc", "t");
  free(dot);
}
END_TEST

/* A region is drawn apart from a place: the place's yellow at half strength, a trapezium,
 * dashed; the legend keys both, place first. */
START_TEST(test_region_style) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  ck_assert_int_eq(
      dg_graph_put_vertex(g, "region:asia", DG_TYPE_REGION, "アジア", "Asia", NULL, 2, 1, &err),
      DG_OK);
  ck_assert_int_eq(
      dg_graph_put_vertex(g, PLACE, DG_TYPE_PLACE, "ダナン", "Da Nang", NULL, 1, 1, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_edge(g, PLACE, "region:asia", DG_REL_CO_OCCURS, 1, 1, 1, 1,
                                     "r.txt:1", "ダナンとアジア。", &err),
                   DG_OK);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  dg_err rc;
  char *dot = draw(g, NULL, "dot", &rc, &err);
  ck_assert_msg(rc == DG_OK, "%s", err.msg);
  CHECK_ATTR(dot, "region:asia", "fillcolor", "#F8F2A0");
  CHECK_ATTR(dot, "region:asia", "shape", "trapezium");
  CHECK_ATTR(dot, "region:asia", "style", "filled,dashed");
  CHECK_ATTR(dot, "region:asia", "class", "region");
  CHECK_ATTR(dot, PLACE, "fillcolor", "#F0E442");
  CHECK_ATTR(dot, PLACE, "shape", "house");
  char buf[4096];
  const char *label = dot_attr(dot, "graph", "label", buf, sizeof buf);
  ck_assert_ptr_nonnull(label);
#define KEY(fill, name) "\"" fill "\"><FONT COLOR=\"#000000\" POINT-SIZE=\"10\">" name "<"
  const char *place = strstr(label, KEY("#F0E442", "place")),
             *region = strstr(label, KEY("#F8F2A0", "region"));
#undef KEY
  ck_assert_msg(place && region && place < region, "legend: %s", label);
  ck_assert_str_eq(dg_render_type_color(DG_TYPE_REGION), "#F8F2A0");
  free(dot);
  dg_graph_free(g);
}
END_TEST

/* dot up to dot_max vertices (12), neato up to sfdp_above (150), sfdp beyond; or as asked. */
static const struct {
  dg_render_opts o;
  const char *layout;
  const char *rankdir, *sep, *splines;
} layout_cases[] = {
    {{0}, "dot", "LR", NULL, NULL},
    {{.dot_max = 6}, "dot", "LR", NULL, NULL},
    {{.dot_max = 5}, "neato", NULL, "+6", "true"},
    {{.dot_max = 5, .sfdp_above = 5}, "sfdp", NULL, "+6", "true"},
    {{.layout = "circo"}, "circo", NULL, "+6", "true"},
};

START_TEST(test_layout_by_size) {
  dg_graph *g = port_graph();
  ck_assert_str_eq(dg_render_layout(g, &layout_cases[_i].o), layout_cases[_i].layout);
  dg_error err = {0};
  dg_err rc;
  char *dot = draw(g, &layout_cases[_i].o, "dot", &rc, &err);
  ck_assert_int_eq(rc, DG_OK);
  CHECK_ATTR(dot, "graph", "rankdir", layout_cases[_i].rankdir);
  CHECK_ATTR(dot, "graph", "sep", layout_cases[_i].sep);
  CHECK_ATTR(dot, "graph", "splines", layout_cases[_i].splines);
  CHECK_ATTR(dot, "graph", "overlap", layout_cases[_i].rankdir ? "true" : "prism");
  free(dot);
  dg_graph_free(g);
}
END_TEST

/* A real drawing: well-formed SVG with the Japanese labels and the links. */
START_TEST(test_svg) {
  dg_graph *g = port_graph();
  dg_render_opts o = {.renderer = rdr, .link = "report.html"};
  dg_error err = {0};
  dg_err rc;
  char *svg = draw(g, &o, "svg", &rc, &err);
  ck_assert_msg(rc == DG_OK, "%s", err.msg);
  xmlDocPtr doc = xmlReadMemory(svg, (int)strlen(svg), "diagram.svg", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR);
  ck_assert_msg(doc != NULL, "the SVG is not well-formed");
  ck_assert_str_eq((const char *)xmlDocGetRootElement(doc)->name, "svg");
  xmlFreeDoc(doc);
  ck_assert_ptr_nonnull(strstr(svg, ">ベトナム</text>"));
  ck_assert_ptr_nonnull(strstr(svg, ">第7回港湾会合</text>"));
  ck_assert_ptr_nonnull(strstr(svg, "xlink:href=\"report.html#node=" MEETING_URL "\""));
  free(svg);
  dg_graph_free(g);
}
END_TEST

/* Run f with stderr sent to a file; the bytes it wrote there. */
static long quiet_stderr_bytes(void (*f)(void *), void *arg) {
  fflush(stderr);
  int saved = dup(2);
  FILE *tmp = tmpfile();
  ck_assert_ptr_nonnull(tmp);
  dup2(fileno(tmp), 2);
  f(arg);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  fseek(tmp, 0, SEEK_END);
  long n = ftell(tmp);
  fclose(tmp);
  return n;
}

typedef struct {
  const char *layout, *format;
  dg_err rc;
  dg_error err;
} failing;

static void draw_failing(void *arg) {
  failing *c = arg;
  dg_graph *g = port_graph();
  dg_render_opts o = {.renderer = rdr, .layout = c->layout};
  char *out = draw(g, &o, c->format, &c->rc, &c->err);
  free(out);
  dg_graph_free(g);
}

/* Graphviz's complaint comes back in dg_error, nothing is printed, and Graphviz's error
 * level is left as the caller had it. */
static const struct {
  const char *layout, *format, *msg, *graphviz_says;
} failure_cases[] = {
    {"dot", "nosuchformat", "cannot render nosuchformat",
     "renderer for nosuchformat is unavailable"},
    {"nosuchlayout", "svg", "layout nosuchlayout failed", "\"nosuchlayout\" not recognized"},
};

START_TEST(test_graphviz_errors) {
  agerrlevel_t before = agseterr(AGERR);
  failing c = {failure_cases[_i].layout, failure_cases[_i].format, DG_OK, {0}};
  long printed = quiet_stderr_bytes(draw_failing, &c);
  ck_assert_int_eq(agseterr(before), AGERR);
  ck_assert_int_eq(c.rc, DG_EGRAPH);
  ck_assert_msg(strstr(c.err.msg, failure_cases[_i].msg), "message: %s", c.err.msg);
  ck_assert_msg(strstr(c.err.msg, failure_cases[_i].graphviz_says), "message: %s", c.err.msg);
  ck_assert_int_eq(printed, 0);
}
END_TEST

/* A successful drawing leaves the error level as found too. */
START_TEST(test_error_level_kept) {
  agerrlevel_t before = agseterr(AGWARN);
  char *dot = port_dot(NULL);
  free(dot);
  ck_assert_int_eq(agseterr(before), AGWARN);
}
END_TEST

START_TEST(test_colors) {
  ck_assert_str_eq(dg_render_type_color(DG_TYPE_MEETING), "#D55E00");
  ck_assert_str_eq(dg_render_type_color((dg_type)99), "#FFFFFF");      /* out of range: stop */
  ck_assert_str_eq(dg_render_kind_color(DG_REL_CO_OCCURS), "#555555"); /* without alpha */
  ck_assert_str_eq(dg_render_kind_color(DG_REL_MEMBER_OF), "#56B4E9");
  ck_assert_str_eq(dg_render_kind_color((dg_rel_kind)99), "#000000");
}
END_TEST

static Suite *render_suite(void) {
  Suite *s = suite_create("render");
  TCase *t = tcase_create("render");
  tcase_add_loop_test(t, test_style_by_type, 0, sizeof type_cases / sizeof *type_cases);
  tcase_add_test(t, test_fill_by_community);
  tcase_add_loop_test(t, test_line_width, 0, sizeof width_cases / sizeof *width_cases);
  tcase_add_loop_test(t, test_typed_lines, 0, sizeof kind_cases / sizeof *kind_cases);
  tcase_add_loop_test(t, test_max_edges, 0, sizeof limit_cases / sizeof *limit_cases);
  tcase_add_loop_test(t, test_labels, 0, sizeof label_cases / sizeof *label_cases);
  tcase_add_test(t, test_tooltips);
  tcase_add_test(t, test_focus);
  tcase_add_test(t, test_links);
  tcase_add_test(t, test_legend);
  tcase_add_test(t, test_region_style);
  tcase_add_loop_test(t, test_layout_by_size, 0, sizeof layout_cases / sizeof *layout_cases);
  tcase_add_test(t, test_svg);
  tcase_add_loop_test(t, test_graphviz_errors, 0, sizeof failure_cases / sizeof *failure_cases);
  tcase_add_test(t, test_error_level_kept);
  tcase_add_test(t, test_colors);
  suite_add_tcase(s, t);
  return s;
}

int main(void) {
  dg_error err = {0};
  if (dg_renderer_new(&rdr, &err) != DG_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return EXIT_FAILURE;
  }
  int rc = tu_run(render_suite());
  dg_renderer_free(rdr);
  return rc;
}
