/* Batches and the documents of a batch: dg_files_expand (sorted, recursive, hidden entries
 * skipped, missing paths reported, each file once) and dg_batch (documents in file order
 * and the same mentions whatever the thread count; a document that fails is reported and
 * the batch goes on). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgraph/batch.h"
#include "docgraph/files.h"
#include "docgraph/write.h"
#include "testutil.h"

static char dir_[64];

/* A fresh directory with these files (relative names; folders made on the way). */
static const char *tree(const char *const *files, size_t n) {
  tu_tmpdir(dir_, "batch");
  for (size_t i = 0; i < n; i++) {
    char p[512], cmd[600];
    snprintf(p, sizeof p, "%s/%s", dir_, files[i]);
    snprintf(cmd, sizeof cmd, "mkdir -p \"$(dirname '%s')\"", p);
    ck_assert_int_eq(system(cmd), 0);
    tu_write(p, "ラオスとタイの代表が会談した。\nViet Nam joined later.\n");
  }
  return dir_;
}


/* The expanded list with the directory prefix cut: "a.txt sub/b.md". */
static const char *listed(char **files, size_t n, const char *dir, char *buf, size_t size) {
  size_t k = 0, dl = strlen(dir) + 1;
  buf[0] = '\0';
  for (size_t i = 0; i < n && k < size; i++)
    k += (size_t)snprintf(buf + k, size - k, "%s%s", i ? " " : "",
                          strncmp(files[i], dir, dl - 1) ? files[i] : files[i] + dl);
  return buf;
}

START_TEST(expand_sorts_recurses_and_skips) {
  static const char *const files[] = {"b.txt", "a.md", "sub/deep/c.html", "sub/z.xml",
                                      ".hidden.txt", ".git/x.txt", "picture.png", "Upper.txt"};
  const char *dir = tree(files, sizeof files / sizeof *files);
  const char *paths[] = {dir};
  char **out;
  size_t n;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  ck_assert_int_eq(dg_files_expand(paths, 1, &out, &n, &probs, &err), DG_OK);
  char buf[1024];
  /* byte order (uppercase first), folders searched, hidden entries and images left out */
  ck_assert_str_eq(listed(out, n, dir, buf, sizeof buf),
                   "Upper.txt a.md b.txt sub/deep/c.html sub/z.xml");
  ck_assert_uint_eq(probs.n, 0);
  dg_files_free(out, n);
  dg_diags_destroy(&probs);
  tu_rmrf(dir);
}
END_TEST

START_TEST(expand_reports_missing_and_dedups) {
  static const char *const files[] = {"one.txt", "two.txt"};
  const char *dir = tree(files, 2);
  char one[256], two[256], missing[256];
  snprintf(one, sizeof one, "%s/one.txt", dir);
  snprintf(two, sizeof two, "%s/two.txt", dir);
  snprintf(missing, sizeof missing, "%s/missing.txt", dir);
  /* a file named twice (once through its folder) is read once; a file given by name is
   * taken whatever its extension; "-" is stdin */
  const char *paths[] = {two, missing, dir, one, "-"};
  char **out;
  size_t n;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  ck_assert_int_eq(dg_files_expand(paths, 5, &out, &n, &probs, &err), DG_OK);
  char buf[1024];
  ck_assert_str_eq(listed(out, n, dir, buf, sizeof buf), "- one.txt two.txt");
  ck_assert_uint_eq(probs.n, 1);
  ck_assert_ptr_nonnull(strstr(probs.msgs[0], "missing.txt: No such file or directory"));
  dg_files_free(out, n);
  dg_diags_destroy(&probs);
  tu_rmrf(dir);
}
END_TEST

/* The same file through "./", a symbolic link and two directories that overlap is listed
 * once, under its shortest name; files a directory holds that docgraph does not read are
 * listed apart as skipped (a file given by name is always taken). */
/* A symbolic link back to a folder the walk is inside (dir/sub/up -> ..) is a loop: warned
 * about and skipped, each file listed once, and the walk ends; a folder reached twice
 * through links is walked once; a device named on its own is left out with a warning. */
START_TEST(walk_skips_loops_and_devices) {
  static const char *const files[] = {"a.txt", "sub/b.txt"};
  const char *dir = tree(files, 2);
  char up[256], up2[256], again[256];
  snprintf(up, sizeof up, "%s/sub/up", dir);
  snprintf(up2, sizeof up2, "%s/sub/up2", dir);
  snprintf(again, sizeof again, "%s/again", dir);
  ck_assert_int_eq(symlink("..", up), 0);
  ck_assert_int_eq(symlink("..", up2), 0);
  ck_assert_int_eq(symlink("sub", again), 0);
  const char *paths[] = {dir, "/dev/null"};
  char **out;
  size_t n;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  ck_assert_int_eq(dg_files_expand(paths, 2, &out, &n, &probs, &err), DG_OK);
  char buf[1024];
  ck_assert_str_eq(listed(out, n, dir, buf, sizeof buf), "a.txt again/b.txt");
  ck_assert_uint_eq(probs.n, 3);
  ck_assert_ptr_nonnull(strstr(probs.msgs[0], "/dev/null: not a regular file"));
  ck_assert_ptr_nonnull(strstr(probs.msgs[1], "/again/up: symbolic link loop"));
  ck_assert_ptr_nonnull(strstr(probs.msgs[2], "/again/up2: symbolic link loop"));
  dg_files_free(out, n);
  dg_diags_destroy(&probs);
  tu_rmrf(dir);
}
END_TEST

START_TEST(list_resolves_paths_and_skips) {
  static const char *const files[] = {"in/a.txt", "in/sub/b.md", "in/scan.png", "in/sheet.xlsx",
                                      "in/README"};
  const char *dir = tree(files, 5);
  char in[256], dot_in[256], sub[256], link[256], png[256];
  snprintf(in, sizeof in, "%s/in", dir);
  snprintf(dot_in, sizeof dot_in, "%s/./in/", dir);
  snprintf(sub, sizeof sub, "%s/in/sub", dir);
  snprintf(link, sizeof link, "%s/link.txt", dir);
  snprintf(png, sizeof png, "%s/in/scan.png", dir);
  char target[300];
  snprintf(target, sizeof target, "%s/in/a.txt", dir);
  ck_assert_int_eq(symlink(target, link), 0);
  const char *paths[] = {dot_in, sub, link, in, png};
  dg_file_list l;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  ck_assert_int_eq(dg_files_list(paths, 5, &l, &probs, &err), DG_OK);
  char buf[1024];
  ck_assert_str_eq(listed(l.files, l.n, dir, buf, sizeof buf), "in/a.txt in/scan.png in/sub/b.md");
  ck_assert_str_eq(listed(l.skipped, l.nskipped, dir, buf, sizeof buf), "in/README in/sheet.xlsx");
  ck_assert_uint_eq(probs.n, 0);
  dg_file_list_free(&l);
  dg_diags_destroy(&probs);
  tu_rmrf(dir);
}
END_TEST

/* Every document of files through a batch of `threads`: paths in the order handed back,
 * one line each, then every mention as JSON Lines; failures as "FAILED: message". */
static char *through_batch(char *const *files, size_t n, int threads) {
  dg_batch *b;
  dg_error err = {0};
  ck_assert_int_eq(dg_batch_open(&b, tu_pipeline(), files, n, threads, NULL, &err), DG_OK);
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  dg_doc *d;
  while (dg_batch_next(b, &d, &err)) {
    if (!d) {
      fprintf(f, "FAILED: %s\n", err.msg);
      continue;
    }
    fprintf(f, "%s\n", d->path);
    ck_assert_int_eq(dg_write_mentions(d, f, &err), DG_OK);
    dg_batch_release(b, d);
  }
  dg_batch_close(b);
  fclose(f);
  return out;
}

static const int thread_counts[] = {1, 2, 3};

START_TEST(batch_order_and_threads) {
  static const char *const names[] = {"d1.txt", "d2.txt", "d3.txt", "d4.txt", "d5.txt",
                                      "d6.txt", "d7.txt"};
  const char *dir = tree(names, 7);
  const char *paths[] = {dir};
  char **files;
  size_t n;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  ck_assert_int_eq(dg_files_expand(paths, 1, &files, &n, &probs, &err), DG_OK);
  ck_assert_uint_eq(n, 7);
  dg_diags_destroy(&probs);
  char *one = through_batch(files, n, 1);
  char *many = through_batch(files, n, thread_counts[_i]);
  ck_assert_str_eq(many, one);
  /* file order: d1 before d2 ... before d7, each with its mentions */
  const char *p = one;
  for (size_t i = 0; i < n; i++) {
    const char *q = strstr(p, files[i]);
    ck_assert_msg(q != NULL, "%s missing or out of order", files[i]);
    p = q + 1;
  }
  ck_assert_ptr_nonnull(strstr(one, "\"id\":\"country:LAO\""));
  free(one);
  free(many);
  dg_files_free(files, n);
  tu_rmrf(dir);
}
END_TEST

/* A missing file and a folder named like a document fail alone: the ones around them are
 * read, in order. */
START_TEST(failing_document) {
  static const char *const names[] = {"a.txt", "c.txt"};
  const char *dir = tree(names, 2);
  char a[256], b[256], c[256], d[256];
  snprintf(a, sizeof a, "%s/a.txt", dir);
  snprintf(b, sizeof b, "%s/b.txt", dir); /* never written */
  snprintf(c, sizeof c, "%s/c.txt", dir);
  snprintf(d, sizeof d, "%s/d.txt", dir);
  ck_assert_int_eq(mkdir(d, 0777), 0);
  char *files[] = {a, b, c, d};
  char *out = through_batch(files, 4, thread_counts[_i]);
  const char *pa = strstr(out, a), *pb = strstr(out, "FAILED: "),
             *pc = strstr(out, c), *pd = pb ? strstr(pb + 1, "FAILED: ") : NULL;
  ck_assert_msg(pa && pb && pc && pd, "%s", out);
  ck_assert(pa < pb && pb < pc && pc < pd);
  ck_assert_ptr_nonnull(strstr(pb, "b.txt"));
  ck_assert_ptr_nonnull(strstr(pd, "d.txt"));
  free(out);
  tu_rmrf(dir);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("batch");
  TCase *tc = tcase_create("batch");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, expand_sorts_recurses_and_skips);
  tcase_add_test(tc, expand_reports_missing_and_dedups);
  tcase_add_test(tc, list_resolves_paths_and_skips);
  tcase_add_test(tc, walk_skips_loops_and_devices);
  int nt = (int)(sizeof thread_counts / sizeof *thread_counts);
  tcase_add_loop_test(tc, batch_order_and_threads, 0, nt);
  tcase_add_loop_test(tc, failing_document, 0, nt);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
