/* Ranges and lists of dates (see recognize/date.h): a date followed by a separator of
 * date_ranges.tsv and a second, full or partial date: 10月11日～12日, 2023年4月～2024年3月,
 * 1月30日(火)～2月2日, 1 April 2023 - 31 March 2024, from 2020 to 2022, FY2025-FY2027, between 2020
 * and 2025. The end must come after the start and be of a kind that can end it: a fiscal year
 * ends with a fiscal year, a day with a day or a month. An end written without its year is in
 * the start's year, or the next one when its month comes earlier (12月28日～1月5日, 2023年4月～翌年3月); a
 * start without its year takes the end's (4月～2024年3月: 2023-04). A list of days in one month
 * (11月8、9日, June 23 and 24, 23 and 24 June 2023; a weekday may follow a Japanese day:
 * 7月1日(土)及び2日(日)) is a date for each day, each with the month and year of the list; a year written after the last day (June 23 and 24, 2023) is the year of
 * them all. */
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/date.h"
#include "recognize/number.h"
#include "recognize/wordscan.h"

/* A separator of date_ranges.tsv at j after a date that starts at `start`; a between
 * separator only after a between word (between 2020 and 2025). Its length or 0. */
static size_t range_sep(const dg_date_scan *s, size_t j, size_t start) {
  for (size_t k = 0; k < s->r->date_ranges.n; k++) {
    const dg_word *w = &s->r->date_ranges.w[k];
    int sp = w->as.date_range.dates;
    size_t e = sp ? dg_separator_end(w, sp, s->t, s->len, j) : 0;
    if (!e) continue;
    if (sp == DG_SPACING_BETWEEN &&
        dg_range_word_before(s->r, s->t, start, DG_RANGE_BETWEEN) == (size_t)-1)
      return 0;
    return e - j;
  }
  return 0;
}

/* Is (y2,m2,d2) after (y,m,d)? Zeros compare as unknown (equal). */
static int later(int y, int m, int d, int y2, int m2, int d2) {
  if (y && y2 && y != y2) return y2 > y;
  if (m && m2 && m != m2) return m2 > m;
  if (d && d2 && d != d2) return d2 > d;
  return 0;
}

/* The second date at b, after the start d: a year after a year (from 2020 to 2022,
 * FY2023-2025), a Japanese date, a day alone after a day (10月11日～12日), an English date. */
static size_t second_date(const dg_date_scan *s, const dg_date *d, size_t b, dg_date *d2) {
  const char *t = s->t;
  size_t len = s->len, n2 = 0, k;
  int y2, dd;
  if (d->prec == DG_DATE_YEAR && b < len && dg_is_digit(t[b]) && dg_date_year4(t, len, b, &y2) &&
      !dg_lit(t, len, b + 4, "年") && y2 > d->year) {
    memset(d2, 0, sizeof *d2);
    d2->year = y2, d2->prec = DG_DATE_YEAR, d2->fiscal = d->fiscal;
    return 4;
  }
  /* a day alone as news writes it (bare_day) ends a range as the day after a day below */
  if ((n2 = dg_date_ja(s, b, d2)) && d2->anchor != DG_ANCHOR_NEWS_DAY) return n2;
  if (d->prec == DG_DATE_DAY && (k = dg_field_number_at(s->r, t, len, b, 2, &dd)) &&
      dg_lit(t, len, b + k, "日") && dg_valid_md(d->year, d->month, dd)) {
    memset(d2, 0, sizeof *d2);
    d2->month = d->month, d2->day = dd, d2->prec = DG_DATE_DAY;
    d2->anchor = DG_ANCHOR_CONTEXT;
    return k + strlen("日");
  }
  return dg_date_en(s, b, d2);
}

/* Can d2 end a range that d starts? Not a decade or a day counted from another date; a
 * fiscal year ends with a fiscal year, a day with a day or a month, a year with a year. */
static int can_end(const dg_date *d, const dg_date *d2) {
  if (d2->prec == DG_DATE_DECADE) return 0;
  if (d2->anchor == DG_ANCHOR_MONTH || d2->anchor == DG_ANCHOR_DAY ||
      d2->anchor == DG_ANCHOR_DOC_MONTH)
    return 0;
  if (d->fiscal != d2->fiscal) return 0;
  if (d2->prec == DG_DATE_YEAR && d->prec != DG_DATE_YEAR) return 0;
  return !(d->prec == DG_DATE_YEAR && d2->prec != DG_DATE_YEAR && d2->anchor);
}

/* The years of start and end when the end names its year: a start without one takes the
 * end's, or the year before (4月～2024年3月). Returns 0 when the end is not later. */
static int join_written(dg_date *d, const dg_date *d2, int m2) {
  if (d->anchor) {
    int y = d2->year - (d->month > m2 ? 1 : 0);
    if (!later(y, d->month, d->day, d2->year, m2, d2->day)) return 0;
    d->year = y;
    d->anchor = DG_ANCHOR_NONE, d->offset = 0, d->relative = 0;
  } else if (!later(d->year, d->month, d->day, d2->year, m2, d2->day)) {
    return 0;
  }
  d->year2 = d2->year;
  return 1;
}

/* The years from start to end when the end has no year of its own: the next year when its
 * month comes earlier (12月28日～1月5日), or the offset of 翌年 (2023年4月～翌年3月). */
static int join_anchored(dg_date *d, const dg_date *d2, int m2) {
  int diff;
  if (d2->anchor == DG_ANCHOR_CONTEXT)
    diff = m2 < d->month;
  else if (d2->anchor == DG_ANCHOR_YEAR)
    diff = d2->offset;
  else if (d2->anchor == DG_ANCHOR_DOC && d->anchor == DG_ANCHOR_DOC)
    diff = d2->offset - d->offset;
  else
    return 0;
  if (diff < 0 || (diff == 0 && !later(0, d->month, d->day, 0, m2, d2->day))) return 0;
  if (d->anchor)
    d->year2_offset = (int8_t)diff;
  else
    d->year2 = d->year + diff;
  return 1;
}

size_t dg_date_range_end(const dg_date_scan *s, dg_date *d, size_t start, size_t j) {
  if (d->month2 || d->year2) return 0;
  if (d->anchor == DG_ANCHOR_MONTH || d->anchor == DG_ANCHOR_DAY ||
      d->anchor == DG_ANCHOR_DOC_MONTH)
    return 0;
  if (d->anchor && d->prec == DG_DATE_YEAR) return 0; /* 本年秋 */
  size_t w = dg_date_weekday_any(s, j);
  size_t sep = range_sep(s, j + w, start);
  if (!sep) return 0;
  dg_date d2;
  size_t n2 = second_date(s, d, j + w + sep, &d2);
  if (!n2 || !can_end(d, &d2)) return 0;
  int m2 = d2.month ? d2.month : d->month;
  if (!(d2.anchor == DG_ANCHOR_NONE ? join_written(d, &d2, m2) : join_anchored(d, &d2, m2)))
    return 0;
  d->month2 = d2.month;
  d->day2 = d2.day;
  return w + sep + n2;
}

/* ---- lists of days ---- */

/* A separator of day_lists.tsv at j, in the Japanese or English use; where it ends, or 0.
 * English days are also joined by a comma and a space, or a comma before the separator
 * (June 23, 24, and 25). */
static size_t list_sep(const dg_date_scan *s, size_t j, int japanese) {
  const char *t = s->t;
  for (size_t k = 0; k < s->r->day_lists.n; k++) {
    const dg_word *w = &s->r->day_lists.w[k];
    int sp = japanese ? w->as.day_range.japanese : w->as.day_range.english;
    size_t e = sp ? dg_separator_end(w, sp, t, s->len, j) : 0;
    if (!e && sp && !japanese && dg_lit(t, s->len, j, ","))
      e = dg_separator_end(w, sp, t, s->len, j + 1);
    if (e) return e;
  }
  return !japanese && dg_lit(t, s->len, j, ", ") ? j + 2 : 0;
}

/* A day of a Japanese list at b: a number, with 日 when it closes the list (*last); where
 * it ends, or 0 (7日間 is a duration). */
static size_t ja_list_day(const dg_date_scan *s, size_t b, int *day, int *last) {
  size_t k = dg_field_number_at(s->r, s->t, s->len, b, 2, day), e = b + k;
  *last = 0;
  if (!k) return 0;
  if (!dg_lit(s->t, s->len, e, "日")) return e;
  if (dg_lit(s->t, s->len, e + strlen("日"), "間")) return 0;
  *last = 1;
  return e + strlen("日");
}

int dg_date_ja_list_follows(const dg_date_scan *s, size_t at, int first) {
  int day, last = 0;
  for (size_t b; !last; first = day) {
    if (!(b = list_sep(s, at, 1)) || !(at = ja_list_day(s, b, &day, &last)) || day <= first)
      return 0;
  }
  return 1;
}

/* An English day of a list at b (24, 24th), not a count (24 countries) nor the day of a
 * date of its own (24 June 2023); where it ends, or 0. */
static size_t en_list_day(const dg_date_scan *s, size_t b, int *day) {
  size_t k = dg_date_day_num(s->r, s->t, s->len, b, day);
  dg_date own;
  if (!k || dg_date_count_follows(s, b + k) || dg_date_day_month_own(s, b, &own)) return 0;
  return b + k;
}

size_t dg_date_list_next(const dg_date_scan *s, const dg_date *d, size_t j, dg_date *d2) {
  if (d->prec != DG_DATE_DAY || d->month2 || d->day2 || d->year2 ||
      (d->anchor != DG_ANCHOR_NONE && d->anchor != DG_ANCHOR_CONTEXT) ||
      dg_range_word_before(s->r, s->t, d->start, DG_RANGE_BETWEEN) != (size_t)-1)
    return 0;
  int japanese = 0, day, last = 0, y;
  for (size_t k = d->start; k < d->end; k++) japanese |= (unsigned char)s->t[k] >= 0x80;
  size_t b = list_sep(s, j + (japanese ? dg_date_weekday_any(s, j) : 0), japanese), e;
  if (!b) return 0;
  if (japanese)
    e = ja_list_day(s, b, &day, &last);
  else
    e = en_list_day(s, b, &day);
  if (!e || day <= d->day || !dg_valid_md(d->year, d->month, day) ||
      (japanese && !last && !dg_date_ja_list_follows(s, e, day)))
    return 0;
  *d2 = *d;
  d2->day = day;
  d2->start = (uint32_t)b;
  size_t ye = !japanese && d->anchor ? dg_date_year_after(s->t, s->len, e, &y) : 0;
  if (ye && dg_valid_md(y, d->month, day)) /* June 23 and 24, 2023 */
    d2->year = y, d2->anchor = DG_ANCHOR_NONE, d2->relative = 0, e = ye;
  d2->end = (uint32_t)e;
  return e - j;
}

int dg_date_en_list_head(const dg_date_scan *s, size_t j, int first, dg_date *d) {
  int day, prev = first;
  dg_date own;
  for (size_t b; (b = list_sep(s, j, 0)); j = b + dg_date_day_num(s->r, s->t, s->len, b, &day)) {
    if (dg_date_day_month_own(s, b, &own)) {
      if (own.prec != DG_DATE_DAY || own.month2 || own.day <= prev ||
          !dg_valid_md(own.year, own.month, first))
        return 0;
      *d = own;
      d->day = first;
      return 1;
    }
    if (!dg_date_day_num(s->r, s->t, s->len, b, &day) || day <= prev) return 0;
    prev = day;
  }
  return 0;
}
