/* People in English text: after a title (titles.tsv, `before` the name) or several
 * (Prime Minister Ishiba, Defence Minister Dato' Seri Ahmad Rizal Hamzah, Dr. Lim Boon
 * Heng), and Japanese names written family name first in capitals (KISHIDA Fumio).
 * Invariant: a person is one to four capitalized words that hold no other kind of name
 * ("President of the Philippines" names no one). */
#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 256

/* The title that starts at word x: its end, and *y its last word (it may end one past
 * its word: "Dr."); 0 when there is none. */
static uint32_t title_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end,
                         size_t *y) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, end, w[x].a);
  if (ti < 0 || c->r->titles.w[ti].as.title.side != DG_SIDE_BEFORE) return 0;
  uint32_t tend = w[x].a + c->r->titles.w[ti].len;
  *y = x;
  while (*y + 1 < n && w[*y + 1].a < tend) (*y)++;
  return tend;
}

/* More titles may follow (Defence Minister Dato' Seri ...): the last word of the last. */
static size_t more_titles(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y,
                          uint32_t end) {
  for (int more = 0; more < 3 && y + 1 < n && dgn_adjacent(c->t, w, y); more++) {
    size_t y2;
    uint32_t e2 = title_at(c, w, n, y + 1, end, &y2);
    if (!e2 || (w[y2].z != e2 && w[y2].z + 1 != e2)) break;
    y = y2;
  }
  return y;
}

/* The name: one to four capitalized words, none a title, after the title's last word y
 * and only spaces from the first title's end `tend`: words [*f, *l); 0 when none. */
static int name_after(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y, uint32_t tend,
                      uint32_t end, size_t *f, size_t *l) {
  *f = *l = y + 1;
  int gap_ok = *f < n;
  for (uint32_t g = tend; *f < n && g < w[*f].a; g++) gap_ok &= c->t[g] == ' ';
  while (gap_ok && *l < n && *l - *f < 4 && (*l == *f || dgn_adjacent(c->t, w, *l - 1)) &&
         dg_is_upper(c->t[w[*l].a]) && dg_wordlist_at(&c->r->titles, c->t, end, w[*l].a) < 0)
    (*l)++;
  return *l > *f;
}

/* A person after the title at word x: *next is the last word looked at. */
static dg_err person_after_title(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                 uint32_t end, size_t *next, dg_error *err) {
  size_t y, f, l;
  uint32_t tend = title_at(c, w, n, x, end, &y);
  if (!tend || (w[y].z != tend && !(c->t[tend - 1] == '.' && w[y].z + 1 == tend))) return DG_OK;
  y = more_titles(c, w, n, y, end);
  if (!name_after(c, w, n, y, tend, end, &f, &l)) return DG_OK;
  uint32_t a = w[f].a, z = w[l - 1].z;
  if (dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) return DG_OK;
  *next = l - 1;
  return dgn_add_person(c, a, z, err);
}

dg_err dgn_en_people(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    size_t n = dgn_en_words(c->t, s.start, s.end, w, MAX_SENTENCE_WORDS);
    for (size_t x = 0; x < n; x++) {
      if (!dg_is_upper(c->t[w[x].a])) continue;
      dg_err e = person_after_title(c, w, n, x, s.end, &x, err);
      if (e != DG_OK) return e;
    }
  }
  return DG_OK;
}

/* KISHIDA Fumio: a word of three capitals or more, then a Capitalized word of three letters
 * or more that is no stop or head word, neither touching a known name or value. */
static int caps_name_at(dgn_ctx *c, const dgn_word *w, size_t x, uint32_t end) {
  const char *a = c->t + w[x].a, *b = c->t + w[x + 1].a;
  size_t al = w[x].z - w[x].a, bl = w[x + 1].z - w[x + 1].a;
  if (al < 3 || bl < 3 || !dgn_adjacent(c->t, w, x)) return 0;
  for (size_t k = 0; k < al; k++)
    if (!dg_is_upper(a[k])) return 0;
  if (!dg_is_upper(b[0])) return 0;
  for (size_t k = 1; k < bl; k++)
    if (!dg_is_lower(b[k])) return 0;
  return !dgn_is_stop(c, w[x + 1].a, w[x + 1].z) && !dgn_is_head_word(c, &w[x + 1], end) &&
         !dgn_overlaps(c, w[x].a, w[x + 1].z, ANY_NAMED | VALUES);
}

/* Japanese names in English government texts: family name in capitals, then the given
 * name (KISHIDA Fumio, FUKUDA Takeo). Known acronyms are dictionary names and stay out. */
dg_err dgn_en_caps_people(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    size_t n = dgn_en_words(c->t, s.start, s.end, w, MAX_SENTENCE_WORDS);
    for (size_t x = 0; x + 1 < n; x++) {
      if (!caps_name_at(c, w, x, s.end)) continue;
      dg_err e = dgn_add_person(c, w[x].a, w[x + 1].z, err);
      if (e != DG_OK) return e;
      x++;
    }
  }
  return DG_OK;
}
