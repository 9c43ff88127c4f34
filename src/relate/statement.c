/* A meeting's text named with the meeting and no verb: a program that is a text (its label
 * holds a word of documents.tsv: Statement, Declaration, 声明, 宣言) is adopted at the
 * meeting it is "of".
 *   the Joint Vision Statement of the Mekong-Japan Summit -> adopted_at(Statement, Summit)
 *   第9回日メコン首脳会議の共同声明 -> adopted_at(共同声明, 首脳会議)
 * A statement named after its meeting (statement_titles.tsv) is adopted at the meeting
 * nested in its name, whatever the sentence says of it.
 *   日越首脳会談共同声明に基づき -> adopted_at(日越首脳会談共同声明, 日越首脳会談)
 * Invariant: the two names touch but for the joining word (English "of" or "of the" after
 * the text, Japanese の after the meeting), or the meeting opens the statement's name and
 * a statement title ends it; a fund or plan of a meeting is no text of it. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is t[a, z) exactly one of the joining words: " of ", " of the " (English), の? */
static int joins(const char *t, uint32_t a, uint32_t z, int latin) {
  static const char *const en[] = {" of ", " of the "};
  if (!latin) return z - a == 3 && dg_lit(t, z, a, "\xE3\x81\xAE"); /* の */
  for (size_t k = 0; k < sizeof en / sizeof *en; k++)
    if (z - a == strlen(en[k]) && dg_lit(t, z, a, en[k])) return 1;
  return 0;
}

/* The meeting nested at the start of statement i whose name is the meeting's and a word of
 * statement_titles.tsv (日越首脳会談|共同声明, 第5回外相会議|共同議長声明), or -1. */
static long named_after(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *ms = c->d->ments;
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
    if (k == i || ms[k].type != DG_TYPE_MEETING || ms[k].start != ms[i].start ||
        ms[k].end >= ms[i].end)
      continue;
    long w = dg_wordlist_at(&c->r->statement_titles, c->d->text, ms[i].end, ms[k].end);
    if (w >= 0 && ms[k].end + c->r->statement_titles.w[w].len == ms[i].end) return (long)k;
  }
  return -1;
}

void dg_rel_statement_of(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const dg_mention *ms = c->d->ments;
  int latin = dg_rel_latin(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    if (c->nested[i] || ms[i].type != DG_TYPE_PROGRAM || !dg_rel_is_document(c, &ms[i])) continue;
    long own = named_after(c, s, i);
    if (own >= 0) dg_rel_add(c, kind, i, (uint32_t)own, s);
    for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
      if (c->nested[k] || ms[k].type != DG_TYPE_MEETING) continue;
      const dg_mention *first = latin ? &ms[i] : &ms[k], *second = latin ? &ms[k] : &ms[i];
      if (first->end <= second->start && joins(c->d->text, first->end, second->start, latin))
        dg_rel_add(c, kind, i, k, s);
    }
  }
}
