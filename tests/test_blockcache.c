/* The block cache of a growing file (src/base/blockcache.c): reads through it are the
 * file's bytes, whatever the order, the thread or the cache's collisions (a file larger
 * than the cache); a block that was partial when read is never kept, so bytes appended
 * after a read come back; a file cut short is ENODATA; no cache reads the file each time. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/blockcache.h"
#include "testutil.h"

#define FILE_BYTES (5u * DG_BLOCKCACHE_SLOTS * DG_BLOCKCACHE_BLOCK / 4) /* 5 MiB */

/* The byte at offset i of the test file. */
static char byte_at(uint64_t i) { return (char)('a' + (i * 7 + i / 4093) % 26); }

typedef struct {
  dg_blockcache *c;
  int fd;
  uint64_t size;
  unsigned seed;
} reader;

/* A file of n bytes made by byte_at, unlinked; its descriptor. */
static int make_file(uint64_t n) {
  char dir[64], path[128];
  tu_tmpdir(dir, "blockcache");
  snprintf(path, sizeof path, "%s/f", dir);
  FILE *f = fopen(path, "w+");
  ck_assert_ptr_nonnull(f);
  for (uint64_t i = 0; i < n; i++) fputc(byte_at(i), f);
  fflush(f);
  int fd = dup(fileno(f));
  fclose(f);
  unlink(path);
  rmdir(dir);
  return fd;
}

/* 20,000 reads of up to 9,000 bytes at offsets from the seed; 1 when one differs. */
static void *read_many(void *arg) {
  reader *r = arg;
  static char dummy;
  char *got = malloc(9000);
  unsigned x = r->seed;
  int bad = 0;
  for (int k = 0; k < 20000 && !bad; k++) {
    uint64_t at = (x = x * 1103515245u + 12345u) % r->size;
    size_t n = (size_t)((x >> 8) % 9000);
    if (n > r->size - at) n = (size_t)(r->size - at);
    if (r->c) dg_blockcache_ahead(r->c, at, n); /* a hint, beside other threads' reads */
    bad = dg_blockcache_read(r->c, r->fd, r->size, at, n, got) != 0;
    for (size_t i = 0; i < n && !bad; i++) bad = got[i] != byte_at(at + i);
  }
  free(got);
  return bad ? &dummy : NULL;
}

START_TEST(test_blockcache_reads_the_file) {
  int fd = make_file(FILE_BYTES);
  dg_blockcache *c = dg_blockcache_new();
  ck_assert_ptr_nonnull(c);
  pthread_t t[3];
  reader r[3];
  for (int k = 0; k < 3; k++) {
    r[k] = (reader){c, fd, FILE_BYTES, 1u + (unsigned)k};
    ck_assert_int_eq(pthread_create(&t[k], NULL, read_many, &r[k]), 0);
  }
  for (int k = 0; k < 3; k++) {
    void *bad;
    pthread_join(t[k], &bad);
    ck_assert_ptr_null(bad);
  }
  reader none = {NULL, fd, FILE_BYTES, 7}; /* no cache: straight to the file */
  ck_assert_ptr_null(read_many(&none));
  dg_blockcache_free(c);
  close(fd);
}
END_TEST

/* A block read while the file ended inside it is not kept: once more bytes are written
 * there, a read sees them. */
START_TEST(test_blockcache_partial_block_not_kept) {
  int fd = make_file(DG_BLOCKCACHE_BLOCK + 100);
  dg_blockcache *c = dg_blockcache_new();
  char got[DG_BLOCKCACHE_BLOCK];
  uint64_t at = DG_BLOCKCACHE_BLOCK; /* the second block, 100 bytes of it written */
  ck_assert_int_eq(dg_blockcache_read(c, fd, at + 100, at, 100, got), 0);
  ck_assert_int_eq(got[99], byte_at(at + 99));
  ck_assert_int_eq(pwrite(fd, "XYZ", 3, (off_t)(at + 100)), 3);
  ck_assert_int_eq(dg_blockcache_read(c, fd, at + 103, at + 98, 5, got), 0);
  ck_assert_int_eq(memcmp(got + 2, "XYZ", 3), 0);
  /* the first block was whole: kept, and read back from the cache once the file is gone */
  ck_assert_int_eq(dg_blockcache_read(c, fd, at + 103, 10, 20, got), 0);
  ck_assert_int_eq(ftruncate(fd, 0), 0);
  ck_assert_int_eq(dg_blockcache_read(c, fd, at + 103, 12, 5, got), 0);
  ck_assert_int_eq(got[0], byte_at(12));
  /* a block never read, now cut short */
  ck_assert_int_eq(dg_blockcache_read(c, fd, 3 * DG_BLOCKCACHE_BLOCK, at, 10, got), ENODATA);
  ck_assert_int_eq(dg_blockcache_read(NULL, fd, 3 * DG_BLOCKCACHE_BLOCK, at, 10, got), ENODATA);
  ck_assert_int_eq(dg_blockcache_read(c, -1, 3 * DG_BLOCKCACHE_BLOCK, at, 10, got), EBADF);
  dg_blockcache_free(c);
  close(fd);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("blockcache");
  TCase *tc = tcase_create("blockcache");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_blockcache_reads_the_file);
  tcase_add_test(tc, test_blockcache_partial_block_not_kept);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
