/* The whole per-document pipeline on one buffer: format and encoding by its bytes,
 * reading, sentences, MeCab, recognition and relations (dg_pipeline_doc). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_doc *d = fz_doc("fuzz", data, size, DG_FMT_AUTO);
  if (!d) return 0;
  dg_error err = {0};
  fz_check_error(dg_pipeline_doc(fz_pipeline(), fz_tagger(), d, &err), &err);
  fz_doc_free(d);
  return 0;
}
