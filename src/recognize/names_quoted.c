/* Quoted names: what stands between 「 and 」 (or 『 and 』), up to a colon or a
 * parenthesis, names a meeting, program or organization when it ends in a head word, even
 * with particles inside: 「防衛協力強化のための日ASEAN大臣イニシアティブ：ジャスミン(...)」;
 * a parenthesis with more of the name after it is the name's (「日本・メコン地域(5カ国)首脳会議」),
 * or a program when it ends in a form of aid a dictionary lists, after other words
 * (「保健危機対応緊急支援円借款」: that loan, also where the document writes it unquoted),
 * or one compound noun quoted before a verb of adopting (「ロードマップ」に合意), or any
 * phrase ending in a noun that one takes, before or after it (「X地域における物流網の構築」が
 * 採択された, 会合で合意された「Yのための地域協力」), or a
 * program's head word alone after a count (63項目の「行動計画」).
 * An English title in quote marks names one when a head noun and a title word stand
 * before it: a side event titled, "Ocean Disputes - Lessons of the Pacific Experience";
 * a meeting's, title-cased, right after a meeting's head noun in lower case: the forum
 * "Central Asia - Korea" (with its ordinal: the 3rd session of the forum "...").
 * A year or a span of years may close the name after its head (「日ASEAN ICTワークプラン2021」,
 * 「X作業計画2013-2014」). A quote
 * ending in a place's head word (「市民交流都市」: a slogan, a status) names no place.
 * Invariant: a quote that holds another quote, or does not close before 。 or the end of
 * the line, names nothing (the inner quote is looked at on its own). */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "recognize/names_int.h"

/* The quoted text of a quote that opens at i: [*a, *z) up to its first ':' or '(' (spaces
 * before that left out), *whole where it closes; returns 0 when it is not a whole quote of
 * its own. */
static int quoted_text(const dgn_ctx *c, size_t i, uint32_t open, size_t *a, size_t *z,
                       size_t *whole) {
  const char *t = c->t;
  uint32_t close = open == DGN_CP_OPEN ? DGN_CP_CLOSE : DGN_CP_CLOSE_DB;
  size_t j = i + 3, cut = 0;
  *a = j;
  while (j < c->len && j - *a < DGN_MAX_NAME_BYTES) {
    uint32_t x = dg_cp_at(t, c->len, j);
    if (x == close || x == DGN_CP_FULL_STOP || x == '\n') break;
    if (x == DGN_CP_OPEN || x == DGN_CP_OPEN_DB) return 0; /* a quote inside */
    if (!cut && (x == ':' || x == '(')) cut = j;
    j += (size_t)dg_utf8_len(t + j, t + c->len);
  }
  if (j >= c->len || dg_cp_at(t, c->len, j) != close) return 0;
  *whole = j;
  *z = cut ? cut : j;
  while (*z > *a && t[*z - 1] == ' ') (*z)--;
  return 1;
}

/* The longest Japanese head word (as written) that ends t[a, z), or -1; *hs: where it
 * starts. */
static long head_ending(const dgn_ctx *c, size_t a, size_t z, size_t *hs) {
  const dg_wordlist *heads = &c->r->heads;
  long best = -1;
  for (size_t k = 0; k < heads->n; k++) {
    const dg_word *w = &heads->w[k];
    if (w->len <= z - a && (unsigned char)w->s[0] >= 0x80 &&
        memcmp(c->t + z - w->len, w->s, w->len) == 0 &&
        (best < 0 || w->len > heads->w[best].len)) {
      best = (long)k;
      *hs = z - w->len;
    }
  }
  return best;
}

/* Where a year of four digits (19xx, 20xx) that ends t[a, z) begins, else z. */
static size_t year_start(const dgn_ctx *c, size_t a, size_t z) {
  size_t y = z;
  while (y > a && z - y < 4 && dg_is_digit(c->t[y - 1])) y--;
  return z - y == 4 && (c->t[y] == '1' || c->t[y] == '2') ? y : z;
}

/* Where a year or a span of years (2013-2014, 2013−2014, 2013〜2014) that closes a quoted
 * name t[a, z) begins, a space before it left out (「日ASEAN ICTワークプラン2021」, 「X作業
 * 計画2013−2014」: the head ends before the year), else z. */
static size_t before_year(const dgn_ctx *c, size_t a, size_t z) {
  size_t y = year_start(c, a, z);
  if (y == z) return z;
  uint32_t dash = y > a ? dg_cp_before(c->t, y) : 0;
  if (dash == '-' || dash == '~' || dash == 0x2212 || dash == 0x2013 || dash == 0x301C) {
    size_t d = y - (size_t)dg_utf8_len(c->t + y - (dash < 0x80 ? 1 : 3), c->t + y);
    size_t x = year_start(c, a, d);
    if (x < d) y = x;
  }
  while (y > a && c->t[y - 1] == ' ') y--;
  return y;
}

/* The head noun before a title word before offset p (a side event titled, | "...): its
 * type, or DG_TYPE_STOP. */
static dg_type titled_type(const dgn_ctx *c, uint32_t p) {
  const char *t = c->t;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ',' || t[p - 1] == ':')) p--;
  uint32_t wa = p;
  while (wa > 0 && dg_is_ascii_alnum((unsigned char)t[wa - 1])) wa--;
  if (wa == p || dg_wordlist_find(&c->r->title_words, t + wa, p - wa) < 0 || wa < 2 ||
      t[wa - 1] != ' ')
    return DG_TYPE_STOP;
  uint32_t nz = wa - 1, na = nz;
  while (na > 0 && dg_is_ascii_alnum((unsigned char)t[na - 1])) na--;
  long h = na < nz ? dg_wordlist_find(&c->r->heads, t + na, nz - na) : -1;
  return h >= 0 ? c->r->heads.w[h].as.head.type : DG_TYPE_STOP;
}

/* An English title opening at i ("; normalization folds “ and ”): [*a, *z) inside the
 * marks, up to the closing one on the same line; it begins with a capital. Returns 0 when
 * there is none. */
static int en_title(const dgn_ctx *c, size_t i, size_t *a, size_t *z) {
  const char *t = c->t;
  *a = i + 1;
  if (*a >= c->len || !dg_is_upper(t[*a])) return 0;
  size_t j = *a;
  while (j < c->len && j - *a < DGN_MAX_NAME_BYTES && t[j] != '\n' && t[j] != '"') j++;
  if (j >= c->len || t[j] != '"') return 0;
  *z = j;
  while (*z > *a && (t[*z - 1] == ',' || t[*z - 1] == '.' || t[*z - 1] == ' ')) (*z)--;
  return *z > *a;
}

/* Where a meeting named by a quoted title after its head noun in lower case starts, the
 * quote opening at i, one space after the noun (the forum "Central Asia - Korea"): at an
 * ordinal and "session of the" before the noun (the 12th session of the forum "..."), else
 * right after the quote mark; 0 when no such noun stands there. */
static size_t meeting_noun_before(const dgn_ctx *c, size_t i) {
  const char *t = c->t;
  if (i < 3 || t[i - 1] != ' ') return 0;
  size_t nz = i - 1, na = nz;
  while (na > 0 && dg_is_ascii_alnum((unsigned char)t[na - 1])) na--;
  if (na == nz || !dg_is_lower(t[na])) return 0;
  long h = dg_wordlist_find(&c->r->heads, t + na, nz - na);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING) return 0;
  if (na < 16 || memcmp(t + na - 16, " session of the ", 16) != 0) return i + 1;
  size_t o = na - 16;
  while (o > 0 && dg_is_ascii_alnum((unsigned char)t[o - 1])) o--;
  return o < na - 16 && dg_is_digit(t[o]) ? o : i + 1;
}

/* Is t[a, z) written as a title: at most ten words, every one of four letters or more
 * capitalized (Central Asia - Republic of Korea; not "We must act now")? */
static int title_cased(const char *t, size_t a, size_t z) {
  int words = 0;
  for (size_t p = a; p < z;) {
    while (p < z && !dg_is_ascii_alnum((unsigned char)t[p])) p++;
    size_t q = p;
    while (q < z && dg_is_ascii_alnum((unsigned char)t[q])) q++;
    if (q > p && (++words > 10 || (q - p >= 4 && !dg_is_upper(t[p])))) return 0;
    p = q;
  }
  return words > 0;
}

/* English titles in quote marks after a head noun and a title word (title_words.tsv), or
 * a meeting's after its head noun in lower case (see meeting_noun_before): with the
 * ordinal before the noun, the name runs from it to the closing mark. */
static dg_err en_quoted(dgn_ctx *c, dg_error *err) {
  for (size_t i = 0; i + 1 < c->len; i++) {
    if (c->t[i] != '"') continue;
    size_t a, z, from = 0;
    dg_type type = titled_type(c, (uint32_t)i);
    if (type == DG_TYPE_STOP && (from = meeting_noun_before(c, i)) != 0) type = DG_TYPE_MEETING;
    if (type == DG_TYPE_STOP || type == DG_TYPE_PLACE || !en_title(c, i, &a, &z)) continue;
    if (from && !title_cased(c->t, a, z)) continue;
    size_t name_a = a, name_z = z;
    if (from && from < i) {
      name_a = from;
      name_z = z;
      while (name_z < c->len && c->t[name_z] != '"') name_z++;
      name_z++;
    }
    dg_err e = dgn_record_name(c, type, (uint32_t)name_a, (uint32_t)name_z, err);
    if (e != DG_OK) return e;
    i = z;
  }
  return DG_OK;
}

/* Does a form of aid (aid_forms.tsv) that a dictionary program is written as end t[a, z)
 * after other words (「...緊急支援円借款」: that loan, a program of its own)? */
static int aid_form_ending(dgn_ctx *c, size_t a, size_t z) {
  long m = dgn_mention_ending(c, (uint32_t)z, T(PROGRAM));
  if (m < 0) return 0;
  const dg_mention *pm = &c->d->ments[m];
  return pm->start > a && pm->entity >= 0 &&
         dg_wordlist_find(&c->r->aid_forms, c->t + pm->start, pm->end - pm->start) >= 0;
}

/* The loan named in quotes at t[a, z) where the document writes it again without them (案件名
 * 保健危機対応緊急支援円借款): the same program there, when no Japanese letter goes on
 * right before (but across a space of the source) or after it. */
static dg_err aid_name_again(dgn_ctx *c, size_t a, size_t z, dg_error *err) {
  dg_err e = DG_OK;
  for (const char *p = c->t; e == DG_OK && (p = memmem(p, c->len - (size_t)(p - c->t),
                                                      c->t + a, z - a)) != NULL;
       p += z - a) {
    uint32_t pa = (uint32_t)(p - c->t), pz = (uint32_t)(pa + z - a);
    if (pa == a ||
        (pa > 0 && dg_is_japanese(dg_cp_at(c->t, c->len, dg_utf8_prev(c->t, pa))) &&
         !dgn_spaced_in_source(c, pa)) ||
        (pz < c->len && dg_is_japanese(dg_cp_at(c->t, c->len, pz))))
      continue;
    e = dgn_record_name(c, DG_TYPE_PROGRAM, pa, pz, err);
  }
  return e;
}

/* Is t[a, z) one compound noun, kanji and katakana only, of two characters or more
 * (ロードマップ, 行動指針案), that holds no name? */
static int one_compound(dgn_ctx *c, size_t a, size_t z) {
  if (z - a < 6 || dgn_overlaps(c, (uint32_t)a, (uint32_t)z, ANY_NAMED)) return 0;
  for (size_t i = a; i < z; i += 3) {
    dg_script sc = dg_script_of(dg_cp_at(c->t, c->len, i));
    if (sc != DG_SC_KATAKANA && sc != DG_SC_KANJI) return 0;
  }
  return 1;
}

/* Does a verb of adopting (triggers.tsv, adopted_at: 合意, 策定, 採択) follow the closing
 * quote at q after に, を or が (「ロードマップ」に合意, 「行動指針案」を策定)? */
static int adopted_after(const dgn_ctx *c, size_t q) {
  uint32_t close = dg_cp_at(c->t, c->len, q);
  size_t p = q + 3;
  if ((close != DGN_CP_CLOSE && close != DGN_CP_CLOSE_DB) || p + 3 > c->len ||
      !(!memcmp(c->t + p, "に", 3) || !memcmp(c->t + p, "を", 3) || !memcmp(c->t + p, "が", 3)))
    return 0;
  long w = dg_wordlist_at(&c->r->triggers, c->t, c->len, p + 3);
  return w >= 0 && c->r->triggers.w[w].as.trigger.kind == DG_REL_ADOPTED_AT;
}

/* Does a verb of adopting and された or した end right before the quote that opens at i
 * (会合で合意された「X」, 採択した「X」)? */
static int adopted_before(const dgn_ctx *c, size_t i) {
  static const char *const tails[] = {"された", "した"};
  const dg_wordlist *l = &c->r->triggers;
  for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
    size_t n = strlen(tails[k]);
    if (i < n || memcmp(c->t + i - n, tails[k], n)) continue;
    for (size_t w = 0; w < l->n; w++)
      if (l->w[w].as.trigger.kind == DG_REL_ADOPTED_AT && l->w[w].len + n <= i &&
          !memcmp(c->t + i - n - l->w[w].len, l->w[w].s, l->w[w].len))
        return 1;
  }
  return 0;
}

/* Is the quote t[a, z), opening at i, a document a meeting adopts, named by a phrase of
 * its own: a verb of adopting right after it or before it (「X」が採択された, 合意された
 * 「X」), the phrase Japanese, of four characters or more, ending in a noun (kanji or
 * katakana) and no one name already? */
static int adopted_phrase(dgn_ctx *c, size_t i, size_t a, size_t z) {
  if (z - a < 12 || (unsigned char)c->t[a] < 0x80) return 0;
  size_t e = z - 1; /* where the last character starts */
  while (e > a && (c->t[e] & 0xC0) == 0x80) e--;
  dg_script sc = dg_script_of(dg_cp_at(c->t, c->len, e));
  if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA) return 0;
  if (dgn_mention_ending(c, (uint32_t)z, T(PROGRAM) | T(MEETING) | T(ORGANIZATION)) >= 0)
    return 0;
  return adopted_after(c, z) || adopted_before(c, i);
}

/* Does a count and の stand right before the quote that opens at i (63項目の「行動計画」,
 * 3件の「覚書」): a quoted head word of a program after one names the document's own? */
static int counted_before(dgn_ctx *c, size_t i) {
  return i >= 6 && !memcmp(c->t + i - 3, "の", 3) &&
         dgn_mention_ending(c, (uint32_t)(i - 3), T(QUANTITY)) >= 0;
}

/* Record the head word t[a, z) quoted after a count as the document's own program (its
 * id scoped to the document, as an outcome document's kind: see names_outcome.c): the
 * action plan of one meeting is no other's. */
static dg_err counted_name(dgn_ctx *c, uint32_t a, uint32_t z, dg_error *err) {
  const char *stem = dgn_mint_id(c, DG_TYPE_PROGRAM, c->t + a, z - a), *id, *label;
  if (!stem || dgn_doc_scoped(c, stem, a, z, &id, &label) ||
      !dgn_add(c, DG_TYPE_PROGRAM, a, z, id, label, "", -1, 0))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* Does the parenthesis at z close inside the quote that ends at whole, with more of the
 * name after it and no colon anywhere (「日本・メコン地域(5カ国)首脳会議」: a count inside the
 * name, not a gloss after it)? */
static int paren_inside(const dgn_ctx *c, size_t a, size_t z, size_t whole) {
  if (z >= whole || c->t[z] != '(' || memchr(c->t + a, ':', whole - a)) return 0;
  const char *r = memchr(c->t + z, ')', whole - z);
  return r && (size_t)(r - c->t) + 1 < whole;
}

/* Is t[a, z) a phase: a Japanese ordinal (第一期, 第2期) or フェーズ and digits? */
static int phase_text(dgn_ctx *c, size_t a, size_t z) {
  static const char PHASE[] = "\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xBC\xE3\x82\xBA"; /* フェーズ */
  uint32_t after;
  if (dgn_ja_ordinal_at(c, (uint32_t)a, (uint32_t)z, &after) > 0 && after == z) return 1;
  size_t n = sizeof PHASE - 1;
  if (z <= a + n || memcmp(c->t + a, PHASE, n) != 0) return 0;
  for (size_t i = a + n; i < z; i++)
    if (!dg_is_digit(c->t[i])) return 0;
  return 1;
}

/* Does the quote that ends at whole close with a phase in parentheses after a head word,
 * other words before it (「北山都市鉄道(2号線)整備計画(第一期)」, 「省エネ推進融資計画(フェーズ2)」)?
 * The phase is the name's, as after an unquoted plan's head. Returns where the phase's
 * parenthesis opens, or 0. */
static size_t phase_closes(dgn_ctx *c, size_t a, size_t whole) {
  if (whole < a + 2 || c->t[whole - 1] != ')') return 0;
  size_t p = whole - 1;
  while (p > a && c->t[p] != '(') p--;
  size_t hs = 0;
  return c->t[p] == '(' && phase_text(c, p + 1, whole - 1) && head_ending(c, a, p, &hs) >= 0 &&
                 hs > a
             ? p
             : 0;
}

dg_err dgn_ja_quoted(dgn_ctx *c, dg_error *err) {
  dg_err e = en_quoted(c, err);
  for (size_t i = 0; i + 3 <= c->len && e == DG_OK; i++) {
    /* 「 and 『 (E3 80 8C, E3 80 8E) only ever start a character: found as bytes */
    const char *q = memmem(c->t + i, c->len - i, "\xE3\x80", 2);
    if (!q || (size_t)(q - c->t) + 3 > c->len) break;
    i = (size_t)(q - c->t);
    uint32_t cp = dg_cp_at(c->t, c->len, i);
    if (cp != DGN_CP_OPEN && cp != DGN_CP_OPEN_DB) continue;
    size_t a, z, whole, hs = 0;
    if (!quoted_text(c, i, cp, &a, &z, &whole)) continue;
    size_t hz = z < whole ? phase_closes(c, a, whole) : 0; /* the head ends before a phase */
    if (hz) z = whole;
    else if (paren_inside(c, a, z, whole) && head_ending(c, a, whole, &hs) >= 0 && hs > a)
      z = whole;
    long h = head_ending(c, a, hz ? hz : z, &hs);
    if (h < 0) h = head_ending(c, a, before_year(c, a, z), &hs);
    if ((h < 0 || hs == a) && aid_form_ending(c, a, z)) {
      e = dgn_record_name(c, DG_TYPE_PROGRAM, (uint32_t)a, (uint32_t)z, err);
      if (e == DG_OK) e = aid_name_again(c, a, z, err);
      continue;
    }
    if (h < 0 &&
        ((one_compound(c, a, z) && adopted_after(c, z)) || adopted_phrase(c, i, a, z))) {
      e = dgn_record_name(c, DG_TYPE_PROGRAM, (uint32_t)a, (uint32_t)z, err);
      continue;
    }
    dg_type type = h >= 0 ? c->r->heads.w[h].as.head.type : DG_TYPE_COUNT;
    if (h >= 0 && hs == a && type == DG_TYPE_PROGRAM && counted_before(c, i)) {
      e = counted_name(c, (uint32_t)a, (uint32_t)z, err);
      continue;
    }
    if (h < 0 || hs == a) continue; /* a head word alone is no name */
    if (type == DG_TYPE_PLACE) continue; /* as in English: a quote names no place */
    e = dgn_record_name(c, type, (uint32_t)a, (uint32_t)z, err);
  }
  return e;
}
