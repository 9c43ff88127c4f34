/* Finding rule words around a value: the tests amounts, numbers and dates make with a word
 * list of dg_rules at a position of normalized text. Lookups ignore ASCII case unless they
 * say otherwise; "ends a word" means a word ending in a letter or digit is not followed by
 * another (million, not millionaire). */
#ifndef DG_RECOGNIZE_WORDSCAN_H
#define DG_RECOGNIZE_WORDSCAN_H

#include <stddef.h>

#include "docgraph/rules.h"
#include "lex/wordlist.h"

/* Does the word start with an ASCII byte (a Latin word, a symbol such as $ or %)? */
int dg_word_is_latin(const dg_word *w);
/* Does it start with an ASCII letter (percent, not %)? */
int dg_word_is_letters(const dg_word *w);

/* The first position at or after i that is not a space. */
size_t dg_skip_spaces(const char *t, size_t len, size_t i);

/* Does word w stand at t[j], ending a word? */
int dg_word_ends_at(const dg_word *w, const char *t, size_t len, size_t j);

/* The first word of a list at i, longest first: Japanese words adjacent, Latin words
 * adjacent or after one space when `spaced` (" yen", " projects"). Returns its index and
 * sets *end, or -1. */
long dg_word_spaced_at(const dg_wordlist *l, const char *t, size_t len, size_t i, int spaced,
                       size_t *end);

/* Does t[i..) start with word w written as `letters` allows (DG_CASE_*; 0: as listed): as
 * listed, with a capital first letter (CAPITAL, TITLE), or with a capital starting each
 * word (TITLE)? Nothing else differs. */
int dg_word_cased_at(const dg_word *w, int letters, const char *t, size_t len, size_t i);
/* The same for a word that ends at t[i] (exclusive). */
int dg_word_cased_before(const dg_word *w, int letters, const char *t, size_t i);

/* Where a range separator with this spacing (DG_SPACING_*) that stands at t[i] ends, or 0:
 * adjacent (〜, から), or with a space on each side (" to "); between counts as spaced.
 * Matched as written (case matters). */
size_t dg_separator_end(const dg_word *w, int spacing, const char *t, size_t len, size_t i);

/* A word of range_words.tsv with this role (DG_RANGE_*) right before `at` and one space,
 * as listed or with a capital first letter (between, From): its start, or (size_t)-1. */
size_t dg_range_word_before(const dg_rules *r, const char *t, size_t at, int role);

/* Is the character at i (before i when `before`) a kanji? */
int dg_kanji_near(const char *t, size_t len, size_t i, int before);

#endif
