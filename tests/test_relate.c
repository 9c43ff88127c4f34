/* Relations: every relation kind and every source of ties, from Japanese and English
 * sentences that must give the tie (kind, from-id, to-id and sentence exact) and near
 * misses that must not. Each row names the rule that gives the tie (a row of dg_rel_kinds
 * or dg_rel_sources): the tie must be there both when that rule runs alone and in the
 * whole of dg_relate; a near miss must be in neither. Then co-occurrence units by scope,
 * the one way ties are added, and the evidence of an entity or a pair. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/evidence.h"
#include "docgraph/graph.h"
#include "docgraph/relate.h"
#include "relate/ties.h"
#include "testutil.h"

#define ANY_SENTENCE UINT32_MAX

/* Is there a tie of kind k from a mention with id `from` to one with id `to` (NULL: any)
 * stated by sentence s (ANY_SENTENCE: any) among rels? */
static int has_tie(const dg_doc *d, const dg_relation *rels, size_t n, dg_rel_kind k,
                   const char *from, const char *to, uint32_t s) {
  for (size_t i = 0; i < n; i++) {
    const dg_relation *r = &rels[i];
    if (r->kind != k || (s != ANY_SENTENCE && r->sentence != s)) continue;
    if (from && strcmp(d->ments[r->from].id, from)) continue;
    if (to && strcmp(d->ments[r->to].id, to)) continue;
    return 1;
  }
  return 0;
}

static const char *dump_rels(const dg_doc *d, const dg_relation *rels, size_t n, char *buf,
                             size_t cap) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < n && o + 1 < cap; i++) {
    const dg_relation *r = &rels[i];
    int w = snprintf(buf + o, cap - o, "%s(%s -> %s, s%u) ", dg_rel_kind_name(r->kind),
                     d->ments[r->from].id, d->ments[r->to].id, r->sentence);
    if (w < 0) break;
    o += (size_t)w;
  }
  return buf;
}

/* Run one rule (by its name in dg_rel_kinds or dg_rel_sources) alone on d; the caller
 * frees the relations it gave. */
static dg_relation *run_alone(dg_doc *d, const char *rule, size_t *n) {
  dg_rel_ctx c;
  dg_error err = {0};
  ck_assert_int_eq(dg_rel_ctx_init(&c, tu_rules(), d, &err), DG_OK);
  int found = 0;
  for (size_t k = 0; k < dg_rel_nkinds; k++) {
    if (strcmp(dg_rel_kinds[k].name, rule)) continue;
    c.rule = rule;
    for (uint32_t s = 0; s < d->nsents; s++) {
      dg_rel_find_triggers(&c, s);
      dg_rel_kinds[k].fn(&c, s, dg_rel_kinds[k].kind);
    }
    found = 1;
  }
  for (size_t k = 0; k < dg_rel_nsources; k++)
    if (!strcmp(dg_rel_sources[k].name, rule)) c.rule = rule, dg_rel_sources[k].fn(&c), found = 1;
  ck_assert_msg(found, "no rule named %s", rule);
  ck_assert(!c.oom);
  dg_relation *v = c.rels.v;
  *n = c.rels.n;
  c.rels.v = NULL;
  dg_rel_ctx_destroy(&c);
  return v;
}

typedef struct {
  const char *rule; /* the rule that gives it */
  const char *name; /* document name: its extension gives the format */
  const char *text;
  dg_rel_kind kind;
  const char *from, *to; /* entity ids; NULL: any */
  uint32_t sentence;     /* ANY_SENTENCE in near misses */
  int want;              /* 1: must be there; 0: a near miss */
} tie_row;

/* Rules that go on from other rules' ties (a list of the line before): for them "alone"
 * is what they add in a whole run, by their name. */
static const char *const chained_rules[] = {"list lines", "footnote members", "participant country",
                                            "side venue", "joint opening"};

static int chained(const char *rule) {
  for (size_t k = 0; k < sizeof chained_rules / sizeof *chained_rules; k++)
    if (!strcmp(chained_rules[k], rule)) return 1;
  return 0;
}

/* A document whose title names the meeting it is about. */
#define TITLE "第3回日メコン防災閣僚会合の結果\n\n"
#define TITLE_ID "meeting:第3回日メコン防災閣僚会合"
#define EN_REEF_HELD "The 3rd Reef Ministers Meeting was held in Suva on 3 May 2026.\n\n"
#define EN_REEF_ID "meeting:3rd-reef-ministers-meeting"
#define NO ANY_SENTENCE, 0
#define EN_COMMA_AGENCY "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026, Pacific-News \xE2\x80\x93 " \
  "Officials attended the Forum on 2 March.\n"
#define EN_HERE(here) "LUANG PRABANG, Laos, Dec. 17, 2016 (Xinhua) -- Officials from China and Laos " \
  "agreed" here " Monday to deepen cooperation.\nAt the \"4th Mekong-Lancang Ministers Meeting,\" " \
  "the ministers decided to widen the plan.\n"
#define R_REEF "The plan was adopted at the Second Reef Ministerial Meeting under the chairmanship of " \
  "Foreign Minister Ana Kalo in Apia on 12 June 2024 on the sidelines of the 53rd Pacific Islands " \
  "Forum Leaders Meeting."

#define EN_SIDE(chair) "The Second Foo-Bar Ministerial Meeting was held in Dili.\n" \
  "The event was held on the sidelines of the 12th ASEAN Regional Forum (ARF 12) in Hanoi, " \
  "Vietnam under the " chair ".\n"
#define EN_SIDE_OWN "meeting:2nd-foo-bar-ministerial-meeting"
#define JA_FOLLOWS "第6回日メコン外相会議は、2024年8月1日にビエンチャンにおいて第57回ASEAN外相会議に続いて開催された。"
#define JA_ASEAN57 "meeting:asean-fmm:57"
#define JA_CHAIR_COUNTRY "鈴木大臣から、議長国ラオスの準備に謝意を述べた上で、2023年5月に東京で開催された第2回日メコン防災閣僚会合の成果に触れた。"
#define JA_COPULA_CHAIR "署名は、日本から出席した山田太郎外務副大臣と、今回の議長国であるラオスのソムチャイ・ウォンサワット大臣の立ち合いの元で行われた。"
#define JA_JOINT "第9回ASEANプラス3(日中韓)観光相会議と第5回東アジアサミット観光相会議が14日、ラオスのルアンパバーンで開かれた。"
#define JA_JOINT_APT "meeting:第9回aseanプラス3(日中韓)観光相会議"
#define JA_JOINT_LIST "会議にはASEAN10カ国、日本、中国、韓国、インド、ロシアが参加した。"
#define EN_SCENE_PROGRAM "At the JAIF event at the Mekong-Japan Summit, Japan announced the Mekong Water Initiative."
#define JA_SPEAKER "皆様、ようこそ。山田太郎外務大臣です。"
#define EN_TITLE "Mekong-Japan Summit: Joint Statement\n\n"
#define EN_SUMMIT "meeting:mekong-japan-summit"
#define EN_ALSO_POST "The Summit was held in Vientiane. Also attending were the Chairman of the Ocean " \
  "Ministers Meeting and Minister for Foreign Affairs of Fiji, Sione Tau, and the Minister for " \
  "Foreign Affairs of Tonga, Ana Kalo."
#define EN_CHAIR_LIST "The Mekong-Japan Summit was co-chaired by H.E. Mr. Sato Kenji, Minister of Foreign Affairs of Japan and H.E. Mr. Tan Lin, " \
  "Minister of Foreign Affairs of Laos, H.E. Mr. Som Chea, Minister of Foreign Affairs of Cambodia and H.E. Mr. Chai Prasert, " \
  "Minister of Foreign Affairs of Thailand attended the Summit."
#define EN_PREPARED "Hosted by Japan, the Mekong-Japan Summit will discuss a study prepared by the World Bank and the Asian Development Bank."
#define EN_AUTHORS "Prime Minister Sato Kenji and President Tanaka Ichiro, met today.\n\n" \
  "At the Mekong-Japan Summit, we announced the Mekong Water Initiative.\n"
#define EN_CHAIR_SUPPORT "The meeting was chaired by the Minister of Trade of Laos, Sato Kenji, and " \
  "supported by the Director of the Secretariat, Dr. Tanaka Ichiro."
#define EN_CHAIR_ATTEND "The meeting was chaired by Minister Sato Kenji and was attended by Dr. Tanaka Ichiro."
#define EN_WHILE "Japan committed 30 billion yen to JAIF, while JICA announced USD 2 billion in loans."
#define JA_JAKARTA "第5回日メコン外相会議では、2023年7月にジャカルタで開催された第16回日ASEAN首脳会議の成果を確認した。"
#define EN_FORUM "meeting:3rd-mekong-japan-water-forum"
#define JA_AGRI "meeting:第5回日メコン農業対話"
#define EN_OTHER_TIME "They recalled the Mekong-Japan Summit held in Tokyo on 12 May 2022, and the Mekong Water Plan adopted by the leaders in Hanoi on 12 November 2022."
#define EN_OCEAN_FORUM "meeting:pacific-ocean-governance-forum"
#define EN_DATELINE "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — Officials of eleven island nations attended the Forum.\n"
#define EN_DATELINE_TOLD "Pacific Ocean Governance Forum\n\nTOKYO, 5 March 2026 — The Minister will " \
  "participate in the gathering of ocean ministers in Suva from 3 to 4 May 2026.\n"
#define JA_MOVE "山田太郎外務大臣は、タイを訪問し、首相と会談した後、ベトナムに移動し、第6回日メコン外相会議に出席した。"
#define EN_WHO_CHAIR "Prime Minister Sato Kenji, who co-chaired the Mekong-Japan Summit with Laos, welcomed Cambodia."
#define JA_FISH "meeting:第2回日太平洋漁業対話"
#define EN_FORUM_CHAIR "Ocean Ministers Meeting\n\nThe Pacific Islands Forum met today.\n" \
  "Representing Tuvalu as Forum Chair, Minister Simon Kofe noted the progress.\n"
#define EN_TWO_FORMS "JICA will provide 50 billion yen in loans for the Davao Bypass Project and 3 billion yen in grants for the Mindanao School Project."
#define EN_LOAN_FOR "JICA signed an ODA loan of 12 billion yen for the Harbour Bridge Project."
#define JA_HOST "防衛省は、5月2日、タイにおいて第3回日メコン防災閣僚会合を開催した。"
#define EN_CONVENING "We thanked Laos for convening the 10th Mekong-Japan Summit on 5 May 2024 in Vientiane."
#define JA_TRIP "山田大臣が日メコン経済大臣会合等に出席しました\n山田大臣は、5月2日から4日の日程で、" \
  "ラオス・ビエンチャンに出張し、日メコン経済大臣会合、日ASEAN経済大臣会合に出席しました。"
#define JA_SECTION "山田大臣の出張結果\n\n1.第3回日メコン外相会議\n\n(1)概要\n\n会議が開催された。\n\n"
#define JA_LISTED "本会合では、我が国が提案した以下の事項が承認された。\n\n"
#define EN_WATER "Japan-Central Asia Water Dialogue\n\n"
#define EN_WATER_ID "meeting:japan-central-asia-water-dialogue"
#define EN_WHICH "Ministers welcomed the outcome of the 27th ASEAN-Japan Summit, which was held in Vientiane on 10 October 2024."
#define EN_AID "CANBERRA, 3 May 2024\n\nAustralia will provide $2 billion in Official Development Assistance (ODA) next year. "
#define EN_DEAL "NEC closed the USD 2 billion deal with USD 1 billion provided by the Government through Export Finance Australia."
#define EN_TWO_GIFTS "Japan will contribute USD 8 million to the ASEAN Smart Cities Network and USD 3 million to the ASEAN Centre for Energy."
#define JA_TWO_GIFTS "日本はASEANスマートシティ・ネットワークに7億円、ASEANエネルギーセンターに2億円を拠出する。"
#define JA_HOTEL "第3回日メコン外相会議は、シンガポールのシャングリラホテルで開催された。"
#define JA_WATER_INIT "program:日メコン水資源イニシアティブ"
#define JA_PLAN "program:メコン防災行動計画"
#define SECTIONS "東アジア農業大臣会合の結果\n\n8月1日、東アジア農業大臣会合が開催された。\n"
#define JA_DATED "2026年3月1日\n\n"
#define NOTICE "農林水産省からのお知らせ\n2026年3月1日\n鈴木大臣は、第3回日メコン農業大臣会合及び第5回日ASEAN農業大臣会合に出席するため、ラオスを訪問しました。\n"
#define EN_OCEAN_PLACE "Apia, Samoa\n\n2 June 2026\n\n"
#define EN_OCEAN_BODY EN_OCEAN_PLACE "The fifth Ocean Ministers Meeting was held in Apia on 2 June 2026. "
#define EN_OCEAN_RECALLED EN_OCEAN_PLACE "Ministers recalled the fifth Ocean Ministers Meeting held in Apia. "
#define EN_OCEAN_ID "meeting:5th-ocean-ministers-meeting"
#define EN_WIRE "Apia [Samoa], June 2 (ANI): The fifth Ocean Ministers Meeting (OMM) kicked off here on Tuesday.\n\n"
#define EN_WIRE_CHAIR "Chaired by Samoa's Foreign Minister Sato Kenji, the meeting was attended in person " \
  "by Foreign Ministers of Fiji and Tonga, and online by Foreign Ministers of Japan and Tuvalu.\n"
#define JA_ORGS_SEEN "出席が確認されている国際機関は、アジア開発銀行です。\n"
#define EN_OPENED "The Summit opened in Hanoi on 3 May 2026. "
#define EN_ANOTHER_GIFT "Japan contributed USD 2 million to the ASEAN Smart Cities Network and another " \
  "USD 6 million to help establish the ASEAN Centre for Energy."
#define JA_TWO_LOANS "カンボジア政府とJICAは、「プノンペン排水改善計画」のための30億円の融資契約と、" \
  "「カンボジア人材育成奨学計画」支援のための2億円の贈与契約に調印した。"
#define EN_HELD_BY "Laos and Cambodia held the Third Mekong-Japan Water Forum in Vientiane on 4 March 2024. "
#define EN_IN_ADDITION "In addition, officials of the Asian Development Bank (ADB) participated."
#define EN_FORUM_OPENED "The Third Mekong-Japan Water Forum opened in Vientiane on 4 March 2024. "
#define EN_HOST_NEXT(what) "The Mekong-Japan Summit was held in Tokyo and Laos will host the " \
  what " in 2027."
#define EN_OFFER_HOST(what) "The leaders welcomed the offer of Laos to host the " what \
  " in Vientiane in 2027."
#define EN_NEXT_HELD "The Ocean Ministers Meeting, first convened in 2011, will next be held in Apia in 2027."
#define EN_REVIEWED "At the Mekong-Japan Summit held in the presence of the ministers of Laos and " \
  "Cambodia, the participants reviewed the results of the Third Mekong-Japan Water Forum."
#define EN_TWO_SUMMITS "Ministers will travel to the 3rd Ocean Summit and the 1st Island Leaders Summit"
#define EN_OCEAN_ID2 "meeting:ocean-ministers-meeting"
#define EN_OCEAN_OPENED "The Ocean Ministers Meeting opened in Apia on 2 June 2026. "
#define JA_MEKONG_FIVE "メコン地域5カ国(カンボジア、ラオス、ミャンマー、タイ、ベトナム)"
#define JA_EMM12 "meeting:第12回日メコン経済大臣会合"
#define JA_FARM_LIST TITLE "会合が開催され、大臣が出席した。(参考)出席国等\nASEAN諸国:ブルネイ、カンボジア、\n"
#define JA_HOSTED_FIRST "防衛省主催、第3回日メコン防災閣僚会合が5月2日、東京で開催された。"
#define JA_ATTENDED_LEAD "環境省は、5月2日に東京で開催された「第3回日メコン防災閣僚会合」に、山田太郎副大臣が出席したと発表した。"
#define JA_DISASTER_ID "meeting:第3回日メコン防災閣僚会合"
#define JA_DISASTER_NAME "第3回日メコン防災閣僚会合"
#define JA_PAIR_TITLE JA_DISASTER_NAME "及び第5回日メコン外相会議の結果\n\n"
#define JA_PAIR_HELD "2026年5月3日、" JA_DISASTER_NAME "及び第5回日メコン外相会議がハノイで開催された。\n\n"
#define JA_PAIR_ONE JA_DISASTER_NAME "では、防災を議論した。\n\n"
#define JA_PAIR_LAST "山田太郎外務大臣が出席し、共同声明が採択された。\n"
#define EN_TALKS_LEAD "APIA\xE2\x80\x94Ministers of Fiji and Tonga will join business leaders on Friday in talks " \
  "on trade, Samoa said on Thursday.\n"
#define EN_HEAD_VENUE "Samoa 3 June 2026\nOcean Secretariat, Apia.\n"
#define EN_LEAD "Ocean News\nMinisters of Fiji and Tonga praised Japan\xE2\x80\x99s support while attending a meeting in Apia on 3 June 2026. "

#define JA_SIGNING "高知県とフィジーの協力に関する覚書を締結しました。\n協定署名式\n1 日時\n" \
  "2026年5月2日(土曜日)10時00分~10時30分\n2 場所\n国際協力機構本部\n3 署名者\n高知県:山田太郎知事\n" \
  "フィジー:ジョン・スミス大臣\n4 内容\n署名式に先立つ面談で、大臣から謝意が示された。\n"

#define JA_ATTENDED "山田外相は4日、ハノイで第5回日メコン外相会議に出席した。(2)"
#define JA_MEASURES "という、メコン地域に恩恵をもたらす2大措置の実施を宣言した。"
static const tie_row ties[] = {
    /* meeting_for: the meeting a stay is for, its mention with its article (for the summit);
     * near miss: "for the" before other words */
    {"held_in", "t.txt",
     EN_TITLE "Leaders from Laos and Cambodia have arrived in Hanoi for the summit.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:hanoi", 1, 1},
    {"held_in", "t.txt",
     EN_TITLE "Leaders from Laos have arrived in Hanoi for the first time since the summit.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:hanoi", NO},
    /* placed_meetings: a gathering verb with に (勢ぞろい) places and attends the meeting of
     * the clause before; near miss: an arrival (に到着) attends nothing */
    {"held_in", "t.txt", "第5回日メコン外相会議が開幕し、ラオスやタイなど各国の外相らがハノイに勢ぞろいした。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "place:hanoi", 0, 1},
    {"participates_in", "t.txt", "第5回日メコン外相会議が開幕し、ラオスやタイなど各国の外相らがハノイに勢ぞろいした。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:5", 0, 1},
    {"held_in", "t.txt", "第5回日メコン外相会議が開幕し、ラオスやタイなど各国の外相らがハノイに到着した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "place:hanoi", NO},
    /* dg_rel_gathered_for: who gathered (に集まり) at a place before a later clause holds a
     * meeting: the place and the attendance are that meeting's, not one the sentence named
     * before; near misses: the meeting named before, a meeting only prepared after a comma */
#define JA_GATHERED "第4回日メコン外相会議から1年が過ぎ、ラオスやタイの外相が東京に集まり、" \
  "山田太郎外務大臣が議長を務めて、第5回日メコン外相会議が開催された。"
    {"held_in", "t.txt", JA_GATHERED, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "place:tokyo",
     0, 1},
    {"participates_in", "t.txt", JA_GATHERED, DG_REL_PARTICIPATES_IN, "country:LAO",
     "meeting:mekong-japan-fmm:5", 0, 1},
    {"participates_in", "t.txt", JA_GATHERED, DG_REL_PARTICIPATES_IN, "country:LAO",
     "meeting:mekong-japan-fmm:4", NO},
    {"held_in", "t.txt", "ラオスやタイの外相が東京に集まり、第5回日メコン外相会議の準備を話し合った。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "place:tokyo", NO},
    /* a host who greets the leaders (greeted by); near miss: greeted the news */
    {"participates_in", "t.txt", EN_TITLE "All leaders were greeted by Prime Minister Sato Kenji.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Prime Minister Sato Kenji greeted the news.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, NO},
    /* dateline_lead: the one meeting a news lead names after its dateline is the report's;
     * near miss: named as the occasion of a signing (on the sidelines of) */
    {"participates_in", "t.txt",
     "TOKYO, 5 March 2026 \xE2\x80\x94 Prime Minister Sato Kenji will join his counterparts in the "
     "Mekong-Japan Summit today.\nLaos is also taking part.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt",
     "TOKYO, 5 March 2026 \xE2\x80\x94 Japan will sign the Water Agreement on the sidelines of the "
     "Mekong-Japan Summit today.\nLaos is also taking part.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    /* exclusion_words.tsv: "except of" and a headline's 参加なし leave the country out */
    {"participates_in", "t.txt", EN_TITLE "All ministers, except of Laos, attended the Summit.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    {"participates_in", "t.txt", "第5回日メコン外相会議、ラオス参加なし\n\n第5回日メコン外相会議がハノイで開かれた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:5", NO},
    /* attended_objects: "in" and the meeting past a word of meeting_modifiers.tsv (the
     * annual); near miss: a noun of its own between (the annual review of the Meeting) */
    /* which_antecedent: a ", which" clause hangs on the meeting across its setting of
     * places and a date (setting_owner); near miss: a setting of no date, a name between */
    {"participates_in", "t.txt", "Chile hosted the Andean Water Summit in Lima on 4 May 2026, which was attended by Presidents of Peru and Bolivia.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", NULL, 0, 1},
    {"participates_in", "t.txt", "Chile hosted the Andean Water Summit with help from Ecuador, which was attended by Presidents of Peru and Bolivia.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", NULL, NO},
    /* meeting_object: the holders of a meeting named after a hyphenated word in lower case
     * (held the first-ever M) take part; near miss: two words between */
    {"participates_in", "t.txt", "The Foreign Ministers of Peru and Chile held the first-ever Andean Water Ministerial Meeting in Lima.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", "meeting:andean-water-ministerial-meeting", 0, 1},
    {"participates_in", "t.txt", "The Foreign Ministers of Peru and Chile held the first ever Andean Water Ministerial Meeting in Lima.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", "meeting:andean-water-ministerial-meeting", NO},
    /* said_held: a place the meeting "was held" in is its setting without a date; near
     * miss: a place alone */
    {"participates_in", "t.txt", "The Andean Water Summit was held in Lima city, which was attended by Presidents of Peru and Bolivia.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", NULL, 0, 1},
    {"participates_in", "t.txt", "Chile hosted the Andean Water Summit in Lima, which was attended by Presidents of Peru and Bolivia.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", NULL, NO},
    {"participates_in", "t.txt", "Tonga took part in the annual Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Tonga took part in the annual review of the Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID2, NO},
    /* triggers.tsv "present at" (a record's inverted attendance) and "observers comprised";
     * near miss: observers who only speak of a country */
    {"participates_in", "t.txt", "Present at the Ocean Ministers Meeting were representatives from Chile, Peru "
     "and Fiji.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "At the Ocean Ministers Meeting, observers comprised representatives from "
     "Chile and Peru.\n",
     DG_REL_PARTICIPATES_IN, "country:CHL", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "At the Ocean Ministers Meeting, observers criticized Chile and Peru.\n",
     DG_REL_PARTICIPATES_IN, "country:CHL", EN_OCEAN_ID2, NO},
    /* triggers.tsv "representatives were from", "delegates were from": observers named after
     * the organization they came from, in a sentence of no meeting (the section's); near
     * miss: a source, not attendees */
    {"participates_in", "t.txt", "The Ocean Ministers Meeting was held in Suva.\nThe following countries "
     "were represented: Chile and Peru. OMM Observer representatives were from the World Bank and the "
     "European Union.\n",
     DG_REL_PARTICIPATES_IN, "org:world-bank", EN_OCEAN_ID2, 2, 1},
    {"participates_in", "t.txt", "The Ocean Ministers Meeting was held in Suva.\nObserver delegates were "
     "from the World Bank.\n",
     DG_REL_PARTICIPATES_IN, "org:world-bank", EN_OCEAN_ID2, 1, 1},
    {"participates_in", "t.txt", "The Ocean Ministers Meeting was held in Suva.\nFunding for the plan was "
     "from the World Bank.\n",
     DG_REL_PARTICIPATES_IN, "org:world-bank", EN_OCEAN_ID2, NO},
    /* triggers.tsv "acted as the Vice", "served as Vice": a meeting's office under its chair;
     * near miss: another office */
    {"participates_in", "t.txt", EN_REEF_HELD "Minister Ana Ruiz of Chile acted as the Vice-Chairperson.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", EN_REEF_ID, 1, 1},
    {"participates_in", "t.txt", EN_REEF_HELD "Minister Ana Ruiz of Chile served as Vice-Chair.\n",
     DG_REL_PARTICIPATES_IN, "country:CHL", EN_REEF_ID, 1, 1},
    {"participates_in", "t.txt", EN_REEF_HELD "Minister Ana Ruiz of Chile acted as an adviser to the bank.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", EN_REEF_ID, NO},
    /* triggers.tsv "opened by": who opens a meeting takes part in it */
    {"participates_in", "t.txt", "The Ocean Ministers Meeting was officially opened by Minister Ana Ruiz of "
     "Chile.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", EN_OCEAN_ID2, 0, 1},
    /* triggers.tsv "to represent": a trip's purpose; near miss: the bare verb of a figure */
    {"participates_in", "t.txt", "Minister Ana Ruiz will travel to Apia to represent Chile at the Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:CHL", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Minister Ana Ruiz will travel to Apia to represent Chile at the Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "The Ocean Ministers Meeting was told that exports to Chile represent a third of the total.\n",
     DG_REL_PARTICIPATES_IN, "country:CHL", EN_OCEAN_ID2, NO},
    /* echoes_own: a meeting in lower case that repeats the last words of the title's name
     * is the document's own; near miss: other words (another meeting) */
    {"participates_in", "t.txt", "Ocean Ministers Meeting in Apia\nSamoa hosted delegations from Fiji and Tonga "
     "for the June 2-3 ocean ministers meeting. The delegations were senior.\nSamoa and Fiji co-chaired the "
     "two-day meeting, which reviewed progress since the 2019 Blue Pacific Ministerial.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID2, 1, 1},
    {"participates_in", "t.txt", "Ocean Ministers Meeting in Apia\nSamoa hosted delegations from Fiji and Tonga "
     "for the June 2-3 fisheries officials meeting. The delegations were senior.\nSamoa and Fiji co-chaired the "
     "two-day meeting, which reviewed progress since the 2019 Blue Pacific Ministerial.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID2, NO},
    /* bare_represented: "represented at" after a noun, no "be" before it (a wish in a
     * quote); near misses: "were represented at", the active verb */
    {"participates_in", "t.txt", "\xE2\x80\x9CWe thank the Samoan government and want to see small states represented "
     "at the Ocean Ministers Meeting this year,\xE2\x80\x9D the Minister said.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID2, NO},
    {"participates_in", "t.txt", "Chile and Peru were also represented at the Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:PER", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Minister Ana Ruiz represented Fiji at the Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID2, 0, 1},
    /* contrast_meetings: a clause opening with while / whereas shares the meeting the clause
     * before attends; near miss: the clause before attends nothing (praised) */
    {"participates_in", "t.txt", "Fiji and Tonga attended the Ocean Ministers Meeting, while Palau was "
     "represented by its Minister of State.\n", DG_REL_PARTICIPATES_IN, "country:PLW", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Fiji and Tonga attended the Ocean Ministers Meeting, whereas Palau was "
     "represented by its Minister of State.\n", DG_REL_PARTICIPATES_IN, "country:PLW", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Fiji praised the Ocean Ministers Meeting, while Palau was represented by "
     "its Minister of State.\n", DG_REL_PARTICIPATES_IN, "country:PLW", EN_OCEAN_ID2, NO},
    /* dg_rel_reporter: the names of an opening "According to X," are the report's source;
     * near miss: the countries after the comma */
    {"participates_in", "t.txt",
     "According to the Asian Development Bank, Fiji and Tonga attended the fifth Ocean "
     "Ministers Meeting.\n", DG_REL_PARTICIPATES_IN, "org:adb", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt",
     "According to the Asian Development Bank, Fiji and Tonga attended the fifth Ocean "
     "Ministers Meeting.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* dg_rel_apposed_place: a country after a place and a comma says where the place is;
     * near miss: the next item of a list of parties */
    {"participates_in", "t.txt",
     "Minister Ana Ruiz traveled to Nuku'alofa, Tonga, to attend the fifth Ocean Ministers "
     "Meeting.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt",
     "Ministers from Fiji, French Polynesia, Tonga and Samoa attended the fifth Ocean "
     "Ministers Meeting.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* ja_attributive: a verb that modifies the meeting's name has its parties before it, and
     * that meeting, not another the clause names; near miss: who attends by a verb of
     * their own */
    {"participates_in", "t.txt", JA_DISASTER_NAME "が東京で開催された。日本が主催する" JA_DISASTER_NAME
     "では、第5回日メコン外相会議で山田太郎外務大臣が提唱した計画に基づき、協力を確認した。",
     DG_REL_PARTICIPATES_IN, "country:JPN", "meeting:mekong-japan-fmm:5", NO},
    {"participates_in", "t.txt", JA_DISASTER_NAME "が東京で開催された。日本が主催する" JA_DISASTER_NAME
     "では、第5回日メコン外相会議で山田太郎外務大臣が提唱した計画に基づき、協力を確認した。",
     DG_REL_PARTICIPATES_IN, "country:JPN", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", JA_DISASTER_NAME "が東京で開催された。日本が主催する" JA_DISASTER_NAME
     "には、山田太郎外務大臣が出席した。", DG_REL_PARTICIPATES_IN, "person:山田太郎", JA_DISASTER_ID, 1, 1},
    /* speakers: a meeting with で between the scene and the announcing word is the nearer
     * scene; near miss: none between */
    {"participates_in", "t.txt", "第5回日メコン外相会議では、" JA_DISASTER_NAME "で山田太郎外務大臣が提唱"
     "した計画を確認した。", DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:5", NO},
    {"participates_in", "t.txt", "第5回日メコン外相会議では、山田太郎外務大臣が新たな計画を提唱した。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:5", 0, 1},
    /* excluded.c: an actor left out (except, other than, を除く, 以外) takes no part, nor one
     * listed with it; near miss: the actor before the word */
    {"participates_in", "t.txt", "Ministers of the members, except from Nauru, attended the fifth Ocean "
     "Ministers Meeting.\n", DG_REL_PARTICIPATES_IN, "country:NRU", EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "The fifth Ocean Ministers Meeting was attended by all members except "
     "Palau and Nauru.\n", DG_REL_PARTICIPATES_IN, "country:NRU", EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "The fifth Ocean Ministers Meeting was attended by Nauru, except "
     "for its minister.\n", DG_REL_PARTICIPATES_IN, "country:NRU", EN_OCEAN_ID, ANY_SENTENCE, 1},
    /* の代理として: the minister represented takes no part, the deputy who attends does;
     * near miss: a minister who attends with the deputy */
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。山田防災大臣の代理として"
     "鈴木一郎副大臣が出席した。", DG_REL_PARTICIPATES_IN, "person:山田", JA_DISASTER_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。山田防災大臣の代理として"
     "鈴木一郎副大臣が出席した。", DG_REL_PARTICIPATES_IN, "person:鈴木一郎", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。山田防災大臣と"
     "鈴木一郎副大臣が出席した。", DG_REL_PARTICIPATES_IN, "person:山田", JA_DISASTER_ID, 1, 1},
    /* one-character abbreviations (印, 豪) as items of a list of countries, after two
     * countries at least, take part; near miss: after one country */
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。\n出席者:日本、中国、韓国、印、豪、NZ\n",
     DG_REL_PARTICIPATES_IN, "country:IND", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。\n出席者:日本、中国、韓国、印、豪、NZ\n",
     DG_REL_PARTICIPATES_IN, "country:AUS", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合が東京で開催された。\n出席者:タイ、印、中長期\n",
     DG_REL_PARTICIPATES_IN, "country:IND", JA_DISASTER_ID, ANY_SENTENCE, 0},
    /* who the meeting's prominent figures included takes part; near miss: figures elsewhere */
    {"participates_in", "t.txt", "The fifth Ocean Ministers Meeting was held in Suva. Prominent figures at the meeting "
     "included President Tan Lin of Palau.\n", DG_REL_PARTICIPATES_IN, "country:PLW", EN_OCEAN_ID, 1, 1},
    {"participates_in", "t.txt", "The fifth Ocean Ministers Meeting was held in Suva. Prominent figures in the region "
     "include President Tan Lin of Palau.\n", DG_REL_PARTICIPATES_IN, "country:PLW", EN_OCEAN_ID, NO},
    /* English words after the actor or its list, past a comma (are barred from, did not
     * attend); near miss: another clause's actor */
    {"participates_in", "t.txt", "Partners, including Chile, Peru and the US, were barred from attending the fifth Ocean "
     "Ministers Meeting. Fiji attended the fifth Ocean Ministers Meeting.\n", DG_REL_PARTICIPATES_IN, "country:PER",
     EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "Fiji and Tonga attended the fifth Ocean Ministers Meeting; Samoa did not attend.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "Fiji and Tonga attended the fifth Ocean Ministers Meeting; Samoa did not attend.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* is not attending: who stays away takes no part; near miss: the one attending */
    {"participates_in", "t.txt", "Fiji and Tonga are attending the fifth Ocean Ministers Meeting; Samoa is not attending.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "Fiji and Tonga are attending the fifth Ocean Ministers Meeting; Samoa is not attending.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* context.c undated_scene on the sentence after a wire's lead that names no meeting:
     * the one it names after " at an " is the document's, which a sentence naming none
     * then attends; near miss: the meeting named otherwise */
    {"participates_in", "t.txt", EN_TALKS_LEAD "Business leaders asked the ministers to join them at an Ocean "
     "Business Forum in Apia.\nOfficials from Palau are participating.\n", DG_REL_PARTICIPATES_IN,
     "country:PLW", "meeting:ocean-business-forum", 2, 1},
    {"participates_in", "t.txt", EN_TALKS_LEAD "Business leaders asked the ministers to prepare for the Ocean "
     "Business Forum in Apia.\nOfficials from Palau are participating.\n", DG_REL_PARTICIPATES_IN,
     "country:PLW", "meeting:ocean-business-forum", NO},
    /* was not able to attend, skipped: who could not come or stayed away takes no part;
     * near miss: who was sent instead */
    {"participates_in", "t.txt", "Fiji attended the fifth Ocean Ministers Meeting. The minister of Samoa was not able "
     "to attend the meeting.\n", DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "Fiji attended the fifth Ocean Ministers Meeting. The ministers of Samoa and Tonga "
     "skipped the meeting, sending deputies instead.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID,
     ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "Fiji attended the fifth Ocean Ministers Meeting. The minister skipped the dinner, "
     "and Tonga attended the meeting.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 1, 1},
    {"participates_in", "t.txt", "ミャンマーとタイを除く各国が" JA_DISASTER_NAME "に出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, ANY_SENTENCE, 0},
    {"participates_in", "t.txt", "ミャンマー以外の国とタイが" JA_DISASTER_NAME "に出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, ANY_SENTENCE, 1},
    /* は欠席: an actor absent takes no part, wherever the sentence names it; near miss:
     * another actor of the list */
    {"participates_in", "t.txt", "タイ、ラオス及びベトナムが" JA_DISASTER_NAME "に出席した(ただしラオスは欠席)。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_DISASTER_ID, NO},
    {"participates_in", "t.txt", "タイ、ラオス及びベトナムが" JA_DISASTER_NAME "に出席した(ただしラオスは欠席)。\n",
     DG_REL_PARTICIPATES_IN, "country:VNM", JA_DISASTER_ID, ANY_SENTENCE, 1},
    /* body_meeting: a short venue line that ends with a full stop is part of the head, the
     * body's first sentence after it holds the document's meeting; near miss: a sentence
     * that only recalls the meeting */
    {"participates_in", "t.txt", EN_HEAD_VENUE "The fifth Ocean Ministers Meeting was held in Apia on 3 June 2026. "
     "Nauru and Palau were represented by officials.\n", DG_REL_PARTICIPATES_IN, "country:NRU",
     EN_OCEAN_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", EN_HEAD_VENUE "Ministers recalled the fifth Ocean Ministers Meeting held in Apia. "
     "Nauru and Palau were represented by officials.\n", DG_REL_PARTICIPATES_IN, "country:NRU",
     EN_OCEAN_ID, NO},
    /* a news lead that names its meeting in the next sentence: its "a meeting" is that one;
     * "while attending" goes on with the subject before it (not Japan's support); near
     * miss: the next sentence does not open with the meeting */
    {"participates_in", "t.txt", EN_LEAD "The fifth Ocean Ministers Meeting took place on the sidelines of the Pacific Islands Forum.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", EN_LEAD "The fifth Ocean Ministers Meeting took place on the sidelines of the Pacific Islands Forum.\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", EN_LEAD "Officials said the fifth Ocean Ministers Meeting took place in Apia.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", "Ministers of Fiji and Tonga praised the plan while attending the fifth Ocean Ministers Meeting in Apia.",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* who hosts a reception or a dinner (other_occasions.tsv) takes part in no meeting by
     * it; near miss for the near miss: who hosts the Summit does */
    {"participates_in", "t.txt", EN_TITLE "Laos thanked the dinner hosted by Prime Minister Sato Kenji on 8 May 2025.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, NO},
    {"participates_in", "t.txt", EN_TITLE "Ministers thanked Laos for the hospitality accorded to delegations, "
     "including the dinner hosted by the Minister of Culture of Laos, Sato Kenji, on 4 May 2025.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, NO},
    /* "participation of": those after it take part, not the subject before it; "the
     * participating officials": an attribute, no actor after it */
    {"participates_in", "t.txt", EN_TITLE "The Summit was held with the participation of leaders from Laos and Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Laos will encourage the participation of the private sector.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    {"participates_in", "t.txt", EN_TITLE "The participating officials welcomed Japan\xE2\x80\x99s support.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, NO},
    /* attribute_list: the participle's noun listed by a verb (were, included) and an actor
     * right after it takes part; near miss: no actor after the verb */
    {"participates_in", "t.txt", EN_TITLE "The participating countries were: Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The Ministers of the participating countries and bodies were the "
     "Asian Development Bank and Laos.", DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The participating countries were grateful to Japan.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, NO},
    /* roles.c after_article: "The following" is no preposition before the meeting named
     * later, which is then the one attended; near miss: "following" as a preposition */
    {"participates_in", "t.txt", EN_TITLE "The following countries attended the Mekong-Japan Summit: Laos "
     "and Thailand.", DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Laos attended a reception following the Mekong-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    /* "present were", "present:" after a noun; near miss: the verb "present" */
    {"participates_in", "t.txt", EN_TITLE "Members present: Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Dialogue partners present were Laos and Japan.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Japan will present a plan to Laos.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    /* noun_reading: "meet" after an article and a noun phrase is the event, no verb; near
     * miss: a plural subject before it */
    {"participates_in", "t.txt", EN_TITLE "The regional defence meet came amid a dispute of Laos and "
     "Cambodia.", DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    {"participates_in", "t.txt", EN_TITLE "The two leaders meet in Vientiane with Laos.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The Prime Minister will meet Laos in Vientiane.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    /* chaired_by: the meetings named after "such as" that follows the chaired one; near
     * miss: a ", which" clause names them */
    {"chaired_by", "t.txt", "Minister Sato Kenji will chair the Pacific Ocean Governance Forum and other related meetings "
     "such as the Island Business Summit and the Youth Ocean Dialogue.", DG_REL_CHAIRED_BY,
     "meeting:youth-ocean-dialogue", "person:sato-kenji", 0, 1},
    {"chaired_by", "t.txt", "Minister Sato Kenji will chair the Pacific Ocean Governance Forum, which will review "
     "the Island Business Summit and the Youth Ocean Dialogue.", DG_REL_CHAIRED_BY,
     "meeting:youth-ocean-dialogue", "person:sato-kenji", NO},
    /* chair_of_office: "Chairman of BODY Name" in a list of attending heads of state is
     * the country's office, no chair of the meeting; near miss: the chairmanship of Laos */
    {"chaired_by", "t.txt", EN_TITLE "The Summit was held with the participation of the President of Laos "
     "Sato Kenji, the Chairman of the People's Republic of China Xi Jinping and the President of "
     "Cambodia Suzuki Jiro.", DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sato-kenji", NO},
    {"chaired_by", "t.txt", EN_TITLE "The Summit was held under the chairmanship of Laos.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:LAO", 1, 1},
    {"chaired_by", "t.txt", EN_TITLE "Also in attendance were the President of Laos Sato Kenji, Chairman "
     "of the Board of Governors of the Asian Development Bank Suzuki Jiro and the Mayor of Vientiane.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "person:suzuki-jiro", NO},
    {"chaired_by", "t.txt", EN_TITLE "The Summit was opened by Sato Kenji, the Chairman of the Summit, "
     "and Suzuki Jiro.", DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sato-kenji", 1, 1},
    /* chairs_other: a chairing word that takes a pillar or a working group chairs no
     * meeting; near miss: a meeting named there */
    {"chaired_by", "t.txt", EN_TITLE "They noted Thailand's offer to co-chair a new Energy Security pillar.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:THA", NO},
    {"chaired_by", "t.txt", EN_TITLE "They welcomed Laos and Viet Nam to be co-chairs of this Working Group.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:LAO", NO},
    {"chaired_by", "t.txt", EN_TITLE "Tonga took over as chair of the island states grouping.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:TON", NO},
    {"chaired_by", "t.txt", "Thailand will co-chair the Ocean Summit and its Energy Security pillar.",
     DG_REL_CHAIRED_BY, "meeting:ocean-summit", "country:THA", 0, 1},
    /* holds_thing: a holding verb whose object is a thing (facilities) holds no meeting, so
     * its subjects take no part; near misses: hosting the meeting, held at a training centre */
    {"participates_in", "t.txt", EN_TITLE "They noted the interest of Fiji in hosting training facilities for "
     "the police.", DG_REL_PARTICIPATES_IN, "country:FJI", EN_SUMMIT, NO},
    {"participates_in", "t.txt", EN_TITLE "Fiji is hosting the Summit.", DG_REL_PARTICIPATES_IN,
     "country:FJI", EN_SUMMIT, 1, 1},
    {"held_on", "t.txt", EN_TITLE "The Summit was held at a training centre on 3 May 2024.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2024-05-03", 1, 1},
    /* chair_of_other_term: an incoming or former chair, maybe of a group, holds the office
     * before or after the meeting; near miss: the outgoing chair */
    {"chaired_by", "t.txt", EN_TITLE "Laos will give full support to the incoming ASEAN chair Indonesia "
     "in its work.", DG_REL_CHAIRED_BY, EN_SUMMIT, "country:IDN", NO},
    {"chaired_by", "t.txt", EN_TITLE "Laos thanked the former chair, Thailand, for its work.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:THA", NO},
    {"chaired_by", "t.txt", EN_TITLE "Laos thanked the outgoing chair Thailand for its work.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:THA", 1, 1},
    /* past_posts: a meeting named in a post (the Chairman of M and Minister ..., A) is no
     * scene: those attending attend the document's meeting; one_holder: that post's chair is
     * the first person after it alone; near misses: the later people of the list */
    {"participates_in", "t.txt", EN_TITLE EN_ALSO_POST, DG_REL_PARTICIPATES_IN,
     "person:ana-kalo", EN_SUMMIT, 2, 1},
    {"participates_in", "t.txt", EN_TITLE EN_ALSO_POST, DG_REL_PARTICIPATES_IN,
     "person:ana-kalo", "meeting:ocean-ministers-meeting", NO},
    {"chaired_by", "t.txt", EN_TITLE EN_ALSO_POST, DG_REL_CHAIRED_BY,
     "meeting:ocean-ministers-meeting", "person:sione-tau", 2, 1},
    {"chaired_by", "t.txt", EN_TITLE EN_ALSO_POST, DG_REL_CHAIRED_BY,
     "meeting:ocean-ministers-meeting", "person:ana-kalo", NO},
    /* chair_owns: "of the Chair" ending its phrase names no one its holder; near miss: the
     * chair's name in apposition */
    {"chaired_by", "t.txt", EN_TITLE "Canada was invited as a guest of the Chair.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:CAN", NO},
    {"chaired_by", "t.txt", EN_TITLE "Prime Minister Sione Tau of Tonga, the chair, welcomed Canada.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sione-tau", 1, 1},
    /* undated_lead: the one meeting an English lead names, with no title and no dateline, is
     * the document's; near miss: the hosting "of the" meeting is what the release supports */
    {"participates_in", "t.txt", "Ministers will arrive in Fiji next week for the 5th Pacific Ocean "
     "Council of Ministers on 3 May 2024 in Suva. The Council of Ministers meeting will see the "
     "participation of the Foreign Ministers of Samoa and Tonga.", DG_REL_PARTICIPATES_IN,
     "country:TON", "meeting:5th-pacific-ocean-council-of-ministers", 1, 1},
    {"participates_in", "t.txt", "Fiji welcomed support for its hosting of the 5th Pacific Ocean "
     "Council of Ministers in 2027. The grant will see the participation of Samoa and Tonga.",
     DG_REL_PARTICIPATES_IN, "country:TON", "meeting:5th-pacific-ocean-council-of-ministers", NO},
    /* chairs_other: a Chairman of a cabinet or a senate holds an office, no meeting's chair;
     * near miss: the chairman of the meeting */
    {"chaired_by", "t.txt", EN_TITLE "The minister welcomed Deputy Chairman of the Cabinet of Ministers and Foreign "
     "Minister Sione Tau of Tonga.", DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sione-tau", NO},
    {"chaired_by", "t.txt", EN_TITLE "Prime Minister Sione Tau of Tonga, the chairman of the Summit, "
     "welcomed the ministers.", DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sione-tau", 1, 1},
    /* amounts: the news agency of a dateline owns no amount; goals (SDGs) own none */
    {"amounts", "t.txt", "SUVA, May 2 (Xinhua) -- The minister announced 3 million dollars for island schools.",
     DG_REL_AMOUNT, "org:xinhua", NULL, NO},
    {"amounts", "t.txt", "SUVA, May 2 (Xinhua) -- JICA announced 3 million dollars for island schools.",
     DG_REL_AMOUNT, "org:jica", NULL, 0, 1},
    /* the source of a closing "according to" owns none; near miss: the body that gives */
    {"amounts", "t.txt", "Projects worth about USD 4 million are under way, according to JICA.",
     DG_REL_AMOUNT, "org:jica", NULL, NO},
    {"amounts", "t.txt", "Projects worth about USD 4 million were funded by JICA.",
     DG_REL_AMOUNT, "org:jica", NULL, 0, 1},
    {"amounts", "t.txt", "Japan will contribute USD 2 million to the SDGs.", DG_REL_AMOUNT,
     "program:sdgs", NULL, NO},
    /* giver: an organization after "from" gives the sums of its clause, owns none; near
     * miss: a fund after "from" is still the owner */
    {"amounts", "t.txt", "Japan signed the agreement with JICA. It includes a USD 30 million loan from "
     "JICA for rural roads.", DG_REL_AMOUNT, "org:jica", NULL, NO},
    {"amounts", "t.txt", "Japan provided USD 3 million from the Japan-ASEAN Integration Fund.",
     DG_REL_AMOUNT, "program:jaif", NULL, 0, 1},
    /* held_in: a place right before において / で開催, right after "held in" */
    /* held.c place_joined_before: the city named with ・ before the building that is the
     * venue is a venue too; near miss: a country so named (ラオス・ビエンチャン) */
    {"held_in", "t.txt", "10月9日、東京・迎賓館赤坂離宮で、第3回日メコン防災閣僚会合が開催されました。",
     DG_REL_HELD_IN, "meeting:第3回日メコン防災閣僚会合", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "10月9日、ラオス・ビエンチャンで、第3回日メコン防災閣僚会合が開催されました。",
     DG_REL_HELD_IN, "meeting:第3回日メコン防災閣僚会合", "country:LAO", NO},
    {"held_in", "t.txt", "大阪において第4回日メコン経済対話を開催した。", DG_REL_HELD_IN,
     "meeting:第4回日メコン経済対話", "place:osaka", 0, 1},
    /* a gloss in parentheses after a meeting's name is no meeting held apart: the 40th Meeting
     * of the Forum (ARF) is held, not the Forum; a glossed name stays in a list (A (EAS)
     * and B were held); near misses: the gloss's own meeting */
    {"held_in", "t.txt", "The 40th Meeting of the ASEAN Regional Forum (ARF) was held in Vientiane on 2 May 2031.",
     DG_REL_HELD_IN, "meeting:arf:40", "place:vientiane", 0, 1},
    {"held_in", "t.txt", "The 40th Meeting of the ASEAN Regional Forum (ARF) was held in Vientiane on 2 May 2031.",
     DG_REL_HELD_IN, "meeting:arf", "place:vientiane", NO},
    {"held_in", "t.txt", "The 21st East Asia Summit (EAS) and the EAS Business Forum were held in Manila on 4 May 2031.",
     DG_REL_HELD_IN, "meeting:eas:21", "place:manila", 0, 1},
    {"held_in", "t.txt", "The 21st East Asia Summit (EAS) noted that the EAS Business Forum was held in Manila on 4 May 2031.",
     DG_REL_HELD_IN, "meeting:eas:21", "place:manila", NO},
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum was held in Phnom Penh on 4 March 2024.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", 0, 1},
    /* held.c en_venue_part: a place after "at" in a holding clause with a date is its venue
     * as one after "in" is; near miss: a country after "at" (at Japan's request) */
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum was held on 4 March 2031 at Dushanbe.",
     DG_REL_HELD_IN, EN_FORUM, "place:dushanbe", 0, 1},
    {"held_in", "t.txt",
     "The Third Mekong-Japan Water Forum was held on 4 March 2031 at Japan's request.",
     DG_REL_HELD_IN, EN_FORUM, "country:JPN", NO},
    {"held_in", "t.txt", JA_JAKARTA, DG_REL_HELD_IN, "meeting:asean-japan-summit:16",
     "place:jakarta", 0, 1},
    /* apposition.c past_head: a meeting word after a name that stops before it (the
     * FIPIC-4 summit in Suva); near miss: no meeting word there (the FIPIC-4 partners) */
    {"meeting apposition", "t.txt", "The Prime Minister spoke at the FIPIC-4 summit in Suva.",
     DG_REL_HELD_IN, "meeting:fipic:4", "place:suva", 0, 1},
    {"meeting apposition", "t.txt", "The Prime Minister thanked the FIPIC-4 partners in Suva.",
     DG_REL_HELD_IN, "meeting:fipic:4", "place:suva", NO},
    /* held.c past_city_word: "held in the city of X" is held in X; near miss: another
     * noun and "of" after the article (held in the spirit of Shanghai) */
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum was held in the city of Xi'an.",
     DG_REL_HELD_IN, EN_FORUM, "place:xian", 0, 1},
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum was held in the spirit of Shanghai.",
     DG_REL_HELD_IN, EN_FORUM, "place:shanghai", NO},
    /* apposition.c past_undated: a month after a word of month_modifiers.tsv (this November)
     * is a date of the run, the place after it the meeting's; near miss: a week */
    {"meeting apposition", "t.txt",
     "Both sides prepared for the 23rd ASEAN-China Summit next July in Hanoi.",
     DG_REL_HELD_IN, "meeting:asean-china-summit:23", "place:hanoi", 0, 1},
    {"meeting apposition", "t.txt",
     "Both sides prepared for the 23rd ASEAN-China Summit this week in Hanoi.",
     DG_REL_HELD_IN, "meeting:asean-china-summit:23", "place:hanoi", NO},
    /* held.c en_chair_verb: a place that opens the sentence is where the meeting its
     * English chairing verb chairs is held, as for attending; near miss: the place after
     * the verb's object and another verb */
    {"held_in", "t.txt", "In Kuala Lumpur, I will co-chair the 5th ASEAN-Australia Summit.",
     DG_REL_HELD_IN, "meeting:asean-australia-summit:5", "place:kuala-lumpur", 0, 1},
    {"held_in", "t.txt",
     "I will co-chair the 5th ASEAN-Australia Summit and then fly to Kuala Lumpur.",
     DG_REL_HELD_IN, "meeting:asean-australia-summit:5", "place:kuala-lumpur", NO},
    {"held_in", "t.txt", TITLE "今回は名古屋において開催された。", DG_REL_HELD_IN, TITLE_ID,
     "place:nagoya", 1, 1},
    /* held_in: a venue with を開き, を主宰 (triggers.tsv) or を実施 right after the meeting
     * (conduct_verbs.tsv); near miss: 実施 after something that is no meeting */
    {"held_in", "t.txt", "山田首相は5日、大阪で港湾国とともに「第2回環海首脳対話」を開き、宣言を出した。",
     DG_REL_HELD_IN, "meeting:第2回環海首脳対話", "place:osaka", 0, 1},
    {"held_in", "t.txt", "山田首相は5日、大阪市で第2回環海首脳対話を主宰した。", DG_REL_HELD_IN,
     "meeting:第2回環海首脳対話", "place:osaka", 0, 1},
    /* held_in: a venue right before で始ま (triggers.tsv: a meeting begins there); near
     * miss: から (where it starts from, no venue said) */
    {"held_in", "t.txt", "第2回環海首脳対話が5日、大阪で始まった。", DG_REL_HELD_IN,
     "meeting:第2回環海首脳対話", "place:osaka", 0, 1},
    {"held_in", "t.txt", "第2回環海首脳対話の議論は5日、大阪から始まった。", DG_REL_HELD_IN,
     "meeting:第2回環海首脳対話", "place:osaka", NO},
    /* a quoted name right after the holding verb (された「…」) is the one it holds; a chair
     * word after a meeting and の (…の議長を務めた後) holds its clause's venue; near misses: a
     * word between the verb and the quote, a chair clause with no venue of its own */
    {"held_in", "t.txt", "大阪で開催された「第2回環海首脳対話」の結果を公表した。", DG_REL_HELD_IN,
     "meeting:第2回環海首脳対話", "place:osaka", 0, 1},
    {"held_in", "t.txt", "大阪で開催された式典で、「第2回環海首脳対話」の開催を提案した。", DG_REL_HELD_IN,
     "meeting:第2回環海首脳対話", "place:osaka", NO},
    {"held_in", "t.txt", "李外相は5日、大阪市で第2回環海首脳対話の議長を務めた後、記者会見した。",
     DG_REL_HELD_IN, "meeting:第2回環海首脳対話", "place:osaka", 0, 1},
    {"held_in", "t.txt", "李外相は5日、大阪市で記者会見し、第2回環海首脳対話の議長を務めると述べた。",
     DG_REL_HELD_IN, "meeting:第2回環海首脳対話", "place:osaka", NO},
    /* a city glossed by its country before にて: the city is the venue; near miss: the
     * country in the parenthesis gives way to it */
    {"held_in", "t.txt", "第3回日メコン防災閣僚会合が、5月2日に大阪(日本)にて開催された。", DG_REL_HELD_IN,
     JA_DISASTER_ID, "place:osaka", 0, 1},
    {"held_in", "t.txt", "第3回日メコン防災閣僚会合が、5月2日にハノイ(ベトナム)にて開催された。", DG_REL_HELD_IN,
     JA_DISASTER_ID, "place:hanoi", 0, 1},
    {"held_in", "t.txt", "第3回日メコン防災閣僚会合が、5月2日にハノイ(ベトナム)にて開催された。", DG_REL_HELD_IN,
     JA_DISASTER_ID, "country:VNM", ANY_SENTENCE, 0},
    /* a framework's first meeting (…協力初の首脳会議) is a meeting: its venue and host; near
     * miss: 史上初の names none */
    {"held_in", "t.txt", "山田首相は5日、大阪市で環海協力初の首脳会議を主宰した。", DG_REL_HELD_IN,
     "meeting:環海協力初の首脳会議", "place:osaka", 0, 1},
    {"chaired_by", "t.txt", "山田首相は5日、大阪市で環海協力初の首脳会議を主宰した。", DG_REL_CHAIRED_BY,
     "meeting:環海協力初の首脳会議", "person:山田", 0, 1},
    {"held_in", "t.txt", "山田首相は5日、大阪市で史上初の首脳会議を主宰した。", DG_REL_HELD_IN,
     NULL, "place:osaka", ANY_SENTENCE, 0},
    {"held_in", "t.txt", "山田首相は5日、大阪でタイのA首相と日タイ首脳会談を実施した。",
     DG_REL_HELD_IN, "meeting:日タイ首脳会談", "place:osaka", 0, 1},
    {"held_in", "t.txt", "山田首相は5日、大阪で日タイ首脳会談の準備を実施した。", DG_REL_HELD_IN,
     "meeting:日タイ首脳会談", "place:osaka", NO},
    /* enumerators.c: a holding verb before the first item of 1)X、2)Y holds both (held.c,
     * lists.c); near miss: an item after a word that is no enumerator */
    {"held_in", "t.txt", "外務省は、2023年5月2日にタイ・バンコクで開催された1)日タイ河川対話、2)第3回日タイ海洋会合の結果を公表した。",
     DG_REL_HELD_IN, "meeting:日タイ河川対話", "place:bangkok", 0, 1},
    {"held_in", "t.txt", "外務省は、2023年5月2日にタイ・バンコクで開催された1)日タイ河川対話、2)第3回日タイ海洋会合の結果を公表した。",
     DG_REL_HELD_IN, "meeting:第3回日タイ海洋会合", "place:bangkok", 0, 1},
    {"held_in", "t.txt", "外務省は、2023年5月2日にタイ・バンコクで開催された1)日タイ河川対話、資料2)第3回日タイ海洋会合の結果を公表した。",
     DG_REL_HELD_IN, "meeting:第3回日タイ海洋会合", "place:bangkok", NO},
    /* spoken: the meeting that opens the sentence with a comma alone is its topic; near
     * miss: one with の is no topic */
    {"held_in", "t.txt", "本日、第3回日メコン外相会議、9時から約1時間、ここハノイにて開催されました。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "本日、第3回日メコン外相会議の準備として、ハノイにて研修が開催されました。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:hanoi", NO},
    {"held_in", "t.txt", "The Mekong-Japan Summit was organised in Da Nang on 3 May 2025.", DG_REL_HELD_IN,
     EN_SUMMIT, "place:da-nang", 0, 1},
    /* holds_unnamed_after: a holding verb that modifies an unnamed meeting after it (来年東京
     * で開催される関係閣僚会合に向けた) gives its venue to no meeting before it; near miss:
     * the bare meeting word right after the verb */
    {"held_in", "t.txt", "第3回日メコン外相会議では、来年東京で開催される関係閣僚会合に向けた協力を確認した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:tokyo", NO},
    {"held_in", "t.txt", "第3回日メコン外相会議では、東京で開催された会議の成果を確認した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:tokyo", 0, 1},
    /* a building is held in the place named with の before it, not the building */
    {"held_in", "t.txt", "第3回日メコン外相会議は大阪市内のホテルで開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:osaka", 0, 1},
    {"held_in", "t.txt", JA_HOTEL, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "country:SGP", 0, 1},
    /* ... and the building too, a venue inside the city (venue_pair: building_of_city) */
    {"held_in", "t.txt", JA_HOTEL, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3",
     "place:シャングリラホテル", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は名護市の万国津梁館で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:nago", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は名護市の万国津梁館で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:bankoku-shinryokan", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は東京・大手町の経団連会館で開催された。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は大阪市内の会館で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:osaka", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は東京都内の迎賓館で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:akasaka-palace", 0, 1},
    /* ... or with ・ (東京・迎賓館); near miss: a ・ before no building (a second city) */
    {"held_in", "t.txt", "第3回日メコン外相会議は東京・迎賓館赤坂離宮で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議は東京・大阪で開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:tokyo", NO},
    {"held_in", "t.txt", "第3回日メコン外相会議は、大阪の経済界との意見交換を経て開催された。", DG_REL_HELD_IN,
     NULL, "place:osaka", NO},
    /* a building's name, then the city: the city, and the building too when it is a place
     * (held at the X Convention Centre, Apia, Samoa); near miss: no comma and place right
     * after the building's name */
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at the Pacific Convention Centre, Apia, Samoa on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at the Pacific Convention Centre, Apia, Samoa on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:pacific-convention-centre", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at the Pacific Convention Centre with officials of Apia, Samoa.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", NO},
    /* buildings.tsv, heads.tsv: a Village is a building and a place (held at the X Learning
     * Village, Apia); near miss: a Village with no comma and city after it */
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at the Vailima Learning Village, Apia, Samoa.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:vailima-learning-village", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at the Vailima Learning Village with officials of Apia, Samoa.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", NO},
    /* a building, then "in" and its city: both (city_after_building); near miss: no "in"
     * right after the building's name. A town no dictionary knows after the comma: the
     * building alone (venue: place_beside from the building) */
    {"held_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held at the Coral Bay Hotel in Tokyo on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:tokyo", 0, 1},
    {"held_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held at the Coral Bay Hotel and officials came in "
     "from Tokyo.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:tokyo", NO},
    {"held_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held at the Coral Bay Resort, Lufilufi on 2 June "
     "2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:coral-bay-resort", 0, 1},
    /* a building its word opens (Hotel Tamarind) stands in the city after "in" too
     * (is_building); near miss: no "in" right after it */
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held at Hotel Tamarind in Tokyo.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:tokyo", 0, 1},
    {"held_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held at Hotel Tamarind with guests from Tokyo.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:tokyo", NO},
    /* a meeting that "has begun at" or will "commence at" a building is held there (triggers.tsv);
     * near miss: "began at" a level, no venue */
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting has begun at the Coral Bay Hotel.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:coral-bay-hotel", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting will commence at Hotel Tamarind.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:hotel-tamarind", 0, 1},
    {"held_on", "t.txt",
     "Cooperation began at the ministerial level in 2011 and led to the fifth Ocean Ministers "
     "Meeting.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2011", NO},
    /* a meeting word after an article is the subject of the verb: the meeting named after it
     * is not held there (held_en: meeting_word_before); near miss: a word with no article */
    {"held_in", "t.txt",
     "A meeting of the Ocean Council has begun at the Coral Bay Hotel in the lead up to the "
     "fifth Ocean Ministers Meeting.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:coral-bay-hotel", NO},
    {"held_in", "t.txt",
     "Last week, ministers met in Apia for the fifth Ocean Ministers Meeting.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", 0, 1},
    /* a country's capital or city named after it is the venue (city_of.c: the Samoan
     * capital, Apia; カザフスタンの首都アスタナ); near miss: the country alone */
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held in the Samoan capital, Apia, on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held in the Samoan capital, Apia, on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "country:WSM", NO},
    {"held_in", "t.txt", "第3回日メコン外相会議はカザフスタンの首都アスタナで開催された。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:astana", 0, 1},
    {"held_in", "t.txt", "The fifth Ocean Ministers Meeting was held in the Samoan capital on 2 June 2026.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "country:WSM", 0, 1},
    /* stay_for: a city after a verb of a gathering (stay_verbs.tsv) and the meeting the stay
     * is for (trip_purposes.tsv), the city's country passed over; near miss: no such verb */
    {"held_in", "t.txt",
     "Today I met my Foreign Ministerial counterparts in Busan, Korea, for the 3rd Ocean Meeting.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"held_in", "t.txt", "The ministers praised the embassy in Busan for the 3rd Ocean Meeting.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", NO},
    /* comma_city: a city after a comma in the run, before a date or after one; near miss: a
     * country after the comma is no venue so named */
    {"meeting apposition", "t.txt", "Jane Doe spoke at the 3rd Ocean Meeting, Busan on 1 May 2031.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt",
     "Jane Doe spoke at the 3rd Ocean Meeting on 1 May 2031, Busan, Korea.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt",
     "At the 3rd Ocean Meeting, Korea and Laos agreed on 1 May 2031.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", NULL, NO},
    /* past_cochair: the partner a chair verb names after its meeting (with Foreign Minister
     * of Laos John Roe) is passed over to the venue; near miss: a meeting no one chairs */
    {"meeting apposition", "t.txt", "Jane Doe co-chaired the 3rd Ocean Meeting with Foreign Minister of Laos John Roe in Busan on 1 May 2031.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt", "Jane Doe praised the 3rd Ocean Meeting with Foreign Minister of Laos John Roe in Busan on 1 May 2031.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", NO},
    {"meeting apposition", "t.txt", "The Mekong-Korea Summit took place in the Korean city of Busan on 22 September 2019.",
     DG_REL_HELD_IN, "meeting:mekong-korea-summit", "place:busan", 0, 1},
    {"meeting apposition", "t.txt", "The Mekong-Korea Summit took place in the Korean city of Busan on 22 September 2019.",
     DG_REL_HELD_IN, "meeting:mekong-korea-summit", "country:KOR", NO},
    /* meeting_links.tsv: a planned meeting (scheduled for, a month no year dates) and a
     * relative clause (that took place on ..., in); a relative date right after the name,
     * the place in brackets after it; near miss: a place the run does not reach */
    {"meeting apposition", "t.txt", "Ministers discussed the 3rd Ocean Meeting "
     "scheduled for July in Busan.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt", "The ministers recalled the 3rd Ocean Meeting "
     "that took place on 2 May 2030, in Busan.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt", "Countries of the 3rd Ocean Meeting "
     "last year (Busan, Korea) agreed.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", 0, 1},
    {"meeting apposition", "t.txt", "The 3rd Ocean Meeting welcomed the offer of Busan for July.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-meeting", "place:busan", NO},
    /* place_held.tsv: Mの東京開催; near miss: a place 開催 does not follow */
    {"meeting apposition", "t.txt", "大臣は、第3回日ASEAN観光大臣会合の東京開催を発表した。",
     DG_REL_HELD_IN, "meeting:第3回日asean観光大臣会合", "place:tokyo", 0, 1},
    {"meeting apposition", "t.txt", "大臣は、第3回日ASEAN観光大臣会合の東京事務所開設を発表した。",
     DG_REL_HELD_IN, "meeting:第3回日asean観光大臣会合", "place:tokyo", NO},
    /* near miss: a venue another holding verb names is not the later meeting's */
    {"held_in", "t.txt", "The Mekong-Japan Summit was held in Hanoi, and the East Asia Summit took place a week later.",
     DG_REL_HELD_IN, "meeting:eas", "place:hanoi", NO},
    /* near misses: the meeting nearest the trigger is meant; a meeting before において is
     * where something was done; "held in" inside a word; a place not right before the
     * trigger; no holding verb, so no fallback to the document's meeting */
    {"held_in", "t.txt", JA_JAKARTA, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5",
     "place:jakarta", NO},
    {"held_in", "t.txt", "第4回日メコン経済対話において、タイが新たな協力を提案した。",
     DG_REL_HELD_IN, "meeting:第4回日メコン経済対話", NULL, NO},
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum upheld in Hanoi the earlier principles.",
     DG_REL_HELD_IN, EN_FORUM, "place:hanoi", NO},
    {"held_in", "t.txt", "大阪の代表団は第4回日メコン経済対話において発言した。", DG_REL_HELD_IN,
     "meeting:第4回日メコン経済対話", "place:osaka", NO},
    {"held_in", "t.txt", TITLE "今回は名古屋において意見交換を行った。", DG_REL_HELD_IN, TITLE_ID,
     "place:nagoya", NO},

    /* the meeting a verb holds is its topic, never one it follows; a place marked で in a
     * holding clause is the venue; a place visited to attend one is its venue */
    {"held_in", "t.txt", JA_FOLLOWS, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "place:vientiane",
     0, 1},
    {"held_in", "t.txt", "山田大臣は、5月2日、東京で第3回日メコン防災閣僚会合を主催した。",
     DG_REL_HELD_IN, TITLE_ID, "place:tokyo", 0, 1},
    {"held_in", "t.txt", "Prime Minister Sato will travel to Laos to attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "country:LAO", 0, 1},
    /* a place that opens an English sentence (In X, / In X on DATE,) is where its
     * attending verb's meetings are; near misses: not fronted, a list of places, no
     * attending verb, a meeting the sentence does not name (the document's own) */
    {"held_in", "t.txt", "In Phnom Penh, leaders attended the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:phnom-penh", 0, 1},
    {"held_in", "t.txt", "In Tokyo on 5 May 2024, the ministers joined the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "プノンペンにおいて、首脳は日メコン首脳会議に出席した。", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit", "place:phnom-penh", 0, 1},
    {"held_in", "t.txt", "On 5 May in Tokyo, the ministers attended the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:tokyo", 0, 1},
    /* the scene without its comma before a first-person subject; not before another word */
    {"held_in", "t.txt", "In Lisbon I will attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:lisbon", 0, 1},
    {"held_in", "t.txt", "In Lisbon ministers will attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:lisbon", NO},
    {"held_in", "t.txt", "On 5 May, officials in Tokyo attended the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:tokyo", NO},
    {"held_in", "t.txt", "In Hanoi, the ministers adopted the Mekong Water Plan at the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "In Hanoi, the ministers announced the outcome of the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", NO},
    {"held_in", "t.txt", "Officials from Phnom Penh attended the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:phnom-penh", NO},
    {"held_in", "t.txt", "In Hanoi and Manila, leaders attended the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    {"held_in", "t.txt", "In Manila, ministers recalled the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    {"held_in", "t.txt", EN_TITLE "In Manila, the Prime Minister attended a dinner.\n",
     DG_REL_HELD_IN, EN_SUMMIT, NULL, NO},
    /* a visit whose later clause attends (each meeting attended); the city in a
     * parenthesis after the country visited; a place marked で where a meeting is attended */
    {"held_in", "t.txt", "山田大臣は、タイ(バンコク)を訪問し、第5回日メコン外相会議及び第2回日ラオス海洋対話に出席した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "place:bangkok", 0, 1},
    {"held_in", "t.txt", "山田大臣は、タイ(バンコク)を訪問し、第5回日メコン外相会議及び第2回日ラオス海洋対話に出席した。",
     DG_REL_HELD_IN, "meeting:第2回日ラオス海洋対話", "place:bangkok", 0, 1},
    /* a business trip (に出張し) to the city whose meetings a later clause attends, also when
     * a title without a full stop runs into the sentence; near misses: no meeting attended,
     * the country before the city (ラオス・ビエンチャン) hosts, it takes no part */
    {"held_in", "t.txt", JA_TRIP, DG_REL_HELD_IN, "meeting:aem-meti", "place:vientiane", 0, 1},
    {"held_in", "t.txt", JA_TRIP, DG_REL_HELD_IN, "meeting:日メコン経済大臣会合", "place:vientiane",
     0, 1},
    /* English: the meeting a trip is for (travel to X for the Summit); near miss: the trip
     * is for something else about the meeting */
    {"held_in", "t.txt", "Leaders will travel to Hanoi for the Mekong-Japan Summit.", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "Leaders are due to head back to Hanoi for the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "Officials will travel to Hanoi for talks on the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    /* more ways to travel to a meeting's city (に滞在し, へ出張し, に赴き, visiting, will be
     * in); near misses: the meeting is only spoken of there */
    {"held_in", "t.txt", "山田大臣は、ハノイに滞在し、第5回日メコン外相会議に出席した。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:5", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "Minister Sato is visiting Hanoi to attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"held_in", "t.txt",
     "Minister Sato will be in Hanoi from 5 to 7 November to attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "Minister Sato was in Hanoi and welcomed the outcome of the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    {"held_in", "t.txt", "山田大臣は、ハノイに滞在し、第5回日メコン外相会議の成果を歓迎した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", NULL, NO},
    {"held_in", "t.txt", "山田大臣は、ビエンチャンに出張し、日メコン経済大臣会合について講演した。",
     DG_REL_HELD_IN, "meeting:日メコン経済大臣会合", NULL, NO},
    {"participates_in", "t.txt", JA_TRIP, DG_REL_PARTICIPATES_IN, "country:LAO", NULL, NO},
    /* context.c: no title; the lead sentence opens with a meeting as the scene of 出席, so
     * the document is about it, and a later clause naming no meeting takes part in it */
    {"participates_in", "t.txt", "第3回日メコン外相会議には、タイ及びラオスが出席した。\n\n" JA_ORGS_SEEN,
     DG_REL_PARTICIPATES_IN, "org:adb", "meeting:mekong-japan-fmm:3", 1, 1},
    {"participates_in", "t.txt", "タイは第3回日メコン外相会議に出席した。\n\n" JA_ORGS_SEEN,
     DG_REL_PARTICIPATES_IN, "org:adb", NULL, NO},
    {"participates_in", "t.txt", "第3回日メコン外相会議の成果には、タイ及びラオスが満足した。\n\n" JA_ORGS_SEEN,
     DG_REL_PARTICIPATES_IN, "org:adb", NULL, NO},
    /* bodies.c: a meeting series followed by a word of member_words.tsv names its members:
     * the list takes part in the document's meeting, not in the series */
    {"participates_in", "t.txt", TITLE "参加する東アジア首脳会議(EAS)加盟国には、タイ、ラオスが含まれる。",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "参加する東アジア首脳会議(EAS)加盟国には、タイ、ラオスが含まれる。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:eas", NO},
    {"participates_in", "t.txt", TITLE "東アジア首脳会議には、タイ、ラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:eas", 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The participating East Asia Summit member states include Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:eas", NO},
    /* bodies.c: an organization inside a person's title (body_titles.tsv) is no party */
    {"participates_in", "t.txt", TITLE "会合には外務省報道官及びラオスが出席した。",
     DG_REL_PARTICIPATES_IN, "org:mofa", NULL, NO},
    {"participates_in", "t.txt", TITLE "会合には外務省の山田報道官及びラオスが出席した。",
     DG_REL_PARTICIPATES_IN, "org:mofa", TITLE_ID, 1, 1},
    /* body_titles.tsv 副大臣, 特命担当大臣, 大臣政務官 (内閣府副大臣: the office is the
     * minister's title); near miss: the office listed as a party */
    {"participates_in", "t.txt", JA_DISASTER_NAME "には、山田内閣府副大臣が出席した。",
     DG_REL_PARTICIPATES_IN, "org:cabinet-office", NULL, NO},
    {"participates_in", "t.txt", JA_DISASTER_NAME "には、内閣府及びタイが出席した。",
     DG_REL_PARTICIPATES_IN, "org:cabinet-office", JA_DISASTER_ID, 0, 1},
    {"participates_in", "t.txt", EN_TITLE "The Summit was attended by Laos and the spokesman of the Japan International Cooperation Agency.",
     DG_REL_PARTICIPATES_IN, "org:jica", NULL, NO},
    {"participates_in", "t.txt", EN_TITLE "The Summit was attended by Laos and the Japan International Cooperation Agency.",
     DG_REL_PARTICIPATES_IN, "org:jica", EN_SUMMIT, 1, 1},
    {"held_in", "t.txt", "山田総理は、大阪で第4回日メコン防災閣僚会合に出席した。", DG_REL_HELD_IN,
     "meeting:第4回日メコン防災閣僚会合", "place:osaka", 0, 1},
    {"held_in", "t.txt", "山田総理は、都内で第4回日メコン防災閣僚会合に出席した。", DG_REL_HELD_IN,
     "meeting:第4回日メコン防災閣僚会合", "place:tokyo", 0, 1},
    /* near misses: the country around the city is not the venue named; a place of another
     * clause of an attending verb */
    {"held_in", "t.txt", "山田大臣は、タイ(バンコク)を訪問し、第5回日メコン外相会議に出席した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:5", "country:THA", NO},
    {"held_in", "t.txt", "山田総理は、大阪で講演し、第4回日メコン防災閣僚会合に出席した。", DG_REL_HELD_IN,
     "meeting:第4回日メコン防災閣僚会合", "place:osaka", NO},
    {"held_in", "t.txt", JA_FOLLOWS, DG_REL_HELD_IN, NULL, "place:vientiane", ANY_SENTENCE, 1},
    {"held_in", "t.txt", EN_TITLE "The summit was hosted by Japan in Tokyo on 3 May 2025.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:tokyo", 1, 1},
    {"held_in", "t.txt", EN_TITLE "The leaders of Japan, Laos and Thailand met in Vientiane.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:vientiane", 1, 1},
    /* near misses: not the meeting it follows; a verb with a subject of its own holds no
     * meeting of the document */
    {"held_in", "t.txt", JA_FOLLOWS, DG_REL_HELD_IN, JA_ASEAN57, NULL, NO},
    {"held_in", "t.txt", TITLE "両国の書簡の交換が横浜において行われた。", DG_REL_HELD_IN, TITLE_ID,
     NULL, NO},
    /* ... but a subject written as the last words of the document's meeting's name is that
     * meeting; near miss: with the ordinal of another occasion before it */
    {"held_in", "t.txt", TITLE "本日、両国の防災閣僚会合が横浜において開催された。", DG_REL_HELD_IN,
     TITLE_ID, "place:yokohama", ANY_SENTENCE, 1},
    {"held_in", "t.txt", TITLE "第1回となる防災閣僚会合を横浜において開催した。", DG_REL_HELD_IN,
     TITLE_ID, "place:yokohama", NO},

    /* triggers.tsv 主催により: the host's frame holds nothing, so the clause's date and venue
     * go to the verb that holds the meeting; the host takes part */
    {"held_on", "t.txt", "2011年1月23日から27日まで、ハノイにて、ベトナム国会の主催により、第3回日メコン保健会合が開催された。",
     DG_REL_HELD_ON, "meeting:第3回日メコン保健会合", "date:2011-01-23/2011-01-27", 0, 1},
    /* in_name: the verb MeCab reads inside a Chinese name (李|干|明) puts its country in no
     * modifying clause */
    {"participates_in", "t.txt", "中国の李干明部長が第2回日メコン保健会合に出席した。",
     DG_REL_PARTICIPATES_IN, "country:CHN", "meeting:第2回日メコン保健会合", 0, 1},
    /* held_on: a date to the meeting it introduces, in a sentence that holds one */
    {"held_on", "t.txt", "2022年6月にハノイで開催された第2回日メコン保健会合では、タイ及びラオスが参加した。",
     DG_REL_HELD_ON, "meeting:第2回日メコン保健会合", "date:2022-06", 0, 1},
    /* a meeting after a purpose phrase (to plan for, in preparation for: roles.tsv, after)
     * is not the one the verb holds: today is the talks', not its; its own date after its
     * series' short name (PALM) is its (apposition.c, short_meeting); near miss: the same
     * meeting as the object of the verb takes the day */
    {"held_on", "t.txt", "21 October 2031\nThe ministers met today to plan for the fifth Ocean Ministers "
     "Meeting (PALM) in 2032.", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2031-10-21", NO},
    {"meeting apposition", "t.txt", "21 October 2031\nThe ministers met today to plan for the fifth "
     "Ocean Ministers Meeting (PALM) in 2032.", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2032", 0, 1},
    {"held_on", "t.txt", "21 October 2031\nThe ministers held the fifth Ocean Ministers Meeting today.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2031-10-21", ANY_SENTENCE, 1},
    /* lasting.c: a date after since / before 以来, or a range over years, says how long
     * something lasted: no held_on */
    {"held_on", "t.txt", "The fifth Ocean Ministers Meeting was held in Apia on 2 June 2026, the first since 2019.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2019", NO},
    {"held_on", "t.txt", "The fifth Ocean Ministers Meeting was held in Apia on 2 June 2026, the first since 2019.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-06-02", 0, 1},
    {"held_on", "t.txt", TITLE "会合は2019年以来初めて、2024年5月3日に東京で開催された。",
     DG_REL_HELD_ON, TITLE_ID, "date:2019", NO},
    {"held_on", "t.txt", TITLE "会合は2019年以来初めて、2024年5月3日に東京で開催された。",
     DG_REL_HELD_ON, TITLE_ID, "date:2024-05-03", 1, 1},
    /* a series' start (first convened in 2011; 2001年から開催されており) is no day it was
     * held; near miss: a day it opens on (5月3日から…開催された) */
    {"held_on", "t.txt", EN_NEXT_HELD, DG_REL_HELD_ON, "meeting:ocean-ministers-meeting",
     "date:2011", NO},
    {"held_on", "t.txt", EN_NEXT_HELD, DG_REL_HELD_ON, "meeting:ocean-ministers-meeting",
     "date:2027", 0, 1},
    {"held_on", "t.txt", "第2回日メコン農業対話は、2001年から開催されており、本年で21回目を迎えた。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2001", NO},
    {"held_on", "t.txt", "第2回日メコン農業対話は、2024年5月3日から東京で開催された。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2024-05-03", 0, 1},
    /* a date written before a meeting with の is that meeting's (meeting_after_no), not
     * the one a holding verb before it names */
    {"held_on", "t.txt", "首脳らは2026年5月3日に開催された日ペルー首脳会談、6月12日の日チリ首脳会談を歓迎した。",
     DG_REL_HELD_ON, "meeting:日チリ首脳会談", "date:2026-06-12", 0, 1},
    {"held_on", "t.txt", "首脳らは2026年5月3日に開催された日ペルー首脳会談、6月12日の日チリ首脳会談を歓迎した。",
     DG_REL_HELD_ON, "meeting:日ペルー首脳会談", "date:2026-06-12", NO},
    /* ... and one before another name with の is that name's (owned_by_name): the day the
     * clause's verb held the meeting stays; near miss: the year of an anniversary */
    {"held_on", "t.txt", "2026年5月3日に行われた第2回日メコン農業対話では、2023年の日ASEAN友好協力50周年を議論した。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2026-05-03", 0, 1},
    {"held_on", "t.txt", "5月3日に行われた第2回日メコン農業対話では、2023年の日ASEAN友好協力50周年を議論した。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2023", NO},
    /* held.c unnamed_object: a holding verb whose object is an unnamed meeting after an
     * article (host the fourth ministerial meeting in 2027) holds that one, neither the
     * meeting named before it nor the document's own; near misses: a named object, a bare
     * article (host the meeting: maybe the document's own) */
    {"held_on", "t.txt", EN_HOST_NEXT("fourth ministerial meeting"), DG_REL_HELD_ON, EN_SUMMIT,
     "date:2027", NO},
    {"held_on", "t.txt", EN_HOST_NEXT("Mekong-Japan Summit"), DG_REL_HELD_ON, EN_SUMMIT,
     "date:2027", 0, 1},
    /* held.c object_meeting: a described meeting right after the verb and its article is
     * the one it holds (the unnamed_object row above: the Summit takes no 2027); near
     * miss: a date before the verb in its clause (setting_before: the meeting takes none) */
    {"held_on", "t.txt", "They agreed to hold the 3rd Lao-Fiji Summit in October 2026 in Vientiane and "
     "that Fiji will host the fourth ministerial meeting in 2027.", DG_REL_HELD_ON,
     "meeting:fourth-ministerial-meeting@47040f236a9f2241", "date:2026-10", NO},
    {"held_on", "t.txt", EN_TITLE EN_OFFER_HOST("next meeting"), DG_REL_HELD_ON, EN_SUMMIT,
     "date:2027", NO},
    {"held_on", "t.txt", EN_TITLE EN_OFFER_HOST("meeting"), DG_REL_HELD_ON, EN_SUMMIT,
     "date:2027", 1, 1},
    /* other_occasions.tsv: a verb that holds another occasion (last met; a briefing held
     * on; 次回会合は; 開催して以来) dates and places no meeting; near misses without the word */
    {"held_on", "t.txt", EN_TITLE "The ministers last met in Hanoi in May 2021.", DG_REL_HELD_ON,
     EN_SUMMIT, "date:2021-05", NO},
    {"held_in", "t.txt", EN_TITLE "The ministers last met in Hanoi in May 2021.", DG_REL_HELD_IN,
     EN_SUMMIT, "place:hanoi", NO},
    {"held_on", "t.txt", EN_TITLE "The ministers met in Hanoi in May 2021.", DG_REL_HELD_ON,
     EN_SUMMIT, "date:2021-05", 1, 1},
    {"held_on", "t.txt", EN_TITLE "The Mekong-Japan Summit was praised in a press briefing held on 8 May 2025 in Hanoi.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2025-05-08", NO},
    {"held_on", "t.txt", EN_TITLE "The Mekong-Japan Summit was held on 8 May 2025 in Hanoi.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2025-05-08", 1, 1},
    {"held_on", "t.txt", TITLE "次回会合は、2026年5月にハノイで開催することが発表された。", DG_REL_HELD_ON,
     TITLE_ID, "date:2026-05", NO},
    {"held_in", "t.txt", TITLE "次回会合は、2026年5月にハノイで開催することが発表された。", DG_REL_HELD_IN,
     TITLE_ID, "place:hanoi", NO},
    {"held_on", "t.txt", TITLE "会合は、2026年5月にハノイで開催することが発表された。", DG_REL_HELD_ON,
     TITLE_ID, "date:2026-05", 1, 1},
    {"held_on", "t.txt", TITLE "次回は、2026年5月にハノイで開催される予定である。", DG_REL_HELD_ON,
     TITLE_ID, "date:2026-05", NO},
    {"held_in", "t.txt", TITLE "同会合は、2009年に第1回をハノイで開催して以来、毎年開かれている。",
     DG_REL_HELD_IN, TITLE_ID, "place:hanoi", NO},
    {"held_in", "t.txt", TITLE "同会合は、2009年にハノイで開催して、成果を確認した。", DG_REL_HELD_IN,
     TITLE_ID, "place:hanoi", 1, 1},
    {"held_in", "t.txt", TITLE "同会合は、2009年のハノイでの開催以来、毎年開かれている。",
     DG_REL_HELD_IN, TITLE_ID, "place:hanoi", NO},
    {"held_in", "t.txt", TITLE "同会合は、2009年のハノイでの開催の後、毎年開かれている。",
     DG_REL_HELD_IN, TITLE_ID, "place:hanoi", 1, 1},
    /* numbered_before (held.c): a meeting named with its number before 開催されて以来 is
     * what the verb holds; the next meeting (names_next.c) takes the venue of 次回会合は */
    {"held_in", "t.txt", TITLE "2011年にウランバートルにて第1回会合が開催されて以来、協力は拡大している。",
     DG_REL_HELD_IN, "meeting:第1回会合", "place:ulaanbaatar", 1, 1},
    {"held_in", "t.txt", TITLE "次回会合は、2026年5月にハノイで開催することが発表された。", DG_REL_HELD_IN,
     "meeting:次回会合@089371be4396c424", "place:hanoi", 1, 1},
    /* Japanese: a meeting word of no name as the subject (…による会合が) is what the verb
     * holds, not a meeting before it; near miss: the named meeting as the subject */
    {"held_in", "t.txt", "2026年11月にハノイで開かれる第4回日メコン防災閣僚会合を前に、各国の担当者による会合が、5月4日に大阪で開かれた。",
     DG_REL_HELD_IN, "meeting:第4回日メコン防災閣僚会合", "place:osaka", NO},
    {"held_in", "t.txt", "2026年11月にハノイで開かれる第4回日メコン防災閣僚会合を前に、各国の担当者による会合が、5月4日に大阪で開かれた。",
     DG_REL_HELD_IN, "meeting:第4回日メコン防災閣僚会合", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "第4回日メコン防災閣僚会合が、5月4日に大阪で開かれた。",
     DG_REL_HELD_IN, "meeting:第4回日メコン防災閣僚会合", "place:osaka", 0, 1},
    /* a verb in a relative clause of the meeting it follows holds that one, not the
     * meeting before it; near miss: a verb of its own */
    {"held_in", "t.txt", "The 3rd Mekong-Japan Water Forum is the first following the 1st Mekong-Japan Summit that took place in Tokyo in November 2009.",
     DG_REL_HELD_IN, EN_FORUM, "place:tokyo", NO},
    {"held_in", "t.txt", "The 3rd Mekong-Japan Water Forum is the first following the 1st Mekong-Japan Summit that took place in Tokyo in November 2009.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit:1", "place:tokyo", 0, 1},
    {"held_on", "t.txt", "The 3rd Mekong-Japan Water Forum is the first following the 1st Mekong-Japan Summit that took place in Tokyo in November 2009.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit:1", "date:2009-11", 0, 1},
    {"held_in", "t.txt", "The 3rd Mekong-Japan Water Forum is the first, and it took place in Tokyo in November 2009.",
     DG_REL_HELD_IN, EN_FORUM, "place:tokyo", 0, 1},
    /* side_subject.c: a meeting held on the sidelines of another shares the place the
     * sentence gives that one, and the chair and parties stated are its own; near misses:
     * the other meeting's chair and party, no holding verb before the side word */
    {"side venue", "t.txt", EN_SIDE("chairmanship of Foreign Minister Tala Veve"), DG_REL_HELD_IN,
     EN_SIDE_OWN, "place:hanoi", 1, 1},
    {"side venue", "t.txt", "The Second Foo-Bar Ministerial Meeting was held in Dili.\n"
     "The talks took place on the sidelines of the 12th ASEAN Regional Forum in Hanoi, Vietnam.\n",
     DG_REL_HELD_IN, EN_SIDE_OWN, "place:hanoi", 1, 1},
    {"side venue", "t.txt", "The Second Foo-Bar Ministerial Meeting was held in Dili.\n"
     "Ministers spoke on the sidelines of the 12th ASEAN Regional Forum in Hanoi.\n",
     DG_REL_HELD_IN, EN_SIDE_OWN, "place:hanoi", NO},
    {"chaired_by", "t.txt", EN_SIDE("chairmanship of Foreign Minister Tala Veve"), DG_REL_CHAIRED_BY,
     EN_SIDE_OWN, "person:tala-veve", 1, 1},
    {"chaired_by", "t.txt", EN_SIDE("chairmanship of Foreign Minister Tala Veve"), DG_REL_CHAIRED_BY,
     "meeting:arf:12", "person:tala-veve", NO},
    /* title_attribute: "host" before a title is no verb between the chair word and the
     * chair; near miss: a verb of another kind between */
    {"chaired_by", "t.txt", EN_SIDE("chair of host Foreign Minister Tala Veve"), DG_REL_CHAIRED_BY,
     EN_SIDE_OWN, "person:tala-veve", 1, 1},
    {"chaired_by", "t.txt", "The Second Foo-Bar Ministerial Meeting was chaired by Vietnam and attended by Foreign Minister Tala Veve.",
     DG_REL_CHAIRED_BY, EN_SIDE_OWN, "person:tala-veve", NO},
    {"participates_in", "t.txt", EN_SIDE("chair of host Foreign Minister Tala Veve"),
     DG_REL_PARTICIPATES_IN, "person:tala-veve", EN_SIDE_OWN, 1, 1},
    {"participates_in", "t.txt", EN_SIDE("chair of host Foreign Minister Tala Veve"),
     DG_REL_PARTICIPATES_IN, "person:tala-veve", "meeting:arf:12", NO},
    /* under_chair: "under the chairmanship of" chairs the meeting it follows, not one named
     * later (on the sidelines of the Summit); past_chair: the place and date after the
     * chair are the meeting's; near misses: the Summit the meeting was beside, a place
     * the chair visited in a clause of its own */
    {"chaired_by", "t.txt", R_REEF, DG_REL_CHAIRED_BY, "meeting:2nd-reef-ministerial-meeting",
     "person:ana-kalo", 0, 1},
    {"chaired_by", "t.txt", R_REEF, DG_REL_CHAIRED_BY, "meeting:pif-leaders:53", "person:ana-kalo", NO},
    {"meeting apposition", "t.txt", R_REEF, DG_REL_HELD_IN, "meeting:2nd-reef-ministerial-meeting",
     "place:apia", 0, 1},
    {"meeting apposition", "t.txt", R_REEF, DG_REL_HELD_ON, "meeting:2nd-reef-ministerial-meeting",
     "date:2024-06-12", 0, 1},
    {"held_in", "t.txt", "The Second Reef Ministerial Meeting was chaired by Foreign Minister Ana Kalo, who later visited Apia.",
     DG_REL_HELD_IN, "meeting:2nd-reef-ministerial-meeting", "place:apia", NO},
    /* building_venue: a city joined by ・ to a building that is the venue (東京・迎賓館で)
     * places the meeting held there; near miss: a building visited, the meeting held
     * elsewhere */
    {"held_in", "t.txt", "東京・迎賓館で、第10回日メコン首脳会議が開催された。", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit:10", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "東京・迎賓館を視察した後、第10回日メコン首脳会議が大阪で開催された。",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit:10", "place:tokyo", NO},
    /* attributive_comma: a holding verb in the attributive form and a comma before the
     * meeting it modifies (開催される、第7回…); near miss: the verb's own clause goes on
     * (開催され、) */
    {"held_on", "t.txt", "2026年7月4日に東京で開催される、第7回日メコン首脳会議では、協力を確認した。", DG_REL_HELD_ON,
     "meeting:mekong-japan-summit:7", "date:2026-07-04", 0, 1},
    {"held_on", "t.txt", "2026年7月4日に東京で開催され、第7回日メコン首脳会議の準備が進んだ。", DG_REL_HELD_ON,
     "meeting:mekong-japan-summit:7", "date:2026-07-04", NO},
    /* a meeting of a series (the 7th Meeting (SOM) of the Dialogue) is held, not the
     * series; near miss: the series alone */
    {"held_in", "t.txt", "The Seventh Senior Officials Meeting (SOM) of the Central Asia plus Japan Dialogue took place in Bishkek on 2 April 2014.",
     DG_REL_HELD_IN, "meeting:ca-jad", "place:bishkek", NO},
    {"meeting apposition", "t.txt", "The Seventh Senior Officials Meeting (SOM) of the Central Asia plus Japan Dialogue took place in Bishkek on 2 April 2014.",
     DG_REL_HELD_IN, "meeting:ca-jad", "place:bishkek", NO},
    {"held_in", "t.txt", "The Central Asia plus Japan Dialogue took place in Bishkek on 2 April 2014.",
     DG_REL_HELD_IN, "meeting:ca-jad", "place:bishkek", 0, 1},
    /* a place after a meeting word of no name (the upcoming summit in Tashkent) is that
     * meeting's, not the one the verb holds; near miss: no meeting word between */
    {"held_in", "t.txt", "The officials of the Central Asia plus Japan Dialogue convened on 4 June to prepare the upcoming summit in Tashkent.",
     DG_REL_HELD_IN, "meeting:ca-jad", "place:tashkent", NO},
    {"held_in", "t.txt", "The officials of the Central Asia plus Japan Dialogue convened on 4 June to prepare the plan in Tashkent.",
     DG_REL_HELD_IN, "meeting:ca-jad", "place:tashkent", 0, 1},
    /* joins_list: を含む lists the name before it with the names after it, no verb of its
     * own; near miss: a verb that modifies the noun after it (推薦した) */
    {"participates_in", "t.txt", "第5回日メコン外相会議には、ベトナムのファム・ビン・ミン外相を含む各国の外相が出席した。",
     DG_REL_PARTICIPATES_IN, "person:pham-binh-minh", "meeting:mekong-japan-fmm:5", 0, 1},
    {"participates_in", "t.txt", "第5回日メコン外相会議には、ベトナムのファム・ビン・ミン外相が推薦した各国の外相が出席した。",
     DG_REL_PARTICIPATES_IN, "person:pham-binh-minh", "meeting:mekong-japan-fmm:5", NO},
    /* triggers.tsv: who speaks at the opening ceremony (開幕式典で…演説を行った) takes part;
     * near miss: a ceremony spoken of, no speech */
    {"participates_in", "t.txt", TITLE "開幕式典で、ラオスのトーンルン首相は演説を行った。", DG_REL_PARTICIPATES_IN,
     "country:LAO", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "開幕式典の準備について、ラオスのトーンルン首相は説明を受けた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* triggers.tsv: who issues a statement at the meeting (このサミットで談話を発表し) or
     * contributes to it (第3回X会合へのA国の貢献) takes part; near miss: a statement read
     * of, no verb */
    {"participates_in", "t.txt", TITLE "ラオスのトーンルン首相はこの会合で談話を発表し、協力を呼びかけた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "外相は、第3回日メコン防災閣僚会合へのラオスの貢献を高く評価した。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "ラオスのトーンルン首相の談話は会合の後に読まれた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* triggers.tsv 見守る中: who watches a signing at the meeting takes part */
    {"participates_in", "t.txt", TITLE "覚書は、ラオスの大臣の見守る中、会合の場で署名された。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, 1, 1},
    /* triggers.tsv: who declares the meeting open takes part (開幕を宣言し); near miss: an
     * opening spoken of */
    {"participates_in", "t.txt", TITLE "ラオスのトーンルン首相が会合の開幕を宣言し、式辞を述べた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "ラオスのトーンルン首相は会合の開幕が延期されたと述べた。",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* Japanese: the parties before による right before a meeting take part in it (a
     * group with its members' tail too); near miss: による before another noun */
    {"meeting apposition", "t.txt", "令和5年5月3日、日本とASEAN加盟10か国による第2回日ASEAN環境大臣会合がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "group:ASEAN", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、日本、タイ及びラオスによる第2回日ASEAN環境大臣会合がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、日本とタイによる支援について第2回日ASEAN環境大臣会合で議論した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* party_joins.tsv: the parties before との間で right before a meeting take part (a
     * group's own members after その and a note mark too); near miss: 間で before a signing */
    {"meeting apposition", "t.txt", "令和5年5月3日、日本とASEAN及びその加盟10か国との間で、第2回日ASEAN環境大臣会合がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "group:ASEAN", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、日本とタイ(注1)の間で第2回日ASEAN環境大臣会合が開催された。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、第2回日ASEAN環境大臣会合の際に、日本とタイの間で覚書に署名した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* parties_by: before the quote that opens the meeting's name too (による「…会合」),
     * each party maybe glossed in parentheses (日本政府(環境省)) or ending in a word of
     * party_members.tsv (政府; タイの防災担当部局); near misses: a quoted name that is no
     * meeting (a song), a word of no party's members (財政支援) */
    {"meeting apposition", "t.txt", "令和5年5月3日、日本政府(環境省)とタイの防災担当部局による「第2回日ASEAN環境大臣会合」がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、日本政府(環境省)とタイの防災担当部局による「第2回日ASEAN環境大臣会合」がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "org:moe", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、日本政府(環境省)とタイの防災担当部局による「第2回日ASEAN環境大臣会合」がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "country:JPN", "meeting:第2回日asean環境大臣会合", 0, 1},
    {"meeting apposition", "t.txt", "令和5年5月3日、第2回日ASEAN環境大臣会合で、タイの歌手による「友好の歌」が披露された。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"meeting apposition", "t.txt", "令和5年5月3日、タイの財政支援による「第2回日ASEAN環境大臣会合」がオンラインで開催された。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* triggers.tsv 同席, に臨み/に臨ん/に臨む: who sits in on a meeting, or a delegation
     * that attends it, takes part; near miss: 臨時 (an extraordinary meeting) */
    {"participates_in", "t.txt", JA_DISASTER_NAME "は東京で開かれ、タイのA外相などが同席した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 0, 1},
    {"participates_in", "t.txt", "B副首相率いるラオス代表団は" JA_DISASTER_NAME "に臨んだ。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_DISASTER_ID, 0, 1},
    {"participates_in", "t.txt", "ラオスは" JA_DISASTER_NAME "に臨時の議題を提案した。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_DISASTER_ID, NO},
    /* triggers.tsv 司会を, 司会のもと: who leads the proceedings takes part; near miss: who
     * speaks to the moderator (司会者に) */
    {"participates_in", "t.txt", JA_DISASTER_NAME "は東京で開かれ、鈴木一郎局長が司会を務めた。",
     DG_REL_PARTICIPATES_IN, "person:鈴木一郎", JA_DISASTER_ID, 0, 1},
    {"participates_in", "t.txt", "鈴木一郎局長は、" JA_DISASTER_NAME "について、司会者に質問した。",
     DG_REL_PARTICIPATES_IN, "person:鈴木一郎", JA_DISASTER_ID, NO},
    /* participant_nouns.c: whom the participants (会合参加者は) call on is no participant;
     * near miss: those the participants' noun lists are */
    {"participates_in", "t.txt", JA_DISASTER_NAME "が開かれた。会合参加者は前日、タイのソムチャイ首相を表敬した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, NO},
    {"participates_in", "t.txt", JA_DISASTER_NAME "が開かれた。会合の参加者は、タイのA外相です。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 1, 1},
    /* named_parties.c: the parties inside a meeting's name before its による take part
     * (names_parties_ja.c); near miss: a party after による (the members' country) */
    {"meeting apposition", "t.txt", "タイとASEANの農相による臨時会合は3日、バンコクで開かれた。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:タイとaseanの農相による臨時会合", 0, 1},
    {"meeting apposition", "t.txt", "日本とPIF=太平洋諸島フォーラムによる特別首脳会議は3日に開かれた。",
     DG_REL_PARTICIPATES_IN, "country:JPN", "meeting:日本とpif=太平洋諸島フォーラムによる特別首脳会議", 0, 1},
    {"meeting apposition", "t.txt", "ASEANとタイによる日本の臨時会合は3日、バンコクで開かれた。",
     DG_REL_PARTICIPATES_IN, "country:JPN", NULL, NO},
    /* a year after a chaired meeting is the chair's term; near miss: an attended one */
    {"meeting apposition", "t.txt", "Laos is set to chair the Mekong-Japan Summit in 2027.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2027", NO},
    {"chaired date", "t.txt", "Laos is set to chair the Mekong-Japan Summit in 2027.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2027", NO},
    {"meeting apposition", "t.txt", "Laos will attend the Mekong-Japan Summit in 2027.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2027", 0, 1},
    {"held_on", "t.txt", "The fifth Ocean Ministers Meeting, which met every year from 2010 until 2020, was held in Apia on 2 June 2026.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2010/2020", NO},
    {"held_on", "t.txt", "The fifth Ocean Ministers Meeting was held in Apia from 30 December 2025 to 2 January 2026.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2025-12-30/2026-01-02", 0, 1},
    {"held_on", "t.txt", JA_JAKARTA, DG_REL_HELD_ON, "meeting:asean-japan-summit:16",
     "date:2023-07", 0, 1},
    {"held_on", "t.txt", "The Mekong-Japan Foreign Ministers' Meeting was held on 10 May 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm", "date:2025-05-10", 0, 1},
    {"held_on", "t.txt", "The Mekong-Japan Summit, held on 2 June 2025, welcomed the plan.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", "date:2025-06-02", 0, 1},
    {"held_on", "t.txt", JA_FOLLOWS, DG_REL_HELD_ON, "meeting:mekong-japan-fmm:6", "date:2024-08-01",
     0, 1},
    /* convening (a gerund) holds the meeting after it, with the clause's dates and venue;
     * near miss: the meeting the convened one follows */
    {"held_on", "t.txt", EN_CONVENING, DG_REL_HELD_ON, "meeting:mekong-japan-summit:10",
     "date:2024-05-05", 0, 1},
    {"held_in", "t.txt", EN_CONVENING, DG_REL_HELD_IN, "meeting:mekong-japan-summit:10",
     "place:vientiane", 0, 1},
    {"held_in", "t.txt",
     "We thanked Laos for convening a workshop on 5 May 2024 in Vientiane, after the Mekong-Japan Summit.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    /* a quoted title with a subtitle takes the role written after the quotation; near
     * miss: the quotation owns what is held (の) */
    {"held_on", "t.txt", "ジェトロは2026年5月2日、「日メコン交流フォーラム ―未来へ―」を東京で開催した。",
     DG_REL_HELD_ON, "meeting:日メコン交流フォーラム", "date:2026-05-02", 0, 1},
    {"held_on", "t.txt", "ジェトロは5月2日、「日メコン交流フォーラム ―未来へ―」の報告会を東京で開催した。",
     DG_REL_HELD_ON, "meeting:日メコン交流フォーラム", NULL, NO},
    /* near misses: not the meeting the sentence is about; not the meeting it follows; the
     * date line under a title that holds the meeting; no holding verb */
    {"held_on", "t.txt", JA_JAKARTA, DG_REL_HELD_ON, "meeting:mekong-japan-fmm:5", NULL, NO},
    {"held_on", "t.txt", JA_FOLLOWS, DG_REL_HELD_ON, JA_ASEAN57, NULL, NO},
    {"held_on", "t.txt", "第3回日メコン防災閣僚会合の開催\n2024年4月1日\n\n概要は次のとおり。",
     DG_REL_HELD_ON, TITLE_ID, NULL, NO},
    {"held_on", "t.txt", "The Mekong-Japan Foreign Ministers' Meeting welcomed the report of 10 May 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm", NULL, NO},
    {"held_on", "t.txt", "2023年7月、第5回日メコン外相会議の準備について協議した。", DG_REL_HELD_ON,
     "meeting:mekong-japan-fmm:5", NULL, NO},

    /* participates_in: the actors of a sentence about taking part */
    /* a colon list after a passive or a noun of attendees, in a sentence naming no meeting:
     * the document's own, here the one its body opens by holding (the title names none);
     * near miss: a body that opens by recalling a meeting is not about it */
    {"participates_in", "t.txt", EN_OCEAN_BODY "The following countries were represented: Fiji, Tonga and Tuvalu.",
     DG_REL_PARTICIPATES_IN, "country:TUV", EN_OCEAN_ID, 3, 1},
    {"participates_in", "t.txt", EN_OCEAN_BODY "The following countries were present: Fiji and Tuvalu.",
     DG_REL_PARTICIPATES_IN, "country:TUV", EN_OCEAN_ID, 3, 1},
    {"participates_in", "t.txt", EN_OCEAN_BODY "Observers included: the World Bank.",
     DG_REL_PARTICIPATES_IN, "org:world-bank", EN_OCEAN_ID, 3, 1},
    {"participates_in", "t.txt", EN_OCEAN_BODY "Nauru attended as an observer.",
     DG_REL_PARTICIPATES_IN, "country:NRU", EN_OCEAN_ID, 3, 1},
    {"participates_in", "t.txt", EN_OCEAN_RECALLED "The following countries were represented: Fiji, Tonga and Tuvalu.",
     DG_REL_PARTICIPATES_IN, "country:TUV", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", EN_OCEAN_BODY "Observers from Nauru presented a report.",
     DG_REL_PARTICIPATES_IN, "country:NRU", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", "第5回日メコン農業対話にはカンボジア及びタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:KHM", JA_AGRI, 0, 1},
    {"participates_in", "t.txt", "第5回日メコン農業対話にはカンボジア及びタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_AGRI, 0, 1},
    {"participates_in", "t.txt", "Laos attended the Third Mekong-Japan Water Forum.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", "Laos sent its delegation to the Third Mekong-Japan Water Forum.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 0, 1},
    /* context.c undated_scene: an undated lead whose one meeting stands after " at the " is
     * the document's meeting (a signer later takes part in it); near miss: "ahead of the" */
    {"signers", "t.txt", "Charter signed in Vientiane\n\nLeaders adopted a charter at "
     "the Third Mekong-Japan Water Forum held in Vientiane.\nThe Water Convention was signed by "
     "Foreign Minister Ana Moli Soto.", DG_REL_PARTICIPATES_IN, "person:ana-moli-soto", EN_FORUM,
     2, 1},
    {"signers", "t.txt", "Charter signed in Vientiane\n\nLeaders adopted a charter "
     "ahead of the Third Mekong-Japan Water Forum held in Vientiane.\nThe Water Convention was "
     "signed by Foreign Minister Ana Moli Soto.", DG_REL_PARTICIPATES_IN, "person:ana-moli-soto",
     EN_FORUM, NO},
    /* triggers.tsv "team is led by", "team by", "is representing": a country's team led by its
     * officer, the next team by another, an officer representing a country; near miss: a
     * study team led by a researcher, with no meeting of its own */
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum opened today.\nThe Lao team "
     "is led by Secretary of Energy Ana Moli Soto and the Thai team by Director Kim Vela.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum opened today.\nThe Lao team "
     "is led by Secretary of Energy Ana Moli Soto and the Thai team by Director Kim Vela.",
     DG_REL_PARTICIPATES_IN, "person:ana-moli-soto", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum opened today.\nDirector "
     "General Kim Vela is representing Thailand.",
     DG_REL_PARTICIPATES_IN, "person:kim-vela", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum opened today.\nDirector "
     "General Kim Vela is a professor in Thailand.",
     DG_REL_PARTICIPATES_IN, "person:kim-vela", EN_FORUM, NO},
    {"participates_in", "t.txt", TITLE "ミャンマーもオブザーバーとして出席した。",
     DG_REL_PARTICIPATES_IN, "country:MMR", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", "第5回日メコン農業対話はタイで開催され、ラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_AGRI, 0, 1},
    {"participates_in", "t.txt", "Vietnam attended the ASEAN-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "country:VNM", "meeting:asean-japan-summit", 0, 1},
    /* a territory takes part (kind=territory), not where it is the venue */
    {"participates_in", "t.txt", "New Caledonia attended the ASEAN-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "place:new-caledonia", "meeting:asean-japan-summit", 0, 1},
    {"participates_in", "t.txt", "Fiji attended the ASEAN-Japan Summit in New Caledonia.",
     DG_REL_PARTICIPATES_IN, "place:new-caledonia", "meeting:asean-japan-summit", NO},
    {"participates_in", "t.txt", "Ministers from Nouméa attended the ASEAN-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "place:noumea", "meeting:asean-japan-summit", NO},
    /* the subject of a clause before goes on attending; a speaker at a meeting; a place
     * counted as its countries; the head of a party's line; a chair takes part */
    {"participates_in", "t.txt", TITLE "山田大臣は、タイを訪問し、本会合に出席した。",
     DG_REL_PARTICIPATES_IN, "person:山田", TITLE_ID, 1, 1},
    {"participates_in", "t.txt",
     "第14回日メコン首脳会議において、山田総理からタイのスレッタ首相に対し支援を表明した。",
     DG_REL_PARTICIPATES_IN, "person:スレッタ", "meeting:mekong-japan-summit:14", 0, 1},
    {"participates_in", "t.txt", TITLE "本会合にはアフリカ20か国が参加した。", DG_REL_PARTICIPATES_IN,
     "region:africa", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", TITLE "・カンボジア：外務省高官が出席\n", DG_REL_PARTICIPATES_IN,
     "country:KHM", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The summit was hosted by Japan in Tokyo on 3 May 2025.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "The leaders of Japan, Laos and Thailand met in Vientiane.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, 1, 1},
    /* the one who holds a meeting (Xは…を開催) hosts it and takes part; near misses: the
     * venue, a meeting held with no host named */
    {"participates_in", "t.txt", JA_HOST, DG_REL_PARTICIPATES_IN, "org:mod",
     "meeting:第3回日メコン防災閣僚会合", 0, 1},
    {"participates_in", "t.txt", JA_HOST, DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participates_in", "t.txt", "第3回日メコン防災閣僚会合は、5月2日、タイにおいて開催された。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* the authors of a statement (We, A and B, ...) where "we" speak at a meeting */
    {"participates_in", "t.txt", "Joint Statement\n\nWe, " EN_AUTHORS, DG_REL_PARTICIPATES_IN,
     "person:tanaka-ichiro", EN_SUMMIT, 2, 1},
    /* a country announcing at the meeting named as the scene takes part; what it gives to
     * does not */
    {"participates_in", "t.txt", "At the Mekong-Japan Summit, Japan will present the Mekong Water Initiative.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 0, 1},
    {"announced_at", "t.txt", "At the Mekong-Japan Summit, Japan will present the Mekong Water Initiative.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-initiative", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "At the Mekong-Japan Summit, Japan announced aid to Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:KHM", NULL, NO},
    /* near misses: a place visited; the subject of a verb that modifies a noun; a body named
     * after a party's line head; a country where meetings take place */
    {"participates_in", "t.txt", "Joint Statement\n\n" EN_AUTHORS, DG_REL_PARTICIPATES_IN,
     "person:tanaka-ichiro", EN_SUMMIT, NO},
    {"participates_in", "t.txt", "Japan joined the ASEAN Regional Forum meetings in Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participates_in", "t.txt", "第5回日メコン外相会議には山田インドネシア大使が出席した。",
     DG_REL_PARTICIPATES_IN, "country:IDN", NULL, NO},
    {"participates_in", "t.txt", TITLE "山田大臣は、タイを訪問し、本会合に出席した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participates_in", "t.txt",
     TITLE "山田総理（当時）が表明した支援の成果を報告し、約2万人が研修に参加したことを紹介した。",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    {"participates_in", "t.txt", TITLE "・カンボジア：外務省高官が出席\n", DG_REL_PARTICIPATES_IN,
     "org:mofa", NULL, NO},
    /* near misses: the venue is no participant; no verb of taking part; ASEAN inside the
     * summit's name is part of the name */
    {"participates_in", "t.txt", "第5回日メコン農業対話はタイで開催され、ラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participates_in", "t.txt", "第5回日メコン農業対話でカンボジアが発言した。",
     DG_REL_PARTICIPATES_IN, "country:KHM", NULL, NO},
    {"participates_in", "t.txt", "Vietnam attended the ASEAN-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "group:ASEAN", NULL, NO},

    /* chaired_by: a person (else a country) just before 議長, or after it; after "chaired by" */
    /* the meeting whose chair the word is (Xの議長は): near misses, a chair country's
     * proposal welcomed by someone, a chair of no meeting */
    /* a sentence that names no meeting speaks of its section's (the title block before it
     * naming one after the document's title); near miss: no such title block */
    {"chaired_by", "t.txt", "第3回日メコン防災閣僚会合及び日ASEAN防災対話の結果\n\n<日ASEAN防災対話>\n\n本対話では協力を議論した。山田大臣が議長を務めた。\n",
     DG_REL_CHAIRED_BY, "meeting:日asean防災対話", "person:山田", ANY_SENTENCE, 1},
    {"chaired_by", "t.txt", "第3回日メコン防災閣僚会合及び日ASEAN防災対話の結果\n\n本対話では協力を議論した。山田大臣が議長を務めた。\n",
     DG_REL_CHAIRED_BY, "meeting:日asean防災対話", "person:山田", NO},
    /* the chair of a framework of cooperation (co-chairmanship of the Mekong-Lancang
     * Cooperation) chairs no meeting; near miss: the chairmanship alone */
    {"chaired_by", "t.txt", EN_TITLE "Laos thanked Thailand for its co-chairmanship of the Mekong-Lancang Cooperation last year.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:THA", NO},
    {"chaired_by", "t.txt", EN_TITLE "Laos thanked Thailand for its co-chairmanship.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "country:THA", 1, 1},
    /* a chairing word that opens a text's name (the Chairman's Statement of) names no
     * chair; near miss: the chairman himself */
    {"chaired_by", "t.txt", "Recalling the Chairman's Statement of the 16th ASEAN-Japan Summit, Indonesia welcomed the plan.",
     DG_REL_CHAIRED_BY, "meeting:asean-japan-summit:16", "country:IDN", NO},
    {"chaired_by", "t.txt", "Recalling the Chairman of the 16th ASEAN-Japan Summit, Indonesia welcomed the plan.",
     DG_REL_CHAIRED_BY, "meeting:asean-japan-summit:16", "country:IDN", 0, 1},
    /* titled_next: the chair joined to the one before by a joiner after that one's title
     * (共同議長はA首相及びB外務大臣: both); near miss: a person after a clause of no title */
    {"chaired_by", "t.txt", JA_DISASTER_NAME "が開かれた。共同議長はソムチャイ・ウォンサワット首相及び山田太郎外務大臣。",
     DG_REL_CHAIRED_BY, JA_DISASTER_ID, "person:山田太郎", 1, 1},
    {"chaired_by", "t.txt", JA_DISASTER_NAME "が開かれた。共同議長はソムチャイ・ウォンサワット首相であり、会合には山田太郎外務大臣が出席。",
     DG_REL_CHAIRED_BY, JA_DISASTER_ID, "person:山田太郎", NO},
    {"chaired_by", "t.txt", "第2回日太平洋漁業対話の議長は鈴木花子外務大臣政務官が務めた。",
     DG_REL_CHAIRED_BY, JA_FISH, "person:鈴木花子", 0, 1},
    {"chaired_by", "t.txt", "第2回日太平洋漁業対話の共同議長を山田太郎外務副大臣が務めた。",
     DG_REL_CHAIRED_BY, JA_FISH, "person:山田太郎", 0, 1},
    {"chaired_by", "t.txt", "第2回日太平洋漁業対話の議長国の提案を鈴木花子外務大臣政務官が歓迎した。",
     DG_REL_CHAIRED_BY, JA_FISH, NULL, NO},
    /* a group's chair named by the group's last word (Forum Chair) chairs no meeting; the
     * same sentence without the group named gives the chair */
    {"chaired_by", "t.txt", EN_FORUM_CHAIR, DG_REL_CHAIRED_BY, NULL, "person:simon-kofe", NO},
    {"chaired_by", "t.txt", "Ocean Ministers Meeting\n\nAs Meeting Chair, Minister Simon Kofe noted the progress.\n",
     DG_REL_CHAIRED_BY, "meeting:ocean-ministers-meeting", "person:simon-kofe", 1, 1},
    {"chaired_by", "t.txt", "第2回日太平洋漁業対話の議長声明を鈴木花子外務大臣政務官が紹介した。",
     DG_REL_CHAIRED_BY, JA_FISH, NULL, NO},
    {"chaired_by", "t.txt", "第6回日メコン対話は鈴木外務大臣の議長の下で行われた。",
     DG_REL_CHAIRED_BY, "meeting:第6回日メコン対話", "person:鈴木", 0, 1},
    {"chaired_by", "t.txt", TITLE "議長は山田防衛審議官が務めた。", DG_REL_CHAIRED_BY, TITLE_ID,
     "person:山田", 1, 1},
    {"chaired_by", "t.txt", "The Third Mekong-Japan Water Forum was chaired by Minister Sato Kenji.",
     DG_REL_CHAIRED_BY, EN_FORUM, "person:sato-kenji", 0, 1},
    /* "The forum" is the nearest forum named before it when the document's first is one still
     * to come (the next Forum: future_occasions.tsv, names_coref.c); near miss: that one */
    {"chaired_by", "t.txt", "Ministers meet\n\nHanoi to host the next Mekong-Japan Cooperation Forum.\n\nOn 2 May 2022, "
     "Bangkok hosted the 8th Mekong-Japan Cooperation Forum. The forum, chaired by Minister Sato Kenji, ended.",
     DG_REL_CHAIRED_BY, "meeting:8th-mekong-japan-cooperation-forum", "person:sato-kenji", 3, 1},
    {"chaired_by", "t.txt", "Ministers meet\n\nHanoi to host the next Mekong-Japan Cooperation Forum.\n\nOn 2 May 2022, "
     "Bangkok hosted the 8th Mekong-Japan Cooperation Forum. The forum, chaired by Minister Sato Kenji, ended.",
     DG_REL_CHAIRED_BY, "meeting:mekong-japan-cooperation-forum", "person:sato-kenji", NO},
    /* a chair list that runs into those who attend: the chairs end at the person after the
     * one "and" brings in; near misses: those after, who attend */
    {"chaired_by", "t.txt", EN_CHAIR_LIST, DG_REL_CHAIRED_BY, EN_SUMMIT, "person:tan-lin", 0, 1},
    {"chaired_by", "t.txt", EN_CHAIR_LIST, DG_REL_CHAIRED_BY, EN_SUMMIT, "person:som-chea", NO},
    {"chaired_by", "t.txt", EN_CHAIR_LIST, DG_REL_CHAIRED_BY, EN_SUMMIT, "person:chai-prasert", NO},
    /* co-chairs' countries in their titles take part; near miss: one chair alone */
    {"chaired_by", "t.txt", "The Mekong-Japan Summit was co-chaired by H.E. Mr. Sato Kenji, Minister of Foreign Affairs of "
     "Japan and H.E. Mr. Tan Lin, Minister of Foreign Affairs of Laos.", DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 0, 1},
    {"chaired_by", "t.txt", "The Mekong-Japan Summit was chaired by H.E. Mr. Tan Lin, Minister of Foreign Affairs of Laos.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    {"chaired_by", "t.txt", "The Mekong-Japan Summit was co-chaired by Japan and Laos.",
     DG_REL_CHAIRED_BY, "meeting:mekong-japan-summit", "country:JPN", 0, 1},
    {"chaired_by", "t.txt", "The Mekong-Japan Summit was co-chaired by Japan and Laos.",
     DG_REL_CHAIRED_BY, "meeting:mekong-japan-summit", "country:LAO", 0, 1},
    /* 議長国 X: the country chairs, of the document's meeting when its clause names none;
     * a chair together with another chairs with the subject carried over */
    {"chaired_by", "t.txt", TITLE JA_CHAIR_COUNTRY, DG_REL_CHAIRED_BY, TITLE_ID, "country:LAO", 1, 1},
    /* two meetings opened in one sentence: the parties and chair the next sentences give
     * one are the other's too, within the members of the group its name holds; near misses:
     * a party of no such member, the sentences after one named alone */
    {"joint opening", "t.txt", JA_JOINT JA_JOINT_LIST, DG_REL_PARTICIPATES_IN, "country:JPN", JA_JOINT_APT, 1, 1},
    {"joint opening", "t.txt", JA_JOINT JA_JOINT_LIST, DG_REL_PARTICIPATES_IN, "group:ASEAN", JA_JOINT_APT, 1, 1},
    {"joint opening", "t.txt", JA_JOINT JA_JOINT_LIST, DG_REL_PARTICIPATES_IN, "country:IND", JA_JOINT_APT, NO},
    {"joint opening", "t.txt", JA_JOINT "開幕式では議長国ラオスの副首相が演説を行った。", DG_REL_CHAIRED_BY,
     JA_JOINT_APT, "country:LAO", 1, 1},
    {"joint opening", "t.txt", JA_JOINT "第5回東アジアサミット観光相会議は成功した。" JA_JOINT_LIST,
     DG_REL_PARTICIPATES_IN, "country:JPN", JA_JOINT_APT, NO},
    /* 議長国であるXのY in a list of witnesses: X and Y chair, not the list's first name */
    {"chaired_by", "t.txt", TITLE JA_COPULA_CHAIR, DG_REL_CHAIRED_BY, TITLE_ID, "country:LAO", 1, 1},
    {"chaired_by", "t.txt", TITLE JA_COPULA_CHAIR, DG_REL_CHAIRED_BY, TITLE_ID,
     "person:ソムチャイ・ウォンサワット", 1, 1},
    {"chaired_by", "t.txt", TITLE JA_COPULA_CHAIR, DG_REL_CHAIRED_BY, TITLE_ID, "person:山田太郎", NO},
    {"chaired_by", "t.txt", TITLE "鈴木大臣が出席し、タイのスレッタ首相とともに共同議長を務めた。",
     DG_REL_CHAIRED_BY, TITLE_ID, "person:鈴木", 1, 1},
    {"chaired_by", "t.txt",
     "Foreign Minister Sato Kenji co-chaired the Mekong-Japan Summit with Foreign Minister Tanaka Ichiro.",
     DG_REL_CHAIRED_BY, "meeting:mekong-japan-summit", "person:tanaka-ichiro", 0, 1},
    {"chaired_by", "t.txt", EN_TITLE "The meeting was held under the chairmanship of Foreign Minister Sato Kenji.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sato-kenji", 1, 1},
    {"chaired_by", "t.txt", EN_TITLE EN_CHAIR_ATTEND, DG_REL_CHAIRED_BY, EN_SUMMIT,
     "person:sato-kenji", 1, 1},
    /* near misses: a person after a verb of another kind (attended by) is no chair; the
     * person before 議長国 is no chair; the meeting the next clause recalls
     * is not chaired; the chair of a group chairs no meeting; no chairing word */
    {"chaired_by", "t.txt", EN_TITLE EN_CHAIR_ATTEND, DG_REL_CHAIRED_BY, NULL, "person:tanaka-ichiro",
     NO},
    /* nor one after another participle and "by" (and supported by) */
    {"chaired_by", "t.txt", EN_TITLE EN_CHAIR_SUPPORT, DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sato-kenji", 1, 1},
    {"chaired_by", "t.txt", EN_TITLE EN_CHAIR_SUPPORT, DG_REL_CHAIRED_BY, NULL, "person:tanaka-ichiro", NO},
    /* proxy_between: whom a chair acts for neither chairs nor takes part */
    {"chaired_by", "t.txt", EN_TITLE "The Summit was co-chaired by H.E. Ana Kalo, Minister of Foreign Affairs of Fiji, on behalf of the Secretary-General Jane Tau.",
     DG_REL_CHAIRED_BY, EN_SUMMIT, "person:ana-kalo", 1, 1},
    {"chaired_by", "t.txt", EN_TITLE "The Summit was co-chaired by H.E. Ana Kalo, Minister of Foreign Affairs of Fiji, on behalf of the Secretary-General Jane Tau.",
     DG_REL_CHAIRED_BY, NULL, "person:jane-tau", NO},
    /* attached_country: the country ending a post before the chairing word is no chair,
     * the person is */
    {"chaired_by", "t.txt", EN_REEF_HELD "Hon Ana Kalo, Secretary of Foreign Affairs of the Philippines chaired the meeting.",
     DG_REL_CHAIRED_BY, EN_REEF_ID, "person:ana-kalo", 1, 1},
    {"chaired_by", "t.txt", EN_REEF_HELD "Hon Ana Kalo, Secretary of Foreign Affairs of the Philippines chaired the meeting.",
     DG_REL_CHAIRED_BY, EN_REEF_ID, "country:PHL", NO},
    /* meeting_gloss: a partner's gloss after a meeting's name chairs nothing */
    {"chaired_by", "t.txt", "The Reef PMC+1 Session with the Caribbean Community (CARICOM) was co-chaired by H.E. Ana Kalo, Minister of Foreign Affairs of Fiji.",
     DG_REL_CHAIRED_BY, "meeting:reef-pmc+1-session-with-the-caribbean-community", "person:ana-kalo", 0, 1},
    {"chaired_by", "t.txt", "The Reef PMC+1 Session was held. The Caribbean Community (CARICOM) was chaired by H.E. Ana Kalo, Minister of Foreign Affairs of Fiji.",
     DG_REL_CHAIRED_BY, NULL, "person:ana-kalo", NO},
    {"chaired_by", "t.txt", TITLE JA_CHAIR_COUNTRY, DG_REL_CHAIRED_BY, NULL, "person:鈴木", NO},
    {"chaired_by", "t.txt", TITLE JA_CHAIR_COUNTRY, DG_REL_CHAIRED_BY,
     "meeting:第2回日メコン防災閣僚会合", NULL, NO},
    {"chaired_by", "t.txt", "第5回日メコン外相会議には、太平洋諸島フォーラムの議長国であるフィジーも出席した。",
     DG_REL_CHAIRED_BY, NULL, "country:FJI", NO},
    {"chaired_by", "t.txt", "At the Mekong-Japan Summit, Thailand thanked Laos as the Chair of ASEAN.",
     DG_REL_CHAIRED_BY, "meeting:mekong-japan-summit", NULL, NO},
    {"chaired_by", "t.txt", "第6回日メコン対話で鈴木外務大臣が挨拶した。", DG_REL_CHAIRED_BY,
     "meeting:第6回日メコン対話", NULL, NO},

    /* announced_at: a program close to its verb, at the sentence's meeting */
    {"announced_at", "t.txt",
     "第6回日メコン外相会議において、鈴木外務大臣が「日メコン水資源イニシアティブ」を発表した。",
     DG_REL_ANNOUNCED_AT, JA_WATER_INIT, "meeting:mekong-japan-fmm:6", 0, 1},
    {"announced_at", "t.txt",
     "At the Mekong-Japan Foreign Ministers' Meeting, Japan announced the Mekong Water Resources Initiative.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-resources-initiative", "meeting:mekong-japan-fmm",
     0, 1},
    {"announced_at", "t.txt", "第4回日メコン外相会議で「メコン防災行動計画」を発表した。",
     DG_REL_ANNOUNCED_AT, JA_PLAN, "meeting:mekong-japan-fmm:4", 0, 1},
    /* near misses: a stance toward the program, which was announced elsewhere */
    {"announced_at", "t.txt",
     "第6回日メコン外相会議において、鈴木外務大臣は「日メコン水資源イニシアティブ」への支持を表明した。",
     DG_REL_ANNOUNCED_AT, JA_WATER_INIT, NULL, NO},
    {"announced_at", "t.txt",
     "At the Mekong-Japan Foreign Ministers' Meeting, Japan announced its support for the Mekong Water Resources Initiative.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-resources-initiative", NULL, NO},
    {"announced_at", "t.txt",
     "At the Mekong-Japan Foreign Ministers' Meeting, Japan proposed a fund to support the Mekong Water Resources Initiative.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-resources-initiative", NULL, NO},
    {"announced_at", "t.txt", EN_SCENE_PROGRAM, DG_REL_ANNOUNCED_AT,
     "program:mekong-water-initiative", "meeting:mekong-japan-summit", 0, 1},
    {"announced_at", "t.txt", "Japan pledged USD 10 million to the Mekong Water Initiative at the Mekong-Japan Summit.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-initiative", EN_SUMMIT, 0, 1},
    {"announced_at", "t.txt", "Japan will present the Mekong Water Initiative at the Mekong-Japan Summit.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-initiative", EN_SUMMIT, 0, 1},
    {"announced_at", "t.txt", "Japan was present at the Mekong-Japan Summit and the Mekong Water Initiative.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-initiative", NULL, NO},
    /* near misses: the program stands far from the verb; a program named as the scene */
    {"announced_at", "t.txt", EN_SCENE_PROGRAM, DG_REL_ANNOUNCED_AT, "program:jaif", NULL, NO},
    /* ... a clause dated at another time than the document's meeting; a frame (under X) */
    {"announced_at", "t.txt", EN_TITLE "Since its launch in April 2023, the Mekong Water Initiative has grown.",
     DG_REL_ANNOUNCED_AT, "program:mekong-water-initiative", NULL, NO},
    /* programs listed before the adopted one (と, 及び) are adopted with it; near miss: a
     * program the adopted one is only based on */
    /* dg_rel_section_pair: the title's two meetings (A及びBの結果) are both the one a
     * sentence that names none speaks of (pair_of: adopted_at, chaired_by); near miss: a
     * sentence between has named one of them alone */
    {"adopted_at", "t.txt", JA_PAIR_TITLE JA_PAIR_HELD JA_PAIR_LAST,
     DG_REL_ADOPTED_AT, NULL, "meeting:mekong-japan-fmm:5", 2, 1},
    {"adopted_at", "t.txt", JA_PAIR_TITLE JA_PAIR_HELD JA_PAIR_ONE JA_PAIR_LAST,
     DG_REL_ADOPTED_AT, NULL, "meeting:mekong-japan-fmm:5", NO},
    /* both_meetings.tsv: 両会議 speaks of both even after one was named alone */
    {"adopted_at", "t.txt", JA_PAIR_TITLE JA_PAIR_HELD JA_PAIR_ONE "両会議ともに共同声明が採択された。\n",
     DG_REL_ADOPTED_AT, NULL, "meeting:mekong-japan-fmm:5", 3, 1},
    {"participates_in", "t.txt", JA_PAIR_TITLE JA_PAIR_HELD JA_PAIR_LAST,
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:5", 2, 1},
    {"participates_in", "t.txt", JA_PAIR_TITLE JA_PAIR_HELD JA_PAIR_ONE JA_PAIR_LAST,
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:5", NO},
    /* triggers.tsv 調印: a document the leaders sign at the meeting is adopted there; near
     * miss: a signing spoken of without the document */
    {"adopted_at", "t.txt", TITLE "各国の首脳は『メコン防災ビエンチャン宣言』に調印し、会合は閉幕した。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災ビエンチャン宣言", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "各国の首脳は『メコン防災ビエンチャン宣言』について協議し、会合は閉幕した。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災ビエンチャン宣言", TITLE_ID, NO},
    {"adopted_at", "t.txt", TITLE "本会合では、日メコン防災共同宣言と「メコン地域防災協力強化行動計画」を採択した。\n",
     DG_REL_ADOPTED_AT, "program:日メコン防災共同宣言", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "本会合では、日メコン防災共同宣言に基づき「メコン地域防災協力強化行動計画」を採択した。\n",
     DG_REL_ADOPTED_AT, "program:日メコン防災共同宣言", TITLE_ID, NO},
    {"adopted_at", "t.txt", EN_TITLE "Under the Mekong Water Initiative, Japan signed an agreement with Laos.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", NULL, NO},
    {"announced_at", "t.txt",
     "「日メコン水資源イニシアティブ」の成果を踏まえ、第6回日メコン外相会議において、各国の閣僚は今後の協力の方向性について幅広く議論し発表した。",
     DG_REL_ANNOUNCED_AT, JA_WATER_INIT, NULL, NO},

    /* ja_list_across: a program joined by と、 over the words describing the adopted one
     * is adopted with it; near miss: another verb between them */
    {"adopted_at", "t.txt", TITLE "本会合は「メコン防災宣言」と、水資源に関する「メコン協力コミュニケ」を採択した。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災宣言", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "本会合は「メコン防災宣言」と、日本が提案した「メコン協力コミュニケ」を採択した。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災宣言", TITLE_ID, NO},
    /* next_verb: a date or an unnamed meeting after a second verb is that verb's, not the
     * adoption's; near misses: the date of the adoption, a meeting named before the verb */
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers adopted the Ocean Action Plan and agreed to meet again in 2027.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, 1, 1},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers adopted the Ocean Action Plan in 2019.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, NO},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers adopted the Ocean Action Plan and agreed to hold the next meeting in Fiji.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, 1, 1},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers welcomed the Ocean Action Plan adopted at the previous meeting and agreed to hold the next meeting in Fiji.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, NO},
    /* lists.c: a comma before "and" (A, B, and C) is one joiner with it; near miss: the
     * last name after a second verb */
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers adopted the Ocean Action Plan, the Reef Work Plan, and the Coral Action Plan.\n",
     DG_REL_ADOPTED_AT, "program:coral-action-plan", EN_REEF_ID, 1, 1},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers adopted the Ocean Action Plan, the Reef Work Plan, and noted the Coral Action Plan.\n",
     DG_REL_ADOPTED_AT, "program:coral-action-plan", EN_REEF_ID, NO},
    /* en_subject: a program before an English verb that has a program after it is the
     * verb's subject; near miss: a passive verb, whose program stands before it */
    {"adopted_at", "t.txt", EN_REEF_HELD "Blue Reef Partnership ministers endorsed the new Ocean Action Plan.\n",
     DG_REL_ADOPTED_AT, "program:blue-reef-partnership", EN_REEF_ID, NO},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ocean Action Plan was endorsed by the ministers.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, 1, 1},
    /* en_that_clause: a program in the clause a verb opens with "that" is no outcome; near
     * miss: the verb's object */
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers agreed that the Blue Reef Partnership has grown.\n",
     DG_REL_ADOPTED_AT, "program:blue-reef-partnership", EN_REEF_ID, NO},
    {"adopted_at", "t.txt", EN_REEF_HELD "The Ministers agreed on the Blue Reef Partnership.\n",
     DG_REL_ADOPTED_AT, "program:blue-reef-partnership", EN_REEF_ID, 1, 1},
    /* triggers.tsv: releasing, 交わされ, 改訂; near misses: another verb, a revision dated
     * another year */
    {"adopted_at", "t.txt", EN_REEF_HELD "In releasing the Ocean Action Plan at the 3rd Reef Ministers Meeting, the Minister thanked Fiji.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, 1, 1},
    {"adopted_at", "t.txt", EN_REEF_HELD "In reviewing the Ocean Action Plan at the 3rd Reef Ministers Meeting, the Minister thanked Fiji.\n",
     DG_REL_ADOPTED_AT, "program:ocean-action-plan", EN_REEF_ID, NO},
    {"adopted_at", "t.txt", TITLE "会合の成果として、共同声明及び「メコン防災協力覚書」が交わされた。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災協力覚書", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "本会合では、「メコン防災行動計画」を改訂した。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災行動計画", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "2019年に改訂された「メコン防災行動計画」に基づき協力を進めた。\n",
     DG_REL_ADOPTED_AT, "program:メコン防災行動計画", TITLE_ID, NO},
    /* documents.tsv: a Summary is a text, "of" its meeting; near miss: a summary by no
     * name */
    {"statement of meeting", "t.txt", EN_REEF_HELD "The Ministers noted the Chair's Summary of the 3rd Reef Ministers Meeting.\n",
     DG_REL_ADOPTED_AT, NULL, EN_REEF_ID, 1, 1},
    {"statement of meeting", "t.txt", EN_REEF_HELD "The Ministers noted a summary of the 3rd Reef Ministers Meeting.\n",
     DG_REL_ADOPTED_AT, NULL, EN_REEF_ID, NO},

    /* adopted_at */
    {"adopted_at", "t.txt", "「メコン防災行動計画」が第4回日メコン外相会議で採択された。",
     DG_REL_ADOPTED_AT, JA_PLAN, "meeting:mekong-japan-fmm:4", 0, 1},
    {"adopted_at", "t.txt",
     "Leaders welcomed the adoption of the Mekong Connectivity Action Plan at the Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", "meeting:mekong-japan-summit",
     0, 1},
    {"adopted_at", "t.txt", "The Mekong-Japan Summit adopted the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", "meeting:mekong-japan-summit",
     0, 1},
    /* outcomes by a noun or another verb (the endorsement of, the signing of, released,
     * concluded with); near miss: released by another meeting */
    {"adopted_at", "t.txt", "Highlights of the Mekong-Japan Summit included the endorsement of the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 0, 1},
    {"adopted_at", "t.txt", "The Mekong-Japan Summit saw the signing of the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 0, 1},
    {"adopted_at", "t.txt", "At the Mekong-Japan Summit, the leaders released the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 0, 1},
    {"adopted_at", "t.txt", "The Mekong-Japan Summit concluded with the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 0, 1},
    {"adopted_at", "t.txt", EN_TITLE "The leaders recalled the Mekong Connectivity Action Plan released by the 5th Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, NO},
    /* signers.c: who signs a meeting's outcome takes part (signed by A of X and B; A and B
     * signed the Plan at the Summit); near misses: a signing named with no meeting there;
     * an owner before the participle */
    {"signers", "t.txt", EN_TITLE "The Mekong Connectivity Action Plan was signed by Prime Minister Sato Kenji of Japan "
     "and President Tan Lin of Laos.", DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"signers", "t.txt", EN_TITLE "The Mekong Connectivity Action Plan was signed by Prime Minister Sato Kenji of Japan "
     "and President Tan Lin of Laos.", DG_REL_PARTICIPATES_IN, "person:tan-lin", EN_SUMMIT, 1, 1},
    {"signers", "t.txt", "Fiji, Samoa and Tonga signed the Mekong Connectivity Action Plan at the Mekong-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_SUMMIT, 0, 1},
    {"signers", "t.txt", EN_TITLE "Japan signed the Mekong Connectivity Action Plan with Laos in 2019.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, NO},
    {"signers", "t.txt", "Fiji's loan, signed at the Mekong-Japan Summit, is large.",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_SUMMIT, NO},
    {"adopted_at", "t.txt", "The Mekong Connectivity Action Plan was endorsed at the Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 0, 1},
    /* English: the programs listed after the one the verb acts on (commas, and); near miss:
     * a program after a word that is no joiner */
    {"adopted_at", "t.txt", EN_TITLE "We adopted the Mekong Connectivity Action Plan, the Mekong Water Action Plan and the Mekong Water Initiative.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "We adopted the Mekong Connectivity Action Plan, the Mekong Water Action Plan and the Mekong Water Initiative.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "We adopted the Mekong Connectivity Action Plan, noting the Mekong Water Initiative.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", NULL, NO},
    /* English: the items of a ";" list after the verb (list_item_trigger), and a meeting
     * whose report is approved (roles.tsv "reports of": after) is no venue: the section's;
     * near miss: a program after ";" that another verb acts on */
    {"adopted_at", "t.txt", EN_TITLE "The Ministers approved/endorsed the reports of the 9th Senior Officials "
     "Meeting; the Mekong Water Action Plan; Mekong Connectivity Action Plan; and the Rules of "
     "Procedure for Mekong Mechanisms.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Ministers approved/endorsed the reports of the 9th Senior Officials "
     "Meeting; the Mekong Water Action Plan; Mekong Connectivity Action Plan; and the Rules of "
     "Procedure for Mekong Mechanisms.",
     DG_REL_ADOPTED_AT, "program:rules-of-procedure-for-mekong-mechanisms", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Ministers approved/endorsed the reports of the 9th Senior Officials "
     "Meeting; the Mekong Water Action Plan; Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", "meeting:9th-senior-officials-meeting", NO},
    {"adopted_at", "t.txt", EN_TITLE "The Ministers approved the budget for the secretariat and its staff for "
     "the next two years; Tonga criticized the Mekong Water Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", NULL, NO},
    /* the items of a list marked (a), (b), ii): after "; " (list_item_trigger) and after a
     * joiner (lists.c joins); near miss: a marked name after a word that is no joiner */
    {"adopted_at", "t.txt", EN_TITLE "The Ministers endorsed the following: (a) the Mekong Connectivity Action "
     "Plan; (b) the Mekong Water Action Plan; and (c) the Mekong Water Initiative.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Ministers endorsed i) the Mekong Connectivity Action Plan, ii) the "
     "Mekong Water Action Plan and iii) the Mekong Water Initiative.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Ministers endorsed the Mekong Connectivity Action Plan; Annex (b) the "
     "Mekong Water Initiative is attached.",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", NULL, NO},
    /* a program that owns the noun after it is not what the verb acts on (「X」の実現に
     * 向けて策定した…), unless the verb is that noun (「X」の採択); a verb dated last
     * year is not the meeting's */
    {"adopted_at", "t.txt", TITLE "本会合では、「メコン防災行動計画」の実施に向けて策定した作業計画の進捗が確認された。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"adopted_at", "t.txt", TITLE "本会合では、昨年策定した「メコン防災行動計画」の進捗が確認された。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"adopted_at", "t.txt", "第4回日メコン外相会議で「メコン防災行動計画」の採択が行われた。",
     DG_REL_ADOPTED_AT, JA_PLAN, "meeting:mekong-japan-fmm:4", 0, 1},
    /* the document's meeting named by a reference (本会合, the Summit) in a clause dated at
     * another time, or an English verb followed by "last year", adopted nothing there */
    {"adopted_at", "t.txt", TITLE "本会合では、2019年に採択された「メコン防災行動計画」の実施状況を確認した。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"adopted_at", "t.txt", TITLE "本会合では、「メコン防災行動計画」を採択した。", DG_REL_ADOPTED_AT,
     JA_PLAN, TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Summit reviewed progress on the Mekong Water Action Plan adopted last year.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", NULL, NO},
    /* a program's period in digits right after it is no date of the clause; near miss:
     * a relative date right after a program dates the clause (adopted next year) */
    {"adopted_at", "t.txt", EN_TITLE "The Mekong Water Action Plan (2026-2030) was adopted at the Summit.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Summit was held on 3 May 2025.\nThe Summit agreed on the adoption of the Mekong Water Action Plan next year.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", NULL, NO},
    /* ... also after the program's short form in parentheses (past_short_form), and the
     * programs listed after it past that gloss are adopted too (lists.c gloss_end); near
     * miss: a date after the short form that is no period dates the clause */
    {"adopted_at", "t.txt", EN_TITLE "The Summit was held on 3 May 2025.\n"
     "The Summit approved the Mekong Water Strategy (MWS) 2026-2030 and the Mekong "
     "Fisheries Plan (MFP) 2026-2028.",
     DG_REL_ADOPTED_AT, "program:mekong-fisheries-plan", EN_SUMMIT, 2, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Summit was held on 3 May 2025.\n"
     "The Summit approved the Mekong Water Strategy (MWS) 2026-2030.",
     DG_REL_ADOPTED_AT, "program:mekong-water-strategy", EN_SUMMIT, 2, 1},
    {"adopted_at", "t.txt", EN_TITLE "The Summit was held on 3 May 2025.\n"
     "The Summit approved the Mekong Water Strategy (MWS) on 2 June 2024.",
     DG_REL_ADOPTED_AT, "program:mekong-water-strategy", NULL, NO},
    /* English: a meeting named as an earlier one (the last, the previous) adopted nothing
     * at the document's meeting; near miss: the meeting itself */
    {"adopted_at", "t.txt", EN_TITLE "The Mekong Water Action Plan was adopted at the last Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", NULL, NO},
    {"adopted_at", "t.txt", EN_TITLE "The Mekong Water Action Plan was adopted at the Mekong-Japan Summit that set out six areas.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    /* English: a meeting something is "of" (noted the outcomes of the 3rd ... Meeting and
     * adopted) is no scene of the verb (en_owned_before); near miss: a meeting the
     * subjects met at */
    {"adopted_at", "t.txt", EN_TITLE "Leaders noted the outcomes of the 3rd Mekong-Japan Foreign "
     "Ministers Meeting and adopted the Mekong Water Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt", EN_TITLE "Ministers met at the 3rd Mekong-Japan Foreign Ministers "
     "Meeting and adopted the Mekong Water Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", "meeting:3rd-mekong-japan-foreign-ministers-meeting", 1, 1},
    /* a subject (が) of the verb across a complement closed by として (complements.tsv);
     * near miss: another program between them is the one adopted */
    {"adopted_at", "t.txt", TITLE "会合では、「メコン防災行動計画」が今後十年の地域の防災協力を導く基本的な文書として採択された。",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "会合では、「メコン防災行動計画(Mekong Connectivity Action Plan)」が地域の防災協力を導く基本的な文書として採択された。",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "会合では、「メコン防災行動計画」が示す方向に沿った「日メコン水資源イニシアティブ」を新たな指針として採択した。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"adopted_at", "t.txt", TITLE "会合では、「メコン防災行動計画」が示す方向に沿った「日メコン水資源イニシアティブ」を新たな指針として採択した。",
     DG_REL_ADOPTED_AT, JA_WATER_INIT, TITLE_ID, 1, 1},
    /* quoted names side by side are a list (lists.c): 「A」「B」など…に署名; near miss: a
     * word between them */
    {"adopted_at", "t.txt", TITLE "会合では、「メコン海洋宣言」「メコン防災声明」など重要文書に署名した。",
     DG_REL_ADOPTED_AT, "program:メコン海洋宣言", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "会合では、「メコン海洋宣言」に基づき「メコン防災声明」など重要文書に署名した。",
     DG_REL_ADOPTED_AT, "program:メコン海洋宣言", NULL, NO},
    /* the scene before a Japanese verb, not the meeting of the next clause after it
     * (ja_scene_before); near miss: that next meeting */
    {"adopted_at", "t.txt", TITLE "山田審議官が出席し、第3回日メコン防災閣僚会合においては、「閣僚声明」のとり"
     "まとめを行うとともに、第5回日ASEAN防災閣僚会合においては、協力について議論を行った。",
     DG_REL_ADOPTED_AT, "program:閣僚声明", TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "山田審議官が出席し、第3回日メコン防災閣僚会合においては、「閣僚声明」のとり"
     "まとめを行うとともに、第5回日ASEAN防災閣僚会合においては、協力について議論を行った。",
     DG_REL_ADOPTED_AT, "program:閣僚声明", "meeting:第5回日asean防災閣僚会合", NO},
    /* the name of the phrase the verb acts on, by という (appositives.tsv), and the names
     * listed before it; near miss: a comma between, the verb of another phrase */
    {"announced_at", "t.txt", TITLE "会合では、「メコン防災行動計画」「日メコン水資源イニシアティブ」という、"
     "メコン川流域に恩恵をもたらす2大措置の実施を発表した。",
     DG_REL_ANNOUNCED_AT, JA_PLAN, TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "会合では、「メコン防災行動計画」という考え方に基づき、双方は協力の強化に合意した。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    /* the present tense of a joint text (endorse, adopt, approve); near miss: "issue" as
     * a noun */
    {"adopted_at", "t.txt", EN_TITLE "The Ministers endorse the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 1, 1},
    {"adopted_at", "t.txt",
     EN_TITLE "The Ministers discussed the issue of the Mekong Connectivity Action Plan.",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", NULL, NO},
    /* 取りまとめ: a verb of adopting */
    {"adopted_at", "t.txt", TITLE "本会合では、「メコン防災行動計画」を取りまとめた。",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    /* a heading line that names a meeting alone heads its section: 今回の会合 there and a
     * clause naming no meeting are that meeting's (doc/heading_line.c); near misses: a
     * line listing meetings one a line, a heading that names none */
    {"adopted_at", "t.txt", SECTIONS "1.第3回日メコン農業大臣会合\n今回の会合では、「メコン農業協力計画」に合意した。\n",
     DG_REL_ADOPTED_AT, "program:メコン農業協力計画", "meeting:第3回日メコン農業大臣会合", 3, 1},
    {"adopted_at", "t.txt", SECTIONS "1.第3回日メコン農業大臣会合\n8月1日に開催された。\n「メコン農業協力計画」に合意した。\n",
     DG_REL_ADOPTED_AT, "program:メコン農業協力計画", "meeting:第3回日メコン農業大臣会合", 4, 1},
    {"adopted_at", "t.txt", SECTIONS "・第3回日メコン農業大臣会合\n・第5回日ASEAN農業大臣会合\n今回の会合では、「メコン農業協力計画」に合意した。\n",
     DG_REL_ADOPTED_AT, "program:メコン農業協力計画", "meeting:第5回日asean農業大臣会合", NO},
    {"adopted_at", "t.txt", SECTIONS "1.第3回日メコン農業大臣会合\n8月1日に開催された。\n2.今後の予定\n今回の会合では、「メコン農業協力計画」に合意した。\n",
     DG_REL_ADOPTED_AT, "program:メコン農業協力計画", "meeting:第3回日メコン農業大臣会合", NO},
    /* a Japanese verb before the program acts on it only in its clause (near_trigger) */
    {"adopted_at", "t.txt", TITLE "本会合で策定された「メコン防災行動計画」は、防災協力の指針となる。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    {"adopted_at", "t.txt", TITLE "本会合では、新たな指針の策定を控え、「メコン防災行動計画」の進捗を確認した。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    /* a meeting recalled before the verb by a holding verb dated another day than the
     * document's meeting adopts nothing there (recalled); near misses: the recalled
     * meeting as the verb's scene, or after it */
    {"adopted_at", "t.txt", TITLE JA_DATED "会議では、前日に開催された日メコン外相会議の決定について報告が行われ、「メコン防災行動計画」が採択された。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 2, 1},
    {"adopted_at", "t.txt", TITLE JA_DATED "会議では、前日に開催された日メコン外相会議で採択された「メコン防災行動計画」について報告が行われた。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, NO},
    {"adopted_at", "t.txt", TITLE JA_DATED "会議では、「メコン防災行動計画」を採択した、前日に開催された日メコン外相会議の結果が報告された。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, NO},
    /* a heading line naming a meeting with its short form heads its section even when the
     * document has no meeting of its own; near miss: more words after the short form */
    {"adopted_at", "t.txt", NOTICE "(1)第3回日メコン農業大臣会合(MAMM)\n鈴木大臣から、協力の強化を呼びかけました。\n議論を踏まえ、会合後、「共同メディア声明」が発出されました。\n",
     DG_REL_ADOPTED_AT, "program:共同メディア声明", "meeting:第3回日メコン農業大臣会合", 4, 1},
    {"adopted_at", "t.txt", NOTICE "(1)第3回日メコン農業大臣会合(MAMM)の概要\n鈴木大臣から、協力の強化を呼びかけました。\n議論を踏まえ、会合後、「共同メディア声明」が発出されました。\n",
     DG_REL_ADOPTED_AT, "program:共同メディア声明", NULL, NO},
    /* a lead that reports a meeting's results (result_words.tsv) makes it the document's
     * own; near miss: a lead that reports something else of it */
    {"adopted_at", "t.txt", JA_DATED "鈴木大臣が出席した「第2回日ASEAN漁業大臣会合」の結果をお知らせします。\n会議では、「日ASEAN漁業協力計画」を採択しました。\n",
     DG_REL_ADOPTED_AT, "program:日asean漁業協力計画", "meeting:第2回日asean漁業大臣会合", 2, 1},
    {"adopted_at", "t.txt", JA_DATED "鈴木大臣が出席する「第2回日ASEAN漁業大臣会合」の日程をお知らせします。\n会議では、「日ASEAN漁業協力計画」を採択しました。\n",
     DG_REL_ADOPTED_AT, "program:日asean漁業協力計画", NULL, NO},
    /* near misses: announced is not adopted; adopted, but at no meeting */
    {"adopted_at", "t.txt", "第4回日メコン外相会議で「メコン防災行動計画」を発表した。",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"adopted_at", "t.txt", "各国は「メコン防災行動計画」を採択した。", DG_REL_ADOPTED_AT, JA_PLAN,
     NULL, NO},

    /* a meeting's parenthesis of dates and places */
    /* a day alone in the parenthesis: of the month of the date before */
    {"meeting parenthesis", "t.txt",
     "山田大臣は、2024年5月2日から3日の日程で、ラオスに出張しました。\n\n日メコン経済大臣会合(2日)では、協力について議論しました。\n",
     DG_REL_HELD_ON, "meeting:日メコン経済大臣会合", "date:2024-05-02", 1, 1},
    {"meeting parenthesis", "t.txt", "第9回日メコン首脳会議（2025年5月12日、東京）", DG_REL_HELD_ON,
     "meeting:mekong-japan-summit:9", "date:2025-05-12", 0, 1},
    {"meeting parenthesis", "t.txt", "第9回日メコン首脳会議（2025年5月12日、東京）", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit:9", "place:tokyo", 0, 1},
    {"meeting parenthesis", "t.txt", "Mekong-Japan Summit (Tokyo, 12 May 2025)", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit", "place:tokyo", 0, 1},
    {"meeting parenthesis", "t.txt", "Mekong-Japan Summit (Tokyo, 12 May 2025)", DG_REL_HELD_ON,
     "meeting:mekong-japan-summit", "date:2025-05-12", 0, 1},
    /* a title's parenthesis after a subtitle between wave dashes, a weekday in it; near
     * miss: other words before the parenthesis */
    {"meeting parenthesis", "t.txt", "日ASEAN防災大臣会合 〜地域の強靱化〜 (大阪 2024年6月3日(月))\n\n会合が開かれた。\n",
     DG_REL_HELD_IN, "meeting:日asean防災大臣会合", "place:osaka", 0, 1},
    {"meeting parenthesis", "t.txt", "日ASEAN防災大臣会合 〜地域の強靱化〜 (大阪 2024年6月3日(月))\n\n会合が開かれた。\n",
     DG_REL_HELD_ON, "meeting:日asean防災大臣会合", "date:2024-06-03", 0, 1},
    {"meeting parenthesis", "t.txt", "日ASEAN防災大臣会合 〜地域の強靱化〜 への準備 (大阪 2024年6月3日(月))\n\n会合が開かれた。\n",
     DG_REL_HELD_IN, "meeting:日asean防災大臣会合", "place:osaka", NO},
    /* near misses: a parenthesis that is not only dates and places; one not right after
     * the meeting */
    {"meeting parenthesis", "t.txt", "日ASEANデジタル大臣会合（日本が提案）", DG_REL_HELD_IN,
     "meeting:日aseanデジタル大臣会合", "country:JPN", NO},
    {"meeting parenthesis", "t.txt", "第9回日メコン首脳会議の成果（東京）", DG_REL_HELD_IN,
     "meeting:mekong-japan-summit:9", NULL, NO},

    /* the run after an English meeting name: its place, date and members */
    /* a run after the last of a list of meetings is every member's ("during" links a date);
     * near miss: a meeting an "of" closes is no member of the list */
    {"meeting apposition", "t.txt", EN_TWO_SUMMITS " during 3-5 May 2026, in Apia, Samoa.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-summit", "place:apia", 0, 1},
    {"meeting apposition", "t.txt", EN_TWO_SUMMITS " during 3-5 May 2026, in Apia, Samoa.",
     DG_REL_HELD_ON, "meeting:3rd-ocean-summit", "date:2026-05-03/2026-05-05", 0, 1},
    {"meeting apposition", "t.txt", "Ministers discussed the outcome of the 3rd Ocean Summit and the 1st Island Leaders Summit in Apia.",
     DG_REL_HELD_IN, "meeting:3rd-ocean-summit", "place:apia", NO},
    /* "of" links a date: the Meeting of 22 June 2015 */
    {"meeting apposition", "t.txt", "The plan was adopted at the Mekong-Japan Summit of 22 June 2015.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2015-06-22", 0, 1},
    /* past the meeting's own acronym in parentheses, and its related meetings */
    {"meeting apposition", "t.txt",
     "Ministers attended the Mekong-Japan Summit (MJS) and related meetings in Hanoi on 5 May 2025.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:hanoi", 0, 1},
    {"meeting apposition", "t.txt",
     "Ministers attended the Mekong-Japan Summit (MJS) and related events in Hanoi on 5 May 2025.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2025-05-05", NO},
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Hanoi, Vietnam, on 5 May 2025.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 0, 1},
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Hanoi, Vietnam, on 5 May 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", "date:2025-05-05", 0, 1},
    {"meeting apposition", "t.txt", "The report of the Mekong-Japan Summit among Japan, Laos and Thailand was read.",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:mekong-japan-summit", 0, 1},
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Hanoi on 5 May 2025 involving Japan, Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:mekong-japan-summit", 0, 1},
    /* a meeting that drew (brought together) its members, every one of a long list past the
     * six names of a run of places and dates; near misses: "drew" after no meeting's name,
     * and a meeting that drew no names (ministers of) */
    {"meeting apposition", "t.txt", "The First Island Ministers Meeting drew Fiji, Tonga, Samoa, Palau, Nauru, Tuvalu, Kiribati and Niue.",
     DG_REL_PARTICIPATES_IN, "country:NIU", "meeting:1st-island-ministers-meeting", 0, 1},
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit brought together Japan, Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-summit", 0, 1},
    {"meeting apposition", "t.txt", "At the Mekong-Japan Summit, Laos drew on lessons from Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit drew criticism from Myanmar's neighbours, Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:LAO", NULL, NO},
    /* what a forum comprises are its members, "it" too when it stands for the forum named
     * in the sentence before; near miss: "it" after a group, no meeting named */
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit comprises Japan, Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-summit", 0, 1},
    {"meeting apposition", "t.txt",
     "Japan is a founding member of the Mekong-Japan Summit. It comprises Japan, Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:mekong-japan-summit", 1, 1},
    {"meeting apposition", "t.txt", "Japan is a member of ASEAN. It comprises Laos and Thailand.",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* near misses: the country of the city is no second venue; a name after "and" is no
     * place of the run */
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Hanoi, Vietnam, on 5 May 2025.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "country:VNM", NO},
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit and Tokyo's mayor met.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit discussed issues involving Myanmar.",
     DG_REL_PARTICIPATES_IN, "country:MMR", NULL, NO},
    /* a place no dictionary knows before a known one leaves the run going (the names'
       place rule makes it a place: the venue is the town) */
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Kep Town, Cambodia on 5 May 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", "date:2025-05-05", 0, 1},
    {"meeting apposition", "t.txt", "Leaders met at the Mekong-Japan Summit in Kep Town, Cambodia on 5 May 2025.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:kep-town", 0, 1},
    {"meeting apposition", "t.txt", "The Mekong-Japan Summit in Kep Town welcomed Cambodia.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},

    /* a name inside a clause that modifies a noun before the verb is no participant; a
     * dependent noun (際) makes no such clause */
    {"participates_in", "t.txt", TITLE "本会合には、アジア開発銀行の支援を受けたタイが参加した。",
     DG_REL_PARTICIPATES_IN, "org:adb", NULL, NO},
    {"participates_in", "t.txt", TITLE "本会合には、アジア開発銀行の支援を受けたタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, 1, 1},
    {"participates_in", "t.txt", "山田大臣はタイを訪問した際に第6回日メコン外相会議に出席した。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-fmm:6", 0, 1},
    /* meetings listed before the topic (list_joiners.tsv) are attended, held and placed
     * with it; near misses: a meeting that only owns a name, one that is only followed */
    {"participates_in", "t.txt", "「日メコン農業対話」、「日ASEAN農業対話」が開催され、山田大臣が出席した。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:日メコン農業対話", 0, 1},
    {"participates_in", "t.txt", "日メコン農業対話の成果を受け、日ASEAN農業対話が開催され、山田大臣が出席した。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:日メコン農業対話", NO},
    /* a comma before 及び is part of the one joiner; near miss: two joiners apart */
    {"held_in", "t.txt", "日メコン農業対話、及び日ASEAN農業対話がバンコクにて開催され、山田大臣が出席した。",
     DG_REL_HELD_IN, "meeting:日メコン農業対話", "place:bangkok", 0, 1},
    {"held_in", "t.txt", "日メコン農業対話、特に日ASEAN農業対話がバンコクにて開催され、山田大臣が出席した。",
     DG_REL_HELD_IN, "meeting:日メコン農業対話", "place:bangkok", NO},
    {"held_in", "t.txt", "The Mekong-Japan Summit and the ASEAN-Japan Summit were held in Tokyo.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:tokyo", 0, 1},
    {"held_on", "t.txt", "「日メコン農業対話」及び「日ASEAN農業対話」が2026年5月2日に開催された。",
     DG_REL_HELD_ON, "meeting:日メコン農業対話", "date:2026-05-02", 0, 1},
    {"held_in", "t.txt", "Following the Mekong-Japan Summit, the ASEAN-Japan Summit was held in Tokyo.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    {"held_in", "t.txt", "During the Mekong-Japan Summit, the ASEAN-Japan Summit was held in Tokyo.",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", NULL, NO},
    /* a venue word places the meeting attended after it, with no other venue word
     * between, and not one named with a place of its own */
    {"held_in", "t.txt", JA_MOVE, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "country:VNM", 0, 1},
    {"held_in", "t.txt", JA_MOVE, DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "country:THA", NO},
    {"held_in", "t.txt", "Foreign Minister Sato Kenji attended the Mekong-Japan Summit and then visited Thailand.",
     DG_REL_HELD_IN, EN_SUMMIT, NULL, NO},
    {"held_in", "t.txt", "Foreign Minister Sato Kenji visited Thailand before attending the Mekong-Japan Summit in Hanoi.",
     DG_REL_HELD_IN, EN_SUMMIT, "country:THA", NO},
    {"held_in", "t.txt", "Foreign Minister Sato Kenji will travel to Thailand to attend the Mekong-Japan Summit.",
     DG_REL_HELD_IN, EN_SUMMIT, "country:THA", 0, 1},
    {"held_in", "t.txt", "The Mekong-Japan Summit was held in Tokyo, and leaders later visited Osaka.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:osaka", NO},
    {"held_in", "t.txt", "The Mekong-Japan Summit was held in Tokyo, and leaders later visited Osaka.",
     DG_REL_HELD_IN, EN_SUMMIT, "place:tokyo", 0, 1},
    /* a spoken sentence that opens with its meeting, no particle after it, holds it; not
     * when the verb has a subject of its own after the last comma */
    {"held_in", "t.txt", "本日、第6回日メコン外相会議、各国の外相が参加しまして、ここビエンチャンにて開催されました。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "place:vientiane", 0, 1},
    {"held_in", "t.txt", "本日、第6回日メコン外相会議、各国の外相が参加しまして、ここビエンチャンにて式典が開催されました。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", NULL, NO},
    /* a date right after a program is its period, not when the meeting is held */
    {"held_on", "t.txt", "Leaders will meet at the Mekong-Japan Summit under the Mekong Water Strategy (MWS) 2016 - 2025.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", NULL, NO},
    {"held_on", "t.txt", "Leaders will meet at the Mekong-Japan Summit on 5 May 2025 under the Mekong Water Strategy.",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", "date:2025-05-05", 0, 1},
    /* この refers back like 同 (coref.tsv) */
    {"participates_in", "t.txt", "第5回日メコン農業対話が東京で開催された。この対話にはタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_AGRI, 1, 1},
    {"participates_in", "t.txt", "第5回日メコン農業対話が東京で開催された。この研修にはタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* no meeting in the sentence nor in a title: the one the body opens by holding; near
     * miss above (この研修) and here (その式典) */
    {"participates_in", "t.txt", "第5回日メコン農業対話が東京で開催された。タイとラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_AGRI, 1, 1},
    {"participates_in", "t.txt", "第5回日メコン農業対話が東京で開催された。その式典にはタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* a demonstrative that names no scene (この地域から) leaves the fallback alone */
    {"participates_in", "t.txt", "第5回日メコン農業対話が東京で開催された。この地域からタイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_AGRI, 1, 1},

    /* 私 is the speaker who introduced himself (first_person.tsv, self_intros.tsv): he
     * chairs with the partner named after the word, and attends; near misses: 私たち is
     * "we", and a self-introduction after the word names no earlier speaker */
    {"chaired_by", "t.txt", TITLE JA_SPEAKER "本日は、私と一緒に共同議長を務める鈴木花子外務副大臣に感謝します。",
     DG_REL_CHAIRED_BY, TITLE_ID, "person:山田太郎", 3, 1},
    {"chaired_by", "t.txt", TITLE JA_SPEAKER "本日は、私と一緒に共同議長を務める鈴木花子外務副大臣に感謝します。",
     DG_REL_CHAIRED_BY, TITLE_ID, "person:鈴木花子", 3, 1},
    {"participates_in", "t.txt", TITLE JA_SPEAKER "私は、昨日タイを訪問し、本会合に出席しました。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", TITLE_ID, 3, 1},
    /* the person a "who" clause hangs on chairs; a country later in that clause does not */
    {"chaired_by", "t.txt", EN_WHO_CHAIR, DG_REL_CHAIRED_BY, EN_SUMMIT, "person:sato-kenji", 0, 1},
    {"chaired_by", "t.txt", EN_WHO_CHAIR, DG_REL_CHAIRED_BY, EN_SUMMIT, "country:KHM", NO},
    /* countries listed before the one written against the word chair with it */
    {"chaired_by", "t.txt", "Japan and Laos co-chaired the Mekong-Japan Summit.", DG_REL_CHAIRED_BY,
     EN_SUMMIT, "country:JPN", 0, 1},
    {"chaired_by", "t.txt", "Japan welcomed that Laos chaired the Mekong-Japan Summit.", DG_REL_CHAIRED_BY,
     EN_SUMMIT, "country:JPN", NO},
    /* a country that owns another word (ツバルのY首相) is no chair; one that owns none is */
    {"chaired_by", "t.txt", TITLE "本日は、共同議長を務めるツバルのカウ首相に感謝します。",
     DG_REL_CHAIRED_BY, TITLE_ID, "country:TUV", NO},
    {"chaired_by", "t.txt", TITLE "本会合の共同議長はツバルが務めた。", DG_REL_CHAIRED_BY, TITLE_ID,
     "country:TUV", 1, 1},
    {"chaired_by", "t.txt", TITLE JA_SPEAKER "本日は、私たちが共同議長を務めます。", DG_REL_CHAIRED_BY,
     TITLE_ID, "person:山田太郎", NO},
    {"participates_in", "t.txt", TITLE "私は、昨日タイを訪問し、本会合に出席しました。" JA_SPEAKER,
     DG_REL_PARTICIPATES_IN, "person:山田太郎", TITLE_ID, NO},

    /* the agents of a participle that is no trigger word do what it says, not attend;
     * those of a trigger word (hosted by, attended by) do */
    {"participates_in", "t.txt", EN_PREPARED, DG_REL_PARTICIPATES_IN, "org:adb", NULL, NO},
    {"participates_in", "t.txt", EN_PREPARED, DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "The Mekong-Japan Summit was attended by the World Bank and the Asian Development Bank.",
     DG_REL_PARTICIPATES_IN, "org:adb", EN_SUMMIT, 0, 1},

    /* a clause naming a meeting of no name in the singular speaks of that one, not of the
     * document's own; "the meeting" and a plural (related meetings) may be the document's */
    {"participates_in", "t.txt", EN_TITLE "Ministers of Japan and Laos will meet at the Lancang ministerial meeting.",
     DG_REL_PARTICIPATES_IN, "country:JPN", NULL, NO},
    {"participates_in", "t.txt", EN_TITLE "Ministers of Japan and Laos attended the meeting.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Japan will attend related meetings in Hanoi.",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_SUMMIT, 1, 1},

    /* an attending word followed by "in" attends its object and the meetings listed with
     * it, or one named as the scene; not a meeting later in a list of topics */
    {"participates_in", "t.txt", "The talks covered trade, Laos's participation in regional bodies, the Mekong-Japan Summit and security.",
     DG_REL_PARTICIPATES_IN, "country:LAO", NULL, NO},
    {"participates_in", "t.txt", "Laos confirmed its participation in the Mekong-Japan Summit and the ASEAN-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:asean-japan-summit", 0, 1},
    {"participates_in", "t.txt", "Laos participated in talks at the Mekong-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 0, 1},

    /* English "I" is the one person the document's title names, unless the sentence names
     * a person (who may be the one quoted) or the title names two */
    {"participates_in", "t.txt", "Foreign Minister Sato Kenji\n\nI will attend the Mekong-Japan Summit in Hanoi.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt",
     "Foreign Minister Sato Kenji\n\n'I will attend the Mekong-Japan Summit,' Prime Minister Tanaka Ichiro said.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", NULL, NO},
    {"participates_in", "t.txt",
     "Foreign Minister Sato Kenji and Foreign Minister Tanaka Ichiro\n\nI will attend the Mekong-Japan Summit.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", NULL, NO},
    {"participates_in", "t.txt", "Foreign Minister Sato Kenji\n\nPhase I will attend to the Mekong-Japan Summit.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", NULL, NO},
    /* a humble verb after the trigger (humble_verbs.tsv) makes the speaker its dropped
     * subject; a plain one does not */
    {"participates_in", "t.txt", "佐藤総理挨拶\n\n今週、第5回日メコン首脳会議に参加してまいりました。\n",
     DG_REL_PARTICIPATES_IN, "person:佐藤", "meeting:mekong-japan-summit:5", 1, 1},
    {"participates_in", "t.txt", "佐藤総理挨拶\n\n今週、第5回日メコン首脳会議に参加しました。\n",
     DG_REL_PARTICIPATES_IN, "person:佐藤", NULL, NO},
    /* after a place, "I" is the pronoun (In Lisbon I will attend), not a numeral */
    {"participates_in", "t.txt", "Foreign Minister Sato Kenji\n\nIn Lisbon I will attend the Mekong-Japan Summit.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, 1, 1},

    /* triggers.tsv: participation */
    {"participates_in", "t.txt", EN_TITLE "The leaders met with the participation of Laos.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", "Laos stressed the nonparticipation of youth.", DG_REL_PARTICIPATES_IN,
     "country:LAO", NULL, NO},

    /* a meeting's text named with it and no verb */
    {"statement of meeting", "t.txt", "They recalled the Joint Vision Statement of the Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, "program:joint-vision-statement", EN_SUMMIT, 0, 1},
    {"statement of meeting", "t.txt", "第9回日メコン首脳会議のハノイ共同声明を確認した。", DG_REL_ADOPTED_AT,
     NULL, "meeting:mekong-japan-summit:9", 0, 1},
    /* named_after: a statement named after its meeting (statement_titles.tsv) is that
     * meeting's; near miss: the statement named apart from the meeting */
    {"statement of meeting", "t.txt", "両国は、昨年の日ラオス首脳会談共同声明を踏まえて協力を進める。",
     DG_REL_ADOPTED_AT, "program:日ラオス首脳会談共同声明", "meeting:日ラオス首脳会談", 0, 1},
    {"statement of meeting", "t.txt", "両国は、昨年の日ラオス首脳会談の後、共同声明に基づき協力を進める。",
     DG_REL_ADOPTED_AT, NULL, "meeting:日ラオス首脳会談", NO},
    /* near misses: a fund is no text; a word between them */
    {"statement of meeting", "t.txt", "第9回日メコン首脳会議のJAIFを確認した。", DG_REL_ADOPTED_AT,
     "program:jaif", NULL, NO},
    {"statement of meeting", "t.txt", "They recalled the Joint Vision Statement after the Mekong-Japan Summit.",
     DG_REL_ADOPTED_AT, NULL, EN_SUMMIT, NO},
    /* held_on: a verb of another kind between the holding verb and a date; adopted_at: an
     * English verb after the meeting followed by a date it was not held on */
    {"held_on", "t.txt", EN_OTHER_TIME, DG_REL_HELD_ON, EN_SUMMIT, "date:2022-05-12", 0, 1},
    {"held_on", "t.txt", EN_OTHER_TIME, DG_REL_HELD_ON, EN_SUMMIT, "date:2022-11-12", NO},
    {"adopted_at", "t.txt", EN_OTHER_TIME, DG_REL_ADOPTED_AT, NULL, EN_SUMMIT, NO},
    {"adopted_at", "t.txt", "They welcomed the Mekong Water Plan adopted at the Mekong-Japan Summit on 14 July 2023.",
     DG_REL_ADOPTED_AT, "program:mekong-water-plan", EN_SUMMIT, 0, 1},

    /* the document's own meeting is held where a sentence naming no meeting says, unless
     * the holding verb has a meeting word of no name right before it */
    {"held_in", "t.txt", EN_WATER "It was held in Tashkent on 5 May 2025.\n", DG_REL_HELD_IN,
     EN_WATER_ID, "place:tashkent", 1, 1},
    {"held_on", "t.txt", EN_WATER "It was held in Tashkent on 5 May 2025.\n", DG_REL_HELD_ON,
     EN_WATER_ID, "date:2025-05-05", 1, 1},
    {"held_in", "t.txt", EN_WATER "The ministers noted the expert workshops held in Tashkent.\n",
     DG_REL_HELD_IN, EN_WATER_ID, NULL, NO},
    {"held_on", "t.txt", EN_WATER "The ministers recalled the seminars held on 5 May 2025.\n",
     DG_REL_HELD_ON, EN_WATER_ID, NULL, NO},
    {"held_in", "t.txt", EN_WATER "They welcomed the policy meetings held in Tashkent.\n",
     DG_REL_HELD_IN, EN_WATER_ID, NULL, NO},
    {"held_in", "t.txt", EN_WATER "They recalled the previous Dialogue held in Bangkok in 2024.\n",
     DG_REL_HELD_IN, EN_WATER_ID, "place:bangkok", NO},
    {"held_on", "t.txt", EN_WATER "They recalled the previous Dialogue held in Bangkok in 2024.\n",
     DG_REL_HELD_ON, EN_WATER_ID, "date:2024", NO},
    {"held_in", "t.txt", EN_WATER "The Dialogue was held in Tashkent.\n", DG_REL_HELD_IN, EN_WATER_ID,
     "place:tashkent", 1, 1},
    {"held_in", "t.txt", EN_WATER "The 6th Dialogue is scheduled to take place in Almaty in 2027.\n",
     DG_REL_HELD_IN, EN_WATER_ID, NULL, NO},
    {"held_in", "t.txt", EN_WATER "The 10th meeting was held in Almaty.\n", DG_REL_HELD_IN, EN_WATER_ID,
     NULL, NO},
    {"held_in", "t.txt", "Pacific Ocean Governance Forum\n\nThe Forum was held in Suva.\n", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, "place:suva", 1, 1},

    /* a relative clause after a meeting and a comma holds that meeting (", which"), a
     * clause about a person (", who") none */
    {"held_in", "t.txt", EN_WHICH, DG_REL_HELD_IN, "meeting:asean-japan-summit:27", "place:vientiane", 0, 1},
    {"held_on", "t.txt", EN_WHICH, DG_REL_HELD_ON, "meeting:asean-japan-summit:27", "date:2024-10-10", 0, 1},
    {"held_in", "t.txt", "The 27th ASEAN-Japan Summit welcomed Minister Sato Kenji, who met in Vientiane with youth leaders.",
     DG_REL_HELD_IN, "meeting:asean-japan-summit:27", NULL, NO},
    {"held_on", "t.txt", "The ASEAN-Japan Economic Ministers' Meeting will take place on 3-4 June 2026 in Manila.",
     DG_REL_HELD_ON, "meeting:asean-japan-economic-ministers-meeting", "date:2026-06-03/2026-06-04", 0, 1},

    /* the subject of a hosting verb is the venue, unless the sentence names another */
    {"host venue", "t.txt", "Fiji will host the Pacific Ocean Governance Forum in 2027.", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, "country:FJI", 0, 1},
    {"host venue", "t.txt", "Last year Samoa hosted the Pacific Ocean Governance Forum.", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, "country:WSM", 0, 1},
    /* near misses: a host after its verb, two hosts, a host of no meeting */
    {"host venue", "t.txt", "The Pacific Ocean Governance Forum was hosted by Fiji.", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, NULL, NO},
    {"host venue", "t.txt", "Fiji and Samoa co-hosted the Pacific Ocean Governance Forum.", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, NULL, NO},
    {"host venue", "t.txt", "Fiji will host a reception for the ministers.", DG_REL_HELD_IN, NULL,
     "country:FJI", NO},
    {"held_in", "t.txt", "Indonesia will host the Pacific Ocean Governance Forum in Bali.", DG_REL_HELD_IN,
     EN_OCEAN_FORUM, "country:IDN", NO},
    {"held_in", "t.txt", "The Pacific Ocean Governance Forum convened at Suva on 4 May 2026.",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 0, 1},
    {"held_in", "t.txt", "The Pacific Ocean Governance Forum opened in Suva on 4 May 2026.",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 0, 1},
    {"held_on", "t.txt", "The Pacific Ocean Governance Forum kicked off on 4 May 2026.",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-05-04", 0, 1},
    {"held_in", "t.txt", "The Minister opened an office in Suva on 4 May 2026.",
     DG_REL_HELD_IN, NULL, "place:suva", NO},
    /* a shore or a bank as the venue; near miss: a walk there after the meeting */
    {"held_in", "t.txt",
     "The 5th Ocean Ministers Meeting was held on 4 May 2026 on the shores of Lake Issyk-Kul.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:issyk-kul", 0, 1},
    {"held_in", "t.txt",
     "Ministers walked on the shores of Lake Issyk-Kul after the 5th Ocean Ministers Meeting.",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:issyk-kul", NO},

    /* a country's own body takes part: the country too (delegate_bodies.tsv); near miss:
     * an agency named after a country is a body of its own */
    {"participant country", "t.txt",
     "The 5th Ocean Ministers Meeting was held in Suva on 4 May 2026.\nThe meeting was "
     "attended by Ms. Lina Berg, Vice Minister, Ministry of Foreign Affairs of the Kingdom of "
     "Thailand.\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_OCEAN_ID, 1, 1},
    {"participant country", "t.txt",
     "The 5th Ocean Ministers Meeting opened in Suva on 4 May 2026, attended by H.E. Mr. Wang "
     "Lei, Premier of the State Council of the People's Republic of China.\n",
     DG_REL_PARTICIPATES_IN, "country:CHN", EN_OCEAN_ID, 0, 1},
    {"participant country", "t.txt",
     "The 5th Ocean Ministers Meeting was held in Suva on 4 May 2026.\nThe meeting was "
     "attended by Ms. Lina Berg, Director, Japan International Cooperation Agency.\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_OCEAN_ID, NO},
    /* a Japanese person after a country and の (the speaker's title a body and 長官: the
     * topic past it); near miss: the country owns what the person visits, not the person */
    {"participant country", "t.txt",
     "韓国の朴英洙外交部長官は5日、同部がソウルで開催した韓国・太平洋協力フォーラムで演説した。\n",
     DG_REL_PARTICIPATES_IN, "country:KOR", "meeting:韓国・太平洋協力フォーラム", 0, 1},
    {"participant country", "t.txt",
     "朴英洙外交部長官は5日、同部が韓国の首都ソウルで開催した韓国・太平洋協力フォーラムで演説した。\n",
     DG_REL_PARTICIPATES_IN, "country:KOR", "meeting:韓国・太平洋協力フォーラム", NO},

    /* a dateline: its place and date to the document's own meeting */
    {"dateline", "t.txt", EN_DATELINE, DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    /* a wire's dateline: the country in brackets, the agency's tag for the dash; the
     * meeting its sentence opens with and holds (kicked off) is the document's */
    {"dateline", "t.txt", EN_WIRE, DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", 0, 1},
    /* the day and month first, then the place (past_day_month); near miss: no colon or
     * dash after the place */
    {"dateline", "t.txt", "2 June, Apia: The fifth Ocean Ministers Meeting kicked off today.\n",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", 0, 1},
    {"dateline", "t.txt",
     "2 June, Apia officials said the fifth Ocean Ministers Meeting kicked off.\n",
     DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", NO},
    {"dateline", "t.txt", "Apia [Samoa], June 2 (ANI): The Minister praised the fifth Ocean Ministers Meeting.\n",
     DG_REL_HELD_IN, EN_OCEAN_ID, NULL, NO},
    {"dateline", "t.txt", "Apia [Samoa], June 2 (local time): The fifth Ocean Ministers Meeting kicked off here.\n",
     DG_REL_HELD_IN, EN_OCEAN_ID, NULL, NO},
    {"participates_in", "t.txt", EN_WIRE EN_WIRE_CHAIR, DG_REL_PARTICIPATES_IN, "country:TUV", EN_OCEAN_ID, 1, 1},
    {"participates_in", "t.txt", EN_WIRE EN_WIRE_CHAIR, DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, 1, 1},
    {"chaired_by", "t.txt", EN_WIRE EN_WIRE_CHAIR, DG_REL_CHAIRED_BY, EN_OCEAN_ID, "person:sato-kenji", 1, 1},
    {"dateline", "t.txt", EN_DATELINE, DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-03", 1, 1},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSuva, Fiji, 3 March 2026 - The Forum took place today.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    /* what the meeting adopts or issues there, or the meeting named announcing */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — Ministers issued a statement on tuna stocks.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — The Pacific Ocean Governance Forum adopted the Suva Ocean Charter.\n",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-03", 1, 1},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — The Pacific Ocean Governance Forum announced a fisheries fund.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    /* a news agency's dateline: the country in brackets, the agency in parentheses, a
     * colon or a double hyphen; and one that opens a document without a title */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSuva [Fiji], 3 March 2026 (PINA): Officials attended the Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- Officials attended the Forum.\n",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-03", 1, 1},
    {"dateline", "t.txt",
     "SUVA, 3 March 2026 (PINA) -- The Pacific Ocean Governance Forum opened here with officials of eleven nations.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 0, 1},
    /* an agency named after a comma closes a dateline too (DUSHANBE, 28 March 2016,
     * Asia-Plus –): its date is the release's, not the meeting's */
    {"meeting apposition", "t.txt", EN_COMMA_AGENCY, DG_REL_HELD_ON, EN_OCEAN_FORUM,
     "date:2026-03-02", 1, 1},
    {"held_on", "t.txt", EN_COMMA_AGENCY, DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-03", NO},
    /* said_here: "agreed here" places the document's own meeting (the one the next
     * sentence opens with as its scene: scene_opening) at the dateline's place, whatever
     * other places the sentence names; near miss: no "here" */
    {"dateline", "t.txt", EN_HERE(" here"), DG_REL_HELD_IN, "meeting:4th-mekong-lancang-ministers-meeting",
     "place:luang-prabang", 0, 1},
    {"dateline", "t.txt", EN_HERE(""), DG_REL_HELD_IN, "meeting:4th-mekong-lancang-ministers-meeting",
     "place:luang-prabang", NO},
    /* organizers and what brings people together (triggers.tsv); near miss: a group
     * brought together by no meeting */
    {"participates_in", "t.txt", "The Fifth Ocean Ministers Meeting was organized by Tonga and Fiji.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"participates_in", "t.txt", "The Fifth Ocean Ministers Meeting brings together ministers from Tonga and Fiji.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, 0, 1},
    {"participates_in", "t.txt", "The Fifth Ocean Ministers Meeting was held in Apia.\nThe Ocean Fund, which Tonga praised, brings together donors from Fiji.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, NO},
    /* held.c: a part of the meeting (the formal session) and a role of its body (Forum
     * Observers) are no other meeting; near miss: a special session is one */
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Guam and Tokelau attended the formal session.\n", DG_REL_PARTICIPATES_IN, "place:tokelau", EN_OCEAN_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Guam and Tokelau attended as Forum Observers.\n", DG_REL_PARTICIPATES_IN, "place:guam", EN_OCEAN_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Guam and Tokelau attended the special session.\n", DG_REL_PARTICIPATES_IN, "place:guam", EN_OCEAN_ID, NO},
    /* kinds.c which_other: a ", which" clause on a thing that is no meeting tells nothing of
     * the document's meeting; near miss: one on a meeting word */
    {"chaired_by", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Ministers welcomed a new fisheries pillar, which would be co-chaired by Tonga.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "country:TON", NO},
    {"chaired_by", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Ministers thanked the retreat, which was co-chaired by Tonga.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "country:TON", ANY_SENTENCE, 1},
    /* dateline.c source_dated: a release service's date in parentheses is the release's;
     * near miss: the date the sentence tells */
    {"held_on", "t.txt", "Ocean News\n\nOCNS (August 4, 2026): The Fifth Ocean Ministers Meeting concluded in Apia on July 31, 2026.\n",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-04", NO},
    {"held_on", "t.txt", "Ocean News\n\nOCNS (August 4, 2026): The Fifth Ocean Ministers Meeting concluded in Apia on July 31, 2026.\n",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-07-31", ANY_SENTENCE, 1},
    /* dateline.c met_remotely: a meeting held online is placed nowhere by the dateline;
     * near miss: its date still comes from it */
    {"dateline", "t.txt", "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 \xE2\x80\x94 The Forum was held online today.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    {"dateline", "t.txt", "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 \xE2\x80\x94 The Forum was held online today.\n",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-03", ANY_SENTENCE, 1},
    /* context.c dateline_scene: with no title, the one meeting a dateline's lead names
     * after "at the" is the document's; near miss: a lead that names two */
    {"lead parties", "t.txt", "SUVA, 3 March 2026 \xE2\x80\x93 Officials from Fiji and Tonga reaffirmed their "
     "commitment at the Pacific Ocean Governance Forum held online today.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_FORUM, 0, 1},
    {"lead parties", "t.txt", "SUVA, 3 March 2026 \xE2\x80\x93 Officials from Fiji and Tonga reaffirmed their "
     "commitment at the Pacific Ocean Governance Forum and at the 5th Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_FORUM, NO},
    /* title_venue.c: a line whose date another meeting is held on is that meeting's (the
     * title a heading over it); near miss: the line alone */
    {"title venue", "t.txt", "Ocean Ministers Meeting\nApia, 14 August 2026\n\n1 The 5th Ocean Ministers Meeting "
     "was held on 14 August 2026 in Apia.\n", DG_REL_HELD_IN, EN_OCEAN_ID2, "place:apia", NO},
    {"title venue", "t.txt", "Ocean Ministers Meeting\nApia, 14 August 2026\n\n1 Ministers discussed fisheries.\n",
     DG_REL_HELD_IN, EN_OCEAN_ID2, "place:apia", ANY_SENTENCE, 1},
    /* a numbered meeting's acronym after another ordinal is another meeting
     * (names_acronym.c other_instance): its venue is its own; near miss: the first's */
    {"held_in", "t.txt", "The 9th Reef Health Ministers Meeting (RHMM) met in Apia on 3 June 2026. Ministers "
     "recalled the outcomes of the 8th RHMM held in 2024 in Suva.\n", DG_REL_HELD_IN,
     "meeting:8th-reef-health-ministers-meeting", "place:suva", 1, 1},
    {"held_in", "t.txt", "The 9th Reef Health Ministers Meeting (RHMM) met in Apia on 3 June 2026. Ministers "
     "recalled the outcomes of the 8th RHMM held in 2024 in Suva.\n", DG_REL_HELD_IN,
     "meeting:9th-reef-health-ministers-meeting", "place:suva", NO},
    /* closing.c: an outcome text's closing line (Done at, Issued in) places and dates the
     * document's own meeting; near misses: a line naming a signer, a text with no meeting */
    {"closing line", "t.txt", "Joint Statement of the 5th Ocean Ministers Meeting\n\nThe Ministers agreed to "
     "protect the ocean.\n\nDone at Apia, Samoa, on the Third Day of June in the Year Two Thousand and "
     "Twenty-Six.\n", DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", ANY_SENTENCE, 1},
    {"closing line", "t.txt", "Joint Statement of the 5th Ocean Ministers Meeting\n\nThe Ministers agreed to "
     "protect the ocean.\n\nIssued in Apia on 3 June 2026\n", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-06-03",
     ANY_SENTENCE, 1},
    {"closing line", "t.txt", "Joint Statement of the 5th Ocean Ministers Meeting\n\nThe Ministers agreed to "
     "protect the ocean.\n\nSigned in Apia on 3 June 2026 by Minister Ana Kalo.\n", DG_REL_HELD_IN,
     EN_OCEAN_ID, "place:apia", NO},
    {"closing line", "t.txt", "Agreement between Fiji and Tonga on Fisheries\n\nThe Parties agreed to protect "
     "the ocean.\n\nDone at Apia on 3 June 2026.\n", DG_REL_HELD_IN, NULL, "place:apia", NO},
    /* roles.c apposed_to: a country after a place and a comma is where, not who; near
     * miss: a country that meets */
    {"participates_in", "t.txt", "Ministers met in Phuket, Thailand, for the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", "Thailand and Fiji met in Phuket for the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_OCEAN_ID, 0, 1},
    {"chaired_by", "t.txt", "The Fifth Ocean Ministers Meeting was held in Bangkok, the Kingdom of Thailand, and co-chaired by Fiji.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "country:THA", NO},
    /* kinds.c capacity_subject: the sentence's subject acts in the chairing role; near
     * miss: a group's chair */
    {"chaired_by", "t.txt", "Fiji attended the Fifth Ocean Ministers Meeting as its Chair.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "country:FJI", 0, 1},
    {"chaired_by", "t.txt", "Thailand, as ASEAN Chair, welcomed the Fifth Ocean Ministers Meeting.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "country:THA", NO},
    /* kinds.c apposed_chair: "A of Fiji, the chair" names one chair, not every person of
     * the clause; near miss: the other person before */
    {"chaired_by", "t.txt", "At the Fifth Ocean Ministers Meeting, Minister Sato Kenji thanked Minister Jone Tabua of Fiji, the chair.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "person:jone-tabua", 0, 1},
    {"chaired_by", "t.txt", "At the Fifth Ocean Ministers Meeting, Minister Sato Kenji thanked Minister Jone Tabua of Fiji, the chair.\n",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "person:sato-kenji", NO},
    /* met_apart.c: those met bilaterally, or met across a clause break, take no part in
     * the meeting the sentence names elsewhere; near miss: met at the meeting */
    {"participates_in", "t.txt", "The Minister co-chaired the Fifth Ocean Ministers Meeting; had bilateral meetings with the Foreign Ministers of Fiji and Tonga.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", "Minister Sato Kenji attended the Fifth Ocean Ministers Meeting; and met Fiji's Speaker.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt", "Minister Sato Kenji met the Foreign Ministers of Fiji and Tonga at the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, 0, 1},
    /* triggers.tsv, met_apart.c dg_rel_side_talks: talks held with someone under a heading
     * naming them are that meeting, also when held on the margins of another; near miss:
     * held at the other */
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinister Sato Kenji held a meeting with Minister Jone Tabua of Fiji on the margins of the 58th ASEAN Foreign Ministers' Meeting in Bangkok.\n",
     DG_REL_PARTICIPATES_IN, "person:jone-tabua", EN_OCEAN_ID, 1, 1},
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinister Sato Kenji held a meeting with Minister Jone Tabua of Fiji on the margins of the 58th ASEAN Foreign Ministers' Meeting in Bangkok.\n",
     DG_REL_PARTICIPATES_IN, "person:jone-tabua", "meeting:amm:58", NO},
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinister Sato Kenji held a meeting with Minister Jone Tabua of Fiji at the 58th ASEAN Foreign Ministers' Meeting in Bangkok.\n",
     DG_REL_PARTICIPATES_IN, "person:jone-tabua", "meeting:amm:58", 1, 1},
    /* background.c, future_hosts.tsv: a party that is to host another meeting takes no part
     * in it; near misses: a past host, and a host of the document's own meeting */
    {"participates_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held in Apia. The Ministers welcomed "
     "the offer of Tonga to host the sixth Ocean Ministers Meeting in 2027.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", "meeting:6th-ocean-ministers-meeting", NO},
    {"participates_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held in Apia. Tonga hosted the sixth "
     "Ocean Ministers Meeting in 2025.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", "meeting:6th-ocean-ministers-meeting", 1, 1},
    {"participates_in", "t.txt", "Tonga will host the fifth Ocean Ministers Meeting in 2027.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    /* background.c, margin_words.tsv: who met on the margins of a meeting, with no heading
     * naming their talks, takes no part in it, nor does a party named inside the phrase;
     * near misses: who met at it, and who gathered before the phrase */
    {"participates_in", "t.txt",
     "Minister Sato Kenji met Minister Jone Tabua of Fiji on the margins of the "
     "58th ASEAN Foreign Ministers' Meeting in Bangkok.\n",
     DG_REL_PARTICIPATES_IN, "person:jone-tabua", "meeting:amm:58", NO},
    {"participates_in", "t.txt",
     "Minister Sato Kenji met Minister Jone Tabua of Fiji at the "
     "58th ASEAN Foreign Ministers' Meeting in Bangkok.\n",
     DG_REL_PARTICIPATES_IN, "person:jone-tabua", "meeting:amm:58", 0, 1},
    {"participates_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held in Apia. Ministers from Fiji and "
     "Tonga gathered on the sidelines of a series of meetings involving the "
     "Pacific Islands Forum.\n",
     DG_REL_PARTICIPATES_IN, "group:PIF", EN_OCEAN_ID, NO},
    {"participates_in", "t.txt",
     "The fifth Ocean Ministers Meeting was held in Apia. Ministers from Fiji and "
     "Tonga gathered on the sidelines of a series of meetings involving the "
     "Pacific Islands Forum.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, 1, 1},
    /* context.c: no held_on to a month and day of no known year; near miss: with its year */
    {"held_on", "t.txt", "The Fifth Ocean Ministers Meeting was held on August 1.\n",
     DG_REL_HELD_ON, EN_OCEAN_ID, NULL, NO},
    {"held_on", "t.txt", "The Fifth Ocean Ministers Meeting was held on August 1, 2026.\n",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-01", 0, 1},
    /* meeting_roles.tsv: a rank a party is represented at is no meeting */
    {"participates_in", "t.txt", "Fifth Ocean Ministers Meeting\n\nThe Fifth Ocean Ministers Meeting was held in Apia.\n\n"
     "Tonga and Fiji were represented at Ministerial level.\n", DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 2, 1},
    /* report_titles.tsv: a statement "on" a meeting may come days after it */
    {"title venue", "t.txt", "Joint Statement on the Fifth Ocean Ministers Meeting\n\n16 August 2026\n\n"
     "1. Ministers discussed fisheries.\n", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-16", NO},
    /* title_venue.c: lines of only a place and a date under a title naming the meeting;
     * near misses: a headline with a verb, a date line with the time of the release, a
     * venue the body names */
    {"title venue", "t.txt", "FIFTH OCEAN MINISTERS MEETING\nApia, Samoa\n14-15 August 2026\n\nSUMMARY RECORD\n\n"
     "1. Ministers discussed fisheries.\n", DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", ANY_SENTENCE, 1},
    {"title venue", "t.txt", "Joint Statement of the Fifth Ocean Ministers Meeting\n\n14 August 2026, Apia\n\n"
     "1. Ministers discussed fisheries.\n", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-14", 1, 1},
    {"title venue", "t.txt", "Minister to Attend the Fifth Ocean Ministers Meeting\n\n14 August 2026, Apia\n\n"
     "1. Ministers discussed fisheries.\n", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-14", NO},
    {"title venue", "t.txt", "Fifth Ocean Ministers Meeting\n\nFriday, 14 August 2026, 8:17 am\n\n"
     "1. Ministers discussed fisheries.\n", DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-08-14", NO},
    {"sentences", "t.txt", "Fifth Ocean Ministers Meeting\n\nApia, 14 August 2026\n\n"
     "1. The Meeting was held in Suva.\n", DG_REL_HELD_IN, EN_OCEAN_ID, "place:apia", NO},
    /* hosts.c: a host in a relative clause (X, which are hosting the Meeting); near miss:
     * a verb that holds nothing */
    {"host venue", "t.txt", "They follow the Solomon Islands, which are hosting the PIF Leaders Meeting, in May.",
     DG_REL_HELD_IN, "meeting:pif-leaders", "country:SLB", 0, 1},
    {"host venue", "t.txt", "They follow the Solomon Islands, which are praising the PIF Leaders Meeting, in May.",
     DG_REL_HELD_IN, "meeting:pif-leaders", "country:SLB", NO},
    /* held_en: a meeting that owns the noun after it ('s) is not what the verb holds; near
     * miss: the meeting itself as the object */
    {"host venue", "t.txt", "Kazakhstan, which hosted the Central Asia plus Japan Dialogue\xE2\x80\x99s first ministers\xE2\x80\x99 meeting in 2004, is a partner.",
     DG_REL_HELD_IN, "meeting:ca-jad", "country:KAZ", NO},
    {"host venue", "t.txt", "Kazakhstan, which hosted the Central Asia plus Japan Dialogue in 2004, is a partner.",
     DG_REL_HELD_IN, "meeting:ca-jad", "country:KAZ", 0, 1},
    /* scene_actors.c section_speakers: in a sentence that names no meeting, place or date,
     * an opening subject with a person and a verb of scene_verbs.tsv speaks at the section's
     * meeting; near misses: a place in the sentence, no person in the subject */
    /* inverted_speaker: after a quotation the verb first, the person right after it (and a
     * form of address); near miss: a body after the verb, no person */
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "\"We will act,\" said Mr. Ana Moli Soto, Director of the Fiji Waste Service.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-moli-soto", EN_OCEAN_ID, 2, 1},
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "\"We will act,\" said the ADB.\n",
     DG_REL_PARTICIPATES_IN, "org:adb", EN_OCEAN_ID, NO},
    /* the scene named by a back reference, which holds its article (At the Summit, ...);
     * near miss: after the Summit is no scene */
    {"scene actors", "t.txt",
     "The 10th Ocean Summit was held in Suva on 4 May 2026.\nAt the Summit, Japan and Laos "
     "agreed to work together.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:10th-ocean-summit", 1, 1},
    {"scene actors", "t.txt",
     "The 10th Ocean Summit was held in Suva on 4 May 2026.\nJapan and Laos agreed at the "
     "outset of the Summit to work together.\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", "meeting:10th-ocean-summit", 1, 1},
    {"scene actors", "t.txt",
     "The 10th Ocean Summit was held in Suva on 4 May 2026.\nAfter the Summit, Japan and Laos "
     "agreed to work together.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:10th-ocean-summit", NO},
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "ADB president Ana Moli Soto emphasized the progress of the plan.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-moli-soto", EN_OCEAN_ID, 2, 1},
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "ADB president Ana Moli Soto emphasized the progress of the plan.\n",
     DG_REL_PARTICIPATES_IN, "org:adb", EN_OCEAN_ID, 2, 1},
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "ADB president Ana Moli Soto emphasized the progress of the plan in Manila.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-moli-soto", EN_OCEAN_ID, NO},
    {"scene actors", "t.txt", "Fifth Ocean Ministers Meeting\n\nMinisters endorsed the plan.\n"
     "The ADB emphasized the progress of the plan.\n",
     DG_REL_PARTICIPATES_IN, "org:adb", EN_OCEAN_ID, NO},
    /* scene_actors.c: the subject of a verb of scene_verbs.tsv in a sentence whose one scene
     * is a meeting takes part in it, the scene fronted or after the verb; near misses: the
     * scene taken by a participle (the steps agreed at), a partner after "with" */
    {"scene actors", "t.txt",
     "At the Fifth Ocean Ministers Meeting, Fiji and Tonga agreed to widen the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "The Foreign Ministers of Fiji and Samoa discussed fisheries at the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "Fiji and Tonga welcomed the steps agreed at the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, NO},
    {"scene actors", "t.txt",
     "Sato Kenji discussed fisheries with Samoa at the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, NO},
    /* session_subjects: the subject of a verb of session_verbs.tsv whose object is the
     * meeting took part, a possessive country beside a person too; near misses: a verb that
     * only speaks of the meeting, a possessive country with no person in the subject */
    {"scene actors", "t.txt",
     "Fiji's Prime Minister Sato Kenji and Tonga concluded the Fifth Ocean Ministers Meeting "
     "with a dinner.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "Fiji's Prime Minister Sato Kenji and Tonga concluded the Fifth Ocean Ministers Meeting "
     "with a dinner.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "Fiji's vessels and Tonga concluded the Fifth Ocean Ministers Meeting with a dinner.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, NO},
    {"scene actors", "t.txt",
     "Fiji's Prime Minister Sato Kenji and Tonga concluded the Fifth Ocean Ministers Meeting "
     "with a dinner.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "Fiji's Prime Minister Sato Kenji and Tonga praised the Fifth Ocean Ministers Meeting "
     "as a success.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, NO},
    /* the scene as a part of the meeting (at the outset of the M) or the object of a
     * fronted opener (Addressing the opening session of the M, A spoke); the subject past
     * a quotation the sentence opens with; near misses: on the sidelines of the M, a name
     * inside the quotation, the country of the scene's place (in Suva, Fiji) */
    {"scene actors", "t.txt",
     "At the outset of the Fifth Ocean Ministers Meeting, Fiji and Tonga stressed the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "On the sidelines of the Fifth Ocean Ministers Meeting, Fiji and Tonga stressed the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, NO},
    {"scene actors", "t.txt",
     "Addressing the opening session of the Fifth Ocean Ministers Meeting in Suva, Fiji, Tonga "
     "spoke about fisheries.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "Addressing the opening session of the Fifth Ocean Ministers Meeting in Suva, Fiji, Tonga "
     "spoke about fisheries.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", EN_OCEAN_ID, NO},
    {"scene actors", "t.txt",
     "\"Samoa agreed to widen the plan,\" Tonga told reporters after a session at the Fifth Ocean "
     "Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_ID, 0, 1},
    {"scene actors", "t.txt",
     "\"Samoa agreed to widen the plan,\" Tonga told reporters after a session at the Fifth Ocean "
     "Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_ID, NO},
    /* opening_speaker.c: the first person after 冒頭、 spoke at the section's meeting, or at
     * the one whose name holds the word before it (フォーラム冒頭には); near misses: a person
     * after another particle (事務局は…の発言), a sentence naming another meeting, a word before
     * that is no part of the meeting's name (セミナー冒頭) */
    {"opening speaker", "t.txt",
     "第3回日メコン経済フォーラム\n\n冒頭、山田太郎会長は、協力の強化を訴えた。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:第3回日メコン経済フォーラム", 1, 1},
    {"opening speaker", "t.txt",
     "第3回日メコン経済フォーラム\n\nフォーラム冒頭には、山田太郎理事長が協力の強化を訴えた。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:第3回日メコン経済フォーラム", 1, 1},
    {"opening speaker", "t.txt",
     "第3回日メコン経済フォーラム\n\n冒頭、事務局は山田太郎会長の発言を紹介した。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:第3回日メコン経済フォーラム", NO},
    {"opening speaker", "t.txt",
     "第3回日メコン経済フォーラム\n\n冒頭、山田太郎会長は、第5回日メコン首脳会議の成果に触れた。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:第3回日メコン経済フォーラム", NO},
    {"opening speaker", "t.txt",
     "第3回日メコン経済フォーラム\n\nセミナー冒頭には、山田太郎理事長が協力の強化を訴えた。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:第3回日メコン経済フォーラム", NO},
    /* opening_speaker.c, dg_rel_speech_opener: "In his opening remarks, A" spoke at the
     * section's meeting, or at the one the opening names; near misses: a sentence naming
     * another meeting, a person after lower-case words (the object of another's verb) */
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nIn his opening remarks to the annual gathering, Dr. Tom "
     "Vake, the secretary-general, stressed cooperation.\n",
     DG_REL_PARTICIPATES_IN, "person:tom-vake", EN_OCEAN_FORUM, 1, 1},
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nIn her speech at the Fifth Ocean Ministers Meeting, Dr. "
     "Ana Kalo said the reefs matter.\n",
     DG_REL_PARTICIPATES_IN, "person:ana-kalo", EN_OCEAN_ID, 1, 1},
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nIn his speech, Dr. Tom Vake recalled the Fifth Ocean "
     "Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "person:tom-vake", EN_OCEAN_FORUM, NO},
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nIn his speech, the minister thanked Dr. Tom Vake.\n",
     DG_REL_PARTICIPATES_IN, "person:tom-vake", EN_OCEAN_FORUM, NO},
    /* inserted_speech: the speech phrase set off by commas after the sentence's first
     * person, whatever the sentence names after it; near miss: a person further in */
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nThe Prime Minister of Tonga Hon Tom Vake, in his welcome "
     "address, commended the leaders for their plan for the Fifth Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "person:tom-vake", EN_OCEAN_FORUM, 1, 1},
    {"speech opener", "t.txt",
     "Pacific Ocean Governance Forum\n\nDr. Ana Kalo thanked Dr. Tom Vake, in his welcome "
     "address, for the plan.\n",
     DG_REL_PARTICIPATES_IN, "person:tom-vake", EN_OCEAN_FORUM, NO},
    /* lead.c: a news lead opening with Foreign Ministers of A, B and C names the parties of
     * the document's own meeting; near misses: a later sentence, a lead that names
     * another meeting */
    {"lead parties", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- Foreign Ministers of Fiji, Tonga and Samoa agreed to widen the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_FORUM, 1, 1},
    {"lead parties", "t.txt", EN_HERE(" here"), DG_REL_PARTICIPATES_IN, "country:CHN",
     "meeting:4th-mekong-lancang-ministers-meeting", 0, 1},
    {"lead parties", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- The plan was widened.\nForeign Ministers of Fiji, Tonga and Samoa agreed to widen the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_OCEAN_FORUM, NO},
    {"lead parties", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- Foreign Ministers of Fiji and Tonga recalled the 5th Ocean Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", NULL, NO},
    /* lead.c: another party noun goes on with the subject (and the Ambassador of C to D);
     * near miss: D, the country the ambassador is sent to */
    {"lead parties", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- Foreign Ministers of Fiji and Tonga, and the Ambassador of Samoa to Japan agreed to widen the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_OCEAN_FORUM, 1, 1},
    {"lead parties", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) -- Foreign Ministers of Fiji and Tonga, and the Ambassador of Samoa to Japan agreed to widen the plan.\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", EN_OCEAN_FORUM, NO},
    /* lead.c: a document with no meeting of its own: the one the next sentence names as the
     * scene of the lead's news; near miss: a meeting the next sentence puts ahead (will) */
    {"lead parties", "t.txt",
     "Foreign Ministers of Fiji, Tonga and Samoa have pledged to widen the plan.\nThe pledge was made at the Fifth Ocean Ministers Meeting on the sidelines of the Reef Summit.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", "meeting:5th-ocean-ministers-meeting", 0, 1},
    {"lead parties", "t.txt",
     "Foreign Ministers of Fiji, Tonga and Samoa have pledged to widen the plan.\nThey will meet again at the Fifth Ocean Ministers Meeting next year.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", "meeting:5th-ocean-ministers-meeting", NO},
    /* hosts.c: the country that is 開催国 of a meeting is its venue; near miss: another
     * noun after の */
    {"host venue", "t.txt", "ベトナムは第2回メコン川委員会首脳会議の開催国として、会議を主催した。", DG_REL_HELD_IN,
     "meeting:第2回メコン川委員会首脳会議", "country:VNM", 0, 1},
    {"host venue", "t.txt", "ベトナムは第2回メコン川委員会首脳会議の成功に貢献した。", DG_REL_HELD_IN,
     "meeting:第2回メコン川委員会首脳会議", "country:VNM", NO},
    /* a document that names no meeting but speaks of one (The meeting: its unnamed
     * meeting) is about that one: a verb of meeting without a name gives it; near miss:
     * no meeting spoken of at all */
    {"held_in", "t.txt", "Foreign ministers of Laos and Fiji met in Tashkent.\nThe meeting adopted a plan.\n",
     DG_REL_HELD_IN, NULL, "place:tashkent", 0, 1},
    {"participates_in", "t.txt",
     "The meeting adopted a plan.\nMinisters of Laos and Fiji gathered on the sidelines of the talks.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", NULL, 1, 1},
    {"held_in", "t.txt", "Foreign ministers of Laos and Fiji met in Tashkent.\nThey adopted a plan.\n",
     DG_REL_HELD_IN, NULL, "place:tashkent", NO},
    /* dateline.c: a dateline in capitals with no date over a lead that names no meeting,
     * then a quote said during a meeting: that meeting, held at the dateline's place;
     * near misses: the quote's sentence names its venue; "at" a meeting, no quote */
    {"dateline", "t.txt",
     "HANOI \xE2\x80\x94 Chile announced a plan to widen trade in the region.\n"
     "\xE2\x80\x9COur ties are strong,\xE2\x80\x9D said Trade Minister Ana Kalo during the Pacific "
     "Ocean Governance Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:hanoi", 0, 1},
    {"dateline", "t.txt",
     "HANOI \xE2\x80\x94 Chile announced a plan to widen trade in the region.\n"
     "\xE2\x80\x9COur ties are strong,\xE2\x80\x9D said Trade Minister Ana Kalo during the Pacific "
     "Ocean Governance Forum held in Suva.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:hanoi", NO},
    {"dateline", "t.txt",
     "HANOI \xE2\x80\x94 Chile announced a plan to widen trade in the region.\n"
     "Trade Minister Ana Kalo spoke at the Pacific Ocean Governance Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:hanoi", NO},
    /* names_unnamed.c dgn_attended_meeting: 'X attends a regional ministerial meeting in
     * PLACE' before the one meeting the document names is that meeting, held there; near
     * misses: a head alone ('a meeting'); a second meeting named */
    {"meeting apposition", "t.txt",
     "The pledge comes as the Minister attends a regional ministerial meeting in Samoa this week.\n"
     "She will speak at the Pacific Ocean Governance Forum on Tuesday.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "country:WSM", 0, 1},
    {"meeting apposition", "t.txt",
     "The pledge comes as the Minister attends a meeting in Samoa this week.\n"
     "She will speak at the Pacific Ocean Governance Forum on Tuesday.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "country:WSM", NO},
    {"meeting apposition", "t.txt",
     "The pledge comes as the Minister attends a regional ministerial meeting in Samoa this week.\n"
     "She will speak at the Pacific Ocean Governance Forum and at the Mekong-Japan Summit.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "country:WSM", NO},
    /* names_unnamed.c dgn_verb_meeting: a meeting stated only by its verb, with a date or
     * a framework ('A and B met in PLACE under NAME'), in a document that names none, is
     * its unnamed meeting, held there; near misses: one party only; a named meeting */
    {"held_in", "t.txt",
     "On 3 May the Minister and the Foreign Ministers of Laos and Fiji met in Tashkent, Uzbekistan "
     "to review programs.\n",
     DG_REL_HELD_IN, NULL, "place:tashkent", 0, 1},
    {"participates_in", "t.txt",
     "On 3 May the Minister and the Foreign Ministers of Laos and Fiji met in Tashkent, Uzbekistan "
     "to review programs.\n",
     DG_REL_PARTICIPATES_IN, "country:FJI", NULL, 0, 1},
    {"held_in", "t.txt", "On 3 May the Minister of Fiji met in Tashkent to review programs.\n",
     DG_REL_HELD_IN, NULL, "place:tashkent", NO},
    {"held_in", "t.txt",
     "On 3 May the Foreign Ministers of Laos and Fiji met in Tashkent to review programs.\n"
     "They then opened the Pacific Ocean Governance Forum in Suva.\n",
     DG_REL_HELD_IN, NULL, "place:tashkent", NO},
    /* an agency's dateline without a date: the place in capitals, a colon or a dash; the
     * meeting the body opens with as its subject is the document's (no title here); the
     * place only, no date */
    {"dateline", "t.txt",
     "SUVA: The Pacific Ocean Governance Forum has reinforced the goals of island growth.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 0, 1},
    {"dateline", "t.txt", "Pacific Ocean Governance Forum\n\nSUVA — Officials attended the Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    /* a place and its country in any case before the dash; the meeting the lead names
     * after "at the" is its scene; near miss: the place alone in title case */
    {"dateline", "t.txt",
     "Pacific Leaders Sign the Ocean Treaty\n\nApia, Samoa \xE2\x80\x94 Pacific Leaders signed the "
     "Ocean Treaty at the 12th Oceania Leaders Meeting.\n",
     DG_REL_HELD_IN, "meeting:12th-oceania-leaders-meeting", "place:apia", ANY_SENTENCE, 1},
    {"dateline", "t.txt",
     "Pacific Leaders Sign the Ocean Treaty\n\nApia \xE2\x80\x94 Pacific Leaders signed the "
     "Ocean Treaty at the 12th Oceania Leaders Meeting.\n",
     DG_REL_HELD_IN, "meeting:12th-oceania-leaders-meeting", "place:apia", NO},
    /* the date in parentheses after the places; the meeting the next sentence names after
     * its subject and "at the"; near miss: no dash after the parenthesis */
    {"dateline", "t.txt",
     "Ministers Agree on Trade Corridor Plan\n\nHANOI, VIET NAM (3 May 2019) \xE2\x80\x94 Ministers "
     "today endorsed a new regional plan of action.\nMinisters at the 5th Coral Triangle "
     "Ministerial Conference celebrated ten years of cooperation.\n",
     DG_REL_HELD_ON, "meeting:5th-coral-triangle-ministerial-conference", "date:2019-05-03",
     ANY_SENTENCE, 1},
    {"dateline", "t.txt",
     "Ministers Agree on Trade Corridor Plan\n\nHANOI, VIET NAM (3 May 2019) Ministers "
     "today endorsed a new regional plan of action.\nMinisters at the 5th Coral Triangle "
     "Ministerial Conference celebrated ten years of cooperation.\n",
     DG_REL_HELD_ON, "meeting:5th-coral-triangle-ministerial-conference", "date:2019-05-03", NO},
    /* a place and a date on a line of their own above a body that opens "During the"
     * meeting; near miss: the body opens "After the" */
    {"dateline", "t.txt",
     "Seoul, 5 June 2021\n\nDuring the 3rd Korea-Pacific Ocean Summit, Korea announced a new "
     "fund for digital cooperation.\n",
     DG_REL_HELD_ON, "meeting:3rd-korea-pacific-ocean-summit", "date:2021-06-05", ANY_SENTENCE, 1},
    {"dateline", "t.txt",
     "Seoul, 5 June 2021\n\nAfter the 3rd Korea-Pacific Ocean Summit, Korea announced a new "
     "fund for digital cooperation.\n",
     DG_REL_HELD_ON, "meeting:3rd-korea-pacific-ocean-summit", "date:2021-06-05", NO},
    /* here_meeting: with no meeting of its own, one named alone after the dateline in a
     * sentence that says "here" was held at its place; near miss: no "here" */
    {"dateline", "t.txt",
     "JAKARTA: The President said today that many projects went ahead through the funds.\n"
     "Addressing the ASEAN-Korea Commemorative Summit here, he said there was good progress.\n",
     DG_REL_HELD_IN, "meeting:asean-korea-commemorative-summit", "place:jakarta", ANY_SENTENCE, 1},
    {"dateline", "t.txt",
     "JAKARTA: The President said today that many projects went ahead through the funds.\n"
     "Addressing the ASEAN-Korea Commemorative Summit, he said there was good progress.\n",
     DG_REL_HELD_IN, "meeting:asean-korea-commemorative-summit", "place:jakarta", NO},
    /* near misses: the place not in capitals; a comma and no date; another meeting opens
     * the sentence */
    {"dateline", "t.txt",
     "Suva: The Pacific Ocean Governance Forum has reinforced the goals of island growth.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    {"dateline", "t.txt", "Pacific Ocean Governance Forum\n\nSUVA, Officials attended the Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    {"dateline", "t.txt",
     "SUVA: The Mekong-Japan Summit has praised the Pacific Ocean Governance Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    /* near misses: the agency without the dash; a parenthesis in lower case */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (PINA) Officials attended the Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 (see the annex) -- Officials attended the Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", NO},
    /* near misses: a verb that speaks of it from afar */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nTOKYO, 5 March 2026 — Japan welcomed the outcome of the Pacific Ocean Governance Forum.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, NULL, NO},
    /* near misses: no holding or attending verb; another meeting named; no dash */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — Japan announced a loan to Fiji.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, NULL, NO},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSUVA, 3 March 2026 — Ministers attended the Mekong-Japan Summit.\n",
     DG_REL_HELD_IN, NULL, "place:suva", NO},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nSuva, 3 March 2026 and Nadi were named. Ministers attended.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, NULL, NO},
    /* near misses: the sentence names the meeting's own place and time, which no rule ties
     * here (after "for"): the dateline's are not the meeting's */
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nTOKYO, 2 March 2026 — Ministers will attend the Forum, going to Apia for 5 to 6 March 2026.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:tokyo", NO},
    {"dateline", "t.txt",
     "Pacific Ocean Governance Forum\n\nTOKYO, 2 March 2026 — Ministers will attend the Forum, going to Apia for 5 to 6 March 2026.\n",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-02", NO},
    /* the dateline's sentence that names a venue and a date: they are the meeting's */
    {"dateline", "t.txt", EN_DATELINE_TOLD, DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:suva", 1, 1},
    {"dateline", "t.txt", EN_DATELINE_TOLD, DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-05-03/2026-05-04", 1, 1},
    {"dateline", "t.txt", EN_DATELINE_TOLD, DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:tokyo", NO},
    {"dateline", "t.txt", EN_DATELINE_TOLD, DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-05", NO},
    /* a venue found elsewhere keeps the meeting's place and date */
    {"held_in", "t.txt",
     "Pacific Ocean Governance Forum\n\nTOKYO, 5 March 2026 — The Forum was held in Suva on 3 March 2026.\n",
     DG_REL_HELD_IN, EN_OCEAN_FORUM, "place:tokyo", NO},
    {"held_on", "t.txt",
     "Pacific Ocean Governance Forum\n\nTOKYO, 5 March 2026 — The Forum was held in Suva on 3 March 2026.\n",
     DG_REL_HELD_ON, EN_OCEAN_FORUM, "date:2026-03-05", NO},

    /* a dated sentence: its opening date, the meetings its verbs hold or attend */
    {"dated sentence", "t.txt",
     "2026年6月3日、外務省は、ラオス外務省の一行を迎え、東京において第2回日ラオス海洋対話を開催した。",
     DG_REL_HELD_ON, "meeting:第2回日ラオス海洋対話", "date:2026-06-03", 0, 1},
    {"dated sentence", "t.txt", "令和5年8月9日、山田総理は、都内で第4回日メコン防災閣僚会合に出席した。",
     DG_REL_HELD_ON, "meeting:第4回日メコン防災閣僚会合", "date:2023-08-09", 0, 1},
    {"dated sentence", "t.txt", "1 2026年2月4日(火)、日カンボジア水資源対話が開かれ、タイが参加した。",
     DG_REL_HELD_ON, "meeting:日カンボジア水資源対話", "date:2026-02-04", 0, 1},
    /* English: a date opener before the date (On; In the morning of), the meeting attended
     * or chaired; near misses: other words before the date; a span of days attended */
    {"dated sentence", "t.txt", "On 8 May 2026, Minister Sato Kenji attended the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2026-05-08", 0, 1},
    {"dated sentence", "t.txt", "In the morning of 8 May 2026, Minister Sato Kenji, Chair for 2026, chaired the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2026-05-08", 0, 1},
    /* a date tail (local time) between the date and its comma; near miss: another word */
    {"dated sentence", "t.txt", "On the afternoon of 8 May 2026 local time, Minister Sato Kenji attended the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2026-05-08", 0, 1},
    {"dated sentence", "t.txt", "On the afternoon of 8 May 2026 at home, Minister Sato Kenji attended the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, NULL, NO},
    {"dated sentence", "t.txt", "Well before 8 May 2026, Minister Sato Kenji attended the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, NULL, NO},
    {"dated sentence", "t.txt", "On 8-11 May 2026, Minister Sato Kenji attended the Mekong-Japan Summit.",
     DG_REL_HELD_ON, EN_SUMMIT, NULL, NO},
    /* near misses: a date inside the sentence; a span attended (a visit's); no comma; a
     * meeting only recalled (の成果) */
    {"dated sentence", "t.txt", "外務省は、2026年6月3日、第2回日ラオス海洋対話に出席した。", DG_REL_HELD_ON,
     "meeting:第2回日ラオス海洋対話", "date:2026-06-03", NO},
    {"dated sentence", "t.txt", "6月3日～6日、山田大臣は、ラオスを訪問し、第2回日ラオス海洋対話に出席した。",
     DG_REL_HELD_ON, "meeting:第2回日ラオス海洋対話", NULL, NO},
    {"dated sentence", "t.txt", "2026年6月3日に山田大臣が第2回日ラオス海洋対話に出席した。",
     DG_REL_HELD_ON, "meeting:第2回日ラオス海洋対話", "date:2026-06-03", NO},
    {"dated sentence", "t.txt", "6月3日、山田大臣は、第2回日ラオス海洋対話の成果を報告した。",
     DG_REL_HELD_ON, "meeting:第2回日ラオス海洋対話", NULL, NO},

    /* table rows: a date cell and a place cell for the row's meeting */
    {"table rows", "t.txt", "日程\t場所\t会議名\n2026年3月5日\tベトナム\t日メコン農業大臣会合\n",
     DG_REL_HELD_ON, "meeting:日メコン農業大臣会合", "date:2026-03-05", 1, 1},
    {"table rows", "t.txt", "日程\t場所\t会議名\n3月5日\tベトナム\t日メコン農業大臣会合\n",
     DG_REL_HELD_IN, "meeting:日メコン農業大臣会合", "country:VNM", 1, 1},
    {"table rows", "t.txt", "Date\tVenue\tMeeting\n5 March 2024\tHanoi\tMekong-Japan Summit\n",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit", "place:hanoi", 1, 1},
    {"table rows", "t.txt", "Date\tVenue\tMeeting\n5 March 2024\tHanoi\tMekong-Japan Summit\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit", "date:2024-03-05", 1, 1},
    {"table rows", "t.html",
     "<table><tr><th>日程</th><th>場所</th><th>会議</th></tr><tr><td>4月9日</td><td>ラオス</td>"
     "<td>日メコン環境大臣会合</td></tr></table>",
     DG_REL_HELD_IN, "meeting:日メコン環境大臣会合", "country:LAO", 1, 1},
    {"table rows", "t.txt", "日程\t場所\t会議名\n3月5日\tインドネシア（ジャカルタ）\t日メコン農業大臣会合\n",
     DG_REL_HELD_IN, "meeting:日メコン農業大臣会合", "place:jakarta", 1, 1},
    /* near misses: a country in a remark, a date in a remark */
    {"table rows", "t.txt", "日程\t場所\t会議名\n6月2日\tカンボジア\t日メコン保健大臣会合（ラオスが提案）\n",
     DG_REL_HELD_IN, "meeting:日メコン保健大臣会合", "country:LAO", NO},
    {"table rows", "t.txt", "場所\t会議名\t備考\nベトナム\t日メコン農業大臣会合\t3月5日の予定を秋に延期\n",
     DG_REL_HELD_ON, "meeting:日メコン農業大臣会合", NULL, NO},

    /* amounts: the nearest program, else meeting, of the sentence, block or lead line */
    {"amounts", "t.txt", "JAIFに対し、日本は2千万ドルを追加で拠出する。", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:20000000", 0, 1},
    /* money to an organization's program is the program's (to UNICEF's Fund); near
     * miss: the organization */
    {"amounts", "t.txt", "Australia will provide $5 million to UNICEF's Mekong Water Initiative.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:AUD:5000000", 0, 1},
    {"amounts", "t.txt", "Australia will provide $5 million to UNICEF's Mekong Water Initiative.",
     DG_REL_AMOUNT, "org:unicef", NULL, NO},
    /* umbrella_sum: the sum before "as part of" keeps its program; the total after it
     * owns nothing named before it, only what its own words name (owner_after) */
    {"amounts", "t.txt", "Japan will give $2 million to the Mekong Water Initiative, as part of its commitment of $90 million over three years.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:2000000", 0, 1},
    {"amounts", "t.txt", "Japan will give $2 million to the Mekong Water Initiative, as part of its commitment of $90 million over three years.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:90000000", NO},
    {"amounts", "t.txt", "Japan will give $2 million to UNICEF, as part of its commitment of $90 million to the Mekong Water Initiative.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:90000000", 0, 1},
    /* the form the money takes may stand between it and its role word (in grants for);
     * near miss: the project of the other amount */
    {"amounts", "t.txt", EN_TWO_FORMS, DG_REL_AMOUNT, "program:mindanao-school-project",
     "amount:JPY:3000000000", 0, 1},
    {"amounts", "t.txt", EN_TWO_FORMS, DG_REL_AMOUNT, "program:davao-bypass-project",
     "amount:JPY:3000000000", NO},
    /* conversion: a sum converted into another currency in parentheses is the same money,
     * no tie of its own; near miss: a sum of the same currency in parentheses (a share) */
    {"amounts", "t.txt", "Japan will give 10 billion yen (about USD 90 million) to the Mekong "
     "Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:90000000", NO},
    {"amounts", "t.txt", "Japan will give 10 billion yen (about USD 90 million) to the Mekong "
     "Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:JPY:10000000000", 0, 1},
    {"amounts", "t.txt", "Japan will give $10 million ($4 million in grants) to the Mekong "
     "Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:4000000", 0, 1},
    /* later_sum_claims: the name after a later sum that names its own purpose is that sum's,
     * not the first's; near miss: two sums joined by "and" share the purpose after them */
    {"amounts", "t.txt", "Japan gave USD 1 million in emergency relief and USD 5 million to the "
     "Mekong Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:1000000", NO},
    {"amounts", "t.txt", "Japan gave USD 1 million in emergency relief and USD 5 million to the "
     "Mekong Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:5000000", 0, 1},
    {"amounts", "t.txt", "Japan gave USD 1 million and USD 5 million to the Mekong Water Fund.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:1000000", 0, 1},
    /* own_unnamed_purpose: a sum "towards" lower-case words inherits no program named before;
     * near miss: a sum with no words of its own */
    {"amounts", "t.txt", "Japan launched the Mekong Water Initiative. Japan will invest $9 million "
     "towards the region's security needs.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:9000000", NO},
    {"amounts", "t.txt", "Japan launched the Mekong Water Initiative. Japan will invest "
     "$9 million.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:9000000", 1, 1},
    /* money given to a group of countries is no program's named in a sentence before; with
     * no recipient the program before owns it */
    {"amounts", "t.txt", "日本はパラオ海底ケーブル整備計画を支援してきた。日本は、5億ドルの支援を行う。",
     DG_REL_AMOUNT, "program:パラオ海底ケーブル整備計画", "amount:USD:500000000", 1, 1},
    {"amounts", "t.txt",
     "日本はパラオ海底ケーブル整備計画を支援してきた。日本は、太平洋島嶼国に対し、5億ドルの支援を行う。",
     DG_REL_AMOUNT, "program:パラオ海底ケーブル整備計画", NULL, NO},
    /* the project an aid form funds owns the money, not the form of aid; with no project
     * the form keeps it */
    {"amounts", "t.txt", EN_LOAN_FOR, DG_REL_AMOUNT, "program:harbour-bridge-project",
     "amount:JPY:12000000000", 0, 1},
    {"amounts", "t.txt", EN_LOAN_FOR, DG_REL_AMOUNT, "program:yen-loan", NULL, NO},
    {"amounts", "t.txt", "JICA signed an ODA loan of 12 billion yen.", DG_REL_AMOUNT,
     "program:yen-loan", "amount:JPY:12000000000", 0, 1},
    /* a framework the money is only in line with owns none of it */
    {"amounts", "t.txt",
     "Japan provided USD 5 million to the Pacific Resilience Facility, in line with the 2050 Strategy for the Blue Pacific Continent.",
     DG_REL_AMOUNT, "program:pacific-resilience-facility", "amount:USD:5000000", 0, 1},
    {"amounts", "t.txt",
     "Japan provided USD 5 million to the Pacific Resilience Facility, in line with the 2050 Strategy for the Blue Pacific Continent.",
     DG_REL_AMOUNT, "program:blue-pacific-2050", NULL, NO},
    {"amounts", "t.txt", "Consistent with the 2050 Strategy for the Blue Pacific Continent, Japan provided USD 5 million.",
     DG_REL_AMOUNT, "program:blue-pacific-2050", NULL, NO},
    {"amounts", "t.txt", "日本は、2050年ブルーパシフィック大陸戦略に沿って500万ドルを供与した。", DG_REL_AMOUNT,
     "program:blue-pacific-2050", NULL, NO},
    {"amounts", "t.txt", "Japan provided USD 5 million under the 2050 Strategy for the Blue Pacific Continent.",
     DG_REL_AMOUNT, "program:blue-pacific-2050", "amount:USD:5000000", 0, 1},
    {"amounts", "t.txt", "Japan will contribute USD 30 million to JAIF.", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:30000000", 0, 1},
    {"amounts", "t.txt", "日ASEAN首脳会議の開催経費として3億円を計上した。", DG_REL_AMOUNT,
     "meeting:asean-japan-summit", "amount:JPY:300000000", 0, 1},
    {"amounts", "t.txt", "日ASEAN首脳会議では、JAIFへの2千万ドルの拠出が表明された。", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:20000000", 0, 1},
    {"amounts", "t.txt", "JAIFは2006年に始まった。日本はこれまでに5億ドルを拠出した。", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:500000000", 1, 1},
    {"amounts", "t.txt", "JAIFへの追加拠出\n- 総額2千万ドル\n", DG_REL_AMOUNT, "program:jaif",
     "amount:USD:20000000", 1, 1},
    {"amounts", "t.md", "➤ 日メコン若手交流計画\n\n留学生の受入れ等を通じたJAIFの交流事業（120億円）\n",
     DG_REL_AMOUNT, "program:日メコン若手交流計画", "amount:JPY:12000000000", 1, 1},
    /* by clause: the yen to the program, the dollars to the body of the other clause; a
     * meeting money was announced at; the section title's program */
    {"amounts", "t.txt", EN_WHILE, DG_REL_AMOUNT, "program:jaif", "amount:JPY:30000000000", 0, 1},
    {"amounts", "t.txt", EN_WHILE, DG_REL_AMOUNT, "org:jica", "amount:USD:2000000000", 0, 1},
    {"amounts", "t.txt", "At the Mekong-Japan Summit, we announced that JICA will provide USD 40 million.",
     DG_REL_AMOUNT, "meeting:mekong-japan-summit", "amount:USD:40000000", 0, 1},
    {"amounts", "t.txt", "The Mekong Water Initiative\n\nJapan will contribute US$30 million for water projects.\n",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:USD:30000000", 1, 1},
    /* near misses: the other clause's program; a text (an Outlook) owns no money */
    {"amounts", "t.txt", EN_WHILE, DG_REL_AMOUNT, "program:jaif", "amount:USD:2000000000", NO},
    {"amounts", "t.txt",
     "A further $50 million was pledged to help ASEAN put the ASEAN Outlook on the Indo-Pacific (AOIP) into practice.",
     DG_REL_AMOUNT, "program:aoip", NULL, NO},
    /* near misses: a program beats a meeting; a closing price belongs to the lead line's
     * program, not one named on the way; no owner at all */
    {"amounts", "t.txt", "日ASEAN首脳会議では、JAIFへの2千万ドルの拠出が表明された。", DG_REL_AMOUNT,
     "meeting:asean-japan-summit", NULL, NO},
    {"amounts", "t.md", "➤ 日メコン若手交流計画\n\n留学生の受入れ等を通じたJAIFの交流事業（120億円）\n",
     DG_REL_AMOUNT, "program:jaif", NULL, NO},
    {"amounts", "t.txt", "日本は2千万ドルを拠出した。", DG_REL_AMOUNT, NULL, "amount:USD:20000000", NO},
    /* an organization the money goes to beats a program of the sentence before; money given
     * to a country is no program's named before; a channel (through, by) owns the amount
     * next to it before the clause's subject, not an amount with another between */
    {"amounts", "t.txt", EN_AID "In Tonga, a new three-year, $50 million commitment to the Tonga "
     "Policing Mission will support the police.", DG_REL_AMOUNT, "org:tonga-policing-mission",
     "amount:AUD:50000000", 2, 1},
    {"amounts", "t.txt", EN_AID "This will raise total assistance to Tonga to $80 million.",
     DG_REL_AMOUNT, "program:oda", "amount:AUD:80000000", NO},
    {"amounts", "t.txt", EN_DEAL, DG_REL_AMOUNT, "org:efa", "amount:USD:1000000000", 0, 1},
    {"amounts", "t.txt", EN_DEAL, DG_REL_AMOUNT, "org:efa", "amount:USD:2000000000", NO},
    /* two amounts of one clause, each beside the name it goes to (to X; Xに) */
    {"amounts", "t.txt", EN_TWO_GIFTS, DG_REL_AMOUNT, "org:ace", "amount:USD:3000000", 0, 1},
    {"amounts", "t.txt", EN_TWO_GIFTS, DG_REL_AMOUNT, "program:ascn", "amount:USD:8000000", 0, 1},
    {"amounts", "t.txt", JA_TWO_GIFTS, DG_REL_AMOUNT, "org:ace", "amount:JPY:200000000", 0, 1},
    {"amounts", "t.txt", "Japan provided USD 6 million to the ASEAN Secretariat to support JAIF.",
     DG_REL_AMOUNT, "org:asean-secretariat", "amount:USD:6000000", 0, 1},
    /* a statistic word that ends another phrase takes nothing; a fund is no form of aid */
    {"amounts", "t.txt", "To expand trade, Japan will contribute USD 6 million to JAIF.", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:6000000", 0, 1},
    {"amounts", "t.txt", "Japan will provide USD 2 million to Laos through JAIF.", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:2000000", 0, 1},
    /* near misses: the other name of the clause; a measure of an economy (GDP, trade) is
     * nobody's money; a loan or grant aid to a country is no program's */
    {"amounts", "t.txt", EN_TWO_GIFTS, DG_REL_AMOUNT, "program:ascn", "amount:USD:3000000", NO},
    {"amounts", "t.txt", JA_TWO_GIFTS, DG_REL_AMOUNT, "program:ascn", "amount:JPY:200000000", NO},
    {"amounts", "t.txt", "Japan provided USD 6 million to the ASEAN Secretariat to support JAIF.",
     DG_REL_AMOUNT, "program:jaif", NULL, NO},
    {"amounts", "t.txt", "Under JAIF, Japan has funded 300 projects; ASEAN's combined GDP exceeds USD 3.8 trillion.",
     DG_REL_AMOUNT, NULL, "amount:USD:3800000000000", NO},
    {"amounts", "t.txt", "JAIFを通じ、多くの事業を支援した。ASEANのGDPは3.8兆ドルに達する。", DG_REL_AMOUNT,
     NULL, "amount:USD:3800000000000", NO},
    {"amounts", "t.txt", "日メコン首脳会議では、域内の貿易額が4,000億ドルを超えたことが報告された。",
     DG_REL_AMOUNT, NULL, "amount:USD:400000000000", NO},
    {"amounts", "t.txt", "Japan extended a yen loan of 25 billion yen to Viet Nam.", DG_REL_AMOUNT,
     NULL, "amount:JPY:25000000000", NO},
    {"amounts", "t.txt", "日本はラオスに150万ドルの無償資金協力を実施する。", DG_REL_AMOUNT, NULL,
     "amount:USD:1500000", NO},
    /* a country that receives the money (receiving.tsv) owns it from a form of aid; a
     * fund keeps it, and a giver is no receiver */
    {"amounts", "t.txt", "The Philippines received JPY 50 billion in ODA loans last year.",
     DG_REL_AMOUNT, NULL, "amount:JPY:50000000000", NO},
    {"amounts", "t.txt", "ベトナムは円借款として100億円を受け取った。", DG_REL_AMOUNT, NULL,
     "amount:JPY:10000000000", NO},
    {"amounts", "t.txt", "The Philippines received USD 2 million from JAIF.", DG_REL_AMOUNT,
     "program:jaif", "amount:USD:2000000", 0, 1},
    {"amounts", "t.txt", "Japan provided USD 30 million in Grant Aid.", DG_REL_AMOUNT,
     "program:grant-aid", "amount:USD:30000000", 0, 1},
    /* an amount under a program after a comma (の下で、): the program's */
    {"amounts", "t.txt", "日本は、日ASEAN統合基金の下で、50億円を拠出した。", DG_REL_AMOUNT,
     "program:jaif", "amount:JPY:5000000000", 0, 1},
    {"amounts", "t.txt", "日本は、日メコン連結性イニシアティブのもとで、30億円を拠出する。",
     DG_REL_AMOUNT, "program:mekong-japan-connectivity", "amount:JPY:3000000000", 0, 1},

    /* a speech's title: its one person takes part in its meeting; near misses: two people,
     * a sentence of the body */
    {"speech title", "t.txt", "第14回日メコン首脳会議 山田太郎外務大臣挨拶\n\n本日はありがとうございます。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-summit:14", 0, 1},
    {"speech title", "t.txt", "Remarks by Foreign Minister Sato Kenji at the Mekong-Japan Summit\n\nThank you.\n",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, 0, 1},
    {"speech title", "t.txt",
     "第14回日メコン首脳会議 山田太郎外務大臣、鈴木花子外務副大臣挨拶\n\n本日はありがとうございます。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", NULL, NO},
    {"speech title", "t.txt", "本日、第14回日メコン首脳会議で山田太郎外務大臣の挨拶が紹介された。\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", NULL, NO},

    /* venue word: the place a venue word names is its meeting's, the sentence's only one,
     * or under the title the document's own */
    /* a label line: [場所] X (venue_words.tsv 場所, venue_links.tsv ]) */
    {"venue word", "t.txt", TITLE "[場所] バンコク\n", DG_REL_HELD_IN, TITLE_ID, "place:bangkok", 1, 1},
    /* kinds.c label_at: a label of participants (出席者:) lists who takes part on its line
     * and the lines that open no other label; near miss: a country of the venue line above */
    {"participates_in", "t.txt", TITLE "日時:2026年5月2日\n場所:ラオス国(ビエンチャン)\n出席者:当省 山田大臣\nタイ側 運輸大臣等\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", TITLE "日時:2026年5月2日\n場所:ラオス国(ビエンチャン)\n出席者:当省 山田大臣\nタイ側 運輸大臣等\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* a city in brackets after the country (and 国) on a venue line is the venue too;
     * near miss: a bracket that holds more than the city */
    {"venue word", "t.txt", TITLE "場所:ラオス国(ビエンチャン)、ホテル内会議場\n", DG_REL_HELD_IN, TITLE_ID,
     "place:vientiane", 1, 1},
    {"venue word", "t.txt", TITLE "場所:ラオス国(ビエンチャン近郊)\n", DG_REL_HELD_IN, TITLE_ID,
     "place:vientiane", NO},
    /* listed_place: a building listed with 、 after them, ending the line (maybe 内 and
     * its hall), is the venue too; near miss: more words after the building */
    {"venue word", "t.txt", TITLE "場所:タイ(バンコク)、サクラ・パレスホテル内会議場\n", DG_REL_HELD_IN,
     TITLE_ID, "place:サクラ・パレスホテル", 1, 1},
    {"venue word", "t.txt", TITLE "場所:シンガポール、サクラ・コンベンションセンター\n", DG_REL_HELD_IN,
     TITLE_ID, "place:サクラ・コンベンションセンター", 1, 1},
    {"venue word", "t.txt", TITLE "場所:タイ(バンコク)、サクラ・パレスホテルで記者会見\n", DG_REL_HELD_IN,
     TITLE_ID, "place:サクラ・パレスホテル", NO},
    {"venue word", "t.txt", TITLE "会合の場所を提供したバンコク市に感謝した。\n", DG_REL_HELD_IN, TITLE_ID,
     "place:bangkok", NO},
    {"venue word", "t.txt", "第3回日メコン外相会議の開催地はハノイであった。", DG_REL_HELD_IN,
     "meeting:mekong-japan-fmm:3", "place:hanoi", 0, 1},
    {"venue word", "t.txt", "The venue of the Mekong-Japan Summit was Phnom Penh.", DG_REL_HELD_IN,
     EN_SUMMIT, "place:phnom-penh", 0, 1},
    {"venue word", "t.txt", TITLE "開催地：名古屋\n", DG_REL_HELD_IN, TITLE_ID, "place:nagoya", 1, 1},
    /* near misses: a place the word does not name (other words between); two meetings and
     * none the word's own */
    {"venue word", "t.txt", "会場では、タイが日メコン外相会議の準備状況を説明した。", DG_REL_HELD_IN, NULL,
     "country:THA", NO},
    {"venue word", "t.txt", "Officials chose the venue for the Mekong-Japan Summit after visiting Hanoi.",
     DG_REL_HELD_IN, NULL, "place:hanoi", NO},
    /* a country and its city with ・: both are the venue; near miss: a place after a comma */
    {"venue word", "t.txt", TITLE "場所：ラオス・ビエンチャン\n", DG_REL_HELD_IN, TITLE_ID,
     "place:vientiane", 1, 1},
    {"venue word", "t.txt", TITLE "場所：ラオス・ビエンチャン\n", DG_REL_HELD_IN, TITLE_ID,
     "country:LAO", 1, 1},
    {"venue word", "t.txt", TITLE "開催地：ビエンチャン、バンコク・ハノイ間の航路を視察\n", DG_REL_HELD_IN,
     TITLE_ID, "place:hanoi", NO},
    /* a numbered label line over its value, no blank line between (one list item of two
     * lines); near miss: a place on the next line after other words */
    {"venue word", "t.txt", "第3回日メコン防災閣僚会合の結果\n会合が開催された。\n1.開催日\n2024年3月1日(金)\n"
     "2.開催場所\nタイ・バンコク\n", DG_REL_HELD_IN, TITLE_ID, "place:bangkok", ANY_SENTENCE, 1},
    {"venue word", "t.txt", "第3回日メコン防災閣僚会合の結果\n会合が開催された。\n2.開催場所の選定\n"
     "地元の要望を受けてバンコクに決まった\n", DG_REL_HELD_IN, TITLE_ID, "place:bangkok", NO},
    /* a bracketed label of a record's header names the venue of the document's own */
    {"venue word", "t.txt", TITLE "[場所] 名古屋\n", DG_REL_HELD_IN, TITLE_ID, "place:nagoya", 1, 1},
    /* date word: the date a date word names is its meeting's, or under the title the
     * document's own; near miss: other words between the word and the date */
    {"date word", "t.txt", TITLE "開催日：2024年3月1日\n", DG_REL_HELD_ON, TITLE_ID,
     "date:2024-03-01", 1, 1},
    {"date word", "t.txt", TITLE "[年月日] 2024年3月1日\n", DG_REL_HELD_ON, TITLE_ID,
     "date:2024-03-01", 1, 1},
    /* 日付 (date_words.tsv) labelling a row of the header; near miss: other words between */
    {"date word", "t.txt", TITLE "日付:2024年3月1日(金)\n", DG_REL_HELD_ON, TITLE_ID,
     "date:2024-03-01", 1, 1},
    {"date word", "t.txt", TITLE "日付の変更を2024年3月1日に発表した。\n", DG_REL_HELD_ON, TITLE_ID,
     "date:2024-03-01", NO},
    {"date word", "t.txt", "第3回日メコン外相会議の開催日は2024年5月2日であった。", DG_REL_HELD_ON,
     "meeting:mekong-japan-fmm:3", "date:2024-05-02", 0, 1},
    /* 日程 (date_words.tsv) opening a label line; near miss: the trip's 日程 after its dates */
    {"date word", "t.txt", TITLE "日程：2024年5月2日(木)10:00~12:00(現地時間)\n", DG_REL_HELD_ON,
     TITLE_ID, "date:2024-05-02", 1, 1},
    {"date word", "t.txt", TITLE "山田大臣は、2024年5月2日から3日の日程で、タイを訪問した。\n",
     DG_REL_HELD_ON, TITLE_ID, NULL, NO},
    {"date word", "t.txt", "日時の調整について、タイが2024年5月2日に第3回日メコン外相会議で説明した。",
     DG_REL_HELD_ON, NULL, "date:2024-05-02", NO},
    /* participant heading: the names of a list under a heading of participants take part
     * in the meeting of its section (the nearest title naming one, else the document's) */
    {"participant heading", "t.txt", JA_SECTION "(2)出席国\n\nタイ、ベトナム及び日本\n",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:mekong-japan-fmm:3", 6, 1},
    {"participant heading", "t.txt", TITLE "【出席者】\n山田太郎外務大臣、鈴木花子環境大臣\n",
     DG_REL_PARTICIPATES_IN, "person:鈴木花子", TITLE_ID, 2, 1},
    /* heading_suffixes.tsv: a heading word followed by 予定者 (those expected) is that heading;
     * near miss: 数 (their number) heads no list */
    {"participant heading", "t.txt", TITLE "3 出席者予定者\n\nタイ、ベトナム及び日本\n",
     DG_REL_PARTICIPATES_IN, "country:VNM", TITLE_ID, 2, 1},
    {"participant heading", "t.txt", TITLE "3 出席者数\n\nタイ、ベトナム及び日本\n",
     DG_REL_PARTICIPATES_IN, "country:VNM", TITLE_ID, NO},
    /* headed.c labelled_heading: a numbered heading of participants the structure ran on
     * into the colon label of its first list heads the list after it; near miss: a
     * heading of another field */
    {"participant heading", "t.txt", TITLE "1 場所 東京\n2 出席者\n日本側:\n山田太郎外務大臣、鈴木花子環境大臣\n",
     DG_REL_PARTICIPATES_IN, "person:鈴木花子", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", TITLE "1 場所 東京\n2 議題\n日本側:\n山田太郎外務大臣、鈴木花子環境大臣\n",
     DG_REL_PARTICIPATES_IN, "person:鈴木花子", TITLE_ID, NO},
    /* context.c ja_next_opening: a Japanese lead that names no meeting leaves the document
     * to the meeting the next sentence opens with as where someone takes part, which the
     * list under a heading of participants then attends; near miss: the next sentence
     * names it after its actors */
    {"participant heading", "t.txt", "日メコン交流網の発足\n\n日メコン交流網を発足させます。"
     "第1回日メコン交流会議には、タイ及びラオスが参加します。\n\n【出席者】\n山田太郎外務大臣、鈴木花子環境大臣\n",
     DG_REL_PARTICIPATES_IN, "person:鈴木花子", "meeting:第1回日メコン交流会議", ANY_SENTENCE, 1},
    {"participant heading", "t.txt", "日メコン交流網の発足\n\n日メコン交流網を発足させます。"
     "タイ及びラオスが第1回日メコン交流会議に参加します。\n\n【出席者】\n山田太郎外務大臣、鈴木花子環境大臣\n",
     DG_REL_PARTICIPATES_IN, "person:鈴木花子", "meeting:第1回日メコン交流会議", NO},
    /* bodies.c: an organization inside a person's title is no party under a heading */
    {"participant heading", "t.txt", TITLE "【出席者】\n外務省報道官、ラオス\n",
     DG_REL_PARTICIPATES_IN, "org:mofa", NULL, NO},
    {"participant heading", "t.txt", TITLE "【出席者】\n外務省報道官、ラオス\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, 2, 1},
    /* context.c attended_meeting: a lead that someone attended a meeting is where the
     * programs named by という (kinds.c apposed_trigger) of a sentence naming no meeting
     * were announced; lists.c: names quoted side by side are a list. Near misses: の
     * between the quotes; no という before the verb; a lead naming two */
    {"announced_at", "t.txt", JA_ATTENDED "「海洋協力計画」「人材育成計画」" JA_MEASURES,
     DG_REL_ANNOUNCED_AT, "program:海洋協力計画", "meeting:mekong-japan-fmm:5", 1, 1},
    {"announced_at", "t.txt", JA_ATTENDED "「海洋協力計画」の「人材育成計画」" JA_MEASURES,
     DG_REL_ANNOUNCED_AT, "program:海洋協力計画", NULL, NO},
    {"announced_at", "t.txt", JA_ATTENDED "「海洋協力計画」を評価し、メコン地域に恩恵をもたらす2大措置の実施を宣言した。",
     DG_REL_ANNOUNCED_AT, "program:海洋協力計画", NULL, NO},
    {"announced_at", "t.txt", "山田外相は4日、ハノイで第5回日メコン外相会議及び第3回日メコン防災閣僚会合に出席した。"
     "「海洋協力計画」「人材育成計画」という2大措置の実施を宣言した。",
     DG_REL_ANNOUNCED_AT, "program:海洋協力計画", NULL, NO},
    /* clauses.c line_cuts, kinds.c heading_line_meeting: in heading lines joined into one
     * sentence, the list under 署名者 is a clause of its own that speaks of the ceremony
     * heading the lines; near miss: the body on the venue line above takes no part */
    {"participates_in", "t.txt", JA_SIGNING, DG_REL_PARTICIPATES_IN, "person:山田太郎", NULL, 1, 1},
    {"participates_in", "t.txt", JA_SIGNING, DG_REL_PARTICIPATES_IN, "org:jica", NULL, NO},
    /* による会議: a meeting said to be one of its parties; near miss: a party of another
     * clause */
    {"participates_in", "t.txt", JA_DISASTER_NAME "は、日本とタイの閣僚による会合です。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 0, 1},
    {"participates_in", "t.txt", "タイで日本の報道を紹介し、" JA_DISASTER_NAME "は専門家による会合です。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, NO},
    /* list lines: a line of names goes on with the list of participants ending the line
     * before: after its comma, or after a label naming a party (プラス3国:) or one name
     * (日本:); near misses: a list ended by a name and no label, another label (場所:), a
     * line before that ends with no list */
    {"list lines", "t.txt", JA_FARM_LIST "ラオス、タイ\nプラス3国:日本、中国、\n韓国\n",
     DG_REL_PARTICIPATES_IN, "country:KOR", TITLE_ID, ANY_SENTENCE, 1},
    {"list lines", "t.txt", JA_FARM_LIST "ラオス、タイ\nプラス3国:日本、中国\n",
     DG_REL_PARTICIPATES_IN, "country:CHN", TITLE_ID, ANY_SENTENCE, 1},
    {"list lines", "t.txt", JA_FARM_LIST "ラオス、タイ\n日本:山田太郎大臣\n",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", TITLE_ID, ANY_SENTENCE, 1},
    {"list lines", "t.txt", JA_FARM_LIST "ラオス、タイ\nベトナム、中国\n",
     DG_REL_PARTICIPATES_IN, "country:CHN", TITLE_ID, NO},
    {"list lines", "t.txt", JA_FARM_LIST "ラオス、タイ\n場所:日本、中国\n",
     DG_REL_PARTICIPATES_IN, "country:CHN", TITLE_ID, NO},
    {"list lines", "t.txt", TITLE "会合が開催され、タイが出席した。\nプラス3国:日本、中国\n",
     DG_REL_PARTICIPATES_IN, "country:CHN", TITLE_ID, NO},
    /* footnote members: a line opening with the note mark of a marked group lists the
     * members that take part where the group does; near misses: another mark (※2 for
     * ※1), a note line of prose */
    {"footnote members", "t.txt", TITLE "ASEAN10か国(※)と日本の関係国間で会合を開催した。\n※ タイ、ラオス\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, ANY_SENTENCE, 1},
    {"footnote members", "t.txt", TITLE "ASEAN(※1)と日本の関係国間で会合を開催した。\n※1 タイ、ラオス\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"footnote members", "t.txt", TITLE "ASEAN(※1)と日本の関係国間で会合を開催した。\n※2 タイ、ラオス\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    {"footnote members", "t.txt", TITLE "ASEAN(※)と日本の関係国間で会合を開催した。\n※ タイはラオスと協力する。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* を含む、 joins the names before it to the list after the comma, in one clause, and a
     * clause after it modifies the list's last noun, not them; near misses: a comma after
     * another verb ends the clause, a clause after を含む still modifies a name after it */
    {"participates_in", "t.txt", TITLE "会合には、タイのソムチャイ首相などを含む、各国の首脳が出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", TITLE "会合には、タイの支援を受けた、各国の首脳が出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    {"participates_in", "t.txt", TITLE "会合には、ラオスを含む、国交のある各国の首脳が出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", TITLE "会合には、ラオスを含む、タイが支援した各国の首脳が出席した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    /* counted parties: as many actors as a count of parties, listed right after it (English)
     * or before it with の (Japanese), take part in the meeting the sentence names; near
     * misses: a list shorter than the count, no meeting named in the sentence */
    {"counted parties", "t.txt", "Reef\n\nThe 3 nations are--Fiji, Samoa and Tonga, as part of the 3rd Reef Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_REEF_ID, ANY_SENTENCE, 1},
    {"counted parties", "t.txt", "Reef\n\nThe 3 nations are--Fiji, Tonga, The Independent State of Samoa, as part of the 3rd Reef Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:WSM", EN_REEF_ID, ANY_SENTENCE, 1},
    {"counted parties", "t.txt", "Reef\n\nThe 4 nations are--Fiji, Samoa and Tonga, as part of the 3rd Reef Ministers Meeting.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_REEF_ID, NO},
    {"counted parties", "t.txt", EN_REEF_HELD "The 3 nations are Fiji, Samoa and Tonga.\n",
     DG_REL_PARTICIPATES_IN, "country:TON", EN_REEF_ID, NO},
    {"counted parties", "t.txt", "山田大臣、メコン3カ国の外相と会談\n\n山田大臣は、タイ、ラオス、ベトナムの3カ国の外相と会談した。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:メコン3カ国の外相と会談", ANY_SENTENCE, 1},
    {"counted parties", "t.txt", "山田大臣、メコン3カ国の外相と会談\n\n山田大臣は、ラオス、ベトナムの3カ国の外相と会談した。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:メコン3カ国の外相と会談", NO},
    /* と面会: who meets the other side takes part in the talks; near miss: 面会 of another */
    {"participates_in", "t.txt", TITLE "山田大臣は、タイの大使団と面会しました。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", TITLE "タイの面会制度は変わりました。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    /* 関係国間: the parties among which a meeting is held; near miss: no such word */
    {"participates_in", "t.txt", TITLE "ASEANに日本を加えた関係国間で開催されています。\n",
     DG_REL_PARTICIPATES_IN, "group:ASEAN", TITLE_ID, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", TITLE "ASEANに日本を加えた分野で協力が進んでいます。\n",
     DG_REL_PARTICIPATES_IN, "group:ASEAN", TITLE_ID, NO},
    {"participates_in", "t.txt", EN_TITLE "Observers: Laos and Thailand.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, ANY_SENTENCE, 1},
    {"participates_in", "t.txt", EN_TITLE "The Mekong-Japan Summit closed. Observers said Laos gained.\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    {"participant heading", "t.txt", EN_TITLE "Participants:\n\n- Laos\n- Thailand\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, 3, 1},
    /* an English line of names with commas, ending with a full stop; near miss: prose */
    {"participant heading", "t.txt", EN_TITLE "Participants\n\nLaos, Thailand, Viet Nam and Japan.\n",
     DG_REL_PARTICIPATES_IN, "country:VNM", EN_SUMMIT, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", EN_TITLE "Participants\n\nLaos thanked Thailand and Japan.\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, NO},
    /* the headings of outcome documents' attendance lists (Heads of Delegation, Present) */
    {"participant heading", "t.txt", EN_TITLE "Heads of Delegation\n\nLaos, Thailand, Viet Nam and Japan.\n",
     DG_REL_PARTICIPATES_IN, "country:VNM", EN_SUMMIT, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", EN_TITLE "Present:\n\n- Laos\n- Thailand\n",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_SUMMIT, 3, 1},
    /* participant_heading_parts.tsv: words joined by ・ after a heading word; near miss:
     * a heading of parts only */
    {"participant heading", "t.txt", TITLE "2.出席国・オブザーバー・国際機関:\n\n・タイ: ソムチャイ・ウォン 観光大臣\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", TITLE "3.オブザーバー・国際機関:\n\n・タイ: ソムチャイ・ウォン 観光大臣\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    /* label_heading: rows under a label in brackets after the list go on it; near miss:
     * prose before the rows ends the list */
    {"participant heading", "t.txt",
     TITLE "3.出席国:\n\n・日本: 山田太郎 観光大臣\n\n(メコン)\n\n・タイ: ソムチャイ・ウォン 観光大臣\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt",
     TITLE "3.出席国:\n\n・日本: 山田太郎 観光大臣\n\n(メコン)\n\n会議では協力を確認した。\n\n・タイ: ソムチャイ・ウォン 観光大臣\n",
     DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID, NO},
    /* the section's meeting, not the title's */
    {"participant heading", "t.txt", TITLE "2.第3回日メコン外相会議\n\n(1)出席国\n\nタイ及びラオス\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", ANY_SENTENCE, 1},
    {"participant heading", "t.txt", TITLE "2.第3回日メコン外相会議\n\n(1)出席国\n\nタイ及びラオス\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* speakers, scene_topic: who announces something where the clause's topic is a meeting
     * with では takes part; near miss: について (about the meeting, not at it) */
    {"participates_in", "t.txt", "第3回日メコン外相会議では、山田太郎外務大臣から新たな支援を表明した。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt",
     "第3回日メコン外相会議については、山田太郎外務大臣が記者会見で新たな支援を表明した。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", NO},
    /* triggers.tsv: who gives a speech (祝辞, 挨拶) in a clause that names the meeting takes
     * part; near miss: a speech at a dinner the day before */
    {"participates_in", "t.txt", "第3回日メコン外相会議では、山田太郎外務大臣が祝辞を述べた。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", "第3回日メコン外相会議の前日、山田太郎外務大臣は夕食会で挨拶を述べた。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", NO},
    /* body_titles.tsv: 総理 (国務院総理 A: the body is part of A's title, no party) */
    {"participates_in", "t.txt", "第3回日メコン外相会議には、王明華中国国務院総理が出席した。",
     DG_REL_PARTICIPATES_IN, "org:中国国務院", "meeting:mekong-japan-fmm:3", NO},
    {"participates_in", "t.txt", "第3回日メコン外相会議には、王明華中国国務院総理が出席した。",
     DG_REL_PARTICIPATES_IN, "person:王明華", "meeting:mekong-japan-fmm:3", 0, 1},
    /* delegation_leaders: who leads (率いる) a delegation (代表団) that attends takes part;
     * near miss: a team that is no delegation */
    {"participates_in", "t.txt", "第3回日メコン外相会議には、山田太郎外務大臣率いる代表団も参加した。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", "第3回日メコン外相会議には、山田太郎監督率いるチームも参加した。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", NO},
    /* the lines of names that follow the first one under a numbered heading go on its list
     * (list_goes_on); near miss: prose between them ends the list. A footnote (※) glossing
     * a meeting's acronym is no section title (note_block) */
    {"participant heading", "t.txt",
     TITLE "4.主な出席者\n\n日本 山田太郎 外務大臣\n\n中国 王明華 外交部長\n\n韓国 朴正浩 外交部長官\n",
     DG_REL_PARTICIPATES_IN, "country:KOR", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt",
     TITLE "4.主な出席者\n\n日本 山田太郎 外務大臣\n\n会議では協力を確認した。\n\n韓国 朴正浩 外交部長官\n",
     DG_REL_PARTICIPATES_IN, "country:KOR", TITLE_ID, NO},
    {"participant heading", "t.txt",
     TITLE "※AMM : ASEAN Ministerial Meeting の略称\n\n4.主な出席者\n\n日本 山田太郎 外務大臣\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt",
     TITLE "※AMM : ASEAN Ministerial Meeting の略称\n\n4.主な出席者\n\n日本 山田太郎 外務大臣\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", "meeting:amm", NO},
    /* near misses: prose under the heading; a heading of another field; a heading that
     * only begins with the word */
    {"participant heading", "t.txt", JA_SECTION "(2)出席国\n\nタイは会議の成功を祝った。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participant heading", "t.txt", JA_SECTION "(2)協力分野\n\nタイ、ベトナム及び日本\n",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"participant heading", "t.txt", JA_SECTION "(2)出席国の発言\n\nタイ、ベトナム及び日本\n",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    /* a numbered label line of its own with 等 (3.参加国等:), over a line of names that
     * ends with 。; near misses: prose ending with 。 under it, a word that is no filler */
    {"participant heading", "t.txt", TITLE "3.参加国等:\n\nタイ、ラオス(オブザーバー)及び日本。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", TITLE "3.参加国等:\n\nタイ、ラオス(オブザーバー)及び日本。\n",
     DG_REL_PARTICIPATES_IN, "country:JPN", TITLE_ID, ANY_SENTENCE, 1},
    {"participant heading", "t.txt", TITLE "3.参加国等:\n\nタイ及びラオスが会議を歓迎。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    {"participant heading", "t.txt", TITLE "3.参加国等:\n\nタイ、ラオス及び日本の代表団。\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", TITLE_ID, NO},
    /* field heading: the one date or place of the line under 日程 or 場所 is the section
     * meeting's; near misses: a schedule of several dates, a line of three places */
    {"field heading", "t.txt", JA_SECTION "(2)日程\n\n2024年5月2日(木)10時から12時まで\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:3", "date:2024-05-02", 6, 1},
    {"field heading", "t.txt", JA_SECTION "(2)場所\n\nマニラ(フィリピン)\n",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:manila", 6, 1},
    {"field heading", "t.txt", JA_SECTION "(2)日程\n\n2024年5月2日到着、5月3日会議、5月4日帰国\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:3", NULL, NO},
    {"field heading", "t.txt", JA_SECTION "(2)場所\n\nマニラ、ハノイ及びバンコク\n",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", NULL, NO},
    /* one heading of both fields, numbered "1 " (1 日時・場所), over a date line and a place
     * line: the date and the place; a numbered participants heading (2 出席者); near miss:
     * a second line that is prose */
    {"field heading", "t.txt", JA_SECTION "1 日時・場所\n\n2024年5月2日(木)10時から12時まで\n\nマニラ\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:3", "date:2024-05-02", ANY_SENTENCE, 1},
    {"field heading", "t.txt", JA_SECTION "1 日時・場所\n\n2024年5月2日(木)10時から12時まで\n\nマニラ\n",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:manila", ANY_SENTENCE, 1},
    {"field heading", "t.txt", JA_SECTION "1 日時・場所\n\n2024年5月2日(木)10時から12時まで\n\n会議はマニラの提案で始まった。\n",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:manila", NO},
    {"participant heading", "t.txt", JA_SECTION "2 出席者\n\nタイ、ラオス\n",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", ANY_SENTENCE, 1},
    /* a chair's word inside the meeting's parenthesis is a field, no verb between the date
     * and the holding verb */
    {"held_on", "t.txt",
     "外務省は、2024年6月8日、第2回日メコン防災協力会合(共同議長:山田外務副大臣)を東京で開催した。",
     DG_REL_HELD_ON, "meeting:第2回日メコン防災協力会合", "date:2024-06-08", 0, 1},
    /* conduct verbs (conduct_verbs.tsv): を行い right after a meeting's name holds it: its
     * clause's venue, date and actors; near miss: after no meeting's name */
    {"held_on", "t.txt", "山田総理は、2024年5月3日、ローマにおいて、日伊首脳会談を行いました。",
     DG_REL_HELD_ON, "meeting:日伊首脳会談", "date:2024-05-03", 0, 1},
    {"participates_in", "t.txt", "山田総理は、2024年5月3日、ローマにおいて、日伊首脳会談を行いました。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:日伊首脳会談", 0, 1},
    /* a conduct verb after the meeting's name and 等 (the talks and more) holds it too;
     * near miss: 等 after another word */
    {"held_on", "t.txt", "山田総理は、2024年5月3日、ローマにおいて、日伊首脳会談等を行いました。",
     DG_REL_HELD_ON, "meeting:日伊首脳会談", "date:2024-05-03", 0, 1},
    {"held_on", "t.txt", "日伊首脳会談の準備として、2024年5月3日、ローマにおいて、視察等を行いました。",
     DG_REL_HELD_ON, "meeting:日伊首脳会談", "date:2024-05-03", NO},
    {"participates_in", "t.txt", TITLE "山田大臣は、タイの閣僚と意見交換を行いました。",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    /* talks named by the person met (talks.c): the counterpart inside the name; near miss:
     * talks with a list of people make no name */
    {"meeting partner", "t.txt", "山田理事長は、2026年5月10日、ボルド首相と会談した。",
     DG_REL_PARTICIPATES_IN, "person:ボルド", "meeting:ボルド首相と会談", 0, 1},
    {"meeting partner", "t.txt", "山田理事長は、ナム副首相、ボルド首相と会談した。",
     DG_REL_PARTICIPATES_IN, "person:ボルド", NULL, NO},
    /* under a title naming the talks, "B・A国首相(gloss)と電話会談" is those talks: B and A国
     * take part in the title's meeting; near miss: no title naming talks makes B's own */
    {"meeting partner", "t.txt", "日・ベトナム首脳電話会談\n\n本日、山田総理大臣は、ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談を行いました。",
     DG_REL_PARTICIPATES_IN, "country:VNM", "meeting:日・ベトナム首脳電話会談", 1, 1},
    {"meeting partner", "t.txt", "日・ベトナム首脳電話会談\n\n本日、山田総理大臣は、ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談を行いました。",
     DG_REL_PARTICIPATES_IN, "person:pham-minh-chinh", "meeting:日・ベトナム首脳電話会談", 1, 1},
    {"meeting partner", "t.txt", "山田総理大臣は、ファム・ミン・チン・ベトナム首相と会談した。",
     DG_REL_PARTICIPATES_IN, "country:VNM", "meeting:日・ベトナム首脳電話会談", NO},
    /* the visitor: the topic of the talks' sentence, before or after them, or of the sentence
     * before when this one names no other person; near miss: another person meets B */
    {"talks visitor", "t.txt", "山田理事長は、2026年5月10日、ボルド首相と会談した。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:ボルド首相と会談", 0, 1},
    {"talks visitor", "t.txt", "ボルド国防大臣との会談で、山田理事長は協力を確認した。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:ボルド国防大臣との会談", 0, 1},
    {"talks visitor", "t.txt", "山田理事長は、2026年5月10日、式典に出席した。続いて、ボルド首相と会談を行いました。",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:ボルド首相と会談", 1, 1},
    {"talks visitor", "t.txt", "山田理事長は、式典に出席した。続いて、鈴木大使がボルド首相と会談した。",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    /* the place visited before the talks; near miss: the visit after them */
    {"talks visit", "t.txt", "山田理事長は、モンゴルを訪問し、ボルド首相と会談した。",
     DG_REL_HELD_IN, "meeting:ボルド首相と会談", "country:MNG", 0, 1},
    {"talks visit", "t.txt", "山田理事長は、ラオスを訪れ、ボルド国防大臣との会談を行った。",
     DG_REL_HELD_IN, "meeting:ボルド国防大臣との会談", "country:LAO", 0, 1},
    {"talks visit", "t.txt", "山田理事長は、ボルド首相と会談した後、モンゴルを訪問した。",
     DG_REL_HELD_IN, "meeting:ボルド首相と会談", NULL, NO},
    /* the day of a dated sentence whose topic opens it (山田理事長は、5月10日、), to talks
     * too; near miss: the date in a relative clause on the person met */
    {"dated sentence", "t.txt", "山田理事長は、2026年5月10日、ボルド首相と会談した。",
     DG_REL_HELD_ON, "meeting:ボルド首相と会談", "date:2026-05-10", 0, 1},
    {"dated sentence", "t.txt", "山田大臣は、2026年6月3日、第2回日ラオス海洋対話に出席した。",
     DG_REL_HELD_ON, "meeting:第2回日ラオス海洋対話", "date:2026-06-03", 0, 1},
    {"held_on", "t.txt", "山田理事長は、2021年11月にボルド首相と会談を行いました。",
     DG_REL_HELD_ON, "meeting:ボルド首相と会談", "date:2021-11", 0, 1},
    {"held_on", "t.txt", "山田理事長は、2021年11月に来日したボルド首相と会談を行いました。",
     DG_REL_HELD_ON, "meeting:ボルド首相と会談", NULL, NO},
    /* coordinated meetings (names_coordinated.c): the day of each */
    {"dated sentence", "t.txt", "2026年5月3日、日韓及びASEANの外相会議にそれぞれ出席しました。",
     DG_REL_HELD_ON, "meeting:日韓の外相会議", "date:2026-05-03", 0, 1},
    {"dated sentence", "t.txt", "2026年5月3日、日韓及びASEANの外相会議にそれぞれ出席しました。",
     DG_REL_HELD_ON, "meeting:aseanの外相会議", "date:2026-05-03", 0, 1},
    /* guests invited in a sentence that opens with 具体的には: the meeting of the sentence
     * before, a country listed before a relative clause on the next too; near miss: no
     * opener (the document's own meeting) */
    {"participates_in", "t.txt",
     TITLE "来月の第4回日メコン防災閣僚会合では新しい議論の場を設けます。具体的には、タイ、"
     "それからASEANの議長国でありますラオスの大臣をご招待いたします。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第4回日メコン防災閣僚会合", ANY_SENTENCE, 1},
    {"participates_in", "t.txt",
     TITLE "来月の第4回日メコン防災閣僚会合では新しい議論の場を設けます。また、タイの大臣をご招待いたします。\n",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第4回日メコン防災閣僚会合", NO},
    /* the speaker: a label line names him ((山田総理)), an attending verb of no subject
     * under it is his; near miss: a reporter's label nearer */
    {"participates_in", "t.txt", "会見\n(記者)\n質問です。\n(山田総理)\n本日、第5回日メコン首脳会議に出席をしました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-summit:5", ANY_SENTENCE, 1},
    {"participates_in", "t.txt", "会見\n(山田総理)\n以上です。\n(記者)\n本日、第5回日メコン首脳会議に出席をしました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    /* a humble verb after を (出席をさせていただきました): the speaker the title names */
    {"participates_in", "t.txt", "山田大臣閣議後記者会見の概要\n\n本日、第5回日メコン首脳会議に出席をさせていただきました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-summit:5", ANY_SENTENCE, 1},
    /* a meeting as the scene, the speaker as the subject after it (私の方から); near miss:
     * another party speaks */
    {"scene speaker", "t.txt", "日メコン首脳会議についての会見(山田内閣総理大臣)\n第5回日メコン首脳会議においては、私の方から、協力の強化を訴えました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-summit:5", ANY_SENTENCE, 1},
    {"scene speaker", "t.txt", "山田外務大臣会見記録\n\n第5回日メコン首脳会議では、私からは、協力の強化を訴えました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-summit:5", ANY_SENTENCE, 1},
    {"scene speaker", "t.txt", "日メコン首脳会議についての会見(山田内閣総理大臣)\n第5回日メコン首脳会議においては、タイの方から、協力の強化を訴えました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    /* a planned meeting: the verb's ending before it may be される予定の, を予定していた;
     * a chairing word before として is no verb between the date and the holding verb */
    {"held_on", "t.txt", "2026年6月11日から13日にかけて開催される予定の第5回日メコン首脳会議に出席する。",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit:5", "date:2026-06-11/2026-06-13", ANY_SENTENCE, 1},
    {"held_in", "t.txt", "今年4月に東京で開催を予定していた第5回日メコン首脳会議は延期された。",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit:5", "place:tokyo", 0, 1},
    {"held_on", "t.txt", "2026年5月2日に日本が議長国として第5回日メコン首脳会議を開催する予定です。",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit:5", "date:2026-05-02", 0, 1},
    {"held_on", "t.txt", "2026年5月2日に日本が議長を務め、第5回日メコン首脳会議を開催する予定です。",
     DG_REL_HELD_ON, "meeting:mekong-japan-summit:5", "date:2026-05-02", NO},
    /* the speaker of a purpose clause: するため、私が…; near miss: another subject */
    {"participates_in", "t.txt", "山田大臣閣議後記者会見の概要\n\n第5回日メコン首脳会議に出席するため、私が海外出張することになりました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", "meeting:mekong-japan-summit:5", ANY_SENTENCE, 1},
    {"participates_in", "t.txt", "山田大臣閣議後記者会見の概要\n\n第5回日メコン首脳会議に出席するため、次官が海外出張することになりました。\n",
     DG_REL_PARTICIPATES_IN, "person:山田", NULL, NO},
    /* Bの会議では: the meeting named B's before (names_coordinated.c) */
    {"announced_at", "t.txt", "2026年5月3日、日韓及びASEANの外相会議にそれぞれ出席しました。ASEANの会議では、会議後に共同声明も公表されました。",
     DG_REL_ANNOUNCED_AT, NULL, "meeting:aseanの外相会議", 1, 1},
    /* a humble verb of going (に参り) names the venue, no party */
    {"held_in", "t.txt", "山田総理は、議長国のラオスに参りまして、本日、第5回日メコン首脳会議に出席をしました。",
     DG_REL_HELD_IN, "meeting:mekong-japan-summit:5", "country:LAO", 0, 1},
    {"participates_in", "t.txt", "山田総理は、議長国のラオスに参りまして、本日、第5回日メコン首脳会議に出席をしました。",
     DG_REL_PARTICIPATES_IN, "country:LAO", NULL, NO},
    /* meeting partner: a name joined to a meeting's by との or "with" takes part in it,
     * whatever the verb; near misses: との before a program, "with" not right after */
    {"meeting partner", "t.txt", "ローマでは、メローニ首相との日伊首脳会談で経済を議論した。",
     DG_REL_PARTICIPATES_IN, "person:メローニ", "meeting:日伊首脳会談", 0, 1},
    {"meeting partner", "t.txt", "He held the Japan-Fiji Summit Meeting with Prime Minister Jane Roe.",
     DG_REL_PARTICIPATES_IN, "person:jane-roe", "meeting:japan-fiji-summit-meeting", 0, 1},
    {"meeting partner", "t.txt", "タイとの日メコン水資源イニシアティブを推進した。",
     DG_REL_PARTICIPATES_IN, "country:THA", NULL, NO},
    {"meeting partner", "t.txt", "The Japan-Fiji Summit Meeting ended, with Jane Roe's thanks.",
     DG_REL_PARTICIPATES_IN, "person:jane-roe", NULL, NO},
    /* person_of_title, listed_person: the person of a country's title, and a person listed
     * with と before it, take part too; near miss: と of another clause */
    {"meeting partner", "t.txt", "安倍総理とクアンベトナム国家主席との日越首脳会談が行われた。",
     DG_REL_PARTICIPATES_IN, "person:クアン", "meeting:日越首脳会談", 0, 1},
    {"meeting partner", "t.txt", "安倍総理とクアンベトナム国家主席との日越首脳会談が行われた。",
     DG_REL_PARTICIPATES_IN, "person:安倍", "meeting:日越首脳会談", 0, 1},
    {"meeting partner", "t.txt", "安倍総理と話した後、クアン国家主席との日越首脳会談が行われた。",
     DG_REL_PARTICIPATES_IN, "person:安倍", NULL, NO},
    /* past_members, past_kind_noun: a group's members in brackets take part with it, and a
     * noun with である may stand before the meeting's name; near misses: brackets after a
     * country, a verb before the name */
    {"meeting partner", "t.txt", JA_MEKONG_FIVE "との対話枠組みである第12回日メコン経済大臣会合が開催された。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_EMM12, 0, 1},
    {"meeting partner", "t.txt", JA_MEKONG_FIVE "との対話枠組みである第12回日メコン経済大臣会合が開催された。",
     DG_REL_PARTICIPATES_IN, "group:MEKONG", JA_EMM12, 0, 1},
    {"meeting partner", "t.txt", "タイ(カンボジア、ラオス)との第12回日メコン経済大臣会合が開催された。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_EMM12, NO},
    {"meeting partner", "t.txt", JA_MEKONG_FIVE "との協力を確認した第12回日メコン経済大臣会合が開催された。",
     DG_REL_PARTICIPATES_IN, "country:LAO", JA_EMM12, NO},
    /* chaired date: the date after the meeting a chairing verb takes as its object; near
     * misses: a verb of another kind between, a meeting that is no object of the verb */
    {"chaired date", "t.txt", "The Prime Minister will co-chair the Ocean Summit with the President of Fiji on 3 May 2026.",
     DG_REL_HELD_ON, "meeting:ocean-summit", "date:2026-05-03", 0, 1},
    {"chaired date", "t.txt", EN_TITLE "As Chair, Japan will co-chair the Summit with Laos on 3 May 2026.",
     DG_REL_HELD_ON, EN_SUMMIT, "date:2026-05-03", 1, 1},
    {"chaired date", "t.txt", "Fiji will chair the Ocean Summit and will attend a dinner on 3 May 2026.",
     DG_REL_HELD_ON, "meeting:ocean-summit", NULL, NO},
    {"chaired date", "t.txt", "Fiji will chair a review of the Ocean Summit with Tonga on 3 May 2026.",
     DG_REL_HELD_ON, "meeting:ocean-summit", NULL, NO},
    /* a colon ending the English verb's line points at the lines after it, each ending with
     * a semicolon but the last; near miss: a program after the blank line that ends them */
    {"listed programs", "t.txt", EN_TITLE "The leaders also signed:\nthe Mekong Water Agreement;\n"
     "the Mekong Connectivity Action Plan.\n",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 1, 1},
    {"listed programs", "t.txt",
     EN_TITLE "The leaders also signed:\nthe Mekong Water Agreement;\n\n"
              "Japan will fund the Mekong Connectivity Action Plan.\n",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", NULL, NO},
    /* listed programs: a verb acting on a pointer word (以下の, the following) adopts the
     * programs of the list after its sentence */
    {"listed programs", "t.txt", TITLE JA_LISTED "[1] メコン防災行動計画の推進\n\n[2] 日メコン水資源イニシアティブの実施\n",
     DG_REL_ADOPTED_AT, JA_WATER_INIT, TITLE_ID, 1, 1},
    {"listed programs", "t.txt", TITLE JA_LISTED "- メコン防災行動計画の推進\n- 対象国の拡大\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    /* sentence_meeting: an opening phrase's meeting when the verb's clause names none;
     * near miss: a meeting named after the verb, in another clause */
    {"listed programs", "t.txt", "Following the 5th Ocean Summit, the leaders adopted the following documents:\n1. Apia Ocean Plan.\n",
     DG_REL_ADOPTED_AT, "program:apia-ocean-plan", "meeting:5th-ocean-summit", 0, 1},
    {"listed programs", "t.txt", "Following the talks, the leaders adopted the following documents, which the 5th Ocean Summit will review:\n1. Apia Ocean Plan.\n",
     DG_REL_ADOPTED_AT, "program:apia-ocean-plan", "meeting:5th-ocean-summit", NO},
    {"listed programs", "t.txt", EN_TITLE "The leaders adopted the following documents:\n\n- the Mekong Connectivity Action Plan\n",
     DG_REL_ADOPTED_AT, "program:mekong-connectivity-action-plan", EN_SUMMIT, 1, 1},
    /* numbered paragraphs in text with no indentation: lettered items under the one that
     * ends with a colon are its list; near miss: the next numbered paragraph */
    {"listed programs", "t.txt", EN_TITLE "4. The leaders adopted the following documents:\na. the Mekong Connectivity Action Plan;\nb. the Mekong Water Action Plan.\n5. The Mekong Water Initiative was discussed.\n",
     DG_REL_ADOPTED_AT, "program:mekong-water-action-plan", EN_SUMMIT, 1, 1},
    {"listed programs", "t.txt", EN_TITLE "4. The leaders adopted the following documents:\na. the Mekong Connectivity Action Plan;\nb. the Mekong Water Action Plan.\n5. The Mekong Water Initiative was discussed.\n",
     DG_REL_ADOPTED_AT, "program:mekong-water-initiative", NULL, NO},
    /* the lead an item: its sub-items are the list, its next sibling ends it */
    {"listed programs", "t.txt", TITLE "- 本会合では、以下の文書が承認された。\n  - メコン防災行動計画の推進\n- 日メコン水資源イニシアティブについて意見交換した\n",
     DG_REL_ADOPTED_AT, JA_PLAN, TITLE_ID, 1, 1},
    {"listed programs", "t.txt", TITLE "- 本会合では、以下の文書が承認された。\n  - メコン防災行動計画の推進\n- 日メコン水資源イニシアティブについて意見交換した\n",
     DG_REL_ADOPTED_AT, JA_WATER_INIT, NULL, NO},
    /* near misses: no pointer word; a paragraph of prose after the sentence; a heading */
    {"listed programs", "t.txt", TITLE "本会合では、我が国の提案が承認された。\n\n[1] メコン防災行動計画の推進\n",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"listed programs", "t.txt", TITLE JA_LISTED "また、メコン防災行動計画の進捗も確認された。\n",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    {"listed programs", "t.md", "# 第3回日メコン防災閣僚会合の結果\n\n" JA_LISTED "## 今後の課題\n\n- メコン防災行動計画の見直し\n",
     DG_REL_ADOPTED_AT, JA_PLAN, NULL, NO},
    /* an aspect of holding holds it too (has begun in, is taking place in); near miss:
     * the place not right after the verb */
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum has begun in Phnom Penh, bringing ministers together.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", 0, 1},
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum is taking place in Phnom Penh today.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", 0, 1},
    {"held_in", "t.txt", "Preparations for the Third Mekong-Japan Water Forum have begun in earnest with officials of Phnom Penh.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", NO},
    /* a back reference holding its article is what is attended (participated in the
     * meeting); near miss: another meeting is the object */
    {"participates_in", "t.txt", EN_TITLE EN_OPENED "Ministers of Laos and Cambodia participated in the meeting.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_SUMMIT, 2, 1},
    {"participates_in", "t.txt", EN_TITLE EN_OPENED "Ministers of Laos participated in the East Asia Summit before the meeting.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    /* a ", which" clause hangs on the meeting before its comma; near miss: on a program */
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum, which was attended by ministers of Laos and Cambodia, opened today.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum discussed the Mekong Water Plan, which was attended by Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, NO},
    /* a dateline's news agency reports and takes no part; an organization in parentheses
     * elsewhere does */
    {"participates_in", "t.txt", EN_TITLE "Vientiane - Ministers of Laos and the Asian Development Bank (ADB) attended the Mekong-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "org:adb", EN_SUMMIT, 1, 1},
    {"participates_in", "t.txt", EN_TITLE "Vientiane (VNA) - Ministers of Laos attended the Mekong-Japan Summit.",
     DG_REL_PARTICIPATES_IN, "org:vna", EN_SUMMIT, NO},
    /* sums listed each with its purpose: a name between two sums is the one's whose purpose
     * it gives (English: the sum before it; Japanese: the sum after it); near misses: a sum
     * compared with another keeps the name; a sum with no purpose of its own */
    {"amounts", "t.txt", EN_ANOTHER_GIFT, DG_REL_AMOUNT, "org:ace", "amount:USD:6000000", 0, 1},
    {"amounts", "t.txt", EN_ANOTHER_GIFT, DG_REL_AMOUNT, "program:ascn", "amount:USD:6000000", NO},
    {"amounts", "t.txt", JA_TWO_LOANS, DG_REL_AMOUNT, "program:プノンペン排水改善計画",
     "amount:JPY:3000000000", 0, 1},
    {"amounts", "t.txt", JA_TWO_LOANS, DG_REL_AMOUNT, "program:カンボジア人材育成奨学計画",
     "amount:JPY:3000000000", NO},
    /* Japanese: a form of aid right after another amount with の is that amount's (30億円の
     * 融資契約と、2億円の無償資金協力契約: the grant is not the loan's); near miss: one amount */
    {"amounts", "t.txt", "カンボジア政府とJICAは、道路改良のための30億円の融資契約と、人材育成のための2億円の無償資金協力契約に調印した。",
     DG_REL_AMOUNT, "program:grant-aid", "amount:JPY:3000000000", NO},
    {"amounts", "t.txt", "カンボジア政府とJICAは、道路改良のための30億円の融資契約と、人材育成のための2億円の無償資金協力契約に調印した。",
     DG_REL_AMOUNT, "program:grant-aid", "amount:JPY:200000000", 0, 1},
    {"amounts", "t.txt", "カンボジア政府とJICAは、道路改良のための30億円の無償資金協力契約に調印した。",
     DG_REL_AMOUNT, "program:grant-aid", "amount:JPY:3000000000", 0, 1},
    /* money given to a fund named in lower case goes to the Fund named in the next
     * sentence, not to a program of another head named before (fund_heads.tsv) */
    {"amounts", "t.txt", "Japan will raise its contribution to a cooperation fund by USD 2 million. Japan has given USD 40 million to the Mekong Water Fund since 2010.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:2000000", 0, 1},
    {"amounts", "t.txt", "Japan adopted the Mekong Water Plan. Japan will raise its contribution to a cooperation fund by USD 2 million.",
     DG_REL_AMOUNT, "program:mekong-water-plan", NULL, NO},
    /* totals.tsv: a total over several projects (a count, 総額) or a level reached (an
     * increase to) owns no program; near misses: one project's sum, no count, no level */
    {"amounts", "t.txt", "日本政府は、ダナン港湾整備事業など3事業、総額450億円を限度とする円借款貸付契約に調印した。",
     DG_REL_AMOUNT, "program:ダナン港湾整備事業", NULL, NO},
    {"amounts", "t.txt", "日本政府は、ダナン港湾整備事業に450億円を限度とする円借款を供与する。",
     DG_REL_AMOUNT, "program:ダナン港湾整備事業", "amount:JPY:45000000000", 0, 1},
    {"amounts", "t.txt", "日本政府はダナン港湾整備事業を発表した。その総額は450億円に達した。",
     DG_REL_AMOUNT, "program:ダナン港湾整備事業", NULL, NO},
    {"amounts", "t.txt", "日本はダナン港湾整備事業を発表した。同事業はJICAを通じて3年間実施され、総額450億円の規模となる。",
     DG_REL_AMOUNT, "program:ダナン港湾整備事業", "amount:JPY:45000000000", 1, 1},
    {"amounts", "t.txt", "The EU launched the Mekong Water Initiative in 2019. The EU announced four new programmes worth EUR 80 million this year.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", NULL, NO},
    {"amounts", "t.txt", "The EU launched the Mekong Water Initiative in 2019. The EU announced new programmes worth EUR 80 million this year.",
     DG_REL_AMOUNT, "program:mekong-water-initiative", "amount:EUR:80000000", 1, 1},
    {"amounts", "t.txt", "ADB launched the Mekong Water Fund in 2019. ADB foresees an increase to $13 billion annually by 2030.",
     DG_REL_AMOUNT, "program:mekong-water-fund", NULL, NO},
    {"amounts", "t.txt", "ADB launched the Mekong Water Fund in 2019. ADB foresees an increase of $13 billion annually by 2030.",
     DG_REL_AMOUNT, "program:mekong-water-fund", "amount:USD:13000000000", 1, 1},
    /* shares in parentheses after their purposes: each owns what its own part names, the
     * total none of them nor a program named before; near miss: the part under a program */
    {"amounts", "t.txt", "Australia launched the Mekong Water Initiative in 2019. Australia announced $60 million to support recovery with ASEAN ($20 million).",
     DG_REL_AMOUNT, "program:mekong-water-initiative", NULL, NO},
    {"amounts", "t.txt", "Australia announced $60 million to support recovery ($20 million), to counter crime with ASEAN ($25 million), and to build markets under the Mekong Power Programme ($15 million).",
     DG_REL_AMOUNT, "program:mekong-power-programme", "amount:AUD:60000000", NO},
    {"amounts", "t.txt", "Australia announced $60 million to support recovery ($20 million), to counter crime with ASEAN ($25 million), and to build markets under the Mekong Power Programme ($15 million).",
     DG_REL_AMOUNT, "program:mekong-power-programme", "amount:AUD:20000000", NO},
    {"amounts", "t.txt", "Australia announced $60 million to support recovery ($20 million), to counter crime with ASEAN ($25 million), and to build markets under the Mekong Power Programme ($15 million).",
     DG_REL_AMOUNT, "program:mekong-power-programme", "amount:AUD:15000000", 0, 1},
    /* a part "from" a body: the body gave the part, and a giver owns neither sum (giver) */
    {"amounts", "t.txt", "From 2010 to 2020, Japan provided USD 4 billion in grants to the region, including USD 3 billion from JICA.",
     DG_REL_AMOUNT, "org:jica", "amount:USD:4000000000", NO},
    {"amounts", "t.txt", "From 2010 to 2020, Japan provided USD 4 billion in grants to the region, including USD 3 billion from JICA.",
     DG_REL_AMOUNT, "org:jica", "amount:USD:3000000000", NO},
    /* "this agreement" names the Agreement of the four sentences before (near miss: five) */
    {"amounts", "t.txt", "Japan and Laos signed the Mekong Water Agreement in Vientiane. The signing marks a milestone. It reflects a long partnership. It was welcomed by all. This new agreement, with a value of up to $50 million, supports rural roads.",
     DG_REL_AMOUNT, "program:mekong-water-agreement", "amount:USD:50000000", 4, 1},
    {"amounts", "t.txt", "Japan and Laos signed the Mekong Water Agreement in Vientiane. The signing marks a milestone. It reflects a long partnership. It was welcomed by all. Both sides met again. This new agreement, with a value of up to $50 million, supports rural roads.",
     DG_REL_AMOUNT, "program:mekong-water-agreement", NULL, NO},
    {"amounts", "t.txt", "Japan has requested USD 9 million for the ASEAN Smart Cities Network, compared with USD 4 million in the first year.",
     DG_REL_AMOUNT, "program:ascn", "amount:USD:4000000", 0, 1},
    /* who holds a meeting named as the verb's object takes part, and the release is about
     * that meeting (a later "In addition, ... participated" attends it); near misses: the
     * meeting only welcomed; a holding verb whose object is no meeting */
    {"participates_in", "t.txt", EN_HELD_BY EN_IN_ADDITION, DG_REL_PARTICIPATES_IN, "country:LAO",
     EN_FORUM, 0, 1},
    {"participates_in", "t.txt", EN_HELD_BY EN_IN_ADDITION, DG_REL_PARTICIPATES_IN, "org:adb",
     EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "Laos and Cambodia welcomed the Third Mekong-Japan Water Forum. " EN_IN_ADDITION,
     DG_REL_PARTICIPATES_IN, "org:adb", EN_FORUM, NO},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum was held the day after Laos and Cambodia signed the accord.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, NO},
    /* "taking part" as "took part"; near miss: a longer word */
    {"participates_in", "t.txt", EN_FORUM_OPENED "Additionally, Cambodia is also taking part.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", EN_FORUM_OPENED "Additionally, Cambodia is taking partial measures.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, NO},
    /* with a meeting as the scene, an attending word keeps the scene and its own object,
     * not a meeting another verb of its clause takes (the participants reviewed M) */
    {"participates_in", "t.txt", "At the Mekong-Japan Summit, Laos attended the Third Mekong-Japan Water Forum.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", EN_REVIEWED, DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", EN_REVIEWED, DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, NO},
    /* "in attendance" names who was there (In attendance at the meeting were ...; X was
     * also in attendance); near miss: the word within a longer one */
    {"participates_in", "t.txt", EN_FORUM_OPENED "In attendance at the meeting were ministers of Laos and Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", EN_FORUM_OPENED "Laos reported gains in attendances at schools.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, NO},
    /* the list after "in attendance were:" with ";" between its items: all attend */
    {"participates_in", "t.txt", EN_FORUM_OPENED "In attendance were: the Mekong Institute (MI); "
     "the Japan Foundation (JF), the Asian Development Bank; and the World Bank.",
     DG_REL_PARTICIPATES_IN, "org:world-bank", EN_FORUM, 1, 1},
    /* a side that included representatives of bodies: they attend; near miss: no attendees */
    {"participates_in", "t.txt", EN_FORUM_OPENED "The Japanese side included representatives of JICA and the Japan Foundation.",
     DG_REL_PARTICIPATES_IN, "org:jica", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", EN_FORUM_OPENED "The Japanese side included representation of JICA.",
     DG_REL_PARTICIPATES_IN, "org:jica", EN_FORUM, NO},
    /* who announces at the meeting its clause names as the scene takes part, but not the
     * source of the report: a closing "..., according to X" (report_openers.tsv) or the
     * agency of a dateline (Hanoi (VNA) - ...) */
    {"participates_in", "t.txt", "At the Mekong-Japan Summit, Laos and Cambodia launched the Mekong Water Initiative, according to Prime Minister Sato Kenji.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "At the Mekong-Japan Summit, Laos and Cambodia launched the Mekong Water Initiative, according to Prime Minister Sato Kenji.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, NO},
    {"participates_in", "t.txt", "Hanoi (VNA) - At the Mekong-Japan Summit, Laos launched the Mekong Water Initiative.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "Hanoi (VNA) - At the Mekong-Japan Summit, Laos launched the Mekong Water Initiative.",
     DG_REL_PARTICIPATES_IN, "org:vna", EN_SUMMIT, NO},
    /* a caption: who poses for a photo at the meeting was there, not the photo's credit;
     * near miss: "poses a threat" */
    {"participates_in", "t.txt", "Ministers of Laos and Cambodia pose for a photo at the Mekong-Japan Summit in Hanoi (Photo: VNA)",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "Ministers of Laos and Cambodia pose for a photo at the Mekong-Japan Summit in Hanoi (Photo: VNA)",
     DG_REL_PARTICIPATES_IN, "org:vna", EN_SUMMIT, NO},
    {"participates_in", "t.txt", "Drought poses a threat to Laos and Cambodia, the Mekong-Japan Summit warned.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_SUMMIT, NO},
    /* who says something in a speech at the meeting takes part; near miss: a speech about it */
    {"participates_in", "t.txt", "Minister Sato Kenji said in a speech at the Mekong-Japan Summit that ties grew.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, 0, 1},
    {"participates_in", "t.txt", "Minister Sato Kenji said in a speech about the Mekong-Japan Summit that ties grew.",
     DG_REL_PARTICIPATES_IN, "person:sato-kenji", EN_SUMMIT, NO},
    /* "Joining X at the forum are ..." attend; near miss: joining a body is a membership */
    {"participates_in", "t.txt", EN_FORUM_OPENED "Joining the ministers at the forum are officials of Laos and Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", EN_FORUM_OPENED "Cambodia is joining ASEAN next year.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, NO},
    /* the verb after a plural attending noun acts on what follows it (the participants
     * discussed the situation in Cambodia); near miss: "included" lists them */
    {"participates_in", "t.txt", EN_OCEAN_OPENED "The participants included Laos and Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_OCEAN_ID2, 1, 1},
    {"participates_in", "t.txt", EN_OCEAN_OPENED "The participants discussed the situation in Cambodia.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_OCEAN_ID2, NO},
    /* who holds "their" meeting, an ordinal the name leaves out between, takes part; near
     * miss: what they held is no meeting */
    {"participates_in", "t.txt", "Laos and Cambodia have wrapped up their fifth Ocean Ministers Meeting on 2 June 2026.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_OCEAN_ID2, 0, 1},
    {"participates_in", "t.txt", "Laos and Cambodia held their talks ahead of the Ocean Ministers Meeting.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_OCEAN_ID2, NO},
    /* the release is about the meeting its first sentence holds by a later holding verb than
     * 主催, whose clause names none; near miss: that sentence holds no meeting */
    {"participates_in", "t.txt", JA_HOSTED_FIRST "タイ及びラオスが参加した。", DG_REL_PARTICIPATES_IN,
     "country:THA", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "防衛省主催の研修が5月2日、東京で開催された。第3回日メコン防災閣僚会合の準備のためである。タイが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, NO},
    /* or about the meeting its first sentence's holding verb modifies (…で開催した「M」で:
     * held_for); the speaker's topic reaches past a title a body's name opens (外交部長官は:
     * roles.c body_title_end) and で演説 is a verb of taking part */
    {"participates_in", "t.txt", "外交部は5日、ソウル市内のホテルで開催した第3回日メコン防災閣僚会合で協力を呼び掛けた。\nタイとラオスの外相が出席した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "韓国の朴英洙外交部長官は5日、同部がソウルで開催した第3回日メコン防災閣僚会合で演説した。",
     DG_REL_PARTICIPATES_IN, "person:朴英洙", JA_DISASTER_ID, 0, 1},
    /* or about the only meeting its first sentence names as where someone attended (「M」に、
     * X副大臣が出席したと発表した), so 今回の会合には is that meeting; near miss: the
     * meeting only owns what is announced (「M」の成果を発表した; held by the sentence, 東京で
     * 開催された「M」, it is the release's), and 会合には (no 今回の, which means the meeting
     * named before: names_coref.c) is no reference */
    {"participates_in", "t.txt", JA_ATTENDED_LEAD "今回の会合には、タイ及びラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "環境省は、「第3回日メコン防災閣僚会合」の成果を発表した。会合には、タイ及びラオスが参加した。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, NO},
    {"chaired_by", "t.txt", JA_ATTENDED_LEAD "会合では、議長を務めたタイの山田次郎大臣から開会挨拶が行われた。",
     DG_REL_CHAIRED_BY, JA_DISASTER_ID, "person:山田次郎", 1, 1},
    /* "At this <meeting word>, co-chaired by A": the meeting the text stands in, not a series
     * the clause names later; near miss: "this year's" named meeting is the one chaired */
    {"chaired_by", "t.txt", EN_OCEAN_BODY "At this fifth ministerial meeting, co-chaired by Minister Sato Kenji, the ministers reaffirmed the Mekong-Japan Summit process.",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "person:sato-kenji", ANY_SENTENCE, 1},
    {"chaired_by", "t.txt", EN_OCEAN_BODY "At this year's Mekong-Japan Summit, co-chaired by Minister Sato Kenji, ministers welcomed the plan.",
     DG_REL_CHAIRED_BY, EN_OCEAN_ID, "person:sato-kenji", NO},
    /* が加わり / も加わる: who joins a meeting this time takes part; near miss: a thing a
     * demonstrative points back to (この研修) is no meeting */
    {"participates_in", "t.txt", "第3回日メコン外相会議は、今回からタイおよびラオスが加わり、6か国となった。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", TITLE "この研修には、今回からタイが加わった。", DG_REL_PARTICIPATES_IN,
     "country:THA", TITLE_ID, NO},
    /* the lead holds the meeting as its object (「M」を開催する) or its purpose (met ... for
     * the M): the release is about it; near miss: a meeting they only prepare */
    {"participates_in", "t.txt", "防衛省は、5月2日、東京で「第3回日メコン防災閣僚会合」を開催する。今回の会合には、タイが参加する。",
     DG_REL_PARTICIPATES_IN, "country:THA", JA_DISASTER_ID, 1, 1},
    {"participates_in", "t.txt", "Ministers of Laos and Cambodia met on 4 March 2024 in Vientiane for the Third Mekong-Japan Water Forum. " EN_IN_ADDITION,
     DG_REL_PARTICIPATES_IN, "org:adb", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "Ministers of Laos and Cambodia met on 4 March 2024 in Vientiane to prepare the Third Mekong-Japan Water Forum. " EN_IN_ADDITION,
     DG_REL_PARTICIPATES_IN, "org:adb", EN_FORUM, NO},
    /* near miss: joining "the organization" (a body's head word) is a membership */
    {"participates_in", "t.txt", EN_FORUM_OPENED "Since then, Laos and Cambodia have joined the organization.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, NO},
    /* a lead whose chairing verb takes the meeting as its object is about it; near miss:
     * what is chaired is a session, not the meeting named after it */
    {"participates_in", "t.txt", "Minister Sato Kenji co-chaired the Third Mekong-Japan Water Forum in Vientiane. " EN_IN_ADDITION,
     DG_REL_PARTICIPATES_IN, "org:adb", EN_FORUM, 1, 1},
    {"participates_in", "t.txt", "Minister Sato Kenji chaired a session before the Third Mekong-Japan Water Forum in Vientiane. " EN_IN_ADDITION,
     DG_REL_PARTICIPATES_IN, "org:adb", EN_FORUM, NO},
    /* near miss: a chairing word joined to a group by a hyphen is the group's chair */
    {"chaired_by", "t.txt", "The Third Mekong-Japan Water Forum opened in Vientiane on 4 March 2024. Japan stressed cooperation at ASEAN-chaired forums.",
     DG_REL_CHAIRED_BY, EN_FORUM, "country:JPN", NO},
    /* "co-chairing" the meeting chairs it; near miss: co-chairing a group is its chair */
    {"chaired_by", "t.txt", EN_FORUM_OPENED "Cambodia, co-chairing the meeting with Laos, opened the talks.",
     DG_REL_CHAIRED_BY, EN_FORUM, "country:KHM", 1, 1},
    {"chaired_by", "t.txt", EN_FORUM_OPENED "Cambodia, co-chairing ASEAN this year, welcomed the forum.",
     DG_REL_CHAIRED_BY, EN_FORUM, "country:KHM", NO},
    /* a meeting that ends or begins in a place is held there; near miss: a place that is
     * no venue ("ended in a deadlock over Phnom Penh's plan") */
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum ended in Phnom Penh on Friday.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", 0, 1},
    {"held_in", "t.txt", "The Third Mekong-Japan Water Forum ended in a deadlock over the plan of Phnom Penh.",
     DG_REL_HELD_IN, EN_FORUM, "place:phnom-penh", NO},
    /* a year right after "began in" is a series' start; a date of 毎年 after から likewise;
     * near misses: a day the meeting opens on (began in Hanoi on 3 May 2026; 5月3日から) */
    {"held_on", "t.txt", "The Ocean Ministers Meetings began in 1999, and the fifth Ocean Ministers Meeting was held in Apia in June 2026.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:1999", NO},
    {"held_on", "t.txt", "The fifth Ocean Ministers Meeting began in Apia on 2 June 2026.",
     DG_REL_HELD_ON, EN_OCEAN_ID, "date:2026-06-02", 0, 1},
    {"held_on", "t.txt", "第2回日メコン農業対話は、2001年から毎年持ち回りで開催している。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2001", NO},
    /* a start every few years (2001年から3年毎に) is the series'; the day a session opens
     * on (5月3日から2日間) is its own */
    {"held_on", "t.txt", "第2回日メコン農業対話は、2001年から3年毎に開催している。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2001", NO},
    {"held_on", "t.txt", "第2回日メコン農業対話は、2026年5月3日から2日間開催された。",
     DG_REL_HELD_ON, "meeting:第2回日メコン農業対話", "date:2026-05-03", 0, 1},
    /* who speaks at a meeting takes part (said during, opening remarks of, 基調講演);
     * near miss: "In her opening remarks" recalling another meeting */
    {"participates_in", "t.txt", "Trade must grow, Lao Minister Somsak said during the opening ceremony of the Third Mekong-Japan Water Forum.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", "Cambodian Prime Minister Hun Manet delivered the opening remarks of the Third Mekong-Japan Water Forum.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", "In her opening remarks, the Lao Minister recalled the Third Mekong-Japan Water Forum of 2019.",
     DG_REL_PARTICIPATES_IN, "country:LAO", EN_FORUM, NO},
    {"participates_in", "t.txt", "ラオスの首相は、第2回日メコン農業対話で基調講演を行った。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:第2回日メコン農業対話", 0, 1},
    /* a closing attribution (..., Thailand said on Monday) names a reporter, who takes no
     * part; near miss: a tail that holds a trigger word (and Thailand said it attended) */
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum was attended by Laos and Cambodia, Thailand said on Monday.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_FORUM, NO},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum was attended by Laos and Cambodia, Thailand said on Monday.",
     DG_REL_PARTICIPATES_IN, "country:KHM", EN_FORUM, 0, 1},
    {"participates_in", "t.txt", "The Third Mekong-Japan Water Forum was attended by Laos and Cambodia, and Thailand said it attended the Third Mekong-Japan Water Forum too.",
     DG_REL_PARTICIPATES_IN, "country:THA", EN_FORUM, 0, 1},
    /* 開幕 (opened) holds the meeting as 開催 does: the place before で and a comma is its
     * venue; near miss: a place in another sentence */
    {"held_in", "t.txt", "ハノイで、第3回日メコン外相会議が開幕した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:hanoi", 0, 1},
    {"held_in", "t.txt", "第3回日メコン外相会議が開幕した。ハノイは雨だった。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:3", "place:hanoi", NO},
    /* the active 開く holds a meeting at the place before で (「M」を東京都内で開いた);
     * near miss: a place that only owns the meeting's name (東京の…を開いた) */
    {"held_in", "t.txt", "防衛省は3日、「第2回日メコン農業対話」を東京都内で開いた。",
     DG_REL_HELD_IN, "meeting:第2回日メコン農業対話", "place:tokyo", 0, 1},
    {"held_in", "t.txt", "防衛省は3日、「第2回日メコン農業対話」をオンラインで開いた。ラオスはハノイで会見した。",
     DG_REL_HELD_IN, "meeting:第2回日メコン農業対話", "place:hanoi", NO},
    /* who is welcomed or invited takes part, also in the clause after 「M」を開催し、; near
     * misses: a meeting only prepared is not held there; a name after a を word (「タイの
     * 未来」をテーマに) is no party of it; a span of time welcomed (50周年を迎え) is nobody */
    {"participates_in", "t.txt", "5月3日、第3回日メコン外相会議を開催し、タイからロペス首相、ラオスからガルシア首相をお迎えしました。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", "5月3日、第3回日メコン外相会議の準備を開始し、ラオスからガルシア首相をお迎えしました。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", NO},
    /* ... and after 「M」を主宰し、 (chaired): who attends in the next clause takes part;
     * near miss: a meeting only prepared */
    {"participates_in", "t.txt", "議長国タイのロペス首相が第3回日メコン外相会議を主宰し、ラオスのガルシア首相が出席した。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", "議長国タイのロペス首相が第3回日メコン外相会議を準備し、ラオスのガルシア首相が出席した。",
     DG_REL_PARTICIPATES_IN, "country:LAO", "meeting:mekong-japan-fmm:3", NO},
    {"participates_in", "t.txt", "ラオスのガルシア大統領を迎えて、第3回日メコン外相会議が5月3日にビエンチャンで開催された。",
     DG_REL_PARTICIPATES_IN, "person:ガルシア", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", "ジェトロはタイとラオスの首脳を招き、「第3回日メコンビジネスフォーラム」を東京で開催した。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第3回日メコンビジネスフォーラム", 0, 1},
    {"participates_in", "t.txt", "ジェトロはラオスの首相を招き、「タイの未来」をテーマに第3回日メコンビジネスフォーラムを東京で開催した。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第3回日メコンビジネスフォーラム", NO},
    /* roles.tsv を迎え: the comma after Xを迎え ends no clause, so the leaders welcomed take
     * part in the meeting the next clause holds; near misses: a meeting only prepared, a
     * span of time welcomed */
    {"participates_in", "t.txt", "ジェトロはタイとラオスの首脳を迎え、「第3回日メコンビジネスフォーラム」を東京で開催した。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第3回日メコンビジネスフォーラム", 0, 1},
    {"participates_in", "t.txt", "ジェトロはタイとラオスの首脳を迎え、「第3回日メコンビジネスフォーラム」の準備を始めた。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第3回日メコンビジネスフォーラム", NO},
    {"participates_in", "t.txt", "ジェトロはタイとの交流50周年を迎え、「第3回日メコンビジネスフォーラム」を東京で開催した。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:第3回日メコンビジネスフォーラム", NO},
    {"participates_in", "t.txt", "第3回日メコンビジネスフォーラムは、タイのロペス首相を講師として招いて開催された。",
     DG_REL_PARTICIPATES_IN, "person:ロペス", "meeting:第3回日メコンビジネスフォーラム", 0, 1},
    {"participates_in", "t.txt", "第3回日メコン外相会議では、タイとの交流50周年を迎え、記念式典が行われた。",
     DG_REL_PARTICIPATES_IN, "country:THA", "meeting:mekong-japan-fmm:3", NO},
    /* who greets takes part; near miss: a greeting card is no greeting at the meeting */
    {"participates_in", "t.txt", "第3回日メコン外相会議では、来賓を代表して山田太郎外務副大臣より挨拶があった。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", "meeting:mekong-japan-fmm:3", 0, 1},
    {"participates_in", "t.txt", TITLE "山田太郎大臣は、年始の挨拶状をタイに送った。",
     DG_REL_PARTICIPATES_IN, "person:山田太郎", TITLE_ID, NO},
    /* the place a trip to attend a meeting goes to holds it (出席するため、Pを訪問); near
     * miss: a visit after the meeting */
    {"held_in", "t.txt", "山田大臣は、第6回日メコン外相会議に出席するため、タイを訪問した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "country:THA", 0, 1},
    {"held_in", "t.txt", "山田大臣は、第6回日メコン外相会議に出席した後、タイを訪問した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", "country:THA", NO},
    /* a chronology's row (a list item that opens with its date, no verb): that date to the
     * one meeting it names; near miss: a row naming two meetings */
    {"table rows", "t.txt", "沿革\n2003年5月 第6回日メコン外相会議 於:東京\n2006年5月 第7回日メコン外相会議 於:沖縄\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:6", "date:2003-05", 1, 1},
    {"table rows", "t.txt", "沿革\n2003年5月 第6回日メコン外相会議、第2回日メコン農業対話\n2006年5月 第7回日メコン外相会議\n",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:6", "date:2003-05", NO},
    /* near miss: a trip to two places (which holds the meeting is not told) */
    {"held_in", "t.txt", "山田大臣は、第6回日メコン外相会議に出席するため、ラオス及びタイを訪問した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:6", NULL, NO},
    /* the meetings listed after the one a modifier holds share its place; near miss: a
     * meeting named in another phrase of the sentence */
    {"held_in", "t.txt", "環境省は、2010年10月14日にバンダルスリブガワンで開催された第9回ASEAN+3環境大臣会合、第2回日メコン外相会議の結果を公表した。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:2", "place:bandar-seri-begawan", 0, 1},
    {"held_in", "t.txt", "2010年10月14日にバンダルスリブガワンで開催された第9回ASEAN+3環境大臣会合では、第2回日メコン外相会議の準備が議論された。",
     DG_REL_HELD_IN, "meeting:mekong-japan-fmm:2", "place:bandar-seri-begawan", NO},
    /* an itinerary's day (5月5日には…に出席する) dates the meetings it names; near miss: a
     * year alone (2024年には) is no day of a meeting */
    {"dated sentence", "t.txt", "山田大臣は2026年5月4日にラオスに到着する。5月5日には第3回日メコン外相会議に出席する。",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:3", "date:2026-05-05", 1, 1},
    {"dated sentence", "t.txt", "山田大臣は2024年4月にラオスを訪問した。2024年には第3回日メコン外相会議にも出席した。",
     DG_REL_HELD_ON, "meeting:mekong-japan-fmm:3", "date:2024", NO},
    /* attending.c: "said A during the X" and "A, who is in P to attend X and Y" (with the
     * country of A's possessive title elsewhere); near misses: no "said" before the person,
     * a stay with no "to attend" */
    {"attending", "t.txt", "LIMA \xE2\x80\x94 \"Our ties are strong,\" said Trade Minister Ana Ruiz during the Pacific Energy Dialogue.",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", "meeting:pacific-energy-dialogue", 0, 1},
    {"attending", "t.txt", "Prices rose after Ana Ruiz during the Pacific Energy Dialogue spoke.",
     DG_REL_PARTICIPATES_IN, "person:ana-ruiz", "meeting:pacific-energy-dialogue", NO},
    {"attending", "t.txt", "Chile's Trade Minister Ana Ruiz announced new grants. \"We will help,\" said Ana Ruiz, who is in Suva to attend the ASEAN Regional Forum and the Pacific Energy Dialogue.",
     DG_REL_PARTICIPATES_IN, "country:CHL", "meeting:pacific-energy-dialogue", 1, 1},
    {"attending", "t.txt", "\"We will help,\" said Minister Ana Ruiz, who is in Suva to attend the ASEAN Regional Forum and the Pacific Energy Dialogue.",
     DG_REL_HELD_IN, "meeting:arf", "place:suva", 0, 1},
    {"attending", "t.txt", "\"We will help,\" said Minister Ana Ruiz, who was in Suva last week. Prices rose at the ASEAN Regional Forum.",
     DG_REL_HELD_IN, "meeting:arf", "place:suva", NO},
    /* amounts.c: a sum with a lower-case purpose of its own and no name after it (a
     * sector's or a period's share) inherits no program from the lead line or the sentences
     * before; near miss: a sum with no purpose of its own still does */
    {"amounts", "t.txt", "Through the Mekong-U.S. Partnership, the United States provided support:\n\xE2\x80\x93 $40 million for health programs;\n\xE2\x80\x93 $12 million in new funds.\n",
     DG_REL_AMOUNT, "program:mekong-us-partnership", "amount:USD:12000000", ANY_SENTENCE, 1},
    {"amounts", "t.txt", "The Mekong-U.S. Partnership was launched in 2020. The United States has identified $3 million for the first year.",
     DG_REL_AMOUNT, "program:mekong-us-partnership", "amount:USD:3000000", NO},
    /* a meeting a party was represented at is no owner of what it announced; near miss: the
     * meeting as the scene (At the Summit, Japan announced) */
    {"amounts", "t.txt", "Japan, represented at the Mekong-Japan Summit by its Foreign Minister, announced $150 million in new resources.",
     DG_REL_AMOUNT, "meeting:mekong-japan-summit", "amount:USD:150000000", NO},
    {"amounts", "t.txt", "At the Mekong-Japan Summit, Japan announced $150 million in new resources.",
     DG_REL_AMOUNT, "meeting:mekong-japan-summit", "amount:USD:150000000", 0, 1},
    /* "this agreement" (fund_heads.tsv) owns its value, not a body of the clause (an
     * agreement's parties: between A and B); near miss: JICA as the subject */
    {"amounts", "t.txt", "\"This new agreement between JICA and ASEAN, with a value of up to $50 million, shows our commitment,\" said JICA Director Ana Ruiz.",
     DG_REL_AMOUNT, "org:jica", "amount:USD:50000000", NO},
    {"amounts", "t.txt", "JICA will provide $50 million to ASEAN members.",
     DG_REL_AMOUNT, "org:jica", "amount:USD:50000000", 0, 1},
    /* inherit: a list item or table row co-occurs with the names of its lead line */
    {"inherit", "t.txt", "JAIFを通じた協力\n- ラオスの人材育成\n- カンボジアの防災\n", DG_REL_CO_OCCURS,
     "program:jaif", "country:LAO", 1, 1},
    {"inherit", "t.txt", "JAIFを通じた協力\n- ラオスの人材育成\n- カンボジアの防災\n", DG_REL_CO_OCCURS,
     "program:jaif", "country:KHM", 2, 1},
    {"inherit", "t.txt", "2024年の日メコン協力\n\n日程\t場所\n3月5日\tベトナム\n", DG_REL_CO_OCCURS,
     "program:日メコン協力", "country:VNM", 2, 1},
    /* near misses: a paragraph under a heading inherits nothing; quantities take no part */
    {"inherit", "t.md", "# JAIFの概要\n\nラオスとの協力を進める。\n", DG_REL_CO_OCCURS, "program:jaif",
     NULL, NO},
    {"inherit", "t.txt", "JAIFの研修\n- 研修員300人を受け入れた\n", DG_REL_CO_OCCURS, "program:jaif",
     "quantity:people:300", NO},
};

/* The ties of a whole run of d that rule made (by its name), as a new array of *n. */
static dg_relation *made_by(const dg_doc *d, const char *rule, size_t *n) {
  dg_relation *v = malloc((d->nrels + 1) * sizeof *v);
  ck_assert(v != NULL);
  *n = 0;
  for (size_t k = 0; k < d->nrels; k++)
    if (!strcmp(d->rels[k].rule, rule)) v[(*n)++] = d->rels[k];
  return v;
}

START_TEST(test_tie) {
  const tie_row *r = &ties[_i];
  /* the rule alone reads the mentions the whole run's rules read (days with no year still
   * there); the whole run's ties are then checked as the pipeline leaves them */
  dg_doc *d = tu_doc_read(r->name, r->text);
  size_t na;
  dg_relation *alone = chained(r->rule) ? made_by(d, r->rule, &na) : run_alone(d, r->rule, &na);
  int in_alone = has_tie(d, alone, na, r->kind, r->from, r->to, r->sentence);
  char all[4096], one[4096], ments[4096];
  dump_rels(d, alone, na, one, sizeof one);
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_drop_cues(d, &err), DG_OK);
  int in_all = has_tie(d, d->rels, d->nrels, r->kind, r->from, r->to, r->sentence);
  ck_assert_msg(in_all == r->want && in_alone == r->want,
                "%s: \"%s\": %s(%s -> %s, s%d) %s (whole: %d, alone: %d)\n whole: %s\n alone: %s\n"
                " mentions: %s",
                r->rule, r->text, dg_rel_kind_name(r->kind), r->from ? r->from : "*",
                r->to ? r->to : "*", (int)r->sentence, r->want ? "missing" : "found", in_all,
                in_alone, dump_rels(d, d->rels, d->nrels, all, sizeof all), one,
                tu_dump(d, ments, sizeof ments));
  free(alone);
  tu_doc_free(d);
}
END_TEST

/* Every rule has sentences that must give its ties and near misses that must not. */
START_TEST(test_every_rule_has_rows) {
  size_t nrules = dg_rel_nkinds + dg_rel_nsources;
  for (size_t k = 0; k < nrules; k++) {
    const char *name =
        k < dg_rel_nkinds ? dg_rel_kinds[k].name : dg_rel_sources[k - dg_rel_nkinds].name;
    if (!strcmp(name, "sentences")) continue; /* runs the rows of dg_rel_kinds */
    if (!strcmp(name, "series instance")) continue; /* names, not ties: test_series_instance */
    int want = 0, miss = 0;
    for (size_t i = 0; i < sizeof ties / sizeof *ties; i++)
      if (!strcmp(ties[i].rule, name)) ties[i].want ? want++ : miss++;
    ck_assert_msg(want >= 2 && miss >= 1, "%s: %d ties and %d near misses", name, want, miss);
  }
}
END_TEST

/* The same tie twice from one sentence counts once; a tie of an entity to itself never. */
START_TEST(test_add_once) {
  dg_doc *d = tu_doc("t.txt", "タイとラオスが協議した。\nタイは歓迎した。");
  ck_assert_uint_eq(d->nments, 3);
  dg_rel_ctx c;
  dg_error err = {0};
  ck_assert_int_eq(dg_rel_ctx_init(&c, tu_rules(), d, &err), DG_OK);
  dg_rel_add(&c, DG_REL_CO_OCCURS, 0, 1, 0);
  dg_rel_add(&c, DG_REL_CO_OCCURS, 0, 1, 0); /* again: dropped */
  dg_rel_add(&c, DG_REL_HELD_IN, 0, 1, 0);   /* another kind: kept */
  dg_rel_add(&c, DG_REL_CO_OCCURS, 0, 0, 0); /* itself: dropped */
  dg_rel_add(&c, DG_REL_CO_OCCURS, 0, 2, 0); /* タイ and タイ: the same entity, dropped */
  dg_rel_add(&c, DG_REL_CO_OCCURS, 0, 1, 1); /* another sentence: kept */
  ck_assert_uint_eq(c.rels.n, 3);
  ck_assert_int_eq(c.rels.v[1].kind, DG_REL_HELD_IN);
  ck_assert_uint_eq(c.rels.v[2].sentence, 1);
  dg_rel_ctx_destroy(&c);
  tu_doc_free(d);
}
END_TEST

/* The document's own meeting: the first meeting of its opening blocks, not a later one. */
START_TEST(test_main_meeting) {
  static const struct {
    const char *text;
    const char *id; /* NULL: none */
  } rows[] = {
      {TITLE "議長は山田防衛審議官が務めた。", TITLE_ID},
      /* no meeting in the title: the one the Japanese body opens by holding as its
       * subject; near miss: one it names only as the owner of 開催 (の) */
      {"概要\n\n経緯\n\n背景\n\n第3回日メコン防災閣僚会合が開かれた。", "meeting:第3回日メコン防災閣僚会合"},
      {"概要\n\n経緯\n\n背景\n\n山田大臣は第3回日メコン防災閣僚会合の開催を歓迎した。", NULL},
      {"Mekong-Japan Summit: outcome\n\nLaos attended.", "meeting:mekong-japan-summit"},
      /* no meeting in the title: the one the English body opens by holding; near misses:
       * one it opens by recalling, one it names after another name */
      {EN_OCEAN_BODY "Tonga attended.", EN_OCEAN_ID},
      {EN_OCEAN_RECALLED "Tonga attended.", NULL},
      {EN_OCEAN_PLACE "Leaders of Tonga and the Ocean Ministers Meeting was held.", NULL},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    dg_doc *d = tu_doc("t.txt", rows[i].text);
    dg_rel_ctx c;
    dg_error err = {0};
    ck_assert_int_eq(dg_rel_ctx_init(&c, tu_rules(), d, &err), DG_OK);
    if (!rows[i].id) ck_assert_int_eq(c.main_meeting, -1);
    else ck_assert_str_eq(d->ments[c.main_meeting].id, rows[i].id);
    dg_rel_ctx_destroy(&c);
    tu_doc_free(d);
  }
}
END_TEST

/* Clauses: Japanese ends one at a comma after a predicate, not after a te-form or a role
 * word that is a verb of its own, nor between the names of a list; English starts one at
 * a word of clause_breaks.tsv; a date line is a clause of its own. Each row: the text of
 * one document and the start of each clause of its sentences. */
static const struct {
  const char *text;
  size_t n;
  const char *starts[4];
} clause_rows[] = {
    {"山田大臣が出席し、鈴木大臣が議長を務めた。", 2, {"山田", "鈴木"}},
    {"謝意を述べた上で、成果に触れた。", 2, {"謝意", "成果"}},
    {"各国の参加を得て、会合が行われた。", 1, {"各国"}},
    {"JAIFを通じ、タイに支援を行う。", 1, {"JAIF"}},
    {"カンボジア、ラオス、タイが参加した。", 1, {"カンボジア"}},
    {"Japan committed funds to JAIF, while JICA announced loans.", 2, {"Japan", "while"}},
    {"The Forum, which Laos hosted, ended.", 2, {"The Forum", "which Laos"}},
    {"The Forum which Laos hosted ended.", 1, {"The Forum"}},
    {"Fiji praised the plan while attending the Forum.", 1, {"Fiji"}},
    /* a list of names after an attending word and a colon, ";" between its items, is one
     * clause; near misses: ";" before a statement, a list after no attending word */
    {"In attendance were: the Mekong Institute (MI); the Japan Foundation, the Asian "
     "Development Bank; and the World Bank.", 1, {"In attendance"}},
    {"In attendance were: the Mekong Institute (MI); Laos hosted the Forum.", 2,
     {"In attendance", "; Laos"}},
    /* ... or after a body's name and a colon, the attending word at the list's end; near
     * miss: a statement after a ";" */
    {"The Council of Regional Bodies (CRB): the Mekong Institute (MI); the Japan Foundation; "
     "and the World Bank were represented by their Heads.", 1, {"The Council"}},
    {"The Council of Regional Bodies (CRB): the Mekong Institute (MI); Laos praised the plan.", 2,
     {"The Council", "; Laos"}},
    {"Two bodies were named: the Mekong Institute (MI); the Japan Foundation (JF).", 2,
     {"Two bodies", "; the Japan"}},
    {"第3回日メコン防災閣僚会合の開催\n2024年4月1日\n", 2, {"第3回", "2024年"}},
};

START_TEST(test_clauses) {
  dg_doc *d = tu_doc("t.txt", clause_rows[_i].text);
  dg_rel_ctx c;
  dg_error err = {0};
  ck_assert_int_eq(dg_rel_ctx_init(&c, tu_rules(), d, &err), DG_OK);
  ck_assert_msg(c.clauses.n == clause_rows[_i].n, "\"%s\": %zu clauses", clause_rows[_i].text,
                c.clauses.n);
  for (size_t k = 0; k < c.clauses.n; k++) {
    const char *w = clause_rows[_i].starts[k];
    ck_assert_msg(!strncmp(d->text + c.clauses.v[k].start, w, strlen(w)), "clause %zu: %.*s", k,
                  (int)(c.clauses.v[k].end - c.clauses.v[k].start), d->text + c.clauses.v[k].start);
  }
  for (size_t i = 0; i < d->nments; i++)
    ck_assert(d->ments[i].start >= c.clauses.v[c.ment_clause[i]].start &&
              d->ments[i].end <= c.clauses.v[c.ment_clause[i]].end);
  dg_rel_ctx_destroy(&c);
  tu_doc_free(d);
}
END_TEST

/* Running totals (cumulative.tsv): a word before an amount in its clause, after no other
 * amount, marks it; the amounts before it, in another clause or before the word, stay
 * pledges. `flags`: one character per amount of the text, 1 for a running total. */
static const struct {
  const char *text, *flags;
} cumulative_rows[] = {
    {"The fund began with USD 20 million. Cumulative pledges now reach USD 300 million.", "01"},
    {"Japan has given a total of $45 million to the facility.", "1"},
    {"The program has disbursed USD 12 million to date.", "0"}, /* the word after: not read */
    {"基金への累計拠出額は5億ドルに達した。当初の拠出は3千万ドルだった。", "10"},
    {"基金には当初3千万ドル、その後累計で5億ドルが拠出された。", "01"},
    {"Japan added USD 10 million, and the accumulated interest is small.", "0"},
    {"The island is also far from Fiji and received USD 5 million.", "0"}, /* not so far */
};

START_TEST(test_cumulative) {
  dg_doc *d = tu_doc("t.txt", cumulative_rows[_i].text);
  char got[16] = "";
  size_t n = 0;
  for (size_t i = 0; i < d->nments && n + 1 < sizeof got; i++)
    if (d->ments[i].type == DG_TYPE_AMOUNT) got[n++] = d->ments[i].cumulative ? '1' : '0';
  got[n] = '\0';
  ck_assert_msg(!strcmp(got, cumulative_rows[_i].flags), "\"%s\": %s", cumulative_rows[_i].text,
                got);
  tu_doc_free(d);
}
END_TEST

/* A series named without its ordinal and dated (本年秋: the document's year) is the one
 * instance the document holds within that date; with two such instances, or none, it
 * stays the series. */
static const struct {
  const char *rows, *id;
} series_rows[] = {
    {"2024年7月26日\tラオス(ビエンチャン)\t第17回日メコン外相会議\n"
     "2025年10月(予定)\tマレーシア(クアラルンプール)\t第18回日メコン外相会議\n",
     "meeting:mekong-japan-fmm:18"},
    {"2025年3月3日\tラオス(ビエンチャン)\t第17回日メコン外相会議\n"
     "2025年10月(予定)\tマレーシア(クアラルンプール)\t第18回日メコン外相会議\n",
     "meeting:mekong-japan-fmm"},
    {"2024年7月26日\tラオス(ビエンチャン)\t第17回日メコン外相会議\n"
     "2026年10月(予定)\tマレーシア(クアラルンプール)\t第18回日メコン外相会議\n",
     "meeting:mekong-japan-fmm"},
};

START_TEST(test_series_instance) {
  char text[1024];
  snprintf(text, sizeof text,
           "令和7年2月6日\n\n本年秋の日メコン外相会議で成果を報告する考えを示しました。\n\n"
           "日程\t場所\t会議名\n%s", series_rows[_i].rows);
  dg_doc *d = tu_doc("t.txt", text);
  const char *at = strstr(d->text, "本年秋の") + strlen("本年秋の");
  const dg_mention *m = NULL;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_MEETING && d->text + d->ments[i].start == at) m = &d->ments[i];
  ck_assert_ptr_nonnull(m);
  ck_assert_str_eq(m->id, series_rows[_i].id);
  tu_doc_free(d);
}
END_TEST

/* The part a name plays, from the role word next to it (roles.tsv): after a Japanese name
 * (past a parenthesis and a person's title), before an English one (past "the" and
 * lower-case words). */
static const struct {
  const char *text, *id;
  uint8_t part;
} part_rows[] = {
    {"第5回日メコン外相会議は成功した。", "meeting:mekong-japan-fmm:5", DG_PART_TOPIC},
    {"第5回日メコン外相会議に続いて開催された。", "meeting:mekong-japan-fmm:5", DG_PART_AFTER},
    {"第5回日メコン外相会議（概要）が公表された。", "meeting:mekong-japan-fmm:5", DG_PART_SUBJECT},
    {"山田外務大臣（当時）が表明した。", "person:山田", DG_PART_SUBJECT},
    {"JAIFを通じて支援する。", "program:jaif", DG_PART_FRAME},
    {"JAIFの成果を確認した。", "program:jaif", DG_PART_OF},
    {"Japan spoke at the first ever Mekong-Japan Summit.", "meeting:mekong-japan-summit",
     DG_PART_SCENE},
    {"Japan gave funds under the new JAIF.", "program:jaif", DG_PART_FRAME},
    {"Japan gave funds to JAIF.", "program:jaif", DG_PART_OWNER},
    {"Japan and Laos met.", "country:LAO", 0},
    /* a short form in parentheses plays the part of the name before it */
    {"Funds came through the Partnership for Global Infrastructure and Investment (PGII).",
     "program:pgii", DG_PART_FRAME},
};

START_TEST(test_parts) {
  dg_doc *d = tu_doc("t.txt", part_rows[_i].text);
  dg_rel_ctx c;
  dg_error err = {0};
  ck_assert_int_eq(dg_rel_ctx_init(&c, tu_rules(), d, &err), DG_OK);
  const dg_mention *m = tu_find(d, d->ments[0].type, NULL);
  for (size_t i = 0; i < d->nments; i++)
    if (!strcmp(d->ments[i].id, part_rows[_i].id)) m = &d->ments[i];
  ck_assert_str_eq(m->id, part_rows[_i].id);
  ck_assert_int_eq(dg_rel_part(&c, m), part_rows[_i].part);
  dg_rel_ctx_destroy(&c);
  tu_doc_free(d);
}
END_TEST

/* Every relation names the rule that made it: a row of dg_rel_kinds or dg_rel_sources. */
START_TEST(test_rule_names) {
  dg_doc *d = tu_doc("t.txt", TITLE "3月3日、ハノイにおいて本会合が開催され、タイが参加した。\n"
                              "JAIFを通じた協力\n- ラオスの人材育成\n");
  ck_assert_uint_gt(d->nrels, 3);
  for (size_t i = 0; i < d->nrels; i++) {
    int known = 0;
    for (size_t k = 0; k < dg_rel_nkinds; k++) known |= !strcmp(d->rels[i].rule, dg_rel_kinds[k].name);
    for (size_t k = 0; k < dg_rel_nsources; k++)
      known |= !strcmp(d->rels[i].rule, dg_rel_sources[k].name);
    ck_assert_msg(known, "relation %zu: rule \"%s\"", i, d->rels[i].rule);
  }
  ck_assert(has_tie(d, d->rels, d->nrels, DG_REL_HELD_IN, TITLE_ID, "place:hanoi", ANY_SENTENCE));
  tu_doc_free(d);
}
END_TEST

/* The graph keeps each tie's rules, once each, in order of first use: "held_in" twice and
 * "meeting parenthesis" make "held_in|meeting parenthesis"; co-occurrence is "units". */
START_TEST(test_rule_in_graph) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_doc *d = tu_doc("t.txt", "第9回日メコン首脳会議は東京において開催された。\n\n"
                              "第9回日メコン首脳会議は東京において開かれた。\n\n"
                              "第9回日メコン首脳会議（2025年5月12日、東京）\n");
  ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
  tu_doc_free(d);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  int held = 0, co = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge e = dg_graph_edge(g, i);
    const char *to = dg_graph_vertex(g, e.target)->id;
    if (e.kind == DG_REL_HELD_IN && !strcmp(to, "place:tokyo")) {
      ck_assert_str_eq(e.rule, "held_in|meeting parenthesis");
      held = 1;
    }
    if (e.kind == DG_REL_CO_OCCURS) {
      ck_assert_str_eq(e.rule, "units");
      co = 1;
    }
  }
  ck_assert(held && co);
  dg_graph_free(g);
}
END_TEST

static void check_table(dg_doc *d) {
  char buf[8192];
  const dg_relation *r = d->rels;
  size_t n = d->nrels;
  ck_assert_msg(has_tie(d, r, n, DG_REL_HELD_ON, "meeting:日aseanデジタル大臣会合", "date:2023-02-10",
                        ANY_SENTENCE),
                "%s", dump_rels(d, r, n, buf, sizeof buf));
  ck_assert(has_tie(d, r, n, DG_REL_HELD_IN, "meeting:日aseanデジタル大臣会合", "country:PHL",
                    ANY_SENTENCE));
  ck_assert(has_tie(d, r, n, DG_REL_HELD_IN, "meeting:日aseanスポーツ大臣会合", "country:THA",
                    ANY_SENTENCE));
  ck_assert(has_tie(d, r, n, DG_REL_HELD_ON, "meeting:日aseanスポーツ大臣会合", "date:2023-09-01",
                    ANY_SENTENCE));
  /* a country named in a remark is no venue */
  ck_assert(!has_tie(d, r, n, DG_REL_HELD_IN, "meeting:日aseanデジタル大臣会合", "country:JPN",
                     ANY_SENTENCE));
}

/* The same schedule as a plain-text table (a fixture) and as an HTML table. */
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

/* Units by scope over one document: a lead line with two items, a heading, a paragraph
 * of two sentences and a quantity (which no unit lists). Per scope: the number of units,
 * the first sentence of each and how many mentions each lists. */
#define UNITS_TEXT                                                                     \
  "ラオスとタイが協議した。\n- カンボジア\n- ベトナム\n\n# 次の議題\n\nミャンマーが発言した。" \
  "研修員300人とJAIFについて述べた。\n"

static const struct {
  dg_scope scope;
  size_t n;
  uint32_t sentence[6], nments[6];
} unit_rows[] = {
    {DG_SCOPE_SENTENCE, 6, {0, 1, 2, 3, 4, 5}, {2, 1, 1, 0, 1, 1}},
    {DG_SCOPE_BLOCK, 5, {0, 1, 2, 3, 4}, {2, 1, 1, 0, 2}},
    {DG_SCOPE_PARAGRAPH, 3, {0, 3, 4}, {4, 0, 2}},
};

START_TEST(test_units) {
  const dg_pipeline *p = tu_pipeline();
  dg_doc *d = tu_doc("t.md", UNITS_TEXT);
  dg_relate_opts o = {.scope = unit_rows[_i].scope};
  dg_error err = {0};
  ck_assert_int_eq(dg_relate(dg_pipeline_rules(p), &o, d, &err), DG_OK);
  ck_assert_uint_eq(d->nunits, unit_rows[_i].n);
  for (size_t k = 0; k < d->nunits; k++) {
    ck_assert_uint_eq(d->units[k].sentence, unit_rows[_i].sentence[k]);
    ck_assert_uint_eq(d->units[k].n, unit_rows[_i].nments[k]);
  }
  for (size_t k = 0; k < d->nunit_ments; k++)
    ck_assert_int_ne(d->ments[d->unit_ments[k]].type, DG_TYPE_QUANTITY);
  tu_doc_free(d);
}
END_TEST

/* The bound on co-occurrence (DG_MAX_UNIT_ENTITIES): a unit naming more entities ties the
 * first 256 only, with a warning; repeats of one entity are no more entities; a list item
 * ties at most 256 names of its lead line. Amounts ($1, $2 ...) make distinct entities. */
typedef enum { B_AMOUNTS, B_SAME, B_SPLIT, B_LEAD } bound_text;

static const struct {
  bound_text text;
  int count;
  dg_scope scope;
  uint32_t unit0;      /* names in the first unit (-1: not checked) */
  size_t inherited;    /* co-occurrence relations inherited (item to lead) */
  const char *warning; /* part of the warning, or NULL for none */
} bound_rows[] = {
    {B_AMOUNTS, 254, DG_SCOPE_SENTENCE, 256, 0, NULL}, /* Japan, 254 amounts, Laos */
    {B_AMOUNTS, 255, DG_SCOPE_SENTENCE, 256, 0, "a sentence names more than 256"},
    {B_AMOUNTS, 600, DG_SCOPE_SENTENCE, 256, 0, "a sentence names more than 256"},
    {B_SAME, 500, DG_SCOPE_SENTENCE, 502, 0, NULL}, /* Japan 501 times and Laos: 2 */
    {B_SPLIT, 300, DG_SCOPE_SENTENCE, 102, 0, NULL},
    /* Japan, $1..$254 and Laos, and the repeats of Japan (2) and Laos (2) */
    {B_SPLIT, 300, DG_SCOPE_BLOCK, 260, 0, "a block names more than 256"},
    {B_LEAD, 100, DG_SCOPE_SENTENCE, (uint32_t)-1, 101, NULL}, /* Japan and 100 amounts */
    {B_LEAD, 300, DG_SCOPE_SENTENCE, (uint32_t)-1, 256, "list item or table row"},
};

/* The text of a row: `count` amounts in one sentence, Japan `count` times, `count` amounts
 * in sentences of 100, or `count` amounts in a lead line over one list item. */
static char *bound_text_of(bound_text k, int count) {
  dg_buf b;
  dg_buf_init(&b);
  dg_buf_adds(&b, k == B_LEAD ? "Japan will provide " : "Japan");
  for (int i = 1; i <= count; i++) {
    if (k == B_SAME) dg_buf_adds(&b, ", Japan");
    else dg_buf_printf(&b, "%s$%d", k == B_LEAD && i == 1 ? "" : ", ", i);
    if (k == B_SPLIT && i % 100 == 0 && i < count) dg_buf_adds(&b, " and Laos. Japan");
  }
  dg_buf_adds(&b, k == B_LEAD ? ":\n- Laos\n" : " and Laos met.\n");
  return b.data;
}

static int has_warning(const dg_doc *d, const char *part) {
  for (size_t i = 0; i < d->diags.n; i++)
    if (strstr(d->diags.msgs[i], part)) return 1;
  return 0;
}

START_TEST(test_unit_bound) {
  char *text = bound_text_of(bound_rows[_i].text, bound_rows[_i].count);
  dg_doc *d = tu_doc("t.md", text);
  dg_relate_opts o = {.scope = bound_rows[_i].scope};
  dg_error err = {0};
  ck_assert_int_eq(dg_relate(tu_rules(), &o, d, &err), DG_OK);
  if (bound_rows[_i].unit0 != (uint32_t)-1) {
    ck_assert_uint_ge(d->nunits, 1);
    ck_assert_uint_eq(d->units[0].n, bound_rows[_i].unit0);
  }
  size_t inherited = 0;
  for (size_t k = 0; k < d->nrels; k++)
    inherited += d->rels[k].kind == DG_REL_CO_OCCURS && !strcmp(d->rels[k].rule, "inherit");
  ck_assert_uint_eq(inherited, bound_rows[_i].inherited);
  const char *w = bound_rows[_i].warning;
  ck_assert_msg(w ? has_warning(d, w) : !has_warning(d, "names more than"),
                "row %d: warning %s expected", _i, w ? w : "none");
  tu_doc_free(d);
  free(text);
}
END_TEST

/* --implicit: the 日 of 日ASEAN (and 本会合) co-occurs by default, and with
 * DG_IMPLICIT_IGNORE takes part in no unit and inherits nothing; typed ties stay. */
START_TEST(test_implicit) {
  static const char text[] = TITLE "本会合にはタイが参加した。\n- ラオスの支援\n";
  for (int ignore = 0; ignore < 2; ignore++) {
    dg_doc *d = tu_doc("t.txt", text);
    dg_relate_opts o = {.implicit = ignore ? DG_IMPLICIT_IGNORE : DG_IMPLICIT_COUNT};
    dg_error err = {0};
    ck_assert_int_eq(dg_relate(tu_rules(), &o, d, &err), DG_OK);
    size_t implicit = 0;
    for (size_t k = 0; k < d->nunit_ments; k++) implicit += d->ments[d->unit_ments[k]].implicit;
    ck_assert(ignore ? implicit == 0 : implicit >= 1);
    ck_assert(has_tie(d, d->rels, d->nrels, DG_REL_CO_OCCURS, TITLE_ID, "country:LAO",
                      ANY_SENTENCE) == !ignore);
    ck_assert(has_tie(d, d->rels, d->nrels, DG_REL_PARTICIPATES_IN, "country:THA", TITLE_ID,
                      ANY_SENTENCE));
    tu_doc_free(d);
  }
}
END_TEST

START_TEST(test_scope_parse) {
  static const struct {
    const char *name;
    int ok;
    dg_scope scope;
  } rows[] = {{"sentence", 0, DG_SCOPE_SENTENCE}, {"paragraph", 0, DG_SCOPE_PARAGRAPH},
              {"block", 0, DG_SCOPE_BLOCK},       {"page", -1, DG_SCOPE_SENTENCE},
              {"Sentence", -1, DG_SCOPE_SENTENCE}, {"", -1, DG_SCOPE_SENTENCE}};
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    dg_scope s = DG_SCOPE_SENTENCE;
    ck_assert_int_eq(dg_scope_parse(rows[i].name, &s), rows[i].ok);
    ck_assert_int_eq(s, rows[i].scope);
  }
}
END_TEST

/* Evidence of one entity (every sentence naming it) and of a pair (co-occurring units
 * and typed relations either way), in text order, each sentence and kind once. */
static const struct {
  const char *a, *b;
  size_t n;
  uint32_t sentence[3];
  dg_rel_kind kind[3];
} evidence_rows[] = {
    {"country:LAO", NULL, 2, {0, 2}, {DG_REL_COUNT, DG_REL_COUNT}},
    {"Laos", NULL, 2, {0, 2}, {DG_REL_COUNT, DG_REL_COUNT}},
    {"タイ", "ラオス", 1, {0}, {DG_REL_CO_OCCURS}},
    {"ラオス", "第5回日メコン農業対話", 2, {2, 2}, {DG_REL_CO_OCCURS, DG_REL_PARTICIPATES_IN}},
    {JA_AGRI, "country:LAO", 2, {2, 2}, {DG_REL_CO_OCCURS, DG_REL_PARTICIPATES_IN}},
    {"country:THA", "place:osaka", 0, {0}, {0}},
};

START_TEST(test_evidence) {
  dg_doc *d = tu_doc("t.txt", "タイとラオスが協議した。タイは歓迎した。\n\n"
                              "第5回日メコン農業対話にはラオスが参加した。");
  dg_evidence *ev = NULL;
  size_t n = 99;
  dg_error err = {0};
  ck_assert_int_eq(
      dg_doc_evidence(d, evidence_rows[_i].a, evidence_rows[_i].b, &ev, &n, &err), DG_OK);
  ck_assert_uint_eq(n, evidence_rows[_i].n);
  for (size_t k = 0; k < n; k++) {
    ck_assert_uint_eq(ev[k].sentence, evidence_rows[_i].sentence[k]);
    ck_assert_int_eq(ev[k].kind, evidence_rows[_i].kind[k]);
  }
  free(ev);
  tu_doc_free(d);
}
END_TEST

/* The sentence behind a piece of evidence, as written, with its line. */
START_TEST(test_evidence_text) {
  dg_doc *d = tu_doc("t.txt", "前文です。\n\n第5回日メコン農業対話にはラオスが参加した。");
  dg_evidence *ev = NULL;
  size_t n = 0;
  dg_error err = {0};
  ck_assert_int_eq(dg_doc_evidence(d, "Laos", JA_AGRI, &ev, &n, &err), DG_OK);
  ck_assert_uint_ge(n, 1);
  const char *s;
  size_t sn;
  uint32_t line;
  dg_doc_sentence_text(d, ev[0].sentence, &s, &sn, &line);
  ck_assert_int_eq((int)sn, (int)strlen("第5回日メコン農業対話にはラオスが参加した。"));
  ck_assert_int_eq(strncmp(s, "第5回日メコン農業対話にはラオスが参加した。", sn), 0);
  ck_assert_uint_eq(line, 3);
  free(ev);
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("relate");
  TCase *tc = tcase_create("relate");
  tcase_add_loop_test(tc, test_tie, 0, (int)(sizeof ties / sizeof *ties));
  tcase_add_test(tc, test_every_rule_has_rows);
  tcase_add_test(tc, test_add_once);
  tcase_add_test(tc, test_main_meeting);
  tcase_add_loop_test(tc, test_clauses, 0, (int)(sizeof clause_rows / sizeof *clause_rows));
  tcase_add_loop_test(tc, test_cumulative, 0, sizeof cumulative_rows / sizeof *cumulative_rows);
  tcase_add_loop_test(tc, test_parts, 0, (int)(sizeof part_rows / sizeof *part_rows));
  tcase_add_loop_test(tc, test_series_instance, 0, (int)(sizeof series_rows / sizeof *series_rows));
  tcase_add_test(tc, test_rule_names);
  tcase_add_test(tc, test_rule_in_graph);
  tcase_add_test(tc, test_table_plain);
  tcase_add_test(tc, test_table_html);
  tcase_add_loop_test(tc, test_units, 0, (int)(sizeof unit_rows / sizeof *unit_rows));
  tcase_add_loop_test(tc, test_unit_bound, 0, (int)(sizeof bound_rows / sizeof *bound_rows));
  tcase_add_test(tc, test_scope_parse);
  tcase_add_test(tc, test_implicit);
  tcase_add_loop_test(tc, test_evidence, 0, (int)(sizeof evidence_rows / sizeof *evidence_rows));
  tcase_add_test(tc, test_evidence_text);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
