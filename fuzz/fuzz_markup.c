/* The HTML and XML readers (libxml2 SAX, no network, no entities): the first byte picks
 * HTML (even) or XML (odd), the rest is the file. */
#include "docgraph/source.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  dg_format f = data[0] & 1 ? DG_FMT_XML : DG_FMT_HTML;
  dg_doc *d = fz_doc(f == DG_FMT_XML ? "fuzz.xml" : "fuzz.html", data + 1, size - 1, f);
  if (!d) return 0;
  dg_error err = {0};
  fz_check_error(dg_source_prepare(d, &err), &err);
  fz_doc_free(d);
  return 0;
}
