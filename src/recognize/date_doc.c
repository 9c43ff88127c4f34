/* The document's own date (see docgraph/date.h, dg_date_document): the day it was issued,
 * which dates without a year count from (昨年, 本日, a month and day with nothing before
 * it). It is a full date (day, month and written year; not a range) found by the first of
 * these places that has one: the top of the document, a line of its own near the top (a
 * slide deck's title page), or the sign-off at the end (CANBERRA 27 AUGUST 2012). Where
 * the top's date stands in running text (took place in Tokyo on March 25, 2016) it is
 * still the date years count from, but not the day the document was issued: English
 * today and yesterday count from a date line's date only (DG_DOC_DATE_LINE). */
#include <string.h>

#include "base/scan.h"
#include "recognize/date.h"

enum {
  TOP_LINES = 12,   /* the top: a date line anywhere in it */
  NEAR_LINES = 40,  /* near the top: a date alone on its line */
  END_LINES = 8,    /* the end: a sign-off */
  SIGN_WORDS = 6    /* words before the date on a sign-off line, at most */
};

/* Where the text of line `lines` (0-based) begins; len when there are fewer. */
static size_t line_start(const char *t, size_t len, size_t lines) {
  size_t i = 0;
  for (size_t l = 0; l < lines && i < len; i++)
    if (t[i] == '\n') l++;
  return i;
}

static size_t count_lines(const char *t, size_t len) {
  size_t n = 1;
  for (size_t i = 0; i < len; i++) n += t[i] == '\n' && i + 1 < len;
  return n;
}

/* Only spaces between the date and the end of its line? */
static int ends_line(const char *t, size_t len, const dg_date *x) {
  for (size_t k = x->end; k < len && t[k] != '\n'; k++)
    if (t[k] != ' ' && t[k] != '\t') return 0;
  return 1;
}

/* Nothing but spaces around it on its line? */
static int alone(const char *t, size_t len, const dg_date *x) {
  for (size_t k = x->start; k > 0 && t[k - 1] != '\n'; k--)
    if (t[k - 1] != ' ' && t[k - 1] != '\t') return 0;
  return ends_line(t, len, x);
}

/* A date line's head: the words before the date on its line (a place, a body, a weekday:
 * CANBERRA, Tokyo, MINISTRY OF FOREIGN AFFAIRS, Wednesday,) are few and each begins with
 * a capital or is no Latin word (a dash, a comma, Japanese); not running text (took place
 * in Tokyo on March 25, 2016). */
static int heads_line(const char *t, const dg_date *x) {
  size_t k = x->start, words = 0;
  while (k > 0 && t[k - 1] != '\n') k--;
  for (; k < x->start; k++) {
    if (k > 0 && t[k - 1] != ' ' && t[k - 1] != '\n') continue; /* not a word's start */
    if (dg_is_lower(t[k]) || (t[k] != ' ' && ++words > SIGN_WORDS)) return 0;
  }
  return 1;
}

/* A sign-off: the date ends its line after a date line's head (HOBART 1 MARCH 2020). */
static int signs_off(const char *t, size_t len, const dg_date *x) {
  return ends_line(t, len, x) && heads_line(t, x);
}

/* A date that can be the document's: a day with its year written, not a range. */
static int full_date(const dg_date *x) {
  return x->prec == DG_DATE_DAY && x->year && x->anchor == DG_ANCHOR_NONE && !x->year2 &&
         !x->month2 && !x->day2;
}

int dg_date_document(const char *t, size_t len, const dg_date *ds, size_t n, dg_when *out) {
  size_t top = line_start(t, len, TOP_LINES), near = line_start(t, len, NEAR_LINES);
  size_t lines = count_lines(t, len);
  size_t end = line_start(t, len, lines > END_LINES ? lines - END_LINES : 0);
  /* the first full date of the top, or else the first alone on its line near it (the
   * dates are in text order, so one loop finds either) */
  for (size_t i = 0; i < n && ds[i].start < near; i++)
    if (full_date(&ds[i]) && (ds[i].start < top || alone(t, len, &ds[i]))) {
      *out = dg_date_when(&ds[i]);
      return heads_line(t, &ds[i]) ? DG_DOC_DATE_LINE : DG_DOC_DATE_TEXT;
    }
  for (size_t i = n; i-- > 0 && ds[i].start >= end;)
    if (full_date(&ds[i]) && signs_off(t, len, &ds[i])) {
      *out = dg_date_when(&ds[i]);
      return DG_DOC_DATE_LINE;
    }
  return DG_DOC_DATE_NONE;
}
