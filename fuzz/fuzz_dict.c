/* The dictionary loader: a user dictionary (its header prepended half of the time, so rows
 * get checked) loaded over nothing; every problem is a file:line line. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/dict.h"
#include "fuzz.h"

static const char header[] = "id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int with_header = size && data[0] & 1;
  uint8_t *buf = malloc(size + sizeof header);
  if (!buf) return 0;
  size_t n = 0;
  if (with_header) memcpy(buf, header, sizeof header - 1), n = sizeof header - 1;
  if (size) memcpy(buf + n, data + 1, size - 1), n += size - 1;
  const char *path = fz_scratch(buf, n, ".tsv");
  free(buf);
  dg_dict *d;
  dg_error err = {0};
  if (dg_dict_new(&d, &err) != DG_OK) return 0;
  dg_diags probs;
  dg_diags_init(&probs);
  dg_err r = dg_dict_load_file(d, path, &probs, &err);
  fz_check_error(r, &err);
  for (size_t i = 0; i < probs.n; i++)
    if (strncmp(probs.msgs[i], path, strlen(path)) != 0) abort();
  for (size_t i = 0; i < dg_dict_surface_count(d); i++) dg_dict_surface(d, i);
  dg_diags_destroy(&probs);
  dg_dict_free(d);
  return 0;
}
