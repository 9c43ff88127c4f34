/* Japanese dates (see recognize/date.h):
 *   [era N|元 [(YYYY)] | YYYY [(era N)]] 年 [度|代] [M月 [D日]], era N.M.D (R7.11.7),
 *   a relative year (昨年, 同年, 翌年 ...) with M月[D日] or a part of the year (本年秋) or
 *   alone (昨年の会合), 翌D日 / 同月D日, 同日 / 本日, and M月[D日] without a year; a day
 *   alone in parentheses after a meeting's head word (会合(6日): the month of the date before);
 *   a day alone as news writes it (首相は10日、: bare_day);
 * numbers in ASCII or kanji digits (令和六年十二月二十日, 二〇二四年), a space allowed before
 * 年, 月 and 日 (PDF text: "2024 年 1 月"). Not dates: durations (5年間), 同年代, 前年比,
 * 本日程. A date written without its year is left anchored for dg_date_resolve. Era,
 * relative and part-of-year words come from dg_rules. */
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/date.h"
#include "recognize/number.h"
#include "recognize/wordscan.h"

/* A unit word after a number, with an optional space before it (PDF text: "2024 年"). */
static size_t unit_after(const char *t, size_t len, size_t i, const char *u) {
  if (dg_lit(t, len, i, u)) return strlen(u);
  if (i < len && t[i] == ' ' && dg_lit(t, len, i + 1, u)) return 1 + strlen(u);
  return 0;
}

/* Era year at i: 令和6 / 令和元 / 平成27 / 令和六 / R6 (Latin letters from eras.tsv, with
 * ASCII digits right after). Sets *year to the Gregorian year. */
static size_t era_year(const dg_date_scan *s, size_t i, int *year) {
  const char *t = s->t;
  size_t len = s->len;
  long e = dg_wordlist_at(&s->r->eras, t, len, i);
  if (e < 0) return 0;
  const dg_word *w = &s->r->eras.w[e];
  size_t j = i + w->len, k;
  int n;
  if (dg_word_is_latin(w)) {
    if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1])) return 0;
    if (!(k = dg_digits_at(t, len, j, 2, &n)) || n == 0) return 0;
  } else {
    j = dg_skip_spaces(t, len, j);
    if (dg_lit(t, len, j, "元"))
      n = 1, k = strlen("元");
    else if (!(k = dg_field_number_at(s->r, t, len, j, 2, &n)) || n == 0 || n > 99)
      return 0;
  }
  *year = w->as.era.first_year + n - 1;
  return j + k - i;
}

/* A Western year at i: four ASCII digits (1000..2999) or a kanji numeral (二〇二四). */
static size_t western_year(const dg_date_scan *s, size_t i, int *year) {
  int y, nc;
  if (i < s->len && dg_is_digit(s->t[i])) {
    if (dg_digits_at(s->t, s->len, i, 4, &y) != 4 || y < 1000 || y > 2999) return 0;
    *year = y;
    return 4;
  }
  size_t k = dg_kanji_number_at(s->r, s->t, s->len, i, &y, &nc);
  if (!k || nc < 3 || y < 1868 || y > 2100) return 0;
  *year = y;
  return k;
}

/* 10月11-12日: the second day of a range of days after the first (ASCII digits), with a
 * separator of day_ranges.tsv; its end, or 0. */
static size_t day_range_ja(const dg_date_scan *s, size_t at, int year, int m, int first,
                           int *second) {
  size_t sp = 0, u, k;
  for (size_t q = 0; q < s->r->day_ranges.n && !sp; q++) {
    const dg_word *w = &s->r->day_ranges.w[q];
    sp = dg_separator_end(w, w->as.day_range.japanese, s->t, s->len, at);
  }
  if (!sp || !(k = dg_digits_at(s->t, s->len, sp, 2, second))) return 0;
  if (!(u = unit_after(s->t, s->len, sp + k, "日")) || !dg_valid_md(year, m, first) ||
      !dg_valid_md(year, m, *second) || *second <= first)
    return 0;
  return sp + k + u;
}

/* Month and day at i: M月[D日], M月D-D日, and M月D of a list M月D、D日. */
static size_t month_day(const dg_date_scan *s, size_t i, dg_date *d, int year) {
  const char *t = s->t;
  size_t len = s->len, u, e;
  int m, dd = 0, d2;
  size_t k = dg_field_number_at(s->r, t, len, i, 2, &m);
  if (!k || !(u = unit_after(t, len, i + k, "月")) || m < 1 || m > 12) return 0;
  size_t j = i + k + u;
  size_t js = j < len && t[j] == ' ' ? j + 1 : j;
  size_t k2 = dg_field_number_at(s->r, t, len, js, 2, &dd);
  if (k2 && (u = unit_after(t, len, js + k2, "日"))) {
    if (!dg_valid_md(year, m, dd)) return 0;
    d->month = m, d->day = dd;
    d->prec = DG_DATE_DAY;
    return js + k2 + u - i;
  }
  if (k2 && dg_valid_md(year, m, dd) && dg_date_ja_list_follows(s, js + k2, dd)) {
    d->month = m, d->day = dd; /* 11月8、9日: the first day of a list, its own date */
    d->prec = DG_DATE_DAY;
    return js + k2 - i;
  }
  if (k2 && dg_is_digit(t[js]) && (e = day_range_ja(s, js + k2, year, m, dd, &d2))) {
    d->month = m, d->day = dd, d->month2 = m, d->day2 = d2, d->year2 = year;
    d->prec = DG_DATE_DAY;
    return e - i;
  }
  d->month = m;
  d->prec = DG_DATE_MONTH;
  return j - i;
}

long dg_date_relative_word(const dg_date_scan *s, size_t i, int latin, size_t *end) {
  long w = dg_wordlist_at(&s->r->relative_dates, s->t, s->len, i);
  if (w < 0) return -1;
  const dg_word *rw = &s->r->relative_dates.w[w];
  if (dg_word_is_latin(rw) != latin) return -1;
  if (latin && ((i > 0 && dg_is_ascii_alnum((unsigned char)s->t[i - 1])) ||
                dg_alnum_at(s->t, s->len, i + rw->len)))
    return -1;
  *end = i + rw->len;
  return w;
}

size_t dg_date_year_part(const dg_rules *r, const char *t, size_t len, size_t i) {
  for (size_t k = 0; k < r->year_parts.n; k++) {
    const dg_word *w = &r->year_parts.w[k];
    if (dg_lit(t, len, i, w->s) && !dg_lit(t, len, i + w->len, "田")) return w->len;
  }
  return 0;
}

/* 翌19日, 同月20日: a day (and month) counted from the date before. `j` follows the word. */
static size_t relative_day(const dg_date_scan *s, size_t i, size_t j, const dg_word *w,
                           dg_date *d) {
  int dd;
  size_t js = j < s->len && s->t[j] == ' ' ? j + 1 : j;
  size_t k = dg_field_number_at(s->r, s->t, s->len, js, 2, &dd), u;
  if (!k || !(u = unit_after(s->t, s->len, js + k, "日")) || dd < 1 || dd > 31) return 0;
  if (dg_lit(s->t, s->len, js + k + u, "間")) return 0; /* 翌2日間: a duration */
  d->day = dd;
  d->prec = DG_DATE_DAY;
  d->anchor = w->as.relative.anchor;
  d->offset = (int8_t)w->as.relative.offset;
  d->relative = 1;
  return js + k + u - i;
}

/* 先月, 今月10日: the document's month (+ offset), alone (not 先月比) or with a day. */
static size_t doc_month(const dg_date_scan *s, size_t i, size_t j, const dg_word *w, dg_date *d) {
  size_t n = relative_day(s, i, j, w, d);
  if (n) return n;
  size_t yp = dg_date_year_part(s->r, s->t, s->len, j);
  if (!yp && (dg_kanji_near(s->t, s->len, i, 1) || dg_kanji_near(s->t, s->len, j, 0))) return 0;
  d->prec = DG_DATE_MONTH;
  d->anchor = DG_ANCHOR_DOC_MONTH;
  d->offset = (int8_t)w->as.relative.offset;
  d->relative = 1;
  return j + yp - i;
}

/* R7.11.7, H31.4.30, 令和7.11.7: an era year with month and day after dots or slashes. */
static size_t era_numeric(const dg_date_scan *s, size_t j, int year, dg_date *d) {
  const char *t = s->t;
  size_t len = s->len;
  int m, dd;
  if (j >= len || (t[j] != '.' && t[j] != '/')) return 0;
  char sep = t[j];
  size_t km = dg_digits_at(t, len, j + 1, 2, &m);
  if (!km || j + 1 + km >= len || t[j + 1 + km] != sep) return 0;
  size_t p = j + 2 + km;
  size_t kd = dg_digits_at(t, len, p, 2, &dd);
  if (!kd || dd == 0 || !dg_valid_md(year, m, dd)) return 0;
  size_t e = p + kd;
  if (dg_alnum_at(t, len, e) ||
      (e + 1 < len && (t[e] == '.' || t[e] == sep) && dg_is_digit(t[e + 1])))
    return 0;
  d->year = year, d->month = m, d->day = dd, d->prec = DG_DATE_DAY;
  return e - j;
}

/* ---- what a date begins with: a year, or a relative word ---- */

/* What a head decides: nothing here, a year to go on from, or the whole date. */
enum { HEAD_NONE, HEAD_YEAR, HEAD_DONE };

typedef struct {
  size_t end;  /* after the head */
  size_t n;    /* HEAD_DONE: the date's length, 0 when it is no date */
  int year;    /* the year written, or 0 */
  int western; /* a Western year (2020年代 may be a decade) */
  int anchor;  /* a relative year's anchor (昨年, 同年), or DG_ANCHOR_NONE */
} ja_head;

/* 令和6年, 令和6(2024)年; R7.11.7 is a whole date. */
static int era_head(const dg_date_scan *s, size_t i, dg_date *d, ja_head *h) {
  size_t k = era_year(s, i, &h->year), j = i + k, nk;
  int y2;
  if (!k) return HEAD_NONE;
  if ((nk = era_numeric(s, j, h->year, d))) {
    h->n = j + nk - i;
    return HEAD_DONE;
  }
  if (dg_lit(s->t, s->len, j, "(") && dg_digits_at(s->t, s->len, j + 1, 4, &y2) == 4 &&
      dg_lit(s->t, s->len, j + 5, ")"))
    j += 6;
  h->end = j;
  return HEAD_YEAR;
}

/* 2023年, 二〇二四年, 2023(令和5)年. */
static int western_head(const dg_date_scan *s, size_t i, ja_head *h) {
  size_t k = western_year(s, i, &h->year), j = i + k, ek;
  int ey;
  if (!k) return HEAD_NONE;
  h->western = 1;
  if (dg_lit(s->t, s->len, j, "(") && (ek = era_year(s, j + 1, &ey)) &&
      dg_lit(s->t, s->len, j + 1 + ek, ")"))
    j += 2 + ek;
  h->end = j;
  return HEAD_YEAR;
}

/* 昨年3月, 同年8月, 本年秋 (a year to go on from); 翌19日, 同月20日, and 同日, 翌日, 本日: a day
 * that is itself relative (現地時間本日; 昨日及び本日; not 本日程, 共同日程) are whole dates. */
static int relative_head(const dg_date_scan *s, size_t i, dg_date *d, ja_head *h) {
  size_t rk;
  long rel = dg_date_relative_word(s, i, 0, &rk);
  if (rel < 0) return HEAD_NONE;
  const dg_word *w = &s->r->relative_dates.w[rel];
  int anchor = w->as.relative.anchor;
  if ((anchor == DG_ANCHOR_DAY || anchor == DG_ANCHOR_DOC) && w->len >= 3 &&
      !memcmp(w->s + w->len - 3, "日", 3)) {
    h->n = 0;
    if (dg_kanji_near(s->t, s->len, rk, 0) && !dg_lit(s->t, s->len, rk, "及び") &&
        !dg_lit(s->t, s->len, rk, "並びに"))
      return HEAD_DONE; /* 本日程; not 昨日及び本日 */
    d->prec = DG_DATE_DAY, d->offset = (int8_t)w->as.relative.offset;
    d->anchor = anchor == DG_ANCHOR_DOC ? DG_ANCHOR_DOC_DAY : DG_ANCHOR_DAYS;
    d->relative = 1;
    h->n = rk - i;
    return HEAD_DONE;
  }
  if (anchor == DG_ANCHOR_MONTH || anchor == DG_ANCHOR_DAY) {
    h->n = relative_day(s, i, rk, w, d);
    return HEAD_DONE;
  }
  if (anchor == DG_ANCHOR_DOC_MONTH) {
    h->n = doc_month(s, i, rk, w, d);
    return HEAD_DONE;
  }
  h->anchor = anchor;
  d->offset = (int8_t)w->as.relative.offset;
  h->end = rk;
  return HEAD_YEAR;
}

/* ---- after the year ---- */

/* 年度, 年代, 年間 right after the year (at j): a fiscal year, a decade, a duration. Returns
 * 1 when one of them decides the date, with its length (0: no date) in *n. */
static int year_kind(const dg_date_scan *s, size_t i, size_t j, const ja_head *h, dg_date *d,
                     size_t *n) {
  const char *t = s->t;
  size_t len = s->len;
  *n = 0;
  if (dg_lit(t, len, j, "度")) {
    /* 本年度 depends on the month of the document's date: not guessed; 同年度 and 翌年度
     * count from the fiscal year before them */
    if (h->anchor == DG_ANCHOR_DOC ||
        (h->anchor && (dg_kanji_near(t, len, i, 1) || dg_lit(t, len, j + strlen("度"), "比"))))
      return 1;
    d->fiscal = 1;
    *n = j + strlen("度") - i;
    return 1;
  }
  if (dg_lit(t, len, j, "代")) {
    /* 2020年代; 昭和40年代 spans two decades of the Western calendar: no date */
    if (h->western && h->year % 10 == 0) d->prec = DG_DATE_DECADE, *n = j + strlen("代") - i;
    return 1;
  }
  return dg_lit(t, len, j, "間"); /* a duration, not a date */
}

/* 平成31年(2019年)4月, 2019年(平成31年)4月: the same year in the other calendar in
 * parentheses at j; where the date goes on. */
static size_t other_calendar(const dg_date_scan *s, size_t j, int year) {
  int y2;
  if (!dg_lit(s->t, s->len, j, "(")) return j;
  size_t k = era_year(s, j + 1, &y2), u;
  if (!k) k = western_year(s, j + 1, &y2);
  if (k && (u = unit_after(s->t, s->len, j + 1 + k, "年")) &&
      dg_lit(s->t, s->len, j + 1 + k + u, ")") && y2 == year)
    return j + 1 + k + u + 1;
  return j;
}

/* M月[D日] after the year at j, else for a relative year a part of the year (本年秋) or
 * the word alone (昨年, 同年; not 同年代, 前年比); else the year alone. */
static size_t year_rest(const dg_date_scan *s, size_t i, size_t j, const ja_head *h, dg_date *d) {
  size_t jm = j < s->len && s->t[j] == ' ' ? j + 1 : j; /* "2024 年 1 月" */
  size_t md = month_day(s, jm, d, h->year);
  if (d->month2) d->year2 = h->year;
  if (md) return jm + md - i;
  if (!h->anchor) return j - i;
  size_t yp = dg_date_year_part(s->r, s->t, s->len, j);
  if (yp) return j + yp - i;
  return !dg_kanji_near(s->t, s->len, i, 1) && !dg_kanji_near(s->t, s->len, j, 0) ? j - i : 0;
}

/* The date after its head: 年 (unless the head is relative), its kind, the other calendar,
 * and the rest. */
static size_t after_year(const dg_date_scan *s, size_t i, const ja_head *h, dg_date *d) {
  size_t j = h->end, n;
  if (!h->anchor) {
    size_t u = unit_after(s->t, s->len, j, "年");
    if (!u) return 0;
    j += u;
  }
  d->year = h->year;
  d->anchor = (uint8_t)h->anchor;
  d->relative = h->anchor != DG_ANCHOR_NONE;
  d->prec = DG_DATE_YEAR;
  if (year_kind(s, i, j, h, d, &n)) return n;
  if (!h->anchor) j = other_calendar(s, j, h->year);
  return year_rest(s, i, j, h, d);
}

/* Does a year written in numerals end right before i (3000年, 令和100年), one that was
 * not read as a year, being out of bounds (1000..2999, era years 1..99)? Its month and day
 * are then no date either, rather than a date in another year. */
static int after_unread_year(const dg_date_scan *s, size_t i) {
  static const char nen[] = "年";
  size_t n = sizeof nen - 1;
  if (i < n + 1 || memcmp(s->t + i - n, nen, n) != 0) return 0;
  return dg_is_digit(s->t[i - n - 1]) ||
         dg_wordlist_before(&s->r->kanji_digits, s->t, 0, i - n) >= 0;
}

size_t dg_date_ja_past_bounds(const dg_date_scan *s, size_t i) {
  dg_date d;
  memset(&d, 0, sizeof d);
  return after_unread_year(s, i) ? month_day(s, i, &d, 0) : 0;
}

/* (6日) right after a meeting's head word (日ASEAN経済大臣会合(6日)では): the day of the
 * month of the date before, which the meeting was held on. Only a day between the
 * parentheses, only after a word of heads.tsv of type meeting. */
static size_t meeting_day(const dg_date_scan *s, size_t i, dg_date *d) {
  int dd;
  if (i < 1 || s->t[i - 1] != '(') return 0;
  long h = dg_wordlist_before(&s->r->heads, s->t, 0, i - 1);
  if (h < 0 || s->r->heads.w[h].as.head.type != DG_TYPE_MEETING) return 0;
  size_t k = dg_field_number_at(s->r, s->t, s->len, i, 2, &dd), u;
  if (!k || !(u = unit_after(s->t, s->len, i + k, "日")) || dd < 1 || dd > 31 ||
      !dg_lit(s->t, s->len, i + k + u, ")"))
    return 0;
  d->day = dd;
  d->prec = DG_DATE_DAY;
  d->anchor = DG_ANCHOR_MONTH;
  d->relative = 1;
  return k + u;
}

/* Does what stands before i let a day alone there be a date: a line's start, a space after
 * a character that is not ASCII ([ワシントン 14日 ロイター]; not 3 to 5日), or a word of
 * bare_day_before.tsv (、 は 現地時間)? */
static int bare_day_may_follow(const dg_date_scan *s, size_t i) {
  if (i == 0 || s->t[i - 1] == '\n') return 1;
  if (s->t[i - 1] == ' ') return i > 1 && (unsigned char)s->t[i - 2] >= 0x80;
  return dg_wordlist_before(&s->r->bare_day_before, s->t, 0, i) >= 0;
}

/* 10日、, 現地時間10日午後, 18~19日: a day in ASCII digits alone, no month before it, after
 * what bare_day_may_follow allows and before no word of bare_day_not_after.tsv (3日間,
 * 2日目, 3日前) nor 時 ending its line (1 日時: a numbered field label); a range of two
 * such days with a separator of day_ranges.tsv. Its month is
 * resolved later (DG_ANCHOR_NEWS_DAY). */
static size_t bare_day(const dg_date_scan *s, size_t i, dg_date *d) {
  int dd, d2 = 0;
  size_t k = dg_digits_at(s->t, s->len, i, 2, &dd), u, end;
  if (!k || !bare_day_may_follow(s, i) || dd < 1 || dd > 31) return 0;
  if ((u = unit_after(s->t, s->len, i + k, "日"))) {
    end = i + k + u;
  } else if (!(end = day_range_ja(s, i + k, 0, 1, dd, &d2))) {
    return 0;
  }
  if (dg_wordlist_at(&s->r->bare_day_not_after, s->t, s->len, end) >= 0) return 0;
  if (dg_lit(s->t, s->len, end, "\xE6\x99\x82") && /* 時 ending its line: the label 日時 */
      (end + 3 == s->len || s->t[end + 3] == '\n' || s->t[end + 3] == ' '))
    return 0;
  d->day = dd;
  d->day2 = d2;
  d->prec = DG_DATE_DAY;
  d->anchor = DG_ANCHOR_NEWS_DAY;
  d->relative = 1;
  return end - i;
}

size_t dg_date_ja(const dg_date_scan *s, size_t i, dg_date *d) {
  memset(d, 0, sizeof *d);
  ja_head h = {i, 0, 0, 0, DG_ANCHOR_NONE};
  int head = era_head(s, i, d, &h);
  if (head == HEAD_NONE) head = western_head(s, i, &h);
  if (head == HEAD_NONE) head = relative_head(s, i, d, &h);
  if (head == HEAD_DONE) return h.n;
  if (head == HEAD_YEAR) return after_year(s, i, &h, d);
  /* No year: M月D日 or M月 (the year comes from the text before or the document). */
  if (after_unread_year(s, i)) return 0;
  size_t md = month_day(s, i, d, 0);
  if (!md) {
    size_t n = meeting_day(s, i, d);
    return n ? n : bare_day(s, i, d);
  }
  d->relative = 1;
  d->anchor = DG_ANCHOR_CONTEXT;
  return md;
}
