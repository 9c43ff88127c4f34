/* Structure of plain text and Markdown: the kind of each line (input/lines.h, one rule a
 * row), and the blocks dg_structure_parse makes of the lines: heading levels and parents,
 * list item depth and parent, lead lines, table rows and their cells, continued lines. */
#include <stdlib.h>
#include <string.h>

#include "docgraph/source.h"
#include "docgraph/structure.h"
#include "input/lines.h"
#include "testutil.h"

typedef struct {
  const char *line;
  dg_line_kind kind;
  int level;           /* headings */
  int indent;
  const char *content; /* from cstart to end */
} line_row;

static const line_row line_rows[] = {
    {"", DG_LINE_BLANK, 0, 0, ""},
    {"   \t", DG_LINE_BLANK, 0, 7, ""},
    {"# 概要", DG_LINE_HEADING, 1, 0, "概要"},
    {"###   Sub", DG_LINE_HEADING, 3, 0, "Sub"},
    {"###### Six", DG_LINE_HEADING, 6, 0, "Six"},
    {"####### Seven", DG_LINE_TEXT, 0, 0, "####### Seven"},
    {"#hashtag", DG_LINE_TEXT, 0, 0, "#hashtag"},
    {"【開催概要】", DG_LINE_HEADING, 3, 0, "【開催概要】"},
    {"【注】本文", DG_LINE_TEXT, 0, 0, "【注】本文"},
    {"日程\t場所", DG_LINE_TABLE, 0, 0, "日程\t場所"},
    {"| 日程 | 場所 |", DG_LINE_TABLE, 0, 0, "| 日程 | 場所 |"},
    {"||", DG_LINE_TEXT, 0, 0, "||"},
    {"- item", DG_LINE_ITEM, 0, 0, "item"},
    {"* item", DG_LINE_ITEM, 0, 0, "item"},
    {"+ item", DG_LINE_ITEM, 0, 0, "item"},
    {"-item", DG_LINE_TEXT, 0, 0, "-item"},
    {"  - 字下げ", DG_LINE_ITEM, 0, 2, "字下げ"},
    {"\t- tab", DG_LINE_ITEM, 0, 4, "tab"},
    {"・防災協力", DG_LINE_ITEM, 0, 0, "防災協力"},
    {"●  人材育成", DG_LINE_ITEM, 0, 0, "人材育成"},
    {"➤次世代交流", DG_LINE_ITEM, 0, 0, "次世代交流"},
    {"- ✓ 若手交流", DG_LINE_ITEM, 0, 0, "若手交流"},
    {"● ➤ 二重の記号", DG_LINE_ITEM, 0, 0, "二重の記号"},
    {"② 連結性", DG_LINE_ITEM, 0, 0, "連結性"},
    {"1. First", DG_LINE_ITEM, 0, 0, "First"},
    {"12) Twelfth", DG_LINE_ITEM, 0, 0, "Twelfth"},
    {"(3) 三番目", DG_LINE_ITEM, 0, 0, "三番目"},
    {"(b) second", DG_LINE_ITEM, 0, 0, "second"},
    {"(イ) 二つ目", DG_LINE_ITEM, 0, 0, "二つ目"},
    {"a. first", DG_LINE_ITEM, 0, 0, "first"},
    {"c) third", DG_LINE_ITEM, 0, 0, "third"},
    {"iv. fourth", DG_LINE_ITEM, 0, 0, "fourth"},
    {"ab. not a marker", DG_LINE_TEXT, 0, 0, "ab. not a marker"},
    {"A. Smith said so", DG_LINE_TEXT, 0, 0, "A. Smith said so"},
    {"i.e. not a marker", DG_LINE_TEXT, 0, 0, "i.e. not a marker"},
    {"(2024年) 記録", DG_LINE_TEXT, 0, 0, "(2024年) 記録"},
    {"2025. The year", DG_LINE_TEXT, 0, 0, "2025. The year"},
    {"3.5 percent", DG_LINE_TEXT, 0, 0, "3.5 percent"},
    {"普通の文です。  ", DG_LINE_TEXT, 0, 0, "普通の文です。"},
};

START_TEST(test_line_kind) {
  const line_row *r = &line_rows[_i];
  dg_line ln = {.start = 0, .end = (uint32_t)strlen(r->line)};
  dg_line_classify(r->line, strlen(r->line), &ln);
  ck_assert_msg(ln.kind == r->kind, "\"%s\": kind %d, expected %d", r->line, ln.kind, r->kind);
  if (r->kind == DG_LINE_HEADING) ck_assert_int_eq(ln.level, r->level);
  ck_assert_int_eq(ln.indent, r->indent);
  ck_assert_int_eq((int)(ln.end - ln.cstart), (int)strlen(r->content));
  ck_assert_int_eq(strncmp(r->line + ln.cstart, r->content, ln.end - ln.cstart), 0);
}
END_TEST

START_TEST(test_ends_sentence) {
  static const struct {
    const char *text;
    int ends;
  } rows[] = {{"会合を開催した。", 1}, {"Done.", 1}, {"Really?", 1}, {"次の通り：", 1},
              {"Note:", 1},           {"", 1},      {"研修員の受", 0}, {"Mekong", 0}};
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
    ck_assert_msg(dg_line_ends_sentence(rows[i].text, 0, (uint32_t)strlen(rows[i].text)) ==
                      rows[i].ends,
                  "%s", rows[i].text);
}
END_TEST

/* The expected blocks of a document: kind, depth, parent and the start of their text. */
typedef struct {
  dg_block_kind kind;
  int depth;
  int parent;
  const char *text;
} block_want;

typedef struct {
  const char *rule;
  const char *doc;
  size_t n;
  block_want b[7];
} doc_row;

#define P DG_BLOCK_PARAGRAPH
#define H DG_BLOCK_HEADING
#define I DG_BLOCK_LIST_ITEM
#define R DG_BLOCK_TABLE_ROW

static const doc_row doc_rows[] = {
    {"a heading hangs under the nearest heading of a higher level",
     "# A\n## B\n### C\n## D\n#### E\n", 5,
     {{H, 1, -1, "A"}, {H, 2, 0, "B"}, {H, 3, 1, "C"}, {H, 2, 0, "D"}, {H, 4, 3, "E"}}},
    {"a paragraph hangs under the last heading", "# 概要\n\n本文です。\n", 2,
     {{H, 1, -1, "概要"}, {P, 0, 0, "本文です。"}}},
    {"list depth by indentation; an item hangs under the item one level up",
     "方針:\n- a\n  - b\n    - c\n  - d\n- e\n", 6,
     {{P, 0, -1, "方針:"}, {I, 0, 0, "a"}, {I, 1, 1, "b"}, {I, 2, 2, "c"}, {I, 1, 1, "d"},
      {I, 0, 0, "e"}}},
    {"a lead line stays the lead across a blank line", "協力の柱\n\n- 人材\n- 防災\n", 3,
     {{P, 0, -1, "協力の柱"}, {I, 0, 0, "人材"}, {I, 0, 0, "防災"}}},
    {"without a lead line, items hang under the heading", "## 成果\n- 合意\n", 2,
     {{H, 2, -1, "成果"}, {I, 0, 0, "合意"}}},
    {"a heading ends a list", "- a\n# H\n- b\n", 3, {{I, 0, -1, "a"}, {H, 1, -1, "H"}, {I, 0, 1, "b"}}},
    {"paragraph lines join until a blank line", "一行目\n二行目\n\n次の段落\n", 2,
     {{P, 0, -1, "一行目\n二行目"}, {P, 0, -1, "次の段落"}}},
    {"an item continues while its sentence is open, or when the next line is indented",
     "・研修員の受\n入れ\n- Done.\n  more\n- Done.\nNext paragraph\n", 4,
     {{I, 0, -1, "研修員の受\n入れ"}, {I, 0, -1, "Done.\n  more"}, {I, 0, -1, "Done."},
      {P, 0, -1, "Next paragraph"}}},
    {"a paragraph after a short bullet title hangs under it", "# 計画\n\n➤ 交流計画\n\n若手の交流を進める。\n", 3,
     {{H, 1, -1, "計画"}, {I, 0, 0, "交流計画"}, {P, 0, 1, "若手の交流を進める。"}}},
    {"...nor after a long one (over 120 bytes)",
     "# 計画\n\n➤ 東南アジア諸国との人的交流を長期にわたり幅広い分野で着実に進めるための包括的な枠組み\n\n説明。\n", 3,
     {{H, 1, -1, "計画"}, {I, 0, 0, "東南アジア"}, {P, 0, 0, "説明。"}}},
    {"...nor after an item that ends its sentence", "# 計画\n\n- 交流を進める。\n\n説明。\n", 3,
     {{H, 1, -1, "計画"}, {I, 0, 0, "交流を進める。"}, {P, 0, 0, "説明。"}}},
    {"a table row hangs under the lead line, else the heading",
     "# 日程\n\n会合の一覧\n日付\t場所\n\n# 別表\n\n1月\tハノイ\n", 5,
     {{H, 1, -1, "日程"}, {P, 0, 0, "会合の一覧"}, {R, 0, 1, "日付"}, {H, 1, -1, "別表"},
      {R, 0, 3, "1月"}}},
    {"bare numbered lines are items, each its own block, under the line before",
     "沿革の概要\n1 2001年：基金を創設\n2 2010年：制度を改正\n3 2020年：対象を拡大\n", 4,
     {{P, 0, -1, "沿革の概要"}, {I, 0, 0, "2001年"}, {I, 0, 0, "2010年"}, {I, 0, 0, "2020年"}}},
    {"lines that open with a year and end no sentence are a chronology's items, each a block",
     "沿革\n1997年1月 第1回会合 於:東京\n2000年4月 第2回会合 於:宮崎\n", 3,
     {{P, 0, -1, "沿革"}, {I, 0, 0, "1997年1月"}, {I, 0, 0, "2000年4月"}}},
    {"...not one such line alone, nor lines that end their sentences",
     "概要を示す。\n1997年1月 第1回会合\n次の行\n\n2001年に創設した。\n2010年に改正した。\n", 2,
     {{P, 0, -1, "概要を示す。\n1997年1月"}, {P, 0, -1, "2001年に創設した。\n2010年"}}},
    {"...a 1 without a 2 after it is text, and a number out of sequence continues",
     "1 件の報告\n次の行\n\n3 Results follow\n", 2,
     {{P, 0, -1, "1 件の報告\n次の行"}, {P, 0, -1, "3 Results"}}},
    {"...a run may skip blank lines; a marked item list is unchanged",
     "1 First item\n\n2 Second item\n- 3 dashes\n", 3,
     {{I, 0, -1, "First"}, {I, 0, -1, "Second"}, {I, 0, -1, "3 dashes"}}},
    {"at the head of a text, a short line that ends no sentence is a paragraph of its own",
     "Joint Statement of the Fifth Ministerial Meeting\nTokyo, 3 May 2024\nThe ministers of the "
     "five countries met in Tokyo on 3 May 2024 and agreed on a plan of cooperation for the "
     "coming years.\nThey will meet again next year in Hanoi to review the progress of the plan.\n",
     3, {{P, 0, -1, "Joint Statement"}, {P, 0, -1, "Tokyo, 3 May"}, {P, 0, -1, "The ministers"}}},
    {"...and a list after a title and its dateline hangs under the title",
     "Joint Statement of the Fifth Ministerial Meeting\nTokyo, 3 May 2024\n\n1. The ministers met "
     "in Tokyo.\n2. They agreed on a plan.\nThe plan covers trade, energy and disaster risk "
     "reduction across the whole region for five years.\n",
     5, {{P, 0, -1, "Joint Statement"}, {P, 0, -1, "Tokyo, 3 May"}, {I, 0, 0, "The ministers"},
         {I, 0, 0, "They agreed"}, {P, 0, -1, "The plan"}}},
    {"...a hard-wrapped opening sentence still joins (its lines fill the width)",
     "The ministers of the five countries met in Tokyo\non 3 May 2024 and agreed on a plan of "
     "cooperation\nfor the coming years, with a review in Hanoi.\n",
     1, {{P, 0, -1, "The ministers"}}},
    {"...and further down a short label line joins what follows it",
     "The ministers met in Tokyo.\n\nCountries expected to attend\nFiji, Samoa, Tonga and Vanuatu, "
     "with observers from Australia and New Zealand as in earlier years\n",
     2, {{P, 0, -1, "The ministers"}, {P, 0, -1, "Countries expected to attend\nFiji"}}},
    {"in text with no indentation, another marker under an item ending with a colon is a "
     "sublist; the first marker's shape goes back to the first depth",
     "4. The Leaders adopted the following:\na. the Plan;\nb. the Statement.\n5. Next.\n", 4,
     {{I, 0, -1, "The Leaders"}, {I, 1, 0, "the Plan"}, {I, 1, 0, "the Statement"},
      {I, 0, -1, "Next"}}},
    {"...not under an item that ends no colon, nor the same marker shape",
     "4. The Leaders met.\n- the Plan\n5. Adopted:\n6. Next.\n", 4,
     {{I, 0, -1, "The Leaders"}, {I, 0, -1, "the Plan"}, {I, 0, -1, "Adopted"},
      {I, 0, -1, "Next"}}},
    {"a pipe table: the separator row is dropped", "| 日程 | 場所 |\n|---|:--|\n| 1月 | ハノイ |\n", 2,
     {{R, 0, -1, "| 日程"}, {R, 0, -1, "| 1月"}}},
};

static dg_doc *load(const char *text) {
  dg_doc *d = calloc(1, sizeof *d);
  dg_doc_init(d);
  dg_error err = {0};
  ck_assert_int_eq(dg_source_load_mem(d, "t.md", text, strlen(text), DG_FMT_AUTO, &err), DG_OK);
  ck_assert_msg(dg_source_prepare(d, &err) == DG_OK, "%s", err.msg);
  return d;
}

START_TEST(test_blocks) {
  const doc_row *r = &doc_rows[_i];
  dg_doc *d = load(r->doc);
  ck_assert_msg(d->nblocks == r->n, "%s: %zu blocks, expected %zu", r->rule, d->nblocks, r->n);
  for (size_t k = 0; k < r->n; k++) {
    const dg_block *b = &d->blocks[k];
    const block_want *w = &r->b[k];
    size_t wl = strlen(w->text);
    ck_assert_msg(b->kind == w->kind && b->depth == w->depth && b->parent == w->parent,
                  "%s: block %zu \"%.*s\": kind %d depth %d parent %d, expected %d %d %d", r->rule,
                  k, (int)(b->end - b->start), d->text + b->start, b->kind, b->depth, b->parent,
                  w->kind, w->depth, w->parent);
    ck_assert_msg(b->end - b->start >= wl && !strncmp(d->text + b->start, w->text, wl),
                  "%s: block %zu is \"%.*s\"", r->rule, k, (int)(b->end - b->start),
                  d->text + b->start);
  }
  dg_doc_destroy(d);
  free(d);
}
END_TEST

/* The cells of a table row: split at tabs or pipes, trimmed, empty cells kept. */
static const struct {
  const char *doc;
  size_t n;
  const char *cell[4];
} cell_rows[] = {
    {"3月5日\tベトナム\t日メコン農業大臣会合\n", 3, {"3月5日", "ベトナム", "日メコン農業大臣会合"}},
    {"a \t  b\t\tc\n", 4, {"a", "b", "", "c"}},
    {"| 1月 |  ハノイ | 会合 |\n", 3, {"1月", "ハノイ", "会合"}},
    {"|a||b|\n", 3, {"a", "", "b"}},
};

START_TEST(test_cells) {
  dg_doc *d = load(cell_rows[_i].doc);
  ck_assert_uint_eq(d->nblocks, 1);
  const dg_block *b = &d->blocks[0];
  ck_assert_int_eq(b->kind, DG_BLOCK_TABLE_ROW);
  ck_assert_uint_eq(b->ncells, cell_rows[_i].n);
  for (uint32_t k = 0; k < b->ncells; k++) {
    const dg_span *c = &d->cells[b->cell0 + k];
    const char *w = cell_rows[_i].cell[k];
    ck_assert_int_eq((int)(c->end - c->start), (int)strlen(w));
    ck_assert_int_eq(strncmp(d->text + c->start, w, strlen(w)), 0);
  }
  dg_doc_destroy(d);
  free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("structure");
  TCase *tc = tcase_create("structure");
  tcase_add_loop_test(tc, test_line_kind, 0, (int)(sizeof line_rows / sizeof *line_rows));
  tcase_add_test(tc, test_ends_sentence);
  tcase_add_loop_test(tc, test_blocks, 0, (int)(sizeof doc_rows / sizeof *doc_rows));
  tcase_add_loop_test(tc, test_cells, 0, (int)(sizeof cell_rows / sizeof *cell_rows));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
