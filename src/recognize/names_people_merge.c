/* Short mentions of a person merge into the full name given elsewhere in the document:
 * 高市 -> 高市早苗, ラフモン -> エマモリ・ラフモン, Marcos -> Ferdinand Marcos.
 * Invariant: only people no dictionary lists take another's id and labels, always those
 * of the longest full name that contains them (the first such in the document on a tie);
 * people are looked at in document order, each seeing the merges made before it. */
#include <stdlib.h>
#include <string.h>

#include "recognize/names_int.h"

/* Latin names: the short one is a word of the long one (Marcos in Ferdinand Marcos). */
static int word_of(const char *s, size_t sl, const char *l) {
  for (const char *p = l; (p = strstr(p, s)); p += sl)
    if ((p == l || p[-1] == ' ') && (p[sl] == '\0' || p[sl] == ' ')) return 1;
  return 0;
}

/* Japanese names: the short one begins the long one (a surname: 高市 in 高市早苗) or, for
 * katakana names, is its last part after ・ (ラフモン in エマモリ・ラフモン). */
static int part_of(const char *s, size_t sl, const char *l, size_t ll) {
  return strncmp(l, s, sl) == 0 ||
         (ll > sl + 3 && strcmp(l + ll - sl, s) == 0 && memcmp(l + ll - sl - 3, DGN_DOT, 3) == 0);
}

/* The longest label among people pi[0..np) that the label of m is a short form of, or
 * NULL. */
static const dg_mention *full_name(const dg_doc *d, const uint32_t *pi, size_t np,
                                   const dg_mention *m) {
  size_t ml = strlen(m->label);
  int latin = !dgn_has_script(m->label, ml, DG_SC_KANJI) &&
              !dgn_has_script(m->label, ml, DG_SC_KATAKANA);
  const dg_mention *best = NULL;
  for (size_t y = 0; y < np; y++) {
    const dg_mention *o = &d->ments[pi[y]];
    size_t ol = strlen(o->label);
    if (o == m || ol <= ml) continue;
    int same = latin ? word_of(m->label, ml, o->label) : part_of(m->label, ml, o->label, ol);
    if (same && (!best || strlen(best->label) < ol)) best = o;
  }
  return best;
}

dg_err dgn_merge_people(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  size_t np = 0;
  for (size_t i = 0; i < d->nments; i++) np += d->ments[i].type == DG_TYPE_PERSON;
  if (np < 2) return DG_OK;
  uint32_t *pi = malloc(np * sizeof *pi);
  if (!pi) return dg_error_set(err, DG_ENOMEM, "out of memory");
  np = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON) pi[np++] = (uint32_t)i;
  for (size_t x = 0; x < np; x++) {
    dg_mention *m = &d->ments[pi[x]];
    if (m->entity >= 0) continue;
    const dg_mention *best = full_name(d, pi, np, m);
    if (best) {
      m->id = best->id;
      m->label = best->label;
      m->label_en = best->label_en;
    }
  }
  free(pi);
  return DG_OK;
}
