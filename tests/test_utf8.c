/* dg_utf8_decode: its inline reading of three-byte characters gives what
 * dg_utf8_decode_multi (the reading of every sequence that is not ASCII) gives, for every
 * lead byte, both bytes after it and every number of bytes left, valid or not. */
#include <string.h>

#include "base/latin.h"
#include "base/utf8.h"
#include "testutil.h"

START_TEST(inline_equals_multi) {
  char s[4];
  for (unsigned c = 0x80; c <= 0xFF; c++)
    for (unsigned b1 = 0; b1 <= 0xFF; b1++)
      for (unsigned b2 = 0; b2 <= 0xFF; b2++) {
        s[0] = (char)c, s[1] = (char)b1, s[2] = (char)b2, s[3] = (char)0x80;
        for (int avail = 1; avail <= 4; avail++) {
          uint32_t a = 1, b = 2;
          int na = dg_utf8_decode(s, s + avail, &a), nb = dg_utf8_decode_multi(s, s + avail, &b);
          if (na != nb || a != b)
            ck_abort_msg("%02X %02X %02X (%d bytes): inline %d U+%04X, multi %d U+%04X", c, b1,
                         b2, avail, na, (unsigned)a, nb, (unsigned)b);
        }
      }
}
END_TEST

START_TEST(rows) {
  static const struct {
    const char *s;
    int n;
    uint32_t cp;
  } r[] = {
      {"\xE3\x81\x82", 3, 0x3042},  /* あ */
      {"\xE4\xB8\x80", 3, 0x4E00},  /* 一 */
      {"\xEF\xBC\xA1", 3, 0xFF21},  /* Ａ */
      {"\xE0\xA0\x80", 3, 0x0800},  /* the first three-byte character */
      {"\xE0\x9F\xBF", 0, 0xFFFD},  /* overlong */
      {"\xED\xA0\x80", 0, 0xFFFD},  /* a surrogate */
      {"\xEF\xBF\xBF", 3, 0xFFFF},
      {"\xE3\x81", 0, 0xFFFD},      /* cut short */
      {"\xE3\x41\x82", 0, 0xFFFD},  /* no continuation */
      {"\xC3\xA9", 2, 0xE9},
      {"\xF0\x9F\x98\x80", 4, 0x1F600},
  };
  for (size_t k = 0; k < sizeof r / sizeof *r; k++) {
    uint32_t cp = 0;
    int n = dg_utf8_decode(r[k].s, r[k].s + strlen(r[k].s), &cp);
    ck_assert_msg(n == r[k].n && cp == r[k].cp, "row %zu: %d U+%04X, want %d U+%04X", k, n,
                  (unsigned)cp, r[k].n, (unsigned)r[k].cp);
  }
}
END_TEST

/* dg_latin_base: a Latin letter with marks to its ASCII base; none for ASCII, signs,
 * kana and kanji. {code point, base or NULL} */
static const struct {
  uint32_t cp;
  const char *base;
} latin_rows[] = {
    {0xE9, "e"},   /* é */
    {0xC9, "e"},   /* É */
    {0x110, "d"},  /* Đ */
    {0xDF, "ss"},  /* ß */
    {0x1EC7, "e"}, /* ệ */
    {0x1EA1, "a"}, /* ạ */
    {0x1A1, "o"},  /* ơ */
    {0xD7, NULL},  /* × */
    {0x61, NULL},  /* a */
    {0x3042, NULL}, /* あ */
    {0x65E5, NULL}, /* 日 */
};

/* dg_latin_upper: upper-case letters with marks; near misses: their small letters */
START_TEST(latin_upper) {
  ck_assert(dg_latin_upper(0xC1) && dg_latin_upper(0x110) && dg_latin_upper(0x1EA0));
  ck_assert(!dg_latin_upper(0xE1) && !dg_latin_upper(0x111) && !dg_latin_upper(0x1EA1));
  ck_assert(!dg_latin_upper(0xD7) && !dg_latin_upper('A') && !dg_latin_upper(0x65E5));
}
END_TEST

START_TEST(latin_base) {
  const char *b = dg_latin_base(latin_rows[_i].cp);
  if (!latin_rows[_i].base) ck_assert_msg(b == NULL, "U+%04X has base %s", latin_rows[_i].cp, b);
  else ck_assert_msg(b && !strcmp(b, latin_rows[_i].base), "U+%04X: %s", latin_rows[_i].cp, b ? b : "none");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("utf8");
  TCase *tc = tcase_create("utf8");
  tcase_add_test(tc, inline_equals_multi);
  tcase_add_test(tc, rows);
  tcase_add_test(tc, latin_upper);
  tcase_add_loop_test(tc, latin_base, 0, (int)(sizeof latin_rows / sizeof *latin_rows));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
