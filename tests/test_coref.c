/* Back references (recognize/names_coref.c, dicts/rules/coref.tsv) through the whole
 * pipeline: each row names a reference as written in a document of its own and the entity
 * it must mean (NULL: it must be no reference at all). 同 means the name last named before,
 * preferring the topic of that sentence; a prefix (同, 本, 前回) before a head word makes a
 * reference of any name's head; 前回 is never the document's own; English references stand
 * as whole words and a "last" one needs its head. A meeting named by ordinal and head alone
 * (第13回会合) is the one fuller name of the document that fits. He, she and 同大臣 are the
 * person named last, at most two sentences back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const struct {
  const char *text, *ref, *id;
} rows[] = {
    /* the topic of the sentence before, not the meeting it follows */
    {"第5回日メコン外相会議は、7月10日にビエンチャンにおいて第57回ASEAN外相会議に続いて開催された。"
     "同会議では、タイが発言した。",
     "同会議", "meeting:mekong-japan-fmm:5"},
    /* the subject carries a gloss in parentheses before its particle; near miss: a name
     * glossed so that is no subject (の準備として) leaves the subject after it */
    {"「第5回日メコン外相会議(5th MJFMM)」が、同日開催された「第57回ASEAN外相会議」の関連会合として開かれた。"
     "同会議では、タイが発言した。",
     "同会議", "meeting:mekong-japan-fmm:5"},
    {"「第5回日メコン外相会議(5th MJFMM)」の準備として、同日開催された「第57回ASEAN外相会議」が開かれた。"
     "同会議では、タイが発言した。",
     "同会議", "meeting:amm:57"},
    /* a prefix before a head word */
    {"日本ASEAN友好協力50周年特別首脳会議が東京で開催された。同特別首脳会議で声明が採択された。",
     "同特別首脳会議", "meeting:asean-japan-commemorative-summit"},
    {"第3回日メコン防災閣僚会合の結果\n\n第2回日メコン防災閣僚会合の成果を確認した。"
     "本会合は前回会合に続き東京で開かれた。",
     "前回会合", "meeting:第2回日メコン防災閣僚会合"},
    {"第3回日メコン防災閣僚会合の結果\n\n第2回日メコン防災閣僚会合の成果を確認した。"
     "本会合は前回会合に続き東京で開かれた。",
     "本会合", "meeting:第3回日メコン防災閣僚会合"},
    /* English */
    {"Mekong-Japan Summit: Joint Statement\n\nLeaders attended this meeting in Tokyo.", "this meeting",
     "meeting:mekong-japan-summit"},
    {"The Mekong-Japan Summit and the Mekong Water Forum were held. The Summit adopted a plan.",
     "The Summit", "meeting:mekong-japan-summit"},
    /* modified_reference: a word of the meeting's length between the article and the head
     * (reference_modifiers.tsv); near misses: an indefinite article, a word that tells
     * meetings apart */
    {"Mekong-Japan Summit: Joint Statement\n\nLaos attended the two-day summit.",
     "the two-day summit", "meeting:mekong-japan-summit"},
    {"Mekong-Japan Summit: Joint Statement\n\nLeaders met at the end of their three-day meeting.",
     "their three-day meeting", "meeting:mekong-japan-summit"},
    {"Mekong-Japan Summit: Joint Statement\n\nLaos attended a two-day summit.", "a two-day summit",
     NULL},
    {"Mekong-Japan Summit: Joint Statement\n\nLaos attended the regional summit.",
     "the regional summit", NULL},
    /* the topic of the sentence found is a reference already resolved */
    {"第3回日メコン防災閣僚会合の結果\n\n本会合では、昨年ハノイで開かれた第2回日メコン防災閣僚会合の成果を確認した。"
     "同会合の最後に、議長が総括した。",
     "同会合", "meeting:第3回日メコン防災閣僚会合"},
    /* with its head noun before without it, past names of other types (the index of
     * names by type and head noun); a resolved reference in an earlier sentence is not the
     * topic of the antecedent's */
    {"第2回日メコン防災閣僚会合を開いた。日メコン外相会議も開いた。同会合では防災を議論した。",
     "同会合", "meeting:第2回日メコン防災閣僚会合"},
    {"第3回日メコン防災閣僚会合の結果\n\n本会合は東京で開かれた。本会合では、昨年ハノイで開かれた"
     "第2回日メコン防災閣僚会合の成果を確認した。同会合の最後に、議長が総括した。",
     "同会合", "meeting:第3回日メコン防災閣僚会合"},
    /* a name made of a reference word alone is that reference */
    {"防衛省は、第3回日・太平洋防衛当局間協議（以下「本協議」）を東京で開催した。本協議では海洋安全保障を議論した。",
     "本協議", "meeting:第3回日・太平洋防衛当局間協議"},
    /* the document's own meeting when it has the head of an English "last" reference */
    {"Mekong-Japan Summit: Joint Statement\n\nThe ASEAN-Japan Summit was recalled. The Summit adopted a plan.",
     "The Summit", "meeting:mekong-japan-summit"},
    /* a title that names a series alone means the one instance the text names */
    {"日メコン外相会議の結果\n\n第7回日メコン外相会議がハノイで開催された。本会議ではタイが発言した。",
     "本会議", "meeting:mekong-japan-fmm:7"},
    {"Mekong Water Dialogue concludes\n\nThe Third Mekong Water Dialogue was held. "
     "This meeting agreed a plan.",
     "This meeting", "meeting:3rd-mekong-water-dialogue"},
    /* near miss: two instances named, the title stays the series */
    {"日メコン外相会議の結果\n\n第6回及び第7回日メコン外相会議の成果を確認した。"
     "第8回日メコン外相会議も予定された。本会議ではタイが発言した。",
     "本会議", "meeting:mekong-japan-fmm"},
    /* a meeting the text only plans (planned_after.tsv, future_occasions.tsv) is passed
     * over for the reported one before it; near misses: no word of time to come after it,
     * and a planned one that alone fits */
    {"The 2nd Ocean Forum was held in Suva. It prepared the 4th Ocean Summit scheduled for "
     "May in Apia. Opening the meeting, Fiji spoke.",
     "the meeting", "meeting:2nd-ocean-forum"},
    {"The 2nd Ocean Forum was held in Suva. It prepared the 4th Ocean Summit held in "
     "May in Apia. Opening the meeting, Fiji spoke.",
     "the meeting", "meeting:4th-ocean-summit"},
    {"Fiji prepared the 4th Ocean Summit scheduled for May in Apia. Opening the meeting, Fiji "
     "spoke.",
     "the meeting", "meeting:4th-ocean-summit"},
    /* margin_occasion: a meeting named as the occasion another is held at the margins of,
     * or listed after such a one, is passed over; near miss: held after it, no margin */
    {"The 3rd Reef Dialogue (RD) meeting was held in Apia, at the margins of the 9th Ocean "
     "Ministers' Meeting and 2nd Coral Meeting. Minister Ana Kalo chaired the meeting.",
     "the meeting", "meeting:3rd-reef-dialogue"},
    {"The 3rd Reef Dialogue (RD) meeting was held in Apia, after the 9th Ocean Ministers' "
     "Meeting. Minister Ana Kalo chaired the meeting.",
     "the meeting", "meeting:9th-ocean-ministers-meeting"},
    /* near misses: no name with the head of an English reference; a prefix before no head
     * word; a reference word inside another word */
    {"The Mekong Water Forum was held. The Summit adopted a plan.", "The Summit", NULL},
    {"第2回日メコン防災閣僚会合を開いた。同時に、タイが参加した。", "同時", NULL},
    {"第2回日メコン防災閣僚会合を開いた。共同会合も開いた。", "同会合", NULL},
    /* prefix_stands: 同 inside the word 同国 (that country) opens no reference */
    {"第5回議員フォーラム総会が開かれた。同国国家大会議の主催による。", "同国国家大会議", NULL},
    /* "the" or "this" before any meeting's head word: the Talks; not in lower case, nor a
       head no meeting named before has */
    {"The 9th Talks between Fiji and Japan were held in Suva. The Talks were co-chaired by "
     "Fiji.",
     "The Talks", "meeting:9th-talks"},
    {"The 9th Talks between Fiji and Japan were held in Suva. The talks were long.",
     "The talks", NULL},
    {"The 9th Talks between Fiji and Japan were held in Suva. The Roundtable followed.",
     "The Roundtable", NULL},
    /* an English head noun in any case: the Meeting of "the third regular meeting of ..." */
    {"The third regular meeting of Pacific Trade Ministers was held in Suva. The Meeting was "
     "chaired by Tonga.",
     "The Meeting", "meeting:3rd-regular-meeting-of-pacific-trade-ministers"},
    /* a person: he, she, 同大臣 mean the person named last, in their sentence or the two
       before; none further back, and none where no person was named */
    {"Minister Jane Doe will visit Tokyo. She will attend the Mekong-Japan Summit.", "She",
     "person:jane-doe"},
    {"Prime Minister John Roe will visit Jakarta. During the visit, he will meet leaders.",
     "he", "person:john-roe"},
    {"Prime Minister John Roe met leaders of Thailand and Laos in Hanoi. He left.", "He",
     "person:john-roe"},
    {"茂木外務大臣は、タイを訪問した。同大臣は、第10回日メコン外相会議に出席した。", "同大臣",
     "person:茂木"},
    {"Senator Jane Doe will visit Hanoi. While there, the Minister will meet leaders.",
     "the Minister", "person:jane-doe"},
    {"Prime Minister John Roe arrived. The Prime Minister's visit ended today.",
     "The Prime Minister", "person:john-roe"},
    {"Senator Jane Doe arrived. The Minister for Trade will meet leaders.", "The Minister", NULL},
    {"Senator Jane Doe arrived. The Minister, a lawyer, will meet leaders.", "The Minister", NULL},
    {"Senator Jane Doe arrived. The minister will meet leaders.", "The minister", NULL},
    {"The ministers met in Tokyo. He said that the talks went well.", "He", NULL},
    {"Minister Jane Doe arrived. Talks began. Leaders spoke. Ministers met. He left.", "He",
     NULL},
    /* 今回の and 当 before a meeting's head mean the document's own meeting */
    {"第3回日メコン防災閣僚会合が開かれた。今回の会合では防災を議論した。", "今回の会合",
     "meeting:第3回日メコン防災閣僚会合"},
    {"第3回日メコン防災閣僚会合が開かれた。当会合では防災を議論した。", "当会合",
     "meeting:第3回日メコン防災閣僚会合"},
    /* "the Meeting" (its head its type's own name) after a name with another head: that
     * name, before the one a later paragraph names with the head; in the sentence found, its
     * first name (the subject), not the nearest; near miss: a name with the head before
     * it wins */
    {"The First Session of the Forestry Assembly was held in Seoul. The Meeting was attended by "
     "Laos.\nBefore it, the Preparatory Meeting for the First Session was held.",
     "The Meeting", "meeting:1st-forestry-assembly-session"},
    {"The 5th Water Summit and the Water Lunch Retreat were held in Hanoi. The Meeting was "
     "chaired by Viet Nam.",
     "The Meeting", "meeting:5th-water-summit"},
    {"The Preparatory Meeting was held in Seoul. The First Session of the Forestry Assembly "
     "opened. The Meeting was attended by Laos.",
     "The Meeting", "meeting:preparatory-meeting"},
    /* a reference with no meeting named before it: the one the document names later, else
     * the document's unnamed meeting (an id ending in '@' is a prefix here); near misses:
     * 前回 and "it" only ever point at a name */
    {"The meeting opened in Apia. The 4th Pacific Ocean Ministers' Meeting adopted a plan.",
     "The meeting", "meeting:4th-pacific-ocean-ministers-meeting"},
    {"Ministers of Fiji and Tonga met in Suva. The meeting adopted a plan.", "The meeting",
     "meeting:unnamed@"},
    {"本会合には、フィジーとトンガが出席した。", "本会合", "meeting:unnamed@"},
    /* dgn_descriptive_meeting: the meeting introduced in words before that reference is
     * its first mention; near miss: no reference after it, no unnamed meeting */
    {"Ministers held a ministerial meeting on Afghanistan in May. The meeting adopted a plan.",
     "ministerial meeting on Afghanistan", "meeting:unnamed@"},
    {"Ministers praised a ministerial meeting on Afghanistan in May.",
     "ministerial meeting on Afghanistan", NULL},
    /* group_meeting_at: "the [so-called] GROUP meeting", a known group and a meeting word in
     * lower case, introduces the meeting too; near misses: no "the" before the group, no
     * reference after it */
    {"At the so-called ASEAN Plus Three meeting in Hanoi, ministers agreed. The meeting ended.",
     "ASEAN Plus Three meeting", "meeting:unnamed@"},
    {"ASEAN Plus Three meeting rooms were full in Hanoi. The meeting ended.",
     "ASEAN Plus Three meeting", NULL},
    {"At the ASEAN Plus Three meeting in Hanoi, ministers agreed on a plan.",
     "ASEAN Plus Three meeting", NULL},
    {"前回会合では防災を議論した。", "前回会合", NULL},
    {"Laos and Thailand met. It was attended by Fiji.", "It", NULL},
    /* a meeting's head word alone (three characters or more) means the meeting named last
     * with that head; near misses: after の it describes another (日本とASEANの首脳会議),
     * after a closing quote it ends a name, two characters (会合) mean any meeting */
    {"日・カンボジア首脳会談\n\n同日、首相はフン・マネット首相と首脳会談を行った。", "首脳会談",
     "meeting:日・カンボジア首脳会談"},
    {"日・カンボジア首脳会談\n\n同日、首相は日本とASEANの首脳会談に触れた。", "首脳会談", NULL},
    /* ... but after との ("with") it is the meeting with someone: a reference again */
    {"日・カンボジア首脳会談\n\n同日、首相はフン・マネット首相との首脳会談を行った。", "首脳会談",
     "meeting:日・カンボジア首脳会談"},
    {"日・カンボジア首脳会談\n\n同日、首相は「東京」首脳会談に触れた。", "首脳会談", NULL},
    /* ... and so it is before 等 and a particle (the talks and more); near miss: 等 and a
     * kanji that goes on */
    {"日・カンボジア首脳会談\n\n同日、首相はフン・マネット首相と首脳会談等を行った。", "首脳会談",
     "meeting:日・カンボジア首脳会談"},
    {"日・カンボジア首脳会談\n\n同日、首相は首脳会談等会議に触れた。", "首脳会談", NULL},
    {"日・カンボジア首脳会談\n\n同日、首相は大臣と会談を行った。", "会談", NULL},
    /* a bare head of talks after との that finds no name with its head, in a document that
     * names another meeting: the talks with someone, the document's unnamed meeting; near
     * misses: no との, a head of no talks (夕食会) */
    {"第5回日メコン外相会議が開かれた。\n同日、首相はボルド首相との首脳会談を行った。", "首脳会談",
     "meeting:unnamed@"},
    {"第5回日メコン外相会議が開かれた。\n同日、首相は首脳会談に触れた。", "首脳会談", NULL},
    {"第5回日メコン外相会議が開かれた。\n同日、首相はボルド首相との夕食会に出た。", "夕食会", NULL},
    {"大臣は調印式に出席した。調印式では市長が挨拶した。", "調印式", "meeting:unnamed@"},
    /* a plain compound ending in a ceremony head of ceremony_heads.tsv that is a heading
     * line of its own (maybe with a parenthesis after it) names the document's ceremony;
     * near miss: the same compound inside a sentence */
    {"高知県とフィジーは覚書を締結した。\n協定締結式(概要)\n1.日時 2026年5月2日\n", "協定締結式",
     "meeting:unnamed@"},
    {"高知県とフィジーは覚書を締結した。知事は協定締結式に出席した。\n", "協定締結式", NULL},
    /* the forum, the talks in lower case: a name with that head, else, in a document that
     * names no meeting, its unnamed meeting; near miss: a Summit is no forum. "the gathering"
     * names no kind of meeting: the document's own (its first), not the nearest one named */
    {"The 3rd Ocean Forum opened in Suva. The forum was attended by Fiji.", "The forum",
     "meeting:3rd-ocean-forum"},
    {"Ministers of Fiji and Tonga attended the gathering in Suva.", "the gathering",
     "meeting:unnamed@"},
    {"The 3rd Ocean Summit opened in Suva. The forum was attended by Fiji.", "The forum", NULL},
    {"The 3rd Ocean Summit opened in Suva beside the 5th Reef Forum. Fiji attended the "
     "gathering.",
     "the gathering", "meeting:3rd-ocean-summit"},
    /* "it" before a verb only a meeting takes (it_verbs.tsv): the meeting named in its
       sentence or the one before; not before another verb, nor further back */
    {"The 4th Mekong-Japan Water Forum was held in Hue. It was attended by Laos and Thailand.",
     "It", "meeting:4th-mekong-japan-water-forum"},
    {"The 4th Mekong-Japan Water Forum met. It took place in Hue.", "It",
     "meeting:4th-mekong-japan-water-forum"},
    {"The 4th Mekong-Japan Water Forum was held in Hue. It was a success.", "It", NULL},
    {"The 4th Mekong-Japan Water Forum was held in Hue. Ministers spoke. It was attended by "
     "Laos.",
     "It", NULL},
    {"Laos ratified the treaty. It was attended by Thailand.", "It", NULL},
};

START_TEST(test_reference) {
  dg_doc *d = tu_doc("t.txt", rows[_i].text);
  const dg_mention *ref = NULL;
  char buf[256], dump[4096];
  for (size_t i = 0; i < d->nments; i++)
    if (!strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), rows[_i].ref)) ref = &d->ments[i];
  if (!rows[_i].id) {
    ck_assert_msg(ref == NULL, "\"%s\": %s is a reference: %s", rows[_i].text, rows[_i].ref,
                  tu_dump(d, dump, sizeof dump));
  } else {
    ck_assert_msg(ref != NULL, "\"%s\": no %s: %s", rows[_i].text, rows[_i].ref,
                  tu_dump(d, dump, sizeof dump));
    size_t n = strlen(rows[_i].id);
    if (rows[_i].id[n - 1] == '@')
      ck_assert_msg(!strncmp(ref->id, rows[_i].id, n), "%s: %s", rows[_i].text, ref->id);
    else
      ck_assert_str_eq(ref->id, rows[_i].id);
    ck_assert(ref->implicit);
  }
  tu_doc_free(d);
}
END_TEST

/* The id of the unnamed meeting, its label, and the mentions of it in document `text`. */
static const char *unnamed_id(const char *path, const char *text, char *label, size_t cap,
                              int *n) {
  dg_doc *d = tu_doc(path, text);
  static char id[64];
  id[0] = label[0] = 0;
  *n = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (!strncmp(d->ments[i].id, "meeting:unnamed@", 16)) {
      snprintf(id, sizeof id, "%s", d->ments[i].id);
      snprintf(label, cap, "%s", d->ments[i].label);
      ++*n;
    }
  tu_doc_free(d);
  return id;
}

/* One unnamed meeting a document: every reference without a name is it, labelled by the
 * first one and the file's name; two documents' unnamed meetings never share an id. */
START_TEST(test_unnamed_scope) {
  char la[128], lb[128], ida[64];
  int na, nb;
  snprintf(ida, sizeof ida, "%s",
           unnamed_id("dir/a.txt", "本会合は東京で開かれた。同会議には、フィジーが出席した。", la,
                      sizeof la, &na));
  const char *idb = unnamed_id("b.txt", "本会合はスバで開かれた。", lb, sizeof lb, &nb);
  ck_assert_int_eq(na, 2);
  ck_assert_int_eq(nb, 1);
  ck_assert_str_eq(la, "本会合 (a.txt)");
  char lc[128];
  int nc;
  unnamed_id("c.txt", "Leaders held an informal dialogue between Japan and Fiji. The dialogue ended.",
             lc, sizeof lc, &nc);
  ck_assert_int_eq(nc, 2);
  ck_assert_str_eq(lc, "informal dialogue between Japan and Fiji (c.txt)");
  ck_assert_str_eq(lb, "本会合 (b.txt)");
  ck_assert_str_ne(ida, idb);
}
END_TEST

/* A meeting named by its ordinal and head alone is the document's one fuller name with the
 * same ordinal and head; with two such names, or none, it stays as it is. */
static const struct {
  const char *text, *id; /* the id 第13回会合 must have */
} short_rows[] = {
    {"第13回日メコン防災閣僚会合が開かれた。第13回会合では防災を議論した。",
     "meeting:第13回日メコン防災閣僚会合"},
    {"第13回会合では防災を議論した。表は次のとおり。\n2024年1月30日\t第13回日メコン防災閣僚会合\n",
     "meeting:第13回日メコン防災閣僚会合"},
    /* near misses: two fuller names fit; the ordinal differs */
    {"第13回日メコン防災閣僚会合と第13回日メコン農業閣僚会合が開かれた。第13回会合では防災を議論した。",
     "meeting:第13回会合"},
    {"第12回日メコン防災閣僚会合が開かれた。第13回会合では防災を議論した。", "meeting:第13回会合"},
};

START_TEST(test_short_ordinal) {
  dg_doc *d = tu_doc("t.txt", short_rows[_i].text);
  char buf[256], dump[4096];
  int seen = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (!strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "第13回会合")) {
      ck_assert_msg(!strcmp(d->ments[i].id, short_rows[_i].id), "%s", tu_dump(d, dump, sizeof dump));
      seen = 1;
    }
  ck_assert_msg(seen, "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("coref");
  TCase *tc = tcase_create("coref");
  tcase_add_loop_test(tc, test_reference, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_loop_test(tc, test_short_ordinal, 0, (int)(sizeof short_rows / sizeof *short_rows));
  tcase_add_test(tc, test_unnamed_scope);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
