/* Dates in normalized text, as ISO 8601 with a precision.
 * Western and Japanese-era years (明治..令和, 元年, 令和6(2024)年, 平成31年(2019年), R6年度),
 * in ASCII or kanji digits (令和六年十二月二十日), months and days, fiscal years (年度, FY2024,
 * fiscal year 2024 -> fiscal), decades (2020年代, the 2030s), ranges (10月11-12日,
 * 2023年4月～2024年3月, 1 April 2023 - 31 March 2024, from 2020 to 2022), English forms
 * (11 April 2024, April 11, 2024, February 2023, in 2013, 2024-01-30) and month-day dates
 * whose year comes from the document's own date (relative). 同年 takes the year written
 * last before it. A bare English year needs a preposition (in 2013, not Expo 2025). Era
 * and month names come from dg_rules. */
#ifndef DOCGRAPH_DATE_H
#define DOCGRAPH_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"
#include "docgraph/rules.h"

typedef struct dg_date {
  uint32_t start, end;
  int year, month, day;         /* 0 when absent; year 0 with month set: year unknown */
  int year2, month2, day2;      /* end of a range, or 0 */
  uint8_t prec;                 /* dg_date_prec */
  uint8_t fiscal;
  uint8_t relative;             /* written without a year */
} dg_date;

/* Every date in t[0..len), in order; the caller frees *out. `doc_year` (0 when unknown)
 * completes dates written without a year; they are marked relative either way, so a
 * caller that learns the year later may fill it in. */
dg_err dg_date_find(const dg_rules *r, const char *t, size_t len, int doc_year,
                    dg_date **out, size_t *n, dg_error *err);

/* ISO 8601 of the start (end == 0) or end (end == 1) of a date: "2024-01-30", "2024-01",
 * "2024", "2030s"; "--01-30" when the year is unknown. */
char *dg_date_iso(const dg_date *d, int end, char *buf, size_t size);

#endif
