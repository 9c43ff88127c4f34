/* The parties a news lead names: the body's first sentence (after its dateline), in a
 * document about one meeting, opening with the people who speak for them
 * (lead_parties.tsv, up to three words before the noun: Foreign Ministers, Senior
 * officials), then "of" or "from" and a list of countries and groups: each takes part in
 * the document's own meeting, whatever the sentence's verb (confirmed, agreed, pledged).
 *   Foreign Ministers of Cambodia, Laos and Japan confirmed their resolve ...
 *     -> participates_in(Cambodia, M), (Laos, M), (Japan, M)
 * Another party noun may go on with the subject after a comma or "and" (Ministers of A and
 * B, and the Ambassador of C to D: C takes part, D does not).
 * A document with no meeting of its own whose lead names none is about the meeting the next
 * sentence names as where the lead's news was made (The pledge was made at the Third X
 * Meeting on the sidelines of the Y Summit: the Third X Meeting).
 * Invariant: only the body's first sentence, only when the document has its own meeting
 * (or the next sentence's scene) and the sentence names no other, and only the list right
 * after "of" or "from" (the first word or name of another kind ends it). */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is sentence s the body's first: outside the title blocks, right after them? */
static int first_of_body(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  return !dg_rel_title_block(d, d->sents[s].block) &&
         (s == 0 || dg_rel_title_block(d, d->sents[s - 1].block));
}

/* Does sentence s name a meeting other than the document's own, or speak of one by a
 * meeting word of no name (will meet at the Lancang ministerial meeting)? */
static int names_other_meeting(const dg_rel_ctx *c, uint32_t s, long meeting) {
  const char *own = c->d->ments[meeting].id;
  if (dg_rel_unnamed_meeting(c, s, c->d->sents[s].start, c->d->sents[s].end)) return 1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING && strcmp(c->d->ments[i].id, own))
      return 1;
  return 0;
}

/* Does [a, z) hold "will", "would" or "shall" as a word? */
static int modal_before(const char *t, uint32_t a, uint32_t z) {
  static const char *const MODAL[] = {" will ", " would ", " shall "};
  for (uint32_t p = a; p < z; p++)
    for (size_t k = 0; k < sizeof MODAL / sizeof *MODAL; k++)
      if (dg_lit(t, z, p, MODAL[k])) return 1;
  return 0;
}

/* When the document has no meeting of its own and lead s names no meeting: the first
 * meeting the next sentence names right after "at the" (not implicit, not nested), or -1.
 * One after "on the sidelines of the" is no scene, nor one a modal before it puts ahead
 * (They will meet again at the Fifth X Meeting). */
static long next_scene(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  if (s + 1 >= d->nsents || !dg_rel_latin(c, s + 1)) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (d->ments[i].type == DG_TYPE_MEETING) return -1;
  for (uint32_t i = c->sent_first[s + 1]; i < c->sent_end[s + 1]; i++) {
    const dg_mention *m = &d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && !m->implicit &&
        dg_lit_before(d->text, m->start, " at the "))
      return modal_before(d->text, d->sents[s + 1].start, m->start) ? -1 : (long)i;
  }
  return -1;
}

/* Past " of " or " from " at p, or 0. */
static uint32_t past_of(const char *t, uint32_t p, uint32_t e) {
  return dg_lit(t, e, p, " of ") ? p + 4 : dg_lit(t, e, p, " from ") ? p + 6 : 0;
}

/* Where the list of parties starts after the noun that opens t at p (up to three words,
 * a word of lead_parties.tsv, then "of" or "from"), or 0. */
static uint32_t list_start(const dg_rel_ctx *c, uint32_t p, uint32_t e) {
  const char *t = c->d->text;
  const dg_wordlist *l = &c->r->lead_parties;
  for (int w = 0; w < 4 && p < e; w++) {
    for (size_t k = 0; k < l->n; k++) {
      uint32_t z = p + (uint32_t)l->w[k].len;
      if (z <= e && !strncasecmp(t + p, l->w[k].s, l->w[k].len) && past_of(t, z, e))
        return past_of(t, z, e);
    }
    while (p < e && (dg_is_ascii_alnum((unsigned char)t[p]) || t[p] == '-')) p++;
    if (p >= e || t[p] != ' ') return 0;
    p++;
  }
  return 0;
}

/* Where the list of another party noun starts that goes on with the lead's subject after
 * a list ended at p (Ministers of A and B, and the Ambassador of C to D: C too, not D): a
 * comma or "and", joiners and "the", then the noun and "of" or "from" (see list_start)
 * before z; or 0. */
static uint32_t next_party(const dg_rel_ctx *c, uint32_t p, uint32_t z) {
  const char *t = c->d->text;
  if (!dg_lit(t, z, p, ", ") && !dg_lit(t, z, p, " and ")) return 0;
  for (;;) {
    if (p < z && (t[p] == ',' || t[p] == ' ')) p++;
    else if (dg_lit(t, z, p, "and ") || dg_lit(t, z, p, "the ")) p += 4;
    else break;
  }
  return list_start(c, p, z);
}

void dg_rel_lead_parties(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, a = c->d->sents[s].start;
  if (!dg_rel_latin(c, s) || !first_of_body(c, s)) return;
  long own = c->main_meeting >= 0 ? c->main_meeting : next_scene(c, s);
  if (own < 0 || names_other_meeting(c, s, own)) return;
  uint32_t after = dg_rel_dateline_end(c, s);
  if (after > a) a = after;
  if (dg_lit(t, e, a, "The ")) a += 4;
  uint32_t p = list_start(c, a, e);
  for (uint32_t i = c->sent_first[s]; p && i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->end <= p) continue;
    if (m->type != DG_TYPE_COUNTRY && m->type != DG_TYPE_GROUP) break; /* another kind */
    if (!dg_rel_en_list_gap(t, p, m->start)) {
      uint32_t q = next_party(c, p, m->start); /* and the Ambassador of C */
      if (!q || !dg_rel_en_list_gap(t, q, m->start)) break; /* the list ends: another word */
    }
    dg_rel_add(c, kind, i, (uint32_t)own, s);
    p = m->end;
  }
}
