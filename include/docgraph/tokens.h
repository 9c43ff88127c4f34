/* A document's MeCab tokens, read through one interface, made eagerly or on first use.
 * Every reader of tokens (the matcher, the names rules, relate) asks here, never the store
 * behind it: sentence s's tokens have the indices [dg_sent_tok0, dg_sent_tokend), dg_tok
 * gives one, dg_doc_token_at (doc.h) the one at an offset, dg_doc_token_after the next in
 * the text. Invariant: a sentence's tokens are what MeCab makes of that sentence alone
 * (a sentence without Japanese has none), whether they were made before any rule ran
 * (DG_TOKENS_EAGER, every sentence with Japanese) or the first time a reader asked
 * (DG_TOKENS_LAZY): every reader sees the same tokens in either mode, so the output is the
 * same. An index is the sentence's start offset plus the token's place in it (a sentence
 * of n bytes has at most n tokens), so indices rise in text order across sentences and a
 * rule's `k >= dg_sent_tok0` keeps meaning "still in this sentence"; tokens never move once
 * made (a rule may hold a pointer while another sentence is tokenized). The store is the
 * document's, filled through a const dg_doc: a cache no reader can tell from eager. */
#ifndef DOCGRAPH_TOKENS_H
#define DOCGRAPH_TOKENS_H

#include <stdint.h>

#include "docgraph/doc.h"

typedef struct dg_tagger dg_tagger;

/* Eager is the default: the rules read every sentence with Japanese today (the matcher's
 * boundaries 80 % of their bytes, the names rules the rest), so lazy makes the same
 * tokens; it pays once a rule asks only where it decides (bench/RESULTS.md, Lazy tokens). */
typedef enum dg_tokens_mode {
  DG_TOKENS_EAGER = 0, /* every sentence with Japanese tokenized before recognition */
  DG_TOKENS_LAZY       /* a sentence tokenized when a reader first asks */
} dg_tokens_mode;

/* One sentence's tokens: v[0 .. n) once made. */
typedef struct dg_sent_toks {
  const dg_token *v;
  uint32_t n;
  uint8_t japanese; /* has kana or kanji: tokens to make */
  uint8_t made;     /* tokenized (or has nothing to tokenize) */
} dg_sent_toks;

/* The store (src/lex/tokens.c): one dg_sent_toks a sentence, the tokens in chunks that never
 * move, the tagger that makes them while the document is in the pipeline. */
typedef struct dg_tokens {
  dg_sent_toks *sent; /* nsents of them */
  size_t nsents;
  dg_tagger *tagger; /* NULL once detached: nothing more is made */
  size_t last;       /* the sentence a reader asked for last, and its run: */
  const dg_token *cur; /* its tokens, cur_n of them, the first's index cur_k */
  uint32_t cur_k, cur_n;
  size_t copy;         /* the sentence a copy (not a pointer into d->sents) named last */
  dg_token **chunks;
  size_t nchunks, used, cap; /* used and cap: of the last chunk */
  size_t japanese, made;     /* sentences with Japanese; of them, tokenized */
  dg_err err;                /* the first failure to make tokens, and its message */
  dg_error error;
} dg_tokens;

/* Set up d's store after its sentences (DG_TOKENS_EAGER: tokenize now) with tagger t, which
 * must outlive the document's use of tokens or be detached (dg_tokens_detach). */
dg_err dg_tokens_open(dg_doc *d, dg_tagger *t, dg_tokens_mode mode, dg_error *err);
/* No more tokens made for d (they read as none where not made yet). */
void dg_tokens_detach(dg_doc *d);
/* The first failure to make tokens lazily (MeCab, memory), or DG_OK. */
dg_err dg_tokens_status(const dg_doc *d, dg_error *err);
/* Free d's store (d->tokens NULL). */
void dg_tokens_free(dg_doc *d);
/* How many sentences have Japanese and how many of them were tokenized. */
void dg_tokens_count(const dg_doc *d, size_t *japanese, size_t *made);

/* Sentence s's run, made if not yet (s points into d->sents, or is a copy of one). */
const dg_sent_toks *dg_sent_run_slow(const dg_doc *d, const dg_sentence *s);
/* Token k, its sentence made if not yet; an empty token when k is none. */
const dg_token *dg_tok_slow(const dg_doc *d, uint32_t k);

static inline const dg_sent_toks *dg_sent_run(const dg_doc *d, const dg_sentence *s) {
  const dg_tokens *t = d->tokens;
  if (!t) return dg_sent_run_slow(d, s);
  uintptr_t off = (uintptr_t)s - (uintptr_t)d->sents;
  size_t i = off < d->nsents * sizeof *s ? off / sizeof *s : t->copy;
  if (i < t->nsents && t->sent[i].made && d->sents[i].start == s->start) return &t->sent[i];
  return dg_sent_run_slow(d, s);
}
/* The index of sentence s's first token (s points into d->sents or is a copy of one). */
static inline uint32_t dg_sent_tok0(const dg_doc *d, const dg_sentence *s) {
  (void)d;
  return s->start;
}
/* How many tokens sentence s has (made now if not yet). */
static inline uint32_t dg_sent_ntok(const dg_doc *d, const dg_sentence *s) {
  return dg_sent_run(d, s)->n;
}
/* One past the index of sentence s's last token. */
static inline uint32_t dg_sent_tokend(const dg_doc *d, const dg_sentence *s) {
  return dg_sent_tok0(d, s) + dg_sent_ntok(d, s);
}
/* Token k (an index a sentence's range gave). */
static inline const dg_token *dg_tok(const dg_doc *d, uint32_t k) {
  const dg_tokens *t = d->tokens;
  if (t && k - t->cur_k < t->cur_n) return &t->cur[k - t->cur_k];
  return dg_tok_slow(d, k);
}
/* Does sentence s have Japanese (so tokens)? Tokenizes nothing. */
int dg_sent_japanese_slow(const dg_doc *d, const dg_sentence *s);
static inline int dg_sent_japanese(const dg_doc *d, const dg_sentence *s) {
  uintptr_t off = (uintptr_t)s - (uintptr_t)d->sents;
  if (d->tokens && off < d->nsents * sizeof *s) return d->tokens->sent[off / sizeof *s].japanese;
  return dg_sent_japanese_slow(d, s);
}
/* Are there tokens in the document (a sentence with Japanese, and a store not let go)? */
static inline int dg_doc_has_tokens(const dg_doc *d) {
  return d->tokens && d->tokens->japanese > 0;
}
/* Index of the token that contains `off`, or -1 (its sentence made if not yet). */
long dg_doc_token_at(const dg_doc *d, uint32_t off);
/* True when no MeCab token straddles `off`. */
int dg_doc_token_boundary(const dg_doc *d, uint32_t off);
/* The token after token k in the text, in its sentence or the next with Japanese, if it
 * starts before `limit`; else -1. */
long dg_doc_token_after(const dg_doc *d, long k, uint32_t limit);

#endif
