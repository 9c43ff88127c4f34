/* A job's progress (dg_job_progress) as its documents are handed out: the files' sizes
 * summed from stat, one call to the log's progress callback per document. Nothing is
 * sized, and nothing called, when the log has no progress callback. */
#ifndef DG_BATCH_PROGRESS_H
#define DG_BATCH_PROGRESS_H

#include "docgraph/job.h"

typedef struct dgj_progress {
  const dg_job_log *log; /* NULL when nobody listens */
  char *const *files;
  dg_job_progress p;
} dgj_progress;

/* Size files[0..n) and report done 0. */
void dgj_progress_start(dgj_progress *t, const dg_job_log *log, char *const *files, size_t n);
/* Document k (from 1) handed out, `failed` when it did not read. */
void dgj_progress_step(dgj_progress *t, size_t k, int failed);

#endif
