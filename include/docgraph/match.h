/* The dictionary matcher: one trie over every surface of every dictionary.
 * Longest leftmost match on the normalized text. A match must not cut a word: Latin
 * surfaces need word boundaries (US never matches in USD), and where a match edge falls
 * between two Japanese characters it must be a MeCab token boundary (タイ never matches in
 * タイトル). When the longest candidate at a position fails, shorter ones are tried. */
#ifndef DOCGRAPH_MATCH_H
#define DOCGRAPH_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/dict.h"

typedef struct dg_matcher dg_matcher;

typedef struct dg_match {
  uint32_t start, end;
  uint32_t entity;  /* dictionary entity index */
  uint32_t surface; /* dictionary surface index */
  uint8_t flags;    /* the surface's DG_SURF_* flags */
} dg_match;

dg_err dg_matcher_build(const dg_dict *d, dg_matcher **out, dg_error *err);
void dg_matcher_free(dg_matcher *m);
size_t dg_matcher_states(const dg_matcher *m);

/* All matches in the document's text, in order, not overlapping. Uses the document's
 * tokens for the Japanese edge test (a document without tokens vetoes nothing).
 * Compound-only surfaces (abbr1) are returned too, flagged, for the caller to accept or
 * drop. The caller frees *out. */
dg_err dg_matcher_scan(const dg_matcher *m, const dg_doc *doc, dg_match **out, size_t *n,
                       dg_error *err);

/* Every type, stop entries included. */
#define DG_MATCH_ALL (((1u << DG_TYPE_COUNT) - 1) | (1u << DG_TYPE_COUNT))
/* Stop entries take part in a restricted scan too when this bit is in `types`. */
#define DG_MATCH_STOPS (1u << DG_TYPE_COUNT)

/* Matches inside text[start, end) of the document only, other than the whole range, of
 * the entity types in `types` (bits 1 << dg_type, plus DG_MATCH_STOPS): a second look
 * inside a long name. Edges at start and end are tested like any other. */
dg_err dg_matcher_scan_range(const dg_matcher *m, const dg_doc *doc, uint32_t start,
                             uint32_t end, uint32_t types, dg_match **out, size_t *n,
                             dg_error *err);

/* The same on bare text with no token information (benchmarks, tools). */
dg_err dg_matcher_scan_text(const dg_matcher *m, const char *text, size_t len, dg_match **out,
                            size_t *n, dg_error *err);

#endif
