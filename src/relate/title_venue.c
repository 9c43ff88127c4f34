/* The place and date lines under a meeting's title: an English document whose title is
 * the name of the meeting it reports on, maybe with the kind of text it is
 * (report_titles.tsv: Joint Statement of the ..., Summary Record), followed in the title
 * blocks by lines of only places and dates, says where and when that meeting was held.
 *   FORUM TRADE MINISTERS MEETING / Apia, Samoa / 14-15 August 2015
 *     -> held_in(Meeting, Apia), held_on(Meeting, 2015-08-14/15)
 *   Chairman's Statement of the 20th ASEAN-Japan Summit / 13 November 2017, Manila
 * Only the first place and the first date after the name count, and a line that holds
 * anything else (a time of day, an author, a word of no title) gives nothing: a release's
 * own date line under a headline (Prime Minister to Attend the Summit / 8 October, 8:17 am)
 * is the release's, not the meeting's, and so is a line above the name.
 * Invariant: the rule only fills in, like the dateline (dateline.c): a meeting the
 * document places (or dates) anywhere else keeps that venue (or date) alone; and a line
 * whose place or date another meeting is tied to is that meeting's (the title is then a
 * heading over it: East Asia Summit (EAS) / Singapore, 22 July 2008 // The EAS Foreign
 * Ministers' Informal Consultations was held on 22 July 2008 in Singapore). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* What the walk over the title found: the meeting's name passed, the first place and
 * date after it (-1 none), where each stands. */
typedef struct title_walk {
  int named;
  long place, date;
} title_walk;

/* Is the byte at t[p] a mark between a title's words and names (spaces, line feeds,
 * commas, colons, dashes, brackets, quotes)? Its length, or 0. */
static uint32_t mark_at(const char *t, uint32_t e, uint32_t p) {
  static const char *const wide[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9C",
                                     "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                     "\xC2\xAB", "\xC2\xBB"}; /* – — “ ” ‘ ’ « » */
  if (t[p] && strchr(" \n,:;-|()[]\"'/.", t[p])) return 1;
  for (size_t k = 0; k < sizeof wide / sizeof *wide; k++)
    if (dg_lit(t, e, p, wide[k])) return (uint32_t)strlen(wide[k]);
  return 0;
}

/* The end of the word at p (ASCII letters and digits, hyphens, apostrophes), p if none. */
static uint32_t word_end(const char *t, uint32_t e, uint32_t p) {
  uint32_t q = p;
  while (q < e) {
    if (dg_is_ascii_alnum((unsigned char)t[q]) || t[q] == '\'' || (t[q] == '-' && q > p)) q++;
    else if (q > p && dg_lit(t, e, q, "\xE2\x80\x99")) q += 3;
    else if ((unsigned char)t[q] >= 0xC3 && (unsigned char)t[q] < 0xE0 && q + 1 < e) q += 2;
    else break;
  }
  return q;
}

/* The start of the line p is on. */
static uint32_t line_start(const char *t, uint32_t p) {
  while (p > 0 && t[p - 1] != '\n') p--;
  return p;
}

/* Does mention m (in the title) hold the document's own meeting: its name, or a text
 * named after it (Chairman's Statement of the 20th ASEAN-Japan Summit)? */
static int holds_own(const dg_rel_ctx *c, const dg_mention *m) {
  const dg_mention *own = &c->d->ments[c->main_meeting];
  if (!strcmp(m->id, own->id)) return 1;
  return m->type == DG_TYPE_PROGRAM && m->start <= own->start && own->end <= m->end;
}

/* A mention that starts at p after the name: its place or date taken; 0 when it is
 * neither (the walk stops). */
static int take_after(const dg_rel_ctx *c, uint32_t i, title_walk *w) {
  const dg_mention *m = &c->d->ments[i];
  if (!strcmp(m->id, c->d->ments[c->main_meeting].id)) return 1; /* (FFMM) */
  if (dg_rel_is_type(m, DG_REL_PLACES)) {
    if (w->place < 0) w->place = (long)i;
    return 1;
  }
  if (m->type == DG_TYPE_DATE) {
    if (w->date < 0) w->date = (long)i;
    return 1;
  }
  return 0;
}

/* Forget what the walk found on the line it stopped at, position p. */
static void drop_line(const dg_rel_ctx *c, uint32_t p, title_walk *w) {
  uint32_t a = line_start(c->d->text, p);
  if (w->place >= 0 && c->d->ments[w->place].start >= a) w->place = -1;
  if (w->date >= 0 && c->d->ments[w->date].start >= a) w->date = -1;
}

/* Walk the title t[p, e): words of report_titles.tsv and the meeting's name, then places,
 * dates and marks. */
static void walk(const dg_rel_ctx *c, uint32_t p, uint32_t e, title_walk *w) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t i = 0;
  while (p < e) {
    uint32_t k = mark_at(t, e, p);
    if (k) {
      p += k;
      continue;
    }
    while (i < d->nments && (c->nested[i] || d->ments[i].start < p)) i++;
    if (i < d->nments && d->ments[i].start == p &&
        (w->named ? take_after(c, i, w) : holds_own(c, &d->ments[i]))) {
      w->named = 1;
      p = d->ments[i].end;
      continue;
    }
    uint32_t z = word_end(t, e, p);
    if (z == p || dg_wordlist_find(&c->r->report_titles, t + p, z - p) < 0) {
      if (w->named) drop_line(c, p, w);
      else w->place = w->date = -1;
      return;
    }
    p = z;
  }
}

/* Is mention `to` the end of a tie of kind k from a meeting other than the document's own
 * (EAS / Singapore, 22 July 2008 // The EAS Foreign Ministers' Consultations were held on
 * 22 July 2008 in Singapore: the line is that meeting's, the title a heading)? */
static int others(const dg_rel_ctx *c, dg_rel_kind k, long to) {
  const dg_doc *d = c->d;
  const char *own = d->ments[c->main_meeting].id, *id = d->ments[to].id;
  for (size_t r = 0; r < c->rels.n; r++) {
    const dg_relation *x = &c->rels.v[r];
    if (x->kind == k && !strcmp(d->ments[x->to].id, id) && strcmp(d->ments[x->from].id, own))
      return 1;
  }
  return 0;
}

void dg_rel_title_venue(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  if (c->main_meeting < 0 || !d->nblocks) return;
  size_t nb = 0;
  while (nb < d->nblocks && nb < 6 && dg_rel_title_block(d, nb)) nb++;
  if (!nb) return;
  for (size_t s = 0; s < d->nsents && d->sents[s].block < nb; s++)
    if (!dg_rel_latin(c, (uint32_t)s)) return;
  title_walk w = {0, -1, -1};
  walk(c, d->blocks[0].start, d->blocks[nb - 1].end, &w);
  uint32_t m = (uint32_t)c->main_meeting;
  if ((w.place >= 0 && others(c, DG_REL_HELD_IN, w.place)) ||
      (w.date >= 0 && others(c, DG_REL_HELD_ON, w.date)))
    return;
  if (w.place >= 0 && !dg_rel_has_tie(c, DG_REL_HELD_IN, m, -1))
    dg_rel_add(c, DG_REL_HELD_IN, m, (uint32_t)w.place, d->ments[w.place].sentence);
  if (w.date >= 0 && !dg_rel_has_tie(c, DG_REL_HELD_ON, m, -1))
    dg_rel_add(c, DG_REL_HELD_ON, m, (uint32_t)w.date, d->ments[w.date].sentence);
}
