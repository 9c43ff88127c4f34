/* Finding rule words around a value (see recognize/wordscan.h). Every test reads within
 * t[0..len) and never past it. */
#include "recognize/wordscan.h"

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"

int dg_word_is_latin(const dg_word *w) { return (unsigned char)w->s[0] < 0x80; }

int dg_word_is_letters(const dg_word *w) { return dg_is_upper(w->s[0]) || dg_is_lower(w->s[0]); }

size_t dg_skip_spaces(const char *t, size_t len, size_t i) {
  while (i < len && t[i] == ' ') i++;
  return i;
}

int dg_word_ends_at(const dg_word *w, const char *t, size_t len, size_t j) {
  if (!dg_word_at(w, t, len, j)) return 0;
  unsigned char last = (unsigned char)w->s[w->len - 1];
  return !(dg_is_ascii_alnum(last) && dg_alnum_at(t, len, j + w->len));
}

/* Only the words that begin with the byte where they would stand are tried (Japanese
 * words at i, Latin words at j: one of the two groups is empty at any place), in list
 * order, so the answer is that of trying every word. */
long dg_word_spaced_at(const dg_wordlist *l, const char *t, size_t len, size_t i, int spaced,
                       size_t *end) {
  size_t j = spaced ? dg_skip_spaces(t, len, i) : i;
  if (j > i + 1) j = i; /* one space at most */
  size_t p = i < len && (unsigned char)t[i] >= 0x80 ? i : j, n = l->n;
  const uint32_t *group = NULL; /* NULL: every word (past the text, or not indexed) */
  if (p < len && l->by_first) group = dg_wordlist_starting(l, (unsigned char)t[p], &n);
  for (size_t x = 0; x < n; x++) {
    size_t k = group ? group[x] : x;
    const dg_word *w = &l->w[k];
    size_t at = dg_word_is_latin(w) ? j : i;
    if (dg_word_ends_at(w, t, len, at)) {
      *end = at + w->len;
      return (long)k;
    }
  }
  return -1;
}

/* Does t[i..) hold word w with the capitals of one form: none (0), the first letter
 * (DG_CASE_CAPITAL), or the first letter of each word (DG_CASE_TITLE)? */
static int form_at(const dg_word *w, int form, const char *t, size_t len, size_t i) {
  if (i > len || w->len > len - i) return 0;
  for (size_t q = 0; q < w->len; q++) {
    char a = w->s[q];
    int cap = (form == DG_CASE_CAPITAL && q == 0) ||
              (form == DG_CASE_TITLE && (q == 0 || w->s[q - 1] == ' '));
    if (cap && dg_is_lower(a)) a = (char)(a - 'a' + 'A');
    if (t[i + q] != a) return 0;
  }
  return 1;
}

int dg_word_cased_at(const dg_word *w, int letters, const char *t, size_t len, size_t i) {
  if (form_at(w, 0, t, len, i)) return 1;
  if (letters == DG_CASE_CAPITAL || letters == DG_CASE_TITLE)
    if (form_at(w, DG_CASE_CAPITAL, t, len, i)) return 1;
  return letters == DG_CASE_TITLE && form_at(w, DG_CASE_TITLE, t, len, i);
}

int dg_word_cased_before(const dg_word *w, int letters, const char *t, size_t i) {
  return i >= w->len && dg_word_cased_at(w, letters, t, i, i - w->len);
}

size_t dg_separator_end(const dg_word *w, int spacing, const char *t, size_t len, size_t i) {
  if ((spacing & DG_SPACING_ADJACENT) && dg_lit(t, len, i, w->s)) return i + w->len;
  if ((spacing & (DG_SPACING_SPACED | DG_SPACING_BETWEEN)) && dg_lit(t, len, i, " ") &&
      dg_lit(t, len, i + 1, w->s) && dg_lit(t, len, i + 1 + w->len, " "))
    return i + w->len + 2;
  return 0;
}

size_t dg_range_word_before(const dg_rules *r, const char *t, size_t at, int role) {
  if (at == 0 || t[at - 1] != ' ') return (size_t)-1;
  for (size_t k = 0; k < r->range_words.n; k++) {
    const dg_word *w = &r->range_words.w[k];
    if (w->as.range_word.role == role && dg_word_cased_before(w, DG_CASE_CAPITAL, t, at - 1))
      return at - 1 - w->len;
  }
  return (size_t)-1;
}

int dg_kanji_near(const char *t, size_t len, size_t i, int before) {
  if (before) {
    if (i == 0 || (unsigned char)t[i - 1] < 0x80) return 0;
    return dg_script_of(dg_cp_before(t, i)) == DG_SC_KANJI;
  }
  if (i >= len || (unsigned char)t[i] < 0x80) return 0;
  return dg_script_of(dg_cp_at(t, len, i)) == DG_SC_KANJI;
}
