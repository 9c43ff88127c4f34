/* Jobs (docgraph/job.h) and whole output files (docgraph/outputs.h): what a user's entity
 * name resolves to, the pipeline's dictionary problems through the log, documents handed to
 * the sinks in file order, a sink that fails stopping the job, membership ties, a saved
 * graph's errors, the dictionary check, and output files that cannot be written. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgraph/job.h"
#include "docgraph/outputs.h"
#include "testutil.h"

#define FIX DG_TEST_FIXTURES

static char dir_[64];

static const char *tmpdir(void) { return tu_tmpdir(dir_, "job"); }

/* What the log heard, as one string: "P:msg" for problems, "R:k/n" for documents read. */
static char heard_[2048];
static void on_problem(void *a, const char *m) {
  (void)a;
  size_t k = strlen(heard_);
  snprintf(heard_ + k, sizeof heard_ - k, "P:%s|", m);
}
static void on_reading(void *a, size_t i, size_t n, const char *p) {
  (void)a, (void)p;
  size_t k = strlen(heard_);
  snprintf(heard_ + k, sizeof heard_ - k, "R:%zu/%zu|", i, n);
}
static const dg_job_log log_ = {NULL, on_problem, on_reading, NULL, NULL,
                                NULL, NULL,       NULL,       NULL, NULL};

/* A user's names: an alias in any case to the dictionary's id; a name the dictionaries do
 * not know stays as it is. */
static const struct {
  const char *name, *id;
} names[] = {{"JASMINE", "program:jasmine"}, {"アセアン", "group:ASEAN"},
             {"program:jasmine", "program:jasmine"}, {"meeting:x:1", "meeting:x:1"}};

START_TEST(entity_names) {
  ck_assert_str_eq(dg_job_entity(tu_pipeline(), names[_i].name), names[_i].id);
  ck_assert_ptr_null(dg_job_entity(tu_pipeline(), NULL));
}
END_TEST

START_TEST(pipeline_problems_logged) {
  const char *dir = tmpdir();
  char p[256];
  snprintf(p, sizeof p, "%s/mine.tsv", dir);
  tu_write(p, "id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\nprogram:x\tprogramme\tX\tX\t\t\n");
  const char *user[] = {dir};
  dg_pipeline_opts o = {.dicts_dir = DG_TEST_DICTS, .user_dicts = user, .nuser_dicts = 1};
  dg_pipeline *pl = NULL;
  dg_error err = {0};
  heard_[0] = '\0';
  ck_assert_int_eq(dg_job_pipeline(&pl, &o, &log_, &err), DG_EDICT);
  ck_assert_ptr_null(pl);
  ck_assert_str_eq(err.msg, "dictionaries have 1 problem");
  ck_assert_ptr_nonnull(strstr(heard_, "P:"));
  ck_assert_ptr_nonnull(strstr(heard_, "mine.tsv:2: unknown type \"programme\""));
  tu_rmrf(dir);
}
END_TEST

typedef struct {
  char order[256];
  int fail_at; /* the document (from 1) whose function fails, or 0 */
  int seen;
} each_arg;

static dg_err each(void *arg, const dg_doc *d, dg_error *err) {
  each_arg *a = arg;
  a->seen++;
  size_t k = strlen(a->order);
  snprintf(a->order + k, sizeof a->order - k, "%s ", strrchr(d->path, '/') + 1);
  if (a->seen == a->fail_at) return dg_error_set(err, DG_EGRAPH, "stop at %s", d->path);
  return DG_OK;
}

/* Documents reach the sinks in file order, mentions first; a function that fails stops the
 * job with its error. */
static const int fail_at[] = {0, 2};

START_TEST(sinks_in_order) {
  const char *dir = tmpdir();
  static const char *const files[] = {"c.txt", "a.txt", "b.txt"};
  for (size_t i = 0; i < 3; i++) {
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, files[i]);
    tu_write(p, "ラオスの代表が到着した。\n");
  }
  const char *paths[] = {dir};
  dg_job_input in = {.paths = paths, .npaths = 1, .threads = 2, .log = &log_};
  char *mem = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&mem, &n);
  each_arg ea = {"", fail_at[_i], 0};
  dg_job_sink sink = {m, NULL, each, &ea, NULL};
  dg_job_counts c = {0};
  dg_error err = {0};
  heard_[0] = '\0';
  dg_err r = dg_job_read(tu_pipeline(), &in, &sink, &c, &err);
  fclose(m);
  if (!fail_at[_i]) {
    ck_assert_int_eq(r, DG_OK);
    ck_assert_str_eq(ea.order, "a.txt b.txt c.txt ");
    ck_assert_str_eq(heard_, "R:1/3|R:2/3|R:3/3|");
    ck_assert_uint_eq(c.ok, 3);
    ck_assert(strstr(mem, "/a.txt\"") < strstr(mem, "/b.txt\""));
  } else {
    ck_assert_int_eq(r, DG_EGRAPH);
    ck_assert_ptr_nonnull(strstr(err.msg, "stop at"));
    ck_assert_str_eq(ea.order, "a.txt b.txt ");
    ck_assert_uint_eq(c.ok, 2);
    ck_assert_ptr_null(strstr(mem, "/c.txt\""));
  }
  free(mem);
  tu_rmrf(dir);
}
END_TEST

/* Progress: once before the first document and once after each, in file order, with the
 * files' sizes summed; a document that fails is counted as done and as failed. */
static char steps_[512];
static void on_progress(void *a, const dg_job_progress *p) {
  (void)a;
  size_t k = strlen(steps_);
  snprintf(steps_ + k, sizeof steps_ - k, "%zu/%zu:%llu/%llu:%zu|", p->done, p->total,
           (unsigned long long)p->bytes_done, (unsigned long long)p->bytes_total, p->failed);
}

START_TEST(progress_reported) {
  const char *dir = tmpdir();
  static const struct {
    const char *name, *text;
  } files[] = {{"b.txt", "ラオスの代表。\n"}, {"a.txt", "ASEAN.\n"}, {"c.pdf", "not a PDF\n"}};
  for (size_t i = 0; i < 3; i++) {
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, files[i].name);
    tu_write(p, files[i].text);
  }
  const dg_job_log log = {.progress = on_progress};
  const char *paths[] = {dir};
  dg_job_input in = {.paths = paths, .npaths = 1, .threads = 2, .log = &log};
  dg_job_sink sink = {0};
  dg_job_counts c = {0};
  dg_error err = {0};
  steps_[0] = '\0';
  ck_assert_int_eq(dg_job_read(tu_pipeline(), &in, &sink, &c, &err), DG_OK);
  /* a.txt 7 bytes, b.txt 22, c.pdf 10: 39 in all */
  ck_assert_str_eq(steps_, "0/3:0/39:0|1/3:7/39:0|2/3:29/39:0|3/3:39/39:1|");
  ck_assert_uint_eq(c.failed, 1);
  tu_rmrf(dir);
}
END_TEST

/* Membership ties come from the dictionaries, only when asked for. */
static const int with_members[] = {0, 1};

START_TEST(graph_members) {
  const char *dir = tmpdir();
  char p[256];
  snprintf(p, sizeof p, "%s/m.txt", dir);
  tu_write(p, "ASEANの会合にラオスが出席した。\n");
  const char *paths[] = {p};
  dg_job_input in = {.paths = paths, .npaths = 1, .threads = 1};
  dg_graph *g;
  dg_job_counts c = {0};
  dg_error err = {0};
  ck_assert_int_eq(dg_job_graph(tu_pipeline(), &in, with_members[_i], &g, &c, &err), DG_OK);
  dg_graph_filter f = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  size_t member_of = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++)
    member_of += dg_graph_edge(g, i).kind == DG_REL_MEMBER_OF;
  ck_assert_uint_eq(member_of, (size_t)with_members[_i]);
  ck_assert_uint_eq(c.ok, 1);
  dg_graph_free(g);
  tu_rmrf(dir);
}
END_TEST

/* A saved graph: missing is no input, malformed is bad data. */
static const struct {
  const char *path;
  dg_err code;
  const char *msg;
} saved[] = {{FIX "/graphml/docgraph_small.graphml", DG_OK, ""},
             {FIX "/graphml/none.graphml", DG_ENOTFOUND, "none.graphml"},
             {FIX "/graphml/bad_malformed.graphml", DG_EINPUT, "bad_malformed.graphml:6:"}};

START_TEST(saved_graph) {
  dg_graph *g = NULL;
  dg_error err = {0};
  ck_assert_int_eq(dg_job_saved_graph(saved[_i].path, &g, &err), saved[_i].code);
  ck_assert_msg(strstr(err.msg, saved[_i].msg) != NULL, "%s", err.msg);
  if (saved[_i].code == DG_OK) {
    dg_graph_filter f = {0};
    ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
    ck_assert_uint_gt(dg_graph_vertex_count(g), 0);
  }
  dg_graph_free(g);
}
END_TEST

START_TEST(dicts_check) {
  const char *good[] = {DG_TEST_DICTS};
  dg_diags probs;
  dg_diags_init(&probs);
  dg_dict_summary s;
  dg_error err = {0};
  ck_assert_int_eq(dg_dicts_check(good, 1, &probs, &s, &err), DG_OK);
  ck_assert_uint_eq(probs.n, 0);
  ck_assert_uint_gt(s.types[DG_TYPE_COUNTRY], 150);
  ck_assert_uint_gt(s.surfaces, s.entities);
  const char *bad[] = {DG_TEST_DICTS, "/nonexistent/dicts"};
  ck_assert_int_eq(dg_dicts_check(bad, 2, &probs, &s, &err), DG_EDICT);
  ck_assert_uint_eq(probs.n, 1);
  ck_assert_str_eq(probs.msgs[0], "/nonexistent/dicts: cannot open dictionary directory");
  ck_assert_str_eq(err.msg, "dictionaries have 1 problem");
  dg_diags_destroy(&probs);
}
END_TEST

/* An output that cannot be written is DG_EIO naming it; nothing is left behind. */
START_TEST(outputs_not_written) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_graph_filter f = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  ck_assert_int_eq(dg_output_graph(g, DG_GRAPH_JSON, NULL, "/dev/null/g.json", &err), DG_EIO);
  ck_assert_ptr_nonnull(strstr(err.msg, "/dev/null/g.json"));
  ck_assert_int_eq(dg_output_report("/dev/null/r.html", "t", "{}", 2, NULL, 0, &err), DG_EIO);
  FILE *data = tmpfile();
  ck_assert_ptr_nonnull(data);
  ck_assert_int_eq(dg_output_report_stream("/dev/null/r.html", "t", data, NULL, 0, &err), DG_EIO);
  ck_assert_ptr_nonnull(strstr(err.msg, "/dev/null/r.html"));
  fclose(data);
  const char *dir = tmpdir();
  char ok[256];
  snprintf(ok, sizeof ok, "%s/g.dot", dir);
  const char *paths[] = {ok, "/dev/null/g.svg"}, *fmts[] = {"dot", "svg"};
  dg_diagram_opts o = {0};
  ck_assert_int_eq(dg_output_diagram(g, DG_VIEW_ALL, &o, paths, fmts, 2, NULL, NULL, &err),
                   DG_EIO);
  ck_assert_int_ne(access(ok, F_OK), 0); /* the first file was not kept either */
  const char *many[9] = {ok, ok, ok, ok, ok, ok, ok, ok, ok};
  ck_assert_int_eq(dg_output_diagram(g, DG_VIEW_ALL, &o, many, many, 9, NULL, NULL, &err),
                   DG_EUSAGE);
  ck_assert_int_eq(dg_output_diagram(g, DG_VIEW_ALL, &o, paths, fmts, 1, NULL, NULL, &err),
                   DG_OK);
  char *dot = tu_slurp(ok);
  ck_assert_ptr_nonnull(strstr(dot, "graph"));
  free(dot);
  tu_rmrf(dir);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("job");
  TCase *tc = tcase_create("job");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, entity_names, 0, (int)(sizeof names / sizeof *names));
  tcase_add_test(tc, pipeline_problems_logged);
  tcase_add_loop_test(tc, sinks_in_order, 0, 2);
  tcase_add_test(tc, progress_reported);
  tcase_add_loop_test(tc, graph_members, 0, 2);
  tcase_add_loop_test(tc, saved_graph, 0, (int)(sizeof saved / sizeof *saved));
  tcase_add_test(tc, dicts_check);
  tcase_add_test(tc, outputs_not_written);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
