/* Word and OpenDocument files, built by the test from their XML parts with libzip: a
 * report's paragraphs (runs cut in the middle of words), headings by style, list items by
 * numbering, a table, furigana as ruby, give the same entities as the same text in
 * Markdown; deleted text, field codes and external entities never become text; a line
 * number is the paragraph's; other archives are named for what they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "base/buf.h"
#include "docgraph/source.h"
#include "testutil.h"

static char dir_[64];

/* ---- building archives ---- */

typedef struct {
  const char *name;
  const char *data;
} part;

/* An archive of these parts; its bytes (*n long). */
static char *archive(const part *parts, size_t nparts, size_t *n) {
  if (!dir_[0]) tu_tmpdir(dir_, "docx");
  char path[128];
  snprintf(path, sizeof path, "%s/a.zip", dir_);
  int ze;
  zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &ze);
  ck_assert_ptr_nonnull(z);
  for (size_t i = 0; i < nparts; i++) {
    zip_source_t *s = zip_source_buffer(z, parts[i].data, strlen(parts[i].data), 0);
    ck_assert_int_ge(zip_file_add(z, parts[i].name, s, ZIP_FL_OVERWRITE), 0);
  }
  ck_assert_int_eq(zip_close(z), 0);
  FILE *f = fopen(path, "rb");
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  rewind(f);
  char *data = malloc(*n);
  ck_assert_uint_eq(fread(data, 1, *n, f), *n);
  fclose(f);
  return data;
}

static void xml_text(dg_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '&') dg_buf_adds(b, "&amp;");
    else if (s[i] == '<') dg_buf_adds(b, "&lt;");
    else if (s[i] == '>') dg_buf_adds(b, "&gt;");
    else dg_buf_addc(b, s[i]);
  }
}

/* Text as Word runs of about 7 bytes each (cut between characters, inside words too),
 * {漢字|かんじ} as ruby. */
static void word_runs(dg_buf *b, const char *s) {
  while (*s) {
    if (*s == '{' && strchr(s, '|') && strchr(s, '}')) {
      const char *bar = strchr(s, '|'), *end = strchr(bar, '}');
      dg_buf_adds(b, "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>");
      xml_text(b, bar + 1, (size_t)(end - bar - 1));
      dg_buf_adds(b, "</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>");
      xml_text(b, s + 1, (size_t)(bar - s - 1));
      dg_buf_adds(b, "</w:t></w:r></w:rubyBase></w:ruby></w:r>");
      s = end + 1;
      continue;
    }
    size_t k = 0;
    while (s[k] && s[k] != '{' && (k < 7 || ((unsigned char)s[k] & 0xC0) == 0x80)) k++;
    dg_buf_adds(b, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">");
    xml_text(b, s, k);
    dg_buf_adds(b, "</w:t></w:r>");
    s += k;
  }
}

/* One line of the marked-up text as Word: "# " and "## " headings (styles named
 * "heading 1" and "heading 2" under ids that say nothing), "- " items numbered, tabbed
 * lines as table rows (*in_table: a table is open), anything else a paragraph. */
static void word_line(dg_buf *b, const char *line, int *in_table) {
  int row = strchr(line, '\t') != NULL;
  if (*in_table && !row) dg_buf_adds(b, "</w:tbl>"), *in_table = 0;
  if (row) {
    if (!*in_table) dg_buf_adds(b, "<w:tbl><w:tblPr/>"), *in_table = 1;
    dg_buf_adds(b, "<w:tr>");
    for (const char *c = line;;) {
      const char *tab = strchr(c, '\t');
      size_t n = tab ? (size_t)(tab - c) : strlen(c);
      dg_buf_adds(b, "<w:tc><w:p><w:r><w:t>");
      xml_text(b, c, n);
      dg_buf_adds(b, "</w:t></w:r></w:p></w:tc>");
      if (!tab) break;
      c = tab + 1;
    }
    dg_buf_adds(b, "</w:tr>");
    return;
  }
  const char *style = !strncmp(line, "## ", 3) ? "21" : !strncmp(line, "# ", 2) ? "11" : NULL;
  int item = !strncmp(line, "- ", 2);
  dg_buf_adds(b, "<w:p><w:pPr>");
  if (style) dg_buf_printf(b, "<w:pStyle w:val=\"%s\"/>", style);
  if (item) dg_buf_adds(b, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>");
  dg_buf_adds(b, "</w:pPr>");
  word_runs(b, line + (style ? (style[0] == '2' ? 3 : 2) : item ? 2 : 0));
  dg_buf_adds(b, "</w:p>");
}

static const char *word_styles =
    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/"
    "wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"11\"><w:name "
    "w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"21\"><w:name "
    "w:val=\"heading 2\"/></w:style></w:styles>";

/* The marked-up text as a .docx: its bytes. */
static char *docx_of(const char *text, const char *extra_body, size_t *n) {
  dg_buf b;
  dg_buf_init(&b);
  dg_buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                  "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
  int in_table = 0;
  for (const char *l = text; *l;) {
    const char *nl = strchr(l, '\n');
    char line[4096];
    size_t len = nl ? (size_t)(nl - l) : strlen(l);
    snprintf(line, sizeof line, "%.*s", (int)len, l);
    if (line[0] && line[0] != '@') word_line(&b, line, &in_table);
    else if (in_table) dg_buf_adds(&b, "</w:tbl>"), in_table = 0;
    l = nl ? nl + 1 : l + len;
  }
  if (in_table) dg_buf_adds(&b, "</w:tbl>");
  dg_buf_adds(&b, extra_body ? extra_body : "");
  dg_buf_adds(&b, "<w:sectPr/></w:body></w:document>");
  part parts[] = {{"[Content_Types].xml", "<Types/>"},
                  {"word/document.xml", b.data},
                  {"word/styles.xml", word_styles}};
  char *data = archive(parts, 3, n);
  dg_buf_destroy(&b);
  return data;
}

/* The marked-up text as Markdown: without @ directives and furigana. */
static char *markdown_of(const char *text) {
  dg_buf b;
  dg_buf_init(&b);
  for (const char *s = text; *s; s++) {
    if (*s == '@' && (s == text || s[-1] == '\n')) {
      s = strchr(s, '\n');
      if (!s) break;
      continue;
    }
    if (*s == '{' && strchr(s, '|')) {
      const char *bar = strchr(s, '|');
      dg_buf_add(&b, s + 1, (size_t)(bar - s - 1));
      s = strchr(bar, '}');
      continue;
    }
    dg_buf_addc(&b, *s);
  }
  return dg_buf_steal(&b);
}

static char *sample(const char *rel) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", DG_TEST_SOURCE, rel);
  char *t = tu_slurp(path);
  ck_assert_msg(t != NULL, "%s", path);
  return t;
}

/* ---- Word ---- */

/* The PDF tests' report, as a Word file: same entities as its Markdown. */
START_TEST(test_word_same_entities) {
  char *text = sample("tests/formats/report_ja.txt"), *md = markdown_of(text);
  size_t n;
  char *docx = docx_of(text, NULL, &n);
  dg_doc *w = tu_doc_bytes("report.docx", docx, n, NULL);
  dg_doc *m = tu_doc("report.md", md);
  ck_assert_int_eq(w->format, DG_FMT_DOCX);
  char buf[512];
  const char *diff = tu_mentions_differ(m, w, 0, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  ck_assert_uint_gt(w->nments, 40);
  ck_assert_ptr_null(strstr(w->text, "がいむしょう"));
  int headings = 0, items = 0;
  for (size_t i = 0; i < w->nblocks; i++) {
    headings += w->blocks[i].kind == DG_BLOCK_HEADING;
    items += w->blocks[i].kind == DG_BLOCK_LIST_ITEM;
  }
  ck_assert_int_eq(headings, 7);
  ck_assert_int_eq(items, 3);
  tu_doc_free(w);
  tu_doc_free(m);
  free(docx);
  free(md);
  free(text);
}
END_TEST

/* A table becomes rows of cells, so the table rules see them; line numbers count
 * paragraphs and rows. */
START_TEST(test_word_table_and_lines) {
  const char *text = "# 会合の一覧\n\n日程\t場所\t会議名\n"
                     "2024年1月30日\t日本（東京）\t第13回日ASEAN防衛当局次官級会合\n"
                     "2024年11月21日\tラオス（ビエンチャン）\t第9回日ASEAN防衛担当大臣会合\n\n"
                     "両会合には、インドネシアとベトナムの代表が出席した。\n";
  size_t n;
  char *docx = docx_of(text, NULL, &n);
  dg_doc *w = tu_doc_bytes("t.docx", docx, n, NULL);
  dg_doc *m = tu_doc("t.md", text);
  char buf[512];
  const char *diff = tu_mentions_differ(m, w, 0, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  int rows = 0;
  for (size_t i = 0; i < w->nblocks; i++) rows += w->blocks[i].kind == DG_BLOCK_TABLE_ROW;
  ck_assert_int_eq(rows, 3);
  ck_assert_ptr_nonnull(tu_find(w, DG_TYPE_COUNTRY, "country:VNM"));
  ck_assert_uint_eq(tu_find(w, DG_TYPE_COUNTRY, "country:VNM")->line, 5); /* 5th paragraph */
  ck_assert_uint_eq(tu_find(w, DG_TYPE_COUNTRY, "country:LAO")->line, 4); /* 3rd row */
  tu_doc_free(w);
  tu_doc_free(m);
  free(docx);
}
END_TEST

/* Deleted text, field codes and an external entity's file never become text. */
START_TEST(test_word_hidden_text) {
  const char *body =
      "<w:p><w:r><w:t>タイの代表が</w:t></w:r><w:del><w:r><w:delText>カンボジアの"
      "</w:delText></w:r></w:del><w:r><w:instrText>HYPERLINK ミャンマー</w:instrText></w:r>"
      "<w:r><w:t>出席した。</w:t></w:r></w:p>";
  size_t n;
  char *docx = docx_of("", body, &n);
  dg_doc *w = tu_doc_bytes("h.docx", docx, n, NULL);
  ck_assert_ptr_nonnull(tu_find(w, DG_TYPE_COUNTRY, "country:THA"));
  ck_assert_ptr_null(tu_find(w, DG_TYPE_COUNTRY, "country:KHM"));
  ck_assert_ptr_null(tu_find(w, DG_TYPE_COUNTRY, "country:MMR"));
  tu_doc_free(w);
  free(docx);
  char secret[128];
  snprintf(secret, sizeof secret, "%s/secret.txt", dir_);
  tu_write(secret, "ラオス\n");
  char doc[1024];
  snprintf(doc, sizeof doc,
           "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file://%s\">]>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
           "main\"><w:body><w:p><w:r><w:t>タイと&x;</w:t></w:r></w:p></w:body></w:document>",
           secret);
  part parts[] = {{"word/document.xml", doc}};
  docx = archive(parts, 1, &n);
  w = tu_doc_bytes("x.docx", docx, n, NULL);
  ck_assert_ptr_nonnull(tu_find(w, DG_TYPE_COUNTRY, "country:THA"));
  ck_assert_ptr_null(tu_find(w, DG_TYPE_COUNTRY, "country:LAO"));
  tu_doc_free(w);
  free(docx);
}
END_TEST

/* ---- OpenDocument ---- */

START_TEST(test_odt) {
  const char *content =
      "<?xml version=\"1.0\"?><office:document-content "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body>"
      "<office:text><text:h text:outline-level=\"1\">日ASEAN協力</text:h>"
      "<text:p>2023年12月17日、<text:span>東京で</text:span>日ASEAN特別首脳会議が開かれ、"
      "<text:ruby><text:ruby-base>岸田</text:ruby-base><text:ruby-text>きしだ</text:ruby-text>"
      "</text:ruby>内閣総理大臣が議長を務めた。</text:p><text:list><text:list-item><text:p>"
      "インドネシアとの協力</text:p></text:list-item><text:list-item><text:p>ベトナムとの"
      "協力</text:p></text:list-item></text:list><table:table><table:table-row><table:table-"
      "cell><text:p>ラオス</text:p></table:table-cell><table:table-cell><text:p>"
      "ビエンチャン</text:p></table:table-cell></table:table-row></table:table>"
      "</office:text></office:body></office:document-content>";
  const char *md = "# 日ASEAN協力\n\n2023年12月17日、東京で日ASEAN特別首脳会議が開かれ、"
                   "岸田内閣総理大臣が議長を務めた。\n\n- インドネシアとの協力\n- ベトナムとの"
                   "協力\n\nラオス\tビエンチャン\n";
  part parts[] = {{"mimetype", "application/vnd.oasis.opendocument.text"},
                  {"content.xml", content}};
  size_t n;
  char *odt = archive(parts, 2, &n);
  dg_doc *o = tu_doc_bytes("t.odt", odt, n, NULL);
  dg_doc *m = tu_doc("t.md", md);
  ck_assert_int_eq(o->format, DG_FMT_ODT);
  char buf[512];
  const char *diff = tu_mentions_differ(m, o, 0, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  ck_assert_ptr_null(strstr(o->text, "きしだ"));
  tu_doc_free(o);
  tu_doc_free(m);
  free(odt);
}
END_TEST

/* Other archives and formats: an error naming the file and what it is. */
START_TEST(test_other_archives) {
  part xlsx[] = {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}};
  size_t n;
  char *data = archive(xlsx, 2, &n);
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(&d, "sheet.xlsx", data, n, DG_FMT_AUTO, &err), DG_EINPUT);
  ck_assert_msg(strstr(err.msg, "sheet.xlsx: unsupported format (Excel spreadsheet); "
                                "supported: .txt"),
                "%s", err.msg);
  dg_doc_destroy(&d);
  free(data);
  dg_doc_init(&d);
  ck_assert_int_eq(dg_source_load_mem(&d, "notes.docx", "plain words", 11, DG_FMT_AUTO, &err),
                   DG_EINPUT);
  ck_assert_msg(strstr(err.msg, "notes.docx: not a Word file"), "%s", err.msg);
  dg_doc_destroy(&d);
}
END_TEST

static void teardown(void) {
  if (dir_[0]) tu_rmrf(dir_);
  dir_[0] = '\0';
}

static Suite *suite(void) {
  Suite *s = suite_create("docx");
  TCase *tc = tcase_create("docx");
  tcase_add_checked_fixture(tc, NULL, teardown);
  tcase_add_test(tc, test_word_same_entities);
  tcase_add_test(tc, test_word_table_and_lines);
  tcase_add_test(tc, test_word_hidden_text);
  tcase_add_test(tc, test_odt);
  tcase_add_test(tc, test_other_archives);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
