/* Japanese: the parties a meeting's name brings together before its による take part in it.
 *   中国とASEANの外相による特別会合は14日に開催された。 -> participates_in(CHN), (ASEAN)
 *   日本とASEAN=東南アジア諸国連合による特別首脳会議    -> participates_in(JPN), (ASEAN)
 * (names_parties_ja.c makes such names.) A name with no による inside names no parties
 * this way (日ASEAN特別首脳会議: the series' name).
 * Invariant: only countries and groups nested in the name, before its first による. */
#include <string.h>

#include "base/scan.h"
#include "relate/ties.h"

void dg_rel_named_parties(dg_rel_ctx *c, uint32_t s, uint32_t m) {
  static const char by[] = "\xE3\x81\xAB\xE3\x82\x88\xE3\x82\x8B"; /* による */
  const dg_mention *mm = &c->d->ments[m];
  const char *t = c->d->text;
  uint32_t z = mm->start;
  while (z + 9 <= mm->end && memcmp(t + z, by, 9) != 0) z++;
  if (z + 9 > mm->end) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (i != m && p->start >= mm->start && p->end <= z &&
        dg_rel_is_type(p, DG_TYPESET(COUNTRY) | DG_TYPESET(GROUP)))
      dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, m, s);
  }
}
