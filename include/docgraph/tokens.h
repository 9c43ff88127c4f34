/* A document's MeCab tokens, read through one interface.
 * Every reader of tokens (the matcher, the names rules, relate) asks here, never the
 * arrays behind it: sentence s's tokens have the indices [dg_sent_tok0, dg_sent_tokend),
 * dg_tok gives one. Invariant: the tokens of a sentence are what MeCab makes of that
 * sentence alone, and a sentence without Japanese has none. */
#ifndef DOCGRAPH_TOKENS_H
#define DOCGRAPH_TOKENS_H

#include "docgraph/doc.h"

/* The index of sentence s's first token (s points into d->sents). */
static inline uint32_t dg_sent_tok0(const dg_doc *d, const dg_sentence *s) {
  (void)d;
  return s->tok0;
}
/* How many tokens sentence s has. */
static inline uint32_t dg_sent_ntok(const dg_doc *d, const dg_sentence *s) {
  (void)d;
  return s->ntok;
}
/* One past the index of sentence s's last token. */
static inline uint32_t dg_sent_tokend(const dg_doc *d, const dg_sentence *s) {
  return dg_sent_tok0(d, s) + dg_sent_ntok(d, s);
}
/* Token k (an index a sentence's range gave). */
static inline const dg_token *dg_tok(const dg_doc *d, uint32_t k) { return &d->toks[k]; }
/* Does sentence s have Japanese (so tokens)? */
static inline int dg_sent_japanese(const dg_doc *d, const dg_sentence *s) {
  return dg_sent_ntok(d, s) > 0;
}
/* Are there tokens in the document (a sentence with Japanese, tokenized)? */
static inline int dg_doc_has_tokens(const dg_doc *d) { return d->ntoks > 0; }
/* The token after token k in the text, in its sentence or the next with Japanese, if it
 * starts before `limit`; else -1. */
static inline long dg_doc_token_after(const dg_doc *d, long k, uint32_t limit) {
  if (k < 0 || (size_t)k + 1 >= d->ntoks || d->toks[k + 1].start >= limit) return -1;
  return k + 1;
}

#endif
