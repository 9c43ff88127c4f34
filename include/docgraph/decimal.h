/* Exact decimals for amounts: value = mant * 10^exp, every digit kept as written. */
#ifndef DOCGRAPH_DECIMAL_H
#define DOCGRAPH_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

/* An exact decimal: value = mant * 10^exp. Amounts keep every digit as written. */
typedef struct dg_decimal {
  int64_t mant;
  int32_t exp;
} dg_decimal;

/* The bounds of a value docgraph reads (amounts, quantities): at most 18 significant
 * digits, under 10^18 and at most 18 digits after the point, so every digit is kept, the
 * text dg_decimal_format writes fits in 40 bytes and the double is finite. */
#define DG_DECIMAL_DIGITS 18
int dg_decimal_bounded(dg_decimal d);

/* Write the decimal without exponent ("40000000000", "2.25") into buf; returns buf. */
char *dg_decimal_format(dg_decimal d, char *buf, size_t size);
double dg_decimal_to_double(dg_decimal d);
/* Multiply by 10^k; returns 0, or -1 on overflow. */
int dg_decimal_scale(dg_decimal *d, int k);
/* Read a decimal written as dg_decimal_format writes it ("40000000000", "2.25", "-3") at
 * s; returns the bytes read, 0 when there is no number or it has more than 18 digits. */
size_t dg_decimal_parse(const char *s, dg_decimal *out);

#endif
