/* The rules of an amount, one function each, for recognize/amount.c and the tests: the words
 * around a number (recognize/amount_words.c) and what keeps a number from being an amount.
 * A finder returns the word's index in its list of dg_rules and sets where the word starts
 * or ends, or returns -1; t is normalized text. */
#ifndef DG_RECOGNIZE_AMOUNT_H
#define DG_RECOGNIZE_AMOUNT_H

#include <stddef.h>

#include "docgraph/amount.h"

/* ---- currencies, counters, qualifiers ---- */

/* A currency ending at `at`, before the number: $, US$, ¥, "USD ", "US$ " (one space). */
long dg_amount_currency_before(const dg_rules *r, const char *t, size_t at, size_t *start);
/* A currency after the number at `at`: 円, 米ドル, " yen", " US dollars". */
long dg_amount_currency_after(const dg_rules *r, const char *t, size_t len, size_t at, size_t *end);
/* A currency sign repeated at the upper end of a range ($10-$20 million); *after is past it
 * and the spaces after it. */
long dg_amount_currency_sign(const dg_rules *r, const char *t, size_t len, size_t at,
                             size_t *after);
/* A counter after the number: 人, か国, " projects", 100MW. */
long dg_amount_counter_at(const dg_rules *r, const char *t, size_t len, size_t at, size_t *end);
/* A qualifier ending at `at`: 約 (adjacent or after a space), " about", "more than ". */
long dg_amount_qualifier_before(const dg_rules *r, const char *t, size_t at, size_t *start);
/* A qualifier after the amount: 以上, 規模, 超, " or more". */
long dg_amount_qualifier_after(const dg_rules *r, const char *t, size_t len, size_t at,
                               size_t *end);
/* A Japanese qualifier between the number and its unit: 10余か国, 1兆超円. */
long dg_amount_qualifier_inside(const dg_rules *r, const char *t, size_t len, size_t at,
                                size_t *end);

/* ---- ranges and changes ---- */

/* A separator of amount_ranges.tsv at `at` after an amount that starts at `start`; a
 * `between` separator only after a between word (between $1 billion and $1.5 billion). */
long dg_amount_range_sep(const dg_rules *r, const char *t, size_t len, size_t start, size_t at,
                         size_t *after);
/* Where a between word before `start` begins ("between $1 billion"), or `start`. */
size_t dg_amount_between_before(const dg_rules *r, const char *t, size_t start);
/* Is separator `sep` (an index of amount_ranges) a change rather than a range, for an amount
 * at `start` and a second one ending at `end2` (from 10 to 20 billion yen, 100億円から200億円
 * に)? `end2` (size_t)-1: the second end is not known, only the from words count. */
int dg_amount_is_change(const dg_rules *r, const char *t, size_t len, long sep, size_t start,
                        size_t end2);

/* ---- what is not an amount ---- */

/* A rule that keeps a number from starting at i. */
typedef int dg_amount_blocker(const dg_rules *r, const char *t, size_t len, size_t i);
typedef struct {
  const char *name;
  dg_amount_blocker *blocks;
} dg_amount_rule;

/* inside_word (G20), inside_number (COVID-19, 03-3268), number_prefix (第13回, 数百億円),
 * kanji_numeral (the 三 of 十三): in this order. */
extern const dg_amount_rule dg_amount_start_blockers[];
extern const size_t dg_amount_nstart_blockers;
/* Can a number start at i: no start blocker holds? */
int dg_amount_start_ok(const dg_rules *r, const char *t, size_t len, size_t i);

/* The length of a word right after a number that makes it a date, a time, an ordinal or a
 * ratio (年, 時, 回目, %, " percent"), or of a version's dot (2.0.1); 0 when there is none. */
size_t dg_amount_not_amount_suffix(const dg_rules *r, const char *t, size_t len, size_t at);
/* Does a word right after a counter make a compound (二国間, 1人当たり)? */
int dg_amount_counter_compound(const dg_rules *r, const char *t, size_t len, size_t at);

/* ---- the currency of a bare sign (recognize/currency_context.c) ---- */

/* A country named in the document: where, and its ISO 3166 alpha-2 code. */
typedef struct dg_country_at {
  size_t start, end;
  char iso2[3];
} dg_country_at;

/* The country the document speaks for, by the signals of currency_signals.tsv in the text,
 * next to the countries named (cs) and in the currencies of its amounts (as): its ISO 3166
 * alpha-2 code in iso2, or "" when none has 3 or more and more than any other. */
void dg_amount_doc_country(const dg_rules *r, const char *t, size_t len, const dg_country_at *cs,
                           size_t nc, const dg_amount *as, size_t na, char iso2[3]);
/* The amounts whose currency is written with a sign of country iso2's currency
 * (country_currencies.tsv: $ in Australia) take that currency; iso2 "" changes nothing. */
void dg_amount_localize(const dg_rules *r, const char *t, const char *iso2, dg_amount *as,
                        size_t n);
/* May dg_amount_localize change an amount of as[0, n) for some country: is the currency of
 * one written with a sign of country_currencies.tsv? When none is, the document's country
 * need not be looked for. */
int dg_amount_may_localize(const dg_rules *r, const char *t, const dg_amount *as, size_t n);

#endif
