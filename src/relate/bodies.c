/* Bodies named for what they are not: a body or meeting series followed by a word that
 * names its members (member_words.tsv: EAS加盟国, the G20 member states) names a
 * membership, not the meeting attended; an organization beside a title of
 * body_titles.tsv (文化庁長官 A, the Foreign Ministry spokesman, the spokesman of the
 * Foreign Ministry) is part of a person's title, not a party of its own.
 *   参加するEAS加盟国には、A、Bが含まれる -> A, B take part in the document's meeting,
 *     not in EAS
 *   会合には文化庁長官Aが出席した -> A takes part; 文化庁 does not
 * Invariant: only the word right after the name (past spaces, a possessive 's and one
 * parenthesis: 東アジアサミット(EAS)加盟国) or, for a title before the body, right before
 * it (past "the") counts; an English word must end at a word boundary. */
#include <stdint.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Past one parenthesis on one line (or the one a short form closes), a possessive ('s,
 * ’s) and spaces after offset p. */
static uint32_t past_tail(const char *t, uint32_t p, uint32_t e) {
  if (p < e && t[p] == ')') p++; /* a short form's own parenthesis: (EAS)加盟国 */
  else p = dg_rel_past_paren(t, p, e);
  p += (uint32_t)dg_possessive_at(t, e, p);
  while (p < e && t[p] == ' ') p++;
  return p;
}

/* The end of the word of `l` at offset p of sentence s (a Latin one at a word boundary,
 * its side `side` when side is not 0), or 0. */
static uint32_t word_at(const dg_rel_ctx *c, const dg_wordlist *l, uint32_t s, uint32_t p,
                        uint8_t side) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  long w = dg_wordlist_at(l, t, e, p);
  if (w < 0 || (side && l->w[w].as.title.side != side)) return 0;
  uint32_t z = p + (uint32_t)l->w[w].len;
  if ((unsigned char)t[p] < 0x80 && z < e && dg_is_ascii_alnum((unsigned char)t[z])) return 0;
  return z;
}

int dg_rel_membership(const dg_rel_ctx *c, const dg_mention *m) {
  if (m->sentence >= c->d->nsents) return 0;
  uint32_t e = c->d->sents[m->sentence].end;
  return word_at(c, &c->r->member_words, m->sentence, past_tail(c->d->text, m->end, e), 0) != 0;
}

/* Does a title of body_titles.tsv written before its body end right before mention m
 * (the spokesman of the Ministry)? */
static int title_before(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[m->sentence].start, q = m->start;
  while (q > a && t[q - 1] == ' ') q--;
  if (q >= a + 4 && dg_lit(t, q, q - 4, " the")) q -= 4;
  else if (q >= a + 4 && dg_lit(t, q, q - 4, " The")) q -= 4;
  while (q > a && t[q - 1] == ' ') q--;
  long w = dg_wordlist_before(&c->r->body_titles, t, a, q);
  if (w < 0 || c->r->body_titles.w[w].as.title.side != DG_SIDE_BEFORE) return 0;
  uint32_t ws = q - (uint32_t)c->r->body_titles.w[w].len;
  return ws == a || !dg_is_ascii_alnum((unsigned char)t[ws - 1]);
}

/* Mention i's end, or the end of the run of organizations right after it with no gap
 * (中国共産党中央政治局委員: 中央政治局 follows the party), not nested. */
static uint32_t body_run_end(const dg_rel_ctx *c, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  uint32_t z = m->end;
  for (uint32_t k = i + 1; k < c->sent_end[m->sentence]; k++) {
    const dg_mention *x = &c->d->ments[k];
    if (!c->nested[k] && x->start == z && x->type == DG_TYPE_ORGANIZATION) z = x->end;
  }
  return z;
}

int dg_rel_body_in_title(const dg_rel_ctx *c, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  if (m->type != DG_TYPE_ORGANIZATION || m->sentence >= c->d->nsents) return 0;
  uint32_t e = c->d->sents[m->sentence].end;
  uint32_t p = past_tail(c->d->text, body_run_end(c, i), e);
  if (word_at(c, &c->r->body_titles, m->sentence, p, DG_SIDE_AFTER)) return 1;
  return title_before(c, m);
}
