/* The amount recognizer on normalized text (what it is handed in the pipeline): every
 * amount inside the text, its decimal finite. */
#include <stdlib.h>

#include "docgraph/amount.h"
#include "docgraph/normalize.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_norm n;
  dg_error err = {0};
  if (dg_normalize((const char *)data, size, &n, &err) != DG_OK) return 0;
  dg_amount *a = NULL;
  size_t na = 0;
  dg_err r = dg_amount_find(dg_pipeline_rules(fz_pipeline()), n.text, n.len, &a, &na, &err);
  fz_check_error(r, &err);
  for (size_t i = 0; r == DG_OK && i < na; i++)
    if (a[i].end < a[i].start || a[i].end > n.len) abort();
  free(a);
  dg_norm_destroy(&n);
  return 0;
}
