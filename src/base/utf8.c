/* UTF-8 decoding and script classes (see utf8.h). Rejects overlong forms, surrogates
 * and code points above U+10FFFF, as RFC 3629 requires. */
#include "base/utf8.h"

int dg_utf8_decode_multi(const char *s, const char *end, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  size_t avail = (size_t)(end - s);
  unsigned c = p[0];
  *cp = 0xFFFD;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int n;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) n = 2, v = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, v = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, v = c & 0x07, min = 0x10000;
  else return 0;
  if (avail < (size_t)n) return 0;
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return n;
}

int dg_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t dg_utf8_prev(const char *text, size_t off) {
  size_t i = off - 1;
  int k = 0;
  while (i > 0 && k < 3 && ((unsigned char)text[i] & 0xC0) == 0x80) i--, k++;
  return i;
}

dg_script dg_script_of(uint32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return DG_SC_LATIN;
    if (cp >= '0' && cp <= '9') return DG_SC_DIGIT;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return DG_SC_SPACE;
    return DG_SC_OTHER;
  }
  if (cp >= 0x3041 && cp <= 0x309F) return DG_SC_HIRAGANA;
  if ((cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC || cp == 0x30FD || cp == 0x30FE ||
      (cp >= 0x31F0 && cp <= 0x31FF))
    return DG_SC_KATAKANA;
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF) || cp == 0x3005 ||
      cp == 0x3006)
    return DG_SC_KANJI;
  if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF)) return DG_SC_HANGUL;
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)) return DG_SC_LATIN;
  if (cp == 0x3000 || cp == 0xA0) return DG_SC_SPACE;
  return DG_SC_OTHER;
}

int dg_is_control(uint32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  return (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFFFE ||
         cp == 0xFFFF;
}
