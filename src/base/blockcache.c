/* Blocks of a growing file kept after a read (see base/blockcache.h). */
#include "base/blockcache.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NO_BLOCK UINT64_MAX
#define FILLING (UINT64_MAX - 1) /* a thread is reading the slot's block into it */

struct dg_blockcache {
  pthread_mutex_t mu;
  uint64_t tag[DG_BLOCKCACHE_SLOTS]; /* the block a slot holds, NO_BLOCK or FILLING */
  char *data;                        /* DG_BLOCKCACHE_SLOTS blocks */
};

dg_blockcache *dg_blockcache_new(void) {
  dg_blockcache *c = malloc(sizeof *c);
  if (!c) return NULL;
  if (!(c->data = malloc((size_t)DG_BLOCKCACHE_SLOTS * DG_BLOCKCACHE_BLOCK))) {
    free(c);
    return NULL;
  }
  for (size_t i = 0; i < DG_BLOCKCACHE_SLOTS; i++) c->tag[i] = NO_BLOCK;
  pthread_mutex_init(&c->mu, NULL);
  return c;
}

void dg_blockcache_free(dg_blockcache *c) {
  if (!c) return;
  pthread_mutex_destroy(&c->mu);
  free(c->data);
  free(c);
}

/* n bytes at `at` of fd, all of them; 0 or an errno. */
static int read_all(int fd, uint64_t at, size_t n, char *out) {
  while (n) {
    ssize_t k = pread(fd, out, n, (off_t)at);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return k < 0 ? errno : ENODATA;
    out += k, at += (uint64_t)k, n -= (size_t)k;
  }
  return 0;
}

/* Bytes [from, from + n) of block b (a whole block of the file) into out, through the
 * cache; 0 or an errno. A miss reads the block straight into its slot, marked FILLING
 * meanwhile (not through a block on the stack copied in after: 4 KiB more copied a miss,
 * and the data files miss on most of their evidence sentences); a reader that finds the
 * slot FILLING reads its bytes from the file itself. */
static int read_block(dg_blockcache *c, int fd, uint64_t b, size_t from, size_t n,
                      char *out) {
  size_t slot = (size_t)(b % DG_BLOCKCACHE_SLOTS);
  char *kept = c->data + slot * DG_BLOCKCACHE_BLOCK;
  pthread_mutex_lock(&c->mu);
  int hit = c->tag[slot] == b, fill = !hit && c->tag[slot] != FILLING;
  if (hit) memcpy(out, kept + from, n);
  if (fill) c->tag[slot] = FILLING; /* the slot is this thread's until it is filled */
  pthread_mutex_unlock(&c->mu);
  if (hit) return 0;
  if (!fill) return read_all(fd, b * DG_BLOCKCACHE_BLOCK + from, n, out);
  int e = read_all(fd, b * DG_BLOCKCACHE_BLOCK, DG_BLOCKCACHE_BLOCK, kept);
  if (!e) memcpy(out, kept + from, n);
  pthread_mutex_lock(&c->mu);
  c->tag[slot] = e ? NO_BLOCK : b;
  pthread_mutex_unlock(&c->mu);
  return e;
}

void dg_blockcache_ahead(const dg_blockcache *c, uint64_t at, size_t n) {
  for (uint64_t p = at - at % 64; p < at + n; p += 64) {
    size_t slot = (size_t)(p / DG_BLOCKCACHE_BLOCK % DG_BLOCKCACHE_SLOTS);
    __builtin_prefetch(c->data + slot * DG_BLOCKCACHE_BLOCK + p % DG_BLOCKCACHE_BLOCK);
  }
}

int dg_blockcache_read(dg_blockcache *c, int fd, uint64_t size, uint64_t at, size_t n,
                       char *out) {
  while (n) {
    uint64_t b = at / DG_BLOCKCACHE_BLOCK;
    size_t from = (size_t)(at % DG_BLOCKCACHE_BLOCK);
    size_t k = DG_BLOCKCACHE_BLOCK - from < n ? DG_BLOCKCACHE_BLOCK - from : n;
    int whole = (b + 1) * DG_BLOCKCACHE_BLOCK <= size;
    int e = c && whole ? read_block(c, fd, b, from, k, out) : read_all(fd, at, n, out);
    if (e || !(c && whole)) return e;
    out += k, at += k, n -= k;
  }
  return 0;
}
