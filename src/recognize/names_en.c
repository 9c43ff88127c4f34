/* English names by their head word, in Title Case: the capitalized words before the head
 * and a tail after it that opens with a joiner (of, for, on, to), joined by the small words
 * of name_joiners.tsv: Mekong-Japan Digital Connectivity Partnership, Treaty of Amity and
 * Cooperation in Southeast Asia, Regional Policing Mission to Solomon Islands, Small Island
 * States (SIS) Resilience Initiative, Ministry of Culture, Sport and Youth; names ending in
 * the document symbol of a resolution (Security Council Resolution S/RES/2999); meetings
 * named by a format (the Mekong-Korea 2+1 meeting); group heads (Mekong-Japan
 * Cooperation); and names glossed with an acronym before a head in lower case (the Youth
 * Ambassadors for Development (YAD) programme); and an ordinal before a name and a body's
 * meeting in lower case (the 2nd MLC foreign ministers' meeting), as a group's (the ASEAN
 * leaders' summit).
 * Invariant: a name never reaches over another head word on its left, a person, a
 * possessive owner (the World Bank's | Debt Initiative), a title joined on by "of" (Chief
 * Representative of | JICA Laos Office) or a coordinated known name (the Ministry of
 * Finance | and JBIC); a program's tail never holds a meeting (Joint
 * Statement | of the 23rd ASEAN-Japan Summit are two names); two plain words (Master Plan)
 * are no name. Joiners before the head match as written ("Of" is none); in the tail they
 * may be capitalized (Meeting On Ocean Plastics And Marine Debris). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 512
#define NONE ((size_t)-1)
/* The joiners that are function words (of, to, and, the), not words of a name (plus). */
#define SMALL_WORDS                                                                            \
  (DG_JOIN_AFTER | DG_JOIN_AFTER_PROGRAM | DG_JOIN_INSIDE | DG_JOIN_ARTICLE | DG_JOIN_AND)

/* The words of one sentence and what the rules ask about it. */
typedef struct {
  dgn_ctx *c;
  const dgn_word *w;
  size_t n;
  uint32_t end;  /* the sentence's end */
  int headline;  /* a title line (see is_headline) */
  long *first_meeting; /* the document's meeting mention that starts first so far, or -1 */
} en_sent;

/* A small word of name_joiners.tsv, however capitalized (to, To, TO). */
static int any_joiner(const en_sent *S, size_t k, unsigned roles) {
  return dgn_joiner_any_case(S->c, &S->w[k], roles);
}

/* A word that may be part of a name: Capitalized, ALLCAPS or a number, no stop word
 * ("The"), no small joiner however written ("TO" in a headline; Plus may be a word of a
 * name), no person, and in a headline no verb of headline_verbs.tsv (Ministry of Health |
 * Strengthens Ties). */
static int cap_word(const en_sent *S, size_t k) {
  const dgn_word *w = &S->w[k];
  const char *s = S->c->t + w->a;
  return w->z > w->a && (dg_is_upper(s[0]) || dg_is_digit(s[0])) &&
         !dgn_is_stop(S->c, w->a, w->z) && !any_joiner(S, k, SMALL_WORDS) &&
         !dgn_overlaps(S->c, w->a, w->z, T(PERSON)) &&
         !(S->headline && dg_wordlist_find(&S->c->r->headline_verbs, s, w->z - w->a) >= 0);
}

/* Has the word a lower-case letter? */
static int has_lower(const en_sent *S, size_t k) {
  for (uint32_t i = S->w[k].a; i < S->w[k].z; i++)
    if (dg_is_lower(S->c->t[i])) return 1;
  return 0;
}

/* Is w[k] an ordinal, in digits or a word (23rd, second, Tenth), followed by a space? (An
 * ordinal is read up to the space after it: within the word alone none is found.) */
static int is_ordinal_word(const en_sent *S, size_t k) {
  uint32_t after;
  return dgn_ordinal_prefix(S->c, S->w[k].a, S->end, &after) > 0 && after == S->w[k].z + 1;
}

/* II, IV, XII: a Roman numeral of up to five letters (Work Plan IV). */
static int roman_word(const en_sent *S, size_t k) {
  const char *s = S->c->t + S->w[k].a;
  size_t l = S->w[k].z - S->w[k].a;
  if (l > 5 || (l == 1 && s[0] != 'V' && s[0] != 'X')) return 0;
  for (size_t i = 0; i < l; i++)
    if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X') return 0;
  return 1;
}

/* A word of the tail: a capitalized word or an ordinal, no other number, no date
 * (Meeting on May 5) and no amount's currency (the Fund | to USD 10 million). */
static int tail_word(const en_sent *S, size_t k) {
  const dgn_word *w = &S->w[k];
  return cap_word(S, k) && (!dg_is_digit(S->c->t[w->a]) || is_ordinal_word(S, k)) &&
         !dgn_overlaps(S->c, w->a, w->z, T(DATE) | T(AMOUNT));
}

/* ---- the left of the head ---- */

/* Is w[k] a possessive ('s, s') of a known name or of a name by head word (the World
 * Bank's, the United States')? It owns what follows; it is no part of its name. A known
 * name that only holds the word and goes on past it owns nothing there (Joint Statement
 * of the 12th Foreign Ministers' Meeting: Ministers' is no owner). */
static int possessive_owner(const en_sent *S, size_t k) {
  const char *t = S->c->t;
  dgn_word o = S->w[k];
  if (o.z - o.a < 3 || (t[o.z - 1] != '\'' && !(t[o.z - 1] == 's' && t[o.z - 2] == '\'')))
    return 0;
  o.z -= t[o.z - 1] == '\'' ? 1 : 2; /* States' -> States, Bank's -> Bank */
  return (dgn_overlaps(S->c, o.a, o.z, ANY_NAMED & ~T(PERSON)) &&
          !dgn_overlaps(S->c, o.z, S->w[k].z + 1, ANY_NAMED & ~T(PERSON))) ||
         dgn_is_head_word(S->c, &o, S->end);
}

/* The word before w[first] joins a capitalized word further left: "Research and
 * Development" (a `before` joiner), "Friends of the Mekong" (a `before_the` joiner and
 * the article). Returns the index of that word, or NONE. */
static size_t joined_left(const en_sent *S, size_t first) {
  const dgn_ctx *c = S->c;
  const dgn_word *w = S->w;
  if (dgn_joiner(c, &w[first - 1], DG_JOIN_ARTICLE)) {
    if (first >= 3 && dgn_adjacent(c->t, w, first - 2) && dgn_adjacent(c->t, w, first - 3) &&
        dgn_joiner(c, &w[first - 2], DG_JOIN_BEFORE_THE))
      return first - 3;
    return NONE;
  }
  if (dgn_joiner(c, &w[first - 1], DG_JOIN_BEFORE) && first >= 2 &&
      dgn_adjacent(c->t, w, first - 2))
    return first - 2;
  return NONE;
}

/* Is w[k] the word `lit`? */
static int word_is(const en_sent *S, size_t k, const char *lit) {
  size_t l = strlen(lit);
  return k < S->n && S->w[k].z - S->w[k].a == l && !memcmp(S->c->t + S->w[k].a, lit, l);
}

/* Is the text between w[k] and w[k+1] exactly `sep`? */
static int between_is(const en_sent *S, size_t k, const char *sep) {
  size_t l = strlen(sep);
  return S->w[k + 1].a - S->w[k].z == l && !memcmp(S->c->t + S->w[k].z, sep, l);
}

/* A format's count in parentheses right before w[first] (ASEAN-India (10+1) Leaders':
 * digits joined by one +, which are two words here): the word before it, or NONE. */
static size_t plus_format_before(const en_sent *S, size_t first) {
  const char *t = S->c->t;
  uint32_t q = S->w[first].a;
  if (first < 3 || q < 7 || t[q - 1] != ' ' || t[q - 2] != ')') return NONE;
  uint32_t o = q - 2;
  int plus = 0;
  while (o > 0 && t[o - 1] != '(') {
    o--;
    if (t[o] == '+') plus++;
    else if (!dg_is_digit(t[o])) return NONE;
  }
  if (plus != 1 || o < 2 || t[o - 2] != ' ' || S->w[first - 3].z != o - 2) return NONE;
  return first - 3;
}

/* An acronym or a format's count glossed in parentheses inside the name, "Island States
 * (SIS) Resilience Initiative", "ASEAN-India (10+1) Leaders' Meeting", or a spaced dash
 * after a country, "Japan - Pacific Ocean Summit": the word the name goes on with on the
 * left of w[first], or NONE. */
static size_t glossed_left(const en_sent *S, size_t first) {
  const dgn_word *w = S->w;
  if (first >= 2 && between_is(S, first - 2, " (") && between_is(S, first - 1, ") ") &&
      dgn_is_acronym(S->c->t, w[first - 1].a, w[first - 1].z))
    return first - 2;
  if (plus_format_before(S, first) != NONE) return plus_format_before(S, first);
  if (first >= 1 && between_is(S, first - 1, " - ") &&
      dgn_overlaps(S->c, w[first - 1].a, w[first - 1].z, T(COUNTRY) | T(GROUP)))
    return first - 1;
  return NONE;
}

/* Does a title written before a name (titles.tsv, `before`) end with word q (Chief
 * Representative, Minister)? Joined on by "of", it opens a post, no name: Chief
 * Representative of | JICA Laos Office. */
static int title_ends_at(const en_sent *S, size_t q) {
  const dgn_ctx *c = S->c;
  long ti = dg_wordlist_before(&c->r->titles, c->t, S->w[0].a, S->w[q].z);
  if (ti < 0 || c->r->titles.w[ti].as.title.side != DG_SIDE_BEFORE) return 0;
  uint32_t a = S->w[q].z - c->r->titles.w[ti].len;
  return a == S->w[0].a || c->t[a - 1] == ' ';
}

/* Is w[k] of a headline a preposition of roles.tsv (AT, WITH, DURING), however written,
 * that joins no name (FOR and OF do: CENTRE FOR OCEAN RESEARCH)? In capitals it looks like
 * a word of a name; it ends the name on its left (FIJI REPRESENTS TONGA AT |
 * REGIONAL OCEANS MEETING). */
static int headline_preposition(const en_sent *S, size_t k) {
  const dgn_word *w = &S->w[k];
  return S->headline && dg_wordlist_find(&S->c->r->roles, S->c->t + w->a, w->z - w->a) >= 0 &&
         !any_joiner(S, k, ~0u);
}

/* A plus glued between a word and a number joins a format or a group's count into the name:
 * "Japan-Canada 2+2 Foreign and Defence Ministerial Meeting", "ASEAN+3 Energy Ministers'
 * Meeting". The word before the plus when w[first] is all digits, or NONE. */
static size_t plus_left(const en_sent *S, size_t first) {
  if (first < 1 || !between_is(S, first - 1, "+")) return NONE;
  for (uint32_t i = S->w[first].a; i < S->w[first].z; i++)
    if (!dg_is_digit(S->c->t[i])) return NONE;
  return first - 1;
}

/* An enumeration's first item left of w[first], the name's words going on before it
 * ("the third ASEAN-Canada Trade, Investment and Innovation Dialogue": Trade, when
 * w[first] opens the items after it, "Investment and" or "Investment, "): one tail word
 * after a comma that names no country, group, person, place or region, and a capitalized
 * word right before it that is no head word. Returns that item's word, or NONE. Near
 * misses: nothing capitalized before the item (On Monday, Trade and Investment Dialogue),
 * a place (In Suva, Trade and ...), a name that ends before the comma (Pacific Division
 * II, Asia and Ocean Affairs Department: a numeral, a head word before it). */
static size_t enumeration_left(const en_sent *S, size_t first) {
  size_t k = first - 1;
  if (first < 2 || first + 1 >= S->n || !between_is(S, k, ", ") ||
      !(between_is(S, first, ", ") || (dgn_adjacent(S->c->t, S->w, first) &&
                                       any_joiner(S, first + 1, DG_JOIN_AND))))
    return NONE;
  if (!tail_word(S, k) || !has_lower(S, k) || dg_is_digit(S->c->t[S->w[k].a]) ||
      dgn_is_head_word(S->c, &S->w[k], S->end) ||
      dgn_overlaps(S->c, S->w[k].a, S->w[k].z, T(COUNTRY) | T(GROUP) | T(PERSON) | PLACE_LIKE) ||
      !dgn_adjacent(S->c->t, S->w, k - 1) || !cap_word(S, k - 1) ||
      dgn_is_head_word(S->c, &S->w[k - 1], S->end))
    return NONE;
  return k;
}

/* The word left of w[first] the name goes on with, or NONE. */
static size_t step_left(const en_sent *S, size_t first) {
  size_t k = first - 1;
  if (headline_preposition(S, k)) return NONE;
  if (!dgn_adjacent(S->c->t, S->w, k)) {
    size_t q = glossed_left(S, first);
    if (q == NONE) q = plus_left(S, first);
    if (q == NONE) q = enumeration_left(S, first);
    return q != NONE && cap_word(S, q) && !possessive_owner(S, q) ? q : NONE;
  }
  if (possessive_owner(S, k)) return NONE;
  if (cap_word(S, k)) return k;
  size_t q = joined_left(S, first);
  if (q == NONE || !cap_word(S, q) || possessive_owner(S, q) ||
      dgn_is_head_word(S->c, &S->w[q], S->end) || title_ends_at(S, q))
    return NONE;
  return q;
}

/* In a headline a known name that ends the name is all of it: the words before it are
 * the headline's (MINISTER TO VISIT | PACIFIC ISLANDS FORUM). */
static size_t headline_start(const en_sent *S, size_t first, size_t hx) {
  if (!S->headline) return first;
  long m = dgn_mention_ending(S->c, S->w[hx].z, NAME_TYPES | T(GROUP));
  if (m < 0) return first;
  uint32_t a = S->c->d->ments[m].start;
  while (first < hx && S->w[first].a < a) first++;
  return first;
}

/* Left of the head w[x]: capitalized words, and joined or glossed ones, never across
 * another head word or a possessive owner. Returns the first word of the name. */
static size_t extend_left(const en_sent *S, size_t x, size_t hx) {
  size_t first = x;
  while (first > 0 && x - first < DGN_MAX_EN_WORDS) {
    size_t q = step_left(S, first);
    if (q == NONE) break;
    first = q;
  }
  return headline_start(S, first, hx);
}

/* ---- the tail after the head ---- */

/* A known name (no person) that starts at w[y] and ends at a word's end: that word, so
 * the tail takes it whole (Declaration on | Zone of Peace, Freedom and Neutrality); else
 * y. */
static size_t known_from(const en_sent *S, size_t y) {
  long m = dgn_mention_starting(S->c, S->w[y].a, ANY_NAMED & ~T(PERSON));
  if (m < 0) return y;
  uint32_t z = S->c->d->ments[m].end;
  for (size_t k = y; k < S->n && S->w[k].a < z; k++)
    if (S->w[k].z == z) return k;
  return y;
}

/* Does a known organization, program, meeting or group, or an acronym, start at w[k]
 * (the tail's last word so far: w[last])? A name never runs over "and" into it (the
 * Ministry of Finance | and JBIC). */
static int other_name_at(const en_sent *S, size_t last, size_t k) {
  const dgn_word *w = &S->w[k];
  if (dgn_mention_starting(S->c, w->a, NAME_TYPES | T(GROUP)) >= 0) return 1;
  /* in text written in capitals (... FISHING AND MARINE DEBRIS) every word looks like one */
  return has_lower(S, last) && !has_lower(S, k) && dgn_is_acronym(S->c->t, w->a, w->z);
}

/* Does a known country or group start at w[y] and end at a word's end? */
static int party_at(const en_sent *S, size_t y) {
  size_t e = known_from(S, y);
  return dgn_mention_exact(S->c, S->w[y].a, S->w[e].z, T(COUNTRY) | T(GROUP)) >= 0;
}

/* The joiner that may open the tail after the head w[hx]: right after it, or after the
 * acronym glossed there (Plan of Action (POA) to ...); NONE when neither touches. */
static size_t tail_joiner(const en_sent *S, size_t hx) {
  const char *t = S->c->t;
  if (hx + 3 < S->n && between_is(S, hx, " (") && between_is(S, hx + 1, ") ") &&
      dgn_is_acronym(t, S->w[hx + 1].a, S->w[hx + 1].z))
    return hx + 2;
  return hx + 1 < S->n && dgn_adjacent(t, S->w, hx) ? hx + 1 : NONE;
}

/* The type of the head word of heads.tsv that w[y] is, whole (Partnership, Council), or
 * DG_TYPE_COUNT when it is none. */
static dg_type whole_head_type(const en_sent *S, size_t y) {
  long h = dg_wordlist_find(&S->c->r->heads, S->c->t + S->w[y].a, S->w[y].z - S->w[y].a);
  return h >= 0 && S->c->r->heads.w[h].len == S->w[y].z - S->w[y].a
             ? S->c->r->heads.w[h].as.head.type
             : DG_TYPE_COUNT;
}

/* Is w[y], at the start of a program's tail, a program's head word written whole (heads.tsv)
 * that names the program's topic (the Declaration on Partnership and Cooperation; the
 * Agreement on Partnership)? Near miss: a meeting's tail (the Summit on Partnership). */
static int program_topic(const en_sent *S, size_t y, dg_type type) {
  return type == DG_TYPE_PROGRAM && whole_head_type(S, y) == DG_TYPE_PROGRAM;
}

/* Is w[y], at the start of a program's tail after "of the", an organization's head word
 * written whole: the body whose text it is (the Astana Declaration of the Council of Heads
 * of State of the X Organisation)? Near misses: no article (the Declaration of Council
 * Members), a meeting's tail. */
static int program_body(const en_sent *S, size_t y, dg_type type) {
  return type == DG_TYPE_PROGRAM && y >= 2 && any_joiner(S, y - 1, DG_JOIN_ARTICLE) &&
         word_is(S, y - 2, "of") && whole_head_type(S, y) == DG_TYPE_ORGANIZATION;
}

/* The tail after the head w[hx] (or after the acronym glossed right after it) opens with
 * an `after` joiner (of, for, on, to), however capitalized, maybe the article, then a
 * tail word that is no head word: returns that word (or the end of the known name it
 * starts), or hx. */
static size_t tail_start(const en_sent *S, size_t hx, dg_type type) {
  const char *t = S->c->t;
  size_t j = tail_joiner(S, hx);
  if (j == NONE || !(j + 1 < S->n && dgn_adjacent(t, S->w, j))) return hx;
  unsigned roles = DG_JOIN_AFTER | (type == DG_TYPE_PROGRAM ? DG_JOIN_AFTER_PROGRAM : 0);
  if (!any_joiner(S, j, roles) || (S->headline && any_joiner(S, j, DG_JOIN_PURPOSE)))
    return hx; /* a headline's To opens a verb: ... Forum To Fight Floods */
  size_t y = j + 1;
  if (any_joiner(S, y, DG_JOIN_ARTICLE)) {
    if (y + 1 >= S->n || !dgn_adjacent(t, S->w, y)) return hx;
    y++;
  }
  if (!tail_word(S, y)) return hx;
  /* a meeting's tail may open with a known group named by a head word (the Summit of the
     Association of Southeast Asian Nations and ...) */
  if (dgn_is_head_word(S->c, &S->w[y], S->end) && (type != DG_TYPE_MEETING || !party_at(S, y)) &&
      !program_topic(S, y, type) && !program_body(S, y, type))
    return hx;
  return known_from(S, y);
}

/* Does the item of an enumeration go on after w[e] with an `inside` joiner that is no
 * "and" and a tail word that is no place (Trafficking in Persons; not Crime | in Bali)?
 * Returns that word, or NONE. */
static size_t item_joined(const en_sent *S, size_t e) {
  const dgn_word *w = S->w;
  if (e + 2 >= S->n || !dgn_adjacent(S->c->t, w, e) || !dgn_adjacent(S->c->t, w, e + 1) ||
      !any_joiner(S, e + 1, DG_JOIN_INSIDE) || any_joiner(S, e + 1, DG_JOIN_AND) ||
      !tail_word(S, e + 2) || dgn_overlaps(S->c, w[e + 2].a, w[e + 2].z, PLACE_LIKE))
    return NONE;
  return e + 2;
}

/* A run of tail words from w[k], maybe joined (Trafficking in Persons), that names no
 * country, group or person and holds no head word (an item of an enumeration, not another
 * name): its last word, or NONE. */
static size_t item_run(const en_sent *S, size_t k) {
  size_t e = k;
  if (k >= S->n || !tail_word(S, k)) return NONE;
  while (e + 1 < S->n && e - k < 4) {
    size_t j = item_joined(S, e);
    if (dgn_adjacent(S->c->t, S->w, e) && tail_word(S, e + 1)) e++;
    else if (j != NONE) e = j;
    else break;
  }
  for (size_t q = k; q <= e; q++)
    if (dgn_is_head_word(S->c, &S->w[q], S->end)) return NONE;
  return dgn_overlaps(S->c, S->w[k].a, S->w[e].z, T(COUNTRY) | T(GROUP) | T(PERSON)) ? NONE : e;
}

/* In an organization's tail, "and the" and a last item of portfolio words (portfolios.tsv)
 * that ends the capitalized run (Ministry of Sustainability and the Environment): the
 * item's last word, or NONE. Near misses: another name after the article (the Ministry of
 * Finance | and the World Bank), a word of no portfolio (| and the Central Bank), more
 * capitalized words after it; a program's or meeting's tail (the Agreement on Trade | and
 * the Pacific Region). */
static size_t and_the_item(const en_sent *S, size_t last, dg_type type) {
  size_t y = last + 2;
  if (type != DG_TYPE_ORGANIZATION || y + 1 >= S->n || !any_joiner(S, last + 1, DG_JOIN_AND) ||
      !any_joiner(S, y, DG_JOIN_ARTICLE) || !dgn_adjacent(S->c->t, S->w, y) ||
      other_name_at(S, last, y + 1))
    return NONE;
  size_t e = item_run(S, y + 1);
  if (e == NONE || (e + 1 < S->n && dgn_adjacent(S->c->t, S->w, e) && cap_word(S, e + 1)))
    return NONE;
  for (size_t k = y + 1; k <= e; k++)
    if (dg_wordlist_find(&S->c->r->portfolios, S->c->t + S->w[k].a, S->w[k].z - S->w[k].a) < 0)
      return NONE;
  return e;
}

/* Is w[k] a capitalized word in -ing of six letters or more (Improving, Strengthening)? */
static int gerund(const en_sent *S, size_t k) {
  const dgn_word *w = &S->w[k];
  return w->z - w->a >= 6 && dg_is_upper(S->c->t[w->a]) && !memcmp(S->c->t + w->z - 3, "ing", 3);
}

/* One step on in the tail after w[last]: a tail word, or an `inside` joiner (and, &, of,
 * for, in, on, to; the `inside_the` ones maybe followed by the article) and a tail word,
 * but no "and" into another name; "and the" and a last item (and_the_item); after a
 * purpose's verb or a verb in -ing (gerund) the article and a tail word.
 * Returns the new last word, or last. */
static size_t tail_step(const en_sent *S, size_t last, dg_type type) {
  if (tail_word(S, last + 1)) return known_from(S, last + 1);
  /* a purpose's verb takes its object with the article: to Implement the Partnership;
   * so does a verb in -ing: for Improving the School Environment */
  if ((gerund(S, last) || (last > 0 && any_joiner(S, last - 1, DG_JOIN_PURPOSE))) &&
      any_joiner(S, last + 1, DG_JOIN_ARTICLE) && last + 2 < S->n && dgn_adjacent(S->c->t, S->w, last + 1) && tail_word(S, last + 2))
    return known_from(S, last + 2);
  if (!any_joiner(S, last + 1, DG_JOIN_INSIDE) || last + 2 >= S->n ||
      !dgn_adjacent(S->c->t, S->w, last + 1))
    return last;
  size_t y = last + 2, item = and_the_item(S, last, type);
  if (item != NONE) return item;
  if (any_joiner(S, last + 1, DG_JOIN_INSIDE_THE) && any_joiner(S, y, DG_JOIN_ARTICLE) &&
      y + 1 < S->n && dgn_adjacent(S->c->t, S->w, y))
    y++;
  if (!tail_word(S, y) || (any_joiner(S, last + 1, DG_JOIN_AND) && other_name_at(S, last, y)))
    return last;
  return known_from(S, y);
}

/* An enumeration closing the tail: ", Freedom and Neutrality", ", Tuberculosis and
 * Malaria" (items after commas, the last after "and"). Returns the new last word, or
 * last. */
static size_t enumeration(const en_sent *S, size_t last) {
  size_t k = last;
  for (int items = 0; items < 6 && k + 2 < S->n && between_is(S, k, ", "); items++) {
    size_t y = k + 1;
    if (any_joiner(S, y, DG_JOIN_AND) && dgn_adjacent(S->c->t, S->w, y)) {
      size_t e = item_run(S, y + 1); /* an Oxford comma: ", and Neutrality" */
      return items > 0 && e != NONE ? e : last;
    }
    size_t e = item_run(S, y);
    if (e == NONE) return last;
    if (e + 2 < S->n && dgn_adjacent(S->c->t, S->w, e) && any_joiner(S, e + 1, DG_JOIN_AND) &&
        dgn_adjacent(S->c->t, S->w, e + 1)) {
      size_t f = item_run(S, e + 2);
      return f != NONE ? f : last;
    }
    k = e;
  }
  return last;
}

/* After a party's name ending at p, the end of an acronym glossed right after it
 * (Association of Southeast Asian Nations (ASEAN)), or p. */
static uint32_t party_gloss(const dgn_ctx *c, uint32_t p, uint32_t end) {
  if (!dg_lit(c->t, end, p, " (")) return p;
  uint32_t q = p + 2;
  while (q < end && q < p + 14 && c->t[q] != ')') q++;
  return q < end && c->t[q] == ')' && dgn_is_acronym(c->t, p + 2, q) ? q + 1 : p;
}

/* A meeting's tail that ends with a known country or group goes on over the list of its
 * other parties, the last after "and", maybe each with the article or its acronym glossed:
 * the Meeting of the Foreign Ministers of ASEAN and Japan, Fiji and the Philippines; the
 * Summit of the Reef Nations (RN) and the Pacific Forum (PF). Near misses: a list with no
 * "and" item closing it (the Summit of ASEAN, Japan); an item that is no country or group
 * (the Summit of ASEAN and Reef Cooperation). Returns the list's last word, or last. */
static size_t party_list(const en_sent *S, size_t last, dg_type type) {
  dgn_ctx *c = S->c;
  const char *t = c->t;
  uint32_t end = S->end, p, done;
  if (type != DG_TYPE_MEETING || dgn_mention_ending(c, S->w[last].z, T(COUNTRY) | T(GROUP)) < 0)
    return last;
  done = S->w[last].z;
  p = party_gloss(c, done, end);
  for (int items = 0; items < 12; items++) {
    int and = 0;
    if (dg_lit(t, end, p, ", and ")) p += 6, and = 1;
    else if (dg_lit(t, end, p, " and ")) p += 5, and = 1;
    else if (dg_lit(t, end, p, ", ")) p += 2;
    else break;
    if (dg_lit(t, end, p, "the ")) p += 4;
    long m = dgn_mention_starting(c, p, T(COUNTRY) | T(GROUP));
    if (m < 0) break;
    if (and) done = c->d->ments[m].end; /* the last party's gloss is no part of the name */
    p = party_gloss(c, c->d->ments[m].end, end);
  }
  for (size_t k = last; k < S->n && S->w[k].a < done; k++)
    if (S->w[k].z == done) return k;
  return last;
}

/* Is w[k] a head word of this type? */
static int head_of_type(const en_sent *S, size_t k, dg_type type) {
  long h = dg_wordlist_at(&S->c->r->heads, S->c->t, S->end, S->w[k].a);
  return h >= 0 && S->c->r->heads.w[h].as.head.type == type &&
         dgn_is_head_word(S->c, &S->w[k], S->end);
}

typedef struct {
  uint32_t end;
} meeting_q;

static int q_meeting_end(const dg_mention *m, size_t i, void *arg) {
  (void)i;
  meeting_q *q = arg;
  if (m->type == DG_TYPE_MEETING && m->end > q->end) q->end = m->end;
  return 0;
}

/* Where the last meeting in w[a..b] ends (a known meeting or a meeting's head word), or 0
 * when there is none. */
static uint32_t meeting_end(const en_sent *S, size_t a, size_t b) {
  meeting_q q = {0};
  if (dgn_overlaps(S->c, S->w[a].a, S->w[b].z, T(MEETING))) {
    dgn_visit(S->c, S->w[a].a, q_meeting_end, &q);
    if (q.end > S->w[b].z) q.end = S->w[b].z;
  }
  for (size_t k = a; k <= b; k++)
    if (head_of_type(S, k, DG_TYPE_MEETING) && S->w[k].z > q.end) q.end = S->w[k].z;
  return q.end;
}

/* A tail that ends with a venue joiner and a known place or country says where, not what
 * (name_joiners.tsv, venue: the Forum on the Future of Asia | in Tokyo; venue_known: only
 * after a name a dictionary lists whole, the World Food Programme | to Myanmar, while the
 * Regional Policing Mission to Solomon Islands stays one name). A region is no venue (the
 * Treaty of Amity and Cooperation in Southeast Asia), nor is an organization's place its
 * post (the Embassy of Japan in Cambodia). Returns the new last word. */
static size_t venue_cut(const en_sent *S, size_t hx, size_t last, dg_type type) {
  for (size_t k = hx + 1; k < last && type != DG_TYPE_ORGANIZATION; k++) {
    size_t y = any_joiner(S, k + 1, DG_JOIN_ARTICLE) ? k + 2 : k + 1;
    if (y > last || dgn_mention_exact(S->c, S->w[y].a, S->w[last].z, T(PLACE) | T(COUNTRY)) < 0)
      continue;
    if (any_joiner(S, k, DG_JOIN_VENUE) ||
        (any_joiner(S, k, DG_JOIN_VENUE_KNOWN) &&
         dgn_mention_ending(S->c, S->w[k - 1].z, NAME_TYPES) >= 0))
      return k - 1;
  }
  return last;
}

/* Does a route go on after w[last]: a known place, a spaced dash and another place
 * (Construction of Metro City – Harbor Town Railway)? Near miss: a dash after a plain word
 * (Project for Roads – Phase Two). */
static int route_dash(const en_sent *S, size_t last) {
  const dgn_word *w = S->w;
  return between_is(S, last, " - ") && /* normalizing folds the en dash */
         dgn_mention_ending(S->c, w[last].z, T(PLACE)) >= 0 &&
         dgn_mention_starting(S->c, w[last + 1].a, T(PLACE)) >= 0;
}

/* Does a name's tail go on over a spaced dash after w[last] to a head word: capitalized
 * words on both sides, and the capitalized run after it (its words adjacent or spaced
 * dashes between) ending in a head word (the Summit of the Ayeyawady - Chao Phraya - Mekong
 * Economic Cooperation Strategy)? Near miss: no head at the run's end (Project for Roads -
 * Phase Two). */
static int spaced_dash(const en_sent *S, size_t last) {
  if (!between_is(S, last, " - ") || !cap_word(S, last)) return 0;
  size_t k = last + 1;
  if (!tail_word(S, k)) return 0;
  while (k + 1 < S->n && k - last < DGN_MAX_EN_WORDS && tail_word(S, k + 1) &&
         (dgn_adjacent(S->c->t, S->w, k) || between_is(S, k, " - ")))
    k++;
  return dgn_is_head_word(S->c, &S->w[k], S->end);
}

/* The number after a tail that ends with "No." or "Number" (the Bridges on the National
 * Road No. 9): its word, or last. */
static size_t numbered(const en_sent *S, size_t last) {
  const char *t = S->c->t;
  const dgn_word *w = &S->w[last];
  size_t l = w->z - w->a;
  if (last + 1 >= S->n || !((l == 2 && !memcmp(t + w->a, "No", 2)) ||
                            (l == 6 && !memcmp(t + w->a, "Number", 6))))
    return last;
  const dgn_word *v = &S->w[last + 1];
  uint32_t gap = v->a - w->z;
  if (gap > 2 || (gap == 2 && memcmp(t + w->z, ". ", 2)) || (gap == 1 && !strchr(". ", t[w->z])))
    return last;
  for (uint32_t i = v->a; i < v->z; i++)
    if (!dg_is_digit(t[i])) return last;
  return v->z - v->a <= 4 ? last + 1 : last;
}

/* Right of the head: the tail (Treaty of Amity and Cooperation in Southeast Asia). A
 * program's tail that ends with a meeting is the meeting's (Joint Statement | of the
 * Summit); one that goes on after the meeting is the program's title (Joint Statement of
 * the 23rd Summit on Maritime Safety). Returns the last word of the name. */
static size_t extend_right(const en_sent *S, size_t hx, dg_type type) {
  size_t last = tail_start(S, hx, type);
  if (last == hx) return hx;
  while (last + 1 < S->n && last - hx < DGN_MAX_EN_WORDS &&
         (dgn_adjacent(S->c->t, S->w, last) || route_dash(S, last) || spaced_dash(S, last))) {
    size_t next = tail_step(S, last, type);
    if (next == last) break;
    last = next;
  }
  last = venue_cut(S, hx, party_list(S, enumeration(S, numbered(S, last)), type), type);
  uint32_t me = type == DG_TYPE_PROGRAM ? meeting_end(S, hx + 1, last) : 0;
  return me && me >= S->w[last].z ? hx : last;
}

/* Is the name starting at w[first] the meeting inside a program's title, after "<head>
 * of the" (the Joint Statement of the | 23rd Summit on ...)? Its tail is the title's. */
static int meeting_in_title(const en_sent *S, size_t first) {
  return first >= 3 && any_joiner(S, first - 1, DG_JOIN_ARTICLE) &&
         any_joiner(S, first - 2, DG_JOIN_AFTER) && head_of_type(S, first - 3, DG_TYPE_PROGRAM);
}

/* Is w[q] a year or a span of years alone (2004, 2004-05, 2004/05)? */
static int years_word(const en_sent *S, size_t q) {
  for (uint32_t k = S->w[q].a; k < S->w[q].z; k++)
    if (!dg_is_digit(S->c->t[k]) && S->c->t[k] != '-' && S->c->t[k] != '/') return 0;
  return S->w[q].z - S->w[q].a >= 4;
}

/* Does s open with a year's first two digits, 19 or 20? */
static int in_years(const char *s) {
  return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0');
}

/* Is w[k] a span of years, 1900-2099 (2019-2022, 2021-25)? */
static int year_range_word(const en_sent *S, size_t k) {
  const char *s = S->c->t + S->w[k].a;
  size_t l = S->w[k].z - S->w[k].a;
  if ((l != 9 && l != 7) || s[4] != '-' || !years_word(S, k)) return 0;
  return in_years(s);
}

/* Is w[k] a year, 1900-2099, written alone: four digits (2035)? */
static int year_word(const en_sent *S, size_t k) {
  const char *s = S->c->t + S->w[k].a;
  return S->w[k].z - S->w[k].a == 4 && dg_is_digit(s[0]) && dg_is_digit(s[1]) &&
         dg_is_digit(s[2]) && dg_is_digit(s[3]) && in_years(s);
}

/* After a program, the years it runs, written with a word (the Action Plan for 2017-2020,
 * for 2011 to 2015; the Strategy until 2035): the last word of those years, or last. Near
 * misses: a single year after "for" (the Fund for 2020: what a sum is for), words between. */
static size_t span_after(const en_sent *S, size_t last) {
  size_t y = last + 2;
  if (y >= S->n || !dgn_adjacent(S->c->t, S->w, last) || !dgn_adjacent(S->c->t, S->w, last + 1))
    return last;
  if (word_is(S, last + 1, "until")) return year_word(S, y) ? y : last;
  if (!word_is(S, last + 1, "for")) return last;
  if (year_range_word(S, y)) return y;
  return year_word(S, y) && y + 2 < S->n && word_is(S, y + 1, "to") && year_word(S, y + 2) &&
                 dgn_adjacent(S->c->t, S->w, y) && dgn_adjacent(S->c->t, S->w, y + 1)
             ? y + 2
             : last;
}

/* A version or year right after the name, that is no value: Action Agenda 2.0, Master
 * Plan 2025, Work Plan IV; after a program, the span of years it runs (Plan of Action
 * 2019-2022; for 2017-2020: span_after), though read as a date, which gives way. Returns
 * the new last word. */
static size_t take_version(const en_sent *S, size_t last, dg_type type) {
  size_t span = type == DG_TYPE_PROGRAM ? span_after(S, last) : last;
  if (span != last) return span;
  if (last + 1 >= S->n || !dgn_adjacent(S->c->t, S->w, last)) return last;
  const dgn_word *v = &S->w[last + 1];
  const char *s = S->c->t + v->a;
  size_t l = v->z - v->a;
  if (roman_word(S, last + 1)) return last + 1;
  if (type == DG_TYPE_PROGRAM && year_range_word(S, last + 1)) return last + 1;
  if (dg_is_digit(s[0]) && (memchr(s, '.', l) || (l == 4 && s[0] <= '2')) &&
      !dgn_overlaps(S->c, v->a, v->z, VALUES))
    return last + 1;
  return last;
}

/* The name around the head w[x..hx], as words [*first, *last]; 0 when the head stands
 * alone. A section number before it (2.1 Japan-ASEAN Maritime Fund) is left out. */
/* Does the name that starts at w[first] follow a title and "for" with no article (High
 * Representative for | Foreign Affairs and Security Policy): the post's portfolio, no
 * name of its own? */
static int portfolio(const en_sent *S, size_t first) {
  if (first < 2) return 0;
  const dgn_word *w = &S->w[first - 1];
  return w->z - w->a == 3 && !memcmp(S->c->t + w->a, "for", 3) &&
         dgn_adjacent(S->c->t, S->w, first - 1) && dgn_adjacent(S->c->t, S->w, first - 2) &&
         title_ends_at(S, first - 2);
}

/* Is the body named w[first..hx] one counted by an ordinal, a session (the 2nd Joint
 * Working Group: session_bodies.tsv, names_record.c), whose venue is no part of it? */
static int numbered_body(const en_sent *S, size_t first, size_t hx, dg_type type) {
  return type == DG_TYPE_ORGANIZATION && is_ordinal_word(S, first) &&
         dg_wordlist_find(&S->c->r->session_bodies, S->c->t + S->w[hx].a,
                          S->w[hx].z - S->w[hx].a) >= 0;
}

static int head_at(const en_sent *S, size_t x, size_t *hx, dg_type *type);
static int name_goes_on(const en_sent *S, size_t hx);

/* A meeting named by its head word alone, then "of the" and a body whose name opens with
 * a head word of its own and has a tail: the body's name is the meeting's tail (the 21st
 * Meeting of the Council of Heads of Government of the Reef Organisation; the Summit of
 * the Conference on Ocean Trust). Near misses: a body named by its head alone (the
 * Meeting of the Council), another joiner (the Summit for the Council of ...). Returns
 * the body's last word, or hx. */
static size_t body_tail(const en_sent *S, size_t hx) {
  const char *t = S->c->t;
  size_t j = hx + 1, y = hx + 3, hy;
  dg_type ty;
  if (y >= S->n || !dgn_adjacent(t, S->w, hx) || !dgn_adjacent(t, S->w, j) ||
      !dgn_adjacent(t, S->w, j + 1) || !word_is(S, j, "of") ||
      !any_joiner(S, j + 1, DG_JOIN_ARTICLE) || !head_at(S, y, &hy, &ty) || name_goes_on(S, hy))
    return hx;
  size_t last = extend_right(S, hy, ty);
  return last > hy ? party_list(S, last, DG_TYPE_MEETING) : hx;
}

/* The last word of a meeting named inside a program's title (see meeting_in_title): a
 * tail of "of" and a body's name, no other word in lower case than of, the and and, is
 * the meeting's (Joint Statement of the 12th Foreign Ministers Meeting of the Mekong-Ganga
 * Cooperation); any other tail is the title's (the 23rd Summit | on Maritime Safety): hx. */
static size_t title_meeting_end(const en_sent *S, size_t hx, dg_type type) {
  if (!word_is(S, hx + 1, "of")) return hx;
  size_t last = extend_right(S, hx, type);
  for (size_t k = hx + 1; k <= last; k++)
    if (dg_is_lower(S->c->t[S->w[k].a]) && !word_is(S, k, "of") && !word_is(S, k, "the") &&
        !word_is(S, k, "and"))
      return hx;
  return last;
}

static int name_span(const en_sent *S, size_t x, size_t hx, dg_type type, size_t *first,
                     size_t *last) {
  *first = extend_left(S, x, hx);
  if (portfolio(S, *first)) return 0;
  *last = type == DG_TYPE_MEETING && meeting_in_title(S, *first) ? title_meeting_end(S, hx, type)
                                                                : extend_right(S, hx, type);
  if (type == DG_TYPE_MEETING && *last == hx &&
      (*first == x || (*first + 1 == x && is_ordinal_word(S, *first))))
    *last = body_tail(S, hx);
  if (numbered_body(S, *first, hx, type)) /* the 2nd Joint Working Group on X | in Bangkok */
    *last = venue_cut(S, hx, *last, DG_TYPE_MEETING);
  size_t unversioned = *last;
  *last = take_version(S, *last, type);
  if (*first == x && unversioned == hx && *last > hx && roman_word(S, *last))
    return 0; /* a head and a Roman numeral alone: a part of a text (Annex II, Plan IV) */
  while (*first < x && dg_is_digit(S->c->t[S->w[*first].a]) && !is_ordinal_word(S, *first) &&
         memchr(S->c->t + S->w[*first].a, '.', S->w[*first].z - S->w[*first].a))
    (*first)++;
  return !(*first == x && *last == hx);
}

/* Is w[first..last] all that stands between quote marks ('Pacific Plan', "Blue Pacific")? */
static int quoted(const en_sent *S, size_t first, size_t last) {
  const char *t = S->c->t;
  uint32_t a = S->w[first].a, z = S->w[last].z;
  return a >= 1 && z < S->end && (t[a - 1] == '\'' || t[a - 1] == '"') && t[z] == t[a - 1];
}

/* Two plain words (Master Plan, Economic Partnership) are too generic to be a name: a name
 * has a known name, an acronym or a number in it (two capitals or digits in a word), or
 * three words or more, or quote marks around it. In a name written all in capitals
 * (PRESS OFFICE) capitals say nothing; a year before a head says which one, not what (the
 * 2004-05 Budget figure). */
static int specific(const en_sent *S, size_t first, size_t last) {
  if (dgn_overlaps(S->c, S->w[first].a, S->w[last].z, ANY_NAMED)) return 1;
  if (last - first + 1 >= 3 || quoted(S, first, last)) return 1;
  int all_caps = 1;
  for (size_t q = first; q <= last; q++) all_caps &= !has_lower(S, q);
  for (size_t q = first; q <= last && !all_caps; q++) {
    int caps = 0;
    if (years_word(S, q)) continue;
    for (uint32_t k = S->w[q].a; k < S->w[q].z; k++)
      caps += dg_is_upper(S->c->t[k]) || dg_is_digit(S->c->t[k]);
    if (caps >= 2) return 1;
  }
  return 0;
}

/* Is the name t[a, z) written somewhere in running text in Title Case right after a word
 * in lower case (the inaugural Reef Meeting): a proper name, not only a line's
 * heading (Press Conference by ..., Opening Session)? */
static int proper_in_text(const dgn_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->t;
  uint32_t n = z - a;
  for (uint32_t i = 2; i + n <= c->len; i++) {
    if (t[i] != t[a] || !dg_is_lower(t[i - 2]) || t[i - 1] != ' ' || !dg_is_lower(t[i + 1]) ||
        strncasecmp(t + i, t + a, n) || (i + n < c->len && dg_is_ascii_alnum((unsigned char)t[i + n])))
      continue;
    return 1;
  }
  return 0;
}

/* Does the meeting name w[first..last] open the document's meetings: no meeting is named
 * before it, but maybe this one in another case (REEF MEETING IN SUVA, then the
 * inaugural Reef Meeting)? Then two plain words (the Reef Meeting) name it: a
 * generic name that comes first refers back to nothing; after another meeting it may (the
 * Ministerial Meeting of the ASEAN Summit named before is no meeting of its own). The
 * document must use it as a proper name in its running text once (proper_in_text). A word
 * that is a head word itself (Ministerial) makes no such name. */
static int first_meeting(const en_sent *S, size_t first, size_t last) {
  const dgn_ctx *c = S->c;
  if (last != first + 1 || dgn_is_head_word(c, &S->w[first], S->end)) return 0;
  uint32_t a = S->w[first].a, z = S->w[last].z;
  const dg_mention *m = *S->first_meeting >= 0 ? &c->d->ments[*S->first_meeting] : NULL;
  if (m && m->type == DG_TYPE_MEETING && m->start < a)
    return m->end - m->start == z - a && !strncasecmp(c->t + m->start, c->t + a, z - a);
  return proper_in_text(c, a, z);
}

/* Is the meeting name w[first..last] two plain words after "the" that a participle places
 * or dates right after (the Coordination Meeting held in October 2015 in Bangkok; the
 * Preparatory Meeting took place on 3 May): a meeting of its own the text recalls or plans,
 * not a generic mention of its own meeting. A word that is a head word itself (the
 * Ministerial Meeting held in Manila) makes no such name, as for first_meeting. */
static int placed_after(const en_sent *S, size_t first, size_t last) {
  static const char *const PLACED[] = {" held in ", " held on ", " held at ", " took place in ",
                                       " took place on "};
  const char *t = S->c->t;
  uint32_t a = S->w[first].a, z = S->w[last].z;
  if (last != first + 1 || dgn_is_head_word(S->c, &S->w[first], S->end) || a < 4 ||
      strncasecmp(t + a - 4, "the ", 4))
    return 0;
  for (size_t k = 0; k < sizeof PLACED / sizeof *PLACED; k++)
    if (dg_lit(t, S->end, z, PLACED[k])) return 1;
  return 0;
}

/* Add the meeting placed_after names, its id the document's own (dgn_doc_scoped): two
 * generic words name another meeting in another document. */
static dg_err recalled_meeting(en_sent *S, size_t first, size_t last, dg_error *err) {
  dgn_ctx *c = S->c;
  uint32_t a = S->w[first].a, z = S->w[last].z;
  const char *id, *label, *stem = dgn_mint_id(c, DG_TYPE_MEETING, c->t + a, z - a);
  if (stem && !dgn_doc_scoped(c, stem, a, z, &id, &label) &&
      dgn_add(c, DG_TYPE_MEETING, a, z, id, label, label, -1, 0))
    return DG_OK;
  return dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* Keep *S->first_meeting on the meeting that starts first, after mentions [from, nments)
 * were added. */
static void note_meetings(const en_sent *S, size_t from) {
  const dg_doc *d = S->c->d;
  for (size_t i = from; i < d->nments; i++) {
    long f = *S->first_meeting;
    if (d->ments[i].type == DG_TYPE_MEETING &&
        (f < 0 || d->ments[f].type != DG_TYPE_MEETING || d->ments[i].start < d->ments[f].start))
      *S->first_meeting = (long)i;
  }
}

/* Where w[k] ends without a possessive 's (the Agency's loan: Agency). */
static uint32_t possessive_end(const en_sent *S, size_t k) {
  const char *t = S->c->t;
  uint32_t z = S->w[k].z;
  return z - S->w[k].a > 3 && t[z - 1] == 's' && t[z - 2] == '\'' ? z - 2 : z;
}

/* Is the word after w[y] a noun of meeting_roles.tsv in lower case, one space between
 * (Ministerial counterparts, Summit participants): the word before it is an adjective? */
static int role_after(const en_sent *S, size_t y) {
  const char *t = S->c->t;
  if (y + 1 >= S->n || !dgn_adjacent(t, S->w, y) || !dg_is_lower(t[S->w[y + 1].a])) return 0;
  return dg_wordlist_find(&S->c->r->meeting_roles, t + S->w[y + 1].a,
                          S->w[y + 1].z - S->w[y + 1].a) >= 0;
}

/* A head word (heads.tsv) that starts at the capitalized word w[x] and ends a word, or
 * its possessive ("Fund", "Fund's", not "Fundamental"): 1, its type and *hx its last word.
 * A meeting's head before a noun of its members (Ministerial counterparts) is none. */
static int head_at(const en_sent *S, size_t x, size_t *hx, dg_type *type) {
  const dgn_ctx *c = S->c;
  if (!dg_is_upper(c->t[S->w[x].a])) return 0;
  long h = dg_wordlist_at(&c->r->heads, c->t, S->end, S->w[x].a);
  if (h < 0) return 0;
  uint32_t hend = S->w[x].a + c->r->heads.w[h].len;
  size_t y = x;
  while (y < S->n && S->w[y].z < hend) y++;
  if (y >= S->n || (S->w[y].z != hend && possessive_end(S, y) != hend)) return 0;
  *hx = y;
  *type = c->r->heads.w[h].as.head.type;
  return *type != DG_TYPE_MEETING || !role_after(S, y);
}

/* Does a head word start in the run of capitalized words right after w[hx] (Cooperation
 * Forum after Coast Guard), within HEAD_REACH words? */
#define HEAD_REACH 6
static int head_later(const en_sent *S, size_t hx) {
  size_t h;
  dg_type type;
  for (size_t k = hx + 1; k < S->n && k <= hx + HEAD_REACH && cap_word(S, k); k++) {
    if (head_at(S, k, &h, &type)) return 1;
    if (!dgn_adjacent(S->c->t, S->w, k)) return 0;
  }
  return 0;
}

/* Does the name go on after the head w[hx] with another capitalized word ("Coast Guard
 * Cooperation Forum": its last head decides)? After an organization's head only towards
 * another head: capitalized words with none are another name (the Collective Security
 * Treaty Organisation Jane Doe: the body, then its officer); a meeting's head goes on
 * (ASEAN Dialogue Partners: no meeting). A Roman numeral is a version. */
static int name_goes_on(const en_sent *S, size_t hx) {
  if (!(hx + 1 < S->n && dgn_adjacent(S->c->t, S->w, hx) && cap_word(S, hx + 1) &&
        !dg_is_digit(S->c->t[S->w[hx + 1].a]) && !roman_word(S, hx + 1)))
    return 0;
  size_t h = NONE, lo = hx >= 3 ? hx - 3 : 0; /* a head is at most four words */
  dg_type type = DG_TYPE_MEETING;
  for (size_t x = hx + 1; x > lo && h != hx;)
    if (!head_at(S, --x, &h, &type)) h = NONE;
  return h != hx || type != DG_TYPE_ORGANIZATION || head_later(S, hx);
}

/* Does a known name (no person) hold the head w[x..hx] and go on after it (Association
 * in Association of Southeast Asian Nations, Bank in Japan Bank for International
 * Cooperation)? The head is that name's; but a meeting inside a program's title is a
 * name of its own (the Joint Statement of the Reef Summit on Coral Care: Reef Summit). */
typedef struct {
  uint32_t a, z;
  dg_type type; /* the head's */
} span_q;

static int q_holds(const dg_mention *m, size_t i, void *arg) {
  const span_q *q = arg;
  (void)i;
  if (m->type == DG_TYPE_PROGRAM && q->type == DG_TYPE_MEETING) return 0;
  return ((ANY_NAMED & ~T(PERSON)) >> m->type & 1) && m->start <= q->a && m->end > q->z;
}

static int head_inside_known(const en_sent *S, size_t x, size_t hx, dg_type type) {
  span_q q = {S->w[x].a, S->w[hx].z, type};
  return dgn_visit(S->c, q.a, q_holds, &q);
}

/* Is an organization's name known around [a, z) (Defense Policy in the Bureau of Defense
 * Policy: a program head ending a body's name names no program of its own)? */
static int q_in_body(const dg_mention *m, size_t i, void *arg) {
  const span_q *q = arg;
  (void)i;
  return m->type == DG_TYPE_ORGANIZATION && m->start < q->a && m->end >= q->z;
}

static int program_in_body(const en_sent *S, size_t first, size_t last, dg_type type) {
  span_q q = {S->w[first].a, S->w[last].z, type};
  return type == DG_TYPE_PROGRAM && dgn_visit(S->c, q.a, q_in_body, &q);
}

/* Is the sentence a headline: at least three words, no closing stop, and every word of
 * four letters or more capitalized (Prime Minister To Attend ...)? */
static int is_headline(const dgn_ctx *c, const dg_sentence *s, const dgn_word *w, size_t n) {
  uint32_t e = s->end;
  while (e > s->start && (c->t[e - 1] == ' ' || c->t[e - 1] == '\n')) e--;
  if (n < 3 || (e > s->start && (c->t[e - 1] == '.' || c->t[e - 1] == ';'))) return 0;
  for (size_t k = 0; k < n; k++)
    if (w[k].z - w[k].a >= 4 && dg_is_lower(c->t[w[k].a])) return 0;
  return 1;
}

/* A document symbol: capitals or digits in three parts or more between slashes, the
 * first a capital, a digit in the last (A/RES/77/248, S/RES/2231). Returns its end, or
 * i. */
static uint32_t symbol_end(const char *t, uint32_t i, uint32_t z) {
  uint32_t k = i, parts = 0;
  int digit = 0;
  if (i >= z || !dg_is_upper(t[i])) return i;
  while (k < z) {
    uint32_t p = k;
    digit = 0;
    while (k < z && (dg_is_upper(t[k]) || dg_is_digit(t[k]))) digit |= dg_is_digit(t[k++]);
    if (k == p) return i;
    parts++;
    if (k >= z || t[k] != '/' || k + 1 >= z || !dg_is_ascii_alnum((unsigned char)t[k + 1])) break;
    k++;
  }
  return parts >= 3 && digit && !dg_alnum_at(t, z, k) ? k : i;
}

/* A meeting's name whose tail states a purpose (a `purpose` joiner and no place after it:
 * Global Online Forum to Counter Extremism) names a standing body: an organization. */
static dg_type purpose_type(const en_sent *S, size_t hx, size_t last, dg_type type) {
  size_t j = tail_joiner(S, hx);
  if (type != DG_TYPE_MEETING || last == hx || j == NONE || j + 1 >= S->n ||
      !any_joiner(S, j, DG_JOIN_PURPOSE))
    return type;
  return dgn_overlaps(S->c, S->w[j + 1].a, S->w[j + 1].z, PLACE_LIKE) ? type
                                                                     : DG_TYPE_ORGANIZATION;
}

/* A body's name that runs on to a meeting's head as its last word names the meeting: the
 * Council of Ministers Meeting (found from Council), not the Council. */
static dg_type last_head_type(const en_sent *S, size_t hx, size_t last, dg_type type) {
  size_t lx;
  dg_type lt;
  if (type != DG_TYPE_ORGANIZATION || last <= hx || !head_at(S, last, &lx, &lt) || lx != last)
    return type;
  return lt == DG_TYPE_MEETING ? lt : type;
}

/* A capitalized head of group_heads.tsv at w[x] right after words of countries and groups,
 * one group at least, and no more capitalized words: Mekong-Japan Cooperation, not
 * Japan-U.S. Cooperation. */
static dg_err group_name_at(en_sent *S, size_t x, dg_error *err) {
  const dgn_word *w = S->w;
  long h = dg_wordlist_find(&S->c->r->group_heads, S->c->t + w[x].a, w[x].z - w[x].a);
  if (h < 0 || !dg_is_upper(S->c->t[w[x].a]) || name_goes_on(S, x)) return DG_OK;
  size_t first = x;
  int groups = 0;
  while (first > 0 && dgn_adjacent(S->c->t, w, first - 1) && cap_word(S, first - 1) &&
         dgn_overlaps(S->c, w[first - 1].a, w[first - 1].z, T(COUNTRY) | T(GROUP))) {
    groups += dgn_overlaps(S->c, w[first - 1].a, w[first - 1].z, T(GROUP));
    first--;
  }
  if (!groups) return DG_OK;
  return dgn_record_name(S->c, S->c->r->group_heads.w[h].as.head.type, w[first].a, w[x].z, err);
}

/* A Title Case name glossed with its acronym and typed by a head word in lower case after
 * it: "the Australian Youth Ambassadors for Development (AYAD) programme", "the Pacific
 * Labour Mobility (PLM) scheme"? The head must be one of heads.tsv written all in lower
 * case, right after ") ". Returns 1 with the name's last word (w[x]) and its type. */
static int lower_head_after_gloss(const en_sent *S, size_t x, dg_type *type) {
  const dgn_ctx *c = S->c;
  const char *t = c->t;
  uint32_t p = S->w[x].z;
  if (x + 2 >= S->n || !between_is(S, x, " (") || !between_is(S, x + 1, ") ") ||
      !dgn_is_acronym(t, S->w[x + 1].a, S->w[x + 1].z) || !cap_word(S, x))
    return 0;
  const dgn_word *h = &S->w[x + 2];
  for (uint32_t i = h->a; i < h->z; i++)
    if (!dg_is_lower(t[i])) return 0;
  long w = dg_wordlist_find(&c->r->heads, t + h->a, h->z - h->a);
  if (w < 0 || p >= h->a) return 0;
  *type = c->r->heads.w[w].as.head.type;
  return *type == DG_TYPE_PROGRAM || *type == DG_TYPE_ORGANIZATION || *type == DG_TYPE_MEETING;
}

/* The names lower_head_after_gloss finds: three words or more before the gloss, no known
 * organization, program, meeting or person among them (a country may be: Australian). */
static dg_err glossed_lower_heads(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t x = 0; x + 2 < S->n && e == DG_OK; x++) {
    dg_type type;
    if (!lower_head_after_gloss(S, x, &type)) continue;
    size_t first = extend_left(S, x, x);
    if (x - first >= 2 && !dgn_overlaps(S->c, S->w[first].a, S->w[x].z, NAME_TYPES | T(PERSON)))
      e = dgn_record_name(S->c, type, S->w[first].a, S->w[x].z, err);
  }
  return e;
}

/* Is w[k] right after a person's possessive (his second ministers' meeting)? */
static int after_personal(const en_sent *S, size_t k) {
  if (k == 0) return 0;
  const dgn_word *o = &S->w[k - 1];
  return dgn_adjacent(S->c->t, S->w, k - 1) &&
         dg_wordlist_find(&S->c->r->personal_possessives, S->c->t + o->a, o->z - o->a) >= 0;
}

/* A meeting's name goes left over an ordinal written in lower case (the third Mekong-Korea
 * Ministerial Meeting), as over "3rd", unless a person's possessive owns it (his second
 * ...): the new first word. */
static size_t lower_ordinal_before(const en_sent *S, size_t first, dg_type type) {
  size_t k = first - 1;
  if (type != DG_TYPE_MEETING || first == 0 || !dgn_adjacent(S->c->t, S->w, k) ||
      !dg_is_lower(S->c->t[S->w[k].a]) || !is_ordinal_word(S, k) || after_personal(S, k))
    return first;
  return k;
}

/* Is the meeting head at w[x] right after a word of press_words.tsv (PRESS CONFERENCE,
 * News Conference)? Such an event is held for the press, not by the parties: no meeting. */
static int press_event(const en_sent *S, size_t x, dg_type type) {
  if (type != DG_TYPE_MEETING || x == 0 || !dgn_adjacent(S->c->t, S->w, x - 1)) return 0;
  const dgn_word *p = &S->w[x - 1];
  return dg_wordlist_find(&S->c->r->press_words, S->c->t + p->a, p->z - p->a) >= 0;
}

/* Is the program w[first..last] only a kind of outcome document (outcome_documents.tsv:
 * Joint Press Communiqué)? No name of its own: names_outcome.c makes it the document's. */
static int kind_only(const en_sent *S, size_t first, size_t last, dg_type type) {
  const dg_wordlist *kinds = &S->c->r->outcome_documents;
  uint32_t a = S->w[first].a, z = S->w[last].z;
  long w = type == DG_TYPE_PROGRAM ? dg_wordlist_at(kinds, S->c->t, z, a) : -1;
  return w >= 0 && kinds->w[w].len == z - a;
}

static dg_err en_heads_words(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t x = 0; x < S->n && e == DG_OK; x++) {
    size_t hx, first, last;
    dg_type type;
    e = group_name_at(S, x, err);
    if (!head_at(S, x, &hx, &type) || name_goes_on(S, hx)) continue;
    if (press_event(S, x, type)) {
      x = hx;
      continue;
    }
    if (head_inside_known(S, x, hx, type) || !name_span(S, x, hx, type, &first, &last)) continue;
    if (program_in_body(S, first, last, type) || kind_only(S, first, last, type)) continue;
    first = lower_ordinal_before(S, first, type);
    size_t before = S->c->d->nments;
    if (specific(S, first, last) || (type == DG_TYPE_MEETING && first_meeting(S, first, last)))
      e = dgn_record_name(S->c, last_head_type(S, hx, last, purpose_type(S, hx, last, type)),
                          S->w[first].a,
                          possessive_end(S, last), err);
    else if (type == DG_TYPE_MEETING && placed_after(S, first, last))
      e = recalled_meeting(S, first, last, err);
    note_meetings(S, before);
    x = hx;
  }
  return e;
}

/* A document symbol names a resolution with the capitalized words right before it:
 * Security Council Resolution S/RES/2999, or alone: (A/RES/12/345). */
static dg_err symbols_words(en_sent *S, const dg_sentence *s, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t k = 0; k < S->n && e == DG_OK; k++) {
    uint32_t a = S->w[k].a;
    if (a > s->start && (S->c->t[a - 1] == '/' || dg_is_ascii_alnum((unsigned char)S->c->t[a - 1])))
      continue;
    uint32_t z = symbol_end(S->c->t, a, s->end);
    if (z == a) continue;
    size_t first = k;
    while (first > 0 && k - first < DGN_MAX_EN_WORDS && dgn_adjacent(S->c->t, S->w, first - 1) &&
           cap_word(S, first - 1) && !possessive_owner(S, first - 1))
      first--;
    e = dgn_record_name(S->c, DG_TYPE_PROGRAM, S->w[first].a, z, err);
    while (k + 1 < S->n && S->w[k + 1].a < z) k++;
  }
  return e;
}

/* Is w[k] all digits? */
static int digits_word(const en_sent *S, size_t k) {
  for (uint32_t i = S->w[k].a; i < S->w[k].z; i++)
    if (!dg_is_digit(S->c->t[i])) return 0;
  return 1;
}

/* A format of numbers and a sign, "2+1", names a meeting with the capitalized words before
 * it, whatever the case of the meeting's head after it: the Mekong-Japan 2+2 meeting, the
 * Japan-Australia 2+2 Dialogue. */
static dg_err format_meetings(en_sent *S, dg_error *err) {
  const char *t = S->c->t;
  dg_err e = DG_OK;
  for (size_t k = 1; k + 2 < S->n && e == DG_OK; k++) {
    if (!digits_word(S, k) || !digits_word(S, k + 1) || !between_is(S, k, "+") ||
        !dgn_adjacent(t, S->w, k + 1) || !dgn_adjacent(t, S->w, k - 1))
      continue;
    long h = dg_wordlist_at(&S->c->r->heads, t, S->end, S->w[k + 2].a);
    if (h < 0 || S->c->r->heads.w[h].as.head.type != DG_TYPE_MEETING ||
        !dgn_is_head_word(S->c, &S->w[k + 2], S->end))
      continue;
    size_t first = k;
    while (first > 0 && dgn_adjacent(t, S->w, first - 1) && cap_word(S, first - 1) &&
           !digits_word(S, first - 1))
      first--;
    if (first < k) e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[first].a, S->w[k + 2].z, err);
  }
  return e;
}

/* A body of office-holders (body_heads.tsv: Ministers, Senior Officials) starting at the
 * capitalized word w[x] and ending a word: 1 and *hx its last word. */
static int body_head_at(const en_sent *S, size_t x, size_t *hx) {
  const dgn_ctx *c = S->c;
  if (!dg_is_upper(c->t[S->w[x].a])) return 0;
  long h = dg_wordlist_at(&c->r->body_heads, c->t, S->end, S->w[x].a);
  if (h < 0) return 0;
  uint32_t hend = S->w[x].a + c->r->body_heads.w[h].len;
  size_t y = x;
  while (y < S->n && S->w[y].z < hend) y++;
  if (y >= S->n || S->w[y].z != hend) return 0;
  *hx = y;
  return 1;
}

/* Is an acronym glossed right after w[last]: " (AMF)"? */
static int gloss_after(const en_sent *S, size_t last) {
  const char *t = S->c->t;
  return last + 1 < S->n && between_is(S, last, " (") &&
         dgn_is_acronym(t, S->w[last + 1].a, S->w[last + 1].z) && S->w[last + 1].z < S->end &&
         t[S->w[last + 1].z] == ')';
}

/* Is the acronym glossed after w[last] the initials of words of the body's tail,
 * w[hx + 1..last] (Ministers of Labour of ASEAN Member States (AMS): the States' acronym,
 * not the body's)? */
static int tail_gloss(const en_sent *S, size_t hx, size_t last) {
  const char *t = S->c->t;
  return last > hx && dgn_initials_of(t + S->w[hx + 1].a, S->w[last].z - S->w[hx + 1].a, t,
                                      S->w[last + 1].a, S->w[last + 1].z);
}

/* Does a head word of heads.tsv stand among w[a..b]? */
static int holds_head(const en_sent *S, size_t a, size_t b) {
  for (size_t k = a; k <= b && k < S->n; k++)
    if (dgn_is_head_word(S->c, &S->w[k], S->end)) return 1;
  return 0;
}

/* A body of office-holders with a tail names its meeting when an acronym is glossed after
 * it or an ordinal opens it: the 45th ASEAN Ministers on Fisheries (AMF), the ASEAN-Japan
 * Ministers of Energy (AJME). Not the body alone (ASEAN Ministers), nor a name whose tail
 * holds a head word (... Ministers of Energy Meeting is the head word's). */
static dg_err body_meetings(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t x = 0; x < S->n && e == DG_OK; x++) {
    size_t hx, last, first;
    if (!body_head_at(S, x, &hx) || name_goes_on(S, hx)) continue;
    last = extend_right(S, hx, DG_TYPE_MEETING);
    if (last == hx || holds_head(S, hx + 1, last)) continue;
    first = extend_left(S, x, hx);
    if (((!gloss_after(S, last) || tail_gloss(S, hx, last)) && !is_ordinal_word(S, first)) ||
        dgn_overlaps(S->c, S->w[first].a, S->w[last].z, NAME_TYPES))
      continue;
    e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[first].a, S->w[last].z, err);
    x = last;
  }
  return e;
}

/* Is w[k] a meeting's head written in lower case (meeting, summit)? */
static int lower_meeting_head(const en_sent *S, size_t k) {
  return dgn_lower_meeting_head(S->c, S->w[k].a, S->w[k].z);
}

/* An acronym no name holds and the document does not define, with "+N" after it (the
 * format of its parties: the body's members and N partners), before a meeting's head in
 * lower case, names a meeting: the AMF+3 meeting. A bare acronym (the SEAMEO meeting) may
 * be an organization's: the acronyms family decides. */
static dg_err acronym_meetings(en_sent *S, dg_error *err) {
  const char *t = S->c->t;
  dg_err e = DG_OK;
  for (size_t k = 0; k + 1 < S->n && e == DG_OK; k++) {
    uint32_t a = S->w[k].a, z = S->w[k].z;
    size_t h = k + 1;
    if (!dgn_is_acronym(t, a, z)) continue;
    if (h + 1 >= S->n || !between_is(S, k, "+") || !digits_word(S, h)) continue;
    z = S->w[h++].z;
    if (!dgn_adjacent(t, S->w, h - 1) || !lower_meeting_head(S, h) ||
        dgn_overlaps(S->c, a, z, ANY_NAMED) || dgn_defined_acronym(S->c, a, z))
      continue;
    e = dgn_record_name(S->c, DG_TYPE_MEETING, a, z, err);
    k = h;
  }
  return e;
}

/* Is w[k] in lower-case letters only? */
static int lower_word(const en_sent *S, size_t k) {
  for (uint32_t i = S->w[k].a; i < S->w[k].z; i++)
    if (!dg_is_lower(S->c->t[i])) return 0;
  return 1;
}

/* A quote mark (' or ") at t[q] that opens a quote: at the sentence's start or after a
 * space or an opening parenthesis, not an apostrophe (the ministers' meeting). */
static int quote_opens(const en_sent *S, uint32_t q, char mark) {
  const char *t = S->c->t;
  return t[q] == mark && (q == 0 || t[q - 1] == ' ' || t[q - 1] == '(' || t[q - 1] == '\n');
}

/* Two to four words in lower case between quote marks, the last a meeting's head, name a
 * meeting: an 'informal consultation', the "informal meeting". Near misses: the head
 * alone ('meeting'), a word in capitals or a name inside (the head-word rule's). */
static dg_err quoted_lower_meetings(en_sent *S, dg_error *err) {
  const char *t = S->c->t;
  dg_err e = DG_OK;
  for (size_t k = 1; k < S->n && e == DG_OK; k++) {
    uint32_t z = S->w[k].z;
    if (z >= S->end || (t[z] != '\'' && t[z] != '"') || !lower_meeting_head(S, k)) continue;
    size_t f = k;
    while (f > 0 && k - f < 3 && dgn_adjacent(t, S->w, f - 1) && lower_word(S, f - 1)) f--;
    while (f < k && !(S->w[f].a > 0 && quote_opens(S, S->w[f].a - 1, t[z]))) f++;
    if (f == k || dgn_overlaps(S->c, S->w[f].a, z, ANY_NAMED)) continue;
    e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[f].a, z, err);
  }
  return e;
}

/* ---- an ordinal and a meeting written in lower case ---- */

/* Is w[k] in `l` whatever its case, after dropping a possessive apostrophe (ministers',
 * Leaders'); for a body of two words (Senior Officials), its last word? */
static int any_case_in(const en_sent *S, const dg_wordlist *l, size_t k) {
  const char *t = S->c->t;
  uint32_t a = S->w[k].a, z = S->w[k].z;
  if (z - a > 1 && t[z - 1] == '\'') z--;
  for (size_t i = 0; i < l->n; i++) {
    const char *sp = strrchr(l->w[i].s, ' '), *last = sp ? sp + 1 : l->w[i].s;
    if (strlen(last) == z - a && !strncasecmp(last, t + a, z - a)) return 1;
  }
  return 0;
}

/* May w[x] and w[x+1] stand together in such a name: spaces between, an acronym glossed
 * in parentheses (Lancang-Mekong Cooperation (MLC) leaders'), or a closing apostrophe
 * after a body (ministers’ meeting)? */
static int lower_gap(const en_sent *S, size_t x) {
  const char *t = S->c->t;
  if (dgn_adjacent(t, S->w, x)) return 1;
  if (between_is(S, x, " (")) return x + 2 < S->n && between_is(S, x + 1, ") ");
  if (between_is(S, x, ") ")) return x > 0 && between_is(S, x - 1, " (");
  uint32_t i = S->w[x].z;
  if (!dg_lit(t, S->end, i, "\xE2\x80\x99")) return 0; /* ’ */
  for (i += 3; i < S->w[x + 1].a; i++)
    if (t[i] != ' ') return 0;
  return 1;
}

/* After the ordinal w[k]: capitalized words or acronyms (*named), portfolio words in any
 * case (foreign, Economic), then a body of office-holders (ministers', Leaders',
 * ministerial: a head itself, but not before another) right before a meeting's head in
 * lower case (meeting); after a name, a body that is a head itself alone (the 2nd
 * Andes-EU Partnership (AEP) ministerial). Returns the head's index, or NONE. */
static size_t lower_meeting_after(const en_sent *S, size_t k, int *named) {
  const dg_rules *r = S->c->r;
  *named = 0;
  for (size_t j = k + 1; j < S->n && j <= k + 8; j++) {
    if (!lower_gap(S, j - 1)) return NONE;
    int body = any_case_in(S, &r->body_heads, j);
    if (lower_meeting_head(S, j) && !(body && j + 1 < S->n && lower_meeting_head(S, j + 1)))
      return j > k + 1 && (any_case_in(S, &r->body_heads, j - 1) || (body && *named)) ? j : NONE;
    if (body || any_case_in(S, &r->portfolios, j)) continue;
    if (!cap_word(S, j) || is_ordinal_word(S, j)) return NONE;
    *named = 1;
  }
  return NONE;
}

/* " of (the) " and a known meeting or group right after the head w[h] ("the 8th
 * foreign ministers' meeting of the "Central Asia plus Japan" Dialogue"): where that name
 * ends, or 0. */
static uint32_t of_known_end(const en_sent *S, size_t h) {
  dgn_ctx *c = S->c;
  uint32_t p = S->w[h].z;
  if (!dg_lit(c->t, S->end, p, " of ")) return 0;
  p += 4;
  if (dg_lit(c->t, S->end, p, "the ")) p += 4;
  long m = dgn_mention_starting(c, p, T(MEETING) | T(GROUP));
  return m >= 0 ? c->d->ments[m].end : 0;
}

/* An ordinal, a name and a body's meeting in lower case name a meeting: the 2nd MLC
 * foreign ministers' meeting, the 3rd Lancang-Mekong cooperation Foreign Ministers
 * meeting. With no name between, only a known meeting or group after "of" names it (the
 * 8th foreign ministers' meeting of the ... Dialogue). Near misses: no ordinal (the MLC
 * foreign ministers' meeting), no body (the 2nd MLC meeting), other words between (the
 * 10th anniversary of the leaders' meeting). */
static dg_err ordinal_lower_meetings(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t k = 0; k + 2 < S->n && e == DG_OK; k++) {
    int named;
    if (!is_ordinal_word(S, k) || after_personal(S, k)) continue;
    size_t h = lower_meeting_after(S, k, &named);
    if (h == NONE) continue;
    uint32_t z = named ? S->w[h].z : of_known_end(S, h);
    if (z && !dgn_overlaps(S->c, S->w[k].a, z, T(PERSON)))
      e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[k].a, z, err);
    k = h;
  }
  return e;
}

/* The index of the word that ends where the group starting at w[k] ends, or NONE. */
static size_t group_words_end(const en_sent *S, size_t k) {
  long m = dgn_mention_starting(S->c, S->w[k].a, T(GROUP));
  if (m < 0) return NONE;
  uint32_t z = S->c->d->ments[m].end;
  for (size_t j = k; j < S->n && S->w[j].a < z; j++)
    if (S->w[j].z == z) return j;
  return NONE;
}

/* A group, a body of its office-holders and a meeting's head in lower case name a meeting
 * with no ordinal either: the ASEAN leaders' summit, the PIF foreign ministers' retreat.
 * Near misses: no body (the ASEAN summit is the dictionary's or nothing), a country (the
 * Japan leaders' meeting), an ordinal before it (ordinal_lower_meetings). */
static dg_err group_lower_meetings(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t k = 0; k + 2 < S->n && e == DG_OK; k++) {
    size_t g = group_words_end(S, k);
    if (g == NONE || (k > 0 && is_ordinal_word(S, k - 1))) continue;
    int named;
    size_t h = lower_meeting_after(S, g, &named);
    if (h == NONE || h == g + 1 ||
        dgn_overlaps(S->c, S->w[k].a, S->w[h].z, NAME_TYPES | T(PERSON)))
      continue;
    e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[k].a, S->w[h].z, err);
    k = h;
  }
  return e;
}

/* A group and a meeting's head in lower case as the subject of " was held" name a
 * meeting (The Pacific Islands Forum meeting was held in Apia): the group's session.
 * Near misses: not held (the Forum meeting agreed), a body between (group_lower_meetings). */
static dg_err group_held_meetings(en_sent *S, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t k = 0; k + 1 < S->n && e == DG_OK; k++) {
    size_t g = group_words_end(S, k);
    if (g == NONE || g + 1 >= S->n || (k > 0 && is_ordinal_word(S, k - 1))) continue;
    size_t h = g + 1;
    if (!dgn_adjacent(S->c->t, S->w, g) || !lower_meeting_head(S, h) ||
        !(dg_lit(S->c->t, S->end, S->w[h].z, " was held ") ||
          dg_lit(S->c->t, S->end, S->w[h].z, " were held ")) ||
        dgn_overlaps(S->c, S->w[h].a, S->w[h].z, ANY_NAMED))
      continue;
    e = dgn_record_name(S->c, DG_TYPE_MEETING, S->w[k].a, S->w[h].z, err);
    k = h;
  }
  return e;
}

dg_err dgn_en_heads(dgn_ctx *c, dg_error *err) {
  dgn_word *w = malloc(MAX_SENTENCE_WORDS * sizeof *w);
  if (!w) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err e = DG_OK;
  long first = -1;
  en_sent D = {c, w, 0, 0, 0, &first};
  note_meetings(&D, 0);
  for (size_t si = 0; si < c->d->nsents && e == DG_OK; si++) {
    const dg_sentence *s = &c->d->sents[si];
    en_sent S = {c, w, 0, s->end, 0, &first};
    S.n = dgn_en_words(c->t, s->start, s->end, w, MAX_SENTENCE_WORDS);
    S.headline = is_headline(c, s, w, S.n);
    e = en_heads_words(&S, err);
    if (e == DG_OK) e = symbols_words(&S, s, err);
    if (e == DG_OK) e = format_meetings(&S, err);
    if (e == DG_OK) e = glossed_lower_heads(&S, err);
    if (e == DG_OK) e = body_meetings(&S, err);
    if (e == DG_OK) e = acronym_meetings(&S, err);
    if (e == DG_OK) e = quoted_lower_meetings(&S, err);
    if (e == DG_OK) e = ordinal_lower_meetings(&S, err);
    if (e == DG_OK) e = group_lower_meetings(&S, err);
    if (e == DG_OK) e = group_held_meetings(&S, err);
    if (e == DG_OK) e = dgn_title_talks_en(c, s, err);
  }
  free(w);
  return e;
}
