/* Dates: one table of inputs (normalized first, as the pipeline does) with the document
 * year, the expected span, ISO start and end, precision, fiscal and relative flags; traps
 * expect nothing. Each row is its own test, so a failure names the input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/date.h"
#include "docgraph/text.h"
#include "testutil.h"

enum { Y = DG_DATE_YEAR, M = DG_DATE_MONTH, D = DG_DATE_DAY, DEC = DG_DATE_DECADE };

typedef struct {
  const char *in; /* as written; normalized before the search */
  int doc_year;
  const char *span; /* the expected span; NULL: no date at all */
  const char *iso, *iso_end; /* iso_end "" when no range */
  int prec, fiscal, relative;
} date_case;

static const date_case cases[] = {
    /* Japanese eras, 元年, Western years with the era in parentheses */
    {"令和元年", 0, "令和元年", "2019", "", Y, 0, 0},
    {"令和6年に", 0, "令和6年", "2024", "", Y, 0, 0},
    {"令和6（2024）年1月30日、防衛省", 0, "令和6(2024)年1月30日", "2024-01-30", "", D, 0, 0},
    {"2023(令和5)年11月15日", 0, "2023(令和5)年11月15日", "2023-11-15", "", D, 0, 0},
    {"平成27年8月5日", 0, "平成27年8月5日", "2015-08-05", "", D, 0, 0},
    {"昭和48年", 0, "昭和48年", "1973", "", Y, 0, 0},
    {"平成31年4月", 0, "平成31年4月", "2019-04", "", M, 0, 0},
    {"令和５年１２月", 0, "令和5年12月", "2023-12", "", M, 0, 0},
    {"２０２４年１月３０日", 0, "2024年1月30日", "2024-01-30", "", D, 0, 0},
    {"令和六年十二月二十日", 0, "令和六年十二月二十日", "2024-12-20", "", D, 0, 0},
    {"二〇二四年一月", 0, "二〇二四年一月", "2024-01", "", M, 0, 0},
    {"2023年12月17日、東京", 0, "2023年12月17日", "2023-12-17", "", D, 0, 0},
    {"2025年日本国際博覧会", 0, "2025年", "2025", "", Y, 0, 0},
    {"2024 年 1 月 30 日", 0, "2024 年 1 月 30 日", "2024-01-30", "", D, 0, 0},
    {"平成31年(2019年)4月1日", 0, "平成31年(2019年)4月1日", "2019-04-01", "", D, 0, 0},
    {"2019年（平成31年）4月1日", 0, "2019年(平成31年)4月1日", "2019-04-01", "", D, 0, 0},
    {"㍻27年8月5日", 0, "平成27年8月5日", "2015-08-05", "", D, 0, 0},
    /* fiscal years and decades */
    {"令和7年度予算", 0, "令和7年度", "2025", "", Y, 1, 0},
    {"2024年度", 0, "2024年度", "2024", "", Y, 1, 0},
    {"R6年度補正予算", 0, "R6年度", "2024", "", Y, 1, 0},
    {"2023年度～2025年度", 0, "2023年度~2025年度", "2023", "2025", Y, 1, 0},
    {"FY2024 budget", 0, "FY2024", "2024", "", Y, 1, 0},
    {"in fiscal year 2023,", 0, "fiscal year 2023", "2023", "", Y, 1, 0},
    {"2020年代", 0, "2020年代", "2020s", "", DEC, 0, 0},
    {"to the 2030s and", 0, "2030s", "2030s", "", DEC, 0, 0},
    /* month and day without a year */
    {"12月17日に", 2023, "12月17日", "2023-12-17", "", D, 0, 1},
    {"12月17日に", 0, "12月17日", "--12-17", "", D, 0, 1},
    {"9月には", 2023, "9月", "2023-09", "", M, 0, 1},
    {"十二月二十日", 0, "十二月二十日", "--12-20", "", D, 0, 1},
    {"本年11月", 2023, "本年11月", "2023-11", "", M, 0, 1},
    /* ranges */
    {"10月11-12日", 2023, "10月11-12日", "2023-10-11", "2023-10-12", D, 0, 1},
    {"10月11-12日", 0, "10月11-12日", "--10-11", "--10-12", D, 0, 1},
    {"10月11日～12日", 2023, "10月11日~12日", "2023-10-11", "2023-10-12", D, 0, 1},
    {"1月30日(火)～2月2日(金)", 2024, "1月30日(火)~2月2日", "2024-01-30", "2024-02-02", D, 0, 1},
    {"2023年4月～2024年3月", 0, "2023年4月~2024年3月", "2023-04", "2024-03", M, 0, 0},
    {"2024年1月30日～2月2日", 0, "2024年1月30日~2月2日", "2024-01-30", "2024-02-02", D, 0, 0},
    {"令和6年4月1日から令和7年3月31日まで", 0, "令和6年4月1日から令和7年3月31日", "2024-04-01",
     "2025-03-31", D, 0, 0},
    {"2020年～2022年", 0, "2020年~2022年", "2020", "2022", Y, 0, 0},
    {"1 April 2023 - 31 March 2024", 0, "1 April 2023 - 31 March 2024", "2023-04-01",
     "2024-03-31", D, 0, 0},
    {"on 11-12 April 2024", 0, "11-12 April 2024", "2024-04-11", "2024-04-12", D, 0, 0},
    {"April 11-12, 2024", 0, "April 11-12, 2024", "2024-04-11", "2024-04-12", D, 0, 0},
    {"from 2020 to 2022", 0, "2020 to 2022", "2020", "2022", Y, 0, 0},
    {"the 2023-2025 work plan", 0, "2023-2025", "2023", "2025", Y, 0, 0},
    /* English */
    {"on 11 April 2024,", 0, "11 April 2024", "2024-04-11", "", D, 0, 0},
    {"on 30th January 2024", 0, "30th January 2024", "2024-01-30", "", D, 0, 0},
    {"on April 11, 2024, President", 0, "April 11, 2024", "2024-04-11", "", D, 0, 0},
    {"Sept. 5, 2024", 0, "Sept. 5, 2024", "2024-09-05", "", D, 0, 0},
    {"February 2023", 0, "February 2023", "2023-02", "", M, 0, 0},
    {"February, 2023", 0, "February, 2023", "2023-02", "", M, 0, 0},
    {"in February of 2021", 0, "February of 2021", "2021-02", "", M, 0, 0},
    {"began in 2013.", 0, "2013", "2013", "", Y, 0, 0},
    {"since 2004,", 0, "2004", "2004", "", Y, 0, 0},
    {"In 1977, in his", 0, "1977", "1977", "", Y, 0, 0},
    {"by mid-2026", 0, "2026", "2026", "", Y, 0, 0},
    {"Report (2023)", 0, "2023", "2023", "", Y, 0, 0},
    {"2024-01-30", 0, "2024-01-30", "2024-01-30", "", D, 0, 0},
    {"2024/1/30", 0, "2024/1/30", "2024-01-30", "", D, 0, 0},
    {"2025.12.20", 0, "2025.12.20", "2025-12-20", "", D, 0, 0},
    {"2024-01-30T10:00", 0, "2024-01-30", "2024-01-30", "", D, 0, 0},
    {"January 30th, 2024", 0, "January 30th, 2024", "2024-01-30", "", D, 0, 0},
    {"(World Bank, 2018)", 0, "2018", "2018", "", Y, 0, 0},
    {"between 2020 and 2025", 0, "2020 and 2025", "2020", "2025", Y, 0, 0},
    {"in April", 2024, "April", "2024-04", "", M, 0, 1},
    {"on July 16 the", 2025, "July 16", "2025-07-16", "", D, 0, 1},
    {"12.20 (土) 15:40", 2025, "12.20", "2025-12-20", "", D, 0, 1},
    /* traps: nothing */
    {"5年間の協力", 0, NULL, NULL, NULL, 0, 0, 0},
    {"約2000年間の歴史", 0, NULL, NULL, NULL, 0, 0, 0},
    {"21年経った", 0, NULL, NULL, NULL, 0, 0, 0},
    {"the 13th meeting", 0, NULL, NULL, NULL, 0, 0, 0},
    {"we may agree", 0, NULL, NULL, NULL, 0, 0, 0},
    {"Expo 2025 will", 0, NULL, NULL, NULL, 0, 0, 0},
    {"ASEAN Community Vision 2025 and", 0, NULL, NULL, NULL, 0, 0, 0},
    {"2,000人の育成", 0, NULL, NULL, NULL, 0, 0, 0},
    {"in 2000 cities", 0, NULL, NULL, NULL, 0, 0, 0},
    {"3か月以内", 0, NULL, NULL, NULL, 0, 0, 0},
    {"第13回会合", 0, NULL, NULL, NULL, 0, 0, 0},
    {"電話:03-3268-3111", 0, NULL, NULL, NULL, 0, 0, 0},
    {"13月5日", 0, NULL, NULL, NULL, 0, 0, 0},
    {"Vision 2.0", 0, NULL, NULL, NULL, 0, 0, 0},
    {"G2025", 0, NULL, NULL, NULL, 0, 0, 0},
    {"100億円", 0, NULL, NULL, NULL, 0, 0, 0},
    {"昭和40年代", 0, NULL, NULL, NULL, 0, 0, 0},
    {"毎年", 0, NULL, NULL, NULL, 0, 0, 0},
    {"本年度の予算", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"同年には", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"令和〇年〇月〇日", 0, NULL, NULL, NULL, 0, 0, 0},
};

static const size_t ncases = sizeof cases / sizeof *cases;

typedef struct {
  dg_norm n;
  dg_date *d;
  size_t nd;
} found;

static void find(const char *in, int doc_year, found *f) {
  dg_error err = {0};
  ck_assert_int_eq(dg_normalize(in, strlen(in), &f->n, &err), DG_OK);
  ck_assert_msg(dg_date_find(tu_rules(), f->n.text, f->n.len, doc_year, &f->d, &f->nd, &err) ==
                    DG_OK,
                "%s", err.msg);
}

static void found_free(found *f) {
  free(f->d);
  dg_norm_destroy(&f->n);
}

static const char *describe(const found *f, char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < f->nd && o + 1 < size; k++) {
    char a[16], b[16];
    dg_date_iso(&f->d[k], 0, a, sizeof a);
    dg_date_iso(&f->d[k], 1, b, sizeof b);
    int w = snprintf(buf + o, size - o, "%s[%.*s]=%s%s%s p%d f%d r%d", k ? " " : "",
                     (int)(f->d[k].end - f->d[k].start), f->n.text + f->d[k].start, a,
                     b[0] ? ".." : "", b, f->d[k].prec, f->d[k].fiscal, f->d[k].relative);
    if (w < 0) break;
    o += (size_t)w;
  }
  return buf;
}

START_TEST(date_table) {
  const date_case *c = &cases[_i];
  found f;
  find(c->in, c->doc_year, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  if (!c->span) {
    ck_assert_msg(f.nd == 0, "\"%s\": want no date, got %s", c->in, all);
    found_free(&f);
    return;
  }
  ck_assert_msg(f.nd == 1, "\"%s\": want one date [%s], got %zu: %s", c->in, c->span, f.nd, all);
  const dg_date *d = &f.d[0];
  char span[256], iso[16], iso_end[16];
  snprintf(span, sizeof span, "%.*s", (int)(d->end - d->start), f.n.text + d->start);
  ck_assert_msg(strcmp(span, c->span) == 0, "\"%s\": span [%s], want [%s]", c->in, span, c->span);
  dg_date_iso(d, 0, iso, sizeof iso);
  dg_date_iso(d, 1, iso_end, sizeof iso_end);
  ck_assert_msg(strcmp(iso, c->iso) == 0, "\"%s\": %s, want %s", c->in, iso, c->iso);
  ck_assert_msg(strcmp(iso_end, c->iso_end) == 0, "\"%s\": end \"%s\", want \"%s\"", c->in,
                iso_end, c->iso_end);
  ck_assert_msg(d->prec == c->prec, "\"%s\": precision %d, want %d", c->in, d->prec, c->prec);
  ck_assert_msg(d->fiscal == c->fiscal, "\"%s\": fiscal %d, want %d", c->in, d->fiscal, c->fiscal);
  ck_assert_msg(d->relative == c->relative, "\"%s\": relative %d, want %d", c->in, d->relative,
                c->relative);
  found_free(&f);
}
END_TEST

/* Several dates in one text; 同年 takes the year written last. */
typedef struct {
  const char *in;
  int doc_year;
  const char *want;
} multi_case;

static const multi_case multi[] = {
    {"平成16年に立ち上げた対話枠組み(同年8月、カザフスタンで第1回外相会合を開催)", 0,
     "[平成16年]=2004 p1 f0 r0 [同年8月]=2004-08 p2 f0 r0"},
    {"同年8月", 2023, "[同年8月]=2023-08 p2 f0 r1"},
    {"2023年12月17日、東京。12月18日には", 0,
     "[2023年12月17日]=2023-12-17 p3 f0 r0 [12月18日]=--12-18 p3 f0 r1"},
    {"Talks with ASEAN started in 1973, a few years after the grouping was founded in "
     "August 1967.",
     0, "[1973]=1973 p1 f0 r0 [August 1967]=1967-08 p2 f0 r0"},
    {"令和5（2023）年11月にインドネシアで開催された第8回会合", 0, "[令和5(2023)年11月]=2023-11 p2 f0 r0"},
};

START_TEST(date_multi) {
  found f;
  find(multi[_i].in, multi[_i].doc_year, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_msg(strcmp(all, multi[_i].want) == 0, "\"%s\":\n got  %s\n want %s", multi[_i].in,
                all, multi[_i].want);
  found_free(&f);
}
END_TEST

/* dg_date_iso formats each precision. */
START_TEST(iso_format) {
  char b[16];
  dg_date d;
  memset(&d, 0, sizeof d);
  d.year = 2024, d.month = 1, d.day = 30, d.prec = DG_DATE_DAY;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "2024-01-30");
  ck_assert_str_eq(dg_date_iso(&d, 1, b, sizeof b), "");
  d.day = 0, d.prec = DG_DATE_MONTH;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "2024-01");
  d.month = 0, d.prec = DG_DATE_YEAR;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "2024");
  d.year = 2030, d.prec = DG_DATE_DECADE;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "2030s");
  memset(&d, 0, sizeof d);
  d.month = 1, d.day = 30, d.prec = DG_DATE_DAY, d.relative = 1;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "--01-30");
  d.month2 = 2, d.day2 = 2;
  ck_assert_str_eq(dg_date_iso(&d, 1, b, sizeof b), "--02-02");
}
END_TEST

/* Every prefix of a text, in a buffer of exactly that size (no NUL after it). */
START_TEST(prefixes) {
  const char *ins[] = {"令和6(2024)年1月30日～2月2日", "2023年4月～2024年3月", "10月11-12日",
                       "1 April 2023 - 31 March 2024", "April 11-12, 2024", "2024-01-30",
                       "from 2020 to 2022", "FY2024", "the 2030s", "12.20 (土)"};
  for (size_t k = 0; k < sizeof ins / sizeof *ins; k++) {
    size_t n = strlen(ins[k]);
    for (size_t l = 0; l <= n; l++) {
      char *b = malloc(l ? l : 1);
      ck_assert_ptr_nonnull(b);
      memcpy(b, ins[k], l);
      dg_date *d = NULL;
      size_t nd = 0;
      ck_assert_int_eq(dg_date_find(tu_rules(), b, l, 2024, &d, &nd, NULL), DG_OK);
      for (size_t q = 0; q < nd; q++) ck_assert(d[q].start < d[q].end && d[q].end <= l);
      free(d);
      free(b);
    }
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_add_loop_test(tc, date_table, 0, (int)ncases);
  tcase_add_loop_test(tc, date_multi, 0, (int)(sizeof multi / sizeof *multi));
  tcase_add_test(tc, iso_format);
  tcase_add_test(tc, prefixes);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
