/* Word list lookups (lex/wordlist.h over lex/wordtrie.h): at every position of texts in
 * both languages, for every shipped list and a list of tricky words, dg_wordlist_at,
 * dg_wordlist_before and dg_wordlist_find give the answer of a plain pass over the words
 * longest first (the way the lists were read before they had tries): the longest word
 * that matches, ASCII case ignored, the first of equals, a word matching only where the key
 * of its first (last) character is the text's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "recognize/amount.h"
#include "recognize/wordscan.h"
#include "testutil.h"

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int eq(const dg_word *w, const char *t, size_t avail) {
  if (w->len > avail) return 0;
  for (uint32_t i = 0; i < w->len; i++) {
    unsigned char a = (unsigned char)w->s[i], b = (unsigned char)t[i];
    if (a != b && !(a < 0x80 && b < 0x80 && lower(a) == lower(b))) return 0;
  }
  return 1;
}

static unsigned key(const char *s, size_t avail) {
  unsigned char c0 = (unsigned char)s[0];
  if (c0 < 0x80 || avail < 2) return (unsigned)lower(c0);
  unsigned char c1 = (unsigned char)s[1], c2 = avail > 2 ? (unsigned char)s[2] : 0;
  return (c0 * 31u + c1 * 7u + c2) & 0xFF;
}

static unsigned last_key(const char *s, size_t n) {
  size_t i = n - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && n - i < 4) i--;
  return key(s + i, n - i);
}

/* The reference answers: the words are sorted longest first, so the first that fits. */
static long ref_at(const dg_wordlist *l, const char *t, size_t len, size_t pos) {
  for (size_t i = 0; i < l->n && pos < len; i++)
    if (key(l->w[i].s, l->w[i].len) == key(t + pos, len - pos) && eq(&l->w[i], t + pos, len - pos))
      return (long)i;
  return -1;
}

static long ref_before(const dg_wordlist *l, const char *t, size_t min, size_t pos) {
  for (size_t i = 0; i < l->n && pos > min; i++) {
    const dg_word *w = &l->w[i];
    if (w->len <= pos - min && last_key(w->s, w->len) == last_key(t + min, pos - min) &&
        eq(w, t + pos - w->len, w->len))
      return (long)i;
  }
  return -1;
}

static long ref_find(const dg_wordlist *l, const char *s, size_t n) {
  for (size_t i = 0; i < l->n; i++)
    if (l->w[i].len == n && eq(&l->w[i], s, n)) return (long)i;
  return -1;
}

/* Every lookup of l at every position of t agrees with the reference; dg_wordlist_next
 * from every position is the first place at or after it where the reference finds a word
 * (the text's length when there is none). */
static void check_list(const dg_wordlist *l, const char *name, const char *t) {
  size_t len = strlen(t), next = len;
  for (size_t p = len + 1; p-- > 0;) {
    if (p < len && ref_at(l, t, len, p) >= 0) next = p;
    ck_assert_msg(dg_wordlist_next(l, t, len, p) == next,
                  "%s: next from %zu of %.20s is %zu, want %zu", name, p, t,
                  dg_wordlist_next(l, t, len, p), next);
  }
  for (size_t p = 0; p <= len; p++) {
    ck_assert_msg(dg_wordlist_at(l, t, len, p) == ref_at(l, t, len, p), "%s: at %zu of %.20s",
                  name, p, t);
    for (size_t min = 0; min <= p; min += (p - min > 8 ? p - min - 8 : 1))
      ck_assert_msg(dg_wordlist_before(l, t, min, p) == ref_before(l, t, min, p),
                    "%s: before %zu (from %zu) of %.20s", name, p, min, t);
  }
  for (size_t i = 0; i < l->n; i++) {
    const dg_word *w = &l->w[i];
    ck_assert_int_eq(dg_wordlist_find(l, w->s, w->len), ref_find(l, w->s, w->len));
  }
}

static const char *const texts[] = {
    "The UK gave £5 million and ¥300 million; Japan pledged USD 1.2 billion in FY2024 from "
    "1 April to 3 May. The Summit, this meeting and the Forum were held in Jakarta.",
    "日本は日メコン連結性基金に5千万ドルを拠出する。同会合では第13回会合の成果を確認し、"
    "令和6年度から約120億円以上を支援した。本イニシアティブは外務省が主催した。",
    "We, the members, met in CANBERRA. 開催地：ビエンチャン、開催日：2024年3月1日。"
    "首脳会談を行いました。以下の文書を採択した。We adopted the following; we met; upheld. "
    "我々は会合を開催した。",
    "£", "¥", "£5", "A", "",
};

START_TEST(shipped_lists_agree) {
  const dg_rules *r = tu_rules();
  const dg_wordlist *lists[] = {&r->currencies, &r->heads,  &r->coref,    &r->roles,
                                &r->triggers,   &r->titles, &r->ordinals, &r->qualifiers,
                                &r->months,     &r->scales, &r->documents,
                                /* those dg_wordlist_next passes over a sentence with */
                                &r->venue_words, &r->date_words, &r->list_pointers,
                                &r->pronouns, &r->currency_signals, &r->conduct_verbs};
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
    for (size_t x = 0; x < sizeof texts / sizeof *texts; x++) check_list(lists[k], "list", texts[x]);
}
END_TEST

/* Case variants of one word, prefixes of each other, a two-byte character alone. */
START_TEST(tricky_words_agree) {
  static const char *const words[] = {"FY", "fy", "Fy", "F", "fiscal", "fiscal year", "£",
                                      "¥", "会合", "会", "首脳会合", "ab", "abc", "c£",
                                      "\xBC\x9A合" /* from inside 会: a stray byte */};
  dg_wordlist l = {0};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    ck_assert_ptr_nonnull(dg_wordlist_put(&l, words[i], (uint32_t)strlen(words[i])));
  ck_assert_int_eq(dg_wordlist_index(&l), 0);
  const char *t[] = {"fy FY Fiscal Year fiscal yeaR £ £5 ¥ abc ab abcd c£x c£", "首脳会合と会議",
                     "£", "xx£"};
  for (size_t x = 0; x < sizeof t / sizeof *t; x++) check_list(&l, "tricky", t[x]);
  /* the answers themselves, not only agreement */
  const char *s = "Fiscal Year";
  long w = dg_wordlist_at(&l, s, strlen(s), 0);
  ck_assert_int_ge(w, 0);
  ck_assert_str_eq(l.w[w].s, "fiscal year");
  ck_assert_int_lt(dg_wordlist_at(&l, "£5", 3, 0), 0); /* a two-byte word before more text */
  ck_assert_int_ge(dg_wordlist_at(&l, "£", 2, 0), 0);
  ck_assert_int_ge(dg_wordlist_find(&l, "FY", 2), 0);
  ck_assert_str_eq(l.w[dg_wordlist_find(&l, "fY", 2)].s, "FY"); /* the first of equals */
  ck_assert_int_lt(dg_wordlist_find(&l, "fisc", 4), 0);
  s = "首脳会合";
  ck_assert_int_ge(dg_wordlist_at(&l, s, strlen(s), strlen("首脳") + 1), 0); /* inside 会 */
  dg_wordlist_destroy(&l);
}
END_TEST

/* Keys and chains: a list answers nothing between a put and its index (the keys of its
 * first and last characters are cleared with the tries), then agrees again; words that
 * share long runs of one-edge nodes and part at every depth. */
START_TEST(reindexed_list_agrees) {
  static const char *const words[] = {"abcdefgh", "abcdef", "abcxyz", "abd", "b",
                                      "日本国", "日本国際", "本国"};
  static const char *const more[] = {"abcdefg", "zz", "国際"};
  const char *t[] = {"abcdefghi abcdefg abcdef abcxy abd b zz", "日本国際協力と本国際",
                     "xabcdefgh", "zzabcxyz"};
  dg_wordlist l = {0};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    ck_assert_ptr_nonnull(dg_wordlist_put(&l, words[i], (uint32_t)strlen(words[i])));
  ck_assert_int_eq(dg_wordlist_index(&l), 0);
  for (size_t x = 0; x < sizeof t / sizeof *t; x++) check_list(&l, "chains", t[x]);
  for (size_t i = 0; i < sizeof more / sizeof *more; i++) {
    ck_assert_ptr_nonnull(dg_wordlist_put(&l, more[i], (uint32_t)strlen(more[i])));
    ck_assert_int_lt(dg_wordlist_at(&l, "abcdef", 6, 0), 0); /* not indexed */
    ck_assert_int_lt(dg_wordlist_before(&l, "abcdef", 0, 6), 0);
  }
  ck_assert_int_eq(dg_wordlist_index(&l), 0);
  for (size_t x = 0; x < sizeof t / sizeof *t; x++) check_list(&l, "reindexed", t[x]);
  ck_assert_str_eq(l.w[dg_wordlist_at(&l, "zz", 2, 0)].s, "zz");
  ck_assert_str_eq(l.w[dg_wordlist_at(&l, "abcdefgX", 8, 0)].s, "abcdefg");
  dg_wordlist_destroy(&l);
}
END_TEST

/* The old dg_word_spaced_at: every word tried in list order. */
static long ref_spaced_at(const dg_wordlist *l, const char *t, size_t len, size_t i,
                          int spaced, size_t *end) {
  size_t j = spaced ? dg_skip_spaces(t, len, i) : i;
  if (j > i + 1) j = i;
  for (size_t k = 0; k < l->n; k++) {
    size_t at = dg_word_is_latin(&l->w[k]) ? j : i;
    if (dg_word_ends_at(&l->w[k], t, len, at)) {
      *end = at + l->w[k].len;
      return (long)k;
    }
  }
  return -1;
}

/* The groups by first byte hold exactly the words that begin with it (ASCII case
 * ignored), in list order; a lookup over them answers as a pass over every word. */
START_TEST(first_byte_groups_agree) {
  const dg_rules *r = tu_rules();
  const dg_wordlist *lists[] = {&r->currencies, &r->counters, &r->qualifiers, &r->titles,
                                &r->heads,      &r->triggers, &r->months,     &r->fiscal_years};
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
    const dg_wordlist *l = lists[k];
    for (unsigned b = 0; b < 256; b++) {
      size_t n, want = 0;
      const uint32_t *g = dg_wordlist_starting(l, (unsigned char)b, &n);
      for (size_t i = 0; i < l->n; i++)
        if (lower((unsigned char)l->w[i].s[0]) == lower((int)b)) {
          ck_assert_msg(want < n && g[want] == i, "list %zu byte %02x word %zu", k, b, i);
          want++;
        }
      ck_assert_uint_eq(n, want);
      ck_assert_int_eq(dg_wordlist_may_begin(l, (unsigned char)b), n > 0); /* no empty word */
    }
    for (size_t x = 0; x < sizeof texts / sizeof *texts; x++) {
      const char *t = texts[x];
      size_t len = strlen(t);
      for (size_t p = 0; p <= len + 1; p++)
        for (int spaced = 0; spaced < 2; spaced++) {
          size_t e1 = 0, e2 = 0;
          ck_assert_int_eq(dg_word_spaced_at(l, t, len, p, spaced, &e1),
                           ref_spaced_at(l, t, len, p, spaced, &e2));
          ck_assert_uint_eq(e1, e2);
        }
    }
  }
}
END_TEST

/* The currency before a number as it was found before the groups by last byte: every
 * currency of the list in turn, adjacent or after one space. */
static long ref_currency_before(const dg_rules *r, const char *t, size_t at, size_t *start) {
  for (int sp = 0; sp < 2; sp++) {
    if (sp && (at == 0 || t[at - 1] != ' ')) break;
    size_t s = sp ? at - 1 : at;
    for (size_t k = 0; k < r->currencies.n; k++) {
      const dg_word *w = &r->currencies.w[k];
      const char *code = w->code;
      if (!(w->as.currency.side & DG_SIDE_BEFORE) || !code || !code[0] || code[0] == '-' ||
          w->len > s || !dg_word_ends_at(w, t, s, s - w->len))
        continue;
      size_t b = s - w->len;
      if (dg_is_ascii_alnum((unsigned char)w->s[0]) && b > 0 &&
          dg_is_ascii_alnum((unsigned char)t[b - 1]))
        continue;
      *start = b;
      return (long)k;
    }
  }
  return -1;
}

/* The groups by last byte hold exactly the words that end with it (ASCII case ignored), in
 * list order; the currency before a number found through them is the one every word
 * tried in turn gives, at every place of the texts. */
START_TEST(last_byte_groups_agree) {
  const dg_rules *r = tu_rules();
  const dg_wordlist *lists[] = {&r->currencies, &r->counters, &r->heads, &r->triggers};
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
    const dg_wordlist *l = lists[k];
    for (unsigned b = 0; b < 256; b++) {
      size_t n, want = 0;
      const uint32_t *g = dg_wordlist_ending(l, (unsigned char)b, &n);
      for (size_t i = 0; i < l->n; i++)
        if (!l->w[i].len || lower((unsigned char)l->w[i].s[l->w[i].len - 1]) == lower((int)b)) {
          ck_assert_msg(want < n && g[want] == i, "list %zu byte %02x word %zu", k, b, i);
          want++;
        }
      ck_assert_uint_eq(n, want);
    }
  }
  static const char *const more[] = {"US$5, A$ 10, USD5, EUR 7, XEUR5, 5 yen, ￥5, ¥5, $ 5, "
                                     "Rs.5, rs 5, eur5, Usd 3"};
  for (size_t x = 0; x < sizeof texts / sizeof *texts + 1; x++) {
    const char *t = x < sizeof texts / sizeof *texts ? texts[x] : more[0];
    for (size_t at = 0, len = strlen(t); at <= len; at++) {
      size_t s1 = 0, s2 = 0;
      long a = dg_amount_currency_before(r, t, at, &s1), b = ref_currency_before(r, t, at, &s2);
      ck_assert_msg(a == b && s1 == s2, "currency before %zu of %.20s: %ld, want %ld", at, t, a,
                    b);
    }
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("wordlist");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, shipped_lists_agree);
  tcase_add_test(tc, tricky_words_agree);
  tcase_add_test(tc, reindexed_list_agrees);
  tcase_add_test(tc, first_byte_groups_agree);
  tcase_add_test(tc, last_byte_groups_agree);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
