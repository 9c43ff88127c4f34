/* Text normalization for matching.
 * dg_normalize folds each character to its NFKC form (ＡＳＥＡＮ -> ASEAN, ２．８ -> 2.8,
 * half-width ｶﾀｶﾅ -> full width, U+3000 and U+00A0 -> space), folds dashes, curly
 * quotes and guillemets (« ») to ASCII, turns CRLF and lone CR into LF, drops BOM and zero-width characters,
 * keeps circled numbers (①) that documents use as bullets, makes katakana the hiragana
 * look-alikes written inside a katakana word (べトナム -> ベトナム: べ, ぺ, り only beside
 * katakana letters), and replaces invalid UTF-8 by U+FFFD. The map gives, for each
 * output byte, the input offset of the character it came from (len+1 entries; the last is
 * the input length), so spans found in the output point back at the input bytes. */
#ifndef DOCGRAPH_NORMALIZE_H
#define DOCGRAPH_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/error.h"
#include "docgraph/offmap.h"

typedef struct dg_norm {
  char *text; /* NUL-terminated */
  size_t len;
  dg_offmap map;
  size_t nbad;       /* invalid bytes replaced */
  size_t first_bad;  /* input offset of the first one */
} dg_norm;

dg_err dg_normalize(const char *in, size_t n, dg_norm *out, dg_error *err);
void dg_norm_destroy(dg_norm *n);

#endif
