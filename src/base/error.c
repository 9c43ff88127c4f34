/* Error records and warning lists (see docgraph/error.h). */
#include "docgraph/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dg_err dg_error_set(dg_error *e, dg_err code, const char *fmt, ...) {
  if (e) {
    va_list ap;
    va_start(ap, fmt);
    e->code = code;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
  }
  return code;
}

const char *dg_err_name(dg_err code) {
  switch (code) {
  case DG_OK: return "ok";
  case DG_ENOMEM: return "out of memory";
  case DG_EIO: return "i/o error";
  case DG_EINPUT: return "bad input";
  case DG_EDICT: return "bad dictionary";
  case DG_EMECAB: return "MeCab error";
  case DG_EGRAPH: return "graph error";
  case DG_EUSAGE: return "usage error";
  case DG_ENOTFOUND: return "not found";
  case DG_EUNAVAIL: return "unavailable";
  }
  return "unknown error";
}

void dg_diags_init(dg_diags *d) { memset(d, 0, sizeof *d); }

void dg_diags_destroy(dg_diags *d) {
  for (size_t i = 0; i < d->n; i++) free(d->msgs[i]);
  free(d->msgs);
  memset(d, 0, sizeof *d);
}

static int diags_push(dg_diags *d, char *m) {
  if (d->n == d->cap) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    char **p = realloc(d->msgs, cap * sizeof *p);
    if (!p) return -1;
    d->msgs = p;
    d->cap = cap;
  }
  d->msgs[d->n++] = m;
  return 0;
}

void dg_diags_add(dg_diags *d, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  char *m = malloc((size_t)n + 1);
  if (!m) return;
  va_start(ap, fmt);
  vsnprintf(m, (size_t)n + 1, fmt, ap);
  va_end(ap);
  if (diags_push(d, m) != 0) free(m);
}

void dg_diags_move(dg_diags *to, dg_diags *from) {
  for (size_t i = 0; i < from->n; i++)
    if (diags_push(to, from->msgs[i]) != 0) free(from->msgs[i]);
  free(from->msgs);
  memset(from, 0, sizeof *from);
}
