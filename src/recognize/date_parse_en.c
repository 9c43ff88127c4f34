/* English and numeric dates (see recognize/date.h):
 *   D[-D] Month YYYY, D to D Month YYYY, Month D[-D][,] YYYY, Month[,] YYYY, (in|since ...)
 *   Month, Month [D] [of] last year, FY2024, fiscal year 2024, YYYY-MM-DD, YYYY/M/D,
 *   YYYY.M.D, (in|since|by|no later than ...) YYYY, the YYYYs, YYYY-YYYY, M.D (土), last
 *   year, this month (alone), today, yesterday, the Twelfth (day) of March [in the Year Two Thousand and
 *   Nineteen | 2019] (a treaty's or a declaration's date written out).
 * A month is capitalized (May the month, not "may" the verb); a bare year needs a word of
 * date_prepositions.tsv before it (in 2013; not Expo 2025, Vision 2030) and is no count
 * (in 2000 cities). Month, preposition, fiscal, separator, weekday and suffix words come
 * from dg_rules. */
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/date.h"
#include "recognize/number.h"
#include "recognize/wordscan.h"

static int word_boundary_before(const char *t, size_t i) {
  return i == 0 || !dg_is_ascii_alnum((unsigned char)t[i - 1]);
}

/* A month name at i, capitalized (May the month, not "may" the verb). Upper case throughout
 * ("MAY", "MARCH") is accepted: headings. */
static long month_at(const dg_rules *r, const char *t, size_t len, size_t i, size_t *end) {
  if (i >= len || !dg_is_upper(t[i]) || !word_boundary_before(t, i)) return -1;
  long m = dg_wordlist_at(&r->months, t, len, i);
  if (m < 0) return -1;
  size_t e = i + r->months.w[m].len;
  if (dg_alnum_at(t, len, e)) return -1;
  *end = e;
  return m;
}

/* Is the month word the month's full name (the longest word of its month)? */
static int full_month_name(const dg_rules *r, long m) {
  const dg_word *w = &r->months.w[m];
  for (size_t k = 0; k < r->months.n; k++)
    if (r->months.w[k].as.month.month == w->as.month.month && r->months.w[k].len > w->len) return 0;
  return w->s[w->len - 1] != '.';
}

size_t dg_date_year4(const char *t, size_t len, size_t i, int *y) {
  if (dg_digits_at(t, len, i, 4, y) != 4 || *y < 1000 || *y > 2999) return 0;
  if (dg_alnum_at(t, len, i + 4)) return 0;
  return 4;
}

/* A day of the month with an optional suffix of ordinal_suffixes.tsv: 1, 1st, 22nd. */
size_t dg_date_day_num(const dg_rules *r, const char *t, size_t len, size_t i, int *v) {
  size_t k = dg_digits_at(t, len, i, 2, v);
  if (!k) return 0;
  for (size_t q = 0; q < r->ordinal_suffixes.n; q++) {
    const dg_word *w = &r->ordinal_suffixes.w[q];
    if (dg_lit(t, len, i + k, w->s) && !dg_alnum_at(t, len, i + k + w->len)) return k + w->len;
  }
  if (dg_alnum_at(t, len, i + k)) return 0;
  return k;
}

/* Is there a word of date_prepositions.tsv before i ("in ", "since ", "mid-"), beginning a
 * word? */
static int after_time_prep(const dg_rules *r, const char *t, size_t i) {
  for (size_t k = 0; k < r->date_prepositions.n; k++) {
    const dg_word *w = &r->date_prepositions.w[k];
    size_t e = i;
    if (w->s[w->len - 1] != '-') {
      if (e == 0 || t[e - 1] != ' ') continue;
      e--;
    }
    if (dg_word_cased_before(w, w->as.date_preposition.letters, t, e) &&
        word_boundary_before(t, e - w->len))
      return 1;
  }
  return 0;
}

/* 11-13, 11 to 13: a second day after the first (> first) with a separator of
 * day_ranges.tsv; the length of separator and day, or 0. */
static size_t day_range_en(const dg_date_scan *s, size_t at, int first, int *second) {
  size_t sp = 0, k;
  for (size_t q = 0; q < s->r->day_ranges.n && !sp; q++) {
    const dg_word *w = &s->r->day_ranges.w[q];
    sp = dg_separator_end(w, w->as.day_range.english, s->t, s->len, at);
  }
  if (!sp || !(k = dg_date_day_num(s->r, s->t, s->len, sp, second)) || *second <= first) return 0;
  return sp + k - at;
}

/* "last year", ", of the same year" after an English month or day (in March last year):
 * sets the anchor; the length or 0. */
static size_t en_relative_year(const dg_date_scan *s, size_t q, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, j = q, e;
  if (dg_lit(t, len, j, ",")) j++;
  if (!dg_lit(t, len, j, " ")) return 0;
  j++;
  if (dg_lit(t, len, j, "of ")) j += 3;
  long w = dg_date_relative_word(s, j, 1, &e);
  if (w < 0) return 0;
  const dg_word *rw = &s->r->relative_dates.w[w];
  if (rw->as.relative.anchor != DG_ANCHOR_DOC && rw->as.relative.anchor != DG_ANCHOR_YEAR) return 0;
  d->anchor = rw->as.relative.anchor;
  d->offset = (int8_t)rw->as.relative.offset;
  d->relative = 1;
  return e - q;
}

/* A year after a date at q: ", 2024" or " 2024" (needs a space or a comma); its end, or 0. */
size_t dg_date_year_after(const char *t, size_t len, size_t q, int *y) {
  size_t p = dg_lit(t, len, q, ",") ? q + 1 : q;
  p = dg_skip_spaces(t, len, p);
  return p > q && dg_date_year4(t, len, p, y) ? p + 4 : 0;
}

/* The year of a day and month that end at q: written after them (April 11, 2024; 11 April
 * 2024), counted from another (11 April last year), or the year in context. Returns where
 * the date ends. */
static size_t day_year(const dg_date_scan *s, size_t q, dg_date *d) {
  int y;
  size_t e = dg_date_year_after(s->t, s->len, q, &y);
  if (e && dg_valid_md(y, d->month, d->day)) {
    d->year = y;
    if (d->month2) d->year2 = y;
    return e;
  }
  size_t rl = en_relative_year(s, q, d);
  d->relative = 1;
  if (!rl) d->anchor = DG_ANCHOR_CONTEXT;
  return q + rl;
}

/* April 11[-12][,] 2024, March 11 to 13 (not March 1 to 31 December: a range of dates),
 * April 11 [last year]: the day at j (kd bytes, value v) after the month. */
static size_t month_then_day(const dg_date_scan *s, size_t i, size_t j, size_t kd, int v,
                             dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, after = j + kd, me, rs;
  int v2;
  if (!dg_valid_md(0, d->month, v)) return 0;
  d->day = v;
  d->prec = DG_DATE_DAY;
  if ((rs = day_range_en(s, after, v, &v2)) && dg_valid_md(0, d->month, v2) &&
      !(dg_lit(t, len, after + rs, " ") && month_at(s->r, t, len, after + rs + 1, &me) >= 0)) {
    d->month2 = d->month, d->day2 = v2;
    after += rs;
  }
  return day_year(s, after, d) - i;
}

/* February 2023, February, 2023, February of 2021; March last year; in April, by March (a
 * month of the year in context). The month m ends at e. */
static size_t month_alone(const dg_date_scan *s, size_t i, long m, size_t e, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, q = e;
  int y;
  if (dg_lit(t, len, q, ","))
    q++;
  else if (dg_lit(t, len, q, " of "))
    q += 3;
  q = dg_skip_spaces(t, len, q);
  d->prec = DG_DATE_MONTH;
  if (q > e && dg_date_year4(t, len, q, &y)) {
    d->year = y;
    return q + 4 - i;
  }
  size_t rl = en_relative_year(s, e, d);
  if (rl && full_month_name(s->r, m)) return e + rl - i;
  d->anchor = DG_ANCHOR_NONE, d->offset = 0;
  if (full_month_name(s->r, m) && after_time_prep(s->r, t, i)) {
    d->anchor = DG_ANCHOR_CONTEXT;
    d->relative = 1;
    return e - i;
  }
  return 0;
}

size_t dg_date_month_day(const dg_date_scan *s, size_t i, dg_date *d) {
  size_t e;
  int v;
  memset(d, 0, sizeof *d);
  long m = month_at(s->r, s->t, s->len, i, &e);
  if (m < 0) return 0;
  d->month = s->r->months.w[m].as.month.month;
  size_t j = dg_skip_spaces(s->t, s->len, e);
  size_t kd = j > e ? dg_date_day_num(s->r, s->t, s->len, j, &v) : 0;
  if (kd) return month_then_day(s, i, j, kd, v, d);
  return month_alone(s, i, m, e, d);
}

/* D Month YYYY / D-D Month YYYY / D to D Month YYYY / D Month [last year]; with `lists`,
 * also the first D of D and D Month YYYY (its own date, the span the day alone). A list's
 * later days are tried without lists: each is a date of its own or a plain day, so a run
 * of numbers is walked once, not once per way to split it (19, 31, 10, 13, ... before a
 * month was exponential). */
static size_t day_month(const dg_date_scan *s, size_t i, dg_date *d, int lists) {
  const char *t = s->t;
  size_t len = s->len, e, rs;
  int v, v2 = 0;
  memset(d, 0, sizeof *d);
  size_t k = word_boundary_before(t, i) ? dg_date_day_num(s->r, t, len, i, &v) : 0;
  if (!k) return 0;
  size_t j = i + k;
  if ((rs = day_range_en(s, j, v, &v2)))
    j += rs;
  else
    v2 = 0;
  long m = dg_lit(t, len, j, " ") ? month_at(s->r, t, len, j + 1, &e) : -1;
  if (m < 0) /* 23 and 24 June; not between 23 and 24 June (a range) */
    return lists && !v2 && dg_range_word_before(s->r, t, i, DG_RANGE_BETWEEN) == (size_t)-1 &&
                   dg_date_en_list_head(s, j, v, d)
               ? k
               : 0;
  int mo = s->r->months.w[m].as.month.month;
  if (!dg_valid_md(0, mo, v) || (v2 && !dg_valid_md(0, mo, v2))) return 0;
  d->month = mo;
  d->day = v;
  if (v2) d->month2 = mo, d->day2 = v2;
  d->prec = DG_DATE_DAY;
  return day_year(s, e, d) - i;
}

size_t dg_date_day_month(const dg_date_scan *s, size_t i, dg_date *d) {
  return day_month(s, i, d, 1);
}

size_t dg_date_day_month_own(const dg_date_scan *s, size_t i, dg_date *d) {
  return day_month(s, i, d, 0);
}

/* YYYY-MM-DD (two digits each, a time may follow: ...T10:00), YYYY/M/D, YYYY.M.D */
size_t dg_date_numeric(const dg_date_scan *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int y, m, dd;
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(t, i)) return 0;
  if (dg_digits_at(t, len, i, 4, &y) != 4 || y < 1900 || y > 2100 || i + 4 >= len) return 0;
  char sep = t[i + 4];
  if (sep != '-' && sep != '/' && sep != '.') return 0;
  size_t km = dg_digits_at(t, len, i + 5, 2, &m);
  if (!km || (sep == '-' && km != 2) || i + 5 + km >= len || t[i + 5 + km] != sep) return 0;
  size_t p = i + 6 + km;
  size_t kd = dg_digits_at(t, len, p, 2, &dd);
  if (!kd || (sep == '-' && kd != 2) || !dg_valid_md(y, m, dd) || dd == 0) return 0;
  size_t e = p + kd;
  int time_follows = sep == '-' && e + 1 < len && t[e] == 'T' && dg_is_digit(t[e + 1]);
  if ((dg_alnum_at(t, len, e) && !time_follows) ||
      (e + 1 < len && (t[e] == sep || t[e] == '.') && dg_is_digit(t[e + 1])))
    return 0;
  d->year = y, d->month = m, d->day = dd, d->prec = DG_DATE_DAY;
  return e - i;
}

/* FY2024, FY 2024, fiscal year 2024, fiscal 2024: a word of fiscal_years.tsv, then one
 * space (optional for a glued word), then the year. Japanese fiscal years begin in April. */
size_t dg_date_fiscal_year(const dg_date_scan *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(t, i)) return 0;
  for (size_t k = 0; k < s->r->fiscal_years.n; k++) {
    const dg_word *w = &s->r->fiscal_years.w[k];
    if (!dg_word_cased_at(w, w->as.fiscal_year.letters, t, len, i)) continue;
    size_t j = i + w->len;
    if (dg_lit(t, len, j, " "))
      j++;
    else if (!w->as.fiscal_year.glued)
      continue;
    int y;
    if (!dg_date_year4(t, len, j, &y)) continue;
    d->year = y;
    d->fiscal = 1;
    d->prec = DG_DATE_YEAR;
    return j + 4 - i;
  }
  return 0;
}

size_t dg_date_en(const dg_date_scan *s, size_t i, dg_date *d) {
  static dg_date_form_fn *const forms[] = {dg_date_fiscal_year, dg_date_numeric, dg_date_day_month,
                                           dg_date_month_day};
  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
    size_t n = forms[k](s, i, d);
    if (n) return n;
  }
  memset(d, 0, sizeof *d);
  return 0;
}

/* "in 2000 cities", "2000 to 2030 people": a count, when a counter follows the number at
 * e after one space. */
int dg_date_count_follows(const dg_date_scan *s, size_t e) {
  if (!(e + 1 < s->len && s->t[e] == ' ')) return 0;
  long c = dg_wordlist_at(&s->r->counters, s->t, s->len, e + 1);
  return c >= 0 && !dg_alnum_at(s->t, s->len, e + 1 + s->r->counters.w[c].len);
}

size_t dg_date_en_year_past_bounds(const dg_date_scan *s, size_t e) {
  size_t p = dg_skip_spaces(s->t, s->len, dg_lit(s->t, s->len, e, ",") ? e + 1 : e);
  int y;
  if (p == e || dg_digits_at(s->t, s->len, p, 4, &y) != 4 || dg_alnum_at(s->t, s->len, p + 4) ||
      (y >= 1000 && y <= 2999) || dg_date_count_follows(s, p + 4))
    return 0;
  return p + 4;
}

/* 2023-2025, 2026 to 2030 at i (year y): a span of years, preposition or not, with a
 * separator of date_ranges.tsv; its length, or 0. (size_t)-1: a count, no date at all. */
static size_t year_span(const dg_date_scan *s, size_t i, int y, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int y2;
  for (size_t q = 0; q < s->r->date_ranges.n; q++) {
    const dg_word *w = &s->r->date_ranges.w[q];
    int sp = w->as.date_range.years;
    size_t b = sp ? dg_separator_end(w, sp, t, len, i + 4) : 0, e = b + 4;
    if (!b || (sp == DG_SPACING_BETWEEN &&
               dg_range_word_before(s->r, t, i, DG_RANGE_BETWEEN) == (size_t)-1))
      continue;
    if (!dg_date_year4(t, len, b, &y2) || y2 <= y || y2 - y > 50 || y < 1900 || y2 > 2100 ||
        dg_lit(t, len, e, "-") || (e + 1 < len && t[e] == '.' && dg_is_digit(t[e + 1])) ||
        (i > 0 && (t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == ',')))
      continue;
    if (dg_date_count_follows(s, e)) return (size_t)-1;
    d->year = y, d->year2 = y2, d->prec = DG_DATE_YEAR;
    return e - i;
  }
  return 0;
}

/* A year in parentheses after a name or title, or citing a source: "(2023)", "(World
 * Bank, 2018)", "(世界銀行、 2018)". */
static int cited_year(const char *t, size_t len, size_t i) {
  if (!dg_lit(t, len, i + 4, ")")) return 0;
  size_t b = i > 0 && t[i - 1] == ' ' ? i - 1 : i;
  if (i > 0 && t[i - 1] == '(') return 1;
  return (b > 0 && t[b - 1] == ',' && b < i) || dg_lit_before(t, b, "、");
}

/* "in 2013", "since 2004", "the 2030s", "2023-2025": a bare year needs a preposition. */
size_t dg_date_bare_year(const dg_date_scan *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, n;
  int y;
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(t, i)) return 0;
  if (dg_digits_at(t, len, i, 4, &y) != 4 || y < 1000 || y > 2999) return 0;
  if (dg_lit(t, len, i + 4, "s") && !dg_alnum_at(t, len, i + 5)) { /* the 2030s */
    if (y % 10 != 0) return 0;
    d->year = y;
    d->prec = DG_DATE_DECADE;
    return 5;
  }
  if ((n = year_span(s, i, y, d))) return n == (size_t)-1 ? 0 : n;
  if (dg_alnum_at(t, len, i + 4) || dg_lit(t, len, i + 4, "-") ||
      (i + 5 < len && (t[i + 4] == '.' || t[i + 4] == ',') && dg_is_digit(t[i + 5])))
    return 0;
  if (y < 1800 || y > 2199) return 0;
  if (!after_time_prep(s->r, t, i) && !cited_year(t, len, i)) return 0;
  if (dg_date_count_follows(s, i + 4)) return 0;
  d->year = y;
  d->prec = DG_DATE_YEAR;
  return 4;
}

/* A day written as an ordinal at i: a word of ordinals.tsv up to 31 (Sixth, twenty-third;
 * any case) or a number with its suffix (6th); its length, or 0. */
static size_t ordinal_day(const dg_date_scan *s, size_t i, int *day) {
  long w = dg_wordlist_at(&s->r->ordinals, s->t, s->len, i);
  if (w >= 0 && !dg_alnum_at(s->t, s->len, i + s->r->ordinals.w[w].len)) {
    *day = s->r->ordinals.w[w].as.ordinal.number;
    return *day <= 31 ? s->r->ordinals.w[w].len : 0;
  }
  size_t k = dg_date_day_num(s->r, s->t, s->len, i, day);
  return k && !dg_is_digit(s->t[i + k - 1]) ? k : 0; /* 6th, not 6 */
}

/* The year of a date written out, at q: ", 2023", " 2023", or "in the Year 2023" / "in the
 * Year Two Thousand and Nineteen" (any case); its end, or 0. */
static size_t formal_year(const dg_date_scan *s, size_t q, int *y) {
  static const dg_word in_the_year = {.s = " in the year ", .len = 13};
  size_t e = dg_date_year_after(s->t, s->len, q, y), p = q, k;
  if (e) return e;
  if (dg_lit(s->t, s->len, p, ",")) p++;
  if (!dg_word_at(&in_the_year, s->t, s->len, p)) return 0;
  p += in_the_year.len;
  if (dg_date_year4(s->t, s->len, p, y)) return p + 4;
  k = dg_number_words_at(s->r, s->t, s->len, p, y);
  return k && *y >= 1000 && *y <= 2999 ? p + k : 0;
}

size_t dg_date_ordinal_day(const dg_date_scan *s, size_t i, dg_date *d) {
  static const dg_word day_of = {.s = " day of ", .len = 8}, of = {.s = " of ", .len = 4};
  size_t e, j, q;
  int day, y;
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(s->t, i) || !(j = ordinal_day(s, i, &day))) return 0;
  j += i;
  if (dg_word_at(&day_of, s->t, s->len, j))
    j += day_of.len;
  else if (dg_lit(s->t, s->len, j, of.s))
    j += of.len;
  else
    return 0;
  long m = month_at(s->r, s->t, s->len, j, &e);
  if (m < 0 || !dg_valid_md(0, s->r->months.w[m].as.month.month, day)) return 0;
  d->month = s->r->months.w[m].as.month.month, d->day = day, d->prec = DG_DATE_DAY;
  if ((q = formal_year(s, e, &y)) && dg_valid_md(y, d->month, day)) {
    d->year = y;
    return q - i;
  }
  d->anchor = DG_ANCHOR_CONTEXT, d->relative = 1;
  return e - i;
}

size_t dg_date_relative_en(const dg_date_scan *s, size_t i, dg_date *d) {
  size_t e;
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(s->t, i)) return 0;
  long w = dg_date_relative_word(s, i, 1, &e);
  if (w < 0 || dg_lit_before(s->t, i, "the ") || dg_lit_before(s->t, i, "The "))
    return 0; /* the last year of the plan, over the last year: no calendar year */
  const dg_word *rw = &s->r->relative_dates.w[w];
  int a = rw->as.relative.anchor;
  if (a != DG_ANCHOR_DOC && a != DG_ANCHOR_YEAR && a != DG_ANCHOR_DOC_MONTH &&
      a != DG_ANCHOR_DOC_DAY)
    return 0;
  d->anchor = (uint8_t)a;
  d->offset = (int8_t)rw->as.relative.offset;
  d->relative = 1;
  d->prec = a == DG_ANCHOR_DOC_DAY     ? DG_DATE_DAY
            : a == DG_ANCHOR_DOC_MONTH ? DG_DATE_MONTH
                                       : DG_DATE_YEAR;
  return e - i;
}

/* The words of weekdays.tsv from j on, at most `max`: where they end; *n how many. */
static size_t weekday_words(const dg_date_scan *s, size_t j, int max, int *n) {
  *n = 0;
  while (j < s->len && *n < max) {
    long k = dg_wordlist_at(&s->r->weekdays, s->t, s->len, j);
    if (k < 0) break;
    j += s->r->weekdays.w[k].len;
    (*n)++;
  }
  return j;
}

size_t dg_date_weekday(const dg_date_scan *s, size_t i) {
  if (!dg_lit(s->t, s->len, i, "(")) return 0;
  int n;
  size_t j = weekday_words(s, i + 1, 6, &n);
  if (!n || !dg_lit(s->t, s->len, j, ")")) return 0;
  return j + 1 - i;
}

/* 曜, which makes a weekday written out without parentheses (木曜日, 木曜). */
static const char YOU[] = "\xE6\x9B\x9C";

size_t dg_date_weekday_any(const dg_date_scan *s, size_t i) {
  size_t w = dg_date_weekday(s, i);
  if (w || i >= s->len || (unsigned char)s->t[i] < 0x80) return w;
  int n;
  size_t j = weekday_words(s, i, 3, &n); /* 木|曜|日 */
  if (n < 2 || !dg_lit(s->t, s->len, i + (size_t)dg_utf8_len(s->t + i, s->t + s->len), YOU))
    return 0;
  return j - i;
}

/* M.D (土), M/D(火): a day of the year in context written with its weekday (web pages). */
size_t dg_date_dotted(const dg_date_scan *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int m, dd;
  memset(d, 0, sizeof *d);
  size_t k = dg_digits_at(t, len, i, 2, &m);
  if (!k || i + k >= len || (t[i + k] != '.' && t[i + k] != '/')) return 0;
  size_t k2 = dg_digits_at(t, len, i + k + 1, 2, &dd);
  if (!k2 || !dg_valid_md(0, m, dd) || dd == 0) return 0;
  size_t e = i + k + 1 + k2;
  if (!dg_date_weekday(s, dg_skip_spaces(t, len, e))) return 0;
  d->month = m, d->day = dd, d->prec = DG_DATE_DAY, d->relative = 1;
  d->anchor = DG_ANCHOR_CONTEXT;
  return e - i;
}
