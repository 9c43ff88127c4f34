/* English countries whose name ends in a plural s, written in the singular before an
 * apostrophe s (Solomon Island's Prime Minister, Marshall Island’s delegation, Maldive's):
 * the writer dropped the s the possessive ate. The capitalized words before the
 * apostrophe, read with an s after them, longest first, as a surface of the dictionary.
 * Invariant: the mention covers those words only (not the apostrophe), is a country the
 * dictionary lists under the name with the s, and overlaps no name already found. */
#include <string.h>

#include "recognize/names_int.h"

#define MAX_WORDS 4 /* capitalized words read before the apostrophe */

/* The length of an apostrophe s at p ('s, ’s) that ends a word, else 0. */
static size_t apostrophe_s(const dgn_ctx *c, uint32_t p) {
  size_t n = dg_possessive_at(c->t, c->len, p);
  return n && !dg_alnum_at(c->t, c->len, p + n) ? n : 0;
}

/* The country whose dictionary surface is t[a, p) with an s after it, or -1. */
static long plural_country(const dgn_ctx *c, uint32_t a, uint32_t p) {
  char buf[DGN_MAX_NAME_BYTES];
  if (p - a + 1 > sizeof buf || c->t[p - 1] == 's') return -1;
  memcpy(buf, c->t + a, p - a);
  buf[p - a] = 's';
  long ent = dg_dict_find_surface(c->rz->dict, buf, p - a + 1);
  return ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == DG_TYPE_COUNTRY ? ent
                                                                                         : -1;
}

/* The starts of the capitalized words that run up to p, one space between (nearest
 * first); their number. */
static size_t word_starts(const dgn_ctx *c, uint32_t p, uint32_t starts[MAX_WORDS]) {
  size_t n = 0;
  uint32_t z = p;
  while (n < MAX_WORDS) {
    uint32_t a = z;
    while (a > 0 && (dg_is_upper(c->t[a - 1]) || dg_is_lower(c->t[a - 1]))) a--;
    if (a == z || !dg_is_upper(c->t[a])) break;
    starts[n++] = a;
    if (a < 2 || c->t[a - 1] != ' ') break;
    z = a - 1;
  }
  return n;
}

/* The country written before the apostrophe at p, if any. Returns 0, or -1 when memory
 * runs out. */
static int country_before(dgn_ctx *c, uint32_t p) {
  uint32_t starts[MAX_WORDS];
  for (size_t k = word_starts(c, p, starts); k-- > 0;) {
    long ent = plural_country(c, starts[k], p);
    if (ent < 0) continue;
    if (dgn_overlaps(c, starts[k], p, ANY_NAMED)) return 0;
    return dgn_add_entity(c, DG_TYPE_COUNTRY, starts[k], p, ent) ? 0 : -1;
  }
  return 0;
}

dg_err dgn_possessive_countries(dgn_ctx *c, dg_error *err) {
  for (uint32_t p = 1; p + 1 < c->len; p++) {
    size_t n = dg_is_lower(c->t[p - 1]) ? apostrophe_s(c, p) : 0;
    if (!n) continue;
    if (country_before(c, p) < 0) return dg_error_set(err, DG_ENOMEM, "out of memory");
    p += (uint32_t)n - 1;
  }
  return DG_OK;
}
