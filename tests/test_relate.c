/* Relations: each kind from the sentences that state it, ties from document structure
 * (list items under a lead line, table rows in plain text and HTML), co-occurrence units by
 * scope, and the evidence of an entity or a pair. Rows name relations by the labels or ids
 * of their two ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/evidence.h"
#include "docgraph/relate.h"
#include "docgraph/source.h"
#include "testutil.h"

/* Is there a relation of this kind from a mention of `from` to a mention of `to`? */
static int has_rel(const dg_doc *d, dg_rel_kind k, const char *from, const char *to) {
  for (size_t i = 0; i < d->nrels; i++) {
    const dg_relation *r = &d->rels[i];
    if (r->kind == k && dg_mention_is(&d->ments[r->from], from) && dg_mention_is(&d->ments[r->to], to))
      return 1;
  }
  return 0;
}

static const char *dump_rels(const dg_doc *d, char *buf, size_t n) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < d->nrels && o + 1 < n; i++) {
    const dg_relation *r = &d->rels[i];
    int w = snprintf(buf + o, n - o, "%s(%s -> %s) ", dg_rel_kind_name(r->kind),
                     d->ments[r->from].label, d->ments[r->to].label);
    if (w < 0) break;
    o += (size_t)w;
  }
  return buf;
}

typedef struct {
  const char *text;
  dg_rel_kind kind;
  const char *from, *to; /* must be there */
  int absent;            /* 1: must NOT be there */
} row;

static const row rows[] = {
    /* held_in, held_on */
    {"令和6年1月30日、東京において第13回日ASEAN防衛当局次官級会合を開催しました。", DG_REL_HELD_IN,
     "meeting:asean-japan-defense-vice-ministers:13", "place:tokyo", 0},
    {"令和6年1月30日、東京において第13回日ASEAN防衛当局次官級会合を開催しました。", DG_REL_HELD_ON,
     "meeting:asean-japan-defense-vice-ministers:13", "date:2024-01-30", 0},
    {"The 16th Mekong-Japan Foreign Ministers' Meeting was held in Vientiane on 10 July 2025.",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:16", "place:vientiane", 0},
    {"The 16th Mekong-Japan Foreign Ministers' Meeting was held in Vientiane on 10 July 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:16", "date:2025-07-10", 0},
    /* a date goes to the meeting it introduces, not to the one the sentence is about */
    {"本会合では、令和5年11月にインドネシアで開催された第8回日ASEAN防衛担当大臣会合の成果を確認した。",
     DG_REL_HELD_ON, "meeting:asean-japan-defense-ministers:8", "date:2023-11", 0},
    {"本会合では、令和5年11月にインドネシアで開催された第8回日ASEAN防衛担当大臣会合の成果を確認した。",
     DG_REL_HELD_IN, "meeting:asean-japan-defense-ministers:8", "country:IDN", 0},
    /* a meeting's parenthesis */
    {"第27回日ASEAN首脳会議（2024年10月10日、ビエンチャン）", DG_REL_HELD_ON,
     "meeting:asean-japan-summit:27", "date:2024-10-10", 0},
    {"第27回日ASEAN首脳会議（2024年10月10日、ビエンチャン）", DG_REL_HELD_IN,
     "meeting:asean-japan-summit:27", "place:vientiane", 0},
    /* participates_in, chaired_by */
    {"第3回日メコン防災対話には、タイ、ラオス及びベトナムが参加した。", DG_REL_PARTICIPATES_IN,
     "country:LAO", "第3回日メコン防災対話", 0},
    {"第3回日メコン防災対話は、上川外務大臣の議長の下、タイのスレッタ首相が出席した。",
     DG_REL_CHAIRED_BY, "第3回日メコン防災対話", "上川", 0},
    {"The Second ASEAN-Japan Maritime Dialogue, chaired by Minister Tanaka Ichiro, was attended by Viet Nam.",
     DG_REL_PARTICIPATES_IN, "country:VNM", "Second ASEAN-Japan Maritime Dialogue", 0},
    /* announced_at, adopted_at */
    {"第8回日ASEAN防衛担当大臣会合において、木原防衛大臣が「防衛協力強化のための日ASEAN大臣イニシアティブ」を提示した。",
     DG_REL_ANNOUNCED_AT, "program:jasmine", "meeting:asean-japan-defense-ministers:8", 0},
    {"第5回日メコン外相会議において「メコン連結性行動計画」が採択された。", DG_REL_ADOPTED_AT,
     "メコン連結性行動計画", "第5回日メコン外相会議", 0},
    /* amount */
    {"日本は日・ASEAN統合基金（JAIF）に1億ドルを拠出した。", DG_REL_AMOUNT, "program:jaif",
     "amount:USD:100000000", 0},
    /* no held_in from a meeting named before において (the place of an act, not a venue) */
    {"第8回日ASEAN防衛担当大臣会合において、木原防衛大臣が構想を示した。", DG_REL_HELD_IN,
     "meeting:asean-japan-defense-ministers:8", "meeting:asean-japan-defense-ministers:8", 1},
};

START_TEST(test_kind) {
  const row *r = &rows[_i];
  dg_doc *d = tu_doc("t.txt", r->text);
  char buf[4096], dump[4096];
  int has = has_rel(d, r->kind, r->from, r->to);
  ck_assert_msg(r->absent ? !has : has, "\"%s\": %s(%s -> %s) %s; relations: %s; mentions: %s",
                r->text, dg_rel_kind_name(r->kind), r->from, r->to, r->absent ? "found" : "missing",
                dump_rels(d, buf, sizeof buf), tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* A sentence about a meeting that names none speaks of the document's meeting. */
START_TEST(test_main_meeting) {
  dg_doc *d = tu_doc("t.txt", "第2回日メコン防災閣僚会合の結果\n\n議長は佐藤防衛審議官が務め、ASEAN事務局がオブザーバーとして参加した。");
  char buf[4096];
  ck_assert_msg(has_rel(d, DG_REL_CHAIRED_BY, "第2回日メコン防災閣僚会合", "佐藤"), "%s",
                dump_rels(d, buf, sizeof buf));
  ck_assert_msg(has_rel(d, DG_REL_PARTICIPATES_IN, "org:asean-secretariat", "第2回日メコン防災閣僚会合"),
                "%s", dump_rels(d, buf, sizeof buf));
  tu_doc_free(d);
}
END_TEST

/* Items under a lead line are tied to its names; a paragraph under a bullet title prices
 * that title's program. */
START_TEST(test_structure_list) {
  dg_doc *d = tu_doc("t.md",
                     "JAIFへの1億ドルの拠出 (2023年3月)\n"
                     "- ASEAN事務局職員の育成\n"
                     "- 東ティモールの新規参加\n\n"
                     "➤ 日ASEAN次世代交流パートナーシップ\n\n"
                     "若手の人的交流を進める包括的な交流プログラム（400億円）\n");
  char buf[8192];
  ck_assert_msg(has_rel(d, DG_REL_CO_OCCURS, "program:jaif", "country:TLS"), "%s",
                dump_rels(d, buf, sizeof buf));
  ck_assert_msg(has_rel(d, DG_REL_CO_OCCURS, "program:jaif", "org:asean-secretariat"), "%s",
                dump_rels(d, buf, sizeof buf));
  ck_assert_msg(has_rel(d, DG_REL_AMOUNT, "日ASEAN次世代交流パートナーシップ", "amount:JPY:40000000000"),
                "%s", dump_rels(d, buf, sizeof buf));
  tu_doc_free(d);
}
END_TEST

static void check_table(dg_doc *d) {
  char buf[8192], dump[8192];
  ck_assert_msg(has_rel(d, DG_REL_HELD_ON, "日ASEANデジタル大臣会合", "date:2023-02-10"), "%s | %s",
                dump_rels(d, buf, sizeof buf), tu_dump(d, dump, sizeof dump));
  ck_assert_msg(has_rel(d, DG_REL_HELD_IN, "日ASEANデジタル大臣会合", "country:PHL"), "%s",
                dump_rels(d, buf, sizeof buf));
  ck_assert_msg(has_rel(d, DG_REL_HELD_IN, "日ASEANスポーツ大臣会合", "country:THA"), "%s",
                dump_rels(d, buf, sizeof buf));
  ck_assert_msg(has_rel(d, DG_REL_HELD_ON, "日ASEANスポーツ大臣会合", "date:2023-09-01"), "%s",
                dump_rels(d, buf, sizeof buf));
  /* a country named in a remark is no venue */
  ck_assert(!has_rel(d, DG_REL_HELD_IN, "日ASEANデジタル大臣会合", "country:JPN"));
}

START_TEST(test_table_plain) {
  char *t = tu_slurp(DG_TEST_FIXTURES "/schedule.txt");
  ck_assert_ptr_nonnull(t);
  dg_doc *d = tu_doc("schedule.txt", t);
  check_table(d);
  tu_doc_free(d);
  free(t);
}
END_TEST

START_TEST(test_table_html) {
  dg_doc *d = tu_doc("t.html",
                     "<html><body><h2>2023年の閣僚会合</h2><table>"
                     "<tr><th>日程</th><th>場所</th><th>会議名</th></tr>"
                     "<tr><td>2月10日</td><td>フィリピン</td><td>日ASEANデジタル大臣会合（日本が提案）</td></tr>"
                     "<tr><td>9月1日</td><td>タイ</td><td>日ASEANスポーツ大臣会合</td></tr>"
                     "</table></body></html>");
  check_table(d);
  tu_doc_free(d);
}
END_TEST

/* Units: sentence by default; block and paragraph scopes join more. */
START_TEST(test_scopes) {
  const char *text = "インドネシアが参加した。タイも参加した。\n- ベトナム\n";
  const dg_pipeline *p = tu_pipeline();
  size_t units[3];
  for (int sc = 0; sc < 3; sc++) {
    dg_doc *d = tu_doc("t.txt", text);
    dg_relate_opts o = {.scope = (dg_scope)sc};
    dg_error err;
    ck_assert_int_eq(dg_relate(dg_pipeline_rules(p), &o, d, &err), DG_OK);
    units[sc] = d->nunits;
    tu_doc_free(d);
  }
  ck_assert_uint_eq(units[DG_SCOPE_SENTENCE], 3);
  ck_assert_uint_eq(units[DG_SCOPE_BLOCK], 2);
  ck_assert_uint_eq(units[DG_SCOPE_PARAGRAPH], 1);
  dg_scope s;
  ck_assert_int_eq(dg_scope_parse("paragraph", &s), 0);
  ck_assert_int_eq(s, DG_SCOPE_PARAGRAPH);
  ck_assert_int_ne(dg_scope_parse("page", &s), 0);
}
END_TEST

START_TEST(test_evidence) {
  dg_doc *d = tu_doc("t.txt", "タイとラオスが協議した。タイは歓迎した。\n\nラオスは別に述べた。");
  dg_evidence *ev;
  size_t n;
  dg_error err;
  ck_assert_int_eq(dg_doc_evidence(d, "country:THA", NULL, &ev, &n, &err), DG_OK);
  ck_assert_uint_eq(n, 2); /* two sentences name Thailand */
  free(ev);
  ck_assert_int_eq(dg_doc_evidence(d, "Thailand", "ラオス", &ev, &n, &err), DG_OK);
  ck_assert_uint_eq(n, 1); /* one sentence has both */
  ck_assert_int_eq(ev[0].kind, DG_REL_CO_OCCURS);
  ck_assert_uint_eq(ev[0].sentence, 0);
  const char *s;
  size_t sn;
  uint32_t line;
  dg_doc_sentence_text(d, ev[0].sentence, &s, &sn, &line);
  ck_assert_int_eq(strncmp(s, "タイとラオスが協議した。", sn), 0);
  ck_assert_uint_eq(line, 1);
  free(ev);
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("relate");
  TCase *tc = tcase_create("relate");
  tcase_add_loop_test(tc, test_kind, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_test(tc, test_main_meeting);
  tcase_add_test(tc, test_structure_list);
  tcase_add_test(tc, test_table_plain);
  tcase_add_test(tc, test_table_html);
  tcase_add_test(tc, test_scopes);
  tcase_add_test(tc, test_evidence);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
