/* Programs adopted or announced as a list: a sentence whose adopting or announcing verb acts
 * on a word of list_pointers.tsv (以下の事項が承認された; adopted the following:) adopts
 * or announces the programs of the list after it, at the meeting the verb's clause speaks
 * of (its own, else the document's). The list is the run of blocks after the sentence's
 * block that are list items (deeper than the sentence's own when it is an item) or title
 * blocks (short, ending no sentence: [2] X戦略の実施), up to the first heading, block of
 * prose, or item beside the sentence's own.
 *   第3回日メコン防災閣僚会合の結果 / 以下の事項が承認されました。 / [1] メコン防災行動計画の策定
 *     -> adopted_at(メコン防災行動計画, 会合)
 * In English a colon that ends the verb's line (no pointer word needed) points at the
 * lines after it, each ending with a semicolon but the last, sentences of their own or not:
 *   The leaders also signed: / the A Agreement; / the B Plan. -> adopted_at(A, B: meeting)
 * The evidence is the sentence that adopts them.
 * Invariant: the pointer stands within POINTER_REACH bytes of its verb, on the verb's side
 * its language puts what it acts on (Japanese before: 以下の文書を採択; English after:
 * adopted the following), in the verb's clause. */
#include <stdint.h>
#include <string.h>

#include "lex/rules_lists.h"
#include "relate/ties.h"

#define POINTER_REACH 40 /* bytes between a pointer word and its verb */
#define LIST_BLOCKS 24   /* most blocks a list runs over */
#define LINE_REACH 300   /* the longest line a list of lines holds */

/* The adopting or announcing trigger a pointer word at [a, z) of sentence s is what it acts
 * on, or NULL. */
static const dg_rel_trigger *pointer_verb(const dg_rel_ctx *c, uint32_t s, uint32_t a,
                                          uint32_t z) {
  int ja = !dg_rel_latin(c, s);
  uint32_t k = dg_rel_clause_at(c, s, a);
  const dg_rel_trigger *best = NULL;
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if ((g->kind != DG_REL_ADOPTED_AT && g->kind != DG_REL_ANNOUNCED_AT) || g->clause != k)
      continue;
    if (ja && g->start >= z && g->start - z <= POINTER_REACH && !best) best = g;
    if (!ja && g->end <= a && a - g->end <= POINTER_REACH) best = g;
  }
  return best;
}

/* The first pointer word of sentence s that an adopting or announcing verb acts on: that
 * verb, or NULL. */
static const dg_rel_trigger *pointing_verb(const dg_rel_ctx *c, uint32_t s) {
  const dg_sentence *se = &c->d->sents[s];
  const dg_wordlist *l = &c->r->list_pointers;
  const char *t = c->d->text;
  for (uint32_t i = se->start; (i = (uint32_t)dg_wordlist_next(l, t, se->end, i)) < se->end; i++) {
    size_t n = dg_rel_whole_word(l, t, se->end, i);
    const dg_rel_trigger *g = n ? pointer_verb(c, s, i, i + (uint32_t)n) : NULL;
    if (g) return g;
  }
  return NULL;
}

/* Does block b go on the list after lead block `lead`: a list item deeper than the lead
 * when the lead is an item itself (the lead's next sibling ends its list), or a title
 * block that is no heading? */
static int list_block(const dg_doc *d, uint32_t b, uint32_t lead) {
  const dg_block *bl = &d->blocks[b], *ld = &d->blocks[lead];
  if (bl->kind == DG_BLOCK_LIST_ITEM)
    return ld->kind != DG_BLOCK_LIST_ITEM || bl->depth > ld->depth;
  return bl->kind != DG_BLOCK_HEADING && dg_rel_title_block(d, b);
}

/* The one meeting sentence s names before byte `at`, in any clause (all its mentions one
 * entity), or -1: an opening phrase's meeting is the verb's when the verb's clause names
 * none.
 *   Following the summit, the leaders adopted the following: -> the summit
 *   After the 4th Summit and before the 5th Summit, they adopted the following: -> -1 */
static long sentence_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t at) {
  long one = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING || x->start >= at) continue;
    if (one >= 0 && strcmp(c->d->ments[one].id, x->id)) return -1;
    one = (long)i;
  }
  return one;
}

/* English: where the lines listed after verb g end, when a colon ends g's line within
 * POINTER_REACH bytes after it and the lines after it end with a semicolon but the last (The
 * leaders also signed: / A Memorandum on X; / Regulations on Y.), each at most LINE_REACH
 * bytes; else g's end (no such list). The lines may be one sentence or several. */
static uint32_t semicolon_lines(const dg_rel_ctx *c, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t n = (uint32_t)c->d->len, p = g->end;
  while (p < n && p - g->end <= POINTER_REACH && t[p] != ':' && t[p] != '\n') p++;
  if (p >= n || t[p] != ':' || p + 1 >= n || t[p + 1] != '\n') return g->end;
  uint32_t end = g->end;
  for (p += 2; p < n && t[p] != '\n';) { /* a line [p, z) */
    const char *nl = memchr(t + p, '\n', n - p);
    uint32_t z = nl ? (uint32_t)(nl - t) : n, e = z;
    while (e > p && t[e - 1] == ' ') e--;
    if (e == p || z - p > LINE_REACH) break;
    end = e;
    if (t[e - 1] != ';') break; /* the last item */
    p = z + 1;
  }
  return end;
}

/* The programs named between verb g of sentence s and `end` (the lines it lists: see
 * semicolon_lines), tied by g to meeting m. */
static void tie_lines(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, long m, uint32_t end) {
  for (uint32_t i = c->sent_first[s]; i < c->d->nments && c->d->ments[i].start < end; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_PROGRAM && c->d->ments[i].start > g->end)
      dg_rel_add(c, (dg_rel_kind)g->kind, i, (uint32_t)m, s);
}

/* English: the first adopting or announcing trigger of sentence s that lists lines after
 * a colon (see semicolon_lines), or NULL. */
static const dg_rel_trigger *colon_verb(const dg_rel_ctx *c, uint32_t s) {
  if (!dg_rel_latin(c, s)) return NULL;
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if ((g->kind == DG_REL_ADOPTED_AT || g->kind == DG_REL_ANNOUNCED_AT) &&
        semicolon_lines(c, g) > g->end)
      return g;
  }
  return NULL;
}

void dg_rel_listed_programs(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind; /* the verb's own kind: adopted_at or announced_at */
  const dg_doc *d = c->d;
  const dg_rel_trigger *g = pointing_verb(c, s), *lines = g ? NULL : colon_verb(c, s);
  if (lines) g = lines;
  long m = g ? dg_rel_clause_meeting(c, s, g->clause, g->start) : -1;
  if (g && m < 0) m = sentence_meeting(c, s, g->start);
  if (m < 0) return;
  if (dg_rel_latin(c, s)) tie_lines(c, s, g, m, semicolon_lines(c, g));
  if (lines) return; /* its lines only */
  uint32_t first = d->sents[s].block + 1;
  for (uint32_t k = s + 1; k < d->nsents; k++) {
    uint32_t b = d->sents[k].block;
    if (b < first) continue; /* the rest of the sentence's own block */
    if (b - first >= LIST_BLOCKS || !list_block(d, b, first - 1)) break;
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++)
      if (!c->nested[i] && d->ments[i].type == DG_TYPE_PROGRAM)
        dg_rel_add(c, (dg_rel_kind)g->kind, i, (uint32_t)m, s);
  }
}
