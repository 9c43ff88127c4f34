/* The values amount and date entities stand for, as typed fields: what mentions carry from
 * recognition to the outputs and vertices carry into the views, so nothing reads a value
 * back out of an id or a label. */
#ifndef DOCGRAPH_VALUE_H
#define DOCGRAPH_VALUE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/decimal.h"
#include "docgraph/types.h"

/* A resolved date or range of dates. A part not written is 0: month 0 for a year alone,
 * year 0 for a month and day whose year is unknown (--01-30); the end of a range is all 0
 * when there is none. A decade is its first year with precision DG_DATE_DECADE. */
typedef struct dg_when {
  int32_t year, month, day;
  int32_t year2, month2, day2; /* end of a range */
  uint8_t prec;                /* dg_date_prec */
  uint8_t fiscal;              /* a Japanese fiscal year (年度, FY2024) */
} dg_when;

/* Is there a date at all (a year or a month)? */
int dg_when_known(const dg_when *w);
/* ISO 8601 of the start (end == 0) or end (end == 1): "2024-01-30", "2024-01", "2024",
 * "2030s"; "--01-30" when the year is unknown; "" when there is nothing to write. */
char *dg_when_iso(const dg_when *w, int end, char *buf, size_t size);
/* The label and id key of a date: 2024-01-30, 2023-10-27/2023-10-29, FY2025, FY2025/FY2027. */
char *dg_when_label(const dg_when *w, char *buf, size_t size);

/* What an amount or date vertex stands for (from its first mention, or read back from a
 * graph file); all zero for other entities. */
typedef struct dg_value {
  dg_decimal amount, amount_max; /* amount_max: the upper end of a range */
  uint8_t has_range;
  uint8_t qualifier;             /* dg_qualifier */
  uint8_t cumulative;            /* 1 for a running total, which sums the pledges before it */
  char currency[4];              /* ISO 4217, "" when not an amount */
  const char *owner;             /* amounts: the id of what provides it or what it funds
                                    (doc/pledge.c); NULL when none */
  dg_when when;                  /* dates */
} dg_value;

#endif
