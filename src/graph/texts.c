/* The pool's sentences read back (see graph/graph_int.h, sentpool): their bytes wait in
 * the graph's spool (base/spool.h, a temporary file) from the merge onwards and come back
 * into the caller's buffer when an output writes them. Invariant: what is read is what
 * accumulate.c and put.c appended, and a sentence of a document without a stored
 * "path:line" gets the one dg_where makes of its document, page and line (cut at
 * WHERE_MAX bytes, as when the graph kept it). */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "graph/graph_int.h"

#define WHERE_MAX 1200

/* b with room for n bytes; 0 or -1. */
static int room(dg_textbuf *b, size_t n) { return dg_vec_grow((void **)&b->s, &b->cap, n, 1); }

/* n bytes at `at` of g's spool into b, terminated; b->s or NULL. */
static const char *read_back(const dg_graph *g, uint64_t at, size_t n, dg_textbuf *b,
                             dg_error *err) {
  if (room(b, n + 1)) {
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  if (dg_spool_read(g->texts, at, n, b->s, err) != DG_OK) return NULL;
  b->s[n] = '\0';
  return b->s;
}

const char *dg_graph_sentence_text(const dg_graph *g, uint32_t sent, dg_textbuf *b,
                                   dg_error *err) {
  if (sent == DG_SENTENCE_NONE) return room(b, 1) ? NULL : (b->s[0] = '\0', b->s);
  const sentpool *p = &g->pool;
  return read_back(g, p->at.v[sent] + p->wlens.v[sent], p->tlens.v[sent], b, err);
}

const char *dg_graph_sentence_where(const dg_graph *g, uint32_t sent, dg_textbuf *b,
                                    dg_error *err) {
  if (sent == DG_SENTENCE_NONE) return room(b, 1) ? NULL : (b->s[0] = '\0', b->s);
  const sentpool *p = &g->pool;
  if (p->wlens.v[sent]) return read_back(g, p->at.v[sent], p->wlens.v[sent], b, err);
  if (p->docs.v[sent] >= g->docs.n) return room(b, 1) ? NULL : (b->s[0] = '\0', b->s);
  if (room(b, WHERE_MAX)) {
    dg_error_set(err, DG_ENOMEM, "out of memory");
    return NULL;
  }
  dg_where(b->s, WHERE_MAX, g->docs.v[p->docs.v[sent]], p->pages.v[sent], p->lines.v[sent]);
  return b->s;
}

dg_err dg_graph_texts_failed(const dg_graph *g, dg_error *err) {
  return dg_spool_failed(g->texts, err);
}
