/* The amount recognizer on normalized text (what it is handed in the pipeline): every
 * amount inside the text, its decimal finite; every span left out past the bounds inside
 * the text too. */
#include <math.h>
#include <stdlib.h>

#include "docgraph/amount.h"
#include "docgraph/normalize.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_norm n;
  dg_error err = {0};
  if (dg_normalize((const char *)data, size, &n, &err) != DG_OK) return 0;
  dg_amount *a = NULL;
  dg_span *over = NULL;
  size_t na = 0, nover = 0;
  dg_err r = dg_amount_find_all(dg_pipeline_rules(fz_pipeline()), n.text, n.len, &a, &na, &over,
                                &nover, &err);
  fz_check_error(r, &err);
  for (size_t i = 0; r == DG_OK && i < na; i++)
    if (a[i].end < a[i].start || a[i].end > n.len || !isfinite(dg_decimal_to_double(a[i].value)))
      abort();
  for (size_t i = 0; r == DG_OK && i < nover; i++)
    if (over[i].end < over[i].start || over[i].end > n.len) abort();
  free(a);
  free(over);
  dg_norm_destroy(&n);
  return 0;
}
