/* Latin letters with marks to their ASCII base (latin.h); the table is generated from
 * Unicode's decompositions by scripts/gen_latin_base.py. */
#include "base/latin.h"

#include <stddef.h>

#include "base/latin_table.h"

const char *dg_latin_base(uint32_t cp) {
  const char *b = NULL;
  if (cp >= DG_LATIN_A_FIRST && cp < DG_LATIN_A_END) b = DG_LATIN_A[cp - DG_LATIN_A_FIRST];
  else if (cp >= DG_LATIN_B_FIRST && cp < DG_LATIN_B_END) b = DG_LATIN_B[cp - DG_LATIN_B_FIRST];
  return b && *b ? b : NULL;
}

int dg_latin_upper(uint32_t cp) {
  if (cp >= DG_LATIN_A_FIRST && cp < DG_LATIN_A_END)
    return DG_LATIN_A_UPPER[(cp - DG_LATIN_A_FIRST) / 8] >> ((cp - DG_LATIN_A_FIRST) % 8) & 1;
  if (cp >= DG_LATIN_B_FIRST && cp < DG_LATIN_B_END)
    return DG_LATIN_B_UPPER[(cp - DG_LATIN_B_FIRST) / 8] >> ((cp - DG_LATIN_B_FIRST) % 8) & 1;
  return 0;
}
