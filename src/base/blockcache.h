/* dg_blockcache: the last blocks read of a file that only grows, so that many small reads
 * near each other (the evidence sentences of a spool, read back one by one by every
 * output) cost one pread of a block instead of one each. Direct-mapped: block b lives in
 * slot b % DG_BLOCKCACHE_SLOTS. Invariant: a slot holds the bytes the file had in its block
 * when the slot was filled, and only blocks that lay wholly below the file's end then are
 * kept, so appends past them never make a slot stale. Safe from many threads at once: a
 * mutex guards the slots, and a miss reads the file outside it, into its slot, which no
 * other thread reads or fills until it is done. */
#ifndef DG_BLOCKCACHE_H
#define DG_BLOCKCACHE_H

#include <stddef.h>
#include <stdint.h>

#define DG_BLOCKCACHE_BLOCK 4096u /* bytes a block */
#define DG_BLOCKCACHE_SLOTS 1024u /* blocks kept: 4 MiB */

typedef struct dg_blockcache dg_blockcache;

/* An empty cache; NULL when memory runs out (readers then go to the file each time). */
dg_blockcache *dg_blockcache_new(void);
void dg_blockcache_free(dg_blockcache *c);
/* n bytes at `at` of the file fd, whose first `size` bytes are written, into out: from
 * the cache where it has them, else read with pread (and kept, block by block). c may be
 * NULL. 0, or the errno of a failed read (ENODATA for a file cut short). */
int dg_blockcache_read(dg_blockcache *c, int fd, uint64_t size, uint64_t at, size_t n,
                       char *out);
/* Prefetch the cache lines where bytes [at, at + n) would be kept (a hint for a read to
 * come: the slots are not looked at, so it is safe beside any other call). */
void dg_blockcache_ahead(const dg_blockcache *c, uint64_t at, size_t n);

#endif
