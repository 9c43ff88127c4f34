/* Growable byte strings and arrays (see buf.h). */
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_buf_init(dg_buf *b) { memset(b, 0, sizeof *b); }

void dg_buf_destroy(dg_buf *b) {
  free(b->data);
  memset(b, 0, sizeof *b);
}

void dg_buf_clear(dg_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

int dg_buf_reserve(dg_buf *b, size_t extra) {
  if (b->oom) return -1;
  if (b->len + extra + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    b->oom = 1;
    return -1;
  }
  b->data = p;
  b->cap = cap;
  return 0;
}

int dg_buf_add(dg_buf *b, const void *p, size_t n) {
  if (dg_buf_reserve(b, n) != 0) return -1;
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int dg_buf_adds(dg_buf *b, const char *s) { return dg_buf_add(b, s, strlen(s)); }

int dg_buf_addc(dg_buf *b, char c) { return dg_buf_add(b, &c, 1); }

int dg_buf_vprintf(dg_buf *b, const char *fmt, va_list ap) {
  va_list cp;
  va_copy(cp, ap);
  int n = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  if (n < 0 || dg_buf_reserve(b, (size_t)n) != 0) return -1;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return 0;
}

int dg_buf_printf(dg_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = dg_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return r;
}

char *dg_buf_steal(dg_buf *b) {
  char *p = b->data;
  if (!p && !b->oom) p = calloc(1, 1);
  memset(b, 0, sizeof *b);
  return p;
}

void dg_vec_fit(void **v, size_t *cap, size_t n, size_t elem) {
  if (n >= *cap) return;
  if (!n) {
    free(*v);
    *v = NULL;
    *cap = 0;
    return;
  }
  void *p = realloc(*v, n * elem);
  if (!p) return;
  *v = p;
  *cap = n;
}

int dg_vec_grow(void **v, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 8;
  while (c < need) c *= 2;
  void *p = realloc(*v, c * elem);
  if (!p) return -1;
  *v = p;
  *cap = c;
  return 0;
}
