/* A task on a second thread (see batch/background.h). */
#include "batch/background.h"

#include <string.h>

static void *trampoline(void *arg) {
  dg_background *b = arg;
  b->r = b->fn(b->arg, &b->err);
  return NULL;
}

void dg_background_start(dg_background *b, int threads, dg_task_fn *fn, void *arg) {
  memset(b, 0, sizeof *b);
  b->fn = fn;
  b->arg = arg;
  if (threads > 1 && pthread_create(&b->thread, NULL, trampoline, b) == 0) {
    b->running = 1;
    return;
  }
  trampoline(b);
}

dg_err dg_background_join(dg_background *b, dg_error *err) {
  if (b->running) pthread_join(b->thread, NULL);
  b->running = 0;
  if (b->r != DG_OK && err) *err = b->err;
  return b->r;
}
