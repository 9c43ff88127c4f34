/* Where and when a meeting was held, from the verbs that hold one (held_on triggers:
 * 開催, 開かれ, held, met) and the venue words (held_in triggers: において, での, held in).
 * Each holding verb holds one meeting of its clause (held_meeting); the dates of the clause
 * and the venue its venue words name are that meeting's.
 *   令和7年2月5日、横浜において第14回日ASEAN会合を開催した -> held_on, held_in of 第14回
 *   第5回外相会議は、7月10日にプノンペンにおいて第45回閣僚会議に続いて開催された
 *     -> of 第5回 (the topic), never of the meeting it follows
 * Invariant: a date or venue is tied only within its clause, and only to a meeting its
 * clause holds (or the document's own, when the sentence names no meeting at all). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does sentence s name a meeting (not nested)? */
static int names_meeting(const dg_rel_ctx *c, uint32_t s) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING) return 1;
  return 0;
}

/* Is [a, z) the ending of a verb that modifies the name after it: at most seven kana or
 * kanji, no punctuation (された, 予定の, 開催中の, される予定の, を予定していた)? */
static int verb_ending(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  if (z < a || z - a > 21) return 0;
  for (uint32_t q = a; q < z;) {
    uint32_t cp = dg_cp_at(t, c->d->len, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_HIRAGANA && sc != DG_SC_KANJI) return 0;
    q += (uint32_t)dg_utf8_len(t + q, t + c->d->len);
  }
  return 1;
}

/* Is [a, z) the ending of a verb in the attributive form and a comma, before the name it
 * modifies (開催される、第7回首脳会議では; 開かれた、: at most four kana ending in る or
 * た)? */
static int attributive_comma(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  if (z < a + 6 || z - a > 15 || !dg_lit_before(t, z, "\xE3\x80\x81")) return 0; /* 、 */
  if (!dg_lit_before(t, z - 3, "\xE3\x82\x8B") && !dg_lit_before(t, z - 3, "\xE3\x81\x9F"))
    return 0; /* る た */
  for (uint32_t q = a; q < z - 3; q += 3)
    if (dg_script_of(dg_cp_at(t, c->d->len, q)) != DG_SC_HIRAGANA) return 0;
  return 1;
}

int dg_rel_held_after_verb(const dg_rel_ctx *c, const dg_rel_trigger *g, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  uint32_t z = dg_rel_enumerator_before(c->d->text, g->end, m->start); /* された1)X */
  if (z >= g->end + 3 && dg_lit_before(c->d->text, z, "\xE3\x80\x8C")) z -= 3; /* された「X」 */
  return m->start >= g->end &&
         ((c->ment_clause[i] == g->clause && verb_ending(c, g->end, z)) ||
          attributive_comma(c, g->end, z));
}

/* A meeting the holding verb cannot hold: one it follows, or one that owns the name after
 * it (Japanese only: 会議の成果). */
static int not_held(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  uint8_t part = dg_rel_part(c, m);
  return part == DG_PART_AFTER || (!dg_rel_latin(c, s) && part == DG_PART_OF);
}

/* Japanese: does a meeting word of heads.tsv that is part of no name stand as a subject
 * (が, も) in [a, z) of sentence s (…による会合が開かれた: that meeting is the one held)? */
static int unnamed_subject(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const dg_sentence *se = &c->d->sents[s];
  const dg_wordlist *h = &c->r->heads;
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start < a || tk->end > z || tk->pos != DG_POS_PARTICLE) continue;
    long w = dg_wordlist_at(&c->r->roles, c->d->text, tk->end, tk->start);
    if (w < 0 || c->r->roles.w[w].len != tk->end - tk->start ||
        c->r->roles.w[w].as.role.part != DG_PART_SUBJECT)
      continue;
    long hw = dg_wordlist_before(h, c->d->text, a, tk->start);
    int named = 0;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      named |= c->d->ments[i].start < tk->start && c->d->ments[i].end >= tk->start;
    if (hw >= 0 && h->w[hw].as.head.type == DG_TYPE_MEETING && !named) return 1;
  }
  return 0;
}

/* Is offset q of sentence s inside a mention (not nested)? */
static int named_at(const dg_rel_ctx *c, uint32_t s, uint32_t q) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].start <= q && c->d->ments[i].end > q) return 1;
  return 0;
}

/* Japanese: does the verb g end in a form that modifies what follows (される, された, する)
 * and a meeting word of heads.tsv end, after other words and within 120 bytes with no
 * comma or full stop, a phrase no name covers (来年日本で開催されるG20…に関する関係閣僚会合に
 * 向けた: the verb holds that unnamed meeting, not the sentence's topic)? Near misses: the
 * bare word right after the ending (東京で開催された会議では); a named meeting first (同日
 * 開催された「第9回…会合」の関連会合: the other rules decide). */
static int holds_unnamed_after(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, p = g->end;
  static const char *const ends[] = {"\xE3\x81\x95\xE3\x82\x8C\xE3\x82\x8B", /* される */
                                     "\xE3\x81\x95\xE3\x82\x8C\xE3\x81\x9F", /* された */
                                     "\xE3\x81\x99\xE3\x82\x8B"};               /* する */
  size_t k = 0;
  while (k < 3 && !dg_lit(t, e, p, ends[k])) k++;
  if (k == 3) return 0;
  uint32_t a = p + (uint32_t)strlen(ends[k]);
  for (uint32_t q = a + 3; q < e && q < a + 120; q++) {
    if (dg_lit(t, e, q, "\xE3\x80\x81") || dg_lit(t, e, q, "\xE3\x80\x82")) return 0;
    long w = dg_wordlist_at(&c->r->heads, t, e, q);
    if (w >= 0 && c->r->heads.w[w].as.head.type == DG_TYPE_MEETING) return !named_at(c, s, q);
  }
  return 0;
}

/* Japanese: the meeting right after the verb (…で開催された第16回首脳会議), else the nearest
 * before it in the clause that is its topic, subject or object with no meeting word of no
 * name as a subject between (Xを前に、…による会合が開かれた: that 会合 is held), else the sentence's topic
 * before it, unless the verb holds an unnamed meeting after it (holds_unnamed_after).
 * Returns the mention or -1. */
static long held_ja(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_mention *ms = c->d->ments;
  long before = -1, topic = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &ms[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (dg_rel_held_after_verb(c, g, i)) return (long)i;
    if (m->end > g->start) continue;
    uint8_t part = dg_rel_part(c, m);
    if (c->ment_clause[i] == g->clause &&
        (part == DG_PART_TOPIC || part == DG_PART_SUBJECT || part == DG_PART_OBJECT) &&
        !unnamed_subject(c, s, m->end, g->start))
      before = (long)i;
    if (part == DG_PART_TOPIC) topic = (long)i;
  }
  if ((before >= 0 || topic >= 0) && holds_unnamed_after(c, s, g)) return -1;
  return before >= 0 ? before : topic;
}

/* The meeting right before the comma of a relative clause k (the Summit, which was held in
 * Vientiane: clause_breaks.tsv relative), or -1. */
static long antecedent(const dg_rel_ctx *c, uint32_t s, uint32_t k) {
  const char *t = c->d->text;
  uint32_t cs = c->clauses.v[k].start, p = cs;
  long w = dg_wordlist_at(&c->r->clause_breaks, t, c->d->sents[s].end, cs);
  if (w < 0 || c->r->clause_breaks.w[w].as.clause_break.comma != 2) return -1;
  while (p > 0 && t[p - 1] == ' ') p--;
  if (p == 0 || t[p - 1] != ',') return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && m->end == p - 1 && !not_held(c, s, m))
      return (long)i;
  }
  return -1;
}

/* Does a meeting (not nested) of sentence s lie inside [a, z)? */
static int meeting_inside(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING && c->d->ments[i].start >= a &&
        c->d->ments[i].end <= z)
      return 1;
  return 0;
}

/* English: is meeting m one the holding verb g would not hold (see not_held), with "that"
 * or "which" right between them (following the first Summit that took place in Lima: the
 * verb holds the Summit followed, not the meeting named before it)? */
static int relative_on_unheld(const dg_rel_ctx *c, uint32_t s, const dg_mention *m,
                              const dg_rel_trigger *g) {
  const char *t = c->d->text;
  if (m->end + 6 > g->start || !not_held(c, s, m) || meeting_inside(c, s, m->end, g->start))
    return 0;
  return dg_lit(t, g->start, m->end, " that ") || dg_lit(t, g->start, m->end, " which ");
}

/* English: does meeting m own the noun after it ('s, ’s: hosted the dialogue's first
 * ministers' meeting: the verb holds that meeting, not the dialogue)? */
static int possessive(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  size_t n = dg_possessive_at(t, c->d->len, m->end);
  return n && dg_lit(t, c->d->len, m->end + n, " ");
}

static int meeting_word_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);

/* English: the meeting whose relative clause the verb opens (following the Summit that
 * took place in Lima: see relative_on_unheld), else the nearest meeting before the verb in
 * its clause (The Forum was held; the Summit held in), else the first after it (met in
 * Manado for the Meeting) unless a meeting word of no name is the verb's subject (A
 * meeting of the Council has begun at X in the lead up to the Summit: that meeting, not the
 * Summit), else the one a relative clause hangs on (the Summit, which was held in
 * Vientiane); never one that owns the noun after it (possessive), nor a gloss in
 * parentheses of the name before it (see dg_rel_gloss_of). */
static long held_en(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long before = -1, after = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (dg_rel_in_clause(c, i, g->clause) && m->type == DG_TYPE_MEETING && m->end <= g->start &&
        relative_on_unheld(c, s, m, g))
      return (long)i;
    if (!dg_rel_in_clause(c, i, g->clause) || m->type != DG_TYPE_MEETING || not_held(c, s, m) ||
        possessive(c, m))
      continue;
    if (m->end <= g->start) before = (long)i;
    else if (m->start >= g->end && after < 0) after = (long)i;
  }
  long glossed = before >= 0 ? dg_rel_gloss_of(c, s, (uint32_t)before) : -1;
  if (glossed >= 0) before = glossed; /* the 32nd Meeting of the Coastal Forum (CF) was held */
  long own = before >= 0 ? dg_rel_meeting_owner(c, s, &c->d->ments[before]) : -1;
  if (own != -1) return own >= 0 ? own : -1; /* the Senior Officials Meeting of the Dialogue */
  if (before < 0 && after >= 0 && meeting_word_before(c, s, g)) return -1;
  return before >= 0 ? before : after >= 0 ? after : antecedent(c, s, g->clause);
}

/* Does t[a, z) hold an ordinal of occasions (第1回, 第一回: 第, digits, 回) that the name of
 * meeting mm does not (第1回となる政策対話 under the title 第2回…政策対話: another one)? */
static int other_ordinal(const dg_rel_ctx *c, const dg_mention *mm, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  for (uint32_t p = a; p + 9 <= z; p++) {
    if (!dg_lit(t, z, p, "\xE7\xAC\xAC")) continue; /* 第 */
    uint32_t q = p + 3;
    while (q < z && (dg_is_digit(t[q]) || dg_wordlist_at(&c->r->kanji_digits, t, z, q) >= 0))
      q += dg_is_digit(t[q]) ? 1 : 3;
    if (q == p + 3 || !dg_lit(t, z, q, "\xE5\x9B\x9E")) continue; /* 回 */
    uint32_t n = q + 3 - p;
    int inside = 0;
    for (uint32_t r = mm->start; r + n <= mm->end && !inside; r++)
      inside = !memcmp(t + r, t + p, n);
    if (!inside) return 1;
  }
  return 0;
}

/* Does the run of nouns that ends at token k (k included) end the name of the document's
 * own meeting, two characters or more (情報通信大臣会合 of 日・ASEAN情報通信大臣会合, 会合), with
 * no ordinal of another occasion between `from` (its clause's start) and it: the
 * document's meeting named by its last words, no other argument? */
static int own_meeting_words(const dg_rel_ctx *c, const dg_sentence *se, uint32_t k,
                             uint32_t from) {
  if (c->main_meeting < 0) return 0;
  const dg_mention *mm = &c->d->ments[c->main_meeting];
  uint32_t z = dg_tok(c->d, k)->end, a = z;
  for (long q = k; q >= (long)dg_sent_tok0(c->d, se); q--) {
    const dg_token *tk = dg_tok(c->d, (uint32_t)q);
    if (tk->end != a || tk->pos < DG_POS_NOUN || tk->pos > DG_POS_NOUN_NUMBER) break;
    a = tk->start;
  }
  return z - a >= 6 && z - a <= mm->end - mm->start &&
         !memcmp(c->d->text + a, c->d->text + mm->end - (z - a), z - a) &&
         !other_ordinal(c, mm, from, a);
}

/* Does a Japanese holding verb have a subject or object of its own that names nothing,
 * before it in its clause (書簡の交換が横浜において行われ, 研修を実施): a particle が or を
 * right after a word that is no name nor the last words of the document's own meeting's
 * name (情報通信大臣会合が…開催され under the title 日・ASEAN情報通信大臣会合の結果)? */
static int own_argument(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_sentence *se = &c->d->sents[s];
  const dg_rel_clause *cl = &c->clauses.v[g->clause];
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start < cl->start || tk->end > g->start || tk->pos != DG_POS_PARTICLE) continue;
    long w = dg_wordlist_at(&c->r->roles, c->d->text, tk->end, tk->start);
    uint8_t part = w >= 0 && c->r->roles.w[w].len == tk->end - tk->start
                       ? c->r->roles.w[w].as.role.part
                       : 0;
    int after_name = 0;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      after_name |= c->d->ments[i].end == tk->start;
    if ((part == DG_PART_SUBJECT || part == DG_PART_OBJECT) && !after_name &&
        !(k > dg_sent_tok0(c->d, se) && own_meeting_words(c, se, k - 1, cl->start)))
      return 1;
  }
  return 0;
}

/* Is ch an ASCII letter? */
static int letter(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

int dg_rel_meeting_word(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  for (size_t k = 0; k < c->r->heads.n; k++) {
    const dg_word *h = &c->r->heads.w[k];
    if (h->as.head.type == DG_TYPE_MEETING &&
        (h->len == z - a || (h->len + 1 == z - a && t[z - 1] == 's')) &&
        dg_word_at(h, t, a + h->len, a))
      return h->len == z - a ? 1 : 2;
  }
  return 0;
}

/* Past an opening quote right before offset p (", “, «), back; p when none. */
static uint32_t before_quote(const char *t, uint32_t p) {
  if (p >= 1 && t[p - 1] == '"') return p - 1;
  if (p >= 2 && (dg_lit_before(t, p, "\xC2\xAB"))) return p - 2;     /* « */
  if (p >= 3 && (dg_lit_before(t, p, "\xE2\x80\x9C"))) return p - 3; /* “ */
  return p;
}

/* Back past a parenthesis closing right before offset p and the space before it (the
 * Meeting (SOM) of: its short name); p when none. */
static uint32_t before_paren(const char *t, uint32_t lo, uint32_t p) {
  if (p <= lo || t[p - 1] != ')') return p;
  uint32_t q = p - 1;
  while (q > lo && t[q - 1] != '(' && t[q - 1] != ')' && p - q < 40) q--;
  return q > lo + 1 && t[q - 1] == '(' && t[q - 2] == ' ' ? q - 2 : p;
}

/* English: the meeting that English meeting m, a series a dictionary lists (no instance
 * of one), belongs to, written before it with "of (the)" between (the Seventh Meeting (SOM)
 * of the "Andes" Dialogue): that meeting's mention, -2 when it is a meeting word part of no
 * name (the Senior Officials Meeting of the Dialogue), -1 when m belongs to none. */
long dg_rel_meeting_owner(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start, p = before_quote(t, m->start);
  if (m->entity < 0 || m->series > 0) return -1; /* an instance, or a name of its own */
  if (p >= lo + 4 && dg_lit_before(t, p, "the ")) p -= 4;
  if (p < lo + 5 || !dg_lit_before(t, p, " of ")) return -1;
  p = before_paren(t, lo, p - 4);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].end == p) return c->d->ments[i].type == DG_TYPE_MEETING ? (long)i : -1;
  uint32_t a = p;
  while (a > lo && letter(t[a - 1])) a--;
  return a < p && !named_at(c, s, a) && dg_rel_meeting_word(c, a, p) ? -2 : -1;
}

/* Is the word right before offset a (one space between) an article of name_joiners.tsv
 * (the Forum: the one the text speaks of, maybe the document's own)? */
static int after_article(const dg_rel_ctx *c, uint32_t a) {
  const char *t = c->d->text;
  if (a < 2 || t[a - 1] != ' ') return 0;
  uint32_t p = a - 1;
  while (p > 0 && letter(t[p - 1])) p--;
  for (size_t k = 0; k < c->r->name_joiners.n; k++) {
    const dg_word *w = &c->r->name_joiners.w[k];
    if ((w->as.joiner.roles & DG_JOIN_ARTICLE) && w->len == a - 1 - p && dg_word_at(w, t, a - 1, p))
      return 1;
  }
  return 0;
}

/* Back past a word of meeting_parts.tsv and one space before offset a (the formal
 * session); a when there is none. */
static uint32_t before_part(const dg_rel_ctx *c, uint32_t a) {
  const char *t = c->d->text;
  if (a < 2 || t[a - 1] != ' ') return a;
  uint32_t p = a - 1;
  while (p > 0 && letter(t[p - 1])) p--;
  return p < a - 1 && dg_wordlist_find(&c->r->meeting_parts, t + p, a - 1 - p) >= 0 ? p : a;
}

/* English: does a meeting word that is part of no name, right after an article, stand
 * before verb g in its clause (A meeting of the Council has begun at the Hotel in the lead
 * up to the Summit: the verb's subject, a meeting that is not the one named after the verb)?
 * Near miss: no article (Last week, Nauru hosted the Forum: week is no subject). */
static int meeting_word_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t a = c->clauses.v[g->clause].start, z; a < g->start; a = z) {
    while (a < g->start && !letter(t[a])) a++;
    for (z = a; z < g->start && letter(t[z]);) z++;
    int named = 0;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && !named; i++)
      named = c->d->ments[i].start <= a && c->d->ments[i].end >= z;
    if (z > a && !named && dg_rel_meeting_word(c, a, z) && after_article(c, before_part(c, a)))
      return 1;
  }
  return 0;
}

/* Is the word one space after offset z a noun of meeting_roles.tsv (Forum Observers)? */
static int role_after(const dg_rel_ctx *c, uint32_t z, uint32_t end) {
  const char *t = c->d->text;
  if (z + 1 >= end || t[z] != ' ') return 0;
  uint32_t e = z + 1;
  while (e < end && letter(t[e])) e++;
  return e > z + 1 && dg_wordlist_find(&c->r->meeting_roles, t + z + 1, e - z - 1) >= 0;
}

int dg_rel_unnamed_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t end) {
  const char *t = c->d->text;
  int found = 0;
  while (a < end) {
    while (a < end && !letter(t[a])) a++;
    uint32_t z = a;
    while (z < end && letter(t[z])) z++;
    int named = 0;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && !named; i++)
      named = c->d->ments[i].start <= a && c->d->ments[i].end >= z;
    int kind = z > a && !named && !role_after(c, z, end) ? dg_rel_meeting_word(c, a, z) : 0;
    if (kind == 2 || (kind == 1 && !after_article(c, before_part(c, a))))
      found |= t[z - 1] == 's' ? 2 : 1;
    a = z;
  }
  return found;
}

/* Does a meeting word that is part of no name stand before an English holding verb in its
 * clause (the expert workshops held in Tashkent, the previous Dialogue held in Bangkok, the
 * 5th Forum is to take place in Tonga)? That meeting is the one the verb holds, and it is
 * not the document's own; one word after a bare article may be (The Forum was held in Suva). */
static int unnamed_meeting_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  return dg_rel_unnamed_meeting(c, s, c->clauses.v[g->clause].start, g->start);
}

/* English: where the words after holding verb g and the article right after it start,
 * before end (host the fourth ministerial meeting: at "fourth"), or 0. */
static uint32_t past_article(const dg_rel_ctx *c, const dg_rel_trigger *g, uint32_t end) {
  const char *t = c->d->text;
  uint32_t a = g->end + 1;
  if (a >= end || t[g->end] != ' ') return 0;
  while (a < end && letter(t[a])) a++;
  return a + 1 < end && t[a] == ' ' && after_article(c, a + 1) ? a + 1 : 0;
}

/* English: is the object of holding verb g, an article right after it and the words up
 * to the first name, comma or end of its clause, a meeting that is part of no name (Japan
 * will host the fourth ministerial meeting in 2011; Thailand to host the next meeting in
 * Bangkok)? That meeting is the one the verb holds: neither a meeting named before the verb
 * nor the document's own. Near misses: no article (met for their annual meeting: maybe
 * the document's own), a bare article (host the meeting: see dg_rel_unnamed_meeting). */
static int unnamed_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t end = c->clauses.v[g->clause].end;
  if (end > c->d->sents[s].end) end = c->d->sents[s].end;
  uint32_t a = past_article(c, g, end), z = a;
  if (!a) return 0;
  while (z < end && t[z] != ',' && !named_at(c, s, z)) z++;
  return dg_rel_unnamed_meeting(c, s, a, z) != 0;
}

/* English: the document's own meeting described right after holding verb g and an article,
 * no other word between (Laos will host the fourth ministerial meeting in 2027:
 * names_described.c): the one the verb holds, whatever meeting the sentence named before
 * (a named object is held_en's); or -1.
 * Near miss: a possessive (hosted the Dialogue's first ministers' meeting: its meeting). */
static long object_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t end = c->d->sents[s].end, a = past_article(c, g, end);
  if (!a) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING &&
        c->d->ments[i].start == a && strchr(c->d->ments[i].id, '@')) {
      uint32_t z = c->d->ments[i].end;
      return dg_lit(t, end, z, "'s") || dg_lit(t, end, z, "\xE2\x80\x99s") ? -1 : (long)i;
    }
  return -1;
}

/* Does a date, place or country stand in holding verb g's clause before it (…in October
 * 2010 in Vietnam and that Japan will host the fourth ministerial meeting in 2011)? They
 * belong to what the clause said before; the meeting the verb holds takes none of them, so
 * an object meeting there is held by no rule of this file. */
static int setting_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  uint32_t a = c->clauses.v[g->clause].start;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->start >= a && m->end <= g->start &&
        dg_rel_is_type(m, DG_REL_PLACES | DG_TYPESET(DATE)))
      return 1;
  }
  return 0;
}

/* Japanese: does a subject or object particle (が, を) stand between the last comma before
 * holding verb g and g (…参加しまして、ここで式典が開催され: the ceremony is held)? */
static int argument_since_comma(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_sentence *se = &c->d->sents[s];
  const char *t = c->d->text;
  int arg = 0;
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se) &&
       dg_tok(c->d, k)->end <= g->start; k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (dg_cp_at(t, c->d->len, tk->start) == 0x3001) arg = 0; /* 、 */
    else if (tk->pos == DG_POS_PARTICLE && tk->end - tk->start == 3 &&
             (dg_lit(t, tk->end, tk->start, "\xE3\x81\x8C") || dg_lit(t, tk->end, tk->start, "\xE3\x82\x92")))
      arg = 1; /* が を */
  }
  return arg;
}

/* Japanese: the one meeting sentence s names before holding verb g, with no role word of
 * its own (本日、X会合、…が参加しまして、ここバガンにて開催されました: a spoken sentence
 * that opens with its meeting), or -1 when it names none or several. */
static long only_bare_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long one = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (one >= 0 || m->end > g->start || dg_rel_part(c, m)) return -1;
    one = (long)i;
  }
  return one;
}

#define HOSTED_REACH 40 /* bytes after a holding verb its object may take */

/* English: does holding verb g take as its object a thing of hosted_others.tsv, no
 * occasion (interest in hosting training facilities; hosts the Secretariat): a whole word
 * no name covers in the HOSTED_REACH bytes right after the verb, before a punctuation or
 * a preposition that opens a venue or a date, the verb one word (held at the training
 * centre: the verb holds the meeting there)? */
static int holds_thing(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  static const char *const stop[] = {" at ", " in ", " on ", " for ", " with ", " from ", " by "};
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, z = g->end;
  if (memchr(t + g->start, ' ', g->end - g->start)) return 0; /* held at, hosted in: a venue */
  while (z < e && z - g->end < HOSTED_REACH && t[z] != ',' && t[z] != '.' && t[z] != ';') {
    for (size_t k = 0; k < sizeof stop / sizeof *stop; k++)
      if (dg_lit(t, e, z, stop[k])) return 0;
    if (t[z] == ' ' && !named_at(c, s, z + 1) &&
        dg_rel_whole_word(&c->r->hosted_others, t, e, z + 1))
      return 1;
    z++;
  }
  return 0;
}

/* Japanese: does a meeting named with its number (第1回会合) stand before holding verb g in
 * its sentence (2011年にAにて第1回会合が開催されて以来: the verb holds that meeting, not the
 * series' first session unnamed)? */
static int numbered_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && m->end <= g->start &&
        dg_lit(c->d->text, m->end, m->start, "\xE7\xAC\xAC")) /* 第 */
      return 1;
  }
  return 0;
}

/* Does a word of other_occasions.tsv make holding verb g hold another occasion (and so
 * make no one take part by it in a meeting: a reception hosted by A): one
 * `after` it, right after (開催して以来); an English thing it holds (holds_thing); an
 * English one `before` it, one space between,
 * no name's word and a whole word (the ministers last met; a press briefing held on); a
 * Japanese one before it in its sentence with no meeting between (次回会合は、…開催する)? */
int dg_rel_other_occasion(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const dg_wordlist *l = &c->r->other_occasions;
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  long w = dg_wordlist_at(l, t, se->end, g->end);
  if (w >= 0 && l->w[w].as.title.side == DG_SIDE_AFTER) return !numbered_before(c, s, g);
  if (dg_rel_latin(c, s)) {
    if (holds_thing(c, s, g)) return 1;
    if (g->start < se->start + 2 || t[g->start - 1] != ' ') return 0;
    w = dg_wordlist_before(l, t, se->start, g->start - 1);
    if (w < 0 || l->w[w].as.title.side != DG_SIDE_BEFORE) return 0;
    uint32_t ws = g->start - 1 - (uint32_t)l->w[w].len;
    return (ws == se->start || !dg_is_ascii_alnum((unsigned char)t[ws - 1])) && !named_at(c, s, ws);
  }
  for (uint32_t q = se->start; q < g->start; q++) {
    w = dg_wordlist_at(l, t, g->start, q);
    if (w >= 0 && l->w[w].as.title.side == DG_SIDE_BEFORE && !named_at(c, s, q) &&
        !meeting_inside(c, s, q, g->start))
      return 1;
  }
  return 0;
}

long dg_rel_held_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  int en = dg_rel_latin(c, s);
  if (dg_rel_other_occasion(c, s, g)) return -1;
  if (en && unnamed_object(c, s, g)) return -1;
  long m = en ? object_meeting(c, s, g) : -1;
  if (m >= 0) return setting_before(c, s, g) ? -1 : m;
  m = en ? held_en(c, s, g) : held_ja(c, s, g);
  if (m < 0 && !en && !argument_since_comma(c, s, g)) m = only_bare_meeting(c, s, g);
  if (m < 0 && !names_meeting(c, s) &&
      (en ? !unnamed_meeting_before(c, s, g) : !own_argument(c, s, g)))
    m = c->main_meeting;
  uint32_t side = (uint32_t)m; /* held a meeting with B on the margins of the M: the talks */
  if (m >= 0 && en && dg_rel_side_talks(c, s, g, &side, 1)) m = side;
  return m;
}

/* Bytes between trigger g and offset `at` (0 when `at` is inside it). */
static uint32_t gap_to(const dg_rel_trigger *g, uint32_t at) {
  return g->start >= at ? g->start - at : at >= g->end ? at - g->end : 0;
}

/* The holding verb (a held_on trigger) of clause k nearest to offset `at`, Japanese
 * preferring one after it (日付に開催), or NULL. */
static const dg_rel_trigger *holding_verb(const dg_rel_ctx *c, uint32_t s, uint32_t k,
                                          uint32_t at) {
  const dg_rel_trigger *best = NULL;
  int ja = !dg_rel_latin(c, s);
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->kind != DG_REL_HELD_ON || g->clause != k) continue;
    int after = g->start >= at, best_after = best && best->start >= at;
    if (!best || (ja && after && !best_after) ||
        ((!ja || after == best_after) && gap_to(g, at) < gap_to(best, at)))
      best = g;
  }
  return best;
}

/* Past an article after offset p (a word of meeting_links.tsv that gives nothing of its
 * own: held in the Cook Islands), up to e. */
static uint32_t skip_article(const dg_rel_ctx *c, uint32_t p, uint32_t e) {
  const char *t = c->d->text;
  uint32_t q = p;
  while (q < e && t[q] == ' ') q++;
  long w = dg_wordlist_at(&c->r->meeting_links, t, e, q);
  if (w < 0 || c->r->meeting_links.w[w].as.meeting_link.gives != DG_LINK_SAME) return p;
  q += c->r->meeting_links.w[w].len;
  return q < e && t[q] == ' ' ? q : p;
}

/* The place alone in the parenthesis that closes right before offset z (フィリピン(クラーク)
 * を訪問: the city named within the country), or -1; a country there that glosses a city
 * right before it gives the city (ハノイ(ベトナム)にて: held in Hanoi). */
static long place_in_paren_before(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  if (z == 0 || t[z - 1] != ')') return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && dg_rel_is_type(m, DG_REL_PLACES) && m->end == z - 1 && m->start > 0 &&
        t[m->start - 1] == '(') {
      if (m->type != DG_TYPE_COUNTRY) return (long)i;
      for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++)
        if (!c->nested[j] && c->d->ments[j].type == DG_TYPE_PLACE &&
            c->d->ments[j].end == m->start - 1)
          return (long)j;
      return (long)i;
    }
  }
  return -1;
}

/* Does t[a, z) hold a word of buildings.tsv (ホテル, 会議場) with nothing but letters,
 * kana and kanji around it (no punctuation), at most 30 bytes? */
static int building_words(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  int found = 0;
  if (z < a || z - a > 30) return 0;
  for (uint32_t q = a; q < z;) {
    dg_script sc = dg_script_of(dg_cp_at(t, c->d->len, q));
    if (sc != DG_SC_HIRAGANA && sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && !letter(t[q]))
      return 0;
    found |= dg_rel_whole_word(&c->r->buildings, t, z, q) > 0;
    q += (uint32_t)dg_utf8_len(t + q, t + c->d->len);
  }
  return found;
}

/* Past at most two kanji after offset q (大阪市内の: 市内) to a の, or past a ・ right at q
 * (東京・迎賓館: the city and its building); 0 when neither follows. */
static uint32_t past_no(const dg_rel_ctx *c, uint32_t q, uint32_t end) {
  if (q + 3 <= end && !memcmp(c->d->text + q, "・", 3)) return q + 3;
  for (int k = 0; k <= 2 && q + 3 <= end; k++, q += 3) {
    if (!memcmp(c->d->text + q, "の", 3)) return q + 3;
    if (dg_script_of(dg_cp_at(c->d->text, c->d->len, q)) != DG_SC_KANJI) return 0;
  }
  return 0;
}

/* Japanese: the place a building before trigger g lies in, named with の or ・ before it
 * (東京都内のホテルで開催; シンガポールのシャングリラホテルで; 東京・迎賓館で: the city, not
 * the building), or -1. */
static long building_place(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long p = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    uint32_t q = c->nested[i] || m->end >= g->start ? 0 : past_no(c, m->end, g->start);
    if (q && dg_rel_is_type(m, DG_REL_PLACES) && building_words(c, q, g->start)) p = (long)i;
  }
  return p;
}

/* Japanese: is place m named before a building that is a venue (東京・迎賓館赤坂離宮で、…
 * が開催された; 東京都内のホテルにおいて: the city, with の or ・, then the building's
 * words and a venue's role word of roles.tsv, で)? */
static int building_venue(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  uint32_t e = c->d->sents[s].end, q = past_no(c, m->end, e);
  for (uint32_t z = q; q && z < e && z - q <= 30; z += (uint32_t)dg_utf8_len(c->d->text + z, c->d->text + e)) {
    long w = dg_wordlist_at(&c->r->roles, c->d->text, e, z);
    if (w >= 0 && c->r->roles.w[w].as.role.part == DG_PART_VENUE && building_words(c, q, z))
      return 1;
  }
  return 0;
}

/* Is m a place named after a building (a word of buildings.tsv ends it: Convention Centre,
 * Hotel; or, in Latin letters, opens it as a whole word: Hotel Okura) or one the dictionary
 * calls a building (kind=building: 万国津梁館)? */
static int is_building(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  return m->type == DG_TYPE_PLACE &&
         (m->building || dg_wordlist_before(&c->r->buildings, t, m->start, m->end) >= 0 ||
          ((unsigned char)t[m->start] < 0x80 &&
           dg_rel_whole_word(&c->r->buildings, t, m->end, m->start) > 0));
}

/* English: past a building's name at p (the Convention Centre, Suva: capitalized words,
 * with of, the, and, for between them, not a place, at most 80 bytes) and the comma and
 * space after it, up to e; p when none stands there. */
static uint32_t past_building(const dg_rel_ctx *c, uint32_t s, uint32_t p, uint32_t e) {
  static const char *const small[] = {"of ", "the ", "and ", "for "};
  const char *t = c->d->text;
  uint32_t q = p;
  while (q < e && q - p <= 80 && dg_is_upper(t[q])) {
    while (q < e && (dg_is_ascii_alnum((unsigned char)t[q]) || t[q] == '-' || t[q] == '\'')) q++;
    if (q + 1 < e && t[q] == ',' && t[q + 1] == ' ') break;
    if (q >= e || t[q] != ' ') return p;
    q++;
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
      if (dg_lit(t, e, q, small[k])) q += (uint32_t)strlen(small[k]);
  }
  if (q == p || q + 1 >= e || t[q] != ',' || q - p > 80) return p;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && dg_rel_is_type(&c->d->ments[i], DG_REL_PLACES) &&
        c->d->ments[i].start < q && c->d->ments[i].end > p && !is_building(c, &c->d->ments[i]))
      return p; /* a place of its own: the venue as it stands */
  return q + 2;
}

/* English: the building named right before venue p and a comma (held at the Pacific
 * Convention Centre, Apia: the centre, a place that ends with a word of buildings.tsv),
 * which holds the meeting too; or -1. */
static long building_before(const dg_rel_ctx *c, uint32_t s, long p) {
  const char *t = c->d->text;
  if (p < 0 || !dg_rel_latin(c, s)) return -1;
  for (uint32_t i = c->sent_first[s]; i < (uint32_t)p; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && is_building(c, m) && m->end + 2 == c->d->ments[p].start &&
        t[m->end] == ',')
      return (long)i;
  }
  return -1;
}

/* Japanese: the place (not a country) named right before venue p with ・ or の between,
 * when p is a building (a word of buildings.tsv in it: 東京・迎賓館赤坂離宮で, the city of
 * the building, a venue as well; not 東京・大阪で, two cities), or -1. */
static long place_joined_before(const dg_rel_ctx *c, uint32_t s, long p) {
  const char *t = c->d->text;
  if (p < 0 || dg_rel_latin(c, s)) return -1;
  uint32_t a = c->d->ments[p].start;
  if (!building_words(c, a, c->d->ments[p].end)) return -1;
  if (a < 3 || (memcmp(t + a - 3, "・", 3) && memcmp(t + a - 3, "の", 3))) return -1;
  for (uint32_t i = c->sent_first[s]; i < (uint32_t)p; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_PLACE && c->d->ments[i].end == a - 3)
      return (long)i;
  return -1;
}

/* English: the place right after " in " behind building p (held at the Shangri-La Hotel
 * in Singapore: the city the building stands in, a venue as well), or -1. Near miss: a
 * date there (at the Palace Hotel in May). */
static long city_after_building(const dg_rel_ctx *c, uint32_t s, long p) {
  if (p < 0 || !dg_rel_latin(c, s) || !is_building(c, &c->d->ments[p])) return -1;
  uint32_t q = c->d->ments[p].end;
  if (!dg_lit(c->d->text, c->d->sents[s].end, q, " in ")) return -1;
  for (uint32_t i = (uint32_t)p + 1; i < c->sent_end[s]; i++)
    if (!c->nested[i] && dg_rel_is_type(&c->d->ments[i], DG_REL_PLACES) &&
        c->d->ments[i].start == q + 4)
      return (long)i;
  return -1;
}

/* Japanese: past a district and の after offset q (東京・大手町の経団連会館: 大手町の, up to
 * four kanji or katakana), to e; q when none stands there. */
static uint32_t past_district(const dg_rel_ctx *c, uint32_t q, uint32_t e) {
  for (uint32_t z = q, k = 0; k <= 4 && z + 3 <= e; k++, z += 3) {
    if (k && !memcmp(c->d->text + z, "\xE3\x81\xAE", 3)) return z + 3; /* の */
    dg_script sc = dg_script_of(dg_cp_at(c->d->text, c->d->len, z));
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA) return q;
  }
  return q;
}

/* Japanese: the building place named after city p with の or ・ (and maybe a district:
 * 都内の迎賓館で, 東京・大手町の経団連会館で), or the city named so before building p
 * (名護市の万国津梁館で): the building and its city both hold the meeting; or -1. Near
 * miss: two cities (東京・大阪で: no word of buildings.tsv in the second). */
static long building_of_city(const dg_rel_ctx *c, uint32_t s, long p) {
  if (p < 0 || dg_rel_latin(c, s)) return -1;
  uint32_t e = c->d->sents[s].end;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    const dg_mention *city = i < (uint32_t)p ? m : &c->d->ments[p];
    const dg_mention *b = i < (uint32_t)p ? &c->d->ments[p] : m;
    if (c->nested[i] || (long)i == p || m->type != DG_TYPE_PLACE ||
        !is_building(c, b) || is_building(c, city))
      continue;
    uint32_t q = past_no(c, city->end, e);
    if (q && (b->start == q || b->start == past_district(c, q, e))) return (long)i;
  }
  return -1;
}

/* The other place that names venue p with it: a building and its city (see
 * building_before, city_after_building, building_of_city), or -1. */
static long venue_pair(const dg_rel_ctx *c, uint32_t s, long p) {
  long b = building_before(c, s, p);
  if (b < 0) b = city_after_building(c, s, p);
  return b >= 0 ? b : building_of_city(c, s, p);
}

/* The last place of sentence s right before trigger g in Japanese, right after offset
 * `from` in English, with at most one space between; or -1. */
static long place_beside(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                         uint32_t from) {
  const char *t = c->d->text;
  int latin = (unsigned char)t[g->start] < 0x80;
  long p = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_type(m, DG_REL_PLACES)) continue;
    uint32_t gap_a = latin ? from : m->end, gap_z = latin ? m->start : g->start;
    if (gap_a > gap_z || gap_z - gap_a > 1) continue;
    if (gap_z == gap_a || t[gap_a] == ' ') p = (long)i;
  }
  return p;
}

/* Past a word of city_words.tsv and " of" after the article a held_in trigger's venue
 * opens with, at q (held in the city of Xi'an, held in the resort town of Siumu: the
 * place after it is the venue), to the space before the name; q when none. */
static uint32_t past_city_word(const dg_rel_ctx *c, uint32_t q, uint32_t e) {
  const char *t = c->d->text;
  uint32_t a = q < e && t[q] == ' ' ? q + 1 : q;
  size_t w = dg_rel_whole_word(&c->r->city_words, t, e, a);
  return w && dg_lit(t, e, a + (uint32_t)w, " of ") ? a + (uint32_t)w + 3 : q;
}

/* The venue a held_in trigger names: a place right before it in Japanese (東京において,
 * バンコクで開催; the place in a parenthesis there: フィリピン(クラーク)を訪問) or right after
 * it in English (held in Vientiane, travel to the Cook Islands; past a building's name
 * and a comma, see past_building: held at the Convention Centre, Suva), with at most one
 * space (and an article, maybe a city word and "of": see past_city_word) between; the last
 * such place of the sentence, or -1. */
static long venue(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  int latin = (unsigned char)t[g->start] < 0x80;
  uint32_t from = latin ? skip_article(c, g->end, c->d->sents[s].end) : g->end, city = from;
  if (from != g->end) from = city = past_city_word(c, from, c->d->sents[s].end);
  if (latin) { /* held at the Convention Centre, Suva: the city */
    uint32_t q = from;
    while (q < c->d->sents[s].end && t[q] == ' ') q++;
    uint32_t b = past_building(c, s, q, c->d->sents[s].end);
    if (b != q) city = b - 1;
  }
  long p = latin ? -1 : place_in_paren_before(c, s, g->start);
  if (p < 0 && !latin) p = building_place(c, s, g);
  if (p >= 0) return p;
  p = place_beside(c, s, g, city);
  if (p < 0 && city != from) p = place_beside(c, s, g, from); /* at X Resort, Siumu: X */
  return dg_rel_city_of(c, s, p); /* in the Kazakh capital, Astana: Astana */
}

/* Is place mention m of an English clause, whose part (dg_rel_part) is `part`, marked as a
 * venue: "in" (roles.tsv), or "at" before a place that is no country (held on 16 May at
 * Dushanbe; at the Convention Centre)? Near miss: at Japan's request (a country). */
static int en_venue_part(const dg_mention *m, uint8_t part) {
  return part == DG_PART_VENUE || (part == DG_PART_SCENE && m->type == DG_TYPE_PLACE);
}

/* The place a holding verb's clause says the meeting is held at: in Japanese marked as a
 * venue or scene, or named before a building that is (東京・迎賓館で: building_venue), the
 * nearest before the verb (東京で…を主催, 東京にて、…が開催); in English
 * marked "in" or "at" (en_venue_part), the nearest either side (hosted by Japan in Tokyo);
 * or -1. */
static long clause_venue(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *h) {
  long p = -1;
  int en = dg_rel_latin(c, s);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, h->clause) || !dg_rel_is_type(m, DG_REL_PLACES) ||
        (!en && m->end > h->start))
      continue;
    uint8_t part = dg_rel_part(c, m);
    if ((en ? en_venue_part(m, part)
            : part == DG_PART_VENUE || part == DG_PART_SCENE || building_venue(c, s, m)) &&
        (p < 0 || dg_rel_dist(m, h->start) < dg_rel_dist(&c->d->ments[p], h->start)))
      p = (long)i;
  }
  return dg_rel_city_of(c, s, p);
}

/* The date mention of sentence s that starts at offset q, or -1. */
static long date_at(const dg_rel_ctx *c, uint32_t s, uint32_t q) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_DATE && c->d->ments[i].start == q)
      return (long)i;
  return -1;
}

/* Past one word of letters and the single space after it, from q; q when not so. */
static uint32_t past_word(const char *t, uint32_t q, uint32_t z) {
  uint32_t p = q;
  while (p < z && dg_is_ascii_alnum((unsigned char)t[p])) p++;
  return p > q && p < z && t[p] == ' ' ? p + 1 : q;
}

/* Does a first-person word of first_person.tsv stand at q as a subject, a word in lower
 * case after it (In Lisbon I will attend: the scene without its comma)? */
static int first_person_goes_on(const dg_rel_ctx *c, uint32_t q, uint32_t e) {
  if (q == 0 || c->d->text[q - 1] != ' ' || !dg_is_upper(c->d->text[q])) return 0;
  long w = dg_wordlist_at(&c->r->first_person, c->d->text, e, q);
  uint32_t z = w >= 0 ? q + (uint32_t)c->r->first_person.w[w].len : q;
  return z > q && z + 1 < e && c->d->text[z] == ' ' && dg_is_lower(c->d->text[z + 1]);
}

/* Does the place m open English sentence s as its scene, one word before it (In, At),
 * maybe after a date that opens the sentence (On 5 May in Tokyo), and only dates and
 * small words between it and a comma (In Phnom Penh, ...; In Tokyo on 5 May, ...) or a
 * first-person subject (In Lisbon I will attend)? What
 * the sentence's main clause attends there is held there. */
static int fronted(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t q = c->d->sents[s].start, e = c->d->sents[s].end;
  while (q < m->start && t[q] == ' ') q++;
  long d0 = q < m->start ? date_at(c, s, past_word(t, q, m->start)) : -1;
  if (d0 >= 0 && c->d->ments[d0].end < m->start && t[c->d->ments[d0].end] == ' ')
    q = c->d->ments[d0].end + 1;
  if (q == m->start || past_word(t, q, m->start) != m->start) return 0;
  for (q = m->end; q < e && q - m->end < 40;) {
    long d = t[q] == ',' || t[q] == ' ' || dg_is_lower(t[q]) ? -1 : date_at(c, s, q);
    if (t[q] == ',' || first_person_goes_on(c, q, e)) return 1;
    if (d >= 0) q = c->d->ments[d].end;
    else if (t[q] == ' ' || dg_is_lower(t[q])) q++;
    else return 0;
  }
  return 0;
}

/* Is trigger g an English verb of chairing (In Tokyo, I will co-chair the Meeting: the
 * place that opens the sentence is where the meeting chaired is held, as for attending)? */
static int en_chair_verb(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  return g->kind == DG_REL_CHAIRED_BY && dg_rel_latin(c, s);
}

/* Mark in c->venue the venues of sentence s's triggers, once per sentence and triggers:
 * asking each trigger again for each place an actor rule looks at cost triggers² ×
 * mentions² on a long sentence of places and triggers (a fuzzer's 5 KB page took 3 s). */
static void mark_venues(dg_rel_ctx *c, uint32_t s) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) c->venue[i] = 0;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long p = g->kind == DG_REL_HELD_IN   ? venue(c, s, g)
             : g->kind == DG_REL_HELD_ON ? clause_venue(c, s, g)
                                         : -1;
    if (p >= 0) c->venue[p] = 1;
  }
  c->venue_sent = s;
}

int dg_rel_is_venue(dg_rel_ctx *c, uint32_t s, uint32_t i) {
  if (c->venue_sent != (long)s) mark_venues(c, s);
  return c->venue[i];
}

/* Japanese: is place i written before a venue with ・ between, the country before its city
 * (マレーシア・クアラルンプールに出張し: Malaysia hosts the meetings, attends none)? */
static int dot_before_venue(dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  if (m->end + 3 > c->d->len || memcmp(c->d->text + m->end, "\xE3\x83\xBB", 3)) return 0; /* ・ */
  for (uint32_t k = i + 1; k < c->sent_end[s]; k++)
    if (c->d->ments[k].start == m->end + 3 && !c->nested[k] && dg_rel_is_venue(c, s, k)) return 1;
  return 0;
}

int dg_rel_hosts_meeting(dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  if (!dg_rel_is_type(m, DG_REL_PLACES)) return 0;
  if (dg_rel_is_venue(c, s, i) || dg_rel_in_meeting_paren(c, s, i) ||
      dg_rel_in_meeting_run(c, s, i))
    return 1;
  if (dg_rel_latin(c, s)) return 0;
  if (dg_rel_part(c, m) != DG_PART_OF) return dot_before_venue(c, s, i);
  for (uint32_t k = i + 1; k < c->sent_end[s]; k++) { /* インドネシアの首都ジャカルタで */
    const dg_mention *v = &c->d->ments[k];
    if (v->start >= m->end && v->start - m->end <= 12 && dg_rel_is_venue(c, s, k)) return 1;
  }
  return 0;
}

/* Does another venue word with its place stand between venue word g and the attending
 * verb x after it (タイを訪問し、…ベトナムに移動し、会合に出席した: the meeting is in the
 * last place the traveller went to)? */
static int venue_between(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                         const dg_rel_trigger *x) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *v = &c->trigs.v[k];
    if (v != g && v->kind == DG_REL_HELD_IN && v->start >= g->end && v->end <= x->start &&
        venue(c, s, v) >= 0)
      return 1;
  }
  return 0;
}

/* Japanese: the meetings of the attending verb that stands before venue word g as the
 * trip's purpose, する or の then ため right after it, in g's clause or the one before
 * (首相は首脳会議に出席するため、ラオスを訪問した: the summit is in Laos), with no other
 * venue word between (see venue_between; not 会議に出席した後、ラオスを訪問: no ため),
 * and to one place only (not カンボジア及びタイを訪問: which holds which is not told).
 * Returns how many, at most DG_REL_MAXM into out. */
static size_t trip_purpose(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                           uint32_t *out) {
  const char *t = c->d->text;
  size_t len = c->d->len;
  long v = venue(c, s, g);
  uint32_t others[DG_REL_MAXM];
  if (v >= 0 && dg_rel_list_before(c, s, (uint32_t)v, others, DG_REL_MAXM) > 0)
    return 0; /* カンボジア及びタイを訪問: which holds which meeting is not told */
  for (size_t k = c->trigs.n; k-- > 0;) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind != DG_REL_PARTICIPATES_IN || x->end > g->start || x->clause + 1 < g->clause)
      continue;
    uint32_t q = x->end;
    if (dg_lit(t, len, q, "\xE3\x81\x99\xE3\x82\x8B")) q += 6;      /* する */
    else if (dg_lit(t, len, q, "\xE3\x81\xAE")) q += 3;             /* の */
    if (!dg_lit(t, len, q, "\xE3\x81\x9F\xE3\x82\x81")) return 0;  /* ため */
    return venue_between(c, s, x, g) ? 0 : dg_rel_clause_meetings(c, s, x->clause, x->start, out);
  }
  return 0;
}

/* Japanese: the meetings listed right after meeting m, when m is the first of a list
 * (…で開催された第9回A会合、第2回B会合の結果: B too; see dg_rel_list_before, which the last
 * member's list must reach back to m with). Returns how many, at most max into out. */
static size_t list_after(const dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t *out, size_t max) {
  size_t n = 0;
  for (uint32_t j = m + 1; j < c->sent_end[s] && n < max; j++) {
    if (c->nested[j] || c->d->ments[j].type != DG_TYPE_MEETING) continue;
    uint32_t ls[DG_REL_MAXM];
    size_t k = dg_rel_list_before(c, s, j, ls, DG_REL_MAXM), has = 0;
    for (size_t y = 0; y < k; y++) has |= ls[y] == m;
    if (!has) break;
    out[n++] = j;
  }
  return n;
}

/* The meetings listed with meeting m: right before it (A and B were held in Tokyo), and in
 * Japanese right after it (see list_after). Returns how many, at most max into out. */
static size_t listed_with(const dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t *out, size_t max) {
  size_t n = dg_rel_list_before(c, s, m, out, max);
  return n + (dg_rel_latin(c, s) ? 0 : list_after(c, s, m, out + n, max - n));
}

/* Is there a trigger of `kind` over the words of trigger g? */
static int same_words(const dg_rel_ctx *c, const dg_rel_trigger *g, dg_rel_kind kind) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind == kind && x->start == g->start && x->end == g->end) return 1;
  }
  return 0;
}

size_t dg_rel_gathered_for(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                           uint32_t *out) {
  if (dg_rel_latin(c, s) || !same_words(c, g, DG_REL_HELD_IN) ||
      !same_words(c, g, DG_REL_PARTICIPATES_IN))
    return 0;
  const dg_rel_trigger *h = NULL;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind == DG_REL_HELD_ON && x->clause > g->clause && (!h || x->start < h->start)) h = x;
  }
  long m = h ? dg_rel_held_meeting(c, s, h) : -1;
  if (m < 0) return 0;
  out[0] = (uint32_t)m;
  return 1 + listed_with(c, s, (uint32_t)m, out + 1, DG_REL_MAXM - 1);
}

/* The meetings a venue word places (at most DG_REL_MAXM into out): the one its clause's
 * holding verb holds; else the one right after it (クアラルンプールでの外相会議); else those
 * its clause attends (travel to the Cook Islands to attend the Forum; the venue word
 * that attends itself, a gathering: 首脳らがホテルに勢ぞろいした, or in Japanese the meeting a
 * later clause holds: 外相がハノイに集まり、…会合が開催された, see dg_rel_gathered_for); with the meetings
 * listed with the one held (A and B were held in Tokyo; see listed_with), in Japanese also a
 * later clause of the sentence (ラオスを訪問し、…会合及び…対話に出席した), the attending
 * verb always after the venue word (a title run into the lead attends earlier, elsewhere:
 * 大臣が会合に出席しました 大臣は、ラオスに出張し、A、Bに出席した -> A and B; attended the
 * Summit and then visited Laos) with no other venue word between (see venue_between);
 * in Japanese else the meetings a trip is for (会議に出席するためラオスを訪問: trip_purpose).
 * Returns how many. */
static size_t placed_meetings(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                              uint32_t *out) {
  const dg_rel_trigger *h = holding_verb(c, s, g->clause, g->start);
  long m = h ? dg_rel_held_meeting(c, s, h) : -1;
  int ja = !dg_rel_latin(c, s), gather = ja && same_words(c, g, DG_REL_PARTICIPATES_IN);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && !h && m < 0 && !gather; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (!c->nested[i] && x->type == DG_TYPE_MEETING && x->start >= g->end &&
        x->start - g->end <= 3 && dg_rel_part(c, x) != DG_PART_AFTER)
      m = (long)i; /* クアラルンプールでの外相会議; not ハノイに集まり、会議の準備を */
  }
  if (h || m >= 0) {
    if (m < 0) return 0;
    out[0] = (uint32_t)m;
    return 1 + listed_with(c, s, (uint32_t)m, out + 1, DG_REL_MAXM - 1);
  }
  size_t n = dg_rel_gathered_for(c, s, g, out);
  if (n) return n;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    int same = x->start == g->start && x->end == g->end; /* に勢ぞろい attends too */
    if (x->kind == DG_REL_PARTICIPATES_IN && (x->start >= g->end || same) &&
        (x->clause == g->clause || (ja && x->clause > g->clause)))
      return venue_between(c, s, g, x) ? 0 : dg_rel_clause_meetings(c, s, x->clause, x->start, out);
  }
  return ja ? trip_purpose(c, s, g, out) : 0;
}

/* Do the held_in triggers of the sentence place the meeting of holding verb h elsewhere,
 * or p at another verb's meeting? (The ADMM was held in Jakarta, and the EAS took place a
 * week later: Jakarta is the ADMM's; シンガポールのシャングリラホテルで開催: the city
 * the venue words name, not the hotel.) */
static int named_venue(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *h, long p) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long v = g->kind == DG_REL_HELD_IN ? venue(c, s, g) : -1;
    if (v >= 0 && (v == p) != (holding_verb(c, s, g->clause, g->start) == h)) return 1;
  }
  return 0;
}

/* Keeps of the n meetings in ms those English sentence s names itself (not the document's
 * own meeting, which an attending verb's clause speaks of when the sentence names none:
 * In Manila, the Minister attended a dinner). Returns how many are left. */
static size_t named_here(const dg_rel_ctx *c, uint32_t s, uint32_t *ms, size_t n) {
  size_t k = 0;
  for (size_t y = 0; y < n; y++)
    if (!dg_rel_latin(c, s) || c->d->ments[ms[y]].sentence == s) ms[k++] = ms[y];
  return k;
}

/* The meetings of clause k of sentence s named as its scene (at the Summit), at most
 * DG_REL_MAXM into out: where what the clause adopts or announces was done. Returns how
 * many. */
static size_t scene_meetings(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t *out) {
  size_t n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && n < DG_REL_MAXM; i++)
    if (dg_rel_in_clause(c, i, k) && c->d->ments[i].type == DG_TYPE_MEETING &&
        dg_rel_part(c, &c->d->ments[i]) == DG_PART_SCENE)
      out[n++] = i;
  return n;
}

/* English: the meeting named right after venue p with a word of trip_purposes.tsv between
 * (travel to Suva for the Forum Leaders Meeting: the trip's purpose; a back reference
 * with its article: arrived in Tokyo for the summit), maybe after the venue's country and
 * a comma (in Bangkok, Thailand, for the annual Meeting), or -1. */
static long meeting_for(const dg_rel_ctx *c, uint32_t s, long p) {
  const char *t = c->d->text;
  uint32_t q = c->d->ments[p].end, e = c->d->sents[s].end;
  for (uint32_t i = (uint32_t)p + 1; i < c->sent_end[s] && q + 2 < e && t[q] == ','; i++)
    if (!c->nested[i] && c->d->ments[i].start == q + 2 && c->d->ments[i].type == DG_TYPE_COUNTRY)
      q = c->d->ments[i].end + (c->d->ments[i].end < e && t[c->d->ments[i].end] == ',');
  if (q + 1 >= e || t[q] != ' ') return -1;
  long w = dg_wordlist_at(&c->r->trip_purposes, t, e, q + 1);
  if (w < 0 || q + 1 + c->r->trip_purposes.w[w].len >= e) return -1;
  uint32_t a = q + 1;
  q += 1 + (uint32_t)c->r->trip_purposes.w[w].len;
  if (t[q] != ' ') return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING &&
        (m->start == q + 1 || (m->start > a && m->start <= q && t[m->start - 1] == ' ' &&
                               m->end > q)))
      return (long)i;
  }
  return -1;
}

/* Does a verb of stay_verbs.tsv stand in the clause of mention i before it? */
static int stay_verb_before(const dg_rel_ctx *c, uint32_t i) {
  const char *t = c->d->text;
  uint32_t z = c->d->ments[i].start;
  for (uint32_t q = c->clauses.v[c->ment_clause[i]].start; q < z; q++)
    if ((q == 0 || t[q - 1] == ' ') && dg_rel_whole_word(&c->r->stay_verbs, t, z, q)) return 1;
  return 0;
}

/* English: a city marked as a venue ("in", roles.tsv) after a verb of a gathering in its
 * clause (stay_verbs.tsv), and the meeting named right after it as what the stay is for
 * (ministers met in Hanoi, Vietnam, for the Dialogue: see meeting_for) ->
 * held_in(Dialogue, Hanoi), unless the meeting names a place of its own after it.
 * Near miss: no such verb (the embassy in Tokyo for the Summit). */
static void stay_for(dg_rel_ctx *c, uint32_t s) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && dg_rel_latin(c, s); i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_PLACE || dg_rel_part(c, m) != DG_PART_VENUE ||
        !stay_verb_before(c, i))
      continue;
    long f = meeting_for(c, s, (long)i);
    if (f >= 0 && !dg_rel_run_place(c, s, (uint32_t)f))
      dg_rel_add(c, DG_REL_HELD_IN, (uint32_t)f, i, s);
  }
}

/* A tie of `kind` from meeting m, and from each meeting listed with it (A and B were held
 * in Tokyo; 「A」、「B」がジャカルタで開催された; ジャカルタで開催されたA、Bの結果: see
 * listed_with), to mention `to`. */
static void add_listed(dg_rel_ctx *c, dg_rel_kind kind, uint32_t m, uint32_t to, uint32_t s) {
  uint32_t ms[DG_REL_MAXM];
  size_t n = listed_with(c, s, m, ms, DG_REL_MAXM);
  dg_rel_add(c, kind, m, to, s);
  for (size_t y = 0; y < n; y++) dg_rel_add(c, kind, ms[y], to, s);
}

/* Does holding verb h name its own venue, other than p (held in Tokyo, and leaders later
 * visited Osaka: "held in" places the Summit in Tokyo; で開催)? */
static int verb_venue_elsewhere(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *h,
                                long p) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long v = g->kind == DG_REL_HELD_IN && g->start == h->start ? venue(c, s, g) : -1;
    if (v >= 0 && v != p) return 1;
  }
  return 0;
}

/* Keeps of the n meetings in ms those English sentence s names with no place of their
 * own after them (visited Laos before attending the Summit in Hanoi: Hanoi, not Laos, is
 * the Summit's; see dg_rel_run_place). Returns how many are left. */
static size_t own_venue_left(dg_rel_ctx *c, uint32_t s, uint32_t *ms, size_t n) {
  size_t k = 0;
  for (size_t y = 0; y < n; y++)
    if (!dg_rel_latin(c, s) || c->d->ments[ms[y]].sentence != s || !dg_rel_run_place(c, s, ms[y]))
      ms[k++] = ms[y];
  return k;
}

/* Is there in [a, z) of sentence s, before any meeting's name, a meeting word of heads.tsv
 * that is part of no name (held in 1997, the Forum is a yearly event in Lima: the Forum is
 * what the verb holds, the event is the Forum)? */
static int other_meeting_word(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  while (a < z) {
    while (a < z && !letter(t[a])) a++;
    uint32_t e = a;
    while (e < z && letter(t[e])) e++;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING && c->d->ments[i].start >= a &&
          c->d->ments[i].start <= e)
        return 0;
    if (e > a && !named_at(c, s, a) && dg_rel_meeting_word(c, a, e)) return 1;
    a = e;
  }
  return 0;
}

/* English: does a meeting word that is part of no name stand between holding verb h and
 * place p after it in its clause (convened on 3 May to prepare the upcoming summit in
 * Lima: Lima is that summit's; see other_meeting_word)? */
static int other_meeting_between(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *h,
                                 long p) {
  const dg_mention *m = &c->d->ments[p];
  return dg_rel_latin(c, s) && m->start >= h->end && other_meeting_word(c, s, h->end, m->start);
}

/* held_in: the venue of each held_in trigger to the meetings it places, unless the verb
 * that holds its clause's meeting names another venue (held in Tokyo, and leaders later
 * visited Osaka: Tokyo; see verb_venue_elsewhere) (English: else the
 * meeting the trip is for: travel to Suva for the Summit); in Japanese also
 * the place a holding verb's clause names with で (東京で…会合を主催する), and the place an
 * attending verb's clause names so (都内で…会合に出席した: the meetings it attends); in
 * English the place that opens the sentence (In Phnom Penh, leaders attended the Summit;
 * In Hanoi, ministers adopted the Plan at the Summit: a meeting named as the scene).
 *   大阪において第4回日メコン経済対話を開催した -> held_in(対話, 大阪)
 *   The Third Mekong Water Forum was held in Phnom Penh -> held_in(Forum, Phnom Penh) */
/* A meeting stated only by its verb (met in Hue, Vietnam under the Delta Partnership: see
 * dgn_verb_meeting) is held in the first place it names. */
static void verb_meeting_place(dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (m->type != DG_TYPE_MEETING || !dg_lit(d->text, m->end, m->start, "met in ")) continue;
    for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++)
      if (d->ments[j].start == m->start + 7 && dg_rel_is_type(&d->ments[j], DG_REL_PLACES))
        dg_rel_add(c, DG_REL_HELD_IN, i, j, s);
  }
}

/* Japanese: the meeting a chairing word g chairs, named right before it with の (a
 * chaired_by trigger: 第4回外相会議の議長を務めた), or -1; the clause's venue holds it, as an
 * attending verb's does (西安市で第4回外相会議の議長を務めた -> held_in(外相会議, 西安市)).
 * Near miss: a chair of no meeting named so (議長国のタイで). */
static long chaired_there(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  if (g->kind != DG_REL_CHAIRED_BY || dg_rel_latin(c, s) ||
      !dg_lit_before(c->d->text, g->start, "\xE3\x81\xAE")) /* の */
    return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING &&
        c->d->ments[i].end + 3 == g->start && dg_rel_in_clause(c, i, g->clause))
      return (long)i;
  return -1;
}

void dg_rel_held_in(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (kind == DG_REL_HELD_IN) verb_meeting_place(c, s);
  if (kind == DG_REL_HELD_IN) stay_for(c, s);
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    uint32_t ms[DG_REL_MAXM];
    size_t n = 0;
    long p = -1, f = -1;
    if (g->kind == kind && (p = venue(c, s, g)) >= 0) {
      const dg_rel_trigger *h = holding_verb(c, s, g->clause, g->start);
      n = h && verb_venue_elsewhere(c, s, h, p) ? 0
                                                : own_venue_left(c, s, ms, placed_meetings(c, s, g, ms));
      f = n == 0 && dg_rel_latin(c, s) ? meeting_for(c, s, p) : -1;
      if (f >= 0) ms[n++] = (uint32_t)f;
    } else if (g->kind == DG_REL_HELD_ON && (p = clause_venue(c, s, g)) >= 0 &&
               !named_venue(c, s, g, p) && !other_meeting_between(c, s, g, p)) {
      long m = dg_rel_held_meeting(c, s, g), city = place_joined_before(c, s, p);
      if (m >= 0) add_listed(c, kind, (uint32_t)m, (uint32_t)p, s);
      if (m >= 0 && city >= 0) add_listed(c, kind, (uint32_t)m, (uint32_t)city, s);
    } else if ((g->kind == DG_REL_PARTICIPATES_IN || en_chair_verb(c, s, g)) &&
               (p = clause_venue(c, s, g)) >= 0 &&
               (!dg_rel_latin(c, s) || fronted(c, s, &c->d->ments[p]))) {
      n = named_here(c, s, ms, dg_rel_clause_meetings(c, s, g->clause, g->start, ms));
    } else if ((g->kind == DG_REL_ADOPTED_AT || g->kind == DG_REL_ANNOUNCED_AT) &&
               dg_rel_latin(c, s) && (p = clause_venue(c, s, g)) >= 0 &&
               fronted(c, s, &c->d->ments[p])) {
      n = scene_meetings(c, s, g->clause, ms);
    } else if ((f = chaired_there(c, s, g)) >= 0 && (p = clause_venue(c, s, g)) >= 0) {
      ms[n++] = (uint32_t)f; /* 西安市で第4回外相会議の議長を務めた */
    }
    long b = g->kind == kind ? venue_pair(c, s, p) : -1;
    for (size_t y = 0; y < n; y++) {
      dg_rel_add(c, kind, ms[y], (uint32_t)p, s);
      if (b >= 0) dg_rel_add(c, kind, ms[y], (uint32_t)b, s);
    }
  }
}

/* Does offset p of sentence s stand inside parentheses (an unclosed '(' before it)? */
static int in_parens(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  for (uint32_t q = p; q > c->d->sents[s].start; q--) {
    if (t[q - 1] == ')') return 0;
    if (t[q - 1] == '(') return 1;
  }
  return 0;
}

/* Does a verb of another kind (chairing, announcing, adopting) stand between the holding
 * verb h and the date at [a, z) of sentence s (the Summit held in May, and the Plan
 * adopted on 12 November: the November date is the Plan's)? A word in parentheses is a
 * field of a name, no verb (会合(共同議長:A、B)を開催), nor is a chairing word before として
 * (5月2日に日本が議長国として会合を開催: the holder's role). */
#define AS "\xE3\x81\xA8\xE3\x81\x97\xE3\x81\xA6" /* として */

static int other_verb_between(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *h,
                              uint32_t a, uint32_t z) {
  uint32_t lo = h->end <= a ? h->end : z, hi = h->end <= a ? a : h->start;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if ((x->kind == DG_REL_CHAIRED_BY || x->kind == DG_REL_ANNOUNCED_AT ||
         x->kind == DG_REL_ADOPTED_AT) &&
        x->start >= lo && x->end <= hi && !in_parens(c, s, x->start) &&
        !(x->kind == DG_REL_CHAIRED_BY && dg_lit(c->d->text, c->d->sents[s].end, x->end, AS)))
      return 1;
  }
  return 0;
}

/* Is date mention i the period of a program named right before it, nothing but spaces
 * and parentheses between (the Cooperation Strategy (APTCS) 2016 – 2025; 行動計画
 * (2021-2025))? */
static int program_period(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t z = c->d->ments[i].start, a = z;
  while (a > c->d->sents[s].start && (t[a - 1] == ' ' || t[a - 1] == '(' || t[a - 1] == ')'))
    a--;
  for (uint32_t j = c->sent_first[s]; j < i; j++)
    if (!c->nested[j] && c->d->ments[j].end == a && c->d->ments[j].type == DG_TYPE_PROGRAM)
      return 1;
  return 0;
}

static int named_meeting(const dg_mention *m) {
  return m->type == DG_TYPE_MEETING && !m->implicit;
}

/* Japanese: the meeting date mention i is written before with の (2018年6月12日の米朝首脳
 * 会談, 2019年の第5回会合): the date is that meeting's, whatever verb the clause holds (a list
 * after 開催された南北首脳会談、… gives it none of its dates); or -1. */
static long meeting_after_no(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *dt = &c->d->ments[i];
  if (dg_rel_latin(c, s) || !dg_lit(c->d->text, c->d->sents[s].end, dt->end, "\xE3\x81\xAE"))
    return -1; /* の */
  return dg_rel_mention_at(c, s, dt->end + 3, 0, named_meeting);
}

static int other_than_event(const dg_mention *m) {
  return m->type == DG_TYPE_COUNTRY || m->type == DG_TYPE_GROUP || m->type == DG_TYPE_PROGRAM ||
         m->type == DG_TYPE_ORGANIZATION;
}

/* Japanese: is date mention i written with の before a name of no event (2023年の日ASEAN
 * 友好協力50周年: a year that name's, not the day a verb of the clause held something)? */
static int owned_by_name(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *dt = &c->d->ments[i];
  return !dg_rel_latin(c, s) && dg_lit(c->d->text, c->d->sents[s].end, dt->end, "\xE3\x81\xAE") &&
         dg_rel_mention_at(c, s, dt->end + 3, 0, other_than_event) >= 0;
}

/* Japanese: does a relative clause modify the person that names talks m (…年11月に来県した
 * B首相と会談: a verb or auxiliary right before the name)? Its dates are not the talks'. */
static int modified_talks(const dg_rel_ctx *c, uint32_t s, uint32_t m) {
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_talks_counterpart(c, s, m) < 0) return 0;
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->end == c->d->ments[m].start) return tk->pos == DG_POS_VERB || tk->pos == DG_POS_AUX;
  }
  return 0;
}

/* held_on: each date of a clause with a holding verb to the meeting that verb holds (and
 * those listed right before it), when no verb of another kind stands between them. A date
 * in a meeting's parenthesis is that meeting's (parenthesis.c), not the verb's; a
 * dateline's is the release's (dateline.c); one right after a program is its period; one
 * written before a meeting with の is that meeting's (meeting_after_no), and one before
 * another name with の that name's (owned_by_name); one before talks named by a person a
 * relative clause modifies is that clause's (modified_talks).
 *   2022年6月にハノイで開催された第2回日メコン保健会合 -> held_on(会合, 2022-06)
 *   the ministers' meeting held on 4 March 2024 -> held_on(meeting, 2024-03-04) */
void dg_rel_held_on(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_has_trigger(c, kind)) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *dt = &c->d->ments[i];
    if (c->nested[i] || dt->type != DG_TYPE_DATE || dg_rel_in_meeting_paren(c, s, i) ||
        dg_rel_dateline_date(c, s, i) || program_period(c, s, i))
      continue;
    long own = meeting_after_no(c, s, i);
    if (own >= 0) {
      dg_rel_add(c, kind, (uint32_t)own, i, s);
      continue;
    }
    if (owned_by_name(c, s, i)) continue;
    const dg_rel_trigger *h = holding_verb(c, s, c->ment_clause[i], dt->start);
    long m = h && !other_verb_between(c, s, h, dt->start, dt->end) ? dg_rel_held_meeting(c, s, h)
                                                                    : -1;
    if (m >= 0 && dt->end <= c->d->ments[m].start && modified_talks(c, s, (uint32_t)m)) continue;
    if (m >= 0) add_listed(c, kind, (uint32_t)m, i, s);
  }
}
