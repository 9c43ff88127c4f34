/* The run job (docgraph/run.h) into a temporary directory: the exact set of files it
 * writes for a choice of views and formats, with and without per-document diagrams; the
 * mentions file; the counts it returns; what it reports through the log; and its errors. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgraph/run.h"
#include "testutil.h"

static const char *const texts[] = {
    "2024年5月10日、ハノイで第2回メコン協力会合が開催され、ラオスとタイが参加した。\n",
    "# Notes\n\nLaos and Viet Nam discussed a grant of USD 3 million with Thailand.\n"};
static const char *const names[] = {"in/a.txt", "in/b.md"};

static char dir_[64];
static dg_renderer *renderer_;

/* A fresh working directory holding in/a.txt and in/b.md; the test runs in it. */
static void setup(void) {
  snprintf(dir_, sizeof dir_, "/tmp/dg-run-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir_));
  ck_assert_int_eq(chdir(dir_), 0);
  ck_assert_int_eq(system("mkdir in empty"), 0);
  for (size_t i = 0; i < 2; i++) tu_write(names[i], texts[i]);
  dg_error err = {0};
  ck_assert_int_eq(dg_renderer_new(&renderer_, &err), DG_OK);
}

static void teardown(void) {
  dg_renderer_free(renderer_);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir_);
  if (chdir("/") == 0 && system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir_);
}

/* What the job reported. */
typedef struct {
  size_t problems, reading, warnings, failed, read_all;
  char last_problem[512];
} heard;

static void on_problem(void *a, const char *m) {
  heard *h = a;
  h->problems++;
  snprintf(h->last_problem, sizeof h->last_problem, "%s", m);
}
static void on_reading(void *a, size_t k, size_t n, const char *p) {
  (void)k, (void)n, (void)p;
  ((heard *)a)->reading++;
}
static void on_warnings(void *a, const dg_diags *w) { ((heard *)a)->warnings += w->n; }
static void on_failed(void *a, const char *m) {
  (void)m;
  ((heard *)a)->failed++;
}
static void on_read_all(void *a) { ((heard *)a)->read_all++; }

static heard heard_;
static const dg_job_log log_ = {&heard_, on_problem, on_reading, on_warnings, on_failed,
                                on_read_all, NULL, NULL, NULL, NULL};

/* Options for in/ into out/ with these views and formats (NULL: the defaults). */
static dg_run_opts opts(const dg_view *views, size_t nviews, const char *const *fmts, size_t nf) {
  static const char *const in[] = {"in"};
  dg_run_opts o = {.pipeline = {.dicts_dir = DG_TEST_DICTS},
                   .input = {in, 1, 2, &log_},
                   .dir = "out",
                   .views = views,
                   .nviews = nviews,
                   .formats = fmts,
                   .nformats = nf};
  o.draw.renderer = renderer_;
  o.filter.kinds = ((1u << DG_REL_COUNT) - 1) & ~(1u << DG_REL_MEMBER_OF);
  return o;
}

/* The files under out/, sorted, each followed by a space. */
static char *files_written(void) {
  char *out;
  ck_assert_int_eq(tu_sh("cd out && find . -type f | sed 's|^./||' | LC_ALL=C sort | tr '\\n' ' '",
                         &out),
                   0);
  return out;
}

static size_t lines_of(const char *path) {
  char *s = tu_slurp(path);
  ck_assert_msg(s != NULL, "%s was not written", path);
  size_t n = 0;
  for (const char *p = s; *p; p++) n += *p == '\n';
  free(s);
  return n;
}

/* The file set for a choice of views and formats. */
static const dg_view v_all[] = {DG_VIEW_ALL}, v_tl_all[] = {DG_VIEW_TIMELINE, DG_VIEW_ALL},
                     v_countries[] = {DG_VIEW_COUNTRIES},
                     v_tl_tl[] = {DG_VIEW_TIMELINE, DG_VIEW_TIMELINE};
static const char *const f_dot[] = {"dot"}, *const f_svg[] = {"svg"},
                         *const f_svg_dot[] = {"svg", "dot"},
                         *const f_dot_svg_dot[] = {"dot", "svg", "dot"};
#define NEO4J "neo4j/import.cypher neo4j/nodes.csv neo4j/relationships.csv "
static const struct {
  const dg_view *views;
  size_t nviews;
  const char *const *fmts;
  size_t nf;
  int per_doc;
  const char *files;
} trees[] = {
    /* all four views, DOT only, a diagram per document */
    {NULL, 0, f_dot, 1, 1,
     "countries.dot cytoscape.json docgraph.db docs/in_a.txt.dot docs/in_b.md.dot edges.csv "
     "funding.dot graph.dot graph.gexf graph.graphml graph.json mentions.jsonl " NEO4J
     "nodes.csv report.html run.json timeline.dot "},
    /* two views in two formats */
    {v_tl_all, 2, f_svg_dot, 2, 0,
     "cytoscape.json docgraph.db edges.csv graph.dot graph.gexf graph.graphml graph.json graph.svg "
     "mentions.jsonl " NEO4J "nodes.csv report.html run.json timeline.dot timeline.svg "},
    /* `all` always keeps its DOT */
    {v_all, 1, f_svg, 1, 0,
     "cytoscape.json docgraph.db edges.csv graph.dot graph.gexf graph.graphml graph.json graph.svg "
     "mentions.jsonl " NEO4J "nodes.csv report.html run.json "},
    /* the default formats: SVG and PNG; no `all` view, so no graph.svg */
    {v_countries, 1, NULL, 0, 0,
     "countries.png countries.svg cytoscape.json docgraph.db edges.csv graph.gexf graph.graphml "
     "graph.json mentions.jsonl " NEO4J "nodes.csv report.html run.json "},
    /* a view or a format asked for twice is drawn once */
    {v_tl_tl, 2, f_dot_svg_dot, 3, 0,
     "cytoscape.json docgraph.db edges.csv graph.gexf graph.graphml graph.json "
     "mentions.jsonl " NEO4J
     "nodes.csv report.html run.json timeline.dot timeline.svg "},
};

/* --by year: a graph per year of the documents' dates (a.txt's own, b.md's from the table),
 * their diagrams side by side, and run.json naming every data file. */
START_TEST(by_year) {
  tu_write("dates.tsv", "path\tdate\nb.md\t2023-02\n");
  dg_doc_dates *t;
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_dates_load("dates.tsv", &t, &err), DG_OK);
  static const dg_view all[] = {DG_VIEW_ALL};
  static const char *const svg[] = {"svg"};
  dg_run_opts o = opts(all, 1, svg, 1);
  o.input.dates = t;
  o.by = DG_BY_YEAR;
  dg_run_result r;
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  ck_assert_uint_eq(r.periods, 2);
  ck_assert_uint_eq(r.undated, 0);
  char *got = files_written();
  ck_assert_str_eq(got, "cytoscape.json docgraph.db edges.csv graph-2023.gexf graph-2023.graphml "
                        "graph-2023.json "
                        "graph-2023.svg graph-2024.gexf graph-2024.graphml graph-2024.json "
                        "graph-2024.svg graph.dot graph.gexf graph.graphml graph.json graph.svg "
                        "mentions.jsonl " NEO4J "nodes.csv periods.svg report.html run.json ");
  free(got);
  char *g23 = tu_slurp("out/graph-2023.graphml"), *run = tu_slurp("out/run.json");
  ck_assert_ptr_nonnull(strstr(g23, "<data key=\"g_period\">2023</data>"));
  ck_assert_ptr_nonnull(strstr(g23, "country:VNM"));  /* b.md's */
  ck_assert_ptr_null(strstr(g23, "place:hanoi"));     /* a.txt's, of 2024 */
  ck_assert_ptr_nonnull(strstr(run, "\"graph-2024.json\""));
  ck_assert_ptr_nonnull(strstr(run, "\"date_from\":\"2023-02-01\",\"date_to\":\"2024-05-10\""));
  free(g23);
  free(run);
  dg_doc_dates_free(t);
}
END_TEST

/* The table's date is given to a document before it is read: its year-less dates take that
 * year, and the store reuses its result only under the same date. Rows: the table (NULL:
 * none), the date c.txt's "2 May" becomes (NULL: none, its year unknown), how many of the
 * three documents are reused (the runs follow each other on one store). */
static const struct {
  const char *table;
  const char *date;
  size_t reused;
} given_rows[] = {
    {"path\tdate\nc.txt\t2023-06-01\n", "\"date\":\"2023-05-02\"", 0},
    {"path\tdate\nc.txt\t2023-06-01\n", "\"date\":\"2023-05-02\"", 3}, /* same table */
    {"path\tdate\nc.txt\t2022\n", "\"date\":\"2022-05-02\"", 2},       /* another date */
    {NULL, NULL, 2},                                                  /* none */
};

START_TEST(doc_dates_given) {
  tu_write("in/c.txt", "The 3rd Andes Forum opened in Lima on 2 May. Peru took part.\n");
  static const dg_view all[] = {DG_VIEW_ALL};
  static const char *const dot[] = {"dot"};
  for (size_t i = 0; i < sizeof given_rows / sizeof *given_rows; i++) {
    dg_doc_dates *t = NULL;
    dg_error err = {0};
    if (given_rows[i].table) tu_write("dates.tsv", given_rows[i].table);
    if (given_rows[i].table) ck_assert_int_eq(dg_doc_dates_load("dates.tsv", &t, &err), DG_OK);
    dg_run_opts o = opts(all, 1, dot, 1);
    o.input.dates = t;
    dg_run_result r;
    ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
    ck_assert_uint_eq(r.docs.reused, given_rows[i].reused);
    char *m = tu_slurp("out/mentions.jsonl");
    if (given_rows[i].date)
      ck_assert_msg(strstr(m, given_rows[i].date) != NULL, "row %zu: no %s", i, given_rows[i].date);
    else
      ck_assert_msg(!strstr(m, "\"doc\":\"in/c.txt\",\"type\":\"date\"") &&
                        strstr(m, "\"doc\":\"in/c.txt\",\"type\":\"place\",\"id\":\"place:lima\""),
                    "row %zu: a day with no year written: %s", i, m);
    free(m);
    dg_doc_dates_free(t);
  }
}
END_TEST

START_TEST(tree_written) {
  dg_run_opts o = opts(trees[_i].views, trees[_i].nviews, trees[_i].fmts, trees[_i].nf);
  o.per_doc = trees[_i].per_doc;
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  char *got = files_written();
  ck_assert_str_eq(got, trees[_i].files);
  free(got);
  ck_assert_uint_eq(r.docs.ok, 2);
  ck_assert_uint_eq(r.docs.failed, 0);
  ck_assert_uint_eq(heard_.reading, 2);
  ck_assert_uint_eq(heard_.read_all, 1);
  ck_assert_uint_eq(heard_.failed + heard_.problems, 0);
  /* the counts are those of the graph files */
  ck_assert_uint_eq(r.entities, lines_of("out/nodes.csv") - 1);
  ck_assert_uint_eq(r.relations, lines_of("out/edges.csv") - 1);
  ck_assert_uint_gt(r.entities, 4);
  int all = trees[_i].views == NULL || trees[_i].views[trees[_i].nviews - 1] == DG_VIEW_ALL;
  if (trees[_i].views == v_tl_tl) {
    char *rep = tu_slurp("out/report.html");
    const char *first = strstr(rep, "data-view=\"timeline\"");
    ck_assert_ptr_nonnull(first);
    ck_assert_ptr_null(strstr(first + 1, "data-view=\"timeline\""));
    free(rep);
  }
  ck_assert_uint_eq(r.drawn_entities > 0, all);
}
END_TEST

/* mentions.jsonl: one line for each mention of each document, a first in file order. */
START_TEST(mentions_file) {
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  size_t n = 0;
  for (size_t i = 0; i < 2; i++) {
    dg_doc *d = tu_doc(names[i], texts[i]);
    n += d->nments;
    tu_doc_free(d);
  }
  ck_assert_uint_gt(n, 5);
  ck_assert_uint_eq(lines_of("out/mentions.jsonl"), n);
  char *m = tu_slurp("out/mentions.jsonl");
  ck_assert_ptr_nonnull(strstr(m, "{\"doc\":\"in/a.txt\""));
  ck_assert(strstr(m, "\"doc\":\"in/a.txt\"") < strstr(m, "\"doc\":\"in/b.md\""));
  free(m);
}
END_TEST

/* The phase timings of a run (-j1 and -j2): each phase once in the table, each data file
 * written once whichever thread wrote it, the per-document phases once per document, and
 * a peak memory noted for each. */
START_TEST(phases_timed) {
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  dg_timings tm = {0};
  o.input.timings = &tm;
  o.input.threads = 1 + _i;
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  static const struct {
    const char *name;
    size_t times;
  } want[] = {{"pipeline opened", 1},   {"documents read, extracted", 2},
              {"store: documents written", 2}, {"graph: documents merged", 2},
              {"graph built (filter, metrics)", 1}, {"view all: drawn", 1},
              {"graph.graphml", 1},     {"neo4j/relationships.csv", 1},
              {"run.json, report.html", 1}, {"freed", 1}};
  for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
    size_t i = 0;
    while (i < tm.n && strcmp(tm.v[i].name, want[k].name)) i++;
    ck_assert_msg(i < tm.n, "no phase %s", want[k].name);
    ck_assert_uint_eq(tm.v[i].times, want[k].times);
    ck_assert(tm.v[i].seconds >= 0);
    ck_assert_uint_gt(tm.v[i].peak_kb, 0);
  }
  for (size_t i = 0; i < tm.n; i++)
    for (size_t j = i + 1; j < tm.n; j++) ck_assert_str_ne(tm.v[i].name, tm.v[j].name);
}
END_TEST

/* A phase named again adds up; past DG_TIMINGS_MAX names, new ones are dropped. */
START_TEST(timings_table) {
  dg_timings tm = {0};
  dg_timings_add(&tm, "a", 1.5);
  dg_timings_add(&tm, "b", 1.0);
  dg_timings_add(&tm, "a", 0.5);
  ck_assert_uint_eq(tm.n, 2);
  ck_assert_str_eq(tm.v[0].name, "a");
  ck_assert(tm.v[0].seconds == 2.0 && tm.v[0].times == 2);
  char name[16];
  for (int i = 0; i < DG_TIMINGS_MAX + 5; i++) {
    snprintf(name, sizeof name, "p%d", i);
    dg_timings_add(&tm, name, 1);
  }
  ck_assert_uint_eq(tm.n, DG_TIMINGS_MAX);
  ck_assert_str_eq(tm.v[DG_TIMINGS_MAX - 1].name, "p45");
  double t = dg_clock() - 1;
  dg_timings_mark(&tm, "b", &t);
  ck_assert(tm.v[1].seconds >= 2.0 && tm.v[1].times == 2);
  dg_timings_mark(NULL, "b", &t); /* not timed: nothing */
}
END_TEST

/* The report holds the views drawn, in the order asked for. */
START_TEST(report_views_in_order) {
  dg_run_opts o = opts(v_tl_all, 2, f_dot, 1);
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  char *rep = tu_slurp("out/report.html");
  const char *tl = strstr(rep, "data-view=\"timeline\""), *all = strstr(rep, "data-view=\"all\"");
  ck_assert(tl && all && tl < all);
  ck_assert_ptr_null(strstr(rep, "data-view=\"funding\""));
  free(rep);
}
END_TEST

/* The user's filter: the graph files and the `all` diagram keep what it keeps. */
START_TEST(filter_kept) {
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  o.filter.top = 2;
  o.filter_all = 1;
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  ck_assert_uint_eq(r.entities, 2);
  ck_assert_uint_eq(lines_of("out/nodes.csv"), 3);
  ck_assert_uint_eq(r.drawn_entities, 2);
}
END_TEST

/* A path that does not exist is reported and counted; the others are read. */
START_TEST(missing_path_counted) {
  static const char *const in[] = {"in", "in/missing.txt"};
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  o.input.paths = in;
  o.input.npaths = 2;
  dg_run_result r;
  dg_error err = {0};
  ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
  ck_assert_uint_eq(r.docs.ok, 2);
  ck_assert_uint_eq(r.docs.failed, 1);
  ck_assert_uint_eq(heard_.problems, 1);
  ck_assert_str_eq(heard_.last_problem, "in/missing.txt: No such file or directory");
}
END_TEST

/* Errors: the code, the message, and what is left behind. */
static const char *const f_gif[] = {"gif"};
static const struct {
  const char *case_;
  dg_err code;
  const char *msg;
  const char *files; /* under out/ afterwards, or NULL: no out/ */
} errors[] = {
    {"no documents", DG_ENOTFOUND, "no documents found in the given paths", "docgraph.db "},
    {"unknown format", DG_EUSAGE, "unknown diagram format 'gif'", NULL},
    {"focus naming nothing", DG_ENOTFOUND, "no entity \"Atlantis\"", "docgraph.db mentions.jsonl "},
    {"directory not writable", DG_EIO, "/dev/null/out: cannot create directory: Not a directory",
     NULL},
};

START_TEST(run_errors) {
  static const char *const empty[] = {"empty"};
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  switch (_i) {
  case 0: o.input.paths = empty; break;
  case 1: o.formats = f_gif; break;
  case 2: o.filter.focus = "Atlantis"; break;
  case 3: o.dir = "/dev/null/out"; break;
  }
  dg_run_result r;
  dg_error err = {0};
  ck_assert_int_eq(dg_run(&o, &r, &err), errors[_i].code);
  ck_assert_msg(strstr(err.msg, errors[_i].msg) != NULL, "%s: %s", errors[_i].case_, err.msg);
  if (!errors[_i].files) {
    ck_assert_int_ne(access("out", F_OK), 0);
  } else {
    char *got = files_written();
    ck_assert_str_eq(got, errors[_i].files);
    free(got);
  }
}
END_TEST

/* --outputs store: the store alone written, the documents it holds counted (not read back)
 * on the next run; nothing else is made in the directory. */
START_TEST(store_alone) {
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  o.outputs = 1u << DG_OUT_STORE;
  dg_run_result r;
  dg_error err = {0};
  for (int pass = 0; pass < 2; pass++) {
    ck_assert_msg(dg_run(&o, &r, &err) == DG_OK, "%s", err.msg);
    char *got = files_written();
    ck_assert_str_eq(got, "docgraph.db ");
    free(got);
    ck_assert_uint_eq(r.docs.ok, 2);
    ck_assert_uint_eq(r.docs.reused, pass ? 2 : 0);
    ck_assert_uint_eq(r.entities + r.relations, 0);
  }
}
END_TEST

/* --outputs store with what writes other files: DG_EUSAGE, nothing made. */
static const struct {
  unsigned more;
  int per_doc, by, no_store;
  const char *msg;
} store_errs[] = {
    {1u << DG_OUT_GRAPHML, 0, 0, 0, "takes no other output"},
    {0, 1, 0, 0, "(--per-doc)"},
    {0, 0, 1, 0, "(--by)"},
    {0, 0, 0, 1, "--no-store"},
};

START_TEST(store_alone_errors) {
  dg_run_opts o = opts(v_all, 1, f_dot, 1);
  o.outputs = 1u << DG_OUT_STORE | store_errs[_i].more;
  o.per_doc = store_errs[_i].per_doc;
  o.by = store_errs[_i].by ? DG_BY_YEAR : DG_BY_NONE;
  o.no_store = store_errs[_i].no_store;
  dg_run_result r;
  dg_error err = {0};
  ck_assert_int_eq(dg_run(&o, &r, &err), DG_EUSAGE);
  ck_assert_msg(strstr(err.msg, store_errs[_i].msg) != NULL, "%s", err.msg);
  ck_assert_int_ne(access("out", F_OK), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("run");
  TCase *tc = tcase_create("run");
  tcase_set_timeout(tc, 120);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, by_year);
  tcase_add_test(tc, doc_dates_given);
  tcase_add_loop_test(tc, tree_written, 0, (int)(sizeof trees / sizeof *trees));
  tcase_add_test(tc, mentions_file);
  tcase_add_test(tc, report_views_in_order);
  tcase_add_loop_test(tc, phases_timed, 0, 2);
  tcase_add_test(tc, timings_table);
  tcase_add_test(tc, filter_kept);
  tcase_add_test(tc, missing_path_counted);
  tcase_add_loop_test(tc, run_errors, 0, (int)(sizeof errors / sizeof *errors));
  tcase_add_test(tc, store_alone);
  tcase_add_loop_test(tc, store_alone_errors, 0, (int)(sizeof store_errs / sizeof *store_errs));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
