/* Rule word lists (dicts/rules): loading from a directory of the user's. Every bad row is
 * reported as file:line: message with the exact message, the good rows around it still
 * load, and the load fails with DG_EDICT; a later directory adds words and replaces the
 * payload of a word already there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "docgraph/amount.h"
#include "docgraph/date.h"
#include "docgraph/rules.h"
#include "lex/rules_lists.h"
#include "testutil.h"

static char dir_[256];

/* A fresh DIR with an empty DIR/rules/; returns DIR. */
static const char *rules_dir(void) {
  snprintf(dir_, sizeof dir_, "/tmp/dg-rules-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir_));
  char p[300];
  snprintf(p, sizeof p, "%s/rules", dir_);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  return dir_;
}

static void put(const char *dir, const char *file, const char *text) {
  char p[400];
  snprintf(p, sizeof p, "%s/rules/%s", dir, file);
  tu_write(p, text);
}

static void remove_dir(const char *dir) {
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* A bad row, the file it is in, and the message expected for it. */
typedef struct {
  const char *file;
  const char *text; /* the whole file */
  const char *want; /* "FILE:LINE: message" without the directory */
} bad_case;

static const bad_case bad[] = {
    /* lists of the other rules */
    {"qualifiers.tsv", "surface\tqualifier\tposition\nほど\tapprox\tafter\n約\tsometimes\tbefore\n",
     "qualifiers.tsv:3: qualifier must be approx, at_least, more_than or up_to"},
    {"months.tsv", "surface\tmonth\n# a thirteenth month\nSmarch\t13\n",
     "months.tsv:3: month must be 1..12"},
    {"counters.tsv", "surface\nkites\n", "counters.tsv:1: missing column \"unit_en\""},
    {"currencies.tsv", "surface\tcode\tposition\n\tUSD\tbefore\n", "currencies.tsv:2: empty word"},
    {"triggers.tsv", "surface\trelation\n主催\theld_on+participates_in\n視察\theld_on+co_occurs\n",
     "triggers.tsv:3: relation must be held_in, held_on, participates_in, chaired_by, "
     "announced_at or adopted_at, or several of them joined by +"},
    {"roles.tsv", "surface\trole\tposition\nは\ttheme\tafter\n",
     "roles.tsv:2: role must be topic, subject, object, with, scene, owner, of, after, agent, "
     "among, venue, frame or post"},
    {"meeting_links.tsv", "surface\tgives\nnear\tvenue\n",
     "meeting_links.tsv:2: gives must be place, date, both, members or same"},
    {"clause_breaks.tsv", "surface\tcomma\nwhile\tmaybe\n",
     "clause_breaks.tsv:2: comma must be yes, relative or no"},
    {"eras.tsv", "era\tfirst_year\n未来\tsoon\n", "eras.tsv:2: first_year must be a year"},
    /* the lists of amounts, numbers and dates */
    {"number_prefixes.tsv", "surface\tblocks\n約\tnothing\n",
     "number_prefixes.tsv:2: blocks must be amounts, dates or both"},
    {"amount_ranges.tsv", "surface\tspacing\tchange\nvia\twide\t-\n",
     "amount_ranges.tsv:2: spacing must be adjacent, spaced, both or between"},
    {"date_ranges.tsv", "surface\tdates\tyears\nthru\tspaced\tsideways\n",
     "date_ranges.tsv:2: dates and years must be adjacent, spaced, both, between or -"},
    {"day_ranges.tsv", "surface\tenglish\tjapanese\n/\tfar\t-\n",
     "day_ranges.tsv:2: english and japanese must be adjacent, spaced, both, between or -"},
    {"range_words.tsv", "surface\trole\nbeyond\taround\n",
     "range_words.tsv:2: role must be between, from or to"},
    {"date_prepositions.tsv", "surface\tcase\namid\tloud\n",
     "date_prepositions.tsv:2: case must be exact, capital or title"},
    {"date_bounds.tsv", "surface\tposition\tcase\nまでに\tinside\texact\n",
     "date_bounds.tsv:2: position must be before or after"},
    {"fiscal_years.tsv", "surface\tcase\tglued\nFYR\texact\tmaybe\n",
     "fiscal_years.tsv:2: glued must be yes or no"},
    {"year_parts.tsv", "surface\n\n# 中盤 below has no word\n\t\n", "year_parts.tsv:4: empty word"},
    {"weekdays.tsv", "day\n月\n", "weekdays.tsv:1: missing column \"surface\""},
    {"number_words.tsv", "surface\tvalue\nseventy\t70\ntwentyfive\t25\n",
     "number_words.tsv:3: value must be 1..20, a multiple of ten up to 90, 100 or 1000"},
    {"country_currencies.tsv", "country\tcurrency\tsigns\nAU\tAUD\t$\nAUS\tAUD\t$\n",
     "country_currencies.tsv:3: country must be ISO 3166 alpha-2 (2 letters)"},
    {"currency_signals.tsv", "surface\tcountry\twhere\nwill give\t*\tgiver\nLeader\tAU\tcountry\n",
     "currency_signals.tsv:3: country must be ISO 3166 alpha-2, or * (and only *) where it is "
     "country or giver"},
};
#define NBAD (sizeof bad / sizeof *bad)

/* Every bad row of every file is reported with its line, nothing else is, and the load
 * fails; the good row before a bad one is loaded. */
START_TEST(bad_rows_reported) {
  const char *dir = rules_dir();
  for (size_t i = 0; i < NBAD; i++) put(dir, bad[i].file, bad[i].text);
  dg_rules *r = NULL;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  const char *dirs[] = {dir};
  ck_assert_int_eq(dg_rules_load(&r, dirs, 1, &probs, &err), DG_EDICT);
  ck_assert_ptr_nonnull(r);
  for (size_t i = 0; i < NBAD; i++) {
    char want[600];
    snprintf(want, sizeof want, "%s/rules/%s", dir, bad[i].want);
    int found = 0;
    for (size_t k = 0; k < probs.n; k++) found |= strcmp(probs.msgs[k], want) == 0;
    ck_assert_msg(found, "no problem \"%s\" (%zu problems, first: %s)", want, probs.n,
                  probs.n ? probs.msgs[0] : "-");
  }
  ck_assert_uint_eq(probs.n, NBAD);
  ck_assert_int_ge(dg_wordlist_find(&r->qualifiers, "ほど", strlen("ほど")), 0);
  ck_assert_int_lt(dg_wordlist_find(&r->qualifiers, "約", strlen("約")), 0);
  ck_assert_uint_eq(r->months.n, 0);
  dg_rules_free(r);
  dg_diags_destroy(&probs);
  remove_dir(dir);
}
END_TEST

/* A good file loads clean: its words normalized (full-width letters fold) with their
 * payloads. */
START_TEST(good_rows_load) {
  const char *dir = rules_dir();
  put(dir, "date_prepositions.tsv", "surface\tcase\n# comment\nａｍｉｄ\tcapital\nupon\texact\n");
  put(dir, "amount_ranges.tsv", "surface\tspacing\tchange\nthru\tspaced\tfrom\n～\tboth\t-\n");
  put(dir, "country_currencies.tsv", "country\tcurrency\tsigns\nNZ\tNZD\t$|dollars\n");
  put(dir, "currency_signals.tsv", "surface\tcountry\twhere\nHOBART\tAU\tdateline\n");
  dg_rules *r = NULL;
  dg_diags probs;
  dg_diags_init(&probs);
  const char *dirs[] = {dir};
  ck_assert_int_eq(dg_rules_load(&r, dirs, 1, &probs, NULL), DG_OK);
  ck_assert_uint_eq(probs.n, 0);
  long w = dg_wordlist_find(&r->date_prepositions, "amid", 4);
  ck_assert_int_ge(w, 0);
  ck_assert_int_eq(r->date_prepositions.w[w].as.date_preposition.letters, DG_CASE_CAPITAL);
  w = dg_wordlist_find(&r->amount_ranges, "thru", 4);
  ck_assert_int_ge(w, 0);
  ck_assert_int_eq(r->amount_ranges.w[w].as.amount_range.spacing, DG_SPACING_SPACED);
  ck_assert_int_eq(r->amount_ranges.w[w].as.amount_range.change, DG_RANGE_FROM);
  ck_assert_int_ge(dg_wordlist_find(&r->amount_ranges, "~", 1), 0); /* ～ folds to ~ */
  w = dg_wordlist_find(&r->country_currencies, "NZ", 2);
  ck_assert_int_ge(w, 0);
  ck_assert_str_eq(r->country_currencies.w[w].as.country_currency.currency, "NZD");
  ck_assert_str_eq(r->country_currencies.w[w].code, "$|dollars");
  w = dg_wordlist_find(&r->currency_signals, "HOBART", 6);
  ck_assert_int_ge(w, 0);
  ck_assert_str_eq(r->currency_signals.w[w].as.currency_signal.country, "AU");
  ck_assert_int_eq(r->currency_signals.w[w].as.currency_signal.where, DG_SIGNAL_DATELINE);
  dg_rules_free(r);
  dg_diags_destroy(&probs);
  remove_dir(dir);
}
END_TEST

/* The first amount in t as "span q=qualifier", or "". */
static void first_amount(const dg_rules *r, const char *t, char *out, size_t n) {
  dg_amount *a = NULL;
  size_t na = 0;
  ck_assert_int_eq(dg_amount_find(r, t, strlen(t), &a, &na, NULL), DG_OK);
  if (na) snprintf(out, n, "%.*s q=%s", (int)(a->end - a->start), t + a->start,
                   dg_qualifier_name(a->qualifier));
  else snprintf(out, n, "%s", "");
  free(a);
}

/* The first date in t as its span, or "". */
static void first_date(const dg_rules *r, const char *t, char *out, size_t n) {
  dg_date *d = NULL;
  size_t nd = 0;
  ck_assert_int_eq(dg_date_find(r, t, strlen(t), 0, &d, &nd, NULL), DG_OK);
  if (nd) snprintf(out, n, "%.*s", (int)(d->end - d->start), t + d->start);
  else snprintf(out, n, "%s", "");
  free(d);
}

/* A user's directory after the shipped one: its words are added, and a word already there
 * takes the user's payload. */
START_TEST(user_layer_replaces) {
  const char *dir = rules_dir();
  put(dir, "qualifiers.tsv", "surface\tqualifier\tposition\n約\tup_to\tbefore\n");
  put(dir, "fiscal_years.tsv", "surface\tcase\tglued\nFY\texact\tno\n");
  put(dir, "date_prepositions.tsv", "surface\tcase\namid\tcapital\n");
  put(dir, "number_suffixes.tsv", "surface\n人前\n");
  char out[200];
  /* before: the shipped lists */
  first_amount(tu_rules(), "約30億円の基金", out, sizeof out);
  ck_assert_str_eq(out, "約30億円 q=approx");
  first_date(tu_rules(), "budget for FY2026", out, sizeof out);
  ck_assert_str_eq(out, "FY2026");
  first_date(tu_rules(), "talks amid 2021 and", out, sizeof out);
  ck_assert_str_eq(out, "");
  first_amount(tu_rules(), "料理を3人前", out, sizeof out);
  ck_assert_str_eq(out, "3人 q=");
  /* after: the user's layer */
  dg_rules *r = NULL;
  dg_diags probs;
  dg_diags_init(&probs);
  const char *dirs[] = {DG_TEST_DICTS, dir};
  ck_assert_int_eq(dg_rules_load(&r, dirs, 2, &probs, NULL), DG_OK);
  ck_assert_uint_eq(probs.n, 0);
  first_amount(r, "約30億円の基金", out, sizeof out);
  ck_assert_str_eq(out, "約30億円 q=up_to");
  first_date(r, "budget for FY2026", out, sizeof out);
  ck_assert_str_eq(out, "");
  first_date(r, "budget for FY 2026", out, sizeof out);
  ck_assert_str_eq(out, "FY 2026");
  first_date(r, "talks amid 2021 and", out, sizeof out);
  ck_assert_str_eq(out, "2021");
  first_date(r, "Amid 2021, talks", out, sizeof out);
  ck_assert_str_eq(out, "2021");
  first_amount(r, "料理を3人前", out, sizeof out);
  ck_assert_str_eq(out, "");
  long w = dg_wordlist_find(&r->qualifiers, "約", strlen("約"));
  ck_assert_int_ge(w, 0);
  ck_assert_int_eq(r->qualifiers.w[w].as.qualifier.qualifier, DG_QUAL_UP_TO);
  ck_assert_int_ge(dg_wordlist_find(&r->qualifiers, "以上", strlen("以上")), 0); /* kept */
  dg_rules_free(r);
  dg_diags_destroy(&probs);
  remove_dir(dir);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("rules");
  TCase *tc = tcase_create("rules");
  tcase_add_test(tc, bad_rows_reported);
  tcase_add_test(tc, good_rows_load);
  tcase_add_test(tc, user_layer_replaces);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
