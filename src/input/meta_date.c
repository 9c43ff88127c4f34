/* The date a web page's metadata says it was published: the first <meta> whose name or
 * property is one of `published` below (or an element with itemprop="datePublished") and
 * whose content (or datetime) starts with a full ISO date. Modification dates, expiry
 * dates and the dates of things a page describes are not read: a page edited in 2024
 * about a 2019 meeting is still dated 2019 by what it says of itself.
 * Invariant: the first date found wins; a value that is not a valid year, month and day
 * (1000-2999) is no date, and the search goes on. */
#include "input/meta_date.h"

#include <string.h>
#include <strings.h>

/* <meta name=...> and <meta property=...> values that give the publication date. */
static const char *const published[] = {
    "article:published_time", "og:published_time", "datePublished",  "date",
    "dc.date",                "dc.date.issued",    "dc.date.created", "dcterms.date",
    "dcterms.issued",         "dcterms.created",   "citation_publication_date",
    "citation_date",          "pubdate",           "publishdate",     "publish-date",
    "publish_date",           "publication_date",  "sailthru.date",   "parsely-pub-date",
};

static int names_published(const char *v) {
  if (!v) return 0;
  for (size_t i = 0; i < sizeof published / sizeof *published; i++)
    if (!strcasecmp(v, published[i])) return 1;
  return 0;
}

static int digits(const char *s, int n, int *v) {
  *v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    *v = *v * 10 + (s[i] - '0');
  }
  return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* YYYY-MM-DD (or / or . between), then the end or a time (after T or a space). */
static int iso_day(const char *s, dg_when *w) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  while (*s == ' ') s++;
  int y, m, d;
  if (strlen(s) < 10) return 0;
  char sep = s[4];
  if ((sep != '-' && sep != '/' && sep != '.') || s[7] != sep ||
      !digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
    return 0;
  if (s[10] && s[10] != 'T' && !(s[10] == ' ' && s[11] >= '0' && s[11] <= '9')) return 0;
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] ||
      (m == 2 && d == 29 && !leap(y)))
    return 0;
  memset(w, 0, sizeof *w);
  w->year = y, w->month = m, w->day = d;
  w->prec = DG_DATE_DAY;
  return 1;
}

int dg_meta_date_take(const dg_meta_attrs *a, dg_when *out) {
  if (out->year) return 0;
  int named = names_published(a->name) || names_published(a->property) ||
              (a->itemprop && !strcasecmp(a->itemprop, "datePublished"));
  if (!named) return 0;
  return (a->content && iso_day(a->content, out)) || (a->datetime && iso_day(a->datetime, out));
}
