/* Reading a document's result back from the store (see docgraph/store.h): the rows of each
 * table in (doc, index) order into the result's own memory, the typed columns (v_*, w_*)
 * giving the values exactly as they were; a long document's whole, or one window's (the
 * rows of its index ranges, table windows, its indices made the window's again). A row
 * that does not read as docgraph wrote it (an unknown type or kind, a mention index out
 * of range) makes the store damaged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "doc/result_int.h"
#include "store/store_int.h"

typedef DG_VEC(dg_unit) unit_vec;
typedef DG_VEC(uint32_t) u32_vec;

/* The tables of rows, by the index ranges a window has in each. */
enum { T_SENTS, T_MENTS, T_UNITS, T_RELS, T_WARNS, T_COUNT };

typedef struct reader {
  dg_store *s;
  dg_result *r;
  dg_result_own *own;
  sqlite3_int64 doc;
  sqlite3_int64 from[T_COUNT], to[T_COUNT]; /* the indices read from each table */
  size_t nunits, nwarns; /* the units and warnings to read (SIZE_MAX: those there are) */
  dg_error *err;
  unit_vec units; /* the units as read, copied into the result at the end */
  u32_vec unit_ments;
} reader;

/* Column c of st copied into the result's memory ("" for NULL). */
static const char *col_str(reader *x, sqlite3_stmt *st, int c) {
  const char *t = (const char *)sqlite3_column_text(st, c);
  return dg_arena_strndup(&x->own->arena, t ? t : "", t ? (size_t)sqlite3_column_bytes(st, c) : 0);
}

static uint32_t col_u32(sqlite3_stmt *st, int c) { return (uint32_t)sqlite3_column_int64(st, c); }

/* Document index c of st made the result's (a window's: its base subtracted). */
static uint32_t col_at(sqlite3_stmt *st, int c, uint32_t base) {
  return (uint32_t)(sqlite3_column_int64(st, c) - base);
}

/* col_at into *v: 1 when it is not one of the result's n. */
static int col_index(sqlite3_stmt *st, int c, uint32_t base, size_t n, uint32_t *v) {
  sqlite3_int64 i = sqlite3_column_int64(st, c) - base;
  *v = (uint32_t)i;
  return i < 0 || (uint64_t)i >= n;
}

/* The typed date of columns c..c+7 (all 0 when NULL). */
static dg_when col_when(sqlite3_stmt *st, int c) {
  if (sqlite3_column_type(st, c) == SQLITE_NULL) return (dg_when){0};
  dg_when w = {.year = sqlite3_column_int(st, c),
               .month = sqlite3_column_int(st, c + 1),
               .day = sqlite3_column_int(st, c + 2),
               .year2 = sqlite3_column_int(st, c + 3),
               .month2 = sqlite3_column_int(st, c + 4),
               .day2 = sqlite3_column_int(st, c + 5),
               .prec = (uint8_t)sqlite3_column_int(st, c + 6),
               .fiscal = (uint8_t)sqlite3_column_int(st, c + 7)};
  return w;
}

static dg_err damaged(reader *x, const char *what) {
  return dg_error_set(x->err, DG_EINPUT, "%s: %s: %s unreadable (the store is damaged)",
                      x->s->path, x->r->path ? x->r->path : "?", what);
}

static void *alloc(reader *x, size_t n, size_t size) {
  return dg_arena_alloc(&x->own->arena, (n + 1) * size);
}

static int format_of(const char *name, dg_format *f) {
  for (int k = DG_FMT_AUTO; k <= DG_FMT_ODT; k++)
    if (!strcmp(dg_format_name((dg_format)k), name)) return *f = (dg_format)k, 0;
  return -1;
}

/* The documents row: DG_ENOTFOUND when there is none. */
static dg_err get_document(reader *x, const char *path) {
  sqlite3_stmt *st = dgs_stmt(x->s, Q_DOC_GET, x->err);
  if (!st) return DG_EIO;
  dgs_text(st, 1, path);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return dgs_fail(x->s, x->err, "reading a document");
    return dg_error_set(x->err, DG_ENOTFOUND, "%s: no document %s", x->s->path, path);
  }
  dg_result *r = x->r;
  x->doc = sqlite3_column_int64(st, 0);
  r->path = col_str(x, st, 1);
  snprintf(r->hash, sizeof r->hash, "%s", (const char *)sqlite3_column_text(st, 2));
  r->size = (uint64_t)sqlite3_column_int64(st, 3);
  int bad = format_of((const char *)sqlite3_column_text(st, 4), &r->format);
  r->read_as = col_str(x, st, 5);
  r->npages = col_u32(st, 6);
  r->nsents = (size_t)sqlite3_column_int64(st, 10);
  r->nments = (size_t)sqlite3_column_int64(st, 11);
  r->nrels = (size_t)sqlite3_column_int64(st, 12);
  r->date = col_when(st, 13);
  sqlite3_reset(st);
  if (!r->path || !r->read_as) return dg_error_set(x->err, DG_ENOMEM, "out of memory");
  return bad ? damaged(x, "its format") : DG_OK;
}

/* Step through the rows of query q for the document, those of table t's index range; each
 * row to fn with its index. Exactly `expect` rows unless expect is SIZE_MAX. */
static dg_err each_row(reader *x, dgs_query q, int t, size_t expect, const char *what,
                       int (*fn)(reader *, sqlite3_stmt *, size_t)) {
  sqlite3_stmt *st = dgs_stmt(x->s, q, x->err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, x->doc);
  sqlite3_bind_int64(st, 2, x->from[t]);
  sqlite3_bind_int64(st, 3, x->to[t]);
  size_t k = 0;
  int rc, bad = 0;
  while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (expect != SIZE_MAX && k >= expect) bad = 1;
    else bad = fn(x, st, k++);
  }
  dg_err e = DG_OK;
  if (!bad && rc != SQLITE_DONE) e = dgs_fail(x->s, x->err, "reading a document");
  else if (bad || (expect != SIZE_MAX && k != expect)) e = damaged(x, what);
  sqlite3_reset(st);
  return e;
}

static int sentence_row(reader *x, sqlite3_stmt *st, size_t k) {
  dg_result_sentence *s = (dg_result_sentence *)&x->r->sents[k];
  s->line = col_u32(st, 0);
  s->page = col_u32(st, 1);
  s->text = col_str(x, st, 2);
  s->len = (uint32_t)sqlite3_column_bytes(st, 2);
  return !s->text;
}

/* An amount's or quantity's typed value (columns 25..30), currency and unit. */
static int mention_value(reader *x, sqlite3_stmt *st, dg_mention *m) {
  if (sqlite3_column_type(st, 25) == SQLITE_NULL && sqlite3_column_type(st, 16) == SQLITE_NULL &&
      sqlite3_column_type(st, 17) == SQLITE_NULL)
    return 0;
  m->value = (dg_decimal){sqlite3_column_int64(st, 25), sqlite3_column_int(st, 26)};
  m->value_max = (dg_decimal){sqlite3_column_int64(st, 27), sqlite3_column_int(st, 28)};
  m->has_range = (uint8_t)sqlite3_column_int(st, 29);
  m->qualifier = (uint8_t)sqlite3_column_int(st, 30);
  m->cumulative = (uint8_t)sqlite3_column_int(st, 39);
  const char *cur = (const char *)sqlite3_column_text(st, 16);
  if (cur) memcpy(m->currency, cur, strnlen(cur, sizeof m->currency));
  if (sqlite3_column_type(st, 17) != SQLITE_NULL && !(m->unit = col_str(x, st, 17))) return 1;
  return 0;
}

static int mention_row(reader *x, sqlite3_stmt *st, size_t k) {
  dg_mention *m = (dg_mention *)&x->r->ments[k];
  dg_written *t = (dg_written *)&x->r->surfaces[k];
  m->sentence = sqlite3_column_type(st, 2) == SQLITE_NULL ? UINT32_MAX
                                                          : col_at(st, 2, x->r->sent_base);
  if (dg_type_parse((const char *)sqlite3_column_text(st, 3), &m->type)) return 1;
  m->id = col_str(x, st, 4);
  m->label = col_str(x, st, 5);
  m->label_en = col_str(x, st, 6);
  t->text = col_str(x, st, 7);
  t->len = (uint32_t)sqlite3_column_bytes(st, 7);
  m->raw_start = col_u32(st, 8), m->raw_end = col_u32(st, 9);
  m->line = col_u32(st, 10), m->col = col_u32(st, 11), m->page = col_u32(st, 12);
  m->implicit = (uint8_t)sqlite3_column_int(st, 13);
  m->start = col_u32(st, 22), m->end = col_u32(st, 23);
  m->entity = sqlite3_column_int(st, 24);
  m->when = col_when(st, 31);
  return !m->id || !m->label || !m->label_en || !t->text || mention_value(x, st, m);
}

static int relation_row(reader *x, sqlite3_stmt *st, size_t k) {
  dg_relation *rel = (dg_relation *)&x->r->rels[k];
  const dg_result *r = x->r;
  if (dg_rel_kind_parse((const char *)sqlite3_column_text(st, 0), &rel->kind)) return 1;
  if (col_index(st, 1, r->ment_base, r->nments, &rel->from) ||
      col_index(st, 2, r->ment_base, r->nments, &rel->to))
    return 1;
  rel->sentence = col_at(st, 3, r->sent_base);
  rel->rule = col_str(x, st, 4);
  return !rel->rule;
}

/* "[0,3,4]" into the unit's mentions. */
static int unit_row(reader *x, sqlite3_stmt *st, size_t k) {
  (void)k;
  const dg_result *r = x->r;
  dg_unit un = {.first = (uint32_t)x->unit_ments.n, .sentence = col_at(st, 0, r->sent_base)};
  const char *p = (const char *)sqlite3_column_text(st, 1);
  if (!p || *p++ != '[') return 1;
  while (*p && *p != ']') {
    char *end;
    unsigned long v = strtoul(p, &end, 10);
    if (end == p || v < r->ment_base || v - r->ment_base >= r->nments ||
        DG_PUSH(x->unit_ments, (uint32_t)(v - r->ment_base)))
      return 1;
    p = *end == ',' ? end + 1 : end;
  }
  un.n = (uint32_t)(x->unit_ments.n - un.first);
  return DG_PUSH(x->units, un);
}

static int warning_row(reader *x, sqlite3_stmt *st, size_t k) {
  (void)k;
  dg_diags_add(&x->own->warnings, "%s", (const char *)sqlite3_column_text(st, 0));
  return 0;
}

/* The units read, copied into the result's memory. */
static dg_err take_units(reader *x) {
  dg_result *r = x->r;
  dg_unit *u = alloc(x, x->units.n, sizeof *u);
  uint32_t *m = alloc(x, x->unit_ments.n, sizeof *m);
  if (!u || !m) return dg_error_set(x->err, DG_ENOMEM, "out of memory");
  if (x->units.n) memcpy(u, x->units.v, x->units.n * sizeof *u);
  if (x->unit_ments.n) memcpy(m, x->unit_ments.v, x->unit_ments.n * sizeof *m);
  r->units = u, r->nunits = x->units.n;
  r->unit_ments = m, r->nunit_ments = x->unit_ments.n;
  return DG_OK;
}

static dg_err get_rows(reader *x) {
  dg_result *r = x->r;
  r->sents = alloc(x, r->nsents, sizeof *r->sents);
  r->ments = alloc(x, r->nments, sizeof *r->ments);
  r->surfaces = alloc(x, r->nments, sizeof *r->surfaces);
  r->rels = alloc(x, r->nrels, sizeof *r->rels);
  if (!r->sents || !r->ments || !r->surfaces || !r->rels)
    return dg_error_set(x->err, DG_ENOMEM, "out of memory");
  memset((void *)r->ments, 0, r->nments * sizeof *r->ments);
  dg_err e = each_row(x, Q_SENT_GET, T_SENTS, r->nsents, "its sentences", sentence_row);
  if (e == DG_OK) e = each_row(x, Q_MENT_GET, T_MENTS, r->nments, "its mentions", mention_row);
  if (e == DG_OK) e = each_row(x, Q_UNIT_GET, T_UNITS, x->nunits, "its units", unit_row);
  if (e == DG_OK) e = each_row(x, Q_REL_GET, T_RELS, r->nrels, "its relations", relation_row);
  if (e == DG_OK) e = each_row(x, Q_WARN_GET, T_WARNS, x->nwarns, "its warnings", warning_row);
  if (e == DG_OK) e = take_units(x);
  return e;
}

/* The windows the document was written in into *n (0: written whole). */
static dg_err count_windows(reader *x, size_t *n) {
  *n = 0;
  if (!x->s->has_windows) return DG_OK;
  sqlite3_stmt *st = dgs_stmt(x->s, Q_WIN_COUNT, x->err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, x->doc);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) *n = (size_t)sqlite3_column_int64(st, 0);
  sqlite3_reset(st);
  return rc == SQLITE_ROW ? DG_OK : dgs_fail(x->s, x->err, "reading a document's windows");
}

/* A long document's n windows, checked before its first is given back: numbered from 0,
 * each starting in every table where the one before ended, all aiming at the same bytes,
 * and together the document's sentences, mentions and relations (its documents row, read
 * into x->r). Windows that disagree make the store damaged before any is taken from it. */
static dg_err check_windows(reader *x, size_t n) {
  sqlite3_stmt *st = dgs_stmt(x->s, Q_WIN_ALL, x->err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, x->doc);
  sqlite3_int64 next[T_COUNT] = {0}, bytes = 0, k = 0;
  int rc, bad = 0;
  while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    bad = sqlite3_column_int64(st, 0) != k ||
          (k && sqlite3_column_int64(st, 1) != bytes) || sqlite3_column_int64(st, 1) <= 0;
    bytes = sqlite3_column_int64(st, 1), k++;
    for (int t = 0; t < T_COUNT && !bad; t++) {
      sqlite3_int64 count = sqlite3_column_int64(st, 3 + 2 * t);
      bad = sqlite3_column_int64(st, 2 + 2 * t) != next[t] || count < 0;
      next[t] += count;
    }
  }
  sqlite3_reset(st);
  if (!bad && rc != SQLITE_DONE) return dgs_fail(x->s, x->err, "reading a document's windows");
  const dg_result *r = x->r;
  if (bad || (size_t)k != n || next[T_SENTS] != (sqlite3_int64)r->nsents ||
      next[T_MENTS] != (sqlite3_int64)r->nments || next[T_RELS] != (sqlite3_int64)r->nrels)
    return damaged(x, "its windows");
  return DG_OK;
}

/* Window k's row: the result's counts, bases and index ranges made the window's. */
static dg_err get_window(reader *x, size_t k) {
  sqlite3_stmt *st = dgs_stmt(x->s, Q_WIN_GET, x->err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, x->doc);
  sqlite3_bind_int64(st, 2, (sqlite3_int64)k);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) return damaged(x, "a window");
    return dgs_fail(x->s, x->err, "reading a window");
  }
  dg_result *r = x->r;
  r->window = (uint64_t)sqlite3_column_int64(st, 0);
  for (int t = 0; t < T_COUNT; t++) {
    x->from[t] = sqlite3_column_int64(st, 1 + 2 * t);
    x->to[t] = x->from[t] + sqlite3_column_int64(st, 2 + 2 * t);
  }
  sqlite3_reset(st);
  size_t n[T_COUNT];
  for (int t = 0; t < T_COUNT; t++) n[t] = (size_t)(x->to[t] - x->from[t]);
  r->sent_base = (uint32_t)x->from[T_SENTS], r->nsents = n[T_SENTS];
  r->ment_base = (uint32_t)x->from[T_MENTS], r->nments = n[T_MENTS];
  r->unit_base = (uint32_t)x->from[T_UNITS], x->nunits = n[T_UNITS];
  r->rel_base = (uint32_t)x->from[T_RELS], r->nrels = n[T_RELS];
  x->nwarns = n[T_WARNS];
  return DG_OK;
}

/* The document stored under path into r: whole (part SIZE_MAX), or its part `part` of *n
 * (a window of a long document; part 0 of 1 for a document written whole). */
static dg_err read_result(dg_store *s, const char *path, size_t part, dg_result *r, size_t *n,
                          dg_error *err) {
  reader x = {.s = s, .r = r, .err = err, .nunits = SIZE_MAX, .nwarns = SIZE_MAX};
  for (int t = 0; t < T_COUNT; t++) x.to[t] = INT64_MAX;
  if (!(x.own = dg_result_own_new(r))) return dg_error_set(err, DG_ENOMEM, "out of memory");
  size_t windows = 0;
  dg_err e = get_document(&x, path);
  if (e == DG_OK && part != SIZE_MAX) e = count_windows(&x, &windows);
  if (e == DG_OK && n) *n = windows ? windows : 1;
  if (e == DG_OK && part != SIZE_MAX && part >= (windows ? windows : 1))
    e = dg_error_set(err, DG_ENOTFOUND, "%s: %s has no part %zu", s->path, path, part);
  if (e == DG_OK && windows && part == 0) e = check_windows(&x, windows);
  if (e == DG_OK && windows) e = get_window(&x, part);
  if (e == DG_OK) e = get_rows(&x);
  free(x.units.v);
  free(x.unit_ments.v);
  if (e != DG_OK) dg_result_free(r);
  return e;
}

dg_err dg_store_get(dg_store *s, const char *path, dg_result *r, dg_error *err) {
  return read_result(s, path, SIZE_MAX, r, NULL, err);
}

dg_err dg_store_get_part(dg_store *s, const char *path, size_t part, dg_result *r, size_t *n,
                         dg_error *err) {
  return read_result(s, path, part, r, n, err);
}
