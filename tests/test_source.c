#define _GNU_SOURCE
/* Reading documents: the HTML and XML reader (text, structure, offsets back into the
 * file, no external entities), the plain-text structure parser and bad bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static dg_doc *load_file(const char *file) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", DG_TEST_FIXTURES, file);
  dg_doc *d = calloc(1, sizeof *d);
  dg_doc_init(d);
  dg_error err = {0};
  ck_assert_msg(dg_source_load(d, path, DG_FMT_AUTO, &err) == DG_OK, "%s", err.msg);
  ck_assert_msg(dg_source_prepare(d, &err) == DG_OK, "%s", err.msg);
  return d;
}

static void free_doc(dg_doc *d) {
  dg_doc_destroy(d);
  free(d);
}

/* Block whose text starts with `prefix`, or -1. */
static long block_starting(const dg_doc *d, const char *prefix) {
  for (size_t i = 0; i < d->nblocks; i++)
    if (!strncmp(d->text + d->blocks[i].start, prefix, strlen(prefix))) return (long)i;
  return -1;
}

START_TEST(test_html_text) {
  dg_doc *d = load_file("page.html");
  ck_assert_int_eq(d->format, DG_FMT_HTML);
  /* script, style, nav and comments are not text */
  ck_assert_ptr_null(strstr(d->text, "Australia"));
  ck_assert_ptr_null(strstr(d->text, "Myanmar"));
  ck_assert_ptr_null(strstr(d->text, "Brunei"));
  ck_assert_ptr_null(strstr(d->text, "Nauru"));
  ck_assert_ptr_null(strstr(d->text, "color"));
  /* entities decoded, NBSP folded to a space */
  ck_assert_ptr_nonnull(strstr(d->text, "Mekong & Japan"));
  long h = block_starting(d, "Mekong & Japan");
  ck_assert_int_ge(h, 0);
  ck_assert_int_eq(d->blocks[h].kind, DG_BLOCK_HEADING);
  ck_assert_int_eq(d->blocks[h].depth, 1);
  free_doc(d);
}
END_TEST

/* A page's publication date from its metadata (input/meta_date.c): rows that must give a
 * date and near misses that must not (another meta, a modified date, a bad day, not a
 * page). */
typedef struct {
  const char *head; /* inside <head>, or the document for the XML row */
  int y, m, d;      /* 0: no date */
} meta_row;

static const meta_row meta_rows[] = {
    {"<meta property=\"article:published_time\" content=\"2022-02-17T09:30:00+07:00\">", 2022, 2, 17},
    {"<meta name=\"DC.date.issued\" content=\"2019/11/04\">", 2019, 11, 4},
    {"<meta name=\"citation_publication_date\" content=\"2016.08.30\">", 2016, 8, 30},
    {"<meta itemprop=\"datePublished\" content=\"2023-09-05\">", 2023, 9, 5},
    /* the first publication date wins; a modified date before it is not one */
    {"<meta property=\"article:modified_time\" content=\"2024-05-01\">"
     "<meta name=\"pubdate\" content=\"2018-12-19\"><meta name=\"date\" content=\"2017-01-02\">",
     2018, 12, 19},
    {"<meta property=\"article:modified_time\" content=\"2024-05-01\">", 0, 0, 0},
    {"<meta name=\"description\" content=\"2024-05-01 summit\">", 0, 0, 0},
    {"<meta name=\"date\" content=\"2023-02-29\">", 0, 0, 0},
    {"<meta name=\"date\" content=\"2023-02-28 or later\">", 0, 0, 0},
    {"<meta name=\"date\" content=\"17 February 2022\">", 0, 0, 0},
};

START_TEST(test_meta_date) {
  const meta_row *r = &meta_rows[_i];
  char page[1024];
  snprintf(page, sizeof page, "<html><head>%s<title>T</title></head><body><p>Text.</p></body></html>",
           r->head);
  dg_doc *d = load("meta.html", page);
  ck_assert_msg(d->issued.year == r->y && d->issued.month == r->m && d->issued.day == r->d,
                "%s: got %d-%d-%d", r->head, d->issued.year, d->issued.month, d->issued.day);
  free_doc(d);
}
END_TEST

START_TEST(test_html_structure) {
  dg_doc *d = load_file("page.html");
  long laos = block_starting(d, "Laos");
  long viet = block_starting(d, "Viet Nam");
  long delta = block_starting(d, "Mekong Delta");
  ck_assert_int_ge(laos, 0);
  ck_assert_int_ge(viet, 0);
  ck_assert_int_ge(delta, 0);
  ck_assert_int_eq(d->blocks[laos].kind, DG_BLOCK_LIST_ITEM);
  ck_assert_int_eq(d->blocks[laos].depth, 0);
  ck_assert_int_eq(d->blocks[delta].depth, 1);
  ck_assert_int_eq(d->blocks[delta].parent, viet);
  /* the table: a header row and a data row with three cells each */
  long row = block_starting(d, "2025-07-10");
  ck_assert_int_ge(row, 0);
  ck_assert_int_eq(d->blocks[row].kind, DG_BLOCK_TABLE_ROW);
  ck_assert_uint_eq(d->blocks[row].ncells, 3);
  const dg_span *c = &d->cells[d->blocks[row].cell0 + 1];
  ck_assert_int_eq((int)(c->end - c->start), (int)strlen("Kuala Lumpur"));
  ck_assert_int_eq(strncmp(d->text + c->start, "Kuala Lumpur", c->end - c->start), 0);
  /* <br> breaks a line but keeps the paragraph */
  long p = block_starting(d, "Japan and Cambodia");
  ck_assert_int_ge(p, 0);
  ck_assert_int_eq(d->blocks[p].kind, DG_BLOCK_PARAGRAPH);
  ck_assert_ptr_nonnull(memmem(d->text + d->blocks[p].start, d->blocks[p].end - d->blocks[p].start,
                               "Thailand", 8));
  free_doc(d);
}
END_TEST

/* Every extracted word maps back to the same bytes of the HTML file. */
START_TEST(test_html_offsets) {
  dg_doc *d = load_file("page.html");
  const char *words[] = {"Cambodia", "Phnom Penh", "Thailand", "Kuala Lumpur", "Laos"};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
    const char *w = strstr(d->text, words[k]);
    ck_assert_ptr_nonnull(w);
    uint32_t off = (uint32_t)(w - d->text);
    uint32_t a = dg_doc_raw_offset(d, off), z = dg_doc_raw_end(d, off, off + (uint32_t)strlen(words[k]));
    ck_assert_uint_eq(z - a, strlen(words[k]));
    ck_assert_int_eq(memcmp(d->raw + a, words[k], strlen(words[k])), 0);
  }
  /* the line of the table row in the file */
  const char *w = strstr(d->text, "Kuala Lumpur");
  uint32_t line, col;
  dg_doc_line_col(d, dg_doc_raw_offset(d, (uint32_t)(w - d->text)), &line, &col);
  ck_assert_uint_eq(line, 21);
  free_doc(d);
}
END_TEST

START_TEST(test_xml_no_external_entities) {
  dg_doc *d = load_file("xxe.xml");
  ck_assert_int_eq(d->format, DG_FMT_XML);
  char *host = tu_slurp("/etc/hostname");
  if (host && strlen(host) > 3) {
    host[strcspn(host, "\n")] = '\0';
    ck_assert_msg(strstr(d->text, host) == NULL, "external entity was loaded");
  }
  free(host);
  /* internal entities are expanded */
  ck_assert_ptr_nonnull(strstr(d->text, "Japan International Cooperation Agency supports Viet Nam"));
  ck_assert_int_ge(block_starting(d, "Report on Viet Nam"), 0);
  free_doc(d);
}
END_TEST

START_TEST(test_bad_utf8) {
  dg_doc *d = load_file("bad_utf8.txt");
  ck_assert_uint_ge(d->diags.n, 1);
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[0], "bad_utf8.txt:1:"));
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[0], "invalid UTF-8"));
  ck_assert_ptr_nonnull(strstr(d->text, "\xEF\xBF\xBD"));
  ck_assert_ptr_nonnull(strstr(d->text, "インドネシア"));
  free_doc(d);
}
END_TEST

typedef struct {
  const char *line;
  dg_block_kind kind;
  int depth;
  const char *content; /* the block's text */
} line_row;

static const line_row line_rows[] = {
    {"# Title", DG_BLOCK_HEADING, 1, "Title"},
    {"### Sub", DG_BLOCK_HEADING, 3, "Sub"},
    {"【概要】", DG_BLOCK_HEADING, 3, "【概要】"},
    {"- item", DG_BLOCK_LIST_ITEM, 0, "item"},
    {"・項目", DG_BLOCK_LIST_ITEM, 0, "項目"},
    {"● 岸田総理から発表", DG_BLOCK_LIST_ITEM, 0, "岸田総理から発表"},
    {"- ✓ 青年交流", DG_BLOCK_LIST_ITEM, 0, "青年交流"},
    {"① 世代を超えた", DG_BLOCK_LIST_ITEM, 0, "世代を超えた"},
    {"(1) 日ASEAN", DG_BLOCK_LIST_ITEM, 0, "日ASEAN"},
    {"1. First", DG_BLOCK_LIST_ITEM, 0, "First"},
    {"2024年の成果", DG_BLOCK_PARAGRAPH, 0, "2024年の成果"},
    {"3.5 percent growth", DG_BLOCK_PARAGRAPH, 0, "3.5 percent growth"},
    {"日程\t場所\t会議名", DG_BLOCK_TABLE_ROW, 0, "日程\t場所\t会議名"},
    {"| a | b |", DG_BLOCK_TABLE_ROW, 0, "| a | b |"},
    {"普通の文章です。", DG_BLOCK_PARAGRAPH, 0, "普通の文章です。"},
};

START_TEST(test_line_kinds) {
  const line_row *r = &line_rows[_i];
  dg_doc *d = load("t.txt", r->line);
  ck_assert_uint_eq(d->nblocks, 1);
  ck_assert_msg(d->blocks[0].kind == r->kind, "%s: kind %d, expected %d", r->line,
                d->blocks[0].kind, r->kind);
  ck_assert_int_eq(d->blocks[0].depth, r->depth);
  ck_assert_int_eq((int)(d->blocks[0].end - d->blocks[0].start), (int)strlen(r->content));
  ck_assert_int_eq(strncmp(d->text + d->blocks[0].start, r->content, strlen(r->content)), 0);
  free_doc(d);
}
END_TEST

START_TEST(test_structure_parents) {
  dg_doc *d = load("t.md",
                   "# Head\n\nLead line:\n- one\n  - one.a\n- two\n\nNext paragraph\ncontinues here.\n"
                   "\n日程\t場所\n2月10日\tフィリピン\n");
  long head = block_starting(d, "Head"), lead = block_starting(d, "Lead line");
  long one = block_starting(d, "one"), onea = block_starting(d, "one.a");
  long two = block_starting(d, "two"), next = block_starting(d, "Next paragraph");
  long row = block_starting(d, "2月10日");
  ck_assert_int_eq(d->blocks[lead].parent, head);
  ck_assert_int_eq(d->blocks[one].parent, lead);
  ck_assert_int_eq(d->blocks[onea].parent, one);
  ck_assert_int_eq(d->blocks[onea].depth, 1);
  ck_assert_int_eq(d->blocks[two].parent, lead);
  /* paragraph lines join */
  ck_assert_ptr_nonnull(memmem(d->text + d->blocks[next].start,
                               d->blocks[next].end - d->blocks[next].start, "continues", 9));
  ck_assert_int_eq(d->blocks[row].kind, DG_BLOCK_TABLE_ROW);
  ck_assert_uint_eq(d->blocks[row].ncells, 2);
  free_doc(d);
}
END_TEST

/* A hard-wrapped item continues on the next line when its sentence is not finished. */
START_TEST(test_wrapped_item) {
  dg_doc *d = load("t.txt", "・ASEAN関連施設からの研\n修員の受入れ\n・次の項目。\n次の段落\n");
  ck_assert_uint_eq(d->nblocks, 3);
  ck_assert_int_eq(d->blocks[0].kind, DG_BLOCK_LIST_ITEM);
  ck_assert_ptr_nonnull(memmem(d->text + d->blocks[0].start, d->blocks[0].end - d->blocks[0].start,
                               "修員", strlen("修員")));
  ck_assert_int_eq(d->blocks[2].kind, DG_BLOCK_PARAGRAPH);
  free_doc(d);
}
END_TEST

START_TEST(test_sniff) {
  ck_assert_int_eq(dg_format_from_path("a/b.HTM"), DG_FMT_HTML);
  ck_assert_int_eq(dg_format_from_path("a.md"), DG_FMT_MARKDOWN);
  ck_assert_int_eq(dg_format_from_path("a.xml"), DG_FMT_XML);
  ck_assert_int_eq(dg_format_from_path("a.dir/b"), DG_FMT_AUTO);
  ck_assert_int_eq(dg_format_sniff("  <html>", 8), DG_FMT_HTML);
  ck_assert_int_eq(dg_format_sniff("<?xml version=\"1.0\"?><doc/>", 27), DG_FMT_XML);
  ck_assert_int_eq(dg_format_sniff("plain", 5), DG_FMT_TEXT);
}
END_TEST

/* Formats by their bytes first, then by extension; what docgraph does not read, named. */
#define B(s) s, sizeof s - 1
static const struct {
  const char *name, *bytes;
  size_t n;
  dg_format format; /* DG_FMT_AUTO: an error */
  const char *says;  /* in the error */
} formats[] = {
    {"report.pdf", B("%PDF-1.7\n"), DG_FMT_PDF, NULL},
    {"report.bin", B("%PDF-1.4\n"), DG_FMT_PDF, NULL}, /* the bytes say PDF */
    {"fake.pdf", B("hello"), DG_FMT_AUTO, "not a PDF file"},
    {"scan.png", B("\x89PNG\r\n\x1a\n"), DG_FMT_AUTO, "unsupported format (PNG image)"},
    {"photo.txt", B("\xFF\xD8\xFF\xE0"), DG_FMT_AUTO, "(JPEG image)"},
    {"old.doc", B("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), DG_FMT_AUTO, "old binary Office"},
    {"sheet.xls", B("ID;P"), DG_FMT_AUTO, "(Excel spreadsheet); supported: .txt .md"},
    {"blob.dat", B("a\0b\0\0c"), DG_FMT_AUTO, "(binary data)"},
    {"notes", B("ASEAN and Japan"), DG_FMT_TEXT, NULL}, /* text by any other name */
    {"page.log", B("<html><p>x</p></html>"), DG_FMT_HTML, NULL},
    {"u16.txt", B("\xFF\xFE" "A\0"), DG_FMT_TEXT, NULL}, /* NULs of UTF-16 are no binary */
    {"a.docx", B("PK\3\4....word/document.xml"), DG_FMT_DOCX, NULL},
    {"a.odt", B("PK\3\4....mimetypeapplication/vnd.oasis.opendocument.text"), DG_FMT_ODT, NULL},
    {"a.pptx", B("PK\3\4....ppt/presentation.xml"), DG_FMT_AUTO, "PowerPoint presentation"},
    {"a.zip", B("PK\3\4....other"), DG_FMT_AUTO, "(ZIP archive)"},
};

START_TEST(test_formats) {
  dg_doc d;
  dg_doc_init(&d);
  dg_error err = {0};
  dg_err r = dg_source_load_mem(&d, formats[_i].name, formats[_i].bytes, formats[_i].n,
                                DG_FMT_AUTO, &err);
  if (formats[_i].format != DG_FMT_AUTO) {
    ck_assert_msg(r == DG_OK, "%s: %s", formats[_i].name, err.msg);
    ck_assert_int_eq(d.format, formats[_i].format);
  } else {
    ck_assert_int_eq(r, DG_EINPUT);
    ck_assert_msg(strstr(err.msg, formats[_i].says) && !strncmp(err.msg, formats[_i].name,
                                                                strlen(formats[_i].name)),
                  "%s", err.msg);
  }
  dg_doc_destroy(&d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("source");
  TCase *tc = tcase_create("source");
  tcase_add_test(tc, test_html_text);
  tcase_add_test(tc, test_html_structure);
  tcase_add_loop_test(tc, test_meta_date, 0, (int)(sizeof meta_rows / sizeof *meta_rows));
  tcase_add_test(tc, test_html_offsets);
  tcase_add_test(tc, test_xml_no_external_entities);
  tcase_add_test(tc, test_bad_utf8);
  tcase_add_loop_test(tc, test_line_kinds, 0, (int)(sizeof line_rows / sizeof *line_rows));
  tcase_add_test(tc, test_structure_parents);
  tcase_add_test(tc, test_wrapped_item);
  tcase_add_test(tc, test_sniff);
  tcase_add_loop_test(tc, test_formats, 0, (int)(sizeof formats / sizeof *formats));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
