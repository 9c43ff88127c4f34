/* Names no dictionary lists, found by rule: head words (Japanese compounds, quoted names,
 * English Title Case), ordinals as instances of known series, acronyms a document defines,
 * people beside titles, places beside triggers, back references.
 * Two tables: `families` runs the rule families of src/recognize/names_*.c alone (or with
 * the ones they build on) on a document recognized up to the names, a positive and a
 * negative case for every rule step; `rows` runs the whole pipeline. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgraph/match.h"
#include "docgraph/segment.h"
#include "base/utf8.h"
#include "docgraph/source.h"
#include "recognize/names.h"
#include "recognize/names_int.h"
#include "testutil.h"

/* ---- one family at a time ---- */

#define F(x) (1u << DG_NAMES_##x)
#define PEOPLE (F(JA_PEOPLE) | F(EN_PEOPLE) | F(CAPS_PEOPLE))
#define HEADS (F(ORDINALS) | F(JA_HEADS) | F(JA_QUOTED) | F(EN_HEADS))

typedef struct {
  unsigned families;    /* the families run */
  const char *text;
  dg_type type;
  const char *surface;  /* the normalized text the mention covers */
  const char *id;       /* its id; NULL: no mention of that type covers the surface */
  const char *label;    /* its label and English label (NULL: not checked) */
  const char *label_en;
} family_case;

static const family_case families[] = {
    /* names_possessive.c: a country whose name ends in a plural s, written without it
     * before an apostrophe s; near misses: a plural name that is no country's, no
     * apostrophe s after it */
    {F(POSSESSIVES), "The Marshall Island's delegation spoke first.", DG_TYPE_COUNTRY,
     "Marshall Island", "country:MHL", NULL, NULL},
    {F(POSSESSIVES), "Maldive\xE2\x80\x99s President spoke first.", DG_TYPE_COUNTRY, "Maldive",
     "country:MDV", NULL, NULL},
    {F(POSSESSIVES), "The Coral Island's delegation spoke first.", DG_TYPE_COUNTRY,
     "Coral Island", NULL, NULL, NULL},
    {F(POSSESSIVES), "The Marshall Island delegation spoke first.", DG_TYPE_COUNTRY,
     "Marshall Island", NULL, NULL, NULL},
    /* names_outcome.c: a meeting's outcome document named only by its kind is the
     * document's own program, in any case of its words; a kind named again after a program
     * whose name holds it is that program; near misses: a heading in capitals, a kind
     * described by what follows, a plural */
    {HEADS | F(OUTCOME), "The 5th Ocean Meeting adopted a Joint statement.", DG_TYPE_PROGRAM,
     "Joint statement", "program:joint-statement@cdcf3678b7d82027", NULL, NULL},
    {HEADS | F(OUTCOME), "会合は共同声明を採択した。", DG_TYPE_PROGRAM, "共同声明",
     "program:共同声明@5244f25f50790bdc", NULL, NULL},
    {HEADS | F(OUTCOME),
     "The Meeting issued the Joint Statement on Ocean Resilience. The Joint Statement calls for "
     "action.",
     DG_TYPE_PROGRAM, "Joint Statement", "program:joint-statement-on-ocean-resilience", NULL,
     NULL},
    {HEADS | F(OUTCOME), "JOINT STATEMENT\n\nThe Meeting closed.", DG_TYPE_PROGRAM,
     "JOINT STATEMENT", NULL, NULL, NULL},
    {HEADS | F(OUTCOME), "会合後、共同報道ステートメントが公表された。", DG_TYPE_PROGRAM,
     "共同報道ステートメント", "program:共同報道ステートメント@0f8cdbfbe04fe3e3", NULL, NULL},
    {HEADS | F(OUTCOME), "They will negotiate a joint declaration on trade between Laos and Fiji.",
     DG_TYPE_PROGRAM, "joint declaration", NULL, NULL, NULL},
    {HEADS | F(OUTCOME), "They issued joint statements.", DG_TYPE_PROGRAM, "joint statement",
     NULL, NULL, NULL},
    /* a final or information communiqué is a kind; near miss: the word alone */
    {HEADS | F(OUTCOME), "The ministers adopted an Information Communiqué.", DG_TYPE_PROGRAM,
     "Information Communiqué", "program:information-communique@5a020e4884bf3ee8", NULL, NULL},
    /* kind_only (names_en.c): a kind with the head word Communiqué is the document's own,
     * not a name; near miss: a communiqué named by its place */
    {HEADS | F(OUTCOME), "The ministers issued a Joint Press Communiqué.", DG_TYPE_PROGRAM,
     "Joint Press Communiqué", "program:joint-press-communique@ebfc113e17c32e63", NULL, NULL},
    {HEADS | F(OUTCOME), "The ministers issued the Canberra Communiqué.", DG_TYPE_PROGRAM,
     "Canberra Communiqué", "program:canberra-communique", NULL, NULL},
    /* title_of_text: a kind opening the first line before "of" is the text's title, no
     * document it speaks of; near miss: the kind in the text */
    {HEADS | F(OUTCOME), "Chairman's Statement of the 5th Ocean Summit\n\nThe Summit closed.",
     DG_TYPE_PROGRAM, "Chairman's Statement", NULL, NULL, NULL},
    {HEADS | F(OUTCOME),
     "The Summit closed.\n\nThe Leaders issued the Chairman's Statement of the Summit.",
     DG_TYPE_PROGRAM, "Chairman's Statement", "program:chairmans-statement@6f2cf40edbdfd0d7",
     NULL, NULL},
    /* heads.tsv: Memorandum of Understanding, Terms of Reference, Guidelines, Principles,
     * Conclusions, Code of Conduct, Rules of Procedure, Consensus, Communiqué end a
     * document's name */
    {HEADS, "The ministers signed the Memorandum of Understanding on Fisheries.", DG_TYPE_PROGRAM,
     "Memorandum of Understanding on Fisheries", "program:memorandum-of-understanding-on-fisheries",
     NULL, NULL},
    {HEADS, "Leaders approved the Terms of Reference of the Ocean Task Force.", DG_TYPE_PROGRAM,
     "Terms of Reference of the Ocean Task Force",
     "program:terms-of-reference-of-the-ocean-task-force", NULL, NULL},
    {HEADS, "Ministers approved the Rules of Procedure for Andean Mechanisms.", DG_TYPE_PROGRAM,
     "Rules of Procedure for Andean Mechanisms",
     "program:rules-of-procedure-for-andean-mechanisms", NULL, NULL},
    {HEADS | F(OUTCOME), "The Communiqué was issued.", DG_TYPE_PROGRAM, "Communiqué", NULL, NULL,
     NULL},
    /* a kind with its makers before it (大臣共同声明, joint ministerial statement) is one
     * kind; near miss: 共同声明 alone inside it */
    {HEADS | F(OUTCOME), "同会合で大臣共同声明が採択された。", DG_TYPE_PROGRAM, "大臣共同声明",
     "program:大臣共同声明@343ff29f2e8b40c5", NULL, NULL},
    {HEADS | F(OUTCOME), "同会合で大臣共同声明が採択された。", DG_TYPE_PROGRAM, "共同声明", NULL,
     NULL, NULL},
    {HEADS | F(OUTCOME), "The ministers issued a joint ministerial statement.", DG_TYPE_PROGRAM,
     "joint ministerial statement", "program:joint-ministerial-statement@19ecdd84ef6e701c", NULL, NULL},
    /* names_outcome_described.c: after an adopting verb, a lower-case head with an ordinal,
     * modifiers, a party's compound or a possessive before it, or years after it, is the
     * document's own program; rows listed after "signed:" named by a head are programs;
     * near misses: a head alone, no adopting verb, a head described by its subject, a list
     * after a line with no adopting verb */
    {F(OUTCOME_DESCRIBED), "The Council approved the annual work plan for 2027.",
     DG_TYPE_PROGRAM, "annual work plan for 2027",
     "program:annual-work-plan-for-2027@af2f9403cf142224", NULL, NULL},
    {F(OUTCOME_DESCRIBED), "The ministers adopted the third Lao-Fiji action plan (2026-2030).",
     DG_TYPE_PROGRAM, "third Lao-Fiji action plan",
     "program:third-lao-fiji-action-plan@36d2673dbadf67ca", NULL, NULL},
    {F(OUTCOME_DESCRIBED), "It ended with the adoption of the Chair's declaration.",
     DG_TYPE_PROGRAM, "Chair's declaration",
     "program:chairs-declaration@3429975a50a260ca", NULL, NULL},
    {F(OUTCOME_DESCRIBED), "The Council approved the plan for the river.", DG_TYPE_PROGRAM,
     "plan", NULL, NULL, NULL},
    {F(OUTCOME_DESCRIBED), "The Council noted the annual work plan for 2027.", DG_TYPE_PROGRAM,
     "annual work plan for 2027", NULL, NULL, NULL},
    {F(OUTCOME_DESCRIBED), "They signed a joint declaration on trade.", DG_TYPE_PROGRAM,
     "joint declaration", NULL, NULL, NULL},
    {F(OUTCOME_DESCRIBED),
     "The leaders also signed:\nA Memorandum of Understanding on river data;\n"
     "Regulations on the work of the water council.\n",
     DG_TYPE_PROGRAM, "Regulations on the work of the water council",
     "program:regulations-on-the-work-of-the-water-council", NULL, NULL},
    {F(OUTCOME_DESCRIBED),
     "The leaders also discussed:\nA Memorandum of Understanding on river data;\n"
     "Regulations on the work of the water council.\n",
     DG_TYPE_PROGRAM, "Memorandum of Understanding on river data", NULL, NULL, NULL},
    /* names_described.c: a meeting named by a description: an ordinal, modifiers and a
     * head; modifiers and a head before where it is held; the ordinal and words of a named
     * meeting are that meeting; near misses: an ordinal in words before a head alone and
     * a word of described_counts.tsv (a time), no setting, a plural, a name going on */
    {F(DESCRIBED), "They recalled the third regional summit that took place in Bishkek.",
     DG_TYPE_MEETING, "third regional summit",
     "meeting:third-regional-summit@6129af55f25583c4", NULL, NULL},
    {F(DESCRIBED), "Laos will host the 9th summit in 2027.", DG_TYPE_MEETING, "9th summit",
     "meeting:9th-summit@7e76b7116649a793", NULL, NULL},
    {F(DESCRIBED), "They agreed on a commemorative summit in Fiji in 2030.", DG_TYPE_MEETING,
     "commemorative summit", "meeting:commemorative-summit@a14160c0e55a919b", NULL, NULL},
    {HEADS | F(DESCRIBED), "The 9th Lao-Fiji Summit opened. Leaders spoke at the 9th summit.",
     DG_TYPE_MEETING, "9th summit", "meeting:9th-lao-fiji-summit", NULL, NULL},
    {HEADS | F(DESCRIBED),
     "The First Ministerial Meeting of the Reef Forum opened. They praised the first ministerial "
     "meeting.",
     DG_TYPE_MEETING, "first ministerial meeting",
     "meeting:1st-reef-forum-ministerial-meeting", NULL, NULL},
    /* named_with_head: no named meeting ends in the words, the one with the ordinal that
     * holds the head is it; near miss: two such meetings, none */
    {HEADS | F(DESCRIBED),
     "17th Ministerial Conference of the Reef Corridor\n\nThe 17th ministerial-level conference "
     "of the Reef Corridor was held in Suva.",
     DG_TYPE_MEETING, "17th ministerial-level conference",
     "meeting:17th-reef-corridor-ministerial-conference", NULL, NULL},
    {HEADS | F(DESCRIBED),
     "The 17th Ministerial Conference of the Reef Corridor and the 17th Senior Officials' "
     "Conference of the Reef Corridor met. The 17th ministerial-level conference closed.",
     DG_TYPE_MEETING, "17th ministerial-level conference",
     "meeting:17th-ministerial-level-conference@10210b9fd44c53e9", NULL, NULL},
    {F(DESCRIBED), "The first regional summit met in Suva. The first summit closed.",
     DG_TYPE_MEETING, "first summit",
     "meeting:first-regional-summit@a93eed1e55f3f6d2", NULL, NULL},
    {F(DESCRIBED), "Leaders met at the second summit in Hanoi.", DG_TYPE_MEETING,
     "second summit", "meeting:second-summit@e2f38ab8b1c651a0", NULL, NULL},
    {F(DESCRIBED), "It was the first meeting since the election.", DG_TYPE_MEETING,
     "first meeting", NULL, NULL, NULL},
    /* participants_after: an ordinal description runs over " of " and those who meet, and
     * then needs no article; near misses: no article and none who meet, those who meet
     * capitalized (a name: names_en.c) */
    {F(DESCRIBED), "Laos hosted the 4th meeting of trade ministers in 2027.", DG_TYPE_MEETING,
     "4th meeting of trade ministers", "meeting:4th-meeting-of-trade-ministers@bd7b133da69d1058", NULL, NULL},
    {F(DESCRIBED), "Fiji recalled that the last, 3rd meeting of senior officials was held in Suva.",
     DG_TYPE_MEETING, "3rd meeting of senior officials",
     "meeting:3rd-meeting-of-senior-officials@8f7d960f67e59158", NULL, NULL},
    {F(DESCRIBED), "Fiji won, 3rd meeting in a row, the vote.", DG_TYPE_MEETING, "3rd meeting",
     NULL, NULL, NULL},
    {F(DESCRIBED), "Laos hosted the 4th meeting of the Trade Ministers of Oceania.",
     DG_TYPE_MEETING, "4th meeting of the Trade Ministers", NULL, NULL, NULL},
    {F(DESCRIBED), "They discussed a special summit with Fiji.", DG_TYPE_MEETING,
     "special summit", NULL, NULL, NULL},
    /* a meeting described by whom it is held with (held_with_meetings): its mention the
     * head, its English label the whole description; near misses: talks with one person,
     * a modifier of no description (individual talks), a name ending in a plural */
    {F(DESCRIBED),
     "The minister held a meeting with five senior officials from Laos, Fiji and Tonga to "
     "discuss trade.",
     DG_TYPE_MEETING, "meeting",
     "meeting:meeting-with-five-senior-officials-from-laos-fiji-and-tonga@ddbbeeed4ed01784", NULL,
     "meeting with five senior officials from Laos, Fiji and Tonga"},
    {F(DESCRIBED),
     "The ministry hosted a virtual meeting between Minister Jane Roe and the ambassadors of "
     "Laos and Fiji.",
     DG_TYPE_MEETING, "virtual meeting",
     "meeting:virtual-meeting-between-minister-jane-roe-and-the-ambassadors@c4296999f9da49cd", NULL,
     "virtual meeting between Minister Jane Roe and the ambassadors"},
    {F(DESCRIBED), "The minister held talks with Foreign Minister Jane Roe.", DG_TYPE_MEETING,
     "talks", NULL, NULL, NULL},
    {F(DESCRIBED), "The minister held individual talks with his counterparts from Laos.",
     DG_TYPE_MEETING, "talks", NULL, NULL, NULL},
    {F(DESCRIBED), "The council held a dialogue with Reef Trade Ministers.", DG_TYPE_MEETING,
     "dialogue", NULL, NULL, NULL},
    {F(DESCRIBED), "They hold special meetings in Fiji.", DG_TYPE_MEETING, "special meeting",
     NULL, NULL, NULL},
    {F(DESCRIBED), "They attended the second regional summit Meeting in Suva.", DG_TYPE_MEETING,
     "second regional summit", NULL, NULL, NULL},
    /* names_ja.c, head_at: a head word starting a token, or ending a proper noun */
    {F(JA_HEADS), "第4回太平洋海洋協力対話が開かれた。", DG_TYPE_MEETING, "第4回太平洋海洋協力対話",
     "meeting:第4回太平洋海洋協力対話", "第4回太平洋海洋協力対話", ""},
    {F(JA_HEADS), "東京大学と京都大学が協力した。", DG_TYPE_ORGANIZATION, "京都大学",
     "org:京都大学", NULL, NULL},
    {F(JA_HEADS), "関係当局と協議した。", DG_TYPE_ORGANIZATION, "関係当局", NULL, NULL, NULL},
    /* heads.tsv: ネットワーク, 協議会, 連合会 (organizations), ファンド (a program); near
     * misses: a generic compound before them (研究者ネットワーク, 官民協議会), and
     * ネットワーク unmarked (marked_heads.tsv: no acronym, ordinal or parties) */
    {F(JA_HEADS), "東南アジア海洋観測ネットワーク(SEAON)が発足した。", DG_TYPE_ORGANIZATION,
     "東南アジア海洋観測ネットワーク", "org:東南アジア海洋観測ネットワーク", NULL, NULL},
    {F(JA_HEADS), "スタートアップ支援ネットワークを構築する。", DG_TYPE_ORGANIZATION,
     "スタートアップ支援ネットワーク", NULL, NULL, NULL},
    {F(JA_HEADS), "アジア経済人協議会が提言した。", DG_TYPE_ORGANIZATION, "アジア経済人協議会",
     "org:アジア経済人協議会", NULL, NULL},
    {F(JA_HEADS), "在タイ日系企業連合会が要望した。", DG_TYPE_ORGANIZATION, "在タイ日系企業連合会",
     "org:在タイ日系企業連合会", NULL, NULL},
    {F(JA_HEADS), "日ASEAN人材育成ファンドを設立した。", DG_TYPE_PROGRAM, "日ASEAN人材育成ファンド",
     "program:日asean人材育成ファンド", NULL, NULL},
    {F(JA_HEADS), "研究者ネットワークを構築する。", DG_TYPE_ORGANIZATION, "研究者ネットワーク", NULL,
     NULL, NULL},
    {F(JA_HEADS), "官民協議会を設置した。", DG_TYPE_ORGANIZATION, "官民協議会", NULL, NULL, NULL},
    /* heads.tsv: マスタープラン (one MeCab word, so プラン never starts it), 学園; marked_heads.tsv:
     * ウィーク, 研究会, ハブ, 案件 name only when marked (an ordinal, a phase, parties opening
     * them: parties_open); near misses: unmarked or generic */
    {F(JA_HEADS), "メコン交通マスタープラン2030を採択した。", DG_TYPE_PROGRAM,
     "メコン交通マスタープラン2030", "program:メコン交通マスタープラン2030", NULL, NULL},
    {F(JA_HEADS), "交通マスタープランを策定した。", DG_TYPE_PROGRAM, "交通マスタープラン", NULL, NULL,
     NULL},
    {F(JA_HEADS), "北山学園に留学生を受け入れた。", DG_TYPE_ORGANIZATION, "北山学園", "org:北山学園",
     NULL, NULL},
    {F(JA_HEADS), "日メコン観光ウィーク2030を開催した。", DG_TYPE_MEETING, "日メコン観光ウィーク2030",
     "meeting:日メコン観光ウィーク2030", NULL, NULL},
    {F(JA_HEADS), "連休のゴールデンウィークに旅行した。", DG_TYPE_MEETING, "ゴールデンウィーク", NULL,
     NULL, NULL},
    {F(JA_HEADS), "第5回メコン研究会を開催した。", DG_TYPE_MEETING, "第5回メコン研究会",
     "meeting:第5回メコン研究会", NULL, NULL},
    {F(JA_HEADS), "ビジネス研究会を開催した。", DG_TYPE_MEETING, "ビジネス研究会", NULL, NULL, NULL},
    {F(JA_HEADS), "日ASEAN防災協力ハブを設立した。", DG_TYPE_PROGRAM, "日ASEAN防災協力ハブ",
     "program:日asean防災協力ハブ", NULL, NULL},
    {F(JA_HEADS), "メコン物流ハブとしての役割を果たす。", DG_TYPE_PROGRAM, "メコン物流ハブ", NULL, NULL,
     NULL},
    {F(JA_HEADS), "南北鉄道改修案件(第2期)に調印した。", DG_TYPE_PROGRAM, "南北鉄道改修案件(第2期)",
     "program:南北鉄道改修案件(第2期)", NULL, NULL},
    {F(JA_HEADS), "ハノイ橋改修案件の審査を行った。", DG_TYPE_PROGRAM, "ハノイ橋改修案件", NULL, NULL,
     NULL},
    {F(JA_HEADS), "日ASEANイノベーションネットワークを設立した。", DG_TYPE_ORGANIZATION,
     "日ASEANイノベーションネットワーク", "org:日aseanイノベーションネットワーク", NULL, NULL},
    {F(JA_HEADS), "ASEANイノベーションネットワークを設立した。", DG_TYPE_ORGANIZATION,
     "ASEANイノベーションネットワーク", NULL, NULL, NULL},
    /* extend_left, headline_gap: a space of the source between Japanese phrases of a
     * headline ends the name; near miss: a space after an ordinal does not */
    {F(JA_HEADS), "協力強化 日ASEAN防災閣僚会合", DG_TYPE_MEETING, "日ASEAN防災閣僚会合",
     "meeting:日asean防災閣僚会合", NULL, NULL},
    {F(JA_HEADS), "協力強化 日ASEAN防災閣僚会合", DG_TYPE_MEETING, "協力強化日ASEAN防災閣僚会合",
     NULL, NULL, NULL},
    {F(JA_HEADS), "巡視艇 タイ海上警察局が参加した。", DG_TYPE_ORGANIZATION, "タイ海上警察局",
     "org:タイ海上警察局", NULL, NULL},
    {F(JA_HEADS), "第5回 日ASEAN防災閣僚会合が開かれた。", DG_TYPE_MEETING,
     "第5回日ASEAN防災閣僚会合", "meeting:第5回日asean防災閣僚会合", NULL, NULL},
    /* quote_start: a quote holds the quotes closed inside it (『』 in 「」, normalized to 「」);
     * near miss: the name no longer starts at the inner quote */
    {F(JA_HEADS), "外相は「『北欧+日本』対話」第2回外相会合に出席した。", DG_TYPE_MEETING,
     "「「北欧+日本」対話」第2回外相会合", "meeting:北欧+日本対話第2回外相会合", NULL, NULL},
    {F(JA_HEADS), "外相は「『北欧+日本』対話」第2回外相会合に出席した。", DG_TYPE_MEETING,
     "「北欧+日本」対話」第2回外相会合", NULL, NULL, NULL},
    /* place_ok, kanji_town: a town MeCab reads as a place's name and its suffix (heads.tsv
     * 市 町 村), after its prefecture alone (town_after_place); near misses: a common noun
     * before 市, a ward (区: an address), the prefecture taken in */
    {F(JA_HEADS), "一行は足利市を訪問した。", DG_TYPE_PLACE, "足利市", "place:足利市", NULL, NULL},
    {F(JA_HEADS), "一行は同市を訪問した。", DG_TYPE_PLACE, "同市", NULL, NULL, NULL},
    {F(JA_HEADS), "一行は北海道占冠村を訪問した。", DG_TYPE_PLACE, "占冠村", "place:占冠村", NULL,
     NULL},
    {F(JA_HEADS), "一行は北海道占冠村を訪問した。", DG_TYPE_PLACE, "北海道占冠村", NULL, NULL, NULL},
    {F(JA_HEADS), "事務所は東京都港区にある。", DG_TYPE_PLACE, "港区", NULL, NULL, NULL},
    /* names_ordinal.c ja_count_ordinal: a meeting's count (5回目となる, 五回目の) before its
     * name is its ordinal, written 第N回 in the id, and makes an instance of a known series;
     * near miss: a count before a head alone (2回目の会合: "the second meeting") */
    {F(JA_HEADS), "5回目となる日タイ外相会議が東京で開かれた。", DG_TYPE_MEETING,
     "5回目となる日タイ外相会議", "meeting:第5回日タイ外相会議", NULL, NULL},
    {F(JA_HEADS), "五回目の日タイ外相会議が東京で開かれた。", DG_TYPE_MEETING,
     "五回目の日タイ外相会議", "meeting:第5回日タイ外相会議", NULL, NULL},
    {HEADS, "28回目となる日ASEAN首脳会議が東京で開かれた。", DG_TYPE_MEETING,
     "28回目となる日ASEAN首脳会議", "meeting:asean-japan-summit:28", NULL, NULL},
    {F(JA_HEADS), "2回目の会合が東京で開かれた。", DG_TYPE_MEETING, "2回目の会合", NULL, NULL,
     NULL},
    /* names_ja.c take_first_of: a framework (a compound ending in 協力) and 初の before a
     * meeting's compound name its first meeting; near misses: 史上初の (no framework), 協力
     * alone */
    {F(JA_HEADS), "首相は大阪市でアジア・太平洋協力初の首脳会議を主宰した。", DG_TYPE_MEETING,
     "アジア・太平洋協力初の首脳会議", "meeting:アジア・太平洋協力初の首脳会議", NULL, NULL},
    {F(JA_HEADS), "首相は大阪市で史上初の首脳会議を主宰した。", DG_TYPE_MEETING,
     "史上初の首脳会議", NULL, NULL, NULL},
    {F(JA_HEADS), "首相は大阪市で協力初の首脳会議を主宰した。", DG_TYPE_MEETING,
     "協力初の首脳会議", NULL, NULL, NULL},
    /* names_parties_ja.c: parties joined by と (glossed by = or in parentheses), then の and
     * the members, or none, before による open a meeting's name; near misses: one party,
     * a quoted name right after the head (the description of that name) */
    {F(JA_HEADS), "タイとASEANの農相による臨時会合は3日に開かれた。", DG_TYPE_MEETING,
     "タイとASEANの農相による臨時会合", "meeting:タイとaseanの農相による臨時会合", NULL, NULL},
    {F(JA_HEADS), "日本とPIF=太平洋諸島フォーラムによる特別首脳会議が開かれた。", DG_TYPE_MEETING,
     "日本とPIF=太平洋諸島フォーラムによる特別首脳会議",
     "meeting:日本とpif=太平洋諸島フォーラムによる特別首脳会議", NULL, NULL},
    {F(JA_HEADS), "ラオスと東南アジア諸国連合(ASEAN)の外相による特別会合が開かれた。", DG_TYPE_MEETING,
     "ラオスと東南アジア諸国連合(ASEAN)の外相による特別会合",
     "meeting:ラオスと東南アジア諸国連合(asean)の外相による特別会合", NULL, NULL},
    {F(JA_HEADS), "タイの農相による臨時会合が開かれた。", DG_TYPE_MEETING,
     "タイの農相による臨時会合", NULL, NULL, NULL},
    /* dgn_ja_members_by: a head alone named by who meets, nouns ending in a word of
     * party_members.tsv and ら before による; near misses: no ら, a word of no members */
    {F(JA_HEADS), "5日の加盟国首脳らによる協議では連携を確認した。", DG_TYPE_MEETING,
     "加盟国首脳らによる協議", "meeting:加盟国首脳らによる協議", NULL, NULL},
    {F(JA_HEADS), "5日の加盟国首脳による協議では連携を確認した。", DG_TYPE_MEETING,
     "加盟国首脳による協議", NULL, NULL, NULL},
    {F(JA_HEADS), "5日の加盟国学者らによる協議では連携を確認した。", DG_TYPE_MEETING,
     "加盟国学者らによる協議", NULL, NULL, NULL},
    /* holding_follows: a meeting's head right before a word of place_held.tsv (開催) that
     * ends the compound, as in a headline; near miss: the compound goes on (開催地) */
    {F(JA_HEADS), "ASEAN閣僚歓迎夕食会開催\n", DG_TYPE_MEETING, "ASEAN閣僚歓迎夕食会",
     "meeting:asean閣僚歓迎夕食会", NULL, NULL},
    {F(JA_HEADS), "ASEAN閣僚歓迎夕食会開催地が決まった。", DG_TYPE_MEETING, "ASEAN閣僚歓迎夕食会",
     NULL, NULL, NULL},
    {F(JA_HEADS), "日本とタイの首脳らによる国際会議「第3回海洋サミット」が開かれた。", DG_TYPE_MEETING,
     "日本とタイの首脳らによる国際会議", NULL, NULL, NULL},
    /* city_after_province: a province (a place's name MeCab knows and 省) and a city after
     * it are two places, the city alone also when MeCab cuts its name in two words; near
     * misses: the compound as one place, a common noun before 省 (同省: no province) */
    {F(JA_HEADS), "一行は河北省唐山市を訪問した。", DG_TYPE_PLACE, "唐山市", "place:唐山市", NULL,
     NULL},
    {F(JA_HEADS), "一行は河北省唐山市を訪問した。", DG_TYPE_PLACE, "河北省", "place:河北省", NULL,
     NULL},
    {F(JA_HEADS), "一行は河北省唐山市を訪問した。", DG_TYPE_PLACE, "河北省唐山市", NULL, NULL, NULL},
    {F(JA_HEADS), "一行は雲南省玉渓市を訪問した。", DG_TYPE_PLACE, "玉渓市", "place:玉渓市", NULL,
     NULL},
    {F(JA_HEADS), "一行は同省唐山市を訪問した。", DG_TYPE_PLACE, "唐山市", NULL, NULL, NULL},
    /* known_after_place: a known prefecture, then a town the dictionaries know with its
     * head: two places (福島県, いわき市), not one minted; near miss: the whole */
    {F(JA_HEADS), "会議は福島県いわき市で開催された。", DG_TYPE_PLACE, "いわき市", "place:iwaki",
     NULL, NULL},
    {F(JA_HEADS), "会議は福島県いわき市で開催された。", DG_TYPE_PLACE, "福島県いわき市", NULL, NULL,
     NULL},
    /* gap_inside: the source's space falls inside one MeCab word (katakana on both sides,
     * joined by normalizing): the name starts after it; near miss: the person before it */
    {F(JA_HEADS), "グエン・バン・ズン ビンディン省人民委員会委員長が出席した。", DG_TYPE_ORGANIZATION,
     "ビンディン省人民委員会", "org:ビンディン省人民委員会", NULL, NULL},
    {F(JA_HEADS), "グエン・バン・ズン ビンディン省人民委員会委員長が出席した。", DG_TYPE_ORGANIZATION,
     "グエン・バン・ズンビンディン省人民委員会", NULL, NULL, NULL},
    /* ... and when a person's title follows and the person rule ran first (委員長,
     * titles.tsv): the person ends at the gap, the body starts there */
    /* names_people_ja.c, sinitic_name: two or three kanji opening with a Chinese or Korean
     * family name (sinitic_surnames.tsv) before a title, MeCab reading them as pieces; near
     * misses: a known word of two kanji in them (周辺), another kanji touching them before
     * (小|林正雄: the name is MeCab's) */
    /* names_talks.c: a title line naming two sides joined by と and ending with との and a
     * meeting head is the document's meeting, the whole line; near misses: one side only,
     * a line of the body */
    {F(JA_PEOPLE) | F(JA_HEADS), "タイ王国の大使団と山田外務大臣との面会\n\n山田大臣は大使団と面会した。",
     DG_TYPE_MEETING, "タイ王国の大使団と山田外務大臣との面会",
     "meeting:タイ王国の大使団と山田外務大臣との面会", NULL, NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "山田外務大臣との面会\n\n山田大臣は大使団と面会した。",
     DG_TYPE_MEETING, "山田外務大臣との面会", NULL, NULL, NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "お知らせ\n\n本日は晴れ。\n\nタイ王国の大使団と山田外務大臣との面会\n",
     DG_TYPE_MEETING, "タイ王国の大使団と山田外務大臣との面会", NULL, NULL, NULL},
    /* 補佐官 (titles.tsv): an adviser's title after his name */
    {F(JA_PEOPLE), "田中一郎内閣総理大臣補佐官が出席した。", DG_TYPE_PERSON, "田中一郎",
     "person:田中一郎", NULL, NULL},
    /* unknown_kanji_before: a kanji word MeCab does not know (an old form of a kanji: 髙)
     * before a portfolio and its title is a family name; near miss: a word MeCab knows */
    {F(JA_PEOPLE), "髙嶋経済産業副大臣が出席した。", DG_TYPE_PERSON, "髙嶋", "person:髙嶋",
     NULL, NULL},
    {F(JA_PEOPLE), "会議経済産業副大臣が出席した。", DG_TYPE_PERSON, "会議", NULL, NULL, NULL},
    {F(JA_PEOPLE), "中国からは楊志遠部長が出席した。", DG_TYPE_PERSON, "楊志遠", "person:楊志遠",
     NULL, NULL},
    {F(JA_PEOPLE), "会議では周辺国首脳が議論した。", DG_TYPE_PERSON, "周辺国", NULL, NULL, NULL},
    {F(JA_PEOPLE), "日本からは小林正雄部長が出席した。", DG_TYPE_PERSON, "林正雄", NULL, NULL, NULL},
    /* name_after_title: a name after its title and a colon or a space of the source;
     * titles.tsv 県知事 (one MeCab word); near misses: a suffix after the name is not its
     * own (氏), a word that is no 人名 after the colon */
    {F(JA_PEOPLE), "本機関(事務総長:山田正孝)は活動する。", DG_TYPE_PERSON, "山田正孝",
     "person:山田正孝", NULL, NULL},
    {F(JA_PEOPLE), "代表団:北山県知事 鈴木英一 ほか13名", DG_TYPE_PERSON, "鈴木英一",
     "person:鈴木英一", NULL, NULL},
    {F(JA_PEOPLE), "会長:田中一郎氏が挨拶した。", DG_TYPE_PERSON, "田中一郎氏", NULL, NULL, NULL},
    {F(JA_PEOPLE), "事務総長:本部長が来た。", DG_TYPE_PERSON, "本部", NULL, NULL, NULL},
    {F(JA_PEOPLE), "山本県知事が視察した。", DG_TYPE_PERSON, "山本", "person:山本", NULL, NULL},
    /* names_bu.c: a ministry named 部 in a sentence naming a country of bu_countries.tsv, and
     * the person before it (sinitic_person) or before its words and a title that opens with
     * 部 (外交|部長); near misses: no such country (営業部), a part of a country (北東部), the
     * ministry inside its holder's title (環境部|長官) */
    {F(JA_HEADS), "韓国の環境部は声明を発表した。", DG_TYPE_ORGANIZATION, "環境部", "org:環境部",
     NULL, NULL},
    {F(JA_HEADS), "同社の営業部は声明を発表した。", DG_TYPE_ORGANIZATION, "営業部", NULL, NULL, NULL},
    {F(JA_HEADS), "韓国の環境部長官と会談した。", DG_TYPE_ORGANIZATION, "環境部", NULL, NULL, NULL},
    {F(JA_HEADS), "中国の北東部で会合を開いた。", DG_TYPE_ORGANIZATION, "北東部", NULL, NULL, NULL},
    {F(JA_PEOPLE), "中国は王明華商務部部長が出席した。", DG_TYPE_PERSON, "王明華", "person:王明華",
     NULL, NULL},
    {F(JA_PEOPLE), "中国の楼志遠外交部長と会談した。", DG_TYPE_PERSON, "楼志遠", "person:楼志遠",
     NULL, NULL},
    {F(JA_PEOPLE), "中国は金融部長が出席した。", DG_TYPE_PERSON, "金融", NULL, NULL, NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "チャン・バン・ナム ビンディン省人民委員会委員長が出席した。",
     DG_TYPE_ORGANIZATION, "ビンディン省人民委員会", "org:ビンディン省人民委員会", NULL, NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "チャン・バン・ナム ビンディン省人民委員会委員長が出席した。",
     DG_TYPE_PERSON, "チャン・バン・ナム", "person:チャン・バン・ナム", NULL, NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "チャン・バン・ナム ビンディン省人民委員会委員長が出席した。",
     DG_TYPE_PERSON, "チャン・バン・ナムビンディン", NULL, NULL, NULL},
    /* names_labels.c: a release's label taken for a person is none; the name after the
     * title stays */
    {PEOPLE | F(LABELS), "PRESS STATEMENT MINISTER FOR TRADE JANE DOE", DG_TYPE_PERSON,
     "PRESS STATEMENT", NULL, NULL, NULL},
    {PEOPLE | F(LABELS), "PRESS STATEMENT MINISTER FOR TRADE JANE DOE", DG_TYPE_PERSON,
     "JANE DOE", "person:jane-doe", NULL, NULL},
    /* ordinal_session_before: an ordinal session of a known series, its name quoted, is a
     * name of its own as written; near miss: no ordinal */
    {F(ORDINALS), "The eleventh session of the \u201cCentral Asia plus Japan\u201d Dialogue took place.",
     DG_TYPE_MEETING, "eleventh session of the \"Central Asia plus Japan\" Dialogue",
     "meeting:11th-session-of-the-central-asia-plus-japan-dialogue", NULL, NULL},
    {F(ORDINALS), "A session of the \u201cCentral Asia plus Japan\u201d Dialogue took place.",
     DG_TYPE_MEETING, "session of the \"Central Asia plus Japan\" Dialogue", NULL, NULL, NULL},
    /* ordinal_meeting_of: the Nth Meeting of a known series is its Nth instance, as the
     * 9th ARF; near misses: a session of it stays a name of its own, no ordinal no instance */
    {F(ORDINALS), "The Ninth Meeting of the ASEAN Regional Forum was held in Vientiane.",
     DG_TYPE_MEETING, "Ninth Meeting of the ASEAN Regional Forum", "meeting:arf:9", NULL, NULL},
    {F(ORDINALS), "The ninth session of the ASEAN Regional Forum was held in Vientiane.",
     DG_TYPE_MEETING, "ninth session of the ASEAN Regional Forum",
     "meeting:9th-asean-regional-forum-session", NULL, NULL},
    {F(ORDINALS), "A Meeting of the ASEAN Regional Forum was held in Vientiane.",
     DG_TYPE_MEETING, "Meeting of the ASEAN Regional Forum", NULL, NULL, NULL},
    /* names_spaced.c: a dictionary name with a space between its Latin and Japanese
     * parts, and its ordinal; near miss: no such name once the space is left out */
    {F(SPACED) | F(ORDINALS), "第7回ASEAN 地域フォーラムに出席した。", DG_TYPE_MEETING,
     "第7回ASEAN 地域フォーラム", "meeting:arf:7", NULL, NULL},
    {F(SPACED), "ASEAN 地域フォーラムに出席した。", DG_TYPE_MEETING, "ASEAN 地域フォーラム",
     "meeting:arf", NULL, NULL},
    {F(SPACED), "ASEAN 海洋会議に出席した。", DG_TYPE_MEETING, "ASEAN 海洋会議", NULL, NULL,
     NULL},
    /* katakana heads of a loan word (ミーティング, ラウンドテーブル, カンファレンス) */
    {F(JA_HEADS), "太平洋リーダーズ・ミーティングで合意した。", DG_TYPE_MEETING,
     "太平洋リーダーズ・ミーティング", "meeting:太平洋リーダーズ・ミーティング", NULL, NULL},
    {F(JA_HEADS), "第2回日ASEANサイバーカンファレンスに出席した。", DG_TYPE_MEETING,
     "第2回日ASEANサイバーカンファレンス", "meeting:第2回日aseanサイバーカンファレンス", NULL, NULL},
    /* group_suffixes.tsv: 関連 right after a group, glossed or not, stays in the name; near
     * miss: after a country it is still a stop */
    {F(JA_HEADS), "東南アジア諸国連合(ASEAN)関連首脳会議に出席した。", DG_TYPE_MEETING,
     "東南アジア諸国連合(ASEAN)関連首脳会議", "meeting:asean-related-summits", NULL,
     NULL},
    {F(JA_HEADS), "日本関連首脳会議に出席した。", DG_TYPE_MEETING, "日本関連首脳会議", NULL, NULL,
     NULL},
    /* dinners, receptions and ceremonies are meetings (heads.tsv); near miss: the head
     * alone, nothing name-like before it */
    {F(JA_HEADS), "日ASEAN首脳夕食会が東京で開かれた。", DG_TYPE_MEETING, "日ASEAN首脳夕食会",
     "meeting:日asean首脳夕食会", NULL, NULL},
    {F(JA_HEADS), "第2回日メコン経済懇談会が開かれた。", DG_TYPE_MEETING, "第2回日メコン経済懇談会",
     "meeting:第2回日メコン経済懇談会", NULL, NULL},
    {F(JA_HEADS), "大臣は夕食会に出席した。", DG_TYPE_MEETING, "夕食会", NULL, NULL, NULL},
    /* names_reordered.c: a dictionary series after "of the" stands for its group (its
     * foreign ministers' meeting, an ordinal's instance); near miss: a kind the dictionary
     * does not list for the series */
    {F(REORDERED), "He attended the 10th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue in Astana.",
     DG_TYPE_MEETING, "10th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue",
     "meeting:ca-jad-fmm:10", NULL, NULL},
    {F(REORDERED), "He attended the 10th Tourism Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue in Astana.",
     DG_TYPE_MEETING, "10th Tourism Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue", NULL,
     NULL, NULL},
    /* name_goes_on: an organization's head ends its name before capitalized words with no
     * head (its officer's name); near misses: towards another head it goes on, and so does
     * a meeting's head (Dialogue Partners) */
    {F(EN_HEADS), "Deputy Director of the Reef Protection Organisation Jane Doe spoke.",
     DG_TYPE_ORGANIZATION, "Reef Protection Organisation", "org:reef-protection-organisation",
     NULL, NULL},
    {F(EN_HEADS), "The Reef Protection Organisation Cooperation Forum met.", DG_TYPE_MEETING,
     "Reef Protection Organisation Cooperation Forum",
     "meeting:reef-protection-organisation-cooperation-forum", NULL, NULL},
    {F(EN_HEADS), "The Reef Dialogue Partners met.", DG_TYPE_MEETING, "Reef Dialogue", NULL, NULL,
     NULL},
    /* heads.tsv: Telephone Talk heads a meeting's name; near miss: a call in lower case */
    {F(EN_HEADS), "Japan-Fiji Summit Telephone Talk\n\nThey spoke today.", DG_TYPE_MEETING,
     "Japan-Fiji Summit Telephone Talk", "meeting:japan-fiji-summit-telephone-talk", NULL, NULL},
    {F(EN_HEADS), "He made a telephone call to Fiji.", DG_TYPE_MEETING, "telephone call", NULL, NULL,
     NULL},
    /* dgn_title_talks_en: a readout's title names its talks from the possessor on, to a
     * side occasion; near misses: no possessive before the head, no party after it */
    {F(EN_PEOPLE) | F(EN_HEADS), "Readout of Secretary Jane Roca's Meeting with Foreign Minister Kenji Sato on the margins of the Summit\n\nThey met today.",
     DG_TYPE_MEETING, "Secretary Jane Roca's Meeting with Foreign Minister Kenji Sato",
     "meeting:secretary-jane-rocas-meeting-with-foreign-minister-kenji-sato", NULL, NULL},
    {F(EN_PEOPLE) | F(EN_HEADS), "Readout of a Meeting with Foreign Minister Kenji Sato\n\nThey met today.",
     DG_TYPE_MEETING, "Meeting with Foreign Minister Kenji Sato", NULL, NULL, NULL},
    {F(EN_PEOPLE) | F(EN_HEADS), "Readout of the Secretary's Meeting with the press\n\nThey met today.",
     DG_TYPE_MEETING, "the Secretary's Meeting with the press", NULL, NULL, NULL},
    {F(EN_HEADS), "The ASEAN-Japan Leaders' Dinner was held in Tokyo.", DG_TYPE_MEETING,
     "ASEAN-Japan Leaders' Dinner", "meeting:asean-japan-leaders-dinner", NULL, NULL},
    {F(EN_HEADS), "The minister stayed for dinner in Tokyo.", DG_TYPE_MEETING, "dinner", NULL,
     NULL, NULL},
    /* take_parties_of: the parties and the members, each with の, before a head alone; near
     * miss: one party only */
    {F(JA_HEADS), "本日、日・メコンの保健担当大臣のラウンドテーブルが開かれた。", DG_TYPE_MEETING,
     "日・メコンの保健担当大臣のラウンドテーブル", "meeting:日・メコンの保健担当大臣のラウンドテーブル",
     NULL, NULL},
    {F(JA_HEADS), "本日、メコンの保健担当大臣のラウンドテーブルが開かれた。", DG_TYPE_MEETING,
     "メコンの保健担当大臣のラウンドテーブル", NULL, NULL, NULL},
    /* spaced_in_source: a space after the head ends the compound (a title and its speaker) */
    {F(JA_HEADS), "日・太平洋島嶼国防災首脳会合 開催報告", DG_TYPE_MEETING, "日・太平洋島嶼国防災首脳会合",
     "meeting:日・太平洋島嶼国防災首脳会合", NULL, NULL},
    {F(JA_HEADS), "日・太平洋島嶼国防災首脳会合開催報告", DG_TYPE_MEETING, "日・太平洋島嶼国防災首脳会合",
     NULL, NULL, NULL},
    {F(JA_HEADS), "外務省 国際協力局 地域政策課が所管する。", DG_TYPE_ORGANIZATION,
     "国際協力局地域政策課", "org:国際協力局地域政策課", NULL, NULL},
    /* compound_goes_on: the compound must end with the head */
    {F(JA_HEADS), "商工会議所が参加した。", DG_TYPE_MEETING, "商工会議", NULL, NULL, NULL},
    {F(JA_HEADS), "カンボジア計画省と署名した。", DG_TYPE_PROGRAM, "カンボジア計画", NULL, NULL,
     NULL},
    {F(JA_HEADS), "カンボジア計画省と署名した。", DG_TYPE_ORGANIZATION, "カンボジア計画省",
     "org:カンボジア計画省", NULL, NULL},
    /* a place head goes on into an organization's head: a bureau, no place */
    {F(JA_HEADS), "外務省ヨーロッパ大洋州局が所管する。", DG_TYPE_PLACE, "外務省ヨーロッパ大洋州",
     NULL, NULL, NULL},
    {F(JA_HEADS), "外務省ヨーロッパ大洋州局が所管する。", DG_TYPE_PLACE, "ヨーロッパ大洋州", NULL,
     NULL, NULL},
    {F(JA_HEADS), "ナリカ州政府と協議した。", DG_TYPE_PLACE, "ナリカ州",
     "place:ナリカ州", NULL, NULL},
    /* a quoted topic and a connector name a document: 「…」に関する共同声明; near miss: a
     * plain topic before the connector */
    {F(JA_HEADS), "会議では「海洋協力の推進」に関する共同声明が採択された。", DG_TYPE_PROGRAM,
     "「海洋協力の推進」に関する共同声明", "program:海洋協力の推進に関する共同声明", NULL, NULL},
    {F(JA_HEADS), "会議では海洋協力の推進に関する共同声明が採択された。", DG_TYPE_PROGRAM,
     "海洋協力の推進に関する共同声明", NULL, NULL, NULL},
    /* a list joiner (及び) joins two compounds of one program; near miss: the compound
     * before it holds a head of its own (joined_names: two names of a list) */
    {F(JA_HEADS), "円借款はダナン港湾及び道路整備計画(第二期)に充てられる。", DG_TYPE_PROGRAM,
     "ダナン港湾及び道路整備計画(第二期)", "program:ダナン港湾及び道路整備計画(第二期)", NULL, NULL},
    {F(JA_HEADS), "円借款はフエ橋建設計画及びダナン道路整備計画に充てられる。", DG_TYPE_PROGRAM,
     "フエ橋建設計画及びダナン道路整備計画", NULL, NULL, NULL},
    /* a statement named after its meeting (statement_titles.tsv): the meeting is a name of
     * its own inside it; near miss: a word after the head that is no statement */
    {F(JA_HEADS), "日ASEAN農業大臣会合共同声明を公表した。", DG_TYPE_MEETING,
     "日ASEAN農業大臣会合", "meeting:日asean農業大臣会合", NULL, NULL},
    {F(JA_HEADS), "日ASEAN農業大臣会合参加者が集まった。", DG_TYPE_MEETING,
     "日ASEAN農業大臣会合", NULL, NULL, NULL},
    /* a generic plan glossed with its amount is a funded project; near miss: no amount */
    {F(JA_HEADS), "(1)防災機材整備計画(供与額2億円)", DG_TYPE_PROGRAM, "防災機材整備計画",
     "program:防災機材整備計画", NULL, NULL},
    {F(JA_HEADS), "(1)防災機材整備計画(2024年度)", DG_TYPE_PROGRAM, "防災機材整備計画", NULL,
     NULL, NULL},
    /* a part of a country after it (country_parts.tsv) is no part of the place after it;
     * near misses: the country and its part alone, a part that begins a name */
    {F(JA_HEADS), "ラオス北部ナリカ州において研修を行う。", DG_TYPE_PLACE, "ナリカ州",
     "place:ナリカ州", NULL, NULL},
    {F(JA_HEADS), "カンボジア東北部ソムロン州で実施する。", DG_TYPE_PLACE, "ソムロン州",
     "place:ソムロン州", NULL, NULL},
    /* province_type: katakana and 省 alone name a province; drop_country_prefix: the
     * country that begins its word is none; near misses: a ministry, a country and ・ */
    {F(JA_HEADS), "タイクオン省で研修を行う。", DG_TYPE_PLACE, "タイクオン省",
     "place:タイクオン省", NULL, NULL},
    {F(JA_HEADS), "タイクオン省で研修を行う。", DG_TYPE_ORGANIZATION, "タイクオン省", NULL, NULL,
     NULL},
    {F(JA_HEADS), "タイクオン省で研修を行う。", DG_TYPE_COUNTRY, "タイ", NULL, NULL, NULL},
    {F(JA_HEADS), "タイ外務省と協議した。", DG_TYPE_PLACE, "タイ外務省", NULL, NULL, NULL},
    {F(JA_HEADS), "インドネシア・ナリカ州で研修を行う。", DG_TYPE_COUNTRY, "インドネシア",
     "country:IDN", NULL, NULL},
    {F(JA_HEADS), "ラオス北部ナリカ州において研修を行う。", DG_TYPE_PLACE, "ラオス北部ナリカ州",
     NULL, NULL, NULL},
    {F(JA_HEADS), "中部ナリカ州において研修を行う。", DG_TYPE_PLACE, "中部ナリカ州",
     "place:中部ナリカ州", NULL, NULL},
    /* names_people_office.c: a family name alone is the person in office at its time */
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "2024年10月11日\nマルコス大統領と会談した。",
     DG_TYPE_PERSON, "マルコス", "person:ferdinand-marcos-jr", "フェルディナンド・マルコス・ジュニア",
     "Ferdinand Marcos Jr."},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "1975年3月1日\nマルコス大統領と会談した。",
     DG_TYPE_PERSON, "マルコス", "person:ferdinand-marcos", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "2008年5月1日\n福田総理が出席した。",
     DG_TYPE_PERSON, "福田", "person:yasuo-fukuda", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE),
     "Our report.\nAt the summit on April 11, 2024, President Marcos spoke.", DG_TYPE_PERSON,
     "Marcos", "person:ferdinand-marcos-jr", NULL, NULL},
    /* no office's title: an ambassador named Fukuda in 2008 is no prime minister */
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "2008年5月1日\n福田大使が出席した。",
     DG_TYPE_PERSON, "福田", "person:福田", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "2008年5月1日\n福田大統領が出席した。",
     DG_TYPE_PERSON, "福田", "person:福田", NULL, NULL},
    /* no date, a date outside every term, two people of the name in office at its dates */
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "マルコス大統領と会談した。", DG_TYPE_PERSON,
     "マルコス", "person:マルコス", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE), "1995年3月1日\nマルコス大統領と会談した。",
     DG_TYPE_PERSON, "マルコス", "person:マルコス", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE),
     "In 1975 and again in 2023, President Marcos came to Tokyo.", DG_TYPE_PERSON, "Marcos",
     "person:marcos", NULL, NULL},
    /* names_coref.c: a series' name in parentheses right after one of its instances is
       that instance; written alone it stays the series */
    {HEADS | F(COREF), "The 9th Japan-Pacific Islands Defense Dialogue (JPIDD) was held in Tokyo.",
     DG_TYPE_MEETING, "JPIDD", "meeting:jpidd:9", NULL, NULL},
    {HEADS | F(COREF), "The Japan-Pacific Islands Defense Dialogue (JPIDD) was held in Tokyo.",
     DG_TYPE_MEETING, "JPIDD", "meeting:jpidd", NULL, NULL},
    /* names_gloss_variant.c: a meeting's name without the gloss in parentheses inside it
       is that meeting; near misses: another name, a gloss at the name's end */
    {HEADS | F(COREF), "第9回ASEANプラス3(日中韓)観光相会議が開かれた。会議は「第9回ASEANプラス3観光相会議共同声明」を採択した。",
     DG_TYPE_MEETING, "第9回ASEANプラス3観光相会議", "meeting:第9回aseanプラス3(日中韓)観光相会議", NULL, NULL},
    {HEADS | F(COREF), "第9回ASEANプラス3(日中韓)観光相会議が開かれた。会議は「第9回ASEANプラス3環境相会議共同声明」を想起した。",
     DG_TYPE_MEETING, "第9回ASEANプラス3環境相会議", "meeting:第9回aseanプラス3環境相会議", NULL, NULL},
    /* "the Forum" before another capitalized word only begins a longer name, unless that
     * word is a meeting's head too (the Forum Meeting) */
    {HEADS | F(COREF), "The 9th Pacific Ocean Forum was held. Ministers met at the Forum Secretariat Office.",
     DG_TYPE_MEETING, "the Forum", NULL, NULL, NULL},
    {HEADS | F(COREF), "The 9th Pacific Ocean Forum was held. They thanked the Forum Meeting hosts.",
     DG_TYPE_MEETING, "the Forum", "meeting:9th-pacific-ocean-forum", NULL, NULL},
    {HEADS | F(COREF), "The 9th Dialogue was held. JPIDD is an annual forum.", DG_TYPE_MEETING,
     "JPIDD", "meeting:jpidd", NULL, NULL},
    /* names_bodies.c: a body attended is its meeting; its other mentions stay the body's */
    {F(BODIES), "The Prime Minister will attend the Pacific Islands Forum in Rarotonga.",
     DG_TYPE_MEETING, "Pacific Islands Forum", "meeting:pacific-islands-forum",
     "太平洋諸島フォーラム", "Pacific Islands Forum"},
    {F(BODIES), "Ministers took part in the United Nations General Assembly.", DG_TYPE_MEETING,
     "United Nations General Assembly", "meeting:united-nations-general-assembly", NULL, NULL},
    {F(BODIES), "外相は国連総会に出席した。", DG_TYPE_MEETING, "国連総会",
     "meeting:united-nations-general-assembly", "国連総会", "United Nations General Assembly"},
    {F(BODIES), "太平洋諸島フォーラム(PIF)に参加した。", DG_TYPE_MEETING, "PIF",
     "meeting:pacific-islands-forum", NULL, NULL},
    {F(BODIES), "The Pacific Islands Forum welcomed the plan.", DG_TYPE_MEETING,
     "Pacific Islands Forum", NULL, NULL, NULL},
    {F(BODIES), "The Pacific Islands Forum welcomed the plan.", DG_TYPE_GROUP,
     "Pacific Islands Forum", "group:PIF", NULL, NULL},
    /* "Pacific Island Forum", as transcripts often write it, is the same group, no meeting */
    {F(BODIES), "The Pacific Island Forum welcomed the plan.", DG_TYPE_GROUP,
     "Pacific Island Forum", "group:PIF", NULL, NULL},
    {F(BODIES), "The Pacific Island Forum welcomed the plan.", DG_TYPE_MEETING,
     "Pacific Island Forum", NULL, NULL, NULL},
    {F(BODIES), "Australia will attend ASEAN meetings.", DG_TYPE_MEETING, "ASEAN", NULL, NULL,
     NULL},
    {F(BODIES), "Officials attended the Asian Development Bank seminar.", DG_TYPE_MEETING,
     "Asian Development Bank", NULL, NULL, NULL},
    /* a body held is its session, whatever its name (one no dictionary lists too); not a
       body that holds */
    {HEADS | F(BODIES), "The Ocean Committee on Reef Safety, held in Suva on 2 May 2024, ended.",
     DG_TYPE_MEETING, "Ocean Committee on Reef Safety", "meeting:ocean-committee-on-reef-safety",
     NULL, NULL},
    {F(BODIES), "The Asian Development Bank held its annual meeting in Manila.", DG_TYPE_MEETING,
     "Asian Development Bank", NULL, NULL, NULL},
    /* held_after.tsv: the Japanese passive or object of holding; near miss: the body that
     * holds (が開催した) */
    {HEADS | F(BODIES), "日ASEAN海洋協力委員会が開催された。", DG_TYPE_MEETING,
     "日ASEAN海洋協力委員会", "meeting:日asean海洋協力委員会", NULL, NULL},
    {HEADS | F(BODIES), "日ASEAN海洋協力委員会が開催したセミナーに参加した。", DG_TYPE_MEETING,
     "日ASEAN海洋協力委員会", NULL, NULL, NULL},
    /* names_record.c numbered_session: a body counted by 第N回 is its session, a meeting;
     * near miss: the body itself */
    {F(JA_HEADS), "第3回日ASEAN海洋協力委員会が開かれた。", DG_TYPE_MEETING,
     "第3回日ASEAN海洋協力委員会", "meeting:第3回日asean海洋協力委員会", NULL, NULL},
    {F(JA_HEADS), "日ASEAN海洋協力委員会が発足した。", DG_TYPE_MEETING, "日ASEAN海洋協力委員会",
     NULL, NULL, NULL},
    /* a Council " of " a day is its session that day; near misses: no day, no date */
    {HEADS | F(BODIES), "The plan was adopted at the Trade Affairs Council of 22 June 2015.",
     DG_TYPE_MEETING, "Trade Affairs Council", "meeting:trade-affairs-council", NULL, NULL},
    {HEADS | F(BODIES), "The plan was adopted at the Trade Affairs Council of June 2015.",
     DG_TYPE_MEETING, "Trade Affairs Council", NULL, NULL, NULL},
    {HEADS | F(BODIES), "The Trade Affairs Council of Fiji adopted the plan.",
     DG_TYPE_MEETING, "Trade Affairs Council", NULL, NULL, NULL},
    /* names_foreign.c: another country's ministry by its generic name */
    {F(FOREIGN_ORGS), "・ミャンマー:非政治的代表として外務省の高官が出席", DG_TYPE_ORGANIZATION,
     "外務省", "org:mofa-myanmar", "ミャンマー外務省", NULL},
    {F(FOREIGN_ORGS), "ミャンマーの外務省が声明を出した。", DG_TYPE_ORGANIZATION, "外務省",
     "org:mofa-myanmar", NULL, NULL},
    {F(FOREIGN_ORGS), "・モーリシャス:外務省の次官が出席", DG_TYPE_ORGANIZATION, "外務省",
     "org:モーリシャス外務省", "モーリシャス外務省", NULL},
    {HEADS | F(FOREIGN_ORGS), "Myanmar's Ministry of Foreign Affairs issued a statement.",
     DG_TYPE_ORGANIZATION, "Ministry of Foreign Affairs", "org:mofa-myanmar", NULL, NULL},
    {F(FOREIGN_ORGS), "・日本:外務省の局長が出席", DG_TYPE_ORGANIZATION, "外務省", "org:mofa",
     NULL, NULL},
    {F(FOREIGN_ORGS), "・ミャンマー:日本の外務省が支援した。", DG_TYPE_ORGANIZATION, "外務省",
     "org:mofa", NULL, NULL},
    {F(FOREIGN_ORGS), "ミャンマーとの協議に外務省が参加した。", DG_TYPE_ORGANIZATION, "外務省",
     "org:mofa", NULL, NULL},
    {F(FOREIGN_ORGS), "・ミャンマー:JICAの専門家が出席", DG_TYPE_ORGANIZATION, "JICA",
     "org:jica", NULL, NULL},
    /* names_short.c: a name again without the parties that open it */
    {HEADS | F(SHORT_FORMS),
     "日ASEANブルーオーシャン協力イニシアティブを発表した。ブルーオーシャン協力イニシアティブの案件を選んだ。",
     DG_TYPE_PROGRAM, "ブルーオーシャン協力イニシアティブ",
     "program:日aseanブルーオーシャン協力イニシアティブ", "日ASEANブルーオーシャン協力イニシアティブ", NULL},
    {HEADS | F(SHORT_FORMS),
     "日ASEANブルーオーシャン協力イニシアティブと日米ブルーオーシャン協力イニシアティブを発表した。"
     "ブルーオーシャン協力イニシアティブの案件を選んだ。",
     DG_TYPE_PROGRAM, "ブルーオーシャン協力イニシアティブ", "program:ブルーオーシャン協力イニシアティブ",
     NULL, NULL},
    /* unit_without_head: an organization's unit, then an office no head word names */
    {F(JA_HEADS), "外務省ヨーロッパ局西欧参事官室が担当する。", DG_TYPE_ORGANIZATION, "ヨーロッパ局",
     "org:ヨーロッパ局", NULL, NULL},
    {F(JA_HEADS), "外務省ヨーロッパ局西欧課が担当する。", DG_TYPE_ORGANIZATION, "ヨーロッパ局", NULL,
     NULL, NULL},
    {F(JA_HEADS), "カンボジア計画省職員が来日した。", DG_TYPE_ORGANIZATION, "カンボジア計画省",
     "org:カンボジア計画省", NULL, NULL},
    {F(JA_HEADS), "カンボジア計画省職員が来日した。", DG_TYPE_ORGANIZATION, "カンボジア計画省職員",
     NULL, NULL, NULL},
    /* take_quote: a quoted segment right before the head */
    {F(JA_HEADS), "「青い海」協力イニシアティブを発表した。", DG_TYPE_PROGRAM,
     "「青い海」協力イニシアティブ", "program:青い海協力イニシアティブ", NULL, NULL},
    {F(JA_HEADS), "「青い海」の協力イニシアティブを発表した。", DG_TYPE_PROGRAM,
     "「青い海」の協力イニシアティブ", NULL, NULL, NULL},
    /* stops_at_known: a known organization before an organization's head (a unit of it),
     * a person before any head */
    {F(JA_HEADS), "外務省国際協力局が担当する。", DG_TYPE_ORGANIZATION, "国際協力局",
     "org:国際協力局", NULL, NULL},
    {F(JA_HEADS), "外務省国際協力局が担当する。", DG_TYPE_ORGANIZATION, "外務省国際協力局", NULL,
     NULL, NULL},
    {F(JA_HEADS), "山田太郎外務大臣防災イニシアティブ", DG_TYPE_PROGRAM,
     "山田太郎外務大臣防災イニシアティブ", "program:山田太郎外務大臣防災イニシアティブ", NULL,
     NULL},
    {F(JA_PEOPLE) | F(JA_HEADS), "山田太郎外務大臣防災イニシアティブ", DG_TYPE_PROGRAM,
     "山田太郎外務大臣防災イニシアティブ", NULL, NULL, NULL},
    /* take_gloss: a name with its acronym in parentheses joins the name */
    {F(JA_HEADS), "メコン水資源協力機構(MWRC)閣僚会合を開催した。", DG_TYPE_MEETING,
     "メコン水資源協力機構(MWRC)閣僚会合", "meeting:メコン水資源協力機構(mwrc)閣僚会合", NULL,
     NULL},
    {F(JA_HEADS), "太平洋漁業機構(第2版)閣僚会合を開催した。", DG_TYPE_MEETING,
     "太平洋漁業機構(第2版)閣僚会合", NULL, NULL, NULL},
    /* take_year: a year may begin an official name; a month ends it */
    {F(JA_HEADS), "2030年東京国際博覧会協会へ派遣する。", DG_TYPE_ORGANIZATION,
     "2030年東京国際博覧会協会", "org:2030年東京国際博覧会協会", NULL, NULL},
    {F(JA_HEADS), "2030年5月東京国際博覧会協会へ派遣する。", DG_TYPE_ORGANIZATION,
     "2030年5月東京国際博覧会協会", NULL, NULL, NULL},
    /* country_organization: a country's armed force or ministry after の */
    {F(JA_HEADS), "ベトナムの海軍と訓練した。", DG_TYPE_ORGANIZATION, "ベトナムの海軍",
     "org:ベトナムの海軍", NULL, NULL},
    /* loan_names (loan_heads.tsv): plain words before 円借款 name a loan; near misses: one
     * word before it, a prefix touching the words */
    {F(JA_HEADS), "政府は災害復興支援円借款を供与した。", DG_TYPE_PROGRAM, "災害復興支援円借款",
     "program:災害復興支援円借款", NULL, NULL},
    {F(JA_HEADS), "政府は上記円借款を供与した。", DG_TYPE_PROGRAM, "上記円借款", NULL, NULL, NULL},
    /* purpose_start (name_purposes.tsv): a program's name goes left over a clause of
     * purpose or topic (…に向けた, …に関する), also when no noun stands before its head;
     * near misses: a clause with a verb of its own (世界遺産を抱える), a bracket */
    {F(JA_HEADS), "②水産業の持続的な発展などに向けた経済社会開発計画(供与額2億円)を供与する。",
     DG_TYPE_PROGRAM, "水産業の持続的な発展などに向けた経済社会開発計画",
     "program:水産業の持続的な発展などに向けた経済社会開発計画", NULL, NULL},
    {F(JA_HEADS), "(2) インドにおける持続可能な開発目標に向けた日印協力行動に関するプログラム(借款金額:153億円)",
     DG_TYPE_PROGRAM, "インドにおける持続可能な開発目標に向けた日印協力行動に関するプログラム",
     "program:インドにおける持続可能な開発目標に向けた日印協力行動に関するプログラム", NULL, NULL},
    {F(JA_HEADS), "①世界遺産を抱えるルアンパバーン市上水道拡張計画(供与限度額9,700万円)を供与する。",
     DG_TYPE_PROGRAM, "世界遺産を抱えるルアンパバーン市上水道拡張計画", NULL, NULL, NULL},
    {F(JA_HEADS), "(供与額2億円)④ラオス政府の財政改善に向けた経済社会開発計画(供与額5億円)",
     DG_TYPE_PROGRAM, "(供与額2億円)④ラオス政府の財政改善に向けた経済社会開発計画", NULL, NULL, NULL},
    /* purpose_start (name_causes.tsv): a clause of cause or means of plain nouns before
     * による or を活用した; near misses: an actor before it (a name), a clause that goes on
     * with の before its nouns */
    {F(JA_HEADS), "[1]地熱を活用した島嶼電力安定化計画(供与限度額7億円)を供与する。",
     DG_TYPE_PROGRAM, "地熱を活用した島嶼電力安定化計画", "program:地熱を活用した島嶼電力安定化計画",
     NULL, NULL},
    {F(JA_HEADS), "[2]土砂災害による道路被害軽減計画(同9億円)を供与する。", DG_TYPE_PROGRAM,
     "土砂災害による道路被害軽減計画", "program:土砂災害による道路被害軽減計画", NULL, NULL},
    {F(JA_HEADS), "ASEANによる道路被害軽減計画(供与額9億円)を供与する。", DG_TYPE_PROGRAM,
     "ASEANによる道路被害軽減計画", NULL, NULL, NULL},
    {F(JA_HEADS), "官民資金の活用による道路被害軽減計画(供与額9億円)を供与する。", DG_TYPE_PROGRAM,
     "活用による道路被害軽減計画", NULL, NULL, NULL},
    /* amount_follows (cofinancing.tsv): the sum after a co-financing marks the program it
     * goes with; a marked head (支援) with its sum; near misses: another word before the sum,
     * 支援 with no sum */
    {F(JA_HEADS), "円借款は電力改革支援計画に対する協調融資(供与限度額30億円)として行われる。",
     DG_TYPE_PROGRAM, "電力改革支援計画", "program:電力改革支援計画", NULL, NULL},
    {F(JA_HEADS), "円借款は電力改革支援計画に対する協力(供与限度額30億円)として行われる。",
     DG_TYPE_PROGRAM, "電力改革支援計画", NULL, NULL, NULL},
    {F(JA_HEADS), "円借款は、および歳入安定化支援(同40億円)として行われる。", DG_TYPE_PROGRAM,
     "歳入安定化支援", "program:歳入安定化支援", NULL, NULL},
    {F(JA_HEADS), "政府は歳入安定化支援を行う。", DG_TYPE_PROGRAM, "歳入安定化支援", NULL, NULL, NULL},
    /* names_next.c: 次回 before a meeting's name or its head alone, "next" before an English
     * name, head " of " name, or a head alone in capitals: a meeting of its own (the next
     * instance of the own dictionary series: 日メコン外相会議 16 -> 17), the series giving
     * way; near misses: 次回 before a numbered name, "next week" */
    {HEADS | F(DESCRIBED), "第2回北洋港湾閣僚会合が開かれた。次回会合は釧路で開催する。",
     DG_TYPE_MEETING, "次回会合", "meeting:次回会合@eb6dd041dbb45dc4", NULL, NULL},
    {HEADS | F(DESCRIBED), "第16回日メコン外相会議が開かれた。次回会合は東京で開催する。",
     DG_TYPE_MEETING, "次回会合", "meeting:mekong-japan-fmm:17", NULL, NULL},
    {HEADS | F(DESCRIBED), "次回の日メコン外相会議は東京で開催する。", DG_TYPE_MEETING,
     "次回の日メコン外相会議", "meeting:次回の日メコン外相会議@961e29b6a3fd58f1", NULL, NULL},
    {HEADS | F(DESCRIBED), "次回の日メコン外相会議は東京で開催する。", DG_TYPE_MEETING,
     "日メコン外相会議", NULL, NULL, NULL},
    {HEADS | F(DESCRIBED), "次回第20回北洋港湾閣僚会合は東京で開催する。", DG_TYPE_MEETING,
     "次回第20回北洋港湾閣僚会合", NULL, NULL, NULL},
    {HEADS | F(DESCRIBED), "Suva to host the next Mekong-Japan Foreign Ministers' Meeting.",
     DG_TYPE_MEETING, "next Mekong-Japan Foreign Ministers' Meeting", "meeting:next-mekong-japan-foreign-ministers-meeting@6c993c20ff36b8cf", NULL, NULL},
    {HEADS | F(DESCRIBED), "The next meeting of the Mekong-Japan Foreign Ministers' Meeting will be held in Suva.",
     DG_TYPE_MEETING, "next meeting of the Mekong-Japan Foreign Ministers' Meeting", "meeting:next-meeting-of-the-mekong-japan-foreign-ministers-meeting@0bb760bda9e7729c", NULL, NULL},
    {HEADS | F(DESCRIBED), "They agreed that the next Meeting will be hosted by Tonga.",
     DG_TYPE_MEETING, "next Meeting", "meeting:next-meeting@9d49733dd2e9a059", NULL, NULL},
    {HEADS | F(DESCRIBED), "They will meet again next week in Suva.", DG_TYPE_MEETING,
     "next week", NULL, NULL, NULL},
    /* future_occasion (names_coref.c): a next meeting is no antecedent of "the Forum" while
     * the own one fits */
    {HEADS | F(DESCRIBED) | F(COREF),
     "Fiji to host the next Mekong-Japan Foreign Ministers' Meeting.\n\nThe 5th Mekong-Japan Foreign Ministers' Meeting was held in Suva. The meeting adopted a plan.",
     DG_TYPE_MEETING, "The meeting", "meeting:mekong-japan-fmm:5", NULL, NULL},
    /* org_meeting: a meeting's compound of plain words after an organization (maybe glossed)
     * and の is its meeting, labelled with it; near miss: no organization before の */
    {F(JA_HEADS), "会合は、アジア開発銀行(ADB)の年次総会に併せて開催された。", DG_TYPE_MEETING,
     "年次総会", "meeting:アジア開発銀行の年次総会@d36bcf79f3081129", "アジア開発銀行の年次総会", NULL},
    {F(JA_HEADS), "会合は、各国の年次総会に併せて開催された。", DG_TYPE_MEETING, "年次総会", NULL,
     NULL, NULL},
    /* topic_names (topic_heads.tsv): a clause of topic of two words or more names an
     * agreement, a memorandum (marked_heads.tsv) or an action plan of plain words, over
     * への and ・; near misses: a clause of one word, a plan (計画 is no topic head) */
    {F(JA_HEADS), "両国は漁業資源の保全に関する協力覚書に署名した。", DG_TYPE_PROGRAM,
     "漁業資源の保全に関する協力覚書", "program:漁業資源の保全に関する協力覚書", NULL, NULL},
    {F(JA_HEADS), "両国は感染症への対応に関する協定に署名した。", DG_TYPE_PROGRAM,
     "感染症への対応に関する協定", "program:感染症への対応に関する協定", NULL, NULL},
    {F(JA_HEADS), "各国は経済・金融の安定回復のための行動計画を採択した。", DG_TYPE_PROGRAM,
     "経済・金融の安定回復のための行動計画", "program:経済・金融の安定回復のための行動計画",
     NULL, NULL},
    {F(JA_HEADS), "両省は協力に関する覚書に署名した。", DG_TYPE_PROGRAM, "協力に関する覚書", NULL,
     NULL, NULL},
    {F(JA_HEADS), "両国は漁業資源の保全に関する計画を示した。", DG_TYPE_PROGRAM,
     "漁業資源の保全に関する計画", NULL, NULL, NULL},
    /* province_type: a place's name MeCab knows before 省 is a province, not a ministry;
     * near miss: a portfolio before 省 */
    {F(JA_HEADS), "中国海南省で会議が開かれた。", DG_TYPE_PLACE, "海南省", "place:海南省", NULL, NULL},
    {F(JA_HEADS), "ラオス計画投資省の代表が出席した。", DG_TYPE_PLACE, "計画投資省", NULL, NULL, NULL},
    /* tail_step: a verb in -ing takes its object with the article; near miss: no -ing */
    {F(EN_HEADS), "It funds the Project for Improving the Rural School Environment.", DG_TYPE_PROGRAM,
     "Project for Improving the Rural School Environment",
     "program:project-for-improving-the-rural-school-environment", NULL, NULL},
    {F(EN_HEADS), "It funds the Project for Roads the Ministry built.", DG_TYPE_PROGRAM,
     "Project for Roads the Ministry", NULL, NULL, NULL},
    /* numbered: "No." or "Number" and a number close a tail; near miss: a number of more
     * than four digits is a count, not a road's */
    {F(EN_HEADS), "It funds the Project for Reconstruction of the Bridges on the National Road No. 9 in Laos.",
     DG_TYPE_PROGRAM, "Project for Reconstruction of the Bridges on the National Road No. 9",
     "program:project-for-reconstruction-of-the-bridges-on-the-national-road-no.-9", NULL, NULL},
    {F(EN_HEADS), "It funds the Project for Improvement of National Road Number 123456 in Laos.",
     DG_TYPE_PROGRAM, "Project for Improvement of National Road Number 123456", NULL, NULL, NULL},
    /* portfolio_start: two portfolios joined by ・ before 大臣; near miss: two countries
     * before 外相 name no one */
    {PEOPLE, "ミャンマーからはタウン・トゥン投資・外国経済関係大臣が参加した。", DG_TYPE_PERSON,
     "タウン・トゥン", "person:タウン・トゥン", NULL, NULL},
    {PEOPLE, "ラオス・タイ外相会談が開かれた。", DG_TYPE_PERSON, "ラオス・タイ", NULL, NULL, NULL},
    {F(JA_HEADS), "機構は開発政策ローンの契約に調印した。", DG_TYPE_PROGRAM, "開発政策ローン",
     "program:開発政策ローン", NULL, NULL},
    {F(JA_HEADS), "機構は上記ローンの契約に調印した。", DG_TYPE_PROGRAM, "上記ローン", NULL, NULL, NULL},
    {F(JA_HEADS), "政府は新災害復興支援借款を供与した。", DG_TYPE_PROGRAM, "災害復興支援借款", NULL,
     NULL, NULL},
    /* office_in_title: a known group's office inside its head's title; near miss: after a
     * plain word */
    {F(JA_HEADS), "式にはASEAN事務局長も出席した。", DG_TYPE_ORGANIZATION, "ASEAN事務局",
     "org:asean-secretariat", NULL, NULL},
    {F(JA_HEADS), "式には総務事務局長も出席した。", DG_TYPE_ORGANIZATION, "総務事務局", NULL, NULL,
     NULL},
    /* shared_heads.tsv: near miss, a head many bodies of a country bear */
    {F(JA_HEADS), "ケニアと日本の大学の交流を進めた。", DG_TYPE_ORGANIZATION, "日本の大学", NULL,
     NULL, NULL},
    {F(JA_HEADS), "ベトナムの省と協議した。", DG_TYPE_ORGANIZATION, "ベトナムの省", NULL, NULL,
     NULL},
    /* extend_over_connector: name_connectors.tsv joins two compounds */
    {F(JA_HEADS), "海洋安全保障に関するASEAN首脳宣言を採択した。", DG_TYPE_PROGRAM,
     "海洋安全保障に関するASEAN首脳宣言", "program:海洋安全保障に関するasean首脳宣言", NULL, NULL},
    {F(JA_HEADS), "海洋安全保障についてのASEAN首脳宣言を採択した。", DG_TYPE_PROGRAM,
     "海洋安全保障についてのASEAN首脳宣言", NULL, NULL, NULL},
    /* skip_joiners: a name never begins with ・ */
    {F(JA_HEADS), "これと・メコン防災イニシアティブを比べた。", DG_TYPE_PROGRAM,
     "メコン防災イニシアティブ", "program:メコン防災イニシアティブ", NULL, NULL},
    {F(JA_HEADS), "これと・メコン防災イニシアティブを比べた。", DG_TYPE_PROGRAM,
     "・メコン防災イニシアティブ", NULL, NULL, NULL},
    /* version_end: a version after the head; two digits are none */
    {F(JA_HEADS), "JICA防災協力イニシアティブ2.0を推進する。", DG_TYPE_PROGRAM,
     "JICA防災協力イニシアティブ2.0", "program:jica防災協力イニシアティブ2.0", NULL, NULL},
    {F(JA_HEADS), "メコン防災イニシアティブ12を推進する。", DG_TYPE_PROGRAM,
     "メコン防災イニシアティブ12", NULL, NULL, NULL},
    /* countries.tsv: an older katakana spelling (ミヤンマー) is the country */
    {0, "ミヤンマーの首相が出席した。", DG_TYPE_COUNTRY, "ミヤンマー", "country:MMR", NULL, NULL},
    /* roman_end: a Roman numeral after the head; near miss: Latin letters go on after it */
    {F(JA_HEADS), "太平洋島嶼協力シンポジウムIIIが開かれた。", DG_TYPE_MEETING,
     "太平洋島嶼協力シンポジウムIII", "meeting:太平洋島嶼協力シンポジウムiii", NULL, NULL},
    {F(JA_HEADS), "太平洋島嶼協力シンポジウムIVANが開かれた。", DG_TYPE_MEETING,
     "太平洋島嶼協力シンポジウムIVAN", NULL, NULL, NULL},
    /* heads.tsv: katakana spelling variants of a head (シンポジューム, カンファランス) */
    {F(JA_HEADS), "太平洋島嶼協力シンポジュームが開かれた。", DG_TYPE_MEETING,
     "太平洋島嶼協力シンポジューム", "meeting:太平洋島嶼協力シンポジューム", NULL, NULL},
    {F(JA_HEADS), "アジア海洋未来カンファランスが開かれた。", DG_TYPE_MEETING,
     "アジア海洋未来カンファランス", "meeting:アジア海洋未来カンファランス", NULL, NULL},
    /* year_range_end: a program's span of years after its head; near miss: years with
     * a kanji unit after them (年度) are a period's */
    {F(JA_HEADS), "メコン防災協力戦略2027-2031を採択した。", DG_TYPE_PROGRAM,
     "メコン防災協力戦略2027-2031", "program:メコン防災協力戦略2027-2031", NULL, NULL},
    {F(JA_HEADS), "メコン防災協力戦略2027-2031年度を採択した。", DG_TYPE_PROGRAM,
     "メコン防災協力戦略2027-2031", NULL, NULL, NULL},
    /* place_ok: katakana before a place head; a count is no place */
    {F(JA_HEADS), "2010年に東ヌサトゥンガラ州クパンで開始した。", DG_TYPE_PLACE,
     "東ヌサトゥンガラ州", "place:東ヌサトゥンガラ州", NULL, NULL},
    {F(JA_HEADS), "フィリピンの全81州に広がった。", DG_TYPE_PLACE, "全81州", NULL, NULL, NULL},
    /* name_like: a generic compound is no name */
    {F(JA_HEADS), "閣僚会合を開いた。", DG_TYPE_MEETING, "閣僚会合", NULL, NULL, NULL},
    /* name_at_head: an ordinal (第五次, 第一回の), a phase or an acronym marks a generic one */
    {F(JA_HEADS), "第五次港湾整備計画を実施する。", DG_TYPE_PROGRAM, "第五次港湾整備計画",
     "program:第五次港湾整備計画", NULL, NULL},
    {F(JA_HEADS), "港湾整備計画を実施する。", DG_TYPE_PROGRAM, "港湾整備計画", NULL, NULL, NULL},
    {F(JA_HEADS), "ビシュケクで第一回の外相会合を開いた。", DG_TYPE_MEETING, "第一回の外相会合",
     "meeting:第1回の外相会合", NULL, NULL},
    {F(JA_HEADS), "第一回の行動計画を策定した。", DG_TYPE_PROGRAM, "第一回の行動計画", NULL, NULL,
     NULL},
    {F(JA_HEADS), "第二回の会合で合意した。", DG_TYPE_MEETING, "第二回の会合", NULL, NULL, NULL},
    {F(JA_HEADS), "(1)港湾改修計画(北岸-南岸間)(第三期)(供与限度額10億円)", DG_TYPE_PROGRAM,
     "港湾改修計画(北岸-南岸間)(第三期)", "program:港湾改修計画(北岸-南岸間)(第三期)", NULL, NULL},
    {F(JA_HEADS), "(1)港湾改修計画(北岸-南岸間)(供与限度額10億円)", DG_TYPE_PROGRAM,
     "港湾改修計画", NULL, NULL, NULL},
    {F(JA_HEADS), "昨年の次官級会合(VMM)で合意した。", DG_TYPE_MEETING, "次官級会合",
     "meeting:次官級会合", NULL, NULL},
    {F(JA_HEADS), "昨年の次官級会合で合意した。", DG_TYPE_MEETING, "次官級会合", NULL, NULL, NULL},
    /* compound_goes_on, heads.tsv: 会議所 is an organization's head, so no meeting in it */
    {F(JA_HEADS), "バンコク日本人商工会議所が参加した。", DG_TYPE_ORGANIZATION,
     "バンコク日本人商工会議所", "org:バンコク日本人商工会議所", NULL, NULL},
    {F(JA_HEADS), "バンコク日本人商工会議所が参加した。", DG_TYPE_MEETING,
     "バンコク日本人商工会議", NULL, NULL, NULL},
    /* surname_opens_unit: a family name opening a bureau's compound is no part of it;
     * near miss: a body with no bureau's unit keeps its first word */
    {F(JA_HEADS), "出席者:佐藤水資源局国際連携課国際調整室長、他", DG_TYPE_ORGANIZATION,
     "佐藤水資源局国際連携課", NULL, NULL, NULL},
    {F(JA_HEADS), "出席者:吉岡国際交流協会、他", DG_TYPE_ORGANIZATION, "吉岡国際交流協会",
     "org:吉岡国際交流協会", NULL, NULL},
    /* inside_building, buildings.tsv: a meeting head opening a room's word (会議室) names no
     * meeting; near miss: the meeting held in that room keeps its name */
    {F(JA_HEADS), "場所:県庁 第3特別会議室", DG_TYPE_MEETING, "第3特別会議", NULL, NULL, NULL},
    {F(JA_HEADS), "第3回日タイ農業協力会議を県庁第1会議室で開いた。", DG_TYPE_MEETING,
     "第3回日タイ農業協力会議", "meeting:第3回日タイ農業協力会議", NULL, NULL},
    /* name_stops.tsv: オブザーバー in a heading of participants makes no body's name; near
     * miss: a body named next to it */
    {F(JA_HEADS), "2.出席国・オブザーバー・国際機関:", DG_TYPE_ORGANIZATION,
     "出席国・オブザーバー・国際機関", NULL, NULL, NULL},
    {F(JA_HEADS), "オブザーバーとしてメコン川流域開発機構が参加した。", DG_TYPE_ORGANIZATION,
     "メコン川流域開発機構", "org:メコン川流域開発機構", NULL, NULL},
    /* name_stops.tsv: 首都 is a descriptor before a place, no part of its name */
    {F(JA_HEADS), "首都トゥルカ市を訪れた。", DG_TYPE_PLACE, "トゥルカ市", "place:トゥルカ市", NULL,
     NULL},
    {F(JA_HEADS), "首都トゥルカ市を訪れた。", DG_TYPE_PLACE, "首都トゥルカ市", NULL, NULL, NULL},
    /* sub_part_end: a numbered part after a program's head and ・ */
    {F(JA_HEADS), "人材育成構築プログラム・サブプログラム2を実施する。", DG_TYPE_PROGRAM,
     "人材育成構築プログラム・サブプログラム2", "program:人材育成構築プログラム・サブプログラム2",
     NULL, NULL},
    {F(JA_HEADS), "人材育成構築プログラム・研修を実施する。", DG_TYPE_PROGRAM,
     "人材育成構築プログラム・研修", NULL, NULL, NULL},
    /* take_year: a year and a program's head alone; not a fiscal year */
    {F(JA_HEADS), "国連は2030年アジェンダを採択した。", DG_TYPE_PROGRAM, "2030年アジェンダ",
     "program:2030年アジェンダ", NULL, NULL},
    {F(JA_HEADS), "2024年度計画を策定した。", DG_TYPE_PROGRAM, "2024年度計画", NULL, NULL, NULL},
    /* extend_over_connector: における goes over a plain compound, not over a known
     * organization (where the meeting is held) */
    {F(JA_HEADS), "宇宙領域におけるASEAN協力セミナーを開いた。", DG_TYPE_MEETING,
     "宇宙領域におけるASEAN協力セミナー", "meeting:宇宙領域におけるasean協力セミナー", NULL, NULL},
    {F(JA_HEADS), "JICAにおけるASEAN協力セミナーを開いた。", DG_TYPE_MEETING,
     "ASEAN協力セミナー", "meeting:asean協力セミナー", NULL, NULL},
    {F(JA_HEADS), "JICAにおけるASEAN協力セミナーを開いた。", DG_TYPE_MEETING,
     "JICAにおけるASEAN協力セミナー", NULL, NULL, NULL},
    /* extend_over_connector: an organization over a purpose connector (のための), not over
     * a place's における; never before an ordinal */
    {F(JA_HEADS), "災害医療のためのASEAN研修センターが開所した。", DG_TYPE_ORGANIZATION,
     "災害医療のためのASEAN研修センター", "org:災害医療のためのasean研修センター", NULL, NULL},
    {F(JA_HEADS), "災害医療のためのASEAN研修センターが開所した。", DG_TYPE_ORGANIZATION,
     "ASEAN研修センター", NULL, NULL, NULL},
    {F(JA_HEADS), "東シナ海におけるトンガ海軍との演習を行った。", DG_TYPE_ORGANIZATION,
     "トンガ海軍", "org:トンガ海軍", NULL, NULL},
    {F(JA_HEADS), "東シナ海におけるトンガ海軍との演習を行った。", DG_TYPE_ORGANIZATION,
     "東シナ海におけるトンガ海軍", NULL, NULL, NULL},
    /* extend_over_connector: a place or country alone before における is the venue */
    {F(JA_HEADS), "外相はバンコクにおける日メコン外相会議に出席した。", DG_TYPE_MEETING,
     "バンコクにおける日メコン外相会議", NULL, NULL, NULL},
    {F(JA_HEADS), "外相はタイ・バンコクにおける日メコン海洋協力会議に出席した。", DG_TYPE_MEETING,
     "日メコン海洋協力会議", "meeting:日メコン海洋協力会議", NULL, NULL},
    {F(JA_HEADS), "外相はバンコクにおける日メコン海洋協力会議に出席した。", DG_TYPE_PLACE,
     "バンコク", "place:bangkok", NULL, NULL},
    {F(JA_HEADS), "外相はバンコク港湾におけるASEAN協力セミナーに出席した。", DG_TYPE_MEETING,
     "バンコク港湾におけるASEAN協力セミナー", "meeting:バンコク港湾におけるasean協力セミナー",
     NULL, NULL},
    {F(JA_HEADS), "同構想の枠組みにおける第3回閣僚会合を開いた。", DG_TYPE_MEETING, "第3回閣僚会合",
     "meeting:第3回閣僚会合", NULL, NULL},
    {F(JA_HEADS), "同構想の枠組みにおける第3回閣僚会合を開いた。", DG_TYPE_MEETING,
     "枠組みにおける第3回閣僚会合", NULL, NULL, NULL},
    /* group_name_at: a group head after a group and countries only */
    {F(JA_HEADS), "外相は日メコン協力の成果を確認した。", DG_TYPE_PROGRAM, "日メコン協力",
     "program:日メコン協力", NULL, NULL},
    /* paren_inside: a parenthesis inside a quoted name, more of the name after it, is the
     * name's; near miss: a gloss at the end is cut off */
    /* phase_closes: a phase in parentheses closing the quote after a head (第一期, フェーズ2)
     * is the name's, a parenthesis inside too; near miss: what is no phase (2号線) */
    {HEADS, "「北山都市鉄道(2号線)整備計画(第一期)」に署名した。", DG_TYPE_PROGRAM,
     "北山都市鉄道(2号線)整備計画(第一期)", "program:北山都市鉄道(2号線)整備計画(第一期)", NULL,
     NULL},
    {HEADS, "「省エネ推進融資計画(フェーズ2)」に署名した。", DG_TYPE_PROGRAM,
     "省エネ推進融資計画(フェーズ2)", "program:省エネ推進融資計画(フェーズ2)", NULL, NULL},
    {HEADS, "「省エネ推進融資計画(2号線)」に署名した。", DG_TYPE_PROGRAM,
     "省エネ推進融資計画(2号線)", NULL, NULL, NULL},
    /* dgn_ja_quoted, before_year: a year closing a quoted name after its head, a space of
     * the name kept; near miss: a place and a year in quotes name nothing */
    /* heads.tsv and marked_heads.tsv: 覚書, 協力覚書 (a memorandum) name one only inside its
     * quotes or when marked; near misses: the bare word, a memorandum on a quoted project */
    {F(JA_QUOTED), "両大臣は「水資源管理に関する協力覚書」に署名した。", DG_TYPE_PROGRAM,
     "水資源管理に関する協力覚書", "program:水資源管理に関する協力覚書", NULL, NULL},
    {F(JA_QUOTED) | F(JA_HEADS), "両大臣は覚書に署名した。", DG_TYPE_PROGRAM, "覚書", NULL, NULL,
     NULL},
    {F(JA_QUOTED) | F(JA_HEADS), "両者は「メコン地域協力プロジェクト」に関する覚書に署名した。",
     DG_TYPE_PROGRAM, "「メコン地域協力プロジェクト」に関する覚書", NULL, NULL, NULL},
    {F(JA_QUOTED), "日本は「日メコン AI協力計画2030」を提案した。", DG_TYPE_PROGRAM,
     "日メコン AI協力計画2030", "program:日メコン-ai協力計画2030", NULL, NULL},
    {F(JA_QUOTED), "「北九州2030」を開催した。", DG_TYPE_PROGRAM, "北九州2030", NULL, NULL, NULL},
    /* dgn_ja_quoted, adopted_phrase: a quoted phrase with no head word that a verb of
     * adopting takes, after it or before it, is a program; near misses: a verb of another
     * kind after or before it */
    {F(JA_QUOTED), "会合では「メコン地域における物流網の構築」が採択された。", DG_TYPE_PROGRAM,
     "メコン地域における物流網の構築", "program:メコン地域における物流網の構築", NULL, NULL},
    {F(JA_QUOTED), "会合では「メコン地域における物流網の構築」について議論した。",
     DG_TYPE_PROGRAM, "メコン地域における物流網の構築", NULL, NULL, NULL},
    {F(JA_QUOTED), "前回会合で合意された「海洋ごみ削減のための地域協力」を確認した。",
     DG_TYPE_PROGRAM, "海洋ごみ削減のための地域協力", "program:海洋ごみ削減のための地域協力",
     NULL, NULL},
    {F(JA_QUOTED), "前回会合で議論された「海洋ごみ削減のための地域協力」を確認した。",
     DG_TYPE_PROGRAM, "海洋ごみ削減のための地域協力", NULL, NULL, NULL},
    /* dgn_ja_quoted: a quote ending in a place's head word (都市) names no place; near miss:
     * one ending in a meeting's head is a meeting */
    {F(JA_QUOTED), "両市は「メコン交流都市」として提携した。", DG_TYPE_PLACE, "メコン交流都市", NULL,
     NULL, NULL},
    {F(JA_QUOTED), "「メコン交流都市会議」が開かれた。", DG_TYPE_MEETING, "メコン交流都市会議",
     "meeting:メコン交流都市会議", NULL, NULL},
    {F(JA_QUOTED), "「日本・太平洋島嶼(12カ国)諸国外相会議」が開かれた。", DG_TYPE_MEETING,
     "日本・太平洋島嶼(12カ国)諸国外相会議", "meeting:日本・太平洋島嶼(12カ国)諸国外相会議", NULL,
     NULL},
    {F(JA_QUOTED), "「太平洋島嶼協力基金(PICF)」を活用する。", DG_TYPE_PROGRAM,
     "太平洋島嶼協力基金(PICF)", NULL, NULL, NULL},
    {F(JA_QUOTED), "「太平洋島嶼協力基金(PICF)」を活用する。", DG_TYPE_PROGRAM,
     "太平洋島嶼協力基金", "program:太平洋島嶼協力基金", NULL, NULL},
    /* names_quoted.c, aid_form_ending: a quote ending in a form of aid a dictionary lists
     * names that loan; near miss: the form of aid not at the end */
    {F(JA_QUOTED), "「保健危機対応緊急支援円借款」に調印した。", DG_TYPE_PROGRAM,
     "保健危機対応緊急支援円借款", "program:保健危機対応緊急支援円借款", NULL, NULL},
    {F(JA_QUOTED), "「円借款の成果」を報告した。", DG_TYPE_PROGRAM, "円借款の成果", NULL, NULL,
     NULL},
    /* one_compound, adopted_after: one compound noun quoted before a verb of adopting;
     * near misses: another verb, words with particles */
    {F(JA_QUOTED), "両国は「作業工程表」を策定した。", DG_TYPE_PROGRAM, "作業工程表",
     "program:作業工程表", NULL, NULL},
    {F(JA_QUOTED), "両国は「作業工程表」を紹介した。", DG_TYPE_PROGRAM, "作業工程表", NULL, NULL,
     NULL},
    {F(JA_QUOTED), "両国は「共に進む」に合意した。", DG_TYPE_PROGRAM, "共に進む", NULL, NULL,
     NULL},
    /* before_year: a year or a span of years closes a quoted name after its head; near
     * miss: the head alone before the years */
    {F(JA_QUOTED), "両国は「海洋協力作業計画2025−2026」を取りまとめた。", DG_TYPE_PROGRAM,
     "海洋協力作業計画2025-2026", "program:海洋協力作業計画2025-2026", NULL, NULL},
    {F(JA_QUOTED), "両国は「海洋協力作業計画2025-2026」を取りまとめた。", DG_TYPE_PROGRAM,
     "海洋協力作業計画2025-2026", "program:海洋協力作業計画2025-2026", NULL, NULL},
    {F(JA_QUOTED), "両国は「計画2025-2026」を取りまとめた。", DG_TYPE_PROGRAM,
     "計画2025-2026", NULL, NULL, NULL},
    /* counted_before: a program's head word alone, quoted after a count, is the
     * document's own program; near misses: no count, a count of a meeting's head */
    {F(JA_QUOTED), "会合は12項目の「行動計画」を発表した。", DG_TYPE_PROGRAM, "行動計画",
     "program:行動計画@b5783479331ab0a0", NULL, NULL},
    {F(JA_QUOTED), "会合は「行動計画」を発表した。", DG_TYPE_PROGRAM, "行動計画", NULL, NULL,
     NULL},
    {F(JA_QUOTED), "大臣は3件の「会議」に出席した。", DG_TYPE_MEETING, "会議", NULL, NULL, NULL},
    /* group_head_modifiers.tsv: a kind of cooperation described is no framework's name */
    {F(JA_HEADS), "外相は二本柱による日メコン協力を提案した。", DG_TYPE_PROGRAM, "日メコン協力",
     NULL, NULL, NULL},
    {F(JA_HEADS), "外相は今後の日メコン協力を議論した。", DG_TYPE_PROGRAM, "日メコン協力", NULL,
     NULL, NULL},
    {F(JA_HEADS), "外相は日米協力の成果を確認した。", DG_TYPE_PROGRAM, "日米協力", NULL, NULL, NULL},
    /* mecab_organizations: MeCab's own organizations of four characters or more */
    {F(JA_HEADS), "東海旅客鉄道と協議した。", DG_TYPE_ORGANIZATION, "東海旅客鉄道",
     "org:東海旅客鉄道", NULL, NULL},
    {F(JA_HEADS), "国防省と協議した。", DG_TYPE_ORGANIZATION, "国防省", NULL, NULL, NULL},
    /* building_name: one that opens with a word of buildings.tsv is a building, a place */
    {F(JA_HEADS), "会場はホテルオークラとした。", DG_TYPE_PLACE, "ホテルオークラ", "place:ホテルオークラ",
     NULL, NULL},
    {F(JA_HEADS), "会場はホテルオークラとした。", DG_TYPE_ORGANIZATION, "ホテルオークラ", NULL, NULL, NULL},
    /* title_across_end: near miss, a clipped university's name where a title begins */
    {F(JA_HEADS), "郵便電気通信大臣と協議した。", DG_TYPE_ORGANIZATION, "電気通信大", NULL, NULL,
     NULL},

    /* names_quoted.c: a quote ending in a head, particles inside, cut at a colon */
    {F(JA_QUOTED), "「海洋ごみ削減のための日太平洋行動計画」を採択した。", DG_TYPE_PROGRAM,
     "海洋ごみ削減のための日太平洋行動計画", "program:海洋ごみ削減のための日太平洋行動計画", NULL,
     NULL},
    {F(JA_QUOTED), "「島嶼国の海洋協力イニシアティブ:ブルー」を始めた。", DG_TYPE_PROGRAM,
     "島嶼国の海洋協力イニシアティブ", "program:島嶼国の海洋協力イニシアティブ", NULL, NULL},
    {F(JA_QUOTED), "「『青い海』のための行動計画」を採択した。", DG_TYPE_PROGRAM,
     "『青い海』のための行動計画", NULL, NULL, NULL},
    {F(JA_QUOTED), "「行動計画」を採択した。", DG_TYPE_PROGRAM, "行動計画", NULL, NULL, NULL},
    /* en_quoted: an English title after a head noun and a title word */
    {F(JA_QUOTED), "He will open a side event titled, “Ocean Disputes – Lessons of the Pacific”.",
     DG_TYPE_MEETING, "Ocean Disputes - Lessons of the Pacific",
     "meeting:ocean-disputes-lessons-of-the-pacific", NULL, NULL},
    {F(JA_QUOTED), "He will open a side event on “Ocean Disputes – Lessons of the Pacific”.",
     DG_TYPE_MEETING, "Ocean Disputes - Lessons of the Pacific", NULL, NULL, NULL},
    {F(JA_QUOTED), "They held a seminar entitled \"Reef Futures\" in Suva.", DG_TYPE_MEETING,
     "Reef Futures", "meeting:reef-futures", NULL, NULL},
    /* en_quoted: a title-cased title right after a meeting's head noun in lower case, from
     * the ordinal of "Nth session of the" when there; near misses: a quoted sentence after
     * the noun, and a capitalized noun (part of a name already) */
    {F(JA_QUOTED), "Dili hosted the 3rd session of the forum \xE2\x80\x9CTimor-Leste \xE2\x80\x93 Pacific\xE2\x80\x9D on Monday.",
     DG_TYPE_MEETING, "3rd session of the forum \"Timor-Leste - Pacific\"",
     "meeting:3rd-session-of-the-forum-timor-leste-pacific", NULL, NULL},
    {F(JA_QUOTED), "Ministers met at the conference \"Pacific Ocean Futures\" in Suva.",
     DG_TYPE_MEETING, "Pacific Ocean Futures", "meeting:pacific-ocean-futures", NULL, NULL},
    {F(JA_QUOTED), "He told the forum \"We must act now on the ocean\" and left.", DG_TYPE_MEETING,
     "We must act now on the ocean", NULL, NULL, NULL},

    /* names_en.c, extend_left: capitalized words before the head */
    /* route_dash: two known places joined by a spaced dash in a tail; near miss: a dash
     * after a plain word */
    {F(EN_HEADS), "The Project for Construction of Bangkok \xE2\x80\x93 Chiang Mai Railway was signed.",
     DG_TYPE_PROGRAM, "Project for Construction of Bangkok - Chiang Mai Railway",
     "program:project-for-construction-of-bangkok-chiang-mai-railway", NULL, NULL},
    {F(EN_HEADS), "The Project for Construction of Roads \xE2\x80\x93 Phase Two was signed.",
     DG_TYPE_PROGRAM, "Project for Construction of Roads - Phase Two", NULL, NULL, NULL},
    /* program_body: "of the" and a body's head word open a program's tail (the body whose
     * text it is); near miss: no article */
    {F(EN_HEADS), "They signed the Reef Declaration of the Council of Heads of State last week.",
     DG_TYPE_PROGRAM, "Reef Declaration of the Council of Heads of State",
     "program:reef-declaration-of-the-council-of-heads-of-state", NULL, NULL},
    {F(EN_HEADS), "They signed the Reef Declaration of Council Members last week.",
     DG_TYPE_PROGRAM, "Reef Declaration of Council Members", NULL, NULL, NULL},
    /* span_after: the years a program runs after "for" or "until"; near miss: one year after
     * "for" */
    {F(EN_HEADS), "They adopted the Reef Plan of Action for 2024-2029 today.", DG_TYPE_PROGRAM,
     "Reef Plan of Action for 2024-2029", "program:reef-plan-of-action-for-2024-2029", NULL, NULL},
    {F(EN_HEADS), "They adopted the Reef Plan of Action for 2011 to 2015 today.", DG_TYPE_PROGRAM,
     "Reef Plan of Action for 2011 to 2015", "program:reef-plan-of-action-for-2011-to-2015", NULL,
     NULL},
    {F(EN_HEADS), "They adopted the Reef Development Strategy until 2035 today.", DG_TYPE_PROGRAM,
     "Reef Development Strategy until 2035", "program:reef-development-strategy-until-2035", NULL,
     NULL},
    {F(EN_HEADS), "They paid into the Reef Trust Fund for 2020 today.", DG_TYPE_PROGRAM,
     "Reef Trust Fund for 2020", NULL, NULL, NULL},
    /* program_topic: a program's head word opens a program's tail as its topic; near miss: a
     * meeting's tail */
    {F(EN_HEADS), "They adopted the Reef Declaration on Partnership and Cooperation last week.",
     DG_TYPE_PROGRAM, "Reef Declaration on Partnership and Cooperation",
     "program:reef-declaration-on-partnership-and-cooperation", NULL, NULL},
    {F(EN_HEADS), "They met at the Reef Summit on Partnership and Cooperation last week.",
     DG_TYPE_MEETING, "Reef Summit on Partnership and Cooperation", NULL, NULL, NULL},
    /* spaced_dash: a spaced dash inside a tail whose capitalized run after it ends in a
     * head word; near miss (above): Phase Two, no head */
    {F(EN_HEADS), "Leaders met at the 3rd Summit of the Reef - Lagoon - Mekong Economic "
     "Cooperation Strategy last week.", DG_TYPE_MEETING,
     "3rd Summit of the Reef - Lagoon - Mekong Economic Cooperation Strategy",
     "meeting:3rd-reef-lagoon-mekong-economic-cooperation-strategy-summit", NULL, NULL},
    /* name_stops.tsv: Signing, Launching begin no name (a release's heading names the
     * event); near miss: the agreement's own name after it stays */
    {F(EN_HEADS), "Signing of Grant Agreement with Tonga: new harbour", DG_TYPE_PROGRAM,
     "Signing of Grant Agreement", NULL, NULL, NULL},
    {F(EN_HEADS), "Signing of the Pacific Ports Framework Agreement with Tonga", DG_TYPE_PROGRAM,
     "Pacific Ports Framework Agreement", "program:pacific-ports-framework-agreement", NULL, NULL},
    /* name_stops.tsv: Billion, Million in a headline's sum belong to no name after it; near
     * miss: the plan named after a sum in lower case */
    {F(EN_HEADS), "Ministers Endorse $64 Billion Project Plan under New Strategy", DG_TYPE_PROGRAM,
     "64 Billion Project Plan", NULL, NULL, NULL},
    {F(EN_HEADS), "The ministers endorsed the $64 billion Mekong Water Project Plan.", DG_TYPE_PROGRAM,
     "Mekong Water Project Plan", "program:mekong-water-project-plan", NULL, NULL},
    /* name_joiners.tsv: "a", "an" as articles in a tail (Partnership for a Resilient
     * Pacific); near miss: a tail in lower case stays out (the Fund for a year) */
    {F(EN_HEADS), "They launched the Partnership for a Resilient Pacific in 2024.", DG_TYPE_PROGRAM,
     "Partnership for a Resilient Pacific", "program:partnership-for-a-resilient-pacific", NULL,
     NULL},
    {F(EN_HEADS), "The Mekong Water Fund for a year supported the plan.", DG_TYPE_PROGRAM,
     "Mekong Water Fund for a year", NULL, NULL, NULL},
    /* heads.tsv: Policy names a program (India's Act East Policy); near miss: a program
     * head ending a body's name names none of its own (Bureau of Defense Policy) */
    {F(EN_HEADS), "Fiji welcomed India\xE2\x80\x99s Act East Policy and the plan.", DG_TYPE_PROGRAM,
     "Act East Policy", "program:act-east-policy", NULL, NULL},
    {F(EN_HEADS), "The Bureau of Defense Policy replied.", DG_TYPE_PROGRAM, "Defense Policy", NULL,
     NULL, NULL},
    {F(EN_HEADS), "They launched the Mekong-Japan Digital Connectivity Partnership in 2024.",
     DG_TYPE_PROGRAM, "Mekong-Japan Digital Connectivity Partnership",
     "program:mekong-japan-digital-connectivity-partnership", NULL,
     "Mekong-Japan Digital Connectivity Partnership"},
    /* Party (heads.tsv): a political party's name; near miss: a lower-case party */
    {F(EN_HEADS), "He met leaders of the Progressive Workers Party (PWP) today.",
     DG_TYPE_ORGANIZATION, "Progressive Workers Party", "org:progressive-workers-party", NULL,
     NULL},
    {F(EN_HEADS), "He met leaders of a third party today.", DG_TYPE_ORGANIZATION,
     "third party", NULL, NULL, NULL},
    /* joined_left: a `before` joiner, as written; "of the" joins nothing before the head */
    /* glossed_lower_heads: a name glossed with its acronym before a head in lower case;
     * not before another word, nor a name of two words */
    {F(EN_HEADS), "It funds the Youth Ambassadors for Regional Development (YARD) programme.",
     DG_TYPE_PROGRAM, "Youth Ambassadors for Regional Development",
     "program:youth-ambassadors-for-regional-development", NULL, NULL},
    {F(EN_HEADS), "It funds the Youth Ambassadors for Regional Development (YARD) volunteers.",
     DG_TYPE_PROGRAM, "Youth Ambassadors for Regional Development", NULL, NULL, NULL},
    {F(EN_HEADS), "It funds the Youth Ambassadors (YA) programme.", DG_TYPE_PROGRAM,
     "Youth Ambassadors", NULL, NULL, NULL},
    /* acronym_and_head (names_acronym.c): the acronym and its head are the name */
    {F(EN_HEADS) | F(ACRONYMS), "It funds the Youth Ambassadors for Regional Development (YARD) "
     "programme. The YARD Programme grew.", DG_TYPE_PROGRAM, "YARD Programme",
     "program:youth-ambassadors-for-regional-development", NULL, NULL},
    /* acronym_in (names_acronym.c): a date in parentheses is no acronym (the plan of
     * that year); near miss: letters and a number that are no date */
    {F(EN_HEADS) | F(ACRONYMS), "They adopted the Riverland Work Plan (FY2019) in Hanoi.",
     DG_TYPE_PROGRAM, "FY2019", NULL, NULL, NULL},
    {F(EN_HEADS) | F(ACRONYMS), "They adopted the Riverland Work Plan (RWP2) in Hanoi. RWP2 grew.",
     DG_TYPE_PROGRAM, "RWP2", "program:riverland-work-plan", NULL, NULL},
    /* other_instance (names_acronym.c): a numbered meeting's acronym after another ordinal
     * is another meeting of the series; near misses: the same ordinal, no ordinal */
    {F(EN_HEADS) | F(ACRONYMS), "The 9th Reef Health Ministers Meeting (RHMM) met in Apia. It "
     "recalled the 8th RHMM held in Suva.", DG_TYPE_MEETING, "8th RHMM",
     "meeting:8th-reef-health-ministers-meeting", "8th Reef Health Ministers Meeting", NULL},
    {F(EN_HEADS) | F(ACRONYMS), "The 9th Reef Health Ministers Meeting (RHMM) met in Apia. It "
     "recalled the Eighth RHMM held in Suva.", DG_TYPE_MEETING, "Eighth RHMM",
     "meeting:8th-reef-health-ministers-meeting", NULL, NULL},
    {F(EN_HEADS) | F(ACRONYMS), "The 9th Reef Health Ministers Meeting (RHMM) met in Apia. The "
     "9th RHMM ended.", DG_TYPE_MEETING, "RHMM", "meeting:9th-reef-health-ministers-meeting", NULL, NULL},
    {F(EN_HEADS) | F(ACRONYMS), "The 9th Reef Health Ministers Meeting (RHMM) met in Apia. The "
     "next RHMM is in Suva.", DG_TYPE_MEETING, "RHMM", "meeting:9th-reef-health-ministers-meeting", NULL, NULL},
    /* own_acronym (names_acronym.c): after a territory, only its own initials name it;
     * near miss: another body's acronym after it (a movement's) */
    {F(ACRONYMS), "Leaders of New Caledonia (NC) met. NC will host.", DG_TYPE_PLACE, "NC",
     "place:new-caledonia", NULL, NULL},
    {F(ACRONYMS), "Leaders of New Caledonia (KLMT) met. KLMT will host.", DG_TYPE_PLACE, "KLMT",
     NULL, NULL, NULL},
    /* paren_after (names_acronym.c): an acronym after a possessive */
    {F(EN_HEADS) | F(ACRONYMS), "The Harbour Lending Agency's (HLA) loan was signed. HLA will "
     "lend more.", DG_TYPE_ORGANIZATION, "HLA", "org:harbour-lending-agency", NULL, NULL},
    /* a title joined on by "of" opens a post, no name (Chief Representative of | ...) */
    {PEOPLE | F(EN_HEADS), "Chief Representative of JICA Kenya Office Aiko Mori spoke.",
     DG_TYPE_ORGANIZATION, "JICA Kenya Office", "org:jica-kenya-office", NULL, NULL},
    {PEOPLE | F(EN_HEADS), "Chief Representative of JICA Kenya Office Aiko Mori spoke.",
     DG_TYPE_ORGANIZATION, "Chief Representative of JICA Kenya Office", NULL, NULL, NULL},
    {F(EN_HEADS), "the Research and Development Cooperation Fund was set up.", DG_TYPE_PROGRAM,
     "Research and Development Cooperation Fund",
     "program:research-and-development-cooperation-fund", NULL, NULL},
    /* a Week is an event (heads.tsv); a week in lower case is none */
    {F(EN_HEADS), "Ministers met at the Pacific Climate Week in Suva.", DG_TYPE_MEETING,
     "Pacific Climate Week", "meeting:pacific-climate-week", NULL, NULL},
    {F(EN_HEADS), "This week the Pacific Climate ministers met in Suva.", DG_TYPE_MEETING,
     "This week", NULL, NULL, NULL},
    /* the tail stops before an amount's currency */
    {F(EN_HEADS), "Fiji raised the Research Cooperation Fund to USD 10 million.", DG_TYPE_PROGRAM,
     "Research Cooperation Fund", "program:research-cooperation-fund", NULL, NULL},
    {F(EN_HEADS), "Fiji raised the Research Cooperation Fund to USD 10 million.", DG_TYPE_PROGRAM,
     "Research Cooperation Fund to USD", NULL, NULL, NULL},
    {F(EN_HEADS), "The Members of the Lower Mekong Forum met.", DG_TYPE_MEETING,
     "Members of the Lower Mekong Forum", NULL, NULL, NULL},
    {F(EN_HEADS), "The Friends Of the Lower Mekong Forum met.", DG_TYPE_MEETING,
     "Friends Of the Lower Mekong Forum", NULL, NULL, NULL},
    {F(EN_HEADS), "The Friends Of the Lower Mekong Forum met.", DG_TYPE_MEETING,
     "Lower Mekong Forum", "meeting:lower-mekong-forum", NULL, NULL},
    /* tail_start: "on" opens the tail after any head; a day is no tail */
    {F(EN_HEADS), "They signed the Declaration on Maritime Cooperation in Bali.", DG_TYPE_PROGRAM,
     "Declaration on Maritime Cooperation", "program:declaration-on-maritime-cooperation", NULL,
     NULL},
    /* venue_cut: in + a known place or country ending the tail says where; a region stays;
     * to + a country only after a name a dictionary lists whole */
    {F(EN_HEADS), "Ministers spoke at the Forum on the Future of Asia in Tokyo on Monday.",
     DG_TYPE_MEETING, "Forum on the Future of Asia", "meeting:forum-on-the-future-of-asia", NULL,
     NULL},
    {F(EN_HEADS), "Ministers spoke at the Forum on the Future of Asia in Tokyo on Monday.",
     DG_TYPE_MEETING, "Forum on the Future of Asia in Tokyo", NULL, NULL, NULL},
    {F(EN_HEADS), "They met at the Dialogue on Ocean Security in the Philippines.",
     DG_TYPE_MEETING, "Dialogue on Ocean Security", "meeting:dialogue-on-ocean-security", NULL,
     NULL},
    {F(EN_HEADS), "They signed the Charter on Maritime Trust in Southeast Asia.", DG_TYPE_PROGRAM,
     "Charter on Maritime Trust in Southeast Asia",
     "program:charter-on-maritime-trust-in-southeast-asia", NULL, NULL},
    {F(EN_HEADS), "The Embassy of Japan in Cambodia hosted a reception.", DG_TYPE_ORGANIZATION,
     "Embassy of Japan in Cambodia", "org:embassy-of-japan-in-cambodia", NULL, NULL},
    {F(EN_HEADS), "Japan funded the World Food Programme to Myanmar last year.", DG_TYPE_PROGRAM,
     "World Food Programme to Myanmar", NULL, NULL, NULL},
    {F(EN_HEADS), "Japan funded the World Food Programme to Myanmar last year.",
     DG_TYPE_ORGANIZATION, "World Food Programme", "org:wfp", NULL, NULL},
    {F(EN_HEADS), "The Regional Forum on Maritime Cooperation met.", DG_TYPE_MEETING,
     "Regional Forum on Maritime Cooperation", "meeting:regional-forum-on-maritime-cooperation",
     NULL, NULL},
    {F(EN_HEADS), "The Coral Reef Regional Forum on Tuesday agreed.", DG_TYPE_MEETING,
     "Coral Reef Regional Forum on Tuesday", NULL, NULL, NULL},
    /* joiners in the tail may be capitalized, and "to" opens one too */
    {F(EN_HEADS), "Delegates came to the Regional Meeting On Ocean Plastics And Marine Debris.",
     DG_TYPE_MEETING, "Regional Meeting On Ocean Plastics And Marine Debris",
     "meeting:regional-meeting-on-ocean-plastics-and-marine-debris", NULL, NULL},
    {F(EN_HEADS), "Australia funds the Regional Policing Mission to Solomon Islands.",
     DG_TYPE_ORGANIZATION, "Regional Policing Mission to Solomon Islands",
     "org:regional-policing-mission-to-solomon-islands", NULL, NULL},
    /* tail_joiner: the tail may follow an acronym glossed after the head */
    {F(EN_HEADS), "They adopted the Plan of Action (PoA) to Implement the Ocean Partnership.",
     DG_TYPE_PROGRAM, "Plan of Action (PoA) to Implement the Ocean Partnership",
     "program:plan-of-action-to-implement-the-ocean-partnership", NULL, NULL},
    {F(EN_HEADS), "They adopted the Plan of Action (see annex) to Implement the Ocean Partnership.",
     DG_TYPE_PROGRAM, "Plan of Action (see annex) to Implement the Ocean Partnership", NULL, NULL,
     NULL},
    /* plural heads and Report (heads.tsv): one document or a set; two plain words are none */
    {F(EN_HEADS), "The ministers reviewed the Riverland Community Blueprints today.",
     DG_TYPE_PROGRAM, "Riverland Community Blueprints", "program:riverland-community-blueprints",
     NULL, NULL},
    {F(EN_HEADS), "Leaders adopted the Riverland Plan of Actions 2022-2024 in Hanoi.",
     DG_TYPE_PROGRAM, "Riverland Plan of Actions 2022-2024",
     "program:riverland-plan-of-actions-2022-2024", NULL, NULL},
    {F(EN_HEADS), "The Committee noted the Riverland Mid-Year Report 2021 today.",
     DG_TYPE_PROGRAM, "Riverland Mid-Year Report 2021", "program:riverland-mid-year-report-2021",
     NULL, NULL},
    {F(EN_HEADS), "The Annual Report was noted by the Committee.", DG_TYPE_PROGRAM,
     "Annual Report", NULL, NULL, NULL},
    /* purpose_type: a meeting's head with a purpose names an organization */
    {F(EN_HEADS), "Firms joined the Global Online Forum to Counter Extremism last year.",
     DG_TYPE_ORGANIZATION, "Global Online Forum to Counter Extremism",
     "org:global-online-forum-to-counter-extremism", NULL, NULL},
    {F(EN_HEADS), "Firms joined the Global Online Forum to Counter Extremism last year.",
     DG_TYPE_MEETING, "Global Online Forum to Counter Extremism", NULL, NULL, NULL},
    /* enumeration_left: an enumeration's first item before the head's words, the name going
     * on before it; near misses: nothing capitalized right before the item, an item in a
     * region's name, a name that ends before the comma (a numeral, a head word) */
    {F(EN_HEADS), "They met at the ASEAN-Canada Trade, Investment and Innovation Dialogue in May.",
     DG_TYPE_MEETING, "ASEAN-Canada Trade, Investment and Innovation Dialogue",
     "meeting:asean-canada-trade-investment-and-innovation-dialogue", NULL, NULL},
    {F(EN_HEADS), "They met at the Pacific Ocean, Land and Air Dialogue in May.",
     DG_TYPE_MEETING, "Pacific Ocean, Land and Air Dialogue", NULL, NULL, NULL},
    {F(EN_HEADS), "On reflection, Trade and Investment Dialogue was useful.", DG_TYPE_MEETING,
     "reflection, Trade and Investment Dialogue", NULL, NULL, NULL},
    {F(EN_HEADS), "Contact: Pacific Division II, Ocean and Asian Affairs Department.",
     DG_TYPE_ORGANIZATION, "Pacific Division II, Ocean and Asian Affairs Department", NULL, NULL,
     NULL},
    /* known_from: the tail takes a known name whole; enumeration: items closed by "and" */
    {F(EN_HEADS), "A report cites the Declaration on Zone of Peace, Freedom and Neutrality often.",
     DG_TYPE_PROGRAM, "Declaration on Zone of Peace, Freedom and Neutrality",
     "program:declaration-on-zone-of-peace-freedom-and-neutrality", NULL, NULL},
    {F(EN_HEADS), "She thanked the Ministry of Culture, Sport and Youth for its support.",
     DG_TYPE_ORGANIZATION, "Ministry of Culture, Sport and Youth",
     "org:ministry-of-culture-sport-and-youth", NULL, NULL},
    {F(EN_HEADS), "She thanked the Ministry of Oceans, Japan and Korea for their support.",
     DG_TYPE_ORGANIZATION, "Ministry of Oceans", "org:ministry-of-oceans", NULL, NULL},
    {F(EN_HEADS), "She thanked the Ministry of Oceans, Japan and Korea for their support.",
     DG_TYPE_ORGANIZATION, "Ministry of Oceans, Japan and Korea", NULL, NULL, NULL},
    {F(EN_HEADS), "She thanked the Ministry of Oceans, Central Bank and Treasury.",
     DG_TYPE_ORGANIZATION, "Ministry of Oceans, Central Bank and Treasury", NULL, NULL, NULL},
    /* item_run: an item joined by a small word that is no "and" (Trafficking in Persons);
     * a place after "in" is the venue, no part of the item */
    {F(EN_HEADS), "He attended the Forum on Reef Fishing, Dumping in Lagoons and Coastal Erosion today.",
     DG_TYPE_MEETING, "Forum on Reef Fishing, Dumping in Lagoons and Coastal Erosion",
     "meeting:forum-on-reef-fishing-dumping-in-lagoons-and-coastal-erosion", NULL, NULL},
    {F(EN_HEADS), "He attended the Forum on Reef Fishing, Coastal Erosion in Tokyo.",
     DG_TYPE_MEETING, "Forum on Reef Fishing, Coastal Erosion in Tokyo", NULL, NULL, NULL},
    {F(EN_HEADS), "Japan Backs Pacific Islands Forum To Fight Floods", DG_TYPE_ORGANIZATION,
     "Pacific Islands Forum To Fight Floods", NULL, NULL, NULL},
    /* tail_step: no "and" into a known name or an acronym */
    {F(EN_HEADS), "The loan came from the Ministry of Fisheries and JBIC together.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries", "org:ministry-of-fisheries", NULL, NULL},
    {F(EN_HEADS), "The loan came from the Ministry of Fisheries and JBIC together.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries and JBIC", NULL, NULL, NULL},
    {F(EN_HEADS), "The loan came from the Ministry of Fisheries and Oceans together.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries and Oceans", "org:ministry-of-fisheries-and-oceans",
     NULL, NULL},
    /* extend_right: a program's tail that holds a meeting is the meeting's */
    {F(EN_HEADS), "Its aims follow the Joint Ocean Statement of the Pacific Reef Summit.",
     DG_TYPE_PROGRAM, "Joint Ocean Statement", "program:joint-ocean-statement", NULL, NULL},
    {F(EN_HEADS), "Its aims follow the Joint Ocean Statement of the Pacific Reef Summit.",
     DG_TYPE_MEETING, "Pacific Reef Summit", "meeting:pacific-reef-summit", NULL, NULL},
    {F(EN_HEADS), "Its aims follow the Joint Ocean Statement of the Pacific Reef Summit.",
     DG_TYPE_PROGRAM, "Joint Ocean Statement of the Pacific Reef Summit", NULL, NULL, NULL},
    /* ... but a title that goes on after the meeting is the program's, and the meeting
     * inside it stops at its head (meeting_in_title) */
    {F(EN_HEADS), "They issued the Joint Ocean Statement of the Pacific Reef Summit on Coral Care.",
     DG_TYPE_PROGRAM, "Joint Ocean Statement of the Pacific Reef Summit on Coral Care",
     "program:joint-ocean-statement-of-the-pacific-reef-summit-on-coral-care", NULL, NULL},
    {F(EN_HEADS), "They issued the Joint Ocean Statement of the Pacific Reef Summit on Coral Care.",
     DG_TYPE_MEETING, "Pacific Reef Summit", "meeting:pacific-reef-summit", NULL, NULL},
    {F(EN_HEADS), "They issued the Joint Ocean Statement of the Pacific Reef Summit on Coral Care.",
     DG_TYPE_MEETING, "Pacific Reef Summit on Coral Care", NULL, NULL, NULL},
    {F(EN_HEADS), "Leaders met at the Pacific Reef Summit on Coral Care.", DG_TYPE_MEETING,
     "Pacific Reef Summit on Coral Care", "meeting:pacific-reef-summit-on-coral-care", NULL, NULL},
    /* tail_step: inside joiners, "the" after the inside_the ones only */
    {F(EN_HEADS), "They signed the Agreement on Trade and Investment in the Pacific Region.",
     DG_TYPE_PROGRAM, "Agreement on Trade and Investment in the Pacific Region",
     "program:agreement-on-trade-and-investment-in-the-pacific-region", NULL, NULL},
    {F(EN_HEADS), "They signed the Agreement on Trade and the Pacific Region.", DG_TYPE_PROGRAM,
     "Agreement on Trade", "program:agreement-on-trade", NULL, NULL},
    {F(EN_HEADS), "They signed the Agreement on Trade and the Pacific Region.", DG_TYPE_PROGRAM,
     "Agreement on Trade and the Pacific Region", NULL, NULL, NULL},
    /* and_the_item: in an organization's tail, "and the" and a last item of portfolio words
     * that ends the capitalized run; near misses: a word of no portfolio, more capitalized
     * words after it */
    {F(EN_HEADS), "Staff of the Ministry of Fisheries and the Environment attended.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries and the Environment",
     "org:ministry-of-fisheries-and-the-environment", NULL, NULL},
    {F(EN_HEADS), "Staff of the Ministry of Fisheries and the Oceans attended.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries and the Oceans", NULL, NULL, NULL},
    {F(EN_HEADS), "Staff of the Ministry of Fisheries and the Environment Reef Team attended.",
     DG_TYPE_ORGANIZATION, "Ministry of Fisheries and the Environment", NULL, NULL, NULL},
    /* take_version: a version or a year up to 2999 after the name */
    {F(EN_HEADS), "The Pacific Resilience Action Agenda 2.0 was adopted.", DG_TYPE_PROGRAM,
     "Pacific Resilience Action Agenda 2.0", "program:pacific-resilience-action-agenda-2.0", NULL,
     NULL},
    {F(EN_HEADS), "The Pacific Resilience Action Plan 3000 was adopted.", DG_TYPE_PROGRAM,
     "Pacific Resilience Action Plan 3000", NULL, NULL, NULL},
    /* name_span: a section number is left out */
    {F(EN_HEADS), "2.1 Japan-Pacific Ocean Fund", DG_TYPE_PROGRAM, "Japan-Pacific Ocean Fund",
     "program:japan-pacific-ocean-fund", NULL, NULL},
    {F(EN_HEADS), "2.1 Japan-Pacific Ocean Fund", DG_TYPE_PROGRAM, "2.1 Japan-Pacific Ocean Fund",
     NULL, NULL, NULL},
    /* take_version: a Roman numeral; the pronoun I is none */
    {F(EN_HEADS), "The Coral Triangle Work Plan IV was adopted.", DG_TYPE_PROGRAM,
     "Coral Triangle Work Plan IV", "program:coral-triangle-work-plan-iv", NULL, NULL},
    /* name_span: a head and a Roman numeral alone are a part of a text, no name (the
     * report is attached as Annex II); near miss above: words before the head */
    {F(EN_HEADS), "The opening address is attached as Annex II.", DG_TYPE_PROGRAM, "Annex II",
     NULL, NULL, NULL},
    {F(EN_HEADS), "Under the Coral Triangle Work Plan I wrote the annex.", DG_TYPE_PROGRAM,
     "Coral Triangle Work Plan I", NULL, NULL, NULL},
    /* take_version: a program's span of years, read as a date, is the program's; not a
     * meeting's, not a span of two-digit centuries, not after a gap */
    {F(EN_HEADS), "They adopted the Reef Plan of Action 2024-2027 today.", DG_TYPE_PROGRAM,
     "Reef Plan of Action 2024-2027", "program:reef-plan-of-action-2024-2027", NULL, NULL},
    {F(EN_HEADS), "They adopted the KTO Work Plan 2021-25 today.", DG_TYPE_PROGRAM,
     "KTO Work Plan 2021-25", "program:kto-work-plan-2021-25", NULL, NULL},
    {F(EN_HEADS), "They adopted the Reef Plan of Action (2024-2027) today.", DG_TYPE_PROGRAM,
     "Reef Plan of Action (2024-2027)", NULL, NULL, NULL},
    {F(EN_HEADS), "The Reef Ministerial Meeting 2024-2025 was held.", DG_TYPE_MEETING,
     "Reef Ministerial Meeting 2024-2025", NULL, NULL, NULL},
    {F(EN_HEADS), "They adopted the Reef Plan of Action 3024-3027 today.", DG_TYPE_PROGRAM,
     "Reef Plan of Action 3024-3027", NULL, NULL, NULL},
    /* specific: two plain words are no name, unless quoted; capitals say nothing in a text
     * all in capitals */
    {F(EN_HEADS), "The Master Plan was revised.", DG_TYPE_PROGRAM, "Master Plan", NULL, NULL, NULL},
    {F(EN_HEADS), "Leaders will develop a 'Reef Plan' next year.", DG_TYPE_PROGRAM, "Reef Plan",
     "program:reef-plan", NULL, NULL},
    {F(EN_HEADS), "PRESS OFFICE: 0400 123 456", DG_TYPE_ORGANIZATION, "PRESS OFFICE", NULL, NULL,
     NULL},
    /* years_word: a year before the head makes no name; heads.tsv: Budget */
    {F(EN_HEADS), "It rose over the 2004-05 Budget figure.", DG_TYPE_PROGRAM, "2004-05 Budget",
     NULL, NULL, NULL},
    {F(EN_HEADS), "It gave $5 million to the agency's Annual Program Budget this year.",
     DG_TYPE_PROGRAM, "Annual Program Budget", "program:annual-program-budget", NULL, NULL},
    {F(EN_HEADS), "The PMSI Office opened.", DG_TYPE_ORGANIZATION, "PMSI Office",
     "org:pmsi-office", NULL, NULL},
    {F(EN_HEADS), "MINISTRY OF OCEAN AFFAIRS", DG_TYPE_ORGANIZATION, "MINISTRY OF OCEAN AFFAIRS",
     "org:ministry-of-ocean-affairs", NULL, NULL},
    /* first_meeting: two plain words name the meeting the document names first (in any
     * case again), never one after another meeting, nor a head word and its head */
    {F(EN_HEADS), "REEF MEETING IN SUVA\nWe look forward to the inaugural Reef Meeting.",
     DG_TYPE_MEETING, "Reef Meeting", "meeting:reef-meeting", NULL, NULL},
    {F(EN_HEADS), "We look forward to the inaugural Reef Meeting.", DG_TYPE_MEETING,
     "Reef Meeting", "meeting:reef-meeting", NULL, NULL},
    {F(EN_HEADS), "Leaders met at the East Asia Summit. The Reef Meeting followed.",
     DG_TYPE_MEETING, "Reef Meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "The Ministerial Meeting opened.", DG_TYPE_MEETING, "Ministerial Meeting", NULL,
     NULL, NULL},
    /* placed_after: two plain words after "the" that a participle places or dates are a
     * meeting the text recalls, its id the document's own; near misses: no participle, a
     * head word and its head */
    {F(EN_HEADS), "Leaders met at the East Asia Summit. They noted the Preparatory Meeting held "
     "in March in Jakarta.", DG_TYPE_MEETING, "Preparatory Meeting",
     "meeting:preparatory-meeting@e6e80a6a809f1822", NULL, NULL},
    {F(EN_HEADS), "Leaders met at the East Asia Summit. They noted the Preparatory Meeting.",
     DG_TYPE_MEETING, "Preparatory Meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "Leaders met at the East Asia Summit. They noted the Ministerial Meeting held "
     "in March in Jakarta.", DG_TYPE_MEETING, "Ministerial Meeting", NULL, NULL, NULL},
    /* proper_in_text: only a name the running text uses as one, not a heading alone */
    {F(EN_HEADS), "Press Conference by the Minister\n\nThe minister answered questions.",
     DG_TYPE_MEETING, "Press Conference", NULL, NULL, NULL},
    /* Scheme names a program (an aid scheme); near miss: the head alone in a heading */
    {F(EN_HEADS), "Funding for the Island Builders Volunteer Scheme will rise to $3 million.",
     DG_TYPE_PROGRAM, "Island Builders Volunteer Scheme",
     "program:island-builders-volunteer-scheme", NULL, NULL},
    {F(EN_HEADS), "The Scheme will grow next year.", DG_TYPE_PROGRAM, "Scheme", NULL, NULL,
     NULL},
    /* Red Cross, Red Crescent: a national society is an organization; near miss: the head
     * alone names no one society */
    {F(EN_HEADS), "Australia gave $5,000 to the Tongan Red Cross for relief.",
     DG_TYPE_ORGANIZATION, "Tongan Red Cross", "org:tongan-red-cross", NULL, NULL},
    {F(EN_HEADS), "Volunteers of the Red Cross opened a clinic.", DG_TYPE_ORGANIZATION,
     "Red Cross", NULL, NULL, NULL},
    /* press_event: a meeting head right after Press or News names an event for the press,
     * no meeting; near miss: Press inside the name, not right before the head */
    {F(EN_HEADS), "TRANSCRIPT OF THE MINISTER JOHN SMITH MP PRESS CONFERENCE, SUVA\nHe spoke of aid.",
     DG_TYPE_MEETING, "MP PRESS CONFERENCE", NULL, NULL, NULL},
    {F(EN_HEADS), "The Minister gave a News Conference after the Reef Conference.",
     DG_TYPE_MEETING, "News Conference", NULL, NULL, NULL},
    {F(EN_HEADS), "Editors gathered at the Press Freedom Conference in Suva.", DG_TYPE_MEETING,
     "Press Freedom Conference", "meeting:press-freedom-conference", NULL, NULL},
    /* names_parties.c: parties joined by hyphens and a meeting's head in lower case, with
     * the ordinal before them; not one party, nor no head */
    {F(EN_PARTIES), "Leaders met at the Japan-Fiji summit meeting in Suva.", DG_TYPE_MEETING,
     "Japan-Fiji summit meeting", "meeting:japan-fiji-summit-meeting", NULL, NULL},
    {F(EN_PARTIES), "Leaders met at the 3rd Japan-Fiji summit in Suva.", DG_TYPE_MEETING,
     "3rd Japan-Fiji summit", "meeting:3rd-japan-fiji-summit", NULL, NULL},
    {F(EN_PARTIES), "Leaders met at the Fiji summit in Suva.", DG_TYPE_MEETING, "Fiji summit",
     NULL, NULL, NULL},
    /* no small word that opens another part among the lower-case words (to, of, in, the);
     * near miss: "and" between them */
    {F(EN_PARTIES), "They hailed raising the Japan-Fiji partnership to the summit level.",
     DG_TYPE_MEETING, "Japan-Fiji partnership to the summit", NULL, NULL, NULL},
    /* head_attribute: a head before a noun of meeting_attributes.tsv is that noun's word;
     * the head alone before "in" still names a meeting (the rows above) */
    {F(EN_PARTIES), "They marked 30 years of Japan-Fiji dialogue relations.", DG_TYPE_MEETING,
     "Japan-Fiji dialogue", NULL, NULL, NULL},
    {F(EN_PARTIES), "They praised the Japan-Fiji summit process in Suva.", DG_TYPE_MEETING,
     "Japan-Fiji summit", NULL, NULL, NULL},
    {F(EN_PARTIES), "They praised the Japan-Fiji dialogue in Suva.", DG_TYPE_MEETING,
     "Japan-Fiji dialogue", "meeting:japan-fiji-dialogue", NULL, NULL},
    {F(EN_PARTIES), "They hailed the Japan-Fiji foreign and defence meeting in Suva.",
     DG_TYPE_MEETING, "Japan-Fiji foreign and defence meeting",
     "meeting:japan-fiji-foreign-and-defence-meeting", NULL, NULL},
    /* parties_words: a party of several words; an ordinal word with its space before them;
     * near miss: a space, not a hyphen, between the parties */
    {F(EN_PARTIES), "Leaders met at the first Central Asia-China summit in Xi'an.",
     DG_TYPE_MEETING, "first Central Asia-China summit",
     "meeting:1st-central-asia-china-summit", NULL, NULL},
    {F(EN_PARTIES), "Leaders met at the Central Asia China summit in Xi'an.", DG_TYPE_MEETING,
     "Central Asia China summit", NULL, NULL, NULL},
    {F(EN_PARTIES), "The Japan-Fiji relationship grew in 2024.", DG_TYPE_MEETING,
     "Japan-Fiji relationship", NULL, NULL, NULL},
    /* a meeting the party rule adds later in the text leaves an English name before it
       whole (the mentions are sorted again before the head-word rule) */
    {HEADS | F(EN_PARTIES),
     "The Joint Statement of the 23rd ASEAN-Japan Summit on Cooperation on ASEAN Outlook on "
     "the Indo-Pacific was issued.\n\nThey held the Japan-Fiji summit meeting.",
     DG_TYPE_PROGRAM,
     "Joint Statement of the 23rd ASEAN-Japan Summit on Cooperation on ASEAN Outlook on the "
     "Indo-Pacific",
     "program:joint-statement-of-the-23rd-asean-japan-summit-on-cooperation-on-asean-outlook-on-"
     "the-indo-pacific",
     NULL, NULL},
    /* ... and by the body that meets, in report style: an ordinal, a head in lower case, "of"
     * and capitalized words (joined by and, of, the), up to the first other word; not
     * without the ordinal, nor with no capitalized body after "of" */
    {F(EN_PARTIES), "The third regular meeting of Pacific Trade Ministers was held in Suva.",
     DG_TYPE_MEETING, "third regular meeting of Pacific Trade Ministers",
     "meeting:3rd-regular-meeting-of-pacific-trade-ministers", NULL, NULL},
    {F(EN_PARTIES), "The 2nd session of the Joint Committee on Fisheries ended.",
     DG_TYPE_MEETING, "2nd session of the Joint Committee",
     "meeting:2nd-joint-committee-session", NULL, NULL},
    {F(EN_PARTIES), "The 2nd session of the Joint Committee and Oceans ended.", DG_TYPE_MEETING,
     "2nd session of the Joint Committee and Oceans", "meeting:2nd-joint-committee-and-oceans-session",
     NULL, NULL},
    {F(EN_PARTIES), "A regular meeting of Pacific Trade Ministers was held in Suva.",
     DG_TYPE_MEETING, "regular meeting of Pacific Trade Ministers", NULL, NULL, NULL},
    /* an ordinal session of a Summit (whole_heads.tsv) is its part: the Summit is the
       name, the session none */
    {HEADS | F(EN_PARTIES), "The first session of the Island Leaders Summit opened in Apia.",
     DG_TYPE_MEETING, "Island Leaders Summit", "meeting:island-leaders-summit", NULL, NULL},
    {HEADS | F(EN_PARTIES), "The first session of the Island Leaders Summit opened in Apia.",
     DG_TYPE_MEETING, "first session of the Island Leaders Summit", NULL, NULL, NULL},
    /* capitalized words between the parties and a head in lower case; not when the last
       of them is a meeting's head itself (the head-word rule's name) */
    {F(EN_PARTIES), "The 4th Japan-Chile Trade Ministers' meeting was held in Santiago.",
     DG_TYPE_MEETING, "4th Japan-Chile Trade Ministers' meeting",
     "meeting:4th-japan-chile-trade-ministers-meeting", NULL, NULL},
    {F(EN_PARTIES), "The Japan-Fiji Summit meeting was held in Tokyo.", DG_TYPE_MEETING,
     "Japan-Fiji Summit meeting", NULL, NULL, NULL},
    /* the body a known organization or group, maybe with its members after it; the name
       ends with them */
    {F(EN_PARTIES), "The 80th session of the Economic and Social Commission for Asia and the "
     "Pacific opened in Bangkok.",
     DG_TYPE_MEETING, "80th session of the Economic and Social Commission for Asia and the Pacific",
     "meeting:80th-session-of-the-economic-and-social-commission-for-asia-and-the-pacific", NULL,
     NULL},
    {F(EN_PARTIES), "The 5th meeting of the Pacific Islands Forum Fisheries Ministers ended.",
     DG_TYPE_MEETING, "5th meeting of the Pacific Islands Forum Fisheries Ministers",
     "meeting:5th-pacific-islands-forum-fisheries-ministers-meeting", NULL, NULL},
    {F(EN_PARTIES), "The 80th session of the Economic and Social Commission for Asia and the "
     "Pacific in Bangkok ended.",
     DG_TYPE_MEETING, "80th session of the Economic and Social Commission for Asia and the "
     "Pacific in Bangkok", NULL, NULL, NULL},
    {F(EN_PARTIES), "The first meeting of the year was held in Suva.", DG_TYPE_MEETING,
     "first meeting of the year", NULL, NULL, NULL},
    /* the body a known meeting series, or capitalized words ending in one (ten words at
       most); not when the series stands inside the body, nor with other words after */
    {F(EN_PARTIES), "The 4th meeting of the Trade Ministers of the Central Asia plus Japan Dialogue "
     "ended.",
     DG_TYPE_MEETING, "4th meeting of the Trade Ministers of the Central Asia plus Japan Dialogue",
     "meeting:4th-meeting-of-the-trade-ministers-of-the-central-asia-plus-japan-dialogue", NULL,
     NULL},
    {F(EN_PARTIES), "The 6th meeting of the Central Asia plus Japan Dialogue ended.",
     DG_TYPE_MEETING, "6th meeting of the Central Asia plus Japan Dialogue",
     "meeting:6th-central-asia-plus-japan-dialogue-meeting", NULL, NULL},
    {F(EN_PARTIES), "The 6th meeting of the Central Asia plus Japan Dialogue Trade Ministers "
     "ended.",
     DG_TYPE_MEETING, "6th meeting of the Central Asia plus Japan Dialogue Trade Ministers", NULL,
     NULL, NULL},
    {F(EN_PARTIES), "The 6th anniversary of the Central Asia plus Japan Dialogue passed.",
     DG_TYPE_MEETING, "6th anniversary of the Central Asia plus Japan Dialogue", NULL, NULL, NULL},
    /* headline_preposition: in a headline a preposition of roles.tsv (AT) ends the name on
     * its left */
    {F(EN_HEADS), "FIJI REPRESENTS TONGA AT REGIONAL OCEANS MEETING ON REEFS", DG_TYPE_MEETING,
     "REGIONAL OCEANS MEETING ON REEFS", "meeting:regional-oceans-meeting-on-reefs", NULL, NULL},
    {F(EN_HEADS), "FIJI REPRESENTS TONGA AT REGIONAL OCEANS MEETING ON REEFS", DG_TYPE_MEETING,
     "FIJI REPRESENTS TONGA AT REGIONAL OCEANS MEETING ON REEFS", NULL, NULL, NULL},
    /* heads.tsv: Company names an organization; near miss: a plain word and the head */
    {F(EN_HEADS), "The Pacific Reinsurance Guarantee Company paid the claim.", DG_TYPE_ORGANIZATION,
     "Pacific Reinsurance Guarantee Company", "org:pacific-reinsurance-guarantee-company", NULL,
     NULL},
    {F(EN_HEADS), "The Insurance Company paid the claim.", DG_TYPE_ORGANIZATION,
     "Insurance Company", NULL, NULL, NULL},
    /* headline_verbs.tsv: Kicks Off, a phrasal verb of a headline, joins no name; near miss:
     * the meeting's own words after it stay one name */
    {F(EN_HEADS), "Pacific Bank Kicks Off Annual Meeting In Suva", DG_TYPE_MEETING,
     "Pacific Bank Kicks Off Annual Meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "Pacific Bank Kicks Off Annual Ocean Forum In Suva", DG_TYPE_MEETING,
     "Annual Ocean Forum", "meeting:annual-ocean-forum", NULL, NULL},
    /* cap_word: a headline's verb (headline_verbs.tsv) is no word of a name */
    {F(EN_HEADS), "Ministry of Ocean Affairs Strengthens Ties on Reef Care", DG_TYPE_ORGANIZATION,
     "Ministry of Ocean Affairs", "org:ministry-of-ocean-affairs", NULL, NULL},
    {F(EN_HEADS), "Ministry of Ocean Affairs Strengthens Ties on Reef Care", DG_TYPE_ORGANIZATION,
     "Ministry of Ocean Affairs Strengthens Ties on Reef Care", NULL, NULL, NULL},
    {F(EN_HEADS), "Leaders Meet at Research for Youth Forum", DG_TYPE_MEETING,
     "Research for Youth Forum", "meeting:research-for-youth-forum", NULL, NULL},
    /* body_meetings: a body of office-holders with a tail, glossed with an acronym or after
     * an ordinal, names its meeting; not the body alone or without either */
    {F(EN_HEADS), "She will attend the 12th ASEAN Ministers on Fisheries (AMF) in Hanoi.",
     DG_TYPE_MEETING, "12th ASEAN Ministers on Fisheries",
     "meeting:12th-asean-ministers-on-fisheries", NULL, NULL},
    {F(EN_HEADS), "Japan spoke at the ASEAN-Japan Ministers of Energy (AJME) today.",
     DG_TYPE_MEETING, "ASEAN-Japan Ministers of Energy", "meeting:asean-japan-ministers-of-energy",
     NULL, NULL},
    {F(EN_HEADS), "ASEAN Ministers of Energy met in Hanoi.", DG_TYPE_MEETING,
     "ASEAN Ministers of Energy", NULL, NULL, NULL},
    /* ... nor when the acronym is the initials of the tail's last words (tail_gloss) */
    {F(EN_HEADS), "We, the Ministers of Water of Reef Island States (RIS), met in Suva.",
     DG_TYPE_MEETING, "Ministers of Water of Reef Island States", NULL, NULL, NULL},
    /* the ordinal a word, as in digits */
    {F(EN_HEADS), "The Tenth ASEAN Ministers of Energy met in Manila.", DG_TYPE_MEETING,
     "Tenth ASEAN Ministers of Energy", "meeting:10th-asean-ministers-of-energy", NULL, NULL},
    /* acronym_meetings: an acronym and +N before a meeting's head in lower case; not a bare
     * acronym, nor one before another word */
    {F(EN_HEADS), "Ministers met at the AFSM+3 meeting.", DG_TYPE_MEETING, "AFSM+3",
     "meeting:afsm+3", NULL, NULL},
    {F(EN_HEADS), "Ministers met at the JSOM meeting.", DG_TYPE_MEETING, "JSOM", NULL, NULL,
     NULL},
    {F(EN_HEADS), "Ministers met at the AFSM+3 venue.", DG_TYPE_MEETING, "AFSM+3", NULL, NULL, NULL},
    /* heads.tsv: a Consultation Mechanism is a meeting (longest head word wins over
     * Mechanism), its ordinal in lower case taken in; near miss: another mechanism */
    {F(EN_HEADS), "Fiji and Japan co-chaired the first Reef Process Consultation Mechanism.",
     DG_TYPE_MEETING, "first Reef Process Consultation Mechanism",
     "meeting:1st-reef-process-consultation-mechanism", NULL, NULL},
    {F(EN_HEADS), "They set up the Reef Process Review Mechanism.", DG_TYPE_MEETING,
     "Reef Process Review Mechanism", NULL, NULL, NULL},
    /* quoted_lower_meetings: words in lower case between quote marks ending in a meeting's
     * head (heads.tsv: Consultation); near misses: the head alone, an apostrophe, a word
     * in capitals inside */
    {F(EN_HEADS), "They met for an \xE2\x80\x98informal consultation\xE2\x80\x99 in Apia.",
     DG_TYPE_MEETING, "informal consultation", "meeting:informal-consultation", NULL, NULL},
    {F(EN_HEADS), "They held an \"informal meeting\" in Suva.", DG_TYPE_MEETING,
     "informal meeting", "meeting:informal-meeting", NULL, NULL},
    {F(EN_HEADS), "It was a 'meeting' of minds.", DG_TYPE_MEETING, "meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "The ministers' informal meeting' was short.", DG_TYPE_MEETING,
     "informal meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "We ran a 'Coral informal meeting' there.", DG_TYPE_MEETING,
     "informal meeting", NULL, NULL, NULL},
    /* lower_ordinal_before: a meeting's name goes over an ordinal in lower case before it,
     * as over 3rd; near miss: after a person's possessive */
    {F(EN_HEADS), "The third Mekong-Korea Ministerial Meeting was held.", DG_TYPE_MEETING,
     "third Mekong-Korea Ministerial Meeting", "meeting:3rd-mekong-korea-ministerial-meeting",
     NULL, NULL},
    /* dgn_ordinal_key: a minted name's ordinal is one way in its id, whatever way the text
     * writes it (Third, 3rd, 第三回); near miss: an organization keeps its word */
    {F(EN_HEADS), "The Third Mekong-Korea Ministerial Meeting was held.", DG_TYPE_MEETING,
     "Third Mekong-Korea Ministerial Meeting", "meeting:3rd-mekong-korea-ministerial-meeting",
     NULL, NULL},
    {F(EN_HEADS), "The 3rd Mekong-Korea Ministerial Meeting was held.", DG_TYPE_MEETING,
     "3rd Mekong-Korea Ministerial Meeting", "meeting:3rd-mekong-korea-ministerial-meeting",
     NULL, NULL},
    {F(JA_HEADS), "第三回太平洋海洋大臣会合が開かれた。", DG_TYPE_MEETING, "第三回太平洋海洋大臣会合",
     "meeting:第3回太平洋海洋大臣会合", NULL, NULL},
    {F(EN_HEADS), "He visited the First Pacific Reef Bank.", DG_TYPE_ORGANIZATION,
     "First Pacific Reef Bank", "org:first-pacific-reef-bank", NULL, NULL},
    {F(EN_HEADS), "It was his second Mekong-Korea Ministerial Meeting.", DG_TYPE_MEETING,
     "second Mekong-Korea Ministerial Meeting", NULL, NULL, NULL},
    /* heads.tsv: 交流年, Exchange Year (a program); near miss: a generic compound */
    {F(JA_HEADS), "2019年は日メコン交流年である。", DG_TYPE_PROGRAM, "日メコン交流年",
     "program:日メコン交流年", NULL, NULL},
    {F(JA_HEADS), "本年は国際交流年である。", DG_TYPE_PROGRAM, "国際交流年", NULL, NULL, NULL},
    {F(EN_HEADS), "They declared 2019 the Mekong-Japan Exchange Year.", DG_TYPE_PROGRAM,
     "Mekong-Japan Exchange Year", "program:mekong-japan-exchange-year", NULL, NULL},
    /* ordinal_lower_meetings: an ordinal, a name and a body's meeting in lower case; with
     * no name between, a known meeting after "of"; near misses: no name and nothing after
     * "of", no body before the head, a person's possessive, another word between */
    {F(EN_HEADS), "The third ACMECS leaders' meeting opened in Bangkok.", DG_TYPE_MEETING,
     "third ACMECS leaders' meeting", "meeting:3rd-ayeyawady-chao-phraya-mekong-economic-cooperation-strategy-leaders-meeting", NULL, NULL},
    {F(EN_HEADS), "The Lao side chaired the second Mekong-Lancang Cooperation (MLC) foreign "
     "ministers\xE2\x80\x99 meeting.", DG_TYPE_MEETING,
     "second Mekong-Lancang Cooperation (MLC) foreign ministers' meeting",
     "meeting:2nd-mekong-lancang-cooperation-foreign-ministers-meeting", NULL, NULL},
    {F(EN_HEADS), "Japan hosted the 6th foreign ministers' meeting of the Central Asia plus Japan "
     "Dialogue in Tokyo.", DG_TYPE_MEETING,
     "6th foreign ministers' meeting of the Central Asia plus Japan Dialogue",
     "meeting:6th-central-asia-plus-japan-dialogue-foreign-ministers-meeting", NULL, NULL},
    {F(EN_HEADS), "Japan hosted the 6th foreign ministers' meeting in Tokyo.", DG_TYPE_MEETING,
     "6th foreign ministers' meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "The third ACMECS meeting opened in Bangkok.", DG_TYPE_MEETING,
     "third ACMECS meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "It was his second ACMECS leaders' meeting.", DG_TYPE_MEETING,
     "second ACMECS leaders' meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "It marked the 10th anniversary of the ACMECS leaders' meeting.",
     DG_TYPE_MEETING, "10th anniversary of the ACMECS leaders' meeting", NULL, NULL, NULL},
    /* after a name, "ministerial", a body and a head itself, alone; near miss: no name */
    {F(EN_HEADS), "Officials met at the third Andes-Pacific Partnership (APP) ministerial in Lima.",
     DG_TYPE_MEETING, "third Andes-Pacific Partnership (APP) ministerial",
     "meeting:3rd-andes-pacific-partnership-ministerial", NULL, NULL},
    {F(EN_HEADS), "It was the third ministerial of the year.", DG_TYPE_MEETING,
     "third ministerial", NULL, NULL, NULL},
    /* group_lower_meetings: a group, its office-holders and a head in lower case, no
     * ordinal; near misses: a country, no body before the head */
    {F(EN_HEADS), "The ASEAN economic ministers' retreat opened in Jakarta.", DG_TYPE_MEETING,
     "ASEAN economic ministers' retreat", "meeting:asean-economic-ministers-retreat", NULL,
     NULL},
    {F(EN_HEADS), "The Fiji leaders' summit opened in Suva.", DG_TYPE_MEETING,
     "Fiji leaders' summit", NULL, NULL, NULL},
    {F(EN_HEADS), "The ASEAN youth summit opened in Jakarta.", DG_TYPE_MEETING,
     "ASEAN youth summit", NULL, NULL, NULL},
    /* group_held_meetings: a group and a head in lower case, held; near miss: not held */
    {F(EN_HEADS), "The Pacific Islands Forum meeting was held in Apia, Samoa 3 - 4 May 2011.",
     DG_TYPE_MEETING, "Pacific Islands Forum meeting", "meeting:pacific-islands-forum-meeting",
     NULL, NULL},
    {F(EN_HEADS), "The Pacific Islands Forum meeting agreed to widen the plan.", DG_TYPE_MEETING,
     "Pacific Islands Forum meeting", NULL, NULL, NULL},
    /* "ministerial", a head itself, is the body before another head; near miss: the head
     * alone after the group (the 11th PIF Ministerial is a name of its own) */
    {F(EN_HEADS), "The plan was adopted at the last PIF ministerial meeting in Apia.",
     DG_TYPE_MEETING, "PIF ministerial meeting", "meeting:pacific-islands-forum-ministerial-meeting", NULL, NULL},
    {F(EN_HEADS), "The plan was adopted at the PIF ministerial in Apia.", DG_TYPE_MEETING,
     "PIF ministerial", NULL, NULL, NULL},
    /* step_left: a possessive owner ends the name; a plural possessive belongs to it */
    {F(EN_HEADS), "It joined the World Bank's Poor Countries Debt Initiative.", DG_TYPE_PROGRAM,
     "Poor Countries Debt Initiative", "program:poor-countries-debt-initiative", NULL, NULL},
    {F(EN_HEADS), "It joined the World Bank's Poor Countries Debt Initiative.", DG_TYPE_PROGRAM,
     "World Bank's Poor Countries Debt Initiative", NULL, NULL, NULL},
    {F(EN_HEADS), "Fiji hosted the Pacific Women’s Leadership Initiative.", DG_TYPE_PROGRAM,
     "Pacific Women's Leadership Initiative", "program:pacific-womens-leadership-initiative",
     NULL, NULL},
    /* glossed_left: an acronym in parentheses inside the name; dotted letters keep their dot
     * (ASEAN-U.S.) and do not end the sentence */
    {F(EN_HEADS), "Donors back the Small Island States (SIS) Resilience Initiative.",
     DG_TYPE_PROGRAM, "Small Island States (SIS) Resilience Initiative",
     "program:small-island-states-resilience-initiative", NULL, NULL},
    {F(EN_HEADS), "Donors back the Small Island States (new) Resilience Initiative.",
     DG_TYPE_PROGRAM, "Small Island States (new) Resilience Initiative", NULL, NULL, NULL},
    {F(EN_HEADS), "Envoys prepared for an ASEAN-U.S. Digital Summit in Hanoi.", DG_TYPE_MEETING,
     "ASEAN-U.S. Digital Summit", "meeting:asean-united-states-digital-summit", NULL, NULL},
    {F(EN_HEADS), "Both sides issued a Declaration on U.S.-Fiji Ocean Partnership.",
     DG_TYPE_PROGRAM, "Declaration on U.S.-Fiji Ocean Partnership",
     "program:declaration-on-united-states-fiji-ocean-partnership", NULL, NULL},
    {F(EN_HEADS), "Both sides issued a Declaration on U.S.-Fiji Ocean Partnership.",
     DG_TYPE_PROGRAM, "Declaration on U.S", NULL, NULL, NULL},
    {F(EN_HEADS), "Plans for a Third Japan – Pacific Ocean Summit moved ahead.", DG_TYPE_MEETING,
     "Third Japan - Pacific Ocean Summit", "meeting:3rd-japan-pacific-ocean-summit", NULL,
     NULL},
    /* headline_start: in a headline, a known name that ends the name is all of it */
    {F(EN_HEADS), "PRIME MINISTER TO VISIT PACIFIC ISLANDS FORUM", DG_TYPE_MEETING,
     "VISIT PACIFIC ISLANDS FORUM", NULL, NULL, NULL},
    {F(EN_HEADS), "Officials praised the Youth Pacific Islands Forum.", DG_TYPE_MEETING,
     "Youth Pacific Islands Forum", "meeting:youth-pacific-islands-forum", NULL, NULL},
    /* head_inside_known: a head inside a known name is that name's */
    {F(EN_HEADS), "Envoys to the Association of Southeast Asian Nations agreed.",
     DG_TYPE_ORGANIZATION, "Envoys to the Association of Southeast Asian Nations", NULL, NULL,
     NULL},
    {F(EN_HEADS), "Envoys to the Association of Southeast Asian Nations agreed.",
     DG_TYPE_ORGANIZATION, "Association of Southeast Asian Nations", NULL, NULL, NULL},
    {F(EN_HEADS), "the Members of the Association of Pacific Fisheries agreed",
     DG_TYPE_ORGANIZATION, "Association of Pacific Fisheries", "org:association-of-pacific-fisheries",
     NULL, NULL},
    /* head words for meetings without an ordinal, bodies and projects */
    {F(EN_HEADS), "She attended the ASEAN-Australia Trade Ministerial in Manila.", DG_TYPE_MEETING,
     "ASEAN-Australia Trade Ministerial", "meeting:asean-australia-trade-ministerial", NULL, NULL},
    {F(EN_HEADS), "He will attend the ASEAN-G7 Health Ministers Interface.", DG_TYPE_MEETING,
     "ASEAN-G7 Health Ministers Interface", "meeting:asean-g7-health-ministers-interface", NULL,
     NULL},
    {F(EN_HEADS), "It trains the Tongan National Police and the Pacific Commercial Court.",
     DG_TYPE_ORGANIZATION, "Pacific Commercial Court", "org:pacific-commercial-court", NULL, NULL},
    {F(EN_HEADS), "They financed the North Pacific Cable last year.", DG_TYPE_PROGRAM,
     "North Pacific Cable", "program:north-pacific-cable", NULL, NULL},
    /* group_name_at: a group head after a group and countries only */
    {F(EN_HEADS), "They reviewed Mekong-Japan Cooperation in Bangkok.", DG_TYPE_PROGRAM,
     "Mekong-Japan Cooperation", "program:mekong-japan-cooperation", NULL, NULL},
    {F(EN_HEADS), "They reviewed Japan-Korea Cooperation in Busan.", DG_TYPE_PROGRAM,
     "Japan-Korea Cooperation", NULL, NULL, NULL},
    /* format_meetings: a format of numbers and a sign before a meeting's head */
    /* step_left, plus_left: a plus glued between a word and digits goes on left into the name;
     * near miss: the words before a plus and a plain word stay out */
    {F(EN_HEADS), "They met for the Japan-Canada 2+2 Foreign and Defence Ministerial Meeting.",
     DG_TYPE_MEETING, "Japan-Canada 2+2 Foreign and Defence Ministerial Meeting",
     "meeting:japan-canada-2+2-foreign-and-defence-ministerial-meeting", NULL, NULL},
    {F(EN_HEADS), "They met for the ASEAN+3 Energy Ministers' Meeting.", DG_TYPE_MEETING,
     "ASEAN+3 Energy Ministers' Meeting", "meeting:asean-plus-three-energy-ministers-meeting", NULL, NULL},
    {F(EN_HEADS), "They met for the ASEAN+Energy Ministers' Meeting.", DG_TYPE_MEETING,
     "ASEAN+Energy Ministers' Meeting", NULL, NULL, NULL},
    {F(EN_HEADS), "They joined the Mekong-Korea 2+1 meeting in Hanoi.", DG_TYPE_MEETING,
     "Mekong-Korea 2+1 meeting", "meeting:mekong-korea-2+1-meeting", NULL, NULL},
    {F(EN_HEADS), "Exports beat the 2+1 meeting forecast.", DG_TYPE_MEETING, "2+1 meeting", NULL,
     NULL, NULL},
    /* symbols_words: a document symbol ends a resolution's name */
    {F(EN_HEADS), "Members voted for Security Council Resolution S/RES/2999 again.",
     DG_TYPE_PROGRAM, "Security Council Resolution S/RES/2999",
     "program:united-nations-security-council-resolution-s/res/2999", NULL, NULL},
    {F(EN_HEADS), "as the resolution (A/RES/12/345) asks", DG_TYPE_PROGRAM, "A/RES/12/345",
     "program:a/res/12/345", NULL, NULL},
    {F(EN_HEADS), "They fight HIV/AIDS/TB together.", DG_TYPE_PROGRAM, "HIV/AIDS/TB", NULL, NULL,
     NULL},
    /* name_goes_on: the last head of a run decides */
    {F(EN_HEADS), "The Pacific Coast Guard Cooperation Forum met.", DG_TYPE_MEETING,
     "Pacific Coast Guard Cooperation Forum", "meeting:pacific-coast-guard-cooperation-forum", NULL,
     NULL},
    {F(EN_HEADS), "The Pacific Coast Guard Cooperation Forum met.", DG_TYPE_ORGANIZATION,
     "Pacific Coast Guard", NULL, NULL, NULL},

    /* names_ordinal.c: 第N回, Nth and ordinal words before a known series; suffixes from
     * ordinal_suffixes.tsv (11th, 22nd, 101st, 113th) */
    {F(ORDINALS), "第7回日ASEAN防衛当局次官級会合が開かれた。", DG_TYPE_MEETING,
     "第7回日ASEAN防衛当局次官級会合", "meeting:asean-japan-defense-vice-ministers:7",
     "第7回日ASEAN防衛当局次官級会合", "7th Japan-ASEAN Vice-Ministerial Forum on Defense"},
    {F(ORDINALS), "The 9th Mekong-Japan Foreign Ministers' Meeting was held.", DG_TYPE_MEETING,
     "9th Mekong-Japan Foreign Ministers' Meeting", "meeting:mekong-japan-fmm:9",
     "第9回日メコン外相会議", "9th Mekong-Japan Foreign Ministers' Meeting"},
    {F(ORDINALS), "第22回日メコン外相会議", DG_TYPE_MEETING, "第22回日メコン外相会議",
     "meeting:mekong-japan-fmm:22", NULL, "22nd Mekong-Japan Foreign Ministers' Meeting"},
    /* caps_suffix: a suffix in capitals only before a word in capitals (a title in capitals) */
    {F(ORDINALS), "THE 26TH ASEAN-JAPAN SUMMIT", DG_TYPE_MEETING, "26TH ASEAN-JAPAN SUMMIT",
     "meeting:asean-japan-summit:26", NULL, "26th ASEAN-Japan Summit"},
    {F(ORDINALS), "The 26TH ASEAN-Japan Summit opened.", DG_TYPE_MEETING,
     "26TH ASEAN-Japan Summit", NULL, NULL, NULL},
    {F(ORDINALS), "第11回日メコン外相会議", DG_TYPE_MEETING, "第11回日メコン外相会議",
     "meeting:mekong-japan-fmm:11", NULL, "11th Mekong-Japan Foreign Ministers' Meeting"},
    {F(ORDINALS), "第101回日メコン外相会議", DG_TYPE_MEETING, "第101回日メコン外相会議",
     "meeting:mekong-japan-fmm:101", NULL, "101st Mekong-Japan Foreign Ministers' Meeting"},
    {F(ORDINALS), "第113回日メコン外相会議", DG_TYPE_MEETING, "第113回日メコン外相会議",
     "meeting:mekong-japan-fmm:113", NULL, "113th Mekong-Japan Foreign Ministers' Meeting"},
    {F(ORDINALS), "the Seventh Pacific Islands Leaders Meeting", DG_TYPE_MEETING,
     "Seventh Pacific Islands Leaders Meeting", "meeting:palm:7", "第7回太平洋・島サミット",
     "7th Pacific Islands Leaders Meeting"},
    {F(ORDINALS), "The 9TH Mekong-Japan Foreign Ministers' Meeting was held.", DG_TYPE_MEETING,
     "9TH Mekong-Japan Foreign Ministers' Meeting", NULL, NULL, NULL},
    /* goes_on_to_head: no instance of a known series whose name goes on into a longer one
     * (two Capitalized words or more ending in a head word); one word after it is none */
    {F(ORDINALS), "They held the 12th ADMM-Plus Meeting.", DG_TYPE_MEETING, "12th ADMM-Plus",
     "meeting:admm-plus:12", NULL, NULL},
    {F(ORDINALS), "They held the first ADMM-Plus Expert Working Group.", DG_TYPE_MEETING,
     "first ADMM-Plus", NULL, NULL, NULL},
    /* a kanji ordinal before a known series */
    {F(ORDINALS), "第十六回日メコン外相会議が開かれた。", DG_TYPE_MEETING, "第十六回日メコン外相会議",
     "meeting:mekong-japan-fmm:16", "第16回日メコン外相会議", NULL},
    {F(ORDINALS), "第十六次日メコン外相会議が開かれた。", DG_TYPE_MEETING, "第十六次日メコン外相会議",
     NULL, NULL, NULL},
    /* acronym_number: a series' acronym and its number, glued, spaced or hyphenated */
    {F(ORDINALS), "Delegates left COP-27 in Egypt.", DG_TYPE_MEETING, "COP-27", "meeting:cop:27",
     "第27回国連気候変動枠組条約締約国会議", "27th UNFCCC Conference of the Parties"},
    {F(ORDINALS), "Delegates left COP27 in Egypt.", DG_TYPE_MEETING, "COP27", "meeting:cop:27",
     NULL, NULL},
    {F(ORDINALS), "Delegates left COP 2027 in Egypt.", DG_TYPE_MEETING, "COP 2027", NULL, NULL,
     NULL},
    /* lower_head_after: a meeting's head in lower case after the series' acronym is the
     * instance's too, after its number or an ordinal; near miss: a capitalized head (a
     * name of its own: names_en.c) */
    {F(ORDINALS), "Delegates left the COP-27 summit in Egypt.", DG_TYPE_MEETING, "COP-27 summit",
     "meeting:cop:27", NULL, NULL},
    {F(ORDINALS), "Delegates left the 27th COP summit meeting in Egypt.", DG_TYPE_MEETING,
     "27th COP summit meeting", "meeting:cop:27", NULL, NULL},
    {F(ORDINALS), "Delegates left the COP-27 Summit in Egypt.", DG_TYPE_MEETING, "COP-27 Summit",
     NULL, NULL, NULL},
    /* an ordinal before a name no dictionary lists is part of a new name */
    {F(ORDINALS) | F(JA_HEADS), "第4回太平洋海洋協力対話が開かれた。", DG_TYPE_MEETING,
     "第4回太平洋海洋協力対話", "meeting:第4回太平洋海洋協力対話", NULL, NULL},

    /* a known name's full name in parentheses, a word's reading in hiragana; not other
       words in parentheses */
    {F(JA_HEADS), "各国はSCO(上海協力機構)首脳会議に参加した。", DG_TYPE_MEETING,
     "SCO(上海協力機構)首脳会議", "meeting:sco(上海協力機構)首脳会議", NULL, NULL},
    {F(JA_HEADS), "両国は日EU循環(じゅんかん)経済アクションプランを採択した。", DG_TYPE_PROGRAM,
     "日EU循環(じゅんかん)経済アクションプラン", "program:日eu循環(じゅんかん)経済アクションプラン",
     NULL, NULL},
    {F(JA_HEADS), "各国はSCO(加盟国)首脳会議に参加した。", DG_TYPE_MEETING,
     "SCO(加盟国)首脳会議", NULL, NULL, NULL},
    /* a group and its members in parentheses (member_list); near misses: a joiner left
       over, a word that is no country, a country's own name before the list */
    {F(JA_HEADS), "第4回ASEAN+3(日、中、韓)保健大臣会合が開かれた。", DG_TYPE_MEETING,
     "第4回ASEAN+3(日、中、韓)保健大臣会合", "meeting:第4回asean+3(日、中、韓)保健大臣会合", NULL,
     NULL},
    {F(JA_HEADS), "ASEAN+3(ASEAN10か国及び日中韓)観光大臣会合が開かれた。", DG_TYPE_MEETING,
     "ASEAN+3(ASEAN10か国及び日中韓)観光大臣会合",
     "meeting:asean+3(asean10か国及び日中韓)観光大臣会合", NULL, NULL},
    {F(JA_HEADS), "ASEAN(日本、)首脳会議が開かれた。", DG_TYPE_MEETING, "ASEAN(日本、)首脳会議",
     NULL, NULL, NULL},
    {F(JA_HEADS), "ASEAN(日本及び観光)首脳会議が開かれた。", DG_TYPE_MEETING,
     "ASEAN(日本及び観光)首脳会議", NULL, NULL, NULL},
    {F(JA_HEADS), "日本(日、中)首脳会議が開かれた。", DG_TYPE_MEETING, "日本(日、中)首脳会議", NULL,
     NULL, NULL},
    /* an instance's series glossed after it: 第5回EAS(東アジア首脳会議) */
    {F(ORDINALS) | F(JA_HEADS), "第5回EAS(東アジア首脳会議)環境大臣会合が開かれた。",
     DG_TYPE_MEETING, "第5回EAS(東アジア首脳会議)環境大臣会合",
     "meeting:第5回eas(東アジア首脳会議)環境大臣会合", NULL, NULL},
    /* a list's number begins no name (skip_list_number); near miss: a version */
    {F(JA_HEADS), "1.ASEAN+3保健大臣会合 本日開かれた。", DG_TYPE_MEETING, "ASEAN+3保健大臣会合",
     "meeting:asean+3保健大臣会合", NULL, NULL},
    {F(JA_HEADS), "1.ASEAN+3保健大臣会合 本日開かれた。", DG_TYPE_MEETING,
     "1.ASEAN+3保健大臣会合", NULL, NULL, NULL},
    {F(JA_HEADS), "両国は2.5トラック対話を開いた。", DG_TYPE_MEETING, "2.5トラック対話",
     "meeting:2.5トラック対話", NULL, NULL},
    /* names_record.c: a known name written with a gloss; a known name covers a shorter one */
    {F(JA_HEADS), "両国はCA+JAD(カジャッド)東京イニシアティブを紹介した。", DG_TYPE_PROGRAM,
     "CA+JAD(カジャッド)東京イニシアティブ", "program:ca-jad-tokyo-initiative",
     "CA+JAD東京イニシアティブ", "CA+JAD Tokyo Initiative"},
    {F(EN_HEADS), "The ASEAN Regional Forum met.", DG_TYPE_MEETING, "Regional Forum", NULL, NULL,
     NULL},
    /* known_gloss: a name glossed with a known acronym of its kind is that name */
    {F(EN_HEADS), "the Central Asia Regional Economic Cooperation (CAREC) Program plans roads",
     DG_TYPE_PROGRAM, "Central Asia Regional Economic Cooperation (CAREC) Program", "program:carec",
     NULL, NULL},
    {F(EN_HEADS), "the Central Asia Regional Economic Cooperation (CAREC) Energy Program plans",
     DG_TYPE_PROGRAM, "Central Asia Regional Economic Cooperation (CAREC) Energy Program",
     "program:central-asia-regional-economic-cooperation-energy-program", NULL, NULL},

    /* known_by_gloss: a name glossed with its acronym is the dictionary's name of the
     * acronym and the rest; near miss: the long form is only part of what comes before
     * (日本・ and an ordinal: the Japan-PIF summit's instance, not the Forum's own) */
    {F(JA_HEADS), "首相はアジア太平洋経済協力会議(APEC)首脳会議に出席した。", DG_TYPE_MEETING,
     "アジア太平洋経済協力会議(APEC)首脳会議", "meeting:apec-leaders", NULL, NULL},
    {F(JA_HEADS), "第9回日本・太平洋諸島フォーラム(PIF)首脳会議が開かれた。", DG_TYPE_MEETING,
     "第9回日本・太平洋諸島フォーラム(PIF)首脳会議",
     "meeting:palm:9", NULL, NULL},
    /* take_gloss, abbreviations_start: countries' abbreviations glossed with their names;
     * near miss: other words in the gloss */
    {F(JA_HEADS), "日中韓(日本・中国・韓国)首脳会議が開かれた。", DG_TYPE_MEETING,
     "日中韓(日本・中国・韓国)首脳会議", "meeting:japan-china-rok-summit", NULL, NULL},
    {F(JA_HEADS), "日中韓(観光・文化)首脳会議が開かれた。", DG_TYPE_MEETING,
     "日中韓(観光・文化)首脳会議", NULL, NULL, NULL},

    /* names_reordered.c: a dictionary meeting with its group moved out: a possessive (an
     * ordinal and meeting_modifiers.tsv words between), "of", の; near misses: another
     * party with the group, a word that makes another meeting (special), a name going on */
    {F(REORDERED), "Leaders met for ASEAN's 45th summit in Vientiane.", DG_TYPE_MEETING,
     "ASEAN's 45th summit", "meeting:asean-summit:45", "第45回ASEAN首脳会議",
     "45th ASEAN Summit"},
    {F(REORDERED), "The Pacific Islands Forum's annual leaders' meeting opened.",
     DG_TYPE_MEETING, "Pacific Islands Forum's annual leaders' meeting", "meeting:pif-leaders",
     NULL, NULL},
    {F(REORDERED), "ASEAN's summit with Japan was held.", DG_TYPE_MEETING, "ASEAN's summit",
     NULL, NULL, NULL},
    {F(REORDERED), "Japan and ASEAN's summit was held.", DG_TYPE_MEETING, "ASEAN's summit",
     NULL, NULL, NULL},
    {F(REORDERED), "ASEAN's special summit was held.", DG_TYPE_MEETING, "ASEAN's special summit",
     NULL, NULL, NULL},
    {F(REORDERED), "Ministers attended the second summit of ASEAN in Hanoi.", DG_TYPE_MEETING,
     "second summit of ASEAN", "meeting:asean-summit:2", NULL, "2nd ASEAN Summit"},
    {F(REORDERED), "They held the summit of ASEAN and Japan.", DG_TYPE_MEETING,
     "summit of ASEAN", NULL, NULL, NULL},
    /* party_list (names_en.c): a meeting's tail ending with a country or group goes on
     * over its other parties, the last after "and", the article or a glossed acronym
     * between (listed_parties in names_reordered.c: no group's meeting then); near misses:
     * an item that is no party, a comma list with no "and" item closing it */
    {HEADS | F(REORDERED),
     "The 3rd Meeting of the Foreign Ministers of ASEAN and Fiji, Japan and the Philippines was held.",
     DG_TYPE_MEETING, "3rd Meeting of the Foreign Ministers of ASEAN and Fiji, Japan and the Philippines",
     "meeting:3rd-meeting-of-the-foreign-ministers-of-asean-and-fiji-japan-and-the-philippines",
     NULL, NULL},
    {HEADS | F(REORDERED), "The Meeting of the Foreign Ministers of ASEAN, Japan and Fiji was held.",
     DG_TYPE_MEETING, "Meeting of the Foreign Ministers of ASEAN, Japan and Fiji",
     "meeting:meeting-of-the-foreign-ministers-of-asean-japan-and-fiji", NULL, NULL},
    {HEADS | F(REORDERED),
     "The Summit of the Association of Southeast Asian Nations (ASEAN) and the European Union (EU) opened.",
     DG_TYPE_MEETING,
     "Summit of the Association of Southeast Asian Nations (ASEAN) and the European Union",
     "meeting:summit-of-the-asean-and-the-european-union", NULL, NULL},
    {HEADS | F(REORDERED), "The Summit of ASEAN and Reef Cooperation was held.", DG_TYPE_MEETING,
     "Summit of ASEAN and Reef Cooperation", NULL, NULL, NULL},
    {F(REORDERED), "She spoke at the summit of ASEAN, Japan and Fiji in Hanoi.", DG_TYPE_MEETING,
     "summit of ASEAN", NULL, NULL, NULL},
    {F(REORDERED), "She spoke at the second summit of ASEAN, Japan said.", DG_TYPE_MEETING,
     "second summit of ASEAN", "meeting:asean-summit:2", NULL, NULL},
    /* body_tail (names_en.c): a meeting named by its head alone, "of the" and a body named
     * by a head word with a tail; near misses: the body's head alone, another joiner */
    {HEADS, "The 3rd Summit of the Conference on Ocean Trust was held in Apia.", DG_TYPE_MEETING,
     "3rd Summit of the Conference on Ocean Trust",
     "meeting:3rd-summit-of-the-conference-on-ocean-trust", NULL, NULL},
    {HEADS, "The 2nd Meeting of the Council of Heads of Government of the Reef Union was held.",
     DG_TYPE_MEETING, "2nd Meeting of the Council of Heads of Government of the Reef Union",
     "meeting:2nd-meeting-of-the-council-of-heads-of-government-of-the-reef-union", NULL, NULL},
    {HEADS, "The 3rd Summit of the Conference was held in Apia.", DG_TYPE_MEETING,
     "3rd Summit of the Conference", NULL, NULL, NULL},
    {HEADS, "The Summit for the Council of Reef Nations was held in Apia.", DG_TYPE_MEETING,
     "Summit for the Council of Reef Nations", NULL, NULL, NULL},
    /* ... the body's words after the group (a meeting of ASEAN foreign ministers:
     * ASEAN Foreign Ministers' Meeting); near miss: a word describing another kind of
     * meeting before them (the standing meeting of ...) */
    {F(REORDERED), "She spoke at the second meeting of ASEAN foreign ministers in Hanoi.",
     DG_TYPE_MEETING, "second meeting of ASEAN foreign ministers", "meeting:amm:2", NULL, NULL},
    {F(REORDERED), "She spoke at the standing meeting of ASEAN foreign ministers in Hanoi.",
     DG_TYPE_MEETING, "meeting of ASEAN foreign ministers", NULL, NULL, NULL},
    /* body_of_meeting: the head "of" the body "of" or "from" the group; near miss: another
     * party with the group */
    {F(REORDERED), "A meeting of the economic ministers of the Pacific Islands Forum opened.",
     DG_TYPE_MEETING, "meeting of the economic ministers of the Pacific Islands Forum",
     "meeting:pif-economic-ministers", NULL, NULL},
    {F(REORDERED), "The 3rd meeting of defence ministers from ASEAN opened in Hanoi.",
     DG_TYPE_MEETING, "3rd meeting of defence ministers from ASEAN", "meeting:admm:3", NULL,
     NULL},
    {F(REORDERED), "A meeting of defence ministers from ASEAN and Japan opened.",
     DG_TYPE_MEETING, "meeting of defence ministers from ASEAN", NULL, NULL, NULL},
    {F(REORDERED), "ASEANの第45回首脳会議がビエンチャンで開かれた。", DG_TYPE_MEETING,
     "ASEANの第45回首脳会議", "meeting:asean-summit:45", "第45回ASEAN首脳会議", NULL},
    {F(REORDERED), "日本とASEANの首脳会議が開かれた。", DG_TYPE_MEETING, "ASEANの首脳会議", NULL,
     NULL, NULL},
    {F(REORDERED), "ASEANの首脳会議声明を採択した。", DG_TYPE_MEETING, "ASEANの首脳会議", NULL,
     NULL, NULL},
    /* abbreviations_meeting: countries' abbreviations, の and a head of three characters or
     * more: the dictionary's, else a new meeting named without の; near misses: the run
     * ends a longer word (来日中), a country's full name (no abbreviations) */
    {F(REORDERED), "日中韓の外相会談が都内で開かれた。", DG_TYPE_MEETING, "日中韓の外相会談",
     "meeting:日中韓外相会談", "日中韓外相会談", NULL},
    {F(REORDERED), "日中韓の首脳会議が開かれた。", DG_TYPE_MEETING, "日中韓の首脳会議",
     "meeting:japan-china-rok-summit", NULL, NULL},
    {F(REORDERED), "来日中の首脳会議が開かれた。", DG_TYPE_MEETING, "日中の首脳会議", NULL, NULL,
     NULL},
    {F(REORDERED), "日本とタイの首脳会議が開かれた。", DG_TYPE_MEETING, "タイの首脳会議", NULL,
     NULL, NULL},
    /* new_group_meeting: GROUPの and words ending in a meeting's head of three characters or
     * more that no dictionary knows: named as written together; near misses: a head of two
     * characters (会議), a name going on past the head (首脳会議声明) */
    {F(REORDERED), "東南アジア諸国連合の非公式外相会議が開幕した。", DG_TYPE_MEETING,
     "東南アジア諸国連合の非公式外相会議", "meeting:asean非公式外相会議", NULL, NULL},
    {F(REORDERED), "ASEANの第3回非公式外相会議が開幕した。", DG_TYPE_MEETING,
     "ASEANの第3回非公式外相会議", "meeting:第3回asean非公式外相会議", NULL, NULL},
    {F(REORDERED), "ASEANの会議が開かれた。", DG_TYPE_MEETING, "ASEANの会議", NULL, NULL, NULL},
    /* glossed_span: the group as the gloss in parentheses of its name, the two maybe
     * quoted: the dictionary's meeting, else one named by the gloss; near miss: the gloss of
     * another name (タイ(ASEAN)) */
    {F(REORDERED), "「東南アジア諸国連合(ASEAN)」の首脳会議が開かれた。", DG_TYPE_MEETING,
     "東南アジア諸国連合(ASEAN)」の首脳会議", "meeting:asean-summit", NULL, NULL},
    {F(REORDERED), "東南アジア諸国連合(ASEAN)の首脳会議が開かれた。", DG_TYPE_MEETING,
     "東南アジア諸国連合(ASEAN)の首脳会議", "meeting:asean-summit", NULL, NULL},
    {F(REORDERED), "「ベンガル湾多分野技術経済協力イニシアティブ(BIMSTEC)」の外相会議が開かれた。",
     DG_TYPE_MEETING, "ベンガル湾多分野技術経済協力イニシアティブ(BIMSTEC)」の外相会議",
     "meeting:bimstec外相会議", "BIMSTEC外相会議", NULL},
    {F(REORDERED), "タイ(ASEAN)の首脳会議が開かれた。", DG_TYPE_MEETING, "タイ(ASEAN)の首脳会議",
     NULL, NULL, NULL},
    {F(REORDERED), "ASEANの非公式外相会議声明を採択した。", DG_TYPE_MEETING,
     "ASEANの非公式外相会議", NULL, NULL, NULL},
    /* listed_meeting: the countries listed with と and 、 by their names, の and a head (外相
     * 同士の会談 read as 外相会談): named by their abbreviations as above; near misses: one
     * country, words that make no head (企業同士の会談) */
    {F(REORDERED), "日本と中国、韓国の外相同士の会談が都内で開かれた。", DG_TYPE_MEETING,
     "日本と中国、韓国の外相同士の会談", "meeting:日中韓外相会談", "日中韓外相会談", NULL},
    {F(REORDERED), "日本と中国の首脳会議が開かれた。", DG_TYPE_MEETING, "日本と中国の首脳会議",
     "meeting:日中首脳会議", NULL, NULL},
    {F(REORDERED), "中国の外相同士の会談が開かれた。", DG_TYPE_MEETING, "中国の外相同士の会談",
     NULL, NULL, NULL},
    {F(REORDERED), "日本と中国の企業同士の会談が開かれた。", DG_TYPE_MEETING,
     "日本と中国の企業同士の会談", NULL, NULL, NULL},

    /* names_acronym.c: an acronym in parentheses names the later whole words */
    {F(EN_HEADS) | F(ACRONYMS),
     "Japan set up the Blue Pacific Resilience Facility (BPRF). The BPRF funds boats.",
     DG_TYPE_PROGRAM, "BPRF", "program:blue-pacific-resilience-facility",
     "Blue Pacific Resilience Facility", NULL},
    {F(EN_HEADS) | F(ACRONYMS), "The Blue Pacific Resilience Facility (BPRF) and BPRFX.",
     DG_TYPE_PROGRAM, "BPRFX", NULL, NULL, NULL},
    {F(EN_HEADS) | F(ACRONYMS), "The Coral Reef Research Fund (note) was set up.",
     DG_TYPE_PROGRAM, "note", NULL, NULL, NULL},
    /* define_inside: an acronym glossed inside a name names it */
    {F(EN_HEADS) | F(ACRONYMS),
     "Donors back the Small Island States (SIS) Resilience Initiative. SIS grants grew.",
     DG_TYPE_PROGRAM, "SIS", "program:small-island-states-resilience-initiative", NULL, NULL},
    /* coordinated: an acronym no one defined takes the kind of a known name beside it */
    {F(EN_HEADS) | F(ACRONYMS), "They work with WHO and VACNET. VACNET buys vaccines.",
     DG_TYPE_ORGANIZATION, "VACNET", "org:vacnet", NULL, NULL},
    {F(EN_HEADS) | F(ACRONYMS), "They work with Japan and VACNET on vaccines.",
     DG_TYPE_ORGANIZATION, "VACNET", NULL, NULL, NULL},
    /* a quoted name, then its acronym */
    {F(JA_QUOTED) | F(ACRONYMS), "「太平洋海洋安全イニシアティブ」(PMSI)を活用する。PMSIの予算。",
     DG_TYPE_PROGRAM, "PMSI", "program:太平洋海洋安全イニシアティブ", NULL, NULL},
    /* repoint_short_name: a new name filling the parenthesis is the short form */
    {F(JA_HEADS) | F(ACRONYMS),
     "日太平洋海洋協力共同声明(横須賀声明)を発出した。各国は横須賀声明を確認した。", DG_TYPE_PROGRAM, "横須賀声明", "program:日太平洋海洋協力共同声明", NULL, NULL},
    {F(JA_HEADS), "日太平洋海洋協力共同声明(横須賀声明)を発出した。各国は横須賀声明を確認した。",
     DG_TYPE_PROGRAM, "横須賀声明", "program:横須賀声明", NULL, NULL},
    /* other_names_inside: the English name inside points at the entity and labels it */
    {F(JA_HEADS) | F(EN_HEADS) | F(ACRONYMS),
     "太平洋海洋協力イニシアティブ(英名: Pacific Ocean Cooperation Initiative: POCI)を発表した。",
     DG_TYPE_PROGRAM, "Pacific Ocean Cooperation Initiative",
     "program:太平洋海洋協力イニシアティブ", "太平洋海洋協力イニシアティブ",
     "Pacific Ocean Cooperation Initiative"},
    {F(JA_HEADS) | F(EN_HEADS),
     "太平洋海洋協力イニシアティブ(英名: Pacific Ocean Cooperation Initiative: POCI)を発表した。",
     DG_TYPE_PROGRAM, "POCI", NULL, NULL, NULL},

    /* names_people_ja.c, title_at and person_tokens: the name before a title */
    {F(JA_PEOPLE), "森川浩一内閣総理大臣が出席した。", DG_TYPE_PERSON, "森川浩一", "person:森川浩一",
     "森川浩一", ""},
    {F(JA_PEOPLE), "各国防衛当局次官級で確認した。", DG_TYPE_PERSON, "当局", NULL, NULL, NULL},
    /* owner_start: a country (or 駐 and a country) between the name and the title */
    {F(JA_PEOPLE), "佐藤駐ベトナム日本国特命全権大使が出席した。", DG_TYPE_PERSON, "佐藤",
     "person:佐藤", NULL, NULL},
    {F(JA_PEOPLE), "ベトナム首相が参加した。", DG_TYPE_PERSON, "ベトナム", NULL, NULL, NULL},
    /* owner_start: 駐日 (an envoy to Japan), 前 or 元 (a former office) before the country;
     * near miss: 前 after no name (会議前) */
    {F(JA_PEOPLE), "ジョン・スミス駐日オーストラリア大使が出席した。", DG_TYPE_PERSON,
     "ジョン・スミス", "person:ジョン・スミス", NULL, NULL},
    {F(JA_PEOPLE), "ロペス前フィリピン大統領が講演した。", DG_TYPE_PERSON, "ロペス",
     "person:ロペス", NULL, NULL},
    {F(JA_PEOPLE), "会議前フィリピン大統領が到着した。", DG_TYPE_PERSON, "会議", NULL, NULL, NULL},
    /* titles.tsv: short portfolios in 相, 副長官, 会頭 (the body between: 内閣官房); near
     * miss: a country alone before 財政相 */
    {F(JA_PEOPLE), "山田太郎財務相が出席した。", DG_TYPE_PERSON, "山田太郎", "person:山田太郎",
     NULL, NULL},
    {F(JA_PEOPLE), "佐藤一郎内閣官房副長官が説明した。", DG_TYPE_PERSON, "佐藤一郎",
     "person:佐藤一郎", NULL, NULL},
    {F(JA_PEOPLE), "鈴木一郎会頭が講演した。", DG_TYPE_PERSON, "鈴木一郎", "person:鈴木一郎", NULL,
     NULL},
    {F(JA_PEOPLE), "ベトナム財政相が参加した。", DG_TYPE_PERSON, "ベトナム", NULL, NULL, NULL},
    /* titles.tsv: 理事, 専務理事 after the name; near miss: a board (理事会) names no one */
    {F(JA_PEOPLE), "商工会議所の中村和雄理事が説明した。", DG_TYPE_PERSON, "中村和雄",
     "person:中村和雄", NULL, NULL},
    {F(JA_PEOPLE), "安全保障理事会の会合が開かれた。", DG_TYPE_PERSON, "安全保障", NULL, NULL, NULL},
    /* org_compound_start: an organization's compound name between them */
    {F(JA_PEOPLE), "鈴木健太郎総合外交政策局審議官が説明した。", DG_TYPE_PERSON, "鈴木健太郎",
     "person:鈴木健太郎", NULL, NULL},
    /* person_glued_to_owner: MeCab reads the name and the country as one word */
    {F(JA_PEOPLE), "ボロトフ・ウズベキスタン大統領が来日した。", DG_TYPE_PERSON, "ボロトフ",
     "person:ボロトフ", NULL, NULL},
    /* dotted_katakana_name: parts joined by ・ */
    /* portfolio_start: a minister's portfolio after a new katakana name, no owner before it;
     * near miss: a katakana word MeCab knows is no name */
    {F(JA_PEOPLE), "マレーシアのザフルディン国際貿易産業大臣と会談した。", DG_TYPE_PERSON,
     "ザフルディン", "person:ザフルディン", NULL, NULL},
    {F(JA_PEOPLE), "エネルギー国際貿易産業大臣と会談した。", DG_TYPE_PERSON, "エネルギー", NULL,
     NULL, NULL},
    /* heads of offices and divisions (所長, 課長), a post in a country (在ラオス); near miss:
     * a title alone */
    {F(JA_PEOPLE), "式には岩田在ラオスJICA所長が参加した。", DG_TYPE_PERSON, "岩田", "person:岩田",
     NULL, NULL},
    {F(JA_PEOPLE), "式にはラオス外務省サムラン課長が参加した。", DG_TYPE_PERSON, "サムラン",
     "person:サムラン", NULL, NULL},
    {F(JA_PEOPLE), "式には総務課長が参加した。", DG_TYPE_PERSON, "総務", NULL, NULL, NULL},
    {F(JA_PEOPLE), "ブルネイのザフルディン・アリ第二外務貿易大臣と会談した。", DG_TYPE_PERSON,
     "ザフルディン・アリ", "person:ザフルディン・アリ", NULL, NULL},
    {F(JA_PEOPLE), "アンナ・ホワイト外務貿易省次官が出席した。", DG_TYPE_PERSON, "アンナ・ホワイト",
     "person:アンナ・ホワイト", NULL, NULL},
    {F(JA_PEOPLE), "アンナ・ホワイト外務貿易省次官が出席した。", DG_TYPE_PERSON, "ホワイト", NULL,
     NULL, NULL},
    /* new_katakana_before: a name's last part of two characters after a ・; near miss: a
     * common noun there */
    {F(JA_PEOPLE), "ラオスのケン・ミン商業大臣と会談した。", DG_TYPE_PERSON, "ケン・ミン",
     "person:ケン・ミン", NULL, NULL},
    {F(JA_PEOPLE), "ジョン・ツアー商業大臣と会談した。", DG_TYPE_PERSON, "ジョン・ツアー", NULL,
     NULL, NULL},
    /* noun_name_before_title: a family name MeCab reads as a common noun of two kanji ending
     * as family names do (surname_endings.tsv) where a name opens before a listed portfolio;
     * near misses: a noun ending otherwise, a portfolio word before a portfolio no title lists */
    {F(JA_PEOPLE), "北側国土交通大臣が出席した。", DG_TYPE_PERSON, "北側", "person:北側", NULL, NULL},
    {F(JA_PEOPLE), "会合には、大口厚生労働副大臣が出席した。", DG_TYPE_PERSON, "大口", "person:大口",
     NULL, NULL},
    {F(JA_PEOPLE), "両国外務大臣が会談した。", DG_TYPE_PERSON, "両国", NULL, NULL, NULL},
    {F(JA_PEOPLE), "会合には、岩屋港湾副大臣が出席した。", DG_TYPE_PERSON, "岩屋", NULL, NULL, NULL},
    /* person_name_before: a word MeCab calls 人名 before a portfolio no title lists; near
     * miss: a plain noun there */
    {F(JA_PEOPLE), "田中通商産業大臣が述べた。", DG_TYPE_PERSON, "田中", "person:田中", NULL, NULL},
    {F(JA_PEOPLE), "政府通商産業大臣が述べた。", DG_TYPE_PERSON, "政府", NULL, NULL, NULL},
    /* new_katakana_before: a two-character name MeCab does not know; near miss: a word it
     * knows there, no owner before it */
    {F(JA_PEOPLE), "ヨン財務大臣が出席した。", DG_TYPE_PERSON, "ヨン", "person:ヨン", NULL, NULL},
    {F(JA_PEOPLE), "パン財務大臣が出席した。", DG_TYPE_PERSON, "パン", NULL, NULL, NULL},
    /* katakana_gloss_before: a Latin name glossed in katakana before a portfolio; near miss:
     * an acronym's reading */
    {F(JA_PEOPLE), "Nguyen Van An(グエン・バン・アン)財務次官が出席した。", DG_TYPE_PERSON,
     "グエン・バン・アン", "person:グエン・バン・アン", NULL, NULL},
    {F(JA_PEOPLE), "ABC(エービーシー)財務次官が出席した。", DG_TYPE_PERSON, "エービーシー", NULL,
     NULL, NULL},
    /* reading_before: a kanji name's katakana reading in parentheses before its title is
     * left out; near miss: a reading after Latin letters; titles.tsv: 事務次長 */
    {F(JA_PEOPLE), "会議には、崔明燮(チェ・ミョンソプ)事務局長も出席した。", DG_TYPE_PERSON,
     "崔明燮", "person:崔明燮", NULL, NULL},
    {F(JA_PEOPLE), "会議には、崔明燮(チェ・ミョンソプ)事務局長も出席した。", DG_TYPE_PERSON,
     "崔明燮(チェ・ミョンソプ)", NULL, NULL, NULL},
    {F(JA_PEOPLE), "会議には、KTO(ケーティーオー)事務局長も出席した。", DG_TYPE_PERSON,
     "ケーティーオー", NULL, NULL, NULL},
    {F(JA_PEOPLE), "会議には、山中健二事務次長も出席した。", DG_TYPE_PERSON, "山中健二",
     "person:山中健二", NULL, NULL},
    /* dotted_katakana_name: a capital initial between two parts (initial_before); near
     * miss: two letters are no initial */
    {F(JA_PEOPLE), "マリア・K・ロドリゴ大統領と会談した。", DG_TYPE_PERSON, "マリア・K・ロドリゴ",
     "person:マリア・k・ロドリゴ", NULL, NULL},
    {F(JA_PEOPLE), "マリア・KR・ロドリゴ大統領と会談した。", DG_TYPE_PERSON, "マリア・KR・ロドリゴ",
     NULL, NULL, NULL},
    /* country_glued: a katakana name and its country MeCab made one word of
     * (…ロンシンガポール|共和国首相): the country is cut off; near miss: a short country
     * name (マリ) at the end of a name stays in it */
    {F(JA_PEOPLE), "議長を務めるタン・ウェイロンシンガポール共和国首相が挨拶した。", DG_TYPE_PERSON,
     "タン・ウェイロン", "person:タン・ウェイロン", NULL, NULL},
    {F(JA_PEOPLE), "議長を務めるタン・ウェイロンシンガポール共和国首相が挨拶した。", DG_TYPE_PERSON,
     "タン・ウェイロンシンガポール", NULL, NULL, NULL},
    {F(JA_PEOPLE), "ヒマリ大統領が出席した。", DG_TYPE_PERSON, "ヒマリ", "person:ヒマリ", NULL, NULL},
    /* reading_before: a hiragana reading with ・, a space of the source after the reading,
     * a reading before a ministry named 部 (sinitic_person); titles.tsv: 副部長; near
     * misses: hiragana with no ・ (a word's reading), a ministry alone before 副部長 */
    {F(JA_PEOPLE), "会議には、中国・王明華(おう・めいか)商務部副部長が出席した。",
     DG_TYPE_PERSON, "王明華", "person:王明華", NULL, NULL},
    {F(JA_PEOPLE), "会議には、陳明華(ちんめいか)部長も出席した。", DG_TYPE_PERSON, "陳明華",
     NULL, NULL, NULL},
    {F(JA_PEOPLE), "中国の王明華(ワン・ミンホア)商務部長が出席した。", DG_TYPE_PERSON, "王明華",
     "person:王明華", NULL, NULL},
    {F(JA_PEOPLE), "中国の王明華(ワン・ミンホア) 衛生部長が出席した。", DG_TYPE_PERSON, "王明華",
     "person:王明華", NULL, NULL},
    {F(JA_PEOPLE), "中国の王明華副部長が出席した。", DG_TYPE_PERSON, "王明華", "person:王明華",
     NULL, NULL},
    {F(JA_PEOPLE), "中国の商務部副部長が出席した。", DG_TYPE_PERSON, "商務", NULL, NULL, NULL},
    /* spaced_name_before: a name a space in the source sets apart from its portfolio and
     * title, whatever MeCab cuts it into (築|留|正|介); near misses: no space, a common noun */
    {F(JA_PEOPLE), "〔日本〕 築留正介 文部科学副大臣,山中健二 文化庁長官 他", DG_TYPE_PERSON,
     "築留正介", "person:築留正介", NULL, NULL},
    {F(JA_PEOPLE), "築留正介文部科学副大臣が出席した。", DG_TYPE_PERSON, "築留正介", NULL, NULL,
     NULL},
    {F(JA_PEOPLE), "本会議 議長が挨拶した。", DG_TYPE_PERSON, "本会議", NULL, NULL, NULL},
    {F(JA_PEOPLE), "日程第二 国務大臣の報告", DG_TYPE_PERSON, "日程第二", NULL, NULL, NULL},
    /* spaced_katakana_before: a dotted katakana name a space sets apart from a portfolio
     * that holds katakana or ・; near misses: one part only, no space */
    {F(JA_PEOPLE), "・ラオス: チャン・バン・ミン 情報スポーツ振興省副長官", DG_TYPE_PERSON,
     "チャン・バン・ミン", "person:チャン・バン・ミン", NULL, NULL},
    {F(JA_PEOPLE), "・タイ: アフマド・ラザク 文化・芸術省副事務次官", DG_TYPE_PERSON,
     "アフマド・ラザク", "person:アフマド・ラザク", NULL, NULL},
    {F(JA_PEOPLE), "・タイ: アフマド 文化・芸術省副事務次官", DG_TYPE_PERSON, "アフマド",
     NULL, NULL, NULL},
    /* named_family_name: a place's word before a title is the family name of a person the
     * document named in full; near miss: no such person */
    {F(JA_PEOPLE), "長野花子環境大臣が出席した。会合では、長野環境大臣が協力を表明した。",
     DG_TYPE_PERSON, "長野", "person:長野", NULL, NULL},
    {F(JA_PEOPLE), "会合では、長野環境大臣が協力を表明した。", DG_TYPE_PERSON, "長野", NULL, NULL,
     NULL},
    /* surname_before_unit, titles.tsv 室長: a family name before the units of a bureau and
     * a title (a list of attendees); near miss: a place's name first */
    {F(JA_PEOPLE), "出席者:佐藤水資源局国際連携課国際調整室長、他", DG_TYPE_PERSON, "佐藤",
     "person:佐藤", NULL, NULL},
    {F(JA_PEOPLE), "福島環境保健部企画課長、他", DG_TYPE_PERSON, "福島", NULL, NULL, NULL},
    /* titles.tsv 次長: after a name; near miss: after an organization alone */
    {F(JA_PEOPLE), "グエン・ミン・ズン環境総局次長が出席した。", DG_TYPE_PERSON, "グエン・ミン・ズン",
     "person:グエン・ミン・ズン", NULL, NULL},
    {F(JA_PEOPLE), "気象庁次長が出席した。", DG_TYPE_PERSON, "気象庁", NULL, NULL, NULL},
    /* portfolio_start: a suffix may end the portfolio (a ministry named 部); near miss: the
     * suffix alone */
    {F(JA_PEOPLE), "ヨン企画財政部長官が出席した。", DG_TYPE_PERSON, "ヨン", "person:ヨン", NULL,
     NULL},
    {F(JA_PEOPLE), "ヨン部長官が出席した。", DG_TYPE_PERSON, "ヨン", NULL, NULL, NULL},
    /* owned_names: a katakana name after its owner's の, or after a title and と, before a
     * portfolio and a title that MeCab may cut (電気通信大|臣); near misses: a word MeCab
     * knows of more than two characters, no title before と */
    {F(JA_PEOPLE), "ラオスのホン科学技術大臣と会談した。", DG_TYPE_PERSON, "ホン", "person:ホン",
     NULL, NULL},
    {F(JA_PEOPLE), "ケニアのンゴマ教育イノベーション大臣と会談した。", DG_TYPE_PERSON, "ンゴマ",
     "person:ンゴマ", NULL, NULL},
    {F(JA_PEOPLE), "タイのポンサワット郵便電気通信大臣と会談した。", DG_TYPE_PERSON,
     "ポンサワット", "person:ポンサワット", NULL, NULL},
    {F(JA_PEOPLE), "世界銀行のマカンガ東部アフリカ地域担当副総裁と会談した。", DG_TYPE_PERSON,
     "マカンガ", "person:マカンガ", NULL, NULL},
    {F(JA_PEOPLE), "山田外務大臣とソムポン・ケオ郵便電気通信大臣が署名した。", DG_TYPE_PERSON,
     "ソムポン・ケオ", "person:ソムポン・ケオ", NULL, NULL},
    {F(JA_PEOPLE), "タイのデジタル大臣と会談した。", DG_TYPE_PERSON, "デジタル", NULL, NULL, NULL},
    /* a known word of three characters right before the title is a name (フック); near
     * miss: one before a portfolio */
    {F(JA_PEOPLE), "ラオスのフック首相と会談した。", DG_TYPE_PERSON, "フック", "person:フック", NULL,
     NULL},
    {F(JA_PEOPLE), "タイのバイク産業大臣と会談した。", DG_TYPE_PERSON, "バイク", NULL, NULL, NULL},
    {F(JA_PEOPLE), "会議とソムポン・ケオ郵便電気通信大臣が署名した。", DG_TYPE_PERSON,
     "ソムポン・ケオ", NULL, NULL, NULL},
    /* glued_name_start: MeCab reads a country, ・ and a new name as one word */
    {F(JA_PEOPLE), "山田副大臣及びラオス・ケオ・ブンミー環境大臣が議長を務めた。", DG_TYPE_PERSON,
     "ケオ・ブンミー", "person:ケオ・ブンミー", NULL, NULL},
    {F(JA_PEOPLE), "山田副大臣及びラオス・ケオ・ブンミー環境大臣が議長を務めた。", DG_TYPE_PERSON,
     "ラオス・ケオ・ブンミー", NULL, NULL, NULL},
    /* titles.tsv: 副理事長 after a full name */
    {F(JA_PEOPLE), "山田太郎副理事長が署名した。", DG_TYPE_PERSON, "山田太郎", "person:山田太郎",
     NULL, NULL},
    /* cut_names: a family name cut in two kanji nouns before a portfolio's title; near
     * misses: before a bare title with no such person elsewhere, glued to a noun before */
    {F(JA_PEOPLE), "樽床外務大臣が来日した。", DG_TYPE_PERSON, "樽床", "person:樽床", NULL, NULL},
    {F(JA_PEOPLE), "樽床大臣が来日した。", DG_TYPE_PERSON, "樽床", NULL, NULL, NULL},
    {F(JA_PEOPLE), "関係国樽床外務大臣が来日した。", DG_TYPE_PERSON, "樽床", NULL, NULL, NULL},
    /* 君 (titles.tsv): a member's name in a Diet record; near miss: after a common noun */
    {F(JA_PEOPLE), "○委員長(山田太郎君) ただいまから会議を開きます。", DG_TYPE_PERSON,
     "山田太郎", "person:山田太郎", NULL, NULL},
    {F(JA_PEOPLE), "学生君が述べた。", DG_TYPE_PERSON, "学生", NULL, NULL, NULL},

    /* names_people_en.c, title_at, more_titles, name_after */
    {F(EN_PEOPLE), "President Marcos met the press.", DG_TYPE_PERSON, "Marcos", "person:marcos",
     "Marcos", "Marcos"},
    /* title_modifier: one word between a title and another is a word of the post (Deputy
     * Regional Director, Acting Managing Director; Acting is a title: the Hon. Acting Prime
     * Minister); near miss: a name of two words stays a name */
    {F(EN_PEOPLE), "Deputy Regional Director Jane Doe spoke.", DG_TYPE_PERSON, "Regional",
     NULL, NULL, NULL},
    {F(EN_PEOPLE), "Deputy Regional Director Jane Doe spoke.", DG_TYPE_PERSON, "Jane Doe",
     "person:jane-doe", NULL, NULL},
    {F(EN_PEOPLE), "The address of the Hon. Acting Prime Minister is attached.", DG_TYPE_PERSON,
     "Acting", NULL, NULL, NULL},
    {F(EN_PEOPLE), "Mr Ugo Rossi, Acting Managing Director of the Fund, spoke.",
     DG_TYPE_PERSON, "Managing", NULL, NULL, NULL},
    {F(EN_PEOPLE), "chaired by Defence Minister Dato' Seri Aminah Karim of Malaysia",
     DG_TYPE_PERSON, "Aminah Karim", "person:aminah-karim", NULL, NULL},
    {F(EN_PEOPLE), "the Secretary-General of ASEAN, Dr. Tan Wei Ming.", DG_TYPE_PERSON,
     "Tan Wei Ming", "person:tan-wei-ming", NULL, NULL},
    {F(EN_PEOPLE), "the President of the Philippines spoke.", DG_TYPE_PERSON, "Philippines", NULL,
     NULL, NULL},
    /* name_after_portfolio: a title, of/for/to and its portfolio or post (portfolios.tsv,
     * known names, head words), then the name; near misses: no name after the portfolio, one
     * word only */
    {F(EN_PEOPLE), "It was signed by Secretary of Finance Maria Santos Reyes on Monday.",
     DG_TYPE_PERSON, "Maria Santos Reyes", "person:maria-santos-reyes", NULL, NULL},
    {F(EN_PEOPLE), "Minister of Planning and Investment Tran Van Hoa met the press.",
     DG_TYPE_PERSON, "Tran Van Hoa", "person:tran-van-hoa", NULL, NULL},
    {F(EN_PEOPLE), "Then Ambassador to Laos Kenji Tanabe arrived.", DG_TYPE_PERSON,
     "Kenji Tanabe", "person:kenji-tanabe", NULL, NULL},
    {F(EN_PEOPLE), "The Minister of Foreign Affairs of Japan spoke.", DG_TYPE_PERSON, "Japan",
     NULL, NULL, NULL},
    {F(EN_PEOPLE), "Then Secretary of Finance Santos spoke.", DG_TYPE_PERSON, "Santos", NULL,
     NULL, NULL},
    /* "the" and a body by its head word before the name (Secretary of the Ministry of Trade
     * Jane Doe); near miss: the body's country after it, no name */
    {F(EN_PEOPLE), "Secretary of the Ministry of Trade Ana Moli Soto is leading the team.",
     DG_TYPE_PERSON, "Ana Moli Soto", "person:ana-moli-soto", NULL, NULL},
    {F(EN_PEOPLE), "Secretary of the Ministry of Trade of Fiji is leading the team.",
     DG_TYPE_PERSON, "Fiji", NULL, NULL, NULL},
    /* owned_lower_title: a title in lower case after its owner (a known body, an acronym);
     * near miss: no owner before it */
    {F(EN_PEOPLE), "ADB vice president Ana Moli Soto co-chaired the talks.", DG_TYPE_PERSON,
     "Ana Moli Soto", "person:ana-moli-soto", NULL, NULL},
    {F(EN_PEOPLE), "Its new vice president Ana Moli Soto co-chaired the talks.", DG_TYPE_PERSON,
     "Ana Moli Soto", NULL, NULL, NULL},
    /* the name ends at a comma in a list of ministers; near miss: a capitalized word after
     * it with no comma between (the name would be cut) */
    {F(EN_PEOPLE), "They met Fiji Minister of Justice Arun Lata, Tonga Minister of Health.",
     DG_TYPE_PERSON, "Arun Lata", "person:arun-lata", NULL, NULL},
    {F(EN_PEOPLE), "They met Minister of Justice Arun Lata Vela Rao Tonga today.",
     DG_TYPE_PERSON, "Arun Lata Vela Rao", NULL, NULL, NULL},
    /* portfolios.tsv: Legal, Community, Services */
    {F(EN_PEOPLE), "Minister for Legal and Community Services Tavita Moala spoke.",
     DG_TYPE_PERSON, "Tavita Moala", "person:tavita-moala", NULL, NULL},
    /* a title's portfolio may be "for the" and a region */
    {F(EN_PEOPLE), "The plan works, said Director General for the Caribbean Ana Ruiz.",
     DG_TYPE_PERSON, "Ana Ruiz", "person:ana-ruiz", NULL, NULL},
    /* titles.tsv: Permanent Secretary, Managing Director after a name and a comma; near
     * miss: another word before the title word (Managing Partner) */
    {F(EN_PEOPLE), "The Meeting was co-chaired by Ravi Menon, Second Permanent Secretary of the Ministry of Trade.",
     DG_TYPE_PERSON, "Ravi Menon", "person:ravi-menon", NULL, NULL},
    {F(EN_PEOPLE), "The Meeting was co-chaired by Ravi Menon, Managing Director for Asia.",
     DG_TYPE_PERSON, "Ravi Menon", "person:ravi-menon", NULL, NULL},
    {F(EN_PEOPLE), "The Meeting was co-chaired by Ravi Menon, Managing Partner for Asia.",
     DG_TYPE_PERSON, "Ravi Menon", NULL, NULL, NULL},
    /* initialed_word: initials joined to the family name name one after a post; near miss:
     * one bare word */
    {F(EN_PEOPLE), "The talks were attended by the Minister of Foreign Affairs of the Republic of Peru J.Salinas.",
     DG_TYPE_PERSON, "J.Salinas", "person:j.salinas", NULL, NULL},
    {F(EN_PEOPLE), "The talks were attended by the Minister of Foreign Affairs of the Republic of Peru Salinas.",
     DG_TYPE_PERSON, "Salinas", NULL, NULL, NULL},
    /* names_ordinal.c, names_text.c: an ordinal written with a period (the 10. Summit) */
    {HEADS, "Leaders met at the 10. Summit of the Andean Heads of State in Lima.", DG_TYPE_MEETING,
     "10. Summit of the Andean Heads of State", "meeting:10th-summit-of-the-andean-heads-of-state",
     NULL, NULL},
    /* names_parties.c described_body_meetings: a meeting described by the body that meets,
     * where it is held, no ordinal; near miss: not said to be held */
    {F(EN_PARTIES), "On May 3, 2016, a meeting of the Ministers of Agriculture of the Andean countries was held in Cusco.",
     DG_TYPE_MEETING, "meeting of the Ministers of Agriculture of the Andean countries",
     "meeting:meeting-of-the-ministers-of-agriculture-of-the-andean-countries", NULL, NULL},
    {F(EN_PARTIES), "They recalled the working (consultative) meeting of the Heads of Government of the Baltic States on June 9, 2015.",
     DG_TYPE_MEETING, "working (consultative) meeting of the Heads of Government of the Baltic States",
     "meeting:working-meeting-of-the-heads-of-government-of-the-baltic-states", NULL, NULL},
    {F(EN_PARTIES), "A meeting of the Ministers of Agriculture will discuss trade.",
     DG_TYPE_MEETING, "meeting of the Ministers of Agriculture", NULL, NULL, NULL},
    /* names_partnered.c: a Session's name goes on with its partner; parties joined by
     * spaced dashes open a meeting's name; near misses: no known partner, one party */
    {HEADS | F(ACRONYMS) | F(PARTNERED), "The ASEAN PMC+1 Session with the Caribbean Community (CARICOM) was co-chaired by Peru.",
     DG_TYPE_MEETING, "ASEAN PMC+1 Session with the Caribbean Community",
     "meeting:asean-pmc+1-session-with-the-caribbean-community", NULL, NULL},
    {HEADS | F(ACRONYMS) | F(PARTNERED), "The ASEAN PMC+1 Session with the partners was co-chaired by Peru.",
     DG_TYPE_MEETING, "ASEAN PMC+1 Session with the partners", NULL, NULL, NULL},
    {HEADS | F(PARTNERED), "The Caribbean Community (CARICOM) \xE2\x80\x93 African Union (AU) \xE2\x80\x93 Senior Officials\xE2\x80\x99 Meeting was convened in Accra.",
     DG_TYPE_MEETING, "Caribbean Community (CARICOM) - African Union (AU) - Senior Officials' Meeting",
     "meeting:caribbean-community-african-union-senior-officials-meeting", NULL, NULL},
    {HEADS | F(PARTNERED), "The African Union (AU) \xE2\x80\x93 Senior Officials\xE2\x80\x99 Meeting was convened in Accra.",
     DG_TYPE_MEETING, "African Union (AU) - Senior Officials' Meeting", NULL, NULL, NULL},
    /* names_text.c dotted_letters: digraph initials keep their closing stop (Sh.M.) */
    {F(EN_PEOPLE), "President Sh.M. Bekov spoke.", DG_TYPE_PERSON, "Sh.M. Bekov",
     "person:sh.m.-bekov", NULL, NULL},
    /* name_before: no name after an article (a person's name takes no "the") */
    {F(EN_PEOPLE), "At the invitation of the Keeper of the Two Rivers, King Aram Tobi, they met.",
     DG_TYPE_PERSON, "Two Rivers", NULL, NULL, NULL},
    /* "the" before a country or an organization in a post (THE_BODIES); near miss: a
     * body's head word after it is no name (of the MRC Joint Committee) */
    {F(EN_PEOPLE), "The summit was attended by the President of the Kyrgyz Republic Almaz Bekov.",
     DG_TYPE_PERSON, "Almaz Bekov", "person:almaz-bekov", NULL, NULL},
    {F(EN_PEOPLE), "Deputy Secretary-General of the Asian Development Bank Daniyar Kasymov spoke.",
     DG_TYPE_PERSON, "Daniyar Kasymov", "person:daniyar-kasymov", NULL, NULL},
    {F(EN_PEOPLE), "The Chair of the MRC Joint Committee opened the session.", DG_TYPE_PERSON,
     "Joint Committee", NULL, NULL, NULL},
    /* a name before ", the" and a title; not a body's name that ends in its head */
    {F(EN_PEOPLE), "They met Jane Roe, the Chair of the Reef Council, today.", DG_TYPE_PERSON,
     "Jane Roe", "person:jane-roe", NULL, NULL},
    {F(EN_PEOPLE), "They met the Lakeside Progress Party, the Chair of the Reef Council, today.",
     DG_TYPE_PERSON, "Progress Party", NULL, NULL, NULL},
    /* names_text.c, word_step: an accented letter inside a word; near miss: the sign ×
     * ends it */
    {F(EN_PEOPLE), "Minister of Justice Inés Peñalosa spoke.", DG_TYPE_PERSON, "Inés Peñalosa",
     "person:ines-penalosa", NULL, NULL},
    {F(EN_PEOPLE), "Minister Ana Ruiz×Lee spoke.", DG_TYPE_PERSON, "Ana Ruiz×Lee", NULL, NULL,
     NULL},
    /* name_words, particle_at: a lower-case particle between name words; near miss: none
     * after it */
    {F(EN_PEOPLE), "Dr Ana Pereira de Castro will attend.", DG_TYPE_PERSON,
     "Ana Pereira de Castro", "person:ana-pereira-de-castro", NULL, NULL},
    {F(EN_PEOPLE), "Minister Karl van der Berg spoke.", DG_TYPE_PERSON, "Karl van der Berg",
     "person:karl-van-der-berg", NULL, NULL},
    /* a particle in any case; after one, a one-word title is the name's (a patronym: Bin
     * Haji Osman, bin Tun Osman); near miss: a title with no particle before it */
    {F(EN_PEOPLE), "Minister Rahim Bin Haji Osman spoke.", DG_TYPE_PERSON,
     "Rahim Bin Haji Osman", "person:rahim-bin-haji-osman", NULL, NULL},
    {F(EN_PEOPLE), "Minister Rahim bin Tun Osman spoke.", DG_TYPE_PERSON, "Rahim bin Tun Osman",
     "person:rahim-bin-tun-osman", NULL, NULL},
    {F(EN_PEOPLE), "Minister Rahim Haji Osman spoke.", DG_TYPE_PERSON, "Rahim Haji Osman", NULL,
     NULL, NULL},
    {F(EN_PEOPLE), "Dr Ana Pereira de facto leads.", DG_TYPE_PERSON, "Ana Pereira de", NULL,
     NULL, NULL},
    /* honorific, honored_word: a Burmese honorific opens the name, a title inside it is the
     * name's (Tun); person_after_honorific without a title; near miss: the honorific alone */
    {F(EN_PEOPLE), "Attorney-General U Tun Min Aye spoke.", DG_TYPE_PERSON, "U Tun Min Aye",
     "person:u-tun-min-aye", NULL, NULL},
    {F(EN_PEOPLE), "They met U Hla Tun at noon.", DG_TYPE_PERSON, "U Hla Tun",
     "person:u-hla-tun", NULL, NULL},
    {F(EN_PEOPLE), "They met U Hla Minister of Trade.", DG_TYPE_PERSON, "U Hla Minister", NULL,
     NULL, NULL},
    {F(EN_PEOPLE), "Minister U spoke.", DG_TYPE_PERSON, "U", NULL, NULL, NULL},
    {F(EN_PEOPLE), "They met U Hla Tun's family.", DG_TYPE_PERSON, "U Hla Tun",
     "person:u-hla-tun", NULL, NULL},
    /* name_in_apposition: a title and its post, then the name between commas; near miss: a
     * list of portfolios after the comma */
    {F(EN_PEOPLE), "We met the UN Special Envoy for Migration, Tomas Berglund, in Oslo.",
     DG_TYPE_PERSON, "Tomas Berglund", "person:tomas-berglund", NULL, NULL},
    {F(EN_PEOPLE), "We met the Minister for Trade, Human Rights, and Energy.", DG_TYPE_PERSON,
     "Human Rights", NULL, NULL, NULL},
    {F(EN_PEOPLE), "The Minister for Trade, Tourism and Investment, Omar Haddad, spoke.",
     DG_TYPE_PERSON, "Omar Haddad", "person:omar-haddad", NULL, NULL},
    /* a semicolon closes the name too (a list of leaders); near miss: a word goes on after
     * the name */
    {F(EN_PEOPLE), "Leaders came: Nauru Foreign Minister, Tomas Berglund; and others.",
     DG_TYPE_PERSON, "Tomas Berglund", "person:tomas-berglund", NULL, NULL},
    {F(EN_PEOPLE), "Leaders came: Nauru Foreign Minister, Tomas Berglund left; and others.",
     DG_TYPE_PERSON, "Tomas Berglund", NULL, NULL, NULL},
    /* owned_title: a title after a comma and its owner's possessive, maybe after words in
     * lower case; near miss: the owner's word is no title (Tonga's capital) */
    {F(EN_PEOPLE), "They met Kavi Ma Lote, Tonga's deputy foreign minister, in Suva.",
     DG_TYPE_PERSON, "Kavi Ma Lote", "person:kavi-ma-lote", NULL, NULL},
    {F(EN_PEOPLE), "They flew to Nuku Vava Lofa, Tonga's old capital, in May.", DG_TYPE_PERSON,
     "Nuku Vava Lofa", NULL, NULL, NULL},
    /* person_before_contact: a name, its post in parentheses and a telephone number, also
     * after the previous contact's number; near miss: no number */
    {F(EN_PEOPLE),
     "Press: Ana Silva (Ministerial) 02 6100 2000 / 0400 100 200 Li Wen Tao (Agency) 02 6100 "
     "3000",
     DG_TYPE_PERSON, "Li Wen Tao", "person:li-wen-tao", NULL, NULL},
    {F(EN_PEOPLE), "Press: Ana Silva (Ministerial) 02 6100 2000", DG_TYPE_PERSON, "Ana Silva",
     "person:ana-silva", NULL, NULL},
    {F(EN_PEOPLE), "We thank Ana Silva (Ministerial) for 2 years of work.", DG_TYPE_PERSON,
     "Ana Silva", NULL, NULL, NULL},
    {F(EN_PEOPLE), "Contact: Ana Silva, 0400 100 200", DG_TYPE_PERSON, "Ana Silva",
     "person:ana-silva", NULL, NULL},
    {F(EN_PEOPLE), "We thank Ana Silva, 2019 and 2020 were hard.", DG_TYPE_PERSON, "Ana Silva",
     NULL, NULL, NULL},
    /* phone_at: a span of years is no telephone number, unless more digits follow */
    {F(EN_PEOPLE), "We reviewed the Coral Work Plan 2021-2025 today.", DG_TYPE_PERSON,
     "Coral Work Plan", NULL, NULL, NULL},
    {F(EN_PEOPLE), "Contact: Ana Silva, 2021-2025 1234", DG_TYPE_PERSON, "Ana Silva",
     "person:ana-silva", NULL, NULL},
    /* titles.tsv: Malay forms of address (Yb, Haji) before the name */
    {F(EN_PEOPLE), "Chaired by Minister Yb Datuk Seri Haji Razak Bin Omar today.",
     DG_TYPE_PERSON, "Razak Bin Omar", "person:razak-bin-omar", NULL, NULL},
    /* mint_char: a Latin letter with marks is its ASCII base in an id, so both spellings
     * make one person (base/latin.h) */
    {F(EN_PEOPLE), "Minister H\xC3\xA9l\xC3\xA8ne Dupont spoke.", DG_TYPE_PERSON,
     "H\xC3\xA9l\xC3\xA8ne Dupont", "person:helene-dupont", NULL, NULL},
    /* next_word_start, dgn_capital_at: a word may open with a Latin capital with marks,
     * and it is capitalized (Ángel, Đặng); near miss: a small letter with marks opens no
     * name word */
    {F(EN_PEOPLE), "It was co-chaired by Minister Miguel \xC3\x81ngel Roca, today.", DG_TYPE_PERSON,
     "Miguel \xC3\x81ngel Roca", "person:miguel-angel-roca", NULL, NULL},
    {F(EN_PEOPLE), "Ambassador \xC4\x90\xE1\xBA\xB7ng Ho\xC3\xA0ng spoke.", DG_TYPE_PERSON,
     "\xC4\x90\xE1\xBA\xB7ng Ho\xC3\xA0ng", "person:dang-hoang", NULL, NULL},
    {F(EN_PEOPLE), "Minister Ana \xC3\xA9tait here.", DG_TYPE_PERSON, "Ana \xC3\xA9tait", NULL, NULL,
     NULL},
    /* titles.tsv: their Excellencies, a plural form of address, is no word of the name */
    {F(EN_PEOPLE), "It was co-chaired by their Excellencies Jane Roca, Minister of Trade.",
     DG_TYPE_PERSON, "Jane Roca", "person:jane-roca", NULL, NULL},
    /* stop_opens_name: a short stop word written Capitalized right after a title opens a
     * name (An, a family name of the region); near miss: no name word after it */
    {F(EN_PEOPLE), "The council named Mr. An Pich Hatda of Cambodia as the next CEO.",
     DG_TYPE_PERSON, "An Pich Hatda", "person:an-pich-hatda", NULL, NULL},
    {F(EN_PEOPLE), "Minister An official said so.", DG_TYPE_PERSON, "An", NULL, NULL, NULL},
    /* name_word: a verb a headline capitalizes (headline_verbs.tsv) is no word of a name,
     * right after the title or after the name */
    {F(EN_PEOPLE), "Prime Minister Attends the Ocean Islands Summit", DG_TYPE_PERSON, "Attends",
     NULL, NULL, NULL},
    {F(EN_PEOPLE), "Minister Jane Roca Visits Apia", DG_TYPE_PERSON, "Jane Roca",
     "person:jane-roca", NULL, NULL},
    /* titles.tsv: Lady, Baroness; a spokesman's title in lower case (lower_title) */
    {F(EN_PEOPLE), "It was attended by Lady Clara Penrose, High Representative.", DG_TYPE_PERSON,
     "Clara Penrose", "person:clara-penrose", NULL, NULL},
    {F(EN_PEOPLE), "The Foreign Ministry's spokesman Chum Sovan said on Thursday.",
     DG_TYPE_PERSON, "Chum Sovan", "person:chum-sovan", NULL, NULL},
    /* portfolios.tsv: Political (Affairs) between a title and the name */
    {F(EN_PEOPLE), "Deputy Minister for Political Affairs Park Jisoo hosted it.", DG_TYPE_PERSON,
     "Park Jisoo", "person:park-jisoo", NULL, NULL},
    /* person_in_byline: "By" and a name on a line of the document's first lines; near
     * miss: further down */
    {F(EN_PEOPLE), "Aid in focus\nBy Jane Doe\nThe ministers met.", DG_TYPE_PERSON, "Jane Doe",
     "person:jane-doe", NULL, NULL},
    {F(EN_PEOPLE), "a\nb\nc\nd\ne\nf\ng\nBy Jane Doe\nThe ministers met.", DG_TYPE_PERSON,
     "Jane Doe", NULL, NULL, NULL},
    /* caps_name_at */
    {F(CAPS_PEOPLE), "In 1978, MORITA Kenji, then Prime Minister, spoke.", DG_TYPE_PERSON,
     "MORITA Kenji", "person:morita-kenji", NULL, NULL},
    {F(CAPS_PEOPLE), "The ASEAN Secretariat and JICA Experts met.", DG_TYPE_PERSON,
     "JICA Experts", NULL, NULL, NULL},
    /* caps_name_at: a Capitalized word that opens a Title Case run ending in a head word
     * (Plan of Action, Senior Officials' Meeting) is a name's, no given name; near miss: a
     * verb in Title Case that no head word ends */
    {F(CAPS_PEOPLE), "They adopted the KTO Plan of Action today.", DG_TYPE_PERSON, "KTO Plan",
     NULL, NULL, NULL},
    {F(CAPS_PEOPLE), "It followed the 4th KTO Senior Officials\xE2\x80\x99 Meeting in Apia.",
     DG_TYPE_PERSON, "KTO Senior", NULL, NULL, NULL},
    {F(CAPS_PEOPLE), "In 1990, MORITA Kenji Visited the old port.", DG_TYPE_PERSON,
     "MORITA Kenji", "person:morita-kenji", NULL, NULL},
    /* caps_name_at: a word ending as a common noun does (noun_endings.tsv: Sector,
     * Connectivity) is no given name; near miss: a given name of the region */
    {F(CAPS_PEOPLE), "Ministers backed the KTO Sector and its growth.", DG_TYPE_PERSON,
     "KTO Sector", NULL, NULL, NULL},
    {F(CAPS_PEOPLE), "They praised KTO Connectivity today.", DG_TYPE_PERSON, "KTO Connectivity",
     NULL, NULL, NULL},
    {F(CAPS_PEOPLE), "In 1995, MORITA Kenta, then Minister, spoke.", DG_TYPE_PERSON,
     "MORITA Kenta", "person:morita-kenta", NULL, NULL},

    /* names_people_merge.c: a word of a Latin name, a surname, the last katakana part */
    {PEOPLE | F(MERGE_PEOPLE), "Minister Sarah Collins arrived. Minister Collins spoke.",
     DG_TYPE_PERSON, "Collins", "person:sarah-collins", "Sarah Collins", NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Minister Sarah Collins arrived. Minister Collinsworth left.",
     DG_TYPE_PERSON, "Collinsworth", "person:collinsworth", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "森川浩一内閣総理大臣が出席した。森川総理が挨拶した。",
     DG_TYPE_PERSON, "森川", "person:森川浩一", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "エマモリ・サフモン大統領が到着した。サフモン大統領は演説した。",
     DG_TYPE_PERSON, "サフモン", "person:エマモリ・サフモン", NULL, NULL},
    {PEOPLE, "森川浩一内閣総理大臣が出席した。森川総理が挨拶した。", DG_TYPE_PERSON, "森川",
     "person:森川", NULL, NULL},

    /* names_place.c: place_before (Japanese), place_after (English) */
    {F(PLACES), "イサンゲルにおいて会合を開催した。", DG_TYPE_PLACE, "イサンゲル",
     "place:イサンゲル", NULL, NULL},
    {F(PLACES), "都内ホテルにおいて開催した。", DG_TYPE_PLACE, "ホテル", NULL, NULL, NULL},
    /* katakana_after_country: katakana words MeCab cuts (スマ|ラン, one a proper noun) between
     * a country and の and the trigger; near misses: common words only, no country */
    {F(PLACES), "会合はインドネシアのスマランで開催された。", DG_TYPE_PLACE, "スマラン",
     "place:スマラン", NULL, NULL},
    {F(PLACES), "会合はタイのホテルで開催された。", DG_TYPE_PLACE, "ホテル", NULL, NULL, NULL},
    /* building_after_at: capitalized words after "at the" ending with a building word of
     * buildings.tsv are a place; near misses: another word ends the run, no "at the" */
    {F(PLACES), "The two leaders met at the Tamarind Guest House on Monday.", DG_TYPE_PLACE,
     "Tamarind Guest House", "place:tamarind-guest-house", NULL, NULL},
    {F(PLACES), "Talks were held at the President's Official Residence.", DG_TYPE_PLACE,
     "President's Official Residence", "place:presidents-official-residence", NULL, NULL},
    {F(PLACES), "They met at the Grand Lotus Hotel Group offices.", DG_TYPE_PLACE,
     "Grand Lotus Hotel", NULL, NULL, NULL},
    {F(PLACES), "They met at the Grand Lotus Hotel Group offices.", DG_TYPE_PLACE,
     "Grand Lotus Hotel Group", NULL, NULL, NULL},
    {F(PLACES), "The Tamarind Guest House was renovated.", DG_TYPE_PLACE, "Tamarind Guest House",
     NULL, NULL, NULL},
    /* ... after "at" alone too, and a run a building word opens (Hotel Okura) when no "the"
     * stands before it; near miss: "the" before such a run. The one capitalized word after
     * the building and a comma that ends the sentence is its town (town_after_building);
     * near miss: more words after it */
    {F(PLACES), "The summit opened at Hotel Tamarind on Monday.", DG_TYPE_PLACE, "Hotel Tamarind",
     "place:hotel-tamarind", NULL, NULL},
    {F(PLACES), "They met at the Hotel Tamarind Workers offices.", DG_TYPE_PLACE,
     "Hotel Tamarind Workers", NULL, NULL, NULL},
    {F(PLACES), "The retreat was held at Lalomanu Beach Resort, Aleipata.", DG_TYPE_PLACE,
     "Aleipata", "place:aleipata", NULL, NULL},
    {F(PLACES), "The retreat was held at Lalomanu Beach Resort, Aleipata officials said.",
     DG_TYPE_PLACE, "Aleipata", NULL, NULL, NULL},
    /* ... House, Hall, Museum too; near miss: one word (the House of Representatives) */
    /* other_overlap: a city or a country named whole inside the run is part of the
     * building's name; near miss: an organisation inside it */
    {F(PLACES), "The summit was held at the Hanoi National Convention Center on Monday.",
     DG_TYPE_PLACE, "Hanoi National Convention Center", "place:hanoi-national-convention-center",
     NULL, NULL},
    {F(PLACES), "The retreat was held at the Nauru Learning Village, Yaren.", DG_TYPE_PLACE,
     "Nauru Learning Village", "place:nauru-learning-village", NULL, NULL},
    {F(PLACES), "The talks were held at the Japan Foundation Hall in Tokyo.", DG_TYPE_PLACE,
     "Japan Foundation Hall", NULL, NULL, NULL},
    /* ... and a village, an auditorium or a pavilion as a venue */
    {F(PLACES), "The retreat was held at the Koro Learning Village, Nadi.", DG_TYPE_PLACE,
     "Koro Learning Village", "place:koro-learning-village", NULL, NULL},
    {F(PLACES), "The summit opened at the Nodira Palace Auditorium in Khiva.", DG_TYPE_PLACE,
     "Nodira Palace Auditorium", "place:nodira-palace-auditorium", NULL, NULL},
    {F(PLACES), "The retreat was held at Tavua House.", DG_TYPE_PLACE, "Tavua House",
     "place:tavua-house", NULL, NULL},
    {F(PLACES), "They spoke at the House of Representatives.", DG_TYPE_PLACE,
     "House of Representatives", NULL, NULL, NULL},
    /* of_place_end: "of" and a known country or place after the building are its own;
     * near miss: "of" and words no dictionary knows */
    {F(PLACES), "The forum was held at the National Museum of Fiji in Suva.", DG_TYPE_PLACE,
     "National Museum of Fiji", "place:national-museum-of-fiji", NULL, NULL},
    {F(PLACES), "The forum was held at the National Museum of Ocean Arts in Suva.",
     DG_TYPE_PLACE, "National Museum of Ocean Arts", NULL, NULL, NULL},
    {F(PLACES), "会合は会場のスマランで開催された。", DG_TYPE_PLACE, "スマラン", NULL, NULL, NULL},
    {F(PLACES), "The forum was held in Kolonia last week.", DG_TYPE_PLACE, "Kolonia",
     "place:kolonia", "Kolonia", "Kolonia"},
    {F(PLACES), "The forum was held in the capital.", DG_TYPE_PLACE, "the capital", NULL, NULL,
     NULL},
    /* place_in_place: capitalized words after "in" and before a comma and a known place */
    {F(PLACES), "They meet in Natadola Bay, Fiji next week.", DG_TYPE_PLACE, "Natadola Bay",
     "place:natadola-bay", NULL, NULL},
    {F(PLACES), "They meet in Natadola Bay, as planned.", DG_TYPE_PLACE, "Natadola Bay", NULL,
     NULL, NULL},
    {F(PLACES), "They join in Reef Talks, Fiji said.", DG_TYPE_PLACE, "Reef Talks", NULL, NULL,
     NULL},
    /* place_end: the place in parentheses after its country fills them; におきまして, に赴き */
    {F(PLACES), "ベトナム(ニンロアン)を訪問した。", DG_TYPE_PLACE, "ニンロアン", "place:ニンロアン", NULL,
     NULL},
    {F(PLACES), "研修(ルアンコーム)において実施した。", DG_TYPE_PLACE, "ルアンコーム", NULL,
     NULL, NULL},
    {F(PLACES), "ベトナム(北部ニンロアン)を訪問した。", DG_TYPE_PLACE, "ニンロアン", NULL, NULL, NULL},
    {F(PLACES), "イサンゲルにおきまして会合を開催した。", DG_TYPE_PLACE, "イサンゲル",
     "place:イサンゲル", NULL, NULL},
    {F(PLACES), "大臣はコロニアに赴き、協議した。", DG_TYPE_PLACE, "コロニア", "place:コロニア",
     NULL, NULL},
    /* a region beside a trigger is the dictionary's region, never minted a place */
    {F(PLACES), "東南アジアにおいて会合を開催した。", DG_TYPE_PLACE, "東南アジア", NULL, NULL, NULL},
    {F(PLACES), "The drills took place in West Africa.", DG_TYPE_PLACE, "West Africa", NULL, NULL,
     NULL},
    {F(PLACES), "The drills took place in Western Africa.", DG_TYPE_PLACE, "Western Africa", NULL,
     NULL, NULL},
    /* place_before_known: a preposition, capitalized words, ", " and a known place; near
     * misses: no known place after the comma, a head word */
    {F(PLACES), "They will meet in Tanah Lot, Bali next week.", DG_TYPE_PLACE, "Tanah Lot",
     "place:tanah-lot", NULL, NULL},
    {F(PLACES), "They will meet in Tanah Lot, the resort.", DG_TYPE_PLACE, "Tanah Lot", NULL, NULL,
     NULL},
    {F(PLACES), "They will meet in Ocean Conference, Bali next week.", DG_TYPE_PLACE,
     "Ocean Conference", NULL, NULL, NULL},

    /* names_coref.c: 本 means the first name, preferring one with the head noun */
    {F(JA_HEADS) | F(COREF),
     "日メコン防災会合と日太平洋海洋対話を開いた。本対話では防災を議論した。", DG_TYPE_MEETING, "本対話", "meeting:日太平洋海洋対話", NULL, NULL},
    {F(JA_HEADS) | F(COREF), "前回会合の声明を引用した。", DG_TYPE_MEETING, "前回会合", NULL, NULL,
     NULL},
    /* この is the name named last before it, like 同 */
    {F(JA_HEADS) | F(COREF), "日太平洋海洋対話が開かれた。この対話にはタイが参加した。",
     DG_TYPE_MEETING, "この対話", "meeting:日太平洋海洋対話", NULL, NULL},
    {F(JA_HEADS) | F(COREF), "日太平洋海洋対話が開かれた。この研修にはタイが参加した。",
     DG_TYPE_MEETING, "この研修", NULL, NULL, NULL},
};

static dg_tagger *tagger_;
static dg_matcher *matcher_;
static dg_recognizer rz_;

static void close_recognizer(void) {
  dg_tagger_free(tagger_);
  dg_matcher_free(matcher_);
}

/* A recognizer over the shipped dictionaries and a tagger of its own, made once before
 * the tests fork. */
static void open_recognizer(void) {
  const dg_pipeline *p = tu_pipeline();
  dg_error err = {0};
  if (dg_matcher_build(dg_pipeline_dict(p), &matcher_, &err) != DG_OK ||
      dg_tagger_new(dg_pipeline_mecab(p), &tagger_, &err) != DG_OK) {
    fprintf(stderr, "%s\n", err.msg);
    abort();
  }
  /* no index of people's labels: listed family names by the walk over every entity (the
   * pipeline's documents, tu_doc, use the index; test_person_prefixes_as_walk compares) */
  rz_ = (dg_recognizer){dg_pipeline_dict(p), matcher_, dg_pipeline_rules(p), NULL};
  atexit(close_recognizer);
}

/* A document recognized up to the names, then by the families `want` only. */
static dg_doc *doc_with(const char *text, unsigned want) {
  dg_doc *d = tu_doc_sentences(text, rz_.rules);
  dg_error err = {0};
  dg_err e = dg_segment_tokens(d, tagger_, DG_TOKENS_EAGER, &err);
  if (e == DG_OK) e = dg_recognize_before_names(&rz_, d, &err);
  if (e == DG_OK) e = dg_names_run(&rz_, d, want, &err);
  ck_assert_msg(e == DG_OK, "%s", err.msg);
  return d;
}

/* Run one case of a family table. */
static void check_family(const family_case *fc) {
  dg_doc *d = doc_with(fc->text, fc->families);
  char dump[4096], buf[512];
  const dg_mention *m = NULL;
  for (size_t i = 0; i < d->nments && !m; i++)
    if (d->ments[i].type == fc->type &&
        !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), fc->surface))
      m = &d->ments[i];
  if (!fc->id) {
    ck_assert_msg(!m, "\"%s\": %s \"%s\" must not be found: %s", fc->text,
                  dg_type_name(fc->type), fc->surface, tu_dump(d, dump, sizeof dump));
  } else {
    ck_assert_msg(m, "\"%s\": no %s \"%s\" in %s", fc->text, dg_type_name(fc->type),
                  fc->surface, tu_dump(d, dump, sizeof dump));
    ck_assert_str_eq(m->id, fc->id);
    if (fc->label) ck_assert_str_eq(m->label, fc->label);
    if (fc->label_en) ck_assert_str_eq(m->label_en, fc->label_en);
  }
  tu_doc_free(d);
}

START_TEST(test_family) { check_family(&families[_i]); }
END_TEST

/* A loan named in quotes is that program where the document writes it again without
 * them, after a space (a table's cell); not inside a longer compound. */
START_TEST(test_quoted_loan_again) {
  dg_doc *d = doc_with("「保健危機対応緊急支援円借款」に調印した。\n\n案件名 保健危機対応緊急支援円借款\n\n"
                       "第二期保健危機対応緊急支援円借款事業",
                       F(JA_QUOTED));
  int seen = 0;
  char buf[128];
  for (size_t i = 0; i < d->nments; i++)
    seen += d->ments[i].type == DG_TYPE_PROGRAM &&
            !strcmp(d->ments[i].id, "program:保健危機対応緊急支援円借款") &&
            !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "保健危機対応緊急支援円借款");
  ck_assert_int_eq(seen, 2);
  tu_doc_free(d);
}
END_TEST

/* A family name cut in two before a bare title is a person once the document names a
 * person so before a portfolio's title, even further on. */
START_TEST(test_cut_family_name_known) {
  dg_doc *d = doc_with("樽床大臣が述べた。樽床外務大臣が来日した。", F(JA_PEOPLE));
  int seen = 0;
  char buf[64];
  for (size_t i = 0; i < d->nments; i++)
    seen += d->ments[i].type == DG_TYPE_PERSON &&
            !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "樽床");
  ck_assert_int_eq(seen, 2);
  tu_doc_free(d);
}
END_TEST

/* A family name again without its title follows the titled mention it resolved to. */
START_TEST(test_office_follows) {
  dg_doc *d = doc_with("Summary.\nOn 1 May 2024 President Marcos met the ministers. Later Marcos "
                       "said the talks went well.",
                       PEOPLE | F(MERGE_PEOPLE) | F(OFFICE_PEOPLE));
  int seen = 0;
  char buf[64];
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON && !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), "Marcos")) {
      ck_assert_str_eq(d->ments[i].id, "person:ferdinand-marcos-jr");
      seen++;
    }
  ck_assert_int_eq(seen, 2);
  tu_doc_free(d);
}
END_TEST

/* A person named again by a form of their name (its words, the whole name) is found
 * wherever the form stands as whole words or tokens, however many people and forms the
 * document has; not inside another word (Wongs, Wong-like). */
static const struct {
  const char *text, *form, *id;
  int n; /* mentions written as `form` */
} again_rows[] = {
    {"Prime Minister Penny Wong arrived in Tokyo. Later Wong said the talks went well, and "
     "Penny Wong left. Wongs and Wong-like words are no names.",
     "Wong", "person:penny-wong", 1},
    {"Prime Minister Penny Wong arrived in Tokyo. Later Wong said the talks went well, and "
     "Penny Wong left. Wongs and Wong-like words are no names.",
     "Penny Wong", "person:penny-wong", 2},
};

START_TEST(test_named_again) {
  dg_doc *d = tu_doc("t.txt", again_rows[_i].text);
  char buf[64], dump[4096];
  int seen = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON &&
        !strcmp(tu_text(d, &d->ments[i], buf, sizeof buf), again_rows[_i].form)) {
      ck_assert_str_eq(d->ments[i].id, again_rows[_i].id);
      seen++;
    }
  ck_assert_msg(seen == again_rows[_i].n, "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* 本会合 is the first meeting of the document, 同会合 the one named last; with no
 * back-reference family, neither is a mention. */
START_TEST(test_family_coref) {
  static const char text[] = "第2回日太平洋防災閣僚会合の結果\n\n"
                             "会合では第4回日メコン交通大臣会合の成果にも触れた。"
                             "同会合の声明を引用した。本会合の議長は大臣が務めた。";
  for (int with = 0; with < 2; with++) {
    dg_doc *d = doc_with(text, F(JA_HEADS) | (with ? F(COREF) : 0));
    size_t found = 0;
    char buf[64];
    for (size_t i = 0; i < d->nments; i++) {
      const dg_mention *m = &d->ments[i];
      const char *s = tu_text(d, m, buf, sizeof buf);
      if (!strcmp(s, "同会合")) {
        ck_assert_str_eq(m->id, "meeting:第4回日メコン交通大臣会合");
        found++;
      } else if (!strcmp(s, "本会合")) {
        ck_assert_str_eq(m->id, "meeting:第2回日太平洋防災閣僚会合");
        ck_assert_int_eq(m->implicit, 1);
        found++;
      }
    }
    ck_assert_uint_eq(found, with ? 2 : 0);
    tu_doc_free(d);
  }
}
END_TEST

/* Every family has a name; the table runs in the order of the enum. */
START_TEST(test_family_names) {
  ck_assert_str_eq(dg_names_family_name(DG_NAMES_JA_HEADS), "ja_heads");
  ck_assert_str_eq(dg_names_family_name(DG_NAMES_COREF), "coref");
  ck_assert_str_eq(dg_names_family_name(DG_NAMES_NFAMILIES), "");
  for (int f = 0; f < DG_NAMES_NFAMILIES; f++)
    ck_assert_msg(*dg_names_family_name((dg_names_family)f), "family %d has no name", f);
}
END_TEST

/* The name rules' own lists are checked on load: a bad role or number is reported as
 * file:line. */
START_TEST(test_name_lists) {
  static const struct {
    const char *file, *text, *problem;
  } bad[] = {
      {"name_joiners.tsv", "word\troles\nof\tbefore|sideways\n", "name_joiners.tsv:2: roles"},
      {"name_joiners.tsv", "word\troles\nof\t\n", "name_joiners.tsv:2: roles"},
      {"ordinal_suffixes.tsv", "suffix\tfollows\nth\t0|20\n", "ordinal_suffixes.tsv:2: follows"},
      {"ordinal_suffixes.tsv", "suffix\tfollows\nth\tone\n", "ordinal_suffixes.tsv:2: follows"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char dir[] = "/tmp/dg-names-XXXXXX", path[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/rules", dir);
    ck_assert_int_eq(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/rules/%s", dir, bad[i].file);
    tu_write(path, bad[i].text);
    const char *dirs[] = {dir};
    dg_rules *r = NULL;
    dg_diags probs;
    dg_diags_init(&probs);
    dg_error err = {0};
    ck_assert_int_eq(dg_rules_load(&r, dirs, 1, &probs, &err), DG_EDICT);
    ck_assert_uint_eq(probs.n, 1);
    ck_assert_msg(strstr(probs.msgs[0], bad[i].problem), "%s", probs.msgs[0]);
    dg_diags_destroy(&probs);
    dg_rules_free(r);
    remove(path);
    snprintf(path, sizeof path, "%s/rules", dir);
    rmdir(path);
    rmdir(dir);
  }
}
END_TEST

static int has_script(const char *s, dg_script sc) {
  for (const char *p = s, *e = s + strlen(s); p < e;) {
    uint32_t cp;
    int l = dg_utf8_decode(p, e, &cp);
    if (l && dg_script_of(cp) == sc) return 1;
    p += l ? l : 1;
  }
  return 0;
}

/* The merge of people as it was first written, pairwise over all people: the reference
 * the indexed merge (names_people_merge.c) must agree with. */
static void merge_reference(dg_doc *d) {
  for (size_t x = 0; x < d->nments; x++) {
    dg_mention *m = &d->ments[x];
    if (m->type != DG_TYPE_PERSON || m->entity >= 0) continue;
    size_t ml = strlen(m->label);
    int latin = !has_script(m->label, DG_SC_KANJI) && !has_script(m->label, DG_SC_KATAKANA);
    const dg_mention *best = NULL;
    for (size_t y = 0; y < d->nments; y++) {
      const dg_mention *o = &d->ments[y];
      size_t ol = strlen(o->label);
      if (o->type != DG_TYPE_PERSON || o == m || ol <= ml) continue;
      int same = 0;
      if (latin) {
        for (const char *p = o->label; !same && ol - (size_t)(p - o->label) >= ml; p++)
          same = !strncasecmp(p, m->label, ml) && (p == o->label || p[-1] == ' ') &&
                 (p[ml] == '\0' || p[ml] == ' ');
      } else {
        same = strncmp(o->label, m->label, ml) == 0 ||
               (ol > ml + 3 && strcmp(o->label + ol - ml, m->label) == 0 &&
                memcmp(o->label + ol - ml - 3, "\xE3\x83\xBB", 3) == 0);
      }
      if (same && (!best || strlen(best->label) < ol)) best = o;
    }
    if (best) {
      m->id = best->id;
      m->label = best->label;
      m->label_en = best->label_en;
    }
  }
}

/* People with these labels (mention i: id "p<i>"; a place where type_of says so, a
 * dictionary person where entity_of does) merged by the reference and by the family:
 * they agree. Returns how many took another's id. */
static size_t merge_both(const char *const *labels, size_t n, unsigned type_of,
                         unsigned entity_of) {
  static char ids[64][16];
  dg_doc a, b;
  dg_doc_init(&a);
  dg_doc_init(&b);
  a.ments = calloc(n, sizeof *a.ments);
  b.ments = calloc(n, sizeof *b.ments);
  ck_assert(a.ments && b.ments && n <= 64);
  for (size_t i = 0; i < n; i++) {
    snprintf(ids[i], sizeof ids[i], "p%zu", i);
    dg_mention *m = &a.ments[i];
    m->start = (uint32_t)(2 * i); /* sorting keeps the order */
    m->end = m->start + 1;
    m->type = (type_of >> (i % 32)) & 1 ? DG_TYPE_PLACE : DG_TYPE_PERSON;
    m->entity = (entity_of >> (i % 32)) & 1 ? 5 : -1;
    m->id = ids[i];
    m->label = m->label_en = labels[i];
    b.ments[i] = *m;
  }
  a.nments = b.nments = a.ments_cap = b.ments_cap = n;
  merge_reference(&a);
  dg_error err = {0};
  ck_assert_int_eq(dg_names_run(&rz_, &b, F(MERGE_PEOPLE), &err), DG_OK);
  ck_assert_uint_eq(b.nments, n);
  size_t merged = 0;
  for (size_t i = 0; i < n; i++) {
    ck_assert_msg(!strcmp(a.ments[i].id, b.ments[i].id), "\"%s\": %s, not %s", labels[i],
                  b.ments[i].id, a.ments[i].id);
    ck_assert_str_eq(a.ments[i].label, b.ments[i].label);
    merged += strcmp(a.ments[i].id, ids[i]) != 0;
  }
  dg_doc_destroy(&a);
  dg_doc_destroy(&b);
  return merged;
}

/* A merged name stands for its new label in later merges: エマ takes エマ・ラフ's name,
 * エマ・ラフ then モン・エマ・ラフ's, and エマ・ (no prefix of モン・エマ・ラフ) finds エマ
 * holding エマ・ラフ. */
START_TEST(test_merge_people_chain) {
  static const char *const labels[] = {"エマ", "エマ・ラフ", "モン・エマ・ラフ", "エマ・"};
  ck_assert_uint_eq(merge_both(labels, 4, 0, 0), 3);
}
END_TEST

/* Random labels from a few parts (kanji, katakana, ・, Latin words, spaces), some of them
 * places or dictionary people: the family agrees with the reference. */
START_TEST(test_merge_people_reference) {
  static const char *const parts[] = {"エマ", "・", "モン", "A", " ", "B",  "高",
                                      "早苗", "ラフ", "市", "Iwa", "ya", "Ta", "kes"};
  static char text[48][64];
  const char *labels[48];
  unsigned seed = 7;
  size_t merged = 0;
#define NEXT() (seed = seed * 1103515245u + 12345u, seed >> 8)
  for (int round = 0; round < 1000; round++) {
    size_t n = 2 + NEXT() % 46, few = round % 2 ? 14 : 6; /* all parts, or the first six */
    for (size_t i = 0; i < n; i++) {
      text[i][0] = '\0';
      for (unsigned k = 1 + NEXT() % 4; k > 0; k--) strcat(text[i], parts[NEXT() % few]);
      labels[i] = text[i];
    }
    unsigned places = NEXT() & NEXT(), dict = NEXT() & NEXT() & NEXT();
    merged += merge_both(labels, n, places, dict);
  }
#undef NEXT
  ck_assert_uint_gt(merged, 1000); /* the rounds did merge */
}
END_TEST

/* ---- the whole pipeline ---- */

typedef struct {
  const char *text;
  dg_type type;
  const char *want;    /* label or id of a mention of that type */
  const char *surface; /* the normalized text it covers (NULL: any) */
  const char *absent;  /* a label or id that must not be found (NULL: none) */
} row;

static const row rows[] = {
    /* a numbered meeting named "<words> of the <body>" has the id of "<body> <words>" (the
     * other order); near misses: no ordinal, another tail after the body */
    {"The 4th Foreign Ministers Meeting of the Reef Cooperation was held in Suva.", DG_TYPE_MEETING,
     "meeting:4th-reef-cooperation-foreign-ministers-meeting",
     "4th Foreign Ministers Meeting of the Reef Cooperation", NULL},
    {"The Foreign Ministers Meeting of the Reef Cooperation was held in Suva.", DG_TYPE_MEETING,
     "Foreign Ministers Meeting of the Reef Cooperation", NULL,
     "meeting:reef-cooperation-foreign-ministers-meeting"},
    {"The 4th Meeting of the Reef Parties on Coral Care was held in Suva.", DG_TYPE_MEETING,
     "4th Meeting of the Reef Parties on Coral Care", NULL, "meeting:4th-reef-parties-on-coral-care-meeting"},
    /* a meeting inside a statement's title keeps a tail of "of the" and a body; near miss:
     * a tail with "on" is the title's */
    {"Joint Statement of the 4th Foreign Ministers Meeting of the Reef Cooperation\n\nIt was issued.",
     DG_TYPE_MEETING, "meeting:4th-reef-cooperation-foreign-ministers-meeting",
     "4th Foreign Ministers Meeting of the Reef Cooperation", NULL},
    {"Joint Statement of the 4th Reef Summit on Coral Care\n\nIt was issued.", DG_TYPE_MEETING,
     "4th Reef Summit", "4th Reef Summit", NULL},
    /* a plural possessive inside a statement's title owns nothing (Ministers' Meeting) */
    {"Joint Communique of the 4th Foreign Ministers' Meeting of the Mekong-Ganga Cooperation\n\n"
     "It was issued.", DG_TYPE_MEETING, "meeting:4th-mekong-ganga-cooperation-foreign-ministers-meeting",
     "4th Foreign Ministers' Meeting of the Mekong-Ganga Cooperation", NULL},
    /* a region written with its coordination (regions.tsv: Asia and the Pacific) ends a
     * meeting's name whole; near miss: "and the" before another name cuts it */
    {"They attended the 12th Regional Conference for Asia and the Pacific in Colombo.", DG_TYPE_MEETING,
     "12th Regional Conference for Asia and the Pacific", NULL, NULL},
    {"They attended the 12th Regional Conference for Asia and the Ocean Forum in Colombo.", DG_TYPE_MEETING,
     "12th Regional Conference for Asia", NULL, NULL},
    /* dict.c add_variants: a known name in its other katakana spelling (listed as
     * アジア債券市場育成イニシアティブ) */
    {"日本はアジア債券市場育成イニシアチブを支援した。", DG_TYPE_PROGRAM, "program:abmi",
     "アジア債券市場育成イニシアチブ", NULL},
    /* match.c after_glued_province: MeCab glues 省 to the city's first character
     * (海南|省三|亜); the city starts after 省 all the same */
    {"代表団は海南省三亜を訪れた。", DG_TYPE_PLACE, "place:sanya", "三亜", NULL},
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
    /* bare_region.c: a group's bare English name standing alone is its region (the
     * Mekong), also inside a name it is not joined to by a dash (Lower Mekong Initiative);
     * near misses: a party noun after it, a dash, a capitalized word outside any name */
    {"Poverty has fallen across the Mekong.", DG_TYPE_REGION, "region:mekong", "Mekong",
     "group:MEKONG"},
    {"They met at the Lower Mekong Initiative Ministerial Meeting.", DG_TYPE_REGION,
     "region:mekong", "Mekong", "group:MEKONG"},
    {"Japan thanked the Mekong countries.", DG_TYPE_GROUP, "group:MEKONG", NULL, "region:mekong"},
    {"Japan and the Mekong leaders met.", DG_TYPE_GROUP, "group:MEKONG", NULL, "region:mekong"},
    {"It helps Mekong and Pacific island states.", DG_TYPE_GROUP, "group:MEKONG", NULL,
     "region:mekong"},
    {"The Mekong-Japan Summit was held.", DG_TYPE_GROUP, "group:MEKONG", NULL, "region:mekong"},
    {"The Mekong Water Fund grew.", DG_TYPE_REGION, "region:mekong", "Mekong", "group:MEKONG"},
    {"AUSTRALIA SUPPORTS MEKONG WATER TRADE\nIt grew.", DG_TYPE_GROUP, "group:MEKONG", NULL,
     "region:mekong"},
    {"メコン諸国と協力する。", DG_TYPE_GROUP, "group:MEKONG", NULL, "region:mekong"},
    /* a title and "for" before a name make it the post's portfolio, no name; near miss:
     * with an article it is a name (the Special Envoy for the Blue Pacific Strategy) */
    {"The High Representative for Foreign Affairs and Security Policy spoke.", DG_TYPE_PROGRAM,
     NULL, NULL, "Foreign Affairs and Security Policy"},
    {"The Special Envoy for the Blue Pacific Strategy spoke.", DG_TYPE_PROGRAM,
     "Blue Pacific Strategy", NULL, NULL},
    /* buildings that host meetings are places (ホテル, Convention Centre), not bodies */
    {"会合はラオプラザホテルで開催された。", DG_TYPE_PLACE, "ラオプラザホテル", NULL, NULL},
    {"It met at the Kuala Lumpur Convention Centre.", DG_TYPE_PLACE,
     "Kuala Lumpur Convention Centre", NULL, NULL},
    /* generic compounds and references are no names */
    /* talks named by the person met (names_talks.c): the person, a title, と(の)会談; a
     * given name the person's mention leaves out; near misses: a list of people met, side
     * talks on the occasion of a meeting */
    /* under a title naming talks, a country joined by ・ and a gloss between the person and
     * と, a kind of talks after it: a mention of the title's talks; near miss: with no such
     * title the long form names no talks */
    {"日・ベトナム首脳電話会談\n\n山田総理は、ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談した。", DG_TYPE_MEETING,
     "日・ベトナム首脳電話会談", "ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談", NULL},
    {"山田理事長は、5月10日、ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談した。", DG_TYPE_MEETING,
     NULL, NULL, "ファム・ミン・チン・ベトナム首相(Mr. Pham Minh Chinh)と電話会談"},
    {"山田理事長は、5月10日、ボルド首相と会談した。", DG_TYPE_MEETING, "ボルド首相と会談",
     "ボルド首相と会談", NULL},
    {"(1)ボルド国防大臣との会談(於:首都)", DG_TYPE_MEETING, "ボルド国防大臣との会談", NULL, NULL},
    {"山田理事長は、ダヴラト・ラフモン大統領と会談した。", DG_TYPE_MEETING,
     "ダヴラト・ラフモン大統領と会談", "ダヴラト・ラフモン大統領と会談", NULL},
    {"山田理事長は、ナム副首相、ボルド首相と会談した。", DG_TYPE_MEETING, NULL, NULL,
     "ボルド首相と会談"},
    {"本会合の機会に、山田理事長はボルド首相と会談した。", DG_TYPE_MEETING, NULL, NULL,
     "ボルド首相と会談"},
    /* talks named by a body met (names_talks.c party_talks_at): a group or country, maybe a
     * count of countries, and a word of party_members.tsv before と(の)[PREFIX]会談; later
     * such talks with the same word are those talks; near misses: no members' word, side
     * talks */
    {"山田外相は、中央アジア5カ国の外相と会談した。", DG_TYPE_MEETING, "中央アジア5カ国の外相と会談",
     "中央アジア5カ国の外相と会談", NULL},
    {"王主席、太平洋島嶼国首脳と合同会談\n\n主席はトンガのA首相と合同会談を行った。",
     DG_TYPE_MEETING, "太平洋島嶼国首脳と合同会談", "太平洋島嶼国首脳と合同会談", NULL},
    {"山田外相は中央アジア5カ国の外相と会談した。次にタジキスタンの外相と会談した。",
     DG_TYPE_MEETING, "中央アジア5カ国の外相と会談", "タジキスタンの外相と会談", NULL},
    {"山田外相は、中央アジアの企業と会談した。", DG_TYPE_MEETING, NULL, NULL, "中央アジアの企業と会談"},
    {"本会合の機会に、山田外相は中央アジア5カ国の外相と会談した。", DG_TYPE_MEETING, NULL, NULL,
     "中央アジア5カ国の外相と会談"},
    /* two meetings named by one coordinated head and それぞれ (names_coordinated.c): B's
     * written whole, A's named AのHEAD; near miss: no それぞれ, maybe one meeting of both */
    {"本日、日韓及びASEANの外相会議にそれぞれ出席しました。", DG_TYPE_MEETING, "日韓の外相会議",
     "日韓", NULL},
    {"本日、日韓及びASEANの外相会議にそれぞれ出席しました。", DG_TYPE_MEETING, "ASEANの外相会議",
     "ASEANの外相会議", NULL},
    {"本日、日韓及びASEANの外相会議に出席しました。", DG_TYPE_MEETING, NULL, NULL, "日韓の外相会議"},
    /* Bの会議 later: the meeting named before whose name starts with B */
    {"本日、日韓及びASEANの外相会議にそれぞれ出席しました。ASEANの会議では声明が出された。",
     DG_TYPE_MEETING, "meeting:aseanの外相会議", "ASEANの会議", NULL},
    /* 今回の会議 in a sentence whose topic is a meeting named with について: that meeting, not
     * the document's first (names_coref.c sentence_topic) */
    {"第3回日メコン防災閣僚会合が終わった。次に第4回日メコン外相会議についてですが、今回の会議では"
     "議論の場を設けます。",
     DG_TYPE_MEETING, "第4回日メコン外相会議", "今回の会議", NULL},
    /* もと of 出席のもと (under, in the presence of) begins no name; near miss: a name
     * with a word before its head stays whole */
    {"首相の出席のもと日ASEAN経済昼食会を開いた。", DG_TYPE_MEETING, "日ASEAN経済昼食会", NULL,
     "もと日ASEAN経済昼食会"},
    {"首相の出席で日ASEAN経済昼食会を開いた。", DG_TYPE_MEETING, "日ASEAN経済昼食会", NULL, NULL},
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
    /* a plural title is no name, nor does it name one after it */
    {"The Deputy Foreign Ministers of Kyrgyzstan and Turkmenistan attended.", DG_TYPE_COUNTRY,
     "country:KGZ", NULL, "person:foreign-ministers"},
    {"Foreign Ministers of Kazakhstan Discussed Security Issues in the Region", DG_TYPE_COUNTRY,
     "country:KAZ", NULL, "person:discussed-security-issues"},
    /* series_as_title_instance: the series' name alone in a document whose title names one
     * instance of it is that instance; near misses: the text names another instance, or
     * another meeting that ends in the series' name (拡大 ASEAN国防相会議) */
    {"第5回日メコン外相会議の結果\n\n2012年7月11日、日メコン外相会議がプノンペンで開催された。",
     DG_TYPE_MEETING, "meeting:mekong-japan-fmm:5", "日メコン外相会議", NULL},
    {"第5回日メコン外相会議の結果\n\n日メコン外相会議では第4回日メコン外相会議の成果を確認した。",
     DG_TYPE_MEETING, "meeting:mekong-japan-fmm", "日メコン外相会議", NULL},
    {"第5回拡大ASEAN国防相会議の結果\n\n前日にはASEAN国防相会議が開催された。",
     DG_TYPE_MEETING, "meeting:admm", "ASEAN国防相会議", NULL},
    /* title_instance: a title that names a series alone names the instance the text
     * names with a year, or of several the one its lead names first; near miss: several,
     * and the lead names another meeting first */
    {"Island Trade Ministers Meeting\n\nThe 2031 Island Trade Ministers Meeting was held in Apia.",
     DG_TYPE_MEETING, "meeting:2031-island-trade-ministers-meeting", "Island Trade Ministers Meeting",
     NULL},
    {"Island Trade Ministers Meeting\n\nThe 2031 Island Trade Ministers Meeting opened. Ministers "
     "noted the 2030 Island Trade Ministers Meeting.",
     DG_TYPE_MEETING, "meeting:2031-island-trade-ministers-meeting", "Island Trade Ministers Meeting",
     NULL},
    {"Island Trade Ministers Meeting\n\nThe ASEAN Summit opened. The 2031 Island Trade Ministers "
     "Meeting and the 2030 Island Trade Ministers Meeting were recalled.",
     DG_TYPE_MEETING, "meeting:island-trade-ministers-meeting", "Island Trade Ministers Meeting", NULL},
    /* dgn_add_minted: a body's name after an ordinal is one of its sessions; near miss:
     * the body alone */
    {"The 3rd Joint Committee was held in Vientiane in May 2018.", DG_TYPE_MEETING,
     "meeting:3rd-joint-committee", NULL, NULL},
    {"He visited the First Pacific Reef Bank.", DG_TYPE_ORGANIZATION,
     "org:first-pacific-reef-bank", NULL, NULL},
    /* ... with its members after "of" (numbered_session: the head before " of "); near
     * miss: a bank "of" a country stays a bank */
    {"Ministers arrived for the 12th Ocean Council of Ministers in Suva.", DG_TYPE_MEETING,
     "meeting:12th-ocean-council-of-ministers", NULL, NULL},
    {"He visited the First Bank of Tonga.", DG_TYPE_ORGANIZATION, "org:first-bank-of-tonga", NULL,
     NULL},
    /* last_head_type: a body's name that runs on to a meeting's head names the meeting;
     * near miss: the body alone */
    {"The Council of Ministers Meeting adopted the plan.", DG_TYPE_MEETING,
     "meeting:council-of-ministers-meeting", NULL, "org:council-of-ministers-meeting"},
    {"The Council of Ministers adopted the plan.", DG_TYPE_ORGANIZATION,
     "org:council-of-ministers", NULL, NULL},
    /* ... with its topic after the body's head (on Tourism), and its venue left out (in
     * Bangkok); near miss: an organization keeps the place of its post */
    {"The Ministers noted the 2nd Joint Working Group on Tourism in Bangkok in September 2017.",
     DG_TYPE_MEETING, "meeting:2nd-joint-working-group-on-tourism", "2nd Joint Working Group on Tourism",
     NULL},
    {"He visited the Embassy of Japan in Bangkok.", DG_TYPE_ORGANIZATION,
     "org:embassy-of-japan-in-bangkok", NULL, NULL},
    /* a gloss in parentheses inside a name is no part of its id (one meeting with or
     * without it), and an ordinal before a known series glossed inside is its instance; a
     * format's count (10+1) glosses a name as an acronym does; near miss: no count */
    {"The Fifth Riverland Cooperation (RLC) Foreign Ministers' Meeting was held in Pakse.",
     DG_TYPE_MEETING, "meeting:5th-riverland-cooperation-foreign-ministers-meeting", NULL, NULL},
    {"The 54th Pacific Islands Forum (PIF) Leaders Meeting was held in Honiara.",
     DG_TYPE_MEETING, "meeting:pif-leaders:54", NULL, NULL},
    /* dgn_counted_series: an ordinal before a group that counts a meeting series
     * (groups.tsv counted=) is that series' instance, in a name of its own or before a
     * communique's kind; near misses: a longer meeting after the group's name, a group that
     * counts none */
    {"The Forty-Fourth Pacific Islands Forum was held in Majuro.", DG_TYPE_MEETING,
     "meeting:pif-leaders:44", "Forty-Fourth Pacific Islands Forum", NULL},
    {"第44回太平洋諸島フォーラムがマジュロで開催された。", DG_TYPE_MEETING, "meeting:pif-leaders:44",
     NULL, NULL},
    {"Leaders adopted the Fiftieth Pacific Islands Forum Communique.", DG_TYPE_MEETING,
     "meeting:pif-leaders:50", "Fiftieth Pacific Islands Forum", NULL},
    {"The 44th Pacific Islands Forum Economic Ministers Meeting was held in Apia.",
     DG_TYPE_MEETING, "meeting:pif-economic-ministers:44", NULL, "meeting:pif-leaders:44"},
    {"The 10th ASEAN Communique was issued in Manila.", DG_TYPE_GROUP, "group:ASEAN", NULL,
     "meeting:asean:10"},
    {"The 23rd ASEAN-India (10+1) Leaders' Meeting was held in Hanoi.", DG_TYPE_MEETING,
     "meeting:23rd-asean-india-leaders-meeting", "23rd ASEAN-India (10+1) Leaders' Meeting", NULL},
    {"The 23rd ASEAN-India (10-1) Leaders' Meeting was held in Hanoi.", DG_TYPE_GROUP,
     "group:ASEAN", NULL, "meeting:23rd-asean-india-leaders-meeting"},
    /* head_at: a meeting's head before a noun of its members is an adjective; near miss:
     * the head before a verb */
    {"Today I met my ASEAN Foreign Ministerial counterparts in Phuket.", DG_TYPE_GROUP,
     "group:ASEAN", NULL, "meeting:asean-foreign-ministerial"},
    {"The EU-Central Asia Ministerial took place in Samarkand.", DG_TYPE_MEETING,
     "meeting:european-union-central-asia-ministerial", NULL, NULL},
    /* year_instance: a year before a meeting the dictionary knows is that year's instance
     * of the series, another year's another one; near miss: a year before a new name stays
     * in it */
    {"The 2019 Forum Economic Ministers Meeting was held in Apia.", DG_TYPE_MEETING,
     "meeting:pif-economic-ministers@2019", "2019 Forum Economic Ministers Meeting",
     "meeting:pif-economic-ministers"},
    {"The 2019 Forum Economic Ministers Meeting recalled the 2018 Forum Economic Ministers "
     "Meeting.", DG_TYPE_MEETING, "meeting:pif-economic-ministers@2018",
     "2018 Forum Economic Ministers Meeting", "meeting:pif-economic-ministers"},
    {"The 2019 Ocean Ministers Meeting was held in Apia.", DG_TYPE_MEETING,
     "meeting:2019-ocean-ministers-meeting", NULL, NULL},
    /* mint_span: a known name inside a new one, as an acronym or in several words, is
     * written as its label in the id, so both spellings make one; near miss: a one-word
     * adjective stays as written */
    {"The 18th EU-Central Asia Ministerial Meeting opened.", DG_TYPE_MEETING,
     "meeting:18th-european-union-central-asia-ministerial-meeting", NULL, NULL},
    {"The 18th European Union-Central Asia Ministerial Meeting opened.", DG_TYPE_MEETING,
     "meeting:18th-european-union-central-asia-ministerial-meeting", NULL, NULL},
    {"The Australian Volunteers Program grew.", DG_TYPE_PROGRAM,
     "program:australian-volunteers-program", NULL, "program:australia-volunteers-program"},
    /* military ranks and a bracketed degree among the titles before a name; near miss:
     * a rank alone is no one */
    {"The Meeting was co-chaired by H.E. Gen (Dr.) V.K. Singh (Retd.), Minister of State.",
     DG_TYPE_PERSON, "person:v.k.-singh", "V.K. Singh", "person:gen"},
    {"Lt. Gen. Ahmad Yani attended the parade.", DG_TYPE_PERSON, "person:ahmad-yani", "Ahmad Yani", NULL},
    /* a compound ordinal: the tens as a number word and a hyphen; near miss: tens and a
     * tens ordinal (no number) */
    {"The Forty-Fifth Pacific Islands Leaders Meeting was held.", DG_TYPE_MEETING, "meeting:palm:45", NULL, NULL},
    {"The Forty-Tenth Pacific Islands Leaders Meeting was held.", DG_TYPE_MEETING, NULL, NULL, "meeting:palm:50"},
    /* an ordinal after a person's possessive counts that person's occasions, not the series */
    {"The premier travelled to Manila for his first ASEAN-Japan Summit.", DG_TYPE_MEETING, NULL, NULL,
     "meeting:asean-japan-summit:1"},
    {"Their second Mekong-Japan Foreign Ministers' Meeting went well.", DG_TYPE_MEETING, NULL, NULL,
     "meeting:mekong-japan-fmm:2"},
    {"The first ASEAN-Japan Summit was held in Kuala Lumpur.", DG_TYPE_MEETING,
     "meeting:asean-japan-summit:1", NULL, NULL},
    {"History recalls the first ASEAN-Japan Summit.", DG_TYPE_MEETING,
     "meeting:asean-japan-summit:1", NULL, "meeting:asean-japan-summit"},
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
    {"森川総理大臣が歓迎した。", DG_TYPE_PERSON, "森川", NULL, NULL},
    {"高市早苗内閣総理大臣が出席した。", DG_TYPE_PERSON, "高市早苗", NULL, "内閣"},
    {"ボロトフ・カザフスタン大統領が参加した。", DG_TYPE_PERSON, "ボロトフ", NULL, NULL},
    {"カザフスタン大統領が参加した。", DG_TYPE_PERSON, NULL, NULL, "カザフスタン"},
    {"各国防衛当局次官級で確認した。", DG_TYPE_PERSON, NULL, NULL, "当局"},
    {"Prime Minister Ishiba met President Marcos.", DG_TYPE_PERSON, "Marcos", NULL, NULL},
    {"Secretary-General Kao Kim Hourn spoke.", DG_TYPE_PERSON, "Kao Kim Hourn", NULL, NULL},
    {"the President of the Philippines", DG_TYPE_PERSON, NULL, NULL, "Philippines"},
    {"In 1977, KUROKI Haruo, then Prime Minister, spoke.", DG_TYPE_PERSON, "KUROKI Haruo", NULL,
     NULL},
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
    /* English names with descriptive words, glosses, dotted and hyphenated countries */
    {"Leaders gathered for the 12th ASEAN-New Zealand (N.Z.) Summit in Vientiane.",
     DG_TYPE_MEETING, NULL, "12th ASEAN-New Zealand (N.Z.) Summit", NULL},
    {"Officials gathered for the Subregional Dialogue on Maritime Safety and Illegal Fishing.",
     DG_TYPE_MEETING, NULL, "Subregional Dialogue on Maritime Safety and Illegal Fishing", NULL},
    {"Both sides issued a Declaration on U.S.-Fiji Ocean Partnership.", DG_TYPE_PROGRAM, NULL,
     "Declaration on U.S.-Fiji Ocean Partnership", "Declaration on U.S"},
    {"PRESS OFFICE: 0400 123 456", DG_TYPE_ORGANIZATION, NULL, NULL, "PRESS OFFICE"},
    {"Donors back the Small Island States (SIS) Resilience Initiative. SIS grants grew.",
     DG_TYPE_PROGRAM, "program:small-island-states-resilience-initiative", "SIS", NULL},
    {"Vaccines go through WHO and VACNET, and VACNET pays.", DG_TYPE_ORGANIZATION, "org:vacnet",
     "VACNET", NULL},
    /* Japanese ordinals in kanji, phases, acronyms after generic compounds */
    {"第七次港湾整備計画を実施する。", DG_TYPE_PROGRAM, "第七次港湾整備計画", NULL, NULL},
    {"同年の次官級会合(VMM)で合意した。", DG_TYPE_MEETING, "meeting:次官級会合", "VMM", NULL},
    {"東シナ海におけるトンガ海軍との演習", DG_TYPE_ORGANIZATION, "トンガ海軍", NULL,
     "東シナ海におけるトンガ海軍"},
    /* places by trigger */
    {"ランカウイにおいて会合を開催した。", DG_TYPE_PLACE, "ランカウイ", NULL, NULL},
    {"都内ホテルにおいて開催した。", DG_TYPE_PLACE, NULL, NULL, "ホテル"},
    /* names_place.c place_after_ja: the nouns after 於: up to a parenthesis are a place;
     * near miss: more words after them (於:会場のホール) */
    {"国防大臣との会談(於:マレー駐屯地)", DG_TYPE_PLACE, "マレー駐屯地", NULL, NULL},
    {"国防大臣との会談(於:会場のホール)", DG_TYPE_PLACE, NULL, NULL, "会場"},
    /* a place right after its country, no の between (韓国水原で: 水原); near miss: a
     * common noun there is no place (中国国内で) */
    {"会合は韓国水原で開催された。", DG_TYPE_PLACE, "水原", NULL, NULL},
    {"会合は中国国内で開催された。", DG_TYPE_PLACE, NULL, NULL, "国内"},
    {"The forum was held in Nukualofa last week.", DG_TYPE_PLACE, NULL, "Nukualofa", NULL},
    /* regions are not places: インド太平洋 is neither India nor a venue; Tokyo stays a place */
    {"インド太平洋地域において共同訓練を実施した。", DG_TYPE_REGION, "region:indo-pacific", NULL,
     NULL},
    {"インド太平洋地域において共同訓練を実施した。", DG_TYPE_PLACE, NULL, NULL, "インド太平洋"},
    {"インド太平洋地域において共同訓練を実施した。", DG_TYPE_COUNTRY, NULL, NULL, "country:IND"},
    {"The exercise was held in Southeast Asia.", DG_TYPE_REGION, "region:southeast-asia", NULL, NULL},
    {"The exercise was held in Southeast Asia.", DG_TYPE_PLACE, NULL, NULL, "Southeast Asia"},
    {"The exercise was held in Tokyo.", DG_TYPE_PLACE, "place:tokyo", NULL, NULL},
    {"The exercise was held in Tokyo.", DG_TYPE_REGION, NULL, NULL, "Tokyo"},
    /* headline verbs (headline_verbs.tsv: Held, Discuss) end a name in a headline; near
     * miss: the verb is no word of it */
    {"11th Mekong-Korea Maritime Forum Held in Busan\n\nThe forum met.", DG_TYPE_MEETING,
     NULL, "11th Mekong-Korea Maritime Forum", NULL},
    {"11th Mekong-Korea Maritime Forum Held in Busan\n\nThe forum met.", DG_TYPE_MEETING,
     NULL, NULL, "11th Mekong-Korea Maritime Forum Held"},
    /* a series the dictionary lists (meetings.tsv): ASEAN関連経済大臣会合; near miss: not
     * the economic ministers' meeting of ASEAN itself */
    {"ASEAN関連経済大臣会合に出席した。", DG_TYPE_MEETING, "meeting:asean-related-emm", NULL, NULL},
    {"ASEAN経済大臣会合に出席した。", DG_TYPE_MEETING, NULL, NULL, "meeting:asean-related-emm"},
    /* news agencies (organizations.tsv, kind=media) named as a source; near miss: AFP
     * alone is the Australian Federal Police of many releases, not the agency */
    {"The talks ended on Friday, Bernama reported.", DG_TYPE_ORGANIZATION, "org:bernama",
     "Bernama", NULL},
    {"The ministers met in Hanoi (VNA).", DG_TYPE_ORGANIZATION, "org:vna", "VNA", NULL},
    {"Officers of the AFP joined the patrol.", DG_TYPE_ORGANIZATION, NULL, NULL, "org:afp-news"},
    /* an office of JICA abroad is one body (organizations.tsv, located=); near miss: JICA
     * and a country apart are not its office */
    {"JICAラオス事務所の職員が視察した。", DG_TYPE_ORGANIZATION, "org:jica-office-lao",
     "JICAラオス事務所", NULL},
    {"JICAはラオスで事業を続けている。", DG_TYPE_ORGANIZATION, NULL, NULL, "org:jica-office-lao"},
    /* a city named like a family name only in its 市 form (places.tsv); near miss: the
     * family name alone is no place */
    {"会合は松山市で開かれた。", DG_TYPE_PLACE, "place:matsuyama", "松山市", NULL},
    {"松山氏が会合に出席した。", DG_TYPE_PLACE, NULL, NULL, "place:matsuyama"},
    /* a venue whose name begins with a city's is one place (Cha-am Hua Hin), not the city
     * and another; near miss: the other city alone */
    {"The summit took place in Cha-am Hua Hin, Thailand.", DG_TYPE_PLACE, "place:cha-am",
     "Cha-am Hua Hin", "place:hua-hin"},
    {"The retreat took place in Hua Hin.", DG_TYPE_PLACE, "place:hua-hin", "Hua Hin", NULL},
    /* a Chinese province in 省 after its country stays a place, not a ministry (no X省 in
     * places.tsv) */
    {"会議は中国雲南省で開催された。", DG_TYPE_ORGANIZATION, NULL, NULL, "中国雲南省"},
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
  dg_doc *d = tu_doc("t.txt", "エマモリ・サフモン大統領が到着した。サフモン・タジキスタン大統領は演説した。"
                              "Foreign Minister Okuma Kenta met Foreign Minister Okuma again.");
  size_t n = 0;
  const char *id = NULL;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON && strstr(d->ments[i].label, "サフモン")) {
      if (!id) id = d->ments[i].id;
      ck_assert_str_eq(d->ments[i].id, id);
      n++;
    }
  ck_assert_uint_eq(n, 2);
  const dg_mention *full = find(d, DG_TYPE_PERSON, "Okuma Kenta");
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

/* A building in the parenthesis after its city is the venue inside it, a place of its own,
 * not the city's short form (new_names_inside); near miss: a place that is no building
 * there is (as 東京宣言 above). */
START_TEST(test_building_in_parenthesis) {
  dg_doc *d = tu_doc("t.txt", "会合はビエンチャン(ルアンパレスホテル)で開催された。");
  char dump[4096];
  const dg_mention *m = find(d, DG_TYPE_PLACE, "ルアンパレスホテル");
  ck_assert_msg(m && !strcmp(m->id, "place:ルアンパレスホテル"), "%s", tu_dump(d, dump, sizeof dump));
  ck_assert_msg(tu_count(d, "place:vientiane") == 1, "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* ---- people: names_people_ja.c, names_people_en.c, names_people_merge.c ---- */

static const family_case people_families[] = {
    /* names_people_vn.c: a Vietnamese family name and syllables holding a known place are
     * one person, and the place gives way; near misses: a place that runs past the
     * syllables or starts at the family name, no place inside, two words only */
    {F(VN_PEOPLE), "Speaker Vuong Dinh Hue welcomed the guests.", DG_TYPE_PERSON,
     "Vuong Dinh Hue", "person:vuong-dinh-hue", NULL, NULL},
    {F(VN_PEOPLE), "Speaker Vuong Dinh Hue welcomed the guests.", DG_TYPE_PLACE, "Hue", NULL,
     NULL, NULL},
    {F(VN_PEOPLE), "Le Thi Quang Tri opened the talks.", DG_TYPE_PERSON, "Le Thi Quang Tri",
     "person:le-thi-quang-tri", NULL, NULL},
    {F(VN_PEOPLE), "Pham Van Ha Nam Province opened a school.", DG_TYPE_PERSON,
     "Pham Van Ha Nam", NULL, NULL, NULL},
    {F(VN_PEOPLE), "Pham Van Ha Nam Province opened a school.", DG_TYPE_PLACE,
     "Ha Nam Province", "place:ha-nam", NULL, NULL},
    {F(VN_PEOPLE), "They flew to Ho Chi Minh City on Monday.", DG_TYPE_PLACE,
     "Ho Chi Minh City", "place:ho-chi-minh-city", NULL, NULL},
    {F(VN_PEOPLE), "Tran Van Minh opened the talks.", DG_TYPE_PERSON, "Tran Van Minh", NULL,
     NULL, NULL},
    {F(VN_PEOPLE), "Tran Hue opened the talks.", DG_TYPE_PLACE, "Hue", "place:hue", NULL, NULL},
    /* places.tsv: a province named like given names is a place alone too */
    {F(VN_PEOPLE), "Nguyen Thi Thanh Hoa visited Thanh Hoa.", DG_TYPE_PERSON,
     "Nguyen Thi Thanh Hoa", "person:nguyen-thi-thanh-hoa", NULL, NULL},
    {F(VN_PEOPLE), "Nguyen Thi Thanh Hoa visited Thanh Hoa.", DG_TYPE_PLACE, "Thanh Hoa",
     "place:thanh-hoa", NULL, NULL},
    /* person_token, is_name: kanji pieces join a name with an unknown or a sure part */
    {F(JA_PEOPLE), "濵口誠一外務大臣政務官が署名した。", DG_TYPE_PERSON, "濵口誠一",
     "person:濵口誠一", NULL, NULL},
    {F(JA_PEOPLE), "安達晋三総理が述べた。", DG_TYPE_PERSON, "安達晋三", "person:安達晋三", NULL,
     NULL},
    {F(JA_PEOPLE), "豪ボロトフ首相が来日した。", DG_TYPE_PERSON, "豪ボロトフ", NULL, NULL, NULL},
    {F(JA_PEOPLE), "豪ボロトフ首相が来日した。", DG_TYPE_PERSON, "ボロトフ", "person:ボロトフ",
     NULL, NULL},
    /* listed_family_name: a word read as a place, a listed person's family name, not
     * before a place's title */
    {F(JA_PEOPLE), "松本外務大臣が述べた。", DG_TYPE_PERSON, "松本", "person:松本", NULL, NULL},
    {F(JA_PEOPLE), "松本市長が述べた。", DG_TYPE_PERSON, "松本", NULL, NULL, NULL},
    /* known_inside, give_way: a listed family name inside a longer name is another person */
    {F(JA_PEOPLE), "小野寺雅人防衛審議官が出席した。", DG_TYPE_PERSON, "小野寺雅人",
     "person:小野寺雅人", NULL, NULL},
    {F(JA_PEOPLE), "小野寺雅人防衛審議官が出席した。", DG_TYPE_PERSON, "小野寺", NULL, NULL,
     NULL},
    {F(JA_PEOPLE), "小野寺防衛大臣が出席した。", DG_TYPE_PERSON, "小野寺",
     "person:itsunori-onodera", NULL, NULL},
    /* person_after_counterpart: a name after "counterpart", maybe after a comma; near
     * miss: one word only. name_goes_on: a space and a glottal stop's ' inside a name */
    {F(EN_PEOPLE), "She met her Fijian counterpart, Lisiate Vuni, in Suva.", DG_TYPE_PERSON,
     "Lisiate Vuni", "person:lisiate-vuni", NULL, NULL},
    {F(EN_PEOPLE), "She met her Fijian counterpart Vuni in Suva.", DG_TYPE_PERSON, "Vuni", NULL,
     NULL, NULL},
    {F(EN_PEOPLE), "She met her Tongan counterpart Mele 'Akauola in Suva.", DG_TYPE_PERSON,
     "Mele 'Akauola", "person:mele-akauola", NULL, NULL},
    /* person_after_country: a name after a country of a list "ministers of" opens, a
     * space or a spaced dash between; near miss: the same words after another list */
    {F(EN_PEOPLE), "It was attended by the foreign ministers of Fiji Jone Tau, Tonga \xE2\x80\x93 Sione Vake and Samoa \xE2\x80\x93 Afa Leota.",
     DG_TYPE_PERSON, "Sione Vake", "person:sione-vake", NULL, NULL},
    {F(EN_PEOPLE), "It was attended by the foreign ministers of Fiji Jone Tau, Tonga \xE2\x80\x93 Sione Vake and Samoa \xE2\x80\x93 Afa Leota.",
     DG_TYPE_PERSON, "Jone Tau", "person:jone-tau", NULL, NULL},
    /* ... or in parentheses after the country; near miss: no "ministers of" list */
    {F(EN_PEOPLE), "The participants included foreign ministers of Fiji (Jone Tau), Tonga (Sione Vake) and Samoa (Afa Leota).",
     DG_TYPE_PERSON, "Sione Vake", "person:sione-vake", NULL, NULL},
    {F(EN_PEOPLE), "Officials of Fiji (Jone Tau) met.", DG_TYPE_PERSON, "Jone Tau", NULL, NULL, NULL},
    {F(EN_PEOPLE), "Officials of Fiji Jone Tau and Tonga \xE2\x80\x93 Sione Vake met.", DG_TYPE_PERSON,
     "Sione Vake", NULL, NULL, NULL},
    /* ... or after the country's possessive, "the" maybe before it; near miss: what the
     * country owns, a head word among the names (Tonga's Pacific Fund) */
    {F(EN_PEOPLE), "It brought together foreign ministers of Fiji Jone Tau, the Kingdom of Tonga's "
     "Sione Vake and Samoa's Afa Leota.", DG_TYPE_PERSON, "Sione Vake", "person:sione-vake", NULL,
     NULL},
    {F(EN_PEOPLE), "It brought together foreign ministers of Fiji Jone Tau, Tonga's Sione Vake and "
     "Samoa's Afa Leota.", DG_TYPE_PERSON, "Afa Leota", "person:afa-leota", NULL, NULL},
    {F(EN_PEOPLE), "The foreign ministers of Fiji, Tonga's Pacific Fund and Samoa met.",
     DG_TYPE_PERSON, "Pacific Fund", NULL, NULL, NULL},
    /* titles.tsv: a hyphenated Vice-President before the name; near miss: the title alone */
    {F(EN_PEOPLE), "ADB Vice-President Rina Tomasi opened the forum.", DG_TYPE_PERSON,
     "Rina Tomasi", "person:rina-tomasi", NULL, NULL},
    {F(EN_PEOPLE), "The Vice-President of ADB opened the forum.", DG_TYPE_PERSON, "ADB", NULL,
     NULL, NULL},
    /* org_compound_start: a ・ between two words of the organization */
    {F(JA_PEOPLE), "ダニヤル・ボロトフ・タイ外務・国際協力省長官が出席した。", DG_TYPE_PERSON,
     "ダニヤル・ボロトフ", "person:ダニヤル・ボロトフ", NULL, NULL},
    {F(JA_PEOPLE), "タイ外務・国際協力省長官が出席した。", DG_TYPE_PERSON, "外務", NULL, NULL,
     NULL},
    /* acronym_gloss_start: the organization's acronym between it and the title */
    {F(JA_PEOPLE), "ソムチャイ・ブンマー・タイ地雷対策庁(TMAC)長官が出席した。", DG_TYPE_PERSON,
     "ソムチャイ・ブンマー", "person:ソムチャイ・ブンマー", NULL, NULL},
    {F(JA_PEOPLE), "ソムチャイ・ブンマー・タイ地雷対策庁(第2期)長官が出席した。",
     DG_TYPE_PERSON, "ソムチャイ・ブンマー", NULL, NULL, NULL},
    /* head_title_start: a title that begins with an organization's head word */
    {F(JA_PEOPLE), "フィリピン外務省のマリア・サントス海洋局長が出席した。", DG_TYPE_PERSON,
     "マリア・サントス", "person:マリア・サントス", NULL, NULL},
    {F(JA_PEOPLE), "濵口誠一局長が出席した。", DG_TYPE_PERSON, "濵口誠一", "person:濵口誠一", NULL,
     NULL},
    /* list_item, people_in_list: two names or more in a list, a katakana list with a part
     * MeCab knows as a name */
    {F(JA_PEOPLE), "会合にはダニヤル・ボロトフ、アリ・サフモンが出席した。", DG_TYPE_PERSON,
     "ダニヤル・ボロトフ", "person:ダニヤル・ボロトフ", NULL, NULL},
    {F(JA_PEOPLE), "出席者:森川浩一、鈴木花子", DG_TYPE_PERSON, "鈴木花子", "person:鈴木花子", NULL,
     NULL},
    {F(JA_PEOPLE), "ヌサ・トゥンガラ、スラ・ウェシを訪れた。", DG_TYPE_PERSON, "ヌサ・トゥンガラ",
     NULL, NULL, NULL},
    {F(JA_PEOPLE), "会合にはダニヤル・ボロトフが出席した。", DG_TYPE_PERSON, "ダニヤル・ボロトフ",
     NULL, NULL, NULL},
    /* titles.tsv: 政府特使, 副首相 */
    {F(JA_PEOPLE), "ボロトフ・カザフスタン政府特使が出席した。", DG_TYPE_PERSON, "ボロトフ",
     "person:ボロトフ", NULL, NULL},
    {F(JA_PEOPLE), "ソムチャイ・ブンマー副首相が出席した。", DG_TYPE_PERSON, "ソムチャイ・ブンマー",
     "person:ソムチャイ・ブンマー", NULL, NULL},
    /* katakana_before_owner: a katakana name, ・ and the country its title is of, whatever
     * MeCab makes of the name's words; not a known name before the ・ */
    {F(JA_PEOPLE), "会合にはセミシ・トンガ王国首相が出席した。", DG_TYPE_PERSON, "セミシ",
     "person:セミシ", NULL, NULL},
    {F(JA_PEOPLE), "会合にはカナ・ロト・サモア独立国首相兼外務大臣が出席した。", DG_TYPE_PERSON,
     "カナ・ロト", "person:カナ・ロト", NULL, NULL},
    {F(JA_PEOPLE), "オセアニア・フィジー共和国首相が出席した。", DG_TYPE_PERSON, "オセアニア",
     NULL, NULL, NULL},
    /* portfolio_start: a minister's portfolio between the country and the title */
    {F(JA_PEOPLE), "会合にはペニ・ラボ・フィジー共和国保健副大臣が出席した。", DG_TYPE_PERSON,
     "ペニ・ラボ", "person:ペニ・ラボ", NULL, NULL},
    {F(JA_PEOPLE), "フィジー共和国内務副大臣が出席した。", DG_TYPE_PERSON, "内務", NULL, NULL, NULL},
    /* portfolio_start: 担当 alone is no portfolio (charge_words.tsv): the word before it
     * is what the minister is in charge of; a portfolio before it is one */
    {F(JA_PEOPLE), "サイバーセキュリティ担当大臣が出席した。", DG_TYPE_PERSON,
     "サイバーセキュリティ", NULL, NULL, NULL},
    {F(JA_PEOPLE), "ボロトフ国防担当大臣が出席した。", DG_TYPE_PERSON, "ボロトフ",
     "person:ボロトフ", NULL, NULL},
    /* portfolio_start: a portfolio MeCab cuts into one kanji and more (商|工業) */
    {F(JA_PEOPLE), "ラオスのソムサイ・ケオマニー商工業大臣が出席した。", DG_TYPE_PERSON,
     "ソムサイ・ケオマニー", "person:ソムサイ・ケオマニー", NULL, NULL},
    /* dotted_katakana_name: a general proper noun part (ミン) makes the dotted run a name;
     * person_tokens: no name opens with ・ */
    {F(JA_PEOPLE), "ウェイ・ミン国防大臣が出席した。", DG_TYPE_PERSON, "ウェイ・ミン",
     "person:ウェイ・ミン", NULL, NULL},
    {F(JA_PEOPLE), "ウェイ・ミン国防大臣が出席した。", DG_TYPE_PERSON, "・ミン", NULL, NULL, NULL},
    /* katakana_pieces: a name MeCab cuts into a proper noun and a symbol (サタ|ノ); near
     * miss: ordinary words (テレビ|ノ) */
    {F(JA_PEOPLE), "フィジーのサタノ首相が出席した。", DG_TYPE_PERSON, "サタノ", "person:サタノ",
     NULL, NULL},
    {F(JA_PEOPLE), "フィジーのテレビノ首相が出席した。", DG_TYPE_PERSON, "テレビノ", NULL, NULL,
     NULL},
    /* listed_noun: a plain noun MeCab reads there that a listed person bears as family
     * name, alone before a title; not a word nobody listed bears */
    {F(JA_PEOPLE), "中谷大臣及び森総理が出席した。", DG_TYPE_PERSON, "森", "person:森", NULL, NULL},
    {F(JA_PEOPLE), "山中大臣は出席した。", DG_TYPE_PERSON, "山中", NULL, NULL, NULL},
    /* names_people_en.c, title_word: a title in capitals matches as written */
    {F(EN_PEOPLE), "Minister HE Rina Halim spoke.", DG_TYPE_PERSON, "Rina Halim",
     "person:rina-halim", NULL, NULL},
    {F(EN_PEOPLE), "He Rina Halim spoke.", DG_TYPE_PERSON, "Rina Halim", NULL, NULL, NULL},
    /* ends_word: a title may end with a stop, colon or apostrophe, never inside a word */
    {F(EN_PEOPLE), "Dato\u2019 Rina Halim arrived.", DG_TYPE_PERSON, "Rina Halim",
     "person:rina-halim", NULL, NULL},
    {F(EN_PEOPLE), "Datoak Rina Halim arrived.", DG_TYPE_PERSON, "Rina Halim", NULL, NULL, NULL},
    /* title_in_parens, more_titles */
    {F(EN_PEOPLE), "General (Ret) Budi Santoso spoke.", DG_TYPE_PERSON, "Budi Santoso",
     "person:budi-santoso", NULL, NULL},
    {F(EN_PEOPLE), "General (Jakarta) Budi Santoso spoke.", DG_TYPE_PERSON, "Budi Santoso", NULL,
     NULL, NULL},
    /* body_head_alone: a body's head word alone after a title is no name; the person after
     * the next title stays */
    {F(EN_PEOPLE), "The party's General Council Chairman Budi Santoso spoke.", DG_TYPE_PERSON,
     "Council", NULL, NULL, NULL},
    {F(EN_PEOPLE), "The party's General Council Chairman Budi Santoso spoke.", DG_TYPE_PERSON,
     "Budi Santoso", "person:budi-santoso", NULL, NULL},
    {F(EN_PEOPLE), "Attorney-General Senator the Hon. Mark Dreyton QC spoke.", DG_TYPE_PERSON,
     "Mark Dreyton", "person:mark-dreyton", NULL, NULL},
    {F(EN_PEOPLE), "Attorney-General Senator the Hon. Mark Dreyton QC spoke.", DG_TYPE_PERSON,
     "Mark Dreyton QC", NULL, NULL, NULL},
    /* name_word: no small word in any case */
    {F(EN_PEOPLE), "MINISTER FOR FOREIGN AFFAIRS", DG_TYPE_PERSON, "FOR FOREIGN AFFAIRS", NULL,
     NULL, NULL},
    /* name_goes_on: initials */
    {F(EN_PEOPLE), "Secretary Lorin T. Rabet spoke.", DG_TYPE_PERSON, "Lorin T. Rabet",
     "person:lorin-t.-rabet", NULL, NULL},
    {F(EN_PEOPLE), "Secretary Lorin. Rabet spoke.", DG_TYPE_PERSON, "Lorin. Rabet", NULL, NULL,
     NULL},
    /* person_after_title: a possessive is no part of the name */
    {F(EN_PEOPLE), "Mr Halim's office replied.", DG_TYPE_PERSON, "Halim", "person:halim", NULL,
     NULL},
    {F(EN_PEOPLE), "Mr Halim's office replied.", DG_TYPE_PERSON, "Halim's", NULL, NULL, NULL},
    /* name_words: a possessive ('s, ’s) ends the name; the capitalized words after it
     * (a heading's Attendance, Visit) are no part of it; near miss: a name of two words */
    {F(EN_PEOPLE), "Minister Tanabe’s Attendance at the Ocean Forum", DG_TYPE_PERSON, "Tanabe",
     "person:tanabe", NULL, NULL},
    {F(EN_PEOPLE), "Minister Tanabe's Attendance at the Ocean Forum", DG_TYPE_PERSON,
     "Tanabe's Attendance", NULL, NULL, NULL},
    {F(EN_PEOPLE), "Minister Tanabe Hiroko attended the Ocean Forum", DG_TYPE_PERSON,
     "Tanabe Hiroko", "person:tanabe-hiroko", NULL, NULL},
    /* title_follows: a post-nominal in capitals, a title after a comma, a title after a name
     * in capitals that opens a line */
    {F(EN_PEOPLE), "The chat featured Edwin Tan SC and others.", DG_TYPE_PERSON, "Edwin Tan",
     "person:edwin-tan", NULL, NULL},
    {F(EN_PEOPLE), "The chat featured Edwin Tan Sc and others.", DG_TYPE_PERSON, "Edwin Tan",
     NULL, NULL, NULL},
    {F(EN_PEOPLE), "It was moderated by Hiroko Tanabe, Minister of Justice, today.",
     DG_TYPE_PERSON, "Hiroko Tanabe", "person:hiroko-tanabe", NULL, NULL},
    {F(EN_PEOPLE), "It was hosted by Minister for Law Hana Rahim SC in Tokyo.", DG_TYPE_PERSON,
     "Hana Rahim", "person:hana-rahim", NULL, NULL},
    {F(EN_PEOPLE), "We thank the Department of Foreign Affairs, Secretary Lee's hosts.",
     DG_TYPE_PERSON, "Foreign Affairs", NULL, NULL, NULL},
    /* person_after_country, office_before: a person right after the country that ends an
     * office's body after its title (the Director of the ... Agency of Uzbekistan Jane
     * Doe); near miss: a body's head among the words after the country */
    {F(EN_PEOPLE), "It was attended by the Director of the Cultural Heritage Agency of Uzbekistan Shahriyor Nuraliev today.",
     DG_TYPE_PERSON, "Shahriyor Nuraliev", "person:shahriyor-nuraliev", NULL, NULL},
    {F(EN_PEOPLE), "The Director of the Agency of Uzbekistan Airways Company spoke.", DG_TYPE_PERSON,
     "Airways Company", NULL, NULL, NULL},
    /* name_before: "of" after a word in lower case joins no name (the chairmanship of Jane
     * Doe, ...); a rank (Deputy, Vice) may open the title after the comma; near miss: a
     * title is no name (the Special Representative, Deputy Minister ...) */
    {F(EN_PEOPLE), "It met under the chairmanship of Nazima Orazova, Deputy Minister of Foreign Affairs.",
     DG_TYPE_PERSON, "Nazima Orazova", "person:nazima-orazova", NULL, NULL},
    {F(EN_PEOPLE), "The team was led by Aibar Tolen, Deputy Foreign Minister of Kazakhstan.",
     DG_TYPE_PERSON, "Aibar Tolen", "person:aibar-tolen", NULL, NULL},
    {F(EN_PEOPLE), "It heard the Special Representative, Deputy Minister of Foreign Affairs.",
     DG_TYPE_PERSON, "Special Representative", NULL, NULL, NULL},
    {F(EN_PEOPLE), "ALEX DUNMORE MINISTER FOR TRADE\nThe minister spoke.", DG_TYPE_PERSON,
     "ALEX DUNMORE", "person:alex-dunmore", NULL, NULL},
    {F(EN_PEOPLE), "They said ALEX DUNMORE MINISTER FOR TRADE spoke.", DG_TYPE_PERSON,
     "ALEX DUNMORE", NULL, NULL, NULL},
    /* titles.tsv: a media contact */
    {F(EN_PEOPLE), "Media inquiries: Sarah Jonas (Mr Halim's office)", DG_TYPE_PERSON,
     "Sarah Jonas", "person:sarah-jonas", NULL, NULL},
    /* caps_name_at: an acronym the document defines is no family name */
    {F(CAPS_PEOPLE), "The Pacific Ocean Authority (POA) met. POA Annex was adopted.",
     DG_TYPE_PERSON, "POA Annex", NULL, NULL, NULL},
    /* names_people_merge.c: Latin short forms in any case; a listed person's English label */
    {PEOPLE | F(MERGE_PEOPLE), "ALEX DUNMORE MINISTER FOR TRADE\nMr Dunmore said so.",
     DG_TYPE_PERSON, "Dunmore", "person:alex-dunmore", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Minister Penny Wong spoke. Ms Wong said so.", DG_TYPE_PERSON,
     "Wong", "person:penny-wong", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Ms Wong said so.", DG_TYPE_PERSON, "Wong", "person:wong", NULL,
     NULL},
    /* listed_short_form: a listed family name means the person of the document who has it */
    {PEOPLE | F(MERGE_PEOPLE), "小野寺雅人防衛審議官が出席した。小野寺審議官が述べた。",
     DG_TYPE_PERSON, "小野寺", "person:小野寺雅人", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Ambassador Ishiba Kenta arrived. Ishiba spoke.", DG_TYPE_PERSON,
     "Ishiba", "person:ishiba-kenta", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "石破総理大臣が出席した。", DG_TYPE_PERSON, "石破",
     "person:shigeru-ishiba", NULL, NULL},
    /* people_again: a person named again without a title, in the same case, by a form no
     * other person shares */
    {PEOPLE | F(MERGE_PEOPLE), "Prime Minister Jane Doe arrived. Later Doe said so.",
     DG_TYPE_PERSON, "Doe", "person:jane-doe", NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Prime Minister Jane Doe arrived. Later DOE said so.",
     DG_TYPE_PERSON, "DOE", NULL, NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "Minister Jane Doe and Minister John Doe met. Doe said so.",
     DG_TYPE_PERSON, "Doe", NULL, NULL, NULL},
    {PEOPLE | F(MERGE_PEOPLE), "ダニヤル・ボロトフ大統領が到着した。ボロトフは演説した。",
     DG_TYPE_PERSON, "ボロトフ", "person:ダニヤル・ボロトフ", NULL, NULL},
};

/* A short name a parenthesis defines with a word of definitions.tsv (以下, hereinafter) is
 * the name before it there and wherever else it is written, a dictionary's name too; a
 * quoted name in a parenthesis without such a word is not. */
/* dgn_all_katakana reads a character as dg_script_of does (DG_SC_KATAKANA) or as the dot
 * ・, for every code point alone, and after a katakana letter. */
START_TEST(test_all_katakana_every_code_point) {
  for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    char b[8] = "\xE3\x82\xA2"; /* ア, then cp */
    int n = dg_utf8_encode(cp, b + 3);
    int want = dg_script_of(cp) == DG_SC_KATAKANA || cp == 0x30FB;
    ck_assert_msg(dgn_all_katakana(b + 3, (size_t)n) == want, "U+%04X alone", (unsigned)cp);
    ck_assert_msg(dgn_all_katakana(b, (size_t)n + 3) == want, "U+%04X after ア", (unsigned)cp);
  }
}
END_TEST

/* The walk over every entity that dg_person_prefix_of replaces: is s[0, n) a proper prefix
 * of the Japanese label of a person no later layer replaced? */
static int person_prefix_walk(const dg_dict *dict, const char *s, size_t n) {
  for (size_t i = 0; i < dg_dict_count(dict); i++) {
    const dg_entity *e = dg_dict_entity(dict, i);
    if (e->type == DG_TYPE_PERSON && !e->replaced && e->label_ja[0] == s[0] &&
        strncmp(e->label_ja, s, n) == 0 && e->label_ja[n])
      return 1;
  }
  return 0;
}

/* dg_person_prefix_of answers as the walk does for every start of every listed person's
 * label (a byte at a time, so inside a character too), the whole label, the label with a
 * character more, and words of no person. */
START_TEST(test_person_prefixes_as_walk) {
  const dg_dict *dict = dg_pipeline_dict(tu_pipeline());
  dg_person_prefixes *px = NULL;
  dg_error err = {0};
  ck_assert_int_eq(dg_person_prefixes_new(dict, &px, &err), DG_OK);
  size_t asked = 0, yes = 0;
  for (size_t i = 0; i < dg_dict_count(dict); i++) {
    const dg_entity *e = dg_dict_entity(dict, i);
    char buf[256];
    size_t len = strlen(e->label_ja);
    if (e->type != DG_TYPE_PERSON || !len || len + 4 > sizeof buf) continue;
    memcpy(buf, e->label_ja, len);
    memcpy(buf + len, "\xE6\xB0\x8F", 4); /* 氏 */
    for (size_t n = 1; n <= len + 3; n++) {
      int want = person_prefix_walk(dict, buf, n);
      ck_assert_msg(dg_person_prefix_of(px, buf, n) == want, "%.*s", (int)n, buf);
      asked++, yes += (size_t)want;
    }
  }
  static const char *const others[] = {"\xE5\xB7\x9D", "ASEAN", "zzz", "\xF0\x9F\x98\x80"};
  for (size_t k = 0; k < sizeof others / sizeof *others; k++)
    ck_assert_int_eq(dg_person_prefix_of(px, others[k], strlen(others[k])),
                     person_prefix_walk(dict, others[k], strlen(others[k])));
  ck_assert_msg(asked > 100 && yes > 50 && yes < asked, "%zu asked, %zu prefixes", asked, yes);
  dg_person_prefixes_free(px);
}
END_TEST

START_TEST(test_defined_short_name) {
  char dump[4096];
  dg_doc *d = tu_doc("t.txt", "第3回日メコン海洋協力対話(以下「海洋対話」という。)を開催した。"
                              "海洋対話では防災を議論した。");
  ck_assert_msg(tu_count(d, "meeting:第3回日メコン海洋協力対話") == 3, "%s",
                tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
  d = tu_doc("t.txt", "第5回日メコン外相会議(以下「日メコン外相会議」という。)に出席した。"
                      "日メコン外相会議では水資源を議論した。");
  ck_assert_msg(tu_count(d, "meeting:mekong-japan-fmm:5") == 3 && tu_count(d, "meeting:mekong-japan-fmm") == 0,
                "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
  d = tu_doc("t.txt", "Japan set up the Blue Reef Security Facility (hereinafter referred to as "
                      "\"the Facility\"). The Facility trains coast guards.");
  ck_assert_msg(tu_count(d, "program:blue-reef-security-facility") == 3, "%s",
                tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
  d = tu_doc("t.txt", "第5回日メコン外相会議(「日メコン外相会議」の一つ)に出席した。");
  ck_assert_msg(tu_count(d, "meeting:mekong-japan-fmm") == 1, "%s", tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

START_TEST(test_people_family) { check_family(&people_families[_i]); }
END_TEST

/* A name found by rule over DGN_MAX_NAME_BYTES (240) is no name, with one warning naming
 * the line; at the bound it is a name. "Zq" * k + " Development Agency" is 2k + 19 bytes. */
static const struct {
  int k;
  const char *type; /* the type of the name found, or NULL for none */
  int warned;
} long_rows[] = {
    {100, "organization", 0}, {110, "organization", 0}, {111, NULL, 1}, {600, NULL, 1},
};

START_TEST(test_long_name) {
  char text[2000];
  int o = snprintf(text, sizeof text, "Japan met Laos.\nJapan and the ");
  for (int i = 0; i < long_rows[_i].k; i++) o += snprintf(text + o, sizeof text - (size_t)o, "Zq");
  snprintf(text + o, sizeof text - (size_t)o, " Development Agency met.\n");
  dg_doc *d = tu_doc("t.txt", text);
  const dg_mention *m = tu_find(d, DG_TYPE_ORGANIZATION, NULL);
  ck_assert_msg(long_rows[_i].type ? m != NULL : m == NULL, "k=%d", long_rows[_i].k);
  if (m) ck_assert_uint_eq(m->end - m->start, 2 * (uint32_t)long_rows[_i].k + 19);
  int warned = 0;
  for (size_t i = 0; i < d->diags.n; i++)
    warned += strstr(d->diags.msgs[i], "t.txt:2: name longer than 240 bytes") != NULL;
  ck_assert_int_eq(warned, long_rows[_i].warned);
  tu_doc_free(d);
}
END_TEST

/* An ordinal past DGN_MAX_ORDINAL (9999) before a known series makes no instance and is
 * counted for one warning naming the line; up to the bound it makes an instance, and a
 * number that is no ordinal (10000 delegates, 第10000号) is not counted. */
static const struct {
  const char *text, *instance; /* the instance's id, or NULL for none */
  int warned;
} big_ordinals[] = {
    {"Laos.\n日本は第9999回日ASEAN首脳会議に出席した。", "meeting:asean-japan-summit:9999", 0},
    {"Laos.\n日本は第10000回日ASEAN首脳会議に出席した。", NULL, 1},
    {"Laos.\nJapan attended the 12345th ASEAN-Japan Summit.", NULL, 1},
    {"Laos.\nJapan attended the 9999th ASEAN-Japan Summit.", "meeting:asean-japan-summit:9999", 0},
    {"Laos.\n10000 ASEAN-Japan Summit delegates met.", NULL, 0},
    {"Laos.\n第10000号日ASEAN首脳会議", NULL, 0},
};

START_TEST(test_big_ordinal) {
  dg_doc *d = tu_doc("t.txt", big_ordinals[_i].text);
  char dump[4096];
  if (big_ordinals[_i].instance)
    ck_assert_msg(tu_count(d, big_ordinals[_i].instance) == 1, "%s", tu_dump(d, dump, sizeof dump));
  for (size_t i = 0; i < d->nments; i++) /* no instance past the bound */
    ck_assert_msg(!strstr(d->ments[i].id, "summit:1"), "%s", d->ments[i].id);
  int warned = 0;
  for (size_t i = 0; i < d->diags.n; i++)
    warned += strstr(d->diags.msgs[i], "t.txt:2: ordinal over 9999 before a known series") != NULL;
  ck_assert_int_eq(warned, big_ordinals[_i].warned);
  tu_doc_free(d);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("names");
  tcase_add_loop_test(tc, test_family, 0, (int)(sizeof families / sizeof *families));
  tcase_add_test(tc, test_office_follows);
  tcase_add_loop_test(tc, test_named_again, 0, (int)(sizeof again_rows / sizeof *again_rows));
  tcase_add_test(tc, test_cut_family_name_known);
  tcase_add_test(tc, test_quoted_loan_again);
  tcase_add_loop_test(tc, test_people_family, 0,
                      (int)(sizeof people_families / sizeof *people_families));
  tcase_add_test(tc, test_family_coref);
  tcase_add_test(tc, test_family_names);
  tcase_add_test(tc, test_name_lists);
  tcase_add_test(tc, test_merge_people_chain);
  tcase_add_test(tc, test_merge_people_reference);
  tcase_add_loop_test(tc, test_rule, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_test(tc, test_coreference);
  tcase_add_test(tc, test_people_merge);
  tcase_add_test(tc, test_acronym_long_form);
  tcase_add_test(tc, test_short_form);
  tcase_add_test(tc, test_building_in_parenthesis);
  tcase_add_test(tc, test_defined_short_name);
  tcase_add_test(tc, test_all_katakana_every_code_point);
  tcase_add_test(tc, test_person_prefixes_as_walk);
  tcase_add_loop_test(tc, test_long_name, 0, (int)(sizeof long_rows / sizeof *long_rows));
  tcase_add_loop_test(tc, test_big_ordinal, 0, (int)(sizeof big_ordinals / sizeof *big_ordinals));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  open_recognizer();
  return tu_run(suite());
}
