/* Per-character NFKC folding with an offset map (see docgraph/normalize.h).
 * Folding is per character (plus its combining marks), not whole-string NFKC, so that
 * each output byte keeps a link to the input character it came from. Common Japanese and
 * ASCII characters take a fast path (runs of them copied at once, printable ASCII 8 bytes
 * at a time); the rest go through utf8proc. Past NFKC, a hiragana
 * letter that looks like the katakana one inside a katakana word becomes it (べトナム),
 * byte for byte in place, so the map is unchanged. */
#include "docgraph/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/swar.h"
#include "base/utf8.h"

typedef struct {
  char *t;
  dg_offmap m; /* runs: one a place where the text stops moving in step with the input */
  size_t len, cap;
} out_t;

/* Room for n more bytes and the NUL. */
static int out_room(out_t *o, size_t n) {
  if (o->len + n + 1 > o->cap) {
    size_t cap = o->cap ? o->cap : 256;
    while (o->len + n + 1 > cap) cap *= 2;
    char *t = realloc(o->t, cap);
    if (!t) return -1;
    o->t = t;
    o->cap = cap;
  }
  return 0;
}

/* in[src, src + n) appended as it is: the text moves in step with the input through it
 * (the map as if each of its characters were put from its own offset). */
static int out_copy(out_t *o, const char *in, size_t n, uint32_t src) {
  if (out_room(o, n)) return -1;
  uint32_t at = (uint32_t)o->len;
  if (!dg_offmap_goes_on(&o->m, at, src) && dg_offmap_put(&o->m, at, src)) return -1;
  memcpy(o->t + o->len, in + src, n);
  o->len += n;
  return 0;
}

/* s[0..n) appended, every character of it from input offset src (n 0: the end). */
static int out_put(out_t *o, const char *s, size_t n, uint32_t src) {
  if (out_room(o, n)) return -1;
  uint32_t at = (uint32_t)o->len;
  if (!dg_offmap_goes_on(&o->m, at, src) && dg_offmap_put(&o->m, at, src)) return -1;
  for (size_t i = 1; i < n; i++) /* a second character from the same input character */
    if (((unsigned char)s[i] & 0xC0) != 0x80 && dg_offmap_put(&o->m, at + (uint32_t)i, src))
      return -1;
  memcpy(o->t + o->len, s, n);
  o->len += n;
  return 0;
}

static int out_cp(out_t *o, uint32_t cp, uint32_t src) {
  char b[4];
  int n = dg_utf8_encode(cp, b);
  return out_put(o, b, (size_t)n, src);
}

/* Characters kept as they are although NFKC would change them. */
static int keep_as_is(uint32_t cp) {
  return (cp >= 0x2460 && cp <= 0x24FF) || /* ①..⑳, ⑴, ⒜, Ⓐ: bullets */
         (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF) ||
         (cp >= 0x2776 && cp <= 0x2793);
}

/* Folds applied before NFKC: returns the replacement, 0 to drop, or cp itself. */
static uint32_t pre_fold(uint32_t cp) {
  switch (cp) {
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63:
    return '-';
  case 0x2018: case 0x2019: case 0x201B: case 0x2032:
    return '\'';
  case 0x201C: case 0x201D: case 0x201F: case 0x2033:
  case 0x00AB: case 0x00BB: /* « and », the quotes of Russian and French texts */
    return '"';
  case 0x300E: /* 『 and 』 are 「 and 」 inside quotes: one kind for matching */
    return 0x300C;
  case 0x300F:
    return 0x300D;
  case 0xFEFF: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case '\r':
    return 0;
  default:
    break;
  }
  if (cp < 0x20 && cp != '\n' && cp != '\t') return ' ';
  if (cp >= 0x7F && cp < 0xA0) return ' ';
  return cp;
}

static int fast_path(uint32_t cp) {
  if (cp < 0x80) return 1;
  if (cp >= 0x3041 && cp <= 0x3096) return 1;  /* hiragana */
  if (cp >= 0x30A1 && cp <= 0x30FE) return 1;  /* katakana */
  if (cp >= 0x4E00 && cp <= 0x9FFF) return 1;  /* CJK ideographs */
  if (cp >= 0x3001 && cp <= 0x3030 && cp != 0x3000) return 1; /* 、。「」 etc. */
  return 0;
}

static int is_combining(uint32_t cp) {
  if (cp == 0xFF9E || cp == 0xFF9F || cp == 0x3099 || cp == 0x309A) return 1;
  if (cp < 0x300) return 0;
  const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
  return p->combining_class != 0;
}

/* NFKC of one cluster (cps[0..n)) appended to o, all mapped to src. */
static int fold_cluster(out_t *o, const uint32_t *cps, size_t n, uint32_t src) {
  utf8proc_int32_t buf[64];
  utf8proc_ssize_t len = 0;
  for (size_t i = 0; i < n; i++) {
    int bc = 0;
    utf8proc_ssize_t r = utf8proc_decompose_char((utf8proc_int32_t)cps[i], buf + len,
                                                 (utf8proc_ssize_t)(64 - len),
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &bc);
    if (r < 0 || len + r > 64) { /* cannot fold: keep as written */
      for (size_t j = 0; j < n; j++)
        if (out_cp(o, cps[j], src)) return -1;
      return 0;
    }
    len += r;
  }
  /* Canonical order: combining marks sorted by class (stable), as NFKC requires; the
   * marks of a cluster were decomposed one character at a time. */
  for (utf8proc_ssize_t i = 1; i < len; i++) {
    utf8proc_int32_t c = buf[i];
    int cc = utf8proc_get_property(c)->combining_class;
    if (!cc) continue;
    utf8proc_ssize_t j = i;
    while (j > 0 && utf8proc_get_property(buf[j - 1])->combining_class > cc) {
      buf[j] = buf[j - 1];
      j--;
    }
    buf[j] = c;
  }
  len = utf8proc_normalize_utf32(buf, len, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  if (len < 0) return -1;
  for (utf8proc_ssize_t i = 0; i < len; i++) {
    uint32_t c = pre_fold((uint32_t)buf[i]);
    if (c && out_cp(o, c, src)) return -1;
  }
  return 0;
}

/* The joined text's character at w, the text's at i, put in the joined map; *next_run set
 * to where the text's next run starts (until there, the joined map's run goes on). */
static int join_map(const out_t *o, dg_offmap *joined, dg_offmap_cursor *at, uint32_t w,
                    uint32_t i, uint32_t *next_run) {
  uint32_t s = dg_offmap_next(&o->m, at, i);
  *next_run = at->k + 1 < o->m.n ? o->m.runs[at->k + 1].at : UINT32_MAX;
  return dg_offmap_put(joined, w, s);
}

/* Japanese is written without spaces between words, so one or two spaces between two
 * Japanese characters are layout (letter-spaced headings such as "防 衛 省", names such as
 * "岸田 文雄"), not word breaks: drop them so names match. */
static int join_japanese(out_t *o) {
  size_t w = 0, i = 0;
  uint32_t prev = 0;
  dg_offmap joined = {0};
  dg_offmap_cursor at = {0};
  uint32_t next_run = 0; /* where the next run of the map starts: the map is read there */
  while (i < o->len) {
    if (o->t[i] == ' ' && dg_is_japanese(prev)) {
      size_t j = i;
      while (j < o->len && o->t[j] == ' ') j++;
      uint32_t next = 0;
      if (j < o->len) dg_utf8_decode(o->t + j, o->t + o->len, &next);
      if (j - i <= 2 && dg_is_japanese(next)) {
        i = j;
        next_run = 0; /* the text moves out of step here: read the map at what follows */
        continue;
      }
    }
    uint32_t cp = 0;
    int l = dg_utf8_decode(o->t + i, o->t + o->len, &cp);
    if (l == 0) l = 1;
    if (i >= next_run && join_map(o, &joined, &at, (uint32_t)w, (uint32_t)i, &next_run)) {
      dg_offmap_free(&joined);
      return -1;
    }
    if (w != i) memmove(o->t + w, o->t + i, (size_t)l);
    w += (size_t)l;
    i += (size_t)l;
    prev = cp;
  }
  o->len = w;
  dg_offmap_free(&o->m);
  o->m = joined;
  return 0;
}

static int is_katakana(uint32_t cp) { return dg_script_of(cp) == DG_SC_KATAKANA; }

/* The katakana letter that a hiragana letter written inside a katakana word stands for
 * (べトナム with the hiragana べ, アメりカ), given the letters around it; 0 when it is
 * hiragana. べ and ぺ look the same in both scripts: they are katakana before two katakana
 * letters or between two, never after hiragana or kanji (比べ); り only between two. へ stays, for
 * between two katakana words it is the particle (サイトへアクセス). */
static uint32_t katakana_lookalike(uint32_t prev, uint32_t cp, uint32_t next, uint32_t next2) {
  dg_script ps = dg_script_of(prev);
  if (!is_katakana(next) || ps == DG_SC_HIRAGANA || ps == DG_SC_KANJI) return 0;
  if (cp == 0x3079 || cp == 0x307A) /* べ ぺ */
    return is_katakana(prev) || is_katakana(next2) ? cp + 0x60 : 0;
  return cp == 0x308A && is_katakana(prev) ? 0x30EA : 0; /* り -> リ */
}

/* The code point at o->t[i] (0 past the end) and its length in *l. */
static uint32_t cp_at(const out_t *o, size_t i, int *l) {
  uint32_t cp = 0;
  *l = i < o->len ? dg_utf8_decode(o->t + i, o->t + o->len, &cp) : 0;
  if (i < o->len && !*l) *l = 1, cp = 0;
  return cp;
}

/* Hiragana look-alikes inside katakana words made katakana (katakana_lookalike), in place:
 * both are three bytes, so the map stays as it is. Only the characters from べ to り are
 * looked at (found by their first byte, E3, which is never inside a character); the one
 * before each is read as it stands then, made katakana already when it was one. */
static void katakana_lookalikes(out_t *o) {
  for (size_t i = 0; i < o->len; i++) {
    const char *p = memchr(o->t + i, 0xE3, o->len - i);
    if (!p) return;
    i = (size_t)(p - o->t);
    int l, nl, nl2, pl;
    uint32_t cp = cp_at(o, i, &l);
    if (cp < 0x3079 || cp > 0x308A) continue;
    uint32_t prev = i ? cp_at(o, dg_utf8_prev(o->t, i), &pl) : 0;
    uint32_t next = cp_at(o, i + (size_t)l, &nl);
    uint32_t next2 = nl ? cp_at(o, i + (size_t)l + (size_t)nl, &nl2) : 0;
    uint32_t k = katakana_lookalike(prev, cp, next, next2);
    if (k) dg_utf8_encode(k, o->t + i);
    i += (size_t)l - 1;
  }
}

/* A character without combining marks that needs no NFKC table: CR (CRLF and a lone CR
 * end a line), the pre-folds (dashes, quotes, dropped characters), the fast path and the
 * kept bullets as they are, full-width ASCII by its offset (ＡＳＥＡＮ -> ASEAN). Returns 1
 * when done, 0 when the character needs fold_cluster, -1 when memory runs out. */
static int fold_simple(out_t *o, uint32_t cp, uint32_t src, int lf_follows) {
  if (cp == '\r') return lf_follows ? 1 : out_put(o, "\n", 1, src) ? -1 : 1;
  uint32_t f = pre_fold(cp);
  if (f == 0) return 1;
  if (f != cp || fast_path(cp) || keep_as_is(cp)) return out_cp(o, f, src) ? -1 : 1;
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    uint32_t a = pre_fold(cp - 0xFEE0);
    return a && out_cp(o, a, src) ? -1 : 1;
  }
  return 0;
}

/* The character at in[*i] with the combining marks after it (at most 16 code points in
 * all), folded into o; a bad byte becomes U+FFFD and is counted in nb. Advances *i.
 * Returns -1 when memory runs out. */
static int fold_char(out_t *o, const char *in, size_t n, size_t *i, dg_norm *nb) {
  uint32_t cp, src = (uint32_t)*i;
  int l = dg_utf8_decode(in + *i, in + n, &cp);
  if (l == 0) {
    if (nb->nbad++ == 0) nb->first_bad = *i;
    (*i)++;
    return out_cp(o, 0xFFFD, src);
  }
  *i += (size_t)l;
  uint32_t cluster[16] = {cp};
  size_t nc = 1;
  while (*i < n && nc < 16) {
    uint32_t nx;
    int nl = dg_utf8_decode(in + *i, in + n, &nx);
    if (nl == 0 || !is_combining(nx)) break;
    cluster[nc++] = nx;
    *i += (size_t)nl;
  }
  if (nc == 1) {
    int r = fold_simple(o, cp, src, *i < n && in[*i] == '\n');
    if (r) return r < 0 ? -1 : 0;
  }
  return fold_cluster(o, cluster, nc, src);
}

/* The length of the character at in[i] when it is one NFKC and the pre-folds keep as it
 * is (printable ASCII, line feed, tab; kana, kanji and the CJK marks 、。「」 but 『』),
 * else 0: such a character is copied without a table. */
static size_t plain_at(const char *in, size_t n, size_t i) {
  const unsigned char *p = (const unsigned char *)in + i;
  if (p[0] < 0x80) return (p[0] >= 0x20 && p[0] < 0x7F) || p[0] == '\n' || p[0] == '\t';
  if (p[0] < 0xE3 || p[0] > 0xE9 || n - i < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
    return 0;
  uint32_t cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  int plain = (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FE) ||
              (cp >= 0x4E00 && cp <= 0x9FFF) ||
              (cp >= 0x3001 && cp <= 0x3029 && cp != 0x300E && cp != 0x300F);
  return plain ? 3 : 0;
}

/* Are the 8 bytes at p printable ASCII (plain, and no line feed or tab among them)? */
static int ascii_plain8(const char *p) {
  uint64_t x = dg_swar_load(p);
  return !(x & DG_SWAR_HIGHS) && !DG_SWAR_HAS_CONTROL(x) && !DG_SWAR_HAS(x, 0x7F);
}

/* The end of the run of plain characters (plain_at) from in[i] that are copied as they
 * are: each is followed by a plain character or by the end of the text (no combining mark
 * can follow it). i itself when the character at i is to be folded. */
static size_t plain_run_end(const char *in, size_t n, size_t i) {
  size_t j = i, l = plain_at(in, n, i);
  while (l) { /* the character at j is plain, l bytes; those before it are copied */
    if (j + l == n) return n;
    size_t next = plain_at(in, n, j + l);
    if (!next) return j;
    j += l, l = next;
    while (j + 8 <= n && ascii_plain8(in + j)) j += 7, l = 1; /* the 8th is plain */
  }
  return j;
}

dg_err dg_normalize(const char *in, size_t n, dg_norm *out, dg_error *err) {
  memset(out, 0, sizeof *out);
  if (n >= UINT32_MAX) return dg_error_set(err, DG_EINPUT, "input larger than 4 GiB");
  out_t o = {0};
  for (size_t i = 0; i < n;) {
    size_t e = plain_run_end(in, n, i);
    if (e > i) {
      if (out_copy(&o, in, e - i, (uint32_t)i)) goto oom;
      i = e;
    } else if (fold_char(&o, in, n, &i, out)) {
      goto oom;
    }
  }
  if (join_japanese(&o) || out_put(&o, "", 0, (uint32_t)n)) goto oom;
  katakana_lookalikes(&o);
  o.t[o.len] = '\0';
  char *fit = realloc(o.t, o.len + 1); /* kept for the document's life: no room left */
  if (fit) o.t = fit;                  /* from doubling */
  dg_offmap_fit(&o.m);
  out->text = o.t;
  out->map = o.m;
  out->len = o.len;
  return DG_OK;
oom:
  free(o.t);
  dg_offmap_free(&o.m);
  return dg_error_set(err, DG_ENOMEM, "out of memory while normalizing");
}

void dg_norm_destroy(dg_norm *n) {
  free(n->text);
  dg_offmap_free(&n->map);
  memset(n, 0, sizeof *n);
}
