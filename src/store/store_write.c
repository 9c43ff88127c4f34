/* Writing a document's result to the store (see docgraph/store.h): the document's rows
 * replaced in one transaction, each array of the result a table keyed by (doc, index) in
 * the result's order (a long document's windows appended under the document's indices,
 * dg_store_put_part, each with a row of table windows saying where its indices start).
 * Values are written twice where researchers need them readable: as text (an exact
 * decimal, an ISO date) and as the typed fields read back (v_*, w_*). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/store_int.h"

/* The typed date w into columns col.. (8 of them), NULL when w is all zero. */
static void bind_when(sqlite3_stmt *st, int col, const dg_when *w) {
  static const dg_when none = {0};
  if (!memcmp(w, &none, sizeof none)) return;
  const int32_t v[8] = {w->year,   w->month,  w->day,  w->year2,
                        w->month2, w->day2,   w->prec, w->fiscal};
  for (int i = 0; i < 8; i++) sqlite3_bind_int(st, col + i, v[i]);
}

/* ISO date, end and precision of w (into buf, 3 slots of 16) into columns col..col+2. */
static void bind_iso(sqlite3_stmt *st, int col, const dg_when *w, char buf[3][16]) {
  if (!dg_when_known(w)) return;
  dg_when_iso(w, 0, buf[0], 16);
  dg_when_iso(w, 1, buf[1], 16);
  snprintf(buf[2], 16, "%s", dg_date_prec_name((dg_date_prec)w->prec));
  for (int i = 0; i < 3; i++)
    if (*buf[i]) sqlite3_bind_text(st, col + i, buf[i], -1, SQLITE_TRANSIENT);
}

static dg_err put_document(dg_store *s, const dg_result *r, sqlite3_int64 *doc, dg_error *err) {
  sqlite3_stmt *st = dgs_stmt(s, Q_DOC_INSERT, err);
  if (!st) return DG_EIO;
  char iso[3][16];
  dgs_text(st, 1, r->path);
  dgs_text(st, 2, r->hash);
  sqlite3_bind_int64(st, 3, (sqlite3_int64)r->size);
  dgs_text(st, 4, dg_format_name(r->format));
  dgs_text(st, 5, r->read_as ? r->read_as : "UTF-8");
  sqlite3_bind_int(st, 6, (int)r->npages);
  bind_iso(st, 7, &r->date, iso);
  sqlite3_bind_int64(st, 10, (sqlite3_int64)r->nsents);
  sqlite3_bind_int64(st, 11, (sqlite3_int64)r->nments);
  sqlite3_bind_int64(st, 12, (sqlite3_int64)r->nrels);
  bind_when(st, 13, &r->date);
  dg_err e = dgs_done(s, st, err, "writing a document");
  *doc = sqlite3_last_insert_rowid(s->db);
  return e;
}

static dg_err put_sentences(dg_store *s, sqlite3_int64 doc, const dg_result *r, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t i = 0; i < r->nsents && e == DG_OK; i++) {
    sqlite3_stmt *st = dgs_stmt(s, Q_SENT_INSERT, err);
    if (!st) return DG_EIO;
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i + r->sent_base);
    sqlite3_bind_int64(st, 3, r->sents[i].line);
    sqlite3_bind_int64(st, 4, r->sents[i].page);
    dgs_textn(st, 5, r->sents[i].text, r->sents[i].len);
    e = dgs_done(s, st, err, "writing a sentence");
  }
  return e;
}

/* An amount's or quantity's value, readable and typed, into columns 15..19 and 26..31. */
static void bind_value(sqlite3_stmt *st, const dg_mention *m, char v[2][64]) {
  if (m->value.mant || m->value.exp || m->value_max.mant || m->value_max.exp || m->has_range ||
      m->qualifier) {
    sqlite3_bind_text(st, 15, dg_decimal_format(m->value, v[0], 64), -1, SQLITE_STATIC);
    if (m->has_range)
      sqlite3_bind_text(st, 16, dg_decimal_format(m->value_max, v[1], 64), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 26, m->value.mant);
    sqlite3_bind_int(st, 27, m->value.exp);
    sqlite3_bind_int64(st, 28, m->value_max.mant);
    sqlite3_bind_int(st, 29, m->value_max.exp);
    sqlite3_bind_int(st, 30, m->has_range);
    sqlite3_bind_int(st, 31, m->qualifier);
  }
  if (m->currency[0])
    sqlite3_bind_text(st, 17, m->currency, (int)strnlen(m->currency, 4), SQLITE_STATIC);
  if (m->unit) dgs_text(st, 18, m->unit);
  if (m->qualifier) dgs_text(st, 19, dg_qualifier_name((dg_qualifier)m->qualifier));
  if (m->cumulative) sqlite3_bind_int(st, 40, 1); /* a running total (relate/amounts.c) */
}

static void bind_mention(sqlite3_stmt *st, const dg_mention *m, const dg_written *text,
                         uint32_t sent_base) {
  if (m->sentence != UINT32_MAX) sqlite3_bind_int64(st, 3, (sqlite3_int64)m->sentence + sent_base);
  dgs_text(st, 4, dg_type_name(m->type));
  dgs_text(st, 5, m->id ? m->id : "");
  dgs_text(st, 6, m->label ? m->label : "");
  dgs_text(st, 7, m->label_en ? m->label_en : "");
  dgs_textn(st, 8, text->text, text->len);
  const uint32_t pos[6] = {m->raw_start, m->raw_end, m->line, m->col, m->page, m->implicit};
  for (int i = 0; i < 6; i++) sqlite3_bind_int64(st, 9 + i, pos[i]);
  sqlite3_bind_int64(st, 23, m->start);
  sqlite3_bind_int64(st, 24, m->end);
  sqlite3_bind_int(st, 25, m->entity);
}

static dg_err put_mentions(dg_store *s, sqlite3_int64 doc, const dg_result *r, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t i = 0; i < r->nments && e == DG_OK; i++) {
    sqlite3_stmt *st = dgs_stmt(s, Q_MENT_INSERT, err);
    if (!st) return DG_EIO;
    const dg_mention *m = &r->ments[i];
    char v[2][64], iso[3][16];
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i + r->ment_base);
    bind_mention(st, m, &r->surfaces[i], r->sent_base);
    bind_value(st, m, v);
    bind_iso(st, 20, &m->when, iso);
    bind_when(st, 32, &m->when);
    e = dgs_done(s, st, err, "writing a mention");
  }
  return e;
}

/* A unit's mentions as a JSON array ("[0,3,4]"), which SQLite's json_each reads. */
static const char *unit_list(const dg_result *r, const dg_unit *u, char *buf, size_t n,
                             char **big) {
  size_t need = 2 + (size_t)u->n * 11;
  char *out = need <= n ? buf : (*big = sqlite3_malloc64(need));
  if (!out) return NULL;
  size_t k = 0;
  out[k++] = '[';
  for (uint32_t x = 0; x < u->n; x++) { /* as "%s%" PRIu32 writes them, without printf */
    if (x) out[k++] = ',';
    char d[10];
    size_t nd = 0;
    uint32_t v = r->unit_ments[u->first + x] + r->ment_base;
    do d[nd++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (nd) out[k++] = d[--nd];
  }
  out[k++] = ']';
  out[k] = '\0';
  return out;
}

static dg_err put_units(dg_store *s, sqlite3_int64 doc, const dg_result *r, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t i = 0; i < r->nunits && e == DG_OK; i++) {
    sqlite3_stmt *st = dgs_stmt(s, Q_UNIT_INSERT, err);
    if (!st) return DG_EIO;
    char buf[512], *big = NULL;
    const char *list = unit_list(r, &r->units[i], buf, sizeof buf, &big);
    if (!list) return dg_error_set(err, DG_ENOMEM, "out of memory");
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i + r->unit_base);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)r->units[i].sentence + r->sent_base);
    dgs_text(st, 4, list);
    e = dgs_done(s, st, err, "writing a unit");
    sqlite3_free(big);
  }
  return e;
}

static dg_err put_relations(dg_store *s, sqlite3_int64 doc, const dg_result *r, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t i = 0; i < r->nrels && e == DG_OK; i++) {
    sqlite3_stmt *st = dgs_stmt(s, Q_REL_INSERT, err);
    if (!st) return DG_EIO;
    const dg_relation *rel = &r->rels[i];
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i + r->rel_base);
    dgs_text(st, 3, dg_rel_kind_name(rel->kind));
    sqlite3_bind_int64(st, 4, (sqlite3_int64)rel->from + r->ment_base);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)rel->to + r->ment_base);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)rel->sentence + r->sent_base);
    dgs_text(st, 7, rel->rule ? rel->rule : "");
    e = dgs_done(s, st, err, "writing a relation");
  }
  return e;
}

static dg_err put_warnings(dg_store *s, sqlite3_int64 doc, const dg_result *r, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t i = 0; r->warnings && i < r->warnings->n && e == DG_OK; i++) {
    sqlite3_stmt *st = dgs_stmt(s, Q_WARN_INSERT, err);
    if (!st) return DG_EIO;
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)(s->part_warns + i));
    dgs_text(st, 3, r->warnings->msgs[i]);
    e = dgs_done(s, st, err, "writing a warning");
  }
  return e;
}

/* A window's row (a long document's, r->window set): where its indices start in the
 * document and how many it has, so that it can be read back as it was written. */
static dg_err put_window(dg_store *s, const dg_result *r, dg_error *err) {
  if (!r->window) return DG_OK;
  dg_err e = s->has_windows ? DG_OK : dgs_exec(s, dgs_windows_schema, err);
  if (e != DG_OK) return e;
  s->has_windows = 1;
  sqlite3_stmt *st = dgs_stmt(s, Q_WIN_INSERT, err);
  if (!st) return DG_EIO;
  const sqlite3_int64 v[] = {s->part_doc,  s->part_window, (sqlite3_int64)r->window,
                             r->sent_base, (sqlite3_int64)r->nsents,
                             r->ment_base, (sqlite3_int64)r->nments,
                             r->unit_base, (sqlite3_int64)r->nunits,
                             r->rel_base,  (sqlite3_int64)r->nrels,
                             (sqlite3_int64)s->part_warns,
                             (sqlite3_int64)(r->warnings ? r->warnings->n : 0)};
  for (int i = 0; i < (int)(sizeof v / sizeof *v); i++) sqlite3_bind_int64(st, i + 1, v[i]);
  s->part_window++;
  return dgs_done(s, st, err, "writing a window");
}

static dg_err drop_rows(dg_store *s, dgs_query q, sqlite3_int64 doc, const char *doing,
                        dg_error *err) {
  sqlite3_stmt *st = dgs_stmt(s, q, err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, doc);
  return dgs_done(s, st, err, doing);
}

dg_err dgs_drop_doc(dg_store *s, sqlite3_int64 doc, const char *doing, dg_error *err) {
  dg_err e = DG_OK;
  for (int q = Q_DEL_DOC; q <= Q_DEL_WARNS && e == DG_OK; q++)
    e = drop_rows(s, (dgs_query)q, doc, doing, err);
  if (e == DG_OK && s->has_windows) e = drop_rows(s, Q_DEL_WINS, doc, doing, err);
  return e;
}

/* The rows of the document stored under path, deleted. */
static dg_err drop_document(dg_store *s, const char *path, dg_error *err) {
  sqlite3_stmt *st = dgs_stmt(s, Q_DOC_ID, err);
  if (!st) return DG_EIO;
  dgs_text(st, 1, path);
  int found = sqlite3_step(st) == SQLITE_ROW;
  sqlite3_int64 doc = found ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_reset(st);
  return found ? dgs_drop_doc(s, doc, "replacing a document", err) : DG_OK;
}

/* The document's savepoint released (its rows undone first when e says it failed), and
 * the group counted; e or the release's failure. */
static dg_err part_end(dg_store *s, dg_err e, dg_error *err) {
  sqlite3_stmt *st;
  s->part_open = 0;
  if (e != DG_OK) { /* the document's rows undone, the savepoint left */
    if ((st = dgs_stmt(s, Q_ROLLBACK, NULL))) sqlite3_step(st), sqlite3_reset(st);
    dgs_find_windows(s, NULL); /* the table windows undone too when it was made here */
  }
  st = dgs_stmt(s, Q_COMMIT, NULL);
  dg_err released = st ? dgs_done(s, st, err, "committing a document") : DG_EIO;
  if (e == DG_OK) e = released;
  if (e == DG_OK) e = dgs_group_count(s, err);
  return e;
}

/* A document's first rows: a savepoint, the rows it had dropped, its documents row
 * (whose counts the last window's put_counts makes the document's). */
static dg_err part_begin(dg_store *s, const dg_result *r, dg_error *err) {
  dg_err e = dgs_group_begin(s, err);
  sqlite3_stmt *st = e == DG_OK ? dgs_stmt(s, Q_BEGIN, err) : NULL;
  if (e == DG_OK) e = st ? dgs_done(s, st, err, "starting a transaction") : DG_EIO;
  if (e != DG_OK) return e;
  s->part_doc = 0;
  s->part_warns = 0;
  s->part_window = 0;
  s->part_open = 1;
  e = drop_document(s, r->path, err);
  if (e == DG_OK) e = put_document(s, r, &s->part_doc, err);
  if (e != DG_OK) e = part_end(s, e, err);
  return e;
}

/* The rows of a result (a whole document's or a window's), after its documents row. */
static dg_err put_rows(dg_store *s, const dg_result *r, dg_error *err) {
  sqlite3_int64 doc = s->part_doc;
  dg_err e = put_sentences(s, doc, r, err);
  if (e == DG_OK) e = put_mentions(s, doc, r, err);
  if (e == DG_OK) e = put_units(s, doc, r, err);
  if (e == DG_OK) e = put_relations(s, doc, r, err);
  if (e == DG_OK) e = put_warnings(s, doc, r, err);
  if (e == DG_OK) e = put_window(s, r, err);
  if (r->warnings) s->part_warns += r->warnings->n;
  return e;
}

/* A long document's counts, once its last window is written: the windows' together. */
static dg_err put_counts(dg_store *s, const dg_result *r, dg_error *err) {
  sqlite3_stmt *st = dgs_stmt(s, Q_DOC_COUNTS, err);
  if (!st) return DG_EIO;
  sqlite3_bind_int64(st, 1, s->part_doc);
  sqlite3_bind_int64(st, 2, (sqlite3_int64)r->sent_base + (sqlite3_int64)r->nsents);
  sqlite3_bind_int64(st, 3, (sqlite3_int64)r->ment_base + (sqlite3_int64)r->nments);
  sqlite3_bind_int64(st, 4, (sqlite3_int64)r->rel_base + (sqlite3_int64)r->nrels);
  return dgs_done(s, st, err, "counting a document's rows");
}

dg_err dg_store_put_part(dg_store *s, const dg_result *r, int first, int last, dg_error *err) {
  dg_err e = first ? part_begin(s, r, err) : DG_OK;
  if (e != DG_OK) return e; /* part_begin ended the savepoint */
  e = put_rows(s, r, err);
  if (e == DG_OK && last && !first) e = put_counts(s, r, err);
  return e != DG_OK || last ? part_end(s, e, err) : DG_OK;
}

void dg_store_put_cancel(dg_store *s) {
  dg_error ignored;
  if (s->part_open) part_end(s, DG_EIO, &ignored);
}

dg_err dg_store_put(dg_store *s, const dg_result *r, dg_error *err) {
  return dg_store_put_part(s, r, 1, 1, err);
}
