/* Money amounts and counted quantities in normalized text.
 * A number (Arabic with thousands separators and decimals, or kanji numerals), scale words
 * (万, 億, 兆, 百万, million, billion ...) that may chain (3千億, 1億2千万), a currency
 * before or after it (円, 米ドル, $, US$, USD, yen ...) and qualifiers (約, 以上, 超, 最大,
 * about, more than, up to ...) make an amount with an exact decimal value and an ISO 4217
 * currency (a bare $ is USD here; recognition then gives it the currency of the document's
 * country: recognize/currency_context.c). Ranges (10〜20億円, $10-20 million, between $1
 * billion and $1.5 billion: the span takes "between" in) keep both ends; "from 10 billion
 * yen to 20 billion yen", "by $3 million to $12 million" and 100億円から200億円に are
 * changes: two amounts. A number with a counter instead of a currency (5,000人, 570件,
 * 130項目) is a quantity. Every word comes from dg_rules: a currency with code "---" or a
 * counter with unit "-" is a word that only looks like one (一元化, 5国際機関) and blocks
 * the shorter match. Not amounts: ordinals (第13回), dates and durations (2024年, 5年間),
 * percentages, numbers inside words (G20, WA2.0, COVID-19), vague numbers (数百億円), a
 * lone kanji digit (一人ひとり, 四国) and a table's unit header, a scale and currency with no
 * digit filling a parenthesis ((百万円)); a bare Arabic number after such a header on its
 * line (事業費 (千円) 4,500) is an amount in its unit (JPY 4,500,000). */
#ifndef DOCGRAPH_AMOUNT_H
#define DOCGRAPH_AMOUNT_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"
#include "docgraph/number.h"
#include "docgraph/rules.h"

typedef struct dg_amount {
  uint32_t start, end; /* the whole expression, qualifiers included */
  dg_decimal value;
  dg_decimal value_max; /* upper end of a range */
  uint8_t has_range;
  uint8_t qualifier; /* dg_qualifier */
  uint8_t is_quantity;
  char currency[4];  /* amounts only */
  uint32_t cur_start, cur_end; /* amounts: the currency word as written ($, US$, 円) */
  const char *unit;  /* quantities: the English unit from counters.tsv */
  uint32_t unit_start, unit_end; /* the counter as written */
} dg_amount;

/* Every amount and quantity in t[0..len), in order; the caller frees *out. An amount
 * whose number is past the bounds of an exact value (dg_decimal_bounded: more than 18
 * significant digits, 10^18 or more, more than 18 decimals: 1e30 dollars, 10^21 yen written
 * out) is not one. */
dg_err dg_amount_find(const dg_rules *r, const char *t, size_t len, dg_amount **out,
                      size_t *n, dg_error *err);
/* The same, and the spans of the amounts left out past the bounds in *over (the caller
 * frees it), for a warning. */
dg_err dg_amount_find_all(const dg_rules *r, const char *t, size_t len, dg_amount **out,
                          size_t *n, dg_span **over, size_t *nover, dg_error *err);

#endif
