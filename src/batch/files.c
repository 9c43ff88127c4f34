/* Expanding command-line paths into a sorted list of documents (see dg_files_expand). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "docgraph/files.h"
#include "docgraph/source.h"

typedef DG_VEC(char *) strvec;

static int push_copy(strvec *v, const char *s) {
  char *c = strdup(s);
  if (!c) return -1;
  if (DG_PUSH(*v, c)) {
    free(c);
    return -1;
  }
  return 0;
}

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(const char *dir, strvec *out, dg_diags *problems, int depth) {
  if (depth > 64) {
    dg_diags_add(problems, "%s: directories nested too deep, skipped", dir);
    return 0;
  }
  DIR *dh = opendir(dir);
  if (!dh) {
    dg_diags_add(problems, "%s: cannot open directory: %s", dir, strerror(errno));
    return 0;
  }
  strvec names = {0};
  struct dirent *de;
  int oom = 0;
  while ((de = readdir(dh)))
    if (de->d_name[0] != '.' && push_copy(&names, de->d_name)) {
      oom = 1;
      break;
    }
  closedir(dh);
  if (names.n) qsort(names.v, names.n, sizeof *names.v, name_cmp);
  for (size_t i = 0; i < names.n && !oom; i++) {
    size_t l = strlen(dir) + strlen(names.v[i]) + 2;
    char *p = malloc(l);
    if (!p) {
      oom = 1;
      break;
    }
    snprintf(p, l, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
    struct stat st;
    if (stat(p, &st) == 0) {
      if (S_ISDIR(st.st_mode)) oom = walk(p, out, problems, depth + 1);
      else if (S_ISREG(st.st_mode) && dg_format_from_path(p) != DG_FMT_AUTO)
        oom = push_copy(out, p);
    }
    free(p);
  }
  for (size_t i = 0; i < names.n; i++) free(names.v[i]);
  free(names.v);
  return oom;
}

dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err) {
  strvec v = {0};
  int oom = 0;
  for (size_t i = 0; i < n && !oom; i++) {
    const char *p = paths[i];
    if (strcmp(p, "-") == 0) {
      oom = push_copy(&v, p);
      continue;
    }
    struct stat st;
    if (stat(p, &st) != 0) {
      dg_diags_add(problems, "%s: %s", p, strerror(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) oom = walk(p, &v, problems, 0);
    else oom = push_copy(&v, p);
  }
  if (oom) {
    dg_files_free(v.v, v.n);
    return dg_error_set(err, DG_ENOMEM, "out of memory while listing files");
  }
  /* Sorted and unique, so the order of the arguments never changes the result. */
  if (v.n) qsort(v.v, v.n, sizeof *v.v, name_cmp);
  size_t o = 0;
  for (size_t i = 0; i < v.n; i++) {
    if (o && strcmp(v.v[o - 1], v.v[i]) == 0) {
      free(v.v[i]);
      continue;
    }
    v.v[o++] = v.v[i];
  }
  *out = v.v;
  *nout = o;
  return DG_OK;
}

void dg_files_free(char **files, size_t n) {
  for (size_t i = 0; i < n; i++) free(files[i]);
  free(files);
}
