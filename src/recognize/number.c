/* Numerals (see docgraph/number.h, recognize/number.h): the one reader of numbers for
 * amounts and dates.
 * A Japanese number is read in sections: digits (Arabic or kanji) and the units 十/百/千
 * inside a section, each unit smaller than the one before, the section closed by 万/億/兆
 * (3千5百万 = 3, 千, 5, 百万 -> 3500 closed by 万). An amount chains sections, each closed by
 * a smaller big unit than the last (1億2千万), and takes an English scale word after Arabic
 * digits (3 million). A date field reads one section of kanji, units from kanji_numerals.tsv
 * only, up to 9999 (令和六年, 三十一日). Values are exact: a number past the bounds of
 * dg_decimal_bounded (more than 18 significant digits, 10^18 or more, more than 18
 * decimals) is read whole but marked `overflow`, never rounded. Digits here are ASCII: the
 * text is normalized. */
#include "recognize/number.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/wordscan.h"

/* ---- exact decimals ---- */

void dg_number_norm(dg_decimal *d) {
  while (d->mant != 0 && d->mant % 10 == 0 && d->exp < 40) d->mant /= 10, d->exp++;
  if (d->mant == 0) d->exp = 0;
}

/* Multiply x by 10 `times` times; -1 when it does not fit in 63 bits. */
static int times_ten(int64_t *x, int times) {
  for (; times > 0; times--) {
    if (*x > INT64_MAX / 10 || *x < -(INT64_MAX / 10)) return -1;
    *x *= 10;
  }
  return 0;
}

/* *a += b * 10^k exactly; -1 when the digits do not fit in 63 bits. */
static int dec_add(dg_decimal *a, dg_decimal b, int k) {
  b.exp += k;
  dg_number_norm(a);
  dg_number_norm(&b);
  if (b.mant == 0) return 0;
  if (a->mant == 0) {
    *a = b;
    return 0;
  }
  int lo = a->exp < b.exp ? a->exp : b.exp;
  int64_t x = a->mant, y = b.mant;
  if (times_ten(&x, a->exp - lo) || times_ten(&y, b.exp - lo)) return -1;
  if ((y > 0 && x > INT64_MAX - y) || (y < 0 && x < INT64_MIN - y)) return -1;
  a->mant = x + y;
  a->exp = lo;
  dg_number_norm(a);
  return 0;
}

/* ---- digits ---- */

/* One more digit c of an Arabic number: exact while it has at most DG_DECIMAL_DIGITS
 * significant digits (leading zeros are not); a nonzero digit past them sets *lost, a zero
 * past them in the integer part only raises the exponent. */
static void arabic_digit(char c, int frac, int64_t *mant, int *exp, int *sig, int *lost) {
  int d = c - '0';
  if (*sig < DG_DECIMAL_DIGITS) {
    *mant = *mant * 10 + d;
    if (*mant) (*sig)++;
    if (frac) (*exp)--;
  } else if (d) {
    *lost = 1;
  } else if (!frac) {
    (*exp)++;
  }
}

/* Arabic digits with thousands separators (1,100 / 123,456) and a decimal part (9.00);
 * *lost when digits were left out (more than DG_DECIMAL_DIGITS significant ones). */
static size_t arabic_at(const char *t, size_t len, size_t pos, dg_decimal *out, int *lost) {
  int64_t mant = 0;
  int exp = 0, sig = 0;
  size_t i = pos;
  while (i < len) {
    if (dg_is_digit(t[i])) {
      arabic_digit(t[i++], 0, &mant, &exp, &sig, lost);
    } else if (t[i] == ',' && i > pos && i + 3 < len && dg_is_digit(t[i + 1]) &&
               dg_is_digit(t[i + 2]) && dg_is_digit(t[i + 3]) &&
               (i + 4 >= len || !dg_is_digit(t[i + 4]))) {
      i++;
    } else {
      break;
    }
  }
  if (i == pos) return 0;
  if (i + 1 < len && t[i] == '.' && dg_is_digit(t[i + 1]))
    for (i++; i < len && dg_is_digit(t[i]); i++) arabic_digit(t[i], 1, &mant, &exp, &sig, lost);
  out->mant = mant;
  out->exp = exp;
  dg_number_norm(out); /* 9.00 == 9 */
  return i - pos;
}

/* A run of at most `limit` kanji digits read positionally (二〇二四 = 2024, 五 = 5). */
static size_t kanji_digits_at(const dg_rules *r, const char *t, size_t len, size_t pos, int limit,
                              dg_decimal *out, int *count) {
  int64_t v = 0;
  size_t i = pos;
  *count = 0;
  while (i < len && *count < limit) {
    long w = dg_wordlist_at(&r->kanji_digits, t, len, i);
    if (w < 0 || r->kanji_digits.w[w].as.numeral.power != 0) break;
    v = v * 10 + r->kanji_digits.w[w].as.numeral.digit;
    i += r->kanji_digits.w[w].len;
    (*count)++;
  }
  out->mant = v;
  out->exp = 0;
  return i - pos;
}

/* ---- units and scale words ---- */

/* How a number is read: an amount takes every form; a date field one section of kanji
 * with the units of kanji_numerals.tsv, in at most 8 characters. */
typedef struct {
  int arabic;      /* Arabic digits may make the digits of a section (3千5百万) */
  int scale_words; /* units from scales.tsv too (十, 万, 百万, 億 ...) */
  int max_chars;   /* kanji digits and units in all */
} read_mode;

static const read_mode AMOUNT = {1, 1, INT_MAX}, DATE_FIELD = {0, 0, 8};

/* A Japanese unit at i: from scales.tsv (十, 百, 万, 百万, 億, 千億, 兆 ...) when the mode
 * takes scale words, else or then from kanji_numerals.tsv (十, 百, 千, 拾). Sets its power of
 * ten. Latin scale words are not read here. */
static size_t unit_at(const dg_rules *r, const read_mode *m, const char *t, size_t len, size_t i,
                      int *power) {
  if (i >= len || (unsigned char)t[i] < 0x80) return 0;
  long w = m->scale_words ? dg_wordlist_at(&r->scales, t, len, i) : -1;
  if (w >= 0 && !dg_word_is_latin(&r->scales.w[w])) {
    *power = r->scales.w[w].as.scale.power;
    return r->scales.w[w].len;
  }
  w = dg_wordlist_at(&r->kanji_digits, t, len, i);
  if (w >= 0 && r->kanji_digits.w[w].as.numeral.power > 0) {
    *power = r->kanji_digits.w[w].as.numeral.power;
    return r->kanji_digits.w[w].len;
  }
  return 0;
}

/* A Latin scale word (million, bn) at i, adjacent or after one space, ending a word. */
static size_t latin_scale_at(const dg_rules *r, const char *t, size_t len, size_t i, int *power) {
  size_t j = dg_skip_spaces(t, len, i);
  if (j >= len || (j > i + 1)) return 0;
  for (size_t k = 0; k < r->scales.n; k++) {
    const dg_word *w = &r->scales.w[k];
    if (!dg_word_is_latin(w) || !dg_word_ends_at(w, t, len, j)) continue;
    *power = w->as.scale.power;
    return j + w->len - i;
  }
  return 0;
}

/* ---- sections ---- */

/* One section being read. */
typedef struct {
  dg_decimal v;   /* its value, before the big unit */
  int big;        /* the power of the 万/億/兆 that closed it, or 0 */
  int first_mult; /* the power of the first unit after digits (20億: 0 then big 8), -1 */
  int kanji;      /* kanji digits read */
  int budget;     /* characters left (read_mode.max_chars) */
} section;

/* The digits of a section at j: Arabic (when the mode allows) or a run of kanji digits. */
static size_t section_digits(const dg_rules *r, const read_mode *m, const char *t, size_t len,
                             size_t j, section *s, dg_number *info, dg_decimal *d) {
  if (m->arabic && j < len && dg_is_digit(t[j])) {
    info->arabic = 1;
    return arabic_at(t, len, j, d, &info->overflow);
  }
  int nk;
  size_t n = kanji_digits_at(r, t, len, j, s->budget < 18 ? s->budget : 18, d, &nk);
  s->kanji += nk;
  s->budget -= nk;
  return n;
}

/* One section at i: 3千5百万 -> 3500 closed by 万 (big 4); 二十三 -> 23. Its length or 0. */
static size_t section_at(const dg_rules *r, const read_mode *m, const char *t, size_t len, size_t i,
                         section *s, dg_number *info) {
  size_t j = i;
  int last_small = 4, any = 0;
  *s = (section){{0, 0}, 0, -1, 0, m->max_chars};
  for (;;) {
    dg_decimal d = {0, 0};
    size_t n = section_digits(r, m, t, len, j, s, info, &d), k = j + n;
    int have_d = n > 0, p = 0;
    size_t wl = s->budget > 0 ? unit_at(r, m, t, len, k, &p) : 0;
    int small = p % 4, bg = p - small;
    if (!wl || (small && small >= last_small)) {
      /* digits not followed by a smaller unit end the section */
      if (!have_d) break;
      if (dec_add(&s->v, d, 0)) info->overflow = 1;
      if (s->first_mult < 0) s->first_mult = 0;
      j = k, any = 1;
      break;
    }
    info->scaled = 1;
    s->budget--;
    if (small) {
      /* 三千, 千 (one thousand), 5百万 */
      if (!have_d) d.mant = 1, d.exp = 0;
      if (dec_add(&s->v, d, small)) info->overflow = 1;
      if (s->first_mult < 0) s->first_mult = small;
      last_small = small;
      j = k + wl, any = 1;
      if (!bg) continue;
      s->big = bg;
      break;
    }
    /* 万, 億, 兆 alone: closes the section; needs digits before it. */
    if (!have_d && !any) break;
    if (have_d && dec_add(&s->v, d, 0)) info->overflow = 1;
    if (s->first_mult < 0) s->first_mult = 0;
    j = k + wl, any = 1;
    s->big = bg;
    break;
  }
  return any ? j - i : 0;
}

/* ---- whole numbers ---- */

/* Sections at pos, each closed by a smaller big unit than the one before (1億2千万), then
 * an English scale word after Arabic digits (3 million). */
static size_t read_number(const dg_rules *r, const read_mode *m, const char *t, size_t len,
                          size_t pos, dg_number *nm) {
  memset(nm, 0, sizeof *nm);
  nm->start = pos;
  nm->lead = -1;
  dg_decimal total = {0, 0};
  int last_big = 99, nsec = 0, kanji = 0;
  size_t i = pos;
  while (i < len) {
    section s;
    dg_number save = *nm;
    size_t n = section_at(r, m, t, len, i, &s, nm);
    kanji += s.kanji;
    if (!n || (nsec && s.big >= last_big)) {
      *nm = save;
      break;
    }
    if (dec_add(&total, s.v, s.big)) nm->overflow = 1;
    if (nm->lead < 0) nm->lead = (s.first_mult < 0 ? 0 : s.first_mult) + s.big;
    i += n;
    nsec++;
    if (s.big == 0) break;
    last_big = s.big;
  }
  if (!nsec) return 0;
  int p;
  size_t n = !nm->scaled && nm->arabic ? latin_scale_at(r, t, len, i, &p) : 0;
  if (n) {
    total.exp += p;
    nm->lead += p;
    nm->scaled = 1;
    i += n;
  }
  nm->single = !nm->arabic && !nm->scaled && kanji == 1;
  dg_number_norm(&total);
  nm->v = total;
  nm->end = i;
  if (!dg_decimal_bounded(total)) nm->overflow = 1;
  return i - pos;
}

size_t dg_number_at(const dg_rules *r, const char *t, size_t len, size_t pos, dg_number *nm) {
  return read_number(r, &AMOUNT, t, len, pos, nm);
}

size_t dg_number_parse(const dg_rules *r, const char *t, size_t len, size_t pos, dg_decimal *out) {
  if (pos >= len) return 0;
  int lost = 0;
  if (!r) {
    size_t n = dg_is_digit(t[pos]) ? arabic_at(t, len, pos, out, &lost) : 0;
    return lost || !dg_decimal_bounded(*out) ? 0 : n;
  }
  dg_number nm;
  size_t n = dg_number_at(r, t, len, pos, &nm);
  if (nm.overflow) return 0;
  if (n) *out = nm.v;
  return n;
}

int dg_number_prefix_before(const dg_rules *r, const char *t, size_t i, int kind) {
  const dg_wordlist *l = &r->number_prefixes;
  size_t n; /* only the words whose last byte is the one before i can end there */
  const uint32_t *g = i ? dg_wordlist_ending(l, (unsigned char)t[i - 1], &n) : NULL;
  if (!g) n = l->n;
  for (size_t x = 0; x < n; x++) {
    const dg_word *w = &l->w[g ? g[x] : x];
    if ((w->as.number_prefix.blocks & kind) && dg_lit_before(t, i, w->s)) return 1;
  }
  return 0;
}

/* ---- date fields ---- */

size_t dg_digits_at(const char *t, size_t len, size_t i, int max, int *val) {
  size_t k = 0;
  int v = 0;
  while (i + k < len && dg_is_digit(t[i + k]) && (int)k < max + 1)
    v = v * 10 + (t[i + k] - '0'), k++;
  if (k == 0 || (int)k > max) return 0;
  *val = v;
  return k;
}

size_t dg_kanji_number_at(const dg_rules *r, const char *t, size_t len, size_t i, int *val,
                          int *nchar) {
  /* A date field's section is made of kanji digits and units, all words of kanji_digits:
     where none starts, it reads nothing (most calls: the date forms try every kanji). */
  if (i >= len || dg_wordlist_at(&r->kanji_digits, t, len, i) < 0) {
    *nchar = 0;
    return 0;
  }
  section s = {{0, 0}, 0, -1, 0, DATE_FIELD.max_chars};
  dg_number info;
  memset(&info, 0, sizeof info);
  size_t n = i < len ? section_at(r, &DATE_FIELD, t, len, i, &s, &info) : 0;
  *nchar = DATE_FIELD.max_chars - s.budget;
  if (!n) return 0;
  /* the value, or 0 when it is over 9999 (a big unit makes it 10000 or more) */
  int64_t v = s.v.mant;
  if (info.overflow || v < 0 || (v && (s.big || s.v.exp > 3)) || times_ten(&v, s.v.exp) ||
      v > 9999)
    return 0;
  *val = (int)v;
  return n;
}

size_t dg_field_number_at(const dg_rules *r, const char *t, size_t len, size_t i, int max,
                          int *val) {
  if (i >= len) return 0;
  if (dg_is_digit(t[i])) return dg_digits_at(t, len, i, max, val);
  int nc;
  return dg_kanji_number_at(r, t, len, i, val, &nc);
}

/* ---- numbers in words ---- */

/* Where the glue after a number word at e ends (a hyphen, " and ", a space), or 0. */
static size_t word_glue(const char *t, size_t len, size_t e) {
  static const dg_word and = {.s = " and ", .len = 5};
  if (dg_lit(t, len, e, "-")) return e + 1;
  if (dg_word_at(&and, t, len, e)) return e + and.len;
  return dg_lit(t, len, e, " ") ? e + 1 : 0;
}

/* Add number word v to the number being read (*total thousands, *cur below them); 0 when
 * it cannot follow: twenty-three (20 + 3), two thousand (2 * 1000), nineteen ninety (a year
 * said in two halves: 19 * 100 + 90). */
static int add_word(int64_t *total, int64_t *cur, int v) {
  if (v == 100 || v == 1000) {
    if (!*cur) return 0;
    if (v == 100) *cur *= 100;
    else *total += *cur * 1000, *cur = 0;
  } else if (*cur % 100 == 0 || (v < 10 && *cur % 10 == 0 && *cur % 100 >= 20)) {
    *cur += v;
  } else if (v >= 10 && *cur < 100) {
    *cur = *cur * 100 + v;
  } else {
    return 0;
  }
  return *total + *cur < 1000000;
}

size_t dg_number_words_at(const dg_rules *r, const char *t, size_t len, size_t i, int *val) {
  int64_t total = 0, cur = 0;
  size_t end = i;
  for (size_t p = i; p < len;) {
    long k = dg_wordlist_at(&r->number_words, t, len, p);
    if (k < 0 || (p > 0 && dg_is_ascii_alnum((unsigned char)t[p - 1]))) break;
    size_t e = p + r->number_words.w[k].len;
    int64_t t2 = total, c2 = cur;
    if (dg_alnum_at(t, len, e) || !add_word(&t2, &c2, r->number_words.w[k].as.number_word.value))
      break;
    total = t2, cur = c2, end = e;
    if (!(p = word_glue(t, len, e))) break;
  }
  *val = (int)(total + cur);
  return end - i;
}
