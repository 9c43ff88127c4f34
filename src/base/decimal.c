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

int dg_decimal_bounded(dg_decimal d) {
  int64_t m = d.mant;
  int32_t e = d.exp;
  if (m == 0) return 1;
  while (m % 10 == 0) m /= 10, e++;
  int digits = 0;
  for (int64_t x = m; x; x /= 10) digits++;
  return digits <= DG_DECIMAL_DIGITS && e >= -DG_DECIMAL_DIGITS &&
         (int64_t)digits + e <= DG_DECIMAL_DIGITS;
}

/* Correctly rounded (as strtod would read the digits) while the mantissa and the power of
 * ten are exact doubles: one multiplication or division rounds once. */
double dg_decimal_to_double(dg_decimal d) {
  static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  double m = (double)d.mant;
  if (d.mant == 0) return 0.0; /* not 0 * pow(10, 400), which is NaN */
  if (d.exp >= 0 && d.exp <= 22) return m * p10[d.exp];
  if (d.exp < 0 && d.exp >= -22) return m / p10[-d.exp];
  return m * pow(10.0, d.exp);
}

int dg_decimal_scale(dg_decimal *d, int k) {
  int e = d->exp + k;
  /* Prefer an exact integer mantissa with exp >= 0 folded in, as long as it fits. */
  d->exp = e;
  return (e > 40 || e < -40) ? -1 : 0;
}

size_t dg_decimal_parse(const char *s, dg_decimal *out) {
  size_t i = s[0] == '-' ? 1 : 0, digits = 0;
  int64_t mant = 0;
  int32_t exp = 0;
  int frac = 0;
  for (;; i++) {
    if (s[i] == '.' && !frac && s[i + 1] >= '0' && s[i + 1] <= '9') {
      frac = 1;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') break;
    if (++digits > 18) return 0;
    mant = mant * 10 + (s[i] - '0');
    if (frac) exp--;
  }
  if (!digits) return 0;
  out->mant = s[0] == '-' ? -mant : mant;
  out->exp = exp;
  return i;
}
