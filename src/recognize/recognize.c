/* Recognition: dictionary matches, Japan compounds, amounts and dates become mentions
 * (see docgraph/recognize.h). Each rule adds mentions independently; the list is sorted
 * at the end, so the order of the rules does not matter to the output. */
#include "docgraph/recognize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/amount.h"
#include "docgraph/date.h"
#include "recognize/amount.h"
#include "recognize/names.h"
#include "recognize/number.h"
#include "lex/rules_lists.h"
#include "base/scan.h"
#include "base/utf8.h"

static const char HI[] = "\xE6\x97\xA5";  /* 日 */
static const char DOT[] = "\xE3\x83\xBB"; /* ・ */


/* Is the 日 at t[p..p+3) Japan (日ASEAN) rather than a day (17日, 本日)? */
static int hi_is_japan(const dg_rules *r, const char *t, size_t p) {
  if (p > 0 && dg_is_digit(t[p - 1])) return 0;
  if (p >= 3 && dg_wordlist_before(&r->kanji_digits, t, 0, p) >= 0) return 0;
  if (dg_wordlist_before(&r->day_words, t, 0, p + 3) >= 0) return 0;
  return 1;
}

/* Start of a Japan compound that ends right before `s`: "日" or "日・". */
static long japan_before(const dg_rules *r, const char *t, size_t s) {
  size_t p = s;
  if (p >= 3 && memcmp(t + p - 3, DOT, 3) == 0) p -= 3;
  if (p >= 3 && memcmp(t + p - 3, HI, 3) == 0 && hi_is_japan(r, t, p - 3)) return (long)(p - 3);
  return -1;
}

static const char *entity_label(const dg_entity *e) {
  return *e->label_ja ? e->label_ja : e->label_en;
}

/* ---- labels for values ---- */

static void format_scaled(dg_decimal v, int pow, char *buf, size_t n) {
  dg_decimal s = v;
  s.exp -= pow;
  dg_decimal_format(s, buf, n);
}

static const char *ja_currency(const dg_rules *r, const char *code) {
  const char *best = NULL;
  for (size_t i = 0; i < r->currencies.n; i++) {
    const dg_word *w = &r->currencies.w[i];
    if (strcmp(w->code, code) == 0 && (unsigned char)w->s[0] >= 0x80 && (w->as.currency.side & DG_SIDE_AFTER))
      best = w->s; /* the list is longest first: keep the shortest */
  }
  return best;
}

static int magnitude(dg_decimal v) {
  /* number of digits of the integer part minus one, for positive values */
  char b[64];
  dg_decimal_format(v, b, sizeof b);
  const char *dot = strchr(b, '.');
  size_t ip = dot ? (size_t)(dot - b) : strlen(b);
  return (int)ip - 1;
}

/* The English label writes a value in the largest of these units it reaches: 2500000000 ->
 * "2.5 billion". */
typedef struct {
  int pow;
  const char *word;
} label_unit;

static const label_unit en_units[] = {{12, "trillion"}, {9, "billion"}, {6, "million"}};

/* The Japanese number of a label: every unit of four digits it reaches, as Japanese writes
 * money (2491000000 -> 24億9100万, 2800000000000 -> 2兆8000億, 50000000 -> 5000万, 12.5 ->
 * 12.5); groups of zeros are left out. */
static void ja_number(dg_decimal v, char *out, size_t n) {
  static const char *const units[] = {"", "万", "億", "兆"};
  char b[64];
  dg_decimal_format(v, b, sizeof b);
  const char *dot = strchr(b, '.');
  size_t ip = dot ? (size_t)(dot - b) : strlen(b), o = 0, from = 0;
  out[0] = '\0';
  for (size_t g = 4; g-- > 0; from = ip > g * 4 ? ip - g * 4 : 0) {
    size_t low = ip > g * 4 ? ip - g * 4 : 0, k = from; /* the group is b[from..low) */
    while (k < low && b[k] == '0') k++;
    if (k == low && !(g == 0 && (o == 0 || dot))) continue; /* 0000 */
    if (k == low) k--;                                    /* 0 alone, or 0.5 */
    if (o < n) o += (size_t)snprintf(out + o, n - o, "%.*s%s", (int)(low - k), b + k, units[g]);
  }
  if (dot && o < n) snprintf(out + o, n - o, "%s", dot);
}

void dg_amount_labels(const dg_rules *r, const char *currency, dg_decimal v, char *label_ja,
                      size_t nja, char *label_en, size_t nen) {
  char num[64];
  int pow = 0;
  const char *unit = "";
  dg_number_norm(&v); /* 1.000100 million is 1.0001 million */
  for (size_t i = 0; i < sizeof en_units / sizeof *en_units && !*unit; i++)
    if (magnitude(v) >= en_units[i].pow) unit = en_units[i].word, pow = en_units[i].pow;
  format_scaled(v, pow, num, sizeof num);
  if (*unit) snprintf(label_en, nen, "%s %s %s", currency, num, unit);
  else snprintf(label_en, nen, "%s %s", currency, num);
  ja_number(v, num, sizeof num);
  const char *jc = r ? ja_currency(r, currency) : NULL;
  if (jc) snprintf(label_ja, nja, "%s%s", num, jc);
  else snprintf(label_ja, nja, "%s %s", num, currency);
}

/* ---- adding mentions ---- */

static dg_err add(dg_doc *d, dg_mention *m, dg_error *err) {
  if (!dg_doc_add_mention(d, m)) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  return DG_OK;
}

/* Is e a place of that kind (kind=territory: one that takes part as a party does;
 * kind=building: a venue inside a city)? */
static uint8_t place_of_kind(const dg_entity *e, const char *want) {
  char kind[16];
  const char *k = e->type == DG_TYPE_PLACE ? dg_entity_attr(e, "kind", kind, sizeof kind) : NULL;
  return k && !strcmp(k, want);
}

static dg_err add_entity_mention(dg_doc *d, const dg_dict *dict, uint32_t ent, uint32_t a,
                                 uint32_t z, int implicit, dg_error *err) {
  const dg_entity *e = dg_dict_entity(dict, ent);
  dg_mention m;
  memset(&m, 0, sizeof m);
  m.start = a;
  m.end = z;
  m.type = e->type;
  m.id = e->id;
  m.label = entity_label(e);
  m.label_en = e->label_en;
  m.entity = (int32_t)ent;
  m.implicit = (uint8_t)implicit;
  m.party = place_of_kind(e, "territory");
  m.building = place_of_kind(e, "building");
  return add(d, &m, err);
}

static dg_err add_japan(const dg_recognizer *rz, dg_doc *d, uint32_t a, dg_error *err) {
  long jpn = dg_dict_find(rz->dict, "country:JPN");
  if (jpn < 0) return DG_OK;
  return add_entity_mention(d, rz->dict, (uint32_t)jpn, a, a + 3, 1, err);
}

/* Is match j the next member of a compound chain that ends at `end` ("米" after "日", or
 * after "日・")? */
static int continues_chain(const dg_match *ms, size_t n, size_t j, size_t end, const char *t) {
  if (j >= n || !(ms[j].flags & DG_SURF_COMPOUND)) return 0;
  return ms[j].start == end || (ms[j].start == end + 3 && memcmp(t + end, DOT, 3) == 0);
}

/* The script of the character at t[i], or of the one ending at t[i] (before != 0). */
static dg_script script_near(const dg_doc *d, size_t i, int before) {
  return dg_script_of(before ? dg_cp_before(d->text, i) : dg_cp_at(d->text, d->len, i));
}

/* May the chain's members ms[i..k] stand for countries at all? A first 日 must be Japan
 * (not the day of 毎日中, 3日米); a katakana member (ロ in 日ロ, ソ) must not be inside a
 * katakana word (プロ, ロッキード), and one kanji member at least (ソロ is "solo"). */
static int chain_members_ok(const dg_recognizer *rz, const dg_doc *d, const dg_match *ms,
                            size_t i, size_t k) {
  const char *t = d->text;
  if (memcmp(t + ms[i].start, HI, 3) == 0 && !hi_is_japan(rz->rules, t, ms[i].start)) return 0;
  int kanji = 0;
  for (size_t j = i; j <= k; j++) kanji |= script_near(d, ms[j].start, 0) == DG_SC_KANJI;
  if (!kanji) return 0;
  if (script_near(d, ms[i].start, 0) == DG_SC_KATAKANA &&
      script_near(d, ms[i].start, 1) == DG_SC_KATAKANA)
    return 0;
  return !(script_near(d, ms[k].start, 0) == DG_SC_KATAKANA &&
           script_near(d, ms[k].end, 0) == DG_SC_KATAKANA);
}

/* Compound abbreviations (日米豪印, 日中, 米中, 日ロ): the chain counts when what follows it
 * carries the name on (日米関係, 日中首脳会談) or is a particle (日米の, 米中は), except for
 * the chains that are also words (chain_words.tsv: 日中 "daytime" in 日中は), which count
 * only before a kanji or katakana. */
static int chain_ok(const dg_recognizer *rz, const dg_doc *d, const dg_match *ms, size_t n,
                    size_t i, int after_japan, size_t *last) {
  size_t k = i;
  while (continues_chain(ms, n, k + 1, ms[k].end, d->text)) k++;
  *last = k;
  size_t members = k - i + 1 + (after_japan ? 1 : 0);
  if (members < 2 || !chain_members_ok(rz, d, ms, i, k)) return 0;
  dg_script sc = script_near(d, ms[k].end, 0);
  if (sc == DG_SC_KANJI || sc == DG_SC_KATAKANA) return 1;
  size_t from = after_japan ? ms[i].start - 3 : ms[i].start;
  if (after_japan && from >= 3 && memcmp(d->text + from, DOT, 3) == 0) from -= 3;
  if (dg_wordlist_find(&rz->rules->chain_words, d->text + from, ms[k].end - from) >= 0) return 0;
  return sc == DG_SC_HIRAGANA;
}

static int is_place_like(dg_type t) { return t == DG_TYPE_COUNTRY || t == DG_TYPE_GROUP; }

static dg_err emit_matches(const dg_recognizer *rz, dg_doc *d, const dg_match *ms, size_t n,
                           int nested, dg_error *err);

/* Countries and groups named inside a longer name (日ASEAN防衛当局次官級会合, ASEAN防災人道
 * 支援調整センター) are mentioned too: scan the inside of the name again. */
static dg_err nested_mentions(const dg_recognizer *rz, dg_doc *d, const dg_match *outer,
                              dg_error *err) {
  dg_match *ms = NULL;
  size_t n = 0;
  /* places and regions take part only to win over the countries inside them (インド太平洋),
   * they are not emitted */
  uint32_t types = (1u << DG_TYPE_COUNTRY) | (1u << DG_TYPE_GROUP) | (1u << DG_TYPE_PLACE) |
                   (1u << DG_TYPE_REGION) | DG_MATCH_STOPS;
  dg_err r = dg_matcher_scan_range(rz->matcher, d, outer->start, outer->end, types, &ms, &n, err);
  if (r != DG_OK) return r;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (ms[i].start == outer->start && ms[i].end == outer->end) continue;
    ms[o++] = ms[i];
  }
  r = emit_matches(rz, d, ms, o, 1, err);
  free(ms);
  return r;
}

static dg_err emit_matches(const dg_recognizer *rz, dg_doc *d, const dg_match *ms, size_t n,
                           int nested, dg_error *err) {
  const char *t = d->text;
  size_t emitted_end = 0;
  size_t chain_last = (size_t)-1; /* index of the last accepted member of a chain */
  dg_err r = DG_OK;
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    const dg_match *m = &ms[i];
    const dg_entity *e = dg_dict_entity(rz->dict, m->entity);
    if (e->type == DG_TYPE_STOP) continue;
    if (nested && !is_place_like(e->type) && !(m->flags & DG_SURF_COMPOUND)) continue;
    long jp = japan_before(rz->rules, t, m->start);
    if (jp >= 0 && (size_t)jp < emitted_end) jp = -1; /* that 日 is already a mention */
    if (m->flags & DG_SURF_COMPOUND) {
      int in_chain = chain_last != (size_t)-1 && i <= chain_last;
      if (!in_chain) {
        size_t last;
        if (!chain_ok(rz, d, ms, n, i, jp >= 0, &last)) continue;
        chain_last = last;
      }
    }
    if (jp >= 0 && is_place_like(e->type) && strcmp(e->id, "country:JPN") != 0) {
      r = add_japan(rz, d, (uint32_t)jp, err);
      if (r != DG_OK) break;
    }
    r = add_entity_mention(d, rz->dict, m->entity, m->start, m->end, 0, err);
    emitted_end = m->end;
    if (r == DG_OK && !nested && (e->type == DG_TYPE_MEETING || e->type == DG_TYPE_PROGRAM ||
                                    e->type == DG_TYPE_ORGANIZATION))
      r = nested_mentions(rz, d, m, err);
  }
  return r;
}

static dg_err dictionary_mentions(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  dg_match *ms = NULL;
  size_t n = 0;
  dg_err r = dg_matcher_scan(rz->matcher, d, &ms, &n, err);
  if (r == DG_OK) r = emit_matches(rz, d, ms, n, 0, err);
  free(ms);
  return r;
}

/* The id and labels of an amount or quantity mention. */
typedef struct {
  char id[200], ja[400], en[400];
} value_texts;

/* quantity:people:5000 (quantity:people:200-300), "5000人" (the counter as written), "5000
 * people". */
static void quantity_texts(const dg_doc *d, const dg_amount *a, value_texts *x) {
  char v1[64], v2[64];
  dg_decimal_format(a->value, v1, sizeof v1);
  if (a->has_range) dg_decimal_format(a->value_max, v2, sizeof v2);
  if (a->has_range) snprintf(x->id, sizeof x->id, "quantity:%s:%s-%s", a->unit, v1, v2);
  else snprintf(x->id, sizeof x->id, "quantity:%s:%s", a->unit, v1);
  snprintf(x->ja, sizeof x->ja, "%s%.*s", v1, (int)(a->unit_end - a->unit_start),
           d->text + a->unit_start);
  snprintf(x->en, sizeof x->en, "%s %s", v1, a->unit);
}

/* amount:JPY:1000000000 (amount:JPY:1000000000-2000000000), "10億円" ("10億円〜20億円"),
 * "JPY 1 billion" ("JPY 1 billion to JPY 2 billion"). */
static void money_texts(const dg_rules *r, const dg_amount *a, value_texts *x) {
  char v1[64], v2[64];
  dg_decimal_format(a->value, v1, sizeof v1);
  if (!a->has_range) {
    snprintf(x->id, sizeof x->id, "amount:%s:%s", a->currency, v1);
    dg_amount_labels(r, a->currency, a->value, x->ja, sizeof x->ja, x->en, sizeof x->en);
    return;
  }
  dg_decimal_format(a->value_max, v2, sizeof v2);
  snprintf(x->id, sizeof x->id, "amount:%s:%s-%s", a->currency, v1, v2);
  char j1[120], e1[120], j2[120], e2[120];
  dg_amount_labels(r, a->currency, a->value, j1, sizeof j1, e1, sizeof e1);
  dg_amount_labels(r, a->currency, a->value_max, j2, sizeof j2, e2, sizeof e2);
  snprintf(x->ja, sizeof x->ja, "%s〜%s", j1, j2);
  snprintf(x->en, sizeof x->en, "%s to %s", e1, e2);
}

static dg_err add_amount(const dg_recognizer *rz, dg_doc *d, const dg_amount *a, dg_error *err) {
  dg_mention m;
  value_texts x;
  memset(&m, 0, sizeof m);
  m.start = a->start;
  m.end = a->end;
  m.entity = -1;
  m.value = a->value;
  m.value_max = a->value_max;
  m.has_range = a->has_range;
  m.qualifier = a->qualifier;
  if (a->is_quantity) {
    m.type = DG_TYPE_QUANTITY;
    m.unit = dg_doc_strdup(d, a->unit, strlen(a->unit));
    quantity_texts(d, a, &x);
  } else {
    m.type = DG_TYPE_AMOUNT;
    memcpy(m.currency, a->currency, 4);
    money_texts(rz->rules, a, &x);
  }
  m.id = dg_doc_strdup(d, x.id, strlen(x.id));
  m.label = dg_doc_strdup(d, x.ja, strlen(x.ja));
  m.label_en = dg_doc_strdup(d, x.en, strlen(x.en));
  if (!m.id || !m.label || !m.label_en) return dg_error_set(err, DG_ENOMEM, "out of memory");
  return add(d, &m, err);
}

/* The countries the document names (dictionary mentions), for the currency of its signs. */
static dg_country_at *named_countries(const dg_recognizer *rz, const dg_doc *d, size_t *n) {
  dg_country_at *cs = calloc(d->nments ? d->nments : 1, sizeof *cs);
  *n = 0;
  for (size_t i = 0; cs && i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    if (m->type != DG_TYPE_COUNTRY || m->entity < 0 || m->implicit) continue;
    const dg_entity *e = dg_dict_entity(rz->dict, (size_t)m->entity);
    if (!dg_entity_attr(e, "iso2", cs[*n].iso2, sizeof cs[*n].iso2)) continue;
    cs[*n].start = m->start, cs[*n].end = m->end;
    (*n)++;
  }
  return cs;
}

/* One warning for the n spans past a bound of recognition (`what` says which and what was
 * done), at the line of the first of them. */
static void warn_past_bound(dg_doc *d, const dg_span *over, size_t n, const char *what) {
  if (!n) return;
  uint32_t line, col;
  dg_doc_line_col(d, dg_doc_raw_offset(d, over[0].start), &line, &col);
  dg_diags_add(&d->diags, "%s:%u: %s (%zu such)", d->path, line, what, n);
}

/* Amounts, their bare signs ($) in the currency of the document's country; runs after the
 * dictionary mentions, which name the countries. Those past the bounds of an exact value
 * are none, with a warning. */
static dg_err amount_mentions(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  dg_amount *as = NULL;
  dg_span *over = NULL;
  size_t n = 0, nc, nover = 0;
  dg_err r = dg_amount_find_all(rz->rules, d->text, d->len, &as, &n, &over, &nover, err);
  char what[160];
  snprintf(what, sizeof what, "amount too large or too precise to keep exactly (over %d "
           "significant digits, 10^%d or %d decimals): not read as an amount",
           DG_DECIMAL_DIGITS, DG_DECIMAL_DIGITS, DG_DECIMAL_DIGITS);
  if (r == DG_OK) warn_past_bound(d, over, nover, what);
  free(over);
  /* the document's country only where a sign of an amount may take its currency */
  int local = r == DG_OK && dg_amount_may_localize(rz->rules, d->text, as, n);
  dg_country_at *cs = local ? named_countries(rz, d, &nc) : NULL;
  if (local && !cs) r = dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  if (local && r == DG_OK) {
    char iso2[3];
    dg_amount_doc_country(rz->rules, d->text, d->len, cs, nc, as, n, iso2);
    dg_amount_localize(rz->rules, d->text, iso2, as, n);
  }
  for (size_t i = 0; i < n && r == DG_OK; i++) r = add_amount(rz, d, &as[i], err);
  free(cs);
  free(as);
  return r;
}

static dg_err date_mentions(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  dg_date *ds = NULL;
  dg_span *over = NULL;
  size_t n = 0, nover = 0;
  dg_err r = dg_date_find_all_on(rz->rules, d->text, d->len, 0, d->dates_carry, &ds, &n, &over,
                                 &nover, err);
  if (r != DG_OK) return r;
  warn_past_bound(d, over, nover, "year outside 1000..2999 (an era's 1..99) before a month or "
                                  "day: not read as a date");
  free(over);
  /* a long document's window: its date is the whole file's, found before */
  if (!d->date_settled) {
    int kind = dg_date_document(d->text, d->len, ds, n, &d->date);
    if (kind == DG_DOC_DATE_NONE && d->issued.year) d->date = d->issued;
    d->date_line = kind == DG_DOC_DATE_LINE || (kind == DG_DOC_DATE_NONE && d->issued.year);
  } else {
    d->date = d->issued;
  }
  /* Dates without their year take the year in context (dg_date_resolve), else the year of
   * the date line; 昨年 and 本年 count from the date line, 本日 is its day. A month whose
   * year stays unknown is no date (去る八月 in a text that gives no year); a day is, with
   * its year unknown (--08-12). */
  dg_date_resolve_on(d->text, d->len, ds, n, d->date.year, d->date.month, d->date.day,
                     d->dates_carry);
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    dg_date *x = &ds[i];
    dg_mention m;
    memset(&m, 0, sizeof m);
    m.start = x->start;
    m.end = x->end;
    m.type = DG_TYPE_DATE;
    m.entity = -1;
    m.when = dg_date_when(x);
    if (!dg_when_known(&m.when)) continue; /* 本年秋 in a document without a date */
    if (x->anchor == DG_ANCHOR_DOC_DAY && !d->date_line && (unsigned char)d->text[x->start] < 0x80)
      continue; /* today, where the top's date is an event's in running text */
    if (m.when.prec == DG_DATE_MONTH && !m.when.year) continue;
    char id[96], label[80];
    dg_when_label(&m.when, label, sizeof label);
    snprintf(id, sizeof id, "date:%s", label);
    m.id = dg_doc_strdup(d, id, strlen(id));
    m.label = dg_doc_strdup(d, label, strlen(label));
    m.label_en = m.label;
    if (!m.id || !m.label) r = dg_error_set(err, DG_ENOMEM, "out of memory");
    else r = add(d, &m, err);
  }
  free(ds);
  return r;
}

/* A name inside an amount or a date is part of the value: US in US$1.5 million. One pass
 * over the mentions sorted by start, keeping the furthest end of the values seen. */
static void drop_inside_values(dg_doc *d) {
  dg_doc_sort_mentions(d);
  size_t o = 0;
  uint32_t value_end = 0;
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    int value = m->type == DG_TYPE_AMOUNT || m->type == DG_TYPE_DATE;
    if (value) {
      if (m->end > value_end) value_end = m->end;
    } else if (m->type != DG_TYPE_QUANTITY && m->end <= value_end) {
      continue;
    }
    d->ments[o++] = *m;
  }
  d->nments = o;
}

dg_err dg_recognize_before_names(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  d->nments = 0;
  dg_err r = date_mentions(rz, d, err);
  if (r == DG_OK) r = dictionary_mentions(rz, d, err);
  if (r == DG_OK) r = amount_mentions(rz, d, err);
  if (r == DG_OK) drop_inside_values(d);
  return r;
}

dg_err dg_recognize(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  dg_err r = dg_recognize_before_names(rz, d, err);
  if (r == DG_OK) r = dg_names_find(rz, d, err);
  if (r == DG_OK) dg_bare_regions(rz, d);
  return r;
}
