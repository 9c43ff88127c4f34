/* Tab-separated files with a header row (see tsv.h). The file is read whole and split in
 * place: tabs and newlines become NULs, so fields need no copies. */
#include "base/tsv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dg_err dg_read_stream(FILE *f, const char *name, size_t max, char **data, size_t *len,
                      dg_error *err) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  if (!buf) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", name);
  for (;;) {
    if (cap - n < 4096) {
      if (max && cap > max) break;
      char *p = realloc(buf, cap * 2);
      if (!p) {
        free(buf);
        return dg_error_set(err, DG_ENOMEM, "%s: out of memory", name);
      }
      buf = p;
      cap *= 2;
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if (r == 0) break;
  }
  if (ferror(f)) {
    int e = errno;
    free(buf);
    return dg_error_set(err, DG_EIO, "%s: read error: %s", name, strerror(e));
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return DG_OK;
}

dg_err dg_read_file(const char *path, char **data, size_t *len, dg_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return dg_error_set(err, DG_EIO, "%s: cannot open: %s", path, strerror(errno));
  dg_err r = dg_read_stream(f, path, 0, data, len, err);
  fclose(f);
  return r;
}

static size_t split_fields(char *line, char **out, int *too_many) {
  size_t n = 0;
  *too_many = 0;
  char *p = line;
  for (;;) {
    if (n == DG_TSV_MAX_FIELDS) {
      *too_many = 1;
      break;
    }
    out[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = '\0';
    p = tab + 1;
  }
  return n;
}

/* Cut the next physical line out of the buffer; NULL at the end. */
static char *next_line(dg_tsv *t) {
  if (t->pos >= t->data + t->len) return NULL;
  char *s = t->pos;
  char *nl = memchr(s, '\n', (size_t)(t->data + t->len - s));
  if (nl) {
    *nl = '\0';
    t->pos = nl + 1;
  } else {
    t->pos = t->data + t->len;
  }
  size_t l = strlen(s);
  if (l && s[l - 1] == '\r') s[l - 1] = '\0';
  t->line++;
  return s;
}

static dg_err open_common(dg_tsv *t, dg_error *err) {
  t->pos = t->data;
  if (t->len >= 3 && memcmp(t->data, "\xEF\xBB\xBF", 3) == 0) t->pos += 3;
  char *l;
  while ((l = next_line(t)) && (*l == '\0' || *l == '#')) {
  }
  if (!l) {
    dg_error_set(err, DG_EDICT, "%s: empty file, expected a header row", t->path);
    dg_tsv_close(t);
    return DG_EDICT;
  }
  int tm;
  t->nheader = split_fields(l, t->header, &tm);
  return DG_OK;
}

dg_err dg_tsv_open(dg_tsv *t, const char *path, dg_error *err) {
  memset(t, 0, sizeof *t);
  t->path = strdup(path);
  if (!t->path) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = dg_read_file(path, &t->data, &t->len, err);
  if (r != DG_OK) {
    free(t->path);
    t->path = NULL;
    return r;
  }
  return open_common(t, err);
}

dg_err dg_tsv_open_mem(dg_tsv *t, const char *name, const char *text, size_t len,
                       dg_error *err) {
  memset(t, 0, sizeof *t);
  t->path = strdup(name);
  t->data = malloc(len + 1);
  if (!t->path || !t->data) {
    dg_tsv_close(t);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  memcpy(t->data, text, len);
  t->data[len] = '\0';
  t->len = len;
  return open_common(t, err);
}

int dg_tsv_next(dg_tsv *t) {
  char *l;
  while ((l = next_line(t))) {
    if (*l == '\0' || *l == '#') continue;
    t->nfield = split_fields(l, t->field, &t->too_many);
    return 1;
  }
  t->nfield = 0;
  return 0;
}

int dg_tsv_col(const dg_tsv *t, const char *name) {
  for (size_t i = 0; i < t->nheader; i++)
    if (strcmp(t->header[i], name) == 0) return (int)i;
  return -1;
}

const char *dg_tsv_get(const dg_tsv *t, int col) {
  if (col < 0 || (size_t)col >= t->nfield) return "";
  return t->field[col];
}

void dg_tsv_close(dg_tsv *t) {
  free(t->path);
  free(t->data);
  memset(t, 0, sizeof *t);
}
