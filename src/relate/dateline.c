/* A dateline: the body's first sentence opens with a place (and maybe its country), a
 * comma, a date and a dash (ASTANA, 14 June 2025 — ...; Suva, Fiji, 3 March 2026 – ...),
 * as news agencies write it too: the country in brackets, the agency in parentheses or
 * after a comma, a double hyphen or a colon (HANOI [Viet Nam], 4 March (XNA): ...;
 * VIENTIANE, 4 March 2024 (KPL) -- ...; DUSHANBE, 28 March 2016, Asia-Plus – ...).
 * When that sentence holds, attends or adopts at the document's own meeting (or names it
 * announcing or chaired), and names no other one,
 * the meeting was held at that place (held_in) and on that date (held_on).
 *   SUVA, 3 March 2026 — Officials attended the Dialogue. -> held_in(Dialogue, Suva),
 *     held_on(Dialogue, 2026-03-03), the Dialogue being the one the title names
 * The dateline's date is the release's, not the time of what its sentence tells (TOKYO,
 * 5 March — The Forum was held on 3 March): the holding verbs of the sentence leave it.
 * And when that sentence itself names where and when (SINGAPORE, 2 October — The
 * Minister will attend the meeting of ASEAN ministers in Kuala Lumpur from 3 to 6
 * October), its venue and date are the meeting's, not the dateline's.
 * A release service's dateline has no place, its date in parentheses (FSMIS (August 4,
 * 2014): ...): that date is the release's too, never a meeting's (source_dated).
 * The agency in parentheses after the dateline's place or date (Vientiane (VNA) - ...;
 * HANOI, 4 March (XNA): ...) is the source of the report, not a party to what it tells
 * (dg_rel_wire_source).
 * A sentence that says "here" (Officials agreed here Monday) places the document's own
 * meeting at the dateline's place, whatever it tells, when it names no other meeting.
 * A sentence that says its meeting met at a distance (remote_words.tsv: held online
 * today) places it nowhere: the dateline's place is then the release's only.
 * Invariant: a dateline only fills in: a meeting the document places (or dates) anywhere
 * else keeps that venue (or date) alone, since a release may be issued far from the meeting
 * and days after it; nor does it when its own sentence names another place (or date). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Past spaces, one comma (dash 0) or one dash, a hyphen or two, or a colon (dash 1), and
 * spaces from p; p when that mark is not there. */
static uint32_t past(const char *t, size_t len, uint32_t p, int dash) {
  uint32_t q = p;
  while (q < len && t[q] == ' ') q++;
  if (!dash && q < len && t[q] == ',') q++;
  else if (dash && q < len && t[q] == '-') q += 1 + (q + 1 < len && t[q + 1] == '-');
  else if (dash && q < len && t[q] == ':') q++;
  else if (dash && (dg_lit(t, len, q, "\xE2\x80\x94") || dg_lit(t, len, q, "\xE2\x80\x93")))
    q += 3; /* — – */
  else
    return p;
  while (q < len && t[q] == ' ') q++;
  return q;
}

/* Past a short bracketed aside after p: spaces, then `open`, at most 40 bytes without
 * another bracket, `close` ([Cambodia] after a city; (Xinhua) after the date, opening
 * with a capital); p when there is none. */
static uint32_t past_aside(const char *t, size_t len, uint32_t p, char open, char close) {
  uint32_t q = p;
  while (q < len && t[q] == ' ') q++;
  if (q + 1 >= len || t[q] != open || !(t[q + 1] >= 'A' && t[q + 1] <= 'Z')) return p;
  for (uint32_t e = q + 1; e < len && e <= q + 40; e++) {
    if (t[e] == close) return e + 1;
    if (t[e] == open || t[e] == '(' || t[e] == '[' || t[e] == '\n') return p;
  }
  return p;
}

/* Past a comma and an agency's name after p, up to three capitalized words with hyphens
 * and no other mark, when a dash or colon follows (DUSHANBE, March 28, 2016, Asia-Plus –);
 * p when there is none. */
static uint32_t past_comma_agency(const char *t, size_t len, uint32_t p) {
  uint32_t q = p;
  if (q + 2 >= len || t[q] != ',' || t[q + 1] != ' ') return p;
  q += 2;
  for (int w = 0; w < 3 && q < len && t[q] >= 'A' && t[q] <= 'Z'; w++) {
    while (q < len && (dg_is_ascii_alnum((unsigned char)t[q]) || t[q] == '-')) q++;
    if (past(t, len, q, 1) != q) return q;
    if (q >= len || t[q] != ' ') return p;
    q++;
  }
  return p;
}

/* The first sentence of the body (after the title blocks), or -1. */
static long body_start(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++)
    if (!dg_rel_title_block(d, d->sents[s].block)) return (long)s;
  return -1;
}

/* Where the text after a dateline on a line of its own starts (Brussels, 14 December
 * 2022 / During the ...): past the spaces and the line break after e, when the line or
 * sentence s ends there; else e. */
static uint32_t line_end(const dg_doc *d, uint32_t s, uint32_t e) {
  uint32_t q = e, z = d->sents[s].end;
  while (q < z && d->text[q] == ' ') q++;
  if (q < z && d->text[q] != '\n') return e;
  while (q < z && (d->text[q] == ' ' || d->text[q] == '\n')) q++;
  return q > e ? q : e + (e >= z ? 1 : 0);
}

/* The date in parentheses right after a dateline's places, then a dash or a colon (HA
 * NOI, VIET NAM (20 September 2017) — ...): mention i a date that starts two bytes after
 * e, past " (", and closes with ")"? *date and *end as dateline_at sets them. */
static int bracketed_date(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t e,
                          uint32_t *date, uint32_t *end) {
  const dg_doc *d = c->d;
  if (i >= c->sent_end[s] || !dg_lit(d->text, d->len, e, " (")) return 0;
  const dg_mention *m = &d->ments[i];
  if (m->type != DG_TYPE_DATE || m->start != e + 2 || m->end >= d->len || d->text[m->end] != ')')
    return 0;
  *date = i;
  *end = past(d->text, d->len, m->end + 1, 1);
  return *end != m->end + 1;
}

/* Where a place may start after a day and a month written first, then a comma, at the
 * start of sentence s (10 August, Kathmandu: ...), as some agencies write the dateline; the
 * sentence's start when none is there. */
static uint32_t past_day_month(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start, e = c->d->sents[s].end, q = a;
  while (q < e && q - a < 2 && t[q] >= '0' && t[q] <= '9') q++;
  if (q == a || q + 1 >= e || t[q] != ' ') return a;
  long w = dg_wordlist_at(&c->r->months, t, e, q + 1);
  if (w < 0) return a;
  q += 1 + (uint32_t)c->r->months.w[w].len;
  return dg_lit(t, e, q, ", ") ? q + 2 : a;
}

/* Does sentence s open with a dateline: a place, at most one more place (its country, or
 * in brackets), each followed by a comma, then a date (or the date in parentheses after
 * the places: see bracketed_date), maybe an agency in parentheses, and a dash or a colon?
 * Or, as agencies write it without the date, a place in capitals and a dash or a colon
 * right after it (KUALA LUMPUR: ...; BANGKOK — ...), or a place and its country in any
 * case (Honiara, Solomon Islands — ...), or one place after a day and a month (10 August,
 * Kathmandu: ...: see past_day_month), *date then UINT32_MAX.
 * *place and *date get the mentions, *end where the text after it starts. */
static int dateline_at(const dg_rel_ctx *c, uint32_t s, uint32_t *place, uint32_t *date,
                       uint32_t *end) {
  const dg_doc *d = c->d;
  uint32_t p = past_day_month(c, s), i = c->sent_first[s];
  int day_first = p != d->sents[s].start;
  while (day_first && i < c->sent_end[s] && d->ments[i].start < p) i++; /* its date */
  if (i >= c->sent_end[s] || d->ments[i].start != p || !dg_rel_latin(c, s) ||
      !dg_rel_is_type(&d->ments[i], DG_REL_PLACES))
    return 0;
  *place = i;
  for (; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i] || m->start < p) continue; /* in a bracket passed over */
    if (m->start != p) return 0;
    if (m->type == DG_TYPE_DATE) {
      *date = i;
      uint32_t e = past_aside(d->text, d->len, m->end, '(', ')');
      if (e == m->end) e = past_comma_agency(d->text, d->len, e);
      *end = past(d->text, d->len, e, 1);
      if (*end == e) *end = line_end(d, s, e); /* a line of its own */
      return *end != e;
    }
    if (!dg_rel_is_type(m, DG_REL_PLACES) || i > *place + 1) return 0;
    uint32_t e = past_aside(d->text, d->len, m->end, '[', ']');
    p = past(d->text, d->len, e, 0);
    if (p != e) continue;
    if (bracketed_date(c, s, i + 1, e, date, end)) return 1;
    *end = past(d->text, d->len, e, 1);
    *date = UINT32_MAX;
    return *end != e && (i == *place + 1 || day_first ||
                         dg_all_capitals(d->text + m->start, m->end - m->start));
  }
  return 0;
}

/* Does the document's own meeting open sentence s after its dateline, as the subject of
 * what the sentence tells (KUALA LUMPUR: The 16th Ocean Meeting has reinforced ...)? */
static int opens_with_own(const dg_rel_ctx *c, uint32_t s) {
  const dg_mention *own = &c->d->ments[c->main_meeting];
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING)
      return !strcmp(c->d->ments[i].id, own->id) && dg_rel_opens_sentence(c, s, i);
  return 0;
}

/* Is the document's own meeting named in sentence s as the scene of what it tells, right
 * after "at the" (Leaders signed the treaty at the 54th Forum Leaders Meeting)? */
static int own_scene(const dg_rel_ctx *c, uint32_t s) {
  const dg_mention *own = &c->d->ments[c->main_meeting];
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && !strcmp(m->id, own->id) &&
        dg_lit_before(c->d->text, m->start, " at the "))
      return 1;
  }
  return 0;
}

/* Does sentence s hold or attend a meeting or adopt what one adopts (adopted, issued,
 * endorsed), or name the document's own meeting announcing or chaired, and is every
 * meeting it names the document's own (the Dialogue, convened today; Officials attended
 * the Forum; Ministers issued a statement; The Forum, chaired by Fiji, announced ...)? A
 * verb that speaks of a meeting from afar (welcomed, recalled) gives nothing: the release
 * may be written far from it. */
static int speaks_of_main(dg_rel_ctx *c, uint32_t s) {
  const dg_mention *own = &c->d->ments[c->main_meeting];
  int named = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (strcmp(m->id, own->id)) return 0;
    named = 1;
  }
  dg_rel_find_triggers(c, s);
  if (dg_rel_has_trigger(c, DG_REL_HELD_ON) || dg_rel_has_trigger(c, DG_REL_PARTICIPATES_IN) ||
      dg_rel_has_trigger(c, DG_REL_ADOPTED_AT))
    return 1;
  return named && (dg_rel_has_trigger(c, DG_REL_ANNOUNCED_AT) ||
                   dg_rel_has_trigger(c, DG_REL_CHAIRED_BY) || opens_with_own(c, s) ||
                   own_scene(c, s));
}

/* The place the dateline's sentence s names after the dateline as a venue (in Kuala
 * Lumpur), and the date it names after the dateline's date (from 3 to 6 October): the
 * first of each, or -1. */
static void told(const dg_rel_ctx *c, uint32_t s, uint32_t date, long *place, long *when) {
  *place = *when = -1;
  for (uint32_t i = date + 1; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i]) continue;
    if (*when < 0 && m->type == DG_TYPE_DATE) *when = (long)i;
    if (*place < 0 && dg_rel_is_type(m, DG_REL_PLACES) && dg_rel_part(c, m) == DG_PART_VENUE)
      *place = (long)i;
  }
}

/* Does sentence s open with a source and its date, as a release service writes it: up to
 * four words with a capital and no other mark, then the date in parentheses and a colon or
 * a dash (FSMIS (August 4, 2014): ...)? *date gets the date, *end where the text after it
 * starts. Its date is the release's; there is no place. */
static int source_dated(const dg_rel_ctx *c, uint32_t s, uint32_t *date, uint32_t *end) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t p = d->sents[s].start, e = d->sents[s].end;
  if (!dg_rel_latin(c, s)) return 0;
  for (int w = 0; w < 4 && p < e && dg_is_upper(t[p]); w++) {
    while (p < e && (dg_is_ascii_alnum((unsigned char)t[p]) || t[p] == '-' || t[p] == '.')) p++;
    if (!dg_lit(t, e, p, " (")) {
      if (p >= e || t[p] != ' ') return 0;
      p++;
      continue;
    }
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || m->start != p + 2 || m->type != DG_TYPE_DATE || m->end >= e ||
          t[m->end] != ')')
        continue;
      *date = i;
      *end = past(t, e, m->end + 1, 1);
      return *end != m->end + 1;
    }
    return 0;
  }
  return 0;
}

static int dateline(const dg_rel_ctx *c, uint32_t s, uint32_t *place, uint32_t *date) {
  uint32_t end;
  return dateline_at(c, s, place, date, &end);
}

uint32_t dg_rel_dateline_end(const dg_rel_ctx *c, uint32_t s) {
  uint32_t place, date, end;
  if (dateline_at(c, s, &place, &date, &end) || source_dated(c, s, &date, &end)) return end;
  return 0;
}

int dg_rel_wire_source(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_doc *d = c->d;
  const dg_mention *m = &d->ments[i];
  if (!dg_rel_latin(c, s) || m->type != DG_TYPE_ORGANIZATION || i == c->sent_first[s] ||
      m->start == 0 || d->text[m->start - 1] != '(' || m->end >= d->len || d->text[m->end] != ')' ||
      past(d->text, d->len, m->end + 1, 1) == m->end + 1)
    return 0;
  for (uint32_t j = c->sent_first[s]; j < i; j++)
    if (!c->nested[j] && !dg_rel_is_type(&d->ments[j], DG_REL_PLACES) &&
        d->ments[j].type != DG_TYPE_DATE)
      return 0; /* only the dateline's place and date before it */
  return 1;
}

int dg_rel_dateline_date(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  uint32_t place = 0, date = 0, end = 0;
  return (dateline(c, s, &place, &date) || source_dated(c, s, &date, &end)) && date == i;
}

/* Does sentence s name, after the dateline's date mention `date`, another place (dates 0)
 * or date (dates 1)? Its own venue or time is then the meeting's, not the dateline's (...
 * will attend the Forum in Apia from 3 to 6 May), even when no rule could tie it. */
static int names_own(const dg_rel_ctx *c, uint32_t s, uint32_t date, int dates) {
  for (uint32_t i = date + 1; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] &&
        (dates ? m->type == DG_TYPE_DATE : dg_rel_is_type(m, DG_REL_PLACES)))
      return 1;
  }
  return 0;
}

/* Does English sentence s say "here", as a whole word, after offset a? */
static int here_after(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (!dg_rel_latin(c, s)) return 0;
  for (uint32_t p = a; p + 5 < e; p++)
    if (dg_lit(t, e, p, " here") && !dg_is_ascii_alnum((unsigned char)t[p + 5])) return 1;
  return 0;
}

/* Does sentence s say "here" after its dateline (Officials agreed here Monday), naming no
 * meeting but the document's own? Then what it tells happened at the dateline's place. */
static int said_here(const dg_rel_ctx *c, uint32_t s) {
  uint32_t a = dg_rel_dateline_end(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING &&
        strcmp(c->d->ments[i].id, c->d->ments[c->main_meeting].id))
      return 0;
  return a && here_after(c, s, a);
}

/* With no meeting of the document's own, one named alone in one of the three sentences
 * after the dateline's, one that names no venue and says "here" (NEW DELHI: ... /
 * Addressing the X Summit here, the Minister said ...), was held at the dateline's place. */
static void here_meeting(dg_rel_ctx *c, uint32_t s, uint32_t place) {
  for (uint32_t k = s + 1; k <= s + 3 && k < c->d->nsents; k++) {
    long m = -1;
    int n = 0;
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++) {
      const dg_mention *x = &c->d->ments[i];
      if (c->nested[i]) continue;
      if (dg_rel_is_type(x, DG_REL_PLACES) && dg_rel_part(c, x) == DG_PART_VENUE) n = 2;
      else if (x->type == DG_TYPE_MEETING && !x->implicit) m = (long)i, n++;
    }
    if (n == 1 && here_after(c, k, c->d->sents[k].start) &&
        !dg_rel_has_tie(c, DG_REL_HELD_IN, (uint32_t)m, -1)) {
      dg_rel_add(c, DG_REL_HELD_IN, (uint32_t)m, place, k);
      return;
    }
  }
}

/* Does sentence s say, after offset a, that its meeting met at a distance
 * (remote_words.tsv: held online today, met virtually)? Whole words. */
static int met_remotely(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  for (uint32_t p = a; p < e; p++)
    if (dg_rel_whole_word(&c->r->remote_words, t, e, p)) return 1;
  return 0;
}

/* The last place of the dateline of sentence s that opens with place i (Honiara, Solomon
 * Islands — ...: the country). */
static uint32_t last_place(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  uint32_t e = dg_rel_dateline_end(c, s);
  while (i + 1 < c->sent_end[s] && c->d->ments[i + 1].start < e &&
         dg_rel_is_type(&c->d->ments[i + 1], DG_REL_PLACES))
    i++;
  return i;
}

/* The dateline of the body's first sentence b, or the title's last line right before it
 * when that line is a place and a date alone (Brussels, 14 December 2022 / During the
 * Summit, ...): the dateline's sentence, or -1. Sentence b tells what happened. */
static long find_dateline(const dg_rel_ctx *c, long b, uint32_t *place, uint32_t *date) {
  if (b < 0) return -1;
  if (dateline(c, (uint32_t)b, place, date)) return b;
  if (b == 0 || !dateline(c, (uint32_t)b - 1, place, date) || *date == UINT32_MAX) return -1;
  return dg_rel_dateline_end(c, (uint32_t)b - 1) >= c->d->sents[b - 1].end ? b - 1 : -1;
}

void dg_rel_dateline(dg_rel_ctx *c) {
  long s = body_start(c);
  uint32_t place = 0, date = 0, m = (uint32_t)c->main_meeting;
  if (find_dateline(c, s, &place, &date) < 0) return;
  if (c->main_meeting < 0) {
    here_meeting(c, (uint32_t)s, place);
    return;
  }
  long there, then; /* the sentence's own place and date, when it tells them */
  if (date == UINT32_MAX && c->lead_sent == s && (uint32_t)s + 1 < c->d->nsents &&
      dg_rel_quoted_during(c, (uint32_t)s + 1) == c->main_meeting &&
      (told(c, (uint32_t)s + 1, c->sent_first[s + 1] - 1, &there, &then), there < 0) &&
      !dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1)) {
    /* PLACE — "...," said X during M, the quote's sentence naming no venue of its own */
    dg_rel_add(c, DG_REL_HELD_IN, m, place, (uint32_t)s);
    return;
  }
  if (!speaks_of_main(c, (uint32_t)s)) {
    if (said_here(c, (uint32_t)s) && !dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1))
      dg_rel_add(c, DG_REL_HELD_IN, m, place, (uint32_t)s); /* agreed here: no date told */
    return;
  }
  int dated = date != UINT32_MAX;
  if (!dated) date = last_place(c, (uint32_t)s, place); /* what it tells starts after it */
  told(c, (uint32_t)s, date, &there, &then);
  if (!dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1) &&
      (there >= 0 || !names_own(c, (uint32_t)s, date, 0) || said_here(c, (uint32_t)s)) &&
      (there >= 0 || !met_remotely(c, (uint32_t)s, c->d->ments[place].end)))
    dg_rel_add(c, DG_REL_HELD_IN, m, there >= 0 ? (uint32_t)there : place, (uint32_t)s);
  if (!dg_rel_has_tie(c, DG_REL_HELD_ON, m, -1) && (dated || then >= 0) &&
      (then >= 0 || !names_own(c, (uint32_t)s, date, 1)))
    dg_rel_add(c, DG_REL_HELD_ON, m, then >= 0 ? (uint32_t)then : date, (uint32_t)s);
}
