/* The dictionary matcher and the Japan-compound rule on the pitfalls of this domain:
 * names inside longer names, names inside ordinary words, 日 as a day versus Japan,
 * full-width letters, Latin word boundaries. Each row: a text, an id that must be found
 * (with the surface it must cover) and an id that must not be found. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct {
  const char *text;
  const char *want_id;      /* must be present (NULL: nothing required) */
  const char *want_surface; /* the normalized text it covers (NULL: any) */
  const char *not_id;       /* must be absent (NULL: nothing forbidden) */
} row;

static const row rows[] = {
    /* インド inside インドネシア and インド太平洋 */
    {"インドネシアとの協力を進める。", "country:IDN", "インドネシア", "country:IND"},
    {"自由で開かれたインド太平洋を推進する。", NULL, NULL, "country:IND"},
    {"インド太平洋地域の安定に資する。", NULL, NULL, "country:IND"},
    {"インドとの首脳会談を行った。", "country:IND", "インド", NULL},
    /* タイ inside タイトル, タイムライン */
    {"報告書のタイトルを決めた。", NULL, NULL, "country:THA"},
    {"タイムラインを確認した。", NULL, NULL, "country:THA"},
    {"タイ及びベトナムが参加した。", "country:THA", "タイ", NULL},
    /* 中国 versus 中国地方 */
    {"中国地方の自治体と連携する。", NULL, NULL, "country:CHN"},
    {"中国との対話を続ける。", "country:CHN", "中国", NULL},
    /* 日 as a day versus Japan */
    {"12月17日ASEANの首脳が集まった。", "group:ASEAN", "ASEAN", "country:JPN"},
    {"第13回日ASEAN防衛当局次官級会合を開いた。", "country:JPN", "日", NULL},
    {"日・キルギス首脳会談が行われた。", "country:KGZ", "キルギス", NULL},
    {"日・キルギス首脳会談が行われた。", "country:JPN", "日", NULL},
    {"本日ASEAN各国の代表が来日した。", "group:ASEAN", NULL, "country:JPN"},
    {"日米首脳会談を行った。", "country:USA", "米", NULL},
    {"日米首脳会談を行った。", "country:JPN", "日", NULL},
    {"日中は暑かった。", NULL, NULL, "country:CHN"},
    {"日中は暑かった。", NULL, NULL, "country:JPN"},
    {"日中首脳会談を行った。", "country:CHN", "中", NULL},
    {"日米豪首脳会合が開かれた。", "country:AUS", "豪", NULL},
    {"日米豪首脳会合が開かれた。", "country:USA", "米", NULL},
    {"日米豪印の首脳が会した。", "group:QUAD", "日米豪印", NULL},
    {"日印首脳会談を行った。", "country:IND", "印", NULL},
    {"昨年の南北首脳会談を歓迎した。", "meeting:inter-korean-summit", "南北首脳会談", NULL},
    {"ASEANインド太平洋アウトルックを支持する。", "program:aoip", NULL, "region:indo-pacific"},
    /* chains before a particle (日米の), ロ for Russia, the word 日中 and days before a chain */
    {"日米の協力を確認した。", "country:USA", "米", NULL},
    {"米中は対立を深めた。", "country:CHN", "中", NULL},
    {"日英伊の三か国が共同開発する。", "country:ITA", "伊", NULL},
    {"米ロの首脳が電話で会談した。", "country:RUS", "ロ", NULL},
    {"日ロ関係の改善を図る。", "country:RUS", "ロ", NULL},
    {"中日の行事に参加した。", NULL, NULL, "country:CHN"},
    {"毎日中国語を学んでいる。", NULL, NULL, "country:JPN"},
    {"毎日中国語を学んでいる。", NULL, NULL, "country:CHN"},
    {"来日中の大統領と会った。", NULL, NULL, "country:CHN"},
    {"米ロッキード社の航空機を調達する。", NULL, NULL, "country:RUS"},
    {"プロ日本代表が出場した。", NULL, NULL, "country:RUS"},
    {"ソロ活動を始めた。", NULL, NULL, "country:RUS"},
    {"欧米の企業が参加した。", NULL, NULL, "country:USA"},
    {"仏教の寺院を訪れた。", NULL, NULL, "country:FRA"},
    {"同日インドネシアに到着した。", "country:IDN", NULL, "country:JPN"},
    {"17日にベトナムで会談した。", "country:VNM", NULL, "country:JPN"},
    /* full width and Japanese context */
    {"ＡＳＥＡＮとの協力を強化する。", "group:ASEAN", "ASEAN", NULL},
    {"ASEAN各国が支持を表明した。", "group:ASEAN", NULL, NULL},
    {"我が国はこれを歓迎する。", "country:JPN", "我が国", NULL},
    {"東ティモールがオブザーバーとして参加した。", "country:TLS", "東ティモール", NULL},
    {"カザフスタンのトカエフ大統領が訪日した。", "country:KAZ", "カザフスタン", NULL},
    {"日本語の教育を支援する。", NULL, NULL, "country:JPN"},
    /* English boundaries */
    {"The U.S.-Japan alliance was reaffirmed.", "country:USA", "U.S.", NULL},
    {"A loan of 5 million USD was signed.", NULL, NULL, "country:USA"},
    {"We discussed the Philippines' maritime domain.", "country:PHL", "Philippines", NULL},
    {"Indonesia and Japan agreed.", "country:IDN", "Indonesia", "country:IND"},
    {"The Indo-Pacific region is vital.", NULL, NULL, "country:IND"},
    {"Japanese officials met ASEAN.", "group:ASEAN", "ASEAN", NULL},
    {"the JASMINE initiative", "program:jasmine", "JASMINE", NULL},
    {"「ジャスミン」の4つの柱", "program:jasmine", "ジャスミン", NULL},
    {"日・ASEAN統合基金への拠出", "program:jaif", NULL, NULL},
    {"AZEC構想を推進する。", "program:azec", NULL, NULL},
    /* where a walk may start (the start filter and ASCII words): the text's last
       characters, capitals, after punctuation or a Japanese character, not after a letter
       or a digit */
    {"協力相手はインド", "country:IND", "インド", NULL},
    {"INDONESIA and JAPAN agreed.", "country:JPN", "JAPAN", NULL},
    {"INDONESIA and JAPAN agreed.", "country:IDN", "INDONESIA", NULL},
    {"talks(ASEAN)were held", "group:ASEAN", "ASEAN", NULL},
    {"はASEANと", "group:ASEAN", "ASEAN", NULL},
    {"2ASEAN members", NULL, NULL, "group:ASEAN"},
    {"xASEAN members", NULL, NULL, "group:ASEAN"},
};

START_TEST(test_pitfall) {
  const row *r = &rows[_i];
  dg_doc *d = tu_doc("t.txt", r->text);
  char dump[4096], buf[256];
  if (r->want_id) {
    const dg_mention *m = NULL;
    for (size_t i = 0; i < d->nments; i++)
      if (!strcmp(d->ments[i].id, r->want_id)) {
        m = &d->ments[i];
        if (!r->want_surface || !strcmp(tu_text(d, m, buf, sizeof buf), r->want_surface)) break;
        m = NULL;
      }
    ck_assert_msg(m != NULL, "\"%s\": expected %s [%s], got %s", r->text, r->want_id,
                  r->want_surface ? r->want_surface : "*", tu_dump(d, dump, sizeof dump));
  }
  if (r->not_id)
    ck_assert_msg(tu_count(d, r->not_id) == 0, "\"%s\": %s must not be found, got %s", r->text,
                  r->not_id, tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* Regions against places, countries and groups: the area is a region, the city a place,
 * the countries of an area as a party a group. Each row: a text, an id found there with the
 * type every mention of it must have, and an id that must not be found. */
static const struct {
  const char *text, *id;
  dg_type type;
  const char *not_id;
} region_rows[] = {
    {"インド太平洋地域の平和を守る。", "region:indo-pacific", DG_TYPE_REGION, "country:IND"},
    {"インドネシアとインド太平洋の将来を語った。", "country:IDN", DG_TYPE_COUNTRY, "country:IND"},
    {"インドネシアとインド太平洋の将来を語った。", "region:indo-pacific", DG_TYPE_REGION, NULL},
    {"Stability in the Indo-Pacific matters to us.", "region:indo-pacific", DG_TYPE_REGION,
     "country:IND"},
    {"東京で首脳が会談した。", "place:tokyo", DG_TYPE_PLACE, NULL},
    {"アジア太平洋地域の成長を支える。", "region:asia-pacific", DG_TYPE_REGION, "region:asia"},
    {"Trade across the Pacific Islands region grew.", "region:pacific-islands", DG_TYPE_REGION,
     NULL},
    {"太平洋地域の強靱性を高める。", "region:pacific-islands", DG_TYPE_REGION,
     "region:pacific-ocean"},
    {"環太平洋地域の貿易が伸びた。", "region:pacific-rim", DG_TYPE_REGION,
     "region:pacific-islands"},
    /* the area is a region, its countries as a party a group */
    {"メコン地域の連結性を高める。", "region:mekong", DG_TYPE_REGION, "group:MEKONG"},
    {"メコン地域諸国の外相が集まった。", "group:MEKONG", DG_TYPE_GROUP, "region:mekong"},
    {"Growth in the Mekong subregion is uneven.", "region:mekong", DG_TYPE_REGION, "group:MEKONG"},
    {"中央アジア地域の安定に貢献する。", "region:central-asia", DG_TYPE_REGION, "group:CA"},
    {"中央アジア諸国の首脳が集まった。", "group:CA", DG_TYPE_GROUP, "region:central-asia"},
    /* compass words: 中央アフリカ is a country, 中部アフリカ a region */
    {"東アフリカの干ばつに対応する。", "region:east-africa", DG_TYPE_REGION, "region:africa"},
    {"中央アフリカ共和国の情勢を議論した。", "country:CAF", DG_TYPE_COUNTRY,
     "region:central-africa"},
    /* seas and straits stay places */
    {"南シナ海の状況に懸念を表明した。", "place:south-china-sea", DG_TYPE_PLACE, "country:CHN"},
    {"Freedom of navigation in the South China Sea.", "place:south-china-sea", DG_TYPE_PLACE,
     NULL},
};

START_TEST(test_region) {
  const char *text = region_rows[_i].text, *id = region_rows[_i].id;
  dg_doc *d = tu_doc("t.txt", text);
  char dump[4096];
  ck_assert_msg(tu_find(d, region_rows[_i].type, id) != NULL, "\"%s\": expected %s %s, got %s",
                text, dg_type_name(region_rows[_i].type), id, tu_dump(d, dump, sizeof dump));
  for (size_t i = 0; i < d->nments; i++)
    ck_assert_msg(strcmp(d->ments[i].id, id) || d->ments[i].type == region_rows[_i].type,
                  "\"%s\": %s with another type: %s", text, id, tu_dump(d, dump, sizeof dump));
  if (region_rows[_i].not_id)
    ck_assert_msg(tu_count(d, region_rows[_i].not_id) == 0, "\"%s\": %s must not be found, got %s",
                  text, region_rows[_i].not_id, tu_dump(d, dump, sizeof dump));
  tu_doc_free(d);
}
END_TEST

/* Offsets of a full-width mention point at the original bytes. */
START_TEST(test_fullwidth_offsets) {
  const char *text = "会合にはＡＳＥＡＮが参加した。";
  dg_doc *d = tu_doc("t.txt", text);
  const dg_mention *m = tu_find(d, DG_TYPE_GROUP, "group:ASEAN");
  ck_assert_ptr_nonnull(m);
  ck_assert_uint_eq(m->raw_start, strlen("会合には"));
  ck_assert_uint_eq(m->raw_end, strlen("会合にはＡＳＥＡＮ"));
  ck_assert_uint_eq(m->line, 1);
  ck_assert_uint_eq(m->col, 5);
  tu_doc_free(d);
}
END_TEST

/* Line numbers count the file's lines. */
START_TEST(test_line_numbers) {
  dg_doc *d = tu_doc("t.txt", "一行目\n\n三行目にインドネシア。\r\n四行目にタイ。\n");
  const dg_mention *a = tu_find(d, DG_TYPE_COUNTRY, "country:IDN");
  const dg_mention *b = tu_find(d, DG_TYPE_COUNTRY, "country:THA");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(b);
  ck_assert_uint_eq(a->line, 3);
  ck_assert_uint_eq(b->line, 4);
  tu_doc_free(d);
}
END_TEST

/* The matcher on bare text: longest match, case rules. */
START_TEST(test_scan_text) {
  const dg_pipeline *p = tu_pipeline();
  dg_matcher *m;
  dg_error err;
  ck_assert_int_eq(dg_matcher_build(dg_pipeline_dict(p), &m, &err), DG_OK);
  const char *t = "ASEAN and asean; US and us; Malaysia";
  dg_match *ms;
  size_t n;
  ck_assert_int_eq(dg_matcher_scan_text(m, t, strlen(t), &ms, &n, &err), DG_OK);
  const dg_dict *dict = dg_pipeline_dict(p);
  int asean = 0, us = 0, mys = 0;
  for (size_t i = 0; i < n; i++) {
    const char *id = dg_dict_entity(dict, ms[i].entity)->id;
    if (!strcmp(id, "group:ASEAN")) asean++;
    if (!strcmp(id, "country:USA")) us++;
    if (!strcmp(id, "country:MYS")) mys++;
  }
  ck_assert_int_eq(asean, 1); /* acronyms are case-sensitive */
  ck_assert_int_eq(us, 1);
  ck_assert_int_eq(mys, 1);
  free(ms);
  dg_matcher_free(m);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("match");
  TCase *tc = tcase_create("pitfalls");
  tcase_add_loop_test(tc, test_pitfall, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_loop_test(tc, test_region, 0, (int)(sizeof region_rows / sizeof *region_rows));
  tcase_add_test(tc, test_fullwidth_offsets);
  tcase_add_test(tc, test_line_numbers);
  tcase_add_test(tc, test_scan_text);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
