/* The document's token store (see docgraph/tokens.h): one run a sentence, made by the
 * tagger on first use (lazy) or for every sentence with Japanese at once (eager), kept in
 * chunks that never move so a token's address stays good while other sentences are made. */
#include "docgraph/tokens.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "docgraph/segment.h"

/* A chunk holds up to this many tokens (a sentence's run is never split across two). */
#define CHUNK_MIN 256
#define CHUNK_MAX 65536

static const dg_token no_token = {0};
static const dg_sent_toks no_run = {0};

static int has_japanese(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0xE3) { /* kana and kanji all start at U+3000 */
      uint32_t cp;
      if (dg_utf8_decode(s + i, s + n, &cp) && dg_is_japanese(cp)) return 1;
    }
  return 0;
}

/* Room for n tokens in one run: the last chunk's, or a new chunk's. */
static dg_token *room(dg_tokens *t, size_t n) {
  if (t->nchunks && t->cap - t->used >= n) return t->chunks[t->nchunks - 1] + t->used;
  size_t cap = t->cap ? t->cap * 2 : CHUNK_MIN;
  if (cap > CHUNK_MAX) cap = CHUNK_MAX;
  if (cap < n) cap = n;
  dg_token **cs = realloc(t->chunks, (t->nchunks + 1) * sizeof *cs);
  if (!cs) return NULL;
  t->chunks = cs;
  if (!(cs[t->nchunks] = malloc(cap * sizeof **cs))) return NULL;
  t->nchunks++;
  t->used = 0, t->cap = cap;
  return cs[t->nchunks - 1];
}

/* Make sentence i's run (once). A failure is kept for dg_tokens_status; the run is then
 * empty. */
static dg_err make(const dg_doc *d, size_t i, dg_error *err) {
  dg_tokens *t = d->tokens;
  dg_sent_toks *r = &t->sent[i];
  if (r->made) return DG_OK;
  if (!r->japanese || !t->tagger) {
    r->made = !r->japanese; /* detached: not made, reads as none */
    return DG_OK;
  }
  const dg_sentence *s = &d->sents[i];
  const dg_token *v;
  size_t n;
  dg_err e = dg_tagger_sentence(t->tagger, d->text + s->start, s->end - s->start, s->start,
                                &v, &n, err);
  dg_token *to = e == DG_OK ? room(t, n) : NULL;
  if (e == DG_OK && !to) e = dg_error_set(err, DG_ENOMEM, "out of memory");
  r->made = 1;
  if (e != DG_OK) return e;
  memcpy(to, v, n * sizeof *v);
  t->used += n;
  r->v = to, r->n = (uint32_t)n;
  t->made++;
  return DG_OK;
}

/* make, a failure kept in the store (the first one) instead of returned. */
static void make_kept(const dg_doc *d, size_t i) {
  dg_tokens *t = d->tokens;
  if (t->sent[i].made) return;
  dg_error e = {0};
  if (make(d, i, &e) != DG_OK && t->err == DG_OK) {
    t->err = e.code ? e.code : DG_EMECAB;
    t->error = e;
  }
}

dg_err dg_tokens_open(dg_doc *d, dg_tagger *tg, dg_tokens_mode mode, dg_error *err) {
  dg_tokens_free(d);
  dg_tokens *t = calloc(1, sizeof *t);
  if (t) t->sent = calloc(d->nsents ? d->nsents : 1, sizeof *t->sent);
  if (!t || !t->sent) {
    free(t);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  d->tokens = t;
  t->nsents = d->nsents, t->tagger = tg;
  for (size_t i = 0; i < d->nsents; i++) {
    const dg_sentence *s = &d->sents[i];
    t->sent[i].japanese = (uint8_t)has_japanese(d->text + s->start, s->end - s->start);
    t->sent[i].made = !t->sent[i].japanese;
    t->japanese += t->sent[i].japanese;
  }
  for (size_t i = 0; mode == DG_TOKENS_EAGER && i < d->nsents; i++) {
    dg_error e = {0};
    if (make(d, i, &e) != DG_OK) return dg_error_set(err, e.code, "%s: %s", d->path, e.msg);
  }
  return DG_OK;
}

void dg_tokens_detach(dg_doc *d) {
  if (d->tokens) d->tokens->tagger = NULL;
}

dg_err dg_tokens_status(const dg_doc *d, dg_error *err) {
  const dg_tokens *t = d->tokens;
  if (!t || t->err == DG_OK) return DG_OK;
  return dg_error_set(err, t->err, "%s: %s", d->path, t->error.msg);
}

void dg_tokens_free(dg_doc *d) {
  dg_tokens *t = d->tokens;
  if (!t) return;
  for (size_t i = 0; i < t->nchunks; i++) free(t->chunks[i]);
  free(t->chunks);
  free(t->sent);
  free(t);
  d->tokens = NULL;
}

void dg_tokens_count(const dg_doc *d, size_t *japanese, size_t *made) {
  *japanese = d->tokens ? d->tokens->japanese : 0;
  *made = d->tokens ? d->tokens->made : 0;
}

/* Sentence i is the one asked for last: dg_tok reads its run first. */
static void set_last(const dg_doc *d, size_t i) {
  dg_tokens *t = d->tokens;
  t->last = i;
  t->cur = t->sent[i].v, t->cur_n = t->sent[i].n, t->cur_k = d->sents[i].start;
}

/* The index of sentence s in d->sents (s may be a copy of one), or -1. */
static long sentence_index(const dg_doc *d, const dg_sentence *s) {
  uintptr_t off = (uintptr_t)s - (uintptr_t)d->sents;
  if (off < d->nsents * sizeof *s) return (long)(off / sizeof *s);
  dg_tokens *t = d->tokens;
  if (t->copy < d->nsents && d->sents[t->copy].start == s->start) return (long)t->copy;
  long i = dg_doc_sentence_at(d, s->start);
  if (i >= 0) t->copy = (size_t)i;
  return i;
}

/* The sentence that holds offset off, or -1: most often the one a reader asked for last. */
static long sentence_of(const dg_doc *d, uint32_t off) {
  size_t l = d->tokens->last;
  if (l < d->nsents && d->sents[l].start <= off && off < d->sents[l].end) return (long)l;
  return dg_doc_sentence_at(d, off);
}

const dg_sent_toks *dg_sent_run_slow(const dg_doc *d, const dg_sentence *s) {
  if (!d->tokens) return &no_run;
  long i = sentence_index(d, s);
  if (i < 0) return &no_run;
  make_kept(d, (size_t)i);
  set_last(d, (size_t)i);
  return &d->tokens->sent[i];
}

const dg_token *dg_tok_slow(const dg_doc *d, uint32_t k) {
  long i = d->tokens ? sentence_of(d, k) : -1;
  if (i < 0) return &no_token;
  make_kept(d, (size_t)i);
  set_last(d, (size_t)i);
  const dg_sent_toks *r = &d->tokens->sent[i];
  uint32_t at = k - d->sents[i].start;
  return at < r->n ? &r->v[at] : &no_token;
}

int dg_sent_japanese_slow(const dg_doc *d, const dg_sentence *s) {
  if (!d->tokens) return 0;
  long i = sentence_index(d, s);
  return i >= 0 && d->tokens->sent[i].japanese;
}

long dg_doc_token_at(const dg_doc *d, uint32_t off) {
  long i = d->tokens ? sentence_of(d, off) : -1;
  if (i < 0 || !d->tokens->sent[i].japanese) return -1;
  const dg_sent_toks *r = dg_sent_run(d, &d->sents[i]);
  set_last(d, (size_t)i); /* dg_tok of the answer finds it at once */
  size_t lo = 0, hi = r->n;
  while (lo < hi) { /* the first token ending after off */
    size_t mid = (lo + hi) / 2;
    if (r->v[mid].end <= off) lo = mid + 1;
    else hi = mid;
  }
  if (lo < r->n && r->v[lo].start <= off) return (long)(d->sents[i].start + lo);
  return -1;
}

int dg_doc_token_boundary(const dg_doc *d, uint32_t off) {
  long k = dg_doc_token_at(d, off);
  return k < 0 || dg_tok(d, (uint32_t)k)->start == off;
}

long dg_doc_token_after(const dg_doc *d, long k, uint32_t limit) {
  long i = k >= 0 && d->tokens ? sentence_of(d, (uint32_t)k) : -1;
  if (i < 0) return -1;
  const dg_sent_toks *r = dg_sent_run(d, &d->sents[i]);
  uint32_t at = (uint32_t)k - d->sents[i].start;
  if (at + 1 < r->n) return r->v[at + 1].start < limit ? k + 1 : -1;
  for (size_t j = (size_t)i + 1; j < d->nsents; j++) {
    if (!d->tokens->sent[j].japanese) continue;
    if (d->sents[j].start >= limit) return -1; /* its tokens start later still */
    r = dg_sent_run(d, &d->sents[j]);
    if (r->n) return r->v[0].start < limit ? (long)d->sents[j].start : -1;
  }
  return -1;
}
