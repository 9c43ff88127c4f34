/* Encodings: the names docgraph reports, the charset markup declares, the detection order
 * (BOM, declaration, UTF-8, libuchardet), decoding with a map back to the file's bytes,
 * and whole documents: the project's own sample texts converted with iconv at test time
 * into Shift_JIS, EUC-JP, ISO-2022-JP and UTF-16 give the same mentions, on the same lines
 * and columns, as the UTF-8 text, and every mention's byte offsets point at its surface in
 * the converted file. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/encoding.h"
#include "docgraph/source.h"
#include "testutil.h"

/* text converted from UTF-8 into `to` (iconv's name), malloc'd; *n its length. */
static char *convert(const char *text, size_t len, const char *from, const char *to, size_t *n) {
  iconv_t cd = iconv_open(to, from);
  ck_assert_msg(cd != (iconv_t)-1, "iconv cannot convert to %s", to);
  size_t cap = len * 4 + 16, left = cap;
  char *out = malloc(cap), *o = out, *in = (char *)text;
  size_t inleft = len;
  ck_assert_msg(iconv(cd, &in, &inleft, &o, &left) != (size_t)-1, "to %s: %s", to,
                strerror(errno));
  ck_assert(iconv(cd, NULL, NULL, &o, &left) != (size_t)-1);
  iconv_close(cd);
  *n = cap - left;
  return out;
}

/* ---- names ---- */

static const struct {
  const char *given, *name;
} names[] = {
    {"sjis", "Shift_JIS"},      {"Shift-JIS", "Shift_JIS"},  {"x-sjis", "Shift_JIS"},
    {"Windows-31J", "CP932"},   {"cp932", "CP932"},          {"euc-jp", "EUC-JP"},
    {"UJIS", "EUC-JP"},         {"iso-2022-jp", "ISO-2022-JP"}, {"utf8", "UTF-8"},
    {"UTF-16le", "UTF-16LE"},   {"latin1", "latin1"},        {"no-such-charset", NULL},
    {"", NULL},
};

START_TEST(test_names) {
  const char *got = dg_encoding_name(names[_i].given);
  if (!names[_i].name) ck_assert_ptr_null(got);
  else ck_assert_str_eq(got ? got : "(null)", names[_i].name);
}
END_TEST

/* ---- declarations ---- */

static const struct {
  const char *page, *declared;
} decls[] = {
    {"<html><head><meta charset=\"Shift_JIS\"></head>", "Shift_JIS"},
    {"<HTML><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=euc-jp\">", "euc-jp"},
    {"<?xml version=\"1.0\" encoding='ISO-2022-JP'?><doc/>", "ISO-2022-JP"},
    {"  <meta charset=utf-8>", "utf-8"},
    {"<meta name=\"author\" content=\"x\"><p>charset=sjis</p>", NULL},
    {"plain text that says charset=sjis", NULL},
};

START_TEST(test_declared) {
  char buf[64];
  const char *got = dg_encoding_declared(decls[_i].page, strlen(decls[_i].page), buf, sizeof buf);
  if (!decls[_i].declared) ck_assert_ptr_null(got);
  else ck_assert_str_eq(got ? got : "(null)", decls[_i].declared);
}
END_TEST

/* ---- detection ---- */

/* A sentence of the kind docgraph reads, written for these tests. */
#define SENTENCE "第3回日ASEAN会合は東京で開かれ、インドネシアとタイの代表が出席した。"

static const struct {
  const char *iconv_to; /* NULL: the UTF-8 text as it is */
  const char *prefix;   /* bytes before it (a BOM) */
  int markup;
  const char *detected;
} detections[] = {
    {NULL, "", 0, "UTF-8"},
    {NULL, "\xEF\xBB\xBF", 0, "UTF-8"},
    {"UTF-16LE", "\xFF\xFE", 0, "UTF-16LE"},
    {"UTF-16BE", "\xFE\xFF", 0, "UTF-16BE"},
    {"CP932", "", 0, "Shift_JIS"},
    {"EUC-JP-MS", "", 0, "EUC-JP"},
    {"ISO-2022-JP", "", 0, "ISO-2022-JP"},
    /* a declaration wins over what the bytes look like ... */
    {"CP932", "<meta charset=\"euc-jp\">", 1, "EUC-JP"},
    /* ... but not when the page is UTF-8 and declares otherwise (a copied template) */
    {NULL, "<meta charset=\"Shift_JIS\">", 1, "UTF-8"},
    /* and outside markup a declaration is only text */
    {"EUC-JP-MS", "charset=Shift_JIS ", 0, "EUC-JP"},
};

START_TEST(test_detect) {
  size_t n = strlen(SENTENCE), pl = strlen(detections[_i].prefix);
  char *body = detections[_i].iconv_to
                   ? convert(SENTENCE, n, "UTF-8", detections[_i].iconv_to, &n)
                   : strdup(SENTENCE);
  char *data = malloc(pl + n);
  memcpy(data, detections[_i].prefix, pl);
  memcpy(data + pl, body, n);
  char buf[64];
  const char *got = dg_encoding_detect(data, pl + n, detections[_i].markup, buf, sizeof buf);
  ck_assert_str_eq(got, detections[_i].detected);
  free(body);
  free(data);
}
END_TEST

/* A mostly UTF-8 text with two stray bytes stays UTF-8 (they become U+FFFD). */
START_TEST(test_detect_stray_bytes) {
  const char *t = "ASEAN\xFF\xFEの協力。インドネシアとタイ。";
  char buf[64];
  ck_assert_str_eq(dg_encoding_detect(t, strlen(t), 0, buf, sizeof buf), "UTF-8");
}
END_TEST

/* ---- decoding ---- */

/* Shift_JIS "aあb": あ's three UTF-8 bytes map to its two file bytes' start. */
START_TEST(test_decode_map) {
  dg_decoded dd;
  dg_error err = {0};
  ck_assert_int_eq(dg_encoding_decode("a\x82\xA0" "b", 4, "Shift_JIS", &dd, &err), DG_OK);
  ck_assert_str_eq(dd.text, "a\xE3\x81\x82" "b");
  static const uint32_t want[] = {0, 1, 1, 1, 3, 4};
  for (size_t i = 0; i <= dd.len; i++) ck_assert_uint_eq(dd.map[i], want[i]);
  ck_assert_uint_eq(dd.nbad, 0);
  dg_decoded_destroy(&dd);
}
END_TEST

/* ISO-2022-JP: the escape sequences belong to no character. */
START_TEST(test_decode_iso2022) {
  const char raw[] = "a\x1B$B$\"\x1B(Bb";
  dg_decoded dd;
  dg_error err = {0};
  ck_assert_int_eq(dg_encoding_decode(raw, sizeof raw - 1, "ISO-2022-JP", &dd, &err), DG_OK);
  ck_assert_str_eq(dd.text, "a\xE3\x81\x82" "b");
  static const uint32_t want[] = {0, 4, 4, 4, 9, 10};
  for (size_t i = 0; i <= dd.len; i++) ck_assert_uint_eq(dd.map[i], want[i]);
  dg_decoded_destroy(&dd);
}
END_TEST

/* A UTF-16 byte order mark is dropped; a lone byte at the end is one bad byte. */
START_TEST(test_decode_bom_and_bad) {
  dg_decoded dd;
  dg_error err = {0};
  ck_assert_int_eq(dg_encoding_decode("\xFF\xFE" "a\0b\0c", 7, "UTF-16LE", &dd, &err), DG_OK);
  ck_assert_str_eq(dd.text, "ab\xEF\xBF\xBD");
  ck_assert_uint_eq(dd.map[0], 2);
  ck_assert_uint_eq(dd.nbad, 1);
  ck_assert_uint_eq(dd.first_bad, 6);
  dg_decoded_destroy(&dd);
  ck_assert_int_eq(dg_encoding_decode("x", 1, "no-such-charset", &dd, &err), DG_EUSAGE);
}
END_TEST

/* An ISO-2022-JP mention ends before the escape that follows it. */
START_TEST(test_iso2022_span_end) {
  const char raw[] = "\x1B$BF|K\\\x1B(B and more\n"; /* 日本 and more */
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(&d, "t.txt", raw, sizeof raw - 1, DG_FMT_AUTO, &err), DG_OK);
  ck_assert_int_eq(dg_source_prepare(&d, &err), DG_OK);
  ck_assert_str_eq(d.encoding, "ISO-2022-JP");
  ck_assert_uint_eq(dg_doc_raw_offset(&d, 0), 3);
  ck_assert_uint_eq(dg_doc_raw_end(&d, 0, 6), 7); /* 日本: 4 bytes after ESC $ B */
  dg_doc_destroy(&d);
}
END_TEST

/* ---- whole documents ---- */

static const char *const samples[] = {
    "input/ja_ministerial_notice.txt",      "tests/eval/docs/ja_03_mekong_digital.txt",
    "tests/eval/docs/ja_04_central_asia_defense.txt",
    "tests/eval/docs/ja_05_japan_australia_india.txt",
    "tests/eval/docs/en_02_asean_defence_meeting.txt",
};

static const struct {
  const char *iconv_to, *bom, *name;
} encodings[] = {
    {"CP932", "", "Shift_JIS"},           {"EUC-JP-MS", "", "EUC-JP"},
    {"ISO-2022-JP", "", "ISO-2022-JP"},   {"UTF-16LE", "\xFF\xFE", "UTF-16LE"},
    {"UTF-16BE", "\xFE\xFF", "UTF-16BE"}, {"UTF-8", "\xEF\xBB\xBF", "UTF-8"},
};
#define NENC (sizeof encodings / sizeof *encodings)

static char *read_sample(const char *rel, size_t *n) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", DG_TEST_SOURCE, rel);
  char *t = tu_slurp(path);
  ck_assert_msg(t != NULL, "cannot read %s", path);
  *n = strlen(t);
  return t;
}

/* The file's bytes [0, end) decoded back to UTF-8 (iconv's name `from`). */
static char *decode_prefix(const char *raw, size_t end, const char *from, size_t *n) {
  return convert(raw, end, from, "UTF-8", n);
}

/* Every mention's [start, end) holds its surface: decoding the file up to end gives
 * decoding it up to start followed by the surface (stateful ISO-2022-JP included). */
static void check_offsets(const dg_doc *d, const char *from, size_t skip) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    uint32_t s0 = dg_doc_src_offset(d, m->start), s1 = dg_doc_src_end(d, m->start, m->end);
    size_t na, nb;
    char *a = decode_prefix(d->raw + skip, m->raw_start - skip, from, &na);
    char *b = decode_prefix(d->raw + skip, m->raw_end - skip, from, &nb);
    ck_assert_msg(nb == na + (s1 - s0) && memcmp(b, a, na) == 0 &&
                      memcmp(b + na, d->src + s0, s1 - s0) == 0,
                  "%s: %s at [%u, %u) is not its surface", d->path, m->id, m->raw_start,
                  m->raw_end);
    free(a);
    free(b);
  }
}

START_TEST(test_same_mentions) {
  const char *rel = samples[_i / NENC];
  size_t e = (size_t)_i % NENC, n, cn;
  char *text = read_sample(rel, &n);
  char *conv = convert(text, n, "UTF-8", encodings[e].iconv_to, &cn);
  size_t bl = strlen(encodings[e].bom);
  char *file = malloc(bl + cn);
  memcpy(file, encodings[e].bom, bl);
  memcpy(file + bl, conv, cn);
  dg_doc *plain = tu_doc("plain.txt", text);
  dg_doc *d = tu_doc_bytes("converted.txt", file, bl + cn, NULL);
  size_t high = 0;
  for (size_t i = 0; i < cn; i++) high += (unsigned char)conv[i] >= 0x80 || conv[i] == 0x1B;
  /* English in Shift_JIS is ASCII (¥ becomes 0x5C): UTF-8 is the right answer, and the
   * text is no longer the same */
  ck_assert_str_eq(d->encoding, high || bl ? encodings[e].name : "UTF-8");
  if (!high && !bl) goto done;
  char buf[512];
  const char *diff = tu_mentions_differ(plain, d, 1, buf, sizeof buf);
  ck_assert_msg(!diff, "%s in %s: %s", rel, encodings[e].name, diff);
  check_offsets(d, encodings[e].iconv_to, bl);
done:
  tu_doc_free(plain);
  tu_doc_free(d);
  free(file);
  free(conv);
  free(text);
}
END_TEST

/* A Shift_JIS page that says so in its <meta>: the same mentions as the UTF-8 page, and
 * offsets into the Shift_JIS bytes (not all at the end of the file, as libxml2's own
 * conversion left them). */
START_TEST(test_html_declared) {
  size_t n, cn;
  char *page = read_sample("tests/eval/docs/ja_06_cambodia_mine_action.html", &n);
  dg_doc *plain = tu_doc("plain.html", page);
  char *at = strstr(page, "charset=\"utf-8\"");
  ck_assert_ptr_nonnull(at);
  char *sj = malloc(n + 8);
  snprintf(sj, n + 8, "%.*scharset=\"Shift_JIS\"%s", (int)(at - page), page, at + 15);
  char *conv = convert(sj, strlen(sj), "UTF-8", "CP932", &cn);
  dg_doc *d = tu_doc_bytes("page.html", conv, cn, NULL);
  ck_assert_str_eq(d->encoding, "Shift_JIS");
  char buf[512];
  const char *diff = tu_mentions_differ(plain, d, 1, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  ck_assert_uint_gt(d->nments, 10);
  check_offsets(d, "CP932", 0);
  tu_doc_free(plain);
  tu_doc_free(d);
  free(conv);
  free(sj);
  free(page);
}
END_TEST

/* --encoding: a forced encoding wins over detection; a wrong one is visible. */
START_TEST(test_forced) {
  size_t n = strlen(SENTENCE), cn;
  char *euc = convert(SENTENCE, n, "UTF-8", "EUC-JP-MS", &cn);
  dg_doc *plain = tu_doc("plain.txt", SENTENCE);
  dg_doc *d = tu_doc_bytes("e.txt", euc, cn, "euc-jp");
  ck_assert_str_eq(d->encoding, "EUC-JP");
  char buf[512];
  ck_assert_ptr_null(tu_mentions_differ(plain, d, 1, buf, sizeof buf));
  tu_doc_free(d);
  d = tu_doc_bytes("e.txt", euc, cn, "UTF-8");
  ck_assert_str_eq(d->encoding, "UTF-8");
  ck_assert_uint_eq(d->diags.n, 1);
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[0], "invalid UTF-8"));
  tu_doc_free(d);
  tu_doc_free(plain);
  free(euc);
}
END_TEST

/* Bytes that do not decode: U+FFFD and a warning naming the encoding, the line and column
 * as an editor shows them. */
START_TEST(test_bad_bytes_warning) {
  size_t cn;
  char *sj = convert("日本とタイ。\nラオス", strlen("日本とタイ。\nラオス"), "UTF-8", "CP932", &cn);
  char file[256];
  size_t tail;
  char *rest = convert("とベトナム。\n", strlen("とベトナム。\n"), "UTF-8", "CP932", &tail);
  memcpy(file, sj, cn);
  file[cn] = (char)0x80; /* no Shift_JIS character */
  memcpy(file + cn + 1, rest, tail);
  dg_doc *d = tu_doc_bytes("bad.txt", file, cn + 1 + tail, "Shift_JIS");
  ck_assert_uint_ge(d->diags.n, 1);
  ck_assert_msg(strstr(d->diags.msgs[0], "bad.txt:2: invalid Shift_JIS (byte 0x80 at column 4)"),
                "%s", d->diags.msgs[0]);
  ck_assert_ptr_nonnull(tu_find(d, DG_TYPE_COUNTRY, "country:VNM"));
  tu_doc_free(d);
  free(sj);
  free(rest);
}
END_TEST

/* dg_encoding_clean: bad bytes become U+FFFD, control characters spaces, each mapped to
 * where it was; clean text is left alone (no copy). */
static const struct {
  const char *in, *out; /* out NULL: nothing to clean */
  size_t nbad, nctl;
} cleans[] = {
    {"日本とタイ\tand\r\nLaos", NULL, 0, 0},
    {"A\xFF\xFE" "B", "A\xEF\xBF\xBD\xEF\xBF\xBD" "B", 2, 0},
    {"A\x1B[31mB\x07\x0B\x0C\x7F", "A [31mB    ", 0, 5},
    {"x\xC2\x85y\xE2\x80\xA8z\xEF\xBF\xBE", "x y z ", 0, 3},
    {"あ\xE3\x81" "Xい漢\xE2\x80\xA8字", "あ\xEF\xBF\xBD\xEF\xBF\xBD" "Xい漢 字", 2, 1},
    {"か\xED\xA0\x80き", "か\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDき", 3, 0},
    {"\xED\xA0\x80\xC0\xAF\xE3\x81", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
     "\xEF\xBF\xBD\xEF\xBF\xBD", 7, 0},
};

START_TEST(test_clean) {
  const char *in = cleans[_i].in;
  dg_decoded c;
  dg_error err = {0};
  ck_assert_int_eq(dg_encoding_clean(in, strlen(in), NULL, &c, &err), DG_OK);
  ck_assert_uint_eq(c.nbad, cleans[_i].nbad);
  ck_assert_uint_eq(c.nctl, cleans[_i].nctl);
  if (!cleans[_i].out) {
    ck_assert_ptr_null(c.text);
    return;
  }
  ck_assert_str_eq(c.text, cleans[_i].out);
  ck_assert_uint_eq(c.map[c.len], strlen(in));
  for (size_t i = 1; i <= c.len; i++) ck_assert_uint_le(c.map[i - 1], c.map[i]);
  dg_decoded_destroy(&c);
}
END_TEST

/* A document's text as written (evidence, surfaces) carries no control character and no bad
 * byte, and a mention's column still counts in the file; its name is cleaned likewise. */
START_TEST(test_clean_document) {
  const char body[] = "日本 Japan\x1B[1m and Vietnam\x00 met in \xFFHanoi.\n";
  dg_doc *d = tu_doc_bytes("a\x07\xFF.txt", body, sizeof body - 1, NULL);
  ck_assert_str_eq(d->path, "a \xEF\xBF\xBD.txt");
  for (size_t i = 0; i < d->src_len; i++)
    ck_assert_msg((unsigned char)d->src[i] >= 0x20 || d->src[i] == '\n', "byte %zu", i);
  const dg_mention *m = tu_find(d, DG_TYPE_PLACE, "place:hanoi");
  ck_assert_ptr_nonnull(m);
  ck_assert_uint_eq(m->col, 35); /* the file's column: 33 characters and one bad byte before */
  ck_assert_uint_eq(d->diags.n, 2);
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[0], "invalid UTF-8 (byte 0xFF at column 34)"));
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[1], "2 control characters (the first at column 9)"));
  tu_doc_free(d);
}
END_TEST

/* A UTF-8 byte order mark is no column: the first character is column 1. */
START_TEST(test_bom_column) {
  dg_doc *d = tu_doc("bom.txt", "\xEF\xBB\xBFタイとラオス。\n");
  const dg_mention *m = tu_find(d, DG_TYPE_COUNTRY, "country:THA");
  ck_assert_ptr_nonnull(m);
  ck_assert_uint_eq(m->line, 1);
  ck_assert_uint_eq(m->col, 1);
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("encoding");
  TCase *tc = tcase_create("encoding");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, test_names, 0, (int)(sizeof names / sizeof *names));
  tcase_add_loop_test(tc, test_declared, 0, (int)(sizeof decls / sizeof *decls));
  tcase_add_loop_test(tc, test_detect, 0, (int)(sizeof detections / sizeof *detections));
  tcase_add_test(tc, test_detect_stray_bytes);
  tcase_add_test(tc, test_decode_map);
  tcase_add_test(tc, test_decode_iso2022);
  tcase_add_test(tc, test_decode_bom_and_bad);
  tcase_add_test(tc, test_iso2022_span_end);
  tcase_add_loop_test(tc, test_same_mentions, 0,
                      (int)(sizeof samples / sizeof *samples * NENC));
  tcase_add_test(tc, test_html_declared);
  tcase_add_test(tc, test_forced);
  tcase_add_test(tc, test_bad_bytes_warning);
  tcase_add_test(tc, test_bom_column);
  tcase_add_loop_test(tc, test_clean, 0, (int)(sizeof cleans / sizeof *cleans));
  tcase_add_test(tc, test_clean_document);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
