/* One document's result: everything the outputs take from a document (the mentions file,
 * the graph, a document's own diagram, the graphs per period, what a summary counts) and
 * nothing more. It is what the corpus store keeps (docs/store.md) and gives back instead of
 * processing an unchanged document again, so the graph is built from results, never from
 * documents. A result made from a processed document borrows its memory (valid while the
 * document lives); one read from a store owns its memory. Invariant: the outputs of a
 * result read back from a store are those of the result it was written from, byte for
 * byte (dg_result_equal compares them field by field). */
#ifndef DOCGRAPH_RESULT_H
#define DOCGRAPH_RESULT_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"

/* A sentence as evidence: its text as written (src bytes, not NUL-terminated), its line
 * in the file and its page (a PDF's; 0 otherwise). */
typedef struct dg_result_sentence {
  const char *text;
  uint32_t len, line, page;
} dg_result_sentence;

/* A mention's text as written (not NUL-terminated). */
typedef struct dg_written {
  const char *text;
  uint32_t len;
} dg_written;

typedef struct dg_result {
  const char *path;    /* as given ("-": stdin) */
  dg_format format;
  const char *read_as; /* dg_doc_read_as: UTF-8, Shift_JIS ..., PDF, Word */
  uint32_t npages;     /* a PDF's pages; 0 otherwise */
  char hash[17];       /* dg_doc.hash: FNV-1a 64 of the file's bytes, hex */
  uint64_t size;       /* the file's bytes */
  dg_when date;        /* the document's own date (not one from a table of dates) */
  const dg_result_sentence *sents;
  size_t nsents;
  const dg_mention *ments; /* in the document's order; strings NUL-terminated */
  const dg_written *surfaces; /* one per mention */
  size_t nments;
  const dg_unit *units;
  size_t nunits;
  const uint32_t *unit_ments;
  size_t nunit_ments;
  const dg_relation *rels;
  size_t nrels;
  const dg_diags *warnings; /* the document's warnings (bad bytes, skipped markup) */
  /* A window of a long document read in windows (batch/windows.c): the document's index
   * of this result's first sentence, mention, unit and relation, all 0 for a whole
   * document. Indices inside the result (a mention's sentence, a relation's ends, a unit's
   * mentions, the arrays' own) are the window's; the sinks add these when they write
   * them, so the document's indices go on from window to window. Positions (raw_start,
   * line, a sentence's line) are the file's already. */
  uint32_t sent_base, ment_base, unit_base, rel_base;
  /* For such a window: the bytes its document's windows aim at (dgw_window_bytes), which
   * the store keeps so that a re-run reuses the document only when it would be read in
   * the same windows; 0 for a whole document. */
  uint64_t window;
  void *own;                /* the memory the result owns */
} dg_result;

/* The result of processed document d, borrowing d's memory (free it with dg_result_free
 * before d). */
dg_err dg_result_of_doc(dg_result *r, const dg_doc *d, dg_error *err);
void dg_result_free(dg_result *r);
/* 1 when a and b are the same result: every field, strings by content (not where they
 * are); 0 otherwise, with the first difference named in why (may be NULL). */
int dg_result_equal(const dg_result *a, const dg_result *b, char *why, size_t n);

#endif
