/* A re-run that changed nothing (see batch/rerun.h): the inputs' fingerprint, the record of
 * a complete run, and the check of a record against the inputs and the output tree. The
 * record is text, one line each: "docgraph-run 1", "inputs HEX", "counts" and ten numbers
 * (dg_run_result's), then "file SIZE SECONDS NANOSECONDS PATH" for each file, PATH relative
 * to the output directory. */
#include "batch/rerun.h"

#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "docgraph/version.h"

#define RECORD_HEAD "docgraph-run 1"
#define REL_BYTES 4200

static uint64_t hash_str(uint64_t h, const char *s) {
  return dg_hash_more(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* The file's path and bytes into h; -1 when it cannot be read. */
static int hash_file(uint64_t *h, const char *path) {
  static const size_t chunk = 1 << 16;
  char *buf = malloc(chunk);
  int fd = buf ? open(path, O_RDONLY | O_CLOEXEC) : -1;
  ssize_t n = -1;
  uint64_t x = hash_str(*h, path), size = 0;
  while (fd >= 0 && (n = read(fd, buf, chunk)) > 0) {
    x = dg_hash_more(x, buf, (size_t)n);
    size += (uint64_t)n;
  }
  if (fd >= 0) close(fd);
  free(buf);
  if (n < 0) return -1;
  *h = dg_hash_more(x, &size, sizeof size);
  return 0;
}

dg_err dgr_inputs(const dg_run_opts *o, const char *dir, const dg_store_config *cfg,
                  dg_file_list *fl, uint64_t *digest, int *usable, dg_error *err) {
  dg_diags problems;
  dg_diags_init(&problems);
  memset(fl, 0, sizeof *fl);
  *usable = 0;
  dg_err r = dg_files_list(o->input.paths, o->input.npaths, fl, &problems, err);
  int ok = r == DG_OK && !problems.n && !fl->warnings.n && fl->n;
  dg_diags_destroy(&problems);
  char fp[32];
  snprintf(fp, sizeof fp, "%016" PRIx64, cfg->fingerprint);
  uint64_t h = dg_hash_bytes(RECORD_HEAD, sizeof RECORD_HEAD);
  const char *words[] = {o->rerun_key, cfg->version, fp, cfg->options, dir};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++) h = hash_str(h, words[i]);
  for (size_t i = 0; ok && i < fl->n; i++)
    ok = strcmp(fl->files[i], "-") && hash_file(&h, fl->files[i]) == 0;
  for (size_t i = 0; ok && i < fl->nskipped; i++) h = hash_str(h, fl->skipped[i]);
  *digest = h;
  *usable = ok;
  return r;
}

/* Is file PATH (under dir) of the size and modification time recorded? */
static int file_kept(const char *dir, const char *rel, long long size, long long sec, long nsec) {
  char path[REL_BYTES];
  struct stat st;
  int n = snprintf(path, sizeof path, "%s/%s", dir, rel);
  if (n < 0 || (size_t)n >= sizeof path || lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return 0;
  return st.st_size == size && st.st_mtim.tv_sec == sec && st.st_mtim.tv_nsec == nsec;
}

int dgr_unchanged(const char *rec, const char *dir, uint64_t digest, dg_run_result *res) {
  size_t v[10];
  unsigned long long in = 0;
  int at = 0, files = 0;
  if (strncmp(rec, RECORD_HEAD "\n", sizeof RECORD_HEAD) ||
      sscanf(rec + sizeof RECORD_HEAD, "inputs %llx\ncounts %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\n%n",
             &in, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &at) != 11 ||
      !at || in != digest)
    return 0;
  for (const char *p = rec + sizeof RECORD_HEAD + at; *p; files++) {
    long long size, sec;
    long nsec;
    int k = 0;
    const char *end = strchr(p, '\n');
    char rel[REL_BYTES];
    if (!end || sscanf(p, "file %lld %lld %ld %n", &size, &sec, &nsec, &k) != 3 || !k ||
        (size_t)(end - p - k) >= sizeof rel)
      return 0;
    memcpy(rel, p + k, (size_t)(end - p - k));
    rel[end - p - k] = '\0';
    if (!file_kept(dir, rel, size, sec, nsec)) return 0;
    p = end + 1;
  }
  if (!files) return 0;
  *res = (dg_run_result){.docs = {.ok = v[0], .failed = v[1], .skipped = v[2], .outside = v[3],
                                  .reused = v[0]},
                         .entities = v[4], .relations = v[5], .drawn_entities = v[6],
                         .drawn_relations = v[7], .periods = v[8], .undated = v[9],
                         .unchanged = 1};
  return 1;
}

/* The store's files (itself and its journals) by device and inode, to leave out. */
typedef struct {
  dev_t dev[4];
  ino_t ino[4];
  size_t n;
} store_files;

static void find_store(const char *path, store_files *s) {
  static const char *const ext[] = {"", "-wal", "-shm", "-journal"};
  char buf[REL_BYTES];
  struct stat st;
  s->n = 0;
  for (size_t i = 0; path && i < 4; i++)
    if (snprintf(buf, sizeof buf, "%s%s", path, ext[i]) < (int)sizeof buf && stat(buf, &st) == 0) {
      s->dev[s->n] = st.st_dev;
      s->ino[s->n++] = st.st_ino;
    }
}

static int is_store(const store_files *s, const struct stat *st) {
  for (size_t i = 0; i < s->n; i++)
    if (s->dev[i] == st->st_dev && s->ino[i] == st->st_ino) return 1;
  return 0;
}

/* Every regular file under dir/rel ("" at the top) into b; -1 for a name that cannot be
 * recorded (a newline in it, too long). */
static int walk(const char *dir, const char *rel, const store_files *sf, dg_buf *b) {
  char path[REL_BYTES], sub[REL_BYTES];
  snprintf(path, sizeof path, "%s%s%s", dir, *rel ? "/" : "", rel);
  DIR *d = opendir(path);
  if (!d) return -1;
  int bad = 0;
  for (struct dirent *e; !bad && (e = readdir(d));) {
    struct stat st;
    if (e->d_name[0] == '.') continue; /* ., .., temporary and hidden files */
    int n = snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
    bad = n < 0 || (size_t)n >= sizeof sub || strchr(e->d_name, '\n') ||
          snprintf(path, sizeof path, "%s/%s", dir, sub) >= (int)sizeof path ||
          lstat(path, &st) != 0;
    if (bad || is_store(sf, &st)) continue;
    if (S_ISDIR(st.st_mode)) bad = walk(dir, sub, sf, b) != 0;
    else if (S_ISREG(st.st_mode))
      dg_buf_printf(b, "file %lld %lld %ld %s\n", (long long)st.st_size,
                    (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec, sub);
  }
  closedir(d);
  return bad ? -1 : 0;
}

dg_err dgr_record(const char *dir, const char *store_path, uint64_t digest,
                  const dg_run_result *res, char **out, dg_error *err) {
  dg_buf b;
  store_files sf;
  dg_buf_init(&b);
  find_store(store_path, &sf);
  const dg_job_counts *c = &res->docs;
  dg_buf_printf(&b, RECORD_HEAD "\ninputs %016" PRIx64 "\ncounts %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\n",
                digest, c->ok, c->failed, c->skipped, c->outside, res->entities, res->relations,
                res->drawn_entities, res->drawn_relations, res->periods, res->undated);
  int bad = walk(dir, "", &sf, &b);
  *out = NULL;
  if (b.oom) {
    dg_buf_destroy(&b);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (bad) dg_buf_destroy(&b);
  else *out = dg_buf_steal(&b);
  return DG_OK;
}
