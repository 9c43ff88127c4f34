/* Typed relations a sentence states with a trigger word (dicts/rules/triggers.tsv): who
 * takes part, who chairs, what is announced or adopted where; and the table that runs
 * every sentence rule (held.c, apposition.c and parenthesis.c hold the others).
 * Invariant: a rule ties the names of one clause (clauses.c) to the meeting that clause
 * speaks of (clause_meeting), and never a mention nested in a longer name: ASEAN in
 * 日ASEAN首脳会議 is part of a name, not an actor of the sentence. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Can meeting m be what its clause speaks of? Not a meeting it only follows (に続いて,
 * following), nor in Japanese one that only owns a name (会議の成果). */
static int speaks_of(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  uint8_t part = dg_rel_part(c, m);
  return part != DG_PART_AFTER && (dg_rel_latin(c, s) || part != DG_PART_OF);
}

/* Japanese: does a demonstrative (この, その) with its noun and に or で stand in clause k
 * of sentence s before `at` (この研修には, その式典で)? With no meeting named, the clause
 * then takes part in a thing named before that is no meeting (この研修にはタイが参加した),
 * not in the document's own meeting; この対話 is a meeting's mention of its own
 * (coref.tsv) and never gets this far; この内容を is no scene. */
static int ja_demonstrative(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t at) {
  const char *t = c->d->text;
  if (dg_rel_latin(c, s)) return 0;
  for (uint32_t a = c->clauses.v[k].start; a + 6 <= at; a++) {
    if (!dg_lit(t, at, a, "\xE3\x81\x93\xE3\x81\xAE") && !dg_lit(t, at, a, "\xE3\x81\x9D\xE3\x81\xAE"))
      continue; /* この, その */
    uint32_t z = a + 6, cp = 0;
    int n = 0, l;
    while (z < at && (l = dg_utf8_decode(t + z, t + at, &cp)) > 0 &&
           (dg_script_of(cp) == DG_SC_KANJI || dg_script_of(cp) == DG_SC_KATAKANA))
      z += (uint32_t)l, n++;
    if (n && (dg_lit(t, at, z, "\xE3\x81\xAB") || dg_lit(t, at, z, "\xE3\x81\xA7"))) return 1; /* に で */
  }
  return 0;
}

/* The mention of `type` that ends right before ", <word>" opening clause k of sentence s
 * (..., which / ..., who), or -1. */
static long relative_antecedent(const dg_rel_ctx *c, uint32_t s, uint32_t k, const char *word,
                                dg_type type) {
  const char *t = c->d->text;
  uint32_t a = c->clauses.v[k].start, e = c->d->sents[s].end, p = a;
  if (!dg_lit(t, e, a, word)) return -1;
  while (p > c->d->sents[s].start && t[p - 1] == ' ') p--;
  if (p == c->d->sents[s].start || t[p - 1] != ',') return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == type && c->d->ments[i].end == p - 1)
      return (long)i;
  return -1;
}

/* English: does group or organization m stand as the object of verb g, right after it,
 * maybe after "the" (Peru, co-chairing the Andean Community this year, ...; Timor-Leste is
 * joining ASEAN): the verb acts on the body, not on a meeting? Not after a trigger ending
 * in "from" (representatives were from the World Bank: whom they came from). */
static int en_group_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                           const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t o = g->end + 1;
  if (!dg_rel_latin(c, s) || !dg_lit(t, m->start, g->end, " ")) return 0;
  if (dg_lit_before(t, g->end, " from")) return 0;
  if (dg_lit(t, m->start, o, "the ")) o += 4;
  return m->start == o;
}

/* Is t[a, z) only words in lower case, numbers, spaces and hyphens? */
static int plain_words(const char *t, uint32_t a, uint32_t z) {
  for (; a < z; a++)
    if (!(dg_is_lower(t[a]) || dg_is_digit(t[a]) || t[a] == ' ' || t[a] == '-')) return 0;
  return 1;
}

#define SETTING_REACH 80 /* bytes of a meeting's setting before its ", which" */

/* Does t[a, z) say the meeting is held (" held ": was held in Lima)? Its place is then the
 * setting of the meeting, which a ", which" clause after it hangs on without a date. */
static int said_held(const char *t, uint32_t a, uint32_t z) {
  return a < z && memmem(t + a, z - a, " held ", 6) != NULL;
}

/* English: the meeting whose setting ends at offset z: its name, then within SETTING_REACH
 * bytes nothing but places, dates and words in lower case, a date among them or "held"
 * (the first Summit in virtual format on 27 January 2022; the Summit was held in Lima city:
 * the Summit), or -1. Near miss: another name or a capital word between (the Summit with
 * Japan; the Summit under the Plan), a place alone (the Summit in Lima, which). */
static long setting_owner(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  long m = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].end <= z && c->d->ments[i].type == DG_TYPE_MEETING)
      m = (long)i;
  if (m < 0 || z - c->d->ments[m].end > SETTING_REACH) return -1;
  uint32_t q = c->d->ments[m].end;
  int dated = 0;
  for (uint32_t i = (uint32_t)m + 1; i < c->sent_end[s] && q < z; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->start < q) continue;
    if (x->start >= z) break;
    if (!plain_words(t, q, x->start)) return -1;
    if (!dg_rel_is_type(x, DG_REL_PLACES) && x->type != DG_TYPE_DATE) return -1;
    dated |= x->type == DG_TYPE_DATE;
    q = x->end;
  }
  return (dated || said_held(t, c->d->ments[m].end, z)) && plain_words(t, q, z) ? m : -1;
}

/* English: the meeting a ", which" clause k hangs on (The meeting, which will be attended
 * by A and B, opens today: the meeting), across the meeting's setting (see setting_owner:
 * the Summit in Delhi on 27 January, which was attended by A), or -1. */
static long which_antecedent(const dg_rel_ctx *c, uint32_t s, uint32_t k) {
  if (!dg_rel_latin(c, s)) return -1;
  long m = relative_antecedent(c, s, k, "which ", DG_TYPE_MEETING);
  const char *t = c->d->text;
  uint32_t a = c->clauses.v[k].start, p = a;
  if (m >= 0 || !dg_lit(t, c->d->sents[s].end, a, "which ")) return m;
  while (p > c->d->sents[s].start && t[p - 1] == ' ') p--;
  return p > c->d->sents[s].start && t[p - 1] == ',' ? setting_owner(c, s, p - 1) : -1;
}

/* English: does clause k open with ", which" after a word that names no meeting (a new
 * pillar, which would be co-chaired by Myanmar): what it tells is that thing's, not the
 * document's meeting's? */
static int which_other(const dg_rel_ctx *c, uint32_t s, uint32_t k) {
  const char *t = c->d->text;
  uint32_t a = c->clauses.v[k].start, p = a, lo = c->d->sents[s].start;
  if (!dg_rel_latin(c, s) || !dg_lit(t, c->d->sents[s].end, a, "which ")) return 0;
  while (p > lo && t[p - 1] == ' ') p--;
  if (p == lo || t[p - 1] != ',') return 0;
  uint32_t z = p - 1, w = z;
  while (w > lo && dg_is_ascii_alnum((unsigned char)t[w - 1])) w--;
  if (w == z || dg_rel_meeting_word(c, w, z)) return 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].end == z) return c->d->ments[i].type != DG_TYPE_MEETING;
  return 1;
}

/* The meetings the clause k of sentence s speaks of, for a trigger at `at`: those of the
 * clause that speaks_of allows, else the topic, scene or subject of a clause before it
 * (同会議では、…が出席した; 会議が開催され、大臣が出席した), or in Japanese the object of
 * a holding verb there (会議を開催し、A首相をお迎えした: see held_object), with the meetings listed before
 * it (see dg_rel_list_before), else in English the meeting a ", which" clause hangs on
 * (see which_antecedent), else, when the sentence names no meeting (nor, in English,
 * a ", which" clause that hangs on a thing that is no meeting: see which_other; nor
 * one the clause calls after the trigger by a meeting word of no name in the singular:
 * will meet at the AMAF+3 meeting, see dg_rel_unnamed_meeting, but for the news lead whose
 * "a meeting" the next sentence names, c->lead_sent; nor, in Japanese, a thing
 * a demonstrative points back to: この研修, see ja_demonstrative), its section's, else the
 * document's own (dg_rel_section_meeting).
 * Fills out[] (at most DG_REL_MAXM) and returns how many. */
/* Japanese: is meeting m the object of a holding or chairing verb right after it
 * (「M」を開催し、, 今回の会議を主宰し、: the clauses after it, with no meeting of their own,
 * speak of M: …をお迎えしました, A首相、B首相が出席した)? */
static int held_object(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  if (dg_rel_latin(c, s) || dg_rel_part(c, m) != DG_PART_OBJECT) return 0;
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if ((g->kind == DG_REL_HELD_ON || g->kind == DG_REL_CHAIRED_BY) && g->start >= m->end &&
        g->start <= m->end + 3)
      return 1;
  }
  return 0;
}

/* Japanese: the last meeting (not nested) the sentence before s names, when s opens with a
 * word of carry_openers.tsv (具体的には、A国の大臣を招待します: it goes on with that
 * sentence's meeting), or -1. */
static long carried_meeting(const dg_rel_ctx *c, uint32_t s) {
  const dg_sentence *se = &c->d->sents[s];
  if (s == 0 || dg_rel_latin(c, s) ||
      dg_wordlist_at(&c->r->carry_openers, c->d->text, se->end, se->start) < 0)
    return -1;
  long last = -1;
  for (uint32_t i = c->sent_first[s - 1]; i < c->sent_end[s - 1]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING) last = (long)i;
  return last;
}

/* English: do the last three words of meeting own's name (at least two words; one name
 * with a capital after the first), written in lower case, stand between offsets a and z
 * (the November 7-8 regional working group meeting, under the title's Second Regional
 * Working Group Meeting)? Such words speak of that meeting, not of another one. */
static int echoes_own(const dg_rel_ctx *c, long own, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  const dg_mention *m = &c->d->ments[own];
  uint32_t b = m->end;
  for (int w = 0; w < 3 && b > m->start; w++) {
    while (b > m->start && t[b - 1] != ' ') b--;
    if (w < 2 && b > m->start) b--; /* past the space: one more word */
  }
  uint32_t n = m->end - b;
  if (n < 8 || memchr(t + b, ' ', n) == NULL) return 0;
  for (uint32_t p = a; p + n <= z; p++) {
    if (p > a && t[p - 1] != ' ') continue;
    int same = dg_is_lower(t[p]);
    for (uint32_t q = 0; q < n && same; q++) {
      char x = t[p + q], y = t[b + q];
      if (dg_is_upper(x)) x = (char)(x - 'A' + 'a');
      if (dg_is_upper(y)) y = (char)(y - 'A' + 'a');
      same = x == y;
    }
    if (same && (p + n == z || !dg_is_ascii_alnum((unsigned char)t[p + n]))) return 1;
  }
  return 0;
}

/* Is meeting m a heading line that opens sentence s, its lines joined (覚書締結式 / 1 日時 … /
 * 3 署名者 …; 調印式(概要) / …): the lines below it speak of it, as of a topic? */
static int heading_line_meeting(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  uint32_t z = m->end, e = c->d->sents[s].end;
  if (m->start != c->d->sents[s].start) return 0;
  if (z < e && t[z] == '(') {
    const char *close = memchr(t + z, ')', e - z);
    z = close ? (uint32_t)(close - t) + 1 : z;
  }
  return z < e && t[z] == '\n';
}

size_t dg_rel_clause_meetings(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t at,
                              uint32_t *out) {
  size_t n = 0;
  long topic = -1, any = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING || dg_rel_membership(c, m)) continue;
    any = (long)i;
    if (!speaks_of(c, s, m)) continue;
    if (c->ment_clause[i] == k) {
      if (n < DG_REL_MAXM) out[n++] = i;
    } else if (m->end <= at) {
      uint8_t part = dg_rel_part(c, m);
      if (part == DG_PART_TOPIC || part == DG_PART_SCENE || part == DG_PART_SUBJECT ||
          held_object(c, s, m) || heading_line_meeting(c, s, m))
        topic = (long)i;
    }
  }
  if (!n && topic >= 0) {
    out[n++] = (uint32_t)topic; /* 「A」、「B」が開催され、: A too */
    n += dg_rel_list_before(c, s, (uint32_t)topic, out + n, DG_REL_MAXM - n);
  }
  if (!n && (topic = which_antecedent(c, s, k)) >= 0) out[n++] = (uint32_t)topic;
  if (!n && any < 0 && (topic = carried_meeting(c, s)) >= 0) out[n++] = (uint32_t)topic;
  const dg_rel_clause *cl = &c->clauses.v[k];
  long own = !n && any < 0 ? dg_rel_section_meeting(c, s) : -1;
  uint32_t past = at; /* a trigger's own words name no other meeting (held a summit meeting with) */
  for (size_t x = 0; x < c->trigs.n; x++)
    if (c->trigs.v[x].start == at && c->trigs.v[x].end > past) past = c->trigs.v[x].end;
  if (own >= 0 && !ja_demonstrative(c, s, k, at) && !which_other(c, s, k) &&
      !(dg_rel_latin(c, s) && (long)s != c->lead_sent &&
        (dg_rel_unnamed_meeting(c, s, past, cl->end) & 1) && !echoes_own(c, own, past, cl->end)))
    out[n++] = (uint32_t)own;
  long pair = own >= 0 && own == c->main_meeting ? dg_rel_section_pair(c, s) : -1;
  if (pair >= 0 && n == 1 && (uint32_t)own == out[0] && n < DG_REL_MAXM)
    out[n++] = (uint32_t)pair; /* A及びBの結果: a clause of neither speaks of both */
  return n;
}

long dg_rel_clause_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t at) {
  uint32_t ms[DG_REL_MAXM];
  size_t n = dg_rel_clause_meetings(c, s, k, at, ms);
  if (n == 2 && (long)ms[0] == c->main_meeting && (long)ms[1] == c->main_pair)
    n = 1; /* one meeting: the document's own (the callers add its pair: see pair_of) */
  if (!n) return -1;
  if (!dg_rel_latin(c, s)) return dg_rel_nearest_of(c, ms, n, at);
  long after = -1; /* English names what is attended after the verb: attended the Summit */
  for (size_t x = 0; x < n && after < 0; x++)
    if (c->d->ments[ms[x]].start >= at) after = ms[x];
  return after >= 0 ? after : (long)dg_rel_nearest_of(c, ms, n, at);
}

/* The second meeting of the document's title (A及びBの結果: B) when a Japanese sentence
 * that names no meeting gives a tie to m, the document's own one (its title's mention, not
 * a later one): the tie is B's too (両会議ともに共同声明が採択された); or -1. */
static long pair_of(const dg_rel_ctx *c, uint32_t s, long m) {
  return m >= 0 && m == c->main_meeting && !dg_rel_latin(c, s) ? dg_rel_section_pair(c, s) : -1;
}

/* Does an actor of clause k stand as its subject or topic (Japanese が, は)? */
static int has_subject(const dg_rel_ctx *c, uint32_t s, uint32_t k) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    uint8_t part = dg_rel_in_clause(c, i, k) && dg_rel_is_type(&c->d->ments[i], DG_REL_ACTORS)
                       ? dg_rel_part(c, &c->d->ments[i])
                       : 0;
    if (part == DG_PART_SUBJECT || part == DG_PART_TOPIC) return 1;
  }
  return 0;
}

/* Is mention i an actor: a country, group, organization or person, a territory (New
 * Caledonia attended), or a region (or place) counted as its countries (アフリカ52か国)? */
static int is_actor(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *m = &c->d->ments[i];
  if (dg_rel_is_actor(m)) return 1;
  if (m->type != DG_TYPE_PLACE && m->type != DG_TYPE_REGION) return 0;
  for (uint32_t k = i + 1; k < c->sent_end[s]; k++) {
    const dg_mention *q = &c->d->ments[k];
    /* the English unit counters.tsv gives か国, ヶ国 and countries */
    if (q->start == m->end && q->type == DG_TYPE_QUANTITY && q->unit &&
        !strcmp(q->unit, "countries"))
      return 1;
  }
  return 0;
}

/* Is the Japanese subject m the subject of its clause's last predicate, not of a verb that
 * modifies a noun (岸田総理が表明したプログラムの進捗を報告し、: 岸田 is no subject of
 * 報告し)? After the first verb that follows m, only verbs, auxiliaries, particles,
 * symbols and dependent nouns may stand before the clause ends. */
static int subject_of_clause(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const dg_sentence *se = &c->d->sents[s];
  const dg_rel_clause *cl = &c->clauses.v[c->ment_clause[m - c->d->ments]];
  int verb = 0;
  for (uint32_t k = dg_sent_tok0(c->d, se); k < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start < m->end || tk->start >= cl->end) continue;
    if (tk->pos == DG_POS_VERB) verb = 1;
    else if (verb && tk->pos != DG_POS_AUX && tk->pos != DG_POS_PARTICLE &&
             tk->pos != DG_POS_SYMBOL && tk->pos != DG_POS_NOUN_NONIND)
      return 0;
  }
  return 1;
}

/* The head of a line that lists one party (ミャンマー：外務省高官が出席; ラオス（議長国）：
 * 首相): an actor opening the sentence and followed by a colon, or -1. The bodies named
 * after the colon are the head's, not parties of their own. */
static long line_head(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t i = c->sent_first[s];
  if (i >= c->sent_end[s]) return -1;
  const dg_mention *m = &c->d->ments[i];
  if (m->start != c->d->sents[s].start || !dg_rel_is_type(m, DG_REL_ACTORS)) return -1;
  uint32_t p = m->end;
  if (p < c->d->len && t[p] == '(')
    while (p < c->d->sents[s].end && t[p] != ')') p++;
  if (p < c->d->len && t[p] == ')') p++;
  return p < c->d->len && t[p] == ':' ? (long)i : -1;
}

int dg_rel_joins_list(const dg_rel_ctx *c, const dg_sentence *se, const dg_token *tk) {
  long w = dg_wordlist_before(&c->r->list_joiners, c->d->text, se->start, tk->end);
  return w >= 0 && c->r->list_joiners.w[w].len > tk->end - tk->start;
}

/* Does token tk of sentence s lie inside a name (the verb MeCab reads in 李|干|傑, a Chinese
 * name: no verb of the sentence)? */
static int in_name(const dg_rel_ctx *c, uint32_t s, const dg_token *tk) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!m->implicit && m->start <= tk->start && tk->end <= m->end) return 1;
  }
  return 0;
}

/* Japanese: does mention m stand inside a clause that modifies a noun before trigger g (ア
 * ジア開発銀行の支援を受けたタイが参加: the bank helped, Thailand attends; 日本の支援で建設
 * された橋を視察した大臣): a verb or auxiliary right before a noun of its own between them?
 * A topic (は) never stands in such a clause; a dependent noun (際, 後) makes none, nor a
 * verb that joins a list (を含む: dg_rel_joins_list), after which a clause modifies the noun the
 * list ends on, not m (A首相などを含む、国交のある各国首脳), nor a verb inside a name
 * (in_name); a name a comma follows is an item of a list whose next item the clause
 * modifies (A、それからBの議長国でありますC、…を招待). */
static int ja_in_modifier(const dg_rel_ctx *c, uint32_t s, const dg_mention *m,
                          const dg_rel_trigger *g) {
  const dg_sentence *se = &c->d->sents[s];
  if (dg_rel_latin(c, s) || m->end > g->start || dg_rel_part(c, m) == DG_PART_TOPIC ||
      dg_lit(c->d->text, g->start, m->end, "\xE3\x80\x81")) /* 、 */
    return 0;
  for (uint32_t k = dg_sent_tok0(c->d, se); k + 1 < dg_sent_tokend(c->d, se); k++) {
    const dg_token *tk = dg_tok(c->d, k), *nx = tk + 1;
    if (tk->start < m->end || nx->end > g->start) continue;
    if ((tk->pos == DG_POS_VERB || tk->pos == DG_POS_AUX) && dg_rel_joins_list(c, se, tk))
      return 0; /* Aを含む、国交のある首脳: what follows modifies the list's head */
    if ((tk->pos == DG_POS_VERB || tk->pos == DG_POS_AUX) &&
        (nx->pos == DG_POS_NOUN || nx->pos == DG_POS_NOUN_PROPER || nx->pos == DG_POS_NOUN_SAHEN) &&
        !dg_rel_joins_list(c, se, tk) && !in_name(c, s, tk))
      return 1;
  }
  return 0;
}

/* Is mention i an actor of clause k: in it, or, when k has no subject of its own
 * (Japanese), the topic of a clause before it, or the subject of its last predicate
 * (大臣は、フィリピンを訪問し、会議に出席した: 大臣 attends; see subject_of_clause); not a
 * body named after the head of a party's line (see line_head), nor a country named as
 * where things happen (the Forum's meetings in Thailand), nor the host of a diplomatic post
 * (ASEAN代表部常駐代表兼インドネシア大使), nor a country that says where a place is (to Apia,
 * Samoa: dg_rel_apposed_place), nor the news agency of a dateline (see
 * dg_rel_wire_source), nor the credit of a picture ((Photo: VNA): dg_rel_credit), nor the
 * agent of another verb (a report
 * prepared by the UNDP: dg_rel_agent_of_other; 支援を受けたタイ: see ja_in_modifier) of
 * trigger g? */
static int actor_of(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t i,
                    const dg_rel_trigger *g) {
  const dg_mention *m = &c->d->ments[i];
  long head = line_head(c, s);
  if (c->nested[i] || !is_actor(c, s, i)) return 0;
  uint8_t own = dg_rel_part(c, m);
  if ((m->type == DG_TYPE_COUNTRY || m->party) && own == DG_PART_VENUE) return 0; /* in Laos */
  if (m->type == DG_TYPE_COUNTRY && dg_rel_apposed_place(c, m)) return 0; /* to Apia, Samoa */
  if (own == DG_PART_POST) return 0; /* インドネシア大使: an ambassador to it */
  if (head >= 0 && (long)i != head && m->type == DG_TYPE_ORGANIZATION) return 0;
  if (dg_rel_agent_of_other(c, s, i)) return 0; /* a report prepared by the UNDP */
  if (dg_rel_excluded(c, s, i)) return 0; /* all members except Myanmar */
  if (dg_rel_body_in_title(c, i)) return 0; /* 文化庁長官 A: A takes part */
  if (dg_rel_wire_source(c, s, i)) return 0; /* Vientiane (VNA) - ...: the reporter */
  if (dg_rel_credit(c, s, i)) return 0;      /* (Photo: VNA): the photographer */
  if (dg_rel_reporter(c, s, i)) return 0; /* ..., Minister X said: the reporter */
  if (c->ment_clause[i] == k) return !ja_in_modifier(c, s, m, g);
  if (dg_rel_latin(c, s) || c->ment_clause[i] > k || has_subject(c, s, k)) return 0;
  uint8_t part = dg_rel_part(c, m);
  if (part != DG_PART_TOPIC && (part != DG_PART_SUBJECT || !subject_of_clause(c, s, m)))
    return 0;
  for (uint32_t j = c->ment_clause[i] + 1; j < k; j++)
    if (has_subject(c, s, j)) return 0;
  return 1;
}

/* participates_in: the actors (countries, groups, organizations, people) of the clause of
 * a verb of taking part (see actor_of), to the meetings that clause speaks of, but not
 * those after the verb a plural attending noun is the subject of (see noun_subject_end),
 * and none for a verb whose object is a body (see joins_group); a place
 * where a meeting is held takes no part; the speaker where "I" take part (私は…に出席
 * しました: dg_rel_speaker_in); and the speakers of a meeting (see speakers) and the
 * authors of a statement where "we" take part or speak (see authors).
 *   第5回日メコン農業対話にはカンボジア及びタイが参加した
 *     -> participates_in(カンボジア, 対話), participates_in(タイ, 対話)
 *   Laos attended the Mekong-Japan Water Forum -> participates_in(Laos, Forum)
 * Who holds a meeting named as its verb's object takes part too (see holders). */
/* The end of a word of pronouns.tsv standing at offset i as a whole word, or 0. */
static uint32_t pronoun_at(const dg_rel_ctx *c, uint32_t i, uint32_t end) {
  const char *t = c->d->text;
  long w = dg_wordlist_at(&c->r->pronouns, t, end, i);
  if (w < 0) return 0;
  uint32_t e = i + c->r->pronouns.w[w].len;
  if ((unsigned char)t[i] < 0x80 &&
      ((i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1])) ||
       (e < end && dg_is_ascii_alnum((unsigned char)t[e]))))
    return 0;
  return e;
}

/* The sentence that names the authors of a statement: the first that opens with a pronoun
 * and a comma or a dash (We, President A and Prime Minister B, ...; We—the Forum, ...);
 * -1 when none. Looked for once. */
static long speakers_sentence(dg_rel_ctx *c) {
  const char *t = c->d->text;
  for (uint32_t s = 0; c->speakers == -2 && s < c->d->nsents; s++) {
    const dg_sentence *se = &c->d->sents[s];
    uint32_t e = pronoun_at(c, se->start, se->end);
    uint32_t cp = e && e < se->end ? dg_cp_at(t, c->d->len, e) : 0;
    if (cp == ',' || cp == 0x3001 || cp == 0x2014) c->speakers = s;
  }
  if (c->speakers == -2) c->speakers = -1;
  return c->speakers;
}

/* The authors of a statement take part where "we" attend or announce something: the
 * people its opening names (We, President A and Prime Minister B, ...), to the meetings
 * ms[0..nm) of a later clause k that holds a pronoun (At the G20 Summit, we announced). */
static void authors(dg_rel_ctx *c, uint32_t s, uint32_t k, const uint32_t *ms, size_t nm) {
  long a = speakers_sentence(c);
  const dg_rel_clause *cl = &c->clauses.v[k];
  int we = 0;
  const dg_wordlist *pr = &c->r->pronouns;
  for (size_t i = cl->start; !we && (i = dg_wordlist_next(pr, c->d->text, cl->end, i)) < cl->end;
       i++)
    we = pronoun_at(c, (uint32_t)i, cl->end) != 0;
  if (a < 0 || (uint32_t)a >= s || !we) return;
  for (uint32_t i = c->sent_first[a]; i < c->sent_end[a]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_PERSON &&
        c->ment_clause[i] == c->sent_clause[a])
      for (size_t y = 0; y < nm; y++) dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, ms[y], s);
}

/* Does mention i of sentence s announce what trigger g says: a person of its clause, or a
 * country, group or organization standing as its subject (Japan will present ...; 日本から
 * …を表明; not Cambodia of "aid to Cambodia", nor an owner: Japan's engagement under the
 * Policy announced at ...), but not the source of the report (the agency of a dateline,
 * the name of a closing "..., according to X": dg_rel_wire_source, dg_rel_reporter)? */
static int announcer(const dg_rel_ctx *c, uint32_t s, uint32_t i, const dg_rel_trigger *g) {
  const dg_mention *m = &c->d->ments[i];
  if (dg_rel_wire_source(c, s, i) || dg_rel_reporter(c, s, i) || dg_rel_credit(c, s, i))
    return 0; /* the source of the report or of its picture */
  if (m->type == DG_TYPE_PERSON) return 1;
  if (!dg_rel_is_type(m, DG_REL_ACTORS) || m->end > g->start) return 0;
  uint8_t part = dg_rel_part(c, m);
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (dg_possessive_at(t, e, m->end)) return 0; /* Japan's */
  return dg_rel_latin(c, s) ? part == 0 && !dg_rel_agent_of_other(c, s, i)
                            : part == DG_PART_SUBJECT || part == DG_PART_TOPIC;
}

/* People who announce something at a meeting their clause names as the scene take part
 * in it (首脳会談において安倍総理からフン・セン首相に対し…を表明; 会合ではA大臣から…を
 * 表明: see scene_topic; At the Summit, Prime Minister Sato announced ...; a Japanese meeting
 * with で between that scene and the word is the nearer scene: 本対話では、2017年の首脳会議で
 * 安倍総理が提唱した…: the summit), and so do the
 * countries and bodies that announce it as its subject (At the Summit, Japan will present
 * ...; see announcer). */
/* Japanese: is meeting x the scene of its clause as a topic with で (第3回会合では、A大臣から
 * …を表明: では of a meeting says where, as において does)? */
static int scene_topic(const dg_rel_ctx *c, const dg_mention *x) {
  return dg_rel_part(c, x) == DG_PART_TOPIC &&
         dg_lit(c->d->text, c->d->len, x->end, "\xE3\x81\xA7\xE3\x81\xAF"); /* では */
}

static void speakers(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long m = -1;
  uint32_t from = 0; /* past a nearer scene with で: who speaks there stands after it */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    int nearer = m >= 0 && x->end <= g->start && !dg_rel_latin(c, s) &&
                 dg_rel_part(c, x) == DG_PART_VENUE;
    if (dg_rel_in_clause(c, i, g->clause) && x->type == DG_TYPE_MEETING &&
        (dg_rel_part(c, x) == DG_PART_SCENE || scene_topic(c, x) || nearer))
      m = (long)i, from = nearer ? x->end : 0;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++)
    if (dg_rel_in_clause(c, i, g->clause) && c->d->ments[i].start >= from && announcer(c, s, i, g))
      dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, (uint32_t)m, s);
  if (m >= 0) {
    uint32_t one = (uint32_t)m;
    authors(c, s, g->clause, &one, 1);
  }
}

/* Is meeting y (after trigger g) what g's object names, the object starting at offset o:
 * the meeting there, or one listed after it (see dg_rel_list_before)? */
static int is_object(const dg_rel_ctx *c, uint32_t s, uint32_t y, uint32_t o) {
  uint32_t ls[DG_REL_MAXM];
  if (c->d->ments[y].start == o) return 1;
  size_t n = dg_rel_list_before(c, s, y, ls, DG_REL_MAXM);
  for (size_t k = 0; k < n; k++)
    if (c->d->ments[ls[k]].start == o) return 1;
  return 0;
}

/* English: when the clause names a meeting as its scene before attending word g (At the
 * Meeting held in the presence of A and B, the participants reviewed the first Summit),
 * keeps of the n meetings in ms the scenes and the one g takes as its object right after
 * it (At the Summit, Laos attended the Forum), not one another verb takes (the Summit
 * they reviewed). Returns how many are left. */
static size_t scene_only(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t *ms,
                         size_t n) {
  const char *t = c->d->text;
  uint32_t o = g->end + 1, e = c->d->sents[s].end;
  int scene = 0;
  for (size_t y = 0; y < n; y++) {
    const dg_mention *m = &c->d->ments[ms[y]];
    scene |= m->sentence == s && m->end <= g->start && dg_rel_part(c, m) == DG_PART_SCENE;
  }
  if (!scene) return n;
  if (dg_lit(t, e, o, "the ")) o += 4;
  size_t k = 0;
  for (size_t y = 0; y < n; y++) {
    const dg_mention *m = &c->d->ments[ms[y]];
    if (m->sentence != s || dg_rel_part(c, m) == DG_PART_SCENE || is_object(c, s, ms[y], o))
      ms[k++] = ms[y];
  }
  return k;
}

/* English: keeps of the n meetings in ms those an attending word followed by "in" takes
 * part in: its object (participation in the Summit and the Forum, past a word of
 * meeting_modifiers.tsv: took part in the annual Summit; a back reference that holds its
 * article: participated in the meeting), a meeting named as the
 * scene (participated in talks at the Summit), and any before the word or named in no
 * other sentence. A meeting later in a list the object opens is not attended (future
 * participation in regional bodies, refugee issues, the Dialogue and ...: topics).
 * Returns how many are left. */
static size_t attended_objects(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                               uint32_t *ms, size_t n) {
  const char *t = c->d->text;
  uint32_t o = g->end, e = c->d->sents[s].end;
  if (dg_rel_latin(c, s) && !dg_lit(t, e, o, " in ")) return scene_only(c, s, g, ms, n);
  if (!dg_rel_latin(c, s)) return n;
  uint32_t with_the = o += 4; /* a back reference holds its article: the meeting */
  if (dg_lit(t, e, o, "the ")) o += 4;
  long w = dg_wordlist_at(&c->r->meeting_modifiers, t, e, o); /* the annual Summit */
  if (w >= 0 && dg_lit(t, e, o + (uint32_t)c->r->meeting_modifiers.w[w].len, " "))
    o += (uint32_t)c->r->meeting_modifiers.w[w].len + 1;
  size_t k = 0;
  for (size_t y = 0; y < n; y++) {
    const dg_mention *m = &c->d->ments[ms[y]];
    if (m->sentence != s || m->end <= g->start || dg_rel_part(c, m) == DG_PART_SCENE ||
        m->start == with_the || is_object(c, s, ms[y], o))
      ms[k++] = ms[y];
  }
  return k;
}

/* English: who holds a meeting named as the object of its holding verb g takes part in it
 * (India and Japan held the sixth meeting of the Forum: see dg_rel_held_object): the
 * actors of g's clause before it. */
static void holders(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long m = dg_rel_held_object(c, s, g);
  if (m >= 0 && dg_rel_hosts_ahead(c, s, g, (uint32_t)m)) return; /* to host the next M */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++)
    if (c->d->ments[i].end <= g->start && actor_of(c, s, g->clause, i, g))
      dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, (uint32_t)m, s);
}

/* English: where attending noun g in the plural is the subject of a verb in the past that
 * follows it (the participants discussed the situation in Chile; the attendees welcomed
 * Peru's offer), the offset after that verb, before which its actors stand; else the
 * sentence's end. Not a verb that lists or leads (participants included A; delegations
 * headed by B), nor a trigger word. */
static uint32_t noun_subject_end(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, a = g->end + 1, z = a;
  if (!dg_rel_latin(c, s) || g->end - g->start < 2 || t[g->end - 1] != 's' ||
      !dg_lit(t, e, g->end, " "))
    return e;
  while (z < e && dg_is_lower(t[z])) z++;
  if (z - a < 4 || !dg_lit(t, z, z - 2, "ed") || dg_lit(t, e, a, "included") ||
      dg_lit(t, e, z, " by"))
    return e;
  for (size_t x = 0; x < c->trigs.n; x++)
    if (c->trigs.v[x].start == a) return e;
  return z;
}

/* Does a meeting's name of sentence s start within 16 bytes after mention m (the
 * Association of Southeast Asian Nations (ASEAN)-Japan Summit: m opens that name)? */
static int meeting_follows(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (x->type == DG_TYPE_MEETING && x->start >= m->end && x->start - m->end <= 16) return 1;
  }
  return 0;
}

/* English: is the object of verb g "the" and a head word of a body (heads.tsv:
 * organization or group) that is part of no name (Brunei and Laos have joined the
 * organization)? */
static int unnamed_body_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, a = g->end + 5, z = a;
  if (!dg_lit(t, e, g->end, " the ")) return 0;
  while (z < e && dg_is_ascii_alnum((unsigned char)t[z])) z++;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (c->d->ments[i].start <= a && c->d->ments[i].end >= z) return 0;
  for (size_t k = 0; k < c->r->heads.n && z > a; k++) {
    const dg_word *h = &c->r->heads.w[k];
    if ((h->as.head.type == DG_TYPE_ORGANIZATION || h->as.head.type == DG_TYPE_GROUP) &&
        h->len == z - a && dg_word_at(h, t, z, a))
      return 1;
  }
  return 0;
}

/* English: does attending word g take a group or organization as its object (Timor-Leste
 * is joining ASEAN: a membership, no meeting attended; see en_group_object), one that
 * does not open a meeting's name (see meeting_follows), or a body's head word of no name
 * (see unnamed_body_object)? */
static int joins_group(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const uint32_t groups = DG_TYPESET(GROUP) | DG_TYPESET(ORGANIZATION);
  if (dg_rel_latin(c, s) && unnamed_body_object(c, s, g)) return 1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && dg_rel_is_type(m, groups) && en_group_object(c, s, g, m) &&
        !meeting_follows(c, s, m))
      return 1;
  }
  return 0;
}

/* Japanese: does trigger g open with the object particle を (Xを迎え, Xを招き, Xを開催)?
 * Its verb's parties stand before it, as its object or subject, never after it in its
 * clause (Xを招き、「Y」をテーマにZ会議をホテルで開催した: X takes part, not Y). */
static int object_verb(const dg_rel_ctx *c, const dg_rel_trigger *g) {
  return dg_lit(c->d->text, c->d->len, g->start, "\xE3\x82\x92"); /* を */
}

/* Japanese: does trigger g end a verb that modifies the meeting named right after it (日本
 * が主催する本対話では; 参加した「会合」で): at most four kana after it, the last る or た,
 * then the meeting, maybe after 「, a particle after it (no noun it modifies in turn:
 * 参加するEAS参加国には)? That meeting's mention, or -1. The verb's parties stand
 * before it, as for a を-verb; a name in the clause after the meeting's name is no party
 * of that verb (主催する本対話では、首脳会議で安倍総理が提唱した…: 安倍 hosts nothing). */
static long ja_attributive(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = g->end;
  if (dg_rel_latin(c, s)) return -1;
  for (int k = 0; k < 4 && q + 3 <= e && dg_script_of(dg_cp_at(t, e, q)) == DG_SC_HIRAGANA; k++)
    q += 3;
  if (q == g->end || !(dg_lit_before(t, q, "\xE3\x82\x8B") || dg_lit_before(t, q, "\xE3\x81\x9F")))
    return -1; /* る た */
  if (dg_lit(t, e, q, "\xE3\x80\x8C")) q += 3; /* 「 */
  long m = dg_rel_mention_at(c, s, q, 0, dg_rel_is_meeting);
  return m >= 0 && dg_rel_part(c, &c->d->ments[m]) ? m : -1; /* not 参加するEASパートナー国 */
}

/* Japanese: is the object of を-trigger g a span of time (50周年を迎え, 10回目を迎えた,
 * 節目を迎え): 年 or 目 right before it? Nobody is welcomed then. */
static int anniversary(const dg_rel_ctx *c, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  return object_verb(c, g) && g->start >= 3 &&
         (dg_lit(t, g->start, g->start - 3, "\xE5\xB9\xB4") ||  /* 年 */
          dg_lit(t, g->start, g->start - 3, "\xE7\x9B\xAE")); /* 目 */
}

/* The label of participants that attending word g opens, as a line writes it (出席者:A、B;
 * 参加国：A): the label's end, past its colon, or 0. What the line lists after it takes
 * part; what lines before it say (場所:ラオス国) does not. */
static uint32_t label_at(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  const dg_wordlist *l = &c->r->participant_headings;
  long w = dg_rel_latin(c, s) ? -1 : dg_wordlist_at(l, t, e, g->start);
  if (w < 0) return 0;
  uint32_t z = g->start + (uint32_t)l->w[w].len;
  if (z < e && t[z] == ':') return z + 1;
  return z + 3 <= e && dg_lit(t, e, z, "\xEF\xBC\x9A") ? z + 3 : 0; /* ： */
}

/* The end of the list a label of participants opens at p: its line and the lines after
 * it that open no label of their own (出席者:A、B / C側 D等 / 場所:…: up to C側 D等),
 * up to e. */
static uint32_t label_list_end(const char *t, uint32_t p, uint32_t e) {
  for (;;) {
    while (p < e && t[p] != '\n') p++;
    if (p >= e) return p;
    for (uint32_t q = p + 1; q < e && t[q] != '\n'; q++)
      if (t[q] == ':' || dg_lit(t, e, q, "\xEF\xBC\x9A")) return p; /* the next label */
    p++;
  }
}

/* English: where a participle used as an attribute is followed, from offset p, by its noun
 * in lower case (at most five words: countries and organisations) and a verb that lists
 * them, maybe a colon and "the", and an actor right after (The participating countries
 * were: A, B; the participating delegations included the A), the offset of that actor;
 * else the sentence's end (The participating officials welcomed A's support: none). */
static uint32_t attribute_list(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  static const char *const LISTS[] = {"were", "are", "included", "include"};
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  for (int words = 0; words < 6 && p < e && dg_is_lower(t[p]); words++) {
    uint32_t z = p;
    while (z < e && (dg_is_lower(t[z]) || t[z] == '-')) z++;
    for (size_t k = 0; k < sizeof LISTS / sizeof *LISTS && words; k++) {
      if (z - p != strlen(LISTS[k]) || memcmp(t + p, LISTS[k], z - p)) continue;
      uint32_t q = z < e && t[z] == ':' ? z + 1 : z;
      while (q < e && (t[q] == ' ' || t[q] == '\n')) q++;
      if (dg_lit(t, e, q, "the ")) q += 4;
      return dg_rel_mention_at(c, s, q, 0, dg_rel_is_actor) >= 0 ? q : e;
    }
    if (z >= e || t[z] != ' ') return e;
    p = z + 1;
  }
  return e;
}

/* English: the first offset where an actor of attending word g may stand: after "of" for
 * a noun followed by it (with the participation of leaders from A and B; the participation
 * of the private sector, not the countries before it); none for a participle that is an
 * attribute, "the" before it and a word in lower case after it (The participating officials
 * welcomed Japan's support: the officials), unless a verb lists them (see attribute_list);
 * else the clause's start (0). After a label of
 * participants (出席者:, see label_at) the caller starts past its colon instead. */
static uint32_t actors_from(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (!dg_rel_latin(c, s) || g->end - g->start < 4) return 0;
  if (dg_lit(t, g->end, g->end - 3, "ion") && dg_lit(t, e, g->end, " of ")) return g->end;
  if (dg_lit(t, g->end, g->end - 3, "ing") &&
      (dg_lit_before(t, g->start, "the ") || dg_lit_before(t, g->start, "The ")) &&
      g->end + 1 < e && t[g->end] == ' ' && dg_is_lower(t[g->end + 1]))
    return attribute_list(c, s, g->end + 1);
  return 0;
}

/* Does mention i of sentence s stand after a verb of its clause k that holds another
 * occasion (other_occasions.tsv: the reception hosted by the Minister of Fiji, Jane Doe):
 * it speaks of that occasion, not of a meeting? */
static int after_other_occasion(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t i) {
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->clause == k && g->end <= c->d->ments[i].start && dg_rel_other_occasion(c, s, g))
      return 1;
  }
  return 0;
}

/* Japanese: where 率いる (leads) follows person mention m within its title, no comma or
 * full stop between (山田太郎外務大臣率いる; 李明(リ・ミン)…事務局長率いる), its end; else 0. */
static uint32_t leads_after(const dg_rel_ctx *c, const dg_mention *m, uint32_t upto) {
  static const char LEAD[] = "\xE7\x8E\x87\xE3\x81\x84\xE3\x82\x8B"; /* 率いる */
  const char *t = c->d->text;
  for (uint32_t p = m->end; p < upto && p < m->end + 120; p++) {
    if (dg_lit(t, upto, p, LEAD)) return p + 9;
    if (dg_lit(t, upto, p, "\xE3\x80\x81") || dg_lit(t, upto, p, "\xE3\x80\x82")) return 0;
  }
  return 0;
}

int dg_rel_en_list_gap(const char *t, uint32_t a, uint32_t z) {
  while (a < z) {
    if (t[a] == ',' || t[a] == ' ') a++;
    else if (dg_lit(t, z, a, "and ")) a += 4;
    else if (dg_lit(t, z, a, "the ")) a += 4;
    else return 0;
  }
  return 1;
}

/* English: where trigger g is a participle right after "while" or "when" (A and B praised
 * C's plan while attending the Summit: clauses.c keeps them one clause), does mention i
 * stand in the clause's subject: the first actor of the clause or one listed after it
 * (see dg_rel_en_list_gap: A and B, not C)? Any actor else. */
static int participle_subject(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                              uint32_t i) {
  const char *t = c->d->text;
  if (!dg_rel_latin(c, s) ||
      !(dg_lit_before(t, g->start, "while ") || dg_lit_before(t, g->start, "when ")))
    return 1;
  uint32_t first = i;
  for (uint32_t j = c->sent_first[s]; j < i && first == i; j++)
    if (actor_of(c, s, g->clause, j, g)) first = j;
  for (uint32_t j = first + 1, last = first; j <= i && first < i; j++) {
    if (c->nested[j]) continue;
    if (!dg_rel_en_list_gap(t, c->d->ments[last].end, c->d->ments[j].start)) return 0;
    last = j;
  }
  return 1;
}

/* The leader of a delegation takes part where the delegation does: a person right before
 * 率いる and a 代表団 (delegation) after it, within 30 bytes, before trigger g (A大臣率いる
 * 日本代表団が出席した; B事務局長率いるTCS代表団も出席しました) -> participates_in(A, ms).
 * Near miss: no 代表団 (A大臣率いるチームが優勝した). */
static void delegation_leaders(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                               const uint32_t *ms, size_t nm) {
  static const char DELEGATION[] = "\xE4\xBB\xA3\xE8\xA1\xA8\xE5\x9B\xA3"; /* 代表団 */
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && nm; i++) {
    const dg_mention *m = &c->d->ments[i];
    uint32_t e = m->type == DG_TYPE_PERSON && !c->nested[i] ? leads_after(c, m, g->start) : 0;
    int del = 0;
    for (uint32_t p = e; e && p + 9 <= g->start && p < e + 30 && !del; p++)
      del = dg_lit(t, g->start, p, DELEGATION);
    for (size_t y = 0; y < nm && del; y++) dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, ms[y], s);
  }
}

/* English: is trigger g "represented" as a participle after a noun, no form of "be" in
 * the two words before it and "at" or "in" right after it (we want to see small states
 * represented at the Forum: a wish about who may come, not who came)? Near miss: Chile
 * and Peru were represented at the Forum; Jane Doe represented Fiji at the Forum. */
static int bare_represented(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being"};
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start, e = c->d->sents[s].end;
  if (!dg_rel_latin(c, s) || g->end - g->start != 11 || !dg_lit(t, e, g->start, "represented") ||
      !(dg_lit(t, e, g->end, " at ") || dg_lit(t, e, g->end, " in ")))
    return 0;
  uint32_t p = g->start;
  for (int w = 0; w < 2 && p > a + 1 && t[p - 1] == ' '; w++) {
    uint32_t z = p - 1, q = z;
    while (q > a && dg_is_ascii_alnum((unsigned char)t[q - 1])) q--;
    for (size_t k = 0; k < sizeof be / sizeof *be; k++)
      if (z - q == strlen(be[k]) && !memcmp(t + q, be[k], z - q)) return 0;
    p = q;
  }
  return 1;
}

/* English: is mention i of sentence s named in a post, right after a chairing word
 * and " of the " (Also attending were the Chairman of the Ocean Ministers Meeting and
 * Minister for Foreign Affairs of Fiji, A): the post's meeting, not the scene of what the
 * clause tells? */
static int named_in_post(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t a = c->d->ments[i].start;
  if (!dg_rel_latin(c, s) || a < 9 || !dg_lit_before(t, a, " of the ")) return 0;
  for (size_t x = 0; x < c->trigs.n; x++)
    if (c->trigs.v[x].kind == DG_REL_CHAIRED_BY && c->trigs.v[x].end == a - 8) return 1;
  return 0;
}

/* Is meeting mention i of sentence s one the sentence names in a post (named_in_post), as
 * written there or by another mention of it (its acronym after it: (OMM))? */
static int post_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  if (c->d->ments[i].sentence != s) return 0;
  for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++)
    if (!strcmp(c->d->ments[j].id, c->d->ments[i].id) && named_in_post(c, s, j)) return 1;
  return 0;
}

/* Meetings ms[0, nm) of a participation, those named in a post (post_meeting) left out;
 * when none is left, the meeting of the sentence's section (the document's own) instead.
 * Returns how many. */
static size_t past_posts(const dg_rel_ctx *c, uint32_t s, uint32_t *ms, size_t nm) {
  size_t k = 0;
  for (size_t y = 0; y < nm; y++)
    if (!post_meeting(c, s, ms[y])) ms[k++] = ms[y];
  long own = k == 0 && nm > 0 ? dg_rel_section_meeting(c, s) : -1;
  if (own >= 0 && !post_meeting(c, s, (uint32_t)own))
    ms[k++] = (uint32_t)own;
  return k;
}

/* English: the meetings of the last participation before trigger g in the clause before
 * g's, when g's clause opens with a word of contrast_openers.tsv (A and B attended the
 * Summit, while C was represented by its Minister: C attended the Summit too). Returns
 * how many (0 when the clause opens otherwise). */
static size_t contrast_meetings(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                                uint32_t *ms) {
  const dg_rel_clause *cl = &c->clauses.v[g->clause];
  if (!dg_rel_latin(c, s) || g->clause == c->sent_clause[s] ||
      dg_wordlist_at(&c->r->contrast_openers, c->d->text, cl->end, cl->start) < 0)
    return 0;
  long last = -1;
  for (size_t x = 0; x < c->trigs.n; x++)
    if (c->trigs.v[x].kind == DG_REL_PARTICIPATES_IN && c->trigs.v[x].clause + 1 == g->clause)
      last = (long)x;
  if (last < 0) return 0;
  const dg_rel_trigger *h = &c->trigs.v[last];
  return dg_rel_clause_meetings(c, s, h->clause, h->start, ms);
}

static void participates_in(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->kind == DG_REL_ANNOUNCED_AT) speakers(c, s, g);
    holders(c, s, g);
    uint32_t ms[DG_REL_MAXM];
    size_t nm = g->kind == kind ? dg_rel_gathered_for(c, s, g, ms) : 0; /* ハノイに集まり、 */
    if (!nm && g->kind == kind && !joins_group(c, s, g) && !anniversary(c, g) &&
        !dg_rel_other_occasion(c, s, g) && !bare_represented(c, s, g))
      nm = dg_rel_clause_meetings(c, s, g->clause, g->start, ms);
    if (!nm && g->kind == kind) nm = contrast_meetings(c, s, g, ms); /* , while C was */
    nm = attended_objects(c, s, g, ms, nm);
    if (g->kind == kind) nm = past_posts(c, s, ms, nm); /* the Chairman of M and Minister A */
    if (g->kind == kind) nm = dg_rel_side_talks(c, s, g, ms, nm); /* on the margins of M */
    if (g->kind == kind) nm = dg_rel_side_subjects(c, s, ms, nm); /* held on the sidelines */
    if (g->kind == kind) nm = dg_rel_attended_only(c, s, g, ms, nm); /* to host the next M */
    long named = ja_attributive(c, s, g); /* 主催する本対話: that one, of those named */
    for (size_t y = 0; y < nm && named >= 0; y++)
      if (ms[y] == (uint32_t)named) ms[0] = ms[y], nm = 1;
    authors(c, s, g->clause, ms, nm);
    if (g->kind == kind) delegation_leaders(c, s, g, ms, nm);
    int actors = 0, people = 0;
    uint32_t upto = object_verb(c, g) || ja_attributive(c, s, g) >= 0 ? g->start
                                                                      : noun_subject_end(c, s, g);
    uint32_t label = label_at(c, s, g), from = label ? label : actors_from(c, s, g);
    if (label) upto = label_list_end(c->d->text, from, upto); /* 出席者:A、B */
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && nm; i++)
      if (c->d->ments[i].start < upto && c->d->ments[i].start >= from &&
          actor_of(c, s, g->clause, i, g) &&
          !dg_rel_hosts_meeting(c, s, i) && participle_subject(c, s, g, i) &&
          !after_other_occasion(c, s, g->clause, i) && !dg_rel_object_of_participants(c, s, g, i) &&
          !(dg_rel_latin(c, s) && dg_rel_after_side_occasion(c, &c->d->ments[i])) &&
          !dg_rel_in_side_phrase(c, s, g, i))
        for (size_t y = 0; y < nm; y++) {
          if (dg_rel_met_apart(c, s, i, ms[y])) continue; /* co-chaired M; and met B */
          dg_rel_add(c, kind, i, ms[y], s);
          people += c->d->ments[i].type == DG_TYPE_PERSON, actors++;
        }
    long sp = nm ? dg_rel_speaker_in(c, s, g->clause, g->start, NULL) : -1;
    if (sp < 0 && nm && !actors && g->kind == kind) sp = dg_rel_humble_speaker(c, s, g);
    if (sp < 0 && nm && g->kind == kind) sp = dg_rel_purpose_speaker(c, s, g); /* するため、私が */
    if (sp < 0 && nm && !people && g->kind == kind && !has_subject(c, s, g->clause))
      sp = dg_rel_label_speaker(c, s, g); /* (山田総理) / 本日、会議に出席をしました */
    for (size_t y = 0; y < nm && sp >= 0; y++) dg_rel_add(c, kind, (uint32_t)sp, ms[y], s);
  }
}

/* c->group_tails, once a document: the last word (after its last space) of every group or
 * organization the document names, so that looking one up costs a probe, not a pass over
 * every mention for each chairing word. */
static void build_group_tails(dg_rel_ctx *c, uint32_t groups) {
  const char *t = c->d->text;
  c->group_tails_built = 1;
  for (size_t i = 0; i < c->d->nments; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!dg_rel_is_type(m, groups)) continue;
    uint32_t a = m->end;
    while (a > m->start && t[a - 1] != ' ') a--;
    if (a > m->start && a < m->end && dg_hmap_put(&c->group_tails, t + a, m->end - a, 0, NULL) < 0)
      c->oom = 1;
  }
}

/* English: is the capitalized word right before trigger g the last word of a group or
 * organization the document names (Forum Chair, after the Pacific Islands Forum: the
 * Forum's chair, no meeting's)? */
static int short_group_before(dg_rel_ctx *c, const dg_rel_trigger *g, uint32_t groups) {
  const char *t = c->d->text;
  uint32_t z = g->start, a;
  if (z < 2 || t[z - 1] != ' ') return 0;
  for (a = --z; a > 0 && dg_is_ascii_alnum((unsigned char)t[a - 1]); a--) {}
  if (a == z || !dg_is_upper(t[a])) return 0;
  if (!c->group_tails_built) build_group_tails(c, groups);
  return dg_hmap_get(&c->group_tails, t + a, z - a) != NULL;
}

/* English: does the title Chairman open a list item "Chairman of BODY Name", the person
 * right after a country, group or organization the title's "of" reaches (the President of
 * A X, the Chairman of the People's Republic of China Xi Jinping, ...; Chairman of the
 * Executive Committee and Executive Secretary of the Commonwealth of Independent States Y)?
 * The title is an office of that body, no meeting's chair: a comma (and "the") before it,
 * " of " after it, no meeting and no comma before the person. Near misses: under the
 * chairmanship of Laos (Laos chairs); the Chairman of the Meeting, Minister X. */
static int chair_of_office(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t a = g->start, owners = DG_TYPESET(COUNTRY) | DG_TYPESET(GROUP) |
                                  DG_TYPESET(ORGANIZATION);
  if (!dg_rel_latin(c, s) || g->end - a != 8 || !dg_lit(t, g->end, a, "Chairman") ||
      !dg_lit(t, c->d->sents[s].end, g->end, " of "))
    return 0;
  if (a >= 4 && dg_lit(t, a, a - 4, "the ")) a -= 4;
  if (a < 2 || !dg_lit(t, a, a - 2, ", ")) return 0;
  const dg_mention *prev = NULL;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < g->end) continue;
    if (memchr(t + g->end, ',', m->start - g->end) || m->type == DG_TYPE_MEETING) return 0;
    if (m->type == DG_TYPE_PERSON)
      return prev && dg_rel_is_type(prev, owners) && m->start == prev->end + 1;
    prev = m;
  }
  return 0;
}

/* English: the start of the word before offset a, past one space, or a when there is none. */
static uint32_t word_before(const char *t, uint32_t a) {
  if (a < 2 || t[a - 1] != ' ') return a;
  uint32_t w = a - 1;
  while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '(' && t[w - 1] != '"') w--;
  return w;
}

/* English: is chair trigger g the chair of another term than the meeting's: a word of
 * chair_terms.tsv right before it, or before the group or country that owns it (the
 * incoming ASEAN chair Indonesia; the former chair, Fiji)? Near miss: the ASEAN chair, the
 * outgoing chair. */
static int chair_of_other_term(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  if (!dg_rel_latin(c, s)) return 0;
  uint32_t a = g->start;
  if (a >= 3 && dg_lit_before(t, a, "co-")) a -= 3;
  uint32_t w = word_before(t, a);
  for (uint32_t i = c->sent_first[s]; w < a && i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->end + 1 == a && m->start <= w &&
        dg_rel_is_type(m, DG_TYPESET(GROUP) | DG_TYPESET(COUNTRY) | DG_TYPESET(ORGANIZATION)))
      w = word_before(t, a = m->start); /* the incoming ASEAN chair */
  }
  return w < a && dg_wordlist_find(&c->r->chair_terms, t + w, a - 1 - w) >= 0;
}

/* English: does chairing noun g end a phrase as the object of "of the" (invited as a guest
 * of the Chair.): the chair owns another word, and no one is named its holder. */
static int chair_owns(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, z = g->end;
  if (!dg_rel_latin(c, s) || !dg_lit_before(t, g->start, " of the ")) return 0;
  while (z < e && t[z] == ' ') z++;
  return z >= e || t[z] == '.' || t[z] == ';' || t[z] == ')' || t[z] == '\n';
}

/* Does mention m stand in parentheses right after a meeting's name, glossing the party
 * that name ends with (the Session with the European Union (EU) was co-chaired by)? */
static int meeting_gloss(const dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  const char *t = c->d->text;
  if (m->start < 2 || t[m->start - 1] != '(' || t[m->start - 2] != ' ' || t[m->end] != ')')
    return 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING &&
        c->d->ments[i].end == m->start - 2)
      return 1;
  return 0;
}

/* Is chair trigger g the chair of a group or a framework of cooperation rather than of a
 * meeting: named with the group (太平洋諸島フォーラムの議長国, the Chair of ASEAN, the
 * ASEAN Chair; their co-chairmanship of the Andes Cooperation last year), by its last word
 * (Forum Chair), joined by a hyphen (ASEAN-chaired forums), or as its object (co-chairing
 * the Andean Community: see en_group_object)? Not a party's gloss after a meeting's name
 * (see meeting_gloss). */
static int chair_of_group(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const uint32_t groups = DG_TYPESET(GROUP) | DG_TYPESET(ORGANIZATION) | DG_TYPESET(PROGRAM);
  if (dg_rel_latin(c, s) && short_group_before(c, g, groups)) return 1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_type(m, groups) || meeting_gloss(c, s, m)) continue;
    if (en_group_object(c, s, g, m)) return 1;
    if (m->end + 1 == g->start && c->d->text[m->end] == '-') return 1; /* ASEAN-chaired */
    uint8_t part = dg_rel_part(c, m);
    if (m->end <= g->start && g->start - m->end <= 12 && (part == DG_PART_OF || !part))
      return 1; /* 〜の議長国, ASEAN Chair */
    if (m->start >= g->end && m->start - g->end <= 8 && part == DG_PART_OF) return 1;
  }
  return chair_of_office(c, s, g);
}

/* Does chairing word g open the name of a text of documents.tsv, maybe with 's between
 * (the Chairman's Statement of the 5th Summit; 議長声明): who chairs is not said there. */
static int names_a_text(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = g->end;
  if (dg_lit(t, e, q, "'s ")) q += 3;
  else if (dg_lit(t, e, q, "\xE2\x80\x99s ")) q += 5; /* ’s */
  return dg_rel_whole_word(&c->r->documents, t, e, q) > 0;
}

#define CHAIRED_REACH 60 /* bytes after a chairing word its object may take */

/* English: does chairing word g take as its object a thing of chaired_others.tsv (offered
 * to co-chair a new "Energy Security" pillar; to be co-chairs of this Working Group), a
 * whole word in the CHAIRED_REACH bytes after it, before a punctuation, with no meeting
 * named between? The chair is that thing's, not a meeting's. */
static int chairs_other(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, z = g->end;
  if (!dg_rel_latin(c, s)) return 0;
  while (z < e && z - g->end < CHAIRED_REACH && t[z] != ',' && t[z] != '.' && t[z] != ';')
    z++;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (c->d->ments[i].type == DG_TYPE_MEETING && c->d->ments[i].start >= g->end &&
        c->d->ments[i].start < z)
      return 0;
  for (uint32_t q = g->end; q < z; q++)
    if (t[q - 1] == ' ' && dg_rel_whole_word(&c->r->chaired_others, t, z, q)) return 1;
  return 0;
}

/* English: is trigger x a noun before a capitalised title, after "of" or "the" (under the
 * chair of host Foreign Minister A: no verb of its own)? */
static int title_attribute(const dg_rel_ctx *c, const dg_rel_trigger *x) {
  const char *t = c->d->text;
  return x->end + 2 <= c->d->len && t[x->end] == ' ' && t[x->end + 1] >= 'A' &&
         t[x->end + 1] <= 'Z' &&
         (dg_lit_before(t, x->start, "of ") || dg_lit_before(t, x->start, "the "));
}

/* Does a trigger of another kind stand between trigger g and mention m (chaired by A, and
 * attended by B: B is no chair), but a noun before a title (see title_attribute)? */
static int other_trigger_between(const dg_rel_ctx *c, const dg_rel_trigger *g,
                                 const dg_mention *m) {
  uint32_t a = m->end <= g->start ? m->end : g->end, z = m->end <= g->start ? g->start : m->start;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *x = &c->trigs.v[k];
    if (x->kind != g->kind && x->start >= a && x->end <= z && !title_attribute(c, x)) return 1;
  }
  return 0;
}

/* English: does another participle with its agent ("<word> by", the word in lower case
 * and no trigger word) stand between chairing trigger g and mention m after it (chaired by
 * A, and supported by the Secretary General, B: B supports, she does not chair)? */
static int other_agent_between(const dg_rel_ctx *c, const dg_rel_trigger *g,
                               const dg_mention *m) {
  const char *t = c->d->text;
  for (uint32_t q = g->end; m->start >= g->end && q + 4 <= m->start; q++) {
    if (!dg_lit(t, m->start, q, " by ") || q == g->end || !dg_is_lower(t[q - 1])) continue;
    uint32_t w = q;
    while (w > g->end && dg_is_lower(t[w - 1])) w--;
    int trig = 0;
    for (size_t k = 0; k < c->trigs.n; k++) trig |= c->trigs.v[k].end == q;
    if (!trig && w > g->end && t[w - 1] == ' ') return 1;
  }
  return 0;
}

/* English: does a word of proxy_words.tsv stand between chairing trigger g and mention m
 * after it (co-chaired by A, on behalf of the High Representative B: A acts for B, who
 * neither chairs nor attends)? */
static int proxy_between(const dg_rel_ctx *c, const dg_rel_trigger *g, const dg_mention *m) {
  const char *t = c->d->text;
  for (uint32_t q = g->end + 1; m->start > g->end && q < m->start; q++)
    if (t[q - 1] == ' ' && dg_wordlist_at(&c->r->proxy_words, t, m->start, q) >= 0) return 1;
  return 0;
}

/* English: the person a "who" clause k hangs on (Prime Minister A, who co-chaired the
 * Summit with Laos, ...: A), or -1. */
static long who_antecedent(const dg_rel_ctx *c, uint32_t s, uint32_t k) {
  return relative_antecedent(c, s, k, "who ", DG_TYPE_PERSON);
}

/* English: the subject of sentence s, when chairing word g is the role it acts in (in
 * her capacity as co-chair; attended the Summit as its Chair): the first name of `types`
 * the sentence opens with, before any other, or -1. */
static long capacity_subject(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                             uint32_t types) {
  const char *t = c->d->text;
  uint32_t a = g->start;
  if (a >= 3 && dg_lit_before(t, a, "co-")) a -= 3;
  static const char *const det[] = {"the ", "its ", "his ", "her ", "their "};
  for (size_t k = 0; k < sizeof det / sizeof *det; k++)
    if (a >= strlen(det[k]) && dg_lit_before(t, a, det[k])) {
      a -= (uint32_t)strlen(det[k]);
      break;
    }
  if (a < 4 || !dg_lit_before(t, a, " as ")) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->start >= a) break;
    if (x->type == DG_TYPE_PERSON || x->type == DG_TYPE_COUNTRY)
      return dg_rel_is_type(x, types) && dg_rel_part(c, x) != DG_PART_VENUE ? (long)i : -1;
  }
  return -1;
}

/* English: the person chairing noun g stands in apposition to (Prime Minister A of Samoa,
 * the chair. / B, the co-chair of the Summit, said): ", the" right before the noun, which
 * ends its phrase (a stop, comma, semicolon, bracket, or "of" its meeting); the chair is the
 * last person named before the comma, no other person or a stop between; or -1. A near
 * miss: the chair of another noun (A thanked the chair's staff). */
static long apposed_chair(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t a = g->start, z = g->end, e = c->d->sents[s].end;
  if (a >= 3 && dg_lit_before(t, a, "co-")) a -= 3;
  if (a < 6 || !dg_lit_before(t, a, ", the ")) return -1;
  if (z < e && !(t[z] == '.' || t[z] == ',' || t[z] == ';' || t[z] == ')' ||
                 dg_lit(t, e, z, " of ")))
    return -1;
  long p = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->end > a - 6) break;
    if (x->type == DG_TYPE_PERSON) p = (long)i;
  }
  if (p < 0) return -1;
  for (uint32_t q = c->d->ments[p].end; q < a - 6; q++)
    if (t[q] == '.' || t[q] == ';' || t[q] == ',') return -1;
  return p;
}

/* Does the Japanese country p own a word other than chairing word g (ツバルのY首相: Y, not
 * the country, chairs; ラオスの議長 is the country's chair)? */
static int owns_other(const dg_rel_ctx *c, const dg_mention *p, const dg_rel_trigger *g) {
  return dg_rel_part(c, p) == DG_PART_OF && p->end + 3 != g->start;
}

#define TITLE_REACH 60 /* bytes of a chair's title before the next chair's joiner */

/* Japanese: does mention p follow the chair whose name ends at `last` (0: none) after
 * nothing but that chair's title (kanji, katakana, spaces: ベトナム天然資源環境大臣) and
 * one word of list_joiners.tsv (共同議長はA B国環境大臣及びC審議官: C chairs too)? */
static int titled_next(const dg_rel_ctx *c, uint32_t s, uint32_t last, const dg_mention *p) {
  const char *t = c->d->text;
  if (!last || p->start <= last) return 0;
  long w = dg_wordlist_before(&c->r->list_joiners, t, c->d->sents[s].start, p->start);
  if (w < 0) return 0;
  uint32_t j = p->start - (uint32_t)c->r->list_joiners.w[w].len;
  if (j < last || j - last > TITLE_REACH) return 0;
  for (uint32_t q = last; q < j;) {
    uint32_t cp = 0;
    q += (uint32_t)dg_utf8_decode(t + q, t + j, &cp);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && cp != ' ') return 0;
  }
  return 1;
}

/* Add every chair of trigger g among mentions of `types` in sentence s: Japanese names
 * them before the word in its clause (A及びBが共同議長を務め), else just after it (議長は
 * 山田審議官が), else as the subject of the clauses before; a chair "with" another (B
 * とともに) chairs with the one after the word or that subject too (岸田大臣が出席し、B
 * とともに共同議長を務める; 私と一緒に共同議長を務めるB首相: the speaker, see
 * dg_rel_speaker_in, and B), never a country that owns another word (see owns_other);
 * English: the person a "who" clause hangs on (A, who chaired the Summit: see
 * who_antecedent), the subject of a sentence that names the word as its role (A attended
 * the Summit in her capacity as co-chair: see capacity_subject), and those in its clause,
 * with no verb of another kind between
 * (chaired by A and B; A co-chaired it with B; not C of "and was attended by C", nor of
 * "and supported by C": see other_agent_between; nor of "on behalf of C": see
 * proxy_between), up to those who attend after them
 * (co-chaired by A and B, C and D attended: see dg_rel_chair_list_end), with the
 * countries of their titles as participants (dg_rel_chair_countries). Returns how many. */
static int add_chairs(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t types,
                      uint32_t m) {
  int ja = !dg_rel_latin(c, s), n = 0, with = 0, spoke = 0;
  uint8_t sp_part = 0;
  long sp = ja && (types & DG_TYPESET(PERSON))
                ? dg_rel_speaker_in(c, s, g->clause, g->start, &sp_part)
                : -1;
  if (sp < 0 && !ja && (types & DG_TYPESET(PERSON))) sp = who_antecedent(c, s, g->clause);
  if (sp < 0 && !ja) sp = capacity_subject(c, s, g, types);
  int apposed = sp < 0 && !ja && (types & DG_TYPESET(PERSON)) &&
                (sp = apposed_chair(c, s, g)) >= 0;
  if (sp >= 0) {
    dg_rel_add(c, DG_REL_CHAIRED_BY, m, (uint32_t)sp, s);
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)sp, m, s);
    spoke = 1, with = sp_part == DG_PART_WITH;
  }
  if (apposed) return 1; /* the noun names one chair: no one else of its clause */
  uint32_t cut = ja ? c->d->sents[s].end : dg_rel_chair_list_end(c, s, g), last = 0;
  for (int pass = 0; pass < 3; pass++) {
    if (n && !(pass > 0 && with)) continue;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *p = &c->d->ments[i];
      if (c->nested[i] || !dg_rel_is_type(p, types)) continue;
      int in = c->ment_clause[i] == g->clause, ok;
      uint8_t part = dg_rel_part(c, p);
      if (ja && p->type == DG_TYPE_COUNTRY && owns_other(c, p, g)) continue;
      if (part == DG_PART_VENUE) continue; /* held in Bangkok, Thailand: where, not who */
      if (!ja && dg_rel_met_apart(c, s, i, m)) continue; /* chaired M; met A: A met, no chair */
      if (!ja)
        ok = pass == 0 && in && p->start < cut && !other_trigger_between(c, g, p) &&
             !other_agent_between(c, g, p) && !proxy_between(c, g, p);
      else if (pass == 0) ok = in && p->end <= g->start;
      else if (pass == 1)
        ok = in && p->start >= g->end && (p->start - g->end <= 40 || titled_next(c, s, last, p));
      else ok = c->ment_clause[i] < g->clause &&
                (part == DG_PART_SUBJECT || part == DG_PART_TOPIC);
      if (!ok) continue;
      with |= part == DG_PART_WITH;
      dg_rel_add(c, DG_REL_CHAIRED_BY, m, i, s), n++;
      dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, m, s); /* a chair takes part */
      last = ja && pass == 1 ? p->end : 0;
    }
  }
  if (!ja && n > 1 && (types & DG_TYPESET(PERSON))) dg_rel_chair_countries(c, s, g, m, cut);
  return n + spoke;
}

/* A country written against a chairing word (議長国ラオス, ラオス（議長国）, Chair Laos):
 * nothing but a bracket or a space between them; or -1. Not in English the country that
 * ends a post before it (A, Secretary of Foreign Affairs of the Philippines chaired: A). */
static long attached_country(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_COUNTRY) continue;
    if (dg_rel_latin(c, s) && m->end <= g->start &&
        (dg_lit_before(t, m->start, " of ") || dg_lit_before(t, m->start, " of the ")))
      continue;
    uint32_t a = m->end <= g->start ? m->end : g->end, z = m->end <= g->start ? g->start : m->start;
    if (z < a || z - a > 2) continue;
    int ok = 1;
    for (uint32_t q = a; q < z; q++) ok &= t[q] == ' ' || t[q] == '(' || t[q] == ')';
    if (ok) return (long)i;
  }
  return -1;
}

/* Japanese: the country named right after chairing word g and a copula of chair_copulas.tsv
 * (今回の議長国であるベトナムのA大臣: Vietnam), or -1. */
static long copula_country(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  long w = dg_rel_latin(c, s) ? -1 : dg_wordlist_at(&c->r->chair_copulas, t, c->d->sents[s].end, g->end);
  if (w < 0) return -1;
  uint32_t p = g->end + (uint32_t)c->r->chair_copulas.w[w].len;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].start == p && c->d->ments[i].type == DG_TYPE_COUNTRY)
      return (long)i;
  return -1;
}

/* The chairs copula_country finds for meeting m: country k, and the person k owns with
 * の right after it (議長国であるベトナムのA大臣: A); both take part. */
static void copula_chairs(dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t k) {
  const dg_mention *x = &c->d->ments[k];
  dg_rel_add(c, DG_REL_CHAIRED_BY, m, k, s);
  dg_rel_add(c, DG_REL_PARTICIPATES_IN, k, m, s);
  if (!dg_lit(c->d->text, c->d->sents[s].end, x->end, "\xE3\x81\xAE")) return; /* の */
  for (uint32_t i = k + 1; i < c->sent_end[s]; i++) {
    const dg_mention *p = &c->d->ments[i];
    if (c->nested[i] || p->start != x->end + 3 || p->type != DG_TYPE_PERSON) continue;
    dg_rel_add(c, DG_REL_CHAIRED_BY, m, i, s);
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, i, m, s);
  }
}

/* Does the Japanese chairing word g stand as the topic, subject or object of its clause
 * (議長は, 議長が, 議長を: who the chair is follows), not as the owner of another word
 * (議長国の提案)? */
static int chair_is_topic(const dg_rel_ctx *c, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  size_t n = c->d->len;
  return dg_lit(t, n, g->end, "\xE3\x81\xAF") || dg_lit(t, n, g->end, "\xE3\x81\x8C") ||
         dg_lit(t, n, g->end, "\xE3\x82\x92"); /* は が を */
}

/* English: does "this" stand in the clause of chairing word g before it, a meeting word of
 * no name among the four words after it (At this 10th commemorative summit, co-chaired by
 * A and B, the leaders reaffirmed the Forum process: see dg_rel_unnamed_meeting)? Then the
 * chair is of the meeting the text stands in, not of one the clause names later. */
static int this_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t a = c->clauses.v[g->clause].start;
  for (uint32_t p = a; dg_rel_latin(c, s) && p + 5 <= g->start; p++) {
    if ((p > a && dg_is_ascii_alnum((unsigned char)t[p - 1])) ||
        !(dg_lit(t, g->start, p, "this ") || dg_lit(t, g->start, p, "This ")))
      continue;
    uint32_t z = p + 5;
    for (int words = 0; words < 4 && z < g->start && t[z] != ','; words++) {
      while (z < g->start && t[z] != ' ' && t[z] != ',') z++;
      if (z < g->start && t[z] == ' ' && words < 3) z++;
    }
    if (dg_rel_unnamed_meeting(c, s, p + 5, z) & 1) return 1;
  }
  return 0;
}

/* English: the meeting a chairing noun after "under the" follows in its clause (the
 * Meeting under the chairmanship of Jane Doe, on the sidelines of the Summit; the Meeting
 * of the Dialogue took place under the co-chairmanship of: the Meeting, see
 * dg_rel_meeting_owner), the nearest named before it, or the meeting held on its sidelines
 * (was held on the sidelines of the Summit under the chair of A: dg_rel_side_subject); -1
 * when there is none or the word stands elsewhere (Japan's chairmanship of the Summit). */
static long under_chair(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t a = g->start;
  if (a >= 3 && dg_lit_before(t, a, "co-")) a -= 3;
  if (!dg_rel_latin(c, s) || a < 10 || !dg_lit_before(t, a, "under the ")) return -1;
  long m = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (!c->nested[i] && x->type == DG_TYPE_MEETING && x->sentence == s && x->end < a &&
        dg_rel_in_clause(c, i, g->clause))
      m = (long)i;
  }
  long own = m >= 0 ? dg_rel_meeting_owner(c, s, &c->d->ments[m]) : -1;
  long side = m >= 0 && own < 0 ? dg_rel_side_subject(c, s, (uint32_t)m) : -1;
  return own >= 0 ? own : side >= 0 ? side : m;
}

/* The meeting a chairing word speaks of: in English, the one the text stands in when
 * "this" names it before the word (see this_meeting), the one "under the chairmanship"
 * follows (under_chair); else its clause's; else, in
 * Japanese, the one whose chair it is (第2回漁業対話の議長は鈴木政務官が務めた: the
 * meeting, の, the word); else, when its clause names no meeting, the document's own
 * (議長国ラオスの準備に謝意を述べた上で、昨年の会議の成果を…: the chair is this meeting's,
 * not the one the next clause recalls), but for a ", which" clause on a thing that is no
 * meeting (a pillar, which Myanmar would co-chair: see which_other). */
static long chaired_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  if (c->main_meeting >= 0 && this_meeting(c, s, g)) return dg_rel_section_meeting(c, s);
  long m = under_chair(c, s, g);
  if (m >= 0) return m;
  m = dg_rel_clause_meeting(c, s, g->clause, g->start);
  if (m >= 0) return m;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && !dg_rel_latin(c, s); i++) {
    const dg_mention *x = &c->d->ments[i];
    if (!c->nested[i] && x->type == DG_TYPE_MEETING && x->end + 3 == g->start &&
        dg_lit(c->d->text, g->start, x->end, "\xE3\x81\xAE") && chair_is_topic(c, g))
      return (long)i;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (dg_rel_in_clause(c, i, g->clause) && c->d->ments[i].type == DG_TYPE_MEETING) return -1;
  return which_other(c, s, g->clause) ? -1 : dg_rel_section_meeting(c, s);
}

/* English: the meetings of chairing word g's clause named after "such as" that follows
 * meeting m, its object (will chair the Summit and other related meetings such as the
 * Business Forum and the Youth Dialogue): the same people chair them. */
static void chaired_examples(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t m) {
  const char *t = c->d->text;
  const dg_mention *mm = &c->d->ments[m];
  uint32_t e = c->clauses.v[g->clause].end, p = mm->end;
  if (!dg_rel_latin(c, s) || mm->start < g->end || mm->sentence != s) return;
  while (p + 9 <= e && !dg_lit(t, e, p, " such as ")) p++;
  if (p + 9 > e) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (!c->nested[i] && x->type == DG_TYPE_MEETING && !x->implicit && x->start > p &&
        c->ment_clause[i] == g->clause)
      add_chairs(c, s, g, DG_TYPESET(PERSON), i);
  }
}

/* chaired_by: the meeting a chairing word speaks of (chaired_meeting), to its chairs: the
 * country a copula names after the word and its person (議長国であるAのB: copula_chairs), a
 * country written against the word (議長国ラオス: it chairs as a country) and those listed
 * before it (Japan and Laos co-chaired), else people,
 * else countries (add_chairs); a chair takes part in what it chairs. The chair of a group
 * (the Chair of ASEAN) chairs no meeting.
 *   第6回日メコン対話は鈴木外務大臣の議長の下で行われた -> chaired_by(対話, 鈴木)
 *   The Summit was co-chaired by Japan and Laos -> chaired_by(Summit, Japan), (…, Laos) */
static void chaired_by(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->kind != kind || chair_of_group(c, s, g) || names_a_text(c, s, g) ||
        chairs_other(c, s, g) || chair_of_other_term(c, s, g) || chair_owns(c, s, g))
      continue;
    long m0 = chaired_meeting(c, s, g), country = m0 >= 0 ? attached_country(c, s, g) : -1;
    long named = m0 >= 0 && country < 0 ? copula_country(c, s, g) : -1;
    for (long m = m0, r = 0; m >= 0 && r < 2; m = r++ ? -1 : pair_of(c, s, m0)) {
    if (named >= 0) {
      copula_chairs(c, s, (uint32_t)m, (uint32_t)named);
    } else if (country >= 0) {
      uint32_t cs[DG_REL_MAXM]; /* Japan and Thailand co-chaired: both */
      size_t n = dg_rel_list_before(c, s, (uint32_t)country, cs + 1, DG_REL_MAXM - 1) + 1;
      cs[0] = (uint32_t)country;
      for (size_t y = 0; y < n; y++) {
        dg_rel_add(c, kind, (uint32_t)m, cs[y], s);
        dg_rel_add(c, DG_REL_PARTICIPATES_IN, cs[y], (uint32_t)m, s);
      }
    } else if (m >= 0 && !add_chairs(c, s, g, DG_TYPESET(PERSON), (uint32_t)m)) {
      add_chairs(c, s, g, DG_TYPESET(COUNTRY), (uint32_t)m);
    } else if (m >= 0) {
      chaired_examples(c, s, g, (uint32_t)m);
    }
    }
  }
}

/* The trigger of kind k within 45 bytes of mention i of sentence s (the program a verb
 * acts on stands close to it: 提示した「…」, 「…」を採択), or NULL; in Japanese one before
 * the program only in its clause (ビジョンの策定を控え、…日ASEAN協力のあり方を話し合う: the
 * cooperation is not drawn up). */
static const dg_rel_trigger *near_trigger(const dg_rel_ctx *c, uint32_t s, uint32_t i,
                                          dg_rel_kind k) {
  const dg_mention *m = &c->d->ments[i];
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *g = &c->trigs.v[x];
    if (g->kind != (uint32_t)k || dg_rel_dist(m, g->start) > 45) continue;
    if (!dg_rel_latin(c, s) && g->end <= m->start && g->clause != c->ment_clause[i]) continue;
    return g;
  }
  return NULL;
}

#define ITEM_REACH 400 /* bytes from an adopting verb to the last item of its ";" list */

/* English: the adopting trigger (kind k, adopted_at) whose object is a list with ";"
 * between its items that program i, a name in capitals, opens an item of (approved the
 * reports of the M; the X Vision; Y Agreement; and the Z Rules): the last such trigger
 * before it, within ITEM_REACH bytes, with a ";" between and i right after "; " (maybe
 * "and", "the"); or NULL. Not a topic in lower case (focusing on girls; women, peace and
 * security). */
static const dg_rel_trigger *list_item_trigger(const dg_rel_ctx *c, uint32_t s, uint32_t i,
                                               dg_rel_kind k) {
  const char *t = c->d->text;
  uint32_t a = c->d->ments[i].start, q = a;
  if (k != DG_REL_ADOPTED_AT || !dg_rel_latin(c, s) || !dg_is_upper(t[a])) return NULL;
  if (q >= 4 && dg_lit_before(t, q, "the ")) q -= 4;
  q = dg_rel_item_mark_before(t, c->d->sents[s].start, q); /* ; (b) the B */
  if (q >= 4 && dg_lit_before(t, q, "and ")) q -= 4;
  if (q < 2 || !dg_lit_before(t, q, "; ")) return NULL;
  const dg_rel_trigger *g = NULL;
  for (size_t x = 0; x < c->trigs.n; x++) {
    const dg_rel_trigger *y = &c->trigs.v[x];
    if (y->kind == (uint32_t)k && y->end < q && a - y->end <= ITEM_REACH) g = y;
  }
  if (!g || !memchr(t + g->end, ';', q - 2 - g->end + 1)) return NULL;
  return g;
}

/* Japanese: the trigger of kind k that program i of sentence s is the subject, object or
 * topic of across a complement (「X」が今後の協力の指針として採択された; 「X」を…として
 * 採択): the first of its clause after it, with a word of complements.tsv (として) right
 * before it and no other program between (but its other name in parentheses right after
 * it: 「X計画(X Plan)」が); or NULL. */
static const dg_rel_trigger *complement_trigger(const dg_rel_ctx *c, uint32_t s, uint32_t i,
                                                dg_rel_kind k) {
  const dg_mention *m = &c->d->ments[i];
  uint8_t part = dg_rel_part(c, m);
  if (dg_rel_latin(c, s) ||
      (part != DG_PART_SUBJECT && part != DG_PART_OBJECT && part != DG_PART_TOPIC))
    return NULL;
  const dg_rel_trigger *g = NULL;
  for (size_t x = 0; x < c->trigs.n && !g; x++) {
    const dg_rel_trigger *y = &c->trigs.v[x];
    if (y->kind == (uint32_t)k && y->clause == c->ment_clause[i] && y->start >= m->end) g = y;
  }
  if (!g || dg_wordlist_before(&c->r->complements, c->d->text, m->end, g->start) < 0) return NULL;
  for (uint32_t j = i + 1; j < c->sent_end[s]; j++) {
    const dg_mention *o = &c->d->ments[j];
    if (o->start >= g->start) break;
    int paren = o->start == m->end + 1 && c->d->text[m->end] == '('; /* its other name */
    if (!c->nested[j] && o->type == DG_TYPE_PROGRAM && o->start >= m->end && !paren) return NULL;
  }
  return g;
}

#define APPOSED_REACH 150 /* bytes from an appositive word to the verb of its phrase */

/* Japanese: the trigger of kind k that acts on the noun phrase program i of sentence s
 * names by a word of appositives.tsv right after it (「A計画」「B計画」という、…6大措置の実施
 * を宣言した): the first of the sentence after that word (and a comma right after it),
 * within APPOSED_REACH bytes, with no comma nor program between; or NULL. */
static const dg_rel_trigger *apposed_trigger(const dg_rel_ctx *c, uint32_t s, uint32_t i,
                                             dg_rel_kind k) {
  const dg_mention *m = &c->d->ments[i];
  const char *t = c->d->text;
  uint32_t p = m->end, e = c->d->sents[s].end;
  if (dg_rel_latin(c, s)) return NULL;
  if (dg_cp_at(t, e, p) == 0x300D || dg_cp_at(t, e, p) == 0x300F) p += 3; /* 」』 */
  long w = dg_wordlist_at(&c->r->appositives, t, e, p);
  if (w < 0) return NULL;
  p += (uint32_t)c->r->appositives.w[w].len;
  const dg_rel_trigger *g = NULL;
  for (size_t x = 0; x < c->trigs.n && !g; x++) {
    const dg_rel_trigger *y = &c->trigs.v[x];
    if (y->kind == (uint32_t)k && y->start >= p) g = y;
  }
  if (!g || g->start - p > APPOSED_REACH) return NULL;
  if (dg_lit(t, e, p, "\xE3\x80\x81")) p += 3; /* という、 */
  for (uint32_t q = p; q < g->start; q++)
    if (dg_lit(t, e, q, "\xE3\x80\x81") || t[q] == ',')
      return NULL; /* 「X」という考え方に基づき、…合意した: the verb of another phrase */
  for (uint32_t j = i + 1; j < c->sent_end[s] && c->d->ments[j].start < g->start; j++)
    if (!c->nested[j] && c->d->ments[j].type == DG_TYPE_PROGRAM) return NULL;
  return g;
}

/* Key k as meeting id a, '\0', date id b: 0, or -1 when memory runs out. */
static int held_on_key(dg_buf *k, const char *a, const char *b) {
  dg_buf_add(k, a, strlen(a) + 1);
  dg_buf_adds(k, b);
  return k->oom ? -1 : 0;
}

/* Bring c->held_on up to date: every held_on tie added since the last call (ties are only
 * ever appended). */
static void update_held_on(dg_rel_ctx *c) {
  const dg_mention *m = c->d->ments;
  dg_buf k = {0};
  for (; c->held_on_n < c->rels.n && !c->oom; c->held_on_n++) {
    const dg_relation *x = &c->rels.v[c->held_on_n];
    if (x->kind != DG_REL_HELD_ON || x->from >= c->d->nments) continue;
    dg_buf_clear(&k);
    if (held_on_key(&k, m[x->from].id, m[x->to].id) ||
        dg_hmap_put(&c->held_on, k.data, k.len, 0, NULL) < 0)
      c->oom = 1;
  }
  dg_buf_destroy(&k);
}

/* Was meeting m held on the date of mention i: a held_on tie between their entities? */
static int held_then(dg_rel_ctx *c, long m, uint32_t i) {
  const dg_mention *ms = c->d->ments;
  update_held_on(c);
  dg_buf k = {0};
  int held = !held_on_key(&k, ms[m].id, ms[i].id) && dg_hmap_get(&c->held_on, k.data, k.len);
  if (k.oom) c->oom = 1;
  dg_buf_destroy(&k);
  return held;
}

/* Does a holding verb dated at another time than the document's own meeting stand right
 * before mention m of sentence s (前日に開催されたM, 7月に開催されたM)? */
static int held_other_day(dg_rel_ctx *c, uint32_t s, const dg_mention *m) {
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *h = &c->trigs.v[k];
    if (h->kind != DG_REL_HELD_ON || h->end > m->start || m->start - h->end > 12) continue;
    for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++) {
      const dg_mention *d = &c->d->ments[j];
      if (d->type == DG_TYPE_DATE && d->end <= h->start && h->start - d->end <= 3 &&
          !held_then(c, c->main_meeting, j))
        return 1;
    }
  }
  return 0;
}

/* Japanese: is meeting x, before trigger g (「X」を採択した、4月に開催されたM: X is M's), of
 * another clause than g or no scene, topic or subject of g's, recalled by a holding verb dated at another time than the document's own
 * meeting, under any of its names in sentence s (前日に開催されたM(MM)における決定について報告が行われ、共同声明が採択された:
 * the statement is the document's meeting's, not M's; see held_other_day)? */
static int recalled(dg_rel_ctx *c, uint32_t s, long x, const dg_rel_trigger *g) {
  uint8_t part = dg_rel_part(c, &c->d->ments[x]);
  if (dg_rel_latin(c, s) || c->main_meeting < 0 || c->d->ments[x].start > g->start ||
      (c->ment_clause[x] == g->clause && (part == DG_PART_SCENE || part == DG_PART_VENUE ||
                                          part == DG_PART_TOPIC || part == DG_PART_SUBJECT)))
    return 0; /* 7月に開催されたM会合で採択された「計画」: M's */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!strcmp(c->d->ments[i].id, c->d->ments[x].id) && held_other_day(c, s, &c->d->ments[i]))
      return 1;
  return 0;
}

/* Is mention m the document's own meeting, or a reference to it (本会議, the Summit), or
 * the meeting of the section sentence s stands in (see dg_rel_section_meeting)? */
static int is_main(const dg_rel_ctx *c, uint32_t s, long m) {
  if (c->main_meeting < 0) return 0;
  long h = dg_rel_section_meeting(c, s);
  return m == c->main_meeting || !strcmp(c->d->ments[m].id, c->d->ments[c->main_meeting].id) ||
         (h >= 0 && !strcmp(c->d->ments[m].id, c->d->ments[h].id));
}

/* English: is meeting x, before verb g, another meeting than the document's own named
 * as what something is "of" (Ministers noted the outcomes of the 2010 Meeting in Port
 * Vila and adopted the Statement: the Statement is this meeting's, not the 2010 one's)? */
static int en_owned_before(const dg_rel_ctx *c, uint32_t s, long x, const dg_rel_trigger *g) {
  const dg_mention *m = &c->d->ments[x];
  return dg_rel_latin(c, s) && c->main_meeting >= 0 && m->end <= g->start &&
         !is_main(c, s, x) &&
         (dg_lit_before(c->d->text, m->start, "of the ") ||
          dg_lit_before(c->d->text, m->start, "of its "));
}

/* The end of a program's short form in parentheses right after its end e, before z: an
 * upper-case letter, then letters only (the Strategy (BDS), the Plan (SP)), or e when none
 * stands there. */
static uint32_t past_short_form(const char *t, uint32_t e, uint32_t z) {
  if (e + 3 >= z || t[e] != ' ' || t[e + 1] != '(' || !dg_is_upper(t[e + 2])) return e;
  uint32_t q = e + 3;
  while (q < z && q - e < 16 && dg_is_ascii_alnum((unsigned char)t[q]) &&
         !dg_is_digit((unsigned char)t[q]))
    q++;
  return q < z && t[q] == ')' ? q + 1 : e;
}

/* Is date mention i of sentence s a program's period: years written in digits (no month)
 * right after a program, maybe in parentheses (the Plan of Action (2026-2030), the Strategy
 * 2030), or after the program's short form in parentheses (the Strategy (BDS) 2021-2030:
 * see past_short_form)? */
static int program_period(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_mention *d = &c->d->ments[i];
  const char *t = c->d->text;
  if (d->when.month || d->when.month2 || d->when.prec != DG_DATE_YEAR ||
      !dg_is_digit((unsigned char)t[d->start]))
    return 0; /* the Vision 2045 next year: a time, no period */
  for (uint32_t j = c->sent_first[s]; j < c->sent_end[s]; j++) {
    const dg_mention *p = &c->d->ments[j];
    if (p->type != DG_TYPE_PROGRAM || p->end > d->start) continue;
    uint32_t pe = past_short_form(t, p->end, d->start);
    if (d->start - pe > 2) continue;
    uint32_t gap = d->start - pe;
    if (gap == 1 && t[pe] == ' ') return 1;
    if (pe == p->end && gap == 2 && t[pe] == ' ' && t[pe + 1] == '(') return 1;
  }
  return 0;
}

/* Does clause k name a date from offset `from` on that is not one meeting m was held on
 * (OSA, since its launch in April 2023, ...; a statement adopted by the leaders on 12
 * November, after a summit held in May): then it speaks of another time than m. A
 * program's period is no time of the clause (the Plan of Action (2026-2030) was adopted at
 * the meeting: see program_period). */
static int other_time(dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t from, uint32_t to,
                      long m) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    if (!dg_rel_in_clause(c, i, k) || c->d->ments[i].type != DG_TYPE_DATE ||
        c->d->ments[i].start < from || c->d->ments[i].start >= to || program_period(c, s, i))
      continue;
    if (!held_then(c, m, i)) return 1;
  }
  return 0;
}

/* English: where the next trigger word after program m and verb g starts (adopted the
 * Statement and agreed to meet again in 2027: the year is the second verb's), else the
 * sentence's end; Japanese puts its verb last: the sentence's end. */
static uint32_t next_verb(const dg_rel_ctx *c, uint32_t s, const dg_mention *m,
                          const dg_rel_trigger *g) {
  uint32_t from = m->end > g->end ? m->end : g->end, to = c->d->sents[s].end;
  if (!dg_rel_latin(c, s)) return to;
  for (size_t k = 0; k < c->trigs.n; k++)
    if (c->trigs.v[k].start >= from && c->trigs.v[k].start < to) to = c->trigs.v[k].start;
  return to;
}

/* English: is a meeting named without a name only after the next verb of program m and
 * verb g (adopted the Statement and agreed to hold the next meeting), none before it
 * (adopted at the previous meeting)? Then the sentence speaks of its section's meeting. */
static int later_meeting_only(const dg_rel_ctx *c, uint32_t s, const dg_mention *m,
                              const dg_rel_trigger *g) {
  uint32_t v = next_verb(c, s, m, g), e = c->d->sents[s].end;
  return dg_rel_latin(c, s) && v < e &&
         !(dg_rel_unnamed_meeting(c, s, c->d->sents[s].start, v) & 1) &&
         (dg_rel_unnamed_meeting(c, s, v, e) & 1);
}

/* Japanese: does program m before verb g only own another word (「ビジョン」の実現に向けて
 * 策定した計画: the plan, not the vision, is adopted; 「計画」の採択 is the plan's; after the
 * verb it is what the verb's clause modifies: 表明した「計画」の進捗), or does a word of
 * relative_dates.tsv that is not today's stand right before verb g (昨年策定した: adopted
 * last year, not at this meeting)? */
static int ja_not_done_here(const dg_rel_ctx *c, const dg_mention *m, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  if (dg_rel_part(c, m) == DG_PART_OF && m->end <= g->start && m->end + 3 != g->start &&
      !(m->end + 6 == g->start && dg_cp_at(t, g->start, m->end) == 0x300D))
    return 1;
  long w = dg_wordlist_before(&c->r->relative_dates, t, c->d->sents[m->sentence].start, g->start);
  return w >= 0 && c->r->relative_dates.w[w].as.relative.offset != 0;
}

/* English: does a word of relative_dates.tsv that is not today's follow verb g (adopted
 * last year: not at this meeting)? */
static int en_done_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  uint32_t p = g->end, e = c->d->sents[s].end;
  if (p < e && t[p] == ' ') p++;
  long w = dg_wordlist_at(&c->r->relative_dates, t, e, p);
  if (w < 0) return 0;
  uint32_t z = p + (uint32_t)c->r->relative_dates.w[w].len;
  return c->r->relative_dates.w[w].as.relative.offset != 0 &&
         (z >= e || !dg_is_ascii_alnum((unsigned char)t[z]));
}

/* Is the verb of program m's clause a stance toward it (「X」への支持を表明; announced its
 * support for the Strategy), the program announced or adopted elsewhere? A word of
 * stance_after.tsv after its closing quote, or of stance_before.tsv (maybe with "the")
 * right before it. */
static int stance_toward(const dg_rel_ctx *c, const dg_mention *m) {
  const char *t = c->d->text;
  size_t len = c->d->len, e = m->end, a = m->start;
  if (dg_cp_at(t, len, e) == 0x300D || dg_cp_at(t, len, e) == 0x300F) e += 3; /* 」』 */
  if (dg_wordlist_at(&c->r->stance_after, t, len, e) >= 0) return 1;
  if (a >= 4 && dg_lit_before(t, a, "the ")) a -= 4;
  if (a < 2 || t[a - 1] != ' ') return 0;
  long w = dg_wordlist_before(&c->r->stance_before, t, a > 30 ? a - 30 : 0, a - 1);
  if (w < 0) return 0;
  size_t b = a - 1 - c->r->stance_before.w[w].len;
  return b == 0 || !dg_is_ascii_alnum((unsigned char)t[b - 1]);
}

/* English: is program i before verb g the verb's subject, not what it adopts or
 * announces: no period between them (**Reef Partnership.** Leaders endorsed the ...: a
 * heading, no subject), and a program stands after g, within 45 bytes, in g's clause (CAREC
 * ministers endorsed the new Trade Agenda: the Agenda, not CAREC, is endorsed)? */
static int en_subject(const dg_rel_ctx *c, uint32_t s, uint32_t i, const dg_rel_trigger *g) {
  if (!dg_rel_latin(c, s) || c->d->ments[i].end > g->start ||
      memchr(c->d->text + c->d->ments[i].end, '.', g->start - c->d->ments[i].end))
    return 0;
  for (uint32_t j = i + 1; j < c->sent_end[s]; j++) {
    const dg_mention *o = &c->d->ments[j];
    if (o->start >= g->end + 45) break;
    if (!c->nested[j] && o->type == DG_TYPE_PROGRAM && o->start >= g->end &&
        dg_rel_in_clause(c, j, g->clause))
      return 1;
  }
  return 0;
}

/* English: is program i after verb g in the clause the verb opens with "that" (the
 * Ministers agreed that the MLC has kept its momentum: the MLC is no outcome)? */
static int en_that_clause(const dg_rel_ctx *c, uint32_t s, uint32_t i, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  return dg_rel_latin(c, s) && c->d->ments[i].start > g->end &&
         dg_lit(t, c->d->sents[s].end, g->end, " that ");
}

/* English: is meeting mention m named as an earlier one than the document's (the last
 * Summit, at their previous meeting): a determiner and a word of earlier time right before
 * it? What was adopted there is no outcome of this meeting. */
static int earlier_meeting(const dg_rel_ctx *c, const dg_mention *m) {
  static const char *const dets[] = {"the ", "The ", "its ", "their ", "our "};
  static const char *const words[] = {"last ", "previous ", "preceding ", "earlier "};
  const char *t = c->d->text;
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    size_t lw = strlen(words[w]);
    if (!dg_lit_before(t, m->start, words[w])) continue;
    for (size_t d = 0; d < sizeof dets / sizeof *dets; d++)
      if (dg_lit_before(t, m->start - lw, dets[d])) return 1;
  }
  return 0;
}

/* Japanese: the meeting named as the scene of verb g's clause before it (Mにおいては、
 * 「X」のとりまとめを行うとともに、Nにおいては…: X is M's, not N's after the verb), the
 * last such one before g, or -1. */
static long ja_scene_before(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long scene = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (m->start >= g->start) break;
    if (dg_rel_in_clause(c, i, g->clause) && m->type == DG_TYPE_MEETING &&
        dg_rel_part(c, m) == DG_PART_SCENE)
      scene = (long)i;
  }
  return scene;
}

/* Japanese: the program before program i that a comma list joins to it over the words
 * that describe i (「A宣言」と、X協力に関する「Bコミュニケ」を発表: A too), in the clause of
 * verb g, with no meeting and no other verb between: its index in *out (1), else 0. */
static size_t ja_list_across(const dg_rel_ctx *c, uint32_t s, uint32_t i,
                             const dg_rel_trigger *g, uint32_t *out) {
  const char *t = c->d->text;
  for (uint32_t j = i; j-- > c->sent_first[s];) {
    const dg_mention *m = &c->d->ments[j];
    if (m->type == DG_TYPE_MEETING || m->end > c->d->ments[i].start) return 0;
    if (c->nested[j] || m->type != DG_TYPE_PROGRAM || !dg_rel_in_clause(c, j, g->clause))
      continue;
    uint32_t p = m->end;
    if (dg_cp_at(t, p + 3, p) == 0x300D || dg_cp_at(t, p + 3, p) == 0x300F) p += 3; /* 」』 */
    if (!dg_lit(t, c->d->sents[s].end, p, "と、")) continue;
    for (size_t k = 0; k < c->trigs.n; k++)
      if (c->trigs.v[k].start > p && c->trigs.v[k].start < c->d->ments[i].start) return 0;
    *out = j;
    return 1;
  }
  return 0;
}

/* announced_at, adopted_at: each program near the verb (or, in Japanese, its subject,
 * object or topic across a complement: see complement_trigger; or the name of the phrase it
 * acts on: see apposed_trigger) to the meeting the verb's clause speaks of (in Japanese the
 * scene before the verb rather than a meeting after it: see ja_scene_before), else the
 * meeting of the sentence nearest to the program. A program named as
 * the scene (At the JAIF event, …), the frame (under OSA, …) or one the verb follows is not
 * what it announces, nor in English the verb's subject or a program of the clause it opens
 * with "that" (see en_subject, en_that_clause); a clause dated at another time than the
 * document's own meeting does not speak of it, nor an English verb after the meeting
 * followed by a date the meeting was not held on (the Statement of the Summit held in May,
 * and the Plan adopted by the leaders on 12 November: the Plan is no Summit's), nor a
 * meeting named as an earlier one (the last Summit: see earlier_meeting), nor a Japanese
 * verb a program only owns a word of, or dated last year (see ja_not_done_here,
 * en_done_before).
 *   同会合において「日メコン水資源イニシアティブ」を発表した -> announced_at(イニシアティブ, 会合)
 *   「メコン防災行動計画」が第4回日メコン外相会議で採択された -> adopted_at(行動計画, 会議)
 *   本会合では「X計画」が今後の協力の方向性を定める枠組みとして採択された -> adopted_at(X計画, 本会合)
 * The programs listed before one it ties (see dg_rel_list_before) are tied with it, and in
 * English those listed after one that follows the verb (dg_rel_list_after):
 *   本会合ではA共同宣言と「B行動計画」を採択した -> adopted_at(A共同宣言, 本会合) too
 *   We adopted the A Declaration and the B Statement -> adopted_at(B Statement, …) too */
static void program_at(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_has_trigger(c, kind)) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    const dg_rel_trigger *g = NULL;
    if (c->nested[i] || m->type != DG_TYPE_PROGRAM) continue;
    int apposed = 0;
    if (!(g = near_trigger(c, s, i, kind)) && !(g = complement_trigger(c, s, i, kind)) &&
        !(g = list_item_trigger(c, s, i, kind)) &&
        !(apposed = (g = apposed_trigger(c, s, i, kind)) != NULL))
      continue;
    uint8_t part = dg_rel_part(c, m);
    if (part == DG_PART_AFTER || part == DG_PART_FRAME || stance_toward(c, m) ||
        en_subject(c, s, i, g) || en_that_clause(c, s, i, g) ||
        (dg_rel_latin(c, s) ? part == DG_PART_SCENE || en_done_before(c, s, g)
                            : ja_not_done_here(c, m, g)))
      continue;
    long at = dg_rel_clause_meeting(c, s, g->clause, g->start), scene = -1;
    if (at >= 0 && !dg_rel_latin(c, s) && c->d->ments[at].start > g->start &&
        (scene = ja_scene_before(c, s, g)) >= 0)
      at = scene; /* Mにおいては「X」を採択し、Nにおいては…: M's */
    uint32_t verb_end = next_verb(c, s, m, g); /* …and agreed to meet in 2027: not ours */
    if (at >= 0 && is_main(c, s, at) && other_time(c, s, g->clause, 0, verb_end, at))
      continue; /* 本会議では、2019年に採択された計画の…: not this meeting's */
    if (at >= 0 && dg_rel_latin(c, s) && c->d->ments[at].end <= g->start &&
        other_time(c, s, g->clause, g->end, verb_end, at))
      continue; /* adopted at the Conference on 14 July: the Conference's own date */
    if (at >= 0 && c->d->ments[at].start >= verb_end)
      at = dg_rel_section_meeting(c, s); /* adopted X and agreed to hold the next Meeting */
    else if (at < 0) {
      uint32_t ms[DG_REL_MAXM];
      size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 0), k = 0;
      for (size_t y = 0; y < nm; y++) /* not the M whose report is approved */
        if (!dg_rel_latin(c, s) || dg_rel_part(c, &c->d->ments[ms[y]]) != DG_PART_AFTER)
          ms[k++] = ms[y];
      if (k) at = dg_rel_nearest_of(c, ms, k, m->start);
      else if (nm || later_meeting_only(c, s, m, g))
        at = dg_rel_section_meeting(c, s); /* …and agreed to hold the next meeting */
    }
    if (at >= 0 && dg_rel_latin(c, s) && earlier_meeting(c, &c->d->ments[at]))
      continue; /* adopted at the last Summit: not at this one */
    if (at >= 0 && (recalled(c, s, at, g) || en_owned_before(c, s, at, g)))
      at = dg_rel_section_meeting(c, s);
    if (at < 0 && apposed) at = c->attended; /* 「A」という…を宣言: the lead's meeting */
    if (at < 0) continue;
    uint32_t ls[DG_REL_MAXM]; /* 共同宣言と「イニシアチブ」を採択: the list before it too; */
    size_t nl = dg_rel_latin(c, s) && g->end <= m->start /* adopted the A and the B */
                    ? dg_rel_list_after(c, s, i, ls, DG_REL_MAXM)
                    : dg_rel_list_before(c, s, i, ls, DG_REL_MAXM);
    if (!nl && !dg_rel_latin(c, s)) nl = ja_list_across(c, s, i, g, ls);
    for (long a = at, r = 0; a >= 0 && r < 2; a = r++ ? -1 : pair_of(c, s, at)) {
      dg_rel_add(c, kind, i, (uint32_t)a, s);
      for (size_t k = 0; k < nl; k++) dg_rel_add(c, kind, ls[k], (uint32_t)a, s);
    }
  }
}

/* The typed relations of a sentence, tried in this order (the order of d->rels, which is
 * part of the output: append new rows at the end). Each row's name is the provenance of
 * the ties it makes (the `rule` of every relation and edge).
 * To add a relation kind:
 *   1. a value in dg_rel_kind (include/docgraph/types.h), its name in rel_names
 *      (src/doc/types.c) and its colour and line in kind_lines (src/draw/style.c);
 *   2. its trigger words in dicts/rules/triggers.tsv (row_trigger in src/lex/rules.c
 *      names the kinds a trigger may type in its error message);
 *   3. a rule here: a static function (c, s, kind) with a comment saying what it ties and
 *      an example sentence, adding ties with dg_rel_add; and a row below;
 *   4. rows in the ties table of tests/test_relate.c: sentences that must give the tie
 *      and near misses that must not (test_every_rule_has_rows insists).
 * A source of ties that is not one sentence (a table, a list) goes in dg_rel_sources. */
const dg_rel_kind_rule dg_rel_kinds[] = {
    {"held_in", DG_REL_HELD_IN, dg_rel_held_in},
    {"held_on", DG_REL_HELD_ON, dg_rel_held_on},
    {"participates_in", DG_REL_PARTICIPATES_IN, participates_in},
    {"chaired_by", DG_REL_CHAIRED_BY, chaired_by},
    {"announced_at", DG_REL_ANNOUNCED_AT, program_at},
    {"adopted_at", DG_REL_ADOPTED_AT, program_at},
    /* no trigger word: a meeting's parenthesis gives held_on and held_in */
    {"meeting parenthesis", DG_REL_HELD_ON, dg_rel_meeting_parenthesis},
    /* no trigger word: the Summit in Jakarta on 6 May; the Meeting among A and B */
    {"meeting apposition", DG_REL_HELD_IN, dg_rel_meeting_apposition},
    /* no trigger word of its own: 9月2日、…会合を開催した; 7月18日、…会合に出席した */
    {"dated sentence", DG_REL_HELD_ON, dg_rel_dated_sentence},
    /* no trigger word: the Joint Statement of the Summit; 首脳会議の共同声明 */
    {"statement of meeting", DG_REL_ADOPTED_AT, dg_rel_statement_of},
    /* held_in from the subject of a hosting verb: Fiji will host the Forum */
    {"host venue", DG_REL_HELD_IN, dg_rel_host_venue},
    /* held_in from a word naming the venue: 開催地：X; the venue of the Summit was X */
    {"venue word", DG_REL_HELD_IN, dg_rel_venue_words},
    /* held_on from a word naming the date: 開催日：X; [年月日] X under the title */
    {"date word", DG_REL_HELD_ON, dg_rel_date_words},
    /* no trigger word: メローニ首相との日伊首脳会談, the Summit with Prime Minister X */
    {"meeting partner", DG_REL_PARTICIPATES_IN, dg_rel_meeting_partner},
    /* no trigger word: A理事長は、B首相と会談した; 続いて、…B大統領と会談を行いました */
    {"talks visitor", DG_REL_PARTICIPATES_IN, dg_rel_talks_visitor},
    /* no trigger word of its own: X州を訪問し、…B大統領と会談 */
    {"talks visit", DG_REL_HELD_IN, dg_rel_talks_visit},
    /* no trigger word: 会合においては、私の方から…強調しました */
    {"scene speaker", DG_REL_PARTICIPATES_IN, dg_rel_scene_speaker},
    /* no trigger word: At the M, A and B agreed ...; A discussed X at the M */
    {"scene actors", DG_REL_PARTICIPATES_IN, dg_rel_scene_actors},
    /* no trigger word: 冒頭、山田会長は…; フォーラム冒頭の挨拶に立った山田理事長は */
    {"opening speaker", DG_REL_PARTICIPATES_IN, dg_rel_opening_speaker},
    /* no trigger word: In his opening remarks to the M, A stressed ... */
    {"speech opener", DG_REL_PARTICIPATES_IN, dg_rel_speech_opener},
    /* no trigger word: a speech's title, 首脳会合 山田総理挨拶 */
    {"speech title", DG_REL_PARTICIPATES_IN, dg_rel_speech_title},
    /* no trigger word of its own: (3)出席国 over the list of who takes part */
    {"participant heading", DG_REL_PARTICIPATES_IN, dg_rel_participant_heading},
    /* no trigger word of its own by the program: 以下の事項が承認された / [1] X計画 */
    {"listed programs", DG_REL_ADOPTED_AT, dg_rel_listed_programs},
    /* no trigger word: (2)日程 / (3)場所 over the line that gives the date or the place */
    {"field heading", DG_REL_HELD_ON, dg_rel_field_heading},
    /* no holding verb: will co-chair the Summit with B on 26 November */
    {"chaired date", DG_REL_HELD_ON, dg_rel_chaired_date},
    /* no trigger word: a news lead, Foreign Ministers of A, B and C confirmed ... */
    {"lead parties", DG_REL_PARTICIPATES_IN, dg_rel_lead_parties},
    /* no trigger word: a line of names going on with the list of the line before */
    {"list lines", DG_REL_PARTICIPATES_IN, dg_rel_list_lines},
    /* no trigger word: ASEAN10か国(※)…関係国間で / ※ A、B: a footnote's members of the group */
    {"footnote members", DG_REL_PARTICIPATES_IN, dg_rel_footnote_members},
    /* who signs a meeting's outcome: signed by A and B; A signed X at the Summit */
    {"signers", DG_REL_PARTICIPATES_IN, dg_rel_signers},
    /* no trigger word of the person's clause: said A during the X; A, who is in P to attend X */
    {"attending", DG_REL_PARTICIPATES_IN, dg_rel_attending},
    /* no trigger word: The 12 nations are--A, B, …; A、…、Eの5カ国の外相と会談 */
    {"counted parties", DG_REL_PARTICIPATES_IN, dg_rel_counted_parties},
    /* no trigger word of its own: S was held on the sidelines of the M in P: P is S's too */
    {"side venue", DG_REL_HELD_IN, dg_rel_side_venue},
};
const size_t dg_rel_nkinds = sizeof dg_rel_kinds / sizeof *dg_rel_kinds;

void dg_rel_sentences(dg_rel_ctx *c) {
  for (size_t s = 0; s < c->d->nsents && !c->oom; s++) {
    dg_rel_find_triggers(c, (uint32_t)s);
    for (size_t k = 0; k < dg_rel_nkinds; k++) {
      c->rule = dg_rel_kinds[k].name;
      dg_rel_kinds[k].fn(c, (uint32_t)s, dg_rel_kinds[k].kind);
    }
  }
}
