/* The PDF reader (poppler, then columns, headers and furigana, wrapped lines joined). */
#include "docgraph/source.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_doc *d = fz_doc("fuzz.pdf", data, size, DG_FMT_PDF);
  if (!d) return 0;
  dg_error err = {0};
  fz_check_error(dg_source_prepare(d, &err), &err);
  fz_doc_free(d);
  return 0;
}
