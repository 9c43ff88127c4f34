/* Opening the corpus store (see docgraph/store.h): a file is trusted only when SQLite
 * reads it, its application_id and user_version are docgraph's and this schema's, its
 * quick check passes and it was made under the same version, dictionaries and options;
 * otherwise it is removed and made anew, the reason given in one line. The connection
 * holds the file exclusively and journals to a write-ahead log (no shared memory, so it
 * works on network file systems too), each document one transaction. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store_int.h"

/* The file and the journals SQLite may have left beside it, removed. */
static void remove_files(const char *path) {
  static const char *const ext[] = {"", "-wal", "-shm", "-journal"};
  char buf[4200];
  for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
    snprintf(buf, sizeof buf, "%s%s", path, ext[i]);
    unlink(buf);
  }
}

/* The one integer a PRAGMA returns, or -1 when the file cannot be read. */
static long pragma_int(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st;
  long v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = (long)sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

/* The meta value of key into buf ("" when none). */
static void meta_get(sqlite3 *db, const char *key, char *buf, size_t n) {
  sqlite3_stmt *st;
  buf[0] = '\0';
  if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW)
    snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
}

/* The configuration recorded in the store, into s->cfg. */
static void read_config(dg_store *s) {
  char fp[32];
  meta_get(s->db, "docgraph_version", s->version, sizeof s->version);
  meta_get(s->db, "options", s->options, sizeof s->options);
  meta_get(s->db, "dict_fingerprint", fp, sizeof fp);
  meta_get(s->db, "shards", s->shards, sizeof s->shards);
  s->cfg = (dg_store_config){s->version, strtoull(fp, NULL, 16), s->options};
}

/* The bytes a window aimed at of each document read in windows, beside its hash (0 for
 * the others). */
static dg_err load_windows(dg_store *s, dg_error *err) {
  for (size_t i = 0; i < s->nhash; i++) s->window[i] = 0;
  if (!s->has_windows) return DG_OK;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT d.path, w.bytes FROM windows w JOIN documents d "
                                "USING (doc) WHERE w.window = 0", -1, &st, NULL))
    return dgs_fail(s, err, "reading the windows");
  while (sqlite3_step(st) == SQLITE_ROW) {
    const char *path = (const char *)sqlite3_column_text(st, 0);
    uint32_t *v = path ? dg_hmap_get(&s->hashes, path, strlen(path)) : NULL;
    if (v) s->window[*v] = (uint64_t)sqlite3_column_int64(st, 1);
  }
  sqlite3_finalize(st);
  return DG_OK;
}

/* The hashes of the documents as found, for dg_store_hash, and their windows'. */
static dg_err load_hashes(dg_store *s, dg_error *err) {
  sqlite3_stmt *st;
  dg_err r = dgs_find_windows(s, err);
  if (r != DG_OK) return r;
  if (sqlite3_prepare_v2(s->db, "SELECT path, hash FROM documents ORDER BY doc", -1, &st, NULL))
    return dgs_fail(s, err, "reading the documents");
  size_t cap = 0;
  while (r == DG_OK && sqlite3_step(st) == SQLITE_ROW) {
    const char *path = (const char *)sqlite3_column_text(st, 0);
    const char *hash = (const char *)sqlite3_column_text(st, 1);
    uint32_t *slot;
    if (s->nhash == cap) {
      void *v = realloc(s->hash, (cap = cap ? 2 * cap : 256) * sizeof *s->hash);
      void *w = v ? realloc(s->window, cap * sizeof *s->window) : NULL;
      if (v) s->hash = v;
      if (w) s->window = w;
      if (!w) r = dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    if (r == DG_OK && dg_hmap_put(&s->hashes, path, strlen(path), (uint32_t)s->nhash, &slot) < 0)
      r = dg_error_set(err, DG_ENOMEM, "out of memory");
    if (r == DG_OK) snprintf(s->hash[s->nhash++], sizeof *s->hash, "%s", hash ? hash : "");
  }
  sqlite3_finalize(st);
  return r == DG_OK ? load_windows(s, err) : r;
}

/* SQLite's quick check of the whole file (a store its last writer did not close): 1 when
 * it passes, else 0 with why. */
static int quick_check(dg_store *s, char *why, size_t n) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &st, NULL) != SQLITE_OK)
    return snprintf(why, n, "damaged (%s)", sqlite3_errmsg(s->db)), 0;
  const char *res = sqlite3_step(st) == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
  int ok = res && !strcmp(res, "ok");
  if (!ok) {
    const char *m = res ? res : sqlite3_errmsg(s->db);
    snprintf(why, n, "damaged (%.*s)", (int)strcspn(m, "\r\n"), m); /* its first line */
  }
  sqlite3_finalize(st);
  return ok;
}

/* Why the open file cannot be trusted (into why), or 0 when it can; 1 also for a new,
 * empty file, with why "". A part to merge (cfg NULL) and a store its last writer did
 * not close get SQLite's quick check; a store closed cleanly is checked as it is read. */
static int distrust(dg_store *s, const dg_store_config *cfg, char *why, size_t n) {
  long app = pragma_int(s->db, "PRAGMA application_id");
  long ver = pragma_int(s->db, "PRAGMA user_version");
  long tables = pragma_int(s->db, "SELECT count(*) FROM sqlite_schema");
  why[0] = '\0';
  if (app < 0 || ver < 0 || tables < 0)
    return snprintf(why, n, "%s (%s)",
                    sqlite3_errcode(s->db) == SQLITE_NOTADB ? "not a SQLite database" : "damaged",
                    sqlite3_errmsg(s->db)), 1;
  if (app == 0 && ver == 0 && tables == 0) return 1;
  if (app != DG_STORE_APPLICATION_ID)
    return snprintf(why, n, "not a docgraph store (application_id %ld)", app), 1;
  if (ver != DG_STORE_SCHEMA)
    return snprintf(why, n, "store schema %ld, this docgraph has %d", ver, DG_STORE_SCHEMA), 1;
  char clean[8];
  meta_get(s->db, "closed", clean, sizeof clean);
  if ((!cfg || strcmp(clean, "1")) && !quick_check(s, why, n)) return 1;
  read_config(s);
  if (!cfg) return 0;
  if (strcmp(s->version, cfg->version))
    return snprintf(why, n, "made by docgraph %s, this is %s", s->version, cfg->version), 1;
  if (s->cfg.fingerprint != cfg->fingerprint)
    return snprintf(why, n, "made with other dictionaries"), 1;
  if (strcmp(s->options, cfg->options))
    return snprintf(why, n, "made with other options (%s)", s->options), 1;
  if (load_hashes(s, NULL) != DG_OK)
    return snprintf(why, n, "damaged (%s)", sqlite3_errmsg(s->db)), 1;
  return 0;
}

static dg_err set_meta(dg_store *s, const char *key, const char *value, dg_error *err) {
  char *sql =
      sqlite3_mprintf("INSERT OR REPLACE INTO meta (key, value) VALUES (%Q, %Q)", key, value);
  dg_err r = sql ? dgs_exec(s, sql, err) : dg_error_set(err, DG_ENOMEM, "out of memory");
  sqlite3_free(sql);
  return r;
}

/* The tables of a new store, its marks and configuration. */
static dg_err make_schema(dg_store *s, const dg_store_config *cfg, dg_error *err) {
  char head[128], fp[32];
  snprintf(head, sizeof head, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
           DG_STORE_APPLICATION_ID, DG_STORE_SCHEMA);
  snprintf(fp, sizeof fp, "%016" PRIx64, cfg->fingerprint);
  dg_err r = dgs_exec(s, "BEGIN", err);
  if (r == DG_OK) r = dgs_exec(s, head, err);
  if (r == DG_OK) r = dgs_exec(s, dgs_schema, err);
  if (r == DG_OK) r = set_meta(s, "docgraph_version", cfg->version, err);
  if (r == DG_OK) r = set_meta(s, "dict_fingerprint", fp, err);
  if (r == DG_OK) r = set_meta(s, "options", cfg->options, err);
  if (r == DG_OK) r = dgs_exec(s, "COMMIT", err);
  if (r == DG_OK) read_config(s);
  return r;
}

/* The connection to path, exclusive, journalled to a write-ahead log. */
static dg_err connect(dg_store *s, dg_error *err) {
  int flags = SQLITE_OPEN_NOMUTEX | (s->mode == DG_STORE_READ
                                         ? SQLITE_OPEN_READONLY
                                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(s->path, &s->db, flags, NULL) != SQLITE_OK) {
    dg_err e = dg_error_set(err, DG_EIO, "%s: cannot open the store: %s", s->path,
                            s->db ? sqlite3_errmsg(s->db) : "out of memory");
    sqlite3_close(s->db);
    s->db = NULL;
    return e;
  }
  sqlite3_extended_result_codes(s->db, 0);
  /* No memory-mapped reads: every page a run read back stayed mapped into the process, so
   * a re-run's peak grew with the file (up to the map's size) where SQLite's page cache
   * (2 MB) holds the few pages one document needs. */
  return dgs_exec(s, "PRAGMA locking_mode = EXCLUSIVE", err);
}

static dg_err journal(dg_store *s, dg_error *err) {
  if (s->mode == DG_STORE_READ) return DG_OK;
  return dgs_exec(s, "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; "
                     "PRAGMA synchronous = NORMAL", err);
}

/* The file opened and checked: trusted, or (not read only) made anew, noting why. */
static dg_err open_checked(dg_store *s, const dg_store_config *cfg, char *note, size_t nnote,
                           dg_error *err) {
  char why[600];
  if (s->mode == DG_STORE_NEW) remove_files(s->path);
  dg_err r = connect(s, err);
  if (r != DG_OK) return r;
  int bad = distrust(s, s->mode == DG_STORE_READ ? NULL : cfg, why, sizeof why);
  if (bad && s->mode == DG_STORE_READ)
    return dg_error_set(err, DG_EINPUT, "%s: %s", s->path, *why ? why : "an empty file");
  if (bad && *why) {
    snprintf(note, nnote, "%s: %s; made anew", s->path, why);
    dg_hmap_destroy(&s->hashes);
    dg_hmap_init(&s->hashes);
    s->nhash = 0;
    sqlite3_close(s->db);
    s->db = NULL;
    remove_files(s->path);
    if ((r = connect(s, err)) != DG_OK) return r;
  }
  r = journal(s, err);
  if (r == DG_OK && bad) r = make_schema(s, cfg, err);
  if (r == DG_OK && s->mode != DG_STORE_READ) r = set_meta(s, "closed", "0", err);
  if (r == DG_OK) r = dgs_find_windows(s, err);
  return r;
}

dg_err dg_store_open(dg_store **out, const char *path, dg_store_mode mode,
                     const dg_store_config *cfg, char *note, size_t nnote, dg_error *err) {
  *out = NULL;
  if (note && nnote) note[0] = '\0';
  dg_store *s = calloc(1, sizeof *s);
  if (!s || !(s->path = strdup(path))) {
    free(s);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  s->mode = mode;
  dg_hmap_init(&s->hashes);
  char dummy[8];
  dg_err r = open_checked(s, cfg, note ? note : dummy, note ? nnote : sizeof dummy, err);
  if (r != DG_OK) {
    dg_store_close(s, NULL);
    return r;
  }
  *out = s;
  return DG_OK;
}

dg_err dg_store_close(dg_store *s, dg_error *err) {
  if (!s) return DG_OK;
  for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->q[i]);
  dg_err r = DG_OK;
  /* left as a plain file, with no log beside it, so any reader (read only, DuckDB) opens it */
  if (s->db && s->mode != DG_STORE_READ) r = dgs_group_commit(s, err);
  if (s->db && s->mode != DG_STORE_READ && r == DG_OK) r = set_meta(s, "closed", "1", err);
  if (s->db && s->mode != DG_STORE_READ && r == DG_OK)
    r = dgs_exec(s, "PRAGMA journal_mode = DELETE", err);
  if (s->db && sqlite3_close(s->db) != SQLITE_OK && r == DG_OK)
    r = dg_error_set(err, DG_EIO, "%s: cannot close the store: %s", s->path, sqlite3_errmsg(s->db));
  dg_hmap_destroy(&s->hashes);
  free(s->hash);
  free(s->window);
  free(s->path);
  free(s);
  return r;
}

dg_err dg_store_rebuild(dg_store *s, dg_error *err) {
  char version[64], options[512];
  snprintf(version, sizeof version, "%s", s->cfg.version);
  snprintf(options, sizeof options, "%s", s->cfg.options);
  dg_store_config cfg = {version, s->cfg.fingerprint, options};
  atomic_store(&s->broken, 1);
  s->in_group = 0;
  s->has_windows = 0;
  for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->q[i]), s->q[i] = NULL;
  sqlite3_close(s->db);
  s->db = NULL;
  remove_files(s->path);
  dg_err r = connect(s, err);
  if (r == DG_OK) r = journal(s, err);
  if (r == DG_OK) r = make_schema(s, &cfg, err);
  if (r == DG_OK) r = set_meta(s, "closed", "0", err);
  return r;
}

int dg_store_broken(const dg_store *s) { return atomic_load(&((dg_store *)s)->broken); }

const char *dg_store_hash(const dg_store *s, const char *path) {
  if (dg_store_broken(s)) return NULL;
  uint32_t *v = dg_hmap_get(&s->hashes, path, strlen(path));
  return v ? s->hash[*v] : NULL;
}

uint64_t dg_store_window(const dg_store *s, const char *path) {
  if (dg_store_broken(s)) return 0;
  uint32_t *v = dg_hmap_get(&s->hashes, path, strlen(path));
  return v ? s->window[*v] : 0;
}

size_t dg_store_count(const dg_store *s) { return s->nhash; }
const dg_store_config *dg_store_config_of(const dg_store *s) { return &s->cfg; }

dg_err dg_store_set_shards(dg_store *s, const char *shards, dg_error *err) {
  snprintf(s->shards, sizeof s->shards, "%s", shards);
  return set_meta(s, "shards", s->shards, err);
}

const char *dg_store_shards(const dg_store *s) { return s->shards; }

/* Is there a journal beside the store (a writer stopped part way)? */
static int journalled(const char *path) {
  char buf[4200];
  snprintf(buf, sizeof buf, "%s-journal", path);
  if (access(buf, F_OK) == 0) return 1;
  snprintf(buf, sizeof buf, "%s-wal", path);
  return access(buf, F_OK) == 0;
}

/* The record of the last complete run (meta key "last_run"): read into a copy, set in one
 * statement, or forgotten; or looked up in a file opened read only, trusted as
 * open_checked trusts a store closed cleanly, with no quick check (which reads it all),
 * and no journal beside it (which only a writer may roll back or remove). */
dg_err dg_store_peek_run_record(const char *path, const dg_store_config *cfg, char **out) {
  dg_store s = {.path = (char *)path, .mode = DG_STORE_READ};
  char clean[8];
  *out = NULL;
  if (journalled(path) || connect(&s, NULL) != DG_OK) return DG_ENOTFOUND;
  meta_get(s.db, "closed", clean, sizeof clean);
  read_config(&s);
  int same = pragma_int(s.db, "PRAGMA application_id") == DG_STORE_APPLICATION_ID &&
             pragma_int(s.db, "PRAGMA user_version") == DG_STORE_SCHEMA && !strcmp(clean, "1") &&
             !strcmp(s.version, cfg->version) && s.cfg.fingerprint == cfg->fingerprint &&
             !strcmp(s.options, cfg->options);
  dg_err r = same ? dg_store_run_record(&s, out, NULL) : DG_ENOTFOUND;
  sqlite3_close(s.db);
  return r == DG_OK && *out ? DG_OK : DG_ENOTFOUND;
}

dg_err dg_store_run_record(dg_store *s, char **out, dg_error *err) {
  sqlite3_stmt *st;
  *out = NULL;
  if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'last_run'", -1, &st, NULL))
    return dgs_fail(s, err, "reading the last run's record");
  dg_err r = DG_OK;
  if (sqlite3_step(st) == SQLITE_ROW) {
    const char *v = (const char *)sqlite3_column_text(st, 0);
    if (v && !(*out = strdup(v))) r = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  sqlite3_finalize(st);
  return r;
}

dg_err dg_store_set_run_record(dg_store *s, const char *rec, dg_error *err) {
  if (rec) return set_meta(s, "last_run", rec, err);
  return dgs_exec(s, "DELETE FROM meta WHERE key = 'last_run'", err);
}
