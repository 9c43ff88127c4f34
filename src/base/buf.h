/* dg_buf: a growable byte string, always NUL-terminated after dg_buf_* calls.
 * Used by writers and text builders. Functions return 0, or -1 when memory runs out; a
 * buffer that failed once stays failed (`oom` set) so callers may check once at the end. */
#ifndef DG_BUF_H
#define DG_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct dg_buf {
  char *data;
  size_t len, cap;
  int oom;
} dg_buf;

void dg_buf_init(dg_buf *b);
void dg_buf_destroy(dg_buf *b);
void dg_buf_clear(dg_buf *b);
int dg_buf_reserve(dg_buf *b, size_t extra);
int dg_buf_add(dg_buf *b, const void *p, size_t n);
int dg_buf_adds(dg_buf *b, const char *s);
int dg_buf_addc(dg_buf *b, char c);
int dg_buf_printf(dg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int dg_buf_vprintf(dg_buf *b, const char *fmt, va_list ap);
/* Give the data to the caller (who frees it) and reset the buffer. */
char *dg_buf_steal(dg_buf *b);

/* A growable array of elements of one type: DG_VEC(int) v = {0}; DG_PUSH(v, 3). */
#define DG_VEC(T)                                                                          \
  struct {                                                                                 \
    T *v;                                                                                  \
    size_t n, cap;                                                                         \
  }
int dg_vec_grow(void **v, size_t *cap, size_t need, size_t elem);
/* Let go of the room past the n elements in use (a vector done growing: doubling leaves up
 * to half of it unused); it stays as it is when memory cannot be moved. */
void dg_vec_fit(void **v, size_t *cap, size_t n, size_t elem);
#define DG_FIT(vec) dg_vec_fit((void **)&(vec).v, &(vec).cap, (vec).n, sizeof *(vec).v)
#define DG_PUSH(vec, x)                                                                    \
  (((vec).n < (vec).cap ||                                                                 \
    dg_vec_grow((void **)&(vec).v, &(vec).cap, (vec).n + 1, sizeof *(vec).v) == 0)         \
       ? ((vec).v[(vec).n++] = (x), 0)                                                     \
       : -1)

#endif
