/* Time as a dimension (docgraph/period.h): dates a user types, ranges, periods, and the
 * table of document dates; and, through the job, --since/--until keeping the documents in
 * range and a table's date given to a document that has none. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/job.h"
#include "docgraph/period.h"
#include "testutil.h"

static const struct {
  const char *s;
  int ok, day, last;
} parsed[] = {
    {"2024", 1, 20240101, 20241231},      {"2024-03", 1, 20240301, 20240331},
    {"2024-02", 1, 20240201, 20240229},   {"2023-02", 1, 20230201, 20230228},
    {"2024-03-15", 1, 20240315, 20240315}, {"2024/3/5", 1, 20240305, 20240305},
    /* near misses: not a date a user means */
    {"24", 0, 0, 0},         {"2024-13", 0, 0, 0}, {"2024-02-30", 0, 0, 0},
    {"2024-03-15x", 0, 0, 0}, {"", 0, 0, 0},        {"FY2024", 0, 0, 0},
};

START_TEST(when_parse) {
  dg_when w;
  int r = dg_when_parse(parsed[_i].s, &w);
  ck_assert_msg((r == 0) == parsed[_i].ok, "%s", parsed[_i].s);
  if (!parsed[_i].ok) return;
  ck_assert_int_eq(dg_when_day(&w), parsed[_i].day);
  ck_assert_int_eq(dg_when_last_day(&w), parsed[_i].last);
}
END_TEST

static dg_when day(int y, int m, int d) {
  return (dg_when){.year = y, .month = m, .day = d, .prec = DG_DATE_DAY};
}

START_TEST(range) {
  dg_date_range r = {0};
  dg_when none = {0}, d = day(2024, 6, 30);
  ck_assert(!dg_date_range_set(&r));
  ck_assert(dg_date_range_keeps(&r, &none)); /* no range: everything */
  ck_assert_int_eq(dg_when_parse("2024-04", &r.since), 0);
  ck_assert_int_eq(dg_when_parse("2024-06", &r.until), 0);
  ck_assert(dg_date_range_keeps(&r, &d)); /* the last day of the until month */
  d = day(2024, 4, 1);
  ck_assert(dg_date_range_keeps(&r, &d));
  d = day(2024, 3, 31);
  ck_assert(!dg_date_range_keeps(&r, &d));
  d = day(2024, 7, 1);
  ck_assert(!dg_date_range_keeps(&r, &d));
  ck_assert(!dg_date_range_keeps(&r, &none)); /* a range keeps no undated document */
}
END_TEST

static const struct {
  dg_period_by by;
  int y, m, d;
  const char *name;
  int key;
} periods[] = {
    {DG_BY_YEAR, 2024, 10, 11, "2024", 20240101},  {DG_BY_QUARTER, 2024, 10, 11, "2024-Q4", 20241001},
    {DG_BY_QUARTER, 2025, 3, 31, "2025-Q1", 20250101}, {DG_BY_MONTH, 2025, 2, 6, "2025-02", 20250201},
    {DG_BY_YEAR, 0, 0, 0, "", 0}, /* undated: no period */
};

START_TEST(period_of) {
  char name[16];
  dg_when w = day(periods[_i].y, periods[_i].m, periods[_i].d);
  ck_assert_int_eq(dg_period_of(&w, periods[_i].by, name, sizeof name), periods[_i].key);
  ck_assert_str_eq(name, periods[_i].name);
  dg_period_by by;
  ck_assert_int_eq(dg_period_by_parse("quarter", &by), 0);
  ck_assert_int_eq(by, DG_BY_QUARTER);
  ck_assert_int_eq(dg_period_by_parse("decade", &by), -1);
}
END_TEST

START_TEST(doc_dates) {
  char dir[64], path[300];
  tu_tmpdir(dir, "period");
  snprintf(path, sizeof path, "%s/dates.tsv", dir);
  tu_write(path, "# dates of the notes\npath\tdate\nnotes/a.txt\t2023-05\nb.txt\t2022\n"
                 "archive/notes/b.txt\t2021-01-02\nd.txt\t2020\nd.txt\t2019\n");
  dg_doc_dates *t;
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_dates_load(path, &t, &err), DG_OK);
  dg_when w;
  ck_assert(dg_doc_dates_find(t, "notes/a.txt", &w));
  ck_assert_int_eq(dg_when_day(&w), 20230501);
  ck_assert(dg_doc_dates_find(t, "./input/notes/a.txt", &w)); /* its end after a '/' */
  ck_assert(dg_doc_dates_find(t, "x/archive/notes/b.txt", &w)); /* the longest end wins */
  ck_assert_int_eq(dg_when_day(&w), 20210102);
  ck_assert(dg_doc_dates_find(t, "c/b.txt", &w));
  ck_assert_int_eq(w.year, 2022);
  ck_assert(dg_doc_dates_find(t, "in/d.txt", &w)); /* the first of two equal rows */
  ck_assert_int_eq(w.year, 2020);
  ck_assert(!dg_doc_dates_find(t, "notes/aa.txt", &w)); /* not a.txt */
  ck_assert(!dg_doc_dates_find(t, "xb.txt", &w));        /* not after a '/' */
  dg_doc_dates_free(t);
  tu_write(path, "path\tdate\nnotes/a.txt\tsoon\n");
  ck_assert_int_eq(dg_doc_dates_load(path, &t, &err), DG_EINPUT);
  ck_assert_ptr_nonnull(strstr(err.msg, "dates.tsv:2:"));
  tu_write(path, "file\twhen\nnotes/a.txt\t2024\n");
  ck_assert_int_eq(dg_doc_dates_load(path, &t, &err), DG_EINPUT);
  tu_rmrf(dir);
}
END_TEST

/* Through a job: three documents, one dated in its text, one by the table, one not at all;
 * --since keeps the one of 2024 only, and the graph says the dates it holds. */
START_TEST(job_range) {
  char dir[64], p[300], tsv[300];
  tu_tmpdir(dir, "period-job");
  snprintf(p, sizeof p, "%s/a.txt", dir);
  tu_write(p, "2024年3月5日\n外務省\n\nラオスの代表が到着した。\n");
  snprintf(p, sizeof p, "%s/b.txt", dir);
  tu_write(p, "ベトナムの代表が到着した。\n");
  snprintf(p, sizeof p, "%s/c.txt", dir);
  tu_write(p, "タイの代表が到着した。\n");
  snprintf(tsv, sizeof tsv, "%s/dates.tsv", dir);
  tu_write(tsv, "path\tdate\nb.txt\t2023-11\n");
  dg_doc_dates *t;
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_dates_load(tsv, &t, &err), DG_OK);
  const dg_pipeline *pl = tu_pipeline();
  const char *paths[] = {dir};
  dg_job_input in = {.paths = paths, .npaths = 1, .threads = 1, .dates = t};
  for (int pass = 0; pass < 2; pass++) {
    if (pass) ck_assert_int_eq(dg_when_parse("2024", &in.range.since), 0);
    dg_graph *g;
    dg_job_counts c = {0};
    ck_assert_int_eq(dg_job_graph(pl, &in, 0, &g, &c, &err), DG_OK);
    ck_assert_uint_eq(c.ok, 3);
    ck_assert_uint_eq(c.outside, pass ? 2 : 0);
    ck_assert_uint_eq(dg_graph_document_count(g), pass ? 1 : 3);
    ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
    dg_provenance pv;
    dg_graph_provenance(g, &pv);
    ck_assert_uint_eq(pv.dated, pass ? 1 : 2);
    ck_assert_str_eq(pv.date_from, pass ? "2024-03-05" : "2023-11-01");
    ck_assert_str_eq(pv.date_to, "2024-03-05");
    ck_assert_ptr_nonnull(strstr(pv.options, pass ? "since=2024 doc_dates" : "doc_dates"));
    ck_assert_int_eq((int)strlen(pv.dicts), 16);
    ck_assert_int_eq(dg_graph_find(g, "country:VNM") >= 0, !pass);
    dg_graph_free(g);
  }
  dg_doc_dates_free(t);
  tu_rmrf(dir);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("period");
  TCase *tc = tcase_create("period");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, when_parse, 0, (int)(sizeof parsed / sizeof *parsed));
  tcase_add_test(tc, range);
  tcase_add_loop_test(tc, period_of, 0, (int)(sizeof periods / sizeof *periods));
  tcase_add_test(tc, doc_dates);
  tcase_add_test(tc, job_range);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
