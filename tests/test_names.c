/* Names no dictionary lists, found by rule: head words (Japanese compounds, quoted names,
 * English Title Case), ordinals as instances of known series, acronyms a document defines,
 * people beside titles, places beside triggers, back references. Each row: a text, the
 * type and label (or id) of a mention that must be there and the text it covers, and a
 * label that must not be found. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct {
  const char *text;
  dg_type type;
  const char *want;    /* label or id of a mention of that type */
  const char *surface; /* the normalized text it covers (NULL: any) */
  const char *absent;  /* a label or id that must not be found (NULL: none) */
} row;

static const row rows[] = {
    /* Japanese meetings and programs by head word */
    {"第3回日ASEAN海洋協力対話を開催した。", DG_TYPE_MEETING, "第3回日ASEAN海洋協力対話", NULL, NULL},
    {"日・太平洋島嶼国気候強靱化イニシアティブを発表した。", DG_TYPE_PROGRAM,
     "日・太平洋島嶼国気候強靱化イニシアティブ", NULL, NULL},
    {"メコン・デジタル連結性パートナーシップを立ち上げた。", DG_TYPE_PROGRAM,
     "メコン・デジタル連結性パートナーシップ", NULL, NULL},
    {"インドネシア海軍と協力する。", DG_TYPE_ORGANIZATION, "インドネシア海軍", NULL, NULL},
    /* an instance has the same labels in either language */
    {"The 16th Mekong-Japan Foreign Ministers' Meeting was held.", DG_TYPE_MEETING,
     "第16回日メコン外相会議", "16th Mekong-Japan Foreign Ministers' Meeting", NULL},
    {"第16回日メコン外相会議が開催された。", DG_TYPE_MEETING,
     "16th Mekong-Japan Foreign Ministers' Meeting", "第16回日メコン外相会議", NULL},
    /* generic compounds and references are no names */
    {"閣僚会合を開いた。", DG_TYPE_MEETING, NULL, NULL, "閣僚会合"},
    {"新たなイニシアティブを発表した。", DG_TYPE_PROGRAM, NULL, NULL, "イニシアティブ"},
    {"日本側イニシアティブに謝意が示された。", DG_TYPE_PROGRAM, NULL, NULL, "日本側イニシアティブ"},
    {"二国間会談を行った。", DG_TYPE_MEETING, NULL, NULL, "二国間会談"},
    {"商工会議所が参加した。", DG_TYPE_MEETING, NULL, NULL, "商工会議"},
    /* an ordinal makes an instance of a known series */
    {"第13回日ASEAN防衛当局次官級会合が開かれた。", DG_TYPE_MEETING,
     "meeting:asean-japan-defense-vice-ministers:13", "第13回日ASEAN防衛当局次官級会合", NULL},
    {"The 28th ASEAN-Japan Summit was held.", DG_TYPE_MEETING, "meeting:asean-japan-summit:28",
     "28th ASEAN-Japan Summit", NULL},
    {"the Tenth Pacific Islands Leaders Meeting (PALM10)", DG_TYPE_MEETING, "meeting:palm:10", NULL, NULL},
    /* quoted names, particles inside */
    {"「防災協力強化のための日メコン行動計画」を採択した。", DG_TYPE_PROGRAM,
     "防災協力強化のための日メコン行動計画", NULL, NULL},
    {"「中央アジア+日本」対話の枠組み", DG_TYPE_MEETING, "meeting:ca-jad", NULL, NULL},
    /* English Title Case */
    {"They launched the Mekong-Japan Digital Connectivity Partnership in 2024.", DG_TYPE_PROGRAM,
     "Mekong-Japan Digital Connectivity Partnership", NULL, NULL},
    {"Ministers adopted the Treaty of Friendship for Ocean Resilience.", DG_TYPE_PROGRAM,
     "Treaty of Friendship for Ocean Resilience", NULL, NULL},
    {"Utilize the RCEP Agreement fully.", DG_TYPE_PROGRAM, NULL, NULL, "Utilize the RCEP Agreement"},
    {"The Master Plan was revised.", DG_TYPE_PROGRAM, NULL, NULL, "Master Plan"},
    {"2.1 Japan-ASEAN Maritime Fund", DG_TYPE_PROGRAM, "Japan-ASEAN Maritime Fund", NULL, NULL},
    /* acronyms the document defines */
    {"Japan set up the Blue Ocean Security Facility (BOSF). BOSF funds patrol boats.",
     DG_TYPE_PROGRAM, "Blue Ocean Security Facility", "BOSF", NULL},
    /* people */
    {"高市総理大臣が歓迎した。", DG_TYPE_PERSON, "高市", NULL, NULL},
    {"高市早苗内閣総理大臣が出席した。", DG_TYPE_PERSON, "高市早苗", NULL, "内閣"},
    {"トカエフ・カザフスタン大統領が参加した。", DG_TYPE_PERSON, "トカエフ", NULL, NULL},
    {"カザフスタン大統領が参加した。", DG_TYPE_PERSON, NULL, NULL, "カザフスタン"},
    {"各国防衛当局次官級で確認した。", DG_TYPE_PERSON, NULL, NULL, "当局"},
    {"Prime Minister Ishiba met President Marcos.", DG_TYPE_PERSON, "Marcos", NULL, NULL},
    {"Secretary-General Kao Kim Hourn spoke.", DG_TYPE_PERSON, "Kao Kim Hourn", NULL, NULL},
    {"the President of the Philippines", DG_TYPE_PERSON, NULL, NULL, "Philippines"},
    {"In 1977, FUKUDA Takeo, then Prime Minister, spoke.", DG_TYPE_PERSON, "FUKUDA Takeo", NULL, NULL},
    {"The ASEAN Secretariat and JICA Experts met.", DG_TYPE_PERSON, NULL, NULL, "JICA Experts"},
    /* later additions: connectors, glosses, units, versions, titles in sequence */
    {"インドネシアの海軍と共同訓練を行った。", DG_TYPE_ORGANIZATION, "インドネシアの海軍", NULL, NULL},
    {"The Philippine Coast Guard received vessels.", DG_TYPE_ORGANIZATION, "Philippine Coast Guard",
     NULL, NULL},
    {"食料安全保障に係るASEAN首脳宣言の実施を支援する。", DG_TYPE_PROGRAM,
     "食料安全保障に係るASEAN首脳宣言", NULL, NULL},
    {"CA+JAD(カジャッド)東京イニシアティブの立ち上げ", DG_TYPE_PROGRAM,
     "program:ca-jad-tokyo-initiative", NULL, NULL},
    {"アジア・ゼロエミッション共同体(AZEC)首脳会合を開催した。", DG_TYPE_MEETING,
     "meeting:azec-leaders", "アジア・ゼロエミッション共同体(AZEC)首脳会合", NULL},
    {"外務省国際協力局が担当する。", DG_TYPE_ORGANIZATION, "国際協力局", NULL, "外務省国際協力局"},
    {"フィリピン外務省と協議した。", DG_TYPE_ORGANIZATION, "フィリピン外務省", NULL, "外務省"},
    {"カンボジア計画省と署名した。", DG_TYPE_PROGRAM, NULL, NULL, "カンボジア計画"},
    {"JICA産業人材育成協力イニシアティブ2.0を推進する。", DG_TYPE_PROGRAM,
     "JICA産業人材育成協力イニシアティブ2.0", NULL, NULL},
    {"2025年日本国際博覧会協会へ派遣する。", DG_TYPE_ORGANIZATION, "2025年日本国際博覧会協会", NULL, NULL},
    {"2002年に西ジャワ州ブカシで開始した。", DG_TYPE_PLACE, "西ジャワ州", NULL, "ジャワ島"},
    {"インドネシアの全34州に広がった。", DG_TYPE_PLACE, NULL, NULL, "全34州"},
    {"第16回日メコン外相会議（概要）", DG_TYPE_MEETING, "meeting:mekong-japan-fmm:16", NULL, NULL},
    {"the 12th ADMM-Plus was held", DG_TYPE_MEETING, "meeting:admm-plus:12", NULL, NULL},
    {"ジェーン・ホワイト外務貿易省次官が出席した。", DG_TYPE_PERSON, "ジェーン・ホワイト", NULL, NULL},
    {"中村健太郎総合外交政策局審議官が説明した。", DG_TYPE_PERSON, "中村健太郎", NULL, NULL},
    {"chaired by Defence Minister Dato' Seri Ahmad Rizal Hamzah of Malaysia", DG_TYPE_PERSON,
     "Ahmad Rizal Hamzah", NULL, NULL},
    {"the Secretary-General of ASEAN, Dr. Lim Boon Heng.", DG_TYPE_PERSON, "Lim Boon Heng", NULL, NULL},
    {"Commandant SATO Hiroshi of the Japan Coast Guard spoke.", DG_TYPE_PERSON, "SATO Hiroshi", NULL,
     NULL},
    {"US$1.5 million was pledged.", DG_TYPE_COUNTRY, NULL, NULL, "country:USA"},
    {"The ASEAN-Japan Climate Change Action Agenda 2.0 was adopted.", DG_TYPE_PROGRAM,
     "ASEAN-Japan Climate Change Action Agenda 2.0", NULL, NULL},
    /* places by trigger */
    {"ランカウイにおいて会合を開催した。", DG_TYPE_PLACE, "ランカウイ", NULL, NULL},
    {"都内ホテルにおいて開催した。", DG_TYPE_PLACE, NULL, NULL, "ホテル"},
    {"The forum was held in Nukualofa last week.", DG_TYPE_PLACE, NULL, "Nukualofa", NULL},
};

static const dg_mention *find(const dg_doc *d, dg_type t, const char *want) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    if (m->type == t && (!strcmp(m->label, want) || !strcmp(m->id, want) || !strcmp(m->label_en, want)))
      return m;
  }
  return NULL;
}

START_TEST(test_rule) {
  const row *r = &rows[_i];
  dg_doc *d = tu_doc("t.txt", r->text);
  char dump[4096], buf[512];
  if (r->want) {
    const dg_mention *m = find(d, r->type, r->want);
    ck_assert_msg(m != NULL, "\"%s\": no %s \"%s\" in %s", r->text, dg_type_name(r->type), r->want,
                  tu_dump(d, dump, sizeof dump));
    if (r->surface) {
      /* some mention of that entity covers the expected text */
      int found = 0;
      for (size_t i = 0; i < d->nments; i++)
        if (!strcmp(d->ments[i].id, m->id) &&
            !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), r->surface))
          found = 1;
      ck_assert_msg(found, "\"%s\": no mention of %s covers \"%s\": %s", r->text, r->want,
                    r->surface, tu_dump(d, dump, sizeof dump));
    }
  } else if (r->surface) {
    int found = 0;
    for (size_t i = 0; i < d->nments; i++)
      if (d->ments[i].type == r->type && !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), r->surface))
        found = 1;
    ck_assert_msg(found, "\"%s\": no %s covering \"%s\" in %s", r->text, dg_type_name(r->type),
                  r->surface, tu_dump(d, dump, sizeof dump));
  }
  if (r->absent)
    ck_assert_msg(find(d, r->type, r->absent) == NULL, "\"%s\": %s \"%s\" must not be found: %s",
                  r->text, dg_type_name(r->type), r->absent, tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* 本会合 is the meeting the document is about; 同会合 the one named last. */
START_TEST(test_coreference) {
  dg_doc *d = tu_doc("t.txt", "第2回日メコン防災閣僚会合の結果\n\n"
                              "会合では第5回日ASEAN交通大臣会合の成果にも触れた。同会合の共同声明を引用した。"
                              "本会合の議長は大臣が務めた。");
  const dg_mention *same = NULL, *this_ = NULL;
  char buf[128];
  for (size_t i = 0; i < d->nments; i++) {
    if (!strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "同会合")) same = &d->ments[i];
    if (!strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "本会合")) this_ = &d->ments[i];
  }
  char dump[4096];
  ck_assert_msg(same && this_, "%s", tu_dump(d, dump, sizeof dump));
  ck_assert_ptr_nonnull(strstr(same->label, "第5回日ASEAN交通大臣会合"));
  ck_assert_ptr_nonnull(strstr(this_->label, "第2回日メコン防災閣僚会合"));
  ck_assert(same->implicit && this_->implicit);
  tu_doc_free(d);
}
END_TEST

/* Short names merge into the full name given elsewhere in the document. */
START_TEST(test_people_merge) {
  dg_doc *d = tu_doc("t.txt", "エマモリ・ラフモン大統領が到着した。ラフモン・タジキスタン大統領は演説した。"
                              "Foreign Minister Iwaya Takeshi met Foreign Minister Iwaya again.");
  size_t n = 0;
  const char *id = NULL;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON && strstr(d->ments[i].label, "ラフモン")) {
      if (!id) id = d->ments[i].id;
      ck_assert_str_eq(d->ments[i].id, id);
      n++;
    }
  ck_assert_uint_eq(n, 2);
  const dg_mention *full = find(d, DG_TYPE_PERSON, "Iwaya Takeshi");
  ck_assert_ptr_nonnull(full);
  ck_assert_uint_eq(tu_count(d, full->id), 2);
  tu_doc_free(d);
}
END_TEST

/* A learned acronym applies to the rest of the document only, and a known acronym's
 * long form becomes a mention of that entity. */
START_TEST(test_acronym_long_form) {
  dg_doc *d = tu_doc("t.txt", "「政府安全保障能力強化支援（OSA）」を活用する。");
  ck_assert_uint_ge(tu_count(d, "program:osa"), 2);
  tu_doc_free(d);
}
END_TEST

/* A new name filling the parenthesis after a name is its short form, here and later; a
 * dictionary name found inside a longer one keeps its dictionary id. */
START_TEST(test_short_form) {
  dg_doc *d = tu_doc("t.txt", "首脳会合で「中央アジア+日本」対話・首脳共同宣言(東京宣言)を採択した。"
                              "各国は東京宣言の実施を確認した。");
  char dump[4096];
  ck_assert_msg(tu_count(d, "program:ca-jad-tokyo-declaration") == 3, "%s", tu_dump(d, dump, sizeof dump));
  ck_assert_msg(find(d, DG_TYPE_PROGRAM, "東京宣言") == NULL, "%s", tu_dump(d, dump, sizeof dump));
  ck_assert_msg(tu_count(d, "meeting:ca-jad") == 1, "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("names");
  tcase_add_loop_test(tc, test_rule, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_test(tc, test_coreference);
  tcase_add_test(tc, test_people_merge);
  tcase_add_test(tc, test_acronym_long_form);
  tcase_add_test(tc, test_short_form);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
