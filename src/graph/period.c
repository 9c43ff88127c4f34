/* Dates as days, ranges, periods and the user's table of document dates (see
 * docgraph/period.h). Days are compared as yyyymmdd integers, so a range check is two
 * comparisons and periods sort by their first day. */
#include "docgraph/period.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hmap.h"
#include "base/tsv.h"

int32_t dg_when_day(const dg_when *w) {
  if (w->year <= 0) return 0;
  return w->year * 10000 + (w->month ? w->month : 1) * 100 + (w->day ? w->day : 1);
}

/* The last day of year y, month m (0: the whole year), day d (0: the whole month). */
static int32_t last_day(int32_t y, int32_t m, int32_t d) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y <= 0) return 0;
  if (!m) return y * 10000 + 1231;
  if (!d) {
    d = m >= 1 && m <= 12 ? days[m - 1] : 31;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) d = 29;
  }
  return y * 10000 + m * 100 + d;
}

int32_t dg_when_last_day(const dg_when *w) {
  if (w->year2 > 0) return last_day(w->year2, w->month2, w->day2);
  if (w->prec == DG_DATE_DECADE) return last_day(w->year + 9, 0, 0);
  return last_day(w->year, w->month, w->day);
}

char *dg_day_iso(int32_t day, char *buf, size_t n) {
  if (day <= 0) snprintf(buf, n, "%s", "");
  else snprintf(buf, n, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
  return buf;
}

/* Up to `max` digits at *p as a number (at least one); -1 when there is none. */
static int digits(const char **p, int max) {
  int v = 0, k = 0;
  while (k < max && isdigit((unsigned char)**p)) v = v * 10 + (*(*p)++ - '0'), k++;
  return k ? v : -1;
}

int dg_when_parse(const char *s, dg_when *out) {
  memset(out, 0, sizeof *out);
  const char *p = s;
  int y = digits(&p, 4), m = 0, d = 0;
  if (y < 1 || p - s != 4) return -1;
  if (*p == '-' || *p == '/') {
    p++;
    if ((m = digits(&p, 2)) < 1 || m > 12) return -1;
    if (*p == '-' || *p == '/') {
      p++;
      if ((d = digits(&p, 2)) < 1 || d > last_day(y, m, 0) % 100) return -1;
    }
  }
  if (*p) return -1;
  *out = (dg_when){.year = y, .month = m, .day = d,
                   .prec = (uint8_t)(d ? DG_DATE_DAY : m ? DG_DATE_MONTH : DG_DATE_YEAR)};
  return 0;
}

int dg_date_range_set(const dg_date_range *r) { return r->since.year > 0 || r->until.year > 0; }

int dg_date_range_keeps(const dg_date_range *r, const dg_when *w) {
  if (!dg_date_range_set(r)) return 1;
  int32_t day = dg_when_day(w);
  if (!day) return 0;
  if (r->since.year > 0 && day < dg_when_day(&r->since)) return 0;
  if (r->until.year > 0 && day > dg_when_last_day(&r->until)) return 0;
  return 1;
}

/* ---- periods ---- */

static const char *const by_names[] = {[DG_BY_NONE] = "none", [DG_BY_YEAR] = "year",
                                       [DG_BY_QUARTER] = "quarter", [DG_BY_MONTH] = "month"};

int dg_period_by_parse(const char *name, dg_period_by *out) {
  for (int i = DG_BY_YEAR; i <= DG_BY_MONTH; i++)
    if (!strcmp(name, by_names[i])) {
      *out = (dg_period_by)i;
      return 0;
    }
  return -1;
}

const char *dg_period_by_name(dg_period_by by) {
  return (unsigned)by <= DG_BY_MONTH ? by_names[by] : "none";
}

int32_t dg_period_of(const dg_when *w, dg_period_by by, char *buf, size_t n) {
  int32_t day = dg_when_day(w);
  int y = day / 10000, m = day / 100 % 100;
  if (!day || by == DG_BY_NONE) {
    if (n) buf[0] = '\0';
    return 0;
  }
  if (by == DG_BY_YEAR) {
    snprintf(buf, n, "%04d", y);
    return y * 10000 + 101;
  }
  if (by == DG_BY_QUARTER) {
    int q = (m - 1) / 3 + 1;
    snprintf(buf, n, "%04d-Q%d", y, q);
    return y * 10000 + ((q - 1) * 3 + 1) * 100 + 1;
  }
  snprintf(buf, n, "%04d-%02d", y, m);
  return y * 10000 + m * 100 + 1;
}

/* ---- the user's table of document dates ---- */

typedef struct {
  const char *path;
  dg_when when;
} dated_path;

/* The rows, and an index by file name: a row can name a document only if both paths end in
 * the same name, so a lookup reads the rows of one name, not the table. */
struct dg_doc_dates {
  dg_arena arena;
  dated_path *rows;
  size_t n, cap;
  dg_hmap by_name; /* a file name: its last row + 1 */
  uint32_t *prev;  /* row i: the row before it with its file name + 1, 0 for none */
};

/* The file name of path: what follows its last '/'. */
static const char *file_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The index of the rows by file name; -1 when memory runs out. */
static int index_rows(dg_doc_dates *t) {
  t->prev = calloc(t->n ? t->n : 1, sizeof *t->prev);
  if (!t->prev) return -1;
  for (size_t i = 0; i < t->n; i++) {
    const char *name = file_name(t->rows[i].path);
    uint32_t *last;
    int put = dg_hmap_put(&t->by_name, name, strlen(name), (uint32_t)i + 1, &last);
    if (put < 0) return -1;
    if (put == 0) t->prev[i] = *last, *last = (uint32_t)i + 1;
  }
  return 0;
}

/* One row of the table; -1 when memory runs out. */
static int add_row(dg_doc_dates *t, const char *path, const dg_when *w) {
  if (t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 16;
    dated_path *r = realloc(t->rows, cap * sizeof *r);
    if (!r) return -1;
    t->rows = r, t->cap = cap;
  }
  const char *p = dg_arena_strdup(&t->arena, path);
  if (!p) return -1;
  t->rows[t->n++] = (dated_path){p, *w};
  return 0;
}

/* Every record of the open file into t; DG_EINPUT at the first bad one. */
static dg_err read_rows(dg_doc_dates *t, dg_tsv *f, dg_error *err) {
  int pc = dg_tsv_col(f, "path"), dc = dg_tsv_col(f, "date");
  if (pc < 0 || dc < 0)
    return dg_error_set(err, DG_EINPUT, "%s:1: the header must name the columns path and date",
                        f->path);
  while (dg_tsv_next(f)) {
    dg_when w;
    const char *path = dg_tsv_get(f, pc), *date = dg_tsv_get(f, dc);
    if (!*path || dg_when_parse(date, &w))
      return dg_error_set(err, DG_EINPUT, "%s:%zu: not PATH<TAB>DATE (a date is 2024, 2024-03 "
                          "or 2024-03-15): '%s'", f->path, f->line, date);
    if (add_row(t, path, &w)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

dg_err dg_doc_dates_load(const char *path, dg_doc_dates **out, dg_error *err) {
  *out = NULL;
  dg_doc_dates *t = calloc(1, sizeof *t);
  if (!t) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_arena_init(&t->arena);
  dg_hmap_init(&t->by_name);
  dg_tsv f;
  dg_err r = dg_tsv_open(&f, path, err);
  if (r != DG_OK) {
    dg_doc_dates_free(t);
    return r;
  }
  r = read_rows(t, &f, err);
  dg_tsv_close(&f);
  if (r == DG_OK && index_rows(t)) r = dg_error_set(err, DG_ENOMEM, "out of memory");
  if (r != DG_OK) dg_doc_dates_free(t);
  else *out = t;
  return r;
}

void dg_doc_dates_free(dg_doc_dates *t) {
  if (!t) return;
  free(t->rows);
  free(t->prev);
  dg_hmap_destroy(&t->by_name);
  dg_arena_destroy(&t->arena);
  free(t);
}

/* Whether row path r names the document at `path`: the same path, or its end after a '/'. */
static size_t names_doc(const char *r, const char *path) {
  while (path[0] == '.' && path[1] == '/') path += 2;
  while (r[0] == '.' && r[1] == '/') r += 2;
  size_t n = strlen(r), m = strlen(path);
  if (n == m && !strcmp(r, path)) return n + 1;
  if (n < m && path[m - n - 1] == '/' && !strcmp(path + m - n, r)) return n;
  return 0;
}

int dg_doc_dates_find(const dg_doc_dates *t, const char *path, dg_when *out) {
  size_t best = 0, at = 0;
  const char *name = file_name(path);
  const uint32_t *last = t ? dg_hmap_get(&t->by_name, name, strlen(name)) : NULL;
  for (uint32_t i = last ? *last : 0; i; i = t->prev[i - 1]) { /* the longest, then the first */
    size_t k = names_doc(t->rows[i - 1].path, path);
    if (k && k >= best) best = k, at = i - 1;
  }
  if (best) *out = t->rows[at].when;
  return best != 0;
}
