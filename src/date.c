/* Dates (see docgraph/date.h).
 * Japanese: [era N|元 [(YYYY)] | YYYY [(era N)] | 同|本|今] 年 [度|代] [M月 [D日]], and M月[D日]
 * without a year; numbers in ASCII or kanji digits (令和六年十二月二十日, 二〇二四年).
 * English: D Month YYYY, D-D Month YYYY, Month D[-D], YYYY, Month [,] YYYY, (in|since|...)
 * Month, (in|since|...) YYYY, the YYYYs, FY2024, fiscal year 2024, YYYY-MM-DD, YYYY/M/D.
 * Any of them may be followed by a range to a second date: 10月11-12日, 2023年4月～2024年3月,
 * 1月30日(火)～2月2日, 1 April 2023 - 31 March 2024, from 2020 to 2022.
 * Not dates: durations (5年間), bare two-digit years (21年経った), a year without a
 * preposition (Expo 2025, Vision 2030), counts (in 2000 cities), "may" the verb.
 * A date written without a year takes `doc_year` and is marked relative; 同年 takes the last
 * year written before it. Digits are ASCII here: the text is normalized. */
#include "docgraph/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alnum_at(const char *t, size_t len, size_t i) {
  return i < len && dg_is_ascii_alnum((unsigned char)t[i]);
}

static int lit(const char *t, size_t len, size_t i, const char *s) {
  size_t l = strlen(s);
  return i + l <= len && memcmp(t + i, s, l) == 0;
}
static int lit_before(const char *t, size_t i, const char *s) {
  size_t l = strlen(s);
  return i >= l && memcmp(t + i - l, s, l) == 0;
}

static size_t skip_sp(const char *t, size_t len, size_t i) {
  while (i < len && t[i] == ' ') i++;
  return i;
}

/* Exactly 1..max ASCII digits at i (not followed by another digit); the count or 0. */
static size_t digits(const char *t, size_t len, size_t i, int max, int *val) {
  size_t k = 0;
  int v = 0;
  while (i + k < len && is_digit(t[i + k]) && (int)k < max + 1) v = v * 10 + (t[i + k] - '0'), k++;
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
    if (k->b == 0) {
      cur = (cur < 0 ? 0 : cur) * 10 + k->a;
    } else {
      if (k->b >= last_unit) break;
      int unit = 1;
      for (int p = 0; p < k->b; p++) unit *= 10;
      total += (cur < 0 ? 1 : cur) * unit;
      cur = -1;
      last_unit = k->b;
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
  if (is_digit(t[i])) return digits(t, len, i, max, val);
  int nc;
  return kanji_num(r, t, len, i, val, &nc);
}

/* A unit word after a number, with an optional space before it (PDF text: "2024 年"). */
static size_t unit_after(const char *t, size_t len, size_t i, const char *u) {
  if (lit(t, len, i, u)) return strlen(u);
  if (i < len && t[i] == ' ' && lit(t, len, i + 1, u)) return 1 + strlen(u);
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

char *dg_date_iso(const dg_date *d, int end, char *buf, size_t size) {
  int y = end ? d->year2 : d->year, m = end ? d->month2 : d->month, dd = end ? d->day2 : d->day;
  if (end && !y && !m && !dd) {
    buf[0] = '\0';
    return buf;
  }
  if (d->prec == DG_DATE_DECADE) snprintf(buf, size, "%04ds", y);
  else if (!y && m && dd) snprintf(buf, size, "--%02d-%02d", m, dd);
  else if (!y && m) snprintf(buf, size, "--%02d", m);
  else if (m && dd) snprintf(buf, size, "%04d-%02d-%02d", y, m, dd);
  else if (m) snprintf(buf, size, "%04d-%02d", y, m);
  else snprintf(buf, size, "%04d", y);
  return buf;
}

/* Context of one scan: the document year and the last year written in full (for 同年). */
typedef struct {
  const dg_rules *r;
  const char *t;
  size_t len;
  int doc_year;
  int last_year;
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
    if (lit(t, len, j, "元")) n = 1, k = strlen("元");
    else if (!(k = dnum(r, t, len, j, 2, &n)) || n == 0 || n > 99) return 0;
  }
  *year = w->a + n - 1;
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
  if (k2 && is_digit(t[js]) && (lit(t, len, js + k2, "-") || lit(t, len, js + k2, "~") ||
                                lit(t, len, js + k2, "〜"))) {
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
  if (i < s->len && is_digit(t[i])) {
    if (digits(t, s->len, i, 4, year) != 4 || *year < 1000 || *year > 2999) return 0;
    return 4;
  }
  int nc;
  size_t k = kanji_num(s->r, t, s->len, i, year, &nc);
  if (!k || nc < 3 || *year < 1868 || *year > 2100) return 0;
  return k;
}

/* Japanese date at i; returns its length or 0. */
static size_t ja_date(const scan_t *s, size_t i, int ctx_year, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  memset(d, 0, sizeof *d);
  size_t j = i;
  int year = 0, y2, relative = 0, western = 0, anaphoric = 0;
  size_t k = era_year(s, j, &year);
  if (k) {
    j += k;
    /* 令和6(2024)年 */
    if (lit(t, len, j, "(") && digits(t, len, j + 1, 4, &y2) == 4 && lit(t, len, j + 5, ")"))
      j += 6;
  } else if ((k = western_year(s, j, &year)) > 0) {
    j += k;
    western = 1;
    /* 2023(令和5)年 */
    if (lit(t, len, j, "(")) {
      int ey;
      size_t ek = era_year(s, j + 1, &ey);
      if (ek && lit(t, len, j + 1 + ek, ")")) j += 2 + ek;
    }
  } else if (lit(t, len, j, "同年")) {
    /* 同年8月: the year last written; the document's when there is none */
    year = s->last_year;
    if (!year) year = s->doc_year, relative = 1;
    anaphoric = 1;
    j += strlen("同");
  } else if (lit(t, len, j, "本年") || lit(t, len, j, "今年")) {
    year = s->doc_year;
    relative = 1;
    anaphoric = 1;
    j += strlen("本");
  } else {
    year = 0;
  }
  if (year || relative) {
    size_t u = unit_after(t, len, j, "年");
    if (!u) return 0;
    j += u;
    d->year = year;
    d->relative = (uint8_t)relative;
    d->prec = DG_DATE_YEAR;
    if (lit(t, len, j, "度")) {
      /* 本年度 depends on the month of the document's date: not guessed */
      if (relative) return 0;
      d->fiscal = 1;
      return j + strlen("度") - i;
    }
    if (lit(t, len, j, "代")) {
      /* 2020年代; 昭和40年代 spans two decades of the Western calendar: no date */
      if (!western || year % 10) return 0;
      d->prec = DG_DATE_DECADE;
      return j + strlen("代") - i;
    }
    if (lit(t, len, j, "間")) return 0; /* a duration, not a date */
    /* 平成31年(2019年)4月, 2019年(平成31年)4月: the other calendar in parentheses */
    if (lit(t, len, j, "(")) {
      int y2b;
      size_t k2 = era_year(s, j + 1, &y2b);
      if (!k2) k2 = western_year(s, j + 1, &y2b);
      size_t u2;
      if (k2 && (u2 = unit_after(t, len, j + 1 + k2, "年")) && lit(t, len, j + 1 + k2 + u2, ")") &&
          y2b == year)
        j += 1 + k2 + u2 + 1;
    }
    size_t jm = j < len && t[j] == ' ' ? j + 1 : j; /* "2024 年 1 月" */
    size_t md = month_day(s, jm, d, year);
    if (d->month2) d->year2 = year;
    if (anaphoric && !md) return 0; /* 本年, 同年 alone: a reference, not a date */
    return md ? jm + md - i : j - i;
  }
  /* No year: M月D日 or M月 (the year comes from the document). */
  size_t md = month_day(s, j, d, ctx_year);
  if (!md) return 0;
  d->relative = 1;
  d->year = ctx_year;
  if (d->month2) d->year2 = ctx_year;
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
  if (is_alnum_at(t, len, e)) return -1;
  /* Upper case throughout ("MAY") is a month only in a heading; "MARCH" too: accept. */
  *end = e;
  return m;
}

/* Is the month word the month's full name (the longest word of its month)? */
static int full_month_name(const dg_rules *r, long m) {
  for (size_t k = 0; k < r->months.n; k++)
    if (r->months.w[k].a == r->months.w[m].a && r->months.w[k].len > r->months.w[m].len)
      return 0;
  return r->months.w[m].s[r->months.w[m].len - 1] != '.';
}

static int word_boundary_before(const char *t, size_t i) {
  return i == 0 || !dg_is_ascii_alnum((unsigned char)t[i - 1]);
}

/* Four digits of a year (1000..2999) ending a word. */
static size_t year4(const char *t, size_t len, size_t i, int *y) {
  if (digits(t, len, i, 4, y) != 4 || *y < 1000 || *y > 2999) return 0;
  if (is_alnum_at(t, len, i + 4)) return 0;
  return 4;
}

/* A day of the month with an optional ordinal suffix: 1, 1st, 22nd, 30th. */
static size_t day_num(const char *t, size_t len, size_t i, int *v) {
  size_t k = digits(t, len, i, 2, v);
  if (!k) return 0;
  static const char *const ord[] = {"st", "nd", "rd", "th"};
  for (size_t q = 0; q < 4; q++)
    if (lit(t, len, i + k, ord[q]) && !is_alnum_at(t, len, i + k + 2)) return k + 2;
  if (is_alnum_at(t, len, i + k)) return 0;
  return k;
}

/* Words before a bare year or a bare month that make it a date: "in 2013", "since April". */
static const char *const time_preps[] = {
    "in ", "In ", "since ", "Since ", "by ", "By ", "until ", "Until ", "from ", "From ",
    "to ", "of ", "during ", "During ", "before ", "Before ", "after ", "After ", "till ",
    "through ", "around ", "between ", "Between ", "circa ", "early ", "Early ", "mid-",
    "Mid-", "late ", "Late ", "end of ", "beginning of ", "start of ", "year ", "Year ",
    "as of ", "As of ", "on ", "On ", "starting ", "beyond ", "toward ", "towards ", "for "};

static int after_time_prep(const char *t, size_t i) {
  for (size_t k = 0; k < sizeof time_preps / sizeof *time_preps; k++) {
    size_t l = strlen(time_preps[k]);
    if (i >= l && memcmp(t + i - l, time_preps[k], l) == 0 &&
        (i == l || !dg_is_ascii_alnum((unsigned char)t[i - l - 1])))
      return 1;
  }
  return 0;
}

/* Month D[-D] [,] YYYY / Month [,] YYYY / Month D / (in) Month */
static size_t en_month_first(const scan_t *s, size_t i, int ctx_year, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, e;
  long m = month_at(s->r, t, len, i, &e);
  if (m < 0) return 0;
  int v, y;
  d->month = s->r->months.w[m].a;
  size_t j = skip_sp(t, len, e);
  size_t kd = j > e ? day_num(t, len, j, &v) : 0;
  if (kd) {
    if (!valid_md(0, d->month, v)) return 0;
    d->day = v;
    d->prec = DG_DATE_DAY;
    size_t after = j + kd;
    int v2;
    size_t k2;
    /* April 11-12, 2024 */
    if (lit(t, len, after, "-") && (k2 = day_num(t, len, after + 1, &v2)) && v2 > d->day &&
        valid_md(0, d->month, v2)) {
      d->month2 = d->month, d->day2 = v2;
      after += 1 + k2;
    }
    size_t q = after;
    if (lit(t, len, q, ",")) q = skip_sp(t, len, q + 1);
    else q = skip_sp(t, len, q);
    if (q > after && year4(t, len, q, &y) && valid_md(y, d->month, d->day)) {
      d->year = y;
      if (d->month2) d->year2 = y;
      return q + 4 - i;
    }
    d->year = ctx_year;
    if (d->month2) d->year2 = ctx_year;
    d->relative = 1;
    return after - i;
  }
  /* February 2023, February, 2023, February of 2021 */
  size_t q = e;
  if (lit(t, len, q, ",")) q++;
  else if (lit(t, len, q, " of ")) q += 3;
  q = skip_sp(t, len, q);
  if (q > e && year4(t, len, q, &y)) {
    d->year = y;
    d->prec = DG_DATE_MONTH;
    return q + 4 - i;
  }
  /* in April, by March: a month of the document's year */
  if (full_month_name(s->r, m) && after_time_prep(t, i)) {
    d->year = ctx_year;
    d->relative = 1;
    d->prec = DG_DATE_MONTH;
    return e - i;
  }
  return 0;
}

/* D Month YYYY / D-D Month YYYY / D Month */
static size_t en_day_first(const scan_t *s, size_t i, int ctx_year, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, e;
  int v, v2 = 0, y;
  size_t k = day_num(t, len, i, &v);
  if (!k) return 0;
  size_t j = i + k;
  size_t k2;
  if (lit(t, len, j, "-") && (k2 = day_num(t, len, j + 1, &v2)) && v2 > v) j += 1 + k2;
  else v2 = 0;
  if (!lit(t, len, j, " ")) return 0;
  long m = month_at(s->r, t, len, j + 1, &e);
  if (m < 0) return 0;
  int mo = s->r->months.w[m].a;
  if (!valid_md(0, mo, v) || (v2 && !valid_md(0, mo, v2))) return 0;
  d->month = mo;
  d->day = v;
  if (v2) d->month2 = mo, d->day2 = v2;
  d->prec = DG_DATE_DAY;
  size_t q = e;
  if (lit(t, len, q, ",")) q++;
  q = skip_sp(t, len, q);
  if (q > e && year4(t, len, q, &y) && valid_md(y, mo, v)) {
    d->year = y;
    if (v2) d->year2 = y;
    return q + 4 - i;
  }
  d->year = ctx_year;
  if (v2) d->year2 = ctx_year;
  d->relative = 1;
  return e - i;
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
  int time_follows = sep == '-' && e + 1 < len && t[e] == 'T' && is_digit(t[e + 1]); /* ...T10:00 */
  if ((is_alnum_at(t, len, e) && !time_follows) ||
      (e + 1 < len && (t[e] == sep || t[e] == '.') && is_digit(t[e + 1])))
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
    if (!lit(t, len, i, heads[k])) continue;
    size_t j = i + strlen(heads[k]);
    if (k == 0 && lit(t, len, j, " ")) j++;
    int y;
    if (!year4(t, len, j, &y)) continue;
    d->year = y;
    d->fiscal = 1;
    d->prec = DG_DATE_YEAR;
    return j + 4 - i;
  }
  return 0;
}

static size_t en_date(const scan_t *s, size_t i, int ctx_year, dg_date *d) {
  memset(d, 0, sizeof *d);
  if (!word_boundary_before(s->t, i)) return 0;
  size_t n;
  if ((n = fiscal_year(s->t, s->len, i, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = numeric_date(s->t, s->len, i, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = en_day_first(s, i, ctx_year, d))) return n;
  memset(d, 0, sizeof *d);
  if ((n = en_month_first(s, i, ctx_year, d))) return n;
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
  if (lit(t, len, i + 4, "s") && !is_alnum_at(t, len, i + 5)) {
    if (y % 10 != 0) return 0;
    d->year = y;
    d->prec = DG_DATE_DECADE;
    return 5;
  }
  /* 2023-2025: a span of years, preposition or not */
  if (lit(t, len, i + 4, "-") && year4(t, len, i + 5, &y2) == 4 && y2 > y && y2 - y <= 50 &&
      y >= 1900 && y2 <= 2100 && !lit(t, len, i + 9, "-") &&
      !(i + 10 < len && t[i + 9] == '.' && is_digit(t[i + 10])) &&
      !(i > 0 && (t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == ','))) {
    d->year = y;
    d->year2 = y2;
    d->prec = DG_DATE_YEAR;
    return 9;
  }
  if (is_alnum_at(t, len, i + 4) || lit(t, len, i + 4, "-") ||
      (i + 5 < len && (t[i + 4] == '.' || t[i + 4] == ',') && is_digit(t[i + 5])))
    return 0;
  if (y < 1800 || y > 2199) return 0;
  int ok = after_time_prep(t, i);
  /* A year in parentheses after a name or title, or citing a source: "(2023)",
   * "(World Bank, 2018)", "(世界銀行、 2018)". */
  if (!ok && lit(t, len, i + 4, ")")) {
    size_t b = i;
    if (b > 0 && t[b - 1] == ' ') b--;
    if (i > 0 && t[i - 1] == '(') ok = 1;
    else if (b > 0 && t[b - 1] == ',' && b < i) ok = 1;
    else if (lit_before(t, b, "、")) ok = 1;
  }
  if (!ok) return 0;
  /* "in 2000 cities": a count */
  size_t j = i + 4;
  if (j + 1 < len && t[j] == ' ' && dg_wordlist_at(&s->r->counters, t, len, j + 1) >= 0) {
    long c = dg_wordlist_at(&s->r->counters, t, len, j + 1);
    if (!is_alnum_at(t, len, j + 1 + s->r->counters.w[c].len)) return 0;
  }
  d->year = y;
  d->prec = DG_DATE_YEAR;
  return 4;
}

/* M.D (土), M/D(火): a day of the document's year written with its weekday (web pages). */
static size_t weekday_at(const char *t, size_t len, size_t i);
static size_t dotted_md(const scan_t *s, size_t i, int ctx_year, dg_date *d) {
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
  d->month = m, d->day = dd, d->prec = DG_DATE_DAY, d->relative = 1, d->year = ctx_year;
  return e - i;
}

/* (火), (火・祝), (月曜日): a weekday in parentheses; its length or 0. */
static size_t weekday_at(const char *t, size_t len, size_t i) {
  if (!lit(t, len, i, "(")) return 0;
  static const char *const parts[] = {"月", "火", "水", "木", "金", "土", "日", "祝", "休",
                                      "曜", "・"};
  size_t j = i + 1;
  int n = 0;
  while (j < len && n < 6) {
    size_t k;
    for (k = 0; k < sizeof parts / sizeof *parts; k++)
      if (lit(t, len, j, parts[k])) break;
    if (k == sizeof parts / sizeof *parts) break;
    j += strlen(parts[k]);
    n++;
  }
  if (!n || !lit(t, len, j, ")")) return 0;
  return j + 1 - i;
}

/* A range separator at j; its length or 0. */
static size_t range_sep(const char *t, size_t len, size_t j, size_t start) {
  static const char *const seps[] = {" ~ ", "~", " 〜 ", "〜", "から", " - ", " to ", " until ",
                                     " through ", "-", " and "};
  for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
    if (!lit(t, len, j, seps[k])) continue;
    if (!strcmp(seps[k], " and ") && !lit_before(t, start, "between ") &&
        !lit_before(t, start, "Between "))
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

/* The end of a range after the date d that ended at j: another full or partial date. */
static size_t range_end(scan_t *s, dg_date *d, size_t start, size_t j) {
  const char *t = s->t;
  size_t len = s->len;
  if (d->month2 || d->year2) return 0;
  size_t w = weekday_at(t, len, j);
  size_t sep = range_sep(t, len, j + w, start);
  if (!sep) return 0;
  size_t b = j + w + sep;
  dg_date d2;
  int dd;
  size_t n2 = 0, k;
  if (d->prec == DG_DATE_YEAR && b < len && is_digit(t[b])) {
    /* from 2020 to 2022, FY2023-2025 */
    int y2;
    if (year4(t, len, b, &y2) && !lit(t, len, b + 4, "年") && y2 > d->year) {
      memset(&d2, 0, sizeof d2);
      d2.year = y2, d2.prec = DG_DATE_YEAR, d2.fiscal = d->fiscal;
      n2 = 4;
    }
  }
  if (!n2) n2 = ja_date(s, b, d->year, &d2);
  if (!n2 && d->prec == DG_DATE_DAY && (k = dnum(s->r, t, len, b, 2, &dd)) &&
      lit(t, len, b + k, "日") && valid_md(d->year, d->month, dd)) {
    /* 10月11日～12日 */
    memset(&d2, 0, sizeof d2);
    d2.year = d->year, d2.month = d->month, d2.day = dd, d2.prec = DG_DATE_DAY;
    d2.relative = d->relative;
    n2 = k + strlen("日");
  }
  if (!n2) n2 = en_date(s, b, d->year, &d2);
  if (!n2 || d2.prec == DG_DATE_DECADE) return 0;
  /* A fiscal year ends with a fiscal year, a day with a day or a month. */
  if (d->fiscal != d2.fiscal) return 0;
  if (d2.prec == DG_DATE_YEAR && d->prec != DG_DATE_YEAR) return 0;
  if (d->prec == DG_DATE_YEAR && d2.prec != DG_DATE_YEAR && d2.relative) return 0;
  if (!later(d->year, d->month, d->day, d2.year, d2.month ? d2.month : d->month,
             d2.day ? d2.day : 0))
    return 0;
  d->year2 = d2.year ? d2.year : d->year;
  d->month2 = d2.month;
  d->day2 = d2.day;
  if (d->relative && !d2.relative) d->relative = 0, d->year = d2.year;
  return w + sep + n2;
}

dg_err dg_date_find(const dg_rules *r, const char *t, size_t len, int doc_year, dg_date **out,
                    size_t *nout, dg_error *err) {
  DG_VEC(dg_date) v = {0};
  scan_t s = {r, t, len, doc_year, 0};
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)t[i];
    unsigned char p = i ? (unsigned char)t[i - 1] : ' ';
    dg_date d;
    size_t n = 0;
    int digit = is_digit((char)c);
    /* not inside another number or word: 12021, 1.2021, G2024 */
    int inside = i > 0 && (dg_is_ascii_alnum(p) || ((p == '.' || p == ',' || p == '/') &&
                                                    i > 1 && is_digit(t[i - 2])));
    if (c >= 0x80 && i > 0 && p >= 0x80) {
      /* a kanji numeral continues the one before it; 第/毎 make it no date */
      if (dg_wordlist_before(&r->kanji_digits, t, 0, i) >= 0 || lit_before(t, i, "第") ||
          lit_before(t, i, "毎") || lit_before(t, i, "数"))
        inside = 1;
    }
    if (!inside && (c >= 0x80 || digit || (c >= 'A' && c <= 'Z')))
      n = ja_date(&s, i, doc_year, &d);
    if (!n && !inside && (digit || (c >= 'A' && c <= 'Z') || c == 'f'))
      n = en_date(&s, i, doc_year, &d);
    if (!n && !inside && digit) n = bare_year(&s, i, &d);
    if (!n && !inside && digit) n = dotted_md(&s, i, doc_year, &d);
    if (n) {
      n += range_end(&s, &d, i, i + n);
      d.start = (uint32_t)i;
      d.end = (uint32_t)(i + n);
      if (d.relative && !d.year) d.year = doc_year;
      if (d.relative && d.month2 && !d.year2) d.year2 = d.year;
      if (!d.relative && d.year) s.last_year = d.year2 ? d.year2 : d.year;
      if (d.year || d.month) {
        if (DG_PUSH(v, d)) {
          free(v.v);
          return dg_error_set(err, DG_ENOMEM, "out of memory");
        }
      }
      i += n;
      continue;
    }
    if (digit) {
      while (i < len && is_digit(t[i])) i++; /* no date starts inside a number */
      continue;
    }
    i += c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len);
  }
  *out = v.v;
  *nout = v.n;
  return DG_OK;
}
