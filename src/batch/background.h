/* One task on a second thread while the caller goes on, joined before its result is
 * needed: `docgraph run -j2` writes the graph files this way while the views are drawn.
 * With one thread (or when no thread can be started) the task runs at once, in the
 * caller, so the order of work is that of a plain sequence. */
#ifndef DG_BATCH_BACKGROUND_H
#define DG_BATCH_BACKGROUND_H

#include <pthread.h>

#include "docgraph/error.h"

typedef dg_err dg_task_fn(void *arg, dg_error *err);

typedef struct dg_background {
  pthread_t thread;
  int running; /* on its thread, not yet joined */
  dg_task_fn *fn;
  void *arg;
  dg_err r;
  dg_error err;
} dg_background;

/* Run fn(arg) on a thread of its own when threads > 1, else now. */
void dg_background_start(dg_background *b, int threads, dg_task_fn *fn, void *arg);
/* Wait for the task (if started and not yet joined); its result, its message into err. */
dg_err dg_background_join(dg_background *b, dg_error *err);

#endif
