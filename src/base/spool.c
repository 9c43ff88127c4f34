/* A scratch file of appended bytes, read back by offset (see base/spool.h). Bytes below
 * `flushed` are in the file, the rest in `buf`; until the file is made, `buf` may grow to
 * `memory`. */
#include "base/spool.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/blockcache.h"
#include "base/tempfile.h"

#define DG_SPOOL_AHEAD_MAX 512 /* bytes dg_spool_ahead asks for at most */

struct dg_spool {
  int fd; /* -1 until the buffer first fills */
  char path[DG_TEMPFILE_PATH];
  const char *what;
  uint64_t flushed; /* bytes in the file */
  size_t nbuf;      /* bytes in buf after them */
  size_t cap;       /* buf's room */
  size_t memory;    /* bytes buf may grow to before the file is made */
  char *buf;
  dg_blockcache *cache; /* blocks of the file read back, made with the file */
  atomic_int failed; /* 0, or 1 once an error was kept in `error` (set by one thread) */
  dg_error error;
};

dg_spool *dg_spool_new(const char *what) {
  dg_spool *s = calloc(1, sizeof *s);
  if (s && !(s->buf = malloc(DG_SPOOL_BUFFER))) {
    free(s);
    return NULL;
  }
  if (s) s->fd = -1, s->what = what, s->cap = DG_SPOOL_BUFFER;
  return s;
}

void dg_spool_set_memory(dg_spool *s, size_t bytes) { s->memory = bytes; }

/* Room in buf for n bytes, by doubling up to s->memory; -1 when memory runs out. */
static int grow(dg_spool *s, size_t n) {
  size_t cap = s->cap;
  while (cap < n) cap = cap * 2 < s->memory ? cap * 2 : s->memory;
  char *b = cap > s->cap ? realloc(s->buf, cap) : s->buf;
  if (!b) return -1;
  s->buf = b, s->cap = cap;
  return 0;
}

/* The buffer back to DG_SPOOL_BUFFER once its bytes are in the file (kept when the
 * smaller block cannot be had). */
static void shrink(dg_spool *s) {
  char *b = s->cap > DG_SPOOL_BUFFER ? realloc(s->buf, DG_SPOOL_BUFFER) : NULL;
  if (b) s->buf = b, s->cap = DG_SPOOL_BUFFER;
}

void dg_spool_free(dg_spool *s) {
  if (!s) return;
  if (s->fd >= 0) close(s->fd);
  dg_blockcache_free(s->cache);
  free(s->buf);
  free(s);
}

uint64_t dg_spool_size(const dg_spool *s) { return s->flushed + s->nbuf; }

/* Keep the first error: the one thread that turns `failed` from 0 writes it. */
static dg_err keep(dg_spool *s, const dg_error *e) {
  int expect = 0;
  if (atomic_compare_exchange_strong(&s->failed, &expect, 2)) {
    s->error = *e;
    atomic_store(&s->failed, 1);
  }
  return e->code;
}

dg_err dg_spool_failed(dg_spool *s, dg_error *err) {
  if (atomic_load(&s->failed) != 1) return DG_OK;
  if (err) *err = s->error;
  return s->error.code;
}

/* n bytes written whole at the file's end. */
static dg_err write_all(dg_spool *s, const char *p, size_t n, dg_error *err) {
  dg_error e = {0};
  if (s->fd < 0 && dg_tempfile_open(s->what, &s->fd, s->path, &e) != DG_OK) {
    if (err) *err = e;
    return keep(s, &e);
  }
  if (!s->cache) s->cache = dg_blockcache_new(); /* none: every read goes to the file */
  while (n) {
    ssize_t w = write(s->fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      dg_error_set(&e, DG_EIO, "%s: cannot write: %s", s->path,
                   w < 0 ? strerror(errno) : "no room");
      if (err) *err = e;
      return keep(s, &e);
    }
    p += w, n -= (size_t)w, s->flushed += (uint64_t)w;
  }
  return DG_OK;
}

dg_err dg_spool_append(dg_spool *s, const void *p, size_t n, uint64_t *at, dg_error *err) {
  dg_err r = dg_spool_failed(s, err);
  if (r != DG_OK) return r;
  *at = dg_spool_size(s);
  if (s->fd < 0 && s->nbuf + n <= s->memory) { /* still all in memory */
    if (grow(s, s->nbuf + n)) return dg_error_set(err, DG_ENOMEM, "out of memory");
    memcpy(s->buf + s->nbuf, p, n);
    s->nbuf += n;
    return DG_OK;
  }
  if (s->nbuf + n > DG_SPOOL_BUFFER) {
    if ((r = write_all(s, s->buf, s->nbuf, err)) != DG_OK) return r;
    s->nbuf = 0;
    shrink(s);
  }
  if (n > DG_SPOOL_BUFFER) return write_all(s, p, n, err);
  memcpy(s->buf + s->nbuf, p, n);
  s->nbuf += n;
  return DG_OK;
}

/* n bytes at `at` (all below s->flushed) from the file, through its block cache. */
static dg_err pread_all(dg_spool *s, uint64_t at, size_t n, char *out, dg_error *err) {
  int k = dg_blockcache_read(s->cache, s->fd, s->flushed, at, n, out);
  if (!k) return DG_OK;
  dg_error e = {0};
  dg_error_set(&e, DG_EIO, "%s: cannot read: %s", s->path,
               k == ENODATA ? "cut short" : strerror(k));
  if (err) *err = e;
  return keep(s, &e);
}

void dg_spool_ahead(const dg_spool *s, uint64_t at, size_t n) {
  if (at >= s->flushed) {
    const char *p = s->buf + (at - s->flushed);
    for (size_t k = 0; k < n && k < DG_SPOOL_AHEAD_MAX && at - s->flushed + k < s->nbuf; k += 64)
      __builtin_prefetch(p + k);
  } else if (s->cache) {
    dg_blockcache_ahead(s->cache, at, n < DG_SPOOL_AHEAD_MAX ? n : DG_SPOOL_AHEAD_MAX);
  }
}

dg_err dg_spool_read(dg_spool *s, uint64_t at, size_t n, void *out, dg_error *err) {
  if (at > dg_spool_size(s) || n > dg_spool_size(s) - at)
    return dg_error_set(err, DG_EUSAGE, "%s: bytes %llu+%zu were never written", s->path,
                        (unsigned long long)at, n);
  char *o = out;
  size_t in_file = at < s->flushed ? (size_t)(s->flushed - at < n ? s->flushed - at : n) : 0;
  dg_err r = in_file ? pread_all(s, at, in_file, o, err) : DG_OK;
  if (r != DG_OK) return r;
  if (n > in_file) memcpy(o + in_file, s->buf + (at + in_file - s->flushed), n - in_file);
  return DG_OK;
}
