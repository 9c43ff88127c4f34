/* Talks named by the document's title. A title line that names two sides joined by と and
 * ends with との and a meeting head word of heads.tsv (太平洋島嶼国の大使グループと山田補佐官
 * との面会: the talks of the ambassadors with the adviser) is the name of the meeting the
 * document reports: the whole line, a new meeting. The body then tells of it without a
 * name (…は、…と面会しました).
 * Invariant: only a line among the document's first two blocks, that opens its sentence,
 * holds a person, group, country or organization, and has と before its との. */
#include <string.h>

#include "recognize/names_int.h"

#define TO_NO "\xE3\x81\xA8\xE3\x81\xAE" /* との */
#define TO "\xE3\x81\xA8"                /* と */

/* Where the line that opens at a ends (its newline, or e), spaces before it dropped. */
static uint32_t line_end(const char *t, uint32_t a, uint32_t e) {
  uint32_t z = a;
  while (z < e && t[z] != '\n') z++;
  while (z > a && t[z - 1] == ' ') z--;
  return z;
}

/* Is there a と in t[a, z) that is no part of a name (the first side's joiner)? */
static int joined_sides(dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t p = a + 3; p + 3 <= z; p++)
    if (!memcmp(c->t + p, TO, 3) && !dgn_overlaps(c, p, p + 3, ANY_NAMED)) return 1;
  return 0;
}

dg_err dgn_title_talks(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  const char *t = c->t;
  uint32_t a = s->start;
  if (s->block > 1 || (a > 0 && t[a - 1] != '\n')) return DG_OK;
  uint32_t z = line_end(t, a, s->end);
  long h = dg_wordlist_before(&c->r->heads, t, a, z);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING) return DG_OK;
  uint32_t hs = z - (uint32_t)c->r->heads.w[h].len;
  if (hs < a + 12 || memcmp(t + hs - 6, TO_NO, 6) != 0 || !joined_sides(c, a, hs - 6) ||
      !dgn_overlaps(c, a, hs, T(PERSON) | T(GROUP) | T(COUNTRY) | T(ORGANIZATION)) ||
      dgn_overlaps(c, a, z, T(MEETING)) || !dgn_name_fits(c, a, z))
    return DG_OK;
  return dgn_record_name(c, DG_TYPE_MEETING, a, z, err);
}
