/* held_in from a venue word: a word that names where a meeting is held (venue_words.tsv:
 * 開催地, 会場, 於, venue) followed by a place is that meeting's venue, the meeting being
 * the one it belongs to (Xの開催地は; the venue of X was), else the only meeting of the
 * sentence, else, in a sentence that names none (a label line under the title), the
 * document's own. held_on likewise from a date word (date_words.tsv: 開催日, 日時) and the
 * date after it.
 *   日ASEAN外相会議の開催地はヤンゴンであった。 -> held_in(外相会議, ヤンゴン)
 *   The venue of the Ministers' Meeting was Bangkok. -> held_in(Meeting, Bangkok)
 *   開催地：ビエンチャン (under the title 第27回日ASEAN首脳会議の概要) -> held_in(首脳会議, ビエンチャン)
 *   開催日：2024年3月1日 (under the same title) -> held_on(首脳会議, 2024-03-01)
 *   場所：ラオス・ビエンチャン (the same) -> held_in(首脳会議, ラオス), (首脳会議, ビエンチャン)
 *   場所：ラオス(ビエンチャン)、Xホテル内会議場 -> the country, the city and the hotel
 * Invariant: between the word and the place (or date) stand only a meeting, spaces, line
 * ends and words of venue_links.tsv (of, the, was, は, ：), so a place further on is never taken,
 * but for a place written right after the venue with ・ or in brackets (its city), and one
 * listed after those with 、 that ends the line (a building: listed_place). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The end of a word of `list` at t[i] (a Latin one whole), up to e, or 0. */
static uint32_t word_end(const dg_wordlist *list, const char *t, uint32_t e, uint32_t i) {
  size_t n = dg_rel_whole_word(list, t, e, i);
  return n ? i + (uint32_t)n : 0;
}

/* Is t[a, z) only spaces, line ends (a label line over its value: 2.開催場所 / リマ, one
 * numbered item) and words of venue_links.tsv? */
static int only_links(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  while (a < z) {
    char ch = c->d->text[a];
    uint32_t e = ch == ' ' || ch == '\n' ? a + 1 : word_end(&c->r->venue_links, c->d->text, z, a);
    if (!e) return 0;
    a = e;
  }
  return 1;
}

/* Is the mention a place (dates 0) or a date (dates 1)? */
static int wanted(const dg_mention *m, int dates) {
  return dates ? m->type == DG_TYPE_DATE : dg_rel_is_type(m, DG_REL_PLACES);
}

/* The place (or date) the word ending at z names: the first one after it with only a
 * meeting (*meeting gets it, else -1) and links between; -1 when none. */
static long named_place(const dg_rel_ctx *c, uint32_t s, uint32_t z, int dates, long *meeting) {
  uint32_t p = z;
  *meeting = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < z) continue;
    if (!only_links(c, p, m->start)) return -1;
    if (wanted(m, dates)) return (long)i;
    if (m->type != DG_TYPE_MEETING || *meeting >= 0) return -1;
    *meeting = (long)i;
    p = m->end;
  }
  return -1;
}

/* The meeting a venue word at [a, z) belongs to: one named between it and its place
 * (`between`), one right before it with の (Xの開催地), the only one of the sentence, or,
 * when the sentence names none, the document's own; -1 when none of these. */
static long owner_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t a, long between) {
  if (between >= 0) return between;
  long only = -1;
  size_t n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (m->end + 3 == a && !memcmp(c->d->text + m->end, "の", 3)) return (long)i;
    only = (long)i;
    n++;
  }
  return n == 1 ? only : n == 0 ? c->main_meeting : -1;
}

/* The place written right after place p with ・ between, the city after its country
 * (ミャンマー・マンダレー), or in brackets right after it (ラオス国(ビエンチャン)), or -1. */
static long dotted_place(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const dg_mention *m = &c->d->ments[p];
  const char *t = c->d->text;
  uint32_t at, len = (uint32_t)c->d->len, e = m->end;
  if (m->type == DG_TYPE_COUNTRY && e + 3 <= len && !memcmp(t + e, "\xE5\x9B\xBD", 3))
    e += 3; /* ラオス国(ビエンチャン) */
  if (m->end + 3 <= len && !memcmp(t + m->end, "\xE3\x83\xBB", 3)) at = m->end + 3; /* ・ */
  else if (e < len && t[e] == '(') at = e + 1;
  else return -1;
  for (uint32_t k = p + 1; k < c->sent_end[s]; k++) {
    const dg_mention *q = &c->d->ments[k];
    if (q->start > at) break;
    if (q->start == at && !c->nested[k] && dg_rel_is_type(q, DG_REL_PLACES) &&
        (t[at - 1] != '(' || (q->end < len && t[q->end] == ')')))
      return (long)k;
  }
  return -1;
}

/* The place listed after place p with 、 at the end of its line, maybe after the bracket
 * that closes p (場所：ラオス国(ビエンチャン)、Xホテル内会議場: the building after the country
 * and city), nothing after it but 内 and a word of buildings.tsv (its hall); or -1. Near
 * miss: a place that more words follow (、Xホテルで記者会見). */
static long listed_place(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t len = (uint32_t)c->d->len, e = c->d->ments[p].end;
  if (e < len && t[e] == ')') e++;
  if (!dg_lit(t, len, e, "\xE3\x80\x81")) return -1; /* 、 */
  for (uint32_t k = p + 1; k < c->sent_end[s]; k++) {
    const dg_mention *q = &c->d->ments[k];
    if (q->start > e + 3) break;
    if (q->start != e + 3 || c->nested[k] || !dg_rel_is_type(q, DG_REL_PLACES)) continue;
    uint32_t z = q->end;
    if (dg_lit(t, len, z, "\xE5\x86\x85")) z += 3; /* 内 */
    size_t b = dg_rel_whole_word(&c->r->buildings, t, len, z);
    if (b) z += (uint32_t)b;
    while (z < len && t[z] == ' ') z++;
    return z == len || t[z] == '\n' ? (long)k : -1;
  }
  return -1;
}

/* The words of `list` in sentence s, each tied to what it names; a venue to the places
 * written after it with ・ or in brackets too (場所：ミャンマー・マンダレー, 場所：ラオス国
 * (ビエンチャン): the country and its city). */
static void label_words(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind, const dg_wordlist *list,
                        int dates) {
  const dg_sentence *se = &c->d->sents[s];
  const char *t = c->d->text;
  for (uint32_t i = se->start; (i = (uint32_t)dg_wordlist_next(list, t, se->end, i)) < se->end;
       i++) {
    uint32_t z = word_end(list, c->d->text, se->end, i);
    if (!z) continue;
    long between, p = named_place(c, s, z, dates, &between);
    long m = p >= 0 ? owner_meeting(c, s, i, between) : -1;
    for (int n = 0, listed = 0; m >= 0 && p >= 0 && n < 4; n++) {
      dg_rel_add(c, kind, (uint32_t)m, (uint32_t)p, s);
      long next = dates ? -1 : dotted_place(c, s, (uint32_t)p);
      if (next < 0 && !dates && !listed++) next = listed_place(c, s, (uint32_t)p);
      p = next;
    }
    i = z - 1;
  }
}

void dg_rel_venue_words(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  label_words(c, s, kind, &c->r->venue_words, 0);
}

void dg_rel_date_words(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  label_words(c, s, kind, &c->r->date_words, 1);
}
