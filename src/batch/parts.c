/* Merging parts (see dg_store_merge_parts in docgraph/run.h): each argument a store file or
 * a directory whose *.db files are the parts (a shard's output directory, or a run's
 * output with its docgraph.db), each part opened read only and copied document by
 * document. Shards say which of a split they are (I/N); every split named must be whole,
 * so a failed array task cannot go unnoticed into a merge. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "docgraph/run.h"

typedef struct part_list {
  char **v;
  size_t n, cap;
} part_list;

static int push(part_list *l, const char *path) {
  if (l->n == l->cap) {
    char **v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 16) * sizeof *v);
    if (!v) return -1;
    l->v = v;
  }
  if (!(l->v[l->n] = strdup(path))) return -1;
  l->n++;
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.db files directly in dir, sorted, onto l; DG_ENOTFOUND when there are none. */
static dg_err dir_parts(const char *dir, part_list *l, dg_error *err) {
  DIR *dh = opendir(dir);
  if (!dh) return dg_error_set(err, DG_ENOTFOUND, "%s: cannot read the directory", dir);
  size_t first = l->n;
  int oom = 0;
  for (struct dirent *e; !oom && (e = readdir(dh));) {
    size_t len = strlen(e->d_name);
    if (e->d_name[0] == '.' || len < 4 || strcmp(e->d_name + len - 3, ".db")) continue;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    oom = push(l, path);
  }
  closedir(dh);
  if (oom) return dg_error_set(err, DG_ENOMEM, "out of memory");
  if (l->n == first) return dg_error_set(err, DG_ENOTFOUND, "%s: no parts (*.db) in it", dir);
  qsort(l->v + first, l->n - first, sizeof *l->v, by_name);
  return DG_OK;
}

static dg_err expand_parts(const char *const *parts, size_t n, part_list *l, dg_error *err) {
  dg_err r = DG_OK;
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    struct stat st;
    if (stat(parts[i], &st) != 0)
      r = dg_error_set(err, DG_ENOTFOUND, "%s: no such part", parts[i]);
    else if (S_ISDIR(st.st_mode))
      r = dir_parts(parts[i], l, err);
    else if (push(l, parts[i]))
      r = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return r;
}

/* The shards of the parts, "I/N" words each once, sorted by N then I. */
typedef struct shard_set {
  unsigned (*v)[2];
  size_t n, cap;
} shard_set;

static int add_shards(shard_set *set, const char *words) {
  unsigned i, t;
  for (const char *p = words; sscanf(p, "%u/%u", &i, &t) == 2;) {
    size_t k = 0;
    while (k < set->n && !(set->v[k][0] == i && set->v[k][1] == t)) k++;
    if (k == set->n) {
      if (set->n == set->cap) {
        void *v = realloc(set->v, (set->cap = set->cap ? 2 * set->cap : 16) * sizeof *set->v);
        if (!v) return -1;
        set->v = v;
      }
      set->v[set->n][0] = i, set->v[set->n][1] = t, set->n++;
    }
    p += strcspn(p, " ");
    p += strspn(p, " ");
  }
  return 0;
}

static int by_split(const void *a, const void *b) {
  const unsigned *x = a, *y = b;
  return x[1] != y[1] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Every split among the shards whole, or DG_EINPUT naming the first shard missing. */
static dg_err splits_whole(const shard_set *set, dg_error *err) {
  for (size_t a = 0; a < set->n; a++) {
    unsigned total = set->v[a][1];
    for (unsigned i = 1; i <= total; i++) {
      size_t b = 0;
      while (b < set->n && !(set->v[b][1] == total && set->v[b][0] == i)) b++;
      if (b == set->n)
        return dg_error_set(err, DG_EINPUT, "shard %u/%u is missing among the parts given "
                            "(--partial merges them anyway)", i, total);
    }
  }
  return DG_OK;
}

/* The shards of the merge, recorded in s ("1/3 2/3 3/3"). */
static dg_err record_shards(dg_store *s, shard_set *set, dg_error *err) {
  char words[4096] = "";
  size_t k = 0;
  if (set->n) qsort(set->v, set->n, sizeof *set->v, by_split);
  for (size_t i = 0; i < set->n && k < sizeof words - 24; i++)
    k += (size_t)snprintf(words + k, sizeof words - k, "%s%u/%u", i ? " " : "", set->v[i][0],
                          set->v[i][1]);
  return dg_store_set_shards(s, words, err);
}

static dg_err merge_one(dg_store *s, const char *path, shard_set *set, dg_error *err) {
  dg_store *part;
  dg_err r = dg_store_open(&part, path, DG_STORE_READ, NULL, NULL, 0, err);
  if (r != DG_OK) return r;
  if (add_shards(set, dg_store_shards(part))) r = dg_error_set(err, DG_ENOMEM, "out of memory");
  if (r == DG_OK) r = dg_store_merge(s, part, path, err);
  dg_store_close(part, NULL);
  return r;
}

dg_err dg_store_merge_parts(dg_store *s, const char *const *parts, size_t n, int partial,
                            dg_error *err) {
  part_list l = {0};
  shard_set set = {0};
  dg_err r = expand_parts(parts, n, &l, err);
  for (size_t i = 0; i < l.n && r == DG_OK; i++) r = merge_one(s, l.v[i], &set, err);
  if (r == DG_OK && !partial) r = splits_whole(&set, err);
  if (r == DG_OK) r = record_shards(s, &set, err);
  free(set.v);
  for (size_t i = 0; i < l.n; i++) free(l.v[i]);
  free(l.v);
  return r;
}
