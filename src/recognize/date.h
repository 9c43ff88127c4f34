/* Dates inside the library: the forms dg_date_find tries at each position of the text (one
 * table, in order: recognize/date.c), the Japanese forms (date_parse_ja.c), the English and
 * numeric ones (date_parse_en.c), the range that may follow a date (date_range.c), and what
 * the words around a year say for its resolution (date_resolve.c). A form reads at i into
 * a zeroed dg_date and returns the length it read, or 0. */
#ifndef DG_RECOGNIZE_DATE_H
#define DG_RECOGNIZE_DATE_H

#include <stddef.h>

#include "docgraph/date.h"

/* The text being scanned. */
typedef struct dg_date_scan {
  const dg_rules *r;
  const char *t;
  size_t len;
} dg_date_scan;

typedef size_t dg_date_form_fn(const dg_date_scan *s, size_t i, dg_date *d);

typedef struct dg_date_form {
  const char *name;
  int (*may_start)(const dg_date_scan *s, size_t i); /* by the character at i */
  dg_date_form_fn *read;
} dg_date_form;

/* japanese, fiscal_year, numeric, ordinal_day, day_month, month_day, bare_year, dotted,
 * relative_en: in this order, the first that reads wins. */
extern const dg_date_form dg_date_forms[];
extern const size_t dg_date_nforms;

/* ---- Japanese (date_parse_ja.c) ---- */

/* 令和6年12月20日, 2023年度, 2020年代, R7.11.7, 昨年3月, 本年秋, 翌19日, 同日, 12月17日. */
size_t dg_date_ja(const dg_date_scan *s, size_t i, dg_date *d);
/* A month and day at i after a year written in numerals that is out of bounds (3000年5月1日,
 * 令和150年5月1日): their length, or 0. They are no date; the scan counts them for a warning. */
size_t dg_date_ja_past_bounds(const dg_date_scan *s, size_t i);
/* A word of relative_dates.tsv at i in the script wanted (Latin or not): its index and end,
 * or -1. Latin words must stand alone as a word. */
long dg_date_relative_word(const dg_date_scan *s, size_t i, int latin, size_t *end);
/* A part of the year at i (秋, 上半期, 末; not 秋田): its length or 0. */
size_t dg_date_year_part(const dg_rules *r, const char *t, size_t len, size_t i);

/* ---- English and numeric (date_parse_en.c) ---- */

/* FY2024, fiscal year 2024. */
size_t dg_date_fiscal_year(const dg_date_scan *s, size_t i, dg_date *d);
/* 2024-01-30, 2024/1/30, 2024.1.30. */
size_t dg_date_numeric(const dg_date_scan *s, size_t i, dg_date *d);
/* 11 April 2024, 11-12 April 2024, 5 May this year. */
size_t dg_date_day_month(const dg_date_scan *s, size_t i, dg_date *d);
/* The same, a date of its own only: never the head of a list (23 and 24 June). */
size_t dg_date_day_month_own(const dg_date_scan *s, size_t i, dg_date *d);
/* April 11, 2024, April 11-12, February 2023, in April, March last year. */
size_t dg_date_month_day(const dg_date_scan *s, size_t i, dg_date *d);
/* The English forms above in order (the end of a range). */
size_t dg_date_en(const dg_date_scan *s, size_t i, dg_date *d);
/* in 2013, the 2030s, 2023-2025, (World Bank, 2018). */
size_t dg_date_bare_year(const dg_date_scan *s, size_t i, dg_date *d);
/* 12.20 (土), 1/30(火): a day of the year in context written with its weekday. */
size_t dg_date_dotted(const dg_date_scan *s, size_t i, dg_date *d);
/* the Twelfth of March in the Year Two Thousand and Nineteen, this 12th day of
 * March, 2019, the twenty-first of May: an ordinal day, "of" or "day of", a month and
 * a year (written, in words after "in the Year", or none: the year in context). */
size_t dg_date_ordinal_day(const dg_date_scan *s, size_t i, dg_date *d);
/* last year, this year, the following year, last month: a word of relative_dates.tsv alone
 * (after a month it belongs to the month: in March last year). */
size_t dg_date_relative_en(const dg_date_scan *s, size_t i, dg_date *d);
/* (火), (火・祝), (月曜日): a weekday in parentheses at i; its length or 0. */
size_t dg_date_weekday(const dg_date_scan *s, size_t i);
/* A weekday after a Japanese date, in parentheses as above or written out without them:
 * one word of weekdays.tsv, then 曜 and maybe 日 (5月3日木曜日から6日); its length or 0. */
size_t dg_date_weekday_any(const dg_date_scan *s, size_t i);
/* A day of the month with an optional suffix of ordinal_suffixes.tsv (1, 1st, 22nd): its
 * length or 0. */
size_t dg_date_day_num(const dg_rules *r, const char *t, size_t len, size_t i, int *v);
/* A year after a date at q: ", 2024" or " 2024"; where it ends, or 0. */
size_t dg_date_year_after(const char *t, size_t len, size_t q, int *y);
/* Is the number that ends at e a count: a word of counters.tsv after one space (in 2000
 * cities)? */
int dg_date_count_follows(const dg_date_scan *s, size_t e);
/* The year written after a day and month that end at e whose year was not read, being out
 * of bounds (May 1, 3000; 1 May 0999): where it ends, or 0. A count is no year (May 1,
 * 5000 delegates). */
size_t dg_date_en_year_past_bounds(const dg_date_scan *s, size_t e);
/* Four digits of a year (1000..2999) ending a word; 4 or 0. */
size_t dg_date_year4(const char *t, size_t len, size_t i, int *y);

/* ---- ranges and lists (date_range.c) ---- */

/* The end of a range after the date d that starts at `start` and ends at j (10月11日～12日,
 * 2023年4月～2024年3月, from 2020 to 2022): fills d's end and returns the length added, or 0. */
size_t dg_date_range_end(const dg_date_scan *s, dg_date *d, size_t start, size_t j);

/* The next day of a list after the date d that ends at j (11月8、9日, June 23 and 24, June
 * 23, 24 and 25, 2023): d2 is d with that day, its span the day (and a year written after
 * it, which is then the year of the list); returns the length read from j, or 0. */
size_t dg_date_list_next(const dg_date_scan *s, const dg_date *d, size_t j, dg_date *d2);
/* Does a Japanese list of days that closes with 日 follow at `at`, each day after the one
 * before, from `first` (、9日 after 11月8; 、9、10日)? */
int dg_date_ja_list_follows(const dg_date_scan *s, size_t at, int first);

/* The first day of an English list whose last day carries the month (23 and 24 June 2023,
 * 5, 6 and 7 May): after the day `first` that ends at j, d is the date of the last day with
 * `first` for its day; 1, or 0 when there is no such list. */
int dg_date_en_list_head(const dg_date_scan *s, size_t j, int first, dg_date *d);

/* ---- resolution (date_resolve.c) ---- */

/* How far the date would set the year of the dates after it as a year alone, by the words
 * around it (dg_date_scope): a limit or a target, a name, a source, a heading. */
dg_date_scope dg_date_text_scope(const dg_date_scan *s, const dg_date *d);
/* Does a word of date_past.tsv before or after the date say it was past at the document's
 * date (since September 11, 9月11日以来)? */
int dg_date_text_past(const dg_date_scan *s, const dg_date *d);

/* ---- the calendar (date.c) ---- */

int dg_days_in(int y, int m);
/* Is month m (and day d, 0: none) a day of year y (0: any year, February has 29)? */
int dg_valid_md(int y, int m, int d);

#endif
