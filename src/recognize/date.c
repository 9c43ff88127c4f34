/* Dates (see docgraph/date.h).
 * Japanese: [era N|元 [(YYYY)] | YYYY [(era N)]] 年 [度|代] [M月 [D日]], era N.M.D (R7.11.7),
 * a relative year (昨年, 同年, 翌年 ...: relative_dates.tsv) with M月[D日] or a part of the
 * year (本年秋), 翌D日 / 同月D日, and M月[D日] without a year; numbers in ASCII or kanji digits
 * (令和六年十二月二十日, 二〇二四年).
 * English: D[-D] Month YYYY, D to D Month YYYY, Month D[-D], YYYY, Month [,] YYYY, (in|since|
 * ...) Month, Month [D] [of] last year, (in|since|by|no later than ...) YYYY, the YYYYs,
 * FY2024, fiscal year 2024, YYYY-MM-DD, YYYY/M/D, YYYY.M.D.
 * Any of them may be followed by a range to a second date: 10月11-12日, 2023年4月～2024年3月,
 * 1月30日(火)～2月2日, 1 April 2023 - 31 March 2024, from 2020 to 2022, 2026 to 2030,
 * FY2025-FY2027.
 * Not dates: durations (5年間), bare two-digit years (21年経った), a year without a
 * preposition (Expo 2025, Vision 2030), counts (in 2000 cities), "may" the verb, a relative
 * year alone (同年には).
 * The scan leaves a date written without its year anchored (dg_date_anchor); dg_date_resolve
 * then gives it the year of the text before it or of the document. Digits are ASCII here:
 * the text is normalized. */
#include "docgraph/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/rules_lists.h"
#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"



static int word_boundary_before(const char *t, size_t i) {
  return i == 0 || !dg_is_ascii_alnum((unsigned char)t[i - 1]);
}

static size_t skip_sp(const char *t, size_t len, size_t i) {
  while (i < len && t[i] == ' ') i++;
  return i;
}

/* Exactly 1..max ASCII digits at i (not followed by another digit); the count or 0. */
static size_t digits(const char *t, size_t len, size_t i, int max, int *val) {
  size_t k = 0;
  int v = 0;
  while (i + k < len && dg_is_digit(t[i + k]) && (int)k < max + 1) v = v * 10 + (t[i + k] - '0'), k++;
  if (k == 0 || (int)k > max) return 0;
  *val = v;
  return k;
}

/* A kanji numeral (六, 二十, 三十一, 二〇二四, 二千二十四) at i, up to 9999. Sets *nchar to
 * the characters read. */
static size_t kanji_num(const dg_rules *r, const char *t, size_t len, size_t i, int *val,
                        int *nchar) {
  int total = 0, cur = -1, last_unit = 99;
  size_t j = i;
  *nchar = 0;
  while (j < len && *nchar < 8) {
    long w = dg_wordlist_at(&r->kanji_digits, t, len, j);
    if (w < 0) break;
    const dg_word *k = &r->kanji_digits.w[w];
    if (k->as.numeral.power == 0) {
      cur = (cur < 0 ? 0 : cur) * 10 + k->as.numeral.digit;
    } else {
      if (k->as.numeral.power >= last_unit) break;
      int unit = 1;
      for (int p = 0; p < k->as.numeral.power; p++) unit *= 10;
      total += (cur < 0 ? 1 : cur) * unit;
      cur = -1;
      last_unit = k->as.numeral.power;
    }
    j += k->len;
    (*nchar)++;
  }
  if (j == i) return 0;
  total += cur > 0 ? cur : 0;
  if (total > 9999) return 0;
  *val = total;
  return j - i;
}

/* A date number: 1..max ASCII digits or a kanji numeral. */
static size_t dnum(const dg_rules *r, const char *t, size_t len, size_t i, int max, int *val) {
  if (i >= len) return 0;
  if (dg_is_digit(t[i])) return digits(t, len, i, max, val);
  int nc;
  return kanji_num(r, t, len, i, val, &nc);
}

/* A unit word after a number, with an optional space before it (PDF text: "2024 年"). */
static size_t unit_after(const char *t, size_t len, size_t i, const char *u) {
  if (dg_lit(t, len, i, u)) return strlen(u);
  if (i < len && t[i] == ' ' && dg_lit(t, len, i + 1, u)) return 1 + strlen(u);
  return 0;
}

static int days_in(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || (y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

static int valid_md(int y, int m, int d) {
  if (m < 1 || m > 12) return 0;
  if (d == 0) return 1;
  return d >= 1 && d <= days_in(y, m);
}

dg_when dg_date_when(const dg_date *d) {
  dg_when w = {d->year, d->month, d->day, d->year2, d->month2, d->day2, d->prec, d->fiscal};
  return w;
}

char *dg_date_iso(const dg_date *d, int end, char *buf, size_t size) {
  dg_when w = dg_date_when(d);
  return dg_when_iso(&w, end, buf, size);
}

/* Context of one scan. */
typedef struct {
  const dg_rules *r;
  const char *t;
  size_t len;
} scan_t;

/* ---- Japanese ---- */

/* Era year at i: 令和6 / 令和元 / 平成27 / 令和六 / R6 (Latin letters from eras.tsv, with
 * ASCII digits right after). Sets *year to the Gregorian year. */
static size_t era_year(const scan_t *s, size_t i, int *year) {
  const dg_rules *r = s->r;
  const char *t = s->t;
  size_t len = s->len;
  long e = dg_wordlist_at(&r->eras, t, len, i);
  if (e < 0) return 0;
  const dg_word *w = &r->eras.w[e];
  int latin = (unsigned char)w->s[0] < 0x80;
  size_t j = i + w->len;
  int n;
  size_t k;
  if (latin) {
    if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1])) return 0;
    if (!(k = digits(t, len, j, 2, &n)) || n == 0) return 0;
  } else {
    j = skip_sp(t, len, j);
    if (dg_lit(t, len, j, "元")) n = 1, k = strlen("元");
    else if (!(k = dnum(r, t, len, j, 2, &n)) || n == 0 || n > 99) return 0;
  }
  *year = w->as.era.first_year + n - 1;
  return j + k - i;
}

/* Month and day at i: M月[D日], M月D-D日. */
static size_t month_day(const scan_t *s, size_t i, dg_date *d, int year) {
  const char *t = s->t;
  size_t len = s->len;
  int m, dd = 0;
  size_t k = dnum(s->r, t, len, i, 2, &m);
  size_t u;
  if (!k || !(u = unit_after(t, len, i + k, "月")) || m < 1 || m > 12) return 0;
  size_t j = i + k + u;
  size_t js = j < len && t[j] == ' ' ? j + 1 : j;
  size_t k2 = dnum(s->r, t, len, js, 2, &dd);
  if (k2 && (u = unit_after(t, len, js + k2, "日"))) {
    if (!valid_md(year, m, dd)) return 0;
    d->month = m, d->day = dd;
    d->prec = DG_DATE_DAY;
    return js + k2 + u - i;
  }
  if (k2 && dg_is_digit(t[js]) && (dg_lit(t, len, js + k2, "-") || dg_lit(t, len, js + k2, "~") ||
                                dg_lit(t, len, js + k2, "〜"))) {
    /* 10月11-12日 */
    size_t sp = js + k2 + (t[js + k2] == '-' || t[js + k2] == '~' ? 1 : strlen("〜"));
    int d2;
    size_t k3 = digits(t, len, sp, 2, &d2);
    if (k3 && (u = unit_after(t, len, sp + k3, "日")) && valid_md(year, m, dd) &&
        valid_md(year, m, d2) && d2 > dd) {
      d->month = m, d->day = dd, d->month2 = m, d->day2 = d2, d->year2 = year;
      d->prec = DG_DATE_DAY;
      return sp + k3 + u - i;
    }
  }
  d->month = m;
  d->prec = DG_DATE_MONTH;
  return j - i;
}

/* A Western year at i: four ASCII digits (1000..2999) or a kanji numeral (二〇二四). */
static size_t western_year(const scan_t *s, size_t i, int *year) {
  const char *t = s->t;
  int y, nc;
  if (i < s->len && dg_is_digit(t[i])) {
    if (digits(t, s->len, i, 4, &y) != 4 || y < 1000 || y > 2999) return 0;
    *year = y;
    return 4;
  }
  size_t k = kanji_num(s->r, t, s->len, i, &y, &nc);
  if (!k || nc < 3 || y < 1868 || y > 2100) return 0;
  *year = y;
  return k;
}

/* A relative word of relative_dates.tsv at i in the script wanted (Latin or not): its index
 * and end, or -1. Latin words must end a word. */
static long relative_word(const scan_t *s, size_t i, int latin, size_t *end) {
  long w = dg_wordlist_at(&s->r->relative_dates, s->t, s->len, i);
  if (w < 0) return -1;
  const dg_word *rw = &s->r->relative_dates.w[w];
  if (((unsigned char)rw->s[0] < 0x80) != latin) return -1;
  if (latin && (!word_boundary_before(s->t, i) || dg_alnum_at(s->t, s->len, i + rw->len)))
    return -1;
  *end = i + rw->len;
  return w;
}

/* A part of the year after a relative year (本年秋, 昨年末): its length or 0. 秋田 is a
 * place, not autumn. */
static size_t year_part(const char *t, size_t len, size_t i) {
  static const char *const parts[] = {"上半期", "下半期", "初め", "初頭", "前半", "後半",
                                      "半ば", "中頃", "春", "夏", "秋", "冬", "末"};
  for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
    if (dg_lit(t, len, i, parts[k]) && !dg_lit(t, len, i + strlen(parts[k]), "田"))
      return strlen(parts[k]);
  return 0;
}

/* Is the character at i (before i when `before`) a kanji? */
static int kanji_at(const scan_t *s, size_t i, int before) {
  uint32_t cp;
  if (before) {
    if (i == 0 || (unsigned char)s->t[i - 1] < 0x80) return 0;
    i = dg_utf8_prev(s->t, i);
  }
  if (i >= s->len || (unsigned char)s->t[i] < 0x80) return 0;
  dg_utf8_decode(s->t + i, s->t + s->len, &cp);
  return dg_script_of(cp) == DG_SC_KANJI;
}

/* Can a relative year at [i, e) stand alone (昨年の会合, 同年に)? Not inside a word: 日本年金,
 * 同年代, 同年齢, 前年比, 前年同期. */
static int lone_relative(const scan_t *s, size_t i, size_t e) {
  return !kanji_at(s, i, 1) && !kanji_at(s, e, 0);
}

/* 翌19日, 同月20日: a day (and month) counted from the date before. `j` follows the word. */
static size_t relative_day(const scan_t *s, size_t i, size_t j, const dg_word *w, dg_date *d) {
  int dd;
  size_t js = j < s->len && s->t[j] == ' ' ? j + 1 : j;
  size_t k = dnum(s->r, s->t, s->len, js, 2, &dd), u;
  if (!k || !(u = unit_after(s->t, s->len, js + k, "日")) || dd < 1 || dd > 31) return 0;
  if (dg_lit(s->t, s->len, js + k + u, "間")) return 0; /* 翌2日間: a duration */
  d->day = dd;
  d->prec = DG_DATE_DAY;
  d->anchor = w->as.relative.anchor;
  d->offset = (int8_t)w->as.relative.offset;
  d->relative = 1;
  return js + k + u - i;
}

/* R7.11.7, H31.4.30, 令和7.11.7: an era year with month and day after dots or slashes. */
static size_t era_numeric(const scan_t *s, size_t j, int year, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int m, dd;
  if (j >= len || (t[j] != '.' && t[j] != '/')) return 0;
  char sep = t[j];
  size_t km = digits(t, len, j + 1, 2, &m);
  if (!km || j + 1 + km >= len || t[j + 1 + km] != sep) return 0;
  size_t p = j + 2 + km;
  size_t kd = digits(t, len, p, 2, &dd);
  if (!kd || dd == 0 || !valid_md(year, m, dd)) return 0;
  size_t e = p + kd;
  if (dg_alnum_at(t, len, e) || (e + 1 < len && (t[e] == '.' || t[e] == sep) && dg_is_digit(t[e + 1])))
    return 0;
  d->year = year, d->month = m, d->day = dd, d->prec = DG_DATE_DAY;
  return e - j;
}

/* Japanese date at i; returns its length or 0. A date without a year is left anchored. */
static size_t ja_date(const scan_t *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  memset(d, 0, sizeof *d);
  size_t j = i;
  int year = 0, y2, western = 0, anchor = DG_ANCHOR_NONE;
  size_t k = era_year(s, j, &year), rk;
  long rel;
  if (k) {
    j += k;
    /* R7.11.7 */
    size_t nk = era_numeric(s, j, year, d);
    if (nk) return j + nk - i;
    /* 令和6(2024)年 */
    if (dg_lit(t, len, j, "(") && digits(t, len, j + 1, 4, &y2) == 4 && dg_lit(t, len, j + 5, ")"))
      j += 6;
  } else if ((k = western_year(s, j, &year)) > 0) {
    j += k;
    western = 1;
    /* 2023(令和5)年 */
    if (dg_lit(t, len, j, "(")) {
      int ey;
      size_t ek = era_year(s, j + 1, &ey);
      if (ek && dg_lit(t, len, j + 1 + ek, ")")) j += 2 + ek;
    }
  } else if ((rel = relative_word(s, j, 0, &rk)) >= 0) {
    /* 昨年3月, 同年8月, 本年秋; 翌19日, 同月20日 */
    const dg_word *w = &s->r->relative_dates.w[rel];
    if ((w->as.relative.anchor == DG_ANCHOR_DAY || w->as.relative.anchor == DG_ANCHOR_DOC) && w->len >= 3 &&
        !memcmp(w->s + w->len - 3, "日", 3)) {
      /* 同日, 翌日, 本日: the day itself is relative (現地時間本日; not 本日程, 共同日程) */
      if (kanji_at(s, rk, 0)) return 0;
      d->prec = DG_DATE_DAY, d->offset = (int8_t)w->as.relative.offset;
      d->anchor = w->as.relative.anchor == DG_ANCHOR_DOC ? DG_ANCHOR_DOC_DAY : DG_ANCHOR_DAYS;
      d->relative = 1;
      return rk - i;
    }
    if (w->as.relative.anchor == DG_ANCHOR_MONTH || w->as.relative.anchor == DG_ANCHOR_DAY) return relative_day(s, i, rk, w, d);
    anchor = w->as.relative.anchor;
    d->offset = (int8_t)w->as.relative.offset;
    j = rk;
  }
  if (year || anchor) {
    if (!anchor) {
      size_t u = unit_after(t, len, j, "年");
      if (!u) return 0;
      j += u;
    }
    d->year = year;
    d->anchor = (uint8_t)anchor;
    d->relative = anchor != DG_ANCHOR_NONE;
    d->prec = DG_DATE_YEAR;
    if (dg_lit(t, len, j, "度")) {
      /* 本年度 depends on the month of the document's date: not guessed; 同年度 and 翌年度
       * count from the fiscal year before them */
      if (anchor == DG_ANCHOR_DOC ||
          (anchor && (kanji_at(s, i, 1) || dg_lit(t, len, j + strlen("度"), "比"))))
        return 0;
      d->fiscal = 1;
      return j + strlen("度") - i;
    }
    if (dg_lit(t, len, j, "代")) {
      /* 2020年代; 昭和40年代 spans two decades of the Western calendar: no date */
      if (!western || year % 10) return 0;
      d->prec = DG_DATE_DECADE;
      return j + strlen("代") - i;
    }
    if (dg_lit(t, len, j, "間")) return 0; /* a duration, not a date */
    /* 平成31年(2019年)4月, 2019年(平成31年)4月: the other calendar in parentheses */
    if (!anchor && dg_lit(t, len, j, "(")) {
      int y2b;
      size_t k2 = era_year(s, j + 1, &y2b);
      if (!k2) k2 = western_year(s, j + 1, &y2b);
      size_t u2;
      if (k2 && (u2 = unit_after(t, len, j + 1 + k2, "年")) && dg_lit(t, len, j + 1 + k2 + u2, ")") &&
          y2b == year)
        j += 1 + k2 + u2 + 1;
    }
    size_t jm = j < len && t[j] == ' ' ? j + 1 : j; /* "2024 年 1 月" */
    size_t md = month_day(s, jm, d, year);
    if (d->month2) d->year2 = year;
    if (md) return jm + md - i;
    if (anchor) {
      /* 本年秋: the year; 昨年, 同年 alone (not 同年代, 前年比): the year they refer to */
      size_t yp = year_part(t, len, j);
      if (yp) return j + yp - i;
      return lone_relative(s, i, j) ? j - i : 0;
    }
    return j - i;
  }
  /* No year: M月D日 or M月 (the year comes from the text before or the document). */
  size_t md = month_day(s, j, d, 0);
  if (!md) return 0;
  d->relative = 1;
  d->anchor = DG_ANCHOR_CONTEXT;
  return md;
}

/* ---- English ---- */

/* A month name at i, capitalized (May the month, not "may" the verb). */
static long month_at(const dg_rules *r, const char *t, size_t len, size_t i, size_t *end) {
  if (i >= len || !(t[i] >= 'A' && t[i] <= 'Z')) return -1;
  if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1])) return -1;
  long m = dg_wordlist_at(&r->months, t, len, i);
  if (m < 0) return -1;
  size_t e = i + r->months.w[m].len;
  if (dg_alnum_at(t, len, e)) return -1;
  /* Upper case throughout ("MAY") is a month only in a heading; "MARCH" too: accept. */
  *end = e;
  return m;
}

/* Is the month word the month's full name (the longest word of its month)? */
static int full_month_name(const dg_rules *r, long m) {
  for (size_t k = 0; k < r->months.n; k++)
    if (r->months.w[k].as.month.month == r->months.w[m].as.month.month && r->months.w[k].len > r->months.w[m].len)
      return 0;
  return r->months.w[m].s[r->months.w[m].len - 1] != '.';
}

/* Four digits of a year (1000..2999) ending a word. */
static size_t year4(const char *t, size_t len, size_t i, int *y) {
  if (digits(t, len, i, 4, y) != 4 || *y < 1000 || *y > 2999) return 0;
  if (dg_alnum_at(t, len, i + 4)) return 0;
  return 4;
}

/* A day of the month with an optional ordinal suffix: 1, 1st, 22nd, 30th. */
static size_t day_num(const char *t, size_t len, size_t i, int *v) {
  size_t k = digits(t, len, i, 2, v);
  if (!k) return 0;
  static const char *const ord[] = {"st", "nd", "rd", "th"};
  for (size_t q = 0; q < 4; q++)
    if (dg_lit(t, len, i + k, ord[q]) && !dg_alnum_at(t, len, i + k + 2)) return k + 2;
  if (dg_alnum_at(t, len, i + k)) return 0;
  return k;
}

/* Words before a bare year or a bare month that make it a date: "in 2013", "since April". */
static const char *const time_preps[] = {
    "in ", "In ", "since ", "Since ", "by ", "By ", "until ", "Until ", "from ", "From ",
    "to ", "of ", "during ", "During ", "before ", "Before ", "after ", "After ", "till ",
    "through ", "around ", "between ", "Between ", "circa ", "early ", "Early ", "mid-",
    "Mid-", "late ", "Late ", "end of ", "beginning of ", "start of ", "year ", "Year ",
    "as of ", "As of ", "on ", "On ", "starting ", "beyond ", "toward ", "towards ", "for ",
    "Through ", "Till ", "Around ", "Toward ", "Towards ", "later than ", "earlier than ",
    "prior to ", "Prior to ", "up until ", "ahead of ", "Ahead of ", "Starting ", "within ",
    "Within "};

static int after_time_prep(const char *t, size_t i) {
  for (size_t k = 0; k < sizeof time_preps / sizeof *time_preps; k++) {
    size_t l = strlen(time_preps[k]);
    if (i >= l && memcmp(t + i - l, time_preps[k], l) == 0 &&
        (i == l || !dg_is_ascii_alnum((unsigned char)t[i - l - 1])))
      return 1;
  }
  return 0;
}

/* Between two days of a month: 11-13, 11 to 13. Its length or 0. */
static size_t day_range_sep(const char *t, size_t len, size_t j) {
  if (dg_lit(t, len, j, "-") || dg_lit(t, len, j, "~")) return 1;
  if (dg_lit(t, len, j, " to ")) return 4;
  return 0;
}

/* "last year", ", of the same year" after an English month or day (in March last year):
 * sets the anchor; the length or 0. */
static size_t en_relative_year(const scan_t *s, size_t q, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, j = q, e;
  if (dg_lit(t, len, j, ",")) j++;
  if (!dg_lit(t, len, j, " ")) return 0;
  j++;
  if (dg_lit(t, len, j, "of ")) j += 3;
  long w = relative_word(s, j, 1, &e);
  if (w < 0) return 0;
  const dg_word *rw = &s->r->relative_dates.w[w];
  if (rw->as.relative.anchor != DG_ANCHOR_DOC && rw->as.relative.anchor != DG_ANCHOR_YEAR) return 0;
  d->anchor = rw->as.relative.anchor;
  d->offset = (int8_t)rw->as.relative.offset;
  d->relative = 1;
  return e - q;
}

/* Month D[-D] [,] YYYY / Month [,] YYYY / Month D / (in) Month / Month [D] last year */
static size_t en_month_first(const scan_t *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, e;
  long m = month_at(s->r, t, len, i, &e);
  if (m < 0) return 0;
  int v, y;
  d->month = s->r->months.w[m].as.month.month;
  size_t j = skip_sp(t, len, e);
  size_t kd = j > e ? day_num(t, len, j, &v) : 0;
  if (kd) {
    if (!valid_md(0, d->month, v)) return 0;
    d->day = v;
    d->prec = DG_DATE_DAY;
    size_t after = j + kd;
    int v2;
    size_t k2;
    /* April 11-12, 2024; March 11 to 13 (not March 1 to 31 December: a range of dates) */
    size_t rs = day_range_sep(t, len, after), me;
    if (rs && (k2 = day_num(t, len, after + rs, &v2)) && v2 > d->day &&
        valid_md(0, d->month, v2) &&
        !(dg_lit(t, len, after + rs + k2, " ") &&
          month_at(s->r, t, len, after + rs + k2 + 1, &me) >= 0)) {
      d->month2 = d->month, d->day2 = v2;
      after += rs + k2;
    }
    size_t q = after;
    if (dg_lit(t, len, q, ",")) q = skip_sp(t, len, q + 1);
    else q = skip_sp(t, len, q);
    if (q > after && year4(t, len, q, &y) && valid_md(y, d->month, d->day)) {
      d->year = y;
      if (d->month2) d->year2 = y;
      return q + 4 - i;
    }
    size_t rl = en_relative_year(s, after, d);
    d->relative = 1;
    if (!rl) d->anchor = DG_ANCHOR_CONTEXT;
    return after + rl - i;
  }
  /* February 2023, February, 2023, February of 2021 */
  size_t q = e;
  if (dg_lit(t, len, q, ",")) q++;
  else if (dg_lit(t, len, q, " of ")) q += 3;
  q = skip_sp(t, len, q);
  if (q > e && year4(t, len, q, &y)) {
    d->year = y;
    d->prec = DG_DATE_MONTH;
    return q + 4 - i;
  }
  /* March last year: a month of a year counted from another */
  size_t rl = en_relative_year(s, e, d);
  if (rl && full_month_name(s->r, m)) {
    d->prec = DG_DATE_MONTH;
    return e + rl - i;
  }
  d->anchor = DG_ANCHOR_NONE, d->offset = 0;
  /* in April, by March: a month of the year in context */
  if (full_month_name(s->r, m) && after_time_prep(t, i)) {
    d->anchor = DG_ANCHOR_CONTEXT;
    d->relative = 1;
    d->prec = DG_DATE_MONTH;
    return e - i;
  }
  return 0;
}

/* D Month YYYY / D-D Month YYYY / D to D Month YYYY / D Month [last year] */
static size_t en_day_first(const scan_t *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, e;
  int v, v2 = 0, y;
  size_t k = day_num(t, len, i, &v);
  if (!k) return 0;
  size_t j = i + k;
  size_t k2;
  size_t rs = day_range_sep(t, len, j);
  if (rs && (k2 = day_num(t, len, j + rs, &v2)) && v2 > v) j += rs + k2;
  else v2 = 0;
  if (!dg_lit(t, len, j, " ")) return 0;
  long m = month_at(s->r, t, len, j + 1, &e);
  if (m < 0) return 0;
  int mo = s->r->months.w[m].as.month.month;
  if (!valid_md(0, mo, v) || (v2 && !valid_md(0, mo, v2))) return 0;
  d->month = mo;
  d->day = v;
  if (v2) d->month2 = mo, d->day2 = v2;
  d->prec = DG_DATE_DAY;
  size_t q = e;
  if (dg_lit(t, len, q, ",")) q++;
  q = skip_sp(t, len, q);
  if (q > e && year4(t, len, q, &y) && valid_md(y, mo, v)) {
    d->year = y;
    if (v2) d->year2 = y;
    return q + 4 - i;
  }
  size_t rl = en_relative_year(s, e, d);
  d->relative = 1;
  if (!rl) d->anchor = DG_ANCHOR_CONTEXT;
  return e + rl - i;
}

/* YYYY-MM-DD, YYYY/M/D, YYYY.M.D */
static size_t numeric_date(const char *t, size_t len, size_t i, dg_date *d) {
  int y, m, dd;
  if (digits(t, len, i, 4, &y) != 4 || y < 1900 || y > 2100 || i + 4 >= len) return 0;
  char sep = t[i + 4];
  if (sep != '-' && sep != '/' && sep != '.') return 0;
  size_t km = digits(t, len, i + 5, 2, &m);
  if (!km || (sep == '-' && km != 2) || i + 5 + km >= len || t[i + 5 + km] != sep) return 0;
  size_t p = i + 6 + km;
  size_t kd = digits(t, len, p, 2, &dd);
  if (!kd || (sep == '-' && kd != 2) || !valid_md(y, m, dd) || dd == 0) return 0;
  size_t e = p + kd;
  int time_follows = sep == '-' && e + 1 < len && t[e] == 'T' && dg_is_digit(t[e + 1]); /* ...T10:00 */
  if ((dg_alnum_at(t, len, e) && !time_follows) ||
      (e + 1 < len && (t[e] == sep || t[e] == '.') && dg_is_digit(t[e + 1])))
    return 0;
  d->year = y, d->month = m, d->day = dd, d->prec = DG_DATE_DAY;
  return e - i;
}

/* FY2024, FY 2024, fiscal year 2024, fiscal 2024 (Japanese fiscal years begin in April). */
static size_t fiscal_year(const char *t, size_t len, size_t i, dg_date *d) {
  static const char *const heads[] = {"FY", "fiscal year ", "Fiscal Year ", "Fiscal year ",
                                      "fiscal ", "Fiscal "};
  if (!word_boundary_before(t, i)) return 0;
  for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
    if (!dg_lit(t, len, i, heads[k])) continue;
    size_t j = i + strlen(heads[k]);
    if (k == 0 && dg_lit(t, len, j, " ")) j++;
    int y;
    if (!year4(t, len, j, &y)) continue;
    d->year = y;
    d->fiscal = 1;
    d->prec = DG_DATE_YEAR;
    return j + 4 - i;
  }
  return 0;
}

static size_t en_date(const scan_t *s, size_t i, dg_date *d) {
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(s->t, i)) return 0;
  size_t n;
  if ((n = fiscal_year(s->t, s->len, i, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = numeric_date(s->t, s->len, i, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = en_day_first(s, i, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = en_month_first(s, i, d))) return n;
  memset(d, 0, sizeof *d);
  return 0;
}

/* "in 2013", "since 2004", "the 2030s", "2023-2025": a bare year needs a preposition. */
static size_t bare_year(const scan_t *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  memset(d, 0, sizeof *d);
  int y, y2;
  if (!word_boundary_before(t, i)) return 0;
  if (digits(t, len, i, 4, &y) != 4 || y < 1000 || y > 2999) return 0;
  /* the 2030s */
  if (dg_lit(t, len, i + 4, "s") && !dg_alnum_at(t, len, i + 5)) {
    if (y % 10 != 0) return 0;
    d->year = y;
    d->prec = DG_DATE_DECADE;
    return 5;
  }
  /* 2023-2025, 2026 to 2030: a span of years, preposition or not (not 2000 to 2030 people) */
  static const char *const ysep[] = {"-", " - ", " to ", " through ", "~"};
  for (size_t q = 0; q < sizeof ysep / sizeof *ysep; q++) {
    size_t l = strlen(ysep[q]), e = i + 4 + l + 4;
    if (!dg_lit(t, len, i + 4, ysep[q]) || !year4(t, len, i + 4 + l, &y2) || y2 <= y ||
        y2 - y > 50 || y < 1900 || y2 > 2100 || dg_lit(t, len, e, "-") ||
        (e + 1 < len && t[e] == '.' && dg_is_digit(t[e + 1])) ||
        (i > 0 && (t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == ',')))
      continue;
    long c = e + 1 < len && t[e] == ' ' ? dg_wordlist_at(&s->r->counters, t, len, e + 1) : -1;
    if (c >= 0 && !dg_alnum_at(t, len, e + 1 + s->r->counters.w[c].len)) return 0;
    d->year = y;
    d->year2 = y2;
    d->prec = DG_DATE_YEAR;
    return e - i;
  }
  if (dg_alnum_at(t, len, i + 4) || dg_lit(t, len, i + 4, "-") ||
      (i + 5 < len && (t[i + 4] == '.' || t[i + 4] == ',') && dg_is_digit(t[i + 5])))
    return 0;
  if (y < 1800 || y > 2199) return 0;
  int ok = after_time_prep(t, i);
  /* A year in parentheses after a name or title, or citing a source: "(2023)",
   * "(World Bank, 2018)", "(世界銀行、 2018)". */
  if (!ok && dg_lit(t, len, i + 4, ")")) {
    size_t b = i;
    if (b > 0 && t[b - 1] == ' ') b--;
    if (i > 0 && t[i - 1] == '(') ok = 1;
    else if (b > 0 && t[b - 1] == ',' && b < i) ok = 1;
    else if (dg_lit_before(t, b, "、")) ok = 1;
  }
  if (!ok) return 0;
  /* "in 2000 cities": a count */
  size_t j = i + 4;
  if (j + 1 < len && t[j] == ' ' && dg_wordlist_at(&s->r->counters, t, len, j + 1) >= 0) {
    long c = dg_wordlist_at(&s->r->counters, t, len, j + 1);
    if (!dg_alnum_at(t, len, j + 1 + s->r->counters.w[c].len)) return 0;
  }
  d->year = y;
  d->prec = DG_DATE_YEAR;
  return 4;
}

/* M.D (土), M/D(火): a day of the document's year written with its weekday (web pages). */
static size_t weekday_at(const char *t, size_t len, size_t i);
static size_t dotted_md(const scan_t *s, size_t i, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int m, dd;
  memset(d, 0, sizeof *d);
  size_t k = digits(t, len, i, 2, &m);
  if (!k || i + k >= len || (t[i + k] != '.' && t[i + k] != '/')) return 0;
  size_t k2 = digits(t, len, i + k + 1, 2, &dd);
  if (!k2 || !valid_md(0, m, dd) || dd == 0) return 0;
  size_t e = i + k + 1 + k2;
  size_t w = skip_sp(t, len, e);
  if (!weekday_at(t, len, w)) return 0;
  d->month = m, d->day = dd, d->prec = DG_DATE_DAY, d->relative = 1;
  d->anchor = DG_ANCHOR_CONTEXT;
  return e - i;
}

/* (火), (火・祝), (月曜日): a weekday in parentheses; its length or 0. */
static size_t weekday_at(const char *t, size_t len, size_t i) {
  if (!dg_lit(t, len, i, "(")) return 0;
  static const char *const parts[] = {"月", "火", "水", "木", "金", "土", "日", "祝", "休",
                                      "曜", "・"};
  size_t j = i + 1;
  int n = 0;
  while (j < len && n < 6) {
    size_t k;
    for (k = 0; k < sizeof parts / sizeof *parts; k++)
      if (dg_lit(t, len, j, parts[k])) break;
    if (k == sizeof parts / sizeof *parts) break;
    j += strlen(parts[k]);
    n++;
  }
  if (!n || !dg_lit(t, len, j, ")")) return 0;
  return j + 1 - i;
}

/* A range separator at j; its length or 0. */
static size_t range_sep(const char *t, size_t len, size_t j, size_t start) {
  static const char *const seps[] = {" ~ ", "~", " 〜 ", "〜", "から", " - ", " to ", " until ",
                                     " through ", "-", " and "};
  for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
    if (!dg_lit(t, len, j, seps[k])) continue;
    if (!strcmp(seps[k], " and ") && !dg_lit_before(t, start, "between ") &&
        !dg_lit_before(t, start, "Between "))
      return 0;
    return strlen(seps[k]);
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

/* The end of a range after the date d that ended at j: another full or partial date. An end
 * written without its year is in the start's year, or the next one when its month comes
 * earlier (12月28日～1月5日, 2023年4月～翌年3月); a start without its year takes the end's
 * (4月～2024年3月: 2023-04). */
static size_t range_end(const scan_t *s, dg_date *d, size_t start, size_t j) {
  const char *t = s->t;
  size_t len = s->len;
  if (d->month2 || d->year2) return 0;
  if (d->anchor == DG_ANCHOR_MONTH || d->anchor == DG_ANCHOR_DAY) return 0;
  if (d->anchor && d->prec == DG_DATE_YEAR) return 0; /* 本年秋 */
  size_t w = weekday_at(t, len, j);
  size_t sep = range_sep(t, len, j + w, start);
  if (!sep) return 0;
  size_t b = j + w + sep;
  dg_date d2;
  int dd;
  size_t n2 = 0, k;
  if (d->prec == DG_DATE_YEAR && b < len && dg_is_digit(t[b])) {
    /* from 2020 to 2022, FY2023-2025 */
    int y2;
    if (year4(t, len, b, &y2) && !dg_lit(t, len, b + 4, "年") && y2 > d->year) {
      memset(&d2, 0, sizeof d2);
      d2.year = y2, d2.prec = DG_DATE_YEAR, d2.fiscal = d->fiscal;
      n2 = 4;
    }
  }
  if (!n2) n2 = ja_date(s, b, &d2);
  if (!n2 && d->prec == DG_DATE_DAY && (k = dnum(s->r, t, len, b, 2, &dd)) &&
      dg_lit(t, len, b + k, "日") && valid_md(d->year, d->month, dd)) {
    /* 10月11日～12日 */
    memset(&d2, 0, sizeof d2);
    d2.month = d->month, d2.day = dd, d2.prec = DG_DATE_DAY;
    d2.anchor = DG_ANCHOR_CONTEXT;
    n2 = k + strlen("日");
  }
  if (!n2) n2 = en_date(s, b, &d2);
  if (!n2 || d2.prec == DG_DATE_DECADE) return 0;
  if (d2.anchor == DG_ANCHOR_MONTH || d2.anchor == DG_ANCHOR_DAY) return 0;
  /* A fiscal year ends with a fiscal year, a day with a day or a month. */
  if (d->fiscal != d2.fiscal) return 0;
  if (d2.prec == DG_DATE_YEAR && d->prec != DG_DATE_YEAR) return 0;
  if (d->prec == DG_DATE_YEAR && d2.prec != DG_DATE_YEAR && d2.anchor) return 0;
  int m2 = d2.month ? d2.month : d->month;
  if (d2.anchor == DG_ANCHOR_NONE) {
    if (d->anchor) {
      /* 4月～2024年3月: the start is in the end's year, or the one before */
      int y = d2.year - (d->month > m2 ? 1 : 0);
      if (!later(y, d->month, d->day, d2.year, m2, d2.day)) return 0;
      d->year = y;
      d->anchor = DG_ANCHOR_NONE, d->offset = 0, d->relative = 0;
    } else if (!later(d->year, d->month, d->day, d2.year, m2, d2.day)) {
      return 0;
    }
    d->year2 = d2.year;
  } else {
    /* years from the start's to the end's */
    int diff;
    if (d2.anchor == DG_ANCHOR_CONTEXT) diff = m2 < d->month;
    else if (d2.anchor == DG_ANCHOR_YEAR) diff = d2.offset;
    else if (d2.anchor == DG_ANCHOR_DOC && d->anchor == DG_ANCHOR_DOC) diff = d2.offset - d->offset;
    else return 0;
    if (diff < 0 || (diff == 0 && !later(0, d->month, d->day, 0, m2, d2.day))) return 0;
    if (d->anchor) d->year2_offset = (int8_t)diff;
    else d->year2 = d->year + diff;
  }
  d->month2 = d2.month;
  d->day2 = d2.day;
  return w + sep + n2;
}

/* The last day a date names: the end of its range, or the date. */
static void date_last(const dg_date *d, int *y, int *m, int *dd) {
  if (d->month2 || d->day2) *y = d->year2, *m = d->month2 ? d->month2 : d->month, *dd = d->day2;
  else *y = d->year, *m = d->month, *dd = d->day;
}

/* Does a sentence end in t[a..b)? 。, a line break, or ". " after a word. */
static int sentence_ends(const char *t, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    if (t[i] == '\n' || dg_lit(t, b, i, "。")) return 1;
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < b && t[i + 1] == ' ' && i > 0 &&
        (t[i - 1] == ')' || (t[i - 1] >= 'a' && t[i - 1] <= 'z') || dg_is_digit(t[i - 1])))
      return 1;
  }
  return 0;
}

/* Does the date at `start` begin its line: a heading, a list item, a table's first cell
 * (only spaces, digits, bullets and other symbols before it)? */
static int begins_line(const char *t, size_t start) {
  size_t i = start;
  while (i > 0 && t[i - 1] != '\n') {
    i = dg_utf8_prev(t, i);
    uint32_t cp;
    dg_utf8_decode(t + i, t + start, &cp);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_OTHER && sc != DG_SC_DIGIT && sc != DG_SC_SPACE) return 0;
  }
  return 1;
}

/* Words that make a year a limit, a start or a target rather than the time the text is in:
 * by 2030, since 1999, 2030年に向けた, 令和8年度から開始. */
static const char *const bound_before[] = {
    "since ", "Since ", "by ", "By ", "until ", "Until ", "till ", "before ", "Before ",
    "after ", "After ", "toward ", "towards ", "Toward ", "Towards ", "beyond ", "later than ",
    "earlier than ", "prior to ", "Prior to ", "up until ", "ahead of ", "Ahead of ",
    "starting ", "Starting ", "through ", "Through ", "from ", "From "};
static const char *const bound_after[] = {"まで", "迄", "以降", "以来", "以前", "以後", "から",
                                          "に向け", "を目指", "を目途", "目途", "を目標", "目標",
                                          "頃", "ごろ"};

/* How far a date with its year sets the year of the dates after it. */
enum { SCOPE_NONE, SCOPE_SENTENCE, SCOPE_ON };
static int context_scope(const char *t, size_t len, const dg_date *d) {
  if (!d->year || d->prec == DG_DATE_DECADE) return SCOPE_NONE;
  if (d->anchor != DG_ANCHOR_NONE && d->anchor != DG_ANCHOR_DOC && d->anchor != DG_ANCHOR_YEAR)
    return SCOPE_NONE; /* 12月17日 and 翌19日 take a year, they do not name one */
  if (d->prec != DG_DATE_YEAR) return SCOPE_ON;
  /* A year alone sets the section's year when it heads a line (2023年の閣僚会合); in running
   * text it holds for its sentence, unless it is a limit, a target, a name or a source. */
  size_t e = d->end;
  for (size_t k = 0; k < sizeof bound_after / sizeof *bound_after; k++)
    if (dg_lit(t, len, e, bound_after[k])) return SCOPE_NONE;
  if (dg_lit(t, len, e, ")")) return SCOPE_NONE; /* (World Bank, 2018) */
  if (e < len && (unsigned char)t[e] >= 0x80 && !year_part(t, len, e)) {
    uint32_t cp;
    dg_utf8_decode(t + e, t + len, &cp);
    dg_script sc = dg_script_of(cp);
    if (sc == DG_SC_KANJI || sc == DG_SC_KATAKANA) return SCOPE_NONE; /* 2025年日本国際博覧会 */
  }
  if (begins_line(t, d->start)) return SCOPE_ON;
  for (size_t k = 0; k < sizeof bound_before / sizeof *bound_before; k++)
    if (dg_lit_before(t, d->start, bound_before[k])) return SCOPE_NONE;
  return SCOPE_SENTENCE;
}

/* The year in context: what the last date that named a year spans. */
typedef struct {
  int set;
  int y1, m1, y2; /* from month m1 of year y1 (m1 0: a whole year) to year y2 */
  int relative;   /* the year came from the document's date (昨年3月) */
  size_t end;     /* SCOPE_SENTENCE: where the date ended */
} context_t;

static void context_from(context_t *c, const dg_date *d, size_t end) {
  c->set = 1;
  c->end = end;
  c->relative = d->relative;
  c->y1 = d->year;
  c->y2 = d->year2 ? d->year2 : d->year;
  c->m1 = d->month;
  if (d->fiscal) c->m1 = 4, c->y2++; /* FY2024: April 2024 to March 2025 */
}

/* The year of month m in a context: the one the context's span puts it in. */
static int context_year(const context_t *c, int m) {
  if (!c->m1 || !m) return c->y2;
  int y = m >= c->m1 ? c->y1 : c->y1 + 1;
  return y > c->y2 ? c->y2 : y;
}

/* Move a day that ran past its month (32nd, 0th) into the next or previous month. */
static void add_days(int *y, int *m, int *d) {
  if (*d < 1) {
    if (--*m < 1) *m = 12, *y -= *y ? 1 : 0;
    *d += days_in(*y, *m);
  } else if (*d > days_in(*y, *m)) {
    *d -= days_in(*y, *m);
    if (++*m > 12) *m = 1, *y += *y ? 1 : 0;
  }
}

void dg_date_resolve(const char *t, size_t len, dg_date *ds, size_t n, int doc_year,
                     int doc_month, int doc_day) {
  context_t on = {0}, sent = {0};
  int last_year = 0, last_rel = 0; /* the year written last, whatever it is (同年) */
  long last_m = -1, last_d = -1; /* the last date with a month, with a day */
  for (size_t i = 0; i < n; i++) {
    dg_date *d = &ds[i];
    if (sent.set && sentence_ends(t, sent.end, d->start)) sent.set = 0; /* its sentence ended */
    const context_t *c = sent.set ? &sent : on.set ? &on : NULL;
    switch (d->anchor) {
    case DG_ANCHOR_CONTEXT:
      if (c) d->year = context_year(c, d->month), d->relative = (uint8_t)c->relative;
      else d->year = doc_year, d->relative = 1;
      break;
    case DG_ANCHOR_YEAR:
      /* the year written last, even a limit (令和8年度から...同年度中); 同年9月 falls back
       * on the document's year, 同年 and 同年度 alone need the text's */
      if (last_year) d->year = last_year + d->offset, d->relative = (uint8_t)last_rel;
      else if (doc_year && d->prec != DG_DATE_YEAR) d->year = doc_year + d->offset, d->relative = 1;
      else d->year = 0, d->relative = 1;
      break;
    case DG_ANCHOR_DOC:
      d->year = doc_year ? doc_year + d->offset : 0;
      d->relative = 1;
      break;
    case DG_ANCHOR_DOC_DAY:
      /* 本日: the document's date */
      d->year = d->month = d->day = 0;
      d->relative = 1;
      if (doc_year && doc_month && doc_day) {
        int y = doc_year, m = doc_month, dd = doc_day + d->offset;
        add_days(&y, &m, &dd);
        d->year = y, d->month = m, d->day = dd;
      }
      break;
    case DG_ANCHOR_MONTH:
    case DG_ANCHOR_DAY:
    case DG_ANCHOR_DAYS: {
      long a = d->anchor == DG_ANCHOR_MONTH ? last_m : last_d;
      d->year = d->month = 0;
      if (d->anchor == DG_ANCHOR_DAYS) d->day = 0;
      if (a < 0) break;
      int y, m, dd;
      date_last(&ds[a], &y, &m, &dd);
      int step = d->anchor == DG_ANCHOR_MONTH ? d->offset : 0, day = d->day;
      if (d->anchor == DG_ANCHOR_DAYS) {
        /* 同日, 翌日, 前日 */
        day = dd + d->offset;
        add_days(&y, &m, &day);
      } else if (d->anchor == DG_ANCHOR_DAY) {
        /* 翌1日 after the 31st is in the next month */
        step = d->offset > 0 && day <= dd ? 1 : d->offset < 0 && day >= dd ? -1 : 0;
      }
      m += step;
      for (; m > 12; m -= 12) y += y ? 1 : 0;
      for (; m < 1; m += 12) y -= y ? 1 : 0;
      if (!valid_md(y, m, day)) break;
      d->year = y, d->month = m, d->day = day;
      d->relative = ds[a].relative;
      break;
    }
    default:
      break;
    }
    if ((d->anchor == DG_ANCHOR_CONTEXT || d->anchor == DG_ANCHOR_YEAR ||
         d->anchor == DG_ANCHOR_DOC) && (d->month2 || d->day2))
      d->year2 = d->year ? d->year + d->year2_offset : 0;
    if (d->year && d->prec != DG_DATE_DECADE &&
        (d->anchor == DG_ANCHOR_NONE || d->anchor == DG_ANCHOR_DOC || d->anchor == DG_ANCHOR_YEAR))
      last_year = d->year2 ? d->year2 : d->year, last_rel = d->relative;
    switch (context_scope(t, len, d)) {
    case SCOPE_ON:
      context_from(&on, d, d->end);
      sent.set = 0;
      break;
    case SCOPE_SENTENCE:
      context_from(&sent, d, d->end);
      break;
    default:
      break;
    }
    if (d->month && d->prec != DG_DATE_DECADE) last_m = (long)i;
    if (d->month && d->prec == DG_DATE_DAY) last_d = (long)i;
  }
}

dg_err dg_date_find(const dg_rules *r, const char *t, size_t len, int doc_year, dg_date **out,
                    size_t *nout, dg_error *err) {
  DG_VEC(dg_date) v = {0};
  scan_t s = {r, t, len};
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)t[i];
    unsigned char p = i ? (unsigned char)t[i - 1] : ' ';
    dg_date d;
    size_t n = 0;
    int digit = dg_is_digit((char)c);
    /* not inside another number or word: 12021, 1.2021, G2024 */
    int inside = i > 0 && (dg_is_ascii_alnum(p) || ((p == '.' || p == ',' || p == '/') &&
                                                    i > 1 && dg_is_digit(t[i - 2])));
    if (c >= 0x80 && i > 0 && p >= 0x80) {
      /* a kanji numeral continues the one before it; 第/毎 make it no date */
      if (dg_wordlist_before(&r->kanji_digits, t, 0, i) >= 0 || dg_lit_before(t, i, "第") ||
          dg_lit_before(t, i, "毎") || dg_lit_before(t, i, "数"))
        inside = 1;
    }
    if (!inside && (c >= 0x80 || digit || (c >= 'A' && c <= 'Z')))
      n = ja_date(&s, i, &d);
    if (!n && !inside && (digit || (c >= 'A' && c <= 'Z') || c == 'f'))
      n = en_date(&s, i, &d);
    if (!n && !inside && digit) n = bare_year(&s, i, &d);
    if (!n && !inside && digit) n = dotted_md(&s, i, &d);
    if (n) {
      n += range_end(&s, &d, i, i + n);
      d.start = (uint32_t)i;
      d.end = (uint32_t)(i + n);
      if (d.year || d.month || d.anchor) {
        if (DG_PUSH(v, d)) {
          free(v.v);
          return dg_error_set(err, DG_ENOMEM, "out of memory");
        }
      }
      i += n;
      continue;
    }
    if (digit) {
      while (i < len && dg_is_digit(t[i])) i++; /* no date starts inside a number */
      continue;
    }
    i += c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len);
  }
  dg_date_resolve(t, len, v.v, v.n, doc_year, 0, 0);
  /* 翌19日 with no date before it, 同年 with no year before it: the text does not say */
  size_t o = 0;
  for (size_t k = 0; k < v.n; k++) {
    const dg_date *x = &v.v[k];
    int day_anchor = x->anchor == DG_ANCHOR_MONTH || x->anchor == DG_ANCHOR_DAY ||
                     x->anchor == DG_ANCHOR_DAYS;
    if (!(day_anchor && !x->month) &&
        !(x->anchor == DG_ANCHOR_YEAR && x->prec == DG_DATE_YEAR && !x->year))
      v.v[o++] = *x;
  }
  *out = v.v;
  *nout = o;
  return DG_OK;
}
