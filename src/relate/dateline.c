/* A dateline: the body's first sentence opens with a place (and maybe its country), a
 * comma, a date and a dash (ASTANA, 14 June 2025 — ...; Suva, Fiji, 3 March 2026 – ...).
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
 * A wire's dateline may put the country in brackets and end with the agency's tag instead
 * of the dash (Phnom Penh [Cambodia], February 17 (ANI): The meeting kicked off here).
 * Invariant: a dateline only fills in: a meeting the document places (or dates) anywhere
 * else keeps that venue (or date) alone, since a release may be issued far from the meeting
 * and days after it; nor does it when its own sentence names another place (or date). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "relate/ties.h"

/* Past spaces, one comma (dash 0) or one dash or hyphen (dash 1), and spaces from p; p
 * when that mark is not there. */
static uint32_t past(const char *t, size_t len, uint32_t p, int dash) {
  uint32_t q = p;
  while (q < len && t[q] == ' ') q++;
  if (!dash && q < len && t[q] == ',') q++;
  else if (dash && q < len && t[q] == '-') q++;
  else if (dash && (dg_lit(t, len, q, "\xE2\x80\x94") || dg_lit(t, len, q, "\xE2\x80\x93")))
    q += 3; /* — – */
  else
    return p;
  while (q < len && t[q] == ' ') q++;
  return q;
}

uint32_t dg_rel_past_agency(const char *t, size_t len, uint32_t p) {
  uint32_t q = p, a;
  while (q < len && t[q] == ' ') q++;
  if (q >= len || t[q] != '(') return p;
  for (a = ++q; q < len && q - a <= 12 && (dg_is_upper(t[q]) || t[q] == ' ' || t[q] == '.'); q++) {}
  if (q - a < 2 || q >= len || t[q] != ')') return p;
  q++;
  if (q < len && t[q] == ':') q++;
  else if (past(t, len, q, 1) == q) return p;
  while (q < len && t[q] == ' ') q++;
  return q;
}

/* Past spaces, a place's bracket ([Cambodia], the mention after it starts at the returned
 * offset) or its closing bracket and a comma, from the end p of a dateline's place; p
 * when neither is there. */
static uint32_t past_place(const char *t, size_t len, uint32_t p) {
  uint32_t q = p;
  while (q < len && t[q] == ' ') q++;
  if (q < len && t[q] == '[') return q + 1;
  if (q < len && t[q] == ']') {
    uint32_t r = past(t, len, q + 1, 0);
    return r == q + 1 ? p : r;
  }
  return past(t, len, p, 0);
}

/* The first sentence of the body (after the title blocks), or -1. */
static long body_start(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++)
    if (!dg_rel_title_block(d, d->sents[s].block)) return (long)s;
  return -1;
}

/* Does sentence s open with a dateline: a place, at most one more place (its country,
 * maybe in brackets: Phnom Penh [Cambodia],), each followed by a comma, then a date and a
 * dash or a news agency's tag (February 17 (ANI):)? *place and *date get the mentions. */
static int dateline(const dg_rel_ctx *c, uint32_t s, uint32_t *place, uint32_t *date) {
  const dg_doc *d = c->d;
  uint32_t p = d->sents[s].start, i = c->sent_first[s];
  if (i >= c->sent_end[s] || d->ments[i].start != p || !dg_rel_latin(c, s) ||
      !dg_rel_is_type(&d->ments[i], DG_REL_PLACES))
    return 0;
  *place = i;
  for (; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i]) continue;
    if (m->start != p) return 0;
    if (m->type == DG_TYPE_DATE) {
      *date = i;
      return past(d->text, d->len, m->end, 1) != m->end ||
             dg_rel_past_agency(d->text, d->len, m->end) != m->end;
    }
    if (!dg_rel_is_type(m, DG_REL_PLACES) || i > *place + 1) return 0;
    p = past_place(d->text, d->len, m->end);
    if (p == m->end) return 0;
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
                   dg_rel_has_trigger(c, DG_REL_CHAIRED_BY));
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

int dg_rel_dateline_date(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  uint32_t place = 0, date = 0;
  return dateline(c, s, &place, &date) && date == i;
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

void dg_rel_dateline(dg_rel_ctx *c) {
  long s = c->main_meeting >= 0 ? body_start(c) : -1;
  uint32_t place = 0, date = 0, m = (uint32_t)c->main_meeting;
  if (s < 0 || !dateline(c, (uint32_t)s, &place, &date) || !speaks_of_main(c, (uint32_t)s))
    return;
  long there, then; /* the sentence's own place and date, when it tells them */
  told(c, (uint32_t)s, date, &there, &then);
  if (!dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1) &&
      (there >= 0 || !names_own(c, (uint32_t)s, date, 0)))
    dg_rel_add(c, DG_REL_HELD_IN, m, there >= 0 ? (uint32_t)there : place, (uint32_t)s);
  if (!dg_rel_has_tie(c, DG_REL_HELD_ON, m, -1) &&
      (then >= 0 || !names_own(c, (uint32_t)s, date, 1)))
    dg_rel_add(c, DG_REL_HELD_ON, m, then >= 0 ? (uint32_t)then : date, (uint32_t)s);
}
