/* The skeleton every command shares, and what it prints: the library's reports of a job
 * (problems, warnings, failed documents, progress on a terminal) on stderr, errors as one
 * line, and the exit status of each library error from one table (with --strict, a warning
 * is a failure). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "docgraph/encoding.h"

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

int cli_strict(const cli_opts *o, int rc) {
  if (rc != EXIT_OK || !o->strict || !o->warnings) return rc;
  fprintf(stderr, "docgraph: %zu warning%s and --strict: exit %d\n", o->warnings,
          o->warnings == 1 ? "" : "s", EXIT_DATAERR);
  return EXIT_DATAERR;
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

/* On a terminal: documents, MB, rate and ETA on one line (progress.c). */
static void log_progress(void *arg, const dg_job_progress *p) {
  cli_job *j = arg;
  cli_progress_update(&j->progress, p);
}

static void log_warnings(void *arg, const dg_diags *w) {
  cli_job *j = arg;
  cli_progress_clear(&j->progress);
  j->o->warnings += w->n;
  if (!j->o->quiet)
    for (size_t i = 0; i < w->n; i++) fprintf(stderr, "docgraph: warning: %s\n", w->msgs[i]);
}

static void log_failed(void *arg, const char *msg) {
  cli_job *j = arg;
  cli_progress_clear(&j->progress);
  fprintf(stderr, "docgraph: error: %s (skipped)\n", msg);
}

static void tally(cli_tally *t, const char *name) {
  size_t i = 0;
  while (i < t->n && strcmp(t->name[i], name)) i++;
  if (i == t->n && t->n < 16) snprintf(t->name[t->n++], sizeof t->name[0], "%s", name);
  if (i < t->n) t->count[i]++;
  else t->other++;
}

const char *cli_tally_text(const cli_tally *t, char *buf, size_t n) {
  size_t k = 0, done[16] = {0};
  buf[0] = '\0';
  for (size_t round = 0; round < t->n && k < n; round++) {
    size_t best = t->n;
    for (size_t i = 0; i < t->n; i++)
      if (!done[i] && (best == t->n || t->count[i] > t->count[best])) best = i;
    done[best] = 1;
    k += (size_t)snprintf(buf + k, n - k, "%s%zu %s", round ? ", " : "", t->count[best],
                          t->name[best]);
  }
  if (t->other && k < n) snprintf(buf + k, n - k, ", %zu other", t->other);
  return buf;
}

/* A file left out of a directory: counted by extension, named with -v. */
static void log_skipped(void *arg, const char *path) {
  cli_job *j = arg;
  const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
  char ext[32] = "(no extension)";
  if (dot && (!slash || dot > slash) && strlen(dot) < sizeof ext)
    for (size_t i = 0; (ext[i] = (char)tolower((unsigned char)dot[i])); i++) continue;
  tally(&j->skipped, ext);
  if (!j->o->verbose) return;
  cli_progress_clear(&j->progress);
  fprintf(stderr, "docgraph: skipped %s (not a format docgraph reads)\n", path);
}

/* A document read: counted by encoding (or format), named with -v. */
static void log_document(void *arg, const dg_result *d) {
  cli_job *j = arg;
  tally(&j->read_as, d->read_as);
  j->mentions += d->nments;
  j->rels += d->nrels;
  if (!j->o->verbose) return;
  cli_progress_clear(&j->progress);
  if (d->npages)
    fprintf(stderr, "docgraph: %s: %s, %u page%s\n", d->path, d->read_as, d->npages,
            d->npages == 1 ? "" : "s");
  else
    fprintf(stderr, "docgraph: %s: %s, %s\n", d->path, dg_format_name(d->format), d->read_as);
}

/* A long document's later window: its mentions and relations counted. */
static void log_window(void *arg, const dg_result *d) {
  cli_job *j = arg;
  j->mentions += d->nments;
  j->rels += d->nrels;
}

/* Every document handed out: "3 files skipped: 2 .png, 1 .xlsx". */
static void log_read_all(void *arg) {
  cli_job *j = arg;
  cli_progress_clear(&j->progress);
  size_t n = 0;
  for (size_t i = 0; i < j->skipped.n; i++) n += j->skipped.count[i];
  n += j->skipped.other;
  char buf[600];
  if (n && !j->o->quiet)
    fprintf(stderr, "docgraph: %zu file%s skipped: %s%s\n", n, n == 1 ? "" : "s",
            cli_tally_text(&j->skipped, buf, sizeof buf), j->o->verbose ? "" : " (-v names them)");
}

/* ---- the job ---- */

void cli_job_init(cli_job *j, cli_opts *o) {
  memset(j, 0, sizeof *j);
  j->o = o;
  j->log = (dg_job_log){j,          log_problem, NULL,        log_warnings, log_failed,
                        log_read_all, log_skipped, log_document, log_progress, log_window};
  cli_progress_start(&j->progress, o->progress);
  j->in = (dg_job_input){.paths = o->paths, .npaths = o->npaths, .threads = o->threads,
                         .log = &j->log, .encoding = o->encoding};
}

/* A date of --since or --until into *w; EXIT_USAGE for one that is not a date. */
static int date_option(const char *name, const char *v, dg_when *w) {
  if (v && dg_when_parse(v, w))
    return cli_usage_error("%s takes a date: 2024, 2024-03 or 2024-03-15, not '%s'", name, v);
  return EXIT_OK;
}

/* DOCGRAPH_WINDOW=BYTES: a plain-text file of more bytes is read in windows (0 or unset:
 * the library's 8 MiB; "off": never); the tests set a small one. */
static int window_env(dg_job_input *in) {
  const char *v = getenv("DOCGRAPH_WINDOW");
  char *end = NULL;
  if (!v || !*v) return EXIT_OK;
  if (!strcmp(v, "off")) {
    in->window_over = UINT64_MAX;
    return EXIT_OK;
  }
  unsigned long long n = strtoull(v, &end, 10);
  if (*end || *v == '-')
    return cli_usage_error("DOCGRAPH_WINDOW takes a number of bytes or off, not '%s'", v);
  in->window_over = n;
  return EXIT_OK;
}

int cli_job_dates(cli_job *j) {
  const cli_opts *o = j->o;
  int rc = window_env(&j->in);
  if (rc == EXIT_OK) rc = date_option("--since", o->since, &j->in.range.since);
  if (rc == EXIT_OK) rc = date_option("--until", o->until, &j->in.range.until);
  if (rc == EXIT_OK && o->since && o->until &&
      dg_when_day(&j->in.range.since) > dg_when_last_day(&j->in.range.until))
    return cli_usage_error("--since %s is after --until %s", o->since, o->until);
  if (rc != EXIT_OK || !o->doc_dates || j->dates) return rc;
  dg_error err = {0};
  dg_err r = dg_doc_dates_load(o->doc_dates, &j->dates, &err);
  if (r != DG_OK) return cli_fail(r == DG_EIO ? DG_ENOTFOUND : r, &err);
  j->in.dates = j->dates;
  return EXIT_OK;
}

int cli_pipeline_opts(const cli_opts *o, dg_pipeline_opts *po) {
  *po = (dg_pipeline_opts){.dicts_dir = o->dicts_dir,
                           .user_dicts = o->dicts,
                           .nuser_dicts = o->ndicts,
                           .mecab_dic = o->mecab_dic,
                           .implicit = (dg_implicit)o->implicit};
  const char *tokens = getenv("DOCGRAPH_TOKENS");
  if (tokens && *tokens && strcmp(tokens, "lazy") && strcmp(tokens, "eager"))
    return cli_usage_error("DOCGRAPH_TOKENS takes lazy or eager, not '%s'", tokens);
  po->tokens = tokens && !strcmp(tokens, "lazy") ? DG_TOKENS_LAZY : DG_TOKENS_EAGER;
  if (o->scope && dg_scope_parse(o->scope, &po->scope))
    return cli_usage_error("--scope takes sentence, paragraph or block, not '%s'", o->scope);
  if (o->encoding && !dg_encoding_name(o->encoding))
    return cli_usage_error("--encoding: no such encoding '%s' (Shift_JIS, EUC-JP, ISO-2022-JP, "
                           "UTF-16LE, UTF-8, or any name iconv knows)",
                           o->encoding);
  return EXIT_OK;
}

int cli_job_open(cli_job *j) {
  dg_pipeline_opts po;
  int rc = cli_job_dates(j);
  if (rc == EXIT_OK) rc = cli_pipeline_opts(j->o, &po);
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
  if (j->counts.outside && !j->o->quiet)
    fprintf(stderr, "docgraph: %zu document%s outside the dates asked for (--since, --until; "
            "undated ones too) left out\n", j->counts.outside, j->counts.outside == 1 ? "" : "s");
  dg_doc_dates_free(j->dates);
  j->dates = NULL;
  dg_graph_free(j->g);
  dg_pipeline_close(j->p);
  j->g = NULL;
  j->p = NULL;
  return rc == EXIT_OK && j->counts.failed ? EXIT_DATAERR : rc;
}
