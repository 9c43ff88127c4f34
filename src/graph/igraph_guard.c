/* The library contract with igraph (see graph/igraph_guard.h).
 * igraph 0.10 calls the error handler once where an error arises and once more at every
 * level it propagates through (with an empty reason). Its documentation asks a handler
 * that does not abort to free the temporaries (IGRAPH_FINALLY_FREE) and return, never to
 * longjmp; igraph then returns the error code to its caller, which is what
 * igraph_error_handler_ignore does. Ours does the same and keeps the first reason. */
#define _GNU_SOURCE /* RTLD_DEFAULT */
#include "graph/igraph_guard.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* igraph's handlers take no context, so the guard in place is found here. It is set only
 * while the lock is held and cleared before it is released. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static dg_igraph_guard *active;

static void on_error(const char *reason, const char *file, int line, igraph_error_t code) {
  (void)file;
  (void)line;
  (void)code;
  if (active && !active->msg[0] && reason && *reason)
    snprintf(active->msg, sizeof active->msg, "%s", reason);
  IGRAPH_FINALLY_FREE(); /* after the copy: it may free the buffer behind `reason` */
}

static void on_warning(const char *reason, const char *file, int line) {
  (void)reason;
  (void)file;
  (void)line;
}

/* One OpenMP thread for the section. The runtime is the one igraph links (libgomp in
 * Debian), looked up in the process rather than linked, so an igraph built without OpenMP
 * needs nothing. omp_set_num_threads sets the calling thread's count only (the nthreads-var
 * of its task), so another thread of the process is not affected, and leave puts it back. */
static void omp_pin(dg_igraph_guard *gd) {
  int (*get)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, "omp_get_max_threads");
  gd->omp_set = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_num_threads");
  if (!get || !gd->omp_set) {
    gd->omp_set = NULL;
    return;
  }
  gd->omp_threads = get();
  gd->omp_set(1);
}

void dg_igraph_enter(dg_igraph_guard *gd) {
  memset(gd, 0, sizeof *gd);
  pthread_mutex_lock(&lock);
  active = gd;
  gd->error_handler = igraph_set_error_handler(on_error);
  gd->warning_handler = igraph_set_warning_handler(on_warning);
  gd->attribute_table = igraph_set_attribute_table(&igraph_cattribute_table);
  omp_pin(gd);
}

void dg_igraph_leave(dg_igraph_guard *gd) {
  if (gd->has_rng) {
    igraph_rng_set_default(&gd->saved_rng);
    igraph_rng_destroy(&gd->rng);
    gd->has_rng = 0;
  }
  if (gd->omp_set) gd->omp_set(gd->omp_threads);
  igraph_set_attribute_table(gd->attribute_table);
  igraph_set_warning_handler(gd->warning_handler);
  igraph_set_error_handler(gd->error_handler);
  active = NULL;
  pthread_mutex_unlock(&lock);
}

dg_err dg_igraph_seed(dg_igraph_guard *gd, unsigned long seed, dg_error *err) {
  if (!gd->has_rng) {
    igraph_error_t r = igraph_rng_init(&gd->rng, &igraph_rngtype_mt19937);
    if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "creating a random generator", err);
    gd->saved_rng = *igraph_rng_default();
    gd->has_rng = 1;
  }
  igraph_error_t r = igraph_rng_seed(&gd->rng, seed);
  if (r != IGRAPH_SUCCESS) return dg_igraph_fail(gd, r, "seeding the random generator", err);
  /* igraph copies the struct: the default shares our state until leave copies the
   * process's back */
  igraph_rng_set_default(&gd->rng);
  return DG_OK;
}

dg_err dg_igraph_fail(dg_igraph_guard *gd, igraph_error_t code, const char *what, dg_error *err) {
  dg_err r = dg_error_set(err, DG_EGRAPH, "igraph failed while %s: %s", what,
                          gd->msg[0] ? gd->msg : igraph_strerror(code));
  gd->msg[0] = '\0';
  return r;
}
