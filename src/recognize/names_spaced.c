/* Dictionary names written with a space between their Latin and their Japanese part:
 * ASEAN 地域フォーラム for ASEAN地域フォーラム. The matcher reads the
 * text as written, and normalizing keeps a space next to a Latin letter, so these names are
 * found here: the tokens touching each side of the space, read without it, longest first,
 * as a surface of the dictionary.
 * Invariant: the name begins and ends on token boundaries, holds one space only, is a
 * dictionary name of a meeting, program or organization, and overlaps no name of those
 * types already found; it runs before the ordinals, so 第6回 before it makes an instance. */
#include <string.h>

#include "recognize/names_int.h"

#define SIDE_TOKENS 8 /* tokens on each side of the space */

/* The dictionary entity of a name type whose surface is t[a, p) t[p+1, z), or -1. */
static long joined_surface(const dgn_ctx *c, uint32_t a, uint32_t p, uint32_t z) {
  char buf[DGN_MAX_NAME_BYTES];
  if (z - a - 1 > sizeof buf) return -1;
  memcpy(buf, c->t + a, p - a);
  memcpy(buf + (p - a), c->t + p + 1, z - p - 1);
  long ent = dg_dict_find_surface(c->rz->dict, buf, z - a - 1);
  if (ent < 0) return -1;
  dg_type type = dg_dict_entity(c->rz->dict, (size_t)ent)->type;
  return (NAME_TYPES >> type) & 1 ? ent : -1;
}

/* The name across the space at p, between a Latin letter and a Japanese character: the
 * starts of the tokens touching on its left (far first) and the ends of those on its right
 * (far first) tried in turn. Returns 0, or -1 when memory runs out. */
static int name_across(dgn_ctx *c, const dg_sentence *s, uint32_t p) {
  const dg_doc *d = c->d;
  uint32_t starts[SIDE_TOKENS], ends[SIDE_TOKENS];
  size_t ns = 0, ne = 0;
  long k = dg_doc_token_at(d, p - 1);
  for (uint32_t at = p; k >= (long)dg_sent_tok0(d, s) && dg_tok(d, k)->end == at &&
       ns < SIDE_TOKENS; k--)
    at = starts[ns++] = dg_tok(d, k)->start;
  k = dg_doc_token_at(d, p + 1);
  for (uint32_t at = p + 1; k >= 0 && k < (long)dg_sent_tokend(d, s) && dg_tok(d, k)->start == at &&
                            ne < SIDE_TOKENS;
       k++)
    at = ends[ne++] = dg_tok(d, k)->end;
  for (size_t i = ns; i-- > 0;)
    for (size_t j = ne; j-- > 0;) {
      long ent = joined_surface(c, starts[i], p, ends[j]);
      if (ent < 0 || dgn_overlaps(c, starts[i], ends[j], NAME_TYPES)) continue;
      dg_type type = dg_dict_entity(c->rz->dict, (size_t)ent)->type;
      return dgn_add_entity(c, type, starts[i], ends[j], ent) ? 0 : -1;
    }
  return 0;
}

dg_err dgn_spaced_names(dgn_ctx *c, dg_error *err) {
  const char *t = c->t;
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence *s = &c->d->sents[si];
    if (!dg_sent_ntok(c->d, s)) continue;
    for (uint32_t p = s->start + 1; p + 1 < s->end; p++) {
      if (t[p] != ' ' || !dg_is_ascii_alnum((unsigned char)t[p - 1]) ||
          !dg_is_japanese(dg_cp_at(t, c->len, p + 1)))
        continue;
      if (name_across(c, s, p) < 0) return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
  }
  return DG_OK;
}
