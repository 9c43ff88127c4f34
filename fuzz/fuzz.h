/* What every fuzz target shares: the pipeline (shipped dictionaries, rule lists, MeCab)
 * opened once per process, a scratch file for the readers that take a path, and a document
 * read from a buffer. A target aborts only on a broken contract (a reader that fails
 * without a message); every error the library reports is a valid outcome. */
#ifndef DG_FUZZ_H
#define DG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"
#include "docgraph/pipeline.h"
#include "docgraph/segment.h"

/* libFuzzer's entry point, defined by each target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The shared pipeline and a tagger; never NULL (aborts when the setup fails). */
const dg_pipeline *fz_pipeline(void);
dg_tagger *fz_tagger(void);
/* Write data to this process's scratch file (its name ends in `ext`); returns its path. */
const char *fz_scratch(const uint8_t *data, size_t size, const char *ext);
/* A document loaded from data as format f (DG_FMT_AUTO: by its bytes and `name`), or NULL
 * when loading refused it (with a message: checked). Free with fz_doc_free. */
dg_doc *fz_doc(const char *name, const uint8_t *data, size_t size, dg_format f);
void fz_doc_free(dg_doc *d);
/* Abort unless a failed call left a message. */
void fz_check_error(dg_err r, const dg_error *e);

#endif
