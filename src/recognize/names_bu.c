/* The ministries of a country that names them 部 (bu_countries.tsv: 中国, 韓国, 台湾):
 * kanji nouns MeCab knows and its suffix 部 after them (商務|部, 産業|通商|資源|部), in a
 * sentence that names such a country, are an organization; the country written right
 * before them is part of the name (中国|財政|部). MeCab reads 部 as a suffix after any noun,
 * so the country is what tells a ministry from a company's department (営業部).
 * Invariant: the name ends with a token 部 that is MeCab's suffix, holds one to four known
 * common nouns of two kanji or more before it and no other name; a part of a
 * country (北東|部: country_parts.tsv), a unit of another body (…大学|医学|部) and a ministry
 * inside its holder's title (企画財政部|長官) are none. */
#include <string.h>

#include "base/scan.h"
#include "recognize/names_int.h"

static const char BU[] = "\xE9\x83\xA8"; /* 部 */

typedef struct {
  const dgn_ctx *c;
  const dg_sentence *s;
} bu_query;

static int q_bu_country(const dg_mention *m, size_t i, void *arg) {
  const bu_query *q = arg;
  (void)i;
  return m->type == DG_TYPE_COUNTRY && m->start >= q->s->start && m->end <= q->s->end &&
         dg_wordlist_find(&q->c->r->bu_countries, q->c->t + m->start, m->end - m->start) >= 0;
}

/* Does the sentence name a country of bu_countries.tsv? (Its mentions only, through the
 * index: a pass over the document's for every sentence grew with the square of a long
 * document.) */
static int bu_country_in(dgn_ctx *c, const dg_sentence *s) {
  bu_query q = {c, s};
  return dgn_visit(c, s->start, q_bu_country, &q);
}

/* A known common noun of two kanji or more (商務, 資源), outside every name; one kanji
 * alone may be a piece of the name before (王|明|華|商務|部). */
static int ministry_word(dgn_ctx *c, const dg_token *k) {
  if ((k->pos != DG_POS_NOUN && k->pos != DG_POS_NOUN_SAHEN) || k->unknown ||
      k->end - k->start < 6)
    return 0;
  for (uint32_t i = k->start; i < k->end; i += 3)
    if (dg_script_of(dg_cp_at(c->t, c->len, i)) != DG_SC_KANJI) return 0;
  return !dgn_overlaps(c, k->start, k->end, ANY_NAMED);
}

/* Is token k MeCab's suffix 部, outside every name? */
static int bu_token(dgn_ctx *c, const dg_token *k) {
  return k->pos == DG_POS_NOUN_SUFFIX && k->end - k->start == 3 &&
         !memcmp(c->t + k->start, BU, 3) && !dgn_overlaps(c, k->start, k->end, ANY_NAMED);
}

/* Where the ministry whose 部 is token k starts (a country glued before it included), or
 * the end of token k when there is none: fewer than two kanji of nouns, a part of a country,
 * or more nouns or another body's name touching them. */
static uint32_t bu_start(dgn_ctx *c, const dg_sentence *s, long k) {
  uint32_t a = dg_tok(c->d, k)->start, none = dg_tok(c->d, k)->end;
  long j = k - 1;
  int n = 0;
  for (; j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == a && n < 4 &&
       ministry_word(c, dg_tok(c->d, j)); j--, n++)
    a = dg_tok(c->d, j)->start;
  if (n == 0 || dg_tok(c->d, k)->start - a < 6 ||
      dg_wordlist_find(&c->r->country_parts, c->t + dg_tok(c->d, k - 1)->start,
                       dg_tok(c->d, k)->end - dg_tok(c->d, k - 1)->start) >= 0)
    return none;
  if (j < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, j)->end != a) return a;
  long cm = dgn_mention_ending(c, a, T(COUNTRY));
  if (cm >= 0) return c->d->ments[cm].start;
  if (ministry_word(c, dg_tok(c->d, j)) ||
      dgn_mention_ending(c, a, ANY_NAMED & ~T(PERSON) & ~T(COUNTRY)) >= 0)
    return none;
  return a;
}

/* The words of a ministry right before z, where a title that opens with 部 takes its 部
 * (外交|部長): where they start, or z. */
static uint32_t words_before_title(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  long j = dg_doc_token_at(c->d, z - 1);
  uint32_t a = z;
  for (int n = 0; j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == a && n < 4 &&
       ministry_word(c, dg_tok(c->d, j));
       j--, n++)
    a = dg_tok(c->d, j)->start;
  return a;
}

/* Is token k, ending at z, MeCab's suffix 部? */
static int bu_ends_at(dgn_ctx *c, const dg_sentence *s, long k, uint32_t z) {
  return k >= (long)dg_sent_tok0(c->d, s) + 1 && dg_tok(c->d, k)->end == z &&
      bu_token(c, dg_tok(c->d, k));
}

/* The ministry ends at z, or its words end at z before a title that opens with 部, or a
 * bureau's words of it do (産業通商資源部|通商交渉|本部長). */
uint32_t dgn_bu_ministry_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  if (z <= s->start + 3) return z;
  long k = dg_doc_token_at(c->d, z - 1);
  int own_bu = bu_ends_at(c, s, k, z);
  int title_bu = !own_bu && z + 3 <= s->end && !memcmp(c->t + z, BU, 3);
  uint32_t w = own_bu ? z : words_before_title(c, s, z), a;
  if (!own_bu && !title_bu && w < z) {
    k = dg_doc_token_at(c->d, w - 1);
    if (!bu_ends_at(c, s, k, w)) return z;
  } else if (!own_bu && !title_bu) {
    return z;
  }
  if (!bu_country_in(c, s)) return z;
  if (title_bu) return w;
  a = bu_start(c, s, k);
  return a < dg_tok(c->d, k)->start ? a : z;
}

/* Does a title start at z (商務部|部長, 企画財政部|長官)? A ministry inside its holder's title
 * is no mention: the title ties its holder to what the sentence says. */
static int title_after(const dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, z);
  return ti >= 0 && c->r->titles.w[ti].as.title.side == DG_SIDE_AFTER;
}

dg_err dgn_bu_ministries(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  int country = -1; /* not looked at yet */
  for (uint32_t k = dg_sent_tok0(c->d, s) + 1; k < dg_sent_tokend(c->d, s); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (!bu_token(c, tk)) continue;
    if (country < 0) country = bu_country_in(c, s);
    if (!country) return DG_OK;
    uint32_t a = bu_start(c, s, k);
    if (a >= tk->start || title_after(c, s, tk->end)) continue;
    dg_err e = dgn_record_name(c, DG_TYPE_ORGANIZATION, a, tk->end, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}
