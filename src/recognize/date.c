/* Dates (see docgraph/date.h): the scan. At each position where no number continues
 * (12021, 1.2021, G2024, 十三, 第3, 毎年), the forms of `dg_date_forms` are tried in order and
 * the first that reads wins (recognize/date_parse_ja.c, date_parse_en.c); a range to a
 * second date may follow (date_range.c). The dates found are then resolved from the
 * document's year (date_resolve.c), and those the text gives no year for are dropped
 * (翌19日 with no date before it, 同年 with no year before it). Digits are ASCII here: the
 * text is normalized. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "recognize/date.h"
#include "recognize/number.h"

/* ---- the calendar ---- */

int dg_days_in(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || (y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

int dg_valid_md(int y, int m, int d) {
  if (m < 1 || m > 12) return 0;
  if (d == 0) return 1;
  return d >= 1 && d <= dg_days_in(y, m);
}

dg_when dg_date_when(const dg_date *d) {
  dg_when w = {d->year, d->month, d->day, d->year2, d->month2, d->day2, d->prec, d->fiscal};
  return w;
}

char *dg_date_iso(const dg_date *d, int end, char *buf, size_t size) {
  dg_when w = dg_date_when(d);
  return dg_when_iso(&w, end, buf, size);
}

/* ---- the forms ---- */

static int is_upper_at(const dg_date_scan *s, size_t i) { return dg_is_upper(s->t[i]); }
static int is_digit_at(const dg_date_scan *s, size_t i) { return dg_is_digit(s->t[i]); }
static int is_letter_at(const dg_date_scan *s, size_t i) {
  return dg_is_upper(s->t[i]) || dg_is_lower(s->t[i]);
}
static int is_letter_or_digit_at(const dg_date_scan *s, size_t i) {
  return is_letter_at(s, i) || is_digit_at(s, i);
}

/* Japanese: a kanji or kana, a digit, or a capital (an era letter: R7.11.7). */
static int may_start_ja(const dg_date_scan *s, size_t i) {
  return (unsigned char)s->t[i] >= 0x80 || is_digit_at(s, i) || is_upper_at(s, i);
}

/* English: a digit, a capital, or the lower-case first letter of a word of fiscal_years.tsv
 * (fiscal 2024). */
static int may_start_en(const dg_date_scan *s, size_t i) {
  if (is_digit_at(s, i) || is_upper_at(s, i)) return 1;
  const dg_wordlist *l = &s->r->fiscal_years;
  if (!dg_wordlist_may_begin(l, (unsigned char)s->t[i])) return 0;
  size_t n;
  const uint32_t *g = dg_wordlist_starting(l, (unsigned char)s->t[i], &n); /* those that may */
  if (!g) n = l->n;
  for (size_t k = 0; k < n; k++)
    if (l->w[g ? g[k] : k].s[0] == s->t[i]) return 1;
  return 0;
}

const dg_date_form dg_date_forms[] = {
    {"japanese", may_start_ja, dg_date_ja},
    {"fiscal_year", may_start_en, dg_date_fiscal_year},
    {"numeric", may_start_en, dg_date_numeric},
    {"ordinal_day", is_letter_or_digit_at, dg_date_ordinal_day},
    {"day_month", may_start_en, dg_date_day_month},
    {"month_day", may_start_en, dg_date_month_day},
    {"bare_year", is_digit_at, dg_date_bare_year},
    {"dotted", is_digit_at, dg_date_dotted},
    {"relative_en", is_letter_at, dg_date_relative_en},
};
const size_t dg_date_nforms = sizeof dg_date_forms / sizeof *dg_date_forms;

/* Does i continue another number or word, so no date starts there: 12021, 1.2021, G2024;
 * a kanji numeral after another (十三) or after a word of number_prefixes.tsv (第3, 毎年)? */
static int inside_number(const dg_date_scan *s, size_t i) {
  const char *t = s->t;
  unsigned char c = (unsigned char)t[i], p = i ? (unsigned char)t[i - 1] : ' ';
  if (i > 0 && (dg_is_ascii_alnum(p) ||
                ((p == '.' || p == ',' || p == '/') && i > 1 && dg_is_digit(t[i - 2]))))
    return 1;
  return c >= 0x80 && i > 0 && p >= 0x80 &&
         (dg_wordlist_before(&s->r->kanji_digits, t, 0, i) >= 0 ||
          dg_number_prefix_before(s->r, t, i, DG_BLOCKS_DATES));
}

typedef DG_VEC(dg_date) dg_date_vec;

/* The date at i with the range after it, or 0. */
static size_t date_at(const dg_date_scan *s, size_t i, dg_date *d) {
  if (inside_number(s, i)) return 0;
  for (size_t k = 0; k < dg_date_nforms; k++) {
    if (!dg_date_forms[k].may_start(s, i)) continue;
    size_t n = dg_date_forms[k].read(s, i, d);
    if (!n) continue;
    n += dg_date_range_end(s, d, i, i + n);
    d->start = (uint32_t)i;
    d->end = (uint32_t)(i + n);
    d->scope = (uint8_t)dg_date_text_scope(s, d);
    d->past = (uint8_t)dg_date_text_past(s, d);
    return n;
  }
  return 0;
}

/* The days listed after the last date of v (11月8、9日, June 23 and 24): each its own date;
 * a year written after the last day is the year of the list. Returns where the list ends
 * (j when there is none), or 0 when memory runs out. */
static size_t list_days(const dg_date_scan *s, dg_date_vec *v, size_t j) {
  size_t first = v->n - 1, m;
  dg_date d2;
  while ((m = dg_date_list_next(s, &v->v[v->n - 1], j, &d2))) {
    d2.scope = (uint8_t)dg_date_text_scope(s, &d2);
    if (DG_PUSH(*v, d2)) return 0;
    j += m;
  }
  const dg_date *last = &v->v[v->n - 1];
  for (size_t k = first; k + 1 < v->n && last->anchor == DG_ANCHOR_NONE; k++)
    if (v->v[k].anchor == DG_ANCHOR_CONTEXT)
      v->v[k].year = last->year, v->v[k].anchor = DG_ANCHOR_NONE, v->v[k].relative = 0;
  return j;
}

typedef DG_VEC(dg_span) dg_span_vec;

/* The end of a day or month whose written year is out of bounds, starting at i, or 0: one
 * just read as d, its year in context (May 1, 3000), or one that was not read at i
 * (3000年5月1日; d NULL). Such a day is no date: it would take another year. */
static size_t past_bounds(const dg_date_scan *s, size_t i, const dg_date *d) {
  if (!d) {
    size_t n = dg_date_ja_past_bounds(s, i);
    return n ? i + n : 0;
  }
  if (d->anchor != DG_ANCHOR_CONTEXT || !d->month) return 0;
  return dg_date_en_year_past_bounds(s, d->end);
}

/* Every date of the text, in order, unresolved; the days and months after a year out of
 * bounds in *over. */
static dg_err scan(const dg_date_scan *s, dg_date **out, size_t *nout, dg_span_vec *over,
                   dg_error *err) {
  dg_date_vec v = {0};
  size_t i = 0, z;
  while (i < s->len) {
    dg_date d;
    size_t n = date_at(s, i, &d);
    if ((z = past_bounds(s, i, n ? &d : NULL))) {
      dg_span sp = {(uint32_t)i, (uint32_t)z};
      i = z;
      if (DG_PUSH(*over, sp)) goto oom;
    } else if (n) {
      i += n;
      if (!(d.year || d.month || d.anchor)) continue;
      if (DG_PUSH(v, d) || !(i = list_days(s, &v, i))) goto oom;
    } else if (dg_is_digit(s->t[i])) {
      while (i < s->len && dg_is_digit(s->t[i])) i++; /* no date starts inside a number */
    } else {
      i += (unsigned char)s->t[i] < 0x80 ? 1 : (size_t)dg_utf8_len(s->t + i, s->t + s->len);
    }
  }
  *out = v.v;
  *nout = v.n;
  return DG_OK;
oom:
  free(v.v);
  return dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* Drop what the text gives no date for: 翌19日 with no date before it, 同年 with no year
 * before it. Returns the count kept. */
static size_t drop_unresolved(dg_date *v, size_t n) {
  size_t o = 0;
  for (size_t k = 0; k < n; k++) {
    const dg_date *x = &v[k];
    int day_anchor =
        x->anchor == DG_ANCHOR_MONTH || x->anchor == DG_ANCHOR_DAY || x->anchor == DG_ANCHOR_DAYS;
    if (!(day_anchor && !x->month) &&
        !(x->anchor == DG_ANCHOR_YEAR && x->prec == DG_DATE_YEAR && !x->year))
      v[o++] = *x;
  }
  return o;
}

dg_err dg_date_find_all(const dg_rules *r, const char *t, size_t len, int doc_year,
                        dg_date **out, size_t *nout, dg_span **over, size_t *nover,
                        dg_error *err) {
  return dg_date_find_all_on(r, t, len, doc_year, NULL, out, nout, over, nover, err);
}

dg_err dg_date_find_all_on(const dg_rules *r, const char *t, size_t len, int doc_year,
                           const dg_date_carry *carry, dg_date **out, size_t *nout,
                           dg_span **over, size_t *nover, dg_error *err) {
  dg_date_scan s = {r, t, len};
  dg_date *v = NULL;
  dg_span_vec o = {0};
  size_t n = 0;
  dg_err e = scan(&s, &v, &n, &o, err);
  if (e != DG_OK) {
    free(o.v);
    return e;
  }
  dg_date_carry c = carry ? *carry : (dg_date_carry){0}; /* read, not moved on */
  dg_date_resolve_on(t, len, v, n, doc_year, 0, 0, carry ? &c : NULL);
  *out = v;
  *nout = drop_unresolved(v, n);
  if (over) *over = o.v, *nover = o.n;
  else free(o.v);
  return DG_OK;
}

dg_err dg_date_find(const dg_rules *r, const char *t, size_t len, int doc_year, dg_date **out,
                    size_t *nout, dg_error *err) {
  return dg_date_find_all(r, t, len, doc_year, out, nout, NULL, NULL, err);
}
