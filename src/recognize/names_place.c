/* Places no dictionary lists, by the trigger word beside them (place_triggers.tsv):
 * Japanese ones after the place (ランカウイにおいて, or its country and the place in
 * parentheses: フィリピン(クラーク)を訪問), English ones before it (held in Nukualofa); and
 * English ones between a preposition and a known place (in Nusa Dua, Bali: place_preps.tsv);
 * and English buildings after "at" (at the Akasaka Guest House, at Hotel Okura: buildings.tsv).
 * Invariant: a place is a proper noun or a new katakana word (Japanese), or one to four
 * capitalized words (English; two to six ending in a building's word after "at"), that
 * touches no known name or value and begins a word. */
#define _GNU_SOURCE /* memmem */
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

/* インドネシアのスマランで開催: katakana words (MeCab cuts a city it does not know into
 * words it knows: スマ|ラン), one of them a proper noun or a new word, between a country
 * and の, and z: where they start, else z. Near misses: common words only (タイのホテルで
 * 開催, 日本のオンラインで), no country and の before them (会場のホールで開催). */
static uint32_t katakana_after_country(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  const dg_doc *d = c->d;
  long k = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  int proper = 0;
  for (; k >= (long)dg_sent_tok0(d, s) && dg_tok(d, k)->end == a &&
       dgn_katakana_token(c, dg_tok(d, k)); k--) {
    proper |= dg_tok(d, k)->pos == DG_POS_NOUN_PROPER || dg_tok(d, k)->unknown;
    a = dg_tok(d, k)->start;
  }
  if (!proper || a + 6 > z || a < s->start + 6 || !dg_lit(c->t, a, a - 3, "\xE3\x81\xAE") ||
      dgn_mention_ending(c, a - 3, T(COUNTRY)) < 0)
    return z;
  return a;
}

/* ランカウイにおいて: the place tokens right before the trigger at i, back to a known
 * country or place written right before them (韓国水原で: 水原, its country apart), unless a
 * known place or organization ends there (都内ホテルにおいて: ホテル, a word MeCab knows, is no
 * place), or katakana words after a country and の (katakana_after_country). */
static dg_err place_before(dgn_ctx *c, const dg_sentence *s, uint32_t i, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t open, z = place_end(c, s, i, &open);
  if (dgn_mention_ending(c, z, PLACE_LIKE | T(ORGANIZATION)) >= 0) return DG_OK;
  long k = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  while (k >= (long)dg_sent_tok0(d, s) && dg_tok(d, k)->end == a && place_token(c, dg_tok(d, k)) &&
         (a == z || dgn_mention_ending(c, a, PLACE_LIKE) < 0)) /* 韓国水原で: 水原 */
    a = dg_tok(d, k--)->start;
  if (a == z && !open) a = katakana_after_country(c, s, z);
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

/* Is the word a preposition of place_preps.tsv, as written or with a capital first letter
 * (in, In; not IN)? */
static int place_prep(const dgn_ctx *c, const dgn_word *w) {
  if (dg_wordlist_find(&c->r->place_preps, c->t + w->a, w->z - w->a) < 0) return 0;
  for (uint32_t i = w->a + 1; i < w->z; i++)
    if (!dg_is_lower(c->t[i])) return 0;
  return 1;
}

/* May word k be a word of a place before a known one: Title Case (a lower-case letter:
 * no acronym), no stop word, no head word (in the Convention Centre, ...)? */
static int place_word(dgn_ctx *c, const dgn_word *w, uint32_t end) {
  int lower = 0;
  for (uint32_t i = w->a + 1; i < w->z; i++) lower |= dg_is_lower(c->t[i]);
  return dg_is_upper(c->t[w->a]) && lower && !dgn_is_stop(c, w->a, w->z) &&
         !dgn_is_head_word(c, w, end);
}

/* in Nusa Dua, Bali: one to three capitalized words after a preposition of place_preps.tsv,
 * then ", " and a known place or country, are a place. Near misses: a known name or value
 * among the words (in March, Tokyo), no known place after the comma (in Nusa Dua, the
 * ...). */
static dg_err place_before_known(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  dgn_word w[256];
  size_t n = dgn_en_words(c->t, s->start, s->end, w, 256);
  for (size_t x = 0; x + 1 < n; x++) {
    if (!place_prep(c, &w[x]) || !dgn_adjacent(c->t, w, x)) continue;
    size_t l = x + 1;
    while (l < n && l - x <= 3 && (l == x + 1 || dgn_adjacent(c->t, w, l - 1)) &&
           place_word(c, &w[l], s->end))
      l++;
    if (l == x + 1) continue;
    uint32_t a = w[x + 1].a, z = w[l - 1].z;
    if (z + 2 >= s->end || c->t[z] != ',' || c->t[z + 1] != ' ' ||
        dgn_mention_starting(c, z + 2, PLACE_LIKE) < 0 ||
        dgn_overlaps(c, a, z, ANY_NAMED | VALUES) || !dgn_name_fits(c, a, z))
      continue;
    if (!dgn_add_minted(c, DG_TYPE_PLACE, a, z))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    x = l - 1;
  }
  return DG_OK;
}

/* Does a word of buildings.tsv written in Latin letters end at word w[l] and begin at the
 * start of a word of [w[f], w[l]] (Hotel, Guest House, Convention Centre)? */
static int building_end(const dgn_ctx *c, const dgn_word *w, size_t f, size_t l) {
  long b = dg_wordlist_before(&c->r->buildings, c->t, w[f].a, w[l].z);
  if (b < 0 || (unsigned char)c->r->buildings.w[b].s[0] >= 0x80) return 0;
  uint32_t a = w[l].z - (uint32_t)c->r->buildings.w[b].len;
  for (size_t k = f; k <= l; k++)
    if (w[k].a == a) return 1;
  return 0;
}

/* Is word w[f] a word of buildings.tsv written in Latin letters that opens a name (Hotel
 * Okura: the building named by its head first)? */
static int building_start(const dgn_ctx *c, const dgn_word *w, size_t f) {
  long b = dg_wordlist_at(&c->r->buildings, c->t, w[f].z, w[f].a);
  return b >= 0 && (unsigned char)c->r->buildings.w[b].s[0] < 0x80 &&
         c->r->buildings.w[b].len == w[f].z - w[f].a;
}

/* Past "at" and "the" from word x (at the Grand Lotus Hotel; at Hotel Okura): the first
 * word of the building's name, or 0 when no "at" stands at x. */
static size_t past_at(const dgn_ctx *c, const dgn_word *w, size_t x, size_t n) {
  if (w[x].z - w[x].a != 2 || memcmp(c->t + w[x].a, "at", 2) || !dgn_adjacent(c->t, w, x))
    return 0;
  if (x + 1 < n && w[x + 1].z - w[x + 1].a == 3 && !memcmp(c->t + w[x + 1].a, "the", 3))
    return dgn_adjacent(c->t, w, x + 1) ? x + 2 : 0;
  return x + 1;
}

/* held at Sinalei Reef Resort, Siumu.: one capitalized word after a building that ends at
 * word w[l - 1] and a comma, then the sentence's end or a comma and a known place, is the
 * town the building stands in. Near misses: two words there (…Resort, Prime Minister…),
 * more of the sentence after it (…Resort, Apia said). */
static dg_err town_after_building(dgn_ctx *c, const dg_sentence *s, const dgn_word *w,
                                  size_t n, size_t l, dg_error *err) {
  if (l >= n || c->t[w[l - 1].z] != ',' || w[l].a != w[l - 1].z + 2 ||
      !place_word(c, &w[l], s->end))
    return DG_OK;
  uint32_t a = w[l].a, z = w[l].z;
  int last = z + 1 == s->end && c->t[z] == '.';
  int known = z + 2 < s->end && c->t[z] == ',' && c->t[z + 1] == ' ' &&
              dgn_mention_starting(c, z + 2, PLACE_LIKE) >= 0;
  if (!(last || known) || dgn_overlaps(c, a, z, ANY_NAMED | VALUES) || !dgn_name_fits(c, a, z))
    return DG_OK;
  return dgn_add_minted(c, DG_TYPE_PLACE, a, z) ? DG_OK
                                                 : dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* at the National Museum of Korea: where a building's name that ends at word w[l - 1]
 * ends when "of" and a known country or place follow it (the building of that land), else
 * at w[l - 1]. Near miss: "of" and words no dictionary knows (at the City Hall of the
 * Dialogue's host: the hall alone). */
static uint32_t of_place_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t l) {
  if (l + 1 >= n || w[l].z - w[l].a != 2 || memcmp(c->t + w[l].a, "of", 2) ||
      !dgn_adjacent(c->t, w, l - 1) || !dgn_adjacent(c->t, w, l))
    return w[l - 1].z;
  long k = dgn_mention_starting(c, w[l + 1].a, T(COUNTRY) | T(PLACE));
  return k >= 0 ? c->d->ments[k].end : w[l - 1].z;
}

/* Does a name or value overlap t[a, z) other than a land named whole inside it (the Hanoi
 * National Convention Center, the Nauru Learning Village: a city or a country in a
 * building's name, which stays a mention of its own)? */
typedef struct {
  uint32_t a, z;
} span;

static int other_overlap(const dg_mention *m, size_t i, void *arg) {
  const span *s = arg;
  (void)i;
  if (m->start >= s->z || s->a >= m->end || !(((ANY_NAMED | VALUES) >> m->type) & 1)) return 0;
  int land = m->type == DG_TYPE_COUNTRY || m->type == DG_TYPE_PLACE || m->type == DG_TYPE_REGION;
  return !(land && m->start >= s->a && m->end <= s->z);
}

/* at the Grand Lotus Hotel; at the Prime Minister's Official Residence; at Sinalei Reef
 * Resort; at Hotel Okura: two to six capitalized words after "at" (and "the") whose run
 * ends with a word of buildings.tsv, or begins with one when no "the" stands before it, are
 * a place (a venue inside a city), unless a known name or value other than a land lies
 * among them (the Hanoi National Convention Center: other_overlap). Near
 * misses: no building word at the run's end (at the Grand Lotus Hotel Group), no "at"
 * before, "the" before a run that only begins with one (at the Hotel Committee). */
static dg_err building_after_at(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  if (!memmem(c->t + s->start, s->end - s->start, "at ", 3)) return DG_OK; /* most: none */
  dgn_word w[256];
  size_t n = dgn_en_words(c->t, s->start, s->end, w, 256);
  for (size_t x = 0; x + 2 < n; x++) {
    size_t f = past_at(c, w, x, n), l = f;
    if (!f) continue;
    while (l < n && l - f < 6 && (l == f || dgn_adjacent(c->t, w, l - 1)) &&
           dg_is_upper(c->t[w[l].a]) && !dgn_is_stop(c, w[l].a, w[l].z))
      l++;
    if (l - f < 2 ||
        !(building_end(c, w, f, l - 1) || (f == x + 1 && building_start(c, w, f))))
      continue;
    uint32_t a = w[f].a, z = w[l - 1].z;
    span sp = {a, z};
    if (dgn_visit(c, a, other_overlap, &sp) || !dgn_name_fits(c, a, z)) continue;
    if (building_end(c, w, f, l - 1)) z = of_place_end(c, w, n, l);
    if (!dgn_add_minted(c, DG_TYPE_PLACE, a, z))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    dg_err e = town_after_building(c, s, w, n, l, err);
    if (e != DG_OK) return e;
    x = l - 1;
  }
  return DG_OK;
}

/* May token k be a word of a place after a Japanese trigger: a noun (not a number) that
 * begins with kanji or katakana? */
static int ja_place_noun(const dgn_ctx *c, const dg_token *k) {
  uint32_t cp = 0;
  if (k->pos < DG_POS_NOUN || k->pos > DG_POS_NOUN_ADV || k->pos == DG_POS_NOUN_NUMBER) return 0;
  dg_utf8_decode(c->t + k->start, c->t + k->end, &cp);
  dg_script sc = dg_script_of(cp);
  return sc == DG_SC_KANJI || sc == DG_SC_KATAKANA;
}

/* (於:マレー駐屯地), 於:宮崎 森総理: the nouns right after a Japanese trigger that ends at a
 * (於:, place_triggers.tsv), up to a parenthesis, a space, 、 or the sentence's end, are a
 * place, unless a known name starts there. Near miss: anything else after them (於:会場の
 * ホール). */
static dg_err place_after_ja(dgn_ctx *c, const dg_sentence *s, uint32_t a, dg_error *err) {
  static const char *const ENDS[] = {")", "\xEF\xBC\x89", " ", "\xE3\x80\x80",
                                      "\xE3\x80\x81"}; /* ) ） space 　 、 */
  const dg_doc *d = c->d;
  if (a >= s->end || dgn_mention_starting(c, a, ANY_NAMED | VALUES) >= 0) return DG_OK;
  long k = dg_doc_token_at(d, a);
  uint32_t z = a;
  for (; k >= 0 && k < (long)dg_sent_tokend(d, s) && dg_tok(d, k)->start == z &&
         ja_place_noun(c, dg_tok(d, k));
       k++)
    z = dg_tok(d, k)->end;
  int ends = z == s->end || c->t[z] == '\n';
  for (size_t e = 0; e < sizeof ENDS / sizeof *ENDS && !ends; e++)
    ends = dg_lit(c->t, s->end, z, ENDS[e]);
  if (z == a || !ends || dgn_overlaps(c, a, z, ANY_NAMED | VALUES) || !dgn_name_fits(c, a, z))
    return DG_OK;
  return dgn_add_minted(c, DG_TYPE_PLACE, a, z) ? DG_OK
                                                 : dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* The place beside the trigger w at i: a Japanese trigger after its place (で, において) or
 * before it (於:), an English one (at the start of a word) before it. */
static dg_err place_at_trigger(dgn_ctx *c, const dg_sentence *s, uint32_t i, const dg_word *w,
                               dg_error *err) {
  uint8_t side = w->as.place_trigger.side;
  if (side == DG_SIDE_AFTER && (unsigned char)w->s[0] >= 0x80) return place_before(c, s, i, err);
  if (side == DG_SIDE_BEFORE && (unsigned char)w->s[0] >= 0x80)
    return place_after_ja(c, s, i + w->len, err);
  if (side == DG_SIDE_BEFORE && (i == 0 || !dg_is_ascii_alnum((unsigned char)c->t[i - 1])))
    return place_after(c, s, i + w->len, err);
  return DG_OK;
}

dg_err dgn_places(dgn_ctx *c, dg_error *err) {
  const dg_wordlist *triggers = &c->r->place_triggers;
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    dg_err pe = place_before_known(c, &s, err);
    if (pe == DG_OK) pe = building_after_at(c, &s, err);
    if (pe != DG_OK) return pe;
    for (uint32_t i = s.start; i < s.end;) {
      long p = dg_wordlist_at(triggers, c->t, s.end, i);
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
