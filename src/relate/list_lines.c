/* A list of who takes part that runs on over lines. A line that holds only names, maybe
 * after a label that names a party (party_labels.tsv: ASEAN諸国:, プラス3国:, 国際機関:) or is
 * itself one name (日本:), goes on with the list that ends the line right before it, when
 * that list's names take part in meetings: its names take part in the same meetings.
 *   (参考)出席国等 ASEAN諸国:ブルネイ、カンボジア、 / ミャンマー、タイ / プラス3国:日本、中国
 *     -> ミャンマー, タイ, 日本 and 中国 take part where ブルネイ and カンボジア do.
 * A line with no label goes on only with a list that ends with a comma (、 ,): one that
 * ends with a name is done, and the line after it may start another.
 * participates_in: every actor of the line (not nested in a longer name, not an
 * ambassador's post) to every meeting the last name of the line before takes part in by
 * the ties read from that line.
 * Lines are read whether the segmenter made each its own sentence or joined them into one.
 * Invariant: the line before must end with a list (two names or more, only joiners and
 * fillers between them and after the last), the line itself holds only names and fillers
 * after its label, and nothing is tied unless the line before already took part somewhere
 * by a tie read from the sentence it ends. */
#include <stdint.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

#define LABEL_REACH 60 /* bytes from a line's start to its label's colon */

/* A line of sentence s, or the part of one the sentence holds: [a, z), its mentions
 * [first, end). */
typedef struct {
  uint32_t s, a, z, first, end;
} line_part;

/* The part of sentence s on the line that ends at z (exclusive: its newline or the
 * sentence's end), its mentions found. */
static line_part part_of(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  line_part l = {s, z, z, c->sent_first[s], c->sent_end[s]};
  while (l.a > c->d->sents[s].start && t[l.a - 1] != '\n') l.a--;
  while (l.first < l.end && c->d->ments[l.first].start < l.a) l.first++;
  uint32_t k = l.first;
  while (k < l.end && c->d->ments[k].start < z) k++;
  l.end = k;
  return l;
}

/* Does a separator of a line of names start at t[p] (space, comma, 、, bracket, 。)?
 * Its length, else 0. */
static int separator(const char *t, uint32_t p, uint32_t z) {
  if (t[p] == ' ' || t[p] == ',' || t[p] == '(' || t[p] == ')' || t[p] == ';') return 1;
  return dg_lit(t, z, p, "\xE3\x80\x81") || dg_lit(t, z, p, "\xE3\x80\x82") ? 3 : 0; /* 、。 */
}

/* Is t[a, z) a role that ends with a title of titles.tsv, maybe followed by fillers
 * (大臣官房審議官他: the spaces between Japanese words are gone)? */
static int titled_run(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  long w;
  while ((w = dg_wordlist_before(&c->r->list_fillers, t, a, z)) >= 0 && z > a)
    z -= (uint32_t)c->r->list_fillers.w[w].len;
  return z > a && dg_wordlist_before(&c->r->titles, t, a, z) >= 0;
}

/* Is t[a, z), between names of a line or around them, only separators and runs that are
 * joiners and fillers (dg_rel_filler_gap: 及び, 等, 他) or a role that ends with a title of
 * titles.tsv (国土交通審議官, 各国交通大臣: who the name is, or who else comes)? */
static int names_gap(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  while (a < z) {
    int n = separator(t, a, z);
    if (n) {
      a += (uint32_t)n;
      continue;
    }
    uint32_t q = a;
    while (q < z && !separator(t, q, z)) q++;
    if (!dg_rel_filler_gap(c, a, q) && !titled_run(c, a, q)) return 0;
    a = q;
  }
  return 1;
}

/* The last actor of line part l (not nested) when the part ends with a list of names: two
 * at least, only names_gap between them and after the last; else -1. */
static long list_end(const dg_rel_ctx *c, const line_part *l) {
  const dg_doc *d = c->d;
  long last = -1, before = -1;
  for (uint32_t i = l->first; i < l->end; i++)
    if (!c->nested[i]) before = last, last = (long)i;
  if (before < 0 || !dg_rel_is_actor(&d->ments[last]) ||
      !names_gap(c, d->ments[before].end, d->ments[last].start) ||
      !names_gap(c, d->ments[last].end, l->z))
    return -1;
  return last;
}

/* The end of the label that opens line part l, past its colon, when it names a party (a
 * word of party_labels.tsv before the colon) or is one actor; 0 when the line has no label
 * (no colon near its start), UINT32_MAX when its label is another (場所:, 議題:). */
static uint32_t party_label(const dg_rel_ctx *c, const line_part *l) {
  const char *t = c->d->text;
  uint32_t colon = 0, n = 0;
  for (uint32_t p = l->a; p < l->z && p - l->a < LABEL_REACH && !colon; p++)
    if (t[p] == ':') colon = p, n = 1;
    else if (dg_lit(t, l->z, p, "\xEF\xBC\x9A")) colon = p, n = 3; /* ： */
  if (!colon) return 0;
  if (dg_wordlist_before(&c->r->party_labels, t, l->a, colon) >= 0) return colon + n;
  for (uint32_t i = l->first; i < l->end; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->start == l->a && m->end == colon && dg_rel_is_actor(m))
      return colon + n;
  }
  return UINT32_MAX;
}

/* Does line part l hold only names after `from`, at least one, with names_gap between? */
static int names_after(const dg_rel_ctx *c, const line_part *l, uint32_t from) {
  uint32_t at = from, n = 0;
  for (uint32_t i = l->first; i < l->end; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < from) continue;
    if (!names_gap(c, at, m->start)) return 0;
    at = m->end, n++;
  }
  return n > 0 && names_gap(c, at, l->z);
}

/* Does line part l end with a comma (、 or ,), spaces aside? */
static int ends_with_comma(const char *t, const line_part *l) {
  uint32_t e = l->z;
  while (e > l->a && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
  return e > l->a && (t[e - 1] == ',' || dg_lit_before(t, e, "\xE3\x80\x81")); /* 、 */
}

size_t dg_rel_meetings_of(const dg_rel_ctx *c, uint32_t j, uint32_t s, uint32_t *ms) {
  size_t n = 0;
  for (size_t r = c->rels.n; r-- > 0 && c->rels.v[r].sentence >= s;) {
    const dg_relation *x = &c->rels.v[r];
    if (x->kind != DG_REL_PARTICIPATES_IN || x->from != j || x->sentence != s) continue;
    size_t k = 0;
    while (k < n && ms[k] != x->to) k++;
    if (k == n && n < DG_REL_MAXM) ms[n++] = x->to;
  }
  return n;
}

/* The line of sentence s that starts at a and ends at z (its newline, or the sentence's
 * end when the line ends there too): going on with the list the line before ends? */
static void line_goes_on(dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z, dg_rel_kind kind) {
  const dg_doc *d = c->d;
  uint32_t ps = a > d->sents[s].start ? s : s - 1; /* the sentence that ends the line before */
  if (ps != s) { /* it ends right before the line break: spaces only between */
    uint32_t q = d->sents[ps].end;
    while (q + 1 < a && (d->text[q] == ' ' || d->text[q] == '\t')) q++;
    if (q + 1 != a) return;
  }
  line_part before = part_of(c, ps, ps == s ? a - 1 : d->sents[ps].end), l = part_of(c, s, z);
  uint32_t from = party_label(c, &l);
  if (from == UINT32_MAX || (!from && !ends_with_comma(d->text, &before))) return;
  long j = list_end(c, &before);
  if (j < 0 || !names_after(c, &l, from ? from : a)) return;
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings_of(c, (uint32_t)j, ps, ms);
  for (uint32_t i = l.first; i < l.end && nm; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i] || !dg_rel_is_actor(m) || dg_rel_part(c, m) == DG_PART_POST) continue;
    for (size_t k = 0; k < nm; k++) dg_rel_add(c, kind, i, ms[k], s);
  }
}

void dg_rel_list_lines(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t a = d->sents[s].start, e = d->sents[s].end, z = e;
  while (z < d->len && (t[z] == ' ' || t[z] == '\t')) z++;
  int ends_line = z == d->len || t[z] == '\n';
  if (c->sent_first[s] == c->sent_end[s]) return;
  for (uint32_t p = a; p < e;) {
    uint32_t q = p;
    while (q < e && t[q] != '\n') q++;
    if (p > 0 && t[p - 1] == '\n' && (p > a || s > 0) && (q < e || ends_line))
      line_goes_on(c, s, p, q, kind);
    p = q + 1;
  }
}
