/* Batches: many documents through the pipeline on worker threads, each worker with its own
 * MeCab lattice. A batch hands documents back in file order whatever the thread count, so
 * everything built from them is the same on every run. */
#ifndef DOCGRAPH_BATCH_H
#define DOCGRAPH_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/pipeline.h"

typedef struct dg_batch dg_batch;

/* A batch over files[0..n) on `threads` workers; `encoding` (NULL: detected) is the one
 * every text file is read in (see dg_doc.encoding). */
dg_err dg_batch_open(dg_batch **out, const dg_pipeline *p, char *const *files, size_t n,
                     int threads, const char *encoding, dg_error *err);
/* What a worker asks the caller about each document once it is loaded (its path, bytes and
 * hash known), before processing it; called from worker threads, either may be NULL.
 * `given` adds what the caller knows of the document (a date it was given: dg_doc.issued,
 * and its hash re-keyed with it); `test` returns nonzero when the caller already has the
 * result (a corpus store), so the document is handed back loaded but not processed. */
typedef struct dg_batch_reuse {
  int (*test)(void *arg, const dg_doc *loaded);
  void *arg;
  void (*given)(void *arg, dg_doc *loaded);
  /* a plain-text UTF-8 file of more bytes is a long document: loaded without its bytes
   * and handed back unprocessed (dg_doc.in_windows), for the caller to read in windows
   * (batch/windows.h); 0: none is */
  uint64_t long_over;
} dg_batch_reuse;

/* dg_batch_open with the hooks above (NULL: none). */
dg_err dg_batch_open_reuse(dg_batch **out, const dg_pipeline *p, char *const *files, size_t n,
                           int threads, const char *encoding, const dg_batch_reuse *reuse,
                           dg_error *err);
/* The next result in file order: returns 1 and sets *doc (a processed document to give
 * back with dg_batch_release; a long document loaded only, when in_windows is set) or,
 * when that document failed, *doc = NULL and *err; returns 2 with *doc loaded but not
 * processed when the reuse test took it; returns 0 when every file has been handed out. */
int dg_batch_next(dg_batch *b, dg_doc **doc, dg_error *err);
void dg_batch_release(dg_batch *b, dg_doc *doc);
void dg_batch_close(dg_batch *b);

#endif
