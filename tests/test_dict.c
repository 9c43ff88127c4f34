/* Dictionary loading and validation: every problem reported as file:line, layers from
 * --dict replacing shipped entries, attributes, and the shipped dictionaries themselves
 * loading clean with the coverage the domain needs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgraph/dict.h"
#include "testutil.h"

#define HDR "id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\n"

static char dir_[256];

static const char *make_dir(const char *file, const char *body) {
  snprintf(dir_, sizeof dir_, "/tmp/dg-dict-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir_));
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir_, file);
  tu_write(p, body);
  return dir_;
}

static void rm_dir(const char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* Load one directory; returns the problems joined by newlines (caller frees). */
static char *problems_of(const char *body, dg_err *code) {
  const char *dir = make_dir("x.tsv", body);
  dg_dict *d;
  dg_error err;
  ck_assert_int_eq(dg_dict_new(&d, &err), DG_OK);
  dg_diags pr;
  dg_diags_init(&pr);
  *code = dg_dict_load_dir(d, dir, &pr, &err);
  size_t n = 1;
  for (size_t i = 0; i < pr.n; i++) n += strlen(pr.msgs[i]) + 1;
  char *all = calloc(1, n);
  for (size_t i = 0; i < pr.n; i++) {
    strcat(all, pr.msgs[i]);
    strcat(all, "\n");
  }
  dg_diags_destroy(&pr);
  dg_dict_free(d);
  rm_dir(dir);
  return all;
}

typedef struct {
  const char *body;
  const char *expect; /* substring of the problem report: "x.tsv:LINE: ..." */
} bad_row;

static const bad_row bad[] = {
    {HDR "country:AAA\tcountry\tア\tA\t\t\ncountry:AAA\tcountry\tイ\tB\t\t\n", "x.tsv:3: duplicate id country:AAA (first at"},
    {HDR "country:AAA\tcountry\tア\tA\tコンゴ\t\ncountry:BBB\tcountry\tイ\tB\tコンゴ\t\n",
     "x.tsv:3: duplicate alias \"コンゴ\" (country:AAA, country:BBB"},
    {HDR "country:AAA\tcountry\tア\tA\t\n", "x.tsv:2: expected 6 tab-separated columns, found 5"},
    {HDR "country:AAA\tnation\tア\tA\t\t\n", "x.tsv:2: unknown type \"nation\""},
    {HDR "region:x\tarea\tア\tA\t\t\n",
     "x.tsv:2: unknown type \"area\" for region:x (one of: country, group, organization, program, "
     "meeting, person, place, region, stop)"},
    {HDR "amount:x\tamount\tア\tA\t\t\n", "x.tsv:2: unknown type \"amount\""},
    {HDR "AAA\tcountry\tア\tA\t\t\n", "x.tsv:2: bad id \"AAA\""},
    {HDR "country:AAA\tcountry\t\t\t\t\n", "x.tsv:2: country:AAA has neither label_ja nor label_en"},
    {"id\ttype\tname\n", "x.tsv:1: header must be"},
    {HDR "# comment\n\ncountry:AAA\tcountry\tア\tUS\t\t\ncountry:BBB\tcountry\tイ\tus\t\t\n",
     "x.tsv:5: duplicate alias \"us\""},
    /* text every output carries as it is: no bad byte, no control character */
    {HDR "country:AAA\tcountry\t\xFFア\tA\t\t\n", "x.tsv:2: invalid UTF-8 (byte 1 of column label_ja)"},
    {HDR "country:AAA\tcountry\tア\tA\x1B[0m\t\t\n",
     "x.tsv:2: control character (byte 2 of column label_en)"},
    {HDR "country:AAA\tcountry\tア\tA\tB\x07\t\n", "x.tsv:2: control character (byte 2 of column aliases)"},
    /* attributes: key=value items; an item without '=' continues a value, not a first item */
    {HDR "country:AAA\tcountry\tア\tA\t\tfoo\n", "x.tsv:2: bad attribute \"foo\" of country:AAA"},
    {HDR "country:AAA\tcountry\tア\tA\t\tkind=x;Bad Key=y\n", "x.tsv:2: bad attribute \"Bad Key=y\""},
    {HDR "country:AAA\tcountry\tア\tA\t\t=x\n", "x.tsv:2: bad attribute \"=x\""},
    {HDR "person:a\tperson\tア\tA\t\tterms=head_of_state:2022-6-30/\n", "x.tsv:2: bad terms of person:a"},
    {HDR "person:a\tperson\tア\tA\t\tterms=head_of_state:2022-06-30/2020-01-01\n",
     "x.tsv:2: bad terms of person:a"},
    {HDR "person:a\tperson\tア\tA\t\tterms=2022-06-30/\n", "x.tsv:2: bad terms of person:a"},
};

/* Near misses of the rows above: accepted as they are. */
static const char *const good[] = {
    HDR "country:AAA\tcountry\tア\tA \"B\" <C> & D\\\tE|F\tkind=x;note=a; b\n",
    HDR "country:AAA\tcountry\tア\tA\t\tiso2=AA;region=south_asia;un=member\n",
    HDR "country:AAA\tcountry\tア\tA\t\t\n",
    HDR "person:a\tperson\tア\tA\t\tterms=head_of_state:1965-12-30/1986-02-25,"
        "head_of_state:2022-06-30/\n",
};

START_TEST(test_good) {
  dg_err code;
  char *all = problems_of(good[_i], &code);
  ck_assert_msg(code == DG_OK && !*all, "row %d: %s", _i, all);
  free(all);
}
END_TEST

/* Every problem of a file in one run, each with its line: a short row, a duplicate id, an
 * unknown type, a bad attribute, a bad byte and a shadowing alias. */
START_TEST(test_all_problems) {
  dg_err code;
  char *all = problems_of(HDR "country:AAA\tcountry\tア\n"
                              "country:BBB\tcountry\tイ\tB\tコンゴ\t\n"
                              "country:BBB\tcountry\tウ\tC\t\t\n"
                              "country:CCC\tplanet\tエ\tD\t\t\n"
                              "country:DDD\tcountry\tオ\tE\t\tfoo\n"
                              "country:EEE\tcountry\t\xFF\tF\t\t\n"
                              "country:FFF\tcountry\tカ\tG\tコンゴ\t\n",
                          &code);
  ck_assert_int_eq(code, DG_EDICT);
  const char *expect[] = {"x.tsv:2: expected 6", "x.tsv:4: duplicate id", "x.tsv:5: unknown type",
                          "x.tsv:6: bad attribute", "x.tsv:7: invalid UTF-8",
                          "x.tsv:8: duplicate alias"};
  for (size_t i = 0; i < sizeof expect / sizeof *expect; i++)
    ck_assert_msg(strstr(all, expect[i]) != NULL, "expected \"%s\" in:\n%s", expect[i], all);
  free(all);
}
END_TEST

START_TEST(test_bad) {
  dg_err code;
  char *all = problems_of(bad[_i].body, &code);
  ck_assert_int_eq(code, DG_EDICT);
  ck_assert_msg(strstr(all, bad[_i].expect) != NULL, "expected \"%s\" in:\n%s", bad[_i].expect, all);
  free(all);
}
END_TEST

START_TEST(test_layers) {
  char base[256], user[256];
  snprintf(base, sizeof base, "%s", make_dir("a.tsv", HDR "org:x\torganization\t旧名\tOld Name\tOLD\t\n"
                                                            "org:y\torganization\t別\tOther\t\t\n"));
  snprintf(user, sizeof user, "%s", make_dir("b.tsv", HDR "org:x\torganization\t新名\tNew Name\tNEW\tk=v\n"
                                                            "org:z\torganization\t他\tThird\tOther Org\t\n"));
  dg_dict *d;
  dg_error err;
  dg_diags pr;
  dg_diags_init(&pr);
  ck_assert_int_eq(dg_dict_new(&d, &err), DG_OK);
  ck_assert_int_eq(dg_dict_load_dir(d, base, &pr, &err), DG_OK);
  dg_dict_new_layer(d);
  ck_assert_int_eq(dg_dict_load_dir(d, user, &pr, &err), DG_OK);
  ck_assert_uint_eq(pr.n, 0);
  long x = dg_dict_find(d, "org:x");
  ck_assert_int_ge(x, 0);
  ck_assert_str_eq(dg_dict_entity(d, (size_t)x)->label_en, "New Name");
  ck_assert_int_eq(dg_dict_find_surface(d, "NEW", 3), x);
  ck_assert_int_eq(dg_dict_find_surface(d, "OLD", 3), -1); /* the old entry is gone */
  ck_assert_int_eq(dg_dict_find_surface(d, "new", 3), -1); /* acronyms keep their case */
  ck_assert_int_ge(dg_dict_find_surface(d, "new name", 8), 0); /* names do not */
  char buf[32];
  ck_assert_str_eq(dg_entity_attr(dg_dict_entity(d, (size_t)x), "k", buf, sizeof buf), "v");
  ck_assert_ptr_null(dg_entity_attr(dg_dict_entity(d, (size_t)x), "missing", buf, sizeof buf));
  dg_diags_destroy(&pr);
  dg_dict_free(d);
  rm_dir(base);
  rm_dir(user);
}
END_TEST

/* A Japanese surface is found in its other katakana spelling too (rules/
 * katakana_variants.tsv), but a variant never takes a surface another entity lists. */
START_TEST(test_katakana_variants) {
  const char *dir = make_dir("x.tsv", HDR "program:a\tprogram\tラグーンイニシアティブ\tLagoon\t\t\n"
                                          "org:c\torganization\tボート\tBoat\t\t\n"
                                          "org:d\torganization\tヴォート\tVote\t\t\n");
  char p[512];
  snprintf(p, sizeof p, "%s/rules", dir);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  snprintf(p, sizeof p, "%s/rules/katakana_variants.tsv", dir);
  tu_write(p, "from\tto\nティ\tチ\nヴォ\tボ\nボ\tヴォ\n");
  dg_dict *d;
  dg_error err;
  dg_diags pr;
  dg_diags_init(&pr);
  ck_assert_int_eq(dg_dict_new(&d, &err), DG_OK);
  ck_assert_int_eq(dg_dict_load_dir(d, dir, &pr, &err), DG_OK);
  ck_assert_uint_eq(pr.n, 0);
  const char *v = "ラグーンイニシアチブ";
  ck_assert_int_eq(dg_dict_find_surface(d, v, strlen(v)), dg_dict_find(d, "program:a"));
  ck_assert_int_eq(dg_dict_find_surface(d, "ボート", strlen("ボート")), dg_dict_find(d, "org:c"));
  ck_assert_int_eq(dg_dict_find_surface(d, "ヴォート", strlen("ヴォート")), dg_dict_find(d, "org:d"));
  dg_diags_destroy(&pr);
  dg_dict_free(d);
  rm_dir(dir);
}
END_TEST

/* Regions have a file of their own: every one typed region with an id region:..., and both
 * labels; no place or group keeps a region's name (インド太平洋, メコン地域). */
START_TEST(test_regions) {
  const dg_dict *d = dg_pipeline_dict(tu_pipeline());
  size_t regions = 0;
  for (size_t i = 0; i < dg_dict_count(d); i++) {
    const dg_entity *e = dg_dict_entity(d, i);
    if (e->replaced) continue;
    int named = !strncmp(e->id, "region:", 7);
    ck_assert_msg(named == (e->type == DG_TYPE_REGION), "%s is a %s", e->id, dg_type_name(e->type));
    if (!named) continue;
    regions++;
    ck_assert_msg(*e->label_ja && *e->label_en, "%s lacks a label", e->id);
    ck_assert_msg(strstr(e->file, "regions.tsv") != NULL, "%s is in %s", e->id, e->file);
  }
  ck_assert_uint_ge(regions, 40);
  static const struct {
    const char *surface, *id;
  } names[] = {
      {"インド太平洋", "region:indo-pacific"},
      {"indo-pacific", "region:indo-pacific"},
      {"アジア", "region:asia"},
      {"southeast asia", "region:southeast-asia"},
      {"メコン地域", "region:mekong"},
      {"mekong region", "region:mekong"},
      {"メコン", "group:MEKONG"},
      {"中央アジア", "group:CA"},
      {"中央アジア地域", "region:central-asia"},
      {"pacific islands region", "region:pacific-islands"},
      {"東京", "place:tokyo"},
      {"南シナ海", "place:south-china-sea"},
      {"quang ngai province", "place:quang-ngai"},
      {"クアンガイ省", "place:quang-ngai"},
      {"thua thien - hue", "place:thua-thien-hue"},
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    ck_assert_msg(dg_dict_find(d, names[i].id) >= 0, "no %s", names[i].id);
    ck_assert_msg(dg_dict_find_surface(d, names[i].surface, strlen(names[i].surface)) ==
                      dg_dict_find(d, names[i].id),
                  "%s is not %s", names[i].surface, names[i].id);
  }
}
END_TEST

/* The shipped dictionaries load without a problem and cover the domain. */
START_TEST(test_shipped) {
  const dg_dict *d = dg_pipeline_dict(tu_pipeline());
  size_t countries = 0;
  for (size_t i = 0; i < dg_dict_count(d); i++)
    countries += dg_dict_entity(d, i)->type == DG_TYPE_COUNTRY && !dg_dict_entity(d, i)->replaced;
  ck_assert_uint_ge(countries, 195); /* UN members and observers */
  static const char *const ids[] = {
      "country:JPN", "country:IDN", "country:TLS", "country:KAZ", "country:KGZ", "country:TJK",
      "country:TKM", "country:UZB", "country:KHM", "country:LAO", "country:MMR", "country:THA",
      "country:VNM", "country:FJI", "country:PNG", "country:COK", "country:NIU", "country:VAT",
      "country:PSE", "group:ASEAN", "program:jasmine", "program:azec", "program:jaif"};
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
    ck_assert_msg(dg_dict_find(d, ids[i]) >= 0, "%s missing", ids[i]);
  char buf[1024];
  long asean = dg_dict_find(d, "group:ASEAN");
  const char *members = dg_entity_attr(dg_dict_entity(d, (size_t)asean), "members", buf, sizeof buf);
  ck_assert_ptr_nonnull(members);
  ck_assert_ptr_nonnull(strstr(members, "country:IDN"));
  ck_assert_ptr_nonnull(strstr(members, "country:TLS"));
  ck_assert_int_eq(dg_dict_find_surface(d, "コンゴ", strlen("コンゴ")), dg_dict_find(d, "country:COG"));
  ck_assert_uint_ne(dg_dict_fingerprint(d), 0);
}
END_TEST

/* The people and the gazetteer resolve from any of their names: a family name alone, the
 * other order, capitals, the Japanese label; a family name two people share resolves to
 * neither. */
START_TEST(test_shipped_people) {
  const dg_dict *d = dg_pipeline_dict(tu_pipeline());
  size_t people = 0;
  for (size_t i = 0; i < dg_dict_count(d); i++)
    people += dg_dict_entity(d, i)->type == DG_TYPE_PERSON && !dg_dict_entity(d, i)->replaced;
  ck_assert_uint_ge(people, 300);
  static const struct {
    const char *name, *id;
  } names[] = {
      {"石破", "person:shigeru-ishiba"},        {"石破茂", "person:shigeru-ishiba"},
      {"Ishiba Shigeru", "person:shigeru-ishiba"}, {"ISHIBA Shigeru", "person:shigeru-ishiba"},
      {"Ishiba", "person:shigeru-ishiba"},      {"川口順子", "person:yoriko-kawaguchi"},
      {"Alexander Downer", "person:alexander-downer"}, {"ウィラント", "person:wiranto"},
      {"カオ・キムホン", "person:kao-kim-hourn"}, {"Jokowi", "person:joko-widodo"},
      {"河野", NULL},                            {"Abe", NULL},
      {"Downer", NULL},                          {"Trump", NULL},
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const char *got = dg_dict_resolve(d, names[i].name);
    if (names[i].id)
      ck_assert_msg(got && !strcmp(got, names[i].id), "%s: %s", names[i].name, got ? got : "none");
    else
      ck_assert_msg(!got, "%s resolves to %s", names[i].name, got);
  }
}
END_TEST

/* The gazetteer: ministries, agencies, banks, historical states and bodies resolve from
 * their labels and abbreviations; an acronym two bodies use belongs to neither. */
START_TEST(test_shipped_gazetteer) {
  const dg_dict *d = dg_pipeline_dict(tu_pipeline());
  size_t orgs = 0;
  for (size_t i = 0; i < dg_dict_count(d); i++)
    orgs += dg_dict_entity(d, i)->type == DG_TYPE_ORGANIZATION && !dg_dict_entity(d, i)->replaced;
  ck_assert_uint_ge(orgs, 600);
  static const struct {
    const char *name, *id;
  } names[] = {
      {"DFAT", "org:dfat"},
      {"豪州外務貿易省", "org:dfat"},
      {"AusAID", "org:ausaid"},
      {"住宅金融公庫", "org:ghlc"},
      {"欧州共同体", "org:european-communities"},
      {"UN General Assembly", "org:unga"},
      {"国連総会", "org:unga"},
      {"U.S. Department of State", "org:us-dos"},
      {"米海軍", "org:us-navy"},
      {"Indonesian National Police", "org:polri"},
      {"ISIS", "org:isil"},
      {"ISIS Malaysia", "org:isis-malaysia"},
      {"Export Finance Australia", "org:efa"},
      {"United Nations International Children's Emergency Fund", "org:unicef"},
      {"Pacific Island Forum", "group:PIF"},
      {"United Nations International Children's Fund", NULL},
      {"ソ連", "country:SUN"},
      {"西独", "country:BRD"},
      {"Ceylon", "country:LKA"},
      {"AFP", NULL},
      {"National Security Council", NULL},
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const char *got = dg_dict_resolve(d, names[i].name);
    if (names[i].id)
      ck_assert_msg(got && !strcmp(got, names[i].id), "%s: %s", names[i].name, got ? got : "none");
    else
      ck_assert_msg(!got, "%s resolves to %s", names[i].name, got);
  }
  char buf[64];
  long sun = dg_dict_find(d, "country:SUN");
  ck_assert_str_eq(dg_entity_attr(dg_dict_entity(d, (size_t)sun), "successor", buf, sizeof buf),
                   "country:RUS");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("dict");
  TCase *tc = tcase_create("dict");
  tcase_add_loop_test(tc, test_bad, 0, (int)(sizeof bad / sizeof *bad));
  tcase_add_loop_test(tc, test_good, 0, (int)(sizeof good / sizeof *good));
  tcase_add_test(tc, test_all_problems);
  tcase_add_test(tc, test_layers);
  tcase_add_test(tc, test_katakana_variants);
  tcase_add_test(tc, test_shipped);
  tcase_add_test(tc, test_regions);
  tcase_add_test(tc, test_shipped_people);
  tcase_add_test(tc, test_shipped_gazetteer);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
