/* Dictionary meetings written with their group moved out of the name: before it with a
 * possessive (ASEAN's 44th summit, the Pacific Islands Forum's annual leaders' meeting),
 * after it with "of" (the third summit of ASEAN, the leaders' meeting of the Pacific
 * Islands Forum), or before の in Japanese (ASEANの第44回首脳会議). Put back in front of the
 * meeting's words (ASEAN summit, Pacific Islands Forum leaders' meeting, ASEAN首脳会議) the
 * group, as written or by its labels, must make a meeting the dictionary lists; an ordinal
 * makes the series' instance (meeting:asean-summit:44), as 第44回 before the name would.
 * Countries' abbreviations before の and a meeting's head (日中韓の外相会談) are their
 * meeting likewise: the dictionary's, else a new one named without の. So is a group
 * written as the gloss in parentheses of its name, the two maybe quoted, before の
 * (東南アジア諸国連合(ASEAN)の首脳会議; 「…イニシアチブ(BIMSTEC)」の首脳会議: the dictionary's
 * meeting, else one named by the gloss as written, BIMSTEC首脳会議: glossed_span).
 * A series the dictionary lists stands for its group likewise (the 10th Foreign Ministers'
 * Meeting of the "Central Asia plus Japan" Dialogue: CA+JAD's foreign ministers' meeting,
 * its 10th instance; the series' own mention then lies nested inside).
 * Invariant: only dictionary meetings are found, over the group and the meeting's words
 * (the group's own mention stays); between them only an ordinal and words of
 * meeting_modifiers.tsv (annual, regular) are passed over; nothing is found where another
 * party is named with the group (ASEAN's summit with Japan, the summit of ASEAN and Japan,
 * 日本とASEANの首脳会議: the parties' meeting, not the group's) or where a name already
 * overlaps the span. */
#include <string.h>

#include "recognize/names_int.h"

#define RS_MAX_WORDS 4      /* the meeting's own words: foreign ministers' meeting */
#define RS_MAX_MODIFIERS 2  /* annual regular */
#define RS_WINDOW 160       /* bytes before "of" looked at for the meeting's words */
#define RS_JA_MAX_CHARS 12  /* characters of a Japanese meeting after の: 外相会議, 首脳会議 */
#define RS_KEY 320

static const char NO[] = "\xE3\x81\xAE"; /* の */

/* A group mention's names to put back: as written, its Japanese and its English label. */
static size_t group_names(const dgn_ctx *c, const dg_mention *g, const char *out[3],
                          size_t len[3]) {
  size_t n = 0;
  out[n] = c->t + g->start, len[n++] = g->end - g->start;
  if (*g->label) out[n] = g->label, len[n++] = strlen(g->label);
  if (*g->label_en) out[n] = g->label_en, len[n++] = strlen(g->label_en);
  return n;
}

/* How the meeting's words are put in the key: as written, without a plural possessive's
 * apostrophe (leaders' -> leaders), or with one after the last word of the body (the
 * meeting of ASEAN foreign ministers -> ASEAN foreign ministers' meeting). */
enum { AS_WRITTEN, BARE, POSSESSIVE, NFORMS };

/* Append s[0, n) to key[*kl], in `form`; 0 when it does not fit. */
static int put(char *key, size_t *kl, const char *s, size_t n, int form, int last) {
  if (form == BARE && n > 1 && s[n - 1] == '\'') n--;
  int add = form == POSSESSIVE && last && n > 1 && s[n - 1] == 's';
  if (*kl + n + add + 1 >= RS_KEY) return 0;
  memcpy(key + *kl, s, n);
  *kl += n;
  if (add) key[(*kl)++] = '\'';
  return 1;
}

/* Append the words w[0, n) to the key, each after a space. */
static int put_words(const dgn_ctx *c, char *key, size_t *kl, const dgn_word *w, size_t n,
                     int form) {
  for (size_t k = 0; k < n; k++)
    if (!put(key, kl, " ", 1, AS_WRITTEN, 0) ||
        !put(key, kl, c->t + w[k].a, w[k].z - w[k].a, form, k + 1 == n))
      return 0;
  return 1;
}

/* The words of a meeting put back after its group: the body's (ASEAN | foreign ministers)
 * and the meeting's (summit, leaders' meeting), or Japanese text t[a, z) (no words). */
typedef struct {
  const dgn_word *body, *words;
  size_t nbody, nwords;
  uint32_t a, z;
} rs_words;

/* The dictionary meeting named by `group` then the words W in `form`, or -1. */
static long lookup(const dgn_ctx *c, const char *group, size_t gl, const rs_words *W, int form) {
  char key[RS_KEY];
  size_t kl = 0;
  if (!put(key, &kl, group, gl, AS_WRITTEN, 0) ||
      !put_words(c, key, &kl, W->body, W->nbody, form) ||
      !put_words(c, key, &kl, W->words, W->nwords, form == POSSESSIVE ? AS_WRITTEN : form))
    return -1;
  if (!W->nwords && !put(key, &kl, c->t + W->a, W->z - W->a, AS_WRITTEN, 0)) return -1;
  long ent = dg_dict_find_surface(c->rz->dict, key, kl);
  return ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == DG_TYPE_MEETING ? ent : -1;
}

/* The meeting the group g and the words W name, trying each of the group's names and
 * each form of the words; or -1. */
static long known_words(const dgn_ctx *c, const dg_mention *g, const rs_words *W) {
  const char *names[3];
  size_t lens[3], nn = group_names(c, g, names, lens);
  for (int form = 0; form < NFORMS; form++)
    for (size_t i = 0; i < nn; i++) {
      if (form == POSSESSIVE && !W->nbody) continue;
      long ent = lookup(c, names[i], lens[i], W, form);
      if (ent >= 0) return ent;
    }
  return -1;
}

/* The meeting the group g and the words w[0, n) name (or Japanese t[a, z) when n == 0). */
static long known_meeting(const dgn_ctx *c, const dg_mention *g, const dgn_word *w, size_t n,
                          uint32_t a, uint32_t z) {
  rs_words W = {NULL, w, 0, n, a, z};
  return known_words(c, g, &W);
}

/* A name over [a, z) that blocks a meeting put back there: any meeting, program,
 * organization or person overlapping it, but a dictionary meeting inside it, the series
 * whose meeting it is (the 10th Foreign Ministers' Meeting of the X Dialogue). */
typedef struct {
  uint32_t a, z;
} rs_span;

static int q_blocks(const dg_mention *m, size_t i, void *arg) {
  const rs_span *q = arg;
  (void)i;
  if (m->start >= q->z || q->a >= m->end || !((NAME_TYPES | T(PERSON)) >> m->type & 1u)) return 0;
  return !(m->type == DG_TYPE_MEETING && m->entity >= 0 && m->start > q->a && m->end <= q->z);
}

/* Add the meeting ent over [a, z): the series' instance when ord > 0. */
static dg_err add_meeting(dgn_ctx *c, long ent, int ord, uint32_t a, uint32_t z,
                          dg_error *err) {
  rs_span q = {a, z};
  if (dgn_visit(c, a, q_blocks, &q)) return DG_OK;
  dg_mention *m = dgn_add_entity(c, DG_TYPE_MEETING, a, z, ent);
  if (!m) return dg_error_set(err, DG_ENOMEM, "out of memory");
  if (ord <= 0 || ord > DGN_MAX_ORDINAL) return DG_OK;
  return dgn_record_instance(c, ord, a, z, (long)(m - c->d->ments), err);
}

/* Do the words w[0, n) stand together, only spaces between them? */
static int run_adjacent(const dgn_ctx *c, const dgn_word *w, size_t n) {
  for (size_t k = 0; k + 1 < n; k++)
    if (!dgn_adjacent(c->t, w, k)) return 0;
  return 1;
}

/* Is w[k] a word of meeting_modifiers.tsv? */
static int modifier(const dgn_ctx *c, const dgn_word *w) {
  return dg_wordlist_find(&c->r->meeting_modifiers, c->t + w->a, w->z - w->a) >= 0;
}

/* The ordinal w[k] is, followed by w[k + 1] (44th, third), or 0. */
static int ordinal_word(const dgn_ctx *c, const dgn_word *w, size_t k, size_t n, uint32_t end) {
  uint32_t after;
  if (k + 1 >= n) return 0;
  int ord = dgn_ordinal_prefix(c, w[k].a, end, &after);
  return ord > 0 && after == w[k + 1].a ? ord : 0;
}

/* Does a word of party_links.tsv start at p after spaces, standing whole (not "andes")?
 * Where it ends, or 0. */
static uint32_t link_at(const dgn_ctx *c, uint32_t p, uint32_t end) {
  while (p < end && c->t[p] == ' ') p++;
  long w = dg_wordlist_at(&c->r->party_links, c->t, end, p);
  if (w < 0) return 0;
  uint32_t z = p + (uint32_t)c->r->party_links.w[w].len;
  return dg_is_ascii_alnum((unsigned char)c->t[p]) && z < end &&
                 dg_is_ascii_alnum((unsigned char)c->t[z])
             ? 0
             : z;
}

/* Do other parties follow at p as an English list closed by "and": ", Japan and
 * Fiji", ", the Philippines, Japan and the EU" (the Meeting of the Foreign Ministers of
 * ASEAN, Japan and Fiji: the parties' meeting)? Near miss: a comma with no closing "and"
 * item (the summit of ASEAN, China said). */
static int listed_parties(dgn_ctx *c, uint32_t p, uint32_t end) {
  for (int items = 0; items < 12; items++) {
    int and = 0;
    if (dg_lit(c->t, end, p, ", and ")) p += 6, and = 1;
    else if (dg_lit(c->t, end, p, " and ") && items > 0) p += 5, and = 1;
    else if (dg_lit(c->t, end, p, ", ")) p += 2;
    else return 0;
    if (dg_lit(c->t, end, p, "the ")) p += 4;
    long m = dgn_mention_starting(c, p, T(COUNTRY) | T(GROUP));
    if (m < 0) return 0;
    if (and) return 1;
    p = c->d->ments[m].end;
    if (dg_lit(c->t, end, p, " (") && memchr(c->t + p, ')', end - p)) /* a gloss: Fiji (FJ) */
      p = (uint32_t)((const char *)memchr(c->t + p, ')', end - p) - c->t) + 1;
  }
  return 0;
}

/* Does another party follow at p: a word of party_links.tsv and a country or group (ASEAN's
 * summit with Japan, the summit of ASEAN and the EU)? */
static int party_follows(dgn_ctx *c, uint32_t p, uint32_t end) {
  if (dg_lit(c->t, end, p, " (") && memchr(c->t + p, ')', end - p)) /* a gloss: ASEAN (AS) */
    p = (uint32_t)((const char *)memchr(c->t + p, ')', end - p) - c->t) + 1;
  uint32_t q = link_at(c, p, end);
  if (!q) return listed_parties(c, p, end);
  while (q < end && c->t[q] == ' ') q++;
  if (dg_lit(c->t, end, q, "the ")) q += 4;
  return dgn_mention_starting(c, q, T(COUNTRY) | T(GROUP)) >= 0;
}

/* Does a word of party_links.tsv end right before a, after spaces (Japan and | ASEAN's,
 * 日中韓3カ国と | ASEANの, 日・ASEAN), standing whole? */
static int party_before(const dgn_ctx *c, uint32_t a, uint32_t start) {
  while (a > start && c->t[a - 1] == ' ') a--;
  long w = dg_wordlist_before(&c->r->party_links, c->t, start, a);
  if (w < 0) return 0;
  uint32_t b = a - (uint32_t)c->r->party_links.w[w].len;
  return !(dg_is_ascii_alnum((unsigned char)c->t[b]) && b > start &&
           dg_is_ascii_alnum((unsigned char)c->t[b - 1]));
}

/* ---- English: GROUP's [ordinal] [annual] words of a meeting ---- */

/* The possessive after a group at p ('s, ’s and a space): where the next word starts, or 0. */
static uint32_t possessive_at(const dgn_ctx *c, uint32_t p, uint32_t end) {
  if (dg_lit(c->t, end, p, "'s ")) return p + 3;
  if (dg_lit(c->t, end, p, "\xE2\x80\x99s ")) return p + 5;
  return 0;
}

static dg_err possessive_meeting(dgn_ctx *c, const dg_mention *g, uint32_t s_start, uint32_t end,
                                 dg_error *err) {
  dgn_word w[2 + RS_MAX_MODIFIERS + RS_MAX_WORDS];
  uint32_t p = possessive_at(c, g->end, end);
  if (!p || party_before(c, g->start, s_start)) return DG_OK;
  size_t n = dgn_en_words(c->t, p, end, w, sizeof w / sizeof *w), k = 0;
  if (!n || w[0].a != p) return DG_OK;
  int ord = ordinal_word(c, w, 0, n, end);
  k += ord > 0;
  for (size_t m = 0; k < n && m < RS_MAX_MODIFIERS && modifier(c, &w[k]); m++) k++;
  for (size_t j = n - k < RS_MAX_WORDS ? n - k : RS_MAX_WORDS; j > 0; j--) {
    if (!run_adjacent(c, w + k, j)) continue;
    long ent = known_meeting(c, g, &w[k], j, 0, 0);
    if (ent < 0) continue;
    if (party_follows(c, w[k + j - 1].z, end)) return DG_OK;
    return add_meeting(c, ent, ord, g->start, w[k + j - 1].z, err);
  }
  return DG_OK;
}

/* ---- English: [ordinal] [annual] words of a meeting "of (the)" GROUP ---- */

/* Where " of " or " of the " (" from ", " from the " when `from`) ends right before the
 * group at a: where "of" starts, or 0. */
static uint32_t of_before(const dgn_ctx *c, uint32_t a, uint32_t start, int from) {
  const char *w = from ? " from " : " of ";
  uint32_t l = (uint32_t)strlen(w);
  if (a >= start + l + 4 && memcmp(c->t + a - 4, "the ", 4) == 0 &&
      memcmp(c->t + a - l - 4, w, l) == 0)
    return a - l - 3;
  if (a >= start + l && memcmp(c->t + a - l, w, l) == 0) return a - l + 1;
  return 0;
}

/* Is w the word s? */
static int word_is(const dgn_ctx *c, const dgn_word *w, const char *s) {
  return w->z - w->a == strlen(s) && !memcmp(c->t + w->a, s, w->z - w->a);
}

/* The meeting's words w[f, n) end at "of": the span starts at an ordinal or modifiers
 * before them; *ord the ordinal. Returns the first word's index. */
static size_t opening_words(const dgn_ctx *c, const dgn_word *w, size_t f, size_t n,
                            uint32_t end, int *ord) {
  for (size_t m = 0; f > 0 && m < RS_MAX_MODIFIERS && modifier(c, &w[f - 1]); m++) f--;
  *ord = f > 0 ? ordinal_word(c, w, f - 1, n, end) : 0;
  return *ord > 0 ? f - 1 : f;
}

/* The meeting the words w[f, n) before "of" and the group g name, with up to
 * RS_MAX_WORDS - 1 words of its body after the group (the meeting of ASEAN | foreign
 * ministers): where the name ends, or 0; *ent its entity. */
static uint32_t of_group_end(dgn_ctx *c, const dg_mention *g, const dg_sentence *s,
                             const dgn_word *w, size_t f, size_t n, long *ent) {
  dgn_word b[RS_MAX_WORDS];
  size_t nb = dgn_en_words(c->t, g->end, s->end, b, RS_MAX_WORDS - 1);
  if (nb && b[0].a != g->end + 1) nb = 0;
  for (size_t k = nb; k > 0; k--) { /* the longest body first */
    if (!run_adjacent(c, b, k)) continue;
    rs_words W = {b, w + f, k, n - f, 0, 0};
    if ((*ent = known_words(c, g, &W)) >= 0 && !party_follows(c, b[k - 1].z, s->end))
      return b[k - 1].z;
  }
  if (party_follows(c, g->end, s->end)) return 0;
  *ent = known_meeting(c, g, w + f, n - f, 0, 0);
  return *ent >= 0 ? g->end : 0;
}

/* Is w a word in lower case other than an article (the second standing | meeting of ...:
 * another kind of meeting than the group's own)? */
static int describes(const dgn_ctx *c, const dgn_word *w) {
  static const char *const articles[] = {"the", "a", "an"};
  for (uint32_t i = w->a; i < w->z; i++)
    if (!dg_is_lower(c->t[i])) return 0;
  for (size_t k = 0; k < sizeof articles / sizeof *articles; k++)
    if (w->z - w->a == strlen(articles[k]) && !memcmp(c->t + w->a, articles[k], w->z - w->a))
      return 0;
  return 1;
}

/* Add the meeting ent whose head's words start at w[f]: from an ordinal or modifiers
 * before them to z, unless a word describing another kind of meeting comes first. */
static dg_err add_opened(dgn_ctx *c, const dgn_word *w, size_t f, size_t n, uint32_t end,
                         long ent, uint32_t z, dg_error *err) {
  int ord;
  size_t first = opening_words(c, w, f, n, end, &ord);
  if (first > 0 && describes(c, &w[first - 1])) return DG_OK; /* the standing meeting of */
  return add_meeting(c, ent, ord, w[first].a, z, err);
}

/* "HEAD of (the) BODY of|from (the) GROUP" (a meeting of the defence ministers of ASEAN,
 * a meeting of defence ministers from ASEAN): the words w[0, n) end before the second
 * "of" or "from"; the body's one to three words and the head's one or two, put back as
 * GROUP BODY' HEAD, must name a dictionary meeting. */
static dg_err body_of_meeting(dgn_ctx *c, const dg_mention *g, const dg_sentence *s,
                              const dgn_word *w, size_t n, dg_error *err) {
  for (size_t o = n > 5 ? n - 5 : 0; o + 1 < n; o++) {
    if (!word_is(c, &w[o], "of")) continue;
    size_t b = o + 1 + (o + 2 < n && word_is(c, &w[o + 1], "the"));
    if (b >= n || n - b > RS_MAX_WORDS - 1) continue;
    for (size_t h = 1; h <= 2 && h <= o; h++) {
      rs_words W = {w + b, w + o - h, n - b, h, 0, 0};
      long ent = known_words(c, g, &W);
      if (ent >= 0) return add_opened(c, w, o - h, n, s->end, ent, g->end, err);
    }
  }
  return DG_OK;
}

static dg_err of_meeting(dgn_ctx *c, const dg_mention *g, const dg_sentence *s, dg_error *err) {
  enum { MAXW = 40 };
  dgn_word w[MAXW];
  uint32_t of = of_before(c, g->start, s->start, 0), by = of;
  if (!of) by = of_before(c, g->start, s->start, 1);
  if (!by || party_follows(c, g->end, s->end)) return DG_OK;
  uint32_t from = by > s->start + RS_WINDOW ? by - RS_WINDOW : s->start;
  size_t n = dgn_en_words(c->t, from, by - 1, w, MAXW);
  if (!n || w[n - 1].z != by - 1) return DG_OK;
  if (from > s->start && n > 0) memmove(w, w + 1, --n * sizeof *w); /* maybe cut */
  if (!of) return body_of_meeting(c, g, s, w, n, err);
  for (size_t j = n < RS_MAX_WORDS ? n : RS_MAX_WORDS; j > 0; j--) {
    size_t f = n - j;
    long ent;
    if (!run_adjacent(c, w + f, j)) continue;
    uint32_t z = of_group_end(c, g, s, w, f, n, &ent);
    if (z) return add_opened(c, w, f, n, s->end, ent, z, err);
  }
  return body_of_meeting(c, g, s, w, n, err);
}

/* The meeting over [a, z) that key[0, kl) names: the dictionary's when it knows that
 * name, else a new one named so (日中韓外相会談, asean非公式外相会議). */
static dg_err meeting_named(dgn_ctx *c, const char *key, size_t kl, uint32_t a, uint32_t z,
                            dg_error *err) {
  long ent = dg_dict_find_surface(c->rz->dict, key, kl);
  if (ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == DG_TYPE_MEETING)
    return add_meeting(c, ent, 0, a, z, err);
  dg_mention *m = dgn_add_minted(c, DG_TYPE_MEETING, a, z);
  return m && !dgn_rename(c, m, key, kl) ? DG_OK : dg_error_set(err, DG_ENOMEM, "out of memory");
}

/* ---- Japanese: GROUPの[第N回]meeting ---- */

/* Does a name go on at p (a kanji, katakana, Latin letter or digit: 首脳会議|声明)? */
static int name_goes_on(const dgn_ctx *c, uint32_t p) {
  if (p >= c->len) return 0;
  uint32_t cp;
  dg_utf8_decode(c->t + p, c->t + c->len, &cp);
  dg_script sc = dg_script_of(cp);
  return sc == DG_SC_KANJI || sc == DG_SC_KATAKANA || sc == DG_SC_LATIN || sc == DG_SC_DIGIT;
}

/* A meeting no dictionary knows written GROUPの[第N回]words: a run of kanji and katakana from
 * q that ends with a meeting's head of three characters or more (ASEANの非公式外相会議:
 * 外相会議), named as the group's label, the ordinal and the words would name it written
 * together (第3回ASEAN非公式外相会議, as the head rule names that text). */
static dg_err new_group_meeting(dgn_ctx *c, const dg_mention *g, const dg_sentence *s,
                                uint32_t p, uint32_t q, const rs_span *gl, dg_error *err) {
  uint32_t z = q;
  while (z < s->end && name_goes_on(c, z) && z - q <= RS_JA_MAX_CHARS * 3)
    z += (uint32_t)dg_utf8_len(c->t + z, c->t + s->end);
  long h = z > q ? dg_wordlist_before(&c->r->heads, c->t, q, z) : -1;
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING || c->r->heads.w[h].len <= 6 ||
      name_goes_on(c, z) || dgn_overlaps(c, g->start, z, NAME_TYPES & ~T(GROUP)))
    return DG_OK;
  char key[RS_KEY];
  size_t kl = 0;
  int glossed = gl->a < g->start; /* named by the gloss as written: BIMSTEC首脳会議 */
  if (!put(key, &kl, c->t + p, q - p, AS_WRITTEN, 0) ||
      !put(key, &kl, glossed ? c->t + g->start : g->label,
           glossed ? g->end - g->start : strlen(g->label), AS_WRITTEN, 0) ||
      !put(key, &kl, c->t + q, z - q, AS_WRITTEN, 0))
    return DG_OK;
  return meeting_named(c, key, kl, gl->a, z, err);
}

/* Is the code point x one of the two given (the ASCII and the full-width form)? */
static int cp_is(uint32_t x, uint32_t ascii, uint32_t wide) { return x == ascii || x == wide; }

/* A group written as the gloss in parentheses of the name before it, the two maybe quoted,
 * before の (東南アジア諸国連合(ASEAN)の, 「ベンガル湾…イニシアチブ(BIMSTEC)」の): the span of
 * the name and its gloss, past the closers; the group's own span otherwise. The name is the
 * quote's text, or unquoted, a mention of the same group. */
static rs_span glossed_span(dgn_ctx *c, const dg_mention *g, const dg_sentence *s) {
  rs_span r = {g->start, g->end}, none = r;
  uint32_t open = g->start, z = g->end;
  if (open <= s->start || !cp_is(dg_cp_before(c->t, open), '(', 0xFF08) ||
      !cp_is(dg_cp_at(c->t, s->end, z), ')', 0xFF09))
    return none;
  open = (uint32_t)dg_utf8_prev(c->t, open);
  z += (uint32_t)dg_utf8_len(c->t + z, c->t + s->end);
  if (dg_cp_at(c->t, s->end, z) == DGN_CP_CLOSE) {
    uint32_t a = open;
    while (a > s->start && dg_cp_before(c->t, a) != DGN_CP_OPEN &&
           dg_cp_before(c->t, a) != DGN_CP_CLOSE)
      a = (uint32_t)dg_utf8_prev(c->t, a);
    if (a == open || dg_cp_before(c->t, a) != DGN_CP_OPEN) return none;
    r.a = a;
    r.z = z + 3; /* 」 */
    return r;
  }
  long m = dgn_mention_ending(c, open, T(GROUP));
  if (m < 0 || c->d->ments[m].entity != g->entity) return none;
  r.a = c->d->ments[m].start;
  r.z = z;
  return r;
}

static dg_err ja_meeting(dgn_ctx *c, const dg_mention *g, const dg_sentence *s, dg_error *err) {
  rs_span gl = glossed_span(c, g, s);
  uint32_t p = gl.z, after;
  if (!dg_lit(c->t, s->end, p, NO) || party_before(c, gl.a, s->start)) return DG_OK;
  p += 3;
  int ord = dgn_ja_ordinal_at(c, p, s->end, &after);
  uint32_t q = ord > 0 ? after : p, ends[RS_JA_MAX_CHARS];
  size_t ne = 0;
  for (uint32_t z = q; z < s->end && ne < RS_JA_MAX_CHARS;) {
    z += (uint32_t)dg_utf8_len(c->t + z, c->t + s->end);
    ends[ne++] = z;
  }
  while (ne-- > 0) { /* the longest first */
    if (name_goes_on(c, ends[ne])) continue;
    long ent = known_meeting(c, g, NULL, 0, q, ends[ne]);
    if (ent >= 0) return add_meeting(c, ent, ord, gl.a, ends[ne], err);
  }
  return new_group_meeting(c, g, s, p, q, &gl, err);
}

/* ---- Japanese: countries' abbreviationsの meeting (日中韓の外相会談) ---- */

/* The meeting head word of three characters or more (外相会談, 首脳会議) that is all of
 * t[q, ...) up to a character that ends a name: where it ends, or 0. */
static uint32_t lone_head_end(const dgn_ctx *c, uint32_t q, uint32_t end) {
  long h = dg_wordlist_at(&c->r->heads, c->t, end, q);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING || c->r->heads.w[h].len <= 6)
    return 0;
  uint32_t z = q + (uint32_t)c->r->heads.w[h].len;
  return name_goes_on(c, z) ? 0 : z;
}

/* The parties' meeting at の p: their abbreviations right before it (a run of two or more
 * that starts no longer word) and a head word after it (日中韓の外相会談: the meeting of
 * those countries). The dictionary's when the parties and the head name one (日中韓首脳会議),
 * else a new meeting named so. */
static dg_err abbreviations_meeting(dgn_ctx *c, const dg_sentence *s, uint32_t p,
                                    dg_error *err) {
  uint32_t a = dgn_abbreviations_start(c, s->start, p), z = lone_head_end(c, p + 3, s->end);
  if (a == p || !z || (a > s->start && name_goes_on(c, (uint32_t)dg_utf8_prev(c->t, a))) ||
      dgn_overlaps(c, a, z, NAME_TYPES | T(PERSON)))
    return DG_OK;
  char key[RS_KEY];
  size_t kl = 0;
  if (!put(key, &kl, c->t + a, p - a, AS_WRITTEN, 0) ||
      !put(key, &kl, c->t + p + 3, z - p - 3, AS_WRITTEN, 0))
    return DG_OK;
  return meeting_named(c, key, kl, a, z, err);
}

/* The countries listed with joiners (list_joiners.tsv: と, 、) right before the の at p
 * (日本と中国、韓国の…), two or more: their one-character abbreviations (countries.tsv abbr1)
 * appended to key, in the order written; where the list starts, or p. */
static uint32_t listed_countries(dgn_ctx *c, const dg_sentence *s, uint32_t p, char *key,
                                 size_t *kl) {
  uint32_t at[8], a = p;
  size_t n = 0;
  for (;;) {
    long m = dgn_mention_ending(c, a, T(COUNTRY));
    if (m < 0 || n == 8 || c->d->ments[m].entity < 0) break;
    at[n++] = (uint32_t)m;
    a = c->d->ments[m].start;
    long w = dg_wordlist_before(&c->r->list_joiners, c->t, s->start, a);
    if (w < 0) break;
    a -= (uint32_t)c->r->list_joiners.w[w].len;
  }
  if (n < 2) return p;
  for (size_t k = n; k-- > 0;) {
    char abbr[16];
    const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)c->d->ments[at[k]].entity);
    const char *v = dg_entity_attr(e, "abbr1", abbr, sizeof abbr);
    if (!v || !put(key, kl, v, strlen(v), AS_WRITTEN, 0)) return p;
  }
  return c->d->ments[at[n - 1]].start;
}

/* The head after の at q written with 同士の inside it (外相同士の会談: the foreign ministers'
 * talks): the head word it makes without them (外相会談, heads.tsv) appended to key; where
 * it ends, or 0. */
static uint32_t among_head_end(const dgn_ctx *c, uint32_t q, uint32_t end, char *key,
                               size_t *kl) {
  static const char among[] = "\xE5\x90\x8C\xE5\xA3\xAB\xE3\x81\xAE"; /* 同士の */
  for (uint32_t x = q + 3; x < end && x <= q + 12; x += 3) {
    if (!dg_lit(c->t, end, x, among)) continue;
    uint32_t h = x + 9, z = h + 6; /* a two-character head: 会談, 会議, 会合 */
    char word[32];
    if (z > end || x - q + 6 >= sizeof word) return 0;
    memcpy(word, c->t + q, x - q);
    memcpy(word + (x - q), c->t + h, 6);
    long w = dg_wordlist_find(&c->r->heads, word, x - q + 6);
    if (w < 0 || c->r->heads.w[w].as.head.type != DG_TYPE_MEETING || name_goes_on(c, z) ||
        !put(key, kl, word, x - q + 6, AS_WRITTEN, 0))
      return 0;
    return z;
  }
  return 0;
}

/* The listed countries' meeting at の p (日本と中国、韓国の外相同士の会談): named as their
 * abbreviations and the head would name it (日中韓外相会談, as abbreviations_meeting names
 * 日中韓の外相会談): the dictionary's meeting when it knows that name, else a new one. */
static dg_err listed_meeting(dgn_ctx *c, const dg_sentence *s, uint32_t p, dg_error *err) {
  char key[RS_KEY];
  size_t kl = 0;
  uint32_t a = listed_countries(c, s, p, key, &kl), z = 0;
  if (a == p || (a > s->start && name_goes_on(c, (uint32_t)dg_utf8_prev(c->t, a))))
    return DG_OK;
  uint32_t lone = lone_head_end(c, p + 3, s->end);
  if (lone) z = put(key, &kl, c->t + p + 3, lone - p - 3, AS_WRITTEN, 0) ? lone : 0;
  else z = among_head_end(c, p + 3, s->end, key, &kl);
  if (!z || dgn_overlaps(c, p, z, NAME_TYPES | T(PERSON))) return DG_OK;
  return meeting_named(c, key, kl, a, z, err);
}

static dg_err abbreviations_meetings(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  dg_err e = DG_OK;
  for (uint32_t p = s->start; p + 3 <= s->end && e == DG_OK; p++)
    if ((unsigned char)c->t[p] == 0xE3 && dg_lit(c->t, s->end, p, NO)) {
      e = abbreviations_meeting(c, s, p, err);
      if (e == DG_OK) e = listed_meeting(c, s, p, err);
    }
  return e;
}

/* ---- the family ---- */

typedef struct {
  uint32_t *at; /* the groups' mention indices in the sentence */
  size_t n, cap;
} group_list;

static int q_group(const dg_mention *m, size_t i, void *arg) {
  group_list *L = arg;
  if ((m->type == DG_TYPE_GROUP || (m->type == DG_TYPE_MEETING && m->entity >= 0)) && L->n < L->cap)
    L->at[L->n++] = (uint32_t)i; /* a series the dictionary lists counts as its group */
  return 0;
}

static dg_err sentence_groups(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  uint32_t at[64];
  group_list L = {at, 0, 64};
  dgn_visit(c, s->start, q_group, &L);
  dg_err e = DG_OK;
  for (size_t i = 0; i < L.n && e == DG_OK; i++) {
    dg_mention g = c->d->ments[at[i]]; /* a copy: adding mentions moves them */
    if (g.start < s->start || g.end > s->end) continue;
    e = possessive_meeting(c, &g, s->start, s->end, err);
    if (e == DG_OK) e = of_meeting(c, &g, s, err);
    if (e == DG_OK) e = ja_meeting(c, &g, s, err);
  }
  return e;
}

dg_err dgn_reordered_meetings(dgn_ctx *c, dg_error *err) {
  dg_err e = DG_OK;
  for (size_t si = 0; si < c->d->nsents && e == DG_OK; si++) {
    e = sentence_groups(c, &c->d->sents[si], err);
    if (e == DG_OK) e = abbreviations_meetings(c, &c->d->sents[si], err);
  }
  return e;
}
