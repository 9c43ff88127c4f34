/* The spool of graph sentences (src/base/spool.c) and its scratch file
 * (src/base/tempfile.c): bytes read back are the bytes appended, from the buffer or the
 * file, from many threads at once (hints to read ahead, dg_spool_ahead, beside them);
 * the file is made in $TMPDIR and unlinked; a file that
 * cannot be made is an error naming its path, kept for dg_spool_failed. */
#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/spool.h"
#include "base/tempfile.h"
#include "graph/graph_int.h"
#include "docgraph/graph.h"
#include "testutil.h"

#define RECORDS 5000

/* Record i's bytes: its number repeated, i % 300 bytes long (more than a buffer in all). */
static size_t record(size_t i, char *buf) {
  size_t n = i % 300;
  for (size_t k = 0; k < n; k++) buf[k] = (char)('a' + (i + k) % 26);
  return n;
}

typedef struct {
  dg_spool *s;
  uint64_t at[RECORDS];
  int bad;
  unsigned seed;
} spooled;

/* A spool of RECORDS records that may hold `memory` bytes before its file. */
static spooled *fill_with(size_t memory) {
  spooled *x = calloc(1, sizeof *x);
  x->s = dg_spool_new("dg-test-spool");
  ck_assert_ptr_nonnull(x->s);
  dg_spool_set_memory(x->s, memory);
  dg_error err = {0};
  char buf[300];
  for (size_t i = 0; i < RECORDS; i++)
    ck_assert_int_eq(dg_spool_append(x->s, buf, record(i, buf), &x->at[i], &err), DG_OK);
  ck_assert_uint_gt(dg_spool_size(x->s), 2 * DG_SPOOL_BUFFER);
  return x;
}

static spooled *fill(void) { return fill_with(0); }

/* Every record read back, in an order from the seed; 1 when one differs. */
static void *check_all(void *arg) {
  spooled *x = arg;
  char want[300], got[300];
  dg_error err = {0};
  unsigned r = x->seed;
  for (size_t k = 0; k < RECORDS; k++) {
    size_t i = x->seed ? (r = r * 1103515245u + 12345u) % RECORDS : k;
    size_t n = record(i, want);
    dg_spool_ahead(x->s, x->at[(i + 1) % RECORDS], 300); /* a hint changes no byte */
    if (dg_spool_read(x->s, x->at[i], n, got, &err) != DG_OK || memcmp(want, got, n) != 0)
      return (void *)1;
  }
  return NULL;
}

START_TEST(test_spool_reads_back) {
  spooled *x = fill();
  ck_assert_ptr_null(check_all(x));
  /* a read across the end of the file and into the buffer */
  uint64_t size = dg_spool_size(x->s);
  char *all = malloc(size), one[300];
  dg_error err = {0};
  ck_assert_int_eq(dg_spool_read(x->s, 0, size, all, &err), DG_OK);
  for (size_t i = 0; i < RECORDS; i++)
    ck_assert(memcmp(all + x->at[i], one, record(i, one)) == 0);
  /* bytes never appended: a hint for them is harmless, a read an error */
  dg_spool_ahead(x->s, size - 1, 1u << 20);
  dg_spool_ahead(x->s, size + 12345, 600);
  ck_assert_int_eq(dg_spool_read(x->s, size - 1, 2, one, &err), DG_EUSAGE);
  ck_assert_int_eq(dg_spool_failed(x->s, NULL), DG_OK);
  free(all);
  dg_spool_free(x->s);
  free(x);
}
END_TEST

START_TEST(test_spool_concurrent_reads) {
  spooled *x = fill();
  pthread_t t[4];
  spooled each[4];
  for (int k = 0; k < 4; k++) {
    each[k] = *x;
    each[k].seed = 1u + (unsigned)k;
    ck_assert_int_eq(pthread_create(&t[k], NULL, check_all, &each[k]), 0);
  }
  for (int k = 0; k < 4; k++) {
    void *bad;
    pthread_join(t[k], &bad);
    ck_assert_ptr_null(bad);
  }
  dg_spool_free(x->s);
  free(x);
}
END_TEST

/* Reads between appends (the file's last block still filling): every record, read right
 * after it is appended and again at the end, is the bytes appended. */
START_TEST(test_spool_reads_between_appends) {
  dg_spool *s = dg_spool_new("dg-test-spool");
  static uint64_t at[RECORDS];
  char want[300], got[300];
  dg_error err = {0};
  for (size_t i = 0; i < RECORDS; i++) {
    size_t n = record(i, want);
    ck_assert_int_eq(dg_spool_append(s, want, n, &at[i], &err), DG_OK);
    size_t j = (i * 7919) % (i + 1);
    size_t m = record(j, want);
    ck_assert_int_eq(dg_spool_read(s, at[j], m, got, &err), DG_OK);
    ck_assert(memcmp(want, got, m) == 0);
  }
  for (size_t i = 0; i < RECORDS; i++) {
    size_t n = record(i, want);
    ck_assert_int_eq(dg_spool_read(s, at[i], n, got, &err), DG_OK);
    ck_assert(memcmp(want, got, n) == 0);
  }
  dg_spool_free(s);
}
END_TEST

/* Files in dir (. and .. aside). */
static int files_in(const char *dir) {
  DIR *d = opendir(dir);
  ck_assert_ptr_nonnull(d);
  int n = 0;
  for (struct dirent *e; (e = readdir(d));) n += e->d_name[0] != '.';
  closedir(d);
  return n;
}

START_TEST(test_tempfile_in_tmpdir_unlinked) {
  char dir[64];
  tu_tmpdir(dir, "spool");
  setenv("TMPDIR", dir, 1);
  int fd;
  char path[DG_TEMPFILE_PATH];
  dg_error err = {0};
  ck_assert_int_eq(dg_tempfile_open("dg-test", &fd, path, &err), DG_OK);
  ck_assert_int_eq(strncmp(path, dir, strlen(dir)), 0);
  ck_assert_int_eq(files_in(dir), 0); /* unlinked at once */
  ck_assert_int_eq(write(fd, "x", 1), 1);
  close(fd);
  /* the spool's file, made once the buffer fills, is there too */
  spooled *x = fill();
  char link[64], target[PATH_MAX];
  int found = 0;
  for (int k = 3; k < 256 && !found; k++) {
    snprintf(link, sizeof link, "/proc/self/fd/%d", k);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n > 0) target[n] = '\0';
    found = n > 0 && strncmp(target, dir, strlen(dir)) == 0 && strstr(target, "(deleted)");
  }
  ck_assert_msg(found, "no unlinked spool file in %s", dir);
  ck_assert_int_eq(files_in(dir), 0);
  dg_spool_free(x->s);
  free(x);
  rmdir(dir);
}
END_TEST

START_TEST(test_spool_cannot_make_its_file) {
  setenv("TMPDIR", "/nonexistent-dg-spool-dir", 1);
  dg_spool *s = dg_spool_new("dg-test-spool");
  char buf[4096] = {0};
  uint64_t at;
  dg_error err = {0};
  /* within the buffer: no file needed yet */
  ck_assert_int_eq(dg_spool_append(s, buf, 100, &at, &err), DG_OK);
  ck_assert_int_eq(dg_spool_read(s, at, 100, buf, &err), DG_OK);
  dg_err r = DG_OK;
  for (int i = 0; i < 40 && r == DG_OK; i++) r = dg_spool_append(s, buf, sizeof buf, &at, &err);
  ck_assert_int_eq(r, DG_EIO);
  ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent-dg-spool-dir/dg-test-spool."));
  dg_error kept = {0};
  ck_assert_int_eq(dg_spool_failed(s, &kept), DG_EIO);
  ck_assert_str_eq(kept.msg, err.msg);
  ck_assert_int_eq(dg_spool_append(s, buf, 1, &at, &err), DG_EIO); /* stays failed */
  dg_spool_free(s);
}
END_TEST

/* A spool that may hold bytes in memory sends them all to its file at the first append
 * past that: every record reads back the same on both sides of the switch. Below it no
 * file is needed (where none can be made, appends and reads still work), and the switch
 * is where that fails. */
START_TEST(test_spool_memory_first) {
  char dir[64];
  tu_tmpdir(dir, "spool");
  setenv("TMPDIR", dir, 1);
  spooled *x = fill_with(300000); /* about 750,000 bytes: past it */
  ck_assert_ptr_null(check_all(x));
  dg_spool_free(x->s);
  free(x);
  rmdir(dir);
  setenv("TMPDIR", "/nonexistent-dg-spool-dir", 1);
  dg_spool *s = dg_spool_new("dg-test-spool");
  dg_spool_set_memory(s, 3 * DG_SPOOL_BUFFER);
  static char buf[DG_SPOOL_BUFFER];
  uint64_t at;
  dg_error err = {0};
  for (int i = 0; i < 3; i++) ck_assert_int_eq(dg_spool_append(s, buf, sizeof buf, &at, &err), DG_OK);
  ck_assert_int_eq(dg_spool_read(s, at, sizeof buf, buf, &err), DG_OK);
  ck_assert_int_eq(dg_spool_append(s, buf, 1, &at, &err), DG_EIO);
  dg_spool_free(s);
}
END_TEST

/* A graph whose sentences cannot be kept says so, with the file's path. */
START_TEST(test_graph_texts_cannot_be_kept) {
  setenv("TMPDIR", "/nonexistent-dg-spool-dir", 1);
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_spool_set_memory(g->texts, 0); /* DG_TEXTS_MEMORY in memory first: none here */
  ck_assert_int_eq(dg_graph_put_vertex(g, "country:JPN", DG_TYPE_COUNTRY, "Japan", "", NULL, 1, 1,
                                       &err),
                   DG_OK);
  static char text[3000];
  memset(text, 'x', sizeof text - 1);
  dg_err r = DG_OK;
  char id[32];
  for (int i = 0; i < 40 && r == DG_OK; i++) {
    snprintf(id, sizeof id, "country:C%02d", i);
    ck_assert_int_eq(dg_graph_put_vertex(g, id, DG_TYPE_COUNTRY, id, "", NULL, 1, 1, &err), DG_OK);
    r = dg_graph_put_edge(g, "country:JPN", id, DG_REL_CO_OCCURS, 1, -1, 1, 1, "a.txt:1", text,
                          &err);
  }
  ck_assert_int_eq(r, DG_EIO);
  ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent-dg-spool-dir/"));
  ck_assert_int_eq(dg_graph_texts_failed(g, NULL), DG_EIO);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("spool");
  TCase *tc = tcase_create("spool");
  tcase_add_test(tc, test_spool_reads_back);
  tcase_add_test(tc, test_spool_concurrent_reads);
  tcase_add_test(tc, test_spool_reads_between_appends);
  tcase_add_test(tc, test_tempfile_in_tmpdir_unlinked);
  tcase_add_test(tc, test_spool_cannot_make_its_file);
  tcase_add_test(tc, test_spool_memory_first);
  tcase_add_test(tc, test_graph_texts_cannot_be_kept);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
