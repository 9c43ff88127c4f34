/* Dates in normalized text, as ISO 8601 with a precision.
 * Western and Japanese-era years (明治..令和, 元年, 令和6(2024)年, 平成31年(2019年), R6年度),
 * in ASCII or kanji digits (令和六年十二月二十日), months and days, fiscal years (年度, FY2024,
 * fiscal year 2024 -> fiscal), decades (2020年代, the 2030s), ranges (10月11-12日,
 * 2023年4月～2024年3月, 1 April 2023 - 31 March 2024, 11 to 13 March 2025, from 2020 to 2022,
 * 2026 to 2030, FY2025-FY2027, 令和8年度から令和10年度), lists of days, each its own date
 * (11月8、9日, June 23 and 24), English forms (11 April 2024, April 11, 2024, February 2023,
 * in 2013, no later than 2028, 2024-01-30, the Twelfth of March in the Year Two Thousand and
 * Nineteen) and numeric ones (2025/11/7, 2025.11.7, R7.11.7, H31.4.30).
 * Dates written without their year carry an anchor that says where the year comes from
 * (dg_date_resolve): a month and day alone (12月17日, April 11) take the year in context,
 * else the document's; 同年/翌年/前年 count from the year written last; 昨年/本年/今年/来年
 * (and "last year" after an English month or alone) from the document's year, 先月/今月/
 * "last month" from its month; 翌19日, 同月20日, 同日 from the date before them; 本日 is the
 * document's date; a day alone (首相は10日、) the month of the sentence's date or the
 * document's. A relative year stands with a month, a part of the year (本年秋) or
 * alone (昨年の会合, last year; not the last year of, 同年代, 前年比); 同年 alone needs a year
 * before it. A bare English year needs a preposition (in 2013, not Expo 2025). Era, month,
 * relative, list and number words come from dg_rules. */
#ifndef DOCGRAPH_DATE_H
#define DOCGRAPH_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"
#include "docgraph/rules.h"

/* Where a date written without its year takes it from (relative_dates.tsv names them). */
typedef enum dg_date_anchor {
  DG_ANCHOR_NONE = 0, /* the year is written */
  DG_ANCHOR_CONTEXT,  /* 12月17日, April 11: the year in context, else the document's */
  DG_ANCHOR_DOC,      /* 昨年, 本年: the document's year + offset */
  DG_ANCHOR_YEAR,     /* 同年, 翌年, 前年: the year written last + offset, else the
                         document's (with a month) */
  DG_ANCHOR_MONTH,    /* 同月20日, 翌月5日: the month of the date before + offset (in months) */
  DG_ANCHOR_DAY,      /* 翌19日: the day after the date before with that day of the month */
  DG_ANCHOR_DAYS,     /* 同日, 翌日, 前日: the day of the date before + offset days */
  DG_ANCHOR_DOC_DAY,  /* 本日, 昨日: the document's date + offset days */
  DG_ANCHOR_DOC_MONTH, /* 先月, last month: the document's month + offset (in months) */
  DG_ANCHOR_NEWS_DAY   /* 10日、 (a day alone, as news writes it): the month of a date before
                          it in its sentence, else the document's month, else the month of
                          the date before */
} dg_date_anchor;

/* How far a date sets the year of the dates after it that have none (dg_date_resolve). */
typedef enum dg_date_scope {
  DG_DATE_SCOPE_NONE = 0, /* not at all: a limit or a target (by 2030, 2030年に向けた), a name
                        (2025年日本国際博覧会), a source ("(World Bank, 2018)") */
  DG_DATE_SCOPE_SENTENCE, /* a year alone in running text: the rest of its sentence */
  DG_DATE_SCOPE_ON        /* a date with its month, or a year alone heading its line: until the
                        next one */
} dg_date_scope;

typedef struct dg_date {
  uint32_t start, end;
  int year, month, day;         /* 0 when absent; year 0 with month set: year unknown */
  int year2, month2, day2;      /* end of a range, or 0 */
  uint8_t prec;                 /* dg_date_prec */
  uint8_t fiscal;
  uint8_t relative;             /* the year is not written and no written date gave it: it
                                   comes from the document's date, or is unknown (0) */
  uint8_t anchor;               /* dg_date_anchor; NONE once a written year settled it */
  int8_t offset;                /* years (months for DG_ANCHOR_MONTH) from the anchor */
  int8_t year2_offset;          /* anchored range: year2 - year (12月28日～1月5日: 1) */
  uint8_t scope;                /* dg_date_scope of the date as a year alone, read from the
                                   words around it when it was found */
  uint8_t past;                 /* a word says it was past at the document's date (since
                                   September 11, 9月11日以来: date_past.tsv) */
} dg_date;

/* Every date in t[0..len), in order, resolved with dg_date_resolve(doc_year); the caller
 * frees *out. `doc_year` is 0 when unknown: anchored dates are then resolved from the
 * text alone, and a caller that learns the document's year may resolve again. */
dg_err dg_date_find(const dg_rules *r, const char *t, size_t len, int doc_year,
                    dg_date **out, size_t *n, dg_error *err);
/* dg_date_find, and in *over (the caller frees it; NULL: not wanted) the days and months
 * that are no date because the year written with them is out of bounds (1000..2999; an
 * era's years 1..99): May 1, 3000; 3000年5月1日; 令和150年5月1日. */
dg_err dg_date_find_all(const dg_rules *r, const char *t, size_t len, int doc_year,
                        dg_date **out, size_t *n, dg_span **over, size_t *nover,
                        dg_error *err);

/* Fill in the year (and for MONTH/DAY anchors the month, for DAYS the day) of every
 * anchored date of t[0..len) from the dates before it and the document's date (zeros when
 * unknown; a year alone will do but for 本日). 同年 takes the year written last. A month and
 * day take the year in context: the one the nearest date before names, a date with its
 * month written or a year alone that heads a line (2023年の閣僚会合); a year alone in
 * running text counts for the rest of its sentence, and not at all when it is a limit or
 * a target (by 2030,
 * since 1999, 2030年に向けた, 令和8年度から), a name (2025年日本国際博覧会) or a source
 * ("(World Bank, 2018)"). Months 1-3 after a fiscal year are in the next year, and a month
 * after a range of months is placed inside it. Can be called again with another year. A
 * date that stays without year and month (本年秋 with no document year) prints as "". */
void dg_date_resolve(const char *t, size_t len, dg_date *ds, size_t n, int doc_year,
                     int doc_month, int doc_day);
/* What the dates of a text say to the text after it, which goes on where it ends (a long
 * document's next window, src/batch/windows.h): the year in context until the next one,
 * the year written last, the last dates with a month and with a day (their values: their
 * places are the text before's). All zero: nothing said. */
typedef struct dg_date_carry {
  int on_set, on_y1, on_m1, on_y2, on_relative, on_period;
  int last_year, last_rel;
  int has_m, has_d;
  dg_date last_m, last_d;
  int day_year[13][32]; /* the year written so far with each month and day, -1 several */
} dg_date_carry;
/* dg_date_resolve going on from what the text before said (*carry), and leaving in *carry
 * what this text says to the one after; carry NULL is dg_date_resolve. */
void dg_date_resolve_on(const char *t, size_t len, dg_date *ds, size_t n, int doc_year,
                        int doc_month, int doc_day, dg_date_carry *carry);
/* dg_date_find_all in a text that goes on from one whose dates said *carry (NULL:
 * none): a date anchored to one before it (同日, 同年) that only the text before gives is
 * kept. *carry is not changed. */
dg_err dg_date_find_all_on(const dg_rules *r, const char *t, size_t len, int doc_year,
                           const dg_date_carry *carry, dg_date **out, size_t *nout,
                           dg_span **over, size_t *nover, dg_error *err);

/* The document's own date among its dates ds (in text order, as dg_date_find gives them):
 * a day with its year written, not a range: the first in its first 12 lines, else the
 * first alone on its line in its first 40, else the last of its last 8 lines that ends its
 * line after a few capitalized words at most (a sign-off: CANBERRA 27 AUGUST 2012).
 * Returns DG_DOC_DATE_LINE with it in *out when it heads its line after a few capitalized
 * words at most (BANGKOK, 2 August 2019 –), stands alone or signs off; DG_DOC_DATE_TEXT
 * when it stands in running text at the top (took place in Tokyo on 25 March 2016);
 * DG_DOC_DATE_NONE (0) when there is none. */
typedef enum { DG_DOC_DATE_NONE, DG_DOC_DATE_TEXT, DG_DOC_DATE_LINE } dg_doc_date_kind;
int dg_date_document(const char *t, size_t len, const dg_date *ds, size_t n, dg_when *out);

/* ISO 8601 of the start (end == 0) or end (end == 1) of a date: "2024-01-30", "2024-01",
 * "2024", "2030s"; "--01-30" when the year is unknown; "" when neither year nor month is
 * known. */
char *dg_date_iso(const dg_date *d, int end, char *buf, size_t size);
/* The date as a typed value, for mentions. */
dg_when dg_date_when(const dg_date *d);

#endif
