/* The speaker: who "I" is in a speech, an address a document quotes or a release. A
 * speaker names himself once (日本国内閣総理大臣の山田太郎です。: a person, a word of
 * self_intros.tsv and the end of the sentence), or the document's title names him alone
 * (MINISTER FOR FOREIGN AFFAIRS A; 山田総理挨拶); a first-person word of first_person.tsv
 * (私, I) after that stands for him where it is the subject, topic or partner of a verb
 * (私と一緒に共同議長を務める; I look forward to attending the Meeting).
 * Invariant: no speaker without a self-introduction or a title naming one person before
 * the word; a first-person word that starts a longer word of pronouns.tsv (私たち: we)
 * names none, nor an English one in a sentence that names a person. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does person mention m introduce its speaker: a word of self_intros.tsv right after it, or
 * after a title that follows it, that ends its sentence (山田太郎です。, 山田外務大臣です。)? */
static int introduces(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[m->sentence];
  uint32_t p = m->end;
  long tw = dg_wordlist_at(&c->r->titles, t, se->end, p);
  if (tw >= 0 && c->r->titles.w[tw].as.title.side == DG_SIDE_AFTER)
    p += (uint32_t)c->r->titles.w[tw].len;
  long w = dg_wordlist_at(&c->r->self_intros, t, se->end, p);
  if (w < 0) return 0;
  uint32_t e = p + (uint32_t)c->r->self_intros.w[w].len;
  return e == se->end || dg_cp_at(t, se->end, e) == 0x3002; /* 。 */
}

/* The one person the title blocks that open the document name (MEDIA RELEASE — MINISTER
 * FOR FOREIGN AFFAIRS A; 首脳会合 山田総理挨拶: the author of a release or a speech), or -1
 * when they name none or two. */
static long header_person(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  long one = -1;
  size_t nb = 0;
  while (nb < d->nblocks && nb < 6 && dg_rel_title_block(d, nb)) nb++;
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *m = &d->ments[k];
    if (m->sentence >= d->nsents || d->sents[m->sentence].block >= nb) break;
    if (m->type != DG_TYPE_PERSON || m->implicit) continue;
    if (one >= 0 && strcmp(d->ments[one].id, m->id)) return -1;
    one = (long)k;
  }
  return one;
}

/* The person who introduced himself last before sentence s, else the one person the
 * document's title names, or -1. */
static long speaker_before(const dg_rel_ctx *c, uint32_t s) {
  for (uint32_t i = c->sent_first[s]; i-- > 0;) {
    const dg_mention *m = &c->d->ments[i];
    if (m->type == DG_TYPE_PERSON && !m->implicit && m->sentence < s && introduces(c, m))
      return (long)i;
  }
  long h = header_person(c);
  return h >= 0 && c->d->ments[h].sentence < s ? h : -1;
}

/* Does the word before offset q (one space between) start with a capital or a digit
 * (Phase I, World War I: a numeral, no pronoun)? */
static int after_name(const char *t, uint32_t min, uint32_t q) {
  if (q < min + 2 || t[q - 1] != ' ' || !dg_is_ascii_alnum((unsigned char)t[q - 2])) return 0;
  uint32_t a = q - 2;
  while (a > min && dg_is_ascii_alnum((unsigned char)t[a - 1])) a--;
  return (t[a] >= 'A' && t[a] <= 'Z') || (t[a] >= '0' && t[a] <= '9');
}

/* Does a place or country end right before offset q, one space between (In Lisbon I will
 * attend: a scene, not Phase I)? */
static int is_place(const dg_mention *m) { return dg_rel_is_type(m, DG_REL_PLACES); }

static int place_before(const dg_rel_ctx *c, uint32_t s, uint32_t q) {
  return q > 0 && dg_rel_mention_at(c, s, q - 1, 1, is_place) >= 0;
}

/* English: the speaker when clause k of sentence s has the first-person word of
 * first_person.tsv (I) before offset `before` as a subject (followed by a word in lower
 * case: I will attend, not Phase I), and the sentence names no person, who might be the
 * one quoted ('I will attend,' Mr A said); else -1. */
static long latin_speaker(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t before) {
  const char *t = c->d->text;
  const dg_rel_clause *cl = &c->clauses.v[k];
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (c->d->ments[i].type == DG_TYPE_PERSON) return -1;
  for (uint32_t q = cl->start; q < before && q < cl->end; q++) {
    long w = dg_wordlist_at(&c->r->first_person, t, cl->end, q);
    uint32_t z = w >= 0 ? q + (uint32_t)c->r->first_person.w[w].len : q;
    if (z == q || (q > 0 && dg_is_ascii_alnum((unsigned char)t[q - 1])) || z + 1 >= cl->end ||
        t[z] != ' ' || t[z + 1] < 'a' || t[z + 1] > 'z' ||
        (after_name(t, cl->start, q) && !place_before(c, s, q)))
      continue;
    return speaker_before(c, s);
  }
  return -1;
}

/* The end of a first-person word at offset i of sentence s on token boundaries, not the
 * start of a longer pronoun (私たち), or 0. */
static uint32_t first_person_at(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  long w = dg_wordlist_at(&c->r->first_person, t, e, i);
  if (w < 0) return 0;
  uint32_t z = i + (uint32_t)c->r->first_person.w[w].len;
  long p = dg_wordlist_at(&c->r->pronouns, t, e, i);
  if (p >= 0 && c->r->pronouns.w[p].len > z - i) return 0;
  return dg_doc_token_boundary(c->d, i) && dg_doc_token_boundary(c->d, z) ? z : 0;
}

long dg_rel_humble_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_latin(c, s) || g->end >= se->end) return -1;
  uint32_t p = g->end;
  if (dg_lit(c->d->text, se->end, p, "\xE3\x81\x97\xE3\x81\xA6")) p += 6; /* して */
  if (dg_wordlist_at(&c->r->humble_verbs, c->d->text, se->end, p) < 0) return -1;
  return speaker_before(c, s);
}

long dg_rel_speaker_in(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t before,
                       uint8_t *part) {
  const dg_sentence *se = &c->d->sents[s];
  const dg_rel_clause *cl = &c->clauses.v[k];
  if (dg_rel_latin(c, s)) {
    long sp = latin_speaker(c, s, k, before);
    if (sp >= 0 && part) *part = DG_PART_SUBJECT;
    return sp;
  }
  for (uint32_t q = dg_sent_tok0(c->d, se); q < dg_sent_tokend(c->d, se); q++) {
    const dg_token *tk = dg_tok(c->d, q);
    if (tk->end > before || tk->end > cl->end) break;
    uint32_t z = first_person_at(c, s, tk->start);
    long w = z ? dg_wordlist_at(&c->r->roles, c->d->text, se->end, z) : -1;
    uint8_t p = w >= 0 && c->r->roles.w[w].as.role.side == DG_SIDE_AFTER
                    ? c->r->roles.w[w].as.role.part
                    : 0;
    if (tk->start < cl->start && p != DG_PART_TOPIC) continue; /* 私は、…し、: goes on */
    if (p == DG_PART_SUBJECT || p == DG_PART_TOPIC || p == DG_PART_WITH) {
      long sp = speaker_before(c, s);
      if (sp >= 0 && part) *part = p;
      return sp;
    }
  }
  return -1;
}
