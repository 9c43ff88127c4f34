/* Amounts: every amount is tied (DG_REL_AMOUNT) to what provides it or what it funds,
 * looked for from the amount outwards: its clause, the sentences before it in its block,
 * the heading or lead line its block hangs under, the section title above it.
 *   日本は日メコン連結性基金に5千万ドルを拠出する -> amount(基金, 50,000,000 USD)
 *   Japan committed 40 billion yen under the X Partnership, while JICA announced USD 1.2
 *   billion -> the yen to the Partnership, the dollars to JICA (another clause)
 * A program that is a text (documents.tsv: an Outlook, a 声明) owns no money; a program
 * an English clause names as the scene (At the PGII event) is where money was announced,
 * not what it funds. Invariant: nested mentions are never owners; each amount gets at
 * most one owner. */
#define _GNU_SOURCE /* qsort_r */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

size_t dg_rel_whole_word(const dg_wordlist *list, const char *t, size_t n, size_t i) {
  long w = dg_wordlist_at(list, t, n, i);
  if (w < 0) return 0;
  size_t e = i + list->w[w].len; /* a word's letters need no letter beside them; "," may */
  if ((dg_is_ascii_alnum((unsigned char)t[i]) && i && dg_is_ascii_alnum((unsigned char)t[i - 1])) ||
      (dg_is_ascii_alnum((unsigned char)t[e - 1]) && e < n &&
       dg_is_ascii_alnum((unsigned char)t[e])))
    return 0;
  return e - i;
}

/* Does `label` hold a word of `list` (a Latin one as a whole word)? */
static int label_has(const dg_wordlist *list, const char *label) {
  size_t n = label ? strlen(label) : 0;
  for (size_t i = 0; (i = dg_wordlist_next(list, label, n, i)) < n; i++)
    if (dg_rel_whole_word(list, label, n, i)) return 1;
  return 0;
}

/* Is program m a text, not a fund: does its label, or its English label, hold a word of
 * documents.tsv (持続可能な開発目標 is Sustainable Development Goals)? */
int dg_rel_is_document(const dg_rel_ctx *c, const dg_mention *m) {
  return label_has(&c->r->documents, m->label) || label_has(&c->r->documents, m->label_en);
}

/* How strongly mention m of sentence s may own an amount of its clause: 2 a program the
 * money goes to or through (any part but, in Japanese, the owner of another name: AOIPの
 * 主流化), 1 such a program of Japanese の; 0 none (nor one the money is only in line with:
 * in line with the Strategy, 戦略に沿って). */
static int program_owner(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  if (m->type != DG_TYPE_PROGRAM || dg_rel_is_document(c, m)) return 0;
  uint8_t part = dg_rel_part(c, m);
  if (part == DG_PART_AFTER || part == DG_PART_GUIDE ||
      (dg_rel_latin(c, s) && part == DG_PART_SCENE))
    return 0; /* in line with the Strategy: a framework the money only follows */
  return !dg_rel_latin(c, s) && part == DG_PART_OF ? 1 : 2;
}

/* Can an organization playing `part` provide or channel money: as the subject (JICA
 * announced; JICAは), the channel (through JICA; JICAを通じて) or the agent (provided by
 * JICA); not as a partner, an owner of another name or a scene (with other Paris Club
 * countries; JICAの協力)? */
static int provider_part(uint8_t part) {
  return !part || part == DG_PART_SUBJECT || part == DG_PART_TOPIC || part == DG_PART_OWNER ||
         part == DG_PART_FRAME || part == DG_PART_VENUE || part == DG_PART_AGENT;
}

/* The document's amounts, indexed for the questions asked of every amount: by start (is
 * there an amount between two offsets) and by clause (the amounts of a clause in mention
 * order), so each question costs the amounts near it, not the document's. */
typedef struct {
  uint32_t *by_start;  /* amount mention indices by start, then index */
  uint32_t *by_clause; /* amount mention indices by clause, then index */
  uint32_t *clause0;   /* by_clause[clause0[k] .. clause0[k+1]): the amounts of clause k */
  size_t n;
} amount_index;

/* The first amount (in ix->by_start) that starts at a or after it. */
static size_t first_amount_from(const dg_doc *d, const amount_index *ix, uint32_t a) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ments[ix->by_start[mid]].start < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Is some amount mention of the document inside [a, z)? */
static int amount_inside(const dg_doc *d, const amount_index *ix, uint32_t a, uint32_t z) {
  for (size_t i = first_amount_from(d, ix, a); i < ix->n && d->ments[ix->by_start[i]].start <= z;
       i++)
    if (d->ments[ix->by_start[i]].end <= z) return 1;
  return 0;
}

/* Is m an organization amount am goes through or comes from (through EFA, provided by
 * JBIC, JICAを通じて), with no other amount between them? Such a channel owns an amount
 * before its clause's subject (Telstra closed a USD 2 billion deal with USD 1 billion
 * provided through EFA: the billion is EFA's, the two billion Telstra's). */
static int channel(const dg_rel_ctx *c, const amount_index *ix, const dg_mention *m,
                   const dg_mention *am) {
  uint8_t part = m->type == DG_TYPE_ORGANIZATION ? dg_rel_part(c, m) : 0;
  if (part != DG_PART_FRAME && part != DG_PART_AGENT) return 0;
  uint32_t a = m->end <= am->start ? m->end : am->end, z = m->end <= am->start ? am->start : m->start;
  return a > z || !amount_inside(c->d, ix, a, z);
}

/* Japanese: does the topic particle は stand in sentence s inside [a, z) (日本政府は)? */
static int ja_topic_inside(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const dg_sentence *se = &c->d->sents[s];
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start >= a && tk->end <= z && tk->pos == DG_POS_PARTICLE &&
        dg_lit(c->d->text, tk->end, tk->start, "\xE3\x81\xAF"))
      return 1;
  }
  return 0;
}

/* The gap between the end of [a, z) and the amount inside it nearest that end, or
 * UINT32_MAX when none lies inside. */
static uint32_t gap_to_amount(const dg_doc *d, const amount_index *ix, uint32_t a, uint32_t z) {
  uint32_t best = UINT32_MAX;
  for (size_t i = first_amount_from(d, ix, a); i < ix->n; i++) {
    const dg_mention *m = &d->ments[ix->by_start[i]];
    if (m->start > z) break;
    if (m->end <= z && z - m->end < best) best = z - m->end;
  }
  return best;
}

/* Is amount a the conversion of the amount right before it into another currency, in
 * parentheses ("10 billion yen (about USD 90 million)", 100億円(約9,000万ドル))? It is the
 * same money: tied to the first's owner as well, it would count that owner's money twice,
 * and tied alone it would follow the first's owner into its errors. It owns no tie of its
 * own. Near misses: a sum of the same currency in parentheses (a share: $10 million ($4
 * million in grants)); a sum in parentheses after words (recovery ($52 million)). */
static int conversion(const dg_rel_ctx *c, const amount_index *ix, uint32_t a) {
  const dg_doc *d = c->d;
  const dg_mention *am = &d->ments[a];
  size_t k = first_amount_from(d, ix, am->start);
  if (k == 0 || am->start < 2 || d->text[am->start - 1] != '(') return 0;
  const dg_mention *before = &d->ments[ix->by_start[k - 1]];
  uint32_t open = am->start - 1;
  if (open > before->end && d->text[open - 1] == ' ') open--;
  return before->end == open && before->end < am->start && before->currency[0] &&
         am->currency[0] && strcmp(before->currency, am->currency);
}

/* English: does amount am name a purpose of its own right after it, past a parenthesis
 * (USD 5 million to help set up ...; US$2 million (about ¥300 million) for ...), not a
 * comparison (compared with 8 billion yen in the first year)? */
static int own_purpose(const dg_rel_ctx *c, uint32_t s, const dg_mention *am) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = am->end;
  if (q + 1 < e && t[q] == ' ' && t[q + 1] == '(') q = dg_rel_past_paren(t, q + 1, e);
  return dg_lit(t, e, q, " to ") || dg_lit(t, e, q, " for ");
}

/* Japanese: does an amount other than a stand right before m with の between (2億円の無償
 * 資金協力: the aid that amount is)? */
static int sized_by_other(const dg_rel_ctx *c, uint32_t s, uint32_t a, const dg_mention *m) {
  if (m->start < 3 || !dg_lit_before(c->d->text, m->start, "\xE3\x81\xAE")) return 0; /* の */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (i != a && c->d->ments[i].type == DG_TYPE_AMOUNT && c->d->ments[i].end == m->start - 3)
      return 1;
  return 0;
}

/* English: is [a, z) only a joiner between two sums (", ", " and ", " or ", ", and ")? Sums
 * so listed share the purpose named after the last (USD 1 million and USD 2 million for the
 * Fund). */
static int sums_joined(const char *t, uint32_t a, uint32_t z) {
  static const char *const j[] = {" and ", " or ", ", ", ", and ", ", or ", " - "};
  for (size_t k = 0; k < sizeof j / sizeof *j; k++)
    if (z - a == strlen(j[k]) && !memcmp(t + a, j[k], z - a)) return 1;
  return 0;
}

/* English: is amount a a share in parentheses after the words of its purpose (to support
 * recovery ($52 million), to counter crime ($55 million)): not right after another amount
 * ($10 million ($4 million in grants)), no conversion, naming no purpose after it? */
static int paren_share(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  const dg_mention *am = &c->d->ments[a];
  uint32_t from = c->d->sents[s].start, q = am->start - 1;
  if (!dg_rel_latin(c, s) || am->start < from + 2 || t[q] != '(' || am->end >= c->d->len ||
      t[am->end] != ')' || conversion(c, ix, a) || own_purpose(c, s, am))
    return 0;
  if (t[q - 1] == ' ') q--;
  return q > from && dg_is_ascii_alnum((unsigned char)t[q - 1]) &&
         gap_to_amount(c->d, ix, from, q) != 0;
}

/* English: does a later sum of amount a's clause, between a and name m after it, claim m:
 * one with words of its own between a and it, that names its own purpose (see own_purpose)
 * or its own source (" from "), or is a share in parentheses (see paren_share), and is no
 * conversion of a sum before it (see conversion)? $3 million in climate finance and
 * $200,000 to support the hosting of the Leaders Meeting: the Meeting is the second's, not
 * the first's; $4 billion in grants, including $3 billion from the Agency: the Agency gave
 * the part, not the whole; $60 million to support recovery ($20 million) and to build
 * markets under the X Programme ($15 million): the Programme is the last part's. */
static int later_sum_claims(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a,
                            const dg_mention *m) {
  const dg_doc *d = c->d;
  const dg_mention *am = &d->ments[a];
  for (size_t k = first_amount_from(d, ix, am->end); k < ix->n; k++) {
    uint32_t x = ix->by_start[k];
    const dg_mention *xm = &d->ments[x];
    if (xm->start >= m->start) break;
    if (c->ment_clause[x] != c->ment_clause[a] || xm->end > m->start) continue;
    if (!sums_joined(d->text, am->end, xm->start) && !conversion(c, ix, x) &&
        (own_purpose(c, s, xm) || dg_lit(d->text, d->sents[s].end, xm->end, " from ") ||
         paren_share(c, ix, s, x)))
      return 1;
  }
  return 0;
}

/* Does another amount of amount a's clause claim name m, which stands between them: in
 * English the amount before m and nearer to it than a, whose purpose m follows (USD 1
 * million to the Fund and another USD 5 million to help set up the Centre: the Fund is not
 * the second's, which names a purpose of its own, see own_purpose; not an amount right
 * before m, which is its size: the $1 billion Fund), in
 * Japanese the amount after it, which m modifies (Aのための5億円と、B支援のための2億円:
 * B is not the first's; not across a topic that opens a new statement between a and m:
 * a headline's sum, then 日本政府は…Bに関する供与限度額35億円), or the amount right before
 * it with の, whose form of aid it names (5億円の融資契約と、2億円の無償資金協力: the grant
 * is the second's)? */
static int claimed_by_other(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a,
                            const dg_mention *m) {
  const dg_mention *am = &c->d->ments[a];
  const dg_rel_clause *cl = &c->clauses.v[c->ment_clause[a]];
  if (dg_rel_latin(c, s)) {
    if (m->start >= am->end) return later_sum_claims(c, ix, s, a, m);
    if (m->end > am->start || m->start < cl->start + 2 || !own_purpose(c, s, am)) return 0;
    uint32_t g = gap_to_amount(c->d, ix, cl->start, m->start - 2);
    return g != UINT32_MAX && g + 2 < am->start - m->end;
  }
  return m->start >= am->end &&
         (sized_by_other(c, s, a, m) || (!ja_topic_inside(c, s, am->end, m->start) &&
                                         gap_to_amount(c->d, ix, m->end, cl->end) != UINT32_MAX));
}

/* Does another amount of amount a's clause claim a program of that clause (see
 * claimed_by_other)? Then the clause lists sums, each with its own purpose, and a sum
 * whose purpose no name gives owns nothing named outside the clause either. */
static int clause_lists_sums(const dg_rel_ctx *c, const amount_index *ix, uint32_t s,
                             uint32_t a) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (dg_rel_in_clause(c, i, c->ment_clause[a]) && c->d->ments[i].type == DG_TYPE_PROGRAM &&
        claimed_by_other(c, ix, s, a, &c->d->ments[i]))
      return 1;
  return 0;
}

/* English: is meeting m where a party was only represented (The United States, represented
 * at the first X Ministerial by its Deputy Secretary, announced $150 million): who took part,
 * not what the money is for or announced at as the clause's scene. */
static int represented_at(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (dg_lit_before(t, q, "the ")) q -= 4;
  return dg_lit_before(t, q, "represented at ");
}

/* English: is m a party of an agreement, named after "between" (maybe past another party
 * and "and": an agreement between A and B, with a value of $50 million): a side of the
 * agreement, not its provider. */
static int agreement_party(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  if (!dg_rel_latin(c, s)) return 0;
  if (dg_lit_before(t, m->start, "between ")) return 1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->end + 5 != m->start || !dg_lit(t, m->start, x->end, " and ")) continue;
    if (dg_lit_before(t, x->start, "between ")) return 1;
  }
  return 0;
}

/* English: is organization m a giver, named after "from" (a $25 million loan from the Bank
 * and a grant of $12 million from the Agency; financing from the Fund's manager): where
 * money comes from, so it owns none of its clause's sums; the sums are what it gives, and a
 * tie is only for what they go to. A program so named is still an owner ($5 million from
 * the X Fund: the fund the money is drawn on). */
static int giver(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (!dg_rel_latin(c, s) || m->type != DG_TYPE_ORGANIZATION) return 0;
  if (dg_lit_before(t, q, "the ")) q -= 4;
  return dg_lit_before(t, q, " from ");
}

/* The owner of amount a in its clause, nearest (an organization that channels it first),
 * never a name another amount claims (see claimed_by_other): with `types` DG_TYPESET(PROGRAM), a
 * program of `want` strength (see program_owner); else a meeting it is spent on or
 * announced at (首脳会議の開催経費; At the G20 Summit, we announced that ... provide), or
 * an organization (JICA announced USD
 * 1.2 billion; JICAを通じて; see provider_part), not the news agency of a dateline
 * (dg_rel_wire_source) nor the source of a closing "..., according to X" (dg_rel_reporter).
 * Returns the mention or -1. */
static long clause_owner(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a,
                         uint32_t types, int want) {
  const dg_mention *am = &c->d->ments[a];
  long best = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, c->ment_clause[a]) || !dg_rel_is_type(m, types) ||
        claimed_by_other(c, ix, s, a, m) || dg_rel_wire_source(c, s, i) ||
        dg_rel_reporter(c, s, i))
      continue; /* SUVA, Aug. 19 (Xinhua) -- ...; ..., according to X: it reports, owns nothing */
    uint8_t part = dg_rel_part(c, m);
    if (m->type == DG_TYPE_PROGRAM ? program_owner(c, s, m) != want
        : m->type == DG_TYPE_MEETING ? part == DG_PART_AFTER || represented_at(c, m)
                                     : !provider_part(part) || agreement_party(c, s, m) ||
                                           giver(c, s, m))
      continue;
    int ch = channel(c, ix, m, am), best_ch = best >= 0 && channel(c, ix, &c->d->ments[best], am);
    if (best < 0 || ch > best_ch ||
        (ch == best_ch && dg_rel_dist(m, am->start) < dg_rel_dist(&c->d->ments[best], am->start)))
      best = (long)i;
  }
  return best;
}

/* A name of `types` in amount a's clause that the money goes to (a commitment to RAMSI;
 * JICAへの拠出; assistance to Indonesia), not the source of a closing "..., according to
 * X" (dg_rel_reporter): the nearest, or -1. */
static long recipient(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t types) {
  const dg_mention *am = &c->d->ments[a];
  long best = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, c->ment_clause[a]) || !dg_rel_is_type(m, types) ||
        dg_rel_part(c, m) != DG_PART_OWNER || dg_rel_reporter(c, s, i))
      continue;
    if (best < 0 || dg_rel_dist(m, am->start) < dg_rel_dist(&c->d->ments[best], am->start))
      best = (long)i;
  }
  return best;
}

/* English: is t[a, z) " in " and words in lower case only, at most 40 bytes (3 billion yen
 * in grants | for the Project: the form the money takes, between it and its role word)? */
static int form_between(const char *t, uint32_t a, uint32_t z) {
  if (z < a + 4 || z - a > 40 || memcmp(t + a, " in ", 4)) return 0;
  for (uint32_t q = a + 4; q < z; q++)
    if (t[q] != ' ' && !dg_is_lower(t[q])) return 0;
  return 1;
}

/* English: the program that may own money named right after mention i with a possessive
 * between (UNICEF's Water Initiative: the money goes to the program, not to UNICEF), or
 * i itself. */
static long possessed_program(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t q = c->d->ments[i].end, e = c->d->sents[s].end;
  if (dg_lit(t, e, q, "'s ")) q += 3;
  else if (dg_lit(t, e, q, "\xE2\x80\x99s ")) q += 5; /* ’s */
  else return (long)i;
  for (uint32_t k = i + 1; k < c->sent_end[s]; k++)
    if (!c->nested[k] && c->d->ments[k].start == q && program_owner(c, s, &c->d->ments[k]))
      return (long)k;
  return (long)i;
}

/* The name amount a is given to right beside it, with only its role word between: in
 * English after it, marked to or for (USD 10 million to the Network and USD 5 million to
 * the Centre; 3 billion yen in grants for the Project), in Japanese before it, marked に or as an owner (ネットワークに10億円、
 * センターに5億円; 基金に対し30億円); a name of `types`, a program only one that may own
 * money, and in English the program an organization owns (to UNICEF's Fund: the Fund, see
 * possessed_program). Each of two amounts of one clause goes so to its own. Returns it or
 * -1. */
static long beside(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t types) {
  const dg_mention *am = &c->d->ments[a];
  const char *t = c->d->text;
  int en = dg_rel_latin(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, c->ment_clause[a]) || !dg_rel_is_type(m, types) ||
        (m->type == DG_TYPE_PROGRAM && !program_owner(c, s, m)))
      continue;
    uint8_t part = dg_rel_part(c, m);
    if (en ? part == DG_PART_OWNER && m->start >= am->end &&
                 (m->start - am->end <= 9 || form_between(t, am->end, m->start))
           : m->end <= am->start && ((am->start - m->end == 3 && !memcmp(t + m->end, "に", 3)) ||
                                     (part == DG_PART_OWNER && am->start - m->end <= 15)))
      return en ? possessed_program(c, s, i) : (long)i;
  }
  return -1;
}

/* The first sentence of block b (or of a later block when b has none): sentences come in
 * text order, block by block, so by bisection. */
static size_t first_sentence(const dg_doc *d, uint32_t b) {
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->sents[mid].block < b) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The last program (that may own money) of block b named in one of the two sentences
 * before sentence `before` (a program named long before in a speech owns nothing later),
 * or (before UINT32_MAX) anywhere in it; -1 when none. */
static long last_program(const dg_rel_ctx *c, uint32_t b, uint32_t before) {
  const dg_doc *d = c->d;
  long best = -1;
  size_t lo = first_sentence(d, b);
  if (before != UINT32_MAX && before > lo + 2) lo = before - 2;
  for (size_t s = lo; s < d->nsents && d->sents[s].block == b && s < before; s++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (!c->nested[i] && program_owner(c, (uint32_t)s, &d->ments[i])) best = (long)i;
  return best;
}

/* The last meeting named in block b, or -1. Only the runs of the block's sentences are
 * looked at (every mention of a sentence lies in its run), so the cost is the block's. */
static long last_meeting(const dg_rel_ctx *c, uint32_t b) {
  const dg_doc *d = c->d;
  long best = -1;
  for (size_t s = first_sentence(d, b); s < d->nsents && d->sents[s].block == b; s++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &d->ments[i];
      if (!c->nested[i] && m->type == DG_TYPE_MEETING && m->sentence < d->nsents &&
          d->sents[m->sentence].block == b && (long)i > best)
        best = (long)i;
    }
  return best;
}

/* The program of the section block b lies in: the last program of the nearest heading or
 * title paragraph before it (a plain-text section title: The Quad Vaccine Partnership),
 * looking back over at most twelve blocks; -1 when that title names none. A list item
 * without a full stop is no section title. */
static long section_program(const dg_rel_ctx *c, uint32_t b) {
  for (uint32_t k = b; k-- > 0 && b - k <= 12;)
    if (c->d->blocks[k].kind != DG_BLOCK_LIST_ITEM && c->d->blocks[k].kind != DG_BLOCK_TABLE_ROW &&
        dg_rel_title_block(c->d, k))
      return last_program(c, k, UINT32_MAX);
  return -1;
}

/* An amount in parentheses that closes its sentence prices what the sentence is about:
 * under a heading or lead line, that line's program, not one named on the way
 *   ➤ 日メコン若手交流計画 / 留学生の受入れ等を通じた交流事業（120億円）
 * gives the amount to 日メコン若手交流計画. Returns that program, or -1. */
static long closing_price_owner(const dg_rel_ctx *c, uint32_t s, const dg_mention *a) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t q = a->end, end = d->sents[s].end;
  if (!(q < d->len && t[q] == ')' && a->start > 0 && t[a->start - 1] == '(')) return -1;
  q++;
  /* only a few closing marks (。, spaces) may follow */
  while (q < end && (t[q] == ' ' || (unsigned char)t[q] >= 0x80) &&
         !dg_is_ascii_alnum((unsigned char)t[q]) && q - a->end < 8)
    q += (uint32_t)dg_utf8_len(t + q, t + d->len);
  int32_t pb = d->blocks[d->sents[s].block].parent;
  if (q < end || pb < 0) return -1;
  return last_program(c, (uint32_t)pb, UINT32_MAX);
}

/* The end of the last word of `list` (a Latin one whole) that stands before amount a in
 * its clause, after the clause's previous amount, starting no more than `reach` bytes
 * before a; -1 when none. */
static long word_before(const dg_rel_ctx *c, const amount_index *ix, const dg_wordlist *list,
                        uint32_t a, uint32_t reach) {
  const dg_doc *d = c->d;
  uint32_t k = c->ment_clause[a], at = d->ments[a].start;
  size_t from = c->clauses.v[k].start;
  for (uint32_t i = ix->clause0[k]; i < ix->clause0[k + 1] && ix->by_clause[i] < a; i++) {
    const dg_mention *m = &d->ments[ix->by_clause[i]];
    if (m->end > from && m->end <= at) from = m->end;
  }
  if (at > reach && at - reach > from) from = at - reach;
  long end = -1;
  for (size_t i = from; (i = dg_wordlist_next(list, d->text, at, i)) < at; i++) {
    size_t n = dg_rel_whole_word(list, d->text, at, i);
    if (n) end = (long)(i + n);
  }
  return end;
}

/* Mark amount a a running total when a word of cumulative.tsv stands before it in its
 * clause, after the clause's previous amount: "Cumulative contributions now reach $860
 * million", 累計拠出額：860百万米ドル; not "$70 million at first; $860 million in total"
 * for the first. */
static void mark_cumulative(dg_rel_ctx *c, const amount_index *ix, uint32_t a) {
  if (word_before(c, ix, &c->r->cumulative, a, UINT32_MAX) >= 0) c->d->ments[a].cumulative = 1;
}

/* Is amount a the measure of an economy, not money given: a word of statistics.tsv (GDP,
 * trade, 貿易額) at most 48 bytes before it in its clause, with no comma, program,
 * organization or meeting between them (ASEAN's GDP exceeds USD 3 trillion; 域内貿易額が7,000億ドルに
 * 達した)? Such an amount has no owner, whatever the sentence names. */
static int statistic(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  long w = word_before(c, ix, &c->r->statistics, a, 48);
  if (w < 0) return 0;
  for (uint32_t q = (uint32_t)w; q < c->d->ments[a].start; q++)
    if (c->d->text[q] == ',' || !memcmp(c->d->text + q, "、", 3))
      return 0; /* to expand trade, Japan will provide: the word ends another phrase */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (m->end > (uint32_t)w && m->end <= c->d->ments[a].start &&
        dg_rel_is_type(m, DG_TYPESET(PROGRAM) | DG_TYPESET(ORGANIZATION) | DG_TYPESET(MEETING)))
      return 0;
    if (m->start < (uint32_t)w && m->end >= (uint32_t)w && m->type != DG_TYPE_AMOUNT)
      return 0; /* the word is part of a name: the ASEAN Trade Facilitation Fund */
  }
  return 1;
}

/* Does a word of receiving.tsv stand at t[q] (and end by z)? */
static int receiving_at(const dg_rel_ctx *c, uint32_t q, uint32_t z) {
  return dg_rel_whole_word(&c->r->receiving, c->d->text, z, q) > 0;
}

/* Does a country of amount a's clause receive it as the subject of a receiving verb
 * (receiving.tsv): in English right before the verb, before the amount (The Philippines
 * received JPY 50 billion), in Japanese the clause's topic or subject before the amount,
 * the verb after it (ベトナムは100億円を受け取った)? */
static int received_by_country(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const dg_mention *am = &c->d->ments[a];
  const dg_rel_clause *cl = &c->clauses.v[c->ment_clause[a]];
  int en = dg_rel_latin(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, c->ment_clause[a]) || m->type != DG_TYPE_COUNTRY ||
        m->end > am->start)
      continue;
    if (en && c->d->text[m->end] == ' ' && receiving_at(c, m->end + 1, am->start)) return 1;
    uint8_t part = en ? 0 : dg_rel_part(c, m);
    for (uint32_t q = am->end; (part == DG_PART_TOPIC || part == DG_PART_SUBJECT) && q < cl->end; q++)
      if (receiving_at(c, q, cl->end)) return 1;
  }
  return 0;
}

/* Is mention m a program named by a form of aid only (aid_forms.tsv: an ODA loan, grant
 * aid, 円借款)? */
static int aid_form(const dg_rel_ctx *c, const dg_mention *m) {
  return m->type == DG_TYPE_PROGRAM &&
         (label_has(&c->r->aid_forms, m->label) || label_has(&c->r->aid_forms, m->label_en));
}

/* When owner p is only the form of aid amount a takes, the project of its clause that the
 * aid funds owns it instead (an ODA loan of 12 billion yen for the Harbour Bridge Project:
 * the Project's money): the nearest program of the clause named otherwise that no other
 * amount claims (see claimed_by_other), else p. */
static long funded_project(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a,
                           long p) {
  if (p < 0 || !aid_form(c, &c->d->ments[p])) return p;
  long best = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_in_clause(c, i, c->ment_clause[a]) ||
        m->type != DG_TYPE_PROGRAM || aid_form(c, m) || program_owner(c, s, m) != 2 ||
        claimed_by_other(c, ix, s, a, m))
      continue;
    if (best < 0 || dg_rel_dist(m, c->d->ments[a].start) <
                        dg_rel_dist(&c->d->ments[best], c->d->ments[a].start))
      best = (long)i;
  }
  return best >= 0 ? best : p;
}

/* Is program p only the form of aid amount a takes (aid_forms.tsv: a loan, grant aid,
 * 円借款), given to a country of its clause (a yen loan of 30 billion yen to the
 * Philippines; ミャンマーに200万ドルの無償資金協力を実施; the Philippines received it)? That is the country's aid, no
 * program's money; a fund or programme named so (through the $1.1 billion Cooperation
 * Programme) keeps it. */
static int aid_to_country(const dg_rel_ctx *c, uint32_t s, uint32_t a, long p) {
  if (p < 0) return 0;
  if (!aid_form(c, &c->d->ments[p])) return 0;
  return beside(c, s, a, DG_TYPESET(COUNTRY)) >= 0 || recipient(c, s, a, DG_TYPESET(COUNTRY)) >= 0 ||
         received_by_country(c, s, a);
}

/* English: a fund's head of fund_heads.tsv written in lower case in amount a's clause, "a",
 * "an", "the" or "this" at most three words before it (a contribution to a cooperation fund): the
 * head word's offsets [*h, *hz), or 0 when the clause has none. */
static int generic_head(const dg_rel_ctx *c, uint32_t a, uint32_t *h, uint32_t *hz) {
  const char *t = c->d->text;
  const dg_rel_clause *cl = &c->clauses.v[c->ment_clause[a]];
  for (uint32_t p = cl->start; p < cl->end; p++) {
    if (!dg_is_lower(t[p]) || (p > cl->start && dg_is_ascii_alnum((unsigned char)t[p - 1])))
      continue;
    uint32_t z = p;
    while (z < cl->end && dg_is_lower(t[z])) z++;
    if (dg_wordlist_find(&c->r->fund_heads, t + p, z - p) < 0) continue;
    int words = 0;
    for (uint32_t q = p; q > cl->start && words < 4; q--) {
      if (t[q - 1] != ' ') continue;
      words++;
      uint32_t b = q - 1;
      while (b > cl->start && dg_is_lower(t[b - 1])) b--;
      if (b > cl->start && dg_is_upper(t[b - 1])) b--; /* This new agreement */
      if ((q - 1 - b == 1 && (t[b] | 0x20) == 'a') || (q - 1 - b == 2 && !strncasecmp(t + b, "an", 2)) ||
          (q - 1 - b == 3 && !strncasecmp(t + b, "the", 3)) ||
          (q - 1 - b == 4 && !strncasecmp(t + b, "this", 4))) {
        *h = p, *hz = z;
        return 1;
      }
    }
  }
  return 0;
}

/* The program named in the four sentences before sentence s or the one after it, nearest
 * first, whose English label ends with the head word [h, hz) in any case (a cooperation
 * fund ... the ASEAN-Korea Cooperation Fund), or -1. */
static long named_by_head(const dg_rel_ctx *c, uint32_t s, uint32_t h, uint32_t hz) {
  const dg_doc *d = c->d;
  const uint32_t order[5] = {s + 1, s - 1, s - 2, s - 3, s - 4};
  for (int k = 0; k < 5; k++) {
    uint32_t x = order[k];
    if (x >= d->nsents || (k && s < (uint32_t)k)) continue;
    for (uint32_t i = c->sent_first[x]; i < c->sent_end[x]; i++) {
      const dg_mention *m = &d->ments[i];
      const char *l = m->label_en && *m->label_en ? m->label_en : m->label;
      size_t n = l ? strlen(l) : 0;
      if (c->nested[i] || !program_owner(c, x, m) || n < hz - h ||
          strncasecmp(l + n - (hz - h), d->text + h, hz - h) || (n > hz - h && l[n - (hz - h) - 1] != ' '))
        continue;
      return (long)i;
    }
  }
  return -1;
}

/* The owner of amount a of sentence s: none for a total over several things, only a program
 * of its clause for a total or a level (see total_of_several), the program of its own part
 * for a share in parentheses (see share_owner); else the price of a closing parenthesis;
 * else a program its clause gives the money to or through (the project its aid funds
 * rather than the form of aid: funded_project), or a meeting of its clause; else an
 * organization its clause gives the money to; else, when its clause lists sums each with
 * its own purpose (see clause_lists_sums), only a program its clause names with の; else,
 * when its English clause gives it to a fund named in lower case (to a cooperation fund:
 * fund_heads.tsv), the program of that head named in the sentence after it or the four
 * before (the ASEAN-Korea Cooperation Fund), or none; else, for a total its sentence splits
 * into shares in parentheses (see split_total), none; else the last program of the
 * sentences before it in its block; else the program (or meeting) of
 * the line it hangs under; else an organization of its clause (the body that provides or
 * channels it); else the program of its section's title; else a program its clause names
 * with の. Returns the mention or -1. */
/* English: is amount a the total that a sum before it is "part of" (…, as part of
 * Australia's commitment of an additional $500 million over three years to …): "as part
 * of" stands before it, within UMBRELLA_REACH bytes and no other amount between? Such a
 * total funds what its own words say (owner_after), not the names before it. */
#define UMBRELLA_REACH 80
static int umbrella_sum(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t z = c->d->ments[a].start, from = c->d->sents[s].start;
  if (!dg_rel_latin(c, s)) return 0;
  for (uint32_t p = z; p > from && z - p < UMBRELLA_REACH; p--)
    if (dg_lit(t, z, p, "as part of ")) return gap_to_amount(c->d, ix, p, z) == UINT32_MAX;
  return 0;
}

/* The owner of amount a that its clause names after it (as part of a $50 million
 * commitment to the Fund: the Fund), a program first, else an organization; or -1. */
static long owner_after(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  long p = clause_owner(c, ix, s, a, DG_TYPESET(PROGRAM), 2);
  if (p < 0 || c->d->ments[p].start < c->d->ments[a].end)
    p = clause_owner(c, ix, s, a, DG_TYPESET(ORGANIZATION), 2);
  return p >= 0 && c->d->ments[p].start >= c->d->ments[a].end ? p : -1;
}

/* English: does amount a of sentence s name a purpose of its own in lower-case words after
 * it, and no name but a date, a place or a region after it in its clause (- $5 million for
 * health programs; $40 million towards the region's security needs; $3 million for
 * the first year; $2 million in 2010 on water projects)? Such a sum is a sector's or a
 * period's share of a total, spent on what its own words say, not money of the framework or
 * meeting its lead line or the sentences before name, so it inherits no owner from them (a
 * section title's program still owns it). */
static int own_unnamed_purpose(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  const dg_mention *am = &d->ments[a];
  const dg_rel_clause *cl = &c->clauses.v[c->ment_clause[a]];
  if (!dg_rel_latin(c, s)) return 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (i != a && d->ments[i].start >= am->end && dg_rel_in_clause(c, i, c->ment_clause[a]) &&
        !dg_rel_is_type(&d->ments[i], DG_TYPESET(DATE) | DG_TYPESET(AMOUNT) | DG_TYPESET(PLACE) |
                                           DG_TYPESET(REGION)))
      return 0;
  static const char *const w[] = {" for ", " on ", " to ", " towards "};
  for (uint32_t q = am->end; q < cl->end && q < am->end + 24; q++)
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
      size_t n = strlen(w[k]);
      if (dg_lit(t, cl->end, q, w[k]) && q + n < cl->end && dg_is_lower(t[q + n])) return 1;
    }
  return 0;
}

/* The role (totals.tsv: DG_TOTAL_*) of the longest word of totals.tsv that ends at t[z],
 * starts at or after `from` and is whole if Latin; its start in *w; DG_TOTAL_NONE when
 * none. */
static int totals_word_before(const dg_rel_ctx *c, uint32_t from, uint32_t z, uint32_t *w) {
  const dg_wordlist *l = &c->r->totals;
  const char *t = c->d->text;
  long k = dg_wordlist_before(l, t, from, z);
  if (k < 0) return DG_TOTAL_NONE;
  *w = z - l->w[k].len;
  if (*w > from && dg_is_ascii_alnum((unsigned char)t[*w]) &&
      dg_is_ascii_alnum((unsigned char)t[*w - 1]))
    return DG_TOTAL_NONE;
  return l->w[k].as.total.role;
}

/* Does a number of two or more end at t[z] (7案件: 7; a number word or digits as a word in
 * English)? */
static int several_at(const dg_rel_ctx *c, uint32_t from, uint32_t z) {
  const char *t = c->d->text;
  uint32_t q = z;
  while (q > from && (dg_is_digit(t[q - 1]) || t[q - 1] == ',')) q--;
  if (q < z) /* digits as a word of their own, not 1 nor 0 */
    return !(z - q == 1 && t[q] <= '1') &&
           !(q > from && dg_is_ascii_alnum((unsigned char)t[q - 1]));
  if (z >= from + 3 && (unsigned char)t[z - 3] == 0xEF && (unsigned char)t[z - 2] == 0xBC &&
      (unsigned char)t[z - 1] >= 0x92 && (unsigned char)t[z - 1] <= 0x99)
    return 1; /* a full-width digit 2..9 */
  long k = dg_wordlist_before(&c->r->kanji_digits, t, from, z);
  if (k >= 0) { /* 三案件, 十件: not 一 */
    const dg_word *n = &c->r->kanji_digits.w[k];
    return n->as.numeral.digit >= 2 || n->as.numeral.power;
  }
  while (q > from && (dg_is_lower(t[q - 1]) || dg_is_upper(t[q - 1]))) q--;
  k = q < z ? dg_wordlist_find(&c->r->number_words, t + q, z - q) : -1;
  return k >= 0 && c->r->number_words.w[k].as.number_word.value >= 2;
}

/* Does a count of two or more stand before the count head at t[h], in Japanese right before
 * it (5案件), in English at most five lower-case words before it (five new programmes; 222
 * investment and technical assistance projects)? */
static int counted(const dg_rel_ctx *c, uint32_t s, uint32_t h) {
  const char *t = c->d->text;
  uint32_t from = c->d->sents[s].start;
  if (!dg_rel_latin(c, s)) return several_at(c, from, h);
  for (int words = 0; words <= 5 && h > from + 1 && t[h - 1] == ' '; words++) {
    if (several_at(c, from, h - 1)) return 1;
    uint32_t q = h - 1;
    while (q > from && dg_is_lower(t[q - 1])) q--;
    if (q == h - 1) return 0;
    h = q;
  }
  return 0;
}

/* What amount a of sentence s is of a total (totals.tsv): 2 when a count of several comes
 * right before it, maybe joined by links (5案件(649億円), 9事業、総額…; five new programmes
 * worth …), 1 when a total word does (総額は6億ドル, 合計100億円) or a level word (an
 * increase to $13 billion: a sum reached, not given), else 0. */
static int total_of_several(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t from = c->d->sents[s].start, z = c->d->ments[a].start, w;
  int total = 0;
  for (int steps = 0; steps < 6; steps++) {
    while (z > from && t[z - 1] == ' ') z--;
    int role = totals_word_before(c, from, z, &w);
    if (role == DG_TOTAL_COUNT) return counted(c, s, w) ? 2 : total;
    if (role == DG_TOTAL_NONE) return total;
    total |= role != DG_TOTAL_LINK;
    z = w;
  }
  return total;
}

/* The program that is the topic of sentence s before amount a, in any of its clauses
 * (同プロジェクトは、…実施され、総額約24億円の規模となる), or -1. */
static long sentence_topic(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->end <= c->d->ments[a].start && program_owner(c, s, m) &&
        dg_rel_part(c, m) == DG_PART_TOPIC && !aid_form(c, m))
      return (long)i;
  }
  return -1;
}

/* The owner of amount a that a total or level word marks (see total_of_several): a program
 * of its clause it goes to (総額100億円をX事業に), not one named only as a form of aid
 * (円借款: optional at best); else the program its sentence is about (see sentence_topic);
 * else the program of the line its block hangs under (JAIFへの追加拠出 / - 総額2千万ドル);
 * none from the sentences before; or -1. */
static long total_owner(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  long p = beside(c, s, a, DG_TYPESET(PROGRAM));
  if (p < 0) p = clause_owner(c, ix, s, a, DG_TYPESET(PROGRAM), 2);
  p = funded_project(c, ix, s, a, p);
  if (p >= 0 && aid_form(c, &c->d->ments[p])) p = -1;
  if (p < 0) p = sentence_topic(c, s, a);
  int32_t pb = c->d->blocks[c->d->sents[s].block].parent;
  return p < 0 && pb >= 0 ? last_program(c, (uint32_t)pb, UINT32_MAX) : p;
}

/* The owner of a share in parentheses (see paren_share): a program named in its own part of
 * the list, after the sum before it (to develop markets under the X Initiative ($33 million):
 * the Initiative), the last one; else -1: the purpose its words name is no program. */
static long share_owner(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  const dg_doc *d = c->d;
  uint32_t from = d->sents[s].start, z = d->ments[a].start - 1;
  size_t k = first_amount_from(d, ix, d->ments[a].start);
  if (k > 0 && d->ments[ix->by_start[k - 1]].end > from) from = d->ments[ix->by_start[k - 1]].end;
  long best = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && d->ments[i].start >= from && d->ments[i].end <= z &&
        program_owner(c, s, &d->ments[i]))
      best = (long)i;
  return best;
}

/* English: is amount a a total that shares in parentheses after it in its sentence split by
 * purpose ($150 million to support recovery ($52 million), to counter crime ($55
 * million))? It goes to what its own clause names, not to a program named before. */
static int split_total(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  const dg_doc *d = c->d;
  if (!dg_rel_latin(c, s) || d->ments[a].start == 0 || d->text[d->ments[a].start - 1] == '(')
    return 0;
  for (size_t k = first_amount_from(d, ix, d->ments[a].end); k < ix->n; k++) {
    uint32_t x = ix->by_start[k];
    if (d->ments[x].start >= d->sents[s].end) break;
    if (paren_share(c, ix, s, x)) return 1;
  }
  return 0;
}

static long amount_owner(const dg_rel_ctx *c, const amount_index *ix, uint32_t s, uint32_t a) {
  const dg_doc *d = c->d;
  uint32_t b = d->sents[s].block;
  int32_t pb = d->blocks[b].parent;
  if (statistic(c, ix, s, a) || conversion(c, ix, a)) return -1;
  if (umbrella_sum(c, ix, s, a)) return owner_after(c, ix, s, a);
  int total = total_of_several(c, s, a);
  if (total) return total == 2 ? -1 : total_owner(c, ix, s, a);
  if (paren_share(c, ix, s, a)) return share_owner(c, ix, s, a);
  long p = closing_price_owner(c, s, &d->ments[a]);
  if (p < 0) p = beside(c, s, a, DG_TYPESET(PROGRAM) | DG_TYPESET(ORGANIZATION));
  if (p < 0) p = clause_owner(c, ix, s, a, DG_TYPESET(PROGRAM), 2);
  p = funded_project(c, ix, s, a, p);
  if (aid_to_country(c, s, a, p)) return -1;
  if (p < 0) p = clause_owner(c, ix, s, a, DG_TYPESET(MEETING), 2);
  if (p < 0) p = recipient(c, s, a, DG_TYPESET(ORGANIZATION));
  if (p < 0 && split_total(c, ix, s, a)) return -1; /* split by purpose: no earlier owner */
  if (p < 0 && clause_lists_sums(c, ix, s, a))
    return clause_owner(c, ix, s, a, DG_TYPESET(PROGRAM), 1); /* only what its clause names */
  uint32_t h, hz; /* money its clause gives to "a cooperation fund": a Fund named near, or none */
  if (p < 0 && dg_rel_latin(c, s) && generic_head(c, a, &h, &hz)) return named_by_head(c, s, h, hz);
  /* money its clause gives to a country or a group of them (assistance to Indonesia, owed
   * to Australia, 太平洋島嶼国に対し…支援) is no program's named before */
  int share = p < 0 && own_unnamed_purpose(c, s, a); /* a sector's share: no lead's owner */
  if (p < 0 && !share &&
      recipient(c, s, a, DG_TYPESET(COUNTRY) | DG_TYPESET(GROUP) | DG_TYPESET(REGION)) < 0)
    p = last_program(c, b, s);
  if (p < 0 && pb >= 0 && !share) p = last_program(c, (uint32_t)pb, UINT32_MAX);
  if (p < 0 && pb >= 0 && !share) p = last_meeting(c, (uint32_t)pb);
  if (p < 0) p = clause_owner(c, ix, s, a, DG_TYPESET(ORGANIZATION), 2);
  if (p < 0) p = section_program(c, b);
  if (p < 0) p = clause_owner(c, ix, s, a, DG_TYPESET(PROGRAM), 1);
  return p;
}

static int by_start_cmp(const void *x, const void *y, void *arg) {
  const dg_mention *ms = arg;
  uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
  if (ms[i].start != ms[j].start) return ms[i].start < ms[j].start ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Index the amounts of the document (clauses of c); -1 when memory runs out. */
static int index_amounts(const dg_rel_ctx *c, amount_index *ix) {
  const dg_doc *d = c->d;
  size_t nk = c->clauses.n + 1;
  ix->n = 0;
  for (size_t i = 0; i < d->nments; i++) ix->n += d->ments[i].type == DG_TYPE_AMOUNT;
  ix->by_start = malloc((ix->n + 1) * sizeof *ix->by_start);
  ix->by_clause = malloc((ix->n + 1) * sizeof *ix->by_clause);
  ix->clause0 = calloc(nk + 1, sizeof *ix->clause0);
  if (!ix->by_start || !ix->by_clause || !ix->clause0) return -1;
  size_t n = 0;
  for (uint32_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_AMOUNT) {
      ix->by_start[n++] = i;
      ix->clause0[c->ment_clause[i] + 1]++;
    }
  for (size_t k = 0; k < nk; k++) ix->clause0[k + 1] += ix->clause0[k];
  for (size_t j = 0; j < n; j++) { /* counting sort: index order within a clause */
    uint32_t i = ix->by_start[j];
    ix->by_clause[ix->clause0[c->ment_clause[i]]++] = i;
  }
  for (size_t k = nk; k-- > 0;) ix->clause0[k + 1] = ix->clause0[k];
  ix->clause0[0] = 0;
  qsort_r(ix->by_start, n, sizeof *ix->by_start, by_start_cmp, d->ments);
  return 0;
}

void dg_rel_amounts(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  amount_index ix = {0};
  if (index_amounts(c, &ix)) c->oom = 1;
  else
    for (size_t s = 0; s < d->nsents; s++)
      for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
        if (d->ments[i].type != DG_TYPE_AMOUNT) continue;
        mark_cumulative(c, &ix, i);
        long p = amount_owner(c, &ix, (uint32_t)s, i);
        if (p >= 0) dg_rel_add(c, DG_REL_AMOUNT, (uint32_t)p, i, (uint32_t)s);
      }
  free(ix.by_start);
  free(ix.by_clause);
  free(ix.clause0);
}
