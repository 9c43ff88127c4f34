/* The words around a number that make it an amount or keep it from being one (see
 * recognize/amount.h): currencies, counters and qualifiers before and after it, range
 * separators, and the blockers (G20, 第13回, 2024年, 30%). Every word comes from dg_rules;
 * what is code here is where a word may stand: adjacent, after one space, at a word
 * boundary. A currency with code "---" or a counter with unit "-" is a word that only looks
 * like one (一元化, 5国際機関): it wins over the shorter match and blocks it. */
#include "recognize/amount.h"

#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/number.h"
#include "recognize/wordscan.h"

/* ---- currencies, counters, qualifiers ---- */

/* Is the currency word a blocker ("---": 一元化 is not yuan)? */
static int is_blocker_code(const char *code) { return !code || code[0] == '-' || !code[0]; }

static int currency_on(const dg_word *w, int side) {
  return (w->as.currency.side & side) && !is_blocker_code(w->code);
}

/* Where a word before `at` may end: at `at` (sp 0), or before one space there (sp 1). */
static int end_before(const char *t, size_t at, int sp, size_t *end) {
  if (sp && (at == 0 || t[at - 1] != ' ')) return 0;
  *end = sp ? at - 1 : at;
  return 1;
}

/* $5, US$5: a currency before the number, adjacent or after one space. "USD5" is fine,
 * "EUR" glued to letters before it is not a code. */
long dg_amount_currency_before(const dg_rules *r, const char *t, size_t at, size_t *start) {
  size_t s;
  for (int sp = 0; sp < 2 && end_before(t, at, sp, &s); sp++) {
    size_t n; /* only the words whose last byte is the text's can end there */
    const uint32_t *g = s ? dg_wordlist_ending(&r->currencies, (unsigned char)t[s - 1], &n) : NULL;
    if (!g) n = r->currencies.n;
    for (size_t x = 0; x < n; x++) {
      size_t k = g ? g[x] : x;
      const dg_word *w = &r->currencies.w[k];
      if (!currency_on(w, DG_SIDE_BEFORE) || w->len > s) continue;
      size_t b = s - w->len;
      if (!dg_word_ends_at(w, t, s, b)) continue;
      if (dg_is_ascii_alnum((unsigned char)w->s[0]) && b > 0 &&
          dg_is_ascii_alnum((unsigned char)t[b - 1]))
        continue;
      *start = b;
      return (long)k;
    }
  }
  return -1;
}

/* 100億円, 40 billion yen: the longest currency word after the number. */
long dg_amount_currency_after(const dg_rules *r, const char *t, size_t len, size_t at,
                              size_t *end) {
  long c = dg_word_spaced_at(&r->currencies, t, len, at, 1, end);
  return c >= 0 && currency_on(&r->currencies.w[c], DG_SIDE_AFTER) ? c : -1;
}

/* $10-$20 million: the sign again at the upper end. */
long dg_amount_currency_sign(const dg_rules *r, const char *t, size_t len, size_t at,
                             size_t *after) {
  for (size_t k = 0; k < r->currencies.n; k++) {
    const dg_word *w = &r->currencies.w[k];
    if (currency_on(w, DG_SIDE_BEFORE) && dg_word_ends_at(w, t, len, at)) {
      *after = dg_skip_spaces(t, len, at + w->len);
      return (long)k;
    }
  }
  return -1;
}

/* 5,000人, 570 projects, 100MW. Latin counters need a space ("570 projects") unless they
 * are unit symbols (100MW), and are written as listed: "2.3 People-to-people" is a
 * section heading. A unit "-" blocks: 国際 in 5国際機関, 人材. */
long dg_amount_counter_at(const dg_rules *r, const char *t, size_t len, size_t at, size_t *end) {
  long c = dg_word_spaced_at(&r->counters, t, len, at, 1, end);
  if (c < 0) return -1;
  const dg_word *w = &r->counters.w[c];
  if (w->code[0] == '-' || !w->code[0]) return -1;
  if (dg_word_is_latin(w) && *end - w->len == at && w->len > 3) return -1;
  if (dg_word_is_latin(w) && memcmp(t + *end - w->len, w->s, w->len) != 0) return -1;
  return c;
}

/* 約10億円, about $35 billion, more than 860 million: adjacent (or after one space) when
 * Japanese, after a space and at a word boundary when Latin. */
long dg_amount_qualifier_before(const dg_rules *r, const char *t, size_t at, size_t *start) {
  size_t p;
  for (int sp = 0; sp < 2 && end_before(t, at, sp, &p); sp++) {
    for (size_t k = 0; k < r->qualifiers.n; k++) {
      const dg_word *w = &r->qualifiers.w[k];
      if (!(w->as.qualifier.side & DG_SIDE_BEFORE) || w->len > p) continue;
      if (dg_word_is_latin(w) != sp) continue;
      size_t b = p - w->len;
      if (dg_wordlist_find(&r->qualifiers, t + b, w->len) != (long)k) continue;
      if (dg_word_is_latin(w) && b > 0 && dg_is_ascii_alnum((unsigned char)t[b - 1])) continue;
      *start = b;
      return (long)k;
    }
  }
  return -1;
}

/* 860百万米ドル以上, 2.8兆円規模, 5 million yen or more. */
long dg_amount_qualifier_after(const dg_rules *r, const char *t, size_t len, size_t at,
                               size_t *end) {
  long q = dg_word_spaced_at(&r->qualifiers, t, len, at, 1, end);
  return q >= 0 && (r->qualifiers.w[q].as.qualifier.side & DG_SIDE_AFTER) ? q : -1;
}

/* 10余か国: a Japanese qualifier after the number, before its unit. */
long dg_amount_qualifier_inside(const dg_rules *r, const char *t, size_t len, size_t at,
                                size_t *end) {
  long q = dg_word_spaced_at(&r->qualifiers, t, len, at, 0, end);
  if (q < 0 || dg_word_is_latin(&r->qualifiers.w[q]) ||
      !(r->qualifiers.w[q].as.qualifier.side & DG_SIDE_AFTER))
    return -1;
  return q;
}

/* ---- ranges and changes ---- */

size_t dg_amount_between_before(const dg_rules *r, const char *t, size_t start) {
  size_t b = dg_range_word_before(r, t, start, DG_RANGE_BETWEEN);
  if (b == (size_t)-1 || (b > 0 && dg_is_ascii_alnum((unsigned char)t[b - 1]))) return start;
  return b;
}

/* 10〜20億円, $10-20 million, between 10 and 20 billion yen. */
long dg_amount_range_sep(const dg_rules *r, const char *t, size_t len, size_t start, size_t at,
                         size_t *after) {
  for (size_t k = 0; k < r->amount_ranges.n; k++) {
    const dg_word *w = &r->amount_ranges.w[k];
    size_t e = dg_separator_end(w, w->as.amount_range.spacing, t, len, at);
    if (!e) continue;
    if (w->as.amount_range.spacing == DG_SPACING_BETWEEN &&
        dg_amount_between_before(r, t, start) == start)
      continue;
    *after = e;
    return (long)k;
  }
  return -1;
}

/* Is there a word of range_words.tsv with role `to` at `at` (200億円に)? */
static int change_word_at(const dg_rules *r, const char *t, size_t len, size_t at) {
  for (size_t k = 0; k < r->range_words.n; k++) {
    const dg_word *w = &r->range_words.w[k];
    if (w->as.range_word.role == DG_RANGE_TO && dg_word_cased_at(w, DG_CASE_CAPITAL, t, len, at))
      return 1;
  }
  return 0;
}

int dg_amount_is_change(const dg_rules *r, const char *t, size_t len, long sep, size_t start,
                        size_t end2) {
  int change = r->amount_ranges.w[sep].as.amount_range.change;
  if (change == DG_RANGE_FROM)
    return dg_range_word_before(r, t, start, DG_RANGE_FROM) != (size_t)-1;
  if (change == DG_RANGE_TO && end2 != (size_t)-1) return change_word_at(r, t, len, end2);
  return 0;
}

/* ---- what is not an amount ---- */

/* G20, WA2.0, #1, \1: a letter, a digit or a sign of a name right before. */
static int inside_word(const dg_rules *r, const char *t, size_t len, size_t i) {
  (void)r, (void)len;
  unsigned char p = i ? (unsigned char)t[i - 1] : ' ';
  return dg_is_ascii_alnum(p) || p == '_' || p == '#' || p == '\\';
}

/* 1.5, 1,100, 1/2, 03-3268, 10:30, COVID-19, 10^30 (a power): a number continues;
 * "，12億ドル" (a Japanese comma) does not. */
static int inside_number(const dg_rules *r, const char *t, size_t len, size_t i) {
  (void)r, (void)len;
  if (i < 2) return 0;
  unsigned char p = (unsigned char)t[i - 1];
  return (p == '.' || p == ',' || p == '/' || p == '-' || p == ':' || p == '^') &&
         dg_is_ascii_alnum((unsigned char)t[i - 2]);
}

/* 第13回, 数百億円, 何千人: an ordinal or a vague number (number_prefixes.tsv). */
static int number_prefix(const dg_rules *r, const char *t, size_t len, size_t i) {
  (void)len;
  return dg_number_prefix_before(r, t, i, DG_BLOCKS_AMOUNTS);
}

/* 十三, 千億: a kanji numeral or scale right before (the number began there). */
static int kanji_numeral(const dg_rules *r, const char *t, size_t len, size_t i) {
  (void)len;
  if (i == 0 || (unsigned char)t[i - 1] < 0x80) return 0;
  if (dg_wordlist_before(&r->kanji_digits, t, 0, i) >= 0) return 1;
  long s = dg_wordlist_before(&r->scales, t, 0, i);
  return s >= 0 && !dg_word_is_latin(&r->scales.w[s]);
}

const dg_amount_rule dg_amount_start_blockers[] = {
    {"inside_word", inside_word},
    {"inside_number", inside_number},
    {"number_prefix", number_prefix},
    {"kanji_numeral", kanji_numeral},
};
const size_t dg_amount_nstart_blockers =
    sizeof dg_amount_start_blockers / sizeof *dg_amount_start_blockers;

int dg_amount_start_ok(const dg_rules *r, const char *t, size_t len, size_t i) {
  for (size_t k = 0; k < dg_amount_nstart_blockers; k++)
    if (dg_amount_start_blockers[k].blocks(r, t, len, i)) return 0;
  return 1;
}

/* 2024年, 10時, 3回目, 30%, 3倍 (the longest word of number_suffixes.tsv), 2.0.1 and
 * 2024.1.30 (a version or a dotted date), "30 percent" (a Latin word after one space). */
size_t dg_amount_not_amount_suffix(const dg_rules *r, const char *t, size_t len, size_t at) {
  const dg_wordlist *l = &r->number_suffixes;
  size_t best = 0, latin = 0;
  /* only the words that begin with the byte where they would stand (by_first, in list
     order): the suffixes at `at`, the Latin words after a space there */
  for (int after_space = 0; after_space < 2; after_space++) {
    size_t p = at + (size_t)after_space, n = l->n;
    if (after_space && !dg_lit(t, len, at, " ")) break;
    const uint32_t *g = p < len ? dg_wordlist_starting(l, (unsigned char)t[p], &n) : NULL;
    if (!g) n = l->n;
    for (size_t x = 0; x < n; x++) {
      const dg_word *w = &l->w[g ? g[x] : x];
      if (!after_space && !dg_word_is_letters(w)) {
        if (dg_lit(t, len, at, w->s) && w->len > best) best = w->len;
      } else if (after_space && dg_word_is_letters(w) && !latin && dg_lit(t, len, at + 1, w->s)) {
        latin = 1 + w->len;
      }
    }
  }
  if (best) return best;
  if (at + 1 < len && (t[at] == '.' || t[at] == '/') && dg_is_digit(t[at + 1])) return 1;
  return latin;
}

/* 二国間 (bilateral), 1人当たり (per person): counter_compounds.tsv. */
int dg_amount_counter_compound(const dg_rules *r, const char *t, size_t len, size_t at) {
  return dg_wordlist_at(&r->counter_compounds, t, len, at) >= 0;
}
