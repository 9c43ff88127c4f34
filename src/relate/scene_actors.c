/* Who acts at a meeting takes part in it: an English sentence that names one meeting as
 * its scene ("at the M", "during the M", or opening with "At the M,"; a part of it before
 * "of", scene_parts.tsv: "at the outset of the M"; or opening with a word of
 * scene_openers.tsv: "Addressing the opening session of the M,") and whose subject does
 * one of the verbs of scene_verbs.tsv (agreed, discussed, reaffirmed, said ...) says the
 * subject's people, countries, groups and organizations were there.
 *   At the Third Mekong-Korea Ministerial Meeting, Laos and Cambodia agreed to ...
 *   Laos and Cambodia discussed trade at the Third Mekong-Korea Ministerial Meeting.
 *   Foreign Ministers of Laos and Cambodia reaffirmed ... at the M.
 *     -> participates_in(Laos, M), (Cambodia, M)
 *   "...," A told reporters after a session at the M.  -> participates_in(A, M)
 * Invariant: one scene meeting a sentence (two: nothing), not one after "on the sidelines
 * of" (a meeting apart from what is told); the subject is the names before the sentence's
 * first such verb (after the fronted scene, or from the sentence's start past a quotation
 * it opens with), each with no preposition before it but "of" after a word of
 * lead_parties.tsv (Ministers of A), none the agent of a participle (hosted by A), a
 * possessive (Japan's) nor the country after the scene's place (in Suva, Fiji); the verb
 * comes before the meeting unless the scene is fronted; an opener only fronted. A sentence
 * that names no meeting, place or date at all speaks of its section's meeting: there only a
 * subject that opens the sentence and holds a person counts (section_speakers: ADB
 * president A emphasized ...). Japanese scenes are dg_rel_scene_speaker's (speaker.c) and
 * the announcing verbs' (kinds.c). */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The start of a word of list l (any ASCII case) that ends right before offset p after a
 * space or at a (the longest), or -1. */
static long word_before(const char *t, const dg_wordlist *l, uint32_t a, uint32_t p) {
  long best = -1;
  for (size_t k = 0; k < l->n; k++) {
    uint32_t n = (uint32_t)l->w[k].len;
    if (p >= a + n && !strncasecmp(t + p - n, l->w[k].s, n) &&
        (p == a + n || t[p - n - 1] == ' ') && (best < 0 || p - n < (uint32_t)best))
      best = (long)(p - n);
  }
  return best;
}

/* The start of the scene phrase before meeting m (sentence text from a), or -1: "at the M"
 * or "during the M", maybe naming a part of it (at the outset of the M, at the first
 * session of M: scene_parts.tsv), or one of scene_openers.tsv before "the" (Addressing
 * the M, Speaking at the opening session of the M); *opener says it is the last. */
static long scene_start(const dg_rel_ctx *c, uint32_t a, const dg_mention *m, int *opener,
                        int *named_part) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (!strncasecmp(t + q, "the ", 4)) q += 4; /* a back reference holds its article */
  *opener = *named_part = 0;
  uint32_t of = dg_lit_before(t, q, " of the ") ? 8 : dg_lit_before(t, q, " of ") ? 4 : 0;
  long w = of && q >= a + of ? word_before(t, &c->r->scene_parts, a, q - of) : -1;
  if (w >= 0) q = (uint32_t)w, *named_part = 1;
  if (q < a + 4 || strncasecmp(t + q - 4, "the ", 4)) return -1;
  q -= 4;
  static const char *const lead[] = {"at ", "during "};
  for (size_t k = 0; k < sizeof lead / sizeof *lead; k++) {
    uint32_t n = (uint32_t)strlen(lead[k]);
    if (q >= a + n && !strncasecmp(t + q - n, lead[k], n) && (q == a + n || t[q - n - 1] == ' '))
      return (long)(q - n);
  }
  if (q > a && t[q - 1] == ' ') w = word_before(t, &c->r->scene_openers, a, q - 1);
  else w = -1;
  *opener = w >= 0;
  return w;
}

/* The one meeting sentence s names as its scene, or -1 (none, or two different ones);
 * *start: where its scene phrase starts, *opener: whether a word of scene_openers.tsv
 * opens it. A part of the meeting (at the outset of the M) or an opener stands for the
 * scene "at" or "during" gives (the M is then the object of "of" or of the opener). */
static long scene_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t *start, int *opener) {
  long one = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    int op, part;
    if (c->nested[i] || !dg_rel_is_meeting(m)) continue;
    long st = scene_start(c, c->d->sents[s].start, m, &op, &part);
    if (st < 0 || (!op && !part && dg_rel_part(c, m) != DG_PART_SCENE)) continue;
    if (one >= 0 && strcmp(c->d->ments[one].id, m->id)) return -1;
    if (one < 0) one = (long)i, *start = (uint32_t)st, *opener = op;
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

/* The offset right after the quotation sentence s opens with ("...," A said at the M: no
 * name inside it is the subject), or a when it opens with none or the quote never ends. */
static uint32_t past_quote(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (t[a] != '"' && !dg_lit(t, e, a, "\xE2\x80\x9C")) return a;
  for (uint32_t p = a + 1; p < e; p++) {
    if (t[p] == '"') return p + 1;
    if (dg_lit(t, e, p, "\xE2\x80\x9D")) return p + 3; /* ” */
  }
  return a;
}

/* Is mention i (of sentence s, starting at or after a) one of the subject's names: an
 * actor with no preposition before it, or "of" after a party noun, nor an agent or owner? */
static int subject_name(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (c->nested[i] || !dg_rel_is_actor(m) || m->implicit) return 0;
  if (dg_possessive_at(t, e, m->end) || dg_rel_agent_of_other(c, s, i)) return 0;
  if (m->type == DG_TYPE_COUNTRY && dg_rel_apposed_place(c, m)) return 0; /* Suva, Fiji */
  uint8_t part = dg_rel_part(c, m);
  if (part == DG_PART_OF) {
    uint32_t p = m->start;
    const dg_wordlist *l = &c->r->lead_parties;
    if (p >= a + 4 && !memcmp(t + p - 4, " of ", 4)) return word_before(t, l, a, p - 4) >= 0;
    if (p >= a + 8 && !memcmp(t + p - 8, " of the ", 8)) return word_before(t, l, a, p - 8) >= 0;
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

/* Does sentence s name no meeting, place or date at all (not even a back reference), so
 * that it tells what happened at the meeting its section is about? */
static int names_no_setting(const dg_rel_ctx *c, uint32_t s) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (dg_rel_is_meeting(m) || m->type == DG_TYPE_PLACE || m->type == DG_TYPE_DATE) return 0;
  }
  return 1;
}

/* Does the text [a, b) hold nothing but spaces, commas and maybe "The " (the subject's
 * first name opens the sentence there)? */
static int opens_at(const char *t, uint32_t a, uint32_t b) {
  while (a < b && (t[a] == ' ' || t[a] == ',')) a++;
  if (b >= a + 4 && !strncasecmp(t + a, "the ", 4)) a += 4;
  return a == b;
}

/* The person a quotation's verb comes before ("...," said Mr. A, Director of B.): the first
 * mention after verb v when it is a person with nothing but spaces and maybe one form of
 * address ending with a full stop (Mr., Dr.) between, or -1. */
static long inverted_speaker(const dg_rel_ctx *c, uint32_t s, uint32_t v) {
  const char *t = c->d->text;
  uint32_t p = v;
  while (p < c->d->sents[s].end && t[p] != ' ') p++;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (c->nested[i] || y->start < p) continue;
    if (y->type != DG_TYPE_PERSON) return -1;
    uint32_t q = p + 1, w = q;
    while (w < y->start && t[w] != ' ') w++;
    if (w > q && w <= q + 4 && t[w - 1] == '.' && dg_is_upper(t[q])) q = w + 1;
    return q == y->start && t[p] == ' ' ? (long)i : -1;
  }
  return -1;
}

/* A record's speaker: in a sentence that names no setting (names_no_setting), a subject
 * that opens it (maybe after a quotation) with a person among its names, then a verb of
 * scene_verbs.tsv, speaks at the meeting of the section (ADB president A emphasized the
 * progress; "...," Mr. A said.) -> participates_in(A and his body, M). Near misses: a
 * subject with no person (the Program has made progress), a sentence naming a place or a
 * date (A said in Tokyo on Monday). After a quotation the verb may come first, its person
 * right after it ("...," said Mr. A, Director of B: inverted_speaker). */
static void section_speakers(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  uint32_t a = past_quote(c, s, c->d->sents[s].start), v;
  long m = names_no_setting(c, s) ? dg_rel_section_meeting(c, s) : -1;
  if (m < 0 || !(v = first_verb(c, s, a, c->d->sents[s].end))) return;
  long sp = a > c->d->sents[s].start && opens_at(c->d->text, a, v) ? inverted_speaker(c, s, v) : -1;
  if (sp >= 0) dg_rel_add(c, kind, (uint32_t)sp, (uint32_t)m, s); /* ...," said Mr. A */
  int person = 0, first = 1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (c->nested[i] || y->start < a || y->end > v) continue;
    if (first && !opens_at(c->d->text, a, y->start)) return; /* the subject opens it */
    if (!subject_name(c, s, a, i)) return;
    person |= y->type == DG_TYPE_PERSON, first = 0;
  }
  for (uint32_t i = c->sent_first[s]; person && i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (!c->nested[i] && y->start >= a && y->end <= v)
      dg_rel_add(c, kind, i, (uint32_t)m, s);
  }
}

/* The offset where a word of session_verbs.tsv starts right before meeting m (one space and
 * maybe "the " between: opened the M, wrapped up the M) in sentence text from a, or -1. */
static long session_verb(const dg_rel_ctx *c, uint32_t a, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t q = m->start;
  if (q >= a + 4 && !strncasecmp(t + q - 4, "the ", 4)) q -= 4;
  if (q <= a + 1 || t[q - 1] != ' ') return -1;
  return word_before(t, &c->r->session_verbs, a, q - 1);
}

/* Is mention i (before the verb, from a) a name of a subject that holds a person: a
 * subject_name, or a country or group owning a title there (Fiji's Prime Minister, A)? */
static int session_name(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t i, int person) {
  const dg_mention *m = &c->d->ments[i];
  if (subject_name(c, s, a, i)) return 1;
  return person && !c->nested[i] && !m->implicit && dg_rel_is_actor(m) &&
         m->type != DG_TYPE_PERSON && dg_possessive_at(c->d->text, c->d->sents[s].end, m->end);
}

/* The subject of a verb of session_verbs.tsv whose object is a meeting opened or closed it,
 * so took part: "Fiji's Prime Minister, A; Samoa's Prime Minister, B; and C ended the
 * Leaders' Summit with a retreat" -> participates_in(A, B, C, Fiji, Samoa, Summit). The
 * subject runs from the sentence's start (past a dateline or an opening quotation) to the
 * verb, with no verb of scene_verbs.tsv before it (Japan noted that Fiji opened the M: not
 * Japan); a possessive country counts only beside a person. Near misses: a verb that only
 * speaks of the meeting (praised the Summit), the meeting as subject (the Summit ended). */
static void session_subjects(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  uint32_t a = c->d->sents[s].start, after = dg_rel_dateline_end(c, s);
  if (after > a) a = after;
  a = past_quote(c, s, a);
  long m = -1, v = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m < 0; i++)
    if (!c->nested[i] && dg_rel_is_meeting(&c->d->ments[i]) &&
        (v = session_verb(c, a, &c->d->ments[i])) > (long)a)
      m = (long)i;
  if (m < 0 || first_verb(c, s, a, (uint32_t)v)) return;
  int person = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (y->start >= a && y->end <= (uint32_t)v && y->type == DG_TYPE_PERSON &&
        subject_name(c, s, a, i))
      person = 1;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *y = &c->d->ments[i];
    if (y->start >= a && y->end <= (uint32_t)v && session_name(c, s, a, i, person))
      dg_rel_add(c, kind, i, (uint32_t)m, s);
  }
}

void dg_rel_scene_actors(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_latin(c, s)) return;
  session_subjects(c, s, kind);
  uint32_t start = 0;
  int opener = 0;
  long m = scene_meeting(c, s, &start, &opener);
  if (m < 0) {
    section_speakers(c, s, kind);
    return;
  }
  const dg_mention *x = &c->d->ments[m];
  uint32_t a = c->d->sents[s].start, after = dg_rel_dateline_end(c, s);
  if (after > a) a = after;
  int fronted = start == a; /* At the M, ...; Addressing the M, ... */
  if (opener && !fronted) return;
  uint32_t from = fronted ? x->end : past_quote(c, s, a);
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
