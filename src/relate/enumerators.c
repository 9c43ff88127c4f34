/* Enumerators: the numbers that open the items of a list written in running text,
 * 1)X、2)Y or (1)X、(2)Y or ①X、②Y. A holding verb before the first item holds every
 * item, and a list joins its items over them (held.c, lists.c):
 *   バンコクで開催された1)A会合、2)第3回B会議の結果 -> held_in(A会合), held_in(B会議)
 * An English list in running text marks its items with letters too: (a) the A; (b) the B
 * (dg_rel_item_mark_before).
 * Invariant: an enumerator is one or two ASCII or full-width digits closed by ) or ）,
 * maybe opened by ( or （, or one circled number (① to ⑳), and ends where the item starts;
 * an English item mark is one or two digits or one to three lower-case letters closed by
 * ")", maybe opened by "(", with a space after it and before it. */
#include "base/scan.h"
#include "base/utf8.h"
#include "relate/ties.h"

/* Is cp an ASCII or full-width digit? */
static int enum_digit(uint32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

uint32_t dg_rel_enumerator_before(const char *t, uint32_t lo, uint32_t z) {
  if (z <= lo) return z;
  uint32_t cp = dg_cp_before(t, z), q = (uint32_t)dg_utf8_prev(t, z);
  if (cp >= 0x2460 && cp <= 0x2473) return q; /* ① to ⑳ */
  if (cp != ')' && cp != 0xFF09) return z;
  int n = 0;
  while (q > lo && n < 2 && enum_digit(dg_cp_before(t, q))) {
    q = (uint32_t)dg_utf8_prev(t, q);
    n++;
  }
  if (!n) return z;
  if (q > lo && (dg_cp_before(t, q) == '(' || dg_cp_before(t, q) == 0xFF08))
    q = (uint32_t)dg_utf8_prev(t, q);
  return q;
}

uint32_t dg_rel_item_mark_before(const char *t, uint32_t lo, uint32_t z) {
  if (z < lo + 3 || t[z - 1] != ' ' || t[z - 2] != ')') return z;
  uint32_t q = z - 2;
  int n = 0, digits = dg_is_digit(t[q - 1]);
  while (q > lo && n < (digits ? 2 : 3) &&
         (digits ? dg_is_digit(t[q - 1]) : dg_is_lower(t[q - 1])))
    q--, n++;
  if (!n) return z;
  if (q > lo && t[q - 1] == '(') q--;
  return q == lo || t[q - 1] == ' ' ? q : z;
}
