/* Outcome documents named by a description (English): a meeting adopts or signs a document
 * the text names in lower case, by its head and the words that tell it apart:
 *   The Council approved the annual work plan for 2020 -> program "annual work plan for 2020"
 *   The ministers adopted the third Lao-Fiji action plan (2021-2024) -> "third Lao-Fiji
 *   action plan"; concluded with the adoption of the Chair's declaration -> "Chair's
 *   declaration".
 * The words: a verb of outcome_verbs.tsv, an article or a possessive, then an ordinal, words of
 * outcome_modifiers.tsv, a party's compound (Lao-Fiji), a possessive (Chair's) or a country
 * or group the text names, and a head of outcome_heads.tsv, maybe "for" and a year or
 * years after it. The description is the document's own program (its id scoped to the
 * document, names_unnamed.c), which relate ties to the meeting that adopts it.
 * Invariant: at least one word or the years tell the document apart (the plan alone is
 * none); the head is whole words in lower case, not described by its subject after it (a
 * joint declaration on trade), and the description overlaps no name. */
#include <string.h>
#include <strings.h>

#include "base/scan.h"
#include "recognize/names_int.h"

/* The words that may stand between the verb and the description. */
static const char *const OPENERS[] = {"the ", "a ", "an ", "its ", "their "};

/* The end of the word (letters, digits, hyphens, apostrophes ' and ’) at p, up to e. */
static uint32_t word_end(const char *t, uint32_t p, uint32_t e) {
  while (p < e) {
    if (dg_is_ascii_alnum((unsigned char)t[p]) || t[p] == '-' || t[p] == '\'') p++;
    else if (dg_lit(t, e, p, "\xE2\x80\x99")) p += 3; /* ’ */
    else break;
  }
  return p;
}

/* Does a word of list l stand at t[p] as whole words? Its end, or 0. */
static uint32_t listed_at(const dg_wordlist *l, const char *t, uint32_t p, uint32_t e) {
  long w = dg_wordlist_at(l, t, e, p);
  if (w < 0) return 0;
  uint32_t z = p + (uint32_t)l->w[w].len;
  return z < e && dg_is_ascii_alnum((unsigned char)t[z]) ? 0 : z;
}

/* Is the capitalized word t[p, z) one that tells a document apart: a party's compound
 * (Lao-Fiji, ROK-Mekong) or a possessive (Chair's, President’s)? */
static int capital_modifier(const char *t, uint32_t p, uint32_t z) {
  if (!dg_is_upper(t[p])) return 0;
  if (memchr(t + p, '-', z - p) && z > p + 2 && t[z - 1] != '-') return 1;
  return (z - p > 3 && t[z - 2] == '\'' && t[z - 1] == 's') ||
         (z - p > 5 && !memcmp(t + z - 4, "\xE2\x80\x99s", 4));
}

/* Past " for " and a year or two years (for 2020, for 2021-2025) after z, or z. */
static uint32_t years_after(const char *t, uint32_t z, uint32_t e) {
  if (!dg_lit(t, e, z, " for ")) return z;
  uint32_t p = z + 5, n = 0;
  while (p + n < e && dg_is_digit(t[p + n])) n++;
  if (n != 4) return z;
  p += 4;
  uint32_t dash = dg_lit(t, e, p, "-") ? 1 : dg_lit(t, e, p, "\xE2\x80\x93") ? 3 : 0; /* – */
  if (dash && p + dash + 4 <= e) {
    uint32_t q = p + dash, m = 0;
    while (m < 4 && dg_is_digit(t[q + m])) m++;
    if (m == 4 || m == 2) p = q + m;
  }
  return p < e && dg_is_ascii_alnum((unsigned char)t[p]) ? z : p;
}

/* The description from p (after the article): 1 and its end *z, else 0. */
static int description_from(dgn_ctx *c, uint32_t p, uint32_t *z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len, h;
  int told = dgn_ordinal_prefix(c, p, e, &h) > 0;
  if (told) p = h;
  for (int w = 0; w < 5 && p < e; w++) {
    uint32_t hz = dg_is_lower(t[p]) ? listed_at(&c->r->outcome_heads, t, p, e) : 0;
    if (hz) {
      uint32_t y = years_after(t, hz, e);
      if (!(told || y > hz) || dg_lit(t, e, hz, " on ") || dg_lit(t, e, hz, " between "))
        return 0;
      *z = y;
      return 1;
    }
    long k = dgn_mention_starting(c, p, T(COUNTRY) | T(GROUP));
    uint32_t q = word_end(t, k >= 0 ? c->d->ments[k].end : p, e);
    if (k < 0 && !(dg_is_lower(t[p]) ? listed_at(&c->r->outcome_modifiers, t, p, e) == q
                                     : capital_modifier(t, p, q)))
      return 0;
    if (q >= e || t[q] != ' ') return 0;
    told = 1;
    p = q + 1;
  }
  return 0;
}

/* The description after the verb that ends at v (past its article), if one is there: 1
 * and its span [*a, *z), else 0. */
static int described_after(dgn_ctx *c, uint32_t v, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  if (v >= c->len || t[v] != ' ') return 0;
  for (size_t k = 0; k < sizeof OPENERS / sizeof *OPENERS; k++) {
    uint32_t n = (uint32_t)strlen(OPENERS[k]);
    if (v + 1 + n < c->len && !strncasecmp(t + v + 1, OPENERS[k], n)) {
      *a = v + 1 + n;
      return description_from(c, *a, z) && !dgn_overlaps(c, *a, *z, NAME_TYPES);
    }
  }
  return 0;
}

#define VERB_REACH 40 /* bytes between the verb and the colon that ends its line */
#define ROW_REACH 300 /* the longest row of a list of documents */

/* Does the line [p, z) end with a verb of outcome_verbs.tsv and a colon, the verb within
 * VERB_REACH bytes of it (The leaders also signed:, adopted the following documents:)? */
static int verb_colon_line(dgn_ctx *c, uint32_t p, uint32_t z) {
  const char *t = c->t;
  if (z <= p || t[z - 1] != ':') return 0;
  for (uint32_t i = z - 1 > p + VERB_REACH ? z - 1 - VERB_REACH : p; i < z; i++)
    if ((i == p || !dg_is_ascii_alnum((unsigned char)t[i - 1])) &&
        listed_at(&c->r->outcome_verbs, t, i, z))
      return 1;
  return 0;
}

/* The row [p, z) of such a list (ending with ; or . when it goes on or ends it): a
 * document named by a capitalized head of outcome_heads.tsv, maybe after an article (A
 * Memorandum of Understanding on X;): its name without the article and the stop, as a new
 * program; 0, or -1 without memory. */
static int document_row(dgn_ctx *c, uint32_t p, uint32_t z) {
  const char *t = c->t;
  for (size_t k = 0; k < sizeof OPENERS / sizeof *OPENERS; k++) {
    uint32_t n = (uint32_t)strlen(OPENERS[k]);
    if (p + n < z && !strncasecmp(t + p, OPENERS[k], n)) p += n;
  }
  if (z > p && strchr(";.", t[z - 1])) z--;
  if (z <= p || !dg_is_upper(t[p]) || !listed_at(&c->r->outcome_heads, t, p, z) ||
      dgn_overlaps(c, p, z, NAME_TYPES))
    return 0;
  const char *id = dgn_mint_id(c, DG_TYPE_PROGRAM, t + p, z - p);
  const char *label = id ? dg_doc_strdup(c->d, t + p, z - p) : NULL;
  return label && dgn_add(c, DG_TYPE_PROGRAM, p, z, id, label, label, -1, 0) ? 0 : -1;
}

/* The rows after line [p, z) when it ends with an adopting verb and a colon: each line
 * ending with a semicolon but the last, each at most ROW_REACH bytes (see document_row);
 * 0, or -1 without memory. */
static int listed_rows(dgn_ctx *c, uint32_t p, uint32_t z) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  if (!verb_colon_line(c, p, z)) return 0;
  for (p = z + 1; p < e && t[p] != '\n';) {
    const char *nl = memchr(t + p, '\n', e - p);
    uint32_t q = nl ? (uint32_t)(nl - t) : e, r = q;
    while (r > p && t[r - 1] == ' ') r--;
    if (r == p || q - p > ROW_REACH) break;
    if (document_row(c, p, r)) return -1;
    if (t[r - 1] != ';') break;
    p = q + 1;
  }
  return 0;
}

/* Documents listed as rows after a line that ends with an adopting verb and a colon (see
 * listed_rows): The summit participants also signed: / A Memorandum of Understanding on
 * X; / Regulations on Y. -> programs "Memorandum of Understanding on X", "Regulations on Y". */
static dg_err dgn_listed_outcomes(dgn_ctx *c, dg_error *err) {
  const char *t = c->t;
  for (uint32_t p = 0; p < c->len;) {
    const char *nl = memchr(t + p, '\n', c->len - p);
    uint32_t z = nl ? (uint32_t)(nl - t) : (uint32_t)c->len;
    if (listed_rows(c, p, z)) return dg_error_set(err, DG_ENOMEM, "out of memory");
    p = z + 1;
  }
  return DG_OK;
}

dg_err dgn_described_outcomes(dgn_ctx *c, dg_error *err) {
  const char *t = c->t;
  uint32_t e = (uint32_t)c->len;
  const dg_wordlist *vl = &c->r->outcome_verbs;
  for (uint32_t i = 0; (i = (uint32_t)dg_wordlist_next(vl, t, e, i)) < e; i++) {
    if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1])) continue;
    uint32_t v = listed_at(vl, t, i, e), a, z;
    if (!v || !described_after(c, v, &a, &z)) continue;
    const char *id, *label, *stem = dgn_mint_id(c, DG_TYPE_PROGRAM, t + a, z - a);
    if (!stem || dgn_doc_scoped(c, stem, a, z, &id, &label) ||
        !dgn_add(c, DG_TYPE_PROGRAM, a, z, id, label, label, -1, 0))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    i = z;
  }
  return dgn_listed_outcomes(c, err);
}
