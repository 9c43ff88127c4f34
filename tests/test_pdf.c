/* PDF: documents laid out at test time by tests/make_pdf.c (cairo, IPAGothic) from the
 * marked-up texts in tests/formats/, read back through poppler and docgraph's reading of
 * the page. A two-column Japanese report with furigana, running headers and page numbers
 * gives the same entities as its Markdown copy; its mentions carry their page and their
 * line on it; the headers, page numbers and furigana are gone; wrapped lines are joined
 * (across columns and pages too), hyphenation undone; slides give a block per box; a PDF
 * without text is an error that says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/source.h"
#include "testutil.h"

static char dir_[64];

/* tests/formats/NAME.txt laid out into DIR/NAME.pdf and DIR/NAME.md; the PDF's bytes. */
static char *make(const char *name, size_t *n, char **md) {
  if (!dir_[0]) tu_tmpdir(dir_, "pdf");
  char cmd[2048], path[512];
  snprintf(cmd, sizeof cmd, "'%s' '%s/tests/formats/%s.txt' '%s/%s.pdf' '%s/%s.md'",
           DG_TEST_MAKE_PDF, DG_TEST_SOURCE, name, dir_, name, dir_, name);
  ck_assert_msg(tu_sh(cmd, NULL) == 0, "make_pdf %s failed", name);
  snprintf(path, sizeof path, "%s/%s.md", dir_, name);
  *md = tu_slurp(path);
  snprintf(path, sizeof path, "%s/%s.pdf", dir_, name);
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  rewind(f);
  char *data = malloc(*n);
  ck_assert_uint_eq(fread(data, 1, *n, f), *n);
  fclose(f);
  return data;
}

/* The report, read as a PDF (*pdf) and as its Markdown copy (*md). */
static void report(dg_doc **pdf, dg_doc **md) {
  size_t n;
  char *text;
  char *data = make("report_ja", &n, &text);
  *pdf = tu_doc_bytes("report.pdf", data, n, NULL);
  *md = tu_doc("report.md", text);
  free(data);
  free(text);
}

static int has(const dg_doc *d, const char *s) { return strstr(d->text, s) != NULL; }

START_TEST(test_same_entities) {
  dg_doc *pdf, *md;
  report(&pdf, &md);
  ck_assert_int_eq(pdf->format, DG_FMT_PDF);
  ck_assert_uint_eq(pdf->npages, 2);
  char buf[512];
  const char *diff = tu_mentions_differ(md, pdf, 0, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  ck_assert_uint_gt(pdf->nments, 40);
  tu_doc_free(pdf);
  tu_doc_free(md);
}
END_TEST

/* Running headers, page numbers and furigana are not text; the words under the furigana
 * are. */
START_TEST(test_furniture_and_ruby_dropped) {
  dg_doc *pdf, *md;
  report(&pdf, &md);
  ck_assert(!has(pdf, "年次報告"));
  ck_assert(!has(pdf, "- 1 -") && !has(pdf, "- 2 -"));
  ck_assert(!strstr(pdf->raw, "年次報告")); /* not counted as lines either */
  ck_assert(!has(pdf, "がいむしょう") && !has(pdf, "ぼうさい") && !has(pdf, "だつたんそ"));
  ck_assert(has(pdf, "外務省が取りまとめた") && has(pdf, "脱炭素化に関する"));
  tu_doc_free(pdf);
  tu_doc_free(md);
}
END_TEST

/* Wrapped lines joined: Japanese without a space (within a column, into the next column
 * and onto the next page), English with one, hyphenation undone unless a capital follows. */
START_TEST(test_lines_joined) {
  dg_doc *pdf, *md;
  report(&pdf, &md);
  ck_assert(has(pdf, "日ASEAN特別首脳会議が開催され"));
  ck_assert(has(pdf, "共同ビジョン声明を採択した。"));         /* left column -> right */
  ck_assert(has(pdf, "深めることを確認した。"));               /* page 1 -> page 2 */
  ck_assert(has(pdf, "the development of human resources"));   /* deve- / lopment */
  ck_assert(has(pdf, "Japan-ASEAN Integration Fund"));
  ck_assert(has(pdf, "announced an additional"));
  ck_assert(!has(pdf, "deve-") && !has(pdf, "manage-"));
  tu_doc_free(pdf);
  tu_doc_free(md);
}
END_TEST

/* Reading order: the left column of a band before its right column, and the band before
 * the next heading; headings and list items as blocks. */
START_TEST(test_columns_and_blocks) {
  dg_doc *pdf, *md;
  report(&pdf, &md);
  const char *t = pdf->text;
  const char *left = strstr(t, "協力の主な動き"), *right = strstr(t, "同会議の機会に");
  const char *next = strstr(t, "分野別の取組");
  ck_assert(left && right && next && left < right && right < next);
  int headings = 0, items = 0;
  for (size_t i = 0; i < pdf->nblocks; i++) {
    headings += pdf->blocks[i].kind == DG_BLOCK_HEADING;
    items += pdf->blocks[i].kind == DG_BLOCK_LIST_ITEM;
  }
  ck_assert_int_eq(headings, 7);
  ck_assert_int_eq(items, 3);
  ck_assert_uint_eq(pdf->nblocks, md->nblocks);
  tu_doc_free(pdf);
  tu_doc_free(md);
}
END_TEST

/* Every mention has its page, and its line on that page holds its first characters. */
START_TEST(test_pages_and_lines) {
  dg_doc *pdf, *md;
  report(&pdf, &md);
  int on2 = 0;
  for (size_t i = 0; i < pdf->nments; i++) {
    const dg_mention *m = &pdf->ments[i];
    ck_assert_msg(m->page == 1 || m->page == 2, "%s: page %u", m->id, m->page);
    on2 += m->page == 2;
    size_t first = 0;
    while (pdf->line_pages[first] != m->page) first++;
    size_t k = first + m->line - 1;
    ck_assert_uint_le(pdf->lines[k], m->raw_start);
    ck_assert_uint_lt(m->raw_start, pdf->lines[k + 1]);
    uint32_t s0 = dg_doc_src_offset(pdf, m->start);
    ck_assert_int_eq(pdf->raw[m->raw_start], pdf->src[s0]);
  }
  ck_assert_int_gt(on2, 5);
  char where[64];
  dg_where(where, sizeof where, "report.pdf", 3, 12);
  ck_assert_str_eq(where, "report.pdf:p3:12");
  dg_where(where, sizeof where, "notes.txt", 0, 4);
  ck_assert_str_eq(where, "notes.txt:4");
  tu_doc_free(pdf);
  tu_doc_free(md);
}
END_TEST

/* dg_where writes and returns what snprintf with "%s:p%u:%u" / "%s:%u" does, cut short
 * at every size. */
START_TEST(test_where_as_snprintf) {
  const char *paths[] = {"", "a.txt", "reports/2024/ja_summit_summary.txt"};
  const uint32_t nums[] = {0, 1, 9, 10, 4294967295u};
  for (size_t p = 0; p < 3; p++)
    for (size_t i = 0; i < 5; i++)
      for (size_t j = 0; j < 5; j++)
        for (size_t n = 0; n < 64; n++) {
          char got[64], want[64];
          memset(got, 'x', sizeof got);
          memset(want, 'x', sizeof want);
          int r = dg_where(got, n, paths[p], nums[i], nums[j]);
          int w = nums[i] ? snprintf(want, n, "%s:p%u:%u", paths[p], nums[i], nums[j])
                          : snprintf(want, n, "%s:%u", paths[p], nums[j]);
          ck_assert_int_eq(r, w);
          ck_assert_mem_eq(got, want, sizeof got);
        }
}
END_TEST

/* Slides: a heading, then each text box its own block (and the header of a one-page
 * document, in smaller type, dropped). */
START_TEST(test_slides_boxes) {
  size_t n;
  char *text;
  char *data = make("slides_ja", &n, &text);
  dg_doc *pdf = tu_doc_bytes("slides.pdf", data, n, NULL);
  dg_doc *md = tu_doc("slides.md", text);
  ck_assert_uint_eq(pdf->nblocks, 5);
  ck_assert_int_eq(pdf->blocks[0].kind, DG_BLOCK_HEADING);
  for (size_t i = 1; i < 5; i++) ck_assert_int_eq(pdf->blocks[i].kind, DG_BLOCK_PARAGRAPH);
  ck_assert(!has(pdf, "説明資料"));
  char buf[512];
  const char *diff = tu_mentions_differ(md, pdf, 0, buf, sizeof buf);
  ck_assert_msg(!diff, "%s", diff);
  tu_doc_free(pdf);
  tu_doc_free(md);
  free(data);
  free(text);
}
END_TEST

/* Page numbers in roman numerals are dropped too. */
START_TEST(test_roman_page_numbers) {
  if (!dir_[0]) tu_tmpdir(dir_, "pdf");
  char src[128], cmd[1024];
  snprintf(src, sizeof src, "%s/roman.txt", dir_);
  snprintf(cmd, sizeof cmd, "(echo @roman; cat '%s/tests/formats/report_ja.txt') > '%s'",
           DG_TEST_SOURCE, src);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "'%s' '%s' '%s/roman.pdf' '%s/roman.md'", DG_TEST_MAKE_PDF, src,
           dir_, dir_);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(src, sizeof src, "%s/roman.pdf", dir_);
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load(&d, src, DG_FMT_AUTO, &err), DG_OK);
  ck_assert_int_eq(dg_source_prepare(&d, &err), DG_OK);
  ck_assert_uint_eq(d.npages, 2);
  ck_assert_ptr_null(strstr(d.raw, "\nii\n"));
  ck_assert_ptr_null(strstr(d.raw, "\ni\n"));
  dg_doc_destroy(&d);
}
END_TEST

/* A PDF of images only (a scan) is an error that says what is missing. */
START_TEST(test_scan_is_an_error) {
  size_t n;
  char *text;
  char *data = make("scan", &n, &text);
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(&d, "scan.pdf", data, n, DG_FMT_AUTO, &err), DG_OK);
  ck_assert_int_eq(dg_source_prepare(&d, &err), DG_EINPUT);
  ck_assert_msg(strstr(err.msg, "scan.pdf: no text in the PDF"), "%s", err.msg);
  dg_doc_destroy(&d);
  free(data);
  free(text);
}
END_TEST

/* Not a PDF after all: poppler's reason, with the file's name. */
START_TEST(test_broken_pdf) {
  const char *junk = "%PDF-1.7\nnot really a PDF\n";
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(&d, "broken.pdf", junk, strlen(junk), DG_FMT_AUTO, &err),
                   DG_OK);
  ck_assert_int_eq(dg_source_prepare(&d, &err), DG_EINPUT);
  ck_assert_msg(strstr(err.msg, "broken.pdf: not a readable PDF"), "%s", err.msg);
  dg_doc_destroy(&d);
}
END_TEST

static void teardown(void) {
  if (dir_[0]) tu_rmrf(dir_);
  dir_[0] = '\0';
}

static Suite *suite(void) {
  Suite *s = suite_create("pdf");
  TCase *tc = tcase_create("pdf");
  tcase_set_timeout(tc, 120);
  tcase_add_checked_fixture(tc, NULL, teardown);
  tcase_add_test(tc, test_same_entities);
  tcase_add_test(tc, test_furniture_and_ruby_dropped);
  tcase_add_test(tc, test_lines_joined);
  tcase_add_test(tc, test_columns_and_blocks);
  tcase_add_test(tc, test_pages_and_lines);
  tcase_add_test(tc, test_where_as_snprintf);
  tcase_add_test(tc, test_slides_boxes);
  tcase_add_test(tc, test_roman_page_numbers);
  tcase_add_test(tc, test_scan_is_an_error);
  tcase_add_test(tc, test_broken_pdf);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
