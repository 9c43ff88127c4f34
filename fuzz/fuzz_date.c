/* The date recognizer on normalized text: every date inside the text. */
#include <stdlib.h>

#include "docgraph/date.h"
#include "docgraph/normalize.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_norm n;
  dg_error err = {0};
  if (dg_normalize((const char *)data, size, &n, &err) != DG_OK) return 0;
  dg_date *ds = NULL;
  size_t nd = 0;
  dg_err r = dg_date_find(dg_pipeline_rules(fz_pipeline()), n.text, n.len, 2025, &ds, &nd, &err);
  fz_check_error(r, &err);
  for (size_t i = 0; r == DG_OK && i < nd; i++)
    if (ds[i].end < ds[i].start || ds[i].end > n.len) abort();
  free(ds);
  dg_norm_destroy(&n);
  return 0;
}
