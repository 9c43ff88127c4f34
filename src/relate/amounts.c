/* Amounts: every amount is tied (DG_REL_AMOUNT) to the program or meeting it funds or
 * prices, looked for from the amount outwards: its sentence, the sentences before it in
 * its block, then the heading or lead line its block hangs under.
 *   日本は日メコン連結性基金に5千万ドルを拠出する -> amount(基金, 50,000,000 USD)
 * Invariant: nested mentions are never owners; each amount gets at most one owner. */
#include <stdint.h>

#include "base/utf8.h"
#include "relate/ties.h"

/* The last mention of a type in `types` in block b before offset `before`, or -1. */
static long last_in_block(const dg_rel_ctx *c, uint32_t b, uint32_t types, uint32_t before) {
  const dg_doc *d = c->d;
  long best = -1;
  /* sentences come in text order, block by block: the first of block b by bisection */
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->sents[mid].block < b) lo = mid + 1;
    else hi = mid;
  }
  for (size_t s = lo; s < d->nsents && d->sents[s].block == b; s++) {
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (!c->nested[i] && dg_rel_is_type(&d->ments[i], types) && d->ments[i].start < before)
        best = (long)i;
  }
  return best;
}

/* The block that block b hangs under, or -1. */
static long parent_of(const dg_doc *d, uint32_t b) {
  return b < d->nblocks && d->blocks[b].parent >= 0 ? d->blocks[b].parent : -1;
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
  long pb = parent_of(d, d->sents[s].block);
  if (q < end || pb < 0) return -1;
  return last_in_block(c, (uint32_t)pb, DG_TYPESET(PROGRAM), UINT32_MAX);
}

/* The owner of amount a of sentence s: the price of a closing parenthesis (above), else
 * the nearest program of the sentence, else its nearest meeting, else the last program
 * before it in its block, else the last program, or meeting, of the line it hangs under.
 * Returns the mention or -1. */
static long amount_owner(const dg_rel_ctx *c, uint32_t s, const dg_mention *a) {
  const dg_doc *d = c->d;
  uint32_t b = d->sents[s].block;
  long p = closing_price_owner(c, s, a);
  if (p < 0) p = dg_rel_nearest(c, s, DG_TYPESET(PROGRAM), a->start, -1);
  if (p < 0) p = dg_rel_nearest(c, s, DG_TYPESET(MEETING), a->start, -1);
  if (p < 0) p = last_in_block(c, b, DG_TYPESET(PROGRAM), a->start);
  long pb = parent_of(d, b);
  if (p < 0 && pb >= 0) {
    p = last_in_block(c, (uint32_t)pb, DG_TYPESET(PROGRAM), UINT32_MAX);
    if (p < 0) p = last_in_block(c, (uint32_t)pb, DG_TYPESET(MEETING), UINT32_MAX);
  }
  return p;
}

void dg_rel_amounts(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      if (d->ments[i].type != DG_TYPE_AMOUNT) continue;
      long p = amount_owner(c, (uint32_t)s, &d->ments[i]);
      if (p >= 0) dg_rel_add(c, DG_REL_AMOUNT, (uint32_t)p, i, (uint32_t)s);
    }
}
