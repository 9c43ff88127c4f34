/* The pipeline: dictionaries, rules, matcher and MeCab model opened once and shared
 * read-only, then documents processed one by one (dg_pipeline_doc) through every stage:
 * source, structure, sentences, tokens, recognition, relations. Batches over many files
 * on worker threads are in docgraph/batch.h. */
#ifndef DOCGRAPH_PIPELINE_H
#define DOCGRAPH_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

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
  dg_implicit implicit;              /* do implicit mentions co-occur (--implicit) */
  dg_tokens_mode tokens;             /* MeCab on every sentence with Japanese first (the
                                        default), or on each when a rule first reads it: the
                                        same output (the CLI: $DOCGRAPH_TOKENS) */
} dg_pipeline_opts;

typedef struct dg_pipeline dg_pipeline;

/* The shipped dictionary directory: $DOCGRAPH_DICTS, the installed data directory, or the
 * source tree's dicts/. NULL when none exists. */
const char *dg_default_dicts_dir(void);

/* Open everything. Dictionary problems are listed in `problems` (file:line) and make this
 * fail with DG_EDICT; DG_EUNAVAIL when no dictionary directory is found, DG_EMECAB when the
 * MeCab model is missing. */
dg_err dg_pipeline_open(dg_pipeline **out, const dg_pipeline_opts *o, dg_diags *problems,
                        dg_error *err);
void dg_pipeline_close(dg_pipeline *p);

/* What the dictionaries of a check hold: live entities (by type) and surfaces. */
typedef struct dg_dict_summary {
  size_t entities, surfaces;
  size_t types[DG_TYPE_COUNT];
} dg_dict_summary;

/* Load the dictionaries and rule lists of dirs (each a layer over the ones before) as
 * dg_pipeline_open does, only to check them: every problem goes to `problems` (file:line)
 * and makes this return DG_EDICT; *s counts what loaded either way. */
dg_err dg_dicts_check(const char *const *dirs, size_t n, dg_diags *problems, dg_dict_summary *s,
                      dg_error *err);

/* The fingerprint of the dictionaries of dirs (each a layer over the ones before): a hash
 * of the names and bytes of every DIR/NAME.tsv and DIR/rules/NAME.tsv, the files the pipeline
 * loads. A directory that cannot be read adds nothing. */
dg_err dg_dicts_fingerprint(const char *const *dirs, size_t n, uint64_t *out, dg_error *err);
/* The fingerprint of the dictionaries the pipeline loaded. */
uint64_t dg_pipeline_fingerprint(const dg_pipeline *p);
/* What of the pipeline's options shapes a graph, as words: "scope=sentence implicit=count". */
const char *dg_pipeline_describe(const dg_pipeline *p);

const dg_dict *dg_pipeline_dict(const dg_pipeline *p);
const dg_rules *dg_pipeline_rules(const dg_pipeline *p);
dg_mecab *dg_pipeline_mecab(const dg_pipeline *p);

/* Process a loaded document (dg_source_load): text, blocks, sentences, tokens, mentions,
 * relations. */
dg_err dg_pipeline_doc(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err);
/* dg_pipeline_doc but its last step: the mentions as the relation rules read them, the
 * dates that are only cues still there (days with no year, programs' periods:
 * dg_doc_drop_cues makes the rest). For tests that run one
 * rule on the same mentions the whole run read. */
dg_err dg_pipeline_doc_read(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err);

#endif
