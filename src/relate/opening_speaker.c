/* Who speaks at the opening of a meeting takes part in it: a Japanese sentence that opens
 * with a word of opening_words.tsv (冒頭、 冒頭には、 冒頭の挨拶に立った), maybe after the
 * meeting's name or a word of the section meeting's name and の, says the first person
 * after the word spoke there.
 *   冒頭、山田会長は、…と述べた。        -> participates_in(山田, the section's meeting)
 *   第3回X会合冒頭には、山田事務総長が挨拶 -> participates_in(山田, 第3回X会合)
 *   フォーラム冒頭の挨拶に立った山田理事長は -> participates_in(山田, …フォーラム)
 * Invariant: the word opens the sentence but for what is named before it; the meeting is
 * the one named there, else the section's (dg_rel_section_meeting), whose name must hold
 * the word before (フォーラム, two letters or more) or, with nothing before, the sentence
 * must name no meeting; between the word and the person stand only names, titles, の and
 * spaces (no other particle: the first actor of the sentence, not one it reports on).
 * In English (dg_rel_speech_opener) a sentence that opens with the speaker's speech says the
 * person after the comma spoke at the meeting the opening names, else the section's:
 *   In his opening remarks to the Forum, Dr. Jane Roe stressed … -> participates_in(Roe, Forum)
 * Invariant: the first actor after the comma is that person, with only capitalized words
 * (titles) before it; a sentence that names another meeting than the section's elsewhere
 * but in the opening gives none (In his speech, A recalled the M: what he spoke of). The
 * phrase set off by commas after the sentence's first person says the same (A, in his
 * welcome address, commended ...: inserted_speech). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does [a, z) hold only names, titles, spaces and の: no hiragana but の? */
static int no_particle(const char *t, uint32_t a, uint32_t z) {
  for (uint32_t p = a; p < z; p += (uint32_t)dg_utf8_len(t + p, t + z)) {
    uint32_t cp = dg_cp_at(t, z, p);
    if (dg_script_of(cp) == DG_SC_HIRAGANA && cp != 0x306E) return 0; /* の */
  }
  return 1;
}

/* The meeting sentence s's opening word at w speaks of: one named from the sentence's
 * start a to w (maybe with の), else the section's when [a, w) is empty and the sentence
 * names no meeting, or is a word of the section meeting's name (シンポジウム冒頭には、 under
 * the X記念シンポジウムIV); -1 when none. */
static long opening_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t w) {
  const char *t = c->d->text;
  uint32_t z = dg_lit_before(t, w, "\xE3\x81\xAE") && w >= a + 3 ? w - 3 : w; /* の */
  int named = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (m->start == a && m->end == z) return (long)i;
    named = 1;
  }
  long sm = dg_rel_section_meeting(c, s);
  if (sm < 0) return -1;
  if (z == a) return named ? -1 : sm;
  const dg_mention *m = &c->d->ments[sm];
  uint32_t n = z - a;
  for (uint32_t p = m->start; !m->implicit && n >= 6 && p + n <= m->end; p++)
    if (!memcmp(t + p, t + a, n)) return sm;
  return -1;
}

void dg_rel_opening_speaker(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const dg_sentence *se = &c->d->sents[s];
  const char *t = c->d->text;
  if (dg_rel_latin(c, s)) return;
  uint32_t a = se->start;
  while (a < se->end && (t[a] == ' ' || t[a] == '\n')) a++;
  uint32_t w = a, z = 0;
  for (; w < se->end && w < a + 60 && !z; w++) {
    long k = dg_wordlist_at(&c->r->opening_words, t, se->end, w);
    if (k >= 0) z = w + (uint32_t)c->r->opening_words.w[k].len;
  }
  if (!z) return;
  long m = opening_meeting(c, s, a, --w);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (c->nested[i] || p->start < z || p->type != DG_TYPE_PERSON || p->implicit) continue;
    if (no_particle(t, z, p->start)) dg_rel_add(c, kind, i, (uint32_t)m, s);
    return; /* the first person only */
  }
}

/* ---- English: "In his speech, A" ---- */

/* The end of an English phrase "In|in his|her|their [up to two words] <word of
 * speech_words.tsv>" from a (In his opening remarks, in her keynote address), or 0. */
static uint32_t speech_opener_end(const dg_rel_ctx *c, uint32_t s, uint32_t a) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, p = a + 3;
  if (e < a + 12 || (strncmp(t + a, "In ", 3) && strncmp(t + a, "in ", 3))) return 0;
  long k = dg_wordlist_at(&c->r->personal_possessives, t, e, p);
  if (k < 0 || t[p + c->r->personal_possessives.w[k].len] != ' ') return 0;
  p += (uint32_t)c->r->personal_possessives.w[k].len + 1;
  for (int words = 0; words < 3 && p < e; words++) {
    long w = dg_wordlist_at(&c->r->speech_words, t, e, p);
    if (w >= 0 && dg_rel_whole_word(&c->r->speech_words, t, e, p))
      return p + (uint32_t)c->r->speech_words.w[w].len;
    while (p < e && dg_is_lower((unsigned char)t[p])) p++;
    if (p >= e || t[p] != ' ') return 0;
    p++;
  }
  return 0;
}

/* Do the words of [a, z) all open with a capital (titles before a name: Forum Secretary-
 * General, Dr.)? */
static int capitals_only(const char *t, uint32_t a, uint32_t z) {
  for (uint32_t p = a; p < z; p++)
    if ((p == a || t[p - 1] == ' ') && t[p] != ' ' && !(t[p] >= 'A' && t[p] <= 'Z')) return 0;
  return 1;
}

/* The speech phrase set off by commas right after the first person of an English sentence
 * (The Prime Minister of Fiji Jane Doe, in his welcome address, commended ...): the person
 * spoke at the meeting the phrase names, else at the section's, whatever the sentence goes
 * on to name after it. Near miss: a person further in (A thanked B, in his address, ...). */
static void inserted_speech(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  long person = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && person == -1; i++)
    if (!c->nested[i] && !c->d->ments[i].implicit && c->d->ments[i].type == DG_TYPE_PERSON)
      person = (long)i;
  if (person < 0) return;
  const dg_mention *p = &c->d->ments[person];
  uint32_t w = dg_lit(t, e, p->end, ", ") ? speech_opener_end(c, s, p->end + 2) : 0;
  if (!w || !dg_lit(t, e, w, ",")) return;
  long m = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m < 0; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING && c->d->ments[i].start >= p->end &&
        c->d->ments[i].end <= w)
      m = (long)i;
  if (m < 0) m = dg_rel_section_meeting(c, s);
  if (m >= 0) dg_rel_add(c, kind, (uint32_t)person, (uint32_t)m, s);
}

void dg_rel_speech_opener(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  if (!dg_rel_latin(c, s)) return;
  uint32_t a = se->start;
  while (a < se->end && (t[a] == ' ' || t[a] == '\n')) a++;
  uint32_t w = speech_opener_end(c, s, a);
  if (!w) {
    inserted_speech(c, s, kind);
    return;
  }
  const char *comma = w ? memchr(t + w, ',', se->end - w) : NULL;
  if (!comma || comma - (t + w) > 120) return;
  uint32_t z = (uint32_t)(comma - t);
  long m = -1, named = 0, person = -1, sm = dg_rel_section_meeting(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->implicit) continue;
    if (x->type == DG_TYPE_MEETING) {
      named |= sm < 0 || strcmp(x->id, c->d->ments[sm].id) != 0;
      if (x->start >= w && x->end <= z && m < 0) m = (long)i;
    } else if (person == -1 && x->start > z && dg_rel_is_actor(x)) {
      person = x->type == DG_TYPE_PERSON && capitals_only(t, z + 2, x->start) ? (long)i : -2;
    }
  }
  if (m < 0 && !named) m = sm;
  if (m >= 0 && person >= 0) dg_rel_add(c, kind, (uint32_t)person, (uint32_t)m, s);
}
