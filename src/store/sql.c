/* The store's statements (see store/store_int.h): one SQL text per query, prepared on first
 * use and kept for the life of the connection. */
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "store/store_int.h"

#define MENT_COLS \
  "doc, mention, sentence, type, entity, label, label_en, text, start, end, line, col, " \
  "page, implicit, value, value_max, currency, unit, qualifier, date, date_end, " \
  "date_precision, norm_start, norm_end, dict_entity, v_mant, v_exp, v_max_mant, v_max_exp, " \
  "v_range, v_qualifier, w_year, w_month, w_day, w_year2, w_month2, w_day2, w_prec, w_fiscal, " \
  "v_cumulative"
#define DOC_COLS \
  "path, hash, size, format, encoding, pages, date, date_end, date_precision, sentences, " \
  "mentions, relations, w_year, w_month, w_day, w_year2, w_month2, w_day2, w_prec, w_fiscal"

static const char *const sql[Q_COUNT] = {
    [Q_BEGIN] = "SAVEPOINT doc",
    [Q_COMMIT] = "RELEASE doc",
    [Q_ROLLBACK] = "ROLLBACK TO doc",
    [Q_DOC_ID] = "SELECT doc, hash FROM documents WHERE path = ?1",
    [Q_DOC_INSERT] = "INSERT INTO documents (" DOC_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                     "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    [Q_DOC_GET] = "SELECT doc, " DOC_COLS " FROM documents WHERE path = ?1",
    [Q_DEL_DOC] = "DELETE FROM documents WHERE doc = ?1",
    [Q_DEL_SENTS] = "DELETE FROM sentences WHERE doc = ?1",
    [Q_DEL_MENTS] = "DELETE FROM mentions WHERE doc = ?1",
    [Q_DEL_UNITS] = "DELETE FROM units WHERE doc = ?1",
    [Q_DEL_RELS] = "DELETE FROM relations WHERE doc = ?1",
    [Q_DEL_WARNS] = "DELETE FROM warnings WHERE doc = ?1",
    [Q_SENT_INSERT] = "INSERT INTO sentences (doc, sentence, line, page, text) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)",
    [Q_MENT_INSERT] = "INSERT INTO mentions (" MENT_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                      "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
                      "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, "
                      "?36, ?37, ?38, ?39, ?40)",
    [Q_UNIT_INSERT] = "INSERT INTO units (doc, unit, sentence, mentions) VALUES (?1, ?2, ?3, ?4)",
    [Q_REL_INSERT] = "INSERT INTO relations (doc, relation, kind, source, target, sentence, "
                     "rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [Q_WARN_INSERT] = "INSERT INTO warnings (doc, warning, message) VALUES (?1, ?2, ?3)",
    /* a document's rows of indices [?2, ?3): the whole document's, or a window's */
    [Q_SENT_GET] = "SELECT line, page, text FROM sentences WHERE doc = ?1 AND sentence >= ?2 "
                   "AND sentence < ?3 ORDER BY sentence",
    [Q_MENT_GET] = "SELECT " MENT_COLS " FROM mentions WHERE doc = ?1 AND mention >= ?2 AND "
                   "mention < ?3 ORDER BY mention",
    [Q_UNIT_GET] = "SELECT sentence, mentions FROM units WHERE doc = ?1 AND unit >= ?2 AND "
                   "unit < ?3 ORDER BY unit",
    [Q_REL_GET] = "SELECT kind, source, target, sentence, rule FROM relations WHERE doc = ?1 "
                  "AND relation >= ?2 AND relation < ?3 ORDER BY relation",
    [Q_WARN_GET] = "SELECT message FROM warnings WHERE doc = ?1 AND warning >= ?2 AND "
                   "warning < ?3 ORDER BY warning",
    [Q_FAIL_INSERT] = "INSERT OR REPLACE INTO failures (path, message) VALUES (?1, ?2)",
    [Q_SKIP_INSERT] = "INSERT OR IGNORE INTO skipped (path) VALUES (?1)",
    [Q_DOC_COUNTS] = "UPDATE documents SET sentences = ?2, mentions = ?3, relations = ?4 "
                     "WHERE doc = ?1",
    [Q_WIN_INSERT] = "INSERT INTO windows (doc, window, bytes, sentence, sentences, mention, "
                     "mentions, unit, units, relation, relations, warning, warnings) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    [Q_WIN_GET] = "SELECT bytes, sentence, sentences, mention, mentions, unit, units, relation, "
                  "relations, warning, warnings FROM windows WHERE doc = ?1 AND window = ?2",
    [Q_WIN_COUNT] = "SELECT count(*) FROM windows WHERE doc = ?1",
    [Q_WIN_ALL] = "SELECT window, bytes, sentence, sentences, mention, mentions, unit, units, "
                  "relation, relations, warning, warnings FROM windows WHERE doc = ?1 "
                  "ORDER BY window",
    [Q_DEL_WINS] = "DELETE FROM windows WHERE doc = ?1",
};

dg_err dgs_fail(dg_store *s, dg_error *err, const char *doing) {
  int code = sqlite3_errcode(s->db);
  dg_err e = code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_SCHEMA ||
                     code == SQLITE_ERROR
                 ? DG_EINPUT
                 : DG_EIO;
  int sys = sqlite3_system_errno(s->db); /* a full disk, a file too large */
  if (e == DG_EIO)
    return dg_error_set(err, e, "%s: %s: cannot write: %s", s->path, doing,
                        sys ? strerror(sys) : sqlite3_errmsg(s->db));
  return dg_error_set(err, e, "%s: %s: %s", s->path, doing, sqlite3_errmsg(s->db));
}

sqlite3_stmt *dgs_stmt(dg_store *s, dgs_query q, dg_error *err) {
  if (!s->q[q] && sqlite3_prepare_v3(s->db, sql[q], -1, SQLITE_PREPARE_PERSISTENT, &s->q[q],
                                     NULL) != SQLITE_OK) {
    dgs_fail(s, err, "preparing a query");
    return NULL;
  }
  sqlite3_reset(s->q[q]);
  sqlite3_clear_bindings(s->q[q]);
  return s->q[q];
}

dg_err dgs_exec(dg_store *s, const char *sqltext, dg_error *err) {
  if (sqlite3_exec(s->db, sqltext, NULL, NULL, NULL) != SQLITE_OK)
    return dgs_fail(s, err, "writing");
  return DG_OK;
}

dg_err dgs_done(dg_store *s, sqlite3_stmt *st, dg_error *err, const char *doing) {
  dg_err e = sqlite3_step(st) == SQLITE_DONE ? DG_OK : dgs_fail(s, err, doing);
  sqlite3_reset(st);
  return e;
}

dg_err dgs_group_begin(dg_store *s, dg_error *err) {
  if (s->in_group) return DG_OK;
  dg_err r = dgs_exec(s, "BEGIN IMMEDIATE", err);
  if (r != DG_OK) return r;
  s->in_group = 1;
  s->grouped = 0;
  clock_gettime(CLOCK_MONOTONIC, &s->group_start);
  return DG_OK;
}

dg_err dgs_group_commit(dg_store *s, dg_error *err) {
  if (!s->in_group) return DG_OK;
  s->in_group = 0;
  return dgs_exec(s, "COMMIT", err);
}

dg_err dgs_group_count(dg_store *s, dg_error *err) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double age = (double)(now.tv_sec - s->group_start.tv_sec) +
               (double)(now.tv_nsec - s->group_start.tv_nsec) / 1e9;
  if (++s->grouped < DGS_GROUP_DOCS && age < DGS_GROUP_SECONDS) return DG_OK;
  return dgs_group_commit(s, err);
}

void dgs_text(sqlite3_stmt *st, int col, const char *v) {
  if (v) sqlite3_bind_text(st, col, v, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, col);
}

/* Whether s[0..n) is valid UTF-8 (ASCII checked a byte at a time, the rest decoded). */
static int valid_utf8(const char *s, size_t n) {
  const char *end = s + n;
  uint32_t cp;
  for (const char *p = s; p < end;) {
    if ((unsigned char)*p < 0x80) p++;
    else {
      int k = dg_utf8_decode(p, end, &cp);
      if (!k) return 0;
      p += k;
    }
  }
  return 1;
}

void dgs_textn(sqlite3_stmt *st, int col, const char *v, size_t n) {
  if (n && !valid_utf8(v, n)) sqlite3_bind_blob(st, col, v, (int)n, SQLITE_STATIC);
  else sqlite3_bind_text(st, col, n ? v : "", (int)n, SQLITE_STATIC);
}

dg_err dgs_find_windows(dg_store *s, dg_error *err) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND "
                                "name = 'windows'", -1, &st, NULL) != SQLITE_OK)
    return dgs_fail(s, err, "reading the schema");
  int rc = sqlite3_step(st);
  s->has_windows = rc == SQLITE_ROW;
  sqlite3_finalize(st);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? DG_OK : dgs_fail(s, err, "reading the schema");
}
