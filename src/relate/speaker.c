/* The speaker: who "I" is in a speech, an address a document quotes or a release. A
 * speaker names himself once (日本国内閣総理大臣の山田太郎です。: a person, a word of
 * self_intros.tsv and the end of the sentence), or the document's title names him alone
 * (MINISTER FOR FOREIGN AFFAIRS A; 山田総理挨拶); a first-person word of first_person.tsv
 * (私, I) after that stands for him where it is the subject, topic or partner of a verb
 * (私と一緒に共同議長を務める; I look forward to attending the Meeting).
 * In the record of a press conference, a speaker's label line ((山田総理)) names who speaks
 * in the lines after it, up to the next label: an attending verb of no subject there is his
 * (dg_rel_label_speaker).
 * A meeting that is the scene or topic of a sentence the speaker then speaks in as its
 * subject (会合においては、私の方から…を強調しました) is one he took part in
 * (dg_rel_scene_speaker); there the one person of the document's first line is the speaker
 * too when blocks tell no title (…についての会見(山田内閣総理大臣) on the line before).
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

#define LABEL_MAX 60       /* bytes of a speaker's label line, brackets included */
#define LABEL_REACH 6000   /* bytes before a verb its speaker's label may stand */

/* The first mention that starts after offset a (mentions are sorted by start). */
static size_t mentions_after(const dg_doc *d, uint32_t a) {
  size_t lo = 0, hi = d->nments;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ments[mid].start <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The person of the nearest speaker's label line before offset at: a line that is only a
 * person, maybe a title, in brackets ((山田総理), (山田外務大臣)); -1 when none stands within
 * LABEL_REACH bytes or when a label of no person ((記者): a question) is nearer. */
static long label_speaker(const dg_rel_ctx *c, uint32_t at) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t le = at;
  while (le > 0 && t[le - 1] != '\n') le--; /* the start of at's line */
  while (le > 0 && at - le < LABEL_REACH) {
    uint32_t ls = --le; /* le: the newline that ends the line before */
    while (ls > 0 && t[ls - 1] != '\n') ls--;
    uint32_t a = ls, z = le;
    while (a < z && t[a] == ' ') a++;
    while (z > a && t[z - 1] == ' ') z--;
    if (z - a >= 2 && z - a <= LABEL_MAX && t[a] == '(' && t[z - 1] == ')' &&
        !memchr(t + a + 1, '(', z - a - 2)) {
      for (size_t k = mentions_after(d, a); k < d->nments && d->ments[k].start < z; k++) {
        const dg_mention *m = &d->ments[k];
        if (m->end < z && m->type == DG_TYPE_PERSON && !m->implicit) {
          long tw = dg_wordlist_at(&c->r->titles, t, z, m->end);
          uint32_t e = tw >= 0 ? m->end + (uint32_t)c->r->titles.w[tw].len : m->end;
          return m->start == a + 1 && e == z - 1 ? (long)k : -1;
        }
      }
      return -1; /* (記者) */
    }
    le = ls;
  }
  return -1;
}

long dg_rel_label_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  return dg_rel_latin(c, s) ? -1 : label_speaker(c, g->start);
}

static long first_line_person(const dg_rel_ctx *c, uint32_t at);

long dg_rel_purpose_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  static const char TAME[] = "\xE3\x81\x9F\xE3\x82\x81"; /* ため */
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_latin(c, s)) return -1;
  uint32_t p = g->end;
  for (int n = 0; n < 3 && p < se->end && !dg_lit(t, se->end, p, TAME) &&
                  dg_script_of(dg_cp_at(t, se->end, p)) == DG_SC_HIRAGANA;
       n++)
    p += 3; /* する, します */
  if (!dg_lit(t, se->end, p, TAME)) return -1;
  p += 6;
  if (dg_lit(t, se->end, p, "\xE3\x81\xAB")) p += 3; /* ために */
  if (!dg_lit(t, se->end, p, "\xE3\x80\x81")) return -1; /* 、 */
  p += 3;
  uint32_t z = first_person_at(c, s, p);
  long w = z ? dg_wordlist_at(&c->r->roles, t, se->end, z) : -1;
  uint8_t part = w >= 0 && c->r->roles.w[w].as.role.side == DG_SIDE_AFTER
                     ? c->r->roles.w[w].as.role.part
                     : 0;
  if (part != DG_PART_SUBJECT && part != DG_PART_TOPIC) return -1;
  long sp = speaker_before(c, s);
  return sp >= 0 ? sp : first_line_person(c, p);
}

long dg_rel_humble_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_latin(c, s) || g->end >= se->end) return -1;
  uint32_t p = g->end;
  if (dg_lit(c->d->text, se->end, p, "\xE3\x81\x97\xE3\x81\xA6")) p += 6; /* して */
  else if (dg_lit(c->d->text, se->end, p, "\xE3\x82\x92")) p += 3; /* を: 出席をいたしました */
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

/* The one person the document's first line names (a record's title: …についての会見(山田
 * 内閣総理大臣)), when that line ends before offset at, or -1 (none or two). */
static long first_line_person(const dg_rel_ctx *c, uint32_t at) {
  const dg_doc *d = c->d;
  const char *nl = memchr(d->text, '\n', d->len);
  uint32_t z = nl ? (uint32_t)(nl - d->text) : (uint32_t)d->len;
  long one = -1;
  if (z >= at) return -1;
  for (size_t k = 0; k < d->nments && d->ments[k].start < z; k++) {
    const dg_mention *m = &d->ments[k];
    if (m->type != DG_TYPE_PERSON || m->implicit) continue;
    if (one >= 0 && strcmp(d->ments[one].id, m->id)) return -1;
    one = (long)k;
  }
  return one;
}

void dg_rel_scene_speaker(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_latin(c, s)) return;
  long m = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m < 0; i++) {
    const dg_mention *x = &c->d->ments[i];
    uint8_t part = !c->nested[i] && x->type == DG_TYPE_MEETING ? dg_rel_part(c, x) : 0;
    if (part == DG_PART_SCENE || part == DG_PART_TOPIC) m = (long)i;
  }
  if (m < 0) return;
  for (uint32_t q = dg_sent_tok0(c->d, se); q < dg_sent_tokend(c->d, se); q++) {
    const dg_token *tk = dg_tok(c->d, q);
    if (tk->start < c->d->ments[m].end) continue;
    uint32_t z = first_person_at(c, s, tk->start);
    long w = z ? dg_wordlist_at(&c->r->roles, c->d->text, se->end, z) : -1;
    uint8_t p = w >= 0 && c->r->roles.w[w].as.role.side == DG_SIDE_AFTER
                    ? c->r->roles.w[w].as.role.part
                    : 0;
    if (p != DG_PART_SUBJECT && p != DG_PART_TOPIC) continue;
    long sp = speaker_before(c, s);
    if (sp < 0) sp = first_line_person(c, tk->start);
    if (sp >= 0) dg_rel_add(c, kind, (uint32_t)sp, (uint32_t)m, s);
    return;
  }
}
