/* dg_spool: bytes kept in a scratch file instead of memory (the evidence sentences of a
 * graph: tens of megabytes written once, read back a few at a time when an output writes
 * them). Appends go through a buffer and come back as an offset; reads take an offset and
 * a length. Invariant: bytes appended read back the same, from the buffer or (once it has
 * been flushed) the file with pread, so reads share no file position and are safe from
 * many threads at once while nobody appends. The file (base/tempfile.h, in $TMPDIR) is
 * made only when the buffer first fills: a small spool never touches the disk. A spool
 * may hold more in memory before its file (dg_spool_set_memory): its buffer grows to that,
 * and the first append past it sends everything to the file and shrinks the buffer back,
 * so small spools are read by copies, without a system call. The first failure is kept,
 * with the file's path, for dg_spool_failed. */
#ifndef DG_SPOOL_H
#define DG_SPOOL_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/error.h"

#define DG_SPOOL_BUFFER 65536 /* bytes held before they go to the file */

typedef struct dg_spool dg_spool;

/* An empty spool (no file yet); `what` names its file ("docgraph-texts"). NULL when memory
 * runs out. */
dg_spool *dg_spool_new(const char *what);
void dg_spool_free(dg_spool *s);
/* Let the spool hold up to `bytes` in memory before it makes its file (default 0: a
 * buffer's worth, DG_SPOOL_BUFFER). Call it before the first append. */
void dg_spool_set_memory(dg_spool *s, size_t bytes);
/* Append n bytes: their offset into *at. DG_EIO (with the path) when the file cannot be
 * made or written, DG_ENOMEM; the spool then stays failed. */
dg_err dg_spool_append(dg_spool *s, const void *p, size_t n, uint64_t *at, dg_error *err);
/* Read n bytes at offset `at` into out (not terminated). DG_EIO when the file cannot be
 * read, DG_EUSAGE for bytes never appended; a read error is kept for dg_spool_failed. */
dg_err dg_spool_read(dg_spool *s, uint64_t at, size_t n, void *out, dg_error *err);
/* A hint that bytes [at, at + n) will be read soon: where they are held in memory (the
 * buffer, or the block cache's slot for them, whatever block it holds) their first cache
 * lines are prefetched. Nothing is read, nothing fails. */
void dg_spool_ahead(const dg_spool *s, uint64_t at, size_t n);
/* Bytes appended so far. */
uint64_t dg_spool_size(const dg_spool *s);
/* DG_OK, or the first error an append or a read met (its message into err). */
dg_err dg_spool_failed(dg_spool *s, dg_error *err);

#endif
