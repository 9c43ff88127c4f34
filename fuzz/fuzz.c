/* Shared set-up of the fuzz targets (see fuzz.h). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgraph/source.h"

static dg_pipeline *pipe_;
static dg_tagger *tagger_;

const dg_pipeline *fz_pipeline(void) {
  if (pipe_) return pipe_;
  dg_pipeline_opts o = {.dicts_dir = DG_FUZZ_DICTS};
  dg_diags probs;
  dg_diags_init(&probs);
  dg_error err = {0};
  if (dg_pipeline_open(&pipe_, &o, &probs, &err) != DG_OK ||
      dg_tagger_new(dg_pipeline_mecab(pipe_), &tagger_, &err) != DG_OK) {
    fprintf(stderr, "fuzz: cannot open the pipeline: %s\n", err.msg);
    abort();
  }
  dg_diags_destroy(&probs);
  return pipe_;
}

dg_tagger *fz_tagger(void) {
  fz_pipeline();
  return tagger_;
}

static char scratch_[256];

static void remove_scratch(void) { unlink(scratch_); }

const char *fz_scratch(const uint8_t *data, size_t size, const char *ext) {
  char *path = scratch_;
  if (!path[0]) atexit(remove_scratch); /* a process uses one extension */
  snprintf(scratch_, sizeof scratch_, "/tmp/docgraph-fuzz-%ld%s", (long)getpid(), ext);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) abort();
  return path;
}

void fz_check_error(dg_err r, const dg_error *e) {
  if (r != DG_OK && !e->msg[0]) {
    fprintf(stderr, "fuzz: error %d without a message\n", (int)r);
    abort();
  }
}

dg_doc *fz_doc(const char *name, const uint8_t *data, size_t size, dg_format f) {
  dg_doc *d = calloc(1, sizeof *d);
  if (!d) abort();
  dg_doc_init(d);
  dg_error err = {0};
  dg_err r = dg_source_load_mem(d, name, (const char *)data, size, f, &err);
  fz_check_error(r, &err);
  if (r != DG_OK) {
    fz_doc_free(d);
    return NULL;
  }
  return d;
}

void fz_doc_free(dg_doc *d) {
  dg_doc_destroy(d);
  free(d);
}
