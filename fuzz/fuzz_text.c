/* The text reader: bytes as a .txt file through encoding detection, decoding, cleaning,
 * normalization and block structure (dg_source_prepare). Every offset map must stay in
 * bounds: each mention's file position is computed through them. */
#include "docgraph/source.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_doc *d = fz_doc("fuzz.txt", data, size, DG_FMT_TEXT);
  if (!d) return 0;
  dg_error err = {0};
  dg_err r = dg_source_prepare(d, &err);
  fz_check_error(r, &err);
  if (r == DG_OK)
    for (size_t i = 0; i <= d->len; i += 1 + d->len / 64) {
      uint32_t line, col;
      dg_doc_line_col(d, dg_doc_raw_offset(d, (uint32_t)i), &line, &col);
    }
  fz_doc_free(d);
  return 0;
}
