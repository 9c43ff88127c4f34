/* A dated sentence: one that opens with its date and a comma (9月2日、…; 令和6年7月18日、
 * 大臣は、…; On 2 May, …; In the morning of 8 October 2024, …: date_openers.tsv) reports
 * what happened on that day, in every clause (a word of date_tails.tsv may stand before the
 * comma: 3 May 2019 local time,). The meeting it holds (開催, hosted), attends
 * (出席, attended) or chairs (chaired) was held on that date, even when the holding,
 * attending or chairing verb stands in a later clause than the date.
 *   9月2日、防衛省は、代表団を招き、東京において日ラオス防衛対話を開催した
 *     -> held_on(日ラオス防衛対話, 9月2日)
 *   7月18日、山田総理は、都内で第2回アジア海洋会合に出席した -> held_on(会合, 7月18日)
 * Talks named by the person met in the sentence (B首相と会談した: talks.c) were held on its
 * day too. A span of days dates a meeting only through a holding verb: attended, it may be
 * a visit's.
 * Invariant: only a date that opens its sentence (after a list marker or a date opener at
 * most) and is followed by a comma (one day also by には) dates the sentence; a meeting the
 * verbs only follow (に続いて) or name as an owner (会議の成果) is not one they hold or
 * attend. */
#include <stdint.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is every character of [a, z) a list marker: digits, spaces, brackets, bullets, dots? */
static int only_marker(const char *t, size_t len, uint32_t a, uint32_t z) {
  for (uint32_t q = a; q < z;) {
    uint32_t cp = dg_cp_at(t, len, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_OTHER && sc != DG_SC_DIGIT && sc != DG_SC_SPACE && cp != 0x30FB) return 0;
    q += (uint32_t)dg_utf8_len(t + q, t + len);
  }
  return 1;
}

/* Is the date a span of days or months (10月22~25日: a visit's, maybe not a meeting's)? */
static int is_span(const dg_mention *m) {
  return m->when.year2 || m->when.month2 || m->when.day2;
}

/* Is date m one day followed by には at p (10月10日には…に出席する: an itinerary's day)? */
static int itinerary_day(const dg_rel_ctx *c, const dg_mention *m, uint32_t p) {
  return m->when.day && !is_span(m) &&
         dg_lit(c->d->text, c->d->len, p, "\xE3\x81\xAB\xE3\x81\xAF"); /* には */
}

/* English: do a word of date_openers.tsv and one space fill [a, z), the text before a date
 * (On 2 May, ...; In the morning of 8 October 2024, ...)? */
static int opener_fills(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  long w = dg_wordlist_at(&c->r->date_openers, c->d->text, z, a);
  return w >= 0 && a + c->r->date_openers.w[w].len + 1 == z && c->d->text[z - 1] == ' ';
}

/* English: the end of a word of date_tails.tsv one space after p (3 May 2019 local time,
 * ...), or p. */
static uint32_t past_tail(const dg_rel_ctx *c, uint32_t p, uint32_t e) {
  if (p + 1 >= e || c->d->text[p] != ' ') return p;
  long w = dg_wordlist_at(&c->r->date_tails, c->d->text, e, p + 1);
  return w >= 0 ? p + 1 + (uint32_t)c->r->date_tails.w[w].len : p;
}

/* Japanese: where the topic that opens a sentence ends when person m is it: m (at `from`, or
 * after a list marker), a title of titles.tsv maybe, は and a comma (山田大臣は、); else 0. The
 * date right after such a topic still opens the sentence (山田大臣は、7月18日、…に出席した). */
static uint32_t topic_person_end(const dg_rel_ctx *c, uint32_t s, const dg_mention *m,
                                 uint32_t from) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t e = d->sents[s].end;
  if (m->type != DG_TYPE_PERSON || dg_rel_latin(c, s) || !only_marker(t, d->len, from, m->start))
    return 0;
  uint32_t p = m->end;
  long w = dg_wordlist_at(&c->r->titles, t, e, p);
  if (w >= 0 && c->r->titles.w[w].as.title.side == DG_SIDE_AFTER) p += (uint32_t)c->r->titles.w[w].len;
  if (!dg_lit(t, e, p, "\xE3\x81\xAF")) return 0; /* は */
  p += 3;
  uint32_t cp = p < e ? dg_cp_at(t, e, p) : 0;
  return cp == 0x3001 || cp == 0xFF0C ? p + (uint32_t)dg_utf8_len(t + p, t + e) : 0;
}

/* The date that opens sentence s (maybe after a word of date_openers.tsv) and is followed by a comma (a weekday in parentheses may
 * stand between: 9月2日(月)、), or one day followed by には (10月10日には…に出席する: an
 * itinerary's day), or -1. */
static long opening_date(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t from = d->sents[s].start;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i]) continue;
    uint32_t past = i + 1 < c->sent_end[s] ? topic_person_end(c, s, m, from) : 0;
    if (past) { /* 大臣は、7月18日、… */
      from = past;
      continue;
    }
    if (m->type != DG_TYPE_DATE || (!only_marker(t, d->len, from, m->start) &&
                                    !opener_fills(c, from, m->start)))
      return -1;
    uint32_t p = m->end;
    if (p < d->len && t[p] == '(')
      while (p < d->sents[s].end && p - m->end < 24 && t[p] != ')') p++;
    if (p < d->len && t[p] == ')') p++;
    p = past_tail(c, p, d->sents[s].end);
    uint32_t cp = p < d->len ? dg_cp_at(t, d->len, p) : 0;
    if (itinerary_day(c, m, p)) return (long)i; /* 10月10日には */
    return cp == 0x3001 || cp == ',' || cp == 0xFF0C ? (long)i : -1;
  }
  return -1;
}

/* held_on: the opening date of a dated sentence to each meeting its holding verbs hold,
 * and, when it is one day, to each meeting its attending or chairing verbs attend or chair (an itinerary's day,
 * 10日には, only to the meetings the sentence names it attends: 8日には…夕食会が開催される
 * dates no meeting of the text) (10月22~25日、大臣は、
 * …を訪問し、…会議に出席した: the span is the visit's). */
void dg_rel_dated_sentence(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  long dt = opening_date(c, s);
  if (dt < 0) return;
  const dg_mention *dm = &c->d->ments[dt];
  int plan = itinerary_day(c, dm, dm->end);
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    uint32_t ms[DG_REL_MAXM];
    size_t n = 0;
    long m = g->kind == DG_REL_HELD_ON && !plan ? dg_rel_held_meeting(c, s, g) : -1;
    if (m >= 0) ms[n++] = (uint32_t)m;
    else if ((g->kind == DG_REL_PARTICIPATES_IN || g->kind == DG_REL_CHAIRED_BY) && !is_span(dm))
      n = dg_rel_clause_meetings(c, s, g->clause, g->start, ms);
    for (size_t y = 0; y < n; y++)
      if (!plan || c->d->ments[ms[y]].sentence == s) dg_rel_add(c, kind, ms[y], (uint32_t)dt, s);
  }
  for (uint32_t g = c->sent_first[s]; g < c->sent_end[s] && !is_span(dm); g++)
    if (!c->nested[g] && dg_rel_talks_counterpart(c, s, g) >= 0) /* 6月25日、B首相と会談した */
      dg_rel_add(c, kind, g, (uint32_t)dt, s);
}
