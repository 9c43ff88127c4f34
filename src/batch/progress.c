/* A job's progress (see progress.h): documents and bytes handed out so far, reported to the
 * log after each document. The library only counts; how and how often it is shown is the
 * caller's (the CLI draws one line on a terminal, src/cli/progress.c). */
#include "batch/progress.h"

#include <string.h>
#include <sys/stat.h>

/* The size of a file on disk; 0 for stdin or a file that cannot be seen. */
static uint64_t file_size(const char *path) {
  struct stat st;
  if (!strcmp(path, "-") || stat(path, &st) != 0) return 0;
  return (uint64_t)st.st_size;
}

static void report(const dgj_progress *t) { t->log->progress(t->log->arg, &t->p); }

void dgj_progress_start(dgj_progress *t, const dg_job_log *log, char *const *files, size_t n) {
  memset(t, 0, sizeof *t);
  if (!log || !log->progress) return;
  t->log = log;
  t->files = files;
  t->p.total = n;
  for (size_t i = 0; i < n; i++) t->p.bytes_total += file_size(files[i]);
  report(t);
}

void dgj_progress_step(dgj_progress *t, size_t k, int failed) {
  if (!t->log) return;
  t->p.done = k;
  t->p.failed += failed != 0;
  t->p.bytes_done += file_size(t->files[k - 1]);
  report(t);
}
