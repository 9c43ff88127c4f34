/* docgraph error codes and messages.
 * Every library function that can fail returns a dg_err and, when it fails, fills a
 * caller-provided dg_error with a one-line message that names the path (and line).
 * Non-fatal problems (a bad byte, a skipped table cell) go to a dg_diags list instead, so
 * the caller decides whether and how to print them. The library never prints. */
#ifndef DOCGRAPH_ERROR_H
#define DOCGRAPH_ERROR_H

#include <stddef.h>

typedef enum dg_err {
  DG_OK = 0,
  DG_ENOMEM,  /* out of memory */
  DG_EIO,     /* a file could not be read or written */
  DG_EINPUT,  /* a document is unusable: not text, bad markup */
  DG_EDICT,   /* a dictionary or rule list is invalid */
  DG_EMECAB,  /* the MeCab model is missing or failed */
  DG_EGRAPH,  /* igraph or Graphviz failed */
  DG_EUSAGE,  /* a caller passed a bad argument or option */
  DG_ENOTFOUND, /* a requested entity, file or format does not exist */
  DG_EUNAVAIL   /* something docgraph needs is missing: the dictionary directory */
} dg_err;

typedef struct dg_error {
  dg_err code;
  char msg[1024];
} dg_error;

/* Record `code` with a printf-style message in `e` (which may be NULL); returns `code`. */
dg_err dg_error_set(dg_error *e, dg_err code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
const char *dg_err_name(dg_err code);

/* A growable list of one-line warnings. */
typedef struct dg_diags {
  char **msgs;
  size_t n, cap;
} dg_diags;

void dg_diags_init(dg_diags *d);
void dg_diags_destroy(dg_diags *d);
/* Append a warning; silently drops it when memory runs out (warnings are best effort). */
void dg_diags_add(dg_diags *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Move every message of `from` to the end of `to`. */
void dg_diags_move(dg_diags *to, dg_diags *from);

#endif
