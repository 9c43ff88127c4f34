/* The store's lists (see docgraph/store.h): which documents it keeps, the failures and
 * skipped files of the last run, and the merge of a part, document by document through
 * the same reading and writing as a run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/store.h"
#include "store/store_int.h"

/* The paths to keep into the temporary table keep, in the open transaction. */
static dg_err fill_keep(dg_store *s, char *const *paths, size_t n, dg_error *err) {
  dg_err e = dgs_exec(s, "CREATE TEMP TABLE IF NOT EXISTS keep (path TEXT PRIMARY KEY) "
                         "WITHOUT ROWID; DELETE FROM keep", err);
  sqlite3_stmt *st = NULL;
  if (e == DG_OK &&
      sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO keep (path) VALUES (?1)", -1, &st, NULL))
    e = dgs_fail(s, err, "writing");
  for (size_t i = 0; i < n && e == DG_OK; i++) {
    dgs_text(st, 1, paths[i]);
    e = dgs_done(s, st, err, "writing");
  }
  sqlite3_finalize(st);
  return e;
}

/* The numbers of the stored documents whose path is not in keep (*v, *n; free *v). Only
 * the documents table is read. */
static dg_err dropped_docs(dg_store *s, sqlite3_int64 **v, size_t *n, dg_error *err) {
  sqlite3_stmt *st;
  *v = NULL, *n = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT doc FROM documents WHERE path NOT IN "
                                "(SELECT path FROM keep) ORDER BY doc", -1, &st, NULL))
    return dgs_fail(s, err, "reading");
  size_t cap = 0;
  int rc, oom = 0;
  while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (*n == cap) {
      void *nv = realloc(*v, (cap = cap ? 2 * cap : 64) * sizeof **v);
      if (!nv) oom = 1;
      else *v = nv;
    }
    if (!oom) (*v)[(*n)++] = sqlite3_column_int64(st, 0);
  }
  dg_err e = oom ? dg_error_set(err, DG_ENOMEM, "out of memory")
                 : rc != SQLITE_DONE ? dgs_fail(s, err, "reading") : DG_OK;
  sqlite3_finalize(st);
  return e;
}

/* Each document not kept dropped by its key (a scan of the tables of rows for
 * "doc NOT IN documents" read the whole file at every run, every page of it mapped into
 * the process), then the last run's lists emptied. */
dg_err dg_store_keep(dg_store *s, char *const *paths, size_t n, dg_error *err) {
  dg_err e = dgs_group_commit(s, err);
  if (e == DG_OK) e = dgs_exec(s, "BEGIN IMMEDIATE", err);
  if (e == DG_OK) e = fill_keep(s, paths, n, err);
  sqlite3_int64 *drop = NULL;
  size_t ndrop = 0;
  if (e == DG_OK) e = dropped_docs(s, &drop, &ndrop, err);
  for (size_t i = 0; i < ndrop && e == DG_OK; i++)
    e = dgs_drop_doc(s, drop[i], "dropping a document", err);
  free(drop);
  if (e == DG_OK) e = dgs_exec(s, "DELETE FROM failures; DELETE FROM skipped; DELETE FROM keep; "
                                  "COMMIT", err);
  else sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return e;
}

/* Insert path (and msg) with query q, in a transaction of its own. */
static dg_err put_path(dg_store *s, dgs_query q, const char *path, const char *msg,
                       dg_error *err) {
  sqlite3_stmt *st = dgs_stmt(s, q, err);
  if (!st) return DG_EIO;
  dgs_text(st, 1, path);
  if (msg) dgs_text(st, 2, msg);
  return dgs_done(s, st, err, "writing");
}

dg_err dg_store_put_failure(dg_store *s, const char *path, const char *msg, dg_error *err) {
  return put_path(s, Q_FAIL_INSERT, path, msg ? msg : "", err);
}

dg_err dg_store_put_skipped(dg_store *s, const char *path, dg_error *err) {
  return put_path(s, Q_SKIP_INSERT, path, NULL, err);
}

void dg_store_free_list(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++) free(v[i]);
  free(v);
}

/* Column c of every row of sql into a new array (*v, *n rows); -1 when out of memory. */
static int column_list(sqlite3_stmt *st, int c, char ***v, size_t *n, size_t *cap) {
  const char *t = (const char *)sqlite3_column_text(st, c);
  if (*n == *cap) {
    char **nv = realloc(*v, (*cap = *cap ? 2 * *cap : 64) * sizeof *nv);
    if (!nv) return -1;
    *v = nv;
  }
  return ((*v)[(*n)++] = strdup(t ? t : "")) ? 0 : -1;
}

dg_err dg_store_list(dg_store *s, dg_store_list_kind kind, char ***paths, char ***msgs,
                     size_t *n, dg_error *err) {
  static const char *const sql[] = {"SELECT path, '' FROM documents ORDER BY path",
                                    "SELECT path, message FROM failures ORDER BY path",
                                    "SELECT path, '' FROM skipped ORDER BY path"};
  *paths = NULL, *n = 0;
  if (msgs) *msgs = NULL;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, sql[kind], -1, &st, NULL) != SQLITE_OK)
    return dgs_fail(s, err, "reading");
  size_t cap = 0, mcap = 0, mn = 0;
  int rc, oom = 0;
  while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW)
    oom = column_list(st, 0, paths, n, &cap) || (msgs && column_list(st, 1, msgs, &mn, &mcap));
  dg_err e = oom ? dg_error_set(err, DG_ENOMEM, "out of memory")
                 : rc != SQLITE_DONE ? dgs_fail(s, err, "reading") : DG_OK;
  sqlite3_finalize(st);
  if (e != DG_OK) {
    dg_store_free_list(*paths, *n);
    if (msgs) dg_store_free_list(*msgs, mn);
    *paths = NULL, *n = 0;
    if (msgs) *msgs = NULL;
  }
  return e;
}

/* The hash of the document s holds under path ("" when none) into hash. */
static void hash_now(dg_store *s, const char *path, char hash[17]) {
  sqlite3_stmt *st = dgs_stmt(s, Q_DOC_ID, NULL);
  hash[0] = '\0';
  if (!st) return;
  dgs_text(st, 1, path);
  if (sqlite3_step(st) == SQLITE_ROW)
    snprintf(hash, 17, "%s", (const char *)sqlite3_column_text(st, 1));
  sqlite3_reset(st);
}

static int same_config(const dg_store_config *a, const dg_store_config *b) {
  return !strcmp(a->version, b->version) && a->fingerprint == b->fingerprint &&
         !strcmp(a->options, b->options);
}

/* Part's document `path` into s: taken when s has none, left when s has the same content,
 * refused when s has other content under that path. A long document is copied a window
 * at a time, as it was written (memory a window's). */
static dg_err merge_document(dg_store *s, dg_store *part, const char *path, dg_error *err) {
  char have[17];
  hash_now(s, path, have);
  dg_err e = DG_OK;
  for (size_t k = 0, n = 1; k < n && e == DG_OK; k++) {
    dg_result r;
    e = dg_store_get_part(part, path, k, &r, &n, err);
    if (e != DG_OK) break;
    if (*have && strcmp(have, r.hash))
      e = dg_error_set(err, DG_EINPUT, "%s: %s is in two parts with different contents",
                       part->path, path);
    else if (!*have)
      e = dg_store_put_part(s, &r, k == 0, k + 1 == n, err);
    else
      n = 1; /* s has it already */
    dg_result_free(&r);
  }
  if (e != DG_OK) dg_store_put_cancel(s);
  return e;
}

/* The list `kind` of part copied into s. */
static dg_err merge_list(dg_store *s, dg_store *part, dg_store_list_kind kind, dg_error *err) {
  char **v = NULL, **m = NULL;
  size_t n = 0;
  dg_err e = dg_store_list(part, kind, &v, kind == DG_STORE_FAILURES ? &m : NULL, &n, err);
  for (size_t i = 0; i < n && e == DG_OK; i++)
    e = kind == DG_STORE_DOCUMENTS ? merge_document(s, part, v[i], err)
        : kind == DG_STORE_FAILURES ? dg_store_put_failure(s, v[i], m[i], err)
                                    : dg_store_put_skipped(s, v[i], err);
  dg_store_free_list(v, n);
  dg_store_free_list(m, m ? n : 0);
  return e;
}

dg_err dg_store_merge(dg_store *s, dg_store *part, const char *part_path, dg_error *err) {
  if (!same_config(&s->cfg, &part->cfg))
    return dg_error_set(err, DG_EINPUT, "%s: made by docgraph %s with other dictionaries or "
                        "options (%s) than this merge (%s)", part_path, part->cfg.version,
                        part->cfg.options, s->cfg.options);
  dg_err e = merge_list(s, part, DG_STORE_DOCUMENTS, err);
  if (e == DG_OK) e = merge_list(s, part, DG_STORE_FAILURES, err);
  if (e == DG_OK) e = merge_list(s, part, DG_STORE_SKIPPED, err);
  return e;
}
