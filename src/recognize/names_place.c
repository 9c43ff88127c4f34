/* Places no dictionary lists, by the trigger word beside them (place_triggers.tsv):
 * Japanese ones after the place (ランカウイにおいて, or its country and the place in
 * parentheses: フィリピン(クラーク)を訪問), English ones before it (held in Nukualofa);
 * and an English place written before the known place it lies in (in Kuta Beach, Bali).
 * Invariant: a place is a proper noun or a new katakana word (Japanese), or one to four
 * capitalized words (English), that touches no known name or value and begins a word. */
#include <string.h>

#include "recognize/names_int.h"

/* May the token end a place before a Japanese trigger: a place name MeCab knows (固有名詞,
 * 地域) or a new katakana word of two characters or more? */
static int place_token(const dgn_ctx *c, const dg_token *tk) {
  return (tk->pos == DG_POS_NOUN_PROPER && tk->subpos == 1) ||
         (tk->unknown && dgn_katakana_token(c, tk) && tk->end - tk->start >= 6);
}

/* フィリピン(クラーク)を訪問: a notice names the city in parentheses after its country.
 * When a country ends right before the parenthesis that closes at i, the place ends at the
 * closing parenthesis and must fill the parentheses (*open: where it must begin); else it
 * ends at i (*open: 0, anywhere). */
static uint32_t place_end(dgn_ctx *c, const dg_sentence *s, uint32_t i, uint32_t *open) {
  *open = 0;
  if (i <= s->start + 2 || c->t[i - 1] != ')') return i;
  uint32_t o = i - 1;
  while (o > s->start && c->t[o - 1] != '(' && c->t[o - 1] != ')') o--;
  if (o <= s->start + 1 || c->t[o - 1] != '(' || o == i - 1 ||
      dgn_mention_ending(c, o - 1, T(COUNTRY)) < 0)
    return i;
  *open = o;
  return i - 1;
}

/* ランカウイにおいて: the place tokens right before the trigger at i, unless a known place
 * or organization ends there (都内ホテルにおいて: ホテル, a word MeCab knows, is no place). */
static dg_err place_before(dgn_ctx *c, const dg_sentence *s, uint32_t i, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t open, z = place_end(c, s, i, &open);
  if (dgn_mention_ending(c, z, PLACE_LIKE | T(ORGANIZATION)) >= 0) return DG_OK;
  long k = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  while (k >= (long)s->tok0 && d->toks[k].end == a && place_token(c, &d->toks[k]))
    a = d->toks[k--].start;
  /* a place does not begin inside a Japanese word, and fills its parentheses */
  if (a < z && (!open || a == open) && !dgn_overlaps(c, a, z, ANY_NAMED | VALUES) &&
      !(a >= 3 && dg_is_japanese(dg_cp_before(c->t, a)) && !dg_doc_token_boundary(d, a)) &&
      dgn_name_fits(c, a, z) && !dgn_add_minted(c, DG_TYPE_PLACE, a, z))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* held in Nukualofa: one to four capitalized words, no stop word, after the trigger that
 * ends at a (and a space), unless a known place or organization starts there. */
static dg_err place_after(dgn_ctx *c, const dg_sentence *s, uint32_t a, dg_error *err) {
  const char *t = c->t;
  if (a < s->end && t[a] == ' ') a++;
  if (a >= s->end || !dg_is_upper(t[a]) ||
      dgn_mention_starting(c, a, PLACE_LIKE | T(ORGANIZATION)) >= 0)
    return DG_OK;
  dgn_word ws[4];
  size_t n = dgn_en_words(t, a, s->end, ws, 4), l = 0;
  while (l < n && (l == 0 || dgn_adjacent(t, ws, l - 1)) && dg_is_upper(t[ws[l].a]) &&
         !dgn_is_stop(c, ws[l].a, ws[l].z))
    l++;
  if (l && ws[0].a == a && !dgn_overlaps(c, a, ws[l - 1].z, ANY_NAMED | VALUES) &&
      dgn_name_fits(c, a, ws[l - 1].z) && !dgn_add_minted(c, DG_TYPE_PLACE, a, ws[l - 1].z))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* The place beside the trigger w at i: a Japanese trigger after its place, an English one
 * (at the start of a word) before it. */
static dg_err place_at_trigger(dgn_ctx *c, const dg_sentence *s, uint32_t i, const dg_word *w,
                               dg_error *err) {
  uint8_t side = w->as.place_trigger.side;
  if (side == DG_SIDE_AFTER && (unsigned char)w->s[0] >= 0x80) return place_before(c, s, i, err);
  if (side == DG_SIDE_BEFORE && (i == 0 || !dg_is_ascii_alnum((unsigned char)c->t[i - 1])))
    return place_after(c, s, i + w->len, err);
  return DG_OK;
}

/* in Kuta Beach, Bali: one to three capitalized words after "in" (as written, starting a
 * word at i), then a comma and a known place, country or region, are a place in it; no
 * head word among them (in Reef Talks, Fiji said: a meeting's). */
static dg_err place_in_place(dgn_ctx *c, const dg_sentence *s, uint32_t i, dg_error *err) {
  const char *t = c->t;
  if (i + 4 >= s->end || memcmp(t + i, "in ", 3) || (i > s->start && t[i - 1] != ' '))
    return DG_OK;
  uint32_t a = i + 3;
  dgn_word ws[4];
  size_t n = dgn_en_words(t, a, s->end, ws, 4), l = 0;
  if (!n || ws[0].a != a) return DG_OK;
  while (l < n && l < 3 && (l == 0 || dgn_adjacent(t, ws, l - 1)) && dg_is_upper(t[ws[l].a]) &&
         !dgn_is_stop(c, ws[l].a, ws[l].z) && !dgn_is_head_word(c, &ws[l], s->end))
    l++;
  uint32_t z = l ? ws[l - 1].z : a;
  if (l && l < n && l < 3 && dgn_adjacent(t, ws, l - 1)) return DG_OK; /* more words: no place */
  if (!l || z + 2 >= s->end || t[z] != ',' || t[z + 1] != ' ' ||
      dgn_mention_starting(c, z + 2, PLACE_LIKE) < 0 || dgn_overlaps(c, a, z, ANY_NAMED | VALUES))
    return DG_OK;
  if (dgn_name_fits(c, a, z) && !dgn_add_minted(c, DG_TYPE_PLACE, a, z))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

dg_err dgn_places(dgn_ctx *c, dg_error *err) {
  const dg_wordlist *triggers = &c->r->place_triggers;
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    for (uint32_t i = s.start; i < s.end;) {
      long p = dg_wordlist_at(triggers, c->t, s.end, i);
      if (c->t[i] == 'i') {
        dg_err e = place_in_place(c, &s, i, err);
        if (e != DG_OK) return e;
      }
      if (p < 0) {
        i += (uint32_t)dg_utf8_len(c->t + i, c->t + s.end);
        continue;
      }
      dg_err e = place_at_trigger(c, &s, i, &triggers->w[p], err);
      if (e != DG_OK) return e;
      i += triggers->w[p].len;
    }
  }
  return DG_OK;
}
