/* The skeleton every command shares, and what it prints: the library's reports of a job
 * (problems, warnings, failed documents, progress on a terminal) on stderr, errors as one
 * line, and the exit status of each library error from one table. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cli_exit(dg_err e) {
  static const int codes[] = {
      [DG_OK] = EXIT_OK,
      [DG_ENOMEM] = EXIT_SOFTWARE,
      [DG_EIO] = EXIT_CANTCREAT,      /* the library reports unreadable inputs otherwise */
      [DG_EINPUT] = EXIT_DATAERR,
      [DG_EDICT] = EXIT_DATAERR,
      [DG_EMECAB] = EXIT_UNAVAILABLE,
      [DG_EGRAPH] = EXIT_SOFTWARE,
      [DG_EUSAGE] = EXIT_USAGE,
      [DG_ENOTFOUND] = EXIT_NOINPUT,
      [DG_EUNAVAIL] = EXIT_UNAVAILABLE,
  };
  return (unsigned)e < sizeof codes / sizeof *codes ? codes[e] : EXIT_SOFTWARE;
}

int cli_fail(dg_err r, const dg_error *err) {
  fprintf(stderr, "docgraph: %s\n", err->msg);
  return cli_exit(r);
}

/* ---- the job's reports on stderr ---- */

static void log_problem(void *arg, const char *msg) {
  (void)arg;
  fprintf(stderr, "docgraph: %s\n", msg);
}

/* On a terminal: [3/120] input/a.txt, rewritten in place. */
static void log_reading(void *arg, size_t k, size_t n, const char *path) {
  const cli_opts *o = arg;
  if (o->progress) fprintf(stderr, "\r\033[K[%zu/%zu] %s", k, n, path);
}

static void log_warnings(void *arg, const dg_diags *w) {
  const cli_opts *o = arg;
  if (o->progress) fputc('\n', stderr);
  if (!o->quiet)
    for (size_t i = 0; i < w->n; i++) fprintf(stderr, "docgraph: warning: %s\n", w->msgs[i]);
}

static void log_failed(void *arg, const char *msg) {
  const cli_opts *o = arg;
  if (o->progress) fputc('\n', stderr);
  fprintf(stderr, "docgraph: error: %s (skipped)\n", msg);
}

static void log_read_all(void *arg) {
  const cli_opts *o = arg;
  if (o->progress) fputs("\r\033[K", stderr);
}

/* ---- the job ---- */

void cli_job_init(cli_job *j, cli_opts *o) {
  memset(j, 0, sizeof *j);
  j->o = o;
  j->log = (dg_job_log){o, log_problem, log_reading, log_warnings, log_failed, log_read_all};
  j->in = (dg_job_input){o->paths, o->npaths, o->threads, &j->log};
}

int cli_pipeline_opts(const cli_opts *o, dg_pipeline_opts *po) {
  *po = (dg_pipeline_opts){.dicts_dir = o->dicts_dir,
                           .user_dicts = o->dicts,
                           .nuser_dicts = o->ndicts,
                           .mecab_dic = o->mecab_dic,
                           .implicit = (dg_implicit)o->implicit};
  if (o->scope && dg_scope_parse(o->scope, &po->scope))
    return cli_usage_error("--scope takes sentence, paragraph or block, not '%s'", o->scope);
  return EXIT_OK;
}

int cli_job_open(cli_job *j) {
  dg_pipeline_opts po;
  int rc = cli_pipeline_opts(j->o, &po);
  if (rc) return rc;
  dg_error err = {0};
  dg_err r = dg_job_pipeline(&j->p, &po, &j->log, &err);
  if (r != DG_OK) return cli_fail(r, &err);
  j->o->focus = dg_job_entity(j->p, j->o->focus);
  return EXIT_OK;
}

int cli_job_graph(cli_job *j, int members) {
  int rc = cli_job_open(j);
  if (rc) return rc;
  dg_error err = {0};
  dg_err r = dg_job_graph(j->p, &j->in, members, &j->g, &j->counts, &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

int cli_job_build(cli_job *j, const dg_graph_filter *f) {
  dg_graph_filter uf = *f;
  uf.focus = j->o->focus; /* as the dictionaries resolved it */
  dg_error err = {0};
  dg_err r = dg_graph_build(j->g, &uf, &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

int cli_job_end(cli_job *j, int rc) {
  dg_graph_free(j->g);
  dg_pipeline_close(j->p);
  j->g = NULL;
  j->p = NULL;
  return rc == EXIT_OK && j->counts.failed ? EXIT_DATAERR : rc;
}
