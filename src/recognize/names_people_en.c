/* People in English text: after a title (titles.tsv, `before` the name) or several
 * (Prime Minister Ishiba, Defence Minister Dato' Seri Ahmad Rizal Hamzah, Dr. Lim Boon
 * Heng, Senator the Hon. Jane Doe QC, General (Ret) Sutanto), maybe with its portfolio
 * between (Minister of Trade and Industry Jane Doe: portfolios.tsv) or in apposition to it
 * (the UN High Commissioner for Refugees, Jane Doe, in ...); before a post-nominal
 * (`after` titles in capitals: Jane Doe SC) or a title after a comma (Hiroyuki Tanaka,
 * Minister of Justice); after a name's own honorific (U Thant: name_honorifics.tsv); on a
 * contact line (Jane Doe (Departmental) 02 6261 1555); after a country of a list that
 * "ministers of" opens (the foreign ministers of Fiji Jone Tau, Tonga – Sione Vake, Samoa
 * (Afa Leota)); after
 * "counterpart" (his Tongan counterpart Sione Vake); and
 * Japanese names written family name first in capitals (KISHIDA Fumio).
 * A head word of a body alone after a title is no name (General Council Chairman).
 * Invariant: a person is one to four capitalized words (and initials; five with an
 * honorific) that hold no other kind of name and no small word in any case but a particle
 * between two of them (de, van: name_particles.tsv) ("President of the Philippines" and
 * "MINISTER FOR FOREIGN AFFAIRS" name no one). */
#include <string.h>

#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 256
#define DGN_BYLINE_LINES 6 /* a byline stands among a document's first lines */

/* The title of side `side` that starts at t[pos, end), case as its list says: its index, or
 * -1. */
static long title_word(const dgn_ctx *c, uint32_t pos, uint32_t end, int side) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, end, pos);
  if (ti < 0) return -1;
  const dg_word *tw = &c->r->titles.w[ti];
  if (tw->as.title.side != side) return -1;
  if (dg_all_capitals(tw->s, tw->len) && memcmp(tw->s, c->t + pos, tw->len) != 0) return -1;
  return ti;
}

/* Does a title ending at tend end with word y: at its end, or after a stop, colon or
 * apostrophe (Dr., Media inquiries:, Dato')? */
static int ends_word(const dgn_ctx *c, const dgn_word *w, size_t y, uint32_t tend) {
  if (w[y].z == tend) return 1;
  if (tend < w[y].z) return 0;
  if (tend == w[y].z + 1) return strchr(".:'", c->t[w[y].z]) != NULL;
  return tend == w[y].z + 3 && dg_lit_before(c->t, tend, "\xE2\x80\x99"); /* ’ */
}

/* A title of four letters or more ending at tend that word y goes on with a plural s
 * (Foreign Ministers, Ambassadors): the word's end, else tend. A plural title is no word
 * of a name (the Deputy Foreign Ministers of A), but it names no one after it either. */
static uint32_t past_plural(const dgn_ctx *c, const dgn_word *w, size_t y, uint32_t tend) {
  return tend + 1 == w[y].z && c->t[tend] == 's' && tend >= w[y].a + 4 ? w[y].z : tend;
}

/* The title that starts at word x: its end, and *y its last word; 0 when there is none. */
static uint32_t title_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end,
                         size_t *y) {
  long ti = title_word(c, w[x].a, end, DG_SIDE_BEFORE);
  if (ti < 0) return 0;
  uint32_t tend = w[x].a + c->r->titles.w[ti].len;
  *y = x;
  while (*y + 1 < n && w[*y + 1].a < tend) (*y)++;
  return ends_word(c, w, *y, tend) ? tend : 0;
}

/* A title in parentheses after word y (General (Ret) Sutanto): its last word, or y. */
static size_t title_in_parens(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y,
                              uint32_t end) {
  size_t y2;
  if (y + 1 >= n || w[y + 1].a != w[y].z + 2 || memcmp(c->t + w[y].z, " (", 2) != 0) return y;
  uint32_t e2 = title_at(c, w, n, y + 1, end, &y2);
  return e2 && e2 < end && c->t[e2] == ')' ? y2 : y;
}

/* More titles may follow (Defence Minister Dato' Seri ...): the last word of the last. */
static size_t more_titles(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y,
                          uint32_t end) {
  for (int more = 0; more < 3; more++) {
    size_t y2 = title_in_parens(c, w, n, y, end);
    if (y2 == y) {
      if (y + 1 >= n || !dgn_adjacent(c->t, w, y) || !title_at(c, w, n, y + 1, end, &y2)) break;
    }
    y = y2;
  }
  return y;
}

/* Does a title of either side start at word x and end with a word ("Dr" is none in
 * "Dreyfus", "HE" none in "Hermogenes")? */
static int any_title_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                        uint32_t end) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, end, w[x].a);
  if (ti < 0) return 0;
  const dg_word *tw = &c->r->titles.w[ti];
  if (dg_all_capitals(tw->s, tw->len) && memcmp(tw->s, c->t + w[x].a, tw->len) != 0) return 0;
  uint32_t tend = w[x].a + tw->len;
  size_t y = x;
  while (y + 1 < n && w[y + 1].a < tend) y++;
  return ends_word(c, w, y, past_plural(c, w, y, tend));
}

/* May word x be part of a person's name: capitalized, no title, no small word or stop word
 * in any case, no verb a headline capitalizes (Prime Minister Attends | the Summit)? */
static int name_word(const dgn_ctx *c, const dgn_word *w, size_t nw, size_t x, uint32_t end) {
  size_t n = w[x].z - w[x].a;
  return dgn_capital_at(c->t, w[x].a, end) && !any_title_at(c, w, nw, x, end) &&
         dg_wordlist_find(&c->r->name_joiners, c->t + w[x].a, n) < 0 &&
         dg_wordlist_find(&c->r->name_stops, c->t + w[x].a, n) < 0 &&
         dg_wordlist_find(&c->r->headline_verbs, c->t + w[x].a, n) < 0;
}

/* Do words x and x+1 follow each other in a name: spaces between, the stop of an initial
 * (Lorin S. Robert, George H. W. Bush), or a space and the ' of a glottal stop? */
static int name_goes_on(const dgn_ctx *c, const dgn_word *w, size_t x) {
  if (dgn_adjacent(c->t, w, x)) return 1;
  if (w[x + 1].a == w[x].z + 2 && c->t[w[x].z] == ' ' && c->t[w[x].z + 1] == '\'')
    return 1; /* a Polynesian glottal stop written ' opens the next word: Fekitamoeloa 'Utoikamanu */
  return w[x].z - w[x].a == 1 && w[x + 1].a == w[x].z + 2 && c->t[w[x].z] == '.' &&
         c->t[w[x].z + 1] == ' ';
}

/* Is the word a name's own honorific (name_honorifics.tsv, as written: U, Daw)? */
static int honorific(const dgn_ctx *c, const dgn_word *w) {
  const dg_wordlist *hl = &c->r->name_honorifics;
  long k = dg_wordlist_find(hl, c->t + w->a, w->z - w->a);
  return k >= 0 && memcmp(hl->w[k].s, c->t + w->a, w->z - w->a) == 0;
}

/* After a name's honorific, a one-word title is a word of the name (U Tun Tun Oo: Tun is a
 * Malaysian title) unless a small word that opens a portfolio follows it (U Aung Minister
 * of Trade). */
static int honored_word(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end) {
  size_t len = w[x].z - w[x].a;
  long ti = dg_wordlist_at(&c->r->titles, c->t, end, w[x].a);
  if (!dg_is_upper(c->t[w[x].a]) || ti < 0 || c->r->titles.w[ti].len != len ||
      dg_wordlist_find(&c->r->name_joiners, c->t + w[x].a, len) >= 0)
    return 0;
  return x + 1 >= n || !dgn_adjacent(c->t, w, x) || !dgn_joiner(c, &w[x + 1], DG_JOIN_AFTER);
}

/* Is word x a small word inside a name (name_particles.tsv, in any case: de, van, bin, Bin)
 * before a name word, another such word, or a one-word title, which after a particle is a
 * word of the name (Sergio Vieira de Mello, Ursula von der Leyen, Mohamad Bin Haji Hasan:
 * Haji is a title elsewhere)? */
static int particle_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end) {
  if (x + 1 >= n || !dgn_adjacent(c->t, w, x) ||
      dg_wordlist_find(&c->r->name_particles, c->t + w[x].a, w[x].z - w[x].a) < 0)
    return 0;
  return name_word(c, w, n, x + 1, end) || particle_at(c, w, n, x + 1, end) ||
         honored_word(c, w, n, x + 1, end);
}

/* Length of the possessive ('s, ’s) that ends word t[a, z), or 0. */
static uint32_t possessive_len(const char *t, uint32_t a, uint32_t z) {
  if (z - a > 2 && t[z - 1] == 's' && t[z - 2] == '\'') return 2;
  if (z - a > 5 && t[z - 1] == 's' && !memcmp(t + z - 4, "\xe2\x80\x99", 3)) return 4;
  return 0;
}

/* The name words from word f: one to four (five after an honorific, which needs one more),
 * with particles between them: their end *l; 0 when none. */
static int name_words(const dgn_ctx *c, const dgn_word *w, size_t n, size_t f, uint32_t end,
                      size_t *l) {
  int honor = honorific(c, &w[f]);
  size_t words = 0, max = honor ? 5 : 4;
  int after_particle = 0;
  for (*l = f; *l < n && words < max && (*l == f || name_goes_on(c, w, *l - 1)); (*l)++) {
    if (*l > f && particle_at(c, w, n, *l, end)) {
      after_particle = 1;
      continue;
    }
    if (!name_word(c, w, n, *l, end) &&
        !((honor || after_particle) && *l > f && honored_word(c, w, n, *l, end)))
      break;
    after_particle = 0;
    words++;
    if (possessive_len(c->t, w[*l].a, w[*l].z)) { /* Minister Sato's | Attendance at ... */
      (*l)++;
      break;
    }
  }
  return words > (size_t)honor;
}

/* Right after a title, a short stop word written Capitalized before a name word opens the
 * name: a family name of the region (Mr. An Pich Hatda); near miss: lower case, or no name
 * word after it (Minister An ...)? */
static int stop_opens_name(const dgn_ctx *c, const dgn_word *w, size_t n, size_t f, uint32_t end) {
  uint32_t len = w[f].z - w[f].a;
  if (len > 3 || f + 1 >= n || !dg_is_upper(c->t[w[f].a]) || !dg_is_lower(c->t[w[f].z - 1]) ||
      !dgn_adjacent(c->t, w, f) || dg_wordlist_find(&c->r->name_stops, c->t + w[f].a, len) < 0)
    return 0;
  return name_word(c, w, n, f + 1, end);
}

/* Is the one word w[f] (f + 1 == l) right before a title that goes on with it, a word of
 * the post rather than a name (Deputy Regional Director, Acting Managing Director)? */
static int title_modifier(const dgn_ctx *c, const dgn_word *w, size_t n, size_t f, size_t l,
                          uint32_t end) {
  return l == f + 1 && l < n && dgn_adjacent(c->t, w, f) &&
         title_word(c, w[l].a, end, DG_SIDE_BEFORE) >= 0;
}

/* The name: one to four name words after the title's last word y, only spaces after the
 * title's end `tend`: words [*f, *l); 0 when none, or when the one word found opens
 * another title (title_modifier). */
static int name_after(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y, uint32_t tend,
                      uint32_t end, size_t *f, size_t *l) {
  *f = *l = y + 1;
  int gap_ok = *f < n;
  for (uint32_t g = tend; *f < n && g < w[*f].a; g++) gap_ok &= c->t[g] == ' ';
  if (!gap_ok) return 0;
  if (stop_opens_name(c, w, n, *f, end)) return name_words(c, w, n, *f + 1, end, l);
  return name_words(c, w, n, *f, end, l) && !title_modifier(c, w, n, *f, *l, end);
}

/* Is word x part of the portfolio or post a title names before the person (Minister of
 * Planning and Investment, Ambassador to Viet Nam, Representative of JICA Tokyo Office): a
 * word of portfolios.tsv, a head word (Office), a word of a known country, group, place or
 * organization, or a small word inside (and, of) with such a word after it? */
static int portfolio_word(dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end) {
  if (dg_wordlist_find(&c->r->portfolios, c->t + w[x].a, w[x].z - w[x].a) >= 0 ||
      dgn_is_head_word(c, &w[x], end) ||
      dgn_overlaps(c, w[x].a, w[x].z,
                   T(COUNTRY) | T(GROUP) | T(PLACE) | T(REGION) | T(ORGANIZATION)))
    return 1;
  return dgn_joiner(c, &w[x], DG_JOIN_INSIDE) && x + 1 < n && dgn_adjacent(c->t, w, x) &&
         dg_is_upper(c->t[w[x + 1].a]) && portfolio_word(c, w, n, x + 1, end);
}

/* The person after a title's portfolio (Secretary of Finance Cesar V. Purisima, Ambassador
 * to Viet Nam Hiroshi Fukada, Director General for the Caribbean Ana Ruiz): after the
 * title's last word y, a small word that opens the part after a head (of, for, to), maybe
 * "the" before a known body (THE_BODIES), portfolio words (portfolio_word), then two to four name
 * words that end the capitalized run: a lower-case word or punctuation follows (in a list,
 * "... Minister of Justice Jane Doe, Samoa Minister of ..." ends at the comma). Near
 * misses: the Minister of Foreign Affairs of Japan (no name after), Minister for Trade Kim
 * (one word, but for initials joined to it: K.Lopez). Words [*f, *l), or 0. */
/* Does a head word (heads.tsv) start at one of words [f, l)? Such words name a body,
 * not a person (Uzbekistan Airways Company). */
static int any_head(const dgn_ctx *c, const dgn_word *w, size_t n, size_t f, size_t l,
                    uint32_t end);

/* What "the" may stand before in a post: a place or region (Director General for the
 * Caribbean), a country (President of the Kyrgyz Republic), a group or an organization
 * (Deputy Secretary-General of the Asian Development Bank). */
#define THE_BODIES (T(PLACE) | T(REGION) | T(COUNTRY) | T(GROUP) | T(ORGANIZATION))

/* Is the word a name written with its initials joined to it, no space (K.Lopez,
 * Sh.M.Rahimov): one or two initials, each a capital, maybe a small letter, and a stop,
 * then a capital and two small letters or more? It names one as two words would. */
static int initialed_word(const dgn_ctx *c, const dgn_word *w) {
  const char *t = c->t;
  uint32_t i = w->a;
  int initials = 0;
  while (initials < 2 && i + 2 < w->z && dg_is_upper(t[i])) {
    uint32_t j = i + 1 + (dg_is_lower(t[i + 1]) ? 1 : 0);
    if (j >= w->z || t[j] != '.') break;
    i = j + 1, initials++;
  }
  if (!initials || i + 3 > w->z || !dg_is_upper(t[i])) return 0;
  for (uint32_t k = i + 1; k < w->z; k++)
    if (!dg_is_lower(t[k])) return 0;
  return 1;
}

static int name_after_portfolio(dgn_ctx *c, const dgn_word *w, size_t n, size_t y,
                                uint32_t end, size_t *f, size_t *l) {
  size_t k = y + 1;
  if (k + 2 >= n || !dgn_adjacent(c->t, w, y) || !dgn_joiner(c, &w[k], DG_JOIN_AFTER)) return 0;
  size_t p = k + 1; /* "the" before a place or region (Director General for the Caribbean) */
  if (p + 1 < n && w[p].z - w[p].a == 3 && !memcmp(c->t + w[p].a, "the", 3) &&
      dgn_adjacent(c->t, w, p) &&
      (dgn_overlaps(c, w[p + 1].a, w[p + 1].z, THE_BODIES) || dgn_is_head_word(c, &w[p + 1], end)))
    p++; /* or a body by its head word: Secretary of the Ministry of Trade Jane Doe */
  size_t first = p;
  while (p < n && dgn_adjacent(c->t, w, p - 1) && portfolio_word(c, w, n, p, end))
    p++;
  if (p == first || p >= n || !dgn_adjacent(c->t, w, p - 1)) return 0;
  if (!name_after(c, w, n, p - 1, w[p - 1].z, end, f, l) ||
      (*l - *f < 2 && !initialed_word(c, &w[*f])) ||
      any_head(c, w, n, *f, *l, end))
    return 0; /* of the MRC Joint Committee: a body, no name */
  return *l >= n || !dgn_adjacent(c->t, w, *l - 1) || !dg_is_upper(c->t[w[*l].a]);
}

/* Does word x look like a word of a post rather than of a name: a portfolio or head word
 * (Human Rights, Trade Office)? */
static int post_like(dgn_ctx *c, const dgn_word *w, size_t x, uint32_t end) {
  return dg_wordlist_find(&c->r->portfolios, c->t + w[x].a, w[x].z - w[x].a) >= 0 ||
         dgn_is_head_word(c, &w[x], end);
}

/* The last word of a post's words after word p: capitalized or small words (of, for, the,
 * and) right after it, up to word y + 12. */
static size_t post_end(dgn_ctx *c, const dgn_word *w, size_t n, size_t p, size_t y) {
  while (p + 1 < n && p - y < 12 && dgn_adjacent(c->t, w, p) &&
         (dg_is_upper(c->t[w[p + 1].a]) ||
          dgn_joiner(c, &w[p + 1], DG_JOIN_INSIDE | DG_JOIN_INSIDE_THE | DG_JOIN_ARTICLE)))
    p++;
  return p;
}

/* Two to four name words from word f, none a portfolio or head word, that a comma, a
 * semicolon (a list of leaders: A's Prime Minister, Jane Doe; B's ...) or the sentence's end
 * closes: 1 and *l their end. */
static int apposed_name(dgn_ctx *c, const dgn_word *w, size_t n, size_t f, uint32_t end,
                        size_t *l) {
  if (!name_words(c, w, n, f, end, l) || *l - f < 2 || (*l < n && dgn_adjacent(c->t, w, *l - 1)))
    return 0;
  uint32_t z = w[*l - 1].z;
  while (z < end && c->t[z] == ' ') z++;
  if (z < end && c->t[z] != ',' && c->t[z] != '.' && c->t[z] != ';') return 0;
  for (size_t k = f; k < *l; k++)
    if (post_like(c, w, k, end)) return 0;
  return 1;
}

/* The person in apposition to a title and its post, between commas (the UN High
 * Commissioner for Refugees, Jane Doe, in Geneva; the Secretary-General of the Forum, Jane
 * Doe.; the Minister for Trade, Tourism and Investment, Jane Doe, said): after the title's
 * last word y, the post's words, ", " and a name (apposed_name); a part of the post after a
 * comma opens with a portfolio or head word. Near miss: the Minister for Trade, Human
 * Rights, and Energy (a list of portfolios). Words [*f, *l), or 0. */
static int name_in_apposition(dgn_ctx *c, const dgn_word *w, size_t n, size_t y, uint32_t end,
                              size_t *f, size_t *l) {
  size_t p = y;
  for (int part = 0; part < 4; part++) {
    p = post_end(c, w, n, p, y);
    *f = p + 1;
    if (*f >= n || w[*f].a != w[p].z + 2 || c->t[w[p].z] != ',') return 0;
    if (apposed_name(c, w, n, *f, end, l)) return 1;
    if (!post_like(c, w, *f, end)) return 0;
    p = *f;
  }
  return 0;
}

/* Add the person named by words [f, l), without a possessive 's (Mr Lee's office), unless
 * another kind of name overlaps it; *next: its last word. */
static dg_err add_words(dgn_ctx *c, const dgn_word *w, size_t f, size_t l, size_t *next,
                        dg_error *err) {
  uint32_t a = w[f].a, z = w[l - 1].z;
  z -= possessive_len(c->t, a, z);
  if (dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) return DG_OK;
  *next = l - 1;
  return dgn_add_person(c, a, z, err);
}

/* Is the name words [f, l) one head word of a body (heads.tsv: General Council, General
 * Assembly, where General is no title but the body's first word)? */
static int body_head_alone(const dgn_ctx *c, const dgn_word *w, size_t f, size_t l) {
  if (l != f + 1) return 0;
  long h = dg_wordlist_find(&c->r->heads, c->t + w[f].a, w[f].z - w[f].a);
  return h >= 0 && c->r->heads.w[h].len == w[f].z - w[f].a &&
         !memcmp(c->r->heads.w[h].s, c->t + w[f].a, w[f].z - w[f].a);
}

/* A person after the title at word x: *next is the last word looked at. */
static dg_err person_after_title(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                 uint32_t end, size_t *next, dg_error *err) {
  size_t y, f, l;
  uint32_t tend = title_at(c, w, n, x, end, &y);
  if (!tend) return DG_OK;
  size_t last = more_titles(c, w, n, y, end);
  if (last != y) tend = w[last].z + (ends_word(c, w, last, w[last].z + 1) ? 1 : 0);
  if (last != y && c->t[tend] == ')') tend++;
  if (!name_after(c, w, n, last, tend, end, &f, &l) &&
      !name_after_portfolio(c, w, n, last, end, &f, &l) &&
      !name_in_apposition(c, w, n, last, end, &f, &l))
    return DG_OK;
  if (body_head_alone(c, w, f, l)) return DG_OK;
  return add_words(c, w, f, l, next, err);
}

/* A person a name's honorific opens, with no title before it (met U Thant; Daw Khin Kyi
 * said): the honorific at the start, after punctuation or after a lower-case word. Near
 * miss: the honorific alone (Plan U). */
static dg_err person_after_honorific(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                     uint32_t end, size_t *next, dg_error *err) {
  size_t l;
  if (!honorific(c, &w[x]) ||
      (x > 0 && dgn_adjacent(c->t, w, x - 1) && !dg_is_lower(c->t[w[x - 1].a])))
    return DG_OK;
  if (!name_words(c, w, n, x, end, &l)) return DG_OK;
  return add_words(c, w, x, l, next, err);
}

/* Is t[p] a span of years, 19xx or 20xx on both sides (2019-2022, 2019/2022), that no
 * more digits follow, after spaces or not? A program's years, not a telephone number (Work
 * Plan 2021-2025; 2021-2025 1234 may be one). */
static int years_at(const char *t, uint32_t p, uint32_t end) {
  uint32_t q = p + 9;
  while (q < end && t[q] == ' ') q++;
  if (p + 9 > end || (q < end && dg_is_digit(t[q])) || !strchr("-/", t[p + 4])) return 0;
  for (uint32_t k = 0; k < 9; k++)
    if (k != 4 && !dg_is_digit(t[p + k])) return 0;
  return (t[p] == '1' && t[p + 1] == '9') || (t[p] == '2' && t[p + 1] == '0');
}

/* Does a telephone number start at t[p]: digits, spaces, + - / ( ) and at least eight
 * digits before the first other character (02 6261 1555, +65 6332 7000)? */
static int phone_at(const char *t, uint32_t p, uint32_t end) {
  int digits = 0;
  if (p >= end || !(dg_is_digit(t[p]) || t[p] == '+')) return 0;
  if (years_at(t, p, end)) return 0;
  for (; p < end && (dg_is_digit(t[p]) || strchr(" +-/()", t[p])); p++) digits += dg_is_digit(t[p]);
  return digits >= 8;
}

/* Is a contact's telephone number at t[p], maybe after the contact's post in parentheses
 * and maybe after a comma: " (Capitalized words, at most 40 bytes) 02 6261 1555", ", 02
 * 6261 1555", " 0407 710 374"? */
static int contact_follows(const char *t, uint32_t p, uint32_t end) {
  if (p + 2 < end && t[p] == ' ' && t[p + 1] == '(') {
    uint32_t q = p + 2;
    if (!dg_is_upper(t[q])) return 0;
    while (q < end && q < p + 42 && t[q] != ')' && t[q] != '(' && t[q] != '\n') q++;
    if (q >= end || t[q] != ')') return 0;
    p = q + 1;
  }
  if (p < end && t[p] == ',') p++;
  return p + 1 < end && t[p] == ' ' && phone_at(t, p + 1, end);
}

/* A person on a contact line, whatever comes before the name: two to four name words, maybe
 * their post in parentheses, and a telephone number (Jane Doe (Departmental) 02 6261 1555 /
 * 0407 710 374, also a second name after the first one's number; Jane Doe, 0407 710 374).
 * The name starts the line, or follows punctuation, a number or a word in lower case. Near
 * miss: no number after the parentheses (Jane Doe (Departmental) said). */
static dg_err person_before_contact(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                    uint32_t end, size_t *next, dg_error *err) {
  size_t l;
  if (x > 0 && dgn_adjacent(c->t, w, x - 1) && dg_is_upper(c->t[w[x - 1].a])) return DG_OK;
  if (!name_words(c, w, n, x, end, &l) || l - x < 2 || !contact_follows(c->t, w[l - 1].z, end))
    return DG_OK;
  return add_words(c, w, x, l, next, err);
}

/* Is text offset a on one of the document's first DGN_BYLINE_LINES lines? */
static int among_first_lines(const char *t, uint32_t a) {
  int lines = 0;
  for (uint32_t i = 0; i < a; i++)
    if (t[i] == '\n' && ++lines >= DGN_BYLINE_LINES) return 0;
  return 1;
}

/* A byline: a line among the document's first lines that is "By" and two to four name
 * words, maybe a comma or a dash and more after them (By Jane Doe | By Jane Doe, Staff
 * Reporter): the author; near misses: further down the text, words in lower case after the
 * name ("By Jane Doe's account"). */
static dg_err person_in_byline(dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end,
                               size_t *next, dg_error *err) {
  const char *t = c->t;
  size_t l;
  uint32_t a = w[x].a;
  if (w[x].z - a != 2 || memcmp(t + a, "By", 2) || (a > 0 && t[a - 1] != '\n') ||
      x + 2 >= n || !dgn_adjacent(t, w, x) || !name_words(c, w, n, x + 1, end, &l) ||
      l - x - 1 < 2 || !among_first_lines(t, a))
    return DG_OK;
  uint32_t z = w[l - 1].z;
  if (z < end && t[z] != '\n' && t[z] != ',' && !dg_lit(t, end, z, " -") && !dg_lit(t, end, z, " |"))
    return DG_OK;
  return add_words(c, w, x + 1, l, next, err);
}

/* Does the small word x of a name (of, and) join words in lower case (the chairmanship
 * of, in the presence of): one in lower case right before it? */
static int joins_lower(const dgn_ctx *c, const dgn_word *w, size_t x) {
  return x > 0 && dgn_adjacent(c->t, w, x - 1) && dg_is_lower(c->t[w[x - 1].a]);
}

/* The name words that end with word z - 1, two to four of them: the first, or z when
 * there are fewer than two. A name starts a sentence, follows punctuation or a word in
 * lower case; after a small word of a name (of) that follows a capitalized word, the first
 * word belongs to what comes before ("Minister for Law Jane Doe SC" names Jane Doe; "the
 * Department of Foreign Affairs, ..." no one; "the chairmanship of Jane Doe, Minister ..."
 * Jane Doe); never after an article (the Custodian of the Two Holy Mosques, King Salman:
 * a person's name takes no "the"). */
static size_t name_before(const dgn_ctx *c, const dgn_word *w, size_t n, size_t z,
                          uint32_t end) {
  size_t a = z;
  while (a > 0 && z - a < 4 && name_word(c, w, n, a - 1, end) &&
         (a == z || name_goes_on(c, w, a - 1)))
    a--;
  if (z - a < 2 || a == 0 || !dgn_adjacent(c->t, w, a - 1)) return z - a < 2 ? z : a;
  const dgn_word *p = &w[a - 1];
  if (!dg_is_lower(c->t[p->a]) || dgn_joiner(c, p, DG_JOIN_ARTICLE)) return z;
  if (dg_wordlist_find(&c->r->name_joiners, c->t + p->a, p->z - p->a) < 0 ||
      joins_lower(c, w, a - 1))
    return a;
  return z - a >= 3 ? a + 1 : z;
}

/* Does an owner's title start at word x: a capitalized word with its possessive, up to two
 * words in lower case, then a title in any case (Brunei's second minister of foreign
 * affairs, Japan's Foreign Minister)? Near miss: no title after it (Japan's capital). */
static int owned_title(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end) {
  size_t y;
  if (!dg_is_upper(c->t[w[x].a]) || !possessive_len(c->t, w[x].a, w[x].z)) return 0;
  for (size_t k = x + 1; k < n && k <= x + 3 && w[k].a == w[k - 1].z + 1; k++) {
    if (title_at(c, w, n, k, end, &y)) return 1;
    if (!dg_is_lower(c->t[w[k].a])) return 0;
  }
  return 0;
}

/* Is there a title after word x that makes the words before it a name: a post-nominal in
 * capitals after one space (Jane Doe SC), a title after ", " and maybe "the" or an owner
 * (Jane Doe, Minister for Trade; Jane Doe, Tonga's foreign minister), or, for a name in
 * capitals that opens a line, a title after one space (JANE DOE MINISTER FOR TRADE)? */
static int title_follows(const dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                         uint32_t end, int caps_line) {
  if (x + 1 >= n) return 0;
  uint32_t g = w[x].z, nx = w[x + 1].a;
  size_t y;
  if (nx == g + 1 && c->t[g] == ' ') {
    long post = title_word(c, nx, end, DG_SIDE_AFTER);
    if (post >= 0 && dg_all_capitals(c->r->titles.w[post].s, c->r->titles.w[post].len) &&
        w[x + 1].z == nx + c->r->titles.w[post].len)
      return 1;
    return caps_line && title_at(c, w, n, x + 1, end, &y);
  }
  if (nx != g + 2 || c->t[g] != ',' || c->t[g + 1] != ' ') return 0;
  if (title_at(c, w, n, x + 1, end, &y) || owned_title(c, w, n, x + 1, end)) return 1;
  return x + 2 < n && !strncmp(c->t + nx, "the ", 4) && title_at(c, w, n, x + 2, end, &y);
}

/* A person before a title at word x + 1 (see title_follows). */
static dg_err person_before_title(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                  const dg_sentence *s, dg_error *err) {
  size_t a = name_before(c, w, n, x + 1, s->end);
  if (a > x) return DG_OK;
  uint32_t line = w[a].a;
  while (line > 0 && c->t[line - 1] == ' ') line--;
  int caps_line =
      (line == 0 || c->t[line - 1] == '\n') && dg_all_capitals(c->t + w[a].a, w[x].z - w[a].a);
  if (!title_follows(c, w, n, x, s->end, caps_line)) return DG_OK;
  if (dgn_overlaps(c, w[a].a, w[x].z, ANY_NAMED & ~T(PERSON)) || body_head_alone(c, w, x, x + 1))
    return DG_OK; /* the Progress Party, the Chair of ...: a body's head ends no name */
  return dgn_add_person(c, w[a].a, w[x].z, err);
}

/* Is t[a, p) of one sentence a list of countries with their people that "ministers of"
 * opens (the foreign ministers of Fiji Jone Tau, Tonga – ...): "ministers of" before p in
 * it, a comma or "and" right before p (maybe before "the ": the Kyrgyz Republic's) unless
 * p follows it? */
static int ministers_list_before(const char *t, uint32_t a, uint32_t p) {
  static const char OPEN[] = "inisters of ";
  uint32_t q = p;
  if (q >= a + 5 && dg_lit_before(t, q, " the ")) q -= 4;
  while (q > a && t[q - 1] == ' ') q--;
  int joined = (q > a && t[q - 1] == ',') || (q >= a + 4 && !memcmp(t + q - 4, " and", 4));
  for (uint32_t i = a; i + sizeof OPEN - 1 <= p; i++)
    if (!memcmp(t + i, OPEN, sizeof OPEN - 1) && i > a &&
        (t[i - 1] == 'm' || t[i - 1] == 'M'))
      return i + sizeof OPEN - 1 == p || joined;
  return 0;
}

/* Is the country that starts at p the last part of an office's body after its title: " of "
 * or " in " right before it, and before that, with no comma or stop between and within 100
 * bytes, a title of titles.tsv (capitalized) then " of the " (the Director of the Cultural
 * Heritage Agency of Uzbekistan | Jane Doe)? */
static int office_before(const dgn_ctx *c, uint32_t a, uint32_t p) {
  const char *t = c->t;
  if (p < a + 4 || !(dg_lit_before(t, p, " of ") || dg_lit_before(t, p, " in "))) return 0;
  for (uint32_t i = p - 4; i > a && p - i <= 100; i--) {
    if (t[i] == ',' || t[i] == '.' || t[i] == ';') return 0;
    if (!dg_lit(t, p, i, " of the ")) continue;
    uint32_t q = i;
    while (q > a && dg_is_ascii_alnum((unsigned char)t[q - 1])) q--;
    long ti = title_word(c, q, i, DG_SIDE_BEFORE);
    return ti >= 0 && q + c->r->titles.w[ti].len == i && dg_is_upper(t[q]);
  }
  return 0;
}

/* A person named right after a country of a list "ministers of" opens, a space, a spaced
 * dash, an opening parenthesis or the country's possessive between (attended by the foreign
 * ministers of Fiji Jone Tau, Tonga – Sione Vake and Samoa – Afa Leota; foreign ministers of
 * Fiji (Jone Tau), Tonga (Sione Vake); foreign ministers of Fiji Jone Tau, Tonga's Sione
 * Vake; no head word among the names), or ending an office's body after its title (the
 * Director of the Cultural Heritage Agency of Uzbekistan Jane Doe: see office_before; one
 * space, no head word among the names): one to four name words; *next is the last word
 * looked at. Near misses: a country of another list (ministers of Fiji, Tonga and Samoa
 * met), what a country owns (ministers of Fiji, Tonga's Pacific Fund). */
static dg_err person_after_country(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                   const dg_sentence *s, size_t *next, dg_error *err) {
  const char *t = c->t;
  long m = dgn_mention_starting(c, w[x].a, T(COUNTRY));
  int office = m >= 0 && office_before(c, s->start, w[x].a);
  if (m < 0 || !(office || ministers_list_before(t, s->start, w[x].a))) return DG_OK;
  uint32_t g = c->d->ments[m].end;
  size_t f = x, l;
  while (f < n && w[f].a < g) f++;
  if (f >= n) return DG_OK;
  uint32_t own = (uint32_t)dg_possessive_at(t, s->end, g), p = g + own; /* Tonga's */
  while (p < w[f].a && (t[p] == ' ' || t[p] == '-')) p++;
  if (p + 3 <= w[f].a && !memcmp(t + p, "\xE2\x80\x93", 3)) p += 3; /* – */
  while (p < w[f].a && t[p] == ' ') p++;
  if (p < w[f].a && t[p] == '(') p++; /* ministers of Fiji (Jone Tau), Tonga (Sione Vake) */
  if (p != w[f].a || dgn_mention_starting(c, w[f].a, ANY_NAMED) >= 0 ||
      !name_words(c, w, n, f, s->end, &l) || l - f < 2 ||
      ((office || own) && any_head(c, w, n, f, l, s->end)) || (office && p != g + 1))
    return DG_OK;
  return add_words(c, w, f, l, next, err);
}

/* A person named right after "counterpart" or "counterparts" at word x, maybe after a
 * comma (met his Tongan counterpart Sione Vake; her counterparts, Jane Doe and ...): one
 * to four name words, two at least; *next is the last word looked at. */
static dg_err person_after_counterpart(dgn_ctx *c, const dgn_word *w, size_t n, size_t x,
                                       uint32_t end, size_t *next, dg_error *err) {
  const char *t = c->t;
  size_t len = w[x].z - w[x].a, l, f = x + 1;
  if (!((len == 11 && !memcmp(t + w[x].a, "counterpart", 11)) ||
        (len == 12 && !memcmp(t + w[x].a, "counterparts", 12))) ||
      f >= n)
    return DG_OK;
  uint32_t p = w[x].z;
  if (p < w[f].a && t[p] == ',') p++;
  if (p + 1 != w[f].a || t[p] != ' ' || !name_words(c, w, n, f, end, &l) || l - f < 2)
    return DG_OK;
  return add_words(c, w, f, l, next, err);
}

/* A one-word title the list writes in lower case, written so at word x (the Ministry's
 * spokesman Chum Sounry): a person's name may follow it though it opens no capitalized
 * run; near miss: "the spokesman said". */
static int lower_title(const dgn_ctx *c, const dgn_word *w, size_t x, uint32_t end) {
  long ti = title_word(c, w[x].a, end, DG_SIDE_BEFORE);
  if (ti < 0) return 0;
  const dg_word *tw = &c->r->titles.w[ti];
  return dg_is_lower(tw->s[0]) && tw->len == w[x].z - w[x].a && !memchr(tw->s, ' ', tw->len) &&
         !memcmp(tw->s, c->t + w[x].a, tw->len);
}

/* A title written in lower case right after its owner, a known country, group or body or
 * an acronym, at word x (ADB vice president Jane Doe, Fijian prime minister Jane Doe): a
 * name may follow it as after a capitalized title. Near misses: no owner before it (the
 * vice president Jane Doe met: a title in a sentence), no name after it. */
static int owned_lower_title(dgn_ctx *c, const dgn_word *w, size_t x, uint32_t end) {
  if (x == 0 || !dg_is_lower(c->t[w[x].a]) || !dgn_adjacent(c->t, w, x - 1) ||
      title_word(c, w[x].a, end, DG_SIDE_BEFORE) < 0)
    return 0;
  return dgn_mention_ending(c, w[x - 1].z, T(COUNTRY) | T(GROUP) | T(ORGANIZATION)) >= 0 ||
         dgn_is_acronym(c->t, w[x - 1].a, w[x - 1].z);
}

dg_err dgn_en_people(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    size_t n = dgn_en_words(c->t, s.start, s.end, w, MAX_SENTENCE_WORDS);
    for (size_t x = 0; x < n; x++) {
      size_t was = x;
      dg_err e0 = person_after_counterpart(c, w, n, x, s.end, &x, err);
      if (e0 != DG_OK) return e0;
      if (x != was || (!dg_is_upper(c->t[w[x].a]) && !lower_title(c, w, x, s.end) &&
                       !owned_lower_title(c, w, x, s.end)))
        continue;
      size_t at = x;
      dg_err e = person_before_title(c, w, n, x, &s, err);
      if (e == DG_OK) e = person_after_title(c, w, n, x, s.end, &x, err);
      if (e == DG_OK && x == at) e = person_after_honorific(c, w, n, x, s.end, &x, err);
      if (e == DG_OK && x == at) e = person_before_contact(c, w, n, x, s.end, &x, err);
      if (e == DG_OK && x == at) e = person_in_byline(c, w, n, x, s.end, &x, err);
      if (e == DG_OK && x == at) e = person_after_country(c, w, n, x, &s, &x, err);
      if (e != DG_OK) return e;
    }
  }
  return DG_OK;
}

/* Does a head word (heads.tsv) start at word k and end at the end of a word (Plan of
 * Action, Meeting; not Planet)? */
static int head_starts_at(const dgn_ctx *c, const dgn_word *w, size_t n, size_t k,
                          uint32_t end) {
  long h = dg_wordlist_at(&c->r->heads, c->t, end, w[k].a);
  if (h < 0) return 0;
  uint32_t hz = w[k].a + c->r->heads.w[h].len;
  for (size_t j = k; j < n && w[j].a < hz; j++)
    if (w[j].z == hz) return 1;
  return 0;
}

static int any_head(const dgn_ctx *c, const dgn_word *w, size_t n, size_t f, size_t l,
                    uint32_t end) {
  for (size_t k = f; k < l; k++)
    if (head_starts_at(c, w, n, k, end)) return 1;
  return 0;
}

/* Does word y open a Title Case run that a head word ends (KLM Plan of Action, KLM Senior
 * Officials' Meeting), through adjacent Capitalized words and of / for? Then y is a
 * name's first word, not a given name. */
static int opens_headed_run(const dgn_ctx *c, const dgn_word *w, size_t n, size_t y,
                            uint32_t end) {
  for (size_t k = y; k < n && k < y + 6; k++) {
    if (head_starts_at(c, w, n, k, end)) return 1;
    if (k + 1 >= n || !dgn_adjacent(c->t, w, k)) return 0;
    size_t l = w[k + 1].z - w[k + 1].a;
    const char *nx = c->t + w[k + 1].a;
    int joiner = (l == 2 && !memcmp(nx, "of", 2)) || (l == 3 && !memcmp(nx, "for", 3));
    if (!dg_is_upper(nx[0]) && !joiner) return 0;
  }
  return 0;
}

/* Does the word t[a, z) end in an English common noun's ending (noun_endings.tsv:
 * Sector, Connectivity), so that it is no given name? */
static int noun_ending(const dgn_ctx *c, uint32_t a, uint32_t z) {
  return dg_wordlist_before(&c->r->noun_endings, c->t, a + 1, z) >= 0;
}

/* KISHIDA Fumio: a word of three capitals or more that the document does not define as an
 * acronym, then a Capitalized word of three letters or more that is no stop or head word,
 * ends in no common noun's ending (MSME Sector: noun_ending) and opens no Title Case run
 * ending in a head word (KLM Senior Officials' Meeting), neither touching a known name or
 * value. */
static int caps_name_at(dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end) {
  const char *a = c->t + w[x].a, *b = c->t + w[x + 1].a;
  size_t al = w[x].z - w[x].a, bl = w[x + 1].z - w[x + 1].a;
  if (al < 3 || bl < 3 || !dgn_adjacent(c->t, w, x)) return 0;
  for (size_t k = 0; k < al; k++)
    if (!dg_is_upper(a[k])) return 0;
  if (!dg_is_upper(b[0])) return 0;
  for (size_t k = 1; k < bl; k++)
    if (!dg_is_lower(b[k])) return 0;
  return !dgn_is_stop(c, w[x + 1].a, w[x + 1].z) && !noun_ending(c, w[x + 1].a, w[x + 1].z) &&
         !opens_headed_run(c, w, n, x + 1, end) &&
         !dgn_overlaps(c, w[x].a, w[x + 1].z, ANY_NAMED | VALUES) &&
         !dgn_defined_acronym(c, w[x].a, w[x].z);
}

/* Japanese names in English government texts: family name in capitals, then the given
 * name (KISHIDA Fumio, FUKUDA Takeo). Known acronyms are dictionary names and stay out. */
dg_err dgn_en_caps_people(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    size_t n = dgn_en_words(c->t, s.start, s.end, w, MAX_SENTENCE_WORDS);
    for (size_t x = 0; x + 1 < n; x++) {
      if (!caps_name_at(c, w, n, x, s.end)) continue;
      dg_err e = dgn_add_person(c, w[x].a, w[x + 1].z, err);
      if (e != DG_OK) return e;
      x++;
    }
  }
  return DG_OK;
}
