/* The XML writer of GraphML and GEXF (output/xml_writer.h) against libxml2's xmlTextWriter,
 * whose bytes it must keep: the same calls through both, byte for byte, for nestings
 * (empty elements, text, children, empty text) and for every byte value in an attribute
 * and in text (libxml2 given the text cleaned of control characters, as docgraph gave it
 * before). */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/xml_writer.h"
#include "testutil.h"

/* A script: "<name" starts an element, "@name=value" writes an attribute, "#text" text,
 * ">" ends the innermost element. */
static const char *const scripts[][12] = {
    {"<root", ">"},
    {"<root", "@a=1", "@b=two words", ">"},
    {"<root", "<key", "@id=k", ">", "<graph", "<data", "@key=k", "#v", ">", ">", ">"},
    {"<root", "<data", "#", ">", "<empty", ">", ">"},
    {"<root", "<a", "<b", "<c", "@x=<&>\"'", "#<&>\"'", ">", ">", ">", ">"},
    {"<meta", "<creator", "#docgraph 0.1", ">", "<description", "#日本 ASEAN", ">", ">"},
    {"<root", "@id=日本:東京", "<n", "@v=1.5e-05", ">"}, /* left open: the end closes all */
};

/* What docgraph handed libxml2: control characters but tab, newline, return as spaces. */
static char *cleaned(const char *s) {
  char *c = strdup(s);
  for (unsigned char *p = (unsigned char *)c; *p; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F) *p = ' ';
  return c;
}

static void ref_step(xmlTextWriterPtr w, const char *op) {
  char *v = cleaned(op + 1);
  char *eq = strchr(v, '=');
  if (*op == '<') xmlTextWriterStartElement(w, BAD_CAST v);
  if (*op == '#') xmlTextWriterWriteString(w, BAD_CAST v);
  if (*op == '>') xmlTextWriterEndElement(w);
  if (*op == '@') {
    *eq = '\0';
    xmlTextWriterWriteAttribute(w, BAD_CAST v, BAD_CAST(eq + 1));
  }
  free(v);
}

/* The script through libxml2, set up as docgraph set it up. */
static char *reference(const char *const *ops, size_t n) {
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  xmlBufferPtr b = xmlBufferCreate();
  xmlTextWriterPtr w = xmlNewTextWriterMemory(b, 0);
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
  for (size_t i = 0; i < n && ops[i]; i++) ref_step(w, ops[i]);
  xmlTextWriterEndDocument(w);
  xmlFreeTextWriter(w);
  fwrite(xmlBufferContent(b), 1, (size_t)xmlBufferLength(b), f);
  xmlBufferFree(b);
  fclose(f);
  return out;
}

/* The script through dg_xw. */
static char *ours(const char *const *ops, size_t n) {
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  dg_xw *w = malloc(sizeof *w);
  char *names[16];
  size_t nn = 0;
  dg_xw_begin(w, f);
  for (size_t i = 0; i < n && ops[i]; i++) {
    char *v = strdup(ops[i] + 1), *eq = strchr(v, '=');
    if (ops[i][0] == '<') dg_xw_start(w, names[nn++] = strdup(v));
    if (ops[i][0] == '#') dg_xw_text(w, v);
    if (ops[i][0] == '>') dg_xw_end(w);
    if (ops[i][0] == '@') *eq = '\0', dg_xw_attr(w, v, eq + 1);
    free(v);
  }
  ck_assert_int_eq(dg_xw_finish(w), 0);
  free(w);
  while (nn) free(names[--nn]);
  fclose(f);
  return out;
}

static void same(const char *const *ops, size_t n) {
  char *a = reference(ops, n), *b = ours(ops, n);
  ck_assert_str_eq(b, a);
  free(a);
  free(b);
}

START_TEST(test_scripts) { same(scripts[_i], 12); }
END_TEST

/* Byte c (1..255, alone and between letters, and as invalid UTF-8 after a lead byte) in
 * an attribute and in text. */
START_TEST(test_every_byte) {
  char attr[32], text[32];
  unsigned c = (unsigned)_i;
  snprintf(attr, sizeof attr, "@v=a%cb%c\xe3%c", c, c, c);
  snprintf(text, sizeof text, "#a%cb%c\xe3%c", c, c, c);
  const char *ops[] = {"<root", attr, "<t", text, ">", ">"};
  same(ops, sizeof ops / sizeof *ops);
}
END_TEST

/* Byte c at each place of a 24-byte run of letters and of Japanese (whole words of
 * plain text are copied at once: the byte must be found wherever it falls in one). */
START_TEST(test_byte_in_words) {
  static const char *const fills[] = {"abcdefghijklmnopqrstuvwx", "日本語のテキストです"};
  for (size_t f = 0; f < 2; f++)
    for (size_t at = 0; at < 24; at++) {
      char attr[40] = "@v=", text[40] = "#";
      strcat(attr, fills[f]);
      strcat(text, fills[f]);
      attr[3 + at] = text[1 + at] = (char)_i;
      const char *ops[] = {"<root", attr, "<t", text, ">", ">"};
      same(ops, sizeof ops / sizeof *ops);
    }
}
END_TEST

/* Long runs cross the writer's buffer: 200,000 bytes of text with escapes among them. */
START_TEST(test_long) {
  size_t n = 200000;
  char *t = malloc(n + 2);
  t[0] = '#';
  for (size_t i = 1; i <= n; i++) t[i] = "ab<c&\"d\n"[i % 8];
  t[n + 1] = '\0';
  const char *ops[] = {"<root", "<t", t, ">", "<u", "@k=x", ">", ">"};
  same(ops, sizeof ops / sizeof *ops);
  free(t);
}
END_TEST

/* Two arcs through dg_xw, the second's children repeated from the first's (a mark after
 * the attributes, a span after the end) or, with `anew`, written again; `before` bytes of
 * text in an element ahead of them fill the buffer, `len` the length of the children's
 * text. The result of the repeat goes into *repeated. */
static char *arcs(int anew, size_t before, size_t len, int *repeated) {
  char *out = NULL, *text = malloc(len + 1), *pad = malloc(before + 1);
  size_t n = 0;
  for (size_t i = 0; i < len; i++) text[i] = "x<y&z\"\n"[i % 7];
  text[len] = '\0';
  memset(pad, 'p', before);
  pad[before] = '\0';
  FILE *f = open_memstream(&out, &n);
  dg_xw *w = malloc(sizeof *w);
  dg_xw_begin(w, f);
  dg_xw_start(w, "graph");
  dg_xw_start(w, "pad");
  dg_xw_text(w, pad);
  dg_xw_end(w);
  dg_xw_mark m = {0};
  for (int arc = 0; arc < 2; arc++) {
    dg_xw_start(w, "edge");
    dg_xw_attr(w, "id", arc ? "e0r" : "e0");
    if (arc && !anew && (*repeated = dg_xw_repeat(w, &m)) == 0) continue;
    m = dg_xw_mark_here(w);
    dg_xw_start(w, "data");
    dg_xw_attr(w, "key", "e_evidence_text");
    dg_xw_text(w, text);
    dg_xw_end(w);
    dg_xw_start(w, "empty");
    dg_xw_end(w);
    dg_xw_end(w);
    dg_xw_span(w, &m);
  }
  dg_xw_start(w, "after");
  dg_xw_end(w);
  ck_assert_int_eq(dg_xw_finish(w), 0);
  fclose(f);
  free(w);
  free(text);
  free(pad);
  return out;
}

/* An arc's children repeated are the bytes of writing them again, wherever the buffer
 * stands (empty, half full, nearly full), and the repeat declines (-1, nothing written)
 * when the children no longer fit in the buffer: a flush came between. */
START_TEST(test_repeat) {
  static const struct {
    size_t before, len;
    int repeated;
  } cases[] = {{0, 10, 0}, {0, 3000, 0}, {30000, 3000, 0}, {40000, 3000, 0},
               {65000, 3000, 0}, {0, 70000, -1}, {20000, 40000, -1}};
  size_t k = (size_t)_i;
  int repeated = 1;
  char *a = arcs(1, cases[k].before, cases[k].len, &repeated);
  char *b = arcs(0, cases[k].before, cases[k].len, &repeated);
  ck_assert_int_eq(repeated, cases[k].repeated);
  ck_assert_str_eq(b, a);
  ck_assert_ptr_nonnull(strstr(a, "<edge id=\"e0r\">\n    <data key"));
  free(a);
  free(b);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("xml_writer");
  TCase *tc = tcase_create("core");
  tcase_add_loop_test(tc, test_scripts, 0, sizeof scripts / sizeof *scripts);
  tcase_add_loop_test(tc, test_every_byte, 1, 256);
  tcase_add_loop_test(tc, test_byte_in_words, 1, 256);
  tcase_add_test(tc, test_long);
  tcase_add_loop_test(tc, test_repeat, 0, 7);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
