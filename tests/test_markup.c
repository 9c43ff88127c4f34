/* The HTML and XML reader (dg_markup_extract): the text a reader sees, one rule a row —
 * breaks at p, div, br, li, tr and h1-h6, cells joined by tabs, script, style, nav and
 * <rt> skipped, whitespace collapsed, entities decoded, U+00A0 turned into a space — and
 * every byte of it mapped back to the bytes of the file it came from. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/markup.h"
#include "docgraph/source.h"
#include "testutil.h"

static dg_doc *load(const char *name, const char *text) {
  dg_doc *d = calloc(1, sizeof *d);
  dg_doc_init(d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(d, name, text, strlen(text), DG_FMT_AUTO, &err), DG_OK);
  ck_assert_msg(dg_source_prepare(d, &err) == DG_OK, "%s", err.msg);
  return d;
}

static void free_doc(dg_doc *d) {
  dg_doc_destroy(d);
  free(d);
}

typedef struct {
  const char *rule;
  const char *name; /* t.html or t.xml */
  const char *markup;
  const char *src; /* the extracted text, exactly */
} extract_row;

static const extract_row extract_rows[] = {
    {"p: a blank line between paragraphs", "t.html", "<p>a</p><p>b</p>", "a\n\nb\n\n"},
    {"div: nested blocks break too", "t.html", "<div>a<div>b</div>c</div>", "a\n\nb\n\nc\n\n"},
    {"br: a line break", "t.html", "<p>a<br>b</p>", "a\nb\n\n"},
    {"br in a heading: a space", "t.html", "<h2>a<br>b</h2>", "## a b\n\n"},
    {"br in an item: a space", "t.html", "<ul><li>a<br>b</li></ul>", "- a b\n\n"},
    {"li: '- ' items, two spaces a level", "t.html",
     "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c\n\n"},
    {"ol, dl: items too", "t.html", "<ol><li>one</li></ol><dl><dt>term</dt><dd>def</dd></dl>",
     "- one\n\n- term\n- def\n\n"},
    {"tr: a line a row, td: cells by tabs", "t.html",
     "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>",
     "a\tb\nc\td\n\n"},
    {"p in a cell: a space", "t.html",
     "<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>", "a b\tc\n\n"},
    {"h1-h6: '#' by level", "t.html",
     "<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>",
     "# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n\n"},
    {"script, style, nav: skipped", "t.html",
     "<p>x<script>var y=1;</script><style>p{color:red}</style><nav>menu</nav>z</p>", "xz\n\n"},
    {"title of an HTML page: skipped", "t.html", "<title>T</title><p>x</p>", "x\n\n"},
    {"rt of ruby: skipped", "t.html", "<p><ruby>漢<rt>かん</rt></ruby>字</p>", "漢字\n\n"},
    {"whitespace: one space", "t.html", "<p>a \n\t b</p>", "a b\n\n"},
    {"a line break between Japanese: joined", "t.html", "<p>日本\nと</p>", "日本と\n\n"},
    {"pre: spaces and breaks kept", "t.html", "<pre>a\n  b</pre>", "a\n  b\n\n"},
    {"entities: decoded", "t.html", "<p>a&amp;b&lt;c</p>", "a&b<c\n\n"},
    {"custom HTML element: inline", "t.html", "<p>a<my-tag>b</my-tag>c</p>", "abc\n\n"},
    {"TEI head: a heading", "t.xml", "<?xml version=\"1.0\"?><TEI><head>Title</head><p>text</p></TEI>",
     "# Title\n\ntext\n\n"},
    {"DocBook: title, para, listitem", "t.xml",
     "<article><title>T</title><para>x</para><itemizedlist><listitem><para>y</para></listitem>"
     "</itemizedlist></article>",
     "# T\n\nx\n\n- y\n\n"},
    {"unknown XML element: a block", "t.xml", "<doc><a1>b</a1><x>c</x></doc>", "b\n\nc\n\n"},
};

START_TEST(test_extract) {
  const extract_row *r = &extract_rows[_i];
  dg_doc *d = load(r->name, r->markup);
  ck_assert_msg(d->src_len == strlen(r->src) && !memcmp(d->src, r->src, d->src_len),
                "%s: %s gave \"%.*s\", expected \"%s\"", r->rule, r->markup, (int)d->src_len,
                d->src, r->src);
  free_doc(d);
}
END_TEST

/* U+00A0 (written or as &nbsp;) stays in the extracted text and is a plain space in the
 * normalized text every stage matches on. */
START_TEST(test_nbsp) {
  dg_doc *d = load("t.html", "<p>a&nbsp;b\xC2\xA0" "c</p>");
  ck_assert_int_eq((int)d->src_len, (int)strlen("a\xC2\xA0" "b\xC2\xA0" "c\n\n"));
  ck_assert_int_eq(memcmp(d->src, "a\xC2\xA0" "b\xC2\xA0" "c", 7), 0);
  ck_assert_int_eq(strncmp(d->text, "a b c", 5), 0);
  free_doc(d);
}
END_TEST

/* Offsets: words map to their own bytes in the file; a decoded entity to its '&'; the
 * markers docgraph adds to the tag that caused them. */
START_TEST(test_offsets) {
  const char *html = "<p>Laos &amp; Thai</p><ul><li>Hanoi</li></ul><h2>Vientiane</h2>";
  dg_doc *d = load("t.html", html);
  const char *words[] = {"Laos", "Thai", "Hanoi", "Vientiane"};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
    const char *w = strstr(d->text, words[k]);
    ck_assert_ptr_nonnull(w);
    uint32_t off = (uint32_t)(w - d->text), len = (uint32_t)strlen(words[k]);
    uint32_t a = dg_doc_raw_offset(d, off), z = dg_doc_raw_end(d, off, off + len);
    ck_assert_uint_eq(z - a, len);
    ck_assert_int_eq(memcmp(d->raw + a, words[k], len), 0);
    ck_assert_uint_eq(a, (uint32_t)(strstr(html, words[k]) - html));
  }
  const char *amp = strchr(d->text, '&');
  ck_assert_int_eq(strncmp(d->raw + dg_doc_raw_offset(d, (uint32_t)(amp - d->text)), "&amp;", 5), 0);
  const char *dash = strstr(d->text, "- Hanoi");
  uint32_t m = dg_doc_raw_offset(d, (uint32_t)(dash - d->text));
  ck_assert_int_eq(strncmp(d->raw + m - 3, "<li>", 4), 0);
  const char *hash = strstr(d->text, "## Vientiane");
  m = dg_doc_raw_offset(d, (uint32_t)(hash - d->text));
  ck_assert_int_eq(strncmp(d->raw + m - 3, "<h2>", 4), 0);
  /* the end of the text maps to the end of the file */
  ck_assert_uint_eq(d->src_map[d->src_len], strlen(html));
  free_doc(d);
}
END_TEST

/* Lines of the file: a word on the third line of the markup is reported on line 3. */
START_TEST(test_lines) {
  dg_doc *d = load("t.html", "<html>\n<body>\n<p>Cambodia</p>\n</body></html>");
  const char *w = strstr(d->text, "Cambodia");
  uint32_t line, col;
  dg_doc_line_col(d, dg_doc_raw_offset(d, (uint32_t)(w - d->text)), &line, &col);
  ck_assert_uint_eq(line, 3);
  ck_assert_uint_eq(col, 4);
  free_doc(d);
}
END_TEST

/* A page with no text gets a warning naming it; a broken XML file, its line. */
START_TEST(test_diagnostics) {
  dg_doc *d = load("empty.html", "<html><script>x()</script></html>");
  ck_assert_uint_eq(d->src_len, 0);
  ck_assert_uint_eq(d->diags.n, 1);
  ck_assert_str_eq(d->diags.msgs[0], "empty.html:1: no text found in the HTML");
  free_doc(d);
  d = load("bad.xml", "<doc>\n<p>a</q>\n</doc>");
  ck_assert_uint_ge(d->diags.n, 1);
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[0], "bad.xml:2: XML: "));
  free_doc(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("markup");
  TCase *tc = tcase_create("markup");
  tcase_add_loop_test(tc, test_extract, 0, (int)(sizeof extract_rows / sizeof *extract_rows));
  tcase_add_test(tc, test_nbsp);
  tcase_add_test(tc, test_offsets);
  tcase_add_test(tc, test_lines);
  tcase_add_test(tc, test_diagnostics);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
