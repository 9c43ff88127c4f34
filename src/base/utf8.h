/* UTF-8 decoding and the character classes the matcher and splitter decide on.
 * dg_utf8_decode never reads past `end` and reports invalid sequences, so callers can
 * repair or reject input instead of trusting it. */
#ifndef DG_UTF8_H
#define DG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* dg_utf8_decode of a sequence that starts with a byte of 0x80 or more. */
int dg_utf8_decode_multi(const char *s, const char *end, uint32_t *cp);

/* Decode one code point at s (s < end). Returns its byte length (1..4) and stores the code
 * point in *cp, or returns 0 for an invalid or truncated sequence (then *cp = U+FFFD).
 * Inline for ASCII and for a valid three-byte character (kana, kanji, Japanese punctuation:
 * the rules decode the text a character at a time, many times over); the rest, and every
 * invalid sequence, by dg_utf8_decode_multi. */
static inline int dg_utf8_decode(const char *s, const char *end, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if ((c & 0xF0) == 0xE0 && end - s >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    uint32_t v = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { /* not overlong, not a surrogate */
      *cp = v;
      return 3;
    }
  }
  return dg_utf8_decode_multi(s, end, cp);
}
/* Encode cp into out (4 bytes room); returns the length. */
int dg_utf8_encode(uint32_t cp, char *out);
/* Length of the code point starting at s; 1 for a stray byte. */
static inline int dg_utf8_len(const char *s, const char *end) {
  uint32_t cp;
  int n = dg_utf8_decode(s, end, &cp);
  return n ? n : 1;
}
/* Offset of the start of the code point that ends at or before `off` (off > 0). */
size_t dg_utf8_prev(const char *text, size_t off);

typedef enum dg_script {
  DG_SC_OTHER = 0, /* punctuation, symbols, spaces */
  DG_SC_LATIN,     /* ASCII letters and Latin letters */
  DG_SC_DIGIT,     /* ASCII digits */
  DG_SC_HIRAGANA,
  DG_SC_KATAKANA, /* including the prolonged sound mark ー */
  DG_SC_KANJI,    /* CJK ideographs, 々 and 〆 */
  DG_SC_HANGUL,
  DG_SC_SPACE
} dg_script;

dg_script dg_script_of(uint32_t cp);
/* True for kana and kanji: characters MeCab must segment (none below U+3005, 々). */
static inline int dg_is_japanese(uint32_t cp) {
  if (cp < 0x3005) return 0;
  dg_script s = dg_script_of(cp);
  return s == DG_SC_HIRAGANA || s == DG_SC_KATAKANA || s == DG_SC_KANJI;
}
static inline int dg_is_ascii_alnum(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
/* A character no output may carry as it is: C0 controls but tab, line feed and carriage
 * return (XML 1.0 forbids them, terminals obey them), DEL and the C1 controls, the line and
 * paragraph separators (they end a line in JavaScript) and U+FFFE, U+FFFF (not XML
 * characters). Input cleaning turns each into a space. */
int dg_is_control(uint32_t cp);

#endif
