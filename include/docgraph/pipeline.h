/* The pipeline: dictionaries, rules, matcher and MeCab model opened once, then documents
 * processed one by one (dg_pipeline_doc) or as a batch on worker threads (dg_batch), each
 * worker with its own MeCab lattice. A batch hands documents back in file order whatever
 * the thread count, so everything built from them is the same on every run. */
#ifndef DOCGRAPH_PIPELINE_H
#define DOCGRAPH_PIPELINE_H

#include <stddef.h>

#include "docgraph/dict.h"
#include "docgraph/doc.h"
#include "docgraph/match.h"
#include "docgraph/relate.h"
#include "docgraph/rules.h"
#include "docgraph/segment.h"

typedef struct dg_pipeline_opts {
  const char *dicts_dir;             /* shipped dictionaries; NULL: dg_default_dicts_dir */
  const char *const *user_dicts;     /* --dict DIR, in order; each a layer over the last */
  size_t nuser_dicts;
  const char *mecab_dic;             /* NULL: found */
  dg_scope scope;                    /* co-occurrence unit */
} dg_pipeline_opts;

typedef struct dg_pipeline dg_pipeline;

/* The shipped dictionary directory: $DOCGRAPH_DICTS, the installed data directory, or the
 * source tree's dicts/. NULL when none exists. */
const char *dg_default_dicts_dir(void);

/* Open everything. Dictionary problems are listed in `problems` (file:line) and make this
 * fail with DG_EDICT. */
dg_err dg_pipeline_open(dg_pipeline **out, const dg_pipeline_opts *o, dg_diags *problems,
                        dg_error *err);
void dg_pipeline_close(dg_pipeline *p);

const dg_dict *dg_pipeline_dict(const dg_pipeline *p);
const dg_rules *dg_pipeline_rules(const dg_pipeline *p);
dg_mecab *dg_pipeline_mecab(const dg_pipeline *p);

/* Process a loaded document (dg_source_load): text, blocks, sentences, tokens, mentions,
 * relations. */
dg_err dg_pipeline_doc(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err);

/* Expand paths into the sorted list of documents: files as given, directories searched
 * recursively for .txt .md .markdown .html .htm .xhtml .xml (hidden entries skipped),
 * "-" for stdin. Paths that do not exist are reported in `problems` and skipped. */
dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err);
void dg_files_free(char **files, size_t n);

typedef struct dg_batch dg_batch;

dg_err dg_batch_open(dg_batch **out, const dg_pipeline *p, char *const *files, size_t n,
                     int threads, dg_error *err);
/* The next result in file order: returns 1 and sets *doc (a processed document to give
 * back with dg_batch_release) or, when that document failed, *doc = NULL and *err; returns
 * 0 when every file has been handed out. */
int dg_batch_next(dg_batch *b, dg_doc **doc, dg_error *err);
void dg_batch_release(dg_batch *b, dg_doc *doc);
void dg_batch_close(dg_batch *b);

#endif
