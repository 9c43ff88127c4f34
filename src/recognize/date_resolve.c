/* Resolving dates written without their year (see docgraph/date.h, dg_date_resolve). Each
 * anchor (dg_date_anchor) has its rule in `resolvers`: a month and day take the year in
 * context, 同年 the year written last, 昨年 the document's year, 本日 the document's date,
 * 翌19日 / 同月20日 / 同日 the date before them, a day alone (10日、) the month of its
 * sentence's date or the document's. The year in context is what the nearest
 * date before names that sets one: a date with its month, a year alone heading its line
 * (until the next one), a year alone in running text (for the rest of its sentence); a
 * limit, a target, a name or a source sets none (the scope the scan read from the words
 * around the year: dg_date_text_scope). Resolving starts over on every call, or (a long
 * document's window, dg_date_resolve_on) from what the window before said. */
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "recognize/date.h"
#include "recognize/wordscan.h"

/* ---- what the words around a year say ---- */

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

/* A word of list l (date_bounds.tsv, date_past.tsv) on this side of the date (by 2030,
 * 2030年に向けた, since September 11)? */
static int side_word(const dg_date_scan *s, const dg_wordlist *l, const dg_date *d, int side) {
  for (size_t k = 0; k < l->n; k++) {
    const dg_word *w = &l->w[k];
    if (w->as.date_bound.side != side) continue;
    int letters = w->as.date_bound.letters;
    if (side == DG_SIDE_AFTER ? dg_word_cased_at(w, letters, s->t, s->len, d->end)
                              : d->start > 0 && s->t[d->start - 1] == ' ' &&
                                    dg_word_cased_before(w, letters, s->t, d->start - 1))
      return 1;
  }
  return 0;
}

int dg_date_text_past(const dg_date_scan *s, const dg_date *d) {
  return side_word(s, &s->r->date_past, d, DG_SIDE_BEFORE) ||
         side_word(s, &s->r->date_past, d, DG_SIDE_AFTER);
}

dg_date_scope dg_date_text_scope(const dg_date_scan *s, const dg_date *d) {
  const char *t = s->t;
  size_t len = s->len, e = d->end;
  if (side_word(s, &s->r->date_bounds, d, DG_SIDE_AFTER)) return DG_DATE_SCOPE_NONE;
  if (dg_lit(t, len, e, ")")) return DG_DATE_SCOPE_NONE; /* (World Bank, 2018) */
  if (e < len && (unsigned char)t[e] >= 0x80 && !dg_date_year_part(s->r, t, len, e)) {
    dg_script sc = dg_script_of(dg_cp_at(t, len, e));
    if (sc == DG_SC_KANJI || sc == DG_SC_KATAKANA)
      return DG_DATE_SCOPE_NONE; /* 2025年日本国際博覧会 */
  }
  if (begins_line(t, d->start)) return DG_DATE_SCOPE_ON;
  if (side_word(s, &s->r->date_bounds, d, DG_SIDE_BEFORE)) return DG_DATE_SCOPE_NONE;
  return DG_DATE_SCOPE_SENTENCE;
}

/* How far a resolved date sets the year of the dates after it. A year counted from the
 * document's (昨年8月には改訂した。…7月の会合: this year's July) sets it only for its sentence:
 * the text goes back to its own year after it. */
static dg_date_scope scope_of(const dg_date *d) {
  if (!d->year || d->prec == DG_DATE_DECADE) return DG_DATE_SCOPE_NONE;
  if (d->anchor != DG_ANCHOR_NONE && d->anchor != DG_ANCHOR_DOC && d->anchor != DG_ANCHOR_YEAR)
    return DG_DATE_SCOPE_NONE; /* 12月17日 and 翌19日 take a year, they do not name one */
  if (d->anchor == DG_ANCHOR_DOC && d->offset)
    return d->prec == DG_DATE_YEAR && d->scope == DG_DATE_SCOPE_NONE ? DG_DATE_SCOPE_NONE
                                                                     : DG_DATE_SCOPE_SENTENCE;
  return d->prec != DG_DATE_YEAR ? DG_DATE_SCOPE_ON : (dg_date_scope)d->scope;
}

/* ---- the year in context ---- */

/* What the last date that named a year spans. */
typedef struct {
  int set;
  int y1, m1, y2; /* from month m1 of year y1 (m1 0: a whole year) to year y2 */
  int relative;   /* the year came from the document's date (昨年3月) */
  int period;     /* a span of whole years (a plan for 2016-2018): see context_year */
  size_t end;     /* DG_DATE_SCOPE_SENTENCE: where the date ended */
} context_t;

static void context_from(context_t *c, const dg_date *d) {
  c->set = 1;
  c->end = d->end;
  c->relative = d->relative;
  c->y1 = d->year;
  c->y2 = d->year2 ? d->year2 : d->year;
  c->m1 = d->month;
  c->period = !d->month && !d->fiscal && c->y2 > c->y1;
  if (d->fiscal) c->m1 = 4, c->y2++; /* FY2024: April 2024 to March 2025 */
}

/* The year of month m in a context: the one the context's span puts it in; in a period of
 * whole years (an Action Plan for 2016-2018 issued on July 24) its first, when the
 * document's date gives none (see from_context). */
static int context_year(const context_t *c, int m) {
  if (c->period && m) return c->y1;
  if (!c->m1 || !m) return c->y2;
  int y = m >= c->m1 ? c->y1 : c->y1 + 1;
  return y > c->y2 ? c->y2 : y;
}

/* Does a sentence end in t[a..b)? 。, a line break, or ". " after a word. */
static int sentence_ends(const char *t, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    if (t[i] == '\n' || dg_lit(t, b, i, "。")) return 1;
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < b && t[i + 1] == ' ' && i > 0 &&
        (t[i - 1] == ')' || dg_is_lower(t[i - 1]) || dg_is_digit(t[i - 1])))
      return 1;
  }
  return 0;
}

/* ---- the resolvers ---- */

/* What the dates before the one being resolved have said. */
typedef struct {
  const dg_date *ds;
  int doc_year, doc_month, doc_day;
  context_t on, sent;      /* the year in context until the next one; in this sentence */
  int last_year, last_rel; /* the year written last, whatever it is (同年) */
  const dg_date *last_m, *last_d; /* the last date with a month, with a day (in ds, or
                                     carried from the text before: dg_date_carry) */
  const dg_date *carried_m; /* last_m as carried, whose sentence ended with the text before */
  const char *t;           /* the text */
  int day_year[13][32];    /* the year written so far with each month and day (April 23,
                              2021), 0 none, -1 more than one */
} resolver;

typedef void resolve_fn(const resolver *rs, dg_date *d);

/* Move a day that ran past its month (32nd, 0th) into the next or previous month. */
static void add_days(int *y, int *m, int *d) {
  if (*d < 1) {
    if (--*m < 1) *m = 12, *y -= *y ? 1 : 0;
    *d += dg_days_in(*y, *m);
  } else if (*d > dg_days_in(*y, *m)) {
    *d -= dg_days_in(*y, *m);
    if (++*m > 12) *m = 1, *y += *y ? 1 : 0;
  }
}

/* Does a date said to be past (since September 11) fall after the document's date in the
 * year it took? Then it is of the year before. */
static int after_doc_date(const resolver *rs, const dg_date *d) {
  if (!d->past || !rs->doc_year || !rs->doc_month || d->month2 || d->year != rs->doc_year)
    return 0;
  return d->month > rs->doc_month ||
         (d->month == rs->doc_month && rs->doc_day && d->day > rs->doc_day);
}

/* May context x give its year: set, and no period of whole years where the document has a
 * date? */
static int gives_year(const resolver *rs, const context_t *x) {
  return x->set && !(x->period && rs->doc_year);
}

/* 12月17日, April 11: the year the same month and day were written with before in the
 * text (one year only: April 23, 2021 … the April 23 Dialogue), else the year in context
 * (a period of whole years only where the document has no date: a plan's span is not the
 * year the text is in, the context before it or the document's date is), else the
 * document's; a date already
 * past at the document's date (since September 11 in a text of January 2002) that would
 * fall after it in that year, the year before (2001). */
static void from_context(const resolver *rs, dg_date *d) {
  const context_t *c = gives_year(rs, &rs->sent) ? &rs->sent
                       : gives_year(rs, &rs->on) ? &rs->on
                                                 : NULL;
  int same = d->day && !d->month2 && !d->day2 ? rs->day_year[d->month][d->day] : 0;
  if (same > 0) /* April 23, 2021 written before: that year, whatever the context */
    d->year = same, d->relative = 0;
  else if (c)
    d->year = context_year(c, d->month), d->relative = (uint8_t)c->relative;
  else
    d->year = rs->doc_year, d->relative = 1;
  if (after_doc_date(rs, d)) d->year--;
}

/* 同年, 翌年: the year written last, even a limit (令和8年度から...同年度中); 同年9月 falls
 * back on the document's year, 同年 and 同年度 alone need the text's. */
static void from_year(const resolver *rs, dg_date *d) {
  if (rs->last_year)
    d->year = rs->last_year + d->offset, d->relative = (uint8_t)rs->last_rel;
  else if (rs->doc_year && d->prec != DG_DATE_YEAR)
    d->year = rs->doc_year + d->offset, d->relative = 1;
  else
    d->year = 0, d->relative = 1;
}

/* 昨年, 本年: the document's year. */
static void from_doc(const resolver *rs, dg_date *d) {
  d->year = rs->doc_year ? rs->doc_year + d->offset : 0;
  d->relative = 1;
}

/* 本日, 昨日: the document's date. */
static void from_doc_day(const resolver *rs, dg_date *d) {
  d->year = d->month = d->day = 0;
  d->relative = 1;
  if (rs->doc_year && rs->doc_month && rs->doc_day) {
    int y = rs->doc_year, m = rs->doc_month, dd = rs->doc_day + d->offset;
    add_days(&y, &m, &dd);
    d->year = y, d->month = m, d->day = dd;
  }
}

/* 先月, this month, 今月10日: the document's month + offset. */
static void from_doc_month(const resolver *rs, dg_date *d) {
  d->year = d->month = 0;
  d->relative = 1;
  if (!rs->doc_year || !rs->doc_month) return;
  int y = rs->doc_year, m = rs->doc_month + d->offset;
  for (; m > 12; m -= 12) y++;
  for (; m < 1; m += 12) y--;
  if (dg_valid_md(y, m, d->day)) d->year = y, d->month = m;
}

/* The last day a date names: the end of its range, or the date. */
static void date_last(const dg_date *d, int *y, int *m, int *dd) {
  if (d->month2 || d->day2)
    *y = d->year2, *m = d->month2 ? d->month2 : d->month, *dd = d->day2;
  else
    *y = d->year, *m = d->month, *dd = d->day;
}

/* 同月20日 (the month of the date before), 翌19日 (the next 19th after it: 翌1日 after the
 * 31st is in the next month), 同日, 翌日, 前日 (its day + offset). */
static void from_date(const resolver *rs, dg_date *d) {
  const dg_date *a = d->anchor == DG_ANCHOR_MONTH || d->anchor == DG_ANCHOR_NEWS_DAY
                         ? rs->last_m
                         : rs->last_d;
  d->year = d->month = 0;
  if (d->anchor == DG_ANCHOR_DAYS) d->day = 0;
  if (!a) return;
  int y, m, dd;
  date_last(a, &y, &m, &dd);
  int step = d->anchor == DG_ANCHOR_MONTH ? d->offset : 0, day = d->day;
  if (d->anchor == DG_ANCHOR_DAYS) {
    day = dd + d->offset;
    add_days(&y, &m, &day);
  } else if (d->anchor == DG_ANCHOR_DAY) {
    step = d->offset > 0 && day <= dd ? 1 : d->offset < 0 && day >= dd ? -1 : 0;
  }
  m += step;
  for (; m > 12; m -= 12) y += y ? 1 : 0;
  for (; m < 1; m += 12) y -= y ? 1 : 0;
  if (!dg_valid_md(y, m, day)) return;
  d->year = y, d->month = m, d->day = day;
  d->relative = a->relative;
}

/* 10日、 (a day alone): the month of a date before it in its sentence (1月6日(金)、7日(土)),
 * else the document's month (a news story's dateline), else the month of the date before. */
static void from_news_day(const resolver *rs, dg_date *d) {
  const dg_date *a = rs->last_m; /* one carried from the text before ended its sentence */
  int near = a && a != rs->carried_m && !sentence_ends(rs->t, a->end, d->start);
  d->offset = 0;
  if (near || !rs->doc_year || !rs->doc_month) from_date(rs, d);
  else from_doc_month(rs, d);
  if (d->day2 && d->month) d->month2 = d->month, d->year2 = d->year; /* 18~19日 */
}

static resolve_fn *const resolvers[] = {
    [DG_ANCHOR_CONTEXT] = from_context, [DG_ANCHOR_DOC] = from_doc,  [DG_ANCHOR_YEAR] = from_year,
    [DG_ANCHOR_MONTH] = from_date,      [DG_ANCHOR_DAY] = from_date, [DG_ANCHOR_DAYS] = from_date,
    [DG_ANCHOR_DOC_DAY] = from_doc_day, [DG_ANCHOR_DOC_MONTH] = from_doc_month,
    [DG_ANCHOR_NEWS_DAY] = from_news_day,
};

/* After date i is resolved: the end year of an anchored range, and what it says to the
 * dates after it. */
static void remember(resolver *rs, dg_date *d, size_t i) {
  int a = d->anchor;
  if ((a == DG_ANCHOR_CONTEXT || a == DG_ANCHOR_YEAR || a == DG_ANCHOR_DOC) &&
      (d->month2 || d->day2))
    d->year2 = d->year ? d->year + d->year2_offset : 0;
  if (d->year && d->prec != DG_DATE_DECADE &&
      (a == DG_ANCHOR_NONE || a == DG_ANCHOR_DOC || a == DG_ANCHOR_YEAR))
    rs->last_year = d->year2 ? d->year2 : d->year, rs->last_rel = d->relative;
  switch (scope_of(d)) {
  case DG_DATE_SCOPE_ON:
    context_from(&rs->on, d);
    rs->sent.set = 0;
    break;
  case DG_DATE_SCOPE_SENTENCE:
    context_from(&rs->sent, d);
    break;
  default:
    break;
  }
  if (d->month && d->prec != DG_DATE_DECADE) rs->last_m = &rs->ds[i];
  if (d->month && d->prec == DG_DATE_DAY) rs->last_d = &rs->ds[i];
}

/* The resolver's start: what the text before said (carry), else nothing. */
static void take_carry(resolver *rs, const dg_date_carry *c) {
  if (!c) return;
  rs->on = (context_t){.set = c->on_set, .y1 = c->on_y1, .m1 = c->on_m1, .y2 = c->on_y2,
                       .relative = c->on_relative, .period = c->on_period};
  rs->last_year = c->last_year, rs->last_rel = c->last_rel;
  if (c->has_m) rs->last_m = rs->carried_m = &c->last_m;
  if (c->has_d) rs->last_d = &c->last_d;
  memcpy(rs->day_year, c->day_year, sizeof rs->day_year);
}

/* What the resolver ends with, for the text after (copied: rs may point into c). */
static void give_carry(const resolver *rs, dg_date_carry *c) {
  dg_date_carry out = {.on_set = rs->on.set, .on_y1 = rs->on.y1, .on_m1 = rs->on.m1,
                       .on_y2 = rs->on.y2, .on_relative = rs->on.relative,
                       .on_period = rs->on.period,
                       .last_year = rs->last_year, .last_rel = rs->last_rel,
                       .has_m = rs->last_m != NULL, .has_d = rs->last_d != NULL};
  if (rs->last_m) out.last_m = *rs->last_m;
  if (rs->last_d) out.last_d = *rs->last_d;
  memcpy(out.day_year, rs->day_year, sizeof out.day_year);
  *c = out;
}

/* The year date x writes with its month and day (a full date, no range), noted in
 * rs->day_year; -1 where two years differ. */
static void note_day_year(resolver *rs, const dg_date *x) {
  if (x->anchor != DG_ANCHOR_NONE || x->prec != DG_DATE_DAY || !x->year || x->month2 ||
      x->day2 || x->month < 1 || x->month > 12 || x->day < 1 || x->day > 31)
    return;
  int *y = &rs->day_year[x->month][x->day];
  *y = !*y || *y == x->year ? x->year : -1;
}

void dg_date_resolve(const char *t, size_t len, dg_date *ds, size_t n, int doc_year,
                     int doc_month, int doc_day) {
  dg_date_resolve_on(t, len, ds, n, doc_year, doc_month, doc_day, NULL);
}

void dg_date_resolve_on(const char *t, size_t len, dg_date *ds, size_t n, int doc_year,
                        int doc_month, int doc_day, dg_date_carry *carry) {
  (void)len;
  resolver rs = {ds, doc_year, doc_month, doc_day, {0}, {0}, 0, 0, NULL, NULL, NULL, t, {{0}}};
  take_carry(&rs, carry);
  for (size_t i = 0; i < n; i++) {
    dg_date *d = &ds[i];
    if (rs.sent.set && sentence_ends(t, rs.sent.end, d->start)) rs.sent.set = 0;
    if (d->anchor < sizeof resolvers / sizeof *resolvers && resolvers[d->anchor])
      resolvers[d->anchor](&rs, d);
    remember(&rs, d, i);
    note_day_year(&rs, d);
  }
  if (carry) give_carry(&rs, carry);
}
