/* Jobs (see docgraph/job.h): the skeleton every command shares, from paths to documents
 * handed to sinks in file order. The batch (batch.c) does the threads and the ordering;
 * this adds the expansion of paths, the counting and the reports, and stops at the first
 * sink that fails (a document that fails is not a failure of the job). */
#include "docgraph/job.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hmap.h"
#include "batch/progress.h"
#include "batch/windows.h"
#include "docgraph/batch.h"
#include "docgraph/files.h"
#include "docgraph/graphml_read.h"
#include "docgraph/source.h"
#include "docgraph/version.h"
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

/* One document's result into the sinks, in their order; d is its document when it was
 * processed (NULL when its result was reused). A long document's window is one result of
 * several (`last` unset but on its last): the sinks it goes to take windows (job_long). */
static dg_err to_sinks(const dg_result *res, const dg_doc *d, const dg_job_sink *s,
                       dg_timings *tm, int last, dg_error *err) {
  dg_error e = {0};
  double t = dg_clock();
  if (s->mentions && dg_write_result_mentions(res, s->mentions, &e) != DG_OK)
    return dg_error_set(err, DG_EIO, "%s", e.msg);
  if (s->mentions) dg_timings_mark(tm, "mentions written", &t);
  dg_err r = DG_OK;
  if (s->graph) r = dg_graph_add_part(s->graph, res, last, err);
  if (s->graph) dg_timings_mark(tm, "graph: documents merged", &t);
  if (r == DG_OK && s->each && d) r = s->each(s->arg, d, err);
  if (r == DG_OK && s->each_result) r = s->each_result(s->arg, res, err);
  if (s->each || s->each_result) dg_timings_mark(tm, "each document's own outputs", &t);
  return r;
}

/* A result, once its document is read or reused: reported, given the table's date when it
 * has none, and to the sinks when in the date range. A long document's windows come one
 * after the other (first, ..., last), counted as one document; a whole one is both. */
static dg_err take_part(dg_result *res, const dg_doc *d, const dg_job_input *in,
                        const dg_job_sink *sink, dg_job_counts *c, int first, int last,
                        dg_error *err) {
  const dg_job_log *log = in->log;
  if (res->warnings && res->warnings->n) LOG(log, warnings, res->warnings);
  dg_when given;
  if (!dg_when_known(&res->date) && dg_doc_dates_find(in->dates, res->path, &given))
    res->date = given;
  if (first) LOG(log, document, res);
  else LOG(log, window, res);
  c->ok += first;
  if (dg_date_range_keeps(&in->range, &res->date))
    return to_sinks(res, d, sink, in->timings, last, err);
  c->outside += first;
  return DG_OK;
}

static dg_err take(dg_result *res, const dg_doc *d, const dg_job_input *in,
                   const dg_job_sink *sink, dg_job_counts *c, dg_error *err) {
  return take_part(res, d, in, sink, c, 1, 1, err);
}

/* The store found damaged (why): said in one line (once) and made anew. */
static dg_err store_damaged(const dg_job_input *in, const char *why, dg_error *err) {
  if (dg_store_broken(in->store)) return DG_OK;
  char msg[1100];
  snprintf(msg, sizeof msg, "%s; made anew", why);
  LOG(in->log, problem, msg);
  return dg_store_rebuild(in->store, err);
}

/* Result res (a long document's window: first, ..., last) into the store, which is made
 * anew when it turns out damaged at a document's first. */
static dg_err store_put_part(const dg_job_input *in, const dg_result *res, int first, int last,
                             dg_error *err) {
  dg_error se = {0};
  dg_err r = dg_store_put_part(in->store, res, first, last, &se);
  if (r == DG_EINPUT && first && (r = store_damaged(in, se.msg, err)) == DG_OK)
    r = dg_store_put_part(in->store, res, first, last, err);
  else if (r != DG_OK)
    *err = se;
  return r;
}

static dg_err store_put(const dg_job_input *in, const dg_result *res, dg_error *err) {
  return store_put_part(in, res, 1, 1, err);
}

/* A processed document: its result written to the store (when there is one), then taken. */
static dg_err take_doc(const dg_doc *d, const dg_job_input *in, const dg_job_sink *sink,
                       dg_job_counts *c, dg_error *err) {
  dg_result res;
  double t = dg_clock();
  dg_err r = dg_result_of_doc(&res, d, err);
  if (r != DG_OK) return r;
  dg_timings_mark(in->timings, "results made", &t);
  if (in->store) r = store_put(in, &res, err);
  if (in->store) dg_timings_mark(in->timings, "store: documents written", &t);
  if (r == DG_OK) r = take(&res, d, in, sink, c, err);
  dg_result_free(&res);
  return r;
}

/* Whether the sink takes whole documents only (a document's own outputs). */
static int takes_whole(const dg_job_sink *sink) { return sink->each || sink->each_result; }

/* Whether the sink takes nothing (the store is the job's one output): a document the store
 * holds unchanged is then counted, not read back. */
static int takes_nothing(const dg_job_sink *sink) {
  return !sink->mentions && !sink->graph && !takes_whole(sink);
}

/* Part k of n of a document the store holds, read back (a window of a long document
 * written in windows, unless the sink takes whole documents: then the whole of it). */
static dg_err get_stored(const char *path, const dg_job_input *in, const dg_job_sink *sink,
                         size_t k, dg_result *res, size_t *n, dg_error *err) {
  if (!takes_whole(sink)) return dg_store_get_part(in->store, path, k, res, n, err);
  *n = 1;
  return dg_store_get(in->store, path, res, err);
}

/* A stored long document whose window could not be read back (err says why) after the
 * windows before it were taken (its windows were checked before the first: only a store
 * damaged inside a window's rows comes here): ended there in the sinks (as end_early),
 * the store made anew in a run, and the job stopped with why, as the document cannot be
 * read again into sinks that hold its first windows. */
static dg_err stored_cut(const char *path, const dg_job_input *in, const dg_job_sink *sink,
                         dg_job_counts *c, dg_error *err) {
  dg_result none = {.path = path, .read_as = "UTF-8"};
  dg_error ignored = {0};
  char why[sizeof err->msg - 64];
  snprintf(why, sizeof why, "%.*s", (int)sizeof why - 1, err->msg);
  take_part(&none, NULL, in, sink, c, 0, 1, &ignored);
  if (!in->from_store) store_damaged(in, why, &ignored);
  return dg_error_set(err, DG_EIO, "%s; run again", why);
}

/* A document the store holds: its result read back and taken, a long document's window
 * by window as its first run took them (same sinks, same order, same bases), so that its
 * outputs are that run's; only counted when the sink takes nothing. *cut set when it
 * failed after a window was taken (stored_cut: not to be processed again). */
static dg_err take_stored(const char *path, const dg_job_input *in, const dg_job_sink *sink,
                          dg_job_counts *c, int *cut, dg_error *err) {
  dg_err r = DG_OK;
  *cut = 0;
  if (takes_nothing(sink)) {
    c->ok++;
    c->reused++;
    return DG_OK;
  }
  for (size_t k = 0, n = 1; k < n && r == DG_OK; k++) {
    dg_result res;
    double t = dg_clock();
    r = get_stored(path, in, sink, k, &res, &n, err);
    if (r != DG_OK && k > 0) *cut = 1;
    if (r != DG_OK) return k > 0 ? stored_cut(path, in, sink, c, err) : r;
    dg_timings_mark(in->timings, "store: documents reused", &t);
    c->reused += k == 0;
    r = take_part(&res, NULL, in, sink, c, k == 0, k + 1 == n, err);
    dg_result_free(&res);
  }
  return r;
}

/* A document that failed: reported, counted and (with a store) noted there. */
static dg_err failed(const char *path, const char *msg, const dg_job_input *in,
                     dg_job_counts *c, dg_error *err) {
  LOG(in->log, failed, msg);
  c->failed++;
  return in->store && !in->from_store ? dg_store_put_failure(in->store, path, msg, err) : DG_OK;
}

/* What drain needs besides the batch. */
typedef struct drain_t {
  const dg_pipeline *p;
  const dg_job_input *in;
  const dg_job_sink *sink;
  dg_job_counts *c;
  dg_tagger *t; /* for documents the store failed to give back and long documents, made
                  when first needed */
  const char *path; /* the file of the document being taken, as listed */
} drain_t;

/* The bytes a window of a long document aims at in this job. */
static size_t window_bytes(const dg_job_input *in) {
  return dgw_window_bytes(in->window_over ? in->window_over : DG_WINDOW_OVER);
}

/* The bytes above which a job's plain-text file is read in windows: none (0) when a sink
 * takes whole documents. */
static uint64_t long_over(const dg_job_input *in, const dg_job_sink *sink) {
  if (takes_whole(sink) || in->window_over == UINT64_MAX) return 0;
  return in->window_over ? in->window_over : DG_WINDOW_OVER;
}

/* Window win of a long document, processed: its result made the document's, into the
 * store and the sinks. */
static dg_err take_window(drain_t *x, dgw_reader *w, dg_doc *win, int first, dg_error *err) {
  dg_doc_settle(win);
  dg_result res;
  double t = dg_clock();
  dg_err r = dg_result_of_doc(&res, win, err);
  if (r != DG_OK) return r;
  dgw_shift(w, win, &res);
  dg_timings_mark(x->in->timings, "results made", &t);
  if (x->in->store) r = store_put_part(x->in, &res, first, w->last, err);
  if (x->in->store) dg_timings_mark(x->in->timings, "store: documents written", &t);
  if (r == DG_OK) r = take_part(&res, win, x->in, x->sink, x->c, first, w->last, err);
  dg_result_free(&res);
  return r;
}

/* A long document whose window failed after others went to the sinks: ended there, so
 * the graph counts what its windows gave as one document (the store's rows undone). */
static dg_err end_early(drain_t *x, const dg_doc *whole, const dgw_reader *w, dg_error *err) {
  if (x->in->store) dg_store_put_cancel(x->in->store);
  dg_result none = {.path = whole->path, .format = whole->format, .read_as = "UTF-8",
                    .size = whole->size, .date = w->date};
  memcpy(none.hash, whole->hash, sizeof none.hash);
  return take_part(&none, NULL, x->in, x->sink, x->c, 0, 1, err);
}

/* Long document whole (loaded only, dg_doc.in_windows) read a window at a time, each
 * window handed on before the next is read (batch/windows.h). A window that cannot be
 * read or processed fails the document: reported (after its first window, counted read
 * as well, what the windows before it gave kept but in the store). */
static dg_err take_windows(drain_t *x, const dg_doc *whole, dg_error *err) {
  dg_err r = x->t ? DG_OK : dg_tagger_new(dg_pipeline_mecab(x->p), &x->t, err);
  if (r != DG_OK) return r;
  dg_error de = {0};
  dgw_reader w;
  int bad = dgw_open(&w, x->path, whole, window_bytes(x->in), dg_pipeline_rules(x->p), &de) !=
                DG_OK,
      first = 1;
  for (int got = 1; r == DG_OK && !bad && got && !w.last; first = 0) {
    dg_doc win;
    got = dgw_next(&w, &win, &de);
    bad = got < 0 || (got > 0 && dg_pipeline_doc(x->p, x->t, &win, &de) != DG_OK);
    if (got > 0 && !bad) r = take_window(x, &w, &win, first, err);
    if (got) dg_doc_destroy(&win);
  }
  if (r != DG_OK && x->in->store) dg_store_put_cancel(x->in->store); /* a sink stopped */
  if (bad && !first) r = end_early(x, whole, &w, err);
  dgw_close(&w);
  return bad && r == DG_OK ? failed(whole->path, de.msg, x->in, x->c, err) : r;
}

/* Loaded document d, whose result the store failed to give back (why): the store made
 * anew (said once, in one line), d processed here instead. */
static dg_err recover(drain_t *x, dg_doc *d, const char *why, dg_error *err) {
  dg_err r = store_damaged(x->in, why, err);
  if (r == DG_OK && !x->t) r = dg_tagger_new(dg_pipeline_mecab(x->p), &x->t, err);
  if (r != DG_OK) return r;
  if (d->in_windows) return take_windows(x, d, err);
  dg_error de = {0};
  if (dg_pipeline_doc(x->p, x->t, d, &de) != DG_OK) return failed(d->path, de.msg, x->in, x->c, err);
  dg_doc_settle(d);
  return take_doc(d, x->in, x->sink, x->c, err);
}

/* A loaded document the store holds: its result read back, or recovered. */
static dg_err reuse(drain_t *x, dg_doc *d, dg_error *err) {
  dg_error se = {0};
  int cut;
  dg_err r = take_stored(d->path, x->in, x->sink, x->c, &cut, &se);
  if (!cut && (r == DG_EINPUT || r == DG_ENOTFOUND ||
               (r == DG_EIO && dg_store_broken(x->in->store))))
    return recover(x, d, se.msg, err);
  if (r != DG_OK) *err = se;
  return r;
}

/* Every result of the batch in file order: failures reported and counted, the others
 * taken until a sink fails. */
static dg_err drain(dg_batch *b, char *const *files, size_t n, drain_t *x, dg_error *err) {
  dg_doc *d;
  dg_error de = {0};
  dg_err r = DG_OK;
  int got;
  dgj_progress pr;
  dgj_progress_start(&pr, x->in->log, files, n);
  double t = dg_clock();
  for (size_t k = 1; r == DG_OK && (got = dg_batch_next(b, &d, &de)); k++) {
    dg_timings_mark(x->in->timings, "documents read, extracted", &t);
    LOG(x->in->log, reading, k, n, files[k - 1]);
    dgj_progress_step(&pr, k, !d);
    x->path = files[k - 1];
    if (!d) r = failed(files[k - 1], de.msg, x->in, x->c, err);
    else if (got == 2) r = reuse(x, d, err);
    else if (d->in_windows) r = take_windows(x, d, err);
    else r = take_doc(d, x->in, x->sink, x->c, err);
    dg_batch_release(b, d);
    t = dg_clock();
  }
  dg_tagger_free(x->t);
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

/* Only the documents of shard i of n left in the list (by position in the sorted list, so
 * every shard of a split sees the same list and each document is in one shard). */
static void keep_shard(dg_file_list *fl, unsigned i, unsigned n) {
  size_t o = 0;
  for (size_t k = 0; k < fl->n; k++)
    if (k % n == i - 1) fl->files[o++] = fl->files[k];
    else free(fl->files[k]);
  fl->n = o;
}

/* Whether the store holds the loaded document's content under its path (in a worker),
 * read as this job reads it: a long document in the same windows (given back window by
 * window, take_stored), any other whole (a long document stored in windows is read again
 * by a job whose sink takes whole documents: windows are not the whole). */
static int stored(void *arg, const dg_doc *loaded) {
  const dg_job_input *in = arg;
  const char *h = in->store ? dg_store_hash(in->store, loaded->path) : NULL;
  if (!h || strcmp(h, loaded->hash)) return 0;
  uint64_t window = loaded->in_windows ? window_bytes(in) : 0;
  return dg_store_window(in->store, loaded->path) == window;
}

/* The date the --doc-dates table gives the loaded document (in a worker), as the date it
 * was issued, which its text's date line overrides and its year-less dates count from; its
 * hash then keys the content and that date, so a store reuses its result only under the
 * same date. */
static void given_date(void *arg, dg_doc *loaded) {
  const dg_job_input *in = arg;
  dg_when w;
  char key[64];
  if (!dg_doc_dates_find(in->dates, loaded->path, &w)) return;
  loaded->issued = w;
  int n = snprintf(key, sizeof key, "%s|", loaded->hash);
  dg_when_iso(&w, 0, key + n, sizeof key - (size_t)n);
  snprintf(loaded->hash, sizeof loaded->hash, "%016llx",
           (unsigned long long)dg_hash_bytes(key, strlen(key)));
}

/* The store made to hold the documents of the list alone, and its skipped files. */
static dg_err list_into(dg_store *s, const dg_file_list *fl, dg_error *err) {
  dg_err r = dg_store_keep(s, fl->files, fl->n, err);
  for (size_t i = 0; i < fl->nskipped && r == DG_OK; i++)
    r = dg_store_put_skipped(s, fl->skipped[i], err);
  return r;
}

/* list_into, the store made anew when it turns out damaged. */
static dg_err store_list(const dg_job_input *in, const dg_file_list *fl, dg_error *err) {
  dg_error se = {0};
  dg_err r = list_into(in->store, fl, &se);
  if (r == DG_EINPUT && (r = store_damaged(in, se.msg, err)) == DG_OK)
    r = list_into(in->store, fl, err);
  else if (r != DG_OK)
    *err = se;
  return r;
}

/* The store's skipped files and failures reported and counted as the run over the same
 * paths did. */
static dg_err replay_store(const dg_job_input *in, dg_job_counts *c, dg_error *err) {
  char **v = NULL, **m = NULL;
  size_t n = 0;
  dg_err r = dg_store_list(in->store, DG_STORE_SKIPPED, &v, NULL, &n, err);
  for (size_t i = 0; i < n; i++) LOG(in->log, skipped, v[i]);
  c->skipped += n;
  dg_store_free_list(v, n);
  if (r != DG_OK) return r;
  r = dg_store_list(in->store, DG_STORE_FAILURES, &v, &m, &n, err);
  for (size_t i = 0; r == DG_OK && i < n; i++) r = failed(v[i], m[i], in, c, err);
  dg_store_free_list(v, n);
  dg_store_free_list(m, n);
  return r;
}

/* The store's documents taken in path order, after its skipped files and failures. */
static dg_err read_store(const dg_job_input *in, const dg_job_sink *sink, dg_job_counts *c,
                         dg_error *err) {
  char **v = NULL;
  size_t n = 0;
  dg_err r = replay_store(in, c, err);
  if (r == DG_OK) r = dg_store_list(in->store, DG_STORE_DOCUMENTS, &v, NULL, &n, err);
  if (r == DG_OK && n == 0) r = dg_error_set(err, DG_ENOTFOUND, "no documents in the parts given");
  for (size_t k = 0; r == DG_OK && k < n; k++) {
    int cut;
    LOG(in->log, reading, k + 1, n, v[k]);
    r = take_stored(v[k], in, sink, c, &cut, err);
  }
  dg_store_free_list(v, n);
  if (in->log && in->log->read_all) in->log->read_all(in->log->arg);
  return r;
}

dg_err dg_job_read(const dg_pipeline *p, const dg_job_input *in, const dg_job_sink *sink,
                   dg_job_counts *c, dg_error *err) {
  if (in->from_store) return read_store(in, sink, c, err);
  dg_file_list fl;
  double t = dg_clock();
  dg_err r = expand(in, &fl, c, err);
  if (r != DG_OK) return r;
  if (in->shard_n) keep_shard(&fl, in->shard_i, in->shard_n);
  if (in->store && (r = store_list(in, &fl, err)) != DG_OK) {
    dg_file_list_free(&fl);
    return r;
  }
  dg_timings_mark(in->timings, "files listed", &t);
  dg_batch *b;
  dg_batch_reuse reuse = {in->store ? stored : NULL, (void *)in, in->dates ? given_date : NULL,
                          long_over(in, sink)};
  r = dg_batch_open_reuse(&b, p, fl.files, fl.n, in->threads, in->encoding, &reuse, err);
  if (r == DG_OK) {
    drain_t x = {p, in, sink, c, NULL, NULL};
    r = drain(b, fl.files, fl.n, &x, err);
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

dg_store_config dg_job_store_config(const dg_pipeline *p, const dg_pipeline_opts *po,
                                    const dg_job_input *in, char *buf, size_t n) {
  snprintf(buf, n, "%s encoding=%s mecab=%s", dg_pipeline_describe(p),
           in->encoding ? in->encoding : "detected",
           po && po->mecab_dic ? po->mecab_dic : "found");
  return (dg_store_config){dg_build_version(), dg_pipeline_fingerprint(p), buf};
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
