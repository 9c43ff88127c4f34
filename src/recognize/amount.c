/* Amounts and quantities (see docgraph/amount.h).
 * Shape of what is recognized, in order:
 *   [qualifier] [currency-before] number [range-sep [currency-before] number]
 *   [currency-after | [余/超] counter] [range-sep number currency-after] [qualifier-after]
 * A range separator is 〜, -, から, " to " (not after "from": a change) or " and " after
 * "between", which the span then starts with.
 * A number is Arabic (1,100 / 9.00 / 2.8) or kanji (二千五百, 二〇二四) digits, in
 * Japanese sections closed by 万/億/兆 with 十/百/千 inside a section (3千5百万, 1億2千万,
 * 123,456百万), or Arabic digits with one English scale word (1.2 billion, 3bn). Every
 * word list (scales, currencies, counters, qualifiers, kanji digits) comes from dg_rules.
 * Spaces are allowed between the parts of English expressions ("USD 1.2 billion"); the
 * Japanese parts are adjacent. What is not an amount: a number inside a word (G20, WA2.0,
 * COVID-19), an ordinal (第13回, 13th), a date or a duration (2024年, 12月, 5年間), a
 * percentage, a lone kanji digit in a word (一元化, 四国, 一人ひとり), a vague number
 * (数百億円) and a number with neither currency nor counter. */
#include "docgraph/amount.h"

#include <stdlib.h>
#include <string.h>

#include "lex/rules_lists.h"
#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"

static int is_latin_word(const dg_word *w) { return (unsigned char)w->s[0] < 0x80; }
static size_t skip_space(const char *t, size_t len, size_t i) {
  while (i < len && t[i] == ' ') i++;
  return i;
}

/* ---- exact decimals ---- */

static void dec_norm(dg_decimal *d) {
  while (d->mant != 0 && d->mant % 10 == 0 && d->exp < 40) d->mant /= 10, d->exp++;
  if (d->mant == 0) d->exp = 0;
}

/* *a += b * 10^k exactly; -1 when the digits do not fit in 63 bits. */
static int dec_add(dg_decimal *a, dg_decimal b, int k) {
  b.exp += k;
  dec_norm(a);
  dec_norm(&b);
  if (b.mant == 0) return 0;
  if (a->mant == 0) {
    *a = b;
    return 0;
  }
  int lo = a->exp < b.exp ? a->exp : b.exp;
  int64_t x = a->mant, y = b.mant;
  for (int e = a->exp; e > lo; e--) {
    if (x > INT64_MAX / 10 || x < -(INT64_MAX / 10)) return -1;
    x *= 10;
  }
  for (int e = b.exp; e > lo; e--) {
    if (y > INT64_MAX / 10 || y < -(INT64_MAX / 10)) return -1;
    y *= 10;
  }
  if ((y > 0 && x > INT64_MAX - y) || (y < 0 && x < INT64_MIN - y)) return -1;
  a->mant = x + y;
  a->exp = lo;
  dec_norm(a);
  return 0;
}

static double dec_val(dg_decimal d) { return dg_decimal_to_double(d); }

/* ---- numerals ---- */

/* Arabic digits with thousands separators (1,100 / 123,456) and a decimal part (9.00). */
static size_t arabic_at(const char *t, size_t len, size_t pos, dg_decimal *out) {
  int64_t mant = 0;
  int exp = 0, digits = 0;
  size_t i = pos;
  while (i < len) {
    if (dg_is_digit(t[i])) {
      if (digits < 18) mant = mant * 10 + (t[i] - '0');
      else exp++;
      digits++;
      i++;
    } else if (t[i] == ',' && digits > 0 && i + 3 < len &&
               dg_is_digit(t[i + 1]) && dg_is_digit(t[i + 2]) && dg_is_digit(t[i + 3]) &&
               (i + 4 >= len || !dg_is_digit(t[i + 4]))) {
      i++;
    } else {
      break;
    }
  }
  if (i == pos) return 0;
  if (i + 1 < len && t[i] == '.' && dg_is_digit(t[i + 1])) {
    i++;
    while (i < len && dg_is_digit(t[i])) {
      if (digits < 18) {
        mant = mant * 10 + (t[i] - '0');
        exp--;
      }
      digits++;
      i++;
    }
  }
  out->mant = mant;
  out->exp = exp;
  dec_norm(out); /* 9.00 == 9 */
  return i - pos;
}

/* A run of kanji digits read positionally (二〇二四 = 2024, 五 = 5). */
static size_t kanji_digits_at(const dg_rules *r, const char *t, size_t len, size_t pos,
                              dg_decimal *out, int *count) {
  int64_t v = 0;
  size_t i = pos;
  *count = 0;
  while (i < len && *count < 18) {
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

/* A Japanese scale word at i (十, 百, 千, 万, 百万, 億, 千億, 兆 ... or 拾): its power of
 * ten. Latin scale words are not read here. */
static size_t ja_scale_at(const dg_rules *r, const char *t, size_t len, size_t i, int *power) {
  if (i >= len || (unsigned char)t[i] < 0x80) return 0;
  long w = dg_wordlist_at(&r->scales, t, len, i);
  if (w >= 0 && !is_latin_word(&r->scales.w[w])) {
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

static int word_matches(const dg_word *w, const char *t, size_t len, size_t j);

/* A Latin scale word (million, bn) at i, adjacent or after spaces, ending a word. */
static size_t latin_scale_at(const dg_rules *r, const char *t, size_t len, size_t i, int *power) {
  size_t j = skip_space(t, len, i);
  if (j >= len || (j > i + 1)) return 0;
  for (size_t k = 0; k < r->scales.n; k++) {
    const dg_word *w = &r->scales.w[k];
    if (!is_latin_word(w) || !word_matches(w, t, len, j)) continue;
    *power = w->as.scale.power;
    return j + w->len - i;
  }
  return 0;
}

typedef struct {
  size_t start, end;
  dg_decimal v;
  int lead;    /* power of ten applied to the first digits as written: 20億 -> 8 */
  int scaled;  /* a scale word was read */
  int arabic;  /* Arabic digits were read */
  int single;  /* one kanji digit and nothing else: 一, 四 */
} num_t;

/* One Japanese section: digits and 十/百/千 units, closed by 万/億/兆 (big) or not.
 * 3千5百万: 3, 千, 5, 百万 -> 3500 with big 4. */
static size_t section_at(const dg_rules *r, const char *t, size_t len, size_t i, dg_decimal *sec,
                         int *big, int *first_mult, num_t *info, int *nkanji) {
  size_t j = i;
  int last_small = 4, any = 0;
  sec->mant = 0;
  sec->exp = 0;
  *big = 0;
  *first_mult = -1;
  for (;;) {
    dg_decimal d = {0, 0};
    int have_d = 0, nk = 0;
    size_t n = 0;
    if (j < len && dg_is_digit(t[j])) {
      n = arabic_at(t, len, j, &d);
      if (!n) break;
      have_d = 1;
      info->arabic = 1;
    } else if ((n = kanji_digits_at(r, t, len, j, &d, &nk)) > 0) {
      have_d = 1;
      *nkanji += nk;
    }
    size_t k = j + n;
    int p = 0;
    size_t wl = ja_scale_at(r, t, len, k, &p);
    int small = p % 4, bg = p - small;
    if (!wl || (small && small >= last_small)) {
      if (!have_d) break;
      if (dec_add(sec, d, 0)) return 0;
      if (*first_mult < 0) *first_mult = 0;
      j = k;
      any = 1;
      break;
    }
    info->scaled = 1;
    if (small) {
      if (!have_d) d.mant = 1, d.exp = 0;
      if (dec_add(sec, d, small)) return 0;
      if (*first_mult < 0) *first_mult = small;
      last_small = small;
      j = k + wl;
      any = 1;
      if (bg) {
        *big = bg;
        break;
      }
      continue;
    }
    /* 万, 億, 兆 alone: closes the section; needs digits before it. */
    if (!have_d && !any) break;
    if (have_d && dec_add(sec, d, 0)) return 0;
    if (*first_mult < 0) *first_mult = 0;
    j = k + wl;
    any = 1;
    *big = bg;
    break;
  }
  return any ? j - i : 0;
}

/* A whole number at pos: Japanese sections (1億2千万) or Arabic with an English scale. */
static size_t number_at(const dg_rules *r, const char *t, size_t len, size_t pos, num_t *nm) {
  memset(nm, 0, sizeof *nm);
  nm->start = pos;
  nm->lead = -1;
  dg_decimal total = {0, 0};
  int last_big = 99, nsec = 0, nkanji = 0;
  size_t i = pos;
  while (i < len) {
    dg_decimal sec;
    int big, fm;
    num_t save = *nm;
    size_t n = section_at(r, t, len, i, &sec, &big, &fm, nm, &nkanji);
    if (!n || (nsec && big >= last_big)) {
      *nm = save;
      break;
    }
    if (dec_add(&total, sec, big)) return 0;
    if (nm->lead < 0) nm->lead = (fm < 0 ? 0 : fm) + big;
    i += n;
    nsec++;
    if (big == 0) break;
    last_big = big;
  }
  if (!nsec) return 0;
  if (!nm->scaled && nm->arabic) {
    int p;
    size_t n = latin_scale_at(r, t, len, i, &p);
    if (n) {
      total.exp += p;
      nm->lead += p;
      nm->scaled = 1;
      i += n;
    }
  }
  nm->single = !nm->arabic && !nm->scaled && nkanji == 1;
  dec_norm(&total);
  nm->v = total;
  nm->end = i;
  return i - pos;
}

size_t dg_number_parse(const dg_rules *r, const char *t, size_t len, size_t pos,
                       dg_decimal *out) {
  if (pos >= len) return 0;
  if (!r) return dg_is_digit(t[pos]) ? arabic_at(t, len, pos, out) : 0;
  num_t nm;
  size_t n = number_at(r, t, len, pos, &nm);
  if (n) *out = nm.v;
  return n;
}

/* ---- words around the number ---- */

static int word_matches(const dg_word *w, const char *t, size_t len, size_t j) {
  if (j > len || w->len > len - j) return 0;
  for (uint32_t q = 0; q < w->len; q++) {
    unsigned char a = (unsigned char)w->s[q], b = (unsigned char)t[j + q];
    if (a == b) continue;
    if (a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' && (a | 0x20) <= 'z')
      continue;
    return 0;
  }
  unsigned char last = (unsigned char)w->s[w->len - 1];
  return !(dg_is_ascii_alnum(last) && dg_alnum_at(t, len, j + w->len));
}

/* The longest word of a list at i: Japanese words adjacent, Latin words adjacent or after
 * one space (when `spaced`). Returns the index
 * and sets *end, or -1. */
static long word_at(const dg_wordlist *l, const char *t, size_t len, size_t i, int spaced,
                    size_t *end) {
  size_t j = spaced ? skip_space(t, len, i) : i;
  if (j > i + 1) j = i; /* one space at most */
  for (size_t k = 0; k < l->n; k++) {
    const dg_word *w = &l->w[k];
    if (is_latin_word(w)) {
      if (word_matches(w, t, len, j)) {
        *end = j + w->len;
        return (long)k;
      }
    } else if (word_matches(w, t, len, i)) {
      *end = i + w->len;
      return (long)k;
    }
  }
  return -1;
}

/* Is the currency word a blocker ("---": 一元化 is not yuan)? */
static int is_blocker_code(const char *code) { return !code || code[0] == '-' || !code[0]; }

/* Currency after the number at e: 円, 米ドル, " yen", " US dollars". */
static long currency_after(const dg_rules *r, const char *t, size_t len, size_t e, size_t *ce) {
  long c = word_at(&r->currencies, t, len, e, 1, ce);
  if (c < 0) return -1;
  const dg_word *w = &r->currencies.w[c];
  if (is_blocker_code(w->code) || !(w->as.currency.side & DG_SIDE_AFTER)) return -1;
  return c;
}

/* Currency before the number at s: $, US$, ¥, "USD ", "US$ ". Sets *cs to its start. */
static long currency_before(const dg_rules *r, const char *t, size_t s0, size_t *cs) {
  for (int sp = 0; sp < 2; sp++) {
    size_t s = s0;
    if (sp) {
      if (s == 0 || t[s - 1] != ' ') break;
      s--;
    }
    for (size_t k = 0; k < r->currencies.n; k++) {
      const dg_word *w = &r->currencies.w[k];
      if (!(w->as.currency.side & DG_SIDE_BEFORE) || is_blocker_code(w->code) || w->len > s) continue;
      size_t b = s - w->len;
      if (!word_matches(w, t, s, b)) continue;
      if (dg_is_ascii_alnum((unsigned char)w->s[0]) && b > 0 &&
          dg_is_ascii_alnum((unsigned char)t[b - 1]))
        continue;
      /* "USD5" is fine, "EUR" glued to letters is not a code. */
      *cs = b;
      return (long)k;
    }
  }
  return -1;
}

/* A counter after the number: 人, か国, " projects", 100MW. -1 when none or a blocker. */
static long counter_at(const dg_rules *r, const char *t, size_t len, size_t e, size_t *ce) {
  long c = word_at(&r->counters, t, len, e, 1, ce);
  if (c < 0) return -1;
  const dg_word *w = &r->counters.w[c];
  if (w->code[0] == '-' || !w->code[0]) return -1; /* 国際, 人材: words, not counters */
  /* Latin counters need a space ("570 projects") unless they are unit symbols (100MW),
   * and are written as listed: "2.3 People-to-people" is a section heading. */
  if (is_latin_word(w) && *ce - w->len == e && w->len > 3) return -1;
  if (is_latin_word(w) && memcmp(t + *ce - w->len, w->s, w->len) != 0) return -1;
  return c;
}

/* A qualifier that ends at `pos`: adjacent (or after one space) when Japanese (約), after
 * a space when Latin (about, more than). Returns its index and sets *start, or -1. */
static long qualifier_before(const dg_rules *r, const char *t, size_t pos, size_t *start) {
  for (int sp = 0; sp < 2; sp++) {
    size_t p = pos;
    if (sp) {
      if (p == 0 || t[p - 1] != ' ') return -1;
      p--;
    }
    for (size_t k = 0; k < r->qualifiers.n; k++) {
      const dg_word *w = &r->qualifiers.w[k];
      if (!(w->as.qualifier.side & DG_SIDE_BEFORE) || w->len > p) continue;
      if (is_latin_word(w) != sp) continue;
      size_t b = p - w->len;
      if (dg_wordlist_find(&r->qualifiers, t + b, w->len) != (long)k) continue;
      if (is_latin_word(w) && b > 0 && dg_is_ascii_alnum((unsigned char)t[b - 1])) continue;
      *start = b;
      return (long)k;
    }
  }
  return -1;
}

/* A qualifier after the amount at e (以上, 規模, 超, " or more"). */
static long qualifier_after(const dg_rules *r, const char *t, size_t len, size_t e, size_t *qe) {
  long q = word_at(&r->qualifiers, t, len, e, 1, qe);
  if (q < 0 || !(r->qualifiers.w[q].as.qualifier.side & DG_SIDE_AFTER)) return -1;
  return q;
}

/* "between" before an amount that starts at `start`: its start, or `start` itself. */
static size_t between_before(const char *t, size_t start) {
  static const char *const w[] = {"between ", "Between "};
  for (size_t k = 0; k < 2; k++)
    if (dg_lit_before(t, start, w[k]) &&
        (start == strlen(w[k]) || !dg_is_ascii_alnum((unsigned char)t[start - strlen(w[k]) - 1])))
      return start - strlen(w[k]);
  return start;
}

/* A range separator at i after an amount that starts at `start`; " and " only after
 * "between" (between $1 billion and $1.5 billion). */
static int is_range_sep(const char *t, size_t len, size_t start, size_t i, size_t *after) {
  static const char *const seps[] = {"~", "\xE3\x80\x9C" /* 〜 */, "-", "\xE2\x80\x94" /* — */,
                                     "\xE3\x81\x8B\xE3\x82\x89" /* から */, " to ", " - ",
                                     " ~ ", " \xE3\x80\x9C "};
  if (dg_lit(t, len, i, " and ") && between_before(t, start) != start) {
    *after = i + 5;
    return 1;
  }
  for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
    size_t l = strlen(seps[k]);
    if (i + l <= len && memcmp(t + i, seps[k], l) == 0) {
      *after = i + l;
      return 1;
    }
  }
  return 0;
}

static int prev_is_kanji(const char *t, size_t i) {
  if (i == 0 || (unsigned char)t[i - 1] < 0x80) return 0;
  uint32_t cp;
  size_t p = dg_utf8_prev(t, i);
  dg_utf8_decode(t + p, t + i, &cp);
  return dg_script_of(cp) == DG_SC_KANJI;
}

/* Is the character before i a kanji numeral or scale (inside 十三, 千億)? */
static int after_kanji_numeral(const dg_rules *r, const char *t, size_t i) {
  if (i == 0 || (unsigned char)t[i - 1] < 0x80) return 0;
  if (dg_wordlist_before(&r->kanji_digits, t, 0, i) >= 0) return 1;
  long s = dg_wordlist_before(&r->scales, t, 0, i);
  return s >= 0 && !is_latin_word(&r->scales.w[s]);
}

/* Can a number start at i? Not inside a word or another number (G20, WA2.0, COVID-19,
 * 03-3268-3111, 10:30), not an ordinal (第13回), not vague (数百億, 何千). */
static int number_start_ok(const dg_rules *r, const char *t, size_t i) {
  if (i == 0) return 1;
  unsigned char p = (unsigned char)t[i - 1];
  if (dg_is_ascii_alnum(p) || p == '_' || p == '#' || p == '\\') return 0;
  /* 1.5, 1,100, 1/2, 03-3268, 10:30 continue a number; "，12億ドル" (a Japanese comma) does not */
  if ((p == '.' || p == ',' || p == '/' || p == '-' || p == ':') && i >= 2 &&
      dg_is_ascii_alnum((unsigned char)t[i - 2]))
    return 0;
  static const char *const prefixes[] = {"\xE7\xAC\xAC" /* 第 */, "\xE6\x95\xB0" /* 数 */,
                                         "\xE4\xBD\x95" /* 何 */, "\xE5\xB9\xBE" /* 幾 */};
  for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
    if (dg_lit_before(t, i, prefixes[k])) return 0;
  if (after_kanji_numeral(r, t, i)) return 0;
  return 1;
}

/* Words right after a number that make it a date, a time, an ordinal or a ratio: the
 * length of the longest one at i, or 0. */
static size_t non_amount_suffix(const char *t, size_t len, size_t i) {
  static const char *const suf[] = {
      "年", "月", "日", "時", "分", "秒", "歳", "才", "周年", "%", "パーセント", "倍",
      "位", "回目", "番", "号", "条", "次", "世紀", "割", "度", "期", "代", "階", "章",
      "節", "ヶ月", "か月", "カ月", "ヵ月", "箇月", "ケ月"};
  size_t best = 0;
  for (size_t k = 0; k < sizeof suf / sizeof *suf; k++)
    if (dg_lit(t, len, i, suf[k]) && strlen(suf[k]) > best) best = strlen(suf[k]);
  if (best) return best;
  /* 2.0.1, 2024.1.30: versions and dotted dates */
  if (i + 1 < len && (t[i] == '.' || t[i] == '/') && dg_is_digit(t[i + 1])) return 1;
  if (i + 8 <= len && (memcmp(t + i, " percent", 8) == 0 || memcmp(t + i, " per cent", 8) == 0))
    return 1;
  return 0;
}

/* A counter written right after a counted word that makes a compound, not a count:
 * 二国間 (bilateral), 1人当たり (per person). */
static int counter_compound(const char *t, size_t len, size_t ce) {
  return dg_lit(t, len, ce, "間") || dg_lit(t, len, ce, "当たり") || dg_lit(t, len, ce, "あたり") ||
         dg_lit(t, len, ce, "当り");
}

/* The second number of a range; completes a bare first number with its scale (10〜20億). */
static int range_second(const dg_rules *r, const char *t, size_t len, size_t start, size_t e,
                        num_t *g1, num_t *g2, int cur_before) {
  size_t after;
  if (!is_range_sep(t, len, start, e, &after)) return 0;
  /* from 2010 to 2020, from $10 million to $20 million: a change, not a range */
  if (dg_lit(t, len, e, " to ") && (dg_lit_before(t, start, "from ") || dg_lit_before(t, start, "From ")))
    return 0;
  size_t a2 = after;
  /* A currency sign may repeat on the upper end: $10-$20 million. */
  if (cur_before) {
    for (size_t k = 0; k < r->currencies.n; k++) {
      const dg_word *w = &r->currencies.w[k];
      if ((w->as.currency.side & DG_SIDE_BEFORE) && !is_blocker_code(w->code) && word_matches(w, t, len, a2)) {
        a2 = skip_space(t, len, a2 + w->len);
        break;
      }
    }
  }
  if (!number_at(r, t, len, a2, g2) || g2->single) return 0;
  num_t a = *g1;
  if (!a.scaled && g2->scaled) {
    a.v.exp += g2->lead;
    dec_norm(&a.v);
  }
  if (!(dec_val(g2->v) > dec_val(a.v))) return 0;
  *g1 = a;
  return 1;
}

dg_err dg_amount_find(const dg_rules *r, const char *t, size_t len, dg_amount **out,
                      size_t *nout, dg_error *err) {
  DG_VEC(dg_amount) v = {0};
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)t[i];
    int can_start = dg_is_digit((char)c);
    if (!can_start && c >= 0x80) {
      long w = dg_wordlist_at(&r->kanji_digits, t, len, i);
      can_start = w >= 0;
    }
    size_t glued;
    if (!can_start ||
        (!number_start_ok(r, t, i) &&
         /* JPY1.2 trillion, USD5 million: a currency code glued to the number */
         !(i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1]) && currency_before(r, t, i, &glued) >= 0))) {
      i += c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len);
      continue;
    }
    num_t g1, g2;
    if (!number_at(r, t, len, i, &g1)) {
      i += c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len);
      continue;
    }
    size_t skip_to = g1.end; /* where to go on when this is no amount */
    dg_amount a;
    memset(&a, 0, sizeof a);
    size_t start = i, e = g1.end, ce;
    int range = 0;

    /* Currency before: $, US$, "USD ". */
    size_t cs;
    long cur = currency_before(r, t, i, &cs);
    if (cur >= 0) {
      memcpy(a.currency, r->currencies.w[cur].code, 3);
      start = cs;
    }
    if (range_second(r, t, len, start, e, &g1, &g2, cur >= 0)) {
      range = 1;
      e = g2.end;
    }
    /* Currency after: 円, 米ドル, " yen"; a quantity's counter; 余/超 may come between. */
    long cn = -1;
    long mid_q = -1;
    for (int pass = 0; pass < 2; pass++) {
      size_t at = e;
      if (pass) {
        size_t qe;
        mid_q = word_at(&r->qualifiers, t, len, e, 0, &qe);
        if (mid_q < 0 || is_latin_word(&r->qualifiers.w[mid_q]) ||
            !(r->qualifiers.w[mid_q].as.qualifier.side & DG_SIDE_AFTER))
          break;
        at = qe;
      }
      long ca = currency_after(r, t, len, at, &ce);
      if (ca >= 0) {
        if (cur >= 0 && strncmp(a.currency, r->currencies.w[ca].code, 3) != 0) break;
        memcpy(a.currency, r->currencies.w[ca].code, 3);
        cur = ca;
        e = ce;
        break;
      }
      if (cur >= 0) {
        if (pass) mid_q = -1;
        break;
      }
      /* 回目 and 分 are no counters, 回 and 分野 are: the longer word decides */
      size_t suf = non_amount_suffix(t, len, at);
      cn = counter_at(r, t, len, at, &ce);
      if (cn >= 0 && suf > ce - at) cn = -1;
      if (suf && cn < 0) break;
      if (cn >= 0) {
        if (counter_compound(t, len, ce)) cn = -1;
        else e = ce;
        break;
      }
    }
    if (cur < 0 && cn < 0) mid_q = -1;
    if (cur < 0 && cn < 0) {
      i = skip_to;
      continue;
    }
    /* A lone kanji digit is part of a word (一元化, 四国, 一人ひとり, 関東一円) unless a
     * counter of two or more characters follows it after a non-kanji (の四か国). */
    int lone_ok = cn >= 0 && !is_latin_word(&r->counters.w[cn]) && r->counters.w[cn].len >= 6 &&
                  !prev_is_kanji(t, i);
    /* 〇〇円, 〇億円: a template's placeholder, not zero */
    int placeholder = !g1.arabic && g1.v.mant == 0;
    if ((g1.single && !lone_ok) || (range && g2.single) || placeholder) {
      i = skip_to;
      continue;
    }
    if (cn >= 0) {
      a.is_quantity = 1;
      a.unit = r->counters.w[cn].code;
      a.unit_start = (uint32_t)(ce - r->counters.w[cn].len);
      a.unit_end = (uint32_t)ce;
    } else if (!range) {
      /* 10億円～20億円, $10 million to $20 million: a range written with two amounts.
       * "から" only when it is not a change (100億円から200億円に). */
      size_t after;
      num_t h;
      if (is_range_sep(t, len, start, e, &after) &&
          !(dg_lit(t, len, e, " to ") && (dg_lit_before(t, start, "from ") || dg_lit_before(t, start, "From ")))) {
        size_t a2 = after;
        int ok = 1;
        for (size_t k = 0; k < r->currencies.n; k++) {
          const dg_word *w = &r->currencies.w[k];
          if ((w->as.currency.side & DG_SIDE_BEFORE) && !is_blocker_code(w->code) && word_matches(w, t, len, a2)) {
            ok = strncmp(w->code, a.currency, 3) == 0;
            a2 = skip_space(t, len, a2 + w->len);
            break;
          }
        }
        if (ok && number_start_ok(r, t, a2) && number_at(r, t, len, a2, &h) && !h.single) {
          size_t he = h.end, hce;
          long hc = currency_after(r, t, len, he, &hce);
          int same = hc >= 0 && strncmp(r->currencies.w[hc].code, a.currency, 3) == 0;
          if (hc < 0 && (r->currencies.w[cur].as.currency.side & DG_SIDE_BEFORE) && a2 != after) same = 1, hce = he;
          int change = dg_lit(t, len, e, "から") && (dg_lit(t, len, hce, "に") || dg_lit(t, len, hce, "へ"));
          if (same && !change && dec_val(h.v) > dec_val(g1.v)) {
            range = 1;
            g2 = h;
            e = hce;
          }
        }
      }
    }
    /* "between $1 billion and $1.5 billion": the range's span takes "between" in */
    if (range) start = between_before(t, start);
    /* Qualifier before (約, about, more than), then after (以上, 規模, 超, or more). */
    size_t qb;
    long q = qualifier_before(r, t, start, &qb);
    if (q >= 0) {
      a.qualifier = (uint8_t)r->qualifiers.w[q].as.qualifier.qualifier;
      start = qb;
    }
    if (mid_q >= 0 && !a.qualifier) a.qualifier = (uint8_t)r->qualifiers.w[mid_q].as.qualifier.qualifier;
    size_t qe;
    long q2 = qualifier_after(r, t, len, e, &qe);
    if (q2 >= 0) {
      if (!a.qualifier) a.qualifier = (uint8_t)r->qualifiers.w[q2].as.qualifier.qualifier;
      e = qe;
    }
    a.start = (uint32_t)start;
    a.end = (uint32_t)e;
    a.value = g1.v;
    dec_norm(&a.value);
    if (range) {
      a.has_range = 1;
      a.value_max = g2.v;
      dec_norm(&a.value_max);
    }
    if (DG_PUSH(v, a)) {
      free(v.v);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    i = e > i ? e : i + 1;
  }
  *out = v.v;
  *nout = v.n;
  return DG_OK;
}
