/* Clauses: the parts of a sentence its ties are read in. A rule ties the names of one
 * clause (it may still look at the whole sentence for the meeting a clause speaks of), so
 * the amount after ", while JICA announced" is not the program's named before it, and
 * whoever 表明した in one clause is not a participant of 参加した in the next.
 * Japanese: a clause ends at a comma (、 , ，) after a predicate: a verb, an auxiliary or an
 * adjective, followed by at most two particles, adverbs or dependent nouns (務め、
 * 述べた上で、 開催されたところ、), but not at a comma right after a role word of
 * roles.tsv that is a verb of its own (を通じ、 is "through", に続き、 "after"), nor after a
 * te-form (参加を得て、), which shares the subject and time of the clause it leads into,
 * nor after a verb of list_joiners.tsv (A首相などを含む、各国首脳: the list goes on).
 * English: a clause starts at a word of clause_breaks.tsv (", which", "while", ";"), where
 * it does not follow a letter or digit: so a ";" cuts after a bracket or a quote, never
 * glued to a word ("A; B": the sets' lists of names run so, and cutting there loses their
 * ties), nor at a ";" of a list of names after an attending word and a colon (in
 * attendance were: the A (AA); the B, the C; and the D: one clause, whoever attends is
 * listed in it), or after a body's name and a colon with the attending word at its end
 * (The Council (CRB): the A (AA); the B; and the C were represented by their Heads).
 * Both: a date line inside a sentence (a title, and its date on the next line) is a clause
 * of its own, so the date of a notice is not the date of the meeting in its title.
 * Invariant: the clauses of a sentence cover it, in order, without overlap. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/context.h"
#include "relate/ties.h"

typedef DG_VEC(uint32_t) cut_vec;

enum {
  ATTEND_GAP = 8,    /* bytes from an attending word to its list's colon: " were" */
  ATTEND_REACH = 80  /* bytes before the colon an attending word is looked for in */
};

static int is_comma(uint32_t cp) { return cp == 0x3001 || cp == ',' || cp == 0xFF0C; }

/* Is token j the て or で of a verb's te-form (参加を得て、)? Such a clause shares the
 * subject, the time and the meeting of the clause it leads into: no cut there. */
static int te_form(const dg_rel_ctx *c, const dg_sentence *se, uint32_t j) {
  const char *t = c->d->text;
  if (j <= dg_sent_tok0(c->d, se) || dg_tok(c->d, j)->pos != DG_POS_PARTICLE ||
      dg_tok(c->d, j)->end - dg_tok(c->d, j)->start != 3) return 0;
  uint32_t cp = dg_cp_at(t, c->d->len, dg_tok(c->d, j)->start);
  uint8_t before = dg_tok(c->d, j - 1)->pos;
  return (cp == 0x3066 || cp == 0x3067) && (before == DG_POS_VERB || before == DG_POS_AUX);
}

/* Does the comma token k of sentence se close a predicate? */
static int ja_predicate_before(const dg_rel_ctx *c, const dg_sentence *se, uint32_t k) {
  if (k > dg_sent_tok0(c->d, se) && dg_rel_joins_list(c, se, dg_tok(c->d, k - 1)))
    return 0; /* などを含む、A首脳 */
  long w = dg_wordlist_before(&c->r->roles, c->d->text, se->start, dg_tok(c->d, k)->start);
  uint8_t part = w >= 0 ? c->r->roles.w[w].as.role.part : 0;
  if (part == DG_PART_OWNER || part == DG_PART_FRAME || part == DG_PART_AFTER ||
      part == DG_PART_WITH)
    return 0;
  if (k > dg_sent_tok0(c->d, se) && te_form(c, se, k - 1)) return 0;
  for (uint32_t j = k, skipped = 0; j-- > dg_sent_tok0(c->d, se) && skipped <= 2; skipped++) {
    uint8_t p = dg_tok(c->d, j)->pos;
    if (p == DG_POS_VERB || p == DG_POS_AUX || p == DG_POS_ADJ) return 1;
    if (p != DG_POS_PARTICLE && p != DG_POS_NOUN_NONIND && p != DG_POS_NOUN_ADV &&
        p != DG_POS_ADVERB)
      return 0;
  }
  return 0;
}

/* Japanese clause ends: after every comma that closes a predicate. */
static int ja_cuts(const dg_rel_ctx *c, const dg_sentence *se, cut_vec *cuts) {
  const char *t = c->d->text;
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    uint32_t cp = dg_cp_at(t, c->d->len, dg_tok(c->d, k)->start);
    if (is_comma(cp) && ja_predicate_before(c, se, k) && DG_PUSH(*cuts, dg_tok(c->d, k)->end))
      return -1;
  }
  return 0;
}

/* English: does a participle in -ing follow offset e, one space between (while
 * attending the Summit: the clause goes on with the subject before "while")? */
static int participle_after(const char *t, uint32_t e, uint32_t end) {
  uint32_t z = e + 1;
  if (z >= end || t[e] != ' ') return 0;
  while (z < end && dg_is_lower(t[z])) z++;
  return z - e > 4 && dg_lit(t, z, z - 3, "ing") && (z == end || !dg_is_ascii_alnum((unsigned char)t[z]));
}

/* Is t[a, z) of sentence s names only, not nested, with list gaps between them (commas,
 * "and", "the": dg_rel_en_list_gap), each maybe glossed by its parenthesis (the Pacific
 * Community (SPC)), a full stop at the end? */
static int names_only(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '.')) z--;
  uint32_t p = a, n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < p) continue;
    if (m->start >= z) break;
    if (m->end > z || !dg_rel_en_list_gap(t, p, m->start)) return 0;
    p = m->end;
    if (p + 1 < z && t[p] == ' ') p = dg_rel_past_paren(t, p + 1, z);
    n++;
  }
  return n > 0 && p == z;
}

/* English: does an attending word of triggers.tsv (participates_in) end at most ATTEND_GAP
 * bytes before the colon at `colon` of sentence s (in attendance were:, attending were:)? */
static int attending_colon(const dg_rel_ctx *c, uint32_t s, uint32_t colon) {
  const char *t = c->d->text;
  const dg_wordlist *l = &c->r->triggers;
  uint32_t from = colon > c->d->sents[s].start + ATTEND_REACH ? colon - ATTEND_REACH
                                                             : c->d->sents[s].start;
  for (uint32_t i = from; (i = (uint32_t)dg_wordlist_next(l, t, colon, i)) < colon; i++) {
    long w = dg_wordlist_at(l, t, colon, i);
    if (w < 0 || (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1]))) continue;
    const dg_word *wd = &l->w[w];
    uint32_t e = i + (uint32_t)wd->len;
    int attends = wd->as.trigger.kind == DG_REL_PARTICIPATES_IN ||
                  ((wd->as.trigger.also >> DG_REL_PARTICIPATES_IN) & 1);
    if (attends && e + ATTEND_GAP >= colon && (e == colon || t[e] == ' ')) return 1;
  }
  return 0;
}

/* English: is [a, z) of sentence s names only (names_only) and then an attending word of
 * triggers.tsv, maybe after "were" or "was" (and the D (DD) were represented by ...)? */
static int names_then_attending(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  static const char *const BE[] = {" were ", " was "};
  const char *t = c->d->text;
  const dg_wordlist *l = &c->r->triggers;
  for (uint32_t i = a; (i = (uint32_t)dg_wordlist_next(l, t, z, i)) < z; i++) {
    long w = dg_wordlist_at(l, t, z, i);
    if (w < 0 || i == a || dg_is_ascii_alnum((unsigned char)t[i - 1])) continue;
    const dg_word *wd = &l->w[w];
    if (!(wd->as.trigger.kind == DG_REL_PARTICIPATES_IN ||
          ((wd->as.trigger.also >> DG_REL_PARTICIPATES_IN) & 1)))
      continue;
    for (size_t k = 0; k < sizeof BE / sizeof *BE; k++) {
      uint32_t n = (uint32_t)strlen(BE[k]);
      if (i >= a + n && !memcmp(t + i - n, BE[k], n)) return names_only(c, s, a, i - n);
    }
    return names_only(c, s, a, i);
  }
  return 0;
}

/* English: is [start, colon) of sentence s a body's name alone, maybe after "The" (The
 * Council of Regional Bodies (CRB): ...), which heads the list its colon opens? */
static int name_heading(const dg_rel_ctx *c, uint32_t s, uint32_t colon) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start;
  if (dg_lit(t, colon, a, "The ")) a += 4;
  return names_only(c, s, a, colon);
}

/* English: is the ";" at p a separator of a list after a colon (in attendance were: the A
 * (AA); the B (BB), the C; and the D): an attending word before the colon (see
 * attending_colon), and names only in every part the ";"s cut from the colon up to the
 * next ";" after p or the sentence's end? Such a list is one clause. So is a list after a
 * body's name and a colon (name_heading) whose last part goes on from its names to an
 * attending word (the A (AA); the B; and the C were represented by ...). */
static int list_semicolon(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t a = p, e = c->d->sents[s].end;
  if (t[p] != ';') return 0;
  while (a > c->d->sents[s].start && t[a - 1] != ':') a--;
  if (a == c->d->sents[s].start) return 0;
  int headed = !attending_colon(c, s, a - 1);
  if (headed && !name_heading(c, s, a - 1)) return 0;
  for (uint32_t z = a; a <= p + 1; a = ++z) {
    while (z < e && t[z] != ';') z++;
    if (!names_only(c, s, a, z) && !(headed && z == e && names_then_attending(c, s, a, z)))
      return 0;
  }
  return 1;
}

/* English clause starts: a word of clause_breaks.tsv standing as a whole word, after a
 * comma when its row says so; not one a participle follows (see participle_after), nor a
 * ";" between the names of a list (see list_semicolon). */
static int en_cuts(const dg_rel_ctx *c, const dg_sentence *se, cut_vec *cuts) {
  const char *t = c->d->text;
  for (uint32_t i = se->start + 1; i < se->end; i++) {
    if ((unsigned char)t[i] >= 0x80 || dg_is_ascii_alnum((unsigned char)t[i - 1])) continue;
    long w = dg_wordlist_at(&c->r->clause_breaks, t, se->end, i);
    if (w < 0) continue;
    const dg_word *wd = &c->r->clause_breaks.w[w];
    uint32_t e = i + wd->len;
    if (dg_is_ascii_alnum((unsigned char)wd->s[0]) && e < se->end &&
        dg_is_ascii_alnum((unsigned char)t[e]))
      continue;
    uint32_t p = i;
    while (p > se->start && t[p - 1] == ' ') p--;
    if (wd->as.clause_break.comma && !(p > se->start && t[p - 1] == ',')) continue;
    if (!wd->as.clause_break.comma && participle_after(t, e, se->end)) continue;
    if (list_semicolon(c, (uint32_t)(se - c->d->sents), i)) continue;
    if (DG_PUSH(*cuts, i)) return -1;
  }
  return 0;
}

/* Is [a, z) of sentence s a date line: dates (and places) and separators only, at least
 * one date? */
static int date_line(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  int dates = 0;
  for (uint32_t q = a; q < z;) {
    long at = -1;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && at < 0; i++) {
      const dg_mention *m = &c->d->ments[i];
      if (m->start == q && m->end <= z &&
          (m->type == DG_TYPE_DATE || m->type == DG_TYPE_PLACE || m->type == DG_TYPE_COUNTRY))
        at = (long)i;
    }
    if (at >= 0) {
      dates |= c->d->ments[at].type == DG_TYPE_DATE;
      q = c->d->ments[at].end;
      continue;
    }
    uint32_t cp = dg_cp_at(t, c->d->len, q);
    if (dg_is_ascii_alnum((int)cp) || (cp >= 0x80 && dg_is_japanese(cp) && cp != 0x3001))
      return 0;
    q += (uint32_t)dg_utf8_len(t + q, t + c->d->len);
  }
  return dates;
}

/* Line breaks inside a sentence next to a date line; and in a sentence of heading lines
 * joined, before a line that heads a list of participants (3 署名者, 出席者:
 * participant_headings.tsv) and before the next numbered line after it (4 内容): the list
 * is a clause of its own, so the venue and date above it and the account below take no part. */
static int line_cuts(const dg_rel_ctx *c, uint32_t s, cut_vec *cuts) {
  const dg_sentence *se = &c->d->sents[s];
  const char *t = c->d->text;
  uint32_t line = se->start;
  int listing = 0;
  for (uint32_t i = se->start; i < se->end; i++) {
    if (t[i] != '\n') continue;
    uint32_t next = i + 1;
    while (next < se->end && t[next] != '\n') next++;
    int heads = dg_rel_heading_text_is(c, i + 1, next, &c->r->participant_headings);
    int ends = !heads && listing && dg_rel_past_list_number(t, i + 1, next) > i + 1;
    listing = heads || (listing && !ends);
    if ((date_line(c, s, line, i) || date_line(c, s, i + 1, next) || heads || ends) &&
        DG_PUSH(*cuts, i + 1))
      return -1;
    line = i + 1;
  }
  return 0;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* The clauses of sentence s from its cut points. */
static int add_clauses(dg_rel_ctx *c, uint32_t s, cut_vec *cuts) {
  const dg_sentence *se = &c->d->sents[s];
  if (cuts->n) qsort(cuts->v, cuts->n, sizeof *cuts->v, cmp_u32);
  uint32_t a = se->start;
  for (size_t k = 0; k <= cuts->n; k++) {
    uint32_t z = k < cuts->n ? cuts->v[k] : se->end;
    if (z <= a || z > se->end) continue;
    dg_rel_clause cl = {a, z, s};
    if (DG_PUSH(c->clauses, cl)) return -1;
    a = z;
  }
  return 0;
}

int dg_rel_clauses(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  cut_vec cuts = {0};
  int bad = 0;
  for (uint32_t s = 0; s < d->nsents && !bad; s++) {
    const dg_sentence *se = &d->sents[s];
    cuts.n = 0;
    c->sent_clause[s] = (uint32_t)c->clauses.n;
    bad = ja_cuts(c, se, &cuts) || en_cuts(c, se, &cuts) || line_cuts(c, s, &cuts) ||
          add_clauses(c, s, &cuts);
  }
  c->sent_clause[d->nsents] = (uint32_t)c->clauses.n;
  free(cuts.v);
  for (size_t i = 0; i < d->nments && !bad; i++) {
    const dg_mention *m = &d->ments[i];
    c->ment_clause[i] = m->sentence < d->nsents ? dg_rel_clause_at(c, m->sentence, m->start) : 0;
  }
  return bad ? -1 : 0;
}

uint32_t dg_rel_clause_at(const dg_rel_ctx *c, uint32_t s, uint32_t off) {
  uint32_t k = c->sent_clause[s], end = c->sent_clause[s + 1];
  while (k + 1 < end && off >= c->clauses.v[k].end) k++;
  return k;
}
