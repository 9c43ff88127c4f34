/* Back references (coref.tsv): 本会合 and "this meeting" mean the meeting the document is
 * about (the first one it names), 同会合, "the Summit" the one named last before them (he,
 * she and 同大臣 the person named last, in their sentence or the two before; "it" before a
 * verb only a meeting takes, it_verbs.tsv, the meeting named last, in its sentence or the
 * one before), and
 * 前回会合 the one named last before them that is not the document's own. A series' name
 * glossing an instance in parentheses (the 9th ... Dialogue (JPIDD)) is that instance.
 * A row of type `any` is a prefix: 同, 本, 今次 or 前回 before a run of kanji and katakana
 * that ends in a head word of heads.tsv (同特別首脳会議, 本イニシアティブ), whose type the
 * reference takes.
 * A reference prefers a name with its head noun (会合 in 本会合), then any name of its
 * type (English references only ever a name with their head, unless that head is the type's
 * own name: the Forum is a forum, the meeting any meeting). Among
 * the names of the sentence it finds, a "last" reference prefers the topic or subject
 * (第5回外相会議は、…第45回閣僚会議に続いて開催された。同会議では: the 外相会議).
 * A meeting's head word of three characters or more standing alone (首脳会談を行った) is a
 * reference too, to a name with that head only. A meeting reference that finds no name
 * before it means the name the document gives later, or, in a document that names no
 * meeting, the document's unnamed meeting (names_unnamed.c).
 * A meeting named by its ordinal and head alone (第13回会合) is the one fuller name of the
 * document with the same ordinal and head (short_ordinal_names); a title that names a series
 * alone names the one instance of it the text names (title_instance).
 * Invariant: a reference becomes an implicit mention of its antecedent's entity; an
 * implicit mention (another reference, 我が国) is never an antecedent, and a reference word
 * inside a name is none. Mentions must be sorted by start (one sweep finds the nearest
 * earlier name for every reference). */
#define _GNU_SOURCE /* strcasestr */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "doc/heading_line.h"
#include "recognize/names_int.h"

/* The longest gloss in parentheses a name may carry before its particle. */
#define DGN_GLOSS_MAX 80

typedef struct {
  uint32_t a, z;
  dg_type type;
  uint8_t refers;   /* DG_REFERS_* */
  int latin;        /* an English reference: its head is required */
  const char *head; /* the head noun it ends with, or NULL */
  size_t hl;
  int bare; /* a meeting's head word alone (首脳会談を行った): only a name with that head */
} reference;

/* Does a label of the name (Japanese or English) hold the head noun of a reference (対話
 * for 本対話, Summit for "the Summit"; ASCII case ignored: the Meeting of the third regular
 * meeting of ...)? */
static int has_head(const dg_mention *m, const reference *r) {
  return r->head && (strcasestr(m->label, r->head) != NULL ||
                     (m->label_en && strcasestr(m->label_en, r->head) != NULL));
}

/* Does head word h end t[a, z) (ASCII case ignored)? */
static int ends_with(const char *t, uint32_t a, uint32_t z, const dg_word *h) {
  return h->len <= z - a && strncasecmp(t + z - h->len, h->s, h->len) == 0;
}

/* The longest head word (heads.tsv) shorter than the reference that ends it. */
static void reference_head(const dgn_ctx *c, reference *rf) {
  for (size_t k = 0; k < c->r->heads.n; k++) {
    const dg_word *h = &c->r->heads.w[k];
    if (h->len < rf->z - rf->a && h->len > rf->hl && ends_with(c->t, rf->a, rf->z, h)) {
      rf->head = h->s;
      rf->hl = h->len;
    }
  }
}

/* Is t[a, z) a meeting's head of heads.tsv? */
static int meeting_head(const dgn_ctx *c, uint32_t a, uint32_t z) {
  long h = dg_wordlist_find(&c->r->heads, c->t + a, z - a);
  return h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING;
}

/* Does a capitalized word that is no meeting's head follow the head ending at z, after one
 * space (the Forum Secretariat Headquarters: a name the Forum only begins; the Summit
 * Meeting is still the Summit)? */
static int name_goes_on(const dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  uint32_t a = z + 1, e = a;
  if (a >= c->len || t[z] != ' ' || !dg_is_upper(t[a])) return 0;
  while (e < c->len && (dg_is_upper(t[e]) || dg_is_lower(t[e]))) e++;
  return !meeting_head(c, a, e);
}

/* An English prefix reference (the, this): one capitalized word after it that is a
 * meeting's head of heads.tsv (the Talks, this Forum, the Session), and not the first
 * words of a longer name (see name_goes_on). Sets rf->z and rf->type; returns 0 when
 * there is none. */
static int en_prefix_reference(const dgn_ctx *c, reference *rf) {
  const char *t = c->t;
  uint32_t a = rf->z + 1, z = a;
  if (a >= c->len || t[rf->z] != ' ' || !dg_is_upper(t[a])) return 0;
  while (z < c->len && (dg_is_upper(t[z]) || dg_is_lower(t[z]))) z++;
  if (!meeting_head(c, a, z) || name_goes_on(c, z)) return 0;
  rf->z = z;
  rf->type = DG_TYPE_MEETING;
  return 1;
}

/* Does the prefix ending at p stand as a word of its own before the head run [p, z): a
 * token ends at p, or one token holds the prefix and the whole run (同庁)? Not 同国 |
 * 国家大会議, "that country's" assembly. */
static int prefix_stands(const dgn_ctx *c, uint32_t p, uint32_t z) {
  if (dg_doc_token_boundary(c->d, p)) return 1;
  for (uint32_t q = p + 1; q < z; q++)
    if (dg_doc_token_boundary(c->d, q)) return 0;
  return 1;
}

/* A prefix reference: the run of kanji and katakana after the prefix (at most eight
 * characters) that ends in a head word of a meeting, program or organization on a token
 * boundary, longest first, after a prefix that stands as a word (prefix_stands). Sets rf->z
 * and rf->type; returns 0 when there is none. */
static int prefix_reference(const dgn_ctx *c, reference *rf) {
  if (rf->latin) return en_prefix_reference(c, rf);
  uint32_t ends[9], n = 0, q = rf->z;
  while (n < 8 && q < c->len) {
    dg_script sc = dg_script_of(dg_cp_at(c->t, c->len, q));
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA) break;
    q += (uint32_t)dg_utf8_len(c->t + q, c->t + c->len);
    ends[n++] = q;
  }
  for (uint32_t k = n; k-- > 0;) {
    long h = dg_wordlist_before(&c->r->heads, c->t, rf->z, ends[k]);
    dg_type t = h >= 0 ? c->r->heads.w[h].as.head.type : DG_TYPE_COUNT;
    if ((t == DG_TYPE_MEETING || t == DG_TYPE_PROGRAM || t == DG_TYPE_ORGANIZATION) &&
        dg_doc_token_boundary(c->d, ends[k]) && prefix_stands(c, rf->z, ends[k])) {
      rf->z = ends[k];
      rf->type = t;
      return 1;
    }
  }
  return 0;
}

/* Does a Latin reference stand as whole words at [a, z)? */
static int whole_words(const dgn_ctx *c, uint32_t a, uint32_t z) {
  return (a == 0 || !dg_is_ascii_alnum((unsigned char)c->t[a - 1])) &&
         (z >= c->len || !dg_is_ascii_alnum((unsigned char)c->t[z]));
}

/* Is the reference a pronoun other than a person's ("it": an English word without a head
 * noun)? */
static int thing_pronoun(const reference *rf) {
  return rf->latin && !rf->head && rf->type != DG_TYPE_PERSON;
}

/* Does a verb of it_verbs.tsv follow at z, after one space, as whole words (It was attended
 * by, It took place)? */
static int meeting_verb_follows(const dgn_ctx *c, uint32_t z) {
  if (z + 1 >= c->len || c->t[z] != ' ') return 0;
  long w = dg_wordlist_at(&c->r->it_verbs, c->t, c->len, z + 1);
  return w >= 0 && whole_words(c, z + 1, z + 1 + (uint32_t)c->r->it_verbs.w[w].len);
}

/* Does an English person reference (he, the Minister) go on as the subject of a clause at
 * z: a possessive, or a lower-case word that is no preposition or conjunction (the Minister
 * will attend; not the Minister for Trade, the Minister of Finance, nor "the Minister,
 * Jane Doe," whose name follows)? */
static int person_goes_on(const dgn_ctx *c, uint32_t z) {
  static const char *const not_verbs[] = {"for ", "of ", "to ", "and ", "in ", "at ", "on "};
  const char *t = c->t;
  if (z < c->len && (t[z] == '\'' || dg_lit(t, c->len, z, "\xE2\x80\x99"))) return 1;
  if (z + 1 >= c->len || t[z] != ' ' || !dg_is_lower(t[z + 1])) return 0;
  for (size_t k = 0; k < sizeof not_verbs / sizeof *not_verbs; k++)
    if (dg_lit(t, c->len, z + 1, not_verbs[k])) return 0;
  return 1;
}

/* The end of the English word of letters at p (up to the text's end). */
static uint32_t letters_end(const dgn_ctx *c, uint32_t p) {
  while (p < c->len && (dg_is_upper(c->t[p]) || dg_is_lower(c->t[p]))) p++;
  return p;
}

/* English: a word, one or two words of reference_modifiers.tsv and a head, all after one
 * space (the two-day summit, their three-day meeting), that refer as the word and the head
 * alone do in coref.tsv (the summit, their meeting): that row, or -1; *z past the head. */
static long modified_reference(const dgn_ctx *c, uint32_t a, uint32_t *z) {
  const char *t = c->t;
  uint32_t q = letters_end(c, a), h, mods = 0;
  char buf[48];
  if (q == a || q + 1 >= c->len || t[q] != ' ' || q - a > 8) return -1;
  for (h = q + 1; mods < 2; mods++) {
    long w = dg_wordlist_at(&c->r->reference_modifiers, t, c->len, h);
    uint32_t e = w < 0 ? h : h + (uint32_t)c->r->reference_modifiers.w[w].len;
    if (w < 0 || e + 1 >= c->len || t[e] != ' ') break;
    h = e + 1;
  }
  uint32_t e = letters_end(c, h);
  if (!mods || e == h || (q - a) + 1 + (e - h) >= sizeof buf) return -1;
  memcpy(buf, t + a, q - a + 1);
  memcpy(buf + (q - a) + 1, t + h, e - h);
  size_t n = (q - a) + 1 + (e - h);
  long w = dg_wordlist_at(&c->r->coref, buf, n, 0);
  if (w < 0 || c->r->coref.w[w].len != n || c->r->coref.w[w].as.coref.type != DG_TYPE_MEETING)
    return -1;
  *z = e;
  return w;
}

/* The reference at i, if one of coref.tsv stands there on token boundaries (whole words in
 * English) outside every name, or a meeting's with words of its length in it (see
 * modified_reference); *i moves past what was looked at. */
static int reference_at(dgn_ctx *c, size_t *i, reference *rf) {
  const char *t = c->t;
  unsigned char ch = (unsigned char)t[*i];
  int latin = ch < 0x80, word_start = *i == 0 || !dg_is_ascii_alnum((unsigned char)t[*i - 1]);
  uint32_t mz = 0;
  long w = latin && word_start ? modified_reference(c, (uint32_t)*i, &mz) : -1;
  if (w < 0 && (!latin || word_start)) w = dg_wordlist_at(&c->r->coref, t, c->len, *i);
  if (w < 0) {
    *i += latin ? 1 : (size_t)dg_utf8_len(t + *i, t + c->len);
    return 0;
  }
  const dg_word *wd = &c->r->coref.w[w];
  *rf = (reference){(uint32_t)*i, mz ? mz : (uint32_t)*i + wd->len, wd->as.coref.type,
                    wd->as.coref.refers, latin, NULL, 0, 0};
  if (rf->type == DG_TYPE_COUNT && !prefix_reference(c, rf)) {
    *i = rf->z;
    return 0;
  }
  *i = rf->z;
  if (latin ? !whole_words(c, rf->a, rf->z)
            : !dg_doc_token_boundary(c->d, rf->a) || !dg_doc_token_boundary(c->d, rf->z))
    return 0;
  if (dgn_overlaps(c, rf->a, rf->z, ANY_NAMED)) return 0;
  if (latin && rf->type == DG_TYPE_PERSON &&
      (!person_goes_on(c, rf->z) || memcmp(t + rf->a + 1, wd->s + 1, wd->len - 1) != 0))
    return 0; /* a title as coref.tsv writes it, but for its first letter: not "the minister" */
  reference_head(c, rf);
  return !thing_pronoun(rf) || meeting_verb_follows(c, rf->z);
}

/* Is the reference's head its type's own name (the meeting, their meeting), which every
 * name of the type fits, in English too? */
static int generic_head(const reference *rf) {
  return rf->head && !strcasecmp(rf->head, dg_type_name(rf->type));
}

/* May mention m be the antecedent of rf on this pass (0: with its head noun, 1: any)? A
 * person (he, 同大臣) or "it" has no head noun: any person, any meeting; an English head
 * that is its type's own name (the Meeting) fits any name of the type on the second pass
 * (the First Session of the Assembly ... The Meeting was attended by). */
static int fits(const dg_mention *m, const reference *rf, int pass) {
  return m->type == rf->type && !m->implicit &&
         (has_head(m, rf) || (pass && !rf->bare &&
                              (!rf->latin || rf->type == DG_TYPE_PERSON || !rf->head ||
                               generic_head(rf))));
}

/* Is antecedent m near enough to person reference rf: named in its sentence or in one of
 * the DGN_PERSON_REF_SENTENCES before it (he and 同大臣 carry an account on; further back
 * they may well mean someone the rules did not find)? "it" reaches one sentence back
 * (DGN_IT_REF_SENTENCES). Other references have no bound. */
static int near_enough(const dgn_ctx *c, const dg_mention *m, const reference *rf) {
  uint32_t back = rf->type == DG_TYPE_PERSON ? DGN_PERSON_REF_SENTENCES
                  : thing_pronoun(rf)        ? DGN_IT_REF_SENTENCES
                                             : UINT32_MAX;
  if (back == UINT32_MAX) return 1;
  long s = dg_doc_sentence_at(c->d, rf->a);
  return s >= 0 && m->sentence != UINT32_MAX && m->sentence + back >= (uint32_t)s;
}

/* The mentions that may be a reference's antecedent: with `ok`, the first nm mentions
 * (which stay as they are while the index lives) of each type that are no implicit one, and
 * of each type and head noun those that have it (see has_head), in text order; without it
 * (memory ran out, or the mentions change as references resolve: names_that_refer) all of
 * them. Every candidate is still tested (fits), so the index only skips mentions that
 * cannot be the antecedent. */
typedef DG_VEC(uint32_t) mention_list;
typedef struct {
  const dg_doc *d;
  size_t nm;
  int ok;
  mention_list by_type[DG_TYPE_COUNT];
  dg_hmap heads; /* type and head noun -> index into with_head */
  DG_VEC(mention_list) with_head;
} ante_index;

/* Mentions v[0, n) in text order; `all`: mentions [0, n). */
typedef struct {
  const uint32_t *v;
  size_t n;
  int all;
} candidates;

static void ante_index_free(ante_index *ix) {
  for (size_t t = 0; t < DG_TYPE_COUNT; t++) free(ix->by_type[t].v);
  for (size_t i = 0; i < ix->with_head.n; i++) free(ix->with_head.v[i].v);
  free(ix->with_head.v);
  dg_hmap_destroy(&ix->heads);
  ix->ok = 0;
}

/* The index of the first nm mentions of d; `use` 0: none (all mentions are candidates). */
static void ante_index_init(ante_index *ix, const dg_doc *d, size_t nm, int use) {
  memset(ix, 0, sizeof *ix);
  ix->d = d, ix->nm = nm, ix->ok = use;
  dg_hmap_init(&ix->heads);
  for (size_t i = 0; i < nm && ix->ok; i++) {
    const dg_mention *m = &d->ments[i];
    if (m->type < DG_TYPE_COUNT && !m->implicit && DG_PUSH(ix->by_type[m->type], (uint32_t)i))
      ante_index_free(ix);
  }
}

/* The mentions of rf's type with its head noun, listed the first time they are asked for;
 * NULL when memory runs out. */
static const mention_list *with_head(ante_index *ix, const reference *rf) {
  dg_buf key = {0};
  dg_buf_addc(&key, (char)(rf->type + 1));
  dg_buf_add(&key, rf->head, strlen(rf->head));
  uint32_t *slot = NULL;
  int put = key.oom ? -1 : dg_hmap_put(&ix->heads, key.data, key.len, (uint32_t)ix->with_head.n, &slot);
  dg_buf_destroy(&key);
  if (put <= 0) return put < 0 ? NULL : &ix->with_head.v[*slot];
  mention_list l = {0};
  const mention_list *all = &ix->by_type[rf->type];
  for (size_t j = 0; j < all->n; j++)
    if (has_head(&ix->d->ments[all->v[j]], rf) && DG_PUSH(l, all->v[j])) goto oom;
  if (DG_PUSH(ix->with_head, l)) goto oom;
  return &ix->with_head.v[ix->with_head.n - 1];
oom:
  free(l.v);
  return NULL;
}

/* The candidates for rf: of its type, with its head noun when `head` is set (none when rf
 * has no head noun). */
static candidates ante_candidates(ante_index *ix, const reference *rf, int head) {
  if (ix->ok && rf->type < DG_TYPE_COUNT && !(head && !rf->head)) {
    const mention_list *l = head ? with_head(ix, rf) : &ix->by_type[rf->type];
    if (l) return (candidates){l->v, l->n, 0};
    ante_index_free(ix);
  }
  return (candidates){NULL, head && !rf->head ? 0 : ix->nm, 1};
}

static size_t candidate_at(candidates cs, size_t j) { return cs.all ? j : cs.v[j]; }

/* How many candidates come before mention k. */
static size_t candidates_before(candidates cs, size_t k) {
  if (cs.all) return k < cs.n ? k : cs.n;
  size_t lo = 0, hi = cs.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cs.v[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The antecedent of a "main" reference: the first name of its type in the document, named
 * with its head noun if one is (in English too: "this meeting" of a Dialogue). */
static const dg_mention *main_antecedent(ante_index *ix, const reference *rf) {
  const dg_doc *d = ix->d;
  for (int pass = 0; pass < 2; pass++) {
    candidates cs = ante_candidates(ix, rf, !pass);
    for (size_t j = 0; j < cs.n; j++) {
      const dg_mention *m = &d->ments[candidate_at(cs, j)];
      if (m->type == rf->type && !m->implicit && ((pass && !rf->bare) || has_head(m, rf)))
        return m;
    }
  }
  return NULL;
}

/* Past a parenthesis opening at p that closes within DGN_GLOSS_MAX bytes on its line (a
 * gloss: 「第1回A会合(1st AMMDM)」が); p when none does. */
static uint32_t past_gloss(const dgn_ctx *c, uint32_t p) {
  if (p >= c->len || c->t[p] != '(') return p;
  for (uint32_t q = p + 1; q < c->len && q - p <= DGN_GLOSS_MAX && c->t[q] != '\n'; q++)
    if (c->t[q] == ')') return q + 1;
  return p;
}

/* Past the closing quotes, parentheses and glosses from p (」, ), (1st AMMDM)). */
static uint32_t past_closers(const dgn_ctx *c, uint32_t p) {
  for (;;) {
    uint32_t q = past_gloss(c, p);
    if (q == p && p < c->len && (dg_cp_at(c->t, c->len, p) == DGN_CP_CLOSE || c->t[p] == ')'))
      q = p + (c->t[p] == ')' ? 1 : 3);
    if (q == p) return p;
    p = q;
  }
}

/* Is the name followed by a topic or subject particle (は, が), maybe after a closing
 * quote and a gloss in parentheses? */
static int topic_or_subject(const dgn_ctx *c, const dg_mention *m) {
  uint32_t p = past_closers(c, m->end);
  long w = dg_wordlist_at(&c->r->roles, c->t, c->len, p);
  uint8_t part = w >= 0 ? c->r->roles.w[w].as.role.part : 0;
  return w >= 0 && c->r->roles.w[w].as.role.side == DG_SIDE_AFTER &&
         (part == DG_PART_TOPIC || part == DG_PART_SUBJECT);
}

/* English: does a word of future_occasions.tsv stand before meeting m, maybe before "the"
 * (Hanoi to host the next Ocean Forum: a forum still to come), or begin it (names_next.c)? */
static int future_occasion(const dgn_ctx *c, const dg_mention *m) {
  uint32_t a = m->start;
  if (dg_wordlist_at(&c->r->future_occasions, c->t, m->end, a) >= 0) return 1; /* next X */
  if (a < 2 || c->t[a - 1] != ' ') return 0;
  long w = dg_wordlist_before(&c->r->future_occasions, c->t, 0, a - 1);
  if (w < 0) return 0;
  uint32_t ws = a - 1 - (uint32_t)c->r->future_occasions.w[w].len;
  return ws == 0 || !dg_is_ascii_alnum((unsigned char)c->t[ws - 1]);
}

/* English: does a word of planned_after.tsv follow meeting m, after one space or a comma
 * and a space, as whole words (the 6th Summit scheduled for October, the Forum, to be held
 * in Suva)? */
static int planned_after(const dgn_ctx *c, const dg_mention *m) {
  uint32_t p = m->end + (m->end < c->len && c->t[m->end] == ',');
  if (p + 1 >= c->len || c->t[p] != ' ') return 0;
  long w = dg_wordlist_at(&c->r->planned_after, c->t, c->len, p + 1);
  return w >= 0 && whole_words(c, p + 1, p + 1 + (uint32_t)c->r->planned_after.w[w].len);
}

/* English: does a word of margin_words.tsv end right before t[a, ...), maybe with "the "
 * between (at the margins of the 46th Ministers' Meeting)? */
static int margin_before(const dgn_ctx *c, uint32_t a) {
  const char *t = c->t;
  if (a >= 4 && !memcmp(t + a - 4, "the ", 4)) a -= 4;
  while (a > 0 && t[a - 1] == ' ') a--;
  long w = dg_wordlist_before(&c->r->margin_words, t, 0, a);
  if (w < 0) return 0;
  uint32_t z = a - (uint32_t)c->r->margin_words.w[w].len;
  return z == 0 || !dg_is_ascii_alnum((unsigned char)t[z - 1]);
}

/* English: is meeting m named as the occasion another meeting is held at the margins of:
 * after a margin word, or listed after a meeting that is (at the margins of the 46th
 * Ministers' Meeting, Post Ministerial Conference and 20th Regional Forum)? The sentences
 * after speak of the meeting held there, not of these. */
static int margin_occasion(dgn_ctx *c, const dg_mention *m) {
  static const char *const JOINS[] = {", ", " and ", ", and "};
  uint32_t a = m->start;
  for (int hops = 0; hops < 8; hops++) {
    if (margin_before(c, a)) return 1;
    uint32_t z = a;
    for (size_t k = 0; k < sizeof JOINS / sizeof *JOINS && z == a; k++) {
      uint32_t n = (uint32_t)strlen(JOINS[k]);
      if (a >= n && !memcmp(c->t + a - n, JOINS[k], n)) z = a - n;
    }
    long p = z < a ? dgn_mention_ending(c, z, 1u << DG_TYPE_MEETING) : -1;
    if (p < 0) return 0;
    a = c->d->ments[p].start;
  }
  return 0;
}

/* Is English meeting m one the text only plans or previews: a word of time to come before
 * it or after it (see future_occasion, planned_after), or one named as the occasion of
 * another (see margin_occasion)? */
static int planned(dgn_ctx *c, const dg_mention *m) {
  return m->type == DG_TYPE_MEETING &&
         (future_occasion(c, m) || planned_after(c, m) || margin_occasion(c, m));
}

/* The antecedent of a "last" or "previous" reference: the nearest fitting name that ends
 * before it (a "previous" one never with the id `skip`), or, in that name's sentence, the
 * fitting name that is the topic or subject (an English generic one, the Meeting, on its
 * second pass: the first name of that sentence, "The 13th Summit and the Lunch Retreat was
 * held"); *k: the mentions that start before it. An English reference passes over a meeting
 * the text only plans (see planned: The meeting focused on the Summit scheduled for October.
 * Opening the meeting, ...) or names as the occasion of another (the SwPD was held at the
 * margins of the AMM. X chaired the meeting: the SwPD) and takes the nearest such one only
 * when no other fits. */
static const dg_mention *last_antecedent(dgn_ctx *c, ante_index *ix, const reference *rf,
                                         const char *skip, size_t *k) {
  const dg_doc *d = c->d;
  const dg_mention *ahead = NULL; /* the nearest planned meeting that fits */
  while (*k < ix->nm && d->ments[*k].start < rf->a) (*k)++;
  for (int pass = 0; pass < 2; pass++) {
    const dg_mention *near = NULL;
    int head = !pass || rf->bare ||
               (rf->latin && rf->type != DG_TYPE_PERSON && rf->head && !generic_head(rf));
    int leading = pass && rf->latin && generic_head(rf); /* the Meeting: its subject */
    candidates cs = ante_candidates(ix, rf, head);
    for (size_t j = candidates_before(cs, *k); j-- > 0;) {
      const dg_mention *m = &d->ments[candidate_at(cs, j)];
      if (!fits(m, rf, pass) || m->end > rf->a || (skip && !strcmp(m->id, skip))) continue;
      if (rf->latin && planned(c, m)) {
        if (!ahead) ahead = m;
        continue;
      }
      if (near && m->sentence != near->sentence) break;
      if (!near || leading) near = m;
      if (topic_or_subject(c, m)) return m;
    }
    if (near) return near;
  }
  return ahead;
}

typedef DG_VEC(reference) references;

/* May a bare head word stand after code point cp: at a sentence's or clause's start, after a
 * particle or an opening bracket, not after a word of its own compound (kanji, katakana,
 * Latin, ・, ー, a closing quote or parenthesis) nor after の, which makes it a description
 * (日本とASEANの首脳会議)? */
static int bare_before(uint32_t cp) {
  dg_script sc = dg_script_of(cp);
  return cp != 0x306E /* の */ && cp != DGN_CP_DOT && cp != 0x30FC /* ー */ && cp != ')' &&
         cp != DGN_CP_CLOSE && cp != DGN_CP_CLOSE_DB && /* 「…」首脳会議: a quoted name's head */
         sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && !(cp < 0x80 && dg_is_ascii_alnum((int)cp));
}

/* Does との ("with") end at a (マルコス大統領との|首脳会談: the meeting with someone, not a
 * description as の alone makes it)? */
static int with_before(const dgn_ctx *c, uint32_t a) {
  return a >= 6 && memcmp(c->t + a - 6, "\xE3\x81\xA8\xE3\x81\xAE", 6) == 0;
}

/* Where a ceremony's heading line starts, when the head word of ceremony_heads.tsv at
 * [a, z) ends a plain kanji compound that opens its line (覚書締結式, 協定署名式(概要)): a
 * heading naming the ceremony a results page reports, though no name of it is proper. The
 * line must end after the head or hold only a parenthesis after it; a (no such line). */
static uint32_t ceremony_line_start(dgn_ctx *c, uint32_t a, uint32_t z) {
  if (dg_wordlist_at(&c->r->ceremony_heads, c->t, c->len, a) < 0) return a;
  uint32_t s = a;
  while (s > 0 && c->t[s - 1] != '\n') {
    s = (uint32_t)dg_utf8_prev(c->t, s);
    if (dg_script_of(dg_cp_at(c->t, c->len, s)) != DG_SC_KANJI) return a;
  }
  uint32_t after = z < c->len ? dg_cp_at(c->t, c->len, z) : '\n';
  if (s == a || (after != '\n' && after != '(') || dgn_overlaps(c, s, z, ANY_NAMED) ||
      !dg_doc_token_boundary(c->d, s))
    return a;
  return s;
}

/* A Japanese meeting head word of heads.tsv standing alone at i (首脳会談を行った, 会合では,
 * 首脳会談等を行った: 等 and a particle after it): on token boundaries, outside every name,
 * not after a word it would end (see bare_before) nor before a kanji or katakana that goes
 * on (会議室, 会合等会議)? It only ever means a name with that head. */
static int bare_head_at(dgn_ctx *c, size_t i, reference *rf) {
  long w = dg_wordlist_at(&c->r->heads, c->t, c->len, i);
  if (w < 0 || c->r->heads.w[w].as.head.type != DG_TYPE_MEETING) return 0;
  const dg_word *h = &c->r->heads.w[w];
  if (h->len <= 6) return 0; /* 会合, 会議, 会談 (two characters of three bytes): any meeting */
  uint32_t a = (uint32_t)i, z = a + (uint32_t)h->len;
  uint32_t line = ceremony_line_start(c, a, z);
  if (line < a) {
    *rf = (reference){line, z, DG_TYPE_MEETING, DG_REFERS_LAST, 0, h->s, h->len, 1};
    return 1;
  }
  uint32_t after = z < c->len ? dg_cp_at(c->t, c->len, z) : 0;
  if (after == 0x7B49 && z + 3 < c->len && /* 首脳会談等を行った: the meeting and more */
      dg_script_of(dg_cp_at(c->t, c->len, z + 3)) == DG_SC_HIRAGANA)
    after = dg_cp_at(c->t, c->len, z + 3);
  dg_script sa = dg_script_of(after);
  if ((a > 0 && !bare_before(dg_cp_before(c->t, a)) && !with_before(c, a)) ||
      sa == DG_SC_KANJI || sa == DG_SC_KATAKANA)
    return 0;
  if (!dg_doc_token_boundary(c->d, a) || !dg_doc_token_boundary(c->d, z) ||
      dgn_overlaps(c, a, z, ANY_NAMED))
    return 0;
  *rf = (reference){a, z, DG_TYPE_MEETING, DG_REFERS_LAST, 0, h->s, h->len, 1};
  return 1;
}

/* Every reference of the document, in text order: the words of coref.tsv, and the bare
 * meeting heads of Japanese text (see bare_head_at). */
static dg_err find_references(dgn_ctx *c, references *refs, dg_error *err) {
  for (size_t i = 0; i < c->len;) {
    reference rf;
    size_t at = i;
    int got = reference_at(c, &i, &rf);
    if (!got && (unsigned char)c->t[at] >= 0x80 && bare_head_at(c, at, &rf)) {
      got = 1;
      i = rf.z;
    }
    if (got && DG_PUSH(*refs, rf)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

/* The first of the references resolved before rf (the mentions from nm on: in text order)
 * that stand in sentence `s`. */
static size_t first_resolved_in(const dg_doc *d, size_t nm, uint32_t s) {
  if (s >= d->nsents) return nm;
  size_t lo = nm, hi = d->nments;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ments[mid].start < d->sents[s].start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* A reference resolved before rf that is the topic of the antecedent's sentence (本会合では、
 * …第8回会合の場で…。同会合の締めくくりとして: 同会合 is 本会合), or NULL. */
static const dg_mention *resolved_topic(dgn_ctx *c, size_t nm, const reference *rf,
                                        const dg_mention *ante, const dg_mention *own) {
  const dg_doc *d = c->d;
  for (size_t i = first_resolved_in(d, nm, ante->sentence); i < d->nments; i++) {
    const dg_mention *r = &d->ments[i];
    if (r->start >= rf->a) break;
    if (r->sentence == ante->sentence && r->type == rf->type &&
        (!own || strcmp(r->id, own->id) || rf->refers != DG_REFERS_PREVIOUS) &&
        topic_or_subject(c, r))
      return r;
  }
  return NULL;
}

/* The first sentence that ends after offset a (the one holding it, or the next). */
static size_t sentence_ending_after(const dg_doc *d, uint32_t a) {
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->sents[mid].end <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* How many of the first nm mentions start at or before a (they are in text order). */
static size_t mentions_from(const dg_doc *d, size_t nm, uint32_t a) {
  size_t lo = 0, hi = nm;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ments[mid].start <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The meeting its own sentence takes as its topic with について before reference rf
 * (G7会議についてですが、今回の会議では: the meeting spoken of, not the document's first),
 * the last such one; or NULL. Its sentence ends after rf's start and holds its start (a
 * mention's sentence is the one its start is in), so only the mentions from the start of
 * the first sentence that ends after rf's start are looked at, back from rf. */
static const dg_mention *sentence_topic(ante_index *ix, const reference *rf) {
  static const char NITSUITE[] = "\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84\xE3\x81\xA6";
  const dg_doc *d = ix->d;
  size_t s0 = sentence_ending_after(d, rf->a);
  if (s0 >= d->nsents) return NULL;
  candidates cs = ante_candidates(ix, rf, 0);
  for (size_t j = candidates_before(cs, mentions_from(d, ix->nm, rf->a)); j-- > 0;) {
    const dg_mention *m = &d->ments[candidate_at(cs, j)];
    if (m->start < d->sents[s0].start) break;
    if (m->type != rf->type || m->implicit || m->end > rf->a || m->sentence >= d->nsents)
      continue;
    const dg_sentence *se = &d->sents[m->sentence];
    if (se->end > rf->a && dg_lit(d->text, se->end, m->end, NITSUITE)) return m;
  }
  return NULL;
}

/* The antecedent of a "main" reference rf (see main_antecedent), or, for a meeting's
 * standing under a heading line after it that names another meeting alone (1.日メコン経済
 * 大臣会合 / 今回の会合では: see doc/heading_line.h), that meeting; a meeting its own
 * sentence names before it as its topic with について wins (see sentence_topic). */
static const dg_mention *section_antecedent(ante_index *ix, const reference *rf) {
  const dg_mention *topic = rf->type == DG_TYPE_MEETING ? sentence_topic(ix, rf) : NULL;
  if (topic) return topic;
  const dg_mention *own = main_antecedent(ix, rf);
  if (!own || rf->type != DG_TYPE_MEETING || own->start >= rf->a) return own;
  long h = dg_heading_meeting(ix->d, ix->nm, own->end, rf->a);
  return h >= 0 ? &ix->d->ments[h] : own;
}

/* The antecedent of reference rf among the mentions ix indexes; an English "last" one (the
 * Summit) means the document's own meeting when that one has its head and is no occasion
 * still to come (see future_occasion) nor one another is held at the margins of (see
 * margin_occasion); a reference already
 * resolved that is the topic of the antecedent's sentence wins over the name. */
static const dg_mention *antecedent(dgn_ctx *c, ante_index *ix, const reference *rf, size_t *k) {
  if (rf->refers == DG_REFERS_MAIN) return section_antecedent(ix, rf);
  if (rf->latin && rf->refers == DG_REFERS_LAST) { /* the Summit: the document's own first */
    const dg_mention *own = main_antecedent(ix, rf);
    if (own && has_head(own, rf) && own->start < rf->a && !future_occasion(c, own) &&
        !margin_occasion(c, own))
      return own;
  }
  const dg_mention *own = NULL;
  if (rf->refers == DG_REFERS_PREVIOUS) {
    reference any = *rf;
    any.latin = 0;
    own = main_antecedent(ix, &any);
  }
  const dg_mention *ante = last_antecedent(c, ix, rf, own ? own->id : NULL, k);
  if (ante && !near_enough(c, ante, rf)) return NULL;
  const dg_mention *topic = ante ? resolved_topic(c, ix->nm, rf, ante, own) : NULL;
  return topic ? topic : ante;
}

/* Is meeting m written as an ordinal and a head word alone (第13回会合, the 13th Meeting)?
 * Sets *ord and the head's [*h, m->end). */
static int ordinal_and_head(const dgn_ctx *c, const dg_mention *m, int *ord, uint32_t *h) {
  if (m->type != DG_TYPE_MEETING || m->implicit) return 0;
  *ord = dgn_ordinal_prefix(c, m->start, m->end, h);
  while (*ord > 0 && *h < m->end && c->t[*h] == ' ') (*h)++;
  return *ord > 0 && *h < m->end && dg_wordlist_find(&c->r->heads, c->t + *h, m->end - *h) >= 0;
}

/* A fuller meeting name that starts with an ordinal: its mention and the ordinal. */
typedef struct {
  uint32_t ord, i;
} ordinal_name;
typedef DG_VEC(ordinal_name) ordinal_names;

static int by_ordinal(const void *x, const void *y) {
  const ordinal_name *a = x, *b = y;
  return a->ord != b->ord ? (a->ord < b->ord ? -1 : 1) : (a->i < b->i ? -1 : a->i > b->i);
}

/* Every meeting that may be the fuller name of a short one (its ordinal, then more than an
 * ordinal and a head), sorted by ordinal, then in text order. Returns -1 when memory runs
 * out. None of them is short, so the rule never changes them. */
static int fuller_names(dgn_ctx *c, ordinal_names *out) {
  const dg_doc *d = c->d;
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *f = &d->ments[k];
    int o2;
    uint32_t h2;
    if (f->type != DG_TYPE_MEETING || f->implicit || ordinal_and_head(c, f, &o2, &h2)) continue;
    int ord = dgn_ordinal_prefix(c, f->start, f->end, &h2);
    if (ord > 0 && DG_PUSH(*out, ((ordinal_name){(uint32_t)ord, (uint32_t)k}))) return -1;
  }
  if (out->n) qsort(out->v, out->n, sizeof *out->v, by_ordinal);
  return 0;
}

/* The one fuller name of short meeting m (ordinal ord, head [h, m->end)) among the names of
 * its ordinal, in text order; -1 when none or more than one entity fits. */
static long fuller_name(const dgn_ctx *c, const ordinal_names *fn, const dg_mention *m,
                        int ord, uint32_t h) {
  size_t lo = 0, hi = fn->n;
  while (lo < hi) { /* the first name of the ordinal */
    size_t mid = lo + (hi - lo) / 2;
    if (fn->v[mid].ord < (uint32_t)ord) lo = mid + 1;
    else hi = mid;
  }
  long full = -1;
  int fits = 0;
  for (size_t x = lo; x < fn->n && fn->v[x].ord == (uint32_t)ord; x++) {
    const dg_mention *f = &c->d->ments[fn->v[x].i];
    if (!strcmp(f->id, m->id) || f->end - f->start <= m->end - m->start ||
        strncasecmp(c->t + f->end - (m->end - h), c->t + h, m->end - h) != 0)
      continue;
    if (full < 0 || strcmp(c->d->ments[full].id, f->id)) fits++;
    full = (long)fn->v[x].i;
  }
  return fits == 1 ? full : -1;
}

/* The answer for short meeting m, remembered by its id and text (all the answer depends
 * on): a document that writes 第13回会合 a thousand times looks for its fuller name once.
 * Returns the fuller name or -1; -2 when memory runs out. */
static long fuller_name_of(const dgn_ctx *c, const ordinal_names *fn, dg_hmap *seen,
                           dg_buf *key, const dg_mention *m, int ord, uint32_t h) {
  dg_buf_clear(key);
  dg_buf_adds(key, m->id);
  dg_buf_add(key, "", 1);
  dg_buf_add(key, c->t + m->start, m->end - m->start);
  if (key->oom) return -2;
  uint32_t *v = dg_hmap_get(seen, key->data, key->len);
  if (v) return (long)*v - 1;
  long full = fuller_name(c, fn, m, ord, h);
  return dg_hmap_put(seen, key->data, key->len, (uint32_t)(full + 1), &v) < 0 ? -2 : full;
}

/* A meeting named by its ordinal and head alone is the one meeting of the document that
 * has the same ordinal and ends in the same head (第13回会合 = 第13回日ASEAN防衛当局次官級
 * 会合, the 13th Meeting = the 13th ASEAN-Japan Senior Officials' Meeting): one entity, one
 * node. Nothing changes when two such meetings would fit. The fuller names are indexed by
 * ordinal once, so the cost grows with the names, not with their pairs. */
static void short_ordinal_names(dgn_ctx *c) {
  dg_doc *d = c->d;
  ordinal_names fn = {0};
  dg_hmap seen;
  dg_buf key;
  dg_hmap_init(&seen);
  dg_buf_init(&key);
  if (fuller_names(c, &fn)) c->oom = 1;
  for (size_t i = 0; i < d->nments && !c->oom && fn.n; i++) {
    dg_mention *m = &d->ments[i];
    int ord;
    uint32_t h;
    if (!ordinal_and_head(c, m, &ord, &h)) continue;
    long full = fuller_name_of(c, &fn, &seen, &key, m, ord, h);
    if (full == -2) c->oom = 1;
    if (full < 0) continue;
    const dg_mention *f = &d->ments[full];
    m->id = f->id, m->label = f->label, m->label_en = f->label_en;
    m->entity = f->entity;
  }
  free(fn.v);
  dg_hmap_destroy(&seen);
  dg_buf_destroy(&key);
}

/* Is f's id m's and a number (meeting:asean-japan-summit:26 of meeting:asean-japan-summit)? */
static int numbered_id(const dg_mention *f, const dg_mention *m) {
  size_t il = strlen(m->id);
  return !strncmp(f->id, m->id, il) && f->id[il] == ':' && dg_is_digit(f->id[il + 1]);
}

/* Does t[a, z) start with a year and a space or 年 (2011 Forum Trade Ministers Meeting,
 * 2011年日ASEAN…)? */
static int year_prefix(const dgn_ctx *c, uint32_t a, uint32_t z) {
  return z - a >= 6 && dgn_is_year_at(c->t + a) &&
         (c->t[a + 4] == ' ' || (z - a > 7 && !memcmp(c->t + a + 4, "\xE5\xB9\xB4", 3))); /* 年 */
}

/* Does t[a, z) name an instance: an ordinal or a year before the series' name? */
static int instance_prefix(const dgn_ctx *c, uint32_t a, uint32_t z) {
  uint32_t after;
  return dgn_ordinal_prefix(c, a, z, &after) > 0 || year_prefix(c, a, z);
}

/* Does meeting f name an instance of the series m names: its text is an ordinal or a year
 * and m's text (第26回 + 日ASEAN首脳会議, Third + Pacific Maritime Dialogue, 2011 + Forum
 * Trade Ministers Meeting), or its id m's and a number (meeting:asean-japan-summit:26)? */
static int instance_of(const dgn_ctx *c, const dg_mention *f, const dg_mention *m) {
  uint32_t n = m->end - m->start;
  if (f->type != DG_TYPE_MEETING || f->implicit || !strcmp(f->id, m->id)) return 0;
  if (numbered_id(f, m)) return 1;
  return f->end - f->start > n && !strncasecmp(c->t + f->end - n, c->t + m->start, n) &&
         instance_prefix(c, f->start, f->end);
}

/* Does mention f open its sentence, after a list number and "The" at most (1. The 2011
 * Forum Trade Ministers Meeting was held; not 第6回及び第7回…の成果を確認した)? */
static int opens_sentence(const dgn_ctx *c, const dg_mention *f) {
  uint32_t p = c->d->sents[f->sentence].start;
  while (p < f->start && (dg_is_digit(c->t[p]) || c->t[p] == '.' || c->t[p] == ' ' ||
                          c->t[p] == '\n'))
    p++;
  if (dg_lit(c->t, f->start, p, "The ")) p += 4;
  return p == f->start;
}

/* The first meeting the text names after the title's block, other than the title's own,
 * when it opens its sentence: the meeting the lead speaks of. NULL when there is none. */
static const dg_mention *lead_meeting(const dgn_ctx *c, const dg_mention *m) {
  const dg_doc *d = c->d;
  uint32_t block = d->sents[m->sentence].block;
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *f = &d->ments[k];
    if (f->type == DG_TYPE_MEETING && !f->implicit && f->sentence < d->nsents &&
        d->sents[f->sentence].block != block && strcmp(f->id, m->id))
      return opens_sentence(c, f) ? f : NULL;
  }
  return NULL;
}

/* The meeting a document's title names by its series' name alone (日ASEAN首脳会議の結果,
 * Pacific Maritime Dialogue concludes, Forum Trade Ministers Meeting) is the one instance
 * its text names (第26回日ASEAN首脳会議, the Third Pacific Maritime Dialogue, the 2011 Forum
 * Trade Ministers Meeting), or, when the text names several, the one its lead names first
 * (the others are past or next meetings: recalled the 2010 meeting): the title's mention
 * takes its id, so the document's own meeting and its back references (本会議, the
 * Dialogue) are that instance. Nothing changes when the text names none, or several and
 * its lead none of them. */
static void title_instance(dgn_ctx *c) {
  dg_doc *d = c->d;
  dg_mention *m = NULL;
  for (size_t i = 0; i < d->nments && !m; i++)
    if (d->ments[i].type == DG_TYPE_MEETING && !d->ments[i].implicit) m = &d->ments[i];
  if (!m || m->sentence >= d->nsents || d->sents[m->sentence].block != d->sents[0].block ||
      instance_prefix(c, m->start, m->end))
    return;
  const dg_mention *one = NULL;
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *f = &d->ments[k];
    if (!instance_of(c, f, m) || (one && !strcmp(one->id, f->id))) continue;
    if (one) { /* several instances: the lead's, if it names one */
      one = lead_meeting(c, m);
      if (!one || !instance_of(c, one, m)) return;
      break;
    }
    one = f;
  }
  if (one) m->id = one->id, m->label = one->label, m->label_en = one->label_en, m->entity = one->entity;
}

/* Is block b a title: no sentence ends it (。 . ! ?)? */
static int title_line(const dgn_ctx *c, const dg_block *b) {
  uint32_t e = b->end;
  while (e > b->start && (c->t[e - 1] == ' ' || c->t[e - 1] == '\n')) e--;
  uint32_t cp = e > b->start ? dg_cp_before(c->t, e) : 0;
  return cp && cp != 0x3002 && cp != '.' && cp != '!' && cp != '?';
}

/* Is meeting f exactly an instance of the series m names: its id m's and a number
 * (meeting:mekong-japan-fmm:5), or, for a series no dictionary lists, its text an ordinal
 * and m's text, nothing more (Fifth + Mekong-Japan Foreign Ministers Meeting; not 第5回 +
 * 拡大 + ASEAN国防相会議, another meeting)? */
static int exact_instance(const dgn_ctx *c, const dg_mention *f, const dg_mention *m) {
  uint32_t n = m->end - m->start, after;
  if (numbered_id(f, m)) return 1;
  if (m->entity >= 0 || dgn_ordinal_prefix(c, f->start, f->end, &after) <= 0) return 0;
  while (after < f->end && c->t[after] == ' ') after++;
  return f->end - after == n && !strncasecmp(c->t + after, c->t + m->start, n);
}

/* The other way round: a document whose title names an instance (第5回日メコン外相会議の
 * 結果, the Fifth Mekong-Japan Foreign Ministers Meeting) and whose text names no other
 * instance of that series speaks of that instance by the series' name alone (日メコン外相
 * 会議がプノンペンで開催され; the Mekong-Japan Foreign Ministers Meeting was held in Phnom
 * Penh): those mentions take the instance's id. */
static void series_as_title_instance(dgn_ctx *c) {
  dg_doc *d = c->d;
  const dg_mention *m = NULL;
  for (size_t i = 0; i < d->nments && !m; i++)
    if (d->ments[i].type == DG_TYPE_MEETING && !d->ments[i].implicit) m = &d->ments[i];
  if (!m || m->sentence >= d->nsents || d->sents[m->sentence].block != d->sents[0].block ||
      !d->nblocks || !title_line(c, &d->blocks[0]))
    return;
  const dg_mention *b = NULL; /* the series' name, first written */
  for (size_t i = 0; i < d->nments && !b; i++)
    if (d->ments[i].type == DG_TYPE_MEETING && !d->ments[i].implicit &&
        exact_instance(c, m, &d->ments[i]))
      b = &d->ments[i];
  if (!b) return;
  for (size_t k = 0; k < d->nments; k++)
    if (instance_of(c, &d->ments[k], b) && strcmp(d->ments[k].id, m->id)) return;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *x = &d->ments[i];
    if (x->type == DG_TYPE_MEETING && !x->implicit && exact_instance(c, m, x))
      x->id = m->id, x->label = m->label, x->label_en = m->label_en, x->entity = m->entity;
  }
}

/* A name another rule made of a reference word alone (以下「本協議」: 本協議 as a new
 * meeting) is that reference: it points at its antecedent. */
static void names_that_refer(dgn_ctx *c) {
  dg_doc *d = c->d;
  size_t k = 0;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *m = &d->ments[i];
    long w = m->entity < 0 && !m->implicit
                 ? dg_wordlist_find(&c->r->coref, c->t + m->start, m->end - m->start)
                 : -1;
    const dg_word *wd = w >= 0 ? &c->r->coref.w[w] : NULL;
    if (!wd || wd->as.coref.type != m->type) continue;
    reference rf = {m->start, m->end, m->type, wd->as.coref.refers, 0, NULL, 0, 0};
    reference_head(c, &rf);
    size_t k0 = k;
    ante_index all;
    ante_index_init(&all, d, d->nments, 0);
    const dg_mention *ante = antecedent(c, &all, &rf, &k);
    ante_index_free(&all);
    k = k0;
    if (!ante || ante == m || !strcmp(ante->id, m->id)) continue;
    m->id = ante->id, m->label = ante->label, m->label_en = ante->label_en;
    m->entity = ante->entity;
    m->implicit = 1;
  }
}

/* A series' name in parentheses right after a name of one of its instances (the 9th
 * Japan-Pacific Islands Defense Dialogue (JPIDD), 第5回日メコン外相会議(MJFMM)) glosses that
 * instance: it takes the instance's id, so what the sentence goes on to say of "JPIDD" (was
 * held in Tokyo) is said of the 9th. Written elsewhere the series' name stays the series. */
static void glosses_of_instances(dgn_ctx *c) {
  dg_doc *d = c->d;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *g = &d->ments[i];
    if (g->type != DG_TYPE_MEETING || g->implicit || g->start < 2 || c->t[g->start - 1] != '(' ||
        g->end >= c->len || c->t[g->end] != ')')
      continue;
    uint32_t z = g->start - 1 - (c->t[g->start - 2] == ' ');
    long k = dgn_mention_ending(c, z, T(MEETING));
    if (k < 0 || !instance_of(c, &d->ments[k], g)) continue;
    const dg_mention *m = &d->ments[k];
    g->id = m->id, g->label = m->label, g->label_en = m->label_en, g->entity = m->entity;
  }
}

/* The antecedent of a reference that finds none before it: the name the document gives
 * later (the meeting in Apia ... The 4th Pacific Ocean Ministers' Meeting), the one with its
 * head if an English reference has one (the Summit is no Forum) other than its type's own
 * name (any meeting is "the meeting"), or NULL. */
static const dg_mention *later_name(ante_index *ix, const reference *rf) {
  const dg_mention *m = main_antecedent(ix, rf);
  return m && (rf->latin || rf->bare) && rf->head && !generic_head(rf) && !has_head(m, rf) ? NULL
                                                                                         : m;
}

/* Does the document name a meeting (not by a reference)? */
static int names_meeting(const ante_index *ix) {
  for (size_t i = 0; i < ix->nm; i++)
    if (ix->d->ments[i].type == DG_TYPE_MEETING && !ix->d->ments[i].implicit) return 1;
  return 0;
}

/* May a reference without an antecedent stand for the document's unnamed meeting: one to
 * a meeting, but "it" and 前回 (they only ever point at a name)? The document must name no
 * meeting (names_meeting): a reference that fits none of its names may mean one of them. */
static int unnamed_fits(const reference *rf) {
  return rf->type == DG_TYPE_MEETING && rf->refers != DG_REFERS_PREVIOUS && !thing_pronoun(rf);
}

/* A bare head of talks after との (AとBとの首脳会談) that finds no name with its head, in a
 * document that names other meetings: the talks with someone, a meeting of their own, the
 * document's unnamed one (only while no other reference made it), named from the person
 * met when a person and maybe a title end before との (B大統領との首脳会談): its label
 * starts at *a. */
static int talks_with(dgn_ctx *c, const reference *rf, const dgn_unnamed *un, uint32_t *a) {
  static const char KAIDAN[] = "\xE4\xBC\x9A\xE8\xAB\x87"; /* 会談 */
  if (!rf->bare || un->id || !with_before(c, rf->a) || rf->z - rf->a < 6 ||
      memcmp(c->t + rf->z - 6, KAIDAN, 6))
    return 0;
  uint32_t e = rf->a - 6;
  long ti = dg_wordlist_before(&c->r->titles, c->t, 0, e);
  if (ti >= 0 && (c->r->titles.w[ti].as.title.side & DG_SIDE_AFTER))
    e -= (uint32_t)c->r->titles.w[ti].len;
  long p = dgn_mention_ending(c, e, T(PERSON));
  *a = p >= 0 ? c->d->ments[p].start : rf->a;
  return 1;
}

dg_err dgn_coreference(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  dgn_gloss_variants(c);
  glosses_of_instances(c);
  short_ordinal_names(c);
  title_instance(c);
  series_as_title_instance(c);
  names_that_refer(c);
  references refs = {0};
  dg_err e = find_references(c, &refs, err);
  /* the references are added at the end: look at the mentions there were before */
  size_t k = 0;
  dgn_unnamed un = {0};
  ante_index ix;
  ante_index_init(&ix, d, d->nments, 1);
  int named = names_meeting(&ix);
  for (size_t x = 0; x < refs.n && e == DG_OK; x++) {
    const reference *rf = &refs.v[x];
    const dg_mention *ante = antecedent(c, &ix, rf, &k);
    if (!ante && unnamed_fits(rf)) ante = later_name(&ix, rf);
    if (!ante) {
      uint32_t pa, pz; /* the meeting introduced in words before: its first mention */
      uint32_t wa = rf->a; /* the talks with someone: labelled from the person met */
      if (unnamed_fits(rf) && named && talks_with(c, rf, &un, &wa) &&
          (dgn_doc_scoped(c, "meeting:unnamed", wa, rf->z, &un.id, &un.label) ||
           dgn_unnamed_meeting(c, &un, rf->a, rf->z)))
        e = dg_error_set(err, DG_ENOMEM, "out of memory");
      else if (unnamed_fits(rf) && !named &&
               ((!un.id && dgn_descriptive_meeting(c, rf->a, &pa, &pz) &&
                 dgn_unnamed_meeting(c, &un, pa, pz)) ||
                dgn_unnamed_meeting(c, &un, rf->a, rf->z)))
        e = dg_error_set(err, DG_ENOMEM, "out of memory");
      continue;
    }
    dg_mention copy = *ante;
    if (!dgn_add(c, rf->type, rf->a, rf->z, copy.id, copy.label, copy.label_en, copy.entity, 1))
      e = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  uint32_t va, vz; /* a meeting stated only by its verb: A and B met in PLACE */
  if (e == DG_OK && !un.id && !named && dgn_verb_meeting(c, &va, &vz) &&
      dgn_unnamed_meeting(c, &un, va, vz))
    e = dg_error_set(err, DG_ENOMEM, "out of memory");
  size_t at; /* a generic second name before the one meeting named: attends a ... meeting */
  if (e == DG_OK && named && dgn_attended_meeting(c, &va, &vz, &at)) {
    dg_mention copy = d->ments[at];
    if (!dgn_add(c, DG_TYPE_MEETING, va, vz, copy.id, copy.label, copy.label_en, copy.entity, 1))
      e = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  ante_index_free(&ix);
  free(refs.v);
  return e;
}
