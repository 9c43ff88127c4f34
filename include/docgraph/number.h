/* Numbers as written in Japanese and English documents: Arabic digits with thousands
 * separators and decimals (1,100 / 9.00 / 2.8), kanji numerals (二千五百, 二〇二四), Japanese
 * scale words that chain (3千5百万, 1億2千万, 123,456百万) and one English scale word after
 * Arabic digits (3 million, 1.2bn). The value is an exact decimal. Digits, units and scale
 * words come from dg_rules (kanji_numerals.tsv, scales.tsv). */
#ifndef DOCGRAPH_NUMBER_H
#define DOCGRAPH_NUMBER_H

#include <stddef.h>

#include "docgraph/decimal.h"
#include "docgraph/rules.h"

/* Parse a number at t[pos], scale words included: "1,100", "9.00", "二千五百", "1億2千万",
 * "123,456百万", "3 million". Returns the bytes consumed (0 when there is none, or when the
 * number is past dg_decimal_bounded). With r NULL only Arabic digits are read. */
size_t dg_number_parse(const dg_rules *r, const char *t, size_t len, size_t pos, dg_decimal *out);

#endif
