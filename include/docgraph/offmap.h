/* An offset map from a UTF-8 text to the text it was made from (the normalized text to its
 * source), kept as runs instead of one entry a byte.
 * Every byte of a character of the text maps where that character's start maps; a
 * character start c in the run k that begins at text offset at maps to its to + (c - at),
 * so a text copied as it is costs one run, and a break is kept only where the two texts
 * stop moving in step (a folded character, a dropped space). Invariant: the runs' `at`
 * strictly increase, and dg_offmap_at gives what a map of one uint32_t a byte (len+1 entries, the
 * last the source's length) would give. */
#ifndef DOCGRAPH_OFFMAP_H
#define DOCGRAPH_OFFMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct dg_offmap_run {
  uint32_t at; /* text offset where the run starts */
  uint32_t to; /* source offset of that text offset */
} dg_offmap_run;

typedef struct dg_offmap {
  dg_offmap_run *runs;
  size_t n, cap;
} dg_offmap;

/* Text offset t, a character start, maps to source offset s (characters put in text
 * order). Returns 0, or -1 when memory runs out. */
int dg_offmap_put(dg_offmap *m, uint32_t t, uint32_t s);
/* Does the last run already say that t maps to s (dg_offmap_put then has nothing to do)?
 * Inline: a normalizer asks it for every character. */
static inline int dg_offmap_goes_on(const dg_offmap *m, uint32_t t, uint32_t s) {
  return m->n && m->runs[m->n - 1].to + (t - m->runs[m->n - 1].at) == s;
}
/* The source offset of text offset t of text (any byte of a character, or its length). */
uint32_t dg_offmap_at(const dg_offmap *m, const char *text, uint32_t t);
/* A cursor for a pass over the text in order: the run of the last lookup. */
typedef struct dg_offmap_cursor {
  size_t k;
} dg_offmap_cursor;
/* dg_offmap_at for a character start t not before the last one asked through c. */
uint32_t dg_offmap_next(const dg_offmap *m, dg_offmap_cursor *c, uint32_t t);
/* Let go of the room past the runs in use. */
void dg_offmap_fit(dg_offmap *m);
void dg_offmap_free(dg_offmap *m);

#endif
