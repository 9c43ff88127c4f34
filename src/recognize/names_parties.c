/* English meetings named with a head in lower case. By their parties: "the Japan-Philippines
 * summit meeting", "the Australia-Fiji foreign ministers' meeting". The parties are known
 * countries or groups joined by hyphens, two at least (a party of several words too: the
 * Central Asia-China summit); then up to four words
 * in lower case, the last a meeting's head of heads.tsv (summit, meeting, talks, dialogue),
 * none a small word that opens another part (of, to, in, the: the X-Y cooperation | to the
 * summit level), the last no attribute of a noun of meeting_attributes.tsv after it (the
 * X-Y dialogue relations),
 * or up to three capitalized words and only heads in lower case after them (the Japan-Chile
 * Trade Ministers' meeting);
 * an ordinal right before the parties opens the name (the 8th ASEAN-Japan summit). By the
 * body that meets: "the third regular meeting of Pacific Trade Ministers", an ordinal, up to
 * two words in lower case, the head, "of" and a known organization or group (the 80th
 * session of the Economic and Social Commission for Asia and the Pacific), a known meeting
 * series (the 3rd meeting of the X Dialogue) or a run of capitalized words
 * (joined by "and", "of", "the" or "&"; the run may end in a known series: the 7th meeting
 * of the Foreign Ministers of the X Dialogue), the report style of communiqués; but an
 * ordinal session of a Summit (whole_heads.tsv) is a part of it, no name.
 * Invariant: the name is the parties' word and those words only, every word in between in
 * lower case (a letter, an apostrophe or a hyphen), or the ordinal to the body's last word;
 * no known name of a meeting, program or organization overlaps it, but for the known body
 * or series that meets, which stays a mention inside it. */
#include <string.h>
#include <strings.h>

#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 512
#define MAX_LOWER_WORDS 4
#define MAX_CAP_WORDS 3
/* A body's words after "of": the Foreign Ministers of the Central Asia Plus Japan Dialogue */
#define MAX_BODY_WORDS 10

/* Is w all lower-case letters, apostrophes and hyphens? */
static int lower_word(const dgn_ctx *c, const dgn_word *w) {
  for (uint32_t i = w->a; i < w->z; i++)
    if (!dg_is_lower(c->t[i]) && c->t[i] != '\'' && c->t[i] != '-') return 0;
  return w->z > w->a;
}

/* Is w a meeting's head of heads.tsv written in lower case (summit, meeting, talks)? */
static int lower_meeting_head(const dgn_ctx *c, const dgn_word *w) {
  return dgn_lower_meeting_head(c, w->a, w->z);
}

/* Are the words from w[k] two or more known countries or groups joined by hyphens, and
 * nothing else (Japan-Philippines, ASEAN-Japan; a party of several words: Central
 * Asia-China)? The index of their last word, or k - 1 when they are not. */
static size_t parties_words(dgn_ctx *c, const dgn_word *w, size_t n, size_t k) {
  uint32_t a = w[k].a;
  size_t j = k;
  int np = 0;
  for (;;) {
    long m = dgn_mention_starting(c, a, T(COUNTRY) | T(GROUP));
    if (m < 0) return k - 1;
    a = c->d->ments[m].end;
    while (j < n && w[j].z < a) j++;
    if (j >= n || a < w[j].a || (j > k && !dgn_adjacent(c->t, w, j - 1))) return k - 1;
    np++;
    if (a == w[j].z) return np >= 2 ? j : k - 1;
    if (c->t[a] != '-') return k - 1;
    a++;
  }
}

/* Does word w start with a capital letter? */
static int capitalized(const dgn_ctx *c, const dgn_word *w) { return dg_is_upper(c->t[w->a]); }

/* Is the head w[h] an attribute of a noun of meeting_attributes.tsv right after it (the
 * X-Y dialogue relations, the X-Y summit process): no meeting? */
static int head_attribute(const dgn_ctx *c, const dgn_word *w, size_t n, size_t h) {
  return h + 1 < n && dgn_adjacent(c->t, w, h) && lower_word(c, &w[h + 1]) &&
         dg_wordlist_find(&c->r->meeting_attributes, c->t + w[h + 1].a, w[h + 1].z - w[h + 1].a) >= 0;
}

/* The name that starts at the parties' word w[k]: its last word, or k when none. Up to
 * MAX_LOWER_WORDS words in lower case, the last a meeting's head (the Japan-Philippines
 * summit meeting); or up to MAX_CAP_WORDS capitalized words and then only heads in lower
 * case (the 4th Japan-Chile Trade Ministers' meeting), the last capitalized word no
 * meeting's head. */
static size_t party_meeting_end(const dgn_ctx *c, const dgn_word *w, size_t n, size_t k) {
  size_t last = k, j = k + 1;
  while (j < n && j - k <= MAX_CAP_WORDS && dgn_adjacent(c->t, w, j - 1) && capitalized(c, &w[j]))
    j++;
  if (j > k + 1) { /* a capitalized head is the head-word rule's: the Japan-Fiji Summit */
    long h = dg_wordlist_find(&c->r->heads, c->t + w[j - 1].a, w[j - 1].z - w[j - 1].a);
    if (h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING) return k;
    for (; j < n && dgn_adjacent(c->t, w, j - 1) && lower_meeting_head(c, &w[j]); j++) last = j;
    return last;
  }
  for (; j < n && j - k <= MAX_LOWER_WORDS && dgn_adjacent(c->t, w, j - 1) && lower_word(c, &w[j]);
       j++) {
    if (dgn_joiner(c, &w[j], DG_JOIN_AFTER | DG_JOIN_ARTICLE | DG_JOIN_VENUE))
      break; /* the X-Y cooperation | to the summit level: no meeting's words */
    if (lower_meeting_head(c, &w[j])) last = j;
  }
  return head_attribute(c, w, n, last) ? k : last;
}

/* Is w one of the small words that join a body's capitalized words (and, of, the, &)? */
static int body_joiner(const dgn_ctx *c, const dgn_word *w) {
  static const char *const joiners[] = {"and", "of", "the", "&"};
  for (size_t i = 0; i < sizeof joiners / sizeof *joiners; i++)
    if (w->z - w->a == strlen(joiners[i]) && !memcmp(c->t + w->a, joiners[i], w->z - w->a))
      return 1;
  return 0;
}

/* The last word of a known organization, group or meeting series that starts at w[b]
 * (maybe after "the"), the body that meets (the 80th session of the Economic
 * and Social Commission for Asia and the Pacific, the 3rd meeting of the X Dialogue), or 0
 * when none does. */
static size_t known_body_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t b) {
  if (b + 1 < n && w[b].z - w[b].a == 3 && !memcmp(c->t + w[b].a, "the", 3)) b++;
  long m = b < n ? dgn_mention_starting(c, w[b].a, T(MEETING)) : -1; /* Mekong-Japan Forum */
  if (m < 0 && b < n) m = dgn_mention_starting(c, w[b].a, T(ORGANIZATION) | T(GROUP));
  if (m < 0) return 0;
  for (size_t e = b; e < n && w[e].a < c->d->ments[m].end; e++)
    if (w[e].z == c->d->ments[m].end) return e;
  return 0;
}

/* The last word of a known meeting series that starts at w[b], small words and all (the
 * Central Asia plus Japan Dialogue), or b when none does. */
static size_t series_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t b) {
  long m = dgn_mention_starting(c, w[b].a, T(MEETING));
  if (m < 0) return b;
  for (size_t e = b; e < n && w[e].a < c->d->ments[m].end; e++)
    if (w[e].z == c->d->ments[m].end) return e;
  return b;
}

/* The name that starts at the ordinal w[k] (third, 3rd), up to MAX_LOWER_WORDS - 2 words in
 * lower case, a meeting's head, "of" and the body that meets (a known organization or
 * group, else capitalized words): its last word, or k when the words after the ordinal are
 * none of that; *body: where the body starts. */
static size_t body_meeting_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t k, size_t *body) {
  uint32_t after; /* a word ordinal is read with the space after it (Third |regular) */
  if (k + 1 >= n || dgn_ordinal_prefix(c, w[k].a, w[k + 1].z, &after) <= 0 ||
      (after != w[k].z && after != w[k].z + 1))
    return k;
  size_t j = k + 1;
  while (j < n && j - k <= MAX_LOWER_WORDS - 1 && dgn_adjacent(c->t, w, j - 1) &&
         lower_word(c, &w[j]) && !lower_meeting_head(c, &w[j]))
    j++;
  if (j >= n || !dgn_adjacent(c->t, w, j - 1) || !lower_meeting_head(c, &w[j])) return k;
  size_t of = j + 1, last = k;
  if (of + 1 >= n || !dgn_adjacent(c->t, w, j) || w[of].z - w[of].a != 2 ||
      memcmp(c->t + w[of].a, "of", 2))
    return k;
  *body = of + 1;
  size_t known = known_body_end(c, w, n, of + 1);
  while (known && known + 1 < n && dgn_adjacent(c->t, w, known) && capitalized(c, &w[known + 1]))
    known++; /* the body's members after it: the Pacific Islands Forum | Foreign Ministers */
  if (known) return known;
  for (size_t b = of + 1; b < n && b - of <= MAX_BODY_WORDS && dgn_adjacent(c->t, w, b - 1); b++) {
    if (capitalized(c, &w[b])) last = b = series_end(c, w, n, b);
    else if (!body_joiner(c, &w[b])) break;
  }
  return last;
}

/* Does a known meeting or program overlap the body's words w[body, last], other than a
 * meeting series that ends the body, the one that meets (the 7th meeting of the Foreign
 * Ministers of the X Dialogue)? */
static int other_name_in_body(dgn_ctx *c, const dgn_word *w, size_t body, size_t last) {
  long series = dgn_mention_ending(c, w[last].z, T(MEETING));
  uint32_t z = series >= 0 ? c->d->ments[series].start : w[last].z;
  if (series >= 0 && c->d->ments[series].start < w[body].a) return 1;
  return z > w[body].a && dgn_overlaps(c, w[body].a, z, T(MEETING) | T(PROGRAM));
}

/* Is the head before "of" a session (w[body - 2]; body is the word after "of") and the
 * body a meeting of one gathering, its last word in whole_heads.tsv (the first session of
 * the X Summit)? The ordinal then counts the Summit's parts: no name of its own. */
static int session_of_whole(dgn_ctx *c, const dgn_word *w, size_t body, size_t last) {
  if (body < 2 || w[body - 2].z - w[body - 2].a != 7 || memcmp(c->t + w[body - 2].a, "session", 7))
    return 0;
  return dg_wordlist_find(&c->r->whole_heads, c->t + w[last].a, w[last].z - w[last].a) >= 0;
}

/* The body's meetings in report style (the third regular meeting of Pacific Trade
 * Ministers) in words w[0, n), but no session of one gathering (session_of_whole). */
static dg_err body_meetings(dgn_ctx *c, const dgn_word *w, size_t n, dg_error *err) {
  for (size_t k = 0; k + 3 < n; k++) {
    size_t body = k, last = body_meeting_end(c, w, n, k, &body);
    if (last == k || dgn_overlaps(c, w[k].a, w[body].a, NAME_TYPES) ||
        other_name_in_body(c, w, body, last) || session_of_whole(c, w, body, last))
      continue;
    dg_err e = dgn_record_name(c, DG_TYPE_MEETING, w[k].a, w[last].z, err);
    if (e != DG_OK) return e;
    k = last;
  }
  return DG_OK;
}

/* ---- a meeting described by the body that meets, no ordinal ---- */

/* Is w[k] "a", "an" or "the", in any case? */
static int article(const dgn_ctx *c, const dgn_word *w) {
  static const char *const ARTICLES[] = {"a", "an", "the"};
  for (size_t i = 0; i < sizeof ARTICLES / sizeof *ARTICLES; i++)
    if (w->z - w->a == strlen(ARTICLES[i]) && !strncasecmp(c->t + w->a, ARTICLES[i], w->z - w->a))
      return 1;
  return 0;
}

/* May w[j - 1] and w[j] stand together in a description: spaces between, or one word in
 * lower case in parentheses (the working (consultative) meeting)? */
static int described_gap(const dgn_ctx *c, const dgn_word *w, size_t j) {
  const char *t = c->t;
  if (dgn_adjacent(t, w, j - 1)) return 1;
  uint32_t a = w[j - 1].z, z = w[j].a;
  if (z - a == 2 && t[a] == ' ' && t[a + 1] == '(') return lower_word(c, &w[j]);
  return z - a == 2 && t[a] == ')' && t[a + 1] == ' ';
}

/* Is where or when the meeting is held said right after z: a phrase of
 * described_settings.tsv (was held, took place), "on" before a date, "in" (maybe "the
 * city of") before a place, a country or a date? */
static int held_after(dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  if (z + 1 >= e || t[z] != ' ') return 0;
  if (dg_wordlist_at(&c->r->described_settings, t, e, z + 1) >= 0) return 1;
  if (dg_lit(t, e, z, " on ")) return dgn_mention_starting(c, z + 4, T(DATE)) >= 0;
  if (!dg_lit(t, e, z, " in ")) return 0;
  uint32_t p = z + 4 + (dg_lit(t, e, z + 4, "the city of ") ? 12 : 0);
  return dgn_mention_starting(c, p, T(PLACE) | T(COUNTRY) | T(DATE)) >= 0;
}

/* Is w[last + 1] a plural noun in lower case closing the body (of the Andean countries)? */
static int plural_after(const dgn_ctx *c, const dgn_word *w, size_t n, size_t last) {
  return last + 1 < n && dgn_adjacent(c->t, w, last) && lower_word(c, &w[last + 1]) &&
         c->t[w[last + 1].z - 1] == 's';
}

/* The description after the article w[k - 1]: up to MAX_LOWER_WORDS - 1 words in lower case
 * (one may stand in parentheses), a meeting's head, "of the" and a body of capitalized
 * words that opens with a word of described_parties.tsv (Ministers, Heads), maybe closed by
 * a plural noun in lower case, and ends before where or when it is held: its last word,
 * or k; *body: where the body starts. */
static size_t described_body_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t k,
                                 size_t *body) {
  size_t j = k;
  while (j < n && j - k < MAX_LOWER_WORDS - 1 && (j == k || described_gap(c, w, j)) &&
         lower_word(c, &w[j]) && !lower_meeting_head(c, &w[j]))
    j++;
  if (j + 1 < n && lower_meeting_head(c, &w[j]) && dgn_adjacent(c->t, w, j) &&
      lower_meeting_head(c, &w[j + 1]))
    j++; /* a second head: consultation meeting, summit meeting */
  if (j + 3 >= n || (j > k && !described_gap(c, w, j)) || !lower_meeting_head(c, &w[j]) ||
      !dgn_adjacent(c->t, w, j) || w[j + 1].z - w[j + 1].a != 2 || memcmp(c->t + w[j + 1].a, "of", 2) ||
      !dgn_adjacent(c->t, w, j + 1) || w[j + 2].z - w[j + 2].a != 3 || memcmp(c->t + w[j + 2].a, "the", 3))
    return k;
  size_t b = j + 3, last = k;
  if (!capitalized(c, &w[b]) || !dgn_adjacent(c->t, w, j + 2) ||
      dg_wordlist_find(&c->r->described_parties, c->t + w[b].a, w[b].z - w[b].a) < 0)
    return k;
  *body = b;
  for (; b < n && b - *body < MAX_BODY_WORDS && (b == *body || dgn_adjacent(c->t, w, b - 1)); b++) {
    if (capitalized(c, &w[b])) last = b;
    else if (!body_joiner(c, &w[b])) break;
  }
  if (last > k && !held_after(c, w[last].z) && plural_after(c, w, n, last)) last++;
  return last > k && held_after(c, w[last].z) ? last : k;
}

/* Meetings described by the body that meets, with no ordinal, where they are said to be
 * held: "a meeting of the Ministers of Agriculture of the Andean countries was held", "the
 * working (consultative) meeting of the Heads of State of X on 9 June". The description,
 * without its article, is the meeting's name. Near misses: not held there (a meeting of the
 * Ministers will discuss), a body in lower case (participants_after, names_described.c),
 * a name overlapping it. */
static dg_err described_body_meetings(dgn_ctx *c, const dgn_word *w, size_t n, dg_error *err) {
  for (size_t k = 1; k + 4 < n; k++) {
    size_t body = k;
    if (!article(c, &w[k - 1]) || !dgn_adjacent(c->t, w, k - 1)) continue;
    size_t last = described_body_end(c, w, n, k, &body);
    if (last == k || dgn_overlaps(c, w[k].a, w[last].z, NAME_TYPES))
      continue;
    dg_err e = dgn_record_name(c, DG_TYPE_MEETING, w[k].a, w[last].z, err);
    if (e != DG_OK) return e;
    k = last;
  }
  return DG_OK;
}

dg_err dgn_party_meetings(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence *s = &c->d->sents[si];
    size_t n = dgn_en_words(c->t, s->start, s->end, w, MAX_SENTENCE_WORDS);
    for (size_t k = 0; k + 1 < n; k++) {
      size_t pz = parties_words(c, w, n, k);
      if (pz + 1 == k) continue;
      size_t last = party_meeting_end(c, w, n, pz);
      if (last == pz || dgn_overlaps(c, w[k].a, w[last].z, NAME_TYPES)) continue;
      uint32_t after, a = w[k].a;
      if (k > 0 && dgn_adjacent(c->t, w, k - 1) &&
          dgn_ordinal_prefix(c, w[k - 1].a, w[k].z, &after) > 0 &&
          (after == w[k - 1].z || after == w[k].a)) /* 8th; a word's is read with its space */
        a = w[k - 1].a;
      dg_err e = dgn_record_name(c, DG_TYPE_MEETING, a, w[last].z, err);
      if (e != DG_OK) return e;
      k = last;
    }
    dg_err e = body_meetings(c, w, n, err);
    if (e == DG_OK) e = described_body_meetings(c, w, n, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}
