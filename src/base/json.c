/* JSON output helpers (see docgraph/json.h). Strings are escaped per RFC 8259; invalid
 * UTF-8 never reaches the output. A stream is written by one thread at a time (the data
 * files each by its writer, the mentions by the run's thread in file order), so the stdio
 * calls are the unlocked ones: putc_unlocked is a macro where putc is a call, and the data
 * files call these helpers a dozen times an element. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "docgraph/json.h"
#include "base/swar.h"
#include "base/utf8.h"

/* n bytes to the stream: a short run a byte at a time with putc_unlocked (a store into the
 * stream's buffer: a key, a number, an escape), a longer one with fwrite_unlocked (a call
 * that costs as much as a few dozen bytes stored); the same bytes either way. */
static void put_bytes(const char *s, size_t n, FILE *f) {
  if (n > 24) {
    fwrite_unlocked(s, 1, n, f);
    return;
  }
  for (size_t i = 0; i < n; i++) putc_unlocked(s[i], f);
}

/* fputs without the stream's lock (fputs_unlocked is GNU's alone). */
static void put_str(const char *s, FILE *f) { put_bytes(s, strlen(s), f); }

/* Whether s starts with a character of three bytes that is copied as it is: valid UTF-8
 * (lead E1-EC or EE-EF, whose every continuation is valid: no overlong form, no
 * surrogate) and not U+2028 or U+2029 (E2 80 A8, E2 80 A9). Most of Japanese text; the
 * rest goes through dg_utf8_decode. */
static int plain_utf8_3(const char *s, size_t avail) {
  const unsigned char *p = (const unsigned char *)s;
  if (avail < 3 || p[0] < 0xE1 || p[0] > 0xEF || p[0] == 0xED) return 0;
  if ((p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  return !(p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9));
}

/* Whether the 8 bytes at p are all plain ASCII a JSON string copies: no control character,
 * no '"', no '\\', no DEL, nothing from 0x80 (which goes through the UTF-8 checks). */
static int plain_ascii_8(const char *p) {
  uint64_t x = dg_swar_load(p);
  return !(x & DG_SWAR_HIGHS) && !DG_SWAR_HAS_CONTROL(x) && !DG_SWAR_HAS(x, '"') &&
         !DG_SWAR_HAS(x, '\\') && !DG_SWAR_HAS(x, 0x7F);
}

void dg_json_string(FILE *f, const char *s, size_t n) {
  putc_unlocked('"', f);
  const char *e = s + n;
  size_t i = 0, run = 0; /* bytes [run, i) are copied as they are, in one write */
  while (i < n) {
    if (n - i >= 8 && plain_ascii_8(s + i)) {
      i += 8;
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c < 0x80) {
      i++;
      continue;
    }
    if (plain_utf8_3(s + i, n - i)) {
      i += 3;
      continue;
    }
    uint32_t cp = c;
    int l = 1;
    if (c >= 0x80) {
      l = dg_utf8_decode(s + i, e, &cp);
      if (l && cp != 0x2028 && cp != 0x2029) {
        i += (size_t)l;
        continue;
      }
    }
    if (i > run) put_bytes(s + run, i - run, f);
    if (c >= 0x80) {
      if (l == 0) {
        put_str("\xEF\xBF\xBD", f); /* invalid UTF-8 */
        l = 1;
      } else {
        fprintf(f, "\\u%04x", cp); /* U+2028, U+2029: safe for JavaScript */
      }
    } else {
      switch (c) {
      case '"': put_str("\\\"", f); break;
      case '\\': put_str("\\\\", f); break;
      case '\n': put_str("\\n", f); break;
      case '\r': put_str("\\r", f); break;
      case '\t': put_str("\\t", f); break;
      default: fprintf(f, "\\u%04x", c);
      }
    }
    i += (size_t)l;
    run = i;
  }
  if (i > run) put_bytes(s + run, i - run, f);
  putc_unlocked('"', f);
}

/* x in decimal, as "%lld" writes it, without printf's cost (offsets and line numbers are
 * most of what the writers print); NULL when it does not fit in n bytes. */
static const char *integer_text(long long x, char *buf, size_t n) {
  char tmp[24];
  size_t k = sizeof tmp;
  unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
  do tmp[--k] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (x < 0) tmp[--k] = '-';
  if (sizeof tmp - k >= n) return NULL;
  memcpy(buf, tmp + k, sizeof tmp - k);
  buf[sizeof tmp - k] = '\0';
  return buf;
}

/* 10 significant digits of a = m * 2^q (m < 2^53) at decimal exponent e: round(a * 10^(9 - e))
 * in integer arithmetic, exact (the product fits in 128 bits), to nearest; 0 for a tie,
 * which printf is left to decide. */
static uint64_t digits10(uint64_t m, int q, int e) {
  static const uint64_t pow5[] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
                                  9765625, 48828125, 244140625, 1220703125};
  int k = 9 - e, s = -(q + k);
  if (k < 0 || k > 13 || s < 1 || s > 120) return 0;
  unsigned __int128 x = (unsigned __int128)m * pow5[k], half = (unsigned __int128)1 << (s - 1);
  unsigned __int128 rem = x & ((half << 1) - 1);
  if (rem == half) return 0;
  return (uint64_t)(x >> s) + (rem > half);
}

/* The 10 digits d at decimal exponent e (-4 to 8) as %g's style f writes them: the point
 * after digit e + 1 (or "0." and zeros before), trailing zeros and a bare point dropped. */
static void style_f(const char d[10], int e, int neg, char *buf) {
  size_t k = 0;
  if (neg) buf[k++] = '-';
  if (e < 0) {
    buf[k++] = '0';
    buf[k++] = '.';
    for (int z = 0; z < -e - 1; z++) buf[k++] = '0';
  }
  for (int i = 0; i < 10; i++) {
    if (i == e + 1 && e >= 0) buf[k++] = '.';
    buf[k++] = d[i];
  }
  if (e < 9) /* a fraction was written: its trailing zeros go, and the point when bare */
    while (buf[k - 1] == '0' || buf[k - 1] == '.')
      if (buf[--k] == '.') break;
  buf[k] = '\0';
}

/* v as "%.10g" writes it, without printf, for 1e-4 <= |v| < 1e9 (where %g writes style f
 * whatever the rounding); NULL when it declines (out of that range, or a tie): the caller
 * prints. The digits come from v's exact binary value, so they are printf's. */
static const char *g10_text(double v, char *buf, size_t n) {
  double a = fabs(v);
  if (!(a >= 1e-4 && a < 1e9) || n < 24) return NULL;
  int q;
  uint64_t m = (uint64_t)ldexp(frexp(a, &q), 53); /* a = m * 2^(q - 53), exactly */
  q -= 53;
  int e = (int)floor(log10(a)); /* a guess of the exponent, put right below */
  for (int tries = 0; tries < 4; tries++) {
    uint64_t d = digits10(m, q, e);
    if (d == 0) return NULL;
    if (d >= 10000000000ULL) e++;
    else if (d < 1000000000ULL) e--;
    else {
      if (e < -4 || e > 8) return NULL;
      char dig[11];
      for (int i = 9; i >= 0; i--, d /= 10) dig[i] = (char)('0' + d % 10);
      style_f(dig, e, v < 0, buf);
      return buf;
    }
  }
  return NULL;
}

const char *dg_number_text(double v, char *buf, size_t n) {
  if (isfinite(v) && v == floor(v) && fabs(v) < 1e15 && integer_text((long long)v, buf, n))
    return buf;
  if (isfinite(v) && v == floor(v) && fabs(v) < 1e15) snprintf(buf, n, "%lld", (long long)v);
  else if (!isfinite(v) || !g10_text(v, buf, n)) snprintf(buf, n, "%.10g", v);
  return buf;
}

void dg_json_number(FILE *f, double v) {
  char b[32];
  put_str(isfinite(v) ? dg_number_text(v, b, sizeof b) : "null", f);
}

void dg_json_key_str(FILE *f, const char *k, const char *v) {
  dg_json_string(f, k, strlen(k));
  putc_unlocked(':', f);
  dg_json_string(f, v, strlen(v));
}

void dg_json_key_num(FILE *f, const char *k, double v) {
  dg_json_string(f, k, strlen(k));
  putc_unlocked(':', f);
  dg_json_number(f, v);
}

/* ---- objects ---- */

dg_json_obj dg_json_open(FILE *f) {
  putc_unlocked('{', f);
  return (dg_json_obj){f, 0};
}

void dg_json_close(dg_json_obj *o) { putc_unlocked('}', o->f); }

/* ,"k": in one write when k is short plain ASCII (every key the writers use); else -1,
 * nothing written. */
static int plain_key(FILE *f, const char *k, int comma) {
  char buf[72];
  size_t n = 0;
  if (comma) buf[n++] = ',';
  buf[n++] = '"';
  for (; *k; k++) {
    unsigned char c = (unsigned char)*k;
    if (n > 64 || c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return -1;
    buf[n++] = (char)c;
  }
  buf[n++] = '"';
  buf[n++] = ':';
  put_bytes(buf, n, f);
  return 0;
}

FILE *dg_json_member(dg_json_obj *o, const char *k) {
  int comma = o->n++ != 0;
  if (plain_key(o->f, k, comma) == 0) return o->f;
  if (comma) putc_unlocked(',', o->f);
  dg_json_string(o->f, k, strlen(k));
  putc_unlocked(':', o->f);
  return o->f;
}

static void member(dg_json_obj *o, const char *k) { dg_json_member(o, k); }

void dg_json_str(dg_json_obj *o, const char *k, const char *v) {
  dg_json_strn(o, k, v, strlen(v));
}

void dg_json_strn(dg_json_obj *o, const char *k, const char *v, size_t n) {
  member(o, k);
  dg_json_string(o->f, v, n);
}

void dg_json_num(dg_json_obj *o, const char *k, double v) {
  member(o, k);
  dg_json_number(o->f, v);
}

void dg_json_bool(dg_json_obj *o, const char *k, int v) {
  member(o, k);
  put_str(v ? "true" : "false", o->f);
}

void dg_json_raw(dg_json_obj *o, const char *k, const char *json) {
  member(o, k);
  put_str(json, o->f);
}
