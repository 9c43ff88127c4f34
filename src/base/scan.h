/* Small tests on text at a byte offset, shared by every rule that reads normalized text:
 * the code point at or before an offset, ASCII classes, and literal strings at or before
 * an offset. All bounds-checked: an offset at or past the end reads as nothing. */
#ifndef DG_BASE_SCAN_H
#define DG_BASE_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"

static inline int dg_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int dg_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int dg_is_lower(int c) { return c >= 'a' && c <= 'z'; }

/* Is s[0, n) written in capitals: a capital letter and no small one (HE, KUALA LUMPUR,
 * JOINT STATEMENT)? */
static inline int dg_all_capitals(const char *s, size_t n) {
  int caps = 0;
  for (size_t i = 0; i < n; i++) {
    if (dg_is_lower(s[i])) return 0;
    caps += dg_is_upper(s[i]);
  }
  return caps > 0;
}

/* The code point at t[i] (U+FFFD for a bad byte), or 0 at or past the end. */
static inline uint32_t dg_cp_at(const char *t, size_t len, size_t i) {
  uint32_t cp = 0;
  if (i < len) dg_utf8_decode(t + i, t + len, &cp);
  return cp;
}

/* The code point that ends at t[i] (exclusive), or 0 at the start. */
static inline uint32_t dg_cp_before(const char *t, size_t i) {
  if (i == 0) return 0;
  size_t p = dg_utf8_prev(t, i);
  uint32_t cp = 0;
  dg_utf8_decode(t + p, t + i, &cp);
  return cp;
}

/* Is t[i] an ASCII letter or digit? */
static inline int dg_alnum_at(const char *t, size_t len, size_t i) {
  return i < len && dg_is_ascii_alnum((unsigned char)t[i]);
}

/* Does t[i..) start with s? */
static inline int dg_lit(const char *t, size_t len, size_t i, const char *s) {
  size_t l = strlen(s);
  return i + l <= len && memcmp(t + i, s, l) == 0;
}

/* The length of an English possessive at t[i] ('s, or ’s as UTF-8), else 0. */
static inline size_t dg_possessive_at(const char *t, size_t len, size_t i) {
  return dg_lit(t, len, i, "'s") ? 2 : dg_lit(t, len, i, "\xE2\x80\x99s") ? 4 : 0;
}

/* Does t[..i) end with s? */
static inline int dg_lit_before(const char *t, size_t i, const char *s) {
  size_t l = strlen(s);
  return i >= l && memcmp(t + i - l, s, l) == 0;
}

#endif
