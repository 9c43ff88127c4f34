/* Amounts and quantities (see docgraph/amount.h): a number read with its words, step by step.
 * Shape of what is recognized, in order:
 *   [qualifier] [currency-before] number [range-sep [currency-before] number]
 *   [currency-after | [余/超] counter] [range-sep number currency-after] [qualifier-after]
 * or a bare Arabic number after a table's unit header ((百万円) 30,000: the header's unit),
 * the header itself no amount.
 * At each place where a number may start (no start blocker: recognize/amount_words.c), the
 * number is read (recognize/number.c) and the steps of `steps` run in order on it; a step
 * that fails makes it no amount, and the scan goes on after the number. Spaces are allowed
 * between the parts of English expressions ("USD 1.2 billion"); the Japanese parts are
 * adjacent. Every word comes from dg_rules. */
#include "recognize/amount.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "recognize/number.h"
#include "recognize/wordscan.h"

/* One amount being read. */
typedef struct {
  const dg_rules *r;
  const char *t;
  size_t len;
  size_t at;          /* where the number starts */
  dg_number g1, g2;   /* the number, and the upper end of a range */
  int range;          /* g2 is read */
  size_t start, end;  /* the expression so far */
  long cur;           /* currency word, or -1 */
  long counter;       /* counter word (a quantity), or -1 */
  size_t counter_end; /* where the counter ends */
  long inside_q;      /* qualifier between the number and its unit (10余か国), or -1 */
  int header_power;   /* the power of ten of a unit header the number takes (百万円: 6) */
  dg_amount a;
} reading;

/* $10 million, US$ 5: a currency sign before the number. */
static int currency_sign(reading *rd) {
  size_t cs;
  rd->cur = dg_amount_currency_before(rd->r, rd->t, rd->at, &cs);
  if (rd->cur >= 0) {
    memcpy(rd->a.currency, rd->r->currencies.w[rd->cur].code, 3);
    rd->start = cs;
    rd->a.cur_start = (uint32_t)cs;
    rd->a.cur_end = (uint32_t)(cs + rd->r->currencies.w[rd->cur].len);
  }
  return 1;
}

/* 10〜20億円, $10-20 million, $10-$20 million: the upper end of a range right after the
 * number; a bare first number takes the scale of the second (10〜20億: 10億). Not a change:
 * from 2010 to 2020. */
static int short_range(reading *rd) {
  const dg_rules *r = rd->r;
  size_t after, a2;
  long sep = dg_amount_range_sep(r, rd->t, rd->len, rd->start, rd->end, &after);
  if (sep < 0 || dg_amount_is_change(r, rd->t, rd->len, sep, rd->start, (size_t)-1)) return 1;
  if (rd->cur < 0 || dg_amount_currency_sign(r, rd->t, rd->len, after, &a2) < 0) a2 = after;
  dg_number g2;
  if (!dg_number_at(r, rd->t, rd->len, a2, &g2) || g2.single) return 1;
  dg_number g1 = rd->g1;
  if (!g1.scaled && g2.scaled) {
    g1.v.exp += g2.lead;
    dg_number_norm(&g1.v);
  }
  if (!(dg_decimal_to_double(g2.v) > dg_decimal_to_double(g1.v))) return 1;
  rd->g1 = g1, rd->g2 = g2;
  rd->range = 1;
  rd->end = g2.end;
  return 1;
}

/* What the unit at `at` decides. */
enum { NO_UNIT, UNIT, TRY_INSIDE };

/* A currency after the number (which must agree with a sign before it), or for a number
 * without a currency, a counter; a suffix such as 年 or % (when no longer counter wins: 3分野
 * is a count, 3分 is not) and a compound such as 二国間 stop the search. */
static int unit_at(reading *rd, size_t at) {
  const dg_rules *r = rd->r;
  size_t ce;
  long ca = dg_amount_currency_after(r, rd->t, rd->len, at, &ce);
  if (ca >= 0) {
    if (rd->cur >= 0 && strncmp(rd->a.currency, r->currencies.w[ca].code, 3) != 0) return NO_UNIT;
    memcpy(rd->a.currency, r->currencies.w[ca].code, 3);
    rd->cur = ca;
    rd->end = ce;
    rd->a.cur_start = (uint32_t)(ce - r->currencies.w[ca].len);
    rd->a.cur_end = (uint32_t)ce;
    return UNIT;
  }
  if (rd->cur >= 0) return NO_UNIT;
  size_t suf = dg_amount_not_amount_suffix(r, rd->t, rd->len, at);
  long cn = dg_amount_counter_at(r, rd->t, rd->len, at, &ce);
  if (cn >= 0 && suf > ce - at) cn = -1;
  if (cn < 0) return suf ? NO_UNIT : TRY_INSIDE;
  if (dg_amount_counter_compound(r, rd->t, rd->len, ce)) return NO_UNIT;
  rd->counter = cn;
  rd->counter_end = rd->end = ce;
  return UNIT;
}

static int no_digit_written(const reading *rd, size_t a, size_t z);

/* Where the "(" of the parenthesis that closes right before `at`, past spaces and tabs,
 * opens (at most 30 bytes back); 0 when there is none. */
static size_t header_open(const reading *rd, size_t at) {
  size_t p = at;
  while (p > 0 && (rd->t[p - 1] == ' ' || rd->t[p - 1] == '\t')) p--;
  if (p == at || p == 0 || rd->t[p - 1] != ')') return 0;
  size_t o = p - 1;
  while (o > 0 && o + 30 > p && rd->t[o - 1] != '(' && rd->t[o - 1] != '\n') o--;
  return o > 0 && rd->t[o - 1] == '(' ? o : 0;
}

/* A bare Arabic number in the cell after a unit header on its line (借款金額 (百万円)
 * 30,000) is an amount in the header's unit: its currency, times its scale (a power of
 * ten alone, no digit written: 百万, 千, 億). 1 when it takes one. */
static int header_unit(reading *rd) {
  size_t o = header_open(rd, rd->at), ce;
  dg_number h;
  if (!rd->g1.arabic || rd->range || !o || !dg_number_at(rd->r, rd->t, rd->len, o, &h) ||
      !no_digit_written(rd, o, h.end))
    return 0;
  long ca = dg_amount_currency_after(rd->r, rd->t, rd->len, h.end, &ce);
  dg_decimal v = h.v;
  dg_number_norm(&v);
  if (ca < 0 || rd->t[ce] != ')' || v.mant != 1 || v.exp <= 0) return 0;
  memcpy(rd->a.currency, rd->r->currencies.w[ca].code, 3);
  rd->cur = ca;
  rd->a.cur_start = (uint32_t)(ce - rd->r->currencies.w[ca].len);
  rd->a.cur_end = (uint32_t)ce;
  rd->header_power = v.exp;
  return 1;
}

/* 円, 米ドル, " yen" or a counter (人, か国, " projects") after the number, or after a
 * qualifier right after it (10余か国), or a unit header before it (header_unit). A number
 * with none is no amount. */
static int unit(reading *rd) {
  rd->counter = rd->inside_q = -1;
  if (unit_at(rd, rd->end) == TRY_INSIDE) {
    size_t qe;
    rd->inside_q = dg_amount_qualifier_inside(rd->r, rd->t, rd->len, rd->end, &qe);
    if (rd->inside_q >= 0) unit_at(rd, qe);
    else if (rd->cur < 0) header_unit(rd);
  }
  return rd->cur >= 0 || rd->counter >= 0;
}

/* A lone kanji digit is part of a word (一元化, 四国, 一人ひとり, 関東一円) unless a counter
 * of two or more characters follows it after a non-kanji (の四か国); 〇〇円 and 〇億円 are a
 * template's placeholders, not zero. */
static int not_a_word(reading *rd) {
  const dg_word *c = rd->counter >= 0 ? &rd->r->counters.w[rd->counter] : NULL;
  int lone_ok =
      c && !dg_word_is_latin(c) && c->len >= 6 && !dg_kanji_near(rd->t, rd->len, rd->at, 1);
  int placeholder = !rd->g1.arabic && rd->g1.v.mant == 0;
  return !((rd->g1.single && !lone_ok) || (rd->range && rd->g2.single) || placeholder);
}

/* Is t[a, z) written with no digit: no Arabic one, no kanji digit, only the kanji of 十,
 * 百, 千 and scale words (百万, 千, 億)? */
static int no_digit_written(const reading *rd, size_t a, size_t z) {
  for (size_t i = a; i < z;) {
    if (dg_is_digit(rd->t[i])) return 0;
    long w = dg_wordlist_at(&rd->r->kanji_digits, rd->t, z, i);
    if (w >= 0 && rd->r->kanji_digits.w[w].as.numeral.power == 0) return 0;
    int l = dg_utf8_len(rd->t + i, rd->t + z);
    i += l > 0 ? (size_t)l : 1;
  }
  return 1;
}

/* A table's unit header, a currency with a scale and no digit filling a parenthesis
 * ((百万円), (千米ドル)), is no amount: it says the unit of the numbers under it. Near
 * miss: a digit written ((一億円), (1億円)) is one. */
static int not_a_unit_header(reading *rd) {
  if (rd->cur < 0 || rd->range || rd->start == 0 || rd->end >= rd->len) return 1;
  if (rd->t[rd->start - 1] != '(' || rd->t[rd->end] != ')') return 1;
  return !no_digit_written(rd, rd->g1.start, rd->g1.end);
}

/* 5,000人, 570 projects: a number with a counter is a quantity in the counter's unit. */
static int quantity(reading *rd) {
  if (rd->counter < 0) return 1;
  const dg_word *c = &rd->r->counters.w[rd->counter];
  rd->a.is_quantity = 1;
  rd->a.unit = c->code;
  rd->a.unit_start = (uint32_t)(rd->counter_end - c->len);
  rd->a.unit_end = (uint32_t)rd->counter_end;
  return 1;
}

/* 10億円～20億円, $10 million to $20 million: a range written with two amounts in the same
 * currency, the second larger; not a change (100億円から200億円に, from X to Y). */
static int long_range(reading *rd) {
  const dg_rules *r = rd->r;
  const char *t = rd->t;
  size_t after, a2, he, hce;
  if (rd->counter >= 0 || rd->range) return 1;
  long sep = dg_amount_range_sep(r, t, rd->len, rd->start, rd->end, &after);
  if (sep < 0) return 1;
  long sign = dg_amount_currency_sign(r, t, rd->len, after, &a2);
  if (sign < 0)
    a2 = after;
  else if (strncmp(r->currencies.w[sign].code, rd->a.currency, 3) != 0)
    return 1;
  dg_number h;
  if (!dg_amount_start_ok(r, t, rd->len, a2) || !dg_number_at(r, t, rd->len, a2, &h) || h.single)
    return 1;
  he = h.end;
  long hc = dg_amount_currency_after(r, t, rd->len, he, &hce);
  int same = hc >= 0 && strncmp(r->currencies.w[hc].code, rd->a.currency, 3) == 0;
  if (hc < 0 && (r->currencies.w[rd->cur].as.currency.side & DG_SIDE_BEFORE) && a2 != after)
    same = 1, hce = he;
  if (same && !dg_amount_is_change(r, t, rd->len, sep, rd->start, hce) &&
      dg_decimal_to_double(h.v) > dg_decimal_to_double(rd->g1.v)) {
    rd->range = 1;
    rd->g2 = h;
    rd->end = hce;
  }
  return 1;
}

/* between $1 billion and $1.5 billion: the range's span takes "between" in. */
static int between(reading *rd) {
  if (rd->range) rd->start = dg_amount_between_before(rd->r, rd->t, rd->start);
  return 1;
}

/* 約, about, more than before; 以上, 規模, 超, or more after; 余 inside (10余か国). The first
 * one found sets the qualifier; the span takes them all. */
static int qualifiers(reading *rd) {
  const dg_rules *r = rd->r;
  size_t qb, qe;
  long q = dg_amount_qualifier_before(r, rd->t, rd->start, &qb);
  if (q >= 0) {
    rd->a.qualifier = (uint8_t)r->qualifiers.w[q].as.qualifier.qualifier;
    rd->start = qb;
  }
  if (rd->inside_q >= 0 && !rd->a.qualifier)
    rd->a.qualifier = (uint8_t)r->qualifiers.w[rd->inside_q].as.qualifier.qualifier;
  long q2 = dg_amount_qualifier_after(r, rd->t, rd->len, rd->end, &qe);
  if (q2 >= 0) {
    if (!rd->a.qualifier) rd->a.qualifier = (uint8_t)r->qualifiers.w[q2].as.qualifier.qualifier;
    rd->end = qe;
  }
  return 1;
}

/* The steps after the number, in order; one that returns 0 makes it no amount. */
static const struct {
  const char *name;
  int (*step)(reading *rd);
} steps[] = {
    {"currency_sign", currency_sign},
    {"short_range", short_range},
    {"unit", unit},
    {"not_a_word", not_a_word},
    {"quantity", quantity},
    {"long_range", long_range},
    {"between", between},
    {"qualifiers", qualifiers},
    {"not_a_unit_header", not_a_unit_header},
};

/* Can a number start at i: a digit or a kanji digit where no blocker holds, or a currency
 * code glued to it (JPY1.2 trillion, USD5 million)? */
static int number_may_start(const dg_rules *r, const char *t, size_t len, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (!dg_is_digit((char)c) && !(c >= 0x80 && dg_wordlist_at(&r->kanji_digits, t, len, i) >= 0))
    return 0;
  size_t glued;
  return dg_amount_start_ok(r, t, len, i) || (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1]) &&
                                              dg_amount_currency_before(r, t, i, &glued) >= 0);
}

/* Is the amount read past the bounds of an exact value (dg_decimal_bounded)? */
static int past_bounds(const reading *rd) {
  return rd->g1.overflow || !dg_decimal_bounded(rd->a.value) ||
         (rd->range && (rd->g2.overflow || !dg_decimal_bounded(rd->a.value_max)));
}

/* The amount whose number starts at i, in *a; returns 1, 2 when it is past the bounds (its
 * span in *a), or 0 with *next where to go on. */
static int amount_at(const dg_rules *r, const char *t, size_t len, size_t i, dg_amount *a,
                     size_t *next) {
  unsigned char c = (unsigned char)t[i];
  reading rd = {
      .r = r, .t = t, .len = len, .at = i, .start = i, .cur = -1, .counter = -1, .inside_q = -1};
  *next = i + (c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len));
  if (!number_may_start(r, t, len, i) || !dg_number_at(r, t, len, i, &rd.g1)) return 0;
  *next = rd.end = rd.g1.end;
  for (size_t k = 0; k < sizeof steps / sizeof *steps; k++)
    if (!steps[k].step(&rd)) return 0;
  rd.a.start = (uint32_t)rd.start;
  rd.a.end = (uint32_t)rd.end;
  rd.a.value = rd.g1.v;
  if (rd.header_power && dg_decimal_scale(&rd.a.value, rd.header_power) != 0) return 0;
  dg_number_norm(&rd.a.value);
  if (rd.range) {
    rd.a.has_range = 1;
    rd.a.value_max = rd.g2.v;
    dg_number_norm(&rd.a.value_max);
  }
  *a = rd.a;
  return past_bounds(&rd) ? 2 : 1;
}

/* Does the sum at a open a parenthesis, maybe after a word of qualifier_repeats.tsv ((6億円,
 * (同15億円)), no earlier than min? */
static int opens_paren(const dg_rules *r, const char *t, size_t min, size_t a, int repeat) {
  long w = repeat ? dg_wordlist_before(&r->qualifier_repeats, t, min, a) : -1;
  if (w >= 0) a -= r->qualifier_repeats.w[w].len;
  return (w >= 0 || !repeat) && a > min && t[a - 1] == '(';
}

/* (供与限度額6億円)、…(同15億円)、…(同10億円): a sum in parentheses after a word of
 * qualifier_repeats.tsv (同, "the same") repeats the qualifier of the sum before it in its
 * sentence, when that one opens a parenthesis too. */
static void repeated_qualifier(const dg_rules *r, const char *t, const dg_amount *prev,
                               dg_amount *a) {
  if (!prev || a->qualifier || !prev->qualifier || !opens_paren(r, t, prev->end, a->start, 1) ||
      !(opens_paren(r, t, 0, prev->start, 0) || opens_paren(r, t, 0, prev->start, 1)))
    return;
  for (size_t q = prev->end; q + 3 <= a->start; q++)
    if (!memcmp(t + q, "\xE3\x80\x82", 3)) return; /* 。: another sentence */
  a->qualifier = prev->qualifier;
}

dg_err dg_amount_find_all(const dg_rules *r, const char *t, size_t len, dg_amount **out,
                          size_t *nout, dg_span **over, size_t *nover, dg_error *err) {
  DG_VEC(dg_amount) v = {0};
  DG_VEC(dg_span) o = {0};
  size_t i = 0;
  while (i < len) {
    dg_amount a;
    size_t next;
    int got = amount_at(r, t, len, i, &a, &next);
    if (!got) {
      i = next;
      continue;
    }
    if (got == 1) repeated_qualifier(r, t, v.n ? &v.v[v.n - 1] : NULL, &a);
    dg_span sp = {a.start, a.end};
    if (got == 1 ? DG_PUSH(v, a) : over ? DG_PUSH(o, sp) : 0) {
      free(v.v);
      free(o.v);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    i = a.end > i ? a.end : i + 1;
  }
  *out = v.v;
  *nout = v.n;
  if (over) *over = o.v, *nover = o.n;
  return DG_OK;
}

dg_err dg_amount_find(const dg_rules *r, const char *t, size_t len, dg_amount **out, size_t *nout,
                      dg_error *err) {
  return dg_amount_find_all(r, t, len, out, nout, NULL, NULL, err);
}
