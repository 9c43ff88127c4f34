/* Footnotes that list a group's members. A group marked with a note mark, maybe after the
 * count of its members, the mark in parentheses or not (ASEAN10か国(※), ASEAN(※1)), and a
 * later line that opens with the same mark and holds only names (※ ブルネイ、カンボジア、
 * ラオス): the line's names stand for the group, so each takes part in every meeting the
 * group takes part in by the ties read from the sentence that marks it.
 *   ASEAN10か国(※)に日本を加えた関係国間で開催 / ※ タイ、ラオス
 *     -> participates_in(タイ, M) and (ラオス, M) wherever participates_in(ASEAN, M)
 * The mark is looked for at most NOTE_REACH bytes before the note (a long text's notes
 * cost no pass over all of it).
 * Invariant: the mark is the same text both times (※1 is not ※ nor ※10), the note line
 * holds only names and fillers after its mark (dg_rel_filler_gap, 、 too), and nothing is
 * tied unless the group already takes part somewhere by its own sentence. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

#define MARK_MAX 12      /* bytes of a mark: ※ (3) or ＊ and up to a few digits */
#define NOTE_REACH 16384 /* bytes back from a note to the mark it explains */

/* Is cp a note mark (※, *, ＊)? */
static int note_cp(uint32_t cp) { return cp == 0x203B || cp == '*' || cp == 0xFF0A; }

/* The length of the mark at t[a, z): a note mark and the ASCII digits after it, or 0. */
static uint32_t mark_len(const char *t, uint32_t a, uint32_t z) {
  if (a >= z || !note_cp(dg_cp_at(t, z, a))) return 0;
  uint32_t q = a + (uint32_t)dg_utf8_len(t + a, t + z);
  while (q < z && dg_is_digit(t[q])) q++;
  return q - a <= MARK_MAX ? q - a : 0;
}

/* Is t[a, z) only a count of countries (10か国, 十カ国: digits, then a word of counters.tsv
 * whose unit is countries), or empty? */
static int count_gap(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  if (a == z) return 1;
  uint32_t q = a;
  while (q < z && (dg_is_digit(t[q]) || dg_wordlist_at(&c->r->kanji_digits, t, z, q) >= 0))
    q += dg_is_digit(t[q]) ? 1 : 3;
  long w = q > a ? dg_wordlist_at(&c->r->counters, t, z, q) : -1;
  return w >= 0 && q + c->r->counters.w[w].len == z;
}

/* The group mention of sentence r marked with the mark t[ma, ma + n) at p: the mark at p in
 * parentheses or not, a count of countries between the group and it; or -1. */
static long marked_group(const dg_rel_ctx *c, uint32_t r, uint32_t p) {
  const char *t = c->d->text;
  uint32_t b = p > 0 && t[p - 1] == '(' ? p - 1 : p;
  for (uint32_t i = c->sent_first[r]; i < c->sent_end[r]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (m->end > b) break;
    if (m->type == DG_TYPE_GROUP && !c->nested[i] && count_gap(c, m->end, b)) return (long)i;
  }
  return -1;
}

/* The nearest group before sentence s, at most NOTE_REACH bytes back, marked with
 * t[ma, ma + n) (not followed by another digit); its sentence in *rs; or -1. */
static long group_of_mark(const dg_rel_ctx *c, uint32_t s, uint32_t ma, uint32_t n,
                          uint32_t *rs) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  for (uint32_t r = s; r-- > 0 && ma - d->sents[r].end < NOTE_REACH;) {
    uint32_t e = d->sents[r].end;
    for (uint32_t p = e; p-- > d->sents[r].start;) {
      if (p + n > e || memcmp(t + p, t + ma, n) != 0 || (p + n < e && dg_is_digit(t[p + n])))
        continue;
      long g = marked_group(c, r, p);
      if (g >= 0) return *rs = r, g;
    }
  }
  return -1;
}

/* Does t[a, z) hold only names of sentence s after the mark (two at least, not nested),
 * with fillers, joiners and 、 between them? */
static int names_line(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  uint32_t at = a, n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < a) continue;
    if (m->start >= z) break;
    if (m->end > z || !dg_rel_is_actor(m) || !dg_rel_filler_gap(c, at, m->start)) return 0;
    at = m->end, n++;
  }
  return n >= 2 && dg_rel_filler_gap(c, at, z);
}

void dg_rel_footnote_members(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t a = d->sents[s].start, z = a;
  if ((a > 0 && t[a - 1] != '\n') || c->sent_first[s] == c->sent_end[s]) return;
  while (z < d->sents[s].end && t[z] != '\n') z++; /* the note's line only */
  uint32_t n = mark_len(t, a, z), rs = 0;
  if (!n || !names_line(c, s, a + n, z)) return;
  long g = group_of_mark(c, s, a, n, &rs);
  if (g < 0) return;
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings_of(c, (uint32_t)g, rs, ms);
  for (size_t k = 0; k < nm; k++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && d->ments[i].start < z; i++)
      if (!c->nested[i] && dg_rel_is_actor(&d->ments[i])) dg_rel_add(c, kind, i, ms[k], s);
}
