/* A meeting's parenthesis: the date and place written right after a meeting's name,
 * 第9回日メコン首脳会議（2025年5月12日、東京） or Mekong-Japan Summit (Tokyo, 12 May 2025),
 * give the meeting held_on the date and held_in the place. No trigger word is needed; the
 * parenthesis must hold nothing but dates, places, separators and a holding verb with its
 * ending (第7回太平洋・島サミット（2015年5月開催）, （2025年秋開催予定）), since one such as
 * (日本が提案) says nothing of where or when. A title block may give them in the parenthesis
 * that ends it, after a subtitle between wave dashes (日・ASEAN保健大臣会合 〜副題〜 (東京 7月15日(土))),
 * for the first meeting it names. Text is normalized: （ is '('. */
#include <stdint.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The ')' that closes the '(' at p on the same line within 80 bytes, parentheses inside
 * it balanced ((東京 7月15日(土))), or 0. */
static uint32_t paren_close(const dg_doc *d, uint32_t p) {
  const char *t = d->text;
  int depth = 0;
  for (uint32_t q = p; q < d->len && q - p < 80 && t[q] != '\n'; q++) {
    depth += t[q] == '(' ? 1 : t[q] == ')' ? -1 : 0;
    if (depth == 0) return q;
  }
  return 0;
}

/* Past the spaces at p and a subtitle between wave dashes after them (〜副題〜, ~副題~),
 * and the spaces after it, before e. */
static uint32_t past_subtitle(const char *t, uint32_t p, uint32_t e) {
  while (p < e && t[p] == ' ') p++;
  uint32_t dash = p < e ? dg_cp_at(t, e, p) : 0;
  if (dash != 0x301C && dash != 0xFF5E && dash != '~') return p;
  uint32_t q = p + (uint32_t)dg_utf8_len(t + p, t + e);
  while (q < e && dg_cp_at(t, e, q) != dash) q += (uint32_t)dg_utf8_len(t + q, t + e);
  if (q >= e) return p;
  q += (uint32_t)dg_utf8_len(t + q, t + e);
  while (q < e && t[q] == ' ') q++;
  return q;
}

/* The parenthesis that closes the title block of sentence s after a subtitle, when the
 * first meeting of the sentence is m (日・ASEAN保健大臣会合 〜副題〜 (東京 7月15日(土))): its
 * '(' , or 0. A title gives its meeting's place and date at its end. */
static uint32_t title_paren(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const dg_doc *d = c->d;
  const dg_block *b = &d->blocks[d->sents[s].block];
  uint32_t e = b->end;
  while (e > b->start && (d->text[e - 1] == ' ' || d->text[e - 1] == '\n')) e--;
  if (!dg_rel_title_block(d, d->sents[s].block) || e <= m->end || d->text[e - 1] != ')')
    return 0;
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++)
    if (!c->nested[k] && d->ments[k].type == DG_TYPE_MEETING) {
      if (&d->ments[k] != m) return 0;
      break;
    }
  uint32_t p = past_subtitle(d->text, m->end, e);
  return p < e && d->text[p] == '(' && paren_close(d, p) == e - 1 ? p : 0;
}

/* The parenthesis right after mention m (spaces allowed before it), or the one that ends
 * the title block m opens (title_paren), closed on the same line within 80 bytes: sets
 * *open and *close to its '(' and ')' and returns 1, else 0. */
static int paren_after(const dg_rel_ctx *c, uint32_t s, const dg_mention *m, uint32_t *open,
                       uint32_t *close) {
  const dg_doc *d = c->d;
  uint32_t p = m->end;
  while (p < d->len && d->text[p] == ' ') p++;
  if (p >= d->len || d->text[p] != '(') p = title_paren(c, s, m);
  uint32_t q = p ? paren_close(d, p) : 0;
  if (!q) return 0;
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

/* The end of a weekday in parentheses at q ((土), (火・祝): weekdays.tsv, ・), or q. */
static uint32_t weekday_at(const dg_rel_ctx *c, uint32_t q, uint32_t close) {
  const char *t = c->d->text;
  if (t[q] != '(') return q;
  uint32_t e = q + 1;
  for (long w; e < close; e += w >= 0 ? (uint32_t)c->r->weekdays.w[w].len : 3) {
    w = dg_wordlist_at(&c->r->weekdays, t, close, e);
    if (w < 0 && dg_cp_at(t, close, e) != 0x30FB) break;
  }
  return e > q + 1 && e < close && t[e] == ')' ? e + 1 : q;
}

/* Does (open, close) hold only dates (with their weekdays) and places with separators
 * (space , 、 ・ ; /) and holding verbs? */
static int only_dates_places(const dg_rel_ctx *c, uint32_t s, uint32_t open, uint32_t close) {
  const char *t = c->d->text;
  for (uint32_t q = open + 1; q < close;) {
    long x = date_or_place_at(c, s, q);
    if (x >= 0) {
      q = c->d->ments[x].end;
      continue;
    }
    uint32_t v = holding_verb_at(c, q, close);
    if (v == q) v = weekday_at(c, q, close);
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
    if (c->nested[k] || ms[k].type != DG_TYPE_MEETING || !paren_after(c, s, &ms[k], &open, &close))
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
    if (!paren_after(c, s, &ms[i], &open, &close) || !only_dates_places(c, s, open, close))
      continue;
    for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
      const dg_mention *x = &ms[k];
      if (x->start <= open || x->end > close || c->nested[k]) continue;
      if (x->type == DG_TYPE_DATE) dg_rel_add(c, DG_REL_HELD_ON, i, k, s);
      else if (dg_rel_is_type(x, DG_REL_PLACES)) dg_rel_add(c, DG_REL_HELD_IN, i, k, s);
    }
  }
}
