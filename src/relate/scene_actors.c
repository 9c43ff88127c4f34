/* Who acts at a meeting takes part in it: an English sentence that names one meeting as
 * its scene ("at the M", "during the M", or opening with "At the M,") and whose subject
 * does one of the verbs of scene_verbs.tsv (agreed, discussed, reaffirmed, said ...) says
 * the subject's people, countries, groups and organizations were there.
 *   At the Third Mekong-Korea Ministerial Meeting, Laos and Cambodia agreed to ...
 *   Laos and Cambodia discussed trade at the Third Mekong-Korea Ministerial Meeting.
 *   Foreign Ministers of Laos and Cambodia reaffirmed ... at the M.
 *     -> participates_in(Laos, M), (Cambodia, M)
 * Invariant: one scene meeting a sentence (two: nothing), not one after "on the sidelines
 * of" (a meeting apart from what is told); the subject is the names before the sentence's
 * first such verb (after the fronted scene, or from the sentence's start), each with no
 * preposition before it but "of" after a word of lead_parties.tsv (Ministers of A), none
 * the agent of a participle (hosted by A) nor a possessive (Japan's); the verb comes
 * before the meeting unless the scene is fronted. Japanese scenes are dg_rel_scene_speaker's
 * (speaker.c) and the announcing verbs' (kinds.c). */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does the text right before meeting m read "at the " or "during the " (any case)? */
static int scene_words_before(const char *t, uint32_t a, const dg_mention *m) {
  static const char *const w[] = {"at the ", "during the "};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
    size_t n = strlen(w[k]);
    if (m->start >= a + n && !strncasecmp(t + m->start - n, w[k], n) &&
        (m->start == a + n || t[m->start - n - 1] == ' '))
      return 1;
  }
  return 0;
}

/* The one meeting sentence s names as its scene, or -1 (none, or two different ones). */
static long scene_meeting(const dg_rel_ctx *c, uint32_t s) {
  long one = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_meeting(m) || dg_rel_part(c, m) != DG_PART_SCENE ||
        !scene_words_before(c->d->text, c->d->sents[s].start, m))
      continue;
    if (one >= 0 && strcmp(c->d->ments[one].id, m->id)) return -1;
    if (one < 0) one = (long)i;
  }
  return one;
}

/* The offset of the first word of scene_verbs.tsv in [a, z) of sentence s, or 0. */
static uint32_t first_verb(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  for (uint32_t p = a; p < z; p++)
    if ((p == 0 || t[p - 1] == ' ') && dg_rel_whole_word(&c->r->scene_verbs, t, c->d->sents[s].end, p))
      return p;
  return 0;
}

/* Does a word of lead_parties.tsv end right before " of " at p (Foreign Ministers of A)? */
static int party_noun_before(const dg_rel_ctx *c, uint32_t a, uint32_t p) {
  const char *t = c->d->text;
  const dg_wordlist *l = &c->r->lead_parties;
  for (size_t k = 0; k < l->n; k++) {
    uint32_t n = (uint32_t)l->w[k].len;
    if (p >= a + n && !strncasecmp(t + p - n, l->w[k].s, n) && (p == a + n || t[p - n - 1] == ' '))
      return 1;
  }
  return 0;
}

/* Is mention i (of sentence s, starting at or after a) one of the subject's names: an
 * actor with no preposition before it, or "of" after a party noun, nor an agent or owner? */
static int subject_name(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (c->nested[i] || !dg_rel_is_actor(m) || m->implicit) return 0;
  if (dg_possessive_at(t, e, m->end) || dg_rel_agent_of_other(c, s, i)) return 0;
  uint8_t part = dg_rel_part(c, m);
  if (part == DG_PART_OF) {
    uint32_t p = m->start;
    if (p >= a + 4 && !memcmp(t + p - 4, " of ", 4)) return party_noun_before(c, a, p - 4);
    if (p >= a + 8 && !memcmp(t + p - 8, " of the ", 8)) return party_noun_before(c, a, p - 8);
    return 0;
  }
  return part == 0;
}

/* Does [v, z) (from the verb to the scene) hold a word that would take the scene from the
 * verb: a participle or past form (the outcomes achieved at the M), a relative pronoun or
 * "that" (noted that B agreed at the M)? Checked for the verb before the scene only. */
static int scene_taken(const char *t, uint32_t v, uint32_t z) {
  static const char *const rel[] = {"that", "which", "who", "where", "when", "whose"};
  uint32_t p = v;
  while (p < z && t[p] != ' ') p++; /* past the verb */
  while (p < z) {
    while (p < z && t[p] == ' ') p++;
    uint32_t w = p;
    while (p < z && t[p] != ' ') p++;
    if (p - w > 3 && !memcmp(t + p - 2, "ed", 2)) return 1;
    for (size_t k = 0; k < sizeof rel / sizeof *rel; k++)
      if (p - w == strlen(rel[k]) && !memcmp(t + w, rel[k], p - w)) return 1;
  }
  return 0;
}

void dg_rel_scene_actors(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_latin(c, s)) return;
  long m = scene_meeting(c, s);
  if (m < 0) return;
  const dg_mention *x = &c->d->ments[m];
  uint32_t a = c->d->sents[s].start, after = dg_rel_dateline_end(c, s);
  if (after > a) a = after;
  int fronted = x->start <= a + 11 && (x->start == a + 7 || x->start == a + 11); /* At the */
  uint32_t from = fronted ? x->end : a;
  uint32_t v = first_verb(c, s, from, fronted ? c->d->sents[s].end : x->start);
  if (!v || (!fronted && (memchr(c->d->text + v, ';', x->start - v) ||
                          scene_taken(c->d->text, v, x->start))))
    return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (y->start >= from && y->end <= v && subject_name(c, s, from, i))
      dg_rel_add(c, kind, i, (uint32_t)m, s);
  }
}
