/* Expanding command-line paths into a sorted list of documents (see docgraph/files.h).
 * Every file found is kept with its resolved path; the list is then sorted by resolved
 * path, so the names of one file sit together and the shortest (then the first in byte
 * order) is kept, and sorted again by the names kept. The order of the arguments never
 * changes the result. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "docgraph/files.h"
#include "docgraph/source.h"

/* A file found: its name as given or walked, and its resolved path. */
typedef struct {
  char *name, *real;
} found;

typedef DG_VEC(found) found_vec;
typedef DG_VEC(char *) strvec;

/* What a walk collects: the documents and the files set aside. */
typedef struct {
  found_vec docs, skipped;
  dg_diags *problems;
} walk_t;

static int push_found(found_vec *v, const char *name) {
  found f = {strdup(name), NULL};
  char buf[PATH_MAX];
  if (f.name && strcmp(name, "-") != 0 && realpath(name, buf)) f.real = strdup(buf);
  else if (f.name) f.real = strdup(name);
  if (!f.name || !f.real || DG_PUSH(*v, f)) {
    free(f.name);
    free(f.real);
    return -1;
  }
  return 0;
}

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

/* The entries of dir, hidden ones left out, sorted; -1 when memory runs out. */
static int entries(const char *dir, strvec *names, dg_diags *problems) {
  DIR *dh = opendir(dir);
  if (!dh) {
    dg_diags_add(problems, "%s: cannot open directory: %s", dir, strerror(errno));
    return 0;
  }
  struct dirent *de;
  int oom = 0;
  while (!oom && (de = readdir(dh)))
    if (de->d_name[0] != '.') oom = push_copy(names, de->d_name);
  closedir(dh);
  if (names->n) qsort(names->v, names->n, sizeof *names->v, name_cmp);
  return oom ? -1 : 0;
}

static int walk(walk_t *w, const char *dir, int depth) {
  if (depth > 64) {
    dg_diags_add(w->problems, "%s: directories nested too deep, skipped", dir);
    return 0;
  }
  strvec names = {0};
  int oom = entries(dir, &names, w->problems);
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
      if (S_ISDIR(st.st_mode)) oom = walk(w, p, depth + 1);
      else if (S_ISREG(st.st_mode))
        oom = push_found(dg_format_from_path(p) != DG_FMT_AUTO ? &w->docs : &w->skipped, p);
    }
    free(p);
  }
  for (size_t i = 0; i < names.n; i++) free(names.v[i]);
  free(names.v);
  return oom;
}

/* By resolved path, then the shortest name, then byte order. */
static int real_cmp(const void *a, const void *b) {
  const found *x = a, *y = b;
  int c = strcmp(x->real, y->real);
  if (c) return c;
  size_t lx = strlen(x->name), ly = strlen(y->name);
  if (lx != ly) return lx < ly ? -1 : 1;
  return strcmp(x->name, y->name);
}

/* The names of v, one a file (the first by real_cmp), sorted; v's memory is taken. */
static char **unique_names(found_vec *v, size_t *n) {
  if (v->n) qsort(v->v, v->n, sizeof *v->v, real_cmp);
  char **out = malloc((v->n + 1) * sizeof *out);
  size_t o = 0;
  for (size_t i = 0; i < v->n; i++) {
    int dup = i && strcmp(v->v[i].real, v->v[i - 1].real) == 0;
    if (!dup && out) out[o++] = v->v[i].name;
    else free(v->v[i].name);
  }
  for (size_t i = 0; i < v->n; i++) free(v->v[i].real);
  free(v->v);
  v->v = NULL;
  v->n = v->cap = 0;
  if (out && o) qsort(out, o, sizeof *out, name_cmp);
  *n = o;
  return out;
}

static int by_real(const void *a, const void *b) {
  return strcmp(((const found *)a)->real, ((const found *)b)->real);
}

/* Leave out of `skipped` the files also named on their own (in `docs`): those are read. */
static void drop_named(found_vec *skipped, found_vec *docs) {
  if (docs->n) qsort(docs->v, docs->n, sizeof *docs->v, real_cmp);
  size_t o = 0;
  for (size_t i = 0; i < skipped->n; i++) {
    found *f = &skipped->v[i];
    if (docs->n && bsearch(f, docs->v, docs->n, sizeof *docs->v, by_real)) {
      free(f->name), free(f->real);
      continue;
    }
    skipped->v[o++] = *f;
  }
  skipped->n = o;
}

static void free_found(found_vec *v) {
  for (size_t i = 0; i < v->n; i++) free(v->v[i].name), free(v->v[i].real);
  free(v->v);
}

dg_err dg_files_list(const char *const *paths, size_t n, dg_file_list *out, dg_diags *problems,
                     dg_error *err) {
  memset(out, 0, sizeof *out);
  walk_t w = {.problems = problems};
  int oom = 0;
  for (size_t i = 0; i < n && !oom; i++) {
    const char *p = paths[i];
    struct stat st;
    if (strcmp(p, "-") == 0) oom = push_found(&w.docs, p);
    else if (stat(p, &st) != 0) dg_diags_add(problems, "%s: %s", p, strerror(errno));
    else if (S_ISDIR(st.st_mode)) oom = walk(&w, p, 0);
    else oom = push_found(&w.docs, p);
  }
  if (!oom) drop_named(&w.skipped, &w.docs);
  if (!oom) out->files = unique_names(&w.docs, &out->n);
  if (!oom) out->skipped = unique_names(&w.skipped, &out->nskipped);
  if (oom || !out->files || !out->skipped) {
    free_found(&w.docs);
    free_found(&w.skipped);
    dg_file_list_free(out);
    return dg_error_set(err, DG_ENOMEM, "out of memory while listing files");
  }
  return DG_OK;
}

void dg_file_list_free(dg_file_list *l) {
  dg_files_free(l->files, l->n);
  dg_files_free(l->skipped, l->nskipped);
  memset(l, 0, sizeof *l);
}

dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err) {
  dg_file_list l;
  dg_err r = dg_files_list(paths, n, &l, problems, err);
  if (r != DG_OK) return r;
  dg_files_free(l.skipped, l.nskipped);
  *out = l.files;
  *nout = l.n;
  return DG_OK;
}

void dg_files_free(char **files, size_t n) {
  for (size_t i = 0; files && i < n; i++) free(files[i]);
  free(files);
}
