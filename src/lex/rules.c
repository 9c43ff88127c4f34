/* Loading the rule word lists of dicts/rules/ (see docgraph/rules.h, lex/rules_lists.h).
 * One row of `lists` per file: its columns and the function that checks one row and fills
 * the word's payload. A row that fails its check is reported as file:line and skipped;
 * every problem of every file is reported in one pass. */
#include "docgraph/rules.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/tsv.h"
#include "docgraph/date.h"
#include "docgraph/normalize.h"
#include "lex/rules_lists.h"

int dg_rules_is_abbreviation(const dg_rules *r, const char *w, size_t n) {
  for (size_t i = 0; i < r->abbreviations.n; i++) {
    const dg_word *x = &r->abbreviations.w[i];
    if (x->len == n && memcmp(x->s, w, n) == 0) return 1; /* case matters: "No." vs "no." */
  }
  return 0;
}

/* ---- cell parsers ---- */

static uint8_t parse_side(const char *s) {
  if (!strcmp(s, "before")) return DG_SIDE_BEFORE;
  if (!strcmp(s, "after")) return DG_SIDE_AFTER;
  if (!strcmp(s, "both")) return DG_SIDE_BEFORE | DG_SIDE_AFTER;
  return 0;
}

static int parse_qualifier(const char *s, dg_qualifier *out) {
  static const dg_qualifier qs[] = {DG_QUAL_APPROX, DG_QUAL_AT_LEAST, DG_QUAL_MORE_THAN,
                                    DG_QUAL_UP_TO};
  for (size_t i = 0; i < sizeof qs / sizeof *qs; i++)
    if (!strcmp(s, dg_qualifier_name(qs[i]))) {
      *out = qs[i];
      return 0;
    }
  return -1;
}

static int parse_int(const char *s, long lo, long hi, int32_t *out) {
  char *e;
  errno = 0;
  long v = strtol(s, &e, 10);
  if (errno || e == s || *e || v < lo || v > hi) return -1;
  *out = (int32_t)v;
  return 0;
}

/* ---- one function per list: check a row (word, value columns) and fill the payload;
 * returns the problem, or NULL ---- */

typedef const char *row_fn(const char *w, const char *v1, const char *v2, dg_word *out);

static const char *row_plain(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v1, (void)v2, (void)out;
  return NULL;
}

/* 円 JPY after; US$ USD before */
static const char *row_currency(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->code = v1;
  out->as.currency.side = parse_side(v2);
  if (strlen(v1) != 3) return "currency code must be ISO 4217 (3 letters)";
  return out->as.currency.side ? NULL : "position must be before, after or both";
}

/* 億 8 */
static const char *row_scale(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  return parse_int(v1, 1, 18, &out->as.scale.power) ? "power must be 1..18" : NULL;
}

/* 約 approx before; 以上 at_least after */
static const char *row_qualifier(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->code = v1;
  out->as.qualifier.side = parse_side(v2);
  if (parse_qualifier(v1, &out->as.qualifier.qualifier))
    return "qualifier must be approx, at_least, more_than or up_to";
  return out->as.qualifier.side ? NULL : "position must be before, after or both";
}

/* 令和 2019 */
static const char *row_era(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  return parse_int(v1, 600, 3000, &out->as.era.first_year) ? "first_year must be a year" : NULL;
}

/* April 4 */
static const char *row_month(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  return parse_int(v1, 1, 12, &out->as.month.month) ? "month must be 1..12" : NULL;
}

/* Mr. */
static const char *row_abbreviation(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)v1, (void)v2, (void)out;
  return *w && w[strlen(w) - 1] != '.' ? "an abbreviation ends with '.'" : NULL;
}

/* 人 people */
static const char *row_counter(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  out->code = v1;
  return NULL;
}

/* 五 5 0; 百 0 2 */
static const char *row_numeral(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  if (parse_int(v1, 0, 9, &out->as.numeral.digit) || parse_int(v2, 0, 4, &out->as.numeral.power))
    return "value 0..9 and power 0..4";
  return NULL;
}

/* 本日 */
static const char *row_day_word(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)v1, (void)v2, (void)out;
  size_t n = strlen(w);
  return n < 3 || strcmp(w + n - 3, "日") != 0 ? "a day word ends with 日" : NULL;
}

/* 会合 meeting */
static const char *row_head(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  dg_type t;
  if (dg_type_parse(v1, &t) || (t != DG_TYPE_MEETING && t != DG_TYPE_PROGRAM &&
                                t != DG_TYPE_ORGANIZATION && t != DG_TYPE_PLACE))
    return "type must be meeting, program, organization or place";
  out->as.head.type = t;
  return NULL;
}

/* A side that is before or after the name, not both: the problem, or NULL. */
static const char *one_side(const char *v, uint8_t *side) {
  *side = parse_side(v);
  return *side == DG_SIDE_BEFORE || *side == DG_SIDE_AFTER ? NULL
                                                           : "position must be before or after";
}

/* 総理 after; President before */
static const char *row_title(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  return one_side(v1, &out->as.title.side);
}

/* 大統領 head_of_state after; Prime Minister head_of_government before */
static const char *row_office_title(const char *w, const char *v1, const char *v2,
                                    dg_word *out) {
  (void)w;
  if (!*v1 || strspn(v1, "abcdefghijklmnopqrstuvwxyz_") != strlen(v1))
    return "office must be a word of a-z and _ (head_of_state, head_of_government)";
  out->code = v1;
  return one_side(v2, &out->as.title.side);
}

/* 総額 total; increase to level; projects count; worth link: the part a word plays in making
 * a sum a total */
static const char *row_total(const char *w, const char *v1, const char *v2, dg_word *out) {
  static const char *const roles[] = {"total", "level", "count", "link"};
  (void)w, (void)v2;
  for (uint8_t k = 0; k < sizeof roles / sizeof *roles; k++)
    if (!strcmp(v1, roles[k])) {
      out->as.total.role = (uint8_t)(DG_TOTAL_TOTAL + k);
      return NULL;
    }
  return "role must be total, level, count or link";
}

/* 本会合 meeting main; 同 any last (a prefix: 同 + a name's head, 同特別首脳会議) */
static const char *row_coref(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  dg_type t = DG_TYPE_COUNT;
  if (strcmp(v1, "any") &&
      (dg_type_parse(v1, &t) || (t != DG_TYPE_MEETING && t != DG_TYPE_PROGRAM &&
                                 t != DG_TYPE_ORGANIZATION && t != DG_TYPE_PERSON)))
    return "type must be meeting, program, organization, person or any";
  out->as.coref.type = t;
  out->as.coref.refers = !strcmp(v2, "main")       ? DG_REFERS_MAIN
                         : !strcmp(v2, "last")     ? DG_REFERS_LAST
                         : !strcmp(v2, "previous") ? DG_REFERS_PREVIOUS
                                                   : 0;
  return out->as.coref.refers ? NULL : "refers must be main, last or previous";
}

/* において after; held in before */
static const char *row_place_trigger(const char *w, const char *v1, const char *v2,
                                     dg_word *out) {
  (void)w, (void)v2;
  return one_side(v1, &out->as.place_trigger.side);
}

/* third 3 */
static const char *row_ordinal(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  return parse_int(v1, 1, 1000, &out->as.ordinal.number) ? "value must be a number 1..1000" : NULL;
}

/* th 0|4|5|6|7|8|9|11|12|13 */
static const char *row_ordinal_suffix(const char *w, const char *v1, const char *v2,
                                      dg_word *out) {
  (void)w, (void)v2;
  out->as.ordinal_suffix.follows = 0;
  for (const char *p = v1; *p;) {
    int32_t n;
    char num[8];
    size_t l = strcspn(p, "|");
    if (l >= sizeof num) return "follows must be numbers 0..19, |-separated";
    memcpy(num, p, l);
    num[l] = '\0';
    if (parse_int(num, 0, 19, &n)) return "follows must be numbers 0..19, |-separated";
    out->as.ordinal_suffix.follows |= 1u << n;
    p += l + (p[l] == '|');
  }
  return out->as.ordinal_suffix.follows ? NULL : "follows must be numbers 0..19, |-separated";
}

/* のための meeting|program|organization: the types of names it may extend */
static const char *row_connector(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  out->as.connector.types = 0;
  for (const char *p = v1; *p;) {
    char name[32];
    size_t l = strcspn(p, "|");
    dg_type t;
    if (l >= sizeof name) return "types must be meeting, program or organization, |-separated";
    memcpy(name, p, l);
    name[l] = '\0';
    if (dg_type_parse(name, &t) ||
        (t != DG_TYPE_MEETING && t != DG_TYPE_PROGRAM && t != DG_TYPE_ORGANIZATION))
      return "types must be meeting, program or organization, |-separated";
    out->as.connector.types |= 1u << t;
    p += l + (p[l] == '|');
  }
  return out->as.connector.types ? NULL
                                 : "types must be meeting, program or organization, |-separated";
}

/* of before|after|inside */
static const char *row_joiner(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  static const struct {
    const char *name;
    uint16_t bit;
  } roles[] = {{"before", DG_JOIN_BEFORE},   {"before_the", DG_JOIN_BEFORE_THE},
               {"after", DG_JOIN_AFTER},     {"after_program", DG_JOIN_AFTER_PROGRAM},
               {"inside", DG_JOIN_INSIDE},   {"inside_the", DG_JOIN_INSIDE_THE},
               {"article", DG_JOIN_ARTICLE}, {"and", DG_JOIN_AND},
               {"purpose", DG_JOIN_PURPOSE}, {"venue", DG_JOIN_VENUE},
               {"venue_known", DG_JOIN_VENUE_KNOWN}};
  static const char *const bad = "roles must be before, before_the, after, after_program, "
                                 "inside, inside_the, article, and, purpose, venue or "
                                 "venue_known, |-separated";
  for (const char *p = v1; *p;) {
    size_t l = strcspn(p, "|"), r = 0;
    while (r < sizeof roles / sizeof *roles &&
           (strlen(roles[r].name) != l || strncmp(roles[r].name, p, l) != 0))
      r++;
    if (r == sizeof roles / sizeof *roles) return bad;
    out->as.joiner.roles |= roles[r].bit;
    p += l + (p[l] == '|');
  }
  return out->as.joiner.roles ? NULL : bad;
}

/* A kind a trigger may type (not co_occurs, amount or member_of), or -1. */
static int trigger_kind(const char *s, size_t n, dg_rel_kind *k) {
  char name[32];
  if (n == 0 || n >= sizeof name) return -1;
  memcpy(name, s, n);
  name[n] = '\0';
  return dg_rel_kind_parse(name, k) || *k == DG_REL_CO_OCCURS || *k == DG_REL_MEMBER_OF ||
                 *k == DG_REL_AMOUNT
             ? -1
             : 0;
}

/* において held_in; 議長 chaired_by; 主催 held_on+participates_in (a host holds a meeting
 * and takes part in it): the first kind, and bits for the others */
static const char *row_trigger(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  out->as.trigger.also = 0;
  for (const char *p = v1; ; ) {
    const char *plus = strchr(p, '+');
    size_t n = plus ? (size_t)(plus - p) : strlen(p);
    dg_rel_kind k;
    if (trigger_kind(p, n, &k))
      return "relation must be held_in, held_on, participates_in, chaired_by, announced_at or "
             "adopted_at, or several of them joined by +";
    if (p == v1) out->as.trigger.kind = k;
    else out->as.trigger.also |= 1u << k;
    if (!plus) break;
    p = plus + 1;
  }
  return NULL;
}

/* 翌年 1 year */
static const char *row_relative_date(const char *w, const char *v1, const char *v2,
                                     dg_word *out) {
  (void)w;
  static const struct {
    const char *name;
    dg_date_anchor anchor;
  } anchors[] = {{"document", DG_ANCHOR_DOC},
                 {"year", DG_ANCHOR_YEAR},
                 {"month", DG_ANCHOR_MONTH},
                 {"day", DG_ANCHOR_DAY},
                 {"document_month", DG_ANCHOR_DOC_MONTH},
                 {"document_day", DG_ANCHOR_DOC_DAY}};
  for (size_t i = 0; i < sizeof anchors / sizeof *anchors; i++)
    if (!strcmp(v2, anchors[i].name)) out->as.relative.anchor = (uint8_t)anchors[i].anchor;
  if (parse_int(v1, -9, 9, &out->as.relative.offset)) return "offset must be -9..9";
  if (!out->as.relative.anchor) return "anchor must be document, year, month, day, document_month or document_day";
  return NULL;
}

/* ---- amounts, numbers and dates ---- */

/* One name of a small set: its value, or 0 (the values are never 0). */
typedef struct {
  const char *name;
  uint8_t value;
} named;

static uint8_t parse_named(const named *set, size_t n, const char *s) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(s, set[i].name)) return set[i].value;
  return 0;
}
#define PARSE_NAMED(set, s) parse_named(set, sizeof set / sizeof *set, s)

static const named letter_cases[] = {
    {"exact", DG_CASE_EXACT}, {"capital", DG_CASE_CAPITAL}, {"title", DG_CASE_TITLE}};
static const named spacings[] = {{"adjacent", DG_SPACING_ADJACENT},
                                 {"spaced", DG_SPACING_SPACED},
                                 {"both", DG_SPACING_BOTH},
                                 {"between", DG_SPACING_BETWEEN}};
static const named range_roles[] = {
    {"between", DG_RANGE_BETWEEN}, {"from", DG_RANGE_FROM}, {"to", DG_RANGE_TO}};
static const named blocks[] = {{"amounts", DG_BLOCKS_AMOUNTS},
                               {"dates", DG_BLOCKS_DATES},
                               {"both", DG_BLOCKS_AMOUNTS | DG_BLOCKS_DATES}};
static const char CASE_MSG[] = "case must be exact, capital or title";

static const named parts[] = {
    {"topic", DG_PART_TOPIC}, {"subject", DG_PART_SUBJECT}, {"object", DG_PART_OBJECT},
    {"with", DG_PART_WITH},   {"scene", DG_PART_SCENE},     {"owner", DG_PART_OWNER},
    {"of", DG_PART_OF},       {"after", DG_PART_AFTER},     {"agent", DG_PART_AGENT},
    {"among", DG_PART_AMONG}, {"venue", DG_PART_VENUE},     {"frame", DG_PART_FRAME},
    {"post", DG_PART_POST},   {"guide", DG_PART_GUIDE}};
static const named links[] = {{"place", DG_LINK_PLACE},
                              {"date", DG_LINK_DATE},
                              {"both", DG_LINK_PLACE | DG_LINK_DATE},
                              {"members", DG_LINK_MEMBERS},
                              {"same", DG_LINK_SAME}};

/* は topic after; under owner before */
static const char *row_role(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->as.role.part = PARSE_NAMED(parts, v1);
  if (!out->as.role.part)
    return "role must be topic, subject, object, with, scene, owner, of, after, agent, among, "
           "venue, frame or post";
  return one_side(v2, &out->as.role.side);
}

/* in both; among members */
static const char *row_meeting_link(const char *w, const char *v1, const char *v2,
                                    dg_word *out) {
  (void)w, (void)v2;
  out->as.meeting_link.gives = PARSE_NAMED(links, v1);
  return out->as.meeting_link.gives ? NULL
                                    : "gives must be place, date, both, members or same";
}

/* which yes; while no */
static const char *row_clause_break(const char *w, const char *v1, const char *v2,
                                    dg_word *out) {
  (void)w, (void)v2;
  out->as.clause_break.comma = !strcmp(v1, "yes") ? 1 : !strcmp(v1, "relative") ? 2 : 0;
  return out->as.clause_break.comma || !strcmp(v1, "no") ? NULL
                                                         : "comma must be yes, relative or no";
}

/* since capital */
static const char *row_date_preposition(const char *w, const char *v1, const char *v2,
                                        dg_word *out) {
  (void)w, (void)v2;
  out->as.date_preposition.letters = PARSE_NAMED(letter_cases, v1);
  return out->as.date_preposition.letters ? NULL : CASE_MSG;
}

/* by before capital; まで after exact */
static const char *row_date_bound(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->as.date_bound.side = parse_side(v1);
  out->as.date_bound.letters = PARSE_NAMED(letter_cases, v2);
  if (out->as.date_bound.side != DG_SIDE_BEFORE && out->as.date_bound.side != DG_SIDE_AFTER)
    return "position must be before or after";
  return out->as.date_bound.letters ? NULL : CASE_MSG;
}

/* FY exact yes; fiscal year title no */
static const char *row_fiscal_year(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->as.fiscal_year.letters = PARSE_NAMED(letter_cases, v1);
  out->as.fiscal_year.glued = !strcmp(v2, "yes");
  if (!out->as.fiscal_year.letters) return CASE_MSG;
  return !strcmp(v2, "yes") || !strcmp(v2, "no") ? NULL : "glued must be yes or no";
}

/* 〜 both -; to spaced from */
static const char *row_amount_range(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  out->as.amount_range.spacing = PARSE_NAMED(spacings, v1);
  out->as.amount_range.change = PARSE_NAMED(range_roles, v2);
  if (!out->as.amount_range.spacing) return "spacing must be adjacent, spaced, both or between";
  if (strcmp(v2, "-") && out->as.amount_range.change != DG_RANGE_FROM &&
      out->as.amount_range.change != DG_RANGE_TO)
    return "change must be from, to or -";
  return NULL;
}

/* A pair of spacings (or -) for two uses of one separator; returns the problem or NULL. */
static const char *spacing_pair(const char *v1, const char *v2, uint8_t *a, uint8_t *b,
                                const char *problem) {
  *a = PARSE_NAMED(spacings, v1);
  *b = PARSE_NAMED(spacings, v2);
  return (!*a && strcmp(v1, "-")) || (!*b && strcmp(v2, "-")) ? problem : NULL;
}

/* 〜 both -; through spaced spaced */
static const char *row_date_range(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  return spacing_pair(v1, v2, &out->as.date_range.dates, &out->as.date_range.years,
                      "dates and years must be adjacent, spaced, both, between or -");
}

/* - adjacent adjacent; to spaced - */
static const char *row_day_range(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w;
  return spacing_pair(v1, v2, &out->as.day_range.english, &out->as.day_range.japanese,
                      "english and japanese must be adjacent, spaced, both, between or -");
}

/* between between; に to */
static const char *row_range_word(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  out->as.range_word.role = PARSE_NAMED(range_roles, v1);
  return out->as.range_word.role ? NULL : "role must be between, from or to";
}

/* 第 both; 何 amounts */
static const char *row_number_prefix(const char *w, const char *v1, const char *v2,
                                     dg_word *out) {
  (void)w, (void)v2;
  out->as.number_prefix.blocks = PARSE_NAMED(blocks, v1);
  return out->as.number_prefix.blocks ? NULL : "blocks must be amounts, dates or both";
}

/* twenty 20; thousand 1000 */
static const char *row_number_word(const char *w, const char *v1, const char *v2, dg_word *out) {
  (void)w, (void)v2;
  int32_t v;
  if (parse_int(v1, 1, 1000, &v) || (v > 20 && v % 10 && v != 100 && v != 1000) ||
      (v > 100 && v != 1000))
    return "value must be 1..20, a multiple of ten up to 90, 100 or 1000";
  out->as.number_word.value = v;
  return NULL;
}

/* AU AUD $|dollar|dollars */
static const char *row_country_currency(const char *w, const char *v1, const char *v2,
                                        dg_word *out) {
  out->code = v2;
  if (strlen(w) != 2) return "country must be ISO 3166 alpha-2 (2 letters)";
  if (strlen(v1) != 3) return "currency must be ISO 4217 (3 letters)";
  memcpy(out->as.country_currency.currency, v1, 4);
  return *v2 ? NULL : "signs must be currency words, |-separated";
}

/* CANBERRA AU dateline; Government * country */
static const char *row_currency_signal(const char *w, const char *v1, const char *v2,
                                       dg_word *out) {
  (void)w;
  static const named wheres[] = {{"text", DG_SIGNAL_TEXT},
                                 {"dateline", DG_SIGNAL_DATELINE},
                                 {"amount", DG_SIGNAL_AMOUNT},
                                 {"country", DG_SIGNAL_COUNTRY},
                                 {"giver", DG_SIGNAL_GIVER}};
  out->as.currency_signal.where = PARSE_NAMED(wheres, v2);
  if (!out->as.currency_signal.where)
    return "where must be text, dateline, amount, country or giver";
  int any = out->as.currency_signal.where == DG_SIGNAL_COUNTRY ||
            out->as.currency_signal.where == DG_SIGNAL_GIVER;
  if (any ? strcmp(v1, "*") != 0 : strlen(v1) != 2)
    return "country must be ISO 3166 alpha-2, or * (and only *) where it is country or giver";
  memcpy(out->as.currency_signal.country, v1, strlen(v1) + 1);
  return NULL;
}

/* ---- the lists ---- */

static const struct {
  const char *file;
  size_t field; /* offsetof(dg_rules, the list) */
  const char *cols[3];
  row_fn *row;
} lists[] = {
    {"currencies.tsv", offsetof(dg_rules, currencies), {"surface", "code", "position"}, row_currency},
    {"scales.tsv", offsetof(dg_rules, scales), {"surface", "power", NULL}, row_scale},
    {"qualifiers.tsv", offsetof(dg_rules, qualifiers), {"surface", "qualifier", "position"}, row_qualifier},
    {"qualifier_repeats.tsv", offsetof(dg_rules, qualifier_repeats), {"word", NULL, NULL}, row_plain},
    {"eras.tsv", offsetof(dg_rules, eras), {"era", "first_year", NULL}, row_era},
    {"months.tsv", offsetof(dg_rules, months), {"surface", "month", NULL}, row_month},
    {"abbreviations.tsv", offsetof(dg_rules, abbreviations), {"abbreviation", NULL, NULL}, row_abbreviation},
    {"counters.tsv", offsetof(dg_rules, counters), {"surface", "unit_en", NULL}, row_counter},
    {"kanji_numerals.tsv", offsetof(dg_rules, kanji_digits), {"numeral", "value", "power"}, row_numeral},
    {"day_words.tsv", offsetof(dg_rules, day_words), {"word", NULL, NULL}, row_day_word},
    {"chain_words.tsv", offsetof(dg_rules, chain_words), {"word", NULL, NULL}, row_plain},
    {"heads.tsv", offsetof(dg_rules, heads), {"surface", "type", NULL}, row_head},
    {"group_heads.tsv", offsetof(dg_rules, group_heads), {"surface", "type", NULL}, row_head},
    {"loan_heads.tsv", offsetof(dg_rules, loan_heads), {"word", NULL, NULL}, row_plain},
    {"lead_parties.tsv", offsetof(dg_rules, lead_parties), {"word", NULL, NULL}, row_plain},
    {"meeting_attributes.tsv", offsetof(dg_rules, meeting_attributes), {"word", NULL, NULL},
     row_plain},
    {"delegate_bodies.tsv", offsetof(dg_rules, delegate_bodies), {"word", NULL, NULL},
     row_plain},
    {"report_titles.tsv", offsetof(dg_rules, report_titles), {"word", NULL, NULL}, row_plain},
    {"meeting_parts.tsv", offsetof(dg_rules, meeting_parts), {"word", NULL, NULL}, row_plain},
    {"meeting_roles.tsv", offsetof(dg_rules, meeting_roles), {"word", NULL, NULL}, row_plain},
    {"remote_words.tsv", offsetof(dg_rules, remote_words), {"word", NULL, NULL}, row_plain},
    {"name_purposes.tsv", offsetof(dg_rules, name_purposes), {"word", NULL, NULL}, row_plain},
    {"name_causes.tsv", offsetof(dg_rules, name_causes), {"word", NULL, NULL}, row_plain},
    {"cofinancing.tsv", offsetof(dg_rules, cofinancing), {"word", NULL, NULL}, row_plain},
    {"shared_heads.tsv", offsetof(dg_rules, shared_heads), {"word", NULL, NULL}, row_plain},
    {"marked_heads.tsv", offsetof(dg_rules, marked_heads), {"word", NULL, NULL}, row_plain},
    {"topic_heads.tsv", offsetof(dg_rules, topic_heads), {"word", NULL, NULL}, row_plain},
    {"group_suffixes.tsv", offsetof(dg_rules, group_suffixes), {"word", NULL, NULL}, row_plain},
    {"group_head_modifiers.tsv", offsetof(dg_rules, group_head_modifiers), {"word", NULL, NULL}, row_plain},
    {"body_heads.tsv", offsetof(dg_rules, body_heads), {"word", NULL, NULL}, row_plain},
    {"headline_verbs.tsv", offsetof(dg_rules, headline_verbs), {"word", NULL, NULL}, row_plain},
    {"titles.tsv", offsetof(dg_rules, titles), {"surface", "position", NULL}, row_title},
    {"office_titles.tsv", offsetof(dg_rules, office_titles), {"surface", "office", "position"}, row_office_title},
    {"coref.tsv", offsetof(dg_rules, coref), {"surface", "type", "refers"}, row_coref},
    {"place_triggers.tsv", offsetof(dg_rules, place_triggers), {"surface", "position", NULL}, row_place_trigger},
    {"place_preps.tsv", offsetof(dg_rules, place_preps), {"word", NULL, NULL}, row_plain},
    {"name_stops.tsv", offsetof(dg_rules, name_stops), {"word", NULL, NULL}, row_plain},
    {"release_labels.tsv", offsetof(dg_rules, release_labels), {"word", NULL, NULL}, row_plain},
    {"press_words.tsv", offsetof(dg_rules, press_words), {"word", NULL, NULL}, row_plain},
    {"dateline_senders.tsv", offsetof(dg_rules, dateline_senders), {"word", NULL, NULL}, row_plain},
    {"portfolios.tsv", offsetof(dg_rules, portfolios), {"word", NULL, NULL}, row_plain},
    {"both_meetings.tsv", offsetof(dg_rules, both_meetings), {"word", NULL, NULL}, row_plain},
    {"chair_copulas.tsv", offsetof(dg_rules, chair_copulas), {"word", NULL, NULL}, row_plain},
    {"party_members.tsv", offsetof(dg_rules, party_members), {"word", NULL, NULL}, row_plain},
    {"party_joins.tsv", offsetof(dg_rules, party_joins), {"word", NULL, NULL}, row_plain},
    {"member_words.tsv", offsetof(dg_rules, member_words), {"word", NULL, NULL}, row_plain},
    {"lasting_words.tsv", offsetof(dg_rules, lasting_words), {"surface", "position", NULL}, row_title},
    {"other_occasions.tsv", offsetof(dg_rules, other_occasions), {"surface", "position", NULL}, row_title},
    {"body_titles.tsv", offsetof(dg_rules, body_titles), {"surface", "position", NULL}, row_title},
    {"attend_before.tsv", offsetof(dg_rules, attend_before), {"word", NULL, NULL}, row_plain},
    {"attend_after.tsv", offsetof(dg_rules, attend_after), {"word", NULL, NULL}, row_plain},
    {"held_after.tsv", offsetof(dg_rules, held_after), {"word", NULL, NULL}, row_plain},
    {"place_held.tsv", offsetof(dg_rules, place_held), {"word", NULL, NULL}, row_plain},
    {"meeting_bodies.tsv", offsetof(dg_rules, meeting_bodies), {"word", NULL, NULL}, row_plain},
    {"session_bodies.tsv", offsetof(dg_rules, session_bodies), {"word", NULL, NULL}, row_plain},
    {"stance_after.tsv", offsetof(dg_rules, stance_after), {"word", NULL, NULL}, row_plain},
    {"stance_before.tsv", offsetof(dg_rules, stance_before), {"word", NULL, NULL}, row_plain},
    {"it_verbs.tsv", offsetof(dg_rules, it_verbs), {"word", NULL, NULL}, row_plain},
    {"conduct_verbs.tsv", offsetof(dg_rules, conduct_verbs), {"word", NULL, NULL}, row_plain},
    {"humble_verbs.tsv", offsetof(dg_rules, humble_verbs), {"word", NULL, NULL}, row_plain},
    {"charge_words.tsv", offsetof(dg_rules, charge_words), {"word", NULL, NULL}, row_plain},
    {"name_honorifics.tsv", offsetof(dg_rules, name_honorifics), {"word", NULL, NULL}, row_plain},
    {"name_particles.tsv", offsetof(dg_rules, name_particles), {"word", NULL, NULL}, row_plain},
    {"ordinals.tsv", offsetof(dg_rules, ordinals), {"surface", "value", NULL}, row_ordinal},
    {"ordinal_suffixes.tsv", offsetof(dg_rules, ordinal_suffixes), {"suffix", "follows", NULL}, row_ordinal_suffix},
    {"name_connectors.tsv", offsetof(dg_rules, name_connectors), {"word", "types", NULL}, row_connector},
    {"name_joiners.tsv", offsetof(dg_rules, name_joiners), {"word", "roles", NULL}, row_joiner},
    {"title_words.tsv", offsetof(dg_rules, title_words), {"word", NULL, NULL}, row_plain},
    {"definitions.tsv", offsetof(dg_rules, definitions), {"word", NULL, NULL}, row_plain},
    {"triggers.tsv", offsetof(dg_rules, triggers), {"surface", "relation", NULL}, row_trigger},
    {"roles.tsv", offsetof(dg_rules, roles), {"surface", "role", "position"}, row_role},
    {"clause_breaks.tsv", offsetof(dg_rules, clause_breaks), {"surface", "comma", NULL}, row_clause_break},
    {"meeting_links.tsv", offsetof(dg_rules, meeting_links), {"surface", "gives", NULL}, row_meeting_link},
    {"documents.tsv", offsetof(dg_rules, documents), {"word", NULL, NULL}, row_plain},
    {"cumulative.tsv", offsetof(dg_rules, cumulative), {"word", NULL, NULL}, row_plain},
    {"statistics.tsv", offsetof(dg_rules, statistics), {"word", NULL, NULL}, row_plain},
    {"aid_forms.tsv", offsetof(dg_rules, aid_forms), {"word", NULL, NULL}, row_plain},
    {"receiving.tsv", offsetof(dg_rules, receiving), {"word", NULL, NULL}, row_plain},
    {"venue_words.tsv", offsetof(dg_rules, venue_words), {"word", NULL, NULL}, row_plain},
    {"venue_links.tsv", offsetof(dg_rules, venue_links), {"word", NULL, NULL}, row_plain},
    {"date_words.tsv", offsetof(dg_rules, date_words), {"word", NULL, NULL}, row_plain},
    {"buildings.tsv", offsetof(dg_rules, buildings), {"word", NULL, NULL}, row_plain},
    {"exclusion_words.tsv", offsetof(dg_rules, exclusion_words), {"surface", "position", NULL}, row_title},
    {"side_events.tsv", offsetof(dg_rules, side_events), {"word", NULL, NULL}, row_plain},
    {"ceremony_heads.tsv", offsetof(dg_rules, ceremony_heads), {"word", NULL, NULL}, row_plain},
    {"meeting_modifiers.tsv", offsetof(dg_rules, meeting_modifiers), {"word", NULL, NULL},
     row_plain},
    {"described_heads.tsv", offsetof(dg_rules, described_heads), {"word", NULL, NULL}, row_plain},
    {"described_modifiers.tsv", offsetof(dg_rules, described_modifiers), {"word", NULL, NULL},
     row_plain},
    {"described_settings.tsv", offsetof(dg_rules, described_settings), {"word", NULL, NULL},
     row_plain},
    {"described_counts.tsv", offsetof(dg_rules, described_counts), {"word", NULL, NULL},
     row_plain},
    {"described_verbs.tsv", offsetof(dg_rules, described_verbs), {"word", NULL, NULL},
     row_plain},
    {"described_parties.tsv", offsetof(dg_rules, described_parties), {"word", NULL, NULL},
     row_plain},
    {"reference_modifiers.tsv", offsetof(dg_rules, reference_modifiers), {"word", NULL, NULL},
     row_plain},
    {"party_links.tsv", offsetof(dg_rules, party_links), {"word", NULL, NULL}, row_plain},
    {"country_parts.tsv", offsetof(dg_rules, country_parts), {"word", NULL, NULL}, row_plain},
    {"bu_countries.tsv", offsetof(dg_rules, bu_countries), {"word", NULL, NULL}, row_plain},
    {"sinitic_surnames.tsv", offsetof(dg_rules, sinitic_surnames), {"word", NULL, NULL}, row_plain},
    {"vn_surnames.tsv", offsetof(dg_rules, vn_surnames), {"word", NULL, NULL}, row_plain},
    {"pronouns.tsv", offsetof(dg_rules, pronouns), {"word", NULL, NULL}, row_plain},
    {"personal_possessives.tsv", offsetof(dg_rules, personal_possessives), {"word", NULL, NULL}, row_plain},
    {"noun_endings.tsv", offsetof(dg_rules, noun_endings), {"ending", NULL, NULL}, row_plain},
    {"surname_endings.tsv", offsetof(dg_rules, surname_endings), {"kanji", NULL, NULL}, row_plain},
    {"hosts.tsv", offsetof(dg_rules, hosts), {"word", NULL, NULL}, row_plain},
    {"list_joiners.tsv", offsetof(dg_rules, list_joiners), {"word", NULL, NULL}, row_plain},
    {"first_person.tsv", offsetof(dg_rules, first_person), {"word", NULL, NULL}, row_plain},
    {"report_verbs.tsv", offsetof(dg_rules, report_verbs), {"word", NULL, NULL}, row_plain},
    {"report_openers.tsv", offsetof(dg_rules, report_openers), {"word", NULL, NULL}, row_plain},
    {"date_openers.tsv", offsetof(dg_rules, date_openers), {"word", NULL, NULL}, row_plain},
    {"date_tails.tsv", offsetof(dg_rules, date_tails), {"word", NULL, NULL}, row_plain},
    {"next_meetings.tsv", offsetof(dg_rules, next_meetings), {"word", NULL, NULL}, row_plain},
    {"future_occasions.tsv", offsetof(dg_rules, future_occasions), {"word", NULL, NULL}, row_plain},
    {"planned_after.tsv", offsetof(dg_rules, planned_after), {"word", NULL, NULL}, row_plain},
    {"credit_words.tsv", offsetof(dg_rules, credit_words), {"word", NULL, NULL}, row_plain},
    {"whole_heads.tsv", offsetof(dg_rules, whole_heads), {"word", NULL, NULL}, row_plain},
    {"partner_heads.tsv", offsetof(dg_rules, partner_heads), {"word", NULL, NULL}, row_plain},
    {"proxy_words.tsv", offsetof(dg_rules, proxy_words), {"word", NULL, NULL}, row_plain},
    {"outcome_documents.tsv", offsetof(dg_rules, outcome_documents), {"word", NULL, NULL}, row_plain},
    {"outcome_verbs.tsv", offsetof(dg_rules, outcome_verbs), {"word", NULL, NULL}, row_plain},
    {"outcome_heads.tsv", offsetof(dg_rules, outcome_heads), {"word", NULL, NULL}, row_plain},
    {"outcome_modifiers.tsv", offsetof(dg_rules, outcome_modifiers), {"word", NULL, NULL},
     row_plain},
    {"fund_heads.tsv", offsetof(dg_rules, fund_heads), {"word", NULL, NULL}, row_plain},
    {"totals.tsv", offsetof(dg_rules, totals), {"word", "role", NULL}, row_total},
    {"self_intros.tsv", offsetof(dg_rules, self_intros), {"word", NULL, NULL}, row_plain},
    {"speech_words.tsv", offsetof(dg_rules, speech_words), {"word", NULL, NULL}, row_plain},
    {"scene_verbs.tsv", offsetof(dg_rules, scene_verbs), {"word", NULL, NULL}, row_plain},
    {"scene_parts.tsv", offsetof(dg_rules, scene_parts), {"word", NULL, NULL}, row_plain},
    {"scene_openers.tsv", offsetof(dg_rules, scene_openers), {"word", NULL, NULL}, row_plain},
    {"session_verbs.tsv", offsetof(dg_rules, session_verbs), {"word", NULL, NULL}, row_plain},
    {"opening_words.tsv", offsetof(dg_rules, opening_words), {"word", NULL, NULL}, row_plain},
    {"result_words.tsv", offsetof(dg_rules, result_words), {"word", NULL, NULL}, row_plain},
    {"complements.tsv", offsetof(dg_rules, complements), {"word", NULL, NULL}, row_plain},
    {"appositives.tsv", offsetof(dg_rules, appositives), {"word", NULL, NULL}, row_plain},
    {"list_pointers.tsv", offsetof(dg_rules, list_pointers), {"word", NULL, NULL}, row_plain},
    {"carry_openers.tsv", offsetof(dg_rules, carry_openers), {"word", NULL, NULL}, row_plain},
    {"contrast_openers.tsv", offsetof(dg_rules, contrast_openers), {"word", NULL, NULL}, row_plain},
    {"closing_openers.tsv", offsetof(dg_rules, closing_openers), {"word", NULL, NULL}, row_plain},
    {"bilateral_words.tsv", offsetof(dg_rules, bilateral_words), {"word", NULL, NULL}, row_plain},
    {"met_words.tsv", offsetof(dg_rules, met_words), {"word", NULL, NULL}, row_plain},
    {"talk_titles.tsv", offsetof(dg_rules, talk_titles), {"word", NULL, NULL}, row_plain},
    {"readout_openers.tsv", offsetof(dg_rules, readout_openers), {"word", NULL, NULL}, row_plain},
    {"talks_prefixes.tsv", offsetof(dg_rules, talks_prefixes), {"word", NULL, NULL}, row_plain},
    {"side_occasions.tsv", offsetof(dg_rules, side_occasions), {"word", NULL, NULL}, row_plain},
    {"future_hosts.tsv", offsetof(dg_rules, future_hosts), {"word", NULL, NULL}, row_plain},
    {"margin_words.tsv", offsetof(dg_rules, margin_words), {"word", NULL, NULL}, row_plain},
    {"noun_verbs.tsv", offsetof(dg_rules, noun_verbs), {"word", NULL, NULL}, row_plain},
    {"auxiliaries.tsv", offsetof(dg_rules, auxiliaries), {"word", NULL, NULL}, row_plain},
    {"participant_headings.tsv", offsetof(dg_rules, participant_headings), {"word", NULL, NULL}, row_plain},
    {"participant_heading_parts.tsv", offsetof(dg_rules, participant_heading_parts), {"word", NULL, NULL}, row_plain},
    {"party_labels.tsv", offsetof(dg_rules, party_labels), {"word", NULL, NULL}, row_plain},
    {"party_nouns.tsv", offsetof(dg_rules, party_nouns), {"word", NULL, NULL}, row_plain},
    {"chaired_others.tsv", offsetof(dg_rules, chaired_others), {"word", NULL, NULL}, row_plain},
    {"chair_terms.tsv", offsetof(dg_rules, chair_terms), {"word", NULL, NULL}, row_plain},
    {"heading_suffixes.tsv", offsetof(dg_rules, heading_suffixes), {"word", NULL, NULL}, row_plain},
    {"hosted_others.tsv", offsetof(dg_rules, hosted_others), {"word", NULL, NULL}, row_plain},
    {"city_words.tsv", offsetof(dg_rules, city_words), {"word", NULL, NULL}, row_plain},
    {"trip_purposes.tsv", offsetof(dg_rules, trip_purposes), {"word", NULL, NULL}, row_plain},
    {"stay_verbs.tsv", offsetof(dg_rules, stay_verbs), {"word", NULL, NULL}, row_plain},
    {"statement_titles.tsv", offsetof(dg_rules, statement_titles), {"word", NULL, NULL}, row_plain},
    {"list_fillers.tsv", offsetof(dg_rules, list_fillers), {"word", NULL, NULL}, row_plain},
    {"relative_dates.tsv", offsetof(dg_rules, relative_dates), {"surface", "offset", "anchor"}, row_relative_date},
    {"month_modifiers.tsv", offsetof(dg_rules, month_modifiers), {"word", NULL, NULL}, row_plain},
    {"number_prefixes.tsv", offsetof(dg_rules, number_prefixes), {"surface", "blocks", NULL}, row_number_prefix},
    {"number_suffixes.tsv", offsetof(dg_rules, number_suffixes), {"surface", NULL, NULL}, row_plain},
    {"counter_compounds.tsv", offsetof(dg_rules, counter_compounds), {"surface", NULL, NULL}, row_plain},
    {"amount_ranges.tsv", offsetof(dg_rules, amount_ranges), {"surface", "spacing", "change"}, row_amount_range},
    {"date_ranges.tsv", offsetof(dg_rules, date_ranges), {"surface", "dates", "years"}, row_date_range},
    {"day_ranges.tsv", offsetof(dg_rules, day_ranges), {"surface", "english", "japanese"}, row_day_range},
    {"bare_day_before.tsv", offsetof(dg_rules, bare_day_before), {"word", NULL, NULL}, row_plain},
    {"bare_day_not_after.tsv", offsetof(dg_rules, bare_day_not_after), {"word", NULL, NULL}, row_plain},
    {"day_lists.tsv", offsetof(dg_rules, day_lists), {"surface", "english", "japanese"}, row_day_range},
    {"range_words.tsv", offsetof(dg_rules, range_words), {"surface", "role", NULL}, row_range_word},
    {"date_prepositions.tsv", offsetof(dg_rules, date_prepositions), {"surface", "case", NULL}, row_date_preposition},
    {"date_bounds.tsv", offsetof(dg_rules, date_bounds), {"surface", "position", "case"}, row_date_bound},
    {"date_past.tsv", offsetof(dg_rules, date_past), {"surface", "position", "case"}, row_date_bound},
    {"fiscal_years.tsv", offsetof(dg_rules, fiscal_years), {"surface", "case", "glued"}, row_fiscal_year},
    {"year_parts.tsv", offsetof(dg_rules, year_parts), {"surface", NULL, NULL}, row_plain},
    {"weekdays.tsv", offsetof(dg_rules, weekdays), {"surface", NULL, NULL}, row_plain},
    {"number_words.tsv", offsetof(dg_rules, number_words), {"surface", "value", NULL}, row_number_word},
    {"country_currencies.tsv", offsetof(dg_rules, country_currencies), {"country", "currency", "signs"}, row_country_currency},
    {"currency_signals.tsv", offsetof(dg_rules, currency_signals), {"surface", "country", "where"}, row_currency_signal},
};
#define NLISTS (sizeof lists / sizeof *lists)

static dg_wordlist *list_of(dg_rules *r, size_t i) {
  return (dg_wordlist *)((char *)r + lists[i].field);
}

/* Normalize the word, put it in list l with the payload of `proto`; returns 0, or -1 when
 * memory runs out. */
static int put_word(dg_rules *r, dg_wordlist *l, const char *s, const dg_word *proto) {
  dg_norm n;
  if (dg_normalize(s, strlen(s), &n, NULL) != DG_OK) return -1;
  char *copy = dg_arena_strndup(r->arena, n.text, n.len);
  uint32_t len = (uint32_t)n.len;
  dg_norm_destroy(&n);
  const char *code = dg_arena_strdup(r->arena, proto->code);
  dg_word *w = copy && code ? dg_wordlist_put(l, copy, len) : NULL;
  if (!w) return -1;
  w->as = proto->as;
  w->code = code;
  return 0;
}

/* The columns of list fi in an open file; returns 0, or 1 after reporting a missing one. */
static int find_columns(dg_tsv *t, size_t fi, const char *path, int col[3], dg_diags *problems) {
  for (int c = 0; c < 3; c++) {
    col[c] = lists[fi].cols[c] ? dg_tsv_col(t, lists[fi].cols[c]) : -1;
    if (lists[fi].cols[c] && col[c] < 0) {
      dg_diags_add(problems, "%s:1: missing column \"%s\"", path, lists[fi].cols[c]);
      return 1;
    }
  }
  return 0;
}

/* Load DIR/rules/FILE of list fi, if there is one; returns 1 when it had problems. */
static int load_list(dg_rules *r, const char *dir, size_t fi, dg_diags *problems) {
  char path[1024];
  snprintf(path, sizeof path, "%s/rules/%s", dir, lists[fi].file);
  struct stat st;
  if (stat(path, &st) != 0) return 0; /* a directory need not have every list */
  dg_tsv t;
  dg_error e;
  if (dg_tsv_open(&t, path, &e) != DG_OK) {
    dg_diags_add(problems, "%s", e.msg);
    return 1;
  }
  int col[3], bad = 0;
  if (find_columns(&t, fi, path, col, problems)) {
    dg_tsv_close(&t);
    return 1;
  }
  while (dg_tsv_next(&t)) {
    const char *w = dg_tsv_get(&t, col[0]);
    dg_word proto = {.code = ""};
    const char *why = *w ? lists[fi].row(w, dg_tsv_get(&t, col[1]), dg_tsv_get(&t, col[2]), &proto)
                         : "empty word";
    if (why) {
      dg_diags_add(problems, "%s:%zu: %s", path, t.line, why);
      bad = 1;
    } else if (put_word(r, list_of(r, fi), w, &proto)) {
      dg_diags_add(problems, "%s:%zu: out of memory", path, t.line);
      bad = 1;
      break;
    }
  }
  dg_tsv_close(&t);
  return bad;
}

dg_err dg_rules_load(dg_rules **out, const char *const *dirs, size_t ndirs, dg_diags *problems,
                     dg_error *err) {
  dg_rules *r = calloc(1, sizeof *r);
  if (!r) return dg_error_set(err, DG_ENOMEM, "out of memory");
  r->arena = malloc(sizeof(dg_arena));
  if (!r->arena) {
    free(r);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  dg_arena_init(r->arena);
  int bad = 0;
  for (size_t d = 0; d < ndirs; d++)
    for (size_t f = 0; f < NLISTS; f++) bad |= load_list(r, dirs[d], f, problems);
  for (size_t f = 0; f < NLISTS; f++)
    if (dg_wordlist_index(list_of(r, f))) bad = 1;
  *out = r;
  if (bad) return dg_error_set(err, DG_EDICT, "rule lists have problems");
  return DG_OK;
}

void dg_rules_free(dg_rules *r) {
  if (!r) return;
  for (size_t f = 0; f < NLISTS; f++) dg_wordlist_destroy(list_of(r, f));
  dg_arena_destroy(r->arena);
  free(r->arena);
  free(r);
}
