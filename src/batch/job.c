/* Jobs (see docgraph/job.h): the skeleton every command shares, from paths to documents
 * handed to sinks in file order. The batch (batch.c) does the threads and the ordering;
 * this adds the expansion of paths, the counting and the reports, and stops at the first
 * sink that fails (a document that fails is not a failure of the job). */
#include "docgraph/job.h"

#include <stdio.h>

#include "batch/progress.h"
#include "docgraph/batch.h"
#include "docgraph/files.h"
#include "docgraph/graphml_read.h"
#include "docgraph/source.h"
#include "docgraph/write.h"

/* Report event ev to the log, when there is one and it listens to ev. */
#define LOG(log, ev, ...) \
  do { \
    if ((log) && (log)->ev) (log)->ev((log)->arg, __VA_ARGS__); \
  } while (0)

static void report_problems(const dg_job_log *log, const dg_diags *problems) {
  for (size_t i = 0; i < problems->n; i++) LOG(log, problem, problems->msgs[i]);
}

dg_err dg_job_pipeline(dg_pipeline **out, const dg_pipeline_opts *o, const dg_job_log *log,
                       dg_error *err) {
  dg_diags problems;
  dg_diags_init(&problems);
  dg_err r = dg_pipeline_open(out, o, &problems, err);
  report_problems(log, &problems);
  dg_diags_destroy(&problems);
  return r;
}

const char *dg_job_entity(const dg_pipeline *p, const char *name) {
  const char *id = name ? dg_dict_resolve(dg_pipeline_dict(p), name) : NULL;
  return id ? id : name;
}

/* One document into the sinks, in their order. */
static dg_err to_sinks(const dg_doc *d, const dg_job_sink *s, dg_error *err) {
  dg_error e = {0};
  if (s->mentions && dg_write_mentions(d, s->mentions, &e) != DG_OK)
    return dg_error_set(err, DG_EIO, "%s", e.msg);
  dg_err r = DG_OK;
  if (s->graph) r = dg_graph_add_doc(s->graph, d, err);
  if (r == DG_OK && s->each) r = s->each(s->arg, d, err);
  return r;
}

/* Every result of the batch in file order: failures reported and counted, each document
 * given the table's date when it has none, and those in the date range to the sinks until
 * one fails. */
static dg_err drain(dg_batch *b, char *const *files, size_t n, const dg_job_input *in,
                    const dg_job_sink *sink, dg_job_counts *c, dg_error *err) {
  const dg_job_log *log = in->log;
  dg_doc *d;
  dg_error de = {0};
  dg_err r = DG_OK;
  dgj_progress pr;
  dgj_progress_start(&pr, log, files, n);
  for (size_t k = 1; r == DG_OK && dg_batch_next(b, &d, &de); k++) {
    LOG(log, reading, k, n, files[k - 1]);
    dgj_progress_step(&pr, k, !d);
    if (!d) {
      LOG(log, failed, de.msg);
      c->failed++;
      continue;
    }
    if (d->diags.n) LOG(log, warnings, &d->diags);
    dg_when given;
    if (!dg_when_known(&d->date) && dg_doc_dates_find(in->dates, d->path, &given)) d->date = given;
    LOG(log, document, d);
    c->ok++;
    if (dg_date_range_keeps(&in->range, &d->date)) r = to_sinks(d, sink, err);
    else c->outside++;
    dg_batch_release(b, d);
  }
  return r;
}

/* The sorted documents of the paths; paths that do not exist are reported and counted as
 * failed, files in directories that docgraph does not read reported and counted as
 * skipped. */
static dg_err expand(const dg_job_input *in, dg_file_list *fl, dg_job_counts *c,
                     dg_error *err) {
  dg_diags problems;
  dg_diags_init(&problems);
  dg_err r = dg_files_list(in->paths, in->npaths, fl, &problems, err);
  if (r == DG_OK) {
    report_problems(in->log, &problems);
    c->failed += problems.n;
    if (fl->warnings.n) LOG(in->log, warnings, &fl->warnings);
    for (size_t i = 0; i < fl->nskipped; i++) LOG(in->log, skipped, fl->skipped[i]);
    c->skipped += fl->nskipped;
  }
  dg_diags_destroy(&problems);
  if (r == DG_OK && fl->n == 0) {
    dg_file_list_free(fl);
    r = dg_error_set(err, DG_ENOTFOUND, "no documents found in the given paths (looked for %s)",
                     DG_SUPPORTED_EXTENSIONS);
  }
  return r;
}

dg_err dg_job_read(const dg_pipeline *p, const dg_job_input *in, const dg_job_sink *sink,
                   dg_job_counts *c, dg_error *err) {
  dg_file_list fl;
  dg_err r = expand(in, &fl, c, err);
  if (r != DG_OK) return r;
  dg_batch *b;
  r = dg_batch_open(&b, p, fl.files, fl.n, in->threads, in->encoding, err);
  if (r == DG_OK) {
    r = drain(b, fl.files, fl.n, in, sink, c, err);
    if (in->log && in->log->read_all) in->log->read_all(in->log->arg);
    dg_batch_close(b);
  }
  dg_file_list_free(&fl);
  return r;
}

dg_err dg_job_graph(const dg_pipeline *p, const dg_job_input *in, int members, dg_graph **g,
                    dg_job_counts *c, dg_error *err) {
  *g = NULL;
  dg_err r = dg_graph_new(g, err);
  if (r != DG_OK) return r;
  dg_job_source(p, in, *g, NULL);
  dg_job_sink sink = {.graph = *g};
  r = dg_job_read(p, in, &sink, c, err);
  if (r == DG_OK && members) r = dg_graph_add_members(*g, dg_pipeline_dict(p), err);
  return r;
}

void dg_job_source(const dg_pipeline *p, const dg_job_input *in, dg_graph *g,
                   const char *period) {
  char opts[512], since[16] = "", until[16] = "";
  dg_when_iso(&in->range.since, 0, since, sizeof since);
  dg_when_iso(&in->range.until, 0, until, sizeof until);
  snprintf(opts, sizeof opts, "%s%s%s%s%s%s", dg_pipeline_describe(p), *since ? " since=" : "",
           since, *until ? " until=" : "", until, in->dates ? " doc_dates" : "");
  dg_graph_set_source(g, 1, dg_pipeline_fingerprint(p), opts, period);
}

dg_err dg_job_saved_graph(const char *path, dg_graph **g, dg_error *err) {
  *g = NULL;
  dg_err r = dg_graph_new(g, err);
  if (r != DG_OK) return r;
  dg_error e = {0};
  r = dg_read_graphml(*g, path, &e);
  if (r != DG_OK)
    return dg_error_set(err, r == DG_EIO ? DG_ENOTFOUND : DG_EINPUT, "%s", e.msg);
  return DG_OK;
}
