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
#include "base/hmap.h"
#include "docgraph/files.h"
#include "docgraph/source.h"

/* A file found: its name as given or walked, and its resolved path. */
typedef struct {
  char *name, *real;
} found;

typedef DG_VEC(found) found_vec;
typedef DG_VEC(char *) strvec;

/* A directory as the file system knows it: the same (device, inode) under any name. */
typedef struct {
  dev_t dev;
  ino_t ino;
} dir_id;

/* What a walk collects: the documents and the files set aside; the directories walked
 * (each once) and the ones open above the current one (a link back to one is a loop). */
typedef struct {
  found_vec docs, skipped;
  dg_diags *problems, *warnings;
  dg_hmap seen;
  dir_id open[DG_FILES_MAX_DEPTH + 1];
  const char *open_name[DG_FILES_MAX_DEPTH + 1];
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

/* May the walk enter dir (depth levels down, st its stat)? Not when it lies deeper than
 * DG_FILES_MAX_DEPTH, when it is a directory open above it (a symbolic link loop such as
 * dir/up -> ..: warned and skipped) or when it was walked already under another name (its
 * files are listed from there). Records it as open and walked; -1 when memory runs out. */
static int may_enter(walk_t *w, const char *dir, const struct stat *st, int depth) {
  if (depth > DG_FILES_MAX_DEPTH) {
    dg_diags_add(w->warnings, "%s: directories nested deeper than %d, skipped", dir,
                 DG_FILES_MAX_DEPTH);
    return 0;
  }
  dir_id id = {st->st_dev, st->st_ino};
  for (int i = 0; i < depth; i++)
    if (w->open[i].dev == id.dev && w->open[i].ino == id.ino) {
      dg_diags_add(w->warnings, "%s: symbolic link loop (it is %s again), skipped", dir,
                   w->open_name[i]);
      return 0;
    }
  uint32_t *slot;
  int r = dg_hmap_put(&w->seen, (const char *)&id, sizeof id, 0, &slot);
  if (r <= 0) return r;
  w->open[depth] = id;
  w->open_name[depth] = dir;
  return 1;
}

static int walk(walk_t *w, const char *dir, const struct stat *dst, int depth) {
  int go = may_enter(w, dir, dst, depth);
  if (go <= 0) return go < 0;
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
      if (S_ISDIR(st.st_mode)) oom = walk(w, p, &st, depth + 1);
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

/* Shorter first, then byte order: directories named on the command line are walked in
 * this order, so a directory reached twice is listed under the same names whatever the
 * order of the arguments. */
static int arg_cmp(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  size_t lx = strlen(x), ly = strlen(y);
  return lx != ly ? (lx < ly ? -1 : 1) : strcmp(x, y);
}

/* One path named on the command line: a file (a FIFO too: read as a stream), "-", or a
 * directory walked; anything else (a device, a socket) is left out with a warning. */
static int add_named(walk_t *w, const char *p) {
  struct stat st;
  if (strcmp(p, "-") == 0) return push_found(&w->docs, p);
  if (stat(p, &st) != 0) {
    dg_diags_add(w->problems, "%s: %s", p, strerror(errno));
    return 0;
  }
  if (S_ISDIR(st.st_mode)) return walk(w, p, &st, 0);
  if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode)) return push_found(&w->docs, p);
  dg_diags_add(w->problems, "%s: not a regular file (a device or a socket), skipped", p);
  return 0;
}

dg_err dg_files_list(const char *const *paths, size_t n, dg_file_list *out, dg_diags *problems,
                     dg_error *err) {
  memset(out, 0, sizeof *out);
  dg_diags_init(&out->warnings);
  walk_t w = {.problems = problems, .warnings = &out->warnings};
  dg_hmap_init(&w.seen);
  const char **order = malloc((n ? n : 1) * sizeof *order);
  int oom = !order;
  if (order) memcpy(order, paths, n * sizeof *order);
  if (order && n) qsort(order, n, sizeof *order, arg_cmp);
  for (size_t i = 0; i < n && !oom; i++) oom = add_named(&w, order[i]);
  free(order);
  dg_hmap_destroy(&w.seen);
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
  dg_diags_destroy(&l->warnings);
  memset(l, 0, sizeof *l);
}

dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err) {
  dg_file_list l;
  dg_err r = dg_files_list(paths, n, &l, problems, err);
  if (r != DG_OK) return r;
  dg_files_free(l.skipped, l.nskipped);
  dg_diags_move(problems, &l.warnings);
  dg_diags_destroy(&l.warnings);
  *out = l.files;
  *nout = l.n;
  return DG_OK;
}

void dg_files_free(char **files, size_t n) {
  for (size_t i = 0; files && i < n; i++) free(files[i]);
  free(files);
}
