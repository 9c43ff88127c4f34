/* Amounts and quantities: one table of inputs (normalized first, as the pipeline does) with
 * the expected span, exact value, range, currency, qualifier or unit; traps expect nothing.
 * Each row is its own test, so a failure names the input. */
#include <stdio.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/amount.h"
#include "docgraph/normalize.h"
#include "docgraph/recognize.h"
#include "recognize/amount.h"
#include "recognize/number.h"
#include "testutil.h"

enum { NONE = DG_QUAL_NONE, APPROX = DG_QUAL_APPROX, AT_LEAST = DG_QUAL_AT_LEAST,
       MORE_THAN = DG_QUAL_MORE_THAN, UP_TO = DG_QUAL_UP_TO };

typedef struct {
  const char *in;    /* as written; normalized before the search */
  const char *span;  /* the expected span in the normalized text; NULL: no amount at all */
  const char *value; /* exact decimal */
  const char *value_max; /* upper end of a range, or NULL */
  const char *currency;  /* ISO 4217, or NULL for a quantity */
  int qual;
  const char *unit; /* quantities: the English unit */
} amount_case;

static const amount_case cases[] = {
    /* Arabic and kanji numerals, scales */
    {"総額400億円を拠出", "400億円", "40000000000", NULL, "JPY", NONE, NULL},
    {"9.00億円を計上", "9.00億円", "900000000", NULL, "JPY", NONE, NULL},
    {"２．８兆円の支援", "2.8兆円", "2800000000000", NULL, "JPY", NONE, NULL},
    {"１，１００円", "1,100円", "1100", NULL, "JPY", NONE, NULL},
    {"二千円の寄付", "二千円", "2000", NULL, "JPY", NONE, NULL},
    {"三百億円の予算", "三百億円", "30000000000", NULL, "JPY", NONE, NULL},
    {"二千五百万円", "二千五百万円", "25000000", NULL, "JPY", NONE, NULL},
    {"一億円", "一億円", "100000000", NULL, "JPY", NONE, NULL},
    /* Pacific and Central Asian currencies by name or code */
    {"a grant of 4 billion kina", "4 billion kina", "4000000000", NULL, "PGK", NONE, NULL},
    {"500 million vatu was signed", "500 million vatu", "500000000", NULL, "VUV", NONE, NULL},
    {"10億テンゲの支援", "10億テンゲ", "1000000000", NULL, "KZT", NONE, NULL},
    {"TJS 2,000,000 for roads", "TJS 2,000,000", "2000000", NULL, "TJS", NONE, NULL},
    {"百万円", "百万円", "1000000", NULL, "JPY", NONE, NULL},
    {"十億円", "十億円", "1000000000", NULL, "JPY", NONE, NULL},
    /* a table's unit header is no amount; a bare number in the cell after it takes its
     * unit; near misses: a digit in the parenthesis, a number with no header */
    {"事業費 (千円) 4,500", "4,500", "4500000", NULL, "JPY", NONE, NULL},
    {"支出額(百万米ドル)", NULL, NULL, NULL, NULL, NONE, NULL},
    {"事業費(一億円)", "一億円", "100000000", NULL, "JPY", NONE, NULL},
    {"事業費 (1億円) 4,500", "1億円", "100000000", NULL, "JPY", NONE, NULL},
    {"事業費 4,500", NULL, NULL, NULL, NULL, NONE, NULL},
    {"出融資枠:3千億円", "3千億円", "300000000000", NULL, "JPY", NONE, NULL},
    {"123,456百万円", "123,456百万円", "123456000000", NULL, "JPY", NONE, NULL},
    {"1億2千万円", "1億2千万円", "120000000", NULL, "JPY", NONE, NULL},
    {"3千5百万円", "3千5百万円", "35000000", NULL, "JPY", NONE, NULL},
    {"2億5,000万円", "2億5,000万円", "250000000", NULL, "JPY", NONE, NULL},
    {"1兆2,000億円", "1兆2,000億円", "1200000000000", NULL, "JPY", NONE, NULL},
    {"5千万ドル", "5千万ドル", "50000000", NULL, "USD", NONE, NULL},
    {"0.5億円", "0.5億円", "50000000", NULL, "JPY", NONE, NULL},
    /* currencies */
    {"70百万米ドルを拠出", "70百万米ドル", "70000000", NULL, "USD", NONE, NULL},
    {"1億ドルの追加支援", "1億ドル", "100000000", NULL, "USD", NONE, NULL},
    {"，12億ドルの出融資", "12億ドル", "1200000000", NULL, "USD", NONE, NULL},
    {"50万ユーロ", "50万ユーロ", "500000", NULL, "EUR", NONE, NULL},
    {"100億元の投資", "100億元", "10000000000", NULL, "CNY", NONE, NULL},
    {"3000万ウォン", "3000万ウォン", "30000000", NULL, "KRW", NONE, NULL},
    {"10億豪ドル", "10億豪ドル", "1000000000", NULL, "AUD", NONE, NULL},
    {"JPY 3 trillion in projects", "JPY 3 trillion", "3000000000000", NULL, "JPY", NONE, NULL},
    {"USD 1.2 billion in investment", "USD 1.2 billion", "1200000000", NULL, "USD", NONE, NULL},
    {"of US$70 million.", "US$70 million", "70000000", NULL, "USD", NONE, NULL},
    {"US＄ 5 million", "US$ 5 million", "5000000", NULL, "USD", NONE, NULL},
    {"a further $100 million", "$100 million", "100000000", NULL, "USD", NONE, NULL},
    {"$1.2bn", "$1.2bn", "1200000000", NULL, "USD", NONE, NULL},
    {"a $15m grant", "$15m", "15000000", NULL, "USD", NONE, NULL},
    {"grants of $A15 million", "$A15 million", "15000000", NULL, "AUD", NONE, NULL},
    {"grants of AU$15 million", "AU$15 million", "15000000", NULL, "AUD", NONE, NULL},
    /* Canadian and Pacific dollars with their own prefixes; near miss: a longer word
     * ending in the prefix is no currency (its $ is the dollar's) */
    {"a further CAN$ 5 million", "CAN$ 5 million", "5000000", NULL, "CAD", NONE, NULL},
    {"grants of CA$3 million", "CA$3 million", "3000000", NULL, "CAD", NONE, NULL},
    {"FJ$ 4 million for roads", "FJ$ 4 million", "4000000", NULL, "FJD", NONE, NULL},
    {"WS$2 million", "WS$2 million", "2000000", NULL, "WST", NONE, NULL},
    {"XCA$3 million", "$3 million", "3000000", NULL, "USD", NONE, NULL},
    {"loans of $US15 million", "$US15 million", "15000000", NULL, "USD", NONE, NULL},
    {"15 million New Zealand dollars", "15 million New Zealand dollars", "15000000", NULL, "NZD",
     NONE, NULL},
    /* the yen named with its country's adjective, in either case; near miss: the words
     * alone, no number before them */
    {"a grant of 1,250 million Japanese Yen for", "1,250 million Japanese Yen", "1250000000", NULL,
     "JPY", NONE, NULL},
    {"300 million Japanese yen in loans", "300 million Japanese yen", "300000000", NULL, "JPY",
     NONE, NULL},
    {"the Japanese yen rose", NULL, NULL, NULL, NULL, NONE, NULL},
    {"￥５００", "\xC2\xA5" "500", "500", NULL, "JPY", NONE, NULL},
    {"EUR 20 million", "EUR 20 million", "20000000", NULL, "EUR", NONE, NULL},
    {"committed 40 billion yen to", "40 billion yen", "40000000000", NULL, "JPY", NONE, NULL},
    {"300 dollars", "300 dollars", "300", NULL, "USD", NONE, NULL},
    {"50 million US dollars", "50 million US dollars", "50000000", NULL, "USD", NONE, NULL},
    {"1 billion euros", "1 billion euros", "1000000000", NULL, "EUR", NONE, NULL},
    {"1.5 trillion yen", "1.5 trillion yen", "1500000000000", NULL, "JPY", NONE, NULL},
    /* pounds are sterling; near miss: pounds of a thing weigh it */
    {"programmes worth 113 million pounds in all", "113 million pounds", "113000000", NULL, "GBP", NONE, NULL},
    {"2 million pounds sterling to", "2 million pounds sterling", "2000000", NULL, "GBP", NONE, NULL},
    {"shipped 500,000 pounds of rice", NULL, NULL, NULL, NULL, NONE, NULL},
    /* qualifiers */
    {"約2.8兆円規模の支援", "約2.8兆円規模", "2800000000000", NULL, "JPY", APPROX, NULL},
    {"2.8兆円規模", "2.8兆円規模", "2800000000000", NULL, "JPY", APPROX, NULL},
    {"およそ10億円", "およそ10億円", "1000000000", NULL, "JPY", APPROX, NULL},
    {"100億円程度", "100億円程度", "10000000000", NULL, "JPY", APPROX, NULL},
    {"30億ドル規模の資金", "30億ドル規模", "3000000000", NULL, "USD", APPROX, NULL},
    {"to mobilise about $35 billion in", "about $35 billion", "35000000000", NULL, "USD", APPROX, NULL},
    {"approximately 15 billion yen", "approximately 15 billion yen", "15000000000", NULL, "JPY", APPROX, NULL},
    {"860百万米ドル以上", "860百万米ドル以上", "860000000", NULL, "USD", AT_LEAST, NULL},
    {"at least 5 million yen", "at least 5 million yen", "5000000", NULL, "JPY", AT_LEAST, NULL},
    {"1兆円超", "1兆円超", "1000000000000", NULL, "JPY", MORE_THAN, NULL},
    {"100億円強", "100億円強", "10000000000", NULL, "JPY", MORE_THAN, NULL},
    {"over $5 billion", "over $5 billion", "5000000000", NULL, "USD", MORE_THAN, NULL},
    {"amount to more than 860 million US dollars, spread", "more than 860 million US dollars",
     "860000000", NULL, "USD", MORE_THAN, NULL},
    {"最大100億円", "最大100億円", "10000000000", NULL, "JPY", UP_TO, NULL},
    {"10億円以内", "10億円以内", "1000000000", NULL, "JPY", UP_TO, NULL},
    {"up to $3 million", "up to $3 million", "3000000", NULL, "USD", UP_TO, NULL},
    /* a ceiling written as a maximum amount, with or without "the" */
    {"grants of up to the maximum amount of JPY 800,000,000 for wells",
     "up to the maximum amount of JPY 800,000,000", "800000000", NULL, "JPY", UP_TO, NULL},
    {"2. Up to maximum amount of USD 4,500,000 for clinics", "Up to maximum amount of USD 4,500,000",
     "4500000", NULL, "USD", UP_TO, NULL},
    {"costs are estimated at $45 million", "estimated at $45 million", "45000000", NULL, "USD",
     APPROX, NULL},
    {"the estimate at $45 million", "$45 million", "45000000", NULL, "USD", NONE, NULL},
    /* ranges */
    {"10〜20億円", "10〜20億円", "1000000000", "2000000000", "JPY", NONE, NULL},
    {"１０～２０億円", "10~20億円", "1000000000", "2000000000", "JPY", NONE, NULL},
    {"10-20億円", "10-20億円", "1000000000", "2000000000", "JPY", NONE, NULL},
    {"1,000～2,000億円", "1,000~2,000億円", "100000000000", "200000000000", "JPY", NONE, NULL},
    {"10億円～20億円の", "10億円~20億円", "1000000000", "2000000000", "JPY", NONE, NULL},
    {"10億円から20億円まで", "10億円から20億円", "1000000000", "2000000000", "JPY", NONE, NULL},
    {"$10-20 million", "$10-20 million", "10000000", "20000000", "USD", NONE, NULL},
    {"$10 million to $20 million", "$10 million to $20 million", "10000000", "20000000", "USD", NONE, NULL},
    {"約5〜10万人", "約5〜10万人", "50000", "100000", NULL, APPROX, "people"},
    {"to mobilise between $1 billion and $1.5 billion for", "between $1 billion and $1.5 billion",
     "1000000000", "1500000000", "USD", NONE, NULL},
    {"between 10 and 20 billion yen", "between 10 and 20 billion yen", "10000000000",
     "20000000000", "JPY", NONE, NULL},
    {"Between USD 5 million and USD 8 million.", "Between USD 5 million and USD 8 million",
     "5000000", "8000000", "USD", NONE, NULL},
    {"between 200 and 300 participants", "between 200 and 300 participants", "200", "300", NULL,
     NONE, "participants"},
    {"a grant of US$1.5 million to", "US$1.5 million", "1500000", NULL, "USD", NONE, NULL},
    /* quantities */
    {"5,000人の交流", "5,000人", "5000", NULL, NULL, NONE, "people"},
    {"約5,000人", "約5,000人", "5000", NULL, NULL, APPROX, "people"},
    {"合計130項目。", "130項目", "130", NULL, NULL, NONE, "items"},
    {"570件以上のプロジェクト", "570件以上", "570", NULL, NULL, AT_LEAST, "cases"},
    {"across over 570 projects.", "over 570 projects", "570", NULL, NULL, MORE_THAN, "projects"},
    {"中央アジア5か国の", "5か国", "5", NULL, NULL, NONE, "countries"},
    {"約50か国・地域", "約50か国・地域", "50", NULL, NULL, APPROX, "countries and regions"},
    {"8万人規模", "8万人規模", "80000", NULL, NULL, APPROX, "people"},
    {"1千万人以上", "1千万人以上", "10000000", NULL, NULL, AT_LEAST, "people"},
    {"10余か国", "10余か国", "10", NULL, NULL, MORE_THAN, "countries"},
    {"500人余り", "500人余り", "500", NULL, NULL, MORE_THAN, "people"},
    {"roughly 670 million people", "roughly 670 million people", "670000000", NULL, NULL, APPROX, "people"},
    {"training for 1,500 engineers", "1,500 engineers", "1500", NULL, NULL, NONE, "engineers"},
    {"some 3,000 participants", "some 3,000 participants", "3000", NULL, NULL, APPROX, "participants"},
    {"重点協力3分野", "3分野", "3", NULL, NULL, NONE, "fields"},
    {"二千人", "二千人", "2000", NULL, NULL, NONE, "people"},
    {"日米豪印の四か国", "四か国", "4", NULL, NULL, NONE, "countries"},
    {"JPY1.2 trillion", "JPY1.2 trillion", "1200000000000", NULL, "JPY", NONE, NULL},
    {"USD5 million", "USD5 million", "5000000", NULL, "USD", NONE, NULL},
    {"円借款(供与限度額:500億円)", "500億円", "50000000000", NULL, "JPY", NONE, NULL},
    {"1人当たりGDP 1万ドル", "1万ドル", "10000", NULL, "USD", NONE, NULL},
    {"100MW", "100MW", "100", NULL, NULL, NONE, "megawatts"},
    /* traps: no amount, no quantity */
    {"第13回日ASEAN防衛当局次官級会合", NULL, NULL, NULL, NULL, NONE, NULL},
    {"第一回会合", NULL, NULL, NULL, NULL, NONE, NULL},
    {"2024年1月", NULL, NULL, NULL, NULL, NONE, NULL},
    {"12月17日", NULL, NULL, NULL, NULL, NONE, NULL},
    {"友好協力50周年", NULL, NULL, NULL, NULL, NONE, NULL},
    {"G20大阪サミット", NULL, NULL, NULL, NULL, NONE, NULL},
    {"文化のWA2.0", NULL, NULL, NULL, NULL, NONE, NULL},
    {"COP28で", NULL, NULL, NULL, NULL, NONE, NULL},
    {"電話:03-3268-3111(代表)", NULL, NULL, NULL, NULL, NONE, NULL},
    {"Policy Review No. 5", NULL, NULL, NULL, NULL, NONE, NULL},
    {"30%の削減", NULL, NULL, NULL, NULL, NONE, NULL},
    {"30 percent of", NULL, NULL, NULL, NULL, NONE, NULL},
    {"21年経った", NULL, NULL, NULL, NULL, NONE, NULL},
    {"5年間で", NULL, NULL, NULL, NULL, NONE, NULL},
    {"the 13th meeting", NULL, NULL, NULL, NULL, NONE, NULL},
    {"令和元年", NULL, NULL, NULL, NULL, NONE, NULL},
    {"数百億円", NULL, NULL, NULL, NULL, NONE, NULL},
    {"何千人もの", NULL, NULL, NULL, NULL, NONE, NULL},
    {"一元化する", NULL, NULL, NULL, NULL, NONE, NULL},
    {"関東一円で", NULL, NULL, NULL, NULL, NONE, NULL},
    {"一人ひとり", NULL, NULL, NULL, NULL, NONE, NULL},
    {"二国間会談", NULL, NULL, NULL, NULL, NONE, NULL},
    {"2国間協力", NULL, NULL, NULL, NULL, NONE, NULL},
    {"四国地方", NULL, NULL, NULL, NULL, NONE, NULL},
    {"5国際機関", NULL, NULL, NULL, NULL, NONE, NULL},
    {"1人当たりGDP", NULL, NULL, NULL, NULL, NONE, NULL},
    {"the COVID-19 cases", NULL, NULL, NULL, NULL, NONE, NULL},
    {"### 2.3 People-to-people exchange", NULL, NULL, NULL, NULL, NONE, NULL},
    {"Vientiane Vision 2.0", NULL, NULL, NULL, NULL, NONE, NULL},
    {"3分の1", NULL, NULL, NULL, NULL, NONE, NULL},
    {"1.2 billion", NULL, NULL, NULL, NULL, NONE, NULL},
    {"2024-01-30", NULL, NULL, NULL, NULL, NONE, NULL},
    {"版2.0.1", NULL, NULL, NULL, NULL, NONE, NULL},
    {"十分な", NULL, NULL, NULL, NULL, NONE, NULL},
    {"第十三回", NULL, NULL, NULL, NULL, NONE, NULL},
    {"金〇〇円也", NULL, NULL, NULL, NULL, NONE, NULL},
    {"a 15 m wall", NULL, NULL, NULL, NULL, NONE, NULL},
};

static const size_t ncases = sizeof cases / sizeof *cases;

typedef struct {
  dg_norm n;
  dg_amount *a;
  size_t na;
} found;

static void find(const char *in, found *f) {
  dg_error err = {0};
  ck_assert_int_eq(dg_normalize(in, strlen(in), &f->n, &err), DG_OK);
  ck_assert_msg(dg_amount_find(tu_rules(), f->n.text, f->n.len, &f->a, &f->na, &err) == DG_OK,
                "%s", err.msg);
}

static void found_free(found *f) {
  free(f->a);
  dg_norm_destroy(&f->n);
}

static const char *describe(const found *f, char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < f->na && o + 1 < size; k++) {
    const dg_amount *a = &f->a[k];
    char v1[64], v2[64] = "";
    dg_decimal_format(a->value, v1, sizeof v1);
    if (a->has_range) dg_decimal_format(a->value_max, v2, sizeof v2);
    int w = snprintf(buf + o, size - o, "%s[%.*s]=%s%s%s %s%s q=%s", k ? " " : "",
                     (int)(a->end - a->start), f->n.text + a->start, v1, a->has_range ? ".." : "",
                     v2, a->is_quantity ? "unit=" : a->currency,
                     a->is_quantity && a->unit ? a->unit : "", dg_qualifier_name(a->qualifier));
    if (w < 0) break;
    o += (size_t)w;
  }
  return buf;
}

START_TEST(amount_table) {
  const amount_case *c = &cases[_i];
  found f;
  find(c->in, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  if (!c->span) {
    ck_assert_msg(f.na == 0, "\"%s\": want no amount, got %s", c->in, all);
    found_free(&f);
    return;
  }
  ck_assert_msg(f.na == 1, "\"%s\": want one amount [%s], got %zu: %s", c->in, c->span, f.na, all);
  const dg_amount *a = &f.a[0];
  char span[256], v[64], vmax[64];
  snprintf(span, sizeof span, "%.*s", (int)(a->end - a->start), f.n.text + a->start);
  ck_assert_msg(strcmp(span, c->span) == 0, "\"%s\": span [%s], want [%s]", c->in, span, c->span);
  dg_decimal_format(a->value, v, sizeof v);
  ck_assert_msg(strcmp(v, c->value) == 0, "\"%s\": value %s, want %s", c->in, v, c->value);
  if (c->value_max) {
    ck_assert_msg(a->has_range, "\"%s\": want a range, got %s", c->in, all);
    dg_decimal_format(a->value_max, vmax, sizeof vmax);
    ck_assert_msg(strcmp(vmax, c->value_max) == 0, "\"%s\": value_max %s, want %s", c->in, vmax,
                  c->value_max);
  } else {
    ck_assert_msg(!a->has_range, "\"%s\": want no range, got %s", c->in, all);
  }
  ck_assert_msg(a->qualifier == c->qual, "\"%s\": qualifier \"%s\", want \"%s\"", c->in,
                dg_qualifier_name(a->qualifier), dg_qualifier_name(c->qual));
  if (c->currency) {
    ck_assert_msg(!a->is_quantity, "\"%s\": a quantity, want an amount", c->in);
    ck_assert_msg(strcmp(a->currency, c->currency) == 0, "\"%s\": currency %s, want %s", c->in,
                  a->currency, c->currency);
  } else {
    ck_assert_msg(a->is_quantity, "\"%s\": an amount, want a quantity: %s", c->in, all);
    ck_assert_msg(a->currency[0] == '\0', "\"%s\": a quantity with a currency", c->in);
    ck_assert_msg(a->unit && strcmp(a->unit, c->unit) == 0, "\"%s\": unit %s, want %s", c->in,
                  a->unit ? a->unit : "(null)", c->unit);
    ck_assert_msg(a->unit_start >= a->start && a->unit_end <= a->end && a->unit_end > a->unit_start,
                  "\"%s\": the counter is outside the span", c->in);
  }
  found_free(&f);
}
END_TEST

/* Several amounts in one text: each one found, in order, with its own span. */
typedef struct {
  const char *in;
  const char *want; /* describe() of everything found */
} multi_case;

static const multi_case multi[] = {
    {"100億円から200億円に増加", "[100億円]=10000000000 JPY q= [200億円]=20000000000 JPY q="},
    {"from $10 million to $20 million",
     "[$10 million]=10000000 USD q= [$20 million]=20000000 USD q="},
    {"from 10 billion yen to 20 billion yen",
     "[10 billion yen]=10000000000 JPY q= [20 billion yen]=20000000000 JPY q="},
    /* "and" makes a range only after "between" */
    {"$1 billion and $1.5 billion", "[$1 billion]=1000000000 USD q= [$1.5 billion]=1500000000 USD q="},
    {"in between, 5 million yen and 8 million yen",
     "[5 million yen]=5000000 JPY q= [8 million yen]=8000000 JPY q="},
    {"日本政府が70百万米ドルを拠出し、累計拠出額は860百万米ドル以上、570件以上の案件",
     "[70百万米ドル]=70000000 USD q= [860百万米ドル以上]=860000000 USD q=at_least "
     "[570件以上]=570 unit=cases q=at_least"},
    {"2024年度予算で1兆円、うち2,000人分", "[1兆円]=1000000000000 JPY q= [2,000人]=2000 unit=people q="},
    /* "by X to Y" is a change too: the rise and the new level */
    {"the grant grows by $3 million to $12 million",
     "[$3 million]=3000000 USD q= [$12 million]=12000000 USD q="},
    {"cut By 5 million yen to 40 million yen",
     "[5 million yen]=5000000 JPY q= [40 million yen]=40000000 JPY q="},
    /* near miss: without "by" the same words are a range */
    {"the grant grows $3 million to $12 million",
     "[$3 million to $12 million]=3000000..12000000 USD q="},
};

START_TEST(amount_multi) {
  found f;
  find(multi[_i].in, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_msg(strcmp(all, multi[_i].want) == 0, "\"%s\":\n got  %s\n want %s", multi[_i].in,
                all, multi[_i].want);
  found_free(&f);
}
END_TEST

/* The unit span points at the counter as written. */
START_TEST(unit_span) {
  found f;
  find("参加者は約3万人規模", &f);
  ck_assert_uint_eq(f.na, 1);
  const dg_amount *a = &f.a[0];
  ck_assert_int_eq(a->is_quantity, 1);
  char u[32];
  snprintf(u, sizeof u, "%.*s", (int)(a->unit_end - a->unit_start), f.n.text + a->unit_start);
  ck_assert_str_eq(u, "人");
  found_free(&f);
}
END_TEST

/* dg_number_parse reads the whole number, scales included. */
typedef struct {
  const char *in;
  size_t used;
  const char *value;
} number_case;

static const number_case numbers[] = {
    {"1,100円", 5, "1100"},         {"9.00億", 7, "900000000"},   {"2.8兆", 6, "2800000000000"},
    {"二千", 6, "2000"},            {"二〇二四年", 12, "2024"},   {"三十一日", 9, "31"},
    {"1億2千万", 11, "120000000"},  {"3 million", 9, "3000000"},  {"12345", 5, "12345"},
    {"1,2", 1, "1"},                {"abc", 0, NULL},
    /* the bounds of an exact value: 18 significant digits, under 10^18, 18 decimals */
    {"999999999999999999", 18, "999999999999999999"}, {"9999999999999999999", 0, NULL},
    {"1000000000000000000", 0, NULL}, {"0.000000000000000001", 20, "0.000000000000000001"},
    {"0.0000000000000000001", 0, NULL},
};

START_TEST(number_parse) {
  const number_case *c = &numbers[_i];
  dg_decimal d = {0, 0};
  size_t n = dg_number_parse(tu_rules(), c->in, strlen(c->in), 0, &d);
  ck_assert_msg(n == c->used, "\"%s\": used %zu bytes, want %zu", c->in, n, c->used);
  if (c->value) {
    char v[64];
    dg_decimal_format(d, v, sizeof v);
    ck_assert_msg(strcmp(v, c->value) == 0, "\"%s\": %s, want %s", c->in, v, c->value);
  }
}
END_TEST

/* dg_number_words_at reads a number written in English words, as years are written out. */
typedef struct {
  const char *in;
  size_t used;
  int value;
} words_case;

static const words_case word_numbers[] = {
    {"Two Thousand and Twenty-Four.", 28, 2024},
    {"Nineteen Ninety-Nine", 20, 1999},
    {"One Thousand Nine Hundred and Ninety-Nine", 41, 1999},
    {"twenty twenty-one", 17, 2021},
    {"Two Thousand Five and the rest", 17, 2005},
    {"forty-two", 9, 42},
    {"Sixteen Hundred", 15, 1600},
    /* near misses: no number word first, a word glued on, a hundred of nothing */
    {"and twenty", 0, 0},
    {"twentyish", 0, 0},
    {"hundred", 0, 0},
    {"Nineteen Five", 8, 19},
};

START_TEST(number_words) {
  const words_case *c = &word_numbers[_i];
  int v = 0;
  size_t n = dg_number_words_at(tu_rules(), c->in, strlen(c->in), 0, &v);
  ck_assert_msg(n == c->used, "\"%s\": used %zu bytes, want %zu", c->in, n, c->used);
  if (c->used) ck_assert_msg(v == c->value, "\"%s\": %d, want %d", c->in, v, c->value);
}
END_TEST

/* Offsets stay inside the text and amounts come in order without overlap. */
START_TEST(spans_in_order) {
  const char *in = "約2.8兆円規模と70百万米ドル、5,000人、about $35 billion and 570 projects; "
                   "第13回 2024年 G20 30% 10〜20億円";
  found f;
  find(in, &f);
  ck_assert_uint_eq(f.na, 6);
  for (size_t k = 0; k < f.na; k++) {
    ck_assert_uint_lt(f.a[k].start, f.a[k].end);
    ck_assert_uint_le(f.a[k].end, f.n.len);
    if (k) ck_assert_uint_le(f.a[k - 1].end, f.a[k].start);
  }
  found_free(&f);
}
END_TEST

/* Amounts past the bounds of an exact value (dg_decimal_bounded) are no amounts but are
 * reported by dg_amount_find_all, their span whole; numbers without a unit are neither. */
static const struct {
  const char *in;
  const char *value; /* the one amount found, or NULL */
  size_t over;       /* amounts past the bounds */
  const char *over_text; /* the first one's text, or NULL */
} bound_cases[] = {
    {"999999999999999999円", "999999999999999999", 0, NULL},
    {"9999兆9999億円", "9999999900000000", 0, NULL},
    {"0.000000000000000001 dollars", "0.000000000000000001", 0, NULL},
    {"1.23456789012345678 dollars", "1.23456789012345678", 0, NULL},
    {"1000000000000000000円", NULL, 1, "1000000000000000000円"},
    {"9999999999999999999円", NULL, 1, "9999999999999999999円"},
    {"999999999999999999兆円", NULL, 1, "999999999999999999兆円"},
    {"9999999999999999兆9999億円を", NULL, 1, "9999999999999999兆9999億円"},
    {"1.234567890123456789 dollars", NULL, 1, "1.234567890123456789 dollars"},
    {"0.0000000000000000001 dollars", NULL, 1, "0.0000000000000000001 dollars"},
    {"USD 18446744073709551616 million", NULL, 1, "USD 18446744073709551616 million"},
    {"$10-99999999999999999999 million", NULL, 1, "$10-99999999999999999999 million"},
    {"99999999999999999999人", NULL, 1, "99999999999999999999人"},
    {"10^30 dollars and 5 yen", "5", 0, NULL}, /* a power is no amount */
    {"12345678901234567890123 and", NULL, 0, NULL},
    {"1e308 yen", NULL, 0, NULL},
};

START_TEST(amount_bounds) {
  dg_norm n;
  dg_error err = {0};
  const char *in = bound_cases[_i].in;
  ck_assert_int_eq(dg_normalize(in, strlen(in), &n, &err), DG_OK);
  dg_amount *a = NULL;
  dg_span *over = NULL;
  size_t na = 0, nover = 0;
  ck_assert_int_eq(dg_amount_find_all(tu_rules(), n.text, n.len, &a, &na, &over, &nover, &err),
                   DG_OK);
  char v[64] = "";
  if (na) dg_decimal_format(a[0].value, v, sizeof v);
  ck_assert_msg(bound_cases[_i].value ? na == 1 && !strcmp(v, bound_cases[_i].value) : na == 0,
                "\"%s\": %zu amounts (%s), want %s", in, na, v,
                bound_cases[_i].value ? bound_cases[_i].value : "none");
  ck_assert_msg(nover == bound_cases[_i].over, "\"%s\": %zu past the bounds", in, nover);
  const char *ot = bound_cases[_i].over_text;
  if (ot)
    ck_assert_msg(over[0].end - over[0].start == strlen(ot) &&
                      !memcmp(n.text + over[0].start, ot, strlen(ot)),
                  "\"%s\": span %.*s", in, (int)(over[0].end - over[0].start),
                  n.text + over[0].start);
  for (size_t k = 0; k < na; k++) ck_assert(dg_decimal_bounded(a[k].value));
  free(a);
  free(over);
  dg_norm_destroy(&n);
}
END_TEST

/* dg_decimal_bounded, and doubles that stay finite and never NaN. */
START_TEST(decimal_bounds) {
  static const struct {
    dg_decimal d;
    int bounded;
  } rows[] = {{{0, 0}, 1},          {{0, 500}, 1},          {{999999999999999999, 0}, 1},
              {{1, 17}, 1},         {{1, 18}, 0},           {{10, 17}, 0},
              {{1000, -21}, 1},     {{1, -18}, 1},          {{1, -19}, 0},
              {{INT64_MAX, 0}, 0},  {{-999999999999999999, 0}, 1}, {{5, 400}, 0}};
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    ck_assert_msg(dg_decimal_bounded(rows[i].d) == rows[i].bounded, "row %zu", i);
    double x = dg_decimal_to_double(rows[i].d);
    ck_assert_msg(!isnan(x), "row %zu: NaN", i);
    if (rows[i].bounded) ck_assert_msg(isfinite(x), "row %zu: not finite", i);
  }
}
END_TEST

/* Every prefix of a text, in a buffer of exactly that size (no NUL after it): spans stay
 * inside; under DG_SANITIZE any read past the end fails (1,10 once read t[len]). */
START_TEST(prefixes) {
  const char *ins[] = {"約2.8兆円規模と1,100円、1,10", "$10-20 million", "10〜20億円以上",
                       "123,456百万米ドル", "JPY 3 trillion or more", "5,000 people",
                       "between $1 billion and $1.5 billion"};
  for (size_t k = 0; k < sizeof ins / sizeof *ins; k++) {
    size_t n = strlen(ins[k]);
    for (size_t l = 0; l <= n; l++) {
      char *b = malloc(l ? l : 1);
      ck_assert_ptr_nonnull(b);
      memcpy(b, ins[k], l);
      dg_amount *a = NULL;
      size_t na = 0;
      ck_assert_int_eq(dg_amount_find(tu_rules(), b, l, &a, &na, NULL), DG_OK);
      for (size_t q = 0; q < na; q++) ck_assert(a[q].start < a[q].end && a[q].end <= l);
      free(a);
      free(b);
    }
  }
}
END_TEST

/* The labels of an amount: English in the largest unit it reaches, Japanese in every unit of
 * four digits it reaches (万, 億, 兆), as Japanese writes money. */
typedef struct {
  const char *currency;
  dg_decimal v;
  const char *ja, *en;
} label_case;

static const label_case labels[] = {
    {"USD", {2491, 6}, "24億9100万ドル", "USD 2.491 billion"},
    {"AUD", {358, 6}, "3億5800万豪ドル", "AUD 358 million"},
    {"AUD", {11, 8}, "11億豪ドル", "AUD 1.1 billion"},
    {"JPY", {28, 11}, "2兆8000億円", "JPY 2.8 trillion"},
    {"JPY", {17298, 6}, "172億9800万円", "JPY 17.298 billion"},
    {"JPY", {1000100, 0}, "100万100円", "JPY 1.0001 million"},
    {"JPY", {5, 7}, "5000万円", "JPY 50 million"},
    {"JPY", {1, 12}, "1兆円", "JPY 1 trillion"},
    {"JPY", {123456789, 6}, "123兆4567億8900万円", "JPY 123.456789 trillion"},
    {"USD", {125, -1}, "12.5ドル", "USD 12.5"},
    {"USD", {5, -1}, "0.5ドル", "USD 0.5"},
    {"USD", {9999, 0}, "9999ドル", "USD 9999"},
    {"XDR", {3, 9}, "30億 XDR", "XDR 3 billion"},
};

START_TEST(amount_labels) {
  const label_case *c = &labels[_i];
  char ja[128], en[128];
  dg_amount_labels(tu_rules(), c->currency, c->v, ja, sizeof ja, en, sizeof en);
  ck_assert_msg(strcmp(ja, c->ja) == 0, "%s: ja \"%s\", want \"%s\"", c->en, ja, c->ja);
  ck_assert_msg(strcmp(en, c->en) == 0, "%s: en \"%s\"", c->en, en);
}
END_TEST

/* A bare $ or "dollars" takes the currency of the country the document speaks for
 * (currency_signals.tsv, country_currencies.tsv); a currency written out keeps its own.
 * Through the whole pipeline: the countries named come from the dictionaries. */
typedef struct {
  const char *text;
  const char *want; /* ids of the amounts, in order, space-separated */
} context_case;

static const context_case contexts[] = {
    /* a dateline */
    {"CANBERRA, 3 March 2021\nThe Government will spend $12 million on new clinics.\n",
     "amount:AUD:12000000"},
    {"SINGAPORE 9 JUNE 2022\nThe grant of $4 million will fund training.\n", "amount:SGD:4000000"},
    {"WELLINGTON\nOfficials pledged $2 million for recovery.\n", "amount:NZD:2000000"},
    /* near miss: a capital city in running text, or in title case, is no dateline */
    {"Canberra, Tokyo and Jakarta pledged $2 million.\n", "amount:USD:2000000"},
    {"The talks in CANBERRA yielded $2 million.\n", "amount:USD:2000000"},
    /* an older release's sender line ends in the capital, or the capital stands alone
     * with a full stop; near miss: a headline in capitals that ends in the capital */
    {"DEPARTMENT OF EXTERNAL AFFAIRS CANBERRA\nThe Minister granted $40,000 for relief.\n",
     "amount:AUD:40000"},
    {"FOR THE PRESS\nCANBERRA.\nThe Minister granted $40,000 for relief.\n", "amount:AUD:40000"},
    {"MINISTER TO VISIT CANBERRA\nThe Minister granted $40,000 for relief.\n",
     "amount:USD:40000"},
    {"Department of External Affairs Canberra\nThe Minister granted $40,000 for relief.\n",
     "amount:USD:40000"},
    /* an issuing body, a web domain */
    {"The Department of Foreign Affairs and Trade will add $6 million.\n", "amount:AUD:6000000"},
    {"Contact: media@dfat.gov.au\nThe program receives $7 million.\n", "amount:AUD:7000000"},
    {"Source: www.mfa.gov.sg\nA fund of 30 million dollars opens.\n", "amount:SGD:30000000"},
    /* near miss: .gov goes on into .gov.au: not the US */
    {"See www.dfat.gov.au and $1 million.\n", "amount:AUD:1000000"},
    /* a government speaking of itself: three words next to its name */
    {"The Australian Government will raise Australia's aid; Australia's ODA reaches $90 "
     "million.\n",
     "amount:AUD:90000000"},
    {"The Government of Singapore, Singaporean development assistance and the Prime Minister "
     "of Singapore: $5 million.\n",
     "amount:SGD:5000000"},
    /* near miss: one word next to the country decides nothing; a country giving does */
    {"The Australian Government gave $90 million.\n", "amount:USD:90000000"},
    {"Australia will give $90 million to Fiji.\n", "amount:AUD:90000000"},
    /* a currency written out keeps its own, and weighs for its country */
    {"CANBERRA, 3 March 2021\nThe bank lent US$5 million and the Government $2 million.\n",
     "amount:USD:5000000 amount:AUD:2000000"},
    {"The fund holds US$5 million; donors added $2 million.\n",
     "amount:USD:5000000 amount:USD:2000000"},
    {"CANBERRA, 3 March 2021\nIt costs A$3 million, S$2 million and 5 billion yen.\n",
     "amount:AUD:3000000 amount:SGD:2000000 amount:JPY:5000000000"},
    /* a country whose currency has no $: $ stays the US dollar */
    {"The Government of Japan, Japan's ODA and the Japanese Prime Minister: $5 million.\n",
     "amount:USD:5000000"},
    /* a currency named in words weighs for its country as a sign does */
    {"Fees of 2 million New Zealand dollars and 1 million Canadian dollars; also $4 million.\n",
     "amount:NZD:2000000 amount:CAD:1000000 amount:USD:4000000"},
    {"WELLINGTON\nFees of 2 million New Zealand dollars; also $4 million.\n",
     "amount:NZD:2000000 amount:NZD:4000000"},
    /* an embassy and a high commission speak for their country */
    {"The Australian Embassy, the Australian High Commission and Australia's aid program fund "
     "$3 million in grants.\n",
     "amount:AUD:3000000"},
    {"The Australian Embassy and Australia's aid program fund $3 million in grants.\n",
     "amount:USD:3000000"},
    /* a country giving in a bare sign weighs 3: alone it decides, also as a possessive
     * and a giving noun; near misses: no giving word, giving in a currency written out,
     * a tie with a body that speaks for another dollar */
    {"New Zealand will provide $5 million to Fiji; New Zealand's aid grows.\n",
     "amount:NZD:5000000"},
    {"New Zealand will provide $5 million to Fiji.\n", "amount:NZD:5000000"},
    {"It is New Zealand's commitment of $5 million to Fiji.\n", "amount:NZD:5000000"},
    {"New Zealand said that $5 million went to Fiji.\n", "amount:USD:5000000"},
    {"The U.S. Department of State said New Zealand will provide $5 million.\n",
     "amount:USD:5000000"},
    {"New Zealand will provide US$5 million; New Zealand's aid grows by $1 million.\n",
     "amount:USD:5000000 amount:USD:1000000"},
    /* up to two small words between the giving verb and the sum (an additional); near
     * miss: three */
    {"New Zealand confirmed an additional $5 million to Fiji; New Zealand's aid grows.\n",
     "amount:NZD:5000000"},
    {"New Zealand confirmed that the new $5 million fund helps Fiji; New Zealand's aid grows.\n",
     "amount:USD:5000000"},
    /* the page's own government by its title after "the", giving: the country the text
     * names most (3 times or more); near misses: no giving verb, the country named twice */
    {"Australia works with Fiji. Australia trains nurses. Australia builds roads.\nThe "
     "Minister for Foreign Affairs announced a $50 million second phase.\n",
     "amount:AUD:50000000"},
    {"Australia works with Fiji. Australia trains nurses. Australia builds roads.\nThe "
     "Minister for Foreign Affairs said a $50 million second phase began.\n",
     "amount:USD:50000000"},
    {"Australia works with Fiji. Australia trains nurses.\nThe Minister for Foreign Affairs "
     "announced a $50 million second phase.\n",
     "amount:USD:50000000"},
    /* one word between the title and the verb; "an" and a giving noun after the verb */
    {"Canada works with Laos. Canada trains nurses. Canada builds roads.\nThe Prime Minister "
     "also announced an investment of $40 million.\n",
     "amount:CAD:40000000"},
    /* a tie decides nothing */
    {"CANBERRA\nWELLINGTON\nBoth gave $5 million.\n", "amount:USD:5000000"},
    /* a multilateral bank lends in US dollars: its name weighs against a donor agency's
     * (the agency one giver among others); near miss: a release whose own country has
     * more signals keeps its dollar */
    {"The Asian Development Bank lent $40 million to Laos, with a grant of $8 million from the "
     "Department of Foreign Affairs and Trade.\n",
     "amount:USD:40000000 amount:USD:8000000"},
    {"CANBERRA, 3 March 2021\nThe Department of Foreign Affairs and Trade adds $8 million "
     "through the World Bank.\n",
     "amount:AUD:8000000"},
};

START_TEST(currency_from_context) {
  const context_case *c = &contexts[_i];
  dg_doc *d = tu_doc("release.txt", c->text);
  char got[512] = "", dump[2048];
  size_t o = 0;
  for (size_t k = 0; k < d->nments; k++)
    if (d->ments[k].type == DG_TYPE_AMOUNT && o < sizeof got)
      o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", o ? " " : "", d->ments[k].id);
  ck_assert_msg(strcmp(got, c->want) == 0, "%s\n got  %s\n want %s\n%s", c->text, got, c->want,
                tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* ---- one rule at a time ---- */

/* Each step of amount.c and each word rule of amount_words.c, through dg_amount_find: what
 * it makes of a text (describe(): "" for nothing), where it holds and where it does not. */
typedef struct {
  const char *rule;
  const char *in;
  const char *want;
} rule_case;

static const rule_case rule_cases[] = {
    /* currency_sign: a currency before the number, adjacent or after one space */
    {"currency_sign", "a loan of US$ 40 million", "[US$ 40 million]=40000000 USD q="},
    {"currency_sign", "ABCUSD 40 million", ""},
    /* short_range: the upper end right after the number, which takes its scale */
    {"short_range", "予算は30〜50億円を見込む", "[30〜50億円]=3000000000..5000000000 JPY q="},
    {"short_range", "50〜30億円", "[30億円]=3000000000 JPY q="},
    {"short_range", "from 30 to 50 million yen", "[50 million yen]=50000000 JPY q="},
    /* unit: a currency or a counter after the number, or after 余 */
    {"unit", "参加者は120人", "[120人]=120 unit=people q="},
    {"unit", "会議は120回目", ""},
    {"unit", "$5 million yen", "[$5 million]=5000000 USD q="},
    {"unit", "120 of them", ""},
    /* not_a_word: a lone kanji digit, a placeholder */
    {"not_a_word", "日本との三か国で", "[三か国]=3 unit=countries q="},
    {"not_a_word", "行政を一元化", ""},
    {"not_a_word", "金〇〇万円", ""},
    {"not_a_word", "関東三国で", ""},
    /* quantity: Latin counters need a space and are written as listed */
    {"quantity", "with 40 participants", "[40 participants]=40 unit=participants q="},
    {"quantity", "with 40 Participants", ""},
    {"quantity", "with 40participants", ""},
    /* long_range: two amounts in the same currency, the second larger, not a change */
    {"long_range", "3億円から5億円まで", "[3億円から5億円]=300000000..500000000 JPY q="},
    {"long_range", "3億円から5億円に拡大", "[3億円]=300000000 JPY q= [5億円]=500000000 JPY q="},
    {"long_range", "10億円～20億ドル", "[10億円]=1000000000 JPY q= [20億ドル]=2000000000 USD q="},
    /* (a bare upper end is a short range, whatever currency follows it) */
    {"short_range", "$3 million to 5 billion yen",
     "[$3 million to 5 billion]=3000000..5000000000 USD q="},
    {"long_range", "5億円～3億円", "[5億円]=500000000 JPY q= [3億円]=300000000 JPY q="},
    /* between: the range takes the word in; "and" needs it */
    {"between", "between 4 and 6 million euros",
     "[between 4 and 6 million euros]=4000000..6000000 EUR q="},
    {"between", "xbetween 4 and 6 million euros", "[6 million euros]=6000000 EUR q="},
    {"between", "4 and 6 million euros", "[6 million euros]=6000000 EUR q="},
    /* qualifiers: before, after, inside; the first one found counts */
    {"qualifiers", "およそ7千人", "[およそ7千人]=7000 unit=people q=approx"},
    {"qualifiers", "1,000万円以上", "[1,000万円以上]=10000000 JPY q=at_least"},
    {"qualifiers", "20余か国", "[20余か国]=20 unit=countries q=more_than"},
    {"qualifiers", "約20億円超", "[約20億円超]=2000000000 JPY q=approx"},
    {"qualifiers", "roundabout 7 million yen", "[7 million yen]=7000000 JPY q="},
    {"qualifiers", "(供与限度額8億円)", "[供与限度額8億円]=800000000 JPY q=up_to"},
    /* repeated_qualifier: (同…) after a sum opening its parenthesis with its qualifier;
     * near misses: another sentence between, a first sum in no parenthesis */
    {"repeated_qualifier", "A計画(供与限度額8億円)、B計画(同12億円)、C計画(同3億円)",
     "[供与限度額8億円]=800000000 JPY q=up_to [12億円]=1200000000 JPY q=up_to "
     "[3億円]=300000000 JPY q=up_to"},
    {"repeated_qualifier", "A計画(供与限度額8億円)。B計画(同12億円)",
     "[供与限度額8億円]=800000000 JPY q=up_to [12億円]=1200000000 JPY q="},
    {"repeated_qualifier", "最大8億円、B計画(同12億円)",
     "[最大8億円]=800000000 JPY q=up_to [12億円]=1200000000 JPY q="},
    /* the start blockers */
    {"inside_word", "G7各国が5億円", "[5億円]=500000000 JPY q="},
    {"inside_word", "X5億円", ""},
    {"inside_number", "COVID-19人", ""},
    {"inside_number", "、19人", "[19人]=19 unit=people q="},
    {"number_prefix", "数十億円", ""},
    {"number_prefix", "毎5億円", "[5億円]=500000000 JPY q="},
    {"kanji_numeral", "十三人", "[十三人]=13 unit=people q="},
    /* not_amount_suffix and counter_compound */
    {"not_amount_suffix", "3分の会合と3分野", "[3分野]=3 unit=fields q="},
    {"not_amount_suffix", "40 percent of 2 million yen", "[2 million yen]=2000000 JPY q="},
    {"counter_compound", "2国間と2国で", "[2国]=2 unit=countries q="},
    /* a currency code glued to its number */
    {"glued_currency", "JPY30 billion", "[JPY30 billion]=30000000000 JPY q="},
    {"glued_currency", "XJPY30 billion", ""},
};

START_TEST(amount_rules) {
  const rule_case *c = &rule_cases[_i];
  found f;
  find(c->in, &f);
  char all[1024];
  describe(&f, all, sizeof all);
  ck_assert_msg(strcmp(all, c->want) == 0, "%s \"%s\":\n got  %s\n want %s", c->rule, c->in, all,
                c->want);
  found_free(&f);
}
END_TEST

/* A start blocker alone: does it keep a number from starting right after `before`? */
typedef struct {
  const char *rule, *before, *at;
  int blocks;
} blocker_case;

static const blocker_case blocker_cases[] = {
    {"inside_word", "G", "20", 1},          {"inside_word", "#", "3", 1},
    {"inside_word", "(", "20", 0},          {"inside_word", "", "20", 0},
    {"inside_number", "COVID-", "19", 1},   {"inside_number", "10:", "30", 1},
    {"inside_number", "、-", "19", 0},      {"inside_number", "，", "12", 0},
    {"inside_number", "10^", "30", 1},
    {"number_prefix", "第", "13", 1},       {"number_prefix", "数", "百", 1},
    {"number_prefix", "何", "千", 1},       {"number_prefix", "毎", "5", 0},
    {"number_prefix", "約", "5", 0},        {"kanji_numeral", "十", "三", 1},
    {"kanji_numeral", "千", "億", 1},       {"kanji_numeral", "約", "三", 0},
    {"kanji_numeral", "A", "3", 0},
};

static const dg_amount_rule *blocker_named(const char *name) {
  for (size_t k = 0; k < dg_amount_nstart_blockers; k++)
    if (!strcmp(dg_amount_start_blockers[k].name, name)) return &dg_amount_start_blockers[k];
  return NULL;
}

START_TEST(start_blockers) {
  const blocker_case *c = &blocker_cases[_i];
  const dg_amount_rule *b = blocker_named(c->rule);
  ck_assert_msg(b != NULL, "no blocker %s", c->rule);
  char t[64];
  snprintf(t, sizeof t, "%s%s", c->before, c->at);
  ck_assert_msg(b->blocks(tu_rules(), t, strlen(t), strlen(c->before)) == c->blocks,
                "%s: %s|%s", c->rule, c->before, c->at);
}
END_TEST

/* Every start blocker has cases where it blocks and where it does not. */
START_TEST(every_blocker_has_cases) {
  for (size_t k = 0; k < dg_amount_nstart_blockers; k++) {
    int pos = 0, neg = 0;
    for (size_t q = 0; q < sizeof blocker_cases / sizeof *blocker_cases; q++)
      if (!strcmp(blocker_cases[q].rule, dg_amount_start_blockers[k].name))
        blocker_cases[q].blocks ? pos++ : neg++;
    ck_assert_msg(pos && neg, "%s: %d blocking and %d passing cases",
                  dg_amount_start_blockers[k].name, pos, neg);
  }
}
END_TEST

/* A word rule of amount_words.c alone at the end of `before`: the length of the word it
 * finds (back to its start for a rule that looks before), or -1. */
typedef struct {
  const char *rule, *before, *at;
  long want;
} word_case;

static const word_case word_cases[] = {
    {"currency_before", "US$", "5", 3},          {"currency_before", "US$ ", "5", 4},
    {"currency_before", "XUSD", "5", -1},        {"currency_before", "", "5", -1},
    {"currency_after", "5", "円", 3},            {"currency_after", "5", " yen", 4},
    {"currency_after", "5", "元化", -1},         {"currency_after", "5", "  yen", -1},
    {"currency_sign", "", "$20", 1},             {"currency_sign", "", "US$ 20", 4},
    {"currency_sign", "", "円20", -1},           {"counter_at", "5", "か国", 6},
    {"counter_at", "570", " projects", 9},       {"counter_at", "100", "MW", 2},
    {"counter_at", "2.3", " People", -1},        {"counter_at", "5", "国際", -1},
    {"qualifier_before", "約", "5", 3},          {"qualifier_before", "more than ", "5", 10},
    {"qualifier_before", "roundabout ", "5", -1}, {"qualifier_before", "以上", "5", -1},
    {"qualifier_after", "5億円", "以上", 6},     {"qualifier_after", "5 yen", " or more", 8},
    {"qualifier_after", "5億円", "約", -1},      {"qualifier_inside", "10", "余か国", 3},
    {"qualifier_inside", "10", " or more", -1},  {"between_before", "between ", "$1", 8},
    {"between_before", "Between ", "$1", 8},     {"between_before", "BETWEEN ", "$1", 0},
    {"between_before", "inbetween ", "$1", 0},   {"not_amount_suffix", "2024", "年", 3},
    {"not_amount_suffix", "30", "%", 1},         {"not_amount_suffix", "30", " percent", 8},
    {"not_amount_suffix", "2", ".0.1", 1},       {"not_amount_suffix", "30", " Percent", 0},
    {"not_amount_suffix", "5", "人", 0},         {"not_amount_suffix", "3", "か月", 6},
    {"counter_compound", "二国", "間", 1},       {"counter_compound", "1人", "当たり", 1},
    {"counter_compound", "5人", "が", 0},
};

static long word_rule(const char *rule, const char *t, size_t len, size_t i) {
  const dg_rules *r = tu_rules();
  size_t at = (size_t)-1;
  if (!strcmp(rule, "currency_before"))
    return dg_amount_currency_before(r, t, i, &at) < 0 ? -1 : (long)(i - at);
  if (!strcmp(rule, "qualifier_before"))
    return dg_amount_qualifier_before(r, t, i, &at) < 0 ? -1 : (long)(i - at);
  if (!strcmp(rule, "between_before")) return (long)(i - dg_amount_between_before(r, t, i));
  if (!strcmp(rule, "not_amount_suffix")) return (long)dg_amount_not_amount_suffix(r, t, len, i);
  if (!strcmp(rule, "counter_compound")) return dg_amount_counter_compound(r, t, len, i);
  long k = -1;
  if (!strcmp(rule, "currency_after")) k = dg_amount_currency_after(r, t, len, i, &at);
  else if (!strcmp(rule, "currency_sign")) k = dg_amount_currency_sign(r, t, len, i, &at);
  else if (!strcmp(rule, "counter_at")) k = dg_amount_counter_at(r, t, len, i, &at);
  else if (!strcmp(rule, "qualifier_after")) k = dg_amount_qualifier_after(r, t, len, i, &at);
  else if (!strcmp(rule, "qualifier_inside")) k = dg_amount_qualifier_inside(r, t, len, i, &at);
  else ck_abort_msg("no word rule %s", rule);
  return k < 0 ? -1 : (long)(at - i);
}

START_TEST(word_rules) {
  const word_case *c = &word_cases[_i];
  char t[64];
  snprintf(t, sizeof t, "%s%s", c->before, c->at);
  long got = word_rule(c->rule, t, strlen(t), strlen(c->before));
  ck_assert_msg(got == c->want, "%s: %s|%s: %ld, want %ld", c->rule, c->before, c->at, got,
                c->want);
}
END_TEST

/* The numeral readers of dates: a field of 1..max ASCII digits or a kanji numeral up to
 * 9999 in at most 8 characters (a unit of scales.tsv such as 万 is not read). */
typedef struct {
  const char *in;
  int max;     /* 0: dg_kanji_number_at, else dg_field_number_at with this max */
  size_t used; /* bytes */
  int value;
} field_case;

static const field_case field_cases[] = {
    {"二〇二四年", 0, 12, 2024}, {"三十一日", 0, 9, 31},  {"千百十一", 0, 12, 1111},
    {"十十", 0, 3, 10},           {"二万年", 0, 3, 2},     {"一二三四五六七八九", 0, 0, 0},
    {"九千九百九十九", 0, 21, 9999}, {"〇〇〇〇〇〇〇〇一", 0, 24, 0}, {"月", 0, 0, 0},
    {"12月", 2, 2, 12},           {"123", 2, 0, 0},        {"十二月", 2, 6, 12},
    {"2024年", 4, 4, 2024},       {"20245", 4, 0, 0},
};

START_TEST(date_fields) {
  const field_case *c = &field_cases[_i];
  int v = -1, nc = 0;
  size_t n = c->max ? dg_field_number_at(tu_rules(), c->in, strlen(c->in), 0, c->max, &v)
                    : dg_kanji_number_at(tu_rules(), c->in, strlen(c->in), 0, &v, &nc);
  ck_assert_msg(n == c->used, "\"%s\": used %zu, want %zu", c->in, n, c->used);
  if (n) ck_assert_msg(v == c->value, "\"%s\": %d, want %d", c->in, v, c->value);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("amount");
  TCase *tc = tcase_create("amount");
  tcase_add_loop_test(tc, amount_table, 0, (int)ncases);
  tcase_add_loop_test(tc, amount_multi, 0, (int)(sizeof multi / sizeof *multi));
  tcase_add_loop_test(tc, number_parse, 0, (int)(sizeof numbers / sizeof *numbers));
  tcase_add_test(tc, unit_span);
  tcase_add_loop_test(tc, number_words, 0, (int)(sizeof word_numbers / sizeof *word_numbers));
  tcase_add_loop_test(tc, amount_labels, 0, (int)(sizeof labels / sizeof *labels));
  tcase_add_loop_test(tc, currency_from_context, 0, (int)(sizeof contexts / sizeof *contexts));
  tcase_add_test(tc, spans_in_order);
  tcase_add_test(tc, prefixes);
  tcase_add_loop_test(tc, amount_bounds, 0, (int)(sizeof bound_cases / sizeof *bound_cases));
  tcase_add_test(tc, decimal_bounds);
  tcase_add_loop_test(tc, amount_rules, 0, (int)(sizeof rule_cases / sizeof *rule_cases));
  tcase_add_loop_test(tc, start_blockers, 0, (int)(sizeof blocker_cases / sizeof *blocker_cases));
  tcase_add_test(tc, every_blocker_has_cases);
  tcase_add_loop_test(tc, word_rules, 0, (int)(sizeof word_cases / sizeof *word_cases));
  tcase_add_loop_test(tc, date_fields, 0, (int)(sizeof field_cases / sizeof *field_cases));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
