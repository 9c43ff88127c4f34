/* A meeting's parenthesis: the date and place written right after a meeting's name,
 * 第9回日メコン首脳会議（2025年5月12日、東京） or Mekong-Japan Summit (Tokyo, 12 May 2025),
 * give the meeting held_on the date and held_in the place. No trigger word is needed; the
 * parenthesis must hold nothing but dates, places, separators and a holding verb with its
 * ending (第7回太平洋・島サミット（2015年5月開催）, （2025年秋開催予定）), since one such as
 * (日本が提案) says nothing of where or when. Text is normalized: （ is '('. */
#include <stdint.h>

#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The parenthesis right after mention m (spaces allowed before it), closed on the same
 * line within 80 bytes: sets *open and *close to its '(' and ')' and returns 1, else 0. */
static int paren_after(const dg_doc *d, const dg_mention *m, uint32_t *open, uint32_t *close) {
  const char *t = d->text;
  uint32_t p = m->end;
  while (p < d->len && t[p] == ' ') p++;
  if (p >= d->len || t[p] != '(') return 0;
  uint32_t q = p + 1;
  while (q < d->len && t[q] != ')' && q - p < 80 && t[q] != '\n') q++;
  if (q >= d->len || t[q] != ')') return 0;
  *open = p;
  *close = q;
  return 1;
}

static int is_date_or_place(const dg_mention *m) {
  return m->type == DG_TYPE_DATE || dg_rel_is_type(m, DG_REL_PLACES);
}

/* The first date or place of sentence s (not nested) that starts at offset q, or -1. */
static long date_or_place_at(const dg_rel_ctx *c, uint32_t s, uint32_t q) {
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++)
    if (!c->nested[k] && is_date_or_place(&c->d->ments[k]) && c->d->ments[k].start == q)
      return (long)k;
  return -1;
}

/* The end of a holding verb of triggers.tsv at q and up to two kana or kanji after it
 * (開催, 開催予定), or q. */
static uint32_t holding_verb_at(const dg_rel_ctx *c, uint32_t q, uint32_t close) {
  const char *t = c->d->text;
  long w = dg_wordlist_at(&c->r->triggers, t, close, q);
  if (w < 0 || c->r->triggers.w[w].as.trigger.kind != DG_REL_HELD_ON) return q;
  uint32_t e = q + c->r->triggers.w[w].len;
  for (int k = 0; k < 2 && e < close && (unsigned char)t[e] >= 0x80; k++) {
    uint32_t cp = 0;
    int l = dg_utf8_decode(t + e, t + close, &cp);
    dg_script sc = dg_script_of(cp);
    if (l == 0 || (sc != DG_SC_KANJI && sc != DG_SC_HIRAGANA)) break;
    e += (uint32_t)l;
  }
  return e;
}

/* Does (open, close) hold only dates and places with separators (space , 、 ・ ; /) and
 * holding verbs? */
static int only_dates_places(const dg_rel_ctx *c, uint32_t s, uint32_t open, uint32_t close) {
  const char *t = c->d->text;
  for (uint32_t q = open + 1; q < close;) {
    long x = date_or_place_at(c, s, q);
    if (x >= 0) {
      q = c->d->ments[x].end;
      continue;
    }
    uint32_t v = holding_verb_at(c, q, close);
    if (v > q) {
      q = v;
      continue;
    }
    uint32_t cp = 0;
    int l = dg_utf8_decode(t + q, t + c->d->len, &cp);
    if (l == 0) l = 1;
    if (!(cp == ' ' || cp == ',' || cp == 0x3001 || cp == 0x30FB || cp == ';' || cp == '/'))
      return 0;
    q += (uint32_t)l;
  }
  return 1;
}

int dg_rel_in_meeting_paren(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *ms = c->d->ments;
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
    uint32_t open, close;
    if (c->nested[k] || ms[k].type != DG_TYPE_MEETING || !paren_after(c->d, &ms[k], &open, &close))
      continue;
    if (ms[i].start > open && ms[i].end <= close && only_dates_places(c, s, open, close)) return 1;
  }
  return 0;
}

void dg_rel_meeting_parenthesis(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind; /* gives held_on for dates and held_in for places */
  const dg_mention *ms = c->d->ments;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    uint32_t open, close;
    if (c->nested[i] || ms[i].type != DG_TYPE_MEETING) continue;
    if (!paren_after(c->d, &ms[i], &open, &close) || !only_dates_places(c, s, open, close))
      continue;
    for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
      const dg_mention *x = &ms[k];
      if (x->start <= open || x->end > close || c->nested[k]) continue;
      if (x->type == DG_TYPE_DATE) dg_rel_add(c, DG_REL_HELD_ON, i, k, s);
      else if (dg_rel_is_type(x, DG_REL_PLACES)) dg_rel_add(c, DG_REL_HELD_IN, i, k, s);
    }
  }
}
