/* Bump allocator for per-document strings (see arena.h). Blocks grow geometrically; a
 * request larger than a block gets a block of its own. */
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dg_arena_block {
  dg_arena_block *next;
  size_t used, cap;
  max_align_t data[];
};

void dg_arena_init(dg_arena *a) { a->head = NULL; }

void dg_arena_destroy(dg_arena *a) {
  dg_arena_block *b = a->head;
  while (b) {
    dg_arena_block *n = b->next;
    free(b);
    b = n;
  }
  a->head = NULL;
}

void *dg_arena_alloc(dg_arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) / align * align;
  dg_arena_block *b = a->head;
  if (!b || b->cap - b->used < n) {
    size_t cap = b ? b->cap * 2 : 4096;
    if (cap > (1u << 20)) cap = 1u << 20;
    if (cap < n) cap = n;
    dg_arena_block *nb = malloc(sizeof *nb + cap);
    if (!nb) return NULL;
    nb->used = 0;
    nb->cap = cap;
    nb->next = b;
    a->head = b = nb;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

char *dg_arena_strndup(dg_arena *a, const char *s, size_t n) {
  char *p = dg_arena_alloc(a, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *dg_arena_strdup(dg_arena *a, const char *s) { return dg_arena_strndup(a, s, strlen(s)); }

char *dg_arena_printf(dg_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return NULL;
  char *p = dg_arena_alloc(a, (size_t)n + 1);
  if (!p) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}
