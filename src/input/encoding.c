/* Encodings (see docgraph/encoding.h): the names docgraph reports, the detection rules in
 * order, and decoding through iconv a character at a time. iconv is handed one more byte
 * until a character comes out, so the input bytes of each output character are known
 * exactly; an ISO-2022 escape sequence is consumed with no output and belongs to no
 * character. Japanese encodings decode through Microsoft's supersets (CP932, EUC-JP-MS)
 * so the NEC and IBM characters government documents use (①, ㈱, 髙) come through. */
#include "docgraph/encoding.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet/uchardet.h>

#include "base/buf.h"
#include "base/utf8.h"

/* An encoding docgraph knows by name: the spellings that mean it (lower case, without '-'
 * and '_'), the name reported and the iconv name that decodes it. */
typedef struct {
  const char *aliases; /* space-separated */
  const char *name;
  const char *iconv;
} known_enc;

static const known_enc known[] = {
    {"utf8 ascii usascii", "UTF-8", "UTF-8"},
    {"utf16le", "UTF-16LE", "UTF-16LE"},
    {"utf16be", "UTF-16BE", "UTF-16BE"},
    {"utf16", "UTF-16", "UTF-16"},
    {"shiftjis sjis xsjis mskanji csshiftjis", "Shift_JIS", "CP932"},
    {"cp932 windows31j ms932 xmscp932 sjiswin", "CP932", "CP932"},
    {"eucjp xeucjp ujis cseucpkdfmtjapanese eucjpms", "EUC-JP", "EUC-JP-MS"},
    {"iso2022jp csiso2022jp jis iso2022jp3", "ISO-2022-JP", "ISO-2022-JP-3"},
};

/* name folded for comparison: lower case, '-', '_' and spaces dropped ("Shift-JIS" ->
 * "shiftjis"); 0 when it does not fit. */
static int fold(const char *name, char *out, size_t n) {
  size_t k = 0;
  for (; *name; name++) {
    if (*name == '-' || *name == '_' || *name == ' ') continue;
    if (k + 1 >= n) return 0;
    out[k++] = (char)tolower((unsigned char)*name);
  }
  out[k] = '\0';
  return 1;
}

static const known_enc *lookup(const char *name) {
  char f[64];
  if (!name || !fold(name, f, sizeof f)) return NULL;
  size_t fl = strlen(f);
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    for (const char *a = known[i].aliases; *a;) {
      size_t l = strcspn(a, " ");
      if (l == fl && memcmp(a, f, l) == 0) return &known[i];
      a += l;
      while (*a == ' ') a++;
    }
  return NULL;
}

/* Can iconv decode `iname` into UTF-8? */
static int iconv_knows(const char *iname) {
  iconv_t cd = iconv_open("UTF-8", iname);
  if (cd == (iconv_t)-1) return 0;
  iconv_close(cd);
  return 1;
}

const char *dg_encoding_name(const char *name) {
  const known_enc *k = lookup(name);
  if (k) return k->name;
  return name && *name && iconv_knows(name) ? name : NULL;
}

int dg_encoding_is_utf8(const char *name) {
  const known_enc *k = lookup(name);
  return k && strcmp(k->name, "UTF-8") == 0;
}

int dg_encoding_is_iso2022(const char *name) {
  char f[64];
  return name && fold(name, f, sizeof f) && strncmp(f, "iso2022", 7) == 0;
}

/* ---- what a markup file declares ---- */

/* The value after `key` (charset, encoding) at p: spaces, '=', a quote, then the name. */
static const char *value_after(const char *p, const char *end, char *buf, size_t n) {
  while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\'')) p++;
  size_t k = 0;
  while (p < end && k + 1 < n && (isalnum((unsigned char)*p) || strchr("-_.:", *p)))
    buf[k++] = *p++;
  buf[k] = '\0';
  return k ? buf : NULL;
}

/* The first "charset" inside a <meta ...> tag of data[0, len). */
static const char *meta_charset(const char *data, size_t len, char *buf, size_t n) {
  const char *end = data + len;
  for (const char *p = data; p + 5 < end; p++) {
    if (*p != '<' || strncasecmp(p + 1, "meta", 4) != 0) continue;
    const char *close = memchr(p, '>', (size_t)(end - p));
    if (!close) close = end;
    for (const char *q = p; q + 7 < close; q++)
      if (strncasecmp(q, "charset", 7) == 0) return value_after(q + 7, close, buf, n);
  }
  return NULL;
}

const char *dg_encoding_declared(const char *data, size_t len, char *buf, size_t n) {
  if (len > 4096) len = 4096;
  size_t i = 0;
  while (i < len && isspace((unsigned char)data[i])) i++;
  if (len - i > 5 && strncmp(data + i, "<?xml", 5) == 0) {
    const char *close = memchr(data + i, '>', len - i);
    const char *end = close ? close : data + len;
    for (const char *q = data + i; q + 8 < end; q++)
      if (strncmp(q, "encoding", 8) == 0) return value_after(q + 8, end, buf, n);
  }
  return meta_charset(data, len, buf, n);
}

/* ---- detection ---- */

/* The encoding a byte order mark names, or NULL. */
static const char *bom(const char *data, size_t len) {
  const unsigned char *u = (const unsigned char *)data;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) return "UTF-8";
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) return "UTF-16LE";
  if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) return "UTF-16BE";
  return NULL;
}

/* What a pass over the bytes as UTF-8 finds. */
typedef struct {
  size_t multibyte; /* valid sequences of 2 to 4 bytes */
  size_t bad;       /* bytes that start no valid sequence */
  int high;         /* any byte >= 0x80 */
  int escapes;      /* an ISO-2022-JP escape: ESC $ @, ESC $ B, ESC ( J, ESC $ ( */
} utf8_scan;

static utf8_scan scan_utf8(const char *data, size_t len) {
  utf8_scan s = {0};
  const char *end = data + len;
  for (const char *p = data; p < end;) {
    unsigned char c = (unsigned char)*p;
    if (c == 0x1B && end - p >= 3 && (p[1] == '$' || (p[1] == '(' && p[2] == 'J')))
      s.escapes = 1;
    uint32_t cp;
    int l = dg_utf8_decode(p, end, &cp);
    if (c >= 0x80) s.high = 1;
    if (l == 0) s.bad++, l = 1;
    else if (l > 1) s.multibyte++;
    p += l;
  }
  return s;
}

/* libuchardet's guess, as a name docgraph reports (copied into buf when it is not one of
 * the known ones), or NULL when it has none or iconv cannot decode it. */
static const char *uchardet_guess(const char *data, size_t len, char *buf, size_t n) {
  uchardet_t ud = uchardet_new();
  if (!ud) return NULL;
  const char *name = NULL;
  if (uchardet_handle_data(ud, data, len > (1u << 20) ? (1u << 20) : len) == 0) {
    uchardet_data_end(ud);
    const char *g = uchardet_get_charset(ud);
    const known_enc *k = lookup(g);
    if (k) name = k->name;
    else if (g && *g && iconv_knows(g) && strlen(g) < n) name = strcpy(buf, g);
  }
  uchardet_delete(ud);
  return name;
}

const char *dg_encoding_detect(const char *data, size_t len, int markup, char *buf,
                               size_t n) {
  const char *b = bom(data, len);
  if (b) return b;
  char decl[64];
  const char *declared = markup ? dg_encoding_name(dg_encoding_declared(data, len, decl,
                                                                        sizeof decl))
                                : NULL;
  utf8_scan s = scan_utf8(data, len);
  int utf8 = !s.escapes && (s.bad == 0 || s.bad < s.multibyte);
  /* A declaration wins, except one that a file written in UTF-8 copied from a template. */
  if (declared && !(utf8 && s.high && !dg_encoding_is_utf8(declared) && s.bad == 0)) {
    const known_enc *k = lookup(declared);
    if (k) return k->name;
    if (strlen(declared) < n) return strcpy(buf, declared);
  }
  if (utf8) return "UTF-8";
  if (s.escapes && !s.high) return "ISO-2022-JP";
  const char *g = uchardet_guess(data, len, buf, n);
  return g ? g : "UTF-8";
}

/* ---- decoding ---- */

/* Where a decoding stands: the text so far and its map. */
typedef struct {
  dg_buf text;
  DG_VEC(uint32_t) map;
  int oom;
} decoder;

/* Append n bytes of UTF-8 that came from the character at file offset `from`. */
static void emit(decoder *dc, const char *p, size_t n, uint32_t from) {
  if (dg_buf_add(&dc->text, p, n)) dc->oom = 1;
  for (size_t i = 0; i < n && !dc->oom; i++)
    if (DG_PUSH(dc->map, from)) dc->oom = 1;
}

/* Decode the one character at data[pos, len): returns the bytes it took (escape sequences
 * included), or 0 when the bytes there do not decode. */
static size_t decode_one(iconv_t cd, decoder *dc, const char *data, size_t len, size_t pos) {
  char out[32];
  for (size_t k = 1; k <= 8 && pos + k <= len; k++) {
    char *in = (char *)data + pos, *o = out;
    size_t inleft = k, outleft = sizeof out;
    size_t r = iconv(cd, &in, &inleft, &o, &outleft);
    size_t used = k - inleft;
    if (r != (size_t)-1 || used > 0) {
      emit(dc, out, sizeof out - outleft, (uint32_t)pos);
      return used;
    }
    if (errno != EINVAL) return 0; /* EILSEQ: not a character of this encoding */
  }
  return 0;
}

/* The BOM's length when data starts with the one of `name` (UTF-8, UTF-16LE, UTF-16BE). */
static size_t bom_length(const char *data, size_t len, const char *name) {
  const char *b = bom(data, len);
  if (!b || strcmp(b, name) != 0) return 0;
  return strcmp(b, "UTF-8") == 0 ? 3 : 2;
}

dg_err dg_encoding_decode(const char *data, size_t len, const char *enc, dg_decoded *out,
                          dg_error *err) {
  memset(out, 0, sizeof *out);
  const known_enc *k = lookup(enc);
  const char *name = k ? k->name : enc;
  iconv_t cd = iconv_open("UTF-8", k ? k->iconv : enc);
  if (cd == (iconv_t)-1) return dg_error_set(err, DG_EUSAGE, "unknown encoding '%s'", enc);
  if (len >= UINT32_MAX) {
    iconv_close(cd);
    return dg_error_set(err, DG_EINPUT, "too large to decode (%zu bytes)", len);
  }
  decoder dc = {0};
  dg_buf_init(&dc.text);
  size_t unit = strncmp(name, "UTF-16", 6) == 0 ? 2 : 1;
  for (size_t pos = bom_length(data, len, name); pos < len && !dc.oom;) {
    size_t used = decode_one(cd, &dc, data, len, pos);
    if (used) {
      pos += used;
      continue;
    }
    if (!out->nbad) out->first_bad = pos;
    size_t skip = pos + unit <= len ? unit : len - pos;
    out->nbad += skip;
    emit(&dc, "\xEF\xBF\xBD", 3, (uint32_t)pos);
    pos += skip;
  }
  iconv_close(cd);
  emit(&dc, "", 0, 0);
  if (!dc.oom && DG_PUSH(dc.map, (uint32_t)len)) dc.oom = 1;
  if (dc.oom || dc.text.oom) {
    dg_buf_destroy(&dc.text);
    free(dc.map.v);
    return dg_error_set(err, DG_ENOMEM, "out of memory while decoding %s", name);
  }
  out->len = dc.text.len;
  out->text = dc.text.data ? dg_buf_steal(&dc.text) : strdup("");
  out->map = dc.map.v;
  if (!out->text) return dg_error_set(err, DG_ENOMEM, "out of memory while decoding %s", name);
  return DG_OK;
}

/* ---- cleaning ---- */

/* How data[0, len) needs cleaning: bad bytes and control characters counted, each first
 * one's offset kept (a file offset through map when there is one). */
static void scan_clean(const char *data, size_t len, const uint32_t *map, dg_decoded *out) {
  const unsigned char *p = (const unsigned char *)data;
  for (size_t i = 0; i < len;) {
    if ((p[i] >= 0x20 && p[i] < 0x7F) || p[i] == '\n' || p[i] == '\t' || p[i] == '\r') {
      i++; /* printable ASCII: valid, no control */
      continue;
    }
    if (p[i] >= 0xE3 && p[i] <= 0xEC && i + 2 < len && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      i += 3; /* U+3000..U+CFFF (kana, kanji): valid, no control */
      continue;
    }
    uint32_t cp;
    int l = dg_utf8_decode(data + i, data + len, &cp);
    size_t at = map ? map[i] : i;
    if (l == 0 && !out->nbad++) out->first_bad = at;
    else if (l && dg_is_control(cp) && !out->nctl++) out->first_ctl = at;
    i += l ? (size_t)l : 1;
  }
}

dg_err dg_encoding_clean(const char *data, size_t len, const uint32_t *map, dg_decoded *out,
                         dg_error *err) {
  memset(out, 0, sizeof *out);
  if (len >= UINT32_MAX) return dg_error_set(err, DG_EINPUT, "too large (%zu bytes)", len);
  scan_clean(data, len, map, out);
  if (!out->nbad && !out->nctl) return DG_OK;
  decoder dc = {0};
  dg_buf_init(&dc.text);
  for (size_t i = 0; i < len && !dc.oom;) {
    uint32_t cp;
    int l = dg_utf8_decode(data + i, data + len, &cp);
    uint32_t at = map ? map[i] : (uint32_t)i;
    if (l == 0) emit(&dc, "\xEF\xBF\xBD", 3, at);
    else if (dg_is_control(cp)) emit(&dc, " ", 1, at);
    else emit(&dc, data + i, (size_t)l, at);
    i += l ? (size_t)l : 1;
  }
  emit(&dc, "", 0, 0);
  if (!dc.oom && DG_PUSH(dc.map, map ? map[len] : (uint32_t)len)) dc.oom = 1;
  if (dc.oom || dc.text.oom || !dc.text.data) {
    dg_buf_destroy(&dc.text);
    free(dc.map.v);
    return dg_error_set(err, DG_ENOMEM, "out of memory while cleaning text");
  }
  out->len = dc.text.len;
  out->text = dg_buf_steal(&dc.text);
  out->map = dc.map.v;
  return DG_OK;
}

void dg_decoded_destroy(dg_decoded *d) {
  free(d->text);
  free(d->map);
  memset(d, 0, sizeof *d);
}
