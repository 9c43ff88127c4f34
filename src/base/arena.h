/* dg_arena: a bump allocator for the many small strings a document mints (ids, labels).
 * Everything allocated lives until dg_arena_destroy; nothing is freed one by one. */
#ifndef DG_ARENA_H
#define DG_ARENA_H

#include <stddef.h>

typedef struct dg_arena_block dg_arena_block;
typedef struct dg_arena {
  dg_arena_block *head;
} dg_arena;

void dg_arena_init(dg_arena *a);
void dg_arena_destroy(dg_arena *a);
void *dg_arena_alloc(dg_arena *a, size_t n);
/* Copy n bytes and NUL-terminate; NULL when memory runs out. */
char *dg_arena_strndup(dg_arena *a, const char *s, size_t n);
char *dg_arena_strdup(dg_arena *a, const char *s);
char *dg_arena_printf(dg_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
