/* Exact decimals: value = mant * 10^exp, so amounts keep every digit as written
 * (see docgraph/decimal.h). */
#include "docgraph/decimal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

char *dg_decimal_format(dg_decimal d, char *buf, size_t size) {
  char digits[32];
  int neg = d.mant < 0;
  uint64_t m = neg ? (uint64_t)(-(d.mant + 1)) + 1 : (uint64_t)d.mant;
  snprintf(digits, sizeof digits, "%" PRIu64, m);
  size_t nd = strlen(digits);
  size_t o = 0;
#define PUT(c)                                                                             \
  do {                                                                                     \
    if (o + 1 < size) buf[o++] = (c);                                                      \
  } while (0)
  if (neg) PUT('-');
  if (d.exp >= 0) {
    for (size_t i = 0; i < nd; i++) PUT(digits[i]);
    if (m != 0)
      for (int i = 0; i < d.exp; i++) PUT('0');
  } else {
    size_t frac = (size_t)(-d.exp);
    if (nd <= frac) {
      PUT('0');
      PUT('.');
      for (size_t i = nd; i < frac; i++) PUT('0');
      for (size_t i = 0; i < nd; i++) PUT(digits[i]);
    } else {
      for (size_t i = 0; i < nd - frac; i++) PUT(digits[i]);
      PUT('.');
      for (size_t i = nd - frac; i < nd; i++) PUT(digits[i]);
    }
  }
#undef PUT
  if (size) buf[o] = '\0';
  return buf;
}

double dg_decimal_to_double(dg_decimal d) { return (double)d.mant * pow(10.0, d.exp); }

int dg_decimal_scale(dg_decimal *d, int k) {
  int e = d->exp + k;
  /* Prefer an exact integer mantissa with exp >= 0 folded in, as long as it fits. */
  d->exp = e;
  return (e > 40 || e < -40) ? -1 : 0;
}
