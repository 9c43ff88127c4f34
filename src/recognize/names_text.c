/* Text tests the name rules share: scripts (all katakana, any kanji), Japanese name tokens,
 * stop words, English words and the small words that join them (name_joiners.tsv), head
 * words and the shape of an acronym.
 * Invariant: every test reads the text only; none looks at or changes the mentions. */
#include <string.h>

#include "base/latin.h"
#include "base/swar.h"
#include "recognize/names_int.h"

/* Is cp katakana (dg_script_of's DG_SC_KATAKANA: U+30A1..U+30FA, U+30FC..U+30FE,
 * U+31F0..U+31FF) or the dot ・ (U+30FB) between its words? Two ranges, tested inline. */
static int katakana_or_dot(uint32_t cp) {
  return (cp >= 0x30A1 && cp <= 0x30FE) || (cp >= 0x31F0 && cp <= 0x31FF);
}

int dgn_all_katakana(const char *s, size_t n) {
  size_t i = 0;
  if (!n) return 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) return 0;
    if (!katakana_or_dot(cp)) return 0;
    i += (size_t)l;
  }
  return 1;
}

int dgn_katakana_token(const dgn_ctx *c, const dg_token *k) {
  return dgn_all_katakana(c->t + k->start, k->end - k->start);
}

int dgn_has_script(const char *s, size_t n, dg_script sc) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) l = 1;
    else if (dg_script_of(cp) == sc) return 1;
    i += (size_t)l;
  }
  return 0;
}

int dgn_is_latin(const char *s, size_t n) {
  return !dgn_has_script(s, n, DG_SC_KANJI) && !dgn_has_script(s, n, DG_SC_KATAKANA) &&
         !dgn_has_script(s, n, DG_SC_HIRAGANA);
}

int dgn_lower_meeting_head(const dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t i = a; i < z; i++)
    if (!dg_is_lower(c->t[i]) && c->t[i] != '\'' && c->t[i] != '-') return 0;
  long h = z > a ? dg_wordlist_find(&c->r->heads, c->t + a, z - a) : -1;
  return h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING;
}

int dgn_is_stop(const dgn_ctx *c, uint32_t a, uint32_t z) {
  return dg_wordlist_find(&c->r->name_stops, c->t + a, z - a) >= 0;
}

/* ・ + & - . join the parts of a name; MeCab calls Latin letters and digits symbols too. */
static int name_symbol(uint32_t cp) {
  return cp == DGN_CP_DOT || cp == '+' || cp == '&' || cp == '-' || cp == '.' ||
         dg_is_ascii_alnum((int)cp);
}

/* Nouns, prefixes and joining symbols; MeCab calls runs of ASCII punctuation nouns, and a
 * name has none but + & - . (形容動詞語幹 強靱化 and 副詞可能 特別 count as nouns; time
 * words such as 今後 are name stops). */
int dgn_name_token(const dgn_ctx *c, const dg_token *k) {
  for (uint32_t i = k->start; i < k->end; i++) {
    char ch = c->t[i];
    if ((unsigned char)ch < 0x80 && !dg_is_ascii_alnum((unsigned char)ch) && ch != '+' &&
        ch != '&' && ch != '-' && ch != '.')
      return 0;
  }
  switch (k->pos) {
  case DG_POS_NOUN:
  case DG_POS_NOUN_PROPER:
  case DG_POS_NOUN_SAHEN:
  case DG_POS_NOUN_SUFFIX:
  case DG_POS_NOUN_NUMBER:
  case DG_POS_NOUN_NAI:
  case DG_POS_NOUN_ADV:
  case DG_POS_PREFIX:
    return 1;
  case DG_POS_SYMBOL:
    return name_symbol(dg_cp_at(c->t, c->len, k->start));
  default:
    return 0;
  }
}

/* The length of a Latin letter with a diacritic at t[i] (í, ñ, ễ: U+00C0..U+024F but × and
 * ÷, U+1E00..U+1EFF), or 0. */
static uint32_t accented_letter(const char *t, uint32_t i, uint32_t z) {
  uint32_t cp;
  int l = (unsigned char)t[i] >= 0x80 ? dg_utf8_decode(t + i, t + z, &cp) : 0;
  if (l <= 0) return 0;
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF))
    return (uint32_t)l;
  return 0;
}

/* Inside a word at t[i]: the length of a letter or digit (an accented letter too: García),
 * or of '-', '.' or '\'' followed by one, or of ".-" followed by one (U.S.-Pacific); 0 at
 * the word's end. (The text has ASCII apostrophes and dashes only: normalization folds ’
 * and –.) */
static uint32_t word_step(const char *t, uint32_t i, uint32_t z) {
  if (dg_is_ascii_alnum((unsigned char)t[i])) return 1;
  uint32_t al = accented_letter(t, i, z);
  if (al) return al;
  uint32_t l = t[i] == '-' || t[i] == '.' || t[i] == '\'' ? 1 : 0;
  if (l && t[i] == '.' && i + 1 < z && t[i + 1] == '-') l = 2;
  return l && i + l < z && dg_is_ascii_alnum((unsigned char)t[i + l]) ? l : 0;
}

/* Does the word t[s, e) end in single letters joined by dots (U.S, ASEAN-U.S, D.C), or
 * is it initials of a name, a capital with maybe one small letter each (Sh.M, Zh.K: the
 * digraph initials Central Asian names are written with)? Its closing dot then belongs to
 * it (U.S., Sh.M. Mirziyoyev). */
static int dotted_letters(const char *t, uint32_t s, uint32_t e) {
  int letters = 0, digraphs = 0;
  for (uint32_t k = e; k > s; k -= 2) {
    if (k - 1 > s && dg_is_upper(t[k - 2]) && dg_is_lower(t[k - 1])) k--, digraphs++;
    else if (!dg_is_upper(t[k - 1]) && !dg_is_lower(t[k - 1])) return 0;
    letters++;
    if (k - 1 == s) return letters >= 2;
    if (t[k - 2] == '-') return letters >= 2 && !digraphs;
    if (t[k - 2] != '.') return 0;
  }
  return 0;
}

/* Is t[s, i) one to three digits after "the " whose period at i makes an ordinal, a space
 * and a capital after it (the 10. Summit; not a numbered paragraph, 10. Leaders)? */
static int ordinal_period(const char *t, uint32_t s, uint32_t i, uint32_t z) {
  if (i - s > 3 || i + 2 >= z || t[i + 1] != ' ' || !dg_is_upper(t[i + 2])) return 0;
  if (s < 4 || (t[s - 4] != 't' && t[s - 4] != 'T') || memcmp(t + s - 3, "he ", 3) != 0) return 0;
  for (uint32_t k = s; k < i; k++)
    if (!dg_is_digit(t[k])) return 0;
  return 1;
}

/* The end of the word that starts at i: "&" alone; a plural possessive keeps its
 * apostrophe (Ministers' Meeting), dotted letters their last dot (U.S.), an ordinal its
 * period (10.). */
static uint32_t word_end(const char *t, uint32_t i, uint32_t z) {
  uint32_t s = i, l;
  if (t[i] == '&') return i + 1;
  while (i < z && (l = word_step(t, i, z))) i += l;
  if (i < z && t[i] == '.' && (dotted_letters(t, s, i) || ordinal_period(t, s, i, z)))
    return i + 1;
  if (i < z && t[i] == '\'' && i > s && t[i - 1] == 's' && (i + 1 == z || t[i + 1] == ' ')) i++;
  return i;
}

/* The first word start (a letter, a digit or "&") at or after i, or z: 8 bytes at a time
 * through runs that are not ASCII (Japanese text), where none can be. */
static uint32_t next_word_start(const char *t, uint32_t i, uint32_t z) {
  while (i < z) {
    if (z - i >= 8 && (dg_swar_load(t + i) & DG_SWAR_HIGHS) == DG_SWAR_HIGHS) {
      i += 8;
      continue;
    }
    unsigned char ch = (unsigned char)t[i];
    if (dg_is_ascii_alnum(ch) || ch == '&' || (ch >= 0xC3 && ch <= 0xE1 && accented_letter(t, i, z)))
      return i; /* Ángel, Đặng: a word may open with a letter with marks */
    i++;
  }
  return z;
}

int dgn_initials_of(const char *name, size_t n, const char *t, uint32_t a, uint32_t z) {
  size_t p = 0;
  for (uint32_t k = a; k < z; k++) {
    if (!dg_is_upper(t[k])) continue;
    for (; p < n; p++)
      if ((p == 0 || name[p - 1] == ' ' || name[p - 1] == '-') &&
          (name[p] == t[k] || name[p] == t[k] + 32))
        break;
    if (p++ >= n) return 0;
  }
  return 1;
}

size_t dgn_en_words(const char *t, uint32_t a, uint32_t z, dgn_word *out, size_t max) {
  size_t n = 0;
  uint32_t i = a;
  while (i < z && n < max) {
    i = next_word_start(t, i, z);
    if (i >= z) break;
    out[n].a = i;
    i = word_end(t, i, z);
    out[n].z = i;
    n++;
  }
  return n;
}

int dgn_capital_at(const char *t, uint32_t i, uint32_t z) {
  uint32_t cp;
  if (dg_is_upper(t[i])) return 1;
  return (unsigned char)t[i] >= 0x80 && dg_utf8_decode(t + i, t + z, &cp) > 0 && dg_latin_upper(cp);
}

int dgn_adjacent(const char *t, const dgn_word *w, size_t x) {
  for (uint32_t i = w[x].z; i < w[x + 1].a; i++)
    if (t[i] != ' ') return 0;
  return 1;
}

int dgn_joiner(const dgn_ctx *c, const dgn_word *w, unsigned roles) {
  const dg_wordlist *l = &c->r->name_joiners;
  size_t n = w->z - w->a;
  long k = dg_wordlist_find(l, c->t + w->a, n);
  return k >= 0 && (l->w[k].as.joiner.roles & roles) && memcmp(l->w[k].s, c->t + w->a, n) == 0;
}

int dgn_joiner_any_case(const dgn_ctx *c, const dgn_word *w, unsigned roles) {
  const dg_wordlist *l = &c->r->name_joiners;
  size_t n = w->z - w->a;
  long k = dg_wordlist_find(l, c->t + w->a, n);
  if (k < 0 || !(l->w[k].as.joiner.roles & roles)) return 0;
  const char *s = l->w[k].s, *t = c->t + w->a;
  int as_written = 1, capital = 1, caps = 1;
  for (size_t i = 0; i < n; i++) {
    char up = dg_is_lower(s[i]) ? (char)(s[i] - 32) : s[i];
    as_written &= t[i] == s[i];
    capital &= t[i] == (i ? s[i] : up);
    caps &= t[i] == up;
  }
  return as_written || capital || caps;
}

int dgn_is_head_word(const dgn_ctx *c, const dgn_word *w, uint32_t end) {
  long h = dg_wordlist_at(&c->r->heads, c->t, end, w->a);
  return h >= 0 && w->a + c->r->heads.w[h].len == w->z;
}

int dgn_is_acronym(const char *t, uint32_t a, uint32_t z) {
  if (z - a < 2 || z - a > 16) return 0;
  int caps = 0;
  for (uint32_t i = a; i < z; i++) {
    char ch = t[i];
    if (dg_is_upper(ch)) caps++;
    else if (!(dg_is_lower(ch) || dg_is_digit(ch) || ch == '-' || ch == '+' || ch == '&' ||
               ch == '.'))
      return 0;
  }
  return caps >= 2 && dg_is_upper(t[a]);
}

int dgn_defined_acronym(const dgn_ctx *c, uint32_t a, uint32_t z) {
  char key[24];
  if (z - a + 3 > sizeof key) return 0;
  key[0] = '(';
  memcpy(key + 1, c->t + a, z - a);
  key[z - a + 1] = ')';
  key[z - a + 2] = '\0';
  return strstr(c->t, key) != NULL;
}

/* Did the source have a space right before text offset `at`, one that normalizing left out
 * between two Japanese characters (日メコン首脳会合 安倍総理挨拶: a title and its speaker)? */
int dgn_spaced_in_source(const dgn_ctx *c, uint32_t at) {
  const dg_doc *d = c->d;
  if (!d->map.n || !d->src || at == 0 || at >= d->len) return 0;
  uint32_t p = dg_doc_src_offset(d, at);
  if (p == 0 || p > d->src_len) return 0;
  return d->src[p - 1] == ' ' || (p >= 3 && !memcmp(d->src + p - 3, "\xE3\x80\x80", 3));
}
