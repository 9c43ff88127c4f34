/* The numeral reader shared by amounts and dates (see recognize/number.c). Amounts read a
 * whole number with its scale words (dg_number_at); dates read short fields: a fixed count
 * of ASCII digits (dg_digits_at) or a kanji numeral up to 9999 (dg_kanji_number_at), either
 * one (dg_field_number_at). */
#ifndef DG_RECOGNIZE_NUMBER_H
#define DG_RECOGNIZE_NUMBER_H

#include <stddef.h>

#include "docgraph/number.h"

/* A number as an amount reads it. */
typedef struct dg_number {
  size_t start, end;
  dg_decimal v;
  int lead;   /* power of ten applied to the first digits as written: 20億 -> 8 */
  int scaled; /* a scale word was read */
  int arabic; /* Arabic digits were read */
  int single; /* one kanji digit and nothing else: 一, 四 */
  int overflow; /* past dg_decimal_bounded: digits left out or too large; v is no value */
} dg_number;

/* The whole number at pos: Japanese sections (1億2千万, 3千5百万) or Arabic digits with an
 * English scale word (3 million). Returns its length, or 0. */
size_t dg_number_at(const dg_rules *r, const char *t, size_t len, size_t pos, dg_number *nm);

/* 1..max ASCII digits at i, not followed by another digit (2024 in 2024年); the count or 0. */
size_t dg_digits_at(const char *t, size_t len, size_t i, int max, int *val);

/* A kanji numeral at i up to 9999, of at most 8 characters, digits and 十/百/千 only (六,
 * 二十, 三十一, 二〇二四, 二千二十四); its length or 0. Sets *nchar to the characters read. */
size_t dg_kanji_number_at(const dg_rules *r, const char *t, size_t len, size_t i, int *val,
                          int *nchar);

/* A number in a date field: 1..max ASCII digits, or a kanji numeral (any length up to 9999:
 * the unit after it decides). */
size_t dg_field_number_at(const dg_rules *r, const char *t, size_t len, size_t i, int max,
                          int *val);

/* Is there a word of number_prefixes.tsv right before i that keeps a number of this kind
 * (DG_BLOCKS_AMOUNTS or DG_BLOCKS_DATES) from starting at i (第13回, 数百億円, 毎年)? */
int dg_number_prefix_before(const dg_rules *r, const char *t, size_t i, int kind);

/* A number written in English words at i (Two Thousand and Nineteen, Nineteen
 * Ninety-Nine, twenty-five: number_words.tsv, any case); its length (0: none) and value. */
size_t dg_number_words_at(const dg_rules *r, const char *t, size_t len, size_t i, int *val);

/* Drop trailing zeros into the exponent: 9.00 == 9, 2000 = 2e3. */
void dg_number_norm(dg_decimal *d);

#endif
