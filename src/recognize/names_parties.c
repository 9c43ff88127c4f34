/* English meetings named by their parties and a head in lower case: "the Japan-Philippines
 * summit meeting", "the Australia-Fiji foreign ministers' meeting". The parties are known
 * countries or groups joined by hyphens, two at least, in one word; then up to four words
 * in lower case, the last a meeting's head of heads.tsv (summit, meeting, talks, dialogue);
 * an ordinal right before the parties opens the name (the 8th ASEAN-Japan summit).
 * Invariant: the name is the parties' word and those words only, every word in between in
 * lower case (a letter, an apostrophe or a hyphen), and no known name of a meeting,
 * program or organization overlaps it. */
#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 512
#define MAX_LOWER_WORDS 4

/* Is w all lower-case letters, apostrophes and hyphens? */
static int lower_word(const dgn_ctx *c, const dgn_word *w) {
  for (uint32_t i = w->a; i < w->z; i++)
    if (!dg_is_lower(c->t[i]) && c->t[i] != '\'' && c->t[i] != '-') return 0;
  return w->z > w->a;
}

/* Is w a meeting's head of heads.tsv written in lower case (summit, meeting, talks)? */
static int lower_meeting_head(const dgn_ctx *c, const dgn_word *w) {
  if (!lower_word(c, w)) return 0;
  long h = dg_wordlist_find(&c->r->heads, c->t + w->a, w->z - w->a);
  return h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING;
}

/* Is the word w made of two or more known countries or groups joined by hyphens, and
 * nothing else (Japan-Philippines, ASEAN-Japan)? */
static int parties_word(dgn_ctx *c, const dgn_word *w) {
  uint32_t a = w->a;
  int n = 0;
  while (a < w->z) {
    long m = dgn_mention_starting(c, a, T(COUNTRY) | T(GROUP));
    if (m < 0 || c->d->ments[m].end > w->z) return 0;
    a = c->d->ments[m].end;
    n++;
    if (a < w->z && c->t[a] != '-') return 0;
    if (a < w->z) a++;
  }
  return n >= 2;
}

/* The name that starts at the parties' word w[k]: its last word, or k when none. */
static size_t party_meeting_end(const dgn_ctx *c, const dgn_word *w, size_t n, size_t k) {
  size_t last = k;
  for (size_t j = k + 1; j < n && j - k <= MAX_LOWER_WORDS && dgn_adjacent(c->t, w, j - 1) &&
                         lower_word(c, &w[j]);
       j++)
    if (lower_meeting_head(c, &w[j])) last = j;
  return last;
}

dg_err dgn_party_meetings(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence *s = &c->d->sents[si];
    size_t n = dgn_en_words(c->t, s->start, s->end, w, MAX_SENTENCE_WORDS);
    for (size_t k = 0; k + 1 < n; k++) {
      if (!parties_word(c, &w[k])) continue;
      size_t last = party_meeting_end(c, w, n, k);
      if (last == k || dgn_overlaps(c, w[k].a, w[last].z, NAME_TYPES)) continue;
      uint32_t after, a = w[k].a;
      if (k > 0 && dgn_adjacent(c->t, w, k - 1) &&
          dgn_ordinal_prefix(c, w[k - 1].a, w[k - 1].z, &after) > 0 && after == w[k - 1].z)
        a = w[k - 1].a;
      dg_err e = dgn_record_name(c, DG_TYPE_MEETING, a, w[last].z, err);
      if (e != DG_OK) return e;
      k = last;
    }
  }
  return DG_OK;
}
