/* English names by their head word, in Title Case: the capitalized words before the head
 * and a tail after it that opens with "of", "for" (or "on" after a program's head), joined
 * by the small words of name_joiners.tsv: Mekong-Japan Digital Connectivity Partnership,
 * Treaty of Amity and Cooperation in Southeast Asia, ASEAN-Japan Climate Change Action
 * Agenda 2.0.
 * Invariant: a name never reaches over another head word (Joint Statement | of the 23rd
 * ASEAN-Japan Summit are two names) or a person, and two plain words (Master Plan) are no
 * name. Joiners match as written: "Of" is no joiner. */
#include <stdlib.h>
#include <string.h>

#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 512
#define NONE ((size_t)-1)

/* A word that may be part of a name: Capitalized, ALLCAPS or a number, no stop word
 * ("The") and no person. */
static int cap_word(dgn_ctx *c, const dgn_word *w) {
  const char *s = c->t + w->a;
  return w->z > w->a && (dg_is_upper(s[0]) || dg_is_digit(s[0])) && !dgn_is_stop(c, w->a, w->z) &&
         !dgn_overlaps(c, w->a, w->z, T(PERSON));
}

/* 23rd, Tenth: an ordinal. */
static int is_ordinal_word(const dgn_ctx *c, const dgn_word *w) {
  uint32_t after;
  return dgn_ordinal_prefix(c, w->a, w->z, &after) > 0;
}

/* The word before w[first] joins a capitalized word further left: "Research and
 * Development" (a `before` joiner), "Friends of the Mekong" (a `before_the` joiner and
 * the article). Returns the index of that word, or NONE. */
static size_t joined_left(const dgn_ctx *c, const dgn_word *w, size_t first) {
  const char *t = c->t;
  if (dgn_joiner(c, &w[first - 1], DG_JOIN_ARTICLE)) {
    if (first >= 3 && dgn_adjacent(t, w, first - 2) && dgn_adjacent(t, w, first - 3) &&
        dgn_joiner(c, &w[first - 2], DG_JOIN_BEFORE_THE))
      return first - 3;
    return NONE;
  }
  if (dgn_joiner(c, &w[first - 1], DG_JOIN_BEFORE) && first >= 2 && dgn_adjacent(t, w, first - 2))
    return first - 2;
  return NONE;
}

/* Left of the head w[x]: capitalized words, and joined ones, never across another head
 * word. Returns the first word of the name. */
static size_t extend_left(dgn_ctx *c, const dgn_word *w, size_t x, uint32_t end) {
  size_t first = x;
  while (first > 0 && x - first < DGN_MAX_EN_WORDS && dgn_adjacent(c->t, w, first - 1)) {
    if (cap_word(c, &w[first - 1])) {
      first--;
      continue;
    }
    size_t q = joined_left(c, w, first);
    if (q == NONE || !cap_word(c, &w[q]) || dgn_is_head_word(c, &w[q], end)) break;
    first = q;
  }
  return first;
}

/* The tail after the head w[hx] opens with an `after` joiner (of, for; `after_program`
 * ones after a program's head: Declaration on ...), maybe the article, then a capitalized
 * word or an ordinal that is no head word: returns that word, or hx. */
static size_t tail_start(dgn_ctx *c, const dgn_word *w, size_t n, size_t hx, dg_type type,
                         uint32_t end) {
  if (!(hx + 2 < n && dgn_adjacent(c->t, w, hx) && dgn_adjacent(c->t, w, hx + 1))) return hx;
  unsigned roles = DG_JOIN_AFTER | (type == DG_TYPE_PROGRAM ? DG_JOIN_AFTER_PROGRAM : 0);
  if (!dgn_joiner(c, &w[hx + 1], roles)) return hx;
  size_t y = hx + 2;
  if (dgn_joiner(c, &w[y], DG_JOIN_ARTICLE)) {
    if (y + 1 >= n || !dgn_adjacent(c->t, w, y)) return hx;
    y++;
  }
  if (!cap_word(c, &w[y]) || (dg_is_digit(c->t[w[y].a]) && !is_ordinal_word(c, &w[y])) ||
      dgn_is_head_word(c, &w[y], end))
    return hx;
  return y;
}

/* One step on in the tail after w[last]: a capitalized word or an ordinal, or an `inside`
 * joiner (and, &, of, for, in, on, to; the `inside_the` ones maybe followed by the
 * article) and a capitalized word. Returns the new last word, or last. */
static size_t tail_step(dgn_ctx *c, const dgn_word *w, size_t n, size_t last) {
  const dgn_word *nx = &w[last + 1];
  if (cap_word(c, nx) && (!dg_is_digit(c->t[nx->a]) || is_ordinal_word(c, nx))) return last + 1;
  if (!dgn_joiner(c, nx, DG_JOIN_INSIDE) || last + 2 >= n || !dgn_adjacent(c->t, w, last + 1))
    return last;
  size_t y = last + 2;
  if (dgn_joiner(c, nx, DG_JOIN_INSIDE_THE) && dgn_joiner(c, &w[y], DG_JOIN_ARTICLE) &&
      y + 1 < n && dgn_adjacent(c->t, w, y))
    y++;
  return cap_word(c, &w[y]) && !dg_is_digit(c->t[w[y].a]) ? y : last;
}

/* Right of the head: the tail (Treaty of Amity and Cooperation in Southeast Asia).
 * Returns the last word of the name. */
static size_t extend_right(dgn_ctx *c, const dgn_word *w, size_t n, size_t hx, dg_type type,
                           uint32_t end) {
  size_t last = tail_start(c, w, n, hx, type, end);
  if (last == hx) return hx;
  while (last + 1 < n && last - hx < DGN_MAX_EN_WORDS && dgn_adjacent(c->t, w, last)) {
    size_t next = tail_step(c, w, n, last);
    if (next == last) break;
    last = next;
  }
  return last;
}

/* A version or year right after the name, that is no value: Action Agenda 2.0, Master
 * Plan 2025. Returns the new last word. */
static size_t take_version(dgn_ctx *c, const dgn_word *w, size_t n, size_t last) {
  if (last + 1 >= n || !dgn_adjacent(c->t, w, last)) return last;
  const dgn_word *v = &w[last + 1];
  const char *s = c->t + v->a;
  size_t l = v->z - v->a;
  if (dg_is_digit(s[0]) && (memchr(s, '.', l) || (l == 4 && s[0] <= '2')) &&
      !dgn_overlaps(c, v->a, v->z, VALUES))
    return last + 1;
  return last;
}

/* The name around the head w[x..hx], as words [*first, *last]; 0 when the head stands
 * alone. A section number before it (2.1 Japan-ASEAN Maritime Fund) is left out. */
static int name_span(dgn_ctx *c, const dgn_word *w, size_t n, size_t x, size_t hx,
                     dg_type type, uint32_t end, size_t *first, size_t *last) {
  *first = extend_left(c, w, x, end);
  *last = take_version(c, w, n, extend_right(c, w, n, hx, type, end));
  if (*first == x && *last == hx) return 0;
  while (*first < x && dg_is_digit(c->t[w[*first].a]) &&
         memchr(c->t + w[*first].a, '.', w[*first].z - w[*first].a))
    (*first)++;
  return 1;
}

/* Two plain words (Master Plan, Economic Partnership) are too generic to be a name: a name
 * has a known name, an acronym or a number in it (two capitals or digits in a word), or
 * three words or more. */
static int specific(dgn_ctx *c, const dgn_word *w, size_t first, size_t last) {
  if (dgn_overlaps(c, w[first].a, w[last].z, ANY_NAMED)) return 1;
  for (size_t q = first; q <= last; q++) {
    int caps = 0;
    for (uint32_t k = w[q].a; k < w[q].z; k++) caps += dg_is_upper(c->t[k]) || dg_is_digit(c->t[k]);
    if (caps >= 2) return 1;
  }
  return last - first + 1 >= 3;
}

/* A head word (heads.tsv) that starts at the capitalized word w[x] and ends a word
 * ("Fund", not "Fundamental"): 1, its type and *hx its last word. */
static int head_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end,
                   size_t *hx, dg_type *type) {
  if (!dg_is_upper(c->t[w[x].a])) return 0;
  long h = dg_wordlist_at(&c->r->heads, c->t, end, w[x].a);
  if (h < 0) return 0;
  uint32_t hend = w[x].a + c->r->heads.w[h].len;
  size_t y = x;
  while (y < n && w[y].z < hend) y++;
  if (y >= n || w[y].z != hend) return 0;
  *hx = y;
  *type = c->r->heads.w[h].as.head.type;
  return 1;
}

/* Does the name go on after the head w[hx] with another capitalized word ("Coast Guard
 * Cooperation Forum": its last head decides)? */
static int name_goes_on(dgn_ctx *c, const dgn_word *w, size_t n, size_t hx) {
  return hx + 1 < n && dgn_adjacent(c->t, w, hx) && cap_word(c, &w[hx + 1]) &&
         !dg_is_digit(c->t[w[hx + 1].a]);
}

static dg_err en_heads_sentence(dgn_ctx *c, const dg_sentence *s, dgn_word *w, dg_error *err) {
  size_t n = dgn_en_words(c->t, s->start, s->end, w, MAX_SENTENCE_WORDS);
  dg_err e = DG_OK;
  for (size_t x = 0; x < n && e == DG_OK; x++) {
    size_t hx, first, last;
    dg_type type;
    if (!head_at(c, w, n, x, s->end, &hx, &type) || name_goes_on(c, w, n, hx)) continue;
    if (!name_span(c, w, n, x, hx, type, s->end, &first, &last)) continue;
    if (specific(c, w, first, last)) e = dgn_record_name(c, type, w[first].a, w[last].z, err);
    x = hx;
  }
  return e;
}

dg_err dgn_en_heads(dgn_ctx *c, dg_error *err) {
  dgn_word *w = malloc(MAX_SENTENCE_WORDS * sizeof *w);
  if (!w) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err e = DG_OK;
  for (size_t si = 0; si < c->d->nsents && e == DG_OK; si++)
    e = en_heads_sentence(c, &c->d->sents[si], w, err);
  free(w);
  return e;
}
