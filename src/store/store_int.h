/* The store's insides (see docgraph/store.h), shared by its files: the open connection,
 * its prepared statements (one per query, made once), the documents' hashes as found at
 * open (for the workers), and the small helpers every file uses to run SQL and say what
 * failed with the store's path. */
#ifndef DG_STORE_INT_H
#define DG_STORE_INT_H

#include <sqlite3.h>
#include <stdatomic.h>
#include <time.h>

#include "base/hmap.h"
#include "docgraph/store.h"

/* The prepared statements, by use. */
typedef enum {
  Q_BEGIN, Q_COMMIT, Q_ROLLBACK,
  Q_DOC_ID, Q_DOC_INSERT, Q_DOC_GET,
  Q_DEL_DOC, Q_DEL_SENTS, Q_DEL_MENTS, Q_DEL_UNITS, Q_DEL_RELS, Q_DEL_WARNS,
  Q_SENT_INSERT, Q_MENT_INSERT, Q_UNIT_INSERT, Q_REL_INSERT, Q_WARN_INSERT,
  Q_SENT_GET, Q_MENT_GET, Q_UNIT_GET, Q_REL_GET, Q_WARN_GET,
  Q_FAIL_INSERT, Q_SKIP_INSERT,
  Q_DOC_COUNTS,
  Q_WIN_INSERT, Q_WIN_GET, Q_WIN_COUNT, Q_WIN_ALL, Q_DEL_WINS,
  Q_COUNT
} dgs_query;

struct dg_store {
  sqlite3 *db;
  char *path;
  dg_store_mode mode;
  sqlite3_stmt *q[Q_COUNT];
  dg_hmap hashes;     /* path -> index into hash */
  char (*hash)[17];   /* as found at open */
  uint64_t *window;   /* the bytes the document's windows aimed at, as found at open (0:
                         read whole), beside hash */
  size_t nhash;
  char version[64], options[512];
  dg_store_config cfg; /* pointing into version and options */
  char shards[4096]; /* "1/3 2/3" */
  atomic_int broken; /* made anew during a run: nothing it held is reused */
  int in_group;      /* a group of documents is being written, not yet committed */
  unsigned grouped;  /* documents in it */
  struct timespec group_start;
  sqlite3_int64 part_doc; /* the long document whose windows are being written */
  size_t part_warns;      /* its warnings written so far */
  int part_open;          /* its savepoint is open: a window written, not its last */
  uint32_t part_window;   /* its windows written so far */
  int has_windows;        /* the table windows exists (made with the first long document) */
};

extern const char *const dgs_schema;
/* The table of long documents' windows, made when the first long document is written, so
 * that a store that holds none is what it was before long documents were kept. */
extern const char *const dgs_windows_schema;
/* Whether the store has the table windows (into s->has_windows); DG_OK or dgs_fail. */
dg_err dgs_find_windows(dg_store *s, dg_error *err);

/* Documents are committed in groups (DGS_GROUP_DOCS documents or DGS_GROUP_SECONDS,
 * whichever comes first), each a savepoint of its own: a run that stops loses at most
 * the group it was writing, and the commits cost little. */
#define DGS_GROUP_DOCS 64
#define DGS_GROUP_SECONDS 0.25
/* Open a group unless one is open. */
dg_err dgs_group_begin(dg_store *s, dg_error *err);
/* Commit the open group (none open: nothing to do). */
dg_err dgs_group_commit(dg_store *s, dg_error *err);
/* One more document in the group: committed when the group is full or old enough. */
dg_err dgs_group_count(dg_store *s, dg_error *err);

/* The rows of document doc deleted from every table, each through its (doc, index) key:
 * no table is read beyond the document's own rows. */
dg_err dgs_drop_doc(dg_store *s, sqlite3_int64 doc, const char *doing, dg_error *err);

/* The statement of q, reset and with no bindings; NULL when it cannot be prepared (then
 * err says why). */
sqlite3_stmt *dgs_stmt(dg_store *s, dgs_query q, dg_error *err);
/* DG_EINPUT (or DG_EIO for a write) naming the store and SQLite's message. */
dg_err dgs_fail(dg_store *s, dg_error *err, const char *doing);
/* Run SQL without results; DG_OK or dgs_fail. */
dg_err dgs_exec(dg_store *s, const char *sql, dg_error *err);
/* Step a statement that returns no rows; DG_OK or dgs_fail. */
dg_err dgs_done(dg_store *s, sqlite3_stmt *st, dg_error *err, const char *doing);
/* Bind text (NULL: SQL NULL) / n bytes of text as written (a BLOB when they are not valid
 * UTF-8: a file's bad bytes, kept as they are). */
void dgs_text(sqlite3_stmt *st, int col, const char *v);
void dgs_textn(sqlite3_stmt *st, int col, const char *v, size_t n);

#endif
