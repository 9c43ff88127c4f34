/* The dictionaries' fingerprint (see dg_dicts_fingerprint in docgraph/pipeline.h): a 64-bit
 * FNV-1a hash of every dictionary and rule list file the pipeline loads (DIR/NAME.tsv and
 * DIR/rules/NAME.tsv of each layer, in layer order, each directory's files by name), over
 * each file's name and bytes. It names the dictionaries' content, not where they are: the
 * same files give the same fingerprint in the source tree and once installed. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/pipeline.h"

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * FNV_PRIME;
  return h;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the *.tsv files of dir, sorted, in *names (malloc'd; *n of them); a missing
 * directory has none. -1 when memory runs out. */
static int tsv_names(const char *dir, char ***names, size_t *n) {
  *names = NULL, *n = 0;
  DIR *dh = opendir(dir);
  if (!dh) return 0;
  size_t cap = 0;
  int rc = 0;
  for (struct dirent *e; rc == 0 && (e = readdir(dh));) {
    size_t len = strlen(e->d_name);
    if (len < 5 || strcmp(e->d_name + len - 4, ".tsv") || e->d_name[0] == '.') continue;
    if (*n == cap) {
      char **v = realloc(*names, (cap = cap ? 2 * cap : 32) * sizeof *v);
      if (!v) rc = -1;
      else *names = v;
    }
    if (rc == 0 && !((*names)[*n] = strdup(e->d_name))) rc = -1;
    if (rc == 0) (*n)++;
  }
  closedir(dh);
  if (*n) qsort(*names, *n, sizeof **names, by_name);
  return rc;
}

/* The hash h on with the file at path (its name as `name`, then its bytes). */
static uint64_t hash_file(uint64_t h, const char *path, const char *name) {
  h = fnv(h, name, strlen(name) + 1);
  FILE *f = fopen(path, "rb");
  if (!f) return h;
  char buf[8192];
  for (size_t k; (k = fread(buf, 1, sizeof buf, f)) > 0;) h = fnv(h, buf, k);
  fclose(f);
  return fnv(h, "", 1);
}

/* The hash h on with every *.tsv file of dir (sub: its name inside the layer, "" or
 * "rules/"); -1 in *oom when memory runs out. */
static uint64_t hash_dir(uint64_t h, const char *dir, const char *sub, int *oom) {
  char path[4200], name[600];
  snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", *sub ? "rules" : "");
  char **names;
  size_t n;
  if (tsv_names(path, &names, &n)) *oom = 1;
  for (size_t i = 0; i < n; i++) {
    char file[4800];
    snprintf(file, sizeof file, "%s/%s", path, names[i]);
    snprintf(name, sizeof name, "%s%s", sub, names[i]);
    h = hash_file(h, file, name);
    free(names[i]);
  }
  free(names);
  return h;
}

dg_err dg_dicts_fingerprint(const char *const *dirs, size_t n, uint64_t *out, dg_error *err) {
  uint64_t h = FNV_OFFSET;
  int oom = 0;
  for (size_t i = 0; i < n; i++) {
    h = fnv(h, "layer", 6);
    h = hash_dir(h, dirs[i], "", &oom);
    h = hash_dir(h, dirs[i], "rules/", &oom);
  }
  *out = h;
  return oom ? dg_error_set(err, DG_ENOMEM, "out of memory") : DG_OK;
}
