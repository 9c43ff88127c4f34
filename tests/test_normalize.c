/* dg_normalize: the folded text, the map from each output byte back to its input character,
 * and the count of invalid bytes. One table; each row is its own test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/normalize.h"
#include "testutil.h"

#define END -1

typedef struct {
  const char *name;
  const char *in;
  size_t in_len; /* 0: strlen(in) */
  const char *out;
  int map[24]; /* expected map[0..len] (the last entry is the input length), END-terminated;
                  map[0] == END: not checked */
  size_t nbad, first_bad;
} norm_case;

static const norm_case cases[] = {
    {"full-width letters", "ＡＳＥＡＮ", 0, "ASEAN", {0, 3, 6, 9, 12, 15, END}, 0, 0},
    /* runs of plain text copied at once (8 ASCII bytes at a time): the character before a
       combining mark, a full-width letter or a control is still folded on its own */
    {"combining acute after a long ASCII run", "abcdefghijke\xCC\x81", 0,
     "abcdefghijk\xC3\xA9", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 14, END}, 0, 0},
    {"combining acute right after 8 ASCII bytes", "abcdefghi\xCC\x81", 0,
     "abcdefgh\xC3\xAD", {0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 11, END}, 0, 0},
    {"full-width letter after a long ASCII run", "abcdefghＡ", 0, "abcdefghA",
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 11, END}, 0, 0},
    {"line feed and tab inside a long ASCII run", "abcdefg\nhij\tklmnopq", 0,
     "abcdefg\nhij\tklmnopq",
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, END}, 0, 0},
    {"carriage return after a long ASCII run", "abcdefghij\r\nk", 0, "abcdefghij\nk",
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, END}, 0, 0},
    {"full-width decimal", "２．８", 0, "2.8", {0, 3, 6, 9, END}, 0, 0},
    {"full-width amount", "１，１００円", 0, "1,100円", {0, 3, 6, 9, 12, 15, 15, 15, 18, END}, 0, 0},
    {"full-width parentheses", "（１）", 0, "(1)", {0, 3, 6, 9, END}, 0, 0},
    {"full-width tilde", "１０～２０", 0, "10~20", {0, 3, 6, 9, 12, 15, END}, 0, 0},
    {"wave dash kept", "10〜20", 0, "10〜20", {0, 1, 2, 2, 2, 5, 6, 7, END}, 0, 0},
    {"half-width katakana with voicing mark", "ｶﾞｽ", 0, "ガス", {0, 0, 0, 6, 6, 6, 9, END}, 0, 0},
    {"half-width katakana word", "ﾃﾞｰﾀ", 0, "データ", {0, 0, 0, 6, 6, 6, 9, 9, 9, 12, END}, 0, 0},
    {"combining voicing mark", "か\xE3\x82\x99", 0, "が", {0, 0, 0, 6, END}, 0, 0},
    {"combining voicing mark after plain text", "aかか\xE3\x82\x99", 0, "aかが",
     {0, 1, 1, 1, 4, 4, 4, 10, END}, 0, 0},
    {"combining acute after a plain letter", "ae\xCC\x81", 0, "a\xC3\xA9", {0, 1, 1, 4, END}, 0, 0},
    {"double corner brackets inside plain text", "は『X』と", 0, "は「X」と",
     {0, 0, 0, 3, 3, 3, 6, 7, 7, 7, 10, 10, 10, 13, END}, 0, 0},
    {"ideographic tone mark combines with the kanji before it", "漢\xE3\x80\xAA" "a", 0,
     "漢\xE3\x80\xAA" "a", {0, 0, 0, 0, 0, 0, 6, 7, END}, 0, 0},
    {"circled number kept", "①協力", 0, "①協力", {0, 0, 0, 3, 3, 3, 6, 6, 6, 9, END}, 0, 0},
    {"parenthesized number kept", "⑴", 0, "⑴", {0, 0, 0, 3, END}, 0, 0},
    {"ideographic space", "a\xE3\x80\x80" "b", 0, "a b", {0, 1, 4, 5, END}, 0, 0},
    {"no-break space", "a\xC2\xA0" "b", 0, "a b", {0, 1, 3, 4, END}, 0, 0},
    {"CRLF", "a\r\nb", 0, "a\nb", {0, 2, 3, 4, END}, 0, 0},
    {"lone CR", "a\rb", 0, "a\nb", {0, 1, 2, 3, END}, 0, 0},
    {"BOM dropped", "\xEF\xBB\xBF" "abc", 0, "abc", {3, 4, 5, 6, END}, 0, 0},
    {"zero-width space dropped", "a\xE2\x80\x8B" "b", 0, "ab", {0, 4, 5, END}, 0, 0},
    {"invalid byte", "a\xFF" "b", 0, "a\xEF\xBF\xBD" "b", {0, 1, 1, 1, 2, 3, END}, 1, 1},
    {"truncated sequence", "ab\xE3\x81", 0, "ab\xEF\xBF\xBD\xEF\xBF\xBD", {0, 1, 2, 2, 2, 3, 3, 3, 4, END}, 2, 2},
    {"en dash and minus sign", "2023\xE2\x80\x93" "24 \xE2\x88\x92" "5", 0, "2023-24 -5", {END}, 0, 0},
    {"full-width hyphen", "０３－３２６８", 0, "03-3268", {END}, 0, 0},
    {"curly quotes", "\xE2\x80\x9C" "x\xE2\x80\x9D", 0, "\"x\"", {0, 3, 4, 7, END}, 0, 0},
    {"guillemets", "\xC2\xAB" "x\xC2\xBB", 0, "\"x\"", {0, 2, 3, 5, END}, 0, 0},
    {"single guillemets kept", "\xE2\x80\xB9" "x\xE2\x80\xBA", 0, "\xE2\x80\xB9" "x\xE2\x80\xBA", {END}, 0, 0},
    {"square era name", "㍻27年", 0, "平成27年", {0, 0, 0, 0, 0, 0, 3, 4, 5, 5, 5, 8, END}, 0, 0},
    {"full-width yen sign", "￥５００", 0, "\xC2\xA5" "500", {0, 0, 3, 6, 9, 12, END}, 0, 0},
    {"Japanese unchanged", "日本とASEAN", 0, "日本とASEAN", {END}, 0, 0},
    {"hiragana be opening a katakana word", "、べルギー", 0, "、ベルギー",
     {0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 9, 9, 12, 12, 12, 15, END}, 0, 0},
    {"hiragana pe between katakana", "スぺイン", 0, "スペイン", {END}, 0, 0},
    {"hiragana ri between katakana", "アメりカ", 0, "アメリカ", {END}, 0, 0},
    {"hiragana be opening the text before katakana", "べトナム", 0, "ベトナム", {END}, 0, 0},
    {"hiragana be after a kanji stays, the text going on", "比べトナム", 0, "比べトナム",
     {END}, 0, 0},
    {"look-alikes after ASCII, kana and a four-byte kanji",
     "xべトナムとアメりカ\xF0\xA0\x80\x8Bりカ", 0, "xベトナムとアメリカ\xF0\xA0\x80\x8Bりカ",
     {END}, 0, 0},
    {"hiragana be after a kanji stays", "比べデータ", 0, "比べデータ", {END}, 0, 0},
    {"the particle he between katakana words stays", "サイトへアクセス", 0, "サイトへアクセス",
     {END}, 0, 0},
    {"hiragana ri after hiragana stays", "ありカ", 0, "ありカ", {END}, 0, 0},
    {"tab kept, control to space", "a\tb\x01" "c", 0, "a\tb c", {0, 1, 2, 3, 4, 5, END}, 0, 0},
    {"empty", "", 0, "", {0, END}, 0, 0},
    {"NUL byte is a character", "a\0b", 3, "a b", {0, 1, 2, 3, END}, 0, 0},
};

/* The input offset output byte k maps to. */
#define M(n, k) dg_offmap_at(&(n).map, (n).text, (uint32_t)(k))

static const size_t ncases = sizeof cases / sizeof *cases;

START_TEST(normalize_table) {
  const norm_case *c = &cases[_i];
  size_t in_len = c->in_len ? c->in_len : strlen(c->in);
  dg_norm n;
  dg_error err = {0};
  ck_assert_msg(dg_normalize(c->in, in_len, &n, &err) == DG_OK, "%s: %s", c->name, err.msg);
  ck_assert_msg(n.len == strlen(c->out) && memcmp(n.text, c->out, n.len) == 0,
                "%s: got \"%s\" (%zu bytes), want \"%s\"", c->name, n.text, n.len, c->out);
  ck_assert_msg(n.text[n.len] == '\0', "%s: text not NUL-terminated", c->name);
  ck_assert_msg(M(n, n.len) == in_len, "%s: map[len] = %u, want the input length %zu", c->name,
                M(n, n.len), in_len);
  if (c->map[0] != END) {
    size_t k = 0;
    for (; c->map[k] != END; k++) {
      ck_assert_msg(k <= n.len, "%s: map has %zu entries, want more", c->name, n.len + 1);
      ck_assert_msg(M(n, k) == (uint32_t)c->map[k], "%s: map[%zu] = %u, want %d", c->name, k,
                    M(n, k), c->map[k]);
    }
    ck_assert_msg(k == n.len + 1, "%s: map has %zu entries, the table %zu", c->name, n.len + 1, k);
  }
  /* The map never goes backwards and stays inside the input. */
  for (size_t k = 0; k + 1 <= n.len; k++) {
    ck_assert_msg(M(n, k) <= M(n, k + 1), "%s: map decreases at %zu", c->name, k);
    ck_assert_msg(M(n, k) < in_len || in_len == 0, "%s: map[%zu] outside the input", c->name, k);
  }
  ck_assert_msg(n.nbad == c->nbad, "%s: nbad = %zu, want %zu", c->name, n.nbad, c->nbad);
  if (c->nbad)
    ck_assert_msg(n.first_bad == c->first_bad, "%s: first_bad = %zu, want %zu", c->name,
                  n.first_bad, c->first_bad);
  dg_norm_destroy(&n);
  ck_assert_ptr_null(n.text);
}
END_TEST

/* Every output character maps to the start of an input character: spans found in the
 * normalized text cut the input on character boundaries. */
START_TEST(map_points_at_character_starts) {
  const char *in = "ＡＳＥＡＮと日本は２０２４年に３，０００億円（約２．８兆円規模）ｶﾞｽ①\r\n";
  dg_norm n;
  ck_assert_int_eq(dg_normalize(in, strlen(in), &n, NULL), DG_OK);
  for (size_t k = 0; k < n.len; k++) {
    unsigned char b = (unsigned char)in[M(n, k)];
    ck_assert_msg((b & 0xC0) != 0x80, "map[%zu] = %u points inside a character", k, M(n, k));
  }
  const char *want = "ASEANと日本は2024年に3,000億円(約2.8兆円規模)ガス①\n";
  ck_assert_str_eq(n.text, want);
  dg_norm_destroy(&n);
}
END_TEST

/* Normalizing twice changes nothing: rule words are normalized like the text. */
/* The map is kept as runs: a text copied as it is costs one run whatever its length (not
 * an entry a byte), a folded character a break, and a space joined between Japanese
 * characters one more; lookups inside a character give its start. */
START_TEST(map_is_runs) {
  char in[3000];
  size_t o = 0;
  for (int i = 0; i < 200; i++) o += (size_t)sprintf(in + o, "%s", i % 2 ? "日本と" : "ab ");
  dg_norm n;
  ck_assert_int_eq(dg_normalize(in, o, &n, NULL), DG_OK);
  ck_assert_uint_eq(n.map.n, 1);
  ck_assert_uint_eq(M(n, 4), 3); /* inside 日 */
  ck_assert_uint_eq(M(n, n.len), o);
  dg_norm_destroy(&n);
  const char *folded = "ab\xEF\xBC\xA1" "cd\xE6\x97\xA5 \xE6\x9C\xAC"; /* abＡcd日 本 */
  ck_assert_int_eq(dg_normalize(folded, strlen(folded), &n, NULL), DG_OK);
  ck_assert_str_eq(n.text, "abAcd\xE6\x97\xA5\xE6\x9C\xAC");
  ck_assert_uint_eq(n.map.n, 3);
  ck_assert_uint_eq(M(n, 3), 5);  /* c after the three bytes of Ａ */
  ck_assert_uint_eq(M(n, 8), 11); /* 本 after the dropped space */
  ck_assert_uint_eq(M(n, 10), 11);
  ck_assert_uint_eq(M(n, n.len), strlen(folded));
  dg_norm_destroy(&n);
}
END_TEST

START_TEST(idempotent) {
  for (size_t c = 0; c < ncases; c++) {
    if (cases[c].nbad || cases[c].in_len) continue;
    dg_norm a, b;
    ck_assert_int_eq(dg_normalize(cases[c].in, strlen(cases[c].in), &a, NULL), DG_OK);
    ck_assert_int_eq(dg_normalize(a.text, a.len, &b, NULL), DG_OK);
    ck_assert_msg(a.len == b.len && memcmp(a.text, b.text, a.len) == 0, "%s: not idempotent",
                  cases[c].name);
    dg_norm_destroy(&a);
    dg_norm_destroy(&b);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("normalize");
  TCase *tc = tcase_create("normalize");
  tcase_add_loop_test(tc, normalize_table, 0, (int)ncases);
  tcase_add_test(tc, map_points_at_character_starts);
  tcase_add_test(tc, map_is_runs);
  tcase_add_test(tc, idempotent);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
