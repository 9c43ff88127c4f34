/* Batches (see docgraph/batch.h).
 * A batch runs `threads` workers over a window of slots: worker k takes the next file,
 * processes it with its own tagger and parks the result in slot i % window; the consumer
 * takes slot after slot in file order. The window bounds memory to a few documents. */
#include "docgraph/batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "batch/windows.h"
#include "docgraph/source.h"

enum { SLOT_EMPTY = 0, SLOT_READY };

typedef struct {
  int state;
  int reused; /* loaded only: the reuse test said its result is known */
  dg_doc *doc;
  dg_err code;
  dg_error err;
} slot_t;

struct dg_batch {
  const dg_pipeline *p;
  char *const *files;
  size_t n;
  int nthreads;
  pthread_t *th;
  int started;
  pthread_mutex_t mu;
  pthread_cond_t cv_done, cv_space;
  size_t next_take, next_give, window;
  slot_t *slots;
  int stop;
  dg_tagger *own; /* the tagger of a single-threaded batch */
  const char *encoding;
  dg_batch_reuse reuse;
};

static void process(const dg_batch *b, dg_tagger *t, const char *path, slot_t *s) {
  const dg_pipeline *p = b->p;
  s->doc = calloc(1, sizeof *s->doc);
  if (!s->doc) {
    s->code = dg_error_set(&s->err, DG_ENOMEM, "%s: out of memory", path);
    return;
  }
  dg_doc_init(s->doc);
  dg_format fmt;
  if (b->reuse.long_over && dgw_is_long(path, b->reuse.long_over, b->encoding, &fmt))
    s->code = dgw_load(s->doc, path, fmt, &s->err); /* read in windows by the caller */
  else
    s->code = dg_source_load(s->doc, path, DG_FMT_AUTO, &s->err);
  s->doc->encoding = b->encoding;
  if (s->code == DG_OK && b->reuse.given) b->reuse.given(b->reuse.arg, s->doc);
  if (s->code == DG_OK && b->reuse.test && b->reuse.test(b->reuse.arg, s->doc)) {
    s->reused = 1;
    return;
  }
  if (s->code == DG_OK && s->doc->in_windows) return;
  if (s->code == DG_OK) s->code = dg_pipeline_doc(p, t, s->doc, &s->err);
  if (s->code == DG_OK) dg_doc_settle(s->doc); /* only its result is read from here on */
  if (s->code != DG_OK) {
    dg_doc_destroy(s->doc);
    free(s->doc);
    s->doc = NULL;
  }
}

static void *worker(void *arg) {
  dg_batch *b = arg;
  dg_tagger *t = NULL;
  dg_error terr;
  dg_err tcode = dg_tagger_new(dg_pipeline_mecab(b->p), &t, &terr);
  for (;;) {
    pthread_mutex_lock(&b->mu);
    while (!b->stop && b->next_take < b->n && b->next_take >= b->next_give + b->window)
      pthread_cond_wait(&b->cv_space, &b->mu);
    if (b->stop || b->next_take >= b->n) {
      pthread_mutex_unlock(&b->mu);
      break;
    }
    size_t i = b->next_take++;
    pthread_mutex_unlock(&b->mu);
    slot_t s = {0};
    if (tcode != DG_OK) {
      s.code = tcode;
      s.err = terr;
    } else {
      process(b, t, b->files[i], &s);
    }
    s.state = SLOT_READY;
    pthread_mutex_lock(&b->mu);
    b->slots[i % b->window] = s;
    pthread_cond_broadcast(&b->cv_done);
    pthread_mutex_unlock(&b->mu);
  }
  dg_tagger_free(t);
  return NULL;
}

dg_err dg_batch_open(dg_batch **out, const dg_pipeline *p, char *const *files, size_t n,
                     int threads, const char *encoding, dg_error *err) {
  return dg_batch_open_reuse(out, p, files, n, threads, encoding, NULL, err);
}

dg_err dg_batch_open_reuse(dg_batch **out, const dg_pipeline *p, char *const *files, size_t n,
                           int threads, const char *encoding, const dg_batch_reuse *reuse,
                           dg_error *err) {
  dg_batch *b = calloc(1, sizeof *b);
  if (!b) return dg_error_set(err, DG_ENOMEM, "out of memory");
  if (reuse) b->reuse = *reuse;
  b->p = p;
  b->encoding = encoding;
  b->files = files;
  b->n = n;
  b->nthreads = threads < 1 ? 1 : threads;
  if ((size_t)b->nthreads > n) b->nthreads = n ? (int)n : 1;
  if (b->nthreads == 1) {
    dg_err r = dg_tagger_new(dg_pipeline_mecab(p), &b->own, err);
    if (r != DG_OK) {
      free(b);
      return r;
    }
    *out = b;
    return DG_OK;
  }
  b->window = (size_t)b->nthreads * 2;
  b->slots = calloc(b->window, sizeof *b->slots);
  b->th = calloc((size_t)b->nthreads, sizeof *b->th);
  if (!b->slots || !b->th) {
    free(b->slots);
    free(b->th);
    free(b);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  pthread_mutex_init(&b->mu, NULL);
  pthread_cond_init(&b->cv_done, NULL);
  pthread_cond_init(&b->cv_space, NULL);
  for (int k = 0; k < b->nthreads; k++) {
    if (pthread_create(&b->th[k], NULL, worker, b) != 0) break;
    b->started++;
  }
  if (!b->started) {
    dg_batch_close(b);
    return dg_error_set(err, DG_ENOMEM, "cannot start worker threads");
  }
  *out = b;
  return DG_OK;
}

int dg_batch_next(dg_batch *b, dg_doc **doc, dg_error *err) {
  *doc = NULL;
  if (b->own) {
    if (b->next_give >= b->n) return 0;
    slot_t s = {0};
    process(b, b->own, b->files[b->next_give++], &s);
    *doc = s.doc;
    if (!s.doc && err) *err = s.err;
    return s.reused ? 2 : 1;
  }
  pthread_mutex_lock(&b->mu);
  if (b->next_give >= b->n) {
    pthread_mutex_unlock(&b->mu);
    return 0;
  }
  slot_t *s = &b->slots[b->next_give % b->window];
  while (s->state != SLOT_READY) pthread_cond_wait(&b->cv_done, &b->mu);
  *doc = s->doc;
  if (!s->doc && err) *err = s->err;
  int rc = s->reused ? 2 : 1;
  memset(s, 0, sizeof *s);
  b->next_give++;
  pthread_cond_broadcast(&b->cv_space);
  pthread_mutex_unlock(&b->mu);
  return rc;
}

void dg_batch_release(dg_batch *b, dg_doc *doc) {
  (void)b;
  if (!doc) return;
  dg_doc_destroy(doc);
  free(doc);
}

void dg_batch_close(dg_batch *b) {
  if (!b) return;
  if (b->own) {
    dg_tagger_free(b->own);
    free(b);
    return;
  }
  pthread_mutex_lock(&b->mu);
  b->stop = 1;
  pthread_cond_broadcast(&b->cv_space);
  pthread_mutex_unlock(&b->mu);
  for (int k = 0; k < b->started; k++) pthread_join(b->th[k], NULL);
  for (size_t i = 0; i < b->window; i++)
    if (b->slots[i].doc) dg_batch_release(b, b->slots[i].doc);
  pthread_mutex_destroy(&b->mu);
  pthread_cond_destroy(&b->cv_done);
  pthread_cond_destroy(&b->cv_space);
  free(b->slots);
  free(b->th);
  free(b);
}
