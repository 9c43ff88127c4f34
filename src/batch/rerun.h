/* A re-run that changed nothing (issue 13): `docgraph run` ends after listing its documents
 * when the store's record of the last complete run (dg_store_run_record) names the same
 * inputs and every file that run wrote is still there as it left it.
 * Invariant: the inputs' fingerprint covers all that shapes the outputs: the caller's words
 * for its options (dg_run_opts.rerun_key), the docgraph version, the dictionaries'
 * fingerprint and the store's options, the output directory, and each document's path and
 * bytes in listing order, with the files skipped. A file is as the run left it when its
 * size and modification time (to the nanosecond) are those recorded. Anything else (no
 * record, a document, option or file changed or missing, a path that fails, stdin) takes
 * the normal path. */
#ifndef DG_BATCH_RERUN_H
#define DG_BATCH_RERUN_H

#include "docgraph/files.h"
#include "docgraph/run.h"
#include "docgraph/store.h"

/* The fingerprint of run o's inputs (its output directory dir, store configuration cfg)
 * into *digest, its documents listed into fl (freed by the caller, also on failure);
 * *usable 0 when such a run never ends early (stdin, a path that fails, a walk warning). */
dg_err dgr_inputs(const dg_run_opts *o, const char *dir, const dg_store_config *cfg,
                  dg_file_list *fl, uint64_t *digest, int *usable, dg_error *err);

/* Whether record rec names digest and every file it lists under dir is as recorded: 1, the
 * recorded counts in *res (every document reused); else 0, *res untouched. */
int dgr_unchanged(const char *rec, const char *dir, uint64_t digest, dg_run_result *res);

/* The record of a run just completed into *out (free() it): digest, res's counts and every
 * file under dir (the store's own, store_path and its journals, and hidden names left out)
 * with its size and modification time; *out NULL when a name cannot be recorded. */
dg_err dgr_record(const char *dir, const char *store_path, uint64_t digest,
                  const dg_run_result *res, char **out, dg_error *err);

#endif
