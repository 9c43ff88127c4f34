/* Meetings named by a description (English): words in lower case that tell one meeting
 * apart by its number or by its setting, though no rule reads them as a name.
 *  - an ordinal, words of described_modifiers.tsv and a head of described_heads.tsv after
 *    an article or a possessive: "the first regional summit", "the fourth ministerial
 *    meeting", "the 14th summit" ("the first summit" after "the first regional summit" is
 *    that one; an ordinal in words and a head alone before a word of described_counts.tsv
 *    counts times and names none: "the first meeting since 2019"); one of its own runs
 *    over those who meet, " of " and a word of described_parties.tsv in lower case, and
 *    then needs no article (the last, 9th meeting of foreign ministers);
 *  - an article or a possessive, one or more such words and a head, then where or when it
 *    is held (described_settings.tsv, or "in" before a place, a country or a date): "a
 *    commemorative summit in Japan in 2023", "their working meeting that took place".
 * The description is the meeting's mention, without its article. A description whose
 * ordinal and words end a meeting the document names (the 14th summit, the 14th ASEAN-India
 * Summit), or failing that whose ordinal and head the one such meeting has (the 17th
 * ministerial-level conference, the 17th Ministerial Conference of X), is a mention of
 * that meeting; else it is a meeting of the document's own (its id
 * scoped to the document, names_unnamed.c): the same words twice are one meeting.
 * A meeting may also be described by whom it is held with: 'held a [virtual] meeting with
 * five officials from A and B', 'hosted a meeting between the Minister and the ambassadors
 * of A' (held_with_meetings): a meeting of the document's own.
 * Invariant: a description never overlaps a name; plural heads (regular meetings, future
 * summits) and a head alone without an ordinal (a summit) make no meeting. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recognize/names_int.h"

/* The words that may stand before a description: an article or a possessive. */
static const struct {
  const char *s;
  uint32_t n;
} OPENERS[] = {
#define OPENER(w) {w, sizeof w - 1}
    OPENER("the "), OPENER("a "),   OPENER("an "), OPENER("their "),
    OPENER("its "), OPENER("his "), OPENER("her "),
#undef OPENER
};

/* The end of the word in lower case (letters, hyphens, apostrophes) at p, up to e. */
static uint32_t lower_word_end(const char *t, uint32_t p, uint32_t e) {
  while (p < e && (dg_is_lower(t[p]) || t[p] == '-' || t[p] == '\'' || dg_is_digit(t[p]))) p++;
  return p;
}

/* Is t[a, z) a word of list l (ASCII case ignored)? */
static int listed(const dg_wordlist *l, const char *t, uint32_t a, uint32_t z) {
  return z > a && dg_wordlist_find(l, t + a, z - a) >= 0;
}

/* Up to three words of described_modifiers.tsv and a head of described_heads.tsv (a second
 * head may follow: summit meeting) from q, all in lower case, up to e: the head's end, or
 * 0; *mods: how many modifiers. The word after the head must not be capitalized (then the
 * words begin a name: the first summit Meeting of ...). */
static uint32_t modifiers_and_head(const dgn_ctx *c, uint32_t q, uint32_t e, int *mods) {
  const char *t = c->t;
  *mods = 0;
  for (int w = 0; w < 4 && q < e && dg_is_lower(t[q]); w++) {
    uint32_t z = lower_word_end(t, q, e);
    if (listed(&c->r->described_heads, t, q, z)) {
      uint32_t n = z + 1 < e && t[z] == ' ' ? lower_word_end(t, z + 1, e) : z;
      if (n > z + 1 && listed(&c->r->described_heads, t, z + 1, n)) z = n;
      return z < e && t[z] == ' ' && z + 1 < e && dg_is_upper(t[z + 1]) ? 0 : z;
    }
    if (!listed(&c->r->described_modifiers, t, q, z) || z >= e || t[z] != ' ') return 0;
    (*mods)++;
    q = z + 1;
  }
  return 0;
}

/* Past the article or possessive that ends at p (p at the start of a word; at the start
 * of the text or a line, or after a space or an opening parenthesis), or 0. */
static uint32_t opener_before(const char *t, uint32_t p) {
  for (size_t k = 0; k < sizeof OPENERS / sizeof *OPENERS; k++) {
    uint32_t n = OPENERS[k].n;
    if (p >= n && !strncasecmp(t + p - n, OPENERS[k].s, n) &&
        (p == n || strchr(" (\n", t[p - n - 1])))
      return p;
  }
  return 0;
}

/* Does where or when the meeting is held follow z: a phrase of described_settings.tsv,
 * "in" before a place, a country or a date, or "on" before a date (not "a ministerial
 * meeting on Afghanistan": a topic)? */
static int setting_follows(dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  if (z + 1 >= e || t[z] != ' ') return 0;
  if (dg_wordlist_at(&c->r->described_settings, t, e, z + 1) >= 0) return 1;
  if (dg_lit(t, e, z, " on ")) return dgn_mention_starting(c, z + 4, T(DATE)) >= 0;
  return dg_lit(t, e, z, " in ") &&
         dgn_mention_starting(c, z + 4, T(PLACE) | T(COUNTRY) | T(DATE)) >= 0;
}

/* The document's meetings that open with an ordinal, each with its ordinal and where its
 * words after it start: read once, so that a description is matched against these alone
 * (linear in the document, not descriptions times mentions). */
typedef struct {
  size_t k;
  int ord;
  uint32_t after;
} ordered_meeting;

typedef struct {
  ordered_meeting *v;
  size_t n, cap;
} ordered_meetings;

/* Add mention k if it is a meeting (not implicit) that opens with an ordinal; 0, or -1
 * without memory. */
static int ordered_add(dgn_ctx *c, ordered_meetings *l, size_t k) {
  const dg_mention *m = &c->d->ments[k];
  uint32_t after;
  int ord = m->type == DG_TYPE_MEETING && !m->implicit
                ? dgn_ordinal_prefix(c, m->start, m->end, &after)
                : 0;
  if (ord <= 0) return 0;
  if (l->n == l->cap) {
    size_t cap = l->cap ? 2 * l->cap : 16;
    ordered_meeting *v = realloc(l->v, cap * sizeof *v);
    if (!v) return -1;
    l->v = v, l->cap = cap;
  }
  l->v[l->n++] = (ordered_meeting){k, ord, after};
  return 0;
}

/* The named meeting of the document whose text is an ordinal `ord` and ends in t[h, z)
 * (the 14th ASEAN-India Summit for "the 14th summit") or goes on after those words (the
 * First Ministerial Meeting of the Forum for "the first ministerial meeting"), longer than
 * the description; -1 when none. */
static long named_with_ordinal(dgn_ctx *c, const ordered_meetings *l, int ord, uint32_t h,
                               uint32_t z) {
  for (size_t x = 0; x < l->n; x++) {
    const dg_mention *m = &c->d->ments[l->v[x].k];
    uint32_t after = l->v[x].after, n = z - h;
    if (l->v[x].ord != ord || m->end - m->start <= n) continue;
    if (!strncasecmp(c->t + m->end - n, c->t + h, n) ||
        (m->end - after > n && !strncasecmp(c->t + after, c->t + h, n) &&
         c->t[after + n] == ' '))
      return (long)l->v[x].k;
  }
  return -1;
}

/* Failing named_with_ordinal: the one meeting entity of the document with ordinal `ord`
 * whose name holds the description's head t[hs, z) as a word, any case (the 17th
 * Ministerial Conference of the Corridor for "the 17th ministerial-level conference"); -1
 * when none or two entities do. */
static long named_with_head(dgn_ctx *c, const ordered_meetings *l, int ord, uint32_t hs,
                            uint32_t z) {
  long found = -1;
  uint32_t n = z - hs;
  for (size_t x = 0; x < l->n; x++) {
    const dg_mention *m = &c->d->ments[l->v[x].k];
    if (l->v[x].ord != ord || (found >= 0 && !strcmp(c->d->ments[found].id, m->id))) continue;
    int holds = 0;
    for (uint32_t q = l->v[x].after; q + n <= m->end && !holds; q++)
      holds = c->t[q - 1] == ' ' && !strncasecmp(c->t + q, c->t + hs, n) &&
              (q + n == m->end || !dg_is_ascii_alnum((unsigned char)c->t[q + n]));
    if (!holds) continue;
    if (found >= 0) return -1;
    found = (long)l->v[x].k;
  }
  return found;
}

/* The start of the last word of t[h, z) (the head of a description). */
static uint32_t last_word(const char *t, uint32_t h, uint32_t z) {
  while (z > h && t[z - 1] != ' ') z--;
  return z;
}

/* Is the article before p "a" after a verb of attending (attends a regional ministerial
 * meeting in Samoa)? That phrase is a second name of the meeting the document names
 * (dgn_attended_meeting, names_unnamed.c), no meeting of its own. */
static int attended_before(const char *t, uint32_t p) {
  static const char *const ATTENDS[] = {" attends a ", " attend a ", " attending a "};
  for (size_t k = 0; k < sizeof ATTENDS / sizeof *ATTENDS; k++) {
    uint32_t n = (uint32_t)strlen(ATTENDS[k]);
    if (p >= n && !strncmp(t + p - n, ATTENDS[k], n)) return 1;
  }
  return 0;
}

/* Those who meet, after the head that ends at z: " of ", maybe "the ", up to two words in
 * lower case and a word of described_parties.tsv, all in lower case (the 9th meeting of
 * foreign ministers): where they end, or 0. Capitalized words make a name (the 7th meeting
 * of the Foreign Ministers of ...: names_en.c). */
static uint32_t participants_after(const dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  if (!dg_lit(t, e, z, " of ")) return 0;
  uint32_t q = z + 4 + (dg_lit(t, e, z + 4, "the ") ? 4 : 0);
  for (int w = 0; w < 3 && q < e && dg_is_lower(t[q]); w++) {
    uint32_t x = lower_word_end(t, q, e);
    if (x < e && dg_is_ascii_alnum((unsigned char)t[x])) return 0;
    if (listed(&c->r->described_parties, t, q, x)) return x;
    if (x >= e || t[x] != ' ') return 0;
    q = x + 1;
  }
  return 0;
}

/* The description at p (a word's start), if one is there: 1 and its span [*a, *z), *ord its
 * ordinal (0 when none), *h where its words after the ordinal start and *of where those
 * who meet end after an ordinal one (participants_after; 0 when none): with them it needs
 * no article before it (the last, 9th meeting of foreign ministers). */
static int description_at(dgn_ctx *c, uint32_t p, uint32_t *a, uint32_t *z, int *ord,
                          uint32_t *h, uint32_t *of) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  if (!(dg_is_lower(t[p]) || dg_is_digit(t[p]))) return 0;
  int opened = opener_before(t, p) != 0;
  int mods;
  *ord = dgn_ordinal_prefix(c, p, e, h);
  if (*ord > 0 && !dg_is_lower(t[*h])) return 0;
  if (*ord <= 0 && !opened) return 0;
  if (*ord <= 0) *ord = 0, *h = p;
  *z = modifiers_and_head(c, *h, e, &mods);
  if (!*z || (!*ord && (!mods || !setting_follows(c, *z) || attended_before(t, p)))) return 0;
  *of = *ord ? participants_after(c, *z) : 0;
  if (!opened && !*of) return 0;
  *a = p;
  return !dgn_overlaps(c, *a, *z, NAME_TYPES);
}

/* Add the description [a, z) as a mention: of named meeting k (k >= 0), else of the
 * document's own; the mention, or NULL without memory. */
static dg_mention *add_description(dgn_ctx *c, long k, uint32_t a, uint32_t z) {
  if (k >= 0) {
    dg_mention copy = c->d->ments[k];
    return dgn_add(c, DG_TYPE_MEETING, a, z, copy.id, copy.label, copy.label_en, copy.entity, 1);
  }
  const char *id, *label, *stem = dgn_mint_id(c, DG_TYPE_MEETING, c->t + a, z - a);
  return stem && !dgn_doc_scoped(c, stem, a, z, &id, &label)
             ? dgn_add(c, DG_TYPE_MEETING, a, z, id, label, label, -1, 0)
             : NULL;
}

/* ---- meetings described by whom they are held with ---- */

/* The end of the English word at p (letters, digits, hyphens, apostrophes), up to e. */
static uint32_t any_word_end(const char *t, uint32_t p, uint32_t e) {
  while (p < e && (dg_is_ascii_alnum((unsigned char)t[p]) || t[p] == '-' || t[p] == '\'')) p++;
  return p;
}

/* Names joined on after z: ", ", " and ", " of ", " from ", " to " or a space, maybe "the ",
 * then a capitalized word or a number (officials from A, B and C; Ambassadors and High
 * Commissioners to the UK from the 10 ASEAN): where the last ends. */
static uint32_t names_joined(const char *t, uint32_t z, uint32_t e) {
  static const char *const LINKS[] = {", ", " and ", " of ", " from ", " to ", " "};
  for (;;) {
    uint32_t q = 0;
    for (size_t k = 0; k < sizeof LINKS / sizeof *LINKS && !q; k++)
      if (dg_lit(t, e, z, LINKS[k])) q = z + (uint32_t)strlen(LINKS[k]);
    if (q && dg_lit(t, e, q, "the ")) q += 4;
    if (!q || q >= e || !(dg_is_upper(t[q]) || dg_is_digit(t[q]))) return z;
    z = any_word_end(t, q, e);
  }
}

/* The people a meeting is held with, from p (right after "with " or "between "): up to four
 * words in lower case and a word of described_parties.tsv, names joined on after it (with);
 * or a first party, "and", maybe "the", up to two such words and that word (between). Their
 * end, or 0. A capitalized word before the plural makes it a name (Forum Economic
 * Ministers), no people. */
static uint32_t parties_after(dgn_ctx *c, uint32_t p, int between) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len, q = p;
  if (between) {
    uint32_t x = p;
    while (x < e && x < p + 80 && !dg_lit(t, e, x, " and ") && t[x] != '.' && t[x] != '\n') x++;
    if (!dg_lit(t, e, x, " and ")) return 0;
    q = x + 5 + (dg_lit(t, e, x + 5, "the ") ? 4 : 0);
  }
  for (int w = 0; w < (between ? 3 : 5) && q < e; w++) {
    uint32_t x = any_word_end(t, q, e);
    if (x == q) return 0;
    if (listed(&c->r->described_parties, t, q, x)) return between ? x : names_joined(t, x, e);
    if (x >= e || t[x] != ' ' || dg_is_upper(t[q])) return 0; /* Forum Economic Ministers */
    q = x + 1;
  }
  return 0;
}

/* 'VERB a [MODIFIERS] HEAD with|between PARTIES' at p (a word's start): VERB of
 * described_verbs.tsv, up to two words of described_modifiers.tsv, a meeting head in lower
 * case (heads.tsv). 1 and [*a, *h) the modifiers and head, *z the parties' end. */
static int held_with_at(dgn_ctx *c, uint32_t p, uint32_t *a, uint32_t *h, uint32_t *z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len, v = any_word_end(t, p, e);
  if (!listed(&c->r->described_verbs, t, p, v)) return 0;
  uint32_t q = dg_lit(t, e, v, " a ") ? v + 3 : dg_lit(t, e, v, " an ") ? v + 4 : 0;
  if (!q) return 0;
  *a = q;
  for (int w = 0; w < 4 && q < e && dg_is_lower(t[q]); w++) {
    uint32_t x = any_word_end(t, q, e);
    if (dgn_lower_meeting_head(c, q, x)) {
      *h = x;
      int between = dg_lit(t, e, x, " between ");
      if (!between && !dg_lit(t, e, x, " with ")) {
        if (x + 1 < e && t[x] == ' ') { q = x + 1; continue; } /* summit meeting */
        return 0;
      }
      *z = parties_after(c, x + (between ? 9 : 6), between);
      return *z && !dgn_overlaps(c, *a, *h, NAME_TYPES);
    }
    if (w >= 2 || !listed(&c->r->described_modifiers, t, q, x) || x >= e || t[x] != ' ') return 0;
    q = x + 1;
  }
  return 0;
}

/* English meetings described by whom they are held with (held a meeting with five officials
 * from A, B and C; hosted a meeting between the Minister and the ambassadors of A and B; a
 * virtual meeting with the Ambassadors to the UK from the 10 ASEAN member states): a
 * meeting of the document's own, its mention the modifiers and head only (the parties
 * inside are no part of its name, and stay free for their ties), its English label the
 * whole description. Talks with one person (held talks with X) make none. */
static int held_with_meetings(dgn_ctx *c) {
  const char *t = c->t;
  const dg_wordlist *verbs = &c->r->described_verbs; /* only where one of them starts */
  for (uint32_t p = 1; (p = (uint32_t)dg_wordlist_next(verbs, t, c->len, p)) < c->len; p++) {
    uint32_t a, h, z;
    if (t[p - 1] != ' ' || !dg_is_lower(t[p]) || !held_with_at(c, p, &a, &h, &z)) continue;
    const char *id, *label, *stem = dgn_mint_id(c, DG_TYPE_MEETING, t + a, z - a);
    const char *en = dg_doc_strdup(c->d, t + a, z - a);
    if (!stem || !en || dgn_doc_scoped(c, stem, a, z, &id, &label) ||
        !dgn_add(c, DG_TYPE_MEETING, a, h, id, label, en, -1, 0))
      return -1;
    p = z;
  }
  return 0;
}

dg_err dgn_described_meetings(dgn_ctx *c, dg_error *err) {
  const char *t = c->t;
  if (dgn_next_meetings(c, err) != DG_OK) return DG_ENOMEM;
  ordered_meetings l = {0};
  int bad = 0;
  for (size_t k = 0; k < c->d->nments && !bad; k++) bad = ordered_add(c, &l, k);
  for (uint32_t p = 1; p < c->len && !bad; p++) {
    uint32_t a, z, h, of;
    int ord;
    if (t[p - 1] != ' ' || !description_at(c, p, &a, &z, &ord, &h, &of)) continue;
    long k = ord ? named_with_ordinal(c, &l, ord, h, z) : -1;
    if (k < 0 && ord) k = named_with_head(c, &l, ord, last_word(t, h, z), z);
    if (k < 0 && ord && !dg_is_digit(t[a]) && lower_word_end(t, h, z) == z && z + 1 < c->len &&
        dg_wordlist_at(&c->r->described_counts, t, c->len, z + 1) >= 0) {
      p = z; /* the first meeting since 2019: a count of times */
      continue;
    }
    size_t before = c->d->nments;
    if (k < 0 && of) z = of; /* a meeting of its own is named with those who meet */
    bad = !add_description(c, k, a, z);
    if (!bad && k < 0 && c->d->nments > before) bad = ordered_add(c, &l, c->d->nments - 1);
    p = z;
  }
  free(l.v);
  if (!bad) bad = held_with_meetings(c);
  return bad ? dg_error_set(err, DG_ENOMEM, "out of memory") : DG_OK;
}
