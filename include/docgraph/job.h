/* Jobs: what every docgraph command does before its own output. Open the pipeline, expand
 * the paths into documents, read them on worker threads and hand each one, in file order,
 * to the job's sinks (a mentions stream, a graph, a function) before it is dropped.
 * What happens on the way (a dictionary problem, a path that does not exist, a document's
 * warnings, a document that failed) goes to the caller's dg_job_log: the library prints
 * nothing. Invariants: sinks see documents in file order whatever the thread count; a
 * document that fails is reported, counted and skipped, and the batch goes on. */
#ifndef DOCGRAPH_JOB_H
#define DOCGRAPH_JOB_H

#include <stdint.h>
#include <stdio.h>

#include "docgraph/graph.h"
#include "docgraph/period.h"
#include "docgraph/pipeline.h"
#include "docgraph/result.h"
#include "docgraph/store.h"
#include "docgraph/timings.h"

/* How far a job has read: documents handed out (read or failed) of all, and the sizes of
 * their files on disk (0 for stdin). */
typedef struct dg_job_progress {
  size_t done, total;
  size_t failed;
  uint64_t bytes_done, bytes_total;
} dg_job_progress;

/* What a job reports as it goes. Every callback may be NULL. */
typedef struct dg_job_log {
  void *arg;
  /* a dictionary problem (file:line), a path that cannot be read, or a store that could
   * not be trusted and was made anew (why, in one line) */
  void (*problem)(void *arg, const char *msg);
  /* document k of n (from 1) is read and about to go to the sinks */
  void (*reading)(void *arg, size_t k, size_t n, const char *path);
  /* the warnings of a document (bad bytes, skipped markup), when it has any */
  void (*warnings)(void *arg, const dg_diags *w);
  /* a document that failed and was skipped */
  void (*failed)(void *arg, const char *msg);
  /* every document has been handed out (also after a sink failed) */
  void (*read_all)(void *arg);
  /* a file found in a directory that docgraph does not read, left out (before reading) */
  void (*skipped)(void *arg, const char *path);
  /* a document read or reused from the store: its format and encoding are known (before
   * the sinks get it) */
  void (*document)(void *arg, const dg_result *r);
  /* once before the first document (done 0) and after each one, in file order; the caller
   * decides how often to show it (the files are sized only when this is set) */
  void (*progress)(void *arg, const dg_job_progress *p);
  /* a window after the first of a long document read in windows (or reused from the
   * store window by window): more of the document last given to `document` (its mentions
   * and relations) */
  void (*window)(void *arg, const dg_result *r);
} dg_job_log;

/* Where a job's documents come from. */
typedef struct dg_job_input {
  const char *const *paths; /* files, directories (searched recursively), "-" for stdin */
  size_t npaths;
  int threads;              /* worker threads (below 1: 1) */
  const dg_job_log *log;    /* NULL: nothing reported */
  const char *encoding;     /* read every text file in this encoding (NULL: detected) */
  const dg_doc_dates *dates; /* dates for documents that carry none (NULL: none) */
  dg_date_range range;      /* keep only the documents dated in it (no end set: all) */
  dg_store *store;          /* results kept and reused (NULL: none); see below */
  int from_store;           /* the documents are the store's, none read (paths unused) */
  unsigned shard_i, shard_n; /* only shard i (from 1) of n: the documents at positions k
                                (from 0) of the sorted list with k % n == i - 1 (n 0: all) */
  dg_timings *timings;      /* the phases' times added here (NULL: not timed) */
  /* a plain-text UTF-8 file of more bytes is read in windows of about half as many, each
   * window handed to the sinks as it is read (src/batch/windows.h says what does not carry
   * from one window to the next); 0: 8 MiB (DG_WINDOW_OVER); UINT64_MAX: never. Not with
   * a sink's `each` or `each_result`, which take whole documents. */
  uint64_t window_over;
} dg_job_input;

/* Something to do with each document, after the mentions and the graph. */
typedef dg_err (*dg_job_fn)(void *arg, const dg_doc *d, dg_error *err);
/* The same with each document's result. */
typedef dg_err (*dg_job_result_fn)(void *arg, const dg_result *r, dg_error *err);

/* Where a job's documents go, in this order; any may be NULL. With a store, documents
 * whose result is reused are not read: `each` is not called for them, `each_result` is. */
typedef struct dg_job_sink {
  FILE *mentions;  /* the mentions as JSON Lines (docgraph/write.h) */
  dg_graph *graph; /* each document merged in */
  dg_job_fn each;
  void *arg;
  dg_job_result_fn each_result;
} dg_job_sink;

typedef struct dg_job_counts {
  size_t ok;      /* documents read */
  size_t failed;  /* documents that failed, and paths that did not exist */
  size_t skipped; /* files in directories that docgraph does not read */
  size_t outside; /* documents read but outside the input's date range (or undated) */
  size_t reused;  /* of `ok`, documents whose result came from the store unprocessed */
} dg_job_counts;

/* dg_pipeline_open, with the dictionaries' problems reported to log. */
dg_err dg_job_pipeline(dg_pipeline **out, const dg_pipeline_opts *o, const dg_job_log *log,
                       dg_error *err);

/* The id of the entity a user means by `name` (an alias in any case or width: JASMINE ->
 * program:jasmine), or name itself when the dictionaries have none (an id, a label of a
 * minted entity); NULL for NULL. */
const char *dg_job_entity(const dg_pipeline *p, const char *name);

/* With in->store: a document whose path and content hash the store holds is not processed,
 * its result is read from the store; every other one is processed and written to the
 * store (one transaction each), failures and skipped files too; documents of the store
 * that are not among the paths are dropped from it. With in->from_store, the documents
 * are the store's alone, in path order, as if read again (a merge).
 * Read the documents of `in` into `sink`, adding to *c. DG_ENOTFOUND when the paths name
 * no document; a sink's failure stops the job: writing mentions fails with DG_EIO. */
dg_err dg_job_read(const dg_pipeline *p, const dg_job_input *in, const dg_job_sink *sink,
                   dg_job_counts *c, dg_error *err);

/* Shard in->shard_i of in->shard_n of the documents of `in` into a new store, the part
 * DIR/shard-I-of-N.db (its path into path[0..n)), made whole or not at all; DIR is made
 * when missing. dg_store_merge_parts (docgraph/run.h) combines the parts. */
dg_err dg_job_part(const dg_pipeline *p, const dg_pipeline_opts *po, const dg_job_input *in,
                   const char *dir, char *path, size_t n, dg_job_counts *c, dg_error *err);

/* The store configuration of pipeline p (opened with po) for input in: the docgraph
 * version, the dictionaries' fingerprint and, as words into buf, the options that shape a
 * document's result. */
dg_store_config dg_job_store_config(const dg_pipeline *p, const dg_pipeline_opts *po,
                                    const dg_job_input *in, char *buf, size_t n);

/* A new graph of the documents of `in` (*g: free it with dg_graph_free, also on failure),
 * with member_of ties from the dictionaries when `members`, not yet built; its source
 * said (dg_job_source). */
dg_err dg_job_graph(const dg_pipeline *p, const dg_job_input *in, int members, dg_graph **g,
                    dg_job_counts *c, dg_error *err);

/* Say where graph g comes from (dg_graph_set_source): the pipeline's dictionaries and
 * options, the input's date range and table of dates, and `period` (NULL: all). */
void dg_job_source(const dg_pipeline *p, const dg_job_input *in, dg_graph *g,
                   const char *period);

/* A new graph (*g) read back from a GraphML file a job wrote before, not yet built.
 * DG_ENOTFOUND when the file cannot be read; DG_EINPUT when it is not a graph docgraph can
 * read. */
dg_err dg_job_saved_graph(const char *path, dg_graph **g, dg_error *err);

#endif
