/* The corpus store: one SQLite file (by default OUT/docgraph.db of `docgraph run`) holding
 * every document's result (docgraph/result.h) as rows researchers can query (schema:
 * docs/store.md), under the docgraph version, dictionaries' fingerprint and options that
 * made them. A re-run reads an unchanged document's result from here instead of
 * processing it again; shards of a corpus are stores that dg_store_merge combines.
 * Invariants: a result read back is the one written (dg_result_equal); a file that is not
 * such a store (not SQLite, another application, another schema, corrupt, or made by
 * another version, dictionaries or options) is never trusted: dg_store_open rebuilds it
 * and says why in one line; each document is written in its own transaction, so a run
 * that is interrupted leaves every document written before it usable. One store is used
 * by one thread at a time, except dg_store_hash, which worker threads may call. */
#ifndef DOCGRAPH_STORE_H
#define DOCGRAPH_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/result.h"

#define DG_STORE_APPLICATION_ID 0x64677230 /* "dgr0": PRAGMA application_id */
#define DG_STORE_SCHEMA 2                  /* PRAGMA user_version */

typedef struct dg_store dg_store;

/* What makes a result: the documents are kept only under the same configuration. */
typedef struct dg_store_config {
  const char *version;  /* dg_build_version(): the version and the source id */
  uint64_t fingerprint; /* dg_pipeline_fingerprint */
  const char *options;  /* the pipeline's options and the forced encoding, as words */
} dg_store_config;

/* How a store is opened. */
typedef enum dg_store_mode {
  DG_STORE_UPDATE = 0, /* kept across runs: documents are added, replaced and dropped */
  DG_STORE_NEW,        /* made anew whatever is there (a shard's part, a merge's store) */
  DG_STORE_READ        /* read only, never rebuilt (a part given to merge) */
} dg_store_mode;

/* Open (or make) the store at path for cfg (with DG_STORE_READ, cfg NULL: any). A file
 * that cannot be trusted is removed and made anew (not with DG_STORE_READ: DG_EINPUT),
 * the reason in `note` ("" when none). DG_EIO when the file cannot be made. */
dg_err dg_store_open(dg_store **out, const char *path, dg_store_mode mode,
                     const dg_store_config *cfg, char *note, size_t nnote, dg_error *err);
/* Close; DG_EIO when what was written could not be completed. */
dg_err dg_store_close(dg_store *s, dg_error *err);

/* The content hash of the document stored under path when the store was opened, or NULL.
 * Safe to call from several threads at once. */
const char *dg_store_hash(const dg_store *s, const char *path);
/* For a long document stored a window at a time, the bytes its windows aimed at
 * (dg_result.window) when the store was opened; 0 for a document written whole or none.
 * Safe to call from several threads at once. */
uint64_t dg_store_window(const dg_store *s, const char *path);
/* The store found damaged while a run reads it: removed and made anew under its
 * configuration; from then on dg_store_hash knows no document (dg_store_broken). */
dg_err dg_store_rebuild(dg_store *s, dg_error *err);
int dg_store_broken(const dg_store *s);
/* The number of documents stored when it was opened. */
size_t dg_store_count(const dg_store *s);
/* The configuration the store was made under (DG_STORE_READ: as found in it). */
const dg_store_config *dg_store_config_of(const dg_store *s);

/* Write r, replacing a document of the same path, in one transaction. */
dg_err dg_store_put(dg_store *s, const dg_result *r, dg_error *err);
/* A long document written a window at a time (r's bases set, docgraph/result.h): `first`
 * replaces the document of the same path and opens its transaction, each window appends
 * its rows under the document's indices, `last` sets the document's counts and commits
 * (dg_store_put is this with both set). Nothing else is written to the store between a
 * document's first and last window; after a failure (undone whole) no more windows. With
 * r->window set, each window's bases and counts are kept too (table windows), so that
 * dg_store_get_part gives the windows back as they were written. */
dg_err dg_store_put_part(dg_store *s, const dg_result *r, int first, int last, dg_error *err);
/* The windows of a long document written so far undone, its transaction ended (after a
 * window failed or a sink stopped; nothing to do when none is open). */
void dg_store_put_cancel(dg_store *s);
/* Read the result stored under path into r (free it with dg_result_free). DG_ENOTFOUND
 * when there is none, DG_EINPUT when the store is damaged. A long document written in
 * windows is read whole: one result, its indices the document's. */
dg_err dg_store_get(dg_store *s, const char *path, dg_result *r, dg_error *err);
/* Part `part` of the result stored under path into r, and the number of its parts into *n
 * (may be NULL): a long document written in windows (r->window set) gives each window
 * back as it was written, its bases and window set (dg_result_equal to it); any other
 * document is one part, read as dg_store_get reads it. Memory is a part's, not the
 * document's. DG_ENOTFOUND when there is no such document or part. */
dg_err dg_store_get_part(dg_store *s, const char *path, size_t part, dg_result *r, size_t *n,
                         dg_error *err);
/* Drop the documents whose path is not in paths[0..n) (sorted or not), and the failures
 * and skipped files of the last run. */
dg_err dg_store_keep(dg_store *s, char *const *paths, size_t n, dg_error *err);

/* A document that failed (its message), and a file skipped in a directory: kept so a
 * merge counts them as the single run did. */
dg_err dg_store_put_failure(dg_store *s, const char *path, const char *msg, dg_error *err);
dg_err dg_store_put_skipped(dg_store *s, const char *path, dg_error *err);

/* Every path of a kind, sorted by bytes (the order of a run): documents, failures (with
 * their messages in *msgs when msgs is not NULL) and skipped files. Free with
 * dg_store_free_list. */
typedef enum { DG_STORE_DOCUMENTS, DG_STORE_FAILURES, DG_STORE_SKIPPED } dg_store_list_kind;
dg_err dg_store_list(dg_store *s, dg_store_list_kind kind, char ***paths, char ***msgs,
                     size_t *n, dg_error *err);
void dg_store_free_list(char **v, size_t n);

/* The shards a store holds, as "I/N" words ("1/3 2/3"; "" for a store that is no shard
 * nor a merge of shards): a part holds its own, a merge the parts'. */
dg_err dg_store_set_shards(dg_store *s, const char *shards, dg_error *err);
const char *dg_store_shards(const dg_store *s);

/* The record of the last complete `docgraph run` over this store (batch/rerun.h: its
 * inputs' fingerprint, its counts and each file it wrote with its size and modification
 * time), into *out (free() it), or NULL when there is none. A run forgets the record
 * (rec NULL) before it writes anything and sets it, in one statement, once every file is
 * written, so an interrupted run leaves none. */
dg_err dg_store_run_record(dg_store *s, char **out, dg_error *err);
dg_err dg_store_set_run_record(dg_store *s, const char *rec, dg_error *err);
/* The record of the store at path, opened read only and written nothing, when it is a
 * store closed cleanly under cfg with no journal beside it; else DG_ENOTFOUND (*out
 * NULL). */
dg_err dg_store_peek_run_record(const char *path, const dg_store_config *cfg, char **out);

/* Copy every document, failure and skipped file of store `part` (opened DG_STORE_READ)
 * into s. DG_EINPUT when part was made under another configuration, or holds a path that
 * s holds with other content. */
dg_err dg_store_merge(dg_store *s, dg_store *part, const char *part_path, dg_error *err);

#endif
