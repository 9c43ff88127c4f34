/* The sentence splitter: prepared text cut into sentences, each inside its block and no
 * longer than DG_MAX_SENTENCE_BYTES. */
#include <stdlib.h>

#include "docgraph/source.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_doc *d = fz_doc("fuzz.md", data, size, DG_FMT_MARKDOWN);
  if (!d) return 0;
  dg_error err = {0};
  dg_err r = dg_source_prepare(d, &err);
  if (r == DG_OK) r = dg_segment_sentences(d, dg_pipeline_rules(fz_pipeline()), &err);
  fz_check_error(r, &err);
  for (size_t i = 0; r == DG_OK && i < d->nsents; i++) {
    const dg_sentence *s = &d->sents[i];
    if (s->end < s->start || s->end > d->len || s->end - s->start > DG_MAX_SENTENCE_BYTES ||
        s->block >= d->nblocks)
      abort();
  }
  fz_doc_free(d);
  return 0;
}
