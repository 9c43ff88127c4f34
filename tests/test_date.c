/* Dates: one table of inputs (normalized first, as the pipeline does) with the document
 * year, the expected span, ISO start and end, precision, fiscal and relative flags; traps
 * expect nothing. Each row is its own test, so a failure names the input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/date.h"
#include "docgraph/normalize.h"
#include "recognize/date.h"
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
    /* a year past the bounds (1000..2999, era years 1..99): no date, nor its month and day
     * in the year of the document */
    {"令和100年5月1日", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"3000年1月1日", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"西暦0年1月1日", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"明治九九九年一月", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"令和99年5月1日", 2024, "令和99年5月1日", "2117-05-01", "", D, 0, 0},
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
    /* relative years: 昨年 and 本年 count from the document's year */
    {"昨年3月から", 2024, "昨年3月", "2023-03", "", M, 0, 1},
    {"昨年12月17日に", 2024, "昨年12月17日", "2023-12-17", "", D, 0, 1},
    {"昨年3月", 0, "昨年3月", "--03", "", M, 0, 1},
    {"今年4月1日", 2024, "今年4月1日", "2024-04-01", "", D, 0, 1},
    {"本年秋に開催", 2025, "本年秋", "2025", "", Y, 0, 1},
    {"来年前半に", 2025, "来年前半", "2026", "", Y, 0, 1},
    {"昨年末", 2025, "昨年末", "2024", "", Y, 0, 1},
    {"昨年の第1回協議以降", 2025, "昨年", "2024", "", Y, 0, 1},
    {"同年9月", 2025, "同年9月", "2025-09", "", M, 0, 1},
    {"in March last year", 2024, "March last year", "2023-03", "", M, 0, 1},
    {"on 5 May this year", 2025, "5 May this year", "2025-05-05", "", D, 0, 1},
    {"on April 11 of the previous year", 2025, "April 11 of the previous year", "2024-04-11", "",
     D, 0, 1},
    /* English relative words alone: not after "the" (the last year of the plan) */
    {"last year", 2024, "last year", "2023", "", Y, 0, 1},
    {"Next year the fund opens", 2024, "Next year", "2025", "", Y, 0, 1},
    {"funds granted this year", 0, "this year", "", "", Y, 0, 1},
    /* a day written out, as treaties and declarations date themselves */
    {"done on the Twelfth of March in the Year Two Thousand and Nineteen.", 0,
     "Twelfth of March in the Year Two Thousand and Nineteen", "2019-03-12", "", D, 0, 0},
    {"signed this 4th day of July, 2015 at", 0, "4th day of July, 2015", "2015-07-04", "", D, 0,
     0},
    {"on the Thirty-first of May in the year 1999", 0, "Thirty-first of May in the year 1999",
     "1999-05-31", "", D, 0, 0},
    {"by the twentieth of June", 2021, "twentieth of June", "2021-06-20", "", D, 0, 1},
    /* Japanese numeric dates with an era letter */
    {"Ｒ７．１１．７", 0, "R7.11.7", "2025-11-07", "", D, 0, 0},
    {"R6.4.1付", 0, "R6.4.1", "2024-04-01", "", D, 0, 0},
    {"H31.4.30", 0, "H31.4.30", "2019-04-30", "", D, 0, 0},
    {"令和7.11.7", 0, "令和7.11.7", "2025-11-07", "", D, 0, 0},
    {"R7/11/7", 0, "R7/11/7", "2025-11-07", "", D, 0, 0},
    {"2025.11.7", 0, "2025.11.7", "2025-11-07", "", D, 0, 0},
    {"2025/11/7", 0, "2025/11/7", "2025-11-07", "", D, 0, 0},
    /* ranges keep both ends */
    {"on 11 to 13 March 2025", 0, "11 to 13 March 2025", "2025-03-11", "2025-03-13", D, 0, 0},
    {"11-13 March 2025", 0, "11-13 March 2025", "2025-03-11", "2025-03-13", D, 0, 0},
    {"11–13 March 2025", 0, "11-13 March 2025", "2025-03-11", "2025-03-13", D, 0, 0},
    /* day_ranges.tsv: a hyphen or dash with a space on each side, "through"; near miss: two
     * numbers with no month */
    {"on 9 - 10 August 2023", 0, "9 - 10 August 2023", "2023-08-09", "2023-08-10", D, 0, 0},
    {"on 9 – 10 August 2023", 0, "9 - 10 August 2023", "2023-08-09", "2023-08-10", D, 0, 0},
    {"on 9 through 11 May 2024", 0, "9 through 11 May 2024", "2024-05-09", "2024-05-11", D, 0, 0},
    {"the vote went 9 - 10 against", 0, NULL, NULL, NULL, 0, 0, 0},
    {"March 11 to 13, 2025", 0, "March 11 to 13, 2025", "2025-03-11", "2025-03-13", D, 0, 0},
    {"from March 1 to 31 December 2024", 0, "March 1 to 31 December 2024", "2024-03-01",
     "2024-12-31", D, 0, 0},
    {"for the years 2026 to 2030.", 0, "2026 to 2030", "2026", "2030", Y, 0, 0},
    {"2026 to 2030", 0, "2026 to 2030", "2026", "2030", Y, 0, 0},
    {"from 2026 to 2030", 0, "2026 to 2030", "2026", "2030", Y, 0, 0},
    {"FY2025-FY2027", 0, "FY2025-FY2027", "2025", "2027", Y, 1, 0},
    {"令和8年度から令和10年度まで", 0, "令和8年度から令和10年度", "2026", "2028", Y, 1, 0},
    {"2024年4月～2025年3月", 0, "2024年4月~2025年3月", "2024-04", "2025-03", M, 0, 0},
    {"2024年12月28日～1月5日", 0, "2024年12月28日~1月5日", "2024-12-28", "2025-01-05", D, 0, 0},
    {"12月28日～1月5日", 2024, "12月28日~1月5日", "2024-12-28", "2025-01-05", D, 0, 1},
    {"2023年4月～翌年3月", 0, "2023年4月~翌年3月", "2023-04", "2024-03", M, 0, 0},
    {"4月～2024年3月", 0, "4月~2024年3月", "2023-04", "2024-03", M, 0, 0},
    /* a bare year after a word of time */
    {"no later than 2028,", 0, "2028", "2028", "", Y, 0, 0},
    {"by 2030", 0, "2030", "2030", "", Y, 0, 0},
    {"until 2030", 0, "2030", "2030", "", Y, 0, 0},
    {"prior to 2025", 0, "2025", "2025", "", Y, 0, 0},
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
    {"同年代の若者", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"同年齢", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"前年比10%増", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"前年同期比", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"前年度比", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"日本年金機構", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"翌日には", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"翌19日", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"同月20日", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"本日程", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"H2O", 0, NULL, NULL, NULL, 0, 0, 0},
    {"version R2.0.1", 0, NULL, NULL, NULL, 0, 0, 0},
    {"from 2000 to 2030 people", 0, NULL, NULL, NULL, 0, 0, 0},
    {"the last year of the plan", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"over the next year", 2024, NULL, NULL, NULL, 0, 0, 0},
    {"the first of many", 0, NULL, NULL, NULL, 0, 0, 0},
    {"先月比で増加", 2024, NULL, NULL, NULL, 0, 0, 0},
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

/* Several dates in one text. A month and day without a year takes the year in context (the
 * nearest written before it: a date with a month, a year heading its line, a year in the same
 * sentence), else the document's; 同年 takes the year written last; 翌19日 and 同日 the
 * date before them. */
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
     "[2023年12月17日]=2023-12-17 p3 f0 r0 [12月18日]=2023-12-18 p3 f0 r0"},
    {"12月17日には", 0, "[12月17日]=--12-17 p3 f0 r1"},
    /* a slide deck without a date line: the table's heading gives the year */
    {"2023年の閣僚会合\n\n日程\t場所\n2月10日\tフィリピン\n9月1日\tタイ", 0,
     "[2023年]=2023 p1 f0 r0 [2月10日]=2023-02-10 p3 f0 r0 [9月1日]=2023-09-01 p3 f0 r0"},
    /* a 2023 schedule in a 2024 document: the nearest year wins over the date line's */
    {"2024年5月1日\n外務省\n\n2023年の実績\n12月17日 首脳会議\n\n2024年の予定\n3月5日 外相会合",
     2024,
     "[2024年5月1日]=2024-05-01 p3 f0 r0 [2023年]=2023 p1 f0 r0 [12月17日]=2023-12-17 p3 f0 r0 "
     "[2024年]=2024 p1 f0 r0 [3月5日]=2024-03-05 p3 f0 r0"},
    {"2023年の会合では、12月17日に声明を出した。", 2024,
     "[2023年]=2023 p1 f0 r0 [12月17日]=2023-12-17 p3 f0 r0"},
    {"The Dialogue met in 2024. The statement came on 20 December.", 2025,
     "[2024]=2024 p1 f0 r0 [20 December]=2025-12-20 p3 f0 r1"},
    {"In 2024, ministers met on 20 December.", 2025,
     "[2024]=2024 p1 f0 r0 [20 December]=2024-12-20 p3 f0 r0"},
    /* a month and day written before with its year keep it, whatever came between;
     * near miss: written with it only after */
    {"They met on April 23, 2021. It began in November 2015. In the April 23 talks, they agreed.",
     0, "[April 23, 2021]=2021-04-23 p3 f0 r0 [November 2015]=2015-11 p2 f0 r0 "
     "[April 23]=2021-04-23 p3 f0 r0"},
    {"It began in November 2015. In the April 23 talks, they met. On April 23, 2021, it ended.",
     0, "[November 2015]=2015-11 p2 f0 r0 [April 23]=2015-04-23 p3 f0 r0 "
     "[April 23, 2021]=2021-04-23 p3 f0 r0"},
    /* a limit, a target or a name does not set the year */
    {"2030年に向けた協力を確認。10月に東京で開催", 2023,
     "[2030年]=2030 p1 f0 r0 [10月]=2023-10 p2 f0 r1"},
    {"more than 700 officials since 1999. It was announced on 20 December.", 2025,
     "[1999]=1999 p1 f0 r0 [20 December]=2025-12-20 p3 f0 r1"},
    /* a period of whole years (a plan's span) gives its first year where the document
     * has no date; near miss: the document's date wins over it */
    {"They issued a Work Plan for 2021-2023 in Hanoi on 9 June.", 0,
     "[2021-2023]=2021..2023 p1 f0 r0 [9 June]=2021-06-09 p3 f0 r0"},
    {"They issued a Work Plan for 2021-2023 in Hanoi on 9 June.", 2022,
     "[2021-2023]=2021..2023 p1 f0 r0 [9 June]=2022-06-09 p3 f0 r1"},
    {"In March 2019 they met. They issued a Work Plan for 2021-2023 on 9 June.", 2022,
     "[March 2019]=2019-03 p2 f0 r0 [2021-2023]=2021..2023 p1 f0 r0 [9 June]=2019-06-09 p3 f0 r0"},
    /* months 1-3 after a fiscal year are in the next calendar year */
    {"令和6年度の事業\n2月に実施\n5月に評価", 0,
     "[令和6年度]=2024 p1 f1 r0 [2月]=2025-02 p2 f0 r0 [5月]=2024-05 p2 f0 r0"},
    {"2023年4月～2024年3月の計画\n12月 調査\n2月 報告", 0,
     "[2023年4月~2024年3月]=2023-04..2024-03 p2 f0 r0 [12月]=2023-12 p2 f0 r0 "
     "[2月]=2024-02 p2 f0 r0"},
    /* relative years and days */
    {"同年8月", 0, "[同年8月]=--08 p2 f0 r1"},
    {"2024年10月、第1回を開催。同年に発足した枠組み", 0,
     "[2024年10月]=2024-10 p2 f0 r0 [同年]=2024 p1 f0 r0"},
    {"令和8年度から開始し、同年度中に交流を始める", 0,
     "[令和8年度]=2026 p1 f1 r0 [同年度]=2026 p1 f1 r0"},
    {"2020年に開始、翌年3月に完了", 0, "[2020年]=2020 p1 f0 r0 [翌年3月]=2021-03 p2 f0 r0"},
    {"2024年12月18日に到着し、翌19日に会談", 0,
     "[2024年12月18日]=2024-12-18 p3 f0 r0 [翌19日]=2024-12-19 p3 f0 r0"},
    {"12月31日に到着、翌1日に会談", 2024,
     "[12月31日]=2024-12-31 p3 f0 r1 [翌1日]=2025-01-01 p3 f0 r1"},
    {"令和7年6月5日に開始。同月20日に終了", 0,
     "[令和7年6月5日]=2025-06-05 p3 f0 r0 [同月20日]=2025-06-20 p3 f0 r0"},
    {"令和8年2月3日\n外務省\n大臣は、同日、述べました。翌日には帰国", 0,
     "[令和8年2月3日]=2026-02-03 p3 f0 r0 [同日]=2026-02-03 p3 f0 r0 [翌日]=2026-02-04 p3 f0 r0"},
    {"Talks with ASEAN started in 1973, a few years after the grouping was founded in "
     "August 1967.",
     0, "[1973]=1973 p1 f0 r0 [August 1967]=1967-08 p2 f0 r0"},
    {"令和5（2023）年11月にインドネシアで開催された第8回会合", 0, "[令和5(2023)年11月]=2023-11 p2 f0 r0"},
    /* a list of days in one month: a date for each day, the year of the list */
    {"会議は11月8、9日に開催", 2018, "[11月8]=2018-11-08 p3 f0 r1 [9日]=2018-11-09 p3 f0 r1"},
    {"3月4日・5日・8日", 2020,
     "[3月4日]=2020-03-04 p3 f0 r1 [5日]=2020-03-05 p3 f0 r1 [8日]=2020-03-08 p3 f0 r1"},
    {"令和2年3月4、5日", 0, "[令和2年3月4]=2020-03-04 p3 f0 r0 [5日]=2020-03-05 p3 f0 r0"},
    {"talks on June 23 and 24, 2022 in Seoul", 0,
     "[June 23]=2022-06-23 p3 f0 r0 [24, 2022]=2022-06-24 p3 f0 r0"},
    {"talks on June 23, 24, and 25", 2019,
     "[June 23]=2019-06-23 p3 f0 r1 [24]=2019-06-24 p3 f0 r1 [25]=2019-06-25 p3 f0 r1"},
    {"on 9, 10 and 11 May 2019", 0,
     "[9]=2019-05-09 p3 f0 r0 [10]=2019-05-10 p3 f0 r0 [11 May 2019]=2019-05-11 p3 f0 r0"},
    /* a long list and a long run of numbers before a month are walked once (each of a
     * list's later days was tried as a list's head again: exponential in the run) */
    {"on 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 14 May 2019", 0,
     "[1]=2019-05-01 p3 f0 r0 [2]=2019-05-02 p3 f0 r0 [3]=2019-05-03 p3 f0 "
     "r0 [4]=2019-05-04 p3 f0 r0 [5]=2019-05-05 p3 f0 r0 [6]=2019-05-06 p3 "
     "f0 r0 [7]=2019-05-07 p3 f0 r0 [8]=2019-05-08 p3 f0 r0 [9]=2019-05-09 "
     "p3 f0 r0 [10]=2019-05-10 p3 f0 r0 [11]=2019-05-11 p3 f0 r0 "
     "[12]=2019-05-12 p3 f0 r0 [13]=2019-05-13 p3 f0 r0 [14 May "
     "2019]=2019-05-14 p3 f0 r0"},
    {"scores 19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13, "
     "19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13, 19, 31, 10, 13 June 2021",
     0, "[10]=2021-06-10 p3 f0 r0 [13 June 2021]=2021-06-13 p3 f0 r0"},
    /* a day alone in parentheses after a meeting's head word: the month of the date before;
     * near misses: after a word that is no meeting's, a day with more in its parenthesis */
    {"2024年5月2日から3日まで出張。経済大臣会合(2日)では", 0,
     "[2024年5月2日から3日]=2024-05-02..2024-05-03 p3 f0 r0 [2日]=2024-05-02 p3 f0 r0"},
    {"2024年5月2日から3日まで出張。研修期間(2日)では", 0,
     "[2024年5月2日から3日]=2024-05-02..2024-05-03 p3 f0 r0"},
    {"2024年5月2日から3日まで出張。経済大臣会合(2日間)では", 0,
     "[2024年5月2日から3日]=2024-05-02..2024-05-03 p3 f0 r0"},
    /* near misses: a duration, a count, a day that goes back, a range after "between" */
    {"11月8日、9日間滞在", 2020, "[11月8日]=2020-11-08 p3 f0 r1"},
    {"June 23 and 24 countries", 2020, "[June 23]=2020-06-23 p3 f0 r1"},
    {"June 23 and 14", 2020, "[June 23]=2020-06-23 p3 f0 r1"},
    {"between 3 and 5 June 2021", 0, "[5 June 2021]=2021-06-05 p3 f0 r0"},
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
  memset(&d, 0, sizeof d); /* 本年秋 with no year to give it */
  d.prec = DG_DATE_YEAR, d.anchor = DG_ANCHOR_DOC;
  ck_assert_str_eq(dg_date_iso(&d, 0, b, sizeof b), "");
}
END_TEST

/* As the recognizer does: find without the document's date, then resolve with it (again
 * with another, to show resolving starts over). 本日 is the date line's day. */
START_TEST(resolve_with_doc_date) {
  found f;
  find("令和7年10月21日\n現地時間本日（２１日）、署名。昨年3月に開始、本年秋に完了。同日、発表。"
       "\n2月5日 会合",
       0, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_str_eq(all, "[令和7年10月21日]=2025-10-21 p3 f0 r0 [本日]= p3 f0 r1 [昨年3月]=--03 p2 f0 r1 "
                        "[本年秋]= p1 f0 r1 [同日]=2025-10-21 p3 f0 r0 [2月5日]=2025-02-05 p3 f0 r0");
  dg_date_resolve(f.n.text, f.n.len, f.d, f.nd, 2025, 10, 21);
  describe(&f, all, sizeof all);
  /* 同日 is now 本日's day; 昨年3月 names 2024 for its sentence only: the 2月5日 after it
   * takes the year of the date line */
  ck_assert_str_eq(all, "[令和7年10月21日]=2025-10-21 p3 f0 r0 [本日]=2025-10-21 p3 f0 r1 "
                        "[昨年3月]=2024-03 p2 f0 r1 [本年秋]=2025 p1 f0 r1 [同日]=2025-10-21 p3 f0 r1 "
                        "[2月5日]=2025-02-05 p3 f0 r0");
  dg_date_resolve(f.n.text, f.n.len, f.d, f.nd, 2030, 1, 31);
  describe(&f, all, sizeof all);
  ck_assert_str_eq(all, "[令和7年10月21日]=2025-10-21 p3 f0 r0 [本日]=2030-01-31 p3 f0 r1 "
                        "[昨年3月]=2029-03 p2 f0 r1 [本年秋]=2030 p1 f0 r1 [同日]=2030-01-31 p3 f0 r1 "
                        "[2月5日]=2025-02-05 p3 f0 r0");
  found_free(&f);
}
END_TEST

/* A year counted from the document's (昨年8月) gives its year to the months of its sentence
 * (10月: last year's too), not to those of the sentences after it (7月: the document's). */
START_TEST(relative_year_ends_with_sentence) {
  found f;
  find("昨年8月と10月に改訂した。7月の会合で報告した。", 0, &f);
  dg_date_resolve(f.n.text, f.n.len, f.d, f.nd, 2020, 8, 28);
  char all[512];
  describe(&f, all, sizeof all);
  ck_assert_str_eq(all, "[昨年8月]=2019-08 p2 f0 r1 [10月]=2019-10 p2 f0 r1 [7月]=2020-07 p2 f0 r1");
  found_free(&f);
}
END_TEST

/* 先月, 今月, next month count months from the document's date; with none, no month. */
START_TEST(resolve_document_month) {
  found f;
  find("先月10日に会談し、今月も協議した。来月末に再開。We met last month.", 0, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_str_eq(all, "[先月10日]= p3 f0 r1 [今月]= p2 f0 r1 [来月末]= p2 f0 r1 [last month]= p2 f0 r1");
  dg_date_resolve(f.n.text, f.n.len, f.d, f.nd, 2025, 1, 15);
  describe(&f, all, sizeof all);
  ck_assert_str_eq(all, "[先月10日]=2024-12-10 p3 f0 r1 [今月]=2025-01 p2 f0 r1 [来月末]=2025-02 p2 f0 r1 "
                        "[last month]=2024-12 p2 f0 r1");
  found_free(&f);
}
END_TEST

/* The document's own date: a day with its year, not a range; at the top, alone on a line
 * near it, or in the sign-off at the end. */
typedef struct {
  const char *text;
  const char *want; /* ISO, or "" for none */
} doc_date_case;

#define LINES10 "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
#define LINES50 LINES10 LINES10 LINES10 LINES10 LINES10

static const doc_date_case doc_dates[] = {
    {"Press release\n\n2 March 2020\n\nThe talks opened.\n", "2020-03-02"},
    {"令和2年3月2日\n外務省\n", "2020-03-02"},
    /* a range at the top is the event, not the release */
    {"Talks from 2 to 4 March 2020\n", ""},
    {"Talks from 2 to 4 March 2020\n" LINES10 LINES10 "1 MARCH 2020\n" LINES10, "2020-03-01"},
    /* a sign-off at the end */
    {"LEADER TO VISIT\n\nThe visit runs from 2 to 4 March.\n\nHOBART 1 MARCH 2020\n\nMedia: 555 "
     "0199\n",
     "2020-03-01"},
    {"Text.\n" LINES50 "Ministry of Foreign Affairs\nSingapore, 1 March 2020\n", "2020-03-01"},
    /* near misses: a sentence that ends with a date, a date in the middle of a line, a
     * sign-off far from the end */
    {"Text.\n" LINES50 "The next talks will open on 1 March 2020\n", ""},
    {"Text.\n" LINES50 "By 1 March 2020 the plan ends.\n", ""},
    {"Text.\n" LINES50 "HOBART 1 MARCH 2020\n" LINES10, ""},
};

START_TEST(document_date) {
  const doc_date_case *c = &doc_dates[_i];
  found f;
  find(c->text, 0, &f);
  dg_when w = {0};
  char iso[32] = "";
  if (dg_date_document(f.n.text, f.n.len, f.d, f.nd, &w)) dg_when_iso(&w, 0, iso, sizeof iso);
  ck_assert_msg(strcmp(iso, c->want) == 0, "%s\n got \"%s\", want \"%s\"", c->text, iso, c->want);
  found_free(&f);
}
END_TEST

/* Through the recognizer: a month whose year stays unknown is no date (去る八月 in a text that
 * gives no year); a day keeps its unknown year; the sign-off dates the rest. */
typedef struct {
  const char *text;
  const char *want; /* ids of the date mentions, in order */
} mention_case;

static const mention_case mentions[] = {
    /* bare_day: a day alone as news writes it takes the month of a date in its sentence,
     * else the document's; a range of two; near misses: a count of days (3日間, 2日目, 1日も
     * 早く), a word before it that is not in bare_day_before.tsv (毎月), no date to count from */
    {"2024年5月12日\n【ビエンチャン共同】首脳会議が9日、ラオスで開かれた。\n",
     "date:2024-05-12 date:2024-05-09"},
    {"2024年5月12日\n首脳会議は現地時間18~19日に開かれる。\n",
     "date:2024-05-12 date:2024-05-18/2024-05-19"},
    {"2024年5月12日\n大臣は1月6日(金)、7日(土)に訪問した。\n",
     "date:2024-05-12 date:2024-01-06 date:2024-01-07"},
    {"2024年5月12日\n会合は8月22日から24日まで開かれる。\n",
     "date:2024-05-12 date:2024-08-22/2024-08-24"},
    {"2024年5月12日\n会期は3日間で、2日目に宣言を採択し、1日も早い実施を求めた。\n",
     "date:2024-05-12"},
    {"2024年5月12日\n会合は毎月10日に開かれる。\n", "date:2024-05-12"},
    /* a numbered field label (1 日時・場所, 2 日時) is no day; near miss: 1日時点 (as of the 1st) */
    {"2024年5月12日\n1 日時・場所\n2024年5月10日 東京\n", "date:2024-05-12 date:2024-05-10"},
    {"2024年5月12日\n2 日時\n2024年5月10日\n", "date:2024-05-12 date:2024-05-10"},
    {"2024年5月12日\n会員数は1日時点で百を超えた。\n", "date:2024-05-12 date:2024-05-01"},
    {"首相は10日、会談した。\n", ""},
    {"去る八月、首脳と会談した。\n", ""},
    /* a day with no year anywhere is read (a cue for the relation rules: --08-12) but is
     * no entity once the pipeline is done (date_mentions checks both) */
    {"去る八月十二日に署名された。\n", "date:--08-12"},
    {"2020年1月10日\n去る八月、首脳と会談した。\n", "date:2020-01-10 date:2020-08"},
    {"Talks are due in September.\n", ""},
    {"LEADER TO VISIT\n\nThe talks run from 2 to 4 March.\n\nHOBART 1 MARCH 2020\n",
     "date:2020-03-02/2020-03-04 date:2020-03-01"},
    /* today, yesterday (relative_dates.tsv, document_day) count days from a date line's
     * date; this November (date_prepositions.tsv) is of the year in context; near miss: the
     * top's date in running text is an event's, not the day the text was issued */
    {"BANGKOK, 2 August 2019 - The ministers met yesterday and meet again today.\n",
     "date:2019-08-02 date:2019-08-01 date:2019-08-02"},
    {"BANGKOK, 2 August 2019 - The summit is due this November.\n",
     "date:2019-08-02 date:2019-11"},
    {"The first meeting took place in Tokyo on 25 March 2016.\nThe second is under way today.\n",
     "date:2016-03-25"},
    /* date_past.tsv: a day said to be past that would fall after the document's date is of
     * the year before; near misses: one before that date, one with no such word */
    {"Press release\n\n2 March 2020\n\nAid has grown since October 5.\n",
     "date:2020-03-02 date:2019-10-05"},
    {"2020年3月2日\n10月5日以来、支援を続けている。\n", "date:2020-03-02 date:2019-10-05"},
    {"Press release\n\n2 March 2020\n\nAid has grown since February 5.\n",
     "date:2020-03-02 date:2020-02-05"},
    {"Press release\n\n2 March 2020\n\nAid will grow on October 5.\n",
     "date:2020-03-02 date:2020-10-05"},
};

/* The ids of d's dates, or (d NULL) those of the list `ids` whose year is known, space
 * separated into out. */
static void dates_of(const dg_doc *d, const char *ids, char *out, size_t n) {
  size_t o = 0;
  out[0] = 0;
  if (d) {
    for (size_t k = 0; k < d->nments; k++)
      if (d->ments[k].type == DG_TYPE_DATE && o < n)
        o += (size_t)snprintf(out + o, n - o, "%s%s", o ? " " : "", d->ments[k].id);
    return;
  }
  for (const char *p = ids; *p;) {
    size_t w = strcspn(p, " ");
    if (strncmp(p, "date:--", 7) && o < n)
      o += (size_t)snprintf(out + o, n - o, "%s%.*s", o ? " " : "", (int)w, p);
    p += w + (p[w] == ' ');
  }
}

START_TEST(date_mentions) {
  const mention_case *c = &mentions[_i];
  dg_doc *d = tu_doc_read("note.txt", c->text);
  char got[512], dump[2048];
  dates_of(d, 0, got, sizeof got);
  ck_assert_msg(strcmp(got, c->want) == 0, "%s\n got  %s\n want %s\n%s", c->text, got, c->want,
                tu_dump(d, dump, sizeof dump));
  /* what the pipeline leaves: the same without the days whose year is unknown */
  char left[512], want[512];
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_drop_cues(d, &err), DG_OK);
  dates_of(d, 0, left, sizeof left);
  dates_of(NULL, c->want, want, sizeof want);
  ck_assert_msg(strcmp(left, want) == 0, "%s\n left %s\n want %s", c->text, left, want);
  tu_doc_free(d);
}
END_TEST

/* doc/cues.c: a program's period, in parentheses right after its name, is no date once the
 * pipeline is done; near misses: a year after "in", a meeting's year in parentheses, a
 * fiscal year. {text, the dates left} */
static const struct {
  const char *text, *left;
} cues[] = {
    {"The leaders adopted the Riverland Plan of Action (2019-2022) in Hanoi on 3 May 2019.",
     "date:2019-05-03"},
    {"The leaders adopted the Riverland Plan of Action (2019) in Hanoi.", ""},
    {"The leaders adopted the Riverland Plan of Action in 2019.", "date:2019"},
    {"The Riverland Summit (2019) was held in Hanoi.", "date:2019"},
    {"They adopted the Riverland Work Plan (FY2019) in Hanoi.", "date:FY2019"},
};

START_TEST(date_cues) {
  dg_doc *d = tu_doc_read("note.txt", cues[_i].text);
  dg_error err = {0};
  char left[512];
  ck_assert_int_eq(dg_doc_drop_cues(d, &err), DG_OK);
  dates_of(d, 0, left, sizeof left);
  ck_assert_msg(strcmp(left, cues[_i].left) == 0, "%s\n left %s\n want %s", cues[_i].text, left,
                cues[_i].left);
  for (size_t k = 0; k < d->nrels; k++) ck_assert(d->rels[k].from < d->nments && d->rels[k].to < d->nments);
  tu_doc_free(d);
}
END_TEST

/* Every prefix of a text, in a buffer of exactly that size (no NUL after it). */
START_TEST(prefixes) {
  const char *ins[] = {"令和6(2024)年1月30日～2月2日", "2023年4月～2024年3月", "10月11-12日",
                       "1 April 2023 - 31 March 2024", "April 11-12, 2024", "2024-01-30",
                       "from 2020 to 2022", "FY2024", "the 2030s", "12.20 (土)",
                       "R7.11.7", "11 to 13 March 2025", "昨年3月、翌19日、同日", "2026 to 2030",
                       "in March last year", "11月8、9日", "June 23, 24 and 25, 2022",
                       "the Ninth of May in the Year Two Thousand and Nine", "先月10日"};
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

/* Days and months whose written year is out of bounds: no date (not even one in the year
 * in context) and counted for the warning; their near misses are dates. */
typedef struct {
  const char *text;
  size_t ndates, nover;
} past_case;

static const past_case past_cases[] = {
    {"2024年5月1日と3000年5月1日", 1, 1},
    {"令和6年5月1日と令和150年6月2日", 1, 1},
    {"令和99年5月1日", 1, 0},
    {"3000年前から", 0, 0},
    {"On 1 May 2024 and 1 May 3000.", 1, 1},
    {"On May 1, 2024 and May 1, 0999.", 1, 1},
    {"On 1 May 2024 and 1 May 2999.", 2, 0},
    {"On May 1, 2024 and May 2, 5000 delegates came.", 2, 0},
    {"On May 1, 2024 and May 2, 30000.", 2, 0},
};

START_TEST(past_bounds) {
  const past_case *c = &past_cases[_i];
  dg_date *d = NULL;
  dg_span *over = NULL;
  size_t nd = 0, nover = 9;
  ck_assert_int_eq(dg_date_find_all(tu_rules(), c->text, strlen(c->text), 2024, &d, &nd, &over,
                                    &nover, NULL),
                   DG_OK);
  ck_assert_msg(nd == c->ndates && nover == c->nover, "%s: %zu dates, %zu past bounds", c->text,
                nd, nover);
  for (size_t k = 0; k < nover; k++) ck_assert(over[k].start < over[k].end);
  free(d);
  free(over);
}
END_TEST

/* ---- one rule at a time ---- */

/* A form of dg_date_forms alone, at the end of `before` (no range, no resolution): the span
 * it reads, its start and end ("--MM-DD" when the year is not written), precision and
 * fiscal flag; span NULL: the form reads nothing there. */
typedef struct {
  const char *form, *before, *at;
  const char *span, *iso, *iso_end;
  int prec, fiscal;
} form_case;

static const form_case form_cases[] = {
    {"japanese", "", "令和3年5月に", "令和3年5月", "2021-05", "", M, 0},
    {"japanese", "", "2021年度の", "2021年度", "2021", "", Y, 1},
    {"japanese", "", "同年8月", "同年8月", "--08", "", M, 0},
    {"japanese", "", "12月3日〜5日", "12月3日", "--12-03", "", D, 0},
    {"japanese", "", "10月3-5日", "10月3-5日", "--10-03", "--10-05", D, 0},
    {"japanese", "", "平成元年", "平成元年", "1989", "", Y, 0},
    {"japanese", "", "5年間", NULL, NULL, NULL, 0, 0},
    {"japanese", "", "同年代", NULL, NULL, NULL, 0, 0},
    {"japanese", "", "3回目", NULL, NULL, NULL, 0, 0},
    {"japanese", "", "平成40年代", NULL, NULL, NULL, 0, 0},
    {"fiscal_year", "the ", "FY2019 plan", "FY2019", "2019", "", Y, 1},
    {"fiscal_year", "", "Fiscal Year 2019", "Fiscal Year 2019", "2019", "", Y, 1},
    {"fiscal_year", "", "fiscal 2019", "fiscal 2019", "2019", "", Y, 1},
    {"fiscal_year", "", "fiscal Year 2019", NULL, NULL, NULL, 0, 0},
    {"fiscal_year", "", "FY20190", NULL, NULL, NULL, 0, 0},
    {"fiscal_year", "", "fy2019", NULL, NULL, NULL, 0, 0},
    {"numeric", "", "2021-06-30", "2021-06-30", "2021-06-30", "", D, 0},
    {"numeric", "", "2021/6/30", "2021/6/30", "2021-06-30", "", D, 0},
    {"numeric", "", "2021-6-30", NULL, NULL, NULL, 0, 0},
    {"numeric", "", "2021.06.30.1", NULL, NULL, NULL, 0, 0},
    {"day_month", "", "3 June 2021", "3 June 2021", "2021-06-03", "", D, 0},
    {"day_month", "", "3-5 June 2021", "3-5 June 2021", "2021-06-03", "2021-06-05", D, 0},
    {"day_month", "", "3 June of the previous year", "3 June of the previous year", "--06-03", "",
     D, 0},
    {"day_month", "", "3 june 2021", NULL, NULL, NULL, 0, 0},
    {"day_month", "", "31 June 2021", NULL, NULL, NULL, 0, 0},
    {"month_day", "", "June 3, 2021", "June 3, 2021", "2021-06-03", "", D, 0},
    {"month_day", "", "June 2021", "June 2021", "2021-06", "", M, 0},
    {"month_day", "met in ", "June and", "June", "--06", "", M, 0},
    {"month_day", "", "June last year", "June last year", "--06", "", M, 0},
    {"month_day", "", "June and", NULL, NULL, NULL, 0, 0},
    {"month_day", "you ", "May go", NULL, NULL, NULL, 0, 0},
    {"ordinal_day", "on the ", "Ninth of May 2019 in", "Ninth of May 2019", "2019-05-09", "", D, 0},
    {"ordinal_day", "", "9th day of May in the year 2019.", "9th day of May in the year 2019",
     "2019-05-09", "", D, 0},
    {"ordinal_day", "the ", "ninth of May", "ninth of May", "--05-09", "", D, 0},
    {"ordinal_day", "the ", "9 of May", NULL, NULL, NULL, 0, 0},
    {"ordinal_day", "the ", "Fortieth of May", NULL, NULL, NULL, 0, 0},
    {"ordinal_day", "the ", "Ninth of may", NULL, NULL, NULL, 0, 0},
    {"relative_en", "", "next month", "next month", "", "", M, 0},
    {"relative_en", "", "last year,", "last year", "", "", Y, 0},
    {"relative_en", "the ", "last year", NULL, NULL, NULL, 0, 0},
    {"relative_en", "", "lastyear", NULL, NULL, NULL, 0, 0},
    {"bare_year", "in ", "2021.", "2021", "2021", "", Y, 0},
    {"bare_year", "the ", "1990s", "1990s", "1990s", "", DEC, 0},
    {"bare_year", "", "2021-2023", "2021-2023", "2021", "2023", Y, 0},
    {"bare_year", "(", "2019)", "2019", "2019", "", Y, 0},
    {"bare_year", "Vision ", "2030", NULL, NULL, NULL, 0, 0},
    {"bare_year", "in ", "2000 people", NULL, NULL, NULL, 0, 0},
    {"bare_year", "the ", "1995s", NULL, NULL, NULL, 0, 0},
    {"dotted", "", "6.30 (水)", "6.30", "--06-30", "", D, 0},
    {"dotted", "", "6/30(金・祝)", "6/30", "--06-30", "", D, 0},
    {"dotted", "", "6.30 ", NULL, NULL, NULL, 0, 0},
    {"dotted", "", "13.30 (水)", NULL, NULL, NULL, 0, 0},
};
#define NFORM_CASES (sizeof form_cases / sizeof *form_cases)

static const dg_date_form *form_named(const char *name) {
  for (size_t k = 0; k < dg_date_nforms; k++)
    if (!strcmp(dg_date_forms[k].name, name)) return &dg_date_forms[k];
  return NULL;
}

START_TEST(date_forms) {
  const form_case *c = &form_cases[_i];
  const dg_date_form *f = form_named(c->form);
  ck_assert_msg(f != NULL, "no form %s", c->form);
  char t[128], iso[16], iso_end[16];
  snprintf(t, sizeof t, "%s%s", c->before, c->at);
  dg_date_scan s = {tu_rules(), t, strlen(t)};
  size_t i = strlen(c->before);
  dg_date d;
  ck_assert_msg(f->may_start(&s, i), "%s may not start at \"%s\"", c->form, c->at);
  size_t n = f->read(&s, i, &d);
  if (!c->span) {
    ck_assert_msg(n == 0, "%s \"%s\": read %zu bytes, want none", c->form, c->at, n);
    return;
  }
  ck_assert_msg(n == strlen(c->span) && !strncmp(t + i, c->span, n), "%s \"%s\": [%.*s], want [%s]",
                c->form, c->at, (int)n, t + i, c->span);
  dg_date_iso(&d, 0, iso, sizeof iso);
  dg_date_iso(&d, 1, iso_end, sizeof iso_end);
  ck_assert_msg(!strcmp(iso, c->iso) && !strcmp(iso_end, c->iso_end), "%s \"%s\": %s..%s", c->form,
                c->at, iso, iso_end);
  ck_assert_int_eq(d.prec, c->prec);
  ck_assert_int_eq(d.fiscal, c->fiscal);
}
END_TEST

/* Every form has cases where it reads and where it does not. */
START_TEST(every_form_has_cases) {
  for (size_t k = 0; k < dg_date_nforms; k++) {
    int pos = 0, neg = 0;
    for (size_t q = 0; q < NFORM_CASES; q++)
      if (!strcmp(form_cases[q].form, dg_date_forms[k].name)) form_cases[q].span ? pos++ : neg++;
    ck_assert_msg(pos && neg, "%s: %d cases that read, %d that do not", dg_date_forms[k].name, pos,
                  neg);
  }
}
END_TEST

/* The rules of the scan, the ranges, the word lists and the resolvers (named after their
 * functions), through dg_date_find: what each makes of a text, where it holds and where it
 * does not. */
typedef struct {
  const char *rule, *in;
  int doc_year;
  const char *want;
} rule_case;

static const rule_case rule_cases[] = {
    /* the scan: no date inside a number or word, nor after a number prefix */
    {"inside_number", "第十二月", 0, ""},
    {"inside_number", "毎十二月", 0, ""},
    {"inside_number", "何十二月", 0, "[十二月]=--12 p2 f0 r1"},
    {"inside_number", "X2020年", 0, ""},
    {"inside_number", "、2020年", 0, "[2020年]=2020 p1 f0 r0"},
    /* range_end: separators of date_ranges.tsv, kinds that can end a range */
    {"range_end", "2019年～2021年", 0, "[2019年~2021年]=2019..2021 p1 f0 r0"},
    {"range_end", "2021年～2019年", 0, "[2021年]=2021 p1 f0 r0 [2019年]=2019 p1 f0 r0"},
    {"range_end", "between 3 and 5 June 2021", 0, "[5 June 2021]=2021-06-05 p3 f0 r0"},
    {"range_end", "2021年度～2022年", 0, "[2021年度]=2021 p1 f1 r0 [2022年]=2022 p1 f0 r0"},
    {"range_end", "11月30日～12月2日", 2021, "[11月30日~12月2日]=2021-11-30..2021-12-02 p3 f0 r1"},
    {"range_end", "from 2019 until 2021", 0, "[2019 until 2021]=2019..2021 p1 f0 r0"},
    {"range_end", "from 2019 until 2019", 0, "[2019]=2019 p1 f0 r0 [2019]=2019 p1 f0 r0"},
    /* date_ranges.tsv, years: ~ adjacent only, to spaced */
    {"year_span", "the 2019~2021 plan", 0, "[2019~2021]=2019..2021 p1 f0 r0"},
    {"year_span", "the 2019 ~ 2021 plan", 0, ""},
    {"year_span", "the 2019 to 2021 plan", 0, "[2019 to 2021]=2019..2021 p1 f0 r0"},
    {"year_span", "the 2019 to 2021 cities", 0, ""},
    /* day_ranges.tsv: English - ~ to, Japanese - ~ 〜 */
    {"day_range", "3 to 5 June 2021", 0, "[3 to 5 June 2021]=2021-06-03..2021-06-05 p3 f0 r0"},
    {"day_range", "3〜5 June 2021", 0, "[5 June 2021]=2021-06-05 p3 f0 r0"},
    {"day_range", "2021年6月3〜5日", 0, "[2021年6月3〜5日]=2021-06-03..2021-06-05 p3 f0 r0"},
    {"day_range", "2021年6月3 to 5日", 0, "[2021年6月]=2021-06 p2 f0 r0"},
    /* date_prepositions.tsv: the capitals each allows, "mid-" glued */
    {"date_preposition", "signed in 2019.", 0, "[2019]=2019 p1 f0 r0"},
    {"date_preposition", "In 2019, it", 0, "[2019]=2019 p1 f0 r0"},
    {"date_preposition", "IN 2019, it", 0, ""},
    {"date_preposition", "up to 2019", 0, "[2019]=2019 p1 f0 r0"},
    {"date_preposition", "To 2019", 0, ""},
    {"date_preposition", "by mid-2027", 0, "[2027]=2027 p1 f0 r0"},
    {"date_preposition", "in late-2008", 0, "[2008]=2008 p1 f0 r0"},
    {"date_preposition", "in pre-2008", 0, ""},
    {"date_preposition", "within2019", 0, ""},
    /* ordinal_suffixes.tsv: as written */
    {"ordinal_suffix", "on 3rd June 2021", 0, "[3rd June 2021]=2021-06-03 p3 f0 r0"},
    {"ordinal_suffix", "on 3RD June 2021", 0, "[June 2021]=2021-06 p2 f0 r0"},
    /* weekdays.tsv */
    {"weekday", "6.30 (祝) 開館", 2021, "[6.30]=2021-06-30 p3 f0 r1"},
    {"weekday", "6.30 (今) 開館", 2021, ""},
    /* dg_date_weekday_any: a weekday written out (曜) or in parentheses before a range's or a
     * list's separator; a bare weekday word without 曜 is none */
    {"weekday", "3月2日金曜日から5日まで", 2022, "[3月2日金曜日から5日]=2022-03-02..2022-03-05 p3 f0 r1"},
    {"weekday", "3月2日(金曜日)から3月5日(月曜日)まで", 2022,
     "[3月2日(金曜日)から3月5日]=2022-03-02..2022-03-05 p3 f0 r1"},
    {"weekday", "3月2日金から5日まで", 2022, "[3月2日]=2022-03-02 p3 f0 r1 [5日]=2022-03-05 p3 f0 r1"},
    {"weekday", "8月4日(金)及び5日(土)に", 2022,
     "[8月4日]=2022-08-04 p3 f0 r1 [5日]=2022-08-05 p3 f0 r1"},
    {"weekday", "8月4日(金)、5日(土)及び6日(日)", 2022,
     "[8月4日]=2022-08-04 p3 f0 r1 [5日]=2022-08-05 p3 f0 r1 [6日]=2022-08-06 p3 f0 r1"},
    {"weekday", "8月4日(金)及び5日間", 2022, "[8月4日]=2022-08-04 p3 f0 r1"},
    /* year_parts.tsv: not before 田 */
    {"year_part", "本年夏に", 2021, "[本年夏]=2021 p1 f0 r1"},
    {"year_part", "本年秋田で", 2021, ""},
    /* the resolvers, one per anchor */
    {"from_context", "2019年3月の会合。5月には", 2021,
     "[2019年3月]=2019-03 p2 f0 r0 [5月]=2019-05 p2 f0 r0"},
    {"from_context", "5月には", 2021, "[5月]=2021-05 p2 f0 r1"},
    {"from_year", "2019年に設立。翌年4月", 0, "[2019年]=2019 p1 f0 r0 [翌年4月]=2020-04 p2 f0 r0"},
    {"from_year", "同年", 2021, ""},
    {"from_doc", "昨年5月", 2021, "[昨年5月]=2020-05 p2 f0 r1"},
    {"from_doc", "昨年5月", 0, "[昨年5月]=--05 p2 f0 r1"},
    {"from_date", "2021年6月30日に到着し、翌1日に", 0,
     "[2021年6月30日]=2021-06-30 p3 f0 r0 [翌1日]=2021-07-01 p3 f0 r0"},
    {"from_date", "翌1日に", 2021, ""},
    {"from_doc_day", "本日", 0, "[本日]= p3 f0 r1"},
    {"from_doc_day", "昨日及び本日", 0, "[昨日]= p3 f0 r1 [本日]= p3 f0 r1"},
    /* the words around a year (date_bounds.tsv, names, sources, headings) */
    {"text_scope", "Since 2015 it grew. On 3 May they met.", 2021,
     "[2015]=2015 p1 f0 r0 [3 May]=2021-05-03 p3 f0 r1"},
    {"text_scope", "In 2015 it grew and on 3 May they met.", 2021,
     "[2015]=2015 p1 f0 r0 [3 May]=2015-05-03 p3 f0 r0"},
    {"text_scope", "2015年までに整備し、5月に開始", 2021,
     "[2015年]=2015 p1 f0 r0 [5月]=2021-05 p2 f0 r1"},
    {"text_scope", "2015年計画では5月に開始", 2021,
     "[2015年]=2015 p1 f0 r0 [5月]=2021-05 p2 f0 r1"},
    {"text_scope", "2015年には5月に開始", 2021, "[2015年]=2015 p1 f0 r0 [5月]=2015-05 p2 f0 r0"},
};

START_TEST(date_rules) {
  const rule_case *c = &rule_cases[_i];
  found f;
  find(c->in, c->doc_year, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_msg(strcmp(all, c->want) == 0, "%s \"%s\":\n got  %s\n want %s", c->rule, c->in, all,
                c->want);
  found_free(&f);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_add_loop_test(tc, date_table, 0, (int)ncases);
  tcase_add_loop_test(tc, date_multi, 0, (int)(sizeof multi / sizeof *multi));
  tcase_add_test(tc, iso_format);
  tcase_add_test(tc, resolve_with_doc_date);
  tcase_add_test(tc, relative_year_ends_with_sentence);
  tcase_add_test(tc, resolve_document_month);
  tcase_add_loop_test(tc, document_date, 0, (int)(sizeof doc_dates / sizeof *doc_dates));
  tcase_add_loop_test(tc, date_mentions, 0, (int)(sizeof mentions / sizeof *mentions));
  tcase_add_loop_test(tc, date_cues, 0, (int)(sizeof cues / sizeof *cues));
  tcase_add_test(tc, prefixes);
  tcase_add_loop_test(tc, past_bounds, 0, (int)(sizeof past_cases / sizeof *past_cases));
  tcase_add_loop_test(tc, date_forms, 0, (int)NFORM_CASES);
  tcase_add_test(tc, every_form_has_cases);
  tcase_add_loop_test(tc, date_rules, 0, (int)(sizeof rule_cases / sizeof *rule_cases));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
