/* The Word and OpenDocument readers (libzip, then libxml2): the first byte picks .docx
 * (even) or .odt (odd), the rest is the archive. */
#include "docgraph/source.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  dg_format f = data[0] & 1 ? DG_FMT_ODT : DG_FMT_DOCX;
  dg_doc *d = fz_doc(f == DG_FMT_ODT ? "fuzz.odt" : "fuzz.docx", data + 1, size - 1, f);
  if (!d) return 0;
  dg_error err = {0};
  fz_check_error(dg_source_prepare(d, &err), &err);
  fz_doc_free(d);
  return 0;
}
